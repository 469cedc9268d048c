"""Right answers the lesson writers found refused for general reasons (issue 12, judge19),
tried on the bundled lessons' real steps, beside answers that must not change."""

from __future__ import annotations

from tests.judge.agreement import tasks
from tests.judge.golden import step_arguments
from valkky.judge import judge
from valkky.testing.table import as_table


def on_step(step: str, answer: str) -> str:
    """The verdict on ``answer`` at a bundled step ("<lesson> <task>"), as the engine
    judges it."""
    task, options = tasks()[step]
    return judge(answer, task.accept, **step_arguments(task, options)).verdict


# 5. Small lexicon gaps: "jotta" is "että" in a purpose clause, "kuinka" is "miten"; a
# name typed without its capital is that name in an open answer.
@as_table(("step", "answer", "verdict"), [
    ("autoala-kartoitus b1-miksi", "jotta pakokaasu menee ulos", "correct"),
    ("autoala-kartoitus b1-miksi", "jottei pakokaasua tule halliin", "correct"),
    ("hoiva-asukas nukkui", "kuinka nukuitte", "correct"),
    ("hoiva-asukas aamu.4", "kuinka nukuit", "correct"),
    ("elintarvike-tyokaveri vaihto.4", "kuinka meni", "correct"),
    ("hoiva-raportti hoitaja.2", "aino liukastui", "correct"),
    ("hoiva-raportti hoitaja.2", "ahmed kaatui", "correct"),
    # what stays: a tense slip, a how-many said short, words that are no Finnish
    ("hoiva-asukas nukkui", "kuinka nukutte", "almost"),  # as "miten nukutte": a tense slip
    ("metalli-esimies tyomaarays.2", "kuinka monta", "almost"),
    # "kuinka monta" is said, not "miten monta": a slip, as before "kuinka" was "miten"
    ("metalli-esimies tyomaarays.2", "miten monta kappaletta", "almost"),
    ("metalli-esimies tyomaarays.2", "miten monta kappaletta teen", "almost"),
    ("hoiva-raportti hoitaja.2", "aino xyzzy", "wrong"),
])
def test_lexicon_gaps(step: str, answer: str, verdict: str) -> None:
    assert on_step(step, answer) == verdict


# A name written small counts only beside a real word that is no name: names alone make
# no answer Finnish, on a step or with no example (valkky check --open).
@as_table("answer", ["will", "mark", "bill will pay", "peter paul mary"])
def test_names_alone_are_no_finnish(answer: str) -> None:
    assert on_step("hoiva-raportti hoitaja.2", answer) == "wrong"
    assert judge(answer, (), open_question=True).verdict == "wrong"


@as_table("answer", ["aino liukastui", "mark liukastui"])
def test_a_name_written_small_beside_a_verb_is_finnish(answer: str) -> None:
    assert judge(answer, (), open_question=True).verdict == "correct"


# 4. Another real form of the example's word, in a sentence of the learner's own around it,
# is the form that sentence asks, no length slip (open answers); between the example's own
# words it is still a slip.
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti elias.2", "muista laittaa jarrut päälle", "correct"),
    ("elintarvike-raportti anna", "ota sormus pois ja laita hiukset verkkoon", "correct"),
    ("elintarvike-raportti anna", "hiukset hiusverkon sisään", "correct"),
    ("elintarvike-raportti anna", "laita kaikki hiukset hiusverkon sisälle", "correct"),
    # what stays: a slip between the example's own words, a foreseen mistake
    ("elintarvike-raportti anna", "laita hiukset hiusverkoon", "almost"),
    ("hoiva-raportti elias.2", "laita jarrut pälle", "almost"),
    ("hoiva-raportti elias.2", "älä laita jarruja", "wrong"),
    ("elintarvike-raportti anna", "pidä sormus", "wrong"),
])
def test_a_real_form_in_a_frame_of_its_own(step: str, answer: str, verdict: str) -> None:
    assert on_step(step, answer) == verdict


@as_table("answer", ["varaosa tule huomenna", "osa tule huomenna"])
def test_a_real_form_beside_words_that_govern_nothing_is_a_slip(answer: str) -> None:
    assert on_step("autoala-raportti asiakas.4", answer) == "almost"


