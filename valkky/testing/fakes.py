"""Tiny stand-ins for tests: a judge that does not depend on the real judge's rules, a
clock that moves only when told, and a robot link with no network."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Sequence
from dataclasses import dataclass

from valkky.protocol import messages as p


@dataclass(frozen=True)
class FakeJudgement:
    verdict: str
    reason: str | None
    score: float
    closest: str | None
    heard: str
    detail: object = None
    matched: str | None = None


def exact_judge(answer: str, accept: Sequence[str], *, keywords: Sequence[str] = (),
                wrong_answers: Sequence[str] = (), other_options: Sequence[str] = (),
                strict: Sequence[str] = (), open_question: bool = False,
                topics: Sequence[str] = (), min_sentences: int = 0,
                earlier_mistakes: Sequence[str] = (), earlier_said: Sequence[str] = (),
                unsafe_mistakes: Sequence[str] = (),
                later_mistakes: Sequence[str] = (), situation: str = "") -> FakeJudgement:
    """Exact (case-insensitive) matching; "~word" is `almost` (typo) for a test's sake."""
    heard = _plain(answer)
    closest = accept[0] if accept else None
    if not heard:
        return FakeJudgement("silence", None, 0.0, closest, heard)
    if heard in (_plain(a) for a in accept):
        return FakeJudgement("correct", None, 1.0, heard, heard)
    for wrong in (*wrong_answers, *other_options):
        if heard == _plain(wrong):
            reason = "mistake" if wrong in wrong_answers else "other_option"
            return FakeJudgement("wrong", reason, 0.0, closest, heard, matched=wrong)
    if heard.startswith("~"):
        return FakeJudgement("almost", "typo", 0.7, closest, heard)
    return FakeJudgement("wrong", None, 0.1, closest, heard)


def _plain(text: str) -> str:
    return text.strip().strip(".!?").casefold()


def plain_feedback(judgement: FakeJudgement) -> str:
    return f"Melkein! Sano: {judgement.closest}."


class FakeClock:
    """A clock (``clock()`` returns seconds) that moves only when a test says so.

    Pass it wherever code takes ``clock=`` or ``now=``; ``advance(s)`` (or ``sleep(s)``,
    for code that takes a sleep function) moves it forward. With ``step``, every reading
    also moves it on by that much (time passes between any two looks at it). Thread-safe.
    """

    def __init__(self, start: float = 1_000.0, *, step: float = 0.0):
        self._now = float(start)
        self._step = step
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            self._now += self._step
            return self._now

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("a clock does not go back")
        with self._lock:
            self._now += seconds
            return self._now

    sleep = advance


class FakeLink:
    """The controller's robot link (``valkky.controller.link.RobotLink``) with no network:
    it records what it was asked to send, and the test plays the robot with ``ack()``.

    While ``connected`` is False, commands are dropped (``gesture`` returns None), as the
    real link drops them. ``wait_outstanding`` never sleeps: it records the timeout it was
    given and answers at once whether every gesture has its final ack.
    """

    FINAL = ("done", "rejected")

    def __init__(self, *, connected: bool = True):
        self.connected = connected
        self.robot_state: p.State | None = None
        self.gestures: list[tuple[str, str | None]] = []  # (name, id or None: dropped)
        self.shown: list[tuple[str | None, str | None, str | None]] = []  # text, image, gloss
        self.speech_marks: list[tuple[str, str | None]] = []
        self.dropped: list[str] = []
        self.waits: list[float] = []  # each wait_outstanding's timeout
        self.stopped = False
        self._ids = itertools.count(1)
        self._acks: list[p.Ack] = []
        self._outstanding: list[str] = []

    @property
    def sent(self) -> list[str]:
        """Names of the gestures actually sent."""
        return [name for name, gid in self.gestures if gid is not None]

    def gesture(self, name: str, *, speed: float = 1.0, amplitude: float = 1.0) -> str | None:
        if not self.connected:
            self.gestures.append((name, None))
            self.dropped.append(f"gesture {name}")
            return None
        gid = f"id-{next(self._ids)}"
        self.gestures.append((name, gid))
        self._outstanding.append(gid)
        return gid

    def show(self, text: str | None = None, *, image: str | None = None,
             gloss: str | None = None) -> bool:
        if not self.connected:
            self.dropped.append("show")
            return False
        self.shown.append((text, image, gloss))
        return True

    def speech(self, state: str, text: str | None = None) -> bool:
        if not self.connected:
            self.dropped.append("speech")
            return False
        self.speech_marks.append((state, text))
        return True

    # --- the robot's side, played by the test ------------------------------------------

    def ack(self, gid: str, status: str, reason: str | None = None, at: float = 1.0) -> None:
        """The robot answers command ``gid`` (``take_acks`` returns it next)."""
        self._acks.append(p.Ack(id=gid, status=status, at=at, reason=reason))
        if status in self.FINAL and gid in self._outstanding:
            self._outstanding.remove(gid)

    # --- what RobotSink uses -------------------------------------------------------------

    def take_acks(self) -> list[p.Ack]:
        acks, self._acks = self._acks, []
        return acks

    def outstanding(self) -> list[str]:
        return sorted(self._outstanding)

    def wait_outstanding(self, timeout_s: float) -> bool:
        self.waits.append(timeout_s)
        return not self._outstanding

    def stop(self, timeout_s: float = 1.0) -> None:
        self.stopped = True
