"""What trainer set 8 (tests/judge/data/trainer_answers_8.yaml) showed the judge missing:
each general cause, tried on answers of its own kind (not the set's own answers)."""

from __future__ import annotations

import pytest

from valkky.judge import judge
from valkky.judge.normalise import normalise


@pytest.mark.parametrize(("answer", "accept"), [
    # a verb the trainer's answers say only after a no, said with a yes beside the rest
    ("trukki törmäsi hyllyyn ja kuljettaja loukkaantui",
     ["trukki törmäsi hyllyyn", "trukki törmäsi hyllyyn mutta kukaan ei loukkaantunut"]),
    ("akku oli loppu joten moottori käynnistyi",
     ["akku oli loppu", "akku oli loppu eikä moottori käynnistynyt"]),
    ("kone pysähtyi ja vuoti öljyä",
     ["kone pysähtyi", "kone pysähtyi mutta ei vuotanut öljyä"]),
])
def test_a_denied_verb_said_with_a_yes_reverses_the_answer(answer: str,
                                                          accept: list[str]) -> None:
    j = judge(answer, accept)
    assert (j.verdict, j.reason) == ("wrong", "negation")


@pytest.mark.parametrize(("answer", "accept"), [
    ("asukas kaatui mutta hän ei loukkaantunut",
     ["asukas kaatui", "asukas kaatui mutta ei loukkaantunut"]),
    ("trukki törmäsi hyllyyn eilen",
     ["trukki törmäsi hyllyyn", "trukki törmäsi hyllyyn mutta kukaan ei loukkaantunut"]),
    # "ei ole" beside "on": olla is said with a yes too
    ("ruuvit on loppu", ["ruuveja ei ole", "ruuvit on loppu"]),
])
def test_the_denied_verb_rule_leaves_a_right_answer_right(answer: str,
                                                         accept: list[str]) -> None:
    assert judge(answer, accept).verdict == "correct"


@pytest.mark.parametrize(("answer", "accept"), [
    # a dictionary form said for the form an accepted sentence gives the verb
    ("autanko pukeutua", ["autanko", "autanko teitä pukeutumaan"]),
    ("voinko auttaa istua", ["voinko auttaa", "voinko auttaa sinua istumaan"]),
])
def test_a_verb_in_the_dictionary_form_beside_a_short_answer_is_almost(
        answer: str, accept: list[str]) -> None:
    assert judge(answer, accept).verdict == "almost"


def test_a_verb_of_ones_own_with_the_answer_in_another_form_is_a_slip() -> None:
    accept = ["Aino suihkuun", "vien Ainon suihkuun"]
    assert judge("vien aino suihkuun", accept).verdict == "almost"
    assert judge("vien ainon suihkuun", accept).verdict == "correct"
    # another person of the same verb stays right ("varo" for "varokaa")
    assert judge("autanko nyt", ["autanko", "autanko teitä nousemaan"]).verdict == "correct"


@pytest.mark.parametrize(("answer", "accept"), [
    ("nukuit sä hyvin", ["nukuitko hyvin"]),
    ("voit sä auttaa", ["voitko auttaa"]),
    ("ymmärsit sä", ["ymmärsitkö"]),
])
def test_a_spoken_question_without_its_ko(answer: str, accept: list[str]) -> None:
    assert judge(answer, accept).verdict == "correct"


def test_a_statement_with_sa_is_no_question() -> None:
    assert normalise("sä nukuit hyvin") == "sinä nukuit hyvin"
    assert normalise("nukuin sä") == "nukuin sinä"  # the first person asks nothing


@pytest.mark.parametrize(("answer", "accept"), [
    ("laitan astiat astiakoneeseen", ["laitan astiat astianpesukoneeseen"]),
    ("haen viltin", ["haen peiton"]), ("leikkaan puukolla", ["leikkaan veitsellä"]),
])
def test_everyday_words_set_8(answer: str, accept: list[str]) -> None:
    assert judge(answer, accept).verdict == "correct"


def test_everyday_words_set_8_keep_their_meaning() -> None:
    assert judge("haen viltin", ["haen tyynyn"]).verdict == "wrong"
    assert judge("leikkaan puukolla", ["leikkaan saksilla"]).verdict == "wrong"


@pytest.mark.parametrize(("answer", "verdict"), [
    ("kolmelta ei neljältä", "correct"), ("tulen kolmelta ei neljältä", "correct"),
    ("hyllylle viisi ei kuusi", "correct"),
    ("neljältä ei kolmelta", "wrong"),  # the no is of the right answer
    ("kolmelta ei", "wrong"),  # a no of nothing else
])
def test_a_right_answer_then_ei_and_another_thing(answer: str, verdict: str) -> None:
    accept = ["kolmelta", "tulen kolmelta", "hyllylle viisi"] if "hylly" not in answer \
        else ["hyllylle viisi"]
    assert judge(answer, accept).verdict == verdict


def test_the_steps_pronoun_for_its_noun_in_another_accepted_answer() -> None:
    accept = ["asiakkaalla on kuumetta", "hänellä on kuumetta",
              "asiakkaalla on kova päänsärky"]
    assert judge("hänellä on kova päänsärky", accept).verdict == "correct"
    # the pair makes only an accepted answer: another thing stays wrong
    assert judge("hänellä on kova nälkä", accept).verdict != "correct"
    # no pair where the step does not say both
    assert judge("hänellä on kova päänsärky",
                 ["asiakkaalla on kova päänsärky"]).verdict != "correct"
