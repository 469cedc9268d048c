"""A right deed with an unsafe permission beside it (issue 12, judge52): "laita jarrut
päälle, mutta ne saa ottaa pois", "pysäytän koneen ja ilmoitan, saan korjata sen itse",
"hälytä ensin hoitaja, sitten voit nostaa yksin". The permission allows what the step
foresees as a wrong mistake ("ota jarrut pois", "korjaan sen itse", "nosta hänet yksin"):
however right the rest, a trainer says wrong — its own reply, the mistake's.

Only after a right answer (the rest judged alone correct or almost): a permission on its
own ("ei se haittaa, voit nostaa hänet") or first, a no after it ("saa myydä, ei": taken
back), is the rules' after, as before; so is one in charge or a repairer's ("ei saa,
esimies saa myydä").

A clause gives a permission where it has a modal of may ("voi", "voit", "saa", "saan",
"voidaan"…) in a person with no no, and an infinitive; it says a mistake where every word of
the mistake's own, by base form (no pronoun, no frame word: "hänet", "sen"), is in the
clause, its verb the infinitive. Not where the clause waits for a mending ("voit käyttää
sitä kun se on korjattu": ``unsaid.safe_condition``; any other condition, "jos hän on
kevyt", leaves it a permission), nor a permission with a no ("et saa ottaa jarruja pois").

``permitted_mistake`` reads words against mistakes; a dialogue turn's earlier mistakes are
read so too (``said_before.said_again``: "hälytä hoitaja, jarrut voi ottaa pois" after the
turn whose mistake is "ota jarrut pois").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from valkky.judge import finnish
from valkky.judge.case import Case, Judgement, comma_cuts, normalised
from valkky.judge.rules import as_mistake, judged_as
from valkky.judge.unsaid import a_repairer, safe_condition
from valkky.judge.wordsets import (
    ADDRESSED,
    ANOTHER_THING,
    AROUND_A_REPLY,
    EVERY_NO,
    FRAME_WORDS,
    IN_CHARGE,
    QUESTION_WORDS,
    SUBJECT_PRONOUNS,
    THING_PRONOUNS,
    THIRD_PERSONS,
)

_MAY = frozenset({"voida", "saada"})
# Words that end a clause
_JOINS = frozenset({"ja", "mutta", "mut", "vaan", "niin", "tai"})
_THEN = frozenset({"sitten", "sit"})  # after the deed before it
# A condition the permission waits for: none now where it is a mending
_WAITS = frozenset({"kun", "ku", "kunhan", "vasta", "ennen", "jälkeen", "kunnes", "jos"})
# A deed of one's own hands alone stays unsafe after any other deed ("hälytä ensin
# hoitaja, sitten voit nostaa yksin")
_OWN_HANDS = frozenset({"yksin", "itse"})
_IN_CHARGE = IN_CHARGE | {"sairaanhoitaja"}
# Others a "hän"/"he" may stand for (one in charge or a repairer decides it: ``_one_who_may``)
_PEOPLE = ADDRESSED | {"kollega", "asukas", "potilas", "asiakas", "lapsi", "ystävä",
                       "siivooja", "harjoittelija", "opiskelija", "kuski", "kuljettaja"}
# A pronoun for a thing the answer names
_THINGS = frozenset({"se", "sen", "sitä", "ne", "niitä", "niiden", "siihen", "niihin"})
# Words of no deed of the mistake's own
_NO_CONTENT = AROUND_A_REPLY | FRAME_WORDS | SUBJECT_PRONOUNS | frozenset(THING_PRONOUNS) | {
    "hänet", "häntä", "hänen", "sen", "sitä", "niitä", "ne", "niiden", "heidät"}


def permits_a_mistake(c: Case) -> Judgement | None:
    """The wrong foreseen mistake a permission in the answer allows (module doc), judged as
    that mistake; None otherwise."""
    if c.options or c.repeat:  # (an open step too: its mistakes are still wrong)
        return None
    wrong = [m for m, v in c.mistakes.items() if v == "wrong"]
    if (mistake := permitted_mistake(c.words, wrong, c.written)) is None:
        return None
    clauses = _clauses(c.words, c.written)
    given = [bool(_permission(k, _before(clauses, i))) for i, k in enumerate(clauses)]
    if not any(given) or given[0]:
        return None  # (the permission first, then a no: "saa myydä, ei" takes it back)
    rest = [w for k, g in zip(clauses, given, strict=True) if not g for w in k]
    right = judged_as(c, rest) if rest else None
    if right is None or right.verdict not in ("correct", "almost") or \
            right.rule == "open_answer":
        return None  # the permission alone, or beside no right deed: the rules after
    c.note(f"a permission of the foreseen mistake '{mistake}'")
    return as_mistake(c, mistake)


def permitted_mistake(words: Sequence[str], mistakes: Iterable[str], written: str = ""
                      ) -> str | None:
    """The first of ``mistakes`` (said with no no) a permission clause of ``words`` (cut
    also at the commas of ``written``) allows, or None."""
    cut = _clauses(words, written)
    clauses = [span for i, k in enumerate(cut) if (span := _permission(k, _before(cut, i)))]
    if not clauses:
        return None
    for mistake in mistakes:
        said = normalised(mistake).split()
        if not EVERY_NO.isdisjoint(said):
            continue
        # (its own modal no part of it: "voit korjata sen itse" is korjata itse; "joo
        # voit" has no deed to allow)
        own = [w for w in said if w not in _NO_CONTENT and not finnish.base_forms(w) & _MAY]
        verbs = [w for w in own if finnish.is_verb(w)]
        if not verbs:
            continue
        heard = {b for w in words for b in finnish.base_forms(w) | {w}}
        for k in clauses:
            if k[0] in _THEN and _OWN_HANDS.isdisjoint(said):
                continue  # "tukipukit ensin ja sitten voit mennä auton alle": once safe
            k = [w for w in k if w not in _THEN]
            if _another_thing(k):
                continue  # "voin käyttää toista rullakkoa": not the broken one
            bases = {b for w in k for b in finnish.base_forms(w) | {w}}
            # a thing named in the answer may be a pronoun here ("jarrut … ne saa ottaa pois")
            thing = bool(_THINGS.intersection(k))
            if all(_in(w, bases) or (thing and not finnish.is_verb(w) and _in(w, heard))
                   for w in own):
                return mistake
    return None


def _in(word: str, bases: set[str]) -> bool:
    return bool(finnish.base_forms(word) & bases) or word in bases


def _another_thing(clause: Sequence[str]) -> bool:
    """The permission's object is another one than the mistake's ("toista", "uutta")."""
    return any(finnish.base_forms(w) & ANOTHER_THING for w in clause)


def _before(clauses: Sequence[Sequence[str]], at: int) -> list[str]:
    return [w for k in clauses[:at] for w in k]


def _permission(clause: Sequence[str], before: Sequence[str] = ()) -> list[str]:
    """The words of the permission in ``clause``: from after the verb before its modal of
    may (in a person, an infinitive after it) to the clause's end; [] where there is none,
    or it has a no ("et saa", "etten voi"), asks ("miksi voit", "saako"), or waits for a
    time ("kun tukipukit ovat paikallaan") or, after "jos", for a mending; nor one whose
    giver is one in charge or a repairer, also as "hän"/"he" after one ("kerro esimiehelle,
    hän voi korjata sen"; ``before``: the answer's words before the clause)."""
    may = next((i for i, w in enumerate(clause) if finnish.base_forms(w) & _MAY
                and finnish.persons(w) and any(map(_an_infinitive, clause[i + 1:]))), None)
    if may is None:
        return []
    start = max((i + 1 for i in range(may) if finnish.persons(clause[i])
                 and not _a_no(clause[i])), default=0)
    span = list(clause[start:])
    givers = span[:may - start]
    if any(map(_a_no, span)) or _asks(span) or any(map(_one_who_may, givers)) or (
            not THIRD_PERSONS.isdisjoint(givers) and nearest_may(before)):
        return []  # (not "esimies saa myydä": theirs to decide)
    waits = next((i for i, w in enumerate(span) if w in _WAITS), None)
    if waits is not None and (span[waits] != "jos" or safe_condition(span[waits + 1:])):
        return []  # "… kun se on korjattu", "… jos huolto on korjannut sen"
    return span


def _one_who_may(word: str) -> bool:
    """One in charge or a repairer: a permission of theirs is theirs to give."""
    return bool(finnish.base_forms(word) & _IN_CHARGE) or a_repairer(word)


def nearest_may(before: Sequence[str]) -> bool:
    """The nearest person named before (a "hän" stands for) is one in charge or a repairer."""
    for w in reversed(before):
        if _one_who_may(w):
            return True
        if finnish.base_forms(w) & _PEOPLE:
            return False
    return False


def _a_no(word: str) -> bool:
    """A no: "en", "ei", "älä", also joined to "että"/"jotta" ("etten", "jottei")."""
    return word in EVERY_NO or (word[:3] in ("ett", "jot") and word[-3:].lstrip("t") in
                                {"en", "et", "ei", "emme", "ette", "eivät"})


def _asks(span: Sequence[str]) -> bool:
    return any(w in QUESTION_WORDS or w == "miksi" or (w.endswith(("ko", "kö")) and
               finnish.persons(w)) for w in span)


def _an_infinitive(word: str) -> bool:
    return any(a.get("MOOD") == "A-infinitive" for a in finnish.analyses(word))


def _clauses(words: Sequence[str], written: str) -> list[list[str]]:
    """``words`` cut at the words that join clauses and the commas of ``written``; a
    clause "sitten" opens keeps it (what is allowed once the deed before it is done)."""
    cuts = comma_cuts(words, written)
    out: list[list[str]] = [[]]
    for i, w in enumerate(words):
        if i in cuts:
            out.append([])
        if w in _THEN:
            out.append([w])
        elif w in _JOINS:
            out.append([])
        else:
            out[-1].append(w)
    return [k for k in out if k]
