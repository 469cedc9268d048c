"""Kinds mended at stop 71 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py)."""

from __future__ import annotations

from tests.judge.golden import judged_as_expected
from valkky.testing.table import as_table

_PALLET = "tuli, laitoin yhen lavan sivuun, {}, muuten kuorma oli ok"


# review238 (SAFETY): a no keeps a damaged pallet off the shelf only where its reach holds
# the shelving, no deed of its own between ("sit vein", "niin nostin"), no place turned
# to ("mut hyllyyn"), nor only its time denied ("heti", "vasta"); a no of knowing only
# whether it may; the deed denied, done in a later part to no other place, is a shelving
@as_table(("answer", "verdict"), [
    ("en vieny sitä roskiin sit vein sen hyllyyn", "wrong"),
    ("en vieny sitä takas kuskille niin nostin sen hyllyyn", "wrong"),
    ("en laittanu sitä muovii sit nostin sen hyllyyn", "wrong"),
    ("en tienny saako niin vein sen hyllyyn", "wrong"),
    ("en tienny saako sit hyllytin sen", "wrong"),
    ("en tienny koko jutusta mitään sit hyllytin sen", "wrong"),
    ("en vieny sitä roskiin mut hyllyyn", "wrong"),
    ("en vieny sitä roskiin vaan vein sen varastohyllyyn", "wrong"),
    ("en hyllyttäny sitä heti sit vasta illalla", "wrong"),
    ("en vieny sitä heti hyllyyn vasta iltapäivällä", "wrong"),
    ("en oo vieny sitä vielä hyllyyn, vien sen sinne iltapäivällä", "wrong"),
    ("en tiiä saako sen viedä hyllyyn, vein sen kuitenki", "wrong"),
    ("en vieny sitä itse hyllyyn, kaveri vei", "wrong"),
    ("en vieny sitä hyllyyn ja otin siitä kuvan", "correct"),
    ("en vieny sitä hyllyyn vaan jätin sen vastaanottoon", "correct"),
    ("en hyllyttäny sitä mut otin kuvat", "correct"),
    ("en vieny sitä lavaa ja sen laatikoita hyllyyn", "correct"),
    ("en vieny sitä hyllyyn vaan sivuun", "correct"),
    ("en vieny sitä hyllyyn, vein sen sivuun", "correct"),
    ("en tiiä ihan varmasti saako sen viedä hyllyyn", "correct"),
    ("en sitten hyllyttäny sitä", "correct"),
])
def test_review238_a_no_of_the_shelving_and_its_reach(answer: str, verdict: str) -> None:
    judged_as_expected("varasto-raportti kari.2", _PALLET.format(answer), verdict)


# set 175: a later time offered beside a no to a favour asked of now is what a polite
# worker says (both trainers right); the offer alone, or a no said again, is not
@as_table(("answer", "verdict"), [
    ("anteeksi, nyt en ehdi, tulen puolen tunnin päästä", "correct"),
    ("anteeksi, en voi nyt, mutta tunnin päästä voin", "correct"),
    ("anteeksi, en ehdi nyt, voin tulla iltapäivällä", "correct"),
    ("anteeksi, en ehdi nyt, tulen puolen tunnin päästä siivoamaan", "correct"),
    ("tulen puolen tunnin päästä", "wrong"),
    ("anteeksi, en voi nyt, voin nyt", "wrong"),
])
def test_set175_a_later_time_offered(answer: str, verdict: str) -> None:
    judged_as_expected("siivous-asiakas kokous.2", answer, verdict)


