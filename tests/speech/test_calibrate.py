"""`valkky calibrate-asr`: the threshold fit, and the labelled folder it reads."""

from __future__ import annotations

import random
import zlib
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from threading import Event
from typing import Any

import numpy as np
import pytest

from valkky.cli import main
from valkky.speech.audio import write_wav
from valkky.speech.calibrate import fit, read_labels, trials
from valkky.speech.scoring import Picker, Rule, Scores, fit_threshold, written

PHRASES = ["moppi", "ämpäri", "harja", "pese kädet", "kiitos", "hyvää huomenta"]


def test_the_fit_keeps_right_answers_and_stops_the_others() -> None:
    right = [(-0.2, True), (-0.8, True), (-1.5, True), (-1.9, True), (-0.5, False)]
    off = [-4.0, -3.5, -3.1, -2.6, -1.7]
    found = fit_threshold(right, off, max_false_accepts=0.25)
    assert -1.9 >= found.threshold > -2.6  # keeps every right one, lets one other through
    assert found.accepted == 0.8 and found.false_accepts == 0.2
    strict = fit_threshold(right, off, max_false_accepts=0.0)
    assert -1.5 >= strict.threshold > -1.7 and strict.false_accepts == 0.0
    with pytest.raises(ValueError):
        fit_threshold([], off)


class Scorer:
    """Knows which phrase each recording holds (by its length) and scores it well;
    ``near`` phrases (the one said → how far under it) score close behind it."""

    def __init__(self, said: dict[int, str], near: dict[str, float] | None = None,
                 control: float = -5.0, free: dict[str, str] | None = None):
        self.said = said
        self.near = near or {}
        self.control = control  # what the controls not said score
        self.free = free or {}  # the phrase said → what Whisper writes for it ("X.")

    def score(self, audio: Any, phrases: Sequence[str], *,
              free_if_best_below: float | None = None, later: Sequence[str] = (),
              rivals: Sequence[str] = (), stop: Event | None = None,
              pick_later: Picker | None = None) -> Scores:
        if pick_later is not None:  # as WhisperScorer: the controls it could be
            later = pick_later(self.free.get(self.said[len(audio)], "X."), lambda p: 0.0)
        mine = written(self.said[len(audio)])
        # the said phrase well, the others badly, the cohort between; clips alternate
        # between clear (over `clear`) and in doubt, so that the fit has both
        good = -0.4 if len(audio) % 200 == 0 else -2.0

        def value(p: str) -> float:
            if p == mine:
                return good
            if p in self.near:
                return good + self.near[p]
            return self.control if p in later else -4.0
        return Scores(tuple((p, value(p)) for p in [*phrases, *later]),
                      self.free.get(self.said[len(audio)], "X."), -0.3,
                      tuple((p, -3.0) for p in rivals))

    def prior(self, phrases: Sequence[str]) -> list[float]:
        return [-3.0 for _ in phrases]  # on silence: every phrase alike

    def encode(self, audio: Any) -> Any:  # the control guard's renderings (never asked)
        raise AssertionError("no rendering is encoded: no answer keeps its encoder output")


