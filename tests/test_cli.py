"""The `valkky` command end to end, as a trainer or a script would use it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GOOD_LESSON
from valkky.cli import main
from valkky.testing.process import piped_stdin


def test_help_does_not_import_heavy_libraries() -> None:
    code = ("import sys, runpy; sys.argv=['valkky','--help']\n"
            "from valkky.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy={'vosk','sounddevice','pyttsx3','paho','libvoikko','rapidfuzz','num2words',"
            "'numpy','yaml','faster_whisper','ctranslate2','tokenizers','av'}\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("lint", "check", "run", "lessons", "demo", "schema", "calibrate-asr",
                    "models"):
        with pytest.raises(SystemExit) as info:
            main([command, "--help"])
        assert info.value.code == 0
        assert "usage: valkky" in capsys.readouterr().out


def test_run_with_answers_file_writes_events(good_lesson: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "answers.txt"
    answers.write_text("moppi\n\nkaksi\n", encoding="utf-8")
    log = tmp_path / "events.jsonl"
    code = main(["run", "testi", "--learner", "L1", "--answers", str(answers),
                 "--events", str(log)])
    assert code == 0
    events = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    types = {e["type"] for e in events}
    assert {"session", "step", "say", "show", "gesture", "ask", "heard", "verdict",
            "timing", "end"} <= types
    verdicts = [e for e in events if e["type"] == "verdict"]
    assert [(v["step"], v["verdict"], v["try"]) for v in verdicts] == [
        ("mika", "correct", 1), ("step-4", "silence", 1), ("step-4", "correct", 2)]
    assert all({"reason", "score"} <= v.keys() for v in verdicts)
    end = events[-1]
    assert end["type"] == "end" and end["reason"] == "stopped" and end["step"] == "step-5"
    out = capsys.readouterr().out
    assert "Välkky: Tämä on moppi." in out


def test_run_refuses_a_broken_lesson_with_its_line(good_lesson: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    good_lesson.write_text(GOOD_LESSON.replace("level: A1", "level: ZZ"), encoding="utf-8")
    answers = tmp_path / "a.txt"
    answers.write_text("moppi\n", encoding="utf-8")
    assert main(["run", str(good_lesson), "--learner", "L1", "--answers", str(answers)]) == 1
    err = capsys.readouterr().err
    assert f"{good_lesson}:5:8: error:" in err and "Traceback" not in err
    # every problem once, then what it means for the run (not the first problem again)
    assert err.count(":5:8: error:") == 1
    assert err.strip().splitlines()[-1] == \
        f"valkky: error: {good_lesson} has 1 error (above): the lesson is not started"


@pytest.mark.parametrize(("flag", "value"), [("--asr", "klingon"), ("--tts", "robotvoice"),
                                             ("--robot", "ftp://x")])
def test_run_refuses_unknown_adapters(good_lesson: Path, flag: str, value: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "testi", "--learner", "L1", flag, value]) == 2  # usage
    assert "known:" in capsys.readouterr().err


def test_run_of_an_unknown_lesson_id(library_root: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "ei-ole", "--learner", "L1"]) == 1
    assert "no lesson 'ei-ole'" in capsys.readouterr().err


def test_run_reads_answers_from_a_pipe(good_lesson: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    with piped_stdin("moppi\nkaksi\n"):
        code = main(["run", "testi", "--learner", "L1"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "vastaus> moppi" in out  # the piped answers were read ...
    assert "tauko" in out  # ... and it stopped when stdin ended, resumable


def test_check_examples_from_the_issue(capsys: pytest.CaptureFixture[str]) -> None:
    cases = [("Moppi.", ["moppi"], "correct", None), ("tuuli", ["tuli"], "almost", "vowel_length"),
             ("kuka", ["kukka"], "almost", "double_consonant"),
             ("ampari", ["ämpäri"], "almost", "umlaut"), ("3", ["kolme"], "correct", None),
             ("ämpäri", ["moppi"], "wrong", None), ("", ["moppi"], "silence", None)]
    for answer, accept, verdict, reason in cases:
        argv = ["check", "--json", answer] + [f"--accept={a}" for a in accept]
        assert main(argv) == 0
        got = json.loads(capsys.readouterr().out)
        assert (got["verdict"], got["reason"]) == (verdict, reason), (answer, got)
        assert set(got) == {"verdict", "reason", "score", "closest"}
        assert 0.0 <= got["score"] <= 1.0


def test_check_judges_as_a_lesson_step_does(capsys: pytest.CaptureFixture[str]) -> None:
    """--lesson and --step: the step's own accepted answers and foreseen mistakes, as a
    session judges them (a trainer tries an answer on a real step)."""
    def judged(*argv: str) -> tuple[str, str | None]:
        assert main(["check", "--json", *argv]) == 0
        got = json.loads(capsys.readouterr().out)
        return got["verdict"], got["reason"]

    step = ["--lesson", "siivous-valineet", "--step", "kysy-moppi"]
    assert judged(*step, "se on moppi") == ("correct", None)
    assert judged(*step, "ämpäri") == ("wrong", "mistake")  # the step's own mistake
    assert judged("--accept", "moppi", "ämpäri") == ("wrong", None)  # without it: no mistake

    # a choose step's option by its number as well, as a session takes it
    choose = ["--lesson", "siivous-asiakas", "--step", "step-11"]  # missä / milloin
    assert [judged(*choose, a)[0] for a in ("missä", "numero yksi", "ensimmäinen")] == \
        ["correct"] * 3
    assert judged(*choose, "kaksi") == judged(*choose, "milloin") == ("wrong", "other_option")


def test_check_shows_the_score_as_a_percentage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--accept", "tuli", "tuuli"]) == 0
    assert "almost (vowel_length)  score 90 %  closest: tuli" in capsys.readouterr().out


def test_lessons_lists_with_profession_and_level(good_lesson: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lessons"]) == 0
    out = capsys.readouterr().out
    assert "testi" in out and "siivous" in out and "A1" in out
    assert main(["lessons", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["steps"] == 9


def test_lessons_filters_by_profession_and_level(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lessons", "--profession", "hoiva", "--level", "a2", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["profession"] == "hoiva" for r in rows)
    assert {"hoiva-turvallisuus", "hoiva-asukas"} <= {r["id"] for r in rows}
    assert "hoiva-valineet" not in {r["id"] for r in rows}  # A1 only
    assert main(["lessons", "--profession", "avaruus"]) == 2  # usage
    assert "known:" in capsys.readouterr().err
    assert main(["lessons", "--level", "C7"]) == 2


def test_lessons_names_the_files_it_leaves_out_for_their_errors(
        good_lesson: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A trainer sees which file is missing from the list, and the command that says why
    (once only a count, "1 lesson file(s) have errors", and a bare `valkky lint`)."""
    broken = good_lesson.with_name("rikki.yaml")
    broken.write_text(GOOD_LESSON.replace("id: testi", "id: rikki").replace(
        "level: A1", "level: A3"), encoding="utf-8")
    folder = good_lesson.parent
    capsys.readouterr()
    assert main(["lessons", str(folder)]) == 0
    out, err = capsys.readouterr()
    assert "testi" in out and "rikki" not in out
    assert err.strip() == (f"not listed, for their errors: {broken} (`valkky lint {folder}` "
                           "says what is wrong)")
    assert main(["lint", str(folder)]) == 1
    assert "'level' must be" in capsys.readouterr().out


@pytest.mark.parametrize("name", ["missing.txt", "."])
def test_unreadable_answers_file_is_a_clear_error(good_lesson: Path, tmp_path: Path, name: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / name
    assert main(["run", "testi", "--learner", "L1", "--answers", str(path)]) == 1
    err = capsys.readouterr().err
    assert "--answers" in err and "Traceback" not in err


def test_a_full_disk_for_the_event_log_stops_cleanly(good_lesson: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    answers = tmp_path / "a.txt"
    answers.write_text("moppi\n", encoding="utf-8")
    db = tmp_path / "p.db"
    code = main(["run", "testi", "--learner", "L9", "--answers", str(answers), "--db", str(db),
                 "--events", "/dev/full"])
    err = capsys.readouterr().err
    assert code == 1 and "cannot write the event log" in err and "Traceback" not in err
