"""Honest hedges (issue 12, judge39): a doubt beside each accepted answer, and "I don't know"
before each accepted answer and each foreseen wrong mistake, on every ask step.

- doubt: "ehkä A", "A ehkä", "varmaan A", "luulen että A" for each accepted answer A; split
  by the step's kind (``estimate``: an accepted answer is a time or an amount alone, where
  the hedge is honest and should be right; ``deed``: almost at most);
- unsure-right: "en tiedä, A" and "en ole varma, A": should be judged as A alone;
- unsure-wrong: "en tiedä, M" for each foreseen mistake M judged wrong: must stay wrong.

``--out FILE`` keeps the verdicts, ``--before FILE`` prints the counts before and after and
each that moved.

    .venv/bin/python -m bench.sweep_hedges --out /tmp/after.json --before /tmp/main.json
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator

from bench.sweep_mistakes import keep_and_compare, sweep_flags
from tests.judge.agreement import tasks
from tests.judge.golden import judged_on
from valkky.judge.accepted import compile_accepted

try:
    from valkky.judge.hedges import asks_an_estimate
except ImportError:  # a tree before hedges.py: its verdicts only, for --before
    def asks_an_estimate(accepted: tuple[tuple[str, str], ...]) -> bool:
        return False

_DOUBTS = ("ehkä {a}", "{a} ehkä", "varmaan {a}", "luulen että {a}")
_UNSURE = ("en tiedä, {a}", "en ole varma, {a}")


def answers() -> Iterator[tuple[str, str, str, str]]:
    """(step, side, form, answer) for every step that is not open nor a choice."""
    for step, (task, _) in sorted(tasks().items()):
        if task.open or task.options:
            continue
        kind = "estimate" if asks_an_estimate(compile_accepted(task.accept)[0]) else "deed"
        for a in task.accept[:4]:
            a = a.rstrip(".!?")
            for form in _DOUBTS:
                yield step, f"doubt {kind}", form, form.format(a=a)
            for form in _UNSURE:
                yield step, "unsure-right", form, form.format(a=a)
        for m, reaction in task.mistakes.items():
            if (reaction.verdict or "wrong") == "wrong":
                yield step, "unsure-wrong", "en tiedä, {m}", f"en tiedä, {m.rstrip('.!?')}"


def _counts(verdicts: dict[str, str], kinds: dict[str, str]) -> None:
    for side in ("doubt estimate", "doubt deed", "unsure-right", "unsure-wrong"):
        counts = Counter(v for k, v in verdicts.items() if kinds.get(k) == side)
        print(f"  {side}: {sum(counts.values())} answers: " + ", ".join(
            f"{n} {v}" for v, n in counts.most_common()))


def main() -> None:
    args = sweep_flags(__doc__).parse_args()
    now: dict[str, str] = {}
    kinds: dict[str, str] = {}
    alone: dict[str, str] = {}
    for step, side, form, answer in answers():
        key = f"{side.split()[0]} | {step} | {form} | {answer}"  # the kind is no part of it
        now[key], kinds[key] = judged_on(step, answer).verdict, side
        if side == "unsure-right":
            alone[key] = judged_on(step, answer.split(", ", 1)[1]).verdict
    if args.before:
        print("before:")
        _counts(json.loads(args.before.read_text(encoding="utf-8")), kinds)
    print("now:")
    _counts(now, kinds)
    same = sum(now[k] == v for k, v in alone.items())
    print(f"unsure-right judged as the answer alone: {same} of {len(alone)}")
    keep_and_compare(now, args.out, args.before)

if __name__ == "__main__":
    main()
