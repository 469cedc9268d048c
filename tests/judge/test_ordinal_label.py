"""A place's number said as an ordinal before it, where the step labels the place by its
number after it (judge/ordinal_label.py; issue 12, stop 42): the same place. Only where an
accepted answer says that noun with that number; another number, "toinen" (also "other"),
and an ordinal in another case than its noun stay as they were."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge.ordinal_label import as_labels
from valkky.testing.table import as_table


@as_table(("step", "answer", "verdict"), [
    ("elintarvike-tyokaveri vaihto.2", "kolmannella linjalla", "correct"),
    ("elintarvike-tyokaveri vaihto.2", "jatkan kolmannella linjalla", "correct"),
    ("elintarvike-tyokaveri vaihto.2", "linjalla kolme", "correct"),
    # another number, "toinen" (also "other"): another line
    ("elintarvike-tyokaveri vaihto.2", "neljännellä linjalla", "wrong"),
    ("elintarvike-tyokaveri vaihto.2", "toisella linjalla", "wrong"),
])
def test_an_ordinal_before_the_place_is_its_label(step: str, answer: str,
                                                  verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("words", "accepted", "labelled"), [
    ("tuote on neljännessä hyllyvälissä", "tuote on hyllyvälissä neljä",
     "tuote on hyllyvälissä neljä"),
    ("viidennessä hyllyssä", "hyllyssä viisi", "hyllyssä viisi"),
    # no accepted answer says the pair; "toinen"; the ordinal in another case than the noun
    ("viidennessä hyllyssä", "hyllyssä neljä", None),
    ("toisessa kerroksessa", "kerroksessa kaksi", None),
    ("viidennen hyllyssä", "hyllyssä viisi", None),
])
def test_as_labels(words: str, accepted: str, labelled: str | None) -> None:
    found = as_labels(words.split(), [accepted])
    assert (" ".join(found) if found else None) == labelled
