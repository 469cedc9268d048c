"""Every error docs/lesson-format.md lists is reported, on the line where it is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import GOOD_LESSON
from valkky.cli import main
from valkky.lesson.lint import lint_paths


def _line_of(text: str, needle: str) -> int:
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in lesson")


def test_the_good_lesson_is_clean(good_lesson: Path) -> None:
    report = lint_paths([good_lesson])
    assert report.errors == 0, [str(p) for p in report.problems]
    assert report.warnings == 0
    assert [x.id for x in report.lessons] == ["testi"]


# (what to replace, its replacement, expected text in the message); the error must be on
# the replaced line.
BROKEN = [
    ("    gesture: wave", "    gesutre: wave", "unknown key 'gesutre' in a say step"),
    ("    accept: [moppi, se on moppi]", "    acept: [moppi, se on moppi]",
     "unknown key 'acept' in an ask step; did you mean 'accept'?"),
    ("    gesture: wave", "    gesture: jump", "unknown gesture 'jump'"),
    ("  - goto: mika", "  - goto: mikä-ei", "no step has that id"),
    ("    hint: {fi: Se alkaa mo., en: It starts with mo., ar: تبدأ بـ mo.}",
     "    hint: {fi: Se alkaa mo., en: It starts with mo.}", "lacks the support language(s): ar"),
    ("  - {fi: ämpäri, en: bucket, ar: دلو}", "  - {fi: ämpäri, en: bucket}",
     "lacks the support language(s): ar"),
    ("    show: moppi", "    show: {image: kuvat/moppi.png}", "does not exist"),
    ("level: A1", "level: C3", "'level' must be A1, A2, B1 or B2"),
    ("version: 1", "version: yksi", "'version' must be a whole number"),
    ("    answer: ämpäri", "    answer: harja", "not one of the options"),
    ("    if: {score_below: 0.6}", "    if: {score_below: paljon}", "must be a number"),
    ("profession: siivous", "profession: avaruus", "unknown profession 'avaruus'"),
    ("  - say: Kiitos!", "  - sano: Kiitos!", "the step has no kind"),
    ("  - say: Kiitos!", "  - {say: Kiitos!, ask: Mitä?}", "2 kinds"),
    ("  - choose: Kumpi on ämpäri?", "  - choose: [Kumpi on ämpäri?]", "must be text"),
    ("    accept: [moppi, se on moppi]", "    accept: {moppi: 1}", "must be a list of texts"),
    ("  - say: Hei! Tänään opimme siivousvälineitä.",
     "  - say: Hei! Tänään opimme: siivousvälineitä: [", "YAML syntax error"),
    ("title: Siivousvälineet", "title: Siivousvälineet\nid: toinen", "duplicate key 'id'"),
    ("    gesture: wave", "    gesture: wave\n    show: {text: Hei, tervetuloa}",
     "a comma inside {...} ends the text"),
    ("level: A1", "level: A1\nskills: [vocabulary, speeking]",
     "'speeking' is not a skill (known: vocabulary, listening, speaking, reading, "
     "pronunciation, writing); did you mean 'speaking'?"),
    ("level: A1", "level: A1\nskills:\n  - listening\n  - grammar", "'grammar' is not a skill"),
    ("level: A1", "level: A1\nreview: {somali: check}", "'somali' is not a two-letter"),
    ("level: A1", "level: A1\nreview: [so]", "must map a language code to a note"),
]


@pytest.mark.parametrize(("old", "new", "message"), BROKEN,
                         ids=[b[2].split("'")[0][:30] + str(i) for i, b in enumerate(BROKEN)])
def test_each_error_is_reported_on_its_line(library_root: Path, old: str, new: str,
                                            message: str) -> None:
    assert old in GOOD_LESSON
    text = GOOD_LESSON.replace(old, new, 1)
    path = library_root / "lessons" / "siivous" / "testi.yaml"
    path.write_text(text, encoding="utf-8")
    report = lint_paths([path])
    errors = [p for p in report.problems if p.severity == "error"]
    assert errors, f"no error for {new!r}"
    expected_line = _line_of(text, new.splitlines()[-1])
    matching = [p for p in errors if message in p.message]
    assert matching, [str(p) for p in errors]
    assert any(p.line == expected_line for p in matching), [str(p) for p in matching]


def test_duplicate_step_ids_name_the_first(library_root: Path) -> None:
    text = GOOD_LESSON.replace("  - choose: Kumpi", "  - id: mika\n    choose: Kumpi")
    path = library_root / "lessons" / "siivous" / "testi.yaml"
    path.write_text(text, encoding="utf-8")
    problems = [p for p in lint_paths([path]).problems if "duplicate step id" in p.message]
    first = _line_of(text, "id: mika")
    second = _line_of(text, "choose: Kumpi") - 1
    assert len(problems) == 1
    assert problems[0].line == second
    assert f"first on line {first}" in problems[0].message


def test_every_problem_is_reported_not_just_the_first(library_root: Path) -> None:
    text = (GOOD_LESSON.replace("    gesture: wave", "    gesture: jump")
            .replace("  - goto: mika", "  - goto: nowhere")
            .replace("level: A1", "level: Z9"))
    path = library_root / "lessons" / "siivous" / "testi.yaml"
    path.write_text(text, encoding="utf-8")
    assert lint_paths([path]).errors == 3


def test_duplicate_lesson_ids_across_files(good_lesson: Path) -> None:
    other = good_lesson.with_name("kopio.yaml")
    other.write_text(GOOD_LESSON, encoding="utf-8")
    report = lint_paths([good_lesson.parent])
    dupes = [p for p in report.problems if "duplicate lesson id" in p.message]
    assert len(dupes) == 1 and dupes[0].line == 1


def test_missing_required_keys_and_empty_file(library_root: Path) -> None:
    path = library_root / "lessons" / "siivous" / "tyhja.yaml"
    path.write_text("", encoding="utf-8")
    assert "empty" in lint_paths([path]).problems[0].message
    path.write_text("id: x\nversion: 1\n", encoding="utf-8")
    messages = " ".join(p.message for p in lint_paths([path]).problems)
    for key in ("title", "profession", "level", "support", "steps"):
        assert f"required key '{key}'" in messages


def test_not_a_mapping_and_not_utf8(library_root: Path) -> None:
    path = library_root / "lessons" / "siivous" / "lista.yaml"
    path.write_text("- say: hei\n", encoding="utf-8")
    assert lint_paths([path]).errors == 1
    path.write_bytes(b"id: \xff\xfe\n")
    assert "UTF-8" in lint_paths([path]).problems[0].message
    path.write_bytes("id: t\nsteps:\n  - say: Tämä\n".encode("latin-1"))
    problem = lint_paths([path]).problems[0]
    assert (problem.line, problem.col) == (3, 11) and "UTF-8" in problem.message  # the ä


def test_cli_lint_output_and_exit_status(good_lesson: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lint", str(good_lesson.parent)]) == 0
    assert "1 file checked: 0 errors, 0 warnings" in capsys.readouterr().out
    good_lesson.write_text(GOOD_LESSON.replace("level: A1", "level: A9"), encoding="utf-8")
    assert main(["lint", str(good_lesson)]) == 1
    out = capsys.readouterr().out
    assert f"{good_lesson}:5:8: error: 'level' must be" in out
    assert main(["lint", "--json", str(good_lesson)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["errors"] == 1 and data["problems"][0]["line"] == 5


def test_cli_lint_of_a_missing_path(library_root: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lint", str(library_root / "no-such.yaml")]) == 1
    assert "no such file or folder" in capsys.readouterr().out


def test_decomposed_letters_are_the_same_letters(library_root: Path) -> None:
    """A lesson edited where "ä" is stored as a + U+0308 reads as the same text."""
    text = GOOD_LESSON.replace("- {fi: ämpäri,", "- {fi: a\u0308mpa\u0308ri,", 1)
    assert text != GOOD_LESSON
    path = library_root / "lessons" / "siivous" / "testi.yaml"
    path.write_text(text, encoding="utf-8")
    report = lint_paths([path])
    assert report.errors == 0 and report.warnings == 0, [str(x) for x in report.problems]
    assert report.lessons[0].vocabulary[1].fi == "ämpäri"


def test_skills_and_review_are_read_and_listed(library_root: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    text = GOOD_LESSON.replace("level: A1", "level: A1\nskills: [speaking, vocabulary]\n"
                               "review: {ar: native speaker review wanted}", 1)
    path = library_root / "lessons" / "siivous" / "testi.yaml"
    path.write_text(text, encoding="utf-8")
    report = lint_paths([path])
    assert report.errors == report.warnings == 0, [str(p) for p in report.problems]
    lesson, = report.lessons
    assert lesson.skills == ("vocabulary", "speaking")  # the known order
    assert lesson.review == {"ar": "native speaker review wanted"}
    assert main(["lessons", "--json", str(path)]) == 0
    row, = json.loads(capsys.readouterr().out)
    assert row["skills"] == ["vocabulary", "speaking"]
    assert row["review"] == {"ar": "native speaker review wanted"}


def test_a_review_of_an_unsupported_language_is_a_warning(library_root: Path) -> None:
    text = GOOD_LESSON.replace("level: A1", "level: A1\nreview: {so: check}", 1)
    path = library_root / "lessons" / "siivous" / "testi.yaml"
    path.write_text(text, encoding="utf-8")
    warnings = [p for p in lint_paths([path]).problems if p.severity == "warning"]
    assert any("'so' is not in the lesson's support languages" in p.message
               for p in warnings), [str(p) for p in warnings]
