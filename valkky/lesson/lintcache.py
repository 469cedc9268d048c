"""Lint results kept between commands: `valkky lessons`, `plan`, `doctor` and `lint` read
the whole library each time (the better part of a second), and most of it has not changed
since the last call.

A file's result is used again only when everything it depends on is the same: the file's
bytes and its path (the messages name it), the library's gesture and profession names, the
images in the lesson's folder, the installed picture sets and the lint code itself (any
module of the package; a different Python). Anything else is linted afresh. A cache that is
missing, corrupt, of another version or not writable is ignored: lint then works as it
does without one. It lives in ``$VALKKY_CACHE_DIR``, else ``$XDG_CACHE_HOME/valkky`` (a
cache, not data: deleting it loses nothing). It is a pickle, and loading a pickle runs
whatever code its writer put there: so it is read only when no one but this user could
have written it (the file and its folder this user's, neither writable by group or
others; a foreign one is ignored as a corrupt one is), and written mode 0600.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from valkky.errors import Problem
from valkky.lesson.checker import IMAGE_SUFFIXES, Library
from valkky.lesson.loader import check_file
from valkky.lesson.model import Lesson

FORMAT = 2  # 2: each result pickled on its own
FILE_NAME = "lint.pickle"
MAX_ENTRIES = 400  # files kept, the most recently linted: a library or two and a few more
MAX_WALK = 2000  # entries looked at for a lesson folder's images; more: that file uncached

Checked = tuple[Lesson | None, list[Problem]]


def cache_dir() -> Path:
    base = os.environ.get("VALKKY_CACHE_DIR")
    if base:
        return Path(base)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "valkky"


def library_key(library: Library) -> str:
    """The library's names in an order that is the same in every process."""
    return repr([None if names is None else sorted(names)
                 for names in (library.gestures, library.professions)])


def _stamp(path: Path) -> str:
    try:
        st = path.stat()
    except OSError:
        return f"{path}:-"
    return f"{path}:{st.st_size}:{st.st_mtime_ns}"


def code_version() -> str:
    """Changes with any module of the package, the Python and the installed picture sets."""
    from valkky import pictures

    h = hashlib.sha256(_package_version().encode())
    for folder in (pictures._svg_dir(), pictures._ghs_dir()):
        h.update((_stamp(folder) if folder else "-").encode())
    return h.hexdigest()


@functools.cache
def _package_version() -> str:
    """The package's modules (by size and time) and the Python, read once a process: the
    code it runs is what it loaded (a module edited since runs only in a new process).
    Looked through at each cache opened, ≈ 3 ms of CPU (every `valkky lessons` a console
    or a test runs in-process: ≈ 80 a suite run)."""
    package = Path(__file__).resolve().parent.parent
    h = hashlib.sha256(f"{FORMAT} {sys.version} {pickle.HIGHEST_PROTOCOL}".encode())
    for module in sorted(package.rglob("*.py")):
        h.update(_stamp(module).encode())
    return h.hexdigest()


def read_own(path: Path) -> bytes | None:
    """``path``'s bytes if only this user could have written them, else None (missing,
    unreadable, or the file or its folder another user's or writable by group or others).
    The folder is opened first and the file found in it, not by its path again, so neither
    can be swapped between the check and the read."""
    try:
        folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        if not _only_mine(os.fstat(folder)):
            return None
        # no link followed, and no wait on a FIFO put there
        fd = os.open(path.name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC,
                     dir_fd=folder)
        with open(fd, "rb") as f:
            st = os.fstat(fd)
            return f.read() if stat.S_ISREG(st.st_mode) and _only_mine(st) else None
    except OSError:
        return None
    finally:
        os.close(folder)


def _only_mine(st: os.stat_result) -> bool:
    return st.st_uid == os.getuid() and not st.st_mode & 0o022


# What this process last read or wrote of each cache file, under the file's identity: a
# cache opened again in the same process (each command that tests or the console run
# in-process lints the library) and unchanged since is not read again, nor its results
# unpickled again (the results read so far, by name and key, go with it). A writer
# replaces the file (a new inode); a chmod or chown changes the identity too, so the
# ownership check is made again.
_SEEN_MAX = 8
_Entries = dict[str, tuple[str, bytes]]  # a file's name → its key, its result pickled
_Decoded = dict[tuple[str, str], Any]  # (name, key) → that result, unpickled
_seen: dict[Path, tuple[tuple[int, ...], str, _Entries, _Decoded]] = {}
_MISSING = object()


def _identity(path: Path, st: os.stat_result) -> tuple[int, ...]:
    """The file's, with its folder's owner and mode (read_own checks both)."""
    folder = os.stat(path.parent)
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_mode, st.st_uid,
            folder.st_mode, folder.st_uid)


def _remember(path: Path, identity: tuple[int, ...], version: str, entries: _Entries,
              decoded: _Decoded) -> None:
    _seen.pop(path, None)
    _seen[path] = (identity, version, dict(entries), decoded)
    while len(_seen) > _SEEN_MAX:
        _seen.pop(next(iter(_seen)))


