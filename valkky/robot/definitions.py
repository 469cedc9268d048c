"""The robot's body and its gestures as plain data: what ``hardware`` reads from the YAML
files and what ``motion``, ``core`` and the drivers work with. No I/O, no imports of ours."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Calibration:
    """How a joint maps to a servo channel: ``pulse_min_us`` at the joint's minimum angle
    and ``pulse_max_us`` at its maximum, swapped when ``invert`` is set."""

    channel: int
    pulse_min_us: float
    pulse_max_us: float
    invert: bool = False


@dataclass(frozen=True)
class Joint:
    name: str
    min_deg: float
    max_deg: float
    max_speed_deg_s: float
    rest_deg: float
    calibration: Calibration | None = None

    def clamp(self, deg: float) -> float:
        return min(max(deg, self.min_deg), self.max_deg)


@dataclass(frozen=True)
class RobotDef:
    name: str
    model: str
    joints: Mapping[str, Joint]
    rest_speed_deg_s: float

    def rest_pose(self) -> dict[str, float]:
        return {name: j.rest_deg for name, j in self.joints.items()}


@dataclass(frozen=True)
class Keyframe:
    """At ``t_s`` seconds from the gesture's start the listed joints reach these angles
    (``rest`` first puts every joint back to rest)."""

    t_s: float
    joints: Mapping[str, float]
    rest: bool = False


@dataclass(frozen=True)
class GestureDef:
    name: str
    description: str
    keyframes: tuple[Keyframe, ...]
    line: int = 0

    @property
    def duration_s(self) -> float:
        return self.keyframes[-1].t_s if self.keyframes else 0.0
