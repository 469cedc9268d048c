"""What trainer set 11 (tests/judge/data/trainer_answers_11.yaml) showed the judge missing:
each general cause, tried on answers of its own kind (not the set's own answers)."""

from __future__ import annotations

import pytest

from valkky.judge import judge
from valkky.lesson.loader import REPEAT_STRICT


@pytest.mark.parametrize(("answer", "model"), [
    # a lexicon synonym where a repeat step asks for the model's own word
    ("pomo on toimistossa", "Esimies on toimistossa."),
    ("laita hanskat käteen", "Laita käsineet käteen."),
    ("koska tauko alkaa", "Milloin tauko alkaa?"),
])
def test_a_synonym_in_a_repeat_step_is_a_slip_not_another_answer(answer: str,
                                                                  model: str) -> None:
    j = judge(answer, [model], strict=REPEAT_STRICT)
    assert (j.verdict, j.reason) == ("almost", "other_word")
    assert judge(answer, [model]).verdict == "correct"  # a question takes it as it is


def test_another_word_in_a_repeat_step_is_still_wrong() -> None:
    # not a synonym: the opposite, or another thing
    assert judge("esimies on varastossa", ["Esimies on toimistossa."],
                 strict=REPEAT_STRICT).verdict == "wrong"


@pytest.mark.parametrize(("answer", "accept", "verdict"), [
    # the final vowel after -t dropped, as speech drops it
    ("teen töit", ["teen töitä"], "correct"),
    ("otan kaht", ["otan kahta"], "correct"),
    ("ruuveit puuttuu", ["ruuveja puuttuu", "ruuvit puuttuvat"], "almost"),
    # only the final vowel, only after -t, only where the letters are no word
    ("muttereitaa", ["muttereita"], "almost"),
    ("pöyt", ["pöytä"], "almost"),
])
def test_a_final_vowel_after_t_dropped_as_speech_drops_it(answer: str, accept: list[str],
                                                          verdict: str) -> None:
    assert judge(answer, accept).verdict == verdict


@pytest.mark.parametrize(("answer", "model"), [
    # a repeat step practises the model's own case: the other local case of the same
    # direction, or a state in the essive, answers a question but repeats no model
    ("laatikko putosi lavasta", "Laatikko putosi lavalta."),
    ("vien sen toimistoon", "Vien sen toimistolle."),
    ("akku on tyhjänä", "Akku on tyhjä."),
])
def test_a_repeat_step_wants_the_models_own_case(answer: str, model: str) -> None:
    assert judge(answer, [model], strict=REPEAT_STRICT).verdict == "almost"
    assert judge(answer, [model]).verdict == "correct"


@pytest.mark.parametrize(("answer", "accept"), [
    ("millon tauko alkaa", "milloin tauko alkaa"),
    ("sillon mä lähden", "silloin minä lähden"),
])
def test_millon_and_sillon_as_spoken(answer: str, accept: str) -> None:
    assert judge(answer, [accept]).verdict == "correct"


@pytest.mark.parametrize(("answer", "accept", "verdict"), [
    # "ettei" is "että ei", its "ei" free to stand where an accepted answer says it
    ("ettei hiukset putoa ruokaan", ["että hiukset eivät putoa ruokaan"], "correct"),
    ("ettei kukaan kaadu", ["että kukaan ei kaadu"], "correct"),
    # and it says no: not the yes of an accepted answer
    ("ettei kone pysähdy", ["että kone pysähtyy"], "wrong"),
    ("sanoin etten tule", ["sanoin että tulen"], "wrong"),
    ("jottei kone toimi", ["jotta kone toimii"], "wrong"),
])
def test_ettei_says_no_as_etta_ei_does(answer: str, accept: list[str], verdict: str) -> None:
    assert judge(answer, accept).verdict == verdict


