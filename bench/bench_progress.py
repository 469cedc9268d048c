"""Judged answers per second with the progress store on, as a ratio to the same run with
the store off, side by side in one run (goal: the store costs under 20 %).

Each round runs the bundled cleaning lesson to the end with a scripted good learner,
through the runtime, once with the recorder sink (SQLite WAL, synchronous=FULL, one
durable commit per answer) and once without.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from valkky.engine.session import Session
from valkky.judge import feedback_fi, judge
from valkky.lesson.catalog import resolve_lesson
from valkky.lesson.library import load_library
from valkky.lesson.loader import load_lesson
from valkky.progress.recorder import open_progress
from valkky.progress.store import Store
from valkky.runtime import Runtime
from valkky.testing.learners import ScriptedLearner

LESSON = "siivous-valineet"


def _round(lesson, store: Store | None, learner: str) -> int:
    sinks: list = []
    start, drill = 0, None
    if store is not None:
        store.ensure_learner(learner)
        recorder, start, drill = open_progress(store, learner, lesson, restart=True)
        sinks.append(recorder)
    session = Session(lesson, judge=judge, feedback=feedback_fi, lang="en", start_at=start,
                      drill_items=drill)
    listener = ScriptedLearner(struggling=True)
    Runtime(session, listener, sinks).run()
    return len(listener.expectations)


def main(rounds: int = 15) -> None:
    library, _ = load_library()
    lesson = load_lesson(resolve_lesson(LESSON), library)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        _round(lesson, None, "warm")
        on, off, answers = [], [], 0
        for i in range(rounds):
            t = time.perf_counter()
            answers = _round(lesson, None, f"b{i}")
            off.append(time.perf_counter() - t)
            t = time.perf_counter()
            _round(lesson, store, f"b{i}")
            on.append(time.perf_counter() - t)
        store.close()
    a, b = statistics.median(on), statistics.median(off)
    print(f"{answers} judged answers per lesson run, medians of {rounds} rounds")
    print(f"store off: {answers / b:,.0f} answers/s; store on: {answers / a:,.0f} answers/s")
    print(f"store-on/store-off time ratio: {a / b:.2f} (cost {100 * (a / b - 1):.0f} %)")


if __name__ == "__main__":
    main()
