"""Kinds mended at stop 72 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py)."""

from __future__ import annotations

from tests.judge.golden import judged_as_expected
from valkky.testing.table import as_table

_PALLET = "tuli, laitoin yhen lavan sivuun, en vieny sitä hyllyyn, {}, muuten kuorma oli ok"
_WAYBILL = "hetkinen, laitoin yhen lavan sivuun, {}, muuten kuorma on ok"


# review245-247 (SAFETY): after a no of the shelving, the pallet sent on by a waiting for
# picking or loading (a noun object too), to a compound place things go on from, to the
# customer, beside the outgoing pallets, or after lunch with a label; not to a manager, a
# sales ban, from picking, or where the other claims are
@as_table(("answer", "verdict"), [
    ("kaveri vei lavan sinne odottamaan keräilyä", "wrong"),
    ("kaveri vei sen sinne odottamaan lastausta", "wrong"),
    ("laitoin lavan odottamaan kuljetusta", "wrong"),
    ("kaveri vei sen tänne keräilyalueelle", "wrong"),
    ("kaveri vei sen tänne nouto-oven luo asiakkaalle", "wrong"),
    ("kaveri vei sen tänne mistä lavat lähtee asiakkaille", "wrong"),
    ("kaveri nosti sen tänne lähtevien lavojen viereen", "wrong"),
    ("kaveri laittoi sen tähän keräilijän kärryyn", "wrong"),
    ("kaveri vei sen lounaan jälkeen sinne tarran kanssa", "wrong"),
    ("kaveri vei sen sinne ja jää sivuun", "wrong"),
    ("laitoin lavan odottamaan reklamaatiota", "correct"),
    ("vein sen tuotantopäällikölle", "correct"),
    ("laitoin sen myyntikieltoon", "correct"),
    ("kaveri toi sen keräilystä tänne", "correct"),
    ("laitoin sen tänne missä muut reklamaatiot on", "correct"),
    ("vein sen tänne keräilyn esimiehelle", "correct"),
])
def test_review247_where_the_pallet_went(answer: str, verdict: str) -> None:
    judged_as_expected("varasto-raportti kari.2", _PALLET.format(answer), verdict)


# review245-247 (SAFETY): the waybill written after the signing is a signing first; a
# writing put off in its own clause is no right deed before "kuittaan heti", a greeting or
# a side remark before it is no putting off
@as_table(("answer", "verdict"), [
    (_WAYBILL.format("kirjotan rahtikirjaan kuittauksen jälkeen"), "wrong"),
    (_WAYBILL.format("kirjotan rahtikirjaan vasta kuittauksen jälkeen"), "wrong"),
    (_WAYBILL.format("kirjotan vauriot rahtikirjaan ennen kuittausta"), "correct"),
    (_WAYBILL.format("kirjotan vauriot rahtikirjaan ennen kuin kuittaan"), "correct"),
    ("kirjotan vauriot lounaan jälkeen, kuittaan heti", "wrong"),
    ("kirjotan vauriot jälkeenpäin, kuittaan heti", "wrong"),
    ("kirjotan vauriot kun kuski on lähteny, kuittaan heti", "wrong"),
    ("päivää, kirjotan vauriot rahtikirjaan, kuittaan heti", "correct"),
    ("kirjotan vauriot rahtikirjaan, se vie vaan minuutin, kuittaan heti", "correct"),
    ("kirjotan vauriot rahtikirjaan, huomenna soitan myyjälle, kuittaan heti", "correct"),
])
def test_review247_the_waybill_written_first(answer: str, verdict: str) -> None:
    judged_as_expected("varasto-raportti kuljettaja.2", answer, verdict)


# review247: getting the car ready or repaired tomorrow is a promise, no reason to
# "Miksi?"; the part got tomorrow, so the car is ready then, is a reason
@as_table(("answer", "verdict"), [
    ("saadaan auto kuntoon vasta huomenna", "wrong"),
    ("saadaan se korjattua huomenna", "wrong"),
    ("me saadaan se vasta huomenna niin auto on valmis sit iltapäivällä", "correct"),
])
def test_review247_a_promise_or_a_reason(answer: str, verdict: str) -> None:
    judged_as_expected("autoala-raportti asiakas.4", answer, verdict)


# review245 (SAFETY): the pack put back on the line, by a pronoun, with "sitten", pointed at
# ("tohon linjalle") or with "muuten kaikki ok" after it, is the lesson's mistake
@as_table(("answer", "verdict"), [
    ("pysäytin linjan ja laitoin paketin sivuun, mut laitoin sen sitten tohon linjalle, "
     "muuten kaikki ok", "wrong"),
    ("pysäytin linjan ja laitoin paketin sivuun, mut laitoin sen takaisin linjalle, "
     "muuten kaikki ok", "wrong"),
    ("pysäytin linjan ja laitoin paketin sivuun, muuten kaikki ok", "correct"),
])
def test_review245_the_pack_back_on_the_line(answer: str, verdict: str) -> None:
    judged_as_expected("elintarvike-raportti pirjo.6", answer, verdict)


