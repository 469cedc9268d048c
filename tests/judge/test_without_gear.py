"""Going without protective gear said beside a right answer (unsafe_more.UNSAFE_DEEDS'
"ilman …", read for by_word's right answers too: verdict._unsafe_more; issue 12, stop 42,
review54: "siivoan työmaan ilman kypärää" was right): almost, the right answer to say
alone. Not where the step's own answers say it, nor in a clause that says no."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table


@as_table(("step", "answer", "verdict"), [
    ("rakennus-turvallisuus step-22", "siivoan työmaan ilman kypärää", "almost"),
    ("rakennus-turvallisuus step-22", "siivoan lattian ilman suojalaseja", "almost"),
    ("kauppa-turvallisuus marka-lattia", "kuivaan lattian ilman varoituskylttiä", "almost"),
    # the right answer alone; the step's own "ilman"; a no of going without
    ("rakennus-turvallisuus step-22", "siivoan työmaan", "correct"),
    ("autoala-raportti jere", "älä mene auton alle ilman tukipukkeja", "correct"),
    ("rakennus-raportti uusi", "laita kypärä päähän, älä mene ilman kypärää", "correct"),
])
def test_going_without_gear_beside_a_right_answer(step: str, answer: str,
                                                  verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
