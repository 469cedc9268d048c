"""Kinds mended at stop 75 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py)."""

from __future__ import annotations

from tests.judge.golden import judged_as_expected
from valkky.testing.table import as_table


# set 220 (SAFETY, both trainers wrong): a broken thing the answers report, mended by the
# learner ("Älä korjaa konetta itse."); a repair asked of a repairer, a no of it, a deed
# taken back, a purpose and a sign put on it stay as they were
@as_table(("step", "answer", "verdict"), [
    ("metalli-esimies kone-rikki.2", "hyvin, porakone oli rikki mut mä korjasin sen ite",
     "wrong"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, mä korjasin sen jo", "wrong"),
    ("varasto-kartoitus b1-vika", "hylly on vinossa, mä korjaan", "wrong"),
    ("autoala-turvallisuus ilmoita", "nosturin lukitus ei toimi, korjaan sen teipillä",
     "wrong"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, kunnossapito korjaa sen", "correct"),
    ("valmistus-turvallisuus kysy-vika",
     "korjaan sen itse ei anteeksi ilmoitan työnjohtajalle", "correct"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle ja lähetän sen korjattavaksi",
     "correct"),
    # a jam stays a jam: its restart is the learner's repair
    ("elintarvike-tyokaveri linja-seis.4",
     "kaks pakkausta on rikki, mä käynnistin kuljettimen uudestaan", "wrong"),
])
def test_set220_a_broken_thing_mended_by_the_learner(step: str, answer: str,
                                                     verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# set 220 (SAFETY, both trainers wrong): enough said of what the answers tell is too
# little; under a no it tells the lack
@as_table(("answer", "verdict"), [
    ("urasyvyys on kaksi millimetriä, se riittää kyllä", "wrong"),
    ("renkaissa on tarpeeks uraa", "wrong"),
    ("urasyvyys on vain kaksi millimetriä", "correct"),
])
def test_set220_enough_of_a_lack(answer: str, verdict: str) -> None:
    judged_as_expected("autoala-kartoitus b1-vika", answer, verdict)


# set 221 (both trainers wrong): a question word that asks a thing for one that asks a
# place asks another question, unless the noun after it is the one the model asks of
@as_table(("step", "answer", "verdict"), [
    ("siivous-asiakas step-8", "mikä huone on?", "wrong"),
    ("siivous-asiakas step-8", "Mikä huone?", "wrong"),
    ("yleinen-tervehdys step-20", "mikä sinun nimi on", "wrong"),
    ("siivous-asiakas missa", "mikä huone", "correct"),
])
def test_set221_a_thing_asked_for_a_place(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review267: a report's time read in its clause (judge.report_time over
# judge.clause_reader): "sen jälkeen kun" a later event, anyone's will, a "but" with a no
# of now after a time said now, a time put first before a condition's past slip; not a
# "why" told after a "but", nor "ensi kerralla" of another clause
@as_table(("step", "answer", "verdict"), [
    ("siivous-raportti asiakas.6", "kerron esimiehelle sen jälkeen kun mun vuoro loppuu",
     "wrong"),
    ("hoiva-raportti elias.4", "älä nosta yksin, hälytä hoitaja sen jälkeen kun oot syöny",
     "wrong"),
    ("siivous-raportti asiakas.6", "kerron esimiehelle jos te haluatte", "wrong"),
    ("hoiva-raportti elias.4", "älä nosta yksin, mä hälytän hoitajan jos sä muistutat mua",
     "wrong"),
    ("siivous-raportti asiakas.6", "kerron nyt esimiehelle, mutta en heti", "wrong"),
    ("siivous-raportti asiakas.6", "kerron esimiehelle mutten ihan heti", "wrong"),
    ("siivous-raportti asiakas.6", "ilmoitan esimiehelle heti aamulla", "wrong"),
    ("siivous-raportti asiakas.6", "illalla kun työ loppui kerron esimiehelle", "wrong"),
    ("siivous-raportti asiakas.6", "huomenna kun selviää mitä tapahtui kerron esimiehelle",
     "wrong"),
    ("siivous-raportti asiakas.6",
     "kerron esimiehelle heti kun se tulee, mut se tulee vasta huomenna", "wrong"),
    ("varasto-turvallisuus ilmoitus",
     "ilmoitan esimiehelle enkä käytä sitä kunnes saan sen korjattua se voi olla vaarallinen",
     "wrong"),
    ("siivous-raportti asiakas.6",
     "kerron esimiehelle mutta miks se kaatui sen mä selvitän huomenna", "correct"),
    ("siivous-raportti asiakas.6", "kerron heti esimiehelle ensi kerralla mä oon varovaisempi",
     "correct"),
    ("hoiva-raportti elias.4", "älä nosta yksin hälytä hoitaja heti ensi kerralla muista "
     "nostolaite", "correct"),
    ("siivous-raportti asiakas.6", "kerron heti esimiehelle, jos haluatte niin hän soittaa "
     "teille", "correct"),
    ("valmistus-raportti neuvo", "paina hätäseis ja kerro työnjohtajalle heti sen jälkeen kun "
     "kone on pysähtynyt", "correct"),
])
def test_review267_a_reports_time_in_its_clause(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 221 and 224 (both trainers almost): the owner of a noun left in the nominative, said
# word for word as an accepted answer says it with the genitive; review267: a telling in
# the infinitive after a verb of "I" that offers it is a telling
@as_table(("step", "answer", "verdict"), [
    ("varasto-kartoitus b1-vika", "hylly jalka on vääntynyt", "almost"),
    ("siivous-asiakas hotelli.6", "mikä on huone numero", "almost"),
    ("varasto-kartoitus b1-vika", "hyllyn jalka on vääntynyt", "correct"),
    ("siivous-raportti asiakas.6", "mä voin kertoa esimiehelle jos haluatte", "wrong"),
    ("siivous-raportti asiakas.6", "mä voin kertoa esimiehelle heti", "correct"),
])
def test_set224_an_owner_unmarked_and_an_offered_telling(step: str, answer: str,
                                                        verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review268: a condition put first with its "niin", a later time in the report's own clause
# after a time gone, "ensi kerralla kun …", a later event waited for; a broken thing's own
# parts and more mendings; not one's own or a customer's thing, nor "sen jälkeen" as a thing
@as_table(("step", "answer", "verdict"), [
    ("siivous-raportti asiakas.6", "jos joku kysyy niin kerron esimiehelle", "wrong"),
    ("hoiva-raportti elias.4", "älä nosta yksin ja jos ehdit niin hälytä hoitaja", "wrong"),
    ("valmistus-raportti sari.8", "jos me ei saada sitä irti niin soitetaan kunnossapitoon",
     "wrong"),
    ("siivous-raportti asiakas.6", "mä kerron heti esimiehelle ensi kerralla kun se on täällä",
     "wrong"),
    ("siivous-raportti asiakas.6", "äsken kun mä pyyhin pöytää kerron esimiehelle huomenna",
     "wrong"),
    ("siivous-raportti asiakas.6", "kerron esimiehelle kun se tulee huomenna töihin", "wrong"),
    ("siivous-raportti asiakas.6", "kerron esimiehelle kun mun vuoro loppuu", "wrong"),
    ("siivous-raportti asiakas.6", "kerron esimiehelle kunhan ehdin", "wrong"),
    ("siivous-raportti asiakas.6", "kerron esimiehelle mut en ihan vielä", "wrong"),
    ("yleinen-perehdytys samir.6",
     "älä korjaa itse kerro esimiehelle sit ku se tulee takas lounaalta", "wrong"),
    ("metalli-esimies kone-rikki.2", "porakone on rikki, mä teippasin johdon", "wrong"),
    ("varasto-kartoitus b1-vika", "hyllyn jalka on vääntynyt, mä oikaisin sen vasaralla",
     "wrong"),
    ("metalli-esimies kone-rikki.2",
     "porakone meni rikki, mä käytän toista konetta ja korjaan sen jälkeen reiät", "correct"),
    ("siivous-raportti asiakas.2", "anteeksi maljakko meni rikki, mä korjaan sen", "correct"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle, että puran sen", "correct"),
    ("hoiva-asukas kipua.2", "mikä kohta sattuu", "almost"),
    ("valmistus-raportti neuvo", "paina hätäseis ja kerro työnjohtajalle mutta miks se "
     "jumittui sen voi kattoa huomenna", "correct"),
])
def test_review268_a_condition_put_first_and_a_broken_things_parts(step: str, answer: str,
                                                                   verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# set 225 (the trainer right): letters written joined by hyphens are spelled; clauses each
# right alone are right together, not where one is only nearly right
@as_table(("step", "answer", "verdict"), [
    ("yleinen-puhelin tilaus.6", "N-U-U-R", "correct"),
    ("yleinen-puhelin tilaus.6", "n.u.u.r.", "correct"),
    ("yleinen-puhelin tilaus.6", "NUUR", "wrong"),
    ("metalli-kartoitus b1-miksi", "hanska voi tarttua sorviin ja kone vetää käden mukaan",
     "correct"),
    ("metalli-turvallisuus sormus", "laitan sormuksen taskuun ja porakoneella laitan sen "
     "sormeen", "wrong"),
])
def test_set225_letters_hyphenated_and_each_clause_right(step: str, answer: str,
                                                         verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review269: a condition is no time ("jos kone pysähtyy kesken vuoron niin kerro"), the
# rule told to the listener noticing, "seuraavan kerran" beside now a promise, "ellei" of
# another's knowing, a call home no report; a load or a box opened to check it, one's own
# bicycle; a machine opened and mended stays wrong, a boss back from holiday is later
@as_table(("step", "answer", "verdict"), [
    ("siivous-raportti asiakas.6", "kerron heti esimiehelle seuraavan kerran olen varovaisempi",
     "correct"),
    ("yleinen-perehdytys samir.6", "jos kone pysähtyy kesken vuoron niin kerro heti esimiehelle",
     "correct"),
    ("yleinen-perehdytys samir.6",
     "jos sä huomaat vian niin kerro heti esimiehelle, älä korjaa itse",
     "correct"),
    ("hoiva-raportti elias.4", "jos Aino kaatuu kun te syötte niin hälytä hoitaja älä nosta yksin",
     "correct"),
    ("yleinen-tyovuoro step-13", "soitan kotiin kun mun tauko alkaa",
     "correct"),
    ("siivous-raportti asiakas.6", "mä kerron esimiehelle ellei se jo tiedä",
     "correct"),
    ("kauppa-raportti toimitus.2",
     "tuli, mut ku mä avasin sen laatikon kaks maitopurkkia oli rikki",
     "correct"),
    ("varasto-raportti kari.2", "tuli mut kun avasin kuorman yks lava oli vaurioitunut",
     "correct"),
    ("yleinen-kahvitauko tauko.6", "olin kotona ja korjasin mun pyörän",
     "correct"),
    ("elintarvike-kartoitus b1-vika",
     "kylmähuoneessa on liian lämmin, mä avasin kylmäkoneen ja korjasin sen",
     "wrong"),
    ("siivous-raportti asiakas.6", "kerron esimiehelle kun se palaa lomalta",
     "wrong"),
])
def test_review269_a_condition_no_time_and_a_load_opened(step: str, answer: str,
                                                        verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 227–228 (the trainer right): a place by a noun and its postposition repaired whole,
# a no of working beside a fault, the spoken "-ksä" as one word
@as_table(("step", "answer", "verdict"), [
    ("kauppa-turvallisuus uloskaynti", "siirrän ne oven eteen… eiku varastoon", "correct"),
    ("kauppa-turvallisuus uloskaynti", "siirrän ne varastoon… eiku oven eteen", "wrong"),
    ("metalli-esimies step-16", "Porakoneessa on vika, se ei käynnisty.", "correct"),
    ("hoiva-kartoitus a2-toista", "Otaksä kahvia vai teetä?", "correct"),
    ("hoiva-kartoitus a1-toista", "Hyvää huomenta! Nukuiksä hyvin?", "correct"),
])
def test_sets227_228_a_place_repaired_a_fault_by_its_no_a_fused_you(
        step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review270: clauses each right alone but a yes and a no, or one statement twice; a later
# event said with "olla" or done first; another's haste after "ellei"; the customer
# noticing; a break's time; another drill's bit tightened; a helmet tightened at a "why"
@as_table(("step", "answer", "verdict"), [
    ("yleinen-kahvitauko tauko.2", "joo mä otan kahvia ja en mä ota kahvia", "wrong"),
    ("siivous-asiakas hotelli.8",
     "huone valmis tunnin päästä ja huone valmistuu kahden tunnin päästä", "wrong"),
    ("siivous-raportti asiakas.6", "kerron esimiehelle kun on tauko", "wrong"),
    ("siivous-raportti asiakas.6", "kerron esimiehelle kun mun vuoro on loppu", "wrong"),
    ("siivous-raportti asiakas.6", "kerron esimiehelle kun mä oon käyny kaupassa", "wrong"),
    ("valmistus-raportti sari.8", "soitetaan kunnossapitoon kun me ollaan syöty eväät", "wrong"),
    ("siivous-raportti asiakas.6", "mä kerron esimiehelle ellei sillä oo kiire", "wrong"),
    ("siivous-raportti asiakas.6", "kerron esimiehelle jos te huomaatte jotain", "wrong"),
    ("siivous-raportti asiakas.6", "kerron esimiehelle ruokatauolla", "wrong"),
    ("metalli-esimies kone-rikki.6",
     "selvä, otan toisen porakoneen ja kiristän sen terän", "correct"),
    ("rakennus-kartoitus b1-miksi", "kypärä suojaa päätä ja mä kiristän sen aina hyvin", "correct"),
    ("yleinen-puhelin tilaus.6", "N-U-U-R?", "correct"),
])
def test_review270_clauses_apart_and_events_waited_for(step: str, answer: str,
                                                      verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# after review271: at an open step a report put off beside an accepted answer said whole is
# read too (report_time.report_put_off_beside), a closed step's left almost; a time put
# before the next clause's subject is that clause's
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.6", "älä korjaa sitä itse, kerro esimiehelle jos haluat",
     "wrong"),
    ("valmistus-raportti sari.8", "soitetaan kunnossapitoon jos haluat", "wrong"),
    ("siivous-raportti asiakas.6", "kerron heti esimiehelle jos joku kysyy", "wrong"),
    ("siivous-raportti asiakas.6", "kerron heti esimiehelle", "correct"),
    ("siivous-raportti asiakas.6", "kerron heti esimiehelle ensi kerralla mä oon varovaisempi",
     "correct"),
])
def test_a_report_put_off_beside_an_accepted_answer(step: str, answer: str,
                                                    verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review272: a put-off time said before the next clause's subject stays the report's (no
# commas in speech: safety first); after "heti" a time said last is the next clause's
@as_table(("answer", "verdict"), [
    ("kerron esimiehelle myöhemmin mä oon nyt kiireinen", "wrong"),
    ("kerron esimiehelle aamulla mä tuun taas töihin", "wrong"),
    ("kerron esimiehelle joskus mä muistan", "wrong"),
    ("kerron heti esimiehelle myöhemmin", "wrong"),
    ("kerron heti esimiehelle ensi kerralla mä oon varovaisempi", "correct"),
])
def test_review272_a_time_before_the_next_subject(answer: str, verdict: str) -> None:
    judged_as_expected("siivous-raportti asiakas.6", answer, verdict)
