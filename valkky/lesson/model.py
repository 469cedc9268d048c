"""The typed lesson model: what the loader builds and the engine runs.

Everything here is immutable and already validated; the engine never re-checks a lesson.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

LEVELS = ("A1", "A2", "B1", "B2")
DEFAULT_TRIES = 2
DEFAULT_DRILL_LIMIT = 5
PLACEMENT_SUFFIX = "-kartoitus"  # <profession>-kartoitus: the profession's placement lesson


def levels_of(level: str) -> tuple[str, ...]:
    """The CEFR levels a lesson's level spans: "A1-B1" → ("A1", "A2", "B1")."""
    low, _, high = level.partition("-")
    if low not in LEVELS or (high or low) not in LEVELS:
        return (level,)
    return LEVELS[LEVELS.index(low): LEVELS.index(high or low) + 1]


def is_placement(lesson_id: str) -> bool:
    """A placement lesson measures a level; it does not teach (nor show its answers)."""
    return lesson_id.endswith(PLACEMENT_SUFFIX)


@dataclass(frozen=True)
class ShowSpec:
    """Screen content: text, an image (absolute path once loaded), or both."""

    text: str | None = None
    image: str | None = None


@dataclass(frozen=True)
class Reaction:
    """What the robot does after a verdict; every part optional."""

    say: str | None = None
    gesture: str | None = None
    show: ShowSpec | None = None
    verdict: str | None = None  # a foreseen mistake's own verdict: wrong (default) or almost
    unsafe: bool | None = None  # a foreseen mistake called unsafe (None: its "Ei!" says so)

    @property
    def calls_unsafe(self) -> bool:
        """A mistake the lesson calls unsafe: ``unsafe: true``, or, where the field is not
        given, a reply that begins with a sharp no ("Ei! Älä …")."""
        if self.unsafe is not None:
            return self.unsafe
        return (self.say or "").lstrip().startswith("Ei!")


@dataclass(frozen=True)
class VocabItem:
    fi: str
    glosses: Mapping[str, str]
    gesture: str | None = None
    image: str | None = None
    accept: tuple[str, ...] = ()  # other names, also right in a drill


@dataclass(frozen=True)
class Task:
    """What an answerable step or dialogue turn expects of the learner."""

    accept: tuple[str, ...]
    keywords: tuple[str, ...] = ()
    hint: Mapping[str, str] = field(default_factory=dict)
    tries: int = DEFAULT_TRIES
    correct: Reaction | None = None
    wrong: Reaction | None = None
    mistakes: Mapping[str, Reaction] = field(default_factory=dict)
    options: tuple[str, ...] = ()  # choose steps: all options, in order
    strict: tuple[str, ...] = ()  # judge rules switched off for this task (docs/judging.md)
    open: bool = False  # an open question: any answer in Finnish words is right
    topics: tuple[str, ...] = ()  # with open: the answer names one of these
    sentences: int = 0  # the answer has at least this many sentences (0: any length)
    # the deed the question's instruction says comes after the asked one ("Laita ensin
    # tukipukit ja irrota sitten renkaat": "irrota renkaat"), read from the question
    then_deed: str = ""
    # what the question tells of the situation (an ask step's text, the robot's line before
    # a dialogue turn): the judge reads a fault it names ("Lava on rikki. Mitä teet?")
    situation: str = ""
    # a dialogue turn: its dialogue's earlier turns' wrong mistakes, still wrong said again
    # here ("kyllä voin" after the turn that had to say no to Saturday: judge49), and the
    # later turns' unsafe ones, as wrong told before they are asked ("otin muovin pois ja
    # laitoin paketin takaisin" to "Mitä nyt?": set 128, both trainers wrong)
    earlier_mistakes: tuple[str, ...] = ()
    # …and what every earlier turn said (the robot's line, the accepted answers): the times
    # they name ("voin tulla lauantaina" says the Saturday again, "…sunnuntaina" not), and
    # an answer that only says one again answers that turn ("Niin on, tosi kylmä.")
    earlier_said: tuple[str, ...] = ()
    # …and each earlier mistake's own reply, which says why when it is said again here
    earlier_replies: Mapping[str, Reaction] = field(default_factory=dict)
    # the deeds the reply to a right answer forbids ("Älä käytä sitä lavaa." → "käytän sitä
    # lavaa"), each with that sentence as its reply: judged as foreseen wrong mistakes
    # (judge.reply_forbids; set 203, both trainers wrong)
    forbidden: Mapping[str, Reaction] = field(default_factory=dict)


