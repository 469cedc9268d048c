"""The console in a real browser (Debian's chromium through Playwright) against a real
console: the login refused and accepted, nothing before it (also to a plain HTTP client:
pages, API, files, from a `valkky console` process: the command end to end), a learner's
page with its chart, and a trainer's correction that changes the learner's score in the
console and in `valkky report`."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.conftest import Templates
from tests.console.conftest import PASSWORD, ServedConsole, two_of_one_workplace
from valkky.cli import main

pytest.importorskip("playwright")

from valkky.testing.browser import expect, fresh_page
from valkky.testing.shots import Shots

if TYPE_CHECKING:  # the browser tests' types; Playwright itself is imported when used
    from playwright.sync_api import Page


class Console:
    """`valkky console` in a process of its own."""

    def __init__(self, db: Path, env: dict[str, str], *options: str) -> None:
        cmd = [sys.executable, "-m", "valkky.cli", "console", "--bind", "127.0.0.1:0",
               "--db", str(db), *options]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, env=env)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line.startswith("Konsoli (console): "):
            self.proc.kill()
            raise AssertionError(f"no address: {line}{self.proc.stderr.read()}")  # type: ignore[union-attr]
        self.url = line.split(": ", 1)[1].split()[0].rstrip("/")

    def stop(self) -> str:
        self.proc.terminate()
        _, err = self.proc.communicate(timeout=10)
        return err


def _console(db: Path, *options: str) -> Iterator[Console]:
    c = Console(db, dict(os.environ, VALKKY_CONSOLE_PASSWORD=PASSWORD), *options)
    yield c
    assert "Traceback" not in c.stop()


@pytest.fixture(scope="module")
def seeded(module_good_lesson: Path, tmp_path_factory: pytest.TempPathFactory,
           db_templates: Templates) -> Path:
    """tests/console/conftest.py's two learners, one database for the module: one test
    corrects an answer, the others only read what no correction changes."""
    return db_templates.copy("two-of-one-workplace", two_of_one_workplace,
                             tmp_path_factory.mktemp("console") / "p.db")


@pytest.fixture
def process(seeded: Path) -> Iterator[Console]:
    """`valkky console` in a process of its own: the command as a trainer starts it."""
    yield from _console(seeded)


@pytest.fixture
def server(seeded: Path) -> Iterator[ServedConsole]:
    """The console served in the test's process, where the browser is what is tested."""
    served = ServedConsole(seeded)
    yield served
    served.stop()


# A guesser's first wait (--login-wait): the window in which another client must be served
# in full, a wrong and a right password, while the guesser still waits. Wide, as CI's
# loaded machine once took longer than a 1 s window.
GUESS_WAIT_S = 3.0


@pytest.fixture
def slow_to_guess(seeded: Path) -> Iterator[ServedConsole]:
    served = ServedConsole(seeded, login_wait_s=GUESS_WAIT_S)
    yield served
    served.stop()


@pytest.fixture
def page(browser: Any) -> Iterator[Page]:
    with fresh_page(browser, {"width": 1200, "height": 900}) as p:
        yield p


