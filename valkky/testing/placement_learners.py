"""Scripted learners of a known level for placement lessons (``*-kartoitus``).

A learner of level L answers the questions of the bands up to L as learners of that level
do: right, with the slips of sound a trainer hears every day in their own band (ä said a,
a double consonant said single). Above L they answer the way learners below a band do: the
word in its basic form where a case ending is asked for (kylmiö for kylmiössä), the first
words of a sentence, an English word, "yes" to anything, "en tiedä", or nothing. Only the
band just above their level gets one right answer in five: real learners know a little of
the next level. A placement lesson should place each of them at L.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from valkky.events import Answer, Prompt
from valkky.lesson.model import LEVELS, Lesson

_UMLAUT = str.maketrans({"ä": "a", "ö": "o", "Ä": "A", "Ö": "O"})
_DOUBLE = re.compile(r"([kptlmnsr])\1")
# Finnish case endings, longest first: what a learner leaves off (kylmiössä → kylmiö).
_ENDINGS = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "seen", "ksi",
            "na", "nä", "n", "a", "ä")


def sound_slip(text: str) -> str:
    """ä → a, ö → o; failing that, a double consonant said single (kello → kelo)."""
    slipped = text.translate(_UMLAUT)
    return slipped if slipped != text else _DOUBLE.sub(r"\1", text, count=1)


def basic_form(text: str) -> str:
    """The longest word with its case ending left off: what a beginner says for
    "Missä?" (kylmähuoneessa → kylmähuone)."""
    word = max(text.rstrip(".!?").split(), key=len)
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 3:
            stem = word[: -len(ending)]
            return stem[:-1] if stem.endswith(stem[-1] * 2) else stem
    return word


def first_words(text: str) -> str:
    """The start of a sentence, as a learner who lost the rest says it."""
    words = text.rstrip(".!?").split()
    return " ".join(words[: max(1, len(words) // 2)]) if len(words) > 1 else basic_form(text)


@dataclass
class LevelLearner:
    """A Listener: a learner of ``level`` taking ``lesson``, a placement lesson."""

    level: str
    lesson: Lesson
    english: str = "I don't know"  # the English they fall back on
    answers: list[tuple[str, str, str]] = field(default_factory=list)  # (step, band, said)
    _count: dict[str, int] = field(default_factory=dict)

    def listen(self, prompt: Prompt) -> Answer | None:
        if prompt.practice:  # the revealed answer, said once for practice: never placed
            return Answer(prompt.expected[0] if prompt.expected else "")
        step = next(s for s in self.lesson.steps if s.id == prompt.step)
        band = step.level or LEVELS[0]
        n = self._count.get(band, 0)
        self._count[band] = n + 1
        right = prompt.expected[0] if prompt.expected else ""
        above = LEVELS.index(band) - LEVELS.index(self.level)
        if above <= 0:
            # their own band with a slip in every other answer; lower bands right
            said = sound_slip(right) if above == 0 and n % 2 == 1 else right
        elif above == 1:
            if prompt.kind == "repeat":
                said = sound_slip(first_words(right))
            else:
                said = (basic_form(right), right if n == 1 else "kyllä", self.english,
                        first_words(right), "")[n % 5]
        else:
            said = ("", "en tiedä", self.english, "yes")[n % 4]
        self.answers.append((prompt.step, band, said))
        return Answer(said)

    def close(self) -> None:
        pass
