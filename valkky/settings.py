"""The settings of one command, built once in the CLI from the settings file, the
environment and the command line (in that order of strength: a flag wins), then passed
down. Nothing below the CLI reads a flag's raw value, the environment or the file again,
and nothing writes to ``os.environ``.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from valkky.config import Config, load_config


@dataclass(frozen=True)
class Settings:
    config: Config
    db: Path  # the progress database every command that touches progress uses
    model: str | None  # the speech model folder for --asr vosk
    mqtt_username: str | None  # for the robot link, where the URL has none
    mqtt_password: str | None


def default_db(config: Config, env: Mapping[str, str]) -> Path:
    """``[data] dir`` (or VALKKY_DATA_DIR), else ``$XDG_DATA_HOME/valkky``; progress.db."""
    base = config.data.dir or env.get("VALKKY_DATA_DIR")
    if base:
        return Path(base) / "progress.db"
    xdg = env.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(xdg) / "valkky" / "progress.db"


def build(args: argparse.Namespace, env: Mapping[str, str] | None = None) -> Settings:
    """The settings for ``args`` (ConfigError for a bad settings file)."""
    env = os.environ if env is None else env
    config = load_config(getattr(args, "config", None), env=dict(env))
    flag_db = getattr(args, "db", None)
    model = getattr(args, "model", None) or config.speech.model_path or None
    return Settings(
        config=config,
        db=Path(flag_db) if flag_db else default_db(config, env),
        model=model,
        mqtt_username=config.robot.username or env.get("VALKKY_MQTT_USERNAME") or None,
        mqtt_password=config.robot.password or env.get("VALKKY_MQTT_PASSWORD") or None)
