"""A right answer that reports a fault (issue 12, judge42, narrowed after review): "kerron
työnjohtajalle, että tikkaat ei ole kunnossa", "ilmoitan esimiehelle että kone ei toimi". The
rule exists only so that a reported fault's "ei" is not read as the learner's no; where in
doubt it does not fire and the rules after it judge as before. It fires where all hold:

- the learner tells: a verb of telling or noticing (``REPORTING_VERBS``) in the first person,
  or its -maan/-massa after one ("menen kertomaan"), no no on it, the last verb before
  "että" (spoken "et"; "ettei" is said "että ei"). Not "kun", "jos", "koska", "mutta":
  those say when or despite, not what is told ("soitan hätänumeroon jos hän ei herää");
  not "hän sanoi että…", a passive or a command;
- the report has a subject of its own, a noun or hän/he/se/ne in the nominative, before a
  verb of the third person ("sitä voi käyttää" has none), and nothing of the learner or the
  one spoken to;
- it says a fault (``FAULTS``: "kone on rikki", "hana vuotaa"), the no of a verb of working
  or holding (``FAULT_WHEN_NO``: "kone ei toimi"), nothing after it but a word of degree or
  time ("ei toimi kunnolla", "ei käynnisty enää"; not "ei käy kuumana", "ei pysy rikki",
  "ei toimi huonosti": a state that is fine), or the no of "olla" with a word of good state
  ("ei ole kunnossa"), or what an accepted answer's own report says, with its yes or no;
- no verb of going on or using (``CARRY_ON``: "kone jatkaa", "konetta voi käyttää"), no noun
  or verb of a foreseen mistake but its subject ("asukas saa lääkettä"), no foreseen mistake
  said across it and no unsafe deed in it;
- the report is one clause, to the end of the answer or to "ja" and the learner's own
  telling ("huomaan että lava ei kestä ja kerron esimiehelle"): "… mutta imuroin silti",
  "… joten korjaan sen", and a finite verb after the report's own but the connegative
  ("… että kone on rikki se pyörii silti") keep it from firing;
- the learner's own words (the main clause, and that telling) are an accepted answer by
  themselves (rule exact or word_order), nothing said beside it ("jatkan työtä ja kerron
  esimiehelle …", "imuroin ja ilmoitan …" keep main's verdict).

Then it is correct; otherwise the rules after it give their verdict (never almost here).
Only on the whole answer: a part another rule judges on its own (``judged_as``) is never a
report, so no rule builds on one ("… että kone on rikki ja jatkan työtä" by extra_clause).
Never in a choose or repeat step nor an open question."""

from __future__ import annotations

from itertools import pairwise

from valkky.judge import finnish
from valkky.judge.case import Case, Judgement, normalised
from valkky.judge.polarity import MAIN_JOINS, NEGATIVE_JOINS, SUB_JOINS, no_on, says_no
from valkky.judge.rules import A_PART, judged_as, mistake_beside
from valkky.judge.unsafe_more import unsafe_deed
from valkky.judge.wordsets import (
    CALLING_VERBS,
    CAN,
    CARRY_ON,
    COPULA,
    FAULT_WHEN_NO,
    FAULTS,
    GOOD_STATE,
    NEGATIONS,
    NOT_COMING,
    PRONOUN_PERSONS,
    REPORTING_VERBS,
)

_OPENERS = frozenset({"että", "et"})  # (spoken "et"; "ettei" is said "että ei")
# the learner, or the one spoken to, as a word of its own
_NOT_REPORTED = frozenset({"en", "emme", "enkä", "emmekä", "et", "ette", "etkä", "ettekä",
                           "älä", "älkää", "minun", "meidän", "sinun", "teidän", "itse"}) | \
    frozenset(p for p, (person, _) in PRONOUN_PERSONS.items() if person != "3")
