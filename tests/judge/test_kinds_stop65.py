"""Kinds mended at stop 65 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py: none lost but where docs/judging.md's Stop 65 says)."""

from __future__ import annotations

from tests.judge.golden import judged_as_expected
from valkky.testing.table import as_table


# review198 (SAFETY): a report put off till another thing's fault is seen, or one more
# fault ("hissivian", "lisävian", "tupakansavun huomaamisen jälkeen"), is later; a part of
# the machine, the step's own thing or a size is the fault's ("moottorivian",
# "johtovaurion", "verenvuodon"). A person found is the one hurt by the words of their role
# only: a coworker's, a resident's, a customer's.
@as_table(("step", "answer", "verdict"), [
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle hissivian huomaamisen jälkeen",
     "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle lisävian huomaamisen jälkeen",
     "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle tupakansavun huomaamisen jälkeen",
     "not correct"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle hyllyvaurion huomaamisen jälkeen",
     "not correct"),
    ("yleinen-tyoturvallisuuskortti step-18", "soitan hätänumeroon asukkaan löytämisen jälkeen",
     "not correct"),
    ("kauppa-raportti kaatui", "kutsun esimiehen potilaan näkemisen jälkeen", "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle moottorivian huomaamisen jälkeen",
     "correct"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle johtovaurion löytämisen jälkeen", "correct"),
    ("yleinen-tyoturvallisuuskortti step-18",
     "soitan hätänumeroon työntekijän löytämisen jälkeen", "correct"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle asiakkaan löytämisen jälkeen", "correct"),
    ("kauppa-raportti kaatui", "kutsun esimiehen ostajan näkemisen jälkeen", "correct"),
])
def test_review198_noticing(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review198: a line said "seis" by itself is no machine the learner stopped: the green
# button beside it is judged as before f21ae26f (a question, a report of what was tried)
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-tyokaveri kysy-linja", "linja on seis. painanko vihreää nappia?", "correct"),
    ("metalli-turvallisuus hatatilanne", "painan hätäseis ja painan vihreää nappia",
     "not correct"),
])
def test_the_green_button_where_a_line_is_seis(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# older holes (SAFETY): helping a fallen resident up, to a chair or a bed is lifting them
# ("autan häntä ylös", "autan asukkaan tuoliin", "autan häntä nousemaan"), but helping
# them, or the nurse, is no lift; rubbing the eyes said by a pronoun ("hankaan niitä")
@as_table(("step", "answer", "verdict"), [
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle ja autan häntä ylös", "wrong"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle ja autan asukkaan sänkyyn", "wrong"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle ja autan häntä nousemaan", "wrong"),
    ("autoala-turvallisuus huuhtele", "huuhtelen silmät ja hankaan niitä", "not correct"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle ja autan häntä", "correct"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle ja autan hoitajaa", "correct"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle ja pidän asukasta kädestä", "correct"),
])
def test_a_fallen_one_helped_up(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# set 118 (both trainers right): spoken "mut" before a word and a no with its verb begins a
# clause ("mut hänelle ei sattunu mitään"); a no left without its verb stays as said
@as_table(("step", "answer", "verdict"), [
    ("hoiva-kartoitus b1-tapahtui",
     "yöllä asukas kaatu käytävällä mut hänelle ei sattunu mitään", "correct"),
    ("yleinen-perehdytys samir.8", "kypärän voi jättää pois tauolla mut katolla ei ikinä",
     "correct"),
])
def test_mut_before_a_clause_with_a_no(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# older holes (SAFETY): other gear put to a place it is not worn at beside the answer, by
# the answer's verb left unsaid or one of its own ("…, mut turvakengät kaappiin"), but not
# a thing that is no gear, nor gear put away later ("… työn jälkeen"); the green button
# pressed by the verb of the clause before ("painan hätäseis ja sitten vihreää nappia")
@as_table(("step", "answer", "verdict"), [
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän, mut turvakengät kaappiin", "wrong"),
    ("rakennus-turvallisuus kysy-kypara", "kypärä päähän, turvakengät kaappiin", "wrong"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja laitan turvakengät kaappiin",
     "wrong"),
    ("metalli-turvallisuus kasineet-pois", "otan käsineet pois, suojalasit taskuun", "wrong"),
    ("metalli-turvallisuus hatatilanne", "painan hätäseis ja sitten vihreää nappia",
     "not correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän päähän ja repun kaappiin", "correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja turvakengät jalkaan", "correct"),
    ("elintarvike-tuotanto kysy-hiusverkko",
     "laitan hiusverkon, ja heitän sen ja hanskat roskiin työn jälkeen", "correct"),
    ("elintarvike-hygienia kadet", "pesen kädet ja sen jälkeen laitan käsineet", "correct"),
    ("metalli-turvallisuus hatatilanne", "painan hätäseis ja kerron esimiehelle", "correct"),
])
def test_other_gear_put_away_and_the_green_button_after_ja(step: str, answer: str,
                                                           verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review199 (SAFETY): "autan hänet" (a total object) is the lift whether or not a way up is
# said; the question's person by their role's words ("mummon", "potilaan"); a fault of a
# deed or of a part of the step's own thing is the fault's ("käynnistysvian",
# "sähköjohtovian"), another machine's is not ("kahvikonevian": almost, failing safe)
@as_table(("step", "answer", "verdict"), [
    ("hoiva-turvallisuus kaatui", "autan hänet yksin ja soitan hoitajalle", "wrong"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle ja autan hänet", "wrong"),
    ("hoiva-turvallisuus kaatui", "autan mummon ylös ja soitan hoitajalle", "wrong"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle ja autan häntä kävelemään", "wrong"),
    ("valmistus-turvallisuus kysy-vika",
     "ilmoitan työnjohtajalle käynnistysvian huomaamisen jälkeen", "correct"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle sähköjohtovian huomaamisen jälkeen",
     "correct"),
    ("kauppa-kartoitus b1-tapahtui", "asiakas kaatu mut onneks ei loukkaantunu", "correct"),
])
def test_review199(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 119-120's kinds (both trainers): a story's deed told as the learner's own, where
# the example names its doer or tells it in the past ("minä ajoin trukilla" beside
# "trukki peruutti nopeasti": wrong; not a command, "ensin leimaan sisään"); the object of
# the example's own command said in the genitive ("ota sormuksen pois"), a possessive in
# another case than the example's ("kerron esimieheni"): almost; a question after a no is
# none of it ("en löydä ruuveja, mistä saan niitä?"); the measure the question tells said
# beside a right answer is no other quantity
@as_table(("step", "answer", "verdict"), [
    ("yleinen-lahelta-piti mita-tapahtui", "minä ajoin trukilla", "wrong"),
    ("yleinen-perehdytys samir.2", "ensin leimaan sisään", "not wrong"),
    ("elintarvike-raportti anna", "ota sormuksen pois", "almost"),
    ("elintarvike-raportti anna", "otan sormuksen pois", "correct"),
    ("siivous-raportti asiakas.6", "kerron esimieheni", "almost"),
    ("siivous-raportti asiakas.6", "kerron esimiehelleni", "correct"),
    ("rakennus-tyonjohtaja step-9", "en löydä ruuveja, mistä saan niitä?", "correct"),
    ("elintarvike-kartoitus b1-vika", "kylmähuoneessa on 10 astetta, liian lämmin",
     "correct"),
])
def test_sets_119_120(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review192's hole: a report put off till another person comes ("kun huoltomies tulee"),
# but not till the one told is there (review83), nor where the wait is another deed's
@as_table(("step", "answer", "verdict"), [
    ("yleinen-verbit kone-rikki", "kerron esimiehelle kun huoltomies tulee", "not correct"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle kun lääkäri tulee", "not correct"),
    ("varasto-turvallisuus ilmoitus", "en käytä sitä ja ilmoitan esimiehelle ku hän tulee",
     "correct"),
    ("kauppa-turvallisuus nosto", "pyydän apua. kun työkaveri tulee, nostamme sen yhdessä.",
     "correct"),
])
def test_a_report_waits_for_another(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 121-122's kinds (both trainers): spoken "et" first, before a subject no "et" takes,
# is että; the infinitive a fuller answer says next, in another form, is that answer with
# a slip ("ei saa käytä": almost), no deed beside it
@as_table(("step", "answer", "verdict"), [
    ("yleinen-lukeminen paivays", "ei saa käytä", "almost"),
    ("yleinen-lukeminen paivays", "ei saa käyttää", "correct"),
    ("hoiva-kartoitus b1-miksi", "et se voi painaa nappia jos se tarvii apua", "correct"),
])
def test_sets_121_122(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review200: a deed's fault front only on a machine's step and only of a fault ("vika"),
# or an incident's ("törmäysvaurion"); old or the answer's own kind of gear thrown away is
# no gear put away; only a pressing verb is carried to a clause without a verb; a try's
# verb is no deed of the story's, nor the learner's deed where the answer names the
# story's doer
@as_table(("step", "answer", "verdict"), [
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ilmastointivian huomaamisen jälkeen",
     "not correct"),
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle ilmastointivuodon huomaamisen jälkeen",
     "not correct"),
    ("varasto-ohjeet hylly", "ilmoitan esimiehelle törmäysvaurion huomaamisen jälkeen",
     "correct"),
    ("siivous-valineet step-10", "laitan hanskat ja vanhat hanskat roskiin", "correct"),
    ("yleinen-apua step-13", "voitko auttaa, nostetaan yhdessä ja selkä suorana", "correct"),
    ("valmistus-raportti sari.6", "jussi yritti ottaa laatikon pois, minä yritin estää häntä",
     "correct"),
    ("varasto-raportti kari.2",
     "kuorma tuli kahdeksalta mutta yksi lava oli rikki, minä tulin töihin seitsemältä",
     "correct"),
])
def test_review200(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review201 (SAFETY): a command after a comma is no slip of the fuller answer ("ei saa,
# käytä se tänään"); wet or dirty gear stored, not binned, is put away; the back is the
# deed only as "selällä"; a try's infinitive is the story's deed ("minä yritin ottaa
# laatikon pois"), and the doer named does not excuse another deed ("minä liukastuin,
# asiakas näki sen"); "et" stays a no before a verb a no takes ("et se nosta häntä"); the
# one told met is no wait ("kun näen hänet"), nor someone away ("kun huoltomies on lomalla")
@as_table(("step", "answer", "verdict"), [
    ("yleinen-lukeminen paivays", "ei saa, käytä se tänään", "wrong"),
    ("metalli-turvallisuus kasineet-pois", "otan käsineet pois, märät suojalasit kaappiin",
     "wrong"),
    ("metalli-turvallisuus kasineet-pois", "otan hanskat pois, likaiset hanskat laatikkoon",
     "correct"),
    ("yleinen-apua step-13", "voitko auttaa, nostetaan yhdessä ja sitten selällä",
     "not correct"),
    ("valmistus-raportti sari.6", "minä yritin ottaa laatikon pois", "wrong"),
    ("kauppa-raportti kaatuminen.2", "minä liukastuin, asiakas näki sen", "wrong"),
    ("autoala-raportti pasi.2", "tunkki luisti, minä putosin", "wrong"),
    ("hoiva-raportti elias.4", "et se nosta häntä yksin", "not wrong"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle kun näen hänet", "correct"),
    ("yleinen-verbit kone-rikki", "soitan esimiehelle kun huoltomies on lomalla", "correct"),
])
def test_review201(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review202: the back in any form but kept straight; a report waits for someone anywhere
# but away; old gear is let off unless kept for later; a slip's verb may have "sitä",
# "enää" after it
@as_table(("step", "answer", "verdict"), [
    ("yleinen-apua step-13", "voitko auttaa, nostetaan selkä pyöreänä", "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle kun huoltomies on tässä", "not correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle, kun asentaja on hallissa",
     "not correct"),
    ("yleinen-verbit kone-rikki", "soitan esimiehelle kun huoltomies on lomalla", "correct"),
    ("rakennus-turvallisuus kysy-kypara",
     "laitan kypärän, vanhat turvakengät kierrätykseen", "correct"),
    ("yleinen-lukeminen paivays", "ei saa käytä sitä enää", "almost"),
])
def test_review202(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# set 127 (the trainer right): the answer, then only "ennen kuin" and going to or starting
# the work: the deed done first, nothing more done
@as_table(("step", "answer", "verdict"), [
    ("metalli-turvallisuus sormus", "laitan sormuksen taskuun ennen kuin menen koneelle",
     "correct"),
    ("elintarvike-tuotanto kysy-hiusverkko", "laitan hiusverkon ennen kuin menen linjalle",
     "correct"),
    ("metalli-turvallisuus sormus",
     "laitan sormuksen taskuun ennen kuin laitan käden koneeseen", "not correct"),
])
def test_done_before_the_work(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review203: "ennen kuin" and going lifts only the word limit, the checks after it still
# weigh the clause (an unsafe deed, home, a later time); old gear is let off only where it
# leaves use for good; the back is excused only said upright
@as_table(("step", "answer", "verdict"), [
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ennen kuin menen kuorman alle",
     "wrong"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle ennen kuin lähden kotiin",
     "not correct"),
    ("metalli-turvallisuus kasineet-pois", "otan käsineet pois, märät suojalasit kuivumaan",
     "not correct"),
    ("kauppa-turvallisuus nosto", "pyydän apua ja nostetaan suoraan selällä", "not correct"),
    ("kauppa-turvallisuus nosto", "pyydän apua ja nostetaan selkä pystyssä", "correct"),
])
def test_review203(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review204: the back upright in any form beside it ("suoralla selällä", "selkä suora"),
# never "suoraan"; gear out of use in a bin by any part of its compound ("jäteastiaan"),
# not a washroom; "ennen kuin" only to the work's own place or starting it
@as_table(("step", "answer", "verdict"), [
    ("kauppa-turvallisuus nosto", "pyydän apua ja nostetaan suoralla selällä", "correct"),
    ("kauppa-turvallisuus nosto", "pyydän apua ja nostetaan suoraan selällä", "not correct"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän, vanhat turvakengät jäteastiaan",
     "correct"),
    ("metalli-turvallisuus kasineet-pois",
     "otan käsineet pois, märät suojalasit pesuhuoneeseen", "wrong"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle ennen kuin lähden töistä",
     "not correct"),
    ("siivous-turvallisuus kyltti", "laitan varoituskyltin ennen kuin aloitan siivouksen",
     "correct"),
])
def test_review204(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review204's hole: going under a crane is going under a load
@as_table(("step", "answer", "verdict"), [
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja menen nosturin alle",
     "not correct"),
])
def test_under_a_crane(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)
