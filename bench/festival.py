"""Finnish voices made from human recordings, for the bench only (the runtime speaks with
espeak-ng): festival with the Suopuhe project's two diphone voices, a woman's (lj) and a
man's (mv). ``make bench-voices`` installs them (festival, festvox-suopuhe-lj,
festvox-suopuhe-mv).

A voice is named ``festival:lj`` or ``festival:mv``; its rate is a percentage of the
voice's own pace (100: as recorded, 125: a quarter faster), set through festival's
``Duration_Stretch``. The voices read Latin-1 text: ä and ö go through as such.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

PREFIX = "festival:"
VOICES = {"lj": "voice_suo_fi_lj_diphone", "mv": "voice_hy_fi_mv_diphone"}
NAMES = tuple(PREFIX + v for v in VOICES)
INSTALL = "make bench-voices"


class MissingVoices(SystemExit):
    """festival or its Finnish voices are not installed: one line saying how to get them."""


def is_festival(voice: str) -> bool:
    return voice.startswith(PREFIX)


def check() -> None:
    """Raise ``MissingVoices`` unless festival and both Finnish voices are installed."""
    if shutil.which("text2wave") is None or shutil.which("festival") is None:
        raise MissingVoices(f"festival is not installed: run `{INSTALL}` (as root)")
    found = subprocess.run(
        ["festival", "--batch", "(print (mapcar car voice-locations))"],
        capture_output=True, text=True, timeout=60).stdout
    missing = [v for v, fn in VOICES.items() if fn.removeprefix("voice_") not in found]
    if missing:
        raise MissingVoices(f"festival's Finnish voice {', '.join(missing)} is not installed: "
                            f"run `{INSTALL}` (as root)")


def _quoted(text: str) -> str:
    """``text`` as a Scheme string festival reads; a character Latin-1 lacks ("–", "’")
    said as the nearest plain one, a clock time as people say it."""
    plain = text.replace("–", "-").replace("—", "-").replace("’", "'").replace("”", '"')
    plain = plain.encode("latin-1", "replace").decode("latin-1")
    # a clock time as said ("7 30"), not as written: the voices read "7:30" with its colon
    plain = re.sub(r"(\d):(\d)", r"\1 \2", plain)
    return '"' + plain.replace("\\", "\\\\").replace('"', '\\"') + '"'


def say(path: Path, text: str, voice: str, rate: int) -> Path:
    """``text`` said by ``voice`` (``festival:lj`` or ``festival:mv``) at ``rate`` % of
    its own pace, into the WAV ``path`` (the voices' own 22.05 kHz, mono)."""
    name = VOICES[voice.removeprefix(PREFIX)]
    script = (f"({name})\n(Parameter.set 'Duration_Stretch {100 / rate:.3f})\n"
              f"(utt.save.wave (utt.synth (Utterance Text {_quoted(text)})) "
              f"{_quoted(str(path))} 'riff)\n")
    with tempfile.NamedTemporaryFile("wb", suffix=".scm") as f:
        f.write(script.encode("latin-1"))
        f.flush()
        subprocess.run(["festival", "--batch", f.name], check=True, timeout=60,
                       capture_output=True)
    if not path.exists():
        raise RuntimeError(f"festival said nothing for {text!r} ({voice})")
    return path
