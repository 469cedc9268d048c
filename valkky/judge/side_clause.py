"""A right answer, then a clause of the learner's own beside it (issue 12): a reason or a
purpose ("siivoan, koska joku voi kompastua", "siivoan, ettei kukaan kompastu"), what is
said ("sanon työnjohtajalle, että kone ei toimi"), or a statement after a comma ("missä
ruuvit ovat, en löydä niitä", "otan momenttiavaimen, kiristän pultit"). The learner says
more than was asked; a no in that clause is no no of the answer, unless it says no to a
deed an accepted answer says yes of ("laitan kyltin, en siivoa" beside "siivoan"). The
answer before it is judged alone ("en siivoa, koska…" stays the opposite)."""

from __future__ import annotations

from collections.abc import Sequence

from valkky.judge import finnish
from valkky.judge.case import Case, Judgement, normalised
from valkky.judge.open_answers import said_near
from valkky.judge.polarity import says_no
from valkky.judge.rules import judged_as, mistake_beside
from valkky.judge.wordsets import FRAME_WORDS, NEGATIONS, PRONUNCIATION

# words that open a clause of reason, purpose or what is said ("ettei": "että ei")
_OPENERS = frozenset({"että", "jotta", "jottei", "koska"})
# an accepted answer that asks: its verbs are no deed the learner says no to ("mistä
# löydän ruuvit" beside "en löydä niitä")
_ASKING = frozenset({"missä", "mistä", "mihin", "mikä", "mitä", "milloin", "miten", "kuinka",
                     "kuka", "kenelle", "montako", "paljonko"})
# a slip of the answer before the clause is that slip ("nosturin lukitus ei toimi, en
# käytä sitä" typed with a typo); an answer missing words is no answer beside a clause
_SLIPS = frozenset(PRONUNCIATION) | {"typo", "word_form"}
_MOST_CUTS = 3  # each is a judge() call of the part before it


def side_clause(c: Case) -> Judgement | None:
    words = c.words
    if len(words) < 3 or c.open_question or not (
            "," in c.written or not _OPENERS.isdisjoint(words[1:])):
        return None
    spoken = sorted({w for _, n in c.accepted for w in n.split()})
    for cut in _cuts(c)[:_MOST_CUTS]:
        head, tail = words[:cut], words[cut:]
        if not any(map(finnish.persons, tail)):
            continue  # no clause: a word or two more, judged word by word
        if all(said_near(spoken, w) for w in tail if w not in FRAME_WORDS):
            continue  # the accepted answers' own words ("varo, lattia on"): word by word
        if (mistake := mistake_beside(c, tail, says_no(tail), head)) is not None:
            return mistake
        if says_no(tail) and _denies_a_deed(c, tail):
            return None
        j = judged_as(c, head)
        c.note(f"'{' '.join(head)}', then the clause '{' '.join(tail)}': {j.verdict}")
        if j.verdict == "correct" or (j.verdict == "almost" and j.reason in _SLIPS):
            return c.judgement(j.verdict, j.reason, closest=j.closest, detail=j.detail)
    return None


def _cuts(c: Case) -> list[int]:
    """Where a clause of its own may begin: at a comma as written, at a word that opens a
    clause of reason or purpose."""
    cuts: set[int] = set()
    count = 0
    for part in c.written.split(",")[:-1]:
        count += len(normalised(part).split())
        if 0 < count < len(c.words):
            cuts.add(count)
    cuts.update(i for i, w in enumerate(c.words) if i and w in _OPENERS)
    return sorted(cuts)


def _denies_a_deed(c: Case, tail: Sequence[str]) -> bool:
    """A verb said with a no in ``tail`` that an accepted answer (not a question) says
    with a yes."""
    denied = [w for k, w in enumerate(tail) if finnish.is_verb(w) and w not in NEGATIONS
              and NEGATIONS.intersection(tail[:k])]
    for _, n in c.accepted:
        said = n.split()
        if not said or said[0] in _ASKING or not NEGATIONS.isdisjoint(said):
            continue
        if any(finnish.same_lemma(v, w) for v in denied for w in said):
            return True
    return False
