"""A clause of a repairer's own deed beside the learner's answer (rules.repairers_deed;
issue 12, stop 42): the answer judged without it, as the learner's own part alone is — the
mending left to the one whose trade it is is no yes to the learner's refused deed ("en
korjaa sitä itse" beside "huoltomies korjaa sen"), nor another answer. A mistake said beside
it stays the mistake; someone who is no repairer, or the learner, doing the deed stays wrong;
where the step's own answers name the repairer, what the repairer does is the answer."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table


@as_table(("step", "answer", "verdict"), [
    # the learner's own part alone: right, half right, a foreseen slip
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle, huoltomies korjaa sen",
     "correct"),
    ("valmistus-turvallisuus kysy-vika",
     "en käytä konetta, ilmoitan työnjohtajalle ja huoltomies korjaa sen", "correct"),
    ("valmistus-turvallisuus kysy-vika", "en korjaa sitä itse, huoltomies korjaa sen",
     "almost"),
    ("valmistus-turvallisuus kysy-vika", "en käytä konetta, huoltomies korjaa sen", "almost"),
    # a mistake said, the learner's or a workmate's deed: as before
    ("valmistus-turvallisuus kysy-vika", "korjaan sen itse, huoltomies korjaa sen", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "jatkan työtä, huoltomies korjaa sen", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle ja korjaan sen", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle, työkaveri korjaa sen",
     "wrong"),
    # how or when the mending is done, or a clause after it, is weighed as said (review54:
    # each was made right): on a running machine, with tape, alone, the learner helping
    ("valmistus-turvallisuus kysy-vika",
     "ilmoitan työnjohtajalle, huoltomies korjaa sen käynnissä", "wrong"),
    ("valmistus-turvallisuus kysy-vika",
     "ilmoitan työnjohtajalle ja huoltomies korjaa sen teipillä", "wrong"),
    ("valmistus-turvallisuus kysy-vika",
     "ilmoitan työnjohtajalle, huoltomies korjaa sen yksin", "wrong"),
    ("valmistus-turvallisuus kysy-vika",
     "ilmoitan työnjohtajalle, huoltomies korjaa sen ja minä autan", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "en käytä konetta, huoltomies korjaa sen ja jatkan",
     "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle, sähköasentaja korjaa sen märillä käsillä",
     "wrong"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle, huoltomies korjaa koneen",
     "correct"),
    # a repairer using or starting what the learner leaves unused: no mending (session 41)
    ("ravintola-ohjeet vuoto", "en käytä konetta, huoltomies käyttää sitä", "wrong"),
    # the step asks who mends it: the repairer's deed is the answer itself
    ("rakennus-raportti kuka-korjaa", "telineasentaja tulee ja korjaa", "correct"),
])
def test_a_repairers_deed_beside_the_answer(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


def test_an_answer_of_joins_alone_is_judged() -> None:
    """A join and nothing else, as a rule judges part of an answer (a sweep's "ja" on a step
    with a no among its answers once found no clause to read: an IndexError)."""
    assert judged_on("autoala-turvallisuus ilmoita", "ja").verdict == "wrong"
