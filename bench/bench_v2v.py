"""Voice to voice with Whisper, and where it goes: learner silent → first reply sample,
split into the wait for the endpoint, scoring (its wait for the model's thread, encoder,
the step's phrases, the free transcription, the rest of the batch, the silent scores, the
rest of its wall time), the judge and engine, and the reply's first sample; the answers in
doubt summarised, and each answer's decision compared across the variants.

Answers are fed in real time through the runtime (``Runtime``, ``Session``, the judge, a
``Speaker`` with the replies prerendered), the variants alternating answer by answer on
one model each, so the machine's load falls alike on all of them (the load average is
printed; compare the ratios). ``main`` is the listener as merged; the others are the
speed ideas measured beside it.

    python bench/bench_v2v.py [--rounds 2] [--variants main,free-early]
"""

from __future__ import annotations

import argparse
import functools
import os
import random
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench_asr import LESSON, SAID, VOICES, StepAnswers, _say, run_alternating

from valkky import events as ev
from valkky.config import SpeechSettings
from valkky.engine import phrases
from valkky.lesson import spec
from valkky.lesson.checker import Library
from valkky.lesson.loader import check_text
from valkky.settings import defaults
from valkky.speech import models
from valkky.speech.asr import ListenSettings, WavAnswers
from valkky.speech.scoring import Rule, Scores
from valkky.speech.tts import EspeakSynth, Speaker
from valkky.speech.whisper import (
    SPECULATE_AFTER_S,
    WhisperListener,
    WhisperScorer,
    guard_renderings,
)

PARTS = ("encode", "own", "free", "rest", "prior")
MAIN_CLEAR = -1.45  # main's ``Rule.clear`` when this bench was written
MAIN_SPECULATE_S = 0.15  # main's ``SPECULATE_AFTER_S`` when this bench was written


class TimedScorer(WhisperScorer):
    """The runtime's scorer, noting the wall time of each part of every scoring."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.marks: list[tuple[str, float]] = []
        self._aligns = 0
        self._in_prior = False
        self.all_controls = False  # as main before: every control scored in doubt
        # as before round 22: a scoring given up stops between its parts, not its batches
        self.stop_between_parts_only = False

    def score(self, *args: Any, **kwargs: Any) -> Scores:
        if self.all_controls:
            kwargs.pop("pick_later", None)
        return super().score(*args, **kwargs)

    def encode(self, audio: Any) -> Any:
        t = time.perf_counter()
        out = super().encode(audio)
        if not self._in_prior:
            self.marks.append(("encode", time.perf_counter() - t))
            self._aligns = 0
        return out

    def prior(self, phrases: Any) -> list[float]:
        # silent scores: in the warm-up before the answer, or asked for by its scoring
        t = time.perf_counter()
        self._in_prior = True
        try:
            return super().prior(phrases)
        finally:
            self._in_prior = False
            self.marks.append(("prior", time.perf_counter() - t))

    def transcribe(self, encoded: Any, max_tokens: int = 60) -> Any:
        t = time.perf_counter()
        out = super().transcribe(encoded, max_tokens)
        self.marks.append(("free", time.perf_counter() - t))
        return out

    def _token_logprobs(self, encoded: Any, batch: list[list[int]],
                        bounds: Any = None, stop: Any = None) -> list[list[float]]:
        t = time.perf_counter()
        out = super()._token_logprobs(encoded, batch, bounds,
                                      None if self.stop_between_parts_only else stop)
        if not self._in_prior:
            self.marks.append(("own" if self._aligns == 0 else "rest",
                               time.perf_counter() - t))
            self._aligns += 1
        return out


class TimedListener(WhisperListener):
    """Notes when each scoring starts and ends (speculative or not)."""

    warm = True  # the silent scores made while the robot asks (``prepare``)

    def prepare(self, prompt: ev.Prompt) -> None:
        if self.warm:
            super().prepare(prompt)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.scorings: list[tuple[float, float, float]] = []
        self.measured: list[float] = []  # the control guard's distances: CPU s, each time
        self.queued: list[float] = []  # each scoring: how long it waited for the thread
        submitted: dict[int, float] = {}  # an answer's audio (its id) → when submitted
        self._submitted = submitted
        pool_submit = self._pool.submit

        def submit(fn: Any, *args: Any, **kwargs: Any) -> Any:
            if args and isinstance(args[0], bytes):  # an answer's scoring, not the warm-up
                submitted[id(args[0])] = time.monotonic()
            return pool_submit(fn, *args, **kwargs)

        self._pool.submit = submit  # type: ignore[method-assign]

    def _distances(self, encoded: Any, audio: Any, phrases: Any) -> Any:
        cpu = time.process_time()
        try:
            return super()._distances(encoded, audio, phrases)
        finally:
            self.measured.append(time.process_time() - cpu)

    def _score(self, pcm: bytes, stop: threading.Event | None, **step: Any) -> Scores:
        # the process's CPU time: CTranslate2's own threads do the work (the feeding thread
        # sleeps meanwhile), so this is near the scoring's CPU time
        t, cpu = time.monotonic(), time.process_time()
        self.queued.append(t - self._submitted.get(id(pcm), t))
        try:
            out = super()._score(pcm, stop, **step)
        finally:  # a scoring given up part way counts too (its CPU time was spent)
            self.scorings.append((t, time.monotonic(), time.process_time() - cpu))
        return out


class RenderedInScoringThread(TimedListener):
    """Main's warm-up before round 22: espeak-ng rendered each phrase for the guard in the
    scoring's own thread, before its encoder run, so an answer could wait for both."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self._espeak is not None:  # no rendering ahead on a thread of its own
            self._espeak.shutdown()
            self._espeak = None

    def _warm(self, phrases: Any, stop: threading.Event, rendering: Any = None) -> None:
        loaded = getattr(self.scorer, "loaded", None)
        while loaded is not None and not loaded(0.05):
            if stop.is_set():
                return
        jobs: list[Callable[[], object]] = [
            *([functools.partial(self.scorer.prior, [p]) for p in phrases]
              if self.rule.lift else []),
            *([functools.partial(self.renderings, p) for p in phrases]
              if self.renderings is not None and not self._guard_failed else [])]
        for job in jobs:
            if stop.is_set():
                return
            try:
                job()
            except Exception:
                return


