"""A foreseen mistake the lesson calls unsafe (``unsafe: true``, or feedback that opens with
"Ei!" where the field is not given) reaches the judge as ``unsafe_mistakes``: a learner who
takes it back in the same answer has still said it (judge.repaired). Lint warns where an
unsafe mistake is judged almost."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import GOOD_LESSON
from valkky.engine.session import asked_tasks, judge_arguments
from valkky.lesson.lint import lint_paths
from valkky.lesson.loader import check_text
from valkky.testing.table import as_table

MISTAKE = "      ämpäri: Ei. Ämpäri on toinen.\n"


def _with_mistake(line: str) -> str:
    assert MISTAKE in GOOD_LESSON
    return GOOD_LESSON.replace(MISTAKE, line, 1)


@as_table(("mistake", "unsafe"), [
    ("      ämpäri: Ei. Ämpäri on toinen.\n", ()),
    ("      ämpäri: Ei! Älä käytä ämpäriä.\n", ("ämpäri",)),  # the sharp no of old
    ("      ämpäri: {say: Ei. Ämpäri on toinen., unsafe: true}\n", ("ämpäri",)),
    ("      ämpäri: {say: Ei! Ämpäri on toinen., unsafe: false}\n", ()),  # the field rules
    ("      ämpäri: {say: Ei! Ämpäri on toinen.}\n", ("ämpäri",)),
])
def test_the_unsafe_mistakes_a_step_gives_the_judge(mistake: str,
                                                      unsafe: tuple[str, ...]) -> None:
    lesson, problems = check_text(_with_mistake(mistake))
    assert lesson is not None, [str(p) for p in problems]
    task, _ = asked_tasks(lesson)["mika"]
    assert judge_arguments(task).get("unsafe_mistakes", ()) == unsafe


def test_unsafe_must_be_true_or_false() -> None:
    lesson, problems = check_text(_with_mistake(
        "      ämpäri: {say: Ei. Ämpäri on toinen., unsafe: kyllä}\n"))
    assert lesson is None
    assert any("unsafe" in p.message for p in problems), [str(p) for p in problems]


@pytest.mark.parametrize(("mistake", "warned"), [
    ("      ämpäri: {say: Ei. Ämpäri on toinen., unsafe: true, verdict: almost}\n", True),
    ("      ämpäri: {say: Ei. Ämpäri on toinen., unsafe: true}\n", False),
    ("      ämpäri: {say: Melkein! Sano moppi., verdict: almost}\n", False),
])
def test_an_unsafe_mistake_judged_almost_is_a_warning(library_root: Path, mistake: str,
                                                       warned: bool) -> None:
    path = library_root / "lessons" / "siivous" / "testi.yaml"
    path.write_text(_with_mistake(mistake), encoding="utf-8")
    report = lint_paths([path])
    assert report.errors == 0, [str(p) for p in report.problems]
    said = [p.message for p in report.problems if "unsafe" in p.message]
    assert bool(said) == warned, said

