"""Kinds mended at stop 61 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py: none lost but where a test below says)."""

from __future__ import annotations

from tests.judge.golden import judged_as_expected, judged_on
from valkky.testing.table import as_table


# gear put on a part of the body it is not worn on is not worn: each kind of gear has its
# own places (deed_words._WORN_ON; reviews 160-162's holes), its own places stay right
@as_table(("step", "answer", "verdict"), [
    ("rakennus-turvallisuus kysy-kuulosuojaimet", "laitan kuulosuojaimet kaulaan", "wrong"),
    ("rakennus-turvallisuus kysy-kuulosuojaimet", "laitan kuulosuojaimet olalle", "wrong"),
    ("rakennus-turvallisuus kysy-kuulosuojaimet", "laitan kuulosuojaimet korviin", "correct"),
    ("rakennus-turvallisuus kysy-kuulosuojaimet", "laitan kuulosuojaimet päähän", "correct"),
    ("rakennus-turvallisuus kysy-suojalasit", "laitan suojalasit otsalle", "wrong"),
    ("rakennus-turvallisuus kysy-suojalasit", "laitan suojalasit päähän", "correct"),
    ("rakennus-turvallisuus kysy-suojalasit", "laitan suojalasit naamalle", "correct"),
    ("elintarvike-tuotanto kysy-hiusverkko", "laitan hiusverkon kaulaan", "wrong"),
    ("elintarvike-tuotanto kysy-hiusverkko", "laitan hiusverkon tukkaan", "correct"),
    ("siivous-valineet step-10", "laitan hanskat ranteisiin", "wrong"),
    ("siivous-valineet step-10", "laitan hanskat käsiin", "correct"),
])
def test_gear_on_a_part_of_the_body_it_is_not_worn_on(step: str, answer: str,
                                                     verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review164 (SAFETY): a delay after the fact's subject puts a report off where the fact
# is told now ("kone hajosi lounaalla" tells when it broke); a fault "in" a thing only in
# a machine, a part of one or a thing the step names, not a state; a region of a part of
# the body is that part; gear put on or into something named by its genitive is put away
@as_table(("step", "answer", "verdict"), [
    ("valmistus-turvallisuus kysy-vika", "ilmoitan kone on rikki vasta tauolla", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, koneessa on vika, tauolla", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan kahvitauolla, kone on rikki", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, kone meni rikki tänään", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan heti, kone hajosi lounaalla", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, vika on hoidossa", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, vika on paketissa", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, vika on trukissa", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, vika on tossa koneessa", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, vika on koneen moottorissa", "correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän pääkoppaan", "correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän pääkäytävään", "wrong"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän nokkaan", "wrong"),
    ("rakennus-turvallisuus kysy-suojalasit", "laitan suojalasit nokalle", "correct"),
    ("valmistus-turvallisuus kysy-suojaimet", "laitan korvatulpat korvakäytäviin", "correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän trukin nokalle", "wrong"),
    ("siivous-valineet step-10", "laitan hanskat kaapin päälle", "wrong"),
    ("rakennus-turvallisuus kysy-kuulosuojaimet", "laitan kuulosuojaimet korvien päälle",
     "correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän vuoron alkuun", "correct"),
])
def test_review164(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# only the deed that comes after, to a step that asks what comes first, is the wrong
# order (sets 16, 27, 48, 58, 69, 82: every trainer wrong); a foreseen mistake keeps its
# own reply; both deeds in order stay right
@as_table(("step", "answer", "verdict"), [
    ("kauppa-kartoitus a2-ensin", "laitan tuotteet hyllyyn", "wrong"),
    ("rakennus-kartoitus a2-ensin", "vasaran ensin", "wrong"),
    ("kauppa-kartoitus a2-ensin", "avaan ensin laatikon, sitten laitan tuotteet hyllyyn",
     "correct"),
    ("kauppa-kartoitus a2-ensin", "avaan laatikon", "correct"),
])
def test_only_the_later_deed(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# a self-repair after a no of a verb: "en voi" says something ("voi" is no "oh" there)
# to take back (set 82, both trainers right)
@as_table(("answer", "verdict"), [
    ("en voi... eiku joo, kyllä voin", "correct"),
    ("en voi eiku voin", "correct"),
    ("voin... eiku en voi", "wrong"),
])
def test_a_repair_after_a_no_of_a_verb(answer: str, verdict: str) -> None:
    assert judged_on("yleinen-tyovuoro esimies.2", answer).verdict == verdict


# a word of five letters or more without its last consonant is a slip, even where that
# makes a rare word (sets 53, 82: "kiito", both trainers almost)
@as_table(("step", "answer", "verdict"), [
    ("yleinen-apua esimies.6", "kiito", "almost"),
    ("yleinen-aika esimies.4", "kiito", "almost"),
])
def test_the_last_letter_left_off(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review165 (SAFETY): the gear named last is what the place is for, and gear of every
# spelling has its places; a region only of the parts it is a region of ("käsivarsi" is an
# arm); gear over what is worn is worn, taken to the work's own place too; a place whose
# it is or with "takaisin"; a delay only where it says when the deed is done (not how long,
# nor this morning, nor the subject's genitive); a fault in more parts of a machine
@as_table(("step", "answer", "verdict"), [
    ("yleinen-kyltit sininen", "laitan kuulonsuojaimet nokalle", "wrong"),
    ("yleinen-kyltit sininen", "laitan kuulonsuojaimet kaulaan", "wrong"),
    ("hoiva-ohjeet eristys", "laitan suojakäsineet ja suojatakin nokalle", "wrong"),
    ("yleinen-kyltit pullo", "laitan suojalasit ja hanskat käteen", "correct"),
    ("siivous-valineet step-10", "laitan hanskat käsivarsille", "wrong"),
    ("rakennus-turvallisuus kysy-suojalasit", "laitan suojalasit päälaelle", "wrong"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän pipon päälle", "correct"),
    ("valmistus-turvallisuus step-9", "laitan turvakengät sukkien päälle", "correct"),
    ("elintarvike-tuotanto kysy-hiusverkko", "laitan hiusverkon korvien päälle", "correct"),
    ("yleinen-kyltit sininen", "otan kuulonsuojaimet tehtaan halliin", "correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän omaan kaappiin", "wrong"),
    ("siivous-valineet step-10", "laitan hanskat taskuun takaisin", "wrong"),
    ("valmistus-turvallisuus step-9", "laitan turvakengät oven eteen", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, kone on rikki jo viikon", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, kone on rikki tänä aamuna", "almost"),
    # (failing safe since review166: "tänä iltana" is later)
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, aamuvuoron kone on rikki", "correct"),
    ("rakennus-turvallisuus step-22", "siivoan, taukotilan lattia on sotkuinen", "correct"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan, eurolava on rikki", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, kone on rikki ensi kerralla", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan kone on rikki vuoron lopussa", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, vika on laakerissa", "correct"),
])
def test_review165(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# a noun said bare where the accepted answer of the same words puts it in a case of place
# after its verb is a form slip, not the shorter accepted answer with a word more ("menen
# linja kaksi": sets 72, 78, 81, both trainers almost); a label after "tuolla" stays right
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-ohjeet kakkonen", "menen linja kaksi", "almost"),
    ("elintarvike-ohjeet kakkonen", "menen linjalle kaksi", "correct"),
    ("autoala-kartoitus a1-numero", "auto on paikka neljä", "almost"),
    ("kauppa-asiakas kassalla.2", "tuolla, hylly viis", "correct"),
])
def test_a_bare_noun_for_a_place(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review166 (SAFETY): gear over or under what is worn is worn only where what is worn is
# where the gear is (not "kypärän takin päälle"); into a room of the work place is no
# taking along; a time of day after "tänä" may be later; a thing's name in the
# nominative or genitive is no delay by its first part, a time in another case is; an
# answer that takes gear off puts it where it likes; speech drops a last -n
@as_table(("step", "answer", "verdict"), [
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän takin päälle", "wrong"),
    ("rakennus-turvallisuus kysy-suojalasit", "laitan suojalasit hatun päälle", "wrong"),
    ("rakennus-turvallisuus kysy-suojalasit", "laitan suojalasit silmälasien päälle", "correct"),
    ("rakennus-turvallisuus kysy-suojalasit", "laitan suojalasit silmien eteen", "correct"),
    ("hoiva-ohjeet eristys", "laitan suojatakin ja suojakäsineet vaatteiden päälle", "correct"),
    ("elintarvike-ohjeet ensin", "laitan hiusverkon ja suojatakin käteen", "wrong"),
    ("yleinen-kyltit sininen", "otan kuulonsuojaimet hallin kaappiin", "wrong"),
    ("yleinen-kyltit sininen", "laitan kuulonsuojaimet korvien taakse", "wrong"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän takaisin kaappiin", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, kone on rikki tänä iltana", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, kone on rikki jo tauolla", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan iltavuorossa, kone on rikki", "not correct"),
    ("rakennus-turvallisuus step-22", "siivoan, taukotilan lattia on sotkuinen", "correct"),
    ("metalli-turvallisuus kasineet-pois", "otan käsineet pois omaan kaappiin", "correct"),
    ("autoala-kartoitus a2-ensin", "tukipukit renkaiden takia", "not wrong"),
])
def test_review166(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# a bare noun beside "kiitos" is a fuller answer's word slipped, not whom a greeting greets
# ("kiitos ymmärrys", "kiitos käynti": set 84, both trainers almost; "huomenta kaikki" stays)
@as_table(("step", "answer", "verdict"), [
    ("yleinen-tyovuoro lauantai.4", "kiitos ymmärrys", "almost"),
    ("ravintola-asiakas maksu.6", "kiitos käynti", "almost"),
    ("yleinen-tervehdys kysy-huomenta", "huomenta kaikki", "correct"),
])
def test_a_thanks_with_its_word_slipped(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review167: what is worn covers every part it is worn on (glasses by the whole word);
# around a part of the body where the gear is worn is worn; beside the work's own place is
# taken along; "jo aamusta" is since, a time after a count of times when, "heti" the deed
# now; a compound is a time by its last part; a bare noun for a place only after its verb
# in its clause; the rest of an answer with the later deed right only with a verb or whole
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-tuotanto kysy-hiusverkko", "laitan hiusverkon huivin alle", "correct"),
    ("rakennus-turvallisuus kysy-suojalasit", "laitan suojalasit lasien päälle", "correct"),
    ("rakennus-turvallisuus kysy-suojalasit", "laitan suojalasit ikkunalasin päälle", "wrong"),
    ("valmistus-turvallisuus step-9", "laitan turvakengät housujen alle", "correct"),
    ("siivous-valineet step-10", "laitan hanskat puuvillahanskojen päälle", "correct"),
    ("rakennus-turvallisuus kysy-kuulosuojaimet", "laitan kuulosuojaimet pään ympärille",
     "correct"),
    ("rakennus-turvallisuus kysy-kuulosuojaimet", "laitan kuulosuojaimet kaulan ympärille",
     "wrong"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, kone on rikki jo aamusta", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, kahvikoneessa on vika", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan heti tauolla, kone on rikki", "not correct"),
    ("elintarvike-tyokaveri kysy-linja", "linja kolme, kuljetin ei liiku", "correct"),
    ("autoala-kartoitus a2-ensin", "tukipukit renkaiden takia", "not wrong"),
])
def test_review167(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# a time beside an accepted answer puts its deed off where the step tells of a fault or a
# danger and asks no time (review167's holes, SAFETY); another deed's time is no delay of
# the answer's, nor is "heti" or "tänään"
@as_table(("step", "answer", "verdict"), [
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle huomenna", "almost"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle kahvitauolla", "almost"),
    ("varasto-turvallisuus ilmoitus", "kerron esimiehelle viikkopalaverissa", "almost"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle heti", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle tänään", "correct"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle ja korjaaja tulee huomenna",
     "correct"),
    ("metalli-esimies viallinen", "se on viallinen, reikä on väärässä kohdassa", "correct"),
])
def test_a_report_put_off(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review168 (SAFETY): a compound's first part names the body part a worn thing is on
# ("kaulahuivi"); gear goes only under trousers, overalls and shoes; glasses only in the
# plural; the work's place only by "luo", "luokse", "sisälle"; a delay among the deed's
# own words by any part of a compound, in an off-work room too, not a fact's; "heti"
# before the fact's subject; a count of times only before "tällä viikolla"; lifting a
# fallen resident up said as helping her up is the lesson's foreseen mistake
@as_table(("step", "answer", "verdict"), [
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän kaulahuivin päälle", "wrong"),
    ("valmistus-turvallisuus step-9", "laitan turvakengät haalarin päälle", "wrong"),
    ("valmistus-turvallisuus step-9", "laitan turvakengät housujen alle", "correct"),
    ("rakennus-turvallisuus kysy-suojalasit", "laitan suojalasit lasin päälle", "wrong"),
    ("yleinen-kyltit sininen", "otan kuulonsuojaimet tehtaan taakse", "wrong"),
    ("yleinen-kyltit sininen", "otan kuulonsuojaimet hallin luokse", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan kahvipaussilla, kone on rikki", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan taukotilassa, kone on rikki", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, kone on rikki taukotilassa", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, kahvikoneessa on vika", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, kone on rikki toisen kerran, tauolla",
     "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan heti, kone on rikki tänä aamuna", "correct"),
    ("hoiva-raportti elias.4", "ensin auta hänet ylös ja sitten kutsu hoitaja", "wrong"),
    ("hoiva-raportti elias.4", "ensin kysy sattuuko, sitten soita hoitajalle", "correct"),
])
def test_review168(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review169: a time beside an answer puts off only a deed a fault calls for now (telling,
# stopping, warning, cleaning), and only a time it is done at (not "puoleksi tunniksi",
# "aamusta asti", "lopuksi", "litralla"); a room before a fact set apart by a comma is
# the fact's; a worn thing's first part only narrows where it is worn; "ensin" on a
# foreseen wrong deed is that mistake whatever comes after it (SAFETY)
@as_table(("step", "answer", "verdict"), [
    ("siivous-turvallisuus laimenna", "laimennan sen litralla vettä", "not wrong"),
    ("elintarvike-ohjeet lopuksi", "lopuksi menen linjalle kolme", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, kahvikoneella on vika", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, taukotilassa kone on rikki", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan taukotuvalla, kone on rikki", "not correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän korvalappulakin päälle", "correct"),
    ("hoiva-raportti elias.4", "ensin vien hänet sänkyyn, sitten soitan hoitajalle", "wrong"),
    ("hoiva-raportti elias.4", "ensin kysy sattuuko, sitten soita hoitajalle", "correct"),
])
def test_review169(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# a yes, "mutta ensin" and an order: the open step's deed reading once met a clause with
# no word placed in the answer and crashed (review170, both trees); each is judged
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti elias.4", "joo, mutta ensin hälytä hoitaja, sitten nostatte yhdessä",
     "correct"),
    ("hoiva-raportti elias.4", "kyllä, mutta ensin kutsu hoitaja ja sitten nostolaite",
     "correct"),
    ("hoiva-raportti elias.4", "kyllä, mutta ensin nosta hänet ja sitten soita hoitajalle",
     "wrong"),
])
def test_a_yes_but_first_is_judged(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review170: a time puts off the learner's own deed now (first person, a command, a need)
# whatever its verb, where the question tells of a fault now, not a cause of one; for or
# since a time is no delay; a break room among the deed's own words is one; an adessive
# compound a time by its first part unless it names a thing; a first part of the body
# outside the head moves a worn thing there ("olkahuivi")
@as_table(("step", "answer", "verdict"), [
    ("valmistus-turvallisuus kysy-vika", "kutsun työnjohtajan huomenna", "not correct"),
    ("hoiva-asukas kipua.4", "kutsun hoitajan kahvitauolla", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle työpäivän lopuksi",
     "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan esimiehelle aamupalalla", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan ruokalassa, kone on rikki", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, kone on rikki ruokalassa", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, kahvikoneella on vika", "correct"),
    ("siivous-asiakas toimisto.6", "laitan varoituskyltin tunniksi", "correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän olkahuivin päälle", "wrong"),
    ("elintarvike-tyokaveri vaihto.2", "joo, jatkan linjalla kolme iltavuorossa", "correct"),
])
def test_review170(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review171: anyone's deed now or to come is put off by a time (a passive, "hän kertoo");
# a comma sets a time apart as the fact's only in a fact told in the past; a break room
# puts off only a report or a call, and from a room or a break is a place; a compound is
# a time by a time of day in it; a body part moves a worn thing only as its first of two
# parts, the hair and the face the head's; "tauon aikana", "iltaan mennessä" put off
@as_table(("step", "answer", "verdict"), [
    ("valmistus-raportti sari.8", "soitetaan kunnossapitoon huomenna", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, tauolla kone on rikki", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, aamupalalla kone hajosi", "correct"),
    ("valmistus-turvallisuus kysy-vika", "haen työnjohtajan tauolta", "correct"),
    ("hoiva-turvallisuus kadet", "pesen kädet taukotilassa", "correct"),
    ("kauppa-turvallisuus marka-lattia", "kuivaan lattian kertakäyttöpyyhkeellä", "correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän hiushuivin päälle", "correct"),
    ("metalli-turvallisuus kengat", "laitan turvakengät jalkapallopaidan päälle", "wrong"),
    ("varasto-ohjeet hylly", "ilmoitan esimiehelle tauon aikana", "not correct"),
])
def test_review171(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review172: a break room puts off any report or call (a fault report made, asking for
# help); from a break or a room is a place only where someone is fetched or called, or
# now; "ensi viikosta" is from then on; a compound a time by any time in it; a body part
# right before the worn thing moves it; a time of day set apart in a fact told now is
# the fact's; "mennessä" is no verb
@as_table(("step", "answer", "verdict"), [
    ("yleinen-verbit kone-rikki", "teen vikailmoituksen taukotilassa", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "sanon työnjohtajalle ruokalassa", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle tauolta", "not correct"),
    ("yleinen-verbit kone-rikki", "kutsun esimiehen tauolta", "correct"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle ensi viikosta", "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle vuosilomalla", "not correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän villaolkahuivin päälle", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, aamulla kone on rikki", "correct"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle iltaan mennessä", "not correct"),
])
def test_review172(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review173: a time set apart in a fact told now is the fact's only as a time of day or
# today; another (a weekday, next week) stays the report's; from a break room is a place
# whatever the deed; "nyt" is read from the learner's words
@as_table(("step", "answer", "verdict"), [
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, maanantaina kone on rikki", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, ensi viikolla kone on rikki",
     "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, iltapäivällä kone on rikki", "correct"),
    ("hoiva-turvallisuus kaatui", "pyydän apua kahvihuoneesta", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle nyt ruokatauolta",
     "correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän hartiahuivin päälle", "wrong"),
])
def test_review173(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review174: "nyt", "heti" make a report now only next to the answer's words or beside
# it, not in a clause of their own ("nyt on kiire, ilmoitan … taukotilassa": put off)
@as_table(("step", "answer", "verdict"), [
    ("valmistus-turvallisuus kysy-vika", "nyt on kiire, ilmoitan työnjohtajalle taukotilassa",
     "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle nyt ruokatauolta",
     "correct"),
])
def test_review174(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)
