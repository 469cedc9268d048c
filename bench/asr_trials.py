"""Every score the Whisper rule could use, for each clip of a synthetic set, saved as JSON
once: fitting and comparing rules then runs on the saved numbers in a second, not on the
model in minutes (bench/asr_rules.py).

    python bench/asr_trials.py tuning dev wide held --out /tmp/trials.json [--keep DIR]

Each clip is scored exactly as the runtime scores it (``whisper.capture_answer``: the
same audio, the speech as it was when the listener started scoring it; ``score_answer``:
the same batches, so the same int8 scores; each token's kept), and then, in batches of their own
that never touch those scores, the extras some rules would weigh: the cohort of common
Finnish, the lesson's other answers and the step's phrases written plainly (lower case,
no full stop; another way to ask Whisper for the same words).

The sets, each about 200 clips (one right answer = 1 point): 50 questions each from
distinct parts of the shuffled pool, every right answer said twice (two voices or speeds),
a foreseen mistake, an answer to another question, a control to every third question.
``tuning`` and ``held`` use bench_asr.py's voices; ``dev`` six more variants; ``wide``
twelve other variants with pitch, speed, noise (10–30 dB) and a little reverberation. The
held-out sets (``held``, and ``held2``: eight other variants, other speeds, pitch, pink
noise and rooms) are for the report only: nothing is chosen on them. ``slow`` and ``pauses``
(40 other questions) say right answers slowly or with pauses between the words;
``hesitant`` (held out, round 11) says answers, mistakes and controls slowly, with pauses
or both, on 50 other questions with eight other variants; ``halting`` (round 12, for
fitting) says them with pauses, slowly or not, on 80 more with the fitting splits' voices.
``festival`` (held out, round 16) is held2's mix on 50 other questions said by voices made
from human recordings, not espeak-ng (bench/festival.py; ``make bench-voices`` installs
them), at three rates, with held2's noise and rooms. ``held3`` (held out, round 21) is held2's
mix, voices and conditions on 50 questions no split said, listed in bench/held3.json
(bench/asr_fresh.py) before anything was scored on them.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import festival
import numpy as np
from asr_rules import prompt_for
from bench_asr import HELD_OUT_SPEEDS, HELD_OUT_VOICES, SPEEDS, VOICES

from valkky.engine.session import CONTROL_PHRASES
from valkky.judge import judge
from valkky.lesson.files import lesson_files
from valkky.lesson.loader import load_lesson
from valkky.lesson.references import load_library
from valkky.paths import lessons_dir
from valkky.settings import defaults
from valkky.speech import models
from valkky.speech.asr import ListenSettings, WavAnswers, frame_loudness
from valkky.speech.audio import ASR_RATE, read_wav, resample, write_wav
from valkky.speech.coverage import _tasks
from valkky.speech.scoring import (
    LISTEN_ON_UNDER,
    Rule,
    Scores,
    candidates,
    decide,
    may_go_on,
    split,
    written,
)
from valkky.speech.whisper import (
    SPECULATE_AFTER_S,
    WhisperScorer,
    capture_answer,
    score_answer,
)

DEV_VOICES = ("fi+Andy", "fi+Alicia", "fi+klatt", "fi+f3", "fi+m1", "fi+Annie")
DEV_SPEEDS = (110, 150, 185)
WIDE_VOICES = ("fi+m4", "fi+m6", "fi+m8", "fi+f5", "fi+klatt2", "fi+klatt4", "fi+klatt6",
               "fi+Denis", "fi+Gene", "fi+Lee", "fi+iven2", "fi+norbert")
WIDE_SPEEDS = (100, 125, 150, 175, 195)
# A second held-out split (round 9), for the report only: eight variants and four speeds
# no other split uses, pitch over a wider range, pink noise (the others' is white) and a
# room in a third of the clips.
HELD2_VOICES = ("fi+klatt5", "fi+steph2", "fi+iven3", "fi+linda", "fi+robert", "fi+aunty",
                "fi+edward", "fi+quincy")
HELD2_SPEEDS = (105, 135, 165, 190)


@dataclass(frozen=True)
class Conditions:
    """How a split's clips are said beyond voice and speed (each ``None`` or 0: not
    drawn, so a split's random draws stay those it always had)."""

    pitch: tuple[int, int] | None = None  # espeak-ng's pitch range (50 when None)
    room: float = 0.0  # the share of clips said in a small room
    rt60: tuple[float, float] = (0.15, 0.45)  # its reverberation time (s)
    snr_db: tuple[float, float] = (15, 30)
    pink: bool = False  # 1/f noise instead of white


