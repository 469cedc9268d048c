"""An open question takes any answer in Finnish words, but not one with the step's own
foreseen mistake said whole in it (issue 12: a read-only review found "ei se mitään voit
mennä auton alle" praised on a safety report step)."""

from __future__ import annotations

import pytest

from tests.judge.agreement import tasks
from tests.judge.golden import step_arguments
from valkky.judge import judge


def on_step(step: str, answer: str) -> tuple[str, str | None]:
    task, options = tasks()[step]
    j = judge(answer, task.accept, **step_arguments(task, options))
    return j.verdict, j.reason


@pytest.mark.parametrize(("step", "answer"), [
    ("autoala-raportti jere", "ei se mitään voit mennä auton alle"),
    ("autoala-raportti jere", "no joo, mene vaan alle"),
    ("ravintola-raportti noora", "ei se haittaa käytä samaa lautaa"),
])
def test_a_foreseen_mistake_said_whole_in_an_open_answer_is_that_mistake(
        step: str, answer: str) -> None:
    assert on_step(step, answer) == ("wrong", "mistake")


@pytest.mark.parametrize(("step", "answer"), [
    ("autoala-raportti jere", "älä mene auton alle ilman tukipukkeja"),
    ("autoala-raportti jere", "sano että käytä aina tukipukkeja"),
    ("ravintola-raportti noora", "vaihda lauta ja pese se"),
])
def test_an_open_answer_without_a_mistake_said_whole_stays_right(step: str,
                                                                   answer: str) -> None:
    assert on_step(step, answer)[0] == "correct"