# set 188 (SAFETY, both trainers wrong): spoken "ei tarvii kertoo" is "ei tarvitse kertoa"
@as_table(("answer", "verdict"), [
    ("mä liimaan sen, ei tarvii kertoo esimiehelle", "wrong"),
    ("ei tarvii kertoo esimiehelle", "wrong"),
    ("kerron heti esimiehelle", "correct"),
])
def test_set188_no_need_to_tell(answer: str, verdict: str) -> None:
    judged_as_expected("siivous-raportti asiakas.6", answer, verdict)


# set 187 (both trainers almost): "tarkasti" is no deed of its own after "en lukea …", and
# the participle of the example's no is its verb: no "says no to an example"
@as_table(("answer", "verdict"), [
    ("en lukea tilausta tarkasti", "not wrong"),
    ("en lukea tilausta", "not wrong"),
    ("luin tilauksen liian nopeasti", "correct"),
])
def test_set187_a_no_with_the_infinitive(answer: str, verdict: str) -> None:
    judged_as_expected("ravintola-raportti antti.6", answer, verdict)


# review248 (SAFETY): an onward place's genitive before a place of its own is gone on to
# ("keräilyn puolelle", "asiakkaan autoon"); a person after it is not ("keräilyn
# esimiehelle"); a compound with "häkki", "lähtö" onward too
@as_table(("answer", "verdict"), [
    ("kaveri vei sen tänne keräilyn puolelle", "wrong"),
    ("kaveri nosti sen tänne keräilyn lavalle", "wrong"),
    ("kaveri vei sen tänne myynnin puolelle", "wrong"),
    ("kaveri vei sen lähetyshäkkiin", "wrong"),
    ("kaveri vei sen tänne lähtöalueelle", "wrong"),
    ("kaveri laittoi sen asiakkaan autoon", "wrong"),
    ("vein sen tänne keräilyn esimiehelle", "correct"),
])
def test_review248_an_onward_place_of_its_own(answer: str, verdict: str) -> None:
    judged_as_expected("varasto-raportti kari.2", _PALLET.format(answer), verdict)


