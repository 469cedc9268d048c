"""A session cut off anywhere resumes at the first unanswered step, and no judged answer
is lost: a real `valkky run` is killed with SIGKILL mid-lesson."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from valkky.cli import main
from valkky.testing.wait import wait_until


def _attempts(db: Path) -> list[tuple[str, str, int]]:
    if not db.exists():
        return []
    with sqlite3.connect(db) as conn:
        try:
            return list(conn.execute("SELECT step, verdict, try FROM attempts ORDER BY id"))
        except sqlite3.OperationalError:  # not created yet
            return []


def _wait_for(db: Path, count: int, timeout_s: float = 20.0) -> list[tuple[str, str, int]]:
    """The attempts once another process has written ``count`` of them (bounded)."""
    wait_until(lambda: len(_attempts(db)) >= count, timeout_s,
               f"{count} attempts in {db}")
    return _attempts(db)


def test_sigkill_mid_lesson_loses_nothing_and_resumes(good_lesson: Path, tmp_path: Path) -> None:
    db = tmp_path / "progress.db"
    proc = subprocess.Popen([sys.executable, "-m", "valkky.cli", "run", "testi", "--learner",
                             "K1", "--db", str(db)], stdin=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdin is not None
        proc.stdin.write("moppi\n")
        proc.stdin.flush()
        _wait_for(db, 1)
        proc.stdin.write("yksi\n")  # a wrong first try at step-4; the process waits for more
        proc.stdin.flush()
        before = _wait_for(db, 2)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert before == [("mika", "correct", 1), ("step-4", "wrong", 1)]

    answers = tmp_path / "rest.txt"
    answers.write_text("kaksi\npese kädet\n", encoding="utf-8")
    log = tmp_path / "events.jsonl"
    assert main(["run", "testi", "--learner", "K1", "--db", str(db), "--answers", str(answers),
                 "--events", str(log)]) == 0
    after = _attempts(db)
    assert after[:2] == before  # nothing judged was lost
    # resumed at step-4, the first step not yet answered to the end
    assert after[2:] == [("step-4", "correct", 1), ("step-5", "correct", 1)]
    with sqlite3.connect(db) as conn:
        sessions = list(conn.execute("SELECT count(*) FROM sessions"))
    assert sessions == [(1,)]  # the same session, continued


def test_an_answered_step_is_not_asked_again(good_lesson: Path, tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    one = tmp_path / "one.txt"
    one.write_text("moppi\n", encoding="utf-8")
    assert main(["run", "testi", "--learner", "K2", "--db", str(db), "--answers", str(one)]) == 0
    two = tmp_path / "two.txt"
    two.write_text("kaksi\n", encoding="utf-8")
    assert main(["run", "testi", "--learner", "K2", "--db", str(db), "--answers", str(two)]) == 0
    assert [s for s, _, _ in _attempts(db)] == ["mika", "step-4"]


def test_restart_starts_over(good_lesson: Path, tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    one = tmp_path / "one.txt"
    one.write_text("moppi\n", encoding="utf-8")
    main(["run", "testi", "--learner", "K3", "--db", str(db), "--answers", str(one)])
    main(["run", "testi", "--learner", "K3", "--db", str(db), "--answers", str(one),
          "--restart"])
    assert [s for s, _, _ in _attempts(db)] == ["mika", "mika"]


def test_shown_words_become_cards_and_drill_reviews_due_ones(good_lesson: Path,
                                                             tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    one = tmp_path / "one.txt"
    one.write_text("moppi\n", encoding="utf-8")
    main(["run", "testi", "--learner", "C1", "--db", str(db), "--answers", str(one)])
    with sqlite3.connect(db) as conn:
        cards = dict(conn.execute("SELECT word, reviews FROM cards WHERE learner_id='C1'"))
    assert cards == {"moppi": 1}  # shown ("Tämä on moppi."), then answered: one review
