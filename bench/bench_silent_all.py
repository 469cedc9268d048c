"""The CPU of scoring an answer in doubt when the silent scores of the own phrases near the
best are asked (round 13: the rule takes the one it finds the most evidence for) against
only the best own phrase's and the best control's (before), side by side on the same clips,
in turns: cold (no silent score made yet: `valkky check`, a step the warm-up did not finish)
and warm (made ahead while the robot asks, as a session does).

    python bench/bench_silent_all.py /tmp/trials.json --clips DIR [--n 30]
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import replace
from pathlib import Path

from asr_rules import load

from valkky.settings import defaults
from valkky.speech import models
from valkky.speech.audio import read_wav, resample
from valkky.speech.scoring import Rule, Scores, Split, split
from valkky.speech.whisper import WhisperScorer, score_answer


def before(scorer: WhisperScorer, audio: object, parts: Split, rule: Rule) -> Scores:
    """score_answer as it was: the silent scores of the best own phrase and best control."""
    scores = score_answer(scorer, audio, parts, replace(rule, lift=0.0))
    tops = [max(g, key=lambda x: x[1])[0] for g in (
        [x for x in scores.phrases if x[0] not in parts.controls],
        [x for x in scores.phrases if x[0] in parts.controls]) if g]
    return replace(scores, priors=tuple(zip(tops, scorer.prior(tops), strict=True)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("trials")
    parser.add_argument("--clips", required=True)
    parser.add_argument("--n", type=int, default=30)
    args = parser.parse_args()
    rule = Rule()
    rows = [r for r in load(args.trials) if max(
        v for p, v in r["scores"].items() if p in r["tokens"]) < rule.clear][:args.n]
    scorer = WhisperScorer(models.whisper_model_path(None, defaults().data))
    cpu: dict[str, list[float]] = {}
    for i, r in enumerate(rows):
        samples, rate = read_wav(Path(args.clips) / r["wav"])
        audio = resample(samples, rate)
        parts = split(r["phrases"], cohort=False)
        variants = [("before", before), ("now", score_answer)]
        for warm in (False, True):
            for name, run in variants if i % 2 else variants[::-1]:
                scorer._priors.clear()
                if warm:
                    scorer.prior([*parts.own, *parts.controls])
                started = time.process_time()
                run(scorer, audio, parts, rule)
                cpu.setdefault(f"{name}, {'warm' if warm else 'cold'}", []).append(
                    time.process_time() - started)
    for key, values in cpu.items():
        print(f"{key:<16} median {statistics.median(values):.3f} s, sum {sum(values):.1f} s "
              f"({len(values)} answers in doubt)")


if __name__ == "__main__":
    main()
