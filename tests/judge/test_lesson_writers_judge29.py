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
