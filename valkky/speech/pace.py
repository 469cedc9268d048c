"""A slow or hesitant learner's answer brought towards the pace Whisper knows, before it is
scored: long pauses between words shortened, and slow speech made faster at the feature
level (the log-mel frames resampled along time). Pure numpy; ``whisper.score_answer`` and
``calibrate`` shape every answer alike, so a rule refitted on recordings weighs what the
runtime weighs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from valkky.speech.asr import BRIDGED_S, FRAME_S, ListenSettings, frame_loudness, voiced_seconds
from valkky.speech.audio import ASR_RATE
from valkky.speech.scoring import phrase_seconds


@dataclass(frozen=True)
class Pace:
    """How an answer is shaped before scoring. ``pause_s``: each silence inside the speech
    longer than a pause (``asr.BRIDGED_S``) is cut to this many seconds (``None``: left
    as said). ``slow``: speech whose length without pauses is more than this many times
    the step's longest phrase at a usual pace is made faster, to that length at most
    ``max_tempo`` times (``None``: never); with ``length_paced`` the rule weighs the
    length at that tempo."""

    pause_s: float | None = None
    slow: float | None = None
    max_tempo: float = 2.0
    length_paced: bool = False  # the rule's length read at the tempo played, not as said
    gentle: float = 1.0  # made faster to this many times the longest phrase's length


AS_SAID = Pace()  # nothing shaped: the answer as it was said
PACE = AS_SAID  # how the runtime shapes answers


def shorten_pauses(audio: Any, pause_s: float,
                   threshold: float = ListenSettings().vad_threshold) -> Any:
    """``audio`` (16 kHz int16) with each silence between loud frames longer than
    ``BRIDGED_S`` cut to ``pause_s``: its first and last halves kept (the words' edges and
    what fades out of them), its middle dropped. The silence before and after the speech is
    left as it is."""
    import numpy as np

    x = np.asarray(audio)
    loud = np.flatnonzero(frame_loudness(x) > threshold)
    step = int(ASR_RATE * FRAME_S)
    kept = int(ASR_RATE * pause_s)
    keep = np.ones(len(x), bool)
    for a, b in pairwise(loud):
        start, end = (a + 1) * step, b * step  # the silent frames between two loud ones
        if (b - a - 1) * FRAME_S > BRIDGED_S and end - start > kept:
            keep[start + kept // 2:end - (kept - kept // 2)] = False
    return x if keep.all() else x[keep]


def tempo_for(seconds: float, longest_s: float, pace: Pace) -> float:
    """How much faster to make speech ``seconds`` long (without its pauses) when the
    step's longest phrase takes ``longest_s`` at a usual pace: 1 (as said) unless it is
    more than ``pace.slow`` times as long, else to that length, at most ``max_tempo``."""
    if pace.slow is None or longest_s <= 0 or seconds <= pace.slow * longest_s:
        return 1.0
    return min(pace.max_tempo, seconds / (pace.gentle * longest_s))


def faster(mel: Any, tempo: float) -> Any:
    """Log-mel frames (bands × frames) resampled along time ``tempo`` times as fast, by
    linear interpolation between neighbouring frames (the spectrum, so the pitch, kept)."""
    import numpy as np

    if tempo == 1.0:
        return mel
    n = mel.shape[1]
    at = np.arange(max(1, int(n / tempo))) * tempo
    left = np.minimum(at.astype(int), n - 1)
    right = np.minimum(left + 1, n - 1)
    w = (at - left)[None, :]
    return (mel[:, left] * (1 - w) + mel[:, right] * w).astype(mel.dtype)


@dataclass(frozen=True)
class Paced:
    """An answer shaped for scoring: its audio, the tempo the scorer plays it at and the
    speech's length without pauses, for the rule."""

    audio: Any
    tempo: float
    seconds: float


def paced(audio: Any, longest_s: float, pace: Pace) -> Paced:
    """``audio`` shaped as ``pace`` says, for a step whose longest phrase takes
    ``longest_s`` at a usual pace (``scoring.phrase_seconds``)."""
    seconds = voiced_seconds(audio)
    if pace.pause_s is not None:
        audio = shorten_pauses(audio, pace.pause_s)
    tempo = tempo_for(seconds, longest_s, pace)
    return Paced(audio, tempo, seconds / tempo if pace.length_paced else seconds)


def longest_seconds(phrases: Sequence[str]) -> float:
    """How long the longest of ``phrases`` takes at a usual pace."""
    return max((phrase_seconds(p) for p in phrases), default=0.0)
