"""A step's foreseen mistakes and other options: an answer that is one, or nearer to it than to
any accepted answer.
"""

from __future__ import annotations

from collections.abc import Callable

from valkky.judge.accepted import shape_of
from valkky.judge.case import Case, Judgement, normalised
from valkky.judge.compare import by_word, compare_with
from valkky.judge.wordsets import has_negation


def foreseen_check(pool: str) -> Callable[[Case], Judgement | None]:
    def check(c: Case) -> Judgement | None:
        candidates = list(c.options) if pool == "other_option" else list(c.mistakes)
        match, near = c.best(candidates)
        if match is None:
            return None
        if c.heard == normalised(match) or (
                near > c.closeness and near >= c.settings.mistake_closeness
                and has_negation(normalised(match).split()) == c.negative  # not "en käytä sitä"
                and (pool == "other_option" or _is_that_mistake(c, match, near))):
            c.note(f"'{match}' ({near:.0f}) nearer than '{c.closest}' ({c.closeness:.0f})")
            verdict = c.mistakes.get(match, "wrong") if pool == "mistake" else "wrong"
            return c.judgement(verdict, pool, matched=match)
        return None
    return check


def _is_that_mistake(c: Case, mistake: str, near: float) -> bool:
    """An answer near a foreseen mistake is that mistake only if it says what the mistake
    says (itself or with a slip), and is not a right answer: "kaksi pulloo" is "kaksi
    pulloa" as spoken, not the mistake "kaksi pullo"; "laitan suojalasit" lacks the "pois"
    of "laitan suojalasit pois"."""
    if any(shape_of(n).negative == c.negative for _, n in c.accepted) and \
            by_word(c).verdict == "correct":  # (by_word compares the same polarity)
        c.note(f"near '{mistake}', but a right answer")
        return False
    j = compare_with(c, mistake, normalised(mistake), near)[0]
    if j.verdict == "correct" or (j.verdict == "almost" and j.reason != "missing_words"):
        return True
    c.note(f"near '{mistake}', but not what it says")
    return False
