"""Kinds mended at stop 54 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py: none lost)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge.normalise import normalise
from valkky.testing.table import as_table


# a greeting of the time of day said without its "hyvää" where the model goes on, as Finns
# greet (sets 18, 20, 40, 53, both trainers); the greeting alone is the model half said
@as_table(("step", "answer", "verdict"), [
    ("ravintola-asiakas step-3", "Iltaa ja tervetuloa!", "correct"),
    ("siivous-asiakas step-3", "Huomenta! Voinks mä auttaa?", "correct"),
    ("hoiva-kartoitus a1-toista", "huomenta, nukuitko hyvin", "correct"),
    ("siivous-asiakas step-3", "huomenta voinko autaa", "almost"),
    ("hoiva-asukas step-4", "huomenta", "almost"),
    ("yleinen-tervehdys step-5", "huomenta", "almost"),
])
def test_a_greeting_without_its_hyvaa(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# speech calls a person "se" (sets 27, 51, 52, both trainers): "sillä" for "hänellä" in its
# own case and number; another thing said of them is still another thing
@as_table(("step", "answer", "verdict"), [
    ("hoiva-kartoitus b1-vika", "sillä on kova kuume", "correct"),
    ("hoiva-kartoitus a2-kipu", "sen jalka on kipeä", "correct"),
    ("kauppa-raportti napistys.6", "sillä on sininen takki", "correct"),
    ("kauppa-raportti napistys.6", "sillä on punanen takki", "wrong"),
    ("hoiva-kartoitus b1-vika", "mulla on kova kuume", "wrong"),
    ("hoiva-valineet step-24", "annan sille peiton", "correct"),
])
def test_a_person_called_se(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# a verb's -ua-/-yä- said as one long vowel after "se" or "hän" is the third person, after a
# no its negative form
@as_table(("said", "read"), [
    ("se haluu talvirenkaat", "se haluaa talvirenkaat"),
    ("hän tajuu", "hän tajuaa"),
    ("en haluu", "en halua"),
    ("se puhuu", "se puhuu"),
    ("se kysyy", "se kysyy"),
])
def test_the_third_persons_long_vowel(said: str, read: str) -> None:
    assert normalise(said) == read


# review105 (SAFETY): a machine's stop excuses only the glasses against one's own machine,
# stopped by a person or its work ended — not another's, one of many, stopped by itself or
# by someone named; gloves are no machine gear
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.8", "suojalasit voi ottaa pois kun kone on sammutettu",
     "correct"),
    ("yleinen-perehdytys samir.8", "suojalasit voi ottaa pois kun naapurin kone on sammutettu",
     "wrong"),
    ("yleinen-perehdytys samir.8", "suojalasit voi ottaa pois kun toinen kone on sammutettu",
     "wrong"),
    ("yleinen-perehdytys samir.8", "suojalasit voi ottaa pois kun kone pysähtyy kesken työn",
     "wrong"),
    ("yleinen-perehdytys samir.8",
     "suojalasit voi ottaa pois kun työnjohtaja on sammuttanut koneen", "wrong"),
    ("yleinen-perehdytys samir.8", "suojalasit voi ottaa pois kun terä on loppunut", "wrong"),
    ("siivous-raportti hassan", "älä sekoita, hanskat voi ottaa pois kun kone on sammutettu",
     "wrong"),
])
def test_a_machine_stopped(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review105 (SAFETY): gloves off at a drill or lathe only where their clause says nothing
# else (not with other work, another gear, or joined with ja/tai)
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.8", "hanskat voi ottaa pois kun poraat", "correct"),
    ("yleinen-perehdytys samir.8", "hanskat on turhat kun poraat", "correct"),
    ("yleinen-perehdytys samir.8", "kun poraat, hanskoja ei tarvita", "correct"),
    ("yleinen-perehdytys samir.8", "hanskat voi ottaa pois kun poraat tai hiot", "wrong"),
    ("yleinen-perehdytys samir.8", "hanskat voi ottaa pois kun hitsaat sorvin vieressä",
     "wrong"),
    ("yleinen-perehdytys samir.8", "hanskat voi ottaa pois kun poraat, suojalasit myös",
     "wrong"),
    ("yleinen-perehdytys samir.8", "hanskat voi jättää pois kun kannat poran teriä", "wrong"),
])
def test_gloves_at_a_turning_machine(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review105: leaving the work is the worker's (I, you, every worker, "olet lähtenyt"), with
# a time of day, a way home or what one goes to do off the work; not another's
@as_table(("step", "answer", "verdict"), [
    ("rakennus-raportti uusi", "kypärän voi ottaa pois kun lähden työmaalta kotiin", "correct"),
    ("rakennus-raportti uusi", "kypärän saa ottaa pois kun kaikki lähtevät kotiin", "correct"),
    ("rakennus-raportti uusi", "kypärän voi ottaa pois kun olet lähtenyt työmaalta", "correct"),
    ("rakennus-raportti uusi", "kypärän voi ottaa pois kun vuoro loppuu illalla", "correct"),
    ("rakennus-raportti uusi", "kypärän voi ottaa pois kun lähdet kotiin autolla", "correct"),
    ("yleinen-perehdytys samir.8", "kuulonsuojaimet voi ottaa pois kun lähdet hallista syömään",
     "correct"),
    ("rakennus-raportti uusi", "kypärän voi ottaa pois kun muut lähtee kotiin", "wrong"),
    ("rakennus-raportti uusi", "kypärän voi ottaa pois kun työnjohtaja lähtee kotiin", "wrong"),
])
def test_leaving_the_work(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review105 (SAFETY): worn gear said needless on a condition of the work is needless at the
# work ("kun hiot, suojalaseja ei tarvita"); only off the work is it not needed; help may be
# needless on a case's condition
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.8", "kun hiot, suojalaseja ei tarvita", "wrong"),
    ("yleinen-perehdytys samir.8", "suojalaseja ei tarvita kun hiot", "wrong"),
    ("rakennus-raportti uusi", "kun olet telineellä, kypärää ei tarvita", "wrong"),
    ("rakennus-raportti uusi", "et tarvitse kypärää kun teline on matala", "wrong"),
    ("yleinen-perehdytys samir.8", "kuulosuojaimia ei tarvita kun kone on hiljainen", "wrong"),
    ("yleinen-perehdytys samir.8", "kun lähdet kotiin, kypärää ei tarvita", "correct"),
    ("rakennus-raportti uusi", "kun olet toimistossa kypärää ei tarvita", "correct"),
    ("yleinen-perehdytys samir.8", "kun työvuoro on ohi, suojalaseja ei tarvita", "correct"),
])
def test_worn_gear_needless_on_a_condition(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review105 (SAFETY): a hair net is worn gear: left off at the line is left off
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-raportti anna", "hiusverkon voi ottaa pois kun linja on pysähtynyt", "wrong"),
    ("elintarvike-raportti anna", "hiusverkon voi ottaa pois kun muut lähtevät kotiin",
     "wrong"),
    ("elintarvike-raportti anna", "hiusverkon saa riisua jos se kutittaa", "wrong"),
    ("elintarvike-raportti anna", "hiusverkko on turha jos se on repeytynyt, ota uusi",
     "correct"),
])
def test_a_hair_net_left_off(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review105 (SAFETY): a deed done on one's own with its "yksin" unsaid, its clause cut by a
# written comma before a subject pronoun, or by the pronoun in speech, and ended at the next
# comma ("…, se on helppoa"); a helper named after it is help
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti raportti", "Aino kaatui aamulla, minä nostin hänet sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", "aino kaatui aamulla minä nostin hänet sänkyyn", "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui, minä nostin hänet sänkyyn, hän oli kevyt.",
     "wrong"),
    ("rakennus-raportti timo.8", "minä korjaan telineen, se on helppoa", "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui, minä nostin hänet sänkyyn, hoitaja auttoi.",
     "correct"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla, me nostettiin hänet sänkyyn.", "correct"),
    ("hoiva-raportti raportti",
     "Aino kaatui aamulla, minä nostin hänet sänkyyn nostolaitteella.", "correct"),
])
def test_a_deed_alone_beside_commas(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review105 (SAFETY): gloves worn at a drill or lathe, in any step (used, kept, on the
# hands, or taken off only when the drilling ends); not put away, nor worn before or after
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.8", "käytä aina hanskoja kun poraat", "wrong"),
    ("yleinen-perehdytys samir.8", "käytä hanskoja sorvilla", "wrong"),
    ("metalli-raportti ville", "hanskat voi pitää kun poraat", "wrong"),
    ("metalli-raportti ville", "hanskat kädessä kun poraat", "wrong"),
    ("metalli-raportti ville", "hanskat saa ottaa pois vasta kun lopetat porauksen", "wrong"),
    ("metalli-raportti ville", "älä käytä hanskoja kun poraat", "correct"),
    ("yleinen-perehdytys samir.8", "käytä hanskoja kun hiot mutta älä kun poraat", "correct"),
    ("metalli-raportti ville", "hanskat saa laittaa takaisin kun lopetat porauksen", "correct"),
    ("metalli-raportti ville", "laita hanskat talteen ja ota ne porauksen jälkeen takaisin",
     "correct"),
    ("metalli-raportti ville", "hanskat on turha pitää porakoneella", "correct"),
])
def test_gloves_worn_at_a_turning_machine(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review106 (SAFETY): every worker leaving is the worker's only said as its subject right
# after the condition's word ("kun kaikki lähtevät"), not "kaikki muut", another one, nor
# vehicles; "ulos" is off a hall's noise only; a machine at rest is one's own stop, not one
# that stops mid-work, and the stop's condition says nothing else
@as_table(("step", "answer", "verdict"), [
    ("rakennus-raportti uusi", "kypärän voi ottaa pois kun kaikki muut lähtevät kotiin",
     "wrong"),
    ("rakennus-raportti uusi", "kypärän voi ottaa pois kun kaikki autot lähtevät työmaalta",
     "wrong"),
    ("rakennus-raportti uusi", "kypärän voi ottaa pois kun lähdet ulos tupakalle", "wrong"),
    ("yleinen-perehdytys samir.8", "kuulonsuojaimet voi ottaa pois kun lähdet ulos", "correct"),
    ("yleinen-perehdytys samir.8",
     "suojalasit voi ottaa pois kun sammutat koneen, korjaat sen itse", "wrong"),
    ("metalli-raportti marjatta.8",
     "laikat tarkistetaan, suojalasit saa riisua kun hiomakone on pysähtynyt", "correct"),
])
def test_leaving_and_stopping_review106(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review106: worn gear needless on a condition — gear of its kind worn, a break's closed
# list, a past report; gloves off at a drill with what is drilled and who drills
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.8", "jos käytät korvatulppia, kuulosuojaimia ei tarvita",
     "correct"),
    ("yleinen-perehdytys samir.8", "jos käytät hanskoja, suojalaseja ei tarvita", "wrong"),
    ("rakennus-raportti uusi", "kun olet kahvilla, kypärää ei tarvita", "correct"),
    ("rakennus-raportti uusi", "kun olet tauolla telineellä, kypärää ei tarvita", "wrong"),
    ("yleinen-perehdytys samir.8", "kun et ole tauolla, kuulosuojaimia ei tarvita", "wrong"),
    ("yleinen-perehdytys samir.8", "hanskat voi ottaa pois kun poraat reikiä", "correct"),
    ("yleinen-perehdytys samir.8", "hanskat voi ottaa pois ku sä poraat", "correct"),
])
def test_needless_gear_review106(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review106: "vaan" after a no of a deed says what is done instead ("ei korjaa itse vaan
# jatkaa työtä" goes on); a person called "se" is read as the step's "hän" inside a longer
# answer and in a foreseen mistake; "hyvää" left out counts where another word is off
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys muista", "ei korjaa itse vaan jatkaa työtä", "wrong"),
    ("yleinen-perehdytys muista", "se ei korjaa konetta vaan jatkaa työtä", "wrong"),
    ("yleinen-perehdytys muista", "se ei korjaa konetta vaan käynnistää sen", "wrong"),
    ("yleinen-perehdytys muista", "hän ei käynnistä konetta vaan kertoo esimiehelle",
     "correct"),
    ("yleinen-perehdytys muista", "se ei korjaa sitä vaan kertoo esimiehelle", "correct"),
    ("hoiva-kartoitus b1-vika", "sillä on vähän kuumetta", "almost"),
    ("ravintola-asiakas step-3", "iltaa ja näkemiin", "wrong"),
])
def test_vaan_and_se_review106(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review106's older holes (SAFETY): help, aids and guards said needless on a condition —
# help only for a light thing (not a person), a measure only put off or done another way,
# an aid where the load is down or help is asked instead; off the work any protection
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti elias.4", "jos se on kevyt, et tarvitse apua", "wrong"),
    ("hoiva-raportti elias.4", "jos hän on kevyt, nostolaitetta ei tarvita", "wrong"),
    ("varasto-raportti neuvo", "kun olet vahva, apua ei tarvita", "wrong"),
    ("autoala-raportti jere", "kun auto on kevyt, tukipukkeja ei tarvita", "wrong"),
    ("rakennus-raportti timo.8", "jos tuulee, jalkalistaa ei tarvita", "wrong"),
    ("ravintola-raportti noora", "kun käytät hanskoja, ei tarvitse pestä käsiä", "wrong"),
    ("varasto-raportti neuvo", "jos laatikko on kevyt, et tarvitse apua", "correct"),
    ("varasto-raportti neuvo", "jos laatikko on painava, pyydä apua, muuten et tarvitse apua",
     "correct"),
    ("ravintola-raportti noora", "jos käytät eri lautaa, ei tarvitse pestä heti", "correct"),
    ("autoala-raportti jere", "kun auto on maassa et tarvitse tukipukkeja", "correct"),
    ("varasto-raportti neuvo", "pyydä apua, ei tarvitse nostolaitetta", "correct"),
    ("metalli-raportti marjatta.8",
     "laikka pitää tarkistaa, suojusta ei tarvitse ottaa pois koneesta", "correct"),
    ("elintarvike-raportti anna", "kun olet pukuhuoneessa et tarvitse hiusverkkoa", "correct"),
])
def test_help_and_aids_needless_on_a_condition(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review107 (SAFETY): a past report excuses gear only with a means used instead; gear of its
# kind only worn; "se" read as "hän" only where every "se" can be; a helper named later is
# help said yes and then; gloves' exceptions; "ulos" leaves a hall, not a site; a subject
# pronoun after a no's verb begins a clause of its own
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.8", "kun hioin eilen, suojalaseja ei tarvittu", "wrong"),
    ("rakennus-raportti uusi", "kun olin katolla, en tarvinnut kypärää", "wrong"),
    ("yleinen-perehdytys samir.8", "jos korvatulpat on taskussa, kuulosuojaimia ei tarvita",
     "wrong"),
    ("yleinen-perehdytys samir.8", "kun sulla on kuulosuojaimet, et tarvitse tulppia",
     "correct"),
    ("hoiva-raportti elias.4", "älä nosta sitä yksin, nosta se sänkyyn", "wrong"),
    ("yleinen-perehdytys muista", "hän ei korjaa sitä itse, hän käynnistää sen uudelleen",
     "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla, minä nostin hänet sänkyyn, "
     "käytin nostolaitetta.", "correct"),
    ("yleinen-perehdytys samir.8", "käytä hanskoja aina paitsi porakoneella", "correct"),
    ("yleinen-perehdytys samir.8", "suojalasit voi ottaa pois kun lähdet ulos", "correct"),
    ("rakennus-raportti uusi", "kypärän voi ottaa pois kun lähdet ulos", "wrong"),
    ("yleinen-perehdytys samir.8",
     "suojalasit voi ottaa pois kun kaikki työntekijät lähtevät kotiin", "correct"),
])
def test_review107(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# set 54: a bare yes or no the step foresees, said with the question's verb back, is that
# mistake ("kyllä loukkaantui" to "Loukkaantuiko asiakas?": the almost "kyllä")
@as_table(("step", "answer", "verdict"), [
    ("kauppa-raportti kaatuminen.6", "kyllä loukkaantui", "almost"),
    ("kauppa-raportti kaatuminen.6", "joo hän loukkaantui", "almost"),
    ("kauppa-raportti kaatuminen.6", "kyllä, käsi on kipeä", "correct"),
])
def test_a_bare_reply_with_the_question(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review108 (SAFETY): help named after a deed done alone is help only where it helps (an
# aid used, a helper's own lift of the one lifted, a helper with it; not one the mistake
# names, an aid broken, "I lifted" again), a late word only in its own sentence; a need
# said as the condition excuses help only; a person lifted is no light thing; gloves'
# exception only where the machine is the exception; gear of its kind on the head
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti raportti",
     "Aino kaatui aamulla, minä nostin hänet sänkyyn, Aino nosti kätensä.", "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla, minä nostin hänet sänkyyn, "
     "nostolaite oli rikki.", "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla, minä nostin hänet sänkyyn, "
     "hoitaja auttoi. Myöhemmin lääkäri tutki hänet.", "correct"),
    ("rakennus-raportti timo.8", "minä korjaan telineen, Pekka nostaa laudat", "wrong"),
    ("rakennus-raportti uusi", "jos et tarvitse kypärää, ota se pois", "wrong"),
    ("varasto-raportti neuvo", "kun et tarvitse apua voit nostaa yksin", "correct"),
    ("hoiva-raportti elias.4", "jos Aino on kevyt, et tarvitse apua", "wrong"),
    ("hoiva-raportti elias.4", "kun Aino on lattialla, et tarvitse apua", "wrong"),
    ("metalli-raportti ville", "pidä hanskat porakoneella paitsi kun vaihdat terän", "wrong"),
    ("yleinen-perehdytys samir.8", "käytä hanskoja aina paitsi porakoneella", "correct"),
    ("yleinen-perehdytys samir.8", "jos korvatulpat on korvissa, kuulosuojaimia ei tarvita",
     "correct"),
    ("ravintola-raportti noora", "kun tulet vessasta, käsiä ei tarvitse pestä heti", "wrong"),
    ("ravintola-raportti noora", "jos käytät eri lautaa, ei tarvitse pestä heti", "correct"),
    ("metalli-raportti ville", "hanskat saa ottaa taas käteen kun pora on pysähtynyt",
     "correct"),
])
def test_review108(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review109 (SAFETY): a late word reaches a help said in a part of its own with no verb; an
# aid excuses help only used and whole; gear of its kind only with no damage said and not
# kept somewhere; another board beside the board; a "ja"/"tai" between things, or a "tai"
# after a no, begins no clause; a bare yes with an answer's own words said back stays it
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti raportti", "Aino kaatui aamulla. Nostin hänet sänkyyn, hoitaja auttoi, "
     "mutta vasta myöhemmin.", "wrong"),
    ("rakennus-raportti timo.8", "korjaan telineen, työkaveri auttaa, mutta vasta huomenna",
     "wrong"),
    ("varasto-raportti neuvo", "kun kärry on rikki, et tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "et tarvitse apua kun käytät kärryä", "correct"),
    ("yleinen-perehdytys samir.8",
     "jos kuulosuojaimet on päässä mutta rikki, tulppia ei tarvita", "wrong"),
    ("yleinen-perehdytys samir.8", "jos käytät korvatulppia hallissa, kuulosuojaimia ei tarvita",
     "correct"),
    ("ravintola-raportti noora", "kun leikkaat eri ruokaa, lautaa ei tarvitse pestä", "wrong"),
    ("metalli-raportti ville", "älä pidä sormusta tai hanskoja kädessä kun poraat", "correct"),
    ("metalli-raportti ville", "älä käytä koruja tai pidä hanskoja kun poraat", "correct"),
    ("varasto-raportti kari.2", "kyllä kuorma tuli", "correct"),
])
def test_review109(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review110 (SAFETY): gear of its kind worn only at the head or the work, no limit in time,
# its damage told unless replaced, thrown away or excepted; an aid used, whole or at work;
# another board said beside the board; gloves taken off read from their own part; a late
# part about the help only
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.8", "jos pidät kuulosuojaimia kaulassa, korvatulppia ei tarvita",
     "wrong"),
    ("yleinen-perehdytys samir.8", "jos käytät kuulosuojaimia vain aamulla, korvatulppia ei "
     "tarvita", "wrong"),
    ("yleinen-perehdytys samir.8", "jos käytät korvatulppia, kuulosuojaimia ei tarvita, mutta "
     "rikkinäiset tulpat vaihdetaan", "correct"),
    ("metalli-raportti ville", "ota sormus pois ja hanskat käteen kun poraat", "wrong"),
    ("varasto-raportti neuvo", "apua ei tarvita jos laatikko on kärryssä", "correct"),
    ("varasto-raportti neuvo", "jos pumppukärry ei ole rikki, et tarvitse apua", "correct"),
    ("varasto-raportti neuvo", "jos pumppukärry on toisella, et tarvitse apua", "wrong"),
    ("ravintola-raportti noora",
     "kun käytät salaatille eri väristä lautaa, kanalautaa ei tarvitse pestä heti", "correct"),
    ("ravintola-raportti noora", "jos toista lautaa ei ole, lautaa ei tarvitse pestä", "wrong"),
    ("ravintola-raportti noora", "kun otat toisen veitsen, lautaa ei tarvitse pestä heti",
     "wrong"),
    ("hoiva-raportti raportti",
     "Aino kaatui aamulla. Nostin hänet sänkyyn, hoitaja auttoi, lääkäri huomenna.", "correct"),
])
def test_review110(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review111 (SAFETY): "vaikka" concedes a damage, a replacement put off keeps it; a cart
# with something else in it, broken or free only later excuses no help; another board not
# with a doer or a used one between; a late part with a time's genitive; gear of its kind
# at a work place (by its last part) or on, not on another thing
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.8", "jos käytät korvatulppia vaikka ne on rikki, "
     "kuulosuojaimia ei tarvita", "wrong"),
    ("yleinen-perehdytys samir.8", "jos käytät likaisia korvatulppia, kuulosuojaimia ei "
     "tarvita, heitä ne pois illalla", "wrong"),
    ("varasto-raportti neuvo", "kun kärryssä on jo toinen kuorma, et tarvitse apua", "wrong"),
    ("varasto-raportti neuvo", "jos kärryssä on rengas puhki, et tarvitse apua", "wrong"),
    ("ravintola-raportti noora", "jos joku toinen pesee laudan myöhemmin, sitä ei tarvitse "
     "pestä heti", "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla. Nostin hänet sänkyyn, hoitaja auttoi, "
     "mutta vasta lounaan jälkeen.", "wrong"),
    ("yleinen-perehdytys samir.8", "kun käytät korvatulppia porakoneella, kuulosuojaimia ei "
     "tarvita", "correct"),
    ("yleinen-perehdytys samir.8", "jos pidät kuulosuojaimet päällä koko ajan, korvatulppia ei "
     "tarvita", "correct"),
    ("yleinen-perehdytys samir.8", "jos pidät suojalaseja kypärän päällä, visiiriä ei tarvita",
     "wrong"),
    ("ravintola-raportti noora", "jos otat toisen laudan, likaista lautaa ei tarvitse pestä "
     "heti", "correct"),
])
def test_review111(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review112 (SAFETY): gear kept near a machine is not worn (used there is); "vain" before a
# cart is no limit in time; room in a cart is no load; an unused board is clean
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.8", "jos pidät kuulosuojaimia koneen vieressä, tulppia ei "
     "tarvita", "wrong"),
    ("yleinen-perehdytys samir.8", "jos kuulosuojaimet on lähellä, tulppia ei tarvita",
     "wrong"),
    ("varasto-raportti neuvo", "jos käytät vain pumppukärryä, apua ei tarvita", "correct"),
    ("varasto-raportti neuvo", "jos kärryssä on tyhjää tilaa, laita laatikko siihen, apua ei "
     "tarvita", "correct"),
    ("ravintola-raportti noora", "jos otat toisen käyttämättömän laudan, tätä ei tarvitse "
     "pestä heti", "correct"),
])
def test_review112(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
