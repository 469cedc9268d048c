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


def test_models_are_looked_for_in_the_configured_data_dir(tmp_path: Path) -> None:
    """`--config`'s [data] dir holds the speech models too (models_dir once read the
    default settings file, so `valkky --config F models list` looked elsewhere)."""
    data = tmp_path / "data"
    file = tmp_path / "elsewhere.toml"
    file.write_text(f'[data]\ndir = "{data}"\n', encoding="utf-8")
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "xdg-data"), "HOME": str(tmp_path)}
    env.pop("VALKKY_DATA_DIR", None)
    listed = _valkky("--config", str(file), "models", "list", env=env, cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.strip() == f"no models installed under {data / 'models'}"
    doctor = _valkky("--config", str(file), "doctor", env=env, cwd=tmp_path)
    if "faster-whisper is not installed" not in doctor.stdout:
        assert f"no Whisper model in {data / 'models' / 'whisper-base'}" in doctor.stdout
