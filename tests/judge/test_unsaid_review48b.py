"""review48b's findings on said_and_unsaid's safe condition (issue 12, stop 39): a mending
taken back by what is said after it, the learner's own opinion, a tag torn off, a word that
only mentions the repairer — none lets the deed; the plain mendings still do."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table


@as_table(("step", "answer", "verdict"), [
    # more said after the mending takes it back: as main judged it
    ("varasto-turvallisuus ilmoitus", "en käytä sitä ja ilmoitan esimiehelle, käytän sitä "
     "kun se on korjattu tai kun on kiire", "wrong"),
    ("varasto-turvallisuus ilmoitus", "en käytä sitä ja ilmoitan esimiehelle, käytän sitä "
     "kun se on korjattu mutta tänään on kiire", "wrong"),
    ("hoiva-ohjeet liina", "en käytä sitä ja kerron hoitajalle, käytän sitä kun se on "
     "korjattu tai kun on kiire", "wrong"),
    ("valmistus-ohjeet huoltolappu", "en käynnistä konetta, käynnistän sen kun huolto on "
     "valmis tai kun on kiire", "almost"),
    # the learner's own opinion, a tag torn off, the repairer only mentioned
    ("varasto-turvallisuus ilmoitus", "en käytä sitä ja ilmoitan esimiehelle, käytän sitä "
     "kun se on mielestäni kunnossa", "wrong"),
    ("valmistus-ohjeet huoltolappu", "en käynnistä konetta, käynnistän sen kun lappu on "
     "revitty pois", "wrong"),
    ("valmistus-ohjeet huoltolappu", "en käynnistä konetta, käynnistän sen kun lappu on "
     "heitetty pois", "wrong"),
    ("varasto-turvallisuus ilmoitus", "en käytä sitä ja ilmoitan esimiehelle, käytän sitä "
     "kun korjaajan tauko on valmis", "wrong"),
    # the plain mendings stay right
    ("varasto-turvallisuus ilmoitus", "en käytä sitä ja ilmoitan esimiehelle, käytän sitä "
     "kun se on korjattu", "correct"),
    ("valmistus-ohjeet huoltolappu", "en käynnistä konetta, käynnistän sen kun huoltolappu "
     "on otettu pois", "correct"),
    ("valmistus-ohjeet huoltolappu", "en käynnistä konetta, käynnistän sen kun korjaaja "
     "sanoo", "correct"),
])
def test_a_mending_taken_back_or_not_one(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# After the learner's own no, "mutta" and someone who is no repairer doing the forbidden deed
# all the same: the no said, the deed done (stop 39; without "mutta" the no on its own turned
# it already); a repairer doing it, or waiting for one, stays as it was.
@as_table(("step", "answer", "verdict"), [
    ("rakennus-ohjeet sahkotila", "en mene sisään, mutta työkaveri menee", "wrong"),
    ("rakennus-ohjeet sahkotila", "en mene sisään mutta työkaveri menee", "wrong"),
    ("rakennus-ohjeet sahkotila", "en mene sisään, mutta esimies menee", "wrong"),
    ("rakennus-ohjeet sahkotila", "en mene sisään, työkaveri menee", "wrong"),
    ("rakennus-ohjeet sahkotila", "en mene sisään, mutta sähkömies menee", "correct"),  # judge53
    ("rakennus-ohjeet sahkotila", "en mene sisään mutta odotan sähkömiestä", "correct"),
])
def test_another_doing_the_forbidden_after_but(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
