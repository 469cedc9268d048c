"""The command line under mistakes and signals: one clear line, the right exit status,
never a traceback, nothing lost."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from valkky.cli import main
from valkky.progress.store import Store
from valkky.testing.process import piped_stdin
from valkky.testing.wait import wait_until


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


# -- lessons of a path that is not there ----------------------------------------------------


def test_lessons_of_a_missing_path_is_an_error(library_root: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lessons", "/nonexistent"]) == 1
    captured = capsys.readouterr()
    line = _one_line(captured.err)
    assert "/nonexistent" in line and "no such" in line
    assert captured.out == ""


def test_lessons_of_a_folder_without_lessons_says_so(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lessons", str(tmp_path)]) == 1
    line = _one_line(capsys.readouterr().err)
    assert str(tmp_path) in line and "no lesson files" in line


# -- learners add: what a learner record may hold ------------------------------------------

BAD_ADD = [
    ("AB12", ["--level", "C9"], "level"),
    ("AB12", ["--level", "A1-A2"], "level"),
    ("AB12", ["--lang", "xx"], "language"),
    ("AB12", ["--lang", "english"], "language"),
    ("AB12", ["--profession", "avaruus"], "profession"),
    ("AB\x1b[2J12", [], "id"),
    ("AB\n12", [], "id"),
    ("AB 12", [], "id"),
    ("A" * 65, [], "id"),
    (" ", [], "id"),
    ("-x", [], "id"),
    ("AB12", ["--name", "Ali\x07"], "name"),
    ("AB12", ["--name", "x" * 101], "name"),
]


@pytest.mark.parametrize(("learner", "options", "what"), BAD_ADD,
                         ids=[f"{w}{i}" for i, (_, _, w) in enumerate(BAD_ADD)])
def test_learners_add_refuses_what_a_record_cannot_hold(
        library_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        learner: str, options: list[str], what: str) -> None:
    db = tmp_path / "p.db"
    assert main(["learners", "add", "--db", str(db), *options, "--", learner]) == 1
    line = _one_line(capsys.readouterr().err)
    assert what in line, line
    assert line.isprintable()  # the id is shown escaped, never as raw control characters
    store = Store(db)
    try:
        assert store.learners() == []
    finally:
        store.close()


def test_learners_add_takes_what_lessons_know(library_root: Path, tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    assert main(["learners", "add", "AB-12_x.y", "--db", str(db), "--lang", "en", "--level",
                 "a2", "--profession", "siivous", "--name", "Ali Hassan"]) == 0
    store = Store(db)
    try:
        x = store.learner("AB-12_x.y")
    finally:
        store.close()
    assert (x.lang, x.level, x.profession, x.display_name) == ("en", "A2", "siivous",
                                                               "Ali Hassan")


def test_run_refuses_a_learner_id_with_control_characters(
        good_lesson: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "a.txt"
    answers.write_text("moppi\n", encoding="utf-8")
    assert main(["run", "testi", "--learner", "K\x1b]0;x\x07", "--db", str(tmp_path / "p.db"),
                 "--answers", str(answers)]) == 1
    assert "id" in _one_line(capsys.readouterr().err)


# -- SIGTERM: stopped, said, resumable -----------------------------------------------------


def test_sigterm_stops_the_run_with_a_word_and_it_resumes(good_lesson: Path,
                                                          tmp_path: Path) -> None:
    db = tmp_path / "progress.db"
    proc = subprocess.Popen([sys.executable, "-m", "valkky.cli", "run", "testi", "--learner",
                             "T1", "--db", str(db)], stdin=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdin is not None
        proc.stdin.write("moppi\n")
        proc.stdin.flush()
        wait_until(lambda: db.exists() and _count(db) >= 1, 20, "the first answer's record")
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 143
    line = _one_line(err)
    assert "stopped" in line and "resume" in line
    with sqlite3.connect(db) as conn:
        assert list(conn.execute("SELECT end_reason, position FROM sessions")) == \
            [("stopped", 3)]
    answers = tmp_path / "rest.txt"
    answers.write_text("kaksi\n", encoding="utf-8")
    assert main(["run", "testi", "--learner", "T1", "--db", str(db), "--answers",
                 str(answers)]) == 0
    with sqlite3.connect(db) as conn:
        steps = [s for (s,) in conn.execute("SELECT step FROM attempts ORDER BY id")]
    assert steps == ["mika", "step-4"]  # the answer before the signal stayed; resumed


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db) as conn:
            return conn.execute("SELECT count(*) FROM attempts").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


# -- answers from a pipe or a file: no line is held whole ------------------------------------


def test_an_endless_line_on_stdin_is_cut_not_held() -> None:
    import io
    import tracemalloc

    from valkky.speech.text import MAX_LINE, bounded_lines

    stream = io.StringIO("x" * 5_000_000 + "\nmoppi\n")
    tracemalloc.start()
    try:
        lines = bounded_lines(stream)
        first = next(lines)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(first) == MAX_LINE and peak < 1_000_000
    assert next(lines) == "moppi"  # the rest of the long line was dropped, nothing more


def test_a_huge_answers_file_is_refused_in_one_line(good_lesson: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "a.txt"
    answers.write_text("moppi\n" * 300_000, encoding="utf-8")
    assert main(["run", "testi", "--learner", "H1", "--no-store", "--answers",
                 str(answers)]) == 1
    assert "answers" in _one_line(capsys.readouterr().err)


def test_a_long_piped_answer_is_judged_too_long(good_lesson: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    with piped_stdin("moppi " * 200_000 + "\nmoppi\n"):
        code = main(["run", "testi", "--learner", "H2", "--db", str(tmp_path / "p.db")])
    assert code == 0, capsys.readouterr().err
    with sqlite3.connect(tmp_path / "p.db") as conn:
        rows = list(conn.execute("SELECT verdict, reason, length(heard) FROM attempts"))
    assert rows[0][:2] == ("wrong", "too_long") and rows[0][2] <= 301
    assert rows[1][:2] == ("correct", None)


@pytest.mark.parametrize("name", ["*", "t*", "[a-z]*", "**", "../siivous/testi"])
def test_run_takes_a_lesson_id_never_a_pattern(good_lesson: Path, name: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", name, "--learner", "G1", "--no-store"]) == 1
    assert f"no lesson '{name}'" in _one_line(capsys.readouterr().err)


@pytest.mark.parametrize(("argv", "says"), [
    (["learners", "list", "--db", "/"], "is a folder"),
    (["learners", "list", "--db", "{tmp}"], "is a folder"),
    (["learners", "list", "--db", "/dev/null"], "is not a file"),
    (["learners", "add", "Z1", "--db", "{tmp}/x/p.db", "--level", "B3"], "level"),
])
def test_database_path_mistakes_are_one_line(tmp_path: Path, argv: list[str], says: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main([a.replace("{tmp}", str(tmp_path)) for a in argv]) == 1
    assert says in _one_line(capsys.readouterr().err)


def test_plan_without_a_lessons_folder_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["learners", "add", "P1", "--db", str(tmp_path / "p.db")]) == 0
    monkeypatch.setenv("VALKKY_LESSONS", str(tmp_path / "none"))
    assert main(["plan", "P1", "--db", str(tmp_path / "p.db")]) == 1
    assert "no lessons folder" in _one_line(capsys.readouterr().err)


def test_an_error_line_never_carries_control_characters(library_root: Path,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    assert main(["run", "x\x1b[2J\ny", "--learner", "E1", "--no-store"]) == 1
    line = _one_line(capsys.readouterr().err)
    assert line.isprintable() and "\\x1b[2J" in line
