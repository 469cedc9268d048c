"""`valkky run --robot mqtt://…` against a real mosquitto and the simulator."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.conftest import GOOD_LESSON
from valkky.cli import main
from valkky.testing.broker import MosquittoBroker, free_port


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


def test_gestures_are_sent_and_acked_into_the_log(lesson: Path, tmp_path: Path) -> None:
    if not MosquittoBroker.find_executable():
        pytest.skip("mosquitto is not installed (make test installs it)")
    from valkky.robot.sim import start_sim

    answers = tmp_path / "a.txt"
    answers.write_text("moppi\nkaksi\n", encoding="utf-8")
    log = tmp_path / "e.jsonl"
    with MosquittoBroker() as broker:
        sim = start_sim(broker.url, "testbot", headless=True, say=lambda *_: None,
                        echo_log=False)
        try:
            code = main(["run", "testi", "--learner", "L1", "--answers", str(answers),
                         "--robot", f"{broker.url}/testbot", "--events", str(log)])
        finally:
            sim.stop()
    assert code == 0
    events = _events(log)
    gestures = [e for e in events if e["type"] == "gesture"]
    assert gestures and all(e.get("id") for e in gestures), gestures
    acks = [e for e in events if e["type"] == "ack"]
    acked = {a["id"] for a in acks}
    assert {g["id"] for g in gestures} <= acked
    assert {"accepted", "done"} <= {a["status"] for a in acks}


def test_a_lesson_never_waits_on_an_absent_broker(lesson: Path, tmp_path: Path) -> None:
    answers = tmp_path / "a.txt"
    answers.write_text("moppi\nkaksi\npese kädet\nsiivoan\nmoppi\nämpäri\n", encoding="utf-8")
    log = tmp_path / "e.jsonl"
    started = time.monotonic()
    code = main(["run", "testi", "--learner", "L1", "--answers", str(answers),
                 "--robot", f"mqtt://127.0.0.1:{free_port()}/nobody", "--events", str(log)])
    elapsed = time.monotonic() - started
    assert code == 0
    events = _events(log)
    end = [e for e in events if e["type"] == "end"]
    assert end and end[-1]["reason"] == "completed"
    assert all(e.get("dropped") for e in events if e["type"] == "gesture")
    assert elapsed < 10, f"the lesson waited on the robot for {elapsed:.1f} s"
