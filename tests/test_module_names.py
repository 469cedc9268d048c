"""No module of the package binds one module-level name twice: the later binding silently
replaces the earlier for every function of the module (stop 54 found three in the judge: a
word set defined again 500 lines further down, its first users reading the second). And no
private module-level name is left that nothing reads: a word set written and never read is
a rule that was meant and does not run (stop 55 found three)."""

from __future__ import annotations

import ast
from collections import Counter
from functools import cache
from pathlib import Path

import valkky

PACKAGE = Path(valkky.__file__).parent


@cache
def _modules() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text("utf-8")) for path in sorted(PACKAGE.rglob("*.py"))}


def _bound(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else \
            [node.target] if isinstance(node, ast.AnnAssign) else []
        names.extend(t.id for t in targets if isinstance(t, ast.Name))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
    return names


def test_no_module_level_name_is_bound_twice() -> None:
    twice = {str(path.relative_to(PACKAGE)): [n for n, k in Counter(_bound(tree)).items() if k > 1]
             for path, tree in _modules().items()}
    assert {name: names for name, names in twice.items() if names} == {}


def _read(tree: ast.AST) -> set[str]:
    """The names a module reads itself."""
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}


def _reached(tree: ast.AST) -> set[str]:
    """The names a module reaches in others: imported by name or read as an attribute."""
    return {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)} | {
        alias.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for alias in n.names}


def test_every_private_module_level_name_is_read() -> None:
    # (by its own module, or by another or a test that imports it or reads it as an
    # attribute; another module's name alike does not count: form_slips reads a
    # _PLACE_CASES of its own)
    trees = _modules()
    reached = set().union(*map(_reached, trees.values()), *(
        _reached(ast.parse(path.read_text("utf-8")))
        for path in Path(__file__).parent.rglob("*.py")))
    unread = {str(path.relative_to(PACKAGE)): sorted(
        set(n for n in _bound(tree) if n.startswith("_") and not n.startswith("__"))
        - _read(tree) - reached) for path, tree in trees.items()}
    assert {name: names for name, names in unread.items() if names} == {}


def test_a_name_never_read_is_found() -> None:
    tree = ast.parse("_A = 1\n_B = 2\ndef f() -> int:\n    return _B\n")
    assert [n for n in _bound(tree) if n not in _read(tree)] == ["_A", "f"]


def test_a_name_bound_twice_is_found() -> None:
    tree = ast.parse("A = 1\ndef f() -> int:\n    return A\nA = 2\n")
    assert Counter(_bound(tree))["A"] == 2
