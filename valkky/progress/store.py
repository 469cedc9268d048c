"""Learner progress: learners, sessions, attempts and vocabulary cards, in SQLite (the
default) or PostgreSQL (a fleet's shared record; ``valkky.progress.pg``).

Every answer is committed, durably, the moment it is judged (SQLite: WAL with
``synchronous=FULL``; PostgreSQL: a synchronous commit, or the robot's outbox while the
server is unreachable), so neither Ctrl-C, ``kill -9`` nor a power cut loses a judged
answer.
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import shutil
import sqlite3
import struct
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from valkky.dbtarget import is_url, parse_target, redact
from valkky.errors import ValkkyError
from valkky.private import private_dir, private_fd, private_file
from valkky.progress.backend import Apply, Backend, Write
from valkky.progress.errors import (
    ErasureIncomplete,
    LearnerExists,
    SessionBusy,
    StoreError,
    UnknownLearner,
)
from valkky.progress.migrations import MIGRATIONS, statements
from valkky.progress.writes import apply_write

if TYPE_CHECKING:
    from valkky.settings import Settings

TABLES = ("learners", "sessions", "attempts", "cards", "overrides")
ERASE_WAIT_S = 5.0  # how long an erasure waits for another process's read to finish
_BUSY_TIMEOUT_MS = 10_000


def default_db_path() -> Path:
    """Where progress lives when no path is given: the one rule of ``valkky.settings``."""
    from valkky.config import load_config
    from valkky.settings import default_db

    return default_db(load_config(), os.environ)


def default_outbox_path() -> Path:
    """Where writes wait for an unreachable PostgreSQL: ``valkky.settings``'s rule."""
    from valkky.config import load_config
    from valkky.settings import default_outbox

    return default_outbox(load_config(), os.environ)


# A learner id: a badge, QR code or PIN. Printable ASCII letters, digits and . _ - only,
# so that it prints as itself in every report and terminal and cannot be read as an option.
LEARNER_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
MAX_NAME = 100


def check_learner(learner_id: str, *, display_name: str | None = None,
                  lang: str | None = None, level: str | None = None,
                  profession: str | None = None
                  ) -> tuple[str | None, str | None, str | None, str | None]:
    """(display name, lang, level, profession) as stored, or StoreError naming the field.

    The level is a CEFR level (A1, A2, B1, B2; any case); the language one the library
    supports and the profession one it has (both from lessons/professions.yaml), or "fi"
    for no support language."""
    display_name = _check_name(display_name, "a display name")
    if not LEARNER_ID.fullmatch(learner_id):
        shown = repr(learner_id)[:70]
        raise StoreError(f"a learner id is 1 to 64 ASCII letters, digits, '.', '_' or '-', "
                         f"starting with a letter or digit (a badge, QR code or PIN), not "
                         f"{shown}")
    if level is not None:
        from valkky.lesson.model import LEVELS

        if level.strip().upper() not in LEVELS:
            raise StoreError(f"a learner's level is one of {', '.join(LEVELS)}, not "
                             f"{repr(level)[:20]}")
        level = level.strip().upper()
    if lang is not None or profession is not None:
        from valkky.lesson.references import professions

        try:
            known, langs = professions()
        except ValkkyError as exc:
            raise StoreError(f"cannot check the learner's language or profession: {exc}"
                             ) from None
        if lang is not None and lang != "fi" and lang not in langs:
            raise StoreError(f"unknown support language {repr(lang)[:20]} (known: "
                             f"{', '.join(sorted(langs))}, or fi for none)")
        if profession is not None and profession not in known:
            raise StoreError(f"unknown profession {repr(profession)[:40]} (known: "
                             f"{', '.join(sorted(known))})")
    return display_name, lang, level, profession


