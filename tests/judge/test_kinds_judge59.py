"""Kinds where trainers and the judge disagreed (issue 12, judge59), each mended where its
rule lives and probed with fresh answers across the lessons. SAFETY first: a fault reported
(an answer said, a repeat step's model), then the faulty thing's own work done now, things
put in or on it, or the thing said to be ok, is wrong (carry_on); a repeat step's fault
said as its opposite state, "kunnossa", is wrong (the lexicon's opposites). Then a refused
way's rule said, then kept with "kuitenkin", is right (carry_on), and a mishap's cause
that is the learner's own body part or a thing owns the mishap (fault_again)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table


# SAFETY: a fault, then the faulty thing's own work said now, without "silti" too
@as_table(("step", "answer", "verdict"), [
    ("metalli-esimies kone-rikki.2", "porakone on rikki, jatkan poraamista", "wrong"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, poraan loppuun", "wrong"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, mutta poraan reiät", "wrong"),
    ("metalli-esimies step-16", "Porakoneessa on vika, mutta poraan", "wrong"),
    ("siivous-kartoitus b1-vika", "imuri on rikki, imuroin loppuun", "wrong"),
    ("siivous-kartoitus b1-vika", "pölynimuri on rikki, jatkan imurointia", "wrong"),
    ("autoala-asiakas kerro-vika", "jarrupalat ovat kuluneet, mutta ajan kotiin", "wrong"),
    ("autoala-asiakas kerro-vika", "jarrupalat ovat kuluneet, ajakaa kotiin", "wrong"),
    ("autoala-asiakas step-22", "Jarrupalat ovat kuluneet, mutta ajan kotiin", "wrong"),
    ("autoala-turvallisuus ilmoita", "nosturi on rikki, nostan auton silti", "wrong"),
    ("autoala-turvallisuus ilmoita", "nosturi on rikki, mutta nostan auton ylös", "wrong"),
    ("kauppa-turvallisuus rullakko-rikki", "rullakko on rikki, mutta vien laatikot", "wrong"),
    ("kauppa-turvallisuus rullakko-rikki", "rullakko on rikki, mutta siirrän tavarat sillä",
     "wrong"),
    # a repeat's model of two sentences: the fault, then a no of its own
    ("hoiva-ohjeet step-27", "Liina on rikki. En käytä sitä. Nostan asukkaan.", "wrong"),
    # …and not: another of it, another way, moving the thing itself, a report of the past,
    # a no of the work, the learner's own no
    ("metalli-esimies kone-rikki.2", "porakone on rikki, poraan toisella porakoneella",
     "correct"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, vien sen huoltoon", "correct"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, laitan lapun siihen", "correct"),
    ("siivous-kartoitus b1-vika", "pölynimuri on rikki, imuroin toisella imurilla", "correct"),
    ("siivous-kartoitus b1-vika", "pölynimuri on rikki, imuroin eilen", "correct"),
    ("siivous-kartoitus b1-vika", "pölynimuri on rikki, en imuroi", "correct"),
    ("kauppa-turvallisuus rullakko-rikki", "rullakko on rikki, vien laatikot käsin", "correct"),
    ("kauppa-turvallisuus rullakko-rikki", "rullakko on rikki, siirrän sen sivuun", "correct"),
    ("kauppa-turvallisuus rullakko-rikki", "rullakko on rikki ja vien laatikot varastoon",
     "correct"),  # (by hand too: only against the fault, "mutta vien laatikot", or "sillä")
    ("autoala-turvallisuus ilmoita", "nosturin lukitus ei toimi, lasken auton alas", "correct"),
    ("autoala-turvallisuus ilmoita", "nosturi on rikki, en nosta autoa", "correct"),
    ("autoala-asiakas kerro-vika", "jarrupalat ovat kuluneet, mutta voimme vaihtaa ne",
     "correct"),
    ("hoiva-ohjeet step-27", "Liina on rikki. En käytä sitä. Haen uuden liinan.", "correct"),
])
def test_a_faulty_things_own_work(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# SAFETY: things put in or on the faulty thing use it; a sign on it, another, taking out
# do not
@as_table(("step", "answer", "verdict"), [
    ("varasto-kartoitus b1-vika", "hyllyssä on vika, laitan laatikot sinne", "wrong"),
    ("varasto-kartoitus b1-vika", "hyllyssä on vika, mutta laitan tavarat hyllyyn", "wrong"),
    ("varasto-turvallisuus ilmoita-esimiehelle", "lava on rikki, laitan laatikot sille",
     "wrong"),
    ("ravintola-kartoitus b1-vika", "pakastin on rikki, laitan ruoat sinne", "wrong"),
    ("varasto-kartoitus b1-vika", "hyllyssä on vika, laitan kyltin siihen", "correct"),
    ("varasto-kartoitus b1-vika", "hyllyssä on vika, vien laatikot varastoon", "correct"),
    ("varasto-turvallisuus ilmoita-esimiehelle", "lava on rikki, laitan sen sivuun", "correct"),
    ("varasto-turvallisuus ilmoita-esimiehelle", "lava on rikki ja jätän sen siihen", "correct"),
    ("ravintola-kartoitus b1-vika", "pakastin on rikki, mutta jätän ruoat sinne", "wrong"),
    ("elintarvike-tyokaveri linja-seis.4", "kaksi pakkausta on rikki, laitan ne sivuun",
     "correct"),
])
def test_things_put_on_the_faulty_thing(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# SAFETY: the faulty thing said to be ok, good enough, working (spoken); a bare "ok" is an
# acknowledgement
@as_table(("step", "answer", "verdict"), [
    ("metalli-esimies kone-rikki.2", "porakone on rikki, mutta se on ok", "wrong"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, mutta se kelpaa", "wrong"),
    ("elintarvike-tyokaveri kysy-linja", "kuljetin on rikki, mutta se pelaa", "wrong"),
    ("autoala-asiakas kerro-vika", "jarrupalat ovat kuluneet, mutta ne kelpaa vielä", "wrong"),
    ("yleinen-verbit step-22", "Kone on rikki. Ilmoitan esimiehelle. Mutta se on ok.", "wrong"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, mutta se on ihan ok", "wrong"),
    ("kauppa-turvallisuus rullakko-rikki", "rullakko on rikki, mutta se menee vielä", "wrong"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, ok", "correct"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, se on hyvä tietää", "correct"),
    ("kauppa-turvallisuus rullakko-rikki", "rullakko on rikki, menen vielä kysymään", "correct"),
    ("valmistus-turvallisuus step-21", "Koneessa on vika, okei", "correct"),
    ("yleinen-verbit step-22", "Kone on rikki. Ilmoitan esimiehelle. Okei.", "correct"),
])
def test_a_faulty_thing_said_ok(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# SAFETY: a repeat of a fault said as the opposite state; a word in another form stays a try
@as_table(("step", "answer", "verdict"), [
    ("valmistus-turvallisuus step-21", "Kone on kunnossa.", "wrong"),
    ("valmistus-turvallisuus step-21", "Koneessa on kunnossa.", "wrong"),
    ("metalli-esimies step-16", "Porakone on kunnossa.", "wrong"),
    ("elintarvike-hygienia step-27", "Pakkaus on kunnossa.", "wrong"),
    ("elintarvike-tyokaveri step-18", "Kaksi pakkausta on kunnossa.", "wrong"),
    ("hoiva-ohjeet step-27", "Liina on kunnossa. En käytä sitä.", "wrong"),
    ("valmistus-tyonjohtaja step-12", "Tämä osa on kunnossa.", "wrong"),
    ("valmistus-turvallisuus step-21", "Koneessa on vikaa.", "almost"),
    ("valmistus-turvallisuus step-21", "Kone on rikki.", "almost"),
    ("rakennus-turvallisuus step-31", "kaikki on kunnosa", "almost"),
])
def test_a_repeats_fault_said_away(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# a refused way's rule said, then kept: right; the refused way, or none, done anyway: wrong
@as_table(("step", "answer", "verdict"), [
    ("valmistus-turvallisuus step-15", "Nosta jaloilla, älä selällä, nostan kuitenkin jaloilla",
     "correct"),
    ("valmistus-turvallisuus step-15", "Nosta jaloilla, älä selällä, mä nostan silti jaloilla",
     "correct"),
    ("varasto-kartoitus a2-toista",
     "Nosta laatikko jaloilla, älä selällä. Nostan kuitenkin jaloilla.", "correct"),
    ("valmistus-turvallisuus step-15", "Nosta jaloilla, älä selällä, nostan kuitenkin selällä",
     "wrong"),
    ("valmistus-turvallisuus step-15", "Nosta jaloilla, älä selällä, nostan kuitenkin", "wrong"),
    ("valmistus-turvallisuus step-15", "Nosta jaloilla, älä selällä, nostan kuitenkin yksin",
     "wrong"),
    ("valmistus-turvallisuus step-15",
     "Nosta jaloilla, älä selällä, nostan kuitenkin jaloilla yksin", "wrong"),
    ("varasto-kartoitus a2-toista",
     "Nosta laatikko jaloilla, älä selällä. Nostan sen kuitenkin selällä.", "wrong"),
])
def test_a_refused_way_kept(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# a mishap owned by the learner's body part, own thing or a thing's part; anyone else
# blamed stays wrong — a closed list of persons let "mummo", "vauva", "Onni" through, so
# any other noun is someone (review65): "liina kaatoi maljakon" is read as blaming
@as_table(("answer", "verdict"), [
    ("olen pahoillani, kyynärpääni kaatoi maljakon", "correct"),
    ("olen pahoillani, pyyhkeeni kaatoi maljakon", "correct"),
    ("olen pahoillani, liina kaatoi maljakon ja se meni rikki", "wrong"),
    ("olen pahoillani, mummo kaatoi maljakon", "wrong"),
    ("olen pahoillani, vauva kaatoi maljakon", "wrong"),
    ("olen pahoillani, veljeni kaatoi maljakon", "wrong"),
    ("anteeksi, käteni kaatoi maljakon", "correct"),
    ("anteeksi, imurin johto kaatoi maljakon", "correct"),
    ("anteeksi, työkaveri kaatoi maljakon", "wrong"),
    ("anteeksi, työkaveri kaatoi sen", "wrong"),
    ("olen pahoillani, työkaverini rikkoi maljakon", "wrong"),
    ("anteeksi, Pekka kaatoi maljakon", "wrong"),
    ("anteeksi, siivooja kaatoi maljakon", "wrong"),
    ("anteeksi, kissa kaatoi maljakon", "wrong"),
    ("joku muu rikkoi sen", "wrong"),
])
def test_a_mishaps_cause(answer: str, verdict: str) -> None:
    assert judged_on("siivous-raportti asiakas.2", answer).verdict == verdict


# review65: judge59's first form read these the wrong way (SAFETY first)
@as_table(("step", "answer", "verdict"), [
    # a place of the rule is no way kept; a danger of its own sentence stays read
    ("metalli-kartoitus a2-toista", "Sorvilla ei saa käyttää käsineitä. Käytän silti sorvilla.",
     "wrong"),
    ("autoala-kartoitus b1-miksi",
     "koska sisällä ei saa hengittää pakokaasua, hengitän kuitenkin sisällä", "wrong"),
    ("ravintola-ohjeet step-26", "Astianpesukone vuotaa, lattia on märkä, kävelen silti lattialla.",
     "wrong"),
    # another's tool, a question, to a repair, unloading it, elsewhere, a sign: no use of it
    ("yleinen-puhelin auto.2", "auto ei toimi, ajan työkaverin autolla", "correct"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, millä poraan nyt", "correct"),
    ("autoala-kartoitus b1-vika", "renkaat ovat kuluneet, ajan auton halliin", "correct"),
    ("kauppa-turvallisuus rullakko-rikki", "rullakko on rikki, mutta siirrän tavarat siitä hyllyyn",
     "almost"),  # (as before judge59: its "mutta" read as a contrast)
    ("varasto-turvallisuus ilmoita-esimiehelle", "lava on rikki, pinoan laatikot lattialle",
     "correct"),
    ("varasto-kartoitus b1-vika", "hylly on rikki, laitan siihen kartion", "correct"),
    ("ravintola-ohjeet step-26", "Astianpesukone vuotaa. Lattia on märkä. Pesen kädet.", "correct"),
    # the learner's deed said good, not the faulty thing
    ("yleinen-verbit step-22", "Kone on rikki. Ilmoitan esimiehelle. Se on hyvä.", "correct"),
    # …but the faulty thing said fine against its fault stays going on
    ("metalli-esimies kone-rikki.2", "porakone on rikki, mutta se on ihan ok", "wrong"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, jatkan poraamista", "wrong"),
])
def test_review65s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review66: the mends of review65 read these the wrong way (SAFETY first)
@as_table(("step", "answer", "verdict"), [
    # another person's body part blames that person
    ("siivous-raportti asiakas.2", "olen pahoillani, työkaverin käsi kaatoi maljakon", "wrong"),
    ("siivous-raportti asiakas.2", "olen pahoillani, hänen kätensä kaatoi maljakon", "wrong"),
    ("siivous-raportti asiakas.2", "anteeksi, minun käteni kaatoi maljakon", "correct"),
    # the faulty one said faulty is no other; the faulty thing itself is no repair place
    ("metalli-esimies kone-rikki.2", "porakone on rikki, poraan rikkinäisellä porakoneella",
     "wrong"),
    ("autoala-turvallisuus ilmoita", "nosturi on rikki, nostan auton nosturille", "wrong"),
    # "from it" only of moving things off it; "good" after the fault itself
    ("metalli-esimies kone-rikki.2", "porakone on rikki, poraan siitä reiän", "wrong"),
    ("metalli-esimies kone-rikki.2", "Porakone on rikki. Se on ihan hyvä.", "wrong"),
    # with it, or against its fault, the work goes on wherever it goes
    ("kauppa-turvallisuus rullakko-rikki", "rullakko on rikki, vien tavarat varastoon rullakolla",
     "wrong"),
    # goods are no sign; another of it is no use of it; a borrowed one is another
    ("varasto-kartoitus b1-vika", "hylly on rikki, laitan paperit sinne", "wrong"),
    ("kauppa-kartoitus b1-vika", "maitokaappi on rikki, laitan jogurtit sinne", "wrong"),
    ("kauppa-kartoitus b1-vika", "maitokaappi on rikki, siirrän maidot viereiseen maitokaappiin",
     "almost"),  # (as before judge59)
    ("metalli-esimies kone-rikki.2",
     "porakone on rikki, lainaan Matin porakoneen ja poraan loppuun", "correct"),
    # a danger's place may be "there": a rag put on the wet floor uses nothing
    ("ravintola-ohjeet step-26", "Astianpesukone vuotaa. Lattia on märkä. Laitan rätin sinne.",
     "correct"),
])
def test_review66s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review67: the last mends' exemptions, read the wrong way (SAFETY first)
@as_table(("step", "answer", "verdict"), [
    # a person fetched is no tool; the faulty one taken or lent is no other
    ("metalli-esimies kone-rikki.2", "porakone on rikki, pyydän Matin ja poraan", "wrong"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, otan lattialta sen ja jatkan poraamista",
     "wrong"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, lainaan sen Matille ja poraan itse",
     "wrong"),
    # an adjective that says no "other" names the faulty one
    ("metalli-esimies kone-rikki.2", "porakone on rikki, poraan isolla porakoneella", "wrong"),
    # a tag asking leave after the deed said does the deed; asking first asks
    ("metalli-esimies kone-rikki.2", "porakone on rikki, poraan loppuun, käykö", "wrong"),
    ("autoala-turvallisuus ilmoita", "nosturi on rikki, nostan auton, käykö?", "wrong"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, saanko porata", "correct"),
    # said ok after a look at it is the thing; after the learner's deed, the deed
    ("metalli-esimies kone-rikki.2", "porakone on rikki, mutta tarkistin, se on ok", "wrong"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, tarkistin sen, se on ok", "wrong"),
    ("yleinen-verbit step-22", "Kone on rikki. Ilmoitan esimiehelle. Se on ok.", "correct"),
])
def test_review67s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review68: a fault said as a no of its good state, then told on, is right; any other deed
# after it is read as said. A question after waiting or telling asks; after a deed of
# one's own, the deed is done (review69).
@as_table(("step", "answer", "verdict"), [
    ("kauppa-kartoitus b1-vika", "maitokaappi ei ole kunnossa, ilmoitan esimiehelle",
     "correct"),
    ("varasto-ohjeet hylly", "hylly ei ole kunnossa, soitan esimiehelle", "correct"),
    ("kauppa-kartoitus b1-vika", "maitokaappi ei ole kunnossa, laitan maidot sinne", "wrong"),
    ("varasto-ohjeet hylly", "hylly ei ole kunnossa, laitan laatikot sinne", "wrong"),
    # SAFETY: the good state denied is the fault, and the faulty thing's work after it
    ("autoala-turvallisuus ilmoita", "nosturi ei ole kunnossa, nostan auton", "wrong"),
    ("autoala-turvallisuus ilmoita", "nosturi ei ole turvallinen, nostan auton", "wrong"),
    ("metalli-esimies kone-rikki.2", "porakone ei ole kunnossa, poraan loppuun", "wrong"),
    ("autoala-turvallisuus ilmoita", "nosturi ei ole kunnossa, en käytä sitä", "correct"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, odotan, voinko jatkaa", "correct"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, odotan, saanko porata", "correct"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, poraan, voinko", "wrong"),
    ("autoala-turvallisuus ilmoita", "nosturi on rikki, nostan auton, sopiiko", "wrong"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, jatkan poraamista, onko ok", "wrong"),
    ("autoala-turvallisuus ilmoita", "nosturi on rikki, nostan auton nosturilla", "wrong"),
    # SAFETY: at one's own risk, the same way: no tool of its own
    ("metalli-esimies kone-rikki.2", "porakone on rikki, jatkan omalla vastuullani", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja jatkan omalla vastuullani", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja jatkan samalla tavalla", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja jatkan samalla imurilla", "wrong"),
    # said ok before the fault is taken back by it; after it, denies it
    ("autoala-kartoitus b1-vika", "renkaat eivät ole kunnossa, renkaat ovat kunnossa",
     "wrong"),
    ("metalli-esimies kone-rikki.2", "se on ok, porakone on rikki", "correct"),
    # SAFETY: a no that had its verb ends at a written clause: a command after it says yes
    ("rakennus-kartoitus b1-vika", "telineessä ei ole kaidetta, mene telineelle", "wrong"),
    ("rakennus-kartoitus b1-vika", "Telineessä ei ole kaidetta. Mene telineelle.", "wrong"),
    ("rakennus-kartoitus b1-vika", "telineessä ei ole kaidetta, en mene telineelle",
     "correct"),
    ("kauppa-ohjeet uloskaynti", "ei mitään saa olla siinä", "correct"),
])
def test_review68s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review69: what is told at "että" or said at "koska" after a telling is no reason when it
# says a deed of the learner's own or the thing fine; a telling said for later is none now;
# "oma" is the learner's own machine at work, the faulty one; a manner is no tool
@as_table(("step", "answer", "verdict"), [
    ("metalli-esimies kone-rikki.2",
     "porakone ei ole kunnossa, ilmoitan esimiehelle, että jatkan työtä", "wrong"),
    ("metalli-esimies kone-rikki.2", "porakone ei ole kunnossa, ilmoitan, koska käytän sitä",
     "wrong"),
    ("metalli-esimies kone-rikki.2", "porakone ei ole kunnossa, sanon, että se on kunnossa",
     "wrong"),
    ("autoala-turvallisuus ilmoita", "nosturi on rikki, ilmoitan esimiehelle, että nostan auton",
     "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle, että johto on rikki", "correct"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle, että soitan sähkömiehelle", "correct"),
    ("metalli-ohjeet kone", "ilmoitan esimiehelle ja jatkan työtä, voinko jatkaa?", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja jatkan imurointia, haittaako se?",
     "wrong"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, ilmoitan esimiehelle, saanko jatkaa",
     "wrong"),
    ("metalli-ohjeet kone", "ilmoitan esimiehelle ja jatkan omalla koneellani", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja jatkan omalla imurilla", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja jatkan varovaisuudella", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja jatkan toisella imurilla", "correct"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja jatkan käsin", "correct"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle ja jatkan ensi vuorolla", "correct"),
    ("metalli-esimies kone-rikki.2", "porakone ei ole kunnossa, ilmoitan myöhemmin", "wrong"),
    ("kauppa-kartoitus b1-vika", "maitokaappi ei ole kunnossa, lopetan ilmoittamisen", "wrong"),
    ("metalli-esimies kone-rikki.2",
     "porakone ei ole kunnossa, pysäytän sen ja ilmoitan esimiehelle", "correct"),
    # holes older than review68 (SAFETY): a tag's "se" is no object of the deed; a
    # foreseen yes said last; a noun Voikko also reads as a command ("hylly") is the thing;
    # the lessons foresee the deed they warn of
    ("autoala-turvallisuus ilmoita", "nosturi on rikki, nostan auton, käykö se?", "wrong"),
    ("autoala-turvallisuus ilmoita", "nosturi on rikki, nostan auton, onko se ok?", "wrong"),
    ("varasto-turvallisuus step-19", "se ei ole turvallista, saa", "wrong"),
    ("varasto-turvallisuus step-19", "ei, se on vaarallista", "correct"),
    ("varasto-kartoitus b1-vika", "hylly on rikki, käytän hyllyä", "wrong"),
    ("varasto-kartoitus b1-vika", "käytän hyllyä, hylly on rikki", "wrong"),
    ("varasto-kartoitus b1-vika", "hylly on rikki, kerron esimiehelle", "correct"),
    ("rakennus-ohjeet teline", "menen telineelle, ilmoitan esimiehelle", "wrong"),
    ("ravintola-ohjeet vuoto", "jatkan tiskaamista, ilmoitan esimiehelle", "wrong"),
    ("varasto-turvallisuus ilmoitus", "laitan tavarat lavalle, ilmoitan esimiehelle", "wrong"),
])
def test_review69s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review70: a reason stays a reason unless it says the learner going on with what the step
# forbids, on one's own, or after the fault told (a wish to go on too); a foreseen yes said
# last must be a verb; an ok is taken back only by an answer that ends what is said; no
# deed before a good state denied; another's deed or a no of may names a mistake's words
@as_table(("step", "answer", "verdict"), [
    ("metalli-esimies kone-rikki.2", "porakone on rikki, ilmoitan esimiehelle, jotta se korjataan",
     "correct"),
    ("varasto-kartoitus b1-vika", "hylly on rikki, ilmoitan esimiehelle, että otan toisen",
     "correct"),
    ("hoiva-turvallisuus kadet", "pesen kädet, koska haluan olla turvassa", "correct"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, ilmoitan esimiehelle, koska haluan jatkaa",
     "wrong"),
    ("siivous-kartoitus b1-vika",
     "pölynimuri ei ole kunnossa, ilmoitan esimiehelle, että imuroin loppuun", "wrong"),
    ("kauppa-kartoitus a2-ymmarra", "anteeksi, en ymmärrä. voitko toistaa, kiitos", "correct"),
    ("valmistus-tyonjohtaja viallinen", "tämä osa on ok, tämä osa on rikki, asennan sen",
     "wrong"),
    ("autoala-kartoitus b1-vika", "asennan ne, rengas ei ole kunnossa", "almost"),
    ("rakennus-ohjeet teline", "kerron työnjohtajalle, että työkaveri menee telineelle",
     "correct"),
    ("rakennus-ohjeet teline", "kerron työnjohtajalle, että en mene telineelle", "correct"),
    ("metalli-ohjeet kone", "kerron työnjohtajalle että konetta voi käyttää", "wrong"),
    ("ravintola-kartoitus b1-vika", "pakastin ei ole kunnossa, ilmoitan esimiehelle", "correct"),
    # holes in both trees: the same or one's own machine is the one worked on; lessons
    # foresee the deeds they warn of
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja jatkan samalla koneella", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja jatkan toisella koneella", "correct"),
    ("valmistus-tyonjohtaja viallinen", "tämä osa on rikki, asennan sen", "wrong"),
    ("valmistus-tyonjohtaja viallinen",
     "tämä osa on rikki, ilmoitan esimiehelle, jotta se korjataan", "correct"),
    ("autoala-turvallisuus ilmoita", "lukitus ei toimi, nostan auton", "wrong"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle ja korjaan sen, käykö?", "wrong"),
    ("ravintola-kartoitus b1-vika", "pakastin on rikki, käytän pakastinta", "wrong"),
])
def test_review70s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review71: an unsafe plan in a reason is none wherever a fault is told or the deed is done
# with the thing asked about; a wish is no deed, a deed after it is; setting the thing aside
# is no deed; "minä myös" beside another's going is the learner's; a foreseen mistake said
# last needs more than a "kiitos"; a no of another verb beside a yes only where the yes
# names a thing the step's answers name; an ok taken back by an answer no deed follows
@as_table(("step", "answer", "verdict"), [
    ("varasto-kartoitus b1-vika", "hylly on vaarallinen, koska laitan tavarat sinne", "wrong"),
    ("siivous-kartoitus b1-vika", "pölynimuri on rikki, koska teen sillä työn loppuun",
     "wrong"),
    ("rakennus-ohjeet teline", "kerron työnjohtajalle, että käytän sitä silti", "wrong"),
    ("rakennus-ohjeet teline",
     "kerron työnjohtajalle, että työkaveri menee telineelle ja minä myös", "wrong"),
    ("valmistus-tyonjohtaja viallinen", "tämä osa on viallinen, että laitan sen sivuun",
     "correct"),
    ("kauppa-ohjeet uloskaynti", "ei mitään, rullakko", "wrong"),
    ("varasto-ohjeet hylly", "ilmoitan esimiehelle, koska se ei ole turvallinen", "correct"),
    ("autoala-turvallisuus ilmoita", "lukitus ei toimi ja käytän portaita", "correct"),
    ("valmistus-tyonjohtaja viallinen", "tämä osa on ok, tämä osa on rikki, en käytä sitä",
     "correct"),
])
def test_review71s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review72: a thing set aside in one clause hides no deed in another; a no of telling
# after the answer is no self-correction; a risky deed in a reason only on a step with a
# danger, and never the thing taken to be mended
@as_table(("step", "answer", "verdict"), [
    ("varasto-kartoitus b1-vika", "se on ok, hylly on rikki, laitan sen sivuun ja jatkan sillä",
     "wrong"),
    ("autoala-kartoitus b1-vika", "se on ok, renkaat eivät ole kunnossa, en ilmoita", "wrong"),
    ("valmistus-tyonjohtaja viallinen",
     "tämä osa on viallinen, ja ilmoitan, koska vien sen huoltoon", "correct"),
    ("siivous-asiakas toimisto.6", "laitan kyltin, koska teen sen aina", "correct"),
    # an unsafe plan of three words or fewer said as why is read before the words more
    ("metalli-ohjeet kone", "ilmoitan työnjohtajalle, koska käynnistän sen", "wrong"),
    ("metalli-ohjeet kone", "ilmoitan esimiehelle, koska poraan sillä", "wrong"),
    ("siivous-turvallisuus ilmoita", "ilmoitan esimiehelle, jotta hän tietää", "correct"),
])
def test_review72s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
