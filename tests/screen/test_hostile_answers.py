"""Hostile or broken requests to the screen's ``POST /answer``: each one is refused with a
clear message, nothing reaches the session, and the screen goes on serving its state."""

from __future__ import annotations

import contextlib
import http.client
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from valkky import events as ev
from valkky.lesson.loader import load_lesson
from valkky.race import Cancelled
from valkky.screen import server as srv
from valkky.screen.server import Screen

PROMPT = ev.Prompt(step="s", kind="ask", text="Mikä tämä on?", try_number=1, tries=2)


@pytest.fixture
def screen(lesson_file: Path) -> Iterator[Screen]:
    s = Screen(load_lesson(lesson_file), "en", "127.0.0.1:0")
    yield s
    s.stop(linger=0)


def post(port: int, body: bytes, content_type: str = "application/json"
         ) -> tuple[int, dict]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("POST", "/answer", body=body,
                 headers={"Host": f"127.0.0.1:{port}", "Content-Type": content_type})
    r = conn.getresponse()
    status, data = r.status, r.read()
    conn.close()
    return status, json.loads(data)


def state(port: int) -> dict:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", "/state", headers={"Host": f"127.0.0.1:{port}"})
    r = conn.getresponse()
    assert r.status == 200
    data = json.loads(r.read())
    conn.close()
    return data


@pytest.fixture
def asked(screen: Screen) -> Iterator[tuple[Screen, int, list[ev.Answer | None]]]:
    """The screen listening for an answer: (screen, prompt id, what it got)."""
    got: list[ev.Answer | None] = []

    def listen() -> None:
        with contextlib.suppress(Cancelled):  # the fixture's own cancel() at the end
            got.append(screen.listen(PROMPT))

    t = threading.Thread(target=listen, daemon=True)
    t.start()
    for _ in range(250):
        prompt = state(screen.port)["prompt"]
        if prompt:
            break
        threading.Event().wait(0.02)
    yield screen, prompt["id"], got
    screen.cancel()
    t.join(timeout=5)


BAD = [
    ("not JSON", b"{nope"),
    ("a list", b"[1, 2]"),
    ("null", b"null"),
    ("infinite prompt", b'{"prompt": Infinity, "text": "moppi"}'),
    ("NaN prompt", b'{"prompt": NaN, "text": "moppi"}'),
    ("a number too big", b'{"prompt": 1e400, "text": "moppi"}'),
    ("prompt as text", b'{"prompt": "1", "text": "moppi"}'),
    ("prompt true", b'{"prompt": true, "text": "moppi"}'),
]


@pytest.mark.parametrize(("what", "body"), BAD, ids=[b[0] for b in BAD])
def test_a_broken_request_is_refused_with_a_message(
        asked: tuple[Screen, int, list], what: str, body: bytes) -> None:
    screen, pid, got = asked
    status, reply = post(screen.port, body)
    assert status == 400 and reply["ok"] is False
    assert reply["error"]  # says what was wrong, in words
    assert state(screen.port)["prompt"]["id"] == pid and got == []  # the question stands


@pytest.mark.parametrize("other", [-1, 0, 1, 10 ** 3000])
def test_an_unknown_question_is_refused(asked: tuple[Screen, int, list], other: int) -> None:
    screen, pid, got = asked
    body = json.dumps({"prompt": other, "text": "moppi"}).encode()
    status, reply = post(screen.port, body)
    assert status == 409 and reply["ok"] is False and "no longer asked" in reply["error"]
    status, reply = post(screen.port, json.dumps({"prompt": pid + 1, "control": "help"}).encode())
    assert status == 409
    assert state(screen.port)["prompt"]["id"] == pid and got == []


ODD = [
    ("a list as text", {"text": ["moppi", "ämpäri"]}),
    ("a mapping as text", {"text": {"moppi": 1}}),
    ("a number as text", {"text": 7}),
    ("a control as a list", {"control": ["again"]}),
    ("no letters at all", {"text": "\u200b\u200b\u2060"}),
    ("only punctuation", {"text": "?!…"}),
    ("a lone surrogate", {"text": "\ud800moppi"}),
]


@pytest.mark.parametrize(("what", "body"), ODD, ids=[o[0] for o in ODD])
def test_an_answer_that_is_not_text_is_refused(
        asked: tuple[Screen, int, list], what: str, body: dict) -> None:
    screen, pid, got = asked
    status, reply = post(screen.port, json.dumps({"prompt": pid, **body}).encode())
    assert status == 400 and reply["ok"] is False and reply["error"]
    assert state(screen.port)["prompt"]["id"] == pid and got == []


def test_a_huge_body_is_refused_before_it_is_read(
        asked: tuple[Screen, int, list]) -> None:
    screen, pid, got = asked
    body = json.dumps({"prompt": pid, "text": "ä" * 2_000_000}).encode()
    status, reply = post(screen.port, body)
    assert status == 413 and reply["ok"] is False and reply["error"]
    assert state(screen.port)["prompt"]["id"] == pid and got == []


def test_odd_unicode_in_an_answer_is_cleaned_and_the_screen_goes_on(
        asked: tuple[Screen, int, list]) -> None:
    screen, pid, got = asked
    # a right-to-left override, a NUL and a decomposed ä around a real answer
    text = "\u202emoppi\x00 ja a\u0308mpa\u0308ri\u202c"
    status, reply = post(screen.port, json.dumps({"prompt": pid, "text": text}).encode())
    assert status == 200 and reply["ok"] is True
    for _ in range(250):
        if got:
            break
        threading.Event().wait(0.02)
    assert got == [ev.Answer(text="moppi ja ämpäri", source="screen")]
    screen.handle(ev.Heard(step="s", text=got[0].text))
    assert state(screen.port)["heard"] == "moppi ja ämpäri"


def test_a_long_answer_is_cut_to_the_page_s_own_limit(
        asked: tuple[Screen, int, list]) -> None:
    screen, pid, got = asked
    status, _ = post(screen.port, json.dumps({"prompt": pid, "text": "a" * 1000}).encode())
    assert status == 200
    for _ in range(250):
        if got:
            break
        threading.Event().wait(0.02)
    assert got and got[0] is not None and len(got[0].text) == srv.MAX_ANSWER
