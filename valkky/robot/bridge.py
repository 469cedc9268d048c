"""The hardware bridge: the robot-side core driving real servos.

    valkky bridge --broker mqtt://broker:1883 --robot valkky-1 --driver maestro:/dev/ttyACM0

Drivers: ``maestro:PORT`` (a Pololu Maestro) and ``log`` (prints what it would send).
"""

from __future__ import annotations

import threading

from valkky.robot.definitions import RobotDef
from valkky.robot.drivers import ClosableBody, open_driver
from valkky.robot.service import RobotService, Say, run_until_stopped, start_robot


def start_bridge(broker_url: str, robot_id: str, driver_spec: str, *, say: Say = print
                 ) -> RobotService:
    def make_body(robot: RobotDef) -> ClosableBody:
        body = open_driver(driver_spec, robot)
        say(f"valkky bridge: driver {driver_spec} open")
        return body

    return start_robot("valkky bridge", broker_url, robot_id, make_body, say=say)


def run_bridge(broker_url: str, robot_id: str, driver_spec: str, *,
               stop: threading.Event | None = None, say: Say = print) -> int:
    """``valkky bridge``: run until Ctrl-C or SIGTERM. ConfigError for an unknown driver,
    AdapterError when the broker or the servo controller is unreachable."""
    service = start_bridge(broker_url, robot_id, driver_spec, say=say)
    return run_until_stopped(service, "valkky bridge", stop)
