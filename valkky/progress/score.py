"""The one score: what the console, ``valkky report`` and its HTML page all show.

A *task* is one question answered to its end in a session: the tries at a step up to
its final answer (right, or the last try). Its score is the judge's score of that final
answer, 0–1: a right answer 1, an almost-right one about 0.9, a wrong one little or
nothing. A trainer's correction counts instead of the judge's verdict: right 1, wrong 0.
The score of a lesson, a day or a learner is the mean over its tasks, shown as a
percentage. It is the figure the robot gives at the end of a lesson ("pisteet 87 %"),
now also where a trainer corrected a verdict, and not the share of all tries
judged right, which counts a word got right at the second try as a miss and a right one.

Pure: rows in (attempts as mappings, the trainer's verdicts by attempt id), tasks out.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

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


class Answer(NamedTuple):
    """One try as it counts: the judge's verdict, or the trainer's where they corrected it.
    (Tuples: a learner's page reads thousands of them.)"""

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
    reason: str | None = None  # the judge's
    corrected: bool = False  # the trainer's verdict differs from the judge's


class Task(NamedTuple):
    session_id: int
    lesson_id: str
    step: str
    at: float  # when its final answer was given
    score: float
    right: bool
    tries: int


COLUMNS = "id, session_id, lesson_id, step, at, verdict, score, final, heard, reason"


def answers(rows: Iterable[Sequence[Any]], overrides: Mapping[int, str]) -> list[Answer]:
    """Attempts (rows of ``COLUMNS`` from the ``attempts`` table, in that order) with the
    trainer's verdicts applied."""
    out = []
    for id_, session_id, lesson_id, step, at, judged, s, final, heard, reason in rows:
        trainer = overrides.get(id_)
        out.append(Answer(
            id_, session_id, lesson_id, step, at, trainer or judged,
            OVERRIDE_SCORE[trainer] if trainer else float(s), bool(final), judged, heard,
            reason, trainer is not None and trainer != judged))
    return out


def tasks(given: Iterable[Answer]) -> list[Task]:
    """The tasks the answers complete, in time order. A task ends at its final answer;
    one the trainer judged right ends there too (later tries at it change nothing). Tries
    of a task not yet ended (a lesson stopped mid-question) are not a task yet."""
    tries: dict[tuple[int, str], int] = {}  # tries so far at a task not yet ended
    ended_early: set[tuple[int, str]] = set()  # ended by the trainer's "right" at a try
    done: list[Task] = []
    for a in sorted(given, key=_when):
        key = (a.session_id, a.step)
        if key in ended_early:  # the rest of its tries belong to it
            if a.final:
                ended_early.discard(key)
            continue
        n = tries.pop(key, 0) + 1
        if a.verdict == "correct" or a.final:
            done.append(Task(a.session_id, a.lesson_id, a.step, a.at, a.score,
                             a.verdict == "correct", n))
            if not a.final:
                ended_early.add(key)
        else:
            tries[key] = n
    return done  # in time order, as the answers that ended them


_when = operator.attrgetter("at", "id")


def mean(of: Iterable[Task]) -> float | None:
    """The score of ``of``, 0–1, or None for no tasks."""
    scores = [t.score for t in of]
    return sum(scores) / len(scores) if scores else None


def percent(score: float | None) -> str:
    """A score as the console and the reports show it: ``87 %`` (``–`` for none)."""
    return "–" if score is None else f"{round(100 * score)} %"


def series(done: Iterable[Task], most: int = 60) -> tuple[str, list[tuple[str, float, int]]]:
    """The score over time: by day, or by week or month where there would be more than
    ``most`` days (a chart and its table stay readable). The unit, and (period, score,
    tasks) in order; periods in UTC as ``2026-11-30``, ``2026-W48`` or ``2026-11``."""
    by_day: dict[int, list[Task]] = defaultdict(list)
    for t in done:
        by_day[int(t.at // 86400)].append(t)
    days = {dt.datetime.fromtimestamp(d * 86400, dt.UTC).date(): ts
            for d, ts in sorted(by_day.items())}
    for unit, label in (("day", lambda d: d.isoformat()),
                        ("week", lambda d: f"{d.isocalendar()[0]}-W{d.isocalendar()[1]:02d}"),
                        ("month", lambda d: f"{d.year}-{d.month:02d}")):
        periods: dict[str, list[Task]] = defaultdict(list)
        for d, ts in days.items():
            periods[label(d)] += ts
        if len(periods) <= most or unit == "month":
            break
    return unit, [(p, mean(ts) or 0.0, len(ts)) for p, ts in periods.items()]
