"""Set 38's rows both trainers graded one way and the judge another (issue 12, stop 45),
read as general kinds, each with fresh answers on the bundled lessons beside answers that
must stay as they were:

- spoken "et" for "että" before a clause ("kerron raportissa, et asukas kaatui"): the
  answer, not a no (normalise._et_opens_a_clause);
- a repeat step's model said whole with a no to an unsafe deed ("koneessa on vika, en
  korjaa sitä itse"): right; with the unsafe deed itself ("…, korjaan sen itse"): almost
  (SAFETY: it was right);
- another noun where an accepted answer has the pronoun for the thing the step names
  ("mitä tarkoittaa lava" beside "mitä se tarkoittaa" and "mitä tarkoittaa trukki"): wrong;
- an open question answered with an example's subject alone ("lauta" for "lauta putosi
  telineeltä"): a start, almost;
- an open answer with one word of an example typed into no word ("lauta putoi
  telineeltä"): almost;
- an answer's no, then "mutta" and its one-word wrong mistake with the no's thing ("ei,
  mutta yksi mies oli alla"): that mistake, wrong."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.engine.feedback import almost_fi
from valkky.judge.normalise import normalise
from valkky.testing.table import as_table


@as_table(("step", "answer"), [
    ("hoiva-turvallisuus step-24", "mä kerron raportissa, et asukas kaatui"),
    ("elintarvike-hygienia sairas", "ilmoitan et mä oon sairas"),
    ("elintarvike-hygienia ilmoita", "ilmoitan et etiketti on väärä"),
    ("hoiva-ohjeet liina", "kerron hoitajalle et liina on rikki"),
    ("kauppa-raportti napistys.2", "luulen et asiakas näpisti"),
    ("metalli-raportti marjatta.6", "luulen et laikassa oli halkeama"),
    ("elintarvike-tyokaveri apua.6", "kiitos et autoit"),
    ("hoiva-asukas pukeutuminen.2", "haluatteko et autan"),
])
def test_spoken_et_before_a_clause_is_etta(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"


@as_table(("said", "heard"), [
    ("et saa mennä", "et saa mennä"),
    ("sä et voi tulla", "sinä et voi tulla"),  # (voi: butter too, a verb here)
    ("jos et tiedä kysy", "jos et tiedä kysy"),
    ("miksi et tullut", "miksi et tullut"),
    ("et mitään tee", "et mitään tee"),
    ("kerroin et kone on rikki", "kerroin että kone on rikki"),
])
def test_the_no_et_stays_a_no(said: str, heard: str) -> None:
    assert normalise(said) == heard


# review59 (SAFETY): the no "et" in spoken order, its object or adverb first, said to the
# one spoken to: a no of the deed the step wants done stays wrong, a warning stays right
@as_table(("step", "answer", "verdict"), [
    ("rakennus-raportti uusi", "sä et kypärää tarvitse", "wrong"),
    ("valmistus-raportti neuvo", "jussi, et ikinä paina hätäseis", "wrong"),
    ("hoiva-raportti elias.2", "hei et jarruja laita päälle", "wrong"),
    ("yleinen-perehdytys samir.8", "muista et suojalaseja käytä", "wrong"),
    ("hoiva-raportti elias.4", "elias, et ikinä nosta häntä yksin", "correct"),
    ("valmistus-raportti neuvo", "sä et koneeseen koske", "correct"),
    ("siivous-raportti hassan", "hassan, et ikinä sekoita pesuaineita", "correct"),
])
def test_the_no_et_before_its_object_or_adverb_stays_a_no(step: str, answer: str,
                                                         verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


def test_a_no_et_is_still_the_opposite() -> None:
    assert (judged_on("hoiva-ohjeet liina", "et kerro hoitajalle").verdict,
            judged_on("hoiva-turvallisuus step-24",
                      "kerron raportissa, et asukas ei kaatunut").reason) == \
        ("wrong", "negation")


@as_table(("step", "answer"), [
    ("valmistus-turvallisuus step-21", "koneessa on vika, en korjaa sitä itse"),
    ("valmistus-turvallisuus step-21", "koneessa on vika, en laita kättä koneeseen"),
    ("metalli-esimies step-16", "porakoneessa on vika, en korjaa sitä itse"),
    ("metalli-ohjeet step-26", "pysäytä kone ja ilmoita työnjohtajalle, en korjaa sitä itse"),
    ("elintarvike-hygienia step-27", "pakkaus on rikki, en korjaa sitä itse"),
])
def test_a_repeat_with_a_no_to_an_unsafe_deed_is_right(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"


@as_table(("step", "answer", "model"), [
    ("valmistus-turvallisuus step-21", "koneessa on vika, korjaan sen itse", "Koneessa on vika."),
    ("valmistus-turvallisuus step-21", "koneessa on vika ja korjaan sen itse",
     "Koneessa on vika."),
    ("metalli-esimies step-16", "porakoneessa on vika, korjaan sen itse",
     "Porakoneessa on vika."),
    ("metalli-ohjeet step-26", "pysäytä kone ja ilmoita työnjohtajalle, korjaan sen itse",
     "Pysäytä kone ja ilmoita työnjohtajalle."),
    ("ravintola-keittio step-23", "laita astiat astianpesukoneeseen ja laitan käden koneeseen",
     "Laita astiat astianpesukoneeseen."),
])
def test_a_repeat_with_an_unsafe_deed_more_is_almost(step: str, answer: str,
                                                     model: str) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.closest) == ("almost", model)


@as_table(("step", "answer"), [
    ("metalli-esimies step-16", "porakoneessa on vika, en ilmoita"),  # the right deed refused
    ("valmistus-turvallisuus step-21", "koneessa ei ole vika"),
])
def test_a_repeat_refusing_the_right_deed_stays_wrong(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "wrong"


@as_table(("step", "answer"), [
    ("yleinen-tarkistaminen kysy-sana", "mitä tarkoittaa lava"),
    ("yleinen-tarkistaminen kysy-sana", "mitä lava tarkoittaa"),
    ("yleinen-tarkistaminen kysy-sana", "mitä tarkoittaa kone"),
    ("yleinen-apua esimies.4", "mitä tarkoittaa hylly"),
    ("yleinen-apua esimies.4", "mitä hylly tarkoittaa"),
])
def test_another_thing_for_the_pronouns_is_wrong(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "wrong"


@as_table(("step", "answer", "verdict"), [
    ("yleinen-tarkistaminen kysy-sana", "mitä tarkoittaa trukki", "correct"),
    ("yleinen-tarkistaminen kysy-sana", "mitä se tarkoittaa", "correct"),
    ("yleinen-tarkistaminen kysy-sana", "mitä tarkoittaa", "correct"),
    ("yleinen-tarkistaminen kysy-sana", "mitä tarkoittaa truki", "almost"),
    ("yleinen-apua esimies.4", "mitä tarkoittaa varasto", "correct"),
    ("yleinen-apua esimies.4", "mitä tarkoittaa varsto", "almost"),
    ("autoala-asiakas milloin-valmis", "auto on valmis tunnin päästä", "correct"),
    ("autoala-asiakas hinta", "vaihto maksaa viisikymmentä euroa", "correct"),
])
def test_the_thing_itself_or_its_pronoun_stays(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("step", "answer", "example"), [
    ("rakennus-raportti timo.2", "lauta", "lauta putosi telineeltä"),
    ("autoala-raportti asiakas.4", "varaosa", "varaosa tulee vasta huomenna"),
])
def test_a_subject_alone_in_an_open_question_is_a_start(step: str, answer: str,
                                                      example: str) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason) == ("almost", "too_short")
    assert almost_fi(j) == f"Hyvä alku! Kerro vähän enemmän. Esimerkiksi: {example}."


@as_table(("step", "answer"), [
    ("rakennus-raportti timo.2", "lauta putosi"),
    ("yleinen-lahelta-piti ilmoitus.8", "lastauslaiturilla"),  # a place answers "missä?"
    ("yleinen-lahelta-piti ilmoitus.8", "varastossa"),
    ("yleinen-tyovuoro step-13", "lepään"),  # a verb is a sentence
    ("hoiva-raportti hoitaja.4", "aamu"),  # where an example is no sentence either
    ("yleinen-tyovuoro step-13", "lounas"),  # no example's subject ("syön lounasta")
    # ("muovi" of "paketissa oli muovipala" is a start now: tests/judge/test_set42_stop47.py)
    # (one word where every example says more, "käsineet" to "ota käsineet pois kun
    # poraat", is a start now: tests/judge/test_kinds_stop63.py)
])
def test_a_place_a_verb_or_a_sentence_answers_by_itself(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"


@as_table(("step", "answer", "example"), [
    ("rakennus-raportti timo.2", "lauta putoi telineeltä", "lauta putosi telineeltä"),
    ("autoala-raportti pasi.2", "auto putoi tunkilta", "auto putosi tunkilta"),
])
def test_an_open_answer_with_a_word_mistyped_is_almost(step: str, answer: str,
                                                       example: str) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason, j.closest) == ("almost", "typo", example)


@as_table(("step", "answer"), [
    ("rakennus-raportti timo.2", "lauta putos telineeltä"),  # spoken, no typo
    ("elintarvike-raportti anna", "Anna, ota sormus pois ja laita hiukset verkon alle"),
    ("valmistus-raportti neuvo",
     "ei saa vetää käsin! paina ensin hätäseis ja kutsu kunnossapito"),
])
def test_an_open_answer_in_other_words_stays_right(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"


@as_table(("step", "answer"), [
    ("rakennus-raportti timo.4", "ei, mutta yksi mies oli alla"),
    ("rakennus-raportti timo.4", "ei ollut, mutta yksi mies oli alla"),
    ("autoala-raportti pasi.4", "ei ollut ketään, mutta yks mies oli alla"),
    ("yleinen-lukeminen allergeeni", "ei sovi, mutta pieni määrä sopii hänelle"),
])
def test_a_no_taken_back_by_its_mistake_after_but_is_that_mistake(step: str,
                                                                  answer: str) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason) == ("wrong", "mistake")


@as_table(("step", "answer"), [
    ("rakennus-raportti timo.4", "ei, mutta se oli lähellä"),  # no thing of the no's
    ("rakennus-raportti timo.4", "ei ollut, mutta melkein"),
    ("kauppa-asiakas onko-teilla", "valitettavasti ei ole, mutta varastossa on"),
])
def test_a_but_of_something_else_is_no_mistake_said(step: str, answer: str) -> None:
    assert judged_on(step, answer).reason != "mistake"
