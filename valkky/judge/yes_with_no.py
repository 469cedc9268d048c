"""A yes said with a no that is no reversal (issue 12, judge27): the answer's polarity is its
answering clause's own, not that of any yes word or state said beside it.

- a yes that acknowledges before the answer, a no: "joo, ei ole gluteenia" (to "onko siinä
  gluteenia?", where "siinä ei ole gluteenia" is accepted) is judged as "ei ole gluteenia";
- a state of the learner's own said as the reason beside an accepted no, in the place of the
  accepted answer's reason: "minulla on flunssa, en voi tulla" where "olen sairas, en voi
  tulla tänään" is accepted;
- that state said alone, where the trainer takes a reason alone for the whole ("minulla on
  kuumetta" where "minulla on kuumetta, en pääse töihin" and "olen sairas" are accepted:
  ``reason_alone``, set 40);
- a thing's fault said with a no of its working, where the answers report the fault with a
  yes: "on, yksi osa ei toimi" (to "onko ongelma?", where "yksi osa on viallinen" is
  accepted) is "yksi osa on rikki".

- a foreseen mistake that is a verb's bare yes, said first, then a no of another verb that
  answers right on its own: "oli, mutta hän ei loukkaantunut" (to "ei kai kukaan ollut
  alla?", where "oli" is foreseen and "ei, kukaan ei loukkaantunut" accepted) is almost,
  with that mistake's reply (judge56: trainers almost or right; it was wrong, or almost
  with another answer's words to say).

A bare yes stays the yes it is ("joo" where the answer is "ei ole": the opposite), a yes
before a clause that says yes is untouched, and a foreseen mistake keeps its own verdict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from valkky.judge import finnish, lexicon
from valkky.judge.accepted import a_foreseen_mistake, shape_of
from valkky.judge.case import Case, Judgement, normalised
from valkky.judge.number_words import is_number
from valkky.judge.rules import A_PART, as_mistake, judged_as
from valkky.judge.wordsets import ACKNOWLEDGEMENTS, BUT, COPULA, NEGATIONS, SUBJECT_PRONOUNS

# A yes said on its own before the answer ("joo" and "juu" are "kyllä" once normalised)
_YES_WORDS = frozenset({"kyllä", "joo", "juu", "on", "niin"})
# the rule's name: in ``strict``, the rule is off (the whole answer judged without it)
_NAME = "yes_conceded"


def yes_conceded(c: Case) -> Judgement | None:
    """A foreseen mistake that is a verb's bare yes in the third person ("oli", "on",
    "tuli"; not the learner's deed, "kokeilen"), said first, then (after "mutta" or on its
    own) a no on another verb (not another may: "saa, ei voi"), right or almost on its own: "oli,
    mutta hän ei loukkaantunut". The learner answers the question's yes and then says what
    the step asks: almost, with the mistake's own reply ("Kukaan ei ollut alla. Sano ei
    ollut."), where the rest is right on its own, or the whole almost already (its reply
    then the mistake's, not another answer's words); an answer the other rules take as
    right stays right, a wrong one with a rest only almost wrong ("oli, mutta hän ei
    loukkaantunut" to "oliko ketään alla?"; made almost, set 31 lost a row). Not a
    mistake whose reply calls it unsafe; not a rest with a form of the yes's own verb
    ("saa, mutta ei saa myydä", "nostin mutta en nostanut yksin": the no takes the yes
    back, as the other rules read it), nor one without a no on a verb of its own ("saa,
    mutta päiväys meni"; "sai, ei huomasin sen ajoissa": the no alone takes the yes back;
    "…, mutta en yksin": a yes in part); not in an open, repeat or choose step."""
    words = c.words
    if len(words) < 3 or c.open_question or c.repeat or c.options or _NAME in c.strict:
        return None
    first = words[0]
    mistake = next((m for m in c.mistakes if normalised(m) == first), None)
    if mistake is None or mistake in c.unsafe or first in NEGATIONS or not _said_of_it(first):
        return None
    rest = words[2:] if words[1] in BUT else words[1:]
    own = finnish.base_forms(first)
    if len(rest) < 2 or NEGATIONS.isdisjoint(rest) or \
            any(own & finnish.base_forms(w) for w in rest):  # (a participle too: "nostanut")
        return None
    if not any(rest[i] in NEGATIONS and _denied(w, own) for i, w in enumerate(rest[1:])):
        return None  # (no verb of its own: "nostin, mutta en yksin" says the yes in part)
    j = judged_as(c, rest)
    c.note(f"'{first}' conceded, then '{' '.join(rest)}': {j.verdict}")
    if j.verdict == "wrong" or j.reason == "mistake" or j.rule == "open_answer":
        return None
    without = judged_as(c, words, off=_NAME).verdict  # (the whole, as the other rules read it)
    if without == "correct" or (without == "wrong" and j.verdict != "correct"):
        return None  # a right answer stays right; a wrong one almost only with a right rest
    return c.judgement("almost", "mistake", closest=j.closest, matched=mistake)


def yes_last(c: Case) -> Judgement | None:
    """A foreseen wrong mistake said as the answer's last clause of its own, after a no:
    the learner ends on it ("se ei ole turvallista, saa" to "Saako kuorman alla seistä?",
    where "saa" is foreseen; review69, SAFETY: the words of "ei saa" read in any order made
    it right). The mistake, with its reply. Not in an open, repeat or choose step."""
    if c.open_question or c.repeat or c.options or NEGATIONS.isdisjoint(c.words) or \
            any(normalised(m) == c.heard for m in c.mistakes):
        return None  # (the whole a foreseen mistake: the mistake rule's)
    parts = [p for p in (normalised(p) for p in re.split(r"[,.;:!?]", c.written)) if p]
    while len(parts) > 1 and set(parts[-1].split()) <= _POLITE:
        parts.pop()  # (a thanks said apart: "ei mitään, rullakko, kiitos"; review74)
    if len(parts) < 2 or NEGATIONS.isdisjoint(" ".join(parts[:-1]).split()):
        return None
    # (a polite word around it is no other answer: "ei mitään, rullakko kiitos"; review72)
    last = _unwrapped(parts[-1].split())
    mistake = next((m for m, verdict in c.mistakes.items()
                    if verdict == "wrong" and normalised(m) == last), None)
    # (not a "kiitos" or a "joo?" a foreseen mistake also says: review70, review71)
    if mistake is None or set(last.split()) <= _POLITE_OR_YES:
        return None
    c.note(f"'{last}' said last, after a no: the foreseen mistake")
    return as_mistake(c, mistake)


_POLITE = frozenset({"kiitos", "kiitti", "paljon", "anteeksi", "sori"})
_POLITE_OR_YES = ACKNOWLEDGEMENTS | _POLITE


def _unwrapped(words: list[str]) -> str:
    """``words`` without the polite words at either end."""
    while words and words[0] in _POLITE:
        words = words[1:]
    while words and words[-1] in _POLITE:
        words = words[:-1]
    return " ".join(words)


# The verbs of may, one yes ("saa, ei voi" takes the yes back)
_MAY = frozenset({"saada", "voida"})


def _said_of_it(word: str) -> bool:
    """A verb said of the thing asked about, in the third person ("oli", "tuli", "sopii"),
    not the learner's own deed ("kokeilen", "nostin": a deed the step foresees, whatever
    follows it)."""
    persons = finnish.persons(word)
    return bool(persons) and all(p == "3" for p, _ in persons)


def _denied(word: str, own: frozenset[str]) -> bool:
    """``word`` after a no is the no's own verb (its form after "ei": "ole", "sovi", or its
    participle: "loukkaantunut"; not "ei huomasin", a no on its own before another
    clause), another than the yes's verb (``own``: its base forms) and no other may."""
    if not (finnish.is_participle(word) or any(
            a.get("CLASS") == "teonsana" and a.get("NEGATIVE") in ("both", "true")
            for a in finnish.analyses(word))):
        return False
    bases = finnish.base_forms(word)
    return own.isdisjoint(bases) and not (own & _MAY and bases & _MAY)


