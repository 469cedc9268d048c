"""Speech out with the real espeak-ng (and pyttsx3), without a sound card."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from valkky import events as ev
from valkky.speech.audio import read_wav, rms
from valkky.speech.tts import (
    Audio,
    DevicePlayer,
    EspeakSynth,
    MicGate,
    Pyttsx3Synth,
    Speaker,
    WavWriter,
    make_speaker,
)

needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None,
                                  reason="espeak-ng is not installed (make test installs it)")

SENTENCES = ["Moppi.", "Tämä on moppi.", "Hei!", "Pese kädet ennen työtä.", "Kiitos.",
             "Mikä tämä on?", "Tämä on ämpäri.", "Hienoa! Oikein.", "Yritä uudelleen.",
             "Varo, märkä lattia!", "Aamuvuoro alkaa kello kuusi.", "Kyllä.",
             "Nähdään huomenna!", "Ilmoita vaarasta esimiehelle.", "Ei aivan.",
             "Käytä aina suojakäsineitä, kun käsittelet pesuaineita.", "Harja.",
             "Kuuntele ja sano uudelleen.", "Oikea vastaus on: pölynimuri.", "Tauko."]


def _syllables(text: str) -> int:
    import re

    return max(1, len(re.findall(r"[aeiouyäö]+", text.lower())))


@needs_espeak
def test_finnish_speech_has_plausible_length_and_loudness() -> None:
    audio = EspeakSynth().render("Pese kädet ennen työtä.", 130)
    assert 1.2 < audio.seconds < 4.0
    assert rms(audio.samples) > 500  # clearly audible, not silence


@needs_espeak
@pytest.mark.parametrize("synth", ["espeak", "pyttsx3"])
def test_twenty_consecutive_utterances_each_get_their_own_audio(synth: str) -> None:
    engine = EspeakSynth() if synth == "espeak" else Pyttsx3Synth()
    lengths = [engine.render(text, 130).seconds for text in SENTENCES]
    assert all(s > 0.3 for s in lengths), lengths  # none empty, none dropped
    for text, seconds in zip(SENTENCES, lengths, strict=True):
        # the length fits the text: a short pause around it, then time per syllable
        per_syllable = seconds / (_syllables(text) + 2)
        assert 0.08 < per_syllable < 0.6, (text, seconds)
    long_, short = lengths[SENTENCES.index(SENTENCES[15])], lengths[SENTENCES.index("Harja.")]
    assert long_ > 3 * short


@needs_espeak
def test_slower_for_learners_and_slower_still_to_repeat(tmp_path: Path) -> None:
    writer = WavWriter(tmp_path)
    a1 = Speaker(EspeakSynth(), writer, level="A1")
    b1 = Speaker(EspeakSynth(), writer, level="B1")
    for speaker, slow in ((b1, False), (a1, False), (a1, True)):
        speaker.handle(ev.Say(text="Tämä on moppi ja tämä on ämpäri.", slow=slow))
    lengths = [read_wav(p)[0].size / read_wav(p)[1] for p in writer.paths]
    assert lengths[0] < lengths[1] < lengths[2]


@needs_espeak
def test_wav_dir_writes_one_file_per_utterance_in_order(tmp_path: Path) -> None:
    speaker = make_speaker(f"wav:{tmp_path / 'out'}")
    for text in ("Hei!", "Tämä on moppi."):
        speaker.handle(ev.Say(text=text))
    speaker.handle(ev.Gesture(name="wave"))  # not speech: nothing written
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["0001-hei.wav", "0002-tama-on-moppi.wav"]


def test_device_player_plays_through_sounddevice() -> None:
    import numpy as np

    class FakeSd:
        def __init__(self) -> None:
            self.played: list = []

        def play(self, samples, rate, device=None, blocking=False):
            self.played.append((len(samples), rate, device, blocking))

    sd = FakeSd()
    DevicePlayer(device="USB Audio", sd=sd)(Audio(np.zeros(22050, np.int16), 22050), "x")
    assert sd.played == [(22050, 22050, "USB Audio", True)]


def test_mic_is_muted_while_speaking_plus_a_margin_and_for_each_reason() -> None:
    now = [10.0]
    gate = MicGate(clock=lambda: now[0], margin_s=0.25)
    gate.speaking_for(1.0)
    assert gate.muted() and not gate.muted(barge_in=True)
    now[0] = 11.2
    assert gate.muted()
    now[0] = 11.3
    assert not gate.muted()
    gate.mute("estop")
    assert gate.muted(barge_in=True)
    gate.unmute("estop")
    assert not gate.muted()


def test_unknown_tts_is_refused_with_the_known_ones() -> None:
    from valkky.errors import ConfigError

    with pytest.raises(ConfigError, match="known: text, espeak, pyttsx3, wav:DIR"):
        make_speaker("festival")


@needs_espeak
def test_replies_rendered_while_the_session_starts_play_without_synthesis() -> None:
    """What may begin a reply is rendered in a thread at the start (the runtime passes
    the engine's REPLIES); the reply's first sample then waits for no espeak-ng."""
    from valkky.engine import phrases

    played: list[str] = []
    synth = EspeakSynth()
    speaker = Speaker(synth, lambda audio, text: played.append(text))
    thread = speaker.prerender_soon(list(phrases.REPLIES))
    assert thread is not None
    thread.join(timeout=60)

    def no_synthesis(text: str, wpm: int) -> object:
        raise AssertionError(f"synthesised {text!r} again")

    synth.render = no_synthesis  # type: ignore[method-assign,assignment]
    for text in phrases.PRAISE:
        speaker.handle(ev.Say(text=text, step="s"))
    assert played == list(phrases.PRAISE)
