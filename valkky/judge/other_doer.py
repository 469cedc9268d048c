"""Someone else does what the learner refuses (issue 12, judge52): "en käynnistä konetta,
mutta työkaveri käynnistää sen", "en käytä sitä, kaveri käyttää", "minä en mene, Pekka
menee auton alle". The learner's own no is right, but the danger stays: the machine is
started, the room entered all the same. A trainer says wrong.

Read here, for ``rules.denied_said_yes`` (its owner): a no of the learner's own ("en" and
its verb) and after it another doer — a noun subject ("työkaveri", "Pekka"), "hän", "he",
"joku (muu)" — with a verb in the third person, no no, whose deed is the refused one (its
verb, by base form; "tekee sen/sitä"; "mennä" is the deed unless a -maan infinitive follows:
"en mene sisään, Pekka menee") or a wrong foreseen mistake's deed ("laitan koneen päälle":
"työkaveri laittaa sen päälle"). Not where the doer mends things for a trade ("korjaaja",
"huoltomies": theirs is the deed, ``unsaid.a_repairer``) or the step's answers call or tell
("soitan hoitajalle": "en nosta, hoitaja nostaa") — save a deed of using: the one called
never uses what the learner leaves unused —, nor where the no says "itse"/"yksin"
(only the learner's own hands: "en korjaa sitä itse, sähkömies korjaa sen"), nor where the
other's deed waits for a time ("kun se on korjattu"). Someone else doing another deed ("en
käytä sitä, esimies korjaa sen", "en nosta yksin, työkaveri auttaa") is no part of this.
"""

from __future__ import annotations

from collections.abc import Sequence

from valkky.judge import finnish
from valkky.judge.carry_on import a_subject
from valkky.judge.case import Case, normalised
from valkky.judge.unsaid import USING, a_repairer
from valkky.judge.wordsets import COPULA, EVERY_NO, NEGATIONS, THIRD_PERSONS

# The learner's own no: "en", "enkä" (not "ei": a state, "se ei toimi")
_MY_NO = frozenset({"en", "enkä"})
# Words that keep the no to the learner's own hands
_OWN_HANDS = frozenset({"itse", "yksin"})
# A time the other's deed waits for: "… käynnistää sen kun se on korjattu"
_WAITS = frozenset({"kun", "kunhan", "vasta", "sitten", "ennen", "jälkeen"})
# Modal verbs before the deed: "kaveri saa käynnistää sen"; "mennä" only before a -maan
# infinitive ("menee käynnistämään"), else it is the deed ("en mene sisään, Pekka menee")
_MODALS = frozenset({"saada", "voida", "aikoa", "mennä", "alkaa"})
_GO = frozenset({"mennä"})
# Someone with no name: "joku (muu) käynnistää sen"
_SOMEONE = frozenset({"joku", "jokin"})
_OTHER = frozenset({"muu", "toinen"})
# "tekee sen/sitä": the deed refused, said again as a doing
_DO = frozenset({"tehdä"})
_IT = frozenset({"sen", "sitä", "ne", "niitä"})
_CLAUSE_ENDS = frozenset({"ja", "mutta", "mut", "vaan", "sitten", "niin"})


def another_does_the_refused(c: Case) -> str | None:
    """The other doer's words where someone else does the deed the learner refuses (module
    doc); None otherwise."""
    words = c.words
    refused = _refused_verbs(words)
    if not refused:
        return None
    forbidden = refused | _wrong_mistake_verbs(c)
    # the one the step's answers call or tell ("soitan hoitajalle": "hoitaja nostaa") does
    # the deed as it should be done
    called = finnish.base_forms_of(n for _, n in c.accepted)
    first_no = next(i for i, w in enumerate(words) if w in _MY_NO)
    for i in range(first_no + 2, len(words)):
        if not _another_doer(words[i], c):
            continue
        at = i + 1 if i + 1 < len(words) and words[i + 1] in _OTHER else i  # "joku muu"
        deed = _deed_after(words, at)
        if not deed or not (deed & forbidden or _does_it(words, at, deed)):
            continue
        # (the one called may mend or decide, never use what the learner leaves unused:
        # "en käytä konetta, työnjohtaja käyttää sitä" is the broken machine used)
        if finnish.base_forms(words[i]) & called and not deed & USING:
            continue
        return " ".join(words[i:i + 3])
    return None


def _refused_verbs(words: Sequence[str]) -> set[str]:
    """The base forms of the verbs the learner says no to with a no of their own, where
    the no is not of their own hands only."""
    refused: set[str] = set()
    for i, w in enumerate(words):
        if w not in _MY_NO or i + 1 >= len(words):
            continue
        clause = _clause(words, i + 1)
        if _OWN_HANDS.intersection(clause):
            continue
        at = next((j for j, v in enumerate(clause[:2]) if finnish.is_verb(v)), None)
        if at is not None:
            bases = finnish.base_forms(clause[at])
            if bases & _GO and _to_do(clause[at + 1:at + 2]):
                continue  # "en mene hakemaan sitä": the deed is the infinitive's
            refused |= bases
    return refused - (_MODALS - _GO) - COPULA


def _to_do(words: Sequence[str]) -> bool:
    """A -maan/-mään infinitive ("hakemaan"): what going is for."""
    return any(a.get("MOOD") == "MA-infinitive" for w in words for a in finnish.analyses(w))


def _does_it(words: Sequence[str], at: int, deed: set[str]) -> bool:
    """The doer at ``at`` "tekee sen/sitä": does the refused deed ("en käynnistä sitä,
    kaveri tekee sen")."""
    return bool(deed & _DO) and not _IT.isdisjoint(_clause(words, at + 1)[1:2])


def _wrong_mistake_verbs(c: Case) -> set[str]:
    """The verbs of the step's wrong foreseen mistakes said with no no ("laitan koneen
    päälle": laittaa)."""
    return {b for m, v in c.mistakes.items() if v == "wrong"
            and EVERY_NO.isdisjoint(words := normalised(m).split())
            for w in words if finnish.is_verb(w) for b in finnish.base_forms(w)} - _MODALS - \
        COPULA  # (a state is no deed: "osa on hyvä")


def _another_doer(word: str, c: Case) -> bool:
    if word in THIRD_PERSONS or word in c.names or word in _SOMEONE:
        return not a_repairer(word)
    return a_subject(word) and not a_repairer(word) and not finnish.is_verb(word)


def _deed_after(words: Sequence[str], at: int) -> set[str]:
    """The base forms of the verb the doer at ``at`` does, in the third person with no
    no, and no time it waits for; a modal's infinitive too ("saa käynnistää")."""
    clause = _clause(words, at + 1)
    if not clause or NEGATIONS.intersection(clause) or _WAITS.intersection(clause):
        return set()
    verb = clause[0]
    if not any(p == "3" for p, _ in finnish.persons(verb)):
        return set()
    bases = set(finnish.base_forms(verb))
    if bases & _MODALS and len(clause) > 1 and finnish.is_verb(clause[1]) and (
            not bases & _GO or _to_do(clause[1:2])):
        bases |= finnish.base_forms(clause[1])
    return bases


def _clause(words: Sequence[str], start: int) -> list[str]:
    """The words from ``start`` up to the next word that joins clauses."""
    end = next((j for j in range(start, len(words)) if words[j] in _CLAUSE_ENDS |
                _MY_NO), len(words))
    return list(words[start:end])
