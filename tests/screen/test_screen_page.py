"""The robot's screen in a real browser: a whole lesson answered by typing and tapping,
the learner's controls, a reload mid-session, right-to-left hints, the layout."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

pytest.importorskip("playwright")

from tests.screen.conftest import RECONNECT_S, ROBOT, picture_width, request
from valkky.testing.browser import expect
from valkky.testing.shots import Shots

if TYPE_CHECKING:  # the browser tests' types; Playwright itself is imported when used
    from playwright.sync_api import Page

PHONE = {"width": 390, "height": 844}


def answer(page: Page, text: str) -> None:
    box = page.get_by_role("textbox", name="Vastaus")
    expect(page.get_by_role("button", name="Lähetä")).to_be_enabled()
    box.fill(text)
    box.press("Enter")


def verdict(page: Page) -> Any:
    return page.get_by_role("status")


def test_a_whole_lesson_by_typing_and_tapping(page: Page, run: Any, tmp_path: Path,
                                              shots: Shots) -> None:
    """One session, page state by page state: the first question; the learner's controls
    on it (Toista, Hitaammin, En ymmärrä: no try spent); the answer; a reload mid-session;
    a wrong choice and the right one; the ä button; the drill; the end."""
    log = tmp_path / "events.jsonl"
    r = run(events=log)
    page.goto(r.url)
    expect(page.locator("#word"), "the shown word").to_have_text("moppi")
    expect(page.locator("#gloss"), "the word's gloss").to_have_text("mop")
    picture = page.get_by_role("img", name="moppi")
    expect(picture, "the step's picture, named by the word").to_be_visible()
    assert picture_width(page) == 120, \
        "the lesson's own picture is served"
    subtitles = page.locator("#subtitles p")
    expect(subtitles.last, "the question is the last subtitle").to_have_text("Mikä tämä on?")
    expect(page.get_by_role("progressbar"), "the progress").to_have_attribute(
        "aria-valuenow", "1")
    shots(page, "robot-ask.png")

    # the learner's controls: Toista, Hitaammin, En ymmärrä (none spends a try)
    page.get_by_role("button", name="Toista").click()
    expect(page.get_by_role("button", name="Toista"),
           "the controls come back after Toista").to_be_enabled()
    page.get_by_role("button", name="Hitaammin").click()
    expect(page.locator("#subtitles p.slow"),
           "Hitaammin: the question said slowly").to_have_text("Mikä tämä on?")
    expect(page.get_by_role("button", name="En ymmärrä"),
           "the controls come back after Hitaammin").to_be_enabled()
    page.get_by_role("button", name="En ymmärrä").click()
    hint = page.locator("#hint")
    expect(hint, "En ymmärrä: the hint in the learner's language").to_contain_text(
        "It starts with mo.")
    expect(hint, "the hint's language").to_have_attribute("lang", "en")
    answer(page, "toista")  # typed: the same control
    expect(page.get_by_role("button", name="Toista"),
           "the controls come back after a typed 'toista'").to_be_enabled()

    answer(page, "moppi")
    expect(verdict(page), "the verdict's words").to_contain_text("Oikein!")
    expect(verdict(page), "the verdict's icon").to_contain_text("✓")
    expect(verdict(page), "the verdict in the learner's language").to_contain_text("Correct")

    # choose: the options are buttons named by their text
    choice = page.get_by_role("button", name="ämpäri", exact=True)
    expect(choice, "the choose step's option").to_be_enabled()
    expect(verdict(page), "the last verdict stays in view").to_contain_text("Oikein!")
    expect(page.get_by_role("img", name="ämpäri"),
           "the picture from the picture set").to_be_visible()
    assert picture_width(page) > 0, \
        "the picture set's picture is served"
    shots(page, "robot-choose.png")

    # a reload mid-session shows where the lesson is
    page.reload()
    expect(choice, "after a reload: the options").to_be_enabled()
    expect(verdict(page), "after a reload: the last verdict").to_contain_text("Oikein!")
    expect(page.locator("#subtitles"), "after a reload: the question").to_contain_text(
        "Kumpi on ämpäri?")
    expect(page.get_by_role("progressbar"), "after a reload: the progress").to_have_attribute(
        "aria-valuenow", "2")
    page.get_by_role("button", name="moppi", exact=True).click()
    expect(verdict(page), "a wrong choice's words").to_contain_text("Ei aivan")
    expect(verdict(page), "a wrong choice's icon").to_contain_text("✗")
    expect(choice, "the options again after a wrong choice").to_be_enabled()
    choice.click()
    expect(page.locator("#choices"), "the options gone after the step").to_be_hidden()

    # repeat, typed with the ä button
    expect(page.locator("#word"), "the repeat step's sentence").to_have_text("Pese kädet.")
    box = page.get_by_role("textbox", name="Vastaus")
    expect(page.get_by_role("button", name="Lähetä"), "the repeat step's send").to_be_enabled()
    box.fill("pese k")
    page.get_by_role("button", name="ä", exact=True).click()
    box.press_sequentially("det")
    expect(box, "the ä button types ä where the cursor is").to_have_value("pese kädet")
    box.press("Enter")

    # the drill shows the gloss (in the learner's language) and the picture
    expect(page.locator("#gloss"), "the drill's first gloss").to_have_text("mop")
    expect(page.locator("#word"), "the drill hides the word it asks for").to_have_text("")
    answer(page, "moppi")
    expect(page.locator("#gloss"), "the drill's second gloss").to_have_text("bucket")
    answer(page, "ampari")  # almost: the umlaut
    expect(verdict(page), "an almost's words").to_contain_text("Melkein")
    expect(verdict(page), "an almost's icon").to_contain_text("≈")
    shots(page, "robot-almost.png")
    answer(page, "ämpäri")

    end = page.get_by_role("heading", name="Tunti valmis!")
    expect(end, "the end screen").to_be_visible()
    expect(page.locator("#end-beside"), "the end in the learner's language").to_have_text(
        "Lesson finished")
    expect(page.locator("#end-score"), "the end's score").to_contain_text("%")
    expect(page.get_by_role("progressbar"), "the progress at the end").to_have_attribute(
        "aria-valuenow", "6")
    shots(page, "robot-end.png")
    code, out = r.wait()
    assert code == 0, out
    assert "tunti valmis" in out, out
    expect(end, "the session is over: the end screen stays").to_be_visible()
    expect(page.get_by_role("alert"), "no 'connection lost' after the end").to_be_hidden()
    events = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    controls = [e["action"] for e in events if e["type"] == "control"]
    assert controls == ["again", "slower", "help", "again"], controls
    first = next(e for e in events if e["type"] == "verdict")
    assert (first["step"], first["verdict"], first["try"]) == ("mika", "correct", 1), \
        "the controls spent no try"


def test_hints_and_glosses_right_to_left(page: Page, run: Any, shots: Shots) -> None:
    r = run("--lang", "ar")
    page.goto(r.url)
    gloss = page.locator("#gloss")
    expect(gloss).to_have_text("ممسحة")
    expect(gloss).to_have_attribute("dir", "rtl")
    expect(gloss).to_have_attribute("lang", "ar")
    answer(page, "harja")  # a miss: the hint after the first try
    hint = page.locator("#hint")
    expect(hint).to_contain_text("تبدأ بـ mo.")
    expect(hint).to_have_attribute("dir", "rtl")
    expect(hint).to_have_attribute("lang", "ar")
    expect(page.locator("[data-beside=help]")).to_have_text("لا أفهم")
    shots(page, "robot-rtl.png")


def test_every_control_has_a_name_and_a_big_target_and_an_answer_not_sent_comes_back(
        page: Page, run: Any, shots: Shots) -> None:
    """One session: its controls looked at on the robot's screen and a phone's (asking
    for help, the hint, changes nothing that follows), then an answer that cannot be sent
    (`_an_answer_that_cannot_be_sent_says_so_and_comes_back`)."""
    r = run()
    for name, size in (("robot", ROBOT), ("phone", PHONE)):
        page.set_viewport_size(size)  # and the page loaded afresh at that size
        page.goto(r.url)
        expect(page.get_by_role("button", name="Lähetä")).to_be_enabled()
        page.get_by_role("button", name="En ymmärrä").click()
        expect(page.locator("#hint")).to_be_visible()
        shots(page, f"{name}-hint.png", full_page=True)
        problems = page.evaluate("""() => {
          const out = [];
          for (const el of document.querySelectorAll('button, input')) {
            if (el.closest('[hidden], dialog')) continue;
            const name = (el.getAttribute('aria-label') || el.textContent || '').trim();
            const r = el.getBoundingClientRect();
            if (!name) out.push('no name: ' + el.outerHTML.slice(0, 60));
            if (r.height < 44 || r.width < 44) out.push('small: ' + name + ' ' + r.width
                                                         + 'x' + r.height);
            if (r.right > innerWidth + 1) out.push('off screen: ' + name);
          }
          if (document.documentElement.scrollWidth > innerWidth + 1) out.push('scrolls sideways');
          return out;
        }""")
        assert problems == [], (name, problems)
        if name == "robot":  # everything fits the robot's screen without scrolling
            assert page.evaluate("document.documentElement.scrollHeight") <= size["height"]
            page.get_by_role("button", name="Tietoja").click()
            about = page.get_by_role("dialog", name="Tietoja")
            expect(about).to_contain_text("OpenMoji")
            expect(about).to_contain_text("CC BY-SA 4.0")
            about.get_by_role("button", name="Sulje").click()
            expect(about).to_be_hidden()
    _an_answer_that_cannot_be_sent_says_so_and_comes_back(page, r)


def test_a_lost_connection_comes_back_with_the_current_state(page: Page, run: Any) -> None:
    from urllib.parse import urlsplit

    from tests.screen.conftest import Proxy

    r = run(address="0.0.0.0:0")  # any address: the token guards it
    parts = urlsplit(r.url)
    assert parts.query.startswith("token=")
    assert parts.hostname == "127.0.0.1"
    proxy = Proxy(parts.port)
    try:
        page.goto(f"http://127.0.0.1:{proxy.port}/?{parts.query}")
        expect(page.locator("#word")).to_have_text("moppi")
        proxy.drop()
        offline = page.get_by_role("alert")
        expect(offline).to_contain_text("Yhteys katkesi")
        expect(offline).to_contain_text("Connection lost")
        expect(page.get_by_role("button", name="Toista")).to_be_disabled()
        proxy.restore()
        expect(offline).to_be_hidden()
        expect(page.get_by_role("button", name="Lähetä")).to_be_enabled()
        proxy.drop()
        expect(offline).to_be_visible()
        # meanwhile the lesson goes on, answered elsewhere (straight to the server, not
        # through the dropped relay): the page must show where the lesson is now
        status, state = request(parts.port, f"/state?{parts.query}")
        assert status == 200
        asked = json.loads(state)["prompt"]["id"]
        reply = request(parts.port, f"/answer?{parts.query}", method="POST",
                        body={"prompt": asked, "text": "moppi"})
        assert reply[0] == 200 and json.loads(reply[1]) == {"ok": True}, reply
        proxy.restore()
        expect(offline).to_be_hidden()
        expect(page.get_by_role("button", name="ämpäri", exact=True)).to_be_enabled()
        expect(verdict(page)).to_contain_text("Oikein!")
    finally:
        proxy.close()


def test_the_page_comes_back_when_the_runtime_restarts(page: Page, run: Any,
                                                       run_process: Any) -> None:
    import socket

    with socket.socket() as probe:  # a free port, for both runs
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    first = run_process(address=f"127.0.0.1:{port}")  # the command, end to end
    page.goto(first.url)
    answer(page, "moppi")
    expect(page.get_by_role("button", name="ämpäri", exact=True)).to_be_enabled()
    first.proc.kill()  # the runtime dies (a crash, a power cut)
    first.proc.communicate(timeout=10)
    expect(page.get_by_role("alert")).to_contain_text("Yhteys katkesi")
    run(address=f"127.0.0.1:{port}")  # started again: no store, so from the start
    expect(page.get_by_role("alert")).to_be_hidden()
    expect(page.locator("#word")).to_have_text("moppi")
    expect(page.get_by_role("button", name="Lähetä")).to_be_enabled()


def _an_answer_that_cannot_be_sent_says_so_and_comes_back(page: Page, r: Any) -> None:
    page.set_viewport_size(ROBOT)
    page.goto(r.url)
    expect(page.get_by_role("button", name="Lähetä")).to_be_enabled()
    down = {"answer": True, "events": False}

    def answers(route: Any) -> None:
        route.abort() if down["answer"] else route.continue_()

    def events(route: Any) -> None:
        route.abort() if down["events"] else route.continue_()

    page.route("**/answer*", answers)
    page.route("**/events*", events)
    down["events"] = True  # what the page reconnects to is down too, for now
    box = page.get_by_role("textbox", name="Vastaus")
    box.fill("moppi")
    box.press("Enter")
    # the learner is told the answer did not go, not left tapping at nothing
    offline = page.get_by_role("alert")
    expect(offline).to_contain_text("Yhteys katkesi")
    expect(page.get_by_role("button", name="Lähetä")).to_be_disabled()
    expect(box).to_have_value("moppi")  # what was typed is kept
    down.update(answer=False, events=False)
    expect(offline).to_be_hidden()
    expect(page.get_by_role("button", name="Lähetä")).to_be_enabled()
    box.press("Enter")
    expect(verdict(page)).to_contain_text("Oikein!")


def test_a_stream_gone_silent_is_noticed_and_opened_again(page: Page, lesson_file: Path
                                                          ) -> None:
    """A link that dies without a word (no FIN, no RST: Wi-Fi gone) leaves the page's
    stream open and silent; the page notices that the server's keepalives stopped, says
    so, and opens it again."""
    from tests.screen.conftest import Proxy
    from valkky import events as ev
    from valkky.lesson.loader import load_lesson
    from valkky.screen import server as srv

    # pings every 0.2 s, not 15 s: the page gives up on a silent stream after 0.5 s
    # any address (the relay's port is not the server's): the token guards it
    screen = srv.Screen(load_lesson(lesson_file), "en", "0.0.0.0:0", reconnect_s=RECONNECT_S,
                        keepalive_s=0.2)
    proxy = Proxy(screen.port)
    try:
        page.goto(f"http://127.0.0.1:{proxy.port}/?token={screen.token}")
        screen.handle(ev.Show(text="moppi"))
        expect(page.locator("#word")).to_have_text("moppi")
        proxy.freeze()
        screen.handle(ev.Show(text="ämpäri"))  # what the frozen stream never brings
        expect(page.locator("#word")).to_have_text("ämpäri")
    finally:
        proxy.close()
        screen.stop(linger=0)
