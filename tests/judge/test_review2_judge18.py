"""The review of judge18 (issue 12): each finding on answers written for it, on the bundled
lessons' own steps where one fits, with answers beside them that must not change."""

from __future__ import annotations

from functools import cache
from typing import Any

from tests.judge.agreement import tasks
from tests.judge.golden import step_arguments
from valkky.judge import judge
from valkky.testing.table import check_rows

Row = tuple[str, list[str], str, str | None]
StepRow = tuple[str, str, str, str | None]


@cache
def _tasks() -> dict[str, Any]:
    return tasks()


def _check_step(row: StepRow) -> None:
    step, answer, verdict, reason = row
    task, options = _tasks()[step]
    j = judge(answer, list(task.accept), **step_arguments(task, options))
    assert (j.verdict, j.reason) == (verdict, reason), (j.verdict, j.reason, j.rule)


def _check(row: tuple[str, list[str], dict[str, Any], str, str | None]) -> None:
    answer, accepted, step, verdict, reason = row
    j = judge(answer, accepted, **step)
    assert (j.verdict, j.reason) == (verdict, reason), (j.verdict, j.reason, j.rule)


REPEAT = {"strict": ["synonyms", "another_word"]}

# 1. With no "ja", a no of the learner's own is right only where an accepted answer negates
# that verb after a clause of its own: any other no is one the step never asks for.
NO_WITHOUT_JA: list[StepRow] = [
    ("siivous-ohjeet johto", "ilmoitan esimiehelle en sammuta", "wrong", None),
    ("siivous-ohjeet johto", "kerron esimiehelle ei tarvitse", "wrong", None),
    ("varasto-ohjeet hylly", "ilmoitan esimiehelle en tyhjennä hyllyä", "wrong", None),
    ("varasto-kartoitus b1-vika", "hylly on vaarallinen en ilmoita", "wrong", None),
    ("yleinen-perehdytys muista", "hän kertoo esimiehelle ei pysäytä konetta", "wrong", None),
    ("autoala-kartoitus b1-tapahtui", "akku loppui en käynnistä sitä", "wrong", None),
    # must not change: the no an answer says, in another form or a lexicon phrase
    ("yleinen-sairastuminen kysy-sairas", "olen sairas en tule tänään", "correct", None),
]

# 2-4. pronoun_number and left_out: not over an open question or a foreseen mistake, not
# where an accepted answer is said as it is or names a thing of the pronoun's number in its
# place, and never with things swapped between clauses.
PRONOUN_STEPS: list[StepRow] = [
    ("siivous-raportti hassan", "älä sekoita niitä, niistä tulee myrkyllistä kaasua",
     "correct", None),
    ("rakennus-turvallisuus step-22", "siivoan sen pois", "correct", None),
    # must not change: a determiner in the other number than its noun is a slip
    ("elintarvike-tyokaveri apua.4", "nämä laatikko on liian painava", "almost", "word_form"),
    ("varasto-ohjeet pitka-ohje", "teippaan tämä laatikot", "almost", "word_form"),
]
PRONOUN: list[tuple[str, list[str], dict[str, Any], str, str | None]] = [
    ("otan sen pois", ["otan ne pois"], {"wrong_answers": ["otan sen pois"]}, "wrong", "mistake"),
    ("sen otan pois", ["otan ne pois", "otan sen pois"], {}, "correct", None),
    ("vien sen varastoon", ["vien ne varastoon", "vien laatikon varastoon"], {}, "correct", None),
    ("laitan sen kaappiin", ["laitan ne kaappiin", "laitan kupin kaappiin"], {}, "correct", None),
    ("pese matot ja kuivaa ne", ["pese se ja kuivaa matot"], {}, "wrong", None),
    ("töissä olen", ["Olen töissä.", "Minä olen töissä."], REPEAT, "correct", None),
    ("mitä teen tänään", ["Mitä minä teen tänään?"], {"strict": ["synonyms"]}, "correct",
     None),  # not a repeat step: another_word on
    ("imuroi lattia ja pese matto", ["Imuroi se matto ja pese lattia."], REPEAT, "wrong",
     "word_order"),
    ("nosta lattialle ja laske laatikko", ["Nosta laatikko ja laske se lattialle."], REPEAT,
     "wrong", "word_order"),
    # must not change
    ("otan sen pois", ["otan ne pois"], {}, "almost", "word_form"),
    ("vien sen varastoon", ["vien ne varastoon", "vien laatikot varastoon"], {},
     "almost", "word_form"),
    ("mitä teen tänään", ["Mitä minä teen tänään?"], REPEAT, "almost", "missing_words"),
]

