"""Issue 12 (judge24): the four mechanisms swept over every bundled step, before and after.

For each step: (pointer) its accepted answers and foreseen mistakes with a pointer (se,
tämä, tuo in a case) said as another of the three; (courtesy) a courtesy of the lexicon (two
a step, in turn) before and after its first accepted answer and each mistake; (possessive)
its accepted answers with the suffix left out after "minun", "teidän"…; (denied) on a step
with a negative accepted answer, its first yes answer with "siitä" or "voin huonosti" beside
it, and each mistake alone and beside it. Each is judged as the engine judges it. ``--keep
FILE`` keeps the answers made, ``--answers FILE`` judges them in another tree (main's lexicon
has no courtesies); ``--out FILE`` keeps the verdicts; ``--before FILE`` (main's) prints, by
mechanism and kind (``right``: a right answer said another way; ``wrong``: a mistake, which
must not move to correct), how many moved and each that moved. The answers are made from
the lessons, no graded set.

    .venv/bin/python -m bench.sweep_judge24 --keep /tmp/answers.json --out /tmp/after.json
    (in main's tree) python -m bench.sweep_judge24 --answers /tmp/answers.json --out /tmp/main.json
    .venv/bin/python -m bench.sweep_judge24 --answers /tmp/answers.json --before /tmp/main.json
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from valkky.judge import finnish, judge, lexicon, wordsets
from valkky.judge.case import normalised
from valkky.judge.wordsets import NEGATIONS
from valkky.paths import ROOT

sys.path.insert(0, str(ROOT))  # the steps as the tests read them
from bench.sweep_mistakes import keep, moved_since, sweep_flags
from tests.judge.agreement import tasks
from tests.judge.golden import step_arguments

_OWNERS = ("minun", "sinun", "meidän", "teidän")
_SUFFIXES = ("ni", "si", "mme", "nne")


def _swapped(text: str) -> Iterator[str]:
    rows = wordsets.POINTERS
    others = {w: [o for o in row if o != w] for row in rows[1:9] + rows[10:] for w in row}
    words = normalised(text).split()
    for i, w in enumerate(words):
        for o in others.get(w, ()):
            yield " ".join([*words[:i], o, *words[i + 1:]])


def _unsuffixed(text: str) -> Iterator[str]:
    words = normalised(text).split()
    for i, w in enumerate(words[1:], 1):
        if words[i - 1] in _OWNERS:
            for s in _SUFFIXES:
                if w.endswith(s) and finnish.is_word(w[:-len(s)]):
                    yield " ".join([*words[:i], w[:-len(s)], *words[i + 1:]])


def answers() -> Iterator[tuple[str, str, str, str]]:
    """(step, mechanism, kind, answer)"""
    courtesies = lexicon.get().courtesies
    for n, (step, (task, _)) in enumerate(tasks().items()):
        accept, mistakes = list(task.accept), list(task.mistakes)
        if not accept:
            continue
        for a in accept:
            for s in _swapped(a):
                yield step, "pointer", "right", s
            for s in _unsuffixed(a):
                yield step, "possessive", "right", s
        for m in mistakes:
            for s in _swapped(m):
                yield step, "pointer", "wrong", s
        first = accept[0]
        # two courtesies a step, in turn (every one of them over the steps)
        c, d = courtesies[n % len(courtesies)], courtesies[(n + 1) % len(courtesies)]
        yield step, "courtesy", "right", f"{c}, {first}"
        yield step, "courtesy", "right", f"{first}, {d}"
        for m in mistakes:
            yield step, "courtesy", "wrong", f"{c}, {m}"
            yield step, "courtesy", "wrong", f"{m}, {d}"
        if any(not NEGATIONS.isdisjoint(normalised(a).split()) for a in accept):
            yes = next((a for a in accept if NEGATIONS.isdisjoint(normalised(a).split())), None)
            if yes is not None:
                yield step, "denied", "right", f"{yes} siitä"
                yield step, "denied", "right", f"{yes} voin huonosti"
                for m in mistakes:
                    yield step, "denied", "wrong", f"{yes} ja {m}"
                    yield step, "denied", "wrong", m


def sweep(made: list[list[str]]) -> dict[str, str]:
    out = {}
    steps = tasks()
    for step, mechanism, kind, answer in made:
        task, options = steps[step]
        j = judge(answer, task.accept, **step_arguments(task, options))
        out[f"{step} | {mechanism} | {kind} | {answer}"] = j.verdict
    return out


def main() -> None:
    parser = sweep_flags(__doc__)
    parser.add_argument("--answers", type=Path, help="judge the answers kept in this file "
                        "(another tree's, made where the lexicon has its courtesies)")
    parser.add_argument("--keep", type=Path, help="keep the answers made in this file")
    args = parser.parse_args()
    made = json.loads(args.answers.read_text(encoding="utf-8")) if args.answers else \
        [list(a) for a in answers()]
    if args.keep:
        args.keep.write_text(json.dumps(made, ensure_ascii=False), encoding="utf-8")
    now = sweep(made)
    for key in sorted({tuple(k.split(" | ")[1:3]) for k in now}):
        counts = Counter(v for k, v in now.items() if tuple(k.split(" | ")[1:3]) == key)
        print(f"{key[0]} {key[1]}: " + ", ".join(f"{n} {v}" for v, n in counts.most_common()))
    keep(now, args.out)
    if args.before:
        moved = moved_since(now, args.before)
        for (mech, kind, old, new), n in sorted(Counter(
                (*k.split(" | ")[1:3], old, new) for k, (old, new) in moved.items()).items()):
            print(f"  {mech} {kind}: {n:4} {old} → {new}")
        for k, (old, new) in sorted(moved.items()):
            print(f"  {k}: {old} → {new}")


if __name__ == "__main__":
    main()
