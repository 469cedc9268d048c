"""An accepted answer's first clause, then a right answer of the learner's own (issue 12,
session 41): "En oo varma, mä käyn kysymässä keittiöstä." beside "en ole varma, kysyn
kokilta" and "käyn kysymässä kokilta" — the step's own hedge said as it writes it, and what
follows right on its own. Compared word by word with one accepted answer at a time it was
wrong or almost (sets 17, 30, 31: both trainers correct).

Only where the answer's first words are, normalised, the first clause of an accepted
answer that goes on after a comma ("en ole varma" of "en ole varma, kysyn kokilta"; "en
tiedä", a wrong mistake alone, is right only so; where the learner's answer has no comma,
only a clause of two words or more and words after it with a verb of their own: "käyn
katsomassa helmi" is no clause and a name), and the words after them,
judged as an answer to the step on their own, are correct: a foreseen mistake after it is
judged as that mistake (``judged_as``). Not in a choose, repeat or open step."""

from __future__ import annotations

from valkky.judge import finnish
from valkky.judge.case import Case, Judgement
from valkky.judge.normalise import normalise
from valkky.judge.rules import judged_as


def lead_clause_said(c: Case, j: Judgement) -> Judgement:
    """``j``, or correct where the answer is an accepted answer's first clause and then a
    right answer (module doc)."""
    if j.verdict == "correct" or c.options or c.repeat or c.open_question:
        return j
    for model, lead in _leads(c):
        rest = c.words[len(lead):]
        if c.words[:len(lead)] != lead or not rest or ("," not in c.written and (
                len(lead) < 2 or not any(map(finnish.persons, rest)))):
            continue
        if judged_as(c, rest).verdict == "correct":
            c.note(f"'{' '.join(lead)}' leads '{model}'; '{' '.join(rest)}' on its own: "
                   "correct")
            return c.judgement("correct", closest=model)
    return j


def _leads(c: Case) -> list[tuple[str, list[str]]]:
    """Each accepted answer that goes on after a comma, with its first clause's words."""
    return [(a, lead) for a, _ in c.accepted if "," in a
            and (lead := normalise(a.partition(",")[0]).split())]
