"""A question the step has the learner ask, told as the learner's own deed, is wrong
(valkky/judge/question_told.py); the question half asked, written with its mark, said in
another person of the asked one, or asked in the speaker's own person, stays as before."""

from __future__ import annotations

from tests.judge.agreement import tasks
from tests.judge.golden import step_arguments
from valkky.judge import judge
from valkky.testing.table import as_table


@as_table(("step", "answer", "verdict"), [
    # told as one's own: wrong (each was almost, a slip of the verb's person)
    ("hoiva-kartoitus a2-toista", "Otan kahvia.", "wrong"),
    ("hoiva-asukas nukkui", "Nukuin hyvin.", "wrong"),
    ("hoiva-asukas pukeutuminen.6", "haluan kahvia", "wrong"),
    ("kauppa-asiakas step-16", "tarvitsen pussin", "wrong"),
    # asked, or a slip of the asked person: as before
    ("hoiva-kartoitus a2-toista", "otatko kahvia", "almost"),
    ("hoiva-kartoitus a2-toista", "otan kahvia?", "almost"),
    ("hoiva-kartoitus a2-toista", "otan kahvia vai teetä", "almost"),  # "vai" asks
    ("hoiva-asukas pukeutuminen.6", "haluan kahvia vai teetä", "almost"),
    ("autoala-asiakas puhelu.6", "haluaisin vaihtaa jarrupalat", "almost"),  # another mood
    ("hoiva-asukas nukkui", "nukuitko hyvin", "correct"),
    ("hoiva-asukas nukkui", "nukuitte hyvin", "almost"),
    ("kauppa-asiakas step-16", "tarvitset pussin", "almost"),
    # the step's own question in the speaker's person ("Autanko…?", "Voinko…?")
    ("hoiva-asukas step-8", "autan teitä nousemaan", "almost"),
    ("kauppa-asiakas step-2", "hei voin auttaa", "almost"),
])
def test_a_question_told_as_ones_own_deed(step: str, answer: str, verdict: str) -> None:
    task, options = tasks()[step]
    assert judge(answer, task.accept, **step_arguments(task, options)).verdict == verdict
