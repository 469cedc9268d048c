"""A no, then its own deed said with a yes in one answer (issue 12, judge48; unsaid.py,
rules.said_and_unsaid, rules.denied_said_yes): a contradiction is wrong, another's deed, a
question, another time stay right; a yes only once a mending by someone else is done waits
as the no does, once another condition is met it is wrong. Each table was probed on main
first: its third column is main's verdict (the judge before this change), its fourth the
verdict now."""

from __future__ import annotations

import pytest

from tests.judge.golden import judged_on
from valkky.judge.unsaid import said_parts, waits_for_a_mending, yes_after_no
from valkky.testing.table import as_table

# 1. contradictions (the wrong ones first), and what is no contradiction
CONTRADICTIONS = [
    ('kauppa-asiakas onko-teilla', 'ei ole, kyllä on', 'correct', 'wrong'),  # moved
    ('kauppa-asiakas onko-teilla', 'ei ole, on', 'correct', 'wrong'),  # moved
    ('kauppa-asiakas onko-teilla', 'valitettavasti ei ole, kyllä on', 'correct', 'wrong'),  # moved
    ('kauppa-asiakas onko-teilla', 'ei ole. kyllä on.', 'correct', 'wrong'),  # moved
    ('kauppa-asiakas onko-teilla', 'ei ole mutta on', 'wrong', 'wrong'),
    ('kauppa-asiakas onko-teilla', 'ei ole nyt, kyllä on nyt', 'correct', 'wrong'),  # moved
    ('autoala-kartoitus b1-vika', 'renkaat eivät ole kunnossa, renkaat ovat kunnossa',
     'correct', 'wrong'),  # moved
    ('autoala-kartoitus b1-vika', 'renkaat eivät ole kunnossa, ne ovat kunnossa',
     'correct', 'wrong'),  # moved
    ('autoala-kartoitus b1-vika', 'renkaat eivät ole kunnossa mutta ovat kunnossa',
     'correct', 'wrong'),  # moved
    ('autoala-kartoitus b1-vika', 'renkaat eivät ole turvalliset, ne ovat turvalliset',
     'correct', 'wrong'),  # moved
    ('autoala-turvallisuus ilmoita', 'nosturin lukitus ei toimi, lukitus toimii', 'wrong', 'wrong'),
    ('autoala-turvallisuus ilmoita', 'lukitus ei toimi, kyllä se toimii', 'wrong', 'wrong'),
    ('elintarvike-hygienia sairas', 'en tule töihin, tulen töihin', 'wrong', 'wrong'),
    ('elintarvike-hygienia sairas', 'en tule tänään, kyllä tulen', 'wrong', 'wrong'),
    ('elintarvike-hygienia sairas', 'en mene töihin, menen töihin', 'wrong', 'wrong'),
    ('hoiva-raportti hoitaja.8', 'en nostanut häntä, nostin hänet', 'wrong', 'wrong'),
    ('hoiva-raportti hoitaja.8', 'en nostanut häntä, nostin häntä', 'wrong', 'wrong'),
    ('metalli-turvallisuus kasineet-pois', 'en käytä käsineitä, käytän käsineitä',
     'wrong', 'wrong'),
    ('metalli-turvallisuus kasineet-pois', 'en käytä käsineitä, käytän niitä', 'wrong', 'wrong'),
    ('metalli-turvallisuus sormus', 'en käytä sormusta, käytän sitä', 'wrong', 'wrong'),
    ('rakennus-ohjeet sahkotila', 'en mene sisään, menen sisään', 'wrong', 'wrong'),
    ('rakennus-ohjeet sahkotila', 'en mene sinne, kyllä menen', 'wrong', 'wrong'),
    ('kauppa-raportti napistys.8', 'selvä, en mene, menen', 'wrong', 'wrong'),
    ('kauppa-ohjeet jauheliha', 'ei saa, kyllä saa', 'correct', 'wrong'),  # moved
    ('kauppa-turvallisuus lue-paivays', 'ei voi, kyllä voi', 'correct', 'wrong'),  # moved
    ('kauppa-raportti pullo.4', 'kukaan ei loukkaantunut, kukaan loukkaantui',
     'almost', 'wrong'),  # moved
    ('metalli-esimies kone-rikki.4', 'kone ei käynnisty, se käynnistyy', 'wrong', 'wrong'),
    ('elintarvike-tyokaveri kysy-linja', 'kuljetin ei liiku, kuljetin liikkuu', 'wrong', 'wrong'),
    ('hoiva-turvallisuus kaatui', 'en nosta, nostan', 'wrong', 'wrong'),
    ('metalli-raportti marjatta.4', 'en loukkaantunut, loukkaannuin', 'wrong', 'wrong'),
    ('hoiva-turvallisuus kaatui', 'en nosta, hoitaja nostaa', 'almost', 'almost'),
    ('hoiva-turvallisuus kaatui', 'en nosta, soitan hoitajalle', 'correct', 'correct'),
    # (another time, where the yes is a wrong mistake's deed: no exemption, judge48fix A)
    ('elintarvike-hygienia sairas', 'en tule tänään, tulen huomenna', 'wrong', 'wrong'),
    ('elintarvike-hygienia sairas', 'en tule töihin, menen lääkäriin', 'correct', 'correct'),
    ('kauppa-asiakas onko-teilla', 'ei ole, onko teillä kysymys', 'correct', 'correct'),
    ('kauppa-asiakas onko-teilla', 'ei ole, on huomenna', 'wrong', 'wrong'),
    ('kauppa-asiakas onko-teilla', 'ei ole, se on loppu', 'correct', 'correct'),
    ('kauppa-asiakas onko-teilla', 'ei ole, ruisleipä on loppu', 'correct', 'correct'),
    ('autoala-kartoitus b1-vika', 'renkaat eivät ole kunnossa, ne ovat kuluneet',
     'correct', 'correct'),
    ('autoala-kartoitus b1-vika', 'renkaat ovat kunnossa, renkaat eivät ole kunnossa',
     'correct', 'correct'),
    ('metalli-turvallisuus kasineet-pois', 'en käytä käsineitä, käytän suojalaseja',
     'wrong', 'wrong'),
    ('metalli-turvallisuus kasineet-pois',
     'en käytä käsineitä, käytän niitä vasta kun kone on pysähtynyt',
     'wrong', 'wrong'),
    # a repairer's deed: the no alone, almost at most; a question of a deed forbidden: wrong
    # (judge53: a repairer doing the deed the learner leaves to them, the learner's part
    # alone right: correct, no more almost)
    ('rakennus-ohjeet sahkotila', 'en mene sisään, sähkömies menee', 'wrong', 'correct'),
    ('rakennus-ohjeet sahkotila', 'en mene, menetkö sinä', 'wrong', 'wrong'),
    ('rakennus-ohjeet sahkotila', 'en mene sisään, menetkö sinä sisään', 'wrong', 'wrong'),
    ('rakennus-ohjeet sahkotila', 'en mene sisään, työkaveri menee', 'wrong', 'wrong'),
    ('rakennus-ohjeet sahkotila', 'en mene sisään, kaveri menee', 'wrong', 'wrong'),
    ('rakennus-ohjeet sahkotila', 'en mene sisään, esimies menee', 'wrong', 'wrong'),
    ('rakennus-ohjeet sahkotila', 'en mene sisään, menenkö sinne', 'wrong', 'wrong'),
    ('rakennus-ohjeet sahkotila', 'en mene sisään tänään, menen huomenna', 'wrong', 'wrong'),
    ('valmistus-ohjeet huoltolappu', 'en saa käynnistää konetta, saanko käynnistää sen',
     'wrong', 'wrong'),
    ('elintarvike-hygienia sairas', 'en tule töihin tänään, tulen huomenna', 'wrong', 'wrong'),
    ('elintarvike-hygienia sairas', 'en tule töihin, tuletko sinä', 'wrong', 'wrong'),
    ('hoiva-ohjeet liina', 'en käytä sitä ja kerron hoitajalle, hoitaja käyttää sitä',
     'wrong', 'wrong'),
    ('hoiva-ohjeet liina', 'en käytä sitä ja kerron hoitajalle, työkaveri käyttää sitä',
     'wrong', 'wrong'),
    ('rakennus-ohjeet sahkotila', 'en mene sisään, menen kotiin', 'wrong', 'wrong'),
    ('hoiva-raportti hoitaja.8', 'en nostanut yksin, nostin yhdessä', 'wrong', 'wrong'),
    ('hoiva-raportti hoitaja.8', 'en nostanut häntä yksin, nostin hänet yhdessä hoitajan kanssa',
     'almost', 'almost'),
    ('hoiva-raportti hoitaja.8', 'en nostanut, hoitaja nosti', 'almost', 'almost'),
    ('hoiva-raportti hoitaja.8', 'en nostanut, hän nousi itse', 'correct', 'correct'),
    # (a workmate is no doer who exempts: left as main)
    ('metalli-raportti marjatta.4', 'en loukkaantunut, työkaveri loukkaantui', 'wrong', 'wrong'),
    ('kauppa-raportti pullo.4', 'kukaan ei loukkaantunut, pullo hajosi', 'correct', 'correct'),
    ('kauppa-ohjeet jauheliha', 'ei saa, saako sitä myydä', 'correct', 'correct'),
    ('elintarvike-tyokaveri linja-seis.8', 'selvä, en koske kuljettimeen, korjaaja koskee',
     'wrong', 'correct'),  # moved (judge53: was almost)
    ('elintarvike-tyokaveri linja-seis.8', 'okei, en koske, koskeeko hän', 'wrong', 'wrong'),
]

