"""What the coverage costs at answer time (issue #10, round 15), side by side on the same
clips: each answer scored as the runtime scores it (``whisper.score_answer``) with each
phrase's alignment kept (``whisper.token_bounds``, from the ``align`` call the scoring
makes anyway) and without (``token_bounds`` stood in for by nothing), the two taking turns
going first; then the rule (``scoring.decide``) on the scores with and without the
coverage weighed — the runtime's own share, final result → reply.

    python bench/bench_alignment_cost.py TRIALS.json --clips DIR [--n 40]

CPU time (both cores' threads), so another job's load stretches both alike.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from dataclasses import replace
from pathlib import Path

from asr_rescore import audio_of
from asr_rules import load, prompt_for

from valkky.settings import defaults
from valkky.speech import models, whisper
from valkky.speech.scoring import Rule, decide, split
from valkky.speech.whisper import WhisperScorer, score_answer


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("trials")
    parser.add_argument("--clips", required=True)
    parser.add_argument("--n", type=int, default=40)
    args = parser.parse_args()
    rows = [r for r in load(args.trials) if r["free"]]  # in doubt: the whole scoring
    random.Random(15).shuffle(rows)
    scorer = WhisperScorer(models.whisper_model_path(None, defaults().data))
    rule, kept = Rule(), whisper.token_bounds
    weighed = replace(rule, covered=1.0, landed=1.0)
    cpu: dict[str, list[float]] = {"with": [], "without": []}
    rule_s: dict[str, list[float]] = {"with": [], "without": []}
    done = 0
    for r in rows:
        audio = audio_of(r, Path(args.clips))
        if audio is None:
            continue
        parts = split(r["phrases"], cohort=False)
        order = ["with", "without"] if done % 2 == 0 else ["without", "with"]
        for name in order:
            whisper.token_bounds = kept if name == "with" else (  # type: ignore[assignment]
                lambda alignments, tokens: ())
            started = time.process_time()
            scores = score_answer(scorer, audio, parts, rule)
            cpu[name].append(time.process_time() - started)
            started = time.perf_counter()
            for _ in range(20):
                decide(scores, r["phrases"], weighed if name == "with" else rule,
                       prompt_for(r["accept"], r["keywords"], r["mistakes"]).mistakes)
            rule_s[name].append((time.perf_counter() - started) / 20)
        whisper.token_bounds = kept  # type: ignore[assignment]
        done += 1
        if done >= args.n:
            break
    ratios = [a / b for a, b in zip(cpu["with"], cpu["without"], strict=True) if b > 0]
    print(f"{done} answers in doubt, scored both ways in turns")
    for name in cpu:
        print(f"{name} the alignments: scoring CPU median {statistics.median(cpu[name]):.3f} s, "
              f"sum {sum(cpu[name]):.1f} s; the rule median "
              f"{1e6 * statistics.median(rule_s[name]):.0f} µs")
    print(f"with / without, scoring: median of the ratios {statistics.median(ratios):.3f}, "
          f"sums {sum(cpu['with']) / sum(cpu['without']):.3f}; the rule: "
          f"{statistics.median(rule_s['with']) / statistics.median(rule_s['without']):.2f}")


if __name__ == "__main__":
    main()
