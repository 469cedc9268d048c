"""Kinds mended at stop 60 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py: none lost but where a test below says)."""

from __future__ import annotations

from tests.judge.golden import judged_as_expected, judged_on
from valkky.testing.table import as_table


# an adverb the guesser also reads as a form of tietää is no "I don't know": "ei tietysti"
# is "of course not" (set 71, both trainers correct)
@as_table(("answer", "verdict"), [
    ("ei tietysti", "correct"),
    ("ei tietenkään saa", "correct"),
    ("en tiedä", "wrong"),
    ("en tienny", "wrong"),
    ("tietysti saa", "wrong"),
])
def test_of_course_not(answer: str, verdict: str) -> None:
    assert judged_on("varasto-turvallisuus step-19", answer).verdict == verdict


# why the learner asks again, said beside an accepted question, is no no of it (set 72)
@as_table(("answer", "verdict"), [
    ("Anteeksi, voitko toistaa? En ymmärtänyt.", "correct"),
    ("anteeksi voitko toistaa, mä en kuullut", "correct"),
    ("anteeksi, voitko toistaa? en halua", "wrong"),
    ("anteeksi, en voi toistaa", "wrong"),
])
def test_why_asked_again(answer: str, verdict: str) -> None:
    assert judged_on("yleinen-apua step-6", answer).verdict == verdict


# harm kept away, after a repeat step's model too, by a thing coming loose (set 72); a need
# said so stays no such clause
@as_table(("answer", "verdict"), [
    ("Kiristä ruuvi kunnolla, ettei se lähde irti.", "correct"),
    ("Kiristä ruuvi kunnolla, ettei tarvitse", "wrong"),
])
def test_harm_kept_away_in_a_repeat(answer: str, verdict: str) -> None:
    assert judged_on("valmistus-kokoonpano step-14", answer).verdict == verdict


