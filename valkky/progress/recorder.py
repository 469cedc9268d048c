"""The progress store as a session sink: every judged answer committed as it is judged.

It goes first among the sinks, so an answer is on disk before its verdict is spoken or
logged. The resume point follows the session: the step being run, or the next one as
soon as a step's answer is final (a kill while the robot praises it loses nothing).
Dialogues and drills resume at their start; their answers already given stay recorded.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from valkky import events as ev
from valkky.judge.normalise import normalise
from valkky.lesson.model import Lesson, VocabItem, is_placement
from valkky.progress import srs
from valkky.progress.plan import placement_level
from valkky.progress.store import Store


@dataclass
class ProgressRecorder:
    store: Store
    learner_id: str
    lesson: Lesson
    session_id: int
    _step: str | None = None
    _index: int = 0
    _position: int = -1  # the resume point last written
    _words: dict[str, VocabItem] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._words = {normalise(v.fi): v for v in self.lesson.vocabulary}

    def handle(self, event: ev.Event) -> None:
        if isinstance(event, ev.StepStarted):
            # The previous StepEnded (or the session's opening) already points here.
            self._step, self._index = event.step, event.index
        elif isinstance(event, ev.StepEnded):
            self._move_to(event.next_index)
        elif isinstance(event, ev.Show) and event.text:
            word = self._words.get(normalise(event.text))
            if word is not None:  # every word the learner meets becomes a card
                self.store.meet(self.learner_id, self.lesson.id, word.fi, dict(word.glosses),
                                *srs.new_card(self.store.clock()))
        elif isinstance(event, ev.Verdict):
            closes_step = event.final and event.step == self._step
            word = self._word_of(event) if event.final else None
            position = self._index + 1 if closes_step else None
            self.store.record_attempt(
                self.session_id, self.learner_id, self.lesson.id, step=event.step,
                heard=event.heard, verdict=event.verdict, reason=event.reason,
                score=event.score, try_=event.try_, final=event.final, closest=event.closest,
                position=position,
                review=None if word is None else (word.fi, dict(word.glosses)))
            if position is not None:
                self._position = position
        elif isinstance(event, ev.End):
            self.store.end_session(self.session_id, event.reason, event.score)
            if event.reason == "completed" and is_placement(self.lesson.id):
                self.store.set_level(self.learner_id,
                                     event.level or placement_level(event.score))

    def _move_to(self, position: int) -> None:
        if position != self._position:
            self.store.set_position(self.session_id, position)
            self._position = position

    def _word_of(self, verdict: ev.Verdict) -> VocabItem | None:
        """The vocabulary word an answer was about: a drill item, or an accepted answer
        that is (or contains) a word of the lesson."""
        if verdict.word is not None:
            word = self._words.get(normalise(verdict.word))
            if word is not None:
                return word
        if verdict.closest:
            said = normalise(verdict.closest)
            for key, item in self._words.items():
                if key == said or f" {key} " in f" {said} ":
                    return item
        return None


def open_progress(store: Store, learner_id: str, lesson: Lesson, *, restart: bool = False
                  ) -> tuple[ProgressRecorder, int, list[VocabItem]]:
    """The recorder sink, the step to start at, and the words a drill should review."""
    session_id, start = store.open_session(learner_id, lesson.id, restart=restart)
    if start >= len(lesson.steps):
        start = 0
    recorder = ProgressRecorder(store, learner_id, lesson, session_id)
    return recorder, start, srs.due_items(store.db, store.clock(), learner_id,
                                            list(lesson.vocabulary))
