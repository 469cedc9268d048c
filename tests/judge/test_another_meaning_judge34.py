"""Issue 12 (judge34): an answer that says another meaning, judged almost as a try at the
answer (sets 15-20, two trainers agreeing: wrong), tried on the bundled lessons' real steps
with answers of their own, beside answers that must not change."""

from __future__ import annotations

from tests.judge.test_lesson_writers_issue12 import on_step
from valkky.testing.table import as_table


# 1. A word of a pair of opposites (the lexicon's `opposites`) said for the model's word in
# a repeat step: the other thing, not a try at the sentence.
@as_table(("step", "answer"), [
    ("elintarvike-tyokaveri step-18", "kaksi pakkausta on ehjä"),
    ("hoiva-ohjeet step-27", "liina on ehjä. en käytä sitä."),
    ("yleinen-verbit step-22", "kone on ehjä. ilmoitan esimiehelle."),
    ("yleinen-puhekieli step-5", "minä olen kotona"),
    ("yleinen-puhekieli step-5", "mä oon kotiin"),
    ("siivous-asiakas step-17", "selvä, menen heti"),  # mennä for tulla
])
def test_an_opposite_in_a_model_sentence_is_another_meaning(step: str, answer: str) -> None:
    assert on_step(step, answer) == "wrong"


# 2. (review of judge34) A compound with the model's head and another word in front may be
# the same thing named otherwise: another_kind_of_it, which made these wrong, is gone, and
# they stay a try (docs/judging.md, left open).
@as_table(("step", "answer"), [
    ("siivous-kartoitus a2-toista", "laita liukkauskyltti märälle lattialle"),
    ("siivous-kartoitus a2-toista", "laita huomiokyltti märälle lattialle"),
    ("metalli-turvallisuus step-3", "luen käyttöohjeen ennen työtä"),
    ("metalli-turvallisuus step-3", "luen turvaohjeen ennen työtä"),
    ("varasto-turvallisuus step-7", "minulla on työkengät ja huomioliivi"),
    ("elintarvike-tuotanto step-15", "tämä on kuumemittari"),
    ("autoala-turvallisuus step-10", "laita pakoletku pakoputkeen"),
])
def test_another_front_of_the_models_compound_stays_a_try(step: str, answer: str) -> None:
    assert on_step(step, answer) == "almost"


# 3. A word said more that is the opposite of a word the step's answers say: it asks or
# tells the other thing, not a word more (the closest answer lacked the word).
@as_table(("step", "answer"), [
    ("yleinen-numerot tauko.2", "mihin aikaan tauko päättyy"),
    ("yleinen-numerot tauko.2", "mihin aikaan tauko loppuu"),
])
def test_the_opposite_of_the_steps_word_said_more_is_wrong(step: str, answer: str) -> None:
    assert on_step(step, answer) == "wrong"


# What stays: a word of the same meaning in another shape, a slip of the model's word or of
# its front, the model's compound in another form or with a linking letter left out, a
# start, and right answers.
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-hygienia step-27", "pakkaus on viallinen", "almost"),
    ("elintarvike-hygienia step-27", "pakkaus on rikkinäinen", "almost"),
    ("elintarvike-hygienia step-27", "pakkaus on riki", "almost"),
    ("elintarvike-tuotanto step-15", "tämä on lämpömitari", "almost"),
    ("elintarvike-tuotanto step-15", "tämä on lämpomittari", "almost"),
    ("elintarvike-tuotanto step-6", "laitan suojatakki päälle", "almost"),
    ("elintarvike-tuotanto step-3", "tämä on hiusverko", "almost"),
    ("elintarvike-raportti step-6", "paketissa oli muovipala", "correct"),
    ("elintarvike-raportti step-6", "paketissa oli muovinpalat", "almost"),
    ("yleinen-puhekieli step-5", "mä oon töis", "correct"),
    ("yleinen-numerot tauko.2", "milloin tauko alkaa", "correct"),
    ("yleinen-numerot tauko.2", "milloin on tauko", "correct"),
    ("yleinen-numerot tauko.2", "milloin tauko", "almost"),
    ("rakennus-kartoitus a1-aika", "tauko alkaa yhdeksältä", "correct"),
    ("hoiva-raportti elias.2", "laita jarrut päälle heti", "correct"),
    ("elintarvike-hygienia step-19", "kylmähuone on lämmin", "correct"),
    # the answer's own contrast, a word and its opposite both said (review of judge34)
    ("metalli-esimies valmiit.4", "kaksi on rikki, loput ovat ehjiä", "correct"),
    ("valmistus-tyonjohtaja iltapaiva.4", "löysin yhden viallisen osan, muut ovat ehjiä",
     "almost"),
    # a postposition whose lemma is of wordsets' pairs ("päästä": pää; review of judge34)
    ("rakennus-ohjeet pitka-ohje", "vien lautoja roskalavalle vähän ajan päästä", "almost"),
    # an opposite the answer says no to, where the model says none: the same thing
    ("hoiva-ohjeet step-27", "liina ei ole ehjä. en käytä sitä.", "almost"),
    ("varasto-kartoitus b1-toista",
     "jos lava ei ole ehjä, älä käytä sitä, vaan ilmoita esimiehelle", "almost"),
    # one idiom said with the pair's other verb ("tuli rikki" for "meni rikki": both
    # "became broken"; second review of judge34)
    ("elintarvike-tyokaveri linja-seis.4", "kaksi pakkausta tuli rikki", "correct"),
    ("elintarvike-tyokaveri linja-seis.4", "kaksi pakkausta tulivat rikki", "correct"),
])
def test_a_try_and_right_answers_stay(step: str, answer: str, verdict: str) -> None:
    assert on_step(step, answer) == verdict


# 4. (review of judge34) regular_stem takes only letters that make no word: a real word
# with the expected word's ending on its dictionary form is another word ("autoton",
# without a car, for "auton"), so "lautat" for "laudat" stays another word too.
@as_table(("expected", "heard", "rule"), [
    ("auton", "autoton", None),
    ("toimiston", "toimistoton", None),
    ("kertojen", "kertoen", "long_slip"),  # one letter off in a long word, not a form
    ("laudat", "lautat", None),
    ("kädet", "käsit", "regular_stem"),
    ("pöydän", "pöytän", "regular_stem"),
])
def test_a_form_made_by_rule_is_no_real_word(expected: str, heard: str,
                                             rule: str | None) -> None:
    from valkky.judge.word_rules import decided_by

    assert next((n for n, _, _ in decided_by(expected, heard, frozenset())), None) == rule
