"""What happens in a session, as small typed records.

The engine emits these; adapters turn them into speech, robot commands and the event log.
Every record has ``to_payload()`` (one JSON object of the event log) and a ``type`` name,
and ``decode()`` reads a payload back into its record, so tools and the console read
logs through these types rather than raw dicts. The log's own ``t`` (seconds since the
session started) is not part of a record: ``decode_line()`` returns it beside.
"""

from __future__ import annotations

import json
import types
import typing
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, ClassVar

from valkky.errors import ValkkyError


class EventLogError(ValkkyError, ValueError):
    """A line of an event log that is not a record of this version."""


# Field names that are Python keywords or clash, spelled differently in the payload.
_RENAMED = {"try_": "try"}


@dataclass(frozen=True)
class Event:
    type: ClassVar[str] = "event"

    def to_payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {"type": self.type}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None or value == () or value == {}:
                continue
            data[_RENAMED.get(f.name, f.name)] = list(value) if isinstance(value, tuple) \
                else value
        return data

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> Event:
        """The record a payload of this type holds (EventLogError when it does not fit)."""
        kwargs: dict[str, Any] = {}
        hints = typing.get_type_hints(cls)
        for f in fields(cls):
            key = _RENAMED.get(f.name, f.name)
            if key not in data:
                if f.default is MISSING and f.default_factory is MISSING:
                    raise EventLogError(f"a '{cls.type}' record without '{key}'")
                continue
            kwargs[f.name] = _typed(data[key], hints[f.name], f"{cls.type}.{key}")
        return cls(**kwargs)


@dataclass(frozen=True)
class StepStarted(Event):
    type: ClassVar[str] = "step"
    step: str
    kind: str
    index: int  # 0-based position in the lesson's steps


@dataclass(frozen=True)
class StepEnded(Event):
    """A step is finished; a resumed session starts at ``next_index``."""

    type: ClassVar[str] = "step_end"
    step: str
    index: int
    next_index: int


@dataclass(frozen=True)
class Say(Event):
    """The robot speaks Finnish text. ``slow`` marks a model sentence to be repeated."""

    type: ClassVar[str] = "say"
    text: str
    step: str | None = None
    slow: bool = False
    barge_in: bool = False


@dataclass(frozen=True)
class Show(Event):
    """Text and/or image on the robot's screen; all empty clears it."""

    type: ClassVar[str] = "show"
    text: str | None = None
    image: str | None = None
    gloss: str | None = None


@dataclass(frozen=True)
class Gesture(Event):
    type: ClassVar[str] = "gesture"
    name: str
    id: str | None = None  # set by the robot link when the command is sent
    dropped: bool = False  # the robot link was down: not sent, never queued to arrive late


@dataclass(frozen=True)
class RobotAck(Event):
    """The robot's answer to a gesture command (accepted, started, done, rejected), or
    ``lost``: no final answer came before the run ended (dropped on the way, or by a full
    queue on the robot), so the gesture counts as not made."""

    type: ClassVar[str] = "ack"
    id: str
    status: str
    reason: str | None = None


@dataclass(frozen=True)
class Prompt:
    """What the engine waits for: an answer to one try of one step.

    ``expected`` lists the phrases an answer may contain (accepted answers, options and
    their numbers), for a speech recogniser's grammar; ``open_vocabulary`` asks the
    recogniser not to restrict itself to them (pronunciation practice).
    """

    step: str
    kind: str
    text: str
    try_number: int
    tries: int
    expected: tuple[str, ...] = ()
    open_vocabulary: bool = False
    barge_in: bool = False
    options: tuple[str, ...] = ()  # a choose step's options, in the order they were read
    mistakes: tuple[str, ...] = ()  # the foreseen mistakes among ``expected``
    # the learner says the revealed answer once, for practice: never scored or recorded
    practice: bool = False
    # what the robot may say first about the answer, known ahead (engine/feedback.py:
    # possible_replies): a speaker renders them while the question is asked
    replies: tuple[str, ...] = ()


