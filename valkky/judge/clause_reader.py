"""An answer read as clauses: where each begins and ends, the word that opens it and its
verbs in a person, so that a rule asks which clause a word is in rather than counting words
around it (issue 12; review267: a time, a condition or a "but" read from word lists beside
a report shifted another edge each time it was mended).

Spoken answers come without commas ("huomenna kun mä tuun töihin kerron esimiehelle"), so
a clause ends at a join, at a written part's start, or where a second verb in a person
begins another ("kun työ loppui | kerron …"); a subject pronoun before that verb goes with
it ("… ensi kerralla | mä oon varovaisempi"). Words read normalised (``case.normalised``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from valkky.judge import finnish
from valkky.judge.case import Case
from valkky.judge.normalise import canonical, normalise
from valkky.judge.wordsets import NEGATIONS, QUESTION_WORDS, SUBJECT_PRONOUNS

# the joins that open a clause of its own, and those that open one said of another (a
# condition, a time, a reason, a question inside: "jos joku kysyy", "mitä tapahtui")
MAIN_OPENERS = frozenset({"ja", "mutta", "mutten", "tai", "sekä", "vaan", "niin", "eikä",
                          "enkä", "etkä"})
SUB_OPENERS = frozenset({"koska", "kun", "ku", "sitku", "jos", "että", "kuin", "kunnes",
                         "kunhan", "ellei", "ellen", "jollei", "jotta", "vaikka", "ennen",
                         "miksi", "miks"}) | QUESTION_WORDS
# subjects a verb's clause begins with where no join opens it ("se", "ne" of things too)
SUBJECTS = frozenset(SUBJECT_PRONOUNS | {"se", "ne"})


class Clause(NamedTuple):
    """Words ``start`` to ``end`` (not inclusive) of an answer; ``opener`` the join before
    them, if one opens it; ``verbs`` where its verbs in a person are."""

    start: int
    end: int
    opener: str | None
    verbs: tuple[int, ...]

    @property
    def sub(self) -> bool:
        """Said of another clause: a condition, a time, a reason, a question inside."""
        return self.opener in SUB_OPENERS

    @property
    def main(self) -> bool:
        """A clause of its own with a verb: neither said of another nor verbless."""
        return not self.sub and bool(self.verbs)


def read_clauses(words: Sequence[str], cuts: frozenset[int] = frozenset()) -> list[Clause]:
    """``words`` as clauses, in order; ``cuts``: where the written answer's parts begin (a
    comma, a full stop)."""
    out: list[Clause] = []
    start, opener, verbs = 0, None, list[int]()
    for k, w in enumerate(words):
        opens = w in MAIN_OPENERS or (w in SUB_OPENERS and _opens(words, k)) or (
            w == "mut" and k > 0 and not _in_a_person(words, k - 1))  # (spoken "but";
        # not "minut" after its verb, "se vei mut kotiin")
        lead = k - 1 if k and words[k - 1] in NEGATIONS else k  # (its no with it: "mä en
        # koske")
        second = not opens and _in_a_person(words, k) and bool(verbs) and \
            not _infinitive_after(words, k, verbs) and (
                (lead and words[lead - 1] in SUBJECTS) or _no_word_of_how(words[k]))
        if (opens or k in cuts or second) and (k > start or (opens and opener is not None)):
            at = k
            if second:
                at = lead if lead > start else k
                at = at - 1 if at and words[at - 1] in SUBJECTS and at - 1 > start else at
            out.append(Clause(start, at, opener, tuple(v for v in verbs if v < at)))
            start, opener, verbs = at, None, [v for v in verbs if v >= at]
        if opens:
            opener = "mutta" if w in ("mutten", "mut") else w
            start = max(start, k + 1)
        elif _in_a_person(words, k) and not _infinitive_after(words, k, verbs):
            verbs.append(k)
    if start < len(words) or opener is not None:
        out.append(Clause(start, len(words), opener, tuple(verbs)))
    return out


def clause_at(clauses: Sequence[Clause], i: int) -> int:
    """The index in ``clauses`` of the one word ``i`` is in (a join: the one it opens)."""
    return next((n for n, cl in enumerate(clauses) if i < cl.end), len(clauses) - 1)


def attached(clauses: Sequence[Clause], n: int) -> tuple[list[int], list[int]]:
    """The clauses said of clause ``n`` before and after it: verbless ones and those said
    of another, up to a clause of its own or a main join; one said after it and before
    another clause of its own, with no join between, is that one's ("kerron heti, | jos
    haluatte | hän voi soittaa teille")."""
    before: list[int] = []
    if clauses[n].opener in (None, "niin") or clauses[n].sub:  # ("jos joku kysyy | niin
        # kerron …": a condition put first and its "then", review268)
        for m in range(n - 1, -1, -1):
            if clauses[m].main or clauses[m].opener in MAIN_OPENERS:
                break
            before.insert(0, m)
    after: list[int] = []
    for m in range(n + 1, len(clauses)):
        if clauses[m].main or clauses[m].opener in MAIN_OPENERS:
            if clauses[m].opener in (None, "niin"):
                while after and clauses[after[-1]].sub:
                    after.pop()  # (a condition fronting the clause after it, "niin" its
                    # "then": "jos haluatte, niin hän soittaa teille")
            break
        after.append(m)
    return before, after


