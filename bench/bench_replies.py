"""A wrong answer's reply: from the verdict to the reply's first sample, with the step's
possible replies rendered while the robot asks (``Speaker.prepare``) or not (as before),
steps alternating between the two in one run, so the machine's load falls alike on both.

Each step asks for a word of the lesson library and foresees another as a mistake, with a
reaction of its own ("Ei. Ämpäri on eri asia. Tämä on moppi."); the learner gives that
mistake first (the measured reply), then the right word. The learner answers 0.6 s after
the robot's last line was handed out: less than any question takes to say and answer.
The speech is rendered by espeak-ng and played nowhere.

    python bench/bench_replies.py [--steps 24]
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import threading
import time
from typing import Any

from valkky import events as ev
from valkky.engine import phrases
from valkky.engine.feedback import almost_fi
from valkky.engine.session import Session
from valkky.judge import judge
from valkky.lesson.checker import Library
from valkky.lesson.loader import check_text, load_lesson
from valkky.runtime import Runtime
from valkky.speech.tts import Audio, EspeakSynth, Speaker

THINK_S = 0.6
HEAD = """id: b\nversion: 1\ntitle: B\nprofession: yleinen\nlevel: A1\nsupport: [en]
steps:
"""


def _words(n: int) -> list[str]:
    """Single words from the lesson library's vocabularies, each once."""
    from valkky.lesson.files import lesson_files
    from valkky.paths import lessons_dir

    seen: dict[str, None] = {}
    for path in lesson_files([lessons_dir()])[0]:
        try:
            lesson = load_lesson(path)
        except Exception:  # a template or a broken file: not needed here
            continue
        for item in lesson.vocabulary:
            if item.fi.isalpha() and item.fi.islower():
                seen[item.fi] = None
    words = list(seen)
    if len(words) < n + 1:
        raise SystemExit(f"only {len(words)} words in the library")
    return words[: n + 1]


class TimedSynth(EspeakSynth):
    """espeak-ng, noting each render's wall time and whether it was ahead of need."""

    def __init__(self) -> None:
        super().__init__()
        self.renders: list[tuple[str, float, bool]] = []

    def render(self, text: str, wpm: int) -> Audio:
        t = time.perf_counter()
        audio = super().render(text, wpm)
        self.renders.append((text, time.perf_counter() - t,
                             threading.current_thread() is not threading.main_thread()))
        return audio


class Half:
    """One variant's speaker, for its own steps only (``ahead``: given the prompts)."""

    def __init__(self, speaker: Speaker, steps: set[str], ahead: bool,
                 rows: list[float]) -> None:
        self.speaker, self.steps, self.ahead, self.rows = speaker, steps, ahead, rows
        self._verdict: float | None = None

    def prepare(self, prompt: ev.Prompt) -> None:
        if self.ahead and prompt.step in self.steps:
            self.speaker.prepare(prompt)

    def handle(self, event: ev.Event) -> None:
        step = getattr(event, "step", None)
        if step not in self.steps:
            return
        if isinstance(event, ev.Verdict) and event.verdict != "correct":
            self._verdict = time.monotonic()
        if isinstance(event, ev.Say):
            self.speaker.handle(event)
            if self._verdict is not None:  # the reply's first sample
                assert self.speaker.first_sample_at is not None
                self.rows.append(self.speaker.first_sample_at - self._verdict)
                self._verdict = None


class Learner:
    def __init__(self, answers: list[str], speakers: list[Speaker]) -> None:
        self.answers = iter(answers)
        self.speakers = speakers
        self.busy = 0  # answers given while replies were still being rendered ahead

    def listen(self, prompt: ev.Prompt) -> ev.Answer | None:
        time.sleep(THINK_S)
        self.busy += not all(s.rendered_ahead(0) for s in self.speakers)
        answer = next(self.answers, None)
        return None if answer is None else ev.Answer(answer)

    def close(self) -> None:
        pass


def run(steps: int) -> dict[str, Any]:
    words = _words(steps)
    text = HEAD + "".join(
        f"  - {{id: s{i}, ask: Mikä tämä on?, accept: [{w}], tries: 2, mistakes: "
        f"{{{m}: Ei. {m.capitalize()} on eri asia. Tämä on {w}.}}}}\n"
        for i, (w, m) in enumerate(itertools.pairwise(words)))
    lesson, problems = check_text(text, "bench.yaml", Library())
    assert lesson is not None, problems
    synths = {"before": TimedSynth(), "ahead": TimedSynth()}
    speakers = {n: Speaker(s, lambda audio, text: None) for n, s in synths.items()}
    for speaker in speakers.values():  # as launch does: the robot's own phrases
        thread = speaker.prerender_soon(list(phrases.REPLIES))
        assert thread is not None
        thread.join()
    rows: dict[str, list[float]] = {"before": [], "ahead": []}
    halves = [Half(speakers[n], {f"s{i}" for i in range(steps) if i % 2 == k}, n == "ahead",
                   rows[n]) for k, n in enumerate(("before", "ahead"))]
    answers = [a for w, m in itertools.pairwise(words) for a in (m, w)]
    learner = Learner(answers, list(speakers.values()))
    session = Session(lesson, judge=judge, feedback=almost_fi, lang="en")
    Runtime(session, learner, halves).run()
    return {"rows": rows, "synths": synths, "busy": learner.busy}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=24)
    args = parser.parse_args()
    print(f"load average at the start {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores",
          flush=True)
    out = run(args.steps)
    rows = out["rows"]
    for name, r in rows.items():
        r = sorted(r)
        print(f"[{name}] verdict → first sample of a wrong answer's reply: median "
              f"{1000 * statistics.median(r):.2f} ms, p90 "
              f"{1000 * r[min(len(r) - 1, int(0.9 * len(r)))]:.2f} ms, max "
              f"{1000 * r[-1]:.2f} ms, n={len(r)}")
    ratio = statistics.median(rows["ahead"]) / statistics.median(rows["before"])
    print(f"ratio ahead / before (medians): {ratio:.4f}")
    ahead = [(t, d) for t, d, bg in out["synths"]["ahead"].renders if bg]
    steps = len(rows["ahead"])
    print(f"[ahead] rendered in the background: {len(ahead)} utterances for {steps} steps "
          f"({len(ahead) / max(1, steps):.1f} a step, REPLIES excluded), "
          f"{sum(d for _, d in ahead):.2f} s of wall time in all, median "
          f"{1000 * statistics.median(d for _, d in ahead):.1f} ms each; answers given "
          f"while still rendering: {out['busy']}")
    print(f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
