"""A verb the accepted answers say only after a no is found by its past participle's stem
too (polarity.denied_verbs), whichever ending the participle has: the active one's -nut
and the -lut, -sut its stem's consonant makes of it, and the passive's plural -tut."""

from __future__ import annotations

from valkky.judge.polarity import denied_verbs
from valkky.testing.table import as_table


@as_table(("denied", "stem"), [
    ("kukaan ei loukkaantunut", "loukkaantu"), ("kone ei käynnistynyt", "käynnisty"),
    ("kukaan ei kuullut", "kuul"), ("kuume ei noussut", "nous"),
    ("asukas ei päässyt ylös", "pääs"), ("ovet eivät ole suljetut", "sulje"),
    ("aineet eivät ole kielletyt", "kielle"),
])
def test_a_denied_participle_is_kept_by_its_stem(denied: str, stem: str) -> None:
    _, by_stem = denied_verbs((("kaikki on hyvin", "kaikki on hyvin"), (denied, denied)))
    assert stem in by_stem
