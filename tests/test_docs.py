"""The docs stand on their own: no tracked file points at the team's old shared/ pages
(shared/PROTOCOL.md, shared/LESSON_FORMAT.md, …), which are not in the repository. The
contract is docs/protocol.md; the lesson format is docs/lesson-format.md."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
POINTER = re.compile(r"shared/|\bPROTOCOL\.md|\bLESSON_FORMAT\.md")
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
        for number, line in enumerate(text.splitlines(), 1):
            if POINTER.search(line):
                found.append(f"{name}:{number}: {line.strip()}")
    assert found == [], "point at docs/protocol.md or docs/lesson-format.md instead:\n" \
        + "\n".join(found)
