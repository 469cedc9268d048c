"""What trainer set 9 (tests/judge/data/trainer_answers_9.yaml) showed the judge missing:
each general cause, tried on answers of its own kind (not the set's own answers)."""

from __future__ import annotations

import pytest

from valkky.judge import judge


@pytest.mark.parametrize(("answer", "accept", "verdict"), [
    # "annan" is also the genitive of the name Anna: still the learner's own verb, whose
    # object the trainer's sentence gives in another form
    ("annan pyyhe", ["pyyhe", "annan pyyhkeen"], "almost"),
    ("annan pyyhkeen", ["pyyhe", "annan pyyhkeen"], "correct"),
    # a verb of the third person is no learner's own action: "se kestää tunti" stays right
    ("se kestää tunti", ["tunti", "se kestää tunnin"], "correct"),
])
def test_a_verb_read_also_as_a_name_is_still_the_learners_verb(answer: str,
                                                               accept: list[str],
                                                               verdict: str) -> None:
    assert judge(answer, accept).verdict == verdict
