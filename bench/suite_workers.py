"""The test suite's wall time and CPU per xdist worker count (or per checkout), measured
side by side: the variants alternate run by run, their order turned each round, so load
from elsewhere on the machine falls on each alike.

    .venv/bin/python bench/suite_workers.py                  # -n 2 against -n 3, 3 rounds
    .venv/bin/python bench/suite_workers.py -n 2 3 4 --rounds 2
    .venv/bin/python bench/suite_workers.py -n 2 --checkout /tmp/main-copy   # a change

Each run is `pytest -q -n N --dist worksteal`, as `make test` runs it, from each
checkout's folder with that checkout first on PYTHONPATH (so its test processes and the
`python -m valkky.cli` they start use its code). CPU is `perf stat`'s task-clock where
perf is installed: it counts every process the run started, including the chromium and
PostgreSQL processes that outlive their parents (rusage of children misses them: ≈ 4 s
of a full run). Without perf it is the children's rusage, and says so.

Not in `make bench`: each run is the whole suite. The load average before and after each
run is printed: another job on the machine favours more workers (the scheduler shares the
cores per process), so compare counts for an idle machine at load ≈ 0 only.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _load() -> str:
    return Path("/proc/loadavg").read_text().split()[0]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(checkout: Path, workers: int, extra: list[str]
             ) -> tuple[float, float, str, str, bool]:
    """One whole run: wall seconds, CPU seconds, pytest's last line, the load averages,
    whether it passed."""
    argv = [sys.executable, "-m", "pytest", "-q", "-n", str(workers), "--dist", "worksteal",
            *extra]
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    perf = shutil.which("perf")
    with tempfile.NamedTemporaryFile(prefix="suite-perf-", suffix=".csv") as counts:
        if perf:
            argv = [perf, "stat", "-x", ",", "-e", "task-clock", "-o", counts.name, *argv]
        load_before, cpu_before, start = _load(), _children_cpu(), time.perf_counter()
        done = subprocess.run(argv, cwd=checkout, env=env, capture_output=True, text=True)
        wall = time.perf_counter() - start
        cpu = _children_cpu() - cpu_before
        if perf:
            for line in Path(counts.name).read_text().splitlines():
                fields = line.split(",")  # value,unit,event,...
                if len(fields) > 2 and fields[2] == "task-clock":
                    cpu = float(fields[0]) / 1000
    lines = done.stdout.strip().splitlines()
    last = lines[-1] if lines else done.stderr.strip()[-200:]
    for line in lines:  # a failure is named: a flaky test shows up in such runs
        if line.startswith(("FAILED", "ERROR")):
            print(f"  {line[:300]}")
    return wall, cpu, last, f"{load_before}..{_load()}", done.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", dest="workers", type=int, nargs="+", default=[2, 3],
                        help="xdist worker counts to compare (default: 2 3)")
    parser.add_argument("--checkout", type=Path, action="append", default=[],
                        help="another checkout run beside this one (e.g. main's)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("pytest_args", nargs="*", help="more pytest arguments (after --)")
    args = parser.parse_args()
    checkouts = [ROOT, *(c.resolve() for c in args.checkout)]
    variants = [(c, n) for c in checkouts for n in args.workers]
    if len(variants) < 2:
        parser.error("give two worker counts, or a --checkout to compare with")

    def name(variant: tuple[Path, int]) -> str:
        checkout, workers = variant
        return f"{'this' if checkout == ROOT else checkout.name} -n {workers}"

    if not shutil.which("perf"):
        print("perf is not installed: CPU is the children's rusage (misses processes "
              "that outlive their parents, e.g. chromium's)")
    results: dict[tuple[Path, int], list[tuple[float, float]]] = {v: [] for v in variants}
    for round_ in range(args.rounds):
        turn = round_ % len(variants)
        for variant in variants[turn:] + variants[:turn]:
            wall, cpu, last, load, passed = run_once(variant[0], variant[1],
                                                     args.pytest_args)
            if passed:  # a failed or crashed run's time says nothing of the suite's
                results[variant].append((wall, cpu))
            print(f"round {round_ + 1} {name(variant):>24}: wall {wall:6.1f} s, "
                  f"CPU {cpu:6.1f} s, load {load}  ({last})"
                  f"{'' if passed else '  FAILED: left out of the medians'}", flush=True)
    if not all(results.values()):
        print("a variant has no passing run: no medians")
        return 1
    first = statistics.median(w for w, _ in results[variants[0]])
    print("\nmedian of the passing rounds (wall ratio to the first variant):")
    for variant, runs in results.items():
        wall = statistics.median(w for w, _ in runs)
        cpu = statistics.median(c for _, c in runs)
        print(f"{name(variant):>24}: wall {wall:6.1f} s, CPU {cpu:6.1f} s, "
              f"ratio {wall / first:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
