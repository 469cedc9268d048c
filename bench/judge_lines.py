"""Judge many answers on real lesson steps in one process: the reviewers' and the mender's
tool (issue 12). Each input line is ``lesson step|answer|expected`` (``expected`` may be
left out; ``#`` lines and blank lines are skipped); the step is "<lesson id> <step id>", as
tests/judge/agreement.py names it. Prints a line per answer: ``ok``/``MISS`` against the
expected verdict (``not X`` = anything but X), the verdict, its reason, and the robot's
hint where the verdict is almost.

    python -m bench.judge_lines lines.txt            # or - for standard input
    python -m bench.judge_lines lines.txt --explain  # and which rules fired, and why
    python -m bench.judge_lines --show "metalli-raportti ville"   # what a step holds
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from tests.judge.agreement import tasks
from tests.judge.golden import step_arguments
from valkky.engine.feedback import almost_fi
from valkky.judge import judge


def show(step: str) -> None:
    """A step's task and the judge arguments a session gives it."""
    task, options = tasks()[step]
    print(f"# {step}")
    for key, value in asdict(task).items():
        if value not in (None, "", [], (), {}):
            print(f"{key}: {value}")
    print("judge arguments:", step_arguments(task, options))


def judged(step: str, answer: str, explain: bool) -> Any:
    task, options = tasks()[step]
    return judge(answer, task.accept, explain=explain, **step_arguments(task, options))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("lines", nargs="?", help="a file of 'step|answer|expected' lines, or -")
    parser.add_argument("--explain", action="store_true", help="print the rules' trace too")
    parser.add_argument("--show", metavar="STEP", help="print what a step holds, and stop")
    args = parser.parse_args()
    if args.show:
        try:
            show(args.show)
        except KeyError:
            sys.exit(f"no step '{args.show}' (give '<lesson id> <step id>')")
        return
    if not args.lines:
        parser.error("give a file of lines, or - for standard input")
    if args.lines == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(args.lines).read_text(encoding="utf-8")
        except OSError as e:
            sys.exit(f"cannot read {args.lines}: {e.strerror}")
    missed = total = 0
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        step, answer = parts[0], parts[1] if len(parts) > 1 else ""
        expected = parts[2] if len(parts) > 2 else ""
        try:
            j = judged(step, answer, args.explain)
        except KeyError:
            print(f"?? no step '{step}': {line}")
            continue
        mark = ""
        if expected:
            total += 1
            hit = (j.verdict != expected[4:]) if expected.startswith("not ") \
                else j.verdict == expected
            mark = "ok  " if hit else "MISS"
            missed += not hit
        print(f"{mark} {j.verdict:8} {j.reason or '-':22} {step} | {answer} | {almost_fi(j)}")
        if args.explain:
            for trace in j.trace:
                print(f"        {trace}")
    if total:
        print(f"# {total - missed}/{total} as expected")


if __name__ == "__main__":
    main()
