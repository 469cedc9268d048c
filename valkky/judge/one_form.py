"""A word the step says in one form only, said in another (issue 12, set 19): where every
accepted answer that says a word says it in one case and number, and the learner says the
same word in a form none of them gives it, a trainer points the form out ("laitan
kuulosuojain" for "laitan kuulosuojaimet", "lattiassa on öljyä" for "lattialla on
öljyä"): ``almost`` (word_form), the step's own form named.

Asked by the word-by-word comparison (``compare._compare_words``) only where one of the
allowances in ``OVERRIDDEN`` would take the other form as the same meaning; those stay
where the step itself says the word in two forms or more (``"kananmunia ja sinappia"``
beside answers that say both), and every other allowance is kept as it was: a partitive
subject of existence or a mass noun (``partitive``), a spoken form, a possessive suffix
left out after the pronoun, the lexicon's own alternations. A partitive object with a no
is right Finnish whatever the answers say ("en laita suojalaseja"), and so is the
learner's form where a step's mistake or option says it (the step tells the forms apart
there, and its own rules decide). A step switches the check off as ``one_form``.
"""

from __future__ import annotations

from functools import lru_cache

from valkky.judge import finnish, sizes
from valkky.judge.case import Case
from valkky.judge.wordsets import (
    BODY_PLACES,
    PAIR_NOUNS,
    PLACE_SIDES,
    PUT_ON_VERBS,
    WHOLE_OBJECT_VERBS,
    WORN,
)

# the same-meaning allowances a single form in the step's answers may override: each takes
# another case or number of the same word for it
OVERRIDDEN = frozenset({"number", "object_case", "place_case"})


def said_one_way(c: Case, e: str, h: str, allowance: str) -> bool:
    """Whether ``h`` for ``e``, which ``allowance`` would take as the same meaning, is a
    slip of form here. The step's answers say ``e``'s word in no form of ``h``'s kind, and:

    - ``number``: ``h`` is the singular, in the nominative, of a pair or plural-only thing
      (``PAIR_NOUNS``) the step says only in the plural ("laitan kuulosuojain" for
      "laitan kuulosuojaimet"), not after "yksi", "toinen", "joka" or "jokainen" ("toinen
      hanska on rikki"); any other noun's singular may say one, or any ("ruuvi puuttuu"),
      and the plural for a singular stays right ("kananmunat ja sinappi");
    - ``object_case``: ``h`` is a plural partitive object of the verb that governs it, the
      nearest before it, where that verb puts on or takes off the whole thing
      (``WHOLE_OBJECT_VERBS``): ``pukea``, ``riisua`` always, ``laittaa``, ``panna`` only
      with a worn thing (``WORN``: "laitan suojalaseja") or a body place
      (``BODY_PLACES``: "jalkaan"); in an answer with no no ("laitan ruuveja kiinni",
      "laitan hanskat ja haen ruuveja" stay right);
    - ``place_case``: ``h`` names, in a static case, the other side of a place whose side
      Finnish fixes (``PLACE_SIDES``: "lattiassa" for "lattialla"; a direction may take
      either: "putosivat lattiaan")."""
    if allowance not in OVERRIDDEN or not c.on("one_form"):
        return False
    if allowance == "object_case" and (c.negative or not _whole_thing_put(c, e, h)):
        return False
    if allowance == "number" and not _pair_said_as_one(c, e, h):
        return False
    return step_says_one_way(tuple(n for _, n in c.accepted), e, h, allowance)


def _of(word: str, ends: frozenset[str]) -> bool:
    """One of the words ``ends`` names, or a compound ending in one ("turvakenkä")."""
    return any(b.endswith(x) for b in finnish.base_forms(word) for x in ends)


