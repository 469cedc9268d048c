"""Right answers the lesson writers found refused for general reasons (issue 12, judge24),
tried on the bundled lessons' real steps, beside answers that must not change: the
opposite said plainly, a foreseen mistake said alone or beside the right answer, a
dangerous deed."""

from __future__ import annotations

import pytest

from tests.judge.test_lesson_writers_issue12 import on_step
from valkky.judge import judge


# 1. A pronoun or a modal the accepted answers say only after a no ("en korjaa sitä", "en
# voi tulla") reverses nothing said with a yes; the denied deed's own verb or thing does.
@pytest.mark.parametrize(("step", "answer", "verdict"), [
    ("yleinen-verbit kone-rikki", "ilmoitan siitä esimiehelle", "correct"),
    ("yleinen-verbit kone-rikki", "kerron siitä esimiehelle", "correct"),
    ("yleinen-sairastuminen kysy-sairas", "olen sairas voin huonosti", "correct"),
    # what stays: the denied deed said with a yes, the opposite, a foreseen mistake
    ("yleinen-verbit kone-rikki", "korjaan sen ja ilmoitan esimiehelle", "wrong"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle ja korjaan sen", "wrong"),
    ("yleinen-verbit kone-rikki", "korjaan sen", "wrong"),
    ("yleinen-sairastuminen kysy-sairas", "olen sairas voin tulla töihin", "wrong"),
    ("yleinen-sairastuminen kysy-sairas", "voin tulla töihin", "wrong"),
    ("hoiva-asukas kipu", "kerron hoitajalle ja voin antaa lääkettä", "wrong"),
    ("hoiva-asukas kipu", "annan lääkettä ja kerron hoitajalle", "wrong"),
    ("ravintola-kartoitus a2-allergia", "hän voi syödä pähkinää", "wrong"),
    # a modal that is the whole no ("en voi", "en pidä käsineitä") is the deed itself
    ("yleinen-tyovuoro lauantai.2", "minulla on perhejuhla mutta voin tulla", "wrong"),
    ("metalli-turvallisuus kasineet-pois", "otan käsineet pois ja pidän niitä", "wrong"),
])
def test_a_pronoun_or_modal_after_a_no_is_no_reversal(step: str, answer: str,
                                                      verdict: str) -> None:
    assert on_step(step, answer) == verdict


def test_a_modal_alone_said_with_a_yes_is_no_reversal() -> None:
    accept = ("olen sairas", "en voi tulla")
    assert judge("olen sairas voin huonosti", accept).verdict == "correct"
    assert judge("olen sairas voin tulla", accept).reason == "negation"