def _folder(tmp_path: Path, phrases: Sequence[str] = PHRASES
            ) -> tuple[Path, dict[int, str]]:
    said = {}
    lines = []
    for i, phrase in enumerate(phrases):
        n = 16000 + 100 * i
        write_wav(tmp_path / f"{i}.wav", np.zeros(n, np.int16), 16000)
        said[n] = phrase
        lines.append(f"{i}.wav\t{phrase}")
    (tmp_path / "labels.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path, said


def test_each_recording_is_tried_with_and_without_its_phrase(tmp_path: Path) -> None:
    folder, said = _folder(tmp_path)
    results = trials(Scorer(said), read_labels(folder))
    assert len(results) == 2 * len(PHRASES)
    on = [t for t in results if t.on_list]
    assert all(t.best == t.said and t.right for t in on)
    # the features unrounded, as a session weighs them (a cut may fall between)
    assert sorted({t.margin for t in on}) == [-2.0 + 0.3, -0.4 + 0.3]
    assert sorted({t.cohort for t in on}) == [-2.0 + 3.0, -0.4 + 3.0]
    off = [t for t in results if not t.on_list]
    assert all(t.margin == -4.0 + 0.3 and t.cohort == -1.0 and not t.right for t in off)
    assert all(t.control == -5.0 - t.score for t in on)  # the best control − the best
    assert {t.gap for t in on} == {-0.4 + 4.0, -2.0 + 4.0}  # over the next phrase
    found = fit(results)
    assert found.cut.accepted == 1.0 and found.cut.false_accepts == 0.0
    assert all(found.rule.accepts(t.features) for t in on)
    assert not any(found.rule.accepts(t.features) for t in off)


class LikelyScorer(Scorer):
    """As ``Scorer``, and "Kiitos." scores a little over the phrase said on every
    recording, as well as it does on silence: likely on any audio, lifted by none."""

    def prior(self, phrases: Sequence[str]) -> list[float]:
        return [-2.0 if p == "Kiitos." else -6.0 for p in phrases]


def test_in_doubt_the_phrase_tried_is_the_one_the_rule_finds_most_evidence_for(
        tmp_path: Path) -> None:
    folder, said = _folder(tmp_path)
    scorer = LikelyScorer(said, near={"Kiitos.": 0.1})
    doubt = [t for t in trials(scorer, read_labels(folder))
             if t.on_list and t.said != "kiitos" and t.score < Rule().clear]
    assert doubt and all(t.best == t.said and t.right for t in doubt)  # as the runtime
    # by the best score alone (the rule weighing no lift): "kiitos" each time it is there
    raw = [t for t in trials(scorer, read_labels(folder), rule=replace(Rule(), lift=0.0))
           if t.on_list and t.said != "kiitos" and t.score < Rule().clear]
    assert any(t.best == "kiitos" and not t.right for t in raw)


def test_after_a_switch_the_control_is_measured_against_the_best_phrase(
        tmp_path: Path) -> None:
    # as the runtime's best_phrase: a control needs its margin over the best-scoring own
    # phrase ("Kiitos.", 0.1 over the one said), not over the phrase the rule picked
    folder, said = _folder(tmp_path)
    results = trials(LikelyScorer(said, near={"Kiitos.": 0.1}), read_labels(folder))
    doubt = [t for t in results if t.on_list and t.said != "kiitos" and t.score < Rule().clear]
    assert doubt and all(t.best == t.said and t.score == -2.0 for t in doubt)
    assert all(t.control == pytest.approx(-5.0 - (-2.0 + 0.1)) for t in doubt)


def test_a_fit_tries_its_recordings_again_with_the_weights_it_found(tmp_path: Path) -> None:
    from valkky.speech.calibrate import rates

    folder, said = _folder(tmp_path)
    scorer = LikelyScorer(said, near={"Kiitos.": 0.1})
    raw = trials(scorer, read_labels(folder), rule=replace(Rule(), lift=0.0))
    # the same scores tried by another rule pick as that rule's trials do
    assert raw.by(Rule()) == trials(scorer, read_labels(folder))
    assert raw.by(Rule()) != raw
    found = fit(raw)  # the shares it reports are those of its own rule's picks
    assert (found.cut.accepted, found.cut.false_accepts) == rates(raw.by(found.rule),
                                                                  found.rule)


def test_a_right_answer_a_control_won_over_is_not_counted_kept() -> None:
    from valkky.speech.calibrate import Trial, rates

    def trial(said: str, on_list: bool, control: float) -> Trial:
        return Trial("a.wav", said, on_list, said if on_list else "harja", -2.0, -1.0, 0.0,
                     50.0, -0.1, 0.5, control=control)
    rule = replace(Rule(), bias=10.0, control=0.45)  # takes every answer on its evidence
    results = [trial("moppi", True, -1.0), trial("ämpäri", True, 0.6),
               trial("moppi", False, 0.0)]
    # "ämpäri" said, a control won over it by its margin: the session hears the control
    assert rates(results, rule) == (0.5, 1.0)


class RandomScorer(Scorer):
    """Scores at random, the phrase said a little higher (seeded, by the recording's
    length), and each phrase at random on silence: picks that move with the weights."""

    def __init__(self, said: dict[int, str], seed: int):
        super().__init__(said)
        self.seed = seed

    def score(self, audio: Any, phrases: Sequence[str], *,
              free_if_best_below: float | None = None, later: Sequence[str] = (),
              rivals: Sequence[str] = (), stop: Event | None = None,
              pick_later: Picker | None = None) -> Scores:
        if pick_later is not None:
            later = pick_later("X.", lambda p: 0.0)
        draw = random.Random(len(audio) * 7 + self.seed)
        mine = written(self.said[len(audio)])
        return Scores(tuple((p, draw.uniform(-3.5, -0.3) if p == mine else
                             draw.uniform(-4.5, -1.5)) for p in [*phrases, *later]),
                      "X.", draw.uniform(-1.5, -0.3), tuple((p, -3.0) for p in rivals))

    def prior(self, phrases: Sequence[str]) -> list[float]:
        return [random.Random(zlib.crc32(p.encode()) + self.seed).uniform(-6.0, -2.5)
                for p in phrases]


@pytest.mark.parametrize("seed", [0, 2, 3])
def test_a_fitted_rule_lets_through_at_most_its_share_on_its_own_picks(
        tmp_path: Path, seed: int) -> None:
    from valkky.speech.calibrate import rates
    from valkky.speech.scoring import FALSE_ACCEPTS

    phrases = [*PHRASES, "okei", "selvä", "en tiedä sitä", "kaksitoista"]
    labelled = [phrases[i % len(phrases)] if i % 9 else "toista" for i in range(80)]
    folder, said = _folder(tmp_path, labelled)
    results = trials(RandomScorer(said, seed), read_labels(folder))
    found = fit(results)
    picked = results.by(found.rule)
    assert picked.by(replace(found.rule, bias=found.rule.bias + 1.0)) == picked
    assert rates(picked, found.rule)[1] <= FALSE_ACCEPTS
    assert (found.cut.accepted, found.cut.false_accepts) == rates(picked, found.rule)


def test_apart_is_never_fitted_under_zero() -> None:
    from valkky.speech.calibrate import Trial, fit_alike_apart, fit_apart

    def picked(said: str, best: str, gap: float) -> Trial:
        return Trial("a.wav", said, True, best, -2.0, -1.0, 0.0, 50.0, -0.1, 0.5,
                     gap=gap, alike_gap=gap)
    # a right pick outscored by the next phrase (picked for its evidence): a negative gap,
    # which the runtime asks again whatever ``apart``
    results = [picked("moppi", "moppi", -0.2), picked("harja", "harja", 0.3),
               picked("väärästä", "vaarasta", -0.5)]
    assert fit_apart(results) == 0.0 and fit_alike_apart(results) == 0.0


def test_the_control_margin_is_refitted_from_controls_said(tmp_path: Path) -> None:
    # a control said scores -0.4 or -2.0, the step's phrases -4.0: 3.6 or 2.0 over them;
    # the controls not said score -2.5, 0.5 under a right answer in doubt (-2.0): the
    # margin that tells them apart lies between -0.5 and 2.0 — not where it is set now
    spoken = ("toista", "en ymmärrä", "hitaammin")
    folder, said = _folder(tmp_path, [*PHRASES, *spoken])
    # Whisper writes a control said much as it is: the controls scored are those it is like
    heard = {c: written(c) for c in spoken}
    results = trials(Scorer(said, control=-2.5, free=heard), read_labels(folder))
    controls = [t for t in results if t.said in ("toista", "en ymmärrä", "hitaammin")]
    assert len(controls) == 3 and all(t.on_list and t.right for t in controls)
    assert {t.control for t in controls} <= {3.6, 2.0}
    doubt = {t.control for t in results if t.on_list and t not in controls and t.score < -1.45}
    assert doubt == {-0.5}
    margin = fit(results).rule.control
    assert -0.5 < margin <= 2.0 and margin != Rule().control


def test_without_controls_said_the_control_margin_stays(tmp_path: Path) -> None:
    folder, said = _folder(tmp_path)
    assert fit(trials(Scorer(said), read_labels(folder))).rule.control == Rule().control


def test_apart_is_refitted_from_close_wrong_picks(tmp_path: Path) -> None:
    # "ämpäri" said is heard as "harja" 0.1 over it (a wrong pick, close); every other
    # right answer is 0.6 or more over the next: apart moves between 0.1 and 0.6
    near = {written("harja"): 0.1, written("moppi"): -0.6}
    folder, said = _folder(tmp_path)
    scorer = Scorer(said, near)
    results = trials(scorer, read_labels(folder))
    wrong = [t for t in results if t.on_list and not t.right]
    assert wrong and all(t.best == "harja" and t.gap == pytest.approx(0.1) for t in wrong
                         if t.said == "ämpäri")
    apart = fit(results).rule.apart
    assert 0.1 < apart <= 0.6 and apart != Rule().apart
    right_gaps = [t.gap for t in results if t.on_list and t.right and t.score < -1.45]
    assert all(g >= apart for g in right_gaps)


def test_alike_apart_is_refitted_from_wrong_picks_unlike_what_whisper_wrote(
        tmp_path: Path) -> None:
    # "ämpäri" said (in doubt) is heard as "harja" 0.5 over it, though Whisper wrote
    # "Ämpäri."; "pese kädet" said is picked right, 2 over the others, though Whisper wrote
    # "Kiitos.": alike_apart moves between 0.5 and 2 (five phrases: each is among the
    # four others of every recording)
    folder, said = _folder(tmp_path, PHRASES[:5])
    free = {"ämpäri": "Ämpäri.", "pese kädet": "Kiitos."}

    class HarjaForAmpari(Scorer):  # "harja" close only to "ämpäri"
        def score(self, audio: Any, phrases: Sequence[str], **kw: Any) -> Scores:
            self.near = {written("harja"): 0.5} if self.said[len(audio)] == "ämpäri" else {}
            return super().score(audio, phrases, **kw)
    results = trials(HarjaForAmpari(said, free=free), read_labels(folder))
    wrong = [t for t in results if t.on_list and t.said == "ämpäri"]
    assert wrong and all(t.best == "harja" and not t.right for t in wrong)
    assert all(t.alike_gap == pytest.approx(0.5) for t in wrong)
    right = [t for t in results if t.on_list and t.said == "pese kädet"]
    assert all(t.right for t in right)
    assert all(t.alike_gap is None or t.alike_gap >= 2.0 for t in right)
    assert any(t.alike_gap is not None for t in right)
    alike_apart = fit(results).rule.alike_apart
    assert 0.5 < alike_apart <= 2.0 and alike_apart != Rule().alike_apart
    # without a wrong pick so placed it stays as set
    plain = trials(Scorer(said), read_labels(folder))
    assert fit(plain).rule.alike_apart == Rule().alike_apart


@pytest.mark.parametrize("problem", ["no labels", "bad line", "missing wav", "too few"])
def test_a_bad_folder_is_one_line(tmp_path: Path, problem: str,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    folder, _ = _folder(tmp_path)
    labels = folder / "labels.txt"
    if problem == "no labels":
        labels.unlink()
    elif problem == "bad line":
        labels.write_text("0.wav moppi\n", encoding="utf-8")
    elif problem == "missing wav":
        labels.write_text(labels.read_text(encoding="utf-8") + "nope.wav\tmoppi\n",
                          encoding="utf-8")
    else:
        labels.write_text("0.wav\tmoppi\n1.wav\tämpäri\n", encoding="utf-8")
    assert main(["calibrate-asr", str(folder)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("valkky: error:"), err


def test_the_command_prints_the_threshold_and_the_setting(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import valkky.speech.whisper as whisper

    folder, said = _folder(tmp_path)
    monkeypatch.setattr(whisper, "WhisperScorer", lambda path: Scorer(said))
    assert main(["calibrate-asr", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "right answers kept 100.0 %" in out and "with the rule as set now" in out
    assert "[speech]\nrule_bias = " in out and "rule_cohort = " in out
    assert "rule_control = " in out and "rule_apart = " in out
    assert "rule_alike_apart = " in out and "fits the other worse by more than" in out
    # every weight the refit sets, so a pasted block is the rule that was fitted
    assert "rule_length = " in out and "rule_over_controls = " in out
    assert "rule_lift = " in out
    assert main(["calibrate-asr", str(folder), "--json"]) == 0
    import json

    data = json.loads(capsys.readouterr().out)
    assert data["fit"]["cut"]["right"] == len(PHRASES) and len(data["trials"]) == 2 * len(PHRASES)
    # as the fitted rule picks them, and as the rule set now does: figures rounded
    assert len(data["trials_as_set"]) == len(data["trials"])
    assert all(t["margin"] == round(t["margin"], 3) for t in data["trials"])


class PickyScorer(Scorer):
    """As ``Scorer``, but Whisper's first word piece opens one control only ("Toista."),
    and every phrase scores −6.0 on silence: what the runtime would score, not all 14."""

    def __init__(self, said: dict[int, str]):
        super().__init__(said)
        self.later_scored: list[int] = []

    def score(self, audio: Any, phrases: Sequence[str], *,
              free_if_best_below: float | None = None, later: Sequence[str] = (),
              rivals: Sequence[str] = (), stop: Event | None = None,
              pick_later: Picker | None = None) -> Scores:
        assert pick_later is not None  # calibrate-asr picks the controls as the runtime
        picked = pick_later("X.", lambda p: 0.0 if p.startswith("Toista") else -9.0)
        self.later_scored.append(len(picked))
        return super().score(audio, phrases, free_if_best_below=free_if_best_below,
                             later=picked, rivals=rivals, stop=stop)

    def prior(self, phrases: Sequence[str]) -> list[float]:
        return [-6.0 for _ in phrases]


def test_calibration_scores_the_controls_and_the_lift_as_the_runtime(tmp_path: Path) -> None:
    folder, said = _folder(tmp_path)
    scorer = PickyScorer(said)
    results = trials(scorer, read_labels(folder))
    # not every control: those Whisper's opening and transcription point at, and the two
    # the rule always weighs (scoring.controls_to_score)
    assert scorer.later_scored and all(2 < n < 14 for n in scorer.later_scored)
    on = [t for t in results if t.on_list]
    assert all(t.lift == pytest.approx(t.score + 6.0) for t in on)  # best − on silence


def test_apart_length_is_refitted_from_close_picks_the_length_tells() -> None:
    from valkky.speech.calibrate import Trial, fit_apart_length

    def close(said: str, best: str, length_gap: float) -> Trial:  # in doubt, 0.1 apart
        return Trial("a.wav", said, True, best, -2.0, -1.0, 0.0, 50.0, -0.1, 0.5,
                     gap=0.1, length_gap=length_gap)
    # right picks close behind another whose length fits far worse (1.1, 0.9), wrong
    # picks whose length fits no better than the phrase said (0.1, -0.4): the cut lies
    # between 0.1 and 0.9
    results = [close("hanskat ja suojalasit", "hanskat ja suojalasit", 1.1),
               close("enemmän palkkaa", "enemmän palkkaa", 0.9),
               close("väärästä", "vaarasta", 0.1), close("teen töitä", "teen työtä", -0.4)]
    assert 0.1 < fit_apart_length(results, 0.3, 0.3) < 0.9
    # none close enough for apart to ask them again, or no wrong pick: as set
    assert fit_apart_length(results, 0.05, 0.05) == Rule().apart_length
    assert fit_apart_length(results[:2], 0.3, 0.3) == Rule().apart_length
    # further than apart but within alike_apart of one looking more like what Whisper
    # wrote: the runtime weighs their lengths too, so does the fit
    alike = [replace(t, gap=0.5, other_alike=True) for t in results]
    assert 0.1 < fit_apart_length(alike, 0.3, 1.0) < 0.9
    assert fit_apart_length([replace(t, other_alike=False) for t in alike], 0.3,
                            1.0) == Rule().apart_length


def test_apart_length_is_never_fitted_under_zero() -> None:
    from valkky.speech.calibrate import Trial, fit_apart_length
    from valkky.speech.scoring import too_close

    def close(said: str, best: str, length_gap: float) -> Trial:
        return Trial("a.wav", said, True, best, -2.0, -1.0, 0.0, 50.0, -0.1, 0.5,
                     gap=0.1, length_gap=length_gap)
    # lengths that tell nothing (the right picks' no better than the wrong one's): the
    # best cut lies under the lowest; a negative one would exempt phrases of equal length
    results = [close("moppi", "moppi", 0.0), close("ämpäri", "ämpäri", 0.0),
               close("väärästä", "vaarasta", 0.05)]
    assert fit_apart_length(results, 0.3, 0.3) == 0.0
    # as the runtime uses it: "Vaarasta." 0.1 over the foreseen "Väärästä.", as long
    phrases = {"Vaarasta.": "vaarasta", "Väärästä.": "väärästä"}
    scored = [("Vaarasta.", -2.0), ("Väärästä.", -2.1)]

    def asked_again(apart_length: float) -> bool:
        rule = replace(Rule(), apart=0.3, apart_length=apart_length)
        return too_close(scored, phrases, "Vaarasta.", -2.0, ["väärästä"], rule, "",
                         seconds=0.8)
    assert asked_again(0.0) and not asked_again(-0.025)


def test_the_command_picks_by_the_rule_in_use_here(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In doubt a trial picks its phrase by the rule; a deployment that refitted it
    before tries its recordings with that rule, as its sessions pick."""
    import valkky.speech.calibrate as calibrate
    import valkky.speech.whisper as whisper

    folder, said = _folder(tmp_path)
    monkeypatch.setattr(whisper, "WhisperScorer", lambda path: Scorer(said))
    config = tmp_path / "valkky.toml"
    config.write_text("[speech]\nrule_bias = 1.5\nrule_lift = 2.0\n", encoding="utf-8")
    given: list[Rule | None] = []
    real = calibrate.trials

    def trials(*args: Any, rule: Rule | None = None, **kwargs: Any) -> Any:
        given.append(rule)
        return real(*args, rule=rule, **kwargs)

    monkeypatch.setattr(calibrate, "trials", trials)
    assert main(["--config", str(config), "calibrate-asr", str(folder), "--json"]) == 0
    assert len(given) == 1 and given[0] is not None
    assert (given[0].bias, given[0].lift) == (1.5, 2.0)


def test_where_the_phrase_lies_against_the_speech_is_refitted_when_it_tells() -> None:
    # the same scores, likeness, length, controls and lift: only the coverage tells the
    # right answers from the others (round 15: the two weights fitted together)
    from valkky.speech.calibrate import Trial

    def trial(said: str, on_list: bool, margin: float, landed: float) -> Trial:
        return Trial("a.wav", said, on_list, said if on_list else "harja", -2.5, margin, 0.0,
                     50.0, -0.1, 0.5, 1.0, covered=-0.1, landed=landed)
    right = [trial(p, True, -1.0 - i / 20, -i / 100) for i, p in enumerate(PHRASES * 4)]
    off = [trial(p, False, -1.0 - i / 20, -0.4 - i / 50) for i, p in enumerate(PHRASES * 4)]
    found = fit([*right, *off])
    assert found.rule.landed > 0 and found.cut.accepted == 1.0
    assert found.cut.false_accepts <= 0.02
    plain = fit([replace(t, covered=0.0, landed=0.0) for t in (*right, *off)])
    assert (plain.rule.covered, plain.rule.landed) == (0.0, 0.0)  # nothing to tell: untried
    assert plain.cut.accepted < 1.0


class HeardBadlyScorer(Scorer):
    """As ``Scorer``, the controls scoring −1.0: in doubt (the phrase said −2.0) a control
    outscores the step's phrases by more than its margin, as "En ymmärtänyt." does on
    speech Whisper base hears badly; the encoder's output kept in doubt, as
    ``WhisperScorer`` keeps it for the control guard."""

    def score(self, audio: Any, phrases: Sequence[str], **kw: Any) -> Scores:
        got = super().score(audio, phrases, **kw)
        in_doubt = max(v for p, v in got.phrases if p in phrases) < Rule().clear
        return replace(got, encoded=len(audio) if in_doubt else None)


def test_the_control_guard_is_fitted_as_the_runtime_has_it(tmp_path: Path) -> None:
    from valkky.speech.calibrate import rates
    from valkky.speech.scoring import is_control

    folder, said = _folder(tmp_path, [*PHRASES, "toista"])
    asked: list[tuple[Any, tuple[str, ...]]] = []

    def unlike_the_controls(encoded: Any, audio: Any, phrases: Sequence[str]
                            ) -> tuple[tuple[str, float], ...]:
        # the answers sound like the step's phrases, "toista" said like the control
        asked.append((encoded, tuple(phrases)))
        near = said[encoded] == "toista"
        return tuple((p, (0.3 if near else 0.5) if is_control(p) else 0.4) for p in phrases)

    scorer = HeardBadlyScorer(said, control=-1.0)
    rule = replace(Rule(), bias=10.0)  # takes every answer on its evidence
    without = trials(scorer, read_labels(folder))
    guarded = trials(scorer, read_labels(folder), distances=unlike_the_controls)
    # measured only in doubt, against the best control and every phrase on the list (the
    # best off it is among them: the four others)
    doubt = {n for n in said if n % 200 or said[n] == "toista"}  # the control: no phrase
    assert {e for e, _ in asked} == doubt
    assert all(len(p) == (5 if said[e] == "toista" else 6) and is_control(p[0])
               and not any(map(is_control, p[1:])) for e, p in asked)
    # without the guard the control wins over the right answers in doubt; with it, as in
    # a session, they are kept
    assert rates(without, rule)[0] < 1.0 and rates(guarded, rule)[0] == 1.0
    # "toista" said sounds like the control: heard with the guard too
    control = [t for t in guarded if t.said == "toista"]
    assert control and all(t.right and not t.unlike for t in control)
    # the margin is fitted only where the guard lets a control be heard
    assert all(t.unlike for t in guarded if t.on_list and t.said != "toista" and t.score < -1.45)
    assert fit(guarded).rule.control == Rule().control  # no answer in doubt left to part


def test_where_the_guard_holds_the_control_weighs_nothing_in_the_trials(tmp_path: Path) -> None:
    from valkky.speech.scoring import is_control

    folder, said = _folder(tmp_path)

    def unlike_the_controls(encoded: Any, audio: Any, phrases: Sequence[str]
                            ) -> tuple[tuple[str, float], ...]:
        return tuple((p, 0.5 if is_control(p) else 0.4) for p in phrases)

    scorer = HeardBadlyScorer(said, control=-1.0)
    without = trials(scorer, read_labels(folder))
    guarded = trials(scorer, read_labels(folder), distances=unlike_the_controls)
    # in doubt a control outscores every phrase by its margin (-1.0 against -2.0): without
    # the guard it counts against the phrase; where the guard holds, as in a session
    # (scoring.decide), it counts nothing
    held = [i for i, t in enumerate(guarded) if t.unlike and t.score < Rule().clear]
    assert held and all(guarded[i].over_controls == 0.0 for i in held)
    assert all(without[i].over_controls < 0.0 for i in held)
    # taken outright, nothing measured: as before
    assert all(g.over_controls == w.over_controls
               for i, (g, w) in enumerate(zip(guarded, without, strict=True)) if i not in held)


def test_the_apart_guard_is_fitted_as_the_runtime_has_it(tmp_path: Path) -> None:
    # "ämpäri" said is heard as "harja" 0.1 over it (a wrong pick, close): where the
    # renderings tell the pick from every other phrase of the list, a session takes it
    # whatever the gap (scoring.told_apart), so the gap is not fitted on it
    near = {written("harja"): 0.1, written("moppi"): -0.6}
    folder, said = _folder(tmp_path)
    scorer = HeardBadlyScorer(said, near)  # the controls far under: only the gap decides

    def like(heard: Callable[[str], str]) -> Any:
        def measured(encoded: Any, audio: Any, phrases: Sequence[str]
                     ) -> tuple[tuple[str, float], ...]:
            return tuple((p, 0.2 if p == written(heard(said[encoded])) else 0.4)
                         for p in phrases)
        return measured
    plain = trials(scorer, read_labels(folder))
    assert not any(t.told_apart for t in plain)  # nothing measured: as before
    apart = fit(plain).rule.apart
    assert 0.1 < apart <= 0.6 and apart != Rule().apart
    as_said = trials(scorer, read_labels(folder), distances=like(lambda s: s))
    doubt = [t for t in as_said if t.on_list and t.score < Rule().clear]
    assert all(t.told_apart == t.right for t in doubt) and not all(t.right for t in doubt)
    alike = trials(scorer, read_labels(folder), distances=lambda e, a, ps: tuple(
        (p, 0.3) for p in ps))  # measured, nothing told apart: fitted as without
    assert not any(t.told_apart for t in alike) and fit(alike).rule.apart == apart
    # every recording sounds like "harja" (the wrong picks' pick): a session takes them
    as_harja = trials(scorer, read_labels(folder), distances=like(lambda s: "harja"))
    wrong = [t for t in as_harja if t.on_list and t.score < Rule().clear and not t.right]
    assert wrong and all(t.told_apart for t in wrong)
    assert fit(as_harja).rule.apart == Rule().apart  # no wrong pick left that a gap parts
