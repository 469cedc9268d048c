"""Page 3, reviewing answers: each answer with what the robot asked, what it heard and
the judge's verdict; the trainer can say "that was right" or "that was wrong". The
correction is stored beside the judge's verdict (``progress.overrides``), counts in the
score and reports, reviews the word's card, and shows in ``valkky review``."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from valkky.console.web import Library, Nav, form, in_db, library, render, translator
from valkky.lesson.questions import question
from valkky.progress import overrides
from valkky.progress.reports import counted
from valkky.progress.store import Store, StoreError

LIMIT = 100  # answers on a page, newest first
SHOWS = ("missed", "corrected", "all")


@dataclass(frozen=True)
class Row:
    id: int
    at: float
    learner_id: str
    lesson: str
    asked: str
    kind: str
    heard: str
    closest: str
    judged: str
    trainer: str | None  # the trainer's verdict, where they gave one
    try_: int


def answers(store: Store, lib: Library, learner_id: str | None, lesson_id: str | None,
            show: str) -> tuple[list[Row], int]:
    """The answers to show, newest first (at most LIMIT), and how many there are."""
    picked = []
    for a in reversed(counted(store, learner_id=learner_id, lesson_id=lesson_id)):
        if show == "missed" and not (a.verdict != "correct" or a.corrected):
            continue
        if show == "corrected" and not a.corrected:
            continue
        picked.append(a)
    shown = picked[:LIMIT]
    more = {r[0]: r for r in store.db.execute(
        f"SELECT id, learner_id, closest, try FROM attempts WHERE id IN "
        f"({','.join('?' * len(shown))})", [a.id for a in shown])} if shown else {}
    out = []
    for a in shown:
        _, learner, closest, try_ = more[a.id]
        asked = question(lib.lessons.get(a.lesson_id), a.step)
        out.append(Row(a.id, a.at, learner, lib.title(a.lesson_id),
                       asked.text if asked else "", asked.kind if asked else "", a.heard,
                       closest or "", a.judged, a.verdict if a.corrected else None, try_))
    return out, len(picked)


def choices(store: Store) -> tuple[list[str], list[str]]:
    """The learners and the lessons that have answers, for the filters."""
    learners = [r[0] for r in store.db.execute(
        "SELECT DISTINCT learner_id FROM attempts ORDER BY learner_id")]
    lessons = [r[0] for r in store.db.execute(
        "SELECT DISTINCT lesson_id FROM attempts ORDER BY lesson_id")]
    return learners, lessons


async def index(request: Request) -> Response:
    t = translator(request)
    lib = await library(request)
    q = request.query_params
    learner_id = q.get("learner") or None
    lesson_id = q.get("lesson") or None
    show = q.get("show") or "missed"
    show = show if show in SHOWS else "missed"
    rows, total = await in_db(request, lambda store: answers(store, lib, learner_id,
                                                             lesson_id, show))
    learners, lessons = await in_db(request, choices)
    here = "/review?" + urlencode({k: v for k, v in (("learner", learner_id or ""),
                                                      ("lesson", lesson_id or ""),
                                                      ("show", show)) if v})
    return render(request, "review.html", title=t("review.title"), rows=rows, total=total,
                  limit=LIMIT, learner=learner_id or "", lesson=lesson_id or "", show=show,
                  shows=SHOWS, learners=learners,
                  lessons=sorted(((x, lib.title(x)) for x in lessons), key=lambda kv: kv[1]),
                  here=here, done=q.get("done"))


async def correct(request: Request) -> Response:
    attempt_id = int(request.path_params["attempt_id"])
    f = form(request)
    back = f.get("back", "/review")
    if not back.startswith("/review"):
        back = "/review"
    try:
        await in_db(request, lambda store: overrides.override(store, attempt_id,
                                                              f.get("verdict", "")))
    except StoreError as exc:
        t = translator(request)
        return render(request, "message.html", status=400, title=t("error.title"),
                      message=str(exc), back=back, back_label=t("review.title"))
    sep = "&" if "?" in back else "?"
    return RedirectResponse(f"{back}{sep}done={attempt_id}#a{attempt_id}", status_code=303)


routes = [
    Route("/review", index, methods=["GET"]),
    Route("/review/{attempt_id:int}", correct, methods=["POST"]),
]
nav = Nav("/review", fi="Vastausten tarkistus", en="Review answers")
text = {
    "review.title": {"fi": "Vastausten tarkistus", "en": "Review answers"},
    "review.intro": {"fi": "Jos robotti arvioi vastauksen väärin, korjaa arvio. Korjaus "
                           "tallentuu robotin arvion rinnalle (alkuperäinen säilyy), se "
                           "lasketaan pisteisiin ja sanojen kertaukseen, ja se näkyy "
                           "komennossa valkky review, jotta tuntia tai sanastoa voi "
                           "parantaa.",
                     "en": "Where the robot judged an answer wrongly, correct the verdict. "
                           "The correction is kept beside the robot's verdict (which stays), "
                           "counts in the score and in word reviews, and shows in valkky "
                           "review so that the lesson or the lexicon can be improved."},
    "review.filter": {"fi": "Rajaa", "en": "Filter"},
    "review.learner": {"fi": "Oppija", "en": "Learner"},
    "review.lesson": {"fi": "Tunti", "en": "Lesson"},
    "review.all_learners": {"fi": "kaikki oppijat", "en": "all learners"},
    "review.all_lessons": {"fi": "kaikki tunnit", "en": "all lessons"},
    "review.show": {"fi": "Näytä", "en": "Show"},
    "review.show.missed": {"fi": "väärin tai melkein arvioidut ja korjatut",
                           "en": "judged wrong or almost, and corrected"},
    "review.show.corrected": {"fi": "vain korjatut", "en": "corrected only"},
    "review.show.all": {"fi": "kaikki vastaukset", "en": "all answers"},
    "review.apply": {"fi": "Rajaa", "en": "Apply"},
    "review.answers": {"fi": "Vastaukset, uusimmat ensin", "en": "Answers, newest first"},
    "review.count": {"fi": "{shown} / {total} vastausta", "en": "{shown} of {total} answers"},
    "review.when": {"fi": "Aika", "en": "When"},
    "review.asked": {"fi": "Robotti kysyi", "en": "The robot asked"},
    "review.heard": {"fi": "Robotti kuuli", "en": "The robot heard"},
    "review.expected": {"fi": "Lähin hyväksytty vastaus", "en": "Closest accepted answer"},
    "review.verdict": {"fi": "Arvio", "en": "Verdict"},
    "review.action": {"fi": "Korjaa", "en": "Correct it"},
    "review.try": {"fi": "{n}. yritys", "en": "try {n}"},
    "review.trainer": {"fi": "kouluttaja: {verdict} (robotti: {judged})",
                       "en": "trainer: {verdict} (robot: {judged})"},
    "review.right": {"fi": "Se oli oikein", "en": "That was right"},
    "review.wrong": {"fi": "Se oli väärin", "en": "That was wrong"},
    "review.nothing": {"fi": "Ei tarkistettavia vastauksia.", "en": "No answers to review."},
    "review.saved": {"fi": "Korjaus tallennettu.", "en": "Correction saved."},
    "review.silent": {"fi": "(ei vastausta)", "en": "(no answer)"},
}
