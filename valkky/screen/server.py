"""The robot's screen served to a browser: Starlette on uvicorn, in a thread of its own.

``/`` the page, ``/screen.js`` and ``/screen.css`` its code, ``/events`` the screen's state
as Server-Sent Events (the whole snapshot on every change, so a page that reloads or
reconnects is current at once), ``/state`` the same snapshot once, ``POST /answer`` an
answer or a control from the page, ``/image/<key>`` a picture the lesson showed (only
those), ``/ping`` a bare reply (the bench's baseline).

Served on 127.0.0.1 unless told otherwise; on any other address every request needs the
token printed at start (``?token=…``). The Host header must name this server (a page
elsewhere cannot rebind its name to it), and the live streams are capped.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import mimetypes
import queue
import secrets
import socket
import threading
import time
import unicodedata
from pathlib import Path
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from valkky import events as ev
from valkky import favicon
from valkky.errors import ConfigError
from valkky.lesson.model import Lesson
from valkky.race import Cancelled
from valkky.screen.address import Address, parse_address
from valkky.screen.state import ScreenState

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
MAX_STREAMS = 8  # pages connected at once (the robot's own, a trainer's, a spare)
MAX_CONNECTIONS = 32  # uvicorn's cap on concurrent connections and requests
KEEPALIVE_S = 15.0
MAX_ANSWER = 200  # characters of a typed answer
MAX_BODY = 4096  # bytes of an answer's request (200 characters as JSON escapes, and more)
_FILES = {"/screen.js": ("screen.js", "text/javascript; charset=utf-8"),
          "/screen.css": ("screen.css", "text/css; charset=utf-8")}
_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",  # the token is in the URL
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'self'; img-src 'self'; object-src 'none'; "
                               "base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
}


class Screen:
    """The screen: a session sink (every event) and an answer source (the page)."""

    def __init__(self, lesson: Lesson, lang: str, address: Address | str = "127.0.0.1:0", *,
                 reconnect_s: float = 1.0, keepalive_s: float = KEEPALIVE_S):
        self.address = parse_address(address) if isinstance(address, str) else address
        self.state = ScreenState(lesson, lang)
        self.token = None if self.address.loopback else secrets.token_urlsafe(18)
        # the page's wait before it opens a broken link again (the stream's ``retry:`` and
        # the page's data-reconnect-ms, from which it takes its other waits)
        self.reconnect_ms = max(1, round(reconnect_s * 1000))
        # the stream's keepalive interval: the page takes a stream silent for 2.5 times it
        # for a dead one
        self.keepalive_s = keepalive_s
        self._page_html = (HERE / "page.html").read_text(encoding="utf-8").replace(
            '<html lang="fi">', f'<html lang="fi" data-reconnect-ms="{self.reconnect_ms}">', 1)
        self._lock = threading.Lock()
        self._data = json.dumps(self.state.snapshot(), ensure_ascii=False)
        self._version = self.state.version
        self._answers: queue.Queue[ev.Answer | None] = queue.Queue()
        # question numbers differ from a previous run's, for a page that outlived it
        self._prompt_id = secrets.randbelow(1 << 40)
        self._listening: int | None = None  # the prompt the page may answer
        self._loop: asyncio.AbstractEventLoop | None = None
        self._changed: asyncio.Event | None = None
        self._streams: dict[int, int] = {}  # stream id → the version it was last sent
        self._stream_ids = 0
        self._closing = False  # no more answers: the server stops, or has stopped
        self._stopped = False  # stop() has been called
        self._sock = self._bind()
        self.port = self._sock.getsockname()[1]
        self._server = uvicorn.Server(uvicorn.Config(
            _Guard(self._app(), self), log_level="warning", access_log=False,
            limit_concurrency=MAX_CONNECTIONS, timeout_graceful_shutdown=1, lifespan="off",
            server_header=False))
        self._thread = threading.Thread(target=self._serve, daemon=True, name="screen")
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started and self._thread.is_alive() \
                and time.monotonic() < deadline:
            time.sleep(0.01)

    # -- address ---------------------------------------------------------------------------

    def _bind(self) -> socket.socket:
        host, port = self.address.host, self.address.port
        try:
            family = socket.AF_INET6 if ":" in host else socket.AF_INET
            sock = socket.socket(family, socket.SOCK_STREAM)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            # replies go out at once (the connections accepted inherit it)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.bind((host, port))
            sock.listen(64)
        except OSError as exc:
            raise ConfigError(f"--screen: cannot serve on {host}:{port}: {exc.strerror}") \
                from None
        sock.setblocking(False)
        return sock

    @property
    def url(self) -> str:
        """The page's address, with its token where it needs one; on a wildcard address,
        this machine's own loopback one (``lan_url`` is for other devices)."""
        host = "127.0.0.1" if self.address.wildcard else self.address.host
        return self._url(host)

    @property
    def lan_url(self) -> str | None:
        """On a wildcard address, the address other devices on the network can open."""
        if not self.address.wildcard:
            return None
        ip = None
        with contextlib.suppress(OSError), socket.socket(socket.AF_INET,
                                                         socket.SOCK_DGRAM) as probe:
            probe.connect(("10.255.255.255", 1))  # picks the outgoing interface; sends nothing
            ip = probe.getsockname()[0]
        return self._url(ip or socket.gethostname())

    def _url(self, host: str) -> str:
        host = f"[{host}]" if ":" in host else host
        query = f"?token={self.token}" if self.token else ""
        return f"http://{host}:{self.port}/{query}"

    def allowed_host(self, host: str) -> bool:
        if self.address.wildcard:
            return True  # any name reaches it; the token guards it
        bound = self.address.host
        names = {"127.0.0.1", "localhost", "[::1]", f"[{bound}]" if ":" in bound else bound}
        allowed = {f"{n}:{self.port}" for n in names}
        if self.port == 80:
            allowed |= names
        return host.lower() in allowed

    # -- the sink --------------------------------------------------------------------------

    def handle(self, event: ev.Event) -> None:
        with self._lock:
            if self.state.apply(event):
                self._publish()

    def _publish(self) -> None:
        """The state changed: a new snapshot for the pages (called holding the lock)."""
        self._data = json.dumps(self.state.snapshot(), ensure_ascii=False)
        self._version = self.state.version
        if self._loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop has stopped
                self._loop.call_soon_threadsafe(self._wake)

    def _wake(self) -> None:
        if self._changed is not None:
            self._changed.set()
            self._changed = asyncio.Event()

    # -- the answer source -----------------------------------------------------------------

    def listen(self, prompt: ev.Prompt) -> ev.Answer | None:
        """The page's answer; None once the screen has stopped serving (it answers nothing
        more: the race goes on with its other sources, or the session stops)."""
        with self._lock:
            while not self._answers.empty():
                self._answers.get_nowait()
            if self._closing:
                return None
            self._prompt_id += 1
            self._listening = self._prompt_id
            self.state.ask(self._prompt_id, prompt)
            self._publish()
        answer = self._answers.get()
        if answer is None:
            if self._closing:
                return None
            raise Cancelled
        return answer

    def cancel(self) -> None:
        """Another source answered: this question is no longer the page's to answer."""
        with self._lock:
            if self._listening is None:
                return
            self._listening = None
            self.state.answered()
            self._publish()
            self._answers.put(None)

    def submit(self, prompt_id: int, text: str = "", control: str | None = None) -> bool:
        """An answer from the page to question ``prompt_id``; False when that question is
        no longer asked (answered elsewhere, or a double tap)."""
        with self._lock:
            if self._listening != prompt_id:
                return False
            self._listening = None
            self.state.answered()
            self._publish()
            self._answers.put(ev.Answer(text=text, control=control, source="screen"))
            return True

    def close(self) -> None:
        pass  # the race closes its sources; the server is stopped by stop()

    # -- the server ------------------------------------------------------------------------

    def _serve(self) -> None:
        try:
            asyncio.run(self._main())
        except Exception:  # pragma: no cover - logged, the lesson goes on by voice
            log.exception("the screen's server stopped")
        finally:
            self._no_more_answers()

    def _no_more_answers(self) -> None:
        """The server has stopped: a question waiting on the page gets None."""
        with self._lock:
            self._closing = True
            self._listening = None
            self._answers.put(None)

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._changed = asyncio.Event()
        await self._server.serve(sockets=[self._sock])

    def wait_delivered(self, timeout: float = 3.0) -> bool:
        """Wait until every connected page has the latest state (the end screen)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if all(v >= self._version for v in self._streams.values()):
                    return True
            time.sleep(0.02)
        return False

    def stop(self, linger: float = 3.0) -> None:
        """Stop serving, once the pages have the last state (at most ``linger`` seconds).
        A question the page was asked is answered None. Once: later calls return at once."""
        if self._stopped:
            return
        self._stopped = True
        self.wait_delivered(linger)
        self._no_more_answers()
        if self._loop is not None:
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self._wake)
        self._server.should_exit = True
        self._thread.join(timeout=5)
        with contextlib.suppress(OSError):
            self._sock.close()

    # -- routes ----------------------------------------------------------------------------

    def _app(self) -> Starlette:
        return Starlette(routes=[
            Route("/", self._page),
            Route("/screen.js", self._file),
            Route("/screen.css", self._file),
            Route("/events", self._events),
            Route("/state", self._state),
            Route("/answer", self._answer, methods=["POST"]),
            Route("/image/{key}", self._picture),
            Route("/ping", self._ping),
            *favicon.routes(),
        ])

    async def _page(self, request: Request) -> Response:
        return HTMLResponse(self._page_html, headers=_HEADERS)

    async def _file(self, request: Request) -> Response:
        name, media = _FILES[request.url.path]
        return FileResponse(HERE / name, media_type=media, headers=_HEADERS)

    async def _ping(self, request: Request) -> Response:
        return PlainTextResponse("ok", headers=_HEADERS)

    async def _state(self, request: Request) -> Response:
        with self._lock:
            data = self._data
        return Response(data, media_type="application/json", headers=_HEADERS)

    async def _picture(self, request: Request) -> Response:
        with self._lock:
            path = self.state.images.get(request.path_params["key"])
        if path is None or not path.is_file():
            return PlainTextResponse("no such picture", status_code=404, headers=_HEADERS)
        media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        # a picture opened on its own (an SVG) runs nothing and reaches nothing
        return FileResponse(path, media_type=media, headers={
            **_HEADERS, "Cache-Control": "max-age=3600",
            "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
                                       "sandbox"})

    async def _answer(self, request: Request) -> Response:
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            # a form on another site cannot send JSON without the browser asking first
            return _refuse(415, "an answer is sent as JSON (Content-Type: application/json)")
        body = await _read_body(request)
        if body is None:
            return _refuse(413, f"an answer is at most {MAX_BODY} bytes")
        try:
            data = json.loads(body, parse_constant=_no_constant)
        except ValueError:  # not JSON, not UTF-8, Infinity, a number too long to read
            return _refuse(400, "the answer is not valid JSON")
        if not isinstance(data, dict):
            return _refuse(400, 'an answer is a JSON object: {"prompt": …, "text": …}')
        prompt_id, text, control = data.get("prompt"), data.get("text"), data.get("control")
        if not isinstance(prompt_id, int) or isinstance(prompt_id, bool):
            return _refuse(400, '"prompt" is the number of the question asked')
        if text is not None and not isinstance(text, str):
            return _refuse(400, '"text" is the answer as text')
        if control is not None and control not in ev.CONTROLS:  # (a list is not in it)
            return _refuse(400, f'"control" is one of: {", ".join(sorted(ev.CONTROLS))}')
        typed = _clean(text or "")
        if typed is None:
            return _refuse(400, '"text" is not text (it holds a lone surrogate)')
        if control is None and not any(c.isalnum() for c in typed):
            return _refuse(400, "the answer has no letters or digits")
        ok = self.submit(prompt_id, typed if control is None else "", control)
        if not ok:
            return _refuse(409, "that question is no longer asked (answered already, or "
                                "elsewhere)")
        return JSONResponse({"ok": True}, headers=_HEADERS)

    async def _events(self, request: Request) -> Response:
        with self._lock:
            if len(self._streams) >= MAX_STREAMS:
                return PlainTextResponse("too many screens", status_code=503,
                                         headers=_HEADERS)
            self._stream_ids += 1
            sid = self._stream_ids
            self._streams[sid] = -1
        return StreamingResponse(self._stream(sid), media_type="text/event-stream",
                                 headers={**_HEADERS, "X-Accel-Buffering": "no"})

    async def _stream(self, sid: int) -> Any:
        try:
            yield f"retry: {self.reconnect_ms}\n\n"
            # keepalives the page sees (a comment it would not), with their interval: a
            # page that hears nothing for longer knows the link died without a word
            ping = f"event: ping\ndata: {self.keepalive_s}\n\n"
            yield ping
            while not self._closing:
                changed = self._changed
                with self._lock:
                    version, data = self._version, self._data
                if self._streams.get(sid) != version:
                    yield f"data: {data}\n\n"
                    with self._lock:
                        self._streams[sid] = version
                assert changed is not None
                try:
                    await asyncio.wait_for(changed.wait(), self.keepalive_s)
                except TimeoutError:
                    yield ping
        finally:
            with self._lock:
                self._streams.pop(sid, None)


def _refuse(status: int, why: str) -> Response:
    """A refused request: its status and, in words, why."""
    return JSONResponse({"ok": False, "error": why}, status_code=status, headers=_HEADERS)


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number a page sends")


async def _read_body(request: Request) -> bytes | None:
    """The request's body, or None when it is over ``MAX_BODY`` bytes (never read whole)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        return None
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            return None
    return body


