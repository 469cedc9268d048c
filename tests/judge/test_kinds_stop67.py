"""Kinds mended at stop 67 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py)."""

from __future__ import annotations

from tests.judge.golden import judged_as_expected
from valkky.testing.table import as_table


# review210's holes (SAFETY): a later dialogue turn's unsafe mistake said again with a
# synonym in its form ("pomolle"), a pronoun of the thing told of ("siitä") or after a
# spoken "mut"; a deed of "we" ("vedetään laatikko pois") said as the learner's own
@as_table(("step", "answer", "verdict"), [
    ("siivous-raportti asiakas.2", "anteeksi, maljakko meni rikki, en kerro siitä esimiehelle",
     "wrong"),
    ("siivous-raportti asiakas.2", "anteeksi, maljakko meni rikki, älä kerro pomolle", "wrong"),
    ("siivous-raportti asiakas.4", "pyyhin pöytää ja maljakko kaatui, en kerro pomolle",
     "wrong"),
    ("siivous-raportti asiakas.2", "olen pahoillani maljakko kaatui, mut en kerro esimiehelle",
     "wrong"),
    ("valmistus-raportti sari.2", "laatikko jumittui liukuhihnaan, mä vedän laatikon pois",
     "wrong"),
    ("siivous-raportti asiakas.2", "anteeksi, maljakko meni rikki", "correct"),
    ("valmistus-raportti sari.2", "laatikko jumittui liukuhihnaan", "correct"),
])
def test_review210_a_later_turns_mistake_said_otherwise(step: str, answer: str,
                                                        verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review210's holes (SAFETY): what the answer takes away put back by the words beside it;
# going inside a machine after "ennen kuin", where the step says "sisään" too
@as_table(("step", "answer", "verdict"), [
    ("kauppa-turvallisuus pois-hyllysta",
     "otan sen pois hyllystä ja sanon pomolle, laitan takaisin", "wrong"),
    ("kauppa-turvallisuus pois-hyllysta", "otan sen pois hyllystä ja laitan sen takaisin hyllyyn",
     "wrong"),
    ("metalli-turvallisuus kasineet-pois", "otan käsineet pois ja laitan ne takaisin", "wrong"),
    ("kauppa-turvallisuus pois-hyllysta", "otan sen pois hyllystä ja kerron esimiehelle",
     "correct"),
    ("yleinen-kyltit sininen", "laitan kuulonsuojaimet ennen kuin menen koneen sisälle",
     "not correct"),
    ("yleinen-kyltit sininen", "laitan kuulonsuojaimet ennen kuin menen sisään", "correct"),
])
def test_review210_undone_or_inside_a_machine(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 139–140 (both trainers): an earlier turn's answer said again word for word answers
# that turn, not this one; the learner's own deed said as a command; a question's thing
# alone asks no question; a repeat step's number said as another number
@as_table(("step", "answer", "verdict"), [
    ("ravintola-raportti antti.8", "en lukenut tilausta tarpeeksi tarkasti", "wrong"),
    ("metalli-raportti marjatta.8", "laikassa oli halkeama", "wrong"),
    ("ravintola-raportti antti.8", "luetaan tilaus aina kahdesti", "correct"),
    ("yleinen-tyovuoro step-13", "juo kahvia", "almost"),
    ("yleinen-tyovuoro step-13", "syö eväitä", "almost"),
    ("yleinen-tyovuoro step-13", "me juodaan kahvia", "correct"),
    ("yleinen-tarkistaminen kysy-sana", "trukki?", "almost"),
    ("yleinen-tarkistaminen kysy-sana", "mikä on trukki?", "correct"),
    ("yleinen-numerot step-8", "yksitoista, kaksitoista, kolmekymmentä", "wrong"),
    ("yleinen-numerot step-8", "yksitoista, kakstoista, kolmetoista", "correct"),
])
def test_sets_139_140_kinds(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review211 (SAFETY): after a call, going to the one hurt only where the step tells of
# one; a question's broken thing stays broken where the answer calls it a danger; a thing
# set aside and then mended by the learner
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-hygienia sairas", "soitan esimiehelle ennen kuin menen potilaan luo",
     "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle ennen kuin menen sen luo",
     "not correct"),
    ("varasto-ohjeet hylly", "ilmoitan vaarasta pomolle ja yritän korjata", "wrong"),
    ("hoiva-ohjeet liina",
     "laitan rikkinäisen liinan sivuun ja sanon hoitajalle ja yritän korjata", "wrong"),
    ("hoiva-ohjeet liina", "laitan rikkinäisen liinan sivuun ja sanon hoitajalle, teippaan sen",
     "wrong"),
])
def test_review211_holes(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review211's regressions: between places of the work (not machines); leaving for a place
# named that is no time off (the doctor's) puts no report off
@as_table(("step", "answer", "verdict"), [
    ("varasto-turvallisuus kengat", "laitan turvakengät ennen kuin menen hyllyjen väliin",
     "correct"),
    ("elintarvike-hygienia kadet", "pesen kädet ennen kuin menen linjojen väliin", "correct"),
    ("varasto-turvallisuus kengat", "laitan turvakengät ennen kuin menen trukkien väliin",
     "not correct"),
    ("yleinen-sairastuminen step-9", "soitan pomolle kun lähden lääkäriin", "correct"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle kun lähden", "almost"),
    ("yleinen-sairastuminen step-9", "soitan pomolle kun lähden kotiin", "almost"),
])
def test_review211_regressions(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 141–142 (both trainers): earlier turns' answers said again clause by clause or with
# a word left out; the past with a day to come; a compound said apart beside another
# accepted word; a one-word answer's thing named for its partitive (the `naming` rule gone)
@as_table(("step", "answer", "verdict"), [
    ("yleinen-kahvitauko tauko.6", "ei kiitos, juon teetä", "wrong"),
    ("yleinen-kahvitauko tauko.6", "joo, olin kotona", "correct"),
    ("ravintola-raportti antti.6", "ei saanut, huomasin ajoissa", "wrong"),
    ("ravintola-raportti antti.6", "en lukenut tilausta tarpeeksi tarkasti", "correct"),
    ("autoala-raportti asiakas.4", "varaosa tuli vasta huomenna", "almost"),
    ("autoala-raportti asiakas.4", "varaosa tulee vasta huomenna", "correct"),
    ("valmistus-turvallisuus kysy-hataseis", "punainen hätäseis painike", "correct"),
    ("valmistus-turvallisuus kysy-hataseis", "punainen painike", "almost"),
    ("hoiva-valineet step-15", "hälytysnappi", "almost"),
    ("hoiva-valineet step-15", "hälytysnappia", "correct"),
])
def test_sets_141_142_kinds(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review212: a report put off till the learner leaves for a place not of the work (the
# doctor's only where the step is the learner's own illness or absence) or an errand; a
# pronoun object said for a dialogue mistake's own (a bare passive still "we"); between things
# the step names; out of use is no place to put back from
@as_table(("step", "answer", "verdict"), [
    ("metalli-ohjeet kone", "pysäytän koneen ja kerron työnjohtajalle kun lähden lääkäriin",
     "almost"),
    ("elintarvike-hygienia ilmoita", "ilmoitan esihenkilölle kun lähden syömään", "almost"),
    ("yleinen-sairastuminen step-9", "soitan pomolle kun lähden lääkäriin", "correct"),
    ("varasto-raportti kari.4", "otin kuvat, ja myin sitä", "wrong"),
    ("kauppa-raportti napistys.6", "sininen takki, pysäytin sitä", "wrong"),
    ("metalli-raportti marjatta.8", "jatketaan vaan samalla laikalla", "wrong"),
    ("metalli-turvallisuus korvat", "laitan kuulosuojaimet ennen kuin menen koneiden väliin",
     "correct"),
    ("varasto-turvallisuus kengat", "laitan turvakengät ennen kuin menen lavojen väliin",
     "correct"),
    ("siivous-ohjeet johto",
     "otan imurin pois käytöstä ja ilmoitan esimiehelle, vien sen takaisin", "correct"),
    ("siivous-raportti asiakas.2", "anteeksi maljakko meni rikki, mä en kerro sitä pomolle",
     "wrong"),
    ("valmistus-raportti sari.2", "laatikko jumittui liukuhihnaan, mä vedän sen pois", "wrong"),
    ("hoiva-raportti hoitaja.4", "kymmenen minuuttia sitten, nostin mummon sänkyyn", "wrong"),
    ("kauppa-turvallisuus pois-hyllysta", "otan sen pois hyllystä ja palautan sen hyllyyn",
     "wrong"),
    ("kauppa-turvallisuus pois-hyllysta",
     "otan sen pois hyllystä, kerron esimiehelle ja laitan takaisin myöhemmin", "wrong"),
])
def test_review212(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 141, 144 (both trainers): a yes said back in the asker's own person ("kyllä voin" to
# "Voinko maksaa kortilla?"), also where the lexicon's "kyllä voin" stands for "kyllä käy"
@as_table(("step", "answer", "verdict"), [
    ("ravintola-asiakas maksu.4", "kyllä voin", "almost"),
    ("ravintola-asiakas maksu.4", "joo voin", "almost"),
    ("ravintola-asiakas maksu.4", "kyllä voitte", "correct"),
    ("ravintola-asiakas maksu.4", "kyllä käy", "correct"),
    ("autoala-asiakas tiski.6", "kyllä voin", "almost"),
])
def test_sets_141_144_the_askers_person(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# set 143 (both trainers): a verb of the accepted answers' own after their modal said as
# "he" now ("ei saa myy" for "ei saa myydä"); speech's -oo infinitive is none ("sanoo")
@as_table(("step", "answer", "verdict"), [
    ("kauppa-ohjeet jauheliha", "ei saa myy", "almost"),
    ("kauppa-ohjeet jauheliha", "ei saa myydä", "correct"),
    ("yleinen-tarkistaminen step-16", "voitko sanoo sen uudelleen", "correct"),
    ("metalli-kartoitus b1-miksi", "koska käsine voi tarttuu koneeseen", "correct"),
    ("yleinen-perehdytys muista", "hän ei saa korjaa sitä itse", "correct"),
])
def test_set_143_a_verb_after_its_modal(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# set 145 (both trainers): speech's "siit" is "siitä"; a degree word before the state is
# no state of its own (taken out after review214, back after review215: without it eleven
# unsafe praises of gear or faults were right); gear called useless with a degree word;
# the question said again is no yes in the asker's person (review118)
@as_table(("step", "answer", "verdict"), [
    ("rakennus-kartoitus b1-toista",
     "jos huomaat vaaratilanteen kerro siit heti työnjohtajalle", "correct"),
    ("autoala-asiakas puhelu.4", "joo, jarrupalat on tosi ohuet, ne pitää vaihtaa", "correct"),
    ("hoiva-raportti elias.2", "jarrut on ihan turha", "not correct"),
    ("metalli-raportti ville", "sun hanskat on tosi hyvät", "wrong"),
    ("rakennus-raportti uusi", "kypärä on ihan turha", "wrong"),
    ("yleinen-perehdytys samir.6", "saanko korjata sen itse, et saa, kerro esimiehelle",
     "correct"),
    ("hoiva-asukas kipua.4", "saisinko lääkettä? joo saatte, kerron hoitajalle", "not correct"),
])
def test_set_145_kinds(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review213: a work place is a whole word or a compound's end, no adjective's end
# ("palavaan taloon"); gear put back on in the evening is put back after the work; between
# vehicles is never a place of the work, the step naming them or not
@as_table(("step", "answer", "verdict"), [
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ennen kuin menen palavaan taloon",
     "not correct"),
    ("metalli-turvallisuus kasineet-pois", "otan käsineet pois ja laitan ne takaisin illalla",
     "correct"),
    ("metalli-turvallisuus kasineet-pois", "otan käsineet pois ja laitan ne takaisin kohta",
     "wrong"),
    ("kauppa-turvallisuus pois-hyllysta", "otan sen pois hyllystä, laitan takas illalla",
     "wrong"),
    ("metalli-turvallisuus sormus", "otan sormuksen pois ja laitan sen takaisin illalla",
     "not wrong"),
    ("varasto-turvallisuus kengat", "laitan turvakengät ennen kuin menen lavojen väliin",
     "correct"),
])
def test_review213(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 145-147 (both trainers): the plain kind of a compound's head is another thing
# ("tavalliset kengät" for "turvakengät", SAFETY); a repeat step whose model no phrase
# rewrites reads the answer's words as said ("Voitko sanoa uudelleen?": "sen" left out)
@as_table(("step", "answer", "verdict"), [
    ("varasto-turvallisuus kengat", "tavalliset kengät", "wrong"),
    ("valmistus-turvallisuus step-9", "tavalliset kengät, kun on kiire", "wrong"),
    ("varasto-turvallisuus kengat", "kengät", "almost"),
    ("yleinen-tarkistaminen step-16", "Voitko sanoa uudelleen?", "almost"),
    ("yleinen-tarkistaminen step-16", "Voitko sanoa sen uudelleen?", "correct"),
    ("kauppa-asiakas step-2", "Hei! Autanko?", "almost"),
])
def test_sets_145_147_kinds(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)
