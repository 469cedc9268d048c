"""Gesture command to first ack through the robot side, as a ratio to a raw MQTT echo.

Both run in one process against one mosquitto on 127.0.0.1, interleaved round by round:

- echo: a bare paho client republishes whatever arrives on one topic to another;
- robot: the simulator's core behind its MQTT runner answers a gesture command with its
  ``accepted`` ack (decode, validate, queue, encode, publish).

Ratio = median(gesture → first ack) / median(echo round trip). Both paths are a round trip
through the broker with one client in the middle, so the ratio is what the robot side's
work and its hand-off to the core thread cost; the goal is ≤ 1.3. Absolute times are
printed for context only.
"""

from __future__ import annotations

import statistics
import sys
import threading
import time
from typing import Any

import paho.mqtt.client as mqtt

from valkky.protocol import messages as p
from valkky.protocol.address import parse_broker_url
from valkky.protocol.mqtt import set_nodelay
from valkky.robot.core import CoreSettings, RobotCore
from valkky.robot.drivers.virtual import VirtualBody
from valkky.robot.hardware import load_hardware
from valkky.robot.runner import RobotRunner
from valkky.testing.broker import MosquittoBroker

ROUNDS = 1000
WARMUP = 50
ECHO_IN, ECHO_OUT = "bench/echo/in", "bench/echo/out"


def _client(host: str, port: int, on_message: Any) -> mqtt.Client:
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, clean_session=True)
    client.on_socket_open = set_nodelay
    client.on_message = on_message
    subscribed = threading.Event()
    client.on_subscribe = lambda *_: subscribed.set()
    client.connect(host, port)
    client.loop_start()
    return client


def main() -> int:
    robot, gestures = load_hardware()
    with MosquittoBroker() as broker:
        address = parse_broker_url(broker.url)[0]
        topics = p.Topics("bench")
        # a long queue so that every command is answered "accepted", never "queue_full"
        core = RobotCore(robot, gestures, VirtualBody(robot), topics, now=time.time(),
                         settings=CoreSettings(queue_max=ROUNDS * 2,
                                               heartbeat_timeout_s=1e9))
        runner = RobotRunner(core, address)
        runner.start()

        echo = _client(broker.host, broker.port,
                       lambda c, _u, m: c.publish(ECHO_OUT, m.payload, 1))
        echo.subscribe(ECHO_IN, 1)

        got = threading.Event()
        waiting_for: list[Any] = ["", b""]

        def on_message(_c: Any, _u: Any, m: mqtt.MQTTMessage) -> None:
            # as cheap on both paths: find the round's key in the payload
            if m.topic in (ECHO_OUT, topics.ack) and waiting_for[1] in m.payload:
                got.set()

        probe = _client(broker.host, broker.port, on_message)
        done = threading.Event()
        probe.on_subscribe = lambda *_: done.set()
        probe.subscribe([(ECHO_OUT, 1), (topics.ack, 1)])
        if not done.wait(5):
            print("no SUBACK from the broker", file=sys.stderr)
            return 1
        probe.publish(topics.heartbeat, p.Heartbeat(0, time.time()).to_payload(), 0)

        def measure(topic: str, key: str, payload: bytes) -> float:
            got.clear()
            needle = key.encode() + b" " if topic == ECHO_IN else f'"{key}"'.encode()
            waiting_for[:] = [key, needle]
            start = time.perf_counter()
            probe.publish(topic, payload, 1)
            if not got.wait(2.0):
                raise RuntimeError(f"no answer on round {key}")
            return time.perf_counter() - start

        echo_s: list[float] = []
        robot_s: list[float] = []
        for i in range(WARMUP + ROUNDS):
            cmd = p.GestureCmd(f"b{i}", "nod", sent_at=time.time())
            payload = cmd.to_payload()
            # the same size as the command, so both carry the same bytes; the order
            # alternates so that neither path always follows the other
            echo_payload = f"e{i}".encode().ljust(len(payload))
            if i % 2:
                e = measure(ECHO_IN, f"e{i}", echo_payload)
                r = measure(topics.gesture, f"b{i}", payload)
            else:
                r = measure(topics.gesture, f"b{i}", payload)
                e = measure(ECHO_IN, f"e{i}", echo_payload)
            if i >= WARMUP:
                echo_s.append(e)
                robot_s.append(r)
        runner.stop()
        for c in (echo, probe):
            c.disconnect()
            c.loop_stop()

    def ms(xs: list[float], q: float) -> float:
        return statistics.quantiles(xs, n=100)[int(q) - 1] * 1000 if q < 100 else max(xs) * 1000

    e_med, r_med = statistics.median(echo_s), statistics.median(robot_s)
    print(f"raw MQTT echo      median {e_med * 1000:.3f} ms  p90 {ms(echo_s, 90):.3f} ms")
    print(f"gesture→first ack  median {r_med * 1000:.3f} ms  p90 {ms(robot_s, 90):.3f} ms")
    ratio = r_med / e_med
    print(f"ratio (gesture→ack / echo, medians, {ROUNDS} rounds): {ratio:.2f}  (goal ≤ 1.3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
