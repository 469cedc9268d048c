"""The robot's picture in the browser's tab: the learner's screen and the trainer's console
serve it (no more 404 for /favicon.ico) and their pages link it."""

from __future__ import annotations

import http.client
from pathlib import Path

from valkky.console.app import create_app
from valkky.console.auth import hash_password
from valkky.console.db import Database
from valkky.favicon import FAVICON
from valkky.lesson.loader import load_lesson
from valkky.paths import lessons_dir
from valkky.screen.server import Screen
from valkky.settings import for_database


def _get(port: int, path: str) -> tuple[int, str, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    conn.request("GET", path, headers={"Host": f"127.0.0.1:{port}"})
    reply = conn.getresponse()
    out = reply.status, reply.getheader("content-type") or "", reply.read()
    conn.close()
    return out


def test_the_screen_serves_its_favicon_without_the_token() -> None:
    """Browsers ask for it without the page's query string, on any address."""
    lesson = load_lesson(lessons_dir() / "siivous" / "siivous-valineet.yaml")
    screen = Screen(lesson, "en", "0.0.0.0:0")
    try:
        assert screen.token
        for path in ("/favicon.ico", "/favicon.svg"):
            status, kind, body = _get(screen.port, path)
            assert (status, kind) == (200, "image/svg+xml"), path
            assert body == FAVICON.read_bytes()
        assert _get(screen.port, "/state")[0] == 403  # the rest still needs the token
        page = _get(screen.port, f"/?token={screen.token}")[2].decode()
        assert '<link rel="icon" href="favicon.svg" type="image/svg+xml">' in page
    finally:
        screen.stop(linger=0)


def test_the_console_serves_its_favicon_before_login(tmp_path: Path) -> None:
    from starlette.testclient import TestClient  # here: every worker collects this module

    db = Database(for_database(tmp_path / "progress.db"))
    try:
        client = TestClient(create_app(db, hash_password("x" * 12, cost=2**4)),
                            base_url="http://127.0.0.1")
        for path in ("/favicon.ico", "/favicon.svg"):
            reply = client.get(path)
            assert reply.status_code == 200, path
            assert reply.headers["content-type"] == "image/svg+xml"
            assert reply.content == FAVICON.read_bytes()
        login = client.get("/login").text
        assert '<link rel="icon" href="/favicon.svg" type="image/svg+xml">' in login
        assert client.get("/learners").status_code == 401  # the rest stays behind the login
    finally:
        db.close()


def test_the_favicon_is_package_data() -> None:
    """pip wheel ships what pyproject's package-data names (make test's wheel check
    installs the wheel and looks for it)."""
    import tomllib

    root = Path(__file__).resolve().parent.parent
    data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    assert FAVICON.name in data["tool"]["setuptools"]["package-data"]["valkky"]
    assert FAVICON.parent == root / "valkky" and FAVICON.read_text("utf-8").startswith("<svg")
