"""The e-stop of a `valkky sim` whose output nobody reads, as a ratio to one whose is read.

Each round, interleaved, a `valkky sim --headless` on one mosquitto on 127.0.0.1:

- read: its output goes to /dev/null;
- stalled: its output goes into a one-page pipe nobody reads, filled first with the log
  lines of junk heartbeats (the robot's writer is stuck and its line queue full, as behind
  less, Ctrl-S or a stuck journal).

Time: from the e-stop's publish until another client receives the state with
``estop: true``. tests/faults/test_robot_faults.py asserts that the stalled robot obeys
at all; this measures how fast. Goal: stalled ≤ 1 s worst, ratio ≈ 1.

    python bench/bench_estop_stalled.py
"""

from __future__ import annotations

import fcntl
import os
import statistics
import struct
import subprocess
import sys
import termios
import time

from valkky.protocol import messages as p
from valkky.robot.outlet import QUEUE_LINES
from valkky.testing.broker import MosquittoBroker
from valkky.testing.probe import Probe
from valkky.testing.wait import wait_until

ROUNDS = 3
PIPE_BYTES = 4096  # the smallest pipe Linux makes: a few log lines fill it
JUNK = QUEUE_LINES + 200  # each a log line: more than the pipe and the queue hold


def _round(broker: MosquittoBroker, robot: str, stalled: bool) -> float:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "valkky.cli", "sim", "--broker",
                             broker.url, "--robot", robot, "--headless"],
                            stdout=subprocess.PIPE if stalled else subprocess.DEVNULL,
                            stderr=subprocess.STDOUT, env=env)
    if proc.stdout is not None:
        fcntl.fcntl(proc.stdout.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    pr = Probe(broker.url, robot, subscribe=("evt/error", "state", "status"))
    try:
        t = pr.topics
        pr.wait_for(lambda topic, m: topic == t.status and m == b'"online"', timeout=30)
        if stalled:
            junk = b'{"v":1,"seq":"x' + b"y" * 150 + b'"}'
            for _ in range(JUNK):
                pr.client.publish(t.heartbeat, junk, qos=1)
            wait_until(lambda: len(pr.received("evt/error")) >= JUNK, 60,
                       "the robot to answer every junk heartbeat")
            assert proc.stdout is not None
            unread = struct.unpack("i", fcntl.ioctl(proc.stdout.fileno(), termios.FIONREAD,
                                                    b"\0\0\0\0"))[0]
            if unread < PIPE_BYTES - 512:  # else this would measure a robot never stalled
                raise SystemExit(f"only {unread} bytes unread: the writer never stalled")
        sent = time.perf_counter()
        pr.publish(t.estop, p.EStop(True, "bench"), retain=True)
        pr.wait_state(lambda s: s.estop, timeout=30)
        return time.perf_counter() - sent
    finally:
        proc.kill()
        proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()
        pr.clear_retained("estop", "state", "status")
        pr.close()


def main() -> int:
    if not MosquittoBroker.find_executable():
        print("mosquitto is not installed (apt-get install mosquitto)")
        return 1
    read: list[float] = []
    stalled: list[float] = []
    with MosquittoBroker(extra_config="max_queued_messages 0\n") as broker:
        for i in range(ROUNDS):
            read.append(_round(broker, f"read{i}", stalled=False))
            stalled.append(_round(broker, f"stalled{i}", stalled=True))
    ms = [f"{x * 1000:.0f}" for x in stalled]
    print(f"read:    median {statistics.median(read) * 1000:.0f} ms ({ROUNDS} rounds)")
    print(f"stalled: median {statistics.median(stalled) * 1000:.0f} ms, each {', '.join(ms)}")
    print(f"  ratio stalled/read (medians): "
          f"{statistics.median(stalled) / statistics.median(read):.1f}")
    return 0 if max(stalled) <= 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
