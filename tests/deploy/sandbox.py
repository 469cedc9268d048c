"""Run a program inside the parts of a unit's sandbox that need no systemd:

    /usr/bin/python3 tests/deploy/sandbox.py UNIT_FILE -- PROGRAM [ARG...]

From the unit file: SystemCallFilter= (groups expanded by `systemd-analyze
syscall-filter`, the same allow-list-then-remove rules as systemd), SystemCallErrorNumber=,
RestrictAddressFamilies= (on socket(2)), MemoryDenyWriteExecute= (as the kernel's
PR_SET_MDWE), NoNewPrivileges= and UMask=. The rest (users, mounts, devices) needs systemd
as PID 1 and is left out. Needs libseccomp's Python module (Debian: python3-seccomp), so
it runs under the system's python3, not the project's venv; the program then runs as
itself through execve, inside the filter, as under systemd.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import socket
import subprocess
import sys

PR_SET_NO_NEW_PRIVS = 38
PR_SET_MDWE = 65
PR_MDWE_REFUSE_EXEC_GAIN = 1


def settings(path: str) -> list[tuple[str, str]]:
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f.read().replace("\\\n", " ").splitlines():
            line = line.strip()
            if line and line[0] not in "#;[" and "=" in line:
                key, value = line.split("=", 1)
                out.append((key.strip(), value.strip()))
    return out


def groups() -> dict[str, list[str]]:
    """Every @group of `systemd-analyze syscall-filter` with its members."""
    text = subprocess.run(["systemd-analyze", "syscall-filter", "--no-pager"],
                          capture_output=True, text=True, check=True).stdout
    found: dict[str, list[str]] = {}
    members: list[str] = []
    for line in text.splitlines():
        word = line.strip()
        if not word or word.startswith("#"):
            continue
        if not line[0].isspace():
            members = found.setdefault(word, [])
        else:
            members.append(word)
    return found


def expand(name: str, table: dict[str, list[str]]) -> set[str]:
    """A system call name, or every call in a @group (recursively)."""
    if not name.startswith("@"):
        return {name}
    return set().union(*(expand(n, table) for n in table[name]))


def allowed_calls(values: list[str]) -> set[str] | None:
    """systemd's rule: the first line decides allow- or deny-list; later lines add to or
    take from it. Only allow-lists are supported here (the units use one)."""
    if not values:
        return None
    assert not values[0].startswith("~"), "only allow-list filters are supported"
    allowed: set[str] = set()
    table = groups()
    for value in values:
        remove = value.startswith("~")
        names = set().union(*(expand(n, table) for n in value.lstrip("~").split()))
        allowed = allowed - names if remove else allowed | names
    return allowed


def main(argv: list[str]) -> None:
    unit, sep, program = argv[0], argv[1], argv[2:]
    assert sep == "--" and program, __doc__
    s = settings(unit)
    values = dict(s)
    libc = ctypes.CDLL(None, use_errno=True)
    if "UMask" in values:
        os.umask(int(values["UMask"], 8))
    if values.get("MemoryDenyWriteExecute") == "yes" and \
            libc.prctl(PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_MDWE)")
    if values.get("NoNewPrivileges") == "yes" or "SystemCallFilter" in values:
        assert libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0
    allowed = allowed_calls([v for k, v in s if k == "SystemCallFilter"])
    if allowed is not None:
        import seccomp

        error = getattr(errno, values.get("SystemCallErrorNumber", ""), None)
        f = seccomp.SyscallFilter(defaction=seccomp.ERRNO(error) if error else
                                  seccomp.KILL_PROCESS)
        families = values.get("RestrictAddressFamilies", "").split()
        for call in sorted(allowed):
            if call == "socket" and families:
                for family in families:
                    f.add_rule(seccomp.ALLOW, "socket",
                               seccomp.Arg(0, seccomp.EQ, int(getattr(socket, family))))
                continue
            with contextlib.suppress(RuntimeError, ValueError, OSError):
                f.add_rule(seccomp.ALLOW, call)  # fails for calls this architecture lacks
        f.load()
    os.execvp(program[0], program)


if __name__ == "__main__":
    main(sys.argv[1:])
