"""deploy/ run for real on loopback: the broker as deploy/README.md installs it, the
systemd units' own command lines, and MQTT clients for each role.

Only what cannot be the same on a test machine is rewritten: the listener's port, file
paths (into a temporary folder) and the bridge's driver (`log` instead of a Maestro).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from valkky.paths import ROOT
from valkky.testing.broker import MosquittoBroker, free_port

DEPLOY = ROOT / "deploy"
UNITS = DEPLOY / "systemd"

# The bound on every wait here: only a safety net (a wait ends as soon as its state is
# there), so it is set for a CI machine under load, where each unit's start-up (≈ 1 s of
# CPU here) takes ten times as long and the broker's answers wait for a core.
WAIT_S = 60.0

# Debian 12's /etc/mosquitto/mosquitto.conf, used when this machine has none: deploy's
# valkky.conf is included from it, so the two must not clash (2.0.11 refuses a repeated
# persistence_location).
DEBIAN_MAIN_CONF = """\
pid_file /run/mosquitto/mosquitto.pid

persistence true
persistence_location /var/lib/mosquitto/

log_dest file /var/log/mosquitto/mosquitto.log

include_dir /etc/mosquitto/conf.d
"""


# Each role's and each robot's password (deploy/make-passwords.sh: 12 characters or more).
PASSWORDS = {"controller": "controller-secret-1", "operator": "operator-secret-1",
             "console": "console-secret-1", "valkky-1": "robot-one-secret",
             "valkky-2": "robot-two-secret"}


def make_passwords(passwd: Path, passwords: dict[str, str]) -> subprocess.CompletedProcess:
    """deploy/make-passwords.sh, passwords from the environment as the README shows."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           **{"VALKKY_PW_" + user.upper().replace("-", "_"): pw
              for user, pw in passwords.items()}}
    return subprocess.run(["bash", str(DEPLOY / "make-passwords.sh"), "-f", str(passwd),
                           *passwords], env=env, check=True, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=30)


def _mosquitto_ids() -> tuple[int, int] | None:
    """The uid and gid mosquitto drops to when started as root."""
    if os.geteuid() != 0:
        return None
    import pwd

    try:
        entry = pwd.getpwnam("mosquitto")
    except KeyError:
        return None
    return entry.pw_uid, entry.pw_gid


def deploy_broker(files: Path, passwords: dict[str, str], made: Path | None = None
                  ) -> MosquittoBroker:
    """A MosquittoBroker (not started) configured as deploy/README.md installs it; its
    password file a copy of ``made`` (make_passwords' for the same ``passwords``, kept
    once a session: hashing them is the dearest part) or made here."""
    files.chmod(0o755)  # mosquitto started as root drops to its own user, who must read
    etc = files / "etc"
    etc.mkdir()
    etc.chmod(0o755)
    persist = files / "persist"
    persist.mkdir()
    ids = _mosquitto_ids()
    if ids:
        os.chown(persist, *ids)
    passwd = etc / "passwd"
    if made is None:
        make_passwords(passwd, passwords)
    else:  # its mode and owners too (root:mosquitto 0640 when we are root)
        shutil.copy2(made, passwd)
        if ids:
            os.chown(passwd, made.stat().st_uid, made.stat().st_gid)
    acl = etc / "acl"
    shutil.copyfile(DEPLOY / "mosquitto" / "acl", acl)
    acl.chmod(0o640 if ids else 0o600)
    if ids:
        os.chown(acl, 0, ids[1])

    # Debian's main config, including deploy's valkky.conf from a conf.d of its own.
    port = free_port()
    conf_d = files / "conf.d"
    conf_d.mkdir()
    conf_d.chmod(0o755)
    valkky = (DEPLOY / "mosquitto" / "valkky.conf").read_text(encoding="utf-8")
    assert "listener 1883 127.0.0.1" in valkky
    (conf_d / "valkky.conf").write_text(
        valkky.replace("/etc/mosquitto/valkky/", f"{etc}/")
              .replace("listener 1883 127.0.0.1", f"listener {port} 127.0.0.1"),
        encoding="utf-8")
    (conf_d / "valkky.conf").chmod(0o644)
    main = Path("/etc/mosquitto/mosquitto.conf")
    main_text = main.read_text(encoding="utf-8") if main.is_file() else DEBIAN_MAIN_CONF
    lines = []
    for line in main_text.splitlines():
        key = line.split(maxsplit=1)[0] if line.strip() else ""
        if key == "pid_file":
            continue
        if key == "persistence_location":
            line = f"persistence_location {persist}/"
        elif key == "log_dest":
            line = "log_dest stderr"
        elif key == "include_dir":
            line = f"include_dir {conf_d}"
        lines.append(line)
    assert f"include_dir {conf_d}" in lines, "the main config includes no conf.d"
    return MosquittoBroker(port=port, config="\n".join(lines).replace("{", "{{")
                           .replace("}", "}}") + "\n")


