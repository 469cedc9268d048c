"""``valkky console``: serve the console; ``valkky console passwd``: set its password.

Every `valkky` command builds its parser with ``add_command``: what only serving or setting
the password needs (the password's hashing, sockets) is imported when that runs."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from valkky.dbtarget import DB_HELP
from valkky.errors import EXIT_OK, ConfigError
from valkky.flags import broker_url

if TYPE_CHECKING:
    import socket

    from valkky.screen.address import Address
    from valkky.settings import Settings

DEFAULT_BIND = "127.0.0.1:8470"
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]


def add_command(command: Callable[..., argparse.ArgumentParser]) -> None:
    """Register ``valkky console`` (``command`` as in valkky.cli)."""
    p = command("console", run, "the trainer's console: learners, progress, reviews, groups "
                "in a browser",
                "Serve the trainer's console at http://HOST:PORT/ (127.0.0.1:8470 unless "
                "--bind says otherwise). Sign in with the password set by `valkky console "
                "passwd` or in VALKKY_CONSOLE_PASSWORD. See docs/console.md.")
    p.add_argument("--bind", default=DEFAULT_BIND, metavar="[HOST:]PORT",
                   help=f"where to serve (default {DEFAULT_BIND}; port 0: any free one). "
                        "On an address other than loopback, put a TLS proxy in front")
    p.add_argument("--broker", metavar="URL", type=broker_url,
                   help="the robots' MQTT broker (mqtt://host:port or mqtts://…), for the "
                        "Live page: log in as the `console` user (VALKKY_MQTT_USERNAME and "
                        "VALKKY_MQTT_PASSWORD); default $VALKKY_CONSOLE_BROKER")
    p.add_argument("--login-wait", type=_seconds, default=1.0, metavar="SECONDS",
                   help="after three wrong passwords from an address, how long its next "
                        "try waits; each further wrong one doubles it (default 1)")
    p.add_argument("--db", metavar="PATH|URL", help=DB_HELP)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    actions.add_parser("passwd", help="set the console's password (asked twice; read from "
                       "stdin when it is not a terminal)",
                       description="Set the trainer's password for the console: a salted "
                       "scrypt hash in console-password in the data dir, mode 0600.")


def run(args: argparse.Namespace) -> int:
    from valkky.console.auth import load_password, password_file
    from valkky.screen.address import parse_address

    folder = args.settings.data
    if args.action == "passwd":
        return _passwd(password_file(folder))
    address = parse_address(args.bind, "--bind")
    password = load_password(os.environ, password_file(folder))  # before anything opens
    # a bad URL in the flag is wrong usage (argparse); in the environment, a problem (1)
    broker = args.broker or os.environ.get("VALKKY_CONSOLE_BROKER") or None
    return serve(address, args.settings, password, broker=broker,
                 login_wait_s=args.login_wait)


def _seconds(text: str) -> float:
    """A wait in seconds: a number above 0 and at most a minute."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value <= 60:
        raise argparse.ArgumentTypeError(f"expected seconds above 0 and at most 60, not {text!r}")
    return value


def _passwd(path: os.PathLike[str] | str) -> int:
    import getpass
    from pathlib import Path

    from valkky.console.auth import MIN_PASSWORD, write_password

    if sys.stdin.isatty():
        first = getpass.getpass("New password for the console: ")
        if len(first) < MIN_PASSWORD:
            raise ConfigError(f"the console's password needs at least {MIN_PASSWORD} "
                              "characters; nothing changed")
        if getpass.getpass("The same again: ") != first:
            raise ConfigError("the two passwords differ; nothing changed")
    else:
        first = sys.stdin.readline().rstrip("\r\n")
    write_password(Path(path), first)
    print(f"the console's password is set (its hash is in {path}, readable by you only)")
    return EXIT_OK


def _bind(address: Address) -> socket.socket:
    import socket

    try:
        family = socket.AF_INET6 if ":" in address.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((address.host, address.port))
        sock.listen(64)
    except OSError as exc:
        raise ConfigError(f"--bind: cannot serve on {address.host}:{address.port}: "
                          f"{exc.strerror}") from None
    return sock


def serve(address: Address, settings: Settings, password_hash: str, *,
          broker: str | None = None, login_wait_s: float = 1.0) -> int:
    """Serve the progress database ``settings`` name until Ctrl-C or SIGTERM."""
    from valkky.progress.store import Store

    console = BoundConsole(address, settings, password_hash, broker=broker,
                           login_wait_s=login_wait_s)
    print(f"Konsoli (console): {console.url}  ({Store.shown(console.db.target)})", flush=True)
    if not address.loopback:
        print("valkky console: served on the network without TLS: put a TLS proxy in "
              "front of it (docs/console.md)", file=sys.stderr, flush=True)
    return console.run()


class BoundConsole:
    """The console on its socket, its database open, not yet serving: ``run()`` serves
    until Ctrl-C, SIGTERM or ``stop()`` (from another thread: a test serves it on one),
    then closes what it opened."""

    def __init__(self, address: Address, settings: Settings, password_hash: str, *,
                 broker: str | None = None, login_wait_s: float = 1.0) -> None:
        import uvicorn

        from valkky.console.app import create_app
        from valkky.console.auth import Throttle
        from valkky.console.db import Database
        from valkky.console.livefeed import LiveFeed

        # a bad broker URL stops us before binding
        self.live = LiveFeed.from_url(broker) if broker else None
        with contextlib.ExitStack() as undo:  # what is opened is closed if a later part fails
            self._sock = _bind(address)
            undo.callback(self._sock.close)
            self.db = Database(settings)
            undo.callback(self.db.close)
            hosts = LOOPBACK_HOSTS if address.loopback else None
            app = create_app(self.db, password_hash, allowed_hosts=hosts,
                             throttle=Throttle(first_wait_s=login_wait_s))
            app.state.live = self.live  # the Live page's sessions (valkky.console.live)
            host = "127.0.0.1" if address.wildcard else address.host
            host = f"[{host}]" if ":" in host else host
            self.url = f"http://{host}:{self._sock.getsockname()[1]}/"
            self._server = uvicorn.Server(uvicorn.Config(
                app, log_level="warning", access_log=False, lifespan="off",
                server_header=False, limit_concurrency=64, timeout_graceful_shutdown=2))
            undo.pop_all()  # all opened: run() serves and closes them

    def run(self) -> int:
        try:
            if self.live is not None:
                self.live.start()  # in the background: the console serves with the broker away
            self._server.run(sockets=[self._sock])
        finally:
            if self.live is not None:
                self.live.stop()
            self.db.close()
            self._sock.close()
        return EXIT_OK

    def stop(self) -> None:
        """End ``run()`` as SIGTERM does (uvicorn looks at the flag every 0.1 s)."""
        self._server.should_exit = True
