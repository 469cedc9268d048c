"""Judge checks per second, cold and warm, and the judge's time as a ratio to a bare
rapidfuzz lookup of the closest accepted answer over the same answers, measured side by side
in one run.

The answers are the judge tests' learner answers (tests/judge/test_verdicts.py), each with
its own accepted answers. Four figures, each the median of the rounds, in CPU time (on a
shared machine wall time mostly measures the neighbours):

- ``cold ×4`` — issue 12's measure, the one its goal (≥ 20,000 checks/s) is about: the
  answers four times a round, every cache of the judge cleared before each round
  (``valkky.judge.clear_caches``: judgements, answers, words, Voikko's analyses, compiled
  steps), so the first of the four pays everything and the other three find what the first
  left (each answer's judgement, remembered). Stricter than the measure as filed: the
  bench then cleared only the normalisation and Voikko caches; Judge 2.0 has more, and all
  of them are cleared.
- ``first time`` — each answer once after clearing every cache: what an answer never seen
  before costs, Voikko and num2words loaded.
- ``new answer, lesson loaded`` — what a running robot pays for an answer it has not heard
  before: each answer once, after what loading the lessons does before the first learner
  speaks (every cache cleared, then each step's accepted answers compiled, its words'
  candidates and fronts for the lexicon worked out, each of its words analysed: Voikko's
  readings and spelling, the lexicon's forms), with every entry keyed by what a judged
  answer says forgotten: the answer as written, casefolded, normalised and canonical, each
  of their words, and their word lists. A cache holding such an entry (a step's word
  that an answer says too: a mixed cache) is cleared and filled again with its other keys
  until none holds one, so the answers' own words are analysed, spelled, normalised and
  compared in the timed round; only the caches keyed by a step's whole list of answers
  (``compile_accepted`` and the rest of its group) keep a step whose answer is said as
  written. Which keys a cache holds is learnt from its misses by a profiler, off in the
  timed rounds. Between ``first time`` (nothing loaded) and ``warm``; not the issue's
  measure, which stays ``cold ×4``.
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
from types import FrameType

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
from valkky.judge import caches as every_cache
from valkky.judge.accepted import compile_accepted
from valkky.judge.case import Case, Judgement
from valkky.judge.normalise import canonical, normalise

ANSWERS = [(a, acc) for a, acc, _, _ in CASES]
PAIRS = ANSWERS * 4
_STEP_GROUP = next(name for name in cache_groups() if name.startswith("steps compiled"))


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


class _Misses:
    """Which keys each of the judge's caches holds, learnt from its misses (the cached
    function runs only on a miss) by a profiler, which the timed rounds never have on."""

    def __init__(self) -> None:
        self.held: dict[object, dict[tuple[object, ...], None]] = {}
        self._codes = {f.__wrapped__.__code__: f for f in every_cache()
                       if f is not verdict.judge and hasattr(f, "__wrapped__")}

    def clear(self, f: object) -> None:
        f.cache_clear()  # type: ignore[attr-defined]
        self.held.pop(f, None)

    def _seen(self, frame: FrameType, event: str, _: object) -> None:
        if event == "call" and (f := self._codes.get(frame.f_code)) is not None:
            code = frame.f_code
            key = [frame.f_locals[n] for n in code.co_varnames[:code.co_argcount]]
            for default in reversed(f.__wrapped__.__defaults__ or ()):  # as called: left out
                if key[-1] != default:
                    break
                key.pop()
            self.held.setdefault(f, {})[tuple(key)] = None

    def run(self, work: Callable[..., object], *args: object) -> None:
        sys.setprofile(self._seen)
        try:
            work(*args)
        finally:
            sys.setprofile(None)


def _said_by(pairs: list[tuple[str, list[str]]]) -> frozenset[object]:
    """Every string a judged answer is, or is made of: as written, casefolded, normalised,
    canonical, and each of their words (worked out before the caches are cleared)."""
    said: set[object] = set()
    for answer, _ in pairs:
        for text in (answer, answer.casefold(), normalise(answer), canonical(normalise(answer))):
            said.add(text)
            said.update(text.split())
            said.update(tuple(text.split()))
    return frozenset(said)


def _load_lessons(pairs: list[tuple[str, list[str]]], said: frozenset[object]) -> int:
    """Every cache cleared, then what a robot does when it loads its lesson, before the
    first learner speaks: each step's accepted answers compiled (normalised, their words,
    synonyms in their form), its words' candidates and fronts for the lexicon, and each of
    its words analysed (Voikko's readings and spelling, the lexicon's forms). Then every
    entry keyed by what a judged answer says (``said``: the answer as written, normalised,
    and each of its words; a pair or a list of words with one of them) is forgotten: a
    cache that holds one is cleared and filled again with its other keys, until none holds
    one (``compile_accepted`` and the other caches of a step, keyed by the step's list of
    answers, keep that step however its words are said). The judgements are not kept. Returns
    how many entries are kept."""
    clear_caches()
    steps = {tuple(accept): None for _, accept in pairs}
    misses = _Misses()

    def load() -> None:
        for accept in steps:
            vocabulary = compile_accepted(accept)[1]
            lexicon.step_candidates(vocabulary)
            lexicon.step_fronts(vocabulary)
            for word in vocabulary:
                finnish.analyses(word)
                finnish.is_word(word)
                lexicon.forms(word)

    misses.run(load)
    by_step = frozenset(cache_groups()[_STEP_GROUP])

    def keyed_by_an_answer(f: object, key: tuple[object, ...]) -> bool:
        return any((type(k) is str or (type(k) is tuple and f not in by_step)) and k in said
                   for k in key)

    for _ in range(50):  # (a cache filled again may fill the ones it calls: a few passes)
        dirty = next(((f, keys) for f, keys in misses.held.items()
                      if any(keyed_by_an_answer(f, k) for k in keys)), None)
        if dirty is None:
            return sum(len(keys) for keys in misses.held.values())
        f, keys = dirty
        misses.clear(f)
        misses.run(_fill, f, [k for k in keys if not keyed_by_an_answer(f, k)])
    raise AssertionError("the lesson's caches kept an answer's words")


def _fill(f: Callable[..., object], keys: list[tuple[object, ...]]) -> None:
    for key in keys:
        f(*key)


def _bare(pairs: list[tuple[str, list[str]]]) -> float:
    t = time.process_time()
    for answer, accept in pairs:
        process.extractOne(answer.casefold(), accept, scorer=fuzz.ratio)
    return time.process_time() - t


def main(rounds: int = 9) -> None:
    # load Voikko, num2words and the whole lexicon once, outside the timing
    judge("lämmitys", ["lämpö"])
    lexicon.forms("esimies")
    said = _said_by(ANSWERS)
    cold4, first, loaded, warm, bare = [], [], [], [], []
    kept = 0
    for _ in range(rounds):
        cold4.append(_judge(PAIRS, clear=True))
        bare.append(_bare(PAIRS))
        first.append(_judge(ANSWERS, clear=True))
        warm.append(_judge(ANSWERS, clear=False))
        kept = _load_lessons(ANSWERS, said)
        loaded.append(_judge(ANSWERS, clear=False))
    c4, f, n, w, b = (statistics.median(x) for x in (cold4, first, loaded, warm, bare))
    print(f"{len(ANSWERS)} answers, medians of {rounds} rounds, CPU time")
    print(f"judge, cold ×4 (issue 12's measure):  {len(PAIRS) / c4:,.0f} checks/s")
    print(f"judge, first time:                    {len(ANSWERS) / f:,.0f} checks/s")
    print(f"judge, new answer, lesson loaded:     {len(ANSWERS) / n:,.0f} checks/s "
          f"({kept:,} cache entries of the lessons kept)")
    print(f"judge, warm:                          {len(ANSWERS) / w:,.0f} checks/s")
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
          "checks (a word in lower case read from its analysis)")


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
