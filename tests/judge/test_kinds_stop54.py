"""Kinds mended at stop 54 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py: none lost)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge.normalise import normalise
from valkky.testing.table import as_table


# a greeting of the time of day said without its "hyvää" where the model goes on, as Finns
# greet (sets 18, 20, 40, 53, both trainers); the greeting alone is the model half said
@as_table(("step", "answer", "verdict"), [
    ("ravintola-asiakas step-3", "Iltaa ja tervetuloa!", "correct"),
    ("siivous-asiakas step-3", "Huomenta! Voinks mä auttaa?", "correct"),
    ("hoiva-kartoitus a1-toista", "huomenta, nukuitko hyvin", "correct"),
    ("siivous-asiakas step-3", "huomenta voinko autaa", "almost"),
    ("hoiva-asukas step-4", "huomenta", "almost"),
    ("yleinen-tervehdys step-5", "huomenta", "almost"),
])
def test_a_greeting_without_its_hyvaa(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# speech calls a person "se" (sets 27, 51, 52, both trainers): "sillä" for "hänellä" in its
# own case and number; another thing said of them is still another thing
@as_table(("step", "answer", "verdict"), [
    ("hoiva-kartoitus b1-vika", "sillä on kova kuume", "correct"),
    ("hoiva-kartoitus a2-kipu", "sen jalka on kipeä", "correct"),
    ("kauppa-raportti napistys.6", "sillä on sininen takki", "correct"),
    ("kauppa-raportti napistys.6", "sillä on punanen takki", "wrong"),
    ("hoiva-kartoitus b1-vika", "mulla on kova kuume", "wrong"),
    ("hoiva-valineet step-24", "annan sille peiton", "correct"),
])
def test_a_person_called_se(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# a verb's -ua-/-yä- said as one long vowel after "se" or "hän" is the third person, after a
# no its negative form
@as_table(("said", "read"), [
    ("se haluu talvirenkaat", "se haluaa talvirenkaat"),
    ("hän tajuu", "hän tajuaa"),
    ("en haluu", "en halua"),
    ("se puhuu", "se puhuu"),
    ("se kysyy", "se kysyy"),
])
def test_the_third_persons_long_vowel(said: str, read: str) -> None:
    assert normalise(said) == read
