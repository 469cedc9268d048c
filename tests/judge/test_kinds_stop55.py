"""Kinds mended at stop 55 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py: none lost)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge.normalise import normalise
from valkky.testing.table import as_table


# review113 (SAFETY): gear of a kind worn near a machine makes another needless where a verb
# of using it or the head says so ("käytät … sahan vieressä", "pidät tulppia korvissa …");
# not gear that is beside a machine or in a cupboard, nor "korvien lähellä"
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.8", "jos käytät kuulosuojaimia höylän vieressä, tulppia ei "
     "tarvita", "correct"),
    ("yleinen-perehdytys samir.8", "jos käytät suojalaseja lähellä sorvia, visiiriä ei "
     "tarvita", "correct"),
    ("yleinen-perehdytys samir.8", "jos laitat kuulosuojaimet korville sahan lähellä, tulppia "
     "ei tarvita", "correct"),
    ("yleinen-perehdytys samir.8", "kun pidät tulppia korvissa kompressorin vieressä, "
     "kuulosuojaimia ei tarvita", "correct"),
    ("yleinen-perehdytys samir.8", "jos tulpat on sorvin vieressä kun käytät sitä, "
     "kuulosuojaimia ei tarvita", "wrong"),
    ("yleinen-perehdytys samir.8", "jos käytät tulppia ja ne ovat kaapissa, kuulosuojaimia ei "
     "tarvita", "wrong"),
    ("yleinen-perehdytys samir.8", "jos sulla on tulpat korvien lähellä, kuulosuojaimia ei "
     "tarvita", "wrong"),
    ("yleinen-perehdytys samir.8", "jos pidät kuulosuojaimia sahan lähellä, tulppia ei "
     "tarvita", "wrong"),
])
def test_gear_worn_near_a_machine(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review113 (SAFETY): an aid in a condition makes help needless only where the condition says
# no more than the aid there, free or used (a closed list: a time, "vain" not before the aid,
# damage told anywhere, lifting alone make it none); what a command after it says is advice
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti neuvo", "jos kärry on vapaana vain iltaisin, et tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "jos rullakko on vapaa vain tänään, apua ei tarvita", "wrong"),
    ("varasto-raportti neuvo", "jos otat vain rullakon, et tarvitse apua", "correct"),
    ("varasto-raportti neuvo", "jos käytät pumppukärryä, et tarvitse apua", "correct"),
    ("varasto-raportti neuvo", "jos kärryssä on tilaa, mutta sen rengas on puhki, apua ei "
     "tarvita", "wrong"),
    ("varasto-raportti neuvo", "jos kärryssä on tilaa, nosta laatikko yksin sinne, apua ei "
     "tarvita", "wrong"),
    ("varasto-raportti neuvo", "kun ajat lavat trukilla, apua ei tarvita", "correct"),
    ("varasto-raportti neuvo", "jos trukki on vapaa, pyydä kuljettaja, et tarvitse "
     "apua", "correct"),
    ("varasto-raportti neuvo", "jos laatikko on kevyt, et tarvitse apua", "correct"),
    ("varasto-raportti neuvo", "jos laatikko on painava, käytä kärryä, et tarvitse "
     "apua", "correct"),
])
def test_an_aid_used_instead_of_help(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review113 (SAFETY): another board puts off only the board's own washing, for now: not the
# hands, not for ever, and not with an unwashed board
@as_table(("step", "answer", "verdict"), [
    ("ravintola-raportti noora", "jos otat toisen laudan, käsiä ei tarvitse pestä", "wrong"),
    ("ravintola-raportti noora", "jos käytät eri lautaa, tätä ei tarvitse pestä koskaan", "wrong"),
    ("ravintola-raportti noora", "jos otat toisen tiskaamattoman laudan, tätä ei tarvitse "
     "pestä heti", "wrong"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti, mutta "
     "pese kädet", "correct"),
    ("ravintola-raportti noora", "jos käytät eri lautaa, ei tarvitse pestä heti", "correct"),
])
def test_another_board_puts_off_its_washing(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# the lesson's samir.6 foresees restarting the stopped machine (review102, 107, 108: "älä
# korjaa, käynnistä se uudelleen" passed); going on with the work is no mistake of its own
# there, since a dialogue's wrong mistakes stay wrong in its later turns (samir.8: "käytä
# suojalaseja ja jatka työtä" is a right instruction)
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.6", "älä korjaa, käynnistä se uudelleen", "wrong"),
    ("yleinen-perehdytys samir.6", "älä korjaa sitä itse, käynnistä kone vaan uudelleen",
     "wrong"),
    ("yleinen-perehdytys samir.6", "älä korjaa itse, kerro esimiehelle", "correct"),
    ("yleinen-perehdytys samir.8", "käytä suojalaseja ja jatka työtä", "correct"),
    ("yleinen-perehdytys samir.8", "käynnistä kone uudelleen", "wrong"),
])
def test_a_stopped_machine_restarted(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# speech drops the d of "kädet" (set 55, both trainers right; set 19 split)
@as_table(("step", "answer", "verdict"), [
    ("ravintola-hygienia step-3", "pese käet ennen työtä", "correct"),
    ("elintarvike-ohjeet step-7", "laita ensin hiusverkko, sitten pese käet", "correct"),
    ("ravintola-hygienia step-3", "pese kät ennen työtä", "almost"),
])
def test_kaet_for_kadet(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review114 (SAFETY): a condition that wears gear, or uses an aid instead of help, is read by
# a closed list of what it may say, failing safe (a time, a place off the work, another's
# gear, a limit said in a command after it, a lack, damage); its owner, kind or state before
# the gear, "sulla on", a later condition of its own and a command after it are no such word
# more; a fallen resident lifted is the lesson's own mistake in hoiva-raportti hoitaja.2
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.8", "jos käytät kuulosuojaimia pukuhuoneen vieressä, tulppia ei "
     "tarvita", "wrong"),
    ("yleinen-perehdytys samir.8", "jos sulla on tulpat korvissa tunnin, kuulosuojaimia ei "
     "tarvita", "wrong"),
    ("yleinen-perehdytys samir.8", "jos työkaverin kuulosuojaimet on päässä, tulppia ei "
     "tarvita", "wrong"),
    ("yleinen-perehdytys samir.8", "jos käytät koko ajan korvatulppia, kuulosuojaimia ei "
     "tarvita", "correct"),
    ("yleinen-perehdytys samir.8", "jos käytät firman kuulosuojaimia, tulppia ei "
     "tarvita", "correct"),
    ("yleinen-perehdytys samir.8", "jos käytät ehjiä korvatulppia, kuulosuojaimia ei "
     "tarvita", "correct"),
    ("yleinen-perehdytys samir.8", "jos mulla on kuulosuojaimet, en tarvitse tulppia", "correct"),
    ("yleinen-perehdytys samir.8", "jos käytät kuulosuojaimia, tulppia ei tarvita, tulpat on "
     "kaapissa", "correct"),
    ("yleinen-perehdytys samir.8", "jos käytät tulppia koneen lähellä, mutta ne on taskussa, "
     "kuulosuojaimia ei tarvita", "wrong"),
    ("varasto-raportti neuvo", "jos kärry on vapaana, käytä sitä vain välillä, apua ei "
     "tarvita", "wrong"),
    ("varasto-raportti neuvo", "jos trukki on vapaa, mutta sulla ei ole trukkikorttia, apua "
     "ei tarvita", "wrong"),
    ("varasto-raportti neuvo", "jos laatikot on jo kärryssä, et tarvitse apua", "correct"),
    ("varasto-raportti neuvo", "jos kevyt laatikko mahtuu kärryyn, apua ei tarvita", "correct"),
    ("varasto-raportti neuvo", "jos pumppukärry on varattu, ota rullakko, niin apua ei "
     "tarvita", "correct"),
    ("varasto-raportti neuvo", "jos kärry toimii, et tarvitse apua, mutta jos se on rikki, "
     "pyydä apua", "correct"),
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana, apua ei tarvita vaikka sen pyörä "
     "on rikki", "wrong"),
    ("ravintola-raportti noora", "jos käytät eri lautaa, ei tarvitse pestä heti, kädet pitää "
     "pestä aina", "correct"),
    ("ravintola-raportti noora", "jos otat toisen laudan, ei sun tarvitse pestä tätä lautaa "
     "enää", "wrong"),
    ("hoiva-raportti hoitaja.2", "aino kaatui, nostin hänet sänkyyn", "wrong"),
    ("hoiva-raportti hoitaja.2", "löysin ainon lattialta, en nostanut, hälytin sinut", "correct"),
])
def test_review114(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review114 (SAFETY): a person lifted alone, or a thing alone where an aid is there, is the
# deed whatever condition goes with it (none of the graded answers says one); a light box
# and a no the condition's words took are not
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti elias.4", "kun nostolaite on vapaana, nosta hänet yksin", "wrong"),
    ("hoiva-raportti elias.4", "jos Aino ei valita kipua, voit nostaa hänet yksin", "wrong"),
    ("hoiva-raportti elias.4", "jos hän on kevyt, voit nostaa hänet yksin", "wrong"),
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana, voit nostaa yksin", "wrong"),
    ("varasto-raportti neuvo", "jos laatikko on kevyt, nosta yksin, muuten pyydä apua",
     "correct"),
    ("hoiva-raportti elias.4", "jos on kiire, älä silti nosta yksin, hälytä hoitaja", "correct"),
    ("hoiva-raportti elias.4", "kun nostolaite on paikallaan, nostakaa hänet yhdessä",
     "correct"),
])
def test_lifted_alone_under_a_condition(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# speech says the no's verb in the third person: "et tarvii" is "et tarvitse", not "että
# tarvitsee" (the no was lost; review113, SAFETY); "et tarviin" still opens a clause
@as_table(("said", "read"), [
    ("kun laatikko on raskas et tarvii apua", "kun laatikko on raskas et tarvitsee apua"),
    ("kerron et tarviin apua", "kerron että tarvitsen apua"),
    ("mä tiedän et se on rikki", "minä tiedän että se on rikki"),
])
def test_et_before_a_spoken_third_person(said: str, read: str) -> None:
    assert normalise(said) == read


# review115 (SAFETY): a limit is a time that comes again, not "ensin", "takaisin"; a lack is
# no command's "älä", and a "mutta" before the need leaves the aid's condition; the load's
# weight is said of the load, heavy only said no to; manner and time words of wearing; the
# need's own part of the answer, to its commas, for another board; the step's own case
# ("jos hän nousee", where the answers say "ennen kuin hän nousee") excuses nothing
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana, laita laatikko ensin siihen, apua "
     "ei tarvita", "correct"),
    ("varasto-raportti neuvo", "jos kärry on vapaana, vie laatikot sillä takaisin hyllyyn, "
     "apua ei tarvita", "correct"),
    ("varasto-raportti neuvo", "jos kärry on vapaana iltaisin, et tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana, ota se, mutta älä nosta "
     "laatikkoa, et tarvitse apua", "correct"),
    ("varasto-raportti neuvo", "jos kärry on nyt vapaana, mutta sen pyörä ei pyöri, et "
     "tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "jos painava laatikko ei mahdu kärryyn, et tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "jos pieni trukki on rikki, et tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "jos laatikko ei ole painava, et tarvitse apua", "correct"),
    ("yleinen-perehdytys samir.8", "jos käytät kuulosuojaimia oikein, tulppia ei "
     "tarvita", "correct"),
    ("yleinen-perehdytys samir.8", "jos käytät tulppia päivällä, kuulosuojaimia ei "
     "tarvita", "wrong"),
    ("yleinen-perehdytys samir.8", "jos käytät korvatulppia, sun ei tarvitse käyttää "
     "kuulosuojaimia", "correct"),
    ("ravintola-raportti noora", "jos otat eri laudan, ei tarvitse pestä heti käsiä", "wrong"),
    ("ravintola-raportti noora", "jos käytät eri lautaa, tätä ei tarvitse pestä heti, kädet "
     "kyllä", "correct"),
    ("hoiva-raportti elias.2", "jos hän nousee, ota jarrut pois", "wrong"),
    ("hoiva-raportti elias.2", "ota jarrut pois kun hän siirtyy tuoliin", "wrong"),
    ("hoiva-raportti elias.2", "laita jarrut päälle ennen kuin hän nousee", "correct"),
    ("hoiva-raportti hoitaja.2", "aino kaatui, autoin hänet sänkyyn", "wrong"),
    ("hoiva-raportti hoitaja.2", "löysin ainon lattialta ja autoin hänet sänkyyn", "wrong"),
    ("varasto-raportti kari.4", "otin valokuvia ja kuittasin", "correct"),
])
def test_review115(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review113 (SAFETY): another's machine stopped, or one of many, is no case of one's own:
# gloves are not put on for it
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.8", "hanskat saa ottaa käteen kun naapurin pora on pysähtynyt",
     "wrong"),
    ("yleinen-perehdytys samir.8", "hanskat saa ottaa käteen kun pora on pysähtynyt",
     "correct"),
    ("metalli-raportti ville", "laita hanskat käteen kun toinen pora on pysähtynyt", "wrong"),
    ("metalli-raportti ville", "laita hanskat käteen kun pora on pysähtynyt", "correct"),
])
def test_another_machine_stopped(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review116 (SAFETY): heavy said no to past degree words; a "mutta" before the need may add
# advice only (a command, "älä nosta"), not a state, a no of using the aid or a limit
# ("vaan kymmenen minuuttia", spoken "viikonloppusin"); "eikä se ole rikki" is no lack; the
# need's own part cut at its join and sentence, and a "never" after "eikä"; "et" after a
# word of telling or a reason is että; a hand taken to a brush is no shard by hand; a
# person by name is no word of the step's case
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti neuvo", "jos laatikko ei ole kovin painava, et tarvitse apua", "correct"),
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana, ota se mutta aja varovasti, et "
     "tarvitse apua", "correct"),
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana eikä se ole rikki, apua ei "
     "tarvita", "correct"),
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana, mutta älä käytä sitä, et "
     "tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "jos rullakko on jo vapaana, mutta kuorma on liian korkea, "
     "et tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana, käytä sitä vaan kymmenen "
     "minuuttia, et tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "jos kärry on vapaana, käytä sitä viikonloppusin, apua ei "
     "tarvita", "wrong"),
    ("yleinen-perehdytys samir.8", "jos teillä on korvatulpat korvissa, kuulosuojaimia ei "
     "tarvita", "correct"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti mutta "
     "pese kädet", "correct"),
    ("ravintola-raportti noora", "jos otat toisen laudan, lautaa ei tarvitse pestä heti. Pese "
     "kuitenkin kädet.", "correct"),
    ("ravintola-raportti noora", "jos otat toisen laudan, vanhaa ei tarvitse pestä heti, eikä "
     "ollenkaan", "wrong"),
    ("varasto-raportti neuvo", "jos laatikko on painava, sano työkaverille et tarvii "
     "apua", "correct"),
    ("varasto-kartoitus b1-miksi", "siks et trukki tarvii tilaa", "correct"),
    ("kauppa-raportti pullo.6", "laitoin kyltin, otin harjan käteen, lakaisin "
     "sirpaleet", "correct"),
    ("hoiva-raportti elias.2", "jos Aino nousee, ota jarrut pois", "wrong"),
])
def test_review116(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# a clause that says no as a whole is read apart at its written commas: a deed said before
# another's no is said ("pidä hanskat, ei se haittaa…"); a no without a verb of its own says
# what the deed before it is not ("nosta hänet, ei yksin vaan…"), and "en ollut yksin"
# takes back a deed done alone
@as_table(("step", "answer", "verdict"), [
    ("metalli-raportti ville", "pidä hanskat, ei se haittaa jos olet varovainen", "wrong"),
    ("autoala-raportti jere", "voit mennä auton alle, ei tarvitse odottaa", "wrong"),
    ("kauppa-raportti pullo.6", "keräsin lasit käsillä, ei tarvinnut harjaa", "wrong"),
    ("hoiva-raportti elias.4", "nosta hänet, ei yksin vaan kun hoitaja on paikalla", "correct"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla, minä nostin hänet sänkyyn, en ollut "
     "yksin.", "correct"),
    ("yleinen-perehdytys samir.6", "mä en vaan korjaa sitä itse, kerro esimiehelle", "correct"),
])
def test_a_no_read_apart_at_its_comma(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review117 (SAFETY): "niin et tarvii" keeps its no (only a verb of telling makes "et" että);
# after a "mutta", advice on using the aid only (a closed list); "eikä" before damage is no
# lack only where the damage is said of it; "vaan tunnin" limits; any stop lets gloves come
# off "vasta", one's own stop puts them on; another board's need read on past its join where
# no command follows; a past deed or a from-place told before the deed, not a person, tells
# what happened (review118)
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti neuvo", "jos laatikko on painava niin et tarvii apua", "wrong"),
    ("yleinen-perehdytys samir.8", "kun poraat niin et tarvii suojalaseja", "wrong"),
    ("varasto-raportti neuvo", "jos laatikko on painava, sano työkaverille et tarvii "
     "apua", "correct"),
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana, mutta jätä se varastoon, et "
     "tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana, mutta älä lastaa sitä liikaa, "
     "et tarvitse apua", "correct"),
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana, käytä sitä mutta älä aja "
     "liian lujaa, apua ei tarvita", "correct"),
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana eikä sen rikkinäistä pyörää "
     "ole vaihdettu, et tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "jos kärry on vapaana, mutta käytä sitä vaan tunnin, et "
     "tarvitse apua", "wrong"),
    ("metalli-raportti ville", "ota hanskat pois vasta kun toinen pora on pysähtynyt", "wrong"),
    ("metalli-raportti ville", "laita hanskat käteen kun pora on pysähtynyt ja teet muita "
     "töitä", "correct"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti ja "
     "kädet voi pestä myöhemmin", "wrong"),
    ("ravintola-raportti noora", "jos otat toisen laudan, lautaa ei tarvitse pestä heti. "
     "Käsiäkään ei tarvitse pestä.", "wrong"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti mutta "
     "pese kädet", "correct"),
    ("varasto-raportti kari.4", "kirjoitin vauriot ylös ja kuittasin", "wrong"),  # (lost on
    # purpose, review118: any past deed before it is a report, "kirjoitin nimeni ja…")
    ("hoiva-raportti elias.4", "pyydä apua hoitajalta ja nostakaa hänet yhdessä", "correct"),
    ("hoiva-raportti hoitaja.2", "löysin ainon lattialta, hoitaja tutki hänet ja sitten "
     "nostimme hänet yhdessä sänkyyn", "wrong"),  # (review118: the lesson's mistake)
])
def test_review117(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review118 (SAFETY): any past deed told before a mistake is a report, no way of doing it;
# hoiva-raportti hoitaja.2 foresees lifting together too; advice after a "mutta" (a closed
# list: "työnnä varovasti", "ole varovainen"); "eikä rikki" is no lack; the hands washed all
# the same ("…, mutta kädet on pakko pestä")
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-raportti pirjo.6", "soitin sinulle ja heitin sen pois", "wrong"),
    ("varasto-raportti kari.4", "kirjoitin nimeni ja kuittasin", "wrong"),
    ("hoiva-raportti hoitaja.2", "aino kaatui, nostimme hänet yhdessä sänkyyn", "wrong"),
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana, käytä sitä mutta työnnä "
     "varovasti, et tarvitse apua", "correct"),
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana eikä rikki, et tarvitse apua",
     "correct"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti, mutta "
     "kädet on pakko pestä", "correct"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti, älä "
     "pese käsiä", "wrong"),
])
def test_review118(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review119 (SAFETY): "eikä" with damage right after it is no lack only where the damage ends
# its clause; the hands put off to later are not cleared by "hyvä"; "käytä", "pidä" advice
# after a "mutta", but not kept away nor by hand; "älä nyt pese käsiä"
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana eikä rikkinäinen pyörä haittaa, et "
     "tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "jos rullakko on vapaana eikä rikkinäinen, apua ei tarvita",
     "correct"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti, kädet "
     "on hyvä pestä myöhemmin", "wrong"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti, älä nyt "
     "pese käsiä", "wrong"),
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana, mutta pidä kuorma matalana, apua "
     "ei tarvita", "correct"),
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana, mutta pidä se varastossa, et "
     "tarvitse apua", "wrong"),
])
def test_review119(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review119's older hole: hoiva-raportti hoitaja.2 foresees lifting her up or to a chair, and
# the spoken passive ("me nostettiin"), with a helper named too
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti hoitaja.2", "aino kaatui, työkaverin kanssa nostimme hänet ylös", "wrong"),
    ("hoiva-raportti hoitaja.2", "aino oli lattialla, nostettiin hänet yhdessä tuoliin",
     "wrong"),
    ("hoiva-raportti hoitaja.2", "aino kaatui lattialle, en nostanut häntä", "correct"),
])
def test_a_fallen_resident_lifted_with_a_helper(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
