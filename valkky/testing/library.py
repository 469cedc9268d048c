"""The bundled lesson library, linted and loaded once per test process.

Linting every lesson in lessons/ takes the better part of a second; many tests want the
library's lessons, so they share one report (never change what it holds: a Lesson is
frozen, the lists are not):

    report = library_report()          # problems and the loaded lessons
    lesson = bundled_lesson("siivous-valineet")   # by id, or by path
    app.state.console.library = console_library()  # a console app's, as it would read it

A test session may keep the report's lint results between runs (``keep_lint_results``:
the lint cache, valkky.lesson.lintcache, in a folder of its own): an unchanged library
is then read back, not linted again, in every test process.
"""

from __future__ import annotations

import functools
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from valkky.lesson.lint import LintReport, lint_paths
from valkky.lesson.lintcache import FILE_NAME
from valkky.lesson.model import Lesson
from valkky.paths import lessons_dir

if TYPE_CHECKING:
    from valkky.console.web import Library


_kept_in: Path | None = None


def keep_lint_results(folder: Path) -> None:
    """Lint results of the library kept in ``folder`` (the lint cache's file there) from
    now on; results of unchanged files are read back (the cache's key holds the file's
    bytes and every module of the package, so a change is linted afresh)."""
    global _kept_in
    _kept_in = folder
    library_report.cache_clear()
    _by_key.cache_clear()


def kept_lint_results() -> Path | None:
    """The lint cache's file that ``keep_lint_results`` keeps the library's results in,
    if there is one yet."""
    path = _kept_in / FILE_NAME if _kept_in else None
    return path if path and path.is_file() else None


def seed_lint_cache(folder: Path, *, up_to_date: bool = False) -> None:
    """A lint cache folder that starts with the library's kept results (if any), so a
    command that lints the library reads them back; ``up_to_date``: brought up to date
    first if the code changed (the library linted once in this process)."""
    if _kept_in is None:
        return
    if up_to_date:
        library_report()
    if kept := kept_lint_results():
        shutil.copyfile(kept, folder / kept.name)


@functools.cache
def library_report() -> LintReport:
    """``valkky lint lessons``'s report, made once per process."""
    return lint_paths([lessons_dir()], cached=_kept_in is not None, cache_dir=_kept_in)


@functools.cache
def _by_key() -> dict[str, Lesson]:
    out: dict[str, Lesson] = {}
    for lesson in library_report().lessons:
        out[lesson.id] = lesson
        if lesson.path:
            out[str(Path(lesson.path).resolve())] = lesson
    return out


def bundled_lesson(key: str | Path) -> Lesson:
    """A lesson of the library by its id or its file's path, as lint loaded it; KeyError
    (naming what there is) for one that lint did not load."""
    found = _by_key().get(str(Path(key).resolve()) if isinstance(key, Path) else key)
    if found is None:
        raise KeyError(f"no lesson {key} in {lessons_dir()} (lint loaded "
                       f"{len(library_report().lessons)})")
    return found


def console_library() -> Library:
    """What a console reads on its first page (``console.web.load_library``: it lints the
    library), read once per process and lessons folder; a console app made by a test starts
    with it instead of linting the library again."""
    return _console_library(lessons_dir())


@functools.cache
def _console_library(folder: Path) -> Library:
    from valkky.console.web import load_library

    return load_library()  # reads ``folder``: lessons_dir() is that now
