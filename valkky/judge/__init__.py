"""Finnish answer judging: normalise, find the closest accepted answer, decide by Finnish rules.

Importing this package is cheap; rapidfuzz, num2words and Voikko load on first use.
"""

from valkky.judge.normalise import normalise
from valkky.judge.verdict import Detail, Judgement, judge

VERDICTS = ("correct", "almost", "wrong", "silence")
REASONS = ("vowel_length", "double_consonant", "umlaut", "word_form", "missing_words", "typo",
           "negation", "dont_know", "too_long")

__all__ = ["REASONS", "VERDICTS", "Detail", "Judgement", "judge", "normalise"]
