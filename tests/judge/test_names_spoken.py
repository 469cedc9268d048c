"""A name's partitive said as speech assimilates it ("autan Helmii" for "autan Helmiä"):
the same name, as "kahvii" is "kahvia" (word_rules.word_reason, the name branch); the
name in another case stays a slip of form."""

from __future__ import annotations

from tests.judge.agreement import tasks
from tests.judge.golden import step_arguments
from valkky.judge import judge
from valkky.testing.table import as_table


@as_table(("step", "answer", "verdict"), [
    ("hoiva-ohjeet ensin", "ensin mä autan Helmii suihkussa", "correct"),
    ("hoiva-ohjeet ensin", "autan Helmii", "correct"),
    ("hoiva-ohjeet kenet", "menen katsomaan Helmii", "correct"),
    ("hoiva-ohjeet ensin", "autan Helmin", "almost"),
    ("hoiva-ohjeet ensin", "autan Helmiä", "correct"),
])
def test_a_names_partitive_said_as_speech_says_it(step: str, answer: str, verdict: str) -> None:
    task, options = tasks()[step]
    assert judge(answer, task.accept, **step_arguments(task, options)).verdict == verdict