def _check_name(text: str | None, what: str) -> str | None:
    """A display name or a workplace: 1 to MAX_NAME printable characters."""
    if text is None:
        return None
    text = text.strip()
    if not text or len(text) > MAX_NAME or not text.isprintable():
        raise StoreError(f"{what} is 1 to {MAX_NAME} printable characters, not "
                         f"{repr(text)[:70]}")
    return text


def check_workplace(workplace: str | None) -> str | None:
    """A learner's group: the workplace they learn at (the console's group reports)."""
    return _check_name(workplace, "a workplace")


@dataclass(frozen=True)
class Learner:
    id: str
    display_name: str | None = None
    lang: str | None = None
    level: str | None = None
    profession: str | None = None
    created_at: float = 0.0
    workplace: str | None = None  # the group the console's group reports are for


class Store:
    """A learner's progress, in SQLite (a file path, the default) or PostgreSQL (a
    ``postgresql://`` URL): the same schema, the same SQL, the same durability."""

    def __init__(self, path: str | Path | None = None, *, clock: Callable[[], float] = time.time,
                 outbox: Path | None = None, own_folder: bool = False,
                 retry_s: float = 0.5):
        """``own_folder``: ``path``'s folder is the data dir, made private even when it
        exists (as it is when no path is given). ``retry_s``: a PostgreSQL outbox's first
        wait after the server was unreachable ([data] retry_s)."""
        self.clock = clock
        target = parse_target(path) if path else default_db_path()
        self._backend: Backend
        if is_url(target):
            from valkky.progress.pg import PgBackend

            self._backend = PgBackend(str(target), outbox or default_outbox_path(),
                                      retry_s=retry_s)
        else:
            self._backend = SqliteBackend(Path(target), tighten=path is None or own_folder)
        self.path: Path | str = self._backend.where
        self.left = 0

    @classmethod
    def from_settings(cls, settings: Settings, db: Path | str | None = None) -> Store:
        """The store a command's settings name, every store setting honoured: the
        database (or ``db``, as `progress migrate --to` names one), the outbox and its
        first wait ([data] retry_s), and the data dir made private when the database is
        in it. Every command opens its store here."""
        target = settings.db if db is None else db
        return cls(target, outbox=settings.outbox,
                   own_folder=settings.owns_folder_of(target), retry_s=settings.db_retry_s)

    @staticmethod
    def shown(target: Path | str) -> Path | str:
        """A database as messages name it: the file, or the URL without its password."""
        return redact(target) if isinstance(target, str) and is_url(target) else target

    @property
    def kind(self) -> str:
        """"sqlite" or "postgresql"."""
        return self._backend.kind

    @property
    def db(self) -> Any:
        """The connection reads go through (``execute`` with ``?`` placeholders; rows by
        column name or index)."""
        return self._backend.db

    @db.setter
    def db(self, value: Any) -> None:  # tests stand a failing connection in
        self._backend.db = value

    @contextmanager
    def transaction(self, *, durable: bool = True) -> Iterator[Any]:
        """One transaction; a full disk or a read-only file becomes a StoreError.

        ``durable`` ones are on disk when this returns, power cut or not (an fsync);
        others survive a killed process, and reach the disk with the next durable one —
        good enough for a resume point, which at worst repeats a sentence.
        """
        with self._backend.transaction(durable) as db:
            yield db

    def pending(self) -> int:
        """Writes kept on this machine for a database that could not be reached."""
        return self._backend.pending()

    def close(self) -> None:
        """Close; a PostgreSQL store first sends what its outbox holds, if it can
        (``left``: how many writes still wait on this machine)."""
        self._backend.close()
        self.left = self._backend.left

    # -- learners --------------------------------------------------------------------------

    def add_learner(self, learner_id: str, *, display_name: str | None = None,
                    lang: str | None = None, level: str | None = None,
                    profession: str | None = None, workplace: str | None = None) -> Learner:
        """A new learner; every field is checked (check_learner) before anything is
        written."""
        display_name, lang, level, profession = check_learner(
            learner_id, display_name=display_name, lang=lang, level=level,
            profession=profession)
        workplace = check_workplace(workplace)
        with self.transaction() as db:
            # two robots registering one badge at once: one adds it, the other is told
            if not db.execute("INSERT INTO learners (id, display_name, lang, level, "
                              "profession, created_at, workplace) VALUES (?,?,?,?,?,?,?) "
                              "ON CONFLICT (id) DO NOTHING RETURNING id",
                              (learner_id, display_name, lang, level, profession, self.clock(),
                               workplace)).fetchone():
                raise LearnerExists(f"learner '{learner_id}' already exists")
        return self.learner(learner_id)

    def has_learner(self, learner_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM learners WHERE id=?",
                               (learner_id,)).fetchone() is not None

    def _learner_row(self, learner_id: str) -> Any:
        return self.db.execute("SELECT * FROM learners WHERE id=?", (learner_id,)).fetchone()

    def learner(self, learner_id: str) -> Learner:
        row = self._learner_row(learner_id)
        if row is None:
            twin = self.twin(learner_id)
            raise UnknownLearner(
                f"no learner '{learner_id}'; did you mean '{twin}'? (ids are case-sensitive)"
                if twin else f"no learner '{learner_id}' (see `valkky learners list`)")
        return Learner(**dict(row))

    def twin(self, learner_id: str) -> str | None:
        """Another learner whose id differs from ``learner_id`` only in case (ab12 for
        AB12: a typo far more often than a new learner), if there is one."""
        row = self.db.execute("SELECT id FROM learners WHERE lower(id)=lower(?) AND id<>? "
                              "ORDER BY id", (learner_id, learner_id)).fetchone()
        return row[0] if row else None

    def ensure_learner(self, learner_id: str, **fields: Any) -> tuple[Learner, bool]:
        """The learner, created if new; True when it was created."""
        if row := self._learner_row(learner_id):  # not learner(): a miss needs no twin
            return Learner(**dict(row)), False
        try:
            return self.add_learner(learner_id, **fields), True
        except LearnerExists:  # another robot registered them a moment ago
            return self.learner(learner_id), False

    def update_learner(self, learner_id: str, **fields: Any) -> Learner:
        self.learner(learner_id)
        allowed = {"display_name", "lang", "level", "profession", "workplace"}
        sets = {k: v for k, v in fields.items() if k in allowed and v is not None}
        checked = (*check_learner(learner_id, **{k: sets.get(k) for k in allowed
                                                 if k != "workplace"}),
                   check_workplace(sets.get("workplace")))
        sets = {k: v for k, v in zip(("display_name", "lang", "level", "profession",
                                      "workplace"), checked, strict=True) if k in sets}
        if sets:
            with self.transaction() as db:
                db.execute(f"UPDATE learners SET {', '.join(f'{k}=?' for k in sets)} "
                           "WHERE id=?", (*sets.values(), learner_id))
        return self.learner(learner_id)

    def set_level(self, learner_id: str, level: str) -> None:
        """The level a placement lesson measured (kept in the outbox while a PostgreSQL
        database is unreachable, like an answer)."""
        _, _, level_, _ = check_learner(learner_id, level=level)
        self._backend.write(Write("level", {"learner_id": learner_id, "level": level_}),
                            apply_write)

    def export_learner(self, learner_id: str) -> dict[str, Any]:
        """Every row about the learner, as plain data (``learners export``, the console)."""
        return {"learner": self.learner(learner_id).__dict__,
                "sessions": [dict(r) for r in self.sessions(learner_id)],
                "attempts": [dict(r) for r in self.attempts(learner_id=learner_id)],
                "overrides": [dict(r) for r in self.db.execute(
                    "SELECT * FROM overrides WHERE learner_id=? ORDER BY id", (learner_id,))],
                "cards": [dict(r) for r in self.db.execute(
                    "SELECT * FROM cards WHERE learner_id=?", (learner_id,))]}

    def learners(self) -> list[Learner]:
        return [Learner(**dict(r)) for r in
                self.db.execute("SELECT * FROM learners ORDER BY id")]

    def delete_learner(self, learner_id: str) -> None:
        """Erase every row about the learner, then rewrite the file so that no trace of
        them is left in free pages or the write-ahead log.

        Refused (SessionBusy, nothing erased) while the learner is in a live session. If
        another process holds a read open, its snapshot keeps the old pages in the files:
        ErasureIncomplete says so; ``purge`` (another delete) finishes the job later.
        """
        self.learner(learner_id)
        for row in self.db.execute("SELECT id, lesson_id FROM sessions WHERE learner_id=? "
                                   "AND end_reason IS NULL", (learner_id,)).fetchall():
            if self.session_live(row["id"]):
                raise SessionBusy(f"learner {learner_id} is in a lesson right now "
                                  f"({row['lesson_id']}, in another valkky run): stop that "
                                  "run first; nothing was erased")
        with self.transaction() as db:
            for table in ("overrides", "attempts", "cards", "sessions"):
                db.execute(f"DELETE FROM {table} WHERE learner_id=?", (learner_id,))
            db.execute("DELETE FROM learners WHERE id=?", (learner_id,))
        self.purge(f"learner {learner_id} is deleted, but",
                   f"`valkky learners delete {learner_id} --yes` again")

    def purge(self, done: str = "deleted rows are gone, but",
              again: str = "this again") -> None:
        """Rewrite the database so that no deleted row is left in free pages or old log
        frames. A process reading an older snapshot keeps those pages alive: that is
        waited for ERASE_WAIT_S, then ErasureIncomplete."""
        self._backend.purge(done, again)

    # -- sessions and attempts -------------------------------------------------------------

    def open_session(self, learner_id: str, lesson_id: str, *, restart: bool = False
                     ) -> tuple[int, int]:
        """(session id, step index to start at): the learner's unfinished session of this
        lesson is resumed where it stopped, unless ``restart``.

        The session is live until ``end_session`` or until this process ends: a lock held
        on it (a lock file beside SQLite, an advisory lock in PostgreSQL) refuses a second
        run of the same session with SessionBusy, on this robot or another, and goes with
        the process however it ends, kill -9 included.
        """
        with self.transaction() as db:  # one writer at a time: claim and row agree
            self._backend.serialise(db, f"{learner_id}\n{lesson_id}")
            row = db.execute(
                "SELECT id, position FROM sessions WHERE learner_id=? AND lesson_id=? "
                "AND (end_reason IS NULL OR end_reason='stopped') ORDER BY id DESC LIMIT 1",
                (learner_id, lesson_id)).fetchone()
            if row is not None:
                if not self._backend.claim(row["id"]):
                    raise SessionBusy(
                        f"learner {learner_id} is already in lesson {lesson_id} in another "
                        "valkky run; finish or stop that one first (a run that was killed "
                        "frees it at once)")
                if not restart:
                    db.execute("UPDATE sessions SET ended_at=NULL, end_reason=NULL WHERE id=?",
                               (row["id"],))
                    return row["id"], row["position"]
                db.execute("UPDATE sessions SET ended_at=?, end_reason='restarted' WHERE id=?",
                           (self.clock(), row["id"]))
                self._backend.release(row["id"])
            session_id = int(db.execute(
                "INSERT INTO sessions (learner_id, lesson_id, started_at, position) "
                "VALUES (?,?,?,0) RETURNING id",
                (learner_id, lesson_id, self.clock())).fetchone()[0])
            if not self._backend.claim(session_id):  # a new row: only a stale lock
                raise SessionBusy(f"session {session_id} is locked by another valkky run")
            return session_id, 0

    def session_live(self, session_id: int) -> bool:
        """Whether a run (this one or another, on any robot) holds the session."""
        return self._backend.live(session_id)

    def set_position(self, session_id: int, position: int) -> None:
        self._backend.write(Write("position", {"session_id": session_id,
                                               "position": position}, durable=False), apply_write)

    def end_session(self, session_id: int, reason: str, score: float | None) -> None:
        self._backend.write(Write("end", {"session_id": session_id, "reason": reason,
                                          "score": score, "at": self.clock()}), apply_write)
        self._backend.release(session_id)

    def meet(self, learner_id: str, lesson_id: str, word: str, glosses: dict[str, str],
             card: str, due: float) -> None:
        """A new vocabulary card (``card``: the fsrs card's JSON), unless there is one."""
        self._backend.write(Write("meet", {
            "learner_id": learner_id, "lesson_id": lesson_id, "word": word,
            "glosses": glosses, "card": card, "due": due}, durable=False), apply_write)

    def record_attempt(self, session_id: int, learner_id: str, lesson_id: str, *, step: str,
                       heard: str, verdict: str, reason: str | None, score: float, try_: int,
                       final: bool, closest: str | None, position: int | None = None,
                       review: tuple[str, dict[str, str]] | None = None,
                       also: Callable[[Any], None] | None = None) -> None:
        """Commit one judged answer durably, with (when it closes its step) the resume
        point and the review of the word it was about (``review``: the word and its
        glosses), in one transaction. Every answer has its own key, so that one sent
        again (from the outbox, after a cut connection) is recorded once.

        ``also`` (whatever else to write in the transaction) is for SQLite only: it is
        code, and cannot wait in an outbox."""
        write = Write("attempt", {
            "uid": uuid.uuid4().hex, "session_id": session_id, "learner_id": learner_id,
            "lesson_id": lesson_id, "step": step, "heard": heard, "verdict": verdict,
            "reason": reason, "score": score, "try": try_, "final": int(final),
            "closest": closest, "at": self.clock(), "position": position,
            "review": list(review) if review else None})
        if also is None:
            self._backend.write(write, apply_write)
            return
        with self.transaction() as db:
            apply_write(db, write)
            also(db)

    def attempts(self, *, learner_id: str | None = None, lesson_id: str | None = None,
                 since: float | None = None) -> list[Any]:
        clause, args = where(learner_id=learner_id, lesson_id=lesson_id)
        if since is not None:
            clause += f"{' AND' if clause else 'WHERE'} at>=?"
            args.append(since)
        return list(self.db.execute(f"SELECT * FROM attempts {clause} ORDER BY at, id", args))

    def sessions(self, learner_id: str) -> list[Any]:
        return list(self.db.execute("SELECT * FROM sessions WHERE learner_id=? ORDER BY id",
                                    (learner_id,)))


