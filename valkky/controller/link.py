"""The controller's side of the robot link: commands out, acks in, never in the way.

    link = RobotLink.from_url("mqtt://127.0.0.1:1883/valkky-1")
    link.start()                      # returns at once, broker or not
    gid = link.gesture("nod")         # None: not connected, dropped (and logged)
    link.show("moppi", gloss="mop"); link.speech("start", "Tämä on moppi.")
    for ack in link.take_acks(): ...  # what the robot answered since the last call
    link.wait_outstanding(2.0)        # at the end of a run: bounded wait for final acks
    link.stop()

A lesson never waits on the robot: nothing here blocks on the network. While the broker
is away the link reconnects in the background with backoff, and commands made meanwhile
are dropped rather than queued to arrive late. It publishes a heartbeat once a second
(first thing on every connect) and its retained ``controller/status`` with an
``"offline"`` last will. It speaks MQTT 5 where the broker does, so that commands carry a
message expiry, and MQTT 3.1.1 otherwise.

One robot, one controller: before it first announces itself the link reads the robot's
retained ``controller/status``; an ``"online"`` there is another live controller, and the
link then stays silent and reports it (``conflict``) instead of interleaving its
gestures with the other's. Its client id is unique, so no other client can throw it off
the broker. When the robot never answers the first gesture, the link says what to check.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import threading
import time
from collections.abc import Callable
from typing import Any

import paho.mqtt.client as mqtt
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties

from valkky.protocol import messages as p
from valkky.protocol import mqtt as m
from valkky.protocol.address import BrokerAddress, parse_robot_url

log = logging.getLogger(__name__)

HEARTBEAT_S = 1.0
FINAL = ("done", "rejected")
COMMAND_EXPIRY_S = 5  # = the robot's staleness limit for a gesture (docs/protocol.md)
# A 3.1.1-only broker either refuses an MQTT 5 CONNECT or (amqtt, with a will) never
# answers it; after this long without a CONNACK the link falls back to 3.1.1.
CONNACK_WAIT_S = 1.0
FIRST_ACK_WAIT_S = 3.0  # no ack for the first gesture by then: say what to check


class RobotLink:
    def __init__(self, address: BrokerAddress, robot_id: str, *,
                 clock: Callable[[], float] = time.time,
                 on_ack: Callable[[p.Ack], None] | None = None,
                 heartbeat_s: float | None = None, first_ack_wait_s: float | None = None,
                 connack_wait_s: float | None = None, mqtt5: bool = True):
        self.address = address
        # None: the module's defaults (tests make them short)
        self.heartbeat_s = HEARTBEAT_S if heartbeat_s is None else heartbeat_s
        self.first_ack_wait_s = FIRST_ACK_WAIT_S if first_ack_wait_s is None \
            else first_ack_wait_s
        self.connack_wait_s = CONNACK_WAIT_S if connack_wait_s is None else connack_wait_s
        self.topics = p.Topics(robot_id)
        self.clock = clock
        self.on_ack = on_ack
        self.robot_status: str | None = None  # "online"/"offline" as the robot last said
        self.robot_state: p.State | None = None
        self.dropped: list[str] = []  # names of commands dropped while disconnected
        self._cond = threading.Condition()
        self._acks: list[p.Ack] = []
        self._outstanding: set[str] = set()
        self._seq = itertools.count()
        self._prefix = f"{os.getpid():x}-{int(clock() * 1000) % 0xFFFFFF:x}"
        self._ids = itertools.count(1)
        self._stop = threading.Event()
        self._heart: threading.Thread | None = None
        # MQTT 5 first, for the message expiry on commands; a 3.1.1 broker refuses it at
        # once and the link falls back (docs/protocol.md: everything works over 3.1.1).
        # mqtt5=False where the broker is known to speak 3.1.1 only (the embedded one):
        # no try, so no wait for a CONNACK that amqtt never sends.
        self.protocol = mqtt.MQTTv5 if mqtt5 else mqtt.MQTTv311
        self._connacked = False  # any CONNACK seen: the broker answers this protocol
        self._swap = threading.Lock()  # the fallback's client swap vs stop()
        self.conflict: str | None = None  # another controller drives this robot
        self._announced = False  # we have said "online" at least once
        # The broker has acknowledged that "online" (PUBACK: it is stored, retained), so a
        # controller that connects after wait_connected() returned is sure to read it.
        self._claimed = False
        self._online_mid: int | None = None
        self._other_online = False  # a retained "online" seen before we announced
        self._check_mid: int | None = None
        self._first_gesture: str | None = None
        # topics beyond the robot's, read for other parts of the runtime (see ``route``)
        self._routes: dict[str, Callable[[bytes], None]] = {}
        self.client = self._make_client()

    def _make_client(self) -> mqtt.Client:
        client = m.make_client(m.unique_client_id(f"valkky-controller-{self.topics.robot_id}"),
                               self.address, will=(self.topics.controller_status,
                                                   p.encode_status(p.OFFLINE)),
                               protocol=self.protocol)
        client.on_connect = m.guard(self._on_connect, self._callback_failed)
        client.on_disconnect = m.guard(self._on_disconnect, self._callback_failed)
        client.on_message = m.guard(self._on_message, self._callback_failed)
        client.on_subscribe = m.guard(self._on_subscribe, self._callback_failed)
        client.on_publish = m.guard(self._on_publish, self._callback_failed)
        client.on_socket_open = self._on_socket_open
        return client

    @staticmethod
    def _callback_failed(exc: BaseException) -> None:
        log.error("robot link: %s in an MQTT callback: %s", type(exc).__name__, exc)

    def _on_socket_open(self, client: mqtt.Client, userdata: Any, sock: Any) -> None:
        m.set_nodelay(client, userdata, sock)
        if self.protocol == mqtt.MQTTv5 and not self._connacked:
            timer = threading.Timer(self.connack_wait_s, self._no_connack, args=(client,))
            timer.daemon = True
            timer.start()

    def _no_connack(self, client: mqtt.Client) -> None:
        if client is self.client and self.protocol == mqtt.MQTTv5 and not self._connacked \
                and not self._stop.is_set():
            log.info("robot link: %s did not answer an MQTT 5 CONNECT; using 3.1.1",
                     self.address.url)
            self._fall_back_to_311()

    def _connect_async(self) -> None:
        if self.protocol == mqtt.MQTTv5:
            self.client.connect_async(self.address.host, self.address.port,
                                      keepalive=m.KEEPALIVE_S, clean_start=True)
        else:
            self.client.connect_async(self.address.host, self.address.port,
                                      keepalive=m.KEEPALIVE_S)
        self.client.loop_start()

    def _fall_back_to_311(self) -> None:
        """Runs off the network thread: stop the v5 client, start a 3.1.1 one."""
        with self._swap:
            if self._stop.is_set() or self.protocol != mqtt.MQTTv5:
                return
            old = self.client
            self.protocol = mqtt.MQTTv311
            self.client = self._make_client()
            # its callbacks now see it is no longer the link's client; the DISCONNECT wakes
            # its network thread at once (stopped first, it would sleep out its 1 s select)
            with contextlib.suppress(Exception):
                m.stop(old)
            self._connect_async()

    @classmethod
    def from_url(cls, url: str, *, username: str | None = None, password: str | None = None,
                 **kw: Any) -> RobotLink:
        """``mqtt://host:port/ROBOT`` (ConfigError if it is not one); credentials as in
        ``parse_robot_url``."""
        address, robot_id = parse_robot_url(url, username=username, password=password)
        return cls(address, robot_id, **kw)

    # --- life cycle ----------------------------------------------------------------------

    def start(self) -> None:
        """Start connecting in the background; returns at once even with no broker."""
        self._connect_async()
        self._heart = threading.Thread(target=self._heartbeat, daemon=True,
                                       name="valkky-link-heartbeat")
        self._heart.start()

    def stop(self, timeout_s: float = 1.0) -> None:
        """Say "offline" (when connected) and disconnect; bounded."""
        self._stop.set()
        if self._heart is not None:
            self._heart.join(timeout_s)
        if self.client.is_connected():
            info = self.client.publish(self.topics.controller_status,
                                       p.encode_status(p.OFFLINE), 1, True)
            with contextlib.suppress(RuntimeError, ValueError):
                info.wait_for_publish(timeout_s)
        with self._swap:
            m.stop(self.client)

    @property
    def connected(self) -> bool:
        return self.client.is_connected()

    def wait_connected(self, timeout_s: float) -> bool:
        """True once connected and announced to the robot, the broker having stored the
        claim (so a second controller started after this reads it); False on a timeout
        or when another controller drives the robot (see ``conflict``)."""
        deadline = time.monotonic() + timeout_s
        with self._cond:
            while not (self._claimed and self.client.is_connected()):
                left = deadline - time.monotonic()
                if left <= 0 or self.conflict:
                    return False
                self._cond.wait(left)
        return True

    def route(self, topic: str, handler: Callable[[bytes], None]) -> None:
        """Subscribe to ``topic`` (QoS 1, now if connected and on every connect) and hand
        each payload to ``handler`` on the network thread. The handler must be quick;
        whatever it raises is logged, never kills the link."""
        self._routes[topic] = handler
        if self.client.is_connected():  # else on_connect subscribes (a repeat is harmless)
            self.client.subscribe(topic, 1)

    def publish(self, topic: str, payload: bytes, qos: int = 1, what: str = "message") -> bool:
        """Publish beside the commands, never retained, never queued: dropped (False) while
        disconnected, as commands are."""
        return self._send(topic, payload, qos, what)

    # --- commands ------------------------------------------------------------------------

    def gesture(self, name: str, *, speed: float = 1.0, amplitude: float = 1.0) -> str | None:
        """Send a gesture; its id, or None when it was dropped (not connected)."""
        gid = f"{self._prefix}-{next(self._ids)}"
        cmd = p.GestureCmd(id=gid, name=name, sent_at=self.clock(), speed=speed,
                           amplitude=amplitude)
        with self._cond:  # before sending: the ack may come back before publish() returns
            self._outstanding.add(gid)
        # never publish holding our lock: paho's callbacks take it from the network thread
        if not self._send(self.topics.gesture, cmd.to_payload(), 1, f"gesture {name}"):
            with self._cond:
                self._outstanding.discard(gid)
            return None
        if self._first_gesture is None:
            self._first_gesture = gid
            timer = threading.Timer(self.first_ack_wait_s, self._check_first_ack, args=(gid,))
            timer.daemon = True
            timer.start()
        return gid

    def _check_first_ack(self, gid: str) -> None:
        """No ack at all for the first gesture: the robot side is not there, or the
        broker's ACL dropped the command (it does so without a word)."""
        with self._cond:
            answered = any(a.id == gid for a in self._acks) or gid not in self._outstanding
        if answered or self._stop.is_set():
            return
        user = self.address.username or "(anonymous)"
        robot = self.topics.robot_id
        if self.robot_status != p.ONLINE:
            log.warning("robot link: robot %s is not online on %s: start its bridge or "
                        "simulator; gestures are not carried out", robot, self.address.url)
        else:
            log.warning("robot link: robot %s has not answered a gesture in %g s. Check "
                        "that the MQTT user %s may publish to valkky/%s/cmd/# (the "
                        "broker's ACL drops other messages silently: use the controller's "
                        "credentials)", robot, self.first_ack_wait_s, user, robot)

    def show(self, text: str | None = None, *, image: str | None = None,
             gloss: str | None = None) -> bool:
        """Show text/an image on the robot's screen (nothing clears it)."""
        cmd = p.ShowCmd(id=f"{self._prefix}-{next(self._ids)}", text=text, image=image,
                        gloss=gloss)
        return self._send(self.topics.show, cmd.to_payload(), 1, "show")

    def speech(self, state: str, text: str | None = None) -> bool:
        """Tell the robot speech starts or ends, so it can animate while it speaks."""
        cmd = p.SpeechCmd(id=f"{self._prefix}-{next(self._ids)}", state=state, text=text)
        return self._send(self.topics.speech, cmd.to_payload(), 0, "speech")

    def _send(self, topic: str, payload: bytes, qos: int, what: str) -> bool:
        if not self.client.is_connected() or self.conflict:
            self.dropped.append(what)
            log.info("robot link: not connected to %s; %s dropped", self.address.url, what)
            return False
        info = self.client.publish(topic, payload, qos, False, properties=self._expiry())
        return info.rc == mqtt.MQTT_ERR_SUCCESS

    def _expiry(self) -> Properties | None:
        """MQTT 5: a command not delivered within COMMAND_EXPIRY_S is dropped by the broker
        (a gesture that late would be rejected as stale anyway)."""
        if self.protocol != mqtt.MQTTv5:
            return None
        props = Properties(PacketTypes.PUBLISH)
        props.MessageExpiryInterval = COMMAND_EXPIRY_S
        return props

    # --- acks ----------------------------------------------------------------------------

    def take_acks(self) -> list[p.Ack]:
        """The acks received since the last call, in order."""
        with self._cond:
            acks, self._acks = self._acks, []
        return acks

    def outstanding(self) -> list[str]:
        """Ids of gestures sent that have no final ack yet."""
        with self._cond:
            return sorted(self._outstanding)

    def wait_outstanding(self, timeout_s: float) -> bool:
        """Wait (bounded) until every gesture sent has its done or rejected ack; True if
        none is left. Not connected: returns at once."""
        deadline = time.monotonic() + timeout_s
        with self._cond:
            while self._outstanding and self.client.is_connected():
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._cond.wait(left)
            return not self._outstanding

    # --- paho callbacks and the heartbeat ------------------------------------------------

    def _on_connect(self, client: mqtt.Client, _u: Any, _f: Any, reason: Any, _p: Any) -> None:
        if client is not self.client:
            return  # the MQTT 5 client left behind by the fallback
        self._connacked = True
        if reason.is_failure and self.protocol == mqtt.MQTTv5 \
                and reason.value in m.UNSUPPORTED_PROTOCOL:
            log.info("robot link: %s speaks MQTT 3.1.1 only; commands go without an expiry",
                     self.address.url)
            threading.Thread(target=self._fall_back_to_311, daemon=True,
                             name="valkky-link-fallback").start()
            return
        if reason.is_failure:
            log.warning("robot link: %s refused the connection: %s", self.address.url, reason)
            return
        t = self.topics
        if self._routes:
            client.subscribe([(topic, 1) for topic in self._routes])
        if self._announced:  # a reconnect: the robot knows us; say we are back at once
            client.subscribe([(t.ack, 1), (t.error, 1), (t.status, 1), (t.state, 0)])
            self._announce(client)
            return
        # First time: read the retained controller/status first. The broker answers
        # subscriptions in order, retained messages after each SUBACK, so when the second
        # SUBACK arrives, another controller's retained "online" has arrived before it.
        client.subscribe(t.controller_status, 1)
        _, self._check_mid = client.subscribe(
            [(t.ack, 1), (t.error, 1), (t.status, 1), (t.state, 0)])

    def _on_subscribe(self, client: mqtt.Client, _u: Any, mid: int, _codes: Any,
                      _p: Any) -> None:
        if mid != self._check_mid or self._announced:
            return
        if self._other_online:
            robot = self.topics.robot_id
            self.conflict = (f"robot {robot} already has a controller: another `valkky "
                             f"run` is driving it through {self.address.url}. Stop that "
                             "one first (a run killed just now is cleared by the broker "
                             "within 10 s).")
            log.warning("robot link: %s", self.conflict)
            with self._cond:
                self._cond.notify_all()
            return
        self._announce(client)

    def _announce(self, client: mqtt.Client) -> None:
        self._beat()  # first, so the robot knows its controller before any command
        info = client.publish(self.topics.controller_status, p.encode_status(p.ONLINE), 1, True)
        self._online_mid = info.mid
        self._announced = True
        log.info("robot link: connected to %s", self.address.url)
        with self._cond:
            self._cond.notify_all()

    def _on_publish(self, _c: Any, _u: Any, mid: int, _reason: Any, _p: Any) -> None:
        if mid == self._online_mid and not self._claimed:
            with self._cond:
                self._claimed = True
                self._cond.notify_all()

    def _on_disconnect(self, client: Any, _u: Any, _f: Any, reason: Any, _p: Any) -> None:
        if client is not self.client:
            return  # the MQTT 5 client left behind by the fallback
        if not self._stop.is_set():
            log.warning("robot link: lost %s (%s); reconnecting", self.address.url, reason)
        with self._cond:
            self._cond.notify_all()  # wait_outstanding gives up while disconnected

    def _on_message(self, _c: Any, _u: Any, msg: mqtt.MQTTMessage) -> None:
        kind = self.topics.kind(msg.topic)
        payload = bytes(msg.payload)
        routed = self._routes.get(msg.topic)
        if routed is not None:
            routed(payload)
            return
        try:
            if kind == "ack":
                ack = p.Ack.from_payload(payload)
                with self._cond:
                    self._acks.append(ack)
                    if ack.status in FINAL:
                        self._outstanding.discard(ack.id)
                    self._cond.notify_all()
                if self.on_ack is not None:
                    self.on_ack(ack)
            elif kind == "status":
                self.robot_status = p.decode_status(payload) if payload else None
            elif kind == "controller_status":
                # Before we announce, any "online" is another controller's: retained, or
                # live when its claim reached the broker while we were subscribing.
                if not self._announced and payload \
                        and p.decode_status(payload) == p.ONLINE:
                    self._other_online = True
            elif kind == "state":
                self.robot_state = p.State.from_payload(payload) if payload else None
            elif kind == "error":
                evt = p.ErrorEvt.from_payload(payload)
                log.warning("robot reports an error on %s: %s", evt.topic, evt.error)
        except p.ProtocolError as exc:
            log.warning("robot link: bad message on %s: %s", msg.topic, exc)

    def _beat(self) -> None:
        hb = p.Heartbeat(seq=next(self._seq), sent_at=self.clock())
        self.client.publish(self.topics.heartbeat, hb.to_payload(), 0, False,
                            properties=self._expiry())

    def _heartbeat(self) -> None:
        while not self._stop.wait(self.heartbeat_s):  # the heartbeat's period, not a sync
            if self.client.is_connected() and self._announced:
                self._beat()
