import pytest

from valkky.lesson.yamlsource import SourceError, Text, parse


def test_scalars_are_the_text_the_trainer_wrote() -> None:
    data, problems = parse("a: on\nb: 7:30\nc: 0123\nd: yes\ne: 1e3\nf: off\ng: 12:00:00\n")
    assert problems == []
    assert data == {"a": "on", "b": "7:30", "c": "0123", "d": "yes", "e": "1e3", "f": "off",
                    "g": "12:00:00"}
    assert all(isinstance(v, Text) for v in data.values())


def test_on_inside_lists_and_flow_mappings_stays_text() -> None:
    data, _ = parse("accept: [se on moppi, on, 'on']\nhint: {fi: on, en: yes}\n")
    assert data["accept"] == ["se on moppi", "on", "on"]
    assert data["hint"] == {"fi": "on", "en": "yes"}


def test_positions_are_one_based_lines_and_columns() -> None:
    data, _ = parse("id: x\nsteps:\n  - say: Hei\n    gesture: wave\n")
    assert data.where("id") == (1, 5)
    step = data["steps"][0]
    assert data["steps"].where(0) == (3, 5)
    assert step.key_pos["gesture"] == (4, 5)
    assert step["say"].pos == (3, 10)


def test_plain_nulls_are_none_but_quoted_ones_are_text() -> None:
    data, _ = parse("a:\nb: ~\nc: null\nd: 'null'\n")
    assert data == {"a": None, "b": None, "c": None, "d": "null"}


def test_duplicate_keys_are_reported_with_both_lines() -> None:
    _, problems = parse("id: a\ntitle: x\nid: b\n")
    assert len(problems) == 1
    assert problems[0].pos == (3, 1)
    assert "first on line 1" in problems[0].message


def test_syntax_error_carries_its_line() -> None:
    with pytest.raises(SourceError) as info:
        parse("id: a\nsteps:\n  - say: [unclosed\n  - say: b\n")
    assert info.value.pos.line >= 3
    assert "YAML syntax error" in info.value.message


def test_tab_indentation_is_a_clear_syntax_error() -> None:
    with pytest.raises(SourceError) as info:
        parse("id: a\nsteps:\n\t- say: b\n")
    assert info.value.pos.line == 3


def test_recursive_alias_does_not_hang() -> None:
    with pytest.raises(SourceError) as info:  # refused at the alias, not an endless loop
        parse("a: &x [1, *x]\n")
    assert "recursive alias" in info.value.message
