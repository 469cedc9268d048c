"""The judge gives every recorded judgement (tests/judge/golden.py) exactly: a change for
speed changes no verdict, reason, score, closest answer, detail or feedback, whether the
judge's caches are cold, warm, or warmed in another order."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.judge.golden import (
    PARTS,
    Call,
    calls,
    changed,
    cold_pass,
    part,
    recorded,
    remembered_for,
    summary,
)
from valkky.judge import verdict

# The failure names counts and steps only: the graded answers of a set held out from the
# judge's authors must not reach them through a test log.
_SHOW = "python -m tests.judge.golden --diff shows them"


def test_the_file_holds_every_call_and_no_other() -> None:
    """A new case, rule example, graded answer or lesson step is recorded before it counts:
    `python -m tests.judge.golden`, then read the diff."""
    golden, made = recorded(), list(calls())
    every = [c for i in range(PARTS) for c in part(i, every=made)]
    keys = {c.key for c in every}
    unrecorded = [c for c in every if c.key not in golden]
    assert len(keys) == len(every)  # the parts cut the calls, each call in one part
    if unrecorded or len(keys) != len(golden):  # pytest.fail: no values of locals shown
        pytest.fail(f"the golden file holds every call the judge tests make, and no other: "
                    f"{len(unrecorded)} not recorded, {len(set(golden) - keys)} no longer "
                    f"made (python -m tests.judge.golden writes the file again):\n"
                    + summary(unrecorded), pytrace=False)


# Each part of the calls (golden.part: runs in the file's order) is its own test, run on
# whichever worker is free (tests/longest_first.APART), in three passes, caches cold at the
# start:
# - cold forwards: every judgement made afresh, the word caches warmed in the file's order
#   (a step's calls one after another, as a lesson judges them);
# - warm backwards: the newest judgements (half the part: remembered_for) come back
#   remembered, the older ones, forgotten, are made again over warm word caches;
# - warm forwards: the judgements remembered now are the ones the warm backwards pass
#   made again, so between the two warm passes every call comes back remembered once.
# A cold backwards pass was dropped (≈ 2 s of CPU): a cache whose first filler decides
# what later calls get (a key missing an argument) gives its second caller the first's
# value, so the forwards pass finds it already. Measured by such a key put in
# `canonical`, `minimal_pair`, `slips` and `compile_accepted`: the cold forwards pass
# found 2, 646, 115 and 550 changed judgements, cold backwards 2, 524, 59 and 315: every
# such key either pass finds, the other finds too. The warm forwards pass is what finds a
# remembered almost whose score changed (65 judgements; cold and warm backwards find none).
@pytest.mark.parametrize("golden_part", range(PARTS))
def test_every_judgement_is_as_recorded(golden_part: int,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    golden = recorded()  # (a call not recorded: the test above names it)
    every = [c for c in part(golden_part) if c.key in golden]
    made = cold_pass(every)
    monkeypatch.setattr(verdict, "REMEMBERED", remembered_for(len(every)))
    passes: list[tuple[str, str, Callable[[], list[Call]]]] = [
        ("cold", "forwards", lambda: [c for c in every if made[c.key] != golden[c.key]]),
        ("warm", "backwards", lambda: changed(every[::-1], golden)),
        ("warm", "forwards", lambda: changed(every, golden))]
    for caches, direction, differ in passes:
        differences = differ()
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
