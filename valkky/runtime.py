"""The one place that wires adapters to the engine and runs a session.

Answers come from a ``Listener``; every event the engine emits goes to each sink in turn
(the terminal view or a speaker, the robot link, the event log). The runtime owns the
clock, so the event log carries per-turn timings while the engine stays pure.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TextIO

from valkky import events as ev
from valkky.engine import phrases
from valkky.engine.session import Session
from valkky.errors import AdapterError
from valkky.private import private_fd


class Listener(Protocol):
    def listen(self, prompt: ev.Prompt) -> ev.Answer | None: ...
    def close(self) -> None: ...


def prepare(part: object, prompt: ev.Prompt) -> None:
    """Tell a listener or sink the prompt it will be asked next, if it gets ready ahead
    (``prepare``: Whisper's listener scores the step's phrases on silence while the robot
    says the question; the speaker renders the replies the robot may give to it); one
    without it needs nothing."""
    ready = getattr(part, "prepare", None)
    if ready is not None:
        ready(prompt)


class Sink(Protocol):
    """Receives every event in order. A sink may return a replacement that the sinks after
    it receive instead (the robot link adds the id of a gesture it sent)."""

    def handle(self, event: ev.Event) -> ev.Event | None: ...


@dataclass
class SinkSlots:
    """A session's sinks by what they are, handed to the runtime in the one safe order:
    the progress store first (an answer is on disk before anything else happens), the robot
    link (a gesture gets its command id before it is shown or logged), the session feed to
    the trainer's console (it sees a question as the robot starts to say it), the terminal view,
    the learner's screen (its subtitles appear as the line is spoken), the voice. The event
    log is the runtime's own and comes last."""

    store: Sink | None = None
    robot: Sink | None = None
    feed: Sink | None = None
    view: Sink | None = None
    screen: Sink | None = None
    voice: Sink | None = None

    def ordered(self) -> list[Sink]:
        return [s for s in (self.store, self.robot, self.feed, self.view, self.screen,
                                  self.voice)
                if s is not None]


class EventLog:
    """Events as JSON Lines, appended and flushed one by one so a killed run loses nothing.

    Each line gets ``t``, seconds since the session started by the runtime's clock.

    The log is a technical record (steps, verdicts, timings, gestures), not a learner's
    record: it never holds the learner's id nor what was heard (the text of ``heard``,
    ``say_again``, a verdict's ``heard`` and the robot's "Kuulin: …" echo are left out).
    Those live only in the progress store, which ``learners export`` reads in full and
    ``learners delete`` erases; a log file can be copied anywhere, so it must not need
    erasing. The file is created mode 0600 whatever the umask (docs/progress.md).
    """

    def __init__(self, path: str | Path, clock: Callable[[], float] = time.monotonic):
        self.path = path
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            private_fd(fd)  # an older, readable log is made private too
        except OSError:
            os.close(fd)
            raise
        self._file: TextIO = open(fd, "a", encoding="utf-8")  # noqa: SIM115 - closed in close()
        self._clock = clock
        self._t0 = clock()
        self._echo: str | None = None  # the echo of the last answer heard, not to be logged

    def write(self, payload: dict[str, Any]) -> None:
        payload = {**payload, "t": round(self._clock() - self._t0, 4)}
        try:
            self._file.write(json.dumps(payload, ensure_ascii=False) + "\n")
            self._file.flush()
        except OSError as exc:  # a full disk: stop cleanly; judged answers are in the store
            raise AdapterError(f"cannot write the event log {self.path}: {exc.strerror}; "
                               "answers judged so far are saved") from None

    def handle(self, event: ev.Event) -> None:
        payload = event.to_payload()
        for key in _HEARD.get(payload.get("type"), ()):
            text = payload.pop(key, None)
            if key == "text" and isinstance(text, str) and text.strip():
                self._echo = phrases.HEARD.format(text=text.strip())
        if payload.get("type") == "say" and payload.get("text") == self._echo:
            payload["text"] = phrases.HEARD.format(text="…")
        self.write(payload)

    def close(self) -> None:
        with contextlib.suppress(OSError):  # already reported by write()
            self._file.close()


