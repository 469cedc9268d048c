"""Spoken forms the judge reads as their standard ones (issue 12, stop 37): a spoken form
of the lexicon with a question's -ko (tarviitko = tarvitsetko), a question softened with -s
(voinkos = voinko), "eessä" for edessä, and "mut" as mutta where a clause begins. (A -maan
form with its -ma- dropped, "auttaan", is left to the normaliser: read word by word, it
takes a typo's long vowel too, "peseen". The word rule ``spoken_maan`` takes it against the
-maan form alone, judge54.)"""

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
    # (stop 42, set 34) "katon", "katot" as the verb right after its pronoun, not the roof's;
    # "parikyt" as "kakskyt" is read
    ("mä katon listaa", "minä katson listaa"),
    ("ensin mie katon sen", "ensin minä katson sen"),
    ("sä katot sen", "sinä katsot sen"),
    ("katon korjaus", "katon korjaus"),
    ("katot on märät", "katot on märät"),
    ("noin parikyt minuuttia", "noin parikymmentä minuuttia"),
])
def test_a_spoken_form_is_read_as_its_standard_one(said: str, standard: str) -> None:
    assert normalise(said) == standard


def test_a_real_word_is_left_as_it_is() -> None:
    # a word of its own, no question's -s on a noun (kaivos), a typo's long vowel
    for word in ("kattoon", "vastaan", "laitan", "mennään", "kaivos", "peseen"):
        assert normalise(word) == word, word


@as_table(("said", "standard"), [
    # a start broken off with a dash (the last reviews of stop 37): begun again, or given up
    # for the next word, only the start goes; a clause said again, or given up with a no in
    # it, goes back to a comma; a real word with a dash and no comma is a dash typed
    ("tau-, tauko alkaa", "tauko alkaa"),
    ("soitan sairaan-, hoitajalle", "soitan hoitajalle"),
    ("hänellä on sininen takki-, punainen takki", "punainen takki"),
    ("suojalasit ja suojakäsineet-, silmälasit ja hanskat", "silmälasit ja hanskat"),
    ("ei saa-, voi käyttää", "voi käyttää"),
    ("ei saa- myydä", "ei saa myydä"),
    ("en- käytä sitä", "en käytä sitä"),
])
def test_a_start_broken_off(said: str, standard: str) -> None:
    assert normalise(said) == standard
