"""The second review of judge18 (issue 12): each finding on answers written for it, on the
bundled lessons' own steps where one fits, with answers beside them that must not change."""

from __future__ import annotations

from typing import Any

from tests.judge.test_review2_judge18 import StepRow, _check, _check_step
from valkky.judge import judge
from valkky.testing.table import check_rows

Row = tuple[str, list[str], dict[str, Any], str, str | None]
OPEN = {"open_question": True}

# 1. "I don't know" said first takes no foreseen mistake back, nor a forbidden deed: what
# follows it is judged as said on its own.
UNSURE_STEPS: list[StepRow] = [
    ("varasto-raportti neuvo", "en tiedä selkä kumarassa on ok", "wrong", "mistake"),
    ("varasto-raportti neuvo", "en tiedä, selkä kumarassa on ok", "wrong", "mistake"),
    ("varasto-raportti neuvo", "en muista selkä kumarassa on ok", "wrong", "mistake"),
    # must not change
    ("varasto-raportti neuvo", "selkä kumarassa on ok", "wrong", "mistake"),
]
UNSURE: list[Row] = [
    ("en tiedä selkä kumarassa on ok", ["pidä selkä suorana"],
     {**OPEN, "topics": ["selkä", "jalka"], "wrong_answers": ["selkä kumarassa on ok"]},
     "wrong", "mistake"),
    ("en tiedä sekoita pesuaineita", ["älä sekoita pesuaineita", "käytä käsineitä"], OPEN,
     "wrong", "negation"),
    # must not change: a right answer after it
    ("en tiedä käytä käsineitä", ["älä sekoita pesuaineita", "käytä käsineitä"], OPEN,
     "correct", None),
    ("en tiedä pidä selkä suorana", ["pidä selkä suorana"],
     {**OPEN, "wrong_answers": ["selkä kumarassa on ok"]}, "correct", None),
]


def test_a_mistake_after_i_dont_know_is_that_mistake() -> None:
    check_rows(UNSURE_STEPS, _check_step)
    check_rows(UNSURE, _check)


# 2. A weekday written short is one only beside a date or time, or alone where an accepted
# answer names that day: never alone in an open question.
WEEKDAY_STEPS: list[StepRow] = [
    ("yleinen-perehdytys samir.4", "to", "wrong", None),
    ("yleinen-perehdytys samir.4", "la", "wrong", None),
]
WEEKDAYS: list[Row] = [
    ("su", ["Mitä teet viikonloppuna?"], OPEN, "wrong", None),
    ("pe", ["torstaina"], {}, "wrong", None),
    # must not change: alone where an accepted answer names that day
    ("pe", ["perjantaina", "perjantai"], {}, "correct", None),
    ("ke 4.12.", ["keskiviikko 4.12."], {}, "correct", None),
]


def test_a_weekday_written_short_never_alone() -> None:
    check_rows(WEEKDAY_STEPS, _check_step)
    check_rows(WEEKDAYS, _check)


# 3. "paljonko" before a plural partitive asks how many, as "montako" does; elsewhere how
# much, as "kuinka paljon" does.
PALJONKO: list[Row] = [
    ("paljonko laatikoita tarvitaan", ["montako laatikkoa tarvitaan"], {}, "correct", None),
    ("paljonko näitä pitää tehdä", ["montako näitä pitää tehdä"], {}, "correct", None),
    ("paljonko niitä on", ["kuinka monta niitä on"], {}, "correct", None),
    # must not change
    ("paljonko se maksaa", ["kuinka paljon se maksaa"], {}, "correct", None),
    ("montako se maksaa", ["paljonko se maksaa"], {}, "wrong", None),
    ("montako laatikoita tarvitaan", ["montako laatikkoa tarvitaan"], {}, "almost",
     "word_form"),
]


def test_paljonko_with_a_plural_partitive_is_a_count() -> None:
    check_rows(PALJONKO, _check)


# 4. A no joined by "ja" or said with "enkä" is right where the same no without them is.
SICK = "yleinen-sairastuminen kysy-sairas"
JOINED_NO: list[StepRow] = [
    (SICK, "olen sairas enkä pääse töihin", "correct", None),
    (SICK, "olen sairas ja en tule tänään", "correct", None),
    # must not change
    (SICK, "olen sairas en tule tänään", "correct", None),
    (SICK, "olen sairas ja en siivoa", "wrong", None),
    (SICK, "olen sairas enkä siivoa", "wrong", None),
]


def test_a_no_joined_by_ja_or_enka_as_without() -> None:
    check_rows(JOINED_NO, _check_step)


