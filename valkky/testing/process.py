"""Driving a `valkky run` in another process, as a learner at a terminal would, or in
this one with its standard input a real pipe (``piped_stdin``), as `… | valkky run` has it."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
from collections.abc import Iterator


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


@contextlib.contextmanager
def piped_stdin(text: str) -> Iterator[None]:
    """``sys.stdin`` a real pipe holding ``text`` and then its end, as a command started
    with ``… | valkky`` sees it (os.fstat says a FIFO); the old one put back after. A
    thread writes it: a pipe holds only 64 kB until it is read."""
    read_fd, write_fd = os.pipe()
    stdin = open(read_fd, encoding="utf-8")  # noqa: SIM115 - closed below

    def write() -> None:
        with open(write_fd, "w", encoding="utf-8") as f, contextlib.suppress(BrokenPipeError):
            f.write(text)

    writer = threading.Thread(target=write, name="piped-stdin", daemon=True)
    writer.start()
    old, sys.stdin = sys.stdin, stdin
    try:
        yield
    finally:
        sys.stdin = old
        stdin.close()  # a writer still blocked gets a broken pipe and ends
        writer.join(10)
