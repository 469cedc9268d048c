"""Lint throughput as a ratio to a bare PyYAML parse of the same files, in one run.

Ratio = (time to lint every lesson) / (time to yaml.load them with the C loader where
present). Lint does strictly more (positions, checks, model building), so the ratio says
what the checking costs on top of the parse. Absolute times are printed for context only.

Then what a command pays with the lint cache (``lint_paths(..., cached=True)``, as `valkky
lessons`, `plan` and `doctor` call it) when no lesson changed since the last command, as a
ratio to linting afresh: both in the same rounds, with a cache in a temporary folder.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

from valkky.lesson.files import lesson_files
from valkky.lesson.lint import lint_paths
from valkky.paths import lessons_dir

try:
    from yaml import CSafeLoader as Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as Loader  # type: ignore[assignment]


def _bare(files: list[Path]) -> None:
    for path in files:
        yaml.load(path.read_text(encoding="utf-8"), Loader=Loader)


def main(rounds: int = 7) -> None:
    files, _ = lesson_files([lessons_dir()])
    if not files:
        sys.exit("no lessons to measure under lessons/")
    bare, lint = [], []
    for _ in range(rounds):  # interleaved, so machine noise hits both sides alike
        t = time.perf_counter()
        _bare(files)
        bare.append(time.perf_counter() - t)
        t = time.perf_counter()
        lint_paths(files)
        lint.append(time.perf_counter() - t)
    b, li = statistics.median(bare), statistics.median(lint)
    print(f"lessons: {len(files)} files, loader: {Loader.__name__}")
    print(f"bare parse {b * 1000:.1f} ms, lint {li * 1000:.1f} ms (medians of {rounds})")
    print(f"lint/bare-parse time ratio: {li / b:.2f}")
    print(f"lint throughput: {len(files) / li:.0f} files/s")
    _cached(files, rounds)


def _cached(files: list[Path], rounds: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["VALKKY_CACHE_DIR"] = folder
        lint_paths(files, cached=True)  # the command before: fills the cache
        fresh, cached = [], []
        for _ in range(rounds):
            t = time.perf_counter()
            lint_paths(files)
            fresh.append(time.perf_counter() - t)
            t = time.perf_counter()
            lint_paths(files, cached=True)
            cached.append(time.perf_counter() - t)
    f, c = statistics.median(fresh), statistics.median(cached)
    print(f"lint afresh {f * 1000:.1f} ms, from the cache {c * 1000:.1f} ms "
          f"(nothing changed; medians of {rounds})")
    print(f"fresh/cached lint time ratio: {f / c:.1f}")


if __name__ == "__main__":
    main()
