"""What lessons refer to: the gesture library and the professions, read once per run; and
what the learner is told a gesture is (its ``description_fi``): the runtime's one reader
of hardware/gestures.yaml."""

from __future__ import annotations

import re
from pathlib import Path

from valkky.errors import Problem, ValkkyError
from valkky.lesson import spec
from valkky.lesson.checker import Library
from valkky.lesson.yamlsource import SourceError, Text, YMap, load
from valkky.paths import hardware_dir, lessons_dir

_LANG = re.compile(spec.LANG_PATTERN)
GESTURE_FI = "description_fi"  # a gesture's words for the learner, in gestures.yaml
GESTURE_FI_MAX = 60  # characters: one short line beside the robot's words


def load_library(lessons_root: Path | None = None, hardware_root: Path | None = None
                 ) -> tuple[Library, list[Problem]]:
    """The gesture and profession names, and problems with the files that list them.

    A missing file leaves that check off (reported as a warning) rather than failing every
    lesson: a trainer linting a lesson outside a checkout still gets the other checks.
    """
    problems: list[Problem] = []
    gestures_file = _gestures_file(hardware_root)
    gestures = _entries(gestures_file, "gestures", problems)
    words = _described(gestures_file, gestures, problems)
    professions_file = Path(lessons_root or lessons_dir()) / "professions.yaml"
    professions = _entries(professions_file, "professions", problems)
    return Library(gestures=_names(gestures), professions=_names(professions),
                   gesture_words=words), problems


def gesture_descriptions(hardware_root: Path | None = None) -> dict[str, str]:
    """Each gesture's Finnish words for the learner (``{"wave": "vilkuttaa kättä"}``);
    a gesture without valid ones is left out (the learner is shown nothing for it), and so
    is everything when the file cannot be read (``valkky lint`` says why)."""
    path = _gestures_file(hardware_root)
    return _described(path, _entries(path, "gestures", []), [])


def _gestures_file(hardware_root: Path | None) -> Path:
    return Path(hardware_root or hardware_dir()) / "gestures.yaml"


def _described(path: Path, entries: object, problems: list[Problem]) -> dict[str, str]:
    """The gestures' ``description_fi``, checked: one short line of text, warned where
    missing (the learner would be shown nothing)."""
    words: dict[str, str] = {}
    if not isinstance(entries, YMap):
        return words
    for name, entry in entries.items():
        if not isinstance(entry, YMap):
            continue
        text = entry.get(GESTURE_FI)
        where = entry.where(GESTURE_FI) if GESTURE_FI in entry else entries.key_pos[name]
        if text is None:
            problems.append(Problem(str(path), where.line, where.col,
                                    f"gesture '{name}' has no {GESTURE_FI}: (its Finnish "
                                    "words for the learner); the terminal shows nothing "
                                    "when the robot makes it", "warning"))
        elif not isinstance(text, Text) or not text.strip() or "\n" in text \
                or len(text) > GESTURE_FI_MAX:
            problems.append(Problem(str(path), where.line, where.col,
                                    f"gesture '{name}': {GESTURE_FI} must be one line of "
                                    f"text, at most {GESTURE_FI_MAX} characters"))
        else:
            words[str(name)] = text.strip()
    return words


def _names(entries: object) -> frozenset[str] | None:
    """The names of a file's entries: a mapping's keys, or a list's ``id``s."""
    if isinstance(entries, dict):
        return frozenset(str(k) for k in entries)
    if isinstance(entries, list):
        return frozenset(str(e["id"]) for e in entries if isinstance(e, dict) and "id" in e)
    return None


def _entries(path: Path, key: str, problems: list[Problem]) -> object:
    """The file's top-level ``key:`` list or mapping; None (and a problem) if it has none."""
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
    if isinstance(entries, dict | list):
        return entries
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
