"""The docs stand on their own: no tracked file points at the team's old shared/ pages
(shared/PROTOCOL.md, shared/LESSON_FORMAT.md, …), which are not in the repository. The
contract is docs/protocol.md; the lesson format is docs/lesson-format.md."""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
POINTER = re.compile(r"shared/|\bPROTOCOL\.md|\bLESSON_FORMAT\.md")
# what each of POINTER's branches must hold: a file with none of them is passed over at
# str.find's speed (the pattern, tried at every place of every line, cost ≈ 0.5 s of CPU)
POINTER_WORDS = ("shared/", "PROTOCOL.md", "LESSON_FORMAT.md")
EXEMPT = ("tests/test_docs.py",)


def tracked_files() -> list[str]:
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    out = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True,
                         check=True, timeout=30).stdout
    return [name for name in out.decode("utf-8").split("\0") if name]


def test_no_file_points_at_shared_pages() -> None:
    found = []
    for name in tracked_files():
        if name.startswith(EXEMPT):
            continue
        try:
            text = (REPO / name).read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError, IsADirectoryError):
            continue  # binary, or deleted in the work tree
        if not any(word in text for word in POINTER_WORDS):
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if POINTER.search(line):
                found.append(f"{name}:{number}: {line.strip()}")
    assert found == [], "point at docs/protocol.md or docs/lesson-format.md instead:\n" \
        + "\n".join(found)


def test_the_readme_lists_every_command() -> None:
    """README's command table has a row for every command `valkky --help` lists (doctor and
    models were once missing)."""
    from valkky.cli import _parser

    commands = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Commands", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `valkky ([a-z-]+)", table, re.M)
    mentioned = set(rows) | set(re.findall(r"`valkky ([a-z-]+)[^`]*`", table))
    assert set(commands.choices) - mentioned == set()


def test_links_in_the_docs_stay_in_the_repository() -> None:
    """Every relative link of README, docs/ and deploy/ names a file of the repository."""
    bad = []
    pages = [REPO / "README.md", *(REPO / "docs").glob("*.md"), *(REPO / "deploy").glob("*.md")]
    for page in pages:
        for target in re.findall(r"\]\(([^)\s]+)\)", page.read_text(encoding="utf-8")):
            if target.startswith(("http://", "https://", "mailto:", "#")):
                continue
            path = (page.parent / target.split("#")[0]).resolve()
            if not path.exists() or REPO.resolve() not in path.parents:
                bad.append(f"{page.relative_to(REPO)}: {target}")
    assert bad == []


def test_architecture_places_every_module_and_names_none_that_is_gone() -> None:
    """docs/architecture.md (or README's map) names every module of valkky/: the layout
    changed over the sessions and the pages fell behind; and every valkky/ path they name
    exists."""
    arch = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    text = arch + readme.split("## How it is built", 1)[1]
    quoted = re.findall(r"`([^`\n]+)`", text)
    # a module is placed where its name is quoted in the paragraph, list item or table row
    # that names its package (a "web" named for the console does not place speech/web.py)
    blocks = re.split(r"\n\s*\n|\n(?=\|)|\n(?=\d+\. )|\n(?=- )", text)
    named_in = [({w for q in re.findall(r"`([^`]+)`", b) for w in re.findall(r"\w+", q)}, b)
                for b in blocks]

    def placed(module: Path) -> bool:
        parts = module.relative_to(REPO / "valkky").parts
        package = parts[-2] if len(parts) > 1 else ""
        return any(module.stem in words and (not package or re.search(
            rf"\b{package}[/.]|valkky\.{package}\b", block)) for words, block in named_in)

    modules = [p for p in (REPO / "valkky").rglob("*.py")
               if p.stem != "__init__" and "bundled" not in p.parts]
    assert len(modules) > 100
    unplaced = sorted(str(p.relative_to(REPO)) for p in modules if not placed(p))
    assert not unplaced, f"place these in docs/architecture.md: {unplaced}"
    paths = {p for q in quoted for p in re.findall(r"valkky/[\w/]+(?:\.py)?", q)}
    assert paths
    gone = sorted(p for p in paths if not (REPO / p).exists()
                  and not (REPO / f"{p.rstrip('/')}.py").exists())
    assert not gone, f"named in the docs, not in valkky/: {gone}"
