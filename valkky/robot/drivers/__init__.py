"""What moves the robot: a ``Body`` per driver, chosen by a short spec.

``virtual`` (the simulator's body), ``log`` (prints what it would send to a Maestro) and
``maestro:/dev/ttyACM0`` (a Pololu Maestro servo controller on a serial port).
"""

from __future__ import annotations

from typing import Protocol

from valkky.errors import UsageError
from valkky.robot.core import Body
from valkky.robot.definitions import RobotDef

DRIVERS = ("maestro:PORT", "log", "virtual")


class ClosableBody(Body, Protocol):
    def close(self) -> None: ...


def open_driver(spec: str, robot: RobotDef) -> ClosableBody:
    """The body for a driver spec; an unknown spec is refused with the known ones."""
    name, _, arg = spec.partition(":")
    if name == "virtual" and not arg:
        from valkky.robot.drivers.virtual import VirtualBody

        return VirtualBody(robot)
    if name == "log":
        import sys

        from valkky.robot.drivers.maestro import LogBody

        return LogBody(robot, sys.stdout)
    if name == "maestro":
        if not arg:
            raise UsageError("--driver maestro needs the serial port: maestro:/dev/ttyACM0")
        from valkky.robot.drivers.maestro import MaestroBody

        return MaestroBody.open(arg, robot)
    raise UsageError(f"unknown driver '{spec}'; known: {', '.join(DRIVERS)}")
