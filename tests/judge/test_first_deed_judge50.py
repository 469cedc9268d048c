"""What comes first (issue 12, judge50; valkky/judge/first_deed.py): on a step that asks
for the first deed, another deed said before the right one puts it second: wrong. The right
deed first, or said with "ensin" even when later, keeps its verdict. Probed on the bundled
lessons' real steps before the change; each row notes the verdict it had before where it
moved."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge.first_deed import answer_parts
from valkky.judge.normalise import normalise
from valkky.testing.table import as_table


# another deed first: wrong, the order ("Ei aivan. Järjestys on väärä.")
@as_table(("step", "answer", "verdict"), [
    ("autoala-kartoitus a2-ensin",
     "irrotan renkaat ja sitten laitan tukipukit", "wrong"),  # was correct
    ("autoala-kartoitus a2-ensin",
     "irrotan renkaat ja laitan tukipukit", "wrong"),  # was correct
    ("autoala-kartoitus a2-ensin",
     "irrotan renkaat, sitten laitan tukipukit", "wrong"),  # was correct
    ("autoala-kartoitus a2-ensin",
     "ensin irrotan renkaat, sitten laitan tukipukit", "wrong"),  # was almost
    ("autoala-kartoitus a2-ensin", "renkaat ja sitten tukipukit", "wrong"),
    ("autoala-kartoitus a2-ensin",
     "renkaiden irrottamisen jälkeen laitan tukipukit", "wrong"),  # was correct
    ("autoala-kartoitus a2-ensin", "kun irrotan renkaat, sitten laitan tukipukit", "wrong"),
    ("metalli-kartoitus a2-ensin",
     "poraan reiän ja sitten mittaan kappaleen", "wrong"),  # was correct
    ("metalli-kartoitus a2-ensin",
     "poraan reiän ja mittaan kappaleen", "wrong"),  # was correct
    ("metalli-kartoitus a2-ensin", "poraan reiän sitten mittaan", "wrong"),
    ("ravintola-kartoitus a2-ensin",
     "leikkaan sipulit ja pesen leikkuulaudan", "wrong"),  # was correct
    ("ravintola-kartoitus a2-ensin",
     "leikkaan sipulit ja sitten pesen leikkuulaudan", "wrong"),  # was correct
    ("ravintola-kartoitus a2-ensin",
     "sipulien leikkaamisen jälkeen pesen leikkuulaudan", "wrong"),  # was correct
    ("elintarvike-kartoitus a2-ensin",
     "laitan suojatakin ja sitten pesen kädet", "wrong"),  # was correct
    ("elintarvike-kartoitus a2-ensin",
     "laitan suojatakin ja pesen kädet", "wrong"),  # was correct
    ("elintarvike-kartoitus a2-ensin",
     "suojatakki ja sitten pesen kädet", "wrong"),  # was correct
    ("elintarvike-kartoitus a2-ensin",
     "laitan suojatakin päälle ja pesen kädet", "wrong"),  # was correct
    ("varasto-kartoitus a2-ensin",
     "vien lavan lastauslaiturille ja haen pumppukärryn", "wrong"),  # was correct
    ("kauppa-kartoitus a2-ensin", "laitan tuotteet hyllyyn, sitten avaan laatikon", "wrong"),
    ("rakennus-kartoitus a2-ensin", "vasara ja sitten tikkaat", "wrong"),
    ("hoiva-kartoitus a2-ensin",
     "annan lääkkeen ja autan asukkaan istumaan", "wrong"),  # was correct
    ("hoiva-kartoitus a2-ensin",
     "annan lääkkeen ja sitten autan asukkaan istumaan", "wrong"),  # was correct
    ("valmistus-kartoitus a2-ensin",
     "laitan tarran ja kiinnitän ruuvit", "wrong"),  # was correct
    ("valmistus-kartoitus a2-ensin", "tarra ensin, sitten ruuvit", "wrong"),
    ("siivous-kartoitus a2-ensin",
     "laimennan pesuaineen ja laitan käsineet käteen", "wrong"),  # was correct
    ("siivous-kartoitus a2-ensin",
     "laimennan pesuaineen ja sitten laitan käsineet", "wrong"),  # was correct
    ("metalli-kartoitus b1-puhekieli", "kosken sorviin ja sammutan sen", "wrong"),
    ("metalli-kartoitus b1-puhekieli", "korjaan sorvin ja sitten sammutan sen", "wrong"),
    ("siivous-kartoitus b1-puhekieli",
     "pyyhin pöydät ja menen kokoushuoneeseen", "wrong"),  # was correct
    ("autoala-kartoitus a2-ensin", "irrotan renkaat ennen kuin laitan tukipukit", "wrong"),
    ("autoala-kartoitus a2-ensin", "irrotan renkaat ja sen jälkeen laitan tukipukit", "wrong"),
    ("autoala-kartoitus a2-ensin",
     "irrotan renkaat, laitan tukipukit", "wrong"),  # was correct
    ("autoala-kartoitus a2-ensin",
     "renkaat irrotan ja laitan tukipukit", "wrong"),  # was correct
    ("autoala-kartoitus a2-ensin",
     "irrotan renkaat. laitan tukipukit", "wrong"),  # was correct
    ("elintarvike-kartoitus a2-ensin",
     "puen suojatakin ja pesen kädet", "wrong"),  # was correct
    ("hoiva-kartoitus a2-ensin",
     "annan lääkkeen, sitten autan asukasta istumaan", "wrong"),  # was correct
    ("varasto-kartoitus a2-ensin", "vien lavan ja otan pumppukärryn", "wrong"),  # was correct
])
def test_another_deed_said_first_is_the_wrong_order(step: str, answer: str, verdict: str) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason) == (verdict, "word_order")


# the right deed first, "ensin" said of it, a state or a no before it, a foreseen mistake,
# an accepted order said whole: as before
@as_table(("step", "answer", "verdict"), [
    ("autoala-kartoitus a2-ensin", "laitan tukipukit ja sitten irrotan renkaat", "correct"),
    ("autoala-kartoitus a2-ensin", "laitan tukipukit, sitten irrotan renkaat", "correct"),
    ("autoala-kartoitus a2-ensin", "ensin laitan tukipukit", "correct"),
    ("autoala-kartoitus a2-ensin", "irrotan renkaat mutta ensin laitan tukipukit", "correct"),
    ("autoala-kartoitus a2-ensin", "irrotan renkaat, mutta ensin laitan tukipukit", "correct"),
    ("autoala-kartoitus a2-ensin", "irrotan renkaat", "wrong"),
    ("metalli-kartoitus a2-ensin", "mittaan kappaleen ja sitten poraan reiän", "correct"),
    ("metalli-kartoitus a2-ensin", "poraan reiän, mutta ensin mittaan kappaleen", "correct"),
    ("ravintola-kartoitus a2-ensin", "pesen leikkuulaudan ja leikkaan sipulit", "correct"),
    ("ravintola-kartoitus a2-ensin", "pesen leikkuulaudan ja sitten leikkaan sipulit", "correct"),
    ("elintarvike-kartoitus a2-ensin", "pesen kädet ja sitten laitan suojatakin", "correct"),
    ("elintarvike-kartoitus a2-ensin", "ensin pesen kädet", "correct"),
    ("elintarvike-kartoitus a2-ensin", "laitan suojatakin, mutta ensin pesen kädet", "correct"),
    ("varasto-kartoitus a2-ensin", "haen pumppukärryn ja vien lavan lastauslaiturille", "correct"),
    # (judge52, later_deed: the question's later deed said first is wrong)
    ("kauppa-kartoitus a2-ensin", "laitan tuotteet hyllyyn ja avaan laatikon", "wrong"),
    ("kauppa-kartoitus a2-ensin", "avaan laatikon ja laitan tuotteet hyllyyn", "correct"),
    ("rakennus-kartoitus a2-ensin", "tuon tikkaat ja haen vasaran", "correct"),
    ("hoiva-kartoitus a2-ensin", "autan asukkaan istumaan ja annan lääkkeen", "correct"),
    ("valmistus-kartoitus a2-ensin", "kiinnitän ruuvit ja laitan tarran", "correct"),
    ("siivous-kartoitus a2-ensin", "laitan käsineet käteen ja laimennan pesuaineen", "correct"),
    ("siivous-ohjeet ensin", "pyyhin pöydät ja haen siivouskärryn", "wrong"),
    ("siivous-ohjeet ensin", "haen siivouskärryn ja pyyhin pöydät", "wrong"),
    ("elintarvike-ohjeet ensin", "pesen kädet ja laitan hiusverkon ja suojatakin", "wrong"),
    ("elintarvike-ohjeet pitka-ohje", "vien laatikot kylmiöön ja pakkaan juustot", "wrong"),
    ("autoala-kartoitus a2-ensin", "okei, laitan tukipukit", "correct"),
    ("autoala-kartoitus a2-ensin", "minä laitan tukipukit ja sitten irrotan renkaat", "correct"),
    ("autoala-kartoitus a2-ensin", "auto on tunkin varassa, laitan tukipukit", "correct"),
    ("autoala-kartoitus a2-ensin", "selvä, laitan ensin tukipukit", "correct"),
    ("autoala-kartoitus a2-ensin", "joo ja laitan tukipukit", "correct"),
    ("autoala-kartoitus a2-ensin", "ensin laitan tukipukit ja sitten irrotan renkaat", "correct"),
    # (judge52, later_deed: the later deed after "ennen kuin" comes after: right)
    ("autoala-kartoitus a2-ensin", "ennen kuin irrotan renkaat, laitan tukipukit", "correct"),
    ("autoala-kartoitus a2-ensin", "laitan tukipukit ennen kuin irrotan renkaat", "correct"),
    ("autoala-kartoitus a2-ensin", "en irrota renkaita vaan laitan tukipukit", "wrong"),
    ("autoala-kartoitus a2-ensin", "laitan tukipukit ja sen jälkeen irrotan renkaat", "correct"),
    ("autoala-kartoitus a2-ensin", "laitan ensin tukipukit, sitten renkaat", "correct"),
    ("autoala-kartoitus a2-ensin", "mä laitan tukipukit", "correct"),
    ("autoala-kartoitus a2-ensin", "laitan tukipukit ja irrotan renkaat", "correct"),
    ("elintarvike-kartoitus a2-ensin", "pesen kädet, laitan suojatakin", "correct"),
    ("elintarvike-kartoitus a2-ensin", "ensin pesen kädet sitten suojatakki", "correct"),
    ("elintarvike-kartoitus a2-ensin", "pesen kädet ja laitan suojatakin", "correct"),
    ("hoiva-kartoitus a2-ensin", "autan hänet istumaan ja sitten annan lääkkeen", "correct"),
    ("siivous-ohjeet pitka-ohje", "menen kakkoskerrokseen ja imuroin käytävän", "correct"),
    ("siivous-ohjeet pitka-ohje", "imuroin käytävän ja pyyhin pöydät", "wrong"),
    ("siivous-ohjeet pitka-ohje", "pyyhin pöydät ja imuroin käytävän", "wrong"),
    ("siivous-ohjeet pitka-ohje",
     "menen toiseen kerrokseen ja imuroin käytävän ja sitten pyyhin pöydät", "correct"),
    ("kauppa-kartoitus a2-ensin",
     "avaan ensin laatikon, sitten laitan tuotteet hyllyyn", "correct"),
    ("kauppa-kartoitus a2-ensin", "avaan laatikon ja sitten laitan tuotteet hyllyyn", "correct"),
    ("yleinen-puhekieli mihin-ensin", "menen toimistoon hakemaan avaimen", "correct"),
    ("yleinen-puhekieli mihin-ensin", "menen kaapille ja sitten toimistoon", "wrong"),
    ("yleinen-puhekieli mihin-ensin", "haen avaimen toimistosta ja menen kaapille", "almost"),
    ("siivous-ohjeet ensin", "pyyhin pöydät ja haen siivouskärryn", "wrong"),
    ("siivous-kartoitus b1-puhekieli",
     "siivoan kokoushuoneen ja sitten imuroin käytävän", "correct"),
    ("metalli-kartoitus b1-puhekieli", "sammutan sorvin ja sitten korjaan sen", "correct"),
    ("metalli-kartoitus b1-puhekieli", "en saa koskea sorviin ennen kuin sammutan sen", "correct"),
    ("metalli-kartoitus b1-puhekieli", "sammuttaa sorvi ennen kuin kosken siihen", "correct"),
    ("metalli-kartoitus b1-puhekieli", "kosken siihen vasta kun sammutan sen", "wrong"),
    ("rakennus-kartoitus a2-ensin", "tikkaat ja sitten vasara", "correct"),  # (judge52)
    ("rakennus-kartoitus a2-ensin", "ensin tikkaat, sitten vasaran", "correct"),
    ("rakennus-kartoitus a2-ensin", "vasara, mutta ensin tikkaat", "correct"),
    ("varasto-kartoitus a2-ensin", "otan pumppukärryn ja vien lavan", "correct"),
    # the way to the right deed is no other deed (first_deed.ON_THE_WAY): going, fetching,
    # taking a tool, listening, lifting; but "hae sitten vasara" is the question's later
    # deed itself, said first (judge52, later_deed): wrong
    ("rakennus-kartoitus a2-ensin", "haen vasaran ja tuon tikkaat", "wrong"),
    ("varasto-kartoitus a2-ensin",
     "menen varastoon ja haen pumppukärryn", "correct"),
    ("varasto-kartoitus a2-ensin",
     "menen hakemaan pumppukärryn", "correct"),
    ("varasto-kartoitus a2-ensin",
     "käyn hakemassa pumppukärryn", "almost"),
    ("siivous-kartoitus a2-ensin",
     "otan käsineet ja laitan ne käteen", "wrong"),
    ("siivous-kartoitus a2-ensin",
     "otan käsineet kaapista ja laitan ne käteen", "wrong"),
    ("elintarvike-kartoitus a2-ensin",
     "menen lavuaarille ja pesen kädet", "correct"),
    ("elintarvike-kartoitus a2-ensin",
     "kuuntelen ohjeen ja pesen kädet", "correct"),
    ("autoala-kartoitus a2-ensin",
     "haen tukipukit ja laitan ne auton alle", "wrong"),
    ("autoala-kartoitus a2-ensin",
     "otan tukipukit ja laitan ne paikalleen", "wrong"),
    ("autoala-kartoitus a2-ensin",
     "nostan auton ja laitan tukipukit", "correct"),
    ("metalli-kartoitus a2-ensin",
     "otan mittanauhan ja mittaan kappaleen", "correct"),
    ("ravintola-kartoitus a2-ensin",
     "otan leikkuulaudan ja pesen sen", "wrong"),
    ("hoiva-kartoitus a2-ensin",
     "menen asukkaan luo ja autan hänet istumaan", "correct"),
    ("kauppa-kartoitus a2-ensin",
     "otan veitsen ja avaan laatikon", "correct"),
    ("rakennus-kartoitus a2-ensin",
     "menen varastoon ja tuon tikkaat", "correct"),
])
def test_the_right_deed_first_keeps_its_verdict(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("words", "parts"), [
    ("irrotan renkaat ja sitten laitan tukipukit", [("irrotan renkaat", 0.0),
                                                    ("laitan tukipukit", 1.0)]),
    ("irrotan renkaat mutta ensin laitan tukipukit", [("irrotan renkaat", 0.0),
                                                      ("ensin laitan tukipukit", -999.0)]),
    ("renkaiden irrottamisen jälkeen laitan tukipukit", [("renkaiden irrottamisen", -100.0),
                                                         ("laitan tukipukit", 1.0)]),
    ("laitan tukipukit ennen kuin irrotan renkaat", [("laitan tukipukit", 0.0),
                                                     ("irrotan renkaat", 1001.0)]),
    ("kosken siihen vasta kun sammutan sen", [("kosken siihen vasta", 1000.0),
                                              ("sammutan sen", 1.0)]),
])
def test_parts_and_their_place_in_time(words: str, parts: list[tuple[str, float]]) -> None:
    assert [(" ".join(p.words), p.when) for p in answer_parts(words.split())] == parts


def test_commas_cut_parts_where_the_words_agree() -> None:
    said = "irrotan renkaat laitan tukipukit"
    assert len(answer_parts(said.split(), "irrotan renkaat, laitan tukipukit")) == 2
    assert len(answer_parts(said.split())) == 1


# a foreseen mistake said first: that mistake, its own reply (a wrong one)
@as_table(("step", "answer", "matched"), [
    ("siivous-ohjeet ensin", "pyyhin pöydät ja haen siivouskärryn", "pyyhin pöydät"),
    ("siivous-ohjeet pitka-ohje", "pyyhin pöydät ja imuroin käytävän", None),
])
def test_a_foreseen_mistake_first_is_that_mistake(step: str, answer: str,
                                                  matched: str | None) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason) == ("wrong", "mistake")
    assert matched is None or j.matched == matched


@as_table(("step", "answer", "verdict"), [
    # "jälkeen" after a verb of a person: that deed comes after the phrase, as said
    ("autoala-kartoitus a2-ensin", "laitan tukipukit ja jatkan korjauksen jälkeen", "correct"),
    ("autoala-kartoitus a2-ensin", "irrotan renkaat tukipukkien jälkeen", "wrong"),
])
def test_jalkeen_after_a_verb(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# the two steps that ask what comes first but had no accepted answer with "ensin" (the
# judge does not see the question): given one, the order is read there too
@as_table(("step", "answer", "verdict"), [
    ("autoala-turvallisuus tukipukit", "laitan tunkin ja sitten tukipukit", "wrong"),  # almost
    ("autoala-turvallisuus tukipukit", "tunkki ja tukipukit", "wrong"),
    ("autoala-turvallisuus tukipukit", "laitan ensin tukipukit", "correct"),
    # one verb and two things joined by "ja" is a list, no order (test_forbidden_judge40:
    # "laitan tunkin ja tukipukit" right): as before
    ("yleinen-sairastuminen step-9", "soitan lääkärille ja esimiehelle", "correct"),
    ("autoala-turvallisuus tukipukit", "laitan tunkin ja tukipukit", "correct"),
    ("yleinen-sairastuminen step-9", "soitan lääkärille ja sitten esimiehelle", "wrong"),
    ("yleinen-sairastuminen step-9", "soitan esimiehelle ja sitten lääkärille", "correct"),
    ("yleinen-sairastuminen step-9", "soitan ensin esimiehelle", "correct"),
])
def test_steps_that_ask_what_first(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# a "kun" part said before the main clause says when, not another deed (review of
# judge50: these 7 were correct on main and made wrong); a foreseen mistake's word in it, or
# "sitten" after it, keeps it a deed before
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-kartoitus a2-ensin", "kun tulen töihin, pesen kädet", "correct"),
    ("elintarvike-kartoitus a2-ensin", "heti kun tulen, pesen kädet", "correct"),
    ("elintarvike-kartoitus a2-ensin", "kun tulen sisään, pesen kädet", "correct"),
    ("siivous-kartoitus a2-ensin", "kun aloitan, laitan käsineet", "correct"),
    ("hoiva-kartoitus a2-ensin", "kun asukas herää, autan hänet istumaan", "correct"),
    ("metalli-kartoitus a2-ensin", "kun saan piirustuksen, mittaan kappaleen", "correct"),
    ("yleinen-sairastuminen step-9", "kun herään, soitan esimiehelle", "correct"),
    ("elintarvike-kartoitus a2-ensin", "pesen kädet kun tulen töihin", "correct"),
    ("autoala-turvallisuus tukipukit", "kun laitan tunkin, laitan tukipukit", "wrong"),
    ("autoala-kartoitus a2-ensin", "kun irrotan renkaat, sitten laitan tukipukit", "wrong"),
    ("elintarvike-kartoitus a2-ensin", "laitan suojatakin ja pesen kädet", "wrong"),
])
def test_a_kun_part_first_is_a_time_frame(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# spoken "mut" joins two deeds as "mutta" does (review of judge50); right after a verb it
# is "minut" ("vie mut ensin kotiin")
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-kartoitus a2-ensin", "laitan suojatakin mut ensin pesen kädet",
     "correct"),  # was almost
    ("autoala-kartoitus a2-ensin", "irrotan renkaat mut ensin laitan tukipukit", "correct"),
    ("autoala-kartoitus a2-ensin", "tukipukit mut ensin renkaat", "wrong"),  # was almost
    ("autoala-kartoitus a2-ensin", "laitan tukipukit mut ensin irrotan renkaat", "wrong"),
])
def test_spoken_mut_joins_deeds(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


def test_mut_after_a_verb_stays_minut() -> None:
    assert normalise("vie mut ensin kotiin") == "vie mut ensin kotiin"
    assert normalise("laitan suojatakin mut ensin pesen kädet").split()[2] == "mutta"


# the foreseen mistake "menen auton alle" (lesson data, judge50fix): said first, its reply;
# said after the stands, the way on (rules._told_after)
@as_table(("step", "answer", "verdict", "reason"), [
    ("autoala-turvallisuus tukipukit", "menen auton alle ja laitan tukipukit", "wrong",
     "mistake"),  # was correct
    ("autoala-turvallisuus tukipukit", "mä meen auton alle ja laitan tukipukit", "wrong",
     "mistake"),
    ("autoala-turvallisuus tukipukit", "menen auton alle", "wrong", "mistake"),
    ("autoala-turvallisuus tukipukit", "kun menen auton alle, laitan tukipukit", "wrong",
     "mistake"),  # was almost
    ("autoala-turvallisuus tukipukit", "laitan tukipukit ja menen auton alle", "correct", None),
    ("autoala-turvallisuus tukipukit", "laitan tukipukit auton alle", "correct", None),
])
def test_going_under_the_car_first(step: str, answer: str, verdict: str,
                                   reason: str | None) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason) == (verdict, reason)
