"""Going on beside a right answer, swept over every bundled step (``judge.carry_on``): how
many verdicts a change moves, and which answers that keep the right answer whole and then go
on with the forbidden work are still judged correct.

For every step with a wrong foreseen mistake: its first accepted answers × forms that go on
("… mutta <the mistake's verb> silti", "… ja jatkan työtä", "… ja mä jatkan vaan", "… ja
<the mistake's verb> sitä") and forms that must not be read as going on ("… ja jatkan vasta
kun esimies sanoo", "… korjauksen jälkeen", "… ja hän jatkaa", "… toisella koneella", "… ja
kysyn saanko jatkaa", "… ja käytän portaita"). The answers are made from the
lessons, no graded set. ``--out``/``--before`` as the other sweeps.

    .venv/bin/python -m bench.sweep_carry_on --out /tmp/after.json --before /tmp/main.json
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from bench.sweep_mistakes import keep_and_compare, sweep_flags
from tests.judge.agreement import tasks
from tests.judge.golden import judged_on
from valkky.judge import finnish
from valkky.judge.normalise import normalise

ANSWERS = 2

GOES_ON = {
    "silti": "{a} mutta {v} silti",
    "jatkan": "{a} ja jatkan työtä",
    "vaan": "{a} ja mä jatkan vaan",
    "until": "{a} ja jatkan kunnes hän tulee",
    "verb_it": "{a} ja {v} sitä",
    "then": "{a} ja sitten {v}",
}
STAYS = {
    "vasta": "{a} ja jatkan vasta kun esimies sanoo",
    "repaired": "{a} ja jatkan korjauksen jälkeen",
    "odotan": "{a} ja odotan",
    "someone": "{a} ja hän jatkaa",
    "another": "{a} ja jatkan toisella koneella",
    "other_work": "{a} ja jatkan muita töitä",
    "asks": "{a} ja kysyn saanko jatkaa",
    "stairs": "{a} ja käytän portaita",
    "no": "{a} enkä jatka",
}


def _learners_verb(mistake: str) -> str | None:
    """The mistake's first verb said by "I" ("jatkan" of "jatkan työtä")."""
    return next((w for w in normalise(mistake).split()
                 if ("1", "singular") in finnish.persons(w)), None)


def answers() -> Iterator[tuple[str, str, str]]:
    """(step, form, answer) for every step with a wrong foreseen mistake."""
    for step, (task, _) in sorted(tasks().items()):
        wrong = [m for m, r in task.mistakes.items() if (r.verdict or "wrong") == "wrong"]
        if not wrong or task.open or task.options:
            continue
        verbs = sorted({v for m in wrong if (v := _learners_verb(m))})
        for accepted in task.accept[:ANSWERS]:
            a = normalise(accepted)
            for form, text in STAYS.items():
                yield step, f"stays {form}", text.format(a=a)
            for v in verbs:
                for form, text in GOES_ON.items():
                    yield step, f"goes_on {form}", text.format(a=a, v=v)


def main() -> None:
    args = sweep_flags(__doc__ or "").parse_args()
    now = {}
    count: Counter[tuple[str, str]] = Counter()
    for step, form, answer in answers():
        j = judged_on(step, answer)
        now[f"{step} | {form} | {answer}"] = f"{j.verdict} {j.reason or ''}".strip()
        count[form, j.verdict] += 1
    for form in sorted({f for f, _ in count}):
        print(f"{form}: " + ", ".join(f"{v} {count[form, v]}"
                                      for v in ("correct", "almost", "wrong")))
    keep_and_compare(now, args.out, args.before)


if __name__ == "__main__":
    main()
