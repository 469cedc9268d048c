"""Judge checks per second, and the judge's time as a ratio to a bare rapidfuzz lookup of
the closest accepted answer over the same answers, measured side by side in one run.

The pairs are the judge tests' learner answers; every cache of the judge (answers,
words, Voikko's analyses) is cleared before each timed round so repeated answers do not
flatter it.
"""

from __future__ import annotations

import statistics
import sys
import time

from rapidfuzz import fuzz, process

from valkky.paths import ROOT

sys.path.insert(0, str(ROOT))  # the cases live with the tests
from tests.judge.test_verdicts import CASES
from valkky.judge import clear_caches, judge

PAIRS = [(a, acc) for a, acc, _, _ in CASES] * 4


def _judge_all() -> None:
    clear_caches()
    for answer, accept in PAIRS:
        judge(answer, accept)


def _bare_all() -> None:
    for answer, accept in PAIRS:
        process.extractOne(answer.casefold(), accept, scorer=fuzz.ratio)


def main(rounds: int = 7) -> None:
    judge("lämmitys", ["lämpö"])  # load Voikko and num2words once, outside the timing
    judged, bare = [], []
    for _ in range(rounds):
        t = time.perf_counter()
        _judge_all()
        judged.append(time.perf_counter() - t)
        t = time.perf_counter()
        _bare_all()
        bare.append(time.perf_counter() - t)
    j, b = statistics.median(judged), statistics.median(bare)
    print(f"{len(PAIRS)} answers per round, medians of {rounds} rounds")
    print(f"judge: {len(PAIRS) / j:,.0f} checks/s (cold caches)")
    print(f"judge/bare-rapidfuzz time ratio: {j / b:.1f}")


if __name__ == "__main__":
    main()
