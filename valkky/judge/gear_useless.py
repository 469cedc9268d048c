"""Protective gear said useless beside a right answer (issue 12, reviews 150-154, SAFETY):
"laitan suojalasit, koska kuulosuojaimet ovat turhat", "laitan kypärän, mutta se on
turha", "kypärä, turvakengät on turhia". The answer is right, the words beside it refuse
gear; where they say a time off work or the gear's own fault ("…, kypärä on turha
tauolla", "…, jos ne on rikki", "vanhat hanskat on turhat") or the answer takes the gear
off ("otan käsineet pois, hanskat on turhat porakoneella") they refuse nothing.

Three readers ask it, each where its rule meets words beside an answer: ``rules.answer_inside``
(``beside_an_answer``: the answer is handed to the rules after it), ``rules.extra_clause``
(``in_a_clause``: wrong) and ``compare.by_word``'s words more (``as_words_more``: wrong).
"""

from __future__ import annotations

from collections.abc import Sequence

from valkky.judge import finnish
from valkky.judge.case import normalised
from valkky.judge.deed_words import GEAR
from valkky.judge.word_rules import a_synonym
from valkky.judge.wordsets import BE, BUT, FRAME_WORDS

# what says a thing useless ("kielletty", forbidden, is a rule kept: "hanskat on kielletty
# porakoneella"; review151)
USELESS = frozenset({"turha", "tarpeeton"})


def gear_in(words: Sequence[str]) -> list[str]:
    """The words of ``words`` that name protective gear (``GEAR``, a compound's head)."""
    return [w for w in words if any(b.endswith(GEAR) for b in finnish.base_forms(w) | {w})]


def beside_an_answer(rest: Sequence[str], words: Sequence[str], answer: str) -> bool:
    """``rest`` (said beside the accepted ``answer``, within ``words``) says gear useless:
    other gear than the answer's, or its own called so, with no time off work nor the
    gear's fault, where the answer does not take it off."""
    return any(finnish.base_forms(w) & USELESS for w in rest) and (
        _other_gear(rest, answer) or (
            (_called_useless(words) or as_words_more(rest, bool(gear_in(answer.split()))))
            and not _qualified(rest) and not _taken_off(answer)))


def in_a_clause(tail: Sequence[str]) -> bool:
    """A clause of its own beside an answer calls gear useless ("kypärä, turvakengät on
    turhia"; review152), with no time off work nor the gear's fault."""
    return any(finnish.base_forms(w) & USELESS for w in tail) and bool(gear_in(tail)) and \
        not _qualified(tail)


def as_words_more(extra: Sequence[str], gear_said: bool,
                  steps_words: frozenset[str] = frozenset()) -> bool:
    """The words more say gear useless, nothing else but the step's own words
    (``steps_words``: a shorter answer's words more, "laitan … jalkaan") ("kuulosuojat
    turhat"; by a pronoun where the answer names gear, ``gear_said``: "se on turha",
    review154)."""
    gear = gear_in(extra) + ([w for w in extra if w in ("se", "ne")] if gear_said else [])
    useless = [w for w in extra if finnish.base_forms(w) & USELESS]
    # (the pronoun and "on" are frame words the normaliser leaves out: "…, mutta se on
    # turha" is heard "mutta turha")
    return (bool(gear) or gear_said) and bool(useless) and all(
        w in gear or w in useless or w in FRAME_WORDS or w in BE or w in _BUT_OR_AND
        or w in steps_words for w in extra)


_BUT = BUT | {"vaikka"}
_BUT_OR_AND = _BUT | {"ja", "kyllä", "ihan"}


def _other_gear(rest: Sequence[str], answer: str) -> bool:
    """``rest`` names protective gear that ``answer`` does not, in its own word or a
    synonym ("hanskat" is "käsineet")."""
    own = gear_in(answer.split())
    return any(not any(a_synonym(o, w) or finnish.same_lemma(o, w) for o in own)
               for w in gear_in(rest))


def _called_useless(words: Sequence[str]) -> bool:
    """Gear is called useless: its word, or a pronoun for it, then "on" and the useless
    word ("kypärä on turha", "ne on turhat"; not "laita kypärä päähän, turha odottaa"), or
    after a "but", its pronoun and "on" left out by the normaliser ("laitan kypärän
    päähän, mutta se on turha"; review154)."""
    return any(finnish.base_forms(w) & USELESS and (
        (i >= 2 and words[i - 1] in BE and (gear_in(words[i - 2:i - 1])
                                             or words[i - 2] in ("se", "ne")))
        or (i and words[i - 1] in _BUT and gear_in(words[:i])
            and all(x in FRAME_WORDS or x in BE for x in words[i + 1:])))
        for i, w in enumerate(words))


def _taken_off(answer: str) -> bool:
    """The accepted answer takes gear off ("otan käsineet pois", "riisun hanskat"): gear
    said useless beside it agrees (review153; not "otan uudet hanskat", nor a no of other
    gear: review154)."""
    words = normalised(answer).split()
    return "pois" in words or any(finnish.base_forms(w) & {"riisua"} for w in words)


def _qualified(words: Sequence[str]) -> bool:
    """``words`` say a time off work or the gear's own fault ("tauolla", "työajan
    ulkopuolella", "kun lähdet kotiin", "jos ne on rikki", "vanhat"): gear needless then
    is no refusal of it. Not any condition or place ("jos on kiire", "hallissa":
    review153)."""
    bases = {b for w in words for b in finnish.base_forms(w) | finnish.compound_parts(w)}
    return bool(bases & _OFF_WORK) or "ulkopuolella" in words or (
        "jälkeen" in words and bool(bases & _WORK_TIME)) or (
        "jos" in words and bool(bases & _GEARS_FAULT)) or bool(bases & _WORN_OUT)


# a time off work, when gear is no need ("kahvitauolla", "kotiin")
_OFF_WORK = frozenset({"tauko", "lounas", "loma", "koti", "vapaa", "kahvi", "toimisto",
                       "kahvila", "ravintola", "vessa", "pukuhuone", "kanttiini", "ruokala"})
# the work's time, after which gear is no need ("työajan jälkeen"; review154)
_WORK_TIME = frozenset({"työaika", "työpäivä", "vuoro", "työvuoro", "työ"})
# gear worn out or dirty, said of it ("vanhat hanskat on turhat"; review154)
_WORN_OUT = frozenset({"vanha", "rikkinäinen", "likainen", "kulunut"})
# the gear's own fault, which wants another ("jos ne on rikki, ota uudet")
_GEARS_FAULT = frozenset({"rikki", "kulunut", "likainen", "vaurioitunut", "hajota", "kulua"})