def _guarded(kind: type[TimedListener]) -> Callable[[WhisperScorer, WavAnswers],
                                                      WhisperListener]:
    """The listener as a session builds it (``open_whisper``): the control guard's
    renderings made while the robot asks (a rendering encoded untimed: no part of an
    answer's scoring)."""
    return lambda s, src: kind(
        s, src, ListenSettings(realtime=True),
        renderings=guard_renderings(SpeechSettings(), functools.partial(WhisperScorer.encode, s)))


def _parts_only(scorer: WhisperScorer) -> WhisperScorer:
    assert isinstance(scorer, TimedScorer)
    scorer.stop_between_parts_only = True
    return scorer


def _cold(listener: TimedListener) -> TimedListener:
    listener.warm = False
    return listener


def _shortest(scorer: WhisperScorer, seconds: float) -> WhisperScorer:
    scorer.min_input_s = seconds
    return scorer


def _all_controls(scorer: WhisperScorer) -> WhisperScorer:
    assert isinstance(scorer, TimedScorer)
    scorer.all_controls = True
    return scorer


def _as_main(speculate_after_s: float = MAIN_SPECULATE_S) -> Callable[
        [WhisperScorer, WavAnswers], WhisperListener]:
    """Main's listener (every control scored, main's clear), scoring early after
    ``speculate_after_s`` of silence."""
    return lambda s, src: TimedListener(_all_controls(s), src, ListenSettings(realtime=True),
                                        rule=replace(Rule(), clear=MAIN_CLEAR),
                                        speculate_after_s=speculate_after_s)


