"""Kinds mended at stop 52 (issue 12): set 49's, each probed across the review probes
before and after (bench/sweep_reviews.py: none lost)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table


# speech's -ks question before "sä" or "mä" asks in the pronoun's person ("voiks sä" is
# voitko sinä); written "voiko sinä" is still a slip, and "voinks sä" another person's verb
@as_table(("step", "answer", "verdict"), [
    ("yleinen-apua step-13", "voiks sä auttaa mua?", "correct"),
    ("yleinen-apua step-13", "voisiks sä auttaa mua", "correct"),
    ("yleinen-apua step-13", "voiko sinä auttaa minua", "almost"),
    ("yleinen-apua step-13", "voinks sä auttaa mua", "almost"),
])
def test_a_spoken_question_before_its_pronoun(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# an open step's topic in the lessons' other spelling (samir.8 lists both "kuulonsuojaimet"
# and "kuulosuojaimet"); a compound or a synonym of a topic names none (review90: naming
# them let unsafe answers through, "suojakäsineet voi jättää kaappiin"); a protection said
# needless after a verb of wearing it is still the example said no to
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.8", "muista aina kuulosuojaimet", "correct"),
    ("yleinen-perehdytys samir.8", "ei tarvitse pitää kuulosuojaimia", "wrong"),
    ("yleinen-perehdytys samir.8", "ei tarvitse pitää kypärää", "wrong"),
    ("yleinen-perehdytys samir.8", "ei tarvitse laittaa hanskoja", "wrong"),
    ("yleinen-perehdytys samir.8", "ei tarvitse ottaa kypärää pois", "correct"),
    ("elintarvike-raportti anna", "ota sormus pois, ei tarvitse laittaa sitä hanskan alle",
     "correct"),
])
def test_a_topic_in_other_words(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# a bare no, with a verb of may or can, is the step's foreseen bare no
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti elias.4", "ei saa", "almost"),
    ("hoiva-raportti elias.4", "ei", "almost"),
    ("hoiva-raportti elias.4", "ei saa nostaa", "correct"),
])
def test_a_bare_no_is_the_foreseen_no(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# speech's sounds: a plural partitive's -ja said -i (not for a partitive in -ita), a glide
# j between a diphthong's i and a vowel, or for its d
@as_table(("step", "answer", "verdict"), [
    ("valmistus-turvallisuus step-3", "käytä aina suojalasei", "correct"),
    ("metalli-esimies tyomaarays.6", "mikä on reijän mitta", "correct"),
    ("valmistus-kartoitus a2-loppu", "mutterei", "almost"),
])
def test_spoken_sounds(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review89 (a read-only review of stop 51's change): a need said of being on, carrying,
# moving, setting or caring about a protection is the protection said needless; a washing
# of gear worn is no hygiene measure; a workday over or work left is out of the work; a
# heavy load is no condition for needing no help; "kun" without "ennen" is no "ennen kuin";
# a compound the rewording takes apart is read as said; a machine let work or go on
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti elias.2", "jarrujen ei tarvitse olla päällä", "wrong"),
    ("autoala-raportti jere", "tukipukkien ei tarvitse olla auton alla", "wrong"),
    ("autoala-raportti jere", "tukipukkeja ei tarvitse nostaa auton alle", "wrong"),
    ("autoala-raportti jere", "ei tarvitse nostaa tukipukkeja paikalleen", "wrong"),
    ("rakennus-raportti uusi", "kypärästä ei tarvitse välittää", "wrong"),
    ("yleinen-perehdytys samir.8", "suojalaseja ei tarvitse kantaa mukana", "wrong"),
    ("rakennus-raportti uusi", "kypärä päähän, ei tarvitse olla huolissaan", "correct"),
    ("hoiva-raportti elias.2", "laita jarrut päälle, ei tarvitse nostaa häntä", "correct"),
    ("yleinen-perehdytys samir.8", "kannattaa pyytää apua, ei tarvitse nostaa yksin",
     "correct"),
    ("rakennus-raportti uusi", "käytä kypärää, sitä ei tarvitse pestä", "correct"),
    ("yleinen-perehdytys samir.8",
     "pidä turvakengät jalassa, niitä ei tarvitse puhdistaa joka päivä", "correct"),
    ("siivous-raportti hassan",
     "älä sekoita pesuaineita, sinun ei tarvitse pestä kahteen kertaan", "correct"),
    ("rakennus-raportti uusi", "laita kypärä päähän, ei tarvitse tarkistaa sitä joka päivä",
     "wrong"),
    ("elintarvike-raportti anna", "ota hanskat pois, niitä ei tarvitse pestä", "wrong"),
    ("elintarvike-raportti anna", "sormus saa olla kun lähdet töistä", "correct"),
    ("elintarvike-raportti anna", "sormus saa olla kun työvuoro päättyy", "correct"),
    ("elintarvike-raportti anna", "sormus saa olla kun olet lomalla", "correct"),
    ("elintarvike-raportti anna", "sormus saa olla kun et ole vielä lähtenyt töistä", "wrong"),
    ("varasto-raportti neuvo", "et tarvitse apua ku laatikko on painava", "wrong"),
    ("varasto-raportti neuvo", "jos laatikko on kevyt, et tarvitse apua", "correct"),
    ("hoiva-raportti step-14", "laita jarrut päälle ku asukas on jo noussut", "wrong"),
    ("elintarvike-raportti anna", "hiusverkkoa ei tarvitse pitää", "wrong"),
    ("elintarvike-raportti anna", "ota sormus pois, hiusverkkoa ei tarvita", "wrong"),
    ("elintarvike-raportti anna", "käytä hiusverkkoa, ei tarvitse hakea uutta", "correct"),
    ("metalli-ohjeet kone", "annan koneen toimia ja kerron työnjohtajalle", "wrong"),
    ("metalli-ohjeet kone", "annan koneen jatkaa ja ilmoitan työnjohtajalle", "wrong"),
])
def test_review89s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# set 48: a dropped -n after a long vowel the normaliser read as another spoken sound
# ("lappuu": lappua), as written: the accepted word says which was meant
@as_table(("step", "answer", "verdict"), [
    ("yleinen-tarkistaminen step-9", "voitko kirjoittaa sen tähä lappuu", "correct"),
    ("yleinen-tarkistaminen step-9", "voitko kirjoittaa sen tähän lappua", "almost"),
])
def test_a_dropped_n_as_written(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# set 49: a name said with another length, a slip of it (both trainers of sets 23 and 49)
@as_table(("step", "answer", "verdict"), [
    ("yleinen-puhelin kysy-nimi", "Saara", "almost"),
    ("yleinen-puhelin kysy-nimi", "Sari", "wrong"),
])
def test_a_name_said_with_another_length(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# "ei saa" is a whole reply before an example's command in its form, its comma lost in the
# reading; "ei saa hälyttää hoitajaa" says no to the example
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti elias.4", "ei saa, hälytä hoitaja", "correct"),
    ("hoiva-raportti elias.4", "ei voi, soita hoitajalle", "correct"),
    ("hoiva-raportti elias.4", "ei saa hälyttää hoitajaa", "wrong"),
    ("hoiva-raportti elias.4", "ei saa, nosta hänet", "wrong"),
])
def test_a_no_of_may_before_a_command(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review90 (a read-only review of this stop's change, 500 probes kept): carrying, moving,
# setting or caring about is the protection's only said of it; gear said useless or left
# off; what the step takes off said fine to keep; a need of fetching the gear; "muuten"
# says the condition's opposite; "sitä" is no pair of gloves; leaving work for another
# place of it is none; a count of gear is no gear refused; "jo" only after the "kun"
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti elias.2", "laita jarrut päälle, tuolia ei tarvitse siirtää", "correct"),
    ("hoiva-raportti elias.2", "muista jarrut, ei tarvitse siirtää häntä yksin", "correct"),
    ("rakennus-raportti uusi", "laita kypärä päähän, sitä ei tarvitse säätää joka kerta",
     "correct"),
    ("autoala-raportti jere", "tukipukkeja ei tarvitse siirtää auton alle", "wrong"),
    ("rakennus-raportti uusi", "kypärää ei tarvitse nostaa päähän", "wrong"),
    ("yleinen-perehdytys samir.8", "hanskat on turhat", "wrong"),
    ("yleinen-perehdytys samir.8", "kuulonsuojaimet voi jättää pois", "wrong"),
    ("yleinen-perehdytys samir.8", "muista kypärä, se ei ole turha", "correct"),
    ("metalli-raportti ville", "hanskat voi jättää pois porakoneella", "correct"),
    ("metalli-raportti ville", "hanskat käy porakoneella", "wrong"),
    ("metalli-raportti ville", "ohuet hanskat saa olla", "wrong"),
    ("elintarvike-raportti anna",
     "hiukset pitää olla verkon sisällä, sormus saa olla kaapissa", "correct"),
    ("yleinen-perehdytys samir.8", "ei tarvitse hakea kuulosuojaimia", "wrong"),
    ("yleinen-perehdytys samir.8", "kuulosuojainten ei tarvitse olla korvilla", "wrong"),
    ("yleinen-perehdytys samir.8", "käytä kypärää, ei tarvitse hakea uutta kypärää", "correct"),
    ("varasto-raportti neuvo", "jos laatikko on painava, pyydä apua, muuten et tarvitse apua",
     "correct"),
    ("varasto-raportti neuvo", "jos laatikko on iso, pyydä apua, muuten nosta jaloilla yksin",
     "correct"),
    ("varasto-raportti neuvo", "käytä pumpparia niin et tarvitse apua", "correct"),
    ("ravintola-raportti noora", "käytä hanskoja, sitä ei tarvitse pestä", "wrong"),
    ("elintarvike-raportti anna", "sormus saa olla kun lähdet keittiöstä linjalle", "wrong"),
    ("yleinen-perehdytys samir.8",
     "käytä suojakäsineitä, ei tarvitse käyttää kahta paria hanskoja", "correct"),
    ("yleinen-lahelta-piti ilmoitus.10",
     "kävelijät käyttää huomioliivejä, villaliiviä ei tarvita", "correct"),
    ("hoiva-raportti step-14", "laita jo jarrut päälle ku asukas nousee", "almost"),
    ("ravintola-raportti antti.6", "ei mitään erikoista", "wrong"),
])
def test_review90s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review91 (a read-only review of review90's mends, 500 probes kept): "muuten" turns only a
# load's size, not haste, and only for a deed said after it; a pronoun between fronted gear
# and its need; any vest; "turha" said of the gear, not of a deed after it; another thing
# left, gear of a kind, gear left off away from the work; a removed thing put away or a
# new one is none kept
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti neuvo", "jos on kiire, nosta yksin, muuten pyydä apua", "wrong"),
    ("varasto-raportti neuvo", "jos on kiire, pyydä apua, muuten nosta yksin", "wrong"),
    ("varasto-raportti neuvo", "jos laatikko on iso, nosta yksin, muuten pyydä apua",
     "wrong"),
    ("rakennus-raportti uusi", "kypärästä sun ei tarvitse välittää", "wrong"),
    ("hoiva-raportti elias.2", "jarruista sinun ei tarvitse huolehtia", "wrong"),
    ("yleinen-lahelta-piti ilmoitus.10", "liivejä ei tarvita", "wrong"),
    ("yleinen-perehdytys samir.8", "kypärä päähän, turha ottaa riskiä", "correct"),
    ("yleinen-perehdytys samir.8", "käytä suojalaseja, on turha riskeerata silmiä", "correct"),
    ("yleinen-perehdytys samir.8", "rikkinäiset hanskat on turhat, ota uudet", "correct"),
    ("yleinen-perehdytys samir.8", "käytä kypärää, saa jättää pipon kotiin", "correct"),
    ("yleinen-perehdytys samir.8", "kypärän voi jättää pois kahvihuoneessa", "correct"),
    ("yleinen-perehdytys samir.8", "suojalasit voi jättää kaappiin", "wrong"),
    ("metalli-raportti ville", "hanskat saa laittaa kaappiin", "correct"),
    ("metalli-raportti ville", "hanskat saa olla, ota sormus pois", "wrong"),
    ("elintarvike-raportti anna", "sormus on hyvä jättää kotiin", "correct"),
    ("metalli-raportti marjatta.8", "tarkistetaan laikka, ehjä laikka käy", "correct"),
    ("yleinen-perehdytys samir.8",
     "käytä kypärää ja suojalaseja, niitä ei tarvitse pestä joka päivä", "correct"),
    ("yleinen-perehdytys samir.8",
     "pidä kypärä päässä hallissa, taukotilassa kypärän ei tarvitse olla päässä", "correct"),
])
def test_review91s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review92 (a read-only review of review91's mends, 598 probes kept): gear left at home or
# left off at a place of the work is left off (only a break or a place off the work is
# away); "turha" before a deed on the gear; a faulty state, not any adjective; a span of
# time is no other thing left; putting gloves on is no putting them away; a new one only
# where the step replaces one; after "muuten", haste or tiredness is still an excuse; a
# vest for warmth is no gear; spoken "olis"
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.8", "kypärän voi jättää kotiin", "wrong"),
    ("yleinen-perehdytys samir.8", "kypärän voi jättää pois työmaalla", "wrong"),
    ("yleinen-perehdytys samir.8", "kypärän voi jättää pois kahvihuoneessa", "correct"),
    ("yleinen-perehdytys samir.8", "kypärä on turha laittaa päähän", "wrong"),
    ("yleinen-perehdytys samir.8", "hanskat turhat", "wrong"),
    ("yleinen-perehdytys samir.8", "kypärä olis turha", "wrong"),
    ("yleinen-perehdytys samir.8", "tyhmät suojalasit on turhat", "wrong"),
    ("yleinen-perehdytys samir.8", "hanskat saa jättää pois hetken", "wrong"),
    ("metalli-raportti ville", "hanskat saa laittaa päälle", "wrong"),
    ("metalli-raportti ville", "uudet hanskat käy", "wrong"),
    ("elintarvike-raportti anna", "sormus saa jäädä sormeen", "wrong"),
    ("varasto-raportti neuvo", "jos ei ole kiire, pyydä apua, muuten nosta yksin", "wrong"),
    ("yleinen-lahelta-piti ilmoitus.10", "käytä huomioliiviä, lämpöliiviä ei tarvita",
     "correct"),
    ("yleinen-lahelta-piti ilmoitus.10", "liivejä ei tarvita", "wrong"),
])
def test_review92s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review93 (a read-only review of review92's mends, 588 probes kept): a break or a place off
# the work only in the gear's own clause; a meal or coffee break; "turha" before taking the
# gear off or forgetting it is advice; a damaged state said any way; a removed thing put
# away for keeping or on a piece of furniture, not under a glove
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.8", "kypärän voi jättää pois ja käydä kahvihuoneessa", "wrong"),
    ("yleinen-perehdytys samir.8", "kypärä on ihan turha, kysy vaikka toimistossa", "wrong"),
    ("yleinen-perehdytys samir.8", "kypärän voi jättää pois ruokatauolla", "correct"),
    ("yleinen-perehdytys samir.8", "suojalasit on turha ottaa pois", "correct"),
    ("yleinen-perehdytys samir.8", "hanskat on turha unohtaa", "correct"),
    ("yleinen-perehdytys samir.8", "haljenneet suojalasit on turhat, ota uudet", "correct"),
    ("yleinen-perehdytys samir.8", "isot kuulosuojaimet voi jättää pois", "wrong"),
    ("metalli-raportti ville", "hanskat saa laittaa talteen", "correct"),
    ("metalli-raportti ville", "hanskat saa laittaa pöydän päälle", "correct"),
    ("elintarvike-raportti anna", "sormus on hyvä laittaa hanskan alle", "wrong"),
])
def test_review93s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# set 51: a foreseen mistake said in a synonym is that mistake; spoken "oikeen" is oikein
@as_table(("step", "answer", "verdict"), [
    ("metalli-raportti ville", "ota hanskat", "almost"),
    ("yleinen-oikeudet kysy-virhe", "ei oo oikeen, puuttuu kaheksan tuntia", "correct"),
])
def test_set51s_kinds(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review94 (a read-only review of review93's mends, 341 probes kept): "turha" before any
# deed but taking gear off or forgetting it; a faulty state said of the gear itself, right
# before it, not of the speaker; "liian" only where another is put in its place; a break
# only where one is at it; two things joined by "ja" are one clause; put under clothing or
# away only later is no putting away
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.8", "kypärä on turha panna päähän", "wrong"),
    ("yleinen-perehdytys samir.8", "suojalasit on turha nostaa silmille", "wrong"),
    ("yleinen-perehdytys samir.8", "oon tottunut, hanskat on turhat", "wrong"),
    ("yleinen-perehdytys samir.8", "väsyneenä kypärä on turha", "wrong"),
    ("yleinen-perehdytys samir.8", "liian raskas kypärä on turha", "wrong"),
    ("yleinen-perehdytys samir.8", "liian isot hanskat on turhat, ota sopivat", "correct"),
    ("yleinen-perehdytys samir.8", "kastuneet hanskat voi jättää pois", "wrong"),
    ("yleinen-perehdytys samir.8", "kypärän voi jättää pois taukoon asti", "wrong"),
    ("yleinen-perehdytys samir.8", "suojalasit on turhat kahvitauon jälkeen", "wrong"),
    ("yleinen-perehdytys samir.8", "taukotilassa hanskat ja kypärän saa jättää pois",
     "correct"),
    ("elintarvike-raportti anna", "sormus saa laittaa paidan alle", "wrong"),
    ("metalli-raportti ville", "hanskat saa laittaa talteen huomenna", "wrong"),
])
def test_review94s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review95 (a read-only review of review94's mends, 509 probes kept; not reviewed again
# this stop): a break added after "ja", "tai", "sitten" + a clause, or compared with "niin
# … kuin" is no limit of the gear left off; "ja" between two pieces of gear is none; a
# break's time ("tauon aikana"); furniture by its compound; put away now, taken back later
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.8", "kypärän voi jättää pois ja tauolla myös", "wrong"),
    ("yleinen-perehdytys samir.8", "kypärän voi jättää pois hallissa ja taukotilassa",
     "wrong"),
    ("yleinen-perehdytys samir.8", "kypärä on turha, sitten tauolla juodaan kahvia", "wrong"),
    ("yleinen-perehdytys samir.8", "kypärä on turha, niin tauolla kuin työssä", "wrong"),
    ("yleinen-perehdytys samir.8", "hanskat voi jättää pois sitten ruokatauolla", "correct"),
    ("yleinen-perehdytys samir.8", "taukotilassa hanskat ja kypärän saa jättää pois",
     "correct"),
    ("yleinen-perehdytys samir.8", "kypärän voi jättää pois vaan kahvihuoneessa", "correct"),
    ("yleinen-perehdytys samir.8", "kypärä on turha kahvitauon aikana", "correct"),
    ("metalli-raportti ville", "hanskat saa laittaa työpöydän päälle", "correct"),
    ("metalli-raportti ville", "hanskat saa laittaa talteen, ota ne takaisin porauksen jälkeen",
     "correct"),
])
def test_review95s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review96 (a read-only review of review95's mends, 333 probes kept; its mends not reviewed
# again this stop): a break widened after it by a work place or a wider time excuses
# nothing; a work place before it is another clause's; "niin" after a break begins no
# clause, "sitten" with a verb of its own does
@as_table(("step", "answer", "verdict"), [
    ("rakennus-raportti uusi", "kypärä on turha kahvitauon aikana ja telineellä", "wrong"),
    ("rakennus-raportti uusi", "kypärä on turha kahvitauon aikana ja muulloin", "wrong"),
    ("yleinen-perehdytys samir.8", "kypärä on turha tauon aikana koneella", "wrong"),
    ("rakennus-raportti uusi", "tauolla niin kypärä on turha", "correct"),
    ("yleinen-perehdytys samir.8", "tauolla syön, sitten kypärän voi jättää pois", "wrong"),
    ("yleinen-perehdytys samir.8",
     "käytä kuulosuojaimia hallissa, kuulosuojaimet voi jättää pois taukotilassa", "correct"),
])
def test_review96s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review97 (a read-only review of review96's mends, 206 probes kept; its mends not reviewed
# again this stop): a break is widened only by a place of the work or a time beyond it,
# not by a place off the work, the work's end or the whole break; "niin" after a clause
# of its own begins one
@as_table(("step", "answer", "verdict"), [
    ("rakennus-raportti uusi", "laita kypärä päähän, kypärä on turha tauolla taukotuvassa",
     "correct"),
    ("yleinen-perehdytys samir.8",
     "muista turvakengät, turvakengät on turhat tauolla ja töiden jälkeen", "correct"),
    ("rakennus-raportti uusi", "laita kypärä päähän, kypärä on turha kahvitauolla koko tauon ajan",
     "correct"),
    ("rakennus-raportti uusi", "kypärä on turha kahvitauon aikana ja sen jälkeen", "wrong"),
    ("yleinen-perehdytys samir.8", "kypärä on turha kahvihuoneessa koneen vieressä", "wrong"),
    ("rakennus-raportti uusi", "olin tauolla eilen niin tänään kypärä on turha", "wrong"),
])
def test_review97s_reads(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
