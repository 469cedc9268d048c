"""A later time offered beside a no to "now" (issue 12, set 175): to "Voitko siivota
kokoushuoneen nyt heti?" the step's answers say no ("anteeksi, nyt en ehdi"); a learner who
adds when they can come ("…, tulen puolen tunnin päästä", "…, mutta tunnin päästä voin",
"…, voin tulla iltapäivällä") says what a polite worker says, both trainers right. Read
only where the question asks a favour of the listener now ("voitko", "ehditkö", "tuletko"
… "nyt"; not "Voiko tätä jogurttia myydä?"), beside an accepted answer that says no, and
the offer is a clause of the learner's own, the favour's deed or coming, doing, being able,
with no no of its own and a later time in it (review239: not "mä meen tauolle …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from valkky.judge import finnish
from valkky.judge.case import Case, normalised
from valkky.judge.polarity import says_no
from valkky.judge.wordsets import LATER_TIMES, TIME_POSTPOSITIONS

_NOW = frozenset({"nyt", "heti", "tänään"})
# a favour asked of the listener: "voitko", "ehditkö", "pystytkö", "tuletko", "autatko"
_FAVOURS = frozenset({"voida", "ehtiä", "pystyä", "tulla", "auttaa", "jaksaa"})
# …and what the learner may offer to do later, beside the favour's own deed
_OFFERS = _FAVOURS | frozenset({"tehdä", "hoitaa"})
_JOINS = frozenset({"mutta", "mut", "ja", "sitten", "niin"})


def a_later_offer(c: Case, said: Sequence[str], rest: Sequence[str]) -> bool:
    """``rest``, said beside ``said`` (the words of an accepted answer that says no), offers
    a later time to a favour asked of now (module doc): a verb of the learner's own, the
    favour's deed or coming or doing ("siivoan", "tulen", "voin"; not "meen tauolle")."""
    if not says_no(said) or not (deeds := _a_favour_asked_now(c.situation)):
        return False
    words = list(rest)
    while words and words[0] in _JOINS:
        words = words[1:]
    return bool(words) and not says_no(words) and any(
        finnish.base_forms(w) & (deeds | _OFFERS) and
        any(p == "1" for p, _ in finnish.persons(w)) for w in words) and any(
        w in TIME_POSTPOSITIONS or finnish.base_forms(w) & LATER_TIMES for w in words)


def offered_later(c: Case) -> bool:
    """The answer's last comma part offers a later time after a no said before it ("en ehdi
    nyt, voin tulla iltapäivällä"): the yes in it is of later, no yes of now."""
    parts = [normalised(p).split() for p in c.written.split(",")]
    before = [w for p in parts[:-1] for w in p]
    return len(parts) > 1 and a_later_offer(c, before, parts[-1])


@lru_cache(maxsize=1024)
def _a_favour_asked_now(situation: str) -> frozenset[str]:
    """The deeds (base forms) of the question that asks a favour of the listener now
    ("Voitko siivota kokoushuoneen nyt heti?": siivota, voida; not "Voiko tätä jogurttia
    myydä?", no one asked), else none; the question is the situation's last sentence
    that asks."""
    asked = [q for q in re.split(r"(?<=[.!?])\s+", situation) if q.rstrip().endswith("?")]
    words = normalised(asked[-1] if asked else situation).split()
    if _NOW.isdisjoint(words) or not any(
            w.endswith(("ko", "kö")) and finnish.base_forms(w) & _FAVOURS and
            any(p == "2" for p, _ in finnish.persons(w)) for w in words):
        return frozenset()
    return frozenset(b for w in words if finnish.is_verb(w) for b in finnish.base_forms(w))
