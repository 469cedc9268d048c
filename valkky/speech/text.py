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


class TextListener:
    def __init__(self, lines: Iterator[str] | None = None, *, interactive: bool = False,
                 prompt: str = "vastaus> ", out: TextIO | None = None):
        self._lines = lines
        self._interactive = interactive
        self._prompt = prompt
        self._out = out or sys.stdout

    @classmethod
    def from_file(cls, path: str) -> TextListener:
        try:
            with open(path, encoding="utf-8-sig") as f:
                lines = f.read().splitlines()
        except FileNotFoundError:
            raise ConfigError(f"--answers: no such file {path}") from None
        except UnicodeDecodeError:
            raise ConfigError(f"--answers: {path} is not UTF-8 text") from None
        except OSError as exc:
            raise ConfigError(f"--answers: cannot read {path}: {exc.strerror}") from None
        return cls(iter(lines))

    @classmethod
    def from_stdin(cls) -> TextListener:
        if sys.stdin.isatty():
            return cls(interactive=True)
        return cls(line.rstrip("\r\n") for line in sys.stdin)

    def listen(self, prompt: Prompt) -> Answer | None:
        if self._interactive:
            try:
                return Answer(input(self._prompt))
            except EOFError:
                self._out.write("\n")
                return None
        assert self._lines is not None
        line = next(self._lines, None)
        if line is None:
            return None
        self._out.write(f"{self._prompt}{line}\n")
        return Answer(line)

    def close(self) -> None:
        pass
