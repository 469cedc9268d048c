"""Kinds mended at stop 56 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py: none lost)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table


# SAFETY: a report of the fall that says the learner lifted the resident alone, its "yksin"
# unsaid, is the lesson's mistake however the lifting is told (hoiva-raportti raportti's
# lifting forms); a past verb before the deed in its clause tells what happened, no way of
# doing it ("Aino kaatui. Nostin hänet…": "kaatui" names the topic "kaatua"); a no's past
# participle after a comma is the no's verb ("…, kukaan ei auttanut"); a time beside the
# deed adds no helper. Lifting with the nurse, or after she examined, stays right.
@as_table(("answer", "verdict"), [
    ("Aino kaatui aamulla, minä nostin hänet sänkyyn, kukaan ei auttanut.", "wrong"),
    ("Aino kaatui aamulla, mä nostin sen sänkyyn, kukaan ei auttanu.", "wrong"),
    ("Aino kaatui. Nostin hänet sänkyyn kello kahdeksan.", "wrong"),
    ("Aino kaatui huoneessa, autoin hänet ylös", "wrong"),
    ("Aino kaatui. Hän oli lattialla ja nostin hänet sänkyyn.", "wrong"),
    ("Löysin Ainon lattialta ja sen lonkkaan sattui, nostin sen ylös.", "wrong"),
    ("Aino kaatui aamulla, minä nostin hänet sänkyyn, en pyytänyt apua.", "wrong"),
    ("Aino kaatui aamulla. Lonkkaan sattui ja hoitaja tutki hänet.", "correct"),
    ("Aino kaatui aamulla. Hoitaja tutki hänet ja nostimme hänet yhdessä nostolaitteella "
     "sänkyyn.", "correct"),
    ("Aino kaatui aamulla. Me nostimme hänet hoitajan kanssa sänkyyn.", "correct"),
    ("Aino kaatui. Nostin hänet yhdessä hoitajan kanssa sänkyyn.", "correct"),
    ("Aino kaatui huoneessa. En nostanut häntä yksin, hoitaja tuli.", "correct"),
    ("Löysin Ainon lattialta. Lonkkaan sattui, en nostanut häntä vaan hälytin hoitajan.",
     "correct"),
])
def test_a_fall_reported_with_the_lifting_done_alone(answer: str, verdict: str) -> None:
    assert judged_on("hoiva-raportti raportti", answer).verdict == verdict
