"""Set 35's rows both trainers graded one way and the judge another (issue 12, stop 43),
read as three general rules, each with fresh answers on the bundled lessons beside right
(or wrong) answers that must stay so:

- a no left out where a word that asks for one is kept ("kukaan loukkaantui"): almost, not
  the opposite (rules.no_dropped, judge/no_dropped.py);
- plural olla right after a noun in the nominative singular ("milloin auto ovat valmis"):
  almost, the agreement named (form_slips' ``one_thing``);
- a dialogue's earlier mistake that is the learner's own deed, offered again as a plan
  ("pysäytin hänet" earlier, "mä meen pysäyttää sen" now): wrong (said_before)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.engine.feedback import almost_fi
from valkky.judge import judge
from valkky.testing.table import as_table


@as_table(("step", "answer", "said"), [
    ("varasto-kartoitus b1-tapahtui", "Trukki törmäsi hyllyyn ja kukaan loukkaantui.",
     "trukki törmäsi hyllyyn mutta kukaan ei loukkaantunut"),
    ("rakennus-turvallisuus step-31", "kukaan loukkaantui", "kukaan ei loukkaantunut"),
    ("yleinen-lahelta-piti step-6", "laatikko putosi hyllyltä mutta kukaan ollut alla",
     "laatikko putosi hyllyltä mutta kukaan ei ollut alla"),
    ("hoiva-kartoitus b1-tapahtui", "asukas kaatui, mutta hänelle sattunut mitään",
     "asukas kaatui, mutta hänelle ei sattunut mitään"),
])
def test_a_no_left_out_beside_a_word_that_asks_for_one_is_almost(step: str, answer: str,
                                                                 said: str) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason) == ("almost", "no_left_out")  # (judge56: the no named)
    assert almost_fi(j) == f"Melkein! Muista sana ei: {said}."


@as_table(("step", "answer"), [
    ("rakennus-turvallisuus step-31", "joku loukkaantui"),  # no word that asks for a no
    ("rakennus-turvallisuus step-31", "onko kukaan loukkaantunut?"),  # a question
    ("kauppa-raportti pullo.4", "asiakas loukkaantui"),
    ("rakennus-turvallisuus step-31", "kukaan loukkaantui, jos joku putoaa"),
    ("rakennus-turvallisuus step-31", "loukkaantuiko kukaan"),  # a question, no "?"
    # no report of what happened: a rule, a command, the learner's deed without its no is
    # the deed (review55: these were made almost by the first version — SAFETY)
    ("kauppa-ohjeet uloskaynti", "oven edessä saa olla mitään"),
    ("kauppa-ohjeet uloskaynti", "saa olla mitään"),
    ("varasto-ohjeet hylly", "laitan hyllyyn mitään ja ilmoitan esimiehelle"),
    ("autoala-raportti step-5", "mene koskaan auton alle"),
    ("autoala-raportti step-5", "koskaan mene auton alle"),
    ("yleinen-tyoturvallisuuskortti step-20", "mä oon koskaan käyttänyt tätä"),
    # a foreseen wrong mistake said in it ("oli", "joo")
    ("autoala-raportti pasi.4", "oli ketään"),
    ("autoala-raportti pasi.4", "joo kukaan loukkaantui"),
    ("rakennus-raportti timo.4", "siellä oli ketään"),
])
def test_without_a_word_that_asks_for_a_no_the_opposite_stays_wrong(step: str,
                                                                    answer: str) -> None:
    assert judged_on(step, answer).verdict == "wrong"


def test_a_foreseen_mistake_keeps_its_own_reply() -> None:
    j = judged_on("kauppa-raportti pullo.4", "kukaan loukkaantui")
    assert (j.verdict, j.matched) == ("almost", "kukaan loukkaantui")


@as_table(("step", "answer", "feedback"), [
    ("autoala-asiakas step-10", "Milloin auto ovat valmis?",
     "Melkein! Sano auto on, ei auto ovat."),
    ("rakennus-tyonjohtaja step-9", "Missä ruuvi ovat?",
     "Melkein! Sano ruuvit ovat, ei ruuvi ovat."),
])
def test_plural_olla_after_one_thing_is_almost(step: str, answer: str, feedback: str) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason, almost_fi(j)) == ("almost", "word_form", feedback)


@as_table(("answer", "accepted"), [
    ("missä ruuvit on", "missä ruuvit ovat"),  # speech's "on" with a plural
    ("missä ruuvit ovat", "missä ruuvit ovat"),
    ("auto ja kuski ovat valmiita", "auto ja kuski ovat valmiita"),  # two joined
    ("pöydällä ovat avaimet", "avaimet ovat pöydällä"),  # the subject after the verb
    ("kaikki ovat valmiita", "kaikki ovat valmiita"),  # a pronoun, no noun
])
def test_plural_olla_with_a_plural_subject_stays_right(answer: str, accepted: str) -> None:
    assert judge(answer, [accepted]).verdict == "correct"


@as_table("answer", [
    "karkkihyllyn luona, mä meen pysäyttää sen",
    "hän on karkkihyllyllä ja pysäytän hänet",
    "karkkihyllyn luona, aion pysäyttää hänet",
    "karkkihyllyn luona, menen pysäyttämään hänet",
])
def test_the_learners_own_wrong_deed_offered_again_is_wrong(answer: str) -> None:
    j = judged_on("kauppa-raportti napistys.4", answer)
    assert (j.verdict, j.matched) == ("wrong", "pysäytin hänet")


@as_table("answer", [
    "karkkihyllyn luona",
    "hän on karkkihyllyllä, soitan vartijalle",
])
def test_a_right_answer_without_that_deed_stays_right(answer: str) -> None:
    assert judged_on("kauppa-raportti napistys.4", answer).verdict == "correct"


@as_table(("step", "answer", "feedback"), [
    ("autoala-asiakas tiski.6", "kyllä voin", "Oikea sana! Sano näin: kyllä voitte."),
    ("hoiva-asukas pukeutuminen.2", "autanko teitä pukemaan",
     "Oikea sana! Sano näin: autanko teitä pukeutumaan."),
])
def test_a_longer_answer_slipped_is_no_short_one_and_a_word_more(step: str, answer: str,
                                                                feedback: str) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, almost_fi(j)) == ("almost", feedback)


@as_table(("answer", "accepted", "verdict"), [
    ("kyllä voit tulla", ("kyllä", "kyllä voin tulla"), "almost"),
    ("laitan tossut jalkaan", ("tossut jalkaan", "laitetaan tossut jalkaan"), "correct"),
    ("pyydän apua ja nostamme jaloilla", ("pyydän apua", "pyydän apua ja nostan jaloilla"),
     "correct"),  # we too: another number of the person
    # review55: two words alike in letters, no stem alike; "you" and "one"; two nouns
    ("painan hätäseis ja ilmoitan työnjohtajalle",
     ("painan hätäseis", "painan hätäseis ja ilmoitan työnantajalle"), "correct"),
    ("merkitsen hyllyt ja ilmoitan esimiehelle",
     ("ilmoitan esimiehelle", "merkitsen hyllyn ja ilmoitan esimiehelle"), "correct"),
    ("missä kohtaa", ("missä", "missä kohdassa"), "correct"),
    ("kyllä voin", ("kyllä", "kyllä voin"), "correct"),
])
def test_only_a_slip_of_the_longer_answers_words_counts(answer: str, accepted: tuple[str, ...],
                                                       verdict: str) -> None:
    assert judge(answer, list(accepted)).verdict == verdict


def test_a_commands_form_keeps_form_slips_feedback() -> None:
    j = judged_on("autoala-asiakas tiski.6", "kyllä voitte odota täällä")
    assert almost_fi(j) == "Melkein! Sano odottaa, ei odota."


@as_table(("step", "answer", "verdict"), [
    ("autoala-korjaamo oljy", "moottorin", "wrong"),  # the engine, not the oil
    ("autoala-asiakas step-10", "Auto on valmis.", "wrong"),  # a statement, no question
    ("yleinen-oikeudet kysy-ylityo", "enemmän", "almost"),  # a start: no noun's genitive
    ("autoala-asiakas step-10", "milloin auto valmis", "almost"),
])
def test_a_part_that_says_another_thing_is_wrong(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("answer", "verdict"), [
    ("Tarkistan pankkikortin joka kerta.", "wrong"),  # pankki + kortti: another thing
    ("Tarkistan palkkakuitn joka kerta.", "almost"),  # a try at the model's word
    ("Tarkistan palkkakuitin joka kerta.", "correct"),
])
def test_a_compound_of_other_parts_is_another_thing_in_a_repeat_step(answer: str,
                                                                      verdict: str) -> None:
    assert judged_on("yleinen-oikeudet step-6", answer).verdict == verdict


@as_table(("answer", "verdict"), [
    ("oli, mutta hän ei loukkaantunut", "wrong"),  # yes, someone was: its no is another's
    ("oli. hän ei loukkaantunut", "wrong"),
    ("ei ollut ketään", "correct"),
])
def test_a_no_on_another_verb_makes_no_fuller_no_answer(answer: str, verdict: str) -> None:
    assert judged_on("rakennus-raportti timo.4", answer).verdict == verdict


@as_table(("step", "answer"), [
    # a bare no after the verb: a repair toward the answer's no (the forbidden sweep)
    ("metalli-raportti marjatta.4", "loukkaannuin, en"),
    # the no of an answer on another of its verbs ("ei saa, päiväys meni"): a deed beside it
    # stays no right answer (the unsafe_more sweep)
    ("kauppa-ohjeet jauheliha", "ei saa ja menen auton alle"),
])
def test_where_the_no_is_bare_or_the_answers_verb_has_none_it_stays_almost(
        step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "almost"


@as_table(("step", "answer", "verdict"), [
    # review55: the answer's reply is before its no; "…, minulla oli suojalasit" is none
    ("metalli-raportti marjatta.4", "en loukannut, minulla oli suojalasit", "almost"),
    # a count is no clock's hour; a length where a foreseen mistake tells one is a start
    ("metalli-esimies tyomaarays.4", "okei, teen ne kolmekymmentä huomiseksi", "correct"),
    ("yleinen-kahvitauko kysy-palaa", "palaan viidentoista minuutin päästä", "almost"),
])
def test_review55s_findings_hold(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


def test_plural_olla_before_its_plural_subject_stays_right() -> None:
    assert judge("joka aamu ovat lattiat märkiä",
                 ["lattiat ovat märkiä joka aamu"]).verdict == "correct"


@as_table(("answer", "verdict"), [
    ("selvä, en pysäytä häntä", "correct"),  # a one-word reply, a no to the mistake
    ("okei, en mene hänen luokseen", "correct"),
    ("selvä, pysäytän hänet", "wrong"),
    ("selvä, en pysäytä häntä mutta pysäytän hänet", "wrong"),
])
def test_a_one_word_reply_then_a_no_to_a_mistake(answer: str, verdict: str) -> None:
    assert judged_on("kauppa-raportti napistys.8", answer).verdict == verdict


@as_table(("step", "answer", "verdict"), [
    ("varasto-valineet kysy-pumppu", "pumppukärry enkä käytä rullakkoa", "correct"),
    # the answer's own word taken back is no no to a mistake (the mistakes sweep)
    ("yleinen-lahelta-piti mennyt", "liukastuin enkä ole liukastunut", "wrong"),
    ("yleinen-tyovuoro esimies.2", "voin enkä voi tehdä aamuvuoron", "wrong"),
])
def test_a_one_word_answer_taken_back_is_no_no_to_a_mistake(step: str, answer: str,
                                                            verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
