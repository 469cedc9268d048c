"""bench/bench_asr.py's StepAnswers (round 23): a step asked again hears its own answer again,
not the next step's (bench_asr's voice to voice served them in turn, one a prompt)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from bench.bench_asr import StepAnswers
from valkky.engine.session import listener_prompt
from valkky.speech.audio import ASR_RATE, write_wav


def _heard(source: StepAnswers, step: str) -> bytes:
    frames = source.next_answer(listener_prompt(step, "ask", ("moppi",)))
    assert frames is not None
    return b"".join(frames)


def test_a_step_asked_again_hears_its_own_answer(tmp_path: Path) -> None:
    wavs = {}
    for n, step in enumerate(("s1", "s2", "s3")):
        wavs[step] = tmp_path / f"{step}.wav"
        write_wav(wavs[step], np.full(ASR_RATE // 10, 100 * (n + 1), np.int16), ASR_RATE)
    source = StepAnswers(wavs)
    first = _heard(source, "s1")
    assert _heard(source, "s1") == first  # asked again: the same answer, not s2's
    second = _heard(source, "s2")
    assert second != first
    assert _heard(source, "s3") not in (first, second)
    assert _heard(source, "s2") == second
