"""Which accepted answers a speech model cannot recognise: `valkky lint --model PATH`
warns about them, so a trainer knows before a learner is misheard."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from valkky.errors import Problem
from valkky.judge.normalise import normalise
from valkky.lesson import model as m


def _tasks(lesson: m.Lesson) -> Iterator[tuple[int, m.Task]]:
    for step in lesson.steps:
        task = getattr(step, "task", None)
        if task is not None:
            yield step.line, task
        for turn in getattr(step, "turns", ()):
            if isinstance(turn, m.LearnerTurn):
                yield step.line, turn.task


def unknown_words(lesson: m.Lesson, known: Callable[[str], bool]) -> list[Problem]:
    problems = []
    for line, task in _tasks(lesson):
        missing = sorted({w for phrase in (*task.accept, *task.options)
                          for w in normalise(phrase).split() if not known(w)})
        if missing:
            problems.append(Problem(lesson.path or lesson.id, line, 5,
                                    "the speech model cannot recognise: " + ", ".join(missing),
                                    "warning"))
    vocab = sorted({w for v in lesson.vocabulary for w in normalise(v.fi).split()
                    if not known(w)})
    if vocab:
        problems.append(Problem(lesson.path or lesson.id, 1, 1, "the speech model cannot "
                                "recognise these vocabulary words: " + ", ".join(vocab),
                                "warning"))
    return problems
