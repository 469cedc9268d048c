"""Kinds mended at stop 57 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py: none lost)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table

_NOORA = "jos otat toisen laudan, tätä ei tarvitse pestä heti, mutta pese kädet "
_AINO = "Aino kaatui aamulla. "


# review130, SAFETY: an aid fetched is the way only of a deed it does (lifting, moving),
# whole and kept at hand: an essive other than ready or first is read as broken (fails
# safe), a broken word counts where it is the aid's, and "pois" only with "hakea"
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti raportti", _AINO + "Kun olin hakenut nostolaitteen epäkuntoisena, "
     "nostin hänet sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", _AINO + "Kun olin saanut nostolaitteen vaurioituneena, "
     "nostin hänet sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", _AINO + "Kun olin hakenut rikkoutuneen nostolaitteen, "
     "nostin hänet sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", _AINO + "Kun olin tuonut nostolaitteen pois huoneesta, "
     "nostin hänet sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", _AINO + "Kun olin tuonut nostolaitteen ilman akkua, nostin "
     "hänet sänkyyn.", "wrong"),
    ("kauppa-raportti pullo.6", "Kun olin hakenut kärryn, keräsin lasit käsillä.", "wrong"),
    ("elintarvike-raportti pirjo.6", "Kun olin tuonut vaunun pois linjalta, laitoin paketin "
     "takaisin linjalle.", "wrong"),
    ("hoiva-raportti raportti", _AINO + "Kun olin hakenut ehjän nostolaitteen rikkinäisen "
     "tilalle, nostin hänet sänkyyn.", "correct"),
    ("hoiva-raportti raportti", _AINO + "Kun olin hakenut nostolaitteen valmiina, nostin "
     "hänet sänkyyn.", "correct"),
    ("hoiva-raportti raportti", _AINO + "Kun olin hakenut nostolaitteen, nostin hänet "
     "sänkyyn.", "correct"),
])
def test_an_aid_fetched_is_the_way_only_of_its_own_deed(step: str, answer: str,
                                                        verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review130, SAFETY: washing "after" gloves is now only where they are done with (not put
# on, "…ottanut hanskat käyttöön"), a glove by a compound's end, and nothing later follows
# the time ("…käytön jälkeen työpäivän lopussa", "…, eli kun lopetat työt"); a garment
# taken off is no time to wash
@as_table(("answer", "verdict"), [
    (_NOORA + "sen jälkeen kun olet käyttänyt hanskoja koko päivän", "wrong"),
    (_NOORA + "sen jälkeen kun olet käyttänyt hanskoja ja syönyt", "wrong"),
    (_NOORA + "hanskojen käytön jälkeen työpäivän lopussa", "wrong"),
    (_NOORA + "sen jälkeen kun olet ottanut hanskat käyttöön", "wrong"),
    (_NOORA + "hanskojen käytön jälkeen, eli kun lopetat työt", "wrong"),
    (_NOORA + "esiliinan riisumisen jälkeen", "wrong"),
    (_NOORA + "kumihanskojen poistamisen jälkeen", "correct"),
    (_NOORA + "sen jälkeen kun olet poistanut kumihanskat", "correct"),
    (_NOORA + "suojakäsineiden käytön jälkeen", "correct"),
])
def test_washing_after_gloves_is_now_only_when_done_with_them(answer: str,
                                                              verdict: str) -> None:
    assert judged_on("ravintola-raportti noora", answer).verdict == verdict


# review130: a time beside the answer after a "ja" is the answer's deed's where the "ja"
# joins things or says "vasta" ("pesen kädet ja kasvot töiden jälkeen": wrong), another
# time where it joins a deed of its own, the answer's second deed after its first, or the
# time said as well; "illalla", "huomenna" are times after "ennen" too
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-hygienia kadet", "pesen kädet ja kasvot töiden jälkeen", "wrong"),
    ("elintarvike-hygienia kadet", "pesen kädet ja vasta tauon jälkeen", "wrong"),
    ("elintarvike-tuotanto kysy-hiusverkko", "laitan hiusverkon ja sit vasta myöhemmin",
     "wrong"),
    ("elintarvike-hygienia kadet", "pesen kädet vasta huomenna", "wrong"),
    ("elintarvike-hygienia kadet", "pesen kädet illalla, taas huomenna", "wrong"),
    ("yleinen-kyltit pullo", "laitan suojalasit ja suojakäsineet lopuksi, taas huomenna",
     "wrong"),
    ("elintarvike-hygienia kadet", "pesen kädet ja desinfioin ne jälkeenpäin, taas tauolla",
     "correct"),
    ("elintarvike-hygienia kadet", "pesen kädet ja desinfioin ne sen jälkeen", "correct"),
    ("elintarvike-hygienia kadet", "pesen kädet ja uudestaan tauon jälkeen", "correct"),
    ("elintarvike-hygienia kadet", "pesen kädet ja tauon jälkeen", "correct"),
])
def test_a_time_after_a_ja(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# SAFETY (found beside review130): the report's lifting is read on its own after an "että"
# clause and a comma (it was what was noticed), after "joten" (as after "siksi"), and after
# a no of the clause before its comma ("hoitaja ei tullut, joten nostin…")
@as_table(("answer", "verdict"), [
    ("Aino kaatui. Huomasin että se on rikki, nostin hänet yksin sänkyyn.", "wrong"),
    ("Aino kaatui. Kun olin tuonut tuolin ja huomannut että se on rikki, nostin hänet yksin "
     "sänkyyn.", "wrong"),
    ("Aino kaatui. Nostolaite oli rikki, joten nostin hänet sänkyyn.", "wrong"),
    ("Aino kaatui. Hoitaja ei tullut, joten nostin hänet sänkyyn.", "wrong"),
    ("Aino kaatui aamulla. Hoitaja ei ollut paikalla. Nostin hänet sänkyyn.", "wrong"),
    ("Aino kaatui. Huomasin että hän on lattialla, soitin hoitajalle.", "correct"),
    ("Aino kaatui aamulla. Hoitaja sanoi, että nostetaan yhdessä, nostimme hänet "
     "nostolaitteella.", "correct"),
    ("Aino kaatui. Nostolaite oli rikki, joten hälytin hoitajan.", "correct"),
    ("Aino kaatui. Lonkkaan sattui, joten hoitaja tutki hänet.", "correct"),
])
def test_a_lifting_told_after_a_that_clause_or_joten(answer: str, verdict: str) -> None:
    assert judged_on("hoiva-raportti raportti", answer).verdict == verdict


# Set 59's kinds (both trainers): a past's -ui said without its -i though the letters are
# also a word ("osu"); "okei" before an answer, as "selvä" (not where the step says one of
# them); a decimal's "piste" for "pilkku" a slip; "jäi kesken" asks what "on kesken" does
@as_table(("step", "answer", "verdict"), [
    ("metalli-raportti step-7", "laikka hajosi ja pala osu suojalaseihin", "correct"),
    ("yleinen-tarkistaminen varasto.4", "okei, vien laatikot hyllylle neljä", "correct"),
    ("yleinen-tarkistaminen varasto.4", "ok, vien laatikot varastoon", "correct"),
    ("metalli-esimies tyomaarays.4", "okei, huomenna kello 12", "correct"),
    ("autoala-tyomaarays paine", "kaksi piste kolme baria", "almost"),
    ("elintarvike-tyokaveri kysy-vaihto", "mikä jäi kesken?", "correct"),
])
def test_set59_kinds(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review131: a first deed without its own object shares the time ("pesen ja desinfioin
# kädet myöhemmin": wrong); an oven glove is no glove to wash after; how one washes after
# the time is no later time ("…riisumisen jälkeen huolellisesti"), nor a time before it;
# a no of "yksin" before the comma is help ("En ollut yksin, joten nostin…"); a lift not at
# hand ("…vienyt sen takaisin", "…turhaan") or told broken before the deed is no way of it;
# lifting "käsin" after fetching the lift is the mistake; a person put in bed is an aided
# deed, a parcel put back is not
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-hygienia kadet", "pesen ja desinfioin kädet myöhemmin", "wrong"),
    ("ravintola-raportti noora", _NOORA + "uunikäsineiden käytön jälkeen", "wrong"),
    ("ravintola-raportti noora", _NOORA + "hanskojen riisumisen jälkeen huolellisesti",
     "correct"),
    ("ravintola-raportti noora", _NOORA + "hanskojen vaihdon jälkeen ennen salaattia",
     "correct"),
    ("hoiva-raportti raportti", _AINO + "En ollut yksin, joten nostin hänet sänkyyn.",
     "correct"),
    ("hoiva-raportti raportti", _AINO + "Kun olin hakenut nostolaitteen turhaan, nostin "
     "hänet sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", _AINO + "Kun olin hakenut nostolaitteen, nostin hänet käsin "
     "sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", _AINO + "Kun olin hakenut nostolaitteen, laitoin hänet "
     "sänkyyn.", "correct"),
    ("hoiva-raportti raportti", _AINO + "Kun olin hakenut nostolaitteen hoitajan pyytämänä, "
     "nostin hänet sänkyyn.", "correct"),
    ("elintarvike-raportti pirjo.6", "Kun olin hakenut kärryn, laitoin paketin takaisin "
     "linjalle.", "wrong"),
    ("elintarvike-hygienia kadet", "pesen kädet ja joka tauon jälkeen", "correct"),
])
def test_review131(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# Set 59's kinds, second batch (both trainers almost): the right letters named as another
# language names them, in a spelling step ("el em en er es", "kaa" for "koo"; not "be" for
# "bee", a vowel's length); "kiva tutustua" for a repeat step's "hauska tutustua"
@as_table(("step", "answer", "verdict", "reason"), [
    ("yleinen-puhelin step-17", "el em en er es", "almost", "letter_names"),
    ("yleinen-puhelin kysy-tavaa", "kaa aa hoo vee ii", "almost", "letter_names"),
    ("yleinen-puhelin kysy-tavaa", "koo aa hoo vee ii", "correct", None),
    ("yleinen-puhelin kysy-tavaa", "en tiedä", "wrong", "dont_know"),
    ("yleinen-tervehdys step-18", "kiva tutustua", "almost", "synonym"),
    ("yleinen-tervehdys step-18", "mukava tutustua", "almost", "synonym"),
])
def test_set59_letters_and_pleasantries(step: str, answer: str, verdict: str,
                                        reason: str | None) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason) == (verdict, reason)


# Set 59 (both trainers): the listener told to do it alone where the step offers help is
# no offer ("nouskaa ite vaan": wrong); a no of it, or the learner's own "itse", is not that
@as_table(("step", "answer", "verdict"), [
    ("hoiva-asukas aamu.6", "nouskaa ite vaan", "wrong"),
    ("hoiva-asukas aamu.6", "nouse yksin", "wrong"),
    ("hoiva-asukas aamu.6", "noustaanko", "correct"),
    ("hoiva-asukas aamu.6", "minä itse autan teitä", "correct"),
    ("varasto-raportti neuvo", "jos laatikko on raskas, nosta se yksin", "wrong"),
])
def test_alone_told_where_the_step_offers_help(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review132, SAFETY: "vasta" after a comma and a "ja" still puts off ("pesen kädet, ja vasta
# illalla": wrong); "ennen" the day's end is late; a frequency is no way of washing; only
# "en ollut yksin" before the comma is help; a person is lifted only with a lifting aid (not
# "kärryt"), not at someone's forbidding; a broken aid told before the deed's verb, or "huonossa
# kunnossa", is no way of it; lifting "käsillä" is alone
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-hygienia kadet", "pesen kädet, ja vasta illalla", "wrong"),
    ("yleinen-kyltit pullo", "laitan suojalasit, ja hanskat vasta huomenna", "wrong"),
    ("elintarvike-hygienia kadet", "pesen kädet, ja desinfioin ne aina vessan jälkeen",
     "correct"),
    ("ravintola-raportti noora", _NOORA + "hanskojen riisumisen jälkeen ennen kotiinlähtöä",
     "wrong"),
    ("ravintola-raportti noora", _NOORA + "hanskojen poiston jälkeen satunnaisesti", "wrong"),
    ("hoiva-raportti raportti", _AINO + "En halunnut odottaa yksin, joten nostin hänet "
     "sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", _AINO + "Kun olin hakenut kärryt, laitoin hänet sänkyyn.",
     "wrong"),
    ("hoiva-raportti raportti", _AINO + "Kun olin hakenut nostolaitteen hoitajan kieltämänä, "
     "nostin hänet sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", _AINO + "Kun olin hakenut nostolaitteen, jonka akku oli "
     "rikki, nostin hänet sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", _AINO + "Nostin hänet käsillä sänkyyn.", "wrong"),
    ("elintarvike-hygienia kadet", "pesen kädet kun ehdin myöhemmin", "wrong"),
])
def test_review132(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# Set 60 (both trainers right): a letter's case ending after a colon is the letter ("mutta,
# kaks t:tä"); "kilsa" is spoken "kilometri"
@as_table(("step", "answer", "verdict"), [
    ("yleinen-aanteet kysy-mutta", "mutta, kaks t:tä", "correct"),
    ("autoala-tyomaarays asiakkaalle", "muistakaa jälkikiristys, sadan kilsan päästä",
     "correct"),
])
def test_set60_kinds(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# Set 60 (both trainers almost): a participle in another number than its subject and verb
# is a slip though another accepted answer says the participle after the same verb in the
# singular ("renkaat ovat kulunut" beside "rengas on kulunut"); after a written "on" it is
# speech's ("renkaat on kulunu": right)
@as_table(("answer", "verdict"), [
    ("renkaat ovat kulunut", "almost"),
    ("renkaat on kulunu", "correct"),
    ("rengas on kulunut", "correct"),
    ("renkaat ovat kuluneet", "correct"),
])
def test_an_agreement_slip_beside_another_answers_singular(answer: str, verdict: str) -> None:
    assert judged_on("autoala-kartoitus b1-vika", answer).verdict == verdict


# review133 (over-strict mends of review132, mended): another thing's time after a comma
# ("pesen kädet, ja kasvot illalla"; not the answer's own, "…, ja käsineet sitten
# myöhemmin"); a manner of washing well is no time; "loppujen" is no day's end; an agent's
# help or watch is no broken aid; a broken word counts where it is the aid's
# ("…varastosta, joka oli melkein tyhjä" is not); "en ollut silloin siellä yksin" is help,
# "en ollut valmis odottamaan yksin" not
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-hygienia kadet", "pesen kädet, ja kasvot illalla", "correct"),
    ("yleinen-kyltit pullo", "laitan suojalasit, ja käsineet sitten myöhemmin", "wrong"),
    ("yleinen-kyltit sininen", "laitan kuulonsuojaimet kun menen halliin", "correct"),
    ("ravintola-raportti noora", _NOORA + "hanskojen riisumisen jälkeen hygieenisesti",
     "correct"),
    ("ravintola-raportti noora", _NOORA + "hanskojen riisumisen jälkeen ennen loppujen "
     "vihannesten leikkaamista", "correct"),
    ("hoiva-raportti raportti", _AINO + "Kun olin hakenut nostolaitteen hoitajan avustamana, "
     "nostin hänet sänkyyn.", "correct"),
    ("hoiva-raportti raportti", _AINO + "Kun olin hakenut nostolaitteen varastosta, joka oli "
     "melkein tyhjä, nostin hänet sänkyyn.", "correct"),
    ("hoiva-raportti raportti", _AINO + "En ollut silloin siellä yksin, joten nostin hänet "
     "sänkyyn.", "correct"),
    ("hoiva-raportti raportti", _AINO + "En ollut valmis odottamaan yksin, joten nostin hänet "
     "sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", _AINO + "Nostin hänet kahdella kädellä sänkyyn.", "wrong"),
])
def test_review133(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review134, SAFETY: after a comma and a "ja", a time is another thing's only where every
# thing between is another ("…, ja suojakäsineet työn jälkeen": wrong); only a manner of
# washing well is no time ("…huolimattomasti": wrong); an agent's essive is a whole aid
# only of bidding, help or checking ("…huoltomiehen purkamana": wrong); a "kun" clause's
# "myöhemmin" puts it off; only the learner's own "en ollut yksin" is help; "ennen kuin
# lähdet hakemaan salaattia" is no day's end
@as_table(("step", "answer", "verdict"), [
    ("yleinen-kyltit pullo", "laitan suojalasit, ja suojakäsineet työn jälkeen", "wrong"),
    ("yleinen-kyltit pullo", "laitan suojalasit, ja hanskat kaverin kanssa myöhemmin",
     "wrong"),
    ("ravintola-raportti noora", _NOORA + "hanskojen riisumisen jälkeen huolimattomasti",
     "wrong"),
    ("ravintola-raportti noora", _NOORA + "hanskojen riisumisen jälkeen ennen kuin lähdet "
     "hakemaan salaattia", "correct"),
    ("ravintola-raportti noora", _NOORA + "hanskojen riisumisen jälkeen ennen viikonloppua",
     "wrong"),
    ("hoiva-raportti raportti", _AINO + "Kun olin hakenut nostolaitteen huoltomiehen "
     "purkamana, nostin hänet sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", _AINO + "Kun olin hakenut nostolaitteen huoltomiehen "
     "korjaamana, nostin hänet sänkyyn.", "correct"),
    ("yleinen-kyltit sininen", "kuulonsuojaimet päähän kun menen kotiin myöhemmin", "wrong"),
    ("hoiva-raportti raportti", _AINO + "Aino ei ollut siellä kauan yksin, joten nostin hänet "
     "sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", _AINO + "En ollut onneksi yksin, joten nostin hänet sänkyyn.",
     "correct"),
])
def test_review134(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review135 and carrying: washing before leaving or a shift's change is late ("…ennen kuin
# lähdet", "…ennen kuin vuoro vaihtuu": wrong; not "…ennen kuin lähdet hakemaan
# salaattia"); more manners of washing well and agents' essives of lending or giving are
# no later time and no broken aid; a fall report that the resident was carried alone is the
# lesson's mistake (hoiva-raportti raportti: "kannoin hänet yksin sänkyyn")
@as_table(("step", "answer", "verdict"), [
    ("ravintola-raportti noora", _NOORA + "hanskojen riisumisen jälkeen ennen kuin lähdet",
     "wrong"),
    ("ravintola-raportti noora", _NOORA + "hanskojen riisumisen jälkeen ennen kuin vuoro "
     "vaihtuu", "wrong"),
    ("ravintola-raportti noora", _NOORA + "hanskojen riisumisen jälkeen tehokkaasti",
     "correct"),
    ("hoiva-raportti raportti", _AINO + "Kun olin hakenut nostolaitteen hoitajan lainaamana, "
     "nostin hänet sänkyyn.", "correct"),
    ("hoiva-raportti raportti", _AINO + "Kannoin hänet sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", _AINO + "Kannoin hänet hoitajan kanssa sänkyyn.", "correct"),
])
def test_review135_and_carrying(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review136, SAFETY: leaving is the day's end unless it is to work or to the step's own
# ("…ennen kuin lähdet kotiin nukkumaan": wrong; "…ennen kuin lähdet salaattipisteelle",
# "…jatkamaan töitä": right); a lift sent somewhere by another ("…korjaamolle viemänä") or
# any essive however else read ("…huoltoon hakemana") is no aid at hand
@as_table(("step", "answer", "verdict"), [
    ("ravintola-raportti noora", _NOORA + "hanskojen riisumisen jälkeen ennen kuin lähdet "
     "kotiin nukkumaan", "wrong"),
    ("ravintola-raportti noora", _NOORA + "hanskojen riisumisen jälkeen ennen kuin lähdet "
     "salaattipisteelle", "correct"),
    ("ravintola-raportti noora", _NOORA + "hanskojen riisumisen jälkeen ennen kuin lähdet "
     "jatkamaan töitä", "correct"),
    ("ravintola-raportti noora", _NOORA + "hanskojen riisumisen jälkeen ennen kuin lähdet "
     "töistä", "wrong"),
    ("hoiva-raportti raportti", _AINO + "Kun olin hakenut nostolaitteen huoltomiehen "
     "korjaamolle viemänä, nostin hänet sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla. Ku mä olin hakenu nostolaitteen, mä "
     "nostin sen sänkyyn.", "correct"),
])
def test_review136(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review137, SAFETY: leaving from work is the day's end whatever it goes to, else leaving
# not to a deed, a work station or the step's own thing ("…lähdet aamulla töihin",
# "…lähdet töistä hakemaan lapsia": wrong; "…lähdet paistamaan kanaa", "…lähet hakee
# salaattii", "…lähdet toiselle pisteelle": right); an agent's essive of bidding, giving or
# choosing is a whole aid only sent nowhere ("…huoltoon varaamana": wrong); "minäkin" and a
# time's essive ("sinä aamuna") say no broken aid
@as_table(("step", "answer", "verdict"), [
    ("ravintola-raportti noora", _NOORA + "hanskojen riisumisen jälkeen ennen kuin lähdet "
     "aamulla töihin", "wrong"),
    ("ravintola-raportti noora", _NOORA + "hanskojen riisumisen jälkeen ennen kuin lähdet "
     "töistä hakemaan lapsia", "wrong"),
    ("ravintola-raportti noora", _NOORA + "hanskojen riisumisen jälkeen ennen kuin lähdet "
     "paistamaan kanaa", "correct"),
    ("ravintola-raportti noora", _NOORA + "hanskojen riisumisen jälkeen ennen ku lähet hakee "
     "salaattii", "correct"),
    ("ravintola-raportti noora", _NOORA + "hanskojen riisumisen jälkeen ennen kuin lähdet "
     "toiselle pisteelle", "correct"),
    ("hoiva-raportti raportti", _AINO + "Kun olin hakenut nostolaitteen huoltomiehen huoltoon "
     "varaamana, nostin hänet sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", _AINO + "Kun olin hakenut nostolaitteen hoitajan antamana, "
     "nostin hänet sänkyyn.", "correct"),
    ("hoiva-raportti raportti", _AINO + "Kun minäkin olin hakenut nostolaitteen, nostin hänet "
     "sänkyyn.", "correct"),
    ("hoiva-raportti raportti", _AINO + "Kun olin hakenut nostolaitteen sinä aamuna, nostin "
     "hänet sänkyyn.", "correct"),
])
def test_review137(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review138, SAFETY: leaving is late unless to a deed of work (a closed list, not any verb:
# "…lähdet juhlimaan", "…lähdet tapaamaan kavereita": wrong), a work station or the step's
# own thing, and never from one ("…lähdet keittiöstä": wrong); leisure words count after
# leaving only ("…viet annokset saliin": right); an aid sent to service after the agent's
# essive is none ("…huoltomiehen antamana korjaamolle": wrong), one fetched to its room or
# from the repair shop is ("…huoneeseen hoitajan pyytämänä", "…korjaamolta tuomana": right)
@as_table(("step", "answer", "verdict"), [
    ("ravintola-raportti noora", _NOORA + "hanskojen riisumisen jälkeen ennen kuin lähdet "
     "juhlimaan", "wrong"),
    ("ravintola-raportti noora", _NOORA + "hanskojen riisumisen jälkeen ennen kuin lähdet "
     "keittiöstä", "wrong"),
    ("ravintola-raportti noora", _NOORA + "hanskojen riisumisen jälkeen ennen kuin viet "
     "annokset saliin", "correct"),
    ("ravintola-raportti noora", _NOORA + "hanskojen riisumisen jälkeen ennen kuin lähdet "
     "linjastolle", "correct"),
    ("hoiva-raportti raportti", _AINO + "Kun olin hakenut nostolaitteen huoltomiehen antamana "
     "korjaamolle, nostin hänet sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", _AINO + "Kun olin hakenut nostolaitteen huoneeseen hoitajan "
     "pyytämänä, nostin hänet sänkyyn.", "correct"),
    ("hoiva-raportti raportti", _AINO + "Kun olin hakenut nostolaitteen huoltomiehen "
     "korjaamolta tuomana, nostin hänet sänkyyn.", "correct"),
])
def test_review138(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
