"""A foreseen wrong mistake's own thing said beside a right answer, and said to refuse it
(issue 12, judge40): how each way of saying it is judged, over every ask and dialogue step
(not a choose or repeat step).

For each step, each of its first accepted answers A and each foreseen WRONG mistake M (not
one that says no itself), D being M's things (nouns) no accepted answer holds by base form,
as M says them ("hissillä" of "menen hissillä"; none: M only beside A):

- unsafe (should not be correct): "A D", "A D, ei", "A ja M", "M, A";
- refusal (should stay right, not wrong): "A, ei D", "ei D, A", "D on vaarallinen, A";
- around (a mistake holding a ONE-word accepted answer, said with small extras: should not
  be correct): "minä M", "nyt M", "okei M", "joo M", "M kiitos".

``--out FILE`` keeps the verdicts, ``--before FILE`` prints the counts before and after and
each that moved.

    .venv/bin/python -m bench.sweep_forbidden --out /tmp/after.json --before /tmp/main.json
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from valkky.judge import finnish
from valkky.judge.normalise import normalise
from valkky.paths import ROOT

sys.path.insert(0, str(ROOT))  # the steps as the tests read them
from bench.sweep_mistakes import judged, keep_and_compare, print_counts, sweep_flags
from tests.judge.agreement import tasks

ANSWERS = 3  # accepted answers a step is tried with (its first ones)
_NO = frozenset({"ei", "en", "et", "älä", "älkää", "eikä", "enkä", "ilman"})
UNSAFE = ("{a} {d}", "{a} {d}, ei", "{a} ja {m}", "{m}, {a}")
REFUSAL = ("{a}, ei {d}", "ei {d}, {a}", "{d} on vaarallinen, {a}")
AROUND = ("minä {m}", "nyt {m}", "okei {m}", "joo {m}", "{m} kiitos")


def _things(mistake: list[str], held: set[str]) -> str:
    """The mistake's nouns no accepted answer holds by base form, as it says them."""
    return " ".join(w for w in mistake if "nimisana" in finnish.word_classes(w)
                    and not (finnish.base_forms(w) | {w}) & held)


def calls() -> Iterator[tuple[str, str, str]]:
    """(kind, step, answer) for the sweep, in a fixed order."""
    for key, (task, others) in sorted(tasks().items()):
        if not task.mistakes or others or "another_word" in task.strict or not task.accept:
            continue
        accepted = [normalise(a) for a in task.accept]
        held = finnish.base_forms_of(accepted)
        side = "open" if task.open else "closed"
        for m, r in task.mistakes.items():
            words = normalise(m).split()
            if (r.verdict or "wrong") != "wrong" or not words or _NO & set(words):
                continue
            d = _things(words, held)
            for a in accepted[:ANSWERS]:
                if a == " ".join(words):
                    continue
                for form in UNSAFE:
                    if d or "{d}" not in form:
                        yield f"unsafe {side}", key, form.format(a=a, d=d, m=" ".join(words))
                for form in REFUSAL:
                    if d:
                        yield f"refusal {side}", key, form.format(a=a, d=d)
            if any(len(a.split()) == 1 and f" {a} " in f" {' '.join(words)} "
                   for a in accepted):
                for form in AROUND:
                    yield f"around {side}", key, form.format(m=" ".join(words))


def main() -> None:
    args = sweep_flags(__doc__).parse_args()
    verdicts, count = judged(dict.fromkeys(calls()))  # (each answer once)
    print_counts(count, sorted({k for k, _ in count}))
    keep_and_compare(verdicts, args.out, args.before)


if __name__ == "__main__":
    main()
