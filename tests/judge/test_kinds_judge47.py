"""Kinds today's helpers left (issue 12, judge47): a no beside a right answer said to what
the step forbids, the opposite said beside a right report, spoken self-repairs ("eiku",
"tai siis", "anteeksi,"), an order said with nouns alone, "kuinka" in a phrase of "miten".
Fresh answers on the bundled lessons' real steps, each judged otherwise before; beside them
the near wrong ones, which stay as they were."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge.normalise import canonical, normalise
from valkky.testing.table import as_table


# 5. "kuinka" is "miten" in a phrase that begins with it ("kuinka voin auttaa")
@as_table(("step", "answer", "verdict"), [
    ("kauppa-asiakas tervehdi", "kuinka voin auttaa", "correct"),
    ("kauppa-asiakas tervehdi", "huomenta, kuinka voin auttaa?", "correct"),
    ("kauppa-ohjeet asiakas-ovella", "anteeksi, kuinka voin auttaa", "correct"),
    ("hoiva-asukas aamu.6", "kuinka voin auttaa teitä", "correct"),
    # … another person or another verb stays as before
    ("kauppa-asiakas tervehdi", "kuinka voit auttaa", "almost"),
    ("kauppa-asiakas tervehdi", "kuinka voin mennä", "wrong"),
])
def test_kuinka_in_a_phrase_of_miten(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("said", "read"), [
    ("kuinka voin auttaa", "miten voin auttaa"),
    ("kuinka monta", "kuinka monta"),  # the longer phrase stays as said
    ("kuinka paljon se maksaa", "kuinka paljon se maksaa"),
    ("kuinka nukuitte", "miten nukuitte"),
])
def test_kuinka_read_again_as_miten(said: str, read: str) -> None:
    assert canonical(normalise(said)) == canonical(normalise(read))
