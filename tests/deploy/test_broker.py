"""deploy/'s broker configuration, run for real as deploy/README.md installs it: no
anonymous access, a password per role and per robot, an ACL that keeps each robot to its
own topics, a size cap, and a retained e-stop that survives a restart."""

from __future__ import annotations

import os
import stat
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.deploy.stack import DEPLOY, PASSWORDS, WAIT_S, Client, deploy_broker, make_passwords
from valkky.testing.broker import MosquittoBroker


@pytest.fixture(scope="module")
def broker(passwd_file: Path) -> Iterator[MosquittoBroker]:
    """The module's one broker as deploy/README.md installs it (tests use their own
    clients, and leave nothing retained)."""
    with tempfile.TemporaryDirectory(prefix="valkky-deploy-") as tmp, \
            deploy_broker(Path(tmp), PASSWORDS, passwd_file) as running:
        yield running


def connect(broker: MosquittoBroker, user: str | None, password: str | None = None) -> Client:
    return Client(broker, user, password or PASSWORDS.get(user or ""))


def test_anonymous_and_wrong_passwords_are_refused(broker: MosquittoBroker) -> None:
    for user, password in ((None, None), ("valkky-1", "not-the-password"),
                           ("valkky-1", PASSWORDS["valkky-2"]), ("robot", "robot-secret-12")):
        client = connect(broker, user, password)
        try:
            assert not client.connected.is_set() and client.reason.is_failure, user
        finally:
            client.close()


def test_the_acl_of_each_role(broker: MosquittoBroker) -> None:
    operator, robot, controller = (connect(broker, u) for u in ("operator", "valkky-1",
                                                                "controller"))
    try:
        assert operator.connected.is_set() and robot.connected.is_set()
        operator.subscribe("valkky/#")
        robot.subscribe("valkky/valkky-1/cmd/#")
        robot.subscribe("valkky/valkky-1/estop")
        # A robot cannot command a robot; its own reports go through. The ack is published
        # after the forbidden gesture, so once it arrives the gesture would have too.
        robot.publish("valkky/valkky-1/cmd/gesture")
        robot.publish("valkky/valkky-1/evt/ack")
        assert operator.wait_for("valkky/valkky-1/evt/ack")
        assert operator.payloads("valkky/valkky-1/cmd/gesture") == []
        # The controller may command; the robot receives it.
        controller.publish("valkky/valkky-1/cmd/gesture", b'{"v":1,"from":"controller"}')
        assert robot.wait_for("valkky/valkky-1/cmd/gesture")
        # Only operators may publish the e-stop.
        controller.publish("valkky/valkky-1/estop", b'{"v":1,"engaged":true,"by":"ctl"}')
        operator.publish("valkky/valkky-1/estop", b'{"v":1,"engaged":false,"by":"op"}')
        assert robot.wait_for("valkky/valkky-1/estop")
        assert robot.payloads("valkky/valkky-1/estop") == [b'{"v":1,"engaged":false,"by":"op"}']
    finally:
        for c in (operator, robot, controller):
            c.close()


def test_a_robot_cannot_touch_another_robot(broker: MosquittoBroker) -> None:
    operator, one, two, controller = (connect(broker, u) for u in (
        "operator", "valkky-1", "valkky-2", "controller"))
    try:
        operator.subscribe("valkky/#")
        two.subscribe("valkky/valkky-2/cmd/#")
        # valkky-1 may subscribe to valkky-2's commands, but is never sent any.
        one.subscribe("valkky/valkky-2/#")
        # valkky-1 posing as valkky-2: acks, errors, state and status all dropped.
        for kind in ("evt/ack", "evt/error", "state", "status"):
            one.publish(f"valkky/valkky-2/{kind}", b'{"v":1,"from":"valkky-1"}')
        one.publish("valkky/valkky-2/cmd/gesture", b'{"v":1,"from":"valkky-1"}')
        two.publish("valkky/valkky-2/state", b'{"v":1,"from":"valkky-2"}')
        controller.publish("valkky/valkky-2/cmd/gesture", b'{"v":1,"from":"controller"}')
        # Everything above was published before these arrived: had the broker forwarded
        # any of it, it would be here by now.
        assert operator.wait_for("valkky/valkky-2/state")
        assert two.wait_for("valkky/valkky-2/cmd/gesture")
        assert operator.wait_for("valkky/valkky-2/cmd/gesture")
        mine = [(t, p) for t, p in operator.messages if t.startswith("valkky/valkky-2/")]
        assert mine == [("valkky/valkky-2/state", b'{"v":1,"from":"valkky-2"}'),
                        ("valkky/valkky-2/cmd/gesture", b'{"v":1,"from":"controller"}')]
        assert two.payloads("valkky/valkky-2/cmd/gesture") == [b'{"v":1,"from":"controller"}']
        # And valkky-1 received nothing of valkky-2's: the operator's e-stop for
        # valkky-1 arrives after the command it would have seen.
        one.subscribe("valkky/valkky-1/estop")
        operator.publish("valkky/valkky-1/estop", b'{"v":1,"engaged":false,"by":"op"}')
        assert one.wait_for("valkky/valkky-1/estop")
        assert [t for t, _ in one.messages if t.startswith("valkky/valkky-2/")] == []
    finally:
        for c in (operator, one, two, controller):
            c.close()


