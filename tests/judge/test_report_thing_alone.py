"""One noun alone where every example of an open step tells what happened (open_answers.
_a_thing_for_a_report; issue 12, stop 42; set 34: both trainers almost, the judge correct):
the topic named, the report half said — "Hyvä alku! Sano koko lause: …". A sentence, a step
whose examples do not all tell it in the past, and a step that asks for sentences (its own
"Kerro vähän enemmän", too_short) stay as they were."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.engine.feedback import almost_fi
from valkky.testing.table import as_table


@as_table(("step", "answer", "verdict", "reason"), [
    ("metalli-raportti marjatta.2", "laikka", "almost", "missing_words"),
    ("metalli-raportti marjatta.2", "laikka hajosi", "correct", None),
    ("metalli-raportti marjatta.2", "laikka hajosi kun hioin", "correct", None),
    # an example tells it now ("tuotteessa on vierasesine"): a thing named is an answer
    ("elintarvike-raportti pirjo.2", "muovi", "correct", None),
    # the step asks for sentences: its own start
    ("yleinen-lahelta-piti mita-tapahtui", "trukki", "almost", "too_short"),
])
def test_a_thing_named_alone_in_a_report(step: str, answer: str, verdict: str,
                                         reason: str | None) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason) == (verdict, reason)


def test_the_feedback_asks_for_the_whole_sentence() -> None:
    j = judged_on("metalli-raportti marjatta.2", "laikka")
    assert almost_fi(j) == "Hyvä alku! Sano koko lause: laikka hajosi kun hioin."
