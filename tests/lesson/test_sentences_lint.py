"""Lint: an accepted answer that says fewer sentences than its step's ``sentences`` asks for
(the judge takes an accepted answer as long enough, so every answer as short would pass)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import GOOD_LESSON
from valkky.lesson.lint import lint_paths

ASK = "    accept: [moppi, se on moppi]\n"


@pytest.mark.parametrize(("lines", "warned"), [
    ("    accept: [se on moppi]\n    sentences: 1\n", False),
    ("    accept: [se on moppi. se on uusi.]\n    sentences: 2\n", False),
    ("    accept: [se on moppi]\n    sentences: 2\n", True),  # one sentence of two
    ("    accept: [se on moppi. se on uusi., moppi]\n    sentences: 2\n", True),
])
def test_an_accepted_answer_shorter_than_its_steps_sentences_is_a_warning(
        library_root: Path, lines: str, warned: bool) -> None:
    """The judge takes an accepted answer as long enough: one shorter than the step asks
    lets every answer as short pass."""
    assert ASK in GOOD_LESSON
    path = library_root / "lessons" / "siivous" / "testi.yaml"
    path.write_text(GOOD_LESSON.replace(ASK, lines, 1), encoding="utf-8")
    report = lint_paths([path])
    assert report.errors == 0, [str(p) for p in report.problems]
    said = [p.message for p in report.problems if "sentences" in p.message]
    assert bool(said) == warned, said
