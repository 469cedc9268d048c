"""Spoken answers by phrase scoring, without Whisper: the decision rule, the candidates
real lessons give, the listener's plumbing and the engine's fit, with a fake scorer."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from threading import Event
from typing import Any

import numpy as np
import pytest

from valkky import events as ev
from valkky.engine import phrases as said
from valkky.events import Prompt
from valkky.lesson.files import resolve_lesson
from valkky.lesson.loader import load_lesson
from valkky.lesson.references import load_library
from valkky.speech.asr import (
    ANSWER_AT_LEAST_S,
    ANSWER_TIMES,
    FRAME_S,
    SLOW_TIMES,
    Capture,
    ListenSettings,
    WavAnswers,
    answer_cap_s,
    capture,
    frame_loudness,
    voiced_frames_seconds,
    voiced_seconds,
)
from valkky.speech.audio import ASR_RATE, write_wav
from valkky.speech.scoring import (
    CLEAR,
    COHORT,
    CONTROL_MARGIN,
    SWITCH_LIFT,
    SYLLABLES_PER_S,
    WEIGHED_WITHIN,
    Decision,
    Features,
    Picker,
    Rule,
    Scores,
    Stopped,
    candidates,
    controls_to_score,
    decide,
    fit_rule,
    goes_on,
    length_feature,
    longest_seconds,
    may_go_on,
    phrase_seconds,
    shortest_seconds,
    split,
    syllables,
    without_loop,
    written,
)
from valkky.speech.whisper import EDGE_S, WhisperListener
from valkky.testing.harness import run_scripted


def _prompt(*expected: str, kind: str = "ask", options: Sequence[str] = ()) -> Prompt:
    return Prompt(step="s", kind=kind, text="", try_number=1, tries=2, expected=expected,
                  options=tuple(options), open_vocabulary=kind == "repeat")


class FakeScorer:
    """Scores each phrase by a table (default: far below), the free transcription given;
    the ``later`` phrases only when the best of the others is under the cutoff, as
    ``WhisperScorer`` does."""

    def __init__(self, table: dict[str, float], free: str = "Jotain.", free_score: float = -0.5,
                 silent: dict[str, float] | None = None):
        self.table, self.free, self.free_score = table, free, free_score
        self.silent = silent or {}  # scores on silence (default: as scored, no lift)
        self.priors: list[tuple[str, ...]] = []  # the phrases asked for, each time
        self.calls: list[tuple[int, tuple[str, ...]]] = []
        self.cutoffs: list[float | None] = []
        self.later: list[tuple[str, ...]] = []  # the controls, each time they were scored
        self.rivals: list[tuple[str, ...]] = []  # the cohort, each time it was scored

    def score(self, audio: Any, phrases: Sequence[str], *,
              free_if_best_below: float | None = None, later: Sequence[str] = (),
              rivals: Sequence[str] = (), stop: Event | None = None,
              pick_later: Picker | None = None) -> Scores:
        self.calls.append((len(audio), tuple(phrases)))
        self.cutoffs.append(free_if_best_below)
        best = max((self.table.get(p, -9.0) for p in phrases), default=-9.0)
        if free_if_best_below is not None and best >= free_if_best_below:
            return Scores(tuple((p, self.table.get(p, -9.0)) for p in phrases), "", 0.0)
        if pick_later is not None:  # Whisper's first word opens its transcription
            later = pick_later(self.free, lambda p: 0.0 if p.split()[0].strip(".") ==
                               self.free.split()[0].strip(".") else -9.0)
        self.later.append(tuple(later))
        self.rivals.append(tuple(rivals))
        return Scores(tuple((p, self.table.get(p, -9.0)) for p in [*phrases, *later]),
                      self.free, self.free_score,
                      tuple((p, self.table.get(p, -9.0)) for p in rivals))

    def prior(self, phrases: Sequence[str]) -> list[float]:
        self.priors.append(tuple(phrases))
        return [self.silent.get(p, self.table.get(p, -9.0)) for p in phrases]


# -- the rule --------------------------------------------------------------------------------


# the tests' own, every weight pinned (the defaults are refitted: rule_defaults)
RULE = Rule(bias=2.0, margin=1.0, cohort=2.0, alike=2.0, length=0.5, over_controls=2.0,
            lift=3.0, clear=-1.45)


def test_a_clear_best_phrase_is_taken_outright() -> None:
    phrases = {"Moppi.": "moppi", "Ämpäri.": "ämpäri"}
    d = decide(Scores((("Moppi.", -0.6), ("Ämpäri.", -3.0)), "", 0.0), phrases, RULE)
    assert (d.heard, d.rejected, d.best) == ("moppi", False, "moppi") and d.confidence >= 0.5
    just_under = decide(Scores((("Moppi.", -1.46),), "Hyvää huomenta.", -0.5,
                               (("Kiitos.", -0.5),)), phrases, RULE)
    assert just_under.rejected  # under `clear`, weighed: and the evidence is against it
    assert decide(Scores((), "Moi.", -1.0), {}).rejected


def test_the_best_phrase_is_weighed_against_the_free_transcription_and_the_cohort() -> None:
    phrases = {"Moppi.": "moppi"}
    kept = decide(Scores((("Moppi.", -2.5),), "Mopi.", -1.5, (("Kahvi.", -4.0),)), phrases,
                  RULE)
    assert not kept.rejected and kept.heard == "moppi"
    assert kept.weighed == Features(best=-2.5, margin=-1.0, cohort=1.5, alike=pytest.approx(8 / 9))
    # the same answer, but a common word beats it: the learner said something else
    beaten = decide(Scores((("Moppi.", -2.5),), "Mopi.", -1.5, (("Kahvi.", -1.0),)), phrases,
                    RULE)
    assert beaten.rejected and beaten.heard == "Mopi." and beaten.confidence < 0.5
    # ... or it scores far below Whisper's own transcription, which looks nothing like it
    far = decide(Scores((("Moppi.", -4.0),), "Hyvää huomenta.", -0.5, (("Kahvi.", -3.5),)),
                 phrases, RULE)
    assert far.rejected and far.heard == "Hyvää huomenta." and far.best == "moppi"
    assert far.margin == -3.5


@pytest.mark.parametrize(("mistake", "rejected"), [(-2.6, True), (-2.75, False)])
def test_an_answer_in_doubt_too_close_to_a_foreseen_mistake_is_asked_again(
        mistake: float, rejected: bool) -> None:
    """Said "väärästä", heard "vaarasta" by 0.05: Whisper cannot tell them apart."""
    phrases = {"Vaarasta.": "vaarasta", "Väärästä.": "väärästä"}
    rule = replace(RULE, apart=0.2)
    scores = Scores((("Vaarasta.", -2.55), ("Väärästä.", mistake)), "Vaarasta.", -1.5)
    d = decide(scores, phrases, rule, mistakes=("väärästä",))
    assert (d.rejected, d.confidence < 0.5) == (rejected, rejected)
    assert decide(scores, phrases, rule).rejected is False  # no mistakes: nothing to tell
    # the other way round: a mistake heard best, a right answer close behind
    swapped = Scores((("Vaarasta.", mistake), ("Väärästä.", -2.55)), "Väärästä.", -1.5)
    assert decide(swapped, phrases, rule, mistakes=("väärästä",)).rejected == rejected
    # two accepted answers close together are one answer: taken
    both = {"Vaarasta.": "vaarasta", "Vaarasta!": "vaarasta", "Väärästä.": "väärästä"}
    close = Scores((("Vaarasta.", -2.55), ("Vaarasta!", -2.56), ("Väärästä.", -3.5)),
                   "Vaarasta.", -1.5)
    assert not decide(close, both, rule, mistakes=("väärästä",)).rejected


@pytest.mark.parametrize(("seconds", "rejected"), [(1.3, False), (0.45, True), (0.0, True)])
def test_a_mistake_close_behind_whose_length_fits_the_speech_far_worse_is_told_apart(
        seconds: float, rejected: bool) -> None:
    """Said "hanskat ja suojalasit", the foreseen mistake "hanskat" scored 0.26 behind:
    Whisper base confuses a vowel or an ending, not one word with three — the speech's
    length tells them apart, and only the way it points."""
    phrases = {"Hanskat ja suojalasit.": "hanskat ja suojalasit", "Hanskat.": "hanskat"}
    scores = Scores((("Hanskat ja suojalasit.", -2.3), ("Hanskat.", -2.56)), "Hams kati.",
                    -1.2, seconds=seconds)
    rule = replace(RULE, bias=10.0, apart=0.3, apart_length=0.4)  # the weights accept it
    d = decide(scores, phrases, rule, mistakes=("hanskat",))
    # 1.3 s fits the answer (1.4 s) and not the mistake (0.4 s): taken; 0.45 s fits the
    # mistake better; unknown length (0.0): no evidence, asked again as before
    assert d.rejected == rejected and d.best == "hanskat ja suojalasit"
    # the mistake heard best and the answer behind: the length never lets a mistake
    # through as the answer — said "hanskat", it stays the mistake or is asked again
    swapped = Scores((("Hanskat ja suojalasit.", -2.56), ("Hanskat.", -2.3)), "Hanskat.",
                     -1.2, seconds=0.45)
    heard = decide(swapped, phrases, rule, mistakes=("hanskat",))
    assert heard.rejected or heard.best == "hanskat"
    # with the length not weighed apart (a huge apart_length): asked again at any length
    assert decide(scores, phrases, replace(rule, apart_length=99.0),
                  mistakes=("hanskat",)).rejected


@pytest.mark.parametrize(("free", "rejected"), [("Ennu en valbis.", True),
                                                ("Olen valbis.", False)])
def test_a_mistake_further_off_but_more_like_what_whisper_wrote_is_asked_again(
        free: str, rejected: bool) -> None:
    """Said "en ole valmis" (a foreseen mistake), heard "Olen valmis." 0.52 ahead: the
    transcription looks more like the mistake, so the likeness was the mistake's."""
    phrases = {"Olen valmis.": "olen valmis", "En ole valmis.": "en ole valmis"}
    scores = Scores((("Olen valmis.", -2.47), ("En ole valmis.", -2.99)), free, -0.66)
    rule = replace(RULE, bias=10.0, apart=0.3, alike_apart=1.0)  # the weights accept it
    d = decide(scores, phrases, rule, mistakes=("en ole valmis",))
    assert d.rejected == rejected and d.best == "olen valmis"
    # further than alike_apart, or no mistake to confuse it with: taken
    assert not decide(scores, phrases, replace(rule, alike_apart=0.5),
                      mistakes=("en ole valmis",)).rejected
    assert not decide(scores, phrases, rule).rejected


