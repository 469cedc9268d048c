"""The half hour written as one word (issue 12, judge50): "puolikolme" for "puoli kolme";
also "kello" joined to its time ("kellokymmenen", "kellopuolikolme").
Normalising reads "puoli" before an hour as the half hour (2.30); joined to its hour it is
no word, and the answer was wrong. Where the answer with the two words apart is right or
nearly, it is that answer with a spacing slip: almost, as a trainer marks a word written
together that Finnish writes apart (numbers written together, "kaksikymmentäviisi", are
Finnish spelling: right as they were)."""

from __future__ import annotations

import re

from valkky.judge import finnish
from valkky.judge.case import Case, Detail, Judgement, fuzz_module, normalised
from valkky.judge.normalise import HOURS, normalise
from valkky.judge.number_words import is_number
from valkky.judge.rules import judged_as

_HALF = "puoli"
_JOINED = re.compile(r"^puoli?(\w+)$")  # "puolikolme", spoken "puolkolme"
_HOURS = frozenset(HOURS)
_CLOCK = "kello"
_CLOCK_JOINED = re.compile(r"^kello(\w+)$")  # "kellokymmenen", "kellopuolikolme"


def half_hour_joined(c: Case) -> Judgement | None:
    said = c.said.split()
    at, apart = next(((i, a) for i, w in enumerate(said) if (a := _written_apart(w))),
                     (None, ""))
    if at is None:
        return None
    j = judged_as(c, [*said[:at], *apart.split(), *said[at + 1:]])
    c.note(f"{said[at]} for {apart}: {j.verdict}")
    if j.verdict not in ("correct", "almost"):
        return None
    if j.closest:
        c.closeness = fuzz_module().ratio(c.heard, normalised(j.closest))
    return c.judgement("almost", "typo", closest=j.closest, detail=Detail(apart, said[at]))


def _written_apart(word: str) -> str:
    """The two words a word joins: "puoli kolme" for "puolikolme", "kello kymmenen" for
    "kellokymmenen" (a number after "kello", in any case), or ""."""
    if (hour := _hour_after_half(word)):
        return f"{_HALF} {hour}"
    m = _CLOCK_JOINED.match(word)
    if m is None or not m.group(1).isalpha():
        return ""
    rest = _hour_after_half(m.group(1))
    rest = f"{_HALF} {rest}" if rest else normalise(m.group(1))
    return f"{_CLOCK} {rest}" if rest and _a_time(rest.split()[-1]) else ""


def _a_time(word: str) -> bool:
    """A number in any case: "kellokuudelta" is the same spacing slip as "kellokuusi"."""
    return is_number(word) or any(map(is_number, finnish.base_forms(word)))


def _hour_after_half(word: str) -> str:
    """The hour (in standard words) a word joins to "puoli" ("puolikolme": kolme), or ""."""
    m = _JOINED.match(word)
    if m is None or not m.group(1).isalpha():
        return ""
    hour = normalise(m.group(1))
    return hour if hour in _HOURS else ""
