"""The settings file with environment overrides, and `valkky doctor`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from valkky.cli import main
from valkky.config import Config, load_config
from valkky.errors import ConfigError
from valkky.testing.table import check_rows, refused


def test_defaults_file_and_environment(tmp_path: Path) -> None:
    nowhere = {"XDG_CONFIG_HOME": str(tmp_path / "none")}  # the file is looked for in env's
    assert load_config(None, env=nowhere) == Config()
    (tmp_path / "xdg" / "valkky").mkdir(parents=True)
    (tmp_path / "xdg" / "valkky" / "valkky.toml").write_text('[robot]\nid = "r9"\n',
                                                             encoding="utf-8")
    assert load_config(None, env={"XDG_CONFIG_HOME": str(tmp_path / "xdg")}).robot.id == "r9"
    file = tmp_path / "valkky.toml"
    file.write_text('[robot]\nid = "r2"\n[speech]\nsilence_timeout_s = 6\n'
                    'model_path = "/srv/fi"\n', encoding="utf-8")
    config = load_config(file, env={"VALKKY_SPEECH_MODEL_PATH": "/opt/fi",
                                    "VALKKY_DATA_DIR": "/var/lib/valkky"})
    assert config.robot.id == "r2"
    assert config.speech.silence_timeout_s == 6.0
    assert config.speech.model_path == "/opt/fi"  # the environment wins
    assert config.data.dir == "/var/lib/valkky"
    assert config.source == str(file)


BAD_SETTINGS = [
    ("[speech]\nsilence_timeout_s = 'long'\n", "[speech] silence_timeout_s must be float"),
    ("[speech]\nmodel = 'x'\n", "unknown key(s) in [speech]: model"),
    ("[speech]\nreject_margin = -3.1\n", "reject_margin is no longer used: the Whisper rule is"),
    ("[voice]\nrate = 1\n", "unknown section(s) voice"),
    ("[speech]\nrule_apart_length = -0.025\n",
     "[speech] rule_apart_length must be 0 or more, not -0.025"),
    ("[speech\n", "valkky.toml"),
    # the silence that ends an answer after pauses lies between these two: 0 would end
    # every answer at its first frame of silence
    ("[speech]\nhesitation_s = 0\n",
     "[speech] hesitation_s must be at least endpoint_silence_s (0.5), not 0.0"),
    ("[speech]\nhesitation_s = -1\n", "hesitation_s must be at least endpoint_silence_s"),
    ("[speech]\nendpoint_silence_s = 1.5\nhesitation_s = 1.2\n",
     "[speech] hesitation_s must be at least endpoint_silence_s (1.5), not 1.2"),
    ("[speech]\nendpoint_silence_s = 0\nhesitation_s = 0\n",
     "[speech] endpoint_silence_s must be over 0, not 0.0"),
    ("[speech]\nmax_answer_s = 0\n", "[speech] max_answer_s must be over 0, not 0.0"),
    # nan passes every comparison (a cap that never cuts); inf is no setting either
    ("[speech]\nendpoint_silence_s = nan\n",
     "[speech] endpoint_silence_s must be a number, not nan"),
    ("[speech]\nhesitation_s = nan\n", "[speech] hesitation_s must be a number, not nan"),
    ("[speech]\nmax_answer_s = nan\n", "[speech] max_answer_s must be a number, not nan"),
    ("[speech]\nmax_answer_s = inf\n", "[speech] max_answer_s must be a number, not inf"),
    ("[speech]\nrule_bias = -nan\n", "[speech] rule_bias must be a number, not nan"),
    # 0 s without an answer is silence: every answer would be silence before it began
    ("[speech]\nsilence_timeout_s = 0\n", "[speech] silence_timeout_s must be over 0, not 0.0"),
    ("[speech]\nsilence_timeout_s = -8\n", "[speech] silence_timeout_s must be over 0, not -8.0"),
    ("[data]\nretry_s = 0\n", "[data] retry_s must be over 0, not 0.0"),
    ("[screen]\nreconnect_s = -1\n", "[screen] reconnect_s must be over 0, not -1.0"),
    # Whisper's encoder would score the first 28.5 s and drop the rest unsaid
    ("[speech]\nmax_answer_s = 40\n", "[speech] max_answer_s must be at most 28.0"),
    # TOML's true is no number (Python would take it for 1)
    ("[speech]\nmax_answer_s = true\n", "[speech] max_answer_s must be float, not True"),
    ("[speech]\nrate_wpm_a1 = false\n", "[speech] rate_wpm_a1 must be int, not False"),
    # over 1 every answer would be asked again; below 0 none ever
    ("[speech]\nmin_confidence = 1.5\n",
     "[speech] min_confidence must be between 0.0 and 1.0 (a confidence, 0 to 1), not 1.5"),
    ("[speech]\nmin_confidence = -0.1\n", "[speech] min_confidence must be between 0.0 and"),
    # espeak-ng speaks no slower than 80 words a minute, nor a rate of 0
    ("[speech]\nrate_wpm_a1 = 0\n", "[speech] rate_wpm_a1 must be between 80 and 450 "
     "(the speeds espeak-ng speaks at, words a minute), not 0"),
    ("[speech]\nrate_wpm_b1 = 1450\n", "[speech] rate_wpm_b1 must be between 80 and 450"),
]


def test_bad_settings_are_named(tmp_path: Path) -> None:
    file = tmp_path / "valkky.toml"

    def named(text: str, message: str) -> None:
        file.write_text(text, encoding="utf-8")
        refused(lambda: load_config(file, env={}), ConfigError, message)

    check_rows(BAD_SETTINGS, lambda row: named(*row), lambda row: row[0].strip())


def test_a_hesitation_left_at_its_default_follows_a_longer_endpoint(tmp_path: Path) -> None:
    """A config written before the pair was checked (a noisy room's longer endpoint alone)
    still starts: the hesitation left at its default is never under the endpoint."""
    file = tmp_path / "valkky.toml"
    file.write_text("[speech]\nendpoint_silence_s = 1.5\n", encoding="utf-8")
    speech = load_config(file, env={}).speech
    assert (speech.endpoint_silence_s, speech.hesitation_s) == (1.5, 1.5)
    speech = load_config(None, env={"VALKKY_SPEECH_ENDPOINT_SILENCE_S": "0.8",
                                    "XDG_CONFIG_HOME": str(tmp_path / "none")}).speech
    assert (speech.endpoint_silence_s, speech.hesitation_s) == (0.8, 1.2)  # default kept


def test_a_bad_hesitation_from_the_environment_is_named_too(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=re.escape("[speech] hesitation_s must be at least")):
        load_config(None, env={"VALKKY_SPEECH_HESITATION_S": "0.1",
                               "XDG_CONFIG_HOME": str(tmp_path)})


BAD_ENVIRONMENT = [
    ({"VALKKY_SPEECH_HESITATION_S": "0.1"},
     "VALKKY_SPEECH_HESITATION_S (environment): [speech] hesitation_s must be at least "
     "endpoint_silence_s (0.5), not 0.1"),
    ({"VALKKY_SPEECH_MAX_ANSWER_S": "nan"},
     "VALKKY_SPEECH_MAX_ANSWER_S (environment): [speech] max_answer_s must be a number, "
     "not 'nan'"),
    ({"VALKKY_SPEECH_SILENCE_TIMEOUT_S": "0"},
     "VALKKY_SPEECH_SILENCE_TIMEOUT_S (environment): [speech] silence_timeout_s must be "
     "over 0, not 0.0"),
    ({"VALKKY_SPEECH_MAX_ANSWER_S": "long"},
     "VALKKY_SPEECH_MAX_ANSWER_S (environment): [speech] max_answer_s must be float, "
     "not 'long'"),
    ({"VALKKY_SPEECH_RULE_APART_LENGTH": "-1"},
     "VALKKY_SPEECH_RULE_APART_LENGTH (environment): [speech] rule_apart_length must be 0 "
     "or more, not -1.0"),
]


def test_a_bad_value_from_the_environment_names_the_variable_not_the_file(
        tmp_path: Path) -> None:
    """The variable is what to mend: the settings file (there or not) is not named."""
    file = tmp_path / "valkky.toml"
    file.write_text("[speech]\nvoice = 'fi'\n", encoding="utf-8")

    def named(env: dict[str, str], message: str, with_file: bool) -> None:
        said = refused(lambda: load_config(file if with_file else None,
                                           env={**env, "XDG_CONFIG_HOME": str(tmp_path / "none")}),
                       ConfigError)
        assert said == message

    check_rows([(*row, with_file) for row in BAD_ENVIRONMENT for with_file in (False, True)],
               lambda row: named(*row), lambda row: f"{row[0]} with_file={row[2]}")
    # and a pair given in two places names both
    file.write_text("[speech]\nhesitation_s = 0.8\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(
            f"{file} and VALKKY_SPEECH_ENDPOINT_SILENCE_S (environment): [speech] "
            "hesitation_s must be at least endpoint_silence_s (1.0), not 0.8")):
        load_config(file, env={"VALKKY_SPEECH_ENDPOINT_SILENCE_S": "1.0"})


@pytest.mark.parametrize(("var", "meant"), [
    ("VALKKY_SPEECH_MAX_ANSWR_S", "VALKKY_SPEECH_MAX_ANSWER_S ([speech] max_answer_s)"),
    ("VALKKY_SPEECH_MIN_CONFIDENSE", "VALKKY_SPEECH_MIN_CONFIDENCE ([speech] min_confidence)"),
    ("VALKKY_DATA_RETRY", "VALKKY_DATA_RETRY_S ([data] retry_s)"),
    ("VALKKY_ROBOT_BROKERURL", "VALKKY_ROBOT_BROKER_URL ([robot] broker_url)"),
])
def test_a_misspelled_variable_is_named_not_ignored(tmp_path: Path, var: str,
                                                    meant: str) -> None:
    """Read as nothing, its value would be lost without a word."""
    with pytest.raises(ConfigError) as raised:
        load_config(None, env={var: "1", "XDG_CONFIG_HOME": str(tmp_path)})
    assert str(raised.value) == f"{var} (environment): no such setting; did you mean {meant}?"


def test_other_variables_of_the_same_prefix_are_left_alone(tmp_path: Path) -> None:
    """The systemd unit's own variables (deploy/env/runtime.env) are no settings."""
    env = {"VALKKY_ROBOT_URL": "mqtt://127.0.0.1:1883/valkky-1", "VALKKY_SPEECH": "--asr text",
           "VALKKY_SCREENSHOTS": "/tmp/shots", "VALKKY_DATA_DIR": "/srv/valkky",
           "XDG_CONFIG_HOME": str(tmp_path)}
    assert load_config(None, env=env).data.dir == "/srv/valkky"


def test_a_missing_config_file_is_an_error_when_named(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(tmp_path / "nope.toml"), "doctor"]) == 1
    assert "no configuration file" in capsys.readouterr().err


def test_doctor_explains_a_machine_without_sound_card_or_model(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    file = tmp_path / "valkky.toml"
    file.write_text('[robot]\nbroker_url = "mqtt://127.0.0.1:9"\n', encoding="utf-8")
    code = main(["--config", str(file), "doctor"])
    out = capsys.readouterr().out
    assert "spoken Finnish is not heard" in out  # no Whisper model in this data dir
    assert "espeak-ng" in out and "lessons:" in out
    assert "not reachable" in out and code == 1  # a configured broker that is down is needed
    for line in out.splitlines()[1:-1]:
        assert line[0] in "✓✗⚠", line


def test_doctor_names_the_lessons_folder_it_checked(
        good_lesson: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The fix names the folder the lessons are read from (VALKKY_LESSONS, the wheel's
    bundled copy), not a `lessons` folder that may not be there."""
    from valkky.paths import lessons_dir

    good_lesson.write_text(good_lesson.read_text(encoding="utf-8").replace(
        "level: A1", "level: A3"), encoding="utf-8")
    assert main(["doctor"]) == 1
    out = capsys.readouterr().out
    assert f"— fix: run `valkky lint {lessons_dir()}` to see them" in out
