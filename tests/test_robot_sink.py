"""The robot sink: gesture ids into the log, and the microphone muted during an e-stop."""

from __future__ import annotations

from valkky import events as ev
from valkky.controller.sink import RobotSink
from valkky.protocol import messages as p
from valkky.speech.tts import MicGate


class FakeLink:
    def __init__(self) -> None:
        self.robot_state: p.State | None = None
        self.sent: list[str] = []
        self.connected = True

    def gesture(self, name: str) -> str | None:
        self.sent.append(name)
        return f"id-{len(self.sent)}" if self.connected else None

    def show(self, *a: object, **kw: object) -> bool:
        return True

    def take_acks(self) -> list[p.Ack]:
        return [p.Ack(id="id-1", status="accepted", at=1.0)] if self.sent else []


def test_gesture_ids_dropped_gestures_and_acks() -> None:
    link, logged = FakeLink(), []
    sink = RobotSink(link, logged.append)  # type: ignore[arg-type]
    sent = sink.handle(ev.Gesture(name="nod"))
    assert sent == ev.Gesture(name="nod", id="id-1")
    link.connected = False
    assert sink.handle(ev.Gesture(name="wave")) == ev.Gesture(name="wave", dropped=True)
    assert {"type": "ack", "id": "id-1", "status": "accepted"} in logged


def test_estop_mutes_the_microphone_until_released() -> None:
    link, gate = FakeLink(), MicGate(clock=lambda: 0.0)
    sink = RobotSink(link, None, gate=gate)  # type: ignore[arg-type]
    link.robot_state = p.State(joints={}, gesture=None, estop=True, controller="ok", at=1.0)
    sink.handle(ev.Say(text="Hei"))
    assert gate.muted(barge_in=True)
    link.robot_state = p.State(joints={}, gesture=None, estop=False, controller="ok", at=2.0)
    sink.handle(ev.Say(text="Hei"))
    assert not gate.muted()


class SilentLink(FakeLink):
    """A robot that never answers (a command dropped on the way, or by its full queue)."""

    def __init__(self) -> None:
        super().__init__()
        self.stopped = False

    def take_acks(self) -> list[p.Ack]:
        return []

    def wait_outstanding(self, timeout_s: float) -> bool:
        return False

    def outstanding(self) -> list[str]:
        return [f"id-{i + 1}" for i in range(len(self.sent))]

    def stop(self) -> None:
        self.stopped = True


def test_a_gesture_with_no_final_ack_is_logged_as_lost() -> None:
    link, logged = SilentLink(), []
    sink = RobotSink(link, logged.append)  # type: ignore[arg-type]
    sink.handle(ev.Gesture(name="nod"))
    sink.close()
    assert link.stopped
    assert logged[-1]["type"] == "ack" and logged[-1]["status"] == "lost"
    assert logged[-1]["id"] == "id-1"
