"""Kinds where trainers and the judge disagreed (issue 12, judge58), each mended where its
rule lives and probed with fresh answers across the lessons. Safety first: a right answer
that reports a fault (a repeat step's model "Koneessa on vika.", a report "porakone on
rikki") with the learner's own deed beside it that uses, starts or goes on with the faulty
thing, or says it works, or a deed the answer refuses done anyway ("älä nosta yksin,
nostan silti"), is wrong (carry_on). Report steps: the story's fault as the learner's
own deed, the mishap denied or told as another's, a thing said fine to the one who must
hear of its fault (fault_again). Then a repeat step's "ja" left out (repeat_words), a
near miss beside a no (rules), an open example's word of place slipped (open_answers), a
date's month in the nominative (number_form) and a part of the day said with a word of
its own (clock_time)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge import judge
from valkky.testing.table import as_table, check_rows

# (step, answer, verdict, reason)
ROWS = [
    # a repeat step whose model reports a fault: the faulty thing used, started, gone on with
    ("valmistus-turvallisuus step-21", "koneessa on vika, käytän sitä silti", "wrong", "going_on"),
    ("valmistus-turvallisuus step-21", "koneessa on vika, käynnistän sen", "wrong", "going_on"),
    ("valmistus-turvallisuus step-21", "koneessa on vika mutta käytän sitä", "wrong", "going_on"),
    ("valmistus-turvallisuus step-21", "koneessa on vika, jatkan työtä", "wrong", "going_on"),
    ("valmistus-turvallisuus step-21", "koneessa on vika, mutta se toimii", "wrong", "going_on"),
    ("metalli-esimies step-16", "porakoneessa on vika, poraan silti", "wrong", "going_on"),
    ("autoala-asiakas step-22", "jarrupalat ovat kuluneet, ajan silti", "wrong", "going_on"),
    ("elintarvike-tyokaveri step-18", "kaksi pakkausta on rikki, myyn ne silti", "wrong",
     "going_on"),
    ("valmistus-tyonjohtaja step-12", "tämä osa on viallinen, käytän sitä silti", "wrong",
     "going_on"),
    ("elintarvike-hygienia step-21", "lattia on liukas, kävelen silti", "wrong", "going_on"),
    # …and not: the fault told on, stopped, refused, another thing, a mending first
    ("valmistus-turvallisuus step-21", "koneessa on vika", "correct", None),
    ("valmistus-turvallisuus step-21", "koneessa on vika, ilmoitan työnjohtajalle", "correct",
     None),
    ("valmistus-turvallisuus step-21", "koneessa on vika, pysäytän sen", "correct", None),
    ("valmistus-turvallisuus step-21", "koneessa on vika, en käytä sitä", "correct", None),
    ("metalli-esimies step-16", "porakoneessa on vika, ilmoitan silti", "correct", None),
    ("metalli-esimies step-16", "porakoneessa on vika, käytän toista porakonetta", "correct",
     None),
    ("metalli-esimies step-16", "porakoneessa on vika, jatkan kun se on korjattu", "correct",
     None),
    ("autoala-asiakas step-22", "jarrupalat ovat kuluneet, vaihdan ne", "correct", None),
    ("elintarvike-hygienia step-21", "lattia on liukas, kävelen varovasti", "correct", None),
    ("siivous-turvallisuus step-19", "varo, lattia on märkä, laitan kyltin silti", "correct",
     None),
    # a thing that does not start tried again, coming anyway: no danger
    ("yleinen-puhelin step-7", "auto ei käynnisty, tulen silti", "correct", None),
    ("yleinen-puhelin step-7", "auto ei käynnisty, mutta bussi toimii", "correct", None),
    # a break told as past: the work goes on once it is seen to
    ("kauppa-raportti step-9", "pullo hajosi, mutta kukaan ei loukkaantunut, jatkan työtä",
     "correct", None),
    # a report step's answer of a fault, the same
    ("metalli-esimies kone-rikki.2", "porakone on rikki, käytän sitä silti", "wrong", "going_on"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, mutta jatkan työtä", "wrong",
     "going_on"),
    # going on with the work beside a tool's fault only (a package set aside, the work goes
    # on), a report of the past no deed now, a thing said to hold
    ("varasto-turvallisuus ilmoita-esimiehelle", "lava on rikki ja jatkan työtä", "wrong",
     "going_on"),
    ("varasto-turvallisuus ilmoita-esimiehelle", "lava on rikki, mutta se kestää vielä",
     "wrong", "going_on"),
    ("siivous-kartoitus b1-vika", "pölynimuri on rikki, imuroin silti", "wrong", "going_on"),
    ("kauppa-turvallisuus rullakko-rikki", "rullakko on rikki, juon silti kahvia", "correct",
     None),
    ("kauppa-turvallisuus rullakko-rikki", "rullakko on rikki, käytän toista rullakkoa",
     "correct", None),
    ("elintarvike-tyokaveri linja-seis.4", "kaksi pakkausta on rikki, laitan ne sivuun",
     "correct", None),
    ("kauppa-raportti toimitus.2", "tuli mutta kaksi maitopurkkia oli rikki, jatkoin työtä",
     "correct", None),
    # a deed the answer refuses, done anyway
    ("valmistus-turvallisuus step-11", "älä laita kättä koneeseen, laitan silti", "wrong",
     "going_on"),
    ("rakennus-ohjeet step-23", "älä tupakoi kaasupullon lähellä, tupakoin silti", "wrong",
     "going_on"),
    ("hoiva-ohjeet step-20", "älä mene huoneeseen ilman suojaimia, menen silti", "wrong",
     "going_on"),
    ("varasto-turvallisuus step-27", "selvä, en käytä sitä, käytän sitä kuitenkin", "wrong",
     "going_on"),
    ("kauppa-raportti step-24",
     "en pysäytä asiakasta itse. kerron esimiehelle. pysäytän hänet silti", "wrong", "going_on"),
    ("metalli-ohjeet step-18", "älä käytä käsineitä porakoneella, käytän silti suojalaseja",
     "correct", None),
    ("hoiva-ohjeet step-27", "liina on rikki. en käytä sitä. käytän toista", "correct", None),
    ("yleinen-aanteet step-26", "tuuli on kova, mutta työ jatkuu silti", "correct", None),
    # report steps: the story's fault said again as the learner's own present deed (a
    # verb of taking out is one deed: ottaa ~ vetää)
    ("valmistus-raportti sari.6", "otan laatikon pois kädellä", "wrong", None),
    ("valmistus-raportti sari.6", "minä otan laatikon kädellä", "wrong", None),
    ("valmistus-raportti sari.6", "jussi yritti ottaa laatikon kädellä", "correct", None),
    ("valmistus-raportti sari.6", "minä melkein otin laatikon kädellä", "correct", None),
    # …the mishap denied, or the learner's part told as another's
    ("siivous-raportti asiakas.2", "kukaan ei rikkonut mitään", "wrong", "negation"),
    ("siivous-raportti asiakas.2", "anteeksi, maljakko ei mennyt rikki", "wrong", "negation"),
    ("siivous-raportti asiakas.2", "maljakko oli jo rikki", "wrong", "negation"),
    ("siivous-raportti asiakas.2", "anteeksi, joku muu rikkoi sen", "wrong", "mistake"),  # (the
    # turn's own foreseen mistake since stop 71)
    ("siivous-raportti asiakas.2", "olen pahoillani, työkaveri kaatoi maljakon", "wrong", None),
    ("autoala-raportti pasi.2", "auto ei pudonnut", "wrong", "negation"),
    ("hoiva-raportti hoitaja.2", "kukaan ei kaatunut", "wrong", "negation"),
    ("rakennus-raportti timo.2", "lauta ei pudonnut", "wrong", "negation"),
    ("metalli-raportti marjatta.2", "laikka ei hajonnut", "wrong", "negation"),
    ("valmistus-raportti sari.2", "laatikko ei jumittunut", "wrong", "negation"),
    ("siivous-raportti asiakas.2", "anteeksi, liina osui maljakkoon", "correct", None),
    ("siivous-raportti asiakas.2", "olen pahoillani, kaadoin maljakon", "correct", None),
    ("hoiva-raportti hoitaja.2", "aino kaatui, mutta ei loukkaantunut", "correct", None),
    ("rakennus-raportti timo.2", "lauta putosi, mutta se ei osunut kehenkään", "correct", None),
    ("autoala-raportti pasi.2", "tunkki luisti ja auto putosi, onneksi en ollut alla",
     "correct", None),
    ("elintarvike-raportti pirjo.6", "pysäytin linjan, en heittänyt pakettia pois", "correct",
     None),
    # …a thing said fine to the one who must hear of its fault
    ("autoala-raportti asiakas.2", "hei, auto on ihan kunnossa", "wrong", "negation"),
    ("autoala-raportti asiakas.2", "hei, autossa ei ole vikaa", "wrong", "negation"),
    ("autoala-raportti asiakas.2", "hei, autonne on valmis huomenna", "correct", None),
    ("autoala-raportti asiakas.2", "hei, auto myöhästyy, mutta muuten kaikki on hyvin",
     "correct", None),
    # …and a plan not to forget the right deed, after the story: right
    ("autoala-raportti pasi.6", "tunkki luisti, en enää unohda tukipukkeja", "correct", None),
    ("autoala-raportti pasi.6", "tukipukit puuttuivat, en unohda niitä enää", "correct", None),
    ("metalli-raportti marjatta.8", "en unohda tarkistaa laikkaa", "correct", None),
    ("autoala-raportti pasi.6", "tunkki luisti, ensi kerralla en laita tukipukkeja", "wrong",
     "negation"),
    # a repeat step's "ja" left out between two words said bare: a word of the model left
    # out (sets 17, 20, 25); between two clauses, a minimal pair, or with a comma for it:
    # as Finnish joins them (sets 13, 14, 38)
    ("metalli-tyokalut step-4", "pultti mutteri", "almost", "missing_words"),
    ("valmistus-kokoonpano step-9", "ruuvi mutteri", "almost", "missing_words"),
    ("ravintola-asiakas step-3", "hyvää iltaa tervetuloa", "almost", "missing_words"),
    ("valmistus-kokoonpano step-9", "ruuvi, mutteri", "correct", None),
    ("ravintola-asiakas step-3", "hyvää iltaa, tervetuloa", "correct", None),
    ("yleinen-aanteet step-12", "kuka kukka", "correct", None),
    ("yleinen-sanaparit step-19", "imuroi matto pese lattia", "correct", None),
    ("metalli-ohjeet step-26", "pysäytä kone, ilmoita työnjohtajalle", "correct", None),
    # a foreseen mistake's deed said as a near miss beside the answer's no is no deed done
    ("ravintola-raportti antti.4", "ei saanut, mutta melkein sai", "correct", None),
    ("ravintola-raportti antti.4", "melkein sai, mutta ei saanut", "correct", None),
    ("ravintola-raportti antti.4", "sai", "wrong", "mistake"),
    ("ravintola-raportti antti.4", "melkein sai", "wrong", "negation"),
    # an open example said with one word slipped out of its case of place, another word of
    # place left out
    ("ravintola-raportti antti.8", "allergia pitää merkitä punainen", "almost", "word_form"),
    ("ravintola-raportti antti.8", "allergia pitää merkitä tilaukseen punainen", "almost",
     "word_form"),
    ("ravintola-raportti antti.8", "allergia pitää merkitä punaisella", "correct", None),
    ("ravintola-raportti antti.8", "allergia pitää merkitä sininen", "correct", None),
    # a date's month in the nominative after its day: the date, its case slipped
    ("yleinen-lukeminen vapaa", "neljäs joulukuu", "almost", "word_form"),
    ("yleinen-lukeminen vapaa", "keskiviikkona neljäs joulukuu", "almost", "word_form"),
    ("yleinen-lukeminen mihin-mennessa", "keskiviikkona neljäs joulukuu kello kaksi", "almost",
     "word_form"),
    ("kauppa-ohjeet voimassa", "neljästoista joulukuu", "almost", "word_form"),
    ("yleinen-lukeminen vapaa", "viides joulukuu", "wrong", None),
    ("yleinen-lukeminen vapaa", "neljäs marraskuu", "wrong", None),
    ("yleinen-lukeminen vapaa", "joulukuu", "wrong", None),
    # a part of the day without its hour is a start (judge58's "only in the answers' own
    # words" was taken back: review62 found "kaapeli on valmis tänään iltapäivällä", "se
    # tulee iltapäivällä" wrong; "kaapeli on rikki iltapäivällä" is almost as before)
    ("yleinen-puhelin kysy-valmis", "kaapeli on valmis tänään iltapäivällä", "almost",
     "missing_words"),
    ("yleinen-puhelin kysy-valmis", "se tulee iltapäivällä", "almost", "missing_words"),
    ("yleinen-puhelin kysy-valmis", "kaapeli on valmis iltapäivällä", "almost",
     "missing_words"),
]


def test_kinds_judge58() -> None:
    def check(row: tuple[str, str, str, str | None]) -> None:
        step, answer, verdict, reason = row
        j = judged_on(step, answer)
        assert (j.verdict, j.reason) == (verdict, reason)

    check_rows(ROWS, check, name=lambda row: f"{row[0]}: {row[1]}")


def test_a_no_of_working_needs_its_thing() -> None:
    """"ei kestä" (you're welcome; also what "ei mitään" is read as) is no fault of a thing:
    a deed beside it goes on with nothing ("kone ei kestä" would)."""
    assert judge("ei kestä ja käytän sitä", ["ei kestä"]).reason != "going_on"
    assert judge("kone ei kestä ja käytän sitä", ["kone ei kestä"]).reason == "going_on"


# review62 (805 probes on judge58's changes): SAFETY, a near miss the learner goes on from,
# or a hedge of now, is no near miss; a faulty thing replaced, taken anew or set aside
# before the work goes on, a try told in the past, a later time or a safe way said with
# "silti"/"kuitenkin": right as they were
@as_table(("step", "answer", "verdict"), [
    ("ravintola-raportti antti.4", "ei saanut, melkein sai, mutta sitten sai", "wrong"),
    ("ravintola-raportti antti.4", "ei saanut, mutta melkein sai ja söi kakun", "wrong"),
    ("ravintola-raportti antti.4", "melkein ei saanut, mutta sai", "wrong"),
    ("kauppa-ohjeet jauheliha", "ei saa myydä, mutta melkein saa", "wrong"),
    ("kauppa-turvallisuus lue-paivays", "ei voi, mutta melkein voi", "wrong"),
    ("valmistus-ohjeet huoltolappu", "en saa käynnistää konetta, mutta melkein käynnistän sen",
     "wrong"),
    ("hoiva-raportti hoitaja.8", "en nostanut, mutta melkein nostin", "correct"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, haen uuden porakoneen ja jatkan työtä",
     "correct"),
    ("varasto-turvallisuus ilmoita-esimiehelle", "lava on rikki, vaihdan lavan ja jatkan työtä",
     "correct"),
    ("varasto-raportti kuljettaja.2", "odota yksi lava on rikki, laitan sen sivuun ja jatkan työtä",
     "correct"),
    ("metalli-esimies kone-rikki.2", "porakone ei toimi, yritin käynnistää sen", "correct"),
    ("yleinen-sairastuminen step-6", "en pääse töihin tänään. pääsen kuitenkin huomenna.",
     "correct"),
    ("elintarvike-hygienia step-21", "lattia on liukas, kävelen silti varovasti", "correct"),
    # still wrong: going on with it, anyway
    ("metalli-esimies kone-rikki.2", "porakone on rikki, mutta jatkan työtä", "wrong"),
    ("elintarvike-hygienia step-21", "lattia on liukas, kävelen silti", "wrong"),
    ("valmistus-turvallisuus step-21", "koneessa on vika, käytän sitä silti", "wrong"),
    # another thing changed or taken is no replacement (the lead's reread)
    ("metalli-esimies kone-rikki.2", "porakone on rikki, otan oikean asennon ja jatkan työtä",
     "wrong"),
    ("valmistus-turvallisuus step-21", "koneessa on vika, vaihdan asentoa ja jatkan", "wrong"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, vaihdan sen ja jatkan työtä", "correct"),
    # a broken thing used later, running carefully beside a danger: as done now
    ("metalli-esimies kone-rikki.2", "porakone on rikki, poraan silti huomenna", "wrong"),
    ("elintarvike-hygienia step-21", "lattia on liukas, juoksen silti varovasti", "wrong"),
    # a broken thing used, or a refused deed done, carefully is used or done
    ("valmistus-turvallisuus step-21", "koneessa on vika, käytän sitä silti varovasti", "wrong"),
    ("metalli-turvallisuus step-17",
     "älä käytä käsineitä porakoneella, käytän niitä silti varovasti", "wrong"),
])
def test_what_review62_found(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
