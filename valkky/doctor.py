"""`valkky doctor`: what this machine has of what the runtime needs, one line each, with
the fix for every ✗. Exit status 1 when something needed is missing."""

from __future__ import annotations

import importlib
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from valkky import plural
from valkky.config import Config


@dataclass
class Check:
    ok: bool
    what: str
    fix: str = ""
    needed: bool = True  # a ✗ that is not needed is a warning (⚠), not a failure


def _packages() -> list[Check]:
    out = [Check(sys.version_info >= (3, 11), f"Python {sys.version.split()[0]}",
                 "install Python 3.11 or newer")]
    for module, why in (("yaml", "lessons"), ("rapidfuzz", "the judge"),
                        ("num2words", "numbers in answers"), ("paho.mqtt", "the robot link"),
                        ("fsrs", "spaced repetition"), ("vosk", "speech recognition"),
                        ("numpy", "audio"), ("amqtt", "the embedded broker")):
        try:
            importlib.import_module(module)
            out.append(Check(True, f"Python package {module} ({why})"))
        except Exception as exc:
            out.append(Check(False, f"Python package {module} ({why}): {exc}",
                             "run `make demo` (it installs everything from pyproject.toml)"))
    return out


def _voikko() -> Check:
    from valkky.judge.finnish import voikko

    if voikko() is not None:
        return Check(True, "Voikko with the Finnish dictionary (word forms)")
    return Check(False, "Voikko is not available: word forms are judged by a simpler rule",
                 "apt-get install libvoikko1 voikko-fi", needed=False)


def _espeak() -> Check:
    exe = shutil.which("espeak-ng")
    if exe is None:
        return Check(False, "espeak-ng is not installed", "apt-get install espeak-ng")
    voices = subprocess.run([exe, "--voices=fi"], capture_output=True, text=True, timeout=10)
    if " fi " not in voices.stdout and "/fi" not in voices.stdout:
        return Check(False, "espeak-ng has no Finnish voice", "apt-get install espeak-ng-data")
    return Check(True, "espeak-ng with the Finnish voice")


def _audio(config: Config) -> list[Check]:
    from valkky.speech import devices

    try:
        found, error = devices.probe()
    except OSError as exc:
        return [Check(False, f"PortAudio is not available ({exc})",
                      "apt-get install libportaudio2")]
    out = [Check(True, "PortAudio")]
    inputs, outputs = devices.inputs(found), devices.outputs(found)
    fix = ("no sound card: connect a microphone and a speaker, or rehearse with "
           "--asr text / --audio-in FILE and --tts text / --tts wav:DIR")
    out.append(Check(bool(outputs), f"audio output devices: {len(outputs)} {error}".strip(),
                     fix, needed=False))
    out.append(Check(bool(inputs), f"audio input devices: {len(inputs)}", fix, needed=False))
    return out


def _model(config: Config) -> list[Check]:
    path = config.speech.model_path
    if not path:
        return [Check(True, "no Vosk model configured ([speech] model_path): Whisper hears "
                            "Finnish; Vosk is for a Finnish Kaldi model of your own")]
    from valkky.speech.asr import has_dynamic_graph, load_model

    try:
        model = load_model(path)
    except Exception as exc:
        return [Check(False, f"the speech model in {path} does not load: {exc}",
                      "check the path, or install a model with `valkky models install`")]
    rate = _model_rate(Path(path))
    grammar = has_dynamic_graph(path)
    del model
    return [Check(True, f"speech model {path} loads (sample rate {rate or 'default 16000'})"),
            Check(grammar, "the model takes per-prompt grammars" if grammar else
                  "the model has no dynamic graph: answers are decoded with open vocabulary",
                  "a model with graph/HCLr.fst and graph/Gr.fst hears near misses better",
                  needed=False)]


def _model_rate(path: Path) -> str | None:
    try:
        for line in (path / "conf" / "mfcc.conf").read_text().splitlines():
            if "sample-frequency" in line:
                return line.split("=")[1].strip()
    except OSError:
        return None
    return None


def _whisper(path: Path) -> list[Check]:
    """The recogniser that hears Finnish: faster-whisper, and the model in ``path``,
    intact."""
    import importlib.util

    from valkky.speech import models

    fix = (f"`make demo` does both: `{models.WHISPER_PIP}`, then `valkky models install "
           "whisper-base`")
    if importlib.util.find_spec("faster_whisper") is None:
        return [Check(False, "faster-whisper is not installed: spoken Finnish is not heard",
                      fix, needed=False)]
    if not path.is_dir():
        return [Check(False, f"no Whisper model in {path}: spoken Finnish is not heard", fix,
                      needed=False)]
    problem = models.whisper_problem(path, full=True)
    if problem:
        return [Check(False, f"the Whisper model in {path} is broken ({problem})",
                      f"rm -r {path} && valkky models install whisper-base")]
    problem = models.tokenizer_problem(path / "tokenizer.json")
    if problem:
        return [Check(False, problem, f"rm -r {path} && valkky models install whisper-base")]
    problem = models.int8_problem(path, full=True)
    if problem:
        return [Check(False, f"the Whisper model in {path} has no intact int8 copy ({problem}):"
                             " each load quantises it again (≈ 1 s more)",
                      "valkky models install whisper-base", needed=False)]
    return [Check(True, f"Whisper base in {path} and its int8 copy (sha256 checked): `valkky "
                        "run` hears spoken Finnish")]


def _broker(config: Config) -> Check:
    url = config.robot.broker_url
    if not url:
        return Check(True, "no broker configured: `valkky demo` and `valkky sim` start an "
                           "embedded one")
    from valkky.protocol.address import parse_broker_url

    address, _ = parse_broker_url(url)
    try:
        with socket.create_connection((address.host, address.port), timeout=2):
            pass
    except OSError as exc:
        return Check(False, f"the broker {address.url} is not reachable ({exc.strerror or exc})",
                     "start mosquitto (deploy/README.md) or fix [robot] broker_url")
    return Check(True, f"the broker {address.url} is reachable")


def _lessons() -> Check:
    from valkky.lesson.lint import lint_paths
    from valkky.paths import lessons_dir

    report = lint_paths([lessons_dir()], cached=True)
    if report.errors:
        return Check(False, f"lessons: {report.summary()}",
                     f"run `valkky lint {lessons_dir()}` to see them")
    return Check(True, f"lessons: {report.summary()}")


def run_doctor(config: Config, whisper_model: Path, say: Callable[[str], None] = print) -> int:
    """Check this machine for ``config``, the Whisper model looked for in ``whisper_model``."""
    checks: list[Check] = [*_packages(), _voikko(), _espeak(), *_audio(config),
                           *_whisper(whisper_model),
                           *_model(config),
                           _broker(config), _lessons()]
    say(f"settings: {config.source}")
    for c in checks:
        mark = "✓" if c.ok else ("✗" if c.needed else "⚠")
        say(f"{mark} {c.what}" + (f" — fix: {c.fix}" if not c.ok and c.fix else ""))
    failed = [c for c in checks if not c.ok and c.needed]
    say(f"{plural.of(len(failed), 'problem')} to fix" if failed else "ready")
    return 1 if failed else 0
