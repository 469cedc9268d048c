"""The lesson format as data: one specification read by the checker and the schema export.

Each object (the lesson, a vocabulary entry, each step kind, a reaction…) is a table of
fields. ``checker.py`` validates YAML against these tables; ``schema.py`` turns the same
tables into JSON Schema, so the editor's completion and the linter cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
LANG_PATTERN = r"^[a-z]{2}$"
LEVEL_PATTERN = r"^(A1|A2|B1|B2)(-(A1|A2|B1|B2))?$"
MAX_OPTIONS = 10  # a choose step's options the robot can read: yksi … kymmenen
# How long a list may be. Far above any real lesson (the bundled ones reach 35 steps, 12
# words, 15 accepted answers); they bound what one file can cost to check and to judge.
MAX_STEPS = 200
MAX_VOCABULARY = 200
MAX_TURNS = 100  # in one dialogue
MAX_LIST = 100  # accept, keywords, options, support, mistakes
# What a lesson trains (`skills:`), in this order in listings.
SKILLS = ("vocabulary", "listening", "speaking", "reading", "pronunciation", "writing")


@dataclass(frozen=True)
class F:
    """One field: its kind (a name the checker and schema both know), and its rules."""

    kind: str
    doc: str
    required: bool = False
    min: float | None = None
    max: float | None = None
    choices: tuple[str, ...] = ()


# Fields shared by every step.
STEP_COMMON = {
    "id": F("id", "Step id, unique in the lesson; needed as a goto target."),
    "gesture": F("gesture", "A gesture from hardware/gestures.yaml, made as the step starts."),
    "show": F("show", "Text (or {text, image}) on the robot's screen."),
    "barge_in": F("bool", "Let the learner answer before the robot has finished speaking."),
}

# Fields of everything the learner answers (ask, repeat, choose, dialogue learner turns).
TASK = {
    "accept": F("texts", "Accepted answers: the natural variants a learner would say."),
    "keywords": F("texts", "An answer containing all of these words passes."),
    "hint": F("hint", "Hint after the first miss: fi (spoken) and each support language."),
    "tries": F("int", "How many answers the learner gets.", min=1, max=5),
    "correct": F("reaction", "What the robot does after a correct answer."),
    "wrong": F("reaction", "What the robot does after a wrong answer."),
    "mistakes": F("mistakes", "Feedback for foreseeable wrong answers: {answer: feedback}."),
    "strict": F("rules", "Judge rules this step switches off (docs/judging.md), e.g. "
                         "[word_order] where the order is what is taught."),
    "open": F("bool", "An open question: any answer in Finnish words is right (accept "
                      "gives examples)."),
    "topics": F("texts", "With open: the answer must name one of these (any form)."),
    "sentences": F("int", "How many sentences the answer must have (1: a whole sentence, "
                          "not one word; 3 for 'kerro kolmella lauseella'): a right answer "
                          "that is shorter is almost (too_short). Accepted answers as "
                          "written always pass.", min=1, max=5),
}

# A question of a placement lesson (id ending -kartoitus) measures one band.
BAND = {
    "level": F("level", "In a placement lesson: the band this question measures (A1, A2, "
                        "B1 or B2; one level, not a range)."),
}

STEP_KINDS: dict[str, dict[str, F]] = {
    "say": {"say": F("text", "What the robot says.", required=True)},
    "ask": {"ask": F("text", "The question the robot asks.", required=True), **TASK, **BAND},
    "repeat": {
        "repeat": F("text", "A model sentence for the learner to repeat.", required=True),
        **{k: v for k, v in TASK.items() if k not in ("open", "topics", "sentences")},
        **BAND,
    },
    "choose": {
        "choose": F("text", "The question; the robot then reads the numbered options.",
                    required=True),
        "options": F("texts", "The options, in the order they are read.", required=True),
        "answer": F("text", "The right option (one of options).", required=True),
        **{k: v for k, v in TASK.items()
           if k not in ("accept", "keywords", "open", "topics", "sentences")},
        **BAND,
    },
    "dialogue": {
        "dialogue": F("turns", "Role-play turns: robot lines and learner turns.", required=True),
        **BAND,
    },
    "drill": {
        "drill": F("text", "What to review.", required=True, choices=("vocabulary",)),
        "limit": F("int", "How many words at most.", min=1, max=50),
        "tries": F("int", "Tries per word.", min=1, max=5),
    },
    "goto": {
        "goto": F("id", "The id of the step to jump to.", required=True),
        "if": F("goto_if", "Jump only on this condition."),
        "times": F("int", "How often the jump may be taken in a session.", min=1, max=10),
    },
}

LESSON = {
    "id": F("id", "Unique across all lessons: [a-z0-9-]+.", required=True),
    "version": F("int", "Lesson format version.", required=True, min=1, max=1),
    "title": F("text", "Finnish title.", required=True),
    "profession": F("text", "An id from lessons/professions.yaml.", required=True),
    "level": F("level", "CEFR level: A1, A2, B1, B2, or a range such as A1-A2.", required=True),
    "support": F("langs", "Learners' languages for hints and glosses (ISO 639-1).",
                 required=True),
    "minutes": F("int", "Planned length in minutes.", min=1, max=60),
    "description": F("text", "One line for the catalogue."),
    "skills": F("skills", "What the lesson trains: vocabulary, listening, speaking, "
                          "reading, pronunciation, writing."),
    "review": F("review", "Translations awaiting a native speaker's review: "
                          "{language code: note}, e.g. {so: native speaker review wanted}."),
    "vocabulary": F("vocab", "The words this lesson teaches."),
    "steps": F("steps", "What happens, in order.", required=True),
}

VOCAB = {
    "fi": F("text", "The Finnish word or phrase.", required=True),
    "accept": F("texts", "Other names for it, also right when the word is drilled "
                         "(ruuvari for ruuvimeisseli)."),
    "gesture": F("gesture", "A gesture that shows the word."),
    "image": F("image", "An image of the thing, relative to the lesson file, or "
                        "openmoji:NAME, ghs:NAME or valkky:NAME from the picture set."),
}
# A vocabulary entry also takes one gloss per language code ("en: mop").

ROBOT_TURN = {
    "robot": F("text", "What the robot says in the role-play.", required=True),
    "gesture": STEP_COMMON["gesture"],
    "show": STEP_COMMON["show"],
}

LEARNER_TURN = {
    "id": F("id", "Turn id, for progress records."),
    **TASK,
    "gesture": STEP_COMMON["gesture"],
    "show": STEP_COMMON["show"],
}

REACTION = {
    "say": F("text", "What the robot says."),
    "gesture": F("gesture", "A gesture."),
    "show": F("show", "Screen content."),
}

# A foreseen mistake's feedback: a reaction, and the verdict it gets (wrong by default).
MISTAKE = {
    **REACTION,
    "verdict": F("text", "wrong (the default) or almost: a slip the learner is near with.",
                 choices=("wrong", "almost")),
    "unsafe": F("bool", "The mistake says or allows an unsafe deed: taken back in the same "
                        "answer, it still counts as said. Without it, feedback that opens "
                        "with 'Ei!' marks it."),
}

SHOW = {
    "text": F("text", "Text on the screen."),
    "image": F("image", "An image file, relative to the lesson file, or openmoji:NAME, "
                        "ghs:NAME or valkky:NAME from the picture set."),
}

GOTO_IF = {
    "score_below": F("float", "Average score (0..1) of the answers between the target and here.",
                     required=True, min=0.0, max=1.0),
}
