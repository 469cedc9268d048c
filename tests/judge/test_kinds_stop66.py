"""Kinds mended at stop 66 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py: none lost)."""

from __future__ import annotations

from tests.judge.golden import judged_as_expected
from valkky.testing.table import as_table


# review205 (SAFETY): gear leaves use for good only to a place whose compound's last part
# is a bin, waste, recycling, washing or repair, or a container after a bin's or the
# laundry's front; a front alone names a room, a store, a line or a person where gear is
# kept (wet gear hung to dry is worn again)
@as_table(("step", "answer", "verdict"), [
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän, märät hanskat pyykkinarulle",
     "wrong"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän, märät hanskat huoltohuoneeseen",
     "wrong"),
    ("rakennus-turvallisuus kysy-kypara",
     "laitan kypärän, märät kuulosuojaimet huoltomiehelle", "wrong"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän, likaiset hanskat konepesuun",
     "correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän, vanhat suojalasit roskalaatikkoon",
     "correct"),
    ("rakennus-turvallisuus kysy-kypara",
     "laitan kypärän, rikkinäiset turvakengät kierrätyslaatikkoon", "correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän, likaiset hanskat pyykkikoneeseen",
     "correct"),
])
def test_review205_gear_out_of_use_by_the_place_s_last_part(step: str, answer: str,
                                                             verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review205 (SAFETY): the lift with the back ("selällä") is never excused by a word beside
# it that says how the load goes ("pystyyn", "oikein", "suoraa"); the back itself said
# upright is ("selkä pystyyn", "selkä oikein", "suoralla selällä")
@as_table(("step", "answer", "verdict"), [
    ("yleinen-apua step-13", "voitko auttaa, nostetaan se selällä pystyyn", "not correct"),
    ("yleinen-apua step-13", "auta minua, nostetaan selällä oikein", "not correct"),
    ("yleinen-apua step-13", "voitko auttaa, nostetaan selällä, pystyn", "not correct"),
    ("elintarvike-tyokaveri apua.4", "laatikko on liian painava, nostetaan selkä pystyyn",
     "correct"),
    ("kauppa-turvallisuus nosto", "pyydän apua ja nostetaan selkä oikein", "correct"),
    ("yleinen-apua step-13", "voitko auttaa, nostetaan suoralla selällä", "correct"),
])
def test_review205_the_back_upright(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review205 (SAFETY): under a crane or a load is going, waiting or working there, also
# "ali" and a forklift's forks; out from under it is none, and a car's lift no crane
@as_table(("step", "answer", "verdict"), [
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja odotan nosturin alla",
     "not correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja kuljen kuorman ali",
     "not correct"),
    ("varasto-turvallisuus kengat", "laitan turvakengät ja menen trukin piikkien alle",
     "not correct"),
    ("autoala-turvallisuus huuhtele", "huuhtelen silmät vedellä ja menen pois nosturin alta",
     "correct"),
])
def test_review205_under_a_load(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review205: the answer, then "ennen kuin" and going to any place (a "to" case, a word of
# direction, a genitive and its postposition); never away, home or to a break, and never
# after a report or a call, which waits for nothing
@as_table(("step", "answer", "verdict"), [
    ("autoala-turvallisuus tukipukit", "laitan tukipukit ennen kuin menen auton alle",
     "correct"),
    ("yleinen-kyltit sininen", "laitan kuulonsuojaimet ennen kuin menen ovesta sisään",
     "correct"),
    ("hoiva-turvallisuus kadet", "pesen kädet ennen kuin menen asukkaan huoneeseen",
     "correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ennen kuin menen telineelle",
     "correct"),
    ("metalli-turvallisuus kasineet-pois", "otan käsineet pois ennen kuin menen sinne",
     "correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ennen kuin menen kahville",
     "not correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ennen kuin lähden töistä",
     "not correct"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle ennen kuin aloitan seuraavan vuoron",
     "not correct"),
    ("siivous-turvallisuus ilmoita", "ilmoitan esimiehelle ennen kuin tuun töihin",
     "not correct"),
])
def test_review205_before_going_to_the_work(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 129-130 (both trainers): an answer that asks back with a question word; a place
# named bare to "Missä?"; one hand for the two; "olen kuume" for "minulla on kuume"; the
# genitive for the partitive; spoken "haluu" after a subject noun; the step's own
# "anteeksi" between two parts, no self-repair
@as_table(("step", "answer", "verdict"), [
    ("valmistus-kokoonpano step-21", "Mihin laatikkoon?", "wrong"),
    ("yleinen-tarkistaminen kysy-hylly", "mikä hylly?", "wrong"),
    ("yleinen-tarkistaminen kysy-hylly", "hylly neljä?", "correct"),
    ("yleinen-lahelta-piti ilmoitus.8", "varasto", "almost"),
    ("yleinen-lahelta-piti ilmoitus.8", "varastossa", "correct"),
    ("elintarvike-hygienia kadet", "pesen käden", "almost"),
    ("elintarvike-hygienia kadet", "pesen käteni", "correct"),
    ("yleinen-sairastuminen puhelu.6", "minä olen kuume", "almost"),
    ("yleinen-sairastuminen puhelu.6", "mulla on kuume", "correct"),
    ("yleinen-puhekieli aamu.4", "ei ole avaimen", "almost"),
    ("yleinen-puhekieli aamu.4", "ei ole avainta", "correct"),
    ("autoala-kartoitus a2-asiakas", "asiakas haluu talvirenkaat", "correct"),
    ("autoala-kartoitus a2-asiakas", "asiakas halua talvirenkaat", "almost"),
    ("yleinen-puhelin myohassa.2", "hei täällä Ali, anteeksi, olen myöhässä", "correct"),
])
def test_sets_129_130(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 131-132 (both trainers): a unit written in full after digits keeps its own form
# ("88 tuntia", no "tuntien" of another answer's); a whole clause of another accepted
# answer said between commas beside the answer
@as_table(("step", "answer", "verdict"), [
    ("yleinen-oikeudet luottamusmies.4", "tein 88 tuntia mutta palkkakuitissa on 80 tuntia",
     "correct"),
    ("yleinen-oikeudet luottamusmies.4", "tein 88 tuntia mut palkkakuitissa on vain 80",
     "correct"),
    ("kauppa-kartoitus b1-tapahtui",
     "yks asiakas kaatu, lattia oli märkä, mut ei sattunu mitään", "correct"),
    ("hoiva-ohjeet kenet", "menen katsomaan Helmi", "almost"),
])
def test_sets_131_132(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review206 (SAFETY): "ennen kuin" and going only to the work's own place (a word of the
# step or of work, by any part; "sisään", "sinne"; beside a machine or a person), never to a
# break room, home, the yard or the office by any part of the word, nor in front of, behind
# or on top of a thing; a report or a call waits for no later shift, but may come before
# the first aid it starts (review207: before nothing else)
@as_table(("step", "answer", "verdict"), [
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ennen kuin menen kahvihuoneeseen",
     "not correct"),
    ("metalli-turvallisuus sormus", "otan sormuksen pois ennen kuin menen lounastauolle",
     "not correct"),
    ("yleinen-kyltit sininen", "laitan kuulonsuojaimet ennen kuin menen pihalle",
     "not correct"),
    ("varasto-turvallisuus kengat", "laitan turvakengät ennen kuin menen trukin eteen",
     "not correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ennen kuin menen kuorman päälle",
     "not correct"),
    ("metalli-turvallisuus kasineet-pois", "otan käsineet pois ennen kuin menen sorvin ääreen",
     "correct"),
    ("yleinen-tyoturvallisuuskortti step-18", "soitan hätänumeroon ennen kuin aloitan ensiavun",
     "correct"),
    # (review207: a report before starting work waits for that start: almost)
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle ennen kuin aloitan työt",
     "almost"),
])
def test_review206_before_going_to_the_work(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review206: old gear to any place a waste or recycling front names but a person, to the
# laundry's but where gear hangs; out from under a load only going out, fetching from
# under it is reaching there; a question asked back where the step's answers ask too is
# no asking back; a name restarted after "anteeksi" is a self-repair
@as_table(("step", "answer", "verdict"), [
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän, vanhat hanskat jätehuoneeseen",
     "correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän, vanhat hanskat jätekärryyn",
     "correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän, likaiset hanskat pyykkikasaan",
     "correct"),
    ("rakennus-turvallisuus kysy-kypara",
     "laitan kypärän ja menen hakemaan laudan pois kuorman alta", "not correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja haen työkalut pois nosturin alta",
     "not correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja menen lavakuorman alle",
     "not correct"),
    ("kauppa-turvallisuus nosto", "kuka voi auttaa minua?", "correct"),
    ("yleinen-puhelin myohassa.2", "hei täällä Ahmed, anteeksi, täällä Ali", "correct"),
])
def test_review206_out_of_use_under_a_load_and_asking(step: str, answer: str,
                                                      verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review207 (SAFETY): where the step's answers tell or call someone, "ennen kuin" lifts
# the word limit only before first aid or going to someone; any other start or going puts
# the report off ("soitan esihenkilölle ennen kuin menen tuotantoon" when sick); on other
# steps going anywhere but home, a break or the office; out from under a load with "pois"
# anywhere, but never taking a thing from under it
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-hygienia sairas", "soitan esihenkilölle ennen kuin menen tuotantoon",
     "not correct"),
    # (within the word limit as any words more: "pysäytän koneen ja ilmoitan esimiehelle
    # ennen kuin aloitan", review204, right)
    ("yleinen-verbit kone-rikki", "pysäytän koneen ja ilmoitan esimiehelle ennen kuin aloitan",
     "correct"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle ennen kuin aloitan noston",
     "not correct"),
    ("yleinen-tyoturvallisuuskortti step-18", "soitan hätänumeroon ennen kuin aloitan ensiavun",
     "correct"),
    ("yleinen-tyoturvallisuuskortti step-18", "soitan hätänumeroon ennen kuin menen hänen luokse",
     "correct"),
    ("metalli-turvallisuus kasineet-pois", "otan käsineet pois ennen kuin menen sorville",
     "correct"),
    ("varasto-turvallisuus kengat", "laitan turvakengät ennen kuin menen lastauspihalle",
     "correct"),
    ("yleinen-kyltit sininen", "laitan kuulonsuojaimet ennen kuin menen toimistoon",
     "not correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja menen nopeasti pois kuorman alta",
     "correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja otan laudan kuorman alta",
     "not correct"),
    ("yleinen-apua step-13", "voitko auttaa, nostetaan selällä suoralla", "correct"),
    ("yleinen-puhelin myohassa.2", "hei täällä Ali, anteeksi, täällä Ahmed", "not correct"),
])
def test_review207(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 133-134: a spelling's letters in another order spell another word; a wrong foreseen
# mistake said as a clause of its own in an open answer is that mistake (both trainers)
@as_table(("step", "answer", "verdict"), [
    ("yleinen-puhelin kysy-tavaa", "koo aa hoo ii vee", "wrong"),
    ("yleinen-puhelin kysy-tavaa", "koo aa hoo vee ii", "correct"),
    ("elintarvike-raportti anna", "sormus on kaunis, hiukset ei haittaa", "wrong"),
    ("elintarvike-raportti anna", "ota sormus pois, hiukset hiusverkkoon", "correct"),
])
def test_sets_133_134(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 135-136: an open answer that calls gear the step wants (a topic, or what its
# examples say to use, not what one takes off) useless or not needed, in a clause of only
# those words, is wrong (SAFETY; not under a condition, at a break, nor "ei tarvitse ottaa
# kypärää pois"); an open answer that is an example but for its object pronoun and one
# word's case is that slip
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.2", "mene heti koneelle, turvakenkiä ei tarvi", "wrong"),
    ("yleinen-perehdytys samir.2", "turvakengät on turhat", "wrong"),
    ("yleinen-perehdytys samir.2", "ensin leimaa sisään, turvakenkiä ei tarvita tauolla",
     "correct"),
    ("yleinen-perehdytys samir.8", "kun poraat, hanskoja ei tarvita", "correct"),
    ("yleinen-perehdytys samir.6", "älä korjaa itse, kerro esimiehellä", "almost"),
    ("yleinen-perehdytys samir.6", "älä korjaa itse, kerro esimiehelle", "correct"),
])
def test_sets_135_136(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review208 (SAFETY): "ennen kuin" and going only to a place of the work (a word of the
# step or of work, by any part or a compound's end), never another place ("mökille",
# "autoon", "parkkihalliin") nor under a thing the step does not name; out from under a
# load only where going is the clause's only verb; a later turn's unsafe mistake carried
# early only as the learner's own deed of two words or more, never advice or leave
@as_table(("step", "answer", "verdict"), [
    ("metalli-turvallisuus sormus", "otan sormuksen pois ennen kuin menen mökille",
     "not correct"),
    ("yleinen-kyltit sininen", "laitan kuulonsuojaimet ennen kuin menen autoon", "not correct"),
    ("varasto-turvallisuus kengat", "laitan turvakengät ennen kuin menen parkkihalliin",
     "not correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ennen kuin menen elementin alle",
     "not correct"),
    ("metalli-turvallisuus korvat", "laitan kuulosuojaimet ennen kuin menen hiomakoneelle",
     "correct"),
    ("hoiva-turvallisuus kadet", "pesen kädet ennen kuin menen asukkaan huoneeseen", "correct"),
    ("rakennus-turvallisuus kysy-kypara",
     "laitan kypärän ja menen siivoamaan roskat pois kuorman alta", "not correct"),
    ("hoiva-raportti elias.2", "laita jarrut päälle ja auta hänet tuoliin", "correct"),
])
def test_review208(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 137-138 (both trainers): an accepted answer of three words or more said inside a
# longer one with a synonym in its form (not where a step switches synonyms off); spoken
# "et" first, before a subject and its own no, is "että"
@as_table(("step", "answer", "verdict"), [
    ("valmistus-turvallisuus kysy-vika",
     "pysäytän koneen ja kerron työnjohtajalle, en korjaa itse", "correct"),
    ("siivous-kartoitus b1-miksi", "et kukaan ei liukastu", "correct"),
    ("elintarvike-tuotanto step-9", "tämä on linja", "almost"),
])
def test_sets_137_138(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review209 (SAFETY): a later turn's unsafe mistake is carried early in any person (a no,
# "we", another's plan, advice), two words or more, but leave given ("voit mennä"), nor
# one a turn of advice names the thing of ("auta hänet tuoliin" beside "laita jarrut
# päälle"); on a report step "ennen kuin" and going only to the one hurt or cared for;
# out from under a load where going is the last verb
@as_table(("step", "answer", "verdict"), [
    ("valmistus-raportti sari.2", "laatikko jumittui liukuhihnaan, vedetään laatikko pois",
     "wrong"),
    ("siivous-raportti asiakas.2", "anteeksi, maljakko meni rikki, en kerro esimiehelle",
     "wrong"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle ennen kuin menen koneen luo",
     "not correct"),
    ("elintarvike-hygienia sairas", "soitan esihenkilölle ennen kuin menen mummon luo",
     "not correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja täytyy mennä pois kuorman alta",
     "correct"),
    ("elintarvike-hygienia kadet", "pesen kädet ennen kuin menen leipomoon", "correct"),
    ("metalli-turvallisuus sormus", "otan sormuksen pois ennen kuin menen uimahalliin",
     "not correct"),
])
def test_review209(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review210 (SAFETY): the accepted answer found inside with a synonym is read in its
# words, so a report put off beside it is weighed ("… kerron pomolle kun lähden kotiin");
# a report put off till the learner leaves within the word limit; never under, between or
# inside a machine the step does not name; out from under a load only after a must or an
# asking; on a call step going to "sen" or the one hurt
@as_table(("step", "answer", "verdict"), [
    ("valmistus-turvallisuus kysy-vika", "pysäytän koneen ja kerron pomolle kun lähden kotiin",
     "not correct"),
    ("elintarvike-hygienia ilmoita",
     "pysäytän linjan ja ilmoitan esimiehelle kun lähden kotiin", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "pysäytän koneen ja kerron pomolle ennen kuin lähden",
     "not correct"),
    ("varasto-turvallisuus kengat", "laitan turvakengät ennen kuin menen kuljettimen alle",
     "not correct"),
    ("metalli-turvallisuus sormus", "otan sormuksen pois ennen kuin meen koneen sisälle",
     "not correct"),
    ("metalli-turvallisuus sormus", "otan sormuksen pois ennen kuin menen mummolle",
     "not correct"),
    ("rakennus-turvallisuus kysy-kypara",
     "laitan kypärän ja odotan vähän sitten menen pois kuorman alta", "not correct"),
    ("yleinen-tyoturvallisuuskortti step-18", "soitan hätänumeroon ennen kuin menen sen luo",
     "correct"),
])
def test_review210(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)
