"""Kinds today's helpers left (issue 12, judge47): a no beside a right answer said to what
the step forbids, the opposite said beside a right report, spoken self-repairs ("eiku",
"tai siis", "anteeksi,"), an order said with nouns alone, "kuinka" in a phrase of "miten".
Fresh answers on the bundled lessons' real steps, each judged otherwise before; beside them
the near wrong ones, which stay as they were."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge.normalise import canonical, normalise
from valkky.testing.table import as_table


# 5. "kuinka" is "miten" in a phrase that begins with it ("kuinka voin auttaa")
@as_table(("step", "answer", "verdict"), [
    ("kauppa-asiakas tervehdi", "kuinka voin auttaa", "correct"),
    ("kauppa-asiakas tervehdi", "huomenta, kuinka voin auttaa?", "correct"),
    ("kauppa-ohjeet asiakas-ovella", "anteeksi, kuinka voin auttaa", "correct"),
    ("hoiva-asukas aamu.6", "kuinka voin auttaa teitä", "correct"),
    # … another person or another verb stays as before
    ("kauppa-asiakas tervehdi", "kuinka voit auttaa", "almost"),
    ("kauppa-asiakas tervehdi", "kuinka voin mennä", "wrong"),
])
def test_kuinka_in_a_phrase_of_miten(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("said", "read"), [
    ("kuinka voin auttaa", "miten voin auttaa"),
    ("kuinka monta", "kuinka monta"),  # the longer phrase stays as said
    ("kuinka paljon se maksaa", "kuinka paljon se maksaa"),
    ("kuinka nukuitte", "miten nukuitte"),
])
def test_kuinka_read_again_as_miten(said: str, read: str) -> None:
    assert canonical(normalise(said)) == canonical(normalise(read))


# 3. spoken self-repairs take back what came before, as a lone "ei," does
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti hoitaja.8", "en nostanut... eiku nostin vähän", "wrong"),
    ("hoiva-raportti hoitaja.8", "en nostanut eiku nostin", "wrong"),
    ("hoiva-raportti hoitaja.8", "en nostanut, ei ku nostin", "wrong"),
    ("hoiva-raportti hoitaja.8", "en nostanut eikun nostin", "wrong"),
    ("hoiva-raportti hoitaja.8", "en nostanut tai siis nostin vähän", "wrong"),
    ("hoiva-raportti hoitaja.8", "en nostanut, siis nostin", "wrong"),
    ("hoiva-raportti hoitaja.8", "en nostanut, anteeksi, nostin", "wrong"),
    ("siivous-kartoitus a1-aika", "seitsemältä eiku kuudelta", "correct"),
    ("siivous-kartoitus a1-aika", "seitsemältä ei kun kuudelta", "correct"),
    ("siivous-kartoitus a1-aika", "seitsemältä tai siis kuudelta", "correct"),
    ("siivous-kartoitus a1-aika", "kuudelta eiku seitsemältä", "wrong"),
    ("siivous-kartoitus a1-aika", "kuudelta, anteeksi, seitsemältä", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle eiku korjaan sen itse", "wrong"),
    ("siivous-ohjeet johto", "korjaan sen itse eiku ilmoitan esimiehelle", "correct"),
    ("siivous-ohjeet johto", "ilmoitan työnjohtajalle eiku esimiehelle", "correct"),
    # … the repair of a wrong answer into the right one stays right
    ("hoiva-raportti hoitaja.8", "nostin eiku en nostanut", "correct"),
    ("hoiva-raportti hoitaja.8", "nostin, anteeksi, en nostanut", "correct"),
    # … a real no with "kun", a courtesy at the start, stay as they were
    ("hoiva-raportti hoitaja.8", "ei kun en nostanut", "correct"),
    ("hoiva-raportti hoitaja.8", "anteeksi, en nostanut", "correct"),
    ("ravintola-ohjeet vuoto", "ei kun kone on rikki", "wrong"),
    # … "siis" as "so": a bare one only after a mark, and no repair where a new verb follows
    # it; inside a clause it is no repair at all (review47)
    ("siivous-ohjeet johto", "käytän sitä, siis ilmoitan esimiehelle", "wrong"),
    ("metalli-ohjeet kone", "jatkan työtä, siis ilmoitan työnjohtajalle", "wrong"),
    ("kauppa-turvallisuus rullakko-rikki", "rullakko on siis rikki", "correct"),
    # … but after a bare no, or with a yes after a no, "siis" turns the no round: the
    # unsafe deed said last (set 34, both trainers wrong; stop 42); a right deed after a
    # bare no stays right
    ("hoiva-raportti hoitaja.8", "en... siis joo, nostin", "wrong"),
    ("hoiva-raportti hoitaja.8", "en, siis nostin", "wrong"),
    ("hoiva-raportti hoitaja.8", "ei, siis kyllä, nostin hänet", "wrong"),
    ("hoiva-raportti hoitaja.8", "en, siis soitin sinulle", "correct"),
    ("hoiva-raportti hoitaja.8", "en nostanut, siis soitin sinulle", "correct"),
])
def test_spoken_self_repairs(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


def test_a_repair_is_the_mistake_said() -> None:
    j = judged_on("hoiva-raportti hoitaja.8", "en nostanut eiku nostin")
    assert (j.verdict, j.reason, j.rule) == ("wrong", "mistake", "repaired")


# 1. a no beside a right answer, said to what the step forbids: going on, an unsafe deed
@as_table(("step", "answer", "verdict"), [
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle enkä käytä sitä", "correct"),
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle ja käytän toista", "correct"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle enkä käytä sitä", "correct"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja käytän toista", "correct"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle, en jatka työtä", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan esimiehelle, en jatka työtä", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan esimiehelle enkä käytä sitä", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan esimiehelle ja käytän toista", "correct"),
    ("siivous-ohjeet ensin", "haen siivouskärryn enkä jätä sitä hätäuloskäynnin eteen",
     "correct"),
    ("siivous-ohjeet ensin", "haen siivouskärryn, en jätä sitä hätäuloskäynnin eteen",
     "correct"),
    ("varasto-ohjeet hylly", "ilmoitan esimiehelle enkä jatka", "correct"),
    # … a no to the answer's own deed, to a measure, using it, a deed after: as before
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle, en ilmoita", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle, en ilmoita", "wrong"),
    ("siivous-ohjeet johto", "en käytä toista, käytän sitä", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "en käytä toista, käytän sitä", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan esimiehelle enkä pysäytä konetta", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja käytän sitä", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja käytän toista kertaa", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja käytän oikein", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle, en käytä sitä vaan jatkan työtä", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle en käytä sitä jatkan työtä", "wrong"),
    ("siivous-ohjeet ensin",
     "haen siivouskärryn enkä jätä sitä hätäuloskäynnin eteen, jätän sen sinne", "wrong"),
    ("siivous-ohjeet ensin", "haen siivouskärryn ja jätän sen hätäuloskäynnin eteen", "almost"),
    # … a no with a limit does the deed in part: not the no to it (review47)
    ("siivous-ohjeet johto", "ilmoitan esimiehelle enkä käytä sitä ilman teippiä", "wrong"),
    ("metalli-ohjeet kone", "ilmoitan työnjohtajalle enkä jatka työtä paitsi hetken", "wrong"),
    ("siivous-ohjeet ensin", "haen siivouskärryn enkä jätä sitä hätäuloskäynnin eteen kauan",
     "wrong"),
])
def test_a_no_to_what_the_step_forbids(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("step", "answer", "verdict"), [
    # a yes after the answer to the deed the answer says no to is the foreseen mistake,
    # though another accepted answer names that deed ("käynnistää koneen": what the sign
    # forbids; stop 38)
    ("valmistus-ohjeet huoltolappu", "en saa käynnistää konetta ja käynnistän", "wrong"),
    ("valmistus-ohjeet huoltolappu", "en saa käynnistää konetta mutta käynnistän sen", "wrong"),
    ("kauppa-asiakas onko-teilla", "ei ole ja on", "wrong"),
    # … not the yes first and the answer after (a self-repair), nor the deed named alone
    ("valmistus-ohjeet huoltolappu", "käynnistän koneen, en käynnistä konetta", "correct"),
    ("valmistus-ohjeet huoltolappu", "käynnistää konetta", "correct"),
    # … nor a noun shared, another deed or place (review_yes)
    ("valmistus-turvallisuus kysy-vika",
     "en käytä konetta ja ilmoitan työnjohtajalle, sammutan koneen", "correct"),
    ("elintarvike-hygienia sairas", "en mene töihin, menen lääkäriin", "correct"),
])
def test_a_yes_to_what_the_answer_says_no_to(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# 2. the opposite said beside (or as) a right report: wrong, the opposite
@as_table(("step", "answer", "verdict", "reason"), [
    ("varasto-kartoitus b1-vika", "hylly on kunnossa", "wrong", "negation"),
    ("varasto-kartoitus b1-vika", "hylly on kunnossa, älä mene sinne", "wrong", "negation"),
    ("varasto-kartoitus b1-vika", "joo hylly on kunnossa", "wrong", "negation"),
    ("autoala-turvallisuus ilmoita", "nosturin lukitus toimii, älä mene auton alle", "wrong",
     "negation"),
    ("autoala-turvallisuus ilmoita", "nosturi on kunnossa, älä mene sinne", "wrong",
     "negation"),
    ("rakennus-kartoitus b1-vika", "telineessä on kaidetta", "wrong", "negation"),
    # … the report with its no, a warning beside it, a yes only asked and answered: kept
    ("varasto-kartoitus b1-vika", "hylly ei ole kunnossa", "correct", None),
    ("varasto-kartoitus b1-vika", "hylly ei ole kunnossa, älä mene sinne", "correct", None),
    ("varasto-kartoitus b1-vika", "hylly on vinossa, älä mene sinne", "correct", None),
    ("yleinen-lukeminen allergeeni", "sopii, ei", "correct", None),
])
def test_the_opposite_of_a_report(step: str, answer: str, verdict: str,
                                  reason: str | None) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason) == (verdict, reason)


def test_the_opposite_is_shown_the_report() -> None:
    j = judged_on("varasto-kartoitus b1-vika", "hylly on kunnossa")
    assert j.closest == "hylly ei ole kunnossa"


# 2. … the opposite said beside another right report, or "we" going to work when ill
@as_table(("step", "answer", "verdict"), [
    ("kauppa-kartoitus b1-vika", "maitokaappi on kylmä, jogurtit ovat lämpimiä", "wrong"),
    ("kauppa-kartoitus b1-vika", "jogurtit ovat lämpimiä, maitokaappi on kylmä", "wrong"),
    ("elintarvike-hygienia sairas", "jään kotiin ja menemme töihin", "wrong"),
    # … a no said first before a yes, the report itself, a foreseen mistake: as before
    ("kauppa-kartoitus b1-vika", "maitokaappi ei ole kylmä, jogurtit ovat lämpimiä",
     "correct"),
    ("ravintola-raportti antti.4", "ei, huomasin ajoissa", "correct"),
])
def test_the_opposite_beside_another_report(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


def test_a_foreseen_mistake_keeps_its_reply() -> None:
    j = judged_on("autoala-turvallisuus ilmoita", "nosturin lukitus on kunnossa")
    assert (j.verdict, j.reason) == ("wrong", "mistake")


# 4. an order said with nouns alone, as an accepted answer says it in full
@as_table(("step", "answer", "verdict"), [
    ("kauppa-kartoitus a2-ensin", "laatikko ensin, sitten tuotteet", "correct"),
    ("kauppa-kartoitus a2-ensin", "ensin laatikko, sitten tuotteet hyllyyn", "correct"),
    ("kauppa-kartoitus a2-ensin", "ensin laatikko sitten hylly", "correct"),
    # … the other order, a noun of neither part, another step's order: as before
    ("kauppa-kartoitus a2-ensin", "tuotteet ensin, sitten laatikko", "wrong"),
    ("kauppa-kartoitus a2-ensin", "ensin hylly sitten laatikko", "wrong"),
    ("kauppa-kartoitus a2-ensin", "ensin laatikko sitten veitsi", "almost"),
    ("valmistus-kartoitus a2-ensin", "tarra ensin, sitten ruuvit", "wrong"),
    ("valmistus-kartoitus a2-ensin", "laatikko ensin, sitten tuotteet", "wrong"),
])
def test_an_order_in_nouns(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# 3. … a spoken marker before a no that takes nothing back is no word of the answer; a
# repair into a wrong mistake is that mistake
@as_table(("step", "answer", "verdict"), [
    ("siivous-ohjeet johto", "ilmoitan esimiehelle eiku en korjaa sitä itse", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan esimiehelle tai siis en korjaa sitä itse",
     "correct"),
    ("siivous-ohjeet johto", "korjaan sen itse eiku en ilmoita", "wrong"),
    ("ravintola-hygienia allergia", "minä kysyn eiku en tiedä", "wrong"),
    ("ravintola-hygienia allergia", "minä kysyn, anteeksi, en tiedä", "wrong"),
])
def test_a_marker_that_takes_nothing_back(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
