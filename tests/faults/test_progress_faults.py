"""The progress store under faults: two live runs of one lesson for one learner, a killed
run, files others could read, another reader holding the database, a full disk."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from valkky.cli import main
from valkky.progress.store import Store
from valkky.testing.process import answer, finish
from valkky.testing.wait import wait_until

# The answers that take the test lesson (tests/conftest.py) to its end, all right.
ALL_RIGHT = "moppi\nkaksi\npese kädet\nsiivoan\nmoppi\nämpäri\n"


def _run(db: Path, learner: str, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "valkky.cli", "run", "testi", "--learner",
                             learner, "--db", str(db), *extra], stdin=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _run_here(db: Path, learner: str, answers: str, capsys: pytest.CaptureFixture[str],
              *extra: str) -> tuple[int, str]:
    """`valkky run` in this process (beside one in another process, which holds the
    lesson): its exit status and what it wrote to standard error. A process's start-up
    and imports saved; the lock between the two is the same."""
    file = db.parent / f"answers-{learner}.txt"
    file.write_text(answers, encoding="utf-8")
    capsys.readouterr()
    code = main(["run", "testi", "--learner", learner, "--db", str(db), "--answers",
                 str(file), *extra])
    return code, capsys.readouterr().err


def _rows(db: Path, sql: str) -> list[tuple]:
    if not db.exists():
        return []
    with sqlite3.connect(db) as conn:
        try:
            return list(conn.execute(sql))
        except sqlite3.OperationalError:  # not created yet
            return []


def _wait_for_attempts(db: Path, count: int, timeout_s: float = 20.0) -> None:
    wait_until(lambda: len(_rows(db, "SELECT id FROM attempts")) >= count, timeout_s,
               f"{count} attempts in {db}")


# -- item: two live runs of one lesson for one learner -------------------------------------


def test_a_live_run_holds_its_learner_and_lesson_and_nothing_else(
        good_lesson: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One live `valkky run` in a process of its own and, beside it in this process, what
    it must refuse and what not: a second run of its learner and lesson, --restart, the
    learner's erasure; another learner's run. One live process for the four (each
    started its own: ≈ 0.45 s of CPU apiece)."""
    db = tmp_path / "progress.db"
    first = _run(db, "K1")
    try:
        answer(first, "moppi\n")
        _wait_for_attempts(db, 1)
        code, err = _run_here(db, "K1", ALL_RIGHT, capsys)
        assert code == 1, err
        assert "Traceback" not in err
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "K1" in lines[0] and "testi" in lines[0] \
            and "another" in lines[0], err
        code, err = _run_here(db, "K1", ALL_RIGHT, capsys, "--restart")
        assert code == 1 and "another" in err and "Traceback" not in err, err
        capsys.readouterr()
        code = main(["learners", "delete", "K1", "--db", str(db), "--yes"])
        err = capsys.readouterr().err
        assert code == 1 and "in a lesson" in err, err
        code, err = _run_here(db, "K4", ALL_RIGHT, capsys)  # another learner: alongside
        assert code == 0, err
        assert finish(first)[0] == 0  # its input ends: stopped, resumable
    finally:
        if first.poll() is None:
            first.kill()
    assert _rows(db, "SELECT end_reason FROM sessions WHERE learner_id='K1'") == [("stopped",)]
    assert _rows(db, "SELECT id FROM learners WHERE id='K1'") == [("K1",)]  # not erased
    code, err = _run_here(db, "K1", ALL_RIGHT[len("moppi\n"):], capsys)  # after it ended:
    assert code == 0, err  # not refused, and it resumes the stopped session to its end
    assert _rows(db, "SELECT end_reason FROM sessions WHERE learner_id='K1'") == [
        ("completed",)]
    assert _rows(db, "SELECT session_id FROM attempts WHERE learner_id='K1' AND step='mika'"
                 ) == [(1,)]


