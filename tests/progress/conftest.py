"""A real PostgreSQL for the progress tests: one throwaway server for the test run
(valkky.testing.postgres: initdb in a temporary folder, a free loopback port, as an
unprivileged user), a fresh database per test. Skipped where PostgreSQL is not installed;
never in CI, where `make test` installs it (Debian's postgresql)."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

from valkky.testing import postgres

_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[postgres.Server]:
    if postgres.find_bin() is None:
        if os.environ.get("CI"):
            pytest.fail("no PostgreSQL binaries in CI: `make test` installs Debian's "
                        "postgresql")
        pytest.skip("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    with postgres.server() as srv:
        yield srv


@pytest.fixture
def pg_url(pg_server: postgres.Server) -> str:
    """A URL to a new, empty database on the test server."""
    name = f"t{os.getpid()}_{next(_names)}"
    pg_server.sql(f"CREATE DATABASE {name}")
    return pg_server.url(name)
