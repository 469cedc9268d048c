"""Forms a trainer treats alike, judged alike (issue 12, judge41; bench/sweep_equals.py): a
number, time or temperature typed as learners type it is the value an accepted answer says
in words, and a yes said first agrees where the step's answers say "understood" first.
Fresh answers on the bundled lessons' real steps, each judged otherwise before; beside
them another value, which stays wrong, and the yes where the step keeps it apart."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge.normalise import normalise
from valkky.testing.table import as_table


@as_table(("step", "answer"), [
    # a time typed as one number, where an accepted answer names that time (14.30)
    ("yleinen-numerot kysy-loppuu", "1430"),
    ("yleinen-numerot kysy-loppuu", "kello 1430"),
    ("yleinen-numerot kysy-loppuu", "se loppuu 1430"),
    ("autoala-asiakas milloin-valmis", "auto on valmis 1100"),
    ("ravintola-ohjeet huomenna", "tulen 1000"),
    # a full hour typed with a space
    ("autoala-asiakas milloin-valmis", "11 00"),
    ("valmistus-kartoitus a1-aika", "14 00"),
    # a minus typed, and frost said for it
    ("ravintola-kartoitus b1-vika", "pakastimessa on vain -2 astetta"),
    ("ravintola-kartoitus b1-vika", "pakastimessa on vain − 2 astetta"),
    ("ravintola-kartoitus b1-vika", "pakastimessa on vain kaksi astetta pakkasta"),
    ("ravintola-kartoitus b1-vika", "pakastimessa on -2 astetta, sen pitää olla -18"),
])
def test_a_value_typed_otherwise_is_that_value(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"


@as_table(("step", "answer"), [
    # another time, typed as one number or with its minutes added to the answer's hour
    ("yleinen-numerot kysy-loppuu", "1530"),
    ("yleinen-numerot kysy-loppuu", "kello 1445"),
    ("autoala-kartoitus a1-aika", "auto on valmis 3.15"),
    ("metalli-esimies tyomaarays.4", "selvä kolmekymmentä kappaletta huomenna 12.15"),
    # another date beside an answer that names the day only
    ("yleinen-lukeminen mihin-mennessa", "keskiviikkona 5. joulukuuta kello neljätoista"),
    # another amount: a number typed is one word, not the answer's and "yksi" more
    ("varasto-ohjeet kuorma", "1001 kiloa"),
    ("varasto-ohjeet kuorma", "enintään 1001 kg"),
    ("autoala-asiakas ajanvaraus.6", "61 minuuttia"),
    # another temperature
    ("ravintola-kartoitus b1-vika", "pakastimessa on vain -3 astetta"),
    ("ravintola-kartoitus b1-vika", "pakastimessa on vain kolme astetta pakkasta"),
])
def test_another_value_stays_wrong(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "wrong"


def test_a_time_typed_as_one_number_is_a_count_elsewhere() -> None:
    """Normalising alone reads "1430" as a count: only a step's time makes it one."""
    assert normalise("1430") == "tuhatneljäsataakolmekymmentä"
    assert normalise("klo 1430") == "neljätoista kolmekymmentä"
    assert normalise("10-12") == "kymmenen kaksitoista"  # a range keeps no minus
    assert normalise("soita 112") == "soita satakaksitoista"


