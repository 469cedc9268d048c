"""The language of a session's hints and glosses (launch.pick_lang): --lang, else the
learner's own, else the lesson's. A workplace's own lesson may have fewer languages than
its learners read (the template starts with English alone): a learner registered with
Somali then runs it in the lesson's language; once the run was refused."""

from __future__ import annotations

from dataclasses import replace

import pytest

from valkky.errors import UsageError
from valkky.launch import pick_lang
from valkky.testing.library import bundled_lesson


def test_the_learners_own_language_where_the_lesson_has_it_else_the_lessons() -> None:
    lesson = bundled_lesson("siivous-valineet")
    english_only = replace(lesson, support=("en",))
    assert pick_lang(lesson, None, "so") == "so"
    assert pick_lang(english_only, None, "so") == "en"
    assert pick_lang(english_only, None, None) == "en"
    assert pick_lang(english_only, None, "fi") == "fi"  # Finnish alone: always there
    assert pick_lang(english_only, "en", "so") == "en"  # --lang first


def test_a_lang_flag_the_lesson_lacks_is_wrong_usage() -> None:
    with pytest.raises(UsageError, match="--lang: the lesson has no 'so' support; it has: en"):
        pick_lang(replace(bundled_lesson("siivous-valineet"), support=("en",)), "so")
