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
from valkky.speech.scoring import Fit, PhraseScorer, decide, fit_threshold, written

OTHERS = 4  # phrases scored beside the right one (and instead of it)


@dataclass(frozen=True)
class Trial:
    file: str
    said: str
    on_list: bool
    best: str | None
    margin: float


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
        both = {dict(scores.phrases)[written(p)] for p in others}
        d_on = decide(scores, table)
        best_off = max(both)
        out.append(Trial(path.name, said, True, d_on.best, d_on.margin))
        out.append(Trial(path.name, said, False, None, round(best_off - scores.free_score, 3)))
        if progress:
            progress(i + 1, len(labelled))
    return out


def fit(results: Sequence[Trial]) -> Fit:
    right = [(t.margin, normalise(t.best or "") == normalise(t.said))
             for t in results if t.on_list]
    off = [t.margin for t in results if not t.on_list]
    return fit_threshold(right, off)
