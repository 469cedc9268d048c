"""A no said to an open step's example, in the ways learners say it, and safe answers
beside them (issue 12, judge35): how each is judged.

For each open step, each example's clause that says yes with a verb other than "olla"
(its verb V as the infinitive, the rest R) is said

- danger: under a no of need or sense in other words ("sinun ei tarvitse V R", "ei mun
  tarvitse V R", "ei oo pakko V R", "ei kannata V R", "R ei tarvitse V", "ei tartte V
  R", "sun ei tarvi V R"): should be wrong;
- safe: the example after a no about something else ("ei tarvitse pelätä, <example>",
  "älä hätäile, <example>"), a no of need about another thing ("sinun ei tarvitse V
  puhelinta"); and each example clause that says no ("älä V R") said as no need
  ("sinun ei tarvitse V R", "ei kannata V R", "sun ei tarvi V R"): must not be wrong.

The forms are rough (Voikko's first base form), as the lead's polsweep's. ``--out FILE``
keeps the verdicts, ``--before FILE`` prints the counts before and after and each moved.

    .venv/bin/python -m bench.sweep_negations --out /tmp/after.json --before /tmp/main.json
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from bench.sweep_mistakes import keep_and_compare, sweep_flags
from tests.judge.agreement import tasks
from tests.judge.golden import judged_on
from valkky.judge import finnish
from valkky.judge.polarity import example_clauses

_DANGER = ("sinun ei tarvitse {v} {r}", "ei mun tarvitse {v} {r}", "ei oo pakko {v} {r}",
           "ei kannata {v} {r}", "{r} ei tarvitse {v}", "ei tartte {v} {r}",
           "sun ei tarvi {v} {r}")
_SAFE_BESIDE = ("ei tarvitse pelätä, {e}", "älä hätäile, {e}")
_SAFE_OTHER = ("sinun ei tarvitse {v} puhelinta",)
_SAFE_DENIED = ("sinun ei tarvitse {v} {r}", "ei kannata {v} {r}", "sun ei tarvi {v} {r}")


def answers() -> Iterator[tuple[str, str, str, str]]:
    """(step, side, form, answer) for every open step."""
    for step, (task, _) in sorted(tasks().items()):
        if not task.open:
            continue
        seen: set[str] = set()
        for example in task.accept:
            words = example.lower().replace(",", " ").replace(".", " ").split()
            for form in _SAFE_BESIDE:
                yield from _once(seen, step, "safe", form, form.format(e=example))
            # (as the judge reads it: "älä sekoita pesuaineita lue ohje" says yes to "lue
            # ohje", so "sinun ei tarvitse lukea ohje" is danger, not a safe no need)
            for negative, verbs, rest in example_clauses((" ".join(words),)):
                bases = sorted(finnish.base_forms(verbs[-1])) if verbs else []
                if not bases or bases[0] == "olla":
                    continue
                v, r = bases[0], " ".join(rest)
                side, forms = ("safe", _SAFE_DENIED) if negative else \
                    ("danger", _DANGER + _SAFE_OTHER)
                for form in forms:
                    kind = "safe" if form in _SAFE_OTHER else side
                    yield from _once(seen, step, kind, form, form.format(v=v, r=r))


def _once(seen: set[str], step: str, side: str, form: str,
          answer: str) -> Iterator[tuple[str, str, str, str]]:
    answer = " ".join(answer.split())
    if answer not in seen:
        seen.add(answer)
        yield step, side, form, answer


def main() -> None:
    args = sweep_flags(__doc__).parse_args()
    now: dict[str, str] = {}
    for step, side, form, answer in answers():
        j = judged_on(step, answer)
        now[f"{side} | {step} | {form} | {answer}"] = f"{j.verdict} {j.reason or ''}".strip()
    for side in ("danger", "safe"):
        counts = Counter(v.split()[0] for k, v in now.items() if k.startswith(side))
        print(f"{side}: {sum(counts.values())} answers: " + ", ".join(
            f"{n} {v}" for v, n in counts.most_common()))
        by_form = Counter(k.split(" | ")[2] for k, v in now.items()
                          if k.startswith(side) and v.split()[0] == ("correct" if side == "danger"
                                                          else "wrong"))
        print(f"  {'correct' if side == 'danger' else 'wrong'} by form: " + ", ".join(
            f"{f!r} {n}" for f, n in by_form.most_common()))
    keep_and_compare(now, args.out, args.before)


if __name__ == "__main__":
    main()
