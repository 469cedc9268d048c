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

import re
from functools import lru_cache

from valkky.judge import finnish
from valkky.judge.accepted import shape_of
from valkky.judge.case import Case, Judgement, normalised
from valkky.judge.polarity import WITHOUT, clauses, finite_yes, no_on, says_no
from valkky.judge.rules import judged_as
from valkky.judge.wordsets import COPULA, FRAME_WORDS, NEGATIONS

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


_PARTS = re.compile(r"[,.;!?]")


def no_of_a_yes(c: Case) -> Judgement | None:
    """A no on a thing that a part of an accepted answer says yes of, with the same verb if
    the no has one, where no part that says no names it: "en käytä suojalaseja", "ilman
    suojalaseja" beside "en käytä käsineitä, käytän suojalaseja" (the opposite, not a start
    of it); or a bare no on the verb the learner has just said with a yes ("käytän
    suojalaseja en käytä"), not "olla". Wrong. A foreseen mistake said keeps its verdict."""
    heard = set(c.words)
    if NEGATIONS.isdisjoint(heard) and WITHOUT.isdisjoint(heard):
        return None
    if c.open_question or any(set(normalised(m).split()) <= heard
                              for m in (*c.mistakes, *c.options)):
        return None  # a foreseen mistake said: the rule "mistake" names it
    denied = _denied(c.words)
    if not denied:
        return None
    # where every accepted answer says yes, the rule "opposite" judges a no
    some_no = any(says_no(n.split()) for _, n in c.accepted)
    for scope in denied:
        things = _bases([w for w in scope if _a_thing(w)])
        verbs = _bases([w for w in scope if finnish.is_verb(w)])
        if things:  # (the parts are normalised anew: only where a thing is denied)
            yes, no = parts_said(tuple(c.accepted))
            things -= no
        if some_no and things and any(things & said and (not verbs or verbs & said)
                                      for said in yes):
            c.note(f"no on '{' '.join(scope)}', which an accepted answer says yes of")
            return c.judgement("wrong", "negation")
        # (not "olla": "ei ole ja kyllä on" is for the step's foreseen mistakes to judge)
        if not things and (turned := (verbs - COPULA) & _said_yes(c.words)) and \
                not any(turned & _bases(n.split()) for _, n in c.accepted
                        if says_no(n.split())):
            c.note(f"no on '{' '.join(scope)}', just said with a yes")  # (not a no an
            return c.judgement("wrong", "negation")  # answer says itself: "en löydä
            # teetä. Mistä löydän sen?" beside "en löydä teetä, missä se on"; set 217)
    return None


def _a_thing(w: str) -> bool:
    """A noun, and nothing else Voikko reads it as that would say no thing ("pakasta",
    "mitä")."""
    classes = finnish.word_classes(w)
    return w not in FRAME_WORDS and "nimisana" in classes and \
        not classes & {"teonsana", "asemosana"}


def _denied(words: list[str]) -> list[list[str]]:
    """The words each no of the answer is on: from a negative verb to the end of its
    clause (``no_on``), from "ilman" or "vailla" to a verb; either to a conjunction ("älä
    anna autoa vaan kerro…"). Not "ilman muuta" (of course), nor a no on its own before a
    clause that says yes ("ei reiän mitta puuttuu")."""
    scopes: list[list[str]] = []
    on = no_on(words)
    is_open = without = False
    verb_seen = False  # the no's own verb: a verb after it not an infinitive starts a
    for i, w in enumerate(words):  # clause of its own ("älä korjaa sitä | ilmoita…")
        if w in NEGATIONS and i + 1 < len(words) and finite_yes(words[i + 1]):
            is_open = False  # "ei, käytän suojalaseja": a no on its own
        elif w in NEGATIONS or (w in WITHOUT and words[i + 1:i + 2] != ["muuta"]):
            scopes.append([])
            is_open, without, verb_seen = True, w in WITHOUT, False
        elif not is_open:
            continue
        elif "sidesana" in finnish.word_classes(w) or (finnish.is_verb(w) and (
                without or (verb_seen and not _infinitive(w)))):
            is_open = False
        elif not without and not on[i]:
            is_open = False
            if finite_yes(w):
                scopes[-1] = []  # the no was an interjection: what follows says yes
        else:
            scopes[-1].append(w)
            verb_seen = verb_seen or finnish.is_verb(w)
    return [s for s in scopes if s]


def _infinitive(w: str) -> bool:
    """Voikko reads the word as an infinitive ("käyttää" of "en voi käyttää")."""
    return any("infinitive" in (a.get("MOOD") or "") for a in finnish.analyses(w))


def _said_yes(words: list[str]) -> set[str]:
    """The base forms of the verbs the answer says with no no on them (only words that
    are nothing but a verb: "pakastin" is also a noun)."""
    return {b for w, on in zip(words, no_on(words), strict=True)
            if not on and finnish.only_a_verb(w) for b in finnish.base_forms(w)}




@lru_cache(maxsize=1024)
def parts_said(accepted: tuple[tuple[str, str], ...]
               ) -> tuple[tuple[frozenset[str], ...], frozenset[str]]:
    """The base forms of the words of each part of the accepted answers that says yes (a
    comma ends a part: "en käytä käsineitä, käytän suojalaseja"), and of the things the
    parts that say no name (all their things: which the no is on, speech does not show)."""
    yes: list[frozenset[str]] = []
    no: set[str] = set()
    for written, _ in accepted:
        for part in _PARTS.split(written):
            words = normalised(part).split()
            if says_no(words):
                no |= _bases([w for w in words if _a_thing(w)])
            elif words:
                yes.append(frozenset(_bases([w for w in words if w not in FRAME_WORDS])))
    return tuple(yes), frozenset(no)
