"""The chromium the browser tests drive: Debian's, never one Playwright downloads.

Debian's headless shell (package chromium-headless-shell) is the same Blink without the
browser's window machinery: a new context and page cost it a third of the full chromium's
CPU (bench/bench_test_browser.py measures both side by side). The tests look at what Blink
draws (layout, fonts, pictures, screenshots), which the two share, so they take the shell
where it is installed and the full chromium otherwise."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell"  # the binary: no wrapper script
CHROMIUM = "/usr/bin/chromium"
# Work a test never needs: the GPU (software drawing is enough), the background services
# (updates, sync, safe browsing) and a first-run setup.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def find_chromium() -> str | None:
    """The chromium to drive: the headless shell, or the full browser, or None."""
    return next((path for path in (HEADLESS_SHELL, CHROMIUM) if os.path.exists(path)), None)


# The bound on every wait for a page's state (Playwright's actions and ``expect``): each
# ends as soon as its state is there, so only a failing test waits this long; a loaded
# 2-core machine's chromium can take seconds to draw what a quiet one draws at once.
WAIT_MS = 15_000


def expect(actual: Any, message: str | None = None) -> Any:
    """Playwright's ``expect``, imported at a test's first check on a page, not where its
    module is collected: every xdist worker collects every browser module, and only one
    runs them (playwright.sync_api is ≈ 0.15 s of CPU to import)."""
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(actual, message)


@contextmanager
def fresh_page(browser: Any, viewport: dict[str, int]) -> Iterator[Any]:
    """A page in a context of its own (no cookies, storage or routes from another test),
    closed with its context at the end."""
    context = browser.new_context(viewport=viewport)
    try:
        page = context.new_page()
        page.set_default_timeout(WAIT_MS)
        yield page
    finally:
        context.close()


@contextmanager
def page_for_a_test(page: Any, viewport: dict[str, int]) -> Iterator[Any]:
    """``page``, a module's one page (``fresh_page``), lent to one test at ``viewport`` and
    left blank after it: its routes gone, its cookies cleared, its streams closed (a page
    of a stopped server would go on reconnecting). A test then costs no context of its own:
    a context's new renderer process and Playwright's scripts in it are ≈ 0.15 s of CPU.
    Each test loads its own server's page, at an origin of its own (a free port), so no
    test sees another's storage."""
    page.set_viewport_size(viewport)
    try:
        yield page
    finally:
        page.unroute_all(behavior="ignoreErrors")
        page.goto("about:blank")
        page.context.clear_cookies()
