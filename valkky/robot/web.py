"""The simulator's web view: a stdlib HTTP server on 127.0.0.1.

``/`` the page (simulators/robot.html), ``/robot.json`` the joints and their limits,
``/state.json?since=N`` one snapshot (log entries after N), ``/events`` the same as
Server-Sent Events about ten times a second.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from valkky.errors import AdapterError
from valkky.paths import simulator_page
from valkky.robot.definitions import RobotDef

log = logging.getLogger(__name__)

PAGE = simulator_page()
FRAME_S = 0.1  # how often /events sends a snapshot

Snapshot = Callable[[int], dict[str, Any]]


def robot_description(robot: RobotDef, robot_id: str) -> dict[str, Any]:
    return {"id": robot_id, "name": robot.name, "model": robot.model,
            "joints": {n: {"min": j.min_deg, "max": j.max_deg, "rest": j.rest_deg,
                           "max_speed": j.max_speed_deg_s} for n, j in robot.joints.items()}}


MAX_CLIENTS = 16  # connections served at once; each live view holds one (its /events)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], snapshot: Snapshot, description: bytes,
                 page: Path):
        super().__init__(address, _Handler)
        self.snapshot = snapshot
        self.description = description
        self.page = page
        self.stopping = threading.Event()
        self.slots = threading.BoundedSemaphore(MAX_CLIENTS)
        port = self.server_address[1]
        # DNS rebinding: a page elsewhere may resolve its own name to 127.0.0.1; only
        # requests that name this server as the loopback address are served
        self.hosts = {f"127.0.0.1:{port}", f"localhost:{port}"}

    def process_request(self, request: Any, client_address: Any) -> None:
        """A thread per connection, but no more than MAX_CLIENTS at once: beyond that a
        connection is closed at once instead of costing a thread."""
        if not self.slots.acquire(blocking=False):
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("web: " + format, *args)

    def do_GET(self) -> None:
        if self.headers.get("Host", "") not in self.server.hosts:
            self.send_error(403, "this view answers to 127.0.0.1 only")
            return
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            try:
                body = self.server.page.read_bytes()
            except OSError:
                self.send_error(500, f"the page {self.server.page} is missing")
                return
            self._send(body, "text/html; charset=utf-8")
        elif url.path == "/robot.json":
            self._send(self.server.description, "application/json")
        elif url.path == "/state.json":
            since = _int(parse_qs(url.query).get("since", ["0"])[0])
            self._send(json.dumps(self.server.snapshot(since)).encode(), "application/json")
        elif url.path == "/events":
            self._events()
        else:
            self.send_error(404)

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def _events(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        since = 0
        try:
            while not self.server.stopping.is_set():
                snap = self.server.snapshot(since)
                if snap["log"]:
                    since = snap["log"][-1]["seq"]
                self.wfile.write(b"data: " + json.dumps(snap).encode() + b"\n\n")
                self.wfile.flush()
                self.server.stopping.wait(FRAME_S)  # the frame rate, not a synchronisation
        except (BrokenPipeError, ConnectionResetError):
            pass


def _int(text: str) -> int:
    try:
        return max(0, int(text))
    except ValueError:
        return 0


class WebView:
    """Serves the view in a background thread until ``stop()``."""

    def __init__(self, snapshot: Snapshot, robot: RobotDef, robot_id: str, port: int = 0,
                 page: Path = PAGE):
        try:
            self.server = _Server(("127.0.0.1", port), snapshot,
                                  json.dumps(robot_description(robot, robot_id)).encode(),
                                  page)
        except OSError as exc:
            raise AdapterError(f"cannot serve the web view on 127.0.0.1:{port}: "
                               f"{exc.strerror}") from None
        self.port = int(self.server.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}/"
        self._thread = threading.Thread(target=self.server.serve_forever,
                                        kwargs={"poll_interval": 0.1}, daemon=True,
                                        name="valkky-sim-web")
        self._thread.start()

    def stop(self) -> None:
        self.server.stopping.set()
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(2.0)
