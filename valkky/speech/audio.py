"""Audio as numbers: WAV files in and out, resampling to the recogniser's 16 kHz mono.

numpy is imported on first use, so importing this module costs nothing.
"""

from __future__ import annotations

import io
import wave
from pathlib import Path
from typing import Any

from valkky.errors import AdapterError

ASR_RATE = 16_000
# The longest answer a listener may capture (``[speech] max_answer_s`` at most): Whisper's
# encoder takes 30 s, the speech with 0.25 s either side and 1.5 s of padding after it
# (speech.whisper: EDGE_S, PAD_S, MAX_INPUT_S). Here, so that reading the settings imports
# no recogniser.
MAX_ANSWER_S = 28.0


def read_wav(source: str | Path | bytes) -> tuple[Any, int]:
    """(int16 mono samples, sample rate) of a WAV file or WAV bytes; stereo is mixed down."""
    import numpy as np

    try:
        with wave.open(io.BytesIO(source) if isinstance(source, bytes) else str(source)) as w:
            rate, channels, width = w.getframerate(), w.getnchannels(), w.getsampwidth()
            raw = w.readframes(w.getnframes())
    except (wave.Error, EOFError) as exc:
        raise AdapterError(f"{_name(source)} is not a WAV file this can read ({exc})") from None
    except OSError as exc:
        raise AdapterError(f"cannot read {_name(source)}: {exc.strerror}") from None
    if width != 2:
        raise AdapterError(f"{_name(source)}: only 16-bit PCM WAV is supported "
                           f"(this one has {8 * width}-bit samples); convert it with "
                           "sox or ffmpeg")
    samples = np.frombuffer(raw, dtype=np.int16)
    if channels > 1:
        samples = samples.reshape(-1, channels).mean(axis=1).astype(np.int16)
    return samples, rate


def check_wav(path: str | Path) -> None:
    """Refuse, in one line, a file ``read_wav`` could not read (headers only: quick)."""
    try:
        with wave.open(str(path)) as w:
            width = w.getsampwidth()
    except (wave.Error, EOFError) as exc:
        raise AdapterError(f"{path} is not a WAV file this can read ({exc})") from None
    except OSError as exc:
        raise AdapterError(f"cannot read {path}: {exc.strerror}") from None
    if width != 2:
        raise AdapterError(f"{path}: only 16-bit PCM WAV is supported (this one has "
                           f"{8 * width}-bit samples); convert it with sox or ffmpeg")


def resample(samples: Any, rate: int, to: int = ASR_RATE) -> Any:
    """Linear-interpolation resampling: plenty for speech recognition at 16 kHz."""
    import numpy as np

    if rate == to or len(samples) == 0:
        return samples
    n = round(len(samples) * to / rate)
    x = np.linspace(0, len(samples) - 1, n)
    return np.interp(x, np.arange(len(samples)), samples.astype(np.float32)).astype(np.int16)


def write_wav(path: str | Path, samples: Any, rate: int) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(samples.astype("<i2").tobytes())


def duration_s(samples: Any, rate: int) -> float:
    return len(samples) / rate if rate else 0.0


def rms(samples: Any) -> float:
    import numpy as np

    return float(np.sqrt(np.mean(samples.astype(np.float64) ** 2))) if len(samples) else 0.0


def _name(source: object) -> str:
    return "the audio" if isinstance(source, bytes) else str(source)
