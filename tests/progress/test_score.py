"""The one score: tasks from attempts, a trainer's corrections, the mean."""

from __future__ import annotations

from typing import Any

from valkky.progress import score


def attempt(id_: int, step: str, verdict: str, s: float, try_: int, final: bool,
            session: int = 1, at: float | None = None) -> tuple[Any, ...]:
    """A row of score.COLUMNS (try_: for the reader; the score does not read it)."""
    return (id_, session, "testi", step, float(at if at is not None else id_), verdict, s,
            int(final), f"h{id_}", None)


ROWS = [
    attempt(1, "mika", "almost", 0.9, 1, False),
    attempt(2, "mika", "correct", 1.0, 2, True),  # right at the second try: 1.0
    attempt(3, "valinta", "wrong", 0.2, 1, False),
    attempt(4, "valinta", "wrong", 0.1, 2, True),  # never right: its last answer, 0.1
    attempt(5, "toista", "almost", 0.9, 1, True),  # one try, almost: 0.9
    attempt(6, "kesken", "wrong", 0.0, 1, False),  # a task not ended (stopped mid-way)
]


def test_a_task_counts_once_with_its_final_answer() -> None:
    tasks = score.tasks(score.answers(ROWS, {}))
    assert [(t.step, t.score, t.right, t.tries) for t in tasks] == [
        ("mika", 1.0, True, 2), ("valinta", 0.1, False, 2), ("toista", 0.9, False, 1)]
    assert score.mean(tasks) == (1.0 + 0.1 + 0.9) / 3
    assert score.percent(score.mean(tasks)) == "67 %"
    assert score.mean([]) is None and score.percent(None) == "–"


def test_the_same_step_again_in_a_session_is_another_task() -> None:
    rows = [attempt(1, "mika", "wrong", 0.1, 1, True),
            attempt(2, "mika", "correct", 1.0, 1, True)]  # a goto ran it again
    assert [t.score for t in score.tasks(score.answers(rows, {}))] == [0.1, 1.0]


def test_a_trainers_correction_counts_instead_of_the_judges() -> None:
    assert score.mean(score.tasks(score.answers(ROWS, {4: "correct"}))) == (1 + 1 + .9) / 3
    assert score.mean(score.tasks(score.answers(ROWS, {2: "wrong"}))) == (0 + .1 + .9) / 3
    # "right" at the first try ends the task there: the second try changes nothing
    tasks = score.tasks(score.answers(ROWS, {3: "correct"}))
    assert [(t.step, t.score, t.tries) for t in tasks][1] == ("valinta", 1.0, 1)
    assert len(tasks) == 3
    corrected = score.answers(ROWS, {3: "correct"})[2]
    assert corrected.corrected and corrected.judged == "wrong"
    assert not score.answers(ROWS, {})[2].corrected


def test_the_score_over_time_is_by_day_week_or_month_as_fits() -> None:
    day = 86400.0
    few = [score.Task(1, "testi", "s", 3 * day + 10, 0.5, False, 1),
           score.Task(1, "testi", "s", 3 * day + 20, 1.0, True, 1),
           score.Task(2, "testi", "s", 9 * day, 0.9, False, 1)]
    assert score.series(few) == ("day", [("1970-01-04", 0.75, 2), ("1970-01-10", 0.9, 1)])
    many = [score.Task(n, "testi", "s", n * day, 1.0, True, 1) for n in range(200)]
    unit, points = score.series(many)
    assert unit == "week" and len(points) <= 60 and points[0][0] == "1970-W01"
    assert sum(n for _, _, n in points) == 200
    years = [score.Task(n, "testi", "s", n * 3 * day, 1.0, True, 1) for n in range(1000)]
    unit, points = score.series(years)
    assert unit == "month" and points[0][0] == "1970-01" and len(points) == 99
    assert score.series([]) == ("day", [])
