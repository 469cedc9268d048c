"""The library's lint report, made once per test process (``valkky.testing.library``):
tests/lessons/ reads it, never changes it."""

from valkky.testing.library import bundled_lesson, library_report

__all__ = ["bundled_lesson", "library_report"]
