"""Kinds mended at stop 59 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py: none lost)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table


# a word with one letter left out is a slip, whatever else its letters read as: no
# possessive of another word, no extra word beside a shorter accepted answer where it is a
# slip of a fuller one's word (both trainers of sets 22, 26, 51)
@as_table(("step", "answer", "verdict"), [
    ("yleinen-tyovuoro step-17", "valitettavasi en voi", "almost"),
    ("yleinen-tyovuoro step-17", "valitettavasti en voi", "correct"),
    ("ravintola-asiakas maksu.4", "kyllä voitta", "almost"),
    ("ravintola-asiakas maksu.4", "kyllä voitte", "correct"),
    ("ravintola-asiakas maksu.4", "kyllä voi", "correct"),
    ("hoiva-ohjeet vuoro", "tiistaina iltavuoro", "correct"),
])
def test_a_letter_left_out(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
