"""Settings, built once: defaults, then the TOML file, then the environment.

The file is ``--config PATH``, else ``$XDG_CONFIG_HOME/valkky/valkky.toml``
(``~/.config/valkky/valkky.toml``) if it exists. Every key can be overridden by
``VALKKY_<SECTION>_<KEY>`` (``VALKKY_SPEECH_MODEL_PATH=/srv/vosk-fi``). docs/configuration.md
lists every key with its default.
"""

from __future__ import annotations

import dataclasses
import difflib
import math
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from valkky.errors import ConfigError
from valkky.speech.audio import MAX_ANSWER_S
from valkky.speech.rule_defaults import RULE_DEFAULTS


@dataclass(frozen=True)
class RobotSettings:
    id: str = "valkky-1"
    broker_url: str = ""  # empty: no robot link unless --robot is given
    username: str = ""
    password: str = ""


@dataclass(frozen=True)
class SpeechSettings:
    asr: str = "auto"  # auto, text, whisper, vosk: see docs/speech.md
    tts: str = "auto"  # auto, text, espeak, pyttsx3, wav:DIR
    whisper_model: str = ""  # empty: the installed whisper-base (valkky models install)
    # Whisper's rule (speech/scoring.py: Rule; `valkky calibrate-asr` refits it)
    rule_bias: float = RULE_DEFAULTS["bias"]
    rule_margin: float = RULE_DEFAULTS["margin"]
    rule_cohort: float = RULE_DEFAULTS["cohort"]
    rule_alike: float = RULE_DEFAULTS["alike"]
    rule_length: float = RULE_DEFAULTS["length"]
    rule_over_controls: float = RULE_DEFAULTS["over_controls"]
    rule_lift: float = RULE_DEFAULTS["lift"]
    # where the forced decoding put the phrase: the speech it covers, its tokens on speech
    rule_covered: float = RULE_DEFAULTS["covered"]
    rule_landed: float = RULE_DEFAULTS["landed"]
    # a control is heard this far (nats a token) over the step's best
    rule_control: float = RULE_DEFAULTS["control"]
    # an answer and a foreseen mistake closer in doubt: asked again
    rule_apart: float = RULE_DEFAULTS["apart"]
    # ... or closer when the other looks more like Whisper's own transcription
    rule_alike_apart: float = RULE_DEFAULTS["alike_apart"]
    # ... unless the other's length fits the speech this much worse (a log ratio)
    rule_apart_length: float = RULE_DEFAULTS["apart_length"]
    # a control that outscores the step's phrases is heard only where the answer sounds no
    # less like the robot (espeak-ng) saying it than saying the step's best phrase
    synth_guard: bool = True
    model_path: str = ""  # a Vosk model folder; no Finnish one is published
    voice: str = "fi"
    rate_wpm_a1: int = 130
    rate_wpm_a2: int = 145
    rate_wpm_b1: int = 160
    output_device: str = ""  # sounddevice name or index; empty: the system default
    input_device: str = ""
    silence_timeout_s: float = 8.0
    endpoint_silence_s: float = 0.5
    # ... or this long when it is far shorter than any answer (after pauses: asr.capture)
    hesitation_s: float = 1.2
    # an answer is captured at most this long from its first sound (asr.answer_cap_s)
    max_answer_s: float = 20.0
    min_confidence: float = 0.5


@dataclass(frozen=True)
class DataSettings:
    dir: str = ""  # empty: $VALKKY_DATA_DIR, else $XDG_DATA_HOME/valkky
    db: str = ""  # a SQLite file or postgresql://user@host:port/dbname; empty: dir/progress.db
    # PostgreSQL unreachable: the outbox tries it again after this many seconds, then
    # after waits growing to 20 times this (docs/progress.md)
    retry_s: float = 0.5


@dataclass(frozen=True)
class ScreenSettings:
    # the learner's page opens its link again after this long when it broke (a refused
    # one after 1.5 times this, an answer that did not go after half); tests shorten it
    reconnect_s: float = 1.0


@dataclass(frozen=True)
class Config:
    robot: RobotSettings = field(default_factory=RobotSettings)
    speech: SpeechSettings = field(default_factory=SpeechSettings)
    data: DataSettings = field(default_factory=DataSettings)
    screen: ScreenSettings = field(default_factory=ScreenSettings)
    source: str = "defaults"


def default_path(env: Mapping[str, str] | None = None) -> Path:
    """``$XDG_CONFIG_HOME/valkky/valkky.toml`` of ``env`` (default: the process's)."""
    env = os.environ if env is None else env
    base = env.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "valkky" / "valkky.toml"


def load_config(path: str | Path | None = None, env: dict[str, str] | None = None) -> Config:
    env = dict(os.environ if env is None else env)
    file = Path(path) if path else default_path(env)
    data: dict[str, Any] = {}
    if path or file.exists():
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"no configuration file {file}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read {file}: {exc}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{file}: {exc}") from None
    sections = {}
    for f in fields(Config):
        if f.name == "source":
            continue
        cls = f.default_factory
        given = data.pop(f.name, {})
        if not isinstance(given, dict):
            raise ConfigError(f"{file}: [{f.name}] must be a table")
        sections[f.name] = _section(cls, f.name, given, env, file)
    if data:
        raise ConfigError(f"{file}: unknown section(s) {', '.join(sorted(data))}; known: "
                          "robot, speech, data, screen")
    return Config(**sections, source=str(file) if file.exists() else "defaults")


# Keys a release retired, with what replaces them: an upgraded robot's config says so.
RETIRED = {
    "speech": dict.fromkeys(
        ("reject_margin", "reject_unlike"),
        "the Whisper rule is now rule_bias, rule_margin, rule_cohort and rule_alike; "
        "refit them with `valkky calibrate-asr` or delete the line for the defaults"),
}


