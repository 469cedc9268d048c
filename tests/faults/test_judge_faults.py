"""Answers no learner says: thousands of words (judging aligns words pairwise, so its cost
grows with the square of their number). Capped where the answer comes in."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from tests.conftest import GOOD_LESSON
from valkky.cli import main
from valkky.judge import judge
from valkky.judge.verdict import MAX_ANSWER_CHARS, MAX_ANSWER_WORDS
from valkky.lesson.lint import lint_paths

ACCEPT = ["se on moppi", "moppi"]


def _peak_judge(answer: str) -> tuple[object, int]:
    judge("1 moppi", ACCEPT)  # the libraries it loads on first use are not the answer's cost
    tracemalloc.start()
    try:
        j = judge(answer, ACCEPT, keywords=["moppi"], wrong_answers=["ämpäri"])
        return j, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("answer", [
    "moppi " * 4000,  # 4000 words: 1.3 GB before the cap
    "mopi harja " * 2000,
    "x" * 1_000_000,  # one huge word
    "1 " * 140,  # under the character cap, but each digit becomes a word
    "öö " * 100 + "moppi",  # hesitations do not count, but the characters do
])
def test_an_overlong_answer_is_refused_at_once(answer: str) -> None:
    j, peak = _peak_judge(answer)
    assert j.verdict == "wrong" and j.reason == "too_long", j
    assert len(j.heard) <= MAX_ANSWER_CHARS + 1  # what is kept of it is bounded too
    assert peak < 1_000_000, f"{peak / 1e6:.1f} MB to judge an overlong answer"


def test_the_longest_allowed_answer_is_still_judged() -> None:
    answer = " ".join(["se on moppi"] * (MAX_ANSWER_WORDS // 3))[:MAX_ANSWER_CHARS]
    j, peak = _peak_judge(answer)
    assert j.reason != "too_long"
    assert peak < 5_000_000


def test_an_accepted_answer_over_the_cap_is_a_lint_error(library_root: Path) -> None:
    long = " ".join(["moppi"] * (MAX_ANSWER_WORDS + 1))
    text = GOOD_LESSON.replace("    accept: [moppi, se on moppi]",
                               f"    accept: [moppi, '{long}']")
    path = library_root / "lessons" / "siivous" / "testi.yaml"
    path.write_text(text, encoding="utf-8")
    errors = [p for p in lint_paths([path]).problems if p.severity == "error"]
    assert any("words" in p.message and p.line == 17 and p.col == 21 for p in errors), \
        [str(p) for p in errors]


def test_check_refuses_an_overlong_answer_in_one_line(capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    assert main(["check", "moppi " * 4000, "--accept", "moppi"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("wrong (too_long)")


def test_an_overlong_accepted_answer_costs_nothing() -> None:
    judge("1 moppi", ACCEPT)
    tracemalloc.start()
    try:
        j = judge("moppi", ["moppi " * 100_000, "moppi"], wrong_answers=["x " * 100_000])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert j.verdict == "correct" and peak < 5_000_000
