"""YAML read as the trainer wrote it, with the line and column of every node.

PyYAML's YAML 1.1 resolvers turn ``on`` into True, ``7:30`` into 450 and ``0123`` into 83.
We never let them run: the document is composed into nodes and every scalar is kept as
its source text; the validator converts to numbers only where the schema asks for one.
"""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

import yaml

try:  # the C composer is several times faster; fall back when libyaml is absent
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

_NULLS = {"", "~", "null", "Null", "NULL"}


class Pos(NamedTuple):
    line: int  # 1-based
    col: int  # 1-based


def _pos(node: yaml.Node) -> Pos:
    return Pos(node.start_mark.line + 1, node.start_mark.column + 1)


class YMap(dict):
    """A mapping that remembers where it, each key and each value stood."""

    pos: Pos
    key_pos: dict[str, Pos]
    val_pos: dict[str, Pos]

    def where(self, key: str) -> Pos:
        return self.val_pos.get(key, self.pos)


class YList(list):
    """A sequence that remembers where it and each item stood."""

    pos: Pos
    item_pos: list[Pos]

    def where(self, index: int) -> Pos:
        return self.item_pos[index] if index < len(self.item_pos) else self.pos


class Text(str):
    """A scalar exactly as written. ``plain`` is False for quoted or block scalars."""

    pos: Pos
    plain: bool


class SourceError(Exception):
    """A problem found while reading the YAML itself."""

    def __init__(self, message: str, pos: Pos):
        super().__init__(message)
        self.message = message
        self.pos = pos


def parse(text: str) -> tuple[object, list[SourceError]]:
    """Parse one YAML document into YMap/YList/Text/None, plus structural problems found.

    A syntax error raises SourceError; duplicate keys and unsupported features are
    returned as problems so that the rest of the file is still checked.
    """
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        pos = Pos(mark.line + 1, mark.column + 1) if mark else Pos(1, 1)
        problem = exc.problem or "invalid YAML"
        context = f" {exc.context}" if exc.context else ""
        raise SourceError(f"YAML syntax error: {problem}{context}", pos) from None
    except yaml.YAMLError as exc:
        raise SourceError(f"YAML error: {exc}", Pos(1, 1)) from None
    problems: list[SourceError] = []
    if node is None:
        return None, problems
    return _convert(node, problems, 0), problems


_MAX_DEPTH = 64  # aliases can make a document recursive; lessons are never this deep


def _convert(node: yaml.Node, problems: list[SourceError], depth: int) -> object:
    if depth > _MAX_DEPTH:
        problems.append(SourceError("nesting too deep (a recursive alias?)", _pos(node)))
        return None
    if isinstance(node, yaml.ScalarNode):
        plain = not node.style  # the C composer says '' where the Python one says None
        if plain and node.value in _NULLS:
            return None
        # NFC: "ä" typed as a + combining diaeresis (some editors and macOS) is "ä"
        text = Text(unicodedata.normalize("NFC", node.value))
        text.pos = _pos(node)
        text.plain = plain
        return text
    if isinstance(node, yaml.SequenceNode):
        seq = YList(_convert(item, problems, depth + 1) for item in node.value)
        seq.pos = _pos(node)
        seq.item_pos = [_pos(item) for item in node.value]
        return seq
    mapping = YMap()
    mapping.pos = _pos(node)
    mapping.key_pos = {}
    mapping.val_pos = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            problems.append(SourceError("a key must be plain text", _pos(key_node)))
            continue
        key = unicodedata.normalize("NFC", key_node.value)
        if key == "<<" and not key_node.style:
            problems.append(SourceError("merge keys (<<) are not supported", _pos(key_node)))
            continue
        if key in mapping.key_pos:
            first = mapping.key_pos[key]
            problems.append(
                SourceError(f"duplicate key '{key}' (first on line {first.line})", _pos(key_node))
            )
            continue
        mapping.key_pos[key] = _pos(key_node)
        mapping.val_pos[key] = _pos(value_node)
        mapping[key] = _convert(value_node, problems, depth + 1)
    return mapping


def position(value: object, default: Pos) -> Pos:
    """Where a parsed value stood, or ``default`` for None."""
    return getattr(value, "pos", default)
