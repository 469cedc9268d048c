"""Every bundled step that asks kuka, mitä, missä or miksi, its accepted answers each said
with "en tiedä <that word>" after it ("telineasentaja, en tiedä kuka" to "kuka korjaa?",
"laikassa oli halkeama, en tiedä miksi" to "miksi laikka hajosi?"): the hedge takes the
answer back, so none should be correct (issue 12, judge30). The question is the ask step's
text or, in a dialogue, the robot's line before the learner's turn. ``--out FILE`` keeps
the verdicts, ``--before FILE`` prints the ones that moved.

    .venv/bin/python -m bench.sweep_take_back --out /tmp/after.json --before /tmp/main.json
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator

from valkky.engine.session import asked_tasks
from valkky.judge import judge
from valkky.judge.normalise import normalise
from valkky.lesson import model as m
from valkky.lesson.questions import questions as lesson_questions
from valkky.paths import ROOT
from valkky.testing.library import library_report

sys.path.insert(0, str(ROOT))  # the steps as the tests read them
from bench.sweep_mistakes import keep_and_compare, sweep_flags
from tests.judge.golden import step_arguments

ASKED = ("kuka", "mitä", "missä", "miksi")


def questions() -> Iterator[tuple[str, str, m.Task, tuple[str, ...]]]:
    """(name, question, task, its other options) of every task that follows a question,
    as a session asks it (asked_tasks: a choose step's right option is no other option)."""
    for lesson in library_report().lessons:
        asked = lesson_questions(lesson)
        for key, (task, others) in asked_tasks(lesson).items():
            if key in asked:
                yield f"{lesson.id} {key}", asked[key].text, task, others


def verdicts() -> dict[str, str]:
    out: dict[str, str] = {}
    for name, question, task, others in questions():
        asked = [w for w in ASKED if w in normalise(question).split()]
        for word in asked:
            for answer in task.accept:
                said = f"{answer}, en tiedä {word}"
                if f"en tiedä {word}" not in normalise(answer):
                    out[f"{name} | {said}"] = judge(
                        said, task.accept, **step_arguments(task, others)).verdict
    return out


def main() -> None:
    args = sweep_flags(__doc__).parse_args()
    now = verdicts()
    print(f"{len(now)} answers taken back: {dict(Counter(now.values()))}")
    keep_and_compare(now, args.out, args.before)


if __name__ == "__main__":
    main()
