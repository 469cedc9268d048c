"""A no, then the step's own wrong deed said with a yes after it, swept over every step
that has an accepted answer saying no and a wrong foreseen mistake that does a deed (issue
12, judge48: ``unsaid.py``, ``rules.said_and_unsaid``).

For each such step, its first accepted answers that say no (N) and each wrong mistake with
no no of its own (M) are said

- danger: "N, M", "N ja sitten M", "N mutta M silti", and M once a condition that is no
  mending ("N, M kun on kiire", "N, M jos kukaan ei näe", "N, M kun korjaan sen", "N, M kun
  se on vähän korjattu", "N, M kun esimies tulee", "N, M kun työkaveri korjaa sen", "N, M
  kun korjaaja lupaa", "N, M tänään"): must never be correct (main's own gaps counted:
  "ei saa, kyllä saa tänään" is correct on main too);
- mended: "N, M kun se on korjattu", "N, M vasta kun huolto on korjannut sen": counted, the
  verdict of N alone beside it (they should be the same: the yes waits as the no does);
- safe: "N, M", "N, sitten M" with another doer ("esimies") before M's verb: counted.

``--out FILE`` keeps the verdicts, ``--before FILE`` (main's) prints what moved.

    .venv/bin/python -m bench.sweep_unsaid --out /tmp/after.json --before /tmp/main.json
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from bench.sweep_mistakes import keep_and_compare, sweep_flags
from tests.judge.agreement import tasks
from tests.judge.golden import judged_on
from valkky.judge import finnish
from valkky.judge.wordsets import EVERY_NO, NEGATIONS

DANGER = ("{n}, {m}", "{n} ja sitten {m}", "{n} mutta {m} silti", "{n}, {m} kun on kiire",
          "{n}, {m} jos kukaan ei näe", "{n}, {m} kun korjaan sen",
          "{n}, {m} kun se on vähän korjattu", "{n}, {m} kun esimies tulee",
          # judge48fix (review 48): a workmate's mending, a promise, a go-ahead still to come,
          # a thing given, today
          "{n}, {m} kun työkaveri korjaa sen", "{n}, {m} kun työkaveri on korjannut sen",
          "{n}, {m} kun korjaaja lupaa", "{n}, {m} kun huoltomies on valmis korjaamaan",
          "{n}, {m} kun huolto antaa työkalut", "{n}, {m} tänään")
MENDED = ("{n}, {m} kun se on korjattu", "{n}, {m} vasta kun huolto on korjannut sen")
SAFE = ("{n}, esimies {m}",)


def answers() -> Iterator[tuple[str, str, str, str]]:
    """(side, step, form, answer) for every step with a no to say and a deed to say again."""
    for step, (task, options) in sorted(tasks().items()):
        if options or task.open:
            continue
        nos = [a for a in task.accept if not NEGATIONS.isdisjoint(a.casefold().split())
               and not any(ch in a for ch in ".?!")][:2]
        deeds = [m for m, r in task.mistakes.items() if r.verdict in (None, "wrong")
                 and EVERY_NO.isdisjoint(m.split())
                 and any(finnish.persons(w) for w in m.split())]
        for n in nos:
            for m in deeds:
                for side, forms in (("danger", DANGER), ("mended", MENDED), ("safe", SAFE)):
                    for form in forms:
                        yield side, step, form, form.format(n=n, m=m)


def main() -> None:
    args = sweep_flags(__doc__).parse_args()
    now: dict[str, str] = {}
    for side, step, form, answer in answers():
        j = judged_on(step, answer)
        now[f"{side} | {step} | {form} | {answer}"] = f"{j.verdict} {j.reason or ''}".strip()
    for side in ("danger", "mended", "safe"):
        counts = Counter(v.split()[0] for k, v in now.items() if k.startswith(side))
        print(f"{side}: {sum(counts.values())} answers: " + ", ".join(
            f"{n} {v}" for v, n in counts.most_common()))
    for k, v in sorted(now.items()):
        if k.startswith("danger") and v.startswith("correct"):
            print(f"  DANGER correct: {k}")
    keep_and_compare(now, args.out, args.before)


if __name__ == "__main__":
    main()
