"""Pick a fresh agreement set's 60 steps and write its steps.md (issue 12).

    python -m bench.agreement_sets.make_steps N USED_SETS OUT_DIR [EXTRA_USED_FILE]

N seeds random.Random(N); USED_SETS (comma-separated numbers) and EXTRA_USED_FILE (step
keys a line, e.g. the picked.txt of a set not yet committed) name the steps not to pick.
Writes OUT_DIR/picked.txt and OUT_DIR/steps.md: each step's lesson and its YAML as the
trainer wrote it (a dialogue turn: its whole dialogue). The trainers' briefs beside this
file take it from there (README.md)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from tests.judge.agreement import DATA, read_rows, tasks
from valkky.lesson import model as m
from valkky.testing.library import library_report


def _block(lesson: m.Lesson, key: str) -> tuple[m.Step, str]:
    """The step that holds the task ``key`` and its lines in the lesson file."""
    lines = Path(str(lesson.path)).read_text(encoding="utf-8").splitlines()
    owner = next(s for s in lesson.steps if s.id == key or (
        isinstance(s, m.DialogueStep) and any(getattr(t, "id", None) == key for t in s.turns)))
    after = sorted(s.line for s in lesson.steps if s.line > owner.line)
    end = after[0] - 1 if after else len(lines)
    return owner, "\n".join(lines[owner.line - 1:end]).rstrip()


def _the_turn(owner: m.Step, lesson_id: str, step_id: str,
              every: dict[str, tuple[object, object]]) -> str:
    """The header's words for a dialogue turn: which of the learner's turns it is and the
    robot's line it answers (a trainer once wrote a set's answers for the turn after the
    one named: sets 106, 107, 109)."""
    ids = [t.id for t in getattr(owner, "turns", ()) if f"{lesson_id} {getattr(t, 'id', '')}"
           in every]
    nth = ids.index(step_id) + 1 if step_id in ids else 0
    situation = getattr(every[f"{lesson_id} {step_id}"][0], "situation", "")
    return (f" (a learner turn of dialogue step `{owner.id}`: answer turn `{step_id}`, the "
            f"learner's turn {nth} of {len(ids)}, the answer to the robot's line "
            f"\"{situation}\"; an answer that fits another turn is wrong here)")


def main(argv: list[str]) -> int:
    if len(argv) not in (3, 4) or not argv[0].isdigit() or "-h" in argv or "--help" in argv:
        print(__doc__, file=sys.stderr)
        return 2
    n, used_sets, out = int(argv[0]), [int(x) for x in argv[1].split(",")], Path(argv[2])
    used = {row["step"] for k in used_sets
            for row in read_rows(DATA / f"trainer_answers_{k}.yaml")}
    if len(argv) > 3:
        used |= set(Path(argv[3]).read_text(encoding="utf-8").splitlines())  # "lesson step" a line
    lessons = {lesson.id: lesson for lesson in library_report().lessons}
    choose = {f"{lesson.id} {s.id}" for lesson in lessons.values() for s in lesson.steps
              if isinstance(s, m.ChooseStep)}
    pool = sorted(k for k in tasks() if k not in choose and k not in used)
    picked = random.Random(n).sample(pool, 60)
    out.mkdir(parents=True, exist_ok=True)
    (out / "picked.txt").write_text("\n".join(picked) + "\n", encoding="utf-8")
    parts = [f"# Set {n}: the 60 steps\n"]
    every = tasks()
    for i, key in enumerate(picked, 1):
        lesson_id, step_id = key.split(" ", 1)
        lesson = lessons[lesson_id]
        owner, text = _block(lesson, step_id)
        turn = _the_turn(owner, lesson_id, step_id, every) if owner.id != step_id else ""
        parts.append(f"## {i}. `{key}`{turn}\n\nLesson: {lesson.title} ({lesson_id})\n\n"
                     f"```yaml\n{text}\n```\n")
    (out / "steps.md").write_text("\n".join(parts), encoding="utf-8")
    print(f"{len(pool)} steps in the pool, 60 picked: {out / 'steps.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
