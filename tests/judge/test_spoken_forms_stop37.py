"""Spoken forms the judge reads as their standard ones (issue 12, stop 37): a spoken form
of the lexicon with a question's -ko (tarviitko = tarvitsetko), a question softened with -s
(voinkos = voinko), "eessä" for edessä, and "mut" as mutta where a clause begins. (A -maan
form with its -ma- dropped, "auttaan", is left: read word by word, it takes a typo's long
vowel too, "peseen".)"""

from __future__ import annotations

from valkky.judge.normalise import normalise
from valkky.testing.table import as_table


@as_table(("said", "standard"), [
    ("tarviitko apua", "tarvitsetko apua"),
    ("ootko valmis", "oletko valmis"),
    ("tuunko huomenna", "tulenko huomenna"),
    ("onkos tämä oikein", "onko tämä oikein"),
    ("voinkos auttaa", "voinko auttaa"),
    ("kassan eessä", "kassan edessä"),
    # "mut" is mutta where a clause begins: after a comma, before a no or a subject
    ("lava tuli, mut se oli rikki", "lava tuli mutta se oli rikki"),
    ("haluan mut en ehdi", "haluan mutta en ehdi"),
    ("vie mut kotiin", "vie mut kotiin"),  # minut: left as said
])
def test_a_spoken_form_is_read_as_its_standard_one(said: str, standard: str) -> None:
    assert normalise(said) == standard


def test_a_real_word_is_left_as_it_is() -> None:
    # a word of its own, no question's -s on a noun (kaivos), a typo's long vowel
    for word in ("kattoon", "vastaan", "laitan", "mennään", "kaivos", "peseen"):
        assert normalise(word) == word, word
