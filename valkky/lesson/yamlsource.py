"""YAML read as the trainer wrote it, with the line and column of every node.

PyYAML's YAML 1.1 resolvers turn ``on`` into True, ``7:30`` into 450 and ``0123`` into 83.
We never let them run: the document is composed into nodes and every scalar is kept as
its source text; the validator converts to numbers only where the schema asks for one.

Aliases (``&name`` … ``*name``) can make a few hundred bytes stand for gigabytes (the
"billion laughs"). Before anything is composed, the event stream is read once and what the
aliases would repeat is counted; past a small budget the file is refused at the alias
that crosses it, as is nesting deeper than a lesson ever needs. So reading any file costs
time and memory in proportion to its size, which is itself capped.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any, NamedTuple

import yaml

try:  # the C composer is several times faster; fall back when libyaml is absent
    from yaml import CSafeLoader as _Loader

    _C_COMPOSER = True  # libyaml also refuses nesting over 1000 levels
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

    _C_COMPOSER = False

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


# What aliases may repeat in one file, counted as values plus their characters. A hint
# reused in a few steps costs a few hundred; a billion laughs crosses it at its third
# level, after a few thousand events.
ALIAS_BUDGET = 10_000
MAX_DEPTH = 64  # lessons nest four or five levels; aliases can stack nesting further
MAX_BYTES = 256_000  # a file, read or parsed; the largest bundled lesson is under 20 kB


def parse(text: str) -> tuple[object, list[SourceError]]:
    """Parse one YAML document into YMap/YList/Text/None, plus structural problems found.

    A syntax error, an alias bomb, a recursive or undefined alias, nesting deeper than
    MAX_DEPTH or a text over MAX_BYTES raise SourceError; duplicate keys and unsupported
    features are returned as problems so that the rest of the file is still checked.
    """
    if len(text) > MAX_BYTES:
        raise SourceError(_too_large(f"{len(text):,} characters"), Pos(1, 1))
    try:
        if "*" in text or not _C_COMPOSER:  # no alias without '*'; libyaml caps nesting
            check_expansion(text)
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


def read_source(path: str | Path) -> str:
    """A YAML file's text, read only up to MAX_BYTES: a larger file raises SourceError
    before it is read whole. OSError and UnicodeDecodeError are the caller's to report."""
    with open(path, "rb") as f:
        data = f.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise SourceError(_too_large(f"over {MAX_BYTES:,} bytes"), Pos(1, 1))
    return data.decode("utf-8")


def load(path: str | Path) -> object:
    """A YAML file the project reads besides lessons (professions, gestures) as
    YMap/YList/Text, held to the same limits; problems inside it raise SourceError."""
    data, problems = parse(read_source(path))
    if problems:
        raise problems[0]
    return data


def _too_large(size: str) -> str:
    return f"the file is too large ({size}; at most {MAX_BYTES:,} bytes): split it"


def _mark(mark: Any) -> Pos:
    """A 1-based position from a PyYAML mark (the pure-Python or the C loader's)."""
    return Pos(mark.line + 1, mark.column + 1) if mark is not None else Pos(1, 1)


def check_expansion(text: str) -> None:
    """Refuse what aliases would blow up, and deep nesting, from the event stream alone:
    nothing is composed or copied (the robot's hardware files are held to it too). Each
    anchor's expanded cost (values + characters) is known when its node ends; an alias
    adds that cost to what the file repeats."""
    cost: dict[str, int] = {}  # anchor -> cost of its node, aliases expanded
    open_: list[list] = []  # per open collection: [anchor, cost so far]
    repeated = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            name = event.anchor
            if name not in cost:
                if any(entry[0] == name for entry in open_):
                    raise SourceError(f"the alias '*{name}' is inside its own anchor "
                                      f"'&{name}' (a recursive alias): write the value out",
                                      _mark(event.start_mark))
                raise SourceError(f"the alias '*{name}' has no anchor '&{name}' before it",
                                  _mark(event.start_mark))
            size = cost[name]
            repeated += size
            if repeated > ALIAS_BUDGET:
                raise SourceError(
                    f"too much repeated by aliases: with '*{name}' here they would copy over "
                    f"{ALIAS_BUDGET:,} values and characters (an alias bomb?); write the "
                    "values out instead of using &anchors and *aliases",
                    _mark(event.start_mark))
        elif isinstance(event, yaml.ScalarEvent):
            size = 1 + len(event.value)
            if event.anchor:
                cost[event.anchor] = size
        elif isinstance(event, yaml.CollectionStartEvent):
            open_.append([event.anchor, 1])
            if len(open_) > MAX_DEPTH:
                raise SourceError(f"nesting deeper than {MAX_DEPTH} levels: a lesson needs "
                                  "five or six", _mark(event.start_mark))
            continue
        elif isinstance(event, yaml.CollectionEndEvent):
            anchor, size = open_.pop()
            if anchor:
                cost[anchor] = size
        else:
            continue
        if open_:
            open_[-1][1] += size


def _convert(node: yaml.Node, problems: list[SourceError], depth: int) -> object:
    if depth > MAX_DEPTH:  # refused, as the event scan refuses it
        raise SourceError(f"nesting deeper than {MAX_DEPTH} levels: a lesson needs five or six",
                          _pos(node))
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