def yes_then_no(c: Case) -> Judgement | None:
    """A yes on its own, then a no that answers: judged as the no; a state of one's own,
    then an accepted answer's no: judged with the accepted answer's reason in its place."""
    words = c.words
    if not c.negative or len(words) < 2 or c.open_question or c.repeat or c.options or \
            a_foreseen_mistake(words, c.mistakes):
        return None  # (most answers: no no)
    if not any(shape_of(n).negative for _, n in c.accepted):
        return _fault_said_with_a_no(c, words)
    if words[0] in _YES_WORDS and words[1] in NEGATIONS:
        j = judged_as(c, words[1:])
        c.note(f"{words[0]}, then '{' '.join(words[1:])}': {j.verdict}")
        if j.verdict == "correct" or (j.verdict == "almost" and j.reason == "missing_words"):
            return c.judgement(j.verdict, j.reason, closest=j.closest, detail=j.detail)
        return None
    return _own_reason(c, words)


def _own_reason(c: Case, words: list[str]) -> Judgement | None:
    """The learner's own state (a clause of "olla" of "I") before their own no, in the place
    of an accepted answer's state of "I" before its no, where the lexicon gives both one
    reason ("reasons" in synonyms.yaml): "minulla on flunssa, en voi tulla" as "olen sairas
    en voi tulla" (not "olen terve", "olen lomalla", "minulla on kiire": another reason, nor
    "minulla on flunssa, ei korjaa sitä itse").
    Only where that clause is a reason the trainer may leave out, another accepted answer
    being the no alone ("en pääse töihin tänään"): not where it is what is asked ("auto ei
    käynnistynyt koska akku oli tyhjä"), nor a number ("mitta on viisikymmentäkaksi eikä
    viisikymmentä"). A state that is a trainer's with a slip ("olen sairaa") is almost with
    that slip."""
    at = next((i for i, w in enumerate(words) if w in NEGATIONS), 0)
    if at < 2 or words[at] not in _MY_NO or not _a_state(words[:at]) or \
            not _of_me(words[:at]) or (why := _reason_of(words[:at])) is None:
        return None
    reasons = []
    alone = False  # the trainer takes the no without a reason ("en pääse töihin tänään")
    for _, n in c.accepted:
        theirs = n.split()
        cut = next((i for i, w in enumerate(theirs) if w in NEGATIONS), len(theirs))
        if cut == len(theirs):
            continue
        if cut == 0:
            alone = True
        elif tuple(theirs[:cut]) not in reasons and any(map(finnish.persons, theirs[:cut])) \
                and not any(map(is_number, theirs[:cut])) and _of_me(theirs[:cut]) \
                and _reason_of(theirs[:cut]) == why:
            reasons.append(tuple(theirs[:cut]))
    if not alone or any(map(is_number, words[:at])) or \
            any(set(words[:at]) <= set(r) for r in reasons):
        return None  # the trainer's own reason, or part of it: the other rules judge it
    state = judged_as(c, words[:at])
    if state.verdict == "almost" and state.reason not in _NOT_A_SLIP and \
            _one_word_apart(words[:at], normalised(state.closest or "").split()):
        # the learner's own state with a slip of a trainer's ("olen sairaa, en pääse töihin":
        # sets 30, 40, both trainers almost; it was right): that slip
        c.note(f"'{' '.join(words[:at])}' alone: almost ({state.reason})")
        return c.judgement("almost", state.reason, closest=state.closest, detail=state.detail)
    for reason in reasons[:4]:  # (the reasons the step's answers give: a few at most)
        j = judged_as(c, [*reason, *words[at:]])
        c.note(f"'{' '.join(words[:at])}' for '{' '.join(reason)}': {j.verdict}")
        if j.verdict == "correct":
            return c.judgement("correct", closest=j.closest)
    return None