def test_a_framed_mistake_counts_as_the_mistake_and_a_clear_answer_is_kept() -> None:
    phrases = candidates(_prompt("moppi", "ämpäri"))
    assert phrases["Se on ämpäri."] == "se on ämpäri"
    rule = replace(RULE, apart=0.2)
    near = Scores((("Moppi.", -2.5), ("Se on ämpäri.", -2.6)), "Moppi.", -1.5)
    assert decide(near, phrases, rule, mistakes=("ämpäri",)).rejected
    clear = Scores((("Moppi.", -1.0), ("Se on ämpäri.", -1.05)), "", 0.0)
    assert not decide(clear, phrases, rule, mistakes=("ämpäri",)).rejected  # outright


@pytest.mark.parametrize("shift", [-0.01, 0.0, 0.01])
def test_confidence_is_one_half_exactly_at_the_threshold(shift: float) -> None:
    scores = Scores((("Moppi.", -3.0),), "Mopi.", -1.0, (("Kahvi.", -3.0),))
    # evidence: bias + (best − free), and best − free is −2.0: the threshold is at bias 2
    d = decide(scores, {"Moppi.": "moppi"}, Rule(2.0 + shift, 1.0, 0.0, 0.0, CLEAR))
    assert d.margin == -2.0
    assert d.rejected == (shift < 0)
    assert (d.confidence < 0.5) == (shift < 0)
    assert d.confidence == (0.5 if shift == 0 else d.confidence)


def test_the_rule_is_fitted_from_labelled_answers() -> None:
    # the same margin and likeness: only the cohort tells the right answers from the others
    right = [(Features(-2.0, -1.0, 0.5 + i / 40, 0.6), True) for i in range(12)]
    wrong_pick = [(Features(-3.0, -1.0, -0.8, 0.6), False)]
    off = [Features(-3.0, -1.0, -0.6 - i / 20, 0.6) for i in range(12)]
    off.append(Features(-1.0, -0.1, 1.0, 0.9))  # over `clear`: taken whatever the rule says
    found = fit_rule([*right, *wrong_pick], off, max_false_accepts=0.1,
                     weighed=("cohort", "alike"))
    assert found.rule.cohort > 0 and found.rule.margin == 1.0
    assert found.cut.accepted == pytest.approx(12 / 13, abs=1e-3)
    assert found.cut.false_accepts == pytest.approx(1 / 13, abs=1e-3)  # only the one over `clear`
    assert all(found.rule.accepts(f) for f, _ in right)
    assert not any(found.rule.accepts(f) for f in off[:-1])
    with pytest.raises(ValueError):
        fit_rule([], off)


def test_the_length_and_the_controls_are_fitted_when_they_tell() -> None:
    # the same margin and likeness: the right answers are as long as their phrase, the
    # others twice as long or half (length), or a control scores over them (over_controls)
    right = [(Features(-2.0, -1.0, 0.0, 0.6, length=-0.05 * (i % 3),
                       over_controls=0.5 + i / 40), True) for i in range(12)]
    off = [Features(-3.0, -1.0, 0.0, 0.6, length=-0.7 - i / 20, over_controls=0.5 + i / 40)
           for i in range(12)]
    found = fit_rule(right, off, max_false_accepts=0.0)
    assert found.rule.length > 0 and found.rule.over_controls == 0.0
    assert found.cut.accepted == 1.0 and found.cut.false_accepts == 0.0
    controls = [replace(f, length=-0.3, over_controls=-1.0 - i / 20) for i, f in enumerate(off)]
    right = [(replace(f, length=-0.3), ok) for f, ok in right]
    found = fit_rule(right, controls, max_false_accepts=0.0)
    assert found.rule.over_controls > 0 and found.rule.length == 0.0
    assert found.cut.accepted == 1.0


def test_the_lift_over_silence_is_fitted_when_it_tells() -> None:
    # the same margin, likeness, length and controls: only the lift tells them apart
    right = [(Features(-2.5, -1.5, 0.0, 0.5, lift=1.0 + i / 10), True) for i in range(12)]
    off = [Features(-2.5, -1.5, 0.0, 0.5, lift=-0.6 + i / 40) for i in range(12)]
    found = fit_rule(right, off, max_false_accepts=0.0)
    assert found.rule.lift > 0 and found.rule.length == found.rule.over_controls == 0.0
    assert found.cut.accepted == 1.0 and found.cut.false_accepts == 0.0
    assert all(found.rule.accepts(f) for f, _ in right)
    assert not any(found.rule.accepts(f) for f in off)


def test_the_length_feature_compares_the_speech_with_the_phrase() -> None:
    assert syllables("Se on moppi.") == 4 and syllables("korkea") == 2  # vowel groups
    assert length_feature(0.8, "Se on moppi.") == pytest.approx(0.0)  # 4 syllables at 5/s
    # a number as it is said, "satakymmenen" (5), not a phrase of no vowel at all
    assert phrase_seconds("110 Nm") == pytest.approx(5 / SYLLABLES_PER_S)
    # ... and only the numbers: a spoken form as short as said, a clock word kept
    assert phrase_seconds("Mä oon täällä.") == pytest.approx(4 / SYLLABLES_PER_S)
    assert phrase_seconds("Kello kahdeksan.") == pytest.approx(5 / SYLLABLES_PER_S)
    assert length_feature(1.6, "Se on moppi.") == pytest.approx(-0.693, abs=1e-3)
    assert length_feature(0.4, "Se on moppi.") == pytest.approx(-0.693, abs=1e-3)
    assert length_feature(0.0, "Se on moppi.") == 0.0  # not known: no evidence either way


def test_an_answer_much_longer_than_its_phrase_is_asked_again_by_a_length_rule() -> None:
    phrases = {"Moppi.": "moppi", "Toista.": "toista"}
    rule = Rule(bias=0.9, margin=1.0, cohort=0.0, alike=0.0, length=2.0, over_controls=1.0)
    fits = Scores((("Moppi.", -2.5), ("Toista.", -3.0)), "Mopi.", -1.8, seconds=0.4)
    d = decide(fits, phrases, rule)
    assert not d.rejected and d.weighed is not None
    assert d.weighed.length == pytest.approx(0.0) and d.weighed.over_controls == 0.5
    too_long = decide(replace(fits, seconds=1.6), phrases, rule)  # four times as long
    assert too_long.rejected and too_long.weighed is not None
    assert too_long.weighed.length == pytest.approx(-1.386, abs=1e-3)
    # a control close behind the best phrase weighs against it (not heard: under the margin)
    near = decide(replace(fits, phrases=(("Moppi.", -2.5), ("Toista.", -2.2))), phrases,
                  rule)
    assert near.rejected and near.weighed is not None
    assert near.weighed.over_controls == pytest.approx(-0.3)
    assert not decide(replace(fits, seconds=1.6), phrases, replace(rule, length=0.0)).rejected


def test_how_far_the_speech_lifts_the_best_phrase_over_silence_is_weighed() -> None:
    # the same scores, the same transcription: said, the phrase scores far above what it
    # scores on silence; an answer to another question lifts it no higher than silence
    phrases = {"Moppi.": "moppi", "Toista.": "toista"}
    rule = Rule(bias=-1.0, margin=1.0, cohort=0.0, alike=0.0, length=0.0, over_controls=0.0,
                lift=1.0)
    said = Scores((("Moppi.", -3.0), ("Toista.", -4.0)), "Mobi.", -2.0,
                  priors=(("Moppi.", -6.0), ("Toista.", -3.5)))
    d = decide(said, phrases, rule)
    assert not d.rejected and d.weighed is not None and d.weighed.lift == pytest.approx(3.0)
    other = decide(replace(said, priors=(("Moppi.", -2.8),)), phrases, rule)
    assert other.rejected and other.weighed is not None
    assert other.weighed.lift == pytest.approx(-0.2)
    unknown = decide(replace(said, priors=()), phrases, rule)  # not scored: no evidence
    assert unknown.weighed is not None and unknown.weighed.lift == 0.0


