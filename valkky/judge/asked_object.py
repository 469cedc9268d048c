"""The object of the question's own verb, said alone in the case that verb allows (issue 12,
judge43): "jakoavainta" or "jakoavaimen" to "Mitä tarvitset?" where the step accepts
"tarvitsen jakoavaimen" (or "tarvitsen jakoavainta"). The judge does not see the question;
the step's own answers say its verb: an accepted answer of that verb in the first person and
the thing (``TAKE_OR_NEED``: tarvita, haluta, ottaa, hakea), the thing named alone taken too.
Read as that answer: a partitive or a whole object after tarvita and haluta, a whole object
(the genitive) after ottaa and hakea. Not a verb that needs a whole object ("laitan
turvakengät": "turvakenkiä" stays as judged), nor the thing in another number or another
case, nor in a repeat step.
"""

from __future__ import annotations

from functools import lru_cache

from valkky.judge import finnish, sizes
from valkky.judge.wordsets import FRAME_WORDS

TAKE_OR_NEED = frozenset({"tarvita", "haluta", "ottaa", "hakea"})
_OBJECT = frozenset({"osanto", "omanto"})  # a partitive, or a genitive (a whole object)
# … but "hakea" with a partitive looks for what it fetches with a genitive ("haen
# hoitajaa" is no "haen hoitajan"), and "ottaa" takes some of a thing with it ("otan
# porakonetta": with it, set 7 lost a row): only the whole object alone
_SOME_OF = frozenset({"hakea", "ottaa"})


def object_as_asked(words: list[str], accepted: tuple[tuple[str, str], ...]) -> list[str]:
    """``words`` as the accepted answer of the question's verb and the thing, where they are
    that thing alone in a partitive or a genitive of the same number."""
    own = [w for w in words if w not in FRAME_WORDS]
    if len(own) != 1 or not (verbs_and_things := _verb_and_thing(accepted)):
        return words  # (the commonest cases: more than a word, or no such step)
    said = finnish.case_numbers(own[0])
    if _OBJECT.isdisjoint(c for c, _ in said) or finnish.is_verb(own[0]):
        return words  # (a verb too is no thing alone: "teen" is "I do" as much as tee's)
    for verb, thing in verbs_and_things:
        theirs = finnish.case_numbers(thing)
        cases = _OBJECT if _SOME_OF.isdisjoint(finnish.base_forms(verb)) else {"omanto"}
        numbers = {n for c, n in said if c in cases}
        if finnish.same_lemma(thing, own[0]) and \
                any(d in _OBJECT and m in numbers for d, m in theirs):
            return [verb, thing]
    return words


@lru_cache(maxsize=sizes.STEPS)
def _verb_and_thing(accepted: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """The step's accepted answers of two words, a verb of ``TAKE_OR_NEED`` in the first
    person singular and a noun ("tarvitsen jakoavaimen"), where the step takes that thing
    named alone too (it asks which thing: not "otan kahvia" to "otatko kahvia?", whose
    "kahvin" a trainer weighs otherwise)."""
    out = []
    alone = [n for _, n in accepted if " " not in n]
    for _, n in accepted:
        parts = n.split()
        if len(parts) == 2 and TAKE_OR_NEED & finnish.base_forms(parts[0]) and \
                not parts[0].endswith(("ko", "kö")) and \
                ("1", "singular") in finnish.persons(parts[0]) and \
                "nimisana" in finnish.word_classes(parts[1]) and \
                any(finnish.same_lemma(a, parts[1]) for a in alone):
            out.append((parts[0], parts[1]))
    return tuple(out)
