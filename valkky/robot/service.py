"""Start the robot side (core + MQTT runner + a body, and for the simulator its web view)
and run it until Ctrl-C or SIGTERM. ``valkky.robot.sim`` and ``valkky.robot.bridge`` are
thin wrappers around this.

Every line the robot side writes goes through an ``Outlet`` (its own thread, a bounded
queue): a reader that stops reading can never hold up the e-stop.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from valkky.errors import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_TERMINATED
from valkky.protocol.address import parse_broker_url
from valkky.protocol.messages import Topics
from valkky.robot.core import LogEntry, RobotCore
from valkky.robot.drivers import ClosableBody
from valkky.robot.hardware import RobotDef, load_hardware
from valkky.robot.outlet import Outlet, route_logging

Say = Callable[[str], None]


HEALTH_CHECK_S = 0.5


@dataclass
class RobotService:
    core: RobotCore
    body: ClosableBody
    runner: Any  # valkky.robot.runner.RobotRunner (paho is imported only when started)
    web: Any = None  # valkky.robot.web.WebView, for the simulator
    outlet: Outlet | None = None  # where the robot's lines go (closed by stop())
    restore_logging: Callable[[], None] | None = None

    @property
    def web_url(self) -> str | None:
        return self.web.url if self.web is not None else None

    def healthy(self) -> str | None:
        """None while the robot side works; else why it cannot go on."""
        problem: str | None = self.runner.healthy()
        return problem

    def stop(self, last_line: str | None = None) -> bool:
        """Stop everything, then write ``last_line``; False when the output could not be
        written out (a reader that stopped reading): the caller must not wait on it."""
        try:
            if self.web is not None:
                self.web.stop()
            self.runner.stop()
        finally:
            self.body.close()
            if self.restore_logging is not None:
                self.restore_logging()
        if self.outlet is None:
            return True
        if last_line:
            self.outlet.say(last_line)
        return self.outlet.close()


def start_robot(who: str, broker_url: str, robot_id: str,
                make_body: Callable[[RobotDef], ClosableBody], *, say: Say = print,
                echo_log: bool = True, web_port: int | None = None,
                hardware_dir: str | Path | None = None,
                clock: Callable[[], float] = time.time) -> RobotService:
    """Load the hardware files, open the body, connect and start; the caller stops it.
    ``clock``: the robot's time (motion, the heartbeat watchdog, staleness); a test's
    fake clock holds a gesture where it is.

    ConfigError for bad files or arguments, AdapterError when the broker is unreachable.
    """
    topics = Topics(robot_id)
    address, _ = parse_broker_url(broker_url)
    robot, gestures = load_hardware(hardware_dir)
    say(f"{who}: robot {robot_id} ({robot.name}, {len(robot.joints)} joints, "
        f"{len(gestures)} gestures); connecting to {address.url}")
    outlet = Outlet(say)

    def echo(entry: LogEntry) -> None:
        arrow = {"in": "→", "out": "←"}.get(entry.direction, "•")
        outlet.say(f"{who}: {arrow} {entry.text}")

    try:
        body = make_body(robot)
    except BaseException:
        outlet.close()
        raise
    restore = route_logging(outlet)
    try:
        from valkky.robot.runner import RobotRunner

        core = RobotCore(robot, gestures, body, topics, now=clock(),
                         on_entry=echo if echo_log else None)
        runner = RobotRunner(core, address, clock=clock,
                             on_change=lambda text: outlet.say(f"{who}: {text}"))
        runner.start()
    except BaseException:
        restore()
        body.close()
        outlet.close()
        raise
    service = RobotService(core, body, runner, outlet=outlet, restore_logging=restore)
    if web_port is not None:
        from valkky.robot.web import WebView

        try:
            service.web = WebView(runner.snapshot, robot, robot_id, web_port)
        except BaseException:
            service.stop()
            raise
        outlet.say(f"{who}: web view at {service.web.url}")
    outlet.say(f"{who}: ready; Ctrl-C stops")
    return service


def run_until_stopped(service: RobotService, who: str,
                      stop: threading.Event | None = None) -> int:
    """Serve until Ctrl-C, SIGTERM or ``stop`` is set, or until a thread the robot needs
    has died; then stop cleanly. Status 0 (``stop``), 130 (Ctrl-C), 143 (SIGTERM), or 1
    when it could not go on, so that a supervisor restarts it."""
    stop = stop or threading.Event()
    say = service.outlet.say if service.outlet is not None else print
    status = 0
    terminated = threading.Event()

    def on_sigterm(*_: Any) -> None:
        terminated.set()
        stop.set()

    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, on_sigterm)
    try:
        while not stop.wait(HEALTH_CHECK_S):
            problem = service.healthy()
            if problem is not None:
                say(f"{who}: error: {problem}; exiting so that it is restarted")
                status = EXIT_ERROR  # a thread it needs died: the supervisor restarts it
                break
    except KeyboardInterrupt:
        status = EXIT_INTERRUPTED
    finally:
        if terminated.is_set():
            status = EXIT_TERMINATED
        why = {EXIT_INTERRUPTED: " (Ctrl-C)", EXIT_TERMINATED: " (SIGTERM)"}.get(status, "")
        say(f"{who}: stopping{why}")
        flushed = service.stop(f"{who}: stopped")
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    if not flushed and threading.current_thread() is threading.main_thread():
        # Nobody reads our output, and the interpreter would wait on it at exit forever
        # (SIGTERM ignored, in effect). The robot is stopped: leave without the flush.
        os._exit(status)
    return status
