"""Issue 12, judge52: the order of deeds (the question's later deed, later_deed.py), another
doer of the refused deed (other_doer.py), an unsafe permission beside a right answer
(permission.py), a deed that waits for a condition (as on main), and a number with
a front part ("puolikuusi", word_rules.compound_modifier). Each table was probed on the
bundled lessons' real steps before the change; a row notes the verdict it had on main where
it moved. Right and wrong cases side by side: a rule that read too much or too little fails
a row."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge.later_deed import later_deed_of
from valkky.judge.permission import permitted_mistake
from valkky.testing.table import as_table


@as_table(("question", "later"), [
    ("Kuuntele. Laita ensin tukipukit ja irrota sitten renkaat. Mitä teet ensin?",
     "irrota renkaat"),
    ("Kuuntele. Pese ensin kädet ja laita sitten suojatakki päälle. Mitä teet ensin?",
     "laita suojatakki päälle"),
    ("Hae ensin kärry. Sitten pyyhi pöydät. Mitä teet ensin?", "pyyhi pöydät"),
    ("Mitä teet ensin?", ""),
    # (judge52fix, review52: only where a question asks what comes first; no question read)
    ("Hae ensin kärry. Sitten pyyhi pöydät.", ""),
    ("Laita ensin tukipukit ja irrota sitten renkaat.", ""),
    ("Mitä teet ensin ja mitä sitten?", ""),
    ("Kuuntele. Mitä teet ensin ja mitä sitten? Mitä teet ensin?", ""),
    ("Hae ensin kärry. Sitten mitä? Mitä teet ensin?", ""),
    ("Laita ensin hiusverkko ja suojatakki.", ""),  # one deed, two things: no order
])
def test_the_later_deed_is_read_from_the_question(question: str, later: str) -> None:
    assert later_deed_of(question) == later


# (a state still before the later deed is no later deed said: judge52's own review)
@as_table(("step", "answer", "verdict"), [
    ("autoala-kartoitus a2-ensin",
     "kun auto on ylhäällä ja renkaat ovat vielä kiinni, laitan tukipukit", "almost"),
    ("autoala-kartoitus a2-ensin", "laitan tukipukit, renkaat ovat vielä paikallaan", "correct"),
    ("autoala-kartoitus a2-ensin", "laitan tukipukit renkaiden lähelle", "correct"),
])
def test_a_state_before_the_later_deed(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# 1. the later deed in a kun clause, before jälkeen, in other words, first: wrong; after
# (ennen kuin, sitten): the rest judged alone
@as_table(("step", "answer", "verdict"), [
    ("autoala-kartoitus a2-ensin",
     "kun irrotan renkaat, laitan tukipukit", "wrong"),  # was correct
    ("autoala-kartoitus a2-ensin",
     "kun olen irrottanut renkaat, laitan tukipukit", "wrong"),  # was almost
    ("autoala-kartoitus a2-ensin",
     "sitten kun renkaat on irrotettu, laitan tukipukit", "wrong"),  # was almost
    ("autoala-kartoitus a2-ensin",
     "kunhan renkaat on irti, laitan tukipukit", "wrong"),  # was correct
    ("autoala-kartoitus a2-ensin",
     "otan renkaat irti ja laitan tukipukit", "wrong"),  # was correct
    ("autoala-kartoitus a2-ensin", "otan renkaat pois ja sitten laitan tukipukit", "wrong"),
    ("autoala-kartoitus a2-ensin",
     "laitan tukipukit renkaiden irrottamisen jälkeen", "wrong"),  # was correct
    ("autoala-kartoitus a2-ensin",
     "ennen kuin irrotan renkaat, laitan tukipukit", "correct"),  # was wrong
    ("autoala-kartoitus a2-ensin",
     "laitan tukipukit ennen kuin irrotan renkaat", "correct"),  # was almost
    ("autoala-kartoitus a2-ensin", "laitan tukipukit ja sitten irrotan renkaat", "correct"),
    ("autoala-kartoitus a2-ensin", "ensin tukipukit", "correct"),
    ("autoala-kartoitus a2-ensin",
     "laitan tukipukit kun renkaat on irti", "wrong"),  # was correct
    ("autoala-kartoitus a2-ensin",
     "laitan tukipukit kun olen irrottanut renkaat", "wrong"),  # was almost
    ("autoala-kartoitus a2-ensin",
     "laitan tukipukit sen jälkeen kun renkaat on irrotettu", "wrong"),  # was almost
    ("autoala-kartoitus a2-ensin", "renkaiden irrotuksen jälkeen laitan tukipukit", "wrong"),
    ("autoala-kartoitus a2-ensin", "kun auto on nostettu, laitan tukipukit", "correct"),
    ("autoala-kartoitus a2-ensin", "kun nostan auton, laitan tukipukit", "correct"),
    ("autoala-kartoitus a2-ensin", "laitan tukipukit ja irrotan sitten renkaat", "correct"),
    ("ravintola-kartoitus a2-ensin", "kun olen leikannut sipulit, pesen laudan", "wrong"),
    ("ravintola-kartoitus a2-ensin",
     "kun leikkaan sipulit, pesen laudan", "wrong"),  # was correct
    ("ravintola-kartoitus a2-ensin", "pilkon sipulit ja pesen laudan", "wrong"),
    ("ravintola-kartoitus a2-ensin",
     "pesen laudan sipulien leikkaamisen jälkeen", "wrong"),  # was correct
    ("ravintola-kartoitus a2-ensin",
     "ennen kuin leikkaan sipulit, pesen laudan", "correct"),  # was wrong
    ("ravintola-kartoitus a2-ensin", "pesen laudan ja sitten leikkaan sipulit", "correct"),
    ("ravintola-kartoitus a2-ensin",
     "pesen laudan kun sipulit on leikattu", "wrong"),  # was correct
    ("metalli-kartoitus a2-ensin", "teen reiän ja mittaan sitten", "wrong"),
    ("metalli-kartoitus a2-ensin", "poraan reiän ja mittaan sitten", "wrong"),
    ("metalli-kartoitus a2-ensin", "kun olen porannut reiän, mittaan kappaleen", "wrong"),
    ("metalli-kartoitus a2-ensin",
     "mittaan kappaleen reiän poraamisen jälkeen", "wrong"),  # was correct
    ("metalli-kartoitus a2-ensin", "ennen kuin poraan, mittaan kappaleen", "correct"),
    ("metalli-kartoitus a2-ensin", "mittaan kappaleen ja sitten poraan reiän", "correct"),
    ("metalli-kartoitus a2-ensin",
     "mittaan kappaleen kun reikä on tehty", "wrong"),  # was correct
    ("elintarvike-kartoitus a2-ensin", "kun olen laittanut suojatakin, pesen kädet", "wrong"),
    ("elintarvike-kartoitus a2-ensin", "puen suojatakin ja pesen kädet", "wrong"),
    ("elintarvike-kartoitus a2-ensin",
     "pesen kädet suojatakin laittamisen jälkeen", "wrong"),  # was correct
    ("elintarvike-kartoitus a2-ensin",
     "pesen kädet ennen kuin laitan suojatakin", "correct"),  # was wrong
    ("elintarvike-kartoitus a2-ensin",
     "kun suojatakki on päällä, pesen kädet", "wrong"),  # was correct
    ("siivous-kartoitus a2-ensin",
     "kun olen laimentanut pesuaineen, laitan käsineet", "wrong"),  # was almost
    ("siivous-kartoitus a2-ensin", "sekoitan pesuaineen ja laitan käsineet", "wrong"),
    ("siivous-kartoitus a2-ensin",
     "laitan käsineet kun pesuaine on laimennettu", "wrong"),  # was correct
    ("siivous-kartoitus a2-ensin",
     "laitan käsineet ennen kuin laimennan pesuaineen", "correct"),  # was wrong
    ("hoiva-kartoitus a2-ensin",
     "kun olen antanut lääkkeen, autan asukkaan istumaan", "wrong"),  # was almost
    ("hoiva-kartoitus a2-ensin", "annan lääkkeen ja autan istumaan", "wrong"),
    ("hoiva-kartoitus a2-ensin",
     "autan istumaan lääkkeen antamisen jälkeen", "wrong"),  # was correct
    ("hoiva-kartoitus a2-ensin",
     "ennen kuin annan lääkkeen, autan asukkaan istumaan", "correct"),  # was almost
    ("hoiva-kartoitus a2-ensin",
     "autan asukkaan istumaan kun lääke on annettu", "wrong"),  # was correct
    ("kauppa-kartoitus a2-ensin",
     "kun olen laittanut tuotteet hyllyyn, avaan laatikon", "wrong"),  # was almost
    ("kauppa-kartoitus a2-ensin", "hyllytän tuotteet ja avaan laatikon", "wrong"),
    ("kauppa-kartoitus a2-ensin", "avaan laatikon ja sitten hyllytän tuotteet", "correct"),
    ("varasto-kartoitus a2-ensin",
     "kun olen vienyt lavan laiturille, haen pumppukärryn", "wrong"),
    ("varasto-kartoitus a2-ensin", "haen pumppukärryn ja vien lavan laiturille", "correct"),
    ("valmistus-kartoitus a2-ensin",
     "kun olen laittanut tarran, kiinnitän ruuvit", "wrong"),  # was almost
    ("valmistus-kartoitus a2-ensin", "tarroitan ja kiinnitän ruuvit", "wrong"),
    ("rakennus-kartoitus a2-ensin", "kun olen hakenut vasaran, tuon tikkaat", "wrong"),
    ("rakennus-kartoitus a2-ensin", "haen vasaran ja tuon tikkaat", "wrong"),  # was correct
    ("autoala-kartoitus a2-ensin", "laitan tukipukit", "correct"),
    ("autoala-kartoitus a2-ensin",
     "ensin laitan tukipukit ja sitten irrotan renkaat", "correct"),
    ("autoala-kartoitus a2-ensin", "laitan ensin tukipukit sitten irrotan renkaat", "correct"),
    ("autoala-kartoitus a2-ensin", "kun irrotan renkaat laitan ensin tukipukit", "correct"),
    ("autoala-kartoitus a2-ensin",
     "kun irrotan renkaat laitan tukipukit", "wrong"),  # was correct
    ("autoala-kartoitus a2-ensin", "irrotan renkaat ja laitan tukipukit", "wrong"),
    ("autoala-kartoitus a2-ensin", "irrotan renkaat", "wrong"),
    ("autoala-kartoitus a2-ensin", "renkaat", "wrong"),
    ("autoala-kartoitus a2-ensin", "ensin renkaat sitten tukipukit", "wrong"),
    ("autoala-kartoitus a2-ensin", "tukipukit ensin sitten renkaat", "correct"),  # was wrong
    ("autoala-kartoitus a2-ensin",
     "laitan tukipukit ja sen jälkeen irrotan renkaat", "correct"),
    ("autoala-kartoitus a2-ensin",
     "kun tukipukit on paikallaan irrotan renkaat", "correct"),  # was wrong
    ("autoala-kartoitus a2-ensin", "laitan tukipukit, en irrota renkaita vielä", "wrong"),
    ("autoala-kartoitus a2-ensin", "en irrota renkaita ennen kuin laitan tukipukit", "wrong"),
    ("autoala-kartoitus a2-ensin", "laitan tukipukit ennen renkaiden irrottamista", "correct"),
    ("autoala-kartoitus a2-ensin",
     "laitan tukipukit heti kun renkaat on irti", "wrong"),  # was almost
    ("autoala-kartoitus a2-ensin",
     "laitan tukipukit vasta kun renkaat on irrotettu", "wrong"),  # was almost
    ("autoala-kartoitus a2-ensin",
     "laitan tukipukit paikalleen ja irrotan sitten pyörät", "correct"),
    ("ravintola-kartoitus a2-ensin",
     "pesen leikkuulaudan ja sitten leikkaan sipulit", "correct"),
    ("ravintola-kartoitus a2-ensin", "pesen laudan, sitten sipulit", "correct"),
    ("ravintola-kartoitus a2-ensin", "leikkaan sipulit ja pesen sitten laudan", "wrong"),
    ("elintarvike-kartoitus a2-ensin", "pesen kädet ja laitan sitten suojatakin", "correct"),
    ("elintarvike-kartoitus a2-ensin", "pesen kädet ja puen suojatakin", "correct"),
    ("elintarvike-kartoitus a2-ensin", "laitan suojatakin ja pesen kädet", "wrong"),
    ("elintarvike-kartoitus a2-ensin",
     "pesen kädet kun suojatakki on päällä", "wrong"),  # was correct
    ("siivous-kartoitus a2-ensin", "laitan käsineet käteen ja laimennan pesuaineen", "correct"),
    ("siivous-kartoitus a2-ensin", "laimennan pesuaineen ja laitan käsineet käteen", "wrong"),
    ("siivous-kartoitus a2-ensin",
     "laitan käsineet käteen kun olen laimentanut pesuaineen", "wrong"),  # was almost
    ("hoiva-kartoitus a2-ensin", "autan asukkaan istumaan ja annan sitten lääkkeen", "correct"),
    ("hoiva-kartoitus a2-ensin", "annan lääkkeen kun asukas istuu", "wrong"),
    ("hoiva-kartoitus a2-ensin", "kun asukas istuu annan lääkkeen", "wrong"),
    ("hoiva-kartoitus a2-ensin", "autan istumaan ja sitten lääke", "correct"),
    ("kauppa-kartoitus a2-ensin", "avaan laatikon ja laitan tuotteet hyllyyn", "correct"),
    ("kauppa-kartoitus a2-ensin",
     "laitan tuotteet hyllyyn ja avaan laatikon", "wrong"),  # was correct
    ("kauppa-kartoitus a2-ensin",
     "avaan ensin laatikon, sitten laitan tuotteet hyllyyn", "correct"),
    ("varasto-kartoitus a2-ensin", "vien lavan laiturille ja haen pumppukärryn", "wrong"),
    ("valmistus-kartoitus a2-ensin", "kiinnitän ruuvit ja laitan sitten tarran", "correct"),
    ("valmistus-kartoitus a2-ensin", "laitan tarran ja kiinnitän ruuvit", "wrong"),
    ("metalli-kartoitus a2-ensin", "mittaan kappaleen ennen poraamista", "correct"),
    ("metalli-kartoitus a2-ensin", "mittaan ensin kappaleen ja poraan reiän", "correct"),
    ("metalli-kartoitus a2-ensin", "poraan reiän", "wrong"),
    ("rakennus-kartoitus a2-ensin", "tuon tikkaat ja sitten haen vasaran", "correct"),
    ("rakennus-kartoitus a2-ensin", "tikkaat ensin ja sitten vasara", "correct"),  # was almost
])
def test_the_later_deed_said_first_is_wrong(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# 2. someone else doing the refused deed: wrong; a repairer, one the answers call, another
# deed: as before
@as_table(("step", "answer", "verdict"), [
    ("valmistus-ohjeet huoltolappu",
     "en käynnistä konetta, mutta työkaveri käynnistää sen", "wrong"),  # was correct
    ("valmistus-ohjeet huoltolappu",
     "en käynnistä konetta mutta työkaveri käynnistää sen", "wrong"),  # was correct
    ("valmistus-ohjeet huoltolappu",
     "en käynnistä konetta, työkaveri käynnistää sen", "wrong"),  # was correct
    ("valmistus-ohjeet huoltolappu",
     "en käynnistä sitä, kaveri käynnistää", "wrong"),  # was correct
    ("valmistus-ohjeet huoltolappu", "en käytä sitä, kaveri käyttää", "wrong"),  # was correct
    ("valmistus-ohjeet huoltolappu",
     "en käytä konetta, työkaveri käyttää sitä", "wrong"),  # was almost
    ("valmistus-ohjeet huoltolappu", "minä en käynnistä, Pekka käynnistää", "wrong"),
    ("valmistus-ohjeet huoltolappu", "en käynnistä konetta, esimies korjaa sen", "correct"),
    ("valmistus-ohjeet huoltolappu",
     "en käynnistä konetta, korjaaja korjaa sen ensin", "almost"),
    ("valmistus-ohjeet huoltolappu",
     "en käynnistä konetta, huoltomies käynnistää sen kun se on korjattu", "almost"),  # as main
    ("valmistus-ohjeet huoltolappu", "en käytä sitä, esimies korjaa sen", "almost"),
    ("valmistus-ohjeet huoltolappu", "en käynnistä, työkaveri laittaa sen päälle", "wrong"),
    ("valmistus-ohjeet huoltolappu",
     "en käynnistä konetta mutta kaveri saa käynnistää sen", "wrong"),
    ("valmistus-ohjeet huoltolappu",
     "en käynnistä konetta ja sanon ettei kukaan muukaan käynnistä", "almost"),
    ("siivous-ohjeet johto", "en käytä sitä, kaveri käyttää", "wrong"),
    ("siivous-ohjeet johto", "en käytä imuria mutta työkaveri käyttää sitä", "wrong"),
    ("siivous-ohjeet johto", "en käytä sitä, esimies korjaa sen", "wrong"),
    ("siivous-ohjeet johto", "en käytä sitä, työkaveri imuroi sillä", "wrong"),
    ("siivous-ohjeet johto",
     "en käytä sitä ja ilmoitan esimiehelle, kaveri käyttää sitä", "wrong"),
    ("siivous-ohjeet johto", "en korjaa sitä itse, työkaveri korjaa sen", "wrong"),
    ("siivous-ohjeet johto", "en korjaa sitä itse, sähkömies korjaa sen",
     "almost"),  # stop 42: the learner's part alone (rules.repairers_deed)
    ("rakennus-ohjeet sahkotila", "en mene sisään, mutta työkaveri menee", "wrong"),
    ("rakennus-ohjeet sahkotila", "minä en mene, Pekka menee", "wrong"),
    ("rakennus-ohjeet sahkotila", "en mene sisään, kaveri menee sinne", "wrong"),
    # (judge53: the one the step's answers name, or a repairer, doing the deed the learner
    # leaves to them, where the learner's own part alone is right: correct)
    ("rakennus-ohjeet sahkotila", "en mene sisään, sähköasentaja menee", "correct"),
    ("rakennus-ohjeet sahkotila", "en mene, työkaveri avaa oven", "correct"),
    ("rakennus-ohjeet sahkotila", "en mene sisään, työkaveri hakee sähköasentajan", "correct"),
    ("rakennus-ohjeet sahkotila", "en mene sisään, kaveri soittaa sähköasentajalle", "wrong"),
    ("hoiva-raportti hoitaja.8", "en nostanut, työkaveri nosti hänet", "almost"),
    ("hoiva-raportti hoitaja.8", "en nostanut yksin, työkaveri auttoi", "correct"),
    ("hoiva-raportti hoitaja.8", "en nostanut, kaveri nosti yksin", "almost"),
    ("yleinen-verbit kone-rikki", "en käytä sitä, kaveri käyttää", "wrong"),
    ("yleinen-verbit kone-rikki", "en korjaa itse, työkaveri korjaa", "wrong"),
    ("yleinen-verbit kone-rikki",
     "ilmoitan esimiehelle, en käytä konetta, kaveri käyttää", "wrong"),
    ("yleinen-verbit kone-rikki", "en käytä konetta, asentaja korjaa sen", "wrong"),
    ("valmistus-turvallisuus kysy-vika",
     "en käytä konetta, työkaveri käyttää sitä, ilmoitan työnjohtajalle", "wrong"),  # was almost
    ("valmistus-turvallisuus kysy-vika", "en korjaa sitä itse, työkaveri korjaa", "wrong"),
    ("valmistus-turvallisuus kysy-vika",
     "en korjaa sitä itse, ilmoitan työnjohtajalle ja asentaja korjaa", "correct"),  # judge53
    ("kauppa-raportti napistys.8", "en mene, mutta kaveri menee", "wrong"),
    ("kauppa-raportti napistys.8", "selvä, en mene, vartija menee", "wrong"),
    # (judge52fix, review52: "mennä" the deed, "joku (muu)" a doer, "tekee sen" the deed)
    ("rakennus-ohjeet sahkotila", "en mene sisään, mutta Pekka menee", "wrong"),  # was correct
    ("rakennus-ohjeet sahkotila", "en mene sisään, odotan sähköasentajaa", "correct"),
    ("valmistus-ohjeet huoltolappu",
     "en käynnistä konetta, mutta joku käynnistää sen", "wrong"),  # was correct
    ("valmistus-ohjeet huoltolappu", "en käynnistä konetta, mutta joku muu käynnistää sen",
     "wrong"),
    ("valmistus-ohjeet huoltolappu",
     "en käynnistä konetta, mutta työkaveri tekee sen", "wrong"),  # was almost
    ("valmistus-ohjeet huoltolappu",
     "en käynnistä konetta, työkaveri tekee sitä", "wrong"),  # was correct
    ("valmistus-ohjeet huoltolappu", "en käynnistä konetta, huoltomies tekee sen", "correct"),
    ("valmistus-ohjeet huoltolappu", "en käynnistä konetta, joku korjaa sen", "correct"),
    ("valmistus-ohjeet huoltolappu", "en käynnistä konetta, kysyn joltakulta", "correct"),
])
def test_another_doing_the_refused_deed(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# 3. a permission of a wrong foreseen mistake beside a right answer: that mistake
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti elias.4", "hälytä hoitaja, jarrut voi ottaa pois", "wrong"),  # was correct
    ("hoiva-raportti elias.4",
     "älä nosta yksin hälytä hoitaja, jarrut voi ottaa pois", "wrong"),  # was correct
    ("hoiva-raportti elias.4",
     "älä nosta yksin, hälytä hoitaja, voit ottaa jarrut pois", "wrong"),  # was correct
    ("hoiva-raportti elias.4", "älä nosta yksin hälytä hoitaja, voit nostaa kohta", "wrong"),
    ("hoiva-raportti elias.4",
     "älä nosta yksin hälytä hoitaja, voit nostaa jos hän on kevyt", "wrong"),
    ("hoiva-raportti elias.4",
     "hälytä ensin hoitaja, sitten voit nostaa yksin", "wrong"),  # was correct
    ("hoiva-raportti elias.4", "älä nosta yksin hälytä hoitaja, ei tarvitse odottaa", "wrong"),
    ("hoiva-raportti elias.2", "laita jarrut päälle, ei tarvitse lukita pyöriä", "wrong"),
    ("hoiva-raportti elias.2", "laita jarrut päälle, jarrut voi ottaa pois heti", "wrong"),
    ("hoiva-raportti elias.2",  # (review115: her rising is the step's own case, "laita
     # jarrut päälle ennen kuin hän nousee"; was correct)
     "laita jarrut päälle, sitten voit ottaa ne pois kun hän nousee", "wrong"),
    ("hoiva-raportti elias.2",
     "laita jarrut päälle mutta ne saa ottaa pois", "wrong"),  # was correct
    ("metalli-ohjeet kone",
     "pysäytän koneen ja ilmoitan työnjohtajalle, ei tarvitse lukita", "wrong"),
    ("metalli-ohjeet kone",
     "pysäytän koneen ja ilmoitan työnjohtajalle, voin jatkaa työtä", "wrong"),
    ("metalli-ohjeet kone",
     "pysäytän koneen ja ilmoitan työnjohtajalle, koneen voi käynnistää heti", "wrong"),
    ("metalli-ohjeet kone",
     "pysäytän koneen ja ilmoitan työnjohtajalle, saan korjata sen itse", "wrong"),  # was almost
    ("metalli-ohjeet kone",
     "pysäytän koneen ja ilmoitan työnjohtajalle mutta jatkan työtä", "wrong"),
    ("valmistus-turvallisuus kysy-vika",
     "ilmoitan työnjohtajalle, konetta voi käyttää", "wrong"),
    ("valmistus-turvallisuus kysy-vika",
     "ilmoitan työnjohtajalle, ei tarvitse pysäyttää konetta", "wrong"),
    ("valmistus-turvallisuus kysy-vika",
     "ilmoitan työnjohtajalle, voin käyttää konetta", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "pysäytän koneen, ei tarvitse ilmoittaa", "wrong"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle, konetta voi käyttää", "wrong"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle ja käytän konetta", "wrong"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle, koneella saa jatkaa", "wrong"),
    ("yleinen-perehdytys samir.6",
     "älä korjaa sitä itse kerro esimiehelle, voit käyttää sitä", "wrong"),
    ("yleinen-perehdytys samir.6", "kerro esimiehelle, sen voi korjata itse", "wrong"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle, hänet voi nostaa", "wrong"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle ja nostan hänet", "wrong"),
    ("autoala-turvallisuus ilmoita",
     "nosturin lukitus ei toimi, mutta nosturia voi käyttää", "wrong"),
    ("autoala-turvallisuus ilmoita", "nosturi on rikki, ei tarvitse lopettaa", "wrong"),
    ("yleinen-verbit kone-rikki",
     "ilmoitan esimiehelle, konetta voi käyttää kun se on korjattu", "wrong"),  # as main
    ("yleinen-verbit kone-rikki",
     "ilmoitan esimiehelle, konetta voi käyttää kun on kiire", "wrong"),
    ("valmistus-turvallisuus kysy-vika",
     "ilmoitan työnjohtajalle, konetta saa käyttää kun huolto on korjannut sen",
     "wrong"),  # as main (safe_wait out)
    ("hoiva-raportti elias.2",
     "laita jarrut päälle, ne saa ottaa pois kun hän istuu", "correct"),
    ("metalli-ohjeet kone",
     "pysäytän koneen ja ilmoitan työnjohtajalle, sen voi korjata itse jos osaa", "wrong"),
    # (judge52fix, review52: "hän" after one in charge is theirs; another thing is no mistake)
    ("yleinen-perehdytys samir.6",
     "älä korjaa sitä itse, kerro esimiehelle, hän voi korjata sen", "correct"),
    ("yleinen-perehdytys samir.6",
     "älä korjaa sitä itse, kerro työkaverille, hän voi korjata sen", "wrong"),
    ("yleinen-perehdytys samir.6",
     "älä korjaa sitä itse, kerro esimiehelle, voit korjata sen", "wrong"),
    ("hoiva-raportti elias.2",
     "laita jarrut päälle, kerro hoitajalle, hän voi ottaa ne pois", "wrong"),
])
def test_a_permission_of_a_mistake(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# 4. a deed said to wait for a condition, or a no held till one: as on main. (judge52's
# safe_wait took out after review52: a condition naming a repairer who leaves, 'kohta',
# someone else well, one symptom milder, an alternative riding along were made correct.)
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-hygienia sairas", "tulen töihin kun olen terve", "wrong"),
    ("elintarvike-hygienia sairas", "jään kotiin ja tulen töihin kun olen terve", "wrong"),
    ("elintarvike-hygienia sairas",
     "soitan esimiehelle ja tulen töihin kun olen taas terve", "wrong"),
    ("elintarvike-hygienia sairas", "tulen töihin vasta kun olen terve", "wrong"),
    ("elintarvike-hygienia sairas", "tulen töihin kun olen vähän parempi", "wrong"),
    ("elintarvike-hygienia sairas", "tulen töihin jos en ole kovin kipeä", "wrong"),
    ("elintarvike-hygienia sairas", "en tule töihin, tulen kun olen terve", "wrong"),
    ("siivous-ohjeet johto", "en käytä konetta, käytän sitä kun se on korjattu", "wrong"),
    ("siivous-ohjeet johto", "en käytä sitä, käytän sitä kun se on korjattu", "almost"),
    ("siivous-ohjeet johto",
     "en käytä sitä ja ilmoitan esimiehelle, käytän sitä kun se on korjattu", "correct"),
    ("siivous-ohjeet johto", "käytän sitä, jos se ei ole kovin rikki", "wrong"),
    ("siivous-ohjeet johto",
     "ilmoitan esimiehelle ja käytän sitä jos se ei ole kovin rikki", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja käytän sitä kun se on korjattu", "wrong"),
    ("siivous-ohjeet johto",
     "ilmoitan esimiehelle, käytän imuria vasta kun se on korjattu", "wrong"),
    ("valmistus-ohjeet huoltolappu",
     "en käynnistä sitä ennen kuin korjaaja sanoo, sitten käynnistän", "correct"),
    ("valmistus-ohjeet huoltolappu", "en käynnistä konetta ennen kuin huolto on valmis", "correct"),
    ("valmistus-ohjeet huoltolappu", "en käynnistä sitä ennen kuin korjaaja sanoo", "correct"),
    ("valmistus-ohjeet huoltolappu",
     "en käynnistä sitä ennen kuin työkaveri sanoo, sitten käynnistän", "wrong"),
    ("valmistus-ohjeet huoltolappu", "käynnistän sen kun huolto on valmis", "wrong"),
    ("valmistus-ohjeet huoltolappu", "en käynnistä, käynnistän kun Matti sanoo", "wrong"),
    ("valmistus-turvallisuus kysy-vika",
     "en käytä konetta, käytän sitä kun se on korjattu", "almost"),
    ("valmistus-turvallisuus kysy-vika",
     "ilmoitan työnjohtajalle ja käytän konetta kun se on korjattu", "wrong"),
    ("valmistus-turvallisuus kysy-vika",
     "ilmoitan työnjohtajalle, käytän konetta jos se ei ole kovin rikki", "wrong"),
    ("yleinen-verbit kone-rikki",
     "ilmoitan esimiehelle, käytän konetta kun se on korjattu", "correct"),
    ("yleinen-verbit kone-rikki",
     "ilmoitan esimiehelle, konetta voi käyttää kun se on korjattu", "wrong"),
    ("yleinen-verbit kone-rikki", "en käytä konetta, käytän sitä kun se on korjattu", "wrong"),
    ("yleinen-verbit kone-rikki", "en käytä konetta ennen kuin se on korjattu", "wrong"),
    ("yleinen-verbit kone-rikki",
     "ilmoitan esimiehelle, käytän sitä jos se ei ole kovin rikki", "wrong"),
    ("yleinen-verbit kone-rikki",
     "ilmoitan esimiehelle ja jatkan työtä kun kone on korjattu", "correct"),
    ("rakennus-ohjeet sahkotila", "en mene sisään, menen kun sähköasentaja sanoo", "wrong"),
    ("rakennus-ohjeet sahkotila", "en mene sisään ennen kuin sähkömies tulee", "wrong"),
    ("rakennus-ohjeet sahkotila", "menen sisään kun sähköasentaja antaa luvan", "wrong"),
    ("metalli-ohjeet kone",
     "pysäytän koneen ja ilmoitan työnjohtajalle, jatkan kun se on korjattu", "correct"),
    ("metalli-ohjeet kone",
     "pysäytän koneen ja ilmoitan työnjohtajalle, jatkan jos se ei ole kovin rikki", "wrong"),
    ("rakennus-ohjeet sahkotila", "en mene sisään ennen kuin sähköasentaja tulee", "wrong"),
    ("rakennus-ohjeet sahkotila", "en mene sisään ennen kuin sähköasentaja lähtee", "wrong"),
    ("rakennus-ohjeet sahkotila", "en mene sisään kunnes sähkömies lähtee kotiin", "wrong"),
    ("rakennus-ohjeet sahkotila", "menen sisään kun sähköasentaja on kohta valmis", "wrong"),
    ("rakennus-ohjeet sahkotila", "avaan oven kun sähköasentaja antaa luvan", "wrong"),
    ("elintarvike-hygienia sairas", "tulen töihin kun työkaveri on terve", "wrong"),
    ("elintarvike-hygienia sairas", "tulen töihin kun lapsi on terve", "wrong"),
    ("elintarvike-hygienia sairas", "tulen töihin kun minulla ei ole kovaa kuumetta", "wrong"),
    ("elintarvike-hygienia sairas", "tulen töihin kun olen terveempi", "wrong"),
    ("elintarvike-hygienia sairas", "tulen töihin kun olen terve tai jos on kiire", "wrong"),
    ("elintarvike-hygienia sairas", "tulen töihin kun en ole enää kipeä", "wrong"),
    ("elintarvike-hygienia sairas", "tulen töihin kun olen terve, soitan esihenkilölle", "wrong"),
    ("elintarvike-hygienia sairas", "tulen töihin iltapäivällä kun olen terve", "wrong"),
    ("elintarvike-hygienia sairas", "tulen töihin kun en ole sairas", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle, käytän sitä kun se on korjattu", "wrong"),
    ("siivous-ohjeet johto",
     "ilmoitan esimiehelle ja käytän sitä kun huolto on kohta valmis", "wrong"),
    ("valmistus-ohjeet huoltolappu", "käynnistän koneen kun huolto on kohta valmis", "almost"),
    ("valmistus-ohjeet huoltolappu", "käynnistän koneen kun huoltomies on valmis", "almost"),
    ("varasto-turvallisuus ilmoitus",
     "ilmoitan esimiehelle ja käytän lavaa kun se on korjattu", "wrong"),
    ("hoiva-ohjeet liina", "kerron hoitajalle ja käytän sitä kun se on korjattu", "wrong"),
    ("yleinen-verbit kone-rikki",
     "ilmoitan esimiehelle, käytän konetta kun mekaanikko sanoo", "wrong"),
    ("autoala-turvallisuus ilmoita",
     "nosturin lukitus ei toimi, käytän nosturia kun se on korjattu", "wrong"),
    ("autoala-turvallisuus ilmoita",
     "nosturin lukitus ei toimi, käytän nosturia kun se on kohta korjattu", "wrong"),
    ("valmistus-ohjeet huoltolappu",
     "käynnistän koneen kun huoltolappu on otettu pois ja kiire on", "almost"),
    ("rakennus-ohjeet sahkotila", "en mene sisään ennen kuin sähkömies on tauolla", "wrong"),
    ("rakennus-ohjeet sahkotila", "en mene sisään kunnes sähköasentaja ei katso", "almost"),
    ("elintarvike-hygienia sairas", "tulen töihin kun vaimo on terve", "wrong"),
    ("elintarvike-hygienia sairas", "tulen töihin kun kuume ei ole korkea", "wrong"),
    ("elintarvike-hygienia sairas", "tulen töihin kun ei ole kuumetta", "wrong"),
    ("elintarvike-hygienia sairas", "tulen töihin kun olen terve tai huomenna", "wrong"),
])
def test_a_deed_waiting_for_the_safe_condition(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# 5. contradictions and another time
@as_table(("step", "answer", "verdict"), [
    ("autoala-kartoitus b1-vika", "renkaat ovat kuluneet renkaat ovat kunnossa", "wrong"),
    ("autoala-kartoitus b1-vika", "renkaat eivät ole kunnossa, renkaat ovat kunnossa", "wrong"),
    ("kauppa-asiakas onko-teilla", "ei ole ei kun on", "wrong"),
    ("kauppa-asiakas onko-teilla", "ei ole, ei kun on", "wrong"),
    ("kauppa-asiakas onko-teilla", "ei ole kyllä on", "wrong"),
    ("yleinen-puhekieli onks-sulla", "ei ole ei kun on", "wrong"),
    ("yleinen-oikeudet kysy-virhe", "ei ole ei kun on", "wrong"),
    ("siivous-kartoitus a1-aika", "puolikuusi", "wrong"),  # was correct
    ("siivous-kartoitus a1-aika", "kello puolikuusi", "wrong"),  # was correct
    ("yleinen-tyovuoro alkaa", "puolikuusi", "wrong"),  # was correct
    ("yleinen-tyovuoro alkaa", "kello puolikuusi", "wrong"),  # was correct
    ("yleinen-tyovuoro alkaa", "puoli kuusi", "wrong"),
    ("metalli-kartoitus a1-numero", "puolikuusi", "wrong"),  # was correct
])
def test_contradictions_and_another_time(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("words", "mistakes", "allowed"), [
    ("rullakko on rikki voin käyttää toista rullakkoa", ("käytän rullakkoa",), None),
    ("rullakko on rikki voin käyttää uutta rullakkoa", ("käytän rullakkoa",), None),
    ("rullakko on rikki voin käyttää rullakkoa", ("käytän rullakkoa",), "käytän rullakkoa"),
    ("rullakko on rikki voin käyttää sitä", ("käytän rullakkoa",), "käytän rullakkoa"),
])
def test_a_permission_of_another_thing_is_none(words: str, mistakes: tuple[str, ...],
                                                allowed: str | None) -> None:
    # (judge52fix, review52: "voin käyttää toista rullakkoa" got the mistake's reply)
    assert permitted_mistake(words.split(), mistakes) == allowed
