"""The robot's feedback on an `almost`, in plain Finnish (selkokieli, A1): what was off,
then the right form, so the learner hears exactly what to change."""

from __future__ import annotations

from valkky.judge.verdict import Judgement


def feedback_fi(j: Judgement) -> str:
    if j.verdict != "almost" or j.detail is None:
        return ""
    d = j.detail
    right = d.expected
    if j.reason in ("vowel_length", "double_consonant") and d.letter:
        if d.long:
            return f"Melkein! Kaksi {d.letter}-kirjainta: {right}."
        return f"Melkein! Yksi {d.letter}-kirjain: {right}."
    if j.reason == "umlaut" and d.letter:
        plain = d.letter.translate(str.maketrans("äöyaou", "aouäöy"))
        return f"Melkein! Sano {d.letter}, ei {plain}: {right}."
    if j.reason == "word_form":
        return f"Oikea sana! Sano näin: {_answer(j)}."
    if j.reason == "missing_words":
        return f"Hyvä alku! Sano koko lause: {_answer(j)}."
    return f"Melkein! Sano: {_answer(j)}."


def _answer(j: Judgement) -> str:
    return (j.closest or j.detail.expected if j.detail else "").rstrip(".!?")
