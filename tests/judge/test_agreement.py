"""Issue 12's goal: agree with a Finnish S2 trainer on ≥ 97 % of real learner answers
(tests/judge/data/*.yaml, hand-graded; `python -m tests.judge.agreement` lists the rest)."""

from __future__ import annotations

import pytest

from tests.judge.agreement import DATA, grade


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.yaml")))
def test_the_judge_agrees_with_the_trainer(name: str) -> None:
    graded = grade(name)
    disagree = [(g.step, g.answer, g.trainer, g.verdict, g.reason) for g in graded
                if not g.agrees]
    assert len(disagree) <= 0.03 * len(graded), disagree


def test_every_graded_answer_names_a_real_step() -> None:
    for path in DATA.glob("*.yaml"):
        assert grade(path.name), path
