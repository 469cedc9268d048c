"""What trainers read: a learner's progress, a lesson's weak steps, the review queue."""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from valkky.progress import srs
from valkky.progress.store import Store


@dataclass
class StepStats:
    lesson_id: str
    step: str
    answers: int = 0
    missed: int = 0  # wrong or almost
    reasons: Counter = field(default_factory=Counter)
    heard: Counter = field(default_factory=Counter)  # what was heard when missed

    @property
    def miss_rate(self) -> float:
        return self.missed / self.answers if self.answers else 0.0


def step_stats(store: Store, *, lesson_id: str | None = None,
               learner_id: str | None = None) -> list[StepStats]:
    stats: dict[tuple[str, str], StepStats] = {}
    for a in store.attempts(lesson_id=lesson_id, learner_id=learner_id):
        s = stats.setdefault((a["lesson_id"], a["step"]), StepStats(a["lesson_id"], a["step"]))
        s.answers += 1
        if a["verdict"] in ("wrong", "almost"):
            s.missed += 1
            s.reasons[a["reason"] or a["verdict"]] += 1
            s.heard[a["heard"]] += 1
    return sorted(stats.values(), key=lambda s: (-s.missed, -s.miss_rate, s.lesson_id, s.step))


def review_queue(store: Store, lesson_id: str | None = None) -> str:
    """Answers judged wrong or almost most often, per step: candidates for a lesson's
    `accept` list or a `mistakes:` entry."""
    rows = [s for s in step_stats(store, lesson_id=lesson_id) if s.missed]
    if not rows:
        return "No wrong or almost answers recorded yet."
    out = []
    for s in rows:
        out.append(f"{s.lesson_id} {s.step}: {s.missed} of {s.answers} answers missed "
                   f"({', '.join(f'{r} {n}' for r, n in s.reasons.most_common())})")
        for text, n in s.heard.most_common(5):
            out.append(f"    {n}× \"{text}\"")
    return "\n".join(out)


@dataclass
class LearnerReport:
    learner_id: str
    sessions: int
    completed: int
    answers: int
    correct: int
    by_verdict: Counter
    by_reason: Counter
    due: int
    daily: list[tuple[str, float, int]]  # (date, mean score, answers)
    weak_steps: list[StepStats]


def learner_report(store: Store, learner_id: str) -> LearnerReport:
    import datetime as dt

    store.learner(learner_id)
    attempts = store.attempts(learner_id=learner_id)
    sessions = store.sessions(learner_id)
    per_day: dict[str, list[float]] = defaultdict(list)
    for a in attempts:
        day = dt.datetime.fromtimestamp(a["at"], dt.UTC).date().isoformat()
        per_day[day].append(a["score"])
    return LearnerReport(
        learner_id=learner_id, sessions=len(sessions),
        completed=sum(s["end_reason"] == "completed" for s in sessions),
        answers=len(attempts), correct=sum(a["verdict"] == "correct" for a in attempts),
        by_verdict=Counter(a["verdict"] for a in attempts),
        by_reason=Counter(a["reason"] for a in attempts if a["reason"]),
        due=srs.due_count(store.db, store.clock(), learner_id),
        daily=[(d, sum(v) / len(v), len(v)) for d, v in sorted(per_day.items())],
        weak_steps=[s for s in step_stats(store, learner_id=learner_id) if s.missed][:10])


def learner_text(r: LearnerReport) -> str:
    rate = f"{r.correct / r.answers:.0%}" if r.answers else "-"
    lines = [f"Learner {r.learner_id}: {r.sessions} sessions ({r.completed} completed), "
             f"{r.answers} answers, {rate} correct, {r.due} words due for review"]
    if r.by_reason:
        lines.append("Almost/wrong by reason: " + ", ".join(
            f"{k} {v}" for k, v in r.by_reason.most_common()))
    for day, score, n in r.daily:
        lines.append(f"  {day}  mean score {score:.2f}  ({n} answers)")
    for s in r.weak_steps:
        lines.append(f"  to practise: {s.lesson_id} {s.step} ({s.missed}/{s.answers} missed)")
    return "\n".join(lines)


def lesson_text(store: Store, lesson_id: str) -> str:
    rows = step_stats(store, lesson_id=lesson_id)
    if not rows:
        return f"No answers recorded for lesson {lesson_id}."
    learners = {a["learner_id"] for a in store.attempts(lesson_id=lesson_id)}
    lines = [f"Lesson {lesson_id}: {len(learners)} learners"]
    reasons: Counter = Counter()
    for s in rows:
        reasons.update(s.reasons)
        lines.append(f"  {s.step:24} {s.missed:3}/{s.answers:<3} missed  "
                     + ", ".join(f"{k} {v}" for k, v in s.reasons.most_common(3)))
    lines.append("Reasons overall: " + ", ".join(f"{k} {v}" for k, v in reasons.most_common()))
    return "\n".join(lines)


def attempts_csv(store: Store, *, learner_id: str | None = None,
                 lesson_id: str | None = None) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["at", "learner", "lesson", "step", "try", "verdict", "reason", "score",
                     "heard", "closest"])
    import datetime as dt

    for a in store.attempts(learner_id=learner_id, lesson_id=lesson_id):
        writer.writerow([dt.datetime.fromtimestamp(a["at"], dt.UTC).isoformat(timespec="seconds"),
                         a["learner_id"], a["lesson_id"], a["step"], a["try"], a["verdict"],
                         a["reason"] or "", a["score"], a["heard"], a["closest"] or ""])
    return buf.getvalue()
