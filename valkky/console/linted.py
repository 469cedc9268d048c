"""The lesson library as the console's Lessons page lists it: every lesson file with its
lint status (`valkky lint`'s own checks), level, skills and length.

Linting the library takes a moment, so the listing is kept until a file under the lessons
folder changes (its names, sizes and modification times are compared on every visit).
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from valkky.errors import Problem
from valkky.lesson.lint import lint_paths
from valkky.lesson.model import Lesson
from valkky.paths import lessons_dir


@dataclass(frozen=True)
class Entry:
    """One lesson file. ``lesson`` is None when it has errors (it would never start)."""

    path: str  # relative to the lessons folder
    lesson: Lesson | None
    errors: tuple[Problem, ...]
    warnings: tuple[Problem, ...]
    notices: tuple[Problem, ...] = ()  # suggestions (a picture the lesson could show)

    @property
    def id(self) -> str:
        return self.lesson.id if self.lesson else Path(self.path).stem

    @property
    def skills(self) -> tuple[str, ...]:
        """The lesson's ``skills:`` (none when it has errors)."""
        return self.lesson.skills if self.lesson else ()


@dataclass(frozen=True)
class LintedLibrary:
    root: Path
    entries: tuple[Entry, ...]
    shared: tuple[Problem, ...]  # problems of no one lesson (the gesture list, the lexicon)

    def lesson(self, lesson_id: str) -> Lesson | None:
        return next((e.lesson for e in self.entries
                     if e.lesson is not None and e.lesson.id == lesson_id), None)


def scan(root: Path) -> LintedLibrary:
    """Lint every lesson file under ``root``."""
    report = lint_paths([root], cached=True)
    by_file: dict[str, list[Problem]] = {}
    for problem in report.problems:
        by_file.setdefault(str(Path(problem.path).resolve()), []).append(problem)
    lessons = {str(Path(x.path or "").resolve()): x for x in report.lessons}
    shared_files = _shared_files(root, by_file)
    entries = []
    for name in sorted({*by_file, *lessons} - shared_files):
        problems = by_file.get(name, [])
        errors = tuple(p for p in problems if p.severity == "error")
        entries.append(Entry(path=_relative(name, root),
                             lesson=None if errors else lessons.get(name), errors=errors,
                             warnings=tuple(p for p in problems if p.severity == "warning"),
                             notices=tuple(p for p in problems if p.severity == "notice")))
    shared = tuple(p for name in shared_files for p in by_file[name])
    entries.sort(key=lambda e: (e.lesson.profession if e.lesson else "", e.lesson.level
                                if e.lesson else "", e.id))
    return LintedLibrary(root, tuple(entries), shared)


def _shared_files(root: Path, by_file: dict[str, list[Problem]]) -> set[str]:
    """Files with problems that are not lessons: the library's own references (the
    professions, the lexicon, the gestures outside the lessons folder)."""
    return {name for name in by_file
            if Path(name).name == "professions.yaml" or "lexicon" in Path(name).parts
            or not Path(name).is_relative_to(root.resolve())
            or not name.endswith((".yaml", ".yml"))}


def _relative(name: str, root: Path) -> str:
    path = Path(name)
    return path.relative_to(root.resolve()).as_posix() if path.is_relative_to(
        root.resolve()) else path.name


def _fingerprint(root: Path) -> tuple[tuple[str, int, int], ...]:
    out = []
    for folder, _dirs, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            try:
                st = os.stat(path)
            except OSError:
                continue
            out.append((path, st.st_size, st.st_mtime_ns))
    return tuple(sorted(out))


class LintedCache:
    """The last scan, kept while no file under the lessons folder changes."""

    def __init__(self, root: Path | None = None):
        self._root = root
        self._lock = threading.Lock()
        self._key: tuple[object, ...] | None = None
        self._library: LintedLibrary | None = None

    def get(self) -> LintedLibrary:
        root = (self._root or lessons_dir()).resolve()
        key = (root, _fingerprint(root))
        with self._lock:  # one scan at a time; the others wait for it and share it
            if self._library is None or key != self._key:
                self._library, self._key = scan(root), key
            return self._library
