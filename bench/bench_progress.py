"""Judged answers per second with the progress store on, as a ratio to the same run with
the store off, side by side in one run (goal: the store costs under 20 %).

Each round runs the bundled cleaning lesson to the end with a scripted struggling learner,
through the runtime, once with the recorder sink (SQLite WAL, synchronous=FULL, one
durable commit per answer) and once without. Two settings, both printed:

- engine only: the session, the judge and the store, nothing else. The store's one fsync
  per answer (the price of "no judged answer is lost, power cut or not") is measured
  against ~50 µs of pure Python, so this ratio shows the store's cost in isolation.
- with speech: the same, plus the robot's own work per utterance as in a real session,
  espeak-ng rendering every line it says (a fresh speaker per round, so nothing is cached
  across rounds; audio is discarded, not played). This is the ratio a learner feels.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from valkky.engine.feedback import almost_fi
from valkky.engine.session import Session
from valkky.judge import judge
from valkky.lesson.files import resolve_lesson
from valkky.lesson.loader import load_lesson
from valkky.lesson.references import load_library
from valkky.progress.recorder import open_progress
from valkky.progress.store import Store
from valkky.runtime import Runtime
from valkky.testing.learners import ScriptedLearner

LESSON = "siivous-valineet"


def _round(lesson, store: Store | None, learner: str, speech: bool) -> int:
    sinks: list = []
    start, drill = 0, None
    if store is not None:
        store.ensure_learner(learner)
        recorder, start, drill = open_progress(store, learner, lesson, restart=True)
        sinks.append(recorder)
    if speech:
        from valkky.speech.tts import EspeakSynth, Speaker

        sinks.append(Speaker(EspeakSynth(), lambda audio, text: None, level=lesson.level))
    session = Session(lesson, judge=judge, feedback=almost_fi, lang="en", start_at=start,
                      drill_items=drill)
    listener = ScriptedLearner(struggling=True)
    Runtime(session, listener, sinks).run()
    return len(listener.expectations)


def _compare(lesson, store: Store, rounds: int, speech: bool, tag: str) -> None:
    _round(lesson, None, "warm", speech)
    on, off, answers = [], [], 0
    for i in range(rounds):
        t = time.perf_counter()
        answers = _round(lesson, None, f"{tag}{i}", speech)
        off.append(time.perf_counter() - t)
        t = time.perf_counter()
        _round(lesson, store, f"{tag}{i}", speech)
        on.append(time.perf_counter() - t)
    a, b = statistics.median(on), statistics.median(off)
    print(f"{tag}: {answers} judged answers per run, medians of {rounds} rounds; "
          f"store off {answers / b:,.0f} answers/s, on {answers / a:,.0f} answers/s, "
          f"{1000 * (a - b) / answers:.2f} ms per answer")
    print(f"{tag}: store-on/store-off time ratio: {a / b:.2f} "
          f"(cost {100 * (a / b - 1):.0f} %)")


def main(rounds: int = 15) -> None:
    library, _ = load_library()
    lesson = load_lesson(resolve_lesson(LESSON), library)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        _compare(lesson, store, rounds, speech=False, tag="engine only")
        if shutil.which("espeak-ng"):
            _compare(lesson, store, max(3, rounds // 3), speech=True, tag="with speech")
        else:
            print("with speech: skipped (espeak-ng is not installed; make demo installs it)")
        store.close()


if __name__ == "__main__":
    main()