def where(prefix: str = "", **equal: Any) -> tuple[str, list[Any]]:
    """``WHERE a=? AND b=?`` and its arguments for the columns given a value (None: any);
    ``prefix`` a table's alias (``"a."``)."""
    given = [(column, value) for column, value in equal.items() if value is not None]
    clause = " AND ".join(f"{prefix}{column}=?" for column, _ in given)
    return (f"WHERE {clause}" if clause else ""), [value for _, value in given]


class SqliteBackend:
    """A SQLite file: WAL with ``synchronous=FULL``; live sessions held by locks on
    ``<db>.lock`` (SessionLocks)."""

    kind = "sqlite"

    def __init__(self, path: Path, *, tighten: bool) -> None:
        self.path = path
        self.where: Path | str = path
        if self.path.is_dir() or not self.path.name:
            raise StoreError(f"{self.path} is a folder: give the database file, such as "
                             f"{self.path / 'progress.db'}")
        if self.path.exists() and not self.path.is_file():
            raise StoreError(f"{self.path} is not a file: give the progress database's path")
        self._locks = SessionLocks(self.path.with_name(self.path.name + ".lock"))
        try:
            # Learners' answers: owner only, whatever the umask (0700 dirs we make or own
            # as the data dir, 0600 files; SQLite gives -wal and -shm the file's mode).
            private_dir(self.path.parent, tighten=tighten)
            private_file(self.path)  # a new file only; an existing one once it is ours
            self.db = sqlite3.connect(self.path, isolation_level=None,
                                      timeout=_BUSY_TIMEOUT_MS / 1000)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self._durable = True
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
            # A progress database (not a file given with --db by mistake): made private,
            # with its -wal and -shm, however an older valkky or an umask left them.
            for suffix in ("", "-wal", "-shm"):
                private_file(self.path.with_name(self.path.name + suffix), create=False)
        except sqlite3.DatabaseError as exc:
            raise StoreError(_explain(exc, self.path)) from None
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                raise StoreError(_full(self.path)) from None
            raise StoreError(f"cannot open the progress database {self.path}: "
                             f"{exc.strerror}") from None

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(f"{self.path} was written by a newer valkky (schema {version}); "
                             "upgrade valkky to read it")
        for number in range(version, len(MIGRATIONS)):
            with self.transaction():
                for statement in statements(MIGRATIONS[number]):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {number + 1}")

    @contextmanager
    def transaction(self, durable: bool = True) -> Iterator[sqlite3.Connection]:
        try:
            if durable != self._durable:
                self.db.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
                self._durable = durable
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            raise StoreError(_explain(exc, self.path)) from None

    def serialise(self, db: Any, key: str) -> None:
        pass  # BEGIN IMMEDIATE: one writer at a time already

    def write(self, write: Write, apply: Apply) -> None:
        with self.transaction(write.durable) as db:
            apply(db, write)

    def claim(self, session_id: int) -> bool:
        try:
            return self._locks.claim(session_id)
        except OSError as exc:  # a file system without locks (some network mounts)
            raise StoreError(f"cannot lock {self._locks.path} to hold the session: "
                             f"{exc.strerror}") from None

    def release(self, session_id: int) -> None:
        self._locks.release(session_id)

    def live(self, session_id: int) -> bool:
        try:
            return self._locks.held_elsewhere(session_id) or session_id in self._locks.mine
        except OSError as exc:
            raise StoreError(f"cannot read the session locks in {self._locks.path}: "
                             f"{exc.strerror}") from None

    def purge(self, done: str, again: str) -> None:
        """VACUUM, then empty the write-ahead log."""
        busy = 1
        try:
            self.db.execute("VACUUM")
            self.db.execute(f"PRAGMA busy_timeout={int(ERASE_WAIT_S * 1000)}")
            try:
                busy, frames, _ = self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            finally:
                self.db.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
            busy = busy or frames > 0
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise StoreError(_explain(exc, self.path)) from None
        except sqlite3.DatabaseError as exc:
            raise StoreError(_explain(exc, self.path)) from None
        if busy:
            raise ErasureIncomplete(
                f"{done} another process is using {self.path}, so old copies of the data "
                "stay in its files until it is done: close it (another valkky command, "
                f"sqlite3, a backup), then run {again} to erase them")

    def pending(self) -> int:
        return 0

    left = 0

    def close(self) -> None:
        self._locks.close()
        self.db.close()


