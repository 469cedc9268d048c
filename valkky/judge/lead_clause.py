"""An accepted answer's first clause, then a right answer of the learner's own (issue 12,
session 41): "En oo varma, mä käyn kysymässä keittiöstä." beside "en ole varma, kysyn
kokilta" and "käyn kysymässä kokilta" — the step's own hedge said as it writes it, and what
follows right on its own. Compared word by word with one accepted answer at a time it was
wrong or almost (sets 17, 30, 31: both trainers correct).

Only where the answer's first words are, normalised, the first clause of an accepted
answer that goes on after a comma ("en ole varma" of "en ole varma, kysyn kokilta"; "en
tiedä", a wrong mistake alone, is right only so; where the learner's answer has no comma
right after those words, only a clause of two words or more and words after it with a
verb of their own: "käyn katsomassa helmi" is no clause and a name, "tässä on laskun,
olkaa hyvä" no lead "tässä"), and the words after them,
judged as an answer to the step on their own, are correct: a foreseen mistake after it is
judged as that mistake (``judged_as``). Not in a choose, repeat or open step.

The same owner joins two accepted answers said one after the other, each with a slip
(judge53): "en ymmärä, voitko selitä" beside "en ymmärrä" and "voitko selittää" (accepted
apart, not as one answer) was wrong, compared with one accepted answer at a time and two
words off. Cut in two (at a comma of the written answer, else at any word, two words or
more each side, none longer than the longest accepted answer and a word; never in an answer
with a word that joins or turns clauses), each part judged on its own (``judged_as``)
correct or almost with a slip of pronunciation or form, at least one almost, each nearest
another accepted answer: the whole is almost, with that slip. A part that is wrong,
another word, a foreseen mistake or a part said short keeps the whole as it was (wrong);
only where the comparison found it wrong for its words (no reason: not the opposite, not
a mistake, not going on)."""

from __future__ import annotations

from valkky.judge import finnish
from valkky.judge.case import Case, Judgement
from valkky.judge.normalise import normalise
from valkky.judge.rules import A_PART, judged_as
from valkky.judge.wordsets import PRONUNCIATION

# the slips a part may have and the whole still be two answers joined: of pronunciation or
# of a word's form (not another word, a synonym, a missing word nor a mistake)
_PART_SLIPS = frozenset({*PRONUNCIATION, "word_form"})
# words that join, turn or put off a clause: two answers said side by side have none
_JOINS = frozenset({"ja", "sekä", "mutta", "mut", "vaan", "tai", "vai", "eikä", "enkä",
                    "kun", "kunnes", "jos", "koska", "että", "ettei", "jotta", "sitten",
                    "silti", "kuitenkin", "vaikka", "joten", "niin"})


def lead_clause_said(c: Case, j: Judgement) -> Judgement:
    """``j``, or correct where the answer is an accepted answer's first clause and then a
    right answer (module doc)."""
    if j.verdict == "correct" or c.options or c.repeat or c.open_question:
        return j
    if j.verdict == "wrong" and j.reason is None and A_PART not in c.strict and \
            (joined := _two_answers_slipped(c)) is not None:
        return joined
    for model, lead in _leads(c):
        rest = c.words[len(lead):]
        if c.words[:len(lead)] != lead or not rest or (not _said_apart(c, lead) and (
                len(lead) < 2 or not any(map(finnish.persons, rest)))):
            continue
        if judged_as(c, rest).verdict == "correct":
            c.note(f"'{' '.join(lead)}' leads '{model}'; '{' '.join(rest)}' on its own: "
                   "correct")
            return c.judgement("correct", closest=model)
    return j


def _said_apart(c: Case, lead: list[str]) -> bool:
    """The learner's own comma right after the lead: "tässä, olkaa hyvä" said so, not
    "tässä on laskun, olkaa hyvä", whose "tässä" opens a clause (judge56)."""
    return "," in c.written and normalise(c.written.partition(",")[0]).split() == lead


def _leads(c: Case) -> list[tuple[str, list[str]]]:
    """Each accepted answer that goes on after a comma, with its first clause's words."""
    return [(a, lead) for a, _ in c.accepted if "," in a
            and (lead := normalise(a.partition(",")[0]).split())]


def _two_answers_slipped(c: Case) -> Judgement | None:
    """Almost where the answer is two accepted answers said one after the other, each
    right or with a slip of pronunciation or form and one at least with one (module doc);
    None otherwise."""
    for at in _cuts(c):
        first, second = judged_as(c, c.words[:at]), judged_as(c, c.words[at:])
        parts = (first, second)
        if not all(p.verdict == "correct" or (p.verdict == "almost" and p.reason in _PART_SLIPS)
                   for p in parts) or all(p.verdict == "correct" for p in parts) or \
                first.closest is None or first.closest == second.closest:
            continue
        slipped = next(p for p in parts if p.verdict == "almost")
        c.note(f"'{' '.join(c.words[:at])}' ({first.verdict}) and "
               f"'{' '.join(c.words[at:])}' ({second.verdict}): two accepted answers joined")
        return c.judgement("almost", slipped.reason, closest=slipped.closest,
                           detail=slipped.detail)
    return None


def _cuts(c: Case) -> list[int]:
    """Where the answer may be cut in two: after the written answer's first comma where its
    words before it are the answer's first words, else after any word, two words or more
    each side; nowhere in an answer with a word that joins or turns clauses ("ja", "mutta",
    "kunnes", "silti": the rules that weigh a clause more read those — "pyydän apua mutta
    nostan sen yksin" is no two answers side by side)."""
    if not _JOINS.isdisjoint(c.words):
        return []
    said = normalise(c.written.partition(",")[0]).split() if "," in c.written else []
    if said and c.words[:len(said)] == said and 2 <= len(said) <= len(c.words) - 2:
        return [len(said)]
    # (each part no longer than the longest accepted answer and a word: a part is a try at
    # one, and a long wrong answer is not judged again at every word)
    most = max((len(n.split()) for _, n in c.accepted), default=0) + 1
    n = len(c.words)
    return [at for at in range(2, n - 1) if at <= most and n - at <= most]
