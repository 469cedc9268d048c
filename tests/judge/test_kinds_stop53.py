"""Kinds mended at stop 53 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py: none lost)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table


# a yes said by the question's own verb ("Onko jokin ongelma?" — "on, …") is "kyllä"
# before a clause of its own; not where the step's yes is wrong, nor before the answer's
# own words with no verb ("on rikki"), nor where an answer begins with that verb
@as_table(("step", "answer", "verdict"), [
    ("kauppa-turvallisuus rullakko-rikki", "on, rullakko on rikki, en käytä sitä", "correct"),
    ("kauppa-turvallisuus rullakko-rikki", "on, rullakko on rikki, en korjaa sitä", "correct"),
    ("kauppa-turvallisuus rullakko-rikki", "on, käytän sitä", "wrong"),
    ("kauppa-turvallisuus rullakko-rikki", "on, korjaan sen itse", "wrong"),
    ("valmistus-raportti sari.6", "oli, kone oli vielä käynnissä", "correct"),
    ("yleinen-kahvitauko tauko.4", "on, tosi kylmä", "correct"),
])
def test_a_yes_said_by_the_questions_verb(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
