"""A short answer that keeps the question's no (set 14): "Mitä et saa käyttää töissä?" –
"ei koruja". The thing is a right answer by itself, and an accepted answer says no of it
("en saa käyttää koruja"): the "ei" echoes the question, it reverses nothing.
"""

from __future__ import annotations

from valkky.judge import finnish
from valkky.judge.accepted import shape_of
from valkky.judge.case import Case, Judgement
from valkky.judge.rules import judged_as

_MOST = 2  # words after the "ei": a thing, with a word that says which or whose


def no_and_the_thing(c: Case) -> Judgement | None:
    """"ei" and a right answer of a word or two without a verb, where an accepted answer
    that says no names that thing: right."""
    words = c.words
    if not 2 <= len(words) <= _MOST + 1 or words[0] != "ei" or not c.negative or \
            any("teonsana" in finnish.word_classes(w) or w == "ei" for w in words[1:]):
        return None
    rest = words[1:]
    if not any(shape_of(n).negative and set(rest) <= shape_of(n).wordset
               for _, n in c.accepted):
        return None
    j = judged_as(c, rest)
    c.note(f"ei, then '{' '.join(rest)}': {j.verdict}")
    return c.judgement("correct", closest=j.closest) if j.verdict == "correct" else None
