"""Enough said of what the step tells is too little (issue 12, safety; set 220, both
trainers wrong): "urasyvyys on kaksi millimetriä, se riittää kyllä" where the answers tell
"urasyvyys on liian pieni", "renkaissa ei ole tarpeeksi uraa". The measure is right, the
judgement of it the opposite: the worn tyres go back on the road.

Not under a no ("se ei riitä", "ei oo tarpeeks"), nor asked ("riittääkö se?"), nor in a
condition ("jos se riittää"), nor of the new ones after a replacing ("vaihdetaan uudet
niin sitten riittää"), nor where no accepted answer tells a lack."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from valkky.judge import finnish, sizes
from valkky.judge.case import Case, Judgement
from valkky.judge.polarity import main_clauses
from valkky.judge.wordsets import NEGATIONS


def enough_of_a_lack(c: Case, j: Judgement) -> Judgement:
    """``j``, or wrong where it is right or nearly and the answer calls enough what every
    way the step's answers tell a lack says is too little."""
    if j.verdict == "wrong" or c.options or c.repeat or not any(map(_enough, c.words)):
        return j  # (the cheap gate first: a word of enough said)
    if not _a_lack_told(tuple(n for _, n in c.accepted)):
        return j
    said = next((clause for clause in main_clauses(c.words) if _calls_enough(clause)
                 and not _replaced_before(c.words, clause)), None)
    if said is None:
        return j
    c.note(f"'{' '.join(said)}': calls enough what the step's answers tell is too little")
    return c.judgement("wrong", "negation", closest=j.closest)


@lru_cache(maxsize=sizes.STEPS)
def _a_lack_told(accepted: tuple[str, ...]) -> bool:
    """An accepted answer tells a lack: "liian" before a word of little ("liian pieni",
    "liian vähän uraa"), or a no of enough ("ei ole tarpeeksi", "ei riitä")."""
    for answer in accepted:
        words = answer.split()
        if any(a == "liian" and finnish.base_forms(b) & _LITTLE for a, b in pairwise(words)):
            return True
        if not NEGATIONS.isdisjoint(words) and any(map(_enough, words)):
            return True
    return False


def _calls_enough(clause: Sequence[str]) -> bool:
    """``clause`` says enough with no no, no question and no condition in it."""
    return any(map(_enough, clause)) and NEGATIONS.isdisjoint(clause) and \
        _CONDITIONS.isdisjoint(clause) and \
        not any(w.endswith(("ko", "kö")) and _enough(w[:-2]) for w in clause)


def _replaced_before(words: Sequence[str], clause: Sequence[str]) -> bool:
    """A replacing said before or in ``clause``: enough is then of the new ones ("vaihdetaan uudet
    niin sitten riittää", review268)."""
    at = next((i for i in range(len(words)) if list(words[i:i + len(clause)]) ==
               list(clause)), len(words))
    return any(finnish.base_forms(w) & _REPLACING and NEGATIONS.isdisjoint(words[max(0, k - 3):k])
               for k, w in enumerate(words[:at + len(clause)]) if not _enough(w))
    # (not under a no: "ei tarvii vaihtaa, kaks milliä riittää", review269)


def _enough(word: str) -> bool:
    """A word of enough: "riittää", "riittävä", "tarpeeksi" (spoken "tarpeeks")."""
    return word in _ENOUGH_WORDS or bool(finnish.base_forms(word) & _ENOUGH)


_ENOUGH = frozenset({"riittää", "riittävä", "riittävästi", "tarpeeksi"})
_ENOUGH_WORDS = frozenset({"tarpeeks", "riittää", "riittävästi", "riittääkö"})
# words of little after "liian" ("liian pieni", "liian matala", "liian vähän")
_LITTLE = frozenset({"pieni", "matala", "vähän", "vähä", "lyhyt", "ohut", "kapea", "heikko",
                     "kevyt", "löysä"})
_CONDITIONS = frozenset({"jos", "kun", "kunhan", "jotta", "kunnes"})
_REPLACING = frozenset({"vaihtaa", "uusi", "uusia", "ostaa"})
