"""Answers from several sources at once — speech, the terminal, the robot's screen — and
the first one that answers wins.

Every source keeps its own blocking ``listen()`` in a worker thread of its own. When one
answers, the others are told to stop (``cancel()``, where a source has it; the screen
does) or, where they cannot be interrupted (a terminal's ``input()``, a recogniser in the
middle of an utterance), their answer to the old question is dropped when it comes. A
typed line is the exception: the learner typed it looking at the current question, so it
answers that one.

A source that runs out (``None``: an answers file at its end, a closed pipe) leaves the
race; the session stops when none is left, or when a source that stands for the learner's
own "stop" (Ctrl-D at a terminal) runs out.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from valkky import events as ev
from valkky.runtime import Listener, prepare


class Cancelled(Exception):
    """Raised by a source's ``listen()`` when the race told it to stop listening."""


@dataclass
class Source:
    """One source of answers in a race."""

    name: str
    listener: Listener
    late_ok: bool = False  # an answer begun for an earlier question answers the current one
    stops_session: bool = False  # running out stops the session (a terminal's Ctrl-D)
    # its silence counts as an answer (spends a try); else it listens again: a recogniser
    # beside the screen must not time out a learner who is typing there
    silence_ok: bool = True
    _thread: threading.Thread | None = field(default=None, repr=False)

    def cancel(self) -> None:
        cancel = getattr(self.listener, "cancel", None)
        if cancel is not None:
            cancel()


class RaceListener:
    """A ``Listener`` that asks every source and returns the first answer."""

    def __init__(self, sources: Sequence[Source],
                 on_answer: Callable[[Source, ev.Answer], None] | None = None):
        if not sources:
            raise ValueError("a race needs at least one source")
        self.sources = list(sources)
        self.on_answer = on_answer
        self._cond = threading.Condition()
        self._gen = 0  # which question is asked; bumped by every listen()
        self._prompt: ev.Prompt | None = None
        self._closed = False
        self._results: queue.Queue[tuple[Source, int, ev.Answer | BaseException | None]] = \
            queue.Queue()
        self._live = set(range(len(self.sources)))
        self._interrupt: Callable[[], bool] | None = None
        for i, source in enumerate(self.sources):
            source._thread = threading.Thread(target=self._work, args=(source,), daemon=True,
                                              name=f"answers-{source.name}-{i}")
            source._thread.start()

    def _work(self, source: Source) -> None:
        done = 0  # the last question this source has listened to
        while True:
            with self._cond:
                while not self._closed and (self._prompt is None or self._gen == done):
                    self._cond.wait()
                if self._closed or self._prompt is None:
                    return
                gen, prompt = self._gen, self._prompt
            try:
                answer = source.listener.listen(prompt)
            except Cancelled:
                done = gen
                continue
            except BaseException as exc:  # handed to the runtime's thread, raised there
                self._results.put((source, gen, exc))
                return
            if answer is not None and not source.silence_ok and not answer.text.strip() \
                    and answer.control is None:
                continue  # silence: listen again to the same question
            if source.late_ok:  # a typed line answers the question asked now
                with self._cond:
                    gen = self._gen
            done = gen
            self._results.put((source, gen, answer))
            if answer is None:
                return

    def interrupt_with(self, stop: Callable[[], bool]) -> None:
        """``stop`` is asked while an answer is waited for; when it says yes, ``listen``
        gives up the question and returns None (a trainer's stop: the session ends)."""
        self._interrupt = stop

    def prepare(self, prompt: ev.Prompt) -> None:
        for i, source in enumerate(self.sources):
            if i in self._live:  # one that ran out will not be asked
                prepare(source.listener, prompt)

    def listen(self, prompt: ev.Prompt) -> ev.Answer | None:
        with self._cond:
            self._gen += 1
            self._prompt = prompt
            gen = self._gen
            self._cond.notify_all()
        winner: Source | None = None
        try:
            while True:
                if not self._live or (self._interrupt is not None and self._interrupt()):
                    return None
                try:
                    source, asked, answer = self._results.get(timeout=0.5)
                except queue.Empty:
                    continue  # (a timeout keeps Ctrl-C and a trainer's stop working)
                if isinstance(answer, BaseException):
                    raise answer
                if answer is None:
                    self._live.discard(self.sources.index(source))
                    if source.stops_session:
                        return None
                    continue
                if asked != gen and not source.late_ok:
                    continue  # an answer to an earlier question
                winner = source
                if self.on_answer is not None:
                    self.on_answer(source, answer)
                return answer
        finally:
            with self._cond:
                self._prompt = None
            for other in self.sources:
                if other is not winner:
                    other.cancel()

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        for source in self.sources:
            source.cancel()
            with contextlib.suppress(Exception):
                source.listener.close()
