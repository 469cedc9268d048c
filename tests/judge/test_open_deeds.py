"""A step's wrong deed said positively inside an open answer (issue 12, safety;
judge/open_deeds.py): "ei se mitään, voit mennä auton alle" passed as right on the open step
whose foreseen mistake it says. Fresh answers on real open steps of lessons/: those that say
the deed positively (after a courtesy, as a command, with "voit" or "saa") were right before
and are the mistake now; the deed under a no, reported, asked, and the right answer alone or
with a courtesy stay as they were."""

from __future__ import annotations

from tests.judge.agreement import tasks
from tests.judge.golden import step_arguments
from valkky.judge import Judgement, judge
from valkky.testing.table import check_rows


def _judged(step: str, answer: str) -> Judgement:
    task, options = tasks()[step]
    return judge(answer, task.accept, **step_arguments(task, options))


# (step, answer, verdict, the mistake matched): each was correct before
SAID = [
    ("autoala-raportti jere", "ei se mitään voit mennä auton alle", "wrong",
     "voit mennä auton alle"),
    ("autoala-raportti jere", "ei se mitään, mene vaan auton alle", "wrong", None),
    ("autoala-raportti jere", "ei se mitään, menet vaan alle", "wrong", "mene vaan alle"),
    ("autoala-raportti jere", "ei se haittaa, tunkki riittää", "wrong", "tunkki riittää"),
    ("autoala-raportti jere", "ei se mitään jere, voit mennä auton alle ilman tukipukkeja",
     "wrong", "voit mennä auton alle"),
    ("ravintola-raportti noora", "ei se haittaa käytä samaa lautaa", "wrong",
     "käytä samaa lautaa"),
    ("ravintola-raportti noora", "ei se haittaa, voit leikata salaatin samalla laudalla",
     "wrong", "samalla laudalla voi leikata"),
    ("ravintola-raportti noora", "ei se haittaa, pese kädet", "almost", "pese kädet"),
    ("yleinen-perehdytys samir.6", "ei se haittaa, korjaa se itse", "wrong", None),
    ("yleinen-perehdytys samir.6", "ei se haittaa, korjaa se itse kysymättä", "wrong", None),
    ("metalli-raportti ville", "ei se haittaa, pidä hanskat kädessä", "wrong", None),
    ("metalli-raportti ville", "ei se haittaa hyvä kun sinulla on hanskat", "wrong", None),
    ("hoiva-raportti elias.4", "ei se haittaa, voit nostaa hänet sänkyyn", "wrong", None),
    ("rakennus-raportti uusi", "ei se haittaa mene telineelle ilman kypärää", "wrong",
     "mene ilman kypärää"),
    ("rakennus-raportti timo.8", "ei se mitään, minä korjaan telineen itse", "wrong", None),
    ("elintarvike-raportti anna", "ei se haittaa, sormus saa olla sormessa", "wrong",
     "sormus saa olla"),
    ("valmistus-raportti neuvo", "ei se haittaa, vedä se nopeasti pois", "wrong", None),
    ("varasto-raportti kari.6", "ei se haittaa, heitin sen pois", "wrong", "heitin sen pois"),
    ("ravintola-raportti noora", "ei se haittaa käytä samaa leikkuulautaa", "wrong",
     "käytä samaa lautaa"),  # the mistake's word as a compound's head
    ("elintarvike-raportti pirjo.6", "ei se mitään, laitoin paketin takaisin linjalle", "wrong",
     "laitoin paketin takaisin linjalle"),  # ("takaisin" is also a verb's form)
    # a mistake of two clauses, each said
    ("hoiva-raportti raportti", "aino kaatui aamulla ja nostin hänet yksin sänkyyn", "wrong",
     "aino kaatui mutta nostin hänet yksin sänkyyn"),
    # a deed of the lexicon's list (unsafe_more.UNSAFE_DEEDS) no mistake of the step says
    ("yleinen-perehdytys samir.8", "ei se mitään, ota suojalasit pois", "wrong", None),
    ("yleinen-perehdytys samir.8", "käytä suojalaseja ja jätä kone päälle", "almost", None),
    # a no on one verb is not the next verb's (the second review of judge26)
    ("ravintola-raportti noora", "älä hätäile, käytä samaa lautaa", "wrong",
     "käytä samaa lautaa"),
    ("autoala-raportti jere", "ei se mitään tunkki ei luista mene vaan alle", "wrong",
     "mene vaan alle"),
]


