"""`valkky demo` and `valkky sim` with nothing else installed or started."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path
from typing import NamedTuple

import pytest

from valkky.cli import main
from valkky.controller.link import RobotLink
from valkky.protocol.broker import EmbeddedBroker, start_embedded_broker
from valkky.robot.sim import start_sim
from valkky.testing.probe import Probe
from valkky.testing.process import piped_stdin


class DemoRun(NamedTuple):
    code: int  # its exit status
    out: str  # what it printed
    err: str  # what it wrote to standard error
    log: str  # the event log it wrote (--events)


@pytest.fixture(scope="module")
def demo(fast_hw: Path, tmp_path_factory: pytest.TempPathFactory) -> DemoRun:
    """One `valkky demo` run, read by the tests below (none changes anything), in this
    process (a process of its own cost ≈ 0.6 s of CPU more, in imports), its answer a
    real pipe on standard input as `echo moppi | valkky demo` has it. The simulator
    moves with the real hardware files made 10 times as fast (VALKKY_HARDWARE, the
    setting a technician uses too): the same gestures, limits and acks in a fraction of
    the time, so the run ends in seconds instead of waiting on a 4 s wave."""
    events = tmp_path_factory.mktemp("demo") / "events.jsonl"
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as mp, piped_stdin("moppi\n"), \
            contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        mp.setenv("VALKKY_HARDWARE", str(fast_hw))
        code = main(["demo", "--events", str(events)])
    return DemoRun(code, out.getvalue(), err.getvalue(),
                   events.read_text(encoding="utf-8") if events.exists() else "")


def test_demo_drives_the_simulated_robot_over_the_embedded_broker(demo: DemoRun) -> None:
    assert demo.code == 0, demo.err
    out = demo.out
    assert "Välkky: Hei! Minä olen Välkky." in out
    assert "🤖 → vilkuttaa kättä" in out  # the robot received it
    assert "← ack" not in out  # routine acks stay out of the learner's terminal ...
    log = demo.log
    assert '"type": "ack"' in log and '"status": "done"' in log  # ... and are in the log
    assert "Traceback" not in demo.err


def test_embedded_broker_carries_gestures_and_acks(embedded_broker: EmbeddedBroker,
                                                   fast_hw: Path) -> None:
    url = embedded_broker.url
    sim = start_sim(url, "emb", headless=True, say=lambda *_: None, echo_log=False,
                    hardware_dir=fast_hw)
    # amqtt speaks 3.1.1 only and never answers an MQTT 5 CONNECT with a will: the link's
    # wait for a CONNACK (1 s in production) decides, here shorter
    link = RobotLink.from_url(f"{url}/emb", connack_wait_s=0.3)
    try:
        # The robot says "online" once it has subscribed to its commands; the link's
        # heartbeat goes out before it reports itself connected, and the broker keeps one
        # client's messages in order: the robot knows its controller before the gesture.
        watcher = Probe(url, "emb", subscribe=("status",))
        watcher.wait_online()
        watcher.close()
        link.start()
        assert link.wait_connected(5)
        gid = link.gesture("nod")
        assert gid and link.wait_outstanding(5), link.take_acks()
        statuses = [a.status for a in link.take_acks() if a.id == gid]
        assert statuses == ["accepted", "started", "done"], statuses
    finally:
        link.stop()
        sim.stop()
        Probe(url, "emb", subscribe=()).clear_retained("status", "state", "controller/status")


def test_the_demo_shows_progress_and_no_ids(demo: DemoRun) -> None:
    assert demo.code == 0, demo.err
    out = demo.out
    assert "  [ele: vilkuttaa kättä]\n" in out  # what the robot does, in Finnish words ...
    assert "🤖 → moppaa lattiaa\n" in out
    # ... never a gesture's name nor its command's id
    assert not re.search(r"→ gesture|\bwave\b|ele: mop\]|\(\w+-\w+-\d+\)", out), out
    assert re.search(r"Vaihe \d+/\d+", out), out  # where the learner is in the lesson


def test_the_embedded_broker_closes_when_stopped() -> None:
    """Its shutdown once waited out its timeout on every stop (amqtt was built on another
    thread's event loop), holding up the end of every demo."""
    broker = start_embedded_broker()
    probe = Probe(broker.url, "closing", subscribe=("status",))  # a client was connected
    probe.close()
    assert broker.stop()
