"""The judge gives every recorded judgement (tests/judge/golden.py) exactly: a change for
speed changes no verdict, reason, score, closest answer, detail or feedback, whether the
judge's caches are cold, warm, or warmed in another order."""

from __future__ import annotations

from typing import Any

from tests.judge.golden import Call, calls, record, recorded
from valkky.judge import clear_caches


def _differences(order: list[Call], golden: dict[tuple[str, str], dict[str, Any]]
                 ) -> list[str]:
    out = []
    for call in order:
        got: dict[str, Any] = record(call)
        if got != golden.get(call.key):
            out.append(f"{call.where}: {call.answer!r}: recorded {golden.get(call.key)}, "
                       f"now {got}")
    return out


# Three passes over every call, caches cold at the start:
# - cold forwards: every judgement made afresh, the word caches warmed in the file's order
#   (a step's calls one after another, as a lesson judges them);
# - warm backwards: the newest judgements (verdict.REMEMBERED of them) come back
#   remembered, the older ones, forgotten, are made again over warm word caches;
# - warm forwards: the judgements remembered now are the ones the warm backwards pass
#   made again, so between the two warm passes every call comes back remembered once
#   (while the file holds at most twice verdict.REMEMBERED calls: 7,579 of 8,192 now).
# A cold backwards pass was dropped (≈ 2 s of CPU): a cache whose first filler decides
# what later calls get (a key missing an argument) gives its second caller the first's
# value, so the forwards pass finds it already. Measured by such a key put in
# `canonical`, `minimal_pair`, `slips` and `compile_accepted`: the cold forwards pass
# found 2, 646, 115 and 550 changed judgements, cold backwards 2, 524, 59 and 315: every
# such key either pass finds, the other finds too. The warm forwards pass is what finds a
# remembered almost whose score changed (65 judgements; cold and warm backwards find none).
def test_every_judgement_is_as_recorded() -> None:
    """A new case, rule example, graded answer or lesson step is recorded before it counts:
    `python -m tests.judge.golden`, then read the diff."""
    every, golden = list(calls()), recorded()
    assert sorted(c.key for c in every) == sorted(golden), \
        "the golden file holds every call the judge tests make, and no other"
    clear_caches()
    for caches, back in (("cold", False), ("warm", True), ("warm", False)):
        differences = _differences(every[::-1] if back else every, golden)
        direction = "backwards" if back else "forwards"
        assert not differences, f"{len(differences)} judgements changed ({caches} " \
            f"caches, {direction}):\n" + "\n".join(differences[:20])
