"""deploy/'s broker configuration, run for real: no anonymous access, a password per
role, and the ACL of docs/protocol.md's Security section (a robot cannot command a robot)."""

from __future__ import annotations

import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from valkky.paths import ROOT
from valkky.testing.broker import MosquittoBroker

PASSWORDS = {"controller": "controller-secret-1", "robot": "robot-secret-12",
             "operator": "operator-secret-1"}


@pytest.fixture(scope="module")
def broker() -> Iterator[MosquittoBroker]:
    if not MosquittoBroker.find_executable():
        pytest.skip("mosquitto is not installed (make test installs it)")
    with tempfile.TemporaryDirectory(prefix="valkky-deploy-") as tmp:
        yield from _broker(Path(tmp))


def _broker(files: Path) -> Iterator[MosquittoBroker]:
    files.chmod(0o755)  # mosquitto started as root drops to its own user, who must read
    passwd = files / "passwd"
    env = {f"VALKKY_PW_{k.upper()}": v for k, v in PASSWORDS.items()}
    subprocess.run(["bash", str(ROOT / "deploy" / "make-passwords.sh"), str(passwd)],
                   env={"PATH": "/usr/bin:/bin:/usr/sbin:/sbin", **env}, check=True,
                   capture_output=True, timeout=30)
    passwd.chmod(0o644)
    acl = files / "acl"
    acl.write_text((ROOT / "deploy" / "mosquitto" / "acl").read_text(), encoding="utf-8")
    acl.chmod(0o644)
    conf = (ROOT / "deploy" / "mosquitto" / "valkky.conf").read_text(encoding="utf-8")
    assert "listener 1883 127.0.0.1" in conf and "set_tcp_nodelay true" in conf
    conf = (conf.replace("/etc/mosquitto/valkky/passwd", str(passwd))
                .replace("/etc/mosquitto/valkky/acl", str(acl))
                .replace("listener 1883 127.0.0.1", "listener {port} 127.0.0.1"))
    with MosquittoBroker(config=conf) as running:
        yield running


class Client:
    def __init__(self, broker: MosquittoBroker, user: str | None, password: str | None = None):
        import paho.mqtt.client as mqtt

        self.connected = threading.Event()
        self.answered = threading.Event()
        self.reason = None
        self.messages: list[tuple[str, bytes]] = []
        self.got = threading.Condition()
        self.client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2)
        if user:
            self.client.username_pw_set(user, password or PASSWORDS[user])
        self.client.on_connect = self._on_connect
        self.client.on_message = self._on_message
        self.client.on_subscribe = self._on_subscribe
        self.subscribed: set[int] = set()
        self.client.connect(broker.host, broker.port)
        self.client.loop_start()
        assert self.answered.wait(5), "the broker did not answer the connection"

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
            assert self.got.wait_for(lambda: mid in self.subscribed, 5)

    def publish(self, topic: str, payload: bytes = b'{"v":1}') -> None:
        self.client.publish(topic, payload, 1).wait_for_publish(5)

    def wait_for(self, topic: str, timeout_s: float = 5.0) -> bool:
        with self.got:
            return self.got.wait_for(lambda: any(t == topic for t, _ in self.messages),
                                     timeout_s)

    def close(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()


def test_anonymous_and_wrong_passwords_are_refused(broker: MosquittoBroker) -> None:
    anonymous = Client(broker, None)
    assert not anonymous.connected.is_set() and anonymous.reason.is_failure
    anonymous.close()
    wrong = Client(broker, "robot", "not-the-password")
    assert not wrong.connected.is_set()
    wrong.close()


def test_the_acl_of_each_role(broker: MosquittoBroker) -> None:
    operator, robot, controller = (Client(broker, u) for u in ("operator", "robot",
                                                               "controller"))
    try:
        assert operator.connected.is_set() and robot.connected.is_set()
        operator.subscribe("valkky/#")
        robot.subscribe("valkky/r1/cmd/#")
        robot.subscribe("valkky/r1/estop")
        # A robot credential cannot command a robot; its own reports go through. The ack
        # is published after the forbidden gesture, so once it arrives the gesture would
        # have too.
        robot.publish("valkky/r1/cmd/gesture")
        robot.publish("valkky/r1/evt/ack")
        assert operator.wait_for("valkky/r1/evt/ack")
        assert ("valkky/r1/cmd/gesture", b'{"v":1}') not in operator.messages
        # The controller may command; the robot receives it.
        controller.publish("valkky/r1/cmd/gesture", b'{"v":1,"from":"controller"}')
        assert robot.wait_for("valkky/r1/cmd/gesture")
        # Only operators may publish the e-stop.
        controller.publish("valkky/r1/estop", b'{"v":1,"engaged":true,"by":"controller"}')
        operator.publish("valkky/r1/estop", b'{"v":1,"engaged":true,"by":"operator"}')
        assert robot.wait_for("valkky/r1/estop")
        estops = [p for t, p in robot.messages if t == "valkky/r1/estop"]
        assert estops == [b'{"v":1,"engaged":true,"by":"operator"}']
    finally:
        for c in (operator, robot, controller):
            c.close()
