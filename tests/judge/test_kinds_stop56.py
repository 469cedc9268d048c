"""Kinds mended at stop 56 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py: none lost)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table


# SAFETY: a report of the fall that says the learner lifted the resident alone, its "yksin"
# unsaid, is the lesson's mistake however the lifting is told (hoiva-raportti raportti's
# lifting forms); a past verb before the deed in its clause tells what happened, no way of
# doing it ("Aino kaatui. Nostin hänet…": "kaatui" names the topic "kaatua"); a no's past
# participle after a comma is the no's verb ("…, kukaan ei auttanut"); a time beside the
# deed adds no helper. Lifting with the nurse, or after she examined, stays right.
@as_table(("answer", "verdict"), [
    ("Aino kaatui aamulla, minä nostin hänet sänkyyn, kukaan ei auttanut.", "wrong"),
    ("Aino kaatui aamulla, mä nostin sen sänkyyn, kukaan ei auttanu.", "wrong"),
    ("Aino kaatui. Nostin hänet sänkyyn kello kahdeksan.", "wrong"),
    ("Aino kaatui huoneessa, autoin hänet ylös", "wrong"),
    ("Aino kaatui. Hän oli lattialla ja nostin hänet sänkyyn.", "wrong"),
    ("Löysin Ainon lattialta ja sen lonkkaan sattui, nostin sen ylös.", "wrong"),
    ("Aino kaatui aamulla, minä nostin hänet sänkyyn, en pyytänyt apua.", "wrong"),
    ("Aino kaatui aamulla. Lonkkaan sattui ja hoitaja tutki hänet.", "correct"),
    ("Aino kaatui aamulla. Hoitaja tutki hänet ja nostimme hänet yhdessä nostolaitteella "
     "sänkyyn.", "correct"),
    ("Aino kaatui aamulla. Me nostimme hänet hoitajan kanssa sänkyyn.", "correct"),
    ("Aino kaatui. Nostin hänet yhdessä hoitajan kanssa sänkyyn.", "correct"),
    ("Aino kaatui huoneessa. En nostanut häntä yksin, hoitaja tuli.", "correct"),
    ("Löysin Ainon lattialta. Lonkkaan sattui, en nostanut häntä vaan hälytin hoitajan.",
     "correct"),
])
def test_a_fall_reported_with_the_lifting_done_alone(answer: str, verdict: str) -> None:
    assert judged_on("hoiva-raportti raportti", answer).verdict == verdict


# review120 (SAFETY): after a "mutta", a command of "käytä" or "pidä" is advice on using the
# aid only with a closed list of what it says (the aid, gear; the load, a hold, the back,
# the hands); not "pidä se lukittuna", "käytä voimaa", "käytä mieluummin käsivoimia"
@as_table(("answer", "verdict"), [
    ("jos pumppukärry on vapaana, mutta käytä sitä varovasti, et tarvitse apua", "correct"),
    ("jos pumppukärry on vapaana, mutta pidä kuorma matalana, apua ei tarvita", "correct"),
    ("jos pumppukärry on vapaana, mutta pidä kiinni kahvasta, et tarvitse apua", "correct"),
    ("jos pumppukärry on vapaana, mutta käytä turvakenkiä, et tarvitse apua", "correct"),
    ("jos pumppukärry on vapaana, mutta pidä se lukittuna, et tarvitse apua", "wrong"),
    ("jos pumppukärry on vapaana, mutta pidä se pois tieltä, et tarvitse apua", "wrong"),
    ("jos pumppukärry on vapaana, mutta käytä voimaa, et tarvitse apua", "wrong"),
    ("jos pumppukärry on vapaana, mutta käytä mieluummin käsivoimia, et tarvitse apua",
     "wrong"),
])
def test_advice_after_a_but_on_a_cart(answer: str, verdict: str) -> None:
    assert judged_on("varasto-raportti neuvo", answer).verdict == verdict


# review120: what puts the hands' washing off is read in the hands' own clause, not the
# board's after it; the lesson's own "välillä", a no of forgetting or of later put nothing
# off; "älä pese käsiä" still does
@as_table(("answer", "verdict"), [
    ("jos otat toisen laudan, tätä ei tarvitse pestä heti, mutta kädet pestään välillä",
     "correct"),
    ("jos otat toisen laudan tätä ei tarvitse pestä heti mutta pese kädet ja lauta pestään "
     "myöhemmin", "correct"),
    ("jos otat toisen laudan, tätä ei tarvitse pestä heti, mutta kädet pitää pestä heti eikä "
     "myöhemmin", "correct"),
    ("jos otat toisen laudan, tätä ei tarvitse pestä heti, älä unohda pestä käsiä", "correct"),
    ("jos otat toisen laudan, tätä ei tarvitse pestä heti, pese kädet ettei bakteerit siirry "
     "salaattiin", "correct"),
    ("jos otat toisen laudan, tätä ei tarvitse pestä heti, älä pese käsiä", "wrong"),
    ("jos otat toisen laudan, tätä ei tarvitse pestä heti, kädet voi pestä myöhemmin",
     "wrong"),
])
def test_the_hands_washed_beside_a_board_put_off(answer: str, verdict: str) -> None:
    assert judged_on("ravintola-raportti noora", answer).verdict == verdict


# set 56 (both trainers): spoken forms ("kello kasi" after a clock word, "kasi" alone is
# also käsi; "tarkotatsä", "lauvantai"); a warning's own care said beside it is no no of
# it ("…, älä liukastu"; "…, älä varo" still is); lesson gaps (a farewell's "tervetuloa"
# half said, "nimilappu" a near word, "kiristän pultit" without the torque wrench)
@as_table(("step", "answer", "verdict"), [
    ("hoiva-kartoitus a1-aika", "kello kasi", "correct"),
    ("hoiva-kartoitus a1-aika", "kasi", "wrong"),
    ("yleinen-tarkistaminen step-11", "tarkotatsä tätä?", "correct"),
    ("yleinen-aika step-4", "torstai, perjantai, lauvantai, sunnuntai", "correct"),
    ("siivous-asiakas valmis", "valmis 30 minuutissa", "correct"),
    ("siivous-asiakas valmis", "valmis 20 minuutissa", "wrong"),
    ("kauppa-asiakas kassalla.8", "tervetuloa", "almost"),
    ("kauppa-asiakas kassalla.8", "kiitos, tervetuloa uudelleen", "correct"),
    ("elintarvike-tuotanto kysy-etiketti", "nimilappu", "almost"),
    ("autoala-kartoitus b1-puhekieli", "kiristän pultit", "almost"),
    ("autoala-kartoitus b1-puhekieli", "kiristän pultit momenttiavaimella", "correct"),
    ("kauppa-turvallisuus step-4", "varo, lattia on märkä, älä liukastu", "correct"),
    ("kauppa-turvallisuus step-4", "varo, lattia on märkä, älkää kaatuko", "correct"),
    ("kauppa-turvallisuus step-4", "varo, lattia on märkä, älä varo", "wrong"),
])
def test_set56_kinds(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# sets 18-56 (both trainers almost): an example said word for word but a word of a state
# (the essive) in another case ("pidä selkä suora", "…suoraan"), and what a copula says of
# a pointer in the other number ("se on laatikot"); the number
# free where nothing sets it ("ne on auton avaimet", "ihmiset voi kaatua")
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti neuvo", "pidä selkä suora", "almost"),
    ("varasto-raportti neuvo", "pidä selkä suoraan", "almost"),
    ("varasto-raportti neuvo", "pidä selkä suorana", "correct"),
    ("elintarvike-tuotanto kysy-laatikko", "se on laatikot", "almost"),
    ("elintarvike-tuotanto kysy-laatikko", "se on laatikko", "correct"),
    ("autoala-kartoitus b1-vika", "renkaat ovat kuluneet", "correct"),
    ("autoala-kartoitus a1-kuva-2", "ne on auton avaimet", "correct"),
    ("siivous-kartoitus b1-miksi", "ihmiset voi kaatua", "correct"),
])
def test_a_state_and_a_subjects_number(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review121 (SAFETY): "pidä" after a "mutta" keeps a thing of the closed list only in a safe
# state ("…, mutta pidä selkä kumarassa" is the lesson's own mistake), or a body part away;
# "käytä" past an adverb ("käytä aina turvakenkiä"), not "käytä sen sijaan …"; the hands'
# washing put off in a time clause or past a verbless "ja" ("kädet pestään kun ehdit
# illalla", "pese kädet ja lauta myöhemmin"); help said with a no after it is none ("…,
# apua ei ollut"); the person lifted named or "se" beside a right answer ("aino kaatui,
# nostin ainon sänkyyn")
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana, mutta pidä selkä kumarassa, et "
     "tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana, mutta pidä kuorma korkealla, et "
     "tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana, mutta pidä vauhti kovana, et "
     "tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana, mutta pidä varpaat pois pyörien "
     "alta, et tarvitse apua", "correct"),
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana, mutta käytä aina turvakenkiä, et "
     "tarvitse apua", "correct"),
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana, mutta käytä sen sijaan "
     "selkävoimaa, et tarvitse apua", "wrong"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti, kädet "
     "pestään kun ehdit illalla", "wrong"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti, mutta "
     "pese kädet ja lauta myöhemmin", "wrong"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti, mutta "
     "kädet pitää pestä nyt eikä vasta illalla", "correct"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla ja lonkkaan sattui, minä nostin hänet "
     "sänkyyn, apua ei ollut.", "wrong"),
    ("hoiva-raportti hoitaja.2", "Aino oli kaatunut sängyn viereen, nostin Ainon "
     "pyörätuoliin.", "wrong"),
    ("hoiva-raportti hoitaja.2", "Aino kaatui, autoin Ainon sänkyyn ennen kuin soitin.",
     "wrong"),
    ("metalli-raportti marjatta.2", "laikka hajosi kun hioin, jatkoin hiomista", "wrong"),
    ("kauppa-asiakas kassalla.8", "kiitos tervetuloa", "correct"),
])
def test_review121(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# set 57 (both trainers, and the rows of sets 6, 9, 41, 47 they mend): a self-repair of a
# clock time repairs the whole time (repaired._in_its_slot); a diet said as what it is
# without, a purée's food in one word (lexicon phrases); a question back after "entä" is
# no person slip; a time beside the answer against the question's ("…ennen työtä?") is
# another deed
@as_table(("step", "answer", "verdict"), [
    ("yleinen-numerot kysy-puoli", "puoli seittemän, eiku puoli kaheksan", "correct"),
    ("yleinen-numerot kysy-puoli", "puoli kahdeksan, eiku puoli seitsemän", "wrong"),
    ("hoiva-ohjeet ruokakortti", "sosemaista, ei laktoosia", "correct"),
    ("hoiva-ohjeet ruokakortti", "soseruokaa ja laktoositonta", "correct"),
    ("hoiva-ohjeet ruokakortti", "ei laktoosia", "wrong"),
    ("yleinen-kahvitauko tauko.6", "mä olin perheen kanssa, entä sä?", "correct"),
    ("yleinen-kahvitauko tauko.6", "sä olin perheen kanssa", "almost"),
    ("elintarvike-hygienia kadet", "pesen kädet töiden jälkeen", "wrong"),
    ("elintarvike-hygienia kadet", "pesen kädet ennen töitä", "correct"),
])
def test_set57_kinds(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review122 (SAFETY): "pidä" after a "mutta" read part by part at each "ja" (a part with a
# verb of its own is advice of its own; a body part kept away only from where); the hands'
# clause goes on past a time or condition join ("…kun ehdit", "…töiden jälkeen") and past a
# "ja" right after the hands, not past one after the hands' own time ("pese kädet heti ja
# lauta illalla"); a no of help is one of being, coming or using it ("…, apua ei ollut"),
# not another clause's ("…, hoitaja auttoi ei ollut vaikeaa")
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana, mutta pidä jalat pois ja nosta "
     "selällä, et tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana, mutta pidä selkä suorana ja "
     "kädet kahvassa, et tarvitse apua", "correct"),
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana, mutta pidä kiinni kahvasta "
     "molemmin käsin, et tarvitse apua", "correct"),
    ("varasto-raportti neuvo", "pidä selkä vähän kumarassa", "wrong"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti, mutta "
     "pese kädet heti ja lauta illalla", "correct"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti, mutta "
     "kädet ja lauta pestään myöhemmin", "wrong"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti, pese "
     "kädet töiden jälkeen", "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla ja lonkkaan sattui. Nostin hänet "
     "sänkyyn, hoitaja auttoi ei ollut vaikeaa.", "correct"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla, minä nostin hänet sänkyyn, "
     "nostolaitetta en käyttänyt.", "wrong"),
    ("metalli-raportti marjatta.2", "laikka hajosi, mutta jatkoin hiontaa", "wrong"),
])
def test_review122(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review122 (SAFETY): a deed told in the past beside a time clause that tells a deed of the
# learner's own before it is what happened, no case nor way of it ("…kun olin laittanut
# kyltin"); the context told then may still be the safe one ("…, kun hoitaja oli paikalla")
@as_table(("step", "answer", "verdict"), [
    ("kauppa-raportti pullo.6", "keräsin lasit käsillä kun olin laittanut kyltin", "wrong"),
    ("elintarvike-raportti pirjo.6", "laitoin paketin takaisin linjalle kun olin soittanut "
     "sinulle", "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla ja lonkkaan sattui. Nostin hänet "
     "sänkyyn kun löysin hänet.", "wrong"),
    ("kauppa-raportti pullo.6", "kun olin laittanut kyltin, keräsin lasit harjalla ja "
     "rikkalapiolla", "correct"),
    ("hoiva-raportti raportti", "Aino kaatui. Nostin hänet sänkyyn, kun hoitaja oli "
     "paikalla.", "correct"),
])
def test_a_past_deed_after_ones_own(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review123 (SAFETY): help or an aid named with a no right after it is none, whatever the
# no's verb ("…, apua en saanut", "…, apu ei ehtinyt"); advice after a "mutta" says no haste
# ("…, mutta pidä kuorma matalana ja aja kovaa"; "…älä aja liian lujaa" is advice); the
# hands' clause ends at a "ja" only where another thing follows ("…pese kädet kunnolla ja
# vasta illalla" puts them off), and "jälkeen" puts them off only after work ("…pese kädet
# heti lihan jälkeen" is right); a question's "ennen" is held against a time said beside
# the answer only where nothing else is told ("pesen kädet ja desinfioin ne, myös tauon
# jälkeen" is right)
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti raportti", "Aino kaatui aamulla ja lonkkaan sattui. Nostin hänet "
     "sänkyyn, apua en saanut.", "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla ja lonkkaan sattui. Nostin hänet "
     "sänkyyn, apu ei ehtinyt.", "wrong"),
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana, mutta pidä kuorma matalana ja "
     "aja kovaa, et tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana, käytä sitä mutta älä aja liian "
     "lujaa, apua ei tarvita", "correct"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti, mutta "
     "pese kädet kunnolla ja vasta illalla", "wrong"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti, mutta "
     "pese kädet heti lihan jälkeen", "correct"),
    ("elintarvike-hygienia kadet", "pesen kädet ja desinfioin ne, myös tauon jälkeen",
     "correct"),
    ("hoiva-ohjeet eristys", "laitan suojakäsineet ja suojatakin, ja riisun ne käynnin "
     "jälkeen", "correct"),
])
def test_review123(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# sets 14, 23, 47 (both trainers almost): an open answer that says an example word for word
# but one whole thing said as some of it ("jalkalistaa puuttui" for "jalkalista puuttui");
# some in the plural stays right ("otin kuvia"); set 58: a compound's first part said apart
# before the word in another form is that compound's slip
@as_table(("step", "answer", "verdict"), [
    ("rakennus-raportti timo.6", "jalkalistaa puuttui", "almost"),
    ("elintarvike-raportti pirjo.2", "kinkkupaketissa oli muovinpalaa", "almost"),
    ("varasto-raportti kari.4", "otin kuvia", "correct"),
    ("yleinen-sairastuminen puhelu.10", "selvä, hankin lääkärin todistus", "almost"),
    ("yleinen-sairastuminen puhelu.10", "selvä, hankin lääkärin todistuksen", "correct"),
])
def test_one_for_some_and_a_compound_apart(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review124 (SAFETY): a question's "ennen" held against a time beside the answer with "aina"
# or the same deed's verb ("pesen kädet aina töiden jälkeen", "…, puen ne käynnin jälkeen");
# not another deed's own time ("…ja riisun ne käynnin jälkeen"); the hands washed "jälkeen"
# only after the meat is now ("…pese kädet lounaan jälkeen" is too late); a helper's
# "avulla" with a no after it is another clause's no; "…älä lujaa" after advice is advice
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-hygienia kadet", "pesen kädet aina töiden jälkeen", "wrong"),
    ("hoiva-ohjeet eristys", "suojakäsineet ja suojatakin, puen ne käynnin jälkeen", "wrong"),
    ("hoiva-ohjeet eristys", "laitan suojakäsineet ja suojatakin, ja riisun ne käynnin "
     "jälkeen", "correct"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti, mutta "
     "pese kädet lounaan jälkeen", "wrong"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti, mutta "
     "pese kädet aina raa'an lihan käsittelyn jälkeen", "correct"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla. Nostin hänet sänkyyn, hoitajan avulla "
     "ei sattunut.", "correct"),
    ("varasto-raportti neuvo", "jos pumppukärry on vapaana, käytä sitä mutta aja hitaasti, "
     "älä lujaa, apua ei tarvita", "correct"),
])
def test_review124(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review124 (SAFETY): a sentence that opens with its condition is read on its own, so the
# deed after the condition is read ("Aino kaatui aamulla. Kun löysin hänet, nostin hänet
# yksin sänkyyn." was right: the "kun" clause ran to the end); an aid fetched in the past is
# the way of the deed ("Kun olin hakenut nostolaitteen, nostin hänet sänkyyn.")
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti raportti", "Aino kaatui aamulla. Kun löysin hänet, nostin hänet yksin "
     "sänkyyn.", "wrong"),
    ("kauppa-raportti pullo.6", "laitoin kyltin. kun olin soittanut esimiehelle, keräsin "
     "lasit käsillä", "wrong"),
    ("metalli-raportti marjatta.2", "laikka hajosi. kun olin rauhoittunut, jatkoin hiomista "
     "samalla laikalla", "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla. Kun hoitaja tuli, nostimme hänet "
     "yhdessä sänkyyn.", "correct"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla. Kun olin hakenut nostolaitteen, nostin "
     "hänet sänkyyn.", "correct"),
    ("varasto-raportti neuvo", "jos laatikko on painava, pyydä apua. muuten nosta yksin mutta "
     "jaloilla", "correct"),
])
def test_a_sentence_opened_by_its_condition(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review125 (SAFETY): a helper's "kanssa"/"avulla" with a no of anyone or of the lifting
# after it is no help ("…, kanssani ei ollut ketään", "…, nostolaitteen avulla en
# nostanut"); with a no of how it went it is ("…, hoitajan avulla ei sattunut"); a verb
# beside the answer that is another deed tells its own time ("…ja tarkistan sen tauon
# jälkeen"), the asked deed again does not ("…, pesen ne töiden jälkeen"); "…ja aina vessan
# jälkeen" is a time said as well; washing "jälkeen" the meat or gloves taken off is now
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti raportti", "Aino kaatui aamulla. Nostin hänet sänkyyn, kanssani ei "
     "ollut ketään.", "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla. Nostin hänet sänkyyn, nostolaitteen "
     "avulla en nostanut.", "wrong"),
    ("elintarvike-tuotanto kysy-hiusverkko", "laitan hiusverkon ja tarkistan sen tauon "
     "jälkeen", "correct"),
    ("elintarvike-hygienia kadet", "pesen kädet, pesen ne töiden jälkeen", "wrong"),
    ("elintarvike-hygienia kadet", "pesen kädet, ja aina vessan jälkeen", "correct"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti, mutta "
     "pese kädet raakalihan jälkeen", "correct"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti, mutta "
     "pese kädet hanskojen riisumisen jälkeen", "correct"),
])
def test_review125(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review126 (SAFETY): a time beside the answer belongs to another deed only in that deed's
# own clause ("…myöhemmin ja aloitan työt": the answer's deed put off; "…, ja töiden
# jälkeen heitän sen roskiin": right); "…sen jälkeen kun olet syönyt" and "…salaatin
# leikkaamisen jälkeen" are too late to wash; an aid put away in the past is no way of the
# deed ("kun olin palauttanut nostolaitteen, nostin hänet sänkyyn"); a helper's "ei ollut
# muita" is no help
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-tuotanto kysy-hiusverkko", "laitan hiusverkon myöhemmin ja aloitan työt",
     "wrong"),
    ("elintarvike-tuotanto kysy-hiusverkko", "laitan hiusverkon päähän, ja töiden jälkeen "
     "heitän sen roskiin", "correct"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti, mutta "
     "pese kädet sen jälkeen kun olet syönyt", "wrong"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti, mutta "
     "pese kädet heti sen jälkeen", "correct"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla, ja kun olin palauttanut nostolaitteen, "
     "nostin hänet sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla. Nostin hänet sänkyyn, kanssani ei "
     "ollut muita.", "wrong"),
])
def test_review126(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review127: a time beside the answer against the question's "ennen" only in the answer's
# own part: not after a "ja" ("pesen kädet ja sen jälkeen desinfioin ne", "…, ja tietysti
# vessan jälkeen": right), nor before a "kun" clause of another deed; "…töiden jälkeen ja
# illalla" and "…, laitan sen myöhemmin" put the deed off; washing after other meats or
# gloves off is now, after a meal not; a helper's no of how it was, a degree word between
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-hygienia kadet", "pesen kädet ja sen jälkeen desinfioin ne", "correct"),
    ("elintarvike-hygienia kadet", "pesen kädet, ja tietysti vessan jälkeen", "correct"),
    ("elintarvike-hygienia kadet", "pesen kädet töiden jälkeen ja illalla", "wrong"),
    ("elintarvike-tuotanto kysy-hiusverkko", "laitan hiusverkon, laitan sen myöhemmin",
     "wrong"),
    ("elintarvike-hygienia kadet", "desinfioin kädet myöhemmin kun ehdin", "wrong"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti, mutta "
     "pese kädet possun leikkaamisen jälkeen", "correct"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti, mutta "
     "pese kädet kalan syömisen jälkeen", "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla. Nostin hänet sänkyyn, kollegan kanssa "
     "ei ollut yhtään vaikeaa.", "correct"),
])
def test_review127(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review128: "tietysti", "kans", "kanssa" say a time as well only right after a "ja"
# ("laitan hiusverkon tietysti myöhemmin": wrong); ", taas/uudelleen …" does ("pesen kädet,
# uudelleen tauon jälkeen": right); gloves only taken off or changed make washing "jälkeen"
# now; a bare "kanssani" with a no is no helper; an aid fetched broken or taken away is no
# way of the deed
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-tuotanto kysy-hiusverkko", "laitan hiusverkon tietysti myöhemmin", "wrong"),
    ("elintarvike-hygienia kadet", "pesen kädet, uudelleen tauon jälkeen", "correct"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti, mutta "
     "pese kädet hanskojen pukemisen jälkeen", "wrong"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti, mutta "
     "pese kädet heti sen jälkeen kun otat hanskat pois", "correct"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla. Nostin hänet sänkyyn, kanssani ei ollut "
     "kovin vaikeaa.", "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla. Kun olin löytänyt nostolaitteen "
     "rikkinäisenä, nostin hänet sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla. Ku mä olin hakenu nostolaitteen, mä "
     "nostin sen sänkyyn.", "correct"),
])
def test_review128(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review129: ", taas …" says the deed again only with no later time before it ("pesen
# kädet myöhemmin, taas huomenna": wrong); washing after gloves used or removed is now,
# after anything removed not ("…roskien poistamisen jälkeen": wrong); an aid fetched is
# the way of the deed however it is said ("…hakenut nostolaitteen ensimmäisenä"), not one
# fetched broken or got out of the way
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-hygienia kadet", "pesen kädet myöhemmin, taas huomenna", "wrong"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti, mutta "
     "pese kädet roskien poistamisen jälkeen", "wrong"),
    ("ravintola-raportti noora", "jos otat toisen laudan, tätä ei tarvitse pestä heti, mutta "
     "pese kädet käsineiden poiston jälkeen", "correct"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla. Kun olin hakenut nostolaitteen "
     "ensimmäisenä, nostin hänet sänkyyn.", "correct"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla. Kun olin saanut nostolaitteen pois "
     "tieltä, nostin hänet sänkyyn.", "wrong"),
])
def test_review129(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
