"""A foreseen wrong mistake's own thing named beside a right answer (issue 12, judge40:
valkky/judge/forbidden.py): that mistake, unless a no governs it; and a no that answers
the question does not turn a later command into its negation."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table


@as_table(("step", "answer"), [
    # each correct on main 57240cfe
    ("yleinen-kyltit tulipalo", "menen ulos ja menen hissiin"),
    ("yleinen-kyltit tulipalo", "hätäuloskäynnille hissillä"),
    ("yleinen-kyltit tulipalo", "menen ulos hissillä, ei"),
    ("autoala-turvallisuus tukipukit", "laitan tukipukit, tunkki riittää"),
    ("autoala-turvallisuus letku", "laitan poistoletkun pakoputkeen, paineilmaletku käy myös"),
    ("yleinen-kyltit tulipalo", "menen hissillä ja hätäuloskäynnille"),  # not one slot
    # the mistake's verb, a noun read as a verb between ("vedellä": vetää too)
    ("autoala-turvallisuus huuhtele", "huuhtelen silmän vedellä jarrunesteellä, se on nopeampi"),
])
def test_a_mistakes_thing_beside_a_right_answer_is_that_mistake(step: str, answer: str) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason) == ("wrong", "mistake")


@as_table(("step", "answer"), [
    ("yleinen-kyltit tulipalo", "en käytä hissiä, menen ulos"),
    ("yleinen-kyltit tulipalo", "menen ulos portaita, en hissillä"),
    ("yleinen-kyltit tulipalo", "menen ulos ilman hissiä"),
    ("yleinen-kyltit tulipalo", "hissi on vaarallinen, menen ulos"),
    ("yleinen-kyltit tulipalo", "ei hissillä, menen ulos"),
    ("autoala-turvallisuus huuhtele", "huuhtelen silmät vedellä, en jarrunesteellä"),
    ("varasto-valineet kysy-pumppu", "käytän pumppukärryä enkä rullakkoa"),
    ("ravintola-keittio kattila", "kattilassa, ei pannulla"),
    ("autoala-turvallisuus letku", "laitan poistoletkun pakoputkeen, en paineilmaletkua"),
    ("varasto-raportti kari.2", "tuli, ei kaikki kunnossa"),  # a state, no thing
    # each correct on main 57240cfe, wrong on this branch before the review's mend:
    # the thing with another verb than the mistake's (or beside a right answer's thing)
    ("yleinen-tyoturvallisuuskortti step-18", "soitan hätänumeroon ja kerron esimiehelle"),
    ("yleinen-sairastuminen step-9", "soitan esimiehelle ja menen lääkäriin"),
    ("autoala-turvallisuus tukipukit", "laitan tunkin ja tukipukit"),
    ("yleinen-kyltit tulipalo", "menen ulos, jätän takin pukuhuoneeseen"),
    # a refusal after the thing
    ("yleinen-kyltit tulipalo", "menen ulos portaita, hissiin ei koskaan"),
    ("ravintola-keittio uuni", "uunissa, liedellä ei koskaan"),
    ("yleinen-kyltit tulipalo", "menen ulos hätäuloskäynnistä, hissillä ei"),
    ("yleinen-kyltit tulipalo", "menen ulos, hissiin ei"),
    ("yleinen-kyltit tulipalo", "menen ulos mutta hissiin ei"),
    # the thing named as a reason or a report
    ("yleinen-kyltit tulipalo", "menen ulos, koska hissi on rikki"),
    ("rakennus-tyokalut kysy-mittanauha", "mittanauhalla, koska vesivaaka on rikki"),
    ("autoala-turvallisuus huuhtele", "huuhtelen silmät vedellä, jarruneste on syövyttävää"),
    ("yleinen-kyltit tulipalo", "hissi on rikki, menen ulos"),
    ("yleinen-kyltit tulipalo", "hissi on pois käytöstä, menen ulos"),
])
def test_a_mistakes_thing_refused_stays_right(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"


@as_table(("answer", "verdict"), [
    ("ei, nosta hänet", "wrong"),  # correct on main 57240cfe
    ("ei. nosta hänet ylös", "wrong"),  # correct on main
    ("ei, nosta hänet yksin", "wrong"),
    ("ei, hälytä hoitaja", "correct"),  # wrong (negation) on main
    ("ei, älä nosta yksin", "correct"),
    # correct on this branch before the review's mend: "no" before the no, a dash, dots
    ("no ei, nosta hänet", "wrong"),
    ("ei - nosta hänet", "wrong"),
    ("ei… nosta hänet", "wrong"),
    ("no ei, hälytä hoitaja", "correct"),
])
def test_a_no_that_answers_the_question_leaves_the_command_as_said(answer: str,
                                                                    verdict: str) -> None:
    assert judged_on("hoiva-raportti elias.4", answer).verdict == verdict


@as_table(("step", "answer"), [
    # each wrong (negation) on main 57240cfe, almost on this branch before the review's mend
    ("autoala-asiakas tiski.6", "ei, odota"),
    ("ravintola-asiakas maksu.4", "ei, maksakaa kortilla"),
    ("yleinen-kyltit tulipalo", "ei, mene ulos"),
])
def test_a_no_then_a_right_answers_command_is_a_no(step: str, answer: str) -> None:
    """The question expects yes and the command after the no is a right answer's: the
    learner contradicts themselves, and the no stands (main's verdict)."""
    assert (judged_on(step, answer).verdict, judged_on(step, answer).reason) == \
        ("wrong", "negation")


@as_table(("step", "answer"), [
    # each correct on main 57240cfe: by_word took the one-word answer inside with a word more
    ("siivous-asiakas hotelli.4", "minä siivoan huomenna"),
    ("valmistus-kartoitus a2-ensin", "minä irrotan ruuvit"),
    ("valmistus-kartoitus a2-ensin", "minä avaan ruuvit kiitos"),
    ("autoala-asiakas milloin-valmis", "minä huomenna yhdeltätoista"),
])
def test_a_mistake_said_whole_with_a_subject_pronoun_is_that_mistake(step: str,
                                                                      answer: str) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason) == ("wrong", "mistake")


