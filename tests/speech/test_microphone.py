"""The microphone path, driven through sounddevice's stream callback with synthetic
buffers: no sound card needed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from valkky.errors import AdapterError
from valkky.events import Prompt
from valkky.speech.asr import FRAME_S, ListenSettings, Microphone, VoskListener
from valkky.speech.audio import ASR_RATE, read_wav, resample
from valkky.speech.tts import MicGate

BLOCK = int(ASR_RATE * FRAME_S)


class FakeStream:
    """Stands in for sounddevice.RawInputStream: the test calls its callback."""

    def __init__(self, **kw: Any):
        self.kw = kw
        self.callback = kw["callback"]
        self.started = self.closed = False

    def start(self) -> None:
        self.started = True

    def stop(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True

    def feed(self, samples: np.ndarray) -> None:
        for i in range(0, len(samples), BLOCK):
            block = samples[i:i + BLOCK].astype(np.int16)
            self.callback(block.tobytes(), len(block), None, None)


class FakeSd:
    def __init__(self) -> None:
        self.stream: FakeStream | None = None

    def RawInputStream(self, **kw: Any) -> FakeStream:
        self.stream = FakeStream(**kw)
        return self.stream


def _prompt(*expected: str, barge_in: bool = False) -> Prompt:
    return Prompt(step="s", kind="ask", text="", try_number=1, tries=2, expected=expected,
                  barge_in=barge_in)


def test_opens_16k_mono_and_drops_audio_while_muted() -> None:
    sd, now = FakeSd(), [0.0]
    gate = MicGate(clock=lambda: now[0])
    mic = Microphone("USB mic", gate=gate, sd=sd, stall_s=0.05)
    assert sd.stream.kw["samplerate"] == 16000 and sd.stream.kw["channels"] == 1
    assert sd.stream.kw["device"] == "USB mic" and sd.stream.started
    frames = mic.next_answer(_prompt("x"))
    gate.speaking_for(1.0)  # the robot speaks: what the mic hears now is dropped
    sd.stream.feed(np.full(BLOCK * 3, 100))
    now[0] = 2.0
    sd.stream.feed(np.full(BLOCK * 2, 7))
    got = [next(frames) for _ in range(2)]
    assert all(np.frombuffer(f, np.int16)[0] == 7 for f in got)
    with pytest.raises(AdapterError, match="sent nothing"):
        next(frames)  # a silent, unmuted device is reported, not waited on forever
    mic.close()
    assert sd.stream.closed


def test_barge_in_keeps_the_mic_open_while_speaking() -> None:
    sd = FakeSd()
    gate = MicGate(clock=lambda: 0.0)
    mic = Microphone(gate=gate, sd=sd)
    frames = mic.next_answer(_prompt("x", barge_in=True))
    gate.speaking_for(5.0)
    sd.stream.feed(np.full(BLOCK, 9))
    assert np.frombuffer(next(frames), np.int16)[0] == 9


def test_audio_before_the_question_is_not_part_of_the_answer() -> None:
    sd = FakeSd()
    mic = Microphone(gate=MicGate(clock=lambda: 0.0), sd=sd, stall_s=0.05)
    sd.stream.feed(np.full(BLOCK * 4, 3))
    frames = mic.next_answer(_prompt("x"))
    sd.stream.feed(np.full(BLOCK, 5))
    assert np.frombuffer(next(frames), np.int16)[0] == 5


def test_an_answer_spoken_into_the_microphone_is_recognised(tmp_path: Path, vosk_model: Path
                                                            ) -> None:
    import subprocess

    wav = tmp_path / "net.wav"
    subprocess.run(["espeak-ng", "-v", "ko", "-s", "120", "-w", str(wav), "넷"], check=True)
    samples, rate = read_wav(wav)
    speech = np.concatenate([np.zeros(BLOCK * 10, np.int16), resample(samples, rate),
                             np.zeros(ASR_RATE, np.int16)])  # then a second of silence
    sd = FakeSd()
    listener = VoskListener(vosk_model, Microphone(sd=sd, gate=MicGate()),
                            ListenSettings(endpoint_silence_s=0.5))
    sd.stream.feed(np.zeros(BLOCK, np.int16))  # stale audio, dropped at the prompt

    class Feeding:  # the learner speaks as soon as the recogniser listens
        def __init__(self, source: Microphone) -> None:
            self.source = source

        def next_answer(self, prompt: Prompt):
            frames = self.source.next_answer(prompt)
            sd.stream.feed(speech)
            return frames

    listener.source = Feeding(listener.source)  # type: ignore[assignment]
    answer = listener.listen(_prompt("하나", "넷", "다섯"))
    assert answer.text == "넷"
