"""The library's lint report, made once per test process (linting every lesson takes a
second or more): tests/lessons/ reads it, never changes it."""

from __future__ import annotations

import functools

from valkky.lesson.lint import LintReport, lint_paths
from valkky.paths import lessons_dir


@functools.cache
def library_report() -> LintReport:
    return lint_paths([lessons_dir()])
