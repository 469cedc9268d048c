"""What the lesson writers found in issue 12's third round (judge30), tried on the bundled
lessons' real steps with answers of their own, beside answers that must not change."""

from __future__ import annotations

from tests.judge.test_lesson_writers_issue12 import on_step
from valkky.testing.table import as_table


# 1. "I don't know why" after a report of what happened, on a step that asks no reason, is
# an honest extra (it was wrong or almost: its "en" read as a no of the report).
@as_table(("step", "answer"), [
    ("elintarvike-tyokaveri kysy-linja", "kuljetin pysähtyi, en tiedä miksi"),
    ("elintarvike-tyokaveri kysy-linja", "kuljetin on rikki mutta en tiedä miksi"),
    ("autoala-turvallisuus ilmoita", "nosturin lukitus ei toimi, en tiedä miksi"),
    ("rakennus-tyonjohtaja kysy-puuttuu", "kipsilevyt puuttuvat, en tiedä miksi"),
    ("varasto-turvallisuus ilmoita-esimiehelle", "lava on rikki, en tiedä miksi"),
    ("varasto-keraily step-14", "pullo on rikki, en tiedä miksi"),
    ("metalli-esimies kone-rikki.4", "kone ei käynnisty, en tiedä miksi"),
    ("rakennus-turvallisuus step-30", "lauta putosi telineeltä, en tiedä miksi"),
])
def test_i_dont_know_why_after_a_report_is_an_extra(step: str, answer: str) -> None:
    assert on_step(step, answer) == "correct"


# What stays: alone or after a bare yes it is no answer; after a foreseen mistake it is that
# mistake; after a deed of one's own ("pesen kädet") or a reason, on a step that asks why
# (its answers give a reason), and "en tiedä mitä/kuka" anywhere, it takes the answer back.
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-tyokaveri kysy-linja", "en tiedä miksi", "wrong"),
    ("elintarvike-tyokaveri kysy-linja", "kyllä, en tiedä miksi", "wrong"),
    ("elintarvike-tyokaveri kysy-linja", "linja on valmis, en tiedä miksi", "wrong"),
    ("elintarvike-tyokaveri kysy-linja", "kuljetin pysähtyi, en tiedä mitä", "wrong"),
    ("varasto-keraily step-14", "tuote puuttuu, en tiedä miksi", "wrong"),
    ("elintarvike-hygienia kadet", "pesen kädet, en tiedä miksi", "wrong"),
    ("elintarvike-hygienia kadet", "pesen kädet, mutta en tiedä miksi", "wrong"),
    ("metalli-raportti miksi", "laikassa oli halkeama, en tiedä miksi", "wrong"),
    ("metalli-raportti miksi", "koska laikassa oli halkeama, en tiedä miksi", "wrong"),
    ("rakennus-raportti miksi", "jalkalista puuttui, en tiedä miksi", "wrong"),
    ("yleinen-oikeudet kysy-selka", "työterveyshuoltoon, en tiedä kuka", "wrong"),
    ("yleinen-oikeudet kysy-selka", "lääkärille, en tiedä miksi", "wrong"),
])
def test_i_dont_know_why_that_takes_the_answer_back_stays(step: str, answer: str,
                                                          verdict: str) -> None:
    assert on_step(step, answer) == verdict


# 2. An acknowledgement after the answer is left out as one before it is (it was almost:
# "selvä" read as a slip of another word of a longer accepted answer).
@as_table(("step", "answer"), [
    ("siivous-turvallisuus silmat", "suojalasit, selvä"),
    ("yleinen-oikeudet kysy-selka", "työterveyshuoltoon, selvä"),
    ("autoala-turvallisuus tukipukit", "tukipukit, selvä"),
    ("autoala-korjaamo missa", "korjaamossa, selvä"),
    ("elintarvike-ohjeet vaara-etiketti", "vuoropäällikölle, selvä"),
])
def test_selva_after_an_answer_is_an_acknowledgement(step: str, answer: str) -> None:
    assert on_step(step, answer) == "correct"


# What stays: after a foreseen mistake it is that mistake; after olla or a no it says how a
# thing is; alone it is no answer.
@as_table(("step", "answer", "verdict"), [
    ("yleinen-oikeudet kysy-selka", "lääkärille, selvä", "almost"),
    ("siivous-turvallisuus silmat", "suojakäsineet selvä", "wrong"),
    ("siivous-turvallisuus silmat", "ohje ei ole selvä", "wrong"),
    ("siivous-turvallisuus silmat", "selvä", "wrong"),
    ("siivous-turvallisuus silmat", "suojalasit okei", "correct"),
])
def test_after_a_mistake_or_as_a_state_selva_stays(step: str, answer: str,
                                                   verdict: str) -> None:
    assert on_step(step, answer) == verdict