def words_of(words: Sequence[str], clauses: Sequence[Clause], ns: Sequence[int]) -> list[str]:
    """The words of the clauses ``ns``, in order."""
    return [w for n in ns for w in words[clauses[n].start:clauses[n].end]]


def _in_a_person(words: Sequence[str], k: int) -> bool:
    """Word ``k`` is a verb in a person, not a no ("en", "ei": its verb is), nor "päästä"
    after its genitive ("tunnin päästä": in an hour; review274)."""
    return words[k] not in NEGATIONS and bool(finnish.persons(words[k])) and not (
        words[k] == "päästä" and k > 0 and "omanto" in finnish.cases(words[k - 1]))


def _no_word_of_how(word: str) -> bool:
    """``word`` reads as no adverb nor adjective: one that may also be ("takaisin", read
    also as "takainen") begins no clause without a subject before it."""
    return not any(a.get("CLASS") in _WORDS_OF_HOW for a in finnish.analyses(word))


_WORDS_OF_HOW = frozenset({"seikkasana", "laatusana", "nimisana_laatusana"})


def _infinitive_after(words: Sequence[str], k: int, verbs: Sequence[int]) -> bool:
    """Word ``k`` also reads as an infinitive and follows a verb of the clause, so is that
    verb's ("haluaa tietää", "voi olla")."""
    return bool(verbs) and verbs[-1] == k - 1 and finnish.has_mood(words[k], "A-infinitive")


def _opens(words: Sequence[str], k: int) -> bool:
    """The join at ``k`` opens a clause: not one that goes on the join before it ("ennen
    kuin", "niin kuin"), nor "ennen" of a time ("ennen taukoa"; "ennen kuin" opens)."""
    if words[k] == "ennen":
        return words[k + 1:k + 2] in (["kuin"], ["kun"])
    return not (k and words[k - 1] in ("ennen", "niin"))


def commas_at(c: Case) -> frozenset[int]:
    """Where the answer as written has a comma or a full stop: the indexes of ``c.words``
    that begin a part ("maitokaappi on kylmä, jogurtit …"); none where the parts,
    normalised apart, are not the words as normalised whole."""
    return part_starts(c.written, lambda p: canonical(normalise(p)).split(), len(c.words))


def part_starts(written: str, words_of: Callable[[str], list[str]], total: int
                ) -> frozenset[int]:
    """Where each part of ``written`` after a comma or a full stop begins, counted in the
    words ``words_of`` reads from each part; none where they are not ``total`` words in all
    (a part read into more or fewer words than whole)."""
    parts = re.split(r"[,.;:!?]", written)
    if len(parts) < 2:
        return frozenset()
    counts = [len(words_of(p)) for p in parts]
    if sum(counts) != total:
        return frozenset()
    at, out = 0, set()
    for n in counts[:-1]:
        at += n
        out.add(at)
    return frozenset(out)