# the learner's own one-word deed told, then a fact of it (set 71); not a command's half
# fact ("varo, lattia on"), nor a fact that all is well
@as_table(("step", "answer", "verdict"), [
    ("siivous-turvallisuus step-28", "mä liukastuin, lattia oli märkä", "correct"),
    ("siivous-turvallisuus step-28", "kaaduin, lattia oli märkä", "correct"),
    ("siivous-turvallisuus step-28", "kaaduin, kaikki on hyvin", "wrong"),
    ("siivous-turvallisuus step-21", "varo, lattia on", "almost"),
])
def test_a_deed_then_a_fact(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


def test_huomen_said_for_huomenna() -> None:
    assert judged_on("yleinen-sairastuminen step-19", "mä tuun huomen").verdict == "correct"


# review155 (SAFETY): gear called useless beside a right answer — "old" only of the gear
# itself, a word of stress between "on" and "turha", a pronoun in a clause of its own, a
# "koska", "hyödytön"; an open step's "se on turha"; the answer's own refusal of the same
# gear (not of other gear) agrees with it
@as_table(("step", "answer", "verdict"), [
    ("valmistus-turvallisuus step-9",
     "turvakengät jalkaan, turvakengät on turhia vanhalle tekijälle", "not correct"),
    ("rakennus-turvallisuus kysy-suojalasit",
     "laitan suojalasit, suojalasit on turhat vanhassa hallissa", "not correct"),
    ("rakennus-turvallisuus kysy-kypara",
     "laitan kypärän, mutta kypärä on täysin turha", "not correct"),
    ("valmistus-turvallisuus step-9",
     "laitan turvakengät, mutta ne on oikeesti turhat", "not correct"),
    ("rakennus-turvallisuus kysy-suojalasit",
     "laitan suojalasit, vaikka ne on hyödyttömät", "not correct"),
    ("rakennus-turvallisuus kysy-kuulosuojaimet",
     "laitan kuulosuojaimet, ne oli aina turhat", "not correct"),
    ("varasto-turvallisuus kengat", "laitan turvakengät jalkaan ja ne on turhia", "not correct"),
    ("rakennus-turvallisuus kysy-suojalasit",
     "laitan suojalasit silmille, koska ne on turhat", "not correct"),
    ("rakennus-turvallisuus kysy-kypara", "kypärä päähän ja se on turha", "not correct"),
    ("rakennus-raportti uusi", "laita kypärä päähän, vaikka se on turha", "wrong"),
    ("elintarvike-kartoitus b1-puhekieli",
     "pesen kädet ja vaihdan hanskat, vanhat hanskat on turhat", "correct"),
    ("valmistus-turvallisuus step-9", "turvakengät jalkaan, turha ottaa riskiä", "correct"),
    ("metalli-turvallisuus kasineet-pois", "en käytä käsineitä, käsineet on turhat", "correct"),
    ("metalli-turvallisuus kasineet-pois", "en pidä käsineitä, mutta ne on turhat", "correct"),
    ("metalli-turvallisuus kasineet-pois",
     "otan hanskat käsistä, hanskat on turhat porakoneella", "correct"),
    ("metalli-ohjeet suojaimet",
     "suojalasit, en käytä käsineitä, käsineet on turhat porakoneella", "correct"),
    ("metalli-ohjeet suojaimet",
     "suojalasit, en käytä käsineitä, vaikka suojalasit on tarpeettomat", "not correct"),
    ("metalli-ohjeet suojaimet",
     "en käytä käsineitä, käytän suojalaseja, mutta suojalasit on turhat", "not correct"),
])
def test_review155(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 73-74, both trainers: "vartin yli" is "varttia yli"; töpseli ~ pistoke; the one
# asked to do a deed after "pyytää" in either object case, its -maan form spoken too
@as_table(("step", "answer", "verdict"), [
    ("yleinen-aika step-13", "kello on vartin yli seitsemän", "correct"),
    ("yleinen-aika step-13", "kello on vartin yli kuusi", "wrong"),
    ("siivous-ohjeet johto", "irrotan töpselin ja sanon pomolle", "correct"),
    ("siivous-ohjeet johto", "irrotan töpselin ja korjaan sen itse", "wrong"),
    ("kauppa-turvallisuus nosto", "pyydän kaverin auttamaan", "correct"),
    ("kauppa-turvallisuus nosto", "pyydän kaverin auttaan", "correct"),
    ("kauppa-turvallisuus nosto", "pyydän kaverin", "almost"),
])
def test_sets_73_74(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


def test_an_apostrophe_of_a_syllable_break() -> None:
    # the normaliser takes the apostrophe out with the joiners: "vaa'alla" is heard
    # "vaaalla", which Voikko reads with it put back
    from valkky.judge import finnish
    assert finnish.base_forms("vaaalla") == finnish.base_forms("vaa'alla") == {"vaaka"}
    assert finnish.base_forms("kaaaa") == frozenset()


# review156 (SAFETY): help asked for another deed than the answers' is no help; a one-word
# deed then a fact only as a report in the past, no need waved away; a pronoun stands for
# the nearest thing (not a place, not a condition's noun); "but" and a pronoun, all gear
# before it; keywords with something called useless are no answer of their own
@as_table(("step", "answer", "verdict"), [
    ("kauppa-turvallisuus nosto", "pyydän työkaveria katsomaan", "wrong"),
    ("kauppa-turvallisuus nosto", "pyydän kaverin katsomaan", "not correct"),
    ("kauppa-turvallisuus nosto", "pyydän työkaveria nostamaan", "correct"),
    ("rakennus-turvallisuus step-22", "siivoan, kypärä on turha", "not correct"),
    ("ravintola-hygienia allergia", "tarkistan, ruoka on varmasti ok", "not correct"),
    ("ravintola-hygienia allergia", "kysyn, se on turhaa", "not correct"),
    ("metalli-ohjeet suojaimet", "suojalasit, en käytä käsineitä, mutta ne on ihan turhat",
     "not correct"),
    ("elintarvike-raportti anna", "ota sormus pois, se on turha", "correct"),
    ("yleinen-perehdytys samir.8",
     "käytä aina suojalaseja ja jätä puhelin kaappiin, se on turha hallissa", "correct"),
    ("rakennus-raportti uusi", "laita kypärä päähän, mutta kun on kiire, se on turha", "wrong"),
    ("rakennus-raportti uusi", "laita kypärä päähän, se on turha tauolla ja telineellä",
     "wrong"),
])
def test_review156(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# gear said useless beside an answer with no time off work, condition or time it is bound
# to, nor gear of its kind worn instead: wrong outright (review153 holes); a time of day
# beside an answer, other than the step's (review154)
@as_table(("step", "answer", "verdict"), [
    ("siivous-ohjeet etiketti", "laitan suojakäsineet, suojalasit on tarpeettomat siivouksessa",
     "wrong"),
    ("rakennus-turvallisuus kysy-kypara", "kypärän päähän, kuulosuojaimet on ihan turhii",
     "wrong"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän, se on turha vain kotona", "correct"),
    ("rakennus-raportti uusi", "haljennut kypärä on turha, ota uusi kypärä päähän", "correct"),
    ("metalli-turvallisuus korvat", "laitan korvatulpat, kuulosuojaimet on turhat",
     "not correct"),
    ("yleinen-tyovuoro alkaa", "se alkaa kuudelta illalla", "wrong"),
    ("yleinen-tyovuoro alkaa", "se alkaa kello kuusi aamulla", "correct"),
    ("hoiva-kartoitus b1-tapahtui",
     "asukas kaatui yöllä, mutta hän ei loukkaantunut, hän nukkuu nyt päivällä", "correct"),
])
def test_gear_refused_outright_and_times(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 75-76, both trainers: a compound typed apart, its first part no word of its own
# (not a spoken word); spoken "vaihan"; a bare no written apart in the step's other form
@as_table(("step", "answer", "verdict"), [
    ("rakennus-tyokalut kysy-kottikarryt", "kotti kärryillä", "correct"),
    ("yleinen-tervehdys step-14", "mä oon uus työntekijä", "correct"),
    ("elintarvike-kartoitus b1-puhekieli", "pesen kädet ja vaihan hanskat", "correct"),
    ("hoiva-raportti hoitaja.8", "ei, hälytin hoitajan", "correct"),
    ("hoiva-raportti hoitaja.8", "ei nostanut", "almost"),
])
def test_sets_75_76(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review157 (SAFETY): a pronoun stands for the nearest gear of its number, not a place,
# failing safe; help for a deed of helping, coming or the step's own is help; a one-word
# deed then a fact of a thing (not the deed itself told of, not an adverb's "ok" heard as
# nothing); a time of day beside an answer only where the step asks when
@as_table(("step", "answer", "verdict"), [
    ("rakennus-turvallisuus kysy-suojalasit", "laitan suojalasit porakoneen kanssa, ne on turhat",
     "wrong"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän, asiakas odottaa, se on turha",
     "wrong"),
    ("valmistus-turvallisuus kysy-suojaimet", "korvatulpat, melu loppuu kohta, ne on turhat",
     "not correct"),
    ("elintarvike-raportti anna",
     "laita hiukset hiusverkkoon ja ota sormus pois, se on turha töissä", "correct"),
    ("kauppa-turvallisuus nosto", "pyydän työkaveria tulemaan auttamaan", "correct"),
    ("kauppa-turvallisuus nosto", "pyydän kaveria kantamaan kanssani", "correct"),
    ("hoiva-asukas kipu", "pyydän hoitajaa tulemaan katsomaan", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, kone on rikki", "correct"),
    ("rakennus-turvallisuus step-22", "siivoan, lattia on sotkuinen", "correct"),
    ("rakennus-turvallisuus step-22", "siivoan, se on siivoojan työ", "not correct"),
    ("ravintola-hygienia allergia", "tarkistan, ruoka on varmasti ok", "not correct"),
    ("hoiva-turvallisuus step-25", "kerron raportissa illalla", "correct"),
])
def test_review157(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# both trainers: a wrong mistake's "pois" said as the place it went to is that mistake
# (sets 17, 51, 66); the story's deed told as the learner's own where the step foresees it
# (set 48)
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti kari.6", "heitin sen roskiin", "wrong"),
    ("varasto-raportti kari.6", "heitin sen roskikseen", "wrong"),
    ("varasto-raportti kari.6", "laitoin sen vastaanottoon", "correct"),
    ("kauppa-raportti kaatuminen.2", "minä liukastuin", "wrong"),
    ("kauppa-raportti kaatuminen.2", "näin kun asiakas liukastui", "correct"),
    ("rakennus-raportti timo.8", "minä suljen kulkuväylän", "correct"),
])
def test_away_to_a_place_and_another_doer(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# set 77, both trainers wrong (SAFETY): an answer's verb of putting on with only "pois"
# more takes the thing off; what the step takes off said "ok" to keep
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys step-7", "laita turvakengät pois", "wrong"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän pois", "wrong"),
    ("rakennus-raportti uusi", "laita kypärä päähän, kypärän voi jättää pois tauolla",
     "correct"),
    ("elintarvike-raportti anna", "sormus ok jos sulla on hanskat", "wrong"),
    ("elintarvike-raportti anna", "ota sormus pois", "correct"),
])
def test_put_away_and_kept_ok(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# more of things counted, said as of a mass after "lisää": a number slip (sets 49, 55, 65,
# 78: both trainers almost); some of a mass either way stays right
@as_table(("step", "answer", "verdict"), [
    ("valmistus-tyonjohtaja iltapaiva.6", "tarvitsen lisää ruuvia", "almost"),
    ("valmistus-tyonjohtaja iltapaiva.6", "tarvitsen lisää ruuveja", "correct"),
    ("valmistus-tyonjohtaja pyyda-lisaa", "tarvitsen lisää mutteria", "almost"),
])
def test_more_of_things_counted(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review158 (SAFETY): a deed now beside a fact only with the fault that calls for it, no
# going on; each deed asked on its own; only a thrown thing's place stands for "pois"
@as_table(("step", "answer", "verdict"), [
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, kone on vielä päällä", "not correct"),
    ("elintarvike-tyokaveri vaihto.2", "jatkan, kone on rikki", "wrong"),
    ("siivous-turvallisuus laimenna", "laimennan, hanskat on kaapissa", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, kone on rikki", "correct"),
    ("kauppa-turvallisuus nosto", "pyydän työkaveria auttamaan korjaamaan rullakon", "wrong"),
    ("hoiva-asukas kipu", "pyydän hoitajaa tulemaan katsomaan", "correct"),
    ("hoiva-raportti elias.2", "laita jarrut lukkoon", "correct"),
])
def test_review158(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review159 (SAFETY): a deed now beside a fault the step names in other words, not put off,
# not the learner's own protection; a deed one asked to come comes to do; gear put away to
# a place that is no part of the body (not into use)
@as_table(("step", "answer", "verdict"), [
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, koneessa on vika", "correct"),
    ("siivous-turvallisuus laimenna", "laimennan, pesuaine on liian väkevä", "correct"),
    ("ravintola-hygienia allergia", "tarkistan, asiakkaalla on allergia", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan huomenna, kone on rikki", "not correct"),
    ("siivous-turvallisuus laimenna", "laimennan, hanskat on rikki", "not correct"),
    ("hoiva-asukas kipu", "pyydän hoitajaa tulemaan tarkistamaan", "correct"),
    ("yleinen-kyltit sininen", "otan kuulonsuojaimet kaappiin", "wrong"),
    ("yleinen-kyltit sininen", "otan kuulonsuojaimet käyttöön", "correct"),
])
def test_review159(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


def test_speak_slowly_asked_either_way() -> None:
    # set 76, both trainers: "voitko puhua hitaasti" asks what "… hitaammin" asks
    assert judged_on("autoala-kartoitus a2-ymmarra", "voitko puhua hitaasti").verdict == "correct"


# review160 (SAFETY): the fault in what a fact says of its thing, after "on"; a deed put off
# to any time; seeing to a thing is no help with a load; gear put away only to where it is
# stored (any word for where it is worn stays right); a machine's guard is no protection
@as_table(("step", "answer", "verdict"), [
    ("metalli-esimies kone-rikki.6", "ymmärrän, rikki porakone on käyttökelpoinen",
     "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, vika on vaaraton", "not correct"),
    ("ravintola-hygienia allergia", "selvitän, allergia on vitsi", "not correct"),
    ("rakennus-turvallisuus step-22", "siivoan iltapäivällä, lattia on vaarallinen",
     "not correct"),
    ("kauppa-turvallisuus nosto", "pyydän työkaveria tulemaan tarkistamaan", "not correct"),
    ("elintarvike-tuotanto kysy-hiusverkko", "laitan hiusverkon tukkaan", "correct"),
    ("siivous-valineet step-10", "laitan hanskat kouriin", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, koneen suojain on rikki", "correct"),
])
def test_review160(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review161 (SAFETY): gear put to any place is put away, but where it is worn, into use or
# the work's own place; a machine's guard only after a machine's genitive; "heti" puts
# nothing off; a fault said as the subject where only a place follows "on"
@as_table(("step", "answer", "verdict"), [
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän naulaan", "wrong"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän työkalukaappiin", "wrong"),
    ("siivous-valineet step-10", "laitan hanskat ämpäriin", "wrong"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän päälaelle", "correct"),
    ("yleinen-kyltit sininen", "otan kuulonsuojaimet halliin", "not wrong"),
    ("siivous-turvallisuus laimenna", "laimennan, vasemman hanskan sormi on rikki",
     "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan heti, kone on rikki", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, vika on koneessa", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, viallinen kone on käyttökunnossa",
     "not correct"),
])
def test_review161(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review162 (SAFETY): a fault "in" a machine only (not a state in a place case); "tänään",
# a meal or a break put a report off; gear put to the work's own place is put away, taken
# there is not; everyday words for where gear is worn
@as_table(("step", "answer", "verdict"), [
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, vika on hallinnassa", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, vika on koneessa", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan tänään, kone on rikki", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan lounaalla, kone on rikki", "not correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän linjalle", "wrong"),
    ("yleinen-kyltit sininen", "otan kuulonsuojaimet halliin", "not wrong"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän kupoliin", "correct"),
])
def test_review162(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review163 (SAFETY): where gear is worn by the whole word, not a compound's part; a fault
# in any thing, not a state; a delay among the deed's words, not the fact's
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-tuotanto kysy-hiusverkko", "laitan hiusverkon kaalilaatikkoon", "wrong"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän nokkaan", "wrong"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan, vika on trukissa", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, vika on hallinnassa", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, kone on rikki, öljy on loppu", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan vasta huomisaamuna, kone on rikki",
     "not correct"),
])
def test_review163(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)
