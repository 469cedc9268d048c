"""An open question's or a keyword step's example said word for word but one word, slipped
(issue 12, stop 39): another case of a word the example puts in a case of place ("osui
minua" for "minuun") is almost, as both trainers grade it; the subject's and the object's
cases, verbs, answers in one's own words stay correct."""

from __future__ import annotations

from tests.judge.test_lesson_writers_issue12 import on_step
from valkky.testing.table import as_table


@as_table(("step", "answer", "verdict"), [
    # the example with one word slipped: almost
    ("yleinen-lahelta-piti mita-tapahtui", "trukki melkein osui minua", "almost"),
    ("yleinen-lahelta-piti mita-tapahtui", "trukki melkein osui mua", "almost"),
    ("hoiva-raportti hoitaja.6", "lonkka sattuu", "almost"),
    ("hoiva-raportti hoitaja.6", "lonkkaa sattuu", "almost"),
    ("metalli-raportti marjatta.6", "laikka oli halkeama", "almost"),
    # a letter typed into no word: almost (typo; stop 45: every trainer of sets 15, 20, 34
    # and 38 grades it so)
    ("autoala-raportti pasi.2", "auto putoi tunkilta", "almost"),
    # the example, its spoken forms, other words, the object's and subject's cases: as before
    ("yleinen-lahelta-piti mita-tapahtui", "trukki melkein osui minuun", "correct"),
    ("yleinen-lahelta-piti mita-tapahtui", "trukki melkein osui muhun", "correct"),
    ("yleinen-lahelta-piti mita-tapahtui", "trukki ajoi tosi lähelle minua", "correct"),
    ("yleinen-lahelta-piti mita-tapahtui", "trukki melkein ajoi minun päälle", "correct"),
    ("hoiva-raportti hoitaja.6", "lonkkaan sattuu", "correct"),
    ("hoiva-raportti hoitaja.6", "lonkkaan sattuu kovasti", "correct"),
    ("metalli-raportti marjatta.6", "laikassa oli halkeama", "correct"),
    ("metalli-raportti marjatta.6", "laikka oli haljennut", "correct"),
    ("autoala-raportti pasi.2", "auto putosi tunkilta", "correct"),
    ("autoala-raportti pasi.2", "auto putos tunkilta", "correct"),
    ("autoala-raportti pasi.2", "auto tippui tunkilta", "correct"),
    # (…but one whole thing said as some of it is a slip: stop 56, set 14's trainer and both
    # trainers of sets 23, 47 almost)
    ("elintarvike-raportti pirjo.2", "kinkkupaketissa oli muovinpalaa", "almost"),
    ("elintarvike-raportti pirjo.2", "kinkussa oli muovia", "correct"),
    ("kauppa-raportti kaatuminen.6", "käteen sattuu", "correct"),
    ("kauppa-raportti kaatuminen.6", "kättä sattuu", "correct"),
])
def test_one_word_of_the_example_slipped(step: str, answer: str, verdict: str) -> None:
    assert on_step(step, answer) == verdict
