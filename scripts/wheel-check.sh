#!/usr/bin/env bash
# The built wheel works on its own: build it, install it in a fresh venv, and from outside
# the checkout list the bundled lessons, lint them with the gesture and profession checks
# on, run a lesson, and find the hardware files and the simulator's page.
# The wheel's dependencies come from the project's own .venv (a path appended to the
# fresh venv, so only the wheel's own files are new) unless WHEEL_CHECK_FULL=1, which
# installs them too (slower: a minute or more).
set -euo pipefail
PYTHON=${PYTHON:-python3}
work=$(mktemp -d /tmp/valkky-wheel.XXXXXX)
trap 'rm -rf "$work"' EXIT
here=$(pwd)
"$PYTHON" -m pip wheel -q --no-deps -w "$work/dist" . >/dev/null
"$PYTHON" -m venv "$work/venv"
if [ "${WHEEL_CHECK_FULL:-0}" = 1 ]; then
    "$work/venv/bin/pip" install -q "$work"/dist/valkky-*.whl
else
    deps=$("$PYTHON" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
    fresh=$("$work/venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
    echo "$deps" > "$fresh/valkky-deps.pth"  # after the venv's own: the wheel comes first
    "$work/venv/bin/pip" install -q --no-deps "$work"/dist/valkky-*.whl
fi
cd "$work"  # nothing of the checkout is reachable from here
v="$work/venv/bin/valkky"
count=$("$v" lessons --json | "$work/venv/bin/python" -c 'import json,sys; print(len(json.load(sys.stdin)))')
want=$(cd "$here" && "$PYTHON" -m valkky.cli lessons --json \
       | "$PYTHON" -c 'import json,sys; print(len(json.load(sys.stdin)))')
[ "$count" -eq "$want" ] || { echo "wheel-check: the wheel lists $count lessons, the checkout has $want"; exit 1; }
lessons=$("$work/venv/bin/python" -c 'from valkky.paths import lessons_dir; print(lessons_dir())')
case "$lessons" in "$work"/venv/*) ;; *) echo "wheel-check: lessons from $lessons, not the wheel"; exit 1;; esac
lint=$("$v" lint "$lessons")
echo "$lint" | grep -q "0 errors, 0 warnings" || { echo "wheel-check: lint: $lint"; exit 1; }
printf 'hei\n' > answers.txt
"$v" run yleinen-tervehdys --learner WHEEL1 --no-store --answers answers.txt > run.txt
grep -q "yleinen-tervehdys" run.txt || { echo "wheel-check: the lesson did not run"; cat run.txt; exit 1; }
"$work/venv/bin/python" - <<'PY'
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
