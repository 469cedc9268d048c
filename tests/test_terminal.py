"""The terminal view: the learner's progress through the lesson, in words."""

from __future__ import annotations

import io

from valkky import events as ev
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