class SessionLocks:
    """One byte per session id in ``<db>.lock``, write-locked while a run holds it.

    Open file description locks (Linux): they conflict between any two opens, in one
    process or two, and the kernel drops them when the file is closed, which a process
    does however it ends. Elsewhere POSIX record locks (per process) stand in, with a
    set of this process's claims. The file holds no data, only locks.
    """

    # (lock file, session) claimed in this process; only where POSIX locks stand in
    _claimed: ClassVar[set[tuple[str, int]]] = set()

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self.mine: set[int] = set()

    def _open(self) -> int:
        if self._fd is None:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
            private_fd(self._fd)
        return self._fd

    def _key(self, session_id: int) -> tuple[str, int]:
        return (str(self.path.resolve()), session_id)

    def claim(self, session_id: int) -> bool:
        """Take the session's lock; False if another run holds it."""
        if session_id in self.mine:
            return True
        if _OFD is None and self._key(session_id) in SessionLocks._claimed:
            return False
        if not _lock(self._open(), session_id, fcntl.F_WRLCK, wait=False):
            return False
        self.mine.add(session_id)
        if _OFD is None:
            SessionLocks._claimed.add(self._key(session_id))
        return True

    def release(self, session_id: int) -> None:
        if session_id in self.mine:
            self.mine.discard(session_id)
            SessionLocks._claimed.discard(self._key(session_id))
            _lock(self._open(), session_id, fcntl.F_UNLCK, wait=False)

    def held_elsewhere(self, session_id: int) -> bool:
        if session_id in self.mine:
            return False
        if _OFD is None and self._key(session_id) in SessionLocks._claimed:
            return True
        fd = self._open()
        if not _lock(fd, session_id, fcntl.F_RDLCK, wait=False):
            return True
        _lock(fd, session_id, fcntl.F_UNLCK, wait=False)
        return False

    def close(self) -> None:
        for session_id in list(self.mine):
            self.release(session_id)
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