@dataclass(frozen=True)
class Step:
    id: str  # the trainer's id, or "step-N" (1-based) where none was given
    line: int
    gesture: str | None = None
    show: ShowSpec | None = None
    barge_in: bool = False
    level: str | None = None  # a placement lesson's question: the band it measures

    kind = "step"


@dataclass(frozen=True)
class SayStep(Step):
    text: str = ""
    kind = "say"


@dataclass(frozen=True)
class AskStep(Step):
    text: str = ""
    task: Task = field(default_factory=lambda: Task(accept=()))
    kind = "ask"


@dataclass(frozen=True)
class RepeatStep(Step):
    text: str = ""
    task: Task = field(default_factory=lambda: Task(accept=()))
    kind = "repeat"


@dataclass(frozen=True)
class ChooseStep(Step):
    text: str = ""
    answer: str = ""
    task: Task = field(default_factory=lambda: Task(accept=()))
    kind = "choose"


@dataclass(frozen=True)
class RobotTurn:
    text: str
    gesture: str | None = None
    show: ShowSpec | None = None


@dataclass(frozen=True)
class LearnerTurn:
    id: str  # "<step id>.<turn number>" unless the trainer named it
    task: Task
    gesture: str | None = None
    show: ShowSpec | None = None


@dataclass(frozen=True)
class DialogueStep(Step):
    turns: tuple[RobotTurn | LearnerTurn, ...] = ()
    kind = "dialogue"


@dataclass(frozen=True)
class DrillStep(Step):
    source: str = "vocabulary"
    limit: int = DEFAULT_DRILL_LIMIT
    tries: int = DEFAULT_TRIES
    kind = "drill"


@dataclass(frozen=True)
class GotoStep(Step):
    target: str = ""
    score_below: float | None = None
    times: int = 1
    kind = "goto"


ANSWERABLE = (AskStep, RepeatStep, ChooseStep)


@dataclass(frozen=True)
class Lesson:
    id: str
    version: int
    title: str
    profession: str
    level: str
    support: tuple[str, ...]
    steps: tuple[Step, ...]
    minutes: int = 5
    description: str | None = None
    vocabulary: tuple[VocabItem, ...] = ()
    path: str | None = None
    skills: tuple[str, ...] = ()  # what it trains, from spec.SKILLS
    # language → note: the glosses and hints in that language await a native speaker
    review: Mapping[str, str] = field(default_factory=dict)

    def step_index(self, step_id: str) -> int:
        for i, step in enumerate(self.steps):
            if step.id == step_id:
                return i
        raise KeyError(step_id)

    def tasks(self) -> dict[str, Task]:
        """Every task a learner answers, by its id: an ask, repeat or choose step's by the
        step's id, a dialogue's learner turn by the turn's (`valkky check --step`)."""
        out: dict[str, Task] = {}
        for step in self.steps:
            if isinstance(step, ANSWERABLE):
                out[step.id] = step.task
            elif isinstance(step, DialogueStep):
                out |= {t.id: t.task for t in step.turns if isinstance(t, LearnerTurn)}
        return out

    def picture(self, fi: str) -> str | None:
        """The image of a vocabulary word (case-insensitive match), if it has one: a
        ``show`` of the word without an image of its own shows it."""
        key = fi.strip().casefold()
        return next((item.image for item in self.vocabulary
                     if item.fi.casefold() == key and item.image), None)

    def gloss(self, fi: str, lang: str) -> str | None:
        """The gloss of a vocabulary word (case-insensitive match) in ``lang``, if any."""
        key = fi.strip().casefold()
        for item in self.vocabulary:
            if item.fi.casefold() == key:
                return item.glosses.get(lang)
        return None
