"""The runtime's session feed over a real mosquitto: records go out in order with their
frame; a trainer's pause, resume and stop are taken between turns, and a stop while an
answer is awaited; a hostile control is answered on session/error and changes nothing."""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from valkky import events as ev
from valkky.controller.feed import SessionFeed
from valkky.controller.link import RobotLink
from valkky.engine.feedback import almost_fi
from valkky.engine.session import Session
from valkky.judge import judge
from valkky.lesson.loader import load_lesson
from valkky.protocol.session import SessionCtl, SessionEvt
from valkky.race import RaceListener, Source
from valkky.runtime import Runtime
from valkky.testing.broker import MosquittoBroker
from valkky.testing.probe import Probe
from valkky.testing.wait import wait_until


class QueueListener:
    """Answers handed in by the test, one per prompt (None ends the session)."""

    def __init__(self) -> None:
        self.answers: queue.Queue[str | None] = queue.Queue()
        self.prompts: list[ev.Prompt] = []

    def listen(self, prompt: ev.Prompt) -> ev.Answer | None:
        self.prompts.append(prompt)
        text = self.answers.get(timeout=20)
        return None if text is None else ev.Answer(text, source="typed")

    def close(self) -> None:
        pass


class Running:
    def __init__(self, broker: MosquittoBroker, lesson_path: Path, robot: str,
                 raced: bool = False):
        self.link = RobotLink.from_url(f"{broker.url}/{robot}")
        lesson = load_lesson(lesson_path)
        session = Session(lesson, judge=judge, feedback=almost_fi, lang="en")
        self.feed = SessionFeed(self.link, ev.SessionOpened(lesson=lesson.id, lang="en"),
                                title=lesson.title, learner="AB12", steps=len(lesson.steps))
        self.listener = QueueListener()
        # (raced: as the launcher runs a session with a console, its wait breakable)
        listening = RaceListener([Source("answers", self.listener)]) if raced else self.listener
        self.runtime = Runtime(session, listening, [self.feed], holds=self.feed.holds)
        self.end: ev.End | None = None
        self.link.start()
        assert self.link.wait_connected(5)
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        self.end = self.runtime.run()

    def close(self) -> None:
        self.listener.answers.put(None)
        self.thread.join(10)
        self.link.stop()


@pytest.fixture
def running(mosquitto: MosquittoBroker, good_lesson: Path, request: pytest.FixtureRequest
            ) -> Iterator[tuple[Running, Probe]]:
    robot = f"feed-{request.node.name[5:25].replace('_', '-')}"
    probe = Probe(mosquitto.url, robot, subscribe=("session/#",))
    run = Running(mosquitto, good_lesson, robot, raced="raced" in request.node.name)
    try:
        yield run, probe
    finally:
        run.close()
        probe.clear_retained("controller/status")


def records(probe: Probe) -> list[SessionEvt]:
    return [SessionEvt.from_payload(m) for m in probe.received("session/events")]


def wait_record(probe: Probe, kind: str, n: int = 1) -> list[SessionEvt]:
    return wait_until(lambda: (found := [r for r in records(probe) if r.record.type == kind])
                      and len(found) >= n and found, 10, f"{n} {kind} record(s)")


def test_the_session_goes_out_in_order_with_its_frame(running: tuple[Running, Probe]) -> None:
    run, probe = running
    wait_record(probe, "ask")
    run.listener.answers.put("moppi")
    verdict = wait_record(probe, "verdict")[0]
    got = records(probe)
    assert [r.seq for r in got] == list(range(len(got)))
    assert {(r.session, r.lesson, r.title, r.learner, r.steps) for r in got} == {
        (run.feed.session_id, "testi", "Siivousvälineet", "AB12", 9)}
    assert got[0].record == ev.SessionOpened(lesson="testi", lang="en")
    ask = next(r.record for r in got if isinstance(r.record, ev.Ask))
    heard = next(r.record for r in got if isinstance(r.record, ev.Heard))
    assert (ask.text, heard.text, heard.source) == ("Mikä tämä on?", "moppi", "typed")
    assert isinstance(verdict.record, ev.Verdict) and verdict.record.verdict == "correct"
    assert not {"say", "show", "gesture", "timing"} & {r.record.type for r in got}


