"""A fresh held-out split's questions (issue #10, round 21): steps of the bundled lessons
that no earlier split said, frozen in a file before anything is scored on them.

The earlier splits took slices of the shuffled question pool (``asr_trials.pool``), which
follows the lessons: a step added since moves every other, so a slice of today's pool is
mostly questions said before. Here the pools the splits were drawn from are made again
from the lessons of their day (``--was DIR:SLICE,…``), every step they said is set aside
(by lesson id and accepted answers: a step whose answers changed since is still the same
question if it shares one), and the first ``--n`` of today's pool left are written out.

    python bench/asr_fresh.py --was DIR@0:420,-50: DIR2@370:420 --n 50 --out bench/held3.json
"""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path
from typing import Any

import asr_trials

from valkky.judge.normalise import normalise


def said_before(was: list[str]) -> tuple[set[str], dict[str, list[set[str]]]]:
    """Every accepted answer of the steps the old pools' slices hold: all of them, and by
    lesson id. ``was``: "DIR@START:END,…" (Python's slices of the pool)."""
    answers: set[str] = set()
    by_lesson: dict[str, list[set[str]]] = {}
    for spec in was:
        root, slices = spec.rsplit("@", 1)
        everything = asr_trials.pool(Path(root))
        for part in slices.split(","):
            start, end = (int(x) if x else None for x in part.split(":"))
            for (lesson, _), task in everything[start:end]:
                said = {normalise(a) for a in task.accept}
                answers |= said
                by_lesson.setdefault(lesson, []).append(said)
    return answers, by_lesson


def fresh(was: list[str], n: int) -> list[dict[str, Any]]:
    """The first ``n`` steps of today's pool none of whose accepted answers a split said in
    that lesson, nor whose answers are all some said step's answers (a lesson renamed)."""
    answers, by_lesson = said_before(was)
    out = []
    for (lesson, index), task in asr_trials.pool():
        said = {normalise(a) for a in task.accept}
        if said <= answers or any(said & old for old in by_lesson.get(lesson, [])):
            continue
        out.append({"lesson": lesson, "index": index, "accept": list(task.accept)})
        if len(out) == n:
            break
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--was", nargs="+", required=True,
                        help="DIR@START:END,… the lessons an earlier split was drawn from "
                        "and its slices of their pool")
    parser.add_argument("--n", type=int, default=50)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, check=False).stdout.strip()
    steps = fresh(args.was, args.n)
    Path(args.out).write_text(json.dumps({"lessons": commit, "was": args.was, "steps": steps},
                                         ensure_ascii=False, indent=1) + "\n")
    print(f"{len(steps)} steps no split said, lessons of {commit}")


if __name__ == "__main__":
    main()
