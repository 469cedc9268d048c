"""Kinds mended at stop 70 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py)."""

from __future__ import annotations

from tests.judge.golden import judged_as_expected
from valkky.testing.table import as_table


# review229 (SAFETY): each "kun" read on its own, of the deed of its own main clause: a
# deed said done when the step's answers do it "ennen kuin" is wrong, also with the "kun"
# clause first, with a later clause after it, or where "se on …" only says how the deed
# goes then; a "kun" of a result or of another deed is no time of the deed
@as_table(("step", "answer", "verdict"), [
    ("autoala-raportti jere", "kun oot menny auton alle, laita tukipukit", "wrong"),
    ("hoiva-raportti elias.2", "kun Aino on noussut, laita jarrut päälle", "wrong"),
    ("autoala-raportti jere", "laita tukipukit kun oot menny auton alle, ja kun oot valmis "
     "ota ne pois", "wrong"),
    ("autoala-raportti jere", "laita tukipukit, se on parempi sit kun oot menny auton alle",
     "wrong"),
    ("autoala-raportti jere", "laita tukipukit, on parasta kun oot jo menny auton alle",
     "wrong"),
    ("autoala-raportti jere", "laita tukipukit, se käy helpommin kun oot jo menny auton alle",
     "wrong"),
    ("autoala-raportti jere", "laita tukipukit, se on hyvä tehdä kun oot jo menny auton alle",
     "wrong"),
    ("autoala-raportti jere", "laita tukipukit, ne on helpompi kun oot menny auton alle",
     "wrong"),
    ("autoala-raportti jere", "laita tukipukit, se on parempi idea kun oot jo menny alle",
     "wrong"),
    ("autoala-raportti jere", "laita tukipukit kun ei oo kiire ja oot menny auton alle",
     "wrong"),
    ("autoala-raportti jere", "laita tukipukit ennen kun meet alle tai sit kun oot jo menny "
     "alle", "wrong"),
    ("autoala-raportti jere", "laita tukipukit heti kun oot nostanu auton, sit kun oot menny "
     "alle se ei voi pudota", "correct"),
    ("hoiva-raportti elias.2", "laita jarrut päälle kun oot pysäyttäny tuolin, niin kun hän "
     "on noussu tuoli pysyy paikallaan", "correct"),
    ("autoala-raportti jere", "laita tukipukit, niin auto on tukevampi kun oot menny sen alle",
     "correct"),
    ("autoala-raportti jere", "laita tukipukit, sit olo on turvallisempi kun oot menny auton "
     "alle", "correct"),
    ("autoala-raportti jere", "laita tukipukit, pukit on tärkeet kun oot menny auton alle",
     "correct"),
    ("autoala-raportti jere", "laita tukipukit, sulla on parempi olo kun oot menny auton "
     "alle", "correct"),
    ("autoala-raportti jere", "laita tukipukit heti kun oot nostanu auton, ei vasta kun oot "
     "menny alle", "correct"),
    ("autoala-raportti jere", "laita tukipukit kun sä et oo vielä menny auton alle", "correct"),
    ("hoiva-raportti elias.2", "muista jarrut ennen kuin hän nousee, ja kun hän on noussut, "
     "auta häntä", "not wrong"),
])
def test_review229_the_deed_of_each_kun(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review229 (SAFETY): a faulty thing set aside tells its fault only where no no, fine state
# or other reason stands beside it, the thing (or its pronoun) in the part that sets it
# aside; "ei kannata" of the thing itself before it, not of one after a deed; "alle" is no
# ruin; "kaikki" holds the faulty thing
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun, siinä ei ollu mitään, "
     "muuten kuorma oli ok", "wrong"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun, se oli ihan ehjä, muuten "
     "kuorma oli ok", "wrong"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun koska se oli toisen "
     "asiakkaan, muuten kuorma oli ok", "wrong"),
    ("varasto-raportti kari.2", "tuli, lavat purettiin, laitoin muovit sivuun, muuten kuorma "
     "oli ok", "wrong"),
    ("varasto-raportti kari.2", "tuli, ei kannata lastata yhtä lavaa liian korkeeks, muuten "
     "kuorma oli ok", "wrong"),
    ("varasto-raportti kari.2", "tuli, lavoja ei kannata viedä vielä hyllyyn, kuorma oli ok",
     "wrong"),
    ("varasto-raportti kari.2", "tuli, yks lava oli jääny muovin alle, muuten kuorma oli ok",
     "wrong"),
    ("siivous-raportti asiakas.2", "olen pahoillani, maljakko oli jääny pöydän alle, muuten "
     "kaikki on kunnossa", "wrong"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun, muuten kuorma oli ok",
     "correct"),
    ("varasto-raportti kari.2", "tuli, yks lava, laitoin sen sivuun, muuten kuorma oli ok",
     "correct"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun, en oo vielä kuitannu, "
     "muuten kuorma oli ok", "correct"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun enkä vieny sitä hyllyyn, "
     "muuten kuorma oli ok", "correct"),
    ("siivous-raportti asiakas.2", "olen pahoillani, maljakko oli menny palasiks, muuten "
     "kaikki on kunnossa", "correct"),
])
def test_review229_a_fault_told_beside_a_fine_state(step: str, answer: str,
                                                      verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review229 (SAFETY): the time said after "pois" up to a comma is the taking's however
# many words it takes, and "nyt" is a now like "heti"
@as_table(("step", "answer", "verdict"), [
    ("metalli-raportti ville", "hanskat on hyvät mut ota ne pois heti sen tauon jälkeen, "
     "illalla voit laittaa ne takaisin", "wrong"),
    ("metalli-raportti ville", "hanskat on hyvät mut ota ne pois nyt tauon jälkeen sit voit "
     "laittaa ne takaisin", "wrong"),
    ("metalli-raportti ville", "hanskat on hyvät mut ota ne pois nyt heti tauolla saat "
     "laittaa ne takaisin kohta", "correct"),
    ("metalli-raportti ville", "hanskat on hyvät mut ota ne pois heti, tauolla voit laittaa "
     "ne takaisin", "correct"),
])
def test_review229_the_time_of_the_taking_off(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)
