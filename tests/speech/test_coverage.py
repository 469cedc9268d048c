"""Where the forced decoding lays a phrase against the learner's speech (issue #10, round
15): the voiced spans, the alignment's token bounds, the coverage and the rule weighing
it — with arrays and a fake scorer, no model."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from threading import Event
from typing import Any

import numpy as np
import pytest

from valkky.speech.asr import (
    BRIDGED_S,
    FRAME_S,
    frame_loudness,
    voiced_frames_seconds,
    voiced_spans,
)
from valkky.speech.audio import ASR_RATE
from valkky.speech.scoring import (
    Features,
    Picker,
    Rule,
    Scores,
    coverage,
    decide,
    fit_rule,
    split,
)
from valkky.speech.whisper import ALIGN_STEPS_PER_S, score_answer, token_bounds


def _frames(*runs: tuple[int, bool]) -> list[float]:
    """Frames' loudness: (how many frames, loud or not), in turn."""
    return [2000.0 if loud else 0.0 for n, loud in runs for _ in range(n)]


def test_the_voiced_spans_bridge_short_silences_and_leave_the_pauses_out() -> None:
    short = int(BRIDGED_S / FRAME_S)  # a stop's closure: part of the speech
    pause = short + 5  # a pause between words
    frames = _frames((10, False), (20, True), (short, False), (10, True), (pause, False),
                     (15, True), (10, False))
    spans = voiced_spans(frames)
    assert [a for span in spans for a in span] == pytest.approx(
        [10 * FRAME_S, (40 + short) * FRAME_S, (40 + short + pause) * FRAME_S,
         (55 + short + pause) * FRAME_S])
    assert sum(b - a for a, b in spans) == pytest.approx(voiced_frames_seconds(frames))
    assert voiced_spans(_frames((30, False))) == ()


def test_token_bounds_are_where_the_path_reaches_each_token_and_end_of_text() -> None:
    # three tokens and end-of-text (text index 3) along 12 time steps
    path = [(0, 0), (0, 1), (0, 2), (1, 3), (1, 4), (2, 5), (2, 6), (2, 7), (3, 8),
            (3, 9), (3, 10), (3, 11)]
    assert token_bounds(path, 3) == pytest.approx(
        (0.0, 3 / ALIGN_STEPS_PER_S, 5 / ALIGN_STEPS_PER_S, 8 / ALIGN_STEPS_PER_S))
    # a token the path passes at once (two text steps in one time step) has no time
    assert token_bounds([(0, 0), (0, 1), (1, 2), (2, 2), (2, 3)], 2) == pytest.approx(
        (0.0, 2 / ALIGN_STEPS_PER_S, 2 / ALIGN_STEPS_PER_S))
    assert token_bounds(np.zeros((0, 2)), 3) == ()


def test_the_coverage_is_the_speech_the_phrase_covers_and_its_tokens_on_speech() -> None:
    voiced = ((0.25, 1.25),)  # one second of speech after the lead
    assert coverage((0.0, 0.5, 0.9, 1.3), voiced) == pytest.approx((1.0, 1.0))
    # "Okei." laid on the first half of a longer answer: half the speech is left over
    assert coverage((0.0, 0.5, 0.75), voiced) == pytest.approx((0.5, 1.0))
    # a long phrase on a short answer lays tokens on the silence after it
    assert coverage((0.0, 0.6, 1.3, 1.5, 1.7, 1.9), voiced) == pytest.approx((1.0, 0.4))
    # a token with no time of its own counts where it lies: inside the speech, on it
    assert coverage((0.0, 0.6, 0.6, 1.3), voiced)[1] == pytest.approx(1.0)
    # the pauses between words are no speech to cover, and a token there is off it
    paused = ((0.25, 0.75), (1.5, 2.0))
    assert coverage((0.0, 0.8, 1.4, 2.1), paused) == pytest.approx((1.0, 2 / 3))
    assert coverage((), voiced) == coverage((0.0, 1.0), ()) == (1.0, 1.0)  # not known


PHRASES = {"Okei.": "okei", "Laitan suojalasit.": "laitan suojalasit"}
VOICED = ((0.25, 1.85),)  # 1.6 s of speech
# each phrase's bounds: the tokens and the full stop, then end-of-text
COVERS = (0.0, 0.6, 1.1, 1.5, 1.9, 2.4)  # the whole answer
SHORT = (0.0, 0.45, 0.7, 0.9)  # "Okei." laid on the first half of the speech, then done


def _scores(aligned: dict[str, tuple[float, ...]], best: str) -> Scores:
    scores = {"Okei.": -2.6, "Laitan suojalasit.": -2.8}
    scores[best] = -2.4
    return Scores(tuple(scores.items()), "Laita suoja.", -2.0, aligned=tuple(aligned.items()),
                  voiced=VOICED)


