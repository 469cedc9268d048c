"""`valkky progress migrate --from progress.db --to postgresql://…`: a robot's history into
the fleet's database, idempotently; and `valkky progress pending`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from valkky.cli import main
from valkky.testing.postgres import query


def _answers(tmp_path: Path, text: str) -> str:
    path = tmp_path / f"a{abs(hash(text))}.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_migrate_copies_a_robots_history_once(good_lesson: Path, pg_url: str, tmp_path: Path,
                                              capsys) -> None:
    robot = tmp_path / "progress.db"
    for learner, text in (("M1", "moppi\nyksi\n"), ("M2", "moppi\n")):
        assert main(["run", "testi", "--learner", learner, "--db", str(robot), "--answers",
                     _answers(tmp_path, text)]) == 0
    with sqlite3.connect(robot) as conn:  # an answer from before answers had keys
        conn.execute("UPDATE attempts SET uid=NULL WHERE id=1")
    # the fleet already knows M2 from another robot
    assert main(["learners", "add", "M2", "--db", pg_url]) == 0
    capsys.readouterr()
    assert main(["progress", "migrate", "--from", str(robot), "--to", pg_url]) == 0
    out = capsys.readouterr().out
    assert "1 learners, 2 sessions, 3 answers" in out
    assert "valkky-test" not in out  # the password is never shown
    assert main(["progress", "migrate", "--from", str(robot), "--to", pg_url]) == 0
    assert "0 learners, 0 sessions, 0 answers, 0 cards" in capsys.readouterr().out
    assert query(pg_url, "SELECT learner_id, step, heard FROM attempts ORDER BY at") == [
        ("M1", "mika", "moppi"), ("M1", "step-4", "yksi"), ("M2", "mika", "moppi")]
    # the learner goes on from there on any robot of the fleet
    assert main(["run", "testi", "--learner", "M1", "--db", pg_url, "--answers",
                 _answers(tmp_path, "kaksi\n")]) == 0
    assert query(pg_url, "SELECT count(*) FROM sessions WHERE learner_id='M1'") == [(1,)]
    # more lessons on the robot, then migrate again: only the new ones
    assert main(["run", "testi", "--learner", "M2", "--db", str(robot), "--answers",
                 _answers(tmp_path, "kaksi\n")]) == 0
    capsys.readouterr()
    assert main(["progress", "migrate", "--from", str(robot), "--to", pg_url]) == 0
    assert "0 learners, 0 sessions, 1 answers" in capsys.readouterr().out


def test_migrate_refuses_bad_input_in_one_line(pg_url: str, tmp_path: Path, capsys) -> None:
    for argv, says in (
            (["--from", str(tmp_path / "none.db"), "--to", pg_url], "no progress database"),
            (["--from", pg_url, "--to", pg_url], "not a URL"),
            (["--from", __file__, "--to", pg_url], "not a valid progress database")):
        assert main(["progress", "migrate", *argv]) == 1
        err = capsys.readouterr().err
        assert says in err and len(err.strip().splitlines()) == 1, err


def test_pending_reads_the_outbox_without_the_server(tmp_path: Path, capsys) -> None:
    url = "postgresql://valkky@127.0.0.1:1/fleet"
    assert main(["progress", "pending", "--db", url]) == 0
    assert "nothing waits" in capsys.readouterr().out
    assert main(["progress", "pending", "--db", str(tmp_path / "p.db")]) == 0
    assert "SQLite" in capsys.readouterr().out


def test_migrate_copies_workplaces_and_corrections_once(good_lesson: Path, pg_url: str,
                                                        tmp_path: Path, capsys) -> None:
    from valkky.progress import overrides
    from valkky.progress.store import Store

    robot = tmp_path / "progress.db"
    assert main(["learners", "add", "W1", "--workplace", "Kemin varikko", "--db",
                 str(robot)]) == 0
    assert main(["run", "testi", "--learner", "W1", "--db", str(robot), "--answers",
                 _answers(tmp_path, "harja\nharja\n")]) == 0
    store = Store(robot)
    wrong = store.db.execute("SELECT id FROM attempts WHERE final=1").fetchone()[0]
    overrides.override(store, wrong, "correct")
    store.close()
    for _ in range(2):
        assert main(["progress", "migrate", "--from", str(robot), "--to", pg_url]) == 0
    assert query(pg_url, "SELECT workplace FROM learners") == [("Kemin varikko",)]
    assert query(pg_url, "SELECT a.heard, o.verdict FROM overrides o JOIN attempts a ON "
                         "a.id=o.attempt_id") == [("harja", "correct")]
