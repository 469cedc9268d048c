"""Learners, erasure, plan, review, reports and xAPI, through the `valkky` command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import TWO_LEARNERS, Templates, run_lessons
from valkky.cli import main
from valkky.progress.store import Store
from valkky.progress.xapi import problems


def _two_learners(path: Path, folder: Path) -> None:
    assert main(["learners", "add", "AB12", "--db", str(path), "--lang", "ar",
                 "--profession", "siivous", "--name", "Testi"]) == 0
    run_lessons(path, folder, TWO_LEARNERS)


@pytest.fixture
def db(good_lesson: Path, tmp_path: Path, db_templates: Templates) -> Path:
    """Two learners who have each been through part of the test lesson."""
    return db_templates.copy("two-learners", _two_learners, tmp_path / "p.db")


def test_learners_list_and_export(db: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["learners", "list", "--db", str(db), "--json"]) == 0
    ids = [x["id"] for x in json.loads(capsys.readouterr().out)]
    assert ids == ["AB12", "CD34"]
    out = tmp_path / "ab.json"
    assert main(["learners", "export", "AB12", "--db", str(db), "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["learner"]["lang"] == "ar"
    steps = [(a["step"], a["verdict"], a["reason"], a["try"]) for a in data["attempts"]]
    assert steps[0] == ("mika", "almost", "double_consonant", 1)
    assert all({"step", "verdict", "reason", "score"} <= a.keys() for a in data["attempts"])


def test_delete_leaves_nothing_of_the_learner(db: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["learners", "delete", "AB12", "--db", str(db), "--yes"]) == 0
    store = Store(db)
    for table in ("learners", "sessions", "attempts", "cards"):
        column = "id" if table == "learners" else "learner_id"
        assert store.db.execute(f"SELECT count(*) FROM {table} WHERE {column}='AB12'"
                                ).fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM attempts").fetchone()[0] > 0  # CD34 stays
    store.close()
    files = list(db.parent.glob(db.name + "*"))  # the database, its WAL and shared memory
    assert db in files, files
    for file in files:
        assert b"AB12" not in file.read_bytes(), file
        assert b"Testi" not in file.read_bytes(), file


def test_delete_without_yes_refuses_when_not_interactive(db: Path, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", open("/dev/null"))  # noqa: SIM115
    assert main(["learners", "delete", "AB12", "--db", str(db)]) == 1
    assert Store(db).learner("AB12").id == "AB12"


def test_unknown_learner_is_a_clear_error(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "ZZ99", "--db", str(db)]) == 1
    assert "no learner 'ZZ99'" in capsys.readouterr().err


def test_review_lists_the_most_missed_answers(db: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["review", "--db", str(db), "--lesson", "testi"]) == 0
    out = capsys.readouterr().out
    # the step's question as the robot asks it, beside its id
    assert 'testi mika "Mikä tämä on?": 3 of 4 answers missed' in out
    assert '"ämpäri"' in out and '"mopi"' in out


def test_lesson_report_and_csv(db: Path, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    csv_path = tmp_path / "a.csv"
    assert main(["report", "--lesson", "testi", "--db", str(db), "--csv", str(csv_path)]) == 0
    out = capsys.readouterr().out
    assert "Lesson testi: 2 learners" in out and "double consonant (kuka – kukka)" in out
    assert "double_consonant" not in out  # the reason in words, never its code
    assert '"Mikä tämä on?"' in out  # each step's question beside its id
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("at,learner,lesson,step") and len(lines) == 9


def test_plan_proposes_lessons(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["plan", "AB12", "--db", str(db)]) == 0
    assert capsys.readouterr().out.strip()


def test_xapi_statements_are_valid(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.json"
    assert main(["export", "xapi", "--db", str(db), "-o", str(out)]) == 0
    statements = json.loads(out.read_text(encoding="utf-8"))
    assert len(statements) == 8
    for st in statements:
        assert problems(st) == [], st
        assert st["actor"]["account"]["name"] in ("AB12", "CD34")
        assert "mbox" not in st["actor"] and "name" not in st["actor"]
    verbs = {st["verb"]["display"]["en-US"] for st in statements}
    assert verbs == {"answered"}
    assert main(["export", "xapi", "--db", str(db), "--since", "2999-01-01", "-o",
                 str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == []
    assert main(["export", "xapi", "--db", str(db), "--since", "eilen"]) == 2  # usage


def test_html_report_renders_with_charts(db: Path, tmp_path: Path, browser: Any) -> None:
    page = tmp_path / "report.html"
    assert main(["report", "AB12", "--db", str(db), "--html", str(page)]) == 0
    text = page.read_text(encoding="utf-8")
    assert text.count("<svg") >= 3 and "<script" not in text and "http" not in text
    from valkky.testing.browser import fresh_page

    # Debian's chromium, the one the screen tests drive (started once per process)
    with fresh_page(browser, {"width": 1000, "height": 1400}) as tab:
        tab.goto(page.as_uri())
        shot = tab.screenshot()
    assert shot.startswith(b"\x89PNG") and len(shot) > 10_000  # a page with charts, not a blank


def test_corrupt_database_is_a_clear_error(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    assert main(["learners", "list", "--db", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "not a valid progress database" in err and "Traceback" not in err


def test_a_lessons_report_as_html_is_refused_with_why(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["report", "--lesson", "x", "--html", str(tmp_path / "r.html"),
                 "--db", str(tmp_path / "p.db")])
    assert code == 2 and "--html makes a learner's page" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()


@pytest.mark.parametrize("argv", [
    ["learners", "list"], ["learners", "add", "EF56"], ["learners", "show", "AB12"],
    ["plan", "AB12"], ["review"], ["report", "AB12"], ["export", "xapi", "-o", "x.json"],
    ["progress", "migrate", "--from", "robot.db", "--to", "DATA/fleet.db"]])
def test_every_command_opens_its_store_with_every_store_setting(
        argv: list[str], db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The settings file's [data] retry_s (the outbox's first wait for an unreachable
    PostgreSQL) and the data dir made the user's own reach every command's store, not only
    `valkky run`'s (the progress commands once opened theirs with neither)."""
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    data.chmod(0o755)
    (data / "progress.db").write_bytes(db.read_bytes())
    (tmp_path / "robot.db").write_bytes(db.read_bytes())
    config = tmp_path / "valkky.toml"
    config.write_text(f'[data]\ndir = "{data}"\nretry_s = 0.05\n', encoding="utf-8")
    opened: list[dict[str, Any]] = []
    real_init = Store.__init__

    def spy(self: Store, *args: Any, **kwargs: Any) -> None:
        opened.append(kwargs)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(Store, "__init__", spy)
    monkeypatch.delenv("VALKKY_DATA_DIR")  # it would override the file's [data] dir
    monkeypatch.chdir(tmp_path)
    argv = [str(data) + x[4:] if x.startswith("DATA/") else x for x in argv]
    assert main(["--config", str(config), *argv]) == 0
    ours = [k for k in opened if k.get("outbox") == data / "outbox.db"]
    assert ours, opened
    assert all(k.get("retry_s") == 0.05 for k in ours), ours
    assert data.stat().st_mode & 0o777 == 0o700