def reason_alone(c: Case, j: Judgement) -> Judgement:
    """``j``, or the learner's own state said alone ("minulla on kuumetta", "mulla on
    flunssa") judged as said before an accepted answer's no, where the step takes a reason
    alone for the whole ("olen sairas" beside "olen sairas, en pääse töihin": the trainer
    hears the rest) and the lexicon gives the two one reason ("reasons" in synonyms.yaml;
    not "minulla on kiire", "olen terve"): that judgement, right or with its slip ("olen
    kipeää": almost). Only a word-by-word ``wrong`` for its words (no reason), a state of
    "I" with no no; not in an open, repeat or choose step (set 40: both trainers took
    "minulla on kuumetta" to the call in sick; it was wrong)."""
    words = c.words
    if j.verdict != "wrong" or j.reason is not None or c.negative or c.open_question or \
            c.repeat or c.options or A_PART in c.strict or not _a_state(words) or \
            not _of_me(words) or not _said_as_a_state(words) or \
            (why := _reason_of(words)) is None:
        return j  # (a part judged on its own reads no part again: judged_as switches
        # A_PART off, which the whole's no-less state would call back here)
    for reason, no in _reasons_taken_alone(c.accepted)[:4]:
        if _reason_of(reason) != why:
            continue
        said = judged_as(c, [*words, *no])
        c.note(f"'{' '.join(words)}' for '{' '.join(reason)}', before '{' '.join(no)}': "
               f"{said.verdict}")
        if said.verdict == "correct" or (said.verdict == "almost" and
                                         said.reason not in _NOT_A_SLIP):
            return c.judgement(said.verdict, said.reason, closest=said.closest,
                               detail=said.detail)
    return j


