"""A place's number said as an ordinal before it, where the step labels the place by its
number after it: "neljännessä hyllyvälissä" for "hyllyvälissä neljä", "kolmannella linjalla"
for "linjalla kolme" — the same place (the trainers of sets 7 and 34: correct; lessons wrote
the ordinal out as an accepted answer of its own, "viidennessä hyllyssä"). Read so only
where an accepted answer says that noun with that number right after it; not "toinen",
which is "other" as well as "second" (number_words.one_number_two_kinds)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from valkky.judge import finnish
from valkky.judge.number_words import ordinal_value


def as_labels(words: Sequence[str], accepted: Iterable[str]) -> list[str] | None:
    """``words`` with each ordinal before a noun in its case said as the noun and its
    cardinal, where an accepted answer (normalised) says that pair; None where there is
    none."""
    if not any("lukusana" in finnish.word_classes(w) for w in words[:-1]):
        return None  # (most answers: no number word, nothing to pair)
    pairs = {(a[k], a[k + 1]) for a in map(str.split, accepted) for k in range(len(a) - 1)}
    out, changed = list(words), False
    for i in range(len(out) - 1):
        number = _as_cardinal(out[i], out[i + 1])
        if number is not None and (out[i + 1], number) in pairs:
            out[i], out[i + 1] = out[i + 1], number
            changed = True
    return out if changed else None


def _as_cardinal(word: str, noun: str) -> str | None:
    """The cardinal of ``word``, an ordinal in the case and number of ``noun`` (a noun)."""
    nouns = {(a.get("SIJAMUOTO"), a.get("NUMBER")) for a in finnish.analyses(noun)
             if a.get("CLASS") == "nimisana"}
    if "toinen" in finnish.base_forms(word) or not any(
            a.get("CLASS") == "lukusana" and (a.get("SIJAMUOTO"), a.get("NUMBER")) in nouns
            for a in finnish.analyses(word)):
        return None
    return ordinal_value(word)
