"""A word named as the answer (issue 12): "sana on mutta", "puuttuva sana on työ" where a
step asks which word fills a gap or which word it is. The learner names the word in a
sentence; the word is the answer, judged as said alone ("sana on tuo" is the mistake
"tuo", as "tuo" is). ("se on X" needs no rule: "se" and "on" are frame words.) Not where
an accepted answer says "sana" or "vastaus" itself, nor where no accepted answer is a word
or two (the step asks no word)."""

from __future__ import annotations

from dataclasses import replace

from valkky.judge.case import Case, Judgement
from valkky.judge.rules import judged_as

# how the word is named before it, as said
_LEADS = (("sana", "on"), ("se", "sana", "on"), ("oikea", "sana", "on"),
          ("puuttuva", "sana", "on"), ("vastaus", "on"), ("oikea", "vastaus", "on"))
_FIRST = frozenset(lead[0] for lead in _LEADS)
_WORDS = 3  # the most words a named answer has


def word_named(c: Case) -> Judgement | None:
    words = c.words
    if len(words) < 3 or words[0] not in _FIRST:
        return None  # (the commonest case: no lead)
    lead = next((ld for ld in _LEADS if tuple(words[:len(ld)]) == ld), None)
    rest = words[len(lead):] if lead else []
    if not rest or len(rest) > _WORDS or not any(len(n.split()) <= 2 for _, n in c.accepted) \
            or any({"sana", "vastaus"} & set(n.split()) for _, n in c.accepted):
        return None
    j = judged_as(c, rest)
    c.note(f"'{' '.join(rest)}' named as the answer: {j.verdict}")
    return replace(j, heard=c.said, rule=c.rule)
