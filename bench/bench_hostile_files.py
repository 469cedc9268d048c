"""What a hostile lesson file or answer costs before it is refused: time and peak memory.

The shapes are the fault suite's (tests/faults): billion laughs as lists and as maps, a
bomb inside a step's accept list, aliases of a long text, deep nesting, and an answer of
4000 words. Each is refused; the figures are the median time to that refusal and the
peak of Python memory while it happens (tracemalloc, in a separate round).
"""

from __future__ import annotations

import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable

from valkky.paths import ROOT

sys.path.insert(0, str(ROOT))  # the shapes live with the tests
from tests.faults.test_lesson_files import BOMBS
from valkky.judge import judge
from valkky.lesson.loader import check_text


def _measure(fn: Callable[[], object], rounds: int) -> tuple[float, int]:
    fn()  # imports and caches outside the timing
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return statistics.median(times), peak


def main(rounds: int = 7) -> None:
    cases: dict[str, tuple[int, Callable[[], object]]] = {}
    for name, make in BOMBS.items():
        text = make()
        cases[f"lesson: {name}"] = (len(text.encode()), lambda t=text: check_text(t, "b.yaml"))
    answer = "moppi " * 4000
    cases["answer: 4000 words"] = (len(answer), lambda: judge(answer, ["moppi"]))
    print(f"{'case':28} {'bytes':>8} {'refused in':>11} {'peak':>9}")
    for name, (size, fn) in cases.items():
        took, peak = _measure(fn, rounds)
        print(f"{name:28} {size:>8} {took * 1000:>8.2f} ms {peak / 1000:>6.0f} kB")


if __name__ == "__main__":
    main()
