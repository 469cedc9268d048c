"""`valkky calibrate-asr DIR`: refit Whisper's rule (``scoring.Rule``) on a deployment's
own recordings. DIR holds WAVs and ``labels.txt``, one ``FILE<TAB>phrase said`` a line
(recorded with the learners' consent). Each recording is scored once, among phrases that
include what was said and the cohort: as an answer on the list (its phrase should be
picked and kept) and, by the best of the other phrases, as one off the list (it should be
rejected). The weights that keep the most right answers while letting at most 3 % of the
others through are printed, with the settings to use them."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from valkky.errors import ConfigError
from valkky.judge.normalise import normalise
from valkky.speech.audio import read_wav, resample
from valkky.speech.scoring import (
    Features,
    PhraseScorer,
    Rule,
    RuleFit,
    fit_rule,
    split,
    weigh,
    written,
)

OTHERS = 4  # phrases scored beside the right one (and instead of it)


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

    @property
    def features(self) -> Features:
        return Features(self.score, self.margin, self.cohort, self.alike / 100)

    @property
    def right(self) -> bool:
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
    if len({normalise(s) for _, s in out}) <= OTHERS:
        raise ConfigError(f"{labels}: needs recordings of at least {OTHERS + 1} different "
                          "phrases")
    return out


def trials(scorer: PhraseScorer, labelled: Sequence[tuple[Path, str]], *, seed: int = 1,
           progress: Callable[[int, int], None] | None = None) -> list[Trial]:
    import numpy as np

    phrases = sorted({s for _, s in labelled}, key=normalise)
    rng = random.Random(seed)
    out = []
    for i, (path, said) in enumerate(labelled):
        samples, rate = read_wav(path)
        audio = np.asarray(resample(samples, rate))
        others = rng.sample([p for p in phrases if normalise(p) != normalise(said)], OTHERS)
        on = [said, *others]
        table = {written(p): p for p in on}
        # every phrase on an equal footing here (a control said is scored as any other)
        scores = scorer.score(audio, list(table), rivals=split(table).cohort)
        scored = dict(scores.phrases)
        for on_list, among in ((True, on), (False, others)):
            best = max(among, key=lambda p: scored[written(p)])
            f = weigh(scores, written(best), scored[written(best)])
            out.append(Trial(path.name, said, on_list, best, round(f.best, 3),
                             round(f.margin, 3), round(f.cohort, 3), round(100 * f.alike, 1)))
        if progress:
            progress(i + 1, len(labelled))
    return out


def rates(results: Sequence[Trial], rule: Rule) -> tuple[float, float]:
    """(right answers kept, others let through) with ``rule``."""
    on = [t for t in results if t.on_list]
    off = [t for t in results if not t.on_list]
    right = sum(1 for t in on if t.right and rule.accepts(t.features))
    return right / max(1, len(on)), sum(1 for t in off if rule.accepts(t.features)) / max(
        1, len(off))


def fit(results: Sequence[Trial]) -> RuleFit:
    return fit_rule([(t.features, t.right) for t in results if t.on_list],
                    [t.features for t in results if not t.on_list])
