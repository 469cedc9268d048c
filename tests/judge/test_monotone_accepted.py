"""A trainer's new accepted answer must not make another right answer worse (issue 12).

by_word compares an answer with the four accepted answers nearest by letters; a longer one
added to the step could push out the short one the learner said ("mä olin kahdeksan
tuntii" almost once "työpäivä oli kahdeksan tuntia" is accepted). An accepted answer said
whole or nearly is now always a candidate where the nearest give less than correct
(compare.by_word).

The property, exactly: for an answer x judged correct against [A] and against the step as
is, x stays correct against [A, B] for every other accepted answer B of the same step, unless
B is what tells the judge x is wrong (x is the opposite of B: wrong, negation, B saying no
where A says yes or the other way round; or B holds a number and A none, a number bound to a
slot: "kyllä linja kaksi" once "linja kolme" is accepted). x is each of A said with a yes or
a word before it, a thanks or a clause after it, or with its last -ia said as -ii.

Where it cannot hold: rules before by_word that read the whole list, not by_word's choice
of candidates. extra_clause takes a right answer and a statement of its own only where the
statement speaks of nothing the accepted answers speak of; an answer added that speaks of it
sends the answer to by_word, which compares it word by word ("kyllä, tänään on ensimmäinen
päivä" beside "kyllä" once "olen tämä on ensimmäinen päivä" is accepted:
ADDED_ELSEWHERE); that reading is extra_clause's own. Nor where the lexicon's phrase said
for another rewrites the answer toward the nearest answer's words and so its polarity:
"kyllä, kahvia ei ole hyllyssä" is right against "kahvia ei ole hyllyssä", but beside "kahvi
puuttuu hyllystä" it reads as "puuttuu", and by_word compares only the answers of the
answer's yes or no (varasto-keraily ongelma.2; the library swept: ADDED_ELSEWHERE's third).
Re-judging against one answer alone to get round them was rejected (it let "kyllä lattia on
märkä" beside "kyllä" and "lattia on kuiva" through).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from tests.judge.agreement import tasks
from valkky.judge import judge
from valkky.judge.accepted import shape_of
from valkky.judge.case import normalised
from valkky.lesson import model as m
from valkky.testing.table import as_table

# (answer, the step's accepted answers, the one added): the step of lessons/yleinen/
# yleinen-aika.yaml.
ADDED = [
    ("mä olin kahdeksan tuntii", ["kahdeksan tuntia", "kahdeksan", "olin töissä kahdeksan "
                                  "tuntia", "olin kahdeksan tuntia töissä",
                                  "se on kahdeksan tuntia"], "työpäivä oli kahdeksan tuntia"),
    # (held since stop 71: "kyllä" and "pääsen" each an accepted answer by itself)
    ("kyllä, mutta olen myöhässä", ["pääsen", "kyllä pääsen", "kyllä", "en pääse",
                                    "kyllä tulen bussilla"], "pääsen mutta myöhässä"),
]

# extra_clause's reading of the whole list (the module's docstring): right before, not after.
ADDED_ELSEWHERE = [
    ("kyllä tänään on ensimmäinen päivä", ["olen katsonut", "joo", "kyllä", "joo katoin sen"],
     "olen tämä on ensimmäinen päivä"),
    ("kyllä, kahvia ei ole hyllyssä", ["kahvia ei ole hyllyssä"], "kahvi puuttuu hyllystä"),
]


@as_table(("answer", "accepted", "added"), ADDED)
def test_an_answer_added_keeps_another_right_answer_right(answer: str, accepted: list[str],
                                                           added: str) -> None:
    assert judge(answer, accepted).verdict == "correct"
    assert judge(answer, [*accepted, added]).verdict == "correct"


@as_table(("answer", "accepted", "added"), ADDED_ELSEWHERE)
def test_where_it_cannot_hold_yet(answer: str, accepted: list[str], added: str) -> None:
    """Pinned as they are, so a change to extra_clause that mends them shows here."""
    assert judge(answer, accepted).verdict == "correct"
    j = judge(answer, [*accepted, added])
    assert j.verdict != "correct" and j.rule == "by_word"


# What an answer said whole does not decide: it is a candidate only where it makes the
# answer correct, so the nearer answer's slip, the step's mistake and numbers stand.
KEPT: list[tuple[str, list[str], dict[str, Any], str, str | None]] = [
    ("haen lisaa pahvilaatikoita varastosta", ["haen pahvilaatikot",
                                               "haen lisää pahvilaatikoita varastosta"], {},
     "almost", "umlaut"),
    ("kyllä ja menen hissiin", ["kyllä", "menen hätäuloskäynnille"],
     {"wrong_answers": ("menen hissiin",)}, "wrong", "mistake"),
    ("kyllä linja kaksi", ["kyllä", "linja kolme"], {}, "wrong", None),
    ("kyllä lattia on märkä", ["kyllä", "lattia on kuiva"], {}, "wrong", None),
    ("olin kahdeksan tuntii", ["olin seitsemän tuntia", "työpäivä oli seitsemän tuntia"], {},
     "wrong", None),
]


@as_table(("answer", "accepted", "step", "verdict", "reason"), KEPT)
def test_an_answer_said_whole_decides_only_a_right_answer(
        answer: str, accepted: list[str], step: dict[str, Any], verdict: str,
        reason: str | None) -> None:
    j = judge(answer, accepted, **step)
    assert (j.verdict, j.reason) == (verdict, reason)


_SAID = ("kyllä, {}", "mä {}", "{} kiitos", "{} ja kaikki on hyvin")
_STEPS = 10  # every n-th answerable step with three accepted answers or more


def _sample() -> list[tuple[str, m.Task]]:
    steps = [(k, t) for k, (t, _) in sorted(tasks().items())
             if len(t.accept) >= 3 and not t.open]
    return steps[::max(1, len(steps) // _STEPS)]


def _spoken(answer: str) -> str:
    """The answer with its last -ia or -iä said as speech says it, -ii ("tuntii")."""
    return re.sub(r"i[aä](?=\W*$)", "ii", answer)


def _arguments(task: m.Task) -> dict[str, Any]:
    return {"keywords": task.keywords, "strict": task.strict, "topics": task.topics,
            "wrong_answers": {k: r.verdict or "wrong" for k, r in task.mistakes.items()},
            "min_sentences": task.sentences}


def _excused(j: Any, a: str, b: str) -> bool:
    """Where B tells the judge the answer is wrong: its no or yes, its number."""
    if j.verdict != "wrong":
        return False
    sa, sb = shape_of(normalised(a)), shape_of(normalised(b))
    return (j.reason == "negation" and sa.negative != sb.negative) or \
        (not sa.numbers and bool(sb.numbers))


def worse(steps: list[tuple[str, m.Task]]) -> Iterator[str]:
    """Every pair that breaks the property, as a line."""
    for key, task in steps:
        accept, kw = list(task.accept), _arguments(task)
        for a in accept:
            plain = a.rstrip(".!?").lower()
            for said in dict.fromkeys((*(s.format(plain) for s in _SAID), _spoken(plain))):
                if judge(said, [a], **kw).verdict != "correct" or \
                        judge(said, accept, **kw).verdict != "correct":
                    continue
                for b in accept:
                    j = judge(said, [a, b], **kw)
                    if b != a and j.verdict != "correct" and not _excused(j, a, b):
                        yield f"{key}: {said!r} right against [{a!r}], {j.verdict} with {b!r}"


def test_an_accepted_answer_added_never_makes_a_right_answer_worse() -> None:
    assert list(worse(_sample())) == []


if __name__ == "__main__":  # the whole library: python -m tests.judge.test_monotone_accepted
    steps = [(k, t) for k, (t, _) in sorted(tasks().items()) if len(t.accept) >= 2
             and not t.open]
    found = list(worse(steps))
    print(f"{len(steps)} steps: {len(found)} pairs made worse")
    print("\n".join(found))
