"""A fleet on one PostgreSQL: one live run per learner and lesson across robots (an
advisory lock), and a robot that keeps teaching while the database is down: its answers
wait in a local outbox and reach the database when it is back, in order, each once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from valkky.cli import main
from valkky.progress.backend import Write
from valkky.progress.errors import SessionBusy
from valkky.progress.store import Store
from valkky.testing.postgres import Server, query
from valkky.testing.process import answer, finish
from valkky.testing.wait import wait_until

ALL_RIGHT = "moppi\nkaksi\npese kädet\nsiivoan\nmoppi\nämpäri\n"


def _wait(condition: Callable[[], bool], what: str, timeout_s: float = 30.0) -> None:
    wait_until(condition, timeout_s, what)


def _run(url: str, robot: Path, learner: str) -> subprocess.Popen[str]:
    # a short first wait of the outbox's back-off ([data] retry_s): the test waits for
    # the server to come back, not for the back-off's default pauses
    env = {**os.environ, "VALKKY_DATA_DIR": str(robot), "VALKKY_DATA_RETRY_S": "0.05"}
    return subprocess.Popen([sys.executable, "-m", "valkky.cli", "run", "testi", "--learner",
                             learner, "--db", url], stdin=subprocess.PIPE, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _run_on_b(url: str, robot: Path, learner: str, answers: str,
              capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """Robot B's `valkky run` in the test's process (robot A's is a process of its own; the
    server's advisory lock is between their connections): exit status and standard error."""
    file = robot / f"answers-{learner}.txt"
    robot.mkdir(exist_ok=True)
    file.write_text(answers, encoding="utf-8")
    capsys.readouterr()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("VALKKY_DATA_DIR", str(robot))  # robot B's own outbox
        code = main(["run", "testi", "--learner", learner, "--db", url, "--answers",
                     str(file)])
    return code, capsys.readouterr().err


def _session_locks(url: str) -> int:
    """Live-session locks (progress.pg's advisory locks) held in this database."""
    from valkky.progress.pg import LOCK_SESSION  # psycopg: only where a test needs it

    return query(url, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND "
                 "database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                 f"AND classid = {LOCK_SESSION}")[0][0]


def _count(url: str) -> int:
    import psycopg

    try:
        return query(url, "SELECT count(*) FROM attempts")[0][0]
    except psycopg.Error:  # not created yet
        return 0


def _pending(outbox: Path, kind: str = "attempt") -> int:
    if not outbox.exists():
        return 0
    with sqlite3.connect(outbox) as conn:
        try:
            return conn.execute("SELECT count(*) FROM pending WHERE kind=?",
                                (kind,)).fetchone()[0]
        except sqlite3.OperationalError:
            return 0


def test_a_second_robot_is_refused_while_the_first_teaches(
        good_lesson: Path, pg_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    first = _run(pg_url, tmp_path / "robot-a", "K1")
    robot_b = tmp_path / "robot-b"
    try:
        answer(first, "moppi\n")
        _wait(lambda: _count(pg_url) >= 1, "robot A's first answer")
        code, err = _run_on_b(pg_url, robot_b, "K1", ALL_RIGHT, capsys)
        assert code == 1, err
        assert "Traceback" not in err
        assert err.strip().splitlines() == [
            "valkky: error: learner K1 is already in lesson testi in another valkky run; "
            "finish or stop that one first (a run that was killed frees it at once)"]
        # another learner on robot B is not held up
        assert _run_on_b(pg_url, robot_b, "K2", ALL_RIGHT, capsys)[0] == 0
        # robot A is killed: the server drops its lock with its connection (once its
        # backend has read the end of that connection and exited: on a loaded machine,
        # after the killed process is gone)
        assert _session_locks(pg_url) == 1  # robot A's
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
        _wait(lambda: not _session_locks(pg_url), "the server to drop robot A's lock")
        code, err = _run_on_b(pg_url, robot_b, "K1", ALL_RIGHT[6:], capsys)
        assert code == 0, err
    finally:
        if first.poll() is None:
            first.kill()
    steps = [s for (s,) in query(pg_url, "SELECT step FROM attempts WHERE learner_id='K1' "
                                         "ORDER BY id")]
    assert steps[:3] == ["mika", "step-4", "step-5"]  # never interleaved: one after the other
    assert query(pg_url, "SELECT count(*) FROM sessions WHERE learner_id='K1'") == [(1,)]


def test_two_robots_opening_one_session_at_once_one_wins(pg_url: str) -> None:
    Store(pg_url).add_learner("R1")
    stores = [Store(pg_url) for _ in range(2)]
    results: list[object] = []
    go = threading.Barrier(2)

    def open_(store: Store) -> None:
        go.wait()
        try:
            results.append(store.open_session("R1", "testi"))
        except SessionBusy as exc:
            results.append(exc)

    threads = [threading.Thread(target=open_, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sorted(type(r).__name__ for r in results) == ["SessionBusy", "tuple"]
    assert query(pg_url, "SELECT count(*) FROM sessions") == [(1,)]
    for s in stores:
        s.close()


def test_the_database_goes_down_mid_lesson_and_nothing_is_lost(
        good_lesson: Path, pg_server: Server, pg_url: str, tmp_path: Path) -> None:
    robot = tmp_path / "robot"
    outbox = robot / "outbox.db"
    proc = _run(pg_url, robot, "K1")
    try:
        answer(proc, "moppi\n")
        _wait(lambda: _count(pg_url) == 1, "the first answer in the database")
        pg_server.stop("immediate")  # the server crashes
        try:
            answer(proc, "yksi\n")  # wrong at step-4: the robot goes on
            _wait(lambda: _pending(outbox) == 1, "the second answer in the outbox")
            answer(proc, "kaksi\n")
            _wait(lambda: _pending(outbox) == 2, "the third answer in the outbox")
        finally:
            pg_server.start()
        # sent once the server is back, while the lesson waits for the next answer
        _wait(lambda: _pending(outbox) == 0 and _count(pg_url) == 3, "the outbox sent")
        code, err = finish(proc, "pese kädet\nsiivoan\nmoppi\nämpäri\n")
    finally:
        if proc.poll() is None:
            proc.kill()
    assert code == 0, err
    assert "Traceback" not in err
    rows = query(pg_url, "SELECT step, verdict, try FROM attempts ORDER BY id")
    assert rows[:4] == [("mika", "correct", 1), ("step-4", "wrong", 1),
                        ("step-4", "correct", 2), ("step-5", "correct", 1)]  # in order
    heard = [h for (h,) in query(pg_url, "SELECT heard FROM attempts ORDER BY id")]
    # every answer given, each once, in the order given
    assert heard == ["moppi", "yksi", "kaksi", "pese kädet", "siivoan", "moppi", "ämpäri"]
    assert query(pg_url, "SELECT count(DISTINCT uid), count(*) FROM attempts") == [(7, 7)]
    assert query(pg_url, "SELECT end_reason FROM sessions") == [("completed",)]
    assert _pending(outbox) == 0 and _pending(outbox, "end") == 0


def test_an_answer_sent_twice_is_recorded_once(pg_url: str, tmp_path: Path) -> None:
    """The server committed it, the robot was cut before it crossed it off: sent again."""
    store = Store(pg_url, outbox=tmp_path / "outbox.db")
    store.add_learner("X1")
    sid, _ = store.open_session("X1", "testi")
    backend = store._backend
    write = Write("attempt", {"uid": "k-1", "session_id": sid, "learner_id": "X1",
                              "lesson_id": "testi", "step": "s", "heard": "moppi",
                              "verdict": "correct", "reason": None, "score": 1.0, "try": 1,
                              "final": 1, "closest": "moppi", "at": 1.0, "position": 1,
                              "review": ["moppi", {"en": "mop"}]})
    backend.outbox.put(write)  # type: ignore[attr-defined]
    backend.outbox.put(write)  # type: ignore[attr-defined]
    store.set_position(sid, 2)  # waits behind them; the sender sends all three
    _wait(lambda: store.pending() == 0, "the outbox sent")
    assert query(pg_url, "SELECT count(*) FROM attempts") == [(1,)]
    assert query(pg_url, "SELECT reviews FROM cards") == [(1,)]  # reviewed once too
    assert query(pg_url, "SELECT position FROM sessions") == [(2,)]
    store.close()


def test_a_full_disk_on_the_server_is_one_line_and_keeps_the_answer(
        good_lesson: Path, pg_server: Server, pg_url: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from valkky.cli import main

    name = pg_url.rsplit("/", 1)[1]
    Store(pg_url).close()
    # what PostgreSQL says when it cannot extend a file: SQLSTATE 53100, disk_full
    pg_server.sql("CREATE FUNCTION disk_full_now() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                  "RAISE EXCEPTION 'could not extend file: No space left on device' "
                  "USING ERRCODE = 'disk_full'; END $$", name)
    pg_server.sql("CREATE TRIGGER disk_full_now BEFORE INSERT ON attempts FOR EACH ROW "
                  "EXECUTE FUNCTION disk_full_now()", name)
    monkeypatch.setenv("VALKKY_DATA_DIR", str(tmp_path / "robot"))
    answers = tmp_path / "a.txt"
    answers.write_text("moppi\n", encoding="utf-8")
    capsys.readouterr()
    code = main(["run", "testi", "--learner", "F1", "--db", pg_url, "--answers", str(answers)])
    err = capsys.readouterr().err
    assert code == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "disk is full" in lines[0] and "kept on this robot" in lines[0]
    assert _pending(tmp_path / "robot" / "outbox.db") == 1
    assert main(["progress", "pending", "--db", pg_url]) == 0  # without the server's help
    assert "1 attempt writes wait" in capsys.readouterr().out
    pg_server.sql("DROP TRIGGER disk_full_now ON attempts", name)  # space freed
    assert main(["learners", "list", "--db", pg_url]) == 0  # the next command sends it
    assert query(pg_url, "SELECT step, heard FROM attempts") == [("mika", "moppi")]
    assert _pending(tmp_path / "robot" / "outbox.db") == 0


def test_a_write_the_server_refuses_is_set_aside_and_the_rest_goes(pg_url: str,
                                                                   tmp_path: Path) -> None:
    store = Store(pg_url, outbox=tmp_path / "outbox.db")
    store.add_learner("Y1")
    sid, _ = store.open_session("Y1", "testi")
    outbox = store._backend.outbox  # type: ignore[attr-defined]
    outbox.put(Write("position", {"session_id": sid, "position": 3}))
    outbox.put(Write("meet", {"learner_id": "erased", "lesson_id": "testi", "word": "w",
                              "glosses": {}, "card": "{}", "due": 0.0}))  # no such learner
    outbox.put(Write("position", {"session_id": sid, "position": 4}))
    store.set_position(sid, 5)
    _wait(lambda: store.pending() == 0, "the outbox sent")
    assert query(pg_url, "SELECT position FROM sessions") == [(5,)]
    assert outbox.summary("rejected") == [("meet", 1)]
    store.close()


def test_two_robots_registering_one_badge_at_once_both_go_on(pg_url: str) -> None:
    stores = [Store(pg_url) for _ in range(2)]
    go = threading.Barrier(2)
    created: list[bool] = []

    def register(store: Store) -> None:
        go.wait()
        created.append(store.ensure_learner("NEW1")[1])

    threads = [threading.Thread(target=register, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sorted(created) == [False, True]
    for s in stores:
        s.close()


def test_a_session_taken_over_while_the_server_was_away_stops_here(pg_url: str,
                                                                  tmp_path: Path) -> None:
    """Robot A's lock went with the server; robot B resumed the session before A saw the
    server back: A keeps what it heard, then stops; the two never write in turn."""
    # a short first wait of A's back-off ([data] retry_s): the test waits for A to try the
    # server again and find the session taken, not for the default pause
    a = Store(pg_url, outbox=tmp_path / "a.db", retry_s=0.05)
    a.add_learner("T1")
    sid, _ = a.open_session("T1", "testi")
    backend = a._backend
    backend._lock_conn.close()  # type: ignore[attr-defined]  # the server dropped it
    backend._offline(OSError("gone"))  # type: ignore[attr-defined]
    b = Store(pg_url, outbox=tmp_path / "b.db")
    assert b.open_session("T1", "testi")[0] == sid  # B resumes it: no lock held
    a.record_attempt(sid, "T1", "testi", step="s1", heard="heard on A", verdict="correct",
                     reason=None, score=1.0, try_=1, final=True, closest=None, position=1)
    _wait(lambda: sid in backend._taken, "A sees the session taken")  # type: ignore[attr-defined]
    with pytest.raises(SessionBusy, match="went on with this lesson on another robot"):
        a.set_position(sid, 2)
    a.end_session(sid, "stopped", None)  # not written: the session is B's now
    a.close()
    assert a.left == 0
    assert query(pg_url, "SELECT heard FROM attempts") == [("heard on A",)]
    assert query(pg_url, "SELECT end_reason FROM sessions") == [(None,)]
    assert b.session_live(sid)
    b.close()
