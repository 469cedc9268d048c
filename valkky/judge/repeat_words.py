"""A word of the model left out of a repeat step (rule ``left_out``): a repeat step
practises the model's own sentence, so its subject pronoun, its "se" or its "on" left out
is a start of it, almost ("mitä teen tänään" for "Mitä minä teen tänään?", "pysäytä ja
ilmoita" for "pysäytä se ja ilmoita"), where elsewhere Finnish leaves them unsaid and the
answer is right (``word_order``). A polite extra ("kiitos", "nyt") is not counted.
"""

from __future__ import annotations

from collections import Counter

from valkky.judge import lexicon
from valkky.judge.accepted import same_words
from valkky.judge.case import Case, Detail, Judgement, fuzz_module
from valkky.judge.wordsets import SUBJECT_PRONOUNS

# the words the model says that another step's answer may leave out: its frame ("se",
# "on", "tämä", "kyllä"…) and its subject pronoun
_UNSAID = lexicon.get().frame | SUBJECT_PRONOUNS


def left_out(c: Case) -> Judgement | None:
    """In a repeat step (the lexicon's synonyms off: the model's words are practised), the
    model's words in any order but for a frame word or subject pronoun it says: almost,
    missing_words."""
    if c.on("synonyms"):
        return None  # (not a repeat step: the commonest case)
    for original, norm in c.accepted:
        model = norm.split()
        if not _UNSAID.intersection(model) or not same_words(c.words, norm):
            continue
        gone = Counter(w for w in model if w in _UNSAID) - Counter(c.words)
        if gone:
            c.note(f"{' '.join(gone)} left out of the model")
            c.closeness = fuzz_module().ratio(c.heard, norm)
            return c.judgement("almost", "missing_words", closest=original,
                               detail=Detail(expected=norm, heard=c.heard))
    return None
