"""What trainer set 12 (tests/judge/data/trainer_answers_12.yaml) showed the judge missing:
each general cause, tried on answers of its own kind (not the set's own answers), with
answers beside them that must not change."""

from __future__ import annotations

from valkky.judge import Judgement, judge
from valkky.lesson.loader import REPEAT_STRICT
from valkky.testing.table import as_table

# (answer, accepted answers, verdict, reason where it matters), by cause
ANSWERS = [
    # a number said in spoken parts is that number, written as one word; a number said
    # wrong is still another number
    ("kolkytviis euroa", ["35 euroa"], "correct", None),
    ("satakolkyt", ["130"], "correct", None),
    ("kakskymmentäkaks", ["22"], "correct", None),
    ("viiskytkuus kiloa", ["56 kiloa"], "correct", None),
    ("kakskytkolme", ["22"], "wrong", None),
    ("sataa", ["sata"], "wrong", None),  # (it rains): a word of its own, no spoken number
    # -ks for -ksi where the word is no verb; a verb's -ks still asks (-ko)
    ("mitä syötävää päiväks", ["mitä syötävää päiväksi"], "correct", None),
    ("vaihdan vuoron aamuks", ["vaihdan vuoron aamuksi"], "correct", None),
    ("tuleeks hän", ["tuleeko hän"], "correct", None),
    ("voiks tulla", ["voiko tulla"], "correct", None),
    # a final -oo: the illative with its -n dropped where the step says the illative,
    # else the partitive's -oa; the partitive itself said for the illative is a slip
    ("otan kaksi kiloo", ["otan kaksi kiloa"], "correct", None),
    ("laitan kahvin termarii", ["laitan kahvin termariin"], "correct", None),
    ("vien sen varastoo", ["vien sen varastoon"], "correct", None),
    ("otan kolme pulloo", ["otan kolme pulloa"], "correct", None),
    ("vien sen varastoa", ["vien sen varastoon"], "almost", "word_form"),
    ("vien sen varastoo", ["vien sen varastossa"], "almost", "word_form"),
    # an illative -hVn with its -n dropped
    ("laita hattu päähä", ["laita hattu päähän"], "correct", None),
    ("mene maaha", ["mene maahan"], "correct", None),
    ("laita hattu päähä", ["laita hattu päässä"], "almost", None),
    # "mun" before a noun: the possessive the step says, or the learner's own thing where
    # the step says no possessor; "sun" (yours) is not the step's "minun"
    ("mun osoite on koulukatu", ["Minun osoitteeni on Koulukatu."], "correct", None),
    ("vien mun auton huoltoon", ["vien auton huoltoon"], "correct", None),
    ("sun osoite on koulukatu", ["Minun osoitteeni on Koulukatu."], "wrong", None),
    # rinsing said with either verb (lexicon); in a repeat step a synonym (REPEATED)
    ("huuhdo kädet vedellä", ["huuhtele kädet vedellä"], "correct", None),
    # the front of the compound asked for, a thing of its own, is a start; not a word
    # that merely begins it, nor another word
    ("hätä", ["hätäuloskäynti"], "almost", "word_part"),
    ("lämpö on liian korkea", ["lämpötila on liian korkea"], "almost", "word_part"),
    ("työ", ["työvuoro"], "wrong", None),
    ("pallo", ["pullo"], "wrong", None),
    # the thing and when it comes, without the verb (verbless); not another thing
    ("ensin työvaatteet", ["puen ensin työvaatteet"], "correct", None),
    ("sitten lattia", ["pesen sitten lattian"], "correct", None),
    ("ensin lattia", ["pesen ensin kädet"], "wrong", None),
    # going to do it, or what must be done said of no one, is the step's verb; not another
    # person's going, nor the step's own chain changed
    ("lähden viemään roskat", ["vien roskat"], "correct", None),
    ("ikkunat pitää pestä", ["pesen ikkunat"], "correct", None),
    ("hän menee viemään roskat", ["vien roskat"], "almost", "word_form"),
    ("menen syömään", ["vien roskat"], "wrong", None),
    # a measure beside a right answer, where the step counts nothing, says how much; a
    # count of the thing the answer names, or of what the step counts, is another quantity
    ("vesi on liian kuumaa kuusikymmentä astetta", ["vesi on liian kuumaa"], "correct", None),
    ("ota kolme pulloa", ["ota pullo"], "wrong", None),
    ("kahden tunnin päästä", ["tunnin päästä"], "wrong", None),
    # the state of a place in the partitive, as Finnish says it; not of a thing
    ("varastossa on kylmää", ["varastossa on kylmä"], "correct", None),
    ("toimistolla on tosi kuumaa", ["toimistolla on tosi kuuma"], "correct", None),
    ("kahvi on kylmää", ["kahvi on kylmä"], "almost", "word_form"),
    ("kylmiö on liian lämmintä", ["kylmiö on liian lämmin"], "almost", "word_form"),
]