def test_an_empty_learners_list_says_so(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.db"
    assert main(["learners", "list", "--db", str(empty)]) == 0
    assert capsys.readouterr().out.strip() == (
        f"no learners in {empty} yet: `valkky learners add ID` adds one, or `valkky run` "
        "with a new --learner")
    assert main(["learners", "list", "--db", str(empty), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["learners", "add", "AB12", "--lang", "ar", "--db", str(empty)]) == 0
    capsys.readouterr()
    assert main(["learners", "list", "--db", str(empty)]) == 0
    assert capsys.readouterr().out.split() == ["id", "name", "lang", "level", "profession",
                                               "AB12", "ar", "-", "-"]


def test_a_learner_id_in_the_wrong_case_is_named_by_every_command(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ab12 for AB12 is a typo: every command that looks a learner up says which id was
    meant (once only `valkky run` did); a learner whose id is really ab12 is not refused."""
    for argv in (["learners", "show", "ab12"], ["report", "ab12"], ["plan", "ab12"],
                 ["learners", "export", "ab12"]):
        assert main([*argv, "--db", str(db)]) == 1, argv
        assert capsys.readouterr().err.strip() == ("valkky: error: no learner 'ab12'; did "
                                                   "you mean 'AB12'? (ids are case-sensitive)")
    answers = tmp_path / "a.txt"
    answers.write_text("moppi\n", encoding="utf-8")
    run = ["run", "testi", "--learner", "ab12", "--answers", str(answers), "--db", str(db)]
    assert main(run) == 1
    assert "did you mean 'AB12'?" in capsys.readouterr().err
    assert main(["learners", "add", "ab12", "--db", str(db)]) == 0
    assert main(run) == 0, capsys.readouterr().err


def test_a_report_counts_in_good_english(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["report", "AB12", "--db", str(db)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert "1 sessions" not in first and "1 tasks" not in first and "1 words" not in first
    assert first.startswith("Learner AB12: 1 session (")
