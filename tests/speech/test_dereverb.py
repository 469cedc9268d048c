"""bench/dereverb.py (round 23, tried, not kept in the runtime): WPE takes some of a room's
tail out and leaves the speech."""

from __future__ import annotations

import numpy as np

from bench import dereverb
from valkky.speech.audio import ASR_RATE


def _room(x: np.ndarray, rt60: float, seed: int = 1) -> np.ndarray:
    """``x`` in a room as the trials draw one (asr_trials.degrade): a decaying noise tail."""
    gen = np.random.default_rng(seed)
    n = int(ASR_RATE * rt60)
    ir = gen.normal(0, 1, n) * np.exp(-6.9 * np.arange(n) / n)
    ir[0] = 1.0 / 0.3
    return np.convolve(x, ir * 0.3)[:len(x) + n]


def _bursts(seconds: float = 2.0, seed: int = 0) -> np.ndarray:
    """Speech-like: bursts of coloured noise of 0.2 s with 0.3 s of silence between."""
    gen = np.random.default_rng(seed)
    x = np.zeros(int(seconds * ASR_RATE))
    for start in range(0, len(x) - ASR_RATE // 5, ASR_RATE // 2):
        burst = np.convolve(gen.normal(0, 1, ASR_RATE // 5), [1, 0.8, 0.5], "same")
        x[start:start + len(burst)] = burst
    return x


def _tail(x: np.ndarray) -> float:
    """The energy in the gaps between ``_bursts``' bursts (from 30 ms after each burst):
    what the room added."""
    gaps = np.zeros(len(x), bool)
    for start in range(ASR_RATE // 5 + int(0.03 * ASR_RATE), len(x), ASR_RATE // 2):
        gaps[start:start + int(0.25 * ASR_RATE)] = True
    return float(np.sum(x[gaps] ** 2))


def test_the_short_time_spectrum_is_undone_exactly() -> None:
    x = np.random.default_rng(0).normal(0, 1000, 12_345)
    assert np.allclose(dereverb.istft(dereverb.stft(x), len(x)), x, atol=1e-6)


def test_a_rooms_tail_is_taken_out_and_the_speech_kept() -> None:
    dry = _bursts() * 3000
    wet = _room(dry, 0.4)
    wet = np.concatenate([wet, np.zeros(ASR_RATE // 2)])  # digital silence after it
    out = dereverb.dereverberate(np.clip(wet, -32768, 32767).astype(np.int16))
    assert out.dtype == np.int16 and len(out) == len(wet)
    before, after = _tail(wet[:len(dry)]), _tail(out[:len(dry)].astype(float))
    # the tail between the bursts: a quarter less at least (about 0.6–0.75 of it is left in
    # such a room: the trials' rooms are far wetter than WPE can undo)
    assert after < 0.8 * before
    # what is left of the bursts themselves: most of their energy
    assert np.sum(out.astype(float) ** 2) > 0.3 * np.sum(wet ** 2)


def test_dry_speech_is_left_much_as_it_was() -> None:
    dry = np.clip(_bursts() * 3000 + np.random.default_rng(2).normal(0, 30, 32_000),
                  -32768, 32767).astype(np.int16)
    out = dereverb.dereverberate(dry).astype(float)
    change = np.sum((out - dry) ** 2) / np.sum(dry.astype(float) ** 2)
    assert change < 0.2


def test_too_short_to_tell_is_returned_as_it_was() -> None:
    x = np.arange(100, dtype=np.int16)
    assert np.array_equal(dereverb.dereverberate(x), x)
