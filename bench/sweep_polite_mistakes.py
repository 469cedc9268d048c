"""Every bundled step's foreseen mistakes said with a polite word or acknowledgement before
or after them ("okei lääkärille", "lääkärille kiitos"; issue 12): how many are judged
correct, which none should be; and its first accepted answer with each before it ("selvä,
suojalasit"), which all should be. A word the step's own answers or mistakes say is skipped
there (it is no extra on that step). ``--out FILE`` keeps the verdicts, ``--before FILE``
prints the ones that moved.

    .venv/bin/python -m bench.sweep_polite_mistakes --out /tmp/after.json --before /tmp/main.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from valkky.judge import judge, lexicon
from valkky.judge.normalise import normalise
from valkky.paths import ROOT

sys.path.insert(0, str(ROOT))  # the steps as the tests read them
from bench.sweep_mistakes import moved_since
from tests.judge.agreement import tasks
from tests.judge.golden import step_arguments

WORDS = sorted(lexicon.get().polite | {"joo", "selvä"})


def verdicts() -> dict[str, str]:
    out: dict[str, str] = {}
    for name, (task, options) in sorted(tasks().items()):
        args = step_arguments(task, options)
        own = {w for t in (*task.accept, *task.mistakes) for w in normalise(t).split()}
        for word in WORDS:
            if normalise(word) not in own and task.accept and not task.open:
                answer = f"{word}, {task.accept[0]}"
                out[f"{name} | right: {answer}"] = judge(answer, task.accept, **args).verdict
        for mistake in task.mistakes:
            for word in WORDS:
                if normalise(word) in own:
                    continue
                for answer in (f"{word} {mistake}", f"{mistake} {word}"):
                    out[f"{name} | {answer}"] = judge(answer, task.accept, **args).verdict
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--before", type=Path)
    args = parser.parse_args()
    now = verdicts()
    mistakes = {k: v for k, v in now.items() if "| right: " not in k}
    right = {k: v for k, v in now.items() if "| right: " in k}
    print(f"{len(mistakes)} mistakes with a word: {dict(Counter(mistakes.values()))}")
    print(f"{len(right)} right answers after a word: {dict(Counter(right.values()))}")
    for key, v in sorted(now.items()):
        if (v == "correct") != (key in right):
            print(f"  {v}: {key}")
    if args.out:
        args.out.write_text(json.dumps(now, ensure_ascii=False, indent=0), encoding="utf-8")
    if args.before:
        moved = moved_since(now, args.before)
        print(f"moved: {dict(Counter(f'{old} -> {new}' for old, new in moved.values()))}")
        for k, (old, new) in sorted(moved.items()):
            print(f"  {old} -> {new}: {k}")


if __name__ == "__main__":
    main()
