"""Files that hold learners' data, readable by their owner only, whatever the umask.

The progress database and its side files, the event log, exports and reports: created
mode 0600 in folders made 0700 (docs/progress.md, "Who can read it").
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def private_dir(directory: Path, *, tighten: bool = False) -> None:
    """Make ``directory`` and any missing parents mode 0700; with ``tighten`` also an
    existing one we own (the data dir is ours; a folder given with --db may be shared)."""
    missing = []
    for d in (directory, *directory.parents):
        if d.exists():
            break
        missing.append(d)
    for d in reversed(missing):
        try:
            d.mkdir(mode=0o700)
        except FileExistsError:  # made meanwhile by another run
            continue
        os.chmod(d, 0o700)  # mkdir's mode passes through the umask
    if tighten and not missing:
        st = directory.stat()
        if st.st_uid == os.getuid() and stat.S_IMODE(st.st_mode) & 0o077:
            os.chmod(directory, 0o700)


def private_file(path: Path, *, create: bool = True) -> None:
    """With ``create``, make ``path`` an empty file of mode 0600 if it does not exist;
    without, take group and other access from an existing regular file we own (never a
    device such as /dev/null).

    An existing file is changed by its path, never opened: closing any descriptor of a
    database file drops the POSIX locks SQLite holds on it in this process.
    """
    if create:
        try:
            fd = os.open(path, os.O_RDONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
        except FileExistsError:
            return
        try:  # new: no connection of this process can hold a lock on it yet
            os.fchmod(fd, 0o600)  # the umask may have taken more than group and other
        finally:
            os.close(fd)
        return
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISREG(st.st_mode) and st.st_uid == os.getuid() \
            and stat.S_IMODE(st.st_mode) & 0o077:
        os.chmod(path, stat.S_IMODE(st.st_mode) & 0o700)


def private_fd(fd: int) -> None:
    """Take group and other access from an open regular file we own."""
    st = os.fstat(fd)
    if stat.S_ISREG(st.st_mode) and st.st_uid == os.getuid() \
            and stat.S_IMODE(st.st_mode) & 0o077:
        os.fchmod(fd, stat.S_IMODE(st.st_mode) & 0o700)