# bidi embeddings, overrides and isolates, and the direction marks: they would turn what
# the page shows as heard ("Sinä: …") around, and no learner types them
_BIDI = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                               "\u2066\u2067\u2068\u2069"))


def _clean(text: str) -> str | None:
    """A typed answer as text the judge, the event log and the page all take: NFC, without
    control characters or bidi overrides, spaces collapsed, at most ``MAX_ANSWER``
    characters. None where it is not text at all (a lone surrogate, which no UTF-8 page
    sends)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return None
    text = unicodedata.normalize("NFC", text).translate(_BIDI)
    text = "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)
    return " ".join(text.split())[:MAX_ANSWER]


class _Guard:
    """Every request: the Host header names this server, and the token where one is set."""

    def __init__(self, app: ASGIApp, screen: Screen):
        self.app = app
        self.screen = screen

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        host = headers.get(b"host", b"").decode("latin-1")
        if not self.screen.allowed_host(host):
            await PlainTextResponse("wrong host", status_code=421)(scope, receive, send)
            return
        token = self.screen.token
        # the page's code and its tab's picture are no secret
        if token is not None and scope["path"] not in _FILES \
                and scope["path"] not in favicon.PATHS:
            query = Request(scope).query_params.get("token", "")
            if not secrets.compare_digest(query.encode(), token.encode()):
                await PlainTextResponse("this screen needs the address with its token, as "
                                        "printed when it started", status_code=403)(
                    scope, receive, send)
                return
        await self.app(scope, receive, send)
