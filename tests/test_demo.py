"""`valkky demo` and `valkky sim` with nothing else installed or started."""

from __future__ import annotations

import subprocess
import sys
import time

from valkky.controller.link import RobotLink
from valkky.protocol.broker import start_embedded_broker
from valkky.robot.sim import start_sim


def test_demo_drives_the_simulated_robot_over_the_embedded_broker() -> None:
    result = subprocess.run([sys.executable, "-m", "valkky.cli", "demo"], input="moppi\n",
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Välkky: Hei! Minä olen Välkky." in out
    assert "→ gesture wave" in out and "accepted" in out  # the robot received and acked
    assert "Traceback" not in result.stderr


def test_embedded_broker_carries_gestures_and_acks() -> None:
    with start_embedded_broker() as broker:
        sim = start_sim(broker.url, "emb", headless=True, say=lambda *_: None, echo_log=False)
        link = RobotLink.from_url(f"{broker.url}/emb")
        try:
            link.start()
            assert link.wait_connected(5)
            deadline = time.monotonic() + 8
            statuses: list[str] = []
            # The robot rejects gestures until its first heartbeat from us has arrived.
            while statuses[-1:] != ["done"] and time.monotonic() < deadline:
                gid = link.gesture("nod")
                link.wait_outstanding(4)
                statuses = [a.status for a in link.take_acks() if a.id == gid]
            assert statuses[:1] == ["accepted"] and statuses[-1] == "done", statuses
        finally:
            link.stop()
            sim.stop()