# 2. a yes after a no only once a condition is met
CONDITIONS = [
    # judge48fix (review 48): B a promise, a thing given, a go-ahead still to come; C a
    # workmate's or anyone's mending; D a service tag taken off; E other conditions as main
    ('autoala-turvallisuus ilmoita', 'nosturin lukitus ei toimi, en käytä nosturia, käytän sitä '
     'kun mekaanikko antaa uuden lukon', 'wrong', 'wrong'),
    ('autoala-turvallisuus ilmoita', 'nosturin lukitus ei toimi, en käytä nosturia, käytän sitä '
     'kun huolto antaa työkalut', 'wrong', 'wrong'),
    ('hoiva-ohjeet liina', 'en käytä sitä, käytän sitä kun korjaaja lupaa korjata sen',
     'wrong', 'wrong'),
    ('valmistus-ohjeet huoltolappu', 'en käynnistä konetta, käynnistän sen kun korjaaja lupaa',
     'almost', 'wrong'),  # moved (a promise)
    ('valmistus-ohjeet huoltolappu',
     'en käynnistä konetta, käynnistän sen kun huoltomies on valmis korjaamaan',
     'almost', 'wrong'),  # moved (still to do)
    ('varasto-turvallisuus ilmoitus',
     'en käytä sitä, käytän sitä kun korjaaja on valmis korjaamaan sen', 'wrong', 'wrong'),
    ('hoiva-ohjeet liina', 'en käytä sitä, käytän sitä kun työkaveri korjaa sen', 'wrong', 'wrong'),
    ('hoiva-ohjeet liina', 'en käytä sitä, käytän sitä kun joku korjaa sen', 'wrong', 'wrong'),
    ('autoala-turvallisuus ilmoita',
     'lukitus ei toimi, en käytä nosturia, käytän sitä kun työkaveri korjaa sen', 'wrong', 'wrong'),
    ('valmistus-ohjeet huoltolappu',
     'en käynnistä konetta, käynnistän sen kun työkaveri on korjannut sen',
     'almost', 'wrong'),  # moved (a workmate's mending)
    ('valmistus-ohjeet huoltolappu',
     'en käynnistä konetta, käynnistän sen kun huoltolappu on otettu pois', 'almost', 'correct'),
    ('valmistus-ohjeet huoltolappu', 'en käynnistä konetta, käynnistän sen kun huoltolappu on pois',
     'almost', 'correct'),
    ('valmistus-ohjeet huoltolappu',
     'en käynnistä konetta, käynnistän sen kun huoltolappu on poistettu', 'almost', 'correct'),
    ('valmistus-ohjeet huoltolappu', 'en käynnistä konetta, käynnistän sen kun otan lapun pois',
     'almost', 'wrong'),  # moved (the learner's own)
    ('metalli-turvallisuus kasineet-pois', 'en käytä käsineitä, käytän niitä kun hitsaan',
     'wrong', 'wrong'),
    ('kauppa-kartoitus a2-ymmarra', 'anteeksi, en ymmärrä, ymmärrän jos puhutte hitaasti',
     'wrong', 'wrong'),
    ('yleinen-tyoturvallisuuskortti step-20',
     'en osaa käyttää tätä konetta, osaan kun joku näyttää', 'wrong', 'wrong'),
    ('valmistus-ohjeet huoltolappu',
     'en käynnistä sitä ennen kuin korjaaja sanoo, sitten käynnistän',
     'wrong', 'correct'),  # moved
    ('valmistus-ohjeet huoltolappu', 'en käynnistä konetta ennen kuin korjaaja sanoo',
     'almost', 'correct'),  # moved
    ('valmistus-ohjeet huoltolappu', 'en käynnistä konetta, käynnistän sen kun huolto on valmis',
     'almost', 'correct'),  # moved
    ('valmistus-ohjeet huoltolappu',
     'en käynnistä konetta, käynnistän sen vasta kun korjaaja on valmis',
     'almost', 'correct'),  # moved
    ('valmistus-ohjeet huoltolappu',
     'en saa käynnistää konetta, käynnistän sen vasta kun se on korjattu',
     'almost', 'correct'),  # moved
    ('valmistus-ohjeet huoltolappu',
     'en käynnistä sitä ennen kuin se on korjattu, sitten käynnistän sen',
     'wrong', 'correct'),  # moved
    ('valmistus-ohjeet huoltolappu',
     'en käynnistä konetta, käynnistän sen sitten kun korjaaja sanoo',
     'almost', 'correct'),  # moved
    ('valmistus-ohjeet huoltolappu',
     'en käynnistä konetta ennen kuin huolto on valmis, sitten käynnistän sen',
     'almost', 'correct'),  # moved
    ('valmistus-ohjeet huoltolappu', 'en käynnistä konetta kunnes se on korjattu',
     'correct', 'correct'),
    ('hoiva-ohjeet liina', 'en käytä sitä, käytän sitä kun se on korjattu',
     'wrong', 'almost'),  # moved
    ('hoiva-ohjeet liina', 'en käytä liinaa, käytän sitä vasta kun se on korjattu',
     'wrong', 'almost'),  # moved
    ('hoiva-ohjeet liina', 'en käytä sitä ennen kuin se on korjattu', 'wrong', 'almost'),  # moved
    ('hoiva-ohjeet liina', 'en käytä sitä ennen kuin se on korjattu, sitten käytän sitä',
     'wrong', 'almost'),  # moved
    ('siivous-ohjeet johto', 'en käytä sitä, käytän sitä kun se on korjattu',
     'wrong', 'almost'),  # moved
    ('siivous-ohjeet johto', 'en käytä imuria, käytän sitä kun johto on korjattu',
     'wrong', 'almost'),  # moved
    ('siivous-ohjeet johto', 'en käytä imuria ennen kuin johto on korjattu, sitten käytän',
     'wrong', 'almost'),  # moved
    ('varasto-turvallisuus ilmoitus', 'en käytä sitä, käytän sitä kun se on korjattu',
     'wrong', 'almost'),  # moved
    ('varasto-turvallisuus ilmoitus', 'en käytä sitä ennen kuin se on korjattu',
     'wrong', 'almost'),  # moved
    ('yleinen-verbit kone-rikki', 'en käytä konetta, käytän sitä kun se on korjattu',
     'wrong', 'wrong'),
    ('yleinen-verbit kone-rikki',
     'ilmoitan esimiehelle, en käytä konetta, käytän sitä kun se on korjattu',
     'wrong', 'correct'),  # moved
    ('valmistus-turvallisuus kysy-vika', 'en käytä konetta, käytän sitä kun se on korjattu',
     'wrong', 'almost'),  # moved
    ('valmistus-turvallisuus kysy-vika',
     'ilmoitan työnjohtajalle, en käytä konetta ennen kuin se on korjattu',
     'wrong', 'correct'),  # moved
    ('valmistus-ohjeet huoltolappu', 'en käynnistä sitä, sitten käynnistän',
     'correct', 'wrong'),  # moved
    ('valmistus-ohjeet huoltolappu', 'en käynnistä konetta, käynnistän sen kun on kiire',
     'almost', 'wrong'),  # moved
    ('valmistus-ohjeet huoltolappu', 'en käynnistä konetta, käynnistän sen jos esimies ei näe',
     'almost', 'wrong'),  # moved
    ('valmistus-ohjeet huoltolappu', 'en käynnistä konetta, käynnistän sen heti', 'wrong', 'wrong'),
    ('valmistus-ohjeet huoltolappu', 'en käynnistä konetta, käynnistän sen', 'wrong', 'wrong'),
    ('valmistus-ohjeet huoltolappu',
     'en käynnistä sitä ennen kuin kahvitauko loppuu, sitten käynnistän',
     'wrong', 'wrong'),
    ('valmistus-ohjeet huoltolappu', 'en käynnistä konetta, käynnistän sen kun korjaan sen',
     'almost', 'wrong'),  # moved
    ('valmistus-ohjeet huoltolappu', 'en käynnistä konetta ennen kuin korjaan sen',
     'almost', 'almost'),
    ('valmistus-ohjeet huoltolappu', 'en käynnistä konetta, käynnistän sen kun esimies tulee',
     'almost', 'wrong'),  # moved
    ('valmistus-ohjeet huoltolappu', 'en käynnistä konetta, käynnistän sen kun olen ilmoittanut',
     'almost', 'wrong'),  # moved
    ('hoiva-ohjeet liina', 'en käytä sitä, käytän sitä kun kiire', 'wrong', 'wrong'),
    ('hoiva-ohjeet liina', 'en käytä sitä, käytän sitä jos esimies ei näe', 'wrong', 'wrong'),
    ('hoiva-ohjeet liina', 'en käytä sitä, käytän sitä silti', 'wrong', 'wrong'),
    ('hoiva-ohjeet liina', 'en käytä sitä, käytän sitä kun korjaan sen', 'wrong', 'wrong'),
    ('hoiva-ohjeet liina', 'en käytä sitä, käytän sitä kun se on vähän korjattu', 'wrong', 'wrong'),
    ('hoiva-ohjeet liina', 'en käytä sitä, käytän sitä kun se on teipillä korjattu',
     'wrong', 'wrong'),
    ('hoiva-ohjeet liina', 'en käytä sitä ennen kuin korjaan sen itse', 'wrong', 'wrong'),
    ('siivous-ohjeet johto', 'en käytä sitä, käytän sitä kun teippaan sen', 'wrong', 'wrong'),
    ('siivous-ohjeet johto', 'en käytä sitä, käytän sitä huomenna', 'wrong', 'wrong'),
    ('siivous-ohjeet johto', 'en käytä imuria ennen kuin kiire loppuu, sitten käytän',
     'wrong', 'wrong'),
    ('varasto-turvallisuus ilmoitus', 'en käytä sitä, käytän sitä kun ehdin', 'wrong', 'wrong'),
    ('varasto-turvallisuus ilmoitus', 'en käytä sitä, käytän sitä jos on pakko', 'wrong', 'wrong'),
    ('yleinen-verbit kone-rikki', 'en käytä konetta, käytän sitä kun on kiire', 'wrong', 'wrong'),
    ('valmistus-turvallisuus kysy-vika', 'en käytä konetta, käytän sitä kun korjaan sen',
     'wrong', 'wrong'),
    ('valmistus-turvallisuus kysy-vika', 'en käytä konetta, käytän sitä', 'wrong', 'wrong'),
    ('yleinen-verbit kone-rikki', 'en käytä konetta', 'wrong', 'wrong'),
    ('hoiva-ohjeet liina', 'en käytä sitä ja kerron hoitajalle, käytän sitä kun se on korjattu',
     'wrong', 'correct'),  # moved
    ('siivous-ohjeet johto',
     'en käytä sitä ja ilmoitan esimiehelle, käytän sitä kun se on korjattu',
     'wrong', 'correct'),  # moved
    ('siivous-ohjeet johto', 'ilmoitan esimiehelle, en käytä imuria ennen kuin johto on korjattu',
     'wrong', 'correct'),  # moved
    ('varasto-turvallisuus ilmoitus',
     'ilmoitan esimiehelle, en käytä sitä ennen kuin se on korjattu',
     'wrong', 'correct'),  # moved
    ('valmistus-turvallisuus kysy-vika',
     'ilmoitan työnjohtajalle, en käytä konetta, käytän sitä kun se on korjattu',
     'wrong', 'correct'),  # moved
    ('siivous-ohjeet johto', 'ilmoitan esimiehelle, en käytä sitä, käytän sitä kun on kiire',
     'wrong', 'wrong'),
    ('varasto-turvallisuus ilmoitus',
     'ilmoitan esimiehelle, en käytä sitä, käytän sitä jos kukaan ei näe',
     'wrong', 'wrong'),
]