_THIRD_NO = frozenset({"ei", "eivät"})
_JOINS = MAIN_JOINS | SUB_JOINS | NEGATIVE_JOINS | {"joten", "eli", "vai", "jotta", "jottei"}
_SUBJECT_PRONOUNS = frozenset({"hän", "he", "se", "ne"})
# The learner's own words must be an accepted answer, not one with more beside it ("jatkan
# työtä ja kerron esimiehelle" is right by answer_inside on main: a hole, not a report's)
_OWN_WORDS_ALONE = frozenset({"exact", "word_order"})
# All that may follow the no of a verb of working ("kone ei toimi kunnolla"): never an
# essive, a fault or a verb, which make it a state that is fine ("ei käy kuumana", "ei pysy
# rikki", "ei kestä rikkoutua", "ei toimi huonosti")
_OF_DEGREE = frozenset({"enää", "kunnolla", "oikein", "ollenkaan", "lainkaan", "yhtään",
                        "vieläkään", "hyvin"})
_AFTER_A_VERB = ("maan", "mään", "massa", "mässä")  # "menen kertomaan", "käyn ilmoittamassa"


def reported(c: Case) -> Judgement | None:
    words = c.words
    if _OPENERS.isdisjoint(words) or c.options or c.open_question or c.repeat \
            or A_PART in c.strict:  # (a part: no rule builds on a report, "… ja jatkan työtä")
        return None  # (cheaply first: most answers have no opener)
    found = _report_at(words)
    if found is None:
        return None
    told, at = found
    end = _report_end(words, at + 1)
    tail = words[at + 1:end]
    # the learner's own words: before the report, or, where their telling follows it ("…
    # ja kerron esimiehelle"), that telling in place of the noticing ("huomaan")
    own = [*words[:at]] if end == len(words) else [*words[:told], *words[end + 1:]]
    if _not_coming(c, tail):  # the message of the call: "soitan esimiehelle, etten pääse"
        if _a_mistake_said(c, words, at, end, own):
            return None
    elif not _a_fault(c, tail) or _a_mistake_in(c, words, at, end, own):
        return None
    j = judged_as(c, own)
    c.note(f"'{' '.join(own)}', reporting '{' '.join(tail)}': {j.verdict}")
    if j.verdict != "correct" or j.rule not in _OWN_WORDS_ALONE:
        return None  # the learner's own words miss, or say more: judged as before
    return c.judgement("correct", closest=j.closest)


def _report_at(words: list[str]) -> tuple[int, int] | None:
    """Where the learner's telling is and where its report begins: "että" whose last verb
    before it is that telling ("kerron työkaverille ja hoitajalle, että …", "menen kertomaan
    …, että"), no no on it ("en kerro, että …" is a no of the telling)."""
    negated = no_on(words)
    telling = learner = False
    told = 0
    for i, w in enumerate(words):
        if w in _OPENERS and telling:
            return told, i
        if not finnish.is_verb(w):
            continue
        mine = any(p == "1" for p, _ in finnish.persons(w)) and not negated[i]
        if REPORTING_VERBS & finnish.base_forms(w):
            telling = mine or (learner and w.endswith(_AFTER_A_VERB) and not negated[i])
            told = i
        elif finnish.only_a_verb(w):  # (not "siitä", also read as a verb)
            telling = False
        if finnish.only_a_verb(w) and finnish.persons(w):
            learner = mine
    return None


def _report_end(words: list[str], start: int) -> int:
    """The end of the report: "ja" before the learner's own telling ("huomaan että lava ei
    kestä ja kerron esimiehelle"), else the end of the answer (any other clause after the
    report keeps it from firing: "… mutta imuroin silti")."""
    for i in range(start, len(words)):
        if words[i] == "ja" and any(_tells(w) for w in words[i + 1:i + 3]):
            return i
    return len(words)


def _tells(word: str) -> bool:
    """A verb of telling or calling in the first person ("kerron", "soitan")."""
    return bool((REPORTING_VERBS | CALLING_VERBS) & finnish.base_forms(word)) and any(
        p == "1" for p, _ in finnish.persons(word))


def _first_person(word: str) -> bool:
    found = finnish.persons(word)
    return word in _NOT_REPORTED or (bool(found) and all(p in ("1", "4") for p, _ in found))


