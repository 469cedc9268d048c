"""`valkky calibrate-asr DIR`: fit Whisper's rejection threshold on a deployment's own
recordings. DIR holds WAVs and ``labels.txt``, one ``FILE<TAB>phrase said`` a line
(recorded with the learners' consent). Each recording is scored twice: among phrases that
include what was said (it should be picked and kept) and among phrases that do not (it
should be rejected); the threshold that keeps the most right answers while letting at most
3 % of the others through is printed, with the setting to use it."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from valkky.errors import ConfigError
from valkky.judge.normalise import normalise
from valkky.speech.audio import read_wav, resample
from valkky.speech.scoring import (
    DOUBT_MARGIN,
    Fit,
    PhraseScorer,
    decide,
    fit_threshold,
    likeness,
    written,
)

OTHERS = 4  # phrases scored beside the right one (and instead of it)


@dataclass(frozen=True)
class Trial:
    file: str
    said: str
    on_list: bool
    best: str | None
    margin: float
    alike: float  # how much Whisper's own transcription looks like the best phrase, 0–100


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
        scores = scorer.score(audio, list(table))
        scored = dict(scores.phrases)
        d_on = decide(scores, table)
        best_off = max(others, key=lambda p: scored[written(p)])
        out.append(Trial(path.name, said, True, d_on.best, d_on.margin,
                         likeness(scores.free, d_on.best or "")))
        out.append(Trial(path.name, said, False, best_off,
                         round(scored[written(best_off)] - scores.free_score, 3),
                         likeness(scores.free, best_off)))
        if progress:
            progress(i + 1, len(labelled))
    return out


def with_text_check(results: Sequence[Trial], threshold: float,
                    unlike: float) -> tuple[float, float]:
    """(right answers kept, others let through) at ``threshold`` with the text-level
    check at ``unlike`` (see ``scoring.decide``)."""
    def kept(t: Trial) -> bool:
        return t.margin >= threshold and not (t.margin < DOUBT_MARGIN and t.alike < unlike)

    on = [t for t in results if t.on_list]
    off = [t for t in results if not t.on_list]
    right = sum(1 for t in on if kept(t) and normalise(t.best or "") == normalise(t.said))
    return right / max(1, len(on)), sum(1 for t in off if kept(t)) / max(1, len(off))


def fit(results: Sequence[Trial]) -> Fit:
    right = [(t.margin, normalise(t.best or "") == normalise(t.said))
             for t in results if t.on_list]
    off = [t.margin for t in results if not t.on_list]
    return fit_threshold(right, off)
