"""Real components by default where the machine has them; the text stand-ins, said once,
where it has not."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

import pytest

from valkky import launch
from valkky.config import Config
from valkky.settings import Settings
from valkky.speech import devices


def _settings(vosk_model: str = "", asr: str = "auto") -> Settings:
    config = Config()
    config = dataclasses.replace(config, speech=dataclasses.replace(config.speech,
                                                                    model_path=vosk_model))
    return Settings(config=config, db=Path("x.db"), model=vosk_model or None,
                    mqtt_username=None, mqtt_password=None, asr=asr)


def _args(**kw: object) -> argparse.Namespace:
    return argparse.Namespace(**{"audio_in": None, "answers": None, "model": None, **kw})


def test_speech_out_is_espeak_where_there_is_a_speaker(monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    monkeypatch.setattr(devices, "has_espeak", lambda: True)
    monkeypatch.setattr(devices, "has_output", lambda: True)
    notes: list[str] = []
    assert launch.pick_tts("auto", notes) == "espeak" and notes == []
    monkeypatch.setattr(devices, "has_output", lambda: False)
    assert launch.pick_tts("auto", notes) == "text"
    assert "no audio output" in notes[0]
    assert launch.pick_tts("wav:out", notes) == "wav:out"  # a choice made is kept


def test_speech_in_is_the_microphone_through_the_installed_recogniser(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(devices, "has_input", lambda: True)
    monkeypatch.setattr(launch, "whisper_ready", lambda _config: True)
    notes: list[str] = []
    assert launch.pick_asr(_args(), _settings(), notes) == "whisper"
    assert launch.pick_asr(_args(audio_in=["a.wav"]), _settings(), notes) == "whisper"
    assert launch.pick_asr(_args(answers="a.txt"), _settings(), notes) == "text"
    assert launch.pick_asr(_args(model="/vosk-fi"), _settings(), notes) == "vosk"
    monkeypatch.setattr(launch, "whisper_ready", lambda _config: False)
    assert launch.pick_asr(_args(), _settings("/models/vosk-fi"), notes) == "vosk"
    assert notes == []
    assert launch.pick_asr(_args(), _settings(), notes) == "text"
    assert "no speech recogniser installed" in notes[-1]
    monkeypatch.setattr(devices, "has_input", lambda: False)
    monkeypatch.setattr(launch, "whisper_ready", lambda _config: True)
    assert launch.pick_asr(_args(), _settings(), notes) == "text"
    assert "no microphone" in notes[-1]
    assert launch.pick_asr(_args(), _settings(asr="text"), notes) == "text"