@dataclass(frozen=True)
class Ask(Event):
    type: ClassVar[str] = "ask"
    step: str
    kind: str
    text: str
    try_: int = 1
    tries: int = 2


@dataclass(frozen=True)
class Heard(Event):
    """What the learner said. The event log leaves ``text`` out (it holds no learner's
    words: docs/progress.md), so a record read back from a log has it empty."""

    type: ClassVar[str] = "heard"
    step: str
    text: str = ""
    confidence: float | None = None
    source: str | None = None  # where the answer came from: one of SOURCES


@dataclass(frozen=True)
class Verdict(Event):
    type: ClassVar[str] = "verdict"
    step: str
    verdict: str
    reason: str | None
    score: float
    try_: int
    heard: str = ""  # empty when read back from an event log, which leaves it out
    closest: str | None = None
    final: bool = False  # this verdict closes the task (correct, or the last try)
    word: str | None = None  # a drill's vocabulary word (its Finnish form), when it was one

    def to_payload(self) -> dict[str, Any]:
        data = super().to_payload()
        data["reason"] = self.reason  # always present, null when there is none
        data["final"] = self.final
        return data


@dataclass(frozen=True)
class Hint(Event):
    """A hint after a miss: ``fi`` is spoken, ``text`` (in ``lang``) is shown."""

    type: ClassVar[str] = "hint"
    step: str
    lang: str
    text: str
    fi: str | None = None


@dataclass(frozen=True)
class SayAgain(Event):
    """The recogniser doubted what it heard; the answer is not judged."""

    type: ClassVar[str] = "say_again"
    step: str
    heard: str = ""  # empty when read back from an event log, which leaves it out
    confidence: float | None = None


@dataclass(frozen=True)
class Practice(Event):
    """The learner said the revealed answer once more, for practice (after the last try
    missed): how it went, for the log. Not a verdict: no score, no attempt, no card credit;
    the words said are in the ``heard`` record before it, as for any answer."""

    type: ClassVar[str] = "practice"
    step: str
    verdict: str  # correct | almost | wrong | silence


# Where an answer came from (Answer.source): typed at the terminal, read from an answers
# file or a pipe, spoken (Whisper or Vosk), or touched on the learner's screen.
SOURCES = ("typed", "scripted", "speech", "screen")

CONTROLS = ("again", "slower", "help")  # the learner's own controls (Answer.control)


@dataclass(frozen=True)
class Control(Event):
    """The learner asked for the line again (``again``), again slowly (``slower``) or for
    help (``help``: the hint), by a phrase or a button (``button``); not judged, no try
    spent. The phrase itself is not kept: the record holds none of the learner's words."""

    type: ClassVar[str] = "control"
    step: str
    action: str
    button: bool = False


@dataclass(frozen=True)
class End(Event):
    """The session ended: ``completed`` or ``stopped`` (answers ran out; resumable). A
    placement lesson completes early when the learner fails a band of its questions."""

    type: ClassVar[str] = "end"
    reason: str
    score: float | None = None
    step: str | None = None
    level: str | None = None  # a placement lesson: the level it places the learner at


HOLDS = ("pause", "resume", "stop")  # what a trainer may do to a running session


@dataclass(frozen=True)
class Held(Event):
    """A trainer paused, resumed or stopped the session from the console (``action``, one
    of HOLDS), between two turns. ``by`` is the console's name for the trainer."""

    type: ClassVar[str] = "held"
    action: str
    by: str = ""


@dataclass(frozen=True)
class SessionOpened(Event):
    """The event log's first record of a run: which lesson, in which support language,
    from which step (never for whom: the log holds nothing about the learner)."""

    type: ClassVar[str] = "session"
    lesson: str
    lang: str | None = None
    start_step: int = 0


