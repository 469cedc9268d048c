"""Going on beside a right answer (issue 12, safety): "ilmoitan esimiehelle mutta imuroin
silti", "… ja jatkan vaan" to "Johto on rikki. Mitä teet?", "painan hätäseis ja jatkan
työtä". The right answer is said whole, so answer_inside and extra_clause took the few words
more as a deed that fits; the deed undoes the answer: the learner reports the broken cord
and goes on vacuuming with it.

What going on is, per step (``_going_on``): the verb of going on (``CARRY_ON``: jatkaa,
käyttää) of a wrong mistake that says one, and the work that mistake goes on with, as a
verb ("jatkan imurointia": jatkaa, imuroida); and where the step's answers stop the work
(``STOPPING``: "pysäytän koneen", "painan hätäseis"), going on with it at all. Never a
verb the step's answers say themselves, positively and in a person ("käytän toista
imuria" is the answer's own).

A clause beside the answer (split at ja, mutta, tai) goes on where:
- the learner does it: the verb in the first or second person, a command, the spoken
  passive ("me jatketaan"), or such a modal before it ("voin jatkaa"); not a question
  ("saanko jatkaa", "jatketaanko") nor asking or leaving it to someone ("kysyn", "päättää");
- it says no no, and no condition or later time ("kun johto on korjattu", "vasta",
  "huomenna", "korjauksen jälkeen"; "ilmoituksen jälkeen" is now);
- nothing else is gone on with or used: a tool of its own ("toisella imurilla",
  "varaimurilla"), other work ("jatkan moppausta", "jatkan muita töitä"), another thing
  used ("käytän portaita" beside "käytän hissiä"): going on or using takes no thing, a
  pronoun, the work itself ("työtä") or the thing the mistake or the stopped answer names;
  the work's own verb ("imuroin eri huoneen") takes any;
- or, said anyway (``_DESPITE``: silti, kuitenkin, vaikka…), it is the verb of a wrong
  mistake with a word of that mistake's too ("nostan hänet silti" beside "nostan hänet
  yksin"; not "menen kuitenkin hänen luokseen" beside "menen hakemaan hoitajan").
It is then the wrong mistake it says most of (its verdict and feedback: "Ei! Rikki johto on
vaarallinen. Lopeta ja ilmoita esimiehelle."), or wrong where no mistake says going on.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from valkky.judge import finnish
from valkky.judge.case import Case, Judgement, fuzz_module, normalised
from valkky.judge.polarity import MAIN_JOINS, SUB_JOINS
from valkky.judge.wordsets import CARRY_ON, FRAME_WORDS, NEGATIONS, NOT_THE_DEED, STOPPING

# "anyway": the deed is done despite what the answer says (spoken forms too)
_DESPITE = frozenset({"silti", "kuitenkin", "kuitenki", "kumminkin", "kumminki", "vaikka",
                      "huolimatta", "tapauksessa"})  # (joka tapauksessa)
# a condition or a later time: the work goes on when it may
_LATER = frozenset({"kun", "jos", "vasta", "huomenna", "ylihuomenna", "myöhemmin",
                    "luvalla"})
# "… jälkeen" is later after these (korjauksen jälkeen), not after a report (ilmoituksen)
_AFTER = frozenset({"korjaus", "lupa", "tarkastus", "huolto", "vaihto", "korjata"})
# asking whether, or leaving it to someone: no going on said
_ASKING = frozenset({"kysyä", "päättää", "miettiä", "harkita", "selvittää", "varmistaa"})
# another tool or other work ("toisella imurilla", "muita töitä", "eri koneella")
_ANOTHER = frozenset({"toinen", "muu", "uusi", "eri", "ehjä"})
# going on with the work itself: these say no thing of their own ("jatkan työtä loppuun")
_THE_WORK = frozenset({"työ", "homma", "duuni", "työnteko", "loppu", "normaali"})
# whose deed: I, you (a command too), we (the spoken passive "me jatketaan")
_LEARNERS = frozenset({"1", "2", "4"})
_ADESSIVE = "ulkoolento"
# where a clause of its own begins ("jatkan, vaikka johto on rikki"), and the postpositions
# of time whose noun is no thing gone on with ("ilmoituksen jälkeen")
_WHEN = frozenset({"jälkeen", "aikana", "ajan", "asti", "saakka", "ennen"})
_SUBORDINATE = (SUB_JOINS - _WHEN) | {"vaikka", "ettei", "kunnes"}
_OBJECT_CASES = frozenset({"nimento", "omanto", "osanto"})
_NOT_A_THING = frozenset({"asemosana", "suhdesana", "seikkasana"})
_IT = frozenset({"se", "ne"})  # a pronoun for a thing the step names


@lru_cache(maxsize=4096)
def _verbs(word: str) -> frozenset[str]:
    """The verbs ``word`` says: its base forms as a verb (not a modal or "olla"), and the
    verb an action noun is made of (imurointi → imuroida, siivoaminen → siivota)."""
    out = {b for b in finnish.base_forms(word) if finnish.is_verb(b)} \
        if finnish.is_verb(word) else set()
    out |= {root for root, _ in finnish.derived_from(word) if finnish.is_verb(root)}
    return frozenset(out - NOT_THE_DEED)


def _bases(word: str) -> frozenset[str]:
    return finnish.base_forms(word) or frozenset({word})


def _verbs_of(text: str) -> frozenset[str]:
    return frozenset().union(*map(_verbs, normalised(text).split()))


def _things(text: str) -> frozenset[str]:
    """The nouns (and pronouns) ``text`` names, by base form: what a deed is done to (not
    a verb in a person, though Voikko reads it as a noun too: "poraan")."""
    return frozenset(b for w in normalised(text).split() if w not in FRAME_WORDS
                     and finnish.word_classes(w) & {"nimisana", "asemosana"}
                     and not finnish.persons(w)
                     for b in _bases(w)) - _IT


def _clauses(words: Sequence[str]) -> list[list[str]]:
    out: list[list[str]] = [[]]
    for w in words:
        if w in MAIN_JOINS:
            out.append([])
        else:
            out[-1].append(w)
    return [clause for clause in out if clause]


def _own_verbs(accepted: Iterable[str]) -> frozenset[str]:
    """The verbs the step's answers say the learner does: in the learner's person, in a
    clause with no no (not "käyttää konetta", what one must not do)."""
    return frozenset(b for n in accepted for clause in _clauses(n.split())
                     if NEGATIONS.isdisjoint(clause) for w in clause
                     if _theirs(w) for b in _verbs(w))


def _theirs(word: str) -> bool:
    """A verb in the learner's person: I, you, a command, we."""
    return any(p in _LEARNERS for p, _ in finnish.persons(word))


