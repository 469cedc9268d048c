"""JSON Schema for lesson files, generated from the same spec the checker enforces.

The committed copy (schema/lesson.schema.json) is what editors read through
yaml-language-server; a test fails when it is out of date (`valkky schema --write`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from valkky.lesson import spec
from valkky.lesson.spec import F
from valkky.paths import schema_path

SCHEMA_ID = "https://valkky.invalid/schema/lesson.schema.json"
_TEXT = {"type": "string", "minLength": 1}


def _field(f: F) -> dict[str, Any]:
    kind = f.kind
    if kind in ("text", "image"):
        out: dict[str, Any] = dict(_TEXT)
        if f.choices:
            out = {"enum": list(f.choices)}
    elif kind == "id":
        out = {"type": "string", "pattern": spec.ID_PATTERN}
    elif kind == "gesture":
        out = {"$ref": "#/$defs/gesture"}
    elif kind == "level":
        out = {"type": "string", "pattern": spec.LEVEL_PATTERN}
    elif kind in ("int", "float"):
        out = {"type": "integer" if kind == "int" else "number"}
        if f.min is not None:
            out["minimum"] = f.min
        if f.max is not None:
            out["maximum"] = f.max
    elif kind == "bool":
        out = {"type": "boolean"}
    elif kind == "texts":
        out = {"oneOf": [_TEXT, {"type": "array", "items": _TEXT, "maxItems": spec.MAX_LIST}]}
    elif kind == "langs":
        out = {"type": "array", "items": {"type": "string", "pattern": spec.LANG_PATTERN},
               "minItems": 1, "maxItems": spec.MAX_LIST}
    else:
        out = {"$ref": f"#/$defs/{kind}"}
    return {**out, "description": f.doc}


def _object(table: dict[str, F], *, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "type": "object",
        "properties": {name: _field(f) for name, f in table.items()},
        "additionalProperties": False,
    }
    required = [name for name, f in table.items() if f.required]
    if required:
        out["required"] = required
    if extra:
        out.update(extra)
    return out


def lesson_schema() -> dict[str, Any]:
    from valkky.judge.verdict import SWITCHABLE

    steps = [_object({**spec.STEP_COMMON, **fields}) for fields in spec.STEP_KINDS.values()]
    translations = {"type": "object", "propertyNames": {"pattern": spec.LANG_PATTERN},
                    "additionalProperties": _TEXT}
    reaction_or_text = {"oneOf": [_TEXT, _object(spec.REACTION)]}
    vocab = _object(spec.VOCAB, extra={
        "patternProperties": {spec.LANG_PATTERN: _TEXT}})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Välkky lesson",
        "description": "A lesson for the Välkky tutor robot (format version 1). "
                       "See docs/lesson-format.md.",
        **_object(spec.LESSON),
        "$defs": {
            "gesture": {"type": "string", "pattern": r"^[a-z_]+$",
                        "description": "A gesture name from hardware/gestures.yaml."},
            "hint": translations,
            "reaction": reaction_or_text,
            "show": {"oneOf": [_TEXT, _object(spec.SHOW, extra={"minProperties": 1})]},
            "mistakes": {"type": "object", "additionalProperties": {
                "oneOf": [_TEXT, _object(spec.MISTAKE)]}},
            "rules": {"type": "array", "items": {"enum": list(SWITCHABLE)},
                      "description": "Judge rules a step can switch off (docs/judging.md)."},
            "goto_if": _object(spec.GOTO_IF),
            "skills": {"type": "array", "uniqueItems": True,
                       "items": {"enum": list(spec.SKILLS)},
                       "description": "What the lesson trains."},
            "review": {"type": "object", "propertyNames": {"pattern": spec.LANG_PATTERN},
                       "additionalProperties": _TEXT,
                       "description": "Language code → note: translations awaiting a "
                                      "native speaker's review."},
            "vocab": {"type": "array", "items": vocab},
            "steps": {"type": "array", "minItems": 1, "items": {"oneOf": steps}},
            "turns": {"type": "array", "minItems": 1, "items": {"oneOf": [
                _object(spec.ROBOT_TURN), _object(spec.LEARNER_TURN)]}},
        },
    }


def render() -> str:
    return json.dumps(lesson_schema(), ensure_ascii=False, indent=2) + "\n"


def write_schema(path: Path | None = None) -> Path:
    path = path or schema_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(), encoding="utf-8")
    return path
