"""The answer against the robot's own renderings of the phrases (issue #10, rounds 17–18): a
control outscoring the step's phrases is not heard where the answer sounds less like the
robot saying it than saying the step's best phrase (the control guard); the bench may weigh
the likeness too. With scores and renderings made up, no model (the real one:
test_whisper_real.py)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import pytest

from valkky.config import SpeechSettings
from valkky.events import Prompt
from valkky.speech import synthesis
from valkky.speech.asr import WavAnswers
from valkky.speech.audio import ASR_RATE, write_wav
from valkky.speech.scoring import (
    Features,
    Picker,
    Rule,
    Scores,
    candidates,
    decide,
    fit_rule,
    split,
)
from valkky.speech.synthesis import Renderings, distance, voiced_frames
from valkky.speech.whisper import WhisperListener, guard_renderings, score_answer
from valkky.testing.wait import wait_until

PHRASES = {"Minun nimeni on Amina.": "Minun nimeni on Amina.",
           "Minun nimeni on Anna.": "Minun nimeni on Anna.",
           "En ymmärtänyt.": "en ymmärtänyt"}
# Whisper hears the answer badly: "En ymmärtänyt." outscores the phrase said by more than
# the controls' margin (0.45)
SCORED = (("Minun nimeni on Amina.", -3.1), ("Minun nimeni on Anna.", -3.4),
          ("En ymmärtänyt.", -2.5))
SAID = (("Minun nimeni on Amina.", 0.29), ("Minun nimeni on Anna.", 0.33),
        ("En ymmärtänyt.", 0.52))  # the answer's distance from each rendering


def _scores(synth: tuple[tuple[str, float], ...] = SAID) -> Scores:
    return Scores(SCORED, "Minu nime nomina.", -2.0, synth=synth)


RULE = Rule(bias=0.0, margin=1.0, cohort=0.0, alike=0.0, length=0.0, over_controls=0.0,
            lift=0.0)


# -- the guard and the weight ---------------------------------------------------------------


def test_a_control_that_outscores_is_not_heard_where_the_answer_sounds_unlike_it() -> None:
    d = decide(_scores(), PHRASES, RULE)
    # the answer sounds more like the robot saying the step's best phrase: that is weighed
    assert d.best == "Minun nimeni on Amina." and d.weighed is not None
    assert d.rejected  # on the rule's evidence (−1.1 at this bias): asked again
    assert not decide(_scores(), PHRASES, replace(RULE, bias=1.5)).rejected
    # the two the runtime measures are enough
    two = decide(_scores(SAID[::2]), PHRASES, RULE)
    assert two.best == "Minun nimeni on Amina."



def test_where_the_guard_holds_the_control_weighs_nothing_against_the_phrase() -> None:
    weighing = replace(RULE, over_controls=4.0, bias=1.5)
    d = decide(_scores(), PHRASES, weighing)
    # the answer sounds unlike "En ymmärtänyt.": its score (0.6 over the phrase's) is no
    # evidence against the phrase: 1.5 − 1.1 + 4 × 0 ≥ 0, kept (4 × −0.6 would ask again)
    assert d.weighed is not None and d.weighed.over_controls == 0.0
    assert not d.rejected and d.heard == "Minun nimeni on Amina."
    # a control under its margin was never weighed by the guard: it still counts
    close = Scores((SCORED[0], SCORED[1], ("En ymmärtänyt.", -2.8)), "Minu nime nomina.",
                   -2.0, synth=SAID)
    near = decide(close, PHRASES, weighing)
    assert near.weighed is not None and near.weighed.over_controls == pytest.approx(-0.3)
    assert near.rejected

def test_not_measured_the_control_is_heard_as_before() -> None:
    for synth in ((), SAID[:2], SAID[2:]):  # nothing, or not both the guard needs
        d = decide(_scores(synth), PHRASES, replace(RULE, bias=1.0))
        assert d.best == "en ymmärtänyt" and not d.rejected


def test_a_control_said_is_heard_as_before() -> None:
    # the answer sounds most like the robot saying the control: heard as the control
    control = (("Minun nimeni on Amina.", 0.45), ("Minun nimeni on Anna.", 0.47),
               ("En ymmärtänyt.", 0.24))
    d = decide(_scores(control), PHRASES, replace(RULE, bias=1.0))
    assert d.best == "en ymmärtänyt" and not d.rejected


def test_the_likeness_is_weighed_only_by_its_weight() -> None:
    weighed = replace(RULE, synth=20.0)
    d = decide(_scores(), PHRASES, weighed)
    assert d.weighed is not None and d.weighed.synth == pytest.approx(0.33 - 0.29)
    # −1.1 + 20 × 0.04 < 0: still asked again; its weight 0 (in use) weighs nothing
    assert weighed.evidence(d.weighed) == pytest.approx(RULE.evidence(d.weighed) + 0.8)


def test_fit_rule_weighs_the_likeness_to_the_renderings_when_it_tells() -> None:
    right = [(Features(-2.5, -1.5, 0.0, 0.5, synth=0.05 + i / 100), True) for i in range(12)]
    off = [Features(-2.5, -1.5, 0.0, 0.5, synth=-i / 50) for i in range(12)]
    found = fit_rule(right, off, weighed=("alike", "synth"))
    assert found.rule.synth > 0
    assert found.cut.accepted == 1.0 and found.cut.false_accepts == 0.0


# -- the distances --------------------------------------------------------------------------


def _frames(*rows: Sequence[float]) -> Any:
    return np.asarray(rows, np.float32)


def test_the_distance_is_0_for_the_same_frames_and_follows_a_slower_speaker() -> None:
    a = _frames([1, 0, 0], [0, 1, 0], [0, 0, 1])
    slow = _frames([1, 0, 0], [1, 0, 0], [0, 1, 0], [0, 1, 0], [0, 0, 1])
    other = _frames([0, 0, 1], [0, 1, 0], [1, 0, 0])
    assert distance(a, a) == pytest.approx(0.0)
    assert distance(a, slow) == pytest.approx(0.0)  # the path stays on each frame
    assert distance(a, other) == pytest.approx(2 / 5)  # the ends unlike, over 5 steps


def test_the_answers_frames_are_its_voiced_ones_centred_and_of_unit_length() -> None:
    audio = np.zeros(ASR_RATE, np.int16)
    audio[ASR_RATE // 2:ASR_RATE // 2 + ASR_RATE // 5] = (
        6000 * np.sin(np.arange(ASR_RATE // 5) * 0.3)).astype(np.int16)
    encoded = np.random.default_rng(1).normal(size=(1, 50, 8))
    got = voiced_frames(encoded, audio)
    assert 8 <= len(got) <= 14  # 0.2 s at 50 frames a second, give or take the VAD's edges
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)


def test_each_rendering_is_made_once_and_let_go_when_not_kept() -> None:
    made: list[str] = []

    def render(text: str) -> tuple[Any, int]:
        made.append(text)
        return (8000 * np.sin(np.arange(8000) * 0.2)).astype(np.int16), 16_000

    r = Renderings(render, lambda audio: np.ones((1, len(audio) // 320 + 75, 4)))
    r("Kiitos."), r("Kiitos."), r("Toista.")
    assert made == ["Kiitos.", "Toista."] and r.ready("Kiitos.")
    r.keep(["Toista."])
    assert not r.ready("Kiitos.") and r.ready("Toista.")


# -- the runtime's path, with fakes ---------------------------------------------------------


PROMPT = Prompt(step="s", kind="ask", text="", try_number=1, tries=2,
                expected=("moppi", "ämpäri", "toista", "en ymmärrä"))
PARTS = split(candidates(PROMPT), cohort=False)
OWN, CONTROL = "Moppi.", "En ymmärrä."
ENCODED = np.zeros((1, 200, 4), np.float32)  # the answer's encoder output, as kept


class HeardBadly:
    """Every answer in doubt, "En ymmärrä." 0.7 over the step's best phrase (beyond the
    controls' margin); the encoder's output kept, as ``WhisperScorer`` keeps it in doubt."""

    table: ClassVar[dict[str, float]] = {OWN: -3.0, CONTROL: -2.3}  # the rest score −6
    free = "En ymmärrä."  # Whisper's own transcription

    def __init__(self) -> None:
        self.priors: list[str] = []

    def score(self, audio: Any, phrases: Sequence[str], *,
              free_if_best_below: float | None = None, later: Sequence[str] = (),
              rivals: Sequence[str] = (), stop: threading.Event | None = None,
              pick_later: Picker | None = None) -> Scores:
        return Scores(tuple((p, self.table.get(p, -6.0)) for p in [*phrases, *later]),
                      self.free, -2.5, encoded=ENCODED)

    def prior(self, phrases: Sequence[str]) -> list[float]:
        self.priors.extend(phrases)
        return [-6.0 for _ in phrases]


class Measured:
    """The answer's distances as made up here, each call kept."""

    def __init__(self, far: dict[str, float]) -> None:
        self.far = far
        self.calls: list[tuple[Any, tuple[str, ...]]] = []

    def __call__(self, encoded: Any, audio: Any, phrases: Sequence[str]
                 ) -> tuple[tuple[str, float], ...]:
        self.calls.append((encoded, tuple(phrases)))
        return tuple((p, self.far[p]) for p in phrases)


