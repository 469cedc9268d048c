"""The half hour written as one word (issue 12, judge50): "puolikolme" for "puoli kolme".
Normalising reads "puoli" before an hour as the half hour (2.30); joined to its hour it is
no word, and the answer was wrong. Where the answer with the two words apart is right or
nearly, it is that answer with a spacing slip: almost, as a trainer marks a word written
together that Finnish writes apart (numbers written together, "kaksikymmentäviisi", are
Finnish spelling: right as they were)."""

from __future__ import annotations

import re

from valkky.judge.case import Case, Detail, Judgement, fuzz_module, normalised
from valkky.judge.normalise import HOURS, normalise
from valkky.judge.rules import judged_as

_HALF = "puoli"
_JOINED = re.compile(r"^puoli?(\w+)$")  # "puolikolme", spoken "puolkolme"
_HOURS = frozenset(HOURS)


def half_hour_joined(c: Case) -> Judgement | None:
    said = c.said.split()
    at, hour = next(((i, h) for i, w in enumerate(said) if (h := _hour_after_half(w))),
                    (None, ""))
    if at is None:
        return None
    j = judged_as(c, [*said[:at], _HALF, hour, *said[at + 1:]])
    c.note(f"{said[at]} for {_HALF} {hour}: {j.verdict}")
    if j.verdict not in ("correct", "almost"):
        return None
    if j.closest:
        c.closeness = fuzz_module().ratio(c.heard, normalised(j.closest))
    return c.judgement("almost", "typo", closest=j.closest,
                       detail=Detail(f"{_HALF} {hour}", said[at]))


def _hour_after_half(word: str) -> str:
    """The hour (in standard words) a word joins to "puoli" ("puolikolme": kolme), or ""."""
    m = _JOINED.match(word)
    if m is None or not m.group(1).isalpha():
        return ""
    hour = normalise(m.group(1))
    return hour if hour in _HOURS else ""
