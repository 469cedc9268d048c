"""What this machine has for speech: audio outputs and inputs, espeak-ng. The one place
that asks PortAudio; used to pick real components by default (and the text stand-ins
where they are missing) and by `valkky doctor`."""

from __future__ import annotations

import shutil
from typing import Any

Device = dict[str, Any]


def probe() -> tuple[list[Device], str]:
    """The sound devices PortAudio lists, and why it could list none ("" when it could).
    OSError where PortAudio itself is missing."""
    import sounddevice as sd  # OSError without libportaudio2

    try:
        return list(sd.query_devices()), ""
    except Exception as exc:  # no sound system at all
        return [], str(exc)


def outputs(devices: list[Device]) -> list[Device]:
    return [d for d in devices if d.get("max_output_channels", 0) > 0]


def inputs(devices: list[Device]) -> list[Device]:
    return [d for d in devices if d.get("max_input_channels", 0) > 0]


def _devices() -> list[Device]:
    try:
        return probe()[0]
    except OSError:  # no PortAudio: no devices
        return []


def has_output() -> bool:
    return bool(outputs(_devices()))


def has_input() -> bool:
    return bool(inputs(_devices()))


def has_espeak() -> bool:
    return shutil.which("espeak-ng") is not None
