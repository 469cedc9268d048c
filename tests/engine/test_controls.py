"""The learner's own controls: the line again, slower, the hint; no try spent."""

from __future__ import annotations

from pathlib import Path

import pytest

from valkky import events as ev
from valkky.lesson.checker import Library
from valkky.lesson.loader import check_text, load_lesson
from valkky.lesson.model import Lesson
from valkky.testing.fakes import exact_judge, plain_feedback
from valkky.testing.harness import Transcript, run_scripted


def run(lesson: Lesson, answers: list, **kw) -> Transcript:
    return run_scripted(lesson, answers, judge=exact_judge, feedback=plain_feedback, **kw)


@pytest.fixture
def lesson(good_lesson: Path) -> Lesson:
    return load_lesson(good_lesson)


def _after(t: Transcript, kind: type[ev.Event]) -> list[ev.Event]:
    """The events after the first one of ``kind``."""
    i = next(i for i, e in enumerate(t.events) if isinstance(e, kind))
    return t.events[i + 1:]


@pytest.mark.parametrize("phrase", ["toista", "Anteeksi, mitä?", "voitko toistaa?"])
def test_again_says_the_question_again_without_a_try(lesson: Lesson, phrase: str) -> None:
    t = run(lesson, [phrase, "moppi"])
    controls = t.of(ev.Control)
    assert [(c.action, c.step, c.button) for c in controls] == [("again", "mika", False)]
    again = next(e for e in _after(t, ev.Control) if isinstance(e, ev.Say))
    assert again.text == "Mikä tämä on?" and not again.slow
    assert [(v.verdict, v.try_) for v in t.verdicts] == [("correct", 1)]


def test_slower_says_it_slowly(lesson: Lesson) -> None:
    t = run(lesson, ["hitaammin", "moppi"])
    again = next(e for e in _after(t, ev.Control) if isinstance(e, ev.Say))
    assert again.text == "Mikä tämä on?" and again.slow
    assert t.verdicts[0].try_ == 1


def test_dont_understand_gives_the_hint_in_the_learners_language(lesson: Lesson) -> None:
    t = run(lesson, ["en ymmärrä", "moppi"], lang="ar")
    hints = t.of(ev.Hint)
    assert [(h.lang, h.text) for h in hints] == [("ar", "تبدأ بـ mo.")]
    assert "Se alkaa mo." in t.said
    assert [(v.verdict, v.try_) for v in t.verdicts] == [("correct", 1)]


def test_no_control_spends_a_try_even_many_times(lesson: Lesson) -> None:
    t = run(lesson, ["toista", "toista", "hitaammin", "en ymmärrä", "harja", "moppi"])
    assert [(v.verdict, v.try_) for v in t.verdicts] == [("wrong", 1), ("correct", 2)]


def test_a_button_is_a_control_whatever_the_text(lesson: Lesson) -> None:
    t = run(lesson, [ev.Answer("moppi", control="again"), "moppi"])
    assert [c.action for c in t.of(ev.Control)] == ["again"]
    assert t.of(ev.Control)[0].button
    assert [(v.verdict, v.try_) for v in t.verdicts] == [("correct", 1)]


def test_choose_repeats_question_and_options(lesson: Lesson) -> None:
    t = run(lesson, ["moppi", "toista", "kaksi"])
    said = [e.text for e in _after(t, ev.Control) if isinstance(e, ev.Say)]
    assert said[:2] == ["Kumpi on ämpäri?", "Yksi: moppi. Kaksi: ämpäri."]


def test_dialogue_repeats_the_cue(lesson: Lesson) -> None:
    t = run(lesson, ["moppi", "kaksi", "pese kädet", "toista", "siivoan"])
    said = [e.text for e in _after(t, ev.Control) if isinstance(e, ev.Say)]
    assert said[0] == "Hei! Mitä sinä teet?"
    assert t.verdicts[-1].verdict == "correct"


LESSON_WITH_PHRASES = """\
id: t
version: 1
title: T
profession: siivous
level: A1
support: [en]
steps:
  - ask: Mitä sanot, kun et ymmärrä?
    accept: [en ymmärrä, anteeksi en ymmärrä]
    hint: {fi: Sano en ymmärrä., en: Say you do not understand.}
  - ask: Mitä sanot, kun et kuullut?
    accept: [anteeksi mitä, voitko toistaa]
    mistakes:
      toista: Ei noin. Sano kohteliaasti.
  - ask: Mikä on moppi?
    accept: [siivousväline]
"""


