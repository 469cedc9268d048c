"""Scripted learners for lesson tests: a good one, and a struggling one with typical errors.

The struggling learner makes the errors trainers hear every day from learners whose first
language lacks Finnish front vowels, vowel length or double consonants: it drops the
umlauts (pöytä → poyta), shortens a long vowel (kiitos → kitos), or says a double
consonant single (kukka → kuka); in a long sentence it stops early; failing all that, it
says "en tiedä". On its next try it answers right. Each answer comes with the verdict a
good trainer would give it, so a test can hold the judge and the lesson to that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from valkky.events import Answer, Prompt

_UMLAUT = str.maketrans({"ä": "a", "ö": "o", "y": "u", "Ä": "A", "Ö": "O", "Y": "U"})
_LONG_VOWEL = re.compile(r"([aeiouyäö])\1", re.IGNORECASE)
_DOUBLE_CONSONANT = re.compile(r"([bdfghjklmnprstv])\1", re.IGNORECASE)


@dataclass(frozen=True)
class Expectation:
    step: str
    try_number: int
    answer: str
    verdicts: tuple[str, ...]  # acceptable verdicts
    reasons: tuple[str | None, ...] = ()  # acceptable reasons (empty: any)


def typical_error(text: str) -> tuple[str, str, str] | None:
    """A learner's typical error in ``text``: (answer, verdict, reason), or None."""
    words = text.rstrip(".!?").split()
    for i, word in enumerate(words):
        changed = word.translate(_UMLAUT)
        if changed != word:
            return _with(words, i, changed), "almost", "umlaut"
    for i, word in enumerate(words):
        if _LONG_VOWEL.search(word) and len(word) > 3:
            return _with(words, i, _LONG_VOWEL.sub(r"\1", word, count=1)), "almost", \
                "vowel_length"
    for i, word in enumerate(words):
        if _DOUBLE_CONSONANT.search(word) and len(word) > 3:
            return _with(words, i, _DOUBLE_CONSONANT.sub(r"\1", word, count=1)), "almost", \
                "double_consonant"
    if len(words) >= 4:
        return " ".join(words[: len(words) - 1]), "almost", "missing_words"
    return None


def _with(words: list[str], i: int, word: str) -> str:
    return " ".join([*words[:i], word, *words[i + 1:]])


@dataclass
class ScriptedLearner:
    """A Listener that answers every prompt; ``struggling`` errs on each first try."""

    struggling: bool = False
    expectations: list[Expectation] = field(default_factory=list)

    def listen(self, prompt: Prompt) -> Answer | None:
        right = prompt.expected[0] if prompt.expected else ""
        if prompt.practice:  # the revealed answer, said once for practice: no verdict
            return Answer(right)
        if self.struggling and prompt.try_number == 1 and prompt.kind != "choose":
            error = typical_error(right)
            if error is not None:
                answer, verdict, reason = error
                # A changed word may be a word of its own: the judge may call it wrong,
                # or, when it is another form of the same word (nostaa ~ nosta, the
                # imperative), a word_form error; a step that foresees the slip gives
                # its own reply ("tapan": another word, the lesson says why).
                also = ("word_form",) if reason in {"vowel_length", "double_consonant"} else ()
                also = (*also, "mistake")
                self._expect(prompt, answer, (verdict, "wrong"), (reason, *also, None))
                return Answer(answer)
            self._expect(prompt, "en tiedä", ("wrong",))
            return Answer("en tiedä")
        if self.struggling and prompt.try_number == 1:  # choose: names another option
            wrong = next(o for o in prompt.options if o.casefold() != right.casefold())
            self._expect(prompt, wrong, ("wrong",), ("other_option",))
            return Answer(wrong)
        self._expect(prompt, right, ("correct",))
        return Answer(right)

    def _expect(self, prompt: Prompt, answer: str, verdicts: tuple[str, ...],
                reasons: tuple[str | None, ...] = ()) -> None:
        self.expectations.append(Expectation(prompt.step, prompt.try_number, answer, verdicts,
                                             reasons))

    def close(self) -> None:
        pass

