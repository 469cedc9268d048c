"""What lessons refer to: the gesture library and the professions, read once per run."""

from __future__ import annotations

import re
from pathlib import Path

from valkky.errors import Problem, ValkkyError
from valkky.lesson import spec
from valkky.lesson.checker import Library
from valkky.lesson.yamlsource import SourceError, load
from valkky.paths import hardware_dir, lessons_dir

_LANG = re.compile(spec.LANG_PATTERN)


def load_library(lessons_root: Path | None = None, hardware_root: Path | None = None
                 ) -> tuple[Library, list[Problem]]:
    """The gesture and profession names, and problems with the files that list them.

    A missing file leaves that check off (reported as a warning) rather than failing every
    lesson: a trainer linting a lesson outside a checkout still gets the other checks.
    """
    problems: list[Problem] = []
    gestures = _names(Path(hardware_root or hardware_dir()) / "gestures.yaml", "gestures",
                      problems)
    professions_file = Path(lessons_root or lessons_dir()) / "professions.yaml"
    professions = _names(professions_file, "professions", problems)
    return Library(gestures=gestures, professions=professions), problems


def _names(path: Path, key: str, problems: list[Problem]) -> frozenset[str] | None:
    try:
        data = load(path)  # the lessons' limits: no alias bomb, no huge file
    except FileNotFoundError:
        problems.append(Problem(str(path), 1, 1, f"not found; {key} are not checked", "warning"))
        return None
    except SourceError as exc:
        problems.append(Problem(str(path), exc.pos.line, exc.pos.col,
                                f"cannot read {key}: {exc.message}"))
        return None
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(str(path), 1, 1, f"cannot read {key}: {exc}"))
        return None
    entries = data.get(key) if isinstance(data, dict) else None
    if isinstance(entries, dict):
        return frozenset(str(k) for k in entries)
    if isinstance(entries, list):
        return frozenset(str(e["id"]) for e in entries if isinstance(e, dict) and "id" in e)
    problems.append(Problem(str(path), 1, 1, f"expected a top-level '{key}:' list or mapping"))
    return None


def professions(lessons_root: Path | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """The profession ids in ``lessons/professions.yaml`` and the languages it names them
    in: the support languages of the library (each profession has a name in each).
    Raises ValkkyError when the file cannot be read."""
    entries = _profession_entries(lessons_root)
    ids = frozenset(str(e["id"]) for e in entries if isinstance(e, dict) and e.get("id"))
    langs = frozenset(str(k) for e in entries if isinstance(e, dict) for k in e
                      if _is_lang(k))
    return ids, langs


def profession_names(lessons_root: Path | None = None) -> dict[str, dict[str, str]]:
    """Each profession's name by language (``{"siivous": {"fi": "Siivous", …}}``)."""
    return {str(e["id"]): {str(k): str(v) for k, v in e.items() if _is_lang(k)}
            for e in _profession_entries(lessons_root) if isinstance(e, dict) and e.get("id")}


def _profession_entries(lessons_root: Path | None) -> list[object]:
    path = Path(lessons_root or lessons_dir()) / "professions.yaml"
    try:
        data = load(path)
    except SourceError as exc:
        raise ValkkyError(f"{path}:{exc.pos.line}:{exc.pos.col}: {exc.message}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ValkkyError(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}"
                          ) from None
    entries = data.get("professions") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ValkkyError(f"{path}: expected a top-level 'professions:' list")
    return entries


def _is_lang(key: object) -> bool:
    """A language code key of an entry (``id`` is two letters too, and no language)."""
    return key != "id" and bool(_LANG.match(str(key)))
