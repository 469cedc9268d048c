"""The listener told to do it alone where the step offers help (set 59, both trainers:
"nouskaa ite vaan" to a resident who wants to get up, where the step's answers say
"autanko teitä nousemaan", "noustaan yhdessä"): no offer at all, the other thing said —
wrong, however near its verb is the step's ("nouskaa" beside "noustaan").

Only a command or a "you" form with "yksin" or "itse" said positively (not "älkää nousko
yksin", "ette nouse yksin": the safe words), where the step's answers offer help or doing
it together and none of them says "yksin" or "itse" (a step that teaches doing a thing
oneself keeps its own words).
"""

from __future__ import annotations

from valkky.judge import finnish
from valkky.judge.case import Case, Judgement
from valkky.judge.deed_words import steps_words
from valkky.judge.wordsets import NEGATIONS, ON_ONES_OWN, PROHIBITIVE

# what the step's answers say when they offer help or doing a thing together
_OFFERS = frozenset({"auttaa", "apu", "yhdessä", "avustaa"})


def alone_told(c: Case) -> Judgement | None:
    """Wrong where the answer tells the listener to do it alone or themselves, and the
    step's answers offer help (module docstring)."""
    at = next((i for i, w in enumerate(c.words) if w in ON_ONES_OWN), None)
    if at is None or c.options:
        return None
    said = steps_words(c)
    if said.isdisjoint(_OFFERS) or not said.isdisjoint(ON_ONES_OWN):
        return None
    before = c.words[:at]
    if not (NEGATIONS.isdisjoint(before) and PROHIBITIVE.isdisjoint(before)) or \
            not any(_to_you(w) for w in c.words):
        return None
    c.note(f"'{c.words[at]}': the listener told to do it alone, where the step offers help")
    return c.judgement("wrong", "negation")


def _to_you(word: str) -> bool:
    """``word`` is a command or a verb of "you" ("nouskaa", "nouse", "nouset")."""
    return any(a.get("CLASS") == "teonsana" and (
        a.get("MOOD") == "imperative" or a.get("PERSON") == "2")
        for a in finnish.analyses(word))
