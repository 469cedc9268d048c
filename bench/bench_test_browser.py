"""CPU a browser test pays per page: Debian's chromium-headless-shell against the full
chromium, as a ratio measured side by side in one run.

Each sample is a child process that launches one browser (valkky.testing.browser's
arguments) and opens ``PAGES`` fresh contexts, each with a page of text, buttons and a
picture, as the screen's tests do; its CPU (user + system, the browser's processes
included) is the child's rusage. A sample with no pages gives the launch's own cost, so
per page = (CPU with pages − CPU without) / PAGES. The two browsers alternate sample by
sample, so load on the machine falls on both alike. The tests take the shell for its
ratio (tests/conftest.py's ``browser``); the goal is ≤ 0.5.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys

from valkky.testing.browser import ARGS, CHROMIUM, HEADLESS_SHELL

PAGES = 8
SAMPLES = 3
GOAL = 0.5

PAGE = ("data:text/html;charset=utf-8,<html lang=fi><body><h1>moppi</h1><p>mop</p>"
        "<button>Toista</button><button>Lähetä</button><input aria-label=Vastaus>"
        "<img alt=moppi src='data:image/svg+xml,<svg xmlns=\"http://www.w3.org/2000/svg\""
        " width=\"90\" height=\"90\"><circle cx=\"45\" cy=\"45\" r=\"40\"/></svg>'>"
        "</body></html>")

CHILD = """
import sys
from playwright.sync_api import sync_playwright
executable, pages, args = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
with sync_playwright() as p:
    browser = p.chromium.launch(executable_path=executable, args=args)
    for _ in range(pages):
        context = browser.new_context(viewport={"width": 1024, "height": 600})
        page = context.new_page()
        page.goto(PAGE)
        assert page.get_by_role("button", name="Lähetä").is_enabled()
        context.close()
    browser.close()
"""


def _cpu_of_child(executable: str, pages: int) -> float:
    """CPU seconds of one child that launches ``executable`` and opens ``pages`` pages."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", f"PAGE = {PAGE!r}\n{CHILD}", executable,
                    str(pages), *ARGS], check=True, timeout=120)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    missing = [path for path in (HEADLESS_SHELL, CHROMIUM) if not os.path.exists(path)]
    if missing:
        print(f"bench_test_browser: needs {', '.join(missing)} "
              "(apt-get install chromium chromium-headless-shell)")
        return 1
    launch: dict[str, list[float]] = {HEADLESS_SHELL: [], CHROMIUM: []}
    loaded: dict[str, list[float]] = {HEADLESS_SHELL: [], CHROMIUM: []}
    for _ in range(SAMPLES):
        for executable in (HEADLESS_SHELL, CHROMIUM):
            launch[executable].append(_cpu_of_child(executable, 0))
            loaded[executable].append(_cpu_of_child(executable, PAGES))
    per_page = {exe: (statistics.median(loaded[exe]) - statistics.median(launch[exe])) / PAGES
                for exe in launch}
    ratio = per_page[HEADLESS_SHELL] / per_page[CHROMIUM]
    print(f"browser tests: CPU per context and page {per_page[HEADLESS_SHELL]:.2f} s in the "
          f"headless shell, {per_page[CHROMIUM]:.2f} s in chromium, ratio {ratio:.2f}; launch "
          f"(with python and Playwright's driver) {statistics.median(launch[HEADLESS_SHELL]):.2f}"
          f" s against {statistics.median(launch[CHROMIUM]):.2f} s; load "
          f"{os.getloadavg()[0]:.1f}; goal ≤ {GOAL}")
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
