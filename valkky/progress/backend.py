"""The seam between the Store and a database: SQLite (``store.SqliteBackend``, the
default) or PostgreSQL (``pg.PgBackend``, a fleet's shared record).

The Store writes one SQL for both, in SQLite's words (``?`` placeholders, rows read by
column name or index); a backend runs it. What differs lives behind this seam: how a
transaction is made durable, how a live session is held (a lock file beside SQLite, an
advisory lock in PostgreSQL), how erased rows are purged, and where a write goes when
the database cannot be reached.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol


class Cursor(Protocol):
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """What the Store and srs need of a connection: ``execute`` with ``?`` placeholders."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Any: ...


@dataclass(frozen=True)
class Write:
    """One write the runtime makes while a lesson runs, as data: applied at once, or kept
    in the outbox while a PostgreSQL database is unreachable and applied when it returns
    (idempotent: an attempt carries its own key)."""

    kind: str  # attempt | position | end | meet | level
    args: dict[str, Any] = field(default_factory=dict)
    durable: bool = True


Apply = Callable[[Connection, Write], None]


class Backend(Protocol):
    kind: str  # "sqlite" | "postgresql"
    where: Path | str  # shown in messages: the file, or the URL without its password
    left: int  # after close: writes still waiting on this machine
    db: Any  # reads, outside a transaction (a Connection; tests stand a failing one in)

    def transaction(self, durable: bool = True) -> AbstractContextManager[Connection]: ...

    def serialise(self, db: Connection, key: str) -> None:
        """Inside a transaction: one at a time per ``key`` (a learner and lesson)."""

    def write(self, write: Write, apply: Apply) -> None:
        """Apply ``write`` in one transaction (durable if it says so)."""

    def claim(self, session_id: int) -> bool: ...
    def release(self, session_id: int) -> None: ...
    def live(self, session_id: int) -> bool: ...
    def purge(self, done: str, again: str) -> None: ...
    def pending(self) -> int: ...
    def close(self) -> None: ...
