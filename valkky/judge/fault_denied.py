"""A report that calls fine what the step's answers tell is faulty (issue 12, safety;
review215): "lavat oli ihan hyvä", "lavat oli kunnossa" where an answer tells "yksi lava oli
vaurioitunut". It hides the fault as the foreseen "kaikki oli kunnossa" does, and is wrong.

Not another one of the thing ("muut lavat oli kunnossa"), nor an answer that also names a
fault ("lavat oli kunnossa, paitsi yksi oli rikki"), nor a clause with a no ("lavat ei ollut
kunnossa"), nor a state waited for ("odota kunnes lattia on kuiva"), nor a person ("asiakas
on kunnossa" after a fall is good news), nor where an accepted answer calls the thing fine
itself."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from valkky.judge import finnish, sizes
from valkky.judge.case import Case, Judgement
from valkky.judge.gear_useless import STRESS
from valkky.judge.polarity import main_clauses
from valkky.judge.receiver import a_person
from valkky.judge.wordsets import FAULTS, GOOD_STATE, NEGATIONS

# a fault told by its state or verb, by base form: FAULTS and a thing damaged or worn
_FAULTY = FAULTS | frozenset({"vaurioitunut", "vaurioitua", "vaurio", "viallinen", "vika",
                              "rikkinäinen", "huono", "kulunut", "epäkunto", "haljeta",
                              "lommo", "naarmu", "likainen"})
# a state called fine ("kunnossa", "ihan hyvä", "ok")
_FINE = GOOD_STATE | frozenset({"hyvä", "ok", "okei", "kunnollinen", "normaali", "priima",
                                "kuiva", "puhdas"})
_FINE_WORDS = frozenset({"ok", "okei", "kunnossa"})
# a time or condition the state is waited for ("odota kunnes lattia on kuiva")
_UNTIL = frozenset({"kunnes", "kun", "jos", "ennen", "kuin", "jotta"})
# another one than the faulty one ("muut lavat oli kunnossa")
_OTHERS = frozenset({"muu", "toinen", "muut", "toiset", "loput", "muita"})


def fault_called_fine(c: Case, j: Judgement) -> Judgement:
    """``j``, or wrong where it is right or nearly and the answer calls fine what the
    step's answers tell is faulty."""
    if j.verdict == "wrong" or (fine := _fault_said_fine(c)) is None:
        return j
    c.note(f"'{fine}': calls fine what the step's answers tell is faulty")
    return c.judgement("wrong", "negation")


def _fault_said_fine(c: Case) -> str | None:
    """The answer's clause that calls fine a thing the step's answers tell is faulty, else
    None."""
    faulty = _faulty_things(tuple(n for _, n in c.accepted))
    if not faulty or any(_a_fault(w) for w in c.words):
        return None
    for clause in main_clauses(c.words):
        if _called_fine(clause, faulty):
            return " ".join(clause)
    return None


@lru_cache(maxsize=sizes.STEPS)
def _faulty_things(accepted: tuple[str, ...]) -> frozenset[str]:
    """The base forms of the things the accepted answers tell are faulty, a clause with no
    no ("yksi lava oli vaurioitunut", "hana vuotaa"); none where one calls a thing fine."""
    out: set[str] = set()
    for answer in accepted:
        for clause in main_clauses(answer.split()):
            if not NEGATIONS.isdisjoint(clause):
                continue
            if _called_fine(clause, _things(clause)):
                return frozenset()  # (the step's own answer calls a thing fine)
            at = next((k for k, w in enumerate(clause) if _a_fault(w) and _told_of(clause, k)),
                      None)
            if at is not None:
                out |= _things(clause[:at])
    return frozenset(out)


def _told_of(clause: Sequence[str], k: int) -> bool:
    """The fault at ``k`` is what its clause tells: its verb ("hana vuotaa", "lava hajosi")
    or after "olla" ("lava oli rikki"); not a word of another thing's ("asukas liukastui
    märällä lattialla")."""
    return bool(finnish.persons(clause[k])) or (
        k > 0 and finnish.same_lemma(clause[k - 1], "olla"))


def _things(clause: Sequence[str]) -> frozenset[str]:
    """The base forms of the nouns of ``clause`` that may be its subject: only nouns, in
    the nominative or the partitive ("lava", "pakkausta"), no fault's own word."""
    return frozenset(b for w in clause if finnish.word_classes(w) == {"nimisana"} and
                     not _a_fault(w) and not a_person(w) and any(case in ("nimento", "osanto")
                                             for case, _ in finnish.case_numbers(w))
                     for b in finnish.base_forms(w))


def _a_fault(word: str) -> bool:
    """``word`` tells a fault ("rikki", "vaurioitunut", "vuoti")."""
    return bool(finnish.base_forms(word) & _FAULTY)


def _called_fine(clause: Sequence[str], things: frozenset[str]) -> bool:
    """``clause`` is one of ``things`` (not another of them), a form of "olla", and nothing
    after but words of a fine state and degree ("lavat oli ihan hyvässä kunnossa")."""
    words = [w for w in clause if w not in STRESS]
    at = next((k for k, w in enumerate(words) if finnish.base_forms(w) & things), None)
    if at is None or not NEGATIONS.isdisjoint(words) or not _UNTIL.isdisjoint(words[:at]) or \
            any(w in _OTHERS or finnish.base_forms(w) & _OTHERS for w in words[:at]):
        return False
    rest = words[at + 1:]
    return len(rest) >= 2 and finnish.same_lemma(rest[0], "olla") and all(
        w in _FINE_WORDS or finnish.base_forms(w) & _FINE for w in rest[1:])