def test_the_silent_scores_are_asked_for_only_in_doubt_the_near_own_phrases_and_best_control(
) -> None:
    from valkky.speech.whisper import score_answer

    phrases = {"Moppi.": "moppi", "Ämpäri.": "ämpäri", "Harja.": "harja", "Toista.": "toista",
               "Hitaammin.": "hitaammin"}
    parts = split(phrases, cohort=False)
    rule = replace(Rule(), lift=1.0)
    doubt = FakeScorer({"Moppi.": -3.0, "Ämpäri.": -3.0 - WEIGHED_WITHIN + 0.1,
                        "Harja.": -3.0 - WEIGHED_WITHIN - 0.1, "Toista.": -3.5,
                        "Hitaammin.": -5.0}, silent={"Moppi.": -6.0, "Ämpäri.": -6.5})
    got = score_answer(doubt, _tone(0.5), parts, rule)
    # the own phrases within WEIGHED_WITHIN of the best (any may be the one the rule has
    # the most evidence for), and the best control
    assert doubt.priors == [("Moppi.",), ("Ämpäri.",), ("Toista.",)]
    assert dict(got.priors) == {"Moppi.": -6.0, "Ämpäri.": -6.5, "Toista.": -3.5}
    clear = FakeScorer({"Moppi.": -0.5})
    assert score_answer(clear, _tone(0.5), parts, rule).priors == () and clear.priors == []
    unweighed = FakeScorer({"Moppi.": -3.0})
    assert score_answer(unweighed, _tone(0.5), parts, replace(rule, lift=0.0)).priors == ()
    assert unweighed.priors == []
    # a control clear of the cutoff leaves the step's own phrase in doubt: still asked
    control_clear = FakeScorer({"Moppi.": -1.6, "Toista.": -1.4, "Ämpäri.": -4.0,
                                "Hitaammin.": -5.0})
    score_answer(control_clear, _tone(0.5), parts, rule)
    assert control_clear.priors == [("Moppi.",), ("Toista.",)]
    # a control that won by its margin is judged on its own evidence: only its silent score
    control_won = FakeScorer({"Moppi.": -1.6, "Toista.": -1.6 + rule.control,
                              "Ämpäri.": -4.0, "Hitaammin.": -5.0})
    score_answer(control_won, _tone(0.5), parts, rule)
    assert control_won.priors == [("Toista.",)]


def test_in_doubt_the_phrase_the_speech_lifts_is_taken_over_one_likely_on_any_audio() -> None:
    # "Okei." scores best, but scores as well on silence: nothing said lifted it. "Selvä."
    # scores a little lower and far above its own silent score: it is what was said
    phrases = {"Okei.": "okei", "Selvä.": "selvä", "Toista.": "toista"}
    rule = Rule(bias=-1.0, margin=1.0, cohort=0.0, alike=0.0, length=0.0, over_controls=0.0,
                lift=1.0)
    said = Scores((("Okei.", -3.0), ("Selvä.", -3.2), ("Toista.", -4.5)), "Selmaa.", -2.0,
                  priors=(("Okei.", -3.1), ("Selvä.", -6.0), ("Toista.", -4.0)))
    d = decide(said, phrases, rule)
    assert (d.heard, d.best, d.rejected) == ("selvä", "selvä", False)
    assert d.weighed is not None and d.weighed.lift == pytest.approx(2.8)
    assert d.weighed.best == pytest.approx(-3.2)
    # by the best score alone (its lift only): asked again, as before
    okei = decide(replace(said, priors=(("Okei.", -3.1),)), phrases, rule)
    assert okei.rejected and okei.best == "okei"
    # the rule does not weigh the lift: the best score, as before
    unweighed = decide(said, phrases, replace(rule, lift=0.0, bias=2.0))
    assert unweighed.best == "okei" and not unweighed.rejected
    # a phrase further than WEIGHED_WITHIN behind is not weighed, however it lifts
    far = replace(said, phrases=(("Okei.", -3.0), ("Selvä.", -3.0 - WEIGHED_WITHIN - 0.1),
                                 ("Toista.", -4.5)))
    assert decide(far, phrases, rule).best == "okei"
    # taken outright (at least ``clear``): the best score, whatever the lifts
    clear = decide(replace(said, phrases=(("Okei.", -1.0), ("Selvä.", -1.2))), phrases, rule)
    assert (clear.best, clear.rejected) == ("okei", False)


def test_a_control_that_won_is_judged_on_its_own_evidence_however_an_own_phrase_lifts(
) -> None:
    phrases = {"Moppi.": "moppi", "En ymmärrä.": "en ymmärrä"}
    rule = Rule(bias=-1.0, margin=1.0, cohort=0.0, alike=0.0, length=0.0, over_controls=0.0,
                lift=1.0, control=0.45)
    # said "en ymmärrä": it wins by its margin and lifts: the control is heard
    control = Scores((("Moppi.", -3.0), ("En ymmärrä.", -2.0)), "En ymmärrä.", -2.5,
                     priors=(("Moppi.", -3.1), ("En ymmärrä.", -3.0)))
    d = decide(control, phrases, rule)
    assert (d.best, d.rejected) == ("en ymmärrä", False)
    # said "numero kaksi" where "moppi" is the only answer (round 13's second review):
    # "En ymmärrä." (likely on any audio) wins by its margin with little evidence, and
    # "Moppi." lifts far over its silent score — as a prefix of the only answer would.
    # Not taken over the control: asked again
    said = replace(control, free="Mobbi.", priors=(("Moppi.", -8.0), ("En ymmärrä.", -2.2)))
    d = decide(said, phrases, rule)
    assert (d.best, d.heard, d.rejected) == ("en ymmärrä", "Mobbi.", True)
    assert decide(said, phrases, replace(rule, lift=0.0)).best == "en ymmärrä"


def test_a_phrase_is_weighed_once_whatever_form_of_it_scores() -> None:
    # said "numero kaksi": the spoken form "Numero kakstoista." is unlikely on silence, so
    # it lifts far more than the written form though it scores as well; its lift is over
    # the phrase's highest silent score (the written form's): no evidence for it bought by
    # a rarer spelling, and the best-scoring "Okei." is not switched from
    phrases = {"Numero kaksitoista.": "numero kaksitoista",
               "Numero kakstoista.": "numero kaksitoista", "Okei.": "okei"}
    rule = Rule(bias=-1.0, margin=0.0, cohort=0.0, alike=0.0, length=0.0, over_controls=0.0,
                lift=2.0)
    said = Scores((("Okei.", -3.0), ("Numero kaksitoista.", -3.5),
                   ("Numero kakstoista.", -3.4)), "Numero kaksi.", -2.0,
                  priors=(("Okei.", -3.2), ("Numero kaksitoista.", -3.6),
                          ("Numero kakstoista.", -5.0)))
    d = decide(said, phrases, rule)
    assert (d.best, d.rejected) == ("okei", True)
    # the same lift from the phrase's likeliest form: switched to, as before
    lifted = replace(said, priors=(("Okei.", -3.2), ("Numero kaksitoista.", -5.0),
                                   ("Numero kakstoista.", -5.0)))
    assert decide(lifted, phrases, rule).best == "numero kaksitoista"


def test_the_pick_by_evidence_still_asks_again_near_a_foreseen_mistake() -> None:
    # the accepted answer lifts more, but the foreseen mistake outscores it within
    # ``apart``: Whisper cannot tell them apart, so the answer is asked again
    phrases = {"Tuuli.": "tuuli", "Tuli.": "tuli"}
    rule = Rule(bias=-1.0, margin=1.0, cohort=0.0, alike=0.0, length=0.0, over_controls=0.0,
                lift=1.0, apart=0.3)
    said = Scores((("Tuli.", -3.0), ("Tuuli.", -3.2)), "Tuuli.", -2.0,
                  priors=(("Tuli.", -3.5), ("Tuuli.", -7.0)))
    d = decide(said, phrases, rule, mistakes=("tuli",))
    assert d.best == "tuuli" and d.rejected
    assert not decide(said, phrases, rule).rejected  # no mistake foreseen: taken


def test_a_foreseen_mistake_outscoring_the_phrase_picked_asks_again_whatever_its_length(
) -> None:
    # said "numero kaksi" slowly for "erä kaksitoista": the mistake "kaksi" scores best
    # but lifts less than "numero kaksitoista" behind it, whose length fits the speech far
    # better. Picked by evidence, the longer one would be judged right: asked again
    phrases = {"Numero kaksitoista.": "numero kaksitoista", "Kaksi.": "kaksi"}
    rule = Rule(bias=0.0, margin=1.0, cohort=0.0, alike=0.0, length=0.0, over_controls=0.0,
                lift=1.0, apart=0.3, alike_apart=1.0, apart_length=0.4)
    said = Scores((("Kaksi.", -3.0), ("Numero kaksitoista.", -3.34)), "Numero kaksi.", -2.5,
                  seconds=1.8, priors=(("Kaksi.", -3.82), ("Numero kaksitoista.", -4.83)))
    d = decide(said, phrases, rule, mistakes=("kaksi",))
    assert d.best == "numero kaksitoista" and d.rejected
    assert not decide(said, phrases, rule).rejected  # no mistake foreseen: taken


def test_a_steps_phrase_a_more_evident_control_outscores_is_not_taken_for_it() -> None:
    # said "toista" where the step takes "toistan": the control outscores "Toistan." with
    # more evidence, though not by its margin over the best own phrase "Sanon."
    phrases = {"Sanon.": "sanon", "Toistan.": "toistan", "Toista.": "toista"}
    rule = Rule(bias=0.0, margin=1.0, cohort=0.0, alike=0.0, length=0.0, over_controls=0.0,
                lift=1.0, control=0.45)
    said = Scores((("Sanon.", -3.0), ("Toistan.", -3.3), ("Toista.", -2.9)), "Toista.", -2.0,
                  priors=(("Sanon.", -3.1), ("Toistan.", -5.3), ("Toista.", -5.5)))
    d = decide(said, phrases, rule)
    assert (d.best, d.rejected) == ("sanon", True)  # asked again, as before the pick
    # by its margin the control wins, and stays: no phrase of the step is kept for it
    won = replace(said, phrases=(("Sanon.", -3.0), ("Toistan.", -3.3), ("Toista.", -2.5)))
    assert decide(won, phrases, rule).best == "toista"
    # the control as likely on silence (little evidence): "Toistan." lifted, and is taken
    likely = replace(said, priors=(("Sanon.", -3.1), ("Toistan.", -5.3), ("Toista.", -3.0)))
    d = decide(likely, phrases, rule)
    assert (d.best, d.rejected) == ("toistan", False)


