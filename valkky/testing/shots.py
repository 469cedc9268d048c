"""Screenshots a browser test takes for a person to review: only where
$VALKKY_SCREENSHOTS names a folder, since no test reads them and each costs chromium
≈ 0.2 s of CPU."""

from __future__ import annotations

from pathlib import Path
from typing import Any


class Shots:
    """Takes a page's screenshot into ``folder`` by name, or nothing without one."""

    def __init__(self, where: str | None) -> None:
        self.folder = Path(where) if where else None
        if self.folder is not None:
            self.folder.mkdir(parents=True, exist_ok=True)

    def __call__(self, page: Any, name: str, *, full_page: bool = False) -> None:
        if self.folder is not None:
            page.screenshot(path=str(self.folder / name), full_page=full_page)
