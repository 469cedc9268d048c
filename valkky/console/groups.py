"""Page 6, a group's report: the learners of a workplace, who practised in a week (and
who did not), and the words and answers that are hard for many of them."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from valkky.console.web import Library, Nav, in_db, library, render, translator
from valkky.lesson.questions import question
from valkky.progress import score
from valkky.progress.reports import counted
from valkky.progress.store import Learner, Store

HARD_ROWS = 20


@dataclass
class Practice:
    learner: Learner
    sessions: int = 0
    tasks: int = 0
    score: float | None = None
    last_at: float | None = None


@dataclass
class Hard:
    text: str  # the word (a drill item) or the answer expected
    drill: bool
    missed_by: set[str] = field(default_factory=set)  # learners
    answered_by: set[str] = field(default_factory=set)
    missed: int = 0


@dataclass
class GroupView:
    workplace: str
    practised: list[Practice]
    idle: list[Practice]
    hard: list[Hard]


def week_of(text: str | None, now: float) -> tuple[int, int]:
    """(ISO year, week) of ``2026-W48``, else this week."""
    if text:
        try:
            year, week = text.split("-W")
            dt.date.fromisocalendar(int(year), int(week), 1)
            return int(year), int(week)
        except ValueError:
            pass
    iso = dt.datetime.fromtimestamp(now).isocalendar()
    return iso.year, iso.week


def week_bounds(year: int, week: int) -> tuple[float, float]:
    """Monday 00:00 to the next Monday, in this machine's time zone."""
    start = dt.datetime.combine(dt.date.fromisocalendar(year, week, 1), dt.time())
    return start.timestamp(), (start + dt.timedelta(days=7)).timestamp()


def workplaces(store: Store) -> list[tuple[str, int]]:
    counts: dict[str, int] = defaultdict(int)
    for x in store.learners():
        if x.workplace:
            counts[x.workplace] += 1
    return sorted(counts.items(), key=lambda kv: kv[0].lower())


def gather(store: Store, lib: Library, workplace: str, start: float, end: float
           ) -> GroupView:
    members = {x.id: x for x in store.learners() if x.workplace == workplace}
    practice = {i: Practice(x) for i, x in members.items()}
    hard: dict[str, Hard] = {}
    for learner_id, p in practice.items():
        in_week = []
        for s in store.sessions(learner_id):
            p.last_at = max(p.last_at or 0.0, s["started_at"])
            if start <= s["started_at"] < end:
                p.sessions += 1
                in_week.append(s["id"])
        given = counted(store, learner_id=learner_id)
        week_tasks = [t for t in score.tasks(given) if start <= t.at < end]
        p.tasks, p.score = len(week_tasks), score.mean(week_tasks)
        closest = dict(store.db.execute("SELECT id, closest FROM attempts WHERE "
                                        "learner_id=?", (learner_id,)).fetchall())
        for a in given:
            if not (a.final or a.verdict == "correct"):
                continue  # a task is decided by its last answer
            asked = question(lib.lessons.get(a.lesson_id), a.step)
            drill = asked is not None and asked.kind == "drill"
            text = (asked.text if drill and asked else closest[a.id]
                    or (asked.text if asked else ""))
            if not text:
                continue
            h = hard.setdefault(text.lower(), Hard(text, drill))
            h.answered_by.add(learner_id)
            if a.verdict != "correct":
                h.missed_by.add(learner_id)
                h.missed += 1
    practised = sorted((p for p in practice.values() if p.sessions),
                       key=lambda p: -(p.tasks))
    idle = sorted((p for p in practice.values() if not p.sessions),
                  key=lambda p: p.learner.id)
    ranked = sorted((h for h in hard.values() if h.missed_by),
                    key=lambda h: (-len(h.missed_by), -h.missed, h.text))
    return GroupView(workplace, practised, idle, ranked[:HARD_ROWS])


