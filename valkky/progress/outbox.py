"""The outbox: a robot's answers kept, durably, in a local SQLite file while the fleet's
PostgreSQL database cannot be reached; sent in order when it is back, each once.

Each row is one runtime write (``backend.Write``) for one database (its URL without a
password), in the order it was made. A write leaves the outbox only after the server has
committed it; one sent and committed but not yet deleted (a cut at that instant) is sent
again and skipped there by its key. One process sends at a time (a lock on
``<outbox>.lock``); several runs on one robot may share the file.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from valkky.dbtarget import is_url, redact
from valkky.errors import ValkkyError
from valkky.private import private_dir, private_fd, private_file
from valkky.progress.backend import Write


class OutboxError(ValkkyError):
    pass


class Rejected(Exception):
    """The server refused a write for what it holds, not for being away (its session or
    learner erased meanwhile): it can never go; it is set aside, and the rest goes on."""


class Outbox:
    def __init__(self, path: Path, target: str) -> None:
        self.path, self.target = path, target
        try:
            private_dir(path.parent, tighten=False)
            private_file(path)
            # one thread at a time (the backend's lock), but not always the same one
            self.db = sqlite3.connect(path, isolation_level=None, timeout=10,
                                      check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            for table in ("pending", "rejected"):
                self.db.execute(f"CREATE TABLE IF NOT EXISTS {table} (id INTEGER PRIMARY "
                                "KEY, target TEXT NOT NULL, kind TEXT NOT NULL, args TEXT NOT "
                                "NULL, durable INTEGER NOT NULL, why TEXT)")
        except (sqlite3.Error, OSError) as exc:
            raise OutboxError(f"cannot open the outbox {path} (where answers wait while the "
                              f"progress database is unreachable): {exc}") from None
        self._count: int | None = None

    def put(self, write: Write) -> None:
        """Keep ``write``, durably (an fsync), before the robot goes on."""
        try:
            self.db.execute("INSERT INTO pending (target, kind, args, durable) "
                            "VALUES (?,?,?,?)", (self.target, write.kind,
                                                 json.dumps(write.args, ensure_ascii=False),
                                                 int(write.durable)))
        except sqlite3.Error as exc:
            raise OutboxError(f"the progress database {self.target} is unreachable and the "
                              f"outbox {self.path} cannot keep the answer: {exc}") from None
        self._count = None

    def count(self) -> int:
        if self._count is None:
            self._count = self.db.execute("SELECT count(*) FROM pending WHERE target=?",
                                          (self.target,)).fetchone()[0]
        return self._count

    def summary(self, table: str = "pending") -> list[tuple[str, int]]:
        """(kind, how many) waiting for this database (or set aside: ``rejected``)."""
        assert table in ("pending", "rejected")
        return list(self.db.execute(f"SELECT kind, count(*) FROM {table} WHERE target=? "
                                    "GROUP BY kind ORDER BY kind", (self.target,)))

    def records(self, table: str = "pending", limit: int = 200) -> list[Record]:
        """The writes waiting for this database (or set aside), oldest first."""
        assert table in ("pending", "rejected")
        return [Record(r[0], r[1], json.loads(r[2]), r[3]) for r in self.db.execute(
            f"SELECT id, kind, args, why FROM {table} WHERE target=? ORDER BY id LIMIT ?",
            (self.target, limit))]

    def flush(self, send: Callable[[Write], None]) -> bool:
        """Send the writes in order until one fails (its exception propagates); True when
        none is left. Another process sending the same outbox: False at once."""
        fd = os.open(self.path.with_name(self.path.name + ".lock"),
                     os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            private_fd(fd)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return False
            self._count = None
            while True:
                row = self.db.execute("SELECT id, kind, args, durable FROM pending WHERE "
                                      "target=? ORDER BY id LIMIT 1", (self.target,)).fetchone()
                if row is None:
                    self._count = 0
                    return True
                try:
                    send(Write(row[1], json.loads(row[2]), bool(row[3])))
                except Rejected as exc:
                    self.db.execute("BEGIN IMMEDIATE")
                    self.db.execute("INSERT INTO rejected (target, kind, args, durable, why) "
                                    "SELECT target, kind, args, durable, ? FROM pending "
                                    "WHERE id=?", (str(exc), row[0]))
                    self.db.execute("DELETE FROM pending WHERE id=?", (row[0],))
                    self.db.execute("COMMIT")
                else:
                    self.db.execute("DELETE FROM pending WHERE id=?", (row[0],))
                self._count = None
        finally:
            os.close(fd)  # the flock goes with it

    def close(self) -> None:
        self.db.close()


@dataclass(frozen=True)
class Record:
    """One write kept in the outbox: its kind (attempt, position, end, meet, level) and
    what it writes; ``why`` a set-aside one was refused."""

    id: int
    kind: str
    args: dict[str, Any]
    why: str | None = None


@dataclass(frozen=True)
class Waiting:
    """What waits on this machine for the progress database (``valkky progress pending``,
    the console's page)."""

    database: str  # as shown: a file, or the URL without its password
    outbox: Path
    sqlite: bool  # a SQLite file is written at once: nothing ever waits for it
    pending: list[tuple[str, int]] = field(default_factory=list)  # (kind, how many)
    rejected: list[tuple[str, int]] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)  # pending, oldest first
    set_aside: list[Record] = field(default_factory=list)


def waiting(db: Path | str, outbox: Path, limit: int = 200) -> Waiting:
    """Read from the outbox alone (never the database): what waits is worth knowing
    while the server is down."""
    if not is_url(db):
        return Waiting(str(db), outbox, sqlite=True)
    shown = redact(str(db))
    if not outbox.exists():
        return Waiting(shown, outbox, sqlite=False)
    box = Outbox(outbox, shown)
    try:
        return Waiting(shown, outbox, False, box.summary(), box.summary("rejected"),
                       box.records("pending", limit), box.records("rejected", limit))
    finally:
        box.close()
