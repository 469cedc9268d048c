"""Progress in PostgreSQL, on a real server: every command that touches progress with
`--db postgresql://…`, a learner resuming on another robot, the same schema and
durability as SQLite, and bad input (a wrong URL or password, another schema, an
unreachable server) as one clear line."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from valkky.cli import main
from valkky.errors import ConfigError
from valkky.progress.errors import StoreError
from valkky.progress.migrations import MIGRATIONS
from valkky.progress.store import Store
from valkky.settings import build
from valkky.testing.postgres import Server, query

ALL_RIGHT = "moppi\nkaksi\npese kädet\nsiivoan\nmoppi\nämpäri\n"


def _robot(tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another robot: its own data dir (and outbox)."""
    monkeypatch.setenv("VALKKY_DATA_DIR", str(tmp_path / name))


def _answers(tmp_path: Path, text: str) -> str:
    path = tmp_path / f"answers-{abs(hash(text))}.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_every_progress_command_works_on_postgresql(good_lesson: Path, pg_url: str,
                                                    tmp_path: Path, capsys) -> None:
    db = ["--db", pg_url]
    assert main(["learners", "add", "AB12", "--lang", "en", "--profession", "siivous", *db]) == 0
    assert main(["run", "testi", "--learner", "AB12", "--answers",
                 _answers(tmp_path, "moppi\nyksi\nkaksi\n"), *db]) == 0
    capsys.readouterr()
    assert main(["learners", "list", "--json", *db]) == 0
    assert [x["id"] for x in json.loads(capsys.readouterr().out)] == ["AB12"]
    assert main(["learners", "show", "AB12", *db]) == 0
    assert "3 answers" in capsys.readouterr().out
    out = tmp_path / "ab12.json"
    assert main(["learners", "export", "AB12", "-o", str(out), *db]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [a["step"] for a in data["attempts"]] == ["mika", "step-4", "step-4"]
    assert {c["word"] for c in data["cards"]} == {"moppi"}
    assert main(["plan", "AB12", *db]) == 0
    assert main(["review", *db]) == 0
    assert "step-4" in capsys.readouterr().out
    assert main(["report", "AB12", "--html", str(tmp_path / "r.html"), *db]) == 0
    assert main(["report", "--lesson", "testi", *db]) == 0
    assert main(["export", "xapi", "-o", str(tmp_path / "x.json"), *db]) == 0
    assert len(json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))) == 3
    assert main(["learners", "delete", "AB12", "--yes", *db]) == 0
    assert query(pg_url, "SELECT count(*) FROM attempts") == [(0,)]


