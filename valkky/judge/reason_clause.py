"""A right answer, then why (issue 12, narrowed after review): "siivoan, ettei kukaan
kompastu", "laitan varoituskyltin, ettei kukaan liukastu". The clause at ettei, että,
jotta, jottei or koska says a reason or a purpose; its no is no no of the answer. Narrow on
purpose (a wider rule took "laitan kypärän, koska en halua" for right): not where the
clause's no falls on a verb the step's answers or mistakes say or on a verb of will,
doing or knowing ("koska en halua", "että en tee mitään"), nor where it says a word of a
foreseen mistake (unless only another's going or a no of it names them: "että työkaveri
menee telineelle"); never in a choose or repeat step, an open question, a step that asks a
number or a time, nor with mutta, vaikka, tai or "ei kun" said anywhere. SAFETY (review69,
review70): nor where the clause says the learner's own unsafe plan ("ilmoitan, koska
käytän sitä", "…, että nostan auton") or, after a telling, the thing fine ("…, että se on
kunnossa")."""

from __future__ import annotations

from itertools import pairwise

from valkky.judge import finnish
from valkky.judge.case import Case, Judgement, normalised
from valkky.judge.polarity import no_on
from valkky.judge.rules import judged_as
from valkky.judge.unsafe_plan import OPENERS, unsafe_plan
from valkky.judge.wordsets import (
    CARRY_ON,
    FAULTS,
    GOING_VERBS,
    NEED_SAID,
    NEGATIONS,
    TELLING_OR_STOPPING,
    has_negation,
)

_NEGATIVE_OPENERS = frozenset({"ettei", "jottei"})
_TURNS = frozenset({"mutta", "vaikka", "tai"})
# a no of these says the learner will not, cannot or does not know how: no reason at all
_WILL = frozenset({"haluta", "tehdä", "jaksaa", "ehtiä", "viitsiä", "tietää", "muistaa",
                   "osata", "aikoa"})

# a thing said to be fine or to work
_FINE = frozenset({"kunto", "kunnossa", "ok", "okei", "ehjä", "toimia", "hyvä", "turvallinen"})


def _anothers_or_denied(tail: list[str], mistake_bases: set[str], denied_all: bool) -> bool:
    """``tail`` says no deed of I or we, and a mistake's verb in it only with a no or as a
    third person's ("että työkaveri menee telineelle", "ettei telineelle saa mennä"), or
    no mistake's verb and a no of may (review70)."""
    denied = [True] * len(tail) if denied_all else no_on(tail)  # (at "ettei": all)
    if any(finnish.of_i_or_we(w) and not no for w, no in zip(tail, denied, strict=True)) or \
            not _ME_TOO.isdisjoint(tail) or ("myös" in tail and not _I.isdisjoint(tail)):
        return False  # (…, "ja minä myös", "minäkin": the learner's own deed too)
    theirs = [no or _third_persons(w) for w, no in zip(tail, denied, strict=True)
              if finnish.is_verb(w) and not mistake_bases.isdisjoint(finnish.base_forms(w))]
    # (a mistake's thing alone named only in a no of may: "että telinettä ei saa käyttää";
    # not "että konetta voi käyttää", "että kone ei käy kuumana")
    return all(theirs) if theirs else any(
        w in NEGATIONS and finnish.base_forms(after) & {"saada", "voida"}
        for w, after in pairwise(tail))


_ME_TOO = frozenset({"minäkin", "mäkin", "mekin"})
_I = frozenset({"minä", "me", "mä"})


def _third_persons(word: str) -> bool:
    """Someone else going or going on ("työkaveri menee"), not another's repair."""
    verbs = [a for a in finnish.analyses(word) if a.get("CLASS") == "teonsana"]
    return bool(verbs) and all(a.get("PERSON") == "3" for a in verbs) and \
        bool(finnish.base_forms(word) & (GOING_VERBS | CARRY_ON))


