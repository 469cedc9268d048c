"""Kinds mended at stop 51 (issue 12, SAFETY first): stop 50's lost verdicts, each probed
across the review probes before and after (bench/sweep_reviews.py: none lost)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table


# a measure of hygiene or safety said needless: wrong; not once more, not by oneself where
# another does it, not under a condition
@as_table(("step", "answer", "verdict"), [
    ("ravintola-raportti noora", "käytä eri lautaa niin lautaa ei tarvitse pestä", "wrong"),
    ("ravintola-raportti noora", "käytä eri leikkuulautaa, ei tarvitse puhdistaa lautaa",
     "wrong"),
    ("autoala-raportti jere", "laita tukipukit niin tunkkia ei tarvitse tarkistaa", "wrong"),
    ("elintarvike-raportti anna", "laita hiusverkko päähän, ei tarvitse desinfioida käsiä",
     "wrong"),
    ("siivous-raportti hassan", "käytä vain yhtä pesuainetta, sinun ei tarvitse pestä kahdesti",
     "correct"),
    ("valmistus-raportti neuvo",
     "paina hätäseis ja soita huoltoon, sinun ei tarvitse tarkistaa konetta itse", "correct"),
    ("varasto-raportti neuvo", "jos laatikko on kevyt, ei tarvitse kysyä apua", "correct"),
])
def test_a_measure_said_needless(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# help for an aid, or an aid for help: right; not beside an aid refused or broken
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti neuvo", "käytä trukkia, niin et tarvitse apua", "correct"),
    ("varasto-raportti neuvo", "pyydä työkaveri, niin et tarvitse pumppukärryä", "correct"),
    ("varasto-raportti neuvo", "pyydä apua, et tarvitse kärryä", "correct"),
    ("varasto-raportti neuvo", "et tarvitse apua, käytä pumppukärryä", "correct"),
    ("varasto-raportti neuvo", "et tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "kärry on rikki, et tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "älä käytä kärryä, et tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "älä pyydä apua, et tarvitse kärryä", "wrong"),
    ("varasto-raportti neuvo", "et tarvitse apua eikä kärryä", "wrong"),
])
def test_one_for_the_other(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# a word between two commands is the first's; a condition after a clause is its own only up
# to another clause's no or verb
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti neuvo", "nosta selällä, pyydä apua jos on kiire", "wrong"),
    ("varasto-raportti neuvo", "nosta selällä, et tarvitse apua kun käytät kärryä", "wrong"),
    ("varasto-raportti neuvo", "nosta jaloilla, et tarvitse apua kun käytät kärryä", "correct"),
])
def test_clauses_without_a_join(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# set 48's kinds: a machine let run beside the report (SAFETY); alone and together, opposites
# of one base form; a compound whose hyphen the normal form dropped at a clash of vowels;
# spoken "ku" as "kuin" after "ennen" or a comparison, else "kun"
@as_table(("step", "answer", "verdict"), [
    ("metalli-ohjeet kone", "annan koneen käydä ja kerron työnjohtajalle", "wrong"),
    ("metalli-ohjeet kone", "kerron työnjohtajalle ja annan sen pyöriä", "wrong"),
    ("elintarvike-tyokaveri apua.4", "ei mitään, nostan sen yksin", "wrong"),
    ("elintarvike-tyokaveri apua.4", "nostetaan yhessä", "correct"),
    ("valmistus-kokoonpano kysy-piirustus", "katson kokoonpano-ohjetta", "correct"),
    ("valmistus-ohjeet step-21", "älä käynnistä konetta ku huolto on kesken", "correct"),
    ("ravintola-raportti step-6", "huomasin allergian ennen ku annos lähti", "correct"),
    ("ravintola-raportti step-6", "huomasin allergian ennen kun annos lähti", "almost"),
])
def test_set48s_kinds(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


def test_spoken_ku() -> None:
    from valkky.judge.normalise import normalise

    assert normalise("ennen ku annos lähti") == "ennen kuin annos lähti"
    assert normalise("se on isompi ku tää") == "se on isompi kuin tämä"
    assert normalise("soita ku oot valmis") == "soita kun olet valmis"


# review82 (a read-only review of this stop's first mend): a need's own deed, delegated
# checks, lifting help only, the need's words cut, not its neighbours
@as_table(("step", "answer", "verdict"), [
    ("valmistus-raportti sari.8", "soitetaan kunnossapitoon, sinun ei tarvitse tarkistaa konetta",
     "correct"),
    ("yleinen-perehdytys samir.6", "ei tarvitse tarkistaa, kerro vaan esimiehelle", "correct"),
    ("rakennus-raportti uusi", "sinun ei tarvitse ostaa kypärää itse, ota varastosta", "correct"),
    ("hoiva-raportti elias.4", "et, hae apua, ei tarvitse pelätä", "correct"),
    ("varasto-raportti neuvo", "pyydä apua, ei tarvitse kysyä esimieheltä lupaa", "correct"),
    ("rakennus-raportti uusi", "laita kypärä päähän, ei tarvitse käyttää valjaita", "wrong"),
    ("elintarvike-raportti anna", "laita hiusverkko, hanskoja ei tarvitse vaihtaa", "wrong"),
    ("yleinen-perehdytys samir.8", "tule, kypärää ei tarvita", "wrong"),
    ("hoiva-raportti elias.4", "käytä nostolaitetta niin et tarvitse hoitajaa", "wrong"),
    ("varasto-raportti neuvo", "ota kärry, ei tarvita apua, ei tarvitse pitää selkää suorana",
     "wrong"),
    ("varasto-raportti neuvo", "käytä kärryä et tarvitse apua", "correct"),
    ("varasto-raportti neuvo", "jos on kiire, et tarvitse apua", "wrong"),
    ("ravintola-raportti noora", "jos on kiire, ei tarvitse pestä lautaa", "wrong"),
    ("ravintola-raportti noora", "käsiä ei tarvitse enää pestä", "wrong"),
    ("ravintola-raportti noora", "ei tarvitse sitä pestä", "wrong"),
    ("elintarvike-tyokaveri linja-seis.2", "kuljetin on jumissa mutta jatkan työtä", "wrong"),
    ("elintarvike-tyokaveri linja-seis.2", "kuljetin on rikki, odotan huoltoa", "correct"),
])
def test_review82s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review82's older holes: a mistake with a condition of its own, a state permitted, a need
# of what a no of going without requires, a nurse named beside a no's verb
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-raportti anna", "sormus saa olla, jos laitat hanskat", "wrong"),
    ("elintarvike-raportti anna", "ota sormus pois, jos sulla on sellainen", "correct"),
    ("varasto-raportti neuvo", "selkä saa olla kumarassa", "wrong"),
    ("varasto-raportti neuvo", "selkä ei saa olla kumarassa", "correct"),
    ("rakennus-raportti uusi", "mene telineelle, kypärää ei tarvita", "wrong"),
    ("autoala-raportti jere", "tukipukit ei ole pakollinen", "wrong"),
    ("hoiva-raportti elias.4", "käytä nostolaitetta, hoitajaa ei tarvita", "wrong"),
    ("metalli-raportti ville", "ota hanskat pois, porakoneella et tarvitse käsineitä", "correct"),
])
def test_review82s_older_holes(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review83 (a read-only review of set 48's kinds and review82's mend): a visit let happen is
# no machine let run; one told that a measure is needless, or one asked, takes no measure
# over; "itse" in the measure's clause only; help asked for said needless; haste and a
# lack of time read up to the need's own no; a past need is a report
@as_table(("step", "answer", "verdict"), [
    ("valmistus-raportti neuvo", "paina hätäseis ja anna kunnossapidon käydä katsomassa",
     "correct"),
    ("yleinen-perehdytys samir.6", "älä korjaa konetta itse, anna esimiehen käydä se läpi",
     "correct"),
    ("metalli-ohjeet kone", "annan koneen käydä ja kerron työnjohtajalle", "wrong"),
    ("ravintola-raportti noora", "sano nooralle että lautaa ei tarvitse pestä", "wrong"),
    ("hoiva-raportti elias.2", "jarruja ei tarvitse tarkistaa, kysy hoitajalta", "wrong"),
    ("ravintola-raportti noora", "ota itse uusi lauta, vanhaa lautaa ei tarvitse pestä", "wrong"),
    ("varasto-raportti neuvo", "pyydä apua, ei tarvitse hakea trukkia", "correct"),
    ("yleinen-perehdytys samir.8", "käytä suojalaseja, ei tarvitse vaihtaa niitä joka päivä",
     "correct"),
    ("varasto-raportti neuvo", "nosta jaloilla, ei tarvitse pyytää apua", "wrong"),
    ("varasto-raportti neuvo", "käytä pumppukärryä, niin ei tarvitse pyytää apua", "correct"),
    ("hoiva-raportti elias.2", "laita jarrut päälle, ei tarvitse kysyä hoitajalta", "correct"),
    ("ravintola-raportti noora", "jos et ehdi, lautaa ei tarvitse pestä", "wrong"),
    ("rakennus-raportti uusi", "jos on kiire, ei tarvitse kypärää", "wrong"),
    ("elintarvike-raportti anna", "kun on kiire, hiusverkko ei ole pakollinen", "wrong"),
    ("varasto-raportti neuvo", "jos laatikko on kevyt, ei tarvitse kysyä apua", "correct"),
    ("kauppa-raportti pullo.6", "siivosin lasit ja laitoin kyltin, ei tarvinnut kysyä apua",
     "correct"),
])
def test_review83s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review84 (a read-only review of review82's older holes and review83's mend): the machine
# let go is no visit; help asked for said needless only where the step lifts and names
# help; a mistake's own condition excused only by one that takes the learner out of the
# work; haste read to the condition's first join; a past need of help is a report unless
# the step names help; a teller hands a check over only to a person named
@as_table(("step", "answer", "verdict"), [
    ("valmistus-raportti neuvo", "kutsu kunnossapito ja anna koneen käydä läpi", "wrong"),
    ("valmistus-raportti neuvo", "paina hätäseis ja anna jussin käydä hakemassa työnjohtaja",
     "correct"),
    ("elintarvike-raportti anna", "ota sormus pois, ei tarvitse pyytää apua", "correct"),
    ("hoiva-raportti elias.4", "hälytä ensin hoitaja, ei tarvitse pyytää apua", "correct"),
    ("elintarvike-raportti anna", "sormus saa olla kun menet kotiin", "correct"),
    ("elintarvike-raportti anna", "sormus saa olla jos se on pieni", "wrong"),
    ("metalli-raportti ville", "hyvä kun sulla on hanskat kun siivoat, ota ne pois kun poraat",
     "correct"),
    ("varasto-raportti neuvo", "jos on kiire eikä kukaan ole lähellä, et tarvitse apua",
     "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla, en tarvinnut apua.", "wrong"),
    ("kauppa-raportti pullo.6", "keräsin lasit, en tarvinnut hanskoja", "wrong"),
    ("kauppa-raportti pullo.6", "laitoin kyltin ja siivosin lasit, en tarvinnut apua", "correct"),
    ("yleinen-perehdytys samir.8", "ei tarvitse tarkistaa konetta, sano vaan esimiehelle",
     "correct"),
    ("ravintola-raportti noora", "lautaa ei tarvitse pestä, sano että se on puhdas", "wrong"),
    ("ravintola-raportti noora", "ota toinen lauta, sinä itse ei tarvitse pestä sitä", "correct"),
    ("rakennus-raportti uusi", "laita kypärä päähän, kypärää ei tarvitse ottaa pois tauolla",
     "correct"),
])
def test_review84s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review85 (a read-only review of review84's mend): the one let go found past an adverb; a
# name only on an errand, not a brand; help asked for said needless where the step names
# help or the answer lifts, unless the answer calls help itself; a mistake's own condition
# excused only by one taking the learner out of the work, not back into it; fetching out
# of a store is no taking off
@as_table(("step", "answer", "verdict"), [
    ("valmistus-raportti neuvo", "paina hätäseis ja anna työnjohtajan sitten käydä katsomassa",
     "correct"),
    ("metalli-ohjeet kone", "annan toyotan käydä ja ilmoitan työnjohtajalle", "wrong"),
    ("valmistus-raportti neuvo", "paina hätäseis ja anna jussin käydä hakemassa työnjohtaja",
     "correct"),
    ("hoiva-raportti elias.4", "ei tarvitse pyytää apua", "wrong"),
    ("hoiva-raportti elias.4", "hälytä ensin hoitaja, ei tarvitse pyytää apua", "correct"),
    ("yleinen-perehdytys samir.8", "painavat laatikot voit nostaa, ei tarvitse pyytää apua",
     "wrong"),
    ("elintarvike-raportti anna", "sormus saa olla, kun tauko loppuu", "wrong"),
    ("elintarvike-raportti anna", "sormus saa olla, jos se ei ole iso", "wrong"),
    ("elintarvike-raportti anna", "sormus saa olla kun työvuoro on loppu", "correct"),
    ("elintarvike-raportti anna", "sormus saa olla kun et ole linjalla", "correct"),
    ("rakennus-raportti uusi", "kypärää ei tarvitse ottaa pois varastosta", "wrong"),
    ("elintarvike-raportti anna", "ota sormus pois, sitä ei tarvitse pestä", "correct"),
])
def test_review85s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review86 (a read-only review of review85's mend): off the head is no store; "it" of a
# thing the step's answers take off, as the measure's object; a past need in a report;
# a call refused is none; a no of being away is being at work
@as_table(("step", "answer", "verdict"), [
    ("rakennus-raportti uusi", "kypärää ei tarvitse ottaa pois päästä", "correct"),
    ("rakennus-raportti uusi", "kypärää ei tarvitse ottaa pois kaapista", "wrong"),
    ("elintarvike-raportti anna", "ota sormus pois, sitä ei tarvitse pestä", "correct"),
    ("elintarvike-raportti anna", "ota sormus pois, käsiä ei tarvitse pestä sen jälkeen",
     "wrong"),
    ("ravintola-raportti noora", "ota lauta pois, sitä ei tarvitse pestä", "wrong"),
    ("ravintola-raportti noora", "lautaa ei tarvinnut pestä", "wrong"),
    ("kauppa-raportti pullo.6", "laitoin kyltin ja lakaisin lasit, lattiaa ei tarvinnut pestä",
     "correct"),
    ("hoiva-raportti elias.4", "ei kannata soittaa hoitajalle, ei tarvitse pyytää apua", "wrong"),
    ("hoiva-raportti elias.4", "älä nosta, hälytä hoitaja, ei tarvitse kutsua työkaveria",
     "correct"),
    ("elintarvike-raportti anna", "sormus saa olla kun et ole kotona", "wrong"),
])
def test_review86s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review87 (a read-only review of review86's mend): "ottaa pois" from any place is fetching,
# off the body or from under a thing it holds is taking off; a compound of a thing taken
# off; a no after a place away keeps it away; a call advised is a call
@as_table(("step", "answer", "verdict"), [
    ("rakennus-raportti uusi", "kypärää ei tarvitse ottaa pois autosta", "wrong"),
    ("rakennus-raportti uusi", "kypärää ei tarvitse ottaa pois omasta kaapista", "wrong"),
    ("metalli-raportti ville", "ota käsineet pois, suojalaseja ei tarvitse ottaa pois kasvoista",
     "correct"),
    ("autoala-raportti jere", "tukipukkeja ei tarvitse ottaa pois auton alta", "correct"),
    ("elintarvike-raportti anna", "ota vihkisormus pois, sitä ei tarvitse pestä", "correct"),
    ("elintarvike-raportti anna", "sormus saa olla kun olet kotona eikä sinulla ole vuoroa",
     "correct"),
    ("elintarvike-raportti anna", "sormus saa olla kun et ole tauolla", "wrong"),
    ("elintarvike-raportti anna", "sormus saa olla kun vuoro ei ole loppunut", "wrong"),
    ("hoiva-raportti elias.4", "kannattaa soittaa hoitajalle, ei tarvitse pyytää apua",
     "correct"),
])
def test_review87s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review88 (a read-only review of review87's mend): a place to fetch from is a noun, not a
# time, a manner, the body or from under a car; a call refused further back or asked about
# is none; a no anywhere before a place away, or a break not begun, is at work; every thing
# taken off must be one the step takes off
@as_table(("step", "answer", "verdict"), [
    ("rakennus-raportti uusi", "kypärää ei tarvitse ottaa pois aamusta iltaan", "correct"),
    ("rakennus-raportti uusi", "kypärää ei tarvitse ottaa pois sateesta huolimatta", "correct"),
    ("autoala-raportti jere", "tukipukkeja ei tarvitse ottaa pois hyllyn alta", "wrong"),
    ("autoala-raportti jere", "tukipukkeja ei tarvitse ottaa pois sen alta", "correct"),
    ("hoiva-raportti elias.4", "ei sun kannata soittaa hoitajalle, ei tarvitse pyytää apua",
     "wrong"),
    ("elintarvike-raportti anna", "sormus saa olla, kun et ole vielä lähtenyt kotiin", "wrong"),
    ("elintarvike-raportti anna", "sormus saa olla, kun tauko ei ole alkanut", "wrong"),
    ("elintarvike-raportti anna", "sormus saa olla, kun tauko ei ole ohi", "correct"),
    ("elintarvike-raportti anna", "sormus saa olla, kun olet tauolla etkä linjalla", "correct"),
    ("elintarvike-raportti anna", "ota sormus sormesta pois, sitä ei tarvitse pestä", "correct"),
])
def test_review88s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# after review88: a no of being at the work names the work more ways, and a shift not over
# is at work; "riisu" takes a thing off as "pois" does; a need of a call is a call
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-raportti anna", "sormus saa olla kun et ole tullut töihin", "correct"),
    ("elintarvike-raportti anna", "sormus saa olla, kun vuoro ei ole alkanut", "correct"),
    ("elintarvike-raportti anna", "sormus saa olla, kun vuoro ei ole loppunut", "wrong"),
    ("elintarvike-raportti anna", "riisu sormus, sitä ei tarvitse pestä", "correct"),
    ("hoiva-raportti elias.4", "tarvitsee soittaa hoitajalle, ei tarvitse pyytää apua",
     "correct"),
])
def test_after_review88(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
