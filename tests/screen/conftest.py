"""The screen's browser tests: Debian's chromium driven by Playwright (never a downloaded
browser; ``browser``, one per test process, is in tests/conftest.py), and a real
`valkky run --screen` per test: in the test's process (``run``), or for the command end to
end in a process of its own (``run_process``)."""

from __future__ import annotations

import contextlib
import http.client
import io
import json
import os
import struct
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from valkky.testing.process import ThreadedRun

LESSON = """\
id: naytto-testi
version: 1
title: Näytön testi
profession: siivous
level: A1
support: [en, ar]
vocabulary:
  - {fi: moppi, en: mop, ar: ممسحة, image: moppi.png}
  - {fi: ämpäri, en: bucket, ar: دلو}
steps:
  - say: Hei! Tämä on moppi.
    show: {text: moppi, image: moppi.png}
    gesture: wave
  - id: mika
    ask: Mikä tämä on?
    show: {text: moppi, image: moppi.png}
    accept: [moppi, se on moppi]
    hint: {fi: Se alkaa mo., en: It starts with mo., ar: تبدأ بـ mo.}
  - choose: Kumpi on ämpäri?
    show: {text: ämpäri, image: "openmoji:ämpäri"}
    options: [moppi, ämpäri]
    answer: ämpäri
  - repeat: Pese kädet.
  - drill: vocabulary
  - say: Kiitos!
"""


def png(width: int = 120, height: int = 90, rgb: tuple[int, int, int] = (30, 120, 200)
        ) -> bytes:
    """A plain one-colour PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    row = b"\x00" + bytes(rgb) * width
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                               0, 0, 0))
            + chunk(b"IDAT", zlib.compress(row * height)) + chunk(b"IEND", b""))


@pytest.fixture(scope="module")
def lesson_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("lesson")
    (folder / "moppi.png").write_bytes(png())
    path = folder / "naytto-testi.yaml"
    path.write_text(LESSON, encoding="utf-8")
    return path


ROBOT = {"width": 1024, "height": 600}  # the robot's screen
RECONNECT_S = 0.1  # the screen's [screen] reconnect_s in these tests (default 1 s)


@pytest.fixture(scope="module")
def module_page(browser: Any) -> Iterator[Any]:
    """The page a module's tests take turns with (``browser``: tests/conftest.py)."""
    from valkky.testing.browser import fresh_page

    with fresh_page(browser, ROBOT) as p:
        yield p


@pytest.fixture
def page(module_page: Any) -> Iterator[Any]:
    """A page the size of the robot's screen, blank at the start
    (valkky.testing.browser.page_for_a_test)."""
    from valkky.testing.browser import page_for_a_test

    with page_for_a_test(module_page, ROBOT) as p:
        yield p


def _argv(lesson: Path, extra: tuple[str, ...], events: Path | None, address: str
          ) -> list[str]:
    """`valkky run` of ``lesson`` with the screen, typed answers and printed speech."""
    return ["run", str(lesson), "--learner", "T1", "--no-store", "--tts", "text", "--asr",
            "text", "--screen", address, *extra, *(["--events", str(events)] if events else [])]


# the page opens a broken link again after 0.1 s, not 1 s ([screen] reconnect_s): the tests
# wait for the reconnect itself, not for a learner-friendly pause
QUICK_RECONNECT = {"VALKKY_SCREEN_RECONNECT_S": str(RECONNECT_S)}


class Run(ThreadedRun):
    """A `valkky run --screen` in this process (valkky.testing.process.ThreadedRun); its
    terminal an empty stdin, as a process's /dev/null."""

    def __init__(self, lesson: Path, *extra: str, events: Path | None = None,
                 address: str = "127.0.0.1:0"):
        super().__init__(_argv(lesson, extra, events, address), io.StringIO(""),
                         env={**os.environ, **QUICK_RECONNECT})
        assert self.session.screen is not None
        self.url = self.session.screen.url

    def stop(self) -> None:
        """Stop the session where it is: the screen stops serving and answers nothing more,
        so the session ends ``stopped`` (as on SIGTERM), and what it opened is closed."""
        if self.alive():
            assert self.session.screen is not None
            self.session.screen.stop(linger=0)
            self.join(10)
            assert not self.alive(), "the session did not stop"
        self.close()