def test_a_killed_run_does_not_lock_the_learner_out(good_lesson: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "progress.db"
    first = _run(db, "K5")
    try:
        answer(first, "moppi\n")
        _wait_for_attempts(db, 1)
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    finally:
        if first.poll() is None:
            first.kill()
    code, err = _run_here(db, "K5", ALL_RIGHT[len("moppi\n"):], capsys)
    assert code == 0, err
    assert _rows(db, "SELECT id, end_reason FROM sessions") == [(1, "completed")]


def test_in_process_runs_one_after_another_are_not_refused(good_lesson: Path,
                                                           tmp_path: Path) -> None:
    db = tmp_path / "progress.db"
    answers = tmp_path / "a.txt"
    answers.write_text("moppi\n", encoding="utf-8")
    for _ in range(3):
        assert main(["run", "testi", "--learner", "K6", "--db", str(db), "--answers",
                     str(answers)]) == 0
    answers.write_text(ALL_RIGHT, encoding="utf-8")
    for _ in range(2):  # each completed run counts, in a session of its own
        assert main(["run", "testi", "--learner", "K7", "--db", str(db), "--answers",
                     str(answers)]) == 0
    ends = _rows(db, "SELECT end_reason FROM sessions WHERE learner_id='K7' ORDER BY id")
    assert ends == [("completed",), ("completed",)]
    steps = _rows(db, "SELECT session_id FROM attempts WHERE learner_id='K7' AND step='mika' "
                  "ORDER BY id")
    assert len({s for s, in steps}) == 2, steps


# -- item: who can read the learners' data -------------------------------------------------


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_database_and_its_files_are_private(good_lesson: Path, tmp_path: Path,
                                                umask: int) -> None:
    db = tmp_path / "new" / "dir" / "progress.db"
    answers = tmp_path / "a.txt"
    answers.write_text("moppi\n", encoding="utf-8")
    store = Store(db)  # held open, so that the -wal and -shm files stay
    try:
        assert main(["run", "testi", "--learner", "P1", "--db", str(db), "--answers",
                     str(answers)]) == 0
        files = {p.name: _mode(p) for p in db.parent.iterdir()}
        assert {"progress.db", "progress.db-wal", "progress.db-shm"} <= files.keys()
        assert all(mode == 0o600 for mode in files.values()), {k: oct(v) for k, v in
                                                                files.items()}
        assert _mode(db.parent) == 0o700  # made by the store
        assert _mode(db.parent.parent) == 0o700
    finally:
        store.close()


def test_the_default_data_dir_is_private(private_data_dir: Path, umask: int,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    data = private_data_dir / "valkky-data"
    monkeypatch.setenv("VALKKY_DATA_DIR", str(data))
    Store().close()
    assert _mode(data) == 0o700 and _mode(data / "progress.db") == 0o600


def test_an_existing_readable_database_is_made_private(tmp_path: Path) -> None:
    db = tmp_path / "progress.db"
    Store(db).close()
    db.chmod(0o644)
    Store(db).close()
    assert _mode(db) == 0o600


def test_the_event_log_is_private_and_holds_no_learner(good_lesson: Path, tmp_path: Path,
                                                       umask: int) -> None:
    log = tmp_path / "events.jsonl"
    answers = tmp_path / "a.txt"
    answers.write_text("salaisuus\nmoppi\nkaksi\n", encoding="utf-8")
    assert main(["run", "testi", "--learner", "LEARNER-77", "--db", str(tmp_path / "p.db"),
                 "--answers", str(answers), "--events", str(log), "--echo"]) == 0
    assert _mode(log) == 0o600
    text = log.read_text(encoding="utf-8")
    assert "LEARNER-77" not in text
    assert "salaisuus" not in text  # what was heard stays in the store, not in the log
    events = [json.loads(line) for line in text.splitlines()]
    verdicts = [(e["step"], e["verdict"]) for e in events if e["type"] == "verdict"]
    assert verdicts == [("mika", "wrong"), ("mika", "correct"), ("step-4", "correct")]
    assert any(e["type"] == "heard" for e in events)  # that something was heard, and when
    store = Store(tmp_path / "p.db")
    try:  # the store holds it: export includes it, delete erases it
        assert next(a["heard"] for a in store.attempts(learner_id="LEARNER-77")) == "salaisuus"
    finally:
        store.close()


# -- item: erasure while another process reads the database --------------------------------


def _learner_with_answers(db: Path, tmp_path: Path, learner: str = "AB12") -> None:
    assert main(["learners", "add", learner, "--db", str(db), "--name", "Testinimi"]) == 0
    answers = tmp_path / "a.txt"
    answers.write_text("mopi\nmoppi\n", encoding="utf-8")
    assert main(["run", "testi", "--learner", learner, "--db", str(db), "--answers",
                 str(answers)]) == 0


def _traces(db: Path, *needles: bytes) -> list[str]:
    return [f.name for f in db.parent.glob(db.name + "*") for n in needles
            if n in f.read_bytes()]


def test_delete_says_so_when_a_reader_keeps_old_copies(good_lesson: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch
                                                       ) -> None:
    monkeypatch.setattr("valkky.progress.store.ERASE_WAIT_S", 0.2)
    db = tmp_path / "progress.db"
    _learner_with_answers(db, tmp_path)
    reader = sqlite3.connect(db, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM attempts").fetchone()  # holds its snapshot
    capsys.readouterr()
    try:
        assert main(["learners", "delete", "AB12", "--db", str(db), "--yes"]) == 1
        captured = capsys.readouterr()
        assert "erased" not in captured.out
        lines = captured.err.strip().splitlines()
        assert len(lines) == 1 and "another process" in lines[0] and str(db) in lines[0]
        assert _traces(db, b"AB12", b"Testinimi")  # indeed still there: the message is true
    finally:
        reader.close()
    # the reader is gone: run again to finish; nothing is left
    assert main(["learners", "delete", "AB12", "--db", str(db), "--yes"]) == 1
    captured = capsys.readouterr()
    assert "no learner 'AB12'" in captured.err and "nothing of them" in captured.err
    assert _traces(db, b"AB12", b"Testinimi") == []


# -- item: a full disk when the database is opened -----------------------------------------


def test_a_full_disk_at_open_says_so_and_where(tmp_path: Path) -> None:
    """A 64 kB tmpfs, filled, in a private mount namespace (no root needed)."""
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    script = (f"mount -t tmpfs -o size=64k tmpfs {mnt} && "
              f"dd if=/dev/zero of={mnt}/fill bs=1k count=56 2>/dev/null && "
              f"exec {sys.executable} -m valkky.cli learners list --db {mnt}/progress.db")
    try:
        proc = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True,
                              text=True, timeout=60)
    except FileNotFoundError:
        pytest.skip("no unshare here")
    if "mount" in proc.stderr and "valkky" not in proc.stderr:
        pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.strip()}")
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "full" in lines[0] and str(mnt) in lines[0], lines[0]
    assert "I/O error" not in lines[0]


def test_a_file_given_as_db_by_mistake_is_left_as_it_was(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database, but long enough to have a header\n" * 10)
    notes.chmod(0o644)
    assert main(["learners", "list", "--db", str(notes)]) == 1
    assert "not a valid progress database" in capsys.readouterr().err
    assert _mode(notes) == 0o644
    assert notes.read_text().startswith("not a database")


def test_exports_and_reports_are_private(good_lesson: Path, tmp_path: Path,
                                         umask: int) -> None:
    db = tmp_path / "progress.db"
    _learner_with_answers(db, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    assert main(["learners", "export", "AB12", "--db", str(db), "-o", str(out / "ab.json")]) == 0
    assert main(["report", "AB12", "--db", str(db), "--html", str(out / "ab.html"),
                 "--csv", str(out / "ab.csv")]) == 0
    assert main(["export", "xapi", "--db", str(db), "-o", str(out / "x.json")]) == 0
    assert {p.name: oct(_mode(p)) for p in out.iterdir()} == {
        name: oct(0o600) for name in ("ab.json", "ab.html", "ab.csv", "x.json")}
