"""A limit said the other way: "minimi tonni" or "vähintään kuusi" where the step's answer is
at most ("enintään tuhat kiloa", "korkeintaan kuusi astetta"), "yli kuusi" where it is under
("alle kuuden asteen"). The rest of the answer is the step's own, so the comparison and
``answer_inside`` take the limit word for a word more (by_word accepts "vähintään" beside a
right number): a trainer hears the opposite rule, a safety one (judge43fix, issue 12)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from valkky.judge import finnish
from valkky.judge.case import Case, normalised
from valkky.judge.number_words import is_number
from valkky.judge.polarity import no_on

# Each pair of sides: the words of a lower bound against those of an upper one (a synonym
# may have put "vähintään" for "minimi" already), and over against under.
_SIDES: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"vähintään", "minimi", "minimissään", "min"}),
     frozenset({"enintään", "korkeintaan", "maksimi", "maksimissaan", "max", "maks"})),
    (frozenset({"yli"}), frozenset({"alle"})),
)
# yli and alle are limits only before an amount ("yli tuhat kiloa", "alle kuuden asteen"),
# not of a place ("kadun yli", "hyllyn alle")
_PLACE_TOO = frozenset({"yli", "alle"})
_AMOUNTS = frozenset({"tonni", "kilo", "aste", "metri", "litra", "prosentti", "tunti"})


def _an_amount(word: str) -> bool:
    return word.isdigit() or is_number(word) or any(
        is_number(b) or b in _AMOUNTS for b in finnish.base_forms(word))


def _limits(words: Sequence[str]) -> set[str]:
    """The limit words said with no no on them ("ei yli tuhatta kiloa" says at most)."""
    out = set()
    for i, (w, negated) in enumerate(zip(words, no_on(words), strict=True)):
        if negated or not any(w in a or w in b for a, b in _SIDES):
            continue
        if w in _PLACE_TOO and not (i + 1 < len(words) and _an_amount(words[i + 1])):
            continue
        out.add(w)
    return out


def _of(side: frozenset[str], said: Iterable[str]) -> bool:
    return not side.isdisjoint(said)


def limit_turned(c: Case) -> str | None:
    """A limit word the answer says that no accepted answer says, where an accepted answer
    says the opposite limit, or a foreseen mistake says this one: the word. None where a
    foreseen mistake is said whole."""
    mine = _limits(c.words)
    if not mine:
        return None
    line = f" {' '.join(c.words)} "
    if any(f" {normalised(m)} " in line for m in c.mistakes):
        return None  # a foreseen mistake said whole: its rules judge ("yli tuhat kiloa on
        # kielletty" turns it down; "minimi tuhat kiloa" is the mistake itself)
    theirs: set[str] = set()
    for _, n in c.accepted:
        theirs |= _limits(n.split())
    foreseen: set[str] = set()
    for m, verdict in c.mistakes.items():
        if verdict == "wrong":
            foreseen |= _limits(normalised(m).split())
    for a, b in _SIDES:
        for side, other in ((a, b), (b, a)):
            said = mine & side
            if said and not _of(side, theirs) and (_of(other, theirs) or _of(side, foreseen)):
                return sorted(said)[0]
    return None