def control(probe: Probe, action: str, session: str | None = None) -> None:
    probe.publish(probe.topics.prefix + "session/control",
                  SessionCtl(action=action, sent_at=1.0, session=session, by="Maija"))


def test_pause_resume_and_stop_between_turns(running: tuple[Running, Probe]) -> None:
    run, probe = running
    wait_record(probe, "ask")
    control(probe, "pause", run.feed.session_id)
    control(probe, "pause")  # a repeat changes nothing
    wait_until(lambda: run.feed.holds.waiting == 2, 5, "the pauses to arrive")
    run.listener.answers.put("moppi")  # the turn under way ends; the next one waits
    held = wait_record(probe, "held")[0].record
    assert held == ev.Held(action="pause", by="Maija")
    asked = len(run.listener.prompts)
    run.listener.answers.put("ämpäri")  # would answer the next prompt, were there one
    with pytest.raises(AssertionError):
        wait_until(lambda: len(run.listener.prompts) > asked, 0.8, "no prompt while paused")
    control(probe, "resume")
    # the answer kept in the queue answers the prompt after resume; the stop goes only once
    # the prompt after that is under way (a stop between two turns ends the session at once)
    wait_until(lambda: len(run.listener.prompts) > asked + 1, 5, "the prompts after resume")
    control(probe, "stop")
    # the stop must be waiting before the answer ends the turn, or the next turn starts
    wait_until(lambda: run.feed.holds.waiting == 1, 5, "the stop to arrive")
    run.listener.answers.put("pese kädet")  # ends the turn under way; then the stop
    end = wait_record(probe, "end")[0].record
    assert isinstance(end, ev.End) and end.reason == "stopped"
    assert [r.record.action for r in records(probe) if isinstance(r.record, ev.Held)] == [
        "pause", "resume", "stop"]
    wait_until(lambda: run.end is not None, 5, "the runtime to return")
    # after the end, a control is refused
    control(probe, "pause")
    error = json.loads(wait_until(lambda: probe.received("session/error"), 5)[0])
    assert error["error"] == "the session has ended"


def test_a_stop_ends_a_raced_session_whose_learner_never_answers(
        running: tuple[Running, Probe]) -> None:
    """The learner says nothing; the trainer's stop does not wait for an answer that never
    comes (the launcher races a console session's answers for this)."""
    run, probe = running
    wait_record(probe, "ask")
    control(probe, "stop", run.feed.session_id)
    end = wait_record(probe, "end")[0].record
    assert isinstance(end, ev.End) and end.reason == "stopped"
    assert [r.record.action for r in records(probe) if isinstance(r.record, ev.Held)] == [
        "stop"]
    wait_until(lambda: run.end is not None, 5, "the runtime to return")
    assert len(run.listener.prompts) == 1  # no answer was ever given


@pytest.mark.parametrize("payload, why", [
    (b"STOP", "not JSON"),
    (b'{"v":1,"action":"explode","sent_at":1}', "'action' must be one of"),
    (b'{"v":1,"action":"stop","sent_at":1,"session":"not-this-one"}', "not the one running"),
    (b"\xff" * 20000, "over the limit"),
])
def test_a_bad_control_is_answered_and_changes_nothing(
        running: tuple[Running, Probe], payload: bytes, why: str) -> None:
    run, probe = running
    wait_record(probe, "ask")
    probe.publish(probe.topics.prefix + "session/control", payload)
    error = json.loads(wait_until(lambda: probe.received("session/error"), 5)[0])
    assert why in error["error"] and error["topic"].endswith("/session/control")
    run.listener.answers.put("moppi")
    wait_record(probe, "ask", 2)  # the session goes on
    assert not [r for r in records(probe) if r.record.type in ("held", "end")]


def test_a_long_answer_is_cut_to_the_topic_limit(running: tuple[Running, Probe]) -> None:
    run, probe = running
    wait_record(probe, "ask")
    run.listener.answers.put("moppi " * 1000)
    heard = wait_record(probe, "heard")[0].record
    verdict = wait_record(probe, "verdict")[0].record
    assert isinstance(heard, ev.Heard) and isinstance(verdict, ev.Verdict)
    assert len(heard.text) == 1000 and heard.text.endswith("…") and len(verdict.heard) <= 1000
