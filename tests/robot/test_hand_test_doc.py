"""docs/robot.md's "Trying it by hand" runs as written: its shell lines against a real
`valkky sim` (embedded broker), the gesture accepted, the e-stop engaged and released.
(Once its heartbeat went out at QoS 0, which the embedded broker drops from a client that
disconnects at once, so the gesture was rejected `controller_lost`.)"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from valkky.testing.wait import wait_until

DOC = Path(__file__).resolve().parents[2] / "docs" / "robot.md"
pytestmark = pytest.mark.skipif(shutil.which("mosquitto_pub") is None,
                                reason="needs mosquitto-clients (make test installs it)")


def _hand_test() -> list[str]:
    """The section's shell block, line by line."""
    section = DOC.read_text(encoding="utf-8").split("## Trying it by hand", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "docs/robot.md's hand test has no sh block"
    return block.group(1).splitlines()


def test_the_hand_test_in_docs_robot_md_works(tmp_path: Path) -> None:
    lines = _hand_test()
    assert lines[0].startswith("valkky sim --headless &") and lines[1] == "P=PORT"
    log = tmp_path / "sim.log"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with log.open("w") as out:
        sim = subprocess.Popen([sys.executable, "-m", "valkky.cli", "sim", "--headless",
                                "--robot", "valkky-1"], stdout=out, stderr=subprocess.STDOUT,
                               env=env, text=True)
    shell = None
    try:
        port = wait_until(lambda: re.search(r"broker at mqtt://127\.0\.0\.1:(\d+)",
                                            log.read_text()), 20, "the sim's broker").group(1)
        wait_until(lambda: "ready;" in log.read_text(), 20, "the sim to be ready")
        script = "\n".join([f"P={port}", *lines[2:], "kill %1"]) + "\n"
        shell = subprocess.run(["bash", "-c", script], capture_output=True, text=True,
                               timeout=30, cwd=tmp_path, start_new_session=True)
        assert shell.returncode == 0, shell.stderr
        wait_until(lambda: "e-stop released by me" in log.read_text(), 10, "the release")
    finally:
        sim.send_signal(signal.SIGTERM)
        sim.wait(timeout=10)
    said = log.read_text()
    assert "ack t1 accepted" in said, said
    assert "e-stop engaged by me" in said and "e-stop released by me" in said, said
    seen = shell.stdout
    assert 'valkky/valkky-1/evt/ack {"v":1,"id":"t1","status":"accepted"' in seen, seen
