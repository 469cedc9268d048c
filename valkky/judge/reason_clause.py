"""A right answer, then why (issue 12, narrowed after review): "siivoan, ettei kukaan
kompastu", "laitan varoituskyltin, ettei kukaan liukastu". The clause at ettei, että,
jotta, jottei or koska says a reason or a purpose; its no is no no of the answer. Narrow on
purpose (a wider rule took "laitan kypärän, koska en halua" for right): not where the
clause's no falls on a verb the step's answers or mistakes say or on a verb of will,
doing or knowing ("koska en halua", "että en tee mitään"), nor where it says a word of a
foreseen mistake; never in a choose or repeat step, an open question, a step that asks a
number or a time, nor with mutta, vaikka, tai or "ei kun" said anywhere."""

from __future__ import annotations

from valkky.judge import finnish
from valkky.judge.case import Case, Judgement, normalised
from valkky.judge.rules import judged_as
from valkky.judge.wordsets import FAULTS, NEGATIONS, TELLING_OR_STOPPING, has_negation

_OPENERS = frozenset({"ettei", "että", "jotta", "jottei", "koska"})
_NEGATIVE_OPENERS = frozenset({"ettei", "jottei"})
_TURNS = frozenset({"mutta", "vaikka", "tai"})
# a no of these says the learner will not, cannot or does not know how: no reason at all
_WILL = frozenset({"haluta", "tehdä", "jaksaa", "ehtiä", "viitsiä", "tietää", "muistaa",
                   "osata", "aikoa"})


# a thing said to be fine or to work
_FINE = frozenset({"kunto", "kunnossa", "ok", "okei", "ehjä", "toimia", "hyvä", "turvallinen"})


def _a_deed(word: str) -> bool:
    """A verb of I or we, other than being, telling, calling or stopping ("käytän",
    "jatketaan"; not "olen", "soitan")."""
    return word not in NEGATIONS and finnish.of_i_or_we(word) and \
        not finnish.base_forms(word) & (TELLING_OR_STOPPING | {"olla"})


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
    at = next((i for i, w in enumerate(words) if w in _OPENERS and i > 0), None)
    if at is None or all(w in NEGATIONS for w in words[at + 1:]) or \
            not _TURNS.isdisjoint(words) or \
            " ei kun " in f" {' '.join(words)} ":
        return None
    head, tail = words[:at], words[at + 1:]
    if any(_a_deed(w) for w in tail) or (
            any(finnish.base_forms(w) & TELLING_OR_STOPPING for w in head) and
            not has_negation(tail) and any(finnish.base_forms(w) & _FINE for w in tail)):
        return None  # a deed of the learner's own ("ilmoitan, koska käytän sitä",
        # "…, että jatkan työtä"), or a thing told fine ("…, että se on kunnossa"): no
        # reason, what the answer says (review69)
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
    if (not _a_fault_told(tail) and any(
            not mistake_bases.isdisjoint(finnish.base_forms(w) | {w}) for w in said.split())) \
            or any(f" {normalised(m)} " in said for m in c.mistakes):
        return None  # (a fault told alone, "että lava rikki", may name a mistake's thing)
    if has_negation(tail) or words[at] in _NEGATIVE_OPENERS:
        verbs = {b for w, bs in zip(tail, tail_bases, strict=True)
                 if finnish.is_verb(w) and w not in NEGATIONS for b in bs}
        # ("tee" is also tea: every reading is asked for a verb of will)
        if not verbs.isdisjoint(step_bases) or \
                not _WILL.isdisjoint(b for bs in tail_bases for b in bs):
            return None
    j = judged_as(c, head)
    c.note(f"'{' '.join(head)}', then the reason '{' '.join(tail)}': {j.verdict}")
    return c.judgement("correct", closest=j.closest) if j.verdict == "correct" else None