# What a learner said, by event type: never written to the log.
_HEARD: dict[object, tuple[str, ...]] = {"heard": ("text",), "verdict": ("heard",),
                                         "say_again": ("heard",)}


class Holds(Protocol):
    """A trainer's pause and stop (controller/holds.py), asked before every turn; a stop
    also while the listener waits for an answer (``stop_waiting``)."""

    def between_turns(self, emit: Callable[[ev.Held], None]) -> bool: ...

    def stop_waiting(self) -> bool: ...


class Runtime:
    def __init__(self, session: Session, listener: Listener, sinks: Sequence[Sink],
                 log: EventLog | None = None, clock: Callable[[], float] = time.monotonic,
                 holds: Holds | None = None):
        self.session = session
        self.holds = holds
        self.listener = listener
        self.sinks = [*sinks, *([log] if log else [])]
        self.log = log
        self.clock = clock
        self._first_say_at: float | None = None
        if holds is not None:  # (a listener that can break off its wait asks for a stop)
            interrupt_with = getattr(listener, "interrupt_with", None)
            if interrupt_with is not None:
                interrupt_with(holds.stop_waiting)

    def run(self) -> ev.End:
        """Run to the end of the lesson or of the answers; returns the End event."""
        lesson = self.session.lesson
        if self.log:  # no learner: the log holds nothing about who (see EventLog)
            self.log.handle(ev.SessionOpened(lesson=lesson.id, lang=self.session.lang,
                                             start_step=self.session.step_index))
        end: ev.End | None = None
        try:
            events = self.session.start()
            self._prepare_next()
            end = self._dispatch(events)
            while self.session.prompt is not None:
                if self.holds is not None and self.holds.between_turns(self._held):
                    end = self._dispatch(self.session.stop())
                    break
                prompt = self.session.prompt
                asked = self.clock()
                answer = self.listener.listen(prompt)
                if answer is None:
                    if self.holds is not None and self.holds.stop_waiting():
                        self.holds.between_turns(self._held)  # the trainer's stop, told
                    end = self._dispatch(self.session.stop())
                    break
                heard = self.clock()
                events = self.session.answer(answer)
                judged = self.clock()
                self._prepare_next()
                self._first_say_at = None
                end = self._dispatch(events) or end
                self._timing(prompt, answer, asked, heard, judged)
        except KeyboardInterrupt:
            end = self._dispatch(self.session.stop())
            raise
        finally:
            self.listener.close()
        assert end is not None
        return end

    def _prepare_next(self) -> None:
        """The listener and the sinks are told the next prompt before its events are
        dispatched: the robot speaks them (the speaker plays each line to its end), and the
        listener and the speaker may get ready meanwhile."""
        if self.session.prompt is not None:
            for part in (self.listener, *self.sinks):
                prepare(part, self.session.prompt)

    def _held(self, held: ev.Held) -> None:
        self._dispatch([held])

    def _dispatch(self, events: list[ev.Event]) -> ev.End | None:
        end = None
        for event in events:
            if isinstance(event, ev.Say) and self._first_say_at is None:
                self._first_say_at = self.clock()  # the reply's first sample starts now
            for sink in self.sinks:
                event = sink.handle(event) or event
            if isinstance(event, ev.End):
                end = event
        return end

    def _timing(self, prompt: ev.Prompt, answer: ev.Answer, asked: float, heard: float,
                judged: float) -> None:
        """Per-turn latency marks, relative to when the prompt was handed to the listener."""
        if not self.log:
            return
        marks = {name: round(t - asked, 4) for name, t in answer.timings}
        replied = self._first_say_at if self._first_say_at is not None else self.clock()
        marks.update(answered=round(heard - asked, 4), verdict=round(judged - asked, 4),
                     replied=round(replied - asked, 4), judge_s=round(judged - heard, 5))
        self.log.handle(ev.Timing(step=prompt.step, try_=prompt.try_number, marks=marks))
