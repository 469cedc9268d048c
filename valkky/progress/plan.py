"""An individual plan: what a learner should do next, from their profession, level, the
words due and what they missed. A short placement lesson per profession
(``<profession>-kartoitus``) sets the starting level."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from valkky import plural
from valkky.lesson.model import LEVELS, PLACEMENT_SUFFIX, Lesson, is_placement
from valkky.progress import srs
from valkky.progress.score import percent
from valkky.progress.store import Store

REPEAT_BELOW = 0.7  # a completed lesson with a lower score is worth doing again
# The common set in the order a newcomer needs it: say hello, ask for help, numbers and
# times, the signs at work, shifts, time at work, reading dates, labels and rosters, the
# verbs of work, calling in sick, other calls, checking that you understood, the spoken
# Finnish of co-workers, the sounds of Finnish and the word pairs heard at work, the coffee
# break, the work-safety card course, your rights at work, then the B1 tasks: telling a
# new co-worker what to do and telling what happened (a near miss). (The level comes
# first: this orders lessons of a level.)
COMMON_ORDER = ("yleinen-tervehdys", "yleinen-apua", "yleinen-numerot", "yleinen-kyltit",
                "yleinen-tyovuoro", "yleinen-aika", "yleinen-lukeminen", "yleinen-verbit",
                "yleinen-sairastuminen", "yleinen-puhelin", "yleinen-tarkistaminen",
                "yleinen-puhekieli", "yleinen-aanteet", "yleinen-sanaparit",
                "yleinen-kahvitauko", "yleinen-tyoturvallisuuskortti", "yleinen-oikeudet",
                "yleinen-perehdytys", "yleinen-lahelta-piti")


@dataclass(frozen=True)
class Suggestion:
    lesson_id: str
    why: str
    kind: str = "new"  # placement | resume | again | new | review: ``why`` as data
    value: float | None = None  # again: the last score; review: the words due; resume: the step
    total: int | None = None  # resume: the lesson's steps (``valkky run``'s "kohdasta 5/12")


def placement_level(score: float | None) -> str:
    """The starting level a placement lesson's mean score suggests: for a placement
    lesson without bands (a banded one reports its level itself: engine/placement.py)."""
    if score is None or score < 0.5:
        return "A1"
    return "A2" if score < 0.8 else "B1"


def _rank(level: str) -> int:
    first = level.split("-")[0]
    return LEVELS.index(first) if first in LEVELS else 0


def _top(level: str) -> int:
    """A1 before A1-A2 before A2-B1: the narrower, easier lesson first."""
    return _rank(level.split("-")[-1])


def _turns(own: Sequence[Lesson]) -> dict[str, int]:
    """Common and trade lessons take turns: greetings, the trade's tools, asking for
    help, the trade's safety… (even places for the common set, odd for the trade)."""
    trade = sorted((x for x in own if x.profession != "yleinen"),
                   key=lambda x: (_top(x.level), x.id))
    turns = {x.id: 2 * i + 1 for i, x in enumerate(trade)}
    for x in own:
        if x.profession == "yleinen":
            known = x.id in COMMON_ORDER
            turns[x.id] = 2 * (COMMON_ORDER.index(x.id) if known else len(COMMON_ORDER))
    return turns


def _resumed(unfinished: dict[str, int], lessons: Sequence[Lesson]) -> list[Suggestion]:
    """The lessons `valkky run` would resume part-way, first, in its words ("jatketaan
    kohdasta 5/12"); one stopped before its first step ends starts afresh, as a new one."""
    steps = {x.id: len(x.steps) for x in lessons}
    return [Suggestion(lesson_id, f"in progress: resumes at step {at + 1}/{steps[lesson_id]}",
                       "resume", at + 1, steps[lesson_id])
            for lesson_id, at in unfinished.items()
            if lesson_id in steps and 0 < at < steps[lesson_id]]


def plan(store: Store, learner_id: str, lessons: Sequence[Lesson], limit: int = 5
         ) -> list[Suggestion]:
    learner = store.learner(learner_id)
    done: dict[str, float | None] = {}
    unfinished: dict[str, int] = {}  # lesson → where its open session stopped
    for s in store.sessions(learner_id):
        if s["end_reason"] == "completed":
            done[s["lesson_id"]] = s["score"]
        elif s["end_reason"] in (None, "stopped"):  # what `valkky run` resumes (the latest)
            unfinished[s["lesson_id"]] = s["position"]
    own = [x for x in lessons if x.profession in (learner.profession, "yleinen")]
    out = _resumed(unfinished, lessons)
    started = {x.lesson_id for x in out}
    placement = f"{learner.profession}{PLACEMENT_SUFFIX}"
    if learner.level is None and any(x.id == placement for x in lessons) \
            and placement not in done and placement not in started:
        out.append(Suggestion(placement, "placement: sets your starting level", "placement"))
    level = _rank(learner.level or "A1")
    due = srs.due_count(store.db, store.clock(), learner_id)
    for lesson_id, score in done.items():
        # a placement lesson measures; a low score there is a level, not a lesson to redo
        if score is not None and score < REPEAT_BELOW and not is_placement(lesson_id) \
                and lesson_id not in started:
            out.append(Suggestion(lesson_id, f"again: last score {percent(score)}", "again", score))
    turns = _turns(own)
    fresh = sorted((x for x in own if x.id not in done and x.id != placement
                    and x.id not in started and _rank(x.level) <= level + 1),
                   key=lambda x: (abs(_rank(x.level) - level), _top(x.level), turns[x.id],
                                  x.id))
    out += [Suggestion(x.id, f"new, {x.level}, {x.minutes} min") for x in fresh]
    if due:
        out.insert(0 if due >= 10 else min(1, len(out)),
                   Suggestion(next((x.id for x in own if x.id in done), out[0].lesson_id
                                   if out else "-"),
                              f"review: {plural.of(due, 'word')} due (its drill step "
                              "reviews them)",
                              "review", due))
    return out[:limit]
