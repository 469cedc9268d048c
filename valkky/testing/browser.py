"""The chromium the browser tests drive: Debian's, never one Playwright downloads.

Debian's headless shell (package chromium-headless-shell) is the same Blink without the
browser's window machinery: a new context and page cost it ≈ 0.2 s of CPU, the full
chromium ≈ 1 s (bench/bench_test_browser.py measures both). The tests look at what Blink
draws (layout, fonts, pictures, screenshots), which the two share, so they take the shell
where it is installed and the full chromium otherwise."""

from __future__ import annotations

import os

HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell"  # the binary: no wrapper script
CHROMIUM = "/usr/bin/chromium"
# Work a test never needs: the GPU (software drawing is enough), the background services
# (updates, sync, safe browsing) and a first-run setup.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def find_chromium() -> str | None:
    """The chromium to drive: the headless shell, or the full browser, or None."""
    return next((path for path in (HEADLESS_SHELL, CHROMIUM) if os.path.exists(path)), None)
