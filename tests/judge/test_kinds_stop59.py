"""Kinds mended at stop 59 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py: none lost)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge.normalise import normalise
from valkky.testing.table import as_table


# a word with one letter left out is a slip, whatever else its letters read as: no
# possessive of another word, no extra word beside a shorter accepted answer where it is a
# slip of a fuller one's word (both trainers of sets 22, 26, 51)
@as_table(("step", "answer", "verdict"), [
    ("yleinen-tyovuoro step-17", "valitettavasi en voi", "almost"),
    ("yleinen-tyovuoro step-17", "valitettavasti en voi", "correct"),
    ("ravintola-asiakas maksu.4", "kyllä voitta", "almost"),
    ("ravintola-asiakas maksu.4", "kyllä voitte", "correct"),
    ("ravintola-asiakas maksu.4", "kyllä voi", "correct"),
    ("hoiva-ohjeet vuoro", "tiistaina iltavuoro", "correct"),
])
def test_a_letter_left_out(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# an open answer that tells how a thing went the opposite way to the story or an example
# ("nopeasti" ~ "hitaasti") says the opposite; a no keeps it ("ei ajanut hitaasti")
@as_table(("answer", "verdict"), [
    ("trukki ajoi hitaasti", "wrong"),
    ("trukki peruutti hitaammin", "wrong"),
    ("trukki peruutti nopeasti", "correct"),
    ("trukki peruutti liian nopeasti ja melkein osui minuun", "correct"),
    ("trukki ajoi lujaa", "correct"),
    # review148: only of the same doer or deed, and not "too" so
    ("kävelin hitaasti ja trukki peruutti melkein päälleni", "correct"),
    ("trukki peruutti yllättäen ja melkein osui minuun kun kävelin hitaasti", "correct"),
    # review149: the truck by a pronoun or another word is still the truck
    ("se meni hitaasti taaksepäin ja melkein osui minuun", "wrong"),
    ("kuski ajoi hitaasti taaksepäin ja melkein osui minuun", "wrong"),
])
def test_the_manner_turned_round(answer: str, verdict: str) -> None:
    assert judged_on("yleinen-lahelta-piti mita-tapahtui", answer).verdict == verdict


# a foreseen mistake said without the subject pronoun it says, as Finnish leaves it out;
# a question's words said without its question word, words beside them, are a statement
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys step-7", "laitat turvakengät jalkaan", "wrong"),
    ("yleinen-perehdytys step-7", "okei laitat turvakengät jalkaan", "wrong"),
    ("yleinen-perehdytys step-7", "laita turvakengät jalkaan", "correct"),
    ("yleinen-apua kysy-miten", "mä teen sen ite", "wrong"),
    ("yleinen-apua kysy-miten", "miten mä teen sen", "correct"),
])
def test_a_word_left_out_that_carries_the_meaning(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# a bare greeting where the answers open with one and go on is a start (every trainer of
# sets 12-66: almost); a foreseen greeting naming whom it greets is that greeting; a
# foreseen mistake beside an accepted answer keeps its verdict, unless it is a part of one
@as_table(("step", "answer", "verdict"), [
    ("autoala-asiakas tiski.2", "huomenta", "almost"),
    ("autoala-asiakas tiski.2", "hyvää huomenta", "almost"),
    ("yleinen-sairastuminen puhelu.2", "päivää", "almost"),
    ("yleinen-puhelin myohassa.2", "hei Minna", "almost"),
    ("yleinen-puhelin myohassa.2", "hei Minna, täällä Ali", "correct"),
    ("kauppa-asiakas tervehdi", "hyvää iltaa, tervetuloa", "almost"),
    ("kauppa-asiakas tervehdi", "tervetuloa, hyvää iltaa", "almost"),
    ("kauppa-asiakas tervehdi", "hyvää yötä, tervetuloa", "wrong"),
    ("kauppa-asiakas tervehdi", "huomenta, tervetuloa", "correct"),
    ("varasto-keraily uusi-tilaus.6", "okei, hyllyväli 7 ja paikka 3", "correct"),
    ("varasto-kartoitus a2-missa", "hyllyvälissä neljässä", "correct"),
])
def test_greetings_and_halves(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# SAFETY (review147): a thing pronoun says the thing of a mistake's deed in its case, the
# thing told before it ("sen" for "paketin"), and stands for one thing only ("keräsin ne
# harjalla" names no hands; "keräsimme lasit niillä" the things named before it); a story
# of what befell is no words of the learner's own beside an unsafe deed
@as_table(("step", "answer", "verdict"), [
    ("kauppa-raportti pullo.6", "Lasit olivat lattialla ja poimin ne käsin.", "wrong"),
    ("kauppa-raportti pullo.6", "Lasit olivat lattialla. Kaveri tuli ja poimimme ne käsin.",
     "wrong"),
    ("kauppa-raportti pullo.6", "Pullo putosi ja poimin sirpaleet käsin.", "wrong"),
    ("kauppa-raportti pullo.6", "Pullo meni rikki ja keräsin ne harjalla.", "correct"),
    ("kauppa-raportti pullo.6", "Lasit olivat lattialla ja keräsin ne rikkalapioon.",
     "correct"),
    ("kauppa-raportti pullo.6", "Kollega toi harjan ja rikkalapion, ja keräsimme lasit niillä.",
     "correct"),
    ("elintarvike-raportti pirjo.6", "Muovinpala oli paketissa ja laitoin sen takaisin linjalle.",
     "wrong"),
    ("elintarvike-raportti pirjo.6", "pysäytin linjan ja laitoin sen sivuun", "correct"),
    ("ravintola-raportti noora", "käytä hanskoja, ei sitä tarvitse pestä", "wrong"),
    ("ravintola-raportti noora", "käytä hanskoja ja esiliinaa, niitä ei tarvitse pestä",
     "wrong"),
    ("elintarvike-raportti pirjo.6",
     "Muovinpala löytyi paketista ja laitoin sitä takaisin linjalle.", "wrong"),
    ("elintarvike-raportti pirjo.6",
     "otin paketin pois linjalta ja laitoin sen sivuun, sitä ei tarvitse pestä", "correct"),
    ("rakennus-raportti timo.8", "minä korjaan sen, telineasentaja on mukana", "wrong"),
    ("yleinen-perehdytys samir.8", "käytä suojalaseja, ei tarvitse vaihtaa niitä joka päivä",
     "correct"),
])
def test_a_thing_said_by_a_pronoun(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# a clause after the answer that says what the measure keeps from happening (että/jotta
# and a no, only verbs of a thing befalling) is a reason said beside it
@as_table(("answer", "verdict"), [
    ("otetaan tossut jalkaan ettei oo kylmä", "correct"),
    ("laitetaan tossut jalkaan, jotta ei ole kylmä", "correct"),
    ("laitetaan tossut jalkaan ettei jalkoja palele", "correct"),
])
def test_harm_kept_away(answer: str, verdict: str) -> None:
    assert judged_on("hoiva-asukas aamu.8", answer).verdict == verdict


# review148: "too fast" agrees with advice to go slower; a no said with "itse" is still a
# no to protection; a foreseen mistake before the answer, joined by "ja", is a deed more
@as_table(("step", "answer", "verdict"), [
    ("yleinen-lahelta-piti ilmoitus.10",
     "trukit ajavat liian nopeasti, pitää laittaa peili kulmaan", "correct"),
    ("yleinen-lahelta-piti ilmoitus.10", "trukkien pitää peruuttaa nopeasti", "wrong"),
    ("rakennus-raportti uusi", "sinun ei itse tarvitse käyttää kypärää", "wrong"),
    ("autoala-raportti jere", "sinun ei itse tarvitse laittaa tukipukkeja", "wrong"),
    ("elintarvike-hygienia sairas", "menen töihin ja soitan esihenkilölle", "wrong"),
    ("elintarvike-hygienia sairas", "menen lääkäriin ja soitan esihenkilölle", "correct"),
    ("rakennus-turvallisuus kysy-kypara", "kypärän ja huomioliivin", "almost"),
    ("yleinen-aanteet step-15", "haluun auttaa mut en ehi", "correct"),
])
def test_review148(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# spoken "katon" (katson) first in the answer, before a part or a clause; "katon korjaus"
# stays the roof's
@as_table(("step", "answer", "verdict"), [
    ("varasto-ohjeet ensin", "katon listaa", "correct"),
    ("varasto-ohjeet ensin", "katon keräilylistaa", "correct"),
    ("valmistus-ohjeet ensin", "katon et kaikki osat on laatikossa", "correct"),
])
def test_katon_first(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


def test_katon_korjaus_stays_the_roofs() -> None:
    assert normalise("katon korjaus").split()[0] == "katon"
    assert normalise("katon listaa").split()[0] == "katson"


# SAFETY (review149): a need or no need said in a clause of purpose or reason is no reason:
# the measure said needless
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-hygienia kadet", "pesen kädet, ettei käsineet ole tarpeen", "wrong"),
    ("autoala-turvallisuus huuhtele", "huuhtelen silmän vedellä, ettei lääkäri ole tarpeen",
     "wrong"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän, ettei turvakengät ole pakolliset",
     "wrong"),
    ("kauppa-turvallisuus nosto", "pyydän apua, ettei tarvitse olla varovainen", "wrong"),
    ("hoiva-turvallisuus nosta", "nostan jaloilla, ettei selkä tule kipeäksi", "correct"),
])
def test_a_need_in_a_reason(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# set 67-68 kinds: no place where every example says where and the robot asks where; a
# foreseen thing said with where it goes or "because of"; a no and an apology as a repair
@as_table(("step", "answer", "verdict"), [
    ("yleinen-lahelta-piti ilmoitus.8", "trukki melkein osui minuun", "wrong"),
    ("yleinen-lahelta-piti ilmoitus.8", "siellä kulmassa", "correct"),
    ("yleinen-lahelta-piti ilmoitus.8", "käytävä", "almost"),
    ("metalli-turvallisuus korvat", "kuulokkeet korville", "almost"),
    ("metalli-turvallisuus korvat", "kuulosuojaimet korville", "correct"),
    ("kauppa-kartoitus b1-miksi", "tulipalon takia", "almost"),
    ("rakennus-kartoitus a2-ensin", "vasara... ei anteeksi, tikkaat", "correct"),
    ("rakennus-kartoitus a2-ensin", "tikkaat, ei anteeksi, vasara", "wrong"),
])
def test_set_67_68_kinds(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# a bare "I don't know" where an accepted answer opens with not being sure and goes on is
# a start (sets 30, 44, 50: both trainers almost); elsewhere it stays no answer
@as_table(("step", "answer", "verdict"), [
    ("ravintola-asiakas allergia.2", "en tiedä", "almost"),
    ("ravintola-asiakas allergia.6", "en tiedä, kysyn kokilta", "correct"),
    ("yleinen-lahelta-piti ilmoitus.8", "en tiedä", "wrong"),
])
def test_not_knowing_as_a_start(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review150: a manner turned round only of one doer and deed (a going told of the truck
# or its driver, not a mirror put up fast); a place said by a word of place; a foreseen
# thing said with where it is kept stays wrong; other gear said needless beside an answer
@as_table(("step", "answer", "verdict"), [
    ("yleinen-lahelta-piti ilmoitus.10", "esimies laittaa nopeasti peilin kulmaan", "correct"),
    ("yleinen-lahelta-piti ilmoitus.4", "se tuli hitaasti ja melkein osui minuun", "wrong"),
    ("ravintola-raportti antti.6", "luin tilauksen hitaasti", "wrong"),
    ("yleinen-lahelta-piti ilmoitus.8", "ihan tässä", "correct"),
    ("yleinen-lahelta-piti ilmoitus.8", "tuossa", "correct"),
    ("metalli-turvallisuus korvat", "kuulokkeet taskussa", "wrong"),
    ("rakennus-turvallisuus kysy-suojalasit",
     "laitan suojalasit, koska kuulosuojaimet ovat turhat", "wrong"),
    ("metalli-ohjeet suojaimet", "käytän suojalaseja, suojalasit on turhat tauon ajaksi",
     "correct"),
    ("hoiva-raportti elias.2", "laita jarrut päälle, turha kiirehtiä", "correct"),
])
def test_review150(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# set 69-70 kinds: the reason alone of an answer is no answer; a hello alone where the
# answers greet and go on is a start (not a goodbye, nor on a greeting step); lankku
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-ohjeet kakkonen", "kolmonen seisoo", "wrong"),
    ("yleinen-sairastuminen puhelu.2", "hei, hyvää huomenta", "almost"),
    ("ravintola-asiakas tilaus.2", "huomenta", "wrong"),
    ("elintarvike-tyokaveri vaihto.8", "hyvää huomenta", "wrong"),
    ("rakennus-turvallisuus step-30", "lankku putosi telineeltä", "correct"),
])
def test_set_69_70_kinds(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review151: gear forbidden is a rule kept, a synonym is the same gear; a driver named by
# a compound; headphones on the ears are worn; other gear said useless as words more
@as_table(("step", "answer", "verdict"), [
    ("metalli-turvallisuus kasineet-pois",
     "otan käsineet pois, koska hanskat on kielletty porakoneella", "correct"),
    ("yleinen-lahelta-piti ilmoitus.4", "trukkimies tuli hitaasti ja melkein osui minuun",
     "wrong"),
    ("metalli-turvallisuus korvat", "kuulokkeet korvilla", "almost"),
    ("metalli-turvallisuus korvat", "kuulokkeet taskussa", "wrong"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän, kuulosuojat on turhat", "wrong"),
    ("rakennus-turvallisuus kysy-suojalasit", "laitan suojalasit, hanskat on turhat", "wrong"),
])
def test_review151(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# set 65-70 both-trainer kinds: a length slip of an answer's word is no other place case
# of a third's ("tällä" for "täällä"); a foreseen mistake said to someone; a mistake said
# with the step's own word for one of its words
@as_table(("step", "answer", "verdict"), [
    ("yleinen-sairastuminen puhelu.2", "hei, tällä Amina", "almost"),
    ("yleinen-sairastuminen puhelu.2", "hei, tässä Amina", "correct"),
    ("siivous-raportti asiakas.2", "olen pahoillani, rouva Laine", "almost"),
    ("kauppa-asiakas kassalla.4", "haluatko kuitin", "almost"),
    ("kauppa-asiakas kassalla.4", "haluatko pussin", "correct"),
])
def test_slips_and_mistakes_in_other_words(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review152: any gear said useless beside an answer, without a time, place or condition,
# is no fact more; a clause of its own saying gear useless is wrong; "-mies" alone is no
# driver
@as_table(("step", "answer", "verdict"), [
    ("yleinen-tyoturvallisuuskortti step-11", "kypärä, turvakengät on turhia", "wrong"),
    ("rakennus-turvallisuus kysy-kuulosuojaimet", "kuulosuojaimet, kypärä on turha", "wrong"),
    ("metalli-ohjeet suojaimet", "käytän suojalaseja, suojalasit on turhat tauon ajaksi",
     "correct"),
    ("yleinen-lahelta-piti mita-tapahtui",
     "trukki peruutti nopeasti kun työmies käveli hitaasti ohi", "correct"),
])
def test_review152(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# set 71-72 kinds: English is no made-up Finnish form; another time of day said more; a
# finished service is the opposite of one under way; a foreseen wrong greeting beside an
# answer without its subject pronoun
@as_table(("step", "answer", "verdict"), [
    ("rakennus-tyonjohtaja aamu.2", "Good morning", "wrong"),
    ("yleinen-tyovuoro alkaa", "kello kuusi illalla", "wrong"),
    ("yleinen-tyovuoro alkaa", "kello kuusi aamulla", "correct"),
    ("hoiva-kartoitus b1-tapahtui", "yöllä asukas kaatui käytävässä", "correct"),
    ("valmistus-ohjeet step-21", "Älä käynnistä konetta, kun huolto on valmis", "wrong"),
    ("valmistus-ohjeet step-21", "älä käynnistä konetta ennen ku huolto on valmis", "almost"),
    ("hoiva-asukas aamu.2", "hyvää iltaa, olen hoitaja", "wrong"),
    ("hoiva-asukas aamu.2", "hyvää huomenta, olen hoitaja", "correct"),
])
def test_set_71_72_kinds(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review153: a time of day said as when, not in a greeting; "ennen" turns only a state
# round; the answer's own gear called useless, with no time off work nor its own fault
@as_table(("step", "answer", "verdict"), [
    ("hoiva-asukas nukkui", "hyvää aamua, nukuitteko hyvin", "correct"),
    ("hoiva-kartoitus b1-toista",
     "jos asukas kaatuu, älä nosta häntä yhdessä, vaan pyydä apua ennen", "wrong"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän mutta kypärä on turha", "wrong"),
    ("metalli-ohjeet suojaimet", "käytän suojalaseja, mutta suojalasit on turhat nykyään",
     "wrong"),
    ("valmistus-turvallisuus kysy-suojaimet",
     "laitan kuulosuojaimet, kuulosuojaimet on turhat toimistossa", "correct"),
    ("rakennus-raportti uusi", "laita kypärä päähän, turha odottaa", "correct"),
    ("metalli-turvallisuus kasineet-pois", "otan käsineet pois, hanskat on turhat porakoneella",
     "correct"),
])
def test_review153(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review154: new gloves taken are no gear taken off; a work day's end is a time off work;
# gear called useless by the pronoun the normaliser leaves out
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-kartoitus b1-puhekieli",
     "pesen kädet ja otan uudet hanskat, mutta hanskat on turhat", "wrong"),  # (stop 60:
    # gear said useless with no time nor condition, wrong outright; was almost)
    ("yleinen-tyoturvallisuuskortti step-11", "laitan kypärän, kypärä on turha työajan jälkeen",
     "correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän päähän, mutta se on turha", "wrong"),
    ("varasto-turvallisuus kengat", "laitan turvakengät jalkaan, ne ovat turhia", "wrong"),
    ("valmistus-turvallisuus step-9", "laitan turvakengät, turhat ne kyllä on", "wrong"),
])
def test_review154(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
