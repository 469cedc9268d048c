"""The picture set (OpenMoji): lessons name pictures, lint checks that each exists."""

from __future__ import annotations

from valkky import pictures
from valkky.lesson.checker import Library
from valkky.lesson.loader import check_text

LESSON = """\
id: t
version: 1
title: T
profession: siivous
level: A1
support: [en]
vocabulary:
  - {fi: ämpäri, en: bucket, image: "openmoji:ämpäri"}
steps:
  - say: Tämä on ämpäri.
    show: {text: ämpäri, image: "openmoji:ämpäri"}
  - say: Varo!
    show: {text: varoitus, image: "openmoji:26A0"}
"""


def test_every_picture_of_the_set_exists() -> None:
    missing = [name for name in pictures.SET if pictures.resolve(name) is None]
    assert missing == []


def test_a_lesson_names_pictures_and_gets_their_files() -> None:
    lesson, problems = check_text(LESSON, "t.yaml", Library())
    assert lesson is not None, [str(p) for p in problems]
    image = lesson.vocabulary[0].image
    assert image and image.endswith("1FAA3.svg")
    assert lesson.steps[1].show and lesson.steps[1].show.image.endswith("26A0.svg")


def test_lint_names_a_picture_that_is_not_there() -> None:
    _, problems = check_text(LESSON.replace("openmoji:ämpäri\"}\nsteps",
                                            "openmoji:ampari\"}\nsteps"), "t.yaml", Library())
    text = [str(p) for p in problems]
    assert any("no such picture" in t and "did you mean 'openmoji:ämpäri'" in t
               for t in text), text
