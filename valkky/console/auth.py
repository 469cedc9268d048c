"""The console's locks: the trainer's password, sessions that expire, CSRF tokens, and a
slowdown for repeated wrong passwords. No web framework here: the middleware in
``console.app`` uses these with a clock it is handed, so tests drive time.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from valkky.errors import ConfigError
from valkky.private import private_dir, private_fd

PASSWORD_ENV = "VALKKY_CONSOLE_PASSWORD"
PASSWORD_FILE = "console-password"  # in the data dir, mode 0600
MIN_PASSWORD = 8

# scrypt at 16 MiB: about 50 ms a check here, enough to make guessing a stolen file slow
SCRYPT_N, _R, _P = 2**14, 8, 1
_SCHEME = "scrypt"


def hash_password(password: str, *, salt: bytes | None = None,
                  cost: int = SCRYPT_N) -> str:
    """``scrypt$N$r$p$salt$hash`` (hex), with a fresh 16-byte salt. ``cost`` is scrypt's N
    (a power of two): every caller in the runtime keeps the default; the hash says which
    it was, so ``check_password`` needs no setting. Tests of what lies behind the login
    pass a small one: a check at the real cost takes 50 ms of CPU."""
    salt = secrets.token_bytes(16) if salt is None else salt
    digest = hashlib.scrypt(password.encode(), salt=salt, n=cost, r=_R, p=_P, dklen=32)
    return f"{_SCHEME}${cost}${_R}${_P}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches ``stored`` (from ``hash_password``), compared in
    constant time."""
    try:
        scheme, n, r, p, salt, digest = stored.strip().split("$")
        if scheme != _SCHEME:
            return False
        got = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r),
                             p=int(p), dklen=len(bytes.fromhex(digest)))
    except ValueError:
        return False
    return hmac.compare_digest(got, bytes.fromhex(digest))


def password_file(data_dir: Path) -> Path:
    return data_dir / PASSWORD_FILE


def write_password(path: Path, password: str) -> None:
    """Store the password's salted hash at ``path``, mode 0600 (replacing any)."""
    if len(password) < MIN_PASSWORD:
        raise ConfigError(f"the console's password needs at least {MIN_PASSWORD} characters")
    private_dir(path.parent)
    tmp = path.with_name(path.name + ".new")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o600)
        with open(fd, "w", encoding="ascii") as f:
            private_fd(fd)
            f.write(hash_password(password) + "\n")
            f.flush()
            os.fsync(fd)
        os.replace(tmp, path)
    except OSError as exc:
        raise ConfigError(f"cannot write the console's password file {path}: "
                          f"{exc.strerror}") from None


def load_password(env: dict[str, str] | os._Environ[str], path: Path) -> str:
    """The stored hash to check logins against: from ``VALKKY_CONSOLE_PASSWORD`` (hashed
    here, so both sources are checked the same way) or the file ``valkky console passwd``
    writes. Neither: ConfigError saying how to set one."""
    if env.get(PASSWORD_ENV):
        return hash_password(env[PASSWORD_ENV])
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        raise ConfigError(f"the console needs a password: run `valkky console passwd` (it "
                          f"writes {path}), or set {PASSWORD_ENV}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the console's password file {path}: {exc}") from None
    if not text.startswith(_SCHEME + "$") or text.count("$") != 5:
        raise ConfigError(f"{path} is not a password file of `valkky console passwd`: run it "
                          "again to set the password")
    return text


@dataclass
class Session:
    """A browser's session: anonymous (only the login form's CSRF token) until login."""

    token: str
    csrf: str
    created: float
    seen: float
    trainer: bool = False


@dataclass
class Sessions:
    """Sessions by their cookie token, in memory (a restart logs everyone out).

    A session unused for ``idle_s`` or older than ``max_s`` is gone. Anonymous sessions
    (for the login form) are capped, oldest dropped first, so nobody fills memory."""

    idle_s: float = 30 * 60
    max_s: float = 12 * 3600
    max_anonymous: int = 1000
    _all: OrderedDict[str, Session] = field(default_factory=OrderedDict)

    def get(self, token: str | None, now: float) -> Session | None:
        s = self._all.get(token or "")
        if s is None:
            return None
        if now - s.seen > self.idle_s or now - s.created > self.max_s:
            del self._all[s.token]
            return None
        s.seen = now
        self._all.move_to_end(s.token)
        return s

    def new(self, now: float, *, trainer: bool = False) -> Session:
        s = Session(secrets.token_urlsafe(32), secrets.token_urlsafe(32), now, now, trainer)
        self._all[s.token] = s
        self._prune(now)
        return s

    def login(self, old: Session | None, now: float) -> Session:
        """A fresh session for the trainer (a new token: a cookie planted before login
        is worth nothing after)."""
        if old is not None:
            self._all.pop(old.token, None)
        return self.new(now, trainer=True)

    def logout(self, s: Session) -> None:
        self._all.pop(s.token, None)

    def _prune(self, now: float) -> None:
        anonymous = [t for t, s in self._all.items() if not s.trainer]
        for token in anonymous[: max(0, len(anonymous) - self.max_anonymous)]:
            del self._all[token]
        for token, s in list(self._all.items()):
            if now - s.seen > self.idle_s or now - s.created > self.max_s:
                del self._all[token]

    def __len__(self) -> int:
        return len(self._all)


def csrf_ok(session: Session | None, sent: str | None) -> bool:
    return session is not None and bool(sent) and hmac.compare_digest(
        session.csrf.encode(), (sent or "").encode())


@dataclass
class _Failures:
    count: int = 0
    until: float = 0.0  # no check before this
    last: float = 0.0


@dataclass
class Throttle:
    """Wrong passwords, per client: the first ``free`` cost nothing; then each makes the
    client wait twice as long before its next try (``first_wait_s``: 1 s, 2 s, 4 s… up to
    ``max_wait_s``). Forgotten after ``forget_s`` without a failure, or on a right password."""

    free: int = 3
    first_wait_s: float = 1.0
    max_wait_s: float = 60.0
    forget_s: float = 3600.0
    max_clients: int = 10_000
    _by: OrderedDict[str, _Failures] = field(default_factory=OrderedDict)

    def wait(self, client: str, now: float) -> float:
        """Seconds ``client`` must wait before its password is checked."""
        f = self._by.get(client)
        if f is None:
            return 0.0
        if now - f.last > self.forget_s:
            del self._by[client]
            return 0.0
        return max(0.0, f.until - now)

    def failed(self, client: str, now: float) -> None:
        f = self._by.pop(client, None) or _Failures()
        f.count += 1
        f.last = now
        over = f.count - self.free
        f.until = now + (min(self.max_wait_s, self.first_wait_s * 2.0 ** (over - 1))
                         if over > 0 else 0.0)
        self._by[client] = f
        while len(self._by) > self.max_clients:
            self._by.popitem(last=False)

    def succeeded(self, client: str) -> None:
        self._by.pop(client, None)
