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
from typing import TypeVar

from valkky.progress.store import Store, default_outbox_path

T = TypeVar("T")


class Database:
    def __init__(self, target: Path | str, *, outbox: Path | None = None,
                 clock: Callable[[], float] | None = None) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="console-db")
        def open_store() -> Store:
            return Store(target, outbox=outbox) if clock is None else \
                Store(target, outbox=outbox, clock=clock)

        # opened on the worker thread, where it is used; a bad database raises here
        self.store: Store = self._pool.submit(open_store).result()
        self.target = target
        # where this machine keeps writes for an unreachable PostgreSQL (the pending page)
        self.outbox: Path = outbox or default_outbox_path()

    async def run(self, work: Callable[[Store], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._pool, work, self.store)

    def call(self, work: Callable[[Store], T]) -> T:
        """The same, from a thread that is not the event loop's (tests, the bench)."""
        return self._pool.submit(work, self.store).result()

    def close(self) -> None:
        self._pool.submit(self.store.close).result()
        self._pool.shutdown()
