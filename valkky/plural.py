"""Counting in English messages: "1 task", "2 tasks", "0 errors". One owner, so that no
report or command says "1 sessions" or "problem(s)"."""

from __future__ import annotations


def of(count: int, noun: str, many: str | None = None) -> str:
    """``count`` and ``noun``, the noun plural unless the count is 1 (``many``, else the
    noun with an s)."""
    return f"{count} {noun if count == 1 else many or noun + 's'}"
