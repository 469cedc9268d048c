"""Page 4, Live: the sessions running now on each robot (what the robot asked, what it
heard and from where, the verdict), updated as they happen; pause, resume or stop a
session between two turns; press a robot's e-stop.

The board comes from the runtime's session topics through ``livefeed.LiveFeed``
(``app.state.live``, started by `valkky console --broker`). The page updates itself over
Server-Sent Events (``/live/stream``, with ``static/live.js``); without JavaScript it is
a plain page with a reload link. No step ids, session ids or judge reason codes are shown.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response, StreamingResponse
from starlette.routing import Route

from valkky import events as ev
from valkky.console.livefeed import LiveFeed
from valkky.console.web import Nav, console, form, lang_of, render, translator
from valkky.controller import holds
from valkky.protocol.messages import ROBOT_ID_RE

STREAM_S = 60.0  # a stream ends after this; the browser reconnects through the login gate
CHECK_S = 0.2  # how often a stream looks for a change
KEEPALIVE_S = 15.0
NOTES = ("pause", "resume", "stop", "estop", "unsent", "estop-unsent", "ended", "nobroker")
REFUSALS = {holds.OTHER_SESSION: "live.refused.other", holds.ENDED: "live.refused.ended",
            holds.TOO_MANY: "live.refused.many"}


def feed_of(request: Request) -> LiveFeed | None:
    return getattr(request.app.state, "live", None)


CSRF_SLOT = "\x00csrf\x00"  # where each browser's own form token goes in a shared render


def _panel(request: Request) -> str:
    """The robots and their sessions, as HTML (the page's body and every update).

    One render per change and language serves every open Live page (each stream would
    otherwise render the whole board on every change); only the form token differs."""
    feed = feed_of(request)
    lang = lang_of(request)
    # a new render on a change, and once a minute (ended sessions leave the board)
    state = (feed.version, feed.connected, int(feed.clock() // 60)) if feed else None
    cache: dict[str, tuple[object, str]] | None = getattr(request.app.state, "live_panels",
                                                          None)
    if cache is None:
        cache = request.app.state.live_panels = {}
    found = cache.get(lang)
    if found is None or found[0] != state:
        t = translator(request)
        html = console(request).templates.get_template("live_panel.html").render(
            t=t, lang=lang, robots=feed.robots() if feed else [],
            connected=bool(feed and feed.connected),
            configured=feed is not None, csrf=CSRF_SLOT,
            refusal=lambda why: t(REFUSALS.get(why, "live.refused.other_kind")))
        found = cache[lang] = (state, html)
    session = request.scope.get("valkky.session")
    return found[1].replace(CSRF_SLOT, session.csrf if session is not None else "")


async def index(request: Request) -> Response:
    t = translator(request)
    note = request.query_params.get("note")
    return render(request, "live.html", title=t("live.title"), panel=_panel(request),
                  note=t(f"live.note.{note}") if note in NOTES else None,
                  estop_note=note in ("estop", "estop-unsent"))


async def stream(request: Request) -> Response:
    """Server-Sent Events: the panel again whenever the board changes."""
    feed = feed_of(request)

    async def events() -> AsyncIterator[str]:
        loop = asyncio.get_running_loop()
        start = last_beat = loop.time()
        seen: object = ()
        while loop.time() - start < STREAM_S:
            now = (feed.version, feed.connected, int(feed.clock() // 60)) if feed else None
            if now != seen:
                seen = now
                html = _panel(request)
                yield "event: panel\n" + "".join(f"data: {line}\n"
                                                 for line in html.splitlines()) + "\n"
                last_beat = loop.time()
            elif loop.time() - last_beat > KEEPALIVE_S:
                yield ": still here\n\n"
                last_beat = loop.time()
            if await request.is_disconnected():
                return
            await asyncio.sleep(CHECK_S)

    return StreamingResponse(events(), media_type="text/event-stream",
                             headers={"x-accel-buffering": "no"})


def _back(note: str) -> Response:
    return RedirectResponse(f"/live?note={note}", status_code=303)


async def control(request: Request) -> Response:
    """Pause, resume or stop one session (between two turns)."""
    fields = form(request)
    robot, action, session = (fields.get(k, "") for k in ("robot", "action", "session"))
    feed = feed_of(request)
    if not ROBOT_ID_RE.fullmatch(robot) or action not in ev.HOLDS or not session \
            or len(session) > 32:
        return _back("unsent")
    if feed is None:
        return _back("nobroker")
    if not feed.running(robot, session):
        return _back("ended")
    sent = await run_in_threadpool(feed.control, robot, action, session,
                                   translator(request)("live.by"))
    return _back(action if sent else "unsent")


async def estop(request: Request) -> Response:
    """The robot's e-stop: no question asked, published before anything else."""
    robot = form(request).get("robot", "")
    feed = feed_of(request)
    if not ROBOT_ID_RE.fullmatch(robot):
        return _back("estop-unsent")
    if feed is None:
        return _back("nobroker")
    sent = await run_in_threadpool(feed.estop, robot)
    return _back("estop" if sent else "estop-unsent")


routes = [Route("/live", index), Route("/live/stream", stream),
          Route("/live/control", control, methods=["POST"]),
          Route("/live/estop", estop, methods=["POST"])]
nav = Nav("/live", fi="Nyt käynnissä", en="Live")
text = {
    "live.title": {"fi": "Nyt käynnissä", "en": "Live"},
    "live.intro": {"fi": "Harjoitukset, jotka ovat käynnissä roboteilla juuri nyt. Sivu "
                         "päivittyy itsestään.",
                   "en": "The sessions running on the robots right now. The page updates "
                         "by itself."},
    "live.reload": {"fi": "Päivitä sivu", "en": "Reload the page"},
    "live.nobroker": {"fi": "Konsolia ei ole yhdistetty robottien välittäjään (MQTT), joten "
                            "harjoituksia ei näy. Käynnistä konsoli valitsimella --broker "
                            "(docs/console.md).",
                      "en": "The console is not connected to the robots' broker (MQTT), so "
                            "no sessions show. Start it with --broker (docs/console.md)."},
    "live.offline": {"fi": "Yhteys välittäjään on poikki; yritetään uudelleen.",
                     "en": "The connection to the broker is down; retrying."},
    "live.none": {"fi": "Yhtään robottia ei ole vielä kuulunut.",
                  "en": "No robot has been heard from yet."},
    "live.robot": {"fi": "Robotti {robot}", "en": "Robot {robot}"},
    "live.nosession": {"fi": "Ei harjoitusta käynnissä.", "en": "No session running."},
    "live.learner": {"fi": "Oppija", "en": "Learner"},
    "live.step": {"fi": "Vaihe {n}/{total}", "en": "Step {n} of {total}"},
    "live.status.running": {"fi": "Käynnissä", "en": "Running"},
    "live.status.paused": {"fi": "Tauolla", "en": "Paused"},
    "live.status.stopping": {"fi": "Pysähtyy", "en": "Stopping"},
    "live.status.completed": {"fi": "Valmis", "en": "Finished"},
    "live.status.stopped": {"fi": "Keskeytetty (jatkuu ensi kerralla)",
                            "en": "Stopped (resumes next time)"},
    "live.status.gone": {"fi": "Yhteys harjoitukseen katkesi",
                         "en": "The session's runtime went away"},
    "live.held_by": {"fi": "({by})", "en": "({by})"},
    "live.score": {"fi": "Pisteet {score}", "en": "Score {score}"},
    "live.asked": {"fi": "Robotti kysyi", "en": "The robot asked"},
    "live.heard": {"fi": "Kuuli", "en": "It heard"},
    "live.verdict": {"fi": "Arvio", "en": "Verdict"},
    "live.unknown_question": {"fi": "(kysymys ennen kuin konsoli alkoi seurata)",
                              "en": "(asked before the console started watching)"},
    "live.try": {"fi": "yritys {n}/{of}", "en": "try {n} of {of}"},
    "live.nothing_heard": {"fi": "(ei vielä vastausta)", "en": "(no answer yet)"},
    "live.silence": {"fi": "(hiljaisuus)", "en": "(silence)"},
    "live.hinted": {"fi": "vihje annettu", "en": "hint given"},
    "live.asked_again": {"fi": "robotti pyysi sanomaan uudelleen",
                         "en": "the robot asked to say it again"},
    "live.control.again": {"fi": "oppija pyysi toistoa",
                           "en": "the learner asked to hear it again"},
    "live.control.slower": {"fi": "oppija pyysi hitaammin",
                            "en": "the learner asked for it slower"},
    "live.control.help": {"fi": "oppija pyysi apua", "en": "the learner asked for help"},
    "live.source.typed": {"fi": "kirjoitettu", "en": "typed"},
    "live.source.scripted": {"fi": "vastaustiedostosta", "en": "from an answers file"},
    "live.source.speech": {"fi": "puhuttu", "en": "spoken"},
    "live.source.screen": {"fi": "näytöltä", "en": "on the screen"},
    "live.pause": {"fi": "Tauko", "en": "Pause"},
    "live.resume": {"fi": "Jatka", "en": "Resume"},
    "live.stop": {"fi": "Lopeta harjoitus", "en": "Stop the session"},
    "live.controls": {"fi": "Harjoitus robotilla {robot}", "en": "Session on robot {robot}"},
    "live.controls_hint": {"fi": "Tauko ja lopetus tapahtuvat, kun oppijan nykyinen vastaus "
                                 "on arvioitu.",
                           "en": "Pause and stop take effect once the learner's current "
                                 "answer has been judged."},
    "live.estop": {"fi": "HÄTÄSEIS", "en": "E-STOP"},
    "live.estop_label": {"fi": "Hätäseis: pysäytä robotti {robot} heti",
                         "en": "Emergency stop: stop robot {robot} now"},
    "live.estop_on": {"fi": "Hätäseis on päällä. Sen vapauttaa operaattori robotin luona.",
                      "en": "The e-stop is engaged. An operator at the robot releases it."},
    "live.by": {"fi": "kouluttaja", "en": "trainer"},
    "live.note.pause": {"fi": "Tauko pyydetty: harjoitus pysähtyy ennen seuraavaa kysymystä.",
                        "en": "Pause requested: the session halts before its next question."},
    "live.note.resume": {"fi": "Jatko pyydetty.", "en": "Resume requested."},
    "live.note.stop": {"fi": "Lopetus pyydetty: harjoitus päättyy ennen seuraavaa kysymystä "
                             "ja jatkuu ensi kerralla tästä.",
                       "en": "Stop requested: the session ends before its next question and "
                             "resumes there next time."},
    "live.note.estop": {"fi": "Hätäseis lähetetty robotille.",
                        "en": "The e-stop was sent to the robot."},
    "live.note.estop-unsent": {"fi": "Hätäseisiä EI voitu lähettää: yhteys välittäjään "
                                     "puuttuu. Käytä robotin omaa hätäseispainiketta.",
                               "en": "The e-stop could NOT be sent: no connection to the "
                                     "broker. Use the robot's own e-stop button."},
    "live.note.unsent": {"fi": "Pyyntöä ei voitu lähettää. Päivitä sivu ja yritä uudelleen.",
                         "en": "The request could not be sent. Reload the page and try "
                               "again."},
    "live.note.ended": {"fi": "Harjoitus ei ole enää käynnissä; mitään ei lähetetty.",
                        "en": "That session is no longer running; nothing was sent."},
    "live.note.nobroker": {"fi": "Konsolia ei ole yhdistetty välittäjään.",
                           "en": "The console is not connected to a broker."},
    "live.refused.other": {"fi": "Robotti ei ottanut pyyntöä vastaan: sivu näytti aiemman "
                                 "harjoituksen.",
                           "en": "The robot refused the request: the page showed an earlier "
                                 "session."},
    "live.refused.ended": {"fi": "Robotti ei ottanut pyyntöä vastaan: harjoitus oli jo "
                                 "päättynyt.",
                           "en": "The robot refused the request: the session had ended."},
    "live.refused.many": {"fi": "Robotti ei ottanut pyyntöä vastaan: liian monta pyyntöä "
                                "odottaa.",
                          "en": "The robot refused the request: too many are waiting."},
    "live.refused.other_kind": {"fi": "Robotti hylkäsi pyynnön, jota se ei voinut lukea.",
                                "en": "The robot refused a request it could not read."},
}
