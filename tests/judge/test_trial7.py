"""What trainer set 7 (tests/judge/data/trainer_answers_7.yaml) showed the judge missing:
each general cause, tried on answers of its own kind (not the set's own answers)."""

from __future__ import annotations

import pytest

from valkky.judge import judge


@pytest.mark.parametrize(("answer", "accept"), [
    ("viiden minuutin kuluttua", ["viiden minuutin päästä"]),
    ("tulen tunnin kuluttua", ["tulen tunnin päästä"]),
    ("olen yövuorossa", ["minulla on yövuoro"]),
    ("ensi viikolla olen aamuvuorossa", ["ensi viikolla minulla on aamuvuoro"]),
])
def test_everyday_words_set_7(answer: str, accept: list[str]) -> None:
    assert judge(answer, accept).verdict == "correct"


@pytest.mark.parametrize(("answer", "accept"), [
    ("tunnin kuluttua", ["puolen tunnin päästä"]),  # another time
    ("olen aamuvuorossa", ["minulla on iltavuoro"]),  # another shift
])
def test_everyday_words_set_7_keep_their_meaning(answer: str, accept: list[str]) -> None:
    assert judge(answer, accept).verdict == "wrong"
