"""A no, then the same deed said with a yes in one answer (issue 12, judge48): what the
yes after it says of the no.

- ``contradiction``: the yes takes the no back — no subject of its own (or the no's own, a
  pronoun of the no's person), the verb in the no's person, no question (-ko, -kö), and
  every other word the no's own as said (surface form, not base form: "yhdessä" is no
  "yksin"), a pronoun standing in for its thing, or a word that adds no claim ("kyllä",
  "silti", "heti"): "ei ole, kyllä on", "renkaat eivät ole kunnossa, renkaat ovat
  kunnossa", "en käynnistä sitä, sitten käynnistän";
- ``conditioned``: so, but only once a condition is met ("en käytä sitä, käytän sitä kun se
  on korjattu"; "en käynnistä sitä ennen kuin korjaaja sanoo, sitten käynnistän");
- ``other``: another's deed ("en korjaa sitä, esimies korjaa sen"), a question ("en
  pääse, pääsetkö sinä"), another person, or words of its own ("en tule tänään, tulen
  huomenna", "en nostanut yksin, nostin yhdessä"): no yes to the no.

Pure: words in, a reading out; the rules (rules.contradicted, rules.denied_said_yes) judge.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from valkky.judge import finnish, lexicon
from valkky.judge.carry_on import mended_by_another
from valkky.judge.clause_reader import part_starts
from valkky.judge.normalise import normalise
from valkky.judge.polarity import MAIN_JOINS, NEGATIVE_JOINS
from valkky.judge.wordsets import (
    CARRY_ON,
    CONDITION_WORDS,
    GO_AHEAD,
    NEGATIONS,
    PRONOUN_PERSONS,
    STAND_INS,
)

# the person and number of each negative verb; "ei" is also the spoken plural ("renkaat
# ei oo kunnossa") and the passive's ("ei mennä"): any third person or the passive
_NO_PERSONS: dict[str, frozenset[tuple[str, str]]] = {
    "en": frozenset({("1", "singular")}), "enkä": frozenset({("1", "singular")}),
    "et": frozenset({("2", "singular")}), "etkä": frozenset({("2", "singular")}),
    "emme": frozenset({("1", "plural")}), "emmekä": frozenset({("1", "plural")}),
    "ette": frozenset({("2", "plural")}), "ettekä": frozenset({("2", "plural")}),
    "eivät": frozenset({("3", "plural")}), "eivätkä": frozenset({("3", "plural")}),
}
# a past participle, the no's form of a past ("en nostanut", "ei loukkaantunut")
_PARTICIPLE = re.compile(r"(?:[nlrst][uy]t)$")
_THIRD = frozenset({("3", "singular"), ("3", "plural"), ("4", "")})

# words that add no claim of their own to a yes said again: a yes, a "but", an "anyway",
# a "now"
_NO_CLAIM = frozenset({"kyllä", "joo", "juu", "niin", "mutta", "silti", "kuitenkin",
                       "sittenkin", "heti", "nyt", "taas", "vaan", "vain", "sitten", "no",
                       "ja", "tietysti", "tietenkin"})
# a yes that begins a clause of its own where no comma is written ("ei ole kyllä on")
_A_YES = frozenset({"kyllä", "kyl", "joo", "juu"})
# where a yes said again becomes a yes only once something is so
_CONDITIONS = CONDITION_WORDS | {"kunhan"}
# …and a no that lasts only till then: "en käytä sitä ennen kuin …", "… kunnes …"
_TILL = frozenset({"kunnes"})
# the repairer's go-ahead: "kun korjaaja sanoo", "kun huolto on valmis"
_REPAIRERS = lexicon.get().repairers  # (lessons/lexicon/people.yaml)
# …those a compound may end in (a word of seven letters or more: "laitekorjaaja"), in order
_COMPOUND_REPAIRERS = tuple(sorted(r for r in _REPAIRERS if len(r) >= 7))
# the deeds a broken or serviced thing waits with: using, going on, starting, driving
USING = CARRY_ON | {"käynnistää", "ajaa", "kytkeä"}  # (not "laittaa": a hand too)


@dataclass(frozen=True)
class YesAfterNo:
    """A learner's no (its clause ``no``) and the same verb said with a yes after it
    (``yes``: its clause, up to its condition), read as ``kind``; ``condition`` the words
    of the condition the yes waits for (empty where there is none)."""

    kind: str  # "contradiction", "conditioned" or "other"
    no: tuple[str, ...]
    yes: tuple[str, ...]
    condition: tuple[str, ...] = ()
    rest: tuple[str, ...] = ()  # the answer without the yes and its condition
    why: str = ""  # for "other": "asks", "person" or "own words"
    own: tuple[str, ...] = ()  # the yes's words of its own
    verbs: frozenset[str] = frozenset()  # the no's verbs, by base form


def said_parts(written: str) -> tuple[list[str], frozenset[int]]:
    """The answer as said (normalised, not read into the lexicon's other words: "en tule"
    stays, where the lexicon says "en pääse", and "en saa" stays the learner's, where it
    reads "ei saa"), and where each part after a comma or a full stop begins."""
    words = normalise(written).split()
    return words, part_starts(written, lambda p: normalise(p).split(), len(words))


def parts(words: Sequence[str], commas: frozenset[int] = frozenset()) -> list[list[str]]:
    """``words`` cut into main clauses: at a comma (``commas``: the indexes that begin a
    part) or a main join ("ja", "mutta"), not before a condition ("…, kun se on
    korjattu" stays with its clause)."""
    out: list[list[str]] = [[]]
    for i, w in enumerate(words):
        cut = (i in commas and w not in _CONDITIONS | _TILL | {"ennen", "vasta"}) or \
            w in MAIN_JOINS or w in NEGATIVE_JOINS or \
            (w in _A_YES and _a_no_with_its_verb(out[-1]))  # "ei ole kyllä on", spoken
        if cut and out[-1]:
            out.append([])
        if w not in MAIN_JOINS:
            out[-1].append(w)
    return [p for p in out if p]


def _a_no_with_its_verb(part: Sequence[str]) -> bool:
    """``part`` says a no and a verb after it ("ei ole", not "en" alone: "en kyllä mene")."""
    at = next((i for i, w in enumerate(part) if w in NEGATIONS), None)
    return at is not None and any(finnish.is_verb(w) or _PARTICIPLE.search(w)
                                  for w in part[at + 1:])


def _a_manner(word: str) -> bool:
    """An adverb of manner ("nopeasti", "varovasti"): how the deed is done, no other deed."""
    return word.endswith("sti") and "laatusana" in finnish.word_classes(word)


def yes_after_no(words: Sequence[str], commas: frozenset[int] = frozenset()
                 ) -> YesAfterNo | None:
    """The first learner's no in ``words`` whose verb is said again with a yes in a later
    clause, or whose no lasts only till a condition ("ennen kuin", "kunnes"): how that yes
    reads; None where there is none."""
    clauses = parts(words, commas)
    for k, clause in enumerate(clauses):
        no = _no_of(clause)
        if no is None:
            continue
        at, persons = no
        head, till = _till(clause)
        verbs = {b for w in head[at + 1:] if finnish.is_verb(w) or _PARTICIPLE.search(w)
                 for b in finnish.base_forms(w)}
        if not verbs:
            continue
        for j in range(k + 1, len(clauses)):
            if (read := _read_yes(head, at, persons, verbs, clauses[j], till)) is not None:
                rest = [w for m, p in enumerate(clauses) if m != j
                        for w in (head if m == k else p)]
                if read.kind == "conditioned" and j + 1 < len(clauses):
                    # more said after the condition ("… kun se on korjattu tai kun on
                    # kiire"): it may take the condition back, so no mending is read
                    return replace(read, kind="other", why="more after", rest=tuple(rest),
                                   verbs=frozenset(verbs))
                return replace(read, rest=tuple(rest), verbs=frozenset(verbs))
        if till:
            rest = [w for m, p in enumerate(clauses) for w in (head if m == k else p)]
            return YesAfterNo("conditioned", tuple(head), (), tuple(till), tuple(rest),
                              verbs=frozenset(verbs))
    return None


def _no_of(clause: list[str]) -> tuple[int, frozenset[tuple[str, str]]] | None:
    """Where the clause's negative verb is, and the persons its yes may be in."""
    for i, w in enumerate(clause):
        if w in NEGATIONS and w not in {"älä", "älkää"}:
            return i, _NO_PERSONS.get(w, _THIRD)
    return None


def _till(clause: list[str]) -> tuple[list[str], list[str]]:
    """The no's clause cut where its no ends: before "ennen kuin", "kunnes" (the words of
    that condition second)."""
    for i, w in enumerate(clause):
        if w in _TILL or (w == "ennen" and clause[i + 1:i + 2] == ["kuin"]):
            return clause[:i], clause[i + (1 if w in _TILL else 2):]
    return clause, []


def _read_yes(no: list[str], at: int, persons: frozenset[tuple[str, str]], verbs: set[str],
              clause: list[str], till: list[str]) -> YesAfterNo | None:
    """How ``clause`` reads after the no ``no`` (its negative verb at ``at``), or None where
    it says none of the no's verbs with a yes."""
    cut = next((i for i, w in enumerate(clause) if w in _CONDITIONS), len(clause))
    main, condition = clause[:cut], clause[cut + 1:]
    if any(w in NEGATIONS for w in main):
        return None  # a no of its own
    said = [i for i, w in enumerate(main) if finnish.persons(w)
            and finnish.base_forms(w) & verbs]
    if not said:
        return None
    verb = main[said[0]]
    no_words = {w for w in no if w not in NEGATIONS}
    subjects = {p for p, pn in PRONOUN_PERSONS.items() if pn in persons}
    manner_said = any(map(_a_manner, no))  # "en aja nopeasti, ajan hitaasti": the manner's no
    own = [w for i, w in enumerate(main) if i != said[0] and w not in no_words
           and w not in _NO_CLAIM and w not in STAND_INS and w not in subjects
           and w != "vasta" and (manner_said or not _a_manner(w))]
    asks = any(w.endswith(("ko", "kö", "kos", "kös")) and finnish.is_verb(w) for w in main)
    if asks or own or not (finnish.persons(verb) & persons):
        why = "asks" if asks else "person" if not finnish.persons(verb) & persons else \
            "own words"
        return YesAfterNo("other", tuple(no), tuple(main), why=why, own=tuple(own))
    if condition:
        return YesAfterNo("conditioned", tuple(no), tuple(main), tuple(condition))
    if till:  # "en käynnistä sitä ennen kuin korjaaja sanoo, sitten käynnistän"
        return YesAfterNo("conditioned", tuple(no), tuple(main), tuple(till))
    return YesAfterNo("contradiction", tuple(no), tuple(main))


def a_guarded_deed(verbs: Sequence[str] | frozenset[str], broken: bool) -> bool:
    """The deed a mending lets: using or going on with a thing, where the step names
    something broken (``broken``), or starting a machine (one under service too); not
    "annan lääkettä kun se on korjattu", "menen töihin kun …"."""
    verbs = frozenset(verbs)
    return (bool(verbs & USING) and broken) or "käynnistää" in verbs


def waits_for_a_mending(read: YesAfterNo, broken: bool) -> bool:
    """The safe gate: the yes is a guarded deed (``a_guarded_deed``) said only once the
    safe condition is met (``safe_condition``): it waits as the no does."""
    return read.kind == "conditioned" and a_guarded_deed(read.verbs, broken) and \
        safe_condition(list(read.condition))


def safe_condition(condition: list[str]) -> bool:
    """A mending by someone safe to mend ("se on korjattu", "huolto korjaa sen", "se on
    kunnossa"), the repairer's go-ahead ("korjaaja sanoo", "huolto on valmis", "korjaaja
    antaa luvan"), or a service tag taken off ("kun huoltolappu on otettu pois"); not a
    haste, a chance, a permission of anyone else ("kun kiire", "jos esimies ei näe", "kun
    esimies tulee"), a promise or a thing given ("korjaaja lupaa", "huolto antaa
    työkalut"), nothing still to be done ("on valmis korjaamaan"), no no in it."""
    if not condition or any(w in NEGATIONS for w in condition) or \
            any(p in {"1", "2"} for w in condition for p, _ in finnish.persons(w)):
        return False  # (the learner's own: "kun otan lapun pois")
    if not _OPINION.isdisjoint(condition):
        return False  # "kun se on mielestäni kunnossa": the learner's own judgement
    if not _by_a_safe_hand(condition):
        return False  # "kun työkaveri korjaa sen": no safer than "korjaan sen itse"
    if _not_done_yet(condition):
        return False  # "kun huoltomies on valmis korjaamaan", "… lupaa korjata sen"
    if mended_by_another(condition) or _tag_taken_off(condition):
        return True
    bases = [finnish.base_forms(w) | {w} for w in condition]
    at = next((i for i, b in enumerate(bases) if b & GO_AHEAD and not (
        "lupa" in b and finnish.persons(condition[i]))), None)  # (not "lupaa", a promise)
    return at is not None and any(a_repairer(w) and _a_doer(w) for w in condition) and \
        "että" not in condition and all(w in STAND_INS for w in condition[at + 1:])


def _not_done_yet(condition: list[str]) -> bool:
    """An infinitive after the condition's verb: the deed is still to come ("on valmis
    korjaamaan", "lupaa korjata")."""
    verbs = [i for i, w in enumerate(condition) if finnish.persons(w)]
    return bool(verbs) and any(
        finnish.is_verb(w) and not finnish.persons(w) - {("4", "")} and not
        _ACTIVE_PAST.search(w) and w.endswith(("a", "ä", "maan", "mään"))
        for w in condition[verbs[0] + 1:])


@lru_cache(maxsize=8192)
def a_repairer(word: str) -> bool:
    """``word`` names one whose trade is mending ("korjaaja", "huolto", "sähkömies"), also
    as the end of a compound ("sähköasentaja", "laitekorjaaja"; judge52). Once per word:
    every word of a step's answers is asked at every answer (repairers_deed)."""
    bases = finnish.base_forms(word) | {word}
    return bool(bases & _REPAIRERS) or any(b.endswith(_COMPOUND_REPAIRERS) for b in bases)


# an active past participle ("on korjannut", "on poistanut"): someone did it
_ACTIVE_PAST = re.compile(r"(?:n|ll|rr|ss)[uy]t$")


def _by_a_safe_hand(condition: list[str]) -> bool:
    """Whoever the condition says does the deed is a repairer: a deed in the third person
    or an active past participle ("kun työkaveri on korjannut sen", "kun joku korjaa sen")
    needs one named; a passive or a state needs none ("se on korjattu", "se on kunnossa")."""
    active = any(p == "3" for w in condition if "olla" not in finnish.base_forms(w)
                 for p, _ in finnish.persons(w)) or any(
        _ACTIVE_PAST.search(w) and not finnish.persons(w) for w in condition)
    return not active or any(map(a_repairer, condition))


_TAGS = ("lappu", "kyltti")  # a service tag or sign that keeps a machine off
_OFF = frozenset({"pois", "poistaa", "irrottaa"})


def _tag_taken_off(condition: list[str]) -> bool:
    """A service tag taken off, in the passive or by a repairer ("kun huoltolappu on otettu
    pois", "… on poistettu", "kun lappu on pois"): the go-ahead to start; not torn off nor
    thrown away ("revitty pois", "heitetty pois": tampering with it)."""
    bases = {b for w in condition for b in finnish.base_forms(w) | {w}}
    return any(b.endswith(_TAGS) for b in bases) and bool(bases & _OFF) and \
        _TAMPERING.isdisjoint(bases)


# what the learner thinks is no mending ("kun se on mielestäni kunnossa")
_OPINION = frozenset({"mielestäni", "mielestämme", "minusta", "meistä", "musta", "mun",
                      "mielestä"})
# a tag torn off or thrown away is tampered with, not taken off by the service
_TAMPERING = frozenset({"repiä", "heittää", "revitty", "heitetty", "riuhtaista", "vetää"})


def _a_doer(word: str) -> bool:
    """``word`` can be the subject: read in the nominative ("korjaaja sanoo"; not the
    genitive of "korjaajan tauko")."""
    return any(a.get("SIJAMUOTO") == "nimento" for a in finnish.analyses(word))
