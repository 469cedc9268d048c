"""Saved trials (bench/asr_trials.py, ``--keep``) scored again where this checkout hears
other audio than the trials did — an endpointing change (docs/speech.md, round 11): each
kept clip is captured as the listener captures it now, and scored again only when the
audio scored differs; the rest keep their saved rows, scores and all. Minutes, not the
half hour of scoring every split again.

    python bench/asr_rescore.py /tmp/trials.json --clips DIR --out /tmp/now.json

Judge the two side by side with ``asr_rules.py /tmp/trials.json /tmp/now.json``.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from types import SimpleNamespace

import numpy as np
from asr_rules import load, prompt_for, scores_of
from asr_trials import score_clip

from valkky.settings import defaults
from valkky.speech import models
from valkky.speech.asr import ListenSettings, WavAnswers, frame_loudness
from valkky.speech.audio import ASR_RATE
from valkky.speech.scoring import LISTEN_ON_UNDER, Rule, decide, may_go_on, split
from valkky.speech.whisper import WhisperScorer, capture_answer, score_answer


def clip_of(row: dict, clips: Path) -> dict:
    """The clip a saved row was scored from, as ``asr_trials.score_clip`` takes it."""
    task = SimpleNamespace(accept=row["accept"], keywords=row["keywords"],
                           mistakes=row["mistakes"])
    return {"wav": clips / row["wav"], "kind": row["kind"], "said": row["said"],
            "task": task, "voice": row["voice"], "wpm": row["wpm"], "lesson_others": [],
            "set": row["set"]}


def the_rows(row: dict, pcm: bytes) -> bool:
    """Whether ``pcm`` is the audio the row scored: its length and its frames' loudness
    as the trials kept them."""
    audio = np.frombuffer(pcm, np.int16)
    loud = [round(float(v), 1) for v in frame_loudness(audio)]
    return abs(len(audio) / ASR_RATE - row["speech_s"]) < 1e-6 and loud == row["frames"]


def audio_of(row: dict, clips: Path) -> np.ndarray | None:
    """The audio a saved row scored, captured again from its clip as the listener
    captures it (where it asks whether the answer so far is settled, the row's own
    scores say); None where this checkout hears other audio."""
    prompt = prompt_for(row["accept"], row["keywords"], row["mistakes"])
    frames = WavAnswers([clips / row["wav"]]).next_answer(prompt)
    assert frames is not None
    _, pcm = capture_answer(frames, ListenSettings(), row["phrases"], doubtful=lambda _: (
        may_go_on(decide(scores_of(row), row["phrases"], Rule(), row["mistakes"]), Rule(),
                  row["phrases"])))
    return np.frombuffer(pcm, np.int16) if the_rows(row, pcm) else None


def heard_otherwise(row: dict, clips: Path, scorer: WhisperScorer,
                    under: float = LISTEN_ON_UNDER) -> bool:
    """Whether this checkout's listener scores other audio of the row's clip than the
    trials did (its length, or its frames' loudness as the trials kept it). Where the
    listener asks whether the answer so far is settled (``scoring.may_go_on``; ``under``
    its confidence), the row's own scores say for its audio; other audio is scored."""
    prompt = prompt_for(row["accept"], row["keywords"], row["mistakes"])
    frames = WavAnswers([clips / row["wav"]]).next_answer(prompt)
    assert frames is not None

    def doubtful(pcm: bytes) -> bool:
        scores = scores_of(row) if the_rows(row, pcm) else score_answer(
            scorer, np.frombuffer(pcm, np.int16), split(row["phrases"], cohort=False), Rule())
        return may_go_on(decide(scores, row["phrases"], Rule(), row["mistakes"]), Rule(),
                         row["phrases"], under)

    _, scored = capture_answer(frames, ListenSettings(), row["phrases"], doubtful=doubtful)
    return not the_rows(row, scored)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("trials")
    parser.add_argument("--clips", required=True, help="the folder asr_trials --keep kept")
    parser.add_argument("--out", required=True)
    parser.add_argument("--listen-on-under", type=float, default=LISTEN_ON_UNDER,
                        help="a taken answer in doubt is listened on for under this "
                        "confidence (scoring.LISTEN_ON_UNDER; 0.5: only those asked again)")
    parser.add_argument("--all", action="store_true",
                        help="score every clip again (for what the saved rows lack: the "
                        "alignments, round 15), not only those heard otherwise")
    args = parser.parse_args()
    rows, clips = load(args.trials), Path(args.clips)
    scorer = WhisperScorer(models.whisper_model_path(None, defaults().data))
    started, out, again = time.time(), [], 0
    for r in rows:
        if args.all or heard_otherwise(r, clips, scorer, args.listen_on_under):
            again += 1
            out.append(score_clip(scorer, clip_of(r, clips), Rule(), True,
                                  under=args.listen_on_under) | {"changed": True})
        else:
            out.append(r)
    Path(args.out).write_text(json.dumps(out, ensure_ascii=False))
    print(f"{again} of {len(rows)} clips scored again ({time.time() - started:.0f} s)")


if __name__ == "__main__":
    main()