def test_in_doubt_only_a_phrase_lifted_over_silence_is_taken_over_the_best(
) -> None:
    # "Selvä." looks like the transcription but the speech lifted it little: the evidence
    # of an answer to another question, not of one said; the best phrase stays
    phrases = {"Okei.": "okei", "Selvä.": "selvä"}
    rule = Rule(bias=-1.0, margin=1.0, cohort=0.0, alike=4.0, length=0.0, over_controls=0.0,
                lift=1.0)
    low = SWITCH_LIFT - 0.1
    said = Scores((("Okei.", -3.0), ("Selvä.", -3.2)), "Selvä.", -2.0,
                  priors=(("Okei.", -3.1), ("Selvä.", -3.2 - low)))
    assert decide(said, phrases, rule).best == "okei"
    lifted = replace(said, priors=(("Okei.", -3.1), ("Selvä.", -3.2 - SWITCH_LIFT)))
    assert decide(lifted, phrases, rule).best == "selvä"


def test_silent_scores_stop_between_phrases_once_the_scoring_is_given_up() -> None:
    from valkky.speech.whisper import score_answer

    stop = Event()

    class Stopping(FakeScorer):  # the learner speaks again while the first is scored
        def prior(self, phrases: Sequence[str]) -> list[float]:
            stop.set()
            return super().prior(phrases)

    phrases = {"Moppi.": "moppi", "Ämpäri.": "ämpäri", "Toista.": "toista"}
    scorer = Stopping({"Moppi.": -3.0, "Ämpäri.": -3.2, "Toista.": -3.5})
    with pytest.raises(Stopped):
        score_answer(scorer, _tone(0.5), split(phrases, cohort=False), replace(Rule(), lift=1.0),
                     stop=stop)
    assert scorer.priors == [("Moppi.",)]


def test_the_listener_gives_the_rule_the_speech_length_without_its_pauses() -> None:
    from valkky.speech.whisper import EDGE_S, score_answer

    scorer = FakeScorer({"Moppi.": -2.0})
    parts = split({"Moppi.": "moppi"}, cohort=False)
    edge = _silence(EDGE_S)
    said = np.concatenate([edge, _tone(0.6), edge])
    assert score_answer(scorer, said, parts, Rule()).seconds == pytest.approx(0.6, abs=0.06)
    # two words with a 0.6 s pause between them: the words' length, not the pause's
    paused = np.concatenate([edge, _tone(0.3), _silence(0.6), _tone(0.3), edge])
    assert score_answer(scorer, paused, parts, Rule()).seconds == pytest.approx(0.6, abs=0.06)
    # a short silence inside a word (a stop's closure) is part of it
    closure = np.concatenate([edge, _tone(0.3), _silence(0.1), _tone(0.3), edge])
    assert score_answer(scorer, closure, parts, Rule()).seconds == pytest.approx(0.7, abs=0.06)
    assert score_answer(scorer, _silence(1.0), parts, Rule()).seconds == 0.0
    # the same from the frames' loudness alone (what the trials keep, bench/asr_rules.py)
    assert voiced_frames_seconds(frame_loudness(paused)) == voiced_seconds(paused) > 0


def test_phrases_are_written_the_way_whisper_writes() -> None:
    assert written("se on moppi") == "Se on moppi."
    assert written("  Pese  kädet! ") == "Pese kädet!"
    assert written("") == ""


def test_candidates_cover_answers_mistakes_options_spoken_and_framed_forms() -> None:
    c = candidates(_prompt("minä siivoan", "moppi", "ämpäri"))
    assert c["Minä siivoan."] == "minä siivoan" and c["Mä siivoan."] == "minä siivoan"
    assert c["Se on moppi."] == "se on moppi" and c["Ämpäri."] == "ämpäri"
    repeat = candidates(_prompt("Pese kädet.", kind="repeat"))
    # the model sentence as said and in speech's form, no frame ("Se on pese kädet.")
    assert repeat == {"Pese kädet.": "Pese kädet.", "Pese käet.": "Pese kädet."}


def test_controls_are_scored_as_written_once_and_after_the_steps_own_phrases() -> None:
    from valkky.engine.session import CONTROL_PHRASES

    c = candidates(_prompt("moppi", "toista", *CONTROL_PHRASES))
    assert list(c)[:2] == ["Moppi.", "Se on moppi."]  # the step's own first
    assert list(c)[2:] == [written(p) for p in dict.fromkeys(("toista", *CONTROL_PHRASES))]
    assert "Se on toista." not in c and "Se on hitaammin." not in c  # no Finnish
    assert c["Toista."] == "toista"


def test_a_control_that_is_the_steps_answer_is_the_steps_own_phrase() -> None:
    """Asked how to ask for it, "voitko puhua hitaammin" is the answer, which the session
    judges as one: scored with the step's phrases and heard without the controls' margin
    (said, it scored 0.42 over the step's other phrases and was asked again)."""
    from valkky.engine.session import CONTROL_PHRASES

    c = candidates(_prompt("voitko puhua hitaammin", "puhu hitaammin kiitos",
                           *CONTROL_PHRASES))
    parts = split(c)
    assert "Voitko puhua hitaammin." in parts.own
    assert "Voitko puhua hitaammin." not in parts.controls and "Toista." in parts.controls
    scores = Scores((("Voitko puhua hitaammin.", -2.6), ("Puhu hitaammin kiitos.", -3.0),
                     ("Toista.", -4.0)), "Voitko puhua hitaammin.", -2.0)
    d = decide(scores, c, replace(RULE, bias=1.0))
    assert not d.rejected and d.heard == "voitko puhua hitaammin"
    assert d.weighed is not None and d.weighed.over_controls == pytest.approx(1.4)
    # a step that does not accept it: a control, heard only by the margin
    other = candidates(_prompt("puhu hitaammin kiitos", *CONTROL_PHRASES))
    assert "Voitko puhua hitaammin." in split(other).controls
    heard = decide(scores, other, replace(RULE, bias=1.0))
    assert heard.heard == "puhu hitaammin kiitos"  # 0.4 over, under CONTROL_MARGIN


def test_the_candidates_split_into_own_controls_and_cohort() -> None:
    from valkky.engine.session import CONTROL_PHRASES

    c = candidates(_prompt("kiitos", "ämpäri", *CONTROL_PHRASES))
    parts = split(c)
    assert parts.controls == tuple(written(p) for p in CONTROL_PHRASES)
    assert parts.own == tuple(w for w in c if w not in parts.controls)  # in their order
    assert {"Kiitos.", "Ämpäri.", "Se on ämpäri."} <= set(parts.own)
    assert "Kiitos." in COHORT and "Kiitos." not in parts.cohort  # never the step's own
    assert set(parts.cohort) == set(COHORT) - {"Kiitos."}
    assert split(c, cohort=False).cohort == ()


def test_candidates_from_every_prompt_of_a_real_lesson() -> None:
    """A bundled lesson, answered right: every prompt's candidates include its answer."""
    library, _ = load_library()
    lesson = load_lesson(resolve_lesson("siivous-valineet"), library)
    from valkky.engine.feedback import almost_fi
    from valkky.engine.session import Session
    from valkky.judge import judge

    session = Session(lesson, judge=judge, feedback=almost_fi, lang="en")
    session.start()
    seen = 0
    while session.prompt is not None and seen < 40:
        prompt = session.prompt
        c = candidates(prompt)
        assert c and all(k == written(k) for k in c), prompt.step
        answer = next(iter(c.values()))  # the first accepted answer, as a phrase
        if prompt.kind == "choose":
            assert {"Yksi.", "Kaksi."} <= set(c)  # options by number
        session.answer(ev.Answer(answer, confidence=0.99, exact=False))
        seen += 1
    assert seen >= 5


# -- the listener --------------------------------------------------------------------------


def _tone(seconds: float) -> np.ndarray:
    t = np.arange(int(ASR_RATE * seconds)) / ASR_RATE
    return (3000 * np.sin(2 * np.pi * 220 * t)).astype(np.int16)


def _silence(seconds: float) -> np.ndarray:
    return np.zeros(int(ASR_RATE * seconds), np.int16)


def _wav(path: Path, speech_s: float, silence_s: float = 1.0, lead_s: float = 0.3) -> Path:
    write_wav(path, np.concatenate([_silence(lead_s), _tone(speech_s), _silence(silence_s)]),
              ASR_RATE)
    return path


def _frames(audio: np.ndarray) -> list[bytes]:
    step = int(ASR_RATE * FRAME_S)
    return [audio[i:i + step].tobytes() for i in range(0, len(audio), step)]


def _spoken_s(cap: Capture) -> float:
    return (cap.last_loud - cap.first_loud) / 2 / ASR_RATE


def test_an_answer_cut_short_by_a_pause_is_waited_for() -> None:
    """"Laitan … suojalasit": 0.4 s said, 0.7 s of pause, the rest: the endpoint (0.5 s)
    would end it at the pause; said far shorter than the step's shortest answer (2 s), the
    listener waits ``hesitation_s`` and hears it all."""
    paused = np.concatenate([_silence(0.3), _tone(0.4), _silence(0.7), _tone(0.8),
                             _silence(2.0)])
    heard = capture(iter(_frames(paused)), ListenSettings(), expected_s=2.0)
    assert _spoken_s(heard) == pytest.approx(1.9, abs=0.05)
    # without an expected length (Vosk, a recording's end) the pause ends it, as before
    assert _spoken_s(capture(iter(_frames(paused)), ListenSettings())) == \
        pytest.approx(0.4, abs=0.05)


