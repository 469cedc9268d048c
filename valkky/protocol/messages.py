"""The robot link's wire format (docs/protocol.md, version 1): topics and messages.

One small frozen dataclass per message, each with ``to_payload() -> bytes`` and
``from_payload(bytes)``. Decoding is strict about what it needs and raises
``ProtocolError`` with a reason a technician can act on; it never returns ``None`` and
never raises anything else. Its rules (docs/protocol.md, "Decoding rules"):

- Unknown keys are ignored (a newer controller may add fields); ``v`` must be exactly 1.
- Numbers are JSON numbers (not booleans, not strings), finite, within the ranges below.
- Strings have length limits (``MAX_*``) and must be valid Unicode (no lone surrogates).
- ``speed`` and ``amplitude`` default to 1.0; ``by`` of an e-stop defaults to "".
- ``status`` payloads are the JSON strings ``"online"``/``"offline"``; the bare words are
  accepted too.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

from valkky.errors import ConfigError, ValkkyError

VERSION = 1
MAX_PAYLOAD_BYTES = 16 * 1024
MAX_ID = 64
MAX_NAME = 64
MAX_TEXT = 1000
MAX_REASON = 300
MAX_TOPIC = 256
EXCERPT_BYTES = 200
MAX_SPEED = 10.0
MAX_AMPLITUDE = 10.0
MAX_JOINTS = 64

ACK_STATUSES = ("accepted", "started", "done", "rejected")
SPEECH_STATES = ("start", "end")
CONTROLLER_STATES = ("ok", "lost")
ONLINE = "online"
OFFLINE = "offline"

ROBOT_ID_RE = re.compile(r"[a-z0-9-]{1,64}")


class ProtocolError(ValkkyError, ValueError):
    """A payload that does not follow docs/protocol.md; the message says what is wrong."""


class Topics:
    """The MQTT topics of one robot (``valkky/{robot}/...``)."""

    COMMANDS: ClassVar[tuple[str, ...]] = ("gesture", "show", "speech", "heartbeat")

    def __init__(self, robot_id: str):
        if not isinstance(robot_id, str) or not ROBOT_ID_RE.fullmatch(robot_id):
            raise ConfigError(f"robot id {robot_id!r} is not valid: use 1-64 of a-z, 0-9 "
                              "and '-' (for example 'valkky-1')")
        self.robot_id = robot_id
        self.prefix = f"valkky/{robot_id}/"
        p = self.prefix
        self.gesture = p + "cmd/gesture"
        self.show = p + "cmd/show"
        self.speech = p + "cmd/speech"
        self.heartbeat = p + "cmd/heartbeat"
        self.commands = p + "cmd/#"
        self.estop = p + "estop"
        self.ack = p + "evt/ack"
        self.error = p + "evt/error"
        self.state = p + "state"
        self.status = p + "status"
        self.controller_status = p + "controller/status"
        self._kinds = {self.gesture: "gesture", self.show: "show", self.speech: "speech",
                       self.heartbeat: "heartbeat", self.estop: "estop", self.ack: "ack",
                       self.error: "error", self.state: "state", self.status: "status",
                       self.controller_status: "controller_status"}

    def kind(self, topic: str) -> str | None:
        """The message kind of a topic of this robot ("gesture", "estop", ...), or None."""
        return self._kinds.get(topic)

    def is_command_topic(self, topic: str) -> bool:
        return topic.startswith(self.prefix + "cmd/")


# --- decoding helpers -------------------------------------------------------------------

_MISSING = object()


def _reject_constant(name: str) -> Any:
    raise ProtocolError(f"{name} is not a number JSON allows")


def _load(payload: bytes, check_version: bool = True) -> dict[str, Any]:
    if not isinstance(payload, bytes | bytearray | memoryview):
        raise ProtocolError(f"payload must be bytes, not {type(payload).__name__}")
    if len(payload) > MAX_PAYLOAD_BYTES:
        raise ProtocolError(f"payload of {len(payload)} bytes is over the limit of "
                            f"{MAX_PAYLOAD_BYTES}")
    try:
        text = bytes(payload).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProtocolError(f"payload is not UTF-8 (byte {exc.start})") from None
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except ProtocolError:
        raise
    except RecursionError:
        raise ProtocolError("payload is nested too deeply") from None
    except ValueError as exc:
        raise ProtocolError(f"payload is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ProtocolError(f"payload must be a JSON object, not {_json_type(data)}")
    v = data.get("v", _MISSING)
    if not check_version:
        return data
    if v is _MISSING:
        raise ProtocolError(f"missing 'v' (this robot speaks v={VERSION})")
    if type(v) is not int or v != VERSION:
        raise ProtocolError(f"unsupported version v={_short(v)} (this robot speaks "
                            f"v={VERSION})")
    return data


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=True, default=str)
    return text if len(text) <= 40 else text[:37] + "..."


class _Fields:
    """Typed access to the keys of one decoded object; every getter raises ProtocolError."""

    def __init__(self, data: dict[str, Any]):
        self.data = data

    def _get(self, key: str, required: bool) -> Any:
        value = self.data.get(key, _MISSING)
        if value is _MISSING and required:
            raise ProtocolError(f"missing '{key}'")
        return value

    def string(self, key: str, max_len: int, *, required: bool = True, nullable: bool = False,
               choices: tuple[str, ...] | None = None, empty: bool = False) -> Any:
        value = self._get(key, required)
        if value is _MISSING or (value is None and nullable):
            return None
        if not isinstance(value, str):
            raise ProtocolError(f"'{key}' must be a string, not {_json_type(value)}")
        if len(value) > max_len:
            raise ProtocolError(f"'{key}' is {len(value)} characters long; at most "
                                f"{max_len}")
        if not value and not empty:
            raise ProtocolError(f"'{key}' must not be empty")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ProtocolError(f"'{key}' is not valid Unicode") from None
        if choices is not None and value not in choices:
            raise ProtocolError(f"'{key}' must be one of {', '.join(choices)}; got "
                                f"{_short(value)}")
        return value

    def number(self, key: str, *, lo: float, hi: float, default: float | None = None,
               lo_open: bool = False) -> float:
        value = self._get(key, default is None)
        if value is _MISSING:
            assert default is not None
            return default
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ProtocolError(f"'{key}' must be a number, not {_json_type(value)}")
        try:
            number = float(value)
        except OverflowError:  # a JSON integer of hundreds of digits
            raise ProtocolError(f"'{key}' is far too large a number") from None
        if not math.isfinite(number):
            raise ProtocolError(f"'{key}' must be finite")
        if number < lo or number > hi or (lo_open and number == lo):
            low = f"over {lo:g}" if lo_open else f"at least {lo:g}"
            raise ProtocolError(f"'{key}' is {number:g}; it must be {low} and at most {hi:g}")
        return number

    def integer(self, key: str) -> int:
        value = self._get(key, True)
        if type(value) is not int or value < 0 or value >= 2**63:
            raise ProtocolError(f"'{key}' must be a whole number from 0 to 2^63-1")
        return value

    def boolean(self, key: str) -> bool:
        value = self._get(key, True)
        if not isinstance(value, bool):
            raise ProtocolError(f"'{key}' must be true or false, not {_json_type(value)}")
        return value


def _dump(data: dict[str, Any]) -> bytes:
    body = {"v": VERSION, **{k: v for k, v in data.items()}}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def _time(fields: _Fields, key: str) -> float:
    return fields.number(key, lo=0.0, hi=1e11)


# --- messages ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Message:
    kind: ClassVar[str] = "message"

    def to_payload(self) -> bytes:
        raise NotImplementedError

    @classmethod
    def from_payload(cls, payload: bytes) -> Self:
        try:
            return cls._from_fields(_Fields(_load(payload)))
        except ProtocolError:
            raise
        except Exception as exc:  # the contract: nothing else escapes
            # A decoding slip (one let a huge number raise OverflowError) must never kill
            # the network thread that called us; say what it was instead.
            raise ProtocolError(f"payload cannot be decoded ({type(exc).__name__})") from None

    @classmethod
    def _from_fields(cls, f: _Fields) -> Self:
        raise NotImplementedError


@dataclass(frozen=True)
class GestureCmd(Message):
    """controller → robot: make a gesture from hardware/gestures.yaml.

    ``speed`` multiplies the tempo (2.0 is twice as fast), ``amplitude`` scales every
    joint's excursion from its rest angle; ``sent_at`` is the controller's Unix time.
    """

    kind: ClassVar[str] = "gesture"
    id: str
    name: str
    sent_at: float
    speed: float = 1.0
    amplitude: float = 1.0

    def to_payload(self) -> bytes:
        return _dump({"id": self.id, "name": self.name, "speed": self.speed,
                      "amplitude": self.amplitude, "sent_at": self.sent_at})

    @classmethod
    def _from_fields(cls, f: _Fields) -> Self:
        return cls(id=f.string("id", MAX_ID), name=f.string("name", MAX_NAME),
                   sent_at=_time(f, "sent_at"),
                   speed=f.number("speed", lo=0.0, hi=MAX_SPEED, default=1.0, lo_open=True),
                   amplitude=f.number("amplitude", lo=0.0, hi=MAX_AMPLITUDE, default=1.0))


@dataclass(frozen=True)
class ShowCmd(Message):
    """controller → robot: text and/or an image on the screen; neither clears it."""

    kind: ClassVar[str] = "show"
    id: str
    text: str | None = None
    image: str | None = None
    gloss: str | None = None

    @property
    def clears(self) -> bool:
        return self.text is None and self.image is None

    def to_payload(self) -> bytes:
        data: dict[str, Any] = {"id": self.id}
        if not (self.clears and self.gloss is None):
            data.update(text=self.text, image=self.image, gloss=self.gloss)
        return _dump(data)

    @classmethod
    def _from_fields(cls, f: _Fields) -> Self:
        def optional(key: str, limit: int) -> Any:
            return f.string(key, limit, required=False, nullable=True, empty=True)

        return cls(id=f.string("id", MAX_ID), text=optional("text", MAX_TEXT),
                   image=optional("image", MAX_REASON), gloss=optional("gloss", MAX_TEXT))


@dataclass(frozen=True)
class SpeechCmd(Message):
    """controller → robot: the robot starts or ends speaking ``text`` (mouth, lights)."""

    kind: ClassVar[str] = "speech"
    id: str
    state: str
    text: str | None = None

    def to_payload(self) -> bytes:
        return _dump({"id": self.id, "state": self.state, "text": self.text})

    @classmethod
    def _from_fields(cls, f: _Fields) -> Self:
        return cls(id=f.string("id", MAX_ID), state=f.string("state", 8, choices=SPEECH_STATES),
                   text=f.string("text", MAX_TEXT, required=False, nullable=True, empty=True))


@dataclass(frozen=True)
class Heartbeat(Message):
    """controller → robot, once a second; three seconds without one and the robot rests."""

    kind: ClassVar[str] = "heartbeat"
    seq: int
    sent_at: float

    def to_payload(self) -> bytes:
        return _dump({"seq": self.seq, "sent_at": self.sent_at})

    @classmethod
    def _from_fields(cls, f: _Fields) -> Self:
        return cls(seq=f.integer("seq"), sent_at=_time(f, "sent_at"))


@dataclass(frozen=True)
class EStop(Message):
    """operator → robot, retained: ``engaged`` true holds the robot still."""

    kind: ClassVar[str] = "estop"
    engaged: bool
    by: str = ""

    def to_payload(self) -> bytes:
        return _dump({"engaged": self.engaged, "by": self.by})

    @classmethod
    def _from_fields(cls, f: _Fields) -> Self:
        by = f.string("by", MAX_NAME, required=False, nullable=True, empty=True)
        return cls(engaged=f.boolean("engaged"), by=by or "")


_RELEASED_WORDS = {"false", "0", "no", "off", "released", "release"}


def estop_fail_safe(payload: bytes) -> EStop | None:
    """What an e-stop that failed strict decoding means, failing safe.

    The e-stop fails closed: a payload that can be read as engaged (``"engaged": "true"``,
    a ``by`` too long, ``v`` 2, ...) engages, and so does anything unreadable, since someone
    meant to reach the e-stop. Only an empty payload (a retained e-stop being cleared) and
    one that can be read as a release change nothing: a release must be exact.
    """
    if not payload:
        return None
    try:
        data: Any = json.loads(bytes(payload[:MAX_PAYLOAD_BYTES]).decode("utf-8", "replace"))
    except (ValueError, RecursionError):
        data = bytes(payload[:64]).decode("utf-8", "replace").strip().strip('"')
    engaged = data.get("engaged") if isinstance(data, dict) else data
    word = str(engaged).strip().lower() if isinstance(engaged, str | int | float) else ""
    if engaged is False or (not isinstance(engaged, bool) and word in _RELEASED_WORDS):
        return None
    by = data.get("by") if isinstance(data, dict) else None
    return EStop(True, _clip(by, MAX_NAME) if isinstance(by, str) else "")


@dataclass(frozen=True)
class Ack(Message):
    """robot → controller: what became of a gesture command (see docs/robot.md)."""

    kind: ClassVar[str] = "ack"
    id: str
    status: str
    at: float
    reason: str | None = None

    def to_payload(self) -> bytes:
        return _dump({"id": self.id, "status": self.status, "reason": self.reason,
                      "at": self.at})

    @classmethod
    def _from_fields(cls, f: _Fields) -> Self:
        return cls(id=f.string("id", MAX_ID), status=f.string("status", 10, choices=ACK_STATUSES),
                   reason=f.string("reason", MAX_REASON, required=False, nullable=True),
                   at=_time(f, "at"))

    @property
    def code(self) -> str | None:
        """The reason's code, the part before the colon ("stale", "estop", ...)."""
        return self.reason.split(":", 1)[0] if self.reason else None