# sets 175-176: a self-repair of a noun that is a verb's person too ("tikkaat" of
# "tikata") repairs its slot; two nouns of one part as far apart as "saha" and "vasara"
# are another thing; an accepted answer by itself said first for another's
# ("kiitos" for "selvä") leaves the slip after it the answer's slip; the deed the question
# says comes later, said by its compound's head ("takin" of "suojatakki"), after the first;
# a word more that is another accepted answer's word mispronounced ("vapa" for "vapaa");
# "ei oo ongelmaa" a courtesy; "kellekään" spoken "kenellekään"
@as_table(("step", "answer", "verdict"), [
    ("rakennus-tyokalut step-20", "nämä ovat tikat... eiku tikkaat", "correct"),
    ("rakennus-tyokalut step-20", "nämä ovat tikat, ei kun tikkaat", "correct"),
    ("rakennus-tyokalut step-4", "tämä on saha", "wrong"),
    ("rakennus-tyokalut step-4", "tämä on vasra", "almost"),
    ("yleinen-tyovuoro esimies.6", "kiitos, nähdään huomena", "almost"),
    ("yleinen-tyovuoro esimies.6", "kiitos, tulen kolmelta", "wrong"),
    ("elintarvike-kartoitus a2-ensin", "ensin mä pesen kädet, sit laitan takin", "correct"),
    ("elintarvike-kartoitus a2-ensin", "laitan takin ja sitten pesen kädet", "wrong"),
    ("ravintola-asiakas tilaus.4", "kyllä, tässä on vapa pöytä", "almost"),
    ("ravintola-asiakas allergia.4", "joo se on gluteenitonta leipää", "correct"),
    ("yleinen-tyovuoro esimies.2", "kyllä se käy, ei oo ongelmaa", "correct"),
    ("yleinen-tyovuoro esimies.2", "en voi, ei oo ongelmaa", "wrong"),
    ("rakennus-kartoitus b1-tapahtui", "vasara putos telineeltä mut ei sattunu kellekään",
     "correct"),
])
def test_sets175_176_kinds(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review239 (SAFETY): after a no of the shelving, a putting by anyone to no other place is
# the shelving after all (another verb, "sinne"), as is the learner's own signing or sending
# on, or a place things go on from after "vaan"; "heti" after a turn or a "kun" is no time
# of the no's; "sinne" of a place a clause names, further aside, or the whole ones is
# elsewhere; a foreseen wrong mistake as the last clause stays it after a deed
@as_table(("answer", "verdict"), [
    ("en vieny sitä hyllyyn mut nostin sen sinne myöhemmin", "wrong"),
    ("en hyllyttäny sitä vaan lähetin sen eteenpäin", "wrong"),
    ("en tiiä saako sen viedä hyllyyn mut laitoin sen sinne", "wrong"),
    ("en vieny sitä hyllyyn vaan keräilyyn", "wrong"),
    ("en vieny sitä hyllyyn vaan kuittasin sen heti", "wrong"),
    ("en vieny sitä roskiin sit mä laitto sen hyllyyn", "wrong"),
    ("mut sit vein sen hyllylle", "wrong"),
    ("en vieny sitä hyllyyn, kaveri nosti sen sinne", "wrong"),
    ("en vieny sitä hyllyyn, pistin sen sinne ite", "wrong"),
    ("en vieny sitä hyllyyn, vein sen sinne missä reklamaatiot on", "correct"),
    ("en vieny sitä hyllyyn, vein sen sinne minne sanoit", "correct"),
    ("en vieny sitä hyllyyn kun heti huomasin vaurion", "correct"),
    ("en vieny sitä hyllyyn ja kuski kuittas merkinnän", "correct"),
])
def test_review239_the_shelving_after_a_no(answer: str, verdict: str) -> None:
    judged_as_expected("varasto-raportti kari.2", _PALLET.format(answer), verdict)


@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti kuljettaja.2", "hetkinen, laitoin yhen lavan sivuun, kuittaan sen heti, "
     "muuten kuorma on ok", "wrong"),
    ("varasto-raportti kuljettaja.2", "laitoin yhen lavan sivuun, kuittaan heti", "wrong"),
    ("varasto-raportti kuljettaja.2", "hetkinen, laitoin yhen lavan sivuun, en kuittaa vielä, "
     "muuten kuorma on ok", "correct"),
    ("varasto-raportti kari.4", "otin kuvat ja laitoin sen lavan sivuun, en vieny sitä hyllyyn "
     "mut kaveri nosti sen sinne trukilla, muuten kuorma oli ok", "wrong"),
    # (a later offer only of the favour asked of the listener, by its deed or coming)
    ("kauppa-turvallisuus lue-paivays", "ei voi myydä, laitan sen alennukseen iltapäivällä",
     "not correct"),
    ("siivous-asiakas kokous.2", "anteeksi, nyt en ehdi, mä meen tauolle puolen tunnin päästä",
     "not correct"),
    ("siivous-asiakas kokous.4", "puolen tunnin päästä eiku tulen kolmelta", "correct"),
])
def test_review239_signed_sent_and_offered(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 177-178: a place said in another direction than the accepted answer that says the
# rest ("varastossa" for "varastosta"; both trainers almost); a word trailed off and said
# again mended; a question asked back to an open question the examples answer; "enne"
@as_table(("step", "answer", "verdict"), [
    ("yleinen-puhekieli mee-hakee", "haen laatikot varastossa", "almost"),
    ("yleinen-puhekieli mee-hakee", "haen laatikot varastosta", "correct"),
    ("kauppa-raportti pullo.2", "pullo meni rikki, lattialla on lasia", "correct"),
    ("ravintola-kartoitus a1-toista", "Pese kädet enne... ennen työtä.", "correct"),
    ("metalli-kartoitus a1-toista", "Laita suojalasit pähän… päähän.", "correct"),
    ("yleinen-tyovuoro step-13", "tauolla? mitä se tarkoittaa?", "wrong"),
    ("yleinen-tyovuoro step-13", "mitä tauolla tehdään?", "wrong"),
    ("yleinen-tyovuoro step-13", "mitä teen tauolla? juon kahvia", "correct"),
    ("ravintola-hygienia kasienpesu", "enne työtä", "correct"),
])
def test_sets177_178_kinds(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review240: after a no of the shelving, a putting or handing on counts only of the thing
# itself (a pronoun of it, it, or nothing said; not a label, its wrapping, the photos, the
# whole ones, another pallet, a "-maan" purpose); the claims shelf is no stock shelf; a
# time after a turn with a deed of its own is no time of the no; signing after the damage
# is written in is the procedure; a no's verb trailed off is kept
@as_table(("answer", "verdict"), [
    ("en vieny sitä hyllyyn, laitoin siihen lapun", "correct"),
    ("en vieny sitä hyllyyn, laitoin sen odottamaan reklamaatiota", "correct"),
    ("en hyllyttäny sitä, nostin sen trukilla erikseen", "correct"),
    ("en vieny sitä hyllyyn, pistin sen muovit kiinni", "correct"),
    ("en vieny sitä hyllyyn, pistin sen sinne mihin reklamaatiot laitetaan", "correct"),
    ("en vieny sitä hyllyyn mut kuvasin sen ja aamulla ilmotin esimiehelle", "correct"),
    ("toimitin kuvat kuljetusfirmalle", "correct"),
    ("en vieny sitä hyllyyn vaan lähettämöön", "wrong"),
    ("vein sen hyllypaikalle", "wrong"),
    ("en vieny sitä hyllyyn, nostin sen sinne missä muutkin lavat on", "wrong"),
])
def test_review240_of_the_thing_itself(answer: str, verdict: str) -> None:
    judged_as_expected("varasto-raportti kari.2", _PALLET.format(answer), verdict)


@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun reklamaatiohyllylle, muuten "
     "kuorma oli ok", "correct"),
    ("varasto-raportti kari.4", "otin kuvat ja laitoin sen lavan sivuun, käytin toista lavaa, "
     "muuten kuorma oli ok", "correct"),
    ("varasto-raportti kuljettaja.2", "hetkinen, laitoin yhen lavan sivuun, kirjotan siitä "
     "rahtikirjaan ja sit kuittaan, muuten kuorma on ok", "correct"),
    ("varasto-raportti kuljettaja.2", "hetkinen, yks lava on rikki, kirjotan vauriot ensin "
     "rahtikirjaan, kuittaan heti", "correct"),
    ("rakennus-kartoitus b1-vika", "kaide puuttuu, en mee... meen telineelle", "not correct"),
    ("siivous-ohjeet johto", "en käytä... käytän sitä ja ilmoitan esimiehelle", "not correct"),
    ("rakennus-raportti timo.8", "mitä jos laitetaan telineeseen jalkalista?", "correct"),
    ("yleinen-lahelta-piti ilmoitus.10", "mitä jos laitetaan peili siihen kulmaan?",
     "correct"),
])
def test_review240_steps(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 179-180: a time alone to "Miksi?"; the thing taken off, where the mistake puts it
# on; a repeat's noun made the object the missing one was; an earlier turn's answer said
# again beside this turn's own stays right; the half hour counted on from the hour before
@as_table(("step", "answer", "verdict"), [
    ("autoala-raportti asiakas.4", "auto on valmis huomenna iltapäivällä", "wrong"),
    ("autoala-raportti asiakas.4", "osa tulee huomenna", "correct"),
    ("autoala-tyomaarays mitkarenkaat", "kesärenkaat pois, talvirenkaat alle", "correct"),
    ("autoala-tyomaarays mitkarenkaat", "laitan talvirenkaat ja kesärenkaat", "wrong"),
    ("metalli-ohjeet step-18", "Älä käytä porakonetta.", "wrong"),
    ("metalli-ohjeet step-18", "Älä käytä käsineitä.", "almost"),
    ("yleinen-kahvitauko tauko.4", "joo on kylmä", "correct"),
    ("yleinen-sairastuminen puhelu.6", "voin huonosti en pääse töihin", "correct"),
    ("yleinen-sairastuminen puhelu.6", "minulla on kuumetta, en voi tulla töihin", "correct"),
    ("metalli-esimies kone-rikki.4", "porakone on rikki", "almost"),
    ("yleinen-numerot kysy-puoli", "seitsemän ja puoli", "almost"),
    ("yleinen-numerot kysy-puoli", "kuusi ja puoli", "wrong"),
])
def test_sets179_180_kinds(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 181-182: the situation told again beside the answer is no taking back ("…, etiketti
# on väärä"); an interjection alone to an open question; the step's own question asked
# back in a closed step (not a single word: "kuka" for "kukka" is a slip)
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-ohjeet vaara-etiketti", "kerron heti esimiehelle, etiketti on väärä",
     "correct"),
    ("elintarvike-ohjeet vaara-etiketti", "kerron esimiehelle väärin", "wrong"),
    ("yleinen-kahvitauko tauko.6", "Voi harmi.", "wrong"),
    ("yleinen-kahvitauko tauko.6", "voi, olin kotona", "correct"),
    ("yleinen-kahvitauko kysy-kuuluu", "mitä kuuluu?", "wrong"),
    ("varasto-keraily kuorma-valmis.4", "Millä laiturilla?", "wrong"),
    ("rakennus-tyonjohtaja aamu.2", "Huomenta! Mitä kuuluu?", "correct"),
])
def test_sets181_182_kinds(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review241 (SAFETY): after a no of the shelving, the thing's goods and the thing put with
# the others are it; a passive counts but in a clause of a place; signing is the procedure
# only once the damage itself is written in, now; "pois" of a way out excuses no foreseen
# thing; a span is no clock time; a stumble on the no's verb is dropped
@as_table(("answer", "verdict"), [
    ("en vieny sitä hyllyyn, vein sen muiden kanssa sinne", "wrong"),
    ("en vieny sitä hyllyyn, lähetin tavarat asiakkaalle", "wrong"),
    ("en vieny sitä hyllyyn, nostin laatikot sinne", "wrong"),
    ("en vieny sitä hyllyyn, mut se nostettiin sinne illalla", "wrong"),
    ("en vieny sitä hyllyyn, mut vein sen sinne toisten lavojen viereen", "wrong"),
    ("en vieny sitä hyllyyn, pistin sen sinne missä muut on", "wrong"),
    ("en vieny sitä hyllyyn, kaveri tuo sen sinne", "wrong"),
    ("en vieny sitä hyllyyn vaan iltavuorossa", "wrong"),
    ("en vieny sitä hyllyyn, laitoin sen odottaan reklamaatiota", "correct"),
])
def test_review241_the_thing_and_its_goods(answer: str, verdict: str) -> None:
    judged_as_expected("varasto-raportti kari.2", _PALLET.format(answer), verdict)


@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti kari.4", "otin kuvat ja laitoin sen lavan sivuun, kirjotin nimen "
     "rahtikirjaan ja kuittasin, muuten kuorma oli ok", "wrong"),
    ("varasto-raportti kuljettaja.2", "hetkinen, laitoin yhen lavan sivuun, kirjotan nimen ja "
     "kuittaan, muuten kuorma on ok", "wrong"),
    ("yleinen-kyltit tulipalo", "menen hissillä pois rakennuksesta", "wrong"),
    ("elintarvike-tyokaveri vaihto.8", "selvä kiitos", "correct"),
    ("yleinen-tyovuoro esimies.6", "joo sopii", "correct"),
    ("autoala-raportti asiakas.4", "tarvitaan uudet jarrut, ne on täällä vasta huomenna",
     "correct"),
    ("siivous-ohjeet johto", "en käy... käytä sitä ja ilmoitan esimiehelle", "correct"),
    ("kauppa-ohjeet step-7", "hyllytän ensin maitokaappi, sitten tarkistan", "almost"),
    ("varasto-ohjeet auto", "kaksi ja puoli tuntia", "not almost"),
])
def test_review241_steps(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review242: with the others only where they are no claims; to someone is elsewhere; a
# pronoun of the thing as the object is the thing, whatever goes along; the waybill
# written into is the procedure, a name or a note to someone is not, nor later; a noun's
# form that is a third person present is no deed; free order before "pois"; a time of
# day after the half hour is no span; being, getting, coming are no reason
@as_table(("answer", "verdict"), [
    ("en vieny sitä hyllyyn, vein sen oven viereen", "correct"),
    ("en vieny sitä hyllyyn, vein sen muiden reklamaatioiden sekaan", "correct"),
    ("en vieny sitä hyllyyn, toin sen sulle", "correct"),
    ("en vieny sitä hyllyyn, vein sen sinne lapun kanssa", "wrong"),
    ("en vieny sitä hyllyyn, nostin sen sinne kuvien jälkeen", "wrong"),
    ("en vieny sitä hyllyyn, vein sen sinne muoviin käärittynä", "wrong"),
])
def test_review242_the_shelving(answer: str, verdict: str) -> None:
    judged_as_expected("varasto-raportti kari.2", _PALLET.format(answer), verdict)


@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti kari.4", "otin kuvat ja laitoin sen lavan sivuun, kirjotin merkinnän "
     "rahtikirjaan ja kuittasin, muuten kuorma oli ok", "correct"),
    ("varasto-raportti kuljettaja.2", "hetkinen, laitoin yhen lavan sivuun, kirjotan ensin "
     "rahtikirjaan ja sit kuittaan, muuten kuorma on ok", "correct"),
    ("varasto-raportti kuljettaja.2", "hetkinen, laitoin yhen lavan sivuun, kirjotan siitä "
     "esimiehelle ja kuittaan, muuten kuorma on ok", "wrong"),
    ("autoala-tyomaarays mitkarenkaat", "talvirenkaat alle ja kesärenkaat otan pois",
     "correct"),
    ("autoala-tyomaarays mitkarenkaat", "kesärenkaat heti pois ja talvirenkaat alle",
     "correct"),
    ("yleinen-numerot kysy-loppuu", "kaksi ja puoli päivällä", "almost"),
    ("autoala-raportti asiakas.4", "saatte auton huomenna iltapäivällä", "wrong"),
    # sets 183-184: spoken "tarviinks"; the lesson's own foreseen mistakes, a trainer's
    ("yleinen-sairastuminen step-24", "tarviinks mä lääkärintodistuksen?", "correct"),
    ("siivous-raportti asiakas.2", "en tiedä, se kaatui itsestään", "wrong"),
    ("elintarvike-raportti pirjo.2", "Heitin muovinpalan pois.", "wrong"),
])
def test_review242_and_sets_183_184(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review243: "siihen", "tohon", "niihin" are the shelf pointed at, not a person; a genitive
# before a postposition or a noun is no object; a third person whose noun twin is no
# partitive is a deed ("jää"); waiting for picking is stock; the waybill with something
# else written is no procedure; another thing's "pois"; "saadaan" of a part on order is a
# reason; a span after the half hour by a postposition; an apology is no deed before a
# foreseen mistake
@as_table(("answer", "verdict"), [
    ("en vieny sitä hyllyyn, nostin sen siihen kuitenkin", "wrong"),
    ("en vieny sitä hyllyyn, kaveri vei sen tohon", "wrong"),
    ("en vieny sitä hyllyyn, nostin sen niihin muiden sekaan", "wrong"),
    ("en vieny sitä hyllyyn, mut vein sen sinne odottamaan keräilyä", "wrong"),
    ("en vieny sitä hyllyyn, nostin sen muiden päälle", "wrong"),
    ("en vieny sitä hyllyyn, laitoin muovin sen ympärille", "correct"),
    ("en vieny sitä hyllyyn, käytin toista lavaa sen tilalle", "correct"),
])
def test_review243_the_shelving(answer: str, verdict: str) -> None:
    judged_as_expected("varasto-raportti kari.2", _PALLET.format(answer), verdict)


@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti kuljettaja.2", "hetkinen, laitoin yhen lavan sivuun, kirjotan "
     "rahtikirjaan jotain ja kuittaan, muuten kuorma on ok", "wrong"),
    ("varasto-raportti kuljettaja.2", "hetkinen, laitoin yhen lavan sivuun, kirjotan "
     "rahtikirjaan tosi nopeesti ja kuittaan, muuten kuorma on ok", "correct"),
    ("autoala-tyomaarays mitkarenkaat", "laitan kesärenkaat talvirenkaat pois", "wrong"),
    ("autoala-raportti asiakas.4", "se on tilauksessa, saadaan se vasta huomenna", "correct"),
    ("yleinen-numerot kysy-loppuu", "kaksi ja puoli tunnin päästä", "not almost"),
    ("siivous-raportti asiakas.2", "olen pahoillani, se kaatui itsestään", "wrong"),
    # set 186: spoken "mut" where the model says "mutta"
    ("yleinen-aanteet step-26", "tuuli on kova mut työ jatkuu", "correct"),
])
def test_review243_steps(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review244: "sen" a genitive only before a noun in an object case or a listed
# postposition (not a time of day: "sen illalla"); signing "ennen kuin" is writing first;
# a demonstrative or "about it" written into the waybill is the
# damage; "here, by me" is elsewhere; an aside after "muiden päälle" is read; another
# noun between the thing and "pois" blocks only as an object; "saada valmiiksi" no reason;
# a perfect after "olla" is a deed
@as_table(("answer", "verdict"), [
    ("en vieny sitä hyllyyn, mut vein sen illalla sinne tarran kanssa", "wrong"),
    ("en vieny sitä hyllyyn, kaveri vei sen aamulla sinne muovin kanssa", "wrong"),
    ("en vieny sitä hyllyyn, vein sen hälle", "correct"),
    ("en vieny sitä hyllyyn, laitoin sen tähän", "correct"),
    ("en vieny sitä hyllyyn, nostin sen muiden päälle sivuun", "correct"),
])
def test_review244_the_shelving(answer: str, verdict: str) -> None:
    judged_as_expected("varasto-raportti kari.2", _PALLET.format(answer), verdict)


@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti kari.4", "otin kuvat ja laitoin sen lavan sivuun, kirjotin merkinnän "
     "rahtikirjaan ennen kuin kuittasin, muuten kuorma oli ok", "correct"),
    ("varasto-raportti kari.4", "otin kuvat ja laitoin sen lavan sivuun, kirjotin tästä "
     "rahtikirjaan ja kuittasin, muuten kuorma oli ok", "correct"),
    ("varasto-raportti kuljettaja.2", "oon kirjottanu vauriot rahtikirjaan, kuittaan heti",
     "correct"),
    ("autoala-tyomaarays mitkarenkaat", "kesärenkaat autosta pois, talvirenkaat alle",
     "correct"),
    ("autoala-raportti asiakas.4", "saadaan auto valmiiks vasta huomenna", "wrong"),
])
def test_review244_steps(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review245: "here" is elsewhere unless a place things go on to follows; a place it goes
# to between a thing and "pois" leaves the "pois" another's; "valmis" frees "saada" as a
# reason only as its own complement; "sen" before "alle", "eteen" is a genitive
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti kari.2", _PALLET.format("en vieny sitä hyllyyn, kaveri laittoi sen "
                                               "tähän keräilyyn"), "wrong"),
    ("varasto-raportti kari.2", _PALLET.format("en vieny sitä hyllyyn, mut vein sen tänne "
                                               "lähettämöön"), "wrong"),
    ("varasto-raportti kari.2", _PALLET.format("en vieny sitä hyllyyn, laitoin sen alle "
                                               "muovin"), "correct"),
    ("autoala-tyomaarays mitkarenkaat", "laitan kesärenkaat autoon pois talvirenkaat",
     "wrong"),
    ("autoala-raportti asiakas.4", "saadaan renkaat vasta huomenna, valmis sitten",
     "correct"),
    ("varasto-raportti kuljettaja.2", "olen kirjoittanut vauriot rahtikirjaan, kuittaan heti",
     "correct"),
])
def test_review245(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review246: "tänne missä muut lavat on" is the others' place, read before "here"; an
# onward place before "here" too; "valmis" in the comma part of "saada"; a writing down
# said later is no right deed first
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti kari.2", _PALLET.format("en vieny sitä hyllyyn, kaveri vei sen tänne "
                                               "missä muut lavat on"), "wrong"),
    ("varasto-raportti kari.2", _PALLET.format("en vieny sitä hyllyyn, kaveri vei sen "
                                               "keräilyyn tänne"), "wrong"),
    ("autoala-raportti asiakas.4", "me saadaan teidän auto valmiiks huomenna", "wrong"),
    ("autoala-raportti asiakas.4", "saadaan renkaat vasta huomenna, valmis sitten",
     "correct"),
    ("varasto-raportti kuljettaja.2", "kirjotan vauriot myöhemmin, kuittaan heti", "wrong"),
])
def test_review246(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)
