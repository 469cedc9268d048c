"""A verb of the step's answers said in a form Finnish does not have (issue 12, judge33,
rule made_up_verb): fresh answers on the bundled lessons' real steps, beside spoken forms
that must not change."""

from __future__ import annotations

from tests.judge.test_lesson_writers_issue12 import on_step
from valkky.judge import judge
from valkky.testing.table import as_table


@as_table(("step", "answer", "verdict"), [
    ("autoala-raportti pasi.2", "punainen auto putoiisi tunkilta", "almost"),
    # a one-letter slip is a typo the letter-slip rules judge (review of judge33): in an
    # open answer the example's word typed so is almost (typo; stop 45, set 38: "auto putoi
    # tunkilta" is almost to every trainer of sets 15, 20, 34), and so is any example's
    # word a letter off into no word (stop 46, set 40: "käytä eri leikkulautaa")
    ("siivous-raportti asiakas.2", "anteeksi maljakkonne menni rikki", "almost"),
    ("autoala-raportti pasi.2", "auto putisi tunkilta", "almost"),
    ("autoala-raportti pasi.2", "auto putsi tunkilta", "almost"),
    # the spoken forms the normaliser knows, the right form
    ("autoala-raportti pasi.2", "auto tippu tunkilta", "correct"),
    ("hoiva-raportti raportti", "aino kaatu aamulla. lonkkaan sattui", "correct"),
    ("elintarvike-tyokaveri kysy-linja", "linja pysähty", "correct"),
    ("autoala-raportti pasi.2", "auto putosi tunkilta", "correct"),
])
def test_a_made_up_form_of_the_steps_verb_is_almost(step: str, answer: str,
                                                     verdict: str) -> None:
    assert on_step(step, answer) == verdict


def test_the_feedback_names_the_verb_and_a_step_switches_it_off() -> None:
    accept = ["auto putosi tunkilta"]
    j = judge("auto putoiisi tunkilta", accept, open_question=True)
    assert (j.verdict, j.reason) == ("almost", "word_form")
    assert j.detail is not None and (j.detail.heard, j.detail.expected) == ("putoiisi", "putosi")
    assert judge("auto putoiisi tunkilta", accept, open_question=True,
                 strict=["made_up_verb"]).verdict == "correct"


# Each guard's row (review of judge33: a row fails where its guard is taken away): a repeat
# step; a name; a made-up word not beside the verb's neighbours.
@as_table(("answer", "strict"), [
    ("auto putoiisi tunkilta", ["another_word"]),
    ("auto Putoiisi tunkilta", []),
    ("auto on aina putoiisi", []),
])
def test_what_each_guard_keeps_right(answer: str, strict: list[str]) -> None:
    assert judge(answer, ["auto putosi tunkilta"], open_question=True,
                 strict=strict).verdict == "correct"
