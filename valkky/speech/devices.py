"""What this machine has for speech: an audio output, an audio input, espeak-ng. Used to
pick real components by default and the text stand-ins where they are missing."""

from __future__ import annotations

import shutil
from typing import Any


def _devices() -> list[dict[str, Any]]:
    try:
        import sounddevice as sd

        return list(sd.query_devices())
    except Exception:  # no PortAudio (OSError), no sound system: no devices
        return []


def has_output() -> bool:
    return any(d.get("max_output_channels", 0) > 0 for d in _devices())


def has_input() -> bool:
    return any(d.get("max_input_channels", 0) > 0 for d in _devices())


def has_espeak() -> bool:
    return shutil.which("espeak-ng") is not None
