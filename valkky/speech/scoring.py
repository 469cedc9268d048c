"""Which of a step's phrases was said: the decision rule, pure (scores in, verdict out).

Whisper base cannot transcribe Finnish well enough to judge (word error rate 84–166 % on
learners' answers), but it can tell which of a handful of phrases an answer is: each
candidate is force-decoded against the audio and scored as the mean log-probability of
its tokens (end-of-text included). The best one is what was heard, unless it scores far
below Whisper's own free transcription of the same audio: then the learner said something
else, and the robot asks again rather than judge it. The scorer itself (Whisper) is an
adapter at the edge, ``valkky.speech.whisper``; tests drive this rule with a fake one.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from valkky.engine.phrases import AGAIN, HELP, NUMBERS, ORDINALS, SLOWER
from valkky.events import Prompt
from valkky.judge.normalise import SPOKEN, normalise
from valkky.judge.verdict import FRAME_WORDS

# best − free below this (nats a token) is rejected; a deployment re-fits it on its own
# learners (`valkky calibrate-asr`). A second, text-level check: a best phrase that scores
# somewhat below the free transcription (under DOUBT_MARGIN) is also rejected when that
# transcription does not even look like it (rapidfuzz ratio under UNLIKE, 0–100). The
# three were chosen together on two synthetic espeak-ng sets of different voices (215
# answers; the free transcription greedy and cut where it loops), in the middle of the
# range that kept the most right answers with at most 3 % of the others let through, and
# checked on a third set of voices nothing was chosen on (docs/speech.md, benchmarks).
REJECT_MARGIN = -3.1
DOUBT_MARGIN = -1.45
UNLIKE = 45.0
FRAMED_UP_TO = 1  # answers of this many words are also scored framed: "se on moppi"
# A choose step's options may be named in many ways (engine/phrases.py); each phrase costs
# decoding time, so Whisper scores the option, its number ("kaksi", "numero kaksi") and
# the plain ordinal ("toinen"), not these rarer names.
_RARE_OPTION_NAMES = frozenset(
    [*(f"vaihtoehto {n}" for n in NUMBERS), *(o for forms in ORDINALS for o in forms[1:])])
# The learner's controls ("toista", "hitaammin", …), which a session adds to every step's
# phrases: 14 of them doubled Whisper's scoring time and let them outscore right answers
# (held out: 86.7 % → 80.0 % accepted). So they are scored as written only (never framed,
# no spoken variant) and only when the step's own phrases leave the answer in doubt.
_CONTROLS = frozenset(normalise(p) for p in (*AGAIN, *SLOWER, *HELP))
_SPOKEN_OF: dict[str, str] = {}
for _spoken, _standard in SPOKEN.items():
    if len(_spoken) <= len(_standard):  # everyday shortenings (mä, kaks), not "ovat" → on
        _SPOKEN_OF.setdefault(_standard, _spoken)


@dataclass(frozen=True)
class Scores:
    """A scorer's account of one answer: each phrase's mean log-probability per token, and
    the free transcription with its score measured the same way."""

    phrases: tuple[tuple[str, float], ...]
    free: str
    free_score: float


class PhraseScorer(Protocol):
    def score(self, audio: Any, phrases: Sequence[str], *,
              free_if_best_below: float | None = None, later: Sequence[str] = ()) -> Scores:
        """``audio``: 16 kHz mono int16 samples of the answer. With
        ``free_if_best_below``, the free transcription may be skipped (``free`` "" and
        ``free_score`` 0.0, the most it could be) when the best phrase scores at least
        that: then no rejection rule can fire, whatever it would have been. ``later``
        phrases (the learner's controls) are scored too, only when the free transcription
        is needed: an answer clearly one of ``phrases`` is none of them."""
        ...


@dataclass(frozen=True)
class Decision:
    heard: str  # the lesson's phrase that was said, or the free transcription if rejected
    confidence: float  # 0..1; under 0.5 exactly when rejected
    rejected: bool
    margin: float  # best − free, nats a token
    best: str | None  # the lesson's phrase that scored best, rejected or not


def written(phrase: str) -> str:
    """A phrase as Whisper writes text: "se on moppi" → "Se on moppi."."""
    text = " ".join(phrase.split())
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def _spoken_variant(phrase: str) -> str | None:
    """The phrase with its words in their everyday spoken forms (minä → mä), if any."""
    words = normalise(phrase).split()
    spoken = [_SPOKEN_OF.get(w, w) for w in words]
    return " ".join(spoken) if spoken != words else None


def is_control(phrase: str) -> bool:
    """Whether a phrase is one of the learner's controls, not the step's own."""
    return normalise(phrase) in _CONTROLS


def candidates(prompt: Prompt) -> dict[str, str]:
    """The phrases to score for a prompt, as Whisper writes them → the lesson's phrase the
    judge gets: accepted answers, keywords, foreseen mistakes, the other options and the
    number forms of a choose step; their spoken forms; and a short answer framed as the
    learner often says it ("se on moppi" for "moppi", which the judge accepts). The
    learner's controls come last, as written only ("Se on toista." is no Finnish)."""
    out: dict[str, str] = {}
    for phrase in (*prompt.expected, *prompt.options):
        words = normalise(phrase).split()
        if not words or is_control(phrase) or (
                prompt.kind == "choose" and phrase in _RARE_OPTION_NAMES):
            continue
        out.setdefault(written(phrase), phrase)
        variant = _spoken_variant(phrase)
        if variant:
            out.setdefault(written(variant), phrase)
        short = len(words) <= FRAMED_UP_TO and words[0] not in FRAME_WORDS
        if short and prompt.kind not in ("repeat", "choose"):  # each costs decoding time
            out.setdefault(written(f"se on {phrase.strip()}"), f"se on {phrase.strip()}")
    for phrase in prompt.expected:
        if is_control(phrase):
            out.setdefault(written(phrase), phrase)
    return out


def without_loop(tokens: Sequence[int]) -> list[int]:
    """Whisper's free transcription up to where it starts looping: Whisper base often
    repeats what it heard ("Kanon mopi! Kanon mopi! Kanon …") until the length limit. A
    loop is nearly free to predict, so it lifts the transcription's mean log-probability
    — the reference a phrase is rejected against — and answers that were right got asked
    again. Cut before a chunk of two or more tokens said again at once, or before the
    second of one token said three times in a row (a word said twice, "hei hei", stays)."""
    n = len(tokens)
    for i in range(1, n):
        for size in range(1, i + 1):
            again = i + size <= n and tokens[i:i + size] == tokens[i - size:i]
            if again and (size >= 2 or (i + 1 < n and tokens[i + 1] == tokens[i])):
                return list(tokens[:i])
    return list(tokens)


def confidence(margin: float, threshold: float = REJECT_MARGIN) -> float:
    """0.5 at the rejection threshold, towards 1 as the margin grows."""
    x = 2.0 * (margin - threshold)
    return 1.0 / (1.0 + math.exp(-x)) if x > -50 else 0.0


def likeness(free: str, phrase: str) -> float:
    """How much Whisper's own transcription looks like a phrase, 0–100."""
    from rapidfuzz import fuzz

    return float(fuzz.ratio(normalise(free), normalise(phrase)))


def decide(scores: Scores, phrases: Mapping[str, str], threshold: float = REJECT_MARGIN,
           *, doubt: float = DOUBT_MARGIN, unlike: float = UNLIKE) -> Decision:
    """The best-scoring phrase, or a rejection when it scores far below the free
    transcription (``threshold``), or somewhat below it (``doubt``) while that
    transcription looks nothing like it (``unlike``). ``phrases`` maps the scored
    (written) forms to the lesson's phrases."""
    if not scores.phrases:
        return Decision(scores.free, 0.0, True, -math.inf, None)
    best, value = max(scores.phrases, key=lambda x: x[1])
    margin = value - scores.free_score
    sure = confidence(margin, threshold)
    rejected = margin < threshold
    if not rejected and margin < doubt:
        alike = likeness(scores.free, best)
        if alike < unlike:
            rejected, sure = True, min(sure, 0.49 * alike / unlike)
    lesson_phrase = phrases.get(best, best)
    return Decision(heard=scores.free if rejected else lesson_phrase,
                    confidence=round(sure, 3), rejected=rejected,
                    margin=round(margin, 3), best=lesson_phrase)


@dataclass(frozen=True)
class Fit:
    threshold: float
    accepted: float  # share of right answers picked and kept
    false_accepts: float  # share of off-list answers that would be judged as a phrase
    right: int
    off_list: int


def fit_threshold(right: Sequence[tuple[float, bool]], off_list: Sequence[float], *,
                  max_false_accepts: float = 0.03) -> Fit:
    """The rejection threshold from labelled trials: ``right`` holds (margin, the best
    phrase was the one said) for answers whose phrase was among the candidates;
    ``off_list`` the margins of answers whose phrase was not. The highest share of right
    answers kept, with at most ``max_false_accepts`` of off-list answers let through;
    when no threshold manages that, the one with the fewest errors overall."""
    if not right or not off_list:
        raise ValueError("need answers both on and off the list of phrases")
    values = sorted({m for m, _ in right} | set(off_list))
    cuts = [values[0] - 0.01, *[v + 1e-6 for v in values]]  # reject below; just above each

    def rates(t: float) -> tuple[float, float]:
        kept = sum(1 for m, ok in right if ok and m >= t) / len(right)
        through = sum(1 for m in off_list if m >= t) / len(off_list)
        return kept, through

    scored = [(t, *rates(t)) for t in cuts]
    within = [s for s in scored if s[2] <= max_false_accepts]
    if within:
        _, kept, through = max(within, key=lambda s: (s[1], -s[2]))
    else:
        _, kept, through = min(scored, key=lambda s: (1 - s[1]) + s[2])
    # of the cuts that do exactly as well, the middle of their range: furthest from both
    same = [s[0] for s in scored if (s[1], s[2]) == (kept, through)]
    lo, hi = min(same), max(same)
    top = next((v for v in values if v > hi), hi)  # the next value up still does as well
    t = (lo + top) / 2 if top > hi else lo
    return Fit(round(t, 3), round(kept, 4), round(through, 4), len(right), len(off_list))