# 5-6. The lexicon: "paljonko" asks how much, as "kuinka paljon" does, not how many; a
# weekday written short is one only beside a date or time.
LEXICON: list[tuple[str, list[str], dict[str, Any], str, str | None]] = [
    ("paljonko se maksaa", ["kuinka paljon se maksaa"], {}, "correct", None),
    ("montako se maksaa", ["paljonko se maksaa"], {}, "wrong", None),
    ("ota ne pois ke", ["ota ne pois"], {}, "almost", "typo"),
    ("onko tämä mitta oikein la", ["onko tämä mitta oikein"], {}, "almost", "typo"),
    ("su kiinni", ["suu kiinni"], {}, "almost", "vowel_length"),
    # must not change
    ("ke 4.12.", ["keskiviikko 4.12."], {}, "correct", None),
    ("pe klo 8", ["perjantaina kello kahdeksan", "perjantai kello kahdeksan"], {},
     "correct", None),
]


def test_a_no_without_ja_only_of_a_verb_the_answers_negate() -> None:
    check_rows(NO_WITHOUT_JA, _check_step)


def test_pronoun_number_and_left_out_keep_to_their_cases() -> None:
    check_rows(PRONOUN_STEPS, _check_step)
    check_rows(PRONOUN, _check)


def test_lexicon_paljonko_and_weekdays() -> None:
    check_rows(LEXICON, _check)


# 7. A number cut short in a repeat step: an hour of the model's time said without its
# minutes is a start of it; any other number said less is another quantity, as elsewhere.
NUMBERS: list[tuple[str, list[str], dict[str, Any], str, str | None]] = [
    ("kaksikymmentä", ["Kaksikymmentä viisi."], REPEAT, "wrong", None),
    ("sata", ["Sata kaksikymmentä."], REPEAT, "wrong", None),
    ("kolme", ["Kolme sataa grammaa."], REPEAT, "wrong", None),
    # must not change
    ("kello neljätoista", ["Kello neljätoista kolmekymmentä."], REPEAT, "almost",
     "missing_words"),
    ("kaksikymmentä", ["kaksikymmentäviisi"], REPEAT, "wrong", None),
]


def test_a_number_cut_short_in_a_repeat_step() -> None:
    check_rows(NUMBERS, _check)


# 8. "I don't know" then the answer reads alike with a comma or without (Whisper's
# punctuation varies): a noun in the nominative is no object of a no.
UNSURE: list[tuple[str, list[str], dict[str, Any], str, str | None]] = [
    ("en tiedä numero seitsemän", ["numero seitsemän", "seitsemän"], {}, "correct", None),
    ("en tiedä huone neljä", ["huone neljä", "se on huone neljä"], {}, "correct", None),
    # must not change: an object's slip stays one
    ("En tiedä, numero seitsemän", ["numero seitsemän", "seitsemän"], {}, "correct", None),
    ("en muista nimi", ["en muista nimeä"], {}, "almost", "word_form"),
    ("en löydä avain", ["en löydä avainta"], {}, "almost", "word_form"),
]


def test_unsure_then_the_answer_with_or_without_a_comma() -> None:
    check_rows(UNSURE, _check)
