"""Every usage error of every command exits 2, as README says (0 success, 1 a problem the
message explains, 2 wrong usage): argparse's own and those a command finds itself (a flag
missing, two that do not go together, a value a flag does not take), each one clear line
and never a traceback. Once `valkky lessons new` without its flags exited 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from valkky.cli import main
from valkky.errors import EXIT_USAGE
from valkky.testing.table import check_rows

LESSON = "siivous-valineet"  # a bundled lesson: its steps and languages are known
RUN = ["run", LESSON, "--learner", "L1", "--no-store"]


def _rows(tmp: Path) -> list[list[str]]:
    db = str(tmp / "p.db")
    return [
        [],  # no command
        ["lesons"],
        ["lessons", "new"],
        ["lessons", "new", "--workplace", "Paja"],
        ["lessons", "--workplace", "Paja", "--profession", "siivous"],  # without 'new'
        ["lessons", "new", "--workplace", "Paja", "--profession", "avaruus"],
        ["lessons", "new", "--workplace", "!!!", "--profession", "siivous"],
        ["lessons", "--out", str(tmp / "x.yaml")],
        ["lessons", "--level", "C7"],
        ["lessons", "--profession", "avaruus"],
        ["check", "--accept", "moppi"],
        ["check", "moppi"],
        ["check", "--accept", "moppi", "--sentences", "9", "moppi"],
        ["check", "--accept", "moppi", "--strict", "ei-ole", "moppi"],
        ["check", "--accept", "moppi", "--audio", str(tmp / "a.wav")],
        ["check", "--asr", "whisper", "--audio", str(tmp / "a.wav"), "--accept", "a", "a"],
        ["check", "--asr", "klingon", "moppi"],
        ["check", "--lesson", LESSON, "moppi"],  # --step missing
        ["check", "--lesson", LESSON, "--step", "ei-ole", "moppi"],
        ["check", "--lesson", LESSON, "--step", "kysy-moppi", "--accept", "x", "moppi"],
        [*RUN, "--asr", "klingon"],
        [*RUN, "--tts", "robotvoice"],
        [*RUN, "--robot", "ftp://x"],
        [*RUN, "--robot", "mqtt://127.0.0.1:1883"],  # no robot id
        [*RUN, "--lang", "xx", "--answers", "/dev/null"],
        [*RUN, "--start-at", "ei-ole", "--answers", "/dev/null"],
        [*RUN, "--asr", "whisper", "--answers", "/dev/null"],
        [*RUN, "--asr", "vosk", "--audio-in", str(tmp / "a.wav")],
        [*RUN, "--asr", "text", "--audio-in", str(tmp / "a.wav")],
        [*RUN, "--db", "mysql://u@h/db"],
        [*RUN, "--screen", "ei-portti"],
        ["learners"],
        ["learners", "show", "--db", db],
        ["report", "--db", db],
        ["report", "--lesson", LESSON, "--html", str(tmp / "r.html"), "--db", db],
        ["export", "--db", db],
        ["export", "xapi", "--since", "eilen", "--db", db],
        ["progress", "migrate", "--from", db, "--to", "mysql://u@h/db"],
        ["console", "--bind", "ei-portti"],
        ["console", "--login-wait", "0"],
        ["console", "--broker", "ftp://x"],
        ["sim", "--broker", "ftp://x"],
        ["bridge", "--broker", "mqtt://127.0.0.1:1883/polku"],
        ["bridge", "--driver", "maestro"],
        ["bridge", "--driver", "ei-ole"],
        ["models", "install", "whisper-base", "--sha256", "00"],
        ["calibrate-asr"],
        ["doctor", "--ei-ole"],
    ]


def test_every_usage_error_exits_2_with_one_clear_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def check(argv: list[str]) -> None:
        try:
            status = main(argv)
        except SystemExit as exc:  # argparse's own refusals
            status = exc.code
        out, err = capsys.readouterr()
        assert status == EXIT_USAGE, f"exit {status}: {err.strip()}"
        assert "error" in err or "usage:" in err + out, err  # no command: the help
        assert "Traceback" not in err, err

    check_rows(_rows(tmp_path), check, name=" ".join)
    assert not (tmp_path / "x.yaml").exists() and not (tmp_path / "r.html").exists()


def test_a_usage_error_found_by_a_command_points_to_its_help(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lessons", "new", "--workplace", "Paja"]) == EXIT_USAGE
    err = capsys.readouterr().err.strip()
    assert err.startswith("valkky: error: usage: valkky lessons new --workplace NAME")
    assert err.endswith("(`valkky lessons --help` says how)") and "\n" not in err


def test_a_problem_that_is_not_usage_still_exits_1(
        capsys: pytest.CaptureFixture[str]) -> None:
    """The usage status is for wrong usage only: a missing file is a problem (1)."""
    assert main(["lint", "/nonexistent/lesson.yaml"]) == 1
    assert main(["calibrate-asr", "/nonexistent"]) == 1
