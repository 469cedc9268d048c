"""Going on beside a right answer (issue 12, safety; valkky/judge/carry_on.py): the right
answer said whole, then a clause in which the learner goes on with what the step forbids.
Every row of the first tables was judged correct on main before carry_on; the last table
keeps main's verdict (going on later, with something else, by someone else, turned down)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge import judge
from valkky.testing.table import as_table

_CORD = "siivous-ohjeet johto"  # "Johto on rikki. Mitä teet?"


@as_table(("step", "answer", "mistake"), [
    (_CORD, "ilmoitan esimiehelle mutta imuroin silti", "jatkan imurointia"),
    (_CORD, "ilmoitan esimiehelle ja imuroin loppuun", "jatkan imurointia"),  # imurointi → imuroida
    (_CORD, "kerron esimiehelle ja imuroin", "jatkan imurointia"),
    (_CORD, "ilmoitan esimiehelle ja sitten imuroin", "jatkan imurointia"),
    (_CORD, "ilmoitan esimiehelle ja voin jatkaa", None),  # a modal and going on
    (_CORD, "ilmoitan esimiehelle ja jatkamme työtä", None),  # we
    (_CORD, "kerron esimiehelle ja me jatketaan imurointia", None),  # spoken passive
    (_CORD, "ilmoitan esimiehelle ja jatkan siivousta", None),  # another object
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle ja jatkan sitä", None),
    ("metalli-ohjeet kone", "pysäytän koneen ja ilmoitan työnjohtajalle ja sitten jatkan",
     None),
])
def test_going_on_beside_the_answer_is_the_mistake(step: str, answer: str,
                                                  mistake: str | None) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason) == ("wrong", "mistake")
    assert mistake is None or j.matched == mistake


_SICK = dict(wrong_answers={"menen töihin": "wrong", "en soita": "wrong"})


@as_table(("answer", "accepted", "arguments", "verdict"), [
    # a deed of a wrong mistake done anyway ("silti"), in a verb the answers do not say
    ("jään kotiin mutta menen silti", ("jään kotiin", "soitan esimiehelle"), _SICK, "wrong"),
    ("soitan esimiehelle mutta menen silti töihin", ("soitan esimiehelle",), _SICK, "wrong"),
    # no going on: another deed done anyway, a verb the answers say themselves
    ("jään kotiin mutta soitan silti esimiehelle", ("jään kotiin", "soitan esimiehelle"),
     _SICK, "correct"),
    ("jään kotiin ja lepään", ("jään kotiin",), _SICK, "correct"),
])
def test_a_deed_of_a_mistake_done_anyway(answer: str, accepted: tuple[str, ...],
                                         arguments: dict[str, object], verdict: str) -> None:
    assert judge(answer, accepted, **arguments).verdict == verdict  # type: ignore[arg-type]


@as_table(("step", "answer", "verdict"), [
    (_CORD, "ilmoitan esimiehelle ja hän korjaa sen", "correct"),  # someone else's deed
    (_CORD, "ilmoitan esimiehelle ja jatkan toisella imurilla", "correct"),  # another thing
    (_CORD, "ilmoitan esimiehelle ja jatkan muita töitä", "correct"),
    (_CORD, "ilmoitan esimiehelle ja jatkan huomenna", "correct"),  # later
    (_CORD, "ilmoitan esimiehelle ja odotan", "correct"),  # no going on
    (_CORD, "ilmoitan esimiehelle enkä jatka imurointia", "correct"),  # turned down
    (_CORD, "ilmoitan esimiehelle ja jatkan työtä vasta kun johto on korjattu", "almost"),
])
def test_no_going_on_keeps_mains_verdict(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
