"""A yes said back in the asker's own person (issue 12, stop 67): to a customer's "Voinko
maksaa kortilla?" the answer is "kyllä voitte", the "you" of the one who asked; "kyllä
voin" says the verb as the asker said it, "I" — a slip of person the trainers of sets 141
and 144 both grade almost. The lexicon's "kyllä voin" for "kyllä käy" (said to "Voitko
tulla?") must not make it right here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from valkky.judge import finnish, sizes
from valkky.judge.case import Case, Detail, Judgement
from valkky.judge.normalise import normalise
from valkky.judge.wordsets import NEGATIONS

_ASKED = re.compile(r"\b\w+n(?:ko|kö)\b")  # "voinko", "saanko" (and "onko": read below)


@lru_cache(maxsize=sizes.STEPS)
def asks_of_me(situation: str) -> tuple[str, ...]:
    """The verbs of "I" a step's question asks with -ko ("Voinko maksaa kortilla?":
    voinko), made once a step."""
    return tuple(w for w in _ASKED.findall(situation.casefold())
                 if ("1", "singular") in finnish.persons(w))


def askers_person(c: Case, j: Judgement) -> Judgement:
    """``j``, or almost (word_form) where it is right but the answer says the question's
    verb of "I" (asked with -ko by the one spoken to) in that same person, no accepted
    answer as the lesson writes it saying that form; the accepted answers' form of the
    verb named."""
    if j.verdict != "correct" or not c.situation or not (asked := asks_of_me(c.situation)):
        return j  # (the commonest: no "voinko" in the question)
    written = {w for original, _ in c.accepted for w in normalise(original).split()}
    said = (c.said or c.heard).split()  # (as said: the lexicon makes "kyllä käy" "kyllä
    # voin")
    for k, w in enumerate(said):
        if w in written or (w.endswith(("ko", "kö")) and not NEGATIONS.isdisjoint(
                said[k + 1:])) or \
                ("1", "singular") not in finnish.persons(w) or \
                not any(finnish.same_lemma(w, a) for a in asked):
            continue  # (the question said again and answered no, "saanko korjata sen
            # itse, et saa, …", asks nothing of the answer's own: review118; answered yes,
            # "saisinko lääkettä? joo saatte", it is no right answer either: review214)
        right = next((x for x in sorted(written) if finnish.same_lemma(x, w) and
                      any(p == "2" for p, _ in finnish.persons(x))), None)
        if right is None:
            continue  # (no "you" of it to name: the step's answers say it otherwise)
        c.note(f"{w} for {right}: the asker's own person")
        return c.judgement("almost", "word_form", closest=j.closest,
                           detail=Detail(expected=right, heard=w))
    return j


def question_turned(c: Case, j: Judgement) -> Judgement:
    """``j``, or wrong where it is nearly right but the answer asks the closest accepted
    answer's question in the other person, "I" for "you" or the other way round ("Voinko
    auttaa?" for "Voitko auttaa?", "Hei! Voitko auttaa?" for "Hei! Voinko auttaa?"): an
    offer said as a request, not a slip of form (sets 98-171: both blind trainers wrong on
    8 rows, almost on 5)."""
    if j.verdict != "almost" or not j.closest:
        return j
    theirs = [w for w in normalise(j.closest).split() if w.endswith(("ko", "kö"))]
    if not theirs:
        return j  # (the commonest: the answer asks nothing)
    for k, h in enumerate(c.words):
        if not h.endswith(("ko", "kö")) or not finnish.base_forms(h) & _OFFERING or \
                c.words[k + 1:k + 2] in ([y] for y in _YOU):
            continue  # (a modal of offering or asking only; not with its "you" after it,
            # a slip of person: "voinks sä auttaa mua")
        if "kanssa" in c.words[k + 1:]:
            continue  # (a deed done together: "voinko nostaa tän sun kanssa", review233)
        mine = {p for p, _ in finnish.persons(h)}
        for e in theirs:
            if e != h and finnish.same_lemma(e, h) and \
                    {p for p, _ in finnish.persons(e)} | mine == _I_AND_YOU and \
                    len(mine) == 1:
                c.note(f"'{h}' for '{e}': the question asked of the other person")
                return c.judgement("wrong", closest=j.closest)
    return j


_I_AND_YOU = frozenset({"1", "2"})
# the modals an offer or a request is asked with ("voinko", "saanko"; not "tarvitsenko
# pussin" for "tarvitsetko pussin", a slip by both trainers of set 117)
_OFFERING = frozenset({"voida", "saada"})
_YOU = frozenset({"sinä", "te"})
