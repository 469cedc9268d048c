"""A no beside an accepted answer to a foreseen mistake said without its object pronoun, as
Finnish leaves it out ("en laittanut hyllyyn" turns down "laitoin ne hyllyyn"), and with the
answer's own "I" said first (issue 12, stop 42; set 34: both trainers correct, the judge
almost). A yes to the mistake, or the mistake said beside the answer, stays wrong; so does a
mistake whose "ok" is what it says of a thing ("sormus on ok")."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table


@as_table(("step", "answer", "verdict"), [
    ("kauppa-raportti toimitus.4", "mä vein ne varastoon, en laittanut hyllyyn", "correct"),
    ("kauppa-raportti toimitus.4", "mä vein ne varastoon enkä laittanut hyllyyn", "correct"),
    ("kauppa-raportti toimitus.4", "vein ne varastoon enkä laittanut hyllyyn", "correct"),
    ("kauppa-raportti toimitus.4", "laitoin ne sivuun, en myynyt", "correct"),
    # the mistake said, or only its pronoun: no no of it
    ("kauppa-raportti toimitus.4", "mä vein ne varastoon, laitoin hyllyyn", "wrong"),
    ("kauppa-raportti toimitus.4", "vein ne varastoon ja laitoin ne hyllyyn", "wrong"),
    ("kauppa-raportti toimitus.4", "mä vein ne varastoon ja myin ne", "wrong"),
    # an almost mistake's words without their pronoun are no answer of their own (review54)
    ("kauppa-raportti toimitus.4", "vein ne varastoon, en ottanut pois", "wrong"),
])
def test_a_no_to_a_mistake_without_its_pronoun(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("step", "answer", "verdict"), [
    # "ok" said of a thing is what the mistake says of it: allowed (set 30: trainers wrong)
    ("elintarvike-raportti anna", "Laita hiukset hiusverkon alle. Sormus on ok.", "wrong"),
    ("elintarvike-raportti anna", "laita hiukset hiusverkkoon, sormus on okei", "wrong"),
    # an acknowledgement of the learner's own, before or after the answer: no mistake
    ("elintarvike-raportti anna", "okei, ota sormus pois", "correct"),
    ("elintarvike-raportti anna", "ota sormus pois, ok?", "correct"),
])
def test_ok_said_of_a_thing_beside_the_answer(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
