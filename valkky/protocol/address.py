"""Broker addresses as URLs: ``mqtt://[user[:password]@]host[:port]``, ``mqtts://`` for TLS,
and ``mqtt://host:port/ROBOT`` where a robot id goes with it (the controller's --robot).

A password is better kept out of the URL (and out of ``ps``): ``VALKKY_MQTT_USERNAME`` and
``VALKKY_MQTT_PASSWORD`` fill in what the URL leaves out; for ``mqtts://``,
``VALKKY_MQTT_CA`` names a CA file (default: the system's) and ``VALKKY_MQTT_CERT`` /
``VALKKY_MQTT_KEY`` a client certificate and key where the broker asks for one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from valkky.errors import ConfigError
from valkky.protocol.messages import Topics

SCHEMES = {"mqtt": 1883, "mqtts": 8883}


@dataclass(frozen=True)
class BrokerAddress:
    host: str
    port: int
    username: str | None = None
    password: str | None = None
    tls: bool = False
    ca_file: str | None = None  # None: the system's CAs
    cert_file: str | None = None  # a client certificate, where the broker asks for one
    key_file: str | None = None

    @property
    def url(self) -> str:
        """The URL without credentials, for messages."""
        return f"{'mqtts' if self.tls else 'mqtt'}://{self.host}:{self.port}"


def parse_broker_url(url: str, *, allow_path: bool = False, username: str | None = None,
                     password: str | None = None) -> tuple[BrokerAddress, str]:
    """The broker address and the URL's path (without slashes; "" if none). Credentials
    in the URL win, then ``username``/``password``, then the environment."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise ConfigError(f"broker URL {url!r}: {exc}") from None
    if parts.scheme not in SCHEMES or not parts.hostname:
        raise ConfigError(f"broker URL {url!r}: expected mqtt://host:port or "
                          "mqtts://host:port (for example mqtt://127.0.0.1:1883)")
    path = parts.path.strip("/")
    if path and not allow_path:
        raise ConfigError(f"broker URL {url!r}: no path expected (give the robot id "
                          "separately)")
    if parts.query or parts.fragment:
        raise ConfigError(f"broker URL {url!r}: no ?query or #fragment expected")
    env = os.environ
    username = unquote(parts.username) if parts.username else (
        username or env.get("VALKKY_MQTT_USERNAME"))
    password = unquote(parts.password) if parts.password else (
        password or env.get("VALKKY_MQTT_PASSWORD"))
    tls = parts.scheme == "mqtts"
    address = BrokerAddress(host=parts.hostname, port=port or SCHEMES[parts.scheme],
                            username=username or None, password=password or None, tls=tls,
                            ca_file=env.get("VALKKY_MQTT_CA") if tls else None,
                            cert_file=env.get("VALKKY_MQTT_CERT") if tls else None,
                            key_file=env.get("VALKKY_MQTT_KEY") if tls else None)
    return address, path


def parse_robot_url(url: str, *, username: str | None = None, password: str | None = None
                    ) -> tuple[BrokerAddress, str]:
    """``mqtt://host:port/ROBOT`` → the broker and the robot id (checked)."""
    address, robot_id = parse_broker_url(url, allow_path=True, username=username,
                                         password=password)
    if not robot_id:
        raise ConfigError(f"robot URL {url!r}: add the robot id, as in "
                          "mqtt://127.0.0.1:1883/valkky-1")
    Topics(robot_id)
    return address, robot_id