def test_without_a_password_it_says_how_to_set_one(seeded: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """In this process: the command's messages and exit statuses (a traceback would fail
    the test as an exception)."""
    monkeypatch.delenv("VALKKY_CONSOLE_PASSWORD", raising=False)
    assert main(["console", "--db", str(seeded), "--bind", "0"]) == 1
    err = capsys.readouterr().err
    assert "valkky console passwd" in err and "VALKKY_CONSOLE_PASSWORD" in err
    monkeypatch.setattr(sys, "stdin", io.StringIO("uusi salasana 1\n"))  # not a terminal
    assert main(["console", "passwd"]) == 0, capsys.readouterr().err
    assert "password is set" in capsys.readouterr().out
    assert main(["console", "--bind", "x:y"]) == 2  # wrong usage
    assert "--bind" in capsys.readouterr().err


def test_a_login_wait_out_of_range_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    for wrong in ("0", "-1", "61", "soon"):
        with pytest.raises(SystemExit) as exit_:
            main(["console", "--login-wait", wrong])
        assert exit_.value.code == 2
        assert "--login-wait" in capsys.readouterr().err


def _fetch(url: str, accept: str) -> tuple[int, str]:
    request = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            assert "/login" in r.url, r.url  # a page: followed to the login form
            return r.status, r.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_nothing_is_served_before_login(process: Console) -> None:
    for path in ("/", "/learners", "/learners/AB12", "/learners/AB12/export.json",
                 "/review?learner=AB12", "/groups?workplace=Kemin%20varikko", "/pending",
                 "/api/learners", "/static/learners.html", "/static/../templates/base.html"):
        for accept in ("text/html", "application/json"):
            status, body = _fetch(process.url + path, accept)
            assert status in (200, 401, 404), (path, status)
            assert "CD34" not in body and "ämpäri" not in body and "Kemin varikko" not in body
            # the answer says nothing of who exists: the same for a learner not there
            other = path.replace("AB12", "ZZ99").replace("Kemin", "Oulun")
            status_other, body_other = _fetch(process.url + other, accept)
            same = re.sub(r'value="[^"]{20,}"', "", body).replace("AB12", "ZZ99").replace(
                "Kemin", "Oulun")
            assert (status, same) == (status_other,
                                      re.sub(r'value="[^"]{20,}"', "", body_other)), path
    with urllib.request.urlopen(process.url + "/static/console.css", timeout=10) as r:
        assert r.status == 200 and b"AB12" not in r.read()


def test_login_a_learners_chart_and_a_correction(page: Page, server: ServedConsole,
                                                 seeded: Path,
                                                 shots: Shots,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    page.goto(server.url + "/learners/CD34")
    expect(page).to_have_url(re.compile(r"/login\?next="))
    expect(page.get_by_role("heading", name="Kirjaudu sisään")).to_be_visible()
    password = page.get_by_label("Salasana")
    password.fill("väärä salasana")
    password.press("Enter")
    expect(page.get_by_role("alert")).to_have_text("Väärä salasana.")
    page.get_by_label("Salasana").fill(PASSWORD)
    page.get_by_role("button", name="Kirjaudu").click()
    # back where the trainer was going: the learner's page
    expect(page.get_by_role("heading", name="Oppija CD34", exact=False)).to_be_visible()
    chart = page.get_by_role("img", name="Pisteet päivittäin")
    expect(chart).to_be_visible()
    before = page.locator("#score-value").inner_text()
    expect(page.get_by_role("cell", name="Mikä tämä on?").first).to_be_visible()
    assert "step-" not in page.content() and "mika" not in page.locator("main").inner_text()
    shots(page, "console-learner.png", full_page=True)
    # the keyboard: the skip link comes first and leads to the content
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Siirry sisältöön")).to_be_focused()

    page.get_by_role("link", name="Tarkista oppijan vastauksia").click()
    expect(page.get_by_role("heading", name="Vastausten tarkistus")).to_be_visible()
    page.get_by_role("button", name="Se oli oikein: harja").first.click()
    expect(page.get_by_role("status")).to_have_text("Korjaus tallennettu.")
    expect(page.get_by_text("kouluttaja: oikein (robotti: väärin)").first).to_be_visible()
    shots(page, "console-review.png", full_page=True)

    page.get_by_role("link", name="CD34").first.click()
    after = page.locator("#score-value").inner_text()
    assert int(after.rstrip(" %")) > int(before.rstrip(" %")), (before, after)
    capsys.readouterr()
    assert main(["report", "CD34", "--db", str(seeded)]) == 0  # the CLI, beside the console
    report = capsys.readouterr().out
    assert f"score {after}" in report, report

    page.get_by_role("link", name="In English").click()
    expect(page.get_by_role("heading", name="Learner CD34", exact=False)).to_be_visible()
    expect(page.get_by_role("img", name="Score per day")).to_be_visible()
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    # signed out for good: the learner's page, asked with the page's cookies (no page
    # drawn), is the login form again
    after_out = page.request.get(server.url + "/learners/CD34", max_redirects=0,
                                 headers={"Accept": "text/html"})
    assert after_out.status == 303 and "/login" in after_out.headers["location"], (
        "signed out, the learner's page sends to the login", after_out.status,
        after_out.headers)


def _login(url: str, password: str, source: str) -> int:
    """One login with a wrong or right password from the loopback address ``source``."""
    import http.client
    import http.cookiejar
    from urllib.parse import urlencode, urlsplit

    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60,
                                      source_address=(source, 0))
    conn.request("GET", "/login")
    r = conn.getresponse()
    html, cookie = r.read().decode(), r.getheader("set-cookie", "").split(";")[0]
    token = re.search(r'name="csrf" value="([^"]+)"', html)
    assert token, html[:300]
    conn.request("POST", "/login", urlencode({"csrf": token.group(1), "password": password}),
                 {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
    status = conn.getresponse().status
    conn.close()
    return status


def test_a_guessing_client_waits_and_no_one_else_does(slow_to_guess: ServedConsole) -> None:
    import threading
    import time

    url = slow_to_guess.url
    # the wait runs from the fourth failure on (the server's clock): timed from before it
    started = time.monotonic()
    for _ in range(4):  # three free; the fourth makes the guesser's next try wait
        assert _login(url, "arvaus", "127.0.0.1") == 401
    slowed: list[tuple[int, float]] = []
    guess = threading.Thread(target=lambda: slowed.append(
        (_login(url, "arvaus", "127.0.0.1"), time.monotonic() - started)))
    guess.start()  # this one waits GUESS_WAIT_S before its password is even checked
    # meanwhile another client is served, wrong password and right one, at once
    assert _login(url, "väärä", "127.0.0.2") == 401
    assert _login(url, PASSWORD, "127.0.0.2") == 303
    assert guess.is_alive() and not slowed  # the guesser is still waiting
    guess.join(timeout=30)
    assert len(slowed) == 1 and slowed[0][0] == 401, slowed
    assert slowed[0][1] >= GUESS_WAIT_S, slowed  # its whole wait, however busy the machine
