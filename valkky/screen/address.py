"""Where the screen is served: ``[HOST:]PORT`` (stdlib only, for the command line)."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from valkky.errors import UsageError


@dataclass(frozen=True)
class Address:
    host: str
    port: int

    @property
    def loopback(self) -> bool:
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False

    @property
    def wildcard(self) -> bool:
        return self.host in ("0.0.0.0", "::", "")


def parse_address(text: str, flag: str = "--screen") -> Address:
    """``PORT``, ``HOST:PORT`` or ``[IPv6]:PORT``; the host defaults to 127.0.0.1.
    ``flag`` names the option in messages."""
    host, _, port = text.rpartition(":")
    host = host.strip("[]") or "127.0.0.1"
    try:
        number = int(port)
    except ValueError:
        raise UsageError(f"{flag}: '{text}' is not [HOST:]PORT") from None
    if not 0 <= number <= 65535:
        raise UsageError(f"{flag}: {number} is not a port (1-65535; 0 for any free one)")
    return Address(host, number)