# the learner's own "I" said in another person, or as a command: another sentence's verb,
# a slip (almost), also where a keyword passes any form; the same person with words more
# is still right, and another tense as before
PERSON = [
    ("siivoa lattia", ["siivoan lattian", "lattian"], "almost", "word_form"),
    ("hän soittaa esimiehelle", ["soitan esimiehelle"], "almost", "word_form"),
    ("soittaa esimiehelle", ["soitan esimiehelle", "esimiehelle"], "almost", "word_form"),
    ("vie lava varastoon", ["vien lavan varastoon", "varastoon"], "almost", None),
    ("tarkistaa", ["tarkistan"], "almost", "word_form"),
    ("tarkistaa koneen", ["tarkistan koneen"], "almost", "word_form"),
    ("tarkistaa koneen", ["tarkistan koneen"], "almost", "word_form", ("tarkistaa",)),
    ("minä tarkistan koneen heti", ["tarkistan koneen"], "correct", None, ("tarkistaa",)),
    ("tarkistan sen koneen", ["tarkistan koneen"], "correct", None, ("tarkistaa",)),
    ("kysyin kokilta", ["kysyn kokilta"], "correct", None, ("kysyä",)),  # (as before)
    ("siivoan heti lattian", ["siivoan lattian", "lattian"], "correct", None),
]


@as_table("row", PERSON)
def test_another_person(row: tuple) -> None:
    answer, accept, verdict, reason, *keywords = row
    j = judge(answer, accept, keywords=keywords[0] if keywords else ())
    assert j.verdict == verdict
    if reason:
        assert j.reason == reason


@as_table(("answer", "accept", "verdict", "reason"), ANSWERS)
def test_each_cause(answer: str, accept: list[str], verdict: str, reason: str | None) -> None:
    j = judge(answer, accept)
    assert j.verdict == verdict
    if reason:
        assert j.reason == reason


# a right answer, then a statement of its own about something else: right; not one about
# what the answer speaks of, one that states a foreseen mistake, nor in a repeat step
CLAUSES = [
    ("kone sammui ja kaksi työntekijää meni kotiin", ["kone sammui"], (), "correct"),
    ("varastossa siellä oli kylmä", ["varastossa", "hän oli varastossa"], (), "correct"),
    ("soitan huoltoon ja juon kahvia sillä välin", ["soitan huoltoon"], (), "correct"),
    ("kone sammui ja kone käynnistyi taas uudestaan", ["kone sammui"], (), "wrong"),
    ("soitan huoltoon ja korjaan koneen itse heti", ["soitan huoltoon"],
     ("korjaan koneen itse",), "wrong"),
    ("varastossa ja hän oli kotona eilen", ["varastossa", "hän oli varastossa"], (), "wrong"),
]


@as_table(("answer", "accept", "mistakes", "verdict"), CLAUSES)
def test_a_right_answer_and_a_statement_more(answer: str, accept: list[str],
                                            mistakes: tuple[str, ...], verdict: str) -> None:
    assert judge(answer, accept, wrong_answers=mistakes).verdict == verdict


def test_a_statement_more_in_a_repeat_step() -> None:
    said = "kone sammui ja kaksi työntekijää meni kotiin"
    assert judge(said, ["Kone sammui."], strict=REPEAT_STRICT).verdict != "correct"


# an hour said as a span answers when work starts and when it ends; another span does not
SPANS = [
    ("kahdeksasta neljään", ["kello kahdeksan", "kahdeksalta"], "correct"),
    ("vuoro on kuudesta kahteen", ["vuoro loppuu kello kaksi", "kahdelta"], "correct"),
    ("yhdeksästä viiteen", ["kello kahdeksan", "kahdeksalta"], "wrong"),
    ("kahdeksan neljä", ["kello kahdeksan", "kahdeksalta"], "wrong"),
    # the start is what a "when" asks; the end only where the answers speak of an end
    ("yhdeksästä kahdeksaan", ["kello kahdeksan", "kahdeksalta"], "wrong"),
    ("kolmesta kahteen", ["vuoro loppuu kello kaksi", "kahdelta"], "correct"),
    ("kahdesta viiteen", ["vuoro loppuu kello kaksi", "kahdelta"], "wrong"),
    ("se on kahdeksasta neljääntoista", ["kello kahdeksan", "kahdeksalta"], "correct"),
]

