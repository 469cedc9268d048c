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
# postgresql for the fleet database's tests (a throwaway server in a temporary folder).
# python3-venv only where this Python lacks venv/ensurepip (Debian's own python3 does).
DEBS_PY   := $(shell $(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || echo python3-venv)
DEBS_RUN  := $(DEBS_PY) libvoikko1 voikko-fi espeak-ng libportaudio2
DEBS_TEST := $(DEBS_RUN) mosquitto mosquitto-clients chromium systemd python3-seccomp postgresql

.PHONY: demo test deploy-check wheel-check lint bench schema clean system-run system-test

demo: system-run $(VENV)/.run
	$(BIN)/valkky demo

test: system-test $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/pytest -q
	@PYTHON=$(BIN)/python scripts/wheel-check.sh

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

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
