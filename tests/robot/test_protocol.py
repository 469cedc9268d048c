"""The wire format: every message round-trips, and bad payloads fail with ProtocolError."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from valkky.errors import ConfigError, ValkkyError
from valkky.protocol import messages as p
from valkky.testing.table import check_rows, refused

EXAMPLES: list[p.Message] = [
    p.GestureCmd(id="g-1", name="nod", sent_at=1700000000.25, speed=1.5, amplitude=0.8),
    p.ShowCmd(id="s-1", text="moppi", image=None, gloss="mop"),
    p.ShowCmd(id="s-2"),
    p.ShowCmd(id="s-3", image="moppi.png"),
    p.SpeechCmd(id="p-1", state="start", text="Tämä on ämpäri."),
    p.SpeechCmd(id="p-2", state="end"),
    p.Heartbeat(seq=42, sent_at=1700000000.0),
    p.EStop(engaged=True, by="operaattori"),
    p.EStop(engaged=False),
    p.Ack(id="g-1", status="rejected", at=1700000001.0, reason="stale: sent 6.0 s ago"),
    p.Ack(id="g-1", status="done", at=1700000001.0),
    p.ErrorEvt.about("valkky/r1/cmd/gesture", "payload is not JSON", b"\xff{oops" * 100),
    p.State(joints={"head_yaw": 1.5, "l_hand": 20.0}, gesture="nod", estop=False,
            controller="ok", at=1700000002.0),
]


def _round_trips(msg: p.Message) -> None:
    payload = msg.to_payload()
    data = json.loads(payload)
    assert data["v"] == 1
    assert type(msg).from_payload(payload) == msg
    assert p.decode(msg.kind, payload) == msg


def test_round_trip() -> None:
    check_rows(EXAMPLES, _round_trips, lambda m: type(m).__name__)


def test_every_message_type_has_an_example() -> None:
    assert {type(m) for m in EXAMPLES} == set(p.MESSAGES.values())


def test_payloads_match_protocol_md() -> None:
    gesture = json.loads(p.GestureCmd("x", "nod", 5.0).to_payload())
    assert gesture == {"v": 1, "id": "x", "name": "nod", "speed": 1.0, "amplitude": 1.0,
                       "sent_at": 5.0}
    assert json.loads(p.ShowCmd("c").to_payload()) == {"v": 1, "id": "c"}
    assert set(json.loads(EXAMPLES[-1].to_payload())) == {"v", "joints", "gesture", "estop",
                                                          "controller", "at"}


def test_defaults_and_extra_keys() -> None:
    cmd = p.GestureCmd.from_payload(b'{"v":1,"id":"a","name":"nod","sent_at":1,"future":[1]}')
    assert (cmd.speed, cmd.amplitude, cmd.sent_at) == (1.0, 1.0, 1.0)
    assert p.EStop.from_payload(b'{"v":1,"engaged":false}').by == ""


MALFORMED_GESTURES = [
    (b"", "not JSON"),
    (b"\xff\xfe", "not UTF-8"),
    (b"nod", "not JSON"),
    (b"[1,2]", "must be a JSON object, not an array"),
    (b'{"id":"a","name":"nod","sent_at":1}', "missing 'v'"),
    (b'{"v":2,"id":"a","name":"nod","sent_at":1}', "unsupported version v=2"),
    (b'{"v":true,"id":"a","name":"nod","sent_at":1}', "unsupported version"),
    (b'{"v":1.0,"id":"a","name":"nod","sent_at":1}', "unsupported version"),
    (b'{"v":1,"name":"nod","sent_at":1}', "missing 'id'"),
    (b'{"v":1,"id":"","name":"nod","sent_at":1}', "'id' must not be empty"),
    (b'{"v":1,"id":7,"name":"nod","sent_at":1}', "'id' must be a string, not a number"),
    (b'{"v":1,"id":"a","name":"nod"}', "missing 'sent_at'"),
    (b'{"v":1,"id":"a","name":"nod","sent_at":"now"}', "'sent_at' must be a number"),
    (b'{"v":1,"id":"a","name":"nod","sent_at":NaN}', "NaN"),
    (b'{"v":1,"id":"a","name":"nod","sent_at":1,"speed":Infinity}', "Infinity"),
    (b'{"v":1,"id":"a","name":"nod","sent_at":1,"speed":0}', "'speed' is 0"),
    (b'{"v":1,"id":"a","name":"nod","sent_at":1,"speed":true}', "'speed' must be a number"),
    (b'{"v":1,"id":"a","name":"nod","sent_at":1,"amplitude":-1}', "'amplitude' is -1"),
    (b'{"v":1,"id":"a","name":"nod","sent_at":1e400}', "must be finite"),
    (b'{"v":1,"id":"' + b"x" * 65 + b'","name":"nod","sent_at":1}', "at most 64"),
    (b'{"v":1,"id":"\\ud800","name":"nod","sent_at":1}', "not valid Unicode"),
    (b"[" * 100000 + b"]" * 100000, "over the limit"),
]


def test_malformed_gesture() -> None:
    check_rows(MALFORMED_GESTURES,
               lambda row: refused(lambda: p.GestureCmd.from_payload(row[0]), p.ProtocolError,
                                   row[1]),
               lambda row: repr(row[0][:60]))


def test_protocol_error_is_a_valkky_error_and_a_value_error() -> None:
    assert issubclass(p.ProtocolError, ValkkyError)
    assert issubclass(p.ProtocolError, ValueError)


def test_other_malformed_messages() -> None:
    with pytest.raises(p.ProtocolError, match="'state' must be one of start, end"):
        p.SpeechCmd.from_payload(b'{"v":1,"id":"a","state":"middle"}')
    with pytest.raises(p.ProtocolError, match="'engaged' must be true or false"):
        p.EStop.from_payload(b'{"v":1,"engaged":"yes"}')
    with pytest.raises(p.ProtocolError, match="'seq' must be a whole number"):
        p.Heartbeat.from_payload(b'{"v":1,"seq":-1,"sent_at":1}')
    with pytest.raises(p.ProtocolError, match="'joints' must be an object"):
        p.State.from_payload(b'{"v":1,"joints":[],"gesture":null,"estop":false,'
                             b'"controller":"ok","at":1}')
    with pytest.raises(p.ProtocolError, match="nested too deeply"):
        p.EStop.from_payload(b"[" * 5000 + b"]" * 5000)


def test_topics() -> None:
    t = p.Topics("valkky-1")
    assert t.gesture == "valkky/valkky-1/cmd/gesture"
    assert t.estop == "valkky/valkky-1/estop"
    assert t.state == "valkky/valkky-1/state"
    assert t.controller_status == "valkky/valkky-1/controller/status"
    assert t.kind(t.heartbeat) == "heartbeat" and t.kind("valkky/other/estop") is None
    assert t.is_command_topic(t.show) and not t.is_command_topic(t.estop)
    for bad in ("", "Robot", "r/1", "r#", "a" * 65):
        with pytest.raises(ConfigError, match="robot id"):
            p.Topics(bad)


def test_status_strings() -> None:
    assert p.encode_status(p.ONLINE) == b'"online"'
    assert p.decode_status(b'"offline"') == "offline"
    assert p.decode_status(b"online") == "online"
    with pytest.raises(p.ProtocolError):
        p.decode_status(b"maybe")


def test_error_event_excerpt_is_the_first_200_bytes() -> None:
    evt = p.ErrorEvt.about("t", "bad" * 500, b"a" * 1000)
    assert evt.excerpt == "a" * 200 and len(evt.error) <= p.MAX_REASON
    assert p.ErrorEvt.from_payload(evt.to_payload()) == evt


def test_gesture_id_of_a_malformed_command() -> None:
    assert p.gesture_id_of(b'{"v":1,"id":"g7","name":3}') == "g7"
    assert p.gesture_id_of(b'{"v":9,"id":"g7"}') == "g7"
    assert p.gesture_id_of(b"junk") is None
    assert p.gesture_id_of(b'["g7"]') is None  # JSON, but no command: no id to answer
    assert p.gesture_id_of(b'{"id":"g7"}' + b" " * p.MAX_PAYLOAD_BYTES) is None  # not read


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=80),
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=10), kids,
                                                              max_size=5),
    max_leaves=12)
keys = st.sampled_from(["v", "id", "name", "sent_at", "speed", "amplitude", "text", "image",
                        "gloss", "state", "seq", "engaged", "by", "status", "reason", "at",
                        "topic", "error", "excerpt", "joints", "gesture", "estop",
                        "controller"])
plausible = st.dictionaries(keys, json_values | st.just(1), max_size=8).map(
    lambda d: {"v": 1, **d})


@given(st.binary(max_size=300) | plausible.map(
    lambda d: json.dumps(d, allow_nan=True).encode()))
def test_fuzz_only_protocol_errors(payload: bytes) -> None:
    for cls in p.MESSAGES.values():
        try:
            msg = cls.from_payload(payload)
        except p.ProtocolError:
            continue
        assert cls.from_payload(msg.to_payload()) == msg  # what decodes, re-encodes
    with contextlib.suppress(p.ProtocolError):
        p.decode_status(payload)
    p.gesture_id_of(payload)


HUGE = "1" + "0" * 400  # a JSON integer far beyond any float


HUGE_NUMBERS = [
    ("heartbeat", '{"v":1,"seq":1,"sent_at":%s}'),
    ("heartbeat", '{"v":1,"seq":%s,"sent_at":1}'),
    ("gesture", '{"v":1,"id":"a","name":"nod","sent_at":%s}'),
    ("gesture", '{"v":1,"id":"a","name":"nod","sent_at":1,"speed":%s}'),
    ("gesture", '{"v":1,"id":"a","name":"nod","sent_at":1,"amplitude":-%s}'),
    ("ack", '{"v":1,"id":"a","status":"done","at":%s}'),
    ("state", '{"v":1,"joints":{"neck":%s},"gesture":null,"estop":false,'
              '"controller":"ok","at":1}'),
    ("state", '{"v":1,"joints":{},"gesture":null,"estop":false,"controller":"ok","at":%s}'),
    ("estop", '{"v":%s,"engaged":true}'),
]


def test_a_huge_number_is_a_protocol_error() -> None:
    """A 400-digit integer once raised OverflowError and killed the MQTT network thread."""
    check_rows(HUGE_NUMBERS,
               lambda row: refused(lambda: p.decode(row[0], (row[1] % HUGE).encode()),
                                   p.ProtocolError),
               lambda row: f"{row[0]} {row[1]}")


huge_numbers = st.integers(min_value=-10**500, max_value=10**500) | st.sampled_from(
    [10**309, -10**309, 2**63, 2**64, 10**4000])
number_keys = st.sampled_from(["v", "sent_at", "speed", "amplitude", "seq", "at"])


@given(st.dictionaries(number_keys, huge_numbers, min_size=1, max_size=4),
       st.dictionaries(st.text(max_size=8), huge_numbers, max_size=3))
def test_fuzz_huge_numbers_only_protocol_errors(numbers: dict, joints: dict) -> None:
    base = {"v": 1, "id": "a", "name": "nod", "sent_at": 1, "seq": 1, "engaged": True,
            "status": "done", "at": 1, "joints": joints, "gesture": None, "estop": False,
            "controller": "ok", "state": "start", "topic": "t", "error": "e"}
    payload = json.dumps({**base, **numbers}).encode()
    for cls in p.MESSAGES.values():
        with contextlib.suppress(p.ProtocolError):
            cls.from_payload(payload)
    p.gesture_id_of(payload)