async def page(request: Request) -> Response:
    t = translator(request)
    c = request.app.state.console
    workplace = request.query_params.get("workplace", "")
    if not workplace:
        groups = await in_db(request, workplaces)
        return render(request, "groups.html", title=t("groups.title"), groups=groups,
                      view=None)
    lib = await library(request)
    year, week = week_of(request.query_params.get("week"), c.clock())
    start, end = week_bounds(year, week)
    view = await in_db(request, lambda store: gather(store, lib, workplace, start, end))

    def link(delta: int) -> str:
        day = dt.date.fromisocalendar(year, week, 1) + dt.timedelta(weeks=delta)
        y, w, _ = day.isocalendar()
        return "/groups?" + urlencode({"workplace": workplace, "week": f"{y}-W{w:02d}"})

    last_day = dt.date.fromisocalendar(year, week, 7)
    first_day = dt.date.fromisocalendar(year, week, 1)
    return render(request, "groups.html", title=t("groups.group", name=workplace),
                  view=view, groups=None, week=week, year=year, previous=link(-1),
                  next_=link(1), first=first_day, last=last_day, percent=score.percent)


routes = [Route("/groups", page)]
nav = Nav("/groups", fi="Ryhmät", en="Groups")
text = {
    "groups.title": {"fi": "Ryhmät (työpaikat)", "en": "Groups (workplaces)"},
    "groups.group": {"fi": "Ryhmä: {name}", "en": "Group: {name}"},
    "groups.intro": {"fi": "Oppijan ryhmä on hänen työpaikkansa; sen voi antaa, kun oppija "
                           "lisätään.",
                     "en": "A learner's group is their workplace, given when the learner "
                           "is added."},
    "groups.name": {"fi": "Työpaikka", "en": "Workplace"},
    "groups.members": {"fi": "Oppijoita", "en": "Learners"},
    "groups.none": {"fi": "Yhdelläkään oppijalla ei ole vielä työpaikkaa.",
                    "en": "No learner has a workplace yet."},
    "groups.week": {"fi": "Viikko {week}/{year} ({first}–{last})",
                    "en": "Week {week} of {year} ({first} to {last})"},
    "groups.previous": {"fi": "Edellinen viikko", "en": "Previous week"},
    "groups.next": {"fi": "Seuraava viikko", "en": "Next week"},
    "groups.practised": {"fi": "Harjoitelleet viikolla", "en": "Practised in the week"},
    "groups.idle": {"fi": "Eivät harjoitelleet viikolla",
                    "en": "Did not practise in the week"},
    "groups.sessions": {"fi": "Istuntoja", "en": "Sessions"},
    "groups.tasks": {"fi": "Tehtäviä", "en": "Tasks"},
    "groups.score": {"fi": "Viikon pisteet", "en": "Score this week"},
    "groups.last": {"fi": "Viimeksi harjoiteltu", "en": "Last practised"},
    "groups.nobody": {"fi": "Ei kukaan.", "en": "Nobody."},
    "groups.never": {"fi": "ei koskaan", "en": "never"},
    "groups.everybody": {"fi": "Kaikki harjoittelivat.", "en": "Everybody practised."},
    "groups.hard": {"fi": "Vaikeat sanat ja vastaukset", "en": "Hard words and answers"},
    "groups.hard_intro": {"fi": "Ryhmän kaikista vastauksista; ensin ne, joihin useimmat "
                                "oppijat vastasivat väärin.",
                          "en": "From all the group's answers: those missed by the most "
                                "learners first."},
    "groups.item": {"fi": "Sana tai odotettu vastaus", "en": "Word or expected answer"},
    "groups.missed_by": {"fi": "Väärin vastanneita / vastanneita",
                         "en": "Learners who missed it / who answered it"},
    "groups.times": {"fi": "Kertoja väärin", "en": "Times missed"},
    "groups.no_hard": {"fi": "Ei väärin menneitä vastauksia.", "en": "No missed answers."},
}
