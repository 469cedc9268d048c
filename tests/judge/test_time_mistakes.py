"""A foreseen mistake that is only a time, said more exactly (open_deeds._a_time_told):
"huomenna aamulla" where the step foresees "huomenna" is that mistake; a time the step
accepts, or the mistake said no to, keeps its verdict."""

from __future__ import annotations

from tests.judge.agreement import tasks
from tests.judge.golden import step_arguments
from valkky.judge import Judgement, judge
from valkky.testing.table import as_table


def _judged(step: str, answer: str) -> Judgement:
    task, options = tasks()[step]
    return judge(answer, task.accept, **step_arguments(task, options))


@as_table(("step", "answer", "verdict"), [
    # the mistake's time told more exactly: that mistake (the closed steps' were wrong
    # before by their words; the open one's was any answer in Finnish words, right)
    ("hoiva-raportti hoitaja.4", "huomenna aamulla", "wrong"),
    ("hoiva-raportti hoitaja.4", "huomenna kello seitsemän", "wrong"),
    ("hoiva-raportti hoitaja.4", "eilen illalla", "wrong"),
    ("hoiva-raportti hoitaja.4", "eilen kello 7", "wrong"),
    ("yleinen-sairastuminen step-19", "tänään illalla", "wrong"),
    ("kauppa-ohjeet vuoro-alkaa", "kello seitsemän aamulla", "wrong"),
    # the step's own time, the mistake said no to, or words other than a time: as before
    ("hoiva-raportti hoitaja.4", "aamulla kello seitsemän", "correct"),
    ("hoiva-raportti hoitaja.4", "ei huomenna vaan äsken", "correct"),
    ("hoiva-raportti hoitaja.4", "äsken aamulla", "correct"),
    ("yleinen-sairastuminen step-19", "huomenna aamulla", "correct"),
    ("kauppa-ohjeet vuoro-alkaa", "kello kaksi iltapäivällä", "correct"),
])
def test_a_time_mistake_told_more_exactly_is_that_mistake(step: str, answer: str,
                                                          verdict: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == verdict, (j.verdict, j.reason)
    if verdict == "wrong" and step == "hoiva-raportti hoitaja.4":  # an open step: its reply
        assert j.matched in ("huomenna", "eilen")
