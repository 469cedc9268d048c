"""The simulator and the bridge as a technician starts them, and the simulator's web view."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from tests.robot.fake_maestro import FakeMaestro
from valkky.errors import AdapterError, ConfigError
from valkky.protocol import messages as p
from valkky.robot.bridge import run_bridge, start_bridge
from valkky.robot.sim import run_sim, start_sim
from valkky.robot.web import PAGE
from valkky.testing.broker import MosquittoBroker, refused_port
from valkky.testing.browser import fresh_page
from valkky.testing.fakes import FakeClock
from valkky.testing.probe import Probe
from valkky.testing.wait import wait_until


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=5) as r:
        return r.read()


def test_importing_the_robot_package_does_not_import_paho() -> None:
    code = ("import sys, valkky.robot, valkky.protocol.messages, valkky.robot.core, "
            "valkky.robot.sim, valkky.robot.bridge, valkky.robot.hardware\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('paho', 'yaml')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).parents[2]).stdout
    assert out.strip() == "[]"


def test_sim_web_view(mosquitto: MosquittoBroker) -> None:
    lines: list[str] = []
    sim = start_sim(mosquitto.url, "websim", web_port=0, say=lines.append)
    pr = Probe(mosquitto.url, "websim")
    try:
        pr.wait_online()
        assert sim.web_url and sim.web_url.startswith("http://127.0.0.1:")
        page = _get(sim.web_url).decode()
        assert "<svg" in page and "EventSource" in page and "/robot.json" in page
        desc = json.loads(_get(sim.web_url + "robot.json"))
        assert desc["id"] == "websim" and desc["joints"]["l_elbow"]["max"] == 130
        pr.heartbeat()
        pr.publish(pr.topics.show, b'{"v":1,"id":"s1","text":"moppi","gloss":"mop"}')
        pr.gesture("w1", "wave")
        pr.wait_ack("w1", "started")
        snap = json.loads(_get(sim.web_url + "state.json"))
        assert snap["connection"] == "connected" and snap["controller"] == "ok"
        assert snap["gesture"] == "wave" and snap["screen"]["text"] == "moppi"
        assert any("gesture wave (w1)" in e["text"] for e in snap["log"])
        seqs = [e["seq"] for e in snap["log"]]
        assert len(seqs) >= 2, snap["log"]
        later = json.loads(_get(sim.web_url + f"state.json?since={seqs[0]}"))["log"]
        assert [e["seq"] for e in later][:len(seqs) - 1] == seqs[1:]  # only what came after
        with urllib.request.urlopen(sim.web_url + "events", timeout=5) as stream:
            assert stream.headers["Content-Type"] == "text/event-stream"
            first = stream.readline()
            assert first.startswith(b"data: {") and b'"joints"' in first
        # the sim's lines go out on a thread of their own (valkky.robot.outlet), in order:
        # under load it had not written them yet (seen once at load 9)
        wait_until(lambda: any("→ gesture wave (w1)" in line for line in lines), 5,
                   "the sim's line about the gesture")
        assert any("web view at http://127.0.0.1:" in line for line in lines)
    finally:
        pr.close()
        sim.stop()
    with pytest.raises(OSError):
        _get(sim.web_url)


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_page_script_parses(tmp_path: Path) -> None:
    script = re.search(r"<script>(.*)</script>", PAGE.read_text(encoding="utf-8"), re.S)
    assert script
    js = tmp_path / "page.js"
    js.write_text(script.group(1), encoding="utf-8")
    subprocess.run(["node", "--check", str(js)], check=True, timeout=30)


def test_run_sim_until_stopped(mosquitto: MosquittoBroker) -> None:
    stop = threading.Event()
    lines: list[str] = []
    result: list[Any] = []
    thread = threading.Thread(target=lambda: result.append(run_sim(
        mosquitto.url, "runsim", headless=True, stop=stop, say=lines.append)))
    thread.start()
    pr = Probe(mosquitto.url, "runsim", subscribe=("status",))
    try:
        pr.wait_online()
        stop.set()
        thread.join(30)  # a safety net: it ends as soon as the robot has said "offline"
        assert result == [0]
        pr.wait_for(lambda t, m: m == b'"offline"')
    finally:
        pr.publish(pr.topics.status, b"", retain=True)
        pr.publish(pr.topics.state, b"", retain=True)
        pr.close()
    assert lines[-2:] == ["valkky sim: stopping", "valkky sim: stopped"]
    assert not any("web view" in line for line in lines)


def test_clear_errors_at_start() -> None:
    # "cannot reach" is the refused connect itself, at once: not the wait for a CONNACK
    # that never comes ("did not answer within 5 s")
    with refused_port() as port, \
            pytest.raises(AdapterError, match=r"cannot reach the MQTT broker at .*refused"):
        run_sim(f"mqtt://127.0.0.1:{port}", "nobroker", headless=True, say=lambda _: None)
    with pytest.raises(ConfigError, match="robot id 'Bad_Id' is not valid"):
        run_sim("mqtt://127.0.0.1:1", "Bad_Id", headless=True)
    with pytest.raises(ConfigError, match="expected mqtt://host:port"):
        run_sim("http://127.0.0.1:1", "r1", headless=True)
    with pytest.raises(ConfigError, match="unknown driver 'pwm'"):
        run_bridge("mqtt://127.0.0.1:1", "r1", "pwm", say=lambda _: None)


@pytest.fixture(scope="module")
def quick_hw(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real hardware files 3 times as fast, for the bridge (which reads them from
    VALKKY_HARDWARE, as a technician sets it): a nod in 0.47 s instead of 1.4 s, still
    ≈ 23 ticks of a smooth motion for the Maestro (more than twice what it asks)."""
    from valkky.testing.hardware import fast_hardware

    return fast_hardware(tmp_path_factory.mktemp("quick-hardware"), 3)


