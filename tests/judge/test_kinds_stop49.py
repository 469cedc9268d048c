"""Kinds mended at stop 49 (issue 12), each probed across the lessons before and after. SAFETY
first: a foreseen wrong mistake said last after a no stays the mistake with a polite word
around it."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table


# a foreseen wrong mistake said last, after a no, with a polite word around it (review72)
@as_table(("step", "answer", "verdict"), [
    ("kauppa-ohjeet uloskaynti", "ei mitään, rullakko kiitos", "wrong"),
    ("kauppa-ohjeet uloskaynti", "ei mitään, laatikot kiitos", "wrong"),
    ("kauppa-ohjeet uloskaynti", "ei mitään, kiitos", "correct"),
    ("kauppa-ohjeet uloskaynti", "ei mitään, anteeksi", "correct"),
])
def test_mistake_said_last_politely(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# SAFETY: a "niin" that says why after a deed ends the deed's clause: the deed is read on
# its own, a foreseen mistake's too (set 46), and the why is no no of it
@as_table(("step", "answer", "verdict"), [
    ("valmistus-raportti neuvo", "käytä hanskoja niin ei satu", "wrong"),
    ("valmistus-raportti neuvo", "käytä hanskoja niin se ei satu", "wrong"),
    ("valmistus-raportti neuvo", "ole nopea niin ei satu", "wrong"),
    ("valmistus-raportti neuvo", "paina hätäseis niin ei satu", "correct"),
    ("valmistus-raportti neuvo", "paina hätäseis niin kone pysähtyy", "correct"),
    ("rakennus-raportti uusi", "laita kypärä päähän niin ei satu", "correct"),
    ("valmistus-raportti neuvo", "niin, paina hätäseis", "correct"),
])
def test_so_that_after_a_deed(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# the partitive of a thing asked for or offered, as Finnish asks ("tarvitsetteko kuittia"
# for "tarvitsetteko kuitin"; set 46: both trainers correct); the spoken muhun, tarviitteko
@as_table(("step", "answer", "verdict"), [
    ("kauppa-asiakas kassalla.6", "tarvitsetteko kuittia", "correct"),
    ("kauppa-asiakas kassalla.6", "tarviitteko kuittia", "correct"),
    ("kauppa-asiakas kassalla.6", "haluatko kuittia", "correct"),
    ("kauppa-asiakas kassalla.6", "haluatko kuitti", "almost"),
    ("yleinen-lahelta-piti ilmoitus.4", "trukki osu muhun", "almost"),
    ("yleinen-lahelta-piti ilmoitus.4", "trukki melkein osu muhun", "correct"),
])
def test_asked_for_in_the_partitive(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
