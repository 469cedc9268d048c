"""This and that as one pointer (issue 12): "hän ei voi syödä tätä" for the step's "hän ei
voi syödä sitä", "otan tämän" for "otan sen". A learner points at the thing the step
speaks of with se, tämä or tuo alike: the word is read as the step's own pointer of the same
case and number (wordsets.POINTERS) before any rule. Not here and there ("tässä" is not
"tuossa": CONTRASTS), nor on a step that teaches the difference: its accepted answers say
two of the three, or a foreseen mistake says one they do not. (The nominatives are frame
words, which change no answer: left as said.)
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from valkky.judge.case import normalised
from valkky.judge.wordsets import CONTRASTS, FRAME_WORDS, POINTERS

# each pointer but a frame word → (its row in POINTERS, which of se, tämä, tuo it is)
_PLACE = {w: (row, stem) for row, words in enumerate(POINTERS) for stem, w in enumerate(words)
          if w not in FRAME_WORDS}
_CONTRASTED = frozenset((a, b) for groups in CONTRASTS for g in groups for h in groups
                        if g is not h for a in g for b in h)


def pointer_as_accepted(words: list[str], vocabulary: tuple[str, ...],
                        mistakes: Iterable[str]) -> list[str]:
    """``words`` with each pointer the accepted answers do not say read as theirs of the
    same case and number."""
    if _PLACE.keys().isdisjoint(words):
        return words  # (the commonest case: no pointer said)
    theirs = step_pointers(vocabulary, tuple(mistakes))
    if not theirs:
        return words
    out = []
    for w in words:
        place = _PLACE.get(w)
        if place is not None and w not in vocabulary and (own := theirs.get(place[0])) \
                is not None and (w, own) not in _CONTRASTED:
            w = own
        out.append(w)
    return out


@lru_cache(maxsize=1024)
def step_pointers(vocabulary: tuple[str, ...], mistakes: tuple[str, ...]) -> dict[int, str]:
    """The accepted answers' pointer of each case they say one in; none where they say two
    of se, tämä and tuo, or a foreseen mistake says another (the step teaches the
    difference)."""
    said = [w for w in vocabulary if w in _PLACE]
    stems = {_PLACE[w][1] for w in said}
    if len(stems) != 1 or any(_PLACE[w][1] not in stems for m in mistakes
                              for w in normalised(m).split() if w in _PLACE):
        return {}
    # (a word that is also another word's form is no pointer to read others as: "tuon
    # heti" is tuoda, "tuota" a hesitation, "noita" a witch)
    return {_PLACE[w][0]: w for w in said if w not in _ALSO_ANOTHER_WORD}


_ALSO_ANOTHER_WORD = frozenset({"tuon", "tuota", "noita"})
