"""Lines for people (a terminal, a pipe, the journal) written on a thread of their own.

The robot's safety path must never wait on a reader: a terminal paused with Ctrl-S, a
pipe into ``less``, a stuck journal reader would otherwise stop the robot from obeying
its e-stop. Every line the robot side writes (its log echo and Python logging) goes into
a bounded queue without blocking; one thread writes them out. When the reader stalls and
the queue fills, lines are dropped and counted, and the count is written once the reader
catches up.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable

QUEUE_LINES = 1000
_STOP = object()


class Outlet:
    def __init__(self, write: Callable[[str], None] = print, maxsize: int = QUEUE_LINES):
        self._write = write
        self._queue: queue.Queue[object] = queue.Queue(maxsize)
        self._lock = threading.Lock()  # guards the dropped count only (never held for I/O)
        self.dropped = 0
        self._thread = threading.Thread(target=self._pump, name="valkky-outlet", daemon=True)
        self._thread.start()

    def say(self, line: str) -> None:
        """Queue one line; never blocks. A full queue drops the line (and counts it)."""
        try:
            self._queue.put_nowait(line)
        except queue.Full:
            with self._lock:
                self.dropped += 1

    def close(self, timeout_s: float = 1.0) -> bool:
        """Write what is queued, waiting at most ``timeout_s`` in all (a stalled reader
        keeps the queue full: the wait for room and the wait for the writer share it);
        False when the reader never drained it."""
        deadline = time.monotonic() + timeout_s
        with contextlib.suppress(queue.Full):
            self._queue.put(_STOP, timeout=timeout_s)
        self._thread.join(max(0.0, deadline - time.monotonic()))
        return not self._thread.is_alive()

    def _pump(self) -> None:
        while True:
            line = self._queue.get()
            if line is _STOP:
                return
            with self._lock:
                dropped, self.dropped = self.dropped, 0
            # a reader that has gone away (a closed pipe) must not end the pump
            with contextlib.suppress(OSError, ValueError):
                if dropped:
                    self._write(f"({dropped} lines not shown: the output was not read)")
                self._write(str(line))


class OutletHandler(logging.Handler):
    """A logging handler that formats a record and hands it to an ``Outlet``."""

    def __init__(self, outlet: Outlet):
        super().__init__()
        self.outlet = outlet

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.outlet.say(self.format(record))
        except Exception:  # formatting a bad record must not reach the caller either
            self.outlet.say(f"(a log line could not be formatted: {record.msg!r})")


def route_logging(outlet: Outlet) -> Callable[[], None]:
    """Send every Python log line through ``outlet`` instead of straight to stderr; the
    returned function puts the previous handlers back."""
    root = logging.getLogger()
    previous = root.handlers[:]
    handler = OutletHandler(outlet)
    formatter = previous[0].formatter if previous else None
    handler.setFormatter(formatter or logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root.handlers = [handler]

    def restore() -> None:
        root.handlers = previous
    return restore
