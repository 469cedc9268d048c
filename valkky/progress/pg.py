"""Progress in PostgreSQL: one record for a fleet of robots (``--db postgresql://…``).

The same schema and SQL as SQLite (``migrations.for_postgresql`` names the types), run
through a small pool of psycopg 3 connections in autocommit, each transaction explicit.
An answer's transaction commits synchronously (the server's WAL is flushed) before the
robot reacts; a resume point commits with ``synchronous_commit=off``.

A live session is held by a session-level advisory lock on a connection of its own: a
second run of the same session, on any robot, is refused, and the server drops the lock
when the run's connection closes, however the run ends.

While the server cannot be reached, the runtime's writes go to the outbox, a SQLite file
on this robot (``outbox.Outbox``), durably, and the lesson goes on; they are sent in
order when the server is back (the next write, the end of the session, or the next run),
each once: an answer carries its own key.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import psycopg
from psycopg import errors as pgerrors
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg_pool import ConnectionPool, PoolTimeout

from valkky.dbtarget import EXAMPLE, redact
from valkky.progress.backend import Apply, Write
from valkky.progress.errors import ErasureIncomplete, SessionBusy, StoreError
from valkky.progress.migrations import MIGRATIONS, for_postgresql, statements
from valkky.progress.outbox import Outbox, Rejected
from valkky.progress.writes import apply_write

log = logging.getLogger(__name__)

LOCK_SESSION = 0x564C4B53  # advisory lock class "VLKS": (class, session id) while live
LOCK_OPEN = 0x564C4B4F  # "VLKO": (class, hash of learner and lesson) while a session opens
LOCK_MIGRATE = 0x564C4B4D  # "VLKM": one migration at a time
CONNECT_TIMEOUT_S = 5
POOL_WAIT_S = 5.0  # a healthy pool of a one-lesson run answers at once
# after the server was unreachable, try again after these multiples of the first wait
# ([data] retry_s, 0.5 s: 0.5, 1, 2, 5, 10 s), the last repeated
RETRY_STEPS = (1, 2, 4, 10, 20)
SCHEMA_TABLE = "valkky_schema"


class Offline(Exception):
    """The server cannot be reached (refused, gone, restarted, timed out)."""


def _conninfo(url: str) -> str:
    """The URL with what a robot needs added where it does not say: a connect timeout, a
    name in pg_stat_activity, and a bound on a write to a server that vanished."""
    params = conninfo_to_dict(url)
    params.setdefault("connect_timeout", str(CONNECT_TIMEOUT_S))
    params.setdefault("application_name", "valkky")
    params.setdefault("tcp_user_timeout", "10000")
    params.setdefault("keepalives_idle", "10")
    return make_conninfo("", **params)


class Row(tuple[Any, ...]):
    """A row read by column name or index, as sqlite3.Row (``dict(row)`` works)."""

    _names: tuple[str, ...] = ()

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names.index(key))
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


def _rows(cursor: Any) -> Any:
    names = tuple(c.name for c in cursor.description or ())
    cls = type("Row", (Row,), {"_names": names})
    return lambda values: cls(values)


_PLACEHOLDER = re.compile(r"\?")


def _sql(sql: str) -> str:
    return _PLACEHOLDER.sub("%s", sql.replace("%", "%%"))


class Result:
    """Rows fetched at once: the connection goes back to the pool before they are read."""

    def __init__(self, rows: list[Any]) -> None:
        self._rows = rows

    def fetchone(self) -> Any:
        return self._rows[0] if self._rows else None

    def fetchall(self) -> list[Any]:
        return list(self._rows)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._rows)


class Tx:
    """One connection inside a transaction, with SQLite's ``?`` placeholders."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> Result:
        cur = self.conn.execute(_sql(sql), tuple(parameters))
        return Result(cur.fetchall() if cur.description else [])


