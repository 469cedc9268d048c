"""The progress store under faults: two live runs of one lesson for one learner, a killed
run, files others could read, another reader holding the database, a full disk."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from valkky.cli import main

# The answers that take the test lesson (tests/conftest.py) to its end, all right.
ALL_RIGHT = "moppi\nkaksi\npese kädet\nsiivoan\nmoppi\nämpäri\n"


def _run(db: Path, learner: str, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "valkky.cli", "run", "testi", "--learner",
                             learner, "--db", str(db), *extra], stdin=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _rows(db: Path, sql: str) -> list[tuple]:
    if not db.exists():
        return []
    with sqlite3.connect(db) as conn:
        try:
            return list(conn.execute(sql))
        except sqlite3.OperationalError:  # not created yet
            return []


def _wait_for_attempts(db: Path, count: int, timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if len(_rows(db, "SELECT id FROM attempts")) >= count:
            return
        time.sleep(0.05)  # polling another process's database; bounded by the deadline
    raise AssertionError(f"{count} attempts never reached {db}")


def _answer(proc: subprocess.Popen[str], text: str) -> None:
    assert proc.stdin is not None
    proc.stdin.write(text)
    proc.stdin.flush()


def _finish(proc: subprocess.Popen[str], rest: str = "") -> tuple[int, str]:
    try:
        _, err = proc.communicate(rest, timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    return proc.returncode, err


# -- item: two live runs of one lesson for one learner -------------------------------------


def test_a_second_live_run_is_refused_and_each_completed_run_counts(good_lesson: Path,
                                                                    tmp_path: Path) -> None:
    db = tmp_path / "progress.db"
    first = _run(db, "K1")
    try:
        _answer(first, "moppi\n")
        _wait_for_attempts(db, 1)
        second = _run(db, "K1")
        code, err = _finish(second, ALL_RIGHT)
        assert code == 1, err
        assert "Traceback" not in err
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "K1" in lines[0] and "testi" in lines[0] \
            and "another" in lines[0], err
        code, err = _finish(first, ALL_RIGHT[len("moppi\n"):])
        assert code == 0, err
    finally:
        if first.poll() is None:
            first.kill()
    code, err = _finish(_run(db, "K1"), ALL_RIGHT)  # again, after the first one ended
    assert code == 0, err
    ends = _rows(db, "SELECT end_reason FROM sessions WHERE learner_id='K1' ORDER BY id")
    assert ends == [("completed",), ("completed",)]
    steps = _rows(db, "SELECT session_id, step FROM attempts WHERE step='mika' ORDER BY id")
    assert [s for s, _ in steps] == [1, 2]  # each run's answers in its own session


def test_restart_is_refused_while_the_session_is_live(good_lesson: Path,
                                                      tmp_path: Path) -> None:
    db = tmp_path / "progress.db"
    first = _run(db, "K2")
    try:
        _answer(first, "moppi\n")
        _wait_for_attempts(db, 1)
        code, err = _finish(_run(db, "K2", "--restart"), ALL_RIGHT)
        assert code == 1 and "another" in err and "Traceback" not in err, err
        assert _finish(first)[0] == 0  # its input ends: stopped, resumable
    finally:
        if first.poll() is None:
            first.kill()
    assert _rows(db, "SELECT end_reason FROM sessions") == [("stopped",)]


def test_another_learner_or_lesson_runs_alongside(good_lesson: Path, tmp_path: Path) -> None:
    db = tmp_path / "progress.db"
    first = _run(db, "K3")
    try:
        _answer(first, "moppi\n")
        _wait_for_attempts(db, 1)
        code, err = _finish(_run(db, "K4"), ALL_RIGHT)
        assert code == 0, err
    finally:
        _finish(first)


def test_a_killed_run_does_not_lock_the_learner_out(good_lesson: Path, tmp_path: Path) -> None:
    db = tmp_path / "progress.db"
    first = _run(db, "K5")
    try:
        _answer(first, "moppi\n")
        _wait_for_attempts(db, 1)
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    finally:
        if first.poll() is None:
            first.kill()
    code, err = _finish(_run(db, "K5"), ALL_RIGHT[len("moppi\n"):])
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
