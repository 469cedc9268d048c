"""Slow and hesitant speech (docs/speech.md, round 11): saved trials (bench/asr_trials.py,
``--keep``) scored again with each way of shaping an answer (``asr_trials.PACES``), only
where it changes what is scored — the audio captured (this checkout's endpointing), its
pauses or its tempo; a clip it leaves as it was keeps its saved row, scores and all.

    python bench/asr_pace.py /tmp/trials.json --clips DIR --paces pauses tempo --out PREFIX

Writes PREFIX-NAME.json for each (the same rows as asr_trials', to judge with asr_rules.py
or ``--table``), and prints how many clips each changed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path
from types import SimpleNamespace

import numpy as np
from asr_rules import load, prompt_for
from asr_trials import PACES, score_clip

from valkky.settings import defaults
from valkky.speech import models
from valkky.speech.asr import ListenSettings, WavAnswers, frame_loudness
from valkky.speech.audio import ASR_RATE
from valkky.speech.pace import AS_SAID, longest_seconds, paced
from valkky.speech.scoring import Rule, split
from valkky.speech.whisper import WhisperScorer, capture_answer, score_answer


def clip_of(row: dict, clips: Path) -> dict:
    """The clip a saved row was scored from, as ``asr_trials.score_clip`` takes it."""
    task = SimpleNamespace(accept=row["accept"], keywords=row["keywords"],
                           mistakes=row["mistakes"])
    return {"wav": clips / row["wav"], "kind": row["kind"], "said": row["said"],
            "task": task, "voice": row["voice"], "wpm": row["wpm"], "lesson_others": [],
            "set": row["set"]}


def changes(row: dict, clips: Path, pace_name: str) -> bool:
    """Whether ``pace_name`` (and this checkout's capture) scores other audio than the row's."""
    prompt = prompt_for(row["accept"], row["keywords"], row["mistakes"])
    frames = WavAnswers([clips / row["wav"]]).next_answer(prompt)
    assert frames is not None
    _, scored = capture_answer(frames, ListenSettings(), row["phrases"])
    audio = np.frombuffer(scored, np.int16)
    loud = [round(float(v), 1) for v in frame_loudness(audio)]
    if abs(len(audio) / ASR_RATE - row["speech_s"]) > 1e-6 or loud != row["frames"]:
        return True  # captured otherwise
    shaped = paced(audio, longest_seconds(split(row["phrases"]).own), PACES[pace_name])
    return len(shaped.audio) != len(audio) or shaped.tempo != 1.0


def cpu(scorer: WhisperScorer, rows: list[dict], clips: Path, name: str) -> None:
    """The scoring's CPU an answer (``score_answer``, as the runtime) as said and shaped
    by ``name``, the two in turns on each clip, which goes first alternating."""
    as_said, shaped = [], []
    for i, r in enumerate(rows):
        prompt = prompt_for(r["accept"], r["keywords"], r["mistakes"])
        frames = WavAnswers([clips / r["wav"]]).next_answer(prompt)
        assert frames is not None
        _, scored = capture_answer(frames, ListenSettings(), r["phrases"])
        audio = np.frombuffer(scored, np.int16)
        parts = split(r["phrases"], cohort=False)
        for pace in ([AS_SAID, PACES[name]] if i % 2 == 0 else [PACES[name], AS_SAID]):
            t = time.process_time()
            score_answer(scorer, audio, parts, Rule(), pace=pace)
            (as_said if pace is AS_SAID else shaped).append(time.process_time() - t)
    ratios = [b / a for a, b in zip(as_said, shaped, strict=True) if a > 0]
    print(f"{name}: {len(rows)} clips, CPU an answer as said median "
          f"{statistics.median(as_said):.3f} s, shaped {statistics.median(shaped):.3f} s; "
          f"median of the ratios {statistics.median(ratios):.2f}, sums "
          f"{sum(shaped) / sum(as_said):.2f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("trials")
    parser.add_argument("--clips", required=True, help="the folder asr_trials --keep kept")
    parser.add_argument("--paces", nargs="+", choices=list(PACES), required=True)
    parser.add_argument("--out", required=True, help="PREFIX of the files written")
    parser.add_argument("--sets", nargs="*", help="only these sets (default: all)")
    parser.add_argument("--cpu", type=int, default=0, metavar="N",
                        help="instead: the CPU of scoring N clips each pace changes, as said "
                        "and so shaped, in turns (the order alternating)")
    args = parser.parse_args()
    rows = [r for r in load(args.trials) if not args.sets or r["set"] in args.sets]
    clips = Path(args.clips)
    scorer = WhisperScorer(models.whisper_model_path(None, defaults().data))
    if args.cpu:
        for name in args.paces:
            cpu(scorer, [r for r in rows if changes(r, clips, name)][:args.cpu], clips, name)
        return
    for name in args.paces:
        started, out, again = time.time(), [], 0
        for r in rows:
            if changes(r, clips, name):
                again += 1
                out.append(score_clip(scorer, clip_of(r, clips), Rule(), True,
                                      pace=PACES[name]) | {"changed": True})
            else:
                out.append(r)
        Path(f"{args.out}-{name}.json").write_text(json.dumps(out, ensure_ascii=False))
        print(f"{name}: {again} of {len(rows)} clips scored again "
              f"({time.time() - started:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
