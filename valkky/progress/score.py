"""The one score: what the console, ``valkky report`` and its HTML page all show.

A *task* is one question answered to its end in a session: the tries at a step up to
its final answer (right, or the last try). Its score is the judge's score of that final
answer, 0–1: a right answer 1, an almost-right one about 0.9, a wrong one little or
nothing. A trainer's correction counts instead of the judge's verdict: right 1, wrong 0.
The score of a lesson, a day or a learner is the mean over its tasks, shown as a
percentage. It is the figure the robot gives at the end of a lesson ("pisteet 0.87" is
87 %), now also where a trainer corrected a verdict, and not the share of all tries
judged right, which counts a word got right at the second try as a miss and a right one.

Pure: rows in (attempts as mappings, the trainer's verdicts by attempt id), tasks out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

OVERRIDE_SCORE = {"correct": 1.0, "wrong": 0.0}

EXPLANATION = {
    "fi": "Pisteet ovat tehtävien keskiarvo. Tehtävä on yksi kysymys vastattuna loppuun: "
          "sen pisteet ovat viimeisen vastauksen pisteet (oikein 100 %, melkein oikein noin "
          "90 %, väärin lähes 0 %). Kun kouluttaja on korjannut arvion, korjaus ratkaisee "
          "(oikein 100 %, väärin 0 %). Sama luku kuin robotin tunnin lopussa antamat pisteet.",
    "en": "The score is the mean over tasks. A task is one question answered to its end: "
          "its score is that of the final answer (right 100 %, almost right about 90 %, "
          "wrong close to 0 %). Where a trainer corrected a verdict, the correction counts "
          "(right 100 %, wrong 0 %). The same figure the robot gives at the end of a lesson.",
}


@dataclass(frozen=True)
class Answer:
    """One try as it counts: the judge's verdict, or the trainer's where they corrected it."""

    id: int
    session_id: int
    lesson_id: str
    step: str
    at: float
    verdict: str
    score: float
    final: bool
    judged: str  # the judge's own verdict
    heard: str = ""

    @property
    def corrected(self) -> bool:
        return self.verdict != self.judged


@dataclass(frozen=True)
class Task:
    session_id: int
    lesson_id: str
    step: str
    at: float  # when its final answer was given
    score: float
    right: bool
    tries: int


def answers(rows: Iterable[Mapping[str, Any]], overrides: Mapping[int, str]
            ) -> list[Answer]:
    """Attempts (rows of the ``attempts`` table) with the trainer's verdicts applied."""
    out = []
    for a in rows:
        trainer = overrides.get(a["id"])
        out.append(Answer(
            id=a["id"], session_id=a["session_id"], lesson_id=a["lesson_id"], step=a["step"],
            at=a["at"], verdict=trainer or a["verdict"],
            score=OVERRIDE_SCORE[trainer] if trainer else float(a["score"]),
            final=bool(a["final"]), judged=a["verdict"], heard=a["heard"]))
    return out


def tasks(given: Iterable[Answer]) -> list[Task]:
    """The tasks the answers complete, in time order. A task ends at its final answer;
    one the trainer judged right ends there too (later tries at it change nothing). Tries
    of a task not yet ended (a lesson stopped mid-question) are not a task yet."""
    open_: dict[tuple[int, str], list[Answer]] = {}
    done: list[Task] = []
    for a in sorted(given, key=lambda x: (x.at, x.id)):
        key = (a.session_id, a.step)
        tries = open_.setdefault(key, [])
        if tries and tries[-1].verdict == "correct" and not tries[-1].final:
            # ended by the trainer's "right" at an earlier try: the rest belongs to it
            if a.final:
                open_.pop(key)
            continue
        tries.append(a)
        if a.verdict == "correct" or a.final:
            done.append(Task(a.session_id, a.lesson_id, a.step, a.at, a.score,
                             a.verdict == "correct", len(tries)))
            if a.final:
                open_.pop(key)
    return sorted(done, key=lambda t: t.at)


def mean(of: Iterable[Task]) -> float | None:
    """The score of ``of``, 0–1, or None for no tasks."""
    scores = [t.score for t in of]
    return sum(scores) / len(scores) if scores else None


def percent(score: float | None) -> str:
    """A score as the console and the reports show it: ``87 %`` (``–`` for none)."""
    return "–" if score is None else f"{round(100 * score)} %"
