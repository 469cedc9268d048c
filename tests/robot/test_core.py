"""The robot-side core with a hand-driven clock: acks, queue, limits, e-stop, watchdog."""

from __future__ import annotations

import json
from typing import Any

import pytest

from valkky.protocol import messages as p
from valkky.robot.core import CoreSettings, Outgoing, RobotCore
from valkky.robot.definitions import RobotDef

T0 = 1_700_000_000.0
TOPICS = p.Topics("r1")


class Rig:
    """A core, its body and a clock; collects everything published."""

    def __init__(self, robot: RobotDef, gestures: dict, body: Any, **settings: Any):
        self.now = T0
        self.body = body
        self.core = RobotCore(robot, gestures, body, TOPICS, now=self.now,
                              settings=CoreSettings(**settings))
        self.out: list[Outgoing] = []
        self.ids = 0

    def send(self, topic: str, payload: bytes | p.Message, retained: bool = False) -> list:
        if isinstance(payload, p.Message):
            payload = payload.to_payload()
        got = self.core.on_message(topic, payload, retained, self.now)
        self.out += got
        return got

    def gesture(self, name: str, **kw: Any) -> str:
        self.ids += 1
        gid = f"g{self.ids}"
        kw.setdefault("sent_at", self.now)
        self.send(TOPICS.gesture, p.GestureCmd(id=gid, name=name, **kw))
        return gid

    def heartbeat(self) -> None:
        self.send(TOPICS.heartbeat, p.Heartbeat(seq=self.ids, sent_at=self.now))

    def run(self, seconds: float, step: float = 0.02, heartbeat: bool = True) -> None:
        end = self.now + seconds
        last_hb = self.now
        while self.now < end - 1e-9:
            self.now = round(self.now + step, 6)
            if heartbeat and self.now - last_hb >= 1.0:
                self.heartbeat()
                last_hb = self.now
            self.out += self.core.tick(self.now)

    def acks(self, gid: str | None = None) -> list[tuple[str, str, str | None]]:
        acks = [p.Ack.from_payload(o.payload) for o in self.out if o.topic == TOPICS.ack]
        return [(a.id, a.status, a.code) for a in acks if gid is None or a.id == gid]

    def statuses(self, gid: str) -> list[str]:
        return [s for _, s, _ in self.acks(gid)]

    def errors(self) -> list[p.ErrorEvt]:
        return [p.ErrorEvt.from_payload(o.payload) for o in self.out if o.topic == TOPICS.error]

    def states(self) -> list[p.State]:
        return [p.State.from_payload(o.payload) for o in self.out if o.topic == TOPICS.state]


@pytest.fixture
def rig(robot: RobotDef, gestures: dict, body: Any) -> Rig:
    r = Rig(robot, gestures, body)
    r.heartbeat()
    return r


def test_gesture_is_accepted_started_and_done(rig: Rig, gestures: dict) -> None:
    gid = rig.gesture("nod")
    assert rig.statuses(gid) == ["accepted", "started"]
    rig.run(gestures["nod"].duration_s - 0.1)
    assert rig.statuses(gid) == ["accepted", "started"]
    rig.run(0.2)
    assert rig.statuses(gid) == ["accepted", "started", "done"]
    pitches = [c[0]["head_pitch"] for c in rig.body.calls]
    assert max(pitches) == pytest.approx(20, abs=0.5) and pitches[-1] == 0
    states = rig.states()
    assert any(s.gesture == "nod" for s in states) and states[-1].gesture is None
    assert states[-1].controller == "ok" and not states[-1].estop
    assert all(o.retain and o.qos == 1 for o in rig.out if o.topic == TOPICS.state)
    assert all(not o.retain and o.qos == 1 for o in rig.out if o.topic == TOPICS.ack)


def test_state_rate_while_moving_and_quiet_when_idle(rig: Rig) -> None:
    rig.gesture("wave")
    rig.out.clear()
    rig.run(2.0)
    assert 17 <= len(rig.states()) <= 22  # about 10 Hz
    rig.run(5.0)
    rig.out.clear()
    rig.run(3.0)
    assert rig.states() == []


def test_queue_in_order(rig: Rig, gestures: dict) -> None:
    a, b = rig.gesture("nod"), rig.gesture("shake_head")
    assert rig.statuses(b) == ["accepted"]
    rig.run(gestures["nod"].duration_s + 0.05)
    assert rig.statuses(a)[-1] == "done" and rig.statuses(b) == ["accepted", "started"]
    rig.run(gestures["shake_head"].duration_s + 0.05)
    assert rig.statuses(b)[-1] == "done"
    order = [(i, s) for i, s, _ in rig.acks()]
    assert order.index((a, "done")) < order.index((b, "started"))


