"""A real mosquitto on a free 127.0.0.1 port, for tests and benchmarks (no pytest needed).

    with MosquittoBroker() as broker:
        run_something(broker.url)          # mqtt://127.0.0.1:PORT

The broker gets a temporary configuration (a loopback listener, anonymous access,
``set_tcp_nodelay true``, no persistence) plus any ``extra_config`` lines; ``config`` replaces
it entirely (use ``{port}`` where the port goes). Every wait is bounded; a broker that
does not come up raises ``BrokerError`` with mosquitto's own log.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from valkky.errors import AdapterError

_CANDIDATES = ("/usr/sbin/mosquitto", "/usr/local/sbin/mosquitto", "/opt/homebrew/sbin/mosquitto")


class BrokerError(AdapterError):
    """mosquitto could not be started."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def refused_port() -> Iterator[int]:
    """A 127.0.0.1 port where no broker is, for as long as the block runs: bound but not
    listening, so a connection there is refused at once and no other process can take
    it. (A port from ``free_port()`` is free only until someone binds it: another test
    process's broker there would turn a "no broker" test into one with a broker.)"""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        yield int(s.getsockname()[1])


def wait_for_port(host: str, port: int, timeout_s: float) -> bool:
    """True once a TCP connection to host:port succeeds, False after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            with socket.create_connection((host, port), timeout=0.2):
                return True
        except OSError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.01)  # polling a port that is not open yet; bounded by the deadline


class MosquittoBroker:
    def __init__(self, *, port: int | None = None, extra_config: str = "",
                 config: str | None = None, executable: str | None = None,
                 start_timeout_s: float = 5.0):
        self.host = "127.0.0.1"
        self.port = port or free_port()
        self._auto_port = port is None
        self.extra_config = extra_config
        self.config = config
        self.executable = executable or self.find_executable()
        self.start_timeout_s = start_timeout_s
        self._dir = tempfile.TemporaryDirectory(prefix="valkky-mosquitto-")
        self._proc: subprocess.Popen[bytes] | None = None
        self._log_path = Path(self._dir.name) / "mosquitto.log"

    @staticmethod
    def find_executable() -> str | None:
        found = shutil.which("mosquitto")
        if found:
            return found
        return next((c for c in _CANDIDATES if os.access(c, os.X_OK)), None)

    @property
    def url(self) -> str:
        return f"mqtt://{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def config_text(self) -> str:
        if self.config is not None:
            return self.config.format(port=self.port)
        return (f"listener {self.port} {self.host}\nallow_anonymous true\n"
                "set_tcp_nodelay true\npersistence false\nlog_dest stderr\n"
                f"log_type error\nlog_type warning\nlog_type notice\n{self.extra_config}\n")

    def start(self) -> MosquittoBroker:
        """Start and wait until it accepts connections. A port picked here that another
        process takes first is replaced (up to three tries)."""
        for attempt in range(3):
            try:
                return self._start()
            except BrokerError:
                if not self._auto_port or attempt == 2 or "Address already in use" not in \
                        self.log_text():
                    raise
                self.port = free_port()
        raise AssertionError("unreachable")

    def _start(self) -> MosquittoBroker:
        if self.executable is None:
            raise BrokerError("mosquitto is not installed (Debian: apt-get install mosquitto)")
        if self.running:
            return self
        conf = Path(self._dir.name) / "mosquitto.conf"
        conf.write_text(self.config_text(), encoding="utf-8")
        conf.chmod(0o644)
        Path(self._dir.name).chmod(0o755)  # mosquitto may drop to its own user
        with open(self._log_path, "ab") as log:
            self._proc = subprocess.Popen([self.executable, "-c", str(conf)],
                                          stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        deadline = time.monotonic() + self.start_timeout_s
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise BrokerError(f"mosquitto exited at start (status {self._proc.returncode})"
                                  f": {self.log_text()[-800:]}")
            if wait_for_port(self.host, self.port, 0.1):
                return self
        self.stop()
        raise BrokerError(f"mosquitto did not listen on {self.host}:{self.port} within "
                          f"{self.start_timeout_s:g} s: {self.log_text()[-800:]}")

    def stop(self, timeout_s: float = 5.0) -> None:
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=timeout_s)

    def kill(self) -> None:
        """Stop the broker abruptly (SIGKILL), as a crash would; ``start()`` restarts it on
        the same port."""
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait(timeout=5.0)

    def log_text(self) -> str:
        try:
            return self._log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def close(self) -> None:
        self.stop()
        self._dir.cleanup()

    def __enter__(self) -> MosquittoBroker:
        try:
            return self.start()
        except BaseException:
            self.close()
            raise

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