def _a_fault_told(tail: list[str]) -> bool:
    """``tail`` only tells a thing's fault: a thing, "on" at most, a fault word, no no
    ("lava rikki", "kone on rikki"; not "kone on rikki se pyörii silti")."""
    verbs = [w for w in tail if finnish.is_verb(w) and not finnish.same_lemma(w, "olla")]
    return len(tail) <= 3 and not has_negation(tail) and not verbs and \
        any(finnish.base_forms(w) & FAULTS or w in FAULTS for w in tail)


def reason_clause(c: Case) -> Judgement | None:
    words = c.said.split()  # as said: no step's synonym in the reason ("tee" for "työ")
    if c.options or c.open_question or c.repeat:
        return None
    at = next((i for i, w in enumerate(words) if w in OPENERS and i > 0), None)
    if at is None or all(w in NEGATIONS for w in words[at + 1:]) or \
            not _TURNS.isdisjoint(words) or \
            " ei kun " in f" {' '.join(words)} ":
        return None
    head, tail = words[:at], words[at + 1:]
    if unsafe_plan(c, head, tail) or (
            words[at] == "että" and
            any(finnish.base_forms(w) & TELLING_OR_STOPPING for w in head) and
            not has_negation(tail) and any(finnish.base_forms(w) & _FINE for w in tail)):
        return None  # a deed of the learner's own that goes on with what the step forbids
        # ("ilmoitan, koska käytän sitä", "…, että jatkan työtä") or is done on one's own
        # ("…, että korjaan sen itse"), or the thing told fine ("…, että se on kunnossa"):
        # no reason, what the answer says (review69; not "…, että otan toisen", "…, koska
        # haluan olla turvassa": review70)
    step = [w for _, n in c.accepted for w in n.split()] + \
        [w for m in c.mistakes for w in normalised(m).split()]
    if any("lukusana" in finnish.word_classes(w) or w == "kello" for w in step):
        return None  # a number or a time is asked: said twice, it is another answer
    step_bases = finnish.base_forms_of(step)
    mistake_bases = {b for m in c.mistakes for w in normalised(m).split()
                     if w not in NEGATIONS for b in finnish.base_forms(w) | {w}}
    tail_bases = [finnish.base_forms(w) | {w} for w in tail]
    # the reason as said and with the lexicon's phrases ("totta kai" is "tietysti")
    said = f" {' '.join(tail)} | {normalised(' '.join(tail))} "
    if (not _a_fault_told(tail) and
            not _anothers_or_denied(tail, mistake_bases, words[at] in _NEGATIVE_OPENERS) and any(
            not mistake_bases.isdisjoint(finnish.base_forms(w) | {w}) for w in said.split())) \
            or any(f" {normalised(m)} " in said for m in c.mistakes):
        return None  # (a fault told alone, "että lava rikki", may name a mistake's thing;
        # so may another's deed or one denied, "että työkaveri menee telineelle")
    if any(bs & NEED_SAID for bs in tail_bases):
        return None  # a measure said needless is no reason: "…, ettei lääkäri ole
        # tarpeen", "…, ettei turvakengät ole pakolliset" (review149, SAFETY)
    if has_negation(tail) or words[at] in _NEGATIVE_OPENERS:
        verbs = {b for w, bs in zip(tail, tail_bases, strict=True)
                 if finnish.is_verb(w) and w not in NEGATIONS for b in bs}
        # ("tee" is also tea: every reading is asked for a verb of will)
        # (a no of a wrong mistake's own verb refuses it: "…, että en mene telineelle")
        refused = finnish.base_forms_of(
            w for m, verdict in c.mistakes.items() if verdict == "wrong"
            for w in normalised(m).split()) - finnish.base_forms_of(
            w for _, n in c.accepted for w in n.split())
        if not verbs.isdisjoint(step_bases - refused) or \
                not _WILL.isdisjoint(b for bs in tail_bases for b in bs):
            return None
    j = judged_as(c, head)
    c.note(f"'{' '.join(head)}', then the reason '{' '.join(tail)}': {j.verdict}")
    return c.judgement("correct", closest=j.closest) if j.verdict == "correct" else None