CLEAN = Conditions()
WIDE = Conditions(pitch=(25, 75), room=0.5, snr_db=(10, 30))
HELD2 = Conditions(pitch=(15, 85), room=1 / 3, rt60=(0.2, 0.5), snr_db=(12, 28), pink=True)
# Round 16's held-out split: voices made from human recordings (bench/festival.py), at
# 85, 100 and 120 % of their own pace (about 115–160 words a minute), held2's noise and
# rooms (their pitch is the speaker's own)
FESTIVAL = replace(HELD2, pitch=None)
FESTIVAL_RATES = (85, 100, 120)
SETS: dict[str, tuple[tuple[slice, ...], tuple[str, ...], tuple[int, ...], Conditions]] = {
    # tasks from the shuffled pool (806 questions; the first slice of each is the set as it
    # was, 30–45 questions), voices, speeds, conditions
    "tuning": ((slice(0, 30), slice(105, 125)), VOICES, SPEEDS, CLEAN),
    "dev": ((slice(30, 75), slice(125, 130)), DEV_VOICES, DEV_SPEEDS, CLEAN),
    "wide": ((slice(75, 105), slice(130, 150)), WIDE_VOICES, WIDE_SPEEDS, WIDE),
    "held": ((slice(-50, None),), HELD_OUT_VOICES, HELD_OUT_SPEEDS, CLEAN),
    "held2": ((slice(190, 240),), HELD2_VOICES, HELD2_SPEEDS, HELD2),
    "festival": ((slice(370, 420),), festival.NAMES, FESTIVAL_RATES, FESTIVAL),
    # Round 21's fresh held-out split: held2's voices, speeds, noise and rooms on 50
    # questions no split said, frozen in STEPS_OF before anything was scored on them
    "held3": ((), HELD2_VOICES, HELD2_SPEEDS, HELD2),
}
# splits whose questions are a frozen list (bench/asr_fresh.py), not a slice of the pool
STEPS_OF = {"held3": Path(__file__).with_name("held3.json")}
RIGHT_TWICE = 2  # each right answer said by this many voice/speed variants



@dataclass(frozen=True)
class Hesitant:
    """A split of slow or hesitant speech on questions no other split uses: each right
    answer said once each way of ``hows`` ("slow": at ``slow_wpm``; "pauses": at ``wpm``
    with a pause of ``breaks`` ms between words — at each gap with the chance ``gaps`` —;
    "slow-pauses": both), an answer to another question one of them."""

    seed: int
    hows: tuple[str, ...]
    breaks: tuple[int, int]
    tasks: tuple[int, int] = (150, 190)  # a slice of the shuffled pool
    voices: tuple[str, ...] = DEV_VOICES + VOICES
    slow_wpm: tuple[int, ...] = (80, 90, 100, 110)
    wpm: tuple[int, ...] = (110, 130, 150)
    gaps: float = 1.0
    more: bool = False  # a foreseen mistake and, every third question, a control too
    how: Conditions = CLEAN


# Slow speakers and pauses between words (docs/speech.md, round 5): "slow" says each
# answer once slowly (80–110 words a minute) and once with 0.3–0.7 s pauses. "hesitant"
# (round 11) is held out, for the report only: 50 other questions, eight variants no
# split uses, slower still, pauses of 0.25–0.9 s at most gaps (some longer than the
# endpoint), foreseen mistakes and controls said so too, noise and a room as held2's.
SLOW: dict[str, Hesitant] = {
    "slow": Hesitant(11, ("slow", "pauses"), (300, 700)),
    "pauses": Hesitant(12, ("pauses",), (200, 420)),
    "hesitant": Hesitant(
        13, ("slow", "pauses", "slow-pauses"), (250, 900), tasks=(240, 290),
        voices=("fi+Adam", "fi+Alex", "fi+Belinda", "fi+Benjamin", "fi+Henrique",
                "fi+Steph3", "fi+Mike", "fi+Paul"),
        slow_wpm=(70, 80, 95, 105), wpm=(100, 120, 140), gaps=0.6, more=True,
        how=Conditions(room=1 / 4, rt60=(0.2, 0.5), snr_db=(12, 28), pink=True)),
    # Round 12, a fitting split for answers to other questions said hesitantly: 80
    # questions no split uses, the fitting splits' voices and conditions (wide's noise,
    # pitch and rooms), each right answer said with pauses and slowly with pauses, an
    # answer to another question and a foreseen mistake said one of those ways.
    "halting": Hesitant(
        14, ("pauses", "slow-pauses"), (250, 900), tasks=(290, 370),
        voices=VOICES + DEV_VOICES + WIDE_VOICES, gaps=0.7, more=True, how=WIDE),
}


