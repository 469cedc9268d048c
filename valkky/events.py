"""What happens in a session, as small typed records.

The engine emits these; adapters turn them into speech, robot commands and the event log.
Every event has ``to_payload()`` (one JSON object of the event log) and a ``type`` name.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, ClassVar


@dataclass(frozen=True)
class Event:
    type: ClassVar[str] = "event"

    def to_payload(self) -> dict[str, Any]:
        data = {"type": self.type}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None or value == () or value == {}:
                continue
            data[f.name] = list(value) if isinstance(value, tuple) else value
        return data


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
    """The robot's answer to a gesture command (accepted, started, done, rejected)."""

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


@dataclass(frozen=True)
class Ask(Event):
    type: ClassVar[str] = "ask"
    step: str
    kind: str
    text: str
    try_: int = field(metadata={"name": "try"}, default=1)
    tries: int = 2

    def to_payload(self) -> dict[str, Any]:
        data = super().to_payload()
        data["try"] = data.pop("try_")
        return data


@dataclass(frozen=True)
class Heard(Event):
    type: ClassVar[str] = "heard"
    step: str
    text: str
    confidence: float | None = None


@dataclass(frozen=True)
class Verdict(Event):
    type: ClassVar[str] = "verdict"
    step: str
    verdict: str
    reason: str | None
    score: float
    try_: int
    heard: str
    closest: str | None = None
    final: bool = False  # this verdict closes the task (correct, or the last try)

    def to_payload(self) -> dict[str, Any]:
        data = super().to_payload()
        data["try"] = data.pop("try_")
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
    heard: str
    confidence: float | None = None


@dataclass(frozen=True)
class End(Event):
    """The session ended: ``completed`` or ``stopped`` (answers ran out; resumable)."""

    type: ClassVar[str] = "end"
    reason: str
    score: float | None = None
    step: str | None = None


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


__all__ = [
    "Answer",
    "Ask",
    "End",
    "Event",
    "Gesture",
    "Heard",
    "Hint",
    "Prompt",
    "RobotAck",
    "Say",
    "SayAgain",
    "Show",
    "StepEnded",
    "StepStarted",
    "Verdict",
]
