"""What the judge works with: its settings, an answer as the rules see it (``Case``), a rule,
and the judgement it gives.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import Any

from valkky.judge import finnish, sizes
from valkky.judge.normalise import canonical, normalise

# A learner's answer is a sentence or two. Longer ones are refused before any comparison
# (reason "too_long"): the word alignment costs the product of the two answers' word
# counts, so 4000 words took 1.3 GB; capped, no answer costs more than a millisecond or
# two. Digits count as the words they become ("12" is "kaksitoista"). Lint refuses an
# accepted answer over the cap: it could never be said.
MAX_ANSWER_CHARS = 300


MAX_ANSWER_WORDS = 40


@dataclass(frozen=True)
class Settings:
    """Every threshold the judge uses, in one place."""

    extra_words: int = 2  # words more on a right answer of two or more words
    extra_with_answer: int = 3  # words more around an accepted answer said whole
    mistake_closeness: float = 75.0  # a foreseen mistake at least this close (0..100)…
    # …and closer than any accepted answer is that mistake
    candidate_window: float = 15.0  # compared word by word: answers this near the closest
    candidates: int = 4  # and at most this many
    align_gap: float = 0.55  # pairing two words beats skipping both only when they are alike
    typo_long_word: int = 8  # from this many letters a typo may be two letters off
    almost_score: tuple[float, float] = (0.5, 0.95)
    wrong_score_max: float = 0.45


SETTINGS = Settings()


@dataclass(frozen=True)
class Detail:
    """What exactly was off, for specific feedback."""

    expected: str  # the accepted word (or whole answer) concerned
    heard: str
    letter: str | None = None  # 'u' in tuli ~ tuuli, 'k' in kuka ~ kukka, 'ä' in ampari
    long: bool | None = None  # the expected word has the long/double/front one
    # other slips in the same word: (reason, letter, long), as kyla for kyllä has two
    also: tuple[tuple[str, str | None, bool | None], ...] = ()
    # a slip of form its own sentence shows (form_slips): heard is the word, expected its
    # right form where the judge can make it, else ""
    in_sentence: bool = False


@dataclass(frozen=True)
class Judgement:
    verdict: str  # correct | almost | wrong | silence
    reason: str | None
    score: float  # 0..1
    closest: str | None  # the accepted answer as the trainer wrote it
    heard: str  # the normalised answer
    detail: Detail | None = None
    matched: str | None = None  # the foreseen wrong answer or other option that matched
    rule: str | None = None  # the rule that decided
    trace: tuple[str, ...] = ()  # with explain=True: each rule tried, and why


@dataclass
class Case:
    """One answer as the rules see it."""

    heard: str  # normalised, the lexicon applied
    words: list[str]
    accepted: list[tuple[str, str]]  # (as written, normalised)
    keywords: Sequence[str]
    mistakes: Mapping[str, str]  # foreseen answer → its verdict (wrong or almost)
    options: Sequence[str]
    strict: frozenset[str]
    settings: Settings
    negative: bool
    closest: str | None = None
    closeness: float = 0.0
    notes: list[str] | None = None  # explain: what the rules found
    open_question: bool = False  # any answer in Finnish words is right
    topics: tuple[str, ...] = ()  # …that names one of these, where given
    said: str = ""  # the answer normalised, as a judgement shows it
    written: str = ""  # the answer as given, its commas and full stops kept
    names: frozenset[str] = frozenset()  # proper names said (Ahmed): no slip of a word
    min_sentences: int = 0  # the length the step asks for (sentences: N)
    rule: str | None = None  # the rule being tried, which a judgement names
    unsafe: frozenset[str] = frozenset()  # the mistakes whose reply calls them unsafe ("Ei!")
    # the mistakes whose reply wants their deed done too ("Kerro myös…", "Sitten soita…")
    later: frozenset[str] = frozenset()
    then_deed: str = ""  # the deed the question says comes after the asked one (later_deed)
    situation: str = ""  # what the step's question tells ("Lava on rikki. Mitä teet?")

    @property
    def first(self) -> str | None:
        return self.accepted[0][0] if self.accepted else None

    def on(self, rule: str) -> bool:
        return rule not in self.strict

    @property
    def repeat(self) -> bool:
        """A repeat step: the model's own words are practised, and a word said for another
        is a try at it (``another_word`` off, as lesson/loader.REPEAT_STRICT has it)."""
        return "another_word" in self.strict

    def note(self, text: str) -> None:
        if self.notes is not None:
            self.notes.append(text)

    def best(self, candidates: Sequence[str]) -> tuple[str | None, float]:
        return self.best_of(self.heard, candidates)

    @staticmethod
    def best_of(heard: str, candidates: Iterable[str]) -> tuple[str | None, float]:
        """The candidate nearest ``heard``, and how near (0..100)."""
        ratio = fuzz_module().ratio
        scored = [(c, ratio(heard, n)) for c in candidates if (n := normalised(c))]
        return max(scored, key=lambda x: x[1]) if scored else (None, 0.0)

    def judgement(self, verdict: str, reason: str | None = None, *, closest: str | None = None,
                  detail: Detail | None = None, matched: str | None = None) -> Judgement:
        closest = closest or self.closest or self.first
        if verdict == "correct":
            score = 1.0
        elif verdict == "almost":
            low, high = self.settings.almost_score
            score = round(min(high, max(low, low + (high - low) * self.closeness / 100)), 3)
        elif verdict == "wrong":
            score = 0.0 if reason == "dont_know" else \
                round(min(self.settings.wrong_score_max,
                          self.closeness / 100 * self.settings.wrong_score_max), 3)
        else:
            score = 0.0
        return Judgement(verdict, reason, score, closest, self.said, detail, matched, self.rule)


@dataclass(frozen=True)
class Rule:
    """One thing a trainer listens for. ``check`` returns the judgement when it matches."""

    name: str
    matches: str  # what it matches, in words (docs, `valkky check --explain`)
    verdict: str  # the verdict it gives ("by word" for the word-by-word comparison)
    reason: str | None
    check: Callable[[Case], Judgement | None]
    # (answer, accepted answers, verdict, reason[, the step's other judge() arguments:
    # keywords, mistakes, options, strict, open]): decided by this rule (tests run them)
    examples: tuple[tuple[Any, ...], ...] = ()
    switchable: bool = True  # a step may switch it off (strict: [name])
    # what the step must have for the rule to match at all (judge() tries it only then):
    # "keywords", "other_options", "wrong_answers", "open_question", or "kept order"
    # (strict: [word_order])
    needs: str | None = None


@lru_cache(maxsize=sizes.ANSWERS)
def normalised(text: str) -> str:
    """Normalised, with the lexicon's units, short words and phrases said in full."""
    return canonical(normalise(text))