@pytest.mark.parametrize("kw, code", [
    ({"name": "nodd"}, "unknown_gesture"),
    ({"name": "wave", "amplitude": 3.0}, "over_limit"),
    ({"name": "nod", "speed": 5.0}, "over_speed"),
    ({"name": "nod", "sent_at": T0 - 6}, "stale"),
    ({"name": "nod", "sent_at": T0 + 60}, "clock_skew"),
])
def test_rejections_move_nothing(rig: Rig, kw: dict, code: str) -> None:
    calls = len(rig.body.calls)
    gid = rig.gesture(**kw)
    assert rig.acks(gid) == [(gid, "rejected", code)]
    rig.run(0.5)
    assert len(rig.body.calls) == calls


def test_unknown_gesture_suggests_a_name(rig: Rig) -> None:
    rig.gesture("nodd")
    ack = p.Ack.from_payload([o for o in rig.out if o.topic == TOPICS.ack][-1].payload)
    assert ack.reason == "unknown_gesture: no gesture 'nodd' in gestures.yaml (did you mean " \
                         "'nod'?)"


def test_stale_when_it_would_start(rig: Rig) -> None:
    rig.gesture("sweep")  # six seconds long
    waiting = rig.gesture("nod")
    rig.run(6.5)
    assert rig.acks(waiting)[-1] == (waiting, "rejected", "stale")


def test_queue_full(robot: RobotDef, gestures: dict, body: Any) -> None:
    rig = Rig(robot, gestures, body, queue_max=2)
    rig.heartbeat()
    ids = [rig.gesture("nod") for _ in range(4)]  # one starts at once, two wait
    assert rig.acks(ids[-1]) == [(ids[-1], "rejected", "queue_full")]
    assert rig.core.queued == ["nod", "nod"]


def test_malformed_input_on_any_topic(rig: Rig) -> None:
    rig.send(TOPICS.gesture, b'{"v":1,"id":"bad-1","name":"nod","sent_at":"soon"}')
    assert rig.acks("bad-1") == [("bad-1", "rejected", "malformed")]
    for topic in (TOPICS.show, TOPICS.speech, TOPICS.heartbeat):
        rig.send(topic, b"\xff not json " + b"x" * 500)
    rig.send(TOPICS.prefix + "cmd/dance", b"{}")
    errors = rig.errors()
    assert [e.topic for e in errors] == [TOPICS.gesture, TOPICS.show, TOPICS.speech,
                                        TOPICS.heartbeat, TOPICS.prefix + "cmd/dance"]
    assert errors[0].error == "'sent_at' must be a number, not a string"
    assert errors[1].error.startswith("payload is not UTF-8")
    assert errors[1].excerpt.startswith("\ufffd not json") and len(errors[1].excerpt) == 200
    assert "not a topic" in errors[-1].error
    gid = rig.gesture("nod")  # and it carries on
    assert rig.statuses(gid) == ["accepted", "started"]


def test_retained_commands_are_ignored(rig: Rig) -> None:
    calls = len(rig.body.calls)
    rig.send(TOPICS.gesture, p.GestureCmd("old", "wave", sent_at=T0), retained=True)
    assert rig.acks("old") == []
    assert "retained command ignored" in rig.errors()[-1].error
    rig.run(1.0)
    assert len(rig.body.calls) == calls
    rig.send(TOPICS.estop, p.EStop(engaged=True, by="op"), retained=True)  # estop may be
    assert rig.core.estop


def test_estop_stops_at_once_and_rejects(rig: Rig) -> None:
    moving, waiting = rig.gesture("wave"), rig.gesture("nod")
    rig.run(0.6)
    rig.send(TOPICS.estop, p.EStop(engaged=True, by="Aino"))
    assert rig.acks(moving)[-1] == (moving, "done", "interrupted")
    assert rig.acks(waiting)[-1] == (waiting, "rejected", "estop")
    held = dict(rig.body.pos)
    assert rig.body.calls[-1][0] == pytest.approx(held)
    assert rig.states()[-1].estop is True
    calls = len(rig.body.calls)
    rig.run(2.0)
    assert len(rig.body.calls) == calls  # holds still
    later = rig.gesture("nod")
    assert rig.acks(later) == [(later, "rejected", "estop")]
    rig.send(TOPICS.estop, p.EStop(engaged=False, by="Aino"))
    rig.run(2.0)
    assert len(rig.body.calls) == calls and rig.body.pos == held  # release starts nothing
    assert rig.states()[-1].estop is False
    again = rig.gesture("nod")  # from the held pose, within speed (RecordingBody checks)
    rig.run(5.0)
    assert rig.statuses(again) == ["accepted", "started", "done"]


