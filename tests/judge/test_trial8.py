"""What trainer set 8 (tests/judge/data/trainer_answers_8.yaml) showed the judge missing:
each general cause, tried on answers of its own kind (not the set's own answers)."""

from __future__ import annotations

import pytest

from valkky.judge import judge


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