@pytest.mark.parametrize(("answer", "accept", "verdict"), [
    # a verb beside a shorter accepted answer, in another tense than the fuller answer
    # says it, is that answer slipped, not the short one with a word more
    ("minä laitan", ["minä", "minä laitoin"], "almost"),
    ("ei käynyt", ["ei", "ei käy"], "almost"),
    # the same tense, another person, or a verb of its own, is a word more
    ("minä laitoin", ["minä", "minä laitoin"], "correct"),
    ("kyllä heti", ["kyllä", "kyllä tulen"], "correct"),
])
def test_a_verb_in_another_tense_is_the_fuller_answer_slipped(answer: str, accept: list[str],
                                                               verdict: str) -> None:
    j = judge(answer, accept)
    assert j.verdict == verdict
    if verdict == "almost":
        assert j.reason == "word_form"


@pytest.mark.parametrize(("answer", "accept", "verdict"), [
    # a compound whose head is a lexicon synonym of the accepted compound's head, the part
    # in front the same, is that compound, also split in two by the recogniser
    ("hätäseisnappi", ["hätäseispainike"], "correct"),
    ("painoin hälytys nappulaa", ["painoin hälytyspainiketta"], "correct"),
    ("otan kumihanskat", ["otan kumikäsineet"], "correct"),
    # not in another form, nor with another part in front
    ("painoin hätäseisnappi", ["painoin hätäseispainiketta"], "almost"),
    ("hälytysnappi", ["hätäseispainike"], "wrong"),
])
def test_a_compound_with_a_synonym_head(answer: str, accept: list[str], verdict: str) -> None:
    assert judge(answer, accept).verdict == verdict


def test_a_compound_with_a_synonym_head_is_no_repetition() -> None:
    assert judge("hätäseisnappi", ["Hätäseispainike."], strict=REPEAT_STRICT).verdict != \
        "correct"


@pytest.mark.parametrize(("answer", "verdict"), [
    # a one-word description with the same said again in other words, or a state
    ("siisti ja puhdas", "correct"),
    ("siisti ja järjestyksessä", "correct"),
    # not another description, which may say the opposite, nor a foreseen mistake
    ("siisti ja likainen", "wrong"),
    ("siisti ja sotkussa", "wrong"),
])
def test_a_description_and_a_state(answer: str, verdict: str) -> None:
    assert judge(answer, ["siisti"], wrong_answers=["sotkussa"]).verdict == verdict


@pytest.mark.parametrize("answer", ["moppi ja harja", "lattialla ja pöydällä"])
def test_and_another_thing_or_place_is_no_description(answer: str) -> None:
    assert judge(answer, [answer.split()[0]]).verdict != "correct"


@pytest.mark.parametrize(("answer", "accept", "verdict"), [
    # an infinitive's -ea said -ee after the verb that takes it, as speech says it
    ("ovi pitää sulkee", ["ovi pitää sulkea"], "correct"),
    ("haluan lähtee kotiin", ["haluan lähteä kotiin"], "correct"),
    # not the other way: the infinitive where the step says the verb's "he" form
    ("hän sulkea oven", ["hän sulkee oven"], "almost"),
])
def test_an_infinitives_ea_said_ee(answer: str, accept: list[str], verdict: str) -> None:
    assert judge(answer, accept).verdict == verdict


@pytest.mark.parametrize(("answer", "reason"), [
    # "kun" for the "kuin" of "ennen kuin" is a slip; "kun" for "ennen kuin" a half answer
    ("pese kädet ennen kun syöt", "word_form"),
    ("pese kädet kun syöt", "missing_words"),
])
def test_kun_for_kuin_is_a_slip(answer: str, reason: str) -> None:
    j = judge(answer, ["pese kädet ennen kuin syöt"])
    assert (j.verdict, j.reason) == ("almost", reason)


@pytest.mark.parametrize(("answer", "verdict"), [
    # a no to the step's foreseen mistake, then the right answer
    ("ei ole selvä voitko toistaa", "correct"),
    ("ei selvä voitko toistaa", "correct"),
    # a no to something else beside it still says the opposite of an answer
    ("en voi toistaa voitko toistaa", "wrong"),
])
def test_a_no_to_the_mistake_then_the_answer(answer: str, verdict: str) -> None:
    j = judge(answer, ["voitko toistaa"], wrong_answers=["selvä", "on selvä"])
    assert j.verdict == verdict