AUDIO = np.zeros(ASR_RATE, np.int16)


def test_the_two_distances_are_measured_only_where_a_control_won() -> None:
    measured = Measured({OWN: 0.3, CONTROL: 0.5})
    scores = score_answer(HeardBadly(), AUDIO, PARTS, Rule(), distances=measured)
    assert measured.calls == [(ENCODED, (CONTROL, OWN))]
    assert dict(scores.synth) == {CONTROL: 0.5, OWN: 0.3} and scores.encoded is None
    # the guard gives the answer to the step's phrases: their silent scores are asked too
    assert OWN in dict(scores.priors)
    lost = Measured({})
    calm = Rule(control=1.0)  # 0.7 over is no win at this margin: nothing measured
    assert score_answer(HeardBadly(), AUDIO, PARTS, calm, distances=lost).synth == ()
    assert lost.calls == []


def test_where_the_answer_sounds_like_the_control_it_is_heard_without_the_steps_priors() -> None:
    scores = score_answer(HeardBadly(), AUDIO, PARTS, Rule(),
                          distances=Measured({OWN: 0.5, CONTROL: 0.3}))
    assert OWN not in dict(scores.priors)  # as before: the control is judged on its own
    assert decide(scores, candidates(PROMPT), Rule()).best == "en ymmärrä"


