"""An embedded MQTT broker (amqtt) on loopback, for `valkky demo` and `valkky sim` when no
broker is configured: nothing else needs to be installed or started. The real deployment
runs mosquitto (deploy/).

    with start_embedded_broker() as broker:
        print(broker.url)          # mqtt://127.0.0.1:PORT
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import threading
from types import TracebackType
from typing import Any

from valkky.errors import AdapterError

STARTUP_TIMEOUT_S = 10.0
SHUTDOWN_TIMEOUT_S = 1.0  # at exit: the thread is a daemon, and clients have left


class EmbeddedBroker:
    def __init__(self, port: int | None = None):
        self.port = port or _free_port()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._serve, daemon=True,
                                        name="valkky-embedded-broker")
        self._broker: Any = None

    @property
    def url(self) -> str:
        return f"mqtt://127.0.0.1:{self.port}"

    def start(self) -> EmbeddedBroker:
        try:
            from amqtt.broker import Broker
        except ImportError as exc:
            raise AdapterError(f"the embedded broker needs amqtt ({exc}); "
                               "install valkky with its dependencies (make demo does)") from None
        # amqtt logs every connection, and a traceback when it shuts down its broadcast
        # loop; the demo's terminal is for the lesson.
        logging.getLogger("amqtt").setLevel(logging.CRITICAL)
        config = {"listeners": {"default": {"type": "tcp", "bind": f"127.0.0.1:{self.port}"}},
                  # loopback only, so anonymous clients; no $SYS topics
                  "plugins": {"amqtt.plugins.authentication.AnonymousAuthPlugin":
                              {"allow_anonymous": True}}}
        self._thread.start()

        async def build_and_start() -> None:
            # Built on its own loop's thread: amqtt makes futures and queues in __init__,
            # and one made on another thread's loop never wakes this one (its shutdown
            # would then wait out its own timeout instead of returning at once).
            self._broker = Broker(config)
            await self._broker.start()

        try:
            asyncio.run_coroutine_threadsafe(build_and_start(), self._loop).result(
                STARTUP_TIMEOUT_S)
        except Exception as exc:
            self.stop()
            raise AdapterError(f"cannot start the embedded MQTT broker on 127.0.0.1:"
                               f"{self.port}: {exc}") from None
        return self

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_forever()

    def stop(self) -> bool:
        """Shut the broker down; True if it closed within SHUTDOWN_TIMEOUT_S (else its
        daemon thread is left to die with the process)."""
        closed = False
        if self._broker is not None and self._loop.is_running():
            with contextlib.suppress(Exception):
                asyncio.run_coroutine_threadsafe(self._broker.shutdown(), self._loop).result(
                    SHUTDOWN_TIMEOUT_S)
                closed = True
        if self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread.is_alive():
            self._thread.join(SHUTDOWN_TIMEOUT_S)
        return closed

    def __enter__(self) -> EmbeddedBroker:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None
                 ) -> None:
        self.stop()


def start_embedded_broker(port: int | None = None) -> EmbeddedBroker:
    """Start a broker on 127.0.0.1 (a free port by default); ``stop()`` it, or use ``with``."""
    return EmbeddedBroker(port).start()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