def test_a_deed_said_positively_is_the_mistake() -> None:
    def check(row: tuple[str, str, str, str | None]) -> None:
        step, answer, verdict, matched = row
        j = _judged(step, answer)
        assert j.verdict == verdict, (j.verdict, j.reason, j.rule)
        assert j.rule == "open_answer"
        if matched is not None:
            assert j.matched == matched


    check_rows(SAID, check, name=lambda row: f"{row[0]}: {row[1]}")


# (step, answer, verdict as before): the deed under a no, reported, asked, qualified by the
# step's topic; the right answer alone or with a courtesy
KEPT = [
    ("autoala-raportti jere", "ei se mitään, älä mene auton alle", "correct"),
    ("autoala-raportti jere", "et saa mennä auton alle ilman tukipukkeja", "correct"),
    ("autoala-raportti jere", "jere meni auton alle ilman tukipukkeja", "correct"),
    ("autoala-raportti jere", "jere sanoi että tunkki riittää mutta se ei ole totta", "correct"),
    ("autoala-raportti jere", "miksi voit mennä auton alle ilman tukipukkeja", "correct"),
    ("autoala-raportti jere", "ei se mitään, laita aina tukipukit", "correct"),
    ("autoala-raportti jere", "voit mennä auton alle kun tukipukit ovat paikallaan", "correct"),
    ("ravintola-raportti noora", "älä käytä samaa lautaa", "correct"),
    ("ravintola-raportti noora", "ei se haittaa, älä käytä samaa lautaa", "correct"),
    ("ravintola-raportti noora", "sama lauta ei käy, ota toinen", "correct"),
    ("ravintola-raportti noora", "käytä samaa lautaa kun olet pessyt sen", "correct"),
    ("hoiva-raportti elias.4", "älä nosta yksin, pyydä apua", "correct"),
    ("hoiva-raportti elias.4", "ei saa nostaa yksin, hälytä hoitaja", "correct"),
    ("hoiva-raportti elias.4", "hoitaja nosti hänet", "correct"),
    ("hoiva-raportti elias.4", "ei hätää, hälytä hoitaja", "correct"),
    ("hoiva-raportti elias.4", "nosta hänet nostolaitteella", "correct"),
    ("metalli-raportti ville", "hyvä että käytät käsineitä mutta ota ne pois nyt", "correct"),
    ("metalli-raportti ville", "sinulla on hyvät hanskat mutta ota ne pois", "correct"),
    ("metalli-raportti ville", "älä pidä hanskoja kun poraat", "correct"),
    # the mistake's words over two clauses with no join: "laita hanskat käteen" unsaid
    ("metalli-raportti ville", "ota hanskat pois, voit laittaa ne käteen kun lopetat",
     "correct"),
    ("siivous-raportti hassan", "älä sekoita niitä", "correct"),
    ("siivous-raportti hassan", "ei saa sekoittaa pesuaineita", "correct"),
    ("yleinen-perehdytys samir.6", "älä korjaa sitä itse, kerro esimiehelle", "correct"),
    ("yleinen-perehdytys samir.6", "voi voi, kerro esimiehelle", "correct"),
    ("yleinen-perehdytys samir.8", "joku otti kypärän pois", "correct"),
    ("yleinen-perehdytys samir.8", "älä ota kypärää pois", "correct"),
    ("rakennus-raportti uusi", "et saa mennä ilman kypärää", "correct"),
    ("rakennus-raportti uusi", "ei hätää, laita kypärä päähän", "correct"),
]


def test_a_deed_denied_reported_or_asked_stays() -> None:
    def check(row: tuple[str, str, str]) -> None:
        step, answer, verdict = row
        assert _judged(step, answer).verdict == verdict

    check_rows(KEPT, check, name=lambda row: f"{row[0]}: {row[1]}")


