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
# whichever worker is free (tests/longest_first.APART), in two passes:
# - cold: every cache of the judge cleared, every judgement made afresh, the word caches
#   warmed in the file's order (a step's calls one after another, as a lesson judges them);
# - remembered: every call again, each judgement coming back remembered.
# A cache whose key misses an argument gives its second caller the first's value: the
# cold pass finds it. A remembered judgement that is not the one made: the remembered
# pass finds it. Measured (2026-12-05) by such a key put in `canonical`, `minimal_pair` and
# `slips`, and by a remembered almost coming back with its score changed: the cold pass
# found 5, 2,287, 324 and 272 changed judgements, the remembered pass 5, 2,287, 324 and
# 6,186 — each as the three passes before it found it (cold forwards, then warm backwards
# and warm forwards, each bringing half the calls back remembered and judging the other
# half again over warm caches: 5, 2,287, 324 and 161/3,183/2,297), in 13 s of CPU, not 22.
# (A cold backwards pass was dropped on 2026-12-01 for the same reason: it found nothing
# the forwards pass missed.)
@pytest.mark.parametrize("golden_part", range(PARTS))
def test_every_judgement_is_as_recorded(golden_part: int,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    golden = recorded()  # (a call not recorded: the test above names it)
    every = [c for c in part(golden_part) if c.key in golden]
    made = cold_pass(every)
    monkeypatch.setattr(verdict, "REMEMBERED", remembered_for(len(every)))
    kept = len(verdict.judge._seen)
    passes: list[tuple[str, Callable[[], list[Call]]]] = [
        ("cold", lambda: [c for c in every if made[c.key] != golden[c.key]]),
        ("remembered", lambda: changed(every, golden))]
    for name, differ in passes:
        differences = differ()
        if differences:
            pytest.fail(f"{len(differences)} judgements changed ({name} pass; {_SHOW}):\n"
                        + summary(differences), pytrace=False)
    # a pass that judged afresh would pass without testing what it is for
    assert len(verdict.judge._seen) == kept, "the remembered pass judged calls afresh"


def test_a_failure_names_no_answer() -> None:
    """What the test prints on a change: counts per step, never the answer or its grade."""
    graded = Call("trainer_answers_99.yaml: lesson step-1", "salainen vastaus", ("moppi",), {})
    own = Call("accept: moppi", "toinen vastaus", ("moppi",), {})
    shown = summary([graded, graded, own])
    assert "2 × trainer_answers_99.yaml: lesson step-1" in shown
    assert "1 × tests' own cases" in shown
    assert "vastaus" not in shown and "moppi" not in shown
