"""What a learner may say is accepted the same way across the library: yes to a request in
every natural form, the supervisor by any of the words for one (the shared lexicon,
lessons/lexicon/synonyms.yaml), open questions left open, and no robot line praising an
answer the learner may just have got wrong."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tests.lessons.library import library_report
from valkky.judge import judge
from valkky.lesson import model as m

LESSONS = library_report().lessons


def _tasks(lesson: m.Lesson) -> Iterator[tuple[str, str, m.Task, str | None]]:
    """(task id, the question or the robot's cue, the task, the robot's next line)."""
    for step in lesson.steps:
        if isinstance(step, m.AskStep):
            yield step.id, step.text, step.task, None
        elif isinstance(step, m.DialogueStep):
            cue: list[str] = []
            pending: tuple[str, str, m.Task] | None = None
            for turn in step.turns:
                if isinstance(turn, m.RobotTurn):
                    if pending is not None:
                        yield (*pending, turn.text)
                        pending = None
                    cue.append(turn.text)
                    continue
                if pending is not None:
                    yield (*pending, None)
                pending, cue = (turn.id, " ".join(cue), turn.task), []
            if pending is not None:
                yield (*pending, None)


ALL = [(x.id, *t) for x in LESSONS for t in _tasks(x)]
REQUEST = re.compile(r"\b(voitko|voisitko|pystytkö|ehditkö)\b[^?.!]*\?\s*$", re.I)
YES = ("kyllä", "joo", "voin", "kyllä voin", "käy", "sopii", "totta kai", "joo, voin")


def _judged(said: str, task: m.Task) -> str:
    return judge(said, task.accept, keywords=task.keywords,
                 wrong_answers={k: r.verdict or "wrong" for k, r in task.mistakes.items()},
                 strict=task.strict, open_question=task.open, topics=task.topics).verdict


def test_a_yes_to_a_request_is_accepted_in_all_its_forms() -> None:
    asked = [(lid, tid, task) for lid, tid, text, task, _ in ALL
             if REQUEST.search(text) and _judged("kyllä voin", task) == "correct"]
    assert asked, "no request answered with yes in the library"
    refused = [(lid, tid, said) for lid, tid, task in asked for said in YES
               if _judged(said, task) != "correct"]
    assert not refused


PRAISE = re.compile(r"^(hyvä|hienoa|loistavaa|erinomaista|juuri niin|oikein)\b", re.I)


def test_no_robot_praises_an_answer_that_was_a_foreseen_mistake() -> None:
    """After a missed last try the dialogue goes on: a boss who says "Hyvä." after
    "en voi" praises the wrong answer. The line after a turn with foreseen mistakes is
    neutral (Selvä. No niin. Kiitos.)."""
    praised = [(lid, tid, after) for lid, tid, _, task, after in ALL
               if after and task.mistakes and PRAISE.search(after)]
    assert not praised


SUPERVISOR = ("esimiehelle", "esihenkilölle", "pomolle", "työnjohtajalle")


def test_the_supervisor_is_one_word_in_every_lesson() -> None:
    """esimies, esihenkilö, pomo, työnjohtaja: one shared list (the lexicon), so a learner
    who learnt another word in another lesson is not refused here."""
    checked = 0
    for lid, tid, _, task, _ in ALL:
        said = next((a for a in task.accept if any(w in a.split() for w in SUPERVISOR)), None)
        if said is None or "synonyms" in task.strict:
            continue
        word = next(w for w in SUPERVISOR if w in said.split())
        for other in SUPERVISOR:
            checked += 1
            assert _judged(said.replace(word, other), task) == "correct", (lid, tid, other)
    assert checked >= 20


OPEN = re.compile(r"\bmitä teet tauolla\b|\bmitä teit viikonloppuna\b", re.I)


@pytest.mark.parametrize("answer", ["rukoilen", "soitan äidille", "luen kirjaa"])
def test_open_questions_take_the_learners_own_answer(answer: str) -> None:
    found = [(lid, tid, task) for lid, tid, text, task, _ in ALL if OPEN.search(text)]
    assert found
    for lid, tid, task in found:
        assert task.open, (lid, tid)
        assert _judged(answer, task) == "correct", (lid, tid, answer)


DRILLED = [(x, item, alt) for x in LESSONS for item in x.vocabulary for alt in item.accept
           if any(isinstance(s, m.DrillStep) for s in x.steps)]


@pytest.mark.parametrize(("lesson", "item", "other"), DRILLED,
                         ids=[f"{x.id}-{alt}" for x, _, alt in DRILLED])
def test_a_name_a_lesson_accepts_its_drill_accepts_too(lesson: m.Lesson, item: m.VocabItem,
                                                       other: str) -> None:
    """ruuvari in the question and ruuvari in the drill: the same word is not accepted in
    a lesson and refused in its drill (the entry's accept: lists it, and the drill takes
    it)."""
    from valkky.testing.harness import run_scripted

    drill = next(i for i, s in enumerate(lesson.steps) if isinstance(s, m.DrillStep))
    t = run_scripted(lesson, [other], start_at=drill, drill_items=[item])
    assert t.verdicts and t.verdicts[0].verdict == "correct", t.verdicts[:1]


def test_the_drill_refuses_what_is_not_a_name_of_the_word() -> None:
    lesson = next(x for x in LESSONS if x.id == "metalli-tyokalut")
    item = next(v for v in lesson.vocabulary if v.fi == "ruuvimeisseli")
    from valkky.testing.harness import run_scripted

    drill = next(i for i, s in enumerate(lesson.steps) if isinstance(s, m.DrillStep))
    t = run_scripted(lesson, ["vasara", "vasara"], start_at=drill, drill_items=[item])
    assert t.verdicts[0].verdict == "wrong"
