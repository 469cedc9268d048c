"""The simulator's body: joints that are exactly where they were last told to be."""

from __future__ import annotations

import threading
from collections.abc import Mapping

from valkky.robot.definitions import RobotDef


class VirtualBody:
    def __init__(self, robot: RobotDef, start: Mapping[str, float] | None = None):
        self.robot = robot
        self._lock = threading.Lock()
        self._pos = {**robot.rest_pose(), **(start or {})}
        self.moves = 0

    def set_targets(self, targets: Mapping[str, float], speed_deg_s: float | None = None
                    ) -> None:
        with self._lock:
            for name, deg in targets.items():
                joint = self.robot.joints.get(name)
                if joint is not None:
                    self._pos[name] = joint.clamp(deg)
            self.moves += 1

    def positions(self) -> dict[str, float]:
        with self._lock:
            return dict(self._pos)

    def close(self) -> None:
        pass
