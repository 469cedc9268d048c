"""A phrase said whole in another case (rule ``phrase_case``): an adjective, pronoun or
numeral and its noun, the same two words as an accepted answer's, agreeing with each other
in a case of their own that the learner's sentence chose — a question word's own case
("mikä huone" for "missä huoneessa") or the case of the learner's own verb where the
accepted answer has none ("varokaa liukasta lattiaa" for "liukas lattia").

Beside it, ``compound_said_apart``: a compound said as its adjective front and its head,
both in the compound's case ("kylmässä huoneessa" for "kylmähuoneessa").

A slip of form changes one word and breaks the agreement ("missä huone"); both words in
one new case is a construction, not a slip. A word alone keeps its case ("pesen käsi" is
still a slip), and a repeat step switches the rule off (its model's own case is taught).
"""

from __future__ import annotations

from valkky.judge import finnish

# Voikko's classes of a word that agrees with its noun in case and number
_MODIFIERS = frozenset({"laatusana", "nimisana_laatusana", "asemosana", "lukusana"})
_NOUNS = frozenset({"nimisana", "nimisana_laatusana"})
# base forms of the question words whose own case the noun after them takes
_QUESTION_WORDS = frozenset({"mikä", "kuka", "kumpi", "millainen", "minkälainen", "monesko"})


def _agreement(modifier: str, noun: str) -> frozenset[tuple[str, str]]:
    """The (case, number) readings the two words share, if one modifies the other."""
    if _MODIFIERS.isdisjoint(finnish.word_classes(modifier)) or \
            _NOUNS.isdisjoint(finnish.word_classes(noun)):
        return frozenset()
    return finnish.case_numbers(modifier) & finnish.case_numbers(noun)


def _a_verb(word: str) -> bool:
    classes = finnish.word_classes(word)
    return "teonsana" in classes and _NOUNS.isdisjoint(classes) and \
        "laatusana" not in classes


def _object_cases(verb: str) -> frozenset[str]:
    """The cases ``verb`` gives its object, by its readings: a command the nominative or
    the partitive ("paina punainen nappi", "varokaa liukasta lattiaa"; not "paina punaisen
    napin"), a person's verb the genitive or the partitive ("painan punaisen napin"). Any
    other case (an allative, an inessive) is where or to what, which the learner's verb
    does not make right ("kävele märälle lattialle" on a step that warns of the floor)."""
    # a verb's readings, not a negative-only one ("sammuta" is also "ei sammuta", the
    # passive, which would let a command take a genitive)
    moods = {a.get("MOOD") for a in finnish.analyses(verb)
             if a.get("CLASS") == "teonsana" and a.get("NEGATIVE") != "true"}
    out = {"osanto"}
    if "imperative" in moods:
        out.add("nimento")
    if moods - {"imperative"}:
        out.add("omanto")
    return frozenset(out)


def phrase_in_its_case(e: str, h: str, expected: list[str], heard: list[str],
                       accepted: tuple[str, ...] = ()) -> bool:
    """``h`` for ``e`` is one word of a modifier and its noun said together in another
    case than the accepted answer's, a case the learner's question word gives them (its
    own: "mikä huone", which room) or the learner's own verb gives its object, a verb the
    step's ``accepted`` answers (normalised) use ("varokaa liukasta lattiaa" where
    "varokaa" is accepted): any verb would make any case right, as agreement alone does
    not tell a construction from a slip of both words ("kävele märkää lattiaa")."""
    if e not in expected or h not in heard:
        return False
    ie, ih = expected.index(e), heard.index(h)
    for step in (-1, 1):
        je, jh = ie + step, ih + step
        if not (0 <= je < len(expected) and 0 <= jh < len(heard)):
            continue
        e2, h2 = expected[je], heard[jh]
        if e2 == h2 or not finnish.same_lemma(e2, h2):
            continue
        (e_mod, e_noun), (h_mod, h_noun) = ((e, e2), (h, h2)) if step == 1 else \
            ((e2, e), (h2, h))
        said, taught = _agreement(h_mod, h_noun), _agreement(e_mod, e_noun)
        if not said or not taught or said & taught:
            continue
        cases = {case for case, _ in said}
        if not _QUESTION_WORDS.isdisjoint(finnish.base_forms(h_mod)):
            if cases == {"nimento"}:
                return True  # "mikä huone"; not "mistä huoneesta", "minkä huoneen"
            continue
        if not any(_a_verb(w) for w in expected) and any(
                cases <= _object_cases(w) for w in heard
                if w not in (h_mod, h_noun) and _the_steps_verb(w, accepted)):
            return True  # "varokaa liukasta lattiaa": the learner's own verb's case
    return False


def _the_steps_verb(word: str, accepted: tuple[str, ...]) -> bool:
    """``word`` is a verb (not olla, whose complement is no object) that one of the
    step's accepted answers says in some form."""
    return _a_verb(word) and "olla" not in finnish.base_forms(word) and any(
        finnish.same_lemma(word, w) for answer in accepted for w in answer.split())


def compound_said_apart(e: str, h: str, heard: list[str]) -> bool:
    """``h`` is the head of the compound ``e`` with its adjective front said before it as
    a word of its own, both in the compound's case and number: "kylmässä huoneessa" for
    "kylmähuoneessa", "kylmään kaappiin" for "kylmäkaappiin" (as Finnish says the same
    thing either way)."""
    if h not in heard or heard.index(h) == 0:
        return False
    front = heard[heard.index(h) - 1]
    if _MODIFIERS.isdisjoint(finnish.word_classes(front)):
        return False
    whole = finnish.base_forms(e)
    if not any(f + b in whole for f in finnish.base_forms(front) for b in finnish.base_forms(h)):
        return False
    return bool(finnish.case_numbers(front) & finnish.case_numbers(h) & finnish.case_numbers(e))
