"""A thing's own happening said with the verb that does it to another (issue 12, judge44).

`laikka hajotti` for `laikka hajosi`, `auto pudotti tunkilta` for `auto putosi tunkilta`,
`maljakko kaatoi` for `maljakko kaatui`: the learner's verb is a real form, of the verb
Finnish derives from the step's own (hajottaa from hajota, kaataa from kaatua, rikkoa beside
rikkoutua), said in the same person beside the same word as an accepted answer says the
step's verb, with no object after it: the meaning is clear, the verb is the other one of
the pair, which a trainer hears as a slip. Voikko tells both verbs; the pair is one stem
with a verb's ending of happening (-ua, -yä, -ota, -ötä) on the step's side and one of
doing (-aa, -ää) on the learner's. Not where the step's answers or mistakes say the
learner's verb (its own word), nor with an object after it (`auto pudotti lastin`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from valkky.judge import finnish

# a verb of happening (hajota, kaatua, rikkoutua, pysähtyä) and one of doing to another
# (hajottaa, kaataa, rikkoa, pysäyttää): how their base forms end
_HAPPENING = ("ua", "yä", "ota", "ötä")
_DOING = ("aa", "ää", "oa", "öä")
# the stem the two share at least ("kaat-ua", "kaat-aa"); what each adds at most
_STEM = 4
_ENDING = 5
_OBJECT_CASES = frozenset({"nimento", "omanto", "osanto", "kohdanto"})


def slip(words: Sequence[str], accepted: Sequence[Sequence[str]],
         own: Collection[str] = ()) -> tuple[int, str] | None:
    """The first verb (its index) that is the doing verb of a happening verb an accepted
    answer says in the same person beside the same word, and that verb as said there;
    None where there is none, or no Voikko to tell. ``own``: the base forms of the step's
    words (its answers and mistakes), whose verbs are no slip."""
    if finnish.voikko() is None:
        return None
    for i, word in enumerate(words):
        said = finnish.persons(word)
        if not said:
            continue
        for model in accepted:
            for k, verb in enumerate(model):
                if verb != word and _beside(words, i, model, k) and \
                        said & finnish.persons(verb) and _pair(word, verb, own) and \
                        not _object_after(words, i):
                    return i, verb
    return None


def _pair(word: str, verb: str, own: Collection[str]) -> bool:
    """``word`` is a form of the doing verb of ``verb``'s happening one, and no verb of
    the step's own."""
    doing, happening = finnish.base_forms(word), finnish.base_forms(verb)
    if doing & happening or not all(b not in own for b in doing):
        return False
    return any(_derived(d, h) for d in doing for h in happening)


def _derived(doing: str, happening: str) -> bool:
    n = 0
    while n < min(len(doing), len(happening)) and doing[n] == happening[n]:
        n += 1
    return n >= _STEM and len(doing) - n <= _ENDING and len(happening) - n <= _ENDING and \
        happening.endswith(_HAPPENING) and doing.endswith(_DOING) and \
        not doing.endswith(_HAPPENING)


def _beside(words: Sequence[str], i: int, model: Sequence[str], k: int) -> bool:
    return (i > 0 and k > 0 and words[i - 1] == model[k - 1]) or \
        (i + 1 < len(words) and k + 1 < len(model) and words[i + 1] == model[k + 1])


def _object_after(words: Sequence[str], i: int) -> bool:
    """A noun or a pronoun after the verb in a case an object takes: the doing verb's own
    object ("auto pudotti lastin"), no slip."""
    return i + 1 < len(words) and any(
        a.get("CLASS") in ("nimisana", "asemosana", *finnish.NAME_CLASSES)
        and a.get("SIJAMUOTO") in _OBJECT_CASES for a in finnish.analyses(words[i + 1]))


__all__ = ["slip"]