class MadeUp(Renderings):
    """Renderings that are not rendered: the phrases asked for, in order; the distances
    ``far`` says (or espeak-ng failing, with ``fails``)."""

    def __init__(self, far: dict[str, float], fails: bool = False) -> None:
        super().__init__(self._never, lambda audio: None)
        self.far, self.fails = far, fails
        self.asked: list[str] = []

    @staticmethod
    def _never(text: str) -> tuple[Any, int]:
        raise AssertionError("not rendered")

    def __call__(self, phrase: str) -> Any:
        self.asked.append(phrase)

    def render(self, phrase: str) -> None:
        pass  # nothing to render ahead: ``__call__`` is asked as where it failed

    def distances(self, encoded: Any, audio: Any, phrases: Any
                  ) -> tuple[tuple[str, float], ...]:
        if self.fails:
            from valkky.errors import AdapterError

            raise AdapterError("espeak-ng failed: no voice fi")
        return tuple((p, self.far[p]) for p in phrases)


def _answer(path: Path, n: int = 1) -> WavAnswers:
    t = np.arange(int(ASR_RATE * 0.6)) / ASR_RATE
    tone = (3000 * np.sin(2 * np.pi * 220 * t)).astype(np.int16)
    quiet = np.zeros(ASR_RATE, np.int16)
    write_wav(path, np.concatenate([quiet[:ASR_RATE // 4], tone, quiet]), ASR_RATE)
    return WavAnswers([path] * n)


def test_a_session_renders_ahead_and_the_guard_keeps_the_answer(tmp_path: Path) -> None:
    made = MadeUp({OWN: 0.3, CONTROL: 0.55})
    listener = WhisperListener(HeardBadly(), _answer(tmp_path / "a.wav"), speculate=False,
                               renderings=made)
    listener.prepare(PROMPT)
    every = [*PARTS.own, *PARTS.controls]
    wait_until(lambda: len(made.asked) == len(every), what="the renderings made ahead")
    assert made.asked == every  # the step's own first, then the controls
    answer = listener.listen(PROMPT)
    listener.close()
    assert answer is not None and listener.last is not None
    assert listener.last.best == "moppi"  # not the control it would have been


def test_switched_off_or_failing_the_control_is_heard_as_before(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    off = WhisperListener(HeardBadly(), _answer(tmp_path / "a.wav"), speculate=False)
    assert off.listen(PROMPT) is not None and off.last is not None
    assert off.last.best == "en ymmärrä"
    off.close()
    failing = WhisperListener(HeardBadly(), _answer(tmp_path / "b.wav", 2), speculate=False,
                              renderings=MadeUp({}, fails=True))
    with caplog.at_level(logging.WARNING):
        for _ in range(2):
            assert failing.listen(PROMPT) is not None and failing.last is not None
            assert failing.last.best == "en ymmärrä"
    failing.close()
    said = [r.getMessage() for r in caplog.records if "guard" in r.getMessage()]
    assert said == ["the control guard is off: espeak-ng failed: no voice fi"]  # once


def test_the_setting_switches_the_guard(monkeypatch: pytest.MonkeyPatch,
                                        caplog: pytest.LogCaptureFixture) -> None:
    assert SpeechSettings().synth_guard
    encode = lambda audio: None  # noqa: E731 - never called here
    assert guard_renderings(replace(SpeechSettings(), synth_guard=False), encode) is None
    from valkky.speech import tts

    monkeypatch.setattr(tts.shutil, "which", lambda name: None)  # no espeak-ng here
    with caplog.at_level(logging.WARNING, logger=synthesis.__name__):
        assert guard_renderings(SpeechSettings(), encode) is None
    assert [r.getMessage() for r in caplog.records] == [
        "the control guard is off: espeak-ng is not installed (Debian: apt-get install "
        "espeak-ng)"]


class Threads(Renderings):
    """Renderings made up, noting which thread renders (espeak-ng's part) and which encodes
    (the model's part) each phrase; the first rendering (the warm-up's) waits for
    ``release`` (where given)."""

    def __init__(self, release: threading.Event | None = None) -> None:
        super().__init__(self._made_up, self._encoded)
        self.release = release
        self.rendered_by: dict[str, str] = {}
        self.encoded_by: list[str] = []
        self.done: list[str] = []  # the first rendering, once done
        self.calls = 0
        self.started = threading.Event()

    def _made_up(self, text: str) -> tuple[Any, int]:
        self.calls += 1
        first = self.calls == 1  # the warm-up's first
        if first:
            self.started.set()
        if self.release is not None and first:
            self.release.wait(10)
        self.rendered_by[text] = threading.current_thread().name
        if first:
            self.done.append(text)
        return (8000 * np.sin(np.arange(8000) * 0.2)).astype(np.int16), ASR_RATE

    def _encoded(self, audio: Any) -> Any:
        self.encoded_by.append(threading.current_thread().name)
        return np.ones((1, len(audio) // 320 + 75, 4), np.float32)


def test_the_warm_up_renders_off_the_models_thread_which_only_encodes(tmp_path: Path) -> None:
    made = Threads()
    listener = WhisperListener(HeardBadly(), _answer(tmp_path / "a.wav"), speculate=False,
                               renderings=made)
    listener.prepare(PROMPT)
    every = [*PARTS.own, *PARTS.controls]
    wait_until(lambda: all(made.ready(p) for p in every), what="the renderings made ahead")
    listener.close()
    assert sorted(made.rendered_by) == sorted(every)
    assert all(name.startswith("espeak") for name in made.rendered_by.values())
    assert len(made.encoded_by) == len(every)
    assert all(name.startswith("whisper") for name in made.encoded_by)


def test_an_answers_scoring_does_not_wait_for_a_rendering_under_way(tmp_path: Path) -> None:
    release = threading.Event()
    made = Threads(release)  # espeak-ng busy with the first phrase until released
    listener = WhisperListener(HeardBadly(), _answer(tmp_path / "a.wav"), speculate=False,
                               renderings=made)
    listener.prepare(PROMPT)
    try:
        assert made.started.wait(10)  # the warm-up's first rendering under way
        answer = listener.listen(PROMPT)
        assert answer is not None and listener.last is not None
        assert made.done == []  # judged while the rendering ahead was still under way
        # the guard measured, its two renderings made in the scoring, as when not ready
        assert made.rendered_by == {OWN: "whisper_0", CONTROL: "whisper_0"}
    finally:
        release.set()
        listener.close()


class Loading(HeardBadly):
    """A scorer whose model is still loading until ``done`` is set (``WhisperScorer.loaded``)."""

    def __init__(self) -> None:
        super().__init__()
        self.done = threading.Event()

    def loaded(self, timeout: float) -> bool:
        return self.done.wait(timeout)


def test_espeak_ng_renders_while_the_model_is_still_loading(tmp_path: Path) -> None:
    scorer, made = Loading(), Threads()
    listener = WhisperListener(scorer, _answer(tmp_path / "a.wav"), speculate=False,
                               renderings=made)
    listener.prepare(PROMPT)
    every = [*PARTS.own, *PARTS.controls]
    try:
        wait_until(lambda: all(made.rendered(p) for p in every), what="rendered ahead")
        assert made.encoded_by == [] and scorer.priors == []  # the model's part waits
        scorer.done.set()
        wait_until(lambda: all(made.ready(p) for p in every), what="encoded once loaded")
    finally:
        scorer.done.set()
        listener.close()
