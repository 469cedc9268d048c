"""An unsafe deed said beside a right answer (issue 12): "pesen kädet ja laitan käden
koneeseen", "painan hätäseis ja korjaan sen itse", "pesen kädet ja sitten kosken raakaa
lihaa". answer_inside and extra_clause take a right answer with a deed more, as trainers
do where the deed fits ("soitan hätänumeroon ja autan", "odota hetki, kysyn keittiöstä":
sets 1–18 grade such answers correct); a deed no trainer praises anywhere is almost, with
the right answer to say alone. Which deeds those are is data (``UNSAFE_DEEDS``), read by
base form; a step whose own answers or keywords say the deed asks about it and is judged
as before, and a step's foreseen mistake keeps its own verdict (judged first)."""

from __future__ import annotations

from functools import cache

from valkky.judge import finnish
from valkky.judge.case import Case, Detail, Judgement, fuzz_module, normalised

# Each deed: its words in base form, "|" between words that say the same; every word
# said (in any form) beside the right answer says the deed. The verb comes first.
UNSAFE_DEEDS = (
    "korjata itse|yksin|teippi",          # korjaan sen itse, korjaan sen teipillä
    "vaihtaa itse|yksin",                 # vaihdan terän itse
    "nostaa yksin|selkä",                 # nostan asukkaan yksin, nostan selällä
    "laittaa|panna|työntää käsi|sormi|käsine kone|terä|laite|kuljetin|hihna",
    "koskea raaka",                       # kosken raakaa lihaa
    "mennä|kävellä|seistä alle|alla",     # menen kuorman alle
    "ottaa kypärä|suojalasi|suojalasit|kuulosuojain|kuulonsuojain|hengityssuojain|"
    "turvakenkä|valjaat pois",            # otan kypärän pois
    "jättää kone|laite|liesi|uuni päälle|käyntiin",
)


@cache
def _deeds() -> tuple[tuple[frozenset[str], ...], ...]:
    return tuple(tuple(frozenset(alt.split("|")) for alt in deed.split())
                 for deed in UNSAFE_DEEDS)


def _said(alternatives: frozenset[str], forms: list[frozenset[str]]) -> bool:
    return any(not alternatives.isdisjoint(f) for f in forms)


def unsafe_beside(c: Case, beside: list[str], closest: str | None) -> Judgement | None:
    """Almost where ``beside`` (what is said beside the right answer ``closest``) says an
    unsafe deed the step's answers and keywords do not say (its verb alone may be theirs:
    "laitan käsidesiä" is no "laitan käden koneeseen")."""
    if not beside or c.options or c.repeat:
        return None  # a choose step's option, a repeat step's model: judged as before
    forms = [finnish.base_forms(w) | {w} for w in beside]
    found = next((d for d in _deeds() if all(_said(alt, forms) for alt in d)), None)
    if found is None:
        return None
    named = {b for text in (*(n for _, n in c.accepted), *c.keywords) for w in text.split()
             for b in finnish.base_forms(w) | {w}}
    if all(not alt.isdisjoint(named) for alt in found):
        return None  # the step's own answers say the deed: they judge it
    c.note(f"'{' '.join(beside)}': an unsafe deed beside the right answer")
    if closest is None:
        return c.judgement("almost")
    c.closeness = fuzz_module().ratio(c.heard, normalised(closest))
    # (the detail words the robot's reply: "Melkein! Sano: pesen kädet.")
    return c.judgement("almost", closest=closest,
                       detail=Detail(expected=normalised(closest), heard=c.heard))
