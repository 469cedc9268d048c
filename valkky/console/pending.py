"""What waits on this machine for the progress database (issue 17): the answers and other
writes a robot kept in its outbox while the fleet's PostgreSQL could not be reached, the
same as ``valkky progress pending``, record by record. Read from the outbox alone."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from valkky.console.web import Library, Nav, console, library, render, translator
from valkky.lesson.questions import question
from valkky.progress.outbox import Record, waiting

KINDS = ("attempt", "position", "end", "meet", "level")


def _describe(record: Record, lib: Library) -> dict[str, object]:
    """A kept write as the page shows it: the question asked, never the step's key."""
    a = record.args
    asked = question(lib.lessons.get(a.get("lesson_id", "")), a.get("step", "")) \
        if record.kind == "attempt" else None
    return {"kind": record.kind, "learner": a.get("learner_id") or "",
            "lesson": lib.title(a["lesson_id"]) if a.get("lesson_id") else "",
            "asked": asked.text if asked else "", "heard": a.get("heard"),
            "verdict": a.get("verdict"), "at": a.get("at"), "word": a.get("word"),
            "level": a.get("level"), "why": record.why}


async def page(request: Request) -> Response:
    t = translator(request)
    db = console(request).db
    lib = await library(request)
    w = await run_in_threadpool(waiting, db.target, db.outbox)
    return render(request, "pending.html", title=t("pending.title"), w=w, kinds=KINDS,
                  records=[_describe(r, lib) for r in w.records],
                  set_aside=[_describe(r, lib) for r in w.set_aside])


routes = [Route("/pending", page)]
nav = Nav("/pending", fi="Odottavat tallennukset", en="Waiting writes")
text = {
    "pending.title": {"fi": "Odottavat tallennukset", "en": "Writes waiting"},
    "pending.intro": {"fi": "Kun yhteinen PostgreSQL-tietokanta ei ole tavoitettavissa, robotti "
                            "opettaa silti: vastaukset tallentuvat koneen omaan jonoon ja "
                            "lähetetään järjestyksessä, kun yhteys palaa. Tämä sivu näyttää "
                            "tämän koneen jonon (sama kuin valkky progress pending).",
                      "en": "While the shared PostgreSQL database cannot be reached, the "
                            "robot goes on teaching: answers are kept in this machine's own "
                            "queue and sent in order when it is back. This page shows this "
                            "machine's queue (as valkky progress pending does)."},
    "pending.sqlite": {"fi": "Tietokanta on SQLite-tiedosto tällä koneella ({db}): kaikki "
                             "tallentuu heti, eikä mitään odota.",
                       "en": "The database is a SQLite file on this machine ({db}): "
                             "everything is written at once, and nothing waits."},
    "pending.nothing": {"fi": "Mitään ei odota: kaikki on tallennettu tietokantaan {db}.",
                        "en": "Nothing waits: everything is in the database {db}."},
    "pending.summary": {"fi": "Odottaa lähetystä tietokantaan {db}",
                        "en": "Waiting to be sent to {db}"},
    "pending.kind": {"fi": "Mitä", "en": "What"},
    "pending.count": {"fi": "Kpl", "en": "Count"},
    "pending.records": {"fi": "Odottavat, vanhin ensin", "en": "Waiting, oldest first"},
    "pending.learner": {"fi": "Oppija", "en": "Learner"},
    "pending.lesson": {"fi": "Tunti", "en": "Lesson"},
    "pending.detail": {"fi": "Sisältö", "en": "Content"},
    "pending.when": {"fi": "Aika", "en": "When"},
    "pending.rejected": {"fi": "Syrjään siirretyt (tietokanta hylkäsi: oppija tai istunto "
                               "poistettiin sillä välin)",
                         "en": "Set aside (refused by the database: the learner or session "
                               "was erased meanwhile)"},
    "pending.kind.attempt": {"fi": "vastaus", "en": "answer"},
    "pending.kind.position": {"fi": "jatkokohta", "en": "resume point"},
    "pending.kind.end": {"fi": "tunnin loppu", "en": "end of a lesson"},
    "pending.kind.meet": {"fi": "uusi sana", "en": "new word"},
    "pending.kind.level": {"fi": "taso", "en": "level"},
    "pending.answer": {"fi": "“{heard}” ({verdict})", "en": "“{heard}” ({verdict})"},
}
