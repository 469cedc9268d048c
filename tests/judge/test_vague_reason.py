"""Danger named as the whole reason where the step asks why a rule holds (rules.vague_reason,
judge/vague_reason.py; issue 12, stop 42; sets 12, 26, 34: trainers almost, the judge
wrong): the reason left out. Not where the step asks what caused a thing (its reasons told
in the past), nor "koska" as "when", nor an answer that says more than danger."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge.vague_reason import asks_why, danger_alone
from valkky.testing.table import as_table


@as_table(("step", "answer", "verdict"), [
    ("metalli-kartoitus b1-miksi", "koska se on vaarallista", "almost"),
    ("metalli-kartoitus b1-miksi", "se on vaarallinen", "almost"),
    ("metalli-kartoitus b1-miksi", "koska se on tosi vaarallista", "almost"),
    ("hoiva-kartoitus b1-miksi", "koska se on vaarallista", "almost"),
    ("varasto-kartoitus b1-miksi", "vaarallista", "almost"),
    # the reason given; another reason; a cause asked for; "koska" as "when"
    ("metalli-kartoitus b1-miksi", "koska käsine voi jäädä kiinni", "correct"),
    ("metalli-kartoitus b1-miksi", "koska käsineet ovat kalliita", "wrong"),
    ("rakennus-raportti miksi", "koska se on vaarallista", "wrong"),
    ("rakennus-tyonjohtaja kysy-tauko", "koska se on vaarallista", "wrong"),
    ("yleinen-lahelta-piti step-18", "koska se on vaarallista", "wrong"),  # a choose step
])
def test_danger_as_the_whole_reason(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


def test_the_feedback_gives_the_reason() -> None:
    j = judged_on("metalli-kartoitus b1-miksi", "koska se on vaarallista")
    assert (j.reason, j.closest) == ("missing_words", "koska käsine voi tarttua koneeseen")


@as_table(("words", "alone"), [
    ("koska se on vaarallista", True),
    ("se on hengenvaarallinen", True),
    ("koska käsine on vaarallinen", False),  # a thing of its own named
    ("se on kallista", False),
])
def test_danger_alone(words: str, alone: bool) -> None:
    assert danger_alone(words.split()) is alone


def test_asks_why_only_of_a_rule() -> None:
    assert asks_why(["koska käsine voi tarttua koneeseen"]) is not None
    assert asks_why(["koska jalkalista puuttui", "koska se on vaarallista"]) is None
    assert asks_why(["koska on tauko"]) is None
