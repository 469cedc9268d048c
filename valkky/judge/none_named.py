"""None said where the story has one: "ei mitään puutu" to "Työkaveri sanoo: Mutterit
loppuivat. Mitä puuttuu?" (set 197, both trainers wrong) says the question's own verb of
nothing at all, where every accepted answer names what it is.

Only where the step asks what or who, some accepted answer says the question's verb, and
no accepted answer says "nothing" or "no one" itself: "en tehnyt mitään" to "Mitä teit
viikonloppuna?" (the answers "olin kotona", "kävin kaupassa") and "ei mitään erikoista"
to "Mitä kuuluu?" (no verb) stay answers of their own.
"""

from __future__ import annotations

import re

from valkky.judge import finnish
from valkky.judge.case import Case, Judgement, normalised
from valkky.judge.normalise import normalise
from valkky.judge.wordsets import NEEDS_A_NO, NEGATIONS

# "nothing", "no one": the pronouns of none, of a thing or a person
_NONE = frozenset(w for w in NEEDS_A_NO if w.startswith(("mi", "ke", "ku")) and
                  not w.startswith(("kumm", "kump")) and w not in ("kukaa", "koskaan", "koskaa"))
_ASKS = frozenset({"mitä", "mikä", "mitkä", "kuka", "ketä", "kenet", "kenelle"})


def none_named(c: Case) -> Judgement | None:
    """Wrong where the answer says the question's verb of none at all, and every accepted
    answer names what or who (module docstring)."""
    said = normalise(c.written or c.heard).split()  # (before the lexicon, whose "ei
    # mitään" is "ei kestä", a courtesy: "kiitos!" — "ei mitään")
    if not c.accepted or _NONE.isdisjoint(said) or NEGATIONS.isdisjoint(said):
        return None
    asked = normalised(_last_question(c.situation)).split()
    if _ASKS.isdisjoint(asked) or any(not _NONE.isdisjoint(n.split()) for _, n in c.accepted):
        return None
    verbs = {b for w in said if w not in NEGATIONS and finnish.is_verb(w)
             for b in finnish.base_forms(w)}
    if not verbs & {b for w in asked for b in finnish.base_forms(w)} or not any(
            verbs & finnish.base_forms(w) for _, n in c.accepted for w in n.split()):
        return None
    c.note("none at all, where every accepted answer names what or who")
    return c.judgement("wrong", closest=c.first)


def _last_question(situation: str) -> str:
    """The situation's last sentence that asks ("Mitä puuttuu?"), or ""."""
    asked = [s for s in re.split(r"(?<=[.!?])\s+", situation.strip()) if s.endswith("?")]
    return asked[-1] if asked else ""
