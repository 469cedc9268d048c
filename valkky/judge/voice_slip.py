"""A thing's own happening said with the verb that does it to another (issue 12, judge44).

`laikka hajotti` for `laikka hajosi`, `auto pudotti tunkilta` for `auto putosi tunkilta`,
`maljakko kaatoi` for `maljakko kaatui`: the learner's verb is a real form, of the verb
Finnish derives from the step's own (hajottaa from hajota, kaataa from kaatua, rikkoa beside
rikkoutua), said in the same person after the same subject as an accepted answer says the
step's verb, with no object in its clause: the meaning is clear, the verb is the other one
of the pair, which a trainer hears as a slip. Voikko tells both verbs; the pair is one stem
with a verb's ending of happening (-ua, -yä, -ota, -ötä) on the step's side and one of
doing (-aa, -ää) on the learner's. Not where the step's answers or mistakes say the
learner's verb (its own word), with another subject (`työkaveri pudotti telineeltä`: the
one who did it), with an object anywhere up to the next join or comma (`auto pudotti
lastin`, `aino kaatoi huoneessa vesilasin`), nor a verb speech says of a thing's own
happening too (`kone jumittaa`, `laatikko jumitti`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache

from valkky.judge import finnish, sizes

# a verb of happening (hajota, kaatua, rikkoutua, pysähtyä) and one of doing to another
# (hajottaa, kaataa, rikkoa, pysäyttää): how their base forms end
_HAPPENING = ("ua", "yä", "ota", "ötä")
_DOING = ("aa", "ää", "oa", "öä")
# the stem the two share at least ("kaat-ua", "kaat-aa"); what each adds at most
_STEM = 4
_ENDING = 5
_OBJECT_CASES = frozenset({"nimento", "omanto", "osanto", "kohdanto"})
_NOUN_OR_PRONOUN = frozenset({"nimisana", "asemosana", *finnish.NAME_CLASSES})
# doing verbs speech says of a thing's own happening too ("kone jumittaa": it hangs)
_BOTH_WAYS = frozenset({"jumittaa"})
# the words that end a clause (besides any Voikko reads as a conjunction: "kun", "että")
_JOINS = frozenset({"ja", "tai", "sekä", "eikä", "vai", "mutta"})


def slip(words: Sequence[str], accepted: Sequence[Sequence[str]],
         own: Collection[str] = (), breaks: Collection[int] = ()) -> tuple[int, str] | None:
    """The first verb (its index) that is the doing verb of a happening verb an accepted
    answer says in the same person after the same subject, and that verb as said there;
    None where there is none, or no Voikko to tell. ``own``: the base forms of the step's
    words (its answers and mistakes), whose verbs are no slip; ``breaks``: the indices of
    the words after a comma (``form_slips.comma_breaks``)."""
    if finnish.voikko() is None:
        return None
    happening = happening_verbs(tuple(tuple(model) for model in accepted))
    if not happening:
        return None  # (most steps: no verb of happening to slip from)
    for i in range(1, len(words)):
        word = words[i]
        said = finnish.persons(word)
        if not said:
            continue
        for verb, subject in happening:
            if verb != word and words[i - 1] == subject and \
                    said & finnish.persons(verb) and _pair(word, verb, own) and \
                    not _object_after(words, i, breaks):
                return i, verb
    return None


@lru_cache(maxsize=sizes.STEPS)
def happening_verbs(accepted: tuple[tuple[str, ...], ...]
                    ) -> tuple[tuple[str, str], ...]:
    """The verbs of happening in a person the accepted answers say after their subject
    (the verb, the subject): once per step."""
    return tuple(dict.fromkeys(
        (verb, model[k - 1]) for model in accepted for k in range(1, len(model))
        for verb in [model[k]] if finnish.persons(verb) and any(
            b.endswith(_HAPPENING) for b in finnish.base_forms(verb))
        and _subject(model[k - 1])))


def _pair(word: str, verb: str, own: Collection[str]) -> bool:
    """``word`` is a form of the doing verb of ``verb``'s happening one, and no verb of
    the step's own."""
    doing, happening = finnish.base_forms(word), finnish.base_forms(verb)
    if doing & happening or not all(b not in own and b not in _BOTH_WAYS for b in doing):
        return False
    return any(_derived(d, h) for d in doing for h in happening)


def _derived(doing: str, happening: str) -> bool:
    n = 0
    while n < min(len(doing), len(happening)) and doing[n] == happening[n]:
        n += 1
    return n >= _STEM and len(doing) - n <= _ENDING and len(happening) - n <= _ENDING and \
        happening.endswith(_HAPPENING) and doing.endswith(_DOING) and \
        not doing.endswith(_HAPPENING)


def _subject(word: str) -> bool:
    """A noun or a pronoun in the nominative: the word before the verb is its subject."""
    return any(a.get("CLASS") in _NOUN_OR_PRONOUN and a.get("SIJAMUOTO") == "nimento"
               for a in finnish.analyses(word))


def _object_after(words: Sequence[str], i: int, breaks: Collection[int]) -> bool:
    """A noun or a pronoun after the verb, up to the next join or comma, in a case an
    object takes: the doing verb's own object ("auto pudotti lastin", "aino kaatoi
    huoneessa vesilasin"), no slip."""
    for n in range(i + 1, len(words)):
        found = finnish.analyses(words[n])
        if n in breaks or words[n] in _JOINS or any(a.get("CLASS") == "sidesana" for a in found):
            return False
        if any(a.get("CLASS") in _NOUN_OR_PRONOUN and a.get("SIJAMUOTO") in _OBJECT_CASES
               for a in found):
            return True
    return False


__all__ = ["slip"]
