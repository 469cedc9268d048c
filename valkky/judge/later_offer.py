"""A later time offered beside a no to "now" (issue 12, set 175): to "Voitko siivota
kokoushuoneen nyt heti?" the step's answers say no ("anteeksi, nyt en ehdi"); a learner who
adds when they can come ("…, tulen puolen tunnin päästä", "…, mutta tunnin päästä voin",
"…, voin tulla iltapäivällä") says what a polite worker says, both trainers right. Read
only where the question asks a favour of now ("voitko", "ehditkö", "tuletko" … "nyt") and
every accepted answer says no, and the offer is a clause of the learner's own with no no of
its own and a later time in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from valkky.judge import finnish
from valkky.judge.case import Case, normalised
from valkky.judge.polarity import says_no
from valkky.judge.wordsets import LATER, TIME_POSTPOSITIONS, WHEN_WORDS

_NOW = frozenset({"nyt", "heti", "tänään"})
# a later time by itself (not "heti", "nyt", "tänään": the time the question asks of)
_LATER_WORDS = (WHEN_WORDS | LATER | frozenset({"pian", "kohta", "iltapäivä", "ilta"})) - _NOW
# a favour asked: "voitko", "ehditkö", "pystytkö", "tuletko", "autatko", "jaksatko"
_FAVOURS = frozenset({"voida", "ehtiä", "pystyä", "tulla", "auttaa", "jaksaa"})
_JOINS = frozenset({"mutta", "mut", "ja", "sitten", "niin"})


def a_later_offer(c: Case, said: Sequence[str], rest: Sequence[str]) -> bool:
    """``rest``, said beside ``said`` (the words of an accepted answer that says no), offers
    a later time to a favour asked of now (module doc)."""
    if not says_no(said) or not _asks_a_favour_now(c.situation):
        return False
    words = list(rest)
    while words and words[0] in _JOINS:
        words = words[1:]
    return bool(words) and not says_no(words) and any(
        p == "1" for w in words for p, _ in finnish.persons(w)) and any(
        w in TIME_POSTPOSITIONS or finnish.base_forms(w) & _LATER_WORDS for w in words)


def offered_later(c: Case) -> bool:
    """The answer's last comma part offers a later time after a no said before it ("en ehdi
    nyt, voin tulla iltapäivällä"): the yes in it is of later, no yes of now."""
    parts = [normalised(p).split() for p in c.written.split(",")]
    before = [w for p in parts[:-1] for w in p]
    return len(parts) > 1 and a_later_offer(c, before, parts[-1])


@lru_cache(maxsize=1024)
def _asks_a_favour_now(question: str) -> bool:
    """``question`` asks a favour ("voitko", "ehditkö"…) of now ("nyt", "heti", "tänään")."""
    words = normalised(question).split()
    return not _NOW.isdisjoint(words) and any(
        w.endswith(("ko", "kö")) and finnish.base_forms(w) & _FAVOURS for w in words)
