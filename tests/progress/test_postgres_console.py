"""The console on a fleet's PostgreSQL, and its page of what waits on this machine
(issue 17): the same as `valkky progress pending`, record by record."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.console.conftest import cheap_hash, sign_in
from valkky.console.app import create_app
from valkky.console.db import Database
from valkky.dbtarget import redact
from valkky.progress.backend import Write
from valkky.progress.outbox import Outbox, waiting
from valkky.settings import for_database


def _attempt(heard: str) -> Write:
    return Write("attempt", {
        "uid": heard, "session_id": 999, "learner_id": "P1", "lesson_id": "testi",
        "step": "mika", "heard": heard, "verdict": "almost", "reason": None, "score": 0.9,
        "try": 1, "final": 1, "closest": "moppi", "at": 1_800_000_000.0, "position": None,
        "review": None})


def test_waiting_reads_the_outbox_alone(tmp_path: Path) -> None:
    url = "postgresql://robot:salainen@db.invalid:5432/valkky"  # never connected to
    path = tmp_path / "outbox.db"
    assert waiting(url, path).pending == []  # no outbox yet: nothing waits
    box = Outbox(path, redact(url))
    box.put(_attempt("mopi"))
    box.put(Write("position", {"session_id": 999, "position": 3}, durable=False))
    Outbox(path, "postgresql://other@db.invalid/valkky").put(_attempt("not ours"))
    box.close()
    w = waiting(url, path)
    assert not w.sqlite and "salainen" not in w.database
    assert w.pending == [("attempt", 1), ("position", 1)]
    assert [(r.kind, r.args.get("heard")) for r in w.records] == [
        ("attempt", "mopi"), ("position", None)]
    assert waiting(tmp_path / "progress.db", path).sqlite


def test_the_consoles_page_of_what_waits(good_lesson: Path, pg_url: str,
                                         tmp_path: Path) -> None:
    from starlette.testclient import TestClient  # here: every worker collects this module

    outbox = tmp_path / "outbox.db"
    Outbox(outbox, redact(pg_url)).close()
    with sqlite3.connect(outbox) as conn:  # set aside by the server: it stays
        conn.execute("INSERT INTO rejected (target, kind, args, durable, why) VALUES "
                     "(?, 'attempt', ?, 1, 'its session was erased')",
                     (redact(pg_url), '{"learner_id": "P1", "lesson_id": "testi", '
                      '"step": "mika", "heard": "mopi", "verdict": "almost", '
                      '"at": 1800000000.0}'))
    db = Database(for_database(pg_url, data=tmp_path))
    try:
        client = TestClient(create_app(db, cheap_hash()),
                            base_url="http://127.0.0.1", follow_redirects=False)
        assert sign_in(client).status_code == 303
        page = client.get("/pending").text
        assert "Syrjään siirretyt" in page and "Mikä tämä on?" in page and "“mopi”" in page
        assert "mika" not in page.split("<main")[1] and "valkky-test" not in page
        assert client.get("/learners").status_code == 200
    finally:
        db.close()
