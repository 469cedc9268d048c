"""The console's progress database on a thread of its own.

A SQLite connection may only be used by the thread that opened it, and a query must not
stall the event loop (other trainers' pages, the login slowdown): so one worker thread
opens the Store and runs every piece of work on it, one at a time.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from valkky.progress.store import Store

if TYPE_CHECKING:
    from valkky.settings import Settings

T = TypeVar("T")


class Database:
    def __init__(self, settings: Settings) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="console-db")
        # opened on the worker thread, where it is used, as every command opens its store
        # (the data dir made private, the outbox's wait); a bad database raises here
        self.store: Store = self._pool.submit(Store.from_settings, settings).result()
        self.target: Path | str = settings.db
        # where this machine keeps writes for an unreachable PostgreSQL (the pending page)
        self.outbox: Path = settings.outbox

    async def run(self, work: Callable[[Store], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._pool, work, self.store)

    def call(self, work: Callable[[Store], T]) -> T:
        """The same, from a thread that is not the event loop's (tests, the bench)."""
        return self._pool.submit(work, self.store).result()

    def close(self) -> None:
        self._pool.submit(self.store.close).result()
        self._pool.shutdown()
