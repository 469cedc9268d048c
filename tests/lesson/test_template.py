"""The workplace template (lessons/templates/tyopaikka.yaml): once filled in it is a clean
lesson a learner can take; a blank left in it is an error that says what to write; and
`valkky lessons new --workplace` starts one (docs/workplace-lesson.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from valkky.cli import main
from valkky.engine.feedback import almost_fi
from valkky.engine.session import Session
from valkky.judge import judge
from valkky.lesson.lint import lint_paths
from valkky.lesson.loader import PLACEHOLDER, load_lesson
from valkky.lesson.references import load_library
from valkky.lesson.template import TEMPLATE, fill, slug, with_examples
from valkky.paths import lessons_dir
from valkky.runtime import Runtime
from valkky.testing.learners import ScriptedLearner
from valkky.testing.library import library_report

RAW = (lessons_dir() / TEMPLATE).read_text(encoding="utf-8")


def _filled(tmp_path: Path) -> Path:
    path = tmp_path / "siivous-kauppakeskus.yaml"
    path.write_text(with_examples(RAW), encoding="utf-8")
    return path


def test_the_filled_in_template_lints_clean(tmp_path: Path) -> None:
    report = lint_paths([_filled(tmp_path)])
    assert report.errors == 0 and report.warnings == 0, [str(p) for p in report.problems]
    lesson, = report.lessons
    assert lesson.id == "siivous-kauppakeskus" and "reading" in lesson.skills


def test_a_learner_takes_the_filled_in_lesson(tmp_path: Path) -> None:
    library, _ = load_library()
    lesson = load_lesson(_filled(tmp_path), library)
    learner = ScriptedLearner()
    session = Session(lesson, judge=judge, feedback=almost_fi, lang="en")
    end = Runtime(session, learner, []).run()
    assert end.reason == "completed" and end.score == 1.0
    assert len(learner.expectations) >= 8


def test_every_blank_left_is_an_error_saying_what_to_write(tmp_path: Path) -> None:
    text = with_examples(RAW).replace("lattianpesukone", "<TÄYTÄ: kone, esim. pakkauskone>", 1)
    path = tmp_path / "siivous-kauppakeskus.yaml"
    path.write_text(text, encoding="utf-8")
    errors = [p for p in lint_paths([path]).problems if p.severity == "error"]
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "esim. pakkauskone" in row)
    assert len(errors) == 1 and errors[0].line == line, [str(p) for p in errors]
    assert "placeholder" in errors[0].message and "for example 'pakkauskone'" in \
        errors[0].message


def test_the_raw_template_reports_each_blank() -> None:
    blanks = sum(len(PLACEHOLDER.findall(row)) for row in RAW.splitlines()
                 if not row.lstrip().startswith("#"))
    assert blanks >= 20
    problems = lint_paths([lessons_dir() / TEMPLATE]).problems
    assert sum("placeholder" in p.message for p in problems) == blanks


def test_the_template_is_not_a_lesson_of_the_library() -> None:
    assert all("templates" not in (x.path or "") for x in library_report().lessons)


def test_fill_and_slug() -> None:
    assert slug("Kauppakeskus Iso Omena") == "kauppakeskus-iso-omena"
    assert slug("Pääkonttori, Töölö") == "paakonttori-toolo"
    assert fill("x: '<TÄYTÄ: nimi, esim. Sari>'", {"nimi": "D'Angelo"}) == "x: 'D''Angelo'"


def test_lessons_new_starts_a_workplace_lesson(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "uusi.yaml"
    assert main(["lessons", "new", "--workplace", "Kauppakeskus Iso Omena",
                 "--profession", "siivous", "--out", str(out)]) == 0
    assert "fill in" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8")
    assert "id: 'siivous-kauppakeskus-iso-omena'" in text
    assert "kauppakeskus Iso Omena" not in text and "Kauppakeskus Iso Omena" in text
    messages = [p.message for p in lint_paths([out]).problems if p.severity == "error"]
    assert messages and all("placeholder" in m for m in messages)  # id, profession: done
    assert main(["lessons", "new", "--workplace", "Kauppakeskus Iso Omena",
                 "--profession", "siivous", "--out", str(out)]) != 0  # not overwritten
    assert main(["lessons", "new", "--workplace", "X", "--profession", "avaruus",
                 "--out", str(tmp_path / "b.yaml")]) != 0


def test_the_guide_names_the_template_and_the_command() -> None:
    guide = (lessons_dir().parent / "docs" / "workplace-lesson.md").read_text(encoding="utf-8")
    assert "lessons/templates/tyopaikka.yaml" in guide
    assert "valkky lessons new --workplace" in guide and "valkky lint" in guide
    what = {m.group(1).partition(", esim. ")[0].strip() for m in PLACEHOLDER.finditer(RAW)}
    assert {"kone", "kyltti", "paikka", "esihenkilön nimi"} <= what