def test_a_learner_resumes_on_another_robot(good_lesson: Path, pg_url: str, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _robot(tmp_path, "robot-a", monkeypatch)
    assert main(["run", "testi", "--learner", "K1", "--db", pg_url, "--answers",
                 _answers(tmp_path, "moppi\n")]) == 0
    _robot(tmp_path, "robot-b", monkeypatch)
    assert main(["run", "testi", "--learner", "K1", "--db", pg_url, "--answers",
                 _answers(tmp_path, ALL_RIGHT[len("moppi\n"):])]) == 0
    steps = [s for (s,) in query(pg_url, "SELECT step FROM attempts ORDER BY id")]
    assert steps[:2] == ["mika", "step-4"]  # robot B went on where robot A stopped
    assert query(pg_url, "SELECT count(*), min(end_reason) FROM sessions") == [(1, "completed")]
    # the card robot A made stays; robot B's drill reviewed the word due
    assert dict(query(pg_url, "SELECT word, reviews FROM cards")) == {"moppi": 1, "ämpäri": 1}


def test_the_same_schema_and_types_as_sqlite(pg_empty_url: str, tmp_path: Path) -> None:
    pg_url = pg_empty_url  # the schema made here, by the first Store
    Store(pg_url).close()
    Store(tmp_path / "p.db").close()
    assert query(pg_url, "SELECT version FROM valkky_schema") == [(len(MIGRATIONS),)]
    types = dict(query(pg_url, "SELECT column_name, data_type FROM information_schema.columns "
                               "WHERE table_name='attempts'"))
    assert types["at"] == "double precision"  # never a 4-byte float: times keep their second
    assert types["id"] == "bigint"
    sqlite_columns = [r[1] for r in __import__("sqlite3").connect(tmp_path / "p.db").execute(
        "PRAGMA table_info(attempts)")]
    assert sorted(sqlite_columns) == sorted(types)


def test_the_answer_is_committed_before_the_robot_reacts(pg_url: str) -> None:
    store = Store(pg_url)
    store.add_learner("D1")
    sid, _ = store.open_session("D1", "testi")
    store.record_attempt(sid, "D1", "testi", step="s", heard="x", verdict="wrong", reason=None,
                         score=0.0, try_=1, final=False, closest=None)
    # another connection (another robot) sees it at once: committed, not pending
    assert query(pg_url, "SELECT heard FROM attempts") == [("x",)]
    assert store.pending() == 0
    store.close()


def test_settings_take_a_url_from_the_flag_or_the_file(tmp_path: Path) -> None:
    url = "postgresql://valkky@db.example:5432/fleet"
    file = tmp_path / "valkky.toml"
    file.write_text(f'[data]\ndb = "{url}"\n', encoding="utf-8")
    assert build(argparse.Namespace(config=str(file), db=None), env={}).db == url
    flag = argparse.Namespace(config=str(file), db="/srv/local.db")
    assert build(flag, env={}).db == Path("/srv/local.db")
    outbox = build(argparse.Namespace(config=str(file), db=None),
                   env={"VALKKY_DATA_DIR": "/d"}).outbox
    assert outbox == Path("/d/outbox.db")
    for bad, says in (("mysql://u@h/db", "not a mysql:// URL"),
                      ("postgresql://u@h:99999/db", "not a valid PostgreSQL URL"),
                      ("postgresql://u@h:5432", "needs a host and a database name")):
        with pytest.raises(ConfigError, match=says):
            build(argparse.Namespace(config=None, db=bad), env={})


@pytest.mark.parametrize("case", ["password", "database", "unreachable", "scheme", "newer",
                                  "foreign"])
def test_bad_input_is_one_clear_line(case: str, pg_server: Server, pg_empty_url: str,
                                     capsys, good_lesson: Path) -> None:
    pg_url = pg_empty_url  # "foreign": a table of another program's, before valkky's
    name = pg_url.rsplit("/", 1)[1]
    url = {"password": pg_server.url(name, password="wrong"),
           "database": pg_server.url("nosuchdb"),
           "unreachable": "postgresql://valkky@127.0.0.1:1/fleet",
           "scheme": "mysql://valkky@127.0.0.1/fleet"}.get(case, pg_url)
    if case == "newer":
        Store(pg_url).close()
        pg_server.sql("UPDATE valkky_schema SET version = 99", name)
    if case == "foreign":
        pg_server.sql("CREATE TABLE learners (name text)", name)
    says = {"password": "refused the password", "database": "no database 'nosuchdb'",
            "unreachable": "cannot reach the progress database", "scheme": "not a mysql://",
            "newer": "newer valkky (schema 99", "foreign": "did not make"}[case]
    for argv in (["learners", "list"], ["run", "testi", "--learner", "E1", "--answers",
                                         "/dev/null"]):
        # a --db that is no database URL is wrong usage (2); the rest, problems (1)
        assert main([*argv, "--db", url]) == (2 if case == "scheme" else 1)
        err = capsys.readouterr().err
        assert says in err
        assert len(err.strip().splitlines()) == 1, err
        assert "wrong" not in err and "valkky-test" not in err  # no password in a message


def test_a_store_with_a_password_in_the_url_never_shows_it(pg_url: str) -> None:
    store = Store(pg_url)
    assert "valkky-test" not in str(store.path) and "***" in str(store.path)
    store.close()


@pytest.mark.parametrize(("url", "says"), [
    ("postgresql://u@127.0.0.1:1/db?nosuch=1", "not a valid PostgreSQL URL"),
    ("postgresql://u@127.0.0.1:1/db?sslmode=bogus", "invalid sslmode"),
    ("postgresql://u@nohost.invalid/db", "cannot reach")])
def test_a_url_libpq_cannot_use_is_one_line(url: str, says: str, capsys) -> None:
    assert main(["learners", "list", "--db", url]) == 1
    err = capsys.readouterr().err
    assert says in err and len(err.strip().splitlines()) == 1, err


def test_an_unreachable_server_at_open_raises_store_error() -> None:
    with pytest.raises(StoreError, match="cannot reach"):
        Store("postgresql://valkky@127.0.0.1:1/fleet")


def test_a_password_is_never_shown() -> None:
    from valkky.dbtarget import redact

    assert redact("postgresql://u:p%40ss@h:5432/db?sslmode=require") == \
        "postgresql://u:***@h:5432/db?sslmode=require"
    assert redact("postgresql://u@h/db") == "postgresql://u@h/db"
