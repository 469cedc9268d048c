"""The console's tests: a progress database filled by real `valkky run`s of the test
lesson, and the console's app on it (Starlette's TestClient, or a real `valkky console`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import TWO_LEARNERS, Templates, run_lessons
from valkky.cli import main
from valkky.console.auth import hash_password

PASSWORD = "oikea-salasana"
# scrypt's N for tests of what lies behind the login: a check at the real cost (2**14,
# held by tests/console/test_auth.py) takes 50 ms of CPU, and these log in again and again
CHEAP = 2**4


def cheap_hash(password: str = PASSWORD) -> str:
    return hash_password(password, cost=CHEAP)


def two_of_one_workplace(path: Path, folder: Path) -> None:
    for learner, lang in (("AB12", "ar"), ("CD34", "en")):
        assert main(["learners", "add", learner, "--db", str(path), "--lang", lang,
                     "--profession", "siivous", "--workplace", "Kemin varikko"]) == 0
    run_lessons(path, folder, TWO_LEARNERS)


@pytest.fixture
def seeded(good_lesson: Path, tmp_path: Path, db_templates: Templates) -> Path:
    """Two learners of one workplace who have been through part of the test lesson."""
    return db_templates.copy("two-of-one-workplace", two_of_one_workplace, tmp_path / "p.db")


class Clock:
    """A clock the test moves (sessions expire, the login slows down)."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, html[:500]
    return found.group(1)


@pytest.fixture
def console(seeded: Path) -> Iterator[Any]:
    """(a TestClient, the Database, the Clock) of a console on the seeded database."""
    from starlette.testclient import TestClient

    from valkky.console.app import create_app
    from valkky.console.auth import Throttle
    from valkky.console.db import Database
    from valkky.settings import for_database

    clock = Clock()
    db = Database(for_database(seeded))
    app = create_app(db, cheap_hash(), clock=clock,
                     throttle=Throttle(free=2, max_wait_s=0.05))
    client = TestClient(app, base_url="http://127.0.0.1", follow_redirects=False)
    try:
        yield client, db, clock
    finally:
        client.close()
        db.close()


def sign_in(client: Any, password: str = PASSWORD) -> Any:
    csrf = csrf_of(client.get("/login").text)
    return client.post("/login", data={"csrf": csrf, "password": password, "next": "/"})


@pytest.fixture
def signed_in(console: Any) -> Any:
    client, db, clock = console
    assert sign_in(client).status_code == 303
    return client, db, clock


class ServedConsole:
    """`valkky console` served in the test's process, on a thread: the real app, uvicorn and
    a socket on a free loopback port (valkky.console.serve.BoundConsole), without a process's
    start (python and the console's imports: ≈ 0.7 s of CPU, seconds on a loaded machine)
    where the command line and the process are not what is tested. What would be a traceback
    on the process's stderr (an error the server logs, or one that ends it) fails ``stop()``."""

    def __init__(self, db: Path, *, password: str = PASSWORD, broker: str | None = None,
                 login_wait_s: float = 1.0) -> None:
        import logging
        import threading

        from valkky.console.serve import BoundConsole
        from valkky.screen.address import parse_address
        from valkky.settings import for_database

        self.console = BoundConsole(parse_address("127.0.0.1:0", "--bind"),
                                    for_database(db), cheap_hash(password), broker=broker,
                                    login_wait_s=login_wait_s)
        self.url = self.console.url.rstrip("/")
        self.errors: list[logging.LogRecord] = []
        self._log = logging.getLogger("uvicorn.error")  # where uvicorn logs an app's errors
        self._handler = logging.Handler(logging.ERROR)
        self._handler.emit = self.errors.append  # type: ignore[method-assign]
        self._log.addHandler(self._handler)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._serve, daemon=True, name="console")
        self._thread.start()

    def _serve(self) -> None:
        try:
            self.console.run()
        except BaseException as exc:  # raised in the test's thread by stop()
            self._error = exc

    def stop(self) -> None:
        self.console.stop()
        self._thread.join(10)
        self._log.removeHandler(self._handler)
        assert not self._thread.is_alive(), "the console did not stop"
        if self._error is not None:
            raise self._error
        assert not self.errors, [r.getMessage() for r in self.errors]