VARIANTS: dict[str, Callable[[WhisperScorer, WavAnswers], WhisperListener]] = {
    "main": _as_main(),
    # the listener as it is now, without the control guard (main's, round 17)
    "now": lambda s, src: TimedListener(s, src, ListenSettings(realtime=True)),
    # ... with it (round 18): the renderings made while the robot asks, the distances
    # where a control won by its margin
    "guard": _guarded(TimedListener),
    # ... espeak-ng rendering in the scoring's thread, as before round 22
    "guard-before": _guarded(RenderedInScoringThread),
    # ... a scoring given up stopping between its parts only, not between its batches too
    "guard-parts": lambda s, src: _guarded(TimedListener)(_parts_only(s), src),
    # ... with CTranslate2 on one thread, not two (``THREADS``; every score the same, bit
    # for bit: docs/speech.md, round 22)
    "guard-1thread": _guarded(TimedListener),
    # ... not listening on where the answer so far would be asked again (round 11)
    "no-listen-on": lambda s, src: TimedListener(s, src, ListenSettings(realtime=True),
                                                 listen_on=False),
    # ... without the warm-up: every silent score made when an answer in doubt asks for it
    "cold": lambda s, src: _cold(TimedListener(s, src, ListenSettings(realtime=True))),
    # ideas, each alone on main: a lower ``clear``, so more answers skip the free
    # transcription and the controls
    "clear-1.7": lambda s, src: TimedListener(_all_controls(s), src,
                                              ListenSettings(realtime=True),
                                              rule=replace(Rule(), clear=-1.7),
                                              speculate_after_s=MAIN_SPECULATE_S),
    "clear-1.8": lambda s, src: TimedListener(_all_controls(s), src,
                                              ListenSettings(realtime=True),
                                              rule=replace(Rule(), clear=-1.8),
                                              speculate_after_s=MAIN_SPECULATE_S),
    # scoring started after 0.10 or 0.06 s of silence, not 0.15 (more thrown away in pauses;
    # a scoring given up stops after the part it is in)
    "spec-0.10": _as_main(0.10),
    "spec-0.06": _as_main(0.06),
    # only the controls Whisper's transcription is like, and the two always scored
    "few-controls": lambda s, src: TimedListener(s, src, ListenSettings(realtime=True),
                                                 rule=replace(Rule(), clear=MAIN_CLEAR),
                                                 speculate_after_s=MAIN_SPECULATE_S),
    "few+spec-0.06": lambda s, src: TimedListener(s, src, ListenSettings(realtime=True),
                                                  rule=replace(Rule(), clear=MAIN_CLEAR),
                                                  speculate_after_s=0.06),
    # the encoder's input at least 3 s instead of 4 (every batch item's
    # cross-attention over its output costs in proportion)
    "min-3s": lambda s, src: _as_main()(_shortest(s, 3.0), src),
}


# round 22's pairs, run side by side with ``guard`` (``--variants guard-before,guard``), not
# by default: a run is one lesson, at most ``spec.MAX_STEPS`` answers
PAIRED = ("guard-before", "guard-parts", "guard-1thread")
# the variants whose scorer runs CTranslate2 on other than the runtime's threads
THREADS = {"guard-1thread": 1}


# answers said by voices Whisper base hears badly: a control outscores each by its margin,
# where the control guard measures (docs/speech.md, round 18; ``--hard``)
HARD = (("Laimenna aine vedellä.", "fi+m5", 180), ("Laimenna aine vedellä.", "fi+f1", 115),
        ("tiistaina ja maanantaina", "fi+linda", 190), ("Tämä on vesivaaka.", "fi+Andy", 185))


