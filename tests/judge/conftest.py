"""The judge tests' shared fixture: the golden calls judged once per test process."""

from __future__ import annotations

import pytest

from tests.judge.golden import ColdPass, cold_pass


@pytest.fixture(scope="session")
def golden_judgements() -> ColdPass:
    """Every golden call judged once, caches cold, in the file's order (golden.cold_pass):
    the golden test and the agreement test read the same judgements. A shared block of its
    own in the suite's order (tests/longest_first.py), so both run in one worker."""
    return cold_pass()
