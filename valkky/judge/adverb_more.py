"""An adverb more where another accepted answer says it (issue 12): "vasara putosi alas,
kukaan ei loukkaantunut" beside "vasara putosi mutta kukaan ei loukkaantunut" and "vasara
putosi alas telineeltä". The step's own answers say "alas" right after "putosi"; the
answer without it is right, so with it it is right too. Only an adverb (it names no other
thing and no other deed), never a no nor a word of order ("ensin": its place carries
the meaning)."""

from __future__ import annotations

from valkky.judge import finnish
from valkky.judge.case import Case, Judgement, normalised
from valkky.judge.rules import judged_as
from valkky.judge.wordsets import NEGATIONS, ORDER_WORDS

_ADVERB = frozenset({"seikkasana"})  # Voikko's class of a word that is only an adverb


def adverb_more(c: Case) -> Judgement | None:
    words = c.words
    if len(words) < 3:
        return None
    # a foreseen mistake said whole beside the answer is judged as it, not as an adverb
    # more ("minä vien roskat ulos, että minä tuon roskat ulos"; review)
    said = f" {' '.join(words)} "
    if any(f" {normalised(m)} " in said for m in c.mistakes):
        return None
    slots = {(a, b) for _, n in c.accepted for a, b in zip(n.split(), n.split()[1:],
                                                           strict=False)}
    for i in range(1, len(words)):
        w = words[i]
        if (words[i - 1], w) not in slots or w in NEGATIONS or w in ORDER_WORDS or \
                w in words[:i] or \
                finnish.word_classes(w) != _ADVERB:
            continue
        j = judged_as(c, words[:i] + words[i + 1:])
        c.note(f"'{w}' as another answer says it after '{words[i - 1]}': {j.verdict}")
        if j.verdict == "correct":
            return c.judgement("correct", closest=j.closest)
        return None
    return None

