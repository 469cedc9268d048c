"""A warning to keep away beside a right report (issue 12, judge46): "hylly on vinossa, se
voi kaatua, älä mene sinne". A command's no to going near or touching the hazard is advice
a trainer welcomes, no "no" to the answer: it is left out, at the start or the end of the
answer, where what is left says an accepted answer whole. Only such deeds (``KEEP_AWAY``,
by base form) of the hazard itself (a pointer, a word of place or a thing the step's reports
name: "hylly" of "hylly on vinossa", not what its answers act on, "hätäuloskäynnin" of
"raivaan hätäuloskäynnin"), and not where the step's own answers or mistakes say that verb
(there the no may be the point). Using ("älä käytä niitä") only where a wrong mistake of the
step uses that thing or the step's reports name it ("porakone on rikki, älä käytä
sitä"): "laitan kuulosuojaimet, älä käytä niitä" says no to the answer (judge45fix, the
last review). A no to another deed ("älä kerro esimiehelle") stays a no."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from valkky.judge import finnish, sizes
from valkky.judge.case import normalised
from valkky.judge.wordsets import FRAME_WORDS, POINTER_FORMS, PROHIBITIVE

# going near, onto or under the hazard, touching or using it
KEEP_AWAY = frozenset({"mennä", "tulla", "koskea", "kävellä", "astua", "nousta", "kiivetä",
                       "seisoa", "käyttää", "kulkea"})
# where, beside the hazard: "älä mene sen lähelle", "älä seiso sen alla"
_NEAR = frozenset({"sinne", "tänne", "tuonne", "lähelle", "lähellä", "alle", "alla", "päälle",
                   "päällä", "viereen", "luo", "luokse", "niihin", "niitä", "niiden", "ne",
                   "se"})
_JOINS = frozenset({"ja", "mutta", "joten", "eli"})


def warning_apart(words: list[str], accepted: tuple[tuple[str, str], ...],
                  mistakes: Sequence[str] | Mapping[str, str]) -> list[str]:
    """``words`` without a warning to keep away said first or last (from its "älä"), where
    the rest says an accepted answer whole. ``mistakes``: the step's foreseen mistakes (a
    mapping gives each its verdict; a sequence's are wrong)."""
    if PROHIBITIVE.isdisjoint(words) or len(words) < 4:
        return words  # (the commonest case: no command's no)
    wrong = tuple(m for m in mistakes
                  if not isinstance(mistakes, Mapping) or mistakes[m] == "wrong")
    theirs, things = _the_steps(accepted, tuple(mistakes))
    used = _used(wrong)
    at = max(i for i, w in enumerate(words) if w in PROHIBITIVE)
    if at > 0 and _a_warning(words[at:], theirs, things, used):
        rest = words[:at - 1] if words[at - 1] in _JOINS else words[:at]
        if _says_an_answer(rest, accepted):
            return rest
    if words[0] in PROHIBITIVE:
        for n in range(3, min(len(words), 6)):
            if _a_warning(words[:n], theirs, things, used) and \
                    _says_an_answer(rest := words[n + (words[n] in _JOINS):], accepted):
                return rest
    return words


@lru_cache(maxsize=sizes.STEPS)
def _the_steps(accepted: tuple[tuple[str, str], ...], mistakes: tuple[str, ...]
               ) -> tuple[frozenset[str], frozenset[str]]:
    """The verbs the step's answers and mistakes say as a deed (not a participle's state:
    "jalka on mennyt vinoon" says no going), and the things its reports name (an answer
    with no verb of the learner's: "hylly on vinossa"; not "raivaan hätäuloskäynnin",
    whose thing the learner acts on), by base form."""
    texts = [*(n for _, n in accepted), *map(normalised, mistakes)]
    verbs = frozenset(a.get("BASEFORM", "").casefold() for text in texts
                      for w in text.split() for a in finnish.analyses(w)
                      if a.get("CLASS") == "teonsana")
    things = frozenset(b for _, n in accepted if _a_report(n.split())
                       for w in n.split()
                       if "nimisana" in finnish.word_classes(w) for b in finnish.base_forms(w))
    return verbs, things


def _a_report(words: Sequence[str]) -> bool:
    """An answer that tells how a thing is: a verb, none of it the learner's ("hylly on
    vinossa"; not "kuulosuojaimet", a thing named, nor "raivaan hätäuloskäynnin")."""
    return any(finnish.is_verb(w) for w in words) and not any(map(_learners, words))


def _learners(word: str) -> bool:
    """A verb the learner says of their own deed or tells: "I", "you", "we" or a command."""
    return any(a.get("CLASS") == "teonsana" and (
        a.get("MOOD") == "imperative" or a.get("PERSON") in ("1", "2", "4"))
        for a in finnish.analyses(word))


@lru_cache(maxsize=sizes.STEPS)
def _used(wrong: tuple[str, ...]) -> frozenset[str] | None:
    """The things (base forms) a wrong mistake of the step uses ("käytän konetta"), or None
    where none says using."""
    found = None
    for m in wrong:
        words = normalised(m).split()
        if any("käyttää" in finnish.base_forms(w) for w in words):
            found = (found or frozenset()) | frozenset(
                b for w in words if "nimisana" in finnish.word_classes(w)
                for b in finnish.base_forms(w))
    return found


def _a_warning(said: Sequence[str], theirs: frozenset[str], things: frozenset[str],
               used: frozenset[str] | None) -> bool:
    """``said`` is "älä" or "älkää", a verb of keeping away and the hazard, nothing more;
    using only a thing a wrong mistake uses (``used``; a pointer where one says using)."""
    own = [w for w in said if w not in FRAME_WORDS or w in _NEAR]
    if not 3 <= len(own) <= 4 or own[0] not in PROHIBITIVE:
        return False
    verb = finnish.base_forms(own[1])
    if not verb & KEEP_AWAY or verb & theirs:
        return False
    if "käyttää" in verb and not _kept_from_use(own[2:], things, used):
        return False  # "laitan kuulosuojaimet, älä käytä niitä": a no to the answer
    return all(w in _NEAR or w in POINTER_FORMS or finnish.base_forms(w) & things
               for w in own[2:])


def _kept_from_use(said: Sequence[str], things: frozenset[str],
                   used: frozenset[str] | None) -> bool:
    """Not using ``said`` keeps away from the hazard: a thing the step's reports name
    ("porakone on rikki, älä käytä sitä") or a wrong mistake uses ("käytän lavaa"), or a
    pointer where there is such a thing; not what the answers act on ("laitan
    kuulosuojaimet, älä käytä niitä"; the last review of stop 38)."""
    kept = things | (used or frozenset())
    return bool(kept) and all(w in _NEAR or (w in POINTER_FORMS) or finnish.base_forms(w) & kept
                              for w in said)


def _says_an_answer(rest: Sequence[str], accepted: tuple[tuple[str, str], ...]) -> bool:
    """An accepted answer of two words or more said whole in ``rest``."""
    said = f" {' '.join(rest)} "
    return any(len(n.split()) > 1 and f" {n} " in said for _, n in accepted)
