"""`make deploy-check`: deploy/ run end to end on loopback, as a technician installs it.

mosquitto runs with deploy/'s config and ACL (Debian's main config around it) and a
password file made by deploy/make-passwords.sh. Each program runs as its systemd unit's
own ExecStart= with the unit's own environment file, filled in from deploy/env/ (only the
broker's port, the passwords, file paths, the bridge's driver and the lesson's answer
source differ from what is shipped):

- the bridge (valkky-bridge.service, robot valkky-1, `--driver log`),
- a simulator for a second robot (valkky-sim.service, robot valkky-2),
- a lesson (valkky-runtime@AB12.service, the controller's credential, the answers spoken:
  espeak-ng WAVs heard by Whisper where the model is installed, else from a file),
- an operator with the e-stop,
- and the trainer's console (valkky-console.service, the `console` user: the only one
  that reads the lesson's session records), signed in over HTTP, its Live page showing
  the lesson.

The robot acks the lesson's gestures (the runtime's own event log shows them), the
e-stop engages (state says so), wrong credentials are refused, and robot valkky-1's user
cannot touch valkky-2.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import shutil
import signal
import stat
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.deploy.mdwe import mdwe_available, without_write_execute
from tests.deploy.stack import (
    DEPLOY,
    PASSWORDS,
    UNITS,
    WAIT_S,
    Client,
    deploy_broker,
    exec_start,
    read_env_file,
    unit_settings,
)
from valkky.testing.broker import MosquittoBroker
from valkky.testing.wait import wait_until

SANDBOX = Path(__file__).with_name("sandbox.py")
SYSTEM_PYTHON = "/usr/bin/python3"
CLEAN_STOP = (0, 143)  # 143: 128 + SIGTERM, as a program may choose to report it
ANSWERS = "Tämä on moppi\nTämä on ämpäri\n"
# the whole lesson, its answers heard by Whisper: seconds on a quiet machine, more than a
# minute at load ≈ 24 (a safety net like WAIT_S)
LESSON_WAIT_S = 240.0


@dataclass
class Stack:
    broker: MosquittoBroker
    root: Path
    env: dict[str, dict[str, str]]  # unit file name → its environment file, filled in

    def argv(self, unit: str, instance: str = "") -> list[str]:
        argv = exec_start(UNITS / unit, self.env[unit], instance)
        return [self._local(a) for a in argv]

    def _local(self, arg: str) -> str:
        arg = arg.replace("/var/lib/valkky/", f"{self.root}/state/")
        arg = arg.replace("%C/valkky", f"{self.root}/cache")  # CacheDirectory=valkky
        return "0" if arg == "8765" else arg  # the simulator's web view: any free port

    def start(self, unit: str, instance: str = "", **env: str) -> subprocess.Popen[str]:
        """The unit's command inside what of its sandbox runs without systemd
        (tests/deploy/sandbox.py: system calls, address families, W^X memory, umask)."""
        argv = self.argv(unit, instance)
        preexec = None
        if sandbox_available():
            argv = [SYSTEM_PYTHON, str(SANDBOX), str(UNITS / unit), "--", *argv]
        elif "MemoryDenyWriteExecute=yes" in (UNITS / unit).read_text(encoding="utf-8") \
                and mdwe_available():
            preexec = without_write_execute
        log = open(self.root / f"{unit}{instance}.log", "w", encoding="utf-8")  # noqa: SIM115
        proc = subprocess.Popen(argv, env=self.process_env(unit, **env),
                                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                text=True, preexec_fn=preexec)
        log.close()
        return proc

    def process_env(self, unit: str, **extra: str) -> dict[str, str]:
        """What systemd gives the unit: a PATH, a HOME, its Environment= and its
        environment file."""
        home = self.root / "home"
        home.mkdir(exist_ok=True)
        fixed = dict(self._local(v).split("=", 1)
                     for v in unit_settings(UNITS / unit).get("Environment", []))
        return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home),
                "LANG": "C.UTF-8", **fixed, **self.env[unit], **extra}

    def output(self, unit: str, instance: str = "") -> str:
        return (self.root / f"{unit}{instance}.log").read_text(encoding="utf-8")

    def wait_ready(self, unit: str, proc: subprocess.Popen[str], timeout_s: float = WAIT_S
                   ) -> None:
        """Until the robot side says it is ready (its SIGTERM handler is set then)."""
        def ready() -> bool:
            if proc.poll() is not None:  # it died: say so at once
                raise AssertionError(f"{unit} exited with status {proc.returncode}")
            return ": ready;" in self.output(unit)

        try:
            wait_until(ready, timeout_s, f"{unit} to say it is ready")
        except AssertionError as exc:
            raise AssertionError(f"{exc}\n{self.output(unit)}") from None


@functools.cache
def sandbox_available() -> bool:
    """libseccomp's Python module for the system's python3, and systemd-analyze."""
    if not shutil.which("systemd-analyze") or not os.access(SYSTEM_PYTHON, os.X_OK):
        return False
    return subprocess.run([SYSTEM_PYTHON, "-c", "import seccomp"], capture_output=True,
                          timeout=30).returncode == 0


def fill_env(example: Path, port: int, **values: str) -> dict[str, str]:
    """A deploy/env/ example as a technician fills it in."""
    text = example.read_text(encoding="utf-8").replace("127.0.0.1:1883", f"127.0.0.1:{port}")
    env = {}
    for line in text.splitlines():
        key, sep, _ = line.partition("=")
        if sep and not line.lstrip().startswith("#"):
            env[key] = values.get(key, line.partition("=")[2])
    user = values.get("VALKKY_MQTT_USERNAME", env["VALKKY_MQTT_USERNAME"])
    env["VALKKY_MQTT_PASSWORD"] = PASSWORDS[user]
    return env


@pytest.fixture(scope="module")
def stack(passwd_file: Path) -> Iterator[Stack]:
    with tempfile.TemporaryDirectory(prefix="valkky-deploy-check-") as tmp, \
            deploy_broker(Path(tmp), PASSWORDS, passwd_file) as broker:
        root = Path(tmp)
        (root / "state").mkdir(mode=0o700)
        _kept_cache(root / "cache")
        speech = _spoken_answers(root / "state")
        env = {
            "valkky-bridge.service": fill_env(DEPLOY / "env" / "bridge.env", broker.port,
                                              VALKKY_DRIVER="log"),
            "valkky-sim.service": fill_env(DEPLOY / "env" / "sim.env", broker.port,
                                           VALKKY_MQTT_USERNAME="valkky-2"),
            "valkky-runtime@.service": fill_env(
                DEPLOY / "env" / "runtime.env", broker.port,
                VALKKY_SPEECH=speech,
                VALKKY_DATA_DIR=str(root / "state")),
            "valkky-console.service": fill_env(
                DEPLOY / "env" / "console.env", broker.port,
                # any free port, read back from what it prints: a port picked here could
                # be taken by another test process before the console binds it
                VALKKY_CONSOLE_BIND="127.0.0.1:0",
                VALKKY_DATA_DIR=str(root / "state")),
        }
        # Written and read back as systemd would read them.
        etc = root / "etc-valkky"
        etc.mkdir(mode=0o700)
        for unit, values in env.items():
            path = etc / unit.replace("valkky-", "").replace("@", "").replace(".service",
                                                                              ".env")
            path.write_text("".join(f"{k}={v}\n" for k, v in values.items()), encoding="utf-8")
            path.chmod(0o600)
            env[unit] = read_env_file(path)
        yield Stack(broker, root, env)


def _kept_cache(folder: Path) -> None:
    """The console's CacheDirectory= as it is on every start after the first: holding the
    bundled library's lint results, so its first page reads them back instead of linting
    every lesson (≈ 1 s of CPU). They are the suite's own (valkky.testing.library: once a
    test process, kept between runs), brought up to date here if the code changed."""
    from valkky.testing.library import seed_lint_cache

    folder.mkdir(mode=0o700)
    seed_lint_cache(folder, up_to_date=True)


def _spoken_answers(state: Path) -> str:
    """The runtime's VALKKY_SPEECH: the answers spoken (espeak-ng WAVs heard by Whisper,
    as on the robot) where this machine has the model, which `make test` installs; else
    typed, from a file."""
    from valkky.settings import defaults
    from valkky.speech import models

    model = models.whisper_model_path(None, defaults().data)
    if shutil.which("espeak-ng") and model.is_dir() and importlib.util.find_spec(
            "faster_whisper") is not None:
        wavs = []
        for i, line in enumerate(ANSWERS.splitlines()):
            wav = state / f"answer-{i}.wav"
            subprocess.run(["espeak-ng", "-v", "fi", "-s", "130", "-w", str(wav), line],
                           check=True, timeout=30)
            wavs.append(str(wav))
        return f"--asr whisper --model {model} --audio-in {' '.join(wavs)} --tts text"
    answers = state / "answers.txt"
    answers.write_text(ANSWERS, encoding="utf-8")
    return f"--answers {answers} --tts text"


def operator_estop(stack: Stack, operator: Client, robot: str) -> None:
    """As deploy/README.md shows: mosquitto_pub with the operator's password in its
    option file (where mosquitto-clients is installed; else the same with paho)."""
    topic, payload = f"valkky/{robot}/estop", '{"v":1,"engaged":true,"by":"deploy-check"}'
    tool = shutil.which("mosquitto_pub")
    if tool is None:
        operator.publish(topic, payload.encode(), retain=True)
        return
    config = stack.root / "operator-config"
    config.mkdir(mode=0o700, exist_ok=True)
    (config / "mosquitto_pub").write_text(
        f"-h 127.0.0.1\n-p {stack.broker.port}\n-u operator\n-P {PASSWORDS['operator']}\n",
        encoding="utf-8")
    argv = [tool, "-r", "-q", "1", "-t", topic, "-m", payload]
    subprocess.run(argv, env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                              "XDG_CONFIG_HOME": str(config)},
                   check=True, capture_output=True, timeout=10)


def acks(client: Client, robot: str) -> list[dict]:
    return [json.loads(p) for p in client.payloads(f"valkky/{robot}/evt/ack")]


def states(client: Client, robot: str) -> list[dict]:
    return [json.loads(p) for p in client.payloads(f"valkky/{robot}/state")]


def stop(proc: subprocess.Popen[str]) -> int:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        return proc.wait(WAIT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.wait(5)


def test_a_lesson_drives_the_robot_and_the_operator_stops_it(stack: Stack) -> None:
    operator = Client(stack.broker, "operator", PASSWORDS["operator"])
    operator.subscribe("valkky/#")
    console = Client(stack.broker, "console", PASSWORDS["console"])
    console.subscribe("valkky/+/session/events")
    bridge = stack.start("valkky-bridge.service")
    sim = stack.start("valkky-sim.service")
    trainer = stack.start("valkky-console.service", VALKKY_CONSOLE_PASSWORD=CONSOLE_PASSWORD)
    runtime = one = None
    try:
        live = signed_in_live_page(stack, trainer)
        # each look renders the Live page in the console: every 50 ms, not every 5, so the
        # units starting beside it keep the CPU
        wait_until(lambda: "poikki" not in live(), WAIT_S, "the console's link to the broker",
                   poll_s=0.05)
        stack.wait_ready("valkky-bridge.service", bridge)
        stack.wait_ready("valkky-sim.service", sim)
        online = b'"online"'
        assert operator.wait_until(lambda ms: ("valkky/valkky-1/status", online) in ms
                                   and ("valkky/valkky-2/status", online) in ms), \
            stack.output("valkky-bridge.service") + stack.output("valkky-sim.service")

        runtime = stack.start("valkky-runtime@.service", "AB12")
        # The controller's gestures reach the robot, and the robot takes them.
        assert operator.wait_until(lambda ms: any(a["status"] == "started"
                                                  for a in acks(operator, "valkky-1"))), \
            stack.output("valkky-runtime@.service", "AB12")
        sent = {json.loads(p)["id"] for p in operator.payloads("valkky/valkky-1/cmd/gesture")}
        assert {a["id"] for a in acks(operator, "valkky-1")} <= sent

        # The operator's e-stop, mid-lesson: the robot holds, and its state says so.
        operator_estop(stack, operator, "valkky-1")
        assert operator.wait_until(lambda ms: any(s["estop"] for s in states(operator,
                                                                              "valkky-1")))

        # The lesson runs to the end of its answers and stops, resumable (exit 0).
        assert runtime.wait(LESSON_WAIT_S) == 0, stack.output("valkky-runtime@.service", "AB12")
        out = stack.output("valkky-runtime@.service", "AB12")
        assert "not reachable" not in out and "Not authorized" not in out, out
        events = [json.loads(line) for line in
                  (stack.root / "state" / "events.jsonl").read_text().splitlines()]
        heard = [e for e in events if e.get("type") == "ack"]
        assert any(e["status"] == "accepted" for e in heard), events
        verdicts = [e["verdict"] for e in events if e.get("type") == "verdict"]
        assert verdicts[:2] == ["correct", "correct"], verdicts  # heard (or read) right
        # The console read the session as it ran (what was asked, heard and judged);
        # the operator, subscribed to everything, saw none of it.
        told = [json.loads(p)["record"] for p in
                console.payloads("valkky/valkky-1/session/events")]
        assert [r["verdict"] for r in told if r["type"] == "verdict"][:2] == verdicts[:2]
        assert {"session", "ask", "heard", "end"} <= {r["type"] for r in told}, told
        assert not [t for t, _ in operator.messages if "/session/" in t]
        page = live()  # the console's Live page, from its own unit, shows the lesson
        assert "Robotti valkky-1" in page and "AB12" in page and "oikein" in page, page
        db = stack.root / "state" / "progress.db"
        assert db.exists()
        if sandbox_available():  # the unit's UMask=0077: learners' data is the unit's own
            for path in (db, stack.root / "state" / "events.jsonl"):
                assert stat.S_IMODE(path.stat().st_mode) == 0o600, path

        # The simulated second robot is untouched by all of it.
        assert states(operator, "valkky-2")  # it did report, and never an e-stop
        assert not any(s["estop"] for s in states(operator, "valkky-2"))
        assert acks(operator, "valkky-2") == []
        env = stack.env["valkky-bridge.service"]  # robot valkky-1's own credentials
        one = Client(stack.broker, env["VALKKY_MQTT_USERNAME"], env["VALKKY_MQTT_PASSWORD"])
        robot_valkky_1_cannot_touch_valkky_2(operator, one)
    finally:
        stop(trainer)
        codes = [stop(p) for p in (bridge, sim) + ((runtime,) if runtime else ())]
        for client in (operator, console, one):
            if client is not None:
                client.close()
    # SIGTERM (systemctl stop) ends the robot side cleanly: its handler's exit status, not
    # death by the signal (-15).
    assert all(c in CLEAN_STOP for c in codes[:2]), codes


CONSOLE_PASSWORD = "trainer-secret-12"


def signed_in_live_page(stack: Stack, proc: subprocess.Popen[str]) -> Callable[[], str]:
    """Sign in to the console unit over HTTP, as a trainer's browser does; a function
    that fetches its Live page."""
    import http.cookiejar
    import re
    import urllib.parse
    import urllib.request

    url = wait_until(lambda: (proc.poll() is None or _died(stack, proc)) and re.search(
        r"Konsoli \(console\): (http://\S+)/", stack.output("valkky-console.service")),
        WAIT_S, "the console's address")[1]  # ≈ 2 s; far more on a machine under load
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(
        http.cookiejar.CookieJar()))
    html = {"Accept": "text/html"}

    def get(path: str) -> str:
        with opener.open(urllib.request.Request(url + path, headers=html),
                         timeout=WAIT_S) as r:
            return r.read().decode("utf-8")

    csrf = re.search(r'name="csrf" value="([^"]+)"', get("/login"))[1]  # type: ignore[index]
    form = urllib.parse.urlencode({"csrf": csrf, "password": CONSOLE_PASSWORD}).encode()
    with opener.open(urllib.request.Request(url + "/login", data=form, headers=html),
                     timeout=WAIT_S):
        pass
    assert "live-panel" in get("/live"), "not signed in"
    return lambda: get("/live")


def _died(stack: Stack, proc: subprocess.Popen[str]) -> bool:
    raise AssertionError(f"the console exited with status {proc.returncode}:\n"
                         f"{stack.output('valkky-console.service')}")


def test_wrong_credentials_are_refused(stack: Stack) -> None:
    proc = stack.start("valkky-bridge.service", VALKKY_MQTT_PASSWORD="not-the-password")
    try:
        assert proc.wait(WAIT_S) != 0
    finally:
        stop(proc)
    assert "Not authorized" in stack.output("valkky-bridge.service")
    for user, password in ((None, None), ("valkky-1", PASSWORDS["valkky-2"]),
                           ("robot", "robot-secret-12")):
        client = Client(stack.broker, user, password)
        try:
            assert not client.connected.is_set() and client.reason.is_failure, user
        finally:
            client.close()


def robot_valkky_1_cannot_touch_valkky_2(operator: Client, one: Client) -> None:
    """``one``, robot valkky-1 with the bridge's own credentials (bridge.env), tries to
    pass for valkky-2 and to release its e-stop; the simulator of valkky-2 (running, its
    status and state retained) sees none of it, and valkky-1 reads none of valkky-2's
    topics. ``operator`` is subscribed to everything. Part of the lesson's scenario, on
    its simulator: a simulator of its own would cost another start-up."""
    one.subscribe("valkky/valkky-2/#")
    forged = b'{"v":1,"engaged":false,"by":"valkky-1"}'
    one.publish("valkky/valkky-2/estop", forged, retain=True)
    one.publish("valkky/valkky-2/state", b'{"v":1,"estop":false}', retain=True)
    one.publish("valkky/valkky-2/evt/ack", b'{"v":1,"id":"x","status":"done"}')
    operator.publish("valkky/valkky-2/estop",
                     b'{"v":1,"engaged":true,"by":"deploy-check"}', retain=True)
    # The operator's e-stop came after the forgeries; the simulator obeys it.
    assert operator.wait_until(lambda ms: any(s["estop"] for s in states(operator,
                                                                          "valkky-2"))), \
        "the simulator of valkky-2 did not obey the operator's e-stop"
    assert forged not in operator.payloads("valkky/valkky-2/estop"), "a forged e-stop passed"
    assert b'{"v":1,"estop":false}' not in operator.payloads("valkky/valkky-2/state"), \
        "a forged state passed"
    assert acks(operator, "valkky-2") == [], "a forged ack passed"
    assert [t for t, _ in one.messages if t.startswith("valkky/valkky-2/")] == [], \
        "valkky-1 read valkky-2's topics"
