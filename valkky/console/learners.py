"""Page 1, the learners: the list (level, last session, score), adding one, a learner's
data as JSON, and erasure after a confirmation (the same as ``valkky learners delete``)."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from valkky.console.web import Nav, form, in_db, lang_of, library, render, translator
from valkky.progress import score
from valkky.progress.reports import counted
from valkky.progress.store import (
    LEARNER_ID,
    ErasureIncomplete,
    Learner,
    LearnerExists,
    SessionBusy,
    Store,
    StoreError,
    UnknownLearner,
)

LEVELS = ("A1", "A2", "B1", "B2")


@dataclass(frozen=True)
class Summary:
    learner: Learner
    last_at: float | None
    last_lesson: str | None
    completed: int  # lessons completed
    tasks: int
    score: float | None


def summaries(store: Store) -> list[Summary]:
    """Every learner with their last session and their score."""
    last: dict[str, tuple[float, str]] = {}
    completed: dict[str, set[str]] = defaultdict(set)
    learner_of: dict[int, str] = {}
    for s in store.db.execute("SELECT id, learner_id, lesson_id, started_at, end_reason "
                              "FROM sessions ORDER BY started_at, id"):
        last[s["learner_id"]] = (s["started_at"], s["lesson_id"])
        learner_of[s["id"]] = s["learner_id"]
        if s["end_reason"] == "completed":
            completed[s["learner_id"]].add(s["lesson_id"])
    tasks: dict[str, list[score.Task]] = defaultdict(list)
    for t in score.tasks(counted(store)):
        tasks[learner_of.get(t.session_id, "")].append(t)
    out = []
    for x in store.learners():
        at, lesson = last.get(x.id) or (None, None)
        out.append(Summary(x, at, lesson, len(completed[x.id]), len(tasks[x.id]),
                           score.mean(tasks[x.id])))
    return out


def find(store: Store, learner_id: str) -> Learner:
    """The learner, or a 404 (never a traceback) for an id that is not there."""
    try:
        return store.learner(learner_id)
    except UnknownLearner:
        raise HTTPException(404) from None


async def index(request: Request, *, problem: str | None = None,
                values: dict[str, str] | None = None, status: int = 200) -> Response:
    t = translator(request)
    lang = lang_of(request)
    lib = await library(request)
    rows = await in_db(request, summaries)
    notice = {"added": t("learners.added"), "deleted": t("learners.deleted")}.get(
        request.query_params.get("done", ""))
    return render(request, "learners.html", status=status, title=t("learners.title"),
                  rows=rows, lib=lib, percent=score.percent, levels=LEVELS,
                  professions=sorted(((k, lib.profession(k, lang)) for k in lib.professions),
                                     key=lambda kv: kv[1]),
                  langs=lib.langs, problem=problem, values=values or {}, notice=notice,
                  who=request.query_params.get("who", ""))


async def add(request: Request) -> Response:
    t = translator(request)
    f = form(request)
    values = {k: f.get(k, "").strip() for k in
              ("id", "name", "lang", "profession", "level", "workplace")}
    if not LEARNER_ID.fullmatch(values["id"]):
        return await index(request, problem=t("learners.bad_id"), values=values, status=400)

    def add_learner(store: Store) -> None:
        store.add_learner(values["id"], display_name=values["name"] or None,
                          lang=values["lang"] or None, level=values["level"] or None,
                          profession=values["profession"] or None,
                          workplace=values["workplace"] or None)

    try:
        await in_db(request, add_learner)
    except LearnerExists:
        return await index(request, problem=t("learners.exists", id=values["id"]),
                           values=values, status=409)
    except StoreError as exc:
        return await index(request, problem=str(exc), values=values, status=400)
    return RedirectResponse(f"/learners?done=added&who={values['id']}", status_code=303)


async def export(request: Request) -> Response:
    learner_id = request.path_params["learner_id"]

    def data(store: Store) -> dict[str, object]:
        find(store, learner_id)
        return store.export_learner(learner_id)

    body = json.dumps(await in_db(request, data), ensure_ascii=False, indent=2)
    return Response(body, media_type="application/json", headers={
        "Content-Disposition": f'attachment; filename="{learner_id}.json"'})


async def confirm_delete(request: Request) -> Response:
    t = translator(request)
    learner_id = request.path_params["learner_id"]
    learner = await in_db(request, lambda store: find(store, learner_id))
    return render(request, "learner_delete.html", title=t("delete.title", id=learner.id),
                  learner=learner)


async def delete(request: Request) -> Response:
    t = translator(request)
    learner_id = request.path_params["learner_id"]
    await in_db(request, lambda store: find(store, learner_id))
    try:
        await in_db(request, lambda store: store.delete_learner(learner_id))
    except SessionBusy:
        return render(request, "message.html", status=409, title=t("delete.failed"),
                      message=t("delete.busy", id=learner_id),
                      back=f"/learners/{learner_id}", back_label=t("delete.back"))
    except ErasureIncomplete:
        return render(request, "message.html", status=409, title=t("delete.partly"),
                      message=t("delete.incomplete", id=learner_id),
                      back="/learners", back_label=t("learners.title"))
    return RedirectResponse(f"/learners?done=deleted&who={learner_id}", status_code=303)


routes = [
    Route("/learners", index, methods=["GET"]),
    Route("/learners", add, methods=["POST"]),
    Route("/learners/{learner_id}/export.json", export),
    Route("/learners/{learner_id}/delete", confirm_delete, methods=["GET"]),
    Route("/learners/{learner_id}/delete", delete, methods=["POST"]),
]
nav = Nav("/learners", fi="Oppijat", en="Learners")
text = {
    "learners.title": {"fi": "Oppijat", "en": "Learners"},
    "learners.list": {"fi": "Kaikki oppijat", "en": "All learners"},
    "learners.id": {"fi": "Tunniste", "en": "Id"},
    "learners.name": {"fi": "Nimi", "en": "Name"},
    "learners.workplace": {"fi": "Työpaikka (ryhmä)", "en": "Workplace (group)"},
    "learners.level": {"fi": "Taso", "en": "Level"},
    "learners.profession": {"fi": "Ammatti", "en": "Profession"},
    "learners.lang": {"fi": "Tukikieli", "en": "Support language"},
    "learners.last": {"fi": "Viimeksi harjoiteltu", "en": "Last practised"},
    "learners.done": {"fi": "Tunteja valmiina", "en": "Lessons completed"},
    "learners.score": {"fi": "Pisteet", "en": "Score"},
    "learners.none": {"fi": "Ei vielä oppijoita. Lisää ensimmäinen alla.",
                      "en": "No learners yet. Add the first one below."},
    "learners.add": {"fi": "Lisää oppija", "en": "Add a learner"},
    "learners.id_help": {"fi": "Kortin, QR-koodin tai PIN-koodin tunniste: kirjaimia, "
                               "numeroita, piste, alaviiva tai viiva. Ei oikeaa nimeä.",
                         "en": "From a badge, QR code or PIN: letters, digits, dot, "
                               "underscore or dash. Not a real name."},
    "learners.optional": {"fi": "(vapaaehtoinen)", "en": "(optional)"},
    "learners.no_lang": {"fi": "ei tukikieltä (vain suomi)", "en": "none (Finnish only)"},
    "learners.by_placement": {"fi": "tasotesti päättää", "en": "set by the placement lesson"},
    "learners.choose": {"fi": "valitse", "en": "choose"},
    "learners.added": {"fi": "Oppija lisätty.", "en": "Learner added."},
    "learners.deleted": {"fi": "Oppijan kaikki tiedot poistettiin.",
                         "en": "Everything about the learner was erased."},
    "learners.bad_id": {"fi": "Tunnisteessa voi olla 1–64 merkkiä: kirjaimia A–Z, numeroita, "
                              "piste, alaviiva tai viiva, ja se alkaa kirjaimella tai "
                              "numerolla.",
                        "en": "An id is 1 to 64 characters: letters A–Z, digits, dot, "
                              "underscore or dash, starting with a letter or digit."},
    "learners.exists": {"fi": "Oppija {id} on jo olemassa.",
                        "en": "Learner {id} already exists."},
    "learners.export": {"fi": "Vie tiedot (JSON)", "en": "Export data (JSON)"},
    "learners.delete": {"fi": "Poista oppija", "en": "Delete learner"},
    "delete.title": {"fi": "Poistetaanko oppija {id}?", "en": "Delete learner {id}?"},
    "delete.what": {"fi": "Kaikki oppijan tiedot poistetaan pysyvästi: istunnot, vastaukset, "
                          "kouluttajan korjaukset ja sanakortit. Tätä ei voi perua. Vie "
                          "tiedot ensin, jos tarvitset niitä.",
                    "en": "Everything about the learner is erased for good: sessions, "
                          "answers, the trainer's corrections and word cards. This cannot "
                          "be undone. Export the data first if you need it."},
    "delete.yes": {"fi": "Poista kaikki tiedot", "en": "Erase everything"},
    "delete.no": {"fi": "Peruuta", "en": "Cancel"},
    "delete.failed": {"fi": "Ei poistettu", "en": "Not erased"},
    "delete.back": {"fi": "Takaisin oppijan sivulle", "en": "Back to the learner"},
    "delete.busy": {"fi": "Oppijalla {id} on tunti käynnissä juuri nyt. Mitään ei poistettu: "
                          "lopeta tunti ensin.",
                    "en": "Learner {id} is in a lesson right now. Nothing was erased: stop "
                          "that lesson first."},
    "delete.partly": {"fi": "Poistettu, mutta ei vielä kokonaan",
                      "en": "Erased, but not completely yet"},
    "delete.incomplete": {"fi": "Oppijan {id} tiedot poistettiin, mutta toinen ohjelma lukee "
                                "tietokantaa, joten vanhoja kopioita on vielä tiedostoissa. "
                                "Sulje se ja aja sitten: valkky learners delete {id} --yes",
                          "en": "Learner {id} is erased, but another program is reading the "
                                "database, so old copies remain in its files. Close it, then "
                                "run: valkky learners delete {id} --yes"},
}
