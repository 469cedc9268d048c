"""Tiny stand-ins for engine tests that must not depend on the real judge's rules."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class FakeJudgement:
    verdict: str
    reason: str | None
    score: float
    closest: str | None
    heard: str
    detail: object = None
    matched: str | None = None


def exact_judge(answer: str, accept: Sequence[str], *, keywords: Sequence[str] = (),
                wrong_answers: Sequence[str] = (), other_options: Sequence[str] = (),
                strict: Sequence[str] = (), open_question: bool = False,
                topics: Sequence[str] = ()) -> FakeJudgement:
    """Exact (case-insensitive) matching; "~word" is `almost` (typo) for a test's sake."""
    heard = _plain(answer)
    closest = accept[0] if accept else None
    if not heard:
        return FakeJudgement("silence", None, 0.0, closest, heard)
    if heard in (_plain(a) for a in accept):
        return FakeJudgement("correct", None, 1.0, heard, heard)
    for wrong in (*wrong_answers, *other_options):
        if heard == _plain(wrong):
            reason = "mistake" if wrong in wrong_answers else "other_option"
            return FakeJudgement("wrong", reason, 0.0, closest, heard, matched=wrong)
    if heard.startswith("~"):
        return FakeJudgement("almost", "typo", 0.7, closest, heard)
    return FakeJudgement("wrong", None, 0.1, closest, heard)


def _plain(text: str) -> str:
    return text.strip().strip(".!?").casefold()


def plain_feedback(judgement: FakeJudgement) -> str:
    return f"Melkein! Sano: {judgement.closest}."
