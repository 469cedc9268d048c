"""The gesture file as lessons and the learner's terminal read it: names, and each
gesture's Finnish words (description_fi), checked by lint."""

from __future__ import annotations

from pathlib import Path

import pytest

from valkky.lesson.lint import lint_paths
from valkky.lesson.references import gesture_descriptions, load_library
from valkky.robot.hardware import load_hardware
from valkky.testing.hardware import fast_hardware

GESTURES = """\
gestures:
  wave:
    description: "Waves."
    description_fi: "vilkuttaa kättä"
    keyframes:
      - {t: 1.0, joints: {head_yaw: 10}}
      - {t: 2.0, rest: true}
  nod:
    description: "Nods."
    keyframes:
      - {t: 0.5, joints: {head_pitch: 10}}
      - {t: 1.0, rest: true}
  shrug:
    description: "Shrugs."
    description_fi: "kohauttaa olkapäitä ja sanoo, ettei tiedä mitään tästä asiasta"
    keyframes:
      - {t: 0.5, joints: {head_pitch: 10}}
      - {t: 1.0, rest: true}
  bow:
    description: "Bows."
    description_fi: {fi: kumartaa}
    keyframes:
      - {t: 0.5, joints: {head_pitch: 10}}
      - {t: 1.0, rest: true}
"""


def test_every_shipped_gesture_has_its_finnish_words() -> None:
    library, problems = load_library()
    assert problems == []
    words = gesture_descriptions()
    assert library.gestures is not None and set(words) == set(library.gestures)
    assert words["put_on_gloves"] == "laittaa hanskat käteen"
    for name, text in words.items():
        assert text == text.strip() and text[0].islower(), (name, text)  # a verb phrase
        assert "_" not in text and name not in text.split(), (name, text)


def test_missing_or_bad_words_are_reported_by_lint(tmp_path: Path) -> None:
    hardware = tmp_path / "hw"
    hardware.mkdir()
    (hardware / "gestures.yaml").write_text(GESTURES, encoding="utf-8")
    _, problems = load_library(hardware_root=hardware)
    found = {(p.line, p.severity, p.message) for p in problems}
    path = str(hardware / "gestures.yaml")
    assert {p.path for p in problems} == {path}
    assert (8, "warning", "gesture 'nod' has no description_fi: (its Finnish words for "
                          "the learner); the terminal shows nothing when the robot makes it"
            ) in found
    limit = "description_fi must be one line of text, at most 60 characters"
    assert (15, "error", f"gesture 'shrug': {limit}") in found
    assert (21, "error", f"gesture 'bow': {limit}") in found
    assert len(problems) == 3
    assert gesture_descriptions(hardware) == {"wave": "vilkuttaa kättä"}


def test_lint_of_lessons_reports_the_gesture_files_problems(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hardware = tmp_path / "hw"
    hardware.mkdir()
    (hardware / "gestures.yaml").write_text(GESTURES, encoding="utf-8")
    monkeypatch.setenv("VALKKY_HARDWARE", str(hardware))
    report = lint_paths([])
    assert any("gesture 'bow'" in p.message and p.severity == "error"
               for p in report.problems)


def test_the_robot_moves_with_the_words_there(tmp_path: Path) -> None:
    """The robot's own loader takes the key (the simulator and the bridge read the file
    the runtime reads)."""
    _, gestures = load_hardware(fast_hardware(tmp_path / "hw"))
    assert "put_on_gloves" in gestures
