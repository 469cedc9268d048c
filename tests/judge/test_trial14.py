"""What trainer set 14 (tests/judge/data/trainer_answers_14.yaml) showed the judge missing:
each general cause, tried on answers of its own kind (not the set's own answers), with
answers beside them that must not change."""

from __future__ import annotations

from valkky.judge import judge
from valkky.lesson.loader import REPEAT_STRICT
from valkky.testing.table import as_table

# A repeat step (pronunciation practice): a word that says another thing than the model's
# is another meaning (wrong), not a try at the sentence; a near word, a word left out or a
# slip stays a try (almost). (answer, model, verdict)
REPEATED = [
    # another person, another place (here for there), another thing in the same case
    ("voitko soittaa hänelle", "Voitko soittaa minulle?", "wrong"),
    ("annan sen sinulle", "Annan sen hänelle.", "wrong"),
    ("pukuhuone on täällä", "Pukuhuone on tuolla.", "wrong"),
    ("vessa on siellä", "Vessa on täällä.", "wrong"),
    ("lattialla on maitoa", "Lattialla on vettä.", "wrong"),
    ("pese kädet saippualla", "Pese kädet vedellä.", "wrong"),
    # the opposite said where the alignment leaves the model's word out; a word said in
    # the place of one left out
    ("pese kädet työn jälkeen", "Pese kädet ennen työtä.", "wrong"),
    ("kone on rikki", "Sammuta kone.", "wrong"),
    # must not change: a near word, a word of the same group (here and here), a state for
    # a thing, a word left out, the model said in speech's words
    ("pumppu on rikki", "Pumpussa on vika.", "almost"),
    ("missä hyllyssä laatikko on", "Missä hyllyvälissä laatikko on?", "almost"),
    ("kahvi on tässä", "Kahvi on täällä.", "almost"),
    ("tarkista aina varoituskyltit", "Tarkista aina varoitusmerkit.", "almost"),
    ("pese kädet", "Pese kädet ennen työtä.", "almost"),
    ("sammuta", "Sammuta kone.", "almost"),
    ("mä autan sua", "Minä autan sinua.", "correct"),
    ("mihin sinua sattuu", "Mihin teitä sattuu?", "almost"),  # the polite "you", the same
]


@as_table(("answer", "model", "verdict"), REPEATED)
def test_a_word_that_says_another_thing_in_a_repeat_step(answer: str, model: str,
                                                         verdict: str) -> None:
    assert judge(answer, (model,), strict=REPEAT_STRICT).verdict == verdict


# Another question word is another question in any step, though its base form is the
# same ("missä" is a form of "mikä"); the same question in another case is still a slip,
# and a question word before a noun says "which": with its noun in the question word's
# case, the same question (phrase_case; set 10's trainer: "mikä huone" for "missä
# huoneessa", correct), with the noun left in the accepted case a slip (answer, accepted,
# verdict)
QUESTIONS = [
    ("missä on avain", "mikä on avain", "wrong"),
    ("mikä tämä on", "missä tämä on", "wrong"),
    ("mihin sattuu", "missä sattuu", "almost"),
    ("mikä kerros", "missä kerroksessa", "correct"),
    ("mikä kerroksessa", "missä kerroksessa", "wrong"),
    ("missä kerros", "missä kerroksessa", "almost"),
]


@as_table(("answer", "accepted", "verdict"), QUESTIONS)
def test_another_question_word(answer: str, accepted: str, verdict: str) -> None:
    assert judge(answer, (accepted,)).verdict == verdict


