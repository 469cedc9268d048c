"""The deed that comes after (issue 12, judge52): a question that gives an order of two
deeds ("Kuuntele. Laita ensin tukipukit ja irrota sitten renkaat. Mitä teet ensin?") names
the later deed in its own words; the loader reads it (``later_deed_of``) and the judge gets
it as ``then_deed``. Where the answer says that later deed — by a word of its own, a noun
in any form ("otan renkaat irti", "renkaiden irrottamisen jälkeen") — the time the answer
gives it decides:

- before the right deed: in a "kun"/"kunhan" clause ("kun irrotan renkaat, laitan
  tukipukit", "laitan tukipukit kun renkaat on irti"), before "jälkeen" ("renkaiden
  irrottamisen jälkeen"), with "ensin", or said first with no word of time ("otan renkaat
  irti ja laitan tukipukit"): wrong (word_order), the unsafe order;
- after it: in an "ennen (kuin)" clause ("ennen kuin irrotan renkaat, laitan tukipukit"),
  or said after it: the rest judged alone, correct where that is.

"ensin" on the right deed puts it first whatever is said around it ("kun irrotan renkaat,
laitan ensin tukipukit"). A later deed said with a no, or as a state still before it
("renkaat ovat vielä kiinni"), is left to the rules after.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from valkky.judge import finnish, lexicon
from valkky.judge.case import Case, Judgement, comma_cuts, normalised
from valkky.judge.rules import as_mistake, judged_as
from valkky.judge.wordsets import FIRST_WORDS, QUESTION_WORDS, has_negation

# The instruction's later deed: "… ensin X ja (verb) sitten Y" in one sentence, or
# "… ensin X. Sitten Y." in the next
_SENTENCES = re.compile(r"([^.!?]+)([.!?]*)")  # (a sentence, its end)
# Verbs of no deed of their own: the later deed is its nouns ("laita sitten suojatakki")
_BARE_VERBS = frozenset({"laittaa", "panna", "tehdä", "ottaa", "olla", "saada"})
# Words of where, no thing of the deed's own ("laita suojatakki päälle": pää is no mark)
_WHERE = frozenset({"päälle", "pois", "irti", "paikalleen", "paikoilleen", "takaisin",
                    "ylös", "alas", "sisään", "ulos", "päältä"})
# Words that open a clause of time whose deed is done before the main clause's
_WHEN = frozenset({"kun", "kunhan"})
_BEFORE = "ennen"  # what its clause says comes after the main clause's deed
_AFTER = "jälkeen"  # the phrase before it comes first…
_THAT = frozenset({"sen", "tämän", "sitä", "näiden", "niiden"})  # …not "sen jälkeen": then
# A state before the later deed, not it done: "renkaat ovat vielä kiinni"
_STILL = frozenset({"vielä", "yhä", "edelleen"})
# Words that end a clause
_JOINS = frozenset({"ja", "sitten", "sit", "mutta", "mut", "vaan", "niin", "tai", "ennen",
                    "lopuksi", "seuraavaksi"}) | _WHEN


def later_deed_of(question: str) -> str:
    """The deed the question's instruction says comes second, as written there ("irrota
    renkaat"); "" where it gives no order of two deeds, or no sentence of it asks what
    comes first ("… ensin?"). A sentence that asks ("Mitä teet ensin ja mitä sitten?") is
    no instruction."""
    sentences = [(s.strip(), end) for s, end in _SENTENCES.findall(question) if s.strip()]
    if not any(end.startswith("?") and "ensin" in _low(s) for s, end in sentences):
        return ""
    for at, (sentence, end) in enumerate(sentences):
        low = _low(sentence)
        if "ensin" not in low or end.startswith("?") or low[0] in QUESTION_WORDS:
            continue
        first = low.index("ensin")
        if "sitten" in low[first:] and "ja" in low[first:]:
            join = low.index("ja", first)
            tail = [w for w in low[join + 1:] if w != "sitten"]
            if tail and "sitten" in low[join:]:
                return " ".join(tail)
        if at + 1 < len(sentences):
            following = _low(sentences[at + 1][0])
            if following and following[0] == "sitten" and len(following) > 1 and \
                    not sentences[at + 1][1].startswith("?"):
                return " ".join(following[1:])
    return ""


def _low(sentence: str) -> list[str]:
    return [w.casefold().strip(",;:") for w in sentence.split()]


@dataclass(frozen=True)
class _Clause:
    words: tuple[str, ...]
    at: int  # the index of its first word in the answer
    opened_by: str  # the join before it ("" for none)
    then_jalkeen: bool  # "jälkeen" follows it


def later_deed_order(c: Case) -> Judgement | None:
    """Wrong (word_order) where the answer says the step's later deed before the right one,
    correct where it says it after a right answer (module doc); None otherwise."""
    if not c.then_deed or c.options or c.repeat or c.open_question:
        return None
    marks = _marks(c.then_deed, (n for _, n in c.accepted))
    if not marks:
        return None
    clauses = _clauses(c.words, c.written, marks)
    later = [k for k in clauses if _says(k.words, marks) and not has_negation(k.words)
             and _STILL.isdisjoint(k.words)]
    others = [k for k in clauses if k not in later and set(k.words) - _JOINS]
    if later and not others:  # (only the later deed, to a step that asks what comes
        # first: "laitan tuotteet hyllyyn" to "Mitä teet ensin?"; set 82, both trainers)
        alone = judged_as(c, list(c.words))  # (a foreseen mistake keeps its reply; a
        if alone.verdict != "almost" or alone.matched is not None:  # right deed said with
            return None  # the later one's thing stays: "laitan tukipukit renkaiden lähelle")
        rest = [w for w in c.words if not _a_mark(w, marks) and w not in _JOINS | FIRST_WORDS]
        first_mark = next(k for k, w in enumerate(c.words) if _a_mark(w, marks))
        if rest and (j := judged_as(c, rest).verdict) != "wrong" and (
                j == "correct" or any(finnish.persons(w) for w in rest) or
                (first_mark > 0 and all(w in rest for w in c.words[:first_mark]))):
            # (said first: "leikkuulauta pesu leikkaan sipulit"; review168)
            return None  # (the right deed's words besides: "haen kärryn lavalle"; review166;
            # its verb among them: not "leikkuulaudalla", review167)
        c.note(f"only '{c.then_deed}', the deed that comes after")
        return c.judgement("wrong", "word_order", closest=alone.closest)
    if not later or not others:
        return None
    rest = [w for k in others for w in k.words if w not in _JOINS]
    right = judged_as(c, rest)
    if right.verdict not in ("correct", "almost") or right.matched is not None:
        return None
    # the right deed's clauses: those right alone ("kun auto on ylhäällä" is no deed of it)
    own = [k for k in others if _right_alone(c, k)] or others
    if min(_when(k) for k in later) < min(_when(k) for k in own) or \
            any(FIRST_WORDS.intersection(k.words) for k in later):
        # (said "ensin" too, it is said first: "kiinnitän ensin ruuvit ja laitan ensin tarran")
        first = min(later, key=_when)
        if (mistake := judged_as(c, list(first.words)).matched) is not None and \
                c.mistakes.get(mistake) == "wrong":
            return as_mistake(c, mistake)  # a foreseen mistake: its own reply
        c.note(f"'{' '.join(first.words)}', the deed that comes after, said to come first")
        return c.judgement("wrong", "word_order", closest=right.closest)
    if right.verdict != "correct":
        return None
    c.note(f"'{' '.join(rest)}' first, then '{' '.join(w for k in later for w in k.words)}'")
    return c.judgement("correct", closest=right.closest)


def _right_alone(c: Case, k: _Clause) -> bool:
    j = judged_as(c, [w for w in k.words if w not in _JOINS])
    return j.verdict in ("correct", "almost") and j.matched is None


def _when(k: _Clause) -> float:
    """A clause's place in time: "ensin" first, then a phrase before "jälkeen", then a
    "kun" clause (done before its main clause), then the order said; "ennen" last."""
    if FIRST_WORDS.intersection(k.words):
        return -3000.0 + k.at
    if k.then_jalkeen and k.words[-1] not in _THAT:  # "renkaiden irrottamisen jälkeen"
        return -2000.0 + k.at
    if k.opened_by in _WHEN:
        return -1000.0 + k.at
    if k.opened_by == _BEFORE:
        return 1000.0 + k.at
    return float(k.at)


def _clauses(words: Sequence[str], written: str, marks: frozenset[str]) -> list[_Clause]:
    """``words`` cut at the words that join clauses, the commas of ``written``, "jälkeen"
    (its phrase apart from a verb before it: "laitan tukipukit | renkaiden irrottamisen
    jälkeen"), and the second verb of a clause a "kun" or "ennen" opens (spoken with no
    comma: "kun irrotan renkaat laitan tukipukit")."""
    cuts = comma_cuts(words, written)
    out: list[_Clause] = []
    current: list[str] = []
    start, opened_by, verbs = 0, "", 0

    def close(i: int, then_jalkeen: bool = False) -> None:
        nonlocal current, start, opened_by, verbs
        if current:
            out.append(_Clause(tuple(current), start, opened_by, then_jalkeen))
            opened_by = ""
        current, start, verbs = [], i + 1, 0

    for i, w in enumerate(words):
        if i in cuts:
            close(i - 1)
        if w == _AFTER:
            if (cut := _phrase_start(current, marks)) is not None:
                phrase, current = current[cut:], current[:cut]
                close(start + cut - 1)
                current, start = phrase, i - len(phrase)
            close(i, then_jalkeen=True)
        elif w in _JOINS:
            close(i)
            if not (w == "ja" or (w == "sitten" and opened_by)):  # "sitten kun": kun
                opened_by = w
            continue
        elif w == "kuin" and opened_by == _BEFORE and not current:
            start = i + 1  # "ennen kuin"
        else:
            if _a_finite_verb(w):
                verbs += 1
                if verbs == 2 and opened_by in (*_WHEN, _BEFORE):
                    close(i - 1)
                    verbs = 1
            if not current:
                start = i
            current.append(w)
    close(len(words))
    return out


def _phrase_start(current: Sequence[str], marks: frozenset[str]) -> int | None:
    """Where the phrase before "jälkeen" begins in a clause with a verb of its own before it:
    at its first word of the later deed after that verb ("laitan tukipukit renkaiden
    irrottamisen"); None where the clause is the phrase."""
    verbs = [i for i, w in enumerate(current) if _a_finite_verb(w)]
    if not verbs or current[-1] in _THAT:  # "irrotan renkaat sen jälkeen": then
        return None
    return next((i for i in range(verbs[-1] + 1, len(current))
                 if _a_mark(current[i], marks)), None)


def _a_finite_verb(word: str) -> bool:
    """A verb in a person ("laitan", "on"), not a participle ("laittanut") nor a noun
    ("suojatakin", read also as a passive of suojata; "mittaan" is a verb too)."""
    persons = finnish.persons(word)
    if not persons or finnish.is_participle(word):
        return False
    return finnish.only_a_verb(word) or any(p in ("1", "2", "3") for p, _ in persons)


def _marks(then_deed: str, accepted: Iterable[str]) -> frozenset[str]:
    """The base forms that say the later deed and no accepted answer says: its nouns (and
    words besides the verb), its verb where that is a deed of its own ("porata", not
    "laittaa")."""
    # (an accepted answer's "sitten" and what follows it: its later deed, not its own)
    own = finnish.base_forms_of(n.split(" sitten ")[0] for n in accepted)
    marks: set[str] = set()
    for w in normalised(then_deed).split():
        bases = finnish.base_forms(w)
        if not bases or w in _WHERE or bases & own or bases & _BARE_VERBS:
            continue
        classes = finnish.word_classes(w)
        if classes & {"nimisana", "teonsana"} and not classes & {"seikkasana", "suhdesana"}:
            # (and the lexicon's words of the same thing: "tuotteet", "tavarat"; a
            # compound's head, "takki" of "suojatakki": set 176, both trainers right)
            marks |= bases | {m for b in bases for m in lexicon.group_of(b)} | \
                (finnish.compound_heads(w) - own if "nimisana" in classes else frozenset())
    return frozenset(marks)


def _says(words: Iterable[str], marks: frozenset[str]) -> bool:
    return any(_a_mark(w, marks) for w in words)


def _a_mark(word: str, marks: frozenset[str]) -> bool:
    """``word`` says a mark: its base form, or one made from it ("hyllyttää" of "hylly",
    "tarroittaa" of "tarra": the stem of a mark of five letters or more)."""
    bases = finnish.base_forms(word) or {word}
    return bool(bases & marks) or any(
        len(m) >= 5 and (b.startswith(m[:-1]) or word.startswith(m[:-1]))
        for m in marks for b in bases)
