"""A time of day said beside an answer, other than the step's (issue 12, set 71): "kello
kuusi illalla" for the morning shift's six is another time, wrong; the step's own time
("yöllä" where the story tells of the night, to the "aamuvuoro") is none. Asked by
``compare``'s words more and ``rules.answer_inside``'s words beside an accepted answer."""

from __future__ import annotations

from collections.abc import Sequence

from valkky.judge import finnish
from valkky.judge.case import Case, normalised
from valkky.judge.wordsets import OPPOSITES

_TIMES_OF_DAY = frozenset({"aamu", "ilta", "yö", "päivä"})
# the plural instructive says "every evening", a time of day too ("kello kuusi iltaisin":
# review154); Voikko gives it an adjective's base ("iltainen")
_EVERY = {"aamuisin": "aamu", "iltaisin": "ilta", "öisin": "yö", "päivisin": "päivä"}


def another_time_of_day(c: Case, extra: Sequence[str]) -> tuple[str, str] | None:
    """(the step's time of day, the word more) where a word said more names when, at the
    other time of day than the situation or the closest accepted answer does, alone or as
    a compound's part ("illalla" where the story tells of "aamuvuoro")."""
    times = [(w, b) for w in extra for b in finnish.base_forms(w) & _TIMES_OF_DAY
             if any(case == "ulkoolento" for case, _ in finnish.case_numbers(w))]
    times += [(w, _EVERY[w]) for w in extra if w in _EVERY]
    if not times:  # (when: "illalla"; not a greeting's "hyvää aamua": review153)
        return None
    theirs = [*normalised(c.situation).split(), *(normalised(c.closest or "").split())]
    told = {t: finnish.base_forms(t) | finnish.compound_parts(t) for t in theirs}
    for w, b in times:
        if any(b in parts for parts in told.values()):
            continue  # (the step's own time: "yöllä" where it tells of the night, to the
            # "aamuvuoro")
        for t, parts in told.items():
            if any({b} < pair and pair & parts for pair in OPPOSITES):
                return t, w
    return None
