"""The right answer first, then what comes after it (issue 12): for "Mitä teet ensin?",
"pesen kädet ja sitten leikkaan tomaatit" says the first deed first; the deed the step
foresees as a mistake ("leikkaan tomaatit") is its stated "then", not the answer. Only on a
step whose accepted answers say "ensin" (a question of what comes first); "leikkaan
tomaatit ja sitten pesen kädet" stays the mistake, said first.

An order said with nouns alone (judge47): "laatikko ensin, sitten tuotteet" where an
accepted answer says the order in full ("avaan ensin laatikon, sitten laitan tuotteet
hyllyyn"), each part's nouns that answer's own part's (by base form), in its order: the
order is what is asked. The other order ("tuotteet ensin, sitten laatikko") names the
nouns in each other's parts: as before (order_of_meaning, the mistake)."""

from __future__ import annotations

from valkky.judge import finnish
from valkky.judge.case import Case, Judgement, normalised
from valkky.judge.first_deed import another_deed_first
from valkky.judge.later_deed import later_deed_order
from valkky.judge.rules import as_mistake, judged_as
from valkky.judge.wordsets import has_negation

_THEN = "sitten"
_FIRST = "ensin"


def right_then(c: Case) -> Judgement | None:
    if (said := later_deed_order(c)) is not None:
        return said  # the question's later deed said before or after (later_deed.py)
    if (wrong := another_deed_first(c)) is not None:
        return wrong  # another deed said before the first one (first_deed.py)
    words = c.words
    if (first := _a_wrong_deed_first(c)) is not None:
        return as_mistake(c, first)  # "ensin vien hänet sänkyyn, sitten soitan hoitajalle"
    if _THEN not in words[1:-1] or not any(_FIRST in n.split() for _, n in c.accepted):
        return None
    if (order := _nouns_in_order(c)) is not None:
        c.note(f"the order in nouns alone, as '{order}' says it")
        return c.judgement("correct", closest=order)
    at = words.index(_THEN)
    head, tail = words[:at], words[at + 1:]
    if head and head[-1] == "ja":
        head = head[:-1]
    if tail[:1] == ["vasta"]:  # "sitten vasta": only then, the order said twice
        tail = tail[1:]
    if not head or has_negation(tail):
        return None
    j = judged_as(c, head)
    # what comes after is the deed the step foresees as the wrong first one, no deed of the
    # learner's own ("pesen kädet, sitten laitan käden koneeseen" is no answer; review)
    then = judged_as(c, tail)
    c.note(f"'{' '.join(head)}', then '{' '.join(tail)}': {j.verdict}, then {then.reason}")
    short = _a_mistake_short(c, tail)
    if then.matched in c.unsafe or short in c.unsafe:
        return None  # (a deed the step calls unsafe stays so after "sitten": review188)
    return c.judgement("correct", closest=j.closest) \
        if j.verdict == "correct" and (then.matched is not None or short) \
        else None


def _a_mistake_short(c: Case, tail: list[str]) -> str | None:
    """``tail`` is a foreseen mistake with words left out, two words or more, its verb said
    ("menen alle" of "menen auton alle": what the question told)."""
    if len(tail) < 2 or not finnish.is_verb(tail[0]):
        return None
    return next((m for m in c.mistakes if set(tail) <= set(normalised(m).split())), None)


def _a_wrong_deed_first(c: Case) -> str | None:
    """"ensin" on a foreseen wrong mistake, then something more ("ensin vien hänet
    sänkyyn, sitten soitan hoitajalle": the deed done first is the mistake, whatever comes
    after it; review169, SAFETY): that mistake, else None."""
    words = c.words
    if _THEN not in words[1:-1] or _FIRST not in words[:words.index(_THEN)]:
        return None
    at, end = words.index(_FIRST), words.index(_THEN)  # (the clause "ensin" is in: not
    start = max((k + 1 for k in range(at) if words[k] == "ja"), default=0)  # "soita ensin
    end = next((k for k in range(at, end) if words[k] == "ja"), end)  # hoitajalle ja nosta
    head = [w for w in words[start:end] if w != _FIRST]  # hänet vasta sitten …")
    matched = judged_as(c, head).matched if head else None
    return matched if matched is not None and c.mistakes.get(matched) == "wrong" else None


_BETWEEN = frozenset({_FIRST, "ja"})  # words of an order said with nouns: "ensin", "ja"


def _nouns_in_order(c: Case) -> str | None:
    """The accepted answer (as written) that says in full the order the learner says with
    nouns alone (module doc), or None."""
    if c.options or c.repeat:
        return None
    at = c.words.index(_THEN)
    parts = [[w for w in side if w not in _BETWEEN] for side in (c.words[:at], c.words[at + 1:])]
    if not all(parts) or not all(_a_noun(w) for part in parts for w in part):
        return None
    for original, n in c.accepted:
        said = n.split()
        if _THEN not in said or _FIRST not in said:
            continue
        cut = said.index(_THEN)
        theirs = [{b for w in side if _a_noun(w) for b in finnish.base_forms(w)}
                  for side in (said[:cut], said[cut + 1:])]
        if all(finnish.base_forms(w) & own for part, own in zip(parts, theirs, strict=True)
               for w in part):
            return original
    return None


def _a_noun(word: str) -> bool:
    """A noun, read as nothing but a noun or a verb ("hylly" is also a command of hyllyä;
    not "poraan", "avaan", an adverb "ensin", an adjective)."""
    return bool(finnish.word_classes(word)) and \
        finnish.word_classes(word) <= {"nimisana", "teonsana"} and \
        "nimisana" in finnish.word_classes(word) and not finnish.only_a_verb(word)
