"""The library as a whole: every profession has its five lessons (one of them on real
instructions and the signs of the trade), the common set is there, and every lesson mixes
the kinds of practice a good trainer would."""

from __future__ import annotations

import pytest

from tests.lessons.library import library_report
from valkky.lesson.model import (
    AskStep,
    ChooseStep,
    DialogueStep,
    DrillStep,
    Lesson,
    RepeatStep,
    SayStep,
    is_placement,
    levels_of,
)
from valkky.testing.table import check_rows

LESSONS: list[Lesson] = library_report().lessons
TEACHING = [x for x in LESSONS if not is_placement(x.id)]  # placement is a test
PROFESSIONS = ["siivous", "ravintola", "hoiva", "rakennus", "metalli", "elintarvike",
               "valmistus", "varasto", "autoala", "kauppa"]
COMMON = ["tervehdys", "tyovuoro", "sairastuminen", "apua", "numerot",
          "tyoturvallisuuskortti", "verbit", "aika", "puhelin", "tarkistaminen", "kahvitauko",
          "oikeudet", "aanteet", "puhekieli", "kyltit", "lukeminen", "perehdytys",
          "lahelta-piti", "sanaparit"]


def test_at_least_thirty_lessons() -> None:
    assert len(TEACHING) >= 30, sorted(x.id for x in TEACHING)


@pytest.mark.parametrize("profession", PROFESSIONS)
def test_each_profession_has_its_three_lessons(profession: str) -> None:
    own = [x for x in TEACHING if x.profession == profession]
    assert any(x.level == "A1" for x in own), "no A1 lesson on the tools and places"
    assert any({"A1", "A2"} <= set(levels_of(x.level)) or x.level == "A2"
               for x in own if not _has(x, DialogueStep)), "no A1-A2 safety lesson"
    assert any(_has(x, DialogueStep) and "B1" in levels_of(x.level) for x in own), \
        "no A2-B1 role-play"


def test_every_profession_in_professions_yaml_is_checked_here() -> None:
    """A trade added to lessons/professions.yaml is held to the same shape as the others."""
    from valkky.lesson.references import load_library

    library, _ = load_library()
    assert set(library.professions) - {"yleinen"} == set(PROFESSIONS)


@pytest.mark.parametrize("profession", PROFESSIONS)
def test_each_profession_has_five_lessons_one_on_reading_its_signs(profession: str) -> None:
    own = [x for x in LESSONS if x.profession == profession]
    assert len(own) >= 5, sorted(x.id for x in own)
    assert any(_reads(x) and "A2" in levels_of(x.level) for x in own if not is_placement(x.id)), \
        "no A2 lesson where the learner reads a sign or a label on the screen and answers"


def _reads(lesson: Lesson) -> bool:
    """A reading task: an ask or choose step whose screen shows text that is not a vocabulary
    word (a sign, a label, a roster line), so no gloss is added that would give it away."""
    words = {v.fi.strip().casefold() for v in lesson.vocabulary}
    return any(isinstance(s, AskStep | ChooseStep) and s.show is not None and bool(s.show.text)
               and s.show.text.strip().casefold() not in words for s in lesson.steps)


def test_the_common_set_is_complete() -> None:
    common = {x.id.removeprefix("yleinen-") for x in TEACHING if x.profession == "yleinen"}
    assert set(COMMON) <= common, set(COMMON) - common


def test_every_common_lesson_has_its_place_in_a_newcomers_plan() -> None:
    from valkky.progress.plan import COMMON_ORDER

    common = {x.id for x in TEACHING if x.profession == "yleinen"}
    assert common <= set(COMMON_ORDER), common - set(COMMON_ORDER)


def _has(lesson: Lesson, kind: type) -> bool:
    return any(isinstance(s, kind) for s in lesson.steps)


def test_every_lesson_mixes_listening_answering_repeating_and_choosing() -> None:
    """Every lesson, as one test that names each lesson at fault (valkky.testing.table)."""
    def check(lesson: Lesson) -> None:
        assert _has(lesson, SayStep)
        assert _has(lesson, AskStep) or _has(lesson, DialogueStep)
        assert _has(lesson, RepeatStep)
        assert _has(lesson, ChooseStep)
        assert _has(lesson, DrillStep), "no spaced-repetition review"
        assert 5 <= lesson.minutes <= 10

    check_rows(TEACHING, check, lambda lesson: lesson.id)

