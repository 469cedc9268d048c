"""Kinds mended at stop 62 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py: none lost but where a test below says)."""

from __future__ import annotations

from tests.judge.golden import judged_as_expected
from valkky.testing.table import as_table


# review175 (SAFETY): "heti", "nyt" and a time or a room are the report's only in its own
# clause (answer_clause): a "nyt" of a clause of its own makes no report now, a room in
# another clause is where someone is, a "kun" clause's break puts the report off, and a
# time's postposition too ("tauon jälkeen", "tunnin päästä")
@as_table(("step", "answer", "verdict"), [
    # "nyt" anywhere in the report's own clause
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle taukotilassa nyt",
     "correct"),
    ("valmistus-turvallisuus kysy-vika", "nyt mä ilmoitan työnjohtajalle taukotilassa",
     "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle, kahvihuoneessa nyt",
     "correct"),
    ("ravintola-ohjeet vuoto", "kuivaan lattian ja kerron esimiehelle ruokalassa nyt",
     "correct"),
    # …not a "nyt" of a clause of its own, with a verb or none
    ("valmistus-turvallisuus kysy-vika", "on kiire nyt, ilmoitan työnjohtajalle taukotilassa",
     "not correct"),
    ("valmistus-turvallisuus kysy-vika", "kiire nyt ilmoitan työnjohtajalle kahvihuoneessa",
     "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle taukotilassa, nyt kiire",
     "not correct"),
    ("ravintola-ohjeet vuoto", "kone vuotaa nyt, kerron esimiehelle ruokalassa", "not correct"),
    ("hoiva-turvallisuus kaatui", "hän kaatui nyt, soitan hoitajalle taukohuoneessa",
     "not correct"),
    # a room in another clause is where the one told is
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle, hän on nyt taukotilassa",
     "correct"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle, joka on nyt kahvihuoneessa", "correct"),
    ("yleinen-verbit kone-rikki", "esimies on nyt ruokalassa, soitan esimiehelle", "correct"),
    # a break in a "kun" clause, a time's postposition: put off
    ("valmistus-turvallisuus kysy-vika", "kun on tauko, ilmoitan työnjohtajalle", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle kun tulen tauolta",
     "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle tauon jälkeen", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle tunnin päästä", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle kahvitauolla, nyt teen työtä",
     "not correct"),
    # …a time set apart before a fact's subject stays the report's but a time of day
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, viikonloppuna kone on rikki",
     "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan, aamulla kone on rikki", "correct"),
    # gear put away in the answer's own clause, another clause beside it
    ("rakennus-turvallisuus kysy-kypara", "on kuuma, laitan kypärän kaappiin", "wrong"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän kaappiin, on kuuma", "wrong"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän hyllyn päähän", "wrong"),
])
def test_review175(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# an adjective's -mmin is an adverb of manner: said for the model's adverb in a repeat
# step it is another manner, another sentence (set 88, both trainers; set 56's first)
@as_table(("step", "answer", "verdict"), [
    ("valmistus-tyonjohtaja step-4", "Voitko sanoa sen hitaammin?", "wrong"),
    ("valmistus-tyonjohtaja step-4", "Voitko sanoa sen uudelleen?", "correct"),
    ("valmistus-tyonjohtaja step-4", "Voitko sanoa sen uudelleen", "correct"),
])
def test_a_manner_for_the_models_adverb(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# an accepted answer's verb said with another thing ("käytän toista porakonetta") is no
# own deed of the learner's with the faulty thing: the same verb with this one goes on
# with it (set 90, both trainers wrong; SAFETY)
@as_table(("step", "answer", "verdict"), [
    ("metalli-esimies kone-rikki.6", "selvä, mä käytän tätä vielä vähän aikaa", "wrong"),
    ("metalli-esimies kone-rikki.6", "selvä, laitan lapun ja käytän toista", "correct"),
    ("metalli-esimies kone-rikki.6", "selvä, käytän toista porakonetta", "correct"),
])
def test_the_answers_verb_with_this_one(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review176 (SAFETY): a join after the report with no verb of its own goes on with the
# report's clause ("mutta vasta tauolla", "tai huomenna", "vaikka huomenna"); the report's
# own "heti" and a going "heti" before "ja" make it now; a time fronted before another
# event or a past fact is not the report's; a "kun" clause before the report is its own,
# and one of a later moment puts it off; an event's genitive before a time's postposition
@as_table(("step", "answer", "verdict"), [
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle mutta vasta tauolla",
     "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle tänään tai huomenna",
     "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle vaikka huomenna",
     "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle ja vasta tauolla",
     "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan esimiehelle ja jatkan työtä huomenna",
     "correct"),  # (another deed's time, a verb of its own)
    ("hoiva-turvallisuus kaatui", "soitan heti hoitajalle taukohuoneessa", "correct"),
    ("yleinen-verbit kone-rikki", "menen heti ja kerron pomolle kahvihuoneessa", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, huomenna tulee asentaja", "correct"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle, lounaalla asukas kaatui", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, maanantaina kone hajosi", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle heti kun on tauko",
     "not correct"),
    ("valmistus-turvallisuus kysy-vika", "kun tulen tauolta, ilmoitan työnjohtajalle",
     "not correct"),
    ("valmistus-turvallisuus kysy-vika", "kun lähden kotiin, ilmoitan työnjohtajalle",
     "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle kun palaan tauolta", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle vuoron jälkeen",
     "not correct"),
    ("valmistus-turvallisuus kysy-vika", "kun näen vian, ilmoitan työnjohtajalle heti",
     "not almost"),
    ("yleinen-kyltit sininen", "laitan kuulonsuojaimet vaikka taskuun", "wrong"),
])
def test_review176(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# a word of a state said for the model's word of where, in a repeat step, is another
# sentence (sets 89-90, four trainers wrong); another word of where stays as it was
@as_table(("step", "answer", "verdict"), [
    ("yleinen-kyltit step-6", "Hätäuloskäynti on kiinni.", "wrong"),
    ("yleinen-kyltit step-6", "Hätäuloskäynti on suljettu.", "wrong"),
    ("yleinen-kyltit step-6", "Hätäuloskäynti on tuolla.", "correct"),
    ("yleinen-kyltit step-6", "Hätäuloskäynti on tuol.", "not wrong"),
])
def test_a_state_for_a_place(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review177 (SAFETY): a "kun" clause's break puts a report off though "heti" is said; a
# time fronted before the one told puts it off; a join before the answer with no verb of
# its own opens its clause; a verbless part with a subject, a thing or (said now) a place
# of its own is another deed's; a break first, joined by "ja"; each place of "X tai Y";
# "heti" after a deed or the accident is now
@as_table(("step", "answer", "verdict"), [
    ("ravintola-ohjeet vuoto", "ilmoitan heti esimiehelle kun tulen tauolta", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle heti kun on tauko",
     "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, huomenna hän on töissä", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "vaikka huomenna ilmoitan työnjohtajalle",
     "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle heti ja huomenna asentajalle", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle mutta hän tauolla", "correct"),
    ("yleinen-kyltit sininen", "laitan kuulonsuojaimet päähän ja puhelimen taskuun", "correct"),
    ("yleinen-kyltit sininen", "laitan kuulonsuojaimet taskuun tai kaappiin", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "syön ensin ja sitten ilmoitan työnjohtajalle",
     "not correct"),
    ("valmistus-turvallisuus kysy-vika", "menen heti tauolle ja ilmoitan työnjohtajalle",
     "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle heti pysäytyksen jälkeen",
     "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle kun vuoro loppuu",
     "not correct"),
])
def test_review177(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# the next clause puts the answer's gear away by a pronoun (reviews 176-177, SAFETY); put
# on by it, or another thing put aside after a report, stays right
@as_table(("step", "answer", "verdict"), [
    ("yleinen-kyltit sininen", "otan kuulonsuojaimet ja laitan ne taskuun", "wrong"),
    ("yleinen-kyltit sininen", "otan kuulonsuojaimet, laitan ne kaappiin", "wrong"),
    ("yleinen-kyltit sininen", "laitan kuulonsuojaimet ja vien ne kaappiin", "wrong"),
    ("yleinen-kyltit sininen", "otan kuulonsuojaimet ja laitan ne korviin", "correct"),
    ("metalli-raportti step-7", "Laikka hajosi, ja pala osui suojalaseihin ja laitan sen sivuun",
     "correct"),
])
def test_gear_then_put_away(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review178 (SAFETY): a verbless part with the learner or the deed as subject keeps the
# report's time; a genitive and its place that name a time; gear after "ja (sitten)" or
# beside more gear shares its place; an event's genitive but the step's own deed; a break
# or one's work finished first, not stopping work; the fault's own time in a "kun" clause;
# a verbless join across a comma; the one told there then, not another deed of theirs
@as_table(("step", "answer", "verdict"), [
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, mutta mä vasta tauolla", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle, mutta se vasta huomenna",
     "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle ja päivän lopussa",
     "not correct"),
    ("yleinen-kyltit sininen", "laitan kuulonsuojaimet ja sitten kaappiin", "wrong"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja liivin kaappiin", "wrong"),
    ("rakennus-turvallisuus kysy-suojalasit", "laitan suojalasit ja hanskat taskuun", "wrong"),
    ("rakennus-raportti uusi", "laita kypärä päähän ja hanskat käteen", "correct"),
    ("siivous-valineet step-10", "laitan hanskat puuvillahanskojen päälle", "correct"),
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle tiskauksen jälkeen", "not correct"),
    ("ravintola-ohjeet vuoto", "kerron esimiehelle syömisen jälkeen", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle heti työvuoron aikana",
     "not correct"),
    ("siivous-ohjeet johto", "lopetan työt ja ilmoitan esimiehelle", "correct"),
    ("yleinen-verbit kone-rikki", "teen työn valmiiksi ja kerron esimiehelle", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle mutta ensin syön",
     "not correct"),
    ("hoiva-turvallisuus kaatui", "kun hän kaatuu ruokalassa, soitan heti hoitajalle",
     "correct"),
    ("yleinen-verbit kone-rikki", "koska esimies tauolla, soitan esimiehelle", "correct"),
    ("valmistus-turvallisuus kysy-vika",
     "kerron työnjohtajalle nyt, huomenna hän soittaa asentajalle", "correct"),
    ("varasto-ohjeet hylly", "ilmoitan esimiehelle, ensi viikolla hän palaa", "not correct"),
    ("hoiva-turvallisuus kaatui", "soitan heti hoitajalle, illalla mä kirjoitan raportin",
     "correct"),
    ("hoiva-turvallisuus kadet", "pesen kädet ennen ruokataukoa", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle ennen vuoron loppua",
     "not correct"),
])
def test_review178(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review179 (SAFETY): going home, coming back or ending the shift first puts a report
# off, stopping work does not; the spoken "se" and the one in charge named, there then;
# the learner meeting them then; gear on, then going to work or more gear put on, stays
# right; "heti" with "ennen" is now; an incident before "jälkeen" is no later event
@as_table(("step", "answer", "verdict"), [
    ("hoiva-turvallisuus kaatui", "lähden kotiin ja soitan hoitajalle", "not correct"),
    ("siivous-ohjeet johto", "lopetan työpäivän ja ilmoitan esimiehelle", "not correct"),
    ("siivous-ohjeet johto", "lopetan työt ja ilmoitan esimiehelle", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, huomenna se on töissä", "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, huomenna pomo on töissä",
     "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, tauolla mä näen hänet", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "vaikka huomenna, ilmoitan työnjohtajalle",
     "not correct"),
    ("yleinen-kyltit sininen", "laitan kuulonsuojaimet ja sitten halliin", "correct"),
    ("metalli-turvallisuus kengat", "laitan turvakengät ja sitten pajaan", "correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja liivin päälle", "correct"),
    ("hoiva-ohjeet eristys", "laitan suojakäsineet ja suojatakin päälle", "correct"),
    ("siivous-valineet step-10", "laitan hanskat suojalasien päälle", "wrong"),
    ("elintarvike-tuotanto kysy-hiusverkko", "laitan hiusverkon päähän, ja tauon jälkeen kans",
     "correct"),
    ("varasto-ohjeet hylly", "ilmoitan heti esimiehelle ennen taukoa", "correct"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle onnettomuuden jälkeen", "correct"),
    ("yleinen-kyltit sininen", "otan kuulonsuojaimet ja laitan ne takaisin kaappiin", "wrong"),
    ("yleinen-kyltit sininen", "otan kuulonsuojaimet ja laitan ne pois", "wrong"),
    ("yleinen-verbit kone-rikki", "ensin tauko ja sitten kerron esimiehelle", "not correct"),
])
def test_review179(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# taking a thing away is a deed on it, no way to the first deed (set 92, both trainers)
@as_table(("step", "answer", "verdict"), [
    ("metalli-kartoitus b1-puhekieli", "Otan kappaleen pois ja sit sammutan sorvin.", "wrong"),
    ("metalli-kartoitus b1-puhekieli", "sammutan sorvin ja sit otan kappaleen pois", "correct"),
])
def test_taking_away_first(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# an open dialogue turn answered with what an earlier turn said (its robot's line or its
# answer) answers that turn, not this one (set 92, both trainers; set 45's trainer); this
# turn's own answers stay right, and a word of them said with the echo too
@as_table(("step", "answer", "verdict"), [
    ("yleinen-kahvitauko tauko.6", "Niin on, tosi kylmä.", "wrong"),
    ("yleinen-kahvitauko tauko.6", "tänään on kylmä", "wrong"),
    ("yleinen-kahvitauko tauko.6", "olin kotona, oli tosi kylmä", "correct"),
    ("yleinen-kahvitauko tauko.6", "kävin kävelyllä", "correct"),
    ("yleinen-puhelin tilaus.4", "Nuur, N-U-U-R", "correct"),
])
def test_an_earlier_turns_answer(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review180 (SAFETY): into a rack gear is put away, more gear's place is its own; "nyt
# tai ennen taukoa" is either; an ongoing fault or a scheduled event before "jälkeen" is
# later; taking a thing away is a deed only where touching is forbidden; the one in charge
# by another name, not another person; a while is no end of the shift; a comma before a
# report said now or gear put on opens no clause; going away from work first
@as_table(("step", "answer", "verdict"), [
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja suojalasit telineeseen", "wrong"),
    ("yleinen-kyltit sininen", "otan kuulonsuojaimet ja vien ne telineeseen", "wrong"),
    ("yleinen-kyltit sininen", "otan kuulonsuojaimet ja laitan ne kaapin päälle", "wrong"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle nyt tai ennen taukoa", "not correct"),
    ("ravintola-ohjeet vuoto", "kerron esimiehelle vuodon jälkeen", "not correct"),
    ("elintarvike-kartoitus a2-ensin", "otan sormukset pois ja pesen kädet", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, huomenna asentaja tulee", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, muuten huomenna se on pahempi",
     "correct"),
    ("siivous-ohjeet johto", "lopetan hetkeksi ja ilmoitan esimiehelle", "correct"),
    ("siivous-ohjeet johto", "lopetan vuoron ja ilmoitan esimiehelle", "not correct"),
    ("hoiva-turvallisuus kaatui", "jos yöllä, soitan heti hoitajalle", "correct"),
    ("rakennus-turvallisuus kysy-kypara", "kun työmaalle, laitan kypärän", "not wrong"),
    ("yleinen-verbit kone-rikki", "käyn tupakalla ja kerron esimiehelle", "not correct"),
    ("yleinen-verbit kone-rikki", "ensin tauko, sitten kerron esimiehelle", "not correct"),
])
def test_review180(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review181 (SAFETY): taking a thing the question names before the first deed, no answer
# handling it; a step back is no handling; a topic of this turn said is this turn's answer;
# a compound's head or another name of the one told; a day or a break is no while; a break
# first only in its own part; the step's machine shut down is now; a place straight after
# more gear is its own, a work place after a join is where one goes
@as_table(("step", "answer", "verdict"), [
    ("autoala-turvallisuus tukipukit", "otan tunkin pois ja laitan tukipukit", "wrong"),
    ("metalli-kartoitus b1-puhekieli", "otan askeleen taaksepäin ja sammutan sorvin",
     "correct"),
    ("metalli-kartoitus b1-puhekieli", "otan kappaleen ja sit sammutan sorvin", "wrong"),
    ("yleinen-sairastuminen puhelu.6", "voin huonosti", "correct"),
    ("hoiva-turvallisuus kaatui", "soitan sairaanhoitajalle, aamulla hoitaja on töissä",
     "not correct"),
    ("yleinen-verbit kone-rikki", "lopetan täksi päiväksi ja kerron esimiehelle",
     "not correct"),
    ("siivous-ohjeet johto", "käyn pitämässä taukoa ja ilmoitan esimiehelle", "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle ensin, sitten tauko", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle koneen sammutuksen jälkeen", "correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja työmaalle", "correct"),
    ("yleinen-kyltit sininen", "laitan kuulonsuojaimet ja suojalasit ja sitten halliin",
     "correct"),
    ("yleinen-verbit kone-rikki", "vaikka tauolla, kerron esimiehelle, nyt on kiire",
     "not correct"),
])
def test_review181(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# gear taken, then put away by a pronoun in a clause of its own after the answer
# (review181, SAFETY; rules.extra_clause reads it too)
@as_table(("step", "answer", "verdict"), [
    ("rakennus-turvallisuus kysy-kypara", "otan kypärän ja laitan sen kaappiin", "wrong"),
    ("rakennus-turvallisuus kysy-suojalasit", "otan suojalasit ja laitan ne telineeseen",
     "wrong"),
    ("rakennus-turvallisuus kysy-kypara", "otan kypärän ja laitan sen päähän", "not wrong"),
])
def test_gear_taken_then_put_away(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review182: a step back only where the step is what is taken; a scheduled shutdown is
# later; a break first in its own part whatever its length; a place right after a join is
# where one goes, after more gear its place; a lift with a tool is the way; one of another
# time is no one told; "olla" is being there with a where; any while but the day's end
@as_table(("step", "answer", "verdict"), [
    ("metalli-kartoitus b1-puhekieli", "otan kappaleen välistä ja sammutan sorvin", "wrong"),
    ("metalli-kartoitus b1-puhekieli", "otan askeleen taaksepäin ja sammutan sorvin",
     "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle iltasammutuksen jälkeen", "not correct"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle, ensin mä käyn syömässä", "not correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja liivin vaikka työmaalle",
     "wrong"),
    ("autoala-turvallisuus tukipukit", "nostan auton tunkilla ja laitan tukipukit", "correct"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle, illalla yöhoitaja tulee", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, muuten huomenna hän on vihainen",
     "correct"),
    ("yleinen-verbit kone-rikki", "lopetan työn tunniksi ja kerron esimiehelle", "correct"),
    ("hoiva-turvallisuus kaatui", "vaikka yöllä, soitan hoitajalle, ihan heti", "correct"),
])
def test_review182(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review183 (SAFETY): a while only by a measure of time; the named thing taken or moved
# first; a thing left or thrown away by a pronoun; each place of the answer's own
@as_table(("step", "answer", "verdict"), [
    ("yleinen-verbit kone-rikki", "lopetan työt huomiseksi ja kerron pomolle", "not correct"),
    ("yleinen-verbit kone-rikki", "lopetan työn lounaaksi ja kerron pomolle", "not correct"),
    ("yleinen-verbit kone-rikki", "käyn tupakilla ja kerron pomolle", "not correct"),
    ("autoala-turvallisuus tukipukit", "otan tunkin alta ja laitan tukipukit", "wrong"),
    ("autoala-turvallisuus tukipukit", "nostan auton tunkilla ja laitan tukipukit", "correct"),
    ("rakennus-turvallisuus kysy-kypara", "otan kypärän ja jätän sen kaappiin", "wrong"),
])
def test_review183(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review184: a second place says more closely where one goes; two places with no owner,
# each on its own; a while by a compound's last part or in the accusative, not a meal's
@as_table(("step", "answer", "verdict"), [
    ("yleinen-kyltit sininen", "laitan kuulonsuojaimet ja halliin töihin", "correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja työmaalle töihin", "correct"),
    ("elintarvike-tuotanto kysy-hiusverkko", "laitan hiusverkon taskuun ja sitten keittiöön",
     "wrong"),
    ("yleinen-verbit kone-rikki", "lopetan työt varttitunniksi ja kerron pomolle", "correct"),
    ("yleinen-verbit kone-rikki", "lopetan hetken ja kerron pomolle", "correct"),
    ("yleinen-verbit kone-rikki", "lopetan ruokatunniksi ja kerron pomolle", "not correct"),
])
def test_review184(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)
