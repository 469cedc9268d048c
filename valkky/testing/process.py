"""Driving a `valkky run` in another process, as a learner at a terminal would."""

from __future__ import annotations

import subprocess


def answer(proc: subprocess.Popen[str], text: str) -> None:
    """Type ``text`` (with its newlines) into the run's standard input."""
    assert proc.stdin is not None
    proc.stdin.write(text)
    proc.stdin.flush()


def finish(proc: subprocess.Popen[str], rest: str = "") -> tuple[int, str]:
    """Type ``rest``, close the input and wait (bounded) for the run to end: its exit
    status and what it wrote to standard error. A run that hangs is killed."""
    try:
        _, err = proc.communicate(rest, timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    return proc.returncode, err
