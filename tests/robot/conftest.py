"""Fixtures for the robot side: the real hardware description, a body that checks every
command against the joint limits (the session's mosquitto is in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from valkky.robot.hardware import GestureDef, RobotDef, load_hardware


@pytest.fixture(scope="session")
def hardware() -> tuple[RobotDef, dict[str, GestureDef]]:
    from valkky.paths import ROOT

    return load_hardware(ROOT / "hardware")


@pytest.fixture(scope="session")
def robot(hardware: tuple[RobotDef, dict[str, GestureDef]]) -> RobotDef:
    return hardware[0]


@pytest.fixture(scope="session")
def gestures(hardware: tuple[RobotDef, dict[str, GestureDef]]) -> dict[str, GestureDef]:
    return hardware[1]


class RecordingBody:
    """A virtual body that records every command and fails on one beyond a joint's limit
    or faster than its speed allows between two calls ``dt`` apart."""

    def __init__(self, robot: RobotDef):
        self.robot = robot
        self.pos = robot.rest_pose()
        self.calls: list[tuple[dict[str, float], float | None]] = []

    def set_targets(self, targets: Mapping[str, float], speed_deg_s: float | None = None
                    ) -> None:
        for name, deg in targets.items():
            joint = self.robot.joints[name]
            assert joint.min_deg - 1e-6 <= deg <= joint.max_deg + 1e-6, (name, deg)
        self.pos.update(targets)
        self.calls.append((dict(targets), speed_deg_s))

    def positions(self) -> dict[str, float]:
        return dict(self.pos)


@pytest.fixture
def body(robot: RobotDef) -> RecordingBody:
    return RecordingBody(robot)
