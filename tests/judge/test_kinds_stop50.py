"""Kinds mended at stop 50 (issue 12, SAFETY first): review77's holes, each probed across the
review probes before and after (bench/sweep_reviews.py: none lost)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge.carry_on import _situation_fault
from valkky.testing.table import as_table


# a fault the question tells in words of what the thing does or lacks: a strange noise, a
# tilt, a guard missing, a machine that does not move, a wrong label; not a loud machine
# (ear protection), a question, an instruction
@as_table(("situation", "faulty"), [
    ("Kone pitää outoa ääntä. Mitä teet?", True),
    ("Hylly kallistuu. Mitä teet?", True),
    ("Katsot telinettä. Siinä ei ole kaidetta. Kerro työnjohtajalle, mikä on vikana.", True),
    ("Kuljetin ei liiku. Mitä sanot vuoropäällikölle?", True),
    ("Pölynimuri pitää kovaa ääntä, eikä se ime roskia. Kerro, mikä on vikana.", True),
    ("Etiketti on väärä. Mitä teet?", True),
    ("Hylly on vinossa. Mitä teet?", True),  # ("hylly" a noun, though a command's form too)
    ("Kuljetin on jumissa. Mitä teet?", True),
    ("Minä olen jumissa liikenteessä.", False),  # (a person's state)
    ("Kone on kovaääninen. Mitä laitat korville?", False),
    ("Minulla ei ole suojalaseja.", False),
    ("Laita lappu, jossa lukee rikki.", False),
    ("Kysy, onko kone rikki.", False),
])
def test_a_fault_told_otherwise(situation: str, faulty: bool) -> None:
    found = _situation_fault(situation)
    assert (found is not None and found.of_a_thing) == faulty


# SAFETY (review77): beside a right answer, after such a fault, a deed against it is wrong:
# going on, opening it, using it by its name or as "this" ("koneella", "tällä", "liinalla"
# for the "nostoliina"), putting things into it, plugging it back in, taking its guard off,
# mending a part of it where the step foresees mending as wrong; said before the answer
# too. Safe handling, another one, a sign, waiting by it stay right.
@as_table(("step", "answer", "verdict"), [
    ("metalli-ohjeet kone", "ilmoitan työnjohtajalle ja teen työn loppuun", "wrong"),
    ("metalli-ohjeet kone", "avaan sen ja kerron työnjohtajalle", "wrong"),
    ("metalli-ohjeet kone", "pysäytän koneen ja ilmoitan työnjohtajalle", "correct"),
    ("elintarvike-tyokaveri kysy-linja", "kuljetin ei liiku, avaan sen", "wrong"),
    ("elintarvike-tyokaveri kysy-linja", "linja on pysähtynyt ja jatkan työtä", "wrong"),
    ("elintarvike-tyokaveri kysy-linja", "linja on pysähtynyt en käynnistä sitä", "correct"),
    ("elintarvike-tyokaveri kysy-linja", "linja on pysähtynyt", "correct"),
    ("rakennus-kartoitus b1-vika", "kaide puuttuu, mä nousen telineelle", "wrong"),
    ("rakennus-kartoitus b1-vika", "kaide puuttuu, työskentelen siellä varovasti", "wrong"),
    ("rakennus-kartoitus b1-vika", "kaide puuttuu, en mene telineelle", "correct"),
    ("varasto-kartoitus b1-vika", "hylly kallistuu, laitan lavat ylähyllyyn", "wrong"),
    ("elintarvike-hygienia ilmoita", "ilmoitan esihenkilölle ja laitan ne myyntiin", "wrong"),
    ("elintarvike-hygienia ilmoita", "ilmoitan esihenkilölle ja laitan ne sivuun", "correct"),
    ("siivous-kartoitus b1-vika", "imuri pitää kovaa ääntä, avaan sen", "wrong"),
    ("siivous-kartoitus b1-vika", "imuri pitää kovaa ääntä, otan toisen imurin", "correct"),
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle ja pesen astiat koneella", "wrong"),
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle ja pesen astiat tällä", "wrong"),
    ("ravintola-ohjeet vuoto", "laitan astiat koneeseen, ilmoitan esimiehelle", "wrong"),
    ("ravintola-ohjeet vuoto", "kiristän letkun ja ilmoitan heti esimiehelle", "wrong"),
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle ja pesen astiat käsin", "correct"),
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle ja odotan koneella", "correct"),
    ("hoiva-ohjeet liina", "kerron hoitajalle ja siirrän asukkaan liinalla pyörätuoliin",
     "wrong"),
    ("hoiva-ohjeet liina", "kerron hoitajalle ja haen toisen liinan", "correct"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja laitan töpselin seinään", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja kytken imurin takaisin", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja vaihdan johdon", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja otan töpselin irti seinästä", "correct"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja vaihdan imurin", "correct"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja teippaan lapun johtoon", "correct"),
    ("yleinen-verbit kone-rikki", "soitan kunnossapitoon, sitten kiristän ruuvit", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle ja otan suojan irti", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle ja otan suojakotelon pois",
     "wrong"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle ja otan hanskat pois",
     "correct"),
])
def test_a_deed_against_a_fault_told_otherwise(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# a dialogue's story: what the learner told in an earlier turn ("porakone on rikki") is
# told for the later turns, so going on with it after the robot's instruction is wrong
@as_table(("step", "answer", "verdict"), [
    ("metalli-esimies kone-rikki.6", "selvä, mut poraan tällä loppuun", "wrong"),
    ("metalli-esimies kone-rikki.6", "joo, mut kokeilen sitä vielä", "wrong"),
    ("metalli-esimies kone-rikki.6", "selvä, nostan sen hyllylle ja laitan lapun", "correct"),
    ("metalli-esimies kone-rikki.6", "selvä, käytän toista porakonetta", "correct"),
    ("metalli-esimies kone-rikki.6", "selvä, laitan lapun", "correct"),
])
def test_the_dialogue_s_story(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# a day or a while alone puts off no deed with the faulty thing (review76): it is still
# faulty then; a thing ordered anew replaces it
@as_table(("step", "answer", "verdict"), [
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle ja lastaan sen huomenna", "wrong"),
    ("varasto-kartoitus b1-vika", "hyllyn jalka on vääntynyt, suoristan sen huomenna",
     "wrong"),
    ("autoala-asiakas puhelu.4", "jarrupalat ovat kuluneet, tilaan uudet ja asennan ne huomenna",
     "correct"),
])
def test_put_off_to_a_day(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# SAFETY (review75, review76): advice that says a protection or help is not needed after a
# "niin" ("… niin et tarvitse valjaita", "… niin hiusverkko ei ole pakollinen") is wrong; a
# "niin" before a claim of its own ends the deed's clause; under a condition it may be true,
# and a thing no protection, another verb's no, or no harm after "niin" stay right
@as_table(("step", "answer", "verdict"), [
    ("rakennus-raportti uusi", "laita kypärä päähän niin et tarvitse valjaita", "wrong"),
    ("elintarvike-raportti anna", "ota sormus pois niin et tarvitse hiusverkkoa", "wrong"),
    ("elintarvike-raportti anna", "ota sormus pois niin hiusverkko ei ole pakollinen", "wrong"),
    ("varasto-raportti neuvo", "nosta jaloilla niin et tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "jos laatikko on kevyt, et tarvitse apua", "correct"),
    ("varasto-raportti neuvo", "pyydä apua niin selkä ei satu", "correct"),
    ("varasto-raportti neuvo", "käytä pumppukärryä niin et tarvitse kantaa", "correct"),
    ("rakennus-raportti uusi", "en tarvitse pipoa, käytän kypärää", "correct"),
    ("autoala-raportti jere", "tunkki ei riitä, tarvitset tukipukit", "correct"),
    ("metalli-raportti ville", "ota hanskat pois niin käsi ei jää kiinni", "correct"),
])
def test_protection_said_needless(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# a right answer, then a clause another accepted answer says joined by "ja" (not only
# between commas): the trainer's own words (review73's "other" probes, were almost)
@as_table(("step", "answer", "verdict"), [
    ("ravintola-ohjeet vuoto", "kerron esimiehelle, että kone vuotaa ja laitan varoituskyltin",
     "correct"),
    ("siivous-ohjeet johto", "kerron esimiehelle, että johto on rikki, ja otan töpselin irti",
     "correct"),
    ("ravintola-ohjeet vuoto", "kerron esimiehelle, että kone vuotaa ja korjaan sen", "wrong"),
])
def test_a_clause_another_answer_says(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review78 (SAFETY, and 39 safe answers review77's mend had made wrong, all right again):
# a sign put on the wall, screws put in a box are no plugging in; checking is no mending;
# ear protection is no machine's guard; "tällä" before a noun of its own, "tässä välissä",
# a bare "tähän" are no "it"; a cloth to wipe with is no sling; another freezer is another
# one; a dialogue's story holds only a tool told of (not goods set aside, one's own car);
# "osa" is named at three letters; a sign does not clear putting things into the thing
@as_table(("step", "answer", "verdict"), [
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle ja laitan lapun seinään", "correct"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle ja laitan ruuvit ruuvirasiaan",
     "correct"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja laitan töpselin seinään", "wrong"),
    ("metalli-ohjeet kone",
     "pysäytän koneen ja ilmoitan työnjohtajalle ja tarkistan, että pistoke on irti",
     "correct"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle ja otan kuulosuojat pois", "correct"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja siivoan loput tällä mopilla", "correct"),
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle ja laitan ämpärin tähän", "correct"),
    ("hoiva-ohjeet liina", "kerron hoitajalle ja pyyhin asukkaan kädet liinalla", "correct"),
    ("ravintola-kartoitus b1-vika",
     "pakastimen lämpötila on väärä, siirrän ruoat arkkupakastimeen", "correct"),
    ("varasto-keraily ongelma.6", "selvä, haen kahvin sieltä ja pakkaan sen tilaukseen",
     "correct"),
    ("yleinen-puhelin auto.4", "pääsen bussilla ja korjaan auton illalla", "correct"),
    ("elintarvike-hygienia ilmoita", "ilmoitan esihenkilölle ja laitan tuotteet tähän sivuun",
     "correct"),
    ("valmistus-kartoitus b1-vika", "osassa on halkeama, asennan osan", "wrong"),
    ("ravintola-ohjeet vuoto",
     "ilmoitan esimiehelle, laitan lapun koneeseen ja laitan astiat sinne", "wrong"),
    ("metalli-ohjeet kone", "pysäytän koneen ja ilmoitan työnjohtajalle ja vaihdan laakerin",
     "wrong"),
])
def test_review78s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review79: a day puts off only a deed said of the thing ("poraan loput huomenna" stays
# right); a protection said needless right before its no ("valjaita ei tarvita") is wrong,
# not one the step's answers take off (gloves at the drill), nor a place before the no
@as_table(("step", "answer", "verdict"), [
    ("metalli-ohjeet kone",
     "pysäytän koneen ja ilmoitan työnjohtajalle ja poraan loput huomenna", "correct"),
    ("rakennus-raportti uusi", "laita kypärä päähän niin valjaita ei tarvita", "wrong"),
    ("varasto-raportti neuvo", "nosta jaloilla, apua et tarvitse", "wrong"),
    ("metalli-raportti ville", "ota käsineet pois, käsineet eivät ole pakolliset porakoneella",
     "correct"),
    ("elintarvike-raportti anna", "laita hiukset hiusverkkoon, et tarvitse pipoa", "correct"),
    ("varasto-raportti neuvo", "pyydä apua, niin et tarvitse nostaa yksin", "correct"),
    ("yleinen-kahvitauko kysy-saa", "on pakkasta, miinus viisitoista", "correct"),
    ("yleinen-kahvitauko kysy-saa", "on pakkasta, miinus kaksikymmentä", "wrong"),
])
def test_review79s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# an open step: a right answer with a foreseen half answer said beside it is right (set 47,
# both trainers); the half answer alone keeps its verdict
@as_table(("step", "answer", "verdict"), [
    ("rakennus-raportti timo.6", "telineessä ei ollut jalkalistaa, ja tuuli puhalsi",
     "correct"),
    ("rakennus-raportti timo.6", "koska tuuli puhalsi", "almost"),
])
def test_a_half_answer_beside_a_right_one(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review80: a dialogue's story drops a fault a later robot line has had mended ("Vaihtakaa
# ne."); a lid or hatch is a guard only of the faulty thing or a machine; help said
# needless beside an aid that does a helper's work is right
@as_table(("step", "answer", "verdict"), [
    ("autoala-asiakas puhelu.12", "ole hyvä, ajakaa varovasti", "correct"),
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle ja avaan kaivon kannen", "correct"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle ja avaan kannen", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja avaan imurin kannen ja katson johdon",
     "wrong"),
    ("varasto-raportti neuvo", "käytä pumppukärryä, niin et tarvitse työkaveria", "correct"),
    ("varasto-raportti neuvo", "nosta jaloilla, niin et tarvitse työkaveria", "wrong"),
])
def test_review80s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review81: a lid or a hatch of no one named, of the faulty thing, a machine or an electrical
# box is a guard; another thing's is not; help is needless only beside an aid said to be
# used, not one refused or broken
@as_table(("step", "answer", "verdict"), [
    ("metalli-ohjeet kone", "pysäytän koneen, ilmoitan työnjohtajalle ja avaan huoltoluukun",
     "wrong"),
    ("metalli-ohjeet kone", "pysäytän koneen, ilmoitan työnjohtajalle ja avaan sorvin luukun",
     "wrong"),
    ("metalli-ohjeet kone",
     "pysäytän koneen, ilmoitan työnjohtajalle ja avaan sähkökaapin luukun", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja avaan pesuainepullon kannen", "correct"),
    ("hoiva-raportti elias.4", "älä hae nostolaitetta, et tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "käytä pumppukärryä, niin et tarvitse työkaveria", "correct"),
])
def test_review81s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
