"""`valkky calibrate-asr DIR`: refit Whisper's rule (``scoring.Rule``) on a deployment's
own recordings. DIR holds WAVs and ``labels.txt``, one ``FILE<TAB>phrase said`` a line
(recorded with the learners' consent). Each recording is scored once, among phrases that
include what was said and the cohort: as an answer on the list (its phrase should be
picked and kept) and, by the best of the other phrases, as one off the list (it should be
rejected). The weights that keep the most right answers while letting at most 2 % of the
others through are printed, with the settings to use them — and, from the same trials, the
margin a learner's control needs over the step's phrases (``Rule.control``; recordings of
the controls said are needed to move it), the gap under which two phrases are asked
again rather than told apart (``Rule.apart``) and how much better the speech's length must
fit the best of two such phrases for them to be told apart all the same
(``Rule.apart_length``). With the control guard on (``[speech] synth_guard``, as the runtime
has it), each recording in doubt is laid against the robot's renderings of the best control
and the best phrases (``synthesis.Renderings``): a control the answer sounds less like than
the step's best phrase is not heard, whatever its margin, as in a session."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from itertools import product
from pathlib import Path

from valkky.engine.session import CONTROL_PHRASES, control_action
from valkky.errors import ConfigError
from valkky.judge.normalise import normalise
from valkky.speech.asr import frame_loudness, voiced_frames_seconds, voiced_spans
from valkky.speech.audio import read_wav, resample
from valkky.speech.scoring import (
    CLEAR,
    Distances,
    Features,
    PhraseScorer,
    Rule,
    RuleFit,
    Scores,
    controls_to_score,
    fit_bias,
    fit_cut,
    fit_rule,
    guarded,
    is_control,
    length_feature,
    likeness,
    most_evident,
    sounds_unlike,
    split,
    told_apart,
    weigh,
    written,
)

OTHERS = 4  # phrases scored beside the right one (and instead of it)
CALIBRATED = ("cohort", "alike", "length", "over_controls", "lift")  # the weights refitted
# the values tried for each (five weights: 5⁵ combinations, seconds on 200 trials)
CALIBRATED_VALUES = (0.0, 1.0, 2.0, 4.0, 8.0)
# Then where the forced decoding lays the phrase (round 15), the two weights together
# with the others kept, the picks made again for each pair (a sixth and seventh weight in
# ``fit_rule`` would be 5⁷ combinations, minutes): only the pair tells (docs/speech.md)
COVERAGE = ("covered", "landed")


@dataclass(frozen=True)
class Trial:
    file: str
    said: str
    on_list: bool
    best: str | None
    score: float  # the best phrase's mean log-probability a token
    margin: float  # best − the free transcription
    cohort: float  # best − the best cohort phrase
    alike: float  # how much Whisper's own transcription looks like the best phrase, 0–100
    length: float  # −|log(the recording's length / the best phrase's)| (scoring.Features)
    over_controls: float  # best − the best of the learner's controls
    lift: float = 0.0  # best − its score on silence (scoring.Features.lift)
    # the best of the learner's controls − the best of the phrases: a control said should
    # be over ``Rule.control``, anything else under it (on the list only; else 0.0)
    control: float = 0.0
    # on the list: the best phrase − the next (picked right) or − the one said (picked
    # wrong): what ``Rule.apart`` weighs; else 0.0
    gap: float = 0.0
    # on the list: the best phrase − the best of the others that look more like the free
    # transcription than it does (what ``Rule.alike_apart`` weighs); None: no such phrase
    alike_gap: float | None = None
    # on the list: how much better the speech's length fits the best phrase than the one
    # ``gap`` is measured against (what ``Rule.apart_length`` weighs); else 0.0
    length_gap: float = 0.0
    # on the list: the phrase ``gap`` is measured against looks more like the free
    # transcription than the best (then ``Rule.alike_apart`` weighs the gap, not ``apart``)
    other_alike: bool = False
    # where the forced decoding put the best phrase against the speech, less 1
    # (``scoring.Features.covered`` and ``landed``)
    covered: float = 0.0
    landed: float = 0.0
    # the control guard (``scoring.sounds_unlike``): the answer sounds less like the robot
    # saying the best control than saying the best phrase, so no control is heard over it
    # whatever its margin (False where not measured: the guard off, or taken outright)
    unlike: bool = False
    # the apart guard (``scoring.told_apart``): on the list, the answer sounds more like the
    # robot saying the best phrase than saying any other phrase of the list, so no phrase
    # scored close asks it again (False where not measured)
    told_apart: bool = False

    @property
    def features(self) -> Features:
        return Features(self.score, self.margin, self.cohort, self.alike / 100, self.length,
                        self.over_controls, self.lift, self.covered, self.landed)

    @property
    def right(self) -> bool:
        if is_control(self.said):  # heard when a control doing what was asked wins
            return self.on_list and self.control >= 0 and not self.unlike and \
                self.best is not None and control_action(self.best) == control_action(self.said)
        return self.on_list and normalise(self.best or "") == normalise(self.said)


def read_labels(folder: Path) -> list[tuple[Path, str]]:
    labels = folder / "labels.txt"
    if not labels.is_file():
        raise ConfigError(f"{folder} has no labels.txt (one 'FILE<TAB>phrase said' a line)")
    out = []
    for n, line in enumerate(labels.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, sep, said = line.partition("\t")
        if not sep or not said.strip():
            raise ConfigError(f"{labels}:{n}: expected 'FILE<TAB>phrase said'")
        if not (folder / name).is_file():
            raise ConfigError(f"{labels}:{n}: no such recording {name}")
        out.append((folder / name, said.strip()))
    if len({normalise(s) for _, s in out if not is_control(s)}) <= OTHERS:
        raise ConfigError(f"{labels}: needs recordings of at least {OTHERS + 1} different "
                          "phrases (besides the controls)")
    return out


@dataclass(frozen=True)
class Scored:
    """One recording scored once (``trials``), to be tried by any rule: what was said,
    the phrases it is tried among on the list (``on``) and off it (``others``)."""

    file: str
    said: str
    on: tuple[str, ...]
    others: tuple[str, ...]
    scores: Scores


class Trials(list[Trial]):
    """The trials of ``trials``, with the scores they were made from (``scored``): a
    fitted rule picks otherwise in doubt, and ``by`` tries them again with it."""

    def __init__(self, made: Sequence[Trial], scored: Sequence[Scored]):
        super().__init__(made)
        self.scored = list(scored)

    def by(self, rule: Rule) -> Trials:
        return Trials([t for s in self.scored for t in tried(s, rule)], self.scored)


def trials(scorer: PhraseScorer, labelled: Sequence[tuple[Path, str]], *, seed: int = 1,
           progress: Callable[[int, int], None] | None = None,
           rule: Rule | None = None, distances: Distances | None = None) -> Trials:
    """Each recording scored once among what was said (unless it is a control) and four
    other phrases of the folder, with the learner's controls, the cohort and the free
    transcription; tried as an answer on the list and, by the best of the others, off it.
    A control said is tried on the list only: the step's phrases are the four others. In
    doubt (under ``rule.clear``) the phrase tried is the one ``rule`` (the defaults without
    it) finds the most evidence for, as the runtime picks it (``scoring.most_evident``).
    With ``distances`` (the control guard on), a recording in doubt is measured against the
    renderings of the best control and of the best phrase on and off the list (whatever the
    control's margin: a refit moves it), so that its trials know whether the guard holds,
    and against every phrase on the list, so that they know where the apart guard does."""
    import numpy as np

    phrases = sorted({s for _, s in labelled if not is_control(s)}, key=normalise)
    controls = [written(c) for c in CONTROL_PHRASES]
    rng = random.Random(seed)
    scored = []
    for i, (path, said) in enumerate(labelled):
        samples, rate = read_wav(path)
        audio = np.asarray(resample(samples, rate))
        frames = frame_loudness(audio)
        others = rng.sample([p for p in phrases if normalise(p) != normalise(said)], OTHERS)
        on = others if is_control(said) else [said, *others]
        table = {written(p): p for p in on}
        scores = replace(scorer.score(audio, list(table), later=controls,
                                      rivals=split(table).cohort,
                                      pick_later=lambda free, opening: controls_to_score(
                                          free, controls, opening)),
                         seconds=voiced_frames_seconds(frames), voiced=voiced_spans(frames))
        if distances is not None and scores.encoded is not None:  # in doubt: the guard's
            scores = replace(scores, synth=distances(scores.encoded, audio, _guarded(
                scores, [written(p) for p in on], [written(p) for p in others])))
        scores = replace(scores, encoded=None)  # not kept per recording (≈ 0.4 MB each)
        # on silence: the phrases and the best control, as the runtime asks them
        silent = [*table, max((p for p, _ in scores.phrases if p in controls),
                              key=dict(scores.phrases).__getitem__)]
        scores = replace(scores, priors=tuple(zip(silent, scorer.prior(silent), strict=True)))
        scored.append(Scored(path.name, said, tuple(on), tuple(others), scores))
        if progress:
            progress(i + 1, len(labelled))
    rule = rule or Rule()
    return Trials([t for s in scored for t in tried(s, rule)], scored)


def _guarded(scores: Scores, on: Sequence[str], others: Sequence[str]) -> list[str]:
    """The phrases the guards compare, as ``whisper.score_answer`` does: the best control
    and the best-scoring phrase off the list (the control guard), every phrase on it (the
    control guard's best and the apart guard's: here any two phrases may be close)."""
    scored = dict(scores.phrases)
    top = max((p for p in scored if is_control(p)), key=scored.__getitem__)
    return list(dict.fromkeys([top, *on, *([max(others, key=scored.__getitem__)]
                                           if others else [])]))


def tried(recording: Scored, rule: Rule) -> list[Trial]:
    """A recording's trials (on the list and, unless a control was said, off it), its
    phrase picked in doubt by ``rule`` as the runtime picks it."""
    scores, said = recording.scores, recording.said
    scored = dict(scores.phrases)  # the controls as the runtime scores them
    top_control = max((p for p in scored if is_control(p)), key=scored.__getitem__)
    control_said = is_control(said)
    tries = ((True, recording.on),) if control_said else (
        (True, recording.on), (False, recording.others))
    out = []
    for on_list, among in tries:
        ranked = sorted(among, key=lambda p: scored[written(p)], reverse=True)
        best, first = ranked[0], scored[written(ranked[0])]
        value = first
        f = weigh(scores, written(best), value)  # the controls are known by name
        shown = {written(p): p for p in among}
        seen = replace(scores, phrases=tuple(
            x for x in scores.phrases if x[0] in shown or is_control(x[0])))
        if not control_said and value < rule.clear:
            pick, value, f = most_evident(seen, shown, rule, (written(best), value, f))
            best = shown[pick]
        # the best control − the best of the step's phrases, as ``best_phrase`` weighs it
        control = scored[top_control] - first
        unlike = sounds_unlike(dict(scores.synth), top_control, written(ranked[0]))
        if unlike and control >= rule.control:  # ``scoring.guard_holds``, from what is known here
            f = guarded(f)  # as ``scoring.decide``: the control weighs nothing against it
        # as ``scoring.decide``: a phrase scored close does not ask again where the
        # renderings tell the best from every other phrase of the list
        told = on_list and not control_said and told_apart(
            dict(scores.synth), written(best), [written(p) for p in among if p != best])
        other = None  # the phrase the gap is measured against
        if control_said:  # heard as the control it is, or as one of the phrases
            best = top_control
        elif normalise(best) == normalise(said):
            other = next((p for p in ranked if p != best), None)
        elif on_list:
            other = said
        gap = value - scored[written(other)] if other else 0.0
        length_gap = f.length - length_feature(scores.seconds, written(other)) \
            if other else 0.0
        alike_gap = None
        mine = likeness(scores.free, written(best))
        other_alike = bool(other) and likeness(scores.free, written(other or "")) > mine
        if on_list and not control_said:  # what the rule's alike_apart weighs
            more_alike = [scored[written(p)] for p in among if p != best
                          and likeness(scores.free, written(p)) > mine]
            alike_gap = value - max(more_alike) if more_alike else None
        # unrounded, so that a fit's cut falls where a session's evidence does
        out.append(Trial(recording.file, said, on_list, best, f.best, f.margin, f.cohort,
                         100 * f.alike, f.length, f.over_controls, f.lift,
                         control if on_list else 0.0, gap, alike_gap, length_gap,
                         other_alike, f.covered, f.landed, unlike, told))
    return out


def shown(t: Trial) -> dict[str, object]:
    """A trial as ``valkky calibrate-asr --json`` prints it: its figures rounded."""
    return {k: round(v, 1 if k == "alike" else 3) if isinstance(v, float) else v
            for k, v in asdict(t).items()}


def rates(results: Sequence[Trial], rule: Rule) -> tuple[float, float]:
    """(right answers kept, others let through) with ``rule``: a right answer is kept
    where the rule takes it and no control won over it in doubt by ``rule.control`` that
    the answer sounds no less like (the control guard, where measured). An answer off the
    list is counted let through wherever the rule takes its best phrase, a control won or
    not (the share a fit caps)."""
    on = [t for t in results if t.on_list and not is_control(t.said)]
    off = [t for t in results if not t.on_list]
    right = sum(1 for t in on if t.right and rule.accepts(t.features) and (
        t.score >= rule.clear or t.control < rule.control or t.unlike))
    return right / max(1, len(on)), sum(1 for t in off if rule.accepts(t.features)) / max(
        1, len(off))


def fit(results: Sequence[Trial]) -> RuleFit:
    """The rule's weights (``fit_rule``) on the answers, and its control margin and gap
    (``fit_control``, ``fit_apart``, ``fit_alike_apart``, ``fit_apart_length``) on the
    same trials. Trials made by ``trials`` are tried again with the fitted weights, and
    the bias set again on those picks (``scoring.fit_bias``), before the rest is fitted
    and the shares kept and let through are counted: in doubt the rule picks the phrase
    it finds the most evidence for, so other weights pick otherwise."""
    found = fit_rule(*_labelled(results), weighed=CALIBRATED, values=CALIBRATED_VALUES)
    # the coverage's pair of weights with the others kept, each pair's bias set again on
    # its own picks (``fit_bias``): the cap on answers let through holds on them. A pick
    # hangs on the weights alone (the bias moves every phrase's evidence alike), so the
    # pair's picks are the final ones
    best: tuple[float, RuleFit, Sequence[Trial]] | None = None
    for pair in product(CALIBRATED_VALUES, repeat=len(COVERAGE)):
        rule = replace(found.rule, **dict(zip(COVERAGE, pair, strict=True)))
        picked = results.by(rule) if isinstance(results, Trials) else results
        got = fit_bias(rule, *_labelled(picked))
        if best is None or got.cut.accepted > best[0] + 1e-12:  # the smaller on a tie
            best = (got.cut.accepted, got, picked)
    assert best is not None
    _, found, results = best
    apart, alike_apart = fit_apart(results), fit_alike_apart(results)
    rule = replace(found.rule, control=fit_control(results), apart=apart,
                   alike_apart=alike_apart,
                   apart_length=fit_apart_length(results, apart, alike_apart))
    kept, through = rates(results, rule)
    return RuleFit(rule, replace(found.cut, accepted=kept, false_accepts=through))


def _labelled(results: Sequence[Trial]) -> tuple[list[tuple[Features, bool]],
                                                 list[Features]]:
    """The answers' features, as ``fit_rule`` takes them: on the list (and whether the
    phrase picked was the one said), off it."""
    answers = [t for t in results if not is_control(t.said)]
    return ([(t.features, t.right) for t in answers if t.on_list],
            [t.features for t in answers if not t.on_list])


def fit_control(results: Sequence[Trial], *, default: float = Rule().control) -> float:
    """The margin a control needs over the step's best phrase: the cut that hears the most
    controls said while taking the fewest right answers in doubt for a control (a control
    is scored only then). The margin decides only where the control guard lets a control
    be heard: a recording the answer of which sounds less like the control than like the
    step's best phrase (``Trial.unlike``) is left out. Without recordings of both,
    ``default``."""
    said = [t.control for t in results if t.on_list and is_control(t.said) and not t.unlike]
    answers = [t.control for t in results if t.on_list and not is_control(t.said)
               and t.score < CLEAR and not t.unlike]
    if not said or not answers:
        return default
    return fit_cut(said, answers)


def _in_doubt(results: Sequence[Trial]) -> list[Trial]:
    """Answers on the list, not a control, scored under the doubt line."""
    return [t for t in results if t.on_list and not is_control(t.said) and t.score < CLEAR]


def _may_be_close(results: Sequence[Trial]) -> list[Trial]:
    """The answers in doubt a phrase scored close could ask again: not those the apart
    guard tells apart (``Trial.told_apart``), whatever their gap."""
    return [t for t in _in_doubt(results) if not t.told_apart]


def fit_apart(results: Sequence[Trial], *, default: float = Rule().apart) -> float:
    """The gap under which an answer in doubt is asked again rather than judged: the cut
    that stops the most wrong picks (the best phrase over the one said by less) while
    asking again the fewest right ones (over the next by less). In the runtime it applies
    between an accepted answer and a foreseen mistake, the phrases that sound alike; here
    between any two phrases of the folder. Without wrong picks in doubt, ``default``."""
    doubt = _may_be_close(results)
    wrong = [t.gap for t in doubt if not t.right]
    right = [t.gap for t in doubt if t.right]
    if not wrong or not right:
        return default
    # never under 0: a pick outscored by the other (a negative gap: picked for its
    # evidence) is asked again whatever ``apart`` (``scoring.too_close``)
    return max(0.0, fit_cut(right, wrong))


def fit_alike_apart(results: Sequence[Trial], *, default: float = Rule().alike_apart) -> float:
    """The gap under which an answer in doubt is asked again when another phrase looks
    more like Whisper's own transcription than the best does: the cut that stops the most
    wrong picks so placed while asking again the fewest right ones. Without both,
    ``default``."""
    doubt = _may_be_close(results)
    wrong = [t.alike_gap for t in doubt if not t.right and t.alike_gap is not None]
    right = [t.alike_gap for t in doubt if t.right and t.alike_gap is not None]
    if not wrong or not right:
        return default
    return max(0.0, fit_cut(right, wrong))


def fit_apart_length(results: Sequence[Trial], apart: float, alike_apart: float, *,
                     default: float = Rule().apart_length) -> float:
    """How much better the speech's length must fit the best phrase than one scored close
    to it for the two to be told apart: the cut that keeps the most right picks so close
    (their length fits the best better) while taking the fewest wrong ones. Close as the
    runtime (``scoring.too_close``) counts it: within ``apart``, or within ``alike_apart``
    when the other looks more like Whisper's own transcription. Never under 0: a negative
    value would also tell apart phrases of the same length, the vowel slips ``apart`` is
    for. Without both, ``default``."""
    close = [t for t in _may_be_close(results) if t.gap >= 0  # outscored: asked again anyway
             and (t.gap < apart or (t.other_alike and t.gap < alike_apart))]
    wrong = [t.length_gap for t in close if not t.right]
    right = [t.length_gap for t in close if t.right]
    if not wrong or not right:
        return default
    return max(0.0, fit_cut(right, wrong))
