"""The terminal view: the learner's progress through the lesson, in words."""

from __future__ import annotations

import io
import re

from valkky import events as ev
from valkky.lesson.references import gesture_descriptions
from valkky.robot.hardware import gesture_names
from valkky.terminal import TerminalView


def test_progress_before_each_question() -> None:
    out = io.StringIO()
    view = TerminalView(out, total=12)
    for kind, index in (("say", 0), ("ask", 1), ("goto", 2), ("choose", 4), ("drill", 10),
                        ("dialogue", 11)):
        view.handle(ev.StepStarted(step=f"s{index}", kind=kind, index=index))
    assert out.getvalue().splitlines() == ["  (Vaihe 2/12)", "  (Vaihe 5/12)",
                                           "  (Vaihe 11/12)", "  (Vaihe 12/12)"]


def test_no_progress_without_the_lessons_length() -> None:
    out = io.StringIO()
    TerminalView(out).handle(ev.StepStarted(step="s", kind="ask", index=0))
    assert out.getvalue() == ""


def test_a_gesture_is_shown_in_finnish_words_never_by_its_name() -> None:
    """Every gesture of the library, as the learner reads it at the terminal."""
    words = gesture_descriptions()
    names = gesture_names()
    assert set(words) == names  # each one has its words
    out = io.StringIO()
    view = TerminalView(out, gestures=words)
    for name in sorted(names):
        view.handle(ev.Gesture(name=name))
    lines = out.getvalue().splitlines()
    assert len(lines) == len(names)
    assert "  [ele: laittaa hanskat käteen]" in lines
    for name, line in zip(sorted(names), lines, strict=True):
        assert line == f"  [ele: {words[name]}]"
        assert name not in re.findall(r"\w+", line) and "_" not in line, line


def test_a_gesture_without_words_shows_nothing() -> None:
    out = io.StringIO()
    TerminalView(out, gestures={"wave": "vilkuttaa kättä"}).handle(ev.Gesture(name="nod"))
    TerminalView(out).handle(ev.Gesture(name="wave"))
    assert out.getvalue() == ""


def test_the_score_at_the_end_reads_as_a_percentage() -> None:
    out = io.StringIO()
    view = TerminalView(out)
    view.handle(ev.End(reason="completed", score=0.87))
    view.handle(ev.End(reason="stopped", score=0.5))
    view.handle(ev.End(reason="completed", score=None))
    assert out.getvalue().splitlines() == [
        "── tunti valmis, pisteet 87 % ──",
        "── tauko: ensi kerralla jatketaan tästä, pisteet 50 % ──",
        "── tunti valmis ──"]
