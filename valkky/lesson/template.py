"""A workplace's own lesson from the template (lessons/templates/tyopaikka.yaml): copy it
with the workplace's name, id and profession filled in; the trainer fills in the rest.
Its blanks are '<TÄYTÄ: what, esim. example>'; lint reports each one left (loader)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from pathlib import Path

from valkky.errors import UsageError, ValkkyError
from valkky.lesson.loader import PLACEHOLDER

TEMPLATE = Path("templates") / "tyopaikka.yaml"


def slug(name: str) -> str:
    """An id part from a workplace's name: "Kauppakeskus Iso Omena" → kauppakeskus-iso-omena."""
    plain = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return "-".join(re.findall(r"[a-z0-9]+", plain))


def fill(text: str, values: Mapping[str, str] | Callable[[str, str], str | None]) -> str:
    """Replace the blanks: by what they ask for ("tunnus" → "siivous-kauppa"), or by a
    function of (what, example); a blank with no value is left. The template quotes every
    blank in single quotes, so a value's ' is doubled."""
    def one(found: re.Match[str]) -> str:
        what, _, example = found.group(1).partition(", esim. ")
        value = values(what.strip(), example.strip()) if callable(values) \
            else values.get(what.strip())
        return found.group(0) if value is None else value.replace("'", "''")

    return PLACEHOLDER.sub(one, text)


def with_examples(text: str) -> str:
    """Every blank filled with its own example: the template as a finished lesson."""
    return fill(text, lambda _what, example: example or None)


def new_workplace_lesson(name: str, profession: str, lessons_root: Path,
                         professions: frozenset[str], out: Path | None = None) -> Path:
    """Write a new lesson for the workplace ``name``; returns its path."""
    if profession not in professions or profession == "yleinen":
        raise UsageError(f"--profession must be a trade of lessons/professions.yaml "
                          f"({', '.join(sorted(professions - {'yleinen'}))}), "
                          f"not '{profession}'")
    part = slug(name)
    if not part:
        raise UsageError(f"--workplace '{name}' has no letters or digits for the lesson's id")
    lesson_id = f"{profession}-{part}"
    path = out or lessons_root / profession / f"{lesson_id}.yaml"
    if path.exists():
        raise ValkkyError(f"{path} exists already: give another --workplace name or --out")
    text = (lessons_root / TEMPLATE).read_text(encoding="utf-8")
    text = fill(text, {"tunnus": lesson_id, "otsikko": name, "ammattiala": profession,
                       "työpaikan nimi": name})
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
