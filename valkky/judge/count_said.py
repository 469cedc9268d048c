"""A count reported without its "on" (issue 12, judge43): "3 laatikkoa rikki", "joo, kaksi
kappaletta viallisia" where the step accepts "kolme laatikkoa on rikki". A count and its
noun then a fault is a report as said at work, the copula left out; read with it, so the
rules judge the report. Only where an accepted answer says that count, noun and fault with
"on" between them, a count of two or more ("yksi osa rikki" stays almost, as trainers grade
it: short_answers.py; with "yksi", set 6 lost a row), and nowhere else ("lava rikki"); a
count the step does not say is another answer ("kolme hissiä on rikki" beside "hissi on
rikki": tests/judge/test_trial13.py).
"""

from __future__ import annotations

from valkky.judge import finnish
from valkky.judge.number_words import is_number
from valkky.judge.wordsets import FAULTS, NEGATIONS

_FAULTS = FAULTS | {"viallinen", "rikkinäinen"}


def copula_after_count(words: list[str], accepted: tuple[tuple[str, str], ...]) -> list[str]:
    """``words`` with "on" after a count and its noun before a fault, where an accepted
    answer says them so ("kolme laatikkoa on rikki")."""
    at = next((i for i, w in enumerate(words[:-2]) if is_number(w) and w != "yksi"), None)
    if at is None or "on" in words or not NEGATIONS.isdisjoint(words) or \
            any(finnish.is_verb(w) for w in words[at + 2:]) or \
            not any(w in _FAULTS or _FAULTS & finnish.base_forms(w) for w in words[at + 2:]):
        return words  # (the commonest case: no count)
    said = [*words[at:at + 2], "on", *words[at + 2:]]
    n = len(said)
    for _, a in accepted:
        theirs = a.split()
        if any(theirs[i:i + n] == said for i in range(len(theirs) - n + 1)):
            return [*words[:at], *said]
    return words
