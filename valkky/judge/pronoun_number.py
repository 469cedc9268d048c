"""A pronoun of the other number for the thing the accepted answer names (rule
``pronoun_number``): "otan sen pois" or "otan se pois" for "otan ne pois", "laitan niitä"
for "laitan sitä". The learner points at the thing with the right word and the wrong
number: a slip of form, almost. (``se`` and ``ne`` are frame words elsewhere, "se on
moppi", so the bag of words alone would take "otan se pois" for "otan ne pois".)
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from valkky.judge import finnish, sizes
from valkky.judge.accepted import a_foreseen_mistake, same_words
from valkky.judge.another_meaning import governed_by_postposition
from valkky.judge.case import Case, Detail, Judgement, fuzz_module
from valkky.judge.order import clauses_kept
from valkky.judge.wordsets import NUMBER_PAIRS

OTHER_NUMBER: dict[str, frozenset[str]] = {}
for _one, _many in NUMBER_PAIRS:
    OTHER_NUMBER[_one] = OTHER_NUMBER.get(_one, frozenset()) | {_many}
    OTHER_NUMBER[_many] = OTHER_NUMBER.get(_many, frozenset()) | {_one}
_PRONOUNS = frozenset(OTHER_NUMBER)
_SINGULAR = frozenset(one for one, _ in NUMBER_PAIRS)
# The plural pointers in the nominative: a subject pointing at a plural thing ("nää on
# kumihanskat", spoken "on" with a plural), whichever of them an accepted answer says.
_PLURAL_SUBJECTS = frozenset({"ne", "nämä", "nuo"})
_SINGULAR_SUBJECTS = frozenset({"se", "tämä", "tuo"})  # any of them for any: "nuo on vasara"


def pronoun_number(c: Case) -> Judgement | None:
    """An accepted answer but for a pronoun of the other number in its place (the answer's
    own words otherwise, in any order, each clause its own): almost, the accepted answer
    shown. Not in an open question, nor for a foreseen mistake (their rules judge them),
    nor where an accepted answer is said as it is ("sen otan pois" beside "otan sen pois")
    or names a thing of the learner's number in the pronoun's place ("vien sen varastoon"
    beside "vien laatikon varastoon": the pronoun is that thing)."""
    said = _PRONOUNS.intersection(c.words)
    if not said or c.open_question:
        return None  # (the commonest case)
    if a_foreseen_mistake(c.words, c.mistakes) or \
            any(said <= set(n.split()) and same_words(c.words, n) for _, n in c.accepted):
        return None
    for original, norm in c.accepted:
        theirs = norm.split()
        for at, w in enumerate(c.words):
            if w not in said or w in theirs or _a_thing_in_its_place(c, at) or \
                    _a_plural_subject_accepted(c, at):
                continue
            others = OTHER_NUMBER[w] | (_SINGULAR_SUBJECTS if w in _PLURAL_SUBJECTS else set())
            for other in others & set(theirs):
                mended = [*c.words[:at], other, *c.words[at + 1:]]
                if same_words(mended, norm) and clauses_kept(mended, norm):
                    c.closeness = fuzz_module().ratio(c.heard, norm)
                    return c.judgement("almost", "word_form", closest=original,
                                       detail=Detail(expected=norm, heard=c.heard))
    return None


def _a_plural_subject_accepted(c: Case, at: int) -> bool:
    """``c.words[at]`` is a plural pointer in the nominative and an accepted answer says
    another in its place: "nämä on tikkaat" beside "ne ovat tikkaat" (and "tämä on
    tikkaat"), a pointer of the plural thing's own number, no slip (issue 12, judge43)."""
    if c.words[at] not in _PLURAL_SUBJECTS:
        return False
    rest = c.words[:at] + c.words[at + 1:]  # also said beside one: "noi on ne tikkaat"
    for _, n in c.accepted:
        theirs = _PLURAL_SUBJECTS.intersection(n.split())
        if theirs and (same_words(c.words, n) or same_words(rest, n) or any(
                same_words([*c.words[:at], other, *c.words[at + 1:]], n) for other in theirs)):
            return True
    return False


def _a_thing_in_its_place(c: Case, at: int) -> bool:
    """An accepted answer is the learner's words with a noun of the pronoun's number for
    ``c.words[at]``, or without it ("siivoan sen pois" beside "siivoan pois"); not where
    the pronoun is a determiner of the noun after it."""
    pronoun = c.words[at]
    if _a_determiner(c.words, at):
        return False  # "nämä laatikko": the noun's own number, not a thing pointed at
    others = c.words[:at] + c.words[at + 1:]
    rest, kinds = Counter(others), frozenset(others)
    for bag, size, words in accepted_bags(tuple(c.accepted)):
        if size < len(others) or not kinds <= words:
            continue  # fewer words than the rest, or a word not in it: it cannot hold them
        extra = bag - rest
        if rest - bag or len(extra) > 1:
            continue
        if not extra:
            return True  # the answer leaves the thing unsaid: "siivoan pois"
        (noun,) = extra
        numbers = {n for _, n in finnish.case_numbers(noun)}
        if "nimisana" in finnish.word_classes(noun) and \
                ("singular" if pronoun in _SINGULAR else "plural") in numbers:
            return True
    return False


@lru_cache(maxsize=sizes.STEPS)
def accepted_bags(accepted: tuple[tuple[str, str], ...]
                  ) -> tuple[tuple[Counter[str], int, frozenset[str]], ...]:
    """Each accepted answer's words as a bag, with their count and their set: once a step,
    not once for each answer and pronoun (≈ 6 % of the golden calls' judging). The set
    turns away, at C speed, most answers before the bags are subtracted (``rest - bag``
    is empty only where every word of the rest is in the answer): Counter's subtraction,
    a Python loop, was ≈ 200,000 calls a suite run. Read only: never changed in place."""
    return tuple((Counter(words), len(words), frozenset(words))
                 for words in (n.split() for _, n in accepted))


def _a_determiner(words: list[str], at: int) -> bool:
    """The pronoun ``words[at]`` goes with the noun after it, in its case ("tämä laatikot",
    not "sen varastoon"), but for a genitive a postposition governs ("laitan sen pöydän
    päälle": it, on the table)."""
    after = words[at + 1] if at + 1 < len(words) else None
    if after is None or "nimisana" not in finnish.word_classes(after) or (
            at + 2 < len(words) and governed_by_postposition(words, at + 1)):
        return False
    cases = {case for case, _ in finnish.case_numbers(words[at])}
    return any(case in cases for case, _ in finnish.case_numbers(after))
