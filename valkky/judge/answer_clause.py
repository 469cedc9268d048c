"""The clause an accepted answer is said in, among the learner's words: up to a join or
another clause's verb each way, with what a comma sets apart ("on kiire nyt, ilmoitan
työnjohtajalle taukotilassa": the hurry's "nyt" is not the report's). Read by ``deed_time``
(when the answer's deed is done) and ``rules`` (where gear is put)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import takewhile

from valkky.judge import finnish
from valkky.judge.case import Case, comma_cuts
from valkky.judge.polarity import MAIN_JOINS, NEGATIVE_JOINS, SUB_JOINS
from valkky.judge.wordsets import SUBJECT_PRONOUNS


@dataclass(frozen=True)
class Clause:
    """Where the answer's clause is in the learner's words: ``start`` to ``stop``, the
    accepted answer itself ``at`` to ``end``; ``cuts``: where the commas fall;
    ``fronted``: the words after a comma that ends it before the next clause's subject
    ("kerron esimiehelle, viikonloppuna kone on rikki": viikonloppuna)."""

    start: int
    at: int
    end: int
    stop: int
    cuts: frozenset[int]
    fronted: tuple[str, ...] = ()


def rest_in_its_clause(c: Case, said: Sequence[str], rest: Sequence[str]) -> list[str]:
    """The words of ``rest`` (said beside the accepted answer ``said``) in the answer's own
    clause ("on kuuma, laitan kypärän kaappiin": kaappiin); all where it is not said whole."""
    clause = answers_clause(c, said)
    if clause is None:
        return list(rest)
    own = set(c.words[clause.start:clause.stop])
    return [w for w in rest if w in own]


def answers_clause(c: Case, said: Sequence[str]) -> Clause | None:
    """The clause of the accepted answer ``said`` (its words said whole) in the learner's
    words: up to a join ("ja", "kun", "joka") or another finite verb ("on", "kaatui") each
    way; words between that verb and the answer are that verb's up to a comma ("on kiire
    nyt, ilmoitan": "nyt" is the hurry's) and the answer's after one. None where the answer
    is not said whole."""
    words = c.words
    at = next((k for k in range(len(words) - len(said) + 1)
               if list(words[k:k + len(said)]) == list(said)), None)
    if at is None:
        return None
    cuts = frozenset(comma_cuts(words, c.written))
    end = at + len(said)
    bound = next((k for k in range(at - 1, -1, -1) if _a_clause_bound(words, k)), None)
    start = 0 if bound is None else bound + 1 if words[bound] in CLAUSE_JOINS else \
        max((k for k in cuts if bound < k <= at), default=at)
    bound = next((k for k in range(end, len(words)) if _a_clause_bound(words, k)), None)
    stop = len(words) if bound is None else bound if words[bound] in CLAUSE_JOINS else \
        min((k for k in cuts if end <= k <= bound), default=bound)
    fronted = () if bound is None or stop == bound else tuple(
        takewhile(lambda w: not a_thing_named(w), words[stop:bound]))
    return Clause(start, at, end, stop, cuts, fronted)


def _a_clause_bound(words: Sequence[str], k: int) -> bool:
    """``words[k]`` starts a clause of its own beside the answer's: a join, a relative
    pronoun, a finite verb ("on", "kaatui"); one that is also a noun's form only after its
    subject ("kone vuotaa") or as the learner's own ("nyt teen työtä"), never one read as
    a place or a thing named ("laitan kypärän naulaan", "… omaan kaappiin", "tauko", a
    genitive before a place: "… hyllyn päähän")."""
    word = words[k]
    if word in CLAUSE_JOINS:
        return True
    persons = {p for p, _ in finnish.persons(word)}
    cases = {case for case, _ in finnish.case_numbers(word)}
    if not persons or cases & (finnish.LOCAL_CASES | {"nimento"}) or (
            "omanto" in cases and k + 1 < len(words) and  # ("hyllyn päähän")
            {case for case, _ in finnish.case_numbers(words[k + 1])} & finnish.LOCAL_CASES):
        return False
    return not cases or "1" in persons or (k > 0 and a_thing_named(words[k - 1]))


# the joins that start a clause ("ennen", "jälkeen" are a time's postpositions here: "tauon
# jälkeen"), and the relative pronouns ("joka on nyt taukotilassa")
CLAUSE_JOINS = MAIN_JOINS | NEGATIVE_JOINS | (SUB_JOINS - {"ennen", "jälkeen"}) | {
    "joka", "jota", "jonka", "jolle", "jossa", "jotka", "mikä", "mitä", "missä"}


def a_thing_named(word: str) -> bool:
    """A noun in the nominative, a verbless clause's own ("kiire", "tauko", "kone")."""
    return ("nimento", "singular") in finnish.case_numbers(word) and bool(
        finnish.word_classes(word) & {"nimisana", "nimisana_laatusana"}) and \
        word not in SUBJECT_PRONOUNS  # ("minä" is a noun too)
