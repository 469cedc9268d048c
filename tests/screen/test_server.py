"""The screen's server without a browser: who may connect, what a page may send."""

from __future__ import annotations

import http.client
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.screen.conftest import request
from valkky import events as ev
from valkky.errors import ConfigError
from valkky.lesson.loader import load_lesson
from valkky.lesson.model import Lesson
from valkky.screen import server as srv
from valkky.screen.address import parse_address
from valkky.screen.server import Screen
from valkky.testing.wait import wait_until

PROMPT = ev.Prompt(step="s", kind="choose", text="Kumpi?", try_number=1, tries=2,
                   options=("moppi", "ämpäri"))


@pytest.fixture
def lesson(lesson_file: Path) -> Lesson:
    return load_lesson(lesson_file)


@pytest.fixture
def screen(lesson: Lesson) -> Iterator[Screen]:
    s = Screen(lesson, "en", "127.0.0.1:0")
    yield s
    s.stop(linger=0)


def test_addresses() -> None:
    assert parse_address("8080") == srv.Address("127.0.0.1", 8080)
    assert parse_address("0.0.0.0:80").wildcard
    assert parse_address("[::1]:9000").loopback
    assert not parse_address("192.168.1.5:9000").loopback
    with pytest.raises(ConfigError, match="not a port"):
        parse_address("70000")
    with pytest.raises(ConfigError, match="HOST"):
        parse_address("robot")


def test_loopback_needs_no_token_but_the_right_host(screen: Screen) -> None:
    assert screen.token is None
    assert screen.url == f"http://127.0.0.1:{screen.port}/"
    assert request(screen.port, "/")[0] == 200
    assert request(screen.port, "/", host=f"localhost:{screen.port}")[0] == 200
    assert request(screen.port, "/", host=f"evil.example:{screen.port}")[0] == 421
    assert request(screen.port, "/", host="127.0.0.1:1")[0] == 421


def test_another_address_needs_the_token(lesson: Lesson) -> None:
    s = Screen(lesson, "en", "0.0.0.0:0")
    try:
        assert s.token and s.url == f"http://127.0.0.1:{s.port}/?token={s.token}"
        assert s.lan_url and s.lan_url.endswith(f":{s.port}/?token={s.token}")
        assert request(s.port, "/")[0] == 403
        assert request(s.port, "/?token=wrong")[0] == 403
        assert request(s.port, f"/?token={s.token}")[0] == 200
        assert request(s.port, f"/state?token={s.token}")[0] == 200
    finally:
        s.stop(linger=0)


def test_a_busy_port_is_one_clear_line(screen: Screen, lesson: Lesson) -> None:
    with pytest.raises(ConfigError, match=f"cannot serve on 127.0.0.1:{screen.port}"):
        Screen(lesson, "en", f"127.0.0.1:{screen.port}")


def test_answers_go_to_the_question_asked(screen: Screen) -> None:
    got: list[ev.Answer | None] = []
    t = threading.Thread(target=lambda: got.append(screen.listen(PROMPT)))
    t.start()
    state = wait_until(lambda: (s := json.loads(request(screen.port, "/state")[1]))["prompt"]
                       and s, 2, "the screen's prompt")
    assert state["prompt"]["options"] == ["moppi", "ämpäri"]
    pid = state["prompt"]["id"]
    assert request(screen.port, "/answer", method="POST",
                   body={"prompt": pid, "text": "moppi"}, content_type="text/plain")[0] == 415
    assert request(screen.port, "/answer", method="POST",
                   body={"prompt": pid, "control": "dance"})[0] == 400
    assert request(screen.port, "/answer", method="POST",
                   body={"prompt": pid + 1, "text": "moppi"})[0] == 409
    assert request(screen.port, "/answer", method="POST",
                   body={"prompt": pid, "control": "again"})[0] == 200
    assert request(screen.port, "/answer", method="POST",
                   body={"prompt": pid, "text": "moppi"})[0] == 409  # a double tap
    t.join(timeout=5)
    assert got == [ev.Answer(text="", control="again", source="screen")]
    assert json.loads(request(screen.port, "/state")[1])["prompt"] is None


def test_a_stopped_screen_answers_nothing_more(lesson: Lesson) -> None:
    """A screen that stops serving (the session's end, a crashed server) answers None, so
    it leaves the race of answers instead of holding the session forever."""
    s = Screen(lesson, "en", "127.0.0.1:0")
    got: list[ev.Answer | None] = []

    def listen() -> threading.Thread:
        t = threading.Thread(target=lambda: got.append(s.listen(PROMPT)), daemon=True)
        t.start()
        return t

    waiting = listen()
    wait_until(lambda: json.loads(request(s.port, "/state")[1])["prompt"], 2,
               "the screen's prompt")
    s.stop(linger=0)
    waiting.join(timeout=5)
    assert got == [None]  # the question waiting when it stopped
    listen().join(timeout=5)
    assert got == [None, None]  # and any later one, at once
    s.stop()  # once is enough: nothing waits for pages that are gone


def test_only_the_lessons_pictures_are_served(screen: Screen, lesson_file: Path) -> None:
    screen.handle(ev.Show(text="moppi", image=str(lesson_file.parent / "moppi.png")))
    key = json.loads(request(screen.port, "/state")[1])["show"]["image"]
    status, body = request(screen.port, f"/image/{key}")
    assert status == 200 and body.startswith(b"\x89PNG")
    assert request(screen.port, "/image/..%2F..%2Fetc%2Fpasswd")[0] == 404


def test_the_pages_reconnect_wait_is_the_servers(screen: Screen, lesson: Lesson) -> None:
    """1 s by default (user-facing: a learner's page retries calmly); a setting changes it
    for the page and its stream alike."""
    status, page = request(screen.port, "/")
    assert status == 200 and b'<html lang="fi" data-reconnect-ms="1000">' in page
    quick = Screen(lesson, "en", "127.0.0.1:0", reconnect_s=0.1)
    try:
        assert b'data-reconnect-ms="100"' in request(quick.port, "/")[1]
        conn = http.client.HTTPConnection("127.0.0.1", quick.port, timeout=5)
        conn.request("GET", "/events")
        assert conn.getresponse().readline() == b"retry: 100\n"
        conn.close()
    finally:
        quick.stop(linger=0)


def test_live_pages_are_capped(screen: Screen, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(srv, "MAX_STREAMS", 1)
    first = http.client.HTTPConnection("127.0.0.1", screen.port, timeout=5)
    first.request("GET", "/events")
    r = first.getresponse()
    assert r.status == 200 and r.readline() == b"retry: 1000\n"
    assert request(screen.port, "/events")[0] == 503
    first.close()


def test_the_demo_serves_the_screen_too() -> None:
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-m", "valkky.cli", "demo", "--no-robot",
                             "--screen", "127.0.0.1:0"], stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        url = next(line.split(": ", 1)[1].strip() for line in proc.stdout
                   if line.startswith("Näyttö (screen): "))
        port = int(url.rsplit(":", 1)[1].strip("/"))
        state = wait_until(lambda: (s := json.loads(request(port, "/state")[1]))["prompt"]
                           is not None and s, 10, "the first question")
        assert state["title"] == "Siivousvälineet" and state["prompt"] is not None
    finally:
        proc.terminate()
        proc.communicate(timeout=10)
