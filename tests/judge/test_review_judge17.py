"""The second review of the judge's new rules (issue 12): each mend tried on fresh answers,
with answers beside them that must not change."""

from __future__ import annotations

import pytest

from valkky.judge import judge

# "pois päältä" (off) against a form of "pää" said alone: only a word said more or left
# out, in the on state's case ("päällä", "päälle"), not after a genitive; only after an
# uninflected adverb ("alusta loppuun" says from one to the other, no state)
NOT_OPPOSITE = [
    ("ota kansi päältä", "Ota kansi pois päältä."),
    ("ota lautanen pois päältä", "Ota lautanen pois hyllyn päältä."),
    ("radio pois päältä ja kuulokkeet päähän", "Laita radio pois päältä ja kuulokkeet päähän."),
    ("laita kuulokkeet päähän ja radio pois päältä", "Laita radio pois päältä."),
    ("lue kirja loppuun", "Lue kirja alusta loppuun."),
    ("katso video alusta loppuun", "Katso video loppuun."),
]
OPPOSITE = [
    ("valo on päällä", "Valo on pois päältä."),
    ("laita lamppu pois päältä", "Laita lamppu päälle."),
    ("kone on päällä", "Kone on pois päältä."),
]


@pytest.mark.parametrize(("answer", "model"), NOT_OPPOSITE)
def test_no_opposite_state_without_one(answer: str, model: str) -> None:
    assert judge(answer, [model]).verdict != "wrong"


def test_from_one_to_the_other_is_no_state() -> None:
    assert judge("olen kotona illasta aamuun", [], open_question=True).verdict == "correct"


@pytest.mark.parametrize(("answer", "model"), OPPOSITE)
def test_the_opposite_state_says_so(answer: str, model: str) -> None:
    j = judge(answer, [model])
    assert (j.verdict, j.reason) == ("wrong", "negation")  # "Sanoit päinvastoin."
