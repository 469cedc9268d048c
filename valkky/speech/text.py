"""Text stand-ins for speech, for rehearsal and tests: answers typed or read from lines.

``TextListener`` is the ``--asr text`` adapter. It reads one answer per line from a file,
from a pipe, or typed at a terminal; an empty line is silence and the end of the input
stops the session (resumable).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import TextIO

from valkky.errors import ConfigError
from valkky.events import Answer, Prompt

# An answer is a sentence or two (the judge refuses over 300 characters as too long); a
# line is cut here, so that no input, however long its lines, is held whole in memory.
MAX_LINE = 1000
MAX_ANSWERS_FILE = 1_000_000


def bounded_lines(stream: TextIO, limit: int = MAX_LINE) -> Iterator[str]:
    """The stream's lines without their ends, each cut at ``limit`` characters (the rest
    of an overlong line is read in pieces and dropped)."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith("\n"):
            rest = line
            while rest and not rest.endswith("\n"):
                rest = stream.readline(65536)
        yield line[:limit].rstrip("\r\n")


class TextListener:
    """Typed answers: ``lines`` (a file, a pipe), or ``interactive``: a person at this
    process's terminal, read with ``input()`` for its line editing."""

    def __init__(self, lines: Iterator[str] | None = None, *, interactive: bool = False,
                 prompt: str = "vastaus> ", out: TextIO | None = None):
        self._lines = lines
        self._interactive = interactive
        self._prompt = prompt
        self._out = out or sys.stdout

    @classmethod
    def from_file(cls, path: str, out: TextIO | None = None) -> TextListener:
        try:
            with open(path, encoding="utf-8-sig") as f:
                text = f.read(MAX_ANSWERS_FILE + 1)
            if len(text) > MAX_ANSWERS_FILE:
                raise ConfigError(f"--answers: {path} is over {MAX_ANSWERS_FILE:,} characters; "
                                  "answers are one short line each")
            lines = [line[:MAX_LINE] for line in text.splitlines()]
        except FileNotFoundError:
            raise ConfigError(f"--answers: no such file {path}") from None
        except UnicodeDecodeError:
            raise ConfigError(f"--answers: {path} is not UTF-8 text") from None
        except OSError as exc:
            raise ConfigError(f"--answers: cannot read {path}: {exc.strerror}") from None
        return cls(iter(lines), out=out)

    def listen(self, prompt: Prompt) -> Answer | None:
        if self._interactive:
            try:
                return Answer(input(self._prompt), source="typed")
            except EOFError:
                self._out.write("\n")
                return None
        assert self._lines is not None
        line = next(self._lines, None)
        if line is None:
            return None
        self._out.write(f"{self._prompt}{line}\n")
        return Answer(line, source="scripted")

    def close(self) -> None:
        pass
