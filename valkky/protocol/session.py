"""The session topics (docs/protocol.md, "Session topics"): what a running lesson tells
the trainer's console, and the console's pause, resume and stop.

    valkky/{robot}/session/events    runtime → console   SessionEvt (one record each)
    valkky/{robot}/session/control   console → runtime   SessionCtl
    valkky/{robot}/session/error     runtime → console   ErrorEvt (a control refused)

Same rules as the robot's messages (``valkky.protocol.messages``): strict decoding that
raises only ``ProtocolError``, ``"v": 1``, unknown keys ignored, 16 KiB at most.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, ClassVar, Self

from valkky import events as ev
from valkky.protocol.messages import (
    MAX_NAME,
    MAX_TEXT,
    Message,
    ProtocolError,
    Topics,
    _dump,
    _Fields,
    _time,
)

# The records of valkky/events.py a console sees: the turns and the session's frame.
# Not the robot's own traffic (say, show, gesture, ack) nor latency marks.
LIVE_RECORDS = ("session", "step", "ask", "heard", "verdict", "say_again", "hint",
                "control", "held", "end")
MAX_SESSION_ID = 32


class SessionTopics:
    """The session topics of one robot, beside its robot topics (``Topics``)."""

    def __init__(self, robot_id: str):
        prefix = Topics(robot_id).prefix + "session/"
        self.robot_id = robot_id
        self.events = prefix + "events"
        self.control = prefix + "control"
        self.error = prefix + "error"

    # Subscriptions for a console watching every robot.
    ALL_EVENTS: ClassVar[str] = "valkky/+/session/events"
    ALL_ERRORS: ClassVar[str] = "valkky/+/session/error"


@dataclass(frozen=True)
class SessionEvt(Message):
    """runtime → console: one record of a running session, with the session's frame, so a
    console that starts in the middle of a session shows it from its next record on.

    ``session`` is random per run; ``seq`` counts the run's records from 0 (a console
    orders by it and drops duplicates); ``learner`` is the learner's pseudonymous id;
    ``steps`` is how many steps the lesson has."""

    kind: ClassVar[str] = "session_event"
    session: str
    seq: int
    at: float
    lesson: str
    title: str
    learner: str
    steps: int
    record: ev.Event

    def to_payload(self) -> bytes:
        return _dump({"session": self.session, "seq": self.seq, "at": self.at,
                      "lesson": self.lesson, "title": self.title, "learner": self.learner,
                      "steps": self.steps, "record": self.record.to_payload()})

    @classmethod
    def _from_fields(cls, f: _Fields) -> Self:
        raw = f.data.get("record")
        if not isinstance(raw, dict):
            raise ProtocolError("'record' must be an object (a record of valkky/events.py)")
        if raw.get("type") not in LIVE_RECORDS:
            raise ProtocolError(f"'record' has type {json.dumps(raw.get('type'))[:40]}; "
                                f"the session topic carries {', '.join(LIVE_RECORDS)}")
        _check_text(raw)
        try:
            record = ev.decode(raw)
        except ev.EventLogError as exc:
            raise ProtocolError(f"'record': {exc}") from None
        return cls(session=f.string("session", MAX_SESSION_ID), seq=f.integer("seq"),
                   at=_time(f, "at"), lesson=f.string("lesson", MAX_NAME),
                   title=f.string("title", MAX_TEXT, empty=True),
                   learner=f.string("learner", MAX_NAME, empty=True),
                   steps=f.integer("steps"), record=record)


def _check_text(raw: dict[str, Any]) -> None:
    """Every string of a record is valid Unicode (no lone surrogate, which no page could
    show) and at most MAX_TEXT characters."""
    for key, value in raw.items():
        if isinstance(value, str):
            _Fields({key: value}).string(key, MAX_TEXT, empty=True)


@dataclass(frozen=True)
class SessionCtl(Message):
    """console → runtime: pause, resume or stop the running session (``action``, one of
    ``events.HOLDS``), taken between two turns. ``session``, when given, must be the one
    running: a button pressed on a page of an earlier session stops nothing else."""

    kind: ClassVar[str] = "session_control"
    action: str
    sent_at: float
    session: str | None = None
    by: str = ""

    def to_payload(self) -> bytes:
        return _dump({"action": self.action, "session": self.session, "by": self.by,
                      "sent_at": self.sent_at})

    @classmethod
    def _from_fields(cls, f: _Fields) -> Self:
        return cls(action=f.string("action", 8, choices=ev.HOLDS), sent_at=_time(f, "sent_at"),
                   session=f.string("session", MAX_SESSION_ID, required=False, nullable=True),
                   by=f.string("by", MAX_NAME, required=False, nullable=True, empty=True) or "")


MESSAGES: dict[str, type[Message]] = {cls.kind: cls for cls in (SessionEvt, SessionCtl)}

__all__ = ["LIVE_RECORDS", "MESSAGES", "SessionCtl",
           "SessionEvt", "SessionTopics"]
