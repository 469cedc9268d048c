"""A word of the step's answers said in a case none of them gives it (issue 12, judge33,
rule answer_case): fresh answers on the bundled lessons' real steps, beside right answers
that must not change."""

from __future__ import annotations

from tests.judge.test_lesson_writers_issue12 import on_step
from valkky.judge import judge
from valkky.testing.table import as_table


# The bare nominative for a time's, a place's or a state's case, beside the same words as
# the step's answer; a place's case for a state's (they were right: an open question, the
# closest answer word by word).
@as_table(("step", "answer"), [
    ("autoala-raportti asiakas.6", "auto on valmis huomenna iltapäivä"),
    ("autoala-raportti asiakas.6", "huomenna iltapäivä kello kolme"),
    ("metalli-raportti marjatta.6", "luulen että laikka oli halkeama"),
    ("varasto-raportti neuvo", "nosta jaloilla ja pidä selkä suoraan"),
    ("hoiva-raportti raportti", "aino kaatui aamulla ja hänen lonkka sattui"),
    ("yleinen-perehdytys samir.4", "se on toinen kerros"),
    ("autoala-raportti asiakas.2", "hei soitan korjaamo autonne ei ole valmis tänään"),
])
def test_a_word_in_a_case_no_answer_gives_it_is_almost(step: str, answer: str) -> None:
    assert on_step(step, answer) == "almost"


# What stays: the answers' own cases; the other side of a place; a word of a clause of its
# own (after a comma, a no, a verb of its own); a greeting's whom-to; a question word's
# nominative with its noun; a state said after olla; spoken forms.
@as_table(("step", "answer"), [
    ("varasto-raportti neuvo", "pidä selkä suorana ja nosta jaloilla"),
    ("hoiva-raportti raportti", "aino kaatui aamulla ja hänen lonkkaan sattui"),
    ("hoiva-raportti raportti", "aino kaatui aamulla ja mun lonkkaan sattui"),
    ("hoiva-raportti raportti", "aino kaatui aamulla, lonkka on kipeä"),
    ("yleinen-perehdytys samir.4", "pukuhuone on toisessa kerroksessa"),
    ("yleinen-perehdytys samir.4", "mä näytän, se on tääl"),
    ("yleinen-tervehdys kysy-huomenta", "huomenta kaikki"),
    ("siivous-asiakas missa", "mikä huone"),
    ("yleinen-puhelin auto.4", "en pääse, bussi ei kulje"),
    ("yleinen-sairastuminen puhelu.4", "minulla on flunssa en voi tulla"),
    ("rakennus-tyonjohtaja valmista.2", "seinä on valmiina"),
    ("metalli-raportti marjatta.6", "se oli vanha laikka"),
    ("autoala-raportti asiakas.6", "huomenna kello kaksitoista"),
    ("autoala-raportti asiakas.2", "hei täällä korjaamo, autonne myöhästyy"),
])
def test_a_case_the_answer_or_its_sentence_allows_stays_right(step: str, answer: str) -> None:
    assert on_step(step, answer) == "correct"


def test_the_feedback_names_the_word_and_a_step_switches_it_off() -> None:
    accept = ["huomenna iltapäivällä", "auto on valmis huomenna iltapäivällä"]
    j = judge("ehkä huomenna iltapäivä", accept, open_question=True)
    assert (j.verdict, j.reason) == ("almost", "word_form")
    assert j.detail is not None and (j.detail.heard, j.detail.expected) == (
        "iltapäivä", "iltapäivällä")
    off = judge("ehkä huomenna iltapäivä", accept, open_question=True, strict=["answer_case"])
    assert off.verdict == "correct"
