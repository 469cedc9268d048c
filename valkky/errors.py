"""The small error vocabulary. The CLI turns each into one clear line, never a traceback."""

from __future__ import annotations

from dataclasses import dataclass

# Exit statuses, the same for every command: 0 success, 1 a problem the message explains
# (or a robot side that cannot go on: its supervisor restarts it), 2 wrong usage,
# 130 Ctrl-C and 143 SIGTERM (128 + the signal, as a shell reports them).
EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 1, 2, 130, 143


class ValkkyError(Exception):
    """A problem the user can fix; its message says what to do."""


MAX_MESSAGE = 500  # a message quotes what a file says: never a whole 200 kB value


def printable(text: str, limit: int | None = None) -> str:
    """``text`` safe to print on one terminal line: control characters (an escape
    sequence in a lesson file, a newline in a key) shown escaped, and cut at ``limit``."""
    out = "".join(c if c.isprintable() else repr(c)[1:-1] for c in
                  (text if limit is None else text[: limit + 1]))
    return out if limit is None or len(out) <= limit else out[:limit] + "…"


@dataclass
class Problem:
    """One finding about a file: an error, a warning or a notice at a line and column
    (1-based)."""

    path: str
    line: int
    col: int
    message: str
    severity: str = "error"  # "error" | "warning" | "notice"

    def __str__(self) -> str:
        return (f"{printable(self.path)}:{self.line}:{self.col}: {self.severity}: "
                f"{printable(self.message, MAX_MESSAGE)}")

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

    def __init__(self, problems: list[Problem], message: str | None = None):
        """``message``: what to say instead of the first problem (where every problem was
        shown already)."""
        self.problems = problems
        first = problems[0] if problems else None
        super().__init__(message or (str(first) if first else "invalid lesson"))


class ConfigError(ValkkyError):
    """A bad configuration file, flag or environment value."""


class UsageError(ConfigError):
    """Wrong usage of a command, as argparse refuses it but found by the command itself: a
    flag or argument missing, two that do not go together, a flag's value not one it
    takes. Exit status 2 (EXIT_USAGE), as every usage error of every command."""


class AdapterError(ValkkyError):
    """An adapter (speech, audio, robot link, store) cannot start or went away."""


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the run is so that it stops as on Ctrl-C: the session ends
    ``stopped``, resumable, with every answer judged so far committed. A KeyboardInterrupt,
    so that the code that stops a session on Ctrl-C stops it here too."""
