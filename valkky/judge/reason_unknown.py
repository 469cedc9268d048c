""""I don't know why" after a report (issue 12, judge30): "kuljetin pysähtyi, en tiedä miksi"
tells what happened and that the reason is unknown; its "en" is no no of the report. The
phrase (lessons/lexicon/fillers.yaml, ``reason_unknown``) is left out at the end of an answer
only where the rest reports an event or a state (a verb in the third person and its subject;
no verb of "I" or "you", no "minä", no question, no rule, no deed of a person: "pesen
kädet, en tiedä miksi" and "hän kertoo esimiehelle, en tiedä miksi" say the learner does
not know why it is done), gives no reason of its own (``reason_words``: koska, takia…), and
the step asks none: none of its accepted answers or mistakes says a reason word. Where the
reason is what is asked ("laikassa oli halkeama, en tiedä miksi" to "miksi laikka hajosi?"),
the phrase takes the answer back and stays. Alone, or after a bare yes, it stays as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from valkky.judge import finnish, lexicon
from valkky.judge.accepted import the_steps_words
from valkky.judge.wordsets import (
    ACKNOWLEDGEMENTS,
    FRAME_WORDS,
    QUESTION_WORDS,
    SUBJECT_PRONOUNS,
    THIRD_PERSONS,
)

_PHRASES = tuple(tuple(p.split()) for p in lexicon.get().reason_unknown)
_ENDS = frozenset(p[-1] for p in _PHRASES)
_REASON_WORDS = lexicon.get().reason_words
_JOINS = frozenset({"mutta", "ja"})  # "kuljetin pysähtyi mutta en tiedä miksi"
_OWN = frozenset({"1", "2"})  # Voikko's persons of "I", "you" (3: he, she, it; 4: passive)
_NOMINATIVE = "nimento"  # Voikko's name of the case
_SUBJECT_CASES = frozenset({_NOMINATIVE, "osanto"})  # and the partitive
_ASKING_ENDS = ("ko", "kö")  # a question: its words, and a verb's -ko/-kö
# a modal with an infinitive, or after a no, says a rule, not an event; a word of what is
# allowed says one anywhere ("koneen käynnistäminen on kielletty") (base forms)
_ALLOWED = frozenset({"kielletty", "sallittu", "pakollinen", "kieltää"})
_RULE_WORDS = frozenset({"saada", "voida", "pitää", "täytyä", "joutua", "tarvita", "pakko"}) \
    | _ALLOWED
_OWN_SUBJECTS = frozenset(SUBJECT_PRONOUNS) - THIRD_PERSONS  # "minä pesee kädet"
_PERSON_NAMES = frozenset({"etunimi", "sukunimi"})  # Voikko's classes
_THIRD_NOS = frozenset({"ei", "eivät"})  # (Voikko gives "ei" no person)
_OWN_NOS = frozenset({"en", "et", "emme", "ette"})


def unknown_reason_apart(words: list[str], accepted: tuple[tuple[str, str], ...],
                         mistakes: Iterable[str]) -> list[str]:
    """``words`` without "en tiedä miksi" said after a report that gives no reason, on a step
    that asks none (above)."""
    if not words or words[-1] not in _ENDS:  # (the commonest case)
        return words
    for phrase in _PHRASES:
        n = len(phrase)
        if len(words) <= n or tuple(words[-n:]) != phrase:
            continue
        rest = words[:-n]
        if rest[-1] in _JOINS:
            rest = rest[:-1]
        if _reports(rest) and not _gives_reason(rest) and not _gives_reason(
                the_steps_words(tuple(a for _, a in accepted), tuple(mistakes))):
            return rest
    return words


def _reports(words: list[str]) -> bool:
    """A clause of an event or a state: a verb in the third person and another word that
    may be its subject (a nominative or a partitive: "kuljetin pysähtyi", "minulla on
    kuumetta"); no question ("missä se on", "sopiiko"), no verb of "I" or "you" (one with
    no nominative's reading: "kuljetin" is also a thing, "tulen" is not), no infinitive
    ("pestä kädet", "vaihtaa renkaat"), no "minä", "sinä", "me", "te", no rule ("ei saa",
    "en saa käynnistää konetta", "ei ole pakko", "on kielletty"), no present-tense verb but
    olla of a person ("hän kertoo esimiehelle": conduct, not an event). A no's verb is read
    after its "ei" ("kone ei käynnisty": "käynnisty" is also "start!")."""
    if all(w in FRAME_WORDS or w in ACKNOWLEDGEMENTS for w in words):
        return False  # a bare yes: "kyllä se on, en tiedä miksi"
    verbs: set[int] = set()
    subjects: set[int] = set()
    people = any(w in THIRD_PERSONS or not _PERSON_NAMES.isdisjoint(finnish.word_classes(w))
                 for w in words)
    for i, w in enumerate(words):
        bases = finnish.base_forms(w)
        if w in QUESTION_WORDS or not QUESTION_WORDS.isdisjoint(bases) or w in _OWN_NOS or \
                w in _OWN_SUBJECTS or (w.endswith(_ASKING_ENDS) and finnish.is_verb(w)):
            return False  # a question ("mistä löytyy ruuvit"), or the learner's own deed
        if w in _THIRD_NOS:
            if i + 1 < len(words) and finnish.is_verb(words[i + 1]):
                if people and _of_conduct(words[i + 1]):
                    return False  # "hän ei korjaa sitä itse"
                verbs.add(i)
            continue
        after_no = i > 0 and words[i - 1] in _THIRD_NOS
        if not _RULE_WORDS.isdisjoint(bases) and (
                after_no or not finnish.is_verb(w) or not _ALLOWED.isdisjoint(bases) or any(
                finnish.is_verb(v) and not finnish.every_reading(v, _not_infinitive)
                for v in words if v != w)):
            return False  # a rule, not an event: "ei saa", "en saa käynnistää konetta"
        persons = {p for p, _ in finnish.persons(w)}
        cases = {c for c, _ in finnish.case_numbers(w)}
        if not _SUBJECT_CASES.isdisjoint(cases) and w not in ACKNOWLEDGEMENTS and \
                not (after_no and finnish.is_verb(w)):
            subjects.add(i)
        # an infinitive first is a deed, also where it reads as "he does" ("vaihtaa renkaat")
        deed = not finnish.every_reading(w, _not_infinitive) and ("3" not in persons or i == 0)
        # a word that is also a thing's, first and before a thing, is not the verb: "siisti
        # työpiste", "lisää ruuveja" (after one it is: "kipsilevyt puuttuvat", "se maksaa
        # viisikymmentä euroa")
        before_a_thing = not _SUBJECT_CASES.isdisjoint(cases) and i + 1 < len(words) and \
            not any(j < i for j in subjects) and \
            not _SUBJECT_CASES.isdisjoint(c for c, _ in finnish.case_numbers(words[i + 1]))
        if "3" in persons and not after_no and not deed and not before_a_thing:
            if people and _of_conduct(w):
                return False  # what a person does is conduct: "hän kertoo esimiehelle"
            verbs.add(i)
        elif not after_no and finnish.is_verb(w) and (
                deed or (persons & _OWN and _NOMINATIVE not in cases)):
            return False  # "pesen kädet", "pese kädet", "tulen", "pestä kädet"
    return any(i != j for i in verbs for j in subjects)


def _not_infinitive(reading: Mapping[str, str]) -> bool:
    return reading.get("MOOD") != "A-infinitive"


def _of_conduct(verb: str) -> bool:
    """A present-tense verb of the third person but olla: what a person does."""
    return "olla" not in finnish.base_forms(verb) and \
        not finnish.every_reading(verb, _not_present)


def _not_present(reading: Mapping[str, str]) -> bool:
    return reading.get("TENSE") != "present_simple" or reading.get("PERSON") != "3"


def _gives_reason(words: Iterable[str]) -> bool:
    return any(w in _REASON_WORDS or not _REASON_WORDS.isdisjoint(finnish.base_forms(w))
               for w in words)
