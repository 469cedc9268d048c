"""Kinds mended at stop 74 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py)."""

from __future__ import annotations

from tests.judge.golden import judged_as_expected
from valkky.testing.table import as_table


# review255 left, set 203 (SAFETY, both trainers wrong): the deed the praise forbids ("Älä
# käytä sitä lavaa.") said beside the place of the broken pallet; its no, a place it is put
# aside and a no until it is mended stay right
@as_table(("answer", "verdict"), [
    ("käytävällä, mä käytän sitä vielä", "wrong"),
    ("se on käytävällä, mutta käytän sitä vielä tänään", "wrong"),
    ("lava on käytävällä ja mä käytän sitä", "wrong"),
    ("käytävällä, en käytä sitä", "correct"),
    ("lava on käytävällä, en käytä sitä ennen kuin se on korjattu", "correct"),
    ("käytävällä", "correct"),
    # review261: a no until a time to do it, a no of another thing's mistake, a tail
    # behind a one-word answer
    ("käytävällä, en käytä sitä ennen kuin esimies lähtee", "wrong"),
    ("käytävällä, en käytä sitä ennen taukoa", "wrong"),
    ("käytävällä, otan sen käyttöön", "wrong"),
    ("käytävällä, laitan tavarat sen päälle", "wrong"),
])
def test_set203_the_deed_the_praise_forbids(answer: str, verdict: str) -> None:
    judged_as_expected("varasto-turvallisuus step-26", answer, verdict)


