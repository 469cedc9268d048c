"""A short answer that keeps the question's no (set 14): "Mitä et saa käyttää töissä?" –
"ei koruja". The thing is a right answer by itself, and an accepted answer says no of it
("en saa käyttää koruja"): the "ei" echoes the question, it reverses nothing.

Only where that answer's no is about the thing (issue 12): one clause, its no not an
interjection before a clause that says yes ("ei, se on vanha"), not "ilman" or "älä
unohda" (which say to use it), and no accepted answer that says yes of the thing
("käytän suojalaseja"). Else "ei suojalaseja" would be right where the learner should use
them.
"""

from __future__ import annotations

from valkky.judge import finnish
from valkky.judge.accepted import shape_of
from valkky.judge.case import Case, Judgement
from valkky.judge.polarity import clauses
from valkky.judge.rules import judged_as

_MOST = 2  # words after the "ei": a thing, with a word that says which or whose
# an "ei" that says no of the thing, not an interjection before a clause that says yes
_POSITIVE_OLLA = frozenset({"on", "ovat", "olen", "olet", "olemme", "olette", "oli", "olivat"})
# a no that asks to use the thing: "en mene ilman kypärää", "älä unohda suojalaseja"
_NO_OF_GOING_WITHOUT = frozenset({"ilman", "vailla", "unohtaa"})


def no_and_the_thing(c: Case) -> Judgement | None:
    """"ei" and a right answer of a word or two without a verb, where an accepted answer
    says no of that thing in one clause and none says yes of it: right."""
    words = c.words
    if not 2 <= len(words) <= _MOST + 1 or words[0] != "ei" or not c.negative or \
            any(finnish.is_verb(w) or w == "ei" for w in words[1:]):
        return None
    rest = words[1:]
    if not any(_says_no_of(written, n, rest) for written, n in c.accepted) or \
            any(_says_yes_of(n, rest) for _, n in c.accepted):
        return None
    j = judged_as(c, rest)
    c.note(f"ei, then '{' '.join(rest)}': {j.verdict}")
    return c.judgement("correct", closest=j.closest) if j.verdict == "correct" else None


def _bases(words: list[str] | tuple[str, ...]) -> set[str]:
    return {b for w in words for b in (finnish.base_forms(w) or {w})}


def _says_no_of(written: str, norm: str, thing: list[str]) -> bool:
    shape = shape_of(norm)
    if not shape.negative or not set(thing) <= shape.wordset or "," in written or ";" in written:
        return False
    if not _POSITIVE_OLLA.isdisjoint(shape.words) or \
            not _NO_OF_GOING_WITHOUT.isdisjoint(_bases(shape.words)):
        return False
    said = clauses(shape.words)
    return len(said) == 1 and said[0][0]


def _says_yes_of(norm: str, thing: list[str]) -> bool:
    """An accepted answer without a no that names the thing and says more of it
    ("käytän suojalaseja", "suojalasit päähän"; not "suojalaseja" by itself)."""
    shape = shape_of(norm)
    if shape.negative:
        return False
    own = _bases(thing)
    return bool(own & _bases(shape.words)) and not _bases(shape.words) <= own