def test_an_answer_with_pauses_is_cut_short_by_what_was_said_not_by_its_pauses() -> None:
    """"Se … on … pyörätuoli", slowly: two short words with a 0.45 s pause between them
    span 0.85 s from the first sound to the last, more than the share of the step's
    shortest answer (0.6 × 1.2 s), but only 0.4 s of it is speech: the listener waits
    ``hesitation_s`` for the rest instead of ending at the next pause (0.7 s)."""
    words = [_tone(0.2), _silence(0.45), _tone(0.2), _silence(0.7), _tone(0.9)]
    paused = np.concatenate([_silence(0.3), *words, _silence(2.0)])
    heard = capture(iter(_frames(paused)), ListenSettings(), expected_s=1.2)
    assert _spoken_s(heard) == pytest.approx(2.45, abs=0.05)
    # a silence bridged as part of the speech (≤ 0.25 s, a stop's closure) counts as said
    closure = np.concatenate([_silence(0.3), _tone(0.4), _silence(0.2), _tone(0.4),
                              _silence(0.7), _tone(0.5), _silence(2.0)])
    ended = capture(iter(_frames(closure)), ListenSettings(), expected_s=1.2)
    assert _spoken_s(ended) == pytest.approx(1.0, abs=0.05)  # 1.0 s ≥ 0.6 × 1.2 s: whole


def test_a_learner_who_pauses_between_words_is_waited_for_as_long_as_they_pause() -> None:
    """"Minun … käteni … on kipeä": enough said not to be cut short, but a learner who
    paused 0.4 s and went on pauses between words: the next 0.55 s pause (over the 0.5 s
    endpoint) is under 1.5 times their longest pause (0.6 s), so the answer goes on."""
    words = [_tone(0.5), _silence(0.4), _tone(0.5), _silence(0.55), _tone(0.6)]
    heard = capture(iter(_frames(np.concatenate([_silence(0.3), *words, _silence(2.0)]))),
                    ListenSettings(), expected_s=1.0)
    assert _spoken_s(heard) == pytest.approx(2.55, abs=0.05)
    # and after the last word, 1.5 times the longest pause (0.55 s): the cost of waiting
    assert len(heard.pcm) / 2 / ASR_RATE == pytest.approx(0.3 + 2.55 + 1.5 * 0.55, abs=0.05)
    # a pause longer than that ends it (here 0.9 s after a 0.4 s one)
    longer = [_tone(0.5), _silence(0.4), _tone(0.5), _silence(0.9), _tone(0.6)]
    ended = capture(iter(_frames(np.concatenate([_silence(0.3), *longer, _silence(2.0)]))),
                    ListenSettings(), expected_s=1.0)
    assert _spoken_s(ended) == pytest.approx(1.4, abs=0.05)
    # an answer said without a pause still ends after the usual 0.5 s
    whole = capture(iter(_frames(np.concatenate([_silence(0.3), _tone(1.4), _silence(2.0)]))),
                    ListenSettings(), expected_s=1.0)
    assert len(whole.pcm) / 2 / ASR_RATE == pytest.approx(0.3 + 1.4 + 0.5, abs=0.05)


def test_an_answer_that_would_end_may_be_held_for_the_rest_once_a_pause() -> None:
    """``hold`` is asked when the answer would end: held, the pause (0.8 s, over the 0.5 s
    endpoint) does not end it; asked once a pause, and after the last word the answer ends
    at ``hesitation_s`` (1.2 s) when held again, at the endpoint when not."""
    said = np.concatenate([_silence(0.3), _tone(0.6), _silence(0.8), _tone(0.6),
                           _silence(2.0)])
    asked: list[float] = []

    def hold(cap: Capture) -> bool:
        asked.append(_spoken_s(cap))
        return True

    heard = capture(iter(_frames(said)), ListenSettings(), expected_s=0.8, hold=hold)
    assert _spoken_s(heard) == pytest.approx(2.0, abs=0.05)
    assert asked == [pytest.approx(0.6, abs=0.05), pytest.approx(2.0, abs=0.05)]
    assert len(heard.pcm) / 2 / ASR_RATE == pytest.approx(0.3 + 2.0 + 1.2, abs=0.05)
    asked_at: list[float] = []

    def not_now(cap: Capture) -> bool:
        asked_at.append(time.monotonic())
        return False

    not_held = capture(iter(_frames(said)), ListenSettings(), expected_s=0.8, hold=not_now)
    assert _spoken_s(not_held) == pytest.approx(0.6, abs=0.05)  # as without a hold
    # the answer's endpoint is when the silence ended it, not when a hold answered
    assert not_held.endpoint <= asked_at[0]


def _bursts_after_a_paused_answer(count: int) -> np.ndarray:
    """0.6 s said, a 0.4 s pause, 0.6 s more, then a reversing beeper: 0.2 s bursts every
    0.75 s, each gap (0.55 s) under 1.5 times the learner's pause."""
    said = [_silence(0.3), _tone(0.6), _silence(0.4), _tone(0.6)]
    return np.concatenate([*said, *[part for _ in range(count)
                                    for part in (_silence(0.55), _tone(0.2))], _silence(2.0)])


def test_bursty_noise_after_a_paused_answer_ends_it() -> None:
    """The paused-again rule is for a learner still short of the step's longest phrase
    said slowly (``SLOW_TIMES``): past it, a 0.55 s gap in the noise ends the answer at the
    0.5 s endpoint; short of it, the answer's cap does, not the beeper's end (47 s)."""
    noisy = _bursts_after_a_paused_answer(60)
    heard = capture(iter(_frames(noisy)), ListenSettings(), expected_s=0.6,
                    longest_s=1.2 / SLOW_TIMES)
    assert _spoken_s(heard) == pytest.approx(1.6, abs=0.05)  # to the answer's end
    assert len(heard.pcm) / 2 / ASR_RATE < 3.0
    waited = capture(iter(_frames(noisy)), ListenSettings(), expected_s=1.2, longest_s=1.5)
    assert 3.0 < _spoken_s(waited) <= answer_cap_s(ListenSettings(), 1.5) + 0.05


def test_no_phrase_of_its_own_is_a_longest_phrase_not_known() -> None:
    """A step with only controls, or `valkky check --open` without --accept, has a longest
    phrase of 0 s (``longest_seconds``): not known, as None, so the pause rule holds and
    the cap is ``max_answer_s``; not a phrase so short that the rule is off."""
    noisy = _bursts_after_a_paused_answer(60)
    unknown = capture(iter(_frames(noisy)), ListenSettings(), expected_s=0.6)
    none = capture(iter(_frames(noisy)), ListenSettings(), expected_s=0.6, longest_s=0.0)
    assert longest_seconds({"Toista.": "toista"}) == 0.0
    assert _spoken_s(none) == _spoken_s(unknown) > 3.0
    assert none.capped and unknown.capped


def test_an_answer_is_captured_for_a_few_times_the_longest_phrase_at_most() -> None:
    unbroken = np.concatenate([_silence(0.3), _tone(40.0), _silence(1.0)])
    short = capture(iter(_frames(unbroken)), ListenSettings(), longest_s=1.2)
    assert _spoken_s(short) == pytest.approx(answer_cap_s(ListenSettings(), 1.2), abs=0.05)
    assert answer_cap_s(ListenSettings(), 1.2) == ANSWER_AT_LEAST_S  # a short answer said slowly
    long = capture(iter(_frames(unbroken)), ListenSettings(), longest_s=4.0)
    assert _spoken_s(long) == pytest.approx(ANSWER_TIMES * 4.0, abs=0.05)
    # not known (a caller without phrases): the absolute cap, which settings may lower
    assert _spoken_s(capture(iter(_frames(unbroken)), ListenSettings())) == \
        pytest.approx(ListenSettings().max_answer_s, abs=0.05)
    lowered = capture(iter(_frames(unbroken)), ListenSettings(max_answer_s=3.0), longest_s=4.0)
    assert _spoken_s(lowered) == pytest.approx(3.0, abs=0.05)


def test_a_capture_says_whether_the_cap_cut_it() -> None:
    unbroken = np.concatenate([_silence(0.3), _tone(40.0), _silence(1.0)])
    assert capture(iter(_frames(unbroken)), ListenSettings(), longest_s=1.2).capped
    whole = np.concatenate([_silence(0.3), _tone(1.5), _silence(2.0)])
    assert not capture(iter(_frames(whole)), ListenSettings(), longest_s=1.2).capped
    quiet = capture(iter(_frames(_silence(9.0))), ListenSettings())  # silence: not capped
    assert not quiet.heard_speech and not quiet.capped


def test_an_answer_the_cap_cut_is_asked_again_even_when_its_start_is_clear(
        good_lesson: Path, tmp_path: Path) -> None:
    """What was heard up to the cut is not the answer (the learner may be in the middle of
    it, or talk goes on behind them): the robot asks again without spending a try, however
    well the start scored, and `valkky check` says unclear (``listener.last``)."""
    from valkky.engine.feedback import almost_fi
    from valkky.engine.session import Session
    from valkky.judge import judge

    session = Session(load_lesson(good_lesson), judge=judge, feedback=almost_fi, lang="en")
    session.start()
    prompt = session.prompt
    assert prompt is not None
    unbroken = np.concatenate([_silence(0.3), _tone(40.0), _silence(1.0)])
    write_wav(tmp_path / "a.wav", unbroken, ASR_RATE)
    scorer = FakeScorer(dict.fromkeys(map(written, prompt.expected), -0.4))  # every one clear
    listener = WhisperListener(scorer, WavAnswers([tmp_path / "a.wav"]))
    answer = listener.listen(prompt)
    listener.close()
    assert answer is not None and answer.text and answer.confidence is not None
    assert answer.confidence < 0.5 and listener.last is not None and listener.last.rejected
    events = session.answer(answer)
    assert [e.heard for e in events if isinstance(e, ev.SayAgain)] == [answer.text]
    assert not any(isinstance(e, ev.Verdict) for e in events)


