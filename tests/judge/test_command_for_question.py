"""A command of the deed asked about, where every accepted answer asks what is not known
(question_told._commanded; issue 12, stop 42; set 34: both trainers wrong, the judge
almost): the learner tells the one asked what to do. A question, the learner's own deed
(almost, as before), a request asked as a question and a word the questions say themselves
stay as they were."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table


@as_table(("step", "answer", "verdict"), [
    ("hoiva-asukas vaatteet", "Laita tämä päälle.", "wrong"),
    ("hoiva-asukas vaatteet", "pue tämä päälle", "wrong"),
    ("yleinen-tarkistaminen step-5", "Vie nämä varastoon.", "wrong"),
    # a question, the learner's own deed, a slip of the question word
    ("hoiva-asukas vaatteet", "mitä laitetaan päälle", "correct"),
    ("hoiva-asukas vaatteet", "laita tämä päälle?", "almost"),
    ("yleinen-tarkistaminen step-5", "minä vien nämä varastoon", "almost"),
    ("varasto-keraily kysy-paikka", "misä tee on", "almost"),
])
def test_a_command_for_a_question(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
