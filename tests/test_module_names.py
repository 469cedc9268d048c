"""No module of the package binds one module-level name twice: the later binding silently
replaces the earlier for every function of the module (stop 54 found three in the judge: a
word set defined again 500 lines further down, its first users reading the second)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import valkky

PACKAGE = Path(valkky.__file__).parent


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
    twice = {str(path.relative_to(PACKAGE)): [
        n for n, k in Counter(_bound(ast.parse(path.read_text("utf-8")))).items() if k > 1]
        for path in sorted(PACKAGE.rglob("*.py"))}
    assert {name: names for name, names in twice.items() if names} == {}


def test_a_name_bound_twice_is_found() -> None:
    tree = ast.parse("A = 1\ndef f() -> int:\n    return A\nA = 2\n")
    assert Counter(_bound(tree))["A"] == 2
