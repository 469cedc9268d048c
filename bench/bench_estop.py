"""The e-stop behind a flood of commands, as a ratio to the e-stop alone.

The robot side (core + MQTT runner + virtual body) on a real mosquitto on 127.0.0.1.
Each round, interleaved: a quiet e-stop (nothing else arriving), and an e-stop published
right after a flood of ``FLOOD`` gesture commands (valid ones, so the robot works on
each: decode, check, queue or reject, ack). Two times per e-stop, from its publish:

- handled: the robot reads where its joints are to hold them there (the body notes it);
- seen: another client receives the retained state with ``estop: true``.

Goals (issue #11): behind any flood, handled ≤ 20 ms median and ≤ 100 ms worst; the
state is seen without waiting for the flood's acks. Ratio = median(flood) /
median(quiet), for both times.
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

ROUNDS = 20
FLOOD = 5000


class TimedBody(VirtualBody):
    """Notes when the e-stop reads the joints (it holds them where they are)."""

    def __init__(self, robot: Any):
        super().__init__(robot)
        self.read_at = 0.0

    def positions(self) -> dict[str, float]:
        self.read_at = time.perf_counter()
        return super().positions()


def _client(broker: MosquittoBroker, on_message: Any = None) -> mqtt.Client:
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, clean_session=True)
    client.on_socket_open = set_nodelay
    client.max_inflight_messages_set(FLOOD + 100)
    if on_message is not None:
        client.on_message = on_message
    client.connect(broker.host, broker.port)
    client.loop_start()
    return client


def main() -> int:
    robot, gestures = load_hardware()
    # no broker-side queue limit: the whole flood reaches the robot
    with MosquittoBroker(extra_config="max_queued_messages 0\n") as broker:
        topics = p.Topics("bench-estop")
        body = TimedBody(robot)
        core = RobotCore(robot, gestures, body, topics, now=time.time(),
                         settings=CoreSettings(heartbeat_timeout_s=1e9))
        runner = RobotRunner(core, parse_broker_url(broker.url)[0])
        runner.start()
        seen = threading.Event()
        seen_at = [0.0]

        def on_state(_c: Any, _u: Any, m: mqtt.MQTTMessage) -> None:
            if m.topic == topics.state and m.payload and p.State.from_payload(m.payload).estop:
                seen_at[0] = time.perf_counter()
                seen.set()

        watcher = _client(broker, on_state)
        watcher.subscribe(topics.state, 1)
        flooder = _client(broker)
        operator = _client(broker)
        time.sleep(0.5)  # subscriptions in place (a benchmark, not a test)
        flooder.publish(topics.heartbeat, p.Heartbeat(0, time.time()).to_payload(), 0)

        def estop_round(flood: int, key: int) -> tuple[float, float]:
            for i in range(flood):
                cmd = p.GestureCmd(f"f{key}-{i}", "nod", sent_at=time.time())
                flooder.publish(topics.gesture, cmd.to_payload(), 1)
            time.sleep(0.05 if flood else 0)  # the flood is on its way (broker, socket)
            seen.clear()
            body.read_at = 0.0
            start = time.perf_counter()
            operator.publish(topics.estop, p.EStop(True, "bench").to_payload(), 1, True)
            if not seen.wait(10):
                raise RuntimeError("the e-stop's state never arrived")
            handled = body.read_at - start
            operator.publish(topics.estop, p.EStop(False, "bench").to_payload(), 1, True)
            deadline = time.monotonic() + 30
            while (runner.core.estop or runner._normal) and time.monotonic() < deadline:
                time.sleep(0.01)  # released, and the flood worked off, before the next
            return handled, seen_at[0] - start

        quiet: list[tuple[float, float]] = []
        flooded: list[tuple[float, float]] = []
        for r in range(ROUNDS):
            pair = [(0, quiet), (FLOOD, flooded)]
            for flood, into in pair if r % 2 else reversed(pair):
                into.append(estop_round(flood, r))
        runner.stop()
        for c in (watcher, flooder, operator):
            c.disconnect()
            c.loop_stop()

    def line(name: str, xs: list[float]) -> str:
        ms = [x * 1000 for x in xs]
        return f"{name:<30} median {statistics.median(ms):7.2f} ms  worst {max(ms):7.2f} ms"

    print(f"{ROUNDS} rounds, e-stop alone and behind {FLOOD} gesture commands")
    for i, what in ((0, "handled"), (1, "state seen")):
        q = [x[i] for x in quiet]
        f = [x[i] for x in flooded]
        print(line(f"{what}, quiet", q))
        print(line(f"{what}, behind the flood", f))
        print(f"  ratio flood/quiet (medians): {statistics.median(f) / statistics.median(q):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