@pytest.mark.parametrize(("step", "answer", "main", "now"), CONTRADICTIONS)
def test_a_contradiction_said_in_one_answer(step: str, answer: str, main: str, now: str
                                            ) -> None:
    assert judged_on(step, answer).verdict == now


@pytest.mark.parametrize(("step", "answer", "main", "now"), CONDITIONS)
def test_a_yes_only_once_a_condition_is_met(step: str, answer: str, main: str, now: str
                                            ) -> None:
    assert judged_on(step, answer).verdict == now


def test_nothing_that_was_not_correct_became_correct_but_a_mending() -> None:
    """Safety: an answer moves to correct only where its yes waits for a mending by
    someone else, or where the yes is another's, a question or another time."""
    moved = [(a, main) for _, a, main, now in CONTRADICTIONS + CONDITIONS
             if now == "correct" and main != "correct"]
    assert all(any(k in a for k in ("korjattu", "korjaaja", "huolto", "kunnes", "sähkömies",
                                    "korjaaja koskee", "huomenna", "menetkö", "koskeeko"))
               for a, _ in moved), moved


@as_table(("answer", "kind"), [
    ("ei ole, kyllä on", "contradiction"),
    ("renkaat eivät ole kunnossa, renkaat ovat kunnossa", "contradiction"),
    ("renkaat ei oo kunnossa, renkaat on kunnossa", "contradiction"),  # (spoken)
    ("en käytä konetta, käytän sitä", "contradiction"),  # (a pronoun stands in)
    ("en käynnistä sitä, sitten käynnistän", "contradiction"),
    ("en käytä sitä, käytän sitä silti", "contradiction"),
    ("en nostanut häntä, nostin hänet", "contradiction"),
    ("en korjaa sitä, esimies korjaa sen", "other"),  # another's deed
    ("en pääse, pääsetkö sinä", "other"),  # a question
    ("en nostanut yksin, nostin yhdessä", "other"),  # (surface forms: not "yksi")
    ("en tule tänään, tulen huomenna", "other"),  # another time
    ("en käytä sitä, käytän sitä kun se on korjattu", "conditioned"),
    ("en käynnistä sitä ennen kuin korjaaja sanoo, sitten käynnistän", "conditioned"),
    ("en käytä sitä, käytän sitä kun on kiire", "conditioned"),
    ("en korjaa sitä, ilmoitan esimiehelle", None),
    ("renkaat ovat kunnossa, renkaat eivät ole kunnossa", None),  # (the yes first)
    # judge48fix, left for later: spoken without commas; a manner adds no claim
    ("ei ole kyllä on", "contradiction"),
    ("ei oo kyl on", "contradiction"),
    ("en kyllä mene", None),  # (a yes inside the no)
    ("en mene sisään, mutta menen nopeasti", "contradiction"),
    ("en käytä sitä, käytän sitä varovasti", "contradiction"),
    ("en aja nopeasti, ajan hitaasti", "other"),  # (the no is of the manner)
])
def test_how_a_yes_after_a_no_reads(answer: str, kind: str | None) -> None:
    read = yes_after_no(*said_parts(answer))
    assert (read.kind if read else None) == kind


