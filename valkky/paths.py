"""Where the project's data lives: lessons, hardware descriptions, the schema.

A source checkout (or an editable install) finds them beside the package; the
environment variables ``VALKKY_LESSONS`` and ``VALKKY_HARDWARE`` point elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def lessons_dir() -> Path:
    return Path(os.environ.get("VALKKY_LESSONS") or ROOT / "lessons")


def hardware_dir() -> Path:
    return Path(os.environ.get("VALKKY_HARDWARE") or ROOT / "hardware")


def schema_path() -> Path:
    return ROOT / "schema" / "lesson.schema.json"
