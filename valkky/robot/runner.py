"""Runs a ``RobotCore`` over MQTT: the robot side's only contact with paho.

Two connections. The command connection takes ``cmd/#`` and sends acks, errors and the
status. The safety connection takes only the e-stop and sends only the state: a flood of
commands (thousands waiting on the first socket, thousands of acks queued to go out) can
then delay neither the e-stop coming in nor the state that shows it going out.

A command that arrives alone is handled at once on paho's network thread, so its ack goes
out with no thread hand-off (as fast as a bare MQTT echo). When more data is already
waiting on the socket (a burst), or the core is busy, commands are filed into two lanes
instead and the network thread goes back to reading; the core thread takes the e-stop
lane before every other message, even in the middle of a batch. The core thread also
ticks the core at ``tick_hz`` (motion, watchdog, state). Everything is published under
the core's lock, in order per connection; while disconnected it is dropped (the state is
re-announced on reconnect), so nothing arrives late. Nothing under the lock writes to a
terminal or a log: the core's log entries go to a non-blocking ``on_entry``.

No exception in a callback may end a network thread (``mqtt.guard``): it is reported as
``evt/error`` and the runner goes on. Should a thread die anyway, ``healthy()`` says so
and the service exits non-zero, so that its supervisor restarts it.
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

from valkky.protocol import messages as p
from valkky.protocol import mqtt as m
from valkky.protocol.address import BrokerAddress
from valkky.robot.core import Outgoing, RobotCore

log = logging.getLogger(__name__)

_CONNECTED = object()  # a lane item: the command connection (re)connected
# Commands waiting for the core. Beyond this a gesture is rejected at once (queue_full)
# and other commands are dropped; a controller treats a gesture with no ack as dropped.
MAX_BACKLOG = 10_000
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
        self._core_error: BaseException | None = None
        self._first = m.FirstConnect()
        self._first_safety = m.FirstConnect()
        topics = core.topics
        self._state_topic = topics.state
        self.client = m.make_client(m.unique_client_id(f"valkky-robot-{topics.robot_id}"),
                                    address, will=(topics.status, core.offline().payload))
        self.client.on_connect = m.guard(self._on_connect, self._callback_failed)
        self.client.on_disconnect = m.guard(self._on_disconnect, self._callback_failed)
        self.client.on_message = m.guard(self._on_message, self._callback_failed)
        self.safety = m.make_client(
            m.unique_client_id(f"valkky-robot-{topics.robot_id}-estop"), address, will=None)
        self.safety.on_connect = m.guard(self._on_safety_connect, self._callback_failed)
        self.safety.on_message = m.guard(self._on_estop, self._callback_failed)

    # --- life cycle ----------------------------------------------------------------------

    def start(self, timeout_s: float = 5.0) -> None:
        """Connect (AdapterError if the broker is unreachable) and start the core."""
        self._thread = threading.Thread(target=self._run, name="valkky-robot-core",
                                        daemon=True)
        m.connect_or_fail(self.safety, self.address, self._first_safety, timeout_s)
        try:
            m.connect_or_fail(self.client, self.address, self._first, timeout_s)
        except BaseException:
            m.stop(self.safety)
            raise
        self._thread.start()

    def healthy(self) -> str | None:
        """None while every thread runs; else what stopped (the process should exit)."""
        if self._core_error is not None:
            return f"the robot core stopped: {self._core_error}"
        if self._thread is not None and not self._thread.is_alive() \
                and not self._stopping.is_set():
            return "the robot core's thread stopped"
        for name, client in (("command", self.client), ("e-stop", self.safety)):
            if not m.loop_alive(client) and not self._stopping.is_set():
                return f"the MQTT network thread of the {name} connection stopped"
        return None

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
        try:
            m.stop(self.client)
        finally:
            m.stop(self.safety)

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
        client.subscribe(topics.commands, 1)  # the e-stop comes on the safety connection
        self._set_connection("connected")
        self._urgent.append(_CONNECTED)
        self._wake.set()

    def _on_safety_connect(self, client: mqtt.Client, _userdata: Any, _flags: Any,
                           reason: Any, _props: Any) -> None:
        self._first_safety.record(reason)
        if reason.is_failure:
            self._set_connection(f"e-stop connection refused: {reason}")
            return
        # The e-stop is retained: every (re)connect delivers its current value.
        client.subscribe(self.core.topics.estop, 1)
        with self.lock:
            self._publish([self.core.state_now(self.clock())])

    def _on_estop(self, _client: mqtt.Client, _userdata: Any, msg: mqtt.MQTTMessage) -> None:
        """The safety connection's only input: handled now if the core is free, else
        first thing by the core thread (which looks at this lane before every message)."""
        item = (msg.topic, bytes(msg.payload), bool(msg.retain))
        if self.lock.acquire(blocking=False):
            try:
                self._publish(self.core.on_message(item[0], item[1], item[2], self.clock()))
            finally:
                self.lock.release()
            return
        self._urgent.append(item)
        self._wake.set()

    def _callback_failed(self, exc: BaseException) -> None:
        """A callback raised: report it (evt/error) and go on; never under the lock."""
        log.error("robot runner: %s in an MQTT callback: %s", type(exc).__name__, exc)
        evt = p.ErrorEvt.about(self.core.topics.prefix + "#",
                               f"internal error: {type(exc).__name__}: {exc}", b"")
        with contextlib.suppress(Exception):
            self.client.publish(self.core.topics.error, evt.to_payload(), 1, False)

    def _on_disconnect(self, _client: mqtt.Client, _userdata: Any, _flags: Any, reason: Any,
                       _props: Any) -> None:
        if not self._stopping.is_set():
            self._set_connection(f"disconnected ({reason}); reconnecting")

    def _on_message(self, _client: mqtt.Client, _userdata: Any, msg: mqtt.MQTTMessage) -> None:
        item = (msg.topic, bytes(msg.payload), bool(msg.retain))
        idle = not self._urgent and not self._normal
        if idle and not self._more_waiting() and self.lock.acquire(blocking=False):
            try:  # the fast path: handle it here and now
                self._publish(self.core.on_message(item[0], item[1], item[2], self.clock()))
            finally:
                self.lock.release()
            return
        if len(self._normal) < MAX_BACKLOG:
            self._normal.append(item)
        else:
            self._overflow(item)
        self._wake.set()

    def _overflow(self, item: tuple[str, bytes, bool]) -> None:
        """The backlog is full: a gesture is rejected at once, anything else dropped."""
        self.dropped += 1
        if self.dropped % 1000 == 1:
            log.warning("command backlog full: dropped %d messages", self.dropped)
        topic, payload, _ = item
        if self.core.topics.kind(topic) == "gesture" and (gid := p.gesture_id_of(payload)):
            ack = p.Ack(gid, "rejected", self.clock(),
                        f"queue_full: {MAX_BACKLOG} commands are waiting for the robot")
            self.client.publish(self.core.topics.ack, ack.to_payload(), 1, False)

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
        try:
            self._loop()
        except BaseException as exc:  # a driver that failed, say: the service exits
            self._core_error = exc
            log.error("robot core stopped: %s: %s", type(exc).__name__, exc)

    def _loop(self) -> None:
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
                urgent = bool(self._urgent)
                if urgent:
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
                if urgent:
                    break  # an e-stop's state goes out now, not after the rest of a batch
            self._publish(out)

    def _publish(self, out: list[Outgoing]) -> None:
        """Publish in order, the state on the safety connection and the rest on the
        command connection; callers hold the lock (paho's publish only queues)."""
        for o in out:
            client = self.safety if o.topic == self._state_topic else self.client
            if client.is_connected():
                client.publish(o.topic, o.payload, o.qos, o.retain)
