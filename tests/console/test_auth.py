"""The console's locks, without a server: the password hash and file, sessions that
expire, CSRF tokens, the slowdown after wrong passwords."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from valkky.console.auth import (
    PASSWORD_ENV,
    Sessions,
    Throttle,
    check_password,
    csrf_ok,
    hash_password,
    load_password,
    write_password,
)
from valkky.errors import ConfigError


def test_a_hash_is_salted_and_checks_only_its_password() -> None:
    a, b = hash_password("kissa123"), hash_password("kissa123")
    assert a != b and a.startswith("scrypt$") and "kissa123" not in a
    assert a.split("$")[1:4] == ["16384", "8", "1"]  # the real cost, not the tests' cheap one
    assert check_password("kissa123", a) and check_password("kissa123", b)
    assert not check_password("kissa124", a) and not check_password("", a)
    for broken in ("", "scrypt$1$2", "md5$1$1$1$00$00", "scrypt$x$8$1$00$00", a[:-3] + "zz"):
        assert not check_password("kissa123", broken)


def test_the_password_file_is_private_and_preferred_below_the_environment(
        tmp_path: Path) -> None:
    path = tmp_path / "data" / "console-password"
    with pytest.raises(ConfigError, match=r"valkky console passwd.*VALKKY_CONSOLE_PASSWORD"):
        load_password({}, path)
    with pytest.raises(ConfigError, match="at least 8"):
        write_password(path, "lyhyt")
    write_password(path, "pitkä salasana")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert "pitkä" not in path.read_text() and path.read_text().startswith("scrypt$16384$")
    assert check_password("pitkä salasana", load_password({}, path))
    from_env = load_password({PASSWORD_ENV: "ympäristöstä"}, path)
    assert check_password("ympäristöstä", from_env)
    assert not check_password("pitkä salasana", from_env)
    path.write_text("not a hash\n")
    with pytest.raises(ConfigError, match="run it again"):
        load_password({}, path)


def test_a_cheap_hash_says_its_cost_and_checks_the_same_way() -> None:
    cheap = hash_password("kissa123", cost=2**4)
    assert cheap.split("$")[1] == "16"
    assert check_password("kissa123", cheap) and not check_password("kissa124", cheap)


def test_sessions_expire_when_idle_and_when_old() -> None:
    sessions = Sessions(idle_s=60, max_s=300)
    s = sessions.login(None, now=0)
    assert sessions.get(s.token, 59) is s  # each use keeps it alive
    assert sessions.get(s.token, 118) is s
    assert sessions.get(s.token, 179) is None  # idle for 61 s
    s = sessions.login(None, now=1000)
    for t in range(1050, 1300, 50):
        assert sessions.get(s.token, t) is s
    assert sessions.get(s.token, 1301) is None  # older than max_s, however busy
    assert sessions.get("made-up", 1301) is None and sessions.get(None, 1301) is None


def test_login_gives_a_new_token_and_logout_ends_it() -> None:
    sessions = Sessions()
    anonymous = sessions.new(0)
    assert not anonymous.trainer
    trainer = sessions.login(anonymous, 1)
    assert trainer.trainer and trainer.token != anonymous.token
    assert sessions.get(anonymous.token, 2) is None  # a cookie planted before is worthless
    sessions.logout(trainer)
    assert sessions.get(trainer.token, 3) is None


def test_anonymous_sessions_are_capped() -> None:
    sessions = Sessions(max_anonymous=10)
    trainer = sessions.login(None, 0)
    made = [sessions.new(1) for _ in range(50)]
    assert len(sessions) == 11 and sessions.get(trainer.token, 2) is trainer
    assert sessions.get(made[0].token, 2) is None and sessions.get(made[-1].token, 2)


def test_csrf_token_must_match_the_session() -> None:
    sessions = Sessions()
    s, other = sessions.new(0), sessions.new(0)
    assert csrf_ok(s, s.csrf)
    assert not csrf_ok(s, other.csrf) and not csrf_ok(s, "") and not csrf_ok(s, None)
    assert not csrf_ok(None, s.csrf)


def test_wrong_passwords_slow_the_client_down_and_no_one_else() -> None:
    throttle = Throttle(free=3, max_wait_s=8, forget_s=600)
    for _ in range(3):
        assert throttle.wait("10.0.0.1", 0) == 0
        throttle.failed("10.0.0.1", 0)
    assert throttle.wait("10.0.0.1", 0) == 0  # three are free
    waits = []
    for n in range(6):
        throttle.failed("10.0.0.1", 100 * n)
        waits.append(throttle.wait("10.0.0.1", 100 * n))
    assert waits == [1, 2, 4, 8, 8, 8]  # doubling, up to the cap
    assert throttle.wait("10.0.0.1", 503) == 5
    assert throttle.wait("10.0.0.2", 500) == 0  # per client
    assert throttle.wait("10.0.0.1", 500 + 601) == 0  # forgotten after a quiet while
    throttle.failed("10.0.0.3", 0)
    throttle.succeeded("10.0.0.3")
    assert throttle.wait("10.0.0.3", 0) == 0


def test_the_first_wait_sets_the_doubling() -> None:
    throttle = Throttle(free=1, first_wait_s=0.25, max_wait_s=1)  # valkky console --login-wait
    waits = []
    for n in range(5):
        throttle.failed("10.0.0.1", 10 * n)
        waits.append(throttle.wait("10.0.0.1", 10 * n))
    assert waits == [0, 0.25, 0.5, 1, 1]
