"""Issue 12, judge53: answers built of parts. Half of a two-sentence answer said whole
(compare.a_sentence_of_every_pair), two accepted answers joined each with a slip
(lead_clause), a foreseen state said as a clause of its own in an open step
(open_deeds._stated_apart), and the one the step's answers name doing the deed the learner
leaves to them (rules._the_steps_own_doer). Each table was probed on the bundled lessons'
real steps before the change; a row notes the verdict it had on main where it moved. Right
and wrong cases side by side: a rule that read too much or too little fails a row."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge import judge
from valkky.testing.table import as_table


# 1. Every step whose accepted answers all say two sentences is a repeat step in the bundled
# lessons: either half said whole is a start (missing_words), as the other half already was
@as_table(("step", "answer", "verdict"), [
    ('hoiva-kartoitus a1-toista', 'Hyvää huomenta!', 'almost'),
    ('hoiva-kartoitus a1-toista', 'hyvää huomenta', 'almost'),
    ('hoiva-kartoitus a1-toista', 'Nukuitko hyvin?', 'almost'),
    ('hoiva-kartoitus a1-toista', 'nukuitko hyvin', 'almost'),
    ('hoiva-ohjeet step-27', 'Liina on rikki.', 'almost'),  # was wrong
    ('hoiva-ohjeet step-27', 'liina on rikki', 'almost'),  # was wrong
    ('hoiva-ohjeet step-27', 'En käytä sitä.', 'almost'),
    ('hoiva-ohjeet step-27', 'en käytä sitä', 'almost'),
    ('kauppa-asiakas step-2', 'Hei!', 'almost'),
    ('kauppa-asiakas step-2', 'hei', 'almost'),
    ('kauppa-asiakas step-2', 'Voinko auttaa?', 'almost'),
    ('kauppa-asiakas step-2', 'voinko auttaa', 'almost'),
    ('kauppa-kartoitus a1-toista', 'Hei!', 'almost'),
    ('kauppa-kartoitus a1-toista', 'hei', 'almost'),
    ('kauppa-kartoitus a1-toista', 'Voinko auttaa?', 'almost'),
    ('kauppa-kartoitus a1-toista', 'voinko auttaa', 'almost'),
    ('kauppa-kartoitus a2-toista', 'Maito on loppu.', 'almost'),  # was wrong
    ('kauppa-kartoitus a2-toista', 'maito on loppu', 'almost'),  # was wrong
    ('kauppa-kartoitus a2-toista', 'Haen lisää varastosta.', 'almost'),
    ('kauppa-kartoitus a2-toista', 'haen lisää varastosta', 'almost'),
    ('kauppa-ohjeet step-27', 'Viimeinen käyttöpäivä meni.', 'almost'),  # was wrong
    ('kauppa-ohjeet step-27', 'viimeinen käyttöpäivä meni', 'almost'),  # was wrong
    ('kauppa-ohjeet step-27', 'Otan tuotteen pois hyllystä.', 'almost'),
    ('kauppa-ohjeet step-27', 'otan tuotteen pois hyllystä', 'almost'),
    ('kauppa-raportti step-3', 'Anteeksi, minulla on asiaa.', 'almost'),
    ('kauppa-raportti step-3', 'anteeksi, minulla on asiaa', 'almost'),
    ('kauppa-raportti step-3', 'Täällä tapahtui jotain.', 'almost'),
    ('kauppa-raportti step-3', 'täällä tapahtui jotain', 'almost'),
    ('kauppa-raportti step-24', 'En pysäytä asiakasta itse.', 'almost'),
    ('kauppa-raportti step-24', 'en pysäytä asiakasta itse', 'almost'),
    ('kauppa-raportti step-24', 'Kerron esimiehelle.', 'almost'),  # was wrong
    ('kauppa-raportti step-24', 'kerron esimiehelle', 'almost'),  # was wrong
    ('kauppa-turvallisuus step-9', 'Tämä on painava.', 'almost'),  # was wrong
    ('kauppa-turvallisuus step-9', 'tämä on painava', 'almost'),  # was wrong
    ('kauppa-turvallisuus step-9', 'Autatko minua?', 'almost'),
    ('kauppa-turvallisuus step-9', 'autatko minua', 'almost'),
    ('kauppa-turvallisuus step-18', 'Päiväys meni.', 'almost'),  # was wrong
    ('kauppa-turvallisuus step-18', 'päiväys meni', 'almost'),  # was wrong
    ('kauppa-turvallisuus step-18', 'Otan tuotteen pois hyllystä.', 'almost'),
    ('kauppa-turvallisuus step-18', 'otan tuotteen pois hyllystä', 'almost'),
    ('rakennus-tyonjohtaja step-17', 'Seinä on valmis.', 'almost'),  # was wrong
    ('rakennus-tyonjohtaja step-17', 'seinä on valmis', 'almost'),  # was wrong
    ('rakennus-tyonjohtaja step-17', 'Mitä teen seuraavaksi?', 'almost'),
    ('rakennus-tyonjohtaja step-17', 'mitä teen seuraavaksi', 'almost'),
    ('ravintola-ohjeet step-26', 'Astianpesukone vuotaa.', 'almost'),
    ('ravintola-ohjeet step-26', 'astianpesukone vuotaa', 'almost'),
    ('ravintola-ohjeet step-26', 'Lattia on märkä.', 'almost'),
    ('ravintola-ohjeet step-26', 'lattia on märkä', 'almost'),
    ('siivous-asiakas step-3', 'Hyvää huomenta!', 'almost'),
    ('siivous-asiakas step-3', 'hyvää huomenta', 'almost'),
    ('siivous-asiakas step-3', 'Voinko auttaa?', 'almost'),  # was wrong
    ('siivous-asiakas step-3', 'voinko auttaa', 'almost'),  # was wrong
    ('siivous-ohjeet step-27', 'Älä korjaa sitä itse.', 'almost'),
    ('siivous-ohjeet step-27', 'älä korjaa sitä itse', 'almost'),
    ('siivous-ohjeet step-27', 'Ilmoita esimiehelle.', 'almost'),  # was wrong
    ('siivous-ohjeet step-27', 'ilmoita esimiehelle', 'almost'),  # was wrong
    ('siivous-raportti step-6', 'Olen pahoillani.', 'almost'),
    ('siivous-raportti step-6', 'olen pahoillani', 'almost'),
    ('siivous-raportti step-6', 'Maljakko meni rikki.', 'almost'),
    ('siivous-raportti step-6', 'maljakko meni rikki', 'almost'),
    ('varasto-ohjeet step-24', 'Älä heitä laatikkoa.', 'almost'),
    ('varasto-ohjeet step-24', 'älä heitä laatikkoa', 'almost'),
    ('varasto-ohjeet step-24', 'Se on hauras.', 'almost'),  # was wrong
    ('varasto-ohjeet step-24', 'se on hauras', 'almost'),  # was wrong
    ('yleinen-kahvitauko step-4', 'Hyvää, kiitos.', 'almost'),
    ('yleinen-kahvitauko step-4', 'hyvää, kiitos', 'almost'),
    ('yleinen-kahvitauko step-4', 'Entä sinulle?', 'almost'),
    ('yleinen-kahvitauko step-4', 'entä sinulle', 'almost'),
    ('yleinen-oikeudet step-10', 'Palkkakuitissa on virhe.', 'almost'),  # was wrong
    ('yleinen-oikeudet step-10', 'palkkakuitissa on virhe', 'almost'),  # was wrong
    ('yleinen-oikeudet step-10', 'Voitko tarkistaa sen?', 'almost'),
    ('yleinen-oikeudet step-10', 'voitko tarkistaa sen', 'almost'),
    ('yleinen-sanaparit step-10', 'Soita hätänumeroon!', 'almost'),
    ('yleinen-sanaparit step-10', 'soita hätänumeroon', 'almost'),
    ('yleinen-sanaparit step-10', 'Varasto palaa!', 'almost'),
    ('yleinen-sanaparit step-10', 'varasto palaa', 'almost'),
    ('yleinen-verbit step-22', 'Kone on rikki.', 'almost'),
    ('yleinen-verbit step-22', 'kone on rikki', 'almost'),
    ('yleinen-verbit step-22', 'Ilmoitan esimiehelle.', 'almost'),
    ('yleinen-verbit step-22', 'ilmoitan esimiehelle', 'almost'),
])
def test_half_of_a_two_sentence_answer_on_the_lessons(step: str, answer: str,
                                                      verdict: str) -> None:
    j = judged_on(step, answer)
    assert j.verdict == verdict
    assert j.reason == ("missing_words" if verdict == "almost" else None)


_PAIR = ["Palkkakuitissa on virhe. Voitko tarkistaa sen?"]
_REPORT = ["Kone on rikki. Ilmoitan esimiehelle.", "Kone on rikki. Kerron esimiehelle."]
_TURNED = ["Älä korjaa sitä itse. Korjaa se huomenna."]
_ONE_ALONE = ["Hylly kaatui. Tarvitsen apua.", "hylly kaatui ja tarvitsen apua"]


# … and on a step of any kind (not a choose step, not a foreseen mistake, not a half whose
# verb the other half turns)
@as_table(("accept", "mistakes", "options", "answer", "verdict"), [
    (_PAIR, {}, [], "palkkakuitissa on virhe", "almost"),  # was wrong
    (_PAIR, {}, [], "Palkkakuitissa on virhe.", "almost"),  # was wrong
    (_PAIR, {}, [], "voitko tarkistaa sen", "almost"),
    (_PAIR, {}, [], "palkkakuitissa ei ole virhettä", "wrong"),  # the opposite
    (_PAIR, {}, [], "voitko tarkistaa", "wrong"),  # a part of a half: as before
    (_PAIR, {}, [], "palkkakuitissa on", "wrong"),
    (_PAIR, {}, ["Palkkakuitissa on virhe.", "Voitko tarkistaa sen?"],
     "palkkakuitissa on virhe", "wrong"),  # a choose step: another option
    (_PAIR, {}, ["Palkka on oikein.", "Voitko tarkistaa sen?"],
     "palkkakuitissa on virhe", "wrong"),  # a choose step: no start of an option
    (_REPORT, {"kone on rikki": "wrong"}, [], "kone on rikki", "wrong"),  # its mistake
    (_REPORT, {"kone on rikki": "wrong"}, [], "ilmoitan esimiehelle", "almost"),
    (_REPORT, {"kone on rikki": "wrong"}, [], "kone toimii", "wrong"),
    (_REPORT, {}, [], "kone on rikki", "almost"),
    (_TURNED, {}, [], "älä korjaa sitä itse", "almost"),
    (_TURNED, {}, [], "korjaa se huomenna", "wrong"),  # turns the other half
    (_ONE_ALONE, {}, [], "hylly kaatui", "almost"),
    (_ONE_ALONE, {}, [], "tarvitsen apua", "almost"),
])
def test_half_of_a_two_sentence_answer(accept: list[str], mistakes: dict[str, str],
                                       options: list[str], answer: str, verdict: str) -> None:
    assert judge(answer, accept, wrong_answers=mistakes, other_options=options).verdict == verdict


# 2. Two accepted answers said one after the other, each right or with a slip of
# pronunciation or form: almost; a part wrong, another word, or a word that joins or turns
# clauses ("mutta", "ja") keeps the whole as it was
@as_table(("step", "answer", "verdict"), [
    ('metalli-esimies tyomaarays.6',
     'kuinka iso reikä tehdän, tastä puuttuu reiän mitta', 'almost'),
    ('metalli-esimies tyomaarays.6',
     'kuinka iso reikä tehdän tästä puuttuu reiän mitta', 'almost'),
    ('yleinen-oikeudet kysy-kenelta',
     'menen luotamusmiehen luokse, kysyn neuvoa luotamusmieheltä', 'almost'),
    ('yleinen-oikeudet kysy-kenelta',
     'menen luotamusmiehen luokse kysyn neuvoa luottamusmieheltä', 'almost'),
    ('varasto-ohjeet lopuksi', 'laiturile kaksi, vien rullakon lastauslaiturile', 'almost'),
    ('varasto-ohjeet lopuksi', 'laiturile kaksi vien rullakon lastauslaiturille', 'almost'),
    ('yleinen-kahvitauko kysy-kuuluu', 'ei kumempaa, hyvä kiitos kysymästä', 'almost'),
    ('yleinen-kahvitauko kysy-kuuluu', 'ei kumempaa hyvää kiitos kysymästä', 'almost'),
    ('rakennus-tyonjohtaja valmista.2', 'seina on valmis, tein seinan valmiiksi', 'almost'),
    ('rakennus-tyonjohtaja valmista.2', 'seina on valmis tein seinän valmiiksi', 'almost'),
    ('rakennus-raportti miksi', 'jalkalista oli poisa, koska ei olut jalkalistaa', 'almost'),
    ('rakennus-raportti miksi', 'jalkalista oli poisa koska ei ollut jalkalistaa', 'almost'),
    ('kauppa-raportti pullo.2', 'yksi pullo meni riki lasi hajosi', 'almost'),
    ('kauppa-raportti toimitus.4',
     'laitoin ne sivun ja otin kuvan, en laittanut nitä hyllyyn', 'almost'),
    ('kauppa-raportti toimitus.4',
     'laitoin ne sivun ja otin kuvan en laittanut niitä hyllyyn', 'wrong'),
    ('yleinen-oikeudet kysy-virhe',
     'ei sitä puuttuu tunteja, tein kahdeksankymentäkahdeksan tuntia', 'almost'),
    ('yleinen-oikeudet kysy-virhe',
     'ei sitä puuttuu tunteja tein kahdeksankymmentäkahdeksan tuntia', 'almost'),  # was wrong
    ('yleinen-tyoturvallisuuskortti step-11', 'laitan kyparän, käytän kypärä', 'almost'),
    ('yleinen-tyoturvallisuuskortti step-11', 'laitan kyparän käytän kypärää', 'almost'),
    ('yleinen-kahvitauko tauko.4', 'kylä on, todella kylma', 'almost'),
    # (was correct: another accepted answer's word mispronounced, stop 71)
    ('yleinen-kahvitauko tauko.4', 'kylä on todella kylmä', 'almost'),
    ('rakennus-tyonjohtaja aamu.6', 'selvä kitos, hyva on', 'almost'),
    ('rakennus-tyonjohtaja aamu.6', 'selvä kitos hyvä on', 'almost'),
    ('yleinen-puhekieli aamu.6', 'selvä menen hakeman, mä meen hake avaimen', 'almost'),
    # (was almost: "meen hakee" is spoken hakemaan, stop 72; sets 62-146, both trainers
    # right: the slip said again right)
    ('yleinen-puhekieli aamu.6', 'selvä menen hakeman mä meen hakee avaimen', 'correct'),
    ('siivous-kartoitus b1-puhekieli',
     'ensin kokoushuoneseen, menen sivoamaan kokoushuoneen', 'almost'),
    ('siivous-kartoitus b1-puhekieli',
     'ensin kokoushuoneseen menen siivoamaan kokoushuoneen', 'almost'),
    ('elintarvike-kartoitus a2-ymmarra', 'voitko kirjoitaa sen, en ymärtänyt', 'almost'),
    ('elintarvike-kartoitus a2-ymmarra',
     'voitko kirjoitaa sen en ymmärtänyt', 'almost'),  # was wrong
    ('siivous-asiakas hotelli.4', 'ilman muta, siivoan huonen tänään', 'almost'),
    # (was correct: another accepted answer's word mispronounced, stop 71)
    ('siivous-asiakas hotelli.4', 'ilman muta siivoan huoneen tänään', 'almost'),
    ('varasto-kartoitus a2-ymmarra', 'voitko puhua hitammin, sano vielä keran', 'almost'),
    ('varasto-kartoitus a2-ymmarra', 'voitko puhua hitammin sano vielä kerran', 'almost'),
    ('valmistus-tyonjohtaja aamu.4', 'ei ole selva, voitko selitää', 'almost'),
    ('valmistus-tyonjohtaja aamu.4', 'ei ole selva voitko selittää', 'almost'),
    ('yleinen-lukeminen tyomaarays', 'tehtavä on pestä portaat portaiden pesu', 'almost'),
    ('kauppa-kartoitus b1-miksi',
     'tulipalosa pitää päästä ulos koska joku voi kompastua', 'almost'),
    ('metalli-esimies valmiit.6',
     'reiät ovat väärässä kohdasa, reiän paika ei ole oikea', 'almost'),
    ('metalli-esimies valmiit.6',
     'reiät ovat väärässä kohdasa reiän paikka ei ole oikea', 'almost'),
    ('yleinen-kahvitauko kysy-palaa',
     'yhdeksän visitoista, palaan töihin varttia yli yhdeksaltä', 'almost'),  # was wrong
    ('yleinen-kahvitauko kysy-palaa',
     'yhdeksän visitoista palaan töihin varttia yli yhdeksältä', 'almost'),
    ('valmistus-turvallisuus step-24', 'pitä ilmoittaa ilmoitan sen', 'almost'),
    ('yleinen-puhelin myohassa.2', 'päivä täällä ali, hei olen myöhäsä', 'almost'),  # was wrong
    ('yleinen-puhelin myohassa.2', 'päivä täällä ali bussi on myöhäsä', 'almost'),
    ('yleinen-lahelta-piti ilmoitus.6', 'en loukaantunut, ei kaynyt mitään', 'almost'),
    ('yleinen-lahelta-piti ilmoitus.6', 'en loukaantunut ei käynyt mitään', 'almost'),
    ('hoiva-turvallisuus nosta', 'mina nostan jaloilla koukistan polvet', 'almost'),
    ('elintarvike-hygienia sairas', 'en tule toihin, soitan työpaikale', 'almost'),
    ('elintarvike-hygienia sairas', 'en tule toihin soitan työpaikalle', 'almost'),
    ('siivous-turvallisuus step-21', 'liukas latia, älä kävele sielä', 'almost'),
    ('siivous-turvallisuus step-21', 'liukas latia älä kävele siellä', 'correct'),
    ('rakennus-kartoitus a2-ymmarra', 'en ymmärä, voitko selitä', 'almost'),  # was wrong
    ('rakennus-kartoitus a2-ymmarra', 'en ymmärä voitko selitä', 'almost'),  # was wrong
    ('rakennus-kartoitus a2-ymmarra', 'en ymmärä, voitko auta', 'wrong'),
    ('rakennus-kartoitus a2-ymmarra', 'en ymmärä, jatkan työtä', 'almost'),
    ('rakennus-kartoitus a2-ymmarra', 'en ymmärä mutta voitko selitä', 'wrong'),
    ('hoiva-kartoitus a2-ymmarra', 'en ymmärä, voitko puhua hitamin', 'almost'),
    ('hoiva-kartoitus a2-ymmarra', 'en ymmärtäny, mitä se tarkoitta', 'correct'),
])
def test_two_answers_joined_each_with_a_slip(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


def test_two_answers_joined_name_the_slip() -> None:
    j = judged_on("valmistus-kartoitus a2-ymmarra", "en ymmärä, voitko selitä")
    assert (j.verdict, j.reason, j.closest) == ("almost", "double_consonant", "en ymmärrä")


# 3. An open step: a foreseen state said as a clause of its own, with its verb, between the
# written answer's commas or sentence ends, is said (wrong); praise said so is no claim, a
# verbless state beside words of the learner's own, a time told more exactly, a state under
# a condition and a self-repair stay as they were
@as_table(("step", "answer", "verdict"), [
    ('autoala-raportti asiakas.2',
     'Hei, autonne on valmis, voitte hakea sen.', 'wrong'),  # was correct
    ('autoala-raportti asiakas.2',
     'Hei, autonne on valmis. Voitte hakea sen.', 'wrong'),  # was correct
    ('autoala-raportti asiakas.2',
     'Hei! Auto on valmis, tervetuloa hakemaan.', 'wrong'),  # was correct
    ('autoala-raportti asiakas.2',
     'hei täällä korjaamolta, autonne on valmis', 'wrong'),  # was correct
    # (said without commas: the car said ready to the customer who must hear it is late,
    # judge58's fault_again.mishap_disowned; was correct)
    ('autoala-raportti asiakas.2', 'autonne on valmis voitte hakea sen', 'wrong'),
    ('autoala-raportti asiakas.2',
     'Hei, autonne on valmis huomenna, voitte hakea sen.', 'correct'),
    ('autoala-raportti asiakas.2', 'hei, autonne ei ole valmis, se on valmis huomenna', 'correct'),
    ('autoala-raportti asiakas.2',
     'hei, autonne ei ole valmis tänään, voitte hakea sen huomenna', 'correct'),
    ('autoala-raportti asiakas.2', 'hei, autonne myöhästyy', 'correct'),
    ('autoala-raportti asiakas.2', 'Hei, autonne on valmis kun osa tulee.', 'correct'),
    ('autoala-raportti asiakas.2', 'hei, auto on valmis, ei kun auto myöhästyy', 'correct'),
    ('autoala-raportti asiakas.4',
     'meillä on kiire, varaosa tulee huomenna', 'wrong'),  # was correct
    ('autoala-raportti asiakas.4',
     'Mekaanikko on sairas. Varaosa tulee huomenna.', 'wrong'),  # was correct
    ('autoala-raportti asiakas.4', 'varaosa tulee vasta huomenna, meillä on kiire', 'wrong'),
    ('autoala-raportti asiakas.4', 'varaosa tulee huomenna, meillä ei ole kiire', 'correct'),
    ('autoala-raportti asiakas.4', 'meillä on kiire varaosa tulee huomenna', 'correct'),
    ('autoala-raportti asiakas.4',
     'Varaosa tulee vasta huomenna, joten meillä on kiire ensi viikolla.', 'wrong'),
    ('elintarvike-raportti anna', 'Sormus on kaunis, mutta ota se pois.', 'correct'),
    ('elintarvike-raportti anna', 'sormus on kaunis, ota sormus pois', 'wrong'),
    ('elintarvike-raportti anna', 'Ota sormus pois. Sormus on kaunis.', 'wrong'),
    ('elintarvike-raportti anna', 'ota sormus pois, laita hiusverkko', 'correct'),
    ('metalli-raportti ville', 'hyvät hanskat, ota ne pois', 'correct'),
    ('metalli-raportti ville', 'Hanskat on hyvät, mutta ota ne pois.', 'correct'),
    ('metalli-raportti ville',
     'sinulla on hyvät hanskat, ota ne pois porakoneen kanssa', 'correct'),
    ('metalli-raportti ville', 'ota hanskat pois, ne voi jäädä kiinni', 'correct'),
    ('varasto-raportti kari.2',
     'tuli kello kahdeksan, kaikki oli kunnossa', 'wrong'),  # was correct
    ('varasto-raportti kari.2', 'Kuorma tuli. Kaikki oli kunnossa.', 'wrong'),
    ('varasto-raportti kari.2',
     'tuli kello kahdeksan mutta yksi lava oli vaurioitunut', 'correct'),
    ('varasto-raportti kari.2',
     'tuli kello kahdeksan, kaikki ei ollut kunnossa, yksi lava oli vaurioitunut', 'correct'),
    ('varasto-raportti kari.6', 'se on hyllyssä, vastaanotossa', 'wrong'),  # was correct
    ('varasto-raportti kari.6', 'se on vastaanotossa', 'correct'),
    ('varasto-raportti kari.6', 'se on hyllyssä, ei kun vastaanotossa', 'correct'),
    ('varasto-raportti kari.6', 'Lava? Se on vastaanotossa.', 'correct'),
    ('hoiva-raportti raportti', 'Aino kaatui aamulla. Kaikki oli hyvin.', 'wrong'),
    # (a state is no deed a topic before it qualifies: open_deeds.deed_said, session 41)
    ('hoiva-raportti raportti', 'aino kaatui, mutta kaikki oli hyvin', 'wrong'),
    ('hoiva-raportti raportti', 'kaikki oli hyvin, aino ei kaatunut', 'wrong'),  # was correct
    ('varasto-raportti neuvo', 'selkä kumarassa on ok, nosta jaloilla', 'wrong'),
    ('varasto-raportti neuvo', 'nosta jaloilla, selkä suorana', 'correct'),
])
def test_a_state_said_as_a_clause_of_its_own(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# 4. The learner's own no, then the one the step's answers name (or a repairer) doing the
# deed the step leaves to them: correct where the learner's part alone is; a workmate,
# "hän", "joku", a boss the answers only report to, a time put on it, or a part not right
# alone stay as they were (a repairer's mending beside it, since stop 42: the learner's part
# judged alone, rules.repairers_deed)
@as_table(("step", "answer", "verdict"), [
    ('rakennus-ohjeet sahkotila', 'en mene sisään, sähköasentaja menee', 'correct'),  # was almost
    ('rakennus-ohjeet sahkotila',
     'en mene sinne, sähköasentaja menee sinne', 'correct'),  # was almost
    ('rakennus-ohjeet sahkotila',
     'en mene sisään, mutta sähköasentaja menee', 'correct'),  # was almost
    ('rakennus-ohjeet sahkotila', 'en mene sisään, sähkömies menee', 'correct'),  # was almost
    ('rakennus-ohjeet sahkotila', 'en mene sisään, korjaaja menee', 'correct'),  # was almost
    ('rakennus-ohjeet sahkotila', 'en mene sisään, työkaveri menee', 'wrong'),
    ('rakennus-ohjeet sahkotila', 'en mene sisään, hän menee', 'wrong'),
    ('rakennus-ohjeet sahkotila', 'en mene sisään, joku menee', 'wrong'),
    ('rakennus-ohjeet sahkotila', 'en mene sisään, esimies menee', 'wrong'),
    ('rakennus-ohjeet sahkotila', 'en mene sisään, sähköasentaja menee huomenna', 'wrong'),
    ('rakennus-ohjeet sahkotila', 'menen sisään, sähköasentaja menee', 'wrong'),
    ('rakennus-ohjeet sahkotila', 'en mene sisään, joku muu menee', 'wrong'),
    ('rakennus-ohjeet sahkotila', 'en avaa ovea, sähköasentaja avaa sen', 'almost'),
    ('rakennus-ohjeet sahkotila', 'en mene, sähköasentaja menee', 'correct'),  # was almost
    ('hoiva-turvallisuus kaatui', 'en nosta, hoitaja nostaa', 'almost'),
    ('hoiva-turvallisuus kaatui', 'en nosta häntä, hoitaja nostaa hänet', 'wrong'),
    ('hoiva-turvallisuus kaatui', 'en nosta, työkaveri nostaa', 'wrong'),
    ('hoiva-turvallisuus kaatui', 'en nosta, hän nostaa', 'wrong'),
    ('hoiva-turvallisuus kaatui', 'en nosta, joku nostaa', 'wrong'),
    ('siivous-ohjeet johto', 'en käytä sitä, esimies käyttää sitä', 'wrong'),
    ('siivous-ohjeet johto', 'en korjaa sitä itse, korjaaja korjaa sen', 'almost'),  # stop 42
    ('siivous-ohjeet johto', 'en korjaa sitä, huoltomies korjaa sen', 'almost'),  # stop 42
    ('siivous-ohjeet johto', 'en käytä sitä, työkaveri käyttää', 'wrong'),
    ('siivous-ohjeet johto', 'en korjaa sitä itse, työkaveri korjaa sen', 'wrong'),
    ('valmistus-turvallisuus kysy-vika', 'en korjaa sitä itse, huoltomies korjaa',
     'almost'),  # stop 42
    ('valmistus-turvallisuus kysy-vika', 'en korjaa sitä, korjaaja korjaa sen',
     'almost'),  # stop 42
    # (almost before session 41's last change: the one called uses the broken machine)
    ('valmistus-turvallisuus kysy-vika', 'en käytä konetta, työnjohtaja käyttää sitä', 'wrong'),
    ('valmistus-turvallisuus kysy-vika', 'en korjaa sitä, työkaveri korjaa', 'wrong'),
    ('yleinen-verbit kone-rikki', 'en korjaa itse, korjaaja korjaa', 'wrong'),
    ('yleinen-verbit kone-rikki', 'en korjaa sitä, esimies korjaa sen', 'wrong'),
    ('yleinen-verbit kone-rikki', 'en korjaa sitä, joku korjaa sen', 'wrong'),
    ('yleinen-verbit kone-rikki', 'en korjaa sitä, hän korjaa sen', 'wrong'),
    ('ravintola-ohjeet vuoto', 'en käytä konetta, huoltomies korjaa sen', 'almost'),  # stop 42
    ('ravintola-ohjeet vuoto', 'en käytä konetta, esimies käyttää sitä', 'wrong'),
    ('ravintola-ohjeet vuoto', 'en käytä konetta, huoltomies käyttää sitä', 'wrong'),
])
def test_the_one_the_step_leaves_the_deed_to(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# the one the step's answers call may mend or decide, never use what the learner leaves
# unused (other_doer, session 41: was almost)
@as_table(("step", "answer", "verdict"), [
    ("valmistus-turvallisuus kysy-vika", "en käytä konetta, työnjohtaja käyttää sitä", "wrong"),
    ("valmistus-turvallisuus kysy-vika",
     "en käytä sitä, ilmoitan työnjohtajalle ja hän päättää", "correct"),
    ("rakennus-ohjeet sahkotila", "en mene sisään, sähköasentaja menee", "correct"),
])
def test_the_one_called_never_uses_it(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
