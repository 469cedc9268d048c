"""A right answer that reports a fault (issue 12, judge42, narrowed after review): every ask or
dialogue step whose accepted answers hold a verb of telling (wordsets.REPORTING_VERBS,
"kerron esimiehelle", "soitan hoitajalle"), each such answer (not one that holds a clause at
että, kun, koska, jos or mutta already) said with a clause after it:

- report (should be right): "että" and a fault of a thing or a third person, said yes and no
  ("että kone on rikki", "että kone ei toimi", "ettei hissi toimi", "että lattia on märkä");
- own (the learner's own deed, safe): "että minä en koske siihen", "että odotan täällä";
  should keep their verdict;
- unsafe (never to be made right by the report): the learner's own deed the lessons forbid
  ("että korjaan sen itse"), the telling turned down ("en kerro esimiehelle että kone ei
  toimi", where the answer's one verb is the telling), a deed of a third person ("että
  työkaveri käyttää sitä"), a report that all is fine ("että kone käy ihan hyvin", "että se
  on ehjä") and one without a subject ("että sitä voi käyttää");
- not told (no report: when, if, but): "kun valo ei pala", "jos hän ei herää", "mutta kone
  jatkaa"; should keep their verdict.

Not open, choose or repeat steps (judged otherwise). ``--out FILE`` keeps the verdicts,
``--before FILE`` prints the counts before and after and each moved answer. The answers
are made from the lessons, no graded set. The review's probe of judge42 (third-person,
it's-fine, zero-person and when/if/but tails) is folded in as the last three sides.

    .venv/bin/python -m bench.sweep_reported --out /tmp/after.json --before /tmp/main.json
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator

from bench.sweep_mistakes import keep_and_compare, sweep_flags
from tests.judge.agreement import tasks
from tests.judge.golden import judged_on
from valkky.judge import finnish
from valkky.judge.wordsets import REPORTING_VERBS

REPORTS = ("että kone on rikki", "että kone ei toimi", "ettei hissi toimi",
           "että tikkaat ei ole kunnossa", "että lattia on märkä", "että hana vuotaa",
           "että johto on poikki")
OWN = ("että minä en koske siihen", "että odotan täällä")
UNSAFE = ("että korjaan sen itse", "että nostan yksin", "että en ilmoita",
          # a third person's deed, a report that all is fine, no subject (the review's)
          "että työkaveri korjaa sen", "että työkaveri käyttää sitä", "että asiakas saa sen",
          "että työkaveri jatkaa", "että se on ehjä", "että kone käy ihan hyvin",
          "että kaikki on kunnossa", "että se kestää", "että kone ei vuoda",
          "että sitä voi käyttää", "että voi jatkaa", "että sen voi korjata itse")
NOT_TOLD = ("kun valo ei pala", "jos hän ei herää", "kun vuoro loppuu", "jos joku kysyy",
            "mutta kone jatkaa", "mutta se toimii vielä", "mutta työ jatkuu")
SIDES = ("report", "own", "unsafe", "not told")


def answers() -> Iterator[tuple[str, str, str]]:
    """(step, side, answer) for every step whose accepted answers tell someone."""
    for step, (task, options) in sorted(tasks().items()):
        if task.open or options or "another_word" in task.strict:
            continue
        for accepted in task.accept:
            words = accepted.lower().replace(",", " ").replace(".", " ").split()
            if not words or not any(REPORTING_VERBS & finnish.base_forms(w)
                                    and finnish.persons(w) for w in words) \
                    or any(w in ("että", "ettei", "kun", "koska", "jos", "mutta") for w in words):
                continue
            said = " ".join(words)
            for tail in REPORTS:
                yield step, "report", f"{said} {tail}"
            for tail in OWN:
                yield step, "own", f"{said} {tail}"
            for tail in UNSAFE:
                yield step, "unsafe", f"{said} {tail}"
            for tail in NOT_TOLD:
                yield step, "not told", f"{said} {tail}"
            if words[0].endswith("n") and REPORTING_VERBS & finnish.base_forms(words[0]) \
                    and not any(finnish.persons(w) for w in words[1:]):  # its one verb
                yield step, "unsafe", f"en {words[0][:-1]} {' '.join(words[1:])} {REPORTS[1]}"


def main() -> None:
    args = sweep_flags(__doc__).parse_args()
    now = {f"{side} | {step} | {answer}": judged_on(step, answer).verdict
           for step, side, answer in answers()}
    before = json.loads(args.before.read_text(encoding="utf-8")) if args.before else None
    for label, verdicts in (("before", before), ("now", now)):
        if verdicts is None:
            continue
        print(f"{label}:")
        for side in SIDES:
            counts = Counter(v for k, v in verdicts.items() if k.startswith(f"{side} |"))
            print(f"  {side}: {sum(counts.values())} answers: " + ", ".join(
                f"{counts[v]} {v}" for v in ("correct", "almost", "wrong")))
    keep_and_compare(now, args.out, args.before)


if __name__ == "__main__":
    main()
