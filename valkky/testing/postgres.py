"""A throwaway PostgreSQL server for tests and benches: initdb in a temporary folder, a
free loopback port, run as an unprivileged user (``nobody`` when we are root: the
server refuses to run as root), stopped and removed afterwards.

initdb is most of a server's start (≈ 3 s, the server itself ≈ 0.1 s): ``make_cluster``
runs it once into a folder that ``server(cluster=…)`` copies, so test processes that each
need a server of their own share one initdb. ``make test`` makes that folder once, not
once a run (``prepare_cluster``, run as ``python -m valkky.testing.postgres FOLDER``;
``prepared_cluster`` finds it). Servers live in RAM (/dev/shm) where the machine has it: a
cluster is 40 MB of small files.

The binaries are Debian's (``/usr/lib/postgresql/*/bin``, package ``postgresql``), or
on the PATH. ``find_bin()`` is None where there are none.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PASSWORD = "valkky-test"
SUPERUSER = "postgres"


def find_bin() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres, newest Debian version first."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                        key=lambda p: int(p.split("/")[-2]) if p.split("/")[-2].isdigit()
                        else 0, reverse=True)
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(str(Path(on_path).parent))
    for folder in candidates:
        if all(os.access(Path(folder) / b, os.X_OK) for b in ("initdb", "pg_ctl", "postgres")):
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    bin: Path
    folder: Path
    port: int
    user: str | None  # run as this user (we are root), else as ourselves

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, dbname: str = "postgres", user: str = SUPERUSER,
            password: str | None = PASSWORD) -> str:
        auth = f"{user}:{password}" if password is not None else user
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{dbname}"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, check=check,
                              cwd=self.folder, timeout=120)

    def start(self) -> None:
        opts = (f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} "
                f"{self.options}")
        done = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"),
                         "-o", opts, "-w", "-t", "60", "start", check=False)
        if done.returncode != 0:
            log = (self.folder / "log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"PostgreSQL did not start: {done.stderr.strip()}\n{log}")

    def stop(self, mode: str = "fast") -> None:
        """``immediate`` is a crash: no checkpoint, the server recovers from its WAL."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def sql(self, statement: str, dbname: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(dbname), autocommit=True) as conn:
            conn.execute(statement)

    options: str = ""


def query(url: str, sql: str) -> list[tuple[object, ...]]:
    """What ``sql`` selects at ``url``. psycopg is imported here, not at the top of a test
    module: every xdist worker collects every module, and only the database's tests need it."""
    import psycopg

    with psycopg.connect(url) as conn:
        return list(conn.execute(sql))


def _binaries() -> Path:
    binary = find_bin()
    if binary is None:
        raise RuntimeError("no PostgreSQL binaries (Debian: apt-get install postgresql)")
    return binary


def _owned_folder(in_ram: bool) -> tuple[Path, str | None]:
    """A new folder the server's user owns, and that user (None: ourselves). In RAM only
    without fsync: a bench that measures durable commits needs a disk under them."""
    ram = Path("/dev/shm")
    parent = ram if in_ram and ram.is_dir() and os.access(ram, os.W_OK) else None
    folder = Path(tempfile.mkdtemp(prefix="valkky-pg-", dir=parent))
    if os.geteuid() != 0:
        return folder, None
    entry = pwd.getpwnam("nobody")
    os.chown(folder, entry.pw_uid, entry.pw_gid)
    return folder, "nobody"


def _initdb(srv: Server, fsync: bool) -> None:
    pwfile = srv.folder / "pw"
    pwfile.write_text(PASSWORD + "\n")
    if srv.user:
        os.chown(pwfile, pwd.getpwnam(srv.user).pw_uid, -1)
    srv._run("initdb", "-D", str(srv.data), "-U", SUPERUSER, "--pwfile", str(pwfile),
             *INITDB_ARGS, *(() if fsync else ("--no-sync",)))


# how every cluster is made: a prepared one made otherwise is made again (``_made_by``)
INITDB_ARGS = ("--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C")


def make_cluster() -> Path:
    """initdb (as for ``server()``, fsync off) into a new folder: the cluster that
    ``server(cluster=…)`` copies. Removing it (its parent folder) is the caller's."""
    folder, user = _owned_folder(in_ram=True)
    _initdb(Server(_binaries(), folder, 0, user), fsync=False)
    return folder / "data"


@contextlib.contextmanager
def server(*, fsync: bool = False, cluster: Path | None = None) -> Iterator[Server]:
    """A running server (superuser ``postgres``, password PASSWORD, over TCP on
    127.0.0.1), gone afterwards. ``fsync=False`` is quicker for tests; benches keep it.
    ``cluster``: a copy of this folder (``make_cluster``) instead of an initdb of its own."""
    binary = _binaries()
    folder, user = _owned_folder(in_ram=not fsync)
    srv = Server(binary, folder, _free_port(), user)
    srv.options = "" if fsync else "-c fsync=off -c synchronous_commit=on"
    try:
        if cluster is None:
            _initdb(srv, fsync)
        else:  # owners and the 0700 mode kept, which the server insists on
            subprocess.run(["cp", "-a", str(cluster), str(srv.data)], check=True,
                           capture_output=True, timeout=120)
        for attempt in range(3):  # the free port may be taken before the server binds it
            try:
                srv.start()
                break
            except RuntimeError:
                if attempt == 2:
                    raise
                srv.port = _free_port()
        yield srv
    finally:
        with contextlib.suppress(Exception):
            srv.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)


def _made_by(binary: Path) -> str:
    """A cluster is for the binaries (their major version) and the options that made it."""
    return f"{binary}\n{' '.join(INITDB_ARGS)}\n"


def prepared_cluster(folder: Path) -> Path | None:
    """The cluster ``prepare_cluster`` left in ``folder``, if it is there and these
    binaries made it (None: make one)."""
    binary = find_bin()
    data = folder / "data"
    try:
        made_by = (folder / "made-by").read_text()
    except OSError:
        return None
    return data if binary is not None and made_by == _made_by(binary) else None


def prepare_cluster(folder: Path) -> str:
    """``make_cluster`` into ``folder`` once (kept while the binaries are the same), so
    each test run copies it instead of running initdb. What was done, in one line."""
    binary = find_bin()
    if binary is None:
        return "no PostgreSQL binaries: the database's tests will be skipped"
    if prepared_cluster(folder) is not None:
        return f"{folder}: ready"
    shutil.rmtree(folder, ignore_errors=True)
    made = make_cluster()
    try:  # made aside and moved in whole: a cluster cut short is never found
        folder.parent.mkdir(parents=True, exist_ok=True)
        part = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
        subprocess.run(["cp", "-a", str(made), str(part / "data")], check=True,
                       capture_output=True, timeout=120)
        (part / "made-by").write_text(_made_by(binary))
        part.rename(folder)
    finally:
        shutil.rmtree(made.parent, ignore_errors=True)
    return f"{folder}: made by {binary / 'initdb'}"


if __name__ == "__main__":  # pragma: no cover - `make test`: python -m … FOLDER
    print(prepare_cluster(Path(sys.argv[1])))