# 1. A right answer, then why at ettei, että, jotta or koska: the reason's no is no no of the
# answer. Narrow: not a no of will or doing, of the step's verbs, nor a mistake's word.
@as_table(("step", "answer", "verdict"), [
    ("rakennus-turvallisuus step-22", "siivoan, ettei kukaan kompastu", "correct"),
    ("rakennus-turvallisuus step-22", "siivoan, koska joku voi kompastua", "correct"),
    ("siivous-asiakas toimisto.6", "laitan varoituskyltin, ettei kukaan liukastu", "correct"),
    ("elintarvike-hygienia kadet", "pesen kädet, koska ne pitää olla puhtaat", "correct"),
    # what stays: no reason at all, the opposite, a mistake as the reason, a turn
    ("rakennus-turvallisuus step-22", "siivoan, koska en halua", "wrong"),
    ("rakennus-turvallisuus step-22", "siivoan, että en tee mitään", "wrong"),
    ("rakennus-turvallisuus step-22", "en siivoa, koska joku voi kompastua", "wrong"),
    ("rakennus-turvallisuus step-22", "siivoan, koska en siivoa", "wrong"),
    ("metalli-turvallisuus kasineet-pois", "otan käsineet pois, koska en jaksa", "wrong"),
    ("elintarvike-hygienia kadet", "pesen kädet, koska en muista", "wrong"),
    ("elintarvike-hygienia kadet", "pesen kädet, mutta en tiedä miksi", "wrong"),
])
def test_a_reason_beside_a_right_answer(step: str, answer: str, verdict: str) -> None:
    assert on_step(step, answer) == verdict


# 2. A foreseen mistake is matched where the learner said it: not its words spread over a
# right answer, nor the stated "then" after the first deed said first.
@as_table(("step", "answer", "verdict"), [
    ("valmistus-raportti neuvo", "älä koske, paina hätäseis", "correct"),
    ("ravintola-ohjeet pitka-ohje", "pesen kädet ja sitten leikkaan tomaatit", "correct"),
    ("ravintola-ohjeet pitka-ohje", "pesen kädet, sitten leikkaan tomaatit", "correct"),
    ("varasto-ohjeet ensin", "luen keräilylistan ja sitten kerään tuotteet", "correct"),
    ("varasto-ohjeet pitka-ohje", "teippaan laatikot ja sitten vien ne laiturille", "correct"),
    # what stays: the mistake said alone, said first, said together
    ("valmistus-raportti neuvo", "älä paina hätäseis", "wrong"),
    ("ravintola-ohjeet pitka-ohje", "leikkaan tomaatit ja sitten pesen kädet", "wrong"),
    ("ravintola-ohjeet pitka-ohje", "leikkaan tomaatit", "wrong"),
    ("varasto-ohjeet ensin", "kerään tuotteet ja sitten luen keräilylistan", "wrong"),
    ("varasto-ohjeet pitka-ohje", "vien laatikot laiturille", "wrong"),
    # the then a deed of the learner's own, not one the step names: as before the rule
    ("ravintola-ohjeet pitka-ohje", "pesen kädet, sitten laitan käden koneeseen", "wrong"),
    ("ravintola-ohjeet pitka-ohje", "pesen kädet, sitten kosken raakaa lihaa", "wrong"),
    ("varasto-ohjeet ensin", "luen keräilylistan, sitten laitan käden koneeseen", "almost"),
    # not an order step: a mistake after "sitten" is still that mistake
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle ja sitten korjaan sen itse",
     "wrong"),
])
def test_a_mistake_where_the_learner_said_it(step: str, answer: str, verdict: str) -> None:
    assert on_step(step, answer) == verdict


# 3. An adverb more, where another accepted answer says it after the same word.
@as_table(("answer", "verdict"), [
    ("vasara putosi alas, kukaan ei loukkaantunut", "correct"),
    # what stays: its opposite, another happening, the adverb with a word left out
    ("vasara putosi ylös, kukaan ei loukkaantunut", "wrong"),
    ("vasara putosi alas, joku loukkaantui", "wrong"),
    ("vasara putosi alas", "almost"),
])
def test_an_adverb_another_answer_says_there(answer: str, verdict: str) -> None:
    assert on_step("rakennus-kartoitus b1-tapahtui", answer) == verdict


def test_no_adverb_more_beside_a_foreseen_mistake_said_whole() -> None:
    # "minä tuon roskat ulos" is the step's mistake: its "ulos" is no adverb more
    assert on_step("yleinen-verbit step-17",
                   "minä vien roskat ulos, että minä tuon roskat ulos") != "correct"
