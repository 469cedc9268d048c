"""The settings of one command, built once in the CLI from the settings file, the
environment and the command line (in that order of strength: a flag wins), then passed
down. Nothing below the CLI reads the environment or the file again, or resolves a choice
the file could also make; nothing writes to ``os.environ`` or back into the flags.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from valkky.config import Config, load_config
from valkky.dbtarget import parse_target


@dataclass(frozen=True)
class Settings:
    config: Config
    # the progress database every command that touches progress uses: a SQLite file, or
    # a PostgreSQL URL (postgresql://user@host:port/dbname) shared by a fleet of robots
    db: Path | str
    model: str | None  # the speech model folder for --asr vosk
    mqtt_username: str | None  # for the robot link, where the URL has none
    mqtt_password: str | None
    # where answers wait on this robot while a PostgreSQL database is unreachable
    outbox: Path = Path("outbox.db")
    # how answers are heard and lines spoken (--asr/--tts, else [speech] asr/tts): "auto"
    # is left for the runtime to pick against what the machine has
    asr: str = "auto"
    tts: str = "auto"
    # False where the robot's broker is known to speak MQTT 3.1.1 only (the demo's
    # embedded one): the robot link connects with 3.1.1 at once instead of trying 5 first
    broker_mqtt5: bool = True
    # the data dir (``data_dir``): progress, the outbox and the installed speech models
    data: Path = Path("valkky-data")

    @property
    def db_retry_s(self) -> float:
        """PostgreSQL unreachable: the outbox's first wait before it tries again."""
        return self.config.data.retry_s

    @property
    def screen_reconnect_s(self) -> float:
        """The screen page's reconnect wait after a broken link."""
        return self.config.screen.reconnect_s

    def owns_folder_of(self, db: Path | str) -> bool:
        """``db`` is a file in the data dir, which is ours to make private (a folder
        named with --db may be shared, and is left as it is)."""
        return isinstance(db, Path) and db.parent == self.data


def data_dir(config: Config, env: Mapping[str, str]) -> Path:
    """``[data] dir`` (or VALKKY_DATA_DIR), else ``$XDG_DATA_HOME/valkky``."""
    base = config.data.dir or env.get("VALKKY_DATA_DIR")
    if base:
        return Path(base)
    xdg = env.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(xdg) / "valkky"


def default_db(config: Config, env: Mapping[str, str]) -> Path:
    """progress.db in the data dir (``data_dir``)."""
    return data_dir(config, env) / "progress.db"


def default_outbox(config: Config, env: Mapping[str, str]) -> Path:
    """outbox.db in the data dir: answers waiting for an unreachable PostgreSQL."""
    return data_dir(config, env) / "outbox.db"


def build(args: argparse.Namespace, env: Mapping[str, str] | None = None) -> Settings:
    """The settings for ``args`` (ConfigError for a bad settings file)."""
    env = os.environ if env is None else env
    config = load_config(getattr(args, "config", None), env=dict(env))
    flag_db = getattr(args, "db", None)
    model = getattr(args, "model", None) or config.speech.model_path or None
    return Settings(
        config=config,
        db=parse_target(flag_db) if flag_db else
        parse_target(config.data.db, f"{config.source}: [data] db") if config.data.db else
        default_db(config, env),
        model=model,
        mqtt_username=config.robot.username or env.get("VALKKY_MQTT_USERNAME") or None,
        mqtt_password=config.robot.password or env.get("VALKKY_MQTT_PASSWORD") or None,
        outbox=default_outbox(config, env),
        data=data_dir(config, env),
        asr=getattr(args, "asr", None) or config.speech.asr,
        tts=getattr(args, "tts", None) or config.speech.tts)


def defaults() -> Settings:
    """The settings of a command given no flags (the machine's settings file and the
    environment): for tools such as bench/ that find what `valkky` would."""
    return build(argparse.Namespace())


def for_database(db: Path | str, *, data: Path | None = None) -> Settings:
    """The settings of a command given ``--db`` alone (no settings file, no environment),
    with ``data`` as its data dir (default: the database file's folder): for tools and
    tests that open a database of their own."""
    if data is None:
        if not isinstance(db, Path):
            raise ValueError(f"{db}: a database URL's settings need a data dir")
        data = db.parent
    return Settings(config=Config(), db=db, model=None, mqtt_username=None,
                    mqtt_password=None, outbox=data / "outbox.db", data=data)