def run(names: list[str], rounds: int, tmp: Path, hard: bool = False
        ) -> dict[str, list[dict[str, float]]]:
    said = SAID * rounds + ([w for w, _, _ in HARD] * rounds if hard else [])
    text = LESSON + "".join(f"  - {{ask: Mitä sanot?, accept: [{w}], mistakes: {{en tiedä: "
                            f"Ei haittaa.}}}}\n" for w in said for _ in names)
    lesson, problems = check_text(text, "bench.yaml", Library())
    assert lesson is not None, problems
    path = models.whisper_model_path(None, defaults().data)
    rng = random.Random(3)
    wavs = [_say(tmp / f"v{i}.wav", w, rng.choice(VOICES), 145, rng)
            for i, w in enumerate(SAID * rounds)]
    wavs += [_say(tmp / f"h{i}.wav", w, voice, wpm, rng)
             for i, (w, voice, wpm) in enumerate(HARD * rounds if hard else ())]
    # each answer to every variant, by step: a step asked again (the answer in doubt) hears
    # the same answer again, from the variant it was asked of, as a learner saying it again;
    # served in turn, a step asked again took the next step's answer and every answer after
    # it went to the step before its own (round 22: the default run's 1.2 s tail)
    flat = [w for w in wavs for _ in names]
    by_step = {step.id: flat[i] for i, step in enumerate(lesson.steps)}
    owner = {step.id: names[i % len(names)] for i, step in enumerate(lesson.steps)}
    source = StepAnswers(by_step)
    scorers = {n: TimedScorer(path, **({"threads": THREADS[n]} if n in THREADS else {}))
               for n in names}
    listeners = {n: VARIANTS[n](scorers[n], source) for n in names}
    speaker = Speaker(EspeakSynth(), lambda audio, text: None)
    prerender = speaker.prerender_soon(list(phrases.REPLIES))
    if prerender is not None:
        prerender.join()
    rows: dict[str, list[dict[str, float]]] = {n: [] for n in names}
    # each answer's decision, by the answer (its index) and how often its step was asked
    verdicts: dict[str, list[Any]] = {n: [] for n in names}
    asked: dict[int, int] = {}
    asking = [0]  # the index of the step asked now
    steps = {step.id: i for i, step in enumerate(lesson.steps)}
    current: dict[str, Any] = {}

    class Reply:
        def handle(self, event: ev.Event) -> None:
            # the first thing said after the answer: praise, feedback or "say it again"
            if isinstance(event, ev.Verdict):
                current["verdict"] = time.monotonic()
            elif (isinstance(event, ev.Say) and "timings" in current
                  and "reply" not in current):
                current.setdefault("verdict", time.monotonic())
                speaker.handle(event)
                current["reply"] = speaker.first_sample_at or time.monotonic()
                _note(current)

    def _note(c: dict[str, Any]) -> None:
        name, listener, t = c["name"], c["listener"], c["timings"]
        end = t["speech_end"]
        used = [s for s in listener.scorings if s[0] >= c["started"]]
        row = {"v2v": c["reply"] - end, "endpoint": t["endpoint"] - end,
               "scoring wait": t["final"] - t["endpoint"],
               "judge+engine": c["verdict"] - t["final"],
               "reply": c["reply"] - c["verdict"],
               "scoring start": used[-1][0] - end if used else float("nan"),
               "scoring end": used[-1][1] - end if used else float("nan"),
               "scoring CPU": used[-1][2] if used else float("nan"),
               "scorings": len(used),
               # the scoring used waited this long for the thread (the warm-up's job under
               # way, or a scoring given up that had not reached the end of its part)
               "queued": listener.queued[len(listener.scorings) - 1] if used else float("nan"),
               # the control guard's distances measured for this answer (CPU s)
               "guard": sum(getattr(listener, "measured", [])[c["measured_from"]:])}
        marks = scorers[name].marks[c["marks_from"]:]
        # the parts of the scoring used (the last one)
        last = max((i for i, m in enumerate(marks) if m[0] == "encode"), default=0)
        for part in PARTS:
            row[part] = sum(d for p, d in marks[last:] if p == part)
        # the rest of the scoring's wall time: tokenising, picking the controls, the voiced
        # spans, the guards' distances, deciding
        row["other"] = row["scoring end"] - row["scoring start"] - sum(row[p] for p in PARTS)
        row["in doubt"] = float(row["rest"] > 0)
        d = listener.last
        verdicts[name].append((c["step"] // len(names), c["asked"],
                               (d.heard, d.confidence, d.rejected) if d else None))
        rows[name].append(row)

    def before(name: str, listener: WhisperListener) -> None:
        step = asking[0]
        asked[step] = asked.get(step, 0) + 1
        current.clear()
        current.update(step=step, asked=asked[step])
        current.update(name=name, listener=listener, started=time.monotonic(),
                       marks_from=len(scorers[name].marks),
                       measured_from=len(getattr(listener, "measured", [])))

    def after(name: str, answer: ev.Answer | None) -> None:
        if answer is not None:
            current["timings"] = dict(answer.timings)

    def owned(prompt: ev.Prompt) -> str:  # the variant asked, the step it asks noted
        asking[0] = steps[prompt.step]
        return owner[prompt.step]

    run_alternating(lesson, listeners, [Reply()], before, after, owner=owned)
    # variants that only move work in time decide alike (not those meant to differ)
    first_made = {(a, n): v for a, n, v in verdicts[names[0]]}
    for name in names[1:]:
        made = {(a, n): v for a, n, v in verdicts[name]}
        same = sum(first_made.get(k) == v for k, v in made.items())
        print(f"[{name}] decisions (heard, confidence, asked again) as {names[0]}'s: {same} "
              f"of {len(made)} ({len(first_made)} for {names[0]})", flush=True)
    for name, scorer in scorers.items():
        made = [d for p, d in scorer.marks if p == "prior"]
        print(f"[{name}] silent scores: {len(scorer._priors)} phrases made, "
              f"{sum(made):.2f} s of wall time in all, in the scorings used "
              f"{sum(x['prior'] for x in rows[name]):.2f} s", flush=True)
        listener = listeners[name]
        if isinstance(listener, TimedListener) and listener.renderings is not None:
            kept = listener.renderings.kept()
            m = listener.measured
            print(f"[{name}] renderings kept at the end: {len(kept)} phrases, "
                  f"{sum(x.nbytes for x in kept.values()) / 1e6:.2f} MB; the guard measured "
                  f"{len(m)} answers" + (f", median {statistics.median(m) * 1000:.0f} ms CPU"
                                         if m else ""), flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--variants", default=",".join(n for n in VARIANTS if n not in PAIRED))
    parser.add_argument("--hard", action="store_true",
                        help="answers a control outscores too (``HARD``: the guard measures)")
    parser.add_argument("--rows", action="store_true",
                        help="every answer's row too (what the slow ones spent)")
    args = parser.parse_args()
    names = args.variants.split(",")
    answers = len(names) * args.rounds * (len(SAID) + (len(HARD) if args.hard else 0))
    if answers > spec.MAX_STEPS:
        parser.error(f"{answers} answers: a run is one lesson, at most {spec.MAX_STEPS} "
                     "(fewer variants or rounds)")
    print(f"load average at the start {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores",
          flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        rows = run(names, args.rounds, Path(tmp), args.hard)
    keys = ["v2v", "endpoint", "scoring wait", "judge+engine", "reply", "scoring start",
            "scoring end", "scoring CPU", "scorings", "queued", *PARTS, "other", "in doubt"]
    print("medians, seconds after the learner's last sound (parts: wall time of the scoring "
          "used):")
    print(f"{'variant':<14}" + "".join(f"{k:>14}" for k in keys))
    for name in names:
        r = rows[name]
        print(f"{name:<14}" + "".join(
            f"{statistics.median(x[k] for x in r):>14.3f}" for k in keys[:-1])
            + f"{statistics.mean(x['in doubt'] for x in r):>14.2f}")
    if args.rows:
        for name in names:
            for i, x in enumerate(rows[name]):
                print(f"{name:<14}{i:>3} " + " ".join(f"{k}={x[k]:.3f}" for k in keys))
    for name in names:  # the answers in doubt (scored further: the free transcription, ...)
        doubt = [x for x in rows[name] if x["in doubt"]]
        if not doubt:
            continue
        v = sorted(x["v2v"] for x in doubt)
        wall = sorted(x["scoring end"] - x["scoring start"] for x in doubt)
        print(f"[{name}] in doubt, {len(doubt)}: voice to voice median {statistics.median(v):.3f}"
              f" s, p90 {v[min(len(v) - 1, int(0.9 * len(v)))]:.3f} s; scoring wall "
              f"{wall[0]:.3f}–{wall[-1]:.3f} s (median {statistics.median(wall):.3f}); queued "
              f"median {statistics.median(x['queued'] for x in doubt):.3f}, most "
              f"{max(x['queued'] for x in doubt):.3f} s; parts' medians "
              + ", ".join(f"{p} {statistics.median(x[p] for x in doubt):.3f}"
                          for p in (*PARTS, "other")))
    first = statistics.median(x["v2v"] for x in rows[names[0]])
    for name in names:
        v = sorted(x["v2v"] for x in rows[name])
        print(f"[{name}] voice to voice median {statistics.median(v):.3f} s, p90 "
              f"{v[min(len(v) - 1, int(0.9 * len(v)))]:.3f} s, n={len(v)}; ratio to "
              f"{names[0]} {statistics.median(v) / first:.2f}")
    guarded = [i for name in names for i, x in enumerate(rows[name]) if x["guard"] > 0]
    for i in sorted(set(guarded)):  # the i-th answer heard (a step asked again: one more)
        print(f"answer {i}, measured by the guard: " + ", ".join(
            f"{n} v2v {rows[n][i]['v2v']:.3f} s, scoring CPU {rows[n][i]['scoring CPU']:.3f}"
            f" s (guard {rows[n][i]['guard'] * 1000:.0f} ms)" for n in names
            if i < len(rows[n])))
    for name in names:
        cpu = statistics.median(x["scoring CPU"] for x in rows[name])
        print(f"[{name}] on two idle cores (wall ≈ CPU / 2) voice to voice would be ≈ the "
              f"endpoint or {SPECULATE_AFTER_S} s + {cpu:.3f} / 2, whichever is later: "
              f"{max(ListenSettings().endpoint_silence_s, SPECULATE_AFTER_S + cpu / 2):.2f} s"
              " (an estimate)")
    print(f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
