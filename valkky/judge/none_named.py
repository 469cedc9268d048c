"""None said where the story has one: "ei mitään puutu" to "Työkaveri sanoo: Mutterit
loppuivat. Mitä puuttuu?" (set 197, both trainers wrong) says the question's own verb of
nothing at all, where every accepted answer names what it is.

Only a short answer of one clause, where the step asks what or who, some accepted answer
says the question's verb (no "tehdä", no "olla"), and no accepted answer says "nothing" or
"no one" itself: "en tehnyt mitään" to "Mitä teit viikonloppuna?" and "ei mitään
erikoista" to "Mitä kuuluu?" (no verb) stay answers of their own, as do "mutterit
puuttuu, ei mitään muuta puutu" (nothing else) and "en mene sisään enkä tee mitään".
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
# "else", "more": none besides what is named
_ELSE = frozenset({"muuta", "muu", "muita", "muuten", "enempää", "lisää"})
_JOINS = frozenset({"ja", "eikä", "enkä", "mutta", "koska", "kun", "jos"})
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
    if len(c.words) > 3 or not _ELSE.isdisjoint(said) or not _JOINS.isdisjoint(said) or \
            "," in c.written:
        return None  # (one short clause: not "mutterit puuttuu, ei mitään muuta puutu",
        # "nothing else", nor "en mene sisään enkä tee mitään"; review255)
    verbs = {b for w in said if w not in NEGATIONS and finnish.is_verb(w)
             for b in finnish.base_forms(w)} - {"tehdä", "olla"}
    if not verbs & {b for w in asked for b in finnish.base_forms(w)} or not any(
            verbs & finnish.base_forms(w) for _, n in c.accepted for w in n.split()):
        return None  # (the question's own verb, no "do" nor "be": "en tehnyt mitään" to
        # "Mitä teit viikonloppuna?" is an answer of its own)
    c.note("none at all, where every accepted answer names what or who")
    return c.judgement("wrong", closest=c.first)


def _last_question(situation: str) -> str:
    """The situation's last sentence that asks ("Mitä puuttuu?"), or ""."""
    asked = [s for s in re.split(r"(?<=[.!?])\s+", situation.strip()) if s.endswith("?")]
    return asked[-1] if asked else ""