def _a_fault(c: Case, tail: list[str]) -> bool:
    """The report says a fault of its own subject (see the module's list), in one clause:
    another after it ("… että hana vuotaa joten korjaan sen", "… mutta työkaveri korjaa sen")
    is left to the rules after this."""
    if len(tail) < 2 or not _NOT_REPORTED.isdisjoint(tail) or not _JOINS.isdisjoint(tail) \
            or any(CARRY_ON & finnish.base_forms(w) for w in tail):
        return False
    tail = _no_after_the_subject(tail)
    verb = _verb_after_a_subject(tail)
    if verb is None:
        return False
    said = tail[verb:]
    if _as_an_accepted_report(c, tail):
        return True
    if said[0] in _THIRD_NO:  # the no of a verb of working, or "ei ole kunnossa"
        negated = finnish.base_forms(said[1]) if len(said) > 1 else frozenset()
        return (bool(FAULT_WHEN_NO & negated) and _OF_DEGREE.issuperset(said[2:])) or (
            bool(COPULA & negated)
            and any(w in GOOD_STATE or GOOD_STATE & finnish.base_forms(w) for w in said[2:]))
    return not says_no(said) and any(w in FAULTS or FAULTS & finnish.base_forms(w)
                                     for w in said)


def _not_coming(c: Case, tail: list[str]) -> bool:
    """The learner's own message that they cannot come, one clause: "en pääse tänään", "en
    voi tulla töihin", "en ehdi" (judge43): a no of ``NOT_COMING``'s verbs in the first
    person, or of ``CAN``'s alone or with one, then only words of work or time
    (``_OF_WORK_OR_TIME``: not "en pääse kotiin", "en tule myöhään", "en tule
    sairauslomalle"; not "en käytä sitä", "en voi korjata sitä": a deed said no); only where
    an accepted answer of the step says such a no itself ("en tule töihin", "en voi tulla":
    judge43fix, a step on anything else takes no such message)."""
    if not any(_says_not_coming(n.split()) for _, n in c.accepted):
        return False
    if len(tail) < 2 or tail[0] != "en" or \
            not _JOINS.isdisjoint(tail) or any(CARRY_ON & finnish.base_forms(w) for w in tail):
        return False
    verb = finnish.base_forms(tail[1])
    if CAN & verb:  # "en voi tulla", "en jaksa": not "en voi korjata sitä", a deed said no
        verbs = [w for w in tail[2:] if finnish.is_verb(w)]
        if verbs and not NOT_COMING & finnish.base_forms(verbs[0]):
            return False
    elif not NOT_COMING & verb:
        return False
    return all(_of_work_or_time(w) or (NOT_COMING & finnish.base_forms(w) and not any(
        p in ("1", "2", "3") for p, _ in finnish.persons(w))) for w in tail[2:])  # "tulla"


def _says_not_coming(words: list[str]) -> bool:
    """ "en" and a verb of coming, or of being able with one or alone, right after it."""
    return any(w == "en" and (NOT_COMING | CAN) & finnish.base_forms(v)
               for w, v in pairwise(words))


# What may follow a no of coming in its message: where to (work) and when
_OF_WORK_OR_TIME = frozenset({"töihin", "työhön", "työpaikalle", "paikalle", "tänään",
                              "huomenna", "ylihuomenna", "nyt", "tänä", "päivänä", "aamulla",
                              "illalla", "yöllä", "ollenkaan", "tällä", "viikolla", "vielä"})
_WEEKDAYS = ("maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina",
             "lauantaina", "sunnuntaina")


def _of_work_or_time(word: str) -> bool:
    """A word of ``_OF_WORK_OR_TIME``, a day, or a shift to come to ("aamuvuoroon")."""
    return word in _OF_WORK_OR_TIME or word in _WEEKDAYS or word.endswith("vuoroon")


def _a_mistake_said(c: Case, words: list[str], at: int, end: int, own: list[str]) -> bool:
    """A foreseen mistake said in the learner's message or across it, or beside the answer
    with the message's yes or no ("etten tule töihin" says no to "tulen töihin")."""
    tail = words[at + 1:end]
    return any(_overlaps(words, normalised(m).split(), at, end) for m in c.mistakes) or (
        bool(c.mistakes) and mistake_beside(c, tail, says_no(tail), own) is not None)