@dataclass(frozen=True)
class Timing(Event):
    """One turn's latency marks, in seconds after the prompt was handed to the listener:
    ``answered``, ``verdict``, ``replied``, ``judge_s`` and the audio path's own marks
    (``speech_end``, ``endpoint``, ``final``). In the payload the marks sit at the top."""

    type: ClassVar[str] = "timing"
    step: str
    try_: int
    marks: dict[str, float] = field(default_factory=dict)

    def to_payload(self) -> dict[str, Any]:
        return {"type": self.type, "step": self.step, "try": self.try_, **self.marks}

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> Event:
        marks = {k: _typed(v, float, f"timing.{k}") for k, v in data.items()
                 if k not in ("type", "step", "try", "t")}
        return cls(step=_typed(data.get("step"), str, "timing.step"),
                   try_=_typed(data.get("try"), int, "timing.try"), marks=marks)


@dataclass(frozen=True)
class Answer:
    """An answer as the engine receives it: text, and the recogniser's confidence if any."""

    text: str
    confidence: float | None = None
    # Monotonic-clock marks from the audio path (speech_end, endpoint, final), for latency.
    timings: tuple[tuple[str, float], ...] = ()
    # False when the text is the recogniser's pick among the step's phrases (Whisper
    # scoring), not what was said letter by letter: the robot then never tells the learner
    # what it heard (Whisper cannot hear vowel length: tuuli and tuli sound alike to it).
    exact: bool = True
    # One of CONTROLS when the learner pressed a control (the screen's buttons): never judged.
    control: str | None = None
    source: str | None = None  # one of SOURCES, for the trainer's live view


RECORDS: dict[str, type[Event]] = {
    cls.type: cls for cls in (StepStarted, StepEnded, Say, Show, Gesture, RobotAck, Ask, Heard,
                              Verdict, Hint, SayAgain, Control, Practice, Held, End,
                              SessionOpened, Timing)
}


def decode(data: Any) -> Event:
    """The record of one event-log payload (without its ``t``); EventLogError if none."""
    if not isinstance(data, dict):
        raise EventLogError("an event-log line must be a JSON object")
    cls = RECORDS.get(data.get("type"))  # type: ignore[arg-type]
    if cls is None:
        raise EventLogError(f"unknown record type {data.get('type')!r}")
    return cls.from_payload(data)


def decode_line(line: str) -> tuple[float | None, Event]:
    """One line of an event log: its ``t`` (seconds since the session started) and record."""
    try:
        data = json.loads(line)
    except ValueError as exc:
        raise EventLogError(f"not JSON: {exc}") from None
    t = data.get("t") if isinstance(data, dict) else None
    if t is not None and (isinstance(t, bool) or not isinstance(t, int | float)):
        raise EventLogError("'t' must be a number")
    return t, decode(data)


def _typed(value: Any, hint: Any, where: str) -> Any:
    """``value`` checked against a field's type (str, int, float, bool, their optionals,
    tuples of str, dicts of str to float); JSON lists become tuples."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in typing.get_args(hint):
            return None
        hint = next(a for a in typing.get_args(hint) if a is not type(None))
        origin = typing.get_origin(hint)
    if origin is tuple:
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise EventLogError(f"'{where}' must be a list of strings")
        return tuple(value)
    if origin is dict:
        if not isinstance(value, dict):
            raise EventLogError(f"'{where}' must be an object")
        return {str(k): _typed(v, float, f"{where}.{k}") for k, v in value.items()}
    if hint is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if hint is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if hint is bool and isinstance(value, bool):
        return value
    if hint is str and isinstance(value, str):
        return value
    raise EventLogError(f"'{where}' must be {getattr(hint, '__name__', hint)}, not "
                        f"{type(value).__name__}")


__all__ = [
    "CONTROLS",
    "HOLDS",
    "SOURCES",
    "Answer",
    "Ask",
    "Control",
    "End",
    "Event",
    "EventLogError",
    "Gesture",
    "Heard",
    "Held",
    "Hint",
    "Prompt",
    "RobotAck",
    "Say",
    "SayAgain",
    "SessionOpened",
    "Show",
    "StepEnded",
    "StepStarted",
    "Timing",
    "Verdict",
    "decode",
    "decode_line",
]
