"""A plan in an open report step that says the story's fault again, or turns down its right
deed (issue 12, judge57, SAFETY; judge/fault_again.py, open_answers._a_plan_refuses).
"ensi kerralla en laita tukipukkeja", "ensi kerralla en pysäytä linjaa", "ensi kerralla
annan pähkinäkakun allergiselle asiakkaalle" were correct; a trainer: wrong. A plan to do
the right deed, or not to repeat the fault, and the report itself stay as they were."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge.fault_again import told_deeds
from valkky.testing.table import as_table, check_rows

# (step, answer, verdict, reason): each was correct on main
AGAIN = [
    # a deed left undone ("jere ei laittanut tukipukkeja"), said again as a plan
    ("autoala-raportti pasi.6", "ensi kerralla en laita tukipukkeja", "wrong", "negation"),
    ("autoala-raportti pasi.6", "jatkossa en laita tukipukkeja", "wrong", "negation"),
    ("autoala-raportti pasi.6", "en laita tukipukkeja", "wrong", "negation"),
    ("autoala-raportti pasi.6", "en enää laita tukipukkeja", "wrong", "negation"),
    ("autoala-raportti pasi.6", "ensi kerralla en käytä tukipukkeja", "wrong", "negation"),
    ("autoala-raportti pasi.6", "ensi kerralla unohdan tukipukit", "wrong", "negation"),
    ("autoala-raportti pasi.6", "ensi kerralla ei laiteta tukipukkeja", "wrong", "negation"),
    ("ravintola-raportti antti.6", "ensi kerralla en lue tilausta", "wrong", "negation"),
    ("ravintola-raportti antti.6", "ensi kerralla en huomaa allergiaa", "wrong", "negation"),
    # a thing that was missing ("jalkalista puuttui", "siinä ei ollut jalkalistaa")
    ("rakennus-raportti timo.6", "ensi kerralla en laita jalkalistaa", "wrong", "negation"),
    ("rakennus-raportti timo.6", "ensi kerralla en asenna jalkalistaa", "wrong", "negation"),
    # a near miss ("melkein", "aikoi"), its deed said again; a verb of handing for another
    ("ravintola-raportti antti.2", "ensi kerralla annan pähkinäkakun allergiselle asiakkaalle",
     "wrong", None),
    ("ravintola-raportti antti.2", "ensi kerralla laitan pähkinää allergiselle asiakkaalle",
     "wrong", None),
    # ("annan pähkinäkakun allergiselle asiakkaalle" with no time to come may be the story
    # told in the present, an A1–A2 slip of tense: it keeps its verdict; review60)
    ("ravintola-raportti antti.2", "jatkossa annan pähkinäkakun allergiselle asiakkaalle",
     "wrong", None),
    ("ravintola-raportti antti.2", "ensi kerralla tarjoan pähkinäkakkua allergiselle asiakkaalle",
     "wrong", None),
    ("valmistus-raportti sari.6", "ensi kerralla vedän laatikon pois kädellä", "wrong", None),
    ("valmistus-raportti sari.6", "vedä laatikko pois kädellä", "wrong", None),
    # a deed done too much ("luin tilauksen liian nopeasti")
    ("ravintola-raportti antti.6", "ensi kerralla luen tilauksen liian nopeasti", "wrong", None),
    # the right deed the learner told ("pysäytin linjan") turned down
    ("elintarvike-raportti pirjo.6", "ensi kerralla en pysäytä linjaa", "wrong", "negation"),
    ("elintarvike-raportti pirjo.6", "jatkossa en pysäytä linjaa", "wrong", "negation"),
    ("elintarvike-raportti pirjo.6", "ensi kerralla en laita pakettia sivuun", "wrong",
     "negation"),
    ("varasto-raportti kari.4", "ensi kerralla en ota kuvia", "wrong", "negation"),
    ("varasto-raportti kari.4", "en ottanut kuvia", "wrong", "negation"),
    ("varasto-raportti kari.6", "ensi kerralla en laita sitä sivuun", "wrong", "negation"),
    # the learner's own mistake told in the past ("kuittasin heti"), said again as a plan
    ("varasto-raportti kari.4", "ensi kerralla kuittaan heti", "wrong", "mistake"),
    # a plan's other words: another lesson-learned time, an adverb that adds no thing, a
    # subject pronoun, a reason (no condition: it makes no plan safe)
    ("autoala-raportti pasi.6", "seuraavalla kerralla en laita tukipukkeja", "wrong",
     "negation"),
    ("autoala-raportti pasi.6", "ensi kerralla en taas laita tukipukkeja", "wrong", "negation"),
    ("autoala-raportti pasi.6", "en koskaan laita tukipukkeja", "wrong", "negation"),
    ("autoala-raportti pasi.6", "ensi kerralla minä en laita tukipukkeja", "wrong", "negation"),
    ("autoala-raportti pasi.6", "ensi kerralla en laita tukipukkeja koska ne ovat raskaita",
     "wrong", "negation"),
    ("elintarvike-raportti pirjo.6", "ensi kerralla emme pysäytä linjaa", "wrong", "negation"),
    ("valmistus-raportti sari.6", "ensi kerralla jussi vetää laatikon pois kädellä", "wrong",
     None),
    # a deed of its own after "vaan" or a comma; a need of the thing denied; a name, who
    # does the deed, is no thing of it
    ("autoala-raportti pasi.6", "ensi kerralla en laita tukipukkeja vaan luotan tunkkiin",
     "wrong", "negation"),
    ("autoala-raportti pasi.6", "ensi kerralla en laita tukipukkeja, tunkki riittää", "wrong",
     "negation"),
    ("autoala-raportti pasi.6", "ensi kerralla tukipukkeja ei tarvita", "wrong", "negation"),
    ("autoala-raportti pasi.6", "ensi kerralla jere ei laita tukipukkeja", "wrong", "negation"),
    ("ravintola-raportti antti.2", "ensi kerralla jussi antaa pähkinää allergiselle asiakkaalle",
     "wrong", None),
    # a no with a plan's time to an example told now ("allergia pitää merkitä")
    ("ravintola-raportti antti.8", "jatkossa ei merkitä allergiaa", "wrong", "negation"),
    ("metalli-raportti marjatta.8", "jatkossa ei tarkisteta laikkoja", "wrong", "negation"),
    ("rakennus-raportti timo.8", "ensi kerralla en laita jalkalistaa", "wrong", "negation"),
    ("rakennus-raportti uusi", "jatkossa en käytä kypärää", "wrong", "negation"),
    ("yleinen-perehdytys samir.8", "ensi kerralla en pese käsiä", "wrong", "negation"),
    ("varasto-raportti neuvo", "ensi kerralla en nosta jaloilla", "wrong", "negation"),
    ("metalli-raportti ville", "jatkossa älä ota käsineitä pois", "wrong", "negation"),
    # … and what an example forbids said with a lesson learned ("älä sekoita pesuaineita")
    ("siivous-raportti hassan", "ensi kerralla sekoita pesuaineet", "wrong", "negation"),
    # a lesson learned is no place a thing is kept in (open_deeds: "pidä sormus")
    ("elintarvike-raportti anna", "ensi kerralla pidä sormus", "wrong", "mistake"),
]

# (step, answer, verdict): as on main — a plan of the right deed, a no to the fault, the
# report itself, a condition the judge cannot weigh, another deed
KEPT = [
    ("autoala-raportti pasi.6", "ensi kerralla laitan tukipukit", "correct"),
    ("autoala-raportti pasi.6", "en enää unohda tukipukkeja", "correct"),
    ("autoala-raportti pasi.6", "ensi kerralla en unohda tukipukkeja", "correct"),
    ("autoala-raportti pasi.6", "ensi kerralla muistan laittaa tukipukit", "correct"),
    ("autoala-raportti pasi.6", "jatkossa käytän tukipukkeja", "correct"),
    ("autoala-raportti pasi.6", "ensi kerralla en mene auton alle ilman tukipukkeja",
     "correct"),
    ("autoala-raportti pasi.6", "ensi kerralla tarkistan tunkin", "correct"),
    ("autoala-raportti pasi.6", "jere ei laittanut tukipukkeja", "correct"),
    ("autoala-raportti pasi.6", "en laittanut tukipukkeja", "correct"),
    ("autoala-raportti pasi.6", "tukipukkeja ei ollut", "correct"),
    ("rakennus-raportti timo.6", "jatkossa en unohda jalkalistaa", "correct"),
    ("rakennus-raportti timo.6", "ensi kerralla asennan jalkalistan", "correct"),
    ("rakennus-raportti timo.6", "jalkalista puuttui", "correct"),
    ("ravintola-raportti antti.2", "ensi kerralla en anna pähkinäkakkua allergiselle asiakkaalle",
     "correct"),
    ("ravintola-raportti antti.2", "ensi kerralla tarkistan allergisen asiakkaan annoksen",
     "correct"),
    ("ravintola-raportti antti.2", "laitoin melkein pähkinää allergiselle asiakkaalle",
     "correct"),
    ("ravintola-raportti antti.2", "ensi kerralla annan asiakkaalle kakun ilman pähkinää",
     "correct"),
    ("ravintola-raportti antti.6", "ensi kerralla luen tilauksen tarkasti", "correct"),
    ("ravintola-raportti antti.6", "ensi kerralla en lue tilausta liian nopeasti", "correct"),
    ("ravintola-raportti antti.6", "jatkossa huomaan allergian heti", "correct"),
    ("ravintola-raportti antti.6", "en lukenut tilausta tarpeeksi tarkasti", "correct"),
    ("valmistus-raportti sari.6", "ensi kerralla en vedä laatikkoa pois kädellä", "correct"),
    ("valmistus-raportti sari.6", "jussi aikoi vetää laatikon pois kädellä", "correct"),
    ("valmistus-raportti sari.6", "ensi kerralla otan laatikon pois kun kone on pysäytetty",
     "correct"),
    ("elintarvike-raportti pirjo.6", "pysäytin linjan", "correct"),
    ("elintarvike-raportti pirjo.6", "ensi kerralla en laita pakettia takaisin linjalle",
     "correct"),
    ("elintarvike-raportti pirjo.6", "en laittanut pakettia takaisin", "correct"),
    ("varasto-raportti kari.4", "en kuitannut heti", "correct"),
    ("varasto-raportti kari.6", "ensi kerralla en heitä sitä pois", "correct"),
    ("siivous-raportti asiakas.4", "ensi kerralla en osu maljakkoon", "correct"),
    ("siivous-raportti asiakas.4", "ensi kerralla en pyyhi pöytää niin nopeasti", "correct"),
    ("ravintola-raportti antti.8", "jatkossa merkitään allergia punaisella", "correct"),
    # a day is what "Milloin…?" asks, no plan's time ("autonne ei valmistu tänään")
    ("autoala-raportti asiakas.2", "autonne valmistuu huomenna", "correct"),
    # a near miss said as now is a report told as now (open_answers: almost)
    ("yleinen-lahelta-piti kolme-lausetta",
     "Mä liukastun melkein. Lattia on märkä keittiön ovella. Lattia pitää kuivata.", "almost"),
    ("varasto-raportti kuljettaja.2", "en kuittaa vielä", "correct"),
    # a lesson learned beside advice the examples give, or a no they say too
    ("rakennus-raportti uusi", "jatkossa en ota kypärää pois", "correct"),
    ("metalli-raportti ville", "jatkossa en käytä käsineitä", "correct"),
    ("metalli-raportti ville", "ensi kerralla ota käsineet pois", "correct"),
    ("siivous-raportti hassan", "jatkossa älä sekoita pesuaineita", "correct"),
    ("varasto-raportti neuvo", "jatkossa älä nosta selällä", "correct"),
    ("ravintola-raportti noora", "jatkossa käytä eri lautaa", "correct"),
    ("elintarvike-raportti anna", "jatkossa ota sormus pois", "correct"),
    ("autoala-raportti pasi.6", "ensi kerralla en luota tunkkiin vaan laitan tukipukit",
     "correct"),
    # a courtesy with a deed of its own beside the report is no need denied
    ("autoala-raportti pasi.6", "ei tarvitse pelätä, jere ei laittanut tukipukkeja", "correct"),
    ("ravintola-raportti antti.6", "ei tarvitse pelätä, luin tilauksen liian nopeasti",
     "correct"),
    # a condition the judge cannot weigh keeps the verdict it had
    ("autoala-raportti pasi.6", "ensi kerralla en laita tukipukkeja jos tunkki on hyvä",
     "correct"),
    ("autoala-raportti pasi.6", "ensi kerralla laitan tukipukit koska tunkki voi luistaa",
     "correct"),
    ("ravintola-raportti antti.2", "jatkossa tarkistan onko annoksessa pähkinää", "correct"),
]


def test_a_plan_that_repeats_the_fault_is_wrong() -> None:
    def check(row: tuple[str, str, str, str | None]) -> None:
        step, answer, verdict, reason = row
        j = judged_on(step, answer)
        assert (j.verdict, j.reason) == (verdict, reason)

    check_rows(AGAIN, check, name=lambda row: f"{row[0]}: {row[1]}")


def test_a_plan_of_the_right_deed_stays() -> None:
    def check(row: tuple[str, str, str]) -> None:
        step, answer, verdict = row
        assert judged_on(step, answer).verdict == verdict

    check_rows(KEPT, check, name=lambda row: f"{row[0]}: {row[1]}")


def test_the_deeds_an_example_tells() -> None:
    rows = [
        (("jere ei laittanut tukipukkeja",), False, ("undone", True, ("laittaa",))),
        (("laitoin melkein pähkinää allergiselle asiakkaalle",), False,
         ("near_miss", False, ("laittaa",))),
        (("jussi aikoi vetää laatikon pois kädellä",), False, ("near_miss", False, ("vetää",))),
        (("luin tilauksen liian nopeasti",), False, ("overdone", False, ("lukea",))),
        (("pysäytin linjan",), True, ("right", False, ("pysäyttää",))),
    ]

    def check(row: tuple[tuple[str, ...], bool, tuple[str, bool, tuple[str, ...]]]) -> None:
        examples, right_asked, (kind, negated, verbs) = row
        deeds = told_deeds(examples, right_asked)  # (as written)
        assert [(k, n, v) for k, n, v, _ in deeds] == [(kind, negated, verbs)]

    check_rows(rows, check, name=lambda row: row[0][0])
    # a right deed only where a mistake tells the learner's own deed ("Mitä teit?"), and
    # no deed of a state or a mishap with no mark ("tunkki luisti", "kone oli käynnissä")
    assert told_deeds(("pysäytin linjan",), False) == ()
    assert told_deeds(("tunkki luisti", "kone oli käynnissä", "osuin maljakkoon"), False) == ()


# review60: a no of forgetting or of leaving undone says yes to the deed; the story told
# in the present is no plan; a right deed beside a no, a no of what was seen ("että")
@as_table(("step", "answer"), [
    ("hoiva-raportti elias.2", "ensi kerralla älä unohda laittaa jarruja päälle"),
    ("autoala-raportti jere", "ensi kerralla älä unohda laittaa tukipukkeja"),
    ("siivous-raportti hassan", "jatkossa älä unohda lukea ohjetta"),
    ("metalli-raportti marjatta.8", "jatkossa en käytä laikkaa tarkistamatta"),
    ("metalli-raportti marjatta.8", "jatkossa en unohda tarkistaa laikkaa"),
    ("autoala-raportti pasi.6", "tunkki luisti. ensi kerralla en unohda laittaa tukipukkeja"),
    ("autoala-raportti pasi.6", "jere unohti tukipukit. ensi kerralla en unohda"),
    ("ravintola-raportti antti.6", "luen tilauksen liian nopeasti"),
    ("ravintola-raportti antti.2", "vien pähkinäkakun allergiselle asiakkaalle mutta huomaan sen"),
    ("yleinen-lahelta-piti ilmoitus.4", "trukki peruuttaa ja kuljettaja ei näe minua"),
    ("kauppa-raportti pullo.6", "laitoin kyltin. jatkossa laitan aina kyltin ja siivoan lasit"),
    ("elintarvike-raportti pirjo.6", "en ottanut pakettia pois, pysäytin linjan"),
    ("kauppa-raportti napistys.2", "en nähnyt, että hän maksoi suklaan"),
    ("ravintola-raportti antti.6", "jatkossa luen sen tarkasti"),
])
def test_what_review60_found_is_no_fault_again(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict != "wrong"


@as_table(("step", "answer"), [
    ("kauppa-valineet kysy-maito", "lämpimässä hyllyssä"),  # any adjective: not a front
    ("metalli-turvallisuus kengat", "rikkinäiset työkengät"),
    ("autoala-raportti asiakas.2", "hei, kaikki on kunnossa"),  # an open report's greeting
    ("yleinen-sairastuminen puhelu.2", "hei, en ole sairas"),
    ("autoala-raportti pasi.6", "en käytä tukipukkeja"),  # the learner's own no, now
    # a lesson learned with a no's -kaan, an object pronoun for the story's thing
    ("autoala-raportti pasi.6", "tukipukit puuttui. mä en laita tukipukkeja jatkossakaan"),
    ("autoala-raportti pasi.6", "en laita tukipukkeja ensi kerrallakaan"),
    ("ravintola-raportti antti.6", "mä en lukenu tilausta. jatkossa mä en lue sitä"),
    ("ravintola-raportti antti.6", "en huomannut allergiaa. en huomaa sitä jatkossakaan"),
    # "I" said now of another's near miss is the learner's own deed, no story retold
    ("valmistus-raportti sari.6", "mä vedän sen pois kädellä"),
    ("valmistus-raportti sari.6", "vedän laatikon pois kädellä"),
])
def test_what_review60_found_stays_wrong(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "wrong"
