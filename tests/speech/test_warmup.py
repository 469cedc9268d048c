"""The silent scores made ahead: while the robot asks, Whisper's listener scores the step's
phrases and the learner's controls on silence (``WhisperListener.prepare``), so an answer
in doubt finds them ready; an answer's scoring always goes first. With a fake scorer."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from valkky.events import Prompt
from valkky.race import RaceListener, Source
from valkky.speech.asr import WavAnswers
from valkky.speech.audio import ASR_RATE, write_wav
from valkky.speech.scoring import Picker, Rule, Scores, candidates, split
from valkky.speech.whisper import WhisperListener
from valkky.testing.wait import wait_until

PROMPT = Prompt(step="s", kind="ask", text="", try_number=1, tries=2,
                expected=("moppi", "toista", "hitaammin", "en ymmärrä"))
PARTS = split(candidates(PROMPT), cohort=False)


class KeepingScorer:
    """Every answer in doubt (best own phrase −3.0, under ``Rule.clear``); silent scores
    kept once made, as ``WhisperScorer.prior`` keeps them. ``log`` says what was done in
    which order: ("silent", phrase) for a silent score made (not one kept), ("score", n)."""

    def __init__(self, hold_first_silent: threading.Event | None = None):
        self.kept: dict[str, float] = {}
        self.log: list[tuple[str, Any]] = []
        self.hold = hold_first_silent  # the first silent score waits for it

    def score(self, audio: Any, phrases: Sequence[str], *,
              free_if_best_below: float | None = None, later: Sequence[str] = (),
              rivals: Sequence[str] = (), stop: threading.Event | None = None,
              pick_later: Picker | None = None) -> Scores:
        self.log.append(("score", len(audio)))
        return Scores(tuple((p, -3.0 if i == 0 else -6.0) for i, p in
                            enumerate([*phrases, *later])), "Jotain.", -0.5)

    def prior(self, phrases: Sequence[str]) -> list[float]:
        for phrase in phrases:
            if phrase not in self.kept:
                if self.hold is not None and not self.log:
                    assert self.hold.wait(10)
                self.log.append(("silent", phrase))
                self.kept[phrase] = -5.0
        return [self.kept[p] for p in phrases]

    def made(self) -> list[Any]:
        return [what for kind, what in self.log if kind == "silent"]


def _answer(path: Path) -> WavAnswers:
    t = np.arange(int(ASR_RATE * 0.6)) / ASR_RATE
    tone = (3000 * np.sin(2 * np.pi * 220 * t)).astype(np.int16)
    quiet = np.zeros(ASR_RATE, np.int16)
    write_wav(path, np.concatenate([quiet[:ASR_RATE // 4], tone, quiet]), ASR_RATE)
    return WavAnswers([path])


def test_the_steps_phrases_and_the_controls_are_scored_on_silence_before_the_answer(
        tmp_path: Path) -> None:
    scorer = KeepingScorer()
    listener = WhisperListener(scorer, _answer(tmp_path / "a.wav"), speculate=False)
    listener.prepare(PROMPT)
    every = [*PARTS.own, *PARTS.controls]
    wait_until(lambda: len(scorer.made()) == len(every), what="the warm-up done")
    assert scorer.made() == every  # the step's own first: the best of them is always asked
    answer = listener.listen(PROMPT)
    listener.close()
    assert answer is not None and answer.confidence is not None
    assert [k for k, _ in scorer.log] == ["silent"] * len(every) + ["score"]  # none made late
    decision = listener.last
    assert decision is not None and decision.weighed is not None
    assert decision.weighed.lift == -3.0 - -5.0  # the answer weighed the ready silent score


def test_an_answers_scoring_goes_before_the_rest_of_the_warm_up(tmp_path: Path) -> None:
    hold = threading.Event()
    scorer = KeepingScorer(hold_first_silent=hold)
    listener = WhisperListener(scorer, _answer(tmp_path / "a.wav"), speculate=False)
    listener.prepare(PROMPT)  # its first silent score waits until the answer is due
    release = threading.Thread(target=lambda: (wait_until(
        lambda: listener._warm_stop.is_set(), what="the answer's scoring due"), hold.set()))
    release.start()
    answer = listener.listen(PROMPT)
    release.join()
    listener.close()
    assert answer is not None
    first = PARTS.own[0]
    assert scorer.log[:2] == [("silent", first), ("score", scorer.log[1][1])]
    # after the answer's scoring only what it asked for: its best control's silent score
    # (its best own phrase's was ready), never the rest of the warm-up
    assert scorer.made()[1:] == [PARTS.controls[0]]


def test_no_warm_up_where_the_rule_does_not_weigh_the_silent_scores(tmp_path: Path) -> None:
    scorer = KeepingScorer()
    listener = WhisperListener(scorer, _answer(tmp_path / "a.wav"), speculate=False,
                               rule=replace(Rule(), lift=0.0))
    listener.prepare(PROMPT)
    listener.close()
    assert scorer.log == []


class BlockingScorer(KeepingScorer):
    """Its silent scores wait for ``hold``, saying so with ``entered``; its model has
    loaded (``loaded``) once ``ready`` is set."""

    def __init__(self) -> None:
        super().__init__()
        self.hold, self.entered, self.ready = (threading.Event(), threading.Event(),
                                               threading.Event())
        self.ready.set()

    def loaded(self, timeout: float) -> bool:
        return self.ready.wait(timeout)

    def prior(self, phrases: Sequence[str]) -> list[float]:
        self.entered.set()
        assert self.hold.wait(30)
        return super().prior(phrases)


NEXT = replace(PROMPT, step="t", expected=("ämpäri", "toista", "hitaammin", "en ymmärrä"))


def test_close_does_not_wait_for_a_warm_up(tmp_path: Path) -> None:
    scorer = BlockingScorer()
    listener = WhisperListener(scorer, _answer(tmp_path / "a.wav"), speculate=False)
    listener.prepare(PROMPT)
    wait_until(scorer.entered.is_set, what="the warm-up's first silent score begun")
    closer = threading.Thread(target=listener.close)
    closer.start()
    closer.join(20)  # a bound against a hang, not a speed: it returns before hold is set
    closed = not closer.is_alive()
    scorer.hold.set()
    assert closed
    wait_until(lambda: bool(scorer.made()), what="the silent score held ended")
    closer.join()
    assert scorer.made() == [PARTS.own[0]]  # stopped after the phrase it was in


def test_a_stale_warm_up_stops_when_the_next_prompt_is_prepared(tmp_path: Path) -> None:
    scorer = BlockingScorer()
    listener = WhisperListener(scorer, _answer(tmp_path / "a.wav"), speculate=False)
    listener.prepare(PROMPT)
    wait_until(scorer.entered.is_set, what="the warm-up's first silent score begun")
    listener.prepare(NEXT)  # the robot asks on before the first warm-up is done
    scorer.hold.set()
    every = [*split(candidates(NEXT), cohort=False).own, *PARTS.controls]
    wait_until(lambda: len(scorer.made()) == 1 + len(every), what="the next warm-up done")
    listener.close()
    assert scorer.made() == [PARTS.own[0], *every]  # the stale one: only the phrase it was in


def test_a_warm_up_waiting_for_the_model_gives_up_when_stopped(tmp_path: Path) -> None:
    scorer = BlockingScorer()
    scorer.hold.set()
    scorer.ready.clear()  # the greeting: the model still loads
    listener = WhisperListener(scorer, _answer(tmp_path / "a.wav"), speculate=False)
    listener.prepare(PROMPT)
    listener.prepare(NEXT)  # the first is stale before the model is there
    scorer.ready.set()
    every = [*split(candidates(NEXT), cohort=False).own, *PARTS.controls]
    wait_until(lambda: len(scorer.made()) == len(every), what="the next warm-up done")
    listener.close()
    assert scorer.made() == every  # nothing of the stale one: moppi never scored


class Ready:
    """A source that gets ready ahead, and whose answers have run out."""

    def __init__(self) -> None:
        self.prepared: list[Prompt] = []

    def prepare(self, prompt: Prompt) -> None:
        self.prepared.append(prompt)

    def listen(self, prompt: Prompt) -> None:
        return None  # its answers file at its end

    def close(self) -> None:
        pass


def test_a_race_tells_every_source_the_prompt_ahead() -> None:
    class Plain(Ready):  # a source that does not get ready ahead
        prepare = None  # type: ignore[assignment]

    speech = Ready()
    race = RaceListener([Source("speech", speech), Source("terminal", Plain())])
    race.prepare(PROMPT)
    race.close()
    assert speech.prepared == [PROMPT]


def test_a_race_tells_no_source_that_ran_out() -> None:
    out = Ready()
    race = RaceListener([Source("speech", out)])
    race.prepare(PROMPT)
    assert race.listen(PROMPT) is None  # none left in the race
    race.prepare(NEXT)
    race.close()
    assert out.prepared == [PROMPT]
