"""What the robot's screen shows, as one snapshot built from the session's events.

Pure: no web, no threads. The server sends the whole snapshot on every change, so a page
that reloads or reconnects shows the current state at once.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from valkky import events as ev
from valkky.engine import phrases
from valkky.judge.finnish import voikko
from valkky.lesson.model import Lesson
from valkky.screen.words import FI, WORDS, direction

SUBTITLES = 3  # the robot's last lines shown
_ICONS = {"correct": "✓", "almost": "≈", "wrong": "✗", "silence": "…"}


@dataclass
class ScreenState:
    lesson: Lesson
    lang: str
    version: int = 0
    images: dict[str, Path] = field(default_factory=dict)  # served as /image/<key>
    _kind: str | None = None
    _index: int = 0
    _show: dict[str, Any] | None = None
    _question: dict[str, Any] | None = None
    _prompt: dict[str, Any] | None = None
    _said: list[dict[str, Any]] = field(default_factory=list)
    _heard: str | None = None
    _verdict: dict[str, Any] | None = None
    _hint: dict[str, Any] | None = None
    _end: dict[str, Any] | None = None
    _words: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._words = {v.fi.casefold() for v in self.lesson.vocabulary}

    # -- events ----------------------------------------------------------------------------

    def apply(self, event: ev.Event) -> bool:
        """Take one event in; True when what the screen shows changed."""
        if isinstance(event, ev.StepStarted):
            self._kind, self._index = event.kind, event.index
            self._show = self._question = self._hint = None
        elif isinstance(event, ev.Show):
            self._show = self._shown(event)
        elif isinstance(event, ev.Say):
            self._said = [*self._said, {"text": event.text, "slow": event.slow}][-SUBTITLES:]
        elif isinstance(event, ev.Ask):
            text = event.text
            if event.kind == "choose":  # the options are buttons: the question alone
                text = text.split(f" {phrases.NUMBERS[0].capitalize()}:")[0]
            self._question = {"text": text, "kind": event.kind, "try": event.try_,
                              "tries": event.tries}
        elif isinstance(event, ev.Heard):
            self._heard = event.text.strip() or None
            self._verdict = None
        elif isinstance(event, ev.Verdict):
            self._verdict = {"verdict": event.verdict, "icon": _ICONS.get(event.verdict, ""),
                             "words": FI.get(event.verdict, ""),
                             "beside": self._beside(event.verdict),
                             "heard": event.heard or None}
        elif isinstance(event, ev.Hint):
            self._hint = {"text": event.text, "lang": event.lang,
                          "dir": direction(event.lang)}
        elif isinstance(event, ev.End):
            self._prompt = None
            completed = event.reason == "completed"
            self._end = {"completed": completed, "words": FI["done" if completed else "paused"],
                         "beside": self._beside("done" if completed else "paused"),
                         "score": None if event.score is None else round(event.score * 100)}
        else:
            return False
        self.version += 1
        return True

    def ask(self, prompt_id: int, prompt: ev.Prompt) -> None:
        """The session waits for an answer: the page's controls are live for this prompt."""
        self._prompt = {"id": prompt_id, "kind": prompt.kind, "options": list(prompt.options),
                        "labels": [hyphenated(o) for o in prompt.options]}
        self.version += 1

    def answered(self) -> None:
        self._prompt = None
        self.version += 1

    # -- the snapshot ----------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        total = len(self.lesson.steps)
        ui = {k: {"fi": v, "beside": self._beside(k)} for k, v in FI.items()}
        show = self._show
        if show is None and self._question and self._question["kind"] == "repeat":
            show = {"text": self._question["text"], "display": hyphenated(self._question["text"]),
                    "gloss": None, "image": None}
        return {
            "v": self.version,
            "title": self.lesson.title,
            "lang": self.lang,
            "dir": direction(self.lang),
            "progress": {"step": min(self._index + 1, total), "of": total,
                         "done": self._end is not None and self._end["completed"]},
            "show": show,
            "question": self._question,
            "prompt": self._prompt,
            "said": self._said,
            "heard": self._heard,
            "verdict": self._verdict,
            "hint": self._hint,
            "end": self._end,
            "ui": ui,
        }

    # -- helpers ---------------------------------------------------------------------------

    def _beside(self, key: str) -> str | None:
        return WORDS.get(self.lang, {}).get(key)

    def _shown(self, event: ev.Show) -> dict[str, Any] | None:
        if not (event.text or event.image):
            return None
        text, gloss = event.text, event.gloss
        # a drill shows the word's gloss (the learner says the Finnish word): in the
        # learner's language, not Finnish
        if self._kind == "drill" and text and gloss is None \
                and text.casefold() not in self._words:
            text, gloss = None, text
        return {"text": text, "display": hyphenated(text) if text else None, "gloss": gloss,
                "image": self._image(event.image)}

    def _image(self, path: str | None) -> str | None:
        if not path:
            return None
        p = Path(path)
        key = hashlib.sha256(str(p).encode()).hexdigest()[:16] + p.suffix.lower()
        self.images[key] = p
        return key


SOFT_HYPHEN = "\u00ad"
_LONG = re.compile(r"\S{8,}")


def hyphenated(text: str) -> str:
    """``text`` with soft hyphens where its long Finnish words may break (Voikko's
    hyphenation), so a narrow screen shows työturval-lisuuskort-tikoulutus, broken between
    syllables with a hyphen, never työturvallisuu|skorttikoulutu|s. The hyphens show only
    where a line breaks. Unchanged where Voikko is absent."""
    v = voikko()
    if v is None:
        return text
    return _LONG.sub(lambda m: _hyphenate(v, m.group()), text)


def _hyphenate(v: object, word: str) -> str:
    # no context changes: the word's letters stay as written (vaa'an keeps its apostrophe)
    out = v.hyphenate(word, SOFT_HYPHEN, False)  # type: ignore[attr-defined]
    return out if out.replace(SOFT_HYPHEN, "") == word else word
