"""The deeds a step's reply to a right answer forbids (judge.reply_forbids; set 203, both
trainers wrong: "käytävällä, mä käytän sitä vielä" to "Missä lava on?")."""

from __future__ import annotations

from tests.judge.golden import judged_on, tasks
from valkky.engine.feedback import after_verdict, almost_fi
from valkky.engine.session import judge_arguments
from valkky.judge.reply_forbids import deeds_forbidden
from valkky.lesson import model as m
from valkky.lesson.loader import check_text
from valkky.testing.table import as_table


@as_table(("reply", "spoken_of", "deeds"), [
    ("Kiitos, että ilmoitit! Älä käytä sitä lavaa. Minä hoidan asian.", ("käytävällä",),
     (("käytän sitä lavaa", "Älä käytä sitä lavaa."),)),
    ("Oikein! Keskeneräinen teline voi kaatua. Älä mene sinne.", ("teline on kesken",),
     (("menen sinne", "Älä mene sinne."),)),
    # a comma ends the deed; a colon's clause is a sentence of its own
    ("Hyvä: älä juokse hallissa, siellä on trukkeja.", ("kävelen",),
     (("juoksen hallissa", "Älä juokse hallissa, siellä on trukkeja."),)),
    # a verb the step already speaks of: the trainer has said what is right about it
    ("Oikein! Älä korjaa sitä itse.", ("pysäytän koneen", "korjaan sen itse"), ()),
    ("Kirjakielellä: älä jätä niitä tänne.", ("älä jätä niitä tänne",), ()),
    # no command: a plural one, a no that is not a command, praise alone
    ("Älkää menkö sinne.", ("odotan",), ()),
    ("Hienoa! Se ei ole vaarallista.", ("odotan",), ()),
])
def test_the_deeds_a_reply_forbids(reply: str, spoken_of: tuple[str, ...],
                                   deeds: tuple[tuple[str, str], ...]) -> None:
    assert deeds_forbidden(reply, spoken_of) == deeds


def test_the_loader_gives_them_and_the_session_judges_them_as_mistakes() -> None:
    lesson, problems = check_text(
        "id: t\nversion: 1\ntitle: T\nprofession: varasto\nlevel: A1\nsupport: [en]\n"
        "steps:\n  - ask: Missä lava on?\n    accept: [käytävällä]\n"
        "    correct: {say: 'Kiitos! Älä käytä sitä lavaa.'}\n"
        "  - ask: Mikä on rikki?\n    accept: [lava]\n", "t.yaml")
    assert lesson is not None, [str(p) for p in problems]
    first, second = (s.task for s in lesson.steps if isinstance(s, m.AskStep))
    assert {k: r.say for k, r in first.forbidden.items()} == {
        "käytän sitä lavaa": "Ei! Älä käytä sitä lavaa."}
    assert second.forbidden == {}  # (no reply of its own: nothing forbidden)
    assert judge_arguments(first)["wrong_answers"] == {"käytän sitä lavaa": "wrong"}


def test_the_robot_says_the_sentence_that_forbids_it() -> None:
    step = "varasto-turvallisuus step-26"
    task, _ = tasks()[step]
    j = judged_on(step, "käytävällä, mä käytän sitä vielä")
    assert (j.verdict, j.matched) == ("wrong", "käytän sitä lavaa")
    said = [r.reaction.say for r in after_verdict(j, task, last=False, right=task.accept[0],
                                                  almost=almost_fi) if r.reaction]
    assert said == ["Ei! Älä käytä sitä lavaa."]
