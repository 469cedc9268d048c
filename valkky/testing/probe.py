"""A plain MQTT client for tests: publishes raw payloads and waits (bounded) for what the
robot publishes.

    probe = Probe(broker.url, "r1")              # subscribes to valkky/r1/# (SUBACK awaited)
    probe.heartbeat(); probe.gesture("g1", "nod")
    probe.wait_ack("g1", "done")                 # AssertionError (with what came) on timeout
    probe.clear_retained("status", "state")      # leave nothing behind; closes the probe
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import paho.mqtt.client as mqtt

from valkky.protocol import messages as p
from valkky.protocol.mqtt import set_nodelay


class Probe:
    def __init__(self, url: str, robot_id: str, subscribe: tuple[str, ...] = ("#",)):
        host, port = url.removeprefix("mqtt://").split(":")
        self.topics = p.Topics(robot_id)
        self.messages: list[tuple[float, str, bytes, bool]] = []
        self._cond = threading.Condition()
        self.client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, clean_session=True)
        self.client.on_socket_open = set_nodelay
        self.client.max_inflight_messages_set(1000)  # tests flood; paho would throttle at 20
        self.client.on_message = self._on_message
        subscribed = threading.Event()
        self.client.on_subscribe = lambda *_: subscribed.set()
        self.client.connect(host, int(port))
        self.client.loop_start()
        if subscribe:
            self.client.subscribe([(self.topics.prefix + t, 1) for t in subscribe])
            assert subscribed.wait(5.0), "no SUBACK"

    def _on_message(self, _c: Any, _u: Any, msg: mqtt.MQTTMessage) -> None:
        with self._cond:
            self.messages.append((time.monotonic(), msg.topic, bytes(msg.payload),
                                  bool(msg.retain)))
            self._cond.notify_all()

    def publish(self, topic: str, payload: bytes | p.Message, *, qos: int = 1,
                retain: bool = False) -> None:
        if isinstance(payload, p.Message):
            payload = payload.to_payload()
        self.client.publish(topic, payload, qos, retain).wait_for_publish(5.0)

    def gesture(self, gid: str, name: str, **kw: Any) -> None:
        kw.setdefault("sent_at", time.time())
        self.publish(self.topics.gesture, p.GestureCmd(id=gid, name=name, **kw))

    def heartbeat(self, seq: int = 0) -> None:
        self.publish(self.topics.heartbeat, p.Heartbeat(seq, time.time()), qos=0)

    def wait_for(self, predicate: Callable[[str, bytes], bool], timeout: float = 5.0
                 ) -> tuple[float, str, bytes, bool]:
        deadline = time.monotonic() + timeout
        with self._cond:
            seen = 0
            while True:
                for item in self.messages[seen:]:
                    if predicate(item[1], item[2]):
                        return item
                seen = len(self.messages)
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"timed out after {timeout} s; got: "
                                         f"{[(t, m[:120]) for _, t, m, _ in self.messages]}")
                self._cond.wait(left)

    def wait_ack(self, gid: str, status: str, timeout: float = 5.0) -> p.Ack:
        def match(topic: str, payload: bytes) -> bool:
            if topic != self.topics.ack:
                return False
            ack = p.Ack.from_payload(payload)
            return ack.id == gid and ack.status == status
        return p.Ack.from_payload(self.wait_for(match, timeout)[2])

    def acks(self, gid: str) -> list[str]:
        with self._cond:
            return [p.Ack.from_payload(m).status for _, t, m, _ in self.messages
                    if t == self.topics.ack and p.Ack.from_payload(m).id == gid]

    def wait_online(self, timeout: float = 5.0) -> None:
        """Until the robot says it is online, as a controller waits before it commands: the
        robot publishes that after it has subscribed to its commands, so a command sent
        earlier (a heartbeat right after ``start_bridge`` returns) can reach no one."""
        self.wait_for(lambda t, m: t == self.topics.status and m == p.encode_status(p.ONLINE),
                      timeout)

    def wait_state(self, predicate: Callable[[p.State], bool], timeout: float = 5.0
                   ) -> p.State:
        item = self.wait_for(lambda t, m: t == self.topics.state
                             and predicate(p.State.from_payload(m)), timeout)
        return p.State.from_payload(item[2])

    def received(self, kind: str) -> list[bytes]:
        """Payloads received on this robot's topic ``kind`` (e.g. "evt/error"), in order."""
        topic = self.topics.prefix + kind
        with self._cond:
            return [m for _, t, m, _ in self.messages if t == topic]

    def clear_retained(self, *kinds: str) -> None:
        """Clear the retained messages on these topics of the robot (e.g. "status",
        "state", "estop", "controller/status"), then close: a test leaves nothing behind
        for the next one on the same broker."""
        try:
            for kind in kinds:
                self.publish(self.topics.prefix + kind, b"", retain=True)
        finally:
            self.close()

    def close(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()
