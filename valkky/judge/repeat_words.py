"""A word of the model left out of a repeat step (rule ``left_out``): a repeat step
practises the model's own sentence, so its subject pronoun, its "se" or its "on" left out
is a start of it, almost ("mitä teen tänään" for "Mitä minä teen tänään?", "pysäytä ja
ilmoita" for "pysäytä se ja ilmoita"), where elsewhere Finnish leaves them unsaid and the
answer is right (``word_order``). A polite extra ("kiitos", "nyt") is not counted.
"""

from __future__ import annotations

from collections import Counter

from valkky.judge import finnish
from valkky.judge.accepted import same_words
from valkky.judge.case import Case, Detail, Judgement, comma_cuts, fuzz_module
from valkky.judge.order import clauses_kept
from valkky.judge.wordsets import FRAME, SUBJECT_PRONOUNS

# the words the model says that another step's answer may leave out: its frame ("se",
# "on", "tämä", "kyllä"…), its subject pronoun, and its joining "ja" ("pultti mutteri"
# for "Pultti ja mutteri.": judge58; "mutta", "vaan" left out are by_word's almost)
_UNSAID = FRAME | SUBJECT_PRONOUNS | {"ja"}


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
    gone_from = [(o, n, gone - Counter({"ja": _joins_said_otherwise(c, n)}))
                 for o, n, gone in gone_from]
    if not all(gone for _, _, gone in gone_from):
        return None  # (only a "ja" Finnish says as well without: word_order's)
    original, norm, gone = gone_from[0]
    c.note(f"{' '.join(gone)} left out of the model")
    c.closeness = fuzz_module().ratio(c.heard, norm)
    return c.judgement("almost", "missing_words", closest=original,
                       detail=Detail(expected=norm, heard=c.heard))


def _joins_said_otherwise(c: Case, norm: str) -> int:
    """How many of the model's "ja" the answer says as well without it (judge58, sets 13,
    14, 38 beside 17, 20, 25): between two clauses, each with its verb ("imuroi matto pese
    lattia" for "Imuroi matto ja pese lattia."), between a minimal pair the step practises
    for its sounds ("kuka kukka" for "Kuka ja kukka."), or where a comma is written in its
    place ("ruuvi, mutteri"); not between two words said bare ("ruuvi mutteri",
    "hyvää iltaa tervetuloa"), a word of the model left out."""
    model = norm.split()
    cuts = comma_cuts(c.words, c.written)
    said = 0
    for i, w in enumerate(model):
        if w != "ja" or not 0 < i < len(model) - 1:
            continue
        before, after = model[i - 1], model[i + 1]
        clauses = [model[:i], model[i + 1:]]
        at = next((j for j in range(1, len(c.words))
                   if c.words[j - 1] == before and c.words[j] == after), None)
        if all(any(map(finnish.is_verb, part)) for part in clauses) or \
                finnish.minimal_pair(before, after) is not None or at in cuts:
            said += 1
    return said
