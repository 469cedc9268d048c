"""The console's tests: a progress database filled by real `valkky run`s of the test
lesson, and the console's app on it (Starlette's TestClient, or a real `valkky console`)."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import TWO_LEARNERS, run_lessons
from valkky.cli import main

PASSWORD = "oikea-salasana"


@pytest.fixture(scope="session")
def seeded_once(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Where the first ``seeded`` database of this worker is kept (filled on first use)."""
    return {"folder": tmp_path_factory.mktemp("seeded")}


@pytest.fixture
def seeded(good_lesson: Path, tmp_path: Path, seeded_once: dict[str, Path]) -> Path:
    """Two learners of one workplace who have been through part of the test lesson: real
    `valkky run`s the first time in a worker, then a copy of that database for each test
    (its own file, free to change; the lesson, learners and answers are the same each time)."""
    path = tmp_path / "p.db"
    first = seeded_once.get("db")
    if first is None:
        first = seeded_once["folder"] / "p.db"
        for learner, lang in (("AB12", "ar"), ("CD34", "en")):
            assert main(["learners", "add", learner, "--db", str(first), "--lang", lang,
                         "--profession", "siivous", "--workplace", "Kemin varikko"]) == 0
        seeded_once["db"] = run_lessons(first, seeded_once["folder"], TWO_LEARNERS)
    with sqlite3.connect(first) as source, sqlite3.connect(path) as copy:
        source.backup(copy)  # whole and consistent, whatever its journal holds
    source.close()
    copy.close()
    return path


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
    from valkky.console.auth import Throttle, hash_password
    from valkky.console.db import Database

    clock = Clock()
    db = Database(seeded)
    app = create_app(db, hash_password(PASSWORD), clock=clock,
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
