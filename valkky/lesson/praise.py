"""Praise in a dialogue's robot lines, and "nearly" or praise opening a mistake's feedback:
the words and gestures lint warns about.

A dialogue's robot line after a learner turn is played whatever the verdict was (right,
almost or wrong), so praise there praises a wrong or unsafe answer too. Praise belongs in
the learner turn's ``correct:`` reaction. These lists are data: add a phrase here when a
trainer finds one lint missed, or an exception when lint flags a line that is not praise.
"""

from __future__ import annotations

import re

# Praise of the answer, matched at the start of a clause (a sentence, or a part of one
# between commas): "Hyvä.", "Hienoa, kiitos!", "Kyllä, juuri niin.", "Hyvä kysymys!".
PRAISE: tuple[str, ...] = (
    "hyvä", "hyvää työtä", "hyvä homma", "hyvin tehty", "hyvin sanottu", "hyvin meni",
    "hienoa", "hienosti", "hieno homma", "erinomaista", "erinomainen", "mahtavaa",
    "loistavaa", "loistava", "upeaa", "oikein", "aivan oikein", "ihan oikein",
    "juuri niin", "just niin", "juuri noin", "just noin", "täsmälleen", "kiitos hyvästä",
    "bravo", "nappiin",
)

# Clauses that begin like praise but are not praise of the answer: "Hyvä on." (all right),
# greetings and wishes ("Oikein hyvää päivää!"), "Oikein hyvin, kiitos." (the answer to
# "Mitä kuuluu?"). "Hyvää huomenta", "Hyvää päivää", "Hyvää työpäivää" never match:
# only the phrase "hyvää työtä" of the word "hyvää" is praise.
NOT_PRAISE: tuple[str, ...] = (
    "hyvä on", "oikein hyvää", "oikein hyvin", "ihan hyvin",
)

# Gestures that mean "well done" (hardware/gestures.yaml).
PRAISE_GESTURES: frozenset[str] = frozenset({"thumbs_up"})

# A foreseen mistake's feedback that opens with one of these tells the learner they were
# nearly right, which is the verdict ``almost``; with the default ``wrong`` the learner
# hears "nearly" while their progress records a wrong answer.
NEARLY: tuple[str, ...] = ("melkein", "lähes", "miltei", "melkein oikein", "lähes oikein")

_CLAUSE = re.compile(r"[.!?;:,…]+")


def _words(text: str) -> list[str]:
    return "".join(c if c.isalnum() or c == "-" else " " for c in text.casefold()).split()


def _starts(words: list[str], phrase: str) -> bool:
    want = phrase.split()
    return words[:len(want)] == want


def praise_in(text: str) -> str | None:
    """The praise phrase a robot line opens a clause with, as written, or None."""
    for clause in _CLAUSE.split(text):
        words = _words(clause)
        if not words or any(_starts(words, p) for p in NOT_PRAISE):
            continue
        found = [p for p in PRAISE if _starts(words, p)]
        if found:
            longest = max(found, key=len)
            return " ".join(clause.split()[:len(longest.split())])
    return None


def nearly_in(text: str) -> str | None:
    """The word of "nearly" a reaction opens with, as written, or None."""
    first = _CLAUSE.split(text.strip(), maxsplit=1)[0]
    words = _words(first)
    found = [p for p in NEARLY if _starts(words, p)]
    if not found:
        return None
    return " ".join(first.split()[:len(max(found, key=len).split())])


def praise_opens(text: str) -> str | None:
    """The praise phrase a reaction opens with ("Hyvä, mutta …"), as written, or None: a
    wrong mistake's feedback that opens so praises the answer it calls wrong."""
    first = _CLAUSE.split(text.strip(), maxsplit=1)[0]
    return praise_in(first)
