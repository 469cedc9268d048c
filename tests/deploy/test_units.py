"""deploy/systemd: each unit has its own credentials, is hardened (systemd-analyze's
exposure score ≤ 4.0 where systemd-analyze exists), and runs something real."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.deploy.mdwe import mdwe_available, without_write_execute
from tests.deploy.stack import DEPLOY, UNITS, exec_start, read_env_file, unit_settings

UNIT_FILES = sorted(p.name for p in UNITS.glob("*.service"))
ENV_OF = {"valkky-bridge.service": "bridge.env", "valkky-sim.service": "sim.env",
          "valkky-runtime@.service": "runtime.env", "valkky-console.service": "console.env"}
MAX_EXPOSURE = 4.0


def test_the_units_are_the_four_expected() -> None:
    assert sorted(ENV_OF) == UNIT_FILES


@pytest.mark.parametrize("name", UNIT_FILES)
def test_security_exposure_is_at_most_4(name: str, tmp_path: Path) -> None:
    tool = shutil.which("systemd-analyze")
    if not tool:
        pytest.skip("systemd-analyze is not installed")
    unit = UNITS / name
    if name.endswith("@.service"):  # a template is analysed as one of its instances
        unit = tmp_path / name.replace("@.", "@ab12.")
        shutil.copyfile(UNITS / name, unit)
    result = subprocess.run([tool, "security", "--offline=true", "--no-pager", str(unit)],
                            capture_output=True, text=True, timeout=60)
    found = re.search(r"Overall exposure level for \S+: (\d+\.\d+)", result.stdout)
    assert found, result.stdout[-2000:] + result.stderr[-2000:]
    assert float(found.group(1)) <= MAX_EXPOSURE, result.stdout


@pytest.mark.parametrize("name", UNIT_FILES)
def test_systemd_reads_each_unit_without_a_complaint(name: str, tmp_path: Path) -> None:
    """`systemd-analyze verify`: no unknown key, no bad value (each would be ignored, a
    protection silently lost). The installed path of valkky becomes this checkout's."""
    tool = shutil.which("systemd-analyze")
    if not tool:
        pytest.skip("systemd-analyze is not installed")
    unit = tmp_path / name.replace("@.", "@ab12.")
    valkky = Path(sys.executable).parent / "valkky"
    unit.write_text((UNITS / name).read_text(encoding="utf-8").replace(
        "/opt/valkky/.venv/bin/valkky", str(valkky if valkky.exists() else "/bin/true")),
        encoding="utf-8")
    result = subprocess.run([tool, "verify", str(unit)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0 and result.stdout + result.stderr == "", \
        result.stdout + result.stderr


@pytest.mark.parametrize("name", UNIT_FILES)
def test_each_unit_reads_its_own_credentials(name: str) -> None:
    settings = unit_settings(UNITS / name)
    assert settings["EnvironmentFile"] == [f"/etc/valkky/{ENV_OF[name]}"]
    env = read_env_file(DEPLOY / "env" / ENV_OF[name])
    assert env["VALKKY_MQTT_PASSWORD"] == "CHANGE-ME"
    # Every variable the command line uses is set in the unit's own file.
    line = settings["ExecStart"][0]
    used = set(re.findall(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)", line))
    assert used <= set(env), used - set(env)
    user = env["VALKKY_MQTT_USERNAME"]
    if name.startswith("valkky-runtime"):
        assert user == "controller"
        assert env["VALKKY_ROBOT_URL"].startswith("mqtt://")
    elif name == "valkky-console.service":  # the only reader of the session topics
        assert user == "console"
        assert env["VALKKY_CONSOLE_BROKER"].startswith("mqtt://")
        assert env["VALKKY_CONSOLE_BIND"].startswith("127.0.0.1:")
    else:
        # A robot's user is its robot id, and the unit takes the id from the user name.
        assert re.fullmatch(r"[a-z0-9-]{1,64}", user) and user not in ("controller",
                                                                        "operator",
                                                                        "console")
        argv = exec_start(UNITS / name, env)
        assert argv[argv.index("--robot") + 1] == user


@pytest.mark.parametrize("name", UNIT_FILES)
def test_each_unit_is_hardened(name: str) -> None:
    """What systemd-analyze scores, checked also where it is not installed."""
    s = {k: v[-1] for k, v in unit_settings(UNITS / name).items()}
    assert s["User"] == "valkky" and s["UMask"] == "0077"
    for key in ("NoNewPrivileges", "ProtectHome", "PrivateTmp", "ProtectKernelTunables",
                "ProtectKernelModules", "ProtectControlGroups", "RestrictSUIDSGID",
                "LockPersonality", "RestrictNamespaces", "RestrictRealtime"):
        assert s[key] == "yes", key
    assert s["ProtectSystem"] == "strict" and s["CapabilityBoundingSet"] == ""
    assert s["RestrictAddressFamilies"] == "AF_INET AF_INET6 AF_UNIX"
    assert "@system-service" in unit_settings(UNITS / name)["SystemCallFilter"]
    devices = unit_settings(UNITS / name).get("DeviceAllow", [])
    if name == "valkky-bridge.service":  # the Maestro's serial port, nothing else
        assert s["DevicePolicy"] == "closed" and devices == ["char-ttyACM rw"]
    elif name.startswith("valkky-runtime"):  # the microphone and the loudspeaker
        assert s["DevicePolicy"] == "closed" and devices == ["char-alsa rw"]
        assert s["StateDirectory"] == "valkky" and s["StateDirectoryMode"] == "0700"
    else:
        assert s["PrivateDevices"] == "yes" and devices == []
    if name == "valkky-console.service":  # the progress it shows and the password file
        assert s["StateDirectory"] == "valkky" and s["StateDirectoryMode"] == "0700"
        # its lint cache, kept between starts where it may write (ProtectHome= hides ~)
        assert s["CacheDirectory"] == "valkky" and s["CacheDirectoryMode"] == "0700"
        assert "VALKKY_CACHE_DIR=%C/valkky" in unit_settings(UNITS / name)["Environment"]
    assert s.get("MemoryDenyWriteExecute") == (None if name.startswith("valkky-runtime")
                                               else "yes")


def test_the_runtime_runs_a_lesson_for_the_learner_it_is_started_for() -> None:
    env = read_env_file(DEPLOY / "env" / "runtime.env")
    argv = exec_start(UNITS / "valkky-runtime@.service", env, instance="AB12")
    assert argv[1:3] == ["run", env["VALKKY_LESSON"]]
    assert argv[argv.index("--learner") + 1] == "AB12"
    # Spoken: the microphone (Whisper) and the loudspeaker, not typed answers from nowhere.
    assert argv[argv.index("--asr") + 1] == "whisper"
    assert argv[argv.index("--tts") + 1] == "espeak"
    assert "--no-store" not in argv
    assert argv[argv.index("--db") + 1].startswith("/var/lib/valkky/")
    assert argv[argv.index("--events") + 1].startswith("/var/lib/valkky/")


def test_why_the_runtime_allows_writable_executable_memory() -> None:
    """The microphone's PortAudio callback is a cffi callback: under
    MemoryDenyWriteExecute (here the kernel's equivalent, PR_SET_MDWE) it cannot be made."""
    if not mdwe_available():
        pytest.skip("this kernel has no PR_SET_MDWE")
    pytest.importorskip("cffi")
    code = ("import cffi\n"
            "cffi.FFI().callback('int(int)', lambda x: x)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            preexec_fn=without_write_execute, timeout=60)
    assert result.returncode != 0 and "write+execute" in result.stderr


def test_the_shipped_runtime_command_line_is_one_valkky_run_accepts(tmp_path: Path) -> None:
    """runtime.env as shipped (microphone, loudspeaker, a model path): `valkky run` takes
    the command line (a usage error would be exit 2) and stops only for what this machine
    lacks: a microphone or the model."""
    env = read_env_file(DEPLOY / "env" / "runtime.env")
    argv = [a.replace("/var/lib/valkky/", f"{tmp_path}/") for a in
            exec_start(UNITS / "valkky-runtime@.service", env, instance="AB12")]
    argv[argv.index("--robot") + 1] = "mqtt://127.0.0.1:1/valkky-1"  # nothing listens
    result = subprocess.run(argv, capture_output=True, text=True, stdin=subprocess.DEVNULL,
                            timeout=60, env={
                                "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                                **env, "VALKKY_DATA_DIR": str(tmp_path),
                                "VALKKY_SPEECH_MODEL_PATH": str(tmp_path / "no-model")})
    assert result.returncode == 1, result.stderr
    assert "usage:" not in result.stderr
    assert "microphone" in result.stderr or "model" in result.stderr, result.stderr
