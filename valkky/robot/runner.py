"""Runs a ``RobotCore`` over MQTT: the robot side's only contact with paho.

A message that arrives alone is handled at once on paho's network thread, so its ack goes
out with no thread hand-off (as fast as a bare MQTT echo). When more data is already
waiting on the socket (a burst), or the core is busy, messages are filed into two lanes
instead and the network thread goes back to reading; the core thread then drains the
e-stop lane before every other message, so an e-stop overtakes any backlog of commands.
An e-stop is handled at once whenever the core is free. The core thread also ticks the
core at ``tick_hz`` (motion, watchdog, state). Everything is published under the core's
lock, in order; while disconnected it is dropped (the state is re-announced on
reconnect), so nothing arrives late.
"""

from __future__ import annotations

import contextlib
import logging
import select
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

import paho.mqtt.client as mqtt

from valkky.protocol import mqtt as m
from valkky.protocol.address import BrokerAddress
from valkky.robot.core import Outgoing, RobotCore

log = logging.getLogger(__name__)

_CONNECTED = object()  # a lane item: the client (re)connected
MAX_BACKLOG = 10_000  # messages waiting for the core; beyond this they are dropped
BATCH = 64  # messages handled per lock hold before publishing what they produced


class RobotRunner:
    def __init__(self, core: RobotCore, address: BrokerAddress, *, tick_hz: float = 50.0,
                 clock: Callable[[], float] = time.time,
                 on_change: Callable[[str], None] | None = None):
        self.core = core
        self.address = address
        self.tick_s = 1.0 / tick_hz
        self.clock = clock
        self.on_change = on_change or (lambda _text: None)
        self.lock = threading.Lock()  # guards the core (and snapshots of it)
        self.connection = "connecting"
        self.dropped = 0
        self._urgent: deque[Any] = deque()
        self._normal: deque[Any] = deque()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._first = m.FirstConnect()
        topics = core.topics
        self._estop_topic = topics.estop
        self.client = m.make_client(f"valkky-robot-{topics.robot_id}", address,
                                    will=(topics.status, core.offline().payload))
        self.client.on_connect = self._on_connect
        self.client.on_disconnect = self._on_disconnect
        self.client.on_message = self._on_message

    # --- life cycle ----------------------------------------------------------------------

    def start(self, timeout_s: float = 5.0) -> None:
        """Connect (AdapterError if the broker is unreachable) and start the core."""
        self._thread = threading.Thread(target=self._run, name="valkky-robot-core",
                                        daemon=True)
        m.connect_or_fail(self.client, self.address, self._first, timeout_s)
        self._thread.start()

    def stop(self, timeout_s: float = 2.0) -> None:
        """Announce "offline", disconnect and stop both threads (each wait bounded)."""
        self._stopping.set()
        self._wake.set()
        if self._thread is not None and self._thread.is_alive():
            self._thread.join(timeout_s)
        if self.client.is_connected():
            off = self.core.offline()
            info = self.client.publish(off.topic, off.payload, off.qos, off.retain)
            with contextlib.suppress(RuntimeError, ValueError):
                info.wait_for_publish(timeout_s)
        m.stop(self.client)

    def snapshot(self, since_seq: int = 0) -> dict[str, Any]:
        with self.lock:
            snap = self.core.snapshot(since_seq)
        snap["connection"] = self.connection
        return snap

    # --- paho callbacks (network thread) -------------------------------------------------

    def _on_connect(self, client: mqtt.Client, _userdata: Any, _flags: Any, reason: Any,
                    _props: Any) -> None:
        self._first.record(reason)
        if reason.is_failure:
            self._set_connection(f"refused: {reason}")
            return
        topics = self.core.topics
        # The e-stop at QoS 0: the broker then forwards it at once instead of queueing it
        # behind QoS 1 commands waiting for the in-flight window. Nothing is lost by it:
        # the e-stop is retained, so every (re)connect delivers its current value.
        client.subscribe([(topics.commands, 1), (topics.estop, 0)])
        self._set_connection("connected")
        self._urgent.append(_CONNECTED)
        self._wake.set()

    def _on_disconnect(self, _client: mqtt.Client, _userdata: Any, _flags: Any, reason: Any,
                       _props: Any) -> None:
        if not self._stopping.is_set():
            self._set_connection(f"disconnected ({reason}); reconnecting")

    def _on_message(self, _client: mqtt.Client, _userdata: Any, msg: mqtt.MQTTMessage) -> None:
        item = (msg.topic, bytes(msg.payload), bool(msg.retain))
        urgent = msg.topic == self._estop_topic
        idle = not self._urgent and not self._normal
        if (urgent or (idle and not self._more_waiting())) and self.lock.acquire(blocking=False):
            try:  # the fast path: handle it here and now
                self._publish(self.core.on_message(item[0], item[1], item[2], self.clock()))
            finally:
                self.lock.release()
            if not idle:
                self._wake.set()
            return
        if urgent:
            self._urgent.append(item)
        elif len(self._normal) < MAX_BACKLOG:
            self._normal.append(item)
        else:
            self.dropped += 1
            if self.dropped % 1000 == 1:
                log.warning("message backlog full: dropped %d messages", self.dropped)
        self._wake.set()

    def _more_waiting(self) -> bool:
        """Whether more bytes are already waiting to be read (a burst is arriving)."""
        sock = self.client.socket()
        if sock is None:
            return False
        pending = getattr(sock, "pending", None)  # TLS: decrypted bytes held by ssl
        if pending is not None and pending():
            return True
        try:
            return bool(select.select([sock], [], [], 0)[0])
        except (OSError, ValueError):
            return False

    def _set_connection(self, state: str) -> None:
        self.connection = state
        self.on_change(f"broker {self.address.url}: {state}")

    # --- core thread ---------------------------------------------------------------------

    def _run(self) -> None:
        next_tick = time.monotonic()
        while not self._stopping.is_set():
            self._wake.wait(max(0.0, next_tick - time.monotonic()))
            self._wake.clear()
            while self._urgent or self._normal:
                self._handle_batch()
            if time.monotonic() >= next_tick:
                with self.lock:
                    self._publish(self.core.tick(self.clock()))
                next_tick = max(next_tick + self.tick_s, time.monotonic() - self.tick_s)

    def _handle_batch(self) -> None:
        out: list[Outgoing] = []
        with self.lock:
            for _ in range(BATCH):
                if self._urgent:
                    item = self._urgent.popleft()
                elif self._normal:
                    item = self._normal.popleft()
                else:
                    break
                now = self.clock()
                if item is _CONNECTED:
                    out += self.core.on_connect(now)
                else:
                    out += self.core.on_message(item[0], item[1], item[2], now)
            self._publish(out)

    def _publish(self, out: list[Outgoing]) -> None:
        """Publish in order; callers hold the lock (paho's publish only queues)."""
        if not out or not self.client.is_connected():
            return
        for o in out:
            self.client.publish(o.topic, o.payload, o.qos, o.retain)
