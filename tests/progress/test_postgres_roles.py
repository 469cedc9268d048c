"""deploy/postgres/roles.sql on a real server: the runtime writes answers and never
deletes, the console reads, overrides and erases, nobody else gets in."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from valkky.cli import main
from valkky.progress import overrides
from valkky.progress.store import Store
from valkky.testing.postgres import Server

ROLES = Path(__file__).resolve().parents[2] / "deploy" / "postgres" / "roles.sql"
_n = itertools.count()


def test_each_role_can_do_its_part_and_no_more(good_lesson: Path, pg_server: Server,
                                               tmp_path: Path, capsys) -> None:
    import psycopg  # here: every worker collects this module, few run it

    name = f"fleet{next(_n)}"
    pg_server.sql("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                  "'valkky_owner') THEN CREATE ROLE valkky_owner LOGIN; END IF; END $$")
    pg_server.sql(f"CREATE DATABASE {name} OWNER valkky_owner")
    for role in ("valkky_owner", "valkky_runtime", "valkky_console", "intruder"):
        pg_server.sql(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                      f"'{role}') THEN CREATE ROLE {role} LOGIN; END IF; END $$")
        pg_server.sql(f"ALTER ROLE {role} PASSWORD 'pw-{role}'")

    def url(role: str) -> str:
        return pg_server.url(name, user=role, password=f"pw-{role}")

    Store(url("valkky_owner")).close()  # the owner makes the schema
    pg_server.sql(ROLES.read_text(encoding="utf-8").replace("DATABASE valkky",
                                                            f"DATABASE {name}"), name)
    answers = tmp_path / "a.txt"
    answers.write_text("moppi\nkaksi\n", encoding="utf-8")
    # the runtime: a lesson, a new learner, answers, cards, the resume point
    assert main(["run", "testi", "--learner", "R1", "--db", url("valkky_runtime"),
                 "--answers", str(answers)]) == 0
    with psycopg.connect(url("valkky_runtime")) as conn, pytest.raises(
            psycopg.errors.InsufficientPrivilege):
        conn.execute("DELETE FROM attempts")
    with psycopg.connect(url("valkky_runtime")) as conn, pytest.raises(
            psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE attempts SET verdict='correct'")
    capsys.readouterr()
    assert main(["learners", "delete", "R1", "--yes", "--db", url("valkky_runtime")]) == 1
    err = capsys.readouterr().err
    assert "may not do this" in err and len(err.strip().splitlines()) == 1
    # the console: reads, overrides, erases
    assert main(["report", "R1", "--db", url("valkky_console")]) == 0
    assert main(["learners", "add", "C1", "--level", "A2", "--db", url("valkky_console")]) == 0
    store = Store(url("valkky_console"))
    assert store.update_learner("R1", level="B1").level == "B1"
    # a trainer's correction (the console's review page), beside the judge's verdict
    first = store.db.execute("SELECT id FROM attempts WHERE learner_id='R1' ORDER BY id"
                             ).fetchone()[0]
    overrides.override(store, first, "correct")
    assert overrides.latest(store, learner_id="R1") == {first: "correct"}
    store.close()
    with psycopg.connect(url("valkky_runtime")) as conn, pytest.raises(
            psycopg.errors.InsufficientPrivilege):
        conn.execute("DELETE FROM overrides")
    assert main(["learners", "delete", "R1", "--yes", "--db", url("valkky_console")]) == 0
    # nobody else
    capsys.readouterr()
    assert main(["learners", "list", "--db", url("intruder")]) == 1
    assert "permission denied" in capsys.readouterr().err
    # a robot finding an older schema may not upgrade it: one line, nothing changed
    pg_server.sql("UPDATE valkky_schema SET version = 1", name)
    assert main(["learners", "list", "--db", url("valkky_runtime")]) == 1
    err = capsys.readouterr().err
    assert "tables' owner" in err and len(err.strip().splitlines()) == 1, err
