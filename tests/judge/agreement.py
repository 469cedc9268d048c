"""Agreement of the judge with a Finnish S2 trainer on hand-graded learner answers
(tests/judge/data/*.yaml): `python -m tests.judge.agreement` prints each set's figure (and
with --rows every disagreement); tests/judge/test_agreement.py holds it to the goal."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from valkky.engine.session import asked_tasks, judge_arguments
from valkky.judge import judge
from valkky.lesson import model as m
from valkky.testing.library import library_report

DATA = Path(__file__).resolve().parent / "data"
# libyaml reads the graded answers (≈ 60 kB) in a tenth of the pure-Python parser's time
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_rows(path: Path) -> list[dict[str, Any]]:
    """A file of graded answers: one mapping per answer (step, answer, trainer, …). Read
    only: parsed once a process while the file is unchanged (the golden calls, the
    agreement test and the step check each read every set: ≈ 0.2 s of CPU a reading)."""
    stat = path.stat()
    return _parsed(path, stat.st_size, stat.st_mtime_ns)


@cache
def _parsed(path: Path, size: int, mtime_ns: int) -> list[dict[str, Any]]:
    """``path`` parsed; its size and time in the key, so a changed file is read again."""
    rows: list[dict[str, Any]] = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    return rows


@dataclass(frozen=True)
class Graded:
    step: str
    answer: str
    trainer: str
    verdict: str
    reason: str | None

    @property
    def agrees(self) -> bool:
        return self.verdict == self.trainer


@lru_cache(maxsize=1)
def tasks() -> dict[str, tuple[m.Task, tuple[str, ...]]]:
    """Every answerable task of the bundled lessons by "<lesson id> <task id>", as a session
    asks it, with its other options (a choose step's, with their number words)."""
    return {f"{lesson.id} {key}": asked
            for lesson in library_report().lessons for key, asked in asked_tasks(lesson).items()}


def grade(name: str = "trainer_answers.yaml",
          made: Mapping[tuple[str, str], Mapping[str, Any]] | None = None) -> list[Graded]:
    """The judge's verdict on each graded answer of the file ``name``. ``made``:
    judgements by tests/judge/golden.py's key ("<file>: <step>", answer), as
    ``golden.record`` gives them: the golden file's, which its test holds the judge to
    (every graded answer is among its calls, judged with the same arguments); an answer
    found there is not judged again."""
    rows = read_rows(DATA / name)
    out = []
    for row in rows:
        answer = str(row["answer"])
        found = made.get((f"{name}: {row['step']}", answer)) if made is not None else None
        if found is not None:
            verdict, reason = found["verdict"], found.get("reason")  # record() drops a None
        else:
            task, others = tasks()[row["step"]]
            j = judge(answer, task.accept, other_options=others, **judge_arguments(task))
            verdict, reason = j.verdict, j.reason
        out.append(Graded(row["step"], answer, row["trainer"], verdict, reason))
    return out


def main() -> None:
    """Each set's figure; with --rows, also each answer the judge and the trainer grade
    apart. Figures alone by default: a set kept unseen (the newest, measured before and
    after a round) stays unseen by whoever runs this to check that no row was lost."""
    rows = "--rows" in sys.argv[1:]
    for name in sorted(p.name for p in DATA.glob("*.yaml")):
        graded = grade(name)
        agree = sum(g.agrees for g in graded)
        print(f"{name}: {agree}/{len(graded)} = {agree / len(graded):.1%} agreement")
        for g in graded if rows else ():
            if not g.agrees:
                print(f"  {g.step}: {g.answer!r}: trainer {g.trainer}, judge {g.verdict}"
                      f" ({g.reason})")


if __name__ == "__main__":
    main()
