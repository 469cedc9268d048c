"""A dialogue's robot line after a learner turn plays whatever the verdict: praise there
praises a wrong answer too, so lint warns (docs/lesson-format.md, dialogue)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import GOOD_LESSON
from valkky.errors import Problem
from valkky.lesson.lint import lint_paths
from valkky.lesson.praise import praise_in

TURN = "      - accept: [siivoan, minä siivoan]\n"


def _lint(library_root: Path, after_turn: str) -> tuple[str, list[Problem]]:
    assert TURN in GOOD_LESSON
    text = GOOD_LESSON.replace(TURN, TURN + after_turn, 1)
    path = library_root / "lessons" / "siivous" / "testi.yaml"
    path.write_text(text, encoding="utf-8")
    report = lint_paths([path])
    assert report.errors == 0, [str(p) for p in report.problems]
    return text, [p for p in report.problems if p.severity == "warning"]


def test_praise_after_a_learner_turn_is_a_warning_on_its_line(library_root: Path) -> None:
    text, warnings = _lint(library_root, "      - robot: Hyvä. Mene nyt töihin.\n")
    assert len(warnings) == 1, [str(p) for p in warnings]
    w = warnings[0]
    line = text.splitlines().index("      - robot: Hyvä. Mene nyt töihin.") + 1
    assert (w.line, w.col) == (line, 16)
    assert "'Hyvä'" in w.message and "right or wrong" in w.message
    assert "'correct:'" in w.message and "neutral" in w.message


def test_a_thumbs_up_after_a_learner_turn_is_a_warning(library_root: Path) -> None:
    text, warnings = _lint(library_root,
                           "      - robot: Selvä. Mene nyt töihin.\n        gesture: thumbs_up\n")
    assert len(warnings) == 1, [str(p) for p in warnings]
    assert "'thumbs_up'" in warnings[0].message
    assert warnings[0].line == text.splitlines().index("        gesture: thumbs_up") + 1


@pytest.mark.parametrize("line", ["Selvä. Mene nyt töihin.", "Hyvää huomenta!",
                                  "Hyvää päivää ja hyvää työpäivää.", "Ole hyvä.",
                                  "Hyvä on. Minä odotan.", "Kiitos, oikein hyvin."])
def test_a_neutral_line_is_not_a_warning(library_root: Path, line: str) -> None:
    _, warnings = _lint(library_root, f"      - robot: {line}\n        gesture: nod\n")
    assert warnings == [], [str(p) for p in warnings]


def test_praise_in_the_turns_correct_reaction_is_not_a_warning(library_root: Path) -> None:
    _, warnings = _lint(library_root, "        correct: {say: Hyvä! Oikein., gesture: thumbs_up}\n"
                                      "      - robot: Selvä.\n")
    assert warnings == [], [str(p) for p in warnings]


def test_praise_before_any_learner_turn_is_not_a_warning(library_root: Path) -> None:
    text = GOOD_LESSON.replace("      - robot: Hei! Mitä sinä teet?",
                               "      - robot: Hienoa, että tulit! Mitä sinä teet?", 1)
    path = library_root / "lessons" / "siivous" / "testi.yaml"
    path.write_text(text, encoding="utf-8")
    report = lint_paths([path])
    assert report.errors == report.warnings == 0, [str(p) for p in report.problems]


@pytest.mark.parametrize(("line", "praise"), [
    ("Hienoa, kiitos!", "Hienoa"), ("Kyllä, juuri niin.", "juuri niin"),
    ("Kiitos! Hyvää työtä tänään.", "Hyvää työtä"), ("Hyvä kysymys!", "Hyvä"),
    ("Oikein!", "Oikein"), ("Just niin.", "Just niin"), ("Täsmälleen.", "Täsmälleen"),
    ("Hyvä idea. Tehdään niin.", "Hyvä"), ("Hyvä, että kerroit.", "Hyvä"),
])
def test_praise_words(line: str, praise: str) -> None:
    assert praise_in(line) == praise


@pytest.mark.parametrize("line", ["Hyvää huomenta.", "Olkaa hyvä.", "Hyvä on.",
                                  "Oikein hyvää viikonloppua!", "Kiitos, että kerroit.",
                                  "Ei kestä."])
def test_not_praise(line: str) -> None:
    assert praise_in(line) is None


MISTAKE = "      ämpäri: Ei. Ämpäri on toinen.\n"


def _mistake_linted(library_root: Path, mistake: str) -> tuple[str, list[Problem]]:
    """The lesson with ``mistake`` in place of its one foreseen mistake, and lint's
    warnings on it (no error)."""
    assert MISTAKE in GOOD_LESSON
    text = GOOD_LESSON.replace(MISTAKE, f"      {mistake}\n", 1)
    path = library_root / "lessons" / "siivous" / "testi.yaml"
    path.write_text(text, encoding="utf-8")
    report = lint_paths([path])
    assert report.errors == 0, [str(p) for p in report.problems]
    return text, [p for p in report.problems if p.severity == "warning"]


@pytest.mark.parametrize(("mistake", "warned"), [
    ("ämpäri: Melkein. Ämpäri on toinen.", "'Melkein'"),
    ("ämpäri: 'Lähes oikein! Sano: moppi.'", "'Lähes oikein'"),
    ("ämpäri: {say: 'Miltei. Sano: moppi.', gesture: nod}", "'Miltei'"),
    ("ämpäri: {say: 'Melkein. Sano: moppi.', verdict: wrong}", "'Melkein'"),
    # the verdict the words say, or words that do not say "nearly"
    ("ämpäri: {say: 'Melkein. Sano: moppi.', verdict: almost}", None),
    ("ämpäri: Ei aivan. Ämpäri on toinen.", None),
    ("ämpäri: Ei. Tämä on melkein sama, mutta ämpäri on toinen.", None),
])
def test_nearly_in_a_mistake_judged_wrong_is_a_warning(library_root: Path, mistake: str,
                                                        warned: str | None) -> None:
    """The learner would hear "nearly" while their progress records a wrong answer."""
    text, warnings = _mistake_linted(library_root, mistake)
    if warned is None:
        assert warnings == [], [str(p) for p in warnings]
        return
    [w] = warnings
    assert w.line == text.splitlines().index(f"      {mistake}") + 1
    assert f"says {warned} (nearly right), but the mistake is judged wrong" in w.message
    assert "verdict: almost" in w.message and "'Ei aivan.'" in w.message


@pytest.mark.parametrize(("mistake", "warned"), [
    ("ämpäri: Hyvä, mutta siinä on vielä yksi.", "'Hyvä'"),
    ("ämpäri: 'Hyvä alku! Sano koko lause: se on moppi.'", "'Hyvä'"),
    ("ämpäri: {say: 'Hienoa, mutta ämpäri on toinen.', verdict: wrong}", "'Hienoa'"),
    # judged almost, praise after a no, or none at all
    ("ämpäri: {say: 'Hyvä alku! Sano: se on moppi.', verdict: almost}", None),
    ("ämpäri: Ei. Oikein on moppi.", None),
    ("ämpäri: Ei vielä. Siinä on kaksi.", None),
])
def test_praise_opening_a_mistake_judged_wrong_is_a_warning(library_root: Path, mistake: str,
                                                            warned: str | None) -> None:
    """The learner would hear praise while their progress records a wrong answer."""
    _, warnings = _mistake_linted(library_root, mistake)
    if warned is None:
        assert warnings == [], [str(p) for p in warnings]
        return
    [w] = warnings
    assert f"opens with {warned} (praise), but the mistake is judged wrong" in w.message
