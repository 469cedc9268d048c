"""What trainer set 10 (tests/judge/data/trainer_answers_10.yaml) showed the judge missing:
each general cause, tried on answers of its own kind (not the set's own answers)."""

from __future__ import annotations

import pytest

from valkky.judge import judge
from valkky.judge.normalise import normalise


@pytest.mark.parametrize(("answer", "accept", "verdict"), [
    # ruuvitaltta is the standard word for the screwdriver, in every form
    ("ruuvitaltta", ["ruuvimeisseli"], "correct"),
    ("avaan ruuvitaltalla", ["avaan ruuvimeisselillä"], "correct"),
    ("avaan ruuvitaltta", ["avaan ruuvimeisselillä"], "almost"),
])
def test_ruuvitaltta_is_the_screwdriver(answer: str, accept: list[str], verdict: str) -> None:
    assert judge(answer, accept).verdict == verdict


def test_ruuvitaltta_is_another_word_where_the_step_wants_its_own() -> None:
    assert judge("ruuvitaltta", ["ruuvimeisseli"], strict=("synonyms",)).verdict != "correct"


def test_sitte_is_sitten_as_spoken() -> None:
    assert normalise("sitte") == normalise("sitten")
    assert judge("pese kädet sitte syö", ["pese kädet, sitten syö"]).verdict == "correct"


@pytest.mark.parametrize(("answer", "accept", "verdict"), [
    # an adjective's -ainen said -anen, in every case
    ("punanen kypärä", ["punainen kypärä"], "correct"),
    ("vie se keltaseen laatikkoon", ["vie se keltaiseen laatikkoon"], "correct"),
    ("tarvitsen sinistä ja punasta", ["tarvitsen sinistä ja punaista"], "correct"),
    # a form that is a word of its own stays that word: "kasa" is no "kaisa"
    ("kasa", ["kassa"], "almost"),
    # and a slip in such a word is still a slip
    ("punasee laatikkoon", ["punaiseen laatikkoon"], "almost"),
])
def test_an_adjectives_ainen_said_anen(answer: str, accept: list[str], verdict: str) -> None:
    assert judge(answer, accept).verdict == verdict
