"""Issue 12 (session 41, set 32, read after it was measured blind): a conditional's question
said -isko (normalise: "maistuisko" is maistuisiko), and a state told without "olla" is no
instruction said without its verb (forms_allowed.said_without_its_verb: "minä sairas
tänään" is almost). Right and wrong rows side by side."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge.normalise import normalise
from valkky.testing.table import as_table


@as_table(("said", "read"), [
    ("maistuisko kahvi", "maistuisiko kahvi"),
    ("voisko auttaa", "voisiko auttaa"),
    ("olisko aikaa", "olisiko aikaa"),
    ("kävisikö tämä", "kävisikö tämä"),  # the full form as it is
    ("piiskoa", "piiskoa"),  # a word of its own: no -isko restored
])
def test_a_conditionals_question_said_short(said: str, read: str) -> None:
    assert normalise(said) == read


@as_table(("step", "answer", "verdict"), [
    ("hoiva-asukas pukeutuminen.6", "maistuisko kahvi?", "correct"),  # almost (typo)
    ("yleinen-sairastuminen kysy-sairas", "minä sairas tänään", "almost"),  # correct
    ("yleinen-sairastuminen kysy-sairas", "minä olen sairas tänään", "correct"),
    ("yleinen-sairastuminen kysy-sairas", "olen sairas tänään", "correct"),
    # an instruction said without its verb stays right
    ("metalli-turvallisuus sormus", "sormus pois", "correct"),
])
def test_a_state_without_olla_is_no_instruction(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# an accepted answer's first clause, then a right answer of the learner's own
# (lead_clause.py; sets 17, 21, 28, 30, 31: both trainers correct)
@as_table(("step", "answer", "verdict"), [
    ("ravintola-asiakas kokki", "En oo varma, mä käyn kysymässä keittiöstä.", "correct"),
    ("ravintola-asiakas allergia.2", "Odottakaa hetki, mä käyn kysymässä kokilta.",
     "correct"),  # almost (typo)
    ("valmistus-tyonjohtaja iltapaiva.2", "hyvin, kuusikymmentä valmiina", "correct"),
    # what follows wrong or a mistake: as before
    ("ravintola-asiakas kokki", "en ole varma, ei siinä ole pähkinää", "wrong"),
    ("ravintola-asiakas kokki", "en tiedä, ei ole", "wrong"),
    ("ravintola-asiakas kokki", "en tiedä", "almost"),  # the lesson's own almost mistake
    # no comma: a lead of two words or more, and a clause with a verb after it
    ("hoiva-ohjeet kenet", "käyn katsomassa helmi", "almost"),  # a name's form, no clause
    ("ravintola-asiakas kokki", "en oo varma mä käyn kysymässä keittiöstä", "correct"),
])
def test_a_lead_clause_then_a_right_answer(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# a repeat's first clause said whole before "ennen kuin" is a start of it (set 31: almost)
@as_table(("step", "answer", "verdict"), [
    ("autoala-turvallisuus step-4", "Lukitse nosturi.", "almost"),  # wrong
    ("autoala-turvallisuus step-4", "Lukitse nosturi ennen kuin menet auton alle.", "correct"),
    ("autoala-turvallisuus step-4", "nosturi", "wrong"),
    ("autoala-turvallisuus step-4", "Avaa nosturi ennen kuin menet auton alle.", "wrong"),
])
def test_a_repeats_first_clause_before_ennen_kuin(step: str, answer: str,
                                                  verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# a no to half an accepted answer: wrong where that half is the measure (stopping the work),
# whatever that mistake's verdict; right where it tells one more (rules._a_measure), almost
# where the lesson's reply wants it done too
@as_table(("step", "answer", "verdict"), [
    ("valmistus-turvallisuus kysy-vika", "ilmoitan esimiehelle enkä pysäytä konetta", "wrong"),
    ("metalli-ohjeet kone", "kerron työnjohtajalle enkä pysäytä konetta", "wrong"),
    ("metalli-ohjeet kone", "pysäytän koneen", "almost"),  # half of stop and tell
    ("siivous-ohjeet johto", "kerron esimiehelle enkä kerro työkaverille", "correct"),
    # the floor dried is a deed the lesson wants too ("Hyvä, kuivaa lattia. Mutta kerro myös
    # esimiehelle."): its no beside the answer is almost (judge56, rules._refused)
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle enkä pyyhi lattiaa", "almost"),
])
def test_a_no_to_half_an_answer(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# the same number as a cardinal for the ordinal, or the other way round: a form slip
# (word_rules.ordinal_cardinal; repeat_replaced keeps it the same word; sets 18, 33)
@as_table(("step", "answer", "verdict"), [
    ("yleinen-aika step-9", "viisi kolmatta", "almost"),  # wrong
    ("yleinen-aika step-9", "viisi kolme", "almost"),  # wrong
    ("yleinen-aika step-9", "kuusi kolme", "wrong"),  # another number
    ("yleinen-aika step-9", "viides neljättä", "wrong"),  # another month
    ("yleinen-aika kysy-paivamaara", "kolme kaksi", "wrong"),  # day and month swapped
])
def test_a_number_in_the_other_kind(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
