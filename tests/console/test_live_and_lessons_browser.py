"""The Live and Lessons pages in Debian's chromium (Playwright), against the real thing:
the console with its broker (served in the test's process: tests/console/conftest.py's
ServedConsole), `valkky run` (in the test's process too, on a thread: its typed answers
through a pipe), a real mosquitto on loopback and the simulated robot. The trainer watches
a session as it runs (what the robot asked, what it heard, the verdict), pauses, resumes
and stops it, presses the e-stop, and tries a lesson in the browser. The browser is
tests/conftest.py's."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.console.conftest import ServedConsole
from valkky.protocol import messages as p
from valkky.robot.sim import start_sim
from valkky.testing.broker import MosquittoBroker
from valkky.testing.browser import expect, fresh_page
from valkky.testing.probe import Probe
from valkky.testing.process import ThreadedRun
from valkky.testing.wait import wait_until

PASSWORD = "trainer-secret-12"
ROBOT = "live-browser"


class TypedRun:
    """`valkky run ARGS` in this process (valkky.testing.process.ThreadedRun), its answers
    typed into a pipe as at a terminal."""

    def __init__(self, *args: str):
        read_fd, write_fd = os.pipe()
        self._typed = open(write_fd, "w", encoding="utf-8")  # noqa: SIM115 - closed by stop()
        self._stdin = open(read_fd, encoding="utf-8")  # noqa: SIM115 - closed by stop()
        try:
            self.run = ThreadedRun(list(args), self._stdin)
        except BaseException:
            self._close_pipe()
            raise

    def say(self, line: str) -> None:
        self._typed.write(line + "\n")
        self._typed.flush()

    def output(self) -> str:
        return self.run.output()

    def wait(self, timeout: float) -> int:
        code, _ = self.run.wait(timeout)
        return code

    def _close_pipe(self) -> None:
        for f in (self._typed, self._stdin):
            with contextlib.suppress(OSError):
                f.close()

    def stop(self) -> None:
        """The input's end: a session still running ends as at a closed terminal. One held
        by a failed test's pause may not end: it is left to its daemon thread rather than
        hide that test's own failure (the test waits for a clean end itself)."""
        with contextlib.suppress(OSError):
            self._typed.close()
        self.run.join(15)
        try:
            if not self.run.alive():
                self.run.close()
        finally:
            self._close_pipe()


