"""What a lesson's steps give evidence of training, for its `skills:` list: a lesson may
claim a skill only where some step trains it (docs/lesson-format.md#skills). Pure."""

from __future__ import annotations

import re
from collections.abc import Iterator

from valkky.lesson import model as m

# A question that sends the learner to read the screen, or to spell or write.
_READS = re.compile(r"\b(lue|luet|lukee|lukeeko|luki|kyltissä|kyltti|listassa|listalla|"
                    r"lapussa|etiketissä|etiketti|tarrassa|pakkauksessa|näytöllä|merkki|"
                    r"merkissä|työmääräyksessä|määräyksessä|kuvassa)\b", re.I)
_WRITES = re.compile(r"\b(tavaa|tavaatko|tavata|kirjoita|kirjoitat|kirjain|kirjaimet|"
                     r"kirjaimin)\b", re.I)
_LISTEN = re.compile(r"\b(kuuntele|kuuntelet|kuulit|mitä .* sanoo|mitä .* sanoi)\b", re.I)


def _questions(lesson: m.Lesson) -> Iterator[tuple[m.Step, str, m.ShowSpec | None]]:
    """(step, what the learner answers to, what is on the screen) for every task."""
    for step in lesson.steps:
        if isinstance(step, m.AskStep | m.ChooseStep):
            yield step, step.text, step.show
        elif isinstance(step, m.DialogueStep):
            cue: list[str] = []
            for turn in step.turns:
                if isinstance(turn, m.RobotTurn):
                    cue.append(turn.text)
                else:
                    yield step, " ".join(cue), turn.show or step.show
                    cue = []


def evidence(lesson: m.Lesson) -> frozenset[str]:
    """The skills some step of ``lesson`` trains."""
    found: set[str] = set()
    steps = lesson.steps
    named = any(isinstance(s, m.AskStep) and s.show is not None and s.show.image
                and not s.show.text for s in steps)  # "Mikä tämä on?" under a picture
    if named or (lesson.vocabulary and any(isinstance(s, m.DrillStep) for s in steps)):
        found.add("vocabulary")
    if any(isinstance(s, m.RepeatStep) for s in steps):
        found.add("pronunciation")
    if any(isinstance(s, m.AskStep | m.DialogueStep) for s in steps):
        found.add("speaking")
    words = {v.fi.casefold() for v in lesson.vocabulary}
    for step, text, show in _questions(lesson):
        sentences = len(re.findall(r"[.!?](\s|$)", text.strip()))
        if isinstance(step, m.DialogueStep) or _LISTEN.search(text) or sentences >= 2:
            found.add("listening")
        shown = show.text.casefold() if show is not None and show.text else None
        if _READS.search(text) or (shown and shown not in words and len(shown) > 3):
            found.add("reading")
        if _WRITES.search(text):
            found.add("writing")
    return frozenset(found)


def unsupported(lesson: m.Lesson) -> tuple[str, ...]:
    """The skills ``lesson`` claims that no step of it trains."""
    have = evidence(lesson)
    return tuple(s for s in lesson.skills if s not in have)
