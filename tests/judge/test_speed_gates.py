"""A cheap test put before a slower one for speed (speed47) lets through every text the
slower one takes: over every text the golden judgements give the judge (their answers,
accepted answers and foreseen mistakes). A way added to the slower test that the cheap
one does not let through fails here, not in a verdict left unread after a clean merge.
A failure names counts only (the graded answers among the texts stay unshown)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import pytest

from tests.judge.golden import calls
from valkky.judge import finnish
from valkky.judge.fault_denied import _called_fine, _denied, may_call_fine
from valkky.judge.normalise import normalise
from valkky.judge.polarity import main_clauses
from valkky.judge.repaired import _REPAIR_WORDS, REPAIR


def _texts() -> Iterator[str]:
    seen: set[str] = set()
    for call in calls():
        mistakes = call.step.get("wrong_answers") or ()
        if isinstance(mistakes, Mapping):
            mistakes = tuple(mistakes)
        for text in (call.answer, *call.accept, *mistakes):
            if isinstance(text, str) and text not in seen:
                seen.add(text)
                yield text


def test_repair_words_let_every_repair_through() -> None:
    """``repaired`` reads REPAIR only in a text ``_REPAIR_WORDS`` finds a word of."""
    texts = list(_texts())
    taken = [t for t in texts if REPAIR.search(t)]
    missed = sum(1 for t in taken if not _REPAIR_WORDS.search(t))
    assert taken  # (the texts hold repairs: the test can fail)
    if missed:  # pytest.fail: no values of locals shown
        pytest.fail(f"{missed} of {len(taken)} texts with a repair have none of "
                    f"_REPAIR_WORDS' words: add the new way's word to it", pytrace=False)


@pytest.mark.parametrize(("text", "repair"), [
    ("käytän sitä, ei, kerron hoitajalle", True),
    ("menen ulos eiku jään sisään", True),
    ("hissillä tai siis portaita", True),
    ("menen hissillä, anteeksi, portaita", True),
    ("käytän suojalaseja", False),
])
def test_the_gate_and_the_pattern_on_examples(text: str, repair: bool) -> None:
    assert bool(REPAIR.search(text)) is repair
    assert not repair or _REPAIR_WORDS.search(text)


def test_a_fine_state_or_a_no_lets_every_fault_called_fine_through() -> None:
    """``fault_denied`` works out a step's faulty things only where ``may_call_fine`` finds
    a fine state or a no; every clause of the texts that calls a thing of its own fine or
    says no fault of it (each noun taken as faulty) has one."""
    taken = missed = 0
    for text in _texts():
        for part in text.split(","):
            for clause in main_clauses(normalise(part).split()):
                things = frozenset(b for w in clause if "nimisana" in finnish.word_classes(w)
                                   for b in finnish.base_forms(w))
                if things and (_called_fine(clause, things) or _denied(clause, things)):
                    taken += 1
                    missed += not may_call_fine(clause)
    assert taken  # (the texts call things fine: the test can fail)
    if missed:
        pytest.fail(f"{missed} of {taken} clauses that call a thing fine pass no gate: "
                    f"add their word to may_call_fine", pytrace=False)
