"""Judge checks per second, cold and warm, and the judge's time as a ratio to a bare
rapidfuzz lookup of the closest accepted answer over the same answers, measured side by side
in one run.

The answers are the judge tests' learner answers (tests/judge/test_verdicts.py), each with
its own accepted answers. Three figures, each the median of the rounds, in CPU time (on a
shared machine wall time mostly measures the neighbours):

- ``cold ×4`` — issue 12's measure, the one its goal (≥ 20,000 checks/s) is about: the
  answers four times a round, every cache of the judge cleared before each round
  (``valkky.judge.clear_caches``: judgements, answers, words, Voikko's analyses, compiled
  steps), so the first of the four pays everything and the other three find what the first
  left (each answer's judgement, remembered). (When
  the issue was filed the bench cleared only the normalisation and Voikko caches; Judge 2.0
  has more, and all of them are cleared.)
- ``first time`` — each answer once after clearing every cache: what an answer never seen
  before costs, Voikko and num2words loaded.
- ``warm`` — the same answers again, nothing cleared: an answer said before (by this
  learner or another) to the same step, its judgement remembered.

The ratio to rapidfuzz is for ``cold ×4``.

``--rules`` then prints what the time of ``first time`` went to: each rule's share (how
many answers it was tried on and decided; the rules a step has nothing for are skipped,
``Rule.needs``), the rest before the rules (normalising, the step's accepted answers, the
lexicon), and Voikko's analyses and spelling checks per round.

``--caches`` prints what filling each group of the judge's caches costs a ``first time``
round: the round with that group kept from the round before (``clear_caches(keep=…)``),
beside a round with nothing kept, alternating in one run; and the round with every word's
and step's cache kept, only the judgements forgotten (the rules' own work).
"""

from __future__ import annotations

import dataclasses
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable

from rapidfuzz import fuzz, process

from valkky.paths import ROOT

sys.path.insert(0, str(ROOT))  # the cases live with the tests
from tests.judge.test_verdicts import CASES
from valkky.judge import (
    cache_groups,
    clear_caches,
    finnish,
    judge,
    lexicon,
    verdict,
)
from valkky.judge.case import Case, Judgement

ANSWERS = [(a, acc) for a, acc, _, _ in CASES]
PAIRS = ANSWERS * 4


def _judge(pairs: list[tuple[str, list[str]]], *, clear: bool,
           keep: tuple[object, ...] = ()) -> float:
    """CPU seconds to judge ``pairs`` (after clearing every cache but ``keep``, if
    ``clear``)."""
    if clear:
        clear_caches(keep)
    t = time.process_time()
    for answer, accept in pairs:
        judge(answer, accept)
    return time.process_time() - t


def _bare(pairs: list[tuple[str, list[str]]]) -> float:
    t = time.process_time()
    for answer, accept in pairs:
        process.extractOne(answer.casefold(), accept, scorer=fuzz.ratio)
    return time.process_time() - t


def main(rounds: int = 9) -> None:
    # load Voikko, num2words and the whole lexicon once, outside the timing
    judge("lämmitys", ["lämpö"])
    lexicon.forms("esimies")
    cold4, first, warm, bare = [], [], [], []
    for _ in range(rounds):
        cold4.append(_judge(PAIRS, clear=True))
        bare.append(_bare(PAIRS))
        first.append(_judge(ANSWERS, clear=True))
        warm.append(_judge(ANSWERS, clear=False))
    c4, f, w, b = (statistics.median(x) for x in (cold4, first, warm, bare))
    print(f"{len(ANSWERS)} answers, medians of {rounds} rounds, CPU time")
    print(f"judge, cold ×4 (issue 12's measure): {len(PAIRS) / c4:,.0f} checks/s")
    print(f"judge, first time:                   {len(ANSWERS) / f:,.0f} checks/s")
    print(f"judge, warm:                         {len(ANSWERS) / w:,.0f} checks/s")
    print(f"judge (cold ×4) / bare-rapidfuzz time ratio: {c4 / b:.1f}")


def rules(rounds: int = 9) -> None:
    """Where the time of ``first time`` goes: each rule, the rest, Voikko's calls."""
    spent: defaultdict[str, float] = defaultdict(float)
    tried: Counter[str] = Counter()
    decided: Counter[str] = Counter()

    def timed(rule: str, check: Callable[[Case], Judgement | None]
              ) -> Callable[[Case], Judgement | None]:
        def run(c: Case) -> Judgement | None:
            t = time.process_time()
            j = check(c)
            spent[rule] += time.process_time() - t
            tried[rule] += 1
            decided[rule] += j is not None
            return j
        return run

    kept = verdict.RULES
    verdict.RULES = tuple(dataclasses.replace(r, check=timed(r.name, r.check)) for r in kept)
    verdict.rules_for.cache_clear()
    total, analysed, spelled = 0.0, 0, 0
    try:
        for _ in range(rounds):
            total += _judge(ANSWERS, clear=True)
            analysed += finnish.analyses.cache_info().misses
            spelled += finnish.is_word.cache_info().misses
    finally:
        verdict.RULES = kept
        verdict.rules_for.cache_clear()
    print(f"first time, where the time went ({len(ANSWERS)} answers, {rounds} rounds):")
    for r in kept:
        if tried[r.name]:
            print(f"  {r.name:<17} {100 * spent[r.name] / total:5.1f} %  tried "
                  f"{tried[r.name] // rounds:>3}, decided {decided[r.name] // rounds:>3}")
    print(f"  {'before the rules':<17} {100 * (1 - sum(spent.values()) / total):5.1f} %")
    print(f"  Voikko per round: {analysed // rounds} analyses, {spelled // rounds} spelling "
          "checks")


def caches(rounds: int = 7) -> None:
    """What filling each group of caches costs a ``first time`` round."""
    groups = {name: kept for name, kept in cache_groups().items() if name != "judgements"}
    everything = tuple(f for kept in groups.values() for f in kept)
    print(f"first time, what filling each cache costs ({len(ANSWERS)} answers, medians of "
          f"{rounds} rounds, each beside a round with nothing kept):")
    for label, kept in (*groups.items(), ("every word's and step's (the rules' own work "
                                          "left)", everything)):
        cold, warm = [], []
        for _ in range(rounds):
            cold.append(_judge(ANSWERS, clear=True))
            _judge(ANSWERS, clear=True)  # fills what the next round keeps
            warm.append(_judge(ANSWERS, clear=True, keep=kept))
        c, w = statistics.median(cold), statistics.median(warm)
        print(f"  {100 * (1 - w / c):5.1f} %  {label}")


if __name__ == "__main__":
    main()
    if "--rules" in sys.argv[1:]:
        rules()
    if "--caches" in sys.argv[1:]:
        caches()
