"""Where progress lives: a SQLite file path (the default) or a PostgreSQL URL.

Light on purpose (no database driver imported), and below both of its users:
``valkky.settings`` parses ``--db`` and ``[data] db`` with it, ``valkky.progress`` opens
and names databases with it.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from valkky.errors import ConfigError, UsageError

SCHEMES = ("postgresql", "postgres")
EXAMPLE = "postgresql://user@host:5432/dbname"
# --db's help, the same on every command that takes it (valkky.settings picks the default)
DB_HELP = ("progress database: a SQLite file (default: the settings file's [data] db, else "
           "progress.db in the data dir: [data] dir, $VALKKY_DATA_DIR, else "
           "$XDG_DATA_HOME/valkky or ~/.local/share/valkky) or a fleet's PostgreSQL, "
           f"{EXAMPLE} (password: PGPASSWORD or ~/.pgpass)")


def is_url(target: object) -> bool:
    return isinstance(target, str) and target.split("://", 1)[0].lower() in SCHEMES \
        and "://" in target


def parse_target(text: str | Path, where: str = "--db") -> Path | str:
    """A Path for SQLite, or the PostgreSQL URL as given; for anything else that looks like
    a URL (mysql://…, a URL without a database name, a bad port) an error naming ``where``
    it came from: a flag's (UsageError, exit status 2) or a settings file's key
    (ConfigError)."""
    if isinstance(text, Path):
        return text
    if "://" not in text:
        return Path(text)
    bad = UsageError if where.startswith("--") else ConfigError
    scheme = text.split("://", 1)[0]
    if scheme.lower() not in SCHEMES:
        raise bad(f"{where} takes a file path (SQLite) or a PostgreSQL URL like {EXAMPLE},"
                  f" not a {scheme[:20]}:// URL")
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as exc:
        raise bad(f"{where}: {redact(text)} is not a valid PostgreSQL URL ({exc}); "
                  f"use {EXAMPLE}") from None
    if not parts.hostname or not parts.path.strip("/"):
        raise bad(f"{where}: {redact(text)} needs a host and a database name, like "
                  f"{EXAMPLE}")
    return text


def redact(url: str) -> str:
    """The URL without its password, for messages and listings."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url.split("://", 1)[0] + "://…"
    if parts.password is None:
        return url
    user = unquote(parts.username or "")
    host = parts.netloc.rsplit("@", 1)[1]
    return parts._replace(netloc=f"{user}:***@{host}").geturl()
