"""The judge gives every recorded judgement (tests/judge/golden.py) exactly: a change for
speed changes no verdict, reason, score, closest answer, detail or feedback, whether the
judge's caches are cold, warm, or warmed in another order."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from tests.judge.golden import Call, calls, changed, recorded, summary
from valkky.judge import clear_caches

# The failure names counts and steps only: the graded answers of a set held out from the
# judge's authors must not reach them through a test log.
_SHOW = "python -m tests.judge.golden --diff shows them"


# Four passes over every call, in two tests of two passes each (each ≈ 3 s of CPU: one
# test of four was the suite's longest and often its last to end; split, xdist's workers
# share them). Each test starts with cold caches:
# - cold forwards: every judgement made afresh, the word caches warmed in the file's order
#   (a step's calls one after another, as a lesson judges them);
# - then warm backwards: the newest judgements (verdict.REMEMBERED of them) come back
#   remembered, the older ones, forgotten, are made again over warm word caches;
# - cold backwards: every judgement made afresh with every other call on the other side
#   of it, so a cache whose first filler decides what later calls get is caught;
# - then warm forwards: the judgements remembered last are the ones the cold backwards
#   pass made, so between the two warm passes every call comes back remembered once.
# (Warm backwards right after cold backwards would find every judgement forgotten, the
# remembered ones being the oldest: the same judgements made over warm word caches, for
# 1.9 s of CPU.)
@cache
def _every_call() -> tuple[list[Call], dict[tuple[str, str], dict[str, Any]]]:
    """The calls (listed once per test process: ≈ 1 s of CPU) and their recorded
    judgements."""
    return list(calls()), recorded()


@pytest.mark.parametrize("backwards", [False, True], ids=["cold-forwards-warm-backwards",
                                                "cold-backwards-warm-forwards"])
def test_every_judgement_is_as_recorded(backwards: bool) -> None:
    """A new case, rule example, graded answer or lesson step is recorded before it counts:
    `python -m tests.judge.golden`, then read the diff."""
    every, golden = _every_call()
    keys = {c.key for c in every}
    unrecorded = [c for c in every if c.key not in golden]
    if unrecorded or len(keys) != len(golden):  # pytest.fail: no values of locals shown
        pytest.fail(f"the golden file holds every call the judge tests make, and no other: "
                    f"{len(unrecorded)} not recorded, {len(set(golden) - keys)} no longer "
                    f"made (python -m tests.judge.golden writes the file again):\n"
                    + summary(unrecorded), pytrace=False)
    clear_caches()
    for caches, back in (("cold", backwards), ("warm", not backwards)):
        differences = changed(every[::-1] if back else every, golden)
        direction = "backwards" if back else "forwards"
        if differences:
            pytest.fail(f"{len(differences)} judgements changed ({caches} caches, "
                        f"{direction}; {_SHOW}):\n" + summary(differences), pytrace=False)


def test_a_failure_names_no_answer() -> None:
    """What the test prints on a change: counts per step, never the answer or its grade."""
    graded = Call("trainer_answers_99.yaml: lesson step-1", "salainen vastaus", ("moppi",), {})
    own = Call("accept: moppi", "toinen vastaus", ("moppi",), {})
    shown = summary([graded, graded, own])
    assert "2 × trainer_answers_99.yaml: lesson step-1" in shown
    assert "1 × tests' own cases" in shown
    assert "vastaus" not in shown and "moppi" not in shown