def test_only_the_console_reads_sessions_and_only_it_controls_them(
        broker: MosquittoBroker) -> None:
    """The session topics (docs/protocol.md): the controller writes a session's records
    and only the console reads them; the console's pause and stop reach the controller
    and nobody else may send one; the console presses the e-stop as an operator does."""
    users = ("console", "controller", "operator", "valkky-1", "valkky-2")
    console, controller, operator, robot, other = (connect(broker, u) for u in users)
    events, control = "valkky/valkky-1/session/events", "valkky/valkky-1/session/control"
    try:
        for client in (console, operator, robot, other):
            client.subscribe("valkky/#")
        controller.subscribe(control)
        # A robot (or another) posing as the runtime, and the console posing as it: dropped.
        for client in (robot, other, operator, console):
            client.publish(events, b'{"v":1,"from":"impostor"}')
        controller.publish(events, b'{"v":1,"from":"controller"}')
        controller.publish("valkky/valkky-1/session/error", b'{"v":1,"from":"controller"}')
        assert console.wait_for("valkky/valkky-1/session/error")
        assert console.payloads(events) == [b'{"v":1,"from":"controller"}']
        # Only the console may pause or stop; the runtime hears it.
        for client in (robot, other, operator):
            client.publish(control, b'{"v":1,"from":"impostor"}')
        console.publish(control, b'{"v":1,"from":"console"}')
        assert controller.wait_for(control)
        # The console's e-stop reaches the robot; it may not command the robot.
        console.publish("valkky/valkky-1/cmd/gesture", b'{"v":1,"from":"console"}')
        console.publish("valkky/valkky-1/estop", b'{"v":1,"engaged":true,"by":"console"}')
        assert robot.wait_for("valkky/valkky-1/estop")
        assert operator.wait_for("valkky/valkky-1/estop")
        assert console.wait_for("valkky/valkky-1/estop")
        assert controller.payloads(control) == [b'{"v":1,"from":"console"}']
        # Nobody but the console saw a session record, though all of them subscribed to
        # everything; and the robot never got the console's gesture.
        for client in (operator, robot, other):
            assert not [t for t, _ in client.messages if "/session/" in t], client
        assert robot.payloads("valkky/valkky-1/cmd/gesture") == []
    finally:
        for c in (console, controller, operator, robot, other):
            c.close()


def test_oversized_messages_are_not_forwarded(broker: MosquittoBroker) -> None:
    operator, robot = connect(broker, "operator"), connect(broker, "valkky-1")
    big_command, big_report = connect(broker, "controller"), connect(broker, "valkky-1")
    controller = connect(broker, "controller")
    try:
        robot.subscribe("valkky/valkky-1/cmd/#")
        operator.subscribe("valkky/valkky-1/evt/#")
        # 100 KB from either side: the sender is cut off before the broker buffers it.
        big_command.client.publish("valkky/valkky-1/cmd/show", b"x" * 100_000)
        big_report.client.publish("valkky/valkky-1/evt/error", b"z" * 100_000)
        assert big_command.disconnected.wait(WAIT_S) and big_report.disconnected.wait(WAIT_S)
        # The codec's own cap, 16 KiB, passes.
        controller.publish("valkky/valkky-1/cmd/speech", b"y" * 16 * 1024)
        robot.publish("valkky/valkky-1/evt/ack", b"{}")
        assert robot.wait_for("valkky/valkky-1/cmd/speech")
        assert operator.wait_for("valkky/valkky-1/evt/ack")
        assert robot.payloads("valkky/valkky-1/cmd/show") == []
        assert operator.payloads("valkky/valkky-1/evt/error") == []
    finally:
        for c in (operator, robot, big_command, big_report, controller):
            c.close()


def test_the_retained_estop_survives_a_broker_restart(broker: MosquittoBroker) -> None:
    estop = b'{"v":1,"engaged":true,"by":"technician"}'
    operator = connect(broker, "operator")
    robot = None
    try:
        operator.publish("valkky/valkky-1/estop", estop, retain=True)
        operator.close()
        broker.stop()  # SIGTERM, as systemctl restart does
        broker.start()
        robot = connect(broker, "valkky-1")
        robot.subscribe("valkky/valkky-1/estop")
        assert robot.wait_for("valkky/valkky-1/estop")
        assert robot.payloads("valkky/valkky-1/estop") == [estop]
    finally:
        if robot is not None:
            robot.close()
        # the module's other tests must not find it retained
        operator = connect(broker, "operator")
        operator.publish("valkky/valkky-1/estop", b"", retain=True)
        operator.close()


