"""Servo drivers: the Maestro's bytes on a pty, checked by a fake Maestro; the log driver."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from tests.robot.fake_maestro import FakeMaestro
from valkky.errors import AdapterError, ConfigError
from valkky.protocol import messages as p
from valkky.robot.core import CoreSettings, RobotCore
from valkky.robot.definitions import RobotDef
from valkky.robot.drivers import open_driver
from valkky.robot.drivers.maestro import Encoder, LogBody, MaestroBody
from valkky.robot.drivers.virtual import VirtualBody


@pytest.fixture
def fake(robot: RobotDef, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeMaestro]:
    monkeypatch.setattr("valkky.robot.drivers.maestro.REPLY_TIMEOUT_S", FakeMaestro.REPLY_S)
    maestro = FakeMaestro(robot)
    yield maestro
    maestro.close()


def test_encoder_calibration(robot: RobotDef) -> None:
    enc = Encoder(robot)
    elbow, r_elbow = robot.joints["l_elbow"], robot.joints["r_elbow"]
    assert enc.quarter_us(elbow, 0) == 900 * 4 and enc.quarter_us(elbow, 130) == 2200 * 4
    assert enc.quarter_us(r_elbow, 0) == 2200 * 4  # inverted
    assert enc.quarter_us(elbow, 500) == 2200 * 4  # clamped to the limit
    assert enc.degrees(elbow, enc.quarter_us(elbow, 45)) == pytest.approx(45, abs=0.05)
    assert enc.degrees(r_elbow, enc.quarter_us(r_elbow, 45)) == pytest.approx(45, abs=0.05)
    assert enc.set_target(elbow, 0) == bytes((0x84, 4, 3600 & 0x7F, 3600 >> 7))
    assert enc.speed_units(elbow, 200) >= 200 * 10 * 0.04  # 10 µs/° → 80 units, plus margin


def test_maestro_plays_every_gesture_within_limits(robot: RobotDef, gestures: dict,
                                                   fake: FakeMaestro) -> None:
    body = MaestroBody.open(fake.path, robot)
    try:
        now = 1000.0
        topics = p.Topics("r1")
        core = RobotCore(robot, gestures, body, topics, now=now, settings=CoreSettings(
            heartbeat_timeout_s=1e9))
        core.on_message(topics.heartbeat, p.Heartbeat(0, now).to_payload(), False, now)
        for i, name in enumerate(sorted(gestures)):
            acks = core.on_message(topics.gesture, p.GestureCmd(
                f"g{i}", name, sent_at=now, amplitude=1.0).to_payload(), False, now)
            assert b'"started"' in acks[1].payload, name
            while core.gesture is not None:
                now += 0.02
                core.tick(now)
        # over-reaching commands are clamped before they are encoded
        body.set_targets({"head_yaw": 1e6, "l_elbow": -1e6, "no_such_joint": 3})
        pos = body.positions()  # round trip through get position
        assert pos["head_yaw"] == pytest.approx(70, abs=0.1)
        assert pos["l_elbow"] == pytest.approx(0, abs=0.1)
    finally:
        body.close()
    assert fake.violations == []
    assert len(fake.history) > 1000
    assert set(fake.speeds) == set(fake.by_channel)


def test_estop_reads_positions_back(robot: RobotDef, gestures: dict, fake: FakeMaestro
                                    ) -> None:
    body = MaestroBody.open(fake.path, robot)
    try:
        topics = p.Topics("r1")
        core = RobotCore(robot, gestures, body, topics, now=0.0)
        core.on_message(topics.heartbeat, p.Heartbeat(0, 0.0).to_payload(), False, 0.0)
        core.on_message(topics.gesture, p.GestureCmd("g", "wave", 0.0).to_payload(), False,
                        0.0)
        for i in range(40):
            core.tick(0.02 * (i + 1))
        core.on_message(topics.estop, p.EStop(True).to_payload(), False, 1.0)
        assert core.pose["r_shoulder_pitch"] > 30
    finally:
        body.close()
    assert fake.violations == []


def test_a_silent_device_is_a_clear_error(robot: RobotDef) -> None:
    fake = FakeMaestro(robot, answer=False)
    try:
        with pytest.raises(AdapterError, match="no answer from a Maestro"):
            MaestroBody.open(fake.path, robot)
    finally:
        fake.close()
    with pytest.raises(AdapterError, match="cannot open the Maestro at /nonexistent"):
        MaestroBody.open("/nonexistent/ttyACM9", robot)


def test_log_driver_prints_changes_only(robot: RobotDef) -> None:
    out = io.StringIO()
    body = LogBody(robot, out)
    body.set_targets({"l_elbow": 45.0})
    body.set_targets({"l_elbow": 45.0})
    body.set_targets({"l_elbow": 46.0}, speed_deg_s=20)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("maestro ch  4 l_elbow          speed   200.0°/s")
    assert lines[1].startswith("maestro ch  4 l_elbow          target    45.0° =  5400")
    assert lines[1].endswith("[84 04 18 2a]")
    assert len(lines) == 4  # new speed and new target; the repeat sent nothing
    assert body.positions()["l_elbow"] == 46.0


def test_open_driver(robot: RobotDef, fake: FakeMaestro) -> None:
    assert isinstance(open_driver("virtual", robot), VirtualBody)
    assert isinstance(open_driver("log", robot), LogBody)
    body = open_driver(f"maestro:{fake.path}", robot)
    body.close()
    with pytest.raises(ConfigError, match="unknown driver 'servo'; known: maestro:PORT, log"):
        open_driver("servo", robot)
    with pytest.raises(ConfigError, match="needs the serial port"):
        open_driver("maestro", robot)