def _stops(accepted: Iterable[str]) -> bool:
    """The step's answers stop the work, the learner's deed: "pysäytän koneen", "painan
    hätäseis" (not "kuljetin pysähtyi", a report)."""
    return any((_theirs(w) and _bases(w) & STOPPING) or
               w.startswith(("hätäseis", "hätäpysäy")) for n in accepted for w in n.split())


def _the_learners(clause: Sequence[str], i: int) -> bool:
    """The verb at ``i`` is the learner's deed: in a person of theirs, or a modal of theirs
    just before it ("voin jatkaa")."""
    return _theirs(clause[i]) or (i > 0 and _theirs(clause[i - 1])
                                  and bool(_bases(clause[i - 1]) & NOT_THE_DEED))


def _held_back(clause: Sequence[str]) -> bool:
    """The clause says no, asks, leaves it to someone, or says when it may go on."""
    if not NEGATIONS.isdisjoint(clause) or not _LATER.isdisjoint(clause):
        return True
    if any(w.endswith(("ko", "kö")) and finnish.persons(w) for w in clause):
        return True  # saanko jatkaa, jatketaanko
    bases = [_bases(w) for w in clause]
    return any(b & _ASKING for b in bases) or any(
        w == "jälkeen" and i and bases[i - 1] & _AFTER for i, w in enumerate(clause))


def _another_tool(clause: Sequence[str]) -> bool:
    """A tool of its own: "toisella imurilla", "varaimurilla"."""
    return any(any(case == _ADESSIVE for case, _ in finnish.case_numbers(w)) and
               (_bases(w) & _ANOTHER or w.startswith("vara")) for w in clause)


