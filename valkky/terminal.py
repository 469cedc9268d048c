"""The terminal view of a session: what the robot says, shows and does, as readable lines.

This is the ``--tts text`` adapter and the rehearsal screen in one: a trainer reading it
sees the lesson as the learner would experience it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TextIO

from valkky import events as ev
from valkky.progress.score import percent

_VERDICT = {"correct": "✓ oikein", "almost": "≈ melkein", "wrong": "✗ väärin",
            "silence": "… ei vastausta"}


_QUESTIONS = frozenset({"ask", "repeat", "choose", "dialogue", "drill"})

# Colours where the terminal has them (never in a file or a pipe, nor with NO_COLOR).
_COLOUR = {"correct": "32", "almost": "33", "wrong": "31", "silence": "2", "hint": "36",
           "say": "1", "step": "2"}


def _has_colour(out: TextIO) -> bool:
    isatty = getattr(out, "isatty", None)
    return bool(isatty and isatty()) and not os.environ.get("NO_COLOR") \
        and os.environ.get("TERM") != "dumb"


class TerminalView:
    def __init__(self, out: TextIO | None = None, *, show_verdicts: bool = True,
                 total: int | None = None, gestures: Mapping[str, str] | None = None):
        self.out = out or sys.stdout
        self.show_verdicts = show_verdicts
        self.total = total  # the lesson's steps: "Vaihe 5/12" before each question
        # each gesture's Finnish words (gestures.yaml's description_fi): never its name
        self.gestures = gestures or {}
        self.colour = _has_colour(self.out)

    def handle(self, event: ev.Event) -> None:
        line = self._line(event)
        if line is not None:
            if self.colour:
                key = event.verdict if isinstance(event, ev.Verdict) else \
                    "hint" if isinstance(event, ev.Hint) else \
                    "say" if isinstance(event, ev.Say) else \
                    "step" if isinstance(event, ev.StepStarted) else None
                if key in _COLOUR:
                    line = f"\033[{_COLOUR[key]}m{line}\033[0m"
            self.out.write(line + "\n")
            self.out.flush()

    def _line(self, event: ev.Event) -> str | None:
        if isinstance(event, ev.StepStarted):
            # where the learner is, before each question (the screen's "Vaihe 5/12")
            if self.total and event.kind in _QUESTIONS:
                return f"  (Vaihe {min(event.index + 1, self.total)}/{self.total})"
            return None
        if isinstance(event, ev.Say):
            slow = " (hitaasti)" if event.slow else ""
            return f"Välkky{slow}: {event.text}"
        if isinstance(event, ev.Show):
            if not (event.text or event.image):
                return None
            gloss = f" — {event.gloss}" if event.gloss else ""
            image = " [kuva]" if event.image else ""  # never its file's path
            return f"  [näyttö: {event.text or ''}{gloss}{image}]"
        if isinstance(event, ev.Gesture):
            words = self.gestures.get(event.name)
            return f"  [ele: {words}]" if words else None
        if isinstance(event, ev.Hint):
            return f"  [vihje ({event.lang}): {event.text}]"
        if isinstance(event, ev.Verdict) and self.show_verdicts:
            # words only: the robot's own feedback says what was wrong; reason codes and
            # scores are for trainers (the event log, `valkky review`)
            return f"  {_VERDICT.get(event.verdict, event.verdict)}"
        if isinstance(event, ev.Held):  # the trainer, from the console
            return _HELD.get(event.action)
        if isinstance(event, ev.End):
            score = f", pisteet {percent(event.score)}" if event.score is not None else ""
            if event.reason == "completed":
                level = f", taso {event.level}" if event.level else ""  # a placement's
                return f"── tunti valmis{score}{level} ──"
            return f"── tauko: ensi kerralla jatketaan tästä{score} ──"
        return None


_HELD = {"pause": "  [kouluttaja pysäytti harjoituksen hetkeksi — odota]",
         "resume": "  [jatketaan]", "stop": "  [kouluttaja lopetti harjoituksen]"}
