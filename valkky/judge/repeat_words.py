"""A word of the model left out of a repeat step (rule ``left_out``): a repeat step
practises the model's own sentence, so its subject pronoun, its "se" or its "on" left out
is a start of it, almost ("mitä teen tänään" for "Mitä minä teen tänään?", "pysäytä ja
ilmoita" for "pysäytä se ja ilmoita"), where elsewhere Finnish leaves them unsaid and the
answer is right (``word_order``). A polite extra ("kiitos", "nyt") is not counted.
"""

from __future__ import annotations

from collections import Counter

from valkky.judge.accepted import same_words
from valkky.judge.case import Case, Detail, Judgement, fuzz_module
from valkky.judge.order import clauses_kept
from valkky.judge.wordsets import FRAME, SUBJECT_PRONOUNS

# the words the model says that another step's answer may leave out: its frame ("se",
# "on", "tämä", "kyllä"…) and its subject pronoun
_UNSAID = FRAME | SUBJECT_PRONOUNS


def left_out(c: Case) -> Judgement | None:
    """In a repeat step (the model's words are practised: ``Case.repeat``), the
    model's words in any order, each clause its own ("imuroi lattia ja pese matto" for
    "Imuroi se matto ja pese lattia." is another deed), but for a frame word or subject
    pronoun it says: almost, missing_words. Not where another model is said whole ("töissä
    olen" beside "Olen töissä." and "Minä olen töissä.")."""
    if not c.repeat:
        return None  # (the commonest case)
    found = [(original, norm) for original, norm in c.accepted
             if same_words(c.words, norm) and clauses_kept(c.words, norm)]
    gone_from = [(original, norm, Counter(w for w in norm.split() if w in _UNSAID)
                  - Counter(c.words)) for original, norm in found]
    if not gone_from or not all(gone for _, _, gone in gone_from):
        return None
    original, norm, gone = gone_from[0]
    c.note(f"{' '.join(gone)} left out of the model")
    c.closeness = fuzz_module().ratio(c.heard, norm)
    return c.judgement("almost", "missing_words", closest=original,
                       detail=Detail(expected=norm, heard=c.heard))
