"""paho-mqtt 2.x clients set up the way docs/protocol.md asks: MQTT 3.1.1 (or 5, for the
controller's message expiry), clean session, a retained last will, TCP_NODELAY on every
socket, reconnects with backoff.

Only the MQTT runner modules import this (and so paho); ``import valkky.robot`` does not.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import socket
import ssl
import threading
from collections.abc import Callable
from typing import Any

import paho.mqtt.client as mqtt

from valkky.errors import AdapterError
from valkky.protocol.address import BrokerAddress

log = logging.getLogger(__name__)

KEEPALIVE_S = 5  # the broker publishes the last will within 1.5 × this of a silent client
RECONNECT_MIN_S = 1
RECONNECT_MAX_S = 16
MAX_INFLIGHT = 1000
# MQTT 5 CONNACK "unsupported protocol version" (3.1.1 brokers answer a v5 CONNECT so)
UNSUPPORTED_PROTOCOL = (132, 1)


def set_nodelay(_client: mqtt.Client, _userdata: Any, sock: Any) -> None:
    """on_socket_open: small messages go out at once instead of waiting ~40 ms (Nagle)."""
    # not a TCP socket (a unix socket, a proxy wrapper): nothing to set
    with contextlib.suppress(OSError, AttributeError):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def make_client(client_id: str, address: BrokerAddress, will: tuple[str, bytes] | None,
                protocol: int = mqtt.MQTTv311) -> mqtt.Client:
    """A client; with MQTTv5 the session is made clean at connect (``clean_start``)."""
    if protocol == mqtt.MQTTv5:
        client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=client_id,
                             protocol=mqtt.MQTTv5)
    else:
        client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=client_id,
                             clean_session=True, protocol=mqtt.MQTTv311)
    client.on_socket_open = set_nodelay
    client.connect_timeout = 5.0
    client.reconnect_delay_set(RECONNECT_MIN_S, RECONNECT_MAX_S)
    # paho lets 20 QoS 1 messages be in flight by default and queues the rest: a burst of
    # acks would then hold back an e-stop's state behind it
    client.max_inflight_messages_set(MAX_INFLIGHT)
    if address.username:
        client.username_pw_set(address.username, address.password)
    if address.tls:
        try:
            client.tls_set(ca_certs=address.ca_file, certfile=address.cert_file,
                           keyfile=address.key_file, cert_reqs=ssl.CERT_REQUIRED)
        except (OSError, ssl.SSLError) as exc:
            why = getattr(exc, "strerror", None) or str(exc)
            raise AdapterError(f"TLS for {address.url}: cannot use the CA or client "
                               f"certificate files: {why}") from None
    if will is not None:
        client.will_set(will[0], will[1], qos=1, retain=True)
    return client


def guard(callback: Callable[..., None], on_error: Callable[[BaseException], None]
          ) -> Callable[..., None]:
    """``callback`` for paho that can never raise: an exception escaping a paho callback
    ends its network thread, and with it every ack and the e-stop. ``on_error`` hears of
    it instead (and must not raise either)."""

    def guarded(*args: Any) -> None:
        try:
            callback(*args)
        except Exception as exc:  # anything: the network loop must go on
            try:
                on_error(exc)
            except Exception:
                log.exception("error while reporting an error in an MQTT callback")
    return guarded


class FirstConnect:
    """Waits for the first CONNACK, so a start-up failure becomes one clear error."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.refused: str | None = None

    def record(self, reason_code: Any) -> None:
        if not self.done.is_set():
            if reason_code.is_failure:
                self.refused = str(reason_code)
            self.done.set()


def connect_or_fail(client: mqtt.Client, address: BrokerAddress, first: FirstConnect,
                    timeout_s: float = 5.0) -> None:
    """Connect, start the network thread and wait (bounded) for the broker's answer;
    AdapterError with what to check when the broker is unreachable or refuses."""
    try:
        client.connect(address.host, address.port, keepalive=KEEPALIVE_S)
    except (OSError, ssl.SSLError) as exc:
        why = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise AdapterError(f"cannot reach the MQTT broker at {address.url}: {why}. Is the "
                           "broker running there (Debian: systemctl status mosquitto)?") from None
    client.loop_start()
    if not first.done.wait(timeout_s):
        stop(client)
        raise AdapterError(f"the MQTT broker at {address.url} did not answer within "
                           f"{timeout_s:g} s")
    if first.refused:
        stop(client)
        hint = " (check the username and password)" if "auth" in first.refused.lower() \
            or "password" in first.refused.lower() else ""
        raise AdapterError(f"the MQTT broker at {address.url} refused the connection: "
                           f"{first.refused}{hint}")


def loop_alive(client: mqtt.Client) -> bool:
    """Whether paho's network thread (started by ``loop_start``) still runs; a thread that
    died leaves a process that looks alive but hears nothing."""
    thread = getattr(client, "_thread", None)  # paho's own loop thread
    return thread is not None and thread.is_alive()


def unique_client_id(prefix: str) -> str:
    """A client id no other process uses: a fixed one lets any client that knows it (or a
    second copy of the program) throw this one off the broker."""
    return f"{prefix}-{secrets.token_hex(4)}"


def stop(client: mqtt.Client) -> None:
    """Disconnect and end paho's network thread, at once. With a socket, the DISCONNECT
    wakes the thread and it ends: waited for. Without one, the thread may be sleeping out
    a reconnect back-off in 1 s slices nothing cuts short: it is told to end (disconnect()
    left it nothing to do) and not waited for, so a program without its broker still
    stops at once."""
    sock = client.socket()
    try:
        client.disconnect()
    finally:
        if sock is not None:
            client.loop_stop()
        else:
            threading.Thread(target=client.loop_stop, daemon=True,
                             name="valkky-mqtt-stop").start()
