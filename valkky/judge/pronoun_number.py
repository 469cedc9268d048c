"""A pronoun of the other number for the thing the accepted answer names (rule
``pronoun_number``): "otan sen pois" or "otan se pois" for "otan ne pois", "laitan niitä"
for "laitan sitä". The learner points at the thing with the right word and the wrong
number: a slip of form, almost. (``se`` and ``ne`` are frame words elsewhere, "se on
moppi", so the bag of words alone would take "otan se pois" for "otan ne pois".)
"""

from __future__ import annotations

from valkky.judge.accepted import same_words
from valkky.judge.case import Case, Detail, Judgement, fuzz_module

# se, tämä and tuo with their plurals, case by case; the object's accusative too ("otan
# sen" is "otan ne" said of one thing)
_PAIRS = (
    ("se", "ne"), ("sen", "ne"), ("sen", "niiden"), ("sitä", "niitä"), ("siihen", "niihin"),
    ("siinä", "niissä"), ("siitä", "niistä"), ("sillä", "niillä"), ("sille", "niille"),
    ("siltä", "niiltä"),
    ("tämä", "nämä"), ("tämän", "nämä"), ("tätä", "näitä"), ("tähän", "näihin"),
    ("tässä", "näissä"), ("tästä", "näistä"),
    ("tuo", "nuo"), ("tuon", "nuo"), ("tuota", "noita"))
OTHER_NUMBER: dict[str, frozenset[str]] = {}
for _one, _many in _PAIRS:
    OTHER_NUMBER[_one] = OTHER_NUMBER.get(_one, frozenset()) | {_many}
    OTHER_NUMBER[_many] = OTHER_NUMBER.get(_many, frozenset()) | {_one}
_PRONOUNS = frozenset(OTHER_NUMBER)


def pronoun_number(c: Case) -> Judgement | None:
    """An accepted answer but for a pronoun of the other number in its place (the answer's
    own words otherwise, in any order): almost, the accepted answer shown."""
    said = _PRONOUNS.intersection(c.words)
    if not said:
        return None  # (the commonest case)
    for original, norm in c.accepted:
        theirs = norm.split()
        for at, w in enumerate(c.words):
            if w not in said or w in theirs:
                continue
            for other in OTHER_NUMBER[w] & set(theirs):
                if same_words([*c.words[:at], other, *c.words[at + 1:]], norm):
                    c.closeness = fuzz_module().ratio(c.heard, norm)
                    return c.judgement("almost", "word_form", closest=original,
                                       detail=Detail(expected=norm, heard=c.heard))
    return None