# 5. In a repeat step, only a time's hour said without its minutes is a start of it: the
# number right after "kello", or the hour of an hh.mm no unit follows; any other number
# said less is another quantity, also in a model that names a time elsewhere.
REPEAT = {"strict": ["synonyms", "another_word"]}
CUT: list[Row] = [
    ("kokous alkaa kello yhdeksän ja kestää kaksikymmentä minuuttia",
     ["Kokous alkaa kello yhdeksän ja kestää kaksikymmentä viisi minuuttia."], REPEAT,
     "wrong", None),
    ("se maksaa kaksitoista euroa", ["Se maksaa 12.50 euroa."], REPEAT, "wrong", None),
    # must not change
    ("kello neljätoista", ["Kello neljätoista kolmekymmentä."], REPEAT, "almost",
     "missing_words"),
    ("bussi lähtee neljätoista", ["Bussi lähtee 14.30."], REPEAT, "almost", "missing_words"),
    ("kaksikymmentä", ["Kaksikymmentä viisi."], REPEAT, "wrong", None),
]


def test_only_an_hour_said_without_its_minutes_is_a_start() -> None:
    check_rows(CUT, _check)


# 6. A pronoun before a genitive a postposition governs is the thing, not that noun's
# determiner: "laitan sen pöydän päälle" beside "laitan kupin pöydän päälle".
POSTPOSITION: list[Row] = [
    ("laitan sen pöydän päälle", ["laitan ne pöydän päälle", "laitan kupin pöydän päälle"],
     {}, "correct", None),
    # must not change
    ("laitan sen pöydän päälle", ["laitan ne pöydän päälle"], {}, "almost", "word_form"),
    ("teippaan tämä laatikot", ["teippaan nämä laatikot"], {}, "almost", "word_form"),
]


def test_a_pronoun_before_a_postpositions_genitive_is_the_thing() -> None:
    check_rows(POSTPOSITION, _check)


# 7. The answer's own no said again is a repeat, no take-back: "en tule" after "en pääse
# töihin" (the lexicon reads it "en pääse") says the same no again.
SAID_AGAIN: list[StepRow] = [
    (SICK, "olen sairas en pääse töihin en tule", "correct", None),
    ("yleinen-sairastuminen puhelu.4", "olen sairas en pääse töihin en tule", "correct", None),
    # must not change
    (SICK, "olen sairas en tule tänään", "correct", None),
    (SICK, "olen sairas en tule töihin", "correct", None),
    (SICK, "olen sairas ja en tule", "correct", None),
]
SAID_AGAIN_ROWS: list[Row] = [
    ("käytän suojalaseja en käytä", ["käytän suojalaseja"], {}, "wrong", "negation"),
]


def test_a_no_said_again_is_no_take_back() -> None:
    check_rows(SAID_AGAIN, _check_step)
    check_rows(SAID_AGAIN_ROWS, _check)  # must not change: a no of the answer's yes


# 8. Only "en tiedä" (and "en minä tiedä", "ei aavistustakaan") said whole ends its clause
# with no comma, and not where an accepted answer is that phrase: "en muista nimi", "en
# tiedä nimi" stay an object's slip.
UNSURE_LEADS: list[Row] = [
    ("en muista nimi", ["en muista"], {}, "almost", "word_form"),
    ("en tiedä nimi", ["en tiedä"], {}, "almost", "word_form"),
    # must not change
    ("en tiedä numero seitsemän", ["numero seitsemän", "seitsemän"], {}, "correct", None),
    ("En tiedä, numero seitsemän", ["numero seitsemän", "seitsemän"], {}, "correct", None),
    ("en muista nimi", ["en muista nimeä"], {}, "almost", "word_form"),
]


def test_only_i_dont_know_said_whole_ends_its_clause() -> None:
    check_rows(UNSURE_LEADS, _check)


# 9. A foreseen mistake said in another word order is that mistake to the rules of a right
# answer's slips too (accepted.a_foreseen_mistake): pronoun_number leaves it to the others.
def test_pronoun_number_leaves_a_mistake_in_another_order() -> None:
    def check(row: tuple[str, list[str], list[str]]) -> None:
        answer, accepted, mistakes = row
        assert judge(answer, accepted, wrong_answers=mistakes).rule != "pronoun_number"

    check_rows([("sen otan pois", ["otan ne pois"], ["otan sen pois"]),
                ("otan sen pois", ["otan ne pois"], ["otan sen pois"])], check)
    # must not change: with no such mistake, the slip of number
    assert judge("sen otan pois", ["otan ne pois"]).rule == "pronoun_number"


def test_a_mistake_the_step_calls_almost_is_not_loosened_after_i_dont_know() -> None:
    # "en tiedä ei" was wrong (dont_know) before the mend and stays so: the mistake "ei",
    # which the step calls almost, makes no "I don't know" nearly right
    j = judge("en tiedä ei", ["on"], wrong_answers={"ei": "almost"})
    assert j.verdict == "wrong", j