def say(path: Path, text: str, voice: str, wpm: int, rng: random.Random,
        how: Conditions = CLEAN, breaks: tuple[int, int] | None = None,
        gaps: float = 1.0) -> Path:
    """``text`` said by espeak-ng (or a festival voice, ``festival:…``, ``wpm`` then a
    percentage of its own pace) into ``path`` with noise and a lead as ``how`` says;
    ``breaks``: a pause of that many ms between its words (espeak-ng's SSML), at each gap
    with the chance ``gaps``."""
    pitch = rng.randint(*how.pitch) if how.pitch else 50
    if festival.is_festival(voice):
        return degrade(festival.say(path, text, voice, wpm), rng, how)
    if breaks:
        words = text.split()

        def gap() -> str:
            if gaps < 1 and rng.random() >= gaps:  # drawn only then: old splits as they were
                return " "
            return f' <break time="{rng.randint(*breaks)}ms"/> '
        text = "<speak>" + "".join(w + (gap() if j < len(words) - 1 else "")
                                   for j, w in enumerate(words)) + "</speak>"
    subprocess.run(["espeak-ng", *(["-m"] if breaks else []), "-v", voice, "-s", str(wpm),
                    "-p", str(pitch), "-w", str(path), text], check=True, timeout=30)
    return degrade(path, rng, how)


def degrade(path: Path, rng: random.Random, how: Conditions) -> Path:
    """The speech in ``path`` at 16 kHz, in a room and noise as ``how`` draws them, after a
    silent lead of 0.2–0.6 s and before 1 s of silence, written back."""
    samples, rate = read_wav(path)
    x = resample(samples, rate).astype(np.float64)
    gen = np.random.default_rng(rng.randrange(1 << 30))
    if how.room and rng.random() < how.room:  # exponentially decaying noise tail
        rt60 = rng.uniform(*how.rt60)
        n = int(ASR_RATE * rt60)
        ir = gen.normal(0, 1, n) * np.exp(-6.9 * np.arange(n) / n)
        ir[0] = 1.0 / 0.3
        y = np.convolve(x, ir * 0.3)[:len(x) + n]
        x = y * np.sqrt(np.mean(x ** 2) / max(1e-9, np.mean(y ** 2)))
    snr_db = rng.uniform(*how.snr_db)
    level = np.sqrt(np.mean(x ** 2)) / 10 ** (snr_db / 20)
    noise = gen.normal(0, level, len(x))
    if how.pink:  # the white noise shaped to 1/f power, at the same level
        spectrum = np.fft.rfft(noise)
        spectrum[1:] /= np.sqrt(np.arange(1, len(spectrum)))
        spectrum[0] = 0
        noise = np.fft.irfft(spectrum, len(x))
        noise *= level / max(1e-12, float(np.std(noise)))
    lead = np.zeros(int(ASR_RATE * rng.uniform(0.2, 0.6)))
    x = np.concatenate([lead, x + noise, np.zeros(ASR_RATE)])
    write_wav(path, np.clip(x, -32768, 32767).astype(np.int16), ASR_RATE)
    return path


def steps(root: Path | None = None) -> dict[tuple[str, int], Any]:
    """The questions a spoken answer is scored for, in the lessons under ``root`` (the
    library's by default), by lesson id and the task's index in the lesson."""
    library, _ = load_library()
    out = {}
    for path in lesson_files([root or lessons_dir()])[0]:
        lesson = load_lesson(path, library)
        for i, (_, t) in enumerate(_tasks(lesson)):
            if t.accept and not t.options:
                out[(lesson.id, i)] = t
    return out


def pool(root: Path | None = None) -> list[tuple[tuple[str, int], Any]]:
    """Every question as (lesson id, its index) and task, shuffled."""
    tasks = list(steps(root).items())
    random.Random(7).shuffle(tasks)  # as bench_asr.synthetic_set
    return tasks


