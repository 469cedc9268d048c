"""The read-only reviews' probes (issue 12, stops 48–49), kept: each review of a judge change
wrote learner answers to real steps with the verdict a careful trainer gives and a class
(``bench/review_probes/reviewNN.txt``, a line each: ``lesson step|answer|expected|class``):

- regression: a safe right answer a change had judged wrong;
- hole / new_hole: an unsafe answer a judge took as correct (before the change too / only
  after it);
- safe: a safe right answer every judge so far kept (a guard);
- fixed, other: what the change mended, and the rest.

Judged here with this checkout's judge; printed per file and class: how many get the trainer's
verdict ("correct" expected: correct; "wrong" or "almost" expected, for an unsafe answer:
anything but correct, for a safe one the same verdict). ``--out FILE`` keeps the verdicts,
``--before FILE`` prints each probe that moved and, first, those that lost the trainer's
verdict and the probes new since that file that do not have it. A sweep, not a test: the
probes are many (≈ 24,000) and some are left open on purpose (holes not yet closed)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from bench.sweep_mistakes import keep_and_compare, sweep_flags
from tests.judge.golden import judged_on

PROBES = Path(__file__).resolve().parent / "review_probes"


def probes() -> list[tuple[str, str, str, str, str]]:
    """Every probe: (file, step, answer, expected, class)."""
    out = []
    for path in sorted(PROBES.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = [p.strip() for p in line.split("|")]
            if len(parts) == 4 and not line.startswith("#"):
                step, answer, expected, kind = parts
                out.append((path.stem, step, answer, expected, kind))
    return out


def agrees(expected: str, verdict: str, kind: str) -> bool:
    """The judge gives the trainer's verdict: an unsafe answer (a hole) anything but
    correct; any other the verdict itself."""
    if kind in ("hole", "new_hole") and expected != "correct":
        return verdict != "correct"
    return verdict == expected


def main() -> None:
    args = sweep_flags(__doc__).parse_args()
    now: dict[str, str] = {}
    tally: Counter[tuple[str, str]] = Counter()
    right: Counter[tuple[str, str]] = Counter()
    expected_of: dict[str, tuple[str, str]] = {}
    for name, step, answer, expected, kind in probes():
        key = f"{name} | {kind} | {step} | {answer}"
        try:
            verdict = judged_on(step, answer).verdict
        except KeyError:
            print(f"no step {step!r} ({name})")
            continue
        now[key] = verdict
        expected_of[key] = (expected, kind)
        tally[name, kind] += 1
        right[name, kind] += agrees(expected, verdict, kind)
    for name in sorted({n for n, _ in tally}):
        print(f"{name}: " + ", ".join(f"{kind} {right[name, kind]}/{tally[name, kind]}"
                                      for n, kind in sorted(tally) if n == name))
    if args.before:
        before = json.loads(args.before.read_text(encoding="utf-8"))
        lost = [k for k, v in now.items() if k in before and
                agrees(*expected_of[k][:1], before[k], expected_of[k][1]) and
                not agrees(expected_of[k][0], v, expected_of[k][1])]
        print(f"lost the trainer's verdict: {len(lost)}")
        for k in sorted(lost):
            print(f"  {before[k]} -> {now[k]}: {k}")
        # (a review's probes kept with the mend they asked for are new here: each that the
        # mend leaves short of its trainer, whatever its class, review175)
        short = sorted(k for k, v in now.items() if k not in before and
                       not agrees(expected_of[k][0], v, expected_of[k][1]))
        print(f"new probes short of the trainer's verdict: {len(short)}")
        for k in short:
            print(f"  {now[k]} (trainer: {expected_of[k][0]}): {k}")
    keep_and_compare(now, args.out, args.before)


if __name__ == "__main__":
    main()
