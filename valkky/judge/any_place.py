"""A deed wrong wherever it goes: where a step's wrong mistakes name one thing moved to three
places or more ("nostin hänet sänkyyn", "…tuoliin", "…pyörätuoliin": a fallen resident is
not moved before the nurse has seen her, wherever to), the lesson forbids the deed, not the
place, and the deed said with another place is that mistake too ("kannoin hänet sohvalle";
issue 12, SAFETY). Read by the mistake said beside an answer (``rules``) and the deed said
in an open answer (``open_deeds``)."""

from __future__ import annotations

from functools import lru_cache

from valkky.judge import finnish, sizes
from valkky.judge.case import normalised
from valkky.judge.wordsets import FRAME_WORDS, NEGATIONS, SUBJECT_PRONOUNS

# the cases of a place a thing is in, comes from or goes to (not the adessive: a means too)
_WHERE = finnish.LOCAL_CASES - {"ulkoolento"}


def a_place(word: str) -> bool:
    """A noun in a case of place, in every reading ("pukuhuoneesta", "konttiin")."""
    found = finnish.analyses(word)
    return bool(found) and all(a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") in _WHERE
                               for a in found)


def to_a_place(word: str) -> bool:
    """A noun of a place a thing goes to ("sänkyyn", "sohvalle")."""
    return a_place(word) and bool(finnish.cases(word) & _TO)


@lru_cache(maxsize=sizes.STEPS)
def places_of_no_matter(wrong: tuple[str, ...]) -> frozenset[str]:
    """The places (as written in the mistakes, normalised) of the ``wrong`` mistakes that
    move one thing, said with the same words but their verbs, to three places or more (by
    their base forms: "käteen" and "kädelle" are one; two may be one place in other words,
    "hanskat käteen", "hanskat päälle"): any place stands for them."""
    by_thing: dict[frozenset[str], set[str]] = {}
    for m in wrong:
        words = normalised(m).split()
        places = [w for w in words if a_place(w)]
        thing = frozenset(w for w in words if w not in places and w not in FRAME_WORDS
                          and w not in SUBJECT_PRONOUNS and not finnish.is_verb(w))
        if len(places) == 1 and thing and NEGATIONS.isdisjoint(words) and \
                to_a_place(places[0]):
            by_thing.setdefault(thing, set()).add(places[0])
    return frozenset(p for places in by_thing.values() if len(
        {min(finnish.base_forms(p) or {p}) for p in places}) > 2 for p in places)


# where to (a thing moved: "sänkyyn", "tuolille"; not where it is, "kädessä", which a
# mistake may say of the same place as "käteen")
_TO = frozenset({"sisatulento", "ulkotulento"})