class Client:
    """A paho client of one role, recording what it receives."""

    def __init__(self, broker: MosquittoBroker, user: str | None, password: str | None):
        import paho.mqtt.client as mqtt

        self.connected = threading.Event()
        self.answered = threading.Event()
        self.reason = None
        self.messages: list[tuple[str, bytes]] = []
        self.got = threading.Condition()
        self.client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2)
        if user:
            self.client.username_pw_set(user, password)
        self.client.on_connect = self._on_connect
        self.client.on_message = self._on_message
        self.client.on_subscribe = self._on_subscribe
        self.disconnected = threading.Event()
        self.client.reconnect_delay_set(0.05, 0.2)  # close() never waits a 1 s back-off
        self.client.on_disconnect = lambda *_: self.disconnected.set()
        self.subscribed: set[int] = set()
        self.client.connect(broker.host, broker.port)
        self.client.loop_start()
        assert self.answered.wait(WAIT_S), "the broker did not answer the connection"

    def _on_connect(self, _c, _u, _f, reason, _p) -> None:
        self.reason = reason
        if not reason.is_failure:
            self.connected.set()
        self.answered.set()

    def _on_message(self, _c, _u, msg) -> None:
        with self.got:
            self.messages.append((msg.topic, msg.payload))
            self.got.notify_all()

    def _on_subscribe(self, _c, _u, mid, _codes, _p) -> None:
        with self.got:
            self.subscribed.add(mid)
            self.got.notify_all()

    def subscribe(self, topic: str) -> None:
        """Subscribe and wait for the broker's acknowledgement (bounded)."""
        result, mid = self.client.subscribe(topic, 1)
        assert result == 0
        with self.got:
            assert self.got.wait_for(lambda: mid in self.subscribed, WAIT_S)

    def publish(self, topic: str, payload: bytes = b'{"v":1}', retain: bool = False) -> None:
        self.client.publish(topic, payload, 1, retain).wait_for_publish(WAIT_S)

    def wait_until(self, found: Callable[[list[tuple[str, bytes]]], bool],
                   timeout_s: float = WAIT_S) -> bool:
        with self.got:
            return self.got.wait_for(lambda: found(self.messages), timeout_s)

    def wait_for(self, topic: str, timeout_s: float = WAIT_S) -> bool:
        return self.wait_until(lambda ms: any(t == topic for t, _ in ms), timeout_s)

    def payloads(self, topic: str) -> list[bytes]:
        with self.got:
            return [p for t, p in self.messages if t == topic]

    def close(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()


# -- systemd units -------------------------------------------------------------------------


def unit_settings(path: Path) -> dict[str, list[str]]:
    """Every `Key=value` of a unit file, values in order (continuation lines joined)."""
    settings: dict[str, list[str]] = {}
    text = path.read_text(encoding="utf-8").replace("\\\n", " ")
    for line in text.splitlines():
        line = line.strip()
        if not line or line[0] in "#;[" or "=" not in line:
            continue
        key, value = line.split("=", 1)
        settings.setdefault(key.strip(), []).append(value.strip())
    return settings


def read_env_file(path: Path) -> dict[str, str]:
    """A systemd EnvironmentFile= (KEY=VALUE lines; # comments; optional quotes)."""
    env = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line[0] in "#;":
            continue
        key, _, value = line.partition("=")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        env[key.strip()] = value
    return env


def exec_start(unit: Path, env: dict[str, str], instance: str = "") -> list[str]:
    """The unit's ExecStart= as systemd would run it: %i is the instance, ${VAR} one
    word, $VAR split on white space; the installed valkky becomes this checkout's."""
    (line,) = unit_settings(unit)["ExecStart"]
    line = line.lstrip("-@:+!")
    argv: list[str] = []
    for word in shlex.split(line.replace("%i", instance).replace("%I", instance)):
        if re.fullmatch(r"\$[A-Za-z_][A-Za-z0-9_]*", word):
            argv.extend(env.get(word[1:], "").split())
            continue
        argv.append(re.sub(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}",
                           lambda m: env.get(m.group(1), ""), word))
    if argv[0] == "/opt/valkky/.venv/bin/valkky":
        script = Path(sys.executable).parent / "valkky"
        argv[0] = str(script) if script.exists() else (shutil.which("valkky") or "valkky")
    return argv
