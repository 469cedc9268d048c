"""A disk that fills up mid-lesson: the session stops with a clear message, every answer
committed before stays, and the next run resumes where the store last wrote."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from valkky import events as ev
from valkky.engine.feedback import almost_fi
from valkky.engine.session import Session
from valkky.judge import judge
from valkky.lesson.files import resolve_lesson
from valkky.lesson.loader import load_lesson
from valkky.lesson.references import load_library
from valkky.progress.errors import StoreError
from valkky.progress.recorder import open_progress
from valkky.progress.store import Store
from valkky.runtime import Runtime
from valkky.testing.learners import ScriptedLearner


class FullDisk:
    """The store's connection on a disk that has filled up: every write fails the way
    SQLite reports it (SQLITE_FULL), reads still work."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db, self.full = db, False

    def execute(self, sql: str, *args):
        if self.full and sql.split()[0].upper() in {"INSERT", "UPDATE", "DELETE", "COMMIT"}:
            raise sqlite3.OperationalError("database or disk is full")
        return self.db.execute(sql, *args)

    def __getattr__(self, name: str):
        return getattr(self.db, name)


class FillDiskAfter:
    """A sink after the recorder: once ``n`` verdicts are recorded, the disk is full."""

    def __init__(self, disk: FullDisk, n: int) -> None:
        self.disk, self.n, self.spoken = disk, n, 0

    def handle(self, event: ev.Event) -> None:
        if isinstance(event, ev.Verdict):
            self.spoken += 1
            self.disk.full = self.spoken >= self.n


def _session(lesson, store: Store, learner: str, sinks: list) -> Runtime:
    recorder, start, drill = open_progress(store, learner, lesson)
    session = Session(lesson, judge=judge, feedback=almost_fi, lang="en", start_at=start,
                      drill_items=drill)
    return Runtime(session, ScriptedLearner(), [recorder, *sinks])


def test_a_full_disk_stops_the_session_and_loses_no_answer(tmp_path: Path) -> None:
    library, _ = load_library()
    lesson = load_lesson(resolve_lesson("siivous-valineet"), library)
    db = tmp_path / "progress.db"
    store = Store(db)
    store.add_learner("L1")
    disk = FullDisk(store.db)
    store.db = disk  # type: ignore[assignment]
    filler = FillDiskAfter(disk, 3)
    with pytest.raises(StoreError, match="full"):
        _session(lesson, store, "L1", [filler]).run()
    before = [(a["step"], a["verdict"]) for a in store.attempts(learner_id="L1")]
    store.close()
    assert len(before) == 3, before

    again = Store(db)  # space freed: a new process opens the same file
    assert [(a["step"], a["verdict"]) for a in again.attempts(learner_id="L1")] == before
    _session(lesson, again, "L1", []).run()
    steps = [a["step"] for a in again.attempts(learner_id="L1")]
    assert steps[: len(before)] == [s for s, _ in before]
    assert len(steps) == len(set(steps)), "a recorded answer was asked again"
    again.close()
