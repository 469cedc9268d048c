"""What the deploy tests share: deploy/make-passwords.sh's password file for the roles and
robots of tests/deploy/stack.py, made once a session (mosquitto_passwd hashes each
password) and copied into each module's broker."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.deploy.stack import PASSWORDS, make_passwords
from valkky.testing.broker import MosquittoBroker


@pytest.fixture(scope="session")
def passwd_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not MosquittoBroker.find_executable() or not shutil.which("mosquitto_passwd"):
        pytest.skip("mosquitto is not installed (make test installs it)")
    path = tmp_path_factory.mktemp("deploy-passwd") / "passwd"
    make_passwords(path, PASSWORDS)
    return path
