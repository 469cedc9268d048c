"""What the engine needs from the outside, as small protocols: the judge, and the words
of an almost (``engine.feedback.almost_fi`` for Finnish)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # the engine depends on the judge's result type, not on its libraries
    from valkky.judge import Judgement


class Judge(Protocol):
    def __call__(self, answer: str, accept: Sequence[str], *, keywords: Sequence[str] = (),
                 wrong_answers: Sequence[str] | Mapping[str, str] = (),
                 other_options: Sequence[str] = (), strict: Sequence[str] = (),
                 open_question: bool = False, topics: Sequence[str] = ()) -> Judgement: ...


# The words of an almost, for one judgement.
Feedback = Callable[["Judgement"], str]
