"""A right answer that reports something (issue 12, judge42; valkky/judge/reported.py): after
a verb of telling, a clause of a thing or a third person is what the learner reports, its no
no no of theirs. Real steps; each row of the first table failed on main."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table


@as_table(("step", "answer"), [
    # the report's no was read as the learner's (wrong or almost on main)
    ("varasto-turvallisuus ilmoitus", "kerron työnjohtajalle että tikkaat ei ole kunnossa"),
    ("valmistus-turvallisuus kysy-vika", "kerron esimiehelle että kone ei toimi"),
    ("valmistus-turvallisuus kysy-vika", "soitan pomolle ettei kone käynnisty"),
    ("metalli-ohjeet kone", "pysäytän koneen ja kerron työnjohtajalle että se ei toimi"),
    ("hoiva-asukas kipua.4", "kerron hoitajalle että asukas ei saa nukuttua"),
    ("siivous-ohjeet johto", "en käytä sitä ja ilmoitan esimiehelle että johto ei ole ehjä"),
    ("hoiva-ohjeet liina", "kerron työkaverille ja hoitajalle ettei liina kestä"),
    # what is reported is no deed of the learner's; a clause of their own after it is
    ("varasto-ohjeet hylly", "ilmoitan esimiehelle että tolppa ei ole suora"),
    ("varasto-turvallisuus ilmoitus", "huomaan että lava ei kestä ja kerron esimiehelle"),
])
def test_a_report_is_no_no_of_the_learner(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"


@as_table(("step", "answer", "verdict"), [
    # kept as on main: the learner's own deed after "että", a no on the telling, a foreseen
    # mistake said in the report
    ("varasto-turvallisuus ilmoitus", "sanon että en ilmoita", "wrong"),
    ("varasto-turvallisuus ilmoitus", "kerron esimiehelle että käytän sitä", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "kerron esimiehelle että korjaan sen itse", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "en kerro että kone ei toimi", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "en kerro esimiehelle että kone ei toimi", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "kerron esimiehelle että hän korjaa sen itse",
     "wrong"),  # a verb of a foreseen mistake, whoever does it
    ("hoiva-asukas kipua.4", "kerron hoitajalle että annan lääkettä", "wrong"),
])
def test_the_learners_own_deed_keeps_its_verdict(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


def test_a_report_that_turns_the_accepted_report_is_almost() -> None:
    # the accepted answer reports "lava on rikki": its no is an odd report, not a no of telling
    j = judged_on("varasto-turvallisuus ilmoitus", "kerron esimiehelle että lava ei ole rikki")
    assert (j.verdict, j.reason) == ("almost", "negation")


@as_table(("step", "answer"), [
    # "johtaja" is the boss a fault is told to, as esimies, pomo, työnjohtaja are (the
    # lexicon's roles; wrong on main where the step says esimies)
    ("varasto-turvallisuus ilmoitus", "soitan johtajalle"),
    ("varasto-turvallisuus ilmoitus", "kerron johtajalle että trukki ei toimi"),
    ("ravintola-ohjeet vuoto", "ilmoitan johtajalle"),
])
def test_johtaja_is_the_boss(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"
