"""What the lesson writers found in issue 12's second round (judge29), tried on the bundled
lessons' real steps with answers of their own, beside answers that must not change."""

from __future__ import annotations

from tests.judge.test_lesson_writers_issue12 import on_step
from valkky.testing.table import as_table


# 1. A foreseen mistake said with a polite, frame or greeting word before or after it is
# still that mistake (it was right, word by word, beside a longer accepted answer).
@as_table(("step", "answer", "verdict"), [
    ("yleinen-oikeudet kysy-selka", "okei, lääkärille", "almost"),
    ("yleinen-oikeudet kysy-selka", "no lääkäriin kiitos", "almost"),
    ("autoala-raportti mennyt", "okei, auto tippui tunkilta", "almost"),
    ("metalli-esimies valmiit.4", "kiitos, kaksi on viallinen", "almost"),
    ("ravintola-raportti noora", "okei, älä vaihda lautaa", "wrong"),
    ("yleinen-puhekieli aamu.6", "anteeksi, haen avaimen kaapista", "wrong"),
    ("autoala-asiakas puhelu.6", "okei voimme vaihtaa ne", "almost"),
    ("yleinen-sanaparit kylla", "kiitos totta kai", "almost"),
])
def test_a_mistake_with_a_polite_word_is_that_mistake(step: str, answer: str,
                                                      verdict: str) -> None:
    assert on_step(step, answer) == verdict


# What stays: right answers with the same words; a polite word the step's answers say
# (kyllä, of "joo on"); frame words inside an answer ("ota ne pois").
@as_table(("step", "answer", "verdict"), [
    ("yleinen-oikeudet kysy-selka", "okei, työterveyslääkärille", "correct"),
    ("yleinen-oikeudet kysy-selka", "menen työterveyshuoltoon kiitos", "correct"),
    ("yleinen-sanaparit kylla", "kyllä kiitos", "correct"),
    ("metalli-raportti ville", "hyvä että käytät käsineitä mutta ota ne pois nyt", "correct"),
    ("yleinen-oikeudet kysy-selka", "hei lääkäriin", "almost"),
    ("autoala-raportti mennyt", "auto tippui tunkilta", "almost"),
])
def test_around_a_right_answer_nothing_changes(step: str, answer: str, verdict: str) -> None:
    assert on_step(step, answer) == verdict


# 2. "selvä" before an answer is an acknowledgement, as "okei" is (it was read as a slip of
# another word) where neither the step's answers nor its mistakes say it.
@as_table(("step", "answer"), [
    ("siivous-turvallisuus silmat", "selvä, suojalasit"),
    ("autoala-turvallisuus tukipukit", "selvä. tukipukit"),
    ("ravintola-kartoitus a2-missa", "selvä, jääkaapissa"),
    ("hoiva-kartoitus a2-kipu", "selvä jalkaan"),
    ("rakennus-ohjeet teline", "selvä, työnjohtajalle"),
    ("metalli-turvallisuus kengat", "selvä, turvakengät"),
])
def test_selva_before_an_answer_is_an_acknowledgement(step: str, answer: str) -> None:
    assert on_step(step, answer) == "correct"


# What stays: where the step foresees "selvä" said without understanding, it is the mistake,
# alone or with thanks, and a no to it is the answer; "selvä" alone is no answer; before a
# foreseen mistake it is that mistake.
@as_table(("step", "answer", "verdict"), [
    ("valmistus-tyonjohtaja aamu.4", "selvä", "wrong"),
    ("valmistus-tyonjohtaja aamu.4", "on selvä", "wrong"),
    ("valmistus-tyonjohtaja aamu.4", "selvä, kiitos", "wrong"),
    ("valmistus-tyonjohtaja aamu.4", "ei ole selvä, voitko selittää", "correct"),
    ("siivous-turvallisuus silmat", "selvä", "wrong"),
    ("yleinen-oikeudet kysy-selka", "selvä, lääkärille", "almost"),
    ("yleinen-oikeudet kysy-selka", "lääkärille, selvä", "almost"),
])
def test_where_the_step_says_selva_it_stays(step: str, answer: str, verdict: str) -> None:
    assert on_step(step, answer) == verdict