@as_table(("answer", "safe"), [
    ("en käytä sitä, käytän sitä kun se on korjattu", True),
    ("en käytä sitä, käytän sitä kun huolto on korjannut sen", True),
    ("en käytä sitä, käytän sitä kun se on kunnossa", True),
    ("en käynnistä sitä ennen kuin korjaaja sanoo, sitten käynnistän", True),
    ("en käynnistä konetta, käynnistän sen kun huolto on valmis", True),
    ("en käytä sitä, käytän sitä kun on kiire", False),
    ("en käytä sitä, käytän sitä jos esimies ei näe", False),
    ("en käytä sitä, käytän sitä kun korjaan sen", False),  # the learner's own mending
    ("en käytä sitä, käytän sitä kun se on vähän korjattu", False),
    ("en käytä sitä, käytän sitä kun se on teipillä korjattu", False),
    ("en käytä sitä, käytän sitä kun esimies tulee", False),
    ("en käytä sitä, käytän sitä kun olen ilmoittanut", False),
    ("en käynnistä sitä ennen kuin korjaaja sanoo että ei saa, sitten käynnistän", False),
    # judge48fix B: a promise, a thing given, a go-ahead not ending it, a deed still to do
    ("en käytä sitä, käytän sitä kun korjaaja antaa luvan", True),
    ("en käytä sitä, käytän sitä kun korjaaja lupaa", False),
    ("en käytä sitä, käytän sitä kun korjaaja lupaa korjata sen", False),
    ("en käytä nosturia, käytän sitä kun mekaanikko antaa uuden lukon", False),
    ("en käytä nosturia, käytän sitä kun huolto antaa työkalut", False),
    ("en käynnistä konetta, käynnistän sen kun huoltomies antaa avaimen", False),
    ("en käynnistä konetta, käynnistän sen kun huoltomies on valmis korjaamaan", False),
    ("en käytä sitä, käytän sitä kun korjaaja on valmis korjaamaan sen", False),
    # C: an active mender must be a repairer; a passive or a state needs none
    ("en käytä sitä, käytän sitä kun työkaveri korjaa sen", False),
    ("en käytä sitä, käytän sitä kun työkaveri on korjannut sen", False),
    ("en käytä sitä, käytän sitä kun joku korjaa sen", False),
    ("en käytä sitä, käytän sitä kun huoltomies on korjannut sen", True),
    ("en käytä sitä, käytän sitä kun johto on vaihdettu", True),
    # D: a service tag taken off in the passive or by a repairer, not by the learner
    ("en käynnistä konetta, käynnistän sen kun huoltolappu on otettu pois", True),
    ("en käynnistä konetta, käynnistän sen kun huoltolappu on pois", True),
    ("en käynnistä konetta, käynnistän sen kun huoltolappu on poistettu", True),
    ("en käynnistä konetta, käynnistän sen kun huoltomies poistaa lapun", True),
    ("en käynnistä konetta, käynnistän sen kun otan lapun pois", False),
    ("en käynnistä konetta, käynnistän sen kun työkaveri poistaa lapun", False),
    # the deed: only using or starting (not giving medicine)
    ("en anna lääkettä, annan sitä kun se on korjattu", False),
])
def test_the_safe_condition(answer: str, safe: bool) -> None:
    read = yes_after_no(*said_parts(answer))
    assert read is not None and waits_for_a_mending(read, broken=True) is safe


