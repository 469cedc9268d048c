"""How far two trainers agree, and the judge with each (issue 12): sets 14–24 graded
twice, blind (tests/judge/data/second_trainer/). Agreement with one trainer cannot mean more
than the two trainers' agreement with each other; where both agree, the judge's disagreements
are the ones to mend.

    .venv/bin/python bench/judge_interrater.py
"""

from __future__ import annotations

import sys
from collections import Counter

from valkky.paths import ROOT

sys.path.insert(0, str(ROOT))  # the graded sets as the tests read them
from tests.judge.agreement import DATA, grade, read_rows

SECOND = DATA / "second_trainer"


def main() -> None:
    second = {(r["set"], r["step"], str(r["answer"])): r["trainer"]
              for path in sorted(SECOND.glob("*.yaml")) for r in read_rows(path)}
    sets = sorted({key[0] for key in second})
    total: Counter[str] = Counter()
    for n in sets:
        c: Counter[str] = Counter()
        moves: Counter[tuple[str, str]] = Counter()
        for g in grade(f"trainer_answers_{n}.yaml"):
            t1, t2 = g.trainer, second[(n, g.step, g.answer)]
            c["n"] += 1
            c["trainers"] += t1 == t2
            c["first"] += g.verdict == t1
            c["second"] += g.verdict == t2
            c["both"] += t1 == t2 and g.verdict == t1
            if t1 != t2:
                moves[(t1, t2)] += 1
        total.update(c)
        _line(f"set {n}", c)
        print("   the trainers differ: " + ", ".join(
            f"{a} → {b} {k}" for (a, b), k in moves.most_common()))
    _line("all", total)


def _line(name: str, c: Counter[str]) -> None:
    n = c["n"]
    print(f"{name} ({n} answers): trainer 1 ~ trainer 2 {c['trainers'] / n:.1%}; judge ~ "
          f"trainer 1 {c['first'] / n:.1%}, ~ trainer 2 {c['second'] / n:.1%}; judge where the "
          f"two agree {c['both']}/{c['trainers']} = {c['both'] / c['trainers']:.1%}")


if __name__ == "__main__":
    main()