_OFD = getattr(fcntl, "F_OFD_SETLK", None)


def _lock(fd: int, offset: int, kind: int, *, wait: bool) -> bool:
    """Lock (F_WRLCK, F_RDLCK) or unlock (F_UNLCK) one byte; False if another holds it."""
    global _OFD
    try:
        if _OFD is not None:
            # struct flock: l_type, l_whence, l_start, l_len, l_pid (0 for OFD locks)
            try:
                fcntl.fcntl(fd, _OFD, struct.pack("hhqqi", kind, os.SEEK_SET, offset, 1, 0))
            except OSError as exc:
                if exc.errno != errno.EINVAL:  # EINVAL: a kernel before 3.15
                    raise
                _OFD = None  # pragma: no cover - old kernels
                return _lock(fd, offset, kind, wait=wait)  # pragma: no cover
        else:  # pragma: no cover - not Linux
            cmd = {fcntl.F_WRLCK: fcntl.LOCK_EX, fcntl.F_RDLCK: fcntl.LOCK_SH,
                   fcntl.F_UNLCK: fcntl.LOCK_UN}[kind]
            fcntl.lockf(fd, cmd | (0 if wait else fcntl.LOCK_NB), 1, offset)
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES):
            return False
        raise
    return True


def _full(path: Path) -> str:
    mount = path.parent.resolve()
    while not os.path.ismount(mount) and mount != mount.parent:
        mount = mount.parent
    try:
        free = f"{shutil.disk_usage(mount).free // 1024} kB free"
    except OSError:
        free = "no space left"
    return (f"the disk holding {path} is full ({free} on {mount}): free some space there; "
            "answers already recorded are safe")


def _disk_full(path: Path) -> bool:
    """SQLite says "disk I/O error" when it cannot create or grow its -wal or -shm file on
    a full disk; less than 1 MB free is taken as that."""
    try:
        return shutil.disk_usage(path.parent).free < 1024 * 1024
    except OSError:
        return False


def _explain(exc: sqlite3.DatabaseError, path: Path) -> str:
    text = str(exc)
    if "full" in text or ("I/O error" in text and _disk_full(path)):
        return _full(path)
    if "readonly" in text or "read-only" in text:
        return f"the progress database {path} is read-only: check its permissions"
    if "not a database" in text or "malformed" in text:
        return (f"{path} is not a valid progress database ({text}); move it aside to "
                "start a new one, or restore it from a backup")
    if "locked" in text:
        return f"{path} is busy in another valkky process; try again in a moment"
    return f"progress database {path}: {text}"
