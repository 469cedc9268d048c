"""A lesson with its robot absent, as a ratio to the same lesson with no robot at all.

`valkky run siivous-valineet --robot mqtt://127.0.0.1:<closed port>/nobody` against the
same run without ``--robot``, interleaved round by round, in this process, with the same
typed answers and no progress store. The absent robot costs its one grace at the start
(``launch.ROBOT_CONNECT_WAIT_S``) and nothing after it: every gesture is dropped at once and
no wait for acks finds anything to wait for (tests/test_run_robot.py asserts that; this
measures it). At the end the link's network thread is joined, which can sleep up to 1 s
in paho's reconnect back-off (measured: 0.4–1 s). Goal: absent − none ≤ the grace + 1.5 s;
the ratio is printed for context.

    python bench/bench_absent_robot.py
"""

from __future__ import annotations

import contextlib
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

from valkky import launch
from valkky.cli import main
from valkky.testing.broker import free_port

ROUNDS = 5
LESSON = "siivous-valineet"
ANSWERS = "en tiedä\n" * 40  # every step heard, wrong: the lesson goes to its end


def _run(answers: Path, robot: str | None) -> float:
    args = ["run", LESSON, "--learner", "B1", "--no-store", "--tts", "text", "--asr", "text",
            "--answers", str(answers), *(["--robot", robot] if robot else [])]
    sink = io.StringIO()
    started = time.perf_counter()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        code = main(args)
    took = time.perf_counter() - started
    if code != 0:
        raise SystemExit(f"valkky run exited {code}: {sink.getvalue()[-500:]}")
    return took


def main_() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        answers = Path(tmp) / "answers.txt"
        answers.write_text(ANSWERS, encoding="utf-8")
        none: list[float] = []
        absent: list[float] = []
        _run(answers, None)  # imports and caches warmed for both
        _run(answers, f"mqtt://127.0.0.1:{free_port()}/nobody")
        for _ in range(ROUNDS):
            none.append(_run(answers, None))
            absent.append(_run(answers, f"mqtt://127.0.0.1:{free_port()}/nobody"))
    grace = launch.ROBOT_CONNECT_WAIT_S
    extra = statistics.median(absent) - statistics.median(none)
    print(f"no robot:     median {statistics.median(none):.2f} s ({ROUNDS} runs)")
    print(f"absent robot: median {statistics.median(absent):.2f} s, worst {max(absent):.2f} s")
    ratio = statistics.median(absent) / statistics.median(none)
    print(f"  ratio absent/none (medians): {ratio:.1f}")
    print(f"  absent − none: {extra:.2f} s (grace {grace:g} s; goal ≤ {grace + 1.5:g} s)")
    return 0 if extra <= grace + 1.5 else 1


if __name__ == "__main__":
    sys.exit(main_())
