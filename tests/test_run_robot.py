"""`valkky run --robot mqtt://…` against a real mosquitto and the simulator."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import GOOD_LESSON
from valkky import launch
from valkky.cli import main
from valkky.testing.broker import MosquittoBroker, refused_port
from valkky.testing.hardware import fast_hardware
from valkky.testing.probe import Probe


@pytest.fixture
def lesson(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    lessons = tmp_path / "lessons"
    (lessons / "siivous").mkdir(parents=True)
    (lessons / "professions.yaml").write_text(
        "professions:\n  - {id: siivous, fi: Siivous, en: Cleaning}\n", encoding="utf-8")
    path = lessons / "siivous" / "testi.yaml"
    path.write_text(GOOD_LESSON, encoding="utf-8")
    monkeypatch.setenv("VALKKY_LESSONS", str(lessons))
    return path


def _events(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_gestures_are_sent_and_acked_into_the_log(lesson: Path, tmp_path: Path,
                                                  mosquitto: MosquittoBroker) -> None:
    from valkky.robot.sim import start_sim

    answers = tmp_path / "a.txt"
    answers.write_text("moppi\nkaksi\n", encoding="utf-8")
    log = tmp_path / "e.jsonl"
    # The real gestures, 20 times as fast: the run's final wait for the robot's "done"
    # acks then takes a fraction of a second, and every gesture gets there.
    sim = start_sim(mosquitto.url, "testbot", headless=True, say=lambda *_: None,
                    echo_log=False, hardware_dir=fast_hardware(tmp_path / "hw", 20))
    try:
        code = main(["run", "testi", "--learner", "L1", "--answers", str(answers),
                     "--robot", f"{mosquitto.url}/testbot", "--events", str(log)])
    finally:
        sim.stop()
        probe = Probe(mosquitto.url, "testbot", subscribe=())
        probe.clear_retained("status", "state", "controller/status")
    assert code == 0
    events = _events(log)
    gestures = [e for e in events if e["type"] == "gesture"]
    assert len(gestures) >= 2 and gestures[0]["name"] == "wave", gestures
    assert all(e.get("id") and not e.get("dropped") for e in gestures), gestures
    acks: dict[str, list[str]] = {}
    for a in (e for e in events if e["type"] == "ack"):
        acks.setdefault(a["id"], []).append(a["status"])
    # every gesture sent, and nothing else, was accepted, started and done, in order
    assert acks == {g["id"]: ["accepted", "started", "done"] for g in gestures}, acks


def test_a_lesson_never_waits_on_an_absent_broker(lesson: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    assert launch.ROBOT_CONNECT_WAIT_S <= 3  # the one grace a run gives an absent robot
    monkeypatch.setattr(launch, "ROBOT_CONNECT_WAIT_S", 0.2)  # the same code, sooner
    # Every wait the run makes on the robot, and what there was to wait for (how long the
    # whole run takes is bench/bench_absent_robot.py's).
    from valkky.controller.link import RobotLink

    waits: list[tuple[str, float, list[str]]] = []
    connect, outstanding = RobotLink.wait_connected, RobotLink.wait_outstanding

    def wait_connected(self: RobotLink, timeout_s: float) -> bool:
        waits.append(("connect", timeout_s, []))
        return connect(self, timeout_s)

    def wait_outstanding(self: RobotLink, timeout_s: float) -> bool:
        waits.append(("acks", timeout_s, self.outstanding()))
        return outstanding(self, timeout_s)

    monkeypatch.setattr(RobotLink, "wait_connected", wait_connected)
    monkeypatch.setattr(RobotLink, "wait_outstanding", wait_outstanding)
    answers = tmp_path / "a.txt"
    answers.write_text("moppi\nkaksi\npese kädet\nsiivoan\nmoppi\nämpäri\n", encoding="utf-8")
    log = tmp_path / "e.jsonl"
    with refused_port() as port:
        code = main(["run", "testi", "--learner", "L1", "--answers", str(answers),
                     "--robot", f"mqtt://127.0.0.1:{port}/nobody", "--events", str(log)])
    assert code == 0
    events = _events(log)
    end = [e for e in events if e["type"] == "end"]
    assert end and end[-1]["reason"] == "completed"
    gestures = [e for e in events if e["type"] == "gesture"]
    assert gestures and all(e.get("dropped") and not e.get("id") for e in gestures), gestures
    assert not [e for e in events if e["type"] == "ack"]  # nothing waited for, none lost
    # one short grace at the start; after it, no wait finds anything to wait for (a
    # gesture to an absent robot is dropped, never left outstanding)
    assert waits[0] == ("connect", 0.2, []), waits
    assert [w for w in waits[1:] if w[0] == "connect" or w[2]] == [], waits
