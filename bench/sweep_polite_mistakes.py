"""Every bundled step's foreseen mistakes said with a polite word or acknowledgement before
or after them ("okei lääkärille", "lääkärille kiitos"; issue 12): how many are judged
correct, which none should be; and its first accepted answer with each before or after it
("selvä, suojalasit", "suojalasit, selvä"), which all should be. A word the step's own
answers or mistakes say is skipped there (it is no extra on that step). Also "en tiedä
miksi" after the first accepted answer and after each mistake (issue 12, judge30): counted
apart, as only a report that gives no reason, on a step that asks none, takes it.
``--out FILE`` keeps the verdicts, ``--before FILE`` prints the ones that moved.

    .venv/bin/python -m bench.sweep_polite_mistakes --out /tmp/after.json --before /tmp/main.json
"""

from __future__ import annotations

import sys
from collections import Counter

from valkky.judge import judge, lexicon
from valkky.judge.normalise import normalise
from valkky.paths import ROOT

sys.path.insert(0, str(ROOT))  # the steps as the tests read them
from bench.sweep_mistakes import keep_and_compare, sweep_flags
from tests.judge.agreement import tasks
from tests.judge.golden import step_arguments

WORDS = sorted(lexicon.get().polite | {"joo", "selvä"})
HEDGE = "en tiedä miksi"


def verdicts() -> dict[str, str]:
    out: dict[str, str] = {}
    for name, (task, options) in sorted(tasks().items()):
        args = step_arguments(task, options)
        own = {w for t in (*task.accept, *task.mistakes) for w in normalise(t).split()}
        for word in WORDS:
            if normalise(word) not in own and task.accept and not task.open:
                for answer in (f"{word}, {task.accept[0]}", f"{task.accept[0]}, {word}"):
                    out[f"{name} | right: {answer}"] = judge(answer, task.accept,
                                                             **args).verdict
        if "miksi" not in own:
            if task.accept and not task.open:
                answer = f"{task.accept[0]}, {HEDGE}"
                out[f"{name} | right, hedge: {answer}"] = judge(answer, task.accept,
                                                                **args).verdict
            for mistake in task.mistakes:
                answer = f"{mistake}, {HEDGE}"
                out[f"{name} | hedge: {answer}"] = judge(answer, task.accept, **args).verdict
        for mistake in task.mistakes:
            for word in WORDS:
                if normalise(word) in own:
                    continue
                for answer in (f"{word} {mistake}", f"{mistake} {word}"):
                    out[f"{name} | {answer}"] = judge(answer, task.accept, **args).verdict
    return out


def main() -> None:
    args = sweep_flags(__doc__).parse_args()
    now = verdicts()
    right = {k for k in now if "| right" in k}
    for label, part in (("mistakes with a word", " | "), ("right answers with a word", "| right: "),
                        ("mistakes with the hedge", "| hedge: "),
                        ("right answers with the hedge", "| right, hedge: ")):
        these = [v for k, v in now.items() if part in k and
                 (part != " | " or ("| right" not in k and "| hedge: " not in k))]
        print(f"{len(these)} {label}: {dict(Counter(these))}")
    for key, v in sorted(now.items()):
        if (v == "correct") != (key in right) and "| right, hedge: " not in key:
            print(f"  {v}: {key}")
    keep_and_compare(now, args.out, args.before)


if __name__ == "__main__":
    main()
