"""The graded rows (tests/judge/data, sets 1–18) where an accepted answer is said whole
with more words, by what the more is — a contrast, a no of another deed, a reason, a deed
(a verb in a person) the step's answers, keywords, mistakes or options name or do not, a
filler, another word (a place, a time, a thing) — with the trainer's and the judge's
verdicts (issue 12, judge21: the table that decided what the judge does with more). Rough
by design: the first, longest accepted answer found, the kind by the first test that
holds. ``-v`` lists every row.

    .venv/bin/python -m bench.extra_said [-v]
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from typing import Any

from valkky.judge import finnish, judge
from valkky.judge.normalise import canonical, normalise
from valkky.judge.wordsets import FRAME_WORDS, NEGATIONS, SUBJECT_PRONOUNS
from valkky.paths import ROOT

sys.path.insert(0, str(ROOT))  # the steps as the tests read them
from tests.judge.agreement import DATA, read_rows, tasks
from tests.judge.golden import step_arguments

REASON = {"koska", "että", "jotta", "ettei", "jottei", "siksi", "joten", "kun"}
FILL = {"kiitos", "okei", "ok", "joo", "no", "niin", "hyvä", "selvä", "kyllä", "ja", "sitten",
        "mutta", "eli", "vain", "myös", "nyt", "tietysti", "totta", "kai", "aina", "heti",
        "ensin", "vielä", "ihan", "juuri", "tosi", "kaikki", "itse"}

_VERDICTS = ("correct", "almost", "wrong")


def inside(words: list[str], acc: tuple[str, ...]) -> tuple[str, int, int] | None:
    best: tuple[str, int, int] | None = None
    for a in acc:
        n = canonical(normalise(a)).split()
        k = len(n)
        for i in range(len(words) - k + 1):
            if words[i:i + k] == n and len(words) > k and (best is None or k > best[2]):
                best = (a, i, k)
    return best

def bases(ws: list[str]) -> set[str]:
    return {b for w in ws for b in finnish.base_forms(w) | {w}}

def kind(extra: list[str], task: Any) -> str:
    if not extra:
        return "none"
    step = bases([w for a in (*task.accept, *task.keywords, *task.mistakes, *task.options)
                  for w in canonical(normalise(a)).split()])
    if extra[0] == "ei" and not any(finnish.is_verb(w) for w in extra[1:] if w not in NEGATIONS):
        return "contrast"
    if any(w in NEGATIONS or w == "enkä" or w == "eikä" for w in extra):
        return "no of another deed"
    if any(w in REASON for w in extra):
        return "reason"
    verbs = [w for w in extra if finnish.persons(w) and finnish.is_verb(w) and w not in NEGATIONS
             and finnish.base_forms(w) != {"olla"}]
    if verbs:
        named = all(not step.isdisjoint(finnish.base_forms(v) | {v}) for v in verbs)
        return "deed the step names" if named else "deed the step does not name"
    own = [w for w in extra if w not in FRAME_WORDS and w not in SUBJECT_PRONOUNS and w not in FILL]
    if not own:
        return "filler"
    return "place/time/other word"

def main() -> None:
    table: defaultdict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    rows_by: defaultdict[str, list[tuple[str, ...]]] = defaultdict(list)
    for path in sorted(DATA.glob("*.yaml")):
        for row in read_rows(path):
            task, options = tasks()[row["step"]]
            if task.open:
                continue
            ans = str(row["answer"])
            words = canonical(normalise(ans)).split()
            hit = inside(words, task.accept)
            if hit is None:
                continue
            _, i, k = hit
            extra = words[:i] + words[i + k:]
            kd = kind(extra, task)
            j = judge(ans, task.accept, **step_arguments(task, options))
            table[kd][(row["trainer"], j.verdict)] += 1
            rows_by[kd].append((path.name, row["step"], ans, row["trainer"], j.verdict,
                                str(j.rule), " ".join(extra)))
    print(f"{'extra':30} {'n':>4}  trainer c/a/w   judge c/a/w   agree")
    for kd, cnt in sorted(table.items()):
        n = sum(cnt.values())
        t = [sum(v for (tr, _), v in cnt.items() if tr == x) for x in _VERDICTS]
        jd = [sum(v for (_, jv), v in cnt.items() if jv == x) for x in _VERDICTS]
        ag = sum(v for (tr, jv), v in cnt.items() if tr == jv)
        print(f"{kd:30} {n:4}  {t[0]:3}/{t[1]:3}/{t[2]:3}    {jd[0]:3}/{jd[1]:3}/{jd[2]:3}    {ag}")
    if "-v" in sys.argv:
        for kd, rs in sorted(rows_by.items()):
            print(f"\n== {kd}")
            for r in rs:
                print("  ", " | ".join(map(str, r)))

if __name__ == "__main__":
    main()
