"""The right answer first, then what comes after it (issue 12): for "Mitä teet ensin?",
"pesen kädet ja sitten leikkaan tomaatit" says the first deed first; the deed the step
foresees as a mistake ("leikkaan tomaatit") is its stated "then", not the answer. Only on a
step whose accepted answers say "ensin" (a question of what comes first); "leikkaan
tomaatit ja sitten pesen kädet" stays the mistake, said first."""

from __future__ import annotations

from valkky.judge.case import Case, Judgement
from valkky.judge.rules import judged_as
from valkky.judge.wordsets import has_negation

_THEN = "sitten"
_FIRST = "ensin"


def right_then(c: Case) -> Judgement | None:
    words = c.words
    if _THEN not in words[1:-1] or not any(_FIRST in n.split() for _, n in c.accepted):
        return None
    at = words.index(_THEN)
    head, tail = words[:at], words[at + 1:]
    if head and head[-1] == "ja":
        head = head[:-1]
    if not head or has_negation(tail):
        return None
    j = judged_as(c, head)
    # what comes after is the deed the step foresees as the wrong first one, no deed of the
    # learner's own ("pesen kädet, sitten laitan käden koneeseen" is no answer; review)
    then = judged_as(c, tail)
    c.note(f"'{' '.join(head)}', then '{' '.join(tail)}': {j.verdict}, then {then.reason}")
    return c.judgement("correct", closest=j.closest) \
        if j.verdict == "correct" and then.matched is not None else None
