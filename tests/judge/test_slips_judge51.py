"""Slips that make another word or no word (issue 12, judge51), probed on real steps of
several trades before the mend: each `_ALMOST` row was wrong before it, each `_KEPT` row
keeps its verdict (a word the lessons use, a verb for a verb, no sentence around the word, a
truncated word, another word's form).

(1) ``stray_slip``: a one-letter slip that spells a stray word, in an answer said whole but
for it, needs one word that carries meaning beside it (three words or more), where the word
is none the lesson library uses (``library_words``). (3) ``made_up_form``: no word, made on
the expected word's stem with an ending or suffix of its own, is the right word badly formed.
"""

from __future__ import annotations

from pathlib import Path

from tests.judge.golden import judged_on
from valkky.judge import judge
from valkky.judge.library_words import in_library, words_of
from valkky.judge.word_rules import closer_to_another, decided_by
from valkky.testing.table import as_table

_ALMOST = [
    # (1) a real word one letter off, the rest of the answer the accepted one's
    ("varasto-keraily kuorma-valmis.2", "kuoma on valmis"),  # kuoma, a godmother
    ("varasto-keraily kuorma-valmis.2", "kuoma on valmis nyt"),
    ("varasto-kartoitus b1-vika", "hylky on rikki"),  # hylky, a wreck
    ("yleinen-verbit step-13", "sinä otat haraan"),
    ("rakennus-tyonjohtaja step-15", "arkku on loppu"),
    ("elintarvike-tyokaveri vaihto.8", "kiitos hyvää konimatkaa"),
    ("elintarvike-tyokaveri linja-seis.2", "linna on pysähtynyt"),
    ("elintarvike-tyokaveri linja-seis.2", "lilja on pysähtynyt"),
    ("valmistus-tyonjohtaja viallinen", "tämä osa on visallinen"),
    ("siivous-turvallisuus step-4", "aine on vaharallinen"),  # the danger said, misspelt
    ("rakennus-tyonjohtaja step-13", "porukone on rikki"),
    ("yleinen-oikeudet step-15", "ei ole pankko"),
    # (3) no word, made on the expected word's stem
    ("elintarvike-tyokaveri kysy-linja", "kone on rikkinen"),
    ("hoiva-kartoitus a2-kipu", "jalka on kipeinen"),
    ("varasto-keraily kuorma-valmis.2", "kuorma on valmiinen"),
    ("rakennus-kartoitus b1-tapahtui", "vasara putosainen telineeltä"),
    ("siivous-valineet kysy-moppi", "moppinen"),
]

_KEPT = [
    # (1) with one word beside it no sentence says what was meant
    ("varasto-keraily kuorma-valmis.2", "kuoma valmis", "wrong"),
    ("kauppa-raportti pullo.2", "pallo hajosi", "wrong"),  # two words, read in three
    # … nor where the word is one the lessons use: another thing may be meant
    ("elintarvike-tyokaveri kysy-linja", "kone on rikka", "wrong"),
    ("rakennus-tyonjohtaja step-15", "alku on loppu", "wrong"),
    ("yleinen-oikeudet step-15", "ei ole pakka", "wrong"),
    ("varasto-keraily uusi-tilaus.4", "missä kahva on", "wrong"),
    # a verb one letter off a verb is another deed; two letters off is another word; a
    # number is no content word
    ("yleinen-sairastuminen puhelu.8", "tuen takaisin huomenna", "wrong"),
    ("hoiva-ohjeet liina", "ilmoitan että lima on rikki", "wrong"),
    ("yleinen-tyovuoro alkaa", "aamuvuoro alkaa kello kuuri", "wrong"),
    # (3) the expected word's start alone is no try at it; a compound of it and another
    # word is another thing; a real word of the stem is left to the other rules
    ("siivous-valineet kysy-moppi", "mop", "wrong"),
    ("yleinen-tyovuoro alkaa", "aamuvuoro alkaa kello kuusikymppiä", "wrong"),
    ("elintarvike-tyokaveri apua.4", "laatikko on liian painoinen", "wrong"),
    # … nor where a foreseen mistake says another form of the word ("loukkaannuin" for
    # "en loukkaantunut"): the form is the point, and a made-up one says neither
    ("metalli-raportti marjatta.4", "en enkä loukkaannui", "wrong"),
    ("yleinen-lahelta-piti ilmoitus.6", "en ja me loukkaantutaan", "wrong"),
    # what was right stays right
    ("varasto-keraily kuorma-valmis.2", "kuorma on valmis", "correct"),
    ("hoiva-kartoitus a2-kipu", "jalka on kipee", "correct"),  # spoken
]


