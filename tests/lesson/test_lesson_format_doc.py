"""docs/lesson-format.md cannot drift from the spec: each of its key tables lists exactly the
keys of a table in ``valkky/lesson/spec.py``, with the same required keys and ranges, and
its complete example lesson lints clean."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from valkky.lesson import model as m
from valkky.lesson import spec
from valkky.lesson.loader import check_text
from valkky.lesson.references import load_library
from valkky.lesson.spec import F

REPO = Path(__file__).resolve().parents[2]
DOC = (REPO / "docs" / "lesson-format.md").read_text(encoding="utf-8")


def section(heading: str) -> str:
    """The text under ``heading`` (a whole line, e.g. "### ask") up to the next heading."""
    start = DOC.index(f"\n{heading}\n") + len(heading) + 2
    end = re.compile(r"^#{2,3} ", re.M).search(DOC, start)
    return DOC[start: end.start() if end else len(DOC)]


def tables(text: str) -> list[list[list[str]]]:
    """Every Markdown table in ``text``: its rows (header and rule left out) as cells."""
    found: list[list[list[str]]] = []
    block: list[str] = []
    for line in [*text.splitlines(), ""]:
        if line.startswith("|"):
            block.append(line)
            continue
        if block:
            rows = [[c.strip() for c in row.strip().strip("|").split("|")] for row in block]
            found.append(rows[2:])
            block = []
    return found


# (heading, which table under it, the spec table it documents)
KEY_TABLES = [
    ("## Top level", 0, spec.LESSON),
    ("## Vocabulary entries", 0, spec.VOCAB),
    ("## Steps", 0, spec.STEP_COMMON),
    *[(f"### {kind}", 0, spec.STEP_KINDS[kind]) for kind in spec.STEP_KINDS],
    ("### dialogue", 1, spec.ROBOT_TURN),
    ("### dialogue", 2, spec.LEARNER_TURN),
    ("### goto", 1, spec.GOTO_IF),
    ("## Show", 0, spec.SHOW),
    ("## Reactions", 0, spec.REACTION),
]


def _range(f: F) -> str | None:
    if f.min is None or f.max is None or f.min == f.max:
        return None
    return "–".join(str(int(x)) if float(x).is_integer() else str(x) for x in (f.min, f.max))


@pytest.mark.parametrize("heading, index, table", KEY_TABLES,
                         ids=[f"{h[h.index(' ') + 1:]}-{i}" for h, i, _ in KEY_TABLES])
def test_a_key_table_matches_the_spec(heading: str, index: int, table: dict[str, F]) -> None:
    rows = tables(section(heading))[index]
    documented: dict[str, list[str]] = {}
    for row in rows:
        if row[0].startswith("*"):  # *language code*: the glosses of a vocabulary entry
            continue
        for key in re.findall(r"`([a-z_]+)`", row[0]):
            documented[key] = row
    assert set(documented) == set(table)
    for key, f in table.items():
        _, required, type_, *_ = documented[key]
        if not type_:  # "as in ask": that table says it
            continue
        assert (required == "yes") == f.required, key
        if (span := _range(f)) is not None:
            assert span in type_, f"{key}: the range {span} is not in {type_!r}"


def test_the_defaults_are_the_models() -> None:
    ask = {r[0]: r for r in tables(section("### ask"))[0]}
    drill = {r[0]: r for r in tables(section("### drill"))[0]}
    top = {r[0]: r for r in tables(section("## Top level"))[0]}
    assert ask["`tries`"][3] == f"`{m.DEFAULT_TRIES}`" == drill["`tries`"][3]
    assert drill["`limit`"][3] == f"`{m.DEFAULT_DRILL_LIMIT}`"
    assert top["`minutes`"][3] == f"`{m.Lesson.__dataclass_fields__['minutes'].default}`"


def test_every_step_kind_is_described() -> None:
    kinds = {r[0].strip("`") for r in tables(section("## Steps"))[1]}
    assert kinds == set(spec.STEP_KINDS)


def test_the_complete_example_lints_clean() -> None:
    example = re.search(r"^```yaml lesson\n(.*?)^```", DOC, re.M | re.S)
    assert example is not None
    library, problems = load_library()
    assert problems == []
    path = REPO / "lessons" / "siivous" / "doc-example.yaml"  # for images; never written
    lesson, problems = check_text(example[1], str(path), library)
    assert [str(p) for p in problems] == []
    assert lesson is not None
