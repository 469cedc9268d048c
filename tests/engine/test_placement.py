"""A placement lesson runs its bands in order, stops at the first band failed, and places
the learner at the highest band passed (docs/lesson-format.md#placement-lessons)."""

from __future__ import annotations

import re

import pytest

from valkky import events as ev
from valkky.engine.placement import Placement, PlacementRule, credit
from valkky.lesson.checker import Library
from valkky.lesson.loader import check_text
from valkky.lesson.model import Lesson
from valkky.testing.fakes import exact_judge, plain_feedback
from valkky.testing.harness import Transcript, run_scripted


def _lesson(lesson_id: str = "testi-kartoitus") -> Lesson:
    """Three bands of three questions (a1-1 … b1-3: the answer is the step id)."""
    steps = ["  - say: Hei!"]
    for band in ("A1", "A2", "B1"):
        for n in (1, 2, 3):
            name = f"{band.lower()}-{n}"
            steps.append(f"  - id: {name}\n    level: {band}\n    ask: Sano {name}.\n"
                         f"    accept: [{name}]\n    tries: 1")
    steps.append("  - say: Kiitos! Nyt tiedän, mistä aloitamme.")
    text = (f"id: {lesson_id}\nversion: 1\ntitle: Kartoitus\nprofession: siivous\n"
            "level: A1-B1\nsupport: [en]\nsteps:\n" + "\n".join(steps) + "\n")
    lesson, problems = check_text(text, library=Library())
    assert lesson is not None, [str(p) for p in problems]
    return lesson


def _practised(answers: list[str]) -> list[str]:
    """The answers, each miss followed by the practice after the answer is revealed (left
    silent): a question's answer is its step id, and every question has one try."""
    return [said for a in answers
            for said in ([a] if re.fullmatch(r"[ab][12]-[123]", a) else [a, ""])]


def _run(answers: list[str], lesson: Lesson | None = None) -> Transcript:
    return run_scripted(lesson or _lesson(), _practised(answers), judge=exact_judge,
                        feedback=plain_feedback)


def _right(*bands: str) -> list[str]:
    return [f"{b}-{n}" for b in bands for n in (1, 2, 3)]


@pytest.mark.parametrize(("answers", "level", "asked"), [
    (_right("a1", "a2", "b1"), "B1", 9),
    ([*_right("a1", "a2"), "b1-1", "", "en tiedä"], "A2", 9),
    ([*_right("a1"), "", "", ""], "A1", 6),  # three misses in A2: stop there
    (["", "", ""], "A1", 3),
    (["a1-1", "", "a1-3"], "A1", 3),  # A1 over, below the pass mark: A2 is not asked
])
def test_the_learner_is_placed_at_the_highest_band_passed(answers: list[str], level: str,
                                                           asked: int) -> None:
    t = _run(answers)
    assert t.end is not None and t.end.reason == "completed" and t.end.level == level
    assert len(t.verdicts) == asked
    assert t.said[-1] == "Kiitos! Nyt tiedän, mistä aloitamme."  # the closing is said


def test_three_misses_stop_a_band_before_its_end() -> None:
    lesson = _lesson()
    rule = PlacementRule(misses_to_stop=2)
    from valkky.engine.session import EngineSettings

    t = run_scripted(lesson, _practised([*_right("a1"), "", ""]), judge=exact_judge,
                     feedback=plain_feedback, settings=EngineSettings(placement=rule))
    assert [v.step for v in t.verdicts][-1] == "a2-2"  # a2-3 never asked
    assert t.end is not None and t.end.level == "A1"


def test_a_lesson_that_is_not_placement_ignores_levels() -> None:
    lesson = _lesson("testi-harjoitus")
    t = _run(["", "", "", *_right("a2", "b1")], lesson)
    assert len(t.verdicts) == 9 and t.end is not None and t.end.level is None


def test_sound_slips_earn_more_than_a_wrong_form() -> None:
    rule = PlacementRule()
    assert credit("correct", None, rule) == 1.0
    assert credit("almost", "umlaut", rule) > credit("almost", "word_form", rule) > 0
    assert credit("wrong", None, rule) == credit("silence", None, rule) == 0.0


def test_a_band_of_word_form_slips_is_not_passed_but_one_of_umlaut_slips_is() -> None:
    forms, sounds = Placement(), Placement()
    for _ in range(5):
        forms.add("A2", "almost", "word_form")
        sounds.add("A2", "almost", "umlaut")
    assert not forms.passed("A2") and sounds.passed("A2")


def test_a_passed_band_above_a_failed_one_does_not_count() -> None:
    p = Placement()
    for verdict in ("correct", "wrong", "wrong"):
        p.add("A1", verdict, None)
    for _ in range(3):
        p.add("A2", "correct", None)
    assert p.level() == "A1" and not p.passed("A1")


def test_the_end_event_carries_the_level_through_the_log() -> None:
    end = ev.End(reason="completed", score=0.5, level="A2")
    assert ev.decode(end.to_payload()) == end
