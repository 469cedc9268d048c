"""The golden test's cold pass (tests/judge/golden.py: cold_pass, 13,000-odd judge() calls,
every cache cleared first) in CPU seconds, for two checkouts side by side: what a change
for a first-time judgement's speed saved (issue 15: a fast suite; issue 12: the learner's
wait for a new answer).

Each round runs the pass in a fresh subprocess of each checkout in turn (the machine is
shared and noisy: alternating puts both under the same neighbours), the lessons loaded and
the calls listed before the timing; a process makes ``--passes`` cold passes (each clears
every cache first) and reports the least CPU time (resource.getrusage, user + system: a
neighbour's burst only adds). The figures are the median and the least of the rounds,
each with its ratio after / before.

    .venv/bin/python bench/judge_cold.py --before DIR [--after DIR] [--rounds N]

``--before`` is the checkout to compare with (e.g. a `git worktree add` of main), ``--after``
this checkout unless given.

Measured (branch judgefast, c57b2424 → cf3c9454, 2 Dec 2026, the machine shared: ten
per-step caches and early exits in mistake_beside, exact, word_order, carried_on,
step_pairs, adverb_more, form_slips.places): the ratio was 0.941 / 0.953 (median / least of
8 rounds, load ≈ 10), 0.986 / 0.988 (8 rounds, load ≈ 3) and 0.944 / 1.012 (10 rounds):
within this machine's noise of ±5–10 % a pass, so that code was not merged (the branch is
kept). The pass meets ≈ 2,300 different lists of accepted answers in its 13,168 calls, so
per-step work is mostly paid once anyway; a pass faster by tens of percent needs a cheaper
by_word / _compare_words per candidate.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

_CHILD = """
import json, resource, sys
import valkky
assert valkky.__file__.startswith(sys.argv[1]), valkky.__file__
from tests.judge import golden
list(golden.calls())  # the lessons read and the calls listed: not the judge's time
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
times = []
for _ in range(int(sys.argv[2])):
    t = cpu()
    golden.cold_pass()  # (every cache cleared first: each pass as cold as the first)
    times.append(cpu() - t)
print(json.dumps(min(times)))
"""


def cold_pass_cpu(checkout: Path, passes: int) -> float:
    """CPU seconds of a cold pass in a fresh process of ``checkout``: the least of
    ``passes`` (a neighbour's burst only ever adds)."""
    out = subprocess.run([sys.executable, "-c", _CHILD, str(checkout), str(passes)],
                         cwd=checkout,
                         env={**os.environ, "PYTHONPATH": str(checkout)},
                         capture_output=True, text=True, check=True)
    return float(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True,
                        help="the checkout to compare with (a git worktree of the code before)")
    parser.add_argument("--after", type=Path, default=HERE)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--passes", type=int, default=2, help="cold passes a process")
    args = parser.parse_args()
    for checkout in (args.before, args.after):  # (no module compiled inside a timed pass)
        compileall.compile_dir(checkout / "valkky", quiet=1)
        compileall.compile_dir(checkout / "tests", quiet=1)
    before: list[float] = []
    after: list[float] = []
    for i in range(args.rounds):
        before.append(cold_pass_cpu(args.before.resolve(), args.passes))
        after.append(cold_pass_cpu(args.after.resolve(), args.passes))
        print(f"round {i + 1}: before {before[-1]:.2f} s, after {after[-1]:.2f} s",
              flush=True)
    for name, of in (("median", statistics.median), ("least", min)):
        b, a = of(before), of(after)
        print(f"cold pass CPU, {name} of {args.rounds}: before {b:.2f} s ({args.before}), "
              f"after {a:.2f} s ({args.after}), ratio {a / b:.3f}")


if __name__ == "__main__":
    main()
