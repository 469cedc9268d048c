#!/usr/bin/env bash
# The judge compiled with mypyc against the pure judge, side by side: an experiment, not how
# the project runs (docs/judging.md, Speed). Two copies of the committed tree go to a scratch
# folder; in one every module of valkky/judge is compiled with mypyc (which ships with mypy,
# in the dev venv; needs a C compiler and python3.11-dev), then bench/bench_judge.py runs in
# each, alternating, PAIRS times, with the load printed before each run. The compiled copy
# is kept (its modules shadow the .py beside them) for other runs, e.g. its tests:
#   cd "$WORK/compiled" && PYTHONPATH=$PWD $PY -m pytest -q -n 2 -p no:cacheprovider tests/judge
# Usage: bench/judge_mypyc.sh [PAIRS]   (WORK=/tmp/valkky-mypyc by default; the build takes
# ≈ 8 minutes of one core and 1.1 GB of memory, 2026-12-02, and is skipped when it is there)
set -euo pipefail
PAIRS=${1:-3}
PY=${PY:-$(pwd)/.venv/bin/python}
WORK=${WORK:-/tmp/valkky-mypyc}
if [ ! -e "$WORK/compiled/.built" ]; then
    rm -rf "$WORK"
    mkdir -p "$WORK/pure" "$WORK/compiled"
    git archive HEAD | tar -x -C "$WORK/pure"
    git archive HEAD | tar -x -C "$WORK/compiled"
    (cd "$WORK/compiled" && /usr/bin/time -f "mypyc build: wall %e s, CPU %U s, peak %M kB" \
        "$PY" - build_ext --inplace -j 2 >build.log <<'PY'
import glob
from setuptools import setup
from mypyc.build import mypycify
setup(name="valkky-judge-compiled", ext_modules=mypycify(sorted(glob.glob("valkky/judge/*.py"))))
PY
    ) && touch "$WORK/compiled/.built"
    du -ch "$WORK"/compiled/*.so "$WORK"/compiled/valkky/judge/*.so | tail -1
fi
for i in $(seq 1 "$PAIRS"); do
    for build in pure compiled; do
        echo "== pair $i, $build, load $(cut -d' ' -f1-3 /proc/loadavg)"
        (cd "$WORK/$build" && PYTHONPATH=$PWD "$PY" bench/bench_judge.py)
    done
done
