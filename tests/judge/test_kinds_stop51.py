"""Kinds mended at stop 51 (issue 12, SAFETY first): stop 50's lost verdicts, each probed
across the review probes before and after (bench/sweep_reviews.py: none lost)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table


# a measure of hygiene or safety said needless: wrong; not once more, not by oneself where
# another does it, not under a condition
@as_table(("step", "answer", "verdict"), [
    ("ravintola-raportti noora", "käytä eri lautaa niin lautaa ei tarvitse pestä", "wrong"),
    ("ravintola-raportti noora", "käytä eri leikkuulautaa, ei tarvitse puhdistaa lautaa",
     "wrong"),
    ("autoala-raportti jere", "laita tukipukit niin tunkkia ei tarvitse tarkistaa", "wrong"),
    ("elintarvike-raportti anna", "laita hiusverkko päähän, ei tarvitse desinfioida käsiä",
     "wrong"),
    ("siivous-raportti hassan", "käytä vain yhtä pesuainetta, sinun ei tarvitse pestä kahdesti",
     "correct"),
    ("valmistus-raportti neuvo",
     "paina hätäseis ja soita huoltoon, sinun ei tarvitse tarkistaa konetta itse", "correct"),
    ("varasto-raportti neuvo", "jos laatikko on kevyt, ei tarvitse kysyä apua", "correct"),
])
def test_a_measure_said_needless(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# help for an aid, or an aid for help: right; not beside an aid refused or broken
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti neuvo", "käytä trukkia, niin et tarvitse apua", "correct"),
    ("varasto-raportti neuvo", "pyydä työkaveri, niin et tarvitse pumppukärryä", "correct"),
    ("varasto-raportti neuvo", "pyydä apua, et tarvitse kärryä", "correct"),
    ("varasto-raportti neuvo", "et tarvitse apua, käytä pumppukärryä", "correct"),
    ("varasto-raportti neuvo", "et tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "kärry on rikki, et tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "älä käytä kärryä, et tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "älä pyydä apua, et tarvitse kärryä", "wrong"),
    ("varasto-raportti neuvo", "et tarvitse apua eikä kärryä", "wrong"),
])
def test_one_for_the_other(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# a word between two commands is the first's; a condition after a clause is its own only up
# to another clause's no or verb
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti neuvo", "nosta selällä, pyydä apua jos on kiire", "wrong"),
    ("varasto-raportti neuvo", "nosta selällä, et tarvitse apua kun käytät kärryä", "wrong"),
    ("varasto-raportti neuvo", "nosta jaloilla, et tarvitse apua kun käytät kärryä", "correct"),
])
def test_clauses_without_a_join(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