@pytest.mark.parametrize("noise", ["bursts", "unbroken"])
def test_noise_going_on_gets_the_answer_asked_again_not_listened_to_for_ever(
        noise: str, tmp_path: Path) -> None:
    """The listener scores at most a few times the step's longest phrase: a beeper after
    the answer, or 40 s of unbroken sound (over the 30 s Whisper's encoder takes)."""
    audio = (_bursts_after_a_paused_answer(60) if noise == "bursts"
             else np.concatenate([_silence(0.3), _tone(40.0), _silence(1.0)]))
    write_wav(tmp_path / "a.wav", audio, ASR_RATE)
    scorer = FakeScorer({})  # nothing clear: asked again
    listener = WhisperListener(scorer, WavAnswers([tmp_path / "a.wav"]))
    answer = listener.listen(_prompt("se on pyörätuoli", "pyörätuoli"))
    listener.close()
    assert answer is not None and answer.confidence is not None and answer.confidence < 0.5
    assert max(n for n, _ in scorer.calls) / ASR_RATE <= ANSWER_AT_LEAST_S + 2 * EDGE_S


class _HeardWhole(FakeScorer):
    """Scores "Laitan suojalasit." clear only on 2 s or more of audio (the whole answer);
    on less, nothing is clear (every phrase far down: asked again)."""

    def score(self, audio: Any, phrases: Sequence[str], **kw: Any) -> Scores:
        self.table = {"Laitan suojalasit.": -0.4 if len(audio) >= 2 * ASR_RATE else -6.0}
        return super().score(audio, phrases, **kw)


def test_the_listener_listens_on_where_the_answer_so_far_would_be_asked_again(
        tmp_path: Path) -> None:
    """"Laitan … suojalasit" with a 0.8 s pause: the first word alone would be asked again
    (and is shorter than the step's longest phrase), so the listener listens on and hears
    the whole answer; a clear answer ends at the usual endpoint."""
    paused = np.concatenate([_silence(0.3), _tone(0.6), _silence(0.8), _tone(0.9),
                             _silence(1.5)])
    write_wav(tmp_path / "a.wav", paused, ASR_RATE)
    scorer = _HeardWhole({})
    listener = WhisperListener(scorer, WavAnswers([tmp_path / "a.wav"]))
    answer = listener.listen(_prompt("laitan suojalasit", "suojalasit"))
    assert answer is not None and answer.text == "laitan suojalasit" and answer.confidence > 0.5
    lengths = [n / ASR_RATE for n, _ in scorer.calls]  # the first word, then the whole
    assert lengths[0] < 1.3 and lengths[-1] >= 2.0
    listener.close()
    # not listening on (the bench's variant), the first word is the answer, asked again
    first = _HeardWhole({})
    listener = WhisperListener(first, WavAnswers([tmp_path / "a.wav"]), listen_on=False)
    answer = listener.listen(_prompt("laitan suojalasit", "suojalasit"))
    assert answer is not None and answer.confidence < 0.5
    assert [n / ASR_RATE < 1.3 for n, _ in first.calls] == [True]
    listener.close()
    clear = FakeScorer({"Laitan suojalasit.": -0.4})
    listener = WhisperListener(clear, WavAnswers([tmp_path / "a.wav"]))
    answer = listener.listen(_prompt("laitan suojalasit", "suojalasit"))
    assert answer is not None and [n / ASR_RATE < 1.3 for n, _ in clear.calls] == [True]
    listener.close()


class _FirstWordFits(FakeScorer):
    """Another answer's first word ("Älä …"), said before a pause, fits the step's short
    "Kyllä." well enough to be taken in doubt; the whole answer (2 s or more) fits nothing."""

    def score(self, audio: Any, phrases: Sequence[str], **kw: Any) -> Scores:
        self.table = {"Kyllä.": -2.0 if len(audio) < 2 * ASR_RATE else -6.0}
        return super().score(audio, phrases, **kw)


# the margin alone (lift, length, controls not weighed): "Kyllä." at −2.0 against the free
# transcription's −2.5 is taken in doubt (evidence 1.5, confidence 0.82), at −6.0 not
FRAGMENT_RULE = Rule(bias=1.0, margin=1.0, cohort=0.0, alike=0.0, length=0.0,
                     over_controls=0.0, lift=0.0)


def test_a_short_answer_taken_only_in_doubt_is_listened_on_for_the_rest(
        tmp_path: Path) -> None:
    """Said "älä … koskaan mene sinne" with a 0.8 s pause, to a step that takes "kyllä":
    its first word alone would be taken in doubt, and it is shorter than the step's longest
    phrase, so the listener listens on and judges the whole, which fits nothing: asked
    again, not judged correct (round 12). Said clearly, the same first word ends there."""
    paused = np.concatenate([_silence(0.3), _tone(0.5), _silence(0.8), _tone(1.4),
                             _silence(1.5)])
    write_wav(tmp_path / "a.wav", paused, ASR_RATE)
    prompt = _prompt("kyllä", "kyllä minä tiedän sen")
    scorer = _FirstWordFits({}, free="Allah.", free_score=-2.5)
    listener = WhisperListener(scorer, WavAnswers([tmp_path / "a.wav"]), rule=FRAGMENT_RULE)
    answer = listener.listen(prompt)
    listener.close()
    assert answer is not None and answer.confidence is not None and answer.confidence < 0.5
    lengths = [n / ASR_RATE for n, _ in scorer.calls]  # the first word, then the whole
    assert lengths[0] < 1.2 and lengths[-1] >= 2.0
    # the first word alone is what main took: "kyllä", judged correct
    alone = np.concatenate([_silence(0.3), _tone(0.5), _silence(1.5)])
    write_wav(tmp_path / "b.wav", alone, ASR_RATE)
    first = _FirstWordFits({}, free="Allah.", free_score=-2.5)
    listener = WhisperListener(first, WavAnswers([tmp_path / "b.wav"]), rule=FRAGMENT_RULE)
    answer = listener.listen(prompt)
    listener.close()
    assert answer is not None and answer.text == "kyllä" and answer.confidence > 0.5
    clear = FakeScorer({"Kyllä.": -0.4})  # taken outright: never held
    listener = WhisperListener(clear, WavAnswers([tmp_path / "a.wav"]), rule=FRAGMENT_RULE)
    answer = listener.listen(prompt)
    listener.close()
    assert answer is not None and answer.text == "kyllä"
    assert [n / ASR_RATE < 1.2 for n, _ in clear.calls] == [True]


def test_what_is_worth_listening_on_for() -> None:
    """Asked again, or taken in doubt under the confidence given where a longer phrase of
    the step goes on from it: the learner may be pausing mid-answer; taken outright, or a
    phrase nothing goes on from: never (a finished short answer waits no longer)."""
    phrases = {"Kyllä.": "kyllä", "Kyllä jatkan.": "kyllä jatkan", "Toista.": "toista"}

    def decided(best: float, said: dict[str, str] = phrases) -> Decision:
        return decide(Scores((("Kyllä.", best),), "Allah.", -2.5), said, FRAGMENT_RULE)

    asked_again, in_doubt, outright = decided(-6.0), decided(-2.0), decided(-0.4)
    assert asked_again.rejected and may_go_on(asked_again, FRAGMENT_RULE, phrases)
    assert not in_doubt.rejected and may_go_on(in_doubt, FRAGMENT_RULE, phrases)
    assert not may_go_on(in_doubt, FRAGMENT_RULE, phrases, under=in_doubt.confidence)
    # round 11's: only those asked again
    assert may_go_on(asked_again, FRAGMENT_RULE, phrases, under=0.5)
    assert not may_go_on(outright, FRAGMENT_RULE, phrases)
    alone = {"Kyllä.": "kyllä", "Ei.": "ei", "Toista.": "toista"}
    assert not may_go_on(decided(-2.0, alone), FRAGMENT_RULE, alone)
    assert may_go_on(decided(-6.0, alone), FRAGMENT_RULE, alone)


def test_what_goes_on_from_a_phrase() -> None:
    assert goes_on("kyllä", ["kyllä", "Kyllä, jatkan!"])
    assert not goes_on("kyllä", ["kyllä", "kyllähän", "ei kyllä"])
    assert not goes_on("en", ["en ymmärrä"])  # a control is no phrase of the step
    assert goes_on("en", ["en tiedä"])
    assert not goes_on("", ["kyllä"])


def test_a_whole_answer_ends_after_the_usual_silence() -> None:
    whole = np.concatenate([_silence(0.3), _tone(1.5), _silence(2.0)])
    heard = capture(iter(_frames(whole)), ListenSettings(), expected_s=2.0)
    # 1.5 s of 2 s expected is no answer cut short: it ends 0.5 s after, not 1.2 s
    assert len(heard.pcm) / 2 / ASR_RATE == pytest.approx(0.3 + 1.5 + 0.5, abs=0.05)


def test_the_shortest_answer_is_the_steps_own_not_a_control() -> None:
    phrases = {"Laitan suojalasit.": "laitan suojalasit", "Toista.": "toista"}
    assert shortest_seconds(phrases) == syllables("Laitan suojalasit.") / SYLLABLES_PER_S


def test_listener_scores_the_speech_once_speculatively_and_reports_timings(
        tmp_path: Path) -> None:
    scorer = FakeScorer({"Se on moppi.": -0.4})
    listener = WhisperListener(scorer, WavAnswers([_wav(tmp_path / "a.wav", 0.8)]))
    answer = listener.listen(_prompt("moppi", "se on moppi"))
    assert answer is not None
    assert (answer.text, answer.exact) == ("se on moppi", False) and answer.confidence > 0.8
    assert len(scorer.calls) == 1  # the speculative result was used, not scored again
    assert scorer.cutoffs == [CLEAR]  # the rest scored only where the rule weighs the answer
    assert scorer.rivals == []
    length = scorer.calls[0][0] / ASR_RATE
    assert 0.8 + 0.25 <= length <= 0.8 + 0.5 + 0.03  # the speech and its edges, no more
    assert dict(answer.timings).keys() == {"speech_end", "endpoint", "final"}
    assert listener.listen(_prompt("moppi")) is None  # the recordings ran out
    listener.close()