def clips(tmp: Path, name: str, seed: int = 7, root: Path | None = None) -> list[dict]:
    """The split's clips, its questions from the lessons under ``root`` (the library's by
    default); each clip's ``step`` is its question's (lesson id, index)."""
    where, voices, speeds, how = SETS[name]
    everything = pool(root)
    tasks = [t for part in where for t in everything[part]] or frozen(name, everything)
    rng = random.Random(seed + sum(map(ord, name)))  # hash() differs per process
    out: list[dict] = []
    for i, (step, task) in enumerate(tasks):
        lesson = step[0]
        other = tasks[(i + 1) % len(tasks)][1].accept[0]
        said = [("accepted", rng.choice(task.accept)) for _ in range(RIGHT_TWICE)]
        if task.mistakes:
            said.append(("mistake", rng.choice(list(task.mistakes))))
        if judge(other, task.accept, wrong_answers=tuple(task.mistakes)).verdict != "correct":
            said.append(("off-list", other))
        if i % 3 == 0:
            said.append(("control", CONTROL_PHRASES[i // 3 % len(CONTROL_PHRASES)]))
        same_lesson = [t.accept[0] for (lid, _), t in everything
                       if lid == lesson and t is not task]
        for kind, text in said:
            voice, wpm = rng.choice(voices), rng.choice(speeds)
            wav = say(tmp / f"{name}-{len(out)}.wav", text, voice, wpm, rng, how)
            out.append({"wav": wav, "kind": kind, "said": text, "task": task, "step": step,
                        "voice": voice, "wpm": wpm, "lesson_others": same_lesson})
    return out


def frozen(name: str, everything: list[tuple[tuple[str, int], Any]]
           ) -> list[tuple[tuple[str, int], Any]]:
    """The questions ``STEPS_OF[name]`` lists, in its order; stops with one line where the
    lessons no longer hold one as it was listed."""
    by_step = dict(everything)
    out = []
    for s in json.loads(STEPS_OF[name].read_text())["steps"]:
        task = by_step.get((s["lesson"], s["index"]))
        if task is None or list(task.accept) != s["accept"]:
            raise SystemExit(f"{name}: step {s['lesson']} {s['index']} is not in these lessons "
                             f"as listed ({s['accept'][0]!r}): draw it from the lessons of "
                             f"{STEPS_OF[name].name}'s commit")
        out.append(((s["lesson"], s["index"]), task))
    return out


def slow_clips(tmp: Path, name: str, root: Path | None = None) -> list[dict]:
    """A right answer to each question said each way of ``SLOW[name]``, and an answer to
    another question said one of them (with ``more``, a foreseen mistake too, and a
    control to every third question); the set of a clip is ``name-how``. The questions
    from the lessons under ``root`` (the library's by default)."""
    h = SLOW[name]
    tasks = pool(root)[slice(*h.tasks)]
    rng = random.Random(h.seed)
    out: list[dict] = []
    for i, (_, task) in enumerate(tasks):
        other = tasks[(i + 1) % len(tasks)][1].accept[0]
        said = [("accepted", rng.choice(task.accept), how) for how in h.hows]

        def any_how() -> str:
            return rng.choice(h.hows) if len(h.hows) > 1 else h.hows[0]
        if h.more and task.mistakes:
            said.append(("mistake", rng.choice(list(task.mistakes)), any_how()))
        if judge(other, task.accept, wrong_answers=tuple(task.mistakes)).verdict != "correct":
            said.append(("off-list", other, any_how()))
        if h.more and i % 3 == 0:
            said.append(("control", CONTROL_PHRASES[i // 3 % len(CONTROL_PHRASES)], "slow"))
        for kind, text, how in said:
            voice = rng.choice(h.voices)
            path = tmp / f"{name}-{len(out)}.wav"
            slow = how.startswith("slow")
            wpm = rng.choice(h.slow_wpm if slow else h.wpm)
            say(path, text, voice, wpm, rng, h.how, h.breaks if how.endswith("pauses")
                else None, h.gaps)
            out.append({"wav": path, "kind": kind, "said": text, "task": task,
                        "voice": voice, "wpm": wpm, "lesson_others": [],
                        "set": f"{name}-{how}"})
    return out


def plain(phrase: str) -> str:
    """A phrase as written without capital or full stop: "Se on moppi." → "se on moppi"."""
    return phrase.rstrip(".!?").lower()


def score_clip(scorer: WhisperScorer, c: dict, rule: Rule, light: bool,
               speculate: float = SPECULATE_AFTER_S, under: float = LISTEN_ON_UNDER,
               front: Any = None) -> dict:
    task = c["task"]
    prompt = prompt_for(task.accept, task.keywords, task.mistakes)
    phrases = candidates(prompt)
    parts = split(phrases, cohort=bool(rule.cohort))
    frames = WavAnswers([c["wav"]]).next_answer(prompt)
    assert frames is not None
    scored_as: dict[bytes, tuple[Scores, float]] = {}  # audio → its scores, their CPU

    def scores_of(pcm: bytes) -> Scores:
        if pcm not in scored_as:
            cpu = time.process_time()
            got = score_answer(scorer, np.frombuffer(pcm, np.int16), parts, rule,
                               front=front)  # as the runtime
            scored_as[pcm] = (got, time.process_time() - cpu)
        return scored_as[pcm][0]

    def doubtful(pcm: bytes) -> bool:  # as the listener: the answer so far not settled?
        return may_go_on(decide(scores_of(pcm), phrases, rule, prompt.mistakes), rule,
                         phrases, under)

    # the audio as the listener scores it: the speech when scoring starts early, listened
    # to on where it would be asked again (``capture_answer``)
    _, scored = capture_answer(frames, ListenSettings(), phrases, pause_s=speculate,
                               doubtful=doubtful)
    audio = np.frombuffer(scored, np.int16)
    got = scores_of(scored)
    cpu = scored_as[scored][1]
    names = [p for p, _ in got.phrases]
    row = {"set": c["set"], "wav": Path(c["wav"]).name, "kind": c["kind"], "said": c["said"],
           "voice": c["voice"], "wpm": c["wpm"], "accept": list(task.accept),
           "keywords": list(task.keywords), "mistakes": list(task.mistakes),
           "phrases": phrases, "scores": dict(got.phrases),
           "tokens": dict(zip(names, map(list, got.tokens), strict=True)),
           "rivals": dict(got.rivals), "free": got.free, "free_score": got.free_score,
           "free_tokens": list(got.free_tokens), "speech_s": len(audio) / ASR_RATE,
           # the scored audio's loudness, a frame of the VAD's at a time (RMS), for
           # length features tried on the saved scores
           "frames": [round(float(v), 1) for v in frame_loudness(
               front(audio) if front is not None else audio)],
           "seconds": got.seconds, "cpu_s": cpu,  # the scoring's CPU (both cores')
           # each phrase's place in the audio (when the alignment reaches each token)
           "aligned": {p: list(b) for p, b in got.aligned},
           # every phrase's score on silence when in doubt (the rule weighs the best's)
           "priors": dict(zip(names, scorer.prior(names), strict=True))
           if max((v for p, v in got.phrases if p not in parts.controls), default=0.0)
           < rule.clear else dict(got.priors)}
    if not light:
        encoded = scorer.encode(audio)
        whole = split(phrases)
        own = list(whole.own)
        extras = {"cohort": list(whole.cohort),
                  "lesson": sorted({written(p) for p in c["lesson_others"]} - set(own))[:20],
                  "plain": [plain(p) for p in own]}
        for group, ps in extras.items():
            row[group] = dict(zip(ps, scorer.forced(encoded, ps), strict=True))
    return row


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="+", choices=[*SETS, *SLOW])
    parser.add_argument("--out", required=True)
    parser.add_argument("--keep", help="keep the clips in this folder (to score them again)")
    parser.add_argument("--light", action="store_true",
                        help="only what the runtime scores (no cohort, lesson, plain forms)")
    parser.add_argument("--speculate", type=float, default=SPECULATE_AFTER_S,
                        help="the silence after which the listener scores early (s): its "
                        "audio is the one scored")
    args = parser.parse_args()
    if any(festival.is_festival(v) for name in args.sets if name in SETS
           for v in SETS[name][1]):
        festival.check()  # one line saying how to install the voices, before any scoring
    scorer = WhisperScorer(models.whisper_model_path(None, defaults().data))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        where = Path(args.keep or tmp)
        where.mkdir(parents=True, exist_ok=True)
        for name in args.sets:
            cases = slow_clips(where, name) if name in SLOW else [
                c | {"set": name} for c in clips(where, name)]
            started = time.time()
            for n, c in enumerate(cases):
                rows.append(score_clip(scorer, c, Rule(), args.light, args.speculate))
                if n % 50 == 0:
                    print(f"{name} {n}/{len(cases)} {time.time() - started:.0f} s", flush=True)
            Path(args.out).write_text(json.dumps(rows, ensure_ascii=False))  # each set kept


if __name__ == "__main__":
    main()
