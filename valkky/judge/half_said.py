"""Half of an open step's two-part example (issue 12, judge57): "ota sormus pois" where the
step's example asks for both deeds, "laita kaikki hiukset hiusverkon sisään ja ota sormus
pois" (Anna's hair shows and she wears a ring: two faults to mend). Both trainers: almost,
a start; the judge said correct (any answer in Finnish words naming a topic).

An example of two parts joined with "ja", each naming a thing and asking a deed (a command,
or a thing and where it goes: "korut pois"; not a report, "tunkki luisti ja auto putosi",
nor "mutta": another thing told), tells two deeds to do; an answer
that names the things of one part only and nothing of the other is half of it: almost
(missing_words, the example shown). A thing is named by its base form or a compound's part
("verkkoon" names "hiusverkon"). Not where an accepted example is itself such a half
("nosta jaloilla" beside "nosta jaloilla ja pidä selkä suorana": the lesson takes either
deed alone), nor where the answer names both parts of any example ("hiukset verkkoon ja
korut pois" beside "korut pois ja hiukset verkon alle"), nor no thing of either part
(another answer, the open question's own).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from valkky.judge import finnish, sizes
from valkky.judge.case import Case, Judgement
from valkky.judge.wordsets import FRAME_WORDS

Parts = tuple[frozenset[str], frozenset[str]]


def half_said(c: Case) -> Judgement | None:
    """``c``'s open answer naming the things of one part of a two-part example only:
    almost (missing_words); None otherwise."""
    if not c.open_question:
        return None
    examples = tuple(n for _, n in c.accepted)
    said = _things(tuple(c.words))
    if not said:
        return None
    pairs = [(written, parts) for (written, _), parts in zip(c.accepted, _two_parts(examples),
                                                              strict=True) if parts is not None]
    if any(said & first and said & second for _, (first, second) in pairs):
        return None  # (both parts of one example, in its words: "hiukset verkkoon ja korut
        # pois" beside "korut pois ja hiukset verkon alle")
    for written, parts in pairs:
        if _half_of(said, parts) and not _halves_accepted(examples, parts):
            c.note(f"half of the example '{written}': the things of one of its two parts only")
            return c.judgement("almost", "missing_words", closest=written)
    return None


@lru_cache(maxsize=sizes.STEPS)
def _two_parts(examples: tuple[str, ...]) -> tuple[Parts | None, ...]:
    """Each example's two parts' things, where it joins two parts that each name one."""
    out: list[Parts | None] = []
    for example in examples:
        words = example.split()
        parts = _at_ja(words)
        things = [_things(tuple(p)) for p in parts]
        out.append((things[0], things[1]) if len(parts) == 2 and all(things) and
                   things[0].isdisjoint(things[1]) and all(map(_advice, parts)) else None)
    return tuple(out)


def _at_ja(words: Sequence[str]) -> list[list[str]]:
    """``words`` split at "ja" (two deeds asked for; "mutta" tells another thing)."""
    out: list[list[str]] = [[]]
    for w in words:
        if w == "ja":
            out.append([])
        else:
            out[-1].append(w)
    return [p for p in out if p]


def _advice(part: Sequence[str]) -> bool:
    """A deed asked for: a command ("ota sormus pois"), or a thing and where it goes with
    no verb ("korut pois"); not a report ("tunkki luisti ja auto putosi")."""
    verbs = [w for w in part if finnish.only_a_verb(w) or finnish.persons(w)]
    return not verbs or any(_command(w) for w in verbs)


def _command(word: str) -> bool:
    return any(a.get("MOOD") == "imperative" for a in finnish.analyses(word))


def _half_of(said: frozenset[str], parts: Parts) -> bool:
    """``said`` names a thing of one part and none of the other."""
    first, second = (bool(said & p) for p in parts)
    return first != second


@lru_cache(maxsize=sizes.STEPS)
def _halves_accepted(examples: tuple[str, ...], parts: Parts) -> bool:
    """An accepted example of one part is itself half of ``parts``: the lesson takes one
    deed alone (an example of two parts is none: "korut pois ja hiukset verkon alle")."""
    return any(_half_of(t, parts) for n in examples if len(_at_ja(n.split())) == 1
               and (t := _things(tuple(n.split()))))


@lru_cache(maxsize=4096)
def _things(words: Sequence[str]) -> frozenset[str]:
    """The base forms of the nouns ``words`` name, with their compounds' parts."""
    out: set[str] = set()
    for w in words:
        if w in FRAME_WORDS or "nimisana" not in finnish.word_classes(w) or \
                finnish.is_verb(w):
            continue
        out |= finnish.base_forms(w) | finnish.compound_parts(w)
    return frozenset(out)