# review248: a need's no borrows no example's "en lukenut" ("ei tarvitse lukea tilausta niin
# tarkasti" says no to reading it: wrong); a part ordered is a reason, a done deed as
# "saada"'s complement a promise
@as_table(("step", "answer", "verdict"), [
    ("ravintola-raportti antti.6", "ei tarvitse lukea tilausta niin tarkasti", "wrong"),
    ("ravintola-raportti antti.6", "ei tarvii lukee tilausta niin tarkasti", "wrong"),
    ("ravintola-raportti antti.6", "mun ei tarvinnu lukea tilausta, se oli selvä", "wrong"),
    ("autoala-raportti asiakas.4", "saadaan tilatut jarrupalat vasta huomenna", "correct"),
    ("autoala-raportti asiakas.4", "me saadaan se tilattu laakeri vasta huomenna", "correct"),
    ("siivous-raportti asiakas.6", "ei sitä tarvii kertoo esimiehelle", "wrong"),
    ("siivous-raportti asiakas.6", "en mä tarvii kertoo kellekään", "wrong"),
    ("siivous-raportti asiakas.6", "mä liimaan sen, ei tarvii sit kertoo esimiehelle", "wrong"),
])
def test_review248_a_need_and_a_promise(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 189-190 (both trainers): in a repeat step, a place in either number and a verb in
# any tense for the model's are another place or deed ("taskussa" for "silmillä", "on"
# for "putosi"); a number repaired in its slot;
# spoken "tehä"; a name said after a greeting is no other thing
@as_table(("step", "answer", "verdict"), [
    ("metalli-turvallisuus step-5", "Suojalasit ovat aina taskussa.", "wrong"),
    ("yleinen-lahelta-piti step-10", "Laatikko on hyllyllä.", "wrong"),
    ("yleinen-apua step-6", "Anteeksi, voitko toistaa?", "correct"),
    ("autoala-asiakas hinta", "se maksaa viisitoista, anteeksi, viisikymmentä euroa", "correct"),
    ("autoala-asiakas hinta", "se maksaa viisikymmentä, anteeksi, viisitoista euroa", "wrong"),
    ("rakennus-tyonjohtaja kysy-tehtava", "mitä mun pitää tehä tänään?", "correct"),
    ("yleinen-puhelin myohassa.2", "moi, mä oon Ali", "correct"),
])
def test_sets189_190_another_word_and_a_repair(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review249: a done deed after "saada" in any form but an attribute is a promise; a
# pallet's onward place then the claims' shelf is the claims' shelf; "ottaa" fetched far
# is a need's own deed; a sentence's first word is no name after a greeting; a no's
# "tarvii" past two words between, genitive pronouns too
@as_table(("step", "answer", "verdict"), [
    ("autoala-raportti asiakas.4", "me saadaan auto korjattu huomenna", "wrong"),
    ("autoala-raportti asiakas.4", "saadaan se korjatuksi huomenna", "wrong"),
    ("autoala-raportti asiakas.4", "saadaan tilatut jarrupalat vasta huomenna", "correct"),
    ("varasto-raportti kari.2", _PALLET.format(
        "vein sen lähetyksen puolelle reklamaatiohyllyyn"), "correct"),
    ("varasto-raportti kari.2", _PALLET.format("kaveri vei sen asiakkaan pakettiautoon"),
     "wrong"),
    ("rakennus-raportti uusi",
     "laita kypärä päähän, ei tarvii ottaa sitä kaukaa, se on tossa kopissa", "correct"),
    ("yleinen-sairastuminen puhelu.2", "Hei. Olen sairas tänään.", "almost"),
    ("siivous-raportti asiakas.6", "ei sitä nyt tarvii kertoo esimiehelle", "wrong"),
    ("siivous-raportti asiakas.6", "ei sun tarvii kertoo esimiehelle mitään", "wrong"),
    ("varasto-kartoitus b1-miksi", "siks et trukki tarvii tilaa", "correct"),
])
def test_review249_promises_places_and_needs(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review249: a repeat's verb of going for another in any tense stays a try ("menee" for
# "lähti"); another verb's infinitive is a try too ("toistaa" for "sanoa")
@as_table(("step", "answer", "verdict"), [
    ("ravintola-raportti step-6", "Huomasin allergian ennen kuin annos menee.", "almost"),
    ("yleinen-tarkistaminen step-16", "Voitko toistaa sen uudelleen?", "almost"),
    ("autoala-korjaamo step-5", "Auto on nosturin alla.", "wrong"),
    ("autoala-korjaamo step-5", "Auto on nosturin päällä.", "almost"),
])
def test_review249_tries_at_a_repeat(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 189-192 (both trainers): "what do I do?" answered with where a thing is, and "ei
# mitään asiaa", are no answers; spoken "voiksä puhuu"
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.2", "pukuhuone on tuolla", "wrong"),
    ("yleinen-perehdytys samir.2", "leimauslaite on tuolla, leimaa ensin sisään", "correct"),
    ("yleinen-lahelta-piti ilmoitus.2", "Ei mitään asiaa.", "wrong"),
    ("valmistus-kartoitus a2-ymmarra", "voiksä puhuu hitaammin", "correct"),
])
def test_sets189_192_no_answers(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review250: a note with the claims' word is no claims' place ("… lähettämöön
# reklamaatiolapun kanssa" wrong); far said in a clause of its own is no fetching far; a
# state in a case of place is no place; "sisällä", "edessä" may say the model's place; a
# no written apart before "tarvii" is a no of its own; "tästä" is no thing of a need
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti kari.2", _PALLET.format(
        "vein sen lähettämöön reklamaatiolapun kanssa"), "wrong"),
    ("rakennus-raportti uusi", "kypärää ei tarvii ottaa, kauempaa ei tipu mitään", "wrong"),
    ("autoala-raportti asiakas.4", "me saadaan se korjattu vasta huomenna", "wrong"),
    ("autoala-raportti asiakas.4", "saadaan tilatut uudet jarrupalat vasta huomenna", "correct"),
    ("kauppa-valineet step-18", "Maito on maitokaapin sisällä.", "almost"),
    ("siivous-raportti asiakas.6", "esimies on huomenna yhteydessä teihin", "correct"),
    ("siivous-raportti asiakas.6", "ei meidän tarvii ilmoittaa tästä", "wrong"),
    ("siivous-raportti asiakas.6", "ilmoitan tästä esimiehelle", "correct"),
])
def test_review250_notes_states_and_needs(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


def test_review250_a_no_written_apart_keeps_the_need_a_yes() -> None:
    from valkky.judge.normalise import normalise
    assert normalise("Ei, sun tarvii kertoo esimiehelle") != \
        normalise("ei sun tarvii kertoo esimiehelle")
    assert "tarvitse" in normalise("ei sun tarvii kertoo esimiehelle").split()


# set 196 (SAFETY, both trainers wrong): a near miss told as done, where every example
# says it almost happened; not "meinasin kaatua", nor what was there
@as_table(("step", "answer", "verdict"), [
    ("ravintola-raportti antti.2", "asiakas sai pähkinää", "wrong"),
    ("ravintola-raportti antti.2", "pöydän kuusi jälkiruoassa oli melkein pähkinää", "correct"),
    ("yleinen-lahelta-piti kolme-lausetta", "Mä meinasin kaatua keittiön ovella. Lattialla "
     "oli vettä. Sinne pitää laittaa varoituskyltti.", "correct"),
])
def test_set196_a_near_miss_told_as_done(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review251: a no written apart keeps only its own need a yes ("Ei. Ei mun tarvii kertoo"
# is a need denied: wrong, SAFETY); where a person is, no deed ("esimies on lomalla":
# wrong); a claims' place by a postposition after an onward place; far fetched only after
# its object; another side of the model's place in a repeat (not near it under a no)
@as_table(("step", "answer", "verdict"), [
    ("siivous-raportti asiakas.6", "Ei. Ei mun tarvii kertoo kellekään.", "wrong"),
    ("siivous-raportti asiakas.6", "esimies on lomalla", "wrong"),
    ("siivous-raportti asiakas.6", "esimies on töissä, se on yhteydessä teihin", "correct"),
    ("yleinen-perehdytys samir.2", "pukuhuone on vasemmalla käytävällä", "wrong"),
    ("varasto-raportti kari.2", _PALLET.format("vein sen lähettämöön reklamaatioiden sekaan"),
     "correct"),
    ("rakennus-raportti uusi",
     "laita kypärä päähän, ei tarvii hakea sitä kauempaa, ei se oo kaukana", "correct"),
    ("rakennus-raportti uusi", "kypärää ei tarvii ottaa kaukaa, tänne ei tipu mitään", "wrong"),
    ("autoala-korjaamo step-5", "Auto on nosturin edessä.", "wrong"),
    ("varasto-valineet step-21", "Lähetys on lastauslaiturin lähellä.", "wrong"),
    ("autoala-raportti asiakas.4", "saadaan vaihdettu uudet jarrupalat vasta huomenna", "wrong"),
])
def test_review251_needs_places_and_sides(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review251 (SAFETY): a telling said needless of "this" or of anyone, with more words
# ("tästä mitään", "tästä vahingosta", "kenellekään"), says no to telling; not where the
# need is the listener's ("ei teidän tarvii soittaa siitä kenellekään, mä ilmoitan …")
@as_table(("step", "answer", "verdict"), [
    ("siivous-raportti asiakas.6", "ei tarvii ilmoittaa tästä mitään", "wrong"),
    ("siivous-raportti asiakas.6", "tästä asiasta ei tarvii ilmoittaa", "wrong"),
    ("siivous-raportti asiakas.6", "ei meidän tarvii ilmoittaa tästä vahingosta", "wrong"),
    ("hoiva-raportti elias.4", "ei tarvii kutsua ketään", "wrong"),
    ("siivous-raportti asiakas.6", "ilmoitan vahingosta esimiehelle", "correct"),
    ("siivous-raportti asiakas.6",
     "ei teidän tarvii soittaa siitä kenellekään, mä ilmoitan esimiehelle", "correct"),
    ("yleinen-tyovuoro step-13", "juon kahvia ja lepään, ei tarvitse tehdä mitään", "correct"),
])
def test_review251_telling_said_needless(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review252: a telling said needless beside one's own telling, or as a customer's need
# ("te ette tarvitse"), is no no of it; a workmate's ("et tarvitse kutsua ketään") is; a
# near miss caught in time is none told as done; a deed under way is no mere place
@as_table(("step", "answer", "verdict"), [
    ("siivous-raportti asiakas.6", "mä kerron heti esimiehelle, ei tarvii soittaa mihinkään",
     "correct"),
    ("siivous-raportti asiakas.6", "Te ette tarvii ilmoittaa mitään, mä kerron esimiehelle.",
     "correct"),
    ("siivous-raportti asiakas.6", "en mä kerro tästä kenellekään, se oli hänen vika", "wrong"),
    ("siivous-raportti asiakas.6", "kerron heti pomolle, en kerro kenellekään", "wrong"),
    ("valmistus-raportti neuvo", "paina hätäseis, et tarvitse kutsua ketään", "wrong"),
    ("hoiva-raportti elias.4", "älä nosta yksin, hälytä hoitaja, ei tarvii kutsua ketään muuta",
     "correct"),
    ("ravintola-raportti antti.2", "tarjoilija huomasi ajoissa et jälkiruoassa oli pähkinää",
     "correct"),
    ("yleinen-perehdytys samir.2", "kaikki on kunnossa, pukuhuone on tuolla", "wrong"),
    ("rakennus-turvallisuus step-3", "Kypärä on aina pään vieressä.", "wrong"),
])
def test_review252_tellings_and_near_misses(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)