# 3. left as main judges them (wrong on main too, denied_said_yes): a yes once help comes,
# once the learner is well, once the power is off, once the electrician says — not a mending
# of a thing used; a wider kind of condition that may be right (a known gap, docs/judging.md:
# said_and_unsaid); and a mending where it lets nothing (sweep_unsaid's "mended")
@as_table(("step", "answer", "verdict"), [
    ("hoiva-turvallisuus kaatui", "en nosta yksin, nostan kun hoitaja tulee", "wrong"),
    ("elintarvike-tyokaveri apua.4", "en jaksa nostaa yksin, jaksan kun autat", "wrong"),
    ("elintarvike-hygienia sairas", "en tule töihin, tulen kun olen terve", "wrong"),
    ("rakennus-ohjeet sahkotila", "en mene sisään, menen kun sähköt on katkaistu", "wrong"),
    ("metalli-turvallisuus kasineet-pois",
     "en käytä käsineitä, käytän niitä kun kone on sammutettu", "wrong"),
    ("rakennus-ohjeet sahkotila", "en mene sisään, menen kun sähkömies sanoo", "wrong"),
    # (a mending lets only using or starting a thing: not giving medicine, going to work)
    ("hoiva-asukas kipu", "en voi antaa lääkettä, kerron hoitajalle, annan lääkettä kun se "
     "on korjattu", "wrong"),
    ("elintarvike-hygienia sairas", "en tule töihin, tulen töihin kun se on korjattu", "wrong"),
    # (… and only where the step names something broken, or a machine is started)
    ("metalli-turvallisuus kasineet-pois",
     "en käytä käsineitä, käytän käsineitä vasta kun huolto on korjannut sen", "wrong"),
    ("kauppa-turvallisuus lue-paivays", "ei voi, kyllä voi kun se on korjattu", "wrong"),
])
def test_other_conditions_as_main(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# the step's own reply where the yes said again is a foreseen mistake
@as_table(("step", "answer", "matched"), [
    ("kauppa-asiakas onko-teilla", "ei ole, kyllä on", "kyllä on"),
    ("hoiva-raportti hoitaja.8", "en nostanut mutta nostin silti", "nostin"),
    ("valmistus-ohjeet huoltolappu", "en saa käynnistää konetta ja sitten käynnistän",
     "käynnistän koneen"),
    ("yleinen-tyoturvallisuuskortti step-20", "en osaa käyttää konetta mutta osaan silti",
     "kyllä osaan"),
    ("valmistus-turvallisuus step-24", "en ilmoita ja kyllä ilmoitan", "en ilmoita"),
])
def test_a_mistake_said_again_gets_its_reply(step: str, answer: str, matched: str) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.matched) == ("wrong", matched)