class RunProcess:
    """A `valkky run --screen` in a process of its own: the command end to end (and a
    runtime a test can kill)."""

    def __init__(self, lesson: Path, *extra: str, events: Path | None = None,
                 address: str = "127.0.0.1:0"):
        cmd = [sys.executable, "-m", "valkky.cli", *_argv(lesson, extra, events, address)]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True,
                                     env={**os.environ, **QUICK_RECONNECT})
        self.lines: list[str] = []
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line)
            if line.startswith("Näyttö (screen): "):
                self.url = line.split(": ", 1)[1].strip()
                return
        raise AssertionError(f"no screen address: {''.join(self.lines)}"
                             f"{self.proc.stderr.read() if self.proc.stderr else ''}")

    def wait(self, timeout: float = 15) -> tuple[int, str]:
        out, err = self.proc.communicate(timeout=timeout)
        return self.proc.returncode, "".join(self.lines) + out + err

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.communicate(timeout=10)


def _stopped_at_the_end(kind: type[Run] | type[RunProcess], lesson: Path) -> Iterator[Any]:
    """``start(*flags, lesson=…, events=…, address=…)``: a run of ``kind`` (of ``lesson``
    unless told), each stopped at the end of the test."""
    runs: list[Run | RunProcess] = []

    def start(*extra: str, lesson: Path = lesson, events: Path | None = None,
              address: str = "127.0.0.1:0") -> Run | RunProcess:
        runs.append(kind(lesson, *extra, events=events, address=address))
        return runs[-1]

    yield start
    for r in runs:
        r.stop()


@pytest.fixture
def run(lesson_file: Path) -> Iterator[Any]:
    """A `valkky run --screen` in the test's process (``Run``)."""
    yield from _stopped_at_the_end(Run, lesson_file)


@pytest.fixture
def run_process(lesson_file: Path) -> Iterator[Any]:
    """A `valkky run --screen` process (``RunProcess``): the command end to end."""
    yield from _stopped_at_the_end(RunProcess, lesson_file)


class Proxy:
    """A TCP relay between the browser and the screen that can drop every connection and
    refuse new ones for a while: a lost Wi-Fi link, as the page sees it."""

    def __init__(self, target_port: int):
        import socket
        import threading

        self.target = target_port
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.up = True
        self.conns: list[socket.socket] = []
        self.frozen: set[int] = set()  # connections that carry nothing any more
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        import socket
        import threading

        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            if not self.up:
                client.close()
                continue
            upstream = socket.create_connection(("127.0.0.1", self.target))
            with self._lock:
                self.conns += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, a: object, b: object) -> None:
        try:
            while data := a.recv(65536):  # type: ignore[attr-defined]
                if id(a) not in self.frozen:
                    b.sendall(data)  # type: ignore[attr-defined]
        except OSError:
            pass
        finally:
            for s in (a, b):
                with contextlib.suppress(OSError):
                    s.close()  # type: ignore[attr-defined]

    def drop(self) -> None:
        import socket

        self.up = False
        with self._lock:
            for s in self.conns:
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
            self.conns.clear()

    def freeze(self) -> None:
        """The connections open now carry nothing more, and stay open: a link that died
        without a word (Wi-Fi gone, the far end restarted), as the page sees it. New
        connections work."""
        with self._lock:
            self.frozen |= {id(s) for s in self.conns}

    def restore(self) -> None:
        self.up = True

    def close(self) -> None:
        self.drop()
        self.server.close()


def request(port: int, path: str, *, method: str = "GET", host: str | None = None,
            body: dict | None = None, content_type: str = "application/json",
            address: str = "127.0.0.1") -> tuple[int, bytes]:
    """One request straight to a screen's server (as another screen would send it)."""
    conn = http.client.HTTPConnection(address, port, timeout=5)
    headers = {"Host": host or f"127.0.0.1:{port}"}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = content_type
    conn.request(method, path, body=data, headers=headers)
    r = conn.getresponse()
    out = r.status, r.read()
    conn.close()
    return out


def picture_width(page: Any) -> int:
    """The shown picture's natural width once the browser has it decoded: visible comes
    first (its alt text), the pixels a moment later under load (seen failing at load 3–16
    when read at once)."""
    page.wait_for_function("() => { const i = document.getElementById('picture');"
                           " return i.complete && i.naturalWidth > 0; }")
    width: int = page.evaluate("document.getElementById('picture').naturalWidth")
    return width
