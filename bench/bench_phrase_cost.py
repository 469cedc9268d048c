"""What scoring an answer costs on the steps whose phrases grew, side by side: the lessons
before (a checkout of them, ``--before``) scored in one ``align`` batch as before, these
lessons in one batch, and these lessons in batches of like length (``speech/batches.py``).

    python bench/bench_phrase_cost.py --before /tmp/lessons-before [--steps 24] [--seed 1]

For each picked step: its first accepted answer, a foreseen mistake (when it has one) and
the answer to another picked step's question, said by espeak-ng, each scored by the three
in turn (the order rotating) with ``whisper.score_answer``, the silent scores made ahead
as the runtime's warm-up makes them. Prints each answer's CPU time, the medians and sums
by kind, and whether the two ways of batching ever scored or decided otherwise.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from asr_trials import say

from valkky import events as ev
from valkky.engine.session import listener_prompt
from valkky.lesson.files import lesson_files
from valkky.lesson.loader import load_lesson
from valkky.lesson.references import load_library
from valkky.paths import lessons_dir
from valkky.settings import defaults
from valkky.speech import batches, models, whisper
from valkky.speech.asr import ListenSettings, WavAnswers
from valkky.speech.coverage import _tasks
from valkky.speech.scoring import Rule, Split, candidates, decide, split

WAYS = ("before", "one batch", "by length")
KINDS = ("right", "mistake", "other")


def tasks(folder: Path) -> dict[tuple[str, int], Any]:
    library, _ = load_library()
    out = {}
    for path in lesson_files([folder])[0]:
        lesson = load_lesson(path, library)
        for i, (_, task) in enumerate(_tasks(lesson)):
            if task.accept and not task.options:
                out[(lesson.id, i)] = task
    return out


def prompt_of(task: Any) -> ev.Prompt:
    return listener_prompt("s", "ask", (*task.accept, *task.keywords, *task.mistakes),
                           mistakes=task.mistakes, tries=2)


def parts(task: Any) -> tuple[dict[str, str], Split]:
    phrases = candidates(prompt_of(task))
    return phrases, split(phrases, cohort=False)


def one_batch(batch: Any, align: Callable[..., Any]) -> list[list[float]]:
    return batches.aligned_in_groups(batch, align, call_positions=math.inf)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", type=Path, required=True,
                        help="a checkout of the project with the lessons before")
    parser.add_argument("--steps", type=int, default=24)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    old, new = tasks(args.before / "lessons"), tasks(lessons_dir())
    same = [k for k in old if k in new and old[k].accept[0] == new[k].accept[0]]
    grew = [k for k in same if len(parts(new[k])[1].own) > len(parts(old[k])[1].own)]
    pick = random.Random(args.seed).sample(grew, min(args.steps, len(grew)))
    print(f"{len(same)} steps, {len(grew)} grew; {len(pick)} picked", flush=True)
    scorer = whisper.WhisperScorer(models.whisper_model_path(None, defaults().data))
    rule = Rule()
    cpu: dict[tuple[str, str], list[float]] = {(w, k): [] for w in WAYS for k in KINDS}
    differ = answers = 0
    largest = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for j, key in enumerate(pick):
            said = [("right", old[key].accept[0])]
            if new[key].mistakes:
                said.append(("mistake", random.Random(j).choice(list(new[key].mistakes))))
            said.append(("other", new[pick[(j + 1) % len(pick)]].accept[0]))
            for task in (old[key], new[key]):  # as the runtime's warm-up, before the answer
                scorer.prior([*parts(task)[1].own, *parts(task)[1].controls])
            for c, (kind, text) in enumerate(said):
                wav = say(Path(tmp) / f"{j}-{c}.wav", text, "fi", 150,
                          random.Random(j * 10 + c), False)
                turn = (j + c) % len(WAYS)
                got = {}
                for way in WAYS[turn:] + WAYS[:turn]:
                    task = old[key] if way == "before" else new[key]
                    whisper.aligned_in_groups = (batches.aligned_in_groups if way == "by length"
                                                 else one_batch)
                    phrases, split_ = parts(task)
                    frames = WavAnswers([wav]).next_answer(prompt_of(task))
                    assert frames is not None
                    _, scored = whisper.capture_answer(frames, ListenSettings(), phrases)
                    started = time.process_time()
                    scores = whisper.score_answer(scorer, np.frombuffer(scored, np.int16),
                                                  split_, rule)
                    cpu[(way, kind)].append(time.process_time() - started)
                    got[way] = scores, decide(scores, phrases, rule, tuple(task.mistakes))
                (a, da), (b, db) = got["one batch"], got["by length"]
                answers += 1
                differ += (da.heard, da.rejected, da.confidence) != (
                    db.heard, db.rejected, db.confidence)
                left, right = dict(a.phrases), dict(b.phrases)
                largest = max([largest, abs(a.free_score - b.free_score),
                               *(abs(left[p] - right[p]) for p in left)])
                print(j, kind, len(parts(old[key])[1].own), "->", len(parts(new[key])[1].own),
                      " ".join(f"{w} {cpu[(w, kind)][-1]:.3f}" for w in WAYS), flush=True)
    whisper.aligned_in_groups = batches.aligned_in_groups
    for kind in (*KINDS, "all"):
        each = {w: [x for k in KINDS if kind in (k, "all") for x in cpu[(w, k)]] for w in WAYS}
        if not each["before"]:
            continue
        med = {w: statistics.median(each[w]) for w in WAYS}
        total = {w: sum(each[w]) for w in WAYS}
        print(f"{kind} ({len(each['before'])}): median CPU "
              + " / ".join(f"{med[w]:.3f}" for w in WAYS)
              + f" s; one batch ÷ before {med['one batch'] / med['before']:.2f}"
              f"; by length ÷ before {med['by length'] / med['before']:.2f}"
              f" (sums {total['by length'] / total['before']:.2f})"
              f"; by length ÷ one batch {med['by length'] / med['one batch']:.2f}"
              f" (sums {total['by length'] / total['one batch']:.2f})")
    print(f"decisions that differ, one batch and by length: {differ} of {answers}; the largest "
          f"score difference {largest:.2e} nats a token")


if __name__ == "__main__":
    main()