# The cases a state's reason is said in: "minulla on flunssa", "kuumetta", "olen kipeä",
# "kipeänä" (not "flunssatta", without it, nor "kuumeeseen")
_STATE_CASES = frozenset({"nimento", "osanto", "olento"})


def _said_as_a_state(words: Sequence[str]) -> bool:
    """Each noun or adjective of the state (beside "I", "olla" and the modifiers) in a case
    a state is said in: "minulla on flunssatta" says no flu (review61)."""
    return all(w in _ME or w in _MODIFIERS or w in ("on", "olen") or finnish.is_verb(w) or
               _STATE_CASES.intersection(case for case, _ in finnish.case_numbers(w))
               for w in words)


# what a state said with an accepted no may be short of and still not be a slip of its own
_NOT_A_SLIP = frozenset({None, "missing_words", "too_short", "too_long", "mistake"})


def _reasons_taken_alone(accepted: Sequence[tuple[str, str]]
                         ) -> list[tuple[list[str], list[str]]]:
    """(reason, no of "I") of each accepted answer "reason, no" whose reason the step also
    accepts alone ("olen sairas", "en pääse töihin" of "olen sairas en pääse töihin", "olen
    sairas" accepted too), each once, in the order the step gives them."""
    alone = {tuple(n.split()) for _, n in accepted}
    out: list[tuple[list[str], list[str]]] = []
    for _, n in accepted:
        theirs = n.split()
        cut = next((i for i, w in enumerate(theirs) if w in NEGATIONS), 0)
        if cut >= 2 and theirs[cut] in _MY_NO and tuple(theirs[:cut]) in alone and \
                (theirs[:cut], theirs[cut:]) not in out:
            out.append((theirs[:cut], theirs[cut:]))
    return out


def _one_word_apart(mine: Sequence[str], theirs: Sequence[str]) -> bool:
    """The same words but one, in the same places, subject pronouns aside: a trainer's
    state said with a slip ("minä olen sairaa" of "olen sairas"), not another way of saying
    a state ("minulla on flunssa" beside "olen flunssassa")."""
    mine = [w for w in mine if w not in SUBJECT_PRONOUNS]
    theirs = [w for w in theirs if w not in SUBJECT_PRONOUNS]
    return len(mine) == len(theirs) and \
        sum(a != b for a, b in zip(mine, theirs, strict=True)) == 1


# Verbs of a thing doing its work whose no is its fault: "kone ei toimi", "moottori ei
# käynnisty" say "kone on rikki" (not "pullo ei aukea", "lava ei liiku": a thing may
# rightly not open or move, unless the step's own answers say so)
_WORKING = frozenset({"toimia", "käynnistyä"})
# "on rikki" as the lexicon says every fault phrase of its group (on viallinen, meni rikki…)
_FAULT = ("on", "rikki")
# Pointing words a subject may begin with ("tämä osa" is the step's "osa")
_POINTERS = frozenset({"se", "tämä", "tuo"})


