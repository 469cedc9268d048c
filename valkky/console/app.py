"""The trainer's console: a Starlette app of page modules behind one login.

``PAGE_MODULES`` lists the pages, in the order of the navigation; how a page module plugs
in is in ``console.web``. The gate (``Gate``) stands before all of them: before login it
lets through only the login form, its stylesheet and the language switch, so nothing
about a learner (a page, an API answer, a file) reaches anyone without the password;
after login it checks the CSRF token of every POST. Security headers go on every reply.
"""

from __future__ import annotations

import asyncio
import importlib
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from urllib.parse import parse_qsl, quote

import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from valkky import favicon
from valkky.console.auth import Session, Sessions, Throttle, check_password, csrf_ok
from valkky.console.db import Database
from valkky.console.i18n import Text
from valkky.console.web import LANGS, Console, Nav, form, render, translator
from valkky.errors import ValkkyError
from valkky.progress.score import percent

HERE = Path(__file__).resolve().parent
COOKIE = "valkky_console"
# The pages, in nav order. A page module has ``routes`` and may have ``nav`` and
# ``text`` (console.web). The live view and the lesson library plug in here too.
PAGE_MODULES: tuple[str, ...] = (
    "valkky.console.learners",
    "valkky.console.learner",
    "valkky.console.review",
    "valkky.console.live",
    "valkky.console.lessons",
    "valkky.console.groups",
    "valkky.console.pending",
)
# and /lang/<code>: the only paths before login
PUBLIC = ("/login", "/static/console.css", *favicon.PATHS)
MAX_FORM = 64 * 1024  # bytes of a POSTed form
HEADERS = [
    (b"content-security-policy", b"default-src 'self'; img-src 'self' data:; object-src "
                                 b"'none'; base-uri 'none'; frame-ancestors 'none'; "
                                 b"form-action 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
    (b"x-frame-options", b"DENY"),
]


def create_app(db: Database, password_hash: str, *, clock: Callable[[], float] = time.time,
               sessions: Sessions | None = None, throttle: Throttle | None = None,
               page_modules: Sequence[str] = PAGE_MODULES,
               allowed_hosts: Sequence[str] | None = None) -> Starlette:
    """The console for ``db``, its trainer signing in with the password ``password_hash``
    (``auth.hash_password``) stands for. ``allowed_hosts``: the names the Host header may
    give (served on loopback, a page elsewhere cannot rebind its name to the console)."""
    text = Text()
    nav: list[Nav] = []
    routes: list[BaseRoute] = [
        Route("/", _home),
        Route("/login", _login_form, methods=["GET"]),
        Route("/login", _login, methods=["POST"]),
        Route("/logout", _logout, methods=["POST"]),
        Route("/lang/{code}", _language),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
        *favicon.routes(),
    ]
    for name in page_modules:
        module = importlib.import_module(name)
        routes += list(module.routes)
        if getattr(module, "nav", None) is not None:
            nav.append(module.nav)
        text.add(getattr(module, "text", {}), name)
    templates = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    templates.filters["percent"] = percent  # a score as people read it: 87 %
    app = Starlette(routes=routes, exception_handlers={
        HTTPException: _http_error, ValkkyError: _valkky_error, Exception: _server_error})
    app.state.console = Console(db, password_hash, clock, templates, text, nav,
                                sessions or Sessions(), throttle or Throttle())
    app.add_middleware(Gate)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    return app


# -- the gate ------------------------------------------------------------------------------


class Gate:
    """Login before anything, the CSRF token on every POST, headers on every reply."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        c: Console = scope["app"].state.console
        request = Request(scope)
        session = c.sessions.get(request.cookies.get(COOKIE), c.clock())
        scope["valkky.session"] = session
        path: str = scope["path"]

        async def send_secure(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], *HEADERS]
            await send(message)

        public = path in PUBLIC or path.startswith("/lang/")
        if not public and not (session and session.trainer):
            # a cookie no session answers to: it expired (or the console restarted)
            expired = session is None and COOKIE in request.cookies
            await _refuse(request, expired=expired)(scope, receive, send_secure)
            return
        if scope["method"] == "POST":
            body = await _read_body(receive)
            refusal = _check_form(request, session, body)
            if refusal is not None:
                await refusal(scope, receive, send_secure)
                return
            assert body is not None  # _check_form refuses a form too large
            receive = _replay(body)
        await self.app(scope, receive, send_secure)


def _refuse(request: Request, *, expired: bool) -> Response:
    """Not signed in: a page asks for the login (and comes back after it); anything else
    gets a bare 401."""
    if request.method in ("GET", "HEAD") and "text/html" in request.headers.get("accept", ""):
        here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        target = "/login?next=" + quote(here)
        if expired:
            target += "&expired=1"
        return RedirectResponse(target, status_code=303)
    return PlainTextResponse("sign in first: /login", status_code=401)


async def _read_body(receive: Receive) -> bytes | None:
    """The request body, or None when it is larger than MAX_FORM."""
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_FORM:
            return None
        chunks.append(chunk)
        if not message.get("more_body"):
            break
    return b"".join(chunks)


def _check_form(request: Request, session: Session | None, body: bytes | None
                ) -> Response | None:
    """None if the form may go on (stored in the scope), else the refusal."""
    t = translator(request)
    if body is None:
        return PlainTextResponse(t("error.toolarge"), status_code=413)
    kind = request.headers.get("content-type", "").split(";")[0].strip()
    if body and kind != "application/x-www-form-urlencoded":
        return PlainTextResponse("forms only (application/x-www-form-urlencoded)",
                                 status_code=415)
    try:
        fields = dict(parse_qsl(body.decode(), keep_blank_values=True, max_num_fields=200))
    except (UnicodeDecodeError, ValueError):
        return PlainTextResponse("a form that cannot be read", status_code=400)
    if not csrf_ok(session, fields.get("csrf")):
        if request.url.path == "/login":  # its anonymous session expired: a fresh form
            return RedirectResponse("/login?expired=1", status_code=303)
        return render(request, "message.html", status=403, title=t("error.title"),
                      message=t("error.csrf"))
    request.scope["valkky.form"] = fields
    return None


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    return receive


# -- login, logout, language ---------------------------------------------------------------


def _console(request: Request) -> Console:
    return request.app.state.console


def _set_cookie(request: Request, response: Response, session: Session) -> None:
    response.set_cookie(COOKIE, session.token, httponly=True, samesite="strict", path="/",
                        secure=request.url.scheme == "https")


def _next(target: str | None) -> str:
    """Where to go after login: a path of this console only."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


async def _home(request: Request) -> Response:
    nav = _console(request).nav
    return RedirectResponse(nav[0].path if nav else "/login", status_code=303)


async def _login_form(request: Request, *, wrong: bool = False,
                      next_: str | None = None) -> Response:
    c = _console(request)
    session = request.scope.get("valkky.session")
    if session is not None and session.trainer:
        return RedirectResponse(_next(request.query_params.get("next")), status_code=303)
    if session is None:
        session = c.sessions.new(c.clock())
        request.scope["valkky.session"] = session
    t = translator(request)
    notice = (t("login.wrong") if wrong else t("login.expired") if
              request.query_params.get("expired") else t("login.out") if
              request.query_params.get("out") else None)
    response = render(request, "login.html", status=401 if wrong else 200,
                      title=t("login.title"), notice=notice, wrong=wrong,
                      next=_next(next_ or request.query_params.get("next")))
    _set_cookie(request, response, session)
    return response


async def _login(request: Request) -> Response:
    c = _console(request)
    fields = form(request)
    client = request.client.host if request.client else "?"
    # one check at a time per client, each after the client's wait: parallel guesses
    # queue behind each other, while other clients (and pages) go on
    lock = c._login_locks.setdefault(client, asyncio.Lock())
    async with lock:
        wait = c.throttle.wait(client, c.clock())
        if wait > 0:
            await asyncio.sleep(wait)
        ok = await run_in_threadpool(check_password, fields.get("password", ""),
                                     c.password_hash)
        if not ok:
            c.throttle.failed(client, c.clock())
    if not lock.locked():
        c._login_locks.pop(client, None)
    if not ok:
        return await _login_form(request, wrong=True, next_=fields.get("next"))
    c.throttle.succeeded(client)
    session = c.sessions.login(request.scope.get("valkky.session"), c.clock())
    response = RedirectResponse(_next(fields.get("next")), status_code=303)
    _set_cookie(request, response, session)
    return response


async def _logout(request: Request) -> Response:
    session = request.scope.get("valkky.session")
    if session is not None:
        _console(request).sessions.logout(session)
    response = RedirectResponse("/login?out=1", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


async def _language(request: Request) -> Response:
    code = request.path_params["code"]
    response = RedirectResponse(_next(request.query_params.get("next")), status_code=303)
    if code in LANGS:
        response.set_cookie("valkky_lang", code, httponly=True, samesite="strict", path="/",
                            max_age=365 * 86400)
    return response


# -- errors: a page in the trainer's language, never a traceback ---------------------------


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    t = translator(request)
    message = t("error.notfound") if exc.status_code == 404 else str(exc.detail)
    if "text/html" not in request.headers.get("accept", ""):
        return PlainTextResponse(message, status_code=exc.status_code)
    return render(request, "message.html", status=exc.status_code, title=t("error.title"),
                  message=message)


async def _valkky_error(request: Request, exc: Exception) -> Response:
    t = translator(request)
    return render(request, "message.html", status=400, title=t("error.title"),
                  message=str(exc))


async def _server_error(request: Request, exc: Exception) -> Response:
    t = translator(request)
    return PlainTextResponse(t("error.title"), status_code=500)