# A right answer the judge found short: a number without its unit, asked how much; a
# possessor another accepted answer names, before a one-word answer; adverbs beside a
# one-word answer; the question's no kept before the thing ("ei koruja" to "Mitä et saa
# käyttää?"). Beside them, what must not change: another unit, a count word that is no
# unit, a possessor no answer names, a noun more, a no where the answers say yes.
SHORT = [
    # a number said alone keeps its unit (stop 76: 12 of 16 such rows of sets 14–239 the
    # trainers call almost); inside a sentence the unit may go unsaid
    ("kolme", ["kolme metriä", "se on kolme metriä"], "almost"),
    ("viisi", ["viisi litraa"], "almost"),
    ("se on kaksikymmentä", ["kaksikymmentä senttiä"], "correct"),
    ("viisi senttiä", ["viisi metriä"], "wrong"),
    ("neljä", ["viisi litraa"], "wrong"),
    ("viisi", ["viisi pulloa"], "almost"),
    ("potilaan käteen", ["käteen", "potilaan käteen sattuu"], "correct"),
    ("hänen selkään", ["selkään", "hänen selkäänsä sattuu"], "correct"),
    ("lääkärin käteen", ["käteen", "potilaan käteen sattuu"], "almost"),
    ("heti esimiehelle tietenkin", ["esimiehelle", "kerron heti esimiehelle"], "correct"),
    ("varastoon nopeasti heti", ["varastoon"], "correct"),
    ("moppi harja", ["moppi"], "almost"),
    ("esimiehelle kotiin heti", ["esimiehelle"], "wrong"),
    ("ei tupakkaa", ["tupakkaa", "en saa polttaa tupakkaa"], "correct"),
    ("ei kännykkää", ["puhelinta", "en saa käyttää puhelinta"], "correct"),
    ("ei koruja", ["koruja", "saan käyttää koruja"], "wrong"),
    ("ei koruja", ["koruja"], "wrong"),
    ("ei kelloa", ["koruja", "en saa käyttää koruja"], "wrong"),
]


@as_table(("answer", "accepted", "verdict"), SHORT)
def test_a_right_answer_said_short(answer: str, accepted: list[str], verdict: str) -> None:
    assert judge(answer, accepted).verdict == verdict


def test_a_unit_left_out_does_not_choose() -> None:
    """In a choose step whose options differ in the unit alone, the number chooses none."""
    options = ["kaksi kiloa", "kaksi metriä"]
    assert judge("se on kaksi", ["kaksi litraa"], other_options=options).verdict == "almost"
    assert judge("se on kaksi", ["kaksi litraa"]).verdict == "correct"


# Numbers after their words: a word said with a slip still holds its number in place (the
# dots of "erä" are no swap); a number after another number's word, or the runs in
# another order with no word of the trainer's, is another answer. (answer, accepted,
# verdict, reason where it matters)
NUMBERS = [
    ("linja kolme era viisi", ["linja kolme erä viisi"], "almost", "umlaut"),
    ("linja viisi erä kolme", ["linja kolme erä viisi"], "wrong", None),
    ("linja viisi era kolme", ["linja kolme erä viisi"], "wrong", None),
    ("erä viisi linja kolme", ["linja kolme erä viisi"], "correct", None),
    ("kolmekymmentä kaksi", ["kaksi kolmekymmentä"], "wrong", None),
    ("hyllyväli seitsemän hyllypaikka kolme", ["hyllyväli kolme hyllypaikka seitsemän"],
     "wrong", None),
]


@as_table(("answer", "accepted", "verdict", "reason"), NUMBERS)
def test_numbers_keep_their_words(answer: str, accepted: list[str], verdict: str,
                                  reason: str | None) -> None:
    j = judge(answer, accepted)
    assert j.verdict == verdict
    if reason:
        assert j.reason == reason


def test_a_slip_as_said_before_a_spoken_sound_was_read() -> None:
    """"satuu" reads "satua" (speech's -uu for -ua, "en tajuu"), another word; said for
    "sattuu" it is the double t left out. The spoken sounds still read as before."""
    j = judge("selkään satuu", ["selkään sattuu"])
    assert (j.verdict, j.reason) == ("almost", "double_consonant")
    assert j.detail is not None and j.detail.heard == "satuu"
    assert judge("en tajuu", ["en tajua"]).verdict == "correct"
    assert judge("kahvii", ["kahvia"]).verdict == "correct"


# A foreseen mistake said in the place of an accepted answer inside a longer one is that
# mistake, with its verdict; the sentence said right, or with a slip, is as before
# (answer, accepted, mistakes, verdict, reason)
MISTAKE_INSIDE = [
    ("tämä on harja", ["moppi", "tämä on moppi"], ("harja",), "wrong", "mistake"),
    ("puhaltaa kova tuli", ["tuuli", "kova tuuli", "puhaltaa kova tuuli"], ("tuli",),
     "wrong", "mistake"),
    ("tämä on harja", ["moppi", "tämä on moppi"], {"harja": "almost"}, "almost", "mistake"),
    ("tämä on moppi", ["moppi", "tämä on moppi"], ("harja",), "correct", None),
    ("tämä on mopi", ["moppi", "tämä on moppi"], ("harja",), "almost", "double_consonant"),
    ("kova tuli", ["tuuli", "kova tuuli"], (), "almost", "vowel_length"),
]


