"""A non-word one letter off the expected word's base form is a try at the word, slipped
(word_rules.base_typo; issue 12, stop 42; sets 22 and 34: both trainers almost, the judge
wrong): "kunossapito" for "kunnossapitoon". Two letters off the base form, or a short word,
stays another word."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge.word_rules import decided_by
from valkky.testing.table import as_table


@as_table(("step", "answer", "verdict"), [
    ("valmistus-raportti sari.8", "soitetaan kunossapito", "almost"),
    ("valmistus-raportti sari.8", "soittaa kunnosapito", "almost"),
    ("valmistus-raportti sari.8", "soitetaan kunnossapitoon", "correct"),
])
def test_a_slip_of_the_words_base_form(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("expected", "heard", "rule"), [
    ("kunnossapitoon", "kunossapito", "base_typo"),
    ("hyllyvälissä", "hyllyväl", "base_typo"),  # its base form with its last letter dropped
    ("hyllyvälissä", "hyllypaikka", None),  # a real word: another word
    ("kunnossapitoon", "kunosapito", None),  # two letters off the base form
    ("laatikkoon", "laatko", None),
])
def test_base_typo(expected: str, heard: str, rule: str | None) -> None:
    names = [name for name, _, _ in decided_by(expected, heard, frozenset())]
    assert (rule in names) if rule else ("base_typo" not in names)
