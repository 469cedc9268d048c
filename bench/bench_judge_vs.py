"""Two checkouts' judges side by side in one run: bench_judge.py's measures (``cold ×4``,
``first time``, ``new answer, lesson loaded``) for this checkout and another (a base
worktree), each loaded in a process of its own, timed round for round alternately (which
goes first alternates too), in CPU time.

On a shared machine a figure from an hour ago, or from another run, says little: the
neighbours' load moves it by a third. Rounds taken alternately in one run meet the same
load. Printed for each measure: both medians, their ratio, the median of the round-by-round
ratios (robust to a slow stretch that hits one round pair), and the best rounds' figures.

    PYTHONPATH=. .venv/bin/python bench/bench_judge_vs.py /work/wt-base [--rounds 30]
        [--measures first,c4,loaded]

Each side runs its own checkout's ``bench_judge.py`` (its answers, its ``clear_caches``):
what that checkout's bench would measure, round for round.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

from valkky.paths import ROOT

MEASURES = ("c4", "first", "loaded")
LABELS = {"c4": "cold ×4", "first": "first time", "loaded": "lesson loaded"}


def worker() -> None:
    """Run in a checkout (cwd): load its judge, answer each measure named on stdin with
    the CPU seconds of one round."""
    sys.path[:0] = [str(Path.cwd()), str(Path.cwd() / "bench")]
    import bench_judge as b

    b.judge("lämmitys", ["lämpö"])
    b.lexicon.forms("esimies")
    for answer, accept in b.ANSWERS:  # (modules and the lexicon loaded, as main() does)
        b.judge(answer, accept)
    said = b._said_by(b.ANSWERS)
    print(len(b.ANSWERS), flush=True)
    for line in sys.stdin:
        measure = line.strip()
        if measure == "c4":
            spent = b._judge(b.PAIRS, clear=True)
        elif measure == "first":
            spent = b._judge(b.ANSWERS, clear=True)
        elif measure == "loaded":
            b._load_lessons(b.ANSWERS, said)
            spent = b._judge(b.ANSWERS, clear=False)
        else:
            return
        print(spent, flush=True)


def _start(tree: Path) -> subprocess.Popen[str]:
    python = tree / ".venv" / "bin" / "python"
    return subprocess.Popen(
        [str(python if python.exists() else sys.executable), str(Path(__file__).resolve()),
         "--worker"], cwd=tree, env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def _ask(worker: subprocess.Popen[str], measure: str | None = None) -> str:
    """The worker's next line, after naming it ``measure`` (none: its first line)."""
    assert worker.stdin is not None and worker.stdout is not None
    if measure is not None:
        worker.stdin.write(measure + "\n")
        worker.stdin.flush()
    return worker.stdout.readline()


def compare(other: Path, rounds: int, measures: tuple[str, ...]) -> None:
    trees = {"other": other.resolve(), "this": ROOT}
    procs = {name: _start(tree) for name, tree in trees.items()}
    answers = {name: int(_ask(p)) for name, p in procs.items()}
    spent: dict[str, dict[str, list[float]]] = {n: {m: [] for m in measures} for n in trees}
    try:
        for i in range(rounds):
            for measure in measures:
                for name in ("other", "this") if i % 2 == 0 else ("this", "other"):
                    spent[name][measure].append(float(_ask(procs[name], measure)))
    finally:
        for p in procs.values():
            if p.stdin is not None:
                p.stdin.close()
            p.wait()
    print(f"{trees['other']} vs {trees['this']}: medians of {rounds} rounds each, CPU time")
    for measure in measures:
        checks = 4 if measure == "c4" else 1
        theirs, ours = spent["other"][measure], spent["this"][measure]
        a = answers["other"] * checks / statistics.median(theirs)
        b = answers["this"] * checks / statistics.median(ours)
        paired = statistics.median(t / o for t, o in zip(theirs, ours, strict=True))
        best_a, best_b = (answers[n] * checks / min(spent[n][measure]) for n in trees)
        print(f"  {LABELS[measure]:<14} {a:9,.0f} → {b:9,.0f} checks/s  ×{b / a:.3f}  "
              f"(round by round ×{paired:.3f}; best rounds {best_a:,.0f} → {best_b:,.0f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("other", nargs="?", type=Path, help="the checkout to compare with")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--measures", default=",".join(MEASURES))
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker()
        return
    if args.other is None:
        parser.error("name the checkout to compare with")
    measures = tuple(m for m in args.measures.split(",") if m)
    if unknown := set(measures) - set(MEASURES):
        parser.error(f"unknown measures: {', '.join(sorted(unknown))}")
    compare(args.other, args.rounds, measures)


if __name__ == "__main__":
    main()
