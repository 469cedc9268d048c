"""What the progress store raises, whichever database holds the progress (SQLite or
PostgreSQL): one message that says why and what to do."""

from __future__ import annotations

from valkky.errors import ValkkyError


class StoreError(ValkkyError):
    """The progress database cannot be used; the message says why and what to do."""


class UnknownLearner(StoreError):
    pass


class LearnerExists(StoreError):
    pass


class SessionBusy(StoreError):
    """The learner's session of a lesson is live in another run."""


class ErasureIncomplete(StoreError):
    """Rows are deleted, but another process's snapshot keeps old copies in the files."""