# review260: a time's or a condition's verb with the infinitive it takes is no deed done
# ("ennen kuin voin tarjoilla"); a passive rule with "me" set aside by a needless telling
# after "mutta" (spoken "mut" too), a habit word after the passive
@as_table(("step", "answer", "verdict"), [
    ("ravintola-hygienia allergia", "kysyn kokilta ennen kuin voin tarjoilla sen", "correct"),
    ("ravintola-hygienia allergia",
     "mä kysyn ekaks keittiöstä, ennen ku mä saan tarjoilla sitä", "correct"),
    ("ravintola-hygienia allergia", "jos asiakas haluaa mä voin tarjoilla sen", "wrong"),
    ("siivous-raportti asiakas.6",
     "Me aina ilmoitetaan esimiehelle, mutta nyt teidän ei tarvitse kertoa kenellekään.",
     "wrong"),
    ("siivous-raportti asiakas.6",
     "me ilmoitetaan yleensä esimiehelle mut tästä teidän ei tarvii kertoo kenellekään",
     "wrong"),
    ("siivous-raportti asiakas.6",
     "Me ilmoitetaan tästä esimiehelle, mutta teidän ei tarvitse soittaa kenellekään.",
     "correct"),
    ("siivous-raportti asiakas.6",
     "me ilmoitetaan esimiehelle, mutta teidän ei tarvitse kertoa kenellekään", "correct"),
    # a report put off or made a condition the question does not ask
    ("siivous-raportti asiakas.6", "Jos joku kysyy, ilmoitetaan esimiehelle.", "wrong"),
    ("siivous-raportti asiakas.6", "me ilmoitetaan esimiehelle ens viikolla", "wrong"),
    ("siivous-raportti asiakas.6", "kun esimies tulee, kerron hänelle", "correct"),
    ("valmistus-raportti sari.8", "soita huoltoon jos laatikko on jumissa", "correct"),
    ("autoala-raportti asiakas.2",
     "päivää, soitan korjaamolta. autonne ei ole valmis tänään, varaosa tulee vasta huomenna",
     "correct"),
    ("varasto-keraily uusi-tilaus.2", "selvä, en kerää sitä", "wrong"),
])
def test_review260_a_time_and_a_rule_set_aside(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 209-210 (both trainers almost): an open answer that is an example without the word
# that turns its taking or putting away; no tail behind a one-word answer a statement of
# its own (review261)
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-raportti anna", "Ota sormus.", "almost"),
    ("elintarvike-raportti anna", "ota sormus pois", "correct"),
    ("hoiva-raportti elias.2", "laita ensin jarrut", "correct"),
    ("metalli-raportti marjatta.8", "vanhat laikat pitää heittää", "correct"),
    ("metalli-turvallisuus korvat", "kuulosuojaimet, laitan ne taskuun", "wrong"),
])
def test_sets209_210_the_way_left_out(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review262: a report put off only to those the examples report to, its time in its own
# clause or a "but" of no verb after it; a condition only on someone's asking or the
# learner's time; a no until the thing is mended by another; sets 213-214: a count the
# step's answers say before the same thing
@as_table(("step", "answer", "verdict"), [
    ("autoala-raportti asiakas.2",
     "hei täällä korjaamolta, autonne myöhästyy, soitan teille huomenna uudestaan", "correct"),
    ("siivous-raportti asiakas.6", "Mä kerron esimiehelle. Huomenna joku soittaa teille.",
     "correct"),
    ("siivous-raportti asiakas.6", "ilmoitan esimiehelle ensi tilassa", "correct"),
    ("siivous-raportti asiakas.6", "mä kerron esimiehelle, mut vasta huomenna", "wrong"),
    ("siivous-raportti asiakas.6", "ilmoitan esimiehelle maanantaina", "wrong"),
    ("siivous-raportti asiakas.6", "jos maljakko on rikki, kerron esimiehelle", "correct"),
    ("valmistus-raportti sari.8", "jos hihna on jumissa, soitetaan huoltoon", "correct"),
    ("valmistus-raportti sari.8", "kutsutaan kunnossapito huomenna", "wrong"),
    ("siivous-raportti asiakas.6",
     "me aina ilmoitetaan esimiehelle, mutta teidän ei tarvitse kertoa kenellekään",
     "correct"),
    ("varasto-turvallisuus step-26", "käytävällä, en käytä sitä kunnes esimies sanoo että saa",
     "correct"),
    ("varasto-turvallisuus step-26", "käytävällä, en käytä sitä kunnes korjaan sen itse",
     "wrong"),
    ("metalli-raportti marjatta.8", "halkeilleet laikat", "almost"),
    ("autoala-turvallisuus tukipukit", "Laitan ensin kaksi tukipukkia auton alle.", "correct"),
])
def test_review262_sets213_214(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review263: a time cut off by a mark only at a part with a verb of its own; "heti" is now;
# a condition on the learner's will, time or own try failing; a no until the thing is
# mended by another, no no in it
@as_table(("step", "answer", "verdict"), [
    ("siivous-raportti asiakas.6", "kerron esimiehelle, huomenna", "wrong"),
    ("siivous-raportti asiakas.6", "Huomenna, kerron esimiehelle.", "wrong"),
    ("siivous-raportti asiakas.6", "kerron esimiehelle jos jaksan", "wrong"),
    ("siivous-raportti asiakas.6",
     "kerron heti esimiehelle, jos haluatte hän voi soittaa teille", "correct"),
    ("siivous-raportti asiakas.6",
     "kerron esimiehelle heti, mut ensi viikolla vakuutus hoitaa sen", "correct"),
    ("valmistus-raportti sari.8", "jos en saa sitä irti, kutsutaan kunnossapito", "wrong"),
    ("yleinen-perehdytys samir.6", "Ei saa. Jos tarvitset apua, kerro esimiehelle.",
     "correct"),
    ("yleinen-perehdytys samir.6", "et saa, jos sulla on kiire niin kerro silti esimiehelle",
     "correct"),
    ("hoiva-raportti elias.4", "älä nosta yksin, soita hoitajalle huomenna", "wrong"),
    ("varasto-turvallisuus step-26", "käytävällä, en käytä sitä kunnes esimies ei katso",
     "wrong"),
    ("varasto-turvallisuus step-26", "käytävällä, en käytä sitä kunnes oon sanonut esimiehelle",
     "wrong"),
])
def test_review263_put_off_and_until(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review264 and sets 217-218: a time put first only with no verb between; a verbed "but"
# of another deed; leave got; a condition heading its own clause; another means (SAFETY)
@as_table(("step", "answer", "verdict"), [
    ("siivous-raportti asiakas.6",
     "anteeksi, mä oon ensi kerralla varovaisempi, kerron heti esimiehelle", "correct"),
    ("siivous-raportti asiakas.6", "Eilen illalla maljakko kaatui, kerron esimiehelle.",
     "correct"),
    ("siivous-raportti asiakas.6",
     "kerron heti esimiehelle, mutta huomenna mä soitan teille itse", "correct"),
    ("siivous-raportti asiakas.6", "kerron esimiehelle, mutta huomenna mä kerron", "wrong"),
    ("varasto-turvallisuus step-26", "käytävällä, en käytä sitä ennen kuin saan luvan",
     "correct"),
    ("varasto-turvallisuus step-9", "nosta selällä", "wrong"),
    ("varasto-turvallisuus step-9", "nosta jaloilla", "almost"),
])
def test_review264_sets217_218(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review265: a later time beside "heti"; a time put first past a "kun" clause of its own;
# "ensi kerralla"; the report said again by "sille" or "teen sen"; a question inside a
# condition; leave got only as leave; another means only of the body
@as_table(("step", "answer", "verdict"), [
    ("siivous-raportti asiakas.6", "kerron heti huomenna aamulla esimiehelle", "wrong"),
    ("siivous-raportti asiakas.6", "huomenna kun mä tuun töihin, kerron esimiehelle", "wrong"),
    ("siivous-raportti asiakas.6", "ilmoitan esimiehelle mut mä teen sen vasta ensi viikolla",
     "wrong"),
    ("siivous-raportti asiakas.6", "kerron esimiehelle jos se kysyy mitä tapahtui", "wrong"),
    ("siivous-raportti asiakas.6",
     "kerron esimiehelle heti, mut ensi viikolla vakuutus hoitaa sen", "correct"),
    ("varasto-turvallisuus step-26", "käytävällä, en käytä sitä kunnes saan sen korjattua",
     "wrong"),
    ("yleinen-lukeminen step-17", "tiistaina oon iltavuorolla", "almost"),
    # sets 219-220: a greeting beside the answer; "just" inside a sentence; a start
    ("varasto-keraily kuorma-valmis.2", "moi, tilaus on kerätty ja kuorma on valmis",
     "correct"),
    ("rakennus-tyonjohtaja valmista.2", "hyvin, sain seinän just valmiiksi", "correct"),
    ("yleinen-tyovuoro step-17", "Valitettavasti...", "almost"),
])
def test_review265(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review266: "ensi kerralla" in the report's own clause; "heti sen jälkeen"; a report said
# now against a later call; a past story before it; the listener's wish; "miks"
@as_table(("step", "answer", "verdict"), [
    ("siivous-raportti asiakas.6", "ilmoitan ens kerralla esimiehelle", "wrong"),
    ("hoiva-raportti elias.4", "älä nosta yksin, soita hoitajalle ens kerralla", "wrong"),
    ("valmistus-raportti neuvo", "paina hätäseis ja kerro heti sen jälkeen työnjohtajalle",
     "correct"),
    ("siivous-raportti asiakas.6",
     "kerron esimiehelle nyt, mutta huomenna mä soitan hänelle uudestaan", "correct"),
    ("siivous-raportti asiakas.6",
     "eilen illalla kun mä siivosin täällä kaikki oli hyvin, nyt mä kerron esimiehelle",
     "correct"),
    ("siivous-raportti asiakas.6",
     "kerron heti esimiehelle, jos haluatte että hän soittaa teille", "correct"),
    ("valmistus-raportti neuvo",
     "paina hätäseis ja kerro työnjohtajalle jos se kysyy miks kone on seis", "wrong"),
])
def test_review266(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)