@as_table(("answer", "accepted", "mistakes", "verdict", "reason"),
          MISTAKE_INSIDE)
def test_a_foreseen_mistake_in_the_words_of_an_answer(answer: str, accepted: list[str],
                                                      mistakes: object, verdict: str,
                                                      reason: str | None) -> None:
    j = judge(answer, accepted, wrong_answers=mistakes)  # type: ignore[arg-type]
    assert (j.verdict, j.reason) == (verdict, reason)


# Each clause keeps its words: the things of two instructions swapped is another pair of
# instructions, in a repeat step or not; the clauses in another order, a clause in its own
# order, without "ja", or things joined with no verb stay as before. (answer, accepted,
# repeat step, verdict)
CLAUSES = [
    ("pese kupit ja kuivaa lautaset", "Pese lautaset ja kuivaa kupit.", True, "wrong"),
    ("pese kupit ja kuivaa lautaset", "pese lautaset ja kuivaa kupit", False, "wrong"),
    ("pese kupit kuivaa lautaset", "pese lautaset ja kuivaa kupit", False, "wrong"),
    ("kuivaa kupit ja pese lautaset", "pese lautaset ja kuivaa kupit", False, "correct"),
    ("lautaset pese ja kupit kuivaa", "pese lautaset ja kuivaa kupit", False, "correct"),
    ("pese lautaset kuivaa kupit", "pese lautaset ja kuivaa kupit", False, "correct"),
    ("mä pesen ja desinfioin", "pesen ja desinfioin ne", False, "correct"),
    ("suojalasit ja käsineet", "käsineet ja suojalasit", False, "correct"),
]


@as_table(("answer", "accepted", "repeat", "verdict"), CLAUSES)
def test_each_clause_keeps_its_words(answer: str, accepted: str, repeat: bool,
                                     verdict: str) -> None:
    strict = REPEAT_STRICT if repeat else ()
    assert judge(answer, (accepted,), strict=strict).verdict == verdict


# Another right form: the passive of the learner's own verb says what one does ("we" as
# speech says it), another person's verb stays a slip; the possessive suffix left out
# where no pronoun says whose (and after "minun", which says it: issue 12), not a subject
# in the object's form, not in a repeat step. (answer, accepted, repeat step, verdict)
FORMS = [
    ("kynällä kirjoitetaan", ["kirjoitan kynällä", "kynällä"], False, "correct"),
    ("hän kirjoittaa kynällä", ["kirjoitan kynällä", "kynällä"], False, "almost"),
    ("pesin käden", ["pesin käteni"], False, "correct"),
    ("loukkasin jalan", ["loukkasin jalkani"], False, "correct"),
    # (issue 12, judge24: after "minun" too, as speech drops it; a repeat step keeps it)
    ("minun nimi on ali", ["minun nimeni on Ali"], False, "correct"),
    ("käden on kipeä", ["käteni on kipeä"], False, "almost"),
    ("pesin käden", ["Pesin käteni."], True, "almost"),
]


@as_table(("answer", "accepted", "repeat", "verdict"), FORMS)
def test_another_right_form(answer: str, accepted: list[str], repeat: bool,
                            verdict: str) -> None:
    strict = REPEAT_STRICT if repeat else ()
    assert judge(answer, accepted, strict=strict).verdict == verdict


@as_table(("answer", "verdict"), [
    ("kyllä olen soitti", "almost"),  # the perfect's participle said as a past: a slip
    ("kyllä olen soittanut", "correct"),
    ("joo olen soittanu", "correct"),  # speech's participle without its -t
    ("kyllä olen jo", "correct"),  # a word more beside the short answer
])
def test_a_finite_verb_for_the_perfects_participle(answer: str, verdict: str) -> None:
    accepted = ["kyllä olen", "kyllä olen soittanut", "en ole soittanut"]
    assert judge(answer, accepted).verdict == verdict
