"""What trainers read: a learner's progress, a lesson's weak steps, the review queue."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from valkky import plural
from valkky.lesson.model import Lesson
from valkky.lesson.questions import question
from valkky.progress import overrides, score, srs
from valkky.progress.reasons import tally
from valkky.progress.score import Task
from valkky.progress.store import Store, where

# a task whose step the lesson no longer has (or a lesson no longer in the library)
GONE = "(a question no longer in the lesson)"


@dataclass
class StepStats:
    lesson_id: str
    step: str
    answers: int = 0
    missed: int = 0  # wrong or almost (as they count: the trainer's verdict where given)
    reasons: Counter = field(default_factory=Counter)
    heard: Counter = field(default_factory=Counter)  # what was heard when missed
    # the trainer's corrections: (what was heard, the judge's verdict, the trainer's)
    corrected: Counter = field(default_factory=Counter)

    @property
    def miss_rate(self) -> float:
        return self.missed / self.answers if self.answers else 0.0


def counted(store: Store, *, learner_id: str | None = None, lesson_id: str | None = None
            ) -> list[score.Answer]:
    """The attempts as they count (the trainer's verdict where they corrected one), in
    the order they were given."""
    clause, args = where(learner_id=learner_id, lesson_id=lesson_id)
    rows = store.db.execute(f"SELECT {score.COLUMNS} FROM attempts {clause} ORDER BY at, id",
                            args)
    return score.answers(rows, overrides.latest(store, learner_id=learner_id,
                                                lesson_id=lesson_id))


def step_stats(store: Store, *, lesson_id: str | None = None,
               learner_id: str | None = None) -> list[StepStats]:
    return _step_stats(counted(store, learner_id=learner_id, lesson_id=lesson_id))


def _step_stats(given: list[score.Answer]) -> list[StepStats]:
    stats: dict[tuple[str, str], StepStats] = {}
    for a in given:
        key = (a.lesson_id, a.step)
        s = stats.get(key)
        if s is None:
            s = stats[key] = StepStats(a.lesson_id, a.step)
        s.answers += 1
        if a.corrected:
            s.corrected[(a.heard, a.judged, a.verdict)] += 1
        if a.verdict in ("wrong", "almost"):
            s.missed += 1
            s.reasons[("trainer" if a.corrected else a.reason) or a.verdict] += 1
            s.heard[a.heard] += 1
    return sorted(stats.values(), key=lambda s: (-s.missed, -s.miss_rate, s.lesson_id, s.step))


def review_queue(store: Store, lesson_id: str | None = None,
                 lessons: Mapping[str, Lesson | None] | None = None) -> str:
    """Answers judged wrong or almost most often, per step, and the verdicts a trainer
    corrected: candidates for a lesson's `accept` list, a `mistakes:` entry or the
    lexicon. ``lessons`` (the library by id) names each step's question as the robot
    asks it, beside its id."""
    rows = [s for s in step_stats(store, lesson_id=lesson_id) if s.missed or s.corrected]
    if not rows:
        return "No wrong or almost answers recorded yet."
    out = []
    for s in rows:
        asked = question((lessons or {}).get(s.lesson_id), s.step)
        shown = f' "{asked.text}"' if asked else ""
        out.append(f"{s.lesson_id} {s.step}{shown}: {s.missed} of {s.answers} answers missed "
                   f"({tally(s.reasons)})")
        for text, n in s.heard.most_common(5):
            out.append(f"    {n}× \"{text}\"")
        for (text, judged, trainer), n in s.corrected.most_common():
            said = "right" if trainer == "correct" else "wrong"
            out.append(f"    trainer: \"{text}\" was {said} (judged {judged}), {n}×")
    return "\n".join(out)


@dataclass
class LearnerReport:
    learner_id: str
    sessions: int
    completed: int
    answers: int
    tasks: int
    right: int  # tasks ended right
    score: float | None  # the one score (valkky.progress.score), 0-1
    corrected: int  # answers whose verdict a trainer corrected
    by_verdict: Counter
    by_reason: Counter
    due: int
    daily: list[tuple[str, float, int]]  # (date, score, tasks)
    weak_steps: list[StepStats]
    done: list[Task] = field(default_factory=list)  # the tasks, in time order


def learner_report(store: Store, learner_id: str) -> LearnerReport:
    store.learner(learner_id)
    given = counted(store, learner_id=learner_id)
    done = score.tasks(given)
    sessions = store.sessions(learner_id)
    return LearnerReport(
        learner_id=learner_id, sessions=len(sessions),
        completed=sum(s["end_reason"] == "completed" for s in sessions),
        answers=len(given), tasks=len(done), right=sum(t.right for t in done),
        score=score.mean(done), corrected=sum(a.corrected for a in given),
        by_verdict=Counter(a.verdict for a in given),
        by_reason=Counter(a.reason for a in given
                          if a.reason and not a.corrected and a.verdict != "correct"),
        due=srs.due_count(store.db, store.clock(), learner_id),
        daily=score.series(done, most=10**6)[1],
        weak_steps=[s for s in _step_stats(given) if s.missed][:10], done=done)


def learner_text(r: LearnerReport, lessons: Mapping[str, Lesson] | None = None) -> str:
    """The report as text; ``lessons`` (the library by id) names the questions to
    practise as the robot asks them."""
    corrected = f", {r.corrected} verdicts corrected by a trainer" if r.corrected else ""
    lines = [f"Learner {r.learner_id}: {plural.of(r.sessions, 'session')} ({r.completed} "
             f"completed), {plural.of(r.answers, 'answer')} to {plural.of(r.tasks, 'task')} "
             f"({r.right} right){corrected}, score {score.percent(r.score)}, "
             f"{plural.of(r.due, 'word')} due for review",
             "(score: the mean of each task's final answer, 0-100 %; a trainer's correction "
             "counts instead of the judge's verdict)"]
    if r.by_reason:
        lines.append("Almost/wrong by reason: " + tally(r.by_reason))
    for day, day_score, n in r.daily:
        lines.append(f"  {day}  score {score.percent(day_score)}  ({plural.of(n, 'task')})")
    for s in r.weak_steps:
        lesson = (lessons or {}).get(s.lesson_id)
        asked = question(lesson, s.step)
        what = f'"{asked.text}"' if asked else GONE  # never the task's key (step-29.nimi)
        lines.append(f"  to practise: {lesson.title if lesson else s.lesson_id}: {what} "
                     f"({s.missed}/{s.answers} missed)")
    return "\n".join(lines)


def lesson_text(store: Store, lesson_id: str, lesson: Lesson | None = None) -> str:
    """The lesson across learners, step by step; ``lesson`` names each step's question."""
    rows = step_stats(store, lesson_id=lesson_id)
    if not rows:
        return f"No answers recorded for lesson {lesson_id}."
    learners = {a["learner_id"] for a in store.attempts(lesson_id=lesson_id)}
    lesson_score = score.mean(score.tasks(counted(store, lesson_id=lesson_id)))
    lines = [f"Lesson {lesson_id}: {plural.of(len(learners), 'learner')}, score "
             f"{score.percent(lesson_score)}"]
    reasons: Counter = Counter()
    for s in rows:
        reasons.update(s.reasons)
        asked = question(lesson, s.step)
        lines.append(f"  {s.step:24} {s.missed:3}/{s.answers:<3} missed  "
                     + tally(s.reasons, most=3)
                     + (f'  "{asked.text}"' if asked else ""))
    lines.append("Reasons overall: " + tally(reasons))
    return "\n".join(lines)


def attempts_csv(store: Store, *, learner_id: str | None = None,
                 lesson_id: str | None = None) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["at", "learner", "lesson", "step", "try", "verdict", "reason", "score",
                     "heard", "closest", "trainer_verdict"])
    import datetime as dt

    trainer = overrides.latest(store, learner_id=learner_id, lesson_id=lesson_id)
    for a in store.attempts(learner_id=learner_id, lesson_id=lesson_id):
        writer.writerow([dt.datetime.fromtimestamp(a["at"], dt.UTC).isoformat(timespec="seconds"),
                         a["learner_id"], a["lesson_id"], a["step"], a["try"], a["verdict"],
                         a["reason"] or "", a["score"], a["heard"], a["closest"] or "",
                         trainer.get(a["id"], "")])
    return buf.getvalue()
