"""A numbered name said as spoken Finnish says it (issue 12): a place, line, shelf, door, bus
or room named by its number's noun in the name's own case, "nelosella" for "paikalla neljä"
or "nelospaikalla", "kakkoselle" for "linjalle kaksi", "kutoseen" for "bussiin kuusi". The
noun is read as the step's own name of that number in that case, so the rules compare the
name; a noun of another number is left as said (the number check makes it another place),
and so is one in a case the step's name is not in (a case slip, judged as such).
"""

from __future__ import annotations

from functools import lru_cache

from valkky.judge import finnish, sizes
from valkky.judge.number_words import (
    is_number,
    may_be_number_noun,
    number_compound_head,
    number_noun_case,
    number_noun_value,
)

# Cases a name is in where its number's noun may stand for it: a place's, "in", "on",
# "to", "from" (not the nominative, where the noun is a synonym of the number: "linja
# kakkonen"; nor the partitive, a count's case).
_NAME_CASES = finnish.LOCAL_CASES
# Nouns a number after them tells the time of, no name ("aamulla seitsemän", "torstaina
# kymmenen"), by base form.
_TIMES = frozenset({"aamu", "aamupäivä", "päivä", "keskipäivä", "iltapäivä", "ilta", "yö",
                    "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai",
                    "lauantai", "sunnuntai", "viikko", "kuukausi", "vuosi"})


def number_noun_as_name(words: list[str], accepted: tuple[tuple[str, str], ...],
                        vocabulary: tuple[str, ...]) -> list[str]:
    """``words`` with a number's noun in a case read as the step's name of that number in
    that case: a compound of its number ("nelospaikalla"), else a noun in that case
    followed by the number ("hyllylle neljä")."""
    if not any(map(may_be_number_noun, words)):
        return words  # (the commonest case: no word begins as a number's noun)
    out = list(words)
    for i, w in enumerate(words):
        if w in vocabulary or (found := number_noun_case(w)) is None:
            continue
        value, cases = found
        name = steps_name(value, cases & _NAME_CASES, accepted)
        if name is None or (w.startswith("kasi") and says_hands(accepted)):
            continue
        said = {b for x in words for b in finnish.base_forms(x)}
        if len(name) == 2 and not said.isdisjoint(finnish.base_forms(name[0])):
            continue  # the name's noun said too ("linjalle kakkoselle"): left as said
        out[i:i + 1] = name
        return out
    return out


@lru_cache(maxsize=sizes.STEPS)
def steps_name(value: str, cases: frozenset[str], accepted: tuple[tuple[str, str], ...]
                ) -> tuple[str, ...] | None:
    """The step's name of the number ``value`` in one of ``cases``: a compound of the
    number's noun ("nelospaikalla"), else a noun then the number ("paikalla neljä"); a
    number before its noun is a count ("neljä laatikkoa"), no name. None where the step
    names two kinds of place by numbers in those cases ("hyllyvälissä viisi, hyllypaikassa
    kaksi"): the noun alone does not say which."""
    if not cases:
        return None
    found: list[tuple[str, ...]] = []
    kinds: set[str] = set()
    for _, n in accepted:
        said = n.split()
        for j, w in enumerate(said):
            if (v := number_noun_value(w)) is not None and number_noun_case(w) is None and \
                    not cases.isdisjoint(c for c, _ in finnish.case_numbers(w)):
                kinds.add(number_compound_head(min(finnish.base_forms(w), default=w)))
                if v == value:
                    found.insert(0, (w,))  # a compound: "nelospaikalla"
            elif is_number(w) and j > 0 and _a_name(said[j - 1], cases):
                kinds.add(min(finnish.base_forms(said[j - 1]), default=said[j - 1]))
                if w == value and not _counted(said[j + 1:j + 2]):
                    found.append((said[j - 1], w))
    # (one kind: "lastauslaiturilla kaksi" beside "kakkoslaiturilla" names a laituri too)
    one = all(a.endswith(b) or b.endswith(a) for a in kinds for b in kinds)
    return found[0] if found and one else None


def _a_name(noun: str, cases: frozenset[str]) -> bool:
    """``noun`` and a number after it name a place in one of ``cases`` ("linjalle kaksi",
    "hallissa kolme"): a noun, no verb ("palaan yhdeksän") nor a time ("aamulla
    seitsemän")."""
    return "nimisana" in finnish.word_classes(noun) and not finnish.is_verb(noun) and \
        _TIMES.isdisjoint(finnish.base_forms(noun)) and \
        not cases.isdisjoint(c for c, _ in finnish.case_numbers(noun))


def _counted(after: list[str]) -> bool:
    """A noun after the number, which it counts ("töissä kahdeksan tuntia")."""
    return bool(after) and "nimisana" in finnish.word_classes(after[0])


@lru_cache(maxsize=sizes.STEPS)
def says_hands(accepted: tuple[tuple[str, str], ...]) -> bool:
    """The step's answers say "käsi" (whose forms without their dots are "kasi"'s)."""
    return any("käsi" in finnish.base_forms(w) for _, n in accepted for w in n.split())
