"""A real PostgreSQL for the progress tests: one throwaway server per test process
(valkky.testing.postgres: a free loopback port, as an unprivileged user, in RAM), a fresh
database per test. Skipped where PostgreSQL is not installed; never in CI, where `make
test` installs it (Debian's postgresql).

initdb is most of a server's start (≈ 3 s): `make test` makes one in the venv
(``PREPARED``), which each test process copies (≈ 0.3 s); without it (pytest run alone in a
new venv) the run's test processes (xdist workers) share one, made by the first that needs
it. A test's database is a
copy of a template database that already holds valkky's schema (``CREATE DATABASE …
TEMPLATE``, a file copy): making the schema in each would cost more than the copy."""

from __future__ import annotations

import contextlib
import fcntl
import itertools
import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from valkky.testing import postgres

_names = itertools.count(1)
TEMPLATE = "valkky_template"  # the current schema, made once per server by a Store
PREPARED = Path(sys.prefix) / "pg-cluster"  # `make test`'s initdb, in the venv it made


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    with open(path, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextlib.contextmanager
def _shared_cluster(shared: Path) -> Iterator[Path]:
    """The run's one initdb: made by the first process to ask, removed by the last to
    finish (one that asks after that makes another)."""
    lock, record = shared / "pg-cluster.lock", shared / "pg-cluster.json"
    with _locked(lock):
        state = json.loads(record.read_text()) if record.exists() else {}
        if not state.get("users") or not Path(state["data"]).is_dir():
            state = {"data": str(postgres.make_cluster()), "users": 0}
        state["users"] += 1
        record.write_text(json.dumps(state))
    try:
        yield Path(state["data"])
    finally:
        with _locked(lock):
            state = json.loads(record.read_text())
            state["users"] -= 1
            if state["users"] == 0:
                shutil.rmtree(Path(state["data"]).parent, ignore_errors=True)
            record.write_text(json.dumps(state))


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[postgres.Server]:
    if postgres.find_bin() is None:
        if os.environ.get("CI"):
            pytest.fail("no PostgreSQL binaries in CI: `make test` installs Debian's "
                        "postgresql")
        pytest.skip("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    # under xdist, the folder above a worker's is the run's own, shared by its workers
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    from valkky.progress.store import Store

    outbox = tmp_path_factory.mktemp("pg-template") / "outbox.db"  # never the machine's
    prepared = postgres.prepared_cluster(PREPARED)
    with (contextlib.nullcontext(prepared) if prepared else _shared_cluster(shared)
          ) as cluster, postgres.server(cluster=cluster) as srv:
        srv.sql(f"CREATE DATABASE {TEMPLATE}")
        Store(srv.url(TEMPLATE), outbox=outbox).close()
        yield srv


def _new_database(pg_server: postgres.Server, template: str) -> str:
    name = f"t{os.getpid()}_{next(_names)}"
    # FILE_COPY: copies the template's files at once (the default, WAL_LOG, writes them
    # page by page through the write-ahead log: several times slower for a small database)
    pg_server.sql(f"CREATE DATABASE {name} TEMPLATE {template} STRATEGY FILE_COPY")
    return pg_server.url(name)


@pytest.fixture
def pg_url(pg_server: postgres.Server) -> str:
    """A URL to a new database holding valkky's schema and nothing else, as the first
    valkky command on an empty database leaves it."""
    return _new_database(pg_server, TEMPLATE)


@pytest.fixture
def pg_empty_url(pg_server: postgres.Server) -> str:
    """A URL to a new, empty database (no schema yet)."""
    return _new_database(pg_server, "template0")
