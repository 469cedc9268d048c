"""A deed said to wait for the safe condition (issue 12, judge52): "tulen töihin kun olen
terve", "en mene sisään, menen kun sähköasentaja sanoo", "ilmoitan esimiehelle ja käytän
sitä kun se on korjattu", "en mene sisään ennen kuin sähkömies tulee". The yes is no yes to
the step's no: it waits as the no does. A trainer says right.

A clause waits safely where its deed, with no no, comes only once ("kun", "ku", "kunhan",
"jos", "vasta kun", "sitten kun") a safe condition is met; or where the learner's own no
holds till ("ennen kuin", "kunnes") one is. Safe for the deed (``_safe_for``): the learner
well again on a step of illness ("olen terve", "olen parantunut", "en ole enää kipeä"; not
"vähän parempi", "jos en ole kovin kipeä"); a mending by one safe to mend or the repairer's
go-ahead (``unsaid.safe_condition``: "se on korjattu", "huolto on valmis") where the deed
is one a mending lets (``unsaid.a_guarded_deed``; not "annan lääkettä kun se on korjattu",
"tulen töihin kun se on korjattu"), or a repairer's where the step says no to the deed
and its answers name one ("menen kun sähköasentaja sanoo", "en mene sisään ennen kuin
sähkömies tulee" beside "odotan sähköasentajaa"). The rest
must not say the condition met already ("…, se on jo korjattu") nor, clause by clause,
anything wrong ("… mutta tänään on kiire"). Such a clause is left out and
the rest judged alone: correct where it is. Said alone, the waiting deed is the accepted
answer that says no to it (its verb and words: "tulen töihin kun olen terve" is "en tule
töihin").

An unsafe condition ("jos se ei ole kovin rikki", "kun on kiire", "kun työkaveri korjaa
sen") is no part of this: the rules after judge it, wrong as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from valkky.judge import finnish
from valkky.judge.carry_on import broken_in_the_step
from valkky.judge.case import Case, Judgement
from valkky.judge.later_deed import comma_cuts
from valkky.judge.rules import judged_as
from valkky.judge.unsaid import a_guarded_deed, a_repairer, safe_condition
from valkky.judge.wordsets import EVERY_NO, NEGATIONS

# Words that make what follows the condition a deed waits for
_WHEN = frozenset({"kun", "ku", "kunhan", "jos"})
# …and the ones a no holds till
_TILL = frozenset({"ennen", "kunnes"})
_JOINS = frozenset({"ja", "mutta", "mut", "sitten", "sit", "niin"})
# The learner well again, and the illness a no of which says so
_WELL = frozenset({"terve", "parantua", "parantunut", "toipua", "toipunut"})
_ILL = frozenset({"sairas", "kipeä", "kuume", "flunssa"})
_ILLNESS = _ILL | {"koti", "sairasloma"}
# Words that make a condition less than the whole of it ("vähän parempi", "kovin")
_HEDGES = frozenset({"vähän", "melkein", "lähes", "aika", "ehkä", "kovin", "parempi",
                     "vähemmän", "puoliksi", "osittain"})


def waits_for_the_safe(c: Case) -> Judgement | None:
    """Correct where the answer, its safely waiting clauses left out (module doc), is
    right; None otherwise."""
    if c.options or c.repeat or c.open_question:
        return None
    clauses = _clauses(c.words, c.written)
    rest: list[list[str]] = []
    waiting: list[list[str]] = []
    conditions: list[list[str]] = []
    for clause in clauses:
        kept = _kept_of(c, clause)
        if kept is None:
            rest.append(list(clause))
            continue
        conditions.append(_condition(clause))
        if kept:
            rest.append(kept)  # "en mene sisään ennen kuin …": the no stays
        else:
            waiting.append(clause)
    if not conditions:
        return None
    if rest:
        return _rest_right(c, rest, conditions)
    said = _the_no_it_keeps(c, waiting)
    if said is None:
        return None
    c.note(f"waits for a safe condition: '{said}' said so")
    return c.judgement("correct", closest=said)


def _rest_right(c: Case, rest: list[list[str]], conditions: list[list[str]]
                ) -> Judgement | None:
    """Correct where the rest is right, each clause of it at least almost alone, and none
    says the condition met already ("…, se on jo korjattu": now)."""
    if any(_says_met(k, cond) for k in rest for cond in conditions):
        return None
    if len(rest) > 1 and any(judged_as(c, k).verdict == "wrong" for k in rest):
        return None  # "… mutta tänään on kiire": another word on it
    words = [w for k in rest for w in k]
    right = judged_as(c, words)
    if right.verdict != "correct" or right.matched is not None:
        return None
    c.note(f"'{' '.join(words)}' right, the rest waits for a safe condition")
    return c.judgement("correct", closest=right.closest)


def _says_met(clause: Sequence[str], condition: Sequence[str]) -> bool:
    own = {b for w in condition if w not in _STATE_WORDS for b in finnish.base_forms(w)}
    said = {b for w in clause for b in finnish.base_forms(w)}
    return bool(own) and own <= said


_STATE_WORDS = frozenset({"se", "ne", "on", "ovat", "kun", "jo"})


def _condition(clause: Sequence[str]) -> list[str]:
    at = next((i for i, w in enumerate(clause) if w in _WHEN | _TILL and i > 0), len(clause))
    return [w for w in clause[at + 1:] if w not in ("kuin", "vasta")]


def _kept_of(c: Case, clause: Sequence[str]) -> list[str] | None:
    """None where ``clause`` does not wait safely; [] where its deed waits for a safe
    condition (left out); the no alone where a no holds till one."""
    at = next((i for i, w in enumerate(clause) if w in _WHEN | _TILL and i > 0), None)
    if at is None:
        return None
    head, word = list(clause[:at]), clause[at]
    condition = _condition(clause)
    head = [w for w in head if w not in ("vasta", "sitten")]
    if not head or not _safe_for(c, head, condition):
        return None
    said_no = bool(NEGATIONS.intersection(head))
    if word in _TILL:
        return head if said_no else None
    return None if said_no or not _a_deed(head) else []


def _a_deed(head: Sequence[str]) -> bool:
    return any(finnish.persons(w) and finnish.is_verb(w) for w in head)


def _safe_for(c: Case, head: Sequence[str], condition: list[str]) -> bool:
    """The condition is the safe one for the head's deed: the learner well again on a step
    of illness; a mending or the repairer's go-ahead, where the deed is one a mending lets
    (``unsaid.a_guarded_deed``: using, going on, starting, the step naming something
    broken) or one the step says no to and a repairer gives the go-ahead."""
    if not condition or not _HEDGES.isdisjoint(condition):
        return False
    if _well_again(condition):
        return _of_illness(c)
    verbs = {b for w in head if finnish.persons(w) for b in finnish.base_forms(w)}
    # (a repairer's word where the step's answers name one: "odotan sähköasentajaa")
    repairer = any(map(a_repairer, condition)) and any(
        a_repairer(w) for _, n in c.accepted for w in n.split())
    if repairer and verbs & _said_with_a_no(c) and (
            NEGATIONS.intersection(head) or safe_condition(condition)):
        return True  # "en mene sisään ennen kuin sähkömies tulee", "… kun hän sanoo"
    return safe_condition(condition) and \
        a_guarded_deed(frozenset(verbs), broken_in_the_step(c))


def _well_again(condition: list[str]) -> bool:
    """The learner well again: "olen terve", "olen parantunut", "en ole enää kipeä"."""
    bases = {b for w in condition for b in finnish.base_forms(w) | {w}}
    if NEGATIONS.intersection(condition):
        return bool(bases & _ILL) and not bases & _WELL
    return bool(bases & _WELL)


def _of_illness(c: Case) -> bool:
    """The step's answers speak of illness or staying at home ("jään kotiin")."""
    return bool(finnish.base_forms_of(n for _, n in c.accepted) & _ILLNESS)


