"""Letters said: a word spelled, and a word's letters told about it (sets 11, 13, 15).

A step that asks for a spelling ("Tavaa nimi: än, uu, uu, är") is answered with the letters
named as Finns name them or written one by one (`l m n r s` for `Äl, äm, än, är, äs.`), and
an `r` is said rolled (`ärr`): the same letters, whichever way. The word said whole where
every accepted answer spells it is no spelling (`nuur` for `än uu uu är`). And a word of a
minimal-pair step said with how many of a letter it has (`mutta kaksi t`, `kanssa kaksi s`)
is that word: the count is what the step teaches, said about it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from valkky.judge.case import Case, Detail, Judgement
from valkky.judge.number_words import is_number
from valkky.judge.rules import judged_as

# The Finnish names of the letters, and the r said rolled (ö's "öö" is a hesitation to the
# normaliser, left out)
LETTER_NAMES = {
    "aa": "a", "bee": "b", "see": "c", "dee": "d", "ee": "e", "äf": "f", "gee": "g",
    "hoo": "h", "ii": "i", "jii": "j", "koo": "k", "äl": "l", "äm": "m", "än": "n",
    "oo": "o", "pee": "p", "kuu": "q", "är": "r", "ärr": "r", "ärrä": "r", "äs": "s",
    "tee": "t", "uu": "u", "vee": "v", "kaksoisvee": "w", "äks": "x", "yy": "y",
    "tset": "z", "ää": "ä"}
# Letters named as other languages name them (English, Swedish, German, Russian…): the
# letter meant is plain, its Finnish name is the slip ("el em en er es" for "äl, äm, än,
# är, äs", "kaa" for "koo": set 59, both trainers almost)
OTHER_NAMES = {
    "el": "l", "em": "m", "en": "n", "er": "r", "es": "s", "ef": "f", "eks": "x", "ka": "k",
    "kaa": "k", "ha": "h", "haa": "h", "ar": "r", "jot": "j", "zet": "z"}  # (not "be" for
# "bee": a vowel's length, which the word rules name)
# a letter's name in the partitive, after a count ("kaks uuta": two u's; set 62, both
# trainers: how Finns spell a double letter)
_NAMES_COUNTED = {
    "aata": "aa", "beetä": "bee", "seetä": "see", "deetä": "dee", "eetä": "ee",
    "äffää": "äf", "geetä": "gee", "hoota": "hoo", "iitä": "ii", "jiitä": "jii",
    "koota": "koo", "ällää": "äl", "ämmää": "äm", "ännää": "än", "oota": "oo",
    "peetä": "pee", "ärrää": "är", "ässää": "äs", "teetä": "tee", "uuta": "uu",
    "veetä": "vee", "yytä": "yy", "äätä": "ää"}
_COUNTS = {"yksi": 1, "kaksi": 2}
_LETTER_WORDS = frozenset({"kirjain", "kirjainta"})


def _letter(word: str) -> str | None:
    if len(word) == 1 and word.isalpha():
        return word
    return LETTER_NAMES.get(word)


def spelled(words: Sequence[str]) -> str | None:
    """The letters ``words`` spell, where each is a letter written, or each a letter's
    name (two or more); else None. A letter written among names is its name said short
    ("än u u är": the u's length, a slip), no spelling."""
    if len(words) < 2 or (len(words[0]) != 1 and words[0] not in LETTER_NAMES):
        return None  # (the commonest: a word first)
    if all(len(w) == 1 and w.isalpha() for w in words):
        return "".join(words)
    if all(w in LETTER_NAMES for w in words):
        return "".join(LETTER_NAMES[w] for w in words)
    return None


def _hyphenated(written: str) -> str | None:
    """The letters written one by one joined by hyphens or dots ("N-U-U-R", "n.u.u.r"),
    which the answer's normalising joins into the word (set 225, the trainer right); else
    None."""
    found = _HYPHENATED.fullmatch(written.strip())
    return None if found is None else re.sub(r"[^\w]", "", written).casefold()


_HYPHENATED = re.compile(r"(?:[^\W\d_]\s*[-.]\s*)+[^\W\d_]\s*[.!?]?")


def _named_otherwise(words: Sequence[str]) -> str | None:
    """The letters ``words`` name, two or more, where each is a letter's name, Finnish or
    another language's (``OTHER_NAMES``), and one at least is another's; else None."""
    if len(words) < 2 or not any(w in OTHER_NAMES for w in words) or not all(
            w in LETTER_NAMES or w in OTHER_NAMES for w in words):
        return None
    return "".join(LETTER_NAMES.get(w) or OTHER_NAMES[w] for w in words)


def _doubles_named(words: Sequence[str]) -> list[str]:
    """``words`` with a double letter said by its count ("kaks uuta") as its two names."""
    out: list[str] = []
    for w in words:
        if out and out[-1] in ("kaks", "kaksi") and w in _NAMES_COUNTED:
            out[-1:] = [_NAMES_COUNTED[w]] * 2
        else:
            out.append(w)
    return out


def spelling(c: Case) -> Judgement | None:
    """A spelling step's letters, named or written: the same letters are the answer; the
    word said whole where every accepted answer spells it is not spelled (wrong)."""
    letters = _doubles_named(c.said.split())
    said = spelled(letters) or _hyphenated(c.written)
    if said is None and (loose := _named_otherwise(letters)) is not None:
        match = next((original for original, n in c.accepted if spelled(n.split()) == loose),
                     None)
        if match is not None:  # (the letters right, some named as another language does)
            c.note(f"the letters {loose}, named otherwise")
            return c.judgement("almost", "letter_names", closest=match,
                               detail=Detail(expected=match, heard=c.said))
    if said is None:  # (the commonest: no spelling said; then only a word alone counts)
        if len(c.words) != 1:
            return None
        spellings = []
        for original, n in c.accepted:
            if (s := spelled(n.split())) is None:
                return None  # (not every accepted answer spells it)
            spellings.append((original, s))
        if spellings and c.words[0] in {s for _, s in spellings}:
            c.note("the word said whole, not spelled")
            return c.judgement("wrong", closest=spellings[0][0])
        return None
    match = next((original for original, n in c.accepted if spelled(n.split()) == said),
                 None)
    if match is None:
        # the step's letters in another order spell another word ("koo aa hoo ii vee" for
        # KAHVI: set 133, the trainer wrong), however free the word order elsewhere
        turned = next((original for original, n in c.accepted
                       if (s := spelled(n.split())) is not None and sorted(s) == sorted(said)),
                      None)
        if turned is None:
            return None
        c.note(f"the letters {said}: the step's letters in another order")
        return c.judgement("wrong", closest=turned)
    c.note(f"the letters {said}")
    return c.judgement("correct", closest=match)


def letters_told(c: Case) -> Judgement | None:
    """An accepted answer said with how many of a letter its word has ("mutta kaksi t",
    "kanssa yksi s-kirjain"), where the word said has that many: the answer, its letters
    told. The rest judged as said alone."""
    words = c.words
    if _COUNTS.keys().isdisjoint(words):
        return None  # (the commonest: no count said)
    found = next(((i, letter) for i in range(1, len(words) - 1) if words[i] in _COUNTS
                  and (letter := _letter(words[i + 1].removesuffix("kirjainta")
                                         .removesuffix("kirjain"))) is not None), None)
    if found is None or is_number(words[found[0] - 1]):
        return None
    at, letter = found
    end = at + 2 + (at + 2 < len(words) and words[at + 2] in _LETTER_WORDS)
    rest = [*words[:at], *words[end:]]
    if not any(_has(w, letter, _COUNTS[words[at]]) for w in rest):
        return None
    j = judged_as(c, rest)
    c.note(f"'{' '.join(rest)}' with its letters told: {j.verdict}")
    return c.judgement("correct", closest=j.closest) if j.verdict == "correct" else None


def spelled_after(c: Case) -> Judgement | None:
    """A word said and then spelled ("Ali, a l i", "Virtanen, vee ii är tee aa än ee än"),
    as one spells a name on the phone: the word once. The rest judged as said alone; taken
    where that is right."""
    words = c.words
    for i in range(1, len(words) - 1):
        if _letter(words[i]) is None:
            continue  # (the commonest: no letter said)
        end = i
        while end < len(words) and _letter(words[end]) is not None:
            end += 1
        if spelled(words[i:end]) == words[i - 1]:
            rest = [*words[:i], *words[end:]]
            j = judged_as(c, rest)
            c.note(f"'{words[i - 1]}' spelled after it: '{' '.join(rest)}' {j.verdict}")
            return c.judgement("correct", closest=j.closest) if j.verdict == "correct" \
                else None
    return None


def _has(word: str, letter: str, count: int) -> bool:
    """``word`` has ``letter`` ``count`` times in a row: "mutta" two t's, "muta" one."""
    if count == 2:
        return letter * 2 in word
    return letter in word and letter * 2 not in word
