"""The console's MQTT client (the `console` broker user): the session topics of every
robot into a ``LiveBoard``, and the trainer's pause, resume, stop and e-stop out.

It never blocks a page: it connects in the background and reconnects by itself; a page
asks for the board (under a lock) and publishes through it. Whatever arrives is decoded
strictly; a payload that fails is counted and dropped, never raised on paho's thread.
The e-stop is the operator's own message on the robot's own e-stop topic (retained,
QoS 1), published at once: it does not wait for a session, a turn or a reply.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import paho.mqtt.client as mqtt

from valkky.console.livestate import LiveBoard, RobotView
from valkky.protocol import messages as p
from valkky.protocol import mqtt as m
from valkky.protocol.address import BrokerAddress, parse_broker_url
from valkky.protocol.session import SessionCtl, SessionEvt, SessionTopics

log = logging.getLogger(__name__)

PUBACK_WAIT_S = 2.0  # how long a page waits to say the broker took a control or e-stop
ESTOP_BY = "console"


class LiveFeed:
    def __init__(self, address: BrokerAddress, *, clock: Callable[[], float] = time.time):
        self.address = address
        self.clock = clock
        self.board = LiveBoard()
        self.dropped = 0  # payloads that failed decoding
        self._lock = threading.Lock()
        self.client = m.make_client(m.unique_client_id("valkky-console"), address, will=None)
        self.client.on_connect = m.guard(self._on_connect, self._callback_failed)
        self.client.on_message = m.guard(self._on_message, self._callback_failed)

    @classmethod
    def from_url(cls, url: str, **kw: Any) -> LiveFeed:
        """``mqtt://host:port`` (credentials from VALKKY_MQTT_USERNAME/PASSWORD)."""
        address, _ = parse_broker_url(url)
        return cls(address, **kw)

    def start(self) -> None:
        """Start connecting in the background; returns at once, broker or not."""
        self.client.connect_async(self.address.host, self.address.port,
                                  keepalive=m.KEEPALIVE_S)
        self.client.loop_start()

    def stop(self) -> None:
        m.stop(self.client)

    @property
    def connected(self) -> bool:
        return self.client.is_connected()

    # -- what the page reads -------------------------------------------------------------

    @property
    def version(self) -> int:
        return self.board.version

    def robots(self) -> list[RobotView]:
        with self._lock:
            self.board.prune(self.clock())
            return self.board.robots()

    def running(self, robot: str, session: str) -> bool:
        with self._lock:
            return self.board.running(robot, session)

    # -- what the trainer does -----------------------------------------------------------

    def control(self, robot: str, action: str, session: str, by: str = "") -> bool:
        """Pause, resume or stop ``session`` on ``robot``; True once the broker has it."""
        ctl = SessionCtl(action=action, sent_at=self.clock(), session=session, by=by)
        return self._publish(SessionTopics(robot).control, ctl.to_payload(), retain=False)

    def estop(self, robot: str) -> bool:
        """Engage ``robot``'s e-stop exactly as an operator does; True once the broker
        has it. Released only by an operator at the robot (docs/console.md)."""
        msg = p.EStop(engaged=True, by=ESTOP_BY)
        return self._publish(p.Topics(robot).estop, msg.to_payload(), retain=True)

    def _publish(self, topic: str, payload: bytes, *, retain: bool) -> bool:
        if not self.client.is_connected():
            return False
        info = self.client.publish(topic, payload, 1, retain)
        try:
            info.wait_for_publish(PUBACK_WAIT_S)
        except (RuntimeError, ValueError):  # not queued: the connection went meanwhile
            return False
        return info.is_published()

    # -- paho callbacks --------------------------------------------------------------------

    @staticmethod
    def _callback_failed(exc: BaseException) -> None:
        log.error("console live feed: %s in an MQTT callback: %s", type(exc).__name__, exc)

    def _on_connect(self, client: mqtt.Client, _u: Any, _f: Any, reason: Any, _p: Any) -> None:
        if reason.is_failure:
            log.warning("console live feed: %s refused the connection: %s",
                        self.address.url, reason)
            return
        client.subscribe([(SessionTopics.ALL_EVENTS, 1), (SessionTopics.ALL_ERRORS, 1),
                          ("valkky/+/controller/status", 1), ("valkky/+/state", 0)])

    def _on_message(self, _c: Any, _u: Any, msg: mqtt.MQTTMessage) -> None:
        parts = msg.topic.split("/")
        if len(parts) < 3 or not p.ROBOT_ID_RE.fullmatch(parts[1]):
            self.dropped += 1
            return
        robot, kind, payload, now = parts[1], "/".join(parts[2:]), bytes(msg.payload), \
            self.clock()
        try:
            with self._lock:
                if kind == "session/events":
                    self.board.record(robot, SessionEvt.from_payload(payload), now)
                elif kind == "session/error":
                    error = p.ErrorEvt.from_payload(payload)
                    self.board.refused(robot, error.error, now)
                elif kind == "controller/status":
                    status = p.decode_status(payload) if payload else None
                    self.board.runtime_status(robot, status, now)
                elif kind == "state" and payload:
                    self.board.estop(robot, p.State.from_payload(payload).estop, now)
        except p.ProtocolError as exc:
            self.dropped += 1
            log.info("console live feed: dropped a message on %s: %s", msg.topic, exc)