# -- make-passwords.sh ---------------------------------------------------------------------


def test_make_passwords_keeps_passwords_off_the_command_line(tmp_path: Path) -> None:
    """A stand-in mosquitto_passwd records its argv and file modes; the real one hashes."""
    spy = tmp_path / "bin"
    spy.mkdir()
    record = tmp_path / "argv"
    (spy / "mosquitto_passwd").write_text(
        "#!/bin/sh\n"
        f"echo \"$*\" >> {record}\n"
        f"stat -c '%a' \"$(dirname \"$2\")\" \"$2\" >> {record}\n"
        f"exec {_real('mosquitto_passwd')} \"$@\"\n", encoding="utf-8")
    (spy / "mosquitto_passwd").chmod(0o755)
    passwd = tmp_path / "passwd"
    env = {"PATH": f"{spy}:{os.environ['PATH']}", "VALKKY_PW_CONTROLLER": "c-secret-123456",
           "VALKKY_PW_VALKKY_1": "r-secret-123456"}
    subprocess.run(["bash", str(DEPLOY / "make-passwords.sh"), "-f", str(passwd),
                    "controller", "valkky-1"], env=env, check=True, capture_output=True,
                   stdin=subprocess.DEVNULL, timeout=30)
    argv = record.read_text()
    assert "secret" not in argv
    assert argv.split()[0] == "-U" and argv.split()[2:4] == ["700", "600"]
    text = passwd.read_text()
    assert "secret" not in text and text.count("$7$") == 2
    assert stat.S_IMODE(passwd.stat().st_mode) in (0o600, 0o640)


def test_make_passwords_replaces_one_user_and_keeps_the_others(tmp_path: Path) -> None:
    if not _real("mosquitto_passwd"):
        pytest.skip("mosquitto_passwd is not installed")
    passwd = tmp_path / "passwd"
    make_passwords(passwd, {"controller": "c-secret-123456", "valkky-1": "r-secret-123456"})
    before = dict(line.split(":", 1) for line in passwd.read_text().splitlines())
    make_passwords(passwd, {"valkky-1": "r-secret-654321", "valkky-2": "s-secret-123456"})
    after = dict(line.split(":", 1) for line in passwd.read_text().splitlines())
    assert list(after) == ["controller", "valkky-1", "valkky-2"]
    assert after["controller"] == before["controller"]
    assert after["valkky-1"] != before["valkky-1"]


@pytest.mark.parametrize(("name", "password", "message"), [
    ("Valkky_1", "long-enough-password", "not a valid user"),
    ("controller", "short", "at least 12 characters"),
    ("", "long-enough-password", "not a valid user"),
])
def test_make_passwords_refuses(tmp_path: Path, name: str, password: str,
                                message: str) -> None:
    var = "VALKKY_PW_" + name.upper().replace("-", "_")
    result = subprocess.run(["bash", str(DEPLOY / "make-passwords.sh"), "-f",
                             str(tmp_path / "passwd"), name],
                            env={"PATH": os.environ["PATH"], var: password},
                            capture_output=True, text=True, stdin=subprocess.DEVNULL,
                            timeout=30)
    assert result.returncode != 0 and message in result.stderr
    assert not (tmp_path / "passwd").exists()


def _real(name: str) -> str:
    import shutil

    return shutil.which(name) or ""


def test_make_passwords_asks_on_a_terminal(tmp_path: Path) -> None:
    """As a technician runs it: each password typed twice, never echoed."""
    if not _real("mosquitto_passwd"):
        pytest.skip("mosquitto_passwd is not installed")
    import pty
    import select

    passwd = tmp_path / "passwd"
    pid, fd = pty.fork()
    if pid == 0:  # the child: the script on the terminal
        os.execvpe("bash", ["bash", str(DEPLOY / "make-passwords.sh"), "-f", str(passwd),
                            "operator"], {"PATH": os.environ["PATH"]})
    seen = b""
    typed = iter([b"operator-secret-9\n", b"operator-secret-9\n"])
    try:
        while True:
            ready, _, _ = select.select([fd], [], [], 10)
            assert ready, seen
            try:
                chunk = os.read(fd, 1024)
            except OSError:  # the script ended and closed the terminal
                break
            if not chunk:
                break
            seen += chunk
            if seen.rstrip().endswith((b"Password for operator:", b"Again:")):
                os.write(fd, next(typed))
                seen += b"|"
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0, seen
    assert b"operator-secret-9" not in seen  # not echoed
    assert passwd.read_text().startswith("operator:$7$")
