"""The kernel's own form of systemd's MemoryDenyWriteExecute= (PR_SET_MDWE, Linux 6.3+):
a process started with it can never map memory writable and executable, as under the
unit. Tests run the units' programs this way where the kernel has it."""

from __future__ import annotations

import ctypes
import functools
import subprocess

PR_SET_MDWE = 65
PR_MDWE_REFUSE_EXEC_GAIN = 1


def without_write_execute() -> None:
    """A subprocess preexec_fn: refuse writable+executable memory from here on."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_MDWE)")


@functools.cache
def mdwe_available() -> bool:
    """True if this kernel has PR_SET_MDWE (tried in a child, never in this process)."""
    try:
        subprocess.run(["true"], preexec_fn=without_write_execute, check=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return False
    return True