def test_the_controls_scored_are_those_whispers_transcription_is_like() -> None:
    from valkky.engine.session import CONTROL_PHRASES

    controls = tuple(written(p) for p in CONTROL_PHRASES)
    def anteeksi_first(p: str) -> float:  # Whisper heard "Ant" first
        return -1.0 if p.startswith("Ant") else -9.0

    # what Whisper base wrote for controls said by espeak-ng voices (the trials)
    for free, control in (("Kii-tammin.", "Hitaammin."), ("Sanulde Ren", "Sano uudelleen."),
                          ("Moitikotoistaa! Moitikot", "Voitko toistaa."),
                          ("Moikka puhua hieman.", "Voitko puhua hitaammin.")):
        picked = controls_to_score(free, controls, anteeksi_first)
        assert control in picked and len(picked) < len(controls)
        assert {"En ymmärrä.", "En ymmärtänyt."} <= set(picked)  # always: the rule weighs them
    # "toista" written "Commission": like no control, but Whisper heard "To" first
    def to_first(p: str) -> float:
        return -1.0 if p.startswith("To") else -9.0

    picked = controls_to_score("Commission", controls, to_first)
    assert {"Toista.", "Toista uudelleen.", "Toistatko."} <= set(picked)
    assert "Toista." not in controls_to_score("Commission", controls, anteeksi_first)
    assert controls_to_score("Jotain.", (), anteeksi_first) == ()


def test_controls_are_scored_only_when_the_steps_phrases_leave_doubt(tmp_path: Path) -> None:
    from valkky.engine.session import CONTROL_PHRASES

    wavs = [_wav(tmp_path / "a.wav", 0.8), _wav(tmp_path / "b.wav", 0.8)]
    prompt = _prompt("moppi", *CONTROL_PHRASES)
    clear = FakeScorer({"Moppi.": -0.4, "Toista.": -0.3})
    listener = WhisperListener(clear, WavAnswers(wavs[:1]), speculate=False)
    answer = listener.listen(prompt)
    assert answer is not None and answer.text == "moppi"  # the controls were not scored
    assert clear.later == [] and all("Toista." not in c[1] for c in clear.calls)
    listener.close()
    # the learner said "toista": the step's phrases score low, the controls are scored
    toista = FakeScorer({"Moppi.": -4.0, "Toista.": -0.5}, free="Toista.", free_score=-0.4)
    listener = WhisperListener(toista, WavAnswers(wavs[1:]), speculate=False)
    answer = listener.listen(prompt)
    assert answer is not None and (answer.text, answer.confidence > 0.5) == ("toista", True)
    # of the 14 controls, those opening as Whisper's own transcription, those like it and
    # the two that score best on speech it hears badly
    assert toista.later == [("Toista.", "Toista uudelleen.", "Toistatko.", "Voitko toistaa.",
                             "En ymmärrä.", "En ymmärtänyt.")]
    listener.close()


