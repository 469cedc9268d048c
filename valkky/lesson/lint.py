"""`valkky lint`: every problem in every lesson file, and a summary."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from valkky import plural
from valkky.errors import Problem
from valkky.lesson.files import lesson_files
from valkky.lesson.lintcache import LintCache
from valkky.lesson.loader import check_file
from valkky.lesson.model import Lesson
from valkky.lesson.references import load_library


@dataclass
class LintReport:
    files: int = 0
    problems: list[Problem] = field(default_factory=list)
    lessons: list[Lesson] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(p.severity == "error" for p in self.problems)

    @property
    def warnings(self) -> int:
        return sum(p.severity == "warning" for p in self.problems)

    @property
    def notices(self) -> int:
        return sum(p.severity == "notice" for p in self.problems)

    def summary(self) -> str:
        notices = f", {plural.of(self.notices, 'notice')}" if self.notices else ""
        return (f"{plural.of(self.files, 'file')} checked: {plural.of(self.errors, 'error')}, "
                f"{plural.of(self.warnings, 'warning')}{notices}")


def lint_paths(paths: Iterable[str | Path], cached: bool = False,
               cache_dir: Path | None = None) -> LintReport:
    """Every problem in ``paths`` (files and folders) and the lessons without errors.

    ``cached``: results of files unchanged since an earlier call come from the lint
    cache (valkky.lesson.lintcache), the rest are linted and kept there; ``cache_dir``:
    that cache kept there rather than in the user's cache folder.
    """
    paths = list(paths)
    report = LintReport()
    files, missing = lesson_files(paths)
    for name in missing:
        report.problems.append(Problem(name, 1, 1, "no such file or folder"))
    library, problems = load_library()
    report.problems.extend(problems)
    cache = LintCache(cache_dir) if cached else None
    for folder in paths:  # a folder with the shared lexicon: its files are checked too
        lexicon = Path(folder) / "lexicon"
        if lexicon.is_dir():
            from valkky.judge.lexicon import problems as lexicon_problems

            report.problems.extend(
                cache.folder_result(lexicon, lexicon_problems) if cache
                else lexicon_problems(lexicon))
    first_seen: dict[str, tuple[str, int]] = {}
    for path in files:
        report.files += 1
        lesson, problems = cache.checked(path, library) if cache else check_file(path, library)
        report.problems.extend(problems)
        if lesson is None:
            continue
        line = _id_line(path)
        if lesson.id in first_seen:
            other, other_line = first_seen[lesson.id]
            report.problems.append(Problem(
                str(path), line, 5,
                f"duplicate lesson id '{lesson.id}' (also in {other}:{other_line})"))
            continue
        first_seen[lesson.id] = (str(path), line)
        report.lessons.append(lesson)
    if cache:
        cache.save()
    return report


def _id_line(path: Path) -> int:
    """The line of the top-level ``id:`` key (the loader has checked it exists)."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("id:"):
            return number
    return 1
