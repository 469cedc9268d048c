"""The judge gives every recorded judgement (tests/judge/golden.py) exactly: a change for
speed changes no verdict, reason, score, closest answer, detail or feedback, whether the
judge's caches are cold, warm, or warmed in another order."""

from __future__ import annotations

import functools
from typing import Any

import pytest

from tests.judge.golden import Call, calls, record, recorded
from valkky.judge import clear_caches


@functools.cache
def _calls() -> list[Call]:
    """The calls, listed when a test first asks (not at collection: ≈ 1 s of CPU, in every
    worker, for tests that run on one)."""
    return list(calls())


def _differences(order: list[Call]) -> list[str]:
    golden = recorded()
    out = []
    for call in order:
        got: dict[str, Any] = record(call)
        if got != golden.get(call.key):
            out.append(f"{call.where}: {call.answer!r}: recorded {golden.get(call.key)}, "
                       f"now {got}")
    return out


def test_the_golden_file_holds_every_call() -> None:
    """A new case, rule example, graded answer or lesson step is recorded before it counts:
    `python -m tests.judge.golden`, then read the diff."""
    assert sorted(c.key for c in _calls()) == sorted(recorded())


# (the cold pass's order, the warm pass's order): both orders cold, warm in the order the
# caches were warmed in and in the other, and no pass that only warms the caches
ORDERS = {"cold forwards, warm backwards": (False, True),
          "cold backwards, warm backwards": (True, True)}


@pytest.mark.parametrize("orders", ORDERS)
def test_every_judgement_is_as_recorded(orders: str) -> None:
    cold_backwards, warm_backwards = ORDERS[orders]
    clear_caches()
    for caches, backwards in (("cold", cold_backwards), ("warm", warm_backwards)):
        differences = _differences(_calls()[::-1] if backwards else _calls())
        assert not differences, f"{len(differences)} judgements changed ({caches} " \
            f"caches, {orders}):\n" + "\n".join(differences[:20])
