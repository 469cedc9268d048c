"""Kinds mended at stop 68 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py)."""

from __future__ import annotations

from tests.judge.golden import judged_as_expected
from valkky.testing.table import as_table


# review215's holes (SAFETY): what the step takes off praised with a degree word, by a word
# before it or by a verb of protecting, keeps it on; a "but" with a no or a taking off
# takes the praise back
@as_table(("step", "answer", "verdict"), [
    ("metalli-raportti ville", "hanskat on ihan turvallinen", "wrong"),
    ("metalli-raportti ville", "hanskat on ihan turvalliset", "wrong"),
    ("metalli-raportti ville", "hanskat suojaa kädet", "wrong"),
    ("elintarvike-raportti anna", "sun korut on ihan kaunis", "wrong"),
    ("elintarvike-raportti anna", "kiva sormus", "wrong"),
    ("metalli-raportti ville", "hanskat on tosi hyvät mutta ei porakoneella", "correct"),
    ("metalli-raportti ville", "hyvät hanskat, mutta ota ne pois", "correct"),
    ("elintarvike-raportti anna", "sormus on kaunis, mutta laita se kaappiin", "correct"),
    ("elintarvike-raportti anna", "hiusverkko on hyvä, ota korut pois", "correct"),
])
def test_review215_what_is_taken_off_praised(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review215's holes (SAFETY): what the step's examples say to use called useless with a
# degree word, or not needed by "tarpeen"
@as_table(("step", "answer", "verdict"), [
    ("autoala-raportti jere", "tukipukit on ihan turhat", "wrong"),
    ("autoala-raportti jere", "tukipukit ei oo tarpeen", "wrong"),
    ("autoala-raportti jere", "tukipukit on tosi tärkeitä", "correct"),
])
def test_review215_wanted_aid_called_needless(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review215's holes (SAFETY): a report that calls fine what the step's answers tell is
# faulty hides the fault; not another one, nor beside the fault told
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti kari.2", "lavat oli ihan hyvä", "wrong"),
    ("varasto-raportti kari.2", "tuli ja lavat oli hyvässä kunnossa", "wrong"),
    ("metalli-raportti marjatta.2", "laikka oli kunnossa", "wrong"),
    ("varasto-raportti kari.2", "tuli, muut lavat oli kunnossa mutta yksi oli rikki",
     "correct"),
    ("varasto-raportti kari.2", "tuli, lava ei ollut kunnossa", "correct"),
    ("varasto-raportti kari.2", "tuli mutta yksi lava oli rikki, muut oli ok", "correct"),
    ("kauppa-kartoitus b1-tapahtui", "asiakas liukastui, mutta asiakas on kunnossa",
     "correct"),
    ("siivous-asiakas toimisto.6", "laitan varoituskyltin, odota kunnes lattia on kuiva",
     "not correct"),
])
def test_review215_fault_said_fine(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review216's regressions and holes: an adjective with its noun is no agreement slip
# ("ne on todella tärkeä asia"); gear a no of going without names is wanted; "tärkeä" under
# a no says needless; "super" is a degree word
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti elias.2", "laita jarrut päälle, ne on todella tärkeä asia", "correct"),
    ("metalli-raportti ville", "ota hanskat pois, ne on liian iso riski", "correct"),
    ("rakennus-raportti uusi", "kypärä ei oo kovin tärkeä", "wrong"),
    ("metalli-raportti ville", "sun hanskat on super hyvät", "wrong"),
    ("varasto-raportti kuljettaja.4", "laatikot on ihan kunnossa", "wrong"),
    ("varasto-raportti neuvo", "pyydä työkaveri, et tarvitse pumppukärryä", "correct"),
    ("autoala-raportti jere", "nosta auto tunkilla, tukipukit on ihan turhat", "wrong"),
    ("rakennus-raportti uusi", "kypärä on turha, sitten tauolla", "correct"),
    ("yleinen-perehdytys samir.8", "tauolla juon kahvia, kypärä on turha", "wrong"),
])
def test_review216_degree_words_and_needs(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 149–152 (both trainers): "kun" without the model's "ennen" of a deed done; the
# model's no left out and its verb told in the past; a foreseen mistake with a subject
# pronoun and a synonym; a question said as a statement; a question verb of the other party
# with its object; another day of the week; a command's foreseen statement told of "I"
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti step-14", "Laita jarrut päälle kun asukas on noussut.", "wrong"),
    ("hoiva-raportti step-14", "laita jarrut päälle kun asukas nousee", "almost"),
    ("hoiva-turvallisuus step-10", "varo, asukas kaatui", "wrong"),
    ("hoiva-turvallisuus step-10", "varo, asukas kaatuu", "almost"),
    ("valmistus-raportti mita-teit", "mä painan hätäseis-nappia", "wrong"),
    ("valmistus-raportti mita-teit", "mä painoin hätäseis-nappia", "correct"),
    ("metalli-esimies step-11", "tämä mitta on oikein", "wrong"),
    ("metalli-esimies step-11", "tämä mitta on oikein?", "almost"),
    ("rakennus-tyonjohtaja step-17", "seinä on valmis", "almost"),
    ("kauppa-asiakas step-2", "hei, voitko auttaa minua?", "wrong"),
    # (wrong since stop 70, as the blind trainer pairs of sets 98-171 grade it:
    # askers_person.question_turned)
    ("kauppa-asiakas step-2", "hei, voitko auttaa?", "wrong"),
    ("yleinen-aika step-3", "maanantai, torstai, keskiviikko", "wrong"),
    ("yleinen-perehdytys kasky", "vaihdan työvaatteet", "wrong"),
    ("yleinen-perehdytys kasky", "vaihda työvaatteet", "correct"),
])
def test_sets_149_152_meaning_turned(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review217: a "but" takes praise back only by a taking off, a putting away of it (or of
# all the step takes off) or a no of keeping it or of its place; a no of the need itself;
# "turha juttu" is "turha"; a fault told of a thing by half the answers or more, not
# denied beside a fault told or mended; a no of a fault is a fine state
@as_table(("step", "answer", "verdict"), [
    ("metalli-raportti ville", "hanskat on hyvät mutta ei tarvii", "wrong"),
    ("elintarvike-raportti anna", "sormus on ok mutta hiukset laita verkkoon", "wrong"),
    ("elintarvike-raportti anna", "sormus on kaunis mutta älä ota sitä pois", "wrong"),
    ("elintarvike-raportti anna", "kaunis sormus mutta korut pois", "correct"),
    ("elintarvike-raportti anna", "sormus on kaunis mutta kaikki korut pois", "correct"),
    ("autoala-raportti jere", "tukipukit on turha juttu", "wrong"),
    ("rakennus-raportti uusi", "ei kypärä on pakollinen", "correct"),
    ("rakennus-raportti uusi", "kypärä on pakollinen eikä turha", "correct"),
    ("hoiva-raportti elias.2", "jarrut on ihan turhat, vie hänet vaan", "wrong"),
    ("yleinen-sairastuminen puhelu.6", "mulla on kuumetta mutta vatsa on kunnossa", "correct"),
    ("autoala-turvallisuus ilmoita", "nosturi on ok mutta lukitus ei toimi", "correct"),
    ("varasto-raportti kari.2", "tuli, lavoissa ei ollut vikaa", "wrong"),
    ("varasto-raportti kari.2", "tuli eikä mikään lava ollut rikki", "wrong"),
])
def test_review217_praise_taken_back_and_faults(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 153–154 (both trainers): the asker's greeting of one end of the day answered with
# the other's; a fault said for another state in a repeat step; a name's length slip; the
# other word of a longer answer where a name is asked, a thing where a place is asked
@as_table(("step", "answer", "verdict"), [
    ("rakennus-tyonjohtaja aamu.2", "hyvää iltaa", "wrong"),
    ("rakennus-tyonjohtaja aamu.2", "hyvää päivää", "correct"),
    ("valmistus-tyonjohtaja step-8", "Kolmekymmentä kappaletta on rikki.", "wrong"),
    ("yleinen-puhelin tilaus.4", "minun sukunimeni on Nur", "almost"),
    ("yleinen-puhelin tilaus.4", "Ali", "wrong"),
    ("autoala-kartoitus a2-missa", "momenttiavain", "wrong"),
])
def test_sets_153_154_another_meaning(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review215's regressions left at stop 67: a repeat step's phrase that makes the model's
# own word ("voitko sanoa uudelleen" for "… voitko toistaa?"); worn gear put back on in
# the evening by its pronoun; a spoken infinitive after "ei saa" or "pitää"
@as_table(("step", "answer", "verdict"), [
    ("yleinen-apua step-6", "voitko sanoa uudelleen", "almost"),
    ("metalli-turvallisuus kasineet-pois", "otan ne pois ja laitan ne takaisin illalla",
     "correct"),
    ("kauppa-turvallisuus pois-hyllysta", "otan sen pois hyllystä ja laitan sen takaisin illalla",
     "wrong"),
    ("yleinen-perehdytys samir.6", "ei saa korjaa itse, soita esimiehelle", "correct"),
])
def test_review215_regressions_left(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review218: what is taken off must be the praised thing or the step's own word for it
# ("korut", not "korvakorut", nor "muut korut"), a machine only as its danger; a no takes
# praise back only of the step's place, the work, a time or keeping, its own verb read;
# a deed beside needless aid is another way only where advised; a fault mended only of the
# thing; a check is no claim; "ei ole" is the need's no, not a reply's "ei … on"
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-raportti anna", "sormus on kaunis mutta kaikki muut korut pois", "wrong"),
    ("elintarvike-raportti anna", "sormus on ok mutta rannekoru pois", "wrong"),
    ("metalli-raportti ville", "hanskat on hyvät mutta porakone pois", "wrong"),
    ("metalli-raportti ville", "hanskat on hyvät mutta mä meen pois", "wrong"),
    ("metalli-raportti ville", "hanskat on hyvät mutta ei sorvilla", "wrong"),
    ("elintarvike-raportti anna", "sormus käy mutta ei se putoa", "wrong"),
    ("elintarvike-raportti anna", "sormus on kaunis mutta ei linjalla, laita se kaappiin",
     "correct"),
    ("metalli-raportti ville", "hanskat on hyvät mutta ei poratessa", "correct"),
    ("varasto-raportti neuvo", "pumppukärry on ihan turha, laatikko on kevyt", "wrong"),
    ("hoiva-raportti elias.2", "jarrut on turhat, pyörätuoli on hyvä", "wrong"),
    ("varasto-raportti kari.2", "tuli, ja sit lavat oli ihan ok", "wrong"),
    ("varasto-raportti kari.2", "tuli, korjasin vähän muovia, lavat oli kunnossa", "wrong"),
    ("kauppa-raportti kaatuminen.2", "asiakas liukastui, mutta käsi on ihan ok", "wrong"),
    ("metalli-raportti marjatta.8", "tarkistetaan aina, että laikka on kunnossa", "correct"),
    ("kauppa-asiakas onko-teilla", "ei ole, mutta tämä leipä on hyvä", "correct"),
    ("rakennus-raportti uusi", "kypärä ei oo mikään pakko", "wrong"),
    ("rakennus-raportti uusi", "ei sitä kypärää tarvii", "wrong"),
    ("varasto-turvallisuus nosto", "suorana", "almost"),
])
def test_review218_praise_aids_and_faults(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 155–156 (both trainers): "kaapissa" is no "jääkaapissa"; another day said for the
# next deed's time; "selvä" and thanks where the step asks to hear it again
@as_table(("step", "answer", "verdict"), [
    ("ravintola-keittio maito", "kaapissa", "not correct"),
    ("elintarvike-tyokaveri step-10", "Mitä teen huomenna?", "wrong"),
    ("yleinen-tarkistaminen varasto.2", "selvä, kiitos", "wrong"),
    ("yleinen-tarkistaminen varasto.2", "kiitos", "almost"),
])
def test_sets_155_156_meaning_turned(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 157–158 (both trainers): another vehicle than every answer names; "ensin" says
# which comes first wherever it stands
@as_table(("step", "answer", "verdict"), [
    ("yleinen-lahelta-piti mita-tapahtui", "auto melkein osui minuun", "wrong"),
    ("yleinen-lahelta-piti mita-tapahtui", "trukki melkein osui minuun", "correct"),
    ("ravintola-kartoitus a2-ensin", "leikkuulauta ensin, mä pesen sen", "not wrong"),
    ("yleinen-sairastuminen kysy-oire", "minulla ei ole kuumetta", "wrong"),
])
def test_sets_157_158_vehicle_order_and_own_no(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review219: a taking or putting away under the no keeps the praise (but not to the work);
# a pronoun begins no clause; "-essa" only of the step's deed; "ota ne pois illalla" keeps
# them on; a check told in the past is a claim; "uudet" another only where the step
# replaces it; any no but of knowing, noticing or mattering tells a fault; a person's
# pronoun after the right first place where no place is named
@as_table(("step", "answer", "verdict"), [
    ("metalli-raportti ville", "hanskat on hyvät mutta ei saa ottaa niitä pois", "wrong"),
    ("metalli-raportti ville", "hanskat on hyvät mutta ei laita niitä kaappiin", "wrong"),
    ("metalli-raportti ville", "hanskat on hyvät mutta ei syödessä", "wrong"),
    ("metalli-raportti ville", "hanskat on hyvät mutta ota ne pois illalla", "wrong"),
    ("metalli-raportti ville", "hanskat on hyvät mutta vedä ne pois", "correct"),
    ("elintarvike-raportti anna", "sormus on kaunis mutta ei saa viedä sitä linjalle",
     "correct"),
    ("varasto-raportti kari.2", "tuli, tarkistin että lavat oli kunnossa", "wrong"),
    ("varasto-raportti kari.2", "tuli, uudet lavat oli kunnossa", "wrong"),
    ("metalli-esimies kone-rikki.4", "se ei mene päälle, johto on kunnossa", "correct"),
    ("hoiva-ohjeet ensin", "vien Helmin suihkuun, autan häntä ekana", "not wrong"),
    ("varasto-raportti neuvo", "pumppukärry on turha, selkä suorana ja jaloilla", "correct"),
])
def test_review219_praise_checks_and_faults(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review219's holes left: a delivery called fine holds its damaged goods; a mending the
# step's answers do not give excuses no fine state
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti kari.2", "tuli, kuorma oli ihan kunnossa", "wrong"),
    ("varasto-raportti kari.2", "kuorma tuli mutta yksi lava oli rikki", "correct"),
    ("varasto-raportti kari.2", "tuli, korjasin ja lavat oli kunnossa", "wrong"),
    ("hoiva-turvallisuus kadet", "pesen kädet, nyt kädet on puhtaat", "correct"),
])
def test_review219_holes_left(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review220: "pois" takes a thing off only with it or its pronoun, not moving away; a
# later time at the taking keeps it on; the no of a thing's own verb tells a fault, not
# the learner's nor advice; a thing's state with "on" dropped is no advice; "ensin" of
# two deeds orders them
@as_table(("step", "answer", "verdict"), [
    ("metalli-raportti ville", "hanskat on hyvät mutta pysy pois koneelta", "wrong"),
    ("elintarvike-raportti anna", "sormus on kaunis mutta pysy pois linjalta", "wrong"),
    ("metalli-raportti ville", "hanskat on hyvät mutta tauolla ota ne pois", "wrong"),
    ("metalli-raportti ville", "hanskat on hyvät mutta ei koneella", "correct"),
    ("varasto-raportti kari.2", "tuli, lavat oli ihan ok, älä huoli", "wrong"),
    ("varasto-raportti kari.2", "tuli, lavat oli ihan ok, en löydä mitään vikaa", "wrong"),
    ("varasto-raportti neuvo", "pumppukärry on turha, laatikko kevyt", "wrong"),
    ("valmistus-raportti neuvo", "kutsu ensin kunnossapito ja paina hätäseis", "not correct"),
])
def test_review220_moving_away_and_faults(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)
