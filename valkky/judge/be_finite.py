"""A verb in a person said after `olla` where its participle belongs (issue 12, sets 17-20).

`kuljetin on pysähtyi` says the perfect with the past's form: Finnish says `on
pysähtynyt`. The rules that pass the same words in another order (word_order) or word by
word take it, as the normaliser reads `on` as a frame word; a trainer hears the slip. The
grammar shows it: a form of olla, then at once a verb in a person, as a statement, of
another verb (`on pysähtyi`, `olen meni`), where the step's answers say that verb's
participle; not where a clause of its own starts (`kyllä on, menen` is read clause by
clause), nor in a step whose own answers say olla so.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from valkky.judge import finnish, sizes
from valkky.judge.accepted import shape_of
from valkky.judge.wordsets import COPULA

# the forms of olla a perfect or a pluperfect is said with (as written, the spoken "oon")
_BE = frozenset({"olen", "olet", "on", "olemme", "olette", "ovat", "olin", "olit", "oli",
                 "olimme", "olitte", "olivat", "oon", "oot"})


def slip(words: Sequence[str]) -> int | None:
    """The index of a verb in a person said right after a form of olla; None where there
    is none, or no Voikko to tell."""
    for i in range(1, len(words)):
        if words[i - 1] not in _BE or finnish.voikko() is None:
            continue
        if finnish.every_reading(words[i], _finite_of_another):
            return i
    return None


@lru_cache(maxsize=sizes.STEPS)
def steps_own(accepted: tuple[str, ...]) -> bool:
    """The step's own answers (normalised) say olla so: "se on" as a frame, "se on hajosi";
    once per step."""
    return any(slip(shape_of(n).words) is not None for n in accepted)


def _finite_of_another(a: Mapping[str, str]) -> bool:
    return a.get("CLASS") == "teonsana" and a.get("MOOD") == "indicative" and \
        bool(a.get("PERSON")) and a.get("BASEFORM") not in COPULA


def participle_of(word: str, accepted: Sequence[Sequence[str]]) -> str:
    """The step's own participle of the verb said (`pysähtynyt` for `pysähtyi`), where an
    accepted answer says one; else ""."""
    return next((w for a in accepted for w in a if finnish.is_participle(w)
                 and finnish.same_lemma(w, word)), "")


__all__ = ["participle_of", "slip", "steps_own"]
