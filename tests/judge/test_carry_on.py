"""Going on beside a right answer (issue 12, safety; valkky/judge/carry_on.py): the right
answer said whole, then a clause in which the learner goes on with what the step forbids.
Every row of the first two tables was judged correct (or almost) on main before carry_on;
the last table keeps main's verdict (going on later, with something else, by someone
else, asked, turned down), each row of it a case the review of the first version of
carry_on found judged wrong."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge import judge
from valkky.testing.table import as_table

_CORD = "siivous-ohjeet johto"  # "Johto on rikki. Mitä teet?"


@as_table(("step", "answer", "mistake"), [
    (_CORD, "ilmoitan esimiehelle mutta imuroin silti", "jatkan imurointia"),
    (_CORD, "ilmoitan esimiehelle ja imuroin loppuun", "jatkan imurointia"),  # imurointi → imuroida
    (_CORD, "kerron esimiehelle ja imuroin", "jatkan imurointia"),
    (_CORD, "ilmoitan esimiehelle ja imuroin eri huoneen", "jatkan imurointia"),
    (_CORD, "ilmoitan esimiehelle ja sitten imuroin", "jatkan imurointia"),
    (_CORD, "ilmoitan esimiehelle ja voin jatkaa", None),  # a modal and going on
    (_CORD, "ilmoitan esimiehelle ja jatkamme työtä", None),  # we
    (_CORD, "kerron esimiehelle ja me jatketaan imurointia", None),  # spoken passive
    (_CORD, "ilmoitan esimiehelle, mä jatkan", None),
    (_CORD, "ilmoitan esimiehelle ja jatkan vaan", None),
    (_CORD, "ilmoitan esimiehelle ja jatkan niinku ennen", None),
    (_CORD, "ilmoitan esimiehelle ja jatkan ilmoituksen jälkeen", None),  # after, but now
    (_CORD, "ilmoitan esimiehelle ja jatkan kunnes esimies tulee", None),
    (_CORD, "ilmoitan esimiehelle ja jatkan ilman lupaa", None),
    (_CORD, "ilmoitan esimiehelle mutta jatkan kuitenki", None),  # spoken "anyway"
    (_CORD, "ilmoitan esimiehelle ja jatkan vaikka johto on rikki", None),
    (_CORD, "ilmoitan esimiehelle ja jatkan varastossa", None),  # a place is no other work
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle ja jatkan sitä", None),
    ("metalli-ohjeet kone", "pysäytän koneen ja ilmoitan työnjohtajalle ja sitten jatkan",
     None),
    ("hoiva-ohjeet liina", "kerron hoitajalle ja jatkan nostoa", None),  # "käytän sitä"
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle ja jatkan työtä", None),
    ("valmistus-ohjeet huoltolappu", "en käynnistä konetta mutta käytän sitä", None),
    ("valmistus-ohjeet huoltolappu", "en käynnistä konetta mutta käynnistän sen silti", None),
    # the step's own reply, not "Sanoit päinvastoin", where an answer says "en käytä sitä"
    # (denied_said_yes: wrong, negation, before)
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle mutta käytän sitä silti",
     "käytän konetta"),
    ("hoiva-ohjeet liina", "kerron hoitajalle mutta käytän sitä silti", "käytän sitä"),
    # the second review: a verb leading to it, a whim or a report as the condition, the
    # work as a genitive's head, a postposition's noun, started again
    (_CORD, "ilmoitan esimiehelle ja aion jatkaa", None),
    (_CORD, "ilmoitan esimiehelle ja haluan jatkaa imurointia", None),
    (_CORD, "ilmoitan esimiehelle ja mä meen jatkamaan", None),
    (_CORD, "ilmoitan esimiehelle ja täytyy jatkaa", None),
    (_CORD, "ilmoitan esimiehelle ja jatkan käytävän imuroimista", None),
    (_CORD, "ilmoitan esimiehelle ja jatkan kun olen ilmoittanut", None),
    (_CORD, "ilmoitan esimiehelle ja jatkan jos ehdin", None),
    (_CORD, "ilmoitan esimiehelle ja jatkan imurilla", None),
    (_CORD, "ilmoitan esimiehelle ja käynnistän imurin uudelleen", "jatkan imurointia"),
    ("hoiva-ohjeet liina", "kerron hoitajalle ja jatkan liinan kanssa", None),
    # started again after the e-stop (almost before, unsafe_more's deed): the going-on
    # mistake the lessons added
    ("metalli-turvallisuus hatatilanne", "painan hätäseis ja käynnistän koneen",
     "jatkan työtä koneella"),
    # switched on, kept on, taken into use (the combined review's holes)
    (_CORD, "ilmoitan esimiehelle ja laitan imurin päälle", None),
    (_CORD, "ilmoitan esimiehelle ja pidän imurin päällä", None),
    (_CORD, "ilmoitan esimiehelle ja otan sen käyttöön", None),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle ja pidän koneen päällä", None),
    # the final check: a later time puts off only going on with the work itself, said of
    # its verb, with no time of now beside it; the learner's own "if it is safe" is no
    # permission
    ("yleinen-kyltit tulipalo", "menen ulos ja käytän hissiä myöhemmin", "käytän hissiä"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle ja käytän konetta huomenna", None),
    (_CORD, "ilmoitan esimiehelle ja jatkan imurointia huomenna", None),
    (_CORD, "ilmoitan esimiehelle ja jatkan imurointia huomenna ja tänään", None),
    ("varasto-ohjeet hylly", "ilmoitan esimiehelle ja jatkan työtä, hylly korjataan huomenna",
     None),
    (_CORD, "ilmoitan esimiehelle ja jatkan jos se on turvallinen", None),
    # leaving the fallen resident: the lesson's own mistakes (hoiva-turvallisuus kaatui)
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle ja lähden", "lähden"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle ja lähden hakemaan hoitajan",
     "lähden hakemaan hoitajan"),
])
def test_going_on_beside_the_answer_is_the_mistake(step: str, answer: str,
                                                  mistake: str | None) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason) == ("wrong", "mistake")
    assert mistake is None or j.matched == mistake


@as_table(("step", "answer"), [
    # where the step's answers stop the work (no mistake says going on): wrong
    ("metalli-turvallisuus hatatilanne", "painan hätäseis ja jatkan työtä"),
    ("metalli-turvallisuus hatatilanne", "painan hätäseis ja mä jatkan vaan"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle ja jatkan työtä"),
    # advice in an open step (stop 37)
    ("valmistus-raportti neuvo", "paina hätäseis ja jatka työtä"),
    ("yleinen-perehdytys samir.6", "älä korjaa sitä itse, kerro esimiehelle ja jatka vaan"),
])
def test_going_on_after_stopping_is_wrong(step: str, answer: str) -> None:
    # (going_on: "Ei! Älä jatka.", where no mistake of the step says going on)
    j = judged_on(step, answer)
    assert j.verdict == "wrong" and j.reason in ("going_on", "mistake")


_SICK = dict(wrong_answers={"menen töihin": "wrong", "en soita": "wrong"})


@as_table(("answer", "accepted", "arguments", "verdict"), [
    # a deed of a wrong mistake done anyway ("silti"), in a verb the answers do not say,
    # with a thing of that mistake's
    ("soitan esimiehelle mutta menen silti töihin", ("soitan esimiehelle",), _SICK, "wrong"),
    # another deed done anyway, a verb the answers say themselves, no thing of the mistake's
    ("jään kotiin mutta soitan silti esimiehelle", ("jään kotiin", "soitan esimiehelle"),
     _SICK, "correct"),
    ("jään kotiin ja lepään", ("jään kotiin",), _SICK, "correct"),
])
def test_a_deed_of_a_mistake_done_anyway(answer: str, accepted: tuple[str, ...],
                                         arguments: dict[str, object], verdict: str) -> None:
    assert judge(answer, accepted, **arguments).verdict == verdict  # type: ignore[arg-type]


@as_table(("step", "answer", "verdict"), [
    (_CORD, "ilmoitan esimiehelle ja hän korjaa sen", "correct"),  # someone else's deed
    (_CORD, "ilmoitan esimiehelle ja jatkan toisella imurilla", "correct"),  # another tool
    (_CORD, "ilmoitan esimiehelle ja jatkan varaimurilla", "correct"),
    (_CORD, "ilmoitan esimiehelle ja jatkan muita töitä", "correct"),  # other work
    (_CORD, "ilmoitan esimiehelle ja jatkan siivousta", "correct"),
    (_CORD, "ilmoitan esimiehelle ja jatkan moppausta", "correct"),
    (_CORD, "ilmoitan esimiehelle ja jatkan huomenna", "correct"),  # later
    (_CORD, "ilmoitan esimiehelle ja jatkan korjauksen jälkeen", "correct"),
    (_CORD, "ilmoitan esimiehelle ja kysyn saanko jatkaa", "correct"),  # asked
    (_CORD, "ilmoitan esimiehelle ja esimies päättää jatketaanko", "correct"),
    (_CORD, "ilmoitan esimiehelle ja odotan", "correct"),  # no going on
    (_CORD, "ilmoitan esimiehelle enkä jatka imurointia", "correct"),  # turned down
    (_CORD, "ilmoitan esimiehelle ja jatkan työtä vasta kun johto on korjattu", "correct"),
    ("yleinen-kyltit tulipalo", "menen ulos ja käytän portaita", "correct"),  # not the lift
    ("yleinen-kyltit tulipalo", "menen ulos ja käytän hätäuloskäyntiä", "correct"),
    ("yleinen-kyltit tulipalo", "menen ulos ja jatkan työtä", "correct"),  # not about going on
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle ja menen kuitenkin hänen luokseen",
     "correct"),  # anyway, but no thing of a mistake's
    ("metalli-ohjeet kone",
     "pysäytän koneen ja ilmoitan työnjohtajalle ja jatkan kappaleiden mittaamista", "correct"),

    # the second review: other work, another tool, a break, later, someone else's word
    (_CORD, "ilmoitan esimiehelle ja jatkan siivoamista", "correct"),
    (_CORD, "ilmoitan esimiehelle ja jatkan mopilla", "correct"),
    (_CORD, "ilmoitan esimiehelle ja jatkan käsin", "correct"),
    (_CORD, "ilmoitan esimiehelle ja jatkan tauon jälkeen", "correct"),
    (_CORD, "ilmoitan esimiehelle ja jatkan kahvitauolla", "correct"),
    (_CORD, "ilmoitan esimiehelle ja käynnistän toisen imurin", "correct"),
    (_CORD, "ilmoitan esimiehelle ja odotan ohjeita ennen kuin jatkan", "correct"),
    ("metalli-ohjeet kone",
     "pysäytän koneen ja ilmoitan työnjohtajalle ja hän sanoo milloin jatkan", "correct"),
    ("valmistus-turvallisuus kysy-hataseis", "se on hätäseis ja käytän sitä hätätilanteessa",
     "correct"),  # naming the e-stop is no stopping
    ("elintarvike-hygienia ilmoita", "ilmoitan esihenkilölle ja käytän oikeaa etikettiä",
     "correct"),
    # the combined review: started again only where the answers stop the work; a going-on
    # mistake said whole, later or after a repair, is no going on now
    ("metalli-turvallisuus kasineet-pois", "otan käsineet pois ja käynnistän sen", "correct"),
    ("varasto-ohjeet hylly", "ilmoitan esimiehelle ja jatkan työtä huomenna", "correct"),
    ("varasto-ohjeet hylly", "ilmoitan esimiehelle ja jatkan työtä korjauksen jälkeen",
     "correct"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle ja jatkan työtä vasta luvalla", "correct"),
    (_CORD, "ilmoitan esimiehelle ja jatkan työtä huomenna", "correct"),
    (_CORD, "ilmoitan esimiehelle ja laitan valot päälle", "correct"),  # another thing
    (_CORD, "ilmoitan esimiehelle ja jatkan huomenna", "correct"),
    # another thing used, said right after the verb: no yes to the answers' "en käytä sitä"
    # (wrong, negation, before: polarity.of_another_thing), nor the mistake "käytän sitä"
    ("autoala-turvallisuus ilmoita", "nosturin lukitus ei toimi ja käytän toista nosturia",
     "correct"),
    # (an accepted answer says "otan toisen liinan ja kerron hoitajalle": almost before
    # stop 37, when the verb's likeness to the answers' "käytä" made it a possible slip)
    ("hoiva-ohjeet liina", "kerron hoitajalle ja käytän uutta liinaa", "correct"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle ja käytän toista lavaa", "correct"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle ja käytän rikkinäistä lavaa",
     "wrong"),
    ("hoiva-ohjeet liina", "kerron hoitajalle ja käytän uutta kertaa sitä", "wrong"),  # a time
    # a mistake whose verb of going on is no one's ("saa käyttää") says no going on at all
    ("yleinen-lukeminen paivays", "ei saa ja jatkan työtä", "correct"),
    ("metalli-ohjeet kone",  # a tag put on the machine is no switching it on
     "pysäytän koneen ja ilmoitan työnjohtajalle ja laitan lapun koneen päälle", "almost"),
    ("yleinen-kyltit sininen", "laitan kuulonsuojaimet päähän ja laitan koneen päälle",
     "correct"),  # no stop in the step
    ("valmistus-raportti neuvo", "paina hätäseis ja jatka työtä kun kone on korjattu",
     "correct"),
    ("valmistus-raportti neuvo", "paina hätäseis ja jatka työtä huomenna", "correct"),
    ("valmistus-raportti neuvo", "paina hätäseis ja kerro työnjohtajalle", "correct"),
    ("valmistus-raportti neuvo", "paina hätäseis äläkä jatka työtä", "correct"),
    # a condition with a no is no permission: it goes on (the read-only review, stop 37)
    ("valmistus-raportti neuvo", "paina hätäseis ja jatka työtä kun työnjohtaja ei näe",
     "wrong"),
    # an open step's report of what was done is no going on now, unless a mistake says it
    ("elintarvike-raportti pirjo.6", "pysäytin linjan ja jatkoin työtä", "correct"),
    ("kauppa-raportti pullo.6", "laitoin varoituskyltin ja jatkoin työtä vaikka se on rikki",
     "wrong"),
    # the going-on mistake said whole after a mending by someone else (stop 37; wrong or
    # almost before: the passive "se on korjattu" read as the mistake "korjaan sen"); not
    # the learner's own mending, a mending in part or by some means, nor where nothing is
    # broken (a fire, an illness)
    ("varasto-ohjeet hylly", "ilmoitan esimiehelle ja jatkan työtä kun se on korjattu",
     "correct"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle ja käytän konetta kun se on kunnossa",
     "correct"),
    ("varasto-ohjeet hylly", "ilmoitan esimiehelle ja jatkan työtä kun olen korjannut sen itse",
     "wrong"),
    ("varasto-ohjeet hylly", "ilmoitan esimiehelle ja jatkan työtä kun se on vähän korjattu",
     "wrong"),
    ("varasto-turvallisuus ilmoita-esimiehelle",
     "lava on rikki ja käytän lavaa kun se on teipillä korjattu", "wrong"),
    ("yleinen-verbit kone-rikki", "ilmoitan esimiehelle ja käytän konetta kun huolto on tilattu",
     "wrong"),
    ("elintarvike-hygienia sairas", "soitan esihenkilölle ja jatkan työtä kun se on korjattu",
     "wrong"),
    ("varasto-turvallisuus ilmoita-esimiehelle", "lava on rikki ja käytän lavaa kun se on korjattu",
     "correct"),
    ("varasto-ohjeet hylly", "ilmoitan esimiehelle ja jatkan työtä kun olen ilmoittanut",
     "wrong"),
    ("varasto-ohjeet hylly", "ilmoitan esimiehelle ja jatkan työtä kun esimies tulee", "almost"),
    ("yleinen-lukeminen paivays", "ei saa ja voi käyttää jos esimies sanoo", "wrong"),
])
def test_no_going_on_keeps_mains_verdict(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