@dataclass(frozen=True)
class ErrorEvt(Message):
    """robot → anyone: a message the robot could not use, with the start of its payload."""

    kind: ClassVar[str] = "error"
    topic: str
    error: str
    excerpt: str = ""

    @classmethod
    def about(cls, topic: str, error: str, payload: bytes) -> ErrorEvt:
        """An error event for ``payload`` on ``topic``, trimmed so it always encodes."""
        return cls(topic=_clip(topic, MAX_TOPIC), error=_clip(error, MAX_REASON),
                   excerpt=excerpt(payload))

    def to_payload(self) -> bytes:
        return _dump({"topic": self.topic, "error": self.error, "excerpt": self.excerpt})

    @classmethod
    def _from_fields(cls, f: _Fields) -> Self:
        return cls(topic=f.string("topic", MAX_TOPIC), error=f.string("error", MAX_REASON),
                   excerpt=f.string("excerpt", EXCERPT_BYTES, required=False, empty=True)
                   or "")


@dataclass(frozen=True)
class State(Message):
    """robot → anyone, retained: joint angles in degrees and what the robot is doing."""

    kind: ClassVar[str] = "state"
    joints: dict[str, float] = field(hash=False)
    gesture: str | None
    estop: bool
    controller: str
    at: float

    def to_payload(self) -> bytes:
        return _dump({"joints": self.joints, "gesture": self.gesture, "estop": self.estop,
                      "controller": self.controller, "at": self.at})

    @classmethod
    def _from_fields(cls, f: _Fields) -> Self:
        raw = f.data.get("joints", _MISSING)
        if raw is _MISSING:
            raise ProtocolError("missing 'joints'")
        if not isinstance(raw, dict):
            raise ProtocolError(f"'joints' must be an object, not {_json_type(raw)}")
        if len(raw) > MAX_JOINTS:
            raise ProtocolError(f"'joints' has {len(raw)} entries; at most {MAX_JOINTS}")
        joints = {}
        for name in raw:
            _Fields({"joint": name}).string("joint", MAX_NAME)
            joints[name] = _Fields(raw).number(name, lo=-1e6, hi=1e6)
        return cls(joints=joints,
                   gesture=f.string("gesture", MAX_NAME, required=False, nullable=True),
                   estop=f.boolean("estop"),
                   controller=f.string("controller", 8, choices=CONTROLLER_STATES),
                   at=_time(f, "at"))


