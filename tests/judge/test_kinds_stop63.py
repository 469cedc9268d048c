"""Kinds mended at stop 63 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py: none lost but where a test below says)."""

from __future__ import annotations

from tests.judge.golden import judged_as_expected
from valkky.testing.table import as_table


# reviews 176-183's report holes (SAFETY): a report put off to after an event said right
# after "heti" ("heti tiskauksen jälkeen": after the washing-up, not now), to a shutdown
# of a kind the step does not name (a scheduled one), to just before a break ("juuri" is
# no verb there) or before leaving; the one told there at a time said after the verb
# ("…, hän on huomenna"), or the learner meeting them then ("…, tauolla mä tapaan
# hänet": "tapaan" is a verb after its subject, though also "tapa"'s illative)
@as_table(("step", "answer", "verdict"), [
    ("ravintola-ohjeet vuoto", "kerron esimiehelle heti tiskauksen jälkeen", "not correct"),
    ("yleinen-verbit kone-rikki", "kerron pomolle huoltosammutuksen jälkeen", "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle juuri ennen lounasta", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle ennen kotiinlähtöä",
     "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle ennen lähtöä", "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, hän on huomenna", "not correct"),
    ("yleinen-verbit kone-rikki", "kerron pomolle, se on huomenna duunissa", "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, tauolla mä tapaan hänet", "not correct"),
    # …not the step's own shutdown, an incident, nor where or how the one told is now
    ("yleinen-verbit kone-rikki", "kerron esimiehelle heti sammutuksen jälkeen", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle juuri nyt", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, hän on tauolla", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, hän on nyt toimistossa", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, hän on huomenna vihainen", "correct"),
])
def test_a_report_put_off_after_an_event_or_to_the_one_told_later(
        step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review185 (SAFETY; review184's mend): a compound is a while only by a measure or a size
# before its measure, and a genitive a time's postposition governs is when; ending the
# work for the night, or for the meal, puts the report off
@as_table(("step", "answer", "verdict"), [
    ("yleinen-verbit kone-rikki", "lopetan kahvitunniksi ja kerron pomolle", "not correct"),
    ("yleinen-verbit kone-rikki", "lopetan lounasajaksi ja kerron esimiehelle", "not correct"),
    ("yleinen-verbit kone-rikki", "lopetan tunnin päästä ja kerron pomolle", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "lopetan vartin päästä ja ilmoitan työnjohtajalle",
     "not correct"),
    ("yleinen-verbit kone-rikki", "lopetan yöksi ja kerron esimiehelle", "not correct"),
    ("yleinen-verbit kone-rikki", "lopetan ruokailun ajaksi ja kerron pomolle", "not correct"),
    # …but a while
    ("yleinen-verbit kone-rikki", "lopetan hetkeksi ja kerron esimiehelle", "correct"),
    ("yleinen-verbit kone-rikki", "lopetan varttitunniksi ja kerron esimiehelle", "correct"),
])
def test_a_while_and_a_later_time(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review185's regressions: gear put where it is worn, then the place of the work after
# ja/sitten (the second of two places is gone to where the first is where it is worn),
# and the place the step's question says the work is at is gone to, not put away to
@as_table(("step", "answer", "verdict"), [
    ("valmistus-turvallisuus kysy-suojaimet", "laitan kuulosuojaimet korviin ja sit halliin",
     "correct"),
    ("yleinen-kyltit sininen", "laitan kuulonsuojaimet korviin ja sit sisään", "correct"),
    ("elintarvike-tuotanto kysy-hiusverkko", "laitan hiusverkon tukkaan ja sitten keittiöön",
     "correct"),
    ("siivous-valineet step-10", "laitan hanskat käsiin ja sitten töihin", "correct"),
    ("varasto-turvallisuus kengat", "laitan turvakengät jalkoihin ja sitten varastoon",
     "correct"),
    # …not gear put away first
    ("elintarvike-tuotanto kysy-hiusverkko", "laitan hiusverkon taskuun ja sitten keittiöön",
     "wrong"),
])
def test_gear_worn_then_the_place_of_the_work(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 93-94, both trainers: "heti", "nyt", "nopeasti" said inside an accepted answer, more
# said beside it (not past a join in the answer: review175's "kuivaan lattian nyt ja
# kerron …" keeps its "nyt" the drying's); a need of "olla" said as a fact beside the
# answer; a no with its verb typed after a comma, a clause of its own in an open answer
# (not a need said no to, nor "ei kun …"); a number in a place case is a time; the -tt-
# of speech ("tarttisin")
@as_table(("step", "answer", "verdict"), [
    ("autoala-turvallisuus huuhtele", "menen heti silmäsuihkulle ja huuhtelen kauan",
     "correct"),
    ("autoala-turvallisuus huuhtele", "menen heti silmäsuihkulle ja huuhtelen jarrunesteellä",
     "wrong"),
    ("yleinen-verbit kone-rikki", "kerron heti esimiehelle ja jatkan työtä", "wrong"),
    ("ravintola-ohjeet vuoto", "kuivaan lattian nyt ja kerron esimiehelle ruokalassa",
     "not correct"),
    ("kauppa-turvallisuus uloskaynti", "siirrän ne heti pois, hätäuloskäynti pitää olla vapaa",
     "correct"),
    ("valmistus-raportti sari.8", "pitää soittaa huoltoon, ei kosketa konetta", "correct"),
    ("valmistus-raportti sari.8", "pitää soittaa huoltoon, en koske konetta", "correct"),
    ("hoiva-raportti elias.4", "älä nosta yksin, ei kannata soittaa hoitajalle", "wrong"),
    ("hoiva-raportti elias.4", "nosta hänet, ei yksin vaan kun hoitaja on paikalla",
     "correct"),
    ("autoala-asiakas tiski.4", "Auto on valmis kello yhdestätoista", "almost"),
    ("kauppa-ohjeet vuoro-alkaa", "kello kahdesta", "almost"),
    ("autoala-asiakas tiski.4", "auto on valmis kello yhdeltätoista", "correct"),
    ("yleinen-puhelin tilaus.2", "moi, ali nuur täällä, tarttisin 10 metriä kaapelia",
     "correct"),
])
def test_sets_93_94(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review186 (review185's mend): a shift, a break or a meal after the one told's "olla" is
# where they are now, not a later time; a deed's -minen noun right after "heti" is now,
# and so is what happened (tapahtuma); a while by a compound of measures
# ("puolentunnin"); the one told named as a noun subject with no time fronted; a break
# the learner meets them at
@as_table(("step", "answer", "verdict"), [
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle heti, hän on yövuorossa", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle heti, hän on lounastauolla", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle heti sammuttamisen jälkeen", "correct"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle heti tapahtuman jälkeen", "correct"),
    ("yleinen-verbit kone-rikki", "lopetan puolentunnin ajaksi ja kerron pomolle", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, esimies on huomenna töissä",
     "not correct"),
    ("ravintola-ohjeet vuoto", "kerron kokille, kokki on huomenna", "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, hän on huomenna taas", "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, mä tapaan hänet tauolla", "not correct"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle huoltopysäytyksen jälkeen",
     "not correct"),
    ("yleinen-verbit kone-rikki", "lähden ruokailemaan ja kerron pomolle", "not correct"),
])
def test_review186(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 95-96, both trainers: a courtesy before an accepted answer said as written ("ei
# haittaa. missä huoneessa?"); a noun in the other written shape of an accepted word's
# very form (not in a repeat step, which practises the model's)
@as_table(("step", "answer", "verdict"), [
    ("siivous-asiakas toimisto.2", "ei haittaa. missä huoneessa?", "correct"),
    ("ravintola-kartoitus b1-miksi",
     "koska raa'assa lihassa voi olla bakteereita ja salaattia ei kypsennetä", "correct"),
    ("ravintola-kartoitus b1-miksi", "koska lihassa on bakteereita ja salaattia ei keitetä",
     "correct"),
    ("varasto-valineet step-4", "lavalla on laatikkoja", "almost"),
])
def test_sets_95_96(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 97-98, both trainers: "sitten vasta" and the foreseen wrong first deed said short
# after the right one ("tukipukit, sit vasta menen alle"); a repair ending on an accepted
# answer with an adverb more ("…, ei, vasta kymmeneltä"; not a lenient rule's right:
# "…, ei, työkaverille"); a clause beside the answer that tells again what the question
# told, its numbers as told ("…, mittari näyttää kymmenen astetta"; not "kuusi astetta")
@as_table(("step", "answer", "verdict"), [
    ("autoala-turvallisuus tukipukit", "tukipukit, sit vasta menen alle", "correct"),
    ("autoala-turvallisuus tukipukit", "menen alle ja sitten tukipukit", "wrong"),
    ("ravintola-ohjeet huomenna", "yhdeksältä... ei, vasta kymmeneltä", "correct"),
    ("yleinen-verbit kone-rikki", "ilmoitan heti esimiehelle, ei, työkaverille", "wrong"),
    ("elintarvike-kartoitus b1-vika",
     "kylmähuone ei jäähdy, mittari näyttää kymmenen astetta", "correct"),
    ("elintarvike-kartoitus b1-vika", "kylmähuone ei jäähdy, mittari näyttää kuusi astetta",
     "not correct"),
    ("hoiva-kartoitus b1-puhekieli", "vien asukkaan suihkuun, hoitaja tulee kohta auttamaan",
     "correct"),
])
def test_sets_97_98(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 99-100, both trainers: spoken "mut" between a word that is no verb and a place is
# mutta (not a verb's minut); a plural's past in the singular's spoken form
@as_table(("step", "answer", "verdict"), [
    ("yleinen-oikeudet luottamusmies.4",
     "tuntilistassa on 88 tuntia mut palkkakuitissa vaan 80", "correct"),
    ("yleinen-oikeudet luottamusmies.4", "tein 88 tuntia mut siinä on vaan 80", "correct"),
    ("valmistus-tyonjohtaja pyyda-lisaa", "mutterit loppu, voitko tuoda lisää?", "correct"),
    ("yleinen-perehdytys samir.8", "kypärän voi jättää pois tauolla mut katolla ei ikinä",
     "correct"),
])
def test_sets_99_100(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


def test_vie_mut_stays_minut() -> None:
    from valkky.judge.normalise import normalise
    assert normalise("vie mut kotiin") == "vie mut kotiin"


# review187 (SAFETY; sets 93-98's kinds and review186's mend): an adverb moved after the
# answer keeps the answer's commas; a two-part time after the one told's "olla" is when
# (only a break, shift or meal as a last part is where they are); the one told away
# then ("lomalla", "poissa") is told now, but not one back from there; a -minen noun
# after "heti" is now only for a stop, a fault or the step's deed; "tapahtuma" an incident
# only bare; a must only of a safe state; a no of a deed that makes a machine safe stays
# in its clause; a courtesy only before an accepted answer said bare; the step's place
# gone to in every branch of gear put away; a verbless part after a comma that names a
# thing of its own is no part of the answer's clause
@as_table(("step", "answer", "verdict"), [
    ("yleinen-verbit kone-rikki", "kerron heti esimiehelle, hän on huomenna töissä",
     "not correct"),
    ("yleinen-verbit kone-rikki", "kerron nyt esimiehelle, tauolla me puhutaan", "correct"),
    ("yleinen-verbit kone-rikki", "kerron nyt esimiehelle, tauko myöhemmin", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, hän on iltapäivällä töissä",
     "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, esimies on huomenna lomalla",
     "correct"),
    ("yleinen-verbit kone-rikki", "kerron pomolle nyt, pomo on huomenna poissa", "correct"),
    ("varasto-ohjeet hylly", "kerron esimiehelle, maanantaina hän tulee lomalta",
     "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle heti syömisen jälkeen", "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle koulutustapahtuman jälkeen",
     "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle, linja pitää olla käynnissä",
     "not correct"),
    ("kauppa-turvallisuus uloskaynti", "siirrän ne pois, ovi pitää olla lukossa",
     "not correct"),
    ("valmistus-raportti sari.8", "soitan huoltoon, en pysäytä linjaa", "wrong"),
    ("hoiva-raportti elias.4", "älä nosta yksin, ei kannata kutsua hoitajaa", "wrong"),
    ("yleinen-tyoturvallisuuskortti step-11", "kypärä? ei mitään", "wrong"),
    ("varasto-turvallisuus kengat", "laitan turvakengät ja sitten varastoon", "correct"),
])
def test_review187(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 32-95, both trainers (11 of 11 rows): one word said to an open question whose every
# example says two or more is half an answer; not where an example is one word, nor a
# verb of the learner's own ("rukoilen" to "Mitä teet tauolla?": a sentence)
@as_table(("step", "answer", "verdict"), [
    ("rakennus-raportti uusi", "kypärä", "almost"),
    ("rakennus-raportti timo.8", "jalkalista", "almost"),
    ("ravintola-raportti antti.2", "Pähkinä.", "almost"),
    ("yleinen-lahelta-piti ilmoitus.8", "varastossa", "correct"),
    ("yleinen-tyovuoro step-13", "rukoilen", "correct"),
    ("metalli-raportti ville", "käsineet", "almost"),
    ("yleinen-perehdytys samir.8", "hätäuloskäynti", "almost"),
])
def test_one_word_to_an_open_question(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# set 101, both trainers (SAFETY): after "mutta", the learner doing the work fast where
# the question tells of a danger ("kaide puuttuu, mut mä teen nopeesti"): going on; not a
# thing of its own ("…, mutta teen ilmoituksen")
@as_table(("step", "answer", "verdict"), [
    ("rakennus-kartoitus b1-vika", "kaide puuttuu, mut mä teen nopeesti", "wrong"),
    ("rakennus-kartoitus b1-vika", "kaide puuttuu, mutta teen ilmoituksen", "correct"),
])
def test_the_work_done_after_but(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# set 101, both trainers: a reason begun with speech's "ku(n)" where the step's answers
# give theirs with "koska"; "voi" left out where its verb is said as what happens
@as_table(("step", "answer", "verdict"), [
    ("metalli-kartoitus b1-miksi", "ku hanska voi jäädä kiinni ja kone vetää käden mukaan",
     "correct"),
    ("metalli-kartoitus b1-miksi", "kone vetää käden mukaan", "correct"),
    ("autoala-kartoitus b1-miksi", "koska pakokaasu myrkyttää", "correct"),
])
def test_set_101(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review188 (SAFETY; sets 97-101's kinds and review187's mend): a verbless comma part
# ends the answer's clause only naming the learner's own break or no time; the one told
# away only in its own part and not back later (and at a meeting then); no "then" deed
# the step calls unsafe; a repair's adverb more only a focus particle; a number told
# again only from a sentence with the run's own verb; a -minen of noticing after "heti",
# a danger's "…tapahtuma" now; "ei odoteta" before another deed a clause of its own
@as_table(("step", "answer", "verdict"), [
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, pomo huomenna", "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, hän on lomalla ja tulee maanantaina",
     "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, hän on iltapäivällä kokouksessa",
     "correct"),
    ("hoiva-raportti elias.4", "hälytä ensin hoitaja, sitten vasta nosta yksin", "wrong"),
    ("autoala-turvallisuus tukipukit", "tunkki, ei, tukipukit myöhemmin", "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle heti huomaamisen jälkeen", "correct"),
    ("siivous-asiakas toimisto.2", "missä huoneessa? ei haittaa", "correct"),
])
def test_review188(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# set 104, both trainers: a verb's spoken "-ks" before "sä" is its second person's question
# ("otaks sä" otatko sinä, "voiks sä" voitko sinä; set 39's "Voiks sä sanoa sen
# uudelleen?" right too), not a translative ("tuleks sä" is no "tuleksi")
@as_table(("step", "answer", "verdict"), [
    ("hoiva-kartoitus a2-toista", "otaks sä kahvia vai teetä", "correct"),
    ("yleinen-tarkistaminen step-16", "Voiks sä sanoa sen uudelleen?", "correct"),
])
def test_spoken_ks_before_sa(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


def test_tuleks_sa_is_a_question() -> None:
    from valkky.judge.normalise import normalise
    assert normalise("tuleks sä huomenna") == "tuletko sinä huomenna"


# review189 (SAFETY; the one-word rule, the work done after "mutta", set 101's kinds and
# review188's mend): a place or an adverb alone answers where; the work done after "mutta"
# not with a thing of its own ("teen sen") nor after the learner's own deed; a time after a
# comma of another person or thing is theirs, of the one told or a meeting the report's;
# noticing is now, heti or not; "…tapahtuma" only as a last part; a repair's "heti" and
# the question's own time; a courtesy after a bare answer only after a question; "voi"
# left out only in a reason
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.4", "yläkerrassa", "correct"),
    ("siivous-asiakas toimisto.6", "laitan varoituskyltin, mutta teen sen nopeasti",
     "not wrong"),
    ("yleinen-verbit kone-rikki", "kerron heti esimiehelle, asentaja huomenna", "correct"),
    ("hoiva-turvallisuus kaatui", "soitan heti hoitajalle, lääkäri illalla", "correct"),
    ("yleinen-verbit kone-rikki", "kerron pomolle, palaveri huomenna", "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle huomaamisen jälkeen", "correct"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle vaaratapahtumakoulutuksen jälkeen",
     "not correct"),
    ("yleinen-tyoturvallisuuskortti step-9", "työkaverille, ei, esimiehelle heti", "correct"),
    ("rakennus-turvallisuus kysy-kypara", "kypärä, ei haittaa", "not correct"),
    ("siivous-asiakas toimisto.2", "missä huoneessa? ei haittaa", "correct"),
    ("ravintola-asiakas maksu.4", "maksaa kortilla", "almost"),
])
def test_review189(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review190 (SAFETY; review189's mend): a place or an adverb alone answers only where the
# question asks where; the work done after "mutta" unless the deed before it is accepted
# or "teen sen/ne" is the answer's own deed; a time after a comma is another's only for a
# person's title, the repair's thing or the step's own (any other noun's is the report's);
# noticing another thing is no now; a reassurance after a bare answer is apart
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti neuvo", "selällä", "not correct"),
    ("yleinen-perehdytys samir.4", "yläkerrassa", "correct"),
    ("rakennus-kartoitus b1-vika", "kaide puuttuu, mut mä teen ne nopeesti", "wrong"),
    ("siivous-asiakas toimisto.6", "laitan varoituskyltin, mutta teen sen nopeasti",
     "not wrong"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, puhelu iltapäivällä", "not correct"),
    ("yleinen-verbit kone-rikki", "kerron heti esimiehelle, asentaja huomenna", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle pomon näkemisen jälkeen",
     "not correct"),
    ("hoiva-asukas aamu.8", "tossut jalkaan, älä huoli", "correct"),
])
def test_review190(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review191 (review190's mend): noticing is later only of a person or a scheduled thing
# (a fault's noun, a pronoun is now); a trade's or maintenance's time after a comma is
# theirs; a reassurance after a warning or a danger named is no courtesy apart
@as_table(("step", "answer", "verdict"), [
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle vuodon huomaamisen jälkeen", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle pomon näkemisen jälkeen", "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, sähkömies huomenna aamulla", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, kunnossapito huomenna", "correct"),
    ("siivous-turvallisuus step-21", "märkä lattia, älä huoli", "not correct"),
])
def test_review191(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)
