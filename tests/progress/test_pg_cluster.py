"""The PostgreSQL cluster `make test` makes once for every run (valkky.testing.postgres:
prepare_cluster), with a fake initdb that only records how it was called: the real one is
what the database's tests copy and run on (tests/progress/conftest.py)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from valkky.testing import postgres

FAKE_INITDB = """#!/bin/sh
# a fake initdb: the data folder (-D) with its arguments in it, nothing else
while [ "$1" != "-D" ]; do shift; done
mkdir -p "$2" && echo "$@" > "$2/argv"
"""


@pytest.fixture
def fake_binaries() -> Iterator[Callable[[], Path]]:
    """Folders of a fake initdb, pg_ctl and postgres that ``nobody`` may run too (the
    servers' user when the tests run as root: the run's temporary folders are closed to
    it), removed afterwards."""
    made: list[Path] = []

    def make() -> Path:
        made.append(Path(tempfile.mkdtemp(prefix="fake-pg-bin-")))
        os.chmod(made[-1], 0o755)
        for name in ("initdb", "pg_ctl", "postgres"):
            (made[-1] / name).write_text(FAKE_INITDB)
            os.chmod(made[-1] / name, 0o755)
        return made[-1]

    yield make
    for folder in made:
        shutil.rmtree(folder)


def test_the_cluster_is_made_once_and_again_for_other_binaries(
        monkeypatch: pytest.MonkeyPatch, fake_binaries: Callable[[], Path],
        tmp_path: Path) -> None:
    fake = fake_binaries()
    monkeypatch.setattr(postgres, "find_bin", lambda: fake)
    folder = tmp_path / "pg-cluster"
    assert postgres.prepared_cluster(folder) is None

    assert postgres.prepare_cluster(folder) == f"{folder}: made by {fake / 'initdb'}"
    data = postgres.prepared_cluster(folder)
    assert data == folder / "data"
    argv = (data / "argv").read_text().split()
    for option in ("-U", "postgres", "--auth-host=scram-sha-256", "--locale=C",
                   "--no-sync"):
        assert option in argv, argv
    assert [p.name for p in folder.parent.iterdir()] == ["pg-cluster"], "left a part behind"

    assert postgres.prepare_cluster(folder) == f"{folder}: ready"
    other = fake_binaries()  # PostgreSQL upgraded: not the cluster its binaries made
    monkeypatch.setattr(postgres, "find_bin", lambda: other)
    assert postgres.prepared_cluster(folder) is None
    assert postgres.prepare_cluster(folder).endswith(f"made by {other / 'initdb'}")

    monkeypatch.setattr(postgres, "find_bin", lambda: None)
    assert postgres.prepared_cluster(folder) is None
    assert "no PostgreSQL binaries" in postgres.prepare_cluster(folder)
