"""A no's present for its past (word_rules._w_participle): "auto ei käynnisty" for "auto ei
käynnistynyt" is the tense slipped; another verb sharing letters is not ("sammuta" is no
form of "sammunut")."""

from __future__ import annotations

from valkky.judge.word_rules import _w_participle
from valkky.testing.table import as_table


@as_table(("expected", "heard", "reason"), [
    ("käynnistynyt", "käynnisty", "word_form"),
    ("tullut", "tule", "word_form"),
    ("mennyt", "mene", "word_form"),
    ("ollut", "ole", "word_form"),
    ("sammunut", "sammuta", None),  # went out / turn off
    ("lähtenyt", "lähetä", None),  # left / send
    ("pysähtynyt", "pysäytä", None),  # stopped / stop it
])
def test_a_nos_present_for_its_past(expected: str, heard: str, reason: str | None) -> None:
    assert _w_participle(expected, heard, True) == reason
