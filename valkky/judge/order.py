"""Word order: free where it keeps the meaning, wrong where a word whose place carries the
meaning is crossed, almost where the step wants its order.
"""

from __future__ import annotations

from valkky.judge import finnish
from valkky.judge.accepted import same_words, shape_of, word_bag
from valkky.judge.case import Case, Detail, Judgement, fuzz_module
from valkky.judge.wordsets import FRAME_WORDS, ORDER_WORDS


def order_of_meaning(c: Case) -> Judgement | None:
    """What comes before ennen/jälkeen/sitten… now comes after it, and the other way round:
    "desinfioi ennen kuin peset kädet" for "pese kädet ennen kuin desinfioit". (A phrase
    moved whole is no swap: "ennen työtä pese kädet".)"""
    markers = ORDER_WORDS.intersection(c.words)
    if not markers:
        return None
    for original, norm in c.accepted:
        expected = norm.split()
        for marker in markers.intersection(expected):
            if _crossed(c.words, expected, marker):
                c.note(f"'{original}' the other way round '{marker}'")
                return c.judgement("wrong", "word_order", closest=original)
    return None


def word_order(c: Case) -> Judgement | None:
    # a word said twice is said ("moi moi", "kiitos kiitos"), unless the answer has it twice
    once = [w for i, w in enumerate(c.words) if i == 0 or w != c.words[i - 1]]
    for original, norm in c.accepted:
        if same_words(c.words, norm) or (once != c.words and same_words(once, norm)):
            return c.judgement("correct", closest=original)
    return None


def order_strict(c: Case) -> Judgement | None:
    """Where the step wants its order (strict: [word_order]), another order is almost."""
    if c.on("word_order"):
        return None
    for original, norm in c.accepted:
        if word_bag(c.words) == shape_of(norm).bag:
            c.closeness = fuzz_module().ratio(c.heard, norm)
            return c.judgement("almost", "word_order", closest=original,
                               detail=Detail(expected=norm, heard=c.heard))
    return None


def _crossed(heard: list[str], expected: list[str], marker: str) -> bool:
    """Words from before ``marker`` now after it, and words from after it now before."""
    def split(words: list[str]) -> tuple[list[str], list[str]]:
        i = words.index(marker)
        keep = [w for w in words if w not in FRAME_WORDS and w not in ORDER_WORDS
                and w != "kuin" and w != "kun"]
        return [w for w in words[:i] if w in keep], [w for w in words[i + 1:] if w in keep]

    def like(w: str, others: list[str]) -> bool:
        return any(w == o or finnish.same_lemma(w, o) for o in others)

    e_before, e_after = split(expected)
    h_before, h_after = split(heard)
    moved_up = any(like(w, e_after) and not like(w, e_before) for w in h_before)
    moved_down = any(like(w, e_before) and not like(w, e_after) for w in h_after)
    return moved_up and moved_down