@pytest.fixture(scope="module")
def console_url(mosquitto: MosquittoBroker, module_good_lesson: Path,
                tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One console for the module's tests: they watch and try, none changes what another
    reads (each robot id and lesson try is its own)."""
    served = ServedConsole(tmp_path_factory.mktemp("console") / "console.db",
                           password=PASSWORD, broker=mosquitto.url)
    try:
        yield served.url
    finally:
        served.stop()


@pytest.fixture(scope="module")
def signed_in(browser: Any, console_url: str) -> Iterator[Any]:
    """A trainer's page, signed in once for the module (a context of its own)."""
    with fresh_page(browser, {"width": 1200, "height": 900}) as page:
        page.goto(f"{console_url}/live")
        page.fill("#password", PASSWORD)
        page.click("form.login button")
        page.wait_for_url(f"{console_url}/live")
        yield page


def test_a_session_seen_live_paused_resumed_stopped_and_the_estop(
        signed_in: Any, console_url: str, mosquitto: MosquittoBroker, module_good_lesson: Path,
        fast_hw: Path) -> None:
    sim = start_sim(mosquitto.url, ROBOT, headless=True, say=lambda _t: None,
                    hardware_dir=fast_hw)
    probe = Probe(mosquitto.url, ROBOT, subscribe=("estop",))
    run = TypedRun("run", str(module_good_lesson), "--learner", "AB12", "--no-store",
                   "--asr", "text", "--tts", "text", "--robot", f"{mosquitto.url}/{ROBOT}")
    page = signed_in
    try:
        page.goto(f"{console_url}/live")
        panel = page.locator("#live-panel")
        # The page updates by itself: the robot's question appears without a reload.
        panel.get_by_text("Mikä tämä on?").wait_for(timeout=20000)
        assert "AB12" in panel.inner_text() and "Siivousvälineet" in panel.inner_text()
        page.evaluate("""() => { window.heardNews = [];
            const news = document.getElementById("live-news");
            new MutationObserver(() => window.heardNews.push(news.textContent))
                .observe(news, {childList: true, characterData: true, subtree: true}); }""")
        run.say("moppi")
        panel.locator(".verdict-correct").first.wait_for(timeout=10000)
        text = panel.inner_text()
        assert "moppi" in text and "oikein" in text and "vastaustiedostosta" in text
        # A screen reader hears the newest turn (a polite live region), not the panel.
        assert page.locator("#live-news").get_attribute("aria-live") == "polite"
        wait_until(lambda: any("moppi" in n and "oikein" in n
                               for n in page.evaluate("window.heardNews")), 5,
                   "the judged turn announced")
        # Never an internal id or a reason code on the page.
        assert "mika" not in text.replace("Mikä", "") and "step-" not in text

        # Pause: taken once the answer under way is judged; the robot then waits.
        page.click(f"#pause-{ROBOT}")
        page.locator(".notice", has_text="Tauko pyydetty").wait_for()
        run.say("ämpäri")  # the choose step's answer; then the session holds
        panel.get_by_text("Tauolla").wait_for(timeout=10000)
        wait_until(lambda: "kouluttaja pysäytti" in run.output(), 10, "the pause said")
        page.click(f"#resume-{ROBOT}")
        # exactly: other robots on this worker's broker say "Ei harjoitusta käynnissä."
        panel.get_by_text("Käynnissä", exact=True).wait_for(timeout=10000)
        page.click(f"#stop-{ROBOT}")
        # (as for the pause: the request sent before the answer, or the session may ask the
        # next question first and wait there; a loaded CI machine lost this race once)
        page.locator(".notice", has_text="Lopetus pyydetty").wait_for()
        run.say("pese kädet")
        panel.get_by_text("Keskeytetty").wait_for(timeout=10000)
        assert run.wait(15) == 0, run.output()
        assert page.locator(f"#pause-{ROBOT}").count() == 0  # nothing left to pause

        # The e-stop: one press, no question; the robot holds.
        page.click(f"#estop-{ROBOT}")
        page.locator(".estop-note").wait_for()
        item = probe.wait_for(lambda t, m: t.endswith("/estop") and bool(m))
        assert p.EStop.from_payload(item[2]) == p.EStop(engaged=True, by="console")
        wait_until(lambda: sim.core.estop, 5, "the robot to engage its e-stop")
        panel.get_by_text("Hätäseis on päällä").wait_for(timeout=10000)
    finally:
        run.stop()
        sim.stop()
        probe.clear_retained("estop", "status", "state", "controller/status")


def test_a_lesson_previewed_in_the_page(signed_in: Any, console_url: str) -> None:
    page = signed_in
    page.goto(f"{console_url}/lessons")
    row = page.locator("table.lessons tr", has_text="Siivousvälineet")
    assert "A1" in row.inner_text() and "9 vaihetta" in row.inner_text()
    # two suggestions: its moppi and ämpäri have pictures in the set
    assert "kunnossa" in row.inner_text() and "ehdotuksia: 2" in row.inner_text()
    row.get_by_role("button").click()
    page.get_by_text("Hei! Tänään opimme siivousvälineitä.").wait_for()
    page.fill("#answer-text", "ämpäri")  # wrong first: the lesson's own mistake text
    page.keyboard.press("Enter")
    page.get_by_text("Ei. Ämpäri on toinen.").wait_for()
    page.fill("#answer-text", "moppi")
    page.keyboard.press("Enter")
    page.locator(".judged .verdict-correct").wait_for()
    # the focus comes back to the answer box once the page is drawn again (expect
    # retries until its timeout; wait_for_function would evaluate a string, which
    # the console's CSP refuses)
    expect(page.locator("#answer-text")).to_be_focused()
    page.click("button[name=stop]")
    page.get_by_text("Kokeilu lopetettu.").wait_for()
