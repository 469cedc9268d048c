"""What a page module of the console uses: its nav entry, rendering a template, the
submitted form, the database, and the text in the trainer's language.

How a page plugs in (``console.app.PAGE_MODULES`` lists the modules, in nav order):

    # valkky/console/mypage.py
    from starlette.routing import Route
    from valkky.console.web import Nav, render

    async def index(request): return render(request, "mypage.html", title=...)

    routes = [Route("/mypage", index)]                      # required
    nav = Nav("/mypage", fi="Minun sivuni", en="My page")   # optional: a nav entry
    text = {"mypage.hello": {"fi": "Hei", "en": "Hello"}}   # optional: UI strings

Every route is behind the login, and every POST is checked for the CSRF token before a
page sees it (a form puts ``{{ csrf_field }}`` in it); ``form(request)`` is the
submitted form. Templates live in ``console/templates/`` and extend ``base.html``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

from markupsafe import Markup
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse

from valkky.errors import ValkkyError
from valkky.lesson import questions
from valkky.lesson.model import Lesson
from valkky.lesson.references import profession_names

if TYPE_CHECKING:
    import asyncio

    import jinja2

    from valkky.console.auth import Sessions, Throttle
    from valkky.console.db import Database
    from valkky.console.i18n import Text
    from valkky.progress.store import Store

LANGS = ("fi", "en")
T = TypeVar("T")


@dataclass(frozen=True)
class Nav:
    """A page's entry in the console's navigation."""

    path: str
    fi: str
    en: str

    def label(self, lang: str) -> str:
        return self.en if lang == "en" else self.fi


@dataclass
class Console:
    """What every request may use: the database, the templates, the words, the nav, the
    sessions and the login's slowdown."""

    db: Database
    password_hash: str
    clock: Callable[[], float]
    templates: jinja2.Environment
    text: Text
    nav: list[Nav]
    sessions: Sessions
    throttle: Throttle
    library: Library | None = None  # read on first use (console.web.library)
    _login_locks: dict[str, asyncio.Lock] = field(default_factory=dict)


def console(request: Request) -> Console:
    return request.app.state.console


def lang_of(request: Request) -> str:
    lang = request.cookies.get("valkky_lang", "fi")
    return lang if lang in LANGS else "fi"


def translator(request: Request) -> Callable[..., str]:
    """``t(key, **values)``: the UI string in the trainer's language."""
    return console(request).text.translator(lang_of(request))


def form(request: Request) -> dict[str, str]:
    """The POSTed form (read and CSRF-checked by the middleware): one value per name."""
    return dict(request.scope.get("valkky.form", {}))


async def in_db(request: Request, work: Callable[[Store], T]) -> T:
    """Run ``work(store)`` on the console's database thread."""
    return await console(request).db.run(work)


@dataclass(frozen=True)
class Library:
    """The lesson library as the pages need it: lessons by id, the professions' names
    and the support languages."""

    lessons: dict[str, Lesson]
    professions: dict[str, dict[str, str]]
    langs: tuple[str, ...]

    def title(self, lesson_id: str) -> str:
        lesson = self.lessons.get(lesson_id)
        return lesson.title if lesson else lesson_id

    def profession(self, profession_id: str | None, lang: str) -> str:
        names = self.professions.get(profession_id or "", {})
        return names.get(lang) or names.get("fi") or profession_id or "–"


def load_library() -> Library:
    try:
        names = profession_names()
    except ValkkyError:
        names = {}
    langs = sorted({k for n in names.values() for k in n if k != "fi"})
    return Library(questions.library(), names, tuple(langs))


async def library(request: Request) -> Library:
    """The library, read once (off the event loop) and kept."""
    c = console(request)
    if c.library is None:
        c.library = await run_in_threadpool(load_library)
    return c.library


def when(at: float | None, lang: str) -> str:
    """A time as the trainer reads it, in this machine's time zone."""
    if at is None:
        return "–"
    t = time.localtime(at)
    return time.strftime("%-d.%-m.%Y %H:%M" if lang == "fi" else "%Y-%m-%d %H:%M", t)


def render(request: Request, template: str, *, status: int = 200, **context: Any
           ) -> HTMLResponse:
    """``template`` with the base context: language, ``t``, nav, the CSRF field."""
    c = console(request)
    lang = lang_of(request)
    session = request.scope.get("valkky.session")
    csrf = session.csrf if session is not None else ""
    base = {
        "request": request, "lang": lang, "t": c.text.translator(lang),
        "when": lambda at: when(at, lang),
        "language": lambda code: _language(c.text, lang, code),
        "nav": [(n.path, n.label(lang)) for n in c.nav],
        "path": request.url.path, "signed_in": bool(session and session.trainer),
        "languages": _languages(request, lang),
        "csrf_field": Markup('<input type="hidden" name="csrf" value="{}">').format(csrf),
    }
    html = c.templates.get_template(template).render(**base, **context)
    return HTMLResponse(html, status_code=status)


def _languages(request: Request, current: str) -> list[tuple[str, str, bool]]:
    """(code, link, current) for the language switch: back to this page."""
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return [(code, f"/lang/{code}?next={quote(here)}", code == current) for code in LANGS]


def _language(text: Any, lang: str, code: str | None) -> str:
    """A support language's name (its code where none is known)."""
    if not code:
        return "–"
    key = f"lang.{code}"
    return str(text.translator(lang)(key)) if key in text.strings else code