def test_the_one_word_answer_with_a_subject_pronoun_stays_right() -> None:
    assert judged_on("siivous-asiakas hotelli.4", "minä siivoan").verdict == "correct"


@as_table(("step", "answer"), [
    # a shrug after the mistake is no refusal of its thing: only a "never" is (each
    # correct on the merged tree before the lead's mend, wrong on main)
    ("yleinen-kyltit tulipalo", "menen ulos hissillä ei väliä"),
    ("yleinen-kyltit tulipalo", "menen ulos hissin kautta ei huolta"),
    ("autoala-turvallisuus huuhtele", "huuhtelen silmän jarrunesteellä ei väliä"),
    ("autoala-tyomaarays momentti", "satakymmenen kiloa ei hätää"),
    # a no before a foreseen mistake said whole is a no of it ("päästä" read as a verb)
    ("autoala-asiakas milloin-valmis", "ei puolen tunnin päästä"),
    ("autoala-asiakas milloin-valmis", "ei, puolen tunnin päästä"),
    # "never" refuses only said alone; a no written apart is no refusal of the thing after
    ("autoala-turvallisuus huuhtele", "huuhtelen silmän jarrunesteellä ei koskaan ongelmia"),
    ("yleinen-kyltit tulipalo", "menen ulos hissillä ei koskaan ongelmaa"),
    ("autoala-turvallisuus huuhtele", "ei, jarrunesteellä huuhtelen silmän"),
])
def test_a_mistake_shrugged_off_is_no_right_answer(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict != "correct"


@as_table(("step", "answer", "verdict"), [
    # stop 36: a mistake's own thing with a verb of using or going by it, whatever verb the
    # mistake says, is the mistake (correct on main: "otan" is no verb of a mistake)
    ("yleinen-kyltit tulipalo", "menen ulos ja otan hissin", "wrong"),
    ("yleinen-kyltit tulipalo", "menen hätäuloskäynnille ja otan hissin", "wrong"),
    # and a no on such a verb turns the mistake down (wrong, negation, on main)
    ("yleinen-kyltit tulipalo", "menen ulos enkä ota hissiä", "correct"),
    ("yleinen-kyltit tulipalo", "menen ulos, en ota hissiä", "correct"),
    # kept: a thing put away, a reason, a no after it
    ("yleinen-kyltit tulipalo", "menen ulos koska hissi on rikki", "correct"),
    ("yleinen-kyltit tulipalo", "menen ulos hissillä, ei", "wrong"),
    ("yleinen-kyltit tulipalo", "menen ulos ja kuljen hissillä", "wrong"),
    # the combined review: only where the mistake itself uses or goes by its thing, the
    # learner's verb, its object (each wrong before the mend)
    ("siivous-turvallisuus silmat", "laitan suojalasit ja otan suojakäsineet", "correct"),
    ("yleinen-kyltit sininen", "laitan kuulonsuojaimet päähän ja pidän kypärän päässä",
     "correct"),
    ("hoiva-ohjeet liina", "kerron hoitajalle ja pidän asukkaan sängyssä", "correct"),
    ("yleinen-tyoturvallisuuskortti step-18", "soitan hätänumeroon ja otan yhteyttä esimieheen",
     "correct"),
    ("hoiva-asukas kipu", "kerron hoitajalle, ja hän pitää yhteyttä lääkäriin", "correct"),
    ("rakennus-ohjeet ensin", "haen kipsilevyt kontista ja otan ruuvit varastosta", "correct"),
    ("varasto-ohjeet hylly", "ilmoitan esimiehelle ja otan lavan alas", "correct"),
    # the final check: the no is of the thing next to its verb, not of one after "vaan"
    ("yleinen-kyltit tulipalo", "menen ulos enkä käytä portaita vaan hissiä", "wrong"),
])
def test_a_thing_taken_is_a_thing_used(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
