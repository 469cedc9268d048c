"""What of a foreseen mistake must be said beside a right answer to be that mistake
(rules.mistake_beside; every change there is swept by bench/sweep_mistakes.py): a pronoun
stands for a thing, not a deed; the acknowledgement a mistake opens with, a half of it that
is an accepted answer's own, and the answer a mistake says more than are the right
answer's words, not the mistake's."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge import judge
from valkky.testing.table import as_table

FAULT = dict(accept=["pysäytän koneen ja ilmoitan työnjohtajalle", "kerron työnjohtajalle",
                     "en korjaa sitä itse, ilmoitan työnjohtajalle"],
             wrong_answers={"korjaan sen itse": "wrong", "pysäytän koneen": "wrong"})
HALF = dict(accept=["pysäytän koneen ja ilmoitan työnjohtajalle", "ilmoitan työnjohtajalle"],
            wrong_answers={"pysäytän koneen ja korjaan sen": "wrong"})
FIRE = dict(accept=["menen ulos", "menen hätäuloskäynnistä ulos"],
            wrong_answers={"menen ulos hissillä": "wrong"})
SHELF = dict(accept=["ilmoitan esimiehelle", "kerron esimiehelle"],
             wrong_answers={"korjaan sen itse": "wrong", "suoristan sen": "wrong"})
BINS = dict(accept=["selvä", "selvä kiitos", "selvä, vien roskat roskalavalle"],
            wrong_answers={"selvä, vien roskat konttiin": "almost"})
ANSWERS = [
    # a right answer and its first half in other words: "pysäytän sen" is no "korjaan sen
    # itse", whose verb an accepted answer says under a no (it was that mistake)
    (FAULT, "pysäytän sen ja kerron työnjohtajalle", ("correct", None)),
    (FAULT, "kerron työnjohtajalle ja pysäytän sen", ("correct", None)),
    # the mistake's wrong half said beside an answer, without its right half
    (HALF, "ilmoitan työnjohtajalle ja korjaan sen", ("wrong", "mistake")),
    (HALF, "pysäytän koneen ja ilmoitan työnjohtajalle ja korjaan sen", ("wrong", "mistake")),
    # the mistake past its "selvä", said by "we" (it was correct)
    (BINS, "selvä kiitos ja selvä viemme roskat konttiin", ("almost", "mistake")),
    # the mistake is the answer and more: that more said beside the answer (it was correct)
    (FIRE, "menen ulos hissillä heti", ("wrong", "mistake")),
    (FIRE, "menen ulos hissillä nopeasti", ("wrong", "mistake")),
    # the mistake's pronoun left out, as Finnish leaves an object out (was correct or almost)
    (SHELF, "ilmoitan esimiehelle ja korjaan itse", ("wrong", "mistake")),
    (SHELF, "ilmoitan esimiehelle ja suoristan", ("wrong", "mistake")),
    (SHELF, "suoristan ja kerron esimiehelle", ("wrong", "mistake")),
    # the mistake said whole beside another right answer: the accepted answer it is more
    # than is the step's, not the one said (was correct)
    (FIRE, "menen hätäuloskäynnistä ulos ja menen ulos hissillä", ("wrong", "mistake")),
    # must not change: the mistakes alone, their deeds beside an answer, the right place
    (FAULT, "pysäytän koneen", ("wrong", "mistake")),
    (FAULT, "kerron työnjohtajalle ja korjaan sen itse", ("wrong", "negation")),
    (HALF, "ilmoitan työnjohtajalle ja pysäytän koneen", ("correct", None)),
    (BINS, "selvä kiitos ja vien ne konttiin", ("almost", "mistake")),
    (BINS, "selvä kiitos ja vien ne roskalavalle", ("correct", None)),
    (FIRE, "menen ulos heti", ("correct", None)),
]


# A foreseen mistake said word for word in another order, with adverbs or frame words more
# (foreseen._mistake_in_another_order); each was correct.
LATER = dict(accept=["siivoan heti", "siivoan nyt", "tulen heti"],
             wrong_answers={"siivoan huomenna": "wrong"})
SHELF_NUMBERS = dict(accept=["hyllyväli seitsemän hyllypaikka kolme"],
                     wrong_answers={"hyllyväli kolme hyllypaikka seitsemän": "wrong"})
PAIR = dict(accept=["kaksi pilkku kolme", "kaksi pilkku kolme baria"],
            wrong_answers={"kaksi kolme": "almost"})
MILK = dict(accept=["tässä on kahvia maidon kanssa"],
            wrong_answers={"tässä on kahvia ilman maitoa": "wrong"})
SORRY = dict(accept=["anteeksi, en voi nyt", "en voi nyt"],
             wrong_answers={"en voi": "almost"})
ORDER = [
    (LATER, "huomenna siivoan", ("wrong", "mistake")),
    (LATER, "no huomenna siivoan", ("wrong", "mistake")),
    (FIRE, "menen heti hissillä ulos", ("wrong", "mistake")),
    (FIRE, "hissillä menen ulos", ("wrong", "mistake")),
    # must not change: a right answer in another order, the mistake's words in an
    # answer's order, a no more, a word an accepted answer says more
    (LATER, "heti siivoan", ("correct", None)),
    (SHELF_NUMBERS, "hyllypaikka kolme hyllyväli seitsemän", ("correct", None)),
    (LATER, "en siivoa huomenna", ("wrong", "negation")),
    (SORRY, "anteeksi en voi", ("almost", "mistake")),
    # numbers, and the word after "ilman", "yli", a no, keep their order: another answer
    (PAIR, "kolme kaksi", ("wrong", None)),
    (MILK, "tässä on maitoa ilman kahvia", ("wrong", None)),
    (SORRY, "voi en", ("wrong", None)),
    # a word an accepted answer says is no adverb more; nor a right answer's words
    (SORRY, "nyt en voi heti", ("wrong", None)),
    (SHELF_NUMBERS, "heti hyllypaikka kolme hyllyväli seitsemän", ("wrong", None)),
]


# A foreseen mistake turned down before the right answer, its verb in the answer's form
# (rules._no_to_a_mistake, now before in_another_form): each was wrong (negation).
TROLLEY = dict(accept=["käytän pumppukärryä", "pumppukärryä"],
               wrong_answers={"käytän rullakkoa": "wrong"})
LIFT = dict(accept=["menen ulos", "menen hätäuloskäynnistä ulos"],
            wrong_answers={"menen hissillä": "wrong"})
NO = [
    (TROLLEY, "en käytä rullakkoa, käytän pumppukärryä", ("correct", None)),
    (LIFT, "menen ulos enkä mene hissillä", ("correct", None)),
    # must not change: a half of the right answer turned down says no to it
    (FAULT, "pysäytän koneen ja ilmoitan työnjohtajalle enkä pysäytä koneen",
     ("wrong", "negation")),
    (TROLLEY, "en käytä pumppukärryä", ("wrong", "negation")),
]


# A no of another thing, then "vaan" and a right answer (rules.not_but); each was wrong
# (negation).
TIME = dict(accept=["tulen kymmeneltä", "kymmeneltä"], wrong_answers={"yhdeksältä": "wrong"})
HELP = dict(accept=["pyydän apua", "nostan jaloilla"], wrong_answers={"nostan yksin": "wrong"})
BROKEN = dict(accept=["kone ei toimi", "se ei käynnisty"])
NOT_BUT = [
    (TIME, "en tule yhdeksältä vaan kymmeneltä", ("correct", None)),
    (TIME, "ei yhdeksältä vaan kymmeneltä", ("correct", None)),
    (TROLLEY, "en käytä rullakkoa vaan pumppukärryä", ("correct", None)),
    # must not change: the right answer turned down, a no of what an accepted answer says,
    # "ei vaan" (just), a mistake after "vaan"
    (TIME, "en tule kymmeneltä vaan yhdeksältä", ("wrong", "negation")),
    (TROLLEY, "en käytä pumppukärryä vaan rullakkoa", ("wrong", "negation")),
    (HELP, "en pyydä apua vaan nostan jaloilla", ("wrong", "negation")),
    (HELP, "en nosta jaloilla vaan nostan yksin", ("wrong", "negation")),
    (BROKEN, "kone ei vaan käynnisty", ("wrong", None)),
]


# What the second review of these rules found made right that is not (each was correct
# before its mend): a half of a right answer turned down, said with its other half; a no of
# another deed before "vaan" ("vaan" as "just" after a pronoun too); the words beside an answer
# on both sides of it.
HALF2 = dict(accept=["pysäytän koneen ja ilmoitan työnjohtajalle", "ilmoitan työnjohtajalle"],
             wrong_answers={"pysäytän koneen": "wrong"})
REPORT = dict(accept=["ilmoitan esimiehelle", "kerron esimiehelle"])
LADDER = dict(accept=["tuon tikkaat", "ensin tikkaat"])
EXIT = dict(accept=["menen ulos", "hätäuloskäynnille", "menen hätäuloskäynnille"],
            wrong_answers={"menen hissillä": "wrong"})
NOT_RIGHT = [
    (HALF2, "ilmoitan työnjohtajalle enkä pysäytä konetta", ("wrong", "negation")),
    (HALF2, "en pysäytä konetta vaan ilmoitan työnjohtajalle", ("wrong", "negation")),
    (REPORT, "en laita kypärää vaan ilmoitan esimiehelle", ("wrong", "negation")),
    (REPORT, "en laita suojalaseja silmille vaan esimiehelle", ("wrong", "negation")),
    (LADDER, "en mä vaan tuo tikkaat", ("wrong", "negation")),
    (EXIT, "en mene hätäuloskäynnille vaan menen ulos hissillä", ("wrong", "negation")),
]


# The third review: the first half of an accepted answer (the measure done first) turned
# down beside the other half in other words is still no mistake turned down; a mistake
# that is no such half, turned down, is (harmless); a no's partitive against the total
# object after "vaan".
STOP = dict(accept=["pysäytän koneen ja ilmoitan työnjohtajalle", "ilmoitan työnjohtajalle",
                    "kerron työnjohtajalle", "kerron esimiehelle"],
            wrong_answers={"pysäytän koneen": "wrong", "kerron työkaverille": "almost"})
HEAD = dict(accept=["laitan kypärän", "kypärä", "kypärän"],
            wrong_answers={"laitan pipon": "wrong"})
THIRD = [
    (STOP, "kerron työnjohtajalle enkä pysäytä konetta", ("wrong", "negation")),
    (STOP, "en pysäytä konetta vaan kerron esimiehelle", ("wrong", "negation")),
    (STOP, "kerron esimiehelle enkä kerro työkaverille", ("correct", None)),
    (HEAD, "en laita pipoa vaan kypärän", ("correct", None)),
    (HEAD, "en laita kypärää vaan pipon", ("wrong", "negation")),
]


@as_table(("kw", "answer", "expected"), [*ANSWERS, *ORDER, *NO, *NOT_BUT, *NOT_RIGHT, *THIRD])
def test_what_of_a_mistake_is_said_and_turned_down(kw: dict, answer: str,
                                                   expected: tuple) -> None:
    j = judge(answer, **kw)
    assert (j.verdict, j.reason) == expected, j


@as_table(("step", "answer", "verdict"), [
    # the mistake said whole around the answer it holds ('yli' is a frame word elsewhere):
    # correct before, a load over the sign's limit
    ("varasto-ohjeet kuorma", "saa laittaa yli tuhat kiloa", "wrong"),
    ("varasto-ohjeet kuorma", "saa laittaa yli tuhat kiloa eikö", "wrong"),  # a question
    ("varasto-ohjeet kuorma", "saa laittaa vähintään tuhat kiloa", "wrong"),
    # kept: the limit said right, or the mistake turned down
    ("varasto-ohjeet kuorma", "saa laittaa enintään tuhat kiloa", "correct"),
    ("varasto-ohjeet kuorma", "saa laittaa tuhat kiloa", "correct"),
    ("varasto-ohjeet kuorma", "ei saa laittaa yli tuhat kiloa", "almost"),
    ("varasto-ohjeet kuorma", "yli tuhat kiloa on kielletty", "correct"),  # named, refused
    ("varasto-ohjeet kuorma", "enintään tuhat kiloa koska yli tuhat kiloa on vaarallista",
     "correct"),
    ("varasto-ohjeet kuorma", "yli tuhat kiloa on liikaa", "correct"),
    ("elintarvike-hygienia lampotila", "yli kuusi astetta on liian lämmin", "correct"),
    # a mistake that says no itself, said whole around the answer: "don't press the e-stop"
    ("valmistus-raportti neuvo", "okei älä paina hätäseis", "wrong"),
    ("valmistus-raportti neuvo", "kyllä älä paina hätäseis", "wrong"),
    # words that change nothing between the mistake's words; a courtesy is no no
    ("valmistus-raportti neuvo", "älä koskaan paina hätäseis", "wrong"),
    ("valmistus-raportti neuvo", "okei älä sä paina hätäseis", "wrong"),
    ("valmistus-raportti neuvo", "joo älä nyt paina hätäseis", "wrong"),
    ("ravintola-raportti noora", "okei älä nyt vaihda lautaa", "wrong"),
    ("hoiva-raportti raportti", "aino kaatui mutta nostin hänet yksin sänkyyn ei ongelmaa",
     "wrong"),
    ("elintarvike-hygienia lampotila", "ei se mitään yli kuusi astetta", "wrong"),
    # turned down after it by a word that says it is bad, dangerous or over the limit …
    ("varasto-ohjeet kuorma", "enintään tuhat kiloa, yli tuhat kiloa on epäturvallista",
     "correct"),
    ("varasto-ohjeet kuorma", "enintään tuhat kiloa, yli tuhat kiloa ylittää rajan",
     "correct"),
    ("varasto-ohjeet kuorma", "yli tuhat kiloa on ok", "wrong"),  # … but not by a yes
    # … or before it, by a no in another form or a word that forbids
    ("varasto-ohjeet kuorma", "tuhat kiloa, on kielletty laittaa yli tuhat kiloa", "correct"),
    ("varasto-ohjeet kuorma", "laita enintään tuhat kiloa äläkä yli tuhat kiloa", "correct"),
    # … but not by a no with a clitic: "eiköhän", "eikös" ask or agree, "eipä" may stand
    # alone (review 3, 1)
    ("varasto-ohjeet kuorma", "tuhat kiloa, eipä yli tuhat kiloa", "wrong"),
    ("varasto-ohjeet kuorma", "eikös yli tuhat kiloa", "wrong"),
    ("autoala-turvallisuus huuhtele", "eiköhän huuhtelen silmän jarrunesteellä", "wrong"),
    ("yleinen-kyltit tulipalo", "eipä menen ulos hissillä", "wrong"),
    ("ravintola-hygienia step-9", "eiköhän yli kuusi astetta", "wrong"),
    # a word of risk is no refusal: it may say the harm is small or gone (review 2, 1)
    ("varasto-ohjeet kuorma", "enintään tuhat kiloa, yli tuhat kiloa on riski", "wrong"),
    ("elintarvike-hygienia lampotila", "kuusi astetta, yli kuusi astetta on huono", "wrong"),
    ("yleinen-kyltit tulipalo", "menen ulos hissillä, riski on pieni", "wrong"),
    ("yleinen-kyltit tulipalo", "menen ulos hissillä vaikka on riski", "wrong"),
    ("yleinen-kyltit tulipalo", "menen ulos hissillä on riski", "wrong"),
    ("yleinen-kyltit tulipalo", "menen ulos hissillä, se on huono idea", "wrong"),
    ("autoala-turvallisuus huuhtele", "huuhtelen silmän jarrunesteellä, vaara on ohi", "wrong"),
    ("varasto-ohjeet kuorma", "yli tuhat kiloa, riski on pieni", "wrong"),
    ("varasto-ohjeet kuorma", "laitan yli tuhat kiloa, riski", "wrong"),
    # … nor a refusal said after "vaikka"
    ("varasto-ohjeet kuorma", "yli tuhat kiloa vaikka on vaarallista", "wrong"),
    ("varasto-ohjeet kuorma", "enintään tuhat kiloa, yli tuhat kiloa se olisi vaarallista",
     "correct"),
    # a no glued to the mistake across the answer or a clause is none (review 2, 2)
    ("autoala-asiakas milloin-valmis", "ei tunnin päästä vaan puolen tunnin päästä", "wrong"),
    ("autoala-asiakas milloin-valmis", "ei tunnin päästä, puolen tunnin päästä", "wrong"),
    ("autoala-asiakas milloin-valmis", "huomenna tunnin päästä, ei puolen tunnin päästä",
     "wrong"),
    ("ravintola-hygienia step-9", "ei kuusi astetta vaan yli kuuden asteen", "wrong"),
    ("ravintola-hygienia step-9", "kuusi astetta, en ole varma, yli kuuden asteen", "wrong"),
    ("ravintola-hygienia step-9", "en tiedä kuusi astetta, yli kuuden asteen", "wrong"),
    ("yleinen-kyltit tulipalo", "menen ulos en tiedä, ei menen ulos hissillä", "wrong"),
    # a no of doubt is no no of the mistake (review 2, 3); a saying verb's no reaches it
    ("varasto-ohjeet kuorma", "en tiedä yli tuhat kiloa", "wrong"),
    ("varasto-ohjeet kuorma", "en usko yli tuhat kiloa", "wrong"),
    ("varasto-ohjeet kuorma", "en ole varma yli tuhat kiloa", "wrong"),
    ("varasto-ohjeet kuorma", "en sano yli tuhat kiloa vaan tuhat kiloa", "almost"),
])
def test_a_mistake_said_whole_around_the_answer(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
