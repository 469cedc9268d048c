"""Start the robot side (core + MQTT runner + a body, and for the simulator its web view)
and run it until Ctrl-C or SIGTERM. ``valkky.robot.sim`` and ``valkky.robot.bridge`` are
thin wrappers around this."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from valkky.protocol.address import parse_broker_url
from valkky.protocol.messages import Topics
from valkky.robot.core import LogEntry, RobotCore
from valkky.robot.drivers import ClosableBody
from valkky.robot.hardware import RobotDef, load_hardware

Say = Callable[[str], None]


@dataclass
class RobotService:
    core: RobotCore
    body: ClosableBody
    runner: Any  # valkky.robot.runner.RobotRunner (paho is imported only when started)
    web: Any = None  # valkky.robot.web.WebView, for the simulator

    @property
    def web_url(self) -> str | None:
        return self.web.url if self.web is not None else None

    def stop(self) -> None:
        try:
            if self.web is not None:
                self.web.stop()
            self.runner.stop()
        finally:
            self.body.close()


def start_robot(who: str, broker_url: str, robot_id: str,
                make_body: Callable[[RobotDef], ClosableBody], *, say: Say = print,
                echo_log: bool = True, web_port: int | None = None,
                hardware_dir: str | Path | None = None) -> RobotService:
    """Load the hardware files, open the body, connect and start; the caller stops it.

    ConfigError for bad files or arguments, AdapterError when the broker is unreachable.
    """
    topics = Topics(robot_id)
    address, _ = parse_broker_url(broker_url)
    robot, gestures = load_hardware(hardware_dir)
    say(f"{who}: robot {robot_id} ({robot.name}, {len(robot.joints)} joints, "
        f"{len(gestures)} gestures); connecting to {address.url}")

    def echo(entry: LogEntry) -> None:
        arrow = {"in": "→", "out": "←"}.get(entry.direction, "•")
        say(f"{who}: {arrow} {entry.text}")

    body = make_body(robot)
    try:
        from valkky.robot.runner import RobotRunner

        core = RobotCore(robot, gestures, body, topics, now=time.time(),
                         on_entry=echo if echo_log else None)
        runner = RobotRunner(core, address, on_change=lambda text: say(f"{who}: {text}"))
        runner.start()
    except BaseException:
        body.close()
        raise
    service = RobotService(core, body, runner)
    if web_port is not None:
        from valkky.robot.web import WebView

        try:
            service.web = WebView(runner.snapshot, robot, robot_id, web_port)
        except BaseException:
            service.stop()
            raise
        say(f"{who}: web view at {service.web.url}")
    say(f"{who}: ready; Ctrl-C stops")
    return service


def run_until_stopped(service: RobotService, who: str, say: Say = print,
                      stop: threading.Event | None = None) -> int:
    """Serve until Ctrl-C, SIGTERM or ``stop`` is set; then stop cleanly. Exit status 0."""
    stop = stop or threading.Event()
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        say(f"{who}: stopping")
        service.stop()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        say(f"{who}: stopped")
    return 0
