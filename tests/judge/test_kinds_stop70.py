"""Kinds mended at stop 70 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py)."""

from __future__ import annotations

from tests.judge.golden import judged_as_expected
from valkky.judge.normalise import normalise
from valkky.testing.table import as_table


# review229 (SAFETY): each "kun" read on its own, of the deed of its own main clause: a
# deed said done when the step's answers do it "ennen kuin" is wrong, also with the "kun"
# clause first, with a later clause after it, or where "se on …" only says how the deed
# goes then; a "kun" of a result or of another deed is no time of the deed
@as_table(("step", "answer", "verdict"), [
    ("autoala-raportti jere", "kun oot menny auton alle, laita tukipukit", "wrong"),
    ("hoiva-raportti elias.2", "kun Aino on noussut, laita jarrut päälle", "wrong"),
    ("autoala-raportti jere", "laita tukipukit kun oot menny auton alle, ja kun oot valmis "
     "ota ne pois", "wrong"),
    ("autoala-raportti jere", "laita tukipukit, se on parempi sit kun oot menny auton alle",
     "wrong"),
    ("autoala-raportti jere", "laita tukipukit, on parasta kun oot jo menny auton alle",
     "wrong"),
    ("autoala-raportti jere", "laita tukipukit, se käy helpommin kun oot jo menny auton alle",
     "wrong"),
    ("autoala-raportti jere", "laita tukipukit, se on hyvä tehdä kun oot jo menny auton alle",
     "wrong"),
    ("autoala-raportti jere", "laita tukipukit, ne on helpompi kun oot menny auton alle",
     "wrong"),
    ("autoala-raportti jere", "laita tukipukit, se on parempi idea kun oot jo menny alle",
     "wrong"),
    ("autoala-raportti jere", "laita tukipukit kun ei oo kiire ja oot menny auton alle",
     "wrong"),
    ("autoala-raportti jere", "laita tukipukit ennen kun meet alle tai sit kun oot jo menny "
     "alle", "wrong"),
    ("autoala-raportti jere", "laita tukipukit heti kun oot nostanu auton, sit kun oot menny "
     "alle se ei voi pudota", "correct"),
    ("hoiva-raportti elias.2", "laita jarrut päälle kun oot pysäyttäny tuolin, niin kun hän "
     "on noussu tuoli pysyy paikallaan", "correct"),
    ("autoala-raportti jere", "laita tukipukit, niin auto on tukevampi kun oot menny sen alle",
     "correct"),
    ("autoala-raportti jere", "laita tukipukit, sit olo on turvallisempi kun oot menny auton "
     "alle", "correct"),
    ("autoala-raportti jere", "laita tukipukit, pukit on tärkeet kun oot menny auton alle",
     "correct"),
    ("autoala-raportti jere", "laita tukipukit, sulla on parempi olo kun oot menny auton "
     "alle", "correct"),
    ("autoala-raportti jere", "laita tukipukit heti kun oot nostanu auton, ei vasta kun oot "
     "menny alle", "correct"),
    ("autoala-raportti jere", "laita tukipukit kun sä et oo vielä menny auton alle", "correct"),
    ("hoiva-raportti elias.2", "muista jarrut ennen kuin hän nousee, ja kun hän on noussut, "
     "auta häntä", "not wrong"),
])
def test_review229_the_deed_of_each_kun(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review229 (SAFETY): a faulty thing set aside tells its fault only where no no, fine state
# or other reason stands beside it, the thing (or its pronoun) in the part that sets it
# aside; "ei kannata" of the thing itself before it, not of one after a deed; "alle" is no
# ruin; "kaikki" holds the faulty thing
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun, siinä ei ollu mitään, "
     "muuten kuorma oli ok", "wrong"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun, se oli ihan ehjä, muuten "
     "kuorma oli ok", "wrong"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun koska se oli toisen "
     "asiakkaan, muuten kuorma oli ok", "wrong"),
    ("varasto-raportti kari.2", "tuli, lavat purettiin, laitoin muovit sivuun, muuten kuorma "
     "oli ok", "wrong"),
    ("varasto-raportti kari.2", "tuli, ei kannata lastata yhtä lavaa liian korkeeks, muuten "
     "kuorma oli ok", "wrong"),
    ("varasto-raportti kari.2", "tuli, lavoja ei kannata viedä vielä hyllyyn, kuorma oli ok",
     "wrong"),
    ("varasto-raportti kari.2", "tuli, yks lava oli jääny muovin alle, muuten kuorma oli ok",
     "wrong"),
    ("siivous-raportti asiakas.2", "olen pahoillani, maljakko oli jääny pöydän alle, muuten "
     "kaikki on kunnossa", "wrong"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun, muuten kuorma oli ok",
     "correct"),
    ("varasto-raportti kari.2", "tuli, yks lava, laitoin sen sivuun, muuten kuorma oli ok",
     "correct"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun, en oo vielä kuitannu, "
     "muuten kuorma oli ok", "correct"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun enkä vieny sitä hyllyyn, "
     "muuten kuorma oli ok", "correct"),
    ("siivous-raportti asiakas.2", "olen pahoillani, maljakko oli menny palasiks, muuten "
     "kaikki on kunnossa", "correct"),
])
def test_review229_a_fault_told_beside_a_fine_state(step: str, answer: str,
                                                      verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review229 (SAFETY): the time said after "pois" up to a comma is the taking's however
# many words it takes, and "nyt" is a now like "heti"
@as_table(("step", "answer", "verdict"), [
    ("metalli-raportti ville", "hanskat on hyvät mut ota ne pois heti sen tauon jälkeen, "
     "illalla voit laittaa ne takaisin", "wrong"),
    ("metalli-raportti ville", "hanskat on hyvät mut ota ne pois nyt tauon jälkeen sit voit "
     "laittaa ne takaisin", "wrong"),
    ("metalli-raportti ville", "hanskat on hyvät mut ota ne pois nyt heti tauolla saat "
     "laittaa ne takaisin kohta", "correct"),
    ("metalli-raportti ville", "hanskat on hyvät mut ota ne pois heti, tauolla voit laittaa "
     "ne takaisin", "correct"),
])
def test_review229_the_time_of_the_taking_off(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review230 (SAFETY): a comma before "kun" keeps it the time of the deed before it; a no of
# another verb before it ("älä unohda …") says no no to the time; the deed after a helping
# verb ("muista laittaa", "pitää laittaa"); a perfect said after another in its clause; not
# another place than the answer's ("kun oot menny halliin, …"), nor "sinä" read as "se"
@as_table(("step", "answer", "verdict"), [
    ("autoala-raportti jere", "laita tukipukit, kun oot menny auton alle", "wrong"),
    ("autoala-raportti jere", "Laita tukipukit, kun olet jo mennyt auton alle.", "wrong"),
    ("autoala-raportti jere", "älä unohda laittaa tukipukit kun oot menny auton alle",
     "wrong"),
    ("autoala-raportti jere", "kun oot menny auton alle, muista laittaa tukipukit", "wrong"),
    ("autoala-raportti jere", "kun oot menny auton alle, tukipukit pitää laittaa", "wrong"),
    ("autoala-raportti jere", "laita tukipukit kun oot nostanu auton ja menny sen alle",
     "wrong"),
    ("autoala-raportti jere", "kun oot menny halliin, laita aina tukipukit ennen kuin meet "
     "auton alle", "not wrong"),
    ("autoala-raportti jere", "laita tukipukit, sä oot turvassa kun oot menny auton alle",
     "correct"),
    ("yleinen-kyltit pullo", "laitan suojalasit ja suojakäsineet, kun oon jo käyttäny "
     "pesuainetta", "wrong"),
])
def test_review230_the_deed_of_each_kun(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review230: a setting aside for a purpose or with a fine look tells no fault; a no of not
# knowing or of shelving it keeps the fault told; "kaikki" holds the faulty thing only
# "otherwise"; "mennyt … kasaan" however far; "ei kannata käyttää yhtä lavaa" with nothing
# more; "nyt" or "porauksen jälkeen" before the putting back is its time, "heti … jälkeen"
# the taking's
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti kari.2", "tuli, otin kuvan yhestä lavasta, näytti hienolta, muuten "
     "kuorma oli ok", "wrong"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun, en tiiä mitä sille "
     "tehdään, muuten kuorma oli ok", "correct"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun, en laittanu sitä hyllyyn, "
     "muuten kuorma oli ok", "correct"),
    ("varasto-raportti kari.2", "tuli, otin kuvan yhestä lavasta että voidaan reklamoida, "
     "muuten kuorma oli ok", "correct"),
    ("varasto-raportti kari.2", "tuli, yks lava oli menny kuljetuksen aikana kasaan, muuten "
     "kuorma oli ok", "correct"),
    ("varasto-raportti kari.2", "tuli, ei kannata käyttää yhtä lavaa, muuten kuorma oli ok",
     "correct"),
    ("varasto-raportti kari.2", "tuli, ei kannata nostaa lavaa käsin, muuten kuorma oli ok",
     "wrong"),
    ("varasto-raportti kari.4", "kuvasin lavan ja kuski kuittasi merkinnän, kaikki on nyt "
     "kunnossa", "correct"),
    ("metalli-raportti ville", "hanskat on hyvät mut ota ne pois heti sen tauon jälkeen voit "
     "laittaa ne takaisin", "wrong"),
    ("metalli-raportti ville", "hanskat on hyvät mut ota ne pois porauksen jälkeen voit "
     "laittaa ne takaisin", "correct"),
    ("metalli-raportti ville", "hanskat on hyvät mut ota ne pois nyt tauolla voit pitää "
     "niitä", "correct"),
])
def test_review230_a_fault_told_and_the_time(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 113, 162, 167 (both trainers wrong; SAFETY): a jam the learner freed, mended or
# started again themselves; not taken out of use, nor a repairer's deed
@as_table(("step", "answer", "verdict"), [
    ("valmistus-kartoitus b1-tapahtui", "laatikko jäi jumiin, mä korjasin sen ite ja "
     "käynnistin hihnan", "wrong"),
    ("valmistus-kartoitus b1-tapahtui", "laatikko jäi jumiin, mä otin sen pois ja käynnistin "
     "hihnan", "wrong"),
    ("valmistus-raportti sari.2", "Laatikko jumittui, mutta otin sen pois kädellä.", "wrong"),
    ("valmistus-raportti sari.2", "laatikko jumittui, yritin avata jumin", "wrong"),
    ("valmistus-raportti sari.2", "laatikko jumittui hihnaan, kunnossapito avaa sen",
     "correct"),
    ("valmistus-raportti sari.2", "laatikko jumittui, en koskenut siihen", "correct"),
    ("elintarvike-tyokaveri kysy-linja", "kuljetin on rikki ja otan sen pois käytöstä",
     "correct"),
])
def test_a_jam_freed_by_the_learner(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# set 166 (both trainers almost): the step's deed told with "minä" and its person slipped is
# no foreseen command ("hae …"); a deed the answers do not do stays the mistake
@as_table(("step", "answer", "verdict"), [
    ("yleinen-puhekieli mee-hakee", "minä hakee laatikoita varastosta", "almost"),
    ("yleinen-puhekieli mee-hakee", "hae laatikoita varastosta", "wrong"),
    ("yleinen-puhekieli mee-hakee", "sinä haet laatikoita varastosta", "wrong"),
    ("hoiva-raportti elias.4", "ensin minä vien hänet sänkyyn, sitten soitan hoitajalle",
     "wrong"),
])
def test_a_command_told_as_ones_own_deed(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 167-168 (both trainers right): a weekday written short beside a date has no case;
# the spoken conditional "tarvisin"
@as_table(("step", "answer", "verdict"), [
    ("kauppa-ohjeet voimassa", "Se loppuu su 14.12.", "correct"),
    ("kauppa-ohjeet voimassa", "Se loppuu sunnuntai 14.12.", "almost"),
    ("kauppa-ohjeet aukeaa", "la klo 8", "correct"),
    ("yleinen-puhelin tilaus.2", "hei tässä ali nuur, tarvisin 10 metriä kaapelia", "correct"),
])
def test_sets_167_168_written_short_and_spoken(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review231: a repair is the learner's own deed (not one asked of a repairer, nor a
# passive), of the machine or the stuck thing (not a door, an alarm, a person, things off
# the floor); a taking out only where a thing is stuck; a plan or a restart told too
@as_table(("step", "answer", "verdict"), [
    ("valmistus-raportti sari.2", "laatikko jumittui hihnaan, mä painoin hätäseis ja "
     "käynnistin hälytyksen", "correct"),
    ("valmistus-raportti sari.2", "laatikko jumittui liukuhihnaan ja mä pyysin huoltomiestä "
     "korjaamaan sen", "correct"),
    ("valmistus-raportti sari.2", "laatikko jumittui hihnaan, kunnossapito avaa jumin ja sit "
     "kone käynnistetään uudestaan", "correct"),
    ("valmistus-raportti sari.2", "laatikko jumittui hihnaan, mä avasin oven ja huusin "
     "työnjohtajan", "correct"),
    ("valmistus-raportti sari.6", "jussi meinas laittaa käden koneeseen, mä vedin hänet pois",
     "correct"),
    ("elintarvike-tyokaveri linja-seis.4", "kaksi pakkausta on rikki, otan ne pois linjalta",
     "correct"),
    ("valmistus-raportti sari.2", "laatikko jumittui, mä poistin sen ja laitoin linjan "
     "päälle", "wrong"),
    ("valmistus-raportti sari.4", "mä painoin sen ja sit mä kiskoin laatikon hihnalta",
     "wrong"),
    ("valmistus-raportti sari.8", "kunnossapito pitää kutsua, mut ensin mä vedän laatikon "
     "pois", "wrong"),
    ("valmistus-raportti sari.2", "laatikko jumittui liukuhihnaan, ei hätää, mä korjasin sen "
     "jo", "wrong"),
    ("elintarvike-kartoitus b1-tapahtui", "kuljetin pysähtyi ja pakkauksia putosi lattialle, "
     "mä käynnistin sen uudestaan", "wrong"),
    ("valmistus-kartoitus b1-tapahtui", "laatikko jäi jumiin ja hihna pysähtyi, me otettiin "
     "se pois jussin kanssa", "wrong"),
])
def test_review231_whose_repair_of_what(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review231: a purpose beside a setting aside keeps the fault told ("odottamaan
# palautusta"); a fine word is excused only under a no of it; after "selvä, mutta" the
# learner's going where the step's mistakes go is wrong (set 169, SAFETY)
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun odottamaan palautusta, "
     "muuten kuorma oli ok", "correct"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun ja kävin näyttämässä sen "
     "kuskille, muuten kuorma oli ok", "correct"),
    ("kauppa-raportti napistys.8", "Selvä, mutta käyn katsomassa hänen taskunsa.", "wrong"),
    ("kauppa-raportti napistys.8", "okei, mutta soitan esimiehelle jos hän lähtee", "correct"),
    ("hoiva-raportti elias.4", "me nostetaan hänet heti sänkyyn", "wrong"),
])
def test_review231_and_set_169(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# set 170: a MA-infinitive after a verb of going, its -ma- dropped as speech does; not a
# long vowel's typo elsewhere
@as_table(("said", "read"), [
    ("hoitaja tulee auttaan", "hoitaja tulee auttamaan"),
    ("mä meen hakeen laatikot", "minä menen hakemaan laatikot"),
    ("meen tekeen sen", "menen tekemään sen"),
    ("mä peseen kädet", "minä peseen kädet"),
    ("se alkaan kohta", "se alkaan kohta"),
    # a start trailed off and begun again from its first word (sets 153, 169)
    ("Huomasin allergian ennen kun... ennen kuin annos lähti.",
     "huomasin allergian ennen kuin annos lähti"),
    ("Mihin aikaa… mihin aikaan tauko alkaa?", "mihin aikaan tauko alkaa"),
    ("neljä viisi... neljä kuusi", "neljä viisi neljä kuusi"),
    ("laitan hiusverkon... laitan suojatakin", "laitan hiusverkon laitan suojatakin"),
])
def test_the_ma_of_an_infinitive_put_back(said: str, read: str) -> None:
    assert normalise(said) == read


# both trainers almost across sets: a place whose side Finnish fixes, said on the other
# side, also as a direction (PLACE_SIDES)
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-kartoitus b1-tapahtui", "pakkauksia putosi lattiaan", "almost"),
    ("yleinen-tyoturvallisuuskortti step-18", "soitan hätänumerolle", "almost"),
    ("varasto-keraily kuorma-valmis.4", "kakkoslaiturissa", "almost"),
    ("autoala-korjaamo missa", "autot korjataan korjaamolla", "correct"),
    ("valmistus-ohjeet lopuksi", "mä laitan sen hyllyyn", "correct"),
])
def test_a_place_on_the_other_side(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 101, 142, 171 (both trainers wrong): the deed of an answer with another day or week
# than the one the question and the answer say; not where the question names no day
@as_table(("step", "answer", "verdict"), [
    ("yleinen-oikeudet luottamusmies.6", "kiitos, tuon ne ensi viikolla", "wrong"),
    ("yleinen-oikeudet luottamusmies.6", "okei, tuon ne ensi viikolla", "wrong"),
    ("yleinen-oikeudet luottamusmies.6", "kiitos, tuon ne huomenna", "correct"),
    ("yleinen-sairastuminen puhelu.8", "en tiedä vielä, ehkä maanantaina", "correct"),
])
def test_another_day_than_the_question_says(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 166, 171 and earlier (both trainers wrong in the blind sets): a question asked of
# the other person, an offer said as a request
@as_table(("step", "answer", "verdict"), [
    ("yleinen-apua step-12", "Voinko auttaa?", "wrong"),
    ("kauppa-asiakas step-2", "Hei! Voitko auttaa?", "wrong"),
    ("kauppa-asiakas step-2", "Hei! Voinko autaa?", "almost"),
    ("yleinen-apua step-12", "Voitko auttaa?", "correct"),
])
def test_a_question_turned(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review232: a jam freed by the learner however the deed is told ("onnistuin avaamaan",
# "päätin korjata", the spoken "we" with a workmate), or by a named workmate; not a taking
# out of broken packages at a stop, nor an acknowledgement, a stop to come or one mended;
# a going after a right answer only to whom the step's mistake goes; a start begun again
# only where its second word is mended; a pallet set aside then shelved tells no fault
@as_table(("step", "answer", "verdict"), [
    ("valmistus-raportti sari.2", "laatikko jumittui hihnaan, mä onnistuin avaamaan jumin "
     "ite", "wrong"),
    ("valmistus-raportti sari.2", "laatikko jumittui liukuhihnaan, mä päätin korjata sen ite",
     "wrong"),
    ("valmistus-raportti sari.2", "laatikko jumittui hihnaan, jussi ja mä otettiin se pois",
     "wrong"),
    ("valmistus-raportti sari.4", "minä painoin, jussi avaa jumin", "wrong"),
    ("valmistus-raportti sari.2", "laatikko jumittui liukuhihnaan, mä kuittasin hätäseisin "
     "ja jatkoin töitä", "wrong"),
    ("elintarvike-tyokaveri linja-seis.4", "kaksi pakkausta on rikki, mä poistin ne linjalta",
     "correct"),
    ("elintarvike-tyokaveri vaihto.6", "selvä, kuittaan", "correct"),
    ("elintarvike-kartoitus a1-aika", "kello kymmenen, sit mä käynnistän sen taas "
     "yhdeltätoista", "correct"),
    ("kauppa-raportti napistys.8", "selvä, ja käyn katsomassa hänen taskunsa", "wrong"),
    ("kauppa-raportti napistys.8", "selvä, mutta käyn ensin vessassa", "correct"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun ja menin viemään sen "
     "hyllyyn, muuten kuorma oli ok", "wrong"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun odottamaan hyllytystä, "
     "muuten kuorma oli ok", "wrong"),
    ("varasto-keraily uusi-tilaus.4", "millä hyllyvälillä kahvi on", "correct"),
])
def test_review232(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review233: no infinitive read as the spoken "we" ("mä en uskaltanu avata sitä"), no
# deed of one the learner kept from it ("mä kielsin jussia avaamasta sitä"), a no before a
# verb in a person as learners say it ("mä en avasin sitä ite"), no repairer's man for a
# workmate; the emergency stop reset by any of its names; a jam the learner names at a
# stop; "voinko" of help only; "myöhemmin" no day; a shelving of the others tells the
# fault still; a restart of three words; "mukaan" for "mukana" a slip (sets 18-173)
@as_table(("step", "answer", "verdict"), [
    ("valmistus-raportti sari.2", "laatikko jumittui liukuhihnaan, mä en uskaltanu avata "
     "sitä", "correct"),
    ("valmistus-raportti sari.2", "laatikko jumittui liukuhihnaan, mä estin jussia avaamasta "
     "sitä", "correct"),
    ("valmistus-raportti sari.2", "laatikko jumittui hihnaan, mä en avasin sitä ite",
     "correct"),
    ("valmistus-raportti sari.2", "laatikko jumittui liukuhihnaan, mä odotin kunnes se "
     "korjattiin", "correct"),
    ("valmistus-raportti sari.2", "laatikko jumittui liukuhihnaan, asentaja jussi korjas sen",
     "correct"),
    ("valmistus-raportti sari.2", "laatikko jumittui liukuhihnaan, kunnossapidon mikko avas "
     "jumin", "correct"),
    ("valmistus-raportti sari.2", "laatikko jumittui hihnaan, toinen työntekijä avas jumin",
     "wrong"),
    ("valmistus-raportti sari.2", "laatikko jumittui liukuhihnaan, mä kuittasin "
     "hätäpysäytyksen ja jatkoin töitä", "wrong"),
    ("elintarvike-kartoitus b1-tapahtui", "kuljetin pysähtyi ja pakkauksia putosi lattialle, "
     "mä poistin jumin kuljettimesta", "wrong"),
    ("yleinen-apua step-13", "voinko nostaa tän sun kanssa", "almost"),
    ("siivous-asiakas hotelli.4", "kyllä, siivoan huoneen myöhemmin", "correct"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun, muut lavat vietiin "
     "hyllyyn, muuten kuorma oli ok", "correct"),
    ("ravintola-hygienia kasienpesu", "ennen kuin mä... ennen kuin mä aloitan työn",
     "correct"),
    ("varasto-keraily kuorma-valmis.6", "kaikki on mukaan", "almost"),
])
def test_review233(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review234: the spoken "we" by a passive before an infinitive or with a workmate beside
# it; a workmate's repair wherever maintenance is named elsewhere; a shelving of the faulty
# one among others, past a no of another verb; "myöhemmin" against a day the question
# names, not against today; a story a question asks of; "jään kotona" either way
@as_table(("step", "answer", "verdict"), [
    ("valmistus-raportti sari.2", "laatikko jumittui liukuhihnaan, mä ja jussi yritettiin "
     "avata se", "wrong"),
    ("valmistus-raportti sari.2", "laatikko jumittui hihnaan, mä jussin kaa otettiin se pois",
     "wrong"),
    ("valmistus-raportti sari.2", "laatikko jumittui liukuhihnaan, soitin huoltoon mut jussi "
     "avas sen ennen", "wrong"),
    ("yleinen-perehdytys samir.6", "älä korjaa itse, me avataan se yhessä", "wrong"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun, sit vein sen ja muut lavat "
     "hyllyyn, muuten kuorma oli ok", "wrong"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun, en oo vieny sitä vielä "
     "hyllyyn, muuten kuorma oli ok", "correct"),
    ("ravintola-ohjeet huomenna", "tulen kymmeneltä, tunnin myöhemmin", "correct"),
    ("siivous-asiakas hotelli.4", "kyllä, siivoan huoneen myöhemmin", "correct"),
    ("elintarvike-hygienia sairas", "jään kotona ja soitan esihenkilölle", "not wrong"),
])
def test_review234(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review235: "mä ei korjasin" a no; "together" only in its own clause, not "yhdessä
# kohdassa"; a repairer let or fetched to do it, or maintenance's man, is no workmate; a
# no of the shelving itself keeps the pallet off the shelf
@as_table(("step", "answer", "verdict"), [
    ("valmistus-raportti sari.2", "laatikko jumittui liukuhihnaan, mä ei korjasin sitä, "
     "soitin huoltoon", "correct"),
    ("valmistus-raportti sari.2", "laatikko jumittui liukuhihnaan, mä odotin jussin kanssa "
     "kunnes jumi avattiin", "correct"),
    ("valmistus-raportti sari.2", "laatikko jumittui yhdessä kohdassa, se korjattiin heti",
     "correct"),
    ("valmistus-raportti sari.8", "kunnossapito pitää kutsua, me annetaan huoltomiehen avata "
     "jumi", "correct"),
    ("valmistus-raportti sari.2", "laatikko jumittui liukuhihnaan, kunnossapidon mies jussi "
     "avas jumin", "correct"),
    ("valmistus-raportti sari.2", "laatikko jumittui hihnaan, mä annoin jussin avata sen",
     "wrong"),
    ("valmistus-raportti sari.2", "laatikko jumittui hihnaan, huoltomies ja jussi avas jumin",
     "wrong"),
    ("valmistus-raportti sari.2", "laatikko jumittui liukuhihnaan, työkaverini avas jumin",
     "wrong"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun, en vieny sitä yhtä lavaa "
     "vielä sinne hyllyyn, muuten kuorma oli ok", "correct"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun, en kuitannu sitä mutta "
     "vein sen hyllyyn, muuten kuorma oli ok", "wrong"),
    ("rakennus-ohjeet sahkotila", "en mene sisällä", "almost"),
])
def test_review235(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review236: a repairer's word says who the workmate is only in the nominative or the
# genitive, right before him or before a person noun of his ("kunnossapidon mies jussi");
# not after a postposition or in the partitive; a subject said before its join stays;
# only a no of the shelving itself, not one before "vaan"
@as_table(("step", "answer", "verdict"), [
    ("valmistus-raportti sari.2", "laatikko jumittui hihnaan, ennen huollon tuloa jussi avas "
     "jumin", "wrong"),
    ("valmistus-raportti sari.2", "laatikko jumittui hihnaan, huoltomiehen kanssa jussi avas "
     "jumin", "wrong"),
    ("valmistus-raportti sari.2", "laatikko jumittui hihnaan, kunnossapidon asentaja jussi "
     "virtanen korjas sen", "correct"),
    ("valmistus-raportti sari.2", "laatikko jumittui hihnaan, ja me kun avattiin se ite niin "
     "hihna lähti taas", "wrong"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun, en vieny sitä rikkinäistä "
     "lavaa roskiin vaan vein sen hyllyyn, muuten kuorma oli ok", "wrong"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun, en hyllyttäny sitä, muuten "
     "kuorma oli ok", "correct"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun, en tiiä saako sen viedä "
     "hyllyyn, muuten kuorma oli ok", "correct"),
])
def test_review236(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review237: only a no of the shelving whose clause turns to no other deed after it ("ja",
# "vaan", "mutta"), "sit" a filler inside it; not knowing only of whether it may
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun, en vieny sitä sit hyllyyn, "
     "muuten kuorma oli ok", "correct"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun, en tiiä miks vein sen "
     "hyllyyn, muuten kuorma oli ok", "wrong"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun, en vieny sitä roskiin ja "
     "vein sen hyllyyn, muuten kuorma oli ok", "wrong"),
    ("varasto-raportti kari.2", "tuli, laitoin yhen lavan sivuun, en hyllyttäny sitä heti "
     "vaan vasta illalla, muuten kuorma oli ok", "wrong"),
])
def test_review237(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)
