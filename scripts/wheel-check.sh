#!/usr/bin/env bash
# The built wheel works on its own: build it, install it in a fresh venv, and from outside
# the checkout list the bundled lessons, lint them with the gesture and profession checks
# on, run a lesson, and find the hardware files and the simulator's page.
# The wheel is built with the project's .venv's setuptools (build-system.requires; the dev
# extra installs it) and installed without its dependencies, which come from that .venv
# (a path appended to the fresh venv, so only the wheel's own files are new). The venv is
# kept in .venv/wheel-check and used again while the wheel's files are the same (the hash
# of its RECORD, which lists each file's sha256); the checks below run every time.
# WHEEL_CHECK_FULL=1 does it all afresh as a user would: pip builds the wheel in an isolated
# environment and installs it with its dependencies in a new venv (a minute or more).
set -euo pipefail
PYTHON=${PYTHON:-python3}
here=$(pwd)
work=$(mktemp -d /tmp/valkky-wheel.XXXXXX)
trap 'rm -rf "$work"' EXIT
# setuptools builds in ./build and never clears it: a module or lesson deleted since an
# earlier build would ship in the wheel. Each build gets a folder of its own.
printf '[build]\nbuild_base = %s\n' "$work/build" > "$work/build.cfg"
export DIST_EXTRA_CONFIG="$work/build.cfg"
if [ "${WHEEL_CHECK_FULL:-0}" = 1 ]; then
    "$PYTHON" -m pip wheel -q --no-deps -w "$work/dist" . >/dev/null
    venv="$work/venv"
    "$PYTHON" -m venv "$venv"
    "$venv/bin/pip" install -q "$work"/dist/valkky-*.whl
else
    wheel=$("$PYTHON" - "$work/dist" 2>"$work/build.log" <<'PY'
# The PEP 517 hook pip would call, in this process: pip's isolated build environment costs
# seconds of CPU (a fresh environment with setuptools installed into it) for the same wheel.
import importlib.metadata, sys, tomllib
from setuptools import build_meta
from packaging.requirements import Requirement
with open("pyproject.toml", "rb") as f:
    wanted = tomllib.load(f)["build-system"]["requires"]
for req in map(Requirement, wanted):
    have = importlib.metadata.version(req.name)
    if not req.specifier.contains(have):
        sys.exit(f"wheel-check: the build needs {req}, this venv has {req.name} {have} "
                 "(make test installs it; or WHEEL_CHECK_FULL=1)")
import contextlib, io
out = sys.argv[1]  # build_wheel rewrites sys.argv for setup.py
with contextlib.redirect_stdout(io.StringIO()):  # setuptools lists every file it copies
    name = build_meta.build_wheel(out)
print(f"{out}/{name}")
PY
    ) || { cat "$work/build.log"; exit 1; }
    key=$(unzip -p "$wheel" '*.dist-info/RECORD' | sha256sum | cut -d' ' -f1)
    venv="$here/.venv/wheel-check"
    if [ "$(cat "$venv/wheel.sha256" 2>/dev/null)" != "$key" ]; then
        rm -rf "$venv"
        "$PYTHON" -m venv --without-pip "$venv"  # pip below is this venv's, pointed at it
        deps=$("$PYTHON" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
        fresh=$("$venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
        echo "$deps" > "$fresh/valkky-deps.pth"  # after the venv's own: the wheel comes first
        "$PYTHON" -m pip --python "$venv/bin/python" install -q --no-deps "$wheel"
        echo "$key" > "$venv/wheel.sha256"
    fi
fi
cd "$work"  # nothing of the checkout is reachable from here
v="$venv/bin/valkky"
count=$("$v" lessons --json | "$venv/bin/python" -c 'import json,sys; print(len(json.load(sys.stdin)))')
want=$(cd "$here" && "$PYTHON" -m valkky.cli lessons --json \
       | "$PYTHON" -c 'import json,sys; print(len(json.load(sys.stdin)))')
[ "$count" -eq "$want" ] || { echo "wheel-check: the wheel lists $count lessons, the checkout has $want"; exit 1; }
lessons=$("$venv/bin/python" -c 'from valkky.paths import lessons_dir; print(lessons_dir())')
case "$lessons" in "$venv"/*) ;; *) echo "wheel-check: lessons from $lessons, not the wheel"; exit 1;; esac
lint=$("$v" lint "$lessons")
echo "$lint" | grep -q "0 errors, 0 warnings" || { echo "wheel-check: lint: $lint"; exit 1; }
printf 'hei\n' > answers.txt
"$v" run yleinen-tervehdys --learner WHEEL1 --no-store --answers answers.txt > run.txt
grep -q "yleinen-tervehdys" run.txt || { echo "wheel-check: the lesson did not run"; cat run.txt; exit 1; }
"$venv/bin/python" - <<'PY'
from valkky.paths import simulator_page, schema_path
from valkky.robot.hardware import load_hardware
robot, gestures = load_hardware()
assert simulator_page().is_file() and schema_path().is_file()
from valkky.screen.server import HERE
assert all((HERE / f).is_file() for f in ("page.html", "screen.js", "screen.css"))
from valkky.console.app import HERE as CONSOLE
assert all((CONSOLE / f).is_file() for f in ("templates/base.html", "templates/learner.html",
                                             "templates/live_panel.html", "static/console.css",
                                             "static/live.js"))
from valkky.favicon import FAVICON
assert FAVICON.is_file() and FAVICON.read_bytes().startswith(b"<svg")
from valkky.lesson.references import gesture_descriptions
assert set(gesture_descriptions()) == set(gestures)  # the learner's words came along
print(f"wheel-check: ok ({robot.name}, {len(gestures)} gestures, page, console, favicon and "
      "schema bundled)")
PY
echo "wheel-check: $count lessons lint clean and run from the installed wheel"
