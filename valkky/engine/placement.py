"""The rule of a placement lesson (``<profession>-kartoitus``): its questions come in bands
of rising level (A1, then A2, then B1), the learner is placed at the highest band passed,
and the lesson stops as soon as a band is failed: the learner clearly struggles there, and
a higher band could not count. Pure: the session feeds it each final verdict.

docs/lesson-format.md#placement-lessons gives the rule in a trainer's words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from valkky.lesson.model import LEVELS

# An almost with one of these reasons is a slip of sound or spelling: the learner knew the
# word and its form (kylmiössä said "kylmiossa"). Other almosts (a wrong case ending, words
# missing, the wrong order) are what the higher bands measure, so they earn less.
SOUND_SLIPS = ("umlaut", "vowel_length", "double_consonant", "typo")


@dataclass(frozen=True)
class PlacementRule:
    misses_to_stop: int = 3  # wrong or silent answers in one band that fail it at once
    pass_mark: float = 0.7  # the mean credit a band needs to be passed
    slip_credit: float = 0.8  # an almost that is a slip of sound (SOUND_SLIPS)
    form_credit: float = 0.5  # any other almost: the word without its form, words missing


def credit(verdict: str, reason: str | None, rule: PlacementRule) -> float:
    """What one final answer is worth in its band: 1 right, 0 wrong or silent."""
    if verdict == "correct":
        return 1.0
    if verdict == "almost":
        return rule.slip_credit if reason in SOUND_SLIPS else rule.form_credit
    return 0.0


@dataclass
class Placement:
    """The credits earned per band, in the order the bands came."""

    rule: PlacementRule = field(default_factory=PlacementRule)
    credits: dict[str, list[float]] = field(default_factory=dict)

    def add(self, band: str, verdict: str, reason: str | None) -> None:
        self.credits.setdefault(band, []).append(credit(verdict, reason, self.rule))

    def misses(self, band: str) -> int:
        return sum(c == 0.0 for c in self.credits.get(band, ()))

    def passed(self, band: str) -> bool:
        got = self.credits.get(band, [])
        return bool(got) and self.misses(band) < self.rule.misses_to_stop \
            and sum(got) / len(got) >= self.rule.pass_mark

    def failed(self, band: str) -> bool:
        """Failed for good: too many misses, whatever the rest of the band brings."""
        return self.misses(band) >= self.rule.misses_to_stop

    def should_stop(self, band: str, next_band: str | None) -> bool:
        """After an answer in ``band``: stop when the band is failed (too many misses), or
        when it is over (the next question is of another band, or none) and not passed."""
        if self.failed(band):
            return True
        return next_band != band and not self.passed(band)

    def level(self) -> str:
        """The highest band passed with every band below it passed too; A1 if none."""
        placed = LEVELS[0]
        for band in sorted(self.credits, key=_rank):
            if not self.passed(band):
                break
            placed = band
        return placed


def _rank(band: str) -> int:
    return LEVELS.index(band) if band in LEVELS else len(LEVELS)
