"""Every lesson says what it trains (`skills:`), and only what its steps train."""

from __future__ import annotations

from tests.lessons.library import library_report
from valkky.lesson.checker import Library
from valkky.lesson.loader import check_text
from valkky.lesson.model import Lesson
from valkky.lesson.skills import evidence, unsupported
from valkky.lesson.spec import SKILLS
from valkky.testing.table import check_rows

LESSONS = sorted(library_report().lessons, key=lambda x: x.id)


def test_a_lesson_claims_the_skills_its_steps_train() -> None:
    """Every lesson, as one test that names each lesson at fault (valkky.testing.table)."""
    def check(lesson: Lesson) -> None:
        assert lesson.skills, "add skills: [...] (docs/lesson-format.md#skills)"
        assert not unsupported(lesson), f"no step trains {unsupported(lesson)}"

    check_rows(LESSONS, check, lambda lesson: lesson.id)


def test_the_library_trains_every_skill() -> None:
    claimed = {s for x in LESSONS for s in x.skills}
    assert claimed == set(SKILLS)


def test_a_claim_without_a_step_is_found() -> None:
    text = ("id: x\nversion: 1\ntitle: X\nprofession: siivous\nlevel: A1\nsupport: [en]\n"
            "skills: [speaking, writing, pronunciation]\nsteps:\n  - repeat: Hei.\n")
    lesson, problems = check_text(text, library=Library())
    assert lesson is not None, problems
    assert evidence(lesson) == {"pronunciation"}
    assert unsupported(lesson) == ("speaking", "writing")
