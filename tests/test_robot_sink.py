"""The robot sink: gesture ids into the log, and the microphone muted during an e-stop."""

from __future__ import annotations

from valkky import events as ev
from valkky.controller.sink import FINAL_ACK_WAIT_S, RobotSink, SpeechMarks
from valkky.protocol import messages as p
from valkky.speech.tts import MicGate
from valkky.testing.fakes import FakeClock, FakeLink


def test_gesture_ids_dropped_gestures_and_acks() -> None:
    link, logged = FakeLink(), []
    sink = RobotSink(link, logged.append)  # type: ignore[arg-type]
    sent = sink.handle(ev.Gesture(name="nod"))
    assert sent == ev.Gesture(name="nod", id="id-1")
    assert logged == []  # no ack has come back yet
    link.ack("id-1", "accepted")
    link.connected = False
    assert sink.handle(ev.Gesture(name="wave")) == ev.Gesture(name="wave", dropped=True)
    assert link.gestures == [("nod", "id-1"), ("wave", None)]
    assert logged == [{"type": "ack", "id": "id-1", "status": "accepted"}]


def test_show_goes_to_the_robot_and_other_events_pass_through() -> None:
    link = FakeLink()
    sink = RobotSink(link, None)  # type: ignore[arg-type]
    assert sink.handle(ev.Show(text="moppi", gloss="mop")) is None
    assert sink.handle(ev.Say(text="Hei")) is None
    assert link.shown == [("moppi", None, "mop")] and link.gestures == []


def test_estop_mutes_the_microphone_until_released() -> None:
    clock = FakeClock()
    link, gate = FakeLink(), MicGate(clock=clock)
    sink = RobotSink(link, None, gate=gate)  # type: ignore[arg-type]
    sink.handle(ev.Say(text="Hei"))
    assert not gate.muted(barge_in=True)  # no state from the robot yet: not muted
    link.robot_state = p.State(joints={}, gesture=None, estop=True, controller="ok", at=1.0)
    sink.handle(ev.Say(text="Hei"))
    assert gate.muted(barge_in=True)
    clock.advance(60)
    assert gate.muted(barge_in=True)  # held for as long as the e-stop is engaged
    link.robot_state = p.State(joints={}, gesture=None, estop=False, controller="ok", at=2.0)
    sink.handle(ev.Say(text="Hei"))
    assert not gate.muted()


def test_final_acks_are_waited_for_then_logged() -> None:
    link, logged = FakeLink(), []
    sink = RobotSink(link, logged.append)  # type: ignore[arg-type]
    sink.handle(ev.Gesture(name="nod"))
    link.ack("id-1", "accepted")
    link.ack("id-1", "done")
    sink.close()
    assert link.waits == [FINAL_ACK_WAIT_S] and link.stopped
    assert [(e["id"], e["status"]) for e in logged] == [("id-1", "accepted"), ("id-1", "done")]


def test_a_gesture_with_no_final_ack_is_logged_as_lost() -> None:
    """A robot that never answers (a command dropped on the way, or by its full queue)."""
    link, logged = FakeLink(), []
    sink = RobotSink(link, logged.append, final_ack_wait_s=0.25)  # type: ignore[arg-type]
    sink.handle(ev.Gesture(name="nod"))
    sink.handle(ev.Gesture(name="wave"))
    link.ack("id-2", "done")
    sink.close()
    assert link.stopped and link.waits == [0.25]
    assert [(e["id"], e["status"]) for e in logged] == [("id-2", "done"), ("id-1", "lost")]
    assert logged[-1]["reason"].startswith("no final ack")


def test_without_an_event_log_the_last_gesture_is_still_seen() -> None:
    """The demo once left before its final bow: closing waits (bounded) log or no log."""
    link = FakeLink()
    sink = RobotSink(link, None, final_ack_wait_s=0.25)  # type: ignore[arg-type]
    sink.handle(ev.Gesture(name="bow"))
    sink.close()
    assert link.waits == [0.25] and link.stopped


def test_speech_marks_frame_what_is_said() -> None:
    link, heard = FakeLink(), []

    class Speaker:
        def handle(self, event: ev.Event) -> None:
            heard.append((event, list(link.speech_marks)))

    marks = SpeechMarks(Speaker(), link)  # type: ignore[arg-type]
    marks.handle(ev.Say(text="Hei"))
    marks.handle(ev.Gesture(name="nod"))
    assert heard[0] == (ev.Say(text="Hei"), [("start", "Hei")])  # start before it is said
    assert link.speech_marks == [("start", "Hei"), ("end", "Hei")]  # no marks for a gesture