@as_table("step, answer", _ALMOST)
def test_slip_of_the_word_meant_is_almost(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "almost"


@as_table("step, answer, verdict", _KEPT)
def test_other_words_keep_their_verdict(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table("step, answer", [
    # a repeat step took these as tries at the model's word already (almost, another_word):
    # now the word's own form is named
    ("elintarvike-hygienia step-27", "pakkaus on rikinen"),
    ("hoiva-turvallisuus step-10", "varo ettei asukas kaadinen"),
])
def test_a_made_up_form_in_a_repeat_step_is_named_a_form(step: str, answer: str) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason) == ("almost", "word_form")


_MADE_UP = [
    # (expected, heard, reason of the first rule that decides, or None: another word)
    ("rikki", "rikkinen", "word_form"),
    ("kipeä", "kipeinen", "word_form"),
    ("valmis", "valmiinen", "word_form"),
    ("likainen", "likas", None),  # one slip from liukas, lihas: another word said wrong
    ("kuusi", "kuusitosta", None),  # another number: kuusitoista, 16
    ("kolmatta", "kolmanneta", "word_form"),  # the same ordinal badly formed (set 19)
    ("moppi", "moppinen", "word_form"),
    ("moppi", "mop", None),  # the start alone
    ("turvallinen", "turvatoin", None),  # too little of the word kept
    ("kuusi", "kuusikymppiä", None),  # the word and another: a compound
    ("tauko", "taukoinen", "word_form"),
    ("rikki", "rikkinenkinkin", None),  # an ending longer than a suffix
    ("kiristä", "kiristakaa", None),  # kiristäkää without its dots: an umlaut slip
]


@as_table("expected, heard, reason", _MADE_UP)
def test_made_up_form(expected: str, heard: str, reason: str | None) -> None:
    found = [r for name, r, _ in decided_by(expected, heard, frozenset())
             if name == "made_up_form"]
    assert (found[0] if found else None) == reason


def test_made_up_form_closer_to_a_foreseen_mistake_is_that_mistake() -> None:
    assert judge("tuo kahvanen", ["tuo kahvia"]).verdict == "almost"
    assert judge("tuo kahvanen", ["tuo kahvia"], wrong_answers=["tuo kahva"]).verdict == "wrong"
    assert closer_to_another("kahvanen", "kahvia", frozenset({"kahva"}))
    # another form of the expected word is no other word
    assert not closer_to_another("valmiinen", "valmis", frozenset({"valmiina"}))


def test_library_words_read_the_finnish_of_prompts_answers_and_mistakes(
        tmp_path: Path) -> None:
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "synonyms.yaml").write_text("words: [[lexiconsana]]\n")
    (tmp_path / "trade").mkdir()
    (tmp_path / "trade" / "a.yaml").write_text(
        "title: Otsikko\nsteps:\n"
        "  - ask: Mitä kuorma tekee?\n"
        "    accept: [kuorma on valmis]\n"
        "    mistakes:\n      kahva on rikki: Ei. Sano kuorma.\n"
        "    hint: {fi: Vihje, en: hint words}\n")
    words = words_of(tmp_path)
    assert {"mitä", "kuorma", "valmis", "kahva", "sano", "vihje"} <= words
    assert not words & {"hint", "otsikko", "lexiconsana"}  # other languages, titles, lexicon


def test_in_library_reads_base_forms() -> None:
    assert in_library("kahvaa")  # kahva, said in the bundled lessons
    assert not in_library("kuoma")
