"""Defects a reviewer found in the judge (session 27, issue 12), one group of tests each:
answers of the kind written fresh, beside rows that must not change."""

from __future__ import annotations

import pytest

from valkky.judge import judge

# 1. "ei X" keeps the question's no only where an accepted answer's no is about X: one
# clause, no "ilman"/"älä unohda", no interjection before a yes, no answer saying yes of X.
SHORT_NO = [
    ("ei suojalaseja", ["suojalaseja", "käytän suojalaseja", "suojalasit, mutta ei käsineitä"],
     False),
    ("ei kypärää", ["kypärää", "en saa mennä ilman kypärää"], False),
    ("ei suojalaseja", ["suojalasit", "älä unohda suojalaseja"], False),
    ("ei tyhjä", ["akku on tyhjä", "pora ei toimi, akku on tyhjä"], False),
    ("ei vanha", ["se on vanha", "ei se on vanha"], False),
    ("ei hanskoja", ["hanskoja", "en käytä hanskoja", "käytän hanskoja"], False),
    # the question's no, kept
    ("ei sormuksia", ["sormuksia", "en saa käyttää sormuksia"], True),
    ("ei maapähkinää", ["maapähkinää", "hän ei voi syödä maapähkinää"], True),
]


@pytest.mark.parametrize(("answer", "accepted", "right"),
                         SHORT_NO)
def test_a_no_kept_only_where_the_answers_no_is_about_the_thing(
        answer: str, accepted: list[str], right: bool) -> None:
    assert (judge(answer, accepted).verdict == "correct") is right
