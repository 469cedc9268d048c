"""A deed wrong wherever it goes: where a step's wrong mistakes name one thing moved to three
places or more ("nostin hänet sänkyyn", "…tuoliin", "…pyörätuoliin": a fallen resident is
not moved before the nurse has seen her, wherever to), the lesson forbids the deed, not the
place, and the deed said with another place is that mistake too ("kannoin hänet sohvalle";
issue 12, SAFETY). Read by the mistake said beside an answer (``rules``) and the deed said
in an open answer (``open_deeds``)."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

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


class AnyPlace(NamedTuple):
    """A step's deed wrong wherever it goes: the places its mistakes name (normalised, as
    written), and where they move the thing with three verbs or more, every verb of
    moving (``MOVING``, with theirs): the deed, not the verb, is what is wrong."""

    places: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()


@lru_cache(maxsize=sizes.STEPS)
def of_no_matter(wrong: tuple[str, ...]) -> AnyPlace:
    """The ``wrong`` mistakes that move one thing, said with the same words but their
    verbs, to three places or more (by their base forms: "käteen" and "kädelle" are one;
    two may be one place in other words, "hanskat käteen", "hanskat päälle")."""
    places: dict[frozenset[str], set[str]] = {}
    verbs: dict[frozenset[str], set[str]] = {}
    for m in wrong:
        words = normalised(m).split()
        said = [w for w in words if a_place(w)]
        thing = frozenset(w for w in words if w not in said and w not in FRAME_WORDS
                          and w not in SUBJECT_PRONOUNS and not finnish.is_verb(w))
        if len(said) == 1 and thing and NEGATIONS.isdisjoint(words) and to_a_place(said[0]):
            places.setdefault(thing, set()).add(said[0])
            verbs.setdefault(thing, set()).update(
                b for w in words if finnish.is_verb(w) for b in finnish.base_forms(w))
    kept = [t for t, ps in places.items() if len({min(finnish.base_forms(p) or {p})
                                                  for p in ps}) > 2]
    return AnyPlace(frozenset(p for t in kept for p in places[t]), frozenset(
        v for t in kept if len(verbs[t]) > 2 for v in (*verbs[t], *MOVING)))


def places_of_no_matter(wrong: tuple[str, ...]) -> frozenset[str]:
    """``of_no_matter``'s places."""
    return of_no_matter(wrong).places


# verbs that move a person or a thing somewhere ("talutin hänet sänkyyn"; review140)
MOVING = frozenset({"nostaa", "kantaa", "siirtää", "laittaa", "panna", "auttaa", "taluttaa",
                    "viedä", "tuoda", "kuljettaa", "vetää", "raahata", "kammeta"})


# where to (a thing moved: "sänkyyn", "tuolille"; not where it is, "kädessä", which a
# mistake may say of the same place as "käteen")
_TO = finnish.PLACE_CASES[0]