def test_the_rule_weighs_where_the_phrase_lies_against_the_speech() -> None:
    rule = Rule(bias=1.5, margin=1.0, cohort=0.0, alike=0.0, length=0.0, over_controls=0.0,
                lift=0.0, covered=4.0, landed=0.0)
    said = decide(_scores({"Laitan suojalasit.": COVERS, "Okei.": SHORT},
                          "Laitan suojalasit."), PHRASES, rule)
    assert not said.rejected and said.heard == "laitan suojalasit"
    assert said.weighed is not None and said.weighed.covered == pytest.approx(0.0)
    # "Okei." scored best on the same answer: its path reaches end-of-text half way through
    likely = decide(_scores({"Laitan suojalasit.": COVERS, "Okei.": SHORT}, "Okei."),
                    PHRASES, rule)
    assert likely.rejected and likely.best == "okei" and likely.weighed is not None
    assert likely.weighed.covered == pytest.approx(0.65 / 1.6 - 1)
    # unweighed, or not aligned, it changes nothing: taken on the rest of its evidence
    assert not decide(_scores({"Okei.": SHORT}, "Okei."), PHRASES,
                      replace(rule, covered=0.0)).rejected
    unknown = decide(_scores({}, "Okei."), PHRASES, rule)
    assert not unknown.rejected and unknown.weighed is not None
    assert (unknown.weighed.covered, unknown.weighed.landed) == (0.0, 0.0)


def test_the_tokens_laid_on_silence_are_weighed_too() -> None:
    rule = Rule(bias=1.5, margin=1.0, cohort=0.0, alike=0.0, length=0.0, over_controls=0.0,
                lift=0.0, covered=0.0, landed=4.0)
    # the long phrase on a short answer: three of its six tokens on the silence after it
    short_answer = Scores((("Laitan suojalasit.", -2.4),), "Okei.", -2.0,
                          aligned=(("Laitan suojalasit.", (0.0, 0.4, 0.7, 0.9, 1.1, 1.3, 1.6)),),
                          voiced=((0.25, 0.75),))
    d = decide(short_answer, PHRASES, rule)
    assert d.rejected and d.weighed is not None
    assert d.weighed.landed == pytest.approx(3 / 6 - 1)


def test_fit_rule_weighs_the_coverage_when_it_tells() -> None:
    # the same margin, likeness and lift: only where the phrase lies tells them apart
    right = [(Features(-2.5, -1.5, 0.0, 0.5, covered=-i / 100), True) for i in range(12)]
    off = [Features(-2.5, -1.5, 0.0, 0.5, covered=-0.4 - i / 40) for i in range(12)]
    found = fit_rule(right, off, weighed=("alike", "covered", "landed"))
    assert found.rule.covered > 0 and found.rule.landed == 0.0
    assert found.cut.accepted == 1.0 and found.cut.false_accepts == 0.0


class AlignedScorer:
    """A scorer that aligns its one phrase over given bounds (WhisperScorer's ``aligned``)."""

    def __init__(self, bounds: tuple[float, ...]):
        self.bounds = bounds

    def score(self, audio: Any, phrases: Sequence[str], *,
              free_if_best_below: float | None = None, later: Sequence[str] = (),
              rivals: Sequence[str] = (), stop: Event | None = None,
              pick_later: Picker | None = None) -> Scores:
        return Scores(tuple((p, -2.5) for p in phrases), "Jotain.", -2.0,
                      aligned=tuple((p, self.bounds) for p in phrases))

    def prior(self, phrases: Sequence[str]) -> list[float]:
        return [-4.0 for _ in phrases]


def test_an_answer_is_scored_with_where_the_learner_spoke() -> None:
    # 0.25 s of lead, 0.5 s of speech, a 0.6 s pause, 0.4 s of speech, 0.25 s after
    t = np.arange(ASR_RATE) / ASR_RATE
    tone = (3000 * np.sin(2 * np.pi * 220 * t)).astype(np.int16)
    audio = np.concatenate([np.zeros(4000, np.int16), tone[:8000], np.zeros(9600, np.int16),
                            tone[:6400], np.zeros(4000, np.int16)])
    bounds = (0.0, 0.5, 1.0, 1.8)
    scores = score_answer(AlignedScorer(bounds), audio, split(PHRASES, cohort=False), Rule())
    assert scores.voiced == voiced_spans(frame_loudness(audio))
    assert [round(a, 2) for span in scores.voiced for a in span] == [0.24, 0.75, 1.35, 1.77]
    assert dict(scores.aligned)["Okei."] == bounds
    assert scores.seconds == pytest.approx(sum(b - a for a, b in scores.voiced))
