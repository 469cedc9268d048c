"""Issue 12 (session 41, set 31). A wrong foreseen mistake said without the place it names
is that mistake beside a right answer, and turned down so, a no to it ("haen takin" of
"haen takin pukuhuoneesta" in a fire; rules._place_left_unsaid). Not where the learner names
another place, by a noun or an adverb, nor where the deed left is an accepted answer's
own, nor for a means ("hissillä"). Each row probed on the bundled lessons' real steps; a
comment gives the verdict it had before where it moved."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table


@as_table(("step", "answer", "verdict"), [
    # the mistake's deed beside the right answer: wrong, before or after it
    ("yleinen-kyltit tulipalo", "haen ensin takin ja sitten menen ulos", "wrong"),  # almost
    ("yleinen-kyltit tulipalo", "haen takin ja menen hätäuloskäynnille", "wrong"),  # correct
    ("yleinen-kyltit tulipalo", "menen ulos ja haen takin", "wrong"),  # correct
    ("yleinen-tyoturvallisuuskortti step-18", "soitan hätänumeroon ja vien hänet", "wrong"),
    # turned down: a no to the mistake, the right answer beside it
    ("yleinen-kyltit tulipalo", "menen ulos, en hae takkia", "correct"),  # wrong (negation)
    ("yleinen-kyltit tulipalo", "menen ulos enkä hae takkia", "correct"),  # wrong (negation)
    ("yleinen-tyoturvallisuuskortti step-18", "soitan hätänumeroon, en vie häntä",
     "correct"),  # wrong (negation)
    ("varasto-ohjeet hylly", "ilmoitan esimiehelle enkä laita tavaroita", "correct"),  # wrong
    # another place named: no mistake said
    ("kauppa-turvallisuus pois-hyllysta", "otan sen pois hyllystä ja laitan sen sivuun",
     "correct"),
    ("kauppa-turvallisuus pois-hyllysta",
     "otan sen pois hyllystä ja kerron esimiehelle ja laitan sen pois", "correct"),
    ("metalli-turvallisuus kasineet-pois", "otan käsineet pois ja laitan ne taskuun",
     "correct"),
    # the deed left is an accepted answer's own ("laitoin paketin sivuun"): no mistake
    ("elintarvike-raportti pirjo.6", "pysäytin linjan ja laitoin paketin", "correct"),
    ("yleinen-verbit step-17", "minä vien roskat ulos", "correct"),
    # a step that asks what comes first: its mistake is the later deed, right after it
    ("varasto-ohjeet pitka-ohje", "teippaan laatikot ja sitten vien ne", "correct"),
    ("varasto-ohjeet pitka-ohje", "teippaan laatikot ja vien ne", "correct"),
    ("hoiva-ohjeet lopuksi", "petaan sängyn ja vien sitä", "correct"),
])
def test_a_wrong_mistake_without_its_place(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# a repair of one word takes the slot of the last word in its case and number, else in its
# case only (repaired._in_its_slot; set 31)
@as_table(("step", "answer", "verdict"), [
    ("valmistus-kartoitus a2-loppu", "mutterit on loppu… ei, ruuvit", "wrong"),  # almost
    ("valmistus-kartoitus a2-loppu", "ruuvit on loppu, ei, mutterit", "correct"),
    ("valmistus-kartoitus a2-loppu", "mutterit loppuivat, ei, ruuvit", "wrong"),
    ("hoiva-turvallisuus nosta", "nostan selällä, ei, jaloilla", "correct"),
])
def test_a_repaired_word_takes_the_slot_of_its_form(step: str, answer: str,
                                                    verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