def test_heartbeat_loss_goes_slowly_to_rest(rig: Rig, robot: RobotDef) -> None:
    gid = rig.gesture("sweep")
    rig.run(1.5)
    rig.heartbeat()
    rig.run(2.9, heartbeat=False)
    assert rig.core.controller == "ok"
    rig.run(0.2, heartbeat=False)
    assert rig.core.controller == "lost"
    assert rig.acks(gid)[-1] == (gid, "done", "interrupted")
    assert rig.states()[-1].controller == "lost"
    assert rig.body.calls[-1][1] == robot.rest_speed_deg_s
    rejected = rig.gesture("nod")
    assert rig.acks(rejected) == [(rejected, "rejected", "controller_lost")]
    before = dict(rig.body.pos)
    rig.run(0.1, heartbeat=False)
    step = max(abs(rig.body.pos[j] - before[j]) for j in before)
    assert step <= robot.rest_speed_deg_s * 0.1 + 1e-6
    rig.run(10.0, heartbeat=False)
    assert rig.body.pos == pytest.approx(robot.rest_pose())
    rig.heartbeat()
    assert rig.core.controller == "ok" and rig.states()[-1].controller == "ok"


def test_start_up_goes_to_rest_and_waits_for_a_controller(robot: RobotDef, gestures: dict,
                                                           body: Any) -> None:
    body.pos["l_elbow"] = 90
    rig = Rig(robot, gestures, body)
    gid = rig.gesture("nod")
    assert rig.acks(gid) == [(gid, "rejected", "controller_lost")]
    rig.run(10.0, heartbeat=False)
    assert body.pos["l_elbow"] == pytest.approx(robot.joints["l_elbow"].rest_deg)


def test_screen_and_speech(rig: Rig) -> None:
    rig.send(TOPICS.show, p.ShowCmd("s1", text="moppi", gloss="mop"))
    rig.send(TOPICS.speech, p.SpeechCmd("p1", "start", "Tämä on moppi."))
    snap = rig.core.snapshot()
    assert snap["screen"] == {"text": "moppi", "image": None, "gloss": "mop"}
    assert snap["speech"] == {"text": "Tämä on moppi."}
    rig.send(TOPICS.show, p.ShowCmd("s2"))
    rig.send(TOPICS.speech, p.SpeechCmd("p1", "end"))
    snap = rig.core.snapshot()
    assert snap["screen"] is None and snap["speech"] is None
    assert any("show moppi" in e["text"] for e in snap["log"])
    last = snap["log"][-1]["seq"]
    assert rig.core.snapshot(since_seq=last)["log"] == []
    json.dumps(snap)


def test_a_clock_jump_does_not_skip_the_motion(rig: Rig) -> None:
    gid = rig.gesture("wave")
    rig.run(0.1)
    rig.now += 30.0  # NTP stepped the clock
    rig.heartbeat()
    rig.out += rig.core.tick(rig.now)
    assert rig.statuses(gid)[-1] == "started"  # advanced at most max_step_s


def test_connect_announces_status_and_state(rig: Rig) -> None:
    out = rig.core.on_connect(rig.now)
    assert (out[0].topic, out[0].payload, out[0].retain) == (TOPICS.status, b'"online"', True)
    assert out[1].topic == TOPICS.state and out[1].retain
    assert rig.core.offline().payload == b'"offline"'


ENGAGED_BUT_NOT_STRICT = [
    b'{"v":1,"engaged":true,"by":"' + b"x" * 65 + b'"}',  # a 'by' too long
    b'{"v":1,"engaged":"true"}',
    b'{"v":1,"engaged":1}',
    b'{"v":2,"engaged":true}',
    b'{"engaged":true}',  # no version
    b'{"v":1,"engaged":true,"by":7}',
    b'{"v":1,"engaged":"yes","by":"op"}',
    b'{"v":1' + b"0" * 400 + b',"engaged":true}',  # a huge version number
    b'{"v":1,"engaged":true,"by":"\\ud800"}',  # a lone surrogate
    b"engaged",
    b"\xff\xfe garbage",  # unreadable: someone meant the e-stop, so it engages
    b'{"v":1}',
]


@pytest.mark.parametrize("payload", ENGAGED_BUT_NOT_STRICT)
def test_an_estop_that_can_be_read_as_engaged_engages(rig: Rig, payload: bytes) -> None:
    """The e-stop fails closed: it once ignored 8 of 9 such variants (error event only)."""
    moving = rig.gesture("nod")
    rig.send(TOPICS.estop, payload, retained=True)
    assert rig.core.estop
    assert rig.states()[-1].estop
    assert rig.statuses(moving)[-1] == "done"  # stopped, with the reason interrupted
    assert rig.errors()[-1].topic == TOPICS.estop  # and the fault is reported
    later = rig.gesture("wave")
    assert rig.acks(later) == [(later, "rejected", "estop")]


@pytest.mark.parametrize("payload", [
    b"",  # a retained e-stop being cleared
    b'{"v":1,"engaged":false,"by":"' + b"x" * 65 + b'"}',
    b'{"v":1,"engaged":"false"}',
    b'{"v":2,"engaged":false}',
])
def test_only_an_exact_release_releases(rig: Rig, payload: bytes) -> None:
    rig.send(TOPICS.estop, p.EStop(True, "op"))
    rig.send(TOPICS.estop, payload)
    assert rig.core.estop, "a release that fails strict checking must not release"
    rig.send(TOPICS.estop, p.EStop(False, "op"))
    assert not rig.core.estop
