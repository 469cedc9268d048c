import json
from typing import Any

import yaml

from tests.conftest import GOOD_LESSON
from valkky.lesson.schema import lesson_schema, render
from valkky.paths import schema_path


def _validator(schema: dict[str, Any]) -> Any:
    """jsonschema's 2020-12 validator, imported here: every xdist worker collects this
    module, one runs it."""
    import jsonschema

    return jsonschema.Draft202012Validator(schema)


def test_committed_schema_is_current() -> None:
    committed = schema_path().read_text(encoding="utf-8")
    assert committed == render(), "schema is stale: run `valkky schema --write`"


def test_schema_is_valid_and_accepts_a_good_lesson() -> None:
    validator = _validator(lesson_schema())
    validator.check_schema(validator.schema)
    # yaml-language-server reads YAML 1.2, where `on` is text; safe_load is close enough here.
    errors = list(validator.iter_errors(yaml.safe_load(GOOD_LESSON)))
    assert errors == []


def test_schema_flags_an_unknown_key_like_the_linter() -> None:
    lesson = yaml.safe_load(GOOD_LESSON)
    lesson["steps"][0]["gestur"] = "wave"
    validator = _validator(lesson_schema())
    assert list(validator.iter_errors(lesson))


def test_schema_is_json_serialisable() -> None:
    assert json.loads(render())["title"] == "Välkky lesson"
