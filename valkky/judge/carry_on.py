"""Carrying on beside a right answer (issue 12, safety): "ilmoitan esimiehelle mutta imuroin
silti", "kerron esimiehelle ja jatkan siivousta" to "Johto on rikki. Mitä teet?". The
right answer is said whole, so answer_inside and extra_clause took the few words more as a
deed that fits; the deed undoes the answer: the learner reports the broken cord and goes
on vacuuming with it.

A clause beside the answer (split at ja, mutta, tai) undoes it where the learner (or whom
the learner tells: I, you, we, a command) says, positively and with no condition:
- a verb of going on that a wrong mistake of the step says (``CARRY_ON``: "jatkan työtä"),
  or the work that mistake goes on with, as a verb ("imuroin" for "jatkan imurointia");
- a verb of a wrong mistake, done "anyway" (``_DESPITE``: "nostan hänet silti");
in both, a verb the step's accepted answers do not say positively ("en jatka työtä ja
ilmoitan" turns going on down). It is then that mistake (its
verdict and feedback: "Ei! Rikki johto on vaarallinen. Lopeta ja ilmoita esimiehelle.").
Not a clause that says no, asks for a condition or a later time ("jatkan vasta kun johto
on korjattu", "jatkan huomenna"), or goes on with something else ("jatkan toisella
imurilla", "jatkan muita töitä"); not a deed of someone else ("hän jatkaa").
"""

from __future__ import annotations

from collections.abc import Iterable

from valkky.judge import finnish
from valkky.judge.case import Case, Judgement, fuzz_module, normalised
from valkky.judge.polarity import MAIN_JOINS, SUB_JOINS
from valkky.judge.wordsets import CARRY_ON, NEGATIONS

# "anyway": a deed said despite what the answer says
_DESPITE = frozenset({"silti", "huolimatta", "kuitenkin"})
# a condition or a later time: the work goes on when it may ("vasta kun", "huomenna")
_LATER = SUB_JOINS | {"vasta", "huomenna", "myöhemmin", "luvalla", "lupa"}
# another thing to go on with ("toisella imurilla", "muita töitä", "uudella johdolla")
_ANOTHER = frozenset({"toinen", "muu", "uusi", "eri", "ehjä", "vara"})
# whose deed: I, you (a command too), we (passive "me jatketaan")
_LEARNERS = frozenset({"1", "2", "4"})


def _verbs(word: str) -> frozenset[str]:
    """The verbs ``word`` says: its base forms as a verb, the verb an action noun is made
    of (imurointi → imuroida, siivoaminen → siivota)."""
    out = {b for b in finnish.base_forms(word) if finnish.is_verb(b)} \
        if finnish.is_verb(word) else set()
    out |= {root for root, _ in finnish.derived_from(word) if finnish.is_verb(root)}
    return frozenset(out)


def _carried_on(mistakes: Iterable[str]) -> frozenset[str]:
    """The verbs of going on and of the work gone on with, of mistakes that go on."""
    out: set[str] = set()
    for m in mistakes:
        verbs = _verbs_of(m)
        if verbs & CARRY_ON:
            out |= verbs
    return frozenset(out)


def _clauses(beside: list[str]) -> list[list[str]]:
    out: list[list[str]] = [[]]
    for w in beside:
        if w in MAIN_JOINS:
            out.append([])
        else:
            out[-1].append(w)
    return [clause for clause in out if clause]


def _the_learners(clause: list[str]) -> bool:
    """A verb in the clause said by the learner (or to whom the learner speaks)."""
    return any(person in _LEARNERS for w in clause for person, _ in finnish.persons(w))


def _qualified(clause: list[str]) -> bool:
    bases = {b for w in clause for b in finnish.base_forms(w) | {w}}
    return not NEGATIONS.isdisjoint(clause) or not _LATER.isdisjoint(bases) or \
        not _ANOTHER.isdisjoint(bases) or any(w.startswith("vara") for w in clause)


def carried_on(c: Case, beside: list[str]) -> Judgement | None:
    """The step's wrong mistake where a clause of ``beside`` (what is said beside the right
    answer) goes on with what the step forbids."""
    wrong = [m for m, verdict in c.mistakes.items() if verdict == "wrong"]
    if not wrong or not beside or c.options or c.repeat or c.open_question:
        return None
    own = {b for _, n in c.accepted for clause in _clauses(n.split())
           if NEGATIONS.isdisjoint(clause) for w in clause for b in _verbs(w)}
    verbs = {m: _verbs_of(m) - own for m in wrong}
    going_on = _carried_on(wrong) - own
    for clause in _clauses(beside):
        if not _the_learners(clause) or _qualified(clause):
            continue
        said: set[str] = set().union(*map(_verbs, clause))
        # going on, or a deed of a wrong mistake done anyway
        deeds = said & going_on if _DESPITE.isdisjoint(clause) else said
        m = max(wrong, key=lambda m: len(deeds & verbs[m]))
        if deeds & verbs[m]:
            c.note(f"'{' '.join(clause)}': goes on beside the right answer, as the foreseen "
                   f"mistake '{m}'")
            c.closeness = fuzz_module().ratio(c.heard, normalised(m))
            return c.judgement(c.mistakes[m], "mistake", matched=m)
    return None


def _verbs_of(text: str) -> set[str]:
    return set().union(*map(_verbs, normalised(text).split()))
