"""Finding lesson files: by path, by folder, or by lesson id under the lessons folder."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from valkky.errors import ValkkyError
from valkky.lesson.spec import ID_PATTERN
from valkky.lesson.yamlsource import MAX_BYTES
from valkky.paths import lessons_dir

_ID = re.compile(ID_PATTERN)

NOT_LESSONS = {"professions.yaml"}
NOT_LESSON_DIRS = {"lexicon", "templates"}  # the shared lexicon (valkky/judge/lexicon.py);
# templates to copy (lessons/templates: a workplace's own lesson, docs/workplace-lesson.md)


def lesson_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """Every lesson file named or inside a named folder, and the names that do not exist."""
    files: list[Path] = []
    missing: list[str] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml")
                           and p.name not in NOT_LESSONS and p.is_file()
                           and not NOT_LESSON_DIRS & set(p.relative_to(path).parts[:-1]))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            missing.append(str(name))
    return files, missing


def resolve_lesson(name: str, root: Path | None = None) -> Path:
    """A lesson path from a path or a lesson id (``siivous-valineet``) under ``lessons/``."""
    path = Path(name)
    if path.is_file():
        return path
    root = root or lessons_dir()
    if _ID.fullmatch(name):  # an id, never a pattern: `valkky run '*'` runs nothing
        for candidate in sorted(root.rglob(f"{name}.yaml")):
            return candidate
        for candidate in lesson_files([root])[0]:  # the id may differ from the file name
            if _declared_id(candidate) == name:
                return candidate
    raise ValkkyError(f"no lesson '{name}': give a lesson file or an id from `valkky lessons`")


def _declared_id(path: Path) -> str | None:
    """The top-level ``id:`` of a file, read no further than a lesson may be long."""
    try:
        with path.open(encoding="utf-8") as f:
            text = f.read(MAX_BYTES)
    except (OSError, UnicodeDecodeError):
        return None
    for line in text.splitlines():
        if line.startswith("id:"):
            return line[3:].split("#")[0].strip().strip("'\"")
    return None
