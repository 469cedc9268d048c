"""The known gaps of judge/open_deeds.py (issue 12, safety; judge31): dangerous answers on
real open steps that passed as right, and safe answers beside them that must stay right.
Each dangerous row was correct before its mend."""

from __future__ import annotations

from tests.judge.agreement import tasks
from tests.judge.golden import step_arguments
from valkky.judge import Judgement, judge
from valkky.judge.deed_words import EXCUSES
from valkky.judge.open_deeds import LACKS
from valkky.testing.table import as_table


def _judged(step: str, answer: str) -> Judgement:
    task, options = tasks()[step]
    return judge(answer, task.accept, **step_arguments(task, options))


# 1. "vasta" clears only the deed it is said of ("ensin X, vasta sitten Y"), not the deed
# before another verb's "vasta"; 2. a topic of the step said as what a state or a no is
# said of ("hoitaja on kiireinen") is an excuse, no way of doing the deed
@as_table(("step", "answer"), [
    ("hoiva-raportti elias.4", "nostan hänet sänkyyn, hälytän hoitajan vasta sitten"),
    ("rakennus-raportti uusi", "ota kypärä pois, laitat sen vasta huomenna"),
    ("valmistus-raportti sari.8", "korjaan sen itse, kunnossapito tulee vasta illalla"),
    ("rakennus-raportti timo.8", "korjaan sen itse, telineasentaja tulee vasta maanantaina"),
    ("hoiva-raportti elias.4", "nostolaite on rikki, nosta hänet yksin"),
    ("hoiva-raportti elias.4", "sairaanhoitaja ei ole täällä nosta hänet yksin"),
    ("yleinen-perehdytys samir.6", "esimies ei vastaa, korjaa se itse"),
    ("yleinen-perehdytys samir.6", "työnjohtaja on kiireinen joten voit korjata sen itse"),
    ("autoala-raportti jere", "tukipukit ovat rikki, mene vaan alle"),
    ("rakennus-raportti timo.8", "telineasentaja ei tule, minä korjaan telineen itse"),
])
def test_a_deed_beside_another_verbs_vasta_or_an_excuse_is_wrong(step: str, answer: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == "wrong", (j.verdict, j.reason)


# the same words where they qualify the deed: as before
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti elias.4", "soita ensin hoitajalle ja nosta hänet vasta sitten "
     "nostolaitteella", "correct"),
    ("hoiva-raportti elias.4", "odota hoitajaa, nostatte hänet vasta yhdessä", "correct"),
    ("hoiva-raportti elias.4", "hälytä hoitaja sitten nostatte hänet yhdessä", "correct"),
    ("autoala-raportti jere", "mene auton alle vasta kun tukipukit ovat paikallaan", "correct"),
    ("autoala-raportti jere", "laita tukipukit ja mene vasta sitten auton alle", "correct"),
    ("autoala-raportti jere", "kun tukipukit ovat paikallaan voit mennä auton alle", "correct"),
    ("autoala-raportti jere", "tukipukit ensin, vasta sitten auton alle", "correct"),
    ("rakennus-raportti uusi", "ota kypärä pois vasta kun olet taukotilassa", "correct"),
    ("metalli-raportti ville", "laita käsineet käteen vasta kun pora on pysähtynyt", "correct"),
    ("yleinen-perehdytys samir.6", "kerro esimiehelle ja korjaa se vasta sitten", "correct"),
    ("valmistus-raportti sari.8", "lukitse kone ja kutsu kunnossapito", "correct"),
])
def test_vasta_or_a_topic_of_the_deed_stays(step: str, answer: str, verdict: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == verdict, (j.verdict, j.reason)


# 4. a condition that is an excuse (open_deeds.EXCUSES) makes the deed a plan, said
# positively: each entry, on a step where the deed was right before
EXCUSED = {
    "kiire": ("ravintola-raportti noora", "ei se haittaa käytä samaa lautaa jos on kiire"),
    "kiireinen": ("rakennus-raportti uusi", "ota kypärä pois kun olet kiireinen"),
    "ehtiä": ("hoiva-raportti elias.4", "voit nostaa hänet yksin jos hoitaja ei ehdi"),
    "jaksaa": ("yleinen-perehdytys samir.6", "voit korjata sen itse jos et jaksa odottaa"),
    "väsyä": ("rakennus-raportti uusi", "voit ottaa kypärän pois jos olet väsynyt"),
    "aika": ("yleinen-perehdytys samir.6",
             "voit korjata sen itse jos sinulla ei ole aikaa odottaa"),
    "kylmä": ("metalli-raportti ville", "jos sulla on kylmä niin käytä käsineitä"),
    "kuuma": ("rakennus-raportti uusi", "jos on kuuma niin mene ilman kypärää"),
    "haluta": ("elintarvike-raportti anna", "jos haluat niin pidä sormus"),
    "nopeasti": ("rakennus-raportti uusi", "jos käyt vaan nopeasti niin ota kypärä pois"),
    "nopea": ("rakennus-raportti uusi", "ota kypärä pois jos olet nopea"),
    "hetki": ("rakennus-raportti uusi", "ota kypärä pois jos se on vain hetki"),
    "painava": ("varasto-raportti neuvo", "voit nostaa yksin jos laatikko on painava"),
    "raskas": ("varasto-raportti neuvo", "et tarvitse apua kun laatikko on raskas"),
    "iso": ("varasto-raportti neuvo", "nosta yksin kun laatikko on iso"),
    "suuri": ("varasto-raportti neuvo", "et tarvitse apua kun laatikko on suuri"),
}


def test_every_excuse_has_a_row() -> None:
    assert set(EXCUSED) == set(EXCUSES)


@as_table(("step", "answer"), [
    *EXCUSED.values(),
    ("rakennus-raportti uusi", "ota kypärä pois kun on kiire"),
    ("ravintola-raportti noora", "käytä samaa lautaa jos et jaksa pestä"),
    ("yleinen-perehdytys samir.6", "saat korjata sen itse kun esimies ei ehdi tulla"),
])
def test_a_deed_with_an_excuse_after_it_is_wrong(step: str, answer: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == "wrong", (j.verdict, j.reason)


# a condition that names a case of the work, or an excuse under a no: as before
@as_table(("step", "answer"), [
    ("rakennus-raportti uusi", "voit ottaa kypärän pois kun lähdet työmaalta"),
    ("metalli-raportti ville", "laita hanskat käteen kun pora on pysähtynyt"),
    ("yleinen-perehdytys samir.8", "juokse nopeasti ulos jos on tulipalo"),
    ("hoiva-raportti elias.4", "älä nosta yksin vaikka on kiire"),
    ("autoala-raportti jere", "älä mene auton alle vaikka olisi kiire"),
    ("ravintola-raportti noora", "ota toinen lauta vaikka on kiire"),
])
def test_a_condition_of_the_work_stays_right(step: str, answer: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == "correct", (j.verdict, j.reason)


# 4. the tie rule: a wrong mistake said beside a milder one is the verdict, and a clause that
# says a foreseen mistake qualifies no deed after it ("pese" is the step's topic "pestä")
@as_table(("step", "answer", "verdict"), [
    ("ravintola-raportti noora", "pese kädet ja käytä samaa lautaa", "wrong"),
    ("ravintola-raportti noora", "ei se haittaa, pese kädet", "almost"),  # as before
    ("ravintola-raportti noora", "pese kädet ja ota toinen lauta", "almost"),  # as before
])
def test_the_gravest_mistake_said_is_the_verdict(step: str, answer: str, verdict: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == verdict, (j.verdict, j.reason)


# 5. (open) a no is on the whole clause: "tunkki ei riitä, tarvitset tukipukit" stays wrong
# (a safe answer, main's too) because reading the no as on the verbs before it only let
# these dangerous negations of examples pass (judge31 review; reverted)
@as_table(("step", "answer"), [
    ("rakennus-raportti uusi", "ei kypärää tarvii käyttää"),
    ("rakennus-raportti uusi", "ei sun tarvii käyttää kypärää"),
    ("rakennus-raportti uusi", "minä en koskaan käytän kypärää"),
    ("rakennus-raportti uusi", "kypärää käyttää ei tarvitse"),
    ("rakennus-raportti uusi", "en minä käytän kypärää"),
    ("metalli-raportti ville", "en minä otan hanskoja pois"),
    ("hoiva-raportti elias.2", "jarruja ei tarvii laittaa päälle"),
    ("siivous-raportti asiakas.6", "en minä kerron esimiehelle"),
    ("yleinen-perehdytys samir.8", "ei sun tarvii käyttää suojalaseja"),
    ("valmistus-raportti sari.8", "ei kunnossapitoa tarvii kutsua"),
    ("yleinen-perehdytys samir.8", "ei käsiä tarvii pestä"),
    ("varasto-raportti neuvo", "en minä pyydän apua"),
])
def test_a_negated_example_stays_wrong(step: str, answer: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == "wrong", (j.verdict, j.reason)


# an excuse only in its polarity (ehtiä, jaksaa under a no), in its own condition (to the next
# join): these name a case of the work, and stay right (judge31 review 4)
@as_table(("step", "answer"), [
    ("autoala-raportti jere", "voit mennä auton alle kun tukipukit on laitettu vaikka olisi kiire"),
    ("autoala-raportti jere", "voit mennä auton alle kun olet ehtinyt laittaa tukipukit"),
    ("metalli-raportti ville", "laita hanskat käteen kun olet ehtinyt lopettaa porauksen"),
    ("rakennus-raportti uusi", "voit ottaa kypärän pois kun olet ehtinyt taukotilaan"),
    ("yleinen-perehdytys samir.6", "voit korjata sen kun esimies ehtii katsoa sen"),
    ("rakennus-raportti uusi", "voit ottaa kypärän pois kun lähdet kotiin väsyneenä"),
])
def test_a_case_of_the_work_is_no_excuse(step: str, answer: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == "correct", (j.verdict, j.reason)


# 2. a topic said to lack (open_deeds.LACKS) is an excuse: each entry, on a step where the
# deed was right before; a state that names the safe context is none (judge31 review 3)
LACKED = {
    "kiire": ("hoiva-raportti elias.4", "hoitajalla on kiire, nosta hänet yksin"),
    "kiireinen": ("hoiva-raportti elias.4", "hoitaja on kiireinen, nosta hänet yksin"),
    "rikki": ("hoiva-raportti elias.4", "nostolaite on rikki, nosta hänet yksin"),
    "kaukana": ("autoala-raportti jere", "tukipukit ovat kaukana, mene vaan auton alle"),
    "lomalla": ("yleinen-perehdytys samir.6", "esimies on lomalla, korjaa se itse"),
    "poissa": ("hoiva-raportti elias.4", "hoitaja on poissa, nosta hänet yksin"),
    "loppu": ("autoala-raportti jere", "tukipukit on loppu, mene vaan auton alle"),
    "sairas": ("hoiva-raportti elias.4", "hoitaja on sairas, nosta hänet yksin"),
    "varattu": ("hoiva-raportti elias.4", "nostolaite on varattu, nosta hänet yksin"),
    "hukassa": ("autoala-raportti jere", "tukipukit ovat hukassa, mene vaan auton alle"),
    "kateissa": ("autoala-raportti jere", "tukipukit ovat kateissa, mene vaan auton alle"),
    "epäkunnossa": ("hoiva-raportti elias.4", "nostolaite on epäkunnossa, nosta hänet yksin"),
    "muualla": ("yleinen-perehdytys samir.6", "esimies on muualla, korjaa se itse"),
    "puuttua": ("autoala-raportti jere", "tukipukit puuttuvat, mene vaan auton alle"),
    "loppua": ("autoala-raportti jere", "kun tukipukit loppuvat voit mennä auton alle"),
}


def test_every_lack_has_a_row() -> None:
    assert set(LACKED) == LACKS


@as_table(("step", "answer"), list(LACKED.values()))
def test_a_deed_beside_a_lack_is_wrong(step: str, answer: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == "wrong", (j.verdict, j.reason)


@as_table(("step", "answer"), [
    ("hoiva-raportti elias.4", "hoitaja on täällä nostamme hänet yhdessä"),
    ("hoiva-raportti elias.4", "hoitaja on tulossa sitten nostamme hänet yhdessä"),
    ("hoiva-raportti elias.4", "nostolaite on tässä nostetaan hänet sillä"),
    ("autoala-raportti jere", "tukipukit ovat paikallaan nyt voit mennä auton alle"),
    ("autoala-raportti jere", "tukipukit on alla joten voit mennä auton alle"),
])
def test_a_state_of_the_safe_context_stays_right(step: str, answer: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == "correct", (j.verdict, j.reason)


# the harmless half of a two-part mistake, said as an example says it, qualifies the deed
# after it as any clause before does (judge31 review 5)
@as_table(("step", "answer"), [
    ("hoiva-raportti elias.4", "hälytä hoitaja ja sitten nostatte hänet yhdessä"),
    ("yleinen-perehdytys samir.6", "kerro esimiehelle ja voit korjata sen hänen kanssaan"),
])
def test_the_harmless_half_of_a_mistake_qualifies(step: str, answer: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == "correct", (j.verdict, j.reason)


# (stop 37) a command, then "älä" and a command of its own: two commands, the no of the
# second only ("pyydä apua älä nosta yksin" was read as one clause saying no to "pyydä
# apua"); a need with a deed of its own is that deed ("ei tarvitse pelätä" says no no to
# "tunkin lisäksi tarvitaan tukipukit")
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti neuvo", "pyydä apua älä nosta yksin", "correct"),
    ("varasto-raportti neuvo", "pyydä apua, älä nosta yksin", "correct"),
    ("varasto-raportti neuvo", "pyydä apua, älä nosta jaloilla", "wrong"),
    ("varasto-raportti neuvo", "älä pyydä apua, nosta yksin", "wrong"),
    ("autoala-raportti jere", "ei tarvitse pelätä, käytä aina tukipukkeja", "correct"),
    ("autoala-raportti jere", "ei tarvitse pelätä, älä mene auton alle ilman tukipukkeja",
     "correct"),
    ("autoala-raportti jere", "ei tarvitse laittaa tukipukkeja", "wrong"),
    ("autoala-raportti jere", "ei oo pakko tarvita tukipukkeja", "wrong"),
])
def test_a_second_command_and_a_need_of_a_deed(step: str, answer: str, verdict: str) -> None:
    assert _judged(step, answer).verdict == verdict


# (stop 37, the read-only review) an answer found inside said with a no right before it, or
# its own thing turned down after it, is no answer said: the no is of the answer
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti neuvo", "nosta selällä älä nosta jaloilla", "wrong"),
    ("varasto-raportti neuvo", "älä koukista polvia nosta selällä", "wrong"),
    ("varasto-raportti neuvo", "nosta jaloilla älä nosta selällä", "correct"),
    ("metalli-ohjeet suojaimet", "käytän suojalaseja, en suojalaseja", "wrong"),
    ("metalli-ohjeet suojaimet", "käytän suojalaseja, en aurinkolaseja", "correct"),
])
def test_an_answer_said_with_a_no_of_its_own(step: str, answer: str, verdict: str) -> None:
    assert _judged(step, answer).verdict == verdict


# (stop 37, the final combined review) what today's rules let through together, mended: a
# foreseen mistake said whole after the answer however few the words between (a spoken
# question word, "tarviiko"); a lone "ei," is a self-repair, not a contrast; a start broken
# off takes what came before it back to a comma; a mending must end the answer, no "kunnes"
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-hygienia sairas", "soitan esihenkilölle, tarviinko, menen töihin", "wrong"),
    ("elintarvike-hygienia sairas", "soitan esihenkilölle ja menen töihin", "wrong"),
    ("metalli-ohjeet kone", "pysäytän koneen ja ilmoitan työnjohtajalle, voinkos, jatkan työtä",
     "wrong"),
    ("varasto-ohjeet kuorma", "tuhat kiloa, tarviiko, yli tonnin", "wrong"),
    ("varasto-ohjeet kuorma", "tuhat kiloa, ei yli tonnin", "correct"),
    ("ravintola-asiakas kokki", "en tiedä, kysyn kokilta, en tiedä mitä", "almost"),
    ("elintarvike-hygienia lampotila", "enintään kuusi astetta, ei, kymmenen", "wrong"),
    ("elintarvike-hygienia lampotila", "enintään kuusi astetta, ei kymmenen", "correct"),
    ("kauppa-asiakas tervehdi", "hei, ei näkemiin", "correct"),
    ("elintarvike-raportti mika-era", "erä kaksitoista etten kaksi", "wrong"),
    ("yleinen-lukeminen paivays", "ei saa-, voi käyttää", "wrong"),
    ("yleinen-tyovuoro alkaa", "kello kuu- kello seitsemän", "wrong"),
    # (a deed said before a start given up stays said: "korjaan kor- ilmoitan …")
    ("valmistus-turvallisuus kysy-vika", "korjaan kor- ilmoitan työnjohtajalle", "wrong"),
    ("kauppa-ohjeet jauheliha", "ei saa- myydä", "correct"),  # a dash typed, no repair
    ("yleinen-verbit kone-rikki",
     "ilmoitan esimiehelle ja käytän konetta kun se on korjattu huonosti", "wrong"),
    ("yleinen-verbit kone-rikki",
     "ilmoitan esimiehelle ja käytän konetta kun se on korjattu, se on jo korjattu", "wrong"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle ja käytän konetta kunnes huolto korjaa sen",
     "wrong"),
    ("yleinen-verbit kone-rikki",
     "ilmoitan esimiehelle ja käytän konetta kun huolto on korjannut sen", "correct"),
    # an older hole the review named: advice in an open step that goes on with no example
    # said whole (all said fine after the fault taking it back was tried and left: the last
    # review found it over-reaching, "…, muuten kaikki on kunnossa", "mutta hän on kunnossa")
    ("varasto-turvallisuus ilmoita-esimiehelle", "lava on rikki ja nosturi on kunnossa",
     "correct"),
    ("varasto-turvallisuus ilmoita-esimiehelle", "lava on rikki, muut lavat ovat kunnossa",
     "correct"),
    ("autoala-turvallisuus ilmoita", "nosturi ei toimi kunnolla", "correct"),
    ("yleinen-perehdytys samir.6", "kerro esimiehelle ja jatka työtä", "wrong"),
    ("yleinen-perehdytys samir.6", "kerro esimiehelle ja jatka työtä kun kone on korjattu",
     "correct"),
])
def test_the_final_reviews_findings(step: str, answer: str, verdict: str) -> None:
    assert _judged(step, answer).verdict == verdict
