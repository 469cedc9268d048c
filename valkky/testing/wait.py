"""The one way a test waits for something another thread or process does.

    wait_until(lambda: link.connected, 5, "the link to connect")

Polls ``predicate`` until it returns something truthy and returns that; after
``timeout_s`` it raises AssertionError naming what never happened. It never falls through
silently, so a test cannot go on (and pass) as if the awaited thing had happened.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

POLL_S = 0.005


def wait_until(predicate: Callable[[], T], timeout_s: float = 5.0, what: str | None = None,
               *, poll_s: float = POLL_S) -> T:
    """``predicate()``'s first truthy value; AssertionError after ``timeout_s`` seconds."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= deadline:
            name = what or getattr(predicate, "__name__", "the condition")
            raise AssertionError(f"timed out after {timeout_s:g} s waiting for {name}")
        time.sleep(poll_s)  # polling another thread's or process's doing; bounded above
