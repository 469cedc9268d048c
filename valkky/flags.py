"""Flag values argparse checks as it parses (``type=``), so that a malformed one is wrong
usage like any other (exit status 2, with the command's usage line): a port, a broker URL,
`valkky run`'s robot link. Shared by the commands' parsers; what a check needs is imported
only when the flag is given."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from valkky.errors import ValkkyError


def port(text: str) -> int:
    """A TCP port: 0 (any free one) to 65535."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port number") from None
    if not 0 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"{number} is not a port: use 1-65535 (0: any "
                                         "free port)")
    return number


def broker_url(text: str) -> str:
    """A broker URL (mqtt://host:port or mqtts://…)."""
    from valkky.protocol.address import parse_broker_url

    return _checked(text, parse_broker_url)


def robot_link(text: str) -> str:
    """`valkky run --robot`: none, or a robot URL (mqtt://host:port/ID) checked here; any
    other name is refused later with the known ones."""
    from valkky.protocol.address import parse_robot_url

    mqtt = "://" in text and text.split("://", 1)[0] in ("mqtt", "mqtts")
    return _checked(text, parse_robot_url) if mqtt else text


def _checked(text: str, parse: Callable[[str], object]) -> str:
    try:
        parse(text)
    except (ValkkyError, ValueError) as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text