def test_bridge_with_a_maestro(mosquitto: MosquittoBroker, robot: Any, quick_hw: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VALKKY_HARDWARE", str(quick_hw))
    monkeypatch.setattr("valkky.robot.drivers.maestro.REPLY_TIMEOUT_S", FakeMaestro.REPLY_S)
    fake = FakeMaestro(robot)
    lines: list[str] = []
    bridge = start_bridge(mosquitto.url, "bridge1", f"maestro:{fake.path}", say=lines.append)
    pr = Probe(mosquitto.url, "bridge1")
    try:
        pr.wait_online()
        pr.heartbeat()
        pr.gesture("b1", "nod")
        pr.wait_ack("b1", "done")
    finally:
        pr.publish(pr.topics.status, b"", retain=True)
        pr.publish(pr.topics.state, b"", retain=True)
        pr.close()
        bridge.stop()
        fake.close()
    assert fake.violations == []
    head = robot.joints["head_pitch"].calibration.channel
    assert len({v for ch, v in fake.history if ch == head}) > 10
    assert any(f"driver maestro:{fake.path} open" in line for line in lines)


def test_bridge_with_the_log_driver(mosquitto: MosquittoBroker, quick_hw: Path,
                                   monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("VALKKY_HARDWARE", str(quick_hw))
    bridge = start_bridge(mosquitto.url, "bridge2", "log", say=lambda _: None)
    pr = Probe(mosquitto.url, "bridge2")
    try:
        pr.wait_online()
        pr.heartbeat()
        pr.gesture("b2", "nod", speed=1.0)
        pr.wait_ack("b2", "done")
    finally:
        pr.publish(pr.topics.status, b"", retain=True)
        pr.publish(pr.topics.state, b"", retain=True)
        pr.close()
        bridge.stop()
    out = capsys.readouterr().out
    assert re.search(r"maestro ch  1 head_pitch +target +\d+\.\d° = +\d+  \[84 01 ", out)


def test_web_view_screenshot_in_headless_chromium(mosquitto: MosquittoBroker, browser: Any,
                                                  tmp_path: Path) -> None:
    """The page draws the figure mid-gesture in Debian's headless chromium: a screenshot,
    and the rendered DOM holds the figure's limbs and the screen's text."""
    # The robot's time moves only when the test moves it: the wave goes on until the arm
    # is up, then holds there however long chromium takes (once a real-time wave, which
    # could end before a loaded machine's chromium drew it).
    clock = FakeClock(time.time())
    sim = start_sim(mosquitto.url, "shot", web_port=0, say=lambda _: None, clock=clock)
    pr = Probe(mosquitto.url, "shot")
    shot = tmp_path / "sim.png"

    def arm_up() -> bool:
        return any(p.State.from_payload(m).joints["r_shoulder_pitch"] >= 70.0
                   for m in pr.received("state"))

    def arm_up_after_a_moment() -> bool:
        clock.advance(0.05)  # ≈ one tick's worth: the wave moves on a little
        time.sleep(0.02)  # the runner's ticks are real-time
        return arm_up()

    try:
        pr.wait_online()
        pr.heartbeat()  # the controller is there (no watchdog runs out: time stands still)
        pr.publish(pr.topics.show, b'{"v":1,"id":"s1","text":"moppi","gloss":"mop"}')
        pr.gesture("s1", "wave", sent_at=clock())
        wait_until(arm_up_after_a_moment, 15, "the arm up in the wave")
        assert sim.web_url
        # Debian's chromium, the one the screen tests drive (started once per process)
        with fresh_page(browser, {"width": 1200, "height": 900}) as page:
            page.goto(sim.web_url + "?poll")
            page.wait_for_selector('#gesture:has-text("gesture: wave")')
            page.screenshot(path=str(shot))
            dom = page.content()
    finally:
        pr.close()
        sim.stop()
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000
    assert dom.count('stroke="#dc2626"') >= 4  # the right arm, in both views
    assert '<div id="screen-text">moppi</div>' in dom
    shown = re.findall(r'id="(?:gesture|conn)"[^>]*>([^<]*)<', dom)
    assert shown == ["broker: connected", "gesture: wave"], shown  # drawn mid-gesture


def test_the_robot_side_starts_without_the_lesson_runtime() -> None:
    """`valkky bridge` and `valkky sim` parse their command line without importing the
    progress store or the engine (each a part of the controller's start-up time, and a
    robot runs none of it)."""
    probe = ("import sys; from valkky.cli import _parser; "
             "_parser().parse_args(['bridge', '--driver', 'log']); "
             "print(sorted(m for m in sys.modules if m.startswith(('valkky.progress.store', "
             "'valkky.engine', 'valkky.judge', 'valkky.lesson.model'))))")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         timeout=30, check=True)
    assert run.stdout.strip() == "[]", run.stdout
