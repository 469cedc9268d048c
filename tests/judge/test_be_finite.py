"""A verb in a person said after olla where its participle belongs (issue 12, judge33,
rule be_finite): fresh answers on the bundled lessons' real steps, beside right answers
that must not change."""

from __future__ import annotations

from tests.judge.test_lesson_writers_issue12 import on_step
from valkky.judge import judge
from valkky.testing.table import as_table


# `on pysähtyi` for `on pysähtynyt` where the step's answers say the participle (it was
# right: the same words in another order, an open question, a word by word match)
@as_table(("step", "answer"), [
    ("hoiva-raportti hoitaja.2", "aino on kaatui sängyn viereen"),
    ("elintarvike-tyokaveri kysy-linja", "kone on pysähtyi"),
    ("elintarvike-tyokaveri kysy-linja", "linja kolme on pysähtyi"),
])
def test_a_verb_in_a_person_after_olla_is_almost(step: str, answer: str) -> None:
    assert on_step(step, answer) == "almost"


# What stays: the participle, written or spoken; a yes with olla, then a clause of its own;
# olla with no verb after it.
@as_table(("step", "answer"), [
    ("metalli-raportti marjatta.2", "laikka on hajonnut"),
    ("hoiva-raportti raportti", "aino on kaatunut aamulla. lonkkaan sattui"),
    ("elintarvike-tyokaveri kysy-linja", "kyllä on, linja pysähtyi"),
    ("varasto-keraily kuorma-valmis.6", "kyllä on kaikki mukana"),
    ("hoiva-raportti raportti", "aino kaatui aamulla ja lonkka on kipeä"),
    ("yleinen-kahvitauko tauko.6", "mä oon ollut kotona"),
    # a step whose answers say no participle of the verb: nothing to name (review of judge33)
    ("hoiva-raportti raportti", "aino on kaatui aamulla. lonkkaan sattui"),
    # a clause of its own started with no comma, its verb one the step's answers do not say
    # as a participle (review of judge33)
    # (the step names its places since stop 42: "mennään", a way to it, is one)
    ("yleinen-perehdytys samir.4", "en tiedä missä se on mennään kysymään esimieheltä"),
    ("yleinen-perehdytys samir.4", "tiedän missä se on näytän sen"),
    ("yleinen-perehdytys samir.4", "joo tiedän missä se on mennään"),
])
def test_olla_with_its_participle_or_a_clause_of_its_own_stays_right(step: str,
                                                                       answer: str) -> None:
    assert on_step(step, answer) == "correct"


def test_the_feedback_names_the_participle_and_a_step_switches_it_off() -> None:
    accept = ["kuljetin on pysähtynyt", "linja pysähtyi"]
    j = judge("linja on pysähtyi", accept)
    assert (j.verdict, j.reason) == ("almost", "word_form")
    assert j.detail is not None and (j.detail.heard, j.detail.expected) == (
        "pysähtyi", "pysähtynyt")
    assert judge("linja on pysähtyi", accept, strict=["be_finite"]).verdict == "correct"


# Each guard's row (review of judge33: a row fails where its guard is taken away): a repeat
# step; the step's own answers saying olla so; olla said twice over.
@as_table(("answer", "accept", "strict"), [
    ("linja on pysähtyi", ["linja on pysähtynyt", "linja pysähtyi"], ["another_word"]),
    ("kone on pysähtyi", ["linja on pysähtyi", "kone on pysähtynyt"], []),
    ("linja on oli pysähtynyt", ["linja on ollut pysähtynyt"], []),
])
def test_what_each_guard_keeps_right(answer: str, accept: list[str], strict: list[str]) -> None:
    assert judge(answer, accept, open_question=not strict, strict=strict).verdict == "correct"