class Reader:
    """Reads outside a transaction: each on a pooled connection, errors as StoreError."""

    def __init__(self, backend: PgBackend) -> None:
        self.backend = backend

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> Result:
        for again in (True, False):
            try:
                with self.backend.pool.connection(timeout=POOL_WAIT_S) as conn:
                    return Tx(conn).execute(sql, parameters)
            except psycopg.OperationalError as exc:
                if not again:  # a connection left from before a restart: once more
                    raise StoreError(explain(exc, self.backend.where)) from None
                self.backend.pool.check()
            except (psycopg.Error, PoolTimeout) as exc:
                raise StoreError(explain(exc, self.backend.where)) from None
        raise AssertionError("unreachable")  # pragma: no cover


class PgBackend:
    kind = "postgresql"
    left = 0  # writes still in the outbox when it closed

    def __init__(self, url: str, outbox: Path, *, retry_s: float = 0.5) -> None:
        self.url = url
        self._retry = tuple(retry_s * step for step in RETRY_STEPS)
        self.where: Path | str = redact(url)
        try:
            self.conninfo = _conninfo(url)
        except psycopg.Error as exc:
            raise StoreError(f"--db: {self.where} is not a valid PostgreSQL URL "
                             f"({_first_line(exc)}); use {EXAMPLE}") from None
        self.mine: set[int] = set()
        self._retry_at = 0.0
        self._failures = 0
        # the outbox, the lock connection and the state of the link are shared with the
        # sender thread, which runs only while writes wait
        self._lock = threading.RLock()
        self._stopping = threading.Event()
        self._sender: threading.Thread | None = None
        self._taken: set[int] = set()  # held here, taken by another run while away
        self._lock_conn: psycopg.Connection[Any] | None = self._connect()  # says why not
        self.outbox = Outbox(outbox, self.where)
        self.pool = ConnectionPool(self.conninfo, min_size=1, max_size=4, open=False,
                                   kwargs={"autocommit": True, "row_factory": _rows},
                                   name="valkky")
        try:
            self.pool.open(wait=True, timeout=POOL_WAIT_S)
            self._migrate()
        except (psycopg.Error, PoolTimeout) as exc:
            self.close()
            raise StoreError(explain(exc, self.where)) from None
        except BaseException:
            self.close()
            raise
        self.db: Any = Reader(self)
        if self.outbox.count():  # what an earlier run kept here, first
            with suppress(StoreError):  # a full disk there: it waits on
                self._flush()
            if self.outbox.count():
                self._start_sender()

    def _connect(self) -> psycopg.Connection[Any]:
        try:
            return psycopg.connect(self.conninfo, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(explain(exc, self.where)) from None

    # -- schema ----------------------------------------------------------------------------

    def _migrate(self) -> None:
        with self.pool.connection() as conn, conn.transaction():
            version = _version(conn)
            if version == len(MIGRATIONS):
                return
            if version > len(MIGRATIONS):
                raise StoreError(f"{self.where} holds progress of a newer valkky (schema "
                                 f"{version}, this one knows {len(MIGRATIONS)}); upgrade "
                                 "valkky on this robot")
            # many robots may start at once: one migrates, the others then find it done
            conn.execute("SELECT pg_advisory_xact_lock(%s::int4, 0)", (LOCK_MIGRATE,))
            version = _version(conn)
            if version == 0 and _has_table(conn, "learners"):
                raise StoreError(f"{self.where} has a 'learners' table that valkky did not "
                                 "make (no valkky_schema table): give valkky a database of "
                                 "its own")
            try:
                conn.execute(f"CREATE TABLE IF NOT EXISTS {SCHEMA_TABLE} "
                             "(version INTEGER NOT NULL)")
                for number in range(version, len(MIGRATIONS)):
                    for statement in statements(MIGRATIONS[number]):
                        conn.execute(for_postgresql(statement))
            except pgerrors.InsufficientPrivilege:
                raise StoreError(
                    f"{self.where} holds progress schema {version} and this valkky needs "
                    f"{len(MIGRATIONS)}, which its user may not make: run any valkky "
                    "command once with the tables' owner (valkky_owner, deploy/postgres.md)"
                    "; nothing was changed") from None
            conn.execute(f"DELETE FROM {SCHEMA_TABLE}")
            conn.execute(f"INSERT INTO {SCHEMA_TABLE} VALUES (%s)", (len(MIGRATIONS),))

    # -- transactions and writes -----------------------------------------------------------

    @contextmanager
    def _tx(self, durable: bool = True) -> Iterator[Tx]:
        """A transaction, psycopg's errors as they are (for ``write`` to sort)."""
        with self.pool.connection(timeout=POOL_WAIT_S) as conn, conn.transaction():
            if not durable:
                conn.execute("SET LOCAL synchronous_commit TO OFF")
            yield Tx(conn)

    @contextmanager
    def transaction(self, durable: bool = True) -> Iterator[Tx]:
        try:
            with self._tx(durable) as tx:
                yield tx
        except (psycopg.Error, PoolTimeout) as exc:
            raise StoreError(explain(exc, self.where)) from None

    def serialise(self, db: Any, key: str) -> None:
        db.execute("SELECT pg_advisory_xact_lock(?::int4, hashtext(?))", (LOCK_OPEN, key))

    def write(self, write: Write, apply: Apply) -> None:
        """At once if the server answers and nothing waits before it; else into the
        outbox (durably, on this robot), to be sent in order by the sender thread when
        the server is back. The lesson never waits on an unreachable server."""
        with self._lock:
            session_id = write.args.get("session_id")
            if session_id in self._taken:
                # another robot took the session while the server was away: what this
                # one has already heard is kept; then the lesson stops, not interleaved
                if write.kind == "attempt":
                    self.outbox.put(write)
                    self._start_sender()
                if write.kind != "end":
                    raise SessionBusy(
                        "the learner went on with this lesson on another robot while the "
                        f"progress database {self.where} was unreachable; this run stops "
                        "here, and the answers given here are kept")
                return
            if self._failures or self.outbox.count():
                self.outbox.put(write)
                self._start_sender()
                return
            try:
                self._send(write, apply)
            except Offline:
                self.outbox.put(write)
                self._start_sender()
            except pgerrors.DiskFull:
                self.outbox.put(write)
                raise StoreError(self._full()) from None

    def _send(self, write: Write, apply: Apply, *, replay: bool = False) -> None:
        """Apply one write; Offline if the server cannot be reached. Replayed from the
        outbox, one the server refuses for what it holds is Rejected."""
        try:
            with self._tx(write.durable) as tx:
                apply(tx, write)
        except pgerrors.DiskFull:
            raise
        except psycopg.IntegrityError as exc:
            if replay:
                log.warning("a %s write kept on this robot was refused by %s and is set "
                            "aside in %s: %s", write.kind, self.where, self.outbox.path,
                            _first_line(exc))
                raise Rejected(_first_line(exc)) from None
            raise StoreError(explain(exc, self.where)) from None
        except (psycopg.OperationalError, psycopg.InterfaceError, PoolTimeout) as exc:
            self._offline(exc)
            raise Offline() from None
        except psycopg.Error as exc:
            raise StoreError(explain(exc, self.where)) from None

    def _offline(self, exc: BaseException) -> None:
        if not self._failures:
            log.warning("progress database %s unreachable (%s); answers wait in %s",
                        self.where, _first_line(exc), self.outbox.path)
        self._retry_at = time.monotonic() + self._retry[min(self._failures,
                                                            len(self._retry) - 1)]
        self._failures += 1

    def _start_sender(self) -> None:
        if self._sender is None or not self._sender.is_alive():
            self._stopping.clear()
            self._sender = threading.Thread(target=self._send_pending, daemon=True,
                                            name="valkky-outbox")
            self._sender.start()

    def _send_pending(self) -> None:
        """The sender thread: try the server after each backoff step, and once it
        answers, send the outbox in order; done when it is empty."""
        while not self._stopping.is_set():
            wait = self._retry_at - time.monotonic()
            if wait > 0 and self._stopping.wait(wait):
                return
            if self._failures and not self._probe():
                continue
            with self._lock:
                try:
                    if self._flush():
                        return
                    # another run on this robot is sending this outbox: after a while
                    self._retry_at = max(self._retry_at, time.monotonic() + self._retry[0])
                except StoreError as exc:  # a full disk there, a right missing: later
                    self._offline(exc)

    def _probe(self) -> bool:
        """After the server was unreachable: whether it is back (a connection of its
        own, made outside the lock, so that the lesson never waits on it). Back, its
        connections and the session locks on them were lost with it: the pool is
        checked and the locks are taken again."""
        try:
            conn = psycopg.connect(self.conninfo, autocommit=True)
        except psycopg.Error as exc:
            with self._lock:
                self._offline(exc)
            return False
        with self._lock:
            old, self._lock_conn = self._lock_conn, conn
            if old is not None:
                old.close()
            try:
                self.pool.check()  # drop the dead connections
                for session_id in list(self.mine):
                    if not self._try_lock(conn, session_id):  # the next write says so
                        self.mine.discard(session_id)
                        self._taken.add(session_id)
            except (psycopg.Error, PoolTimeout) as exc:
                self._offline(exc)
                return False
            self._failures = 0
        return True

    def _flush(self) -> bool:
        """Send what the outbox holds, in order; True when it is empty (the caller
        holds the lock)."""
        try:
            return self.outbox.flush(lambda write: self._send(write, apply_write,
                                                              replay=True))
        except Offline:
            return False
        except pgerrors.DiskFull:
            raise StoreError(self._full()) from None

    def _full(self) -> str:
        return (f"the database server's disk is full ({self.where}): free space there; "
                f"the answers not yet recorded ({self.outbox.count()}) are kept on this "
                f"robot in {self.outbox.path} and are sent by the next run")

    def pending(self) -> int:
        with self._lock:
            return self.outbox.count()

    # -- live sessions ---------------------------------------------------------------------

    def _try_lock(self, conn: psycopg.Connection[Any], session_id: int) -> bool:
        row = conn.execute("SELECT pg_try_advisory_lock(%s::int4, %s::int4)",
                           (LOCK_SESSION, session_id)).fetchone()
        return bool(row and row[0])

    def claim(self, session_id: int) -> bool:
        with self._lock:
            return self._claim(session_id)

    def _claim(self, session_id: int) -> bool:
        if session_id in self.mine:
            return True
        try:
            if self._lock_conn is None or self._lock_conn.closed:
                self._lock_conn = self._connect()
            if not self._try_lock(self._lock_conn, session_id):
                return False
        except psycopg.Error as exc:
            raise StoreError(explain(exc, self.where)) from None
        self.mine.add(session_id)
        return True

    def release(self, session_id: int) -> None:
        with self._lock:
            self._release(session_id)

    def _release(self, session_id: int) -> None:
        if session_id not in self.mine:
            return
        self.mine.discard(session_id)
        conn = self._lock_conn
        if conn is None or conn.closed:
            return
        try:
            conn.execute("SELECT pg_advisory_unlock(%s::int4, %s::int4)",
                         (LOCK_SESSION, session_id))
        except psycopg.Error:  # the connection is gone, and the lock with it
            conn.close()

    def live(self, session_id: int) -> bool:
        if session_id in self.mine:
            return True
        try:
            with self.pool.connection(timeout=POOL_WAIT_S) as conn:
                if not self._try_lock(conn, session_id):
                    return True
                conn.execute("SELECT pg_advisory_unlock(%s::int4, %s::int4)",
                             (LOCK_SESSION, session_id))
                return False
        except (psycopg.Error, PoolTimeout) as exc:
            raise StoreError(explain(exc, self.where)) from None

    def purge(self, done: str, again: str) -> None:
        """VACUUM the tables, so that the server reuses the erased rows' space. (Its
        write-ahead log and backups keep them until they age out: deploy/postgres.md.)"""
        try:
            with self.pool.connection(timeout=POOL_WAIT_S) as conn:
                conn.execute("VACUUM overrides, attempts, cards, sessions, learners")
        except pgerrors.InsufficientPrivilege:
            pass  # the console's role may not; autovacuum does it soon
        except (psycopg.Error, PoolTimeout) as exc:
            raise ErasureIncomplete(f"{done} {self.where} could not be vacuumed "
                                    f"({_first_line(exc)}): run {again}") from None

    def close(self) -> None:
        """Stop the sender, try once more to send what waits, then close."""
        if self._sender is not None:
            self._stopping.set()
            self._sender.join(timeout=CONNECT_TIMEOUT_S + 1)
        with self._lock:
            if getattr(self, "pool", None) is not None and not self.pool.closed:
                if getattr(self, "outbox", None) is not None and self.outbox.count() \
                        and (not self._failures or self._probe()):
                    with suppress(StoreError):
                        self._flush()
                self.pool.close()
            if self._lock_conn is not None:
                self._lock_conn.close()  # the session locks go with it
                self._lock_conn = None
            self.mine.clear()
            if getattr(self, "outbox", None) is not None:
                self.left = self.outbox.count()
                self.outbox.close()


def _version(conn: psycopg.Connection[Any]) -> int:
    if not _has_table(conn, SCHEMA_TABLE):
        return 0
    row = conn.execute(f"SELECT max(version) FROM {SCHEMA_TABLE}").fetchone()
    return int(row[0] or 0) if row else 0


def _has_table(conn: psycopg.Connection[Any], name: str) -> bool:
    row = conn.execute("SELECT to_regclass(%s) IS NOT NULL", (name,)).fetchone()
    return bool(row and row[0])


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    lines = [x.strip() for x in text.splitlines() if x.strip()]
    return " ".join(lines[:1])[:300]


def explain(exc: BaseException, where: str | Path) -> str:
    """One line on what went wrong with the server, and what to do."""
    text = str(exc)
    low = text.lower()
    sqlstate = getattr(exc, "sqlstate", None)
    if isinstance(exc, PoolTimeout):
        return (f"cannot reach the progress database {where} (no connection within "
                f"{POOL_WAIT_S:g} s): is PostgreSQL running there?")
    if sqlstate == "53100" or "no space left" in low or "disk full" in low:
        return (f"the database server's disk is full ({where}): free space there; answers "
                "already recorded are safe")
    text = text.replace("connection is bad: ", "")
    if "password authentication failed" in low or "no password supplied" in low:
        return (f"the progress database {where} refused the password: check PGPASSWORD "
                "or the ~/.pgpass (PGPASSFILE) line for that host, port, database and user")
    match = re.search(r'database "([^"]+)" does not exist', text)
    if match:
        return (f"there is no database '{match.group(1)}' on the server of {where}: create "
                "it (deploy/postgres.md)")
    match = re.search(r'role "([^"]+)" does not exist', text)
    if match:
        return f"the server of {where} has no user '{match.group(1)}' (deploy/postgres.md)"
    if "connection refused" in low or "could not connect" in low or "timeout" in low \
            or "no route to host" in low or "could not translate host name" in low \
            or "failed to resolve host" in low:
        reason = _first_line(exc).split(":")[-1].strip() or "not reachable"
        return f"cannot reach the progress database {where}: {reason}; is PostgreSQL running?"
    if "no pg_hba.conf entry" in low:
        return (f"the server of {where} does not let this robot in (pg_hba.conf): "
                f"{_first_line(exc)}")
    if sqlstate == "42501":
        return (f"the database user of {where} may not do this: {_first_line(exc)} "
                "(deploy/postgres.md lists each role's rights)")
    return f"progress database {where}: {_first_line(exc)}"
