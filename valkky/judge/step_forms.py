"""A word in another form the step's own answers give it after the same word (rule
``step_slot``): "hänellä on kova kuume" where "asukkaalla on kuume" is accepted beside
"hänellä on kuumetta" (set 15) — the trainer's own answers say the word that way in that
place, so the learner's choice of it is no slip.

Only another form of the same word (not a compound's head for the compound: "painan
vihreää nappia" beside "painan punaista nappia" names another button). The word before it
must be the same (an adjective in between is passed over, "korkea kuume"; not a numeral,
which gives the noun its case), and so must the word after it, or both end there: "uuni
päälle" beside "laitan uunin päälle" says nothing of "laitan uuni", nor "mittaan reikien
paikat" of "mittaan reikien"; and the rest of the two sentences must be the same but for
another word in the same form (``_same_frame``).
"""

from __future__ import annotations

from collections.abc import Sequence

from valkky.judge import finnish


def _word_before(words: Sequence[str], at: int) -> str | None:
    """The word before ``words[at]``, past the adjectives that modify it (not a numeral:
    it gives the noun its case, "kahdeksan tuntia")."""
    i = at - 1
    while i >= 0 and _modifies(words[i], words[at]):
        i -= 1
    return words[i] if i >= 0 else None


def _modifies(word: str, noun: str) -> bool:
    """``word`` is an adjective that agrees with ``noun`` in case and number, as one that
    modifies it does ("korkea kuume"); a participle in another case governs the word
    instead ("kuluneet loppuun": "renkaat on loppuun" is no form of that answer)."""
    classes = finnish.word_classes(word)
    return bool(classes) and classes <= finnish.ADJECTIVE_CLASSES and \
        bool(finnish.case_numbers(word) & finnish.case_numbers(noun))


def _word_after(words: Sequence[str], at: int) -> str | None:
    return words[at + 1] if at + 1 < len(words) else None


def _bare(words: Sequence[str]) -> list[str]:
    """The words without the adjectives before a noun (which agree with it, govern nothing)."""
    return [w for i, w in enumerate(words)
            if not (i + 1 < len(words) and _modifies(w, words[i + 1])
                    and "nimisana" in finnish.word_classes(words[i + 1]))]


def _same_frame(heard: Sequence[str], answer: Sequence[str]) -> bool:
    """Word for word the same sentence but for another word in the same form (a subject,
    a place: "hänellä" for "asukkaalla"), adjectives aside: no verb, numeral or form of a
    word changed. The word's own case is the governing verb's, not its neighbours': an
    answer with another verb or construction says nothing of it ("kerron heti hoitajan"
    beside "haen heti hoitajan")."""
    a, b = _bare(heard), _bare(answer)
    if len(a) != len(b):
        return False
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        if finnish.same_lemma(x, y) or finnish.is_verb(x) or finnish.is_verb(y) or \
                "lukusana" in finnish.word_classes(x) | finnish.word_classes(y) or \
                not finnish.case_numbers(x) & finnish.case_numbers(y) or \
                _a_state(x) != _a_state(y):
            return False
    return True


def _a_state(word: str) -> bool:
    """A word that may say how a thing is (an adverb or adjective: "väärin", "rikki"),
    not only name a thing: "minun palkassa on virhe" says nothing of "minun palkassa on
    väärin", whose "palkka" takes its case from "väärin" ("palkka on väärin")."""
    return not finnish.NOT_ONLY_A_THING.isdisjoint(finnish.word_classes(word))


def in_a_step_form(h: str, heard: Sequence[str], accepted: Sequence[str]) -> bool:
    """``h`` stands between the same words in the learner's answer and in one of the
    step's accepted answers (normalised), or after the same word at the end of both."""
    if h not in heard:
        return False
    at = heard.index(h)
    before, after = _word_before(heard, at), _word_after(heard, at)
    if before is None:
        return False
    for answer in accepted:
        words = answer.split()
        if h in words and _word_before(words, words.index(h)) == before and \
                _word_after(words, words.index(h)) == after and _same_frame(heard, words):
            return True
    return False
