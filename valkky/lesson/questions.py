"""What the robot asked, for a task named by its key in the progress records (a step id,
``<dialogue step>.<turn>``, ``<drill step>.<word>``): so that trainers read the question,
never the key."""

from __future__ import annotations

from dataclasses import dataclass

from valkky.lesson import model as m


@dataclass(frozen=True)
class Question:
    text: str  # the robot's words (a drill: the word practised)
    kind: str  # ask | choose | repeat | dialogue | drill


def questions(lesson: m.Lesson) -> dict[str, Question]:
    """Every task key the lesson can record, but a drill's (see ``question``)."""
    out: dict[str, Question] = {}
    for step in lesson.steps:
        if isinstance(step, m.AskStep):
            out[step.id] = Question(step.text, "ask")
        elif isinstance(step, m.ChooseStep):
            out[step.id] = Question(step.text, "choose")
        elif isinstance(step, m.RepeatStep):
            out[step.id] = Question(step.text, "repeat")
        elif isinstance(step, m.DialogueStep):
            said = ""
            for turn in step.turns:
                if isinstance(turn, m.RobotTurn):
                    said = turn.text
                else:
                    out[turn.id] = Question(said, "dialogue")
    return out


def question(lesson: m.Lesson | None, key: str) -> Question | None:
    """The question behind ``key`` in ``lesson``; a drill item's is its word."""
    if lesson is None:
        return None
    found = questions(lesson).get(key)
    if found is not None:
        return found
    for step in lesson.steps:
        if isinstance(step, m.DrillStep) and key.startswith(step.id + ".") \
                and len(key) > len(step.id) + 1:
            return Question(key[len(step.id) + 1:], "drill")
    return None


def library() -> dict[str, m.Lesson]:
    """The lesson library's lessons by id (those that load; lint tells about the rest)."""
    from valkky.lesson.lint import lint_paths
    from valkky.paths import lessons_dir

    folder = lessons_dir()
    return {x.id: x for x in lint_paths([folder], cached=True).lessons} if folder.is_dir() else {}


def library_lesson(lesson_id: str) -> m.Lesson | None:
    """One lesson of the library by id, if it loads: a report on one lesson lints that
    lesson's file alone, not the whole library."""
    from valkky.errors import ValkkyError
    from valkky.lesson.files import resolve_lesson
    from valkky.lesson.lint import lint_paths

    try:
        path = resolve_lesson(lesson_id)
    except ValkkyError:  # a lesson since removed: its answers are still reported
        return None
    return next((x for x in lint_paths([path], cached=True).lessons if x.id == lesson_id), None)


def step_text(step: m.Step) -> str:
    """What the robot says first at a step: where a resumed lesson goes on."""
    if isinstance(step, (m.SayStep, m.AskStep, m.RepeatStep, m.ChooseStep)):
        return step.text
    if isinstance(step, m.DialogueStep):
        return next((t.text for t in step.turns if isinstance(t, m.RobotTurn)), "")
    return ""
