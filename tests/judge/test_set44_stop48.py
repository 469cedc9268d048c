"""Set 44's kinds (issue 12, stop 48): where both trainers agreed and the judge did not, the
kinds a trainer reads as ordinary workplace Finnish — spoken forms (tarviiks, minsaa, the
-l of an allative: esimiehel), a glove called hansikas — and a repeat's fault said as its
opposite state (jarrupalat ovat kunnossa for Jarrupalat ovat kuluneet: the lexicon's
opposites); and where the judge was the laxer: a fuller answer said word for word but for
an object pronoun in the nominative or a verb in a person after a modal (almost)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table


@as_table(("step", "answer", "verdict"), [
    ("kauppa-asiakas step-16", "tarviiks pussin", "correct"),
    ("yleinen-puhelin myohassa.6", "parikymmentä minsaa", "correct"),
    ("elintarvike-kartoitus b1-puhekieli", "pesen kädet ja vaihdan hansikkaat", "correct"),
    # the spoken -l is the allative the answer says; the adessive written out is a slip
    ("siivous-turvallisuus step-25", "ilmoita esimiehel", "correct"),
    ("siivous-turvallisuus step-25", "ilmoita esimiehellä", "almost"),
    ("autoala-asiakas step-22", "jarrupalat ovat kunnossa", "wrong"),
    ("autoala-asiakas step-22", "jarrupalat ovat kuluneet", "correct"),
    # a fuller answer said word for word but for a slip of one word: that answer, almost
    ("hoiva-asukas pukeutuminen.2", "autanko sinä pukeutumaan", "almost"),
    ("hoiva-asukas pukeutuminen.2", "autanko sinua pukeutumaan", "correct"),
    ("varasto-kartoitus b1-vika", "hyllyn jalka on vääntyny, hylly voi kaatuu", "almost"),
    ("varasto-kartoitus b1-vika", "hyllyn jalka on vääntyny, hylly voi kaatua", "correct"),
])
def test_set44s_kinds(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
