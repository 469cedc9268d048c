"""A right answer that reports something (issue 12, judge42): "kerron työnjohtajalle, että
tikkaat ei ole kunnossa", "ilmoitan esimiehelle että kone ei toimi". After a verb of telling
or noticing (``REPORTING_VERBS``), a clause at että, ettei, kun, jos, koska or mutta whose
subject is a thing or a third person is what the learner reports: its no is no no of the
learner's, its words no deed of theirs. The learner's own words (the main clause, and a
clause of their own after the report: "huomaan että kone ei toimi ja kerron esimiehelle")
are judged alone. A report that says no to the very report an accepted answer holds
("… että lava ei ole rikki" beside "… että lava on rikki") is almost.

Safety first: not where the clause's subject is the learner or the one spoken to ("sanon
että en ilmoita", "kerron että nostan yksin", "sanon että älä käytä"), a passive (spoken
"me korjataan"), nor where the telling verb is under a no ("en kerro, että …"); not where a
foreseen mistake is said in or across the report (one in the learner's own words is judged
with them), the report says a verb of a foreseen mistake, whoever does it ("… että hän
korjaa sen itse"), or an unsafe deed: each keeps the verdict the rules after this give.
Never in a choose or repeat step nor an open question."""

from __future__ import annotations

from dataclasses import replace

from valkky.judge import finnish
from valkky.judge.case import Case, Judgement, normalised
from valkky.judge.polarity import MAIN_JOINS, no_on, says_no
from valkky.judge.rules import judged_as, mistake_beside
from valkky.judge.unsafe_more import unsafe_deed
from valkky.judge.wordsets import COPULA, NEGATIONS, PRONOUN_PERSONS, REPORTING_VERBS

_OPENERS = frozenset({"että", "kun", "jos", "koska", "mutta"})  # (ettei is read as että ei)
# the learner, or the one spoken to, as a word of its own
_NOT_REPORTED = frozenset({"en", "emme", "enkä", "emmekä", "et", "ette", "etkä", "ettekä",
                           "älä", "älkää", "minun", "meidän", "sinun", "teidän", "itse"}) | \
    frozenset(p for p, (person, _) in PRONOUN_PERSONS.items() if person != "3")
_THIRD_NO = frozenset({"ei", "eivät", "eikä", "eivätkä"})


def reported(c: Case) -> Judgement | None:
    words = c.words
    if _OPENERS.isdisjoint(words) or c.options or c.open_question or c.repeat:
        return None  # (cheaply first: most answers have no opener)
    at = _report_at(words)
    if at is None:
        return None
    end = _report_end(words, at + 1)
    tail, own = words[at + 1:end], [*words[:at], *words[end:]]
    if not _of_another(tail) or _a_mistake_in(c, words, at, end, own):
        return None
    j = judged_as(c, own)
    c.note(f"'{' '.join(own)}', reporting '{' '.join(tail)}': {j.verdict}")
    if j.verdict == "correct":
        if _turns_a_report(c, tail):
            c.note("the report says no to the report an accepted answer holds")
            return c.judgement("almost", "negation", closest=j.closest)
        return c.judgement("correct", closest=j.closest)
    if j.verdict == "almost":  # the learner's own words, nearly: not wrong for the report
        return replace(j, heard=c.said, rule=c.rule)
    return None


def _report_at(words: list[str]) -> int | None:
    """Where the report begins: an opener whose last verb before it is one of telling
    ("kerron työkaverille ja hoitajalle, että …", "menen kertomaan …"), no no on it ("en
    kerro, että …" is a no of the telling), nor its -matta (without telling)."""
    negated = no_on(words)
    telling = False
    for i, w in enumerate(words):
        if w in _OPENERS:
            if telling:
                return i
        elif REPORTING_VERBS & finnish.base_forms(w) and finnish.is_verb(w):
            telling = not negated[i] and not w.endswith(("matta", "mättä"))
        elif finnish.only_a_verb(w):  # (not "siitä", also read as a verb)
            telling = False
    return None


def _report_end(words: list[str], start: int) -> int:
    """The end of the report: a join before a clause of the learner's own (a verb of the
    first person: "… ja kerron esimiehelle"), else the end of the answer."""
    for i in range(start, len(words)):
        if words[i] in MAIN_JOINS and any(_first_person(w) for w in words[i + 1:i + 3]):
            return i
    return len(words)


def _first_person(word: str) -> bool:
    found = finnish.persons(word)
    return word in _NOT_REPORTED or (bool(found) and all(p in ("1", "4") for p, _ in found))


def _of_another(tail: list[str]) -> bool:
    """The report's subject is a thing or a third person: a verb of the third person (or
    its no: "ettei" is read as "että ei"), none of the first person, a passive, the one
    spoken to, nor a command (a verb of the second person only, no no before it)."""
    if len(tail) < 2 or not _NOT_REPORTED.isdisjoint(tail):
        return False
    third = negated = False
    for w in tail:
        if w in _THIRD_NO:
            third = negated = True
            continue
        found = finnish.persons(w)
        if not found:
            continue
        people = {p for p, _ in found}
        if people <= {"1", "4"}:
            return False  # "… että nostan yksin", "… että korjataan"
        if people == {"2"} and finnish.only_a_verb(w) and not negated:
            return False  # a command: "… että nosta yksin"
        third = third or "3" in people
    return third


def _a_mistake_in(c: Case, words: list[str], at: int, end: int, own: list[str]) -> bool:
    """A foreseen mistake said whole in the report or across it (one in the learner's own
    words is theirs to be judged by), or beside the answer; a verb of one in the report; or
    an unsafe deed in it: judged by the rules after this, as before."""
    tail = words[at + 1:end]
    if any(_overlaps(words, normalised(m).split(), at, end) for m in c.mistakes):
        return True
    mistake_verbs = {b for m in c.mistakes for w in normalised(m).split()
                     if w not in NEGATIONS and finnish.is_verb(w)
                     for b in finnish.base_forms(w)} - COPULA  # ("tässä on lääkettä")
    if any(mistake_verbs & finnish.base_forms(w) for w in tail if finnish.is_verb(w)):
        return True
    if c.mistakes and mistake_beside(c, tail, says_no(tail), own) is not None:
        return True
    return unsafe_deed(c, tail) is not None


def _overlaps(words: list[str], run: list[str], at: int, end: int) -> bool:
    """``run`` said in ``words`` with a word of it in ``words[at:end]``."""
    n = len(run)
    return bool(run) and any(words[i:i + n] == run and i < end and i + n > at
                             for i in range(len(words) - n + 1))


def _turns_a_report(c: Case, tail: list[str]) -> bool:
    """The report says no where an accepted answer's report, of the same words, says yes
    (or the other way round): an odd report, not the learner's no."""
    no = says_no(tail)
    mine = _content(tail)
    for _, n in c.accepted:
        parts = n.split()
        at = next((i for i, w in enumerate(parts) if w in _OPENERS), None)
        if at is None:
            continue
        theirs = parts[at + 1:]
        if _content(theirs) == mine and says_no(theirs) != no:
            return True
    return False


def _content(words: list[str]) -> frozenset[str]:
    """The base forms of the words that carry meaning (no no, no verb "olla")."""
    return frozenset(b for w in words if w not in NEGATIONS
                     for b in finnish.base_forms(w) or {w}) - COPULA
