"""A word in another form the step's own answers give it after the same word (rule
``step_slot``): "hänellä on kova kuume" where "asukkaalla on kuume" is accepted beside
"hänellä on kuumetta" (set 15) — the trainer's own answers say the word that way in that
place, so the learner's choice of it is no slip.

Only another form of the same word (not a compound's head for the compound: "painan
vihreää nappia" beside "painan punaista nappia" names another button). The word before it
must be the same (an adjective or numeral in between is passed over,
"korkea kuume"), and so must the word after it, or both end there: "uuni päälle" beside
"laitan uunin päälle" says nothing of "laitan uuni", nor "mittaan reikien paikat" of
"mittaan reikien".
"""

from __future__ import annotations

from collections.abc import Sequence

from valkky.judge import finnish

_MODIFIERS = frozenset({"laatusana", "nimisana_laatusana", "lukusana"})


def _word_before(words: Sequence[str], at: int) -> str | None:
    """The word before ``words[at]``, past the adjectives and numerals that modify it."""
    i = at - 1
    while i >= 0 and not _MODIFIERS.isdisjoint(finnish.word_classes(words[i])) and \
            "nimisana" not in finnish.word_classes(words[i]):
        i -= 1
    return words[i] if i >= 0 else None


def _word_after(words: Sequence[str], at: int) -> str | None:
    return words[at + 1] if at + 1 < len(words) else None


def in_a_step_form(h: str, heard: Sequence[str], accepted: Sequence[str]) -> bool:
    """``h`` stands between the same words in the learner's answer and in one of the
    step's accepted answers (normalised), or after the same word at the end of both."""
    if h not in heard:
        return False
    at = heard.index(h)
    before, after = _word_before(heard, at), _word_after(heard, at)
    if before is None:
        return False
    for answer in accepted:
        words = answer.split()
        if h in words and _word_before(words, words.index(h)) == before and \
                _word_after(words, words.index(h)) == after:
            return True
    return False
