"""Settings are built once, from the file, the environment and the flags, and every
command that touches progress uses the same database (once: `valkky run` wrote to the
configured [data] dir while `valkky learners list` read, and made, another)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest

from valkky.cli import main
from valkky.launch import whisper_model
from valkky.settings import build


class Ran(NamedTuple):
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def valkky(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
           ) -> Callable[..., Ran]:
    """`valkky ARGS` as a command started with ``env`` as its whole environment, in ``cwd``:
    run in this process (each command builds its settings from them when it starts; a
    process's start-up saved), the environment and folder put back after."""
    def run(*args: str, env: dict[str, str], cwd: Path) -> Ran:
        with monkeypatch.context() as m:
            for name in set(os.environ) - set(env):
                m.delenv(name)
            for name, value in env.items():
                m.setenv(name, value)
            m.chdir(cwd)
            capsys.readouterr()
            code = main(list(args))
            out, err = capsys.readouterr()
        return Ran(code, out, err)

    return run


def test_run_and_learners_share_the_configured_data_dir(tmp_path: Path, good_lesson: Path,
                                                        valkky: Callable[..., Ran]) -> None:
    data = tmp_path / "data"
    config = tmp_path / "config" / "valkky"
    config.mkdir(parents=True)
    (config / "valkky.toml").write_text(f'[data]\ndir = "{data}"\n', encoding="utf-8")
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "xdg-data"), "HOME": str(tmp_path)}
    env.pop("VALKKY_DATA_DIR", None)
    answers = tmp_path / "answers.txt"
    answers.write_text("moppi\n", encoding="utf-8")
    run = valkky("run", str(good_lesson), "--learner", "CFG1", "--answers", str(answers),
                  env=env, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    listed = valkky("learners", "list", env=env, cwd=tmp_path)
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


def test_models_are_looked_for_in_the_configured_data_dir(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`--config`'s [data] dir holds the speech models too (models_dir once read the
    default settings file, so `valkky --config F models list` looked elsewhere)."""
    monkeypatch.delenv("VALKKY_DATA_DIR")
    data = tmp_path / "data"
    file = tmp_path / "elsewhere.toml"
    file.write_text(f'[data]\ndir = "{data}"\n', encoding="utf-8")
    assert main(["--config", str(file), "models", "list"]) == 0
    assert capsys.readouterr().out.strip() == f"no models installed under {data / 'models'}"
    settings = build(argparse.Namespace(config=str(file)), env={})
    assert whisper_model(settings) == data / "models" / "whisper-base"


def test_the_default_data_dir_is_made_private_by_a_command(
        tmp_path: Path, good_lesson: Path, valkky: Callable[..., Ran]) -> None:
    """The data dir is ours, so a run tightens it even when it already existed (the CLI
    names the default database explicitly, which once counted as a folder given with --db,
    which may be shared and is left as it is)."""
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    data.chmod(0o755)
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    env = {**os.environ, "VALKKY_DATA_DIR": str(data), "XDG_CONFIG_HOME": str(tmp_path / "c")}
    answers = tmp_path / "answers.txt"
    answers.write_text("moppi\n", encoding="utf-8")
    for db in ([], ["--db", str(shared / "progress.db")]):
        run = valkky("run", str(good_lesson), "--learner", "P1", "--answers", str(answers),
                      *db, env=env, cwd=tmp_path)
        assert run.returncode == 0, run.stderr
    assert (data.stat().st_mode & 0o777, shared.stat().st_mode & 0o777) == (0o700, 0o755)


def test_the_outboxs_first_retry_wait_is_a_setting(tmp_path: Path) -> None:
    import pytest

    from valkky.errors import ConfigError

    file = tmp_path / "valkky.toml"
    file.write_text("", encoding="utf-8")
    args = argparse.Namespace(config=str(file), db=None)
    assert build(args, env={}).db_retry_s == 0.5
    assert build(args, env={"VALKKY_DATA_RETRY_S": "0.05"}).db_retry_s == 0.05
    for bad in ("0", "-1", "nan"):  # it would try again without a pause
        with pytest.raises(ConfigError, match=r"^VALKKY_DATA_RETRY_S \(environment\): "
                           r"\[data\] retry_s must be (over 0|a number)"):
            build(args, env={"VALKKY_DATA_RETRY_S": bad})
