import json

import jsonschema
import yaml

from tests.conftest import GOOD_LESSON
from valkky.lesson.schema import lesson_schema, render
from valkky.paths import schema_path


def test_committed_schema_is_current() -> None:
    committed = schema_path().read_text(encoding="utf-8")
    assert committed == render(), "schema is stale: run `valkky schema --write`"


def test_schema_is_valid_and_accepts_a_good_lesson() -> None:
    schema = lesson_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    # yaml-language-server reads YAML 1.2, where `on` is text; safe_load is close enough here.
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(yaml.safe_load(GOOD_LESSON)))
    assert errors == []


def test_schema_flags_an_unknown_key_like_the_linter() -> None:
    lesson = yaml.safe_load(GOOD_LESSON)
    lesson["steps"][0]["gestur"] = "wave"
    validator = jsonschema.Draft202012Validator(lesson_schema())
    assert list(validator.iter_errors(lesson))


def test_schema_is_json_serialisable() -> None:
    assert json.loads(render())["title"] == "Välkky lesson"
