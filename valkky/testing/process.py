"""Driving a `valkky run` in another process, as a learner at a terminal would, or in
this one: with its standard input a real pipe (``piped_stdin``), as `… | valkky run` has
it, or its session on a thread of its own (``ThreadedRun``)."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import threading
from collections.abc import Iterator, Mapping
from typing import TextIO


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


class ThreadedRun:
    """`valkky ARGV` (a `run`) in this process: its flags parsed and its settings built as
    the CLI does (from ``env``), the session opened by ``launch.open_run`` and run on a
    thread. The real runtime and its adapters, without a process's start (python, imports,
    the lesson library: ≈ 1.5 s of CPU each), where the process is not what is tested. Its
    terminal: ``stdin`` and an output of its own (``output()``)."""

    def __init__(self, argv: list[str], stdin: TextIO, env: Mapping[str, str] | None = None):
        from valkky import cli, launch, settings

        args = cli._parser().parse_args(argv)
        args.settings = settings.build(args, env=os.environ if env is None else env)
        self.out = io.StringIO()
        self._cleanup = contextlib.ExitStack()
        try:
            self.session = launch.open_run(args, args.settings, stdin, self.out, self._cleanup)
        except BaseException:
            self._cleanup.close()
            raise
        self.code: int | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, daemon=True, name="valkky-run")
        self._thread.start()

    def _run(self) -> None:
        try:
            self.code = self.session.run()
        except BaseException as exc:  # raised in the test's thread by wait() and close()
            self._error = exc

    def output(self) -> str:
        """What the session printed so far."""
        return self.out.getvalue()

    def alive(self) -> bool:
        return self._thread.is_alive()

    def join(self, timeout: float) -> None:
        """Wait (bounded) for the session's end."""
        self._thread.join(timeout)

    def wait(self, timeout: float = 15) -> tuple[int, str]:
        """The session's end: its exit status and what it printed, once what the CLI
        closes at the end is closed."""
        self._thread.join(timeout)
        assert not self._thread.is_alive(), "the session did not end"
        self.close()
        assert self.code is not None
        return self.code, self.output()

    def close(self) -> None:
        """Close what the session opened (the session has ended, or ends by it); an error
        the session raised is raised here."""
        self._cleanup.close()
        if self._error is not None:
            error, self._error = self._error, None
            raise error