def _whole_thing_put(c: Case, e: str, h: str) -> bool:
    """The verb that governs ``h``, the nearest before it, puts on or takes off a whole
    thing: ``pukea``, ``riisua``; ``laittaa``, ``panna`` where the step's object is worn
    or the answer names a body place ("laitan ruuveja kiinni" is some screws)."""
    at = c.words.index(h) if h in c.words else -1
    verb = next((w for w in reversed(c.words[:at]) if finnish.is_verb(w)), None) \
        if at > 0 else None
    lemmas = finnish.base_forms(verb) & WHOLE_OBJECT_VERBS if verb else frozenset()
    if not lemmas:
        return False
    return bool(lemmas - PUT_ON_VERBS) or _of(e, WORN) or bool(BODY_PLACES & set(c.words))


def _pair_said_as_one(c: Case, e: str, h: str) -> bool:
    """``h`` is the nominative singular of a pair or plural-only thing (not "voi", which
    is also a verb), not after a word that counts one ("toinen hanska on rikki")."""
    if finnish.is_verb(h) or finnish.is_verb(e) or not _of(h, PAIR_NOUNS) or \
            ("nimento", "singular") not in finnish.case_numbers(h):
        return False
    at = c.words.index(h) if h in c.words else -1
    return at < 1 or c.words[at - 1] not in ONE_COUNTS


# words before a noun that count one of a pair ("toinen hanska", "jokainen kenkä")
ONE_COUNTS = frozenset({"yksi", "toinen", "joka", "jokainen"})


@lru_cache(maxsize=sizes.STEPS)
def step_says_one_way(accepted: tuple[str, ...], e: str, h: str, allowance: str) -> bool:
    lemmas = finnish.base_forms(e)
    mine = _kinds(h, allowance)
    if not lemmas or not mine:
        return False
    if allowance == "place_case" and not any(
            _side_of(b) not in (None, side) for b in lemmas for side, _ in mine):
        return False
    # (the first letters as a cheap gate: a word's forms keep them, kädet and käsi too)
    forms = {w for n in accepted for w in n.split()
             if w in (e, h) or (w[:2] == e[:2] and lemmas & finnish.base_forms(w))}
    return h not in forms and not any(mine & _kinds(f, allowance) for f in forms)


def _kinds(word: str, allowance: str) -> frozenset[tuple[str, str]]:
    """What of a word's form ``allowance`` tells apart: its number (singular only: the
    plural for the singular is the same meaning), a plural object's case, or the side of a
    place it names (in: sisa-, on: ulko-)."""
    readings = finnish.case_numbers(word)
    if allowance == "number":
        return frozenset(("", n) for _, n in readings if n == "singular")
    if allowance == "object_case":
        return frozenset(r for r in readings if r[1] == "plural")
    return frozenset((k[:4], "") for k, _ in readings if k in finnish.LOCAL_CASES)


def _side_of(base: str) -> str | None:
    """The side ``PLACE_SIDES`` fixes for a place's base form, or a compound's by its head
    ("lastauslaituri": laituri), else None."""
    return PLACE_SIDES.get(base) or next(
        (side for head, side in PLACE_SIDES.items() if base.endswith(head)), None)


def bare_place(expected: str, heard: str, accepted: tuple[str, ...]) -> bool:
    """A place said bare, in the nominative, where every accepted answer that names it says
    where, in a local case: "käytävä" for "käytävällä" to "Missä se tapahtui?" (issue 12,
    set 19). Asked by an open question's answer of one word, which takes any Finnish words
    but not a place's form: the rest of an open answer is the learner's own sentence."""
    if finnish.case_numbers(heard) != {("nimento", "singular")} or \
            not finnish.same_lemma(expected, heard):
        return False
    lemmas = finnish.base_forms(heard)
    forms = {w for n in accepted for w in n.split()
             if w[:2] == heard[:2] and lemmas & finnish.base_forms(w)}
    return bool(forms) and all(
        finnish.case_numbers(f) and all(k in finnish.LOCAL_CASES for k, _ in
                                        finnish.case_numbers(f)) for f in forms)
