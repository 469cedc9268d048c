"""A plan of the learner's own that is unsafe, said where a reason may stand (issue 12,
review69–72, SAFETY): "ilmoitan esimiehelle, koska käytän sitä", "…, että nostan auton".
Read by reason_clause (no reason then) and by rules.answer_inside (no words more then)."""

from __future__ import annotations

from itertools import pairwise

from valkky.judge import finnish
from valkky.judge.carry_on import (
    DANGERS,
    DESPITE,
    FAULTY,
    SET_ASIDE,
    SIGNS,
    carried_on,
    reported_fault,
)
from valkky.judge.case import Case
from valkky.judge.wordsets import (
    ANOTHER_THING,
    CARRY_ON,
    FAULT_WHEN_NO,
    FAULTS,
    GOOD_STATE,
    NEGATIONS,
    ON_ONES_OWN,
    TELLING_OR_STOPPING,
    has_negation,
)

# the words that open a reason or a purpose ("ettei" as normalised: "että ei")
OPENERS = frozenset({"ettei", "että", "jotta", "jottei", "koska"})


def unsafe_plan(c: Case, head: list[str], tail: list[str]) -> bool:
    """``tail`` says a deed of I or we (not a wish, a fear, a need; not a repair said in
    the passive, "jotta se korjataan") done on one's own, or going on with what the step
    forbids (``carried_on``), or any such deed with no other thing after a fault the
    answer tells ("tämä osa ei ole kunnossa, ilmoitan, koska asennan sen")."""
    # (not a past report: "löysin vian")
    deeds = [w for w in tail if w not in NEGATIONS and finnish.of_i_or_we(w)
             and not finnish.base_forms(w) & _NO_DEED and not finnish.only_past(w)
             and not (finnish.base_forms(w) & _REPAIRS and not _said_by_i(w))] + [
        after for w, after in pairwise(tail)  # "koska haluan jatkaa"
        if finnish.of_i_or_we(w) and finnish.base_forms(w) & _WISH and
        finnish.only_a_verb(after) and not finnish.base_forms(after) & _NO_DEED]
    if not deeds or not SET_ASIDE.isdisjoint(tail) or "käytöstä" in tail:
        return False  # (set aside: "…, että laitan sen sivuun", "… pois käytöstä")
    if not ON_ONES_OWN.isdisjoint(tail) or not DESPITE.isdisjoint(tail) or \
            carried_on(c, tail) is not None:
        return True  # (on one's own, anyway: "…, että käytän sitä silti")
    # (not with a no, another thing, a sign put on it, the thing taken to be mended: "…,
    # että laitan lapun siihen", "koska vien sen huoltoon": review72)
    if has_negation(tail) or any(finnish.base_forms(w) & (ANOTHER_THING | _MENDED) or any(
            b.endswith(SIGNS) for b in finnish.base_forms(w)) for w in tail):
        return False
    faulty = _a_fault_in(head) or reported_fault(c) is not None
    # (a risky deed with the thing asked about, on a step with a danger: a fault told or
    # reported, a wrong deed foreseen, a no in the head)
    return faulty or (
        any(finnish.base_forms(w) & _RISKY for w in deeds) and
        any(finnish.base_forms(w) & {"se", "ne"} or w in _THERE for w in tail) and
        ("wrong" in c.mistakes.values() or has_negation(head)))


def _said_by_i(word: str) -> bool:
    return any(a.get("PERSON") == "1" for a in finnish.analyses(word))


def _a_fault_in(words: list[str]) -> bool:
    """``words`` tell a thing's fault: a fault word, or a no of its working or good state."""
    bases = [finnish.base_forms(w) | {w} for w in words]
    return any(b & (FAULTS | FAULTY | DANGERS | _ASKEW) for b in bases) or (
        has_negation(words) and any(b & (FAULT_WHEN_NO | GOOD_STATE) for b in bases))


# a wish, a fear, a need, being, telling or stopping: no deed done; a repair said in the
# passive is done by someone else ("jotta se korjataan")
_NO_DEED = TELLING_OR_STOPPING | {"olla", "pelätä", "tarvita", "toivoa", "luulla", "tietää",
                                   "muistaa", "osata", "haluta", "aikoa", "ajatella", "voida",
                                   "saada", "pitää", "pysyä", "oppia"}
# deeds with the thing asked about ("sen", "sinne"): using, putting, fitting, sending,
# repairing, lifting it ("kerron työnjohtajalle, koska aion käyttää sitä"; review71)
_RISKY = CARRY_ON | frozenset({"laittaa", "panna", "asentaa", "korjata", "lähettää",
                               "nostaa", "pinota", "tehdä", "ajaa", "käynnistää", "kytkeä",
                               "porata", "sahata", "leikata", "hitsata", "imuroida"})
_MENDED = frozenset({"huolto", "korjaus", "korjaamo"})
_THERE = frozenset({"sinne", "siihen", "siellä", "siinä", "sillä", "niillä", "niihin"})
# a thing standing askew or worn: a fault too ("hylly on kallellaan")
_ASKEW = frozenset({"kallellaan", "vino", "vinossa", "halkeama", "kulunut", "kulua"})
_WISH = frozenset({"haluta", "aikoa", "yrittää"})  # …and the deed after it is the learner's
_REPAIRS = frozenset({"korjata", "vaihtaa", "huoltaa", "tarkistaa", "tarkastaa"})
