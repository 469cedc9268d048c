"""Page 2, a learner: the score and how it is counted, the score over time (a chart with
its numbers), lessons done and in progress (where the next session resumes), the words
due for review, the questions most missed (as the robot asked them) and the plan."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from valkky.console.learners import find
from valkky.console.web import Library, in_db, lang_of, library, render, translator
from valkky.lesson import model as m
from valkky.lesson.questions import question, step_text
from valkky.progress import plan, score
from valkky.progress.charts import VERDICT_COLOURS, bar_chart, line_chart
from valkky.progress.reasons import reason_words, tally
from valkky.progress.reports import LearnerReport, learner_report
from valkky.progress.store import Learner, Store

VERDICTS = ("correct", "almost", "wrong", "silence")


@dataclass
class LessonRow:
    lesson_id: str
    title: str
    at: float  # the last session's start
    score: float | None = None
    resume: str = ""  # in progress: where it goes on
    position: int = 0
    steps: int = 0


@dataclass
class Missed:
    lesson: str
    asked: str
    kind: str
    missed: int
    answers: int
    heard: list[tuple[str, int]]


@dataclass
class LearnerView:
    learner: Learner
    report: LearnerReport
    done: list[LessonRow] = field(default_factory=list)
    going: list[LessonRow] = field(default_factory=list)
    due: list[tuple[str, str, float]] = field(default_factory=list)  # word, gloss, due
    missed: list[Missed] = field(default_factory=list)
    plan: list[tuple[str, str, plan.Suggestion]] = field(default_factory=list)


def gather(store: Store, learner_id: str, lib: Library) -> LearnerView:
    """Everything the page shows, read on the database thread."""
    learner = find(store, learner_id)
    view = LearnerView(learner, learner_report(store, learner_id))
    by_session: dict[int, list[score.Task]] = defaultdict(list)
    for t in view.report.done:
        by_session[t.session_id].append(t)
    done: dict[str, LessonRow] = {}
    going: dict[str, LessonRow] = {}
    for s in store.sessions(learner_id):
        lesson = lib.lessons.get(s["lesson_id"])
        row = LessonRow(s["lesson_id"], lib.title(s["lesson_id"]), s["started_at"],
                        score.mean(by_session[s["id"]]))
        if s["end_reason"] == "completed":
            done[s["lesson_id"]] = row
            going.pop(s["lesson_id"], None)
        elif s["end_reason"] in (None, "stopped"):
            row.position = s["position"]
            if lesson is not None:
                row.steps = len(lesson.steps)
                if s["position"] < len(lesson.steps):
                    row.resume = step_text(lesson.steps[s["position"]])
            going[s["lesson_id"]] = row
    view.done = sorted(done.values(), key=lambda r: -r.at)
    view.going = sorted(going.values(), key=lambda r: -r.at)
    lang = learner.lang or "en"
    for c in store.db.execute("SELECT word, glosses, due FROM cards WHERE learner_id=? AND "
                              "due<=? ORDER BY due", (learner_id, store.clock())):
        view.due.append((c["word"], json.loads(c["glosses"]).get(lang, ""), c["due"]))
    for s in view.report.weak_steps:
        asked = question(lib.lessons.get(s.lesson_id), s.step)
        view.missed.append(Missed(lib.title(s.lesson_id), asked.text if asked else "",
                                  asked.kind if asked else "", s.missed, s.answers,
                                  s.heard.most_common(3)))
    lessons: list[m.Lesson] = list(lib.lessons.values())
    view.plan = [(x.lesson_id, lib.title(x.lesson_id), x)
                 for x in plan.plan(store, learner_id, lessons)]
    return view


def _why(t: Any, s: plan.Suggestion, lib: Library) -> str:
    if s.kind == "placement":
        return str(t("plan.placement"))
    if s.kind == "resume":
        return str(t("plan.resume", step=int(s.value or 0), total=s.total or ""))
    if s.kind == "again":
        return str(t("plan.again", score=score.percent(s.value)))
    if s.kind == "review":
        due = int(s.value or 0)
        return str(t("plan.review_one" if due == 1 else "plan.review", due=due))
    lesson = lib.lessons.get(s.lesson_id)
    return str(t("plan.new", level=lesson.level if lesson else "",
                 minutes=lesson.minutes if lesson else ""))


async def page(request: Request) -> Response:
    t = translator(request)
    lang = lang_of(request)
    lib = await library(request)
    learner_id = request.path_params["learner_id"]
    view = await in_db(request, lambda store: gather(store, learner_id, lib))
    r = view.report
    unit, points = score.series(r.done)
    chart = line_chart(
        [(_period(p, unit, lang, short=True), v) for p, v, _ in points],
        title=t(f"learner.chart.{unit}"),
        desc=t("learner.chart_desc", n=len(points), unit=t(f"learner.units.{unit}"),
               first=score.percent(points[0][1]), last=score.percent(points[-1][1]))
        if points else "", empty=t("learner.no_answers"))
    verdicts = bar_chart({k: r.by_verdict[k] for k in VERDICTS if r.by_verdict[k]},
                         title=t("learner.verdicts"),
                         desc=", ".join(f"{t('verdict.' + k)} {r.by_verdict[k]}"
                                        for k in VERDICTS if r.by_verdict[k]),
                         colours=VERDICT_COLOURS,
                         names={k: t("verdict." + k) for k in VERDICTS},
                         empty=t("learner.no_answers"))
    # the judge's reasons in words, never their codes
    said = {k: reason_words(k, lang) for k in r.by_reason}
    reasons = bar_chart(dict(r.by_reason), title=t("learner.reasons"),
                        desc=tally(r.by_reason, lang), names=said, empty=t("learner.no_misses"))
    return render(request, "learner.html", title=t("learner.title", id=view.learner.id),
                  v=view, r=r, lib=lib, chart=chart, verdicts=verdicts, reasons=reasons,
                  percent=score.percent,
                  explanation=score.EXPLANATION[lang],
                  unit=unit, table=[(_period(p, unit, lang), v, n) for p, v, n in points],
                  plan=[(lid, title, _why(t, s, lib)) for lid, title, s in view.plan],
                  profession=lib.profession(view.learner.profession, lang))


def _period(period: str, unit: str, lang: str, *, short: bool = False) -> str:
    """``2026-11-30``, ``2026-W48`` or ``2026-11`` as the trainer reads it."""
    if unit == "week":
        year, week = period.split("-W")
        if lang == "fi":
            return f"vk {int(week)}" if short else f"viikko {int(week)}/{year}"
        return f"wk {int(week)}" if short else f"week {int(week)}, {year}"
    if unit == "month":
        year, month = period.split("-")
        return f"{int(month)}/{year}" if lang == "fi" else period
    year, month, d = period.split("-")
    if lang == "fi":
        return f"{int(d)}.{int(month)}." if short else f"{int(d)}.{int(month)}.{year}"
    return f"{month}-{d}" if short else period


routes = [Route("/learners/{learner_id}", page)]
text = {
    "learner.title": {"fi": "Oppija {id}", "en": "Learner {id}"},
    "learner.facts": {"fi": "Perustiedot", "en": "Details"},
    "learner.score": {"fi": "Pisteet", "en": "Score"},
    "learner.how": {"fi": "Miten pisteet lasketaan?", "en": "How is the score counted?"},
    "learner.counts": {"fi": "{tasks} tehtävää, joista {right} oikein; {answers} vastausta "
                             "{sessions} istunnossa.",
                       "en": "{tasks} tasks, {right} of them right; {answers} answers in "
                             "{sessions} sessions."},
    "learner.corrected": {"fi": "Kouluttaja on korjannut {n} arviota.",
                          "en": "A trainer corrected {n} verdicts."},
    "learner.progress": {"fi": "Edistyminen", "en": "Progress"},
    "learner.chart.day": {"fi": "Pisteet päivittäin", "en": "Score per day"},
    "learner.chart.week": {"fi": "Pisteet viikoittain", "en": "Score per week"},
    "learner.chart.month": {"fi": "Pisteet kuukausittain", "en": "Score per month"},
    "learner.units.day": {"fi": "päivältä", "en": "days"},
    "learner.units.week": {"fi": "viikolta", "en": "weeks"},
    "learner.units.month": {"fi": "kuukaudelta", "en": "months"},
    "learner.chart_desc": {"fi": "Pisteet {n} {unit}: ensimmäinen {first}, viimeisin {last}.",
                           "en": "The score over {n} {unit}: first {first}, last {last}."},
    "learner.period.day": {"fi": "Päivä", "en": "Day"},
    "learner.period.week": {"fi": "Viikko", "en": "Week"},
    "learner.period.month": {"fi": "Kuukausi", "en": "Month"},
    "learner.chart_table": {"fi": "Kaavion luvut taulukkona", "en": "The chart as a table"},
    "learner.tasks": {"fi": "Tehtäviä", "en": "Tasks"},
    "learner.verdicts": {"fi": "Vastaukset arvion mukaan", "en": "Answers by verdict"},
    "learner.no_answers": {"fi": "Ei vielä vastauksia.", "en": "No answers yet."},
    "learner.lessons": {"fi": "Tunnit", "en": "Lessons"},
    "learner.going": {"fi": "Kesken", "en": "In progress"},
    "learner.done": {"fi": "Valmiit", "en": "Completed"},
    "learner.lesson": {"fi": "Tunti", "en": "Lesson"},
    "learner.started": {"fi": "Aloitettu", "en": "Started"},
    "learner.resume": {"fi": "Jatkuu kohdasta", "en": "Resumes at"},
    "learner.step_of": {"fi": "kohta {n}/{of}", "en": "step {n} of {of}"},
    "learner.none_going": {"fi": "Ei keskeneräisiä tunteja.", "en": "No lessons in progress."},
    "learner.none_done": {"fi": "Ei vielä valmiita tunteja.", "en": "No lessons completed yet."},
    "learner.due": {"fi": "Kertattavat sanat", "en": "Words due for review"},
    "learner.word": {"fi": "Sana", "en": "Word"},
    "learner.gloss": {"fi": "Käännös", "en": "Translation"},
    "learner.due_since": {"fi": "Kerrattavana alkaen", "en": "Due since"},
    "learner.none_due": {"fi": "Ei kertattavia sanoja nyt.", "en": "No words due now."},
    "learner.missed": {"fi": "Useimmin väärin menneet", "en": "Most often missed"},
    "learner.asked": {"fi": "Robotti kysyi", "en": "The robot asked"},
    "learner.missed_n": {"fi": "Väärin / vastauksia", "en": "Missed / answers"},
    "learner.heard": {"fi": "Kuultiin", "en": "Heard"},
    "learner.drill": {"fi": "Sanaharjoitus: {word}", "en": "Word drill: {word}"},
    "learner.gone": {"fi": "(kysymys ei ole enää tunnilla)",
                     "en": "(a question no longer in the lesson)"},
    "learner.none_missed": {"fi": "Ei väärin menneitä vastauksia.", "en": "No missed answers."},
    "learner.review": {"fi": "Tarkista oppijan vastauksia", "en": "Review the learner's answers"},
    "learner.plan": {"fi": "Suunnitelma: seuraavat tunnit", "en": "Plan: the next lessons"},
    "learner.why": {"fi": "Miksi", "en": "Why"},
    "learner.none_plan": {"fi": "Ei ehdotuksia.", "en": "No suggestions."},
    "plan.placement": {"fi": "tasotesti: määrittää lähtötason",
                       "en": "placement: sets the starting level"},
    "plan.resume": {"fi": "kesken: jatketaan kohdasta {step}/{total}",
                    "en": "in progress: resumes at step {step}/{total}"},
    "plan.again": {"fi": "uudelleen: viimeksi {score}", "en": "again: last score {score}"},
    "plan.review": {"fi": "kertaus: {due} sanaa kerrattavana",
                    "en": "review: {due} words due"},
    "plan.review_one": {"fi": "kertaus: 1 sana kerrattavana", "en": "review: 1 word due"},
    "plan.new": {"fi": "uusi, {level}, {minutes} min", "en": "new, {level}, {minutes} min"},
    "learner.reasons": {"fi": "Melkein ja väärin: syyt", "en": "Almost and wrong, by reason"},
    "learner.no_misses": {"fi": "Ei melkein tai väärin arvioituja vastauksia.",
                          "en": "No answers judged almost or wrong."},
    "verdict.correct": {"fi": "oikein", "en": "right"},
    "verdict.almost": {"fi": "melkein", "en": "almost"},
    "verdict.wrong": {"fi": "väärin", "en": "wrong"},
    "verdict.silence": {"fi": "ei vastausta", "en": "no answer"},
}
