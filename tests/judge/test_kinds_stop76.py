"""Kinds mended at stop 76 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py)."""

from __future__ import annotations

from tests.judge.golden import judged_as_expected
from valkky.testing.table import as_table


# set 232 (both trainers right): spoken "ennenku" is "ennen kuin"; "tietty" said apart is
# the particle "tietysti" (not before a word that declines: "tietty kypärä" stays as said)
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti step-14", "Laita jarrut päälle ennenku asukas nousee.", "correct"),
    ("yleinen-tyoturvallisuuskortti step-11", "kypärä tietty", "correct"),
    ("ravintola-keittio uuni", "uunissa tietty", "correct"),
    ("yleinen-tyoturvallisuuskortti step-11", "tietty kypärä", "correct"),
])
def test_set232_spoken_words(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# set 232 (both trainers almost): the object of a third person's deed is never in the
# nominative singular, so it is no other number of a plural object the answers say
@as_table(("answer", "verdict"), [
    ("asiakas kaatoi kahvi matolle", "almost"),
    ("asiakas kaatoi kahvit matolle", "correct"),
    ("asiakkaalta kaatui kahvi matolle", "correct"),
])
def test_set232_an_object_in_the_nominative(answer: str, verdict: str) -> None:
    judged_as_expected("siivous-kartoitus b1-tapahtui", answer, verdict)


# review273: a later time said last in a report made now, before a clause of its own that
# begins with its subject, is that clause's; not one "heti" is said of ("heti tauolla":
# first thing then), nor before a clause that says why not now, nor one with no subject
@as_table(("answer", "verdict"), [
    ("kerron esimiehelle nyt heti illalla se soittaa teille", "correct"),
    ("kerron esimiehelle heti paikalla myöhemmin mä siivoan lasit", "correct"),
    ("kerron esimiehelle saman tien myöhemmin mä siivoan lasinsirut", "correct"),
    ("kerron esimiehelle ensi kerralla mä oon varovaisempi", "correct"),
    ("ilmoitan esimiehelle heti tauolla mä oon nyt kiireinen", "wrong"),
    ("kerron esimiehelle heti huomenna se on tänään vapaalla", "wrong"),
    ("kerron heti esimiehelle aamulla tuun taas töihin", "wrong"),
    ("kerron esimiehelle heti aamulla mä oon nyt yövuorossa", "wrong"),
    ("okei nyt kerron esimiehelle illalla se on lomalla", "wrong"),
    ("kerron esimiehelle myöhemmin mä oon nyt kiireinen", "wrong"),
])
def test_review273_a_time_of_the_next_clause(answer: str, verdict: str) -> None:
    judged_as_expected("siivous-raportti asiakas.6", answer, verdict)


# review273: a doubt left out keeps the answer's commas ("…, huomenna se varmaan …": the
# time is the next clause's)
@as_table(("step", "answer", "verdict"), [
    ("siivous-raportti asiakas.6", "kerron esimiehelle, huomenna se varmaan soittaa teille",
     "correct"),
    ("valmistus-raportti sari.8", "soitetaan kunnossapitoon, huomenna se varmaan korjataan",
     "correct"),
])
def test_review273_a_doubt_left_out_keeps_the_commas(step: str, answer: str,
                                                     verdict: str) -> None:
    judged_as_expected(step, answer, verdict)
