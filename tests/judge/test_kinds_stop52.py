"""Kinds mended at stop 52 (issue 12): set 49's, each probed across the review probes
before and after (bench/sweep_reviews.py: none lost)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table


# speech's -ks question before "sä" or "mä" asks in the pronoun's person ("voiks sä" is
# voitko sinä); written "voiko sinä" is still a slip, and "voinks sä" another person's verb
@as_table(("step", "answer", "verdict"), [
    ("yleinen-apua step-13", "voiks sä auttaa mua?", "correct"),
    ("yleinen-apua step-13", "voisiks sä auttaa mua", "correct"),
    ("yleinen-apua step-13", "voiko sinä auttaa minua", "almost"),
    ("yleinen-apua step-13", "voinks sä auttaa mua", "almost"),
])
def test_a_spoken_question_before_its_pronoun(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# an open step's topic is named by its synonym in the lexicon or by a compound it heads;
# a protection said needless after a verb of wearing it is still the example said no to
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.8", "muista aina kuulosuojaimet", "correct"),
    ("yleinen-perehdytys samir.8", "käytä korvatulppia", "correct"),
    ("yleinen-perehdytys samir.8", "käytä suojakäsineitä", "correct"),
    ("yleinen-perehdytys samir.8", "ei tarvitse pitää kuulosuojaimia", "wrong"),
    ("yleinen-perehdytys samir.8", "ei tarvitse pitää kypärää", "wrong"),
    ("yleinen-perehdytys samir.8", "ei tarvitse laittaa hanskoja", "wrong"),
    ("yleinen-perehdytys samir.8", "korvatulppia ei tarvita", "wrong"),
    ("yleinen-perehdytys samir.8", "ei tarvitse ottaa kypärää pois", "correct"),
    ("elintarvike-raportti anna", "ota sormus pois, ei tarvitse laittaa sitä hanskan alle",
     "correct"),
])
def test_a_topic_in_other_words(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# a bare no, with a verb of may or can, is the step's foreseen bare no
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti elias.4", "ei saa", "almost"),
    ("hoiva-raportti elias.4", "ei", "almost"),
    ("hoiva-raportti elias.4", "ei saa nostaa", "correct"),
])
def test_a_bare_no_is_the_foreseen_no(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# speech's sounds: a plural partitive's -ja said -i (not for a partitive in -ita), a glide
# j between a diphthong's i and a vowel, or for its d
@as_table(("step", "answer", "verdict"), [
    ("valmistus-turvallisuus step-3", "käytä aina suojalasei", "correct"),
    ("metalli-esimies tyomaarays.6", "mikä on reijän mitta", "correct"),
    ("valmistus-kartoitus a2-loppu", "mutterei", "almost"),
])
def test_spoken_sounds(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
