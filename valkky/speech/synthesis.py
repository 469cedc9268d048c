"""The answer against the robot's own renderings of the phrases (issue #10, rounds 17–18):
analysis by synthesis, the evidence Whisper's decoder does not give. Its language model pulls
towards fluent text ("En ymmärtänyt." outscores every phrase of speech it hears badly); a
frame-by-frame likeness of the encoder's output does not: a rendering of the control does
not sound like that speech.

Each phrase is rendered by espeak-ng as the robot says it and put through Whisper's encoder
once (``Renderings``, made ahead while the robot asks); an answer's encoder frames from its
first voiced moment to its last are laid against a rendering's by dynamic time warping
(``distance``: 0 the same, about 0.2–0.35 the phrase said by another voice, 0.4–0.6 another
phrase). ``scoring.best_phrase`` uses two of them as the control guard.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any

from valkky.speech.asr import frame_loudness, voiced_spans
from valkky.speech.audio import ASR_RATE, resample

log = logging.getLogger(__name__)
ENCODER_HZ = 50  # Whisper's encoder: one output frame for 20 ms
LEAD_S = 0.3  # silence before a rendering, as an answer's lead (the encoder sees position)


def voiced_frames(encoded: Any, audio: Any) -> Any:
    """The encoder's frames (``encoded``, 1 × T × d) of ``audio`` (16 kHz int16) from the
    first voiced moment to the last (numpy, T' × d), each less their mean and of unit
    length."""
    import numpy as np

    spans = voiced_spans(frame_loudness(audio))
    out = np.asarray(encoded, np.float32)[0]
    if spans:
        out = out[int(spans[0][0] * ENCODER_HZ):max(int(spans[-1][1] * ENCODER_HZ) + 1, 1)]
    out = out - out.mean(axis=0)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-6)


def distance(a: Any, b: Any) -> float:
    """Dynamic time warping of two ``voiced_frames``: the mean cosine distance a step along
    the cheapest monotone path from the first frames to the last (steps right, down,
    diagonal), each row's horizontal steps made at once: D[i, j] = C[j] + min over k ≤ j
    of (A[k] − C[k]) where C is the row's prefix cost."""
    import numpy as np

    cost = 1.0 - a @ b.T
    n, m = cost.shape
    row = np.cumsum(cost[0])
    for i in range(1, n):
        c = cost[i]
        up = np.minimum(row, np.concatenate(([np.inf], row[:-1])))  # from above or diagonal
        prefix = np.cumsum(c)
        row = prefix + np.minimum.accumulate(up + c - prefix)
    return float(row[-1] / (n + m - 1))


class Renderings:
    """Each phrase rendered (``render``: text → (int16 samples, rate), the robot's voice)
    and encoded (``encode``: 16 kHz int16 → the encoder's output) once, kept until
    ``keep`` lets it go. Thread-safe: the warm-up and an answer's scoring may ask for the
    same phrase (it is then made twice, kept once)."""

    def __init__(self, render: Callable[[str], tuple[Any, int]],
                 encode: Callable[[Any], Any]) -> None:
        self._render, self._encode = render, encode
        self._done: dict[str, Any] = {}
        self._audio: dict[str, Any] = {}  # rendered (``render``), not yet encoded
        self._lock = threading.Lock()

    def __call__(self, phrase: str) -> Any:
        """``phrase``'s rendering as ``voiced_frames``: encoded now if it is not yet,
        rendered first if ``render`` has not been."""
        with self._lock:
            got = self._done.get(phrase)
            audio = self._audio.get(phrase)
        if got is None:
            if audio is None:
                audio = self._rendered(phrase)
            got = voiced_frames(self._encode(audio), audio)
            with self._lock:
                self._done[phrase] = got
                self._audio.pop(phrase, None)
        return got

    def render(self, phrase: str) -> None:
        """Render ``phrase`` (espeak-ng: no model) for a later ``__call__`` to encode: the
        warm-up renders on a thread of its own, so the model's thread, which an answer's
        scoring waits for, only encodes."""
        with self._lock:
            if phrase in self._done or phrase in self._audio:
                return
        audio = self._rendered(phrase)
        with self._lock:
            if phrase not in self._done:
                self._audio[phrase] = audio

    def rendered(self, phrase: str) -> bool:
        """Whether ``phrase`` is rendered (or made): ``__call__`` then only encodes."""
        with self._lock:
            return phrase in self._done or phrase in self._audio

    def _rendered(self, phrase: str) -> Any:
        import numpy as np

        samples, rate = self._render(phrase)
        audio = resample(np.asarray(samples, np.int16), rate).astype(np.int16)
        return np.concatenate([np.zeros(int(LEAD_S * ASR_RATE), np.int16), audio])

    def ready(self, phrase: str) -> bool:
        with self._lock:
            return phrase in self._done

    def kept(self) -> dict[str, Any]:
        """The renderings kept, by phrase."""
        with self._lock:
            return dict(self._done)

    def keep(self, phrases: Iterable[str]) -> None:
        """Let go of every rendering but ``phrases``' (a step's and the controls: a
        rendering is ≈ 140 kB a phrase said in 1.4 s)."""
        wanted = set(phrases)
        with self._lock:
            self._done = {p: v for p, v in self._done.items() if p in wanted}
            self._audio = {p: v for p, v in self._audio.items() if p in wanted}

    def distances(self, encoded: Any, audio: Any, phrases: Iterable[str]
                  ) -> tuple[tuple[str, float], ...]:
        """How unlike each of ``phrases``' renderings the answer (``audio`` and its encoder
        output ``encoded``) sounds."""
        answer = voiced_frames(encoded, audio)
        return tuple((p, round(distance(answer, self(p)), 4)) for p in phrases)


def espeak_renderer(voice: str, wpm: int) -> Callable[[str], tuple[Any, int]] | None:
    """espeak-ng rendering text as the robot says it, or None (said once, in the log) where
    espeak-ng is missing: the control guard is then off."""
    from valkky.errors import AdapterError
    from valkky.speech.tts import EspeakSynth

    try:
        synth = EspeakSynth(voice)
    except AdapterError as exc:
        log.warning("the control guard is off: %s", exc)
        return None

    def render(text: str) -> tuple[Any, int]:
        got = synth.render(text, wpm)
        return got.samples, got.rate

    return render
