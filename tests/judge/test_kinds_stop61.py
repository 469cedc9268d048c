"""Kinds mended at stop 61 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py: none lost but where a test below says)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table


# gear put on a part of the body it is not worn on is not worn: each kind of gear has its
# own places (deed_words._WORN_ON; reviews 160-162's holes), its own places stay right
@as_table(("step", "answer", "verdict"), [
    ("rakennus-turvallisuus kysy-kuulosuojaimet", "laitan kuulosuojaimet kaulaan", "wrong"),
    ("rakennus-turvallisuus kysy-kuulosuojaimet", "laitan kuulosuojaimet olalle", "wrong"),
    ("rakennus-turvallisuus kysy-kuulosuojaimet", "laitan kuulosuojaimet korviin", "correct"),
    ("rakennus-turvallisuus kysy-kuulosuojaimet", "laitan kuulosuojaimet päähän", "correct"),
    ("rakennus-turvallisuus kysy-suojalasit", "laitan suojalasit otsalle", "wrong"),
    ("rakennus-turvallisuus kysy-suojalasit", "laitan suojalasit päähän", "correct"),
    ("rakennus-turvallisuus kysy-suojalasit", "laitan suojalasit naamalle", "correct"),
    ("elintarvike-tuotanto kysy-hiusverkko", "laitan hiusverkon kaulaan", "wrong"),
    ("elintarvike-tuotanto kysy-hiusverkko", "laitan hiusverkon tukkaan", "correct"),
    ("siivous-valineet step-10", "laitan hanskat ranteisiin", "wrong"),
    ("siivous-valineet step-10", "laitan hanskat käsiin", "correct"),
])
def test_gear_on_a_part_of_the_body_it_is_not_worn_on(step: str, answer: str,
                                                     verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
