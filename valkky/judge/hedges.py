"""Honest hedges (issue 12, judge39): a doubt beside an estimate, and "I don't know" before a
right move.

- Where the step asks when, how long or how much (an accepted answer is a time or an amount
  alone: "maanantaina", "vartin päästä", "kaksi kiloa"), a doubt said with the answer
  ("ehkä", "varmaan", "luulen että") is an honest estimate: the answer is judged without it
  ("tulen ehkä maanantaina" as "tulen maanantaina"). Elsewhere a doubt beside a deed leaves
  it in doubt (polarity.taken_back: almost).
- "I don't know" and its kin ("en ole varma", "en muista", "en ehtinyt …") said first, then
  a clause of the learner's own: that clause is the answer, judged alone ("en tiedä, kysyn
  työnjohtajalta" as "kysyn työnjohtajalta"; "en tiedä, nostan yksin" stays the mistake).
  Said alone it keeps its own verdict, and a step that accepts a longer answer starting with
  it judges the whole as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from valkky.judge import finnish, sizes
from valkky.judge.number_words import NUMBER_WORD, is_number
from valkky.judge.wordsets import (
    DOUBT_PHRASES,
    DOUBTS,
    NEGATIONS,
    QUESTION_WORDS,
    SUBJECT_PRONOUNS,
    UNSURE_SAID,
    WHEN_WORDS,
    sure_kai,
)

# Words of a time or an amount that name neither ("vartin päästä", "noin kaksi", "ensi viikolla")
_FRAME = frozenset({"päästä", "noin", "kello", "klo", "yli", "vaille", "puoli", "ensi", "ja",
                    "tai", "jälkeen", "aikaa", "asti", "mennessä", "on", "se"})
# the words of a doubt's phrase ("luulen", a verb of its own)
_PHRASED = frozenset(w for p in DOUBT_PHRASES for w in p)
# of those, what begins or ends a time or an amount ("puolen tunnin", "noin kaksi", "vartin
# päästä"; "puoli" by base form)
_ENDS = frozenset({"puoli", "noin", "kello", "klo", "yli", "ensi", "päästä", "jälkeen", "asti",
                   "mennessä", "aikaa"})


# a no, or a doubt of the answer, by base form: "eipä", "enpä", "tuskinpa", "epäilen"
_NO_OR_DOUBTED = frozenset({"ei", "tuskin", "epäillä"})


# what joins "I don't know" to the clause after it ("en tiedä, mutta kysyn")
_JOINS = frozenset({"mutta", "niin", "joten", "siksi", "ja"})
# a word of sorry before "I don't know", left out with it
_SORRY = frozenset({"anteeksi", "sori", "sorry"})
# a no of "I" or "you" that starts the learner's own clause ("en tiedä, en koske siihen")
_OWN_NO = frozenset({"en", "et", "emme", "ette", "älä", "älkää"})


@lru_cache(maxsize=sizes.STEPS)
def asks_an_estimate(accepted: tuple[tuple[str, str], ...]) -> bool:
    """The step asks when, how long or how much: one of its accepted answers is a time or an
    amount alone, no deed said ("maanantaina", "vartin päästä", "kello yksitoista")."""
    return any(only_a_time_or_amount(n.split()) for _, n in accepted)


def an_estimate_said(words: Sequence[str], accepted: tuple[tuple[str, str], ...]) -> bool:
    """The step asks an estimate and ``words`` give one, with no no nor "tuskin": a doubt
    in them is of the estimate ("varmaan se kestää tunnin"; "ehkä tulen takaisin" gives
    none)."""
    return asks_an_estimate(accepted) and NEGATIONS.isdisjoint(words) and \
        not any(finnish.base_forms(w) & _NO_OR_DOUBTED for w in words) and \
        any(_a_time_word(w) and not finnish.base_forms(w) & _PROMISED for w in words)


# times a deed is promised at, not estimated ("ehkä tulen heti takaisin" is in doubt)
_PROMISED = frozenset({"heti", "pian", "kohta", "myöhemmin"})


def only_a_time_or_amount(words: Sequence[str]) -> bool:
    """``words`` say a time or an amount and nothing else ("puoli tuntia", "kello
    yksitoista", "kahdeltatoista"): no deed, no thing."""
    told = [w for w in words if w not in _FRAME]
    return bool(told) and all(_a_time_word(w) for w in told)


def names_a_time_or_amount(words: Sequence[str]) -> bool:
    """A word of ``words`` is a time or an amount ("juon kahvia kymmeneltä")."""
    return any(_a_time_word(w) for w in words if w not in _FRAME)


def _a_time_word(word: str) -> bool:
    """A number, or a word read only as one of a time or an amount ("toista" is no "toinen":
    it is "repeat" too)."""
    bases = finnish.base_forms(word)
    return is_number(word) or (bool(bases) and all(
        b in WHEN_WORDS or NUMBER_WORD.match(b) for b in bases))


def _beside_a_time(words: Sequence[str], i: int, n: int) -> bool:
    """The doubt ``words[i:i + n]`` stands next to a time or an amount ("ehkä vartin päästä",
    "huomenna varmaan", "ehkä puolen tunnin päästä", "tunnin päästä ehkä")."""
    return any(_a_time_word(w) or w in _ENDS or finnish.base_forms(w) & _ENDS
               for w in [*words[max(i - 1, 0):i], *words[i + n:i + n + 1]])


def _a_finite_verb(words: Sequence[str]) -> bool:
    """A word of the answer can be a verb of a person ("tulen", "voitko"; not "päästä")."""
    return any(a.get("CLASS") == "teonsana" and a.get("PERSON") is not None
               for w in words if w not in _FRAME for a in finnish.analyses(w))


def doubt_apart(words: list[str], accepted: tuple[tuple[str, str], ...],
                mistakes: Iterable[str]) -> list[str]:
    """``words`` without a doubt where the step asks an estimate (above) and the doubt is
    said of it: it stands next to the time or the amount, or no verb is said ("tulen ehkä
    maanantaina"; "ehkä tulen takaisin", "voitko ehkä toistaa" stay in doubt). As they are
    where a no is said ("ei varmaan tuhat kiloa": a no is no estimate), two estimates are
    ("ehkä tänään, ehkä huomenna"), a foreseen mistake says the doubt, or nothing else is
    said. (An accepted answer that says it, "en tiedä ehkä huomenna", is met as written
    before this.)"""
    if DOUBTS.isdisjoint(words) and not any(w in words for w, *_ in DOUBT_PHRASES):
        return words  # (the commonest case)
    if not asks_an_estimate(accepted) or not NEGATIONS.isdisjoint(words) or any(
            finnish.base_forms(w) & _NO_OR_DOUBTED for w in words):
        return words
    if sum(w in DOUBTS for w in words) > 1 and sum(map(_a_time_word, words)) > 1:
        return words  # two estimates, each in doubt: no one answer
    theirs = {w for m in mistakes for w in m.lower().split()}
    verbless = not _a_finite_verb([w for w in words if w not in _PHRASED])  # no "luulen"
    out = list(words)
    for phrase in DOUBT_PHRASES:
        n = len(phrase)
        for i in range(len(out) - n + 1):
            if tuple(out[i:i + n]) == phrase and not theirs.issuperset(phrase) and (
                    verbless or _beside_a_time(out, i, n)):
                out[i:i + n] = []
                break
    out = [w for i, w in enumerate(out) if w not in DOUBTS or w in theirs
           or sure_kai(out, i) or not (verbless or _beside_a_time(out, i, 1))]
    if not out or (out != words and _a_mistake_in(out, accepted, mistakes)):
        return words  # "saa laittaa varmaan yli tuhat kiloa": the mistake, doubted, as said
    return out


def _a_mistake_in(words: Sequence[str], accepted: tuple[tuple[str, str], ...],
                  mistakes: Iterable[str]) -> bool:
    """A foreseen mistake stands in ``words`` whole, as a run ("saa laittaa yli tuhat
    kiloa") not within an accepted answer said ("kaksi" of "varttia vaille kaksi"), or one
    of its words does that no accepted answer without a no holds ("yli")."""
    said = set(words)
    mine = {w for _, n in accepted if NEGATIONS.isdisjoint(ws := n.split()) for w in ws}
    right = [(i, i + len(ws)) for _, n in accepted if (ws := n.split())
             for i in range(len(words) - len(ws) + 1) if list(words[i:i + len(ws)]) == ws]
    for m in mistakes:
        its = m.lower().split()
        if any(list(words[i:i + len(its)]) == its and not any(
                a <= i and i + len(its) <= b for a, b in right)
               for i in range(len(words) - len(its) + 1)):
            return True
        if any(w in said and w not in mine and w not in DOUBTS for w in its):
            return True
    return False


def without_doubt(words: list[str], accepted: Sequence[tuple[str, str]]) -> list[str]:
    """``words`` without the doubts no accepted answer says ("luulen että menen ulos hissin
    kautta": "menen ulos hissin kautta"; "totta kai" is no doubt); ``words`` itself where
    none is said."""
    if DOUBTS.isdisjoint(words) and not any(w in words for w, *_ in DOUBT_PHRASES):
        return words  # (the commonest case)
    theirs = {w for _, n in accepted for w in n.split()}
    out = list(words)
    for phrase in DOUBT_PHRASES:
        for i in range(len(out) - len(phrase) + 1):
            if tuple(out[i:i + len(phrase)]) == phrase and not theirs.issuperset(phrase):
                out[i:i + len(phrase)] = []
                break
    out = [w for i, w in enumerate(out) if w not in DOUBTS or w in theirs or sure_kai(out, i)]
    return out if out and out != words else words


def _own_verb(word: str) -> bool:
    """Read only as a verb of "I" or "you" or a command: "kysyn", "voitko", "soita"."""
    verbs = [a for a in finnish.analyses(word) if a.get("CLASS") == "teonsana"]
    return bool(verbs) and all(a.get("PERSON") in ("1", "2") for a in verbs)


def _an_object(word: str) -> bool:
    """What a no's "tiedä", "muista" or "ehtinyt" takes: a partitive or a genitive ("reiän
    mittaa"), or an infinitive ("en ehtinyt kirjoittaa")."""
    return any(case in ("osanto", "omanto") for case, _ in finnish.case_numbers(word)) or \
        any(a.get("MOOD") == "A-infinitive" for a in finnish.analyses(word))


# how unsure, said with "I don't know" ("en tiedä varmasti, käyn kysymässä keittiöstä";
# set 28, both trainers correct)
_HOW_SURE = frozenset({"varmasti", "tarkkaan", "tarkalleen", "oikein", "vielä", "ihan"})


def unsure_apart(words: list[str], accepted: tuple[tuple[str, str], ...]) -> list[str]:
    """``words`` from the clause after "I don't know" said first ("en tiedä reiän mittaa,
    voitko sanoa": "voitko sanoa"; a sorry before it too): the clause starts at a verb read
    only as one of "I" or "you" or a command (its pronoun with it; no "mittaa": the
    measure, or "it measures"), and before it stands only the object "I don't know" takes
    or a join. As they are where nothing follows, no such clause does, or an accepted
    answer starts with the same words and says more ("en tiedä, ehkä laikassa oli
    halkeama")."""
    whole = words
    if not words or ("en" not in words[:2] and "ei" not in words[:2]):
        return words  # (the commonest case)
    if words[0] in _SORRY:  # "anteeksi, en ehtinyt kirjoittaa, voitko toistaa"
        words = words[1:]
    lead = next((p for p in UNSURE_SAID if tuple(words[:len(p)]) == p), None)
    if lead is None:
        return whole
    start = next((i for i in range(len(lead), len(words))
                  if words[i] in _OWN_NO
                  or (_own_verb(words[i]) and words[i - 1] not in NEGATIONS)),
                 None)  # (after "kone ei", "käynnisty" is no command: "kone ei käynnisty")
    if start is None:
        return whole
    if start > len(lead) and words[start - 1] in SUBJECT_PRONOUNS:
        start -= 1  # "en tiedä, minä korjaan sen itse": the pronoun is the clause's
    if not all(w in _JOINS or w in _HOW_SURE or (w not in QUESTION_WORDS and _an_object(w))
               for w in words[len(lead):start]):
        return whole  # "en tiedä, kipinä lensi …", "en tiedä mitä teen", "… kolmas toista"
    if any(n.split()[:len(lead)] == list(lead) and len(n.split()) > len(lead)
           for _, n in accepted):
        return whole
    return words[start:]
