"""Finnish answer judging: normalise, find the closest accepted answer, decide by Finnish rules.

Importing this package is cheap; rapidfuzz, num2words and Voikko load on first use.
"""

from valkky.judge.normalise import normalise
from valkky.judge.verdict import (
           RULES,
           SETTINGS,
           WORD_RULES,
           Detail,
           Judgement,
           Rule,
           Settings,
           judge,
)

VERDICTS = ("correct", "almost", "wrong", "silence")
REASONS = ("vowel_length", "double_consonant", "umlaut", "word_form", "missing_words", "typo",
           "negation", "dont_know", "word_order")

__all__ = ["REASONS", "RULES", "SETTINGS", "VERDICTS", "WORD_RULES", "Detail", "Judgement",
           "Rule", "Settings", "judge", "normalise"]
