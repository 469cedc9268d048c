"""Kinds mended at stop 69 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py)."""

from __future__ import annotations

from tests.judge.golden import judged_as_expected
from valkky.testing.table import as_table


# review221's new holes (SAFETY): a later time anywhere in the taking off's own clause keeps
# the praised thing on till then; another clause's later time does not
@as_table(("step", "answer", "verdict"), [
    ("metalli-raportti ville", "hanskat on hyvät mutta ota ne pois sitten illalla", "wrong"),
    ("metalli-raportti ville", "hanskat on hyvät mutta ota ne pois porauksen jälkeen", "wrong"),
    ("metalli-raportti ville", "hanskat on hyvät mutta illalla voit ottaa ne pois", "wrong"),
    ("metalli-raportti ville", "hanskat on hyvät mutta ota ne pois kahvitauolla", "wrong"),
    ("elintarvike-raportti anna", "sormus on kaunis mutta ota se pois kotona", "wrong"),
    ("elintarvike-raportti anna", "sormus on kaunis mutta linjalla ota se pois, kotona voit "
     "pitää", "correct"),
    ("metalli-raportti ville", "hanskat on hyvät mutta ota ne pois, tauolla voit laittaa ne "
     "takaisin", "correct"),
    ("metalli-raportti ville", "hanskat on hyvät mutta ota ne pois kun poraat", "correct"),
    ("metalli-raportti ville", "hanskat on hyvät mutta ota ne pois nyt heti, ei vasta illalla",
     "correct"),
])
def test_review221_taken_off_only_later(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review221's new holes (SAFETY): the general "kone" is the step's machine only where the
# step has one
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-raportti anna", "sormus on kaunis mutta ei koneella", "wrong"),
    ("elintarvike-raportti anna", "sormus on kaunis mutta ei laitteella", "wrong"),
    ("metalli-raportti ville", "hanskat on hyvät mutta ei koneella", "correct"),
])
def test_review221_the_machine_of_the_step(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review221's regressions and holes: a faulty thing told harmed in a word of its own tells
# the fault; "muuten" sets the rest apart; a mending of the kind the step's answers mend a
# faulty thing by mends; a load and its goods by more words; new ones where the step tells
# the old ones apart
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti kari.2", "tuli, kuorma oli kunnossa mutta yks lava oli kolhiintunut",
     "correct"),
    ("varasto-raportti kari.4", "otin kuvat ja laitoin lavan sivuun, muuten kuorma oli ok",
     "correct"),
    ("yleinen-lahelta-piti kolme-lausetta", "Liukastuin melkein keittiön ovella, lattialla "
     "oli vettä. Siivoan sen, sitten lattia on kuiva.", "correct"),
    ("varasto-raportti kari.2", "tuli, lavat oli pakattu hyvin ja kuorma oli kunnossa",
     "wrong"),
    ("varasto-raportti kari.2", "tuli, korjasin ja lavat oli kunnossa", "wrong"),
    ("siivous-raportti asiakas.2", "anteeksi, siivosin sen, maljakko on kunnossa", "wrong"),
    ("varasto-raportti kari.2", "tuli, lasti oli kunnossa", "wrong"),
    ("varasto-raportti kari.2", "tuli, lavat oli tällä kertaa kunnossa", "wrong"),
    ("varasto-raportti kari.2", "tuli, mutta yksi lava oli rikki, muut tavarat oli kunnossa",
     "correct"),
    ("metalli-raportti marjatta.8", "uudet laikat on hyvät", "correct"),
])
def test_review221_fault_told_or_mended(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review221's regressions and holes: "ensin" after a thing says that thing's deed comes
# first; beside a verb it orders two deeds, "sitten" or not
@as_table(("step", "answer", "verdict"), [
    ("valmistus-raportti neuvo", "hätäseis ensin, paina se ja kutsu kunnossapito", "correct"),
    ("hoiva-raportti elias.2", "jarrut ensin, laita ne päälle ja anna hänen nousta", "correct"),
    ("metalli-kartoitus a2-ensin", "kappale ensin, mittaan sen, se on tärkeää", "correct"),
    ("valmistus-raportti neuvo", "kutsu ensin kunnossapito, sitten paina hätäseis", "wrong"),
    ("valmistus-raportti neuvo", "paina ensin hätäseis, sitten kutsu kunnossapito", "correct"),
])
def test_review221_first_of_a_deed(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review220's left holes (SAFETY): wanted gear not needed "all the time", or where a thing's
# sound state is all the condition says
@as_table(("step", "answer", "verdict"), [
    ("rakennus-raportti uusi", "kypärää ei oo pakko pitää koko ajan", "wrong"),
    ("autoala-raportti jere", "tukipukit ei oo pakko, kun tunkki on hyvä", "wrong"),
    ("autoala-raportti jere", "et oikeesti tarvii tukipukkeja jos tunkki on hyvä", "wrong"),
    ("autoala-raportti jere", "jos auto on maassa, tukipukkeja ei tarvita", "correct"),
])
def test_needless_all_the_time_or_on_a_sound_thing(step: str, answer: str,
                                                   verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# set 159's miss: the step's own opening no ("en jaksa") before another right answer, and
# an adverb or a verb told in a person no slip of a fuller answer's word
@as_table(("step", "answer", "verdict"), [
    ("yleinen-apua step-13", "en jaksa yksin, nostetaanko yhdessä", "correct"),
    ("yleinen-apua step-13", "en jaksa nostaa tätä yksin, nostetaanko yhdessä?", "correct"),
    ("yleinen-apua step-13", "en nosta, nostetaanko yhdessä", "not correct"),
    ("yleinen-apua step-13", "en auta, nostetaanko yhdessä", "not correct"),
    ("yleinen-apua step-13", "nostetaanko yhdessä, en auta", "wrong"),
    ("valmistus-tyonjohtaja pyyda-ohje", "voitko sano uudelleen", "almost"),
])
def test_the_steps_own_no_first(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review222's regressions and new holes: the times and the subject said before a later
# clause's verb are that clause's; "jo kotona" is no later time; a handling is no harm
# told; "muuten" sets apart only where the faulty thing is told elsewhere; "ei kannata" is
# no fault; "ensin" after a verb's object orders its deed; a thing said first that the
# answers' first clause does not name is another thing first; a person's or a place
# state's condition makes no gear needless; a repair does not mend what is replaced
@as_table(("step", "answer", "verdict"), [
    ("metalli-raportti ville", "hanskat on hyvät mutta ota ne pois porakoneella, tauolla sä "
     "voit laittaa ne takaisin", "correct"),
    ("metalli-raportti ville", "hanskat on hyvät mutta ota ne pois ennen porausta, vasta "
     "porauksen jälkeen ne saa laittaa takaisin", "correct"),
    ("elintarvike-raportti anna", "sormus on kaunis mutta ota se pois jo kotona", "correct"),
    ("metalli-raportti ville", "hanskat on hyvät mutta illalla sä voit ottaa ne pois", "wrong"),
    ("varasto-raportti kari.2", "tuli, lavat oli pakattu, kuorma oli kunnossa", "wrong"),
    ("varasto-raportti kari.2", "tuli, muuten kuorma oli ihan ok", "wrong"),
    ("siivous-raportti asiakas.2", "anteeksi, muuten maljakko on kunnossa", "wrong"),
    ("varasto-raportti kari.2", "tuli, lavat oli kunnossa, ei enää kannata soittaa", "wrong"),
    ("valmistus-raportti neuvo", "kutsu kunnossapito ensin ja paina hätäseis", "wrong"),
    ("valmistus-raportti neuvo", "kunnossapito ensin, kutsu se ja paina hätäseis", "wrong"),
    ("valmistus-raportti neuvo", "paina hätäseis ensin ja kutsu kunnossapito", "correct"),
    ("hoiva-raportti elias.2", "jarruja ei tarvita, jos pyörätuoli on paikallaan", "wrong"),
    ("varasto-raportti neuvo", "pumppukärryä ei tarvii, jos sä oot vahva", "wrong"),
    ("autoala-asiakas puhelu.4", "korjasin ne, jarrupalat on kunnossa", "wrong"),
])
def test_review222(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review223's new holes and regressions: the step's opening no only in its own clause's
# words (a pronoun for a faulty thing); the time right after "pois" is the taking's unless
# a comma ends it there; "jo" makes only home earlier; a passive participle of harm tells
# it; "ei kannata" with a thing is a fault; the thing first weighed by every "ensin" answer
@as_table(("step", "answer", "verdict"), [
    ("valmistus-turvallisuus kysy-vika", "en käytä suojalaseja, ilmoitan työnjohtajalle",
     "wrong"),
    ("hoiva-ohjeet liina", "en käytä käsineitä, kerron hoitajalle", "wrong"),
    ("ravintola-ohjeet vuoto", "en käytä varoituskylttiä, ilmoitan esimiehelle", "wrong"),
    ("yleinen-verbit kone-rikki", "en korjaa konetta vaan soitan kunnossapitoon", "correct"),
    ("metalli-raportti ville", "hanskat on hyvät mutta ota ne pois illalla, sä voit pitää "
     "ne nyt", "wrong"),
    ("metalli-raportti ville", "hanskat on hyvät mutta ota ne pois jo huomenna", "wrong"),
    ("metalli-raportti ville", "hanskat on hyvät mutta ota ne pois, tauolla voit laittaa ne "
     "takaisin", "correct"),
    ("varasto-raportti kari.2", "tuli, kuorma oli kunnossa mutta yksi lava oli kolhittu",
     "correct"),
    ("varasto-raportti kari.2", "tuli, kuorma oli ok, mutta yks lava ei enää kannata painoa",
     "correct"),
    ("varasto-raportti kari.2", "lavat tuli, muuten kuorma oli ok", "wrong"),
    ("yleinen-perehdytys samir.2", "pukuhuoneeseen ensin ja vaihda työvaatteet", "correct"),
    ("elintarvike-ohjeet ensin", "hiusverkko ensin ja suojatakki", "correct"),
])
def test_review223(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review224's new holes and regressions, and stop 68's open-step hole: "ei kannata" said of
# no thing is no fault told; "muuten" beside a faulty thing set aside or documented; a
# harmed part of it tells the harm; an own no's thing is one the step names, never a safety
# thing; the later time after "pois" belongs to a next clause that puts it back; a "kun"
# and a perfect of the deed an answer does "ennen kuin" turns the order (SAFETY)
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti kari.2", "tuli, kuorma oli ok, ei kannata reklamaatiota", "wrong"),
    ("kauppa-turvallisuus rullakko-rikki", "rullakko on ok, ei kannata korjausta", "wrong"),
    ("varasto-raportti kari.2", "tuli, laitoin lavat sivuun, muuten kuorma oli ok",
     "correct"),
    ("varasto-raportti kari.2", "tuli, otin kuvan yhestä lavasta, muuten kuorma oli ok",
     "correct"),
    ("varasto-raportti kari.2", "tuli, yks lava jäi autoon, muuten kuorma oli ok", "wrong"),
    ("varasto-raportti kari.2", "tuli, yhen lavan muovit oli revitty, muuten kuorma oli ok",
     "correct"),
    ("varasto-raportti kari.2", "tuli, mikään lava ei ollut kolhittu", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "en korjaa konetta, ilmoitan työnjohtajalle",
     "correct"),
    ("siivous-ohjeet johto", "en koske siihen, ilmoitan esimiehelle", "correct"),
    ("hoiva-ohjeet liina", "en käytä hissiä, kerron hoitajalle", "wrong"),
    ("metalli-raportti ville", "hanskat on hyvät mutta ota ne pois tauolla voit laittaa ne "
     "takaisin", "correct"),
    ("metalli-raportti ville", "kello pois, hanskat on hyvät mutta ota ne pois illalla sä "
     "voit pitää ne nyt", "wrong"),
    ("autoala-raportti jere", "laita tukipukit kun olet jo mennyt auton alle", "wrong"),
    ("autoala-raportti jere", "laita tukipukit kun auto on nostettu", "correct"),
    ("hoiva-raportti elias.2", "laita jarrut päälle, ja kun Aino on noussut ja istuu "
     "tuolissa, ota jarrut pois", "not wrong"),
])
def test_review224(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review225's new holes and regressions: the time after "pois" is the putting back's only
# where that clause has no time of its own and no "vasta" marks the taking's; "ei kannata"
# of a faulty thing or a nominative subject only; nothing set aside under a no, nor
# "erikseen"; a participle of arriving or keeping tells no harm; "kun" and a perfect turn
# the order only of the deed and the thing the answer does "ennen kuin"
@as_table(("step", "answer", "verdict"), [
    ("metalli-raportti ville", "hanskat on hyvät mutta ota ne pois illalla sä voit laittaa "
     "ne takaisin huomenna", "wrong"),
    ("metalli-raportti ville", "hanskat on hyvät mut ota ne pois vasta illalla, sit voit "
     "laittaa ne takaisin", "wrong"),
    ("varasto-raportti kari.2", "tuli, kuorma oli ok, reklamaatiota ei kannata tehdä", "wrong"),
    ("varasto-raportti kari.2", "tuli, kuorma oli ok, yhtä lavaa ei kannata käyttää",
     "correct"),
    ("varasto-raportti kari.2", "tuli, lavat tuli erikseen, muuten kuorma oli ok", "wrong"),
    ("varasto-raportti kari.2", "tuli, en ottanut kuvaa lavoista, muuten kuorma oli ok",
     "wrong"),
    ("varasto-raportti kari.2", "tuli, lavat oli tullut ajoissa, kuorma oli ok", "wrong"),
    ("autoala-raportti jere", "laita tukipukit, niin ne on paikallaan kun oot menny auton "
     "alle", "correct"),
    ("autoala-raportti jere", "laita tukipukit, ja laita lamppu päälle kun olet mennyt auton "
     "alle", "correct"),
    ("autoala-raportti jere", "laita tukipukit vasta kun olet mennyt sinne alle", "wrong"),
    ("yleinen-kyltit sininen", "laitan kuulosuojaimet päähän sitten kun olen mennyt sisään",
     "wrong"),
])
def test_review225(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review226's new holes and regressions: a no after the perfect turns nothing back; an
# "olla" clause of how easy is no result; the words before a comma after "pois" are the
# taking's; "ei kannata" of a claim or a call is no fault; "mennä kasaan" is harm (a
# setting aside beside another no, mended here, was taken back at review227)
@as_table(("step", "answer", "verdict"), [
    ("autoala-raportti jere", "laita tukipukit vasta kun oot menny auton alle, ei ennen",
     "wrong"),
    ("autoala-raportti jere", "laita tukipukit, se on helpompaa kun oot jo menny auton alle",
     "wrong"),
    ("autoala-raportti jere", "laita tukipukit, ne on tärkeät kun oot menny auton alle",
     "correct"),
    ("metalli-raportti ville", "hanskat on hyvät mut ota ne pois illalla, sit voit laittaa "
     "ne takaisin", "wrong"),
    ("elintarvike-raportti anna", "sormus on kaunis mut ota se pois heti, töiden jälkeen voit "
     "laittaa sen heti takaisin", "correct"),
    ("varasto-raportti kari.2", "tuli, kuorma oli ok, lavoja ei kannata reklamoida", "wrong"),
    ("varasto-raportti kari.2", "tuli, kirjasin lavat, muuten kuorma oli ok", "wrong"),
    ("varasto-raportti kari.2", "tuli, yks lava oli mennyt kasaan, muuten kuorma oli ok",
     "correct"),
])
def test_review226(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review227's new holes (SAFETY, a part of review226's mends taken back): a time of the
# putting back's own, "heti" too, keeps the one after "pois" the taking's; a no anywhere
# beside a setting aside may deny the fault, "erikseen" sets nothing aside; "ei kannata"
# of no faulty thing is advice; "jäädä" tells harm only with a ruin after it; the "kun"
# clause ends at another "kun" or a no; an "olla" before "kun" is the deed's time only of
# how easy it is then
@as_table(("step", "answer", "verdict"), [
    ("metalli-raportti ville", "hanskat on hyvät mut ota ne pois illalla voit laittaa ne "
     "heti takaisin", "wrong"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun vaikka se ei ollu rikki, "
     "muuten kuorma oli ok", "wrong"),
    ("varasto-raportti kari.2", "tuli, nostin lavat erikseen hyllyyn, muuten kuorma oli ok",
     "wrong"),
    ("varasto-raportti kari.2", "tuli, kuorma oli ok, ei kannata pitää kiirettä", "wrong"),
    ("varasto-raportti kari.2", "tuli, yks lava oli jäänyt autoon, muuten kuorma oli ok",
     "not correct"),
    ("varasto-raportti kari.2", "tuli, yks lava oli mennyt kasaan, muuten kuorma oli ok",
     "correct"),
    ("autoala-raportti jere", "laita tukipukit heti kun oot nostanu auton, ei vasta kun oot "
     "menny alle", "correct"),
    ("autoala-raportti jere", "laita tukipukit, pukit on tärkeet kun oot menny auton alle",
     "correct"),
    ("autoala-raportti jere", "niin, laita tukipukit, se on helpompaa kun oot jo menny auton "
     "alle", "wrong"),
])
def test_review227(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review228's new holes and regressions: the "kun" clause ends at a no, not at another
# "kun"; a comparison right before "kun" reads the deed's time, a positive state a result;
# a comma up to three words after "pois" keeps its time the taking's; "ei kannata" of the
# thing itself, or one of them after its deed; the thing and its setting aside in one part
# (or its pronoun), a no before it or a denied fault cancels it
@as_table(("step", "answer", "verdict"), [
    ("autoala-raportti jere", "laita tukipukit sit kun kun oot menny auton alle", "wrong"),
    ("autoala-raportti jere", "laita tukipukit kun oot nostanu auton ja kun oot menny sen "
     "alle", "wrong"),
    ("autoala-raportti jere", "laita tukipukit, se on järkevämpää kun oot jo menny auton "
     "alle", "wrong"),
    ("autoala-raportti jere", "laita tukipukit, ne on hyvät kun oot menny auton alle",
     "correct"),
    ("metalli-raportti ville", "hanskat on hyvät mut ota ne pois heti tauon jälkeen, illalla "
     "voit laittaa ne takaisin", "wrong"),
    ("elintarvike-raportti anna", "sormus on kaunis mut ota se pois heti vasta illalla voit "
     "laittaa sen takaisin", "correct"),
    ("varasto-raportti kari.2", "tuli, lavoista ei kannata ottaa kuvia, kuorma oli ok",
     "wrong"),
    ("varasto-raportti kari.2", "tuli, ei kannata käyttää yhtä lavaa, muuten kuorma oli ok",
     "correct"),
    ("varasto-raportti kari.2", "tuli, lavat purettiin, laitoin muovit sivuun, muuten kuorma "
     "oli ok", "wrong"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun, en oo vielä kuitannu, "
     "muuten kuorma oli ok", "correct"),
    ("varasto-raportti kari.2", "tuli, yks lava, laitoin sen sivuun, muuten kuorma oli ok",
     "correct"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun vaikka se ei ollu rikki, "
     "muuten kuorma oli ok", "wrong"),
])
def test_review228(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)