def _said_with_a_no(c: Case) -> set[str]:
    """The verbs the step's accepted answers say after a no ("en mene sisään": mennä)."""
    out: set[str] = set()
    for _, n in c.accepted:
        words = n.split()
        for i, w in enumerate(words[:-1]):
            if w in EVERY_NO:
                out |= finnish.base_forms(words[i + 1])
    return out


def _the_no_it_keeps(c: Case, waiting: list[list[str]]) -> str | None:
    """The accepted answer that says no to the waiting deed: its verb, with a no, and its
    other words all said in the deed ("en tule töihin" for "tulen töihin kun …")."""
    heads = [_head(k) for k in waiting]
    said = {b for h in heads for w in h for b in finnish.base_forms(w) | {w}}
    verbs = {b for h in heads for w in h if finnish.persons(w) for b in finnish.base_forms(w)}
    for original, n in c.accepted:
        words = n.split()
        if EVERY_NO.isdisjoint(words):
            continue
        own = [w for w in words if w not in EVERY_NO]
        own_verbs = {b for w in own if finnish.is_verb(w) for b in finnish.base_forms(w)}
        if own_verbs & verbs and all(finnish.base_forms(w) & said or w in said
                                     for w in own):
            return original
    return None


def _head(clause: Sequence[str]) -> list[str]:
    at = next((i for i, w in enumerate(clause) if w in _WHEN and i > 0), len(clause))
    return list(clause[:at])


def _clauses(words: Sequence[str], written: str) -> list[list[str]]:
    """``words`` cut at the words that join clauses and the commas of ``written``."""
    cuts = comma_cuts(words, written)
    out: list[list[str]] = [[]]
    for i, w in enumerate(words):
        if i in cuts:
            out.append([])
        if w in _JOINS:
            out.append([])
        else:
            out[-1].append(w)
    return [k for k in out if k]
