"""The robot simulator: the robot-side core moving a virtual body, with a web view on
127.0.0.1 that shows the figure, its screen, speech, e-stop, connection and a log.

    valkky sim --broker mqtt://127.0.0.1:1883 --robot valkky-1 [--headless] [--web PORT]
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from valkky.robot.drivers.virtual import VirtualBody
from valkky.robot.service import RobotService, Say, run_until_stopped, start_robot

DEFAULT_WEB_PORT = 8765


def start_sim(broker_url: str, robot_id: str, *, headless: bool = False,
              web_port: int | None = None, say: Say = print, echo_log: bool = True,
              hardware_dir: str | Path | None = None,
              clock: Callable[[], float] = time.time) -> RobotService:
    """Start the simulator and return at once (``stop()`` it). The web view is served
    unless ``headless``; an explicit ``web_port`` serves it anyway (0: any free port).
    ``hardware_dir``: robot.yaml and gestures.yaml from there (default: hardware/);
    ``clock``: the robot's time (``start_robot``)."""
    port = web_port if web_port is not None else (None if headless else DEFAULT_WEB_PORT)
    return start_robot("valkky sim", broker_url, robot_id, VirtualBody, say=say,
                       echo_log=echo_log, web_port=port, hardware_dir=hardware_dir,
                       clock=clock)


def run_sim(broker_url: str, robot_id: str, headless: bool = False,
            web_port: int | None = None, *, stop: threading.Event | None = None,
            say: Say = print) -> int:
    """``valkky sim``: run until Ctrl-C. AdapterError if the broker is unreachable."""
    service = start_sim(broker_url, robot_id, headless=headless, web_port=web_port, say=say)
    return run_until_stopped(service, "valkky sim", stop)
