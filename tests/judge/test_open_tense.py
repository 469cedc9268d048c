"""An open question whose examples tell what happened, answered with a verb in the present
(sets 17, 18: both trainers almost, "pysäytän linjan" for "pysäytin linjan"):
open_answers._told_in_the_past. Fresh answers on other real steps of lessons/."""

from __future__ import annotations

from tests.judge.agreement import tasks
from valkky.judge import Judgement, judge
from valkky.testing.table import as_table


def _judged(step: str, answer: str) -> Judgement:
    task, _ = tasks()[step]
    return judge(answer, task.accept, keywords=task.keywords, strict=task.strict,
                 wrong_answers={k: r.verdict or "wrong" for k, r in task.mistakes.items()},
                 open_question=task.open, topics=task.topics, min_sentences=task.sentences)


@as_table(("step", "answer", "closest"), [
    ("metalli-raportti marjatta.2", "laikka hajoaa kun hion", "laikka hajosi kun hioin"),
    ("metalli-raportti marjatta.2", "hion terästä ja laikka hajoaa",
     "hioin terästä ja laikka hajosi"),
    ("hoiva-raportti hoitaja.2", "löydän ainon lattialta", "löysin hänet lattialta"),
    ("valmistus-raportti sari.6", "jussi aikoo laittaa käden koneeseen",
     "jussi aikoi laittaa kätensä koneeseen"),
])
def test_a_report_told_in_the_present_is_almost(step: str, answer: str, closest: str) -> None:
    j = _judged(step, answer)
    assert (j.verdict, j.reason, j.closest) == ("almost", "word_form", closest)


@as_table(("step", "answer"), [
    ("metalli-raportti marjatta.2", "laikka hajosi kun hioin"),  # the past
    ("hoiva-raportti hoitaja.2", "aino on kaatunut"),  # the perfect, as an example says it
    ("yleinen-lahelta-piti mita-tapahtui", "trukki melkein osu muhun"),  # the spoken past
    ("ravintola-raportti antti.6", "en lukenu tilausta tarkkaan"),
    ("varasto-raportti neuvo", "nosta jaloilla"),  # advice: the examples are commands
    ("autoala-raportti asiakas.6", "auto on valmis huomenna"),  # the examples' own present
    ("rakennus-raportti timo.8", "pitää laittaa jalkalista"),
])
def test_what_the_examples_say_in_its_tense_stays_right(step: str, answer: str) -> None:
    assert _judged(step, answer).verdict == "correct"