def _other_work(clause: Sequence[str], i: int, things: frozenset[str],
                work: frozenset[str]) -> bool:
    """Going on (or using) at ``i`` with a thing of its own: not the work itself, a
    pronoun, one of ``things``, nor a deed of ``work`` (a wrong mistake's verbs) as a noun
    ("jatkan nostoa" beside "nostan asukkaan yksin"): "jatkan moppausta", "käytän
    portaita". Its things are
    in its own part of the clause (not "vaikka johto on rikki"), not a time ("ilmoituksen
    jälkeen")."""
    own = list(clause[:next((j for j in range(i + 1, len(clause))
                             if clause[j] in _SUBORDINATE), len(clause))])
    if any(_bases(w) & _ANOTHER for w in own):
        return True  # muita töitä, toista konetta
    nouns = [w for j, w in enumerate(own) if j != i and w not in _WHEN and _a_thing(w)
             and (j + 1 == len(own) or own[j + 1] not in _WHEN)]
    return bool(nouns) and not any(_bases(w) & (things | _THE_WORK) or _verbs(w) & work
                                   for w in nouns)


def _a_thing(word: str) -> bool:
    """A noun that can be what is gone on with or used: in an object's case (not a place:
    "jatkan varastossa"), no pronoun, adposition or adverb ("minä", "ilman", "jälkeen" are
    nouns too) and no verb."""
    classes = finnish.word_classes(word)
    return "nimisana" in classes and classes.isdisjoint(_NOT_A_THING) and \
        not finnish.is_verb(word) and \
        any(case in _OBJECT_CASES for case, _ in finnish.case_numbers(word))


def _of_its_things(clause: Sequence[str], things: frozenset[str]) -> bool:
    """The clause names one of ``things``, or a pronoun for one ("käynnistän sen silti")."""
    return bool(_things(" ".join(clause)) & things) or (bool(things) and any(
        _bases(w) & _IT for w in clause))


def _going_on(c: Case, wrong: list[str], own: frozenset[str]) -> dict[str, frozenset[str]]:
    """The step's verbs of going on, each with its things (what it goes on with)."""
    verbs: dict[str, set[str]] = {}
    for m in wrong:
        said = _verbs_of(m)
        if said & CARRY_ON:  # going on, or the work it goes on with; using or going on
            # with the thing the step is about ("käytän sitä"), in any verb of going on
            for v in (said | (CARRY_ON if not _things(m) else set())) - own:
                verbs.setdefault(v, set()).update(_things(m))
    if _stops(n for _, n in c.accepted):
        for v in CARRY_ON - own:
            verbs.setdefault(v, set()).update(*(_things(n) for _, n in c.accepted))
    return {v: frozenset(t) for v, t in verbs.items()}


def carried_on(c: Case, beside: list[str]) -> Judgement | None:
    """The step's wrong mistake (or wrong) where a clause of ``beside`` (what is said
    beside the right answer) goes on with what the step forbids."""
    wrong = [m for m, verdict in c.mistakes.items() if verdict == "wrong"]
    if not beside or c.options or c.repeat or c.open_question:
        return None
    own = _own_verbs(n for _, n in c.accepted)
    going_on = _going_on(c, wrong, own)
    work = frozenset().union(*map(_verbs_of, wrong)) - own
    for clause in _clauses(beside):
        if _held_back(clause) or _another_tool(clause):
            continue
        despite = not _DESPITE.isdisjoint(clause)
        for i, w in enumerate(clause):
            said = _verbs(w) - own
            if not said or not _the_learners(clause, i):
                continue
            goes = {v for v in said & going_on.keys()
                    if v not in CARRY_ON or not _other_work(clause, i, going_on[v], work)}
            anyway = {m for m in wrong if despite and said & _verbs_of(m) and
                      _of_its_things(clause, _things(m))}
            if goes or anyway:
                return _as_going_on(c, clause, wrong, goes, anyway)
    return None


def _as_going_on(c: Case, clause: list[str], wrong: list[str], goes: set[str],
                 anyway: set[str]) -> Judgement:
    said = frozenset().union(*map(_verbs, clause))
    named = _things(" ".join(clause))

    def says(m: str) -> tuple[bool, int]:
        verbs = _verbs_of(m)
        return (m in anyway or bool(goes & verbs) or bool(goes & CARRY_ON and verbs & CARRY_ON),
                len(said & verbs) + len(named & _things(m)))

    c.note(f"'{' '.join(clause)}': goes on beside the right answer")
    best = max(wrong, key=says, default=None)
    if best is None or not says(best)[0]:
        return c.judgement("wrong")
    c.note(f"as the foreseen mistake '{best}'")
    c.closeness = fuzz_module().ratio(c.heard, normalised(best))
    return c.judgement(c.mistakes[best], "mistake", matched=best)
