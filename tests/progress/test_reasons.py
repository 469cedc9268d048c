"""Trainers read the judge's reasons as words, in every report: never a code such as
missing_words (valkky.progress.reasons owns the wording); nor a task's key (step-29.nimi)
for its question."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from valkky.judge import REASONS, RULES
from valkky.progress import reasons
from valkky.progress.html import learner_html
from valkky.progress.reports import learner_report, learner_text, lesson_text, review_queue
from valkky.progress.store import Store

CODE = re.compile(r"\b[a-z]+_[a-z_]+\b")  # missing_words, vowel_length, dont_know…


@pytest.fixture
def store() -> Iterator[Store]:
    """A learner with answers missed for three reasons, one of them corrected by a
    trainer's verdict, and one missed with no reason at all."""
    folder = Path(tempfile.mkdtemp(prefix="reasons-"))
    s = Store(folder / "progress.db", outbox=folder / "outbox.db")
    s.add_learner("AB12")
    session, _ = s.open_session("AB12", "testi")
    for step, verdict, reason in (("a", "almost", "missing_words"),
                                  ("a", "almost", "missing_words"),
                                  ("b", "almost", "vowel_length"), ("c", "wrong", "dont_know"),
                                  ("d", "wrong", None)):
        s.record_attempt(session, "AB12", "testi", step=step, heard="x", verdict=verdict,
                         reason=reason, score=0.5, try_=1, final=False, closest=None)
    yield s
    s.close()


def test_every_reason_the_judge_gives_has_a_trainers_words() -> None:
    given = {*REASONS, *(r.reason for r in RULES if r.reason)}
    assert given, "the judge names no reasons: this test would check nothing"
    missing = sorted(code for code in given if code not in reasons.WORDS)
    assert not missing, f"reasons without words for trainers: {missing}"
    for code in given:
        for lang in ("fi", "en"):
            assert not CODE.search(reasons.reason_words(code, lang)), (code, lang)


def test_a_code_not_known_yet_is_another_reason_never_the_code() -> None:
    assert reasons.reason_words("new_reason", "fi") == "muu syy"
    assert reasons.reason_words("new_reason", "en") == "another reason"
    assert reasons.reason_words("missing_words", "so") == "words missing"  # English else


def test_learners_report_names_reasons_in_words(store: Store) -> None:
    text = learner_text(learner_report(store, "AB12"))
    assert "words missing 2" in text and "vowel length (tuli – tuuli) 1" in text
    assert "said they did not know 1" in text
    assert not CODE.search(text), text


def test_lesson_report_and_review_queue_name_reasons_in_words(store: Store) -> None:
    for text in (lesson_text(store, "testi"), review_queue(store, "testi")):
        assert "words missing 2" in text and "wrong 1" in text, text
        assert not CODE.search(text), text


def test_html_report_names_reasons_in_words(store: Store) -> None:
    page = learner_html(store, learner_report(store, "AB12"))
    assert "words missing" in page
    assert not CODE.search(page.split("<body>", 1)[1]), "a reason code on the page"


def test_a_question_no_longer_in_the_lesson_is_said_so_not_shown_by_its_key(
        store: Store) -> None:
    text = learner_text(learner_report(store, "AB12"), {})  # no lesson "testi" in it
    assert "to practise: testi: (a question no longer in the lesson) (2/2 missed)" in text
    assert "testi: a (" not in text
