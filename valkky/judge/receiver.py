"""A report told to someone the step does not name (issue 12, judge49): where a step
accepts a bare "ilmoitan" (or "pysäytän koneen ja ilmoitan") beside fuller answers that
name who is told ("ilmoitan esimiehelle"), the rules that pass an accepted answer with a
word more passed "ilmoitan työkaverille" and "ilmoitan vaimolle" as right. The bare verb
means: tell the one the step names; telling another is another meaning.

``told_another``: the first person a verb of telling in the answer tells (an allative
within a few words after it, or just before it: "ilmoitan heti työkaverille", "kerron
siitä asiakkaalle", "työkaverille ilmoitan") who is a workmate (the lexicon's group of
"työkaveri": työtoveri, kollega, kaveri) or someone outside the work (``OUTSIDERS``),
where the step's accepted answers tell someone and never that one, and the answer tells
none of the step's own. A workmate is almost: the trainers' own verdict ("kerron
työkaverille: Melkein! Kerro esimiehelle."), the report stays at work. Anyone else (a
customer, a friend, the family) is wrong: the report never reaches the work
("asiakkaalle: Ei. Tapaturmasta ilmoitetaan esimiehelle."). A person neither names
(lääkäri, vartija, hoitaja) may be the right one at that work: left as it was, as are
pronouns ("kerron hänelle") and a verb with a no ("en kerro asiakkaalle, kerron
esimiehelle").

The judge (``verdict._told_another``) takes it only where the answer is that report: the
one told swapped for the step's own makes an accepted answer, and no other clause of it
is a whole accepted deed ("jään kotiin ja kerron vaimolle", "otan sen pois hyllystä ja
sanon asiakkaalle anteeksi" are right: the deed is done, the telling is beside it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from valkky.judge import finnish, lexicon
from valkky.judge.wordsets import ADDRESSED, EVERY_NO, TELLING

OUTSIDERS = frozenset({"asiakas", "ystävä", "vaimo", "mies", "aviomies", "puoliso", "äiti",
                       "isä", "sisko", "sisar", "veli", "lapsi", "naapuri", "perhe",
                       "tyttöystävä", "poikaystävä", "kämppäkaveri"})
_ALLATIVE = "ulkotulento"
_WORKMATE = "työkaveri"
_REACH = 4  # the one told stands at most this many words after the verb ("ilmoitan
# vaarasta heti mun työkaverille")


@dataclass(frozen=True)
class Told:
    at: int  # the word that names the one told
    verdict: str  # almost (a workmate) or wrong (anyone else)


def told_another(words: Sequence[str], accepted: Iterable[Sequence[str]]) -> Told | None:
    """The one the answer ``words`` tells, where the step's ``accepted`` answers tell
    others only (module doc); None where it tells the step's own or no one judged here."""
    own = _receivers(tuple(tuple(a) for a in accepted))
    if not own:
        return None
    if any(finnish.base_forms(w) & own for w in words):
        return None  # the step's own one named, others told beside it or not
    for at, bases in told_in(words):
        if bases & colleagues():
            return Told(at, "almost")
        if bases & OUTSIDERS:
            return Told(at, "wrong")
    return None


def colleagues() -> frozenset[str]:
    """A workmate's names: the lexicon's group of "työkaveri" (one place for them)."""
    return next((frozenset(g) for g in lexicon.get().words if _WORKMATE in g),
                frozenset({_WORKMATE}))


def _receivers(accepted: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The base forms of those the step's accepted answers tell, each alone: one told
    beside another ("kerron työkaverille ja hoitajalle") is no one the step asks for."""
    own: set[str] = set()
    for words in accepted:
        if len(told := list(told_in(words))) == 1:
            own |= told[0][1]
    return frozenset(own)


def told_in(words: Sequence[str]) -> Iterable[tuple[int, frozenset[str]]]:
    """(index, base forms) of each one told: an allative within ``_REACH`` words after a
    verb of telling said without a no, before the next verb or "ja"; or the word just
    before the verb ("työkaverille ilmoitan")."""
    for i, w in enumerate(words):
        if not finnish.base_forms(w) & TELLING or (i and words[i - 1] in EVERY_NO):
            continue
        if i and allative(words[i - 1]) and (i < 2 or words[i - 2] not in EVERY_NO):
            yield i - 1, finnish.base_forms(words[i - 1])
            continue
        for at in range(i + 1, min(i + 1 + _REACH, len(words))):
            after = words[at]
            if after == "ja" and at + 1 < len(words) and allative(words[at + 1]):
                continue  # "kerron työkaverille ja hoitajalle": both told
            if after == "ja" or finnish.only_a_verb(after):
                break
            if allative(after):
                yield at, finnish.base_forms(after)


def allative(word: str) -> bool:
    """``word`` is in the allative (to someone: "Matille")."""
    return any(case == _ALLATIVE for case, _ in finnish.case_numbers(word))


# people and pets by their base form: one's own said with a possessive of "I" ("veljeni",
# "työkaverini") is another who is blamed, not the learner's own thing ("pyyhkeeni";
# fault_again, review65), and a tool named theirs is another than the faulty (carry_on)
_PEOPLE = ADDRESSED | OUTSIDERS | {
    "kollega", "kaveri", "ystävä", "veli", "sisko", "sisar", "vaimo", "mies", "puoliso",
    "äiti", "isä", "lapsi", "poika", "tytär", "vanhempi", "mummo", "mummi", "isoäiti",
    "isoisä", "ukki", "vaari", "pappa", "täti", "setä", "eno", "serkku", "naapuri", "esimies",
    "pomo", "kämppis", "asiakas", "asukas", "potilas", "vieras", "koira", "kissa",
    "lemmikki"}
_AGENT = re.compile(r"[aeiouyäö]j[aä]$")  # "siivooja", "asentaja", "myyjä"


def a_person(word: str) -> bool:
    """``word`` names a person or a pet by its base form (a compound by its last part:
    "työkaverini") or is an agent noun ("siivoojani")."""
    return any(b.endswith(tuple(_PEOPLE)) or _AGENT.search(b) for b in finnish.base_forms(word))
