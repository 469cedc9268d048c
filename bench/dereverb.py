"""Late reverberation taken out of an answer before Whisper hears it (issue #10, round 23):
tried as a front end (bench/asr_room.py), not kept in the runtime (docs/speech.md, round 23).

Weighted prediction error (WPE; Nakatani et al., "Speech dereverberation based on
variance-normalized delayed linear prediction", IEEE TASLP 18(7), 2010), one microphone:
in each frequency band of the short-time spectrum, what the frames ``DELAY`` to
``DELAY + TAPS - 1`` before predict of the present frame is the room's tail, and is taken
away; the prediction is fitted weighting each frame by the inverse of its own power, so
the speech itself (which the past does not predict) stays. The direct sound and early
reflections (the first ``DELAY`` frames, 24 ms) are left. numpy only; the parameters are
the usual ones for 16 kHz (nara_wpe's defaults: a 512-point window, a shift of 128,
10 taps, a delay of 3, 3 iterations). And the cheaper spectral suppression of the late
reverberation (Lebart et al., Acta Acustica 87, 2001): its power taken as the power
``LATE_S`` before, decayed as a room of ``rt60`` decays, and subtracted (a gain floor).
"""

from __future__ import annotations

from typing import Any

WINDOW = 512  # samples (32 ms at 16 kHz)
SHIFT = 128
TAPS = 10
DELAY = 3
ITERATIONS = 3
# the least power a frame is weighted by, as a share of its band's mean power: digital
# silence (a clip's padding, a muted input) weighted by the inverse of nothing would make
# the prediction of the reverberation's tail into it exactly nothing, and the filter 0
FLOOR = 1e-3


def stft(x: Any) -> Any:
    """The short-time spectrum of ``x`` (float), frames by bins, a Hann window of
    ``WINDOW`` every ``SHIFT`` samples, ``x`` padded so every sample is covered by
    ``WINDOW // SHIFT`` frames."""
    import numpy as np

    pad = WINDOW - SHIFT
    padded = np.pad(x, (pad, pad + (-len(x)) % SHIFT))
    frames = np.lib.stride_tricks.sliding_window_view(padded, WINDOW)[::SHIFT]
    return np.fft.rfft(frames * np.hanning(WINDOW + 1)[:-1], axis=1)


def istft(spectrum: Any, length: int) -> Any:
    """``stft``'s inverse (overlap-add, the window's sum divided out), ``length`` samples."""
    import numpy as np

    window = np.hanning(WINDOW + 1)[:-1]
    frames = np.fft.irfft(spectrum, WINDOW, axis=1) * window
    total = (len(frames) - 1) * SHIFT + WINDOW
    out = np.zeros(total)
    norm = np.zeros(total)
    for i, frame in enumerate(frames):  # a few hundred frames: cheap next to the FFTs
        out[i * SHIFT:i * SHIFT + WINDOW] += frame
        norm[i * SHIFT:i * SHIFT + WINDOW] += window ** 2
    pad = WINDOW - SHIFT
    return (out / np.maximum(norm, 1e-8))[pad:pad + length]


def wpe_spectrum(y: Any, taps: int = TAPS, delay: int = DELAY,
                 iterations: int = ITERATIONS) -> Any:
    """WPE on a short-time spectrum ``y`` (frames by bins): ``y`` less what its frames
    ``delay`` … ``delay + taps - 1`` back predict, every bin at once."""
    import numpy as np

    frames, bins = y.shape
    if frames <= delay + taps:
        return y
    yb = y.T.astype(np.complex64)  # bins by frames (single precision: half the time)
    # the past frames each frame is predicted from: bins × frames × taps
    past = np.zeros((bins, frames, taps), np.complex64)
    for k in range(taps):
        shift = delay + k
        past[:, shift:, k] = yb[:, :frames - shift]
    x = yb
    floor = np.maximum(FLOOR * np.mean(np.abs(yb) ** 2, axis=1, keepdims=True), 1e-10)
    for _ in range(iterations):
        weight = 1.0 / np.maximum(np.abs(x) ** 2, floor)  # bins × frames
        weighted = (past * weight[:, :, None]).transpose(0, 2, 1)  # bins × taps × frames
        r = weighted @ past.conj()  # bins × taps × taps (batched BLAS: einsum is slower)
        p = weighted @ yb.conj()[:, :, None]  # bins × taps × 1
        r += np.eye(taps) * (1e-6 * np.trace(r, axis1=1, axis2=2).real / taps)[:, None, None]
        g = np.linalg.solve(r, p)  # bins × taps × 1
        x = yb - (past @ g.conj())[..., 0]
    return x.T


LATE_S = 0.05  # where the late reverberation starts


def late_suppression(audio: Any, rt60: float = 0.3, floor: float = 0.1) -> Any:
    """16 kHz int16 ``audio`` with the late reverberation of a room of ``rt60`` s taken out
    by spectral subtraction (each bin's gain at least ``floor``), as int16."""
    import numpy as np

    x = np.asarray(audio, np.float64)
    if len(x) < WINDOW:
        return np.asarray(audio, np.int16)
    y = stft(x)
    power = np.abs(y) ** 2
    hop = SHIFT / 16_000
    late = max(1, round(LATE_S / hop))
    decay = np.exp(-2 * 3 * np.log(10) / rt60 * late * hop)  # 60 dB over rt60, in power
    tail = np.zeros_like(power)
    tail[late:] = decay * power[:-late]
    gain = np.maximum(1 - tail / np.maximum(power, 1e-10), floor)
    out = istft(y * np.sqrt(gain), len(x))
    return np.clip(np.round(out), -32768, 32767).astype(np.int16)


def dereverberate(audio: Any) -> Any:
    """16 kHz int16 ``audio`` with its late reverberation taken out (WPE), as int16 of the
    same length."""
    import numpy as np

    x = np.asarray(audio, np.float64)
    if len(x) < WINDOW:
        return np.asarray(audio, np.int16)
    out = istft(wpe_spectrum(stft(x)), len(x))
    return np.clip(np.round(out), -32768, 32767).astype(np.int16)
