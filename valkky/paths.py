"""Where the project's data lives: lessons, hardware descriptions, the simulator's page,
the schema.

A source checkout (or an editable install) finds them beside the package, where people
edit them; a wheel carries a copy inside the package (``valkky/bundled/``, made by the
build: setup.py). The environment variables ``VALKKY_LESSONS`` and ``VALKKY_HARDWARE``
point elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = Path(__file__).resolve().parent / "bundled"


def shipped_dir(name: str) -> Path:
    """The checkout's folder ``name`` (lessons, hardware, simulators, schema), or the
    wheel's copy of it."""
    checkout = ROOT / name
    return checkout if checkout.is_dir() or not (BUNDLED / name).is_dir() else BUNDLED / name


def lessons_dir() -> Path:
    return Path(os.environ.get("VALKKY_LESSONS") or shipped_dir("lessons"))


def hardware_dir() -> Path:
    return Path(os.environ.get("VALKKY_HARDWARE") or shipped_dir("hardware"))


def schema_path() -> Path:
    return shipped_dir("schema") / "lesson.schema.json"


def simulator_page() -> Path:
    return shipped_dir("simulators") / "robot.html"
