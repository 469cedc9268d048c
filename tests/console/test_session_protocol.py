"""The session topics' wire format: records round-trip, and a hostile payload on either
topic fails with ProtocolError (and nothing else), whatever it holds."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from valkky import events as ev
from valkky.protocol.messages import ProtocolError
from valkky.protocol.session import LIVE_RECORDS, SessionCtl, SessionEvt, SessionTopics
from valkky.testing.table import check_rows, refused


def evt(record: ev.Event, seq: int = 0) -> SessionEvt:
    return SessionEvt(session="a1b2c3d4", seq=seq, at=1764500000.5, lesson="siivous",
                      title="Siivousvälineet", learner="AB12", steps=9, record=record)


RECORDS = [ev.SessionOpened(lesson="siivous", lang="ar", start_step=2),
           ev.StepStarted(step="mika", kind="ask", index=2),
           ev.Ask(step="mika", kind="ask", text="Mikä tämä on?", try_=1, tries=2),
           ev.Heard(step="mika", text="moppi", confidence=0.9, source="speech"),
           ev.Verdict(step="mika", verdict="correct", reason=None, score=1.0, try_=1,
                      heard="moppi", final=True),
           ev.SayAgain(step="mika", heard="mo"), ev.Hint(step="mika", lang="en", text="m…"),
           ev.Control(step="mika", action="again"), ev.Held(action="pause", by="Maija"),
           ev.End(reason="completed", score=0.8)]


def test_topics() -> None:
    t = SessionTopics("valkky-1")
    assert (t.events, t.control, t.error) == ("valkky/valkky-1/session/events",
                                              "valkky/valkky-1/session/control",
                                              "valkky/valkky-1/session/error")


def _round_trips(record: ev.Event) -> None:
    msg = evt(record, seq=7)
    assert SessionEvt.from_payload(msg.to_payload()) == msg
    assert record.type in LIVE_RECORDS


def test_every_live_record_round_trips() -> None:
    check_rows(RECORDS, _round_trips, lambda r: r.type)


def test_every_live_record_has_an_example() -> None:
    assert {r.type for r in RECORDS} == set(LIVE_RECORDS)


BAD_RECORDS = [
    (b'{"v":1,"session":"s","seq":0,"at":1,"lesson":"l","title":"","learner":"",'
     b'"steps":3,"record":{"type":"timing","step":"a","try":1}}', "carries"),
    (b'{"v":1,"session":"s","seq":0,"at":1,"lesson":"l","title":"","learner":"",'
     b'"steps":3,"record":{"type":"ask","step":"a","kind":"ask","text":"\\ud800"}}',
     "Unicode"),
    (b'{"v":1,"session":"s","seq":-1,"at":1,"lesson":"l","title":"","learner":"",'
     b'"steps":3,"record":{"type":"end","reason":"completed"}}', "seq"),
    (b'{"v":1,"session":"s","seq":0,"at":1,"lesson":"l","title":"","learner":"",'
     b'"steps":3,"record":{"type":"end"}}', "without 'reason'"),
    (b'{"v":1,"session":"s","seq":0,"at":1,"lesson":"l","title":"","learner":"",'
     b'"steps":3,"record":[1]}', "object"),
]


def test_bad_records_are_refused_with_a_reason() -> None:
    check_rows(BAD_RECORDS, lambda row: refused(lambda: SessionEvt.from_payload(row[0]),
                                                ProtocolError, row[1]))


def test_control_round_trip_and_defaults() -> None:
    ctl = SessionCtl(action="stop", sent_at=1764500000.0, session="a1b2c3d4", by="Maija")
    assert SessionCtl.from_payload(ctl.to_payload()) == ctl
    bare = SessionCtl.from_payload(b'{"v":1,"action":"pause","sent_at":5}')
    assert (bare.session, bare.by) == (None, "")


BAD_CONTROLS = [
    b"", b"stop", b'"stop"', b"[]", b'{"action":"stop","sent_at":1}',
    b'{"v":1,"action":"kill","sent_at":1}', b'{"v":1,"action":"stop"}',
    b'{"v":1,"action":"stop","sent_at":1,"session":""}', b'{"v":2,"action":"stop","sent_at":1}',
    b'{"v":1,"action":["stop"],"sent_at":1}', b'{"v":1,"action":"stop","sent_at":NaN}',
    b'{"v":1,"action":"stop","sent_at":1e400}', b"[" * 100000, b"\xff\xfe",
    b'{"v":1,"action":"stop","sent_at":1,"by":"' + b"x" * 100 + b'"}',
]


def test_bad_controls_are_refused() -> None:
    check_rows(BAD_CONTROLS,
               lambda payload: refused(lambda: SessionCtl.from_payload(payload), ProtocolError),
               lambda payload: repr(payload[:60]))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=12)


def _near(keys: dict[str, object]) -> st.SearchStrategy[bytes]:
    """Objects shaped like a real payload with any values, and anything at all."""
    shaped = st.fixed_dictionaries({k: st.one_of(st.just(v), json_values)
                                    for k, v in keys.items()})
    return st.one_of(shaped.map(lambda d: json.dumps(d).encode()),
                     json_values.map(lambda d: json.dumps(d).encode()), st.binary(max_size=64))


@given(_near({"v": 1, "action": "stop", "sent_at": 1.0, "session": "s", "by": "x"}))
def test_any_control_payload_decodes_or_fails_with_protocol_error(payload: bytes) -> None:
    try:
        SessionCtl.from_payload(payload)
    except ProtocolError as exc:
        assert str(exc)


@given(_near({"v": 1, "session": "s", "seq": 1, "at": 1.0, "lesson": "l", "title": "t",
              "learner": "x", "steps": 3,
              "record": {"type": "verdict", "step": "a", "verdict": "correct", "reason": None,
                         "score": 1.0, "try": 1}}))
def test_any_event_payload_decodes_or_fails_with_protocol_error(payload: bytes) -> None:
    try:
        SessionEvt.from_payload(payload)
    except ProtocolError as exc:
        assert str(exc)
