"""The small error vocabulary. The CLI turns each into one clear line, never a traceback."""

from __future__ import annotations

from dataclasses import dataclass


class ValkkyError(Exception):
    """A problem the user can fix; its message says what to do."""


@dataclass
class Problem:
    """One finding about a file: an error or a warning at a line and column (1-based)."""

    path: str
    line: int
    col: int
    message: str
    severity: str = "error"  # "error" | "warning"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.severity}: {self.message}"

    def to_json(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "severity": self.severity,
            "message": self.message,
        }


class LessonError(ValkkyError):
    """A lesson that cannot be used; carries every problem found in it."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        first = problems[0] if problems else None
        super().__init__(str(first) if first else "invalid lesson")


class ConfigError(ValkkyError):
    """A bad configuration file, flag or environment value."""


class AdapterError(ValkkyError):
    """An adapter (speech, audio, robot link, store) cannot start or went away."""


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the run is so that it stops as on Ctrl-C: the session ends
    ``stopped``, resumable, with every answer judged so far committed. A KeyboardInterrupt,
    so that the code that stops a session on Ctrl-C stops it here too."""
