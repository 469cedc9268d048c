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
from valkky.judge.wordsets import FRAME_WORDS

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
                        vocabulary: tuple[str, ...], *, place_case: bool = True) -> list[str]:
    """``words`` with a number's noun in a case read as the step's name of that number in
    that case: a compound of its number ("nelospaikalla"), else a noun in that case
    followed by the number ("hyllylle neljä"); with ``place_case`` (the rule a step may
    switch off), also in the other local case of the same direction ("kakkoseen" for
    "laiturille kaksi", as "hyllyyn" for "hyllylle"). Where the step names the number only
    in the nominative ("linja kuusi"), a noun in a local case is that name ("kutoseen");
    a noun in the nominative is the number ("linja kutonen": linja kuusi), and said alone,
    the step's name of it ("kutonen" for "linjalle kuusi"; issue 12, judge43). Only a number
    the step names a place by: elsewhere the noun is no count ("kutonen" is no six bolts)."""
    if not any(map(may_be_number_noun, words)):
        return words  # (the commonest case: no word begins as a number's noun)
    out = list(words)
    for i, w in enumerate(words):
        if w in vocabulary or (found := number_noun_case(w)) is None:
            continue
        value, cases = found
        if w.startswith("kasi") and says_hands(accepted):
            continue
        name = steps_name(value, cases & _NAME_CASES, accepted)
        if name is None and place_case:
            name = steps_name(value, _other_side(cases & _NAME_CASES), accepted)
        if name is None and cases & _NAME_CASES and not _a_place_case(accepted):
            name = steps_name(value, _NOMINATIVE, accepted)
        if name is None and "nimento" in cases and _names_a_place(value, accepted) and \
                not any(_the_noun_itself(x, value) for x in vocabulary):
            alone = all(x in FRAME_WORDS for x in words[:i] + words[i + 1:])
            name = (alone and steps_name(value, _NAME_CASES | _NOMINATIVE, accepted)) or (value,)
        if name is None:
            continue
        said = {b for x in words for b in finnish.base_forms(x)}
        if len(name) == 2 and not said.isdisjoint(finnish.base_forms(name[0])):
            continue  # the name's noun said too ("linjalle kakkoselle"): left as said
        out[i:i + 1] = name
        return out
    return out


_NOMINATIVE = frozenset({"nimento"})


def _the_noun_itself(word: str, value: str) -> bool:
    """``word`` is the number's noun in the nominative: the step says it ("viitonen"),
    and the lexicon's synonyms judge the learner's ("vitonen")."""
    return number_noun_case(word) == (value, _NOMINATIVE)


def _other_side(cases: frozenset[str]) -> frozenset[str]:
    """The local cases of the same directions as ``cases``, the other side: "in" for "on"."""
    return frozenset(o for pair in finnish.PLACE_CASES if pair & cases for o in pair - cases)


@lru_cache(maxsize=sizes.STEPS)
def _a_place_case(accepted: tuple[tuple[str, str], ...]) -> bool:
    """The step names a numbered place in a local case ("linjalle kaksi", "kakkoselle"):
    there the case is the answer's, not only the name's."""
    for _, n in accepted:
        said = n.split()
        for j, w in enumerate(said):
            if (number_noun_value(w) is not None and
                    not _NAME_CASES.isdisjoint(c for c, _ in finnish.case_numbers(w))) or \
                    (is_number(w) and j > 0 and _a_name(said[j - 1], _NAME_CASES)):
                return True
    return False


def _names_a_place(value: str, accepted: tuple[tuple[str, str], ...]) -> bool:
    """The step names a place by the number ``value``, in any case: a noun then the
    number ("hyllyvälissä viisi", "linja kuusi"), or a compound of its noun
    ("kuutoslinjalle"); not a count ("kuusi ruuvia")."""
    cases = _NAME_CASES | _NOMINATIVE
    for _, n in accepted:
        said = n.split()
        for j, w in enumerate(said):
            if number_noun_value(w) == value or (
                    w == value and j > 0 and _a_name(said[j - 1], cases) and
                    not _counted(said[j + 1:j + 2])):
                return True
    return False


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
