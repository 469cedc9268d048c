"""English messages count in one way (valkky.plural): "1 task", never "1 tasks"."""

from __future__ import annotations

from valkky import plural
from valkky.lesson.lint import LintReport


def test_a_noun_is_plural_unless_there_is_one() -> None:
    assert plural.of(1, "task") == "1 task"
    assert plural.of(0, "error") == "0 errors"
    assert plural.of(3, "match", "matches") == "3 matches"


def test_the_lint_summary_counts_so() -> None:
    assert LintReport(files=1).summary() == "1 file checked: 0 errors, 0 warnings"