MESSAGES: dict[str, type[Message]] = {
    cls.kind: cls for cls in (GestureCmd, ShowCmd, SpeechCmd, Heartbeat, EStop, Ack, ErrorEvt,
                              State)
}


def decode(kind: str, payload: bytes) -> Message:
    """Decode a payload of the given kind (see ``Topics.kind``)."""
    try:
        cls = MESSAGES[kind]
    except KeyError:
        raise ProtocolError(f"no message of kind {kind!r}") from None
    return cls.from_payload(payload)


def encode_status(status: str) -> bytes:
    """The retained ``status`` / ``controller/status`` payload."""
    if status not in (ONLINE, OFFLINE):
        raise ValueError(f"status must be {ONLINE!r} or {OFFLINE!r}")
    return json.dumps(status).encode("ascii")


def decode_status(payload: bytes) -> str:
    """``"online"`` or ``"offline"`` (quoted as JSON, or bare)."""
    text = bytes(payload[:32]).decode("utf-8", "replace").strip()
    if text.startswith('"') and text.endswith('"') and len(text) >= 2:
        text = text[1:-1]
    if text not in (ONLINE, OFFLINE) or len(payload) > 32:
        raise ProtocolError(f"status must be {ONLINE!r} or {OFFLINE!r}")
    return text


def excerpt(payload: bytes) -> str:
    """The first 200 bytes of a payload as text, undecodable bytes replaced."""
    return bytes(payload[:EXCERPT_BYTES]).decode("utf-8", "replace")


def _clip(text: str, limit: int) -> str:
    text = text.encode("utf-8", "replace").decode("utf-8")
    return text if len(text) <= limit else text[: limit - 3] + "..."


def gesture_id_of(payload: bytes) -> str | None:
    """The ``id`` of a gesture command that failed to decode, when it has a usable one, so
    the robot can still answer it with a rejected ack."""
    try:
        if len(payload) > MAX_PAYLOAD_BYTES:
            return None
        data = json.loads(bytes(payload).decode("utf-8"), parse_constant=lambda _name: None)
        if not isinstance(data, dict):
            return None
        return _Fields(data).string("id", MAX_ID)
    except Exception:  # best effort on a payload already known to be bad
        return None
