"""What the recogniser may hear for one prompt: a Vosk grammar.

The words of the accepted answers, options and foreseen mistakes; their number words
(the learner may say "kaksi" for option 2); the everyday spoken forms that mean the same
(mä for minä); and the near-miss words a learner really says — vowel length, double
consonants, a/ä, o/ö, u/y — when they are real words: whoever says tuli for tuuli must be
*heard* saying tuli, not snapped to the right answer. Then the model's unknown-word token.
The judge, not the recogniser, decides: Vosk's grammar is a word bigram model and forces
speech outside it onto grammar words, often with confidence 1.0.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from valkky.events import Prompt
from valkky.judge.normalise import SPOKEN, normalise

_UMLAUT_PAIRS = {"a": "ä", "ä": "a", "o": "ö", "ö": "o", "u": "y", "y": "u"}
UNK_TOKENS = ("[unk]", "<UNK>", "<unk>")
_SPOKEN_OF: dict[str, list[str]] = {}
for _spoken, _standard in SPOKEN.items():
    _SPOKEN_OF.setdefault(_standard, []).append(_spoken)


def near_misses(word: str) -> set[str]:
    """The one-step length, gemination and umlaut variants of ``word``."""
    out: set[str] = set()
    for i, ch in enumerate(word):
        if ch in _UMLAUT_PAIRS:
            out.add(word[:i] + _UMLAUT_PAIRS[ch] + word[i + 1:])
        if i + 1 < len(word) and word[i + 1] == ch:
            out.add(word[:i] + word[i + 1:])  # long → short
        elif ch.isalpha():
            out.add(word[:i + 1] + ch + word[i + 1:])  # short → long (vowel or consonant)
    out.discard(word)
    return out


def grammar_words(prompt: Prompt, *, known: Callable[[str], bool],
                  is_real: Callable[[str], bool | None]) -> tuple[list[str], list[str]]:
    """(the phrases and words for Vosk, the words the model does not know)."""
    phrases = [normalise(p) for p in (*prompt.expected, *prompt.options) if normalise(p)]
    words = sorted({w for p in phrases for w in p.split()})
    extra: set[str] = set()
    for w in words:
        extra.update(_SPOKEN_OF.get(w, []))
        extra.update(v for v in near_misses(w) if re.fullmatch(r"[a-zåäö]+", v)
                     and is_real(v))
    vocabulary = sorted(set(words) | extra)
    unknown = [w for w in vocabulary if not known(w)]
    usable = [p for p in phrases if all(known(w) for w in p.split())]
    return list(dict.fromkeys([*sorted(usable), *(w for w in vocabulary if known(w))])), unknown


def unk_token(known: Callable[[str], bool]) -> str | None:
    """The unknown-word token of this model (it differs between models), if any."""
    return next((t for t in UNK_TOKENS if known(t)), None)

