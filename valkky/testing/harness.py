"""Run a lesson with scripted answers and collect what happened, with no device at all."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from valkky import events as ev
from valkky.engine.ports import Feedback, Judge
from valkky.engine.session import EngineSettings, Session
from valkky.lesson.model import Lesson


@dataclass
class Transcript:
    events: list[ev.Event] = field(default_factory=list)

    def of(self, kind: type[ev.Event]) -> list:
        return [e for e in self.events if isinstance(e, kind)]

    @property
    def verdicts(self) -> list[ev.Verdict]:
        return self.of(ev.Verdict)

    @property
    def said(self) -> list[str]:
        return [e.text for e in self.of(ev.Say)]

    @property
    def gestures(self) -> list[str]:
        return [e.name for e in self.of(ev.Gesture)]

    @property
    def end(self) -> ev.End | None:
        ends = self.of(ev.End)
        return ends[-1] if ends else None


def run_scripted(lesson: Lesson, answers: Iterable[str | ev.Answer], *, lang: str = "en",
                 settings: EngineSettings | None = None, start_at: int = 0,
                 drill_items: Sequence | None = None, judge: Judge | None = None,
                 feedback: Feedback | None = None) -> Transcript:
    """Answer each prompt from ``answers`` in order; stop (resumable) when they run out.

    The real judge is the default; pass ``valkky.testing.fakes.exact_judge`` to test the
    engine's flow independently of the judge's rules.
    """
    from valkky.engine.feedback import almost_fi
    from valkky.judge import judge as real_judge

    session = Session(lesson, judge=judge or real_judge, feedback=feedback or almost_fi,
                      lang=lang, settings=settings,
                      start_at=start_at, drill_items=drill_items)
    out = Transcript(session.start())
    queue = iter(answers)
    while session.prompt is not None:
        answer = next(queue, None)
        if answer is None:
            out.events.extend(session.stop())
            break
        out.events.extend(session.answer(answer if isinstance(answer, ev.Answer)
                                         else ev.Answer(answer)))
    return out
