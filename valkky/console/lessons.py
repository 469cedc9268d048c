"""Page 5, Lessons: the library with its lint status, level, skills and length; and a
lesson tried in the browser (the engine of `valkky run`, answers typed) before a learner
meets it. A preview writes nothing: no learner, no progress, no log (console.preview).
Verdicts are worded with the learner page's ``verdict.*`` strings (console.learner).
"""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from valkky.console.linted import LintedCache
from valkky.console.preview import Preview, Previews
from valkky.console.web import Nav, console, form, render, translator
from valkky.launch import pick_lang
from valkky.lesson.spec import SKILLS


def _state(request: Request) -> tuple[LintedCache, Previews]:
    """The app's library cache and previews, made on first use."""
    state = request.app.state
    if getattr(state, "linted", None) is None:
        state.linted, state.previews = LintedCache(), Previews()
    return state.linted, state.previews


def _owner(request: Request) -> str:
    session = request.scope.get("valkky.session")
    return session.token if session is not None else ""


async def index(request: Request) -> Response:
    t = translator(request)
    cache, _ = _state(request)
    library = await run_in_threadpool(cache.get)
    skills = {code: t(f"lessons.skill.{code}") for code in SKILLS}  # others shown as written
    return render(request, "lessons.html", title=t("lessons.title"), library=library,
                  skills=skills)


async def start(request: Request) -> Response:
    fields = form(request)
    cache, previews = _state(request)
    library = await run_in_threadpool(cache.get)
    lesson = library.lesson(fields.get("lesson", ""))
    if lesson is None:
        raise HTTPException(404)
    lang = pick_lang(lesson, None, fields.get("lang") or None)  # one the lesson lacks: its own
    preview = await run_in_threadpool(previews.start, lesson, lang, _owner(request),
                                      console(request).clock())
    # no #fragment: Chromium ignores autofocus (the answer field) on a URL with one
    return RedirectResponse(f"/lessons/preview/{preview.id}", status_code=303)


def _preview(request: Request) -> Preview:
    _, previews = _state(request)
    found = previews.get(request.path_params["pid"], _owner(request), console(request).clock())
    if found is None:
        raise HTTPException(404)
    return found


async def show(request: Request) -> Response:
    preview = _preview(request)
    t = translator(request)
    return render(request, "preview.html", title=t("lessons.preview_of",
                                                   title=preview.lesson.title),
                  preview=preview, prompt=preview.prompt)


async def answer(request: Request) -> Response:
    preview = _preview(request)
    fields = form(request)
    if fields.get("stop"):
        await run_in_threadpool(preview.stop)
    else:
        await run_in_threadpool(preview.answer, fields.get("answer", ""))
    return RedirectResponse(f"/lessons/preview/{preview.id}", status_code=303)


routes = [Route("/lessons", index), Route("/lessons/preview", start, methods=["POST"]),
          Route("/lessons/preview/{pid}", show),
          Route("/lessons/preview/{pid}", answer, methods=["POST"])]
nav = Nav("/lessons", fi="Oppitunnit", en="Lessons")
text = {
    "lessons.title": {"fi": "Oppitunnit", "en": "Lessons"},
    "lessons.intro": {"fi": "Kirjaston oppitunnit ja niiden tarkistuksen tulos (valkky "
                            "lint). Kokeile oppituntia itse ennen kuin oppija kohtaa sen.",
                      "en": "The library's lessons and their check (valkky lint). Try a "
                            "lesson yourself before a learner meets it."},
    "lessons.lesson": {"fi": "Oppitunti", "en": "Lesson"},
    "lessons.level": {"fi": "Taso", "en": "Level"},
    "lessons.skills": {"fi": "Taidot", "en": "Skills"},
    "lessons.length": {"fi": "Pituus", "en": "Length"},
    "lessons.skill.vocabulary": {"fi": "sanasto", "en": "vocabulary"},
    "lessons.skill.listening": {"fi": "kuullun ymmärtäminen", "en": "listening"},
    "lessons.skill.speaking": {"fi": "puhuminen", "en": "speaking"},
    "lessons.skill.reading": {"fi": "luetun ymmärtäminen", "en": "reading"},
    "lessons.skill.pronunciation": {"fi": "ääntäminen", "en": "pronunciation"},
    "lessons.skill.writing": {"fi": "kirjoittaminen", "en": "writing"},
    "lessons.length_value": {"fi": "{steps} vaihetta, noin {minutes} min",
                             "en": "{steps} steps, about {minutes} min"},
    "lessons.status": {"fi": "Tarkistus", "en": "Check"},
    "lessons.ok": {"fi": "✓ kunnossa", "en": "✓ fine"},
    "lessons.warnings": {"fi": "⚠ huomautuksia: {n}", "en": "⚠ warnings: {n}"},
    "lessons.notices": {"fi": "· ehdotuksia: {n}", "en": "· suggestions: {n}"},
    "lessons.errors": {"fi": "✗ virheitä: {n} – ei käynnisty",
                       "en": "✗ errors: {n} – will not start"},
    "lessons.problems": {"fi": "Mitä tarkistus löysi", "en": "What the check found"},
    "lessons.try": {"fi": "Kokeile", "en": "Try it"},
    "lessons.try_label": {"fi": "Kokeile oppituntia {title}", "en": "Try the lesson {title}"},
    "lessons.support": {"fi": "Tukikieli", "en": "Support language"},
    "lessons.none": {"fi": "Kirjastossa ei ole oppitunteja.", "en": "The library has no lessons."},
    "lessons.shared": {"fi": "Koko kirjastoa koskevat huomiot", "en": "About the whole library"},
    "lessons.preview_of": {"fi": "Kokeilu: {title}", "en": "Trying: {title}"},
    "lessons.preview_note": {"fi": "Sama moottori ja arvioija kuin robotilla; vastaukset "
                                   "kirjoitetaan. Mitään ei tallenneta.",
                             "en": "The same engine and judge as on the robot; answers are "
                                   "typed. Nothing is saved."},
    "lessons.robot": {"fi": "Robotti", "en": "Robot"},
    "lessons.screen": {"fi": "Näytöllä", "en": "On the screen"},
    "lessons.you": {"fi": "Sinä", "en": "You"},
    "lessons.hint": {"fi": "Vihje", "en": "Hint"},
    "lessons.verdict": {"fi": "Arvio", "en": "Verdict"},
    "lessons.end.completed": {"fi": "Oppitunti valmis.", "en": "Lesson finished."},
    "lessons.end.stopped": {"fi": "Kokeilu lopetettu.", "en": "Preview stopped."},
    "lessons.end_score": {"fi": "Pisteet {score}", "en": "Score {score}"},
    "lessons.answer": {"fi": "Vastauksesi", "en": "Your answer"},
    "lessons.options": {"fi": "Vaihtoehdot: {options}", "en": "Options: {options}"},
    "lessons.send": {"fi": "Vastaa", "en": "Answer"},
    "lessons.stop": {"fi": "Lopeta kokeilu", "en": "Stop the preview"},
    "lessons.back": {"fi": "Takaisin oppitunteihin", "en": "Back to the lessons"},
}