def _no_after_the_subject(tail: list[str]) -> list[str]:
    """ "ettei kone käynnisty" (said "että ei kone …") in the order "kone ei käynnisty"."""
    if not tail or tail[0] not in _THIRD_NO:
        return tail
    verb = next((i for i in range(2, len(tail)) if finnish.is_verb(tail[i])), len(tail))
    return [*tail[1:verb], tail[0], *tail[verb:]]


def _verb_after_a_subject(tail: list[str]) -> int | None:
    """Where the report's verb of the third person is, after a subject in the nominative (a
    noun, or hän, he, se, ne); none where a verb comes first ("että voi jatkaa", "että sitä
    voi käyttää"), or a verb of the first or second person, a passive or a command; none
    where another finite verb follows it, a clause of its own ("… se pyörii silti")."""
    subject = False
    for i, w in enumerate(tail):
        people = {p for p, _ in finnish.persons(w)}
        third = w in _THIRD_NO or (finnish.is_verb(w) and "3" in people)
        if third:  # one clause: no other finite verb after it but the connegative
            rest = tail[i + 2:] if w in _THIRD_NO else tail[i + 1:]  # ("ei toimi")
            return i if subject and not any(_first_person(v) for v in tail[i + 1:]) \
                and not any(finnish.only_a_verb(v) and finnish.persons(v) for v in rest) \
                else None  # ("… että kone on rikki se pyörii silti")
        if people and finnish.only_a_verb(w):
            return None  # "… että korjataan", "… että nosta yksin"
        subject = subject or w in _SUBJECT_PRONOUNS or (
            "nimisana" in finnish.word_classes(w)
            and any(case == "nimento" for case, _ in finnish.case_numbers(w)))
    return None


def _as_an_accepted_report(c: Case, tail: list[str]) -> bool:
    """An accepted answer's own report, said word by word (any shared base form, both ways)
    and with the same yes or no."""
    mine = _content(tail)
    for _, n in c.accepted:
        parts = n.split()
        at = next((i for i, w in enumerate(parts) if w in _OPENERS), None)
        if at is None:
            continue
        theirs = parts[at + 1:]
        other = _content(theirs)
        if mine and other and says_no(theirs) == says_no(tail) \
                and all(any(a & b for b in other) for a in mine) \
                and all(any(a & b for a in mine) for b in other):
            return True
    return False


def _content(words: list[str]) -> list[frozenset[str]]:
    """Each word that carries meaning as its base forms (no no, no verb "olla")."""
    return [forms for w in words if w not in NEGATIONS
            if (forms := finnish.base_forms(w) or frozenset({w})) - COPULA]


def _a_mistake_in(c: Case, words: list[str], at: int, end: int, own: list[str]) -> bool:
    """A foreseen mistake said whole in the report or across it (one in the learner's own
    words is theirs to be judged by), or beside the answer; a verb or a noun of one in the
    report but its subject ("… että asukas saa lääkettä"); or an unsafe deed in it: judged
    by the rules after this, as before."""
    tail = words[at + 1:end]
    if any(_overlaps(words, normalised(m).split(), at, end) for m in c.mistakes):
        return True
    of_mistakes = {b for m in c.mistakes for w in normalised(m).split()
                   if w not in NEGATIONS and _a_verb_or_noun(w)
                   for b in finnish.base_forms(w)} - COPULA  # ("tässä on lääkettä")
    # (the subject may be a mistake's thing: "kone ei toimi" beside "pysäytän koneen")
    tail = _no_after_the_subject(tail)
    said = tail[_verb_after_a_subject(tail) or 0:]
    if any(of_mistakes & finnish.base_forms(w) for w in said if _a_verb_or_noun(w)):
        return True
    if c.mistakes and mistake_beside(c, tail, says_no(tail), own) is not None:
        return True
    return unsafe_deed(c, tail) is not None


def _overlaps(words: list[str], run: list[str], at: int, end: int) -> bool:
    """``run`` said in ``words`` with a word of it in ``words[at:end]``."""
    n = len(run)
    return bool(run) and any(words[i:i + n] == run and i < end and i + n > at
                             for i in range(len(words) - n + 1))


def _a_verb_or_noun(word: str) -> bool:
    return bool({"teonsana", "nimisana"} & finnish.word_classes(word))