# (step, answer): safe answers a clause of which has a mistake's words, right before and
# still (the review of issue 12's rule, and fresh ones): not the mistake's deed said
SAFE = [
    # "yhdessä" is no "yksin" (a numeral's base, yksi, for both)
    ("yleinen-perehdytys samir.8", "nostakaa yhdessä"),
    ("yleinen-perehdytys samir.8", "nostetaan yhdessä"),
    ("hoiva-raportti elias.4", "hälytä hoitaja sitten nostatte hänet yhdessä"),
    # a mistake's word said as left out
    ("metalli-raportti ville", "käytä porakonetta ilman hanskoja"),
    ("metalli-raportti ville", "poraa aina ilman käsineitä"),
    ("hoiva-raportti elias.2", "älä laita häntä tuoliin ilman jarruja"),
    ("hoiva-raportti elias.2", "älä jätä tuolia ilman jarruja"),
    # a bare infinitive, no modal: no deed said
    ("autoala-raportti jere", "kielletty mennä auton alle ilman tukipukkeja"),
    ("autoala-raportti jere", "turha mennä auton alle ilman tukipukkeja"),
    ("autoala-raportti jere", "vaarallista mennä auton alle ilman tukipukkeja"),
    # a contracted no
    ("yleinen-perehdytys samir.6", "kerro esimiehelle äläkä korjaa sitä itse"),
    ("autoala-raportti jere", "muista ettet mene auton alle ilman tukipukkeja"),
    ("rakennus-raportti uusi", "muista ettet mene ilman kypärää"),
    ("autoala-raportti jere", "laita tukipukit äläkä mene auton alle ilman niitä"),
    # a place or state the mistake does not say
    ("metalli-raportti ville", "pidä hanskat taskussa"),
    ("metalli-raportti ville", "pidä hanskat laatikossa"),
    ("metalli-raportti ville", "hanskat pois käytä suojalaseja"),
    ("metalli-raportti ville", "käsineet pois ja käytä suojalaseja"),
    ("elintarvike-raportti anna", "pidä sormus kaapissa"),
    ("elintarvike-raportti anna", "pidä sormus laukussa"),
    # the step's topic said before, the deed for later
    ("autoala-raportti jere", "tukipukit ensin ja sitten voit mennä auton alle"),
    ("autoala-raportti jere", "laita ensin tukipukit ja sitten mene auton alle"),
    ("valmistus-raportti sari.8", "lukitaan kone ja vedetään laatikko pois"),
    ("ravintola-raportti noora", "ota uusi lauta ja pese kädet"),
    ("metalli-raportti ville", "käytä hanskoja vasta kun pora on pysähtynyt"),
    ("metalli-raportti ville", "käytä käsineitä vasta kun kone on pysähtynyt"),
    # a no negates the verb it stands before, not the next (the second review of judge26)
    ("yleinen-perehdytys samir.8", "älä ole huolissasi, käytä suojalaseja"),
    ("autoala-raportti jere", "älä mene auton alle käytä tukipukkeja"),
    ("ravintola-raportti noora", "älä käytä samaa lautaa vaihda lauta"),
    ("ravintola-raportti noora", "älä tee sitä, pese lauta"),  # ("tee" is also tea)
    ("hoiva-raportti elias.2", "älä nosta häntä laita jarruja päälle"),
    ("hoiva-raportti elias.2", "älä ole huolissasi, laita jarrut päälle"),
    ("valmistus-raportti neuvo", "älä laita kättä koneeseen kerro työnjohtajalle"),
    ("siivous-raportti asiakas.6", "älä siivoa sitä itse kerro esimiehelle"),
    ("siivous-raportti asiakas.6", "älä hätäile, kerro asiasta esimiehelle"),
    ("hoiva-raportti elias.4", "älä hätäile, pyydä apua"),
    ("yleinen-perehdytys samir.6", "älä odota soita esimiehelle"),
    # ... but a modal's no is its infinitive's, and a verb after a verb is its own
    ("rakennus-raportti uusi", "et saa ikinä ottaa kypärää pois"),
    ("autoala-raportti jere", "et saa koskaan mennä auton alle"),
    ("valmistus-raportti neuvo", "älä odota paina hätäseis"),
    ("varasto-raportti kari.2", "älä ole huolissasi, kuorma tuli mutta yksi lava oli rikki"),
    # a condition said after the deed (the second review of judge26): as before open_deeds
    ("rakennus-raportti uusi", "voit ottaa kypärän pois kun lähdet työmaalta"),
    ("metalli-raportti ville", "laita hanskat käteen kun pora on pysähtynyt"),
    ("metalli-raportti ville", "voit laittaa hanskat käteen sen jälkeen kun olet porannut"),
    ("yleinen-perehdytys samir.8", "juokse nopeasti ulos jos on tulipalo"),
    ("rakennus-raportti uusi", "kypärän saa ottaa pois kunhan olet taukotilassa"),
]


def test_a_safe_answer_with_a_mistakes_words_stays_right() -> None:
    def check(row: tuple[str, str]) -> None:
        j = _judged(*row)
        assert (j.verdict, j.rule) == ("correct", "open_answer"), (j.verdict, j.reason)

    check_rows(SAFE, check, name=lambda row: f"{row[0]}: {row[1]}")