@lru_cache(maxsize=sizes.STEPS)
def told_bases(text: str) -> frozenset[str]:
    """The base forms of ``text``'s words, normalised: what a step's question (or an
    accepted answer) says, for the rules that ask whether a word is the step's own (made
    once a text, not once an answer)."""
    return frozenset(b for w in normalised(text).split() for b in finnish.base_forms(w))


def comma_cuts(words: Sequence[str], written: str) -> set[int]:
    """Where the commas (and full stops) of ``written`` fall in ``words``, where its parts,
    read as the judge reads them, give ``words``; none where they do not."""
    chunks = [normalised(p).split() for p in re.split(r"[,;.!?]", written or "")]
    chunks = [ch for ch in chunks if ch]
    if [w for ch in chunks for w in ch] != list(words):
        return set()
    cuts, at = set(), 0
    for ch in chunks[:-1]:
        at += len(ch)
        cuts.add(at)
    return cuts


def written_with_cuts(words: Sequence[str], cuts: set[int]) -> str:
    """``words`` written with a comma at each of ``cuts``: the text a case made of other
    words is given, so that ``comma_cuts`` finds its commas where they were."""
    return " ".join(f", {w}" if k in cuts else w for k, w in enumerate(words)).lstrip(", ")


@lru_cache(maxsize=1)
def fuzz_module() -> ModuleType:
    """rapidfuzz.fuzz, imported on first use (`valkky --help` stays light)."""
    from rapidfuzz import fuzz

    return fuzz