# the half asked for, a foreseen mistake, is that mistake; the other half, a mistake's hour,
# is the span's other end ("seitsemästä viiteentoista" for a shift 7–15, set 12)
SPAN_MISTAKES = [
    ("yhdeksästä kahdeksaan", ["kello kahdeksan", "kahdeksalta"], {"kello yhdeksän": "wrong"},
     ("wrong", "mistake")),
    ("kolmesta kahteen", ["vuoro loppuu kello kaksi"], {"kello kolme": "almost"},
     ("correct", None)),
    ("yhdestä kahteen", ["vuoro loppuu kello kaksi"], {"kello yksi": "almost"},
     ("correct", None)),
    ("kahdeksasta yhdeksään", ["kello kahdeksan", "kahdeksalta"], {"kello yhdeksän": "wrong"},
     ("correct", None)),
    ("kahdeksasta kolmeen", ["vuoro loppuu kello kaksi"], {"kello kolme": "almost"},
     ("almost", "mistake")),
]


@as_table(("answer", "accept", "mistakes", "expected"), SPAN_MISTAKES)
def test_a_span_whose_asked_hour_is_a_mistake_is_that_mistake(
        answer: str, accept: list[str], mistakes: dict[str, str],
        expected: tuple[str, str | None]) -> None:
    assert verdict_of(judge(answer, accept, wrong_answers=mistakes)) == expected


def verdict_of(j: Judgement) -> tuple[str, str | None]:
    return j.verdict, j.reason


@as_table(("answer", "accept", "verdict"), SPANS)
def test_an_hour_said_as_a_span(answer: str, accept: list[str], verdict: str) -> None:
    assert judge(answer, accept).verdict == verdict


# (answer, the repeat step's model, its verdict there)
REPEATED = [
    # the opposite said in a try at a model sentence is another instruction: wrong, also
    # as the front of a compound; a word near the model's stays a try
    ("laita laatikko ylimmälle hyllylle", "Laita laatikko alimmalle hyllylle.", "wrong"),
    ("milloin työ loppuu", "Milloin työ alkaa?", "wrong"),
    ("minulla on yövuoro tänään", "Minulla on päivävuoro tänään.", "wrong"),
    ("soitan myöhemmin esimiehelle", "Soitan heti esimiehelle.", "wrong"),
    ("ota kypärä päähän", "Laita kypärä päähän.", "wrong"),
    ("minulla on iltavuro tänään", "Minulla on iltavuoro tänään.", "almost"),
    # a changed name is another person; the model's name said in another case is a slip
    ("tämä on Pekka", "Tämä on Mikko.", "wrong"),
    ("hänen nimensä on Sari", "Hänen nimensä on Aino.", "wrong"),
    ("mun nimi on aino", "Minun nimeni on Aino.", "correct"),
    ("minun nimi on aino", "Minun nimeni on Aino.", "almost"),  # written: the suffix
]


# a lexicon phrase said for the model's own: a slip in a repeat step (almost, synonym),
# right anywhere else; the model's own phrase, said as spoken, stays right
PHRASES = [
    ("autatko minua", "Voitko auttaa minua?"),
    ("eipä mitään", "Ei kestä."),
    ("en tajunnut", "En ymmärtänyt."),
]


@as_table(("answer", "model"), PHRASES)
def test_a_phrase_for_the_models_in_a_repeat_step(answer: str, model: str) -> None:
    j = judge(answer, [model], strict=REPEAT_STRICT)
    assert (j.verdict, j.reason) == ("almost", "synonym")
    assert judge(answer, [model]).verdict == "correct"
    assert judge(model, [model], strict=REPEAT_STRICT).verdict == "correct"
    assert judge("en ymmärtäny", ["En ymmärtänyt."], strict=REPEAT_STRICT).verdict == "correct"


@as_table(("answer", "model", "verdict"), REPEATED)
def test_a_repeat_step_wants_the_models_own_words(answer: str, model: str,
                                                  verdict: str) -> None:
    assert judge(answer, [model], strict=REPEAT_STRICT).verdict == verdict


# A step that accepts a yes beside a no of its own ("I may not give medicine, I'll tell the
# nurse"): a no on the verb the yes answers say is the opposite (lessonsB's finding: it was
# "Hyvä alku!"), a no on another verb is not.
MIXED = ["kerron hoitajalle", "haen hoitajan", "en voi antaa lääkettä, kerron hoitajalle"]
DENIED = [
    ("en kerro hoitajalle", "wrong", "negation"),
    ("en hae hoitajaa", "wrong", "negation"),
    ("en voi antaa lääkettä mutta kerron hoitajalle", "correct", None),
    ("kerron hoitajalle", "correct", None),
    ("ei, haen hoitajan", "wrong", None),  # a no, then a yes: no opposite
]


@as_table(("answer", "verdict", "reason"), DENIED)
def test_a_no_on_the_verb_a_yes_answer_says(answer: str, verdict: str, reason: str | None
                                            ) -> None:
    j = judge(answer, MIXED)
    assert (j.verdict, j.reason) == (verdict, reason), j