class LintCache:
    """Results by file: ``checked(path, library)`` gives the kept result or checks the
    file and keeps it; ``save()`` writes what changed.

    Each result is pickled on its own, when it is made, and unpickled only when asked
    for: saving after one file was linted again writes the others' bytes as they were
    read, not the whole library pickled again (≈ 25 ms of CPU for the bundled one), and a
    command that lints a file or two unpickles only theirs."""

    def __init__(self, where: Path | None = None) -> None:
        self.path = (where or cache_dir()) / FILE_NAME
        self.version = code_version()
        self.entries: _Entries = {}
        self._decoded: _Decoded = {}
        self.changed = False
        self._images: dict[Path, str | None] = {}
        try:
            identity = _identity(self.path, os.stat(self.path))  # before the read: a
        except OSError:  # file replaced between them is read again next time
            identity = None
        seen = _seen.get(self.path)
        if identity and seen and seen[:2] == (identity, self.version):
            self.entries, self._decoded = dict(seen[2]), seen[3]
            return
        try:
            raw = read_own(self.path)
            data = pickle.loads(raw) if raw is not None else None
            if (isinstance(data, dict) and data.get("version") == self.version
                    and isinstance(data.get("entries"), dict)):
                self.entries = data["entries"]
                if identity:
                    _remember(self.path, identity, self.version, self.entries,
                              self._decoded)
        except Exception:  # corrupt: start empty
            self.entries = {}

    def checked(self, path: Path, library: Library) -> Checked:
        """``check_file(path, library)``, kept or made now and kept."""
        key = self._key(path, library_key(library))
        if key is None:
            return check_file(path, library)
        return self._kept(str(path), key, lambda: check_file(path, library),
                          lambda r: (r[0], list(r[1])))

    def folder_result(self, folder: Path, compute: Callable[[Path], list[Problem]]
                      ) -> list[Problem]:
        """``compute(folder)``'s problems about the files of ``folder`` (the shared lexicon)."""
        h = hashlib.sha256()
        try:
            for file in sorted(p for p in folder.rglob("*") if p.is_file()):
                h.update(str(file).encode() + b"\0" + file.read_bytes() + b"\0")
        except OSError:
            return compute(folder)
        return self._kept(f"folder:{folder}", h.hexdigest(), lambda: compute(folder), list)

    def _kept(self, name: str, key: str, compute: Callable[[], Any],
              copy: Callable[[Any], Any]) -> Any:
        """The value kept under ``name`` for ``key`` (a copy: callers may change it), or
        ``compute()``'s, kept."""
        found = self.entries.get(name)
        if found is not None and found[0] == key:
            kept = self._decoded.get((name, key), _MISSING)
            if kept is _MISSING:
                try:
                    kept = pickle.loads(found[1])
                except Exception:  # a damaged entry: made again
                    kept = _MISSING
                else:
                    self._decoded[(name, key)] = kept
            if kept is not _MISSING:
                return copy(kept)
        value = compute()
        kept = copy(value)
        try:
            pickled = pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # cannot be kept: lint stays correct without it
            return value
        old = self.entries.pop(name, None)  # newest last: save() keeps the last MAX_ENTRIES
        if old is not None:
            self._decoded.pop((name, old[0]), None)
        self.entries[name] = (key, pickled)
        self._decoded[(name, key)] = kept
        self.changed = True
        return value

    def _key(self, path: Path, extra: str) -> str | None:
        try:
            content = path.read_bytes()
        except OSError:
            return None  # lint says what is wrong with it
        images = self._images_of(path.parent)
        if images is None:
            return None
        h = hashlib.sha256(content)
        h.update(f"\0{extra}\0{images}".encode())
        return h.hexdigest()

    def _images_of(self, folder: Path) -> str | None:
        """The images a lesson in ``folder`` may name (in it or below), by size and time;
        None for a folder too big to look through each time."""
        folder = folder.resolve()
        if folder not in self._images:
            stamps: list[str] = []
            seen = 0
            for root, dirs, files in os.walk(folder):
                seen += len(dirs) + len(files)
                if seen > MAX_WALK:
                    self._images[folder] = None
                    break
                stamps.extend(_stamp(Path(root) / f) for f in files
                              if f.lower().endswith(IMAGE_SUFFIXES))
            else:
                self._images[folder] = "\n".join(sorted(stamps))
        return self._images[folder]

    def save(self) -> None:
        """Write the entries if any changed; a failure leaves the cache as it was."""
        if not self.changed:
            return
        entries = dict(list(self.entries.items())[-MAX_ENTRIES:])  # the oldest go
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".lint-", dir=self.path.parent)  # mode 0600
            try:
                with os.fdopen(fd, "wb") as f:
                    pickle.dump({"version": self.version, "entries": entries}, f,
                                protocol=pickle.HIGHEST_PROTOCOL)
                    f.flush()
                    written = _identity(self.path, os.fstat(f.fileno()))
                os.replace(tmp, self.path)  # whole, even with another command writing
                _remember(self.path, written, self.version, entries, self._decoded)
            except BaseException:
                os.unlink(tmp)
                raise
        except Exception:  # not writable, disk full: lint stays correct
            pass
