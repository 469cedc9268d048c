"""A right answer with a deed more, swept over the safety steps (issue 12, judge21): how
many are judged correct. Each ask step of a safety, hygiene or instructions lesson (not
open, not a choose or repeat step), its first accepted answer joined with "ja" to:

- an unsafe deed: every foreseen wrong mistake with a verb of ANOTHER step of those lessons
  (its own are judged as that mistake): the robot should praise none of these, though
  many are unsafe only in their own step ("menen sisään");
- a fitting more: a filler, a reason, a time, a deed that fits ("ja kerron esimiehelle"):
  each should stay as right as the answer — save "ja sitten jatkan" where the step's answers
  stop the work or a wrong mistake says going on (judge/carry_on.py: "painan hätäseis ja
  sitten jatkan", "ilmoitan esimiehelle ja sitten jatkan" beside "jatkan työtä").

``--out FILE`` keeps the verdicts, ``--before FILE`` (main's, say) prints what moved.

    .venv/bin/python -m bench.sweep_unsafe_more --out /tmp/after.json --before /tmp/main.json
"""

from __future__ import annotations

import sys
from collections import Counter

from valkky.judge import finnish
from valkky.paths import ROOT

sys.path.insert(0, str(ROOT))  # the steps as the tests read them
from bench.sweep_mistakes import judged, keep, moved_since, print_counts, sweep_flags
from tests.judge.agreement import tasks

_LESSONS = ("turvallisuus", "hygienia", "ohjeet")
FITTING = ("kiitos", "heti", "koska se on tärkeää", "ja sitten jatkan", "ja kerron esimiehelle",
           "ja sitten kysyn työkaverilta", "nyt")


def _deed(mistake: str) -> bool:
    words = mistake.lower().split()
    return len(words) >= 2 and words[0] not in ("en", "ei") and \
        any(finnish.persons(w) for w in words)


def calls() -> list[tuple[str, str, str]]:
    """(kind, step, answer) for the sweep, in a fixed order."""
    steps = {k: v for k, v in tasks().items() if any(f"-{x} " in k for x in _LESSONS)
             and v[0].accept and not v[0].open and not v[1] and "another_word" not in v[0].strict}
    deeds = sorted({(k, m) for k, (t, _) in steps.items() for m, r in t.mistakes.items()
                    if (r.verdict or "wrong") == "wrong" and _deed(m)})
    out = []
    for key, (task, _) in sorted(steps.items()):
        first = task.accept[0].rstrip(".!")
        out += [("unsafe", key, f"{first} ja {m}") for k, m in deeds if k != key]
        out += [("fitting", key, f"{first} {more}") for more in FITTING]
    return out


def main() -> None:
    args = sweep_flags(__doc__).parse_args()
    verdicts, count = judged(calls())
    print_counts(count, ("unsafe", "fitting"))
    keep(verdicts, args.out)
    if args.before:
        moved = moved_since(verdicts, args.before)
        print("moved:", dict(Counter(moved.values())) or "none")
        for k, (old, new) in moved.items():
            if "correct" in (old, new):
                print(f"  {k}: {old} -> {new}")


if __name__ == "__main__":
    main()
