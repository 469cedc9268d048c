"""A lesson tried in the browser before a learner meets it: the engine of `valkky run`
(valkky/engine, the real judge and feedback) with answers typed by the trainer.

Nothing is written anywhere: no learner, no progress store, no event log, no robot. A
preview is a transcript (what the robot says and shows, what the trainer answered, the
verdicts and hints) and the question waiting for an answer. ``Previews`` keeps a few per
signed-in browser, in memory, for a while.
"""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Literal

from valkky import events as ev
from valkky.engine.feedback import almost_fi
from valkky.engine.session import Session
from valkky.judge import judge
from valkky.lesson.model import Lesson

MAX_LINES = 2000  # a lesson with loops and many tries stays well below
MAX_ANSWER = 500  # characters of a typed answer
MAX_PREVIEWS = 32  # in the whole console; the oldest is dropped first
PREVIEW_TTL_S = 2 * 3600
# Previews answer on the console's worker threads; the judge's Voikko handle is not
# known to be thread-safe, so they take turns (a turn is milliseconds).
_ENGINE = threading.Lock()

Who = Literal["robot", "screen", "learner", "verdict", "hint", "end"]


@dataclass(frozen=True)
class Line:
    """One line of a preview. ``verdict`` (correct, almost, wrong) is set on verdict lines
    and shown as a word; a judge's reason code never is."""

    who: Who
    text: str
    verdict: str | None = None
    score: float | None = None


@dataclass
class Preview:
    lesson: Lesson
    lang: str
    owner: str  # the browser session that started it
    started: float
    id: str = field(default_factory=lambda: secrets.token_urlsafe(12))
    lines: list[Line] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.session = Session(self.lesson, judge=judge, feedback=almost_fi, lang=self.lang)
        with _ENGINE:
            self._take(self.session.start())

    @property
    def prompt(self) -> ev.Prompt | None:
        return self.session.prompt

    @property
    def over(self) -> bool:
        return self.session.prompt is None

    def answer(self, text: str) -> None:
        """The trainer's typed answer to the question waiting (ignored when none is)."""
        with _ENGINE:
            if self.session.prompt is not None:
                answer = ev.Answer(text[:MAX_ANSWER], source="typed")
                self._take(self.session.answer(answer))

    def stop(self) -> None:
        with _ENGINE:
            if self.session.prompt is not None:
                self._take(self.session.stop())

    def _take(self, events: list[ev.Event]) -> None:
        for event in events:
            line = _line(event, self.lang)
            if line is not None and len(self.lines) < MAX_LINES:
                self.lines.append(line)


def _line(event: ev.Event, lang: str) -> Line | None:
    if isinstance(event, ev.Say):
        return Line("robot", event.text)
    if isinstance(event, ev.Show) and event.text:
        return Line("screen", f"{event.text} — {event.gloss}" if event.gloss else event.text)
    if isinstance(event, ev.Heard):
        return Line("learner", event.text)
    if isinstance(event, ev.Verdict):
        return Line("verdict", "", verdict=event.verdict, score=event.score)
    if isinstance(event, ev.Hint):
        return Line("hint", event.text)
    if isinstance(event, ev.End):
        return Line("end", event.reason, score=event.score)
    return None


class Previews:
    """The previews running in one console, each readable only by its own browser."""

    def __init__(self) -> None:
        self._all: OrderedDict[str, Preview] = OrderedDict()
        self._lock = threading.Lock()

    def start(self, lesson: Lesson, lang: str, owner: str, now: float) -> Preview:
        preview = Preview(lesson, lang, owner, now)
        with self._lock:
            self._prune(now)
            self._all[preview.id] = preview
            while len(self._all) > MAX_PREVIEWS:
                self._all.popitem(last=False)
        return preview

    def get(self, preview_id: str, owner: str, now: float) -> Preview | None:
        with self._lock:
            self._prune(now)
            found = self._all.get(preview_id)
        return found if found is not None and secrets.compare_digest(found.owner, owner) \
            else None

    def _prune(self, now: float) -> None:
        for key in [k for k, p in self._all.items() if now - p.started > PREVIEW_TTL_S]:
            del self._all[key]