def _fault_said_with_a_no(c: Case, words: list[str]) -> Judgement | None:
    """A thing's fault said with a no of its working ("yksi osa ei toimi", also after a yes:
    "on, yksi osa ei toimi"), where the step's answers say yes and report that same thing's
    fault with the lexicon's "on rikki" ("yksi osa on viallinen"): judged as "… on rikki".
    Only "toimia", "käynnistyä" or a verb the step's answers use, and only of the thing the
    answers call broken. Not a no of "olla" ("ei ole rikki" says there is no fault)."""
    subjects = _broken_things(c.accepted)
    if not subjects:
        return None
    said = words[1:] if words[0] in _YES_WORDS else words
    at = next((i for i in range(len(said) - 1) if said[i] in ("ei", "eivät")), None)
    if at is None or at == 0 or _subject(said[:at]) not in subjects:
        return None
    verb = finnish.base_forms(said[at + 1])
    if _WORKING.isdisjoint(verb) and (COPULA & verb or verb.isdisjoint(
            b for _, n in c.accepted for w in n.split() for b in finnish.base_forms(w))):
        return None
    j = judged_as(c, [*said[:at], *_FAULT, *said[at + 2:]])
    c.note(f"'{' '.join(said[at:at + 2])}' reports a fault, as '{' '.join(_FAULT)}': "
           f"{j.verdict}")
    return c.judgement("correct", closest=j.closest) if j.verdict == "correct" else None


def _broken_things(accepted: Sequence[tuple[str, str]]) -> set[tuple[str, ...]]:
    """The subjects of the step's "X on rikki" ("yksi osa", "lava"), by base form."""
    out = set()
    for _, n in accepted:
        theirs = n.split()
        for i in range(1, len(theirs) - 1):
            if (theirs[i], theirs[i + 1]) == _FAULT:
                start = next((k + 1 for k in range(i - 1, -1, -1)
                              if theirs[k] in _YES_WORDS or theirs[k] == "ja"), 0)
                if start < i:
                    out.add(_subject(theirs[start:i]))
    return out


def _subject(clause: Sequence[str]) -> tuple[str, ...]:
    """A subject by its words' base forms, a pointing word before a noun left out."""
    if len(clause) > 1 and clause[0] in _POINTERS:
        clause = clause[1:]
    return tuple(min(finnish.base_forms(w), default=w) for w in clause)


_MY_NO = frozenset({"en", "enkä"})
# Words a state of one's own may hold beside "I", "olla" and its reason's word ("olen tosi
# kipeä", "koska minulla on kova kuume ja yskä"): how much, since when, and why
_MODIFIERS = frozenset({"kova", "kovaa", "kovan", "paha", "pahaa", "pahan", "vähän", "tosi",
                        "ihan", "aika", "niin", "nyt", "tänään", "eilen", "vielä", "taas",
                        "edelleen", "koska", "kun", "ja", "sillä"})
_ME = frozenset({"minä", "minulla", "minua", "minun", "minulle", "minulta", "minusta"})


def _of_me(clause: Sequence[str]) -> bool:
    """The learner speaks of themself: a verb of "I" or a form of "minä" ("olen sairas",
    "minulla on kuumetta")."""
    return any(w in _ME or ("1", "singular") in finnish.persons(w) for w in clause)


def _a_state(clause: list[str]) -> bool:
    """A clause whose verbs are "olla" alone: a state or what one has ("minulla on
    flunssa", "olen väsynyt"), no deed of its own."""
    verbs = [w for w in clause if finnish.persons(w)]
    return bool(verbs) and all(COPULA & finnish.base_forms(v) for v in verbs)


def _reason_of(clause: Sequence[str]) -> str | None:
    """The lexicon's reason a state of "I" gives where the clause says nothing else (an
    "ill" of "olen kipeä", "minulla on kova kuume"), else None ("olen terve", "minun lapsi
    on sairas", "minulla on kiire")."""
    found = None
    for w in clause:
        if w in _ME or w in _MODIFIERS or w in ("on", "olen"):
            continue
        found = next((name for name, said in lexicon.get().reasons.items()
                      if not said.isdisjoint(finnish.base_forms(w))), None)
        if found is None:
            return None  # a word of another meaning: another reason, or not one's own
    return found