def test_speaking_again_after_a_short_pause_discards_the_early_result(tmp_path: Path) -> None:
    import wave

    first, second = _wav(tmp_path / "1.wav", 0.5, silence_s=0.35), _wav(tmp_path / "2.wav",
                                                                       0.5, lead_s=0.0)
    joined = tmp_path / "joined.wav"
    with wave.open(str(joined), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(ASR_RATE)
        for p in (first, second):
            with wave.open(str(p)) as w:
                out.writeframes(w.readframes(w.getnframes()))
    scorer = FakeScorer({"Moppi.": -0.4})
    listener = WhisperListener(scorer, WavAnswers([joined]))
    assert listener.listen(_prompt("moppi")).text == "moppi"
    assert len(scorer.calls) == 2 and scorer.calls[1][0] > scorer.calls[0][0] + 0.5 * ASR_RATE
    listener.close()


def _paused_wav(path: Path, pause_s: float) -> Path:
    """0.5 s said, a pause, 0.5 s more, then silence."""
    write_wav(path, np.concatenate([_silence(0.3), _tone(0.5), _silence(pause_s), _tone(0.5),
                                    _silence(1.0)]), ASR_RATE)
    return path


def test_a_scoring_started_early_is_stopped_when_the_learner_speaks_again(
        tmp_path: Path) -> None:
    class Slow(FakeScorer):
        """The first scoring is still in its first part when the learner speaks again."""

        def __init__(self) -> None:
            super().__init__({"Moppi.": -0.4})
            self.stops: list[Event | None] = []

        def score(self, audio: Any, phrases: Sequence[str], **kw: Any) -> Scores:
            self.stops.append(kw.get("stop"))
            if len(self.stops) == 1:
                stop = kw["stop"]
                assert stop is not None and stop.wait(10)  # set when the learner went on
                raise Stopped
            return super().score(audio, phrases, **kw)

    scorer = Slow()
    listener = WhisperListener(scorer, WavAnswers([_paused_wav(tmp_path / "a.wav", 0.3)]))
    answer = listener.listen(_prompt("moppi"))
    listener.close()
    assert answer is not None and answer.text == "moppi"  # the second scoring's, not an error
    first, second = scorer.stops
    assert first is not None and first.is_set() and second is not None and not second.is_set()
    assert scorer.calls[0][0] > 1.0 * ASR_RATE  # the whole answer scored, not its first word


def test_an_answer_is_scored_alike_whether_or_not_it_was_scored_early(tmp_path: Path) -> None:
    """Early scoring changes when an answer is scored, never what: the audio is the speech
    as it was at the last pause, with the silence after it that there was then."""
    from valkky.speech.whisper import capture_answer

    wav = _wav(tmp_path / "a.wav", 0.8)
    lengths = []
    for early in (True, False):
        scorer = FakeScorer({"Moppi.": -0.4})
        listener = WhisperListener(scorer, WavAnswers([wav]), speculate=early,
                                   speculate_after_s=0.09)
        assert listener.listen(_prompt("moppi")) is not None
        listener.close()
        lengths.append(scorer.calls[0][0])
    assert lengths[0] == lengths[1]
    tail = lengths[0] / ASR_RATE - 0.25 - 0.8  # the edge before the speech, the speech
    assert 0.09 <= tail < 0.09 + 0.03 + 0.01  # what silence there was at the pause
    frames = WavAnswers([wav]).next_answer(_prompt("moppi"))
    assert frames is not None  # the trials capture alike
    _, audio = capture_answer(frames, ListenSettings(), {"Moppi.": "moppi"}, pause_s=0.09)
    assert len(audio) // 2 == lengths[0]


def test_silence_is_an_empty_answer_and_is_not_scored(tmp_path: Path) -> None:
    quiet = tmp_path / "quiet.wav"
    write_wav(quiet, np.zeros(ASR_RATE * 2, np.int16), ASR_RATE)
    scorer = FakeScorer({})
    listener = WhisperListener(scorer, WavAnswers([quiet]), ListenSettings(silence_timeout_s=1))
    answer = listener.listen(_prompt("moppi"))
    assert answer.text == "" and scorer.calls == []
    listener.close()


# -- the engine's fit ---------------------------------------------------------------------


def test_a_rejected_answer_is_asked_again_without_spending_a_try(good_lesson: Path) -> None:
    lesson = load_lesson(good_lesson)
    doubtful = ev.Answer("Hyvää huomenta.", confidence=0.2, exact=False)
    t = run_scripted(lesson, [doubtful, ev.Answer("moppi", confidence=0.95, exact=False)])
    assert [e.heard for e in t.of(ev.SayAgain)] == ["Hyvää huomenta."]
    assert said.SAY_AGAIN in t.said
    verdicts = [(v.verdict, v.try_) for v in t.verdicts]
    assert verdicts == [("correct", 1)]


def test_a_spoken_toista_repeats_the_question(good_lesson: Path, tmp_path: Path) -> None:
    """A session's own prompt, the learner's "toista" through the listener: the robot says
    the line again and spends no try."""
    from valkky.engine.feedback import almost_fi
    from valkky.engine.session import Session
    from valkky.judge import judge

    session = Session(load_lesson(good_lesson), judge=judge, feedback=almost_fi, lang="en")
    session.start()
    prompt = session.prompt
    assert prompt is not None
    scorer = FakeScorer({"Toista.": -0.5}, free="Toista.", free_score=-0.4)
    listener = WhisperListener(scorer, WavAnswers([_wav(tmp_path / "a.wav", 0.6)]),
                               speculate=False)
    answer = listener.listen(prompt)
    listener.close()
    assert answer is not None and scorer.later  # heard among the controls, scored in doubt
    events = session.answer(answer)
    assert [e.action for e in events if isinstance(e, ev.Control)] == ["again"]
    assert not [e for e in events if isinstance(e, ev.Verdict)]
    assert session.prompt is not None and session.prompt.try_number == prompt.try_number


def test_near_misses_from_speech_never_claim_what_was_heard(good_lesson: Path) -> None:
    lesson = load_lesson(good_lesson)
    from valkky.engine.session import EngineSettings

    t = run_scripted(lesson, [ev.Answer("mopi", confidence=0.9, exact=False)],
                     settings=EngineSettings(echo_heard=True))
    assert t.verdicts[0].verdict == "almost"
    assert said.ALMOST_SPOKEN.format(answer="moppi") in t.said
    assert not any("mopi" in s.split() or s.startswith("Kuulin") for s in t.said)
    typed = run_scripted(lesson, ["mopi"])
    assert any("Kaksi p-kirjainta" in s for s in typed.said)  # typed: the full feedback


def test_pronunciation_practice_from_speech_says_what_the_robot_can_tell(
        good_lesson: Path) -> None:
    lesson = load_lesson(good_lesson)
    spoken = [ev.Answer(a, confidence=0.95, exact=False)
              for a in ("moppi", "ämpäri", "Pese kädet.")]
    t = run_scripted(lesson, spoken)
    assert said.REPEAT_HEARD in t.said


# -- choosing the recogniser -----------------------------------------------------------------


@pytest.mark.parametrize(("given", "piped", "mic", "ready", "want"), [
    ({}, False, True, True, "whisper"),  # the robot: no flags, a spoken session
    ({}, True, True, True, "text"),  # answers piped in
    ({"answers": "a.txt"}, False, True, True, "text"),
    ({}, False, False, True, "text"),  # no microphone
    ({}, False, True, False, "text"),  # no model
    ({"audio_in": ["a.wav"]}, True, False, True, "whisper"),
    ({"asr": "text"}, False, True, True, "text"),
])
def test_auto_picks_a_spoken_session_where_model_and_microphone_are(
        monkeypatch: pytest.MonkeyPatch, given: dict, piped: bool, mic: bool, ready: bool,
        want: str) -> None:
    import argparse

    from valkky import launch
    from valkky.config import Config
    from valkky.settings import Settings
    from valkky.speech import devices

    monkeypatch.setattr(launch, "_stdin_is_piped", lambda stdin: piped)
    monkeypatch.setattr(devices, "has_input", lambda: mic)
    monkeypatch.setattr(launch, "whisper_ready", lambda config: ready)
    flags = {"answers": None, "audio_in": None, "model": None, **given}
    asr = flags.pop("asr", "auto")  # the flag (or the file's choice) lives in the settings
    args = argparse.Namespace(**flags)
    settings = Settings(config=Config(), db=Path("x.db"), model=None, mqtt_username=None,
                        mqtt_password=None, asr=asr)
    assert launch.pick_asr(args, settings, []) == want


def test_a_microphone_that_sends_nothing_is_reported_not_waited_on() -> None:
    from tests.speech.test_microphone import FakeSd
    from valkky.errors import AdapterError
    from valkky.speech.asr import Microphone
    from valkky.speech.tts import MicGate

    sd = FakeSd()
    listener = WhisperListener(FakeScorer({}), Microphone(gate=MicGate(), sd=sd,
                                                          stall_s=0.05))
    with pytest.raises(AdapterError, match="sent nothing"):
        listener.listen(_prompt("moppi"))
    listener.close()
    assert sd.stream.closed


def test_a_doubtful_phrase_unlike_what_whisper_heard_is_rejected() -> None:
    phrases = {"Kiitos.": "kiitos"}
    rule = Rule(bias=-1.0, margin=1.0, cohort=1.0, alike=3.0, clear=CLEAR)
    cohort = (("Kahvi.", -2.2),)
    unlike = decide(Scores((("Kiitos.", -2.0),), "Katsotaan kattilassa.", -0.5, cohort),
                    phrases, rule)
    assert unlike.rejected and unlike.confidence < 0.5 and unlike.heard == "Katsotaan kattilassa."
    alike = decide(Scores((("Kiitos.", -2.0),), "Kitos.", -0.5, cohort), phrases, rule)
    assert not alike.rejected and alike.heard == "kiitos"


def test_the_rule_comes_from_the_settings_and_its_defaults_match() -> None:
    from dataclasses import fields

    from valkky.config import SpeechSettings
    from valkky.speech.rule_defaults import RULE_SETTINGS
    from valkky.speech.whisper import rule_of

    assert rule_of(SpeechSettings()) == Rule()  # the settings' defaults are the fitted rule
    settings = {f.name[5:] for f in fields(SpeechSettings) if f.name.startswith("rule_")}
    assert settings == set(RULE_SETTINGS)  # every part a deployment refits, and no other
    mine = rule_of(replace(SpeechSettings(), rule_bias=1.5, rule_cohort=0.0))
    assert (mine.bias, mine.cohort, mine.margin) == (1.5, 0.0, Rule().margin)


def test_the_cohort_is_scored_only_in_doubt_and_never_holds_the_steps_phrases(
        tmp_path: Path) -> None:
    wavs = [_wav(tmp_path / "a.wav", 0.8), _wav(tmp_path / "b.wav", 0.8)]
    scorer = FakeScorer({"Kiitos.": -3.0, "Kahvi.": -1.0}, free="Kahvi.", free_score=-0.9)
    listener = WhisperListener(scorer, WavAnswers(wavs[:1]), speculate=False, rule=RULE)
    answer = listener.listen(_prompt("kiitos"))
    assert answer is not None and answer.confidence is not None and answer.confidence < 0.5
    assert len(scorer.rivals) == 1 and "Kahvi." in scorer.rivals[0]
    assert "Kiitos." in COHORT and "Kiitos." not in scorer.rivals[0]
    listener.close()
    # a rule that gives the cohort no weight does not spend time scoring it
    unweighed = FakeScorer({"Kiitos.": -3.0}, free="Kitos.", free_score=-2.0)
    listener = WhisperListener(unweighed, WavAnswers(wavs[1:]), speculate=False,
                               rule=Rule(1.0, 1.0, 0.0, 2.5, CLEAR))
    assert listener.listen(_prompt("kiitos")) is not None
    assert unweighed.rivals == [()]
    listener.close()


@pytest.mark.parametrize(("over", "heard"), [(-0.1, "moppi"), (0.1, "toista")])
@pytest.mark.parametrize("margin", [CONTROL_MARGIN, 0.0, 1.0])
def test_a_control_is_heard_only_by_the_rules_margin_over_the_steps_phrases(
        over: float, heard: str, margin: float) -> None:
    phrases = {"Moppi.": "moppi", "Toista.": "toista"}
    scores = Scores((("Moppi.", -2.0), ("Toista.", -2.0 + margin + over)), "Moppi.", -1.8)
    d = decide(scores, phrases, replace(RULE, control=margin))
    assert (d.heard, d.rejected) == (heard, False)


def test_the_free_transcription_is_cut_where_whisper_starts_looping() -> None:
    kanon, mopi, bang = 10, 11, 12
    looping = [kanon, mopi, bang, kanon, mopi, bang, kanon, mopi]  # "Kanon mopi! Kanon mopi! …"
    assert without_loop(looping) == [kanon, mopi, bang]
    assert without_loop([kanon, mopi, mopi, mopi, mopi]) == [kanon, mopi]
    hei = 20
    assert without_loop([hei, hei, bang]) == [hei, hei, bang]  # "Hei hei!" is said so
    assert without_loop([kanon, mopi, bang]) == [kanon, mopi, bang]
    assert without_loop([]) == []


def test_check_hears_an_answer_too_close_to_its_mistake_as_unclear(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`valkky check --mistake` hears recordings as a session does: the mistakes named."""
    import json

    from valkky.cli import main
    from valkky.speech import whisper

    scorer = FakeScorer({"Vaarasta.": -2.55, "Väärästä.": -2.6}, free="Vaarasta.",
                        free_score=-1.5, silent={"Vaarasta.": -4.0})  # said: lifted
    monkeypatch.setattr(whisper, "open_whisper", lambda speech, source, model:
                        WhisperListener(scorer, source, speculate=False))
    wav = _wav(tmp_path / "a.wav", 0.8)
    argv = ["check", "--asr", "whisper", "--audio", str(wav), "--accept", "vaarasta",
            "--json", "--model", str(tmp_path)]
    assert main([*argv, "--mistake", "väärästä"]) == 0
    assert json.loads(capsys.readouterr().out)["verdict"] == "unclear"
    assert main(argv) == 0  # no mistake named: nothing to tell it from
    assert json.loads(capsys.readouterr().out)["verdict"] == "correct"


def test_check_says_unclear_for_an_answer_the_cap_cut(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`valkky check --audio`: an answer cut at the cap is asked again in a session, so
    it is unclear here too, though what was heard before the cut scored clear."""
    import json

    from valkky.cli import main
    from valkky.speech import whisper

    scorer = FakeScorer({"Moppi.": -0.4})
    monkeypatch.setattr(whisper, "open_whisper", lambda speech, source, model:
                        WhisperListener(scorer, source, speculate=False))
    argv = ["check", "--asr", "whisper", "--json", "--model", str(tmp_path), "--accept",
            "moppi", "--audio"]
    assert main([*argv, str(_wav(tmp_path / "a.wav", 0.8))]) == 0
    assert json.loads(capsys.readouterr().out)["verdict"] == "correct"
    assert main([*argv, str(_wav(tmp_path / "b.wav", 40.0))]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["verdict"], out["heard"]) == ("unclear", "moppi")


def test_check_hears_the_learners_controls_as_a_session_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`valkky check --audio` asks as the session does (engine.session.listener_prompt):
    a control said is heard as the control, and a control that is the step's own answer
    is heard as that answer."""
    import json

    from valkky.cli import main
    from valkky.speech import whisper

    scorer = FakeScorer({"Moppi.": -3.0, "Toista.": -1.0}, free="Toista.", free_score=-1.2)
    monkeypatch.setattr(whisper, "open_whisper", lambda speech, source, model:
                        WhisperListener(scorer, source, speculate=False))
    wav = _wav(tmp_path / "a.wav", 0.8)
    argv = ["check", "--asr", "whisper", "--audio", str(wav), "--json", "--model",
            str(tmp_path)]
    assert main([*argv, "--accept", "moppi"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["verdict"], out["heard"]) == ("control", "toista")  # the robot asks again
    assert main([*argv, "--accept", "toista"]) == 0  # a drill of the word itself
    out = json.loads(capsys.readouterr().out)
    assert (out["verdict"], out["heard"]) == ("correct", "toista")
