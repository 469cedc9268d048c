"""Right answers the lesson writers found refused for general reasons (issue 12, judge24),
tried on the bundled lessons' real steps, beside answers that must not change: the
opposite said plainly, a foreseen mistake said alone or beside the right answer, a
dangerous deed."""

from __future__ import annotations

from tests.judge.test_lesson_writers_issue12 import on_step
from valkky.judge import judge
from valkky.testing.table import as_table


# 1. A pronoun or a modal the accepted answers say only after a no ("en korjaa sitä", "en
# voi tulla") reverses nothing said with a yes; the denied deed's own verb or thing does.
@as_table(("step", "answer", "verdict"), [
    ("yleinen-verbit kone-rikki", "ilmoitan siitä esimiehelle", "correct"),
    # no longer the opposite, nor (stop 43) the step's "en koske siihen ja kerron
    # esimiehelle" in another form: its no is on no verb the answer says
    ("yleinen-verbit kone-rikki", "kerron siitä esimiehelle", "correct"),
    ("yleinen-sairastuminen kysy-sairas", "olen sairas voin huonosti", "correct"),
    # what stays: the denied deed said with a yes, the opposite, a foreseen mistake
    ("yleinen-verbit kone-rikki", "korjaan sen ja ilmoitan esimiehelle", "wrong"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle ja korjaan sen", "wrong"),
    ("yleinen-verbit kone-rikki", "korjaan sen", "wrong"),
    ("yleinen-sairastuminen kysy-sairas", "olen sairas voin tulla töihin", "wrong"),
    ("yleinen-sairastuminen kysy-sairas", "voin tulla töihin", "wrong"),
    ("hoiva-asukas kipu", "kerron hoitajalle ja voin antaa lääkettä", "wrong"),
    ("hoiva-asukas kipu", "annan lääkettä ja kerron hoitajalle", "wrong"),
    ("ravintola-kartoitus a2-allergia", "hän voi syödä pähkinää", "wrong"),
    # a modal that is the whole no ("en voi", "en pidä käsineitä") is the deed itself
    ("yleinen-tyovuoro lauantai.2", "minulla on perhejuhla mutta voin tulla", "wrong"),
    ("metalli-turvallisuus kasineet-pois", "otan käsineet pois ja pidän niitä", "wrong"),
])
def test_a_pronoun_or_modal_after_a_no_is_no_reversal(step: str, answer: str,
                                                      verdict: str) -> None:
    assert on_step(step, answer) == verdict


def test_a_modal_alone_said_with_a_yes_is_no_reversal() -> None:
    accept = ("olen sairas", "en voi tulla")
    assert judge("olen sairas voin huonosti", accept).verdict == "correct"
    assert judge("olen sairas voin tulla", accept).reason == "negation"


# 3. se, tämä and tuo point at one thing, case by case: one for another is the step's own.
@as_table(("step", "answer", "verdict"), [
    ("yleinen-lukeminen allergeeni", "hän ei voi syödä tätä", "correct"),
    ("yleinen-lukeminen allergeeni", "hän ei saa syödä tätä", "correct"),
    # "tässä" and "siinä" are where the learner is ("hei tässä ali" on the phone): as said
    ("yleinen-lukeminen allergeeni", "ei tässä on maitoa", "wrong"),
    ("yleinen-puhelin myohassa.2", "hei siinä ali", "wrong"),
    # a verb's form is no pointer of the step ("tuon heti": tuoda), nor on a repeat step
    ("ravintola-asiakas tilaus.10", "sen heti", "wrong"),
    ("yleinen-tarkistaminen step-11", "tarkoitatko tuota", "wrong"),
    ("varasto-keraily uusi-tilaus.2", "joo teen tämän", "correct"),
    ("metalli-esimies kone-rikki.4", "tästä tulee outoa ääntä", "correct"),
    # what stays: the opposite, a foreseen mistake, the dangerous deed
    ("yleinen-lukeminen allergeeni", "hän voi syödä tätä", "wrong"),
    ("yleinen-lukeminen allergeeni", "sopii hän voi syödä tätä", "wrong"),
    ("yleinen-lukeminen allergeeni", "tässä on pähkinää", "wrong"),
    ("siivous-raportti hassan", "sekoita näitä", "wrong"),
])
def test_this_and_that_point_at_one_thing(step: str, answer: str, verdict: str) -> None:
    assert on_step(step, answer) == verdict


def test_this_and_that_where_the_step_teaches_them_apart() -> None:
    assert judge("otan tämän", ("otan sen",)).verdict == "correct"
    assert judge("otan tuon", ("otan sen",)).verdict == "correct"
    assert judge("en ota tätä", ("otan sen",)).verdict == "wrong"
    # a foreseen mistake says the other; the accepted answers say two; here and there
    assert judge("otan tuon", ("otan tämän",), wrong_answers=("otan tuon",)).verdict == "wrong"
    assert judge("otan tämän", ("otan sen", "otan tuon")).verdict != "correct"
    assert judge("avain on tuossa", ("avain on tässä",)).verdict != "correct"


# 4. Spoken Finnish drops the possessive suffix after "minun", "teidän", "meidän": the
# pronoun says whose. A step that drills the ending switches it off (strict: [possessive]).
@as_table(("step", "answer", "verdict"), [
    ("hoiva-asukas pukeutuminen.8", "tässä teidän kahvi", "correct"),
    ("yleinen-puhelin myohassa.2", "hei minun nimi on ali", "correct"),
    ("yleinen-sairastuminen puhelu.2", "hei minun nimi on Amina", "correct"),
    # what stays: another thing, another person's
    ("hoiva-asukas pukeutuminen.8", "tässä teidän teetä", "wrong"),
    ("hoiva-asukas pukeutuminen.8", "tässä minun kahvi", "wrong"),
])
def test_the_suffix_left_out_after_the_pronoun(step: str, answer: str, verdict: str) -> None:
    assert on_step(step, answer) == verdict


@as_table(("answer", "accepted"), [
    ("laitan tossut teidän jalkaan", "laitan tossut teidän jalkaanne"),
    ("tämä on meidän auto", "tämä on meidän automme"),
])
def test_the_suffix_left_out_unless_the_step_drills_it(answer: str, accepted: str) -> None:
    assert judge(answer, (accepted,)).verdict == "correct"
    j = judge(answer, (accepted,), strict=("possessive",))
    assert (j.verdict, j.reason) == ("almost", "word_form")


# 2. A courtesy with ei/älä/voi (lessons/lexicon/fillers.yaml, courtesies) said apart is no
# no of the answer; said as the answer, or where the step's answers say its word, it is.
@as_table(("step", "answer", "verdict"), [
    ("hoiva-asukas kipu", "voi ei, haen hoitajan", "correct"),
    ("hoiva-asukas kipu", "voi voi, kerron hoitajalle", "correct"),
    ("hoiva-asukas kipu", "ei se mitään, kerron hoitajalle", "correct"),
    ("hoiva-asukas kipua.6", "tulen heti, älkää huoliko", "correct"),
    ("hoiva-asukas kipua.6", "älkää huoliko, tulen pian takaisin", "correct"),
    ("siivous-asiakas toimisto.2", "ei haittaa, missä se on", "correct"),
    # "tulen" alone is a short answer there: the courtesy no longer makes it the opposite
    ("hoiva-asukas kipua.6", "tulen, älkää huoliko", "almost"),
    # what stays: the mistake, the dangerous deed, the opposite, the courtesy alone
    ("hoiva-asukas kipu", "voi voi, annan lääkettä", "wrong"),
    ("hoiva-asukas kipu", "ei hätää, annan teille lääkettä", "wrong"),
    ("hoiva-asukas kipu", "voi ei, en kerro hoitajalle", "wrong"),
    ("hoiva-asukas kipu", "voi voi", "wrong"),
    ("hoiva-asukas kipua.6", "älkää huoliko", "wrong"),
    ("yleinen-tyovuoro lauantai.2", "voi ei, voin tulla", "wrong"),
])
def test_a_courtesy_said_apart_is_no_no(step: str, answer: str, verdict: str) -> None:
    assert on_step(step, answer) == verdict


def test_a_courtesy_that_answers_the_question_is_a_no() -> None:
    assert judge("ei haittaa", ("haittaa",)).verdict == "wrong"
    assert judge("ei haittaa se on ok", ("haittaa",)).verdict == "wrong"
