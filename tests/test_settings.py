"""Settings are built once, from the file, the environment and the flags, and every
command that touches progress uses the same database (once: `valkky run` wrote to the
configured [data] dir while `valkky learners list` read, and made, another)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from valkky.settings import build


def _valkky(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "valkky.cli", *args], capture_output=True,
                          text=True, timeout=60, env=env, cwd=cwd)


def test_run_and_learners_share_the_configured_data_dir(tmp_path: Path,
                                                        good_lesson: Path) -> None:
    data = tmp_path / "data"
    config = tmp_path / "config" / "valkky"
    config.mkdir(parents=True)
    (config / "valkky.toml").write_text(f'[data]\ndir = "{data}"\n', encoding="utf-8")
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "xdg-data"), "HOME": str(tmp_path)}
    env.pop("VALKKY_DATA_DIR", None)
    answers = tmp_path / "answers.txt"
    answers.write_text("moppi\n", encoding="utf-8")
    run = _valkky("run", str(good_lesson), "--learner", "CFG1", "--answers", str(answers),
                  env=env, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    listed = _valkky("learners", "list", env=env, cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "CFG1" in listed.stdout
    assert (data / "progress.db").is_file()
    assert not (tmp_path / "xdg-data").exists()  # no second, empty database elsewhere


def test_a_flag_beats_the_environment_beats_the_file(tmp_path: Path) -> None:
    file = tmp_path / "valkky.toml"
    file.write_text('[data]\ndir = "/from/file"\n[robot]\nusername = "file-user"\n',
                    encoding="utf-8")
    args = argparse.Namespace(config=str(file), db=None)
    assert build(args, env={}).db == Path("/from/file/progress.db")
    assert build(args, env={}).mqtt_username == "file-user"
    assert build(args, env={"VALKKY_DATA_DIR": "/from/env"}).db == Path("/from/env/progress.db")
    args.db = "/from/flag.db"
    assert build(args, env={"VALKKY_DATA_DIR": "/from/env"}).db == Path("/from/flag.db")


def test_nothing_writes_to_the_environment(tmp_path: Path) -> None:
    file = tmp_path / "valkky.toml"
    file.write_text('[robot]\nusername = "u"\npassword = "p"\n', encoding="utf-8")
    before = dict(os.environ)
    settings = build(argparse.Namespace(config=str(file)), env={})
    assert (settings.mqtt_username, settings.mqtt_password) == ("u", "p")
    assert dict(os.environ) == before


def test_the_outboxs_first_retry_wait_is_a_setting(tmp_path: Path) -> None:
    import pytest

    from valkky.errors import ConfigError

    file = tmp_path / "valkky.toml"
    file.write_text("", encoding="utf-8")
    args = argparse.Namespace(config=str(file), db=None)
    assert build(args, env={}).db_retry_s == 0.5
    assert build(args, env={"VALKKY_DATA_RETRY_S": "0.05"}).db_retry_s == 0.05
    for bad in ("0", "-1", "nan"):
        with pytest.raises(ConfigError, match=r"\[data\] retry_s must be more than 0"):
            build(args, env={"VALKKY_DATA_RETRY_S": bad})