def test_a_control_phrase_that_is_an_answer_is_judged() -> None:
    lesson, problems = check_text(LESSON_WITH_PHRASES, "t.yaml", Library())
    assert lesson is not None, [str(p) for p in problems]
    t = run(lesson, ["en ymmärrä", "toista", "voitko toistaa", "toista", "siivousväline"])
    assert [(v.step, v.verdict, v.try_) for v in t.verdicts] == [
        ("step-1", "correct", 1), ("step-2", "wrong", 1), ("step-2", "correct", 2),
        ("step-3", "correct", 1)]
    assert [(c.step, c.action) for c in t.of(ev.Control)] == [("step-3", "again")]
    assert "Ei noin. Sano kohteliaasti." in t.said


def test_help_without_a_hint_says_the_line_slowly() -> None:
    lesson, _ = check_text(LESSON_WITH_PHRASES, "t.yaml", Library())
    assert lesson is not None
    t = run(lesson, ["en ymmärrä", "anteeksi mitä", "en ymmärrä", "siivousväline"])
    assert not t.of(ev.Hint)
    again = next(e for e in _after(t, ev.Control) if isinstance(e, ev.Say))
    assert again.text == "Mikä on moppi?" and again.slow


def test_controls_are_in_the_recognisers_grammar(lesson: Lesson) -> None:
    from valkky.engine.session import Session

    session = Session(lesson, judge=exact_judge, feedback=plain_feedback, lang="en")
    session.start()
    assert session.prompt is not None
    assert session.prompt.expected[0] == "moppi"
    assert {"toista", "hitaammin", "en ymmärrä"} <= set(session.prompt.expected)


def test_control_event_round_trips() -> None:
    event = ev.Control(step="s", action="help", button=True)
    assert ev.decode(event.to_payload()) == event


def test_a_slip_of_the_accepted_answer_is_judged_not_a_control() -> None:
    text = LESSON_WITH_PHRASES.replace("  - ask: Mikä on moppi?\n    accept: [siivousväline]",
                                       "  - ask: Mitä sanot, kun haluat kuulla uudelleen?\n"
                                       "    accept: [toistaa]")
    lesson, problems = check_text(text, "t.yaml", Library())
    assert lesson is not None, [str(p) for p in problems]
    t = run_scripted(lesson, ["en ymmärrä", "voitko toistaa", "toista"])  # the real judge
    last = t.verdicts[-1]
    assert (last.step, last.verdict, last.try_) == ("step-3", "almost", 1)
    assert not t.of(ev.Control)


def test_a_phrase_heard_again_and_again_is_judged_in_the_end(lesson: Lesson) -> None:
    t = run(lesson, ["toista"] * 6 + [ev.Answer("", control="again")] * 3)
    assert [c.button for c in t.of(ev.Control)] == [False] * 5 + [True] * 3
    assert [(v.verdict, v.try_) for v in t.verdicts][:1] == [("wrong", 1)]


def test_a_control_is_obeyed_on_an_open_step_with_the_real_judge() -> None:
    """On an open step nearly any sentence is an answer to the real judge ("toista" to
    "Mitä teit viikonloppuna?"); the control is asked without the step's switches, so the
    learner's "toista" still says the question again — in a session and in `valkky check
    --audio` alike (both ask through control_arguments)."""
    from valkky.engine.session import (
        CONTROL_PHRASES,
        asked_control,
        control_arguments,
        judge_arguments,
    )
    from valkky.judge import judge
    from valkky.launch import open_lesson

    task = open_lesson("yleinen-kahvitauko")[0].tasks()["tauko.6"]
    assert task.open
    taken = {p: judge(p, task.accept, **judge_arguments(task)).verdict for p in CONTROL_PHRASES}
    assert "correct" in taken.values()  # what the switches would make of a control
    arguments = control_arguments(judge_arguments(task))
    obeyed = [p for p in CONTROL_PHRASES if asked_control(
        p, task.accept, lambda p=p: judge(p, task.accept, **arguments).verdict)]
    assert obeyed == list(CONTROL_PHRASES)
