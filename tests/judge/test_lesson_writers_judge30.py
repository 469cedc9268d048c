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
    ("autoala-asiakas hinta", "se maksaa viisikymmentä euroa, en tiedä miksi"),
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
    # (each holds the check it follows: without it "selvä" is cut and the answer correct)
    ("metalli-esimies tyomaarays.6", "reiän mittaa ei ole selvä", "wrong"),
    ("rakennus-tyonjohtaja step-9", "missä ruuvit ovat selvä", "almost"),
])
def test_after_a_mistake_or_as_a_state_selva_stays(step: str, answer: str,
                                                   verdict: str) -> None:
    assert on_step(step, answer) == verdict


# The review of 1 (issue 12, judge30): "en tiedä miksi" stays after a rule ("on kielletty"),
# what a person does ("hän kertoo"), a deed of "I" with the wrong verb form ("minä pesee"),
# a question ("paljonko", "mistä", "mikä"), and a noun phrase Voikko also reads as a verb
# ("siisti työpiste", "lisää ruuveja"); where the step asks no reason the learner does not
# know why they would do it, which takes the answer back. Each row also holds one of the
# checks of reason_unknown._reports or of the step's reason: without it the row turns.
@as_table(("step", "answer", "verdict"), [
    ("valmistus-ohjeet huoltolappu", "koneen käynnistäminen on kielletty, en tiedä miksi",
     "wrong"),
    ("yleinen-perehdytys muista", "hän kertoo esimiehelle, en tiedä miksi", "wrong"),
    ("yleinen-perehdytys muista", "hän ei korjaa sitä itse, en tiedä miksi", "almost"),
    ("hoiva-valineet step-15", "hän painaa hälytysnappia, en tiedä miksi", "wrong"),
    ("elintarvike-hygienia kadet", "minä pesee kädet, en tiedä miksi", "wrong"),
    ("metalli-esimies kysy-mitta", "paljonko reiän mitta on, en tiedä miksi", "wrong"),
    ("rakennus-tyonjohtaja step-9", "mistä löytyy ruuvit, en tiedä miksi", "wrong"),
    ("metalli-esimies tyomaarays.6", "mikä on reiän mitta, en tiedä miksi", "wrong"),
    ("valmistus-turvallisuus step-19", "siisti työpiste, en tiedä miksi", "wrong"),
    ("valmistus-tyonjohtaja iltapaiva.6", "lisää ruuveja, en tiedä miksi", "wrong"),
    ("metalli-raportti miksi", "laikassa oli halkeama, en tiedä miksi", "wrong"),
    ("elintarvike-hygienia kadet", "me pesee kädet, en tiedä miksi", "wrong"),
    ("elintarvike-hygienia kadet", "pesen kädet kun vesi tulee, en tiedä miksi", "wrong"),
    ("elintarvike-tyokaveri kysy-linja", "kuljetin pysähtyi, pysäytän sen, en tiedä miksi",
     "wrong"),
])
def test_i_dont_know_why_after_no_report_stays(step: str, answer: str, verdict: str) -> None:
    assert on_step(step, answer) == verdict


# What is left after the cut, an accepted answer as written, is that answer: the rules after
# the cut read "mittaa ei ole" turned to "puuttuu", where "mittaa" is also "measures" (it was
# wrong, negation).
@as_table(("step", "answer"), [
    ("metalli-esimies tyomaarays.6", "reiän mittaa ei ole, en tiedä miksi"),
])
def test_an_accepted_answer_left_after_the_cut_is_correct(step: str, answer: str) -> None:
    assert on_step(step, answer) == "correct"


# A foreseen mistake said before "en tiedä miksi/kuka…" is that mistake, on open steps and
# closed alike, as one said after "en tiedä" is (it was correct on an open step).
@as_table(("step", "answer"), [
    ("siivous-raportti hassan", "sekoita pesuaineet, en tiedä miksi"),
    ("rakennus-raportti uusi", "mene ilman kypärää, en tiedä miksi"),
    ("rakennus-raportti uusi", "mene ilman kypärää, en tiedä kuka"),
])
def test_a_mistake_before_i_dont_know_why_is_that_mistake(step: str, answer: str) -> None:
    assert on_step(step, answer) == "wrong"
