"""Kinds mended at stop 49 (issue 12), each probed across the lessons before and after. SAFETY
first: a foreseen wrong mistake said last after a no stays the mistake with a polite word
around it."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge import judge
from valkky.testing.table import as_table


# a foreseen wrong mistake said last, after a no, with a polite word around it (review72)
@as_table(("step", "answer", "verdict"), [
    ("kauppa-ohjeet uloskaynti", "ei mitään, rullakko kiitos", "wrong"),
    ("kauppa-ohjeet uloskaynti", "ei mitään, laatikot kiitos", "wrong"),
    ("kauppa-ohjeet uloskaynti", "ei mitään, kiitos", "correct"),
    ("kauppa-ohjeet uloskaynti", "ei mitään, anteeksi", "correct"),
])
def test_mistake_said_last_politely(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# SAFETY: a "niin" that says why after a deed ends the deed's clause: the deed is read on
# its own, a foreseen mistake's too (set 46), and the why is no no of it
@as_table(("step", "answer", "verdict"), [
    ("valmistus-raportti neuvo", "käytä hanskoja niin ei satu", "wrong"),
    ("valmistus-raportti neuvo", "käytä hanskoja niin se ei satu", "wrong"),
    ("valmistus-raportti neuvo", "ole nopea niin ei satu", "wrong"),
    ("valmistus-raportti neuvo", "paina hätäseis niin ei satu", "correct"),
    ("valmistus-raportti neuvo", "paina hätäseis niin kone pysähtyy", "correct"),
    ("rakennus-raportti uusi", "laita kypärä päähän niin ei satu", "correct"),
    ("valmistus-raportti neuvo", "niin, paina hätäseis", "correct"),
])
def test_so_that_after_a_deed(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# the partitive of a thing asked for or offered, as Finnish asks ("tarvitsetteko kuittia"
# for "tarvitsetteko kuitin"; set 46: both trainers correct); the spoken muhun, tarviitteko
@as_table(("step", "answer", "verdict"), [
    ("kauppa-asiakas kassalla.6", "tarvitsetteko kuittia", "correct"),
    ("kauppa-asiakas kassalla.6", "tarviitteko kuittia", "correct"),
    ("kauppa-asiakas kassalla.6", "haluatko kuittia", "correct"),
    ("kauppa-asiakas kassalla.6", "haluatko kuitti", "almost"),
    ("yleinen-lahelta-piti ilmoitus.4", "trukki osu muhun", "almost"),
    ("yleinen-lahelta-piti ilmoitus.4", "trukki melkein osu muhun", "correct"),
])
def test_asked_for_in_the_partitive(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review73 (SAFETY, and the safe answers it had turned wrong): an unsafe plan said as why
# is a risky deed after a fault told, or any deed of I with the thing; with no fault told,
# a deed the step foresees as wrong said of the thing, or a risky deed with it where the
# step foresees going on. Not a measure's own purpose, a deed the step's answers say, a
# thing rejected, the why inside an accepted answer, a passive's deed
@as_table(("step", "answer", "verdict"), [
    ("rakennus-turvallisuus kysy-suojalasit", "laitan suojalasit, koska poraan sitä",
     "correct"),
    ("kauppa-turvallisuus nosto", "pyydän apua, koska nostamme sen yhdessä", "correct"),
    ("autoala-turvallisuus letku", "laitan poistoletkun, koska käynnistän sen", "correct"),
    ("autoala-turvallisuus tukipukit", "laitan tukipukit, koska menen sinne", "correct"),
    ("kauppa-turvallisuus uloskaynti", "siirrän ne pois, koska laitan ne varastoon",
     "correct"),
    ("metalli-turvallisuus kasineet-pois", "otan käsineet pois, koska poraan sillä",
     "correct"),
    ("ravintola-ohjeet vuoto", "kerron esimiehelle, että kone vuotaa, ja kuivaan lattian",
     "correct"),
    ("siivous-ohjeet johto",
     "kerron esimiehelle, että johto on rikki, ja irrotan pistokkeen", "correct"),
    ("yleinen-verbit kone-rikki",
     "kerron esimiehelle että kone on rikki ja siivoan sillä aikaa", "correct"),
    ("metalli-esimies viallinen",
     "se on viallinen, koska reikä on väärässä paikassa, vien sen hylkylaatikkoon", "correct"),
    ("varasto-ohjeet hylly", "kerron esimiehelle, että hylly on rikki, jotta se tyhjennetään",
     "correct"),
    # …and the unsafe plans stay wrong
    ("ravintola-ohjeet vuoto", "kerron esimiehelle, että kone vuotaa, ja pesen astiat sillä",
     "wrong"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle, koska laitan ne sinne", "wrong"),
    ("rakennus-ohjeet teline", "kerron työnjohtajalle, koska menen sinne", "wrong"),
    ("metalli-ohjeet kone", "ilmoitan työnjohtajalle, koska poraan sillä", "wrong"),
])
def test_review73s_plans(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# SAFETY: a fault of a thing the step's question tells ("Lava on rikki. Mitä teet?") is
# the step's own, as one the answer reports: going on with the thing, or a risky plan said
# as why, is wrong there too (review73; judge(situation=…), carry_on.step_fault); not a
# question ("Onko lava rikki?") nor an instruction, and a danger alone (a wet floor) makes
# no deed of the learner's a plan against it
@as_table(("step", "answer", "verdict"), [
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle ja lastaan sen silti", "wrong"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle, koska mä lastaan sen autoon",
     "wrong"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle mutta pinoan silti", "wrong"),
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle mutta avaan silti", "wrong"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle, koska kokeilen sitä vielä", "wrong"),
    ("hoiva-ohjeet liina", "kerron hoitajalle, koska ompelen sen kiinni", "wrong"),
    ("hoiva-ohjeet liina", "kerron hoitajalle mutta se toimii vielä", "wrong"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle, koska mä teen aina niin",
     "correct"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle, koska me tehdään töitä "
     "turvallisesti", "correct"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle, koska en laita sille mitään",
     "correct"),
    ("siivous-turvallisuus kyltti", "laitan varoituskyltin, koska pesen sen lattian",
     "correct"),
])
def test_a_fault_the_question_tells(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("situation", "verdict"), [
    ("Lava on rikki. Mitä teet?", "wrong"),
    ("Onko lava rikki?", "correct"),  # a question tells no fault
    ("Laita rikkinäiset lavat sivuun.", "correct"),  # an instruction: set aside, told
    ("", "correct"),
])
def test_the_situation_s_fault(situation: str, verdict: str) -> None:
    j = judge("ilmoitan esimiehelle ja käytän sitä", ["ilmoitan esimiehelle"],
              situation=situation)
    assert j.verdict == verdict


# SAFETY (review73, review74): a clause said beside a right answer after a thing's fault the
# step's question or the answer tells: a risky deed, or a deed of I with the thing (it,
# there, "loppuun"), is wrong; handling it the safe way (switching off, unplugging,
# emptying, unloading, taking it away, replacing it), a deed under a no, put off or done
# before, another thing, a question, stays right
@as_table(("step", "answer", "verdict"), [
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle ja lastaan sen", "wrong"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle ja naulaan sen kiinni", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja kytken sen seinään", "wrong"),
    ("hoiva-ohjeet liina", "kerron hoitajalle ja ompelen sen", "wrong"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle ja avaan sen", "wrong"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle ja teen työt loppuun", "wrong"),
    ("valmistus-tyonjohtaja viallinen", "tämä osa on viallinen, lähetän sen asiakkaalle",
     "wrong"),
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle, että suljen sen", "correct"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja irrotan sen seinästä", "correct"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle, että puran sen", "correct"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, vaihdan sen ja jatkan työtä",
     "correct"),
    ("kauppa-turvallisuus rullakko-rikki", "rullakko on rikki ja käytän portaita", "correct"),
    ("kauppa-turvallisuus rullakko-rikki", "rullakko on rikki, juon silti kahvia", "correct"),
    ("valmistus-tyonjohtaja viallinen", "tämä osa on viallinen, mitä teen sillä", "correct"),
    ("hoiva-ohjeet liina", "kerron hoitajalle ja odotan", "correct"),
])
def test_a_deed_against_the_fault(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review74: a command after "niin" is no why ("laatikko on kevyt niin nosta selällä" says
# the unsafe command); the partitive of a thing asked for only for a noun right after its
# verb; a time is no thing "it" stands for; a thanks said apart after a foreseen mistake
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti neuvo", "laatikko on kevyt niin nosta selällä", "wrong"),
    ("rakennus-raportti uusi", "täällä on kuuma niin ota kypärä pois", "wrong"),
    ("yleinen-perehdytys samir.8", "kone on helppo niin korjaa kone itse", "wrong"),
    ("elintarvike-tyokaveri linja-seis.6", "pitääkö minua odottaa", "almost"),
    ("autoala-kartoitus a2-ymmarra", "voitko sanoa vielä kertaa", "almost"),
    ("varasto-keraily uusi-tilaus.2", "selvä, että kerään sen heti", "correct"),
    ("kauppa-ohjeet uloskaynti", "ei mitään, rullakko, kiitos", "wrong"),
])
def test_review74s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# SAFETY (review74): a quick job said in speech is an excuse for an unsafe command under
# "jos … niin" in an open answer (each excuse: test_open_deeds_gaps.EXCUSED); a noun and its
# no after "niin" say why
@as_table(("step", "answer", "verdict"), [
    ("rakennus-raportti uusi", "jos käyt vaan nopeesti niin ota kypärä pois", "wrong"),
    ("metalli-raportti ville", "ota hanskat pois niin käsi ei jää kiinni", "correct"),
])
def test_excuses_and_why(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# a question word for a word that asks nothing is another word, not a form of it ("missä"
# for "minä", which Voikko also reads as an essive of "mikä"; set 46: both trainers wrong,
# a question for the repeat); the question's -ko left out stays a slip
@as_table(("step", "answer", "verdict"), [
    ("yleinen-verbit step-3", "missä voin pestä kädet?", "wrong"),
    ("yleinen-verbit step-3", "mä pesen käden", "almost"),
    ("metalli-esimies tyomaarays.2", "monta kappaletta", "almost"),
])
def test_a_question_word_for_another(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review75: after a fault told, a deed of I with the thing is wrong only where it uses the
# thing ("sillä"), works in it or to the end ("siellä", "loppuun", "päälle") or is risky
# (mending it oneself, loading, selling, trying, pushing, standing on it); handling it the
# safe way with a particle (pois, irti, päältä, erikseen) and other deeds with it stay right;
# a question's part after an instruction tells no fault ("Laita lappu, jossa lukee rikki.")
@as_table(("step", "answer", "verdict"), [
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja otan sen irti", "correct"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle ja laitan sen pois", "correct"),
    ("varasto-keraily step-14", "pullo on rikki, pakkaan sen erikseen", "correct"),
    ("metalli-esimies kone-rikki.6", "selvä, otan toisen porakoneen ja jatkan sillä",
     "correct"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle ja seison sen päällä", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle ja painan sen päälle",
     "wrong"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle ja korjailen sitä", "wrong"),
    ("kauppa-turvallisuus rullakko-rikki", "rullakko on rikki, työnnän sitä varovasti",
     "wrong"),
])
def test_review75s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review76 (the safe answers review75's mend had made wrong): a safe deed done "itse" stays
# a safe deed (only mending it oneself is unsafe); moving the thing, or what it held, to
# another place out of use, switching a machine off ("laitan sen kiinni", "seis"), taking it
# out of the way, sending it for repair, staying by it or barring the way stay right; a
# repair said by "we" is the workshop's; a "niin" that claims no harm is no why
@as_table(("step", "answer", "verdict"), [
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle ja merkitsen sen itse", "correct"),
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle ja kuivaan lattian itse", "correct"),
    ("hoiva-ohjeet liina", "kerron hoitajalle ja haen itse toisen liinan", "correct"),
    ("kauppa-kartoitus b1-vika", "maitokaappi on rikki, laitan ne kylmiöön", "correct"),
    ("kauppa-turvallisuus rullakko-rikki", "rullakko on rikki, siirrän sen nurkkaan",
     "correct"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle ja laitan koneen kiinni", "correct"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle ja lähetän sen korjattavaksi",
     "correct"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle ja nostan sen tieltä", "correct"),
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle ja jään siihen odottamaan", "correct"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle ja vien esimiehen sinne",
     "correct"),
    ("autoala-asiakas kerro-vika", "jarrupalat ovat kuluneet, me korjaamme ne heti",
     "correct"),
    # …and the unsafe ones stay wrong
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle ja naulaan sen kiinni", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja laitan sen seinään", "wrong"),
    ("valmistus-kartoitus b1-vika", "osassa on halkeama, mä laitan sen paikalleen", "wrong"),
    ("siivous-kartoitus b1-vika", "imuri on rikki, mä korjaan sen", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja siivoan sillä loppuun", "wrong"),
    ("varasto-ohjeet hylly", "ilmoitan esimiehelle ja kiipeän hyllylle", "wrong"),
    ("rakennus-raportti uusi", "mene ilman kypärää niin ei ole kuuma", "wrong"),
    ("rakennus-raportti uusi", "laita kypärä niin sä et tarvitse valjaita", "wrong"),
])
def test_review76s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review77: things taken off the faulty one, or it taken from where it lies, is no use of it
@as_table(("step", "answer", "verdict"), [
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle ja nostan tavarat lavalta",
     "correct"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja nostan johdon ylös", "correct"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle ja nostan sen lattialta",
     "correct"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle ja nostan sen hyllyyn", "wrong"),
])
def test_taken_off_it(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