@as_table(("step", "answer"), [
    # a yes first where the step's answers say "understood" first
    ("ravintola-asiakas tilaus.10", "joo, tuon ne pian"),
    ("ravintola-asiakas tilaus.10", "jep kiitos"),
    ("rakennus-tyonjohtaja aamu.6", "joo, menen konttiin"),
    ("metalli-esimies tyomaarays.4", "kyllä, teen ne huomiseksi"),
    ("yleinen-aika esimies.4", "juu nähdään maanantaina"),
    ("elintarvike-tyokaveri linja-seis.8", "kyllä, en koske kuljettimeen"),
])
def test_a_yes_agrees_where_the_step_says_understood(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"


@as_table(("step", "answer", "verdict"), [
    # a no is never a yes
    ("ravintola-asiakas tilaus.10", "ei, tuon ne pian", "wrong"),
    # a yes's own answer with its form slipped stays the slip ("kyllä voin")
    ("siivous-asiakas hotelli.4", "kyllä voit", "almost"),
    # "okei" is no yes to a yes-or-no question ("Ootsä kattonu tilauksen?")
    ("yleinen-puhekieli ootsa", "okei", "wrong"),
])
def test_the_yes_kept_apart(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("step", "answer", "verdict"), [
    # "X sen jälkeen kun Y" says Y first: a sequence reversed stays wrong (review 41)
    ("yleinen-perehdytys step-14", "sen jälkeen laita suojalasit ensin käynnistä kone", "wrong"),
    ("yleinen-perehdytys step-14", "ensin laita suojalasit sen jälkeen kun käynnistä kone",
     "wrong"),
    ("elintarvike-ohjeet step-7", "Laita ensin hiusverkko ja sen jälkeen pese kädet", "wrong"),
    ("yleinen-perehdytys samir.2", "vaihda työvaatteet sen jälkeen kun leimaat sisään", "correct"),
    # "sitten" keeps the steps' order; "sitten kun" makes the next step the condition
    ("elintarvike-ohjeet step-7", "sitten laita hiusverkko ensin pese kädet", "wrong"),
    ("yleinen-perehdytys step-14", "ensin laita suojalasit sitten kun käynnistä kone", "wrong"),
    # … only right after the sequence word, and never against a foreseen mistake: lifting a
    # fallen resident first stays the mistake (review 41b)
    ("hoiva-raportti elias.4", "kun hän kaatuu, nosta ensin ja sitten kutsu hoitaja", "wrong"),
    ("hoiva-raportti elias.4", "nosta ensin ja sitten kun kutsu hoitaja", "wrong"),
    ("elintarvike-ohjeet step-7",
     "kun menet tuotantoon, laita ensin hiusverkko ja sitten pese kädet", "almost"),
    ("metalli-ohjeet step-8", "kun aloitat, mittaa ensin paikat ja sitten poraa reiät", "almost"),
])
def test_a_sequence_keeps_its_order(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("step", "answer", "verdict"), [
    # a yes for the model's words on a repeat step stays a try at the model
    ("varasto-turvallisuus step-27", "kyllä, en käytä sitä.", "almost"),
    ("siivous-asiakas step-17", "joo, tulen heti.", "almost"),
])
def test_a_yes_on_a_repeat_step(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("step", "answer"), [
    # a typed number with a unit after it is an amount, never a time (review 41)
    ("autoala-asiakas milloin-valmis", "se maksaa 1100 euroa"),
    ("autoala-asiakas milloin-valmis", "1100 euroa"),
    ("autoala-asiakas milloin-valmis", "11 00 euroa"),
    ("yleinen-numerot kysy-loppuu", "1430 euroa"),
    ("yleinen-numerot kysy-loppuu", "1430 kg"),
    ("yleinen-numerot kysy-loppuu", "1430 minuuttia"),
    ("ravintola-ohjeet huomenna", "tulen 1000 euroa"),
])
def test_a_number_with_a_unit_is_no_time(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "wrong"


@as_table(("step", "answer"), [
    # a time whose minutes are its hour is another time than the hour alone (review 41):
    # word order read "kymmenen kymmenen" as "kymmenen" said twice
    ("ravintola-ohjeet huomenna", "tulen kello 1010"),
    ("ravintola-ohjeet huomenna", "tulen kello 10.10"),
    ("autoala-asiakas milloin-valmis", "auto on valmis klo 1111"),
    ("autoala-asiakas milloin-valmis", "auto on valmis 11.11"),
])
def test_minutes_equal_to_the_hour_are_another_time(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "wrong"


@as_table(("step", "answer", "verdict"), [
    # a minus said or typed before the answer's number is another value (review 41)
    ("ravintola-hygienia step-9", "enintään -6", "wrong"),
    ("ravintola-hygienia step-9", "enintään miinus kuusi", "wrong"),
    # frost is a minus, on the answer and the foreseen mistake ("miinus kuusi astetta") alike
    ("ravintola-hygienia step-9", "kuusi astetta pakkasta", "wrong"),
    ("elintarvike-hygienia lampotila", "kuusi astetta pakkasta", "wrong"),
    ("elintarvike-hygienia lampotila", "korkeintaan -6 astetta", "wrong"),
    ("elintarvike-hygienia lampotila", "ei yli -6 astetta", "wrong"),
    # a dash before a choice's number is no minus where the step says none
    ("hoiva-ohjeet step-5", "-2", "correct"),
    ("hoiva-ohjeet step-5", "- 2", "correct"),
    # a range is no minus, nor another value: the step's own "nollasta kuuteen asteeseen",
    # its unit written in full kept as written (stop 66; it was almost while "astetta" was
    # turned to another answer's form)
    ("elintarvike-hygienia lampotila", "0-6 astetta", "correct"),
    ("elintarvike-hygienia lampotila", "0 - 6 astetta", "correct"),
    ("elintarvike-hygienia lampotila", "0–6 astetta", "correct"),
    ("elintarvike-hygienia lampotila", "0-8 astetta", "wrong"),
])
def test_a_minus_frost_and_range(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict

