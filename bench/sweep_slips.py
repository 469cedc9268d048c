"""A one-letter slip that spells a real word, swept over every bundled step (issue 12,
judge37): how the judge reads a content word of a step's first accepted answers with one
letter dropped or changed where Voikko knows the result as a word ("harjut" for "harjat").
Each answer is the accepted answer with that one word changed; the kind says whether the
word made names something the step says (its answers, mistakes: a meaning it drills) or
not. ``--out FILE`` keeps the verdicts, ``--before FILE`` (main's, say) prints what moved.

    .venv/bin/python -m bench.sweep_slips --out /tmp/after.json --before /tmp/main.json
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator

from valkky.judge import finnish
from valkky.judge.normalise import normalise
from valkky.paths import ROOT

sys.path.insert(0, str(ROOT))  # the steps as the tests read them
from bench.sweep_mistakes import judged, keep, moved_since, sweep_flags
from tests.judge.agreement import tasks

ANSWERS = 2  # accepted answers a step is tried with (its first ones)
_LETTERS = "abcdefghijklmnoprstuvyäö"


def _slips(word: str) -> Iterator[str]:
    """Every word one letter dropped or changed from ``word``, first letter kept."""
    seen = {word}
    for i in range(1, len(word)):
        for made in (word[:i] + word[i + 1:],
                     *(word[:i] + x + word[i + 1:] for x in _LETTERS)):
            if made not in seen:
                seen.add(made)
                yield made


def calls() -> list[tuple[str, str, str]]:
    """(kind, step, answer): kind 'step' where the slip is a word the step says, else
    'stray'."""
    out = []
    for step, (task, _) in sorted(tasks().items()):
        if task.open:
            continue
        own = {w for t in (*task.accept, *task.mistakes) for w in normalise(t).split()}
        for accepted in task.accept[:ANSWERS]:
            words = normalise(accepted).split()
            for i, word in enumerate(words):
                if len(word) < 4 or word.isdigit():
                    continue
                for made in _slips(word):
                    if finnish.is_word(made):
                        kind = "step" if made in own else "stray"
                        out.append((kind, step, " ".join([*words[:i], made, *words[i + 1:]])))
    return out


def main() -> None:
    args = sweep_flags(__doc__).parse_args()
    made = calls()
    now, count = judged(made)
    for kind in ("step", "stray"):
        print(f"{kind}: " + ", ".join(f"{v} {count[kind, v]}" for v in
                                       ("correct", "almost", "wrong") if count[kind, v]))
    keep(now, args.out)
    if args.before:
        moved = moved_since(now, args.before)
        print("moved: " + ", ".join(f"{m} {n}" for m, n in Counter(
            f"{old} -> {new}" for old, new in moved.values()).most_common()))
        for key, (old, new) in sorted(moved.items()):
            print(f"  {old} -> {new}: {key}")


if __name__ == "__main__":
    main()