# Settings a negative value would turn into something else: a negative rule_apart_length
# would tell apart phrases of the same length, the vowel slips rule_apart is for.
NOT_NEGATIVE = {"speech": frozenset({"rule_apart_length"})}
# Settings 0 or less would turn off: no silence or no time at all ends every answer at
# once (silence_timeout_s: every answer silence); no wait at all would try again at once.
POSITIVE = {"speech": ("endpoint_silence_s", "max_answer_s", "silence_timeout_s"),
            "data": ("retry_s",), "screen": ("reconnect_s",)}
# Settings with a smallest and a largest value (None: no bound), and why.
_SPEEDS = (80, 450, "the speeds espeak-ng speaks at, words a minute")
BOUNDS = {"speech": {
    "max_answer_s": (None, MAX_ANSWER_S, "the most of an answer Whisper's encoder takes"),
    # a confidence is 0–1: over 1 every answer would be asked again, below 0 none
    "min_confidence": (0.0, 1.0, "a confidence, 0 to 1"),
    "rate_wpm_a1": _SPEEDS, "rate_wpm_a2": _SPEEDS, "rate_wpm_b1": _SPEEDS}}
# (smaller, larger): the silence that ends an answer after pauses lies between the two
# (asr.capture); a hesitation_s under endpoint_silence_s would cut every answer sooner.
AT_MOST = {"speech": (("endpoint_silence_s", "hesitation_s"),)}


def _section(cls: Any, name: str, given: dict[str, Any], env: dict[str, str],
             file: Path) -> Any:
    known = {f.name: f for f in fields(cls)}
    unknown = set(given) - set(known)
    retired = sorted(unknown & set(RETIRED.get(name, {})))
    if retired:
        raise ConfigError(f"{file}: [{name}] {retired[0]} is no longer used: "
                          f"{RETIRED[name][retired[0]]}")
    if unknown:
        raise ConfigError(f"{file}: unknown key(s) in [{name}]: {', '.join(sorted(unknown))};"
                          f" known: {', '.join(known)}")
    _misspelled_variable(name, known, env)
    values = dict(given)
    # where each value was given: a bad one is mended there
    origin: dict[str, str] = dict.fromkeys(given, str(file))
    for key in known:
        var = f"VALKKY_{name.upper()}_{key.upper()}"
        if var in env:
            values[key], origin[key] = env[var], f"{var} (environment)"
    out = {}
    for key, value in values.items():
        where = f"{origin[key]}: [{name}] {key}"
        out[key] = _convert(value, type(getattr(cls(), key)), where)
        if key in NOT_NEGATIVE.get(name, ()) and out[key] < 0:
            raise ConfigError(f"{where} must be 0 or more, not {out[key]}")
        if key in POSITIVE.get(name, ()) and out[key] <= 0:
            raise ConfigError(f"{where} must be over 0, not {float(out[key])}")
        lowest, highest, why = BOUNDS.get(name, {}).get(key, (None, None, ""))
        if lowest is not None and highest is not None and not lowest <= out[key] <= highest:
            raise ConfigError(f"{where} must be between {lowest} and {highest} ({why}), not "
                              f"{out[key]}")
        if highest is not None and out[key] > highest:
            raise ConfigError(f"{where} must be at most {highest} ({why}), not "
                              f"{float(out[key])}")
    for smaller, larger in AT_MOST.get(name, ()):
        # a larger left at its default follows the smaller up: a config written before the
        # pair was checked (endpoint_silence_s = 1.5 alone) still starts, as it meant to
        if smaller in out and larger not in out:
            out[larger] = max(out[smaller], getattr(cls(), larger))
    section = dataclasses.replace(cls(), **out)
    for smaller, larger in AT_MOST.get(name, ()):
        low, high = getattr(section, smaller), getattr(section, larger)
        if high < low:
            places = dict.fromkeys(origin[k] for k in (larger, smaller) if k in origin)
            raise ConfigError(f"{' and '.join(places)}: [{name}] {larger} must be at least "
                              f"{smaller} ({low}), not {float(high)}")
    return section


def _misspelled_variable(name: str, known: Mapping[str, Any], env: Mapping[str, str]) -> None:
    """A ConfigError for a VALKKY_<SECTION>_<KEY> variable whose key is a slip of a known
    key's (VALKKY_SPEECH_MAX_ANSWR_S): read as nothing, its value would be lost without a
    word. Variables far from every key are other tools' (the systemd unit's
    VALKKY_ROBOT_URL) and left alone."""
    prefix = f"VALKKY_{name.upper()}_"
    for var in sorted(env):
        key = var[len(prefix):].lower()
        if not var.startswith(prefix) or key in known:
            continue
        meant = difflib.get_close_matches(key, list(known), n=1, cutoff=0.8)
        if meant:
            raise ConfigError(f"{var} (environment): no such setting; did you mean "
                              f"{prefix}{meant[0].upper()} ([{name}] {meant[0]})?")


def _convert(value: Any, kind: type, where: str) -> Any:
    """``value`` (TOML's, or an environment variable's text) as ``kind``; ``where``: the
    place and the key, which a ConfigError names."""
    try:
        if kind is bool:
            if isinstance(value, bool):
                return value
            if str(value).lower() in ("1", "true", "yes", "on"):
                return True
            if str(value).lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(value)
        if isinstance(value, bool) or (kind is int and isinstance(value, float)):
            raise ValueError(value)  # TOML's true is no number, though Python takes it for 1
        converted = kind(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{where} must be {kind.__name__}, not {value!r}") from None
    if kind is float and not math.isfinite(converted):  # nan passes every comparison
        raise ConfigError(f"{where} must be a number, not {value!r}")
    return converted
