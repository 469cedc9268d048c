"""Safety holes and near-misses the review of judge44 left (issue 12, judge45), on the bundled
lessons' real steps: each row of a "now" table was judged otherwise on main; each row of a
"kept" table keeps main's verdict (the near right answers beside them)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table

_MACHINE = "metalli-ohjeet kone"  # "Kone pitää outoa ääntä. Mitä teet?"
_CORD = "siivous-ohjeet johto"  # "Johto on rikki. Mitä teet?"
_SHIFT = "yleinen-tyovuoro alkaa"  # the shift starts at six
_FIRE = "yleinen-kyltit tulipalo"  # out by the emergency exit, not the lift
_SAMIR = "yleinen-perehdytys samir.6"  # the machine is broken: tell the boss (open)


# 1. a lone "ei," takes back what came before it: the words after it are the answer
@as_table(("step", "answer", "verdict", "mistake"), [
    (_MACHINE, "ilmoitan työnjohtajalle, ei, korjaan sen itse", "wrong", "korjaan sen itse"),
    (_MACHINE, "pysäytän koneen ja ilmoitan työnjohtajalle, ei, jatkan työtä", "wrong",
     "jatkan työtä"),
    (_CORD, "ilmoitan esimiehelle, ei, korjaan sen itse", "wrong", "korjaan sen itse"),
    (_FIRE, "menen ulos, ei, menen hissillä", "wrong", "menen hissillä"),
    (_SAMIR, "kerro esimiehelle, ei, korjaa se itse", "wrong", "korjaa se itse"),
    (_SHIFT, "seitsemältä, ei, kuudelta", "correct", None),
    (_SHIFT, "kello seitsemän, ei, kuusi", "correct", None),
    ("ravintola-ohjeet huomenna", "tulen yhdeksältä, ei, kymmeneltä", "correct", None),
    ("kauppa-ohjeet aukeaa", "kahdeksalta, ei, seitsemältä", "wrong", "seitsemältä"),
    (_FIRE, "menen hissillä, ei, menen ulos", "correct", None),
    ("autoala-raportti pasi.4", "oli, ei, ei ollut", "correct", None),  # its no taken back
    ("metalli-raportti marjatta.4", "joo, ei, en loukkaantunut", "correct", None),
    # the repair alone is a mistake: no slot of the words before makes it right
    ("autoala-raportti asiakas.6", "huomenna iltapäivällä, ei, tänään", "wrong", "tänään"),
    ("hoiva-ohjeet eristys", "suojakäsineet ja suojatakin, ei, suojakäsineet", "almost",
     "suojakäsineet"),  # (half the answer, the lesson's almost mistake since session 41)
    (_MACHINE, "pysäytän koneen ja ilmoitan työnjohtajalle, ei, esimiehelle", "correct", None),
    # the review of stop 38: a verbless repair judged in its slot, not alone by an open
    # step's leniency; a no after a space or a stop, said twice
    ("varasto-raportti neuvo", "nosta jaloilla, ei, selällä", "wrong", "nosta selällä"),
    ("kauppa-ohjeet kiinni", "yhdeksältä ei, kuudelta", "wrong", "kuudelta"),
    ("kauppa-ohjeet kiinni", "yhdeksältä. ei, kuudelta", "wrong", "kuudelta"),
    (_MACHINE, "ilmoitan työnjohtajalle, ei, ei, jatkan työtä", "wrong", "jatkan työtä"),
    # a repair as long as what it repairs takes its slot (the last review)
    ("varasto-ohjeet kuorma", "tuhat kiloa, ei, kaksituhatta kiloa", "wrong", None),
])
def test_a_lone_no_repairs(step: str, answer: str, verdict: str, mistake: str | None) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.matched, j.rule) == (verdict, mistake, "repaired")


@as_table(("step", "answer", "verdict"), [
    (_MACHINE, "ilmoitan työnjohtajalle, ei, en korjaa sitä itse", "correct"),  # a no apart
    (_SHIFT, "kuudelta, ei seitsemältä", "correct"),  # a contrast, no repair
    (_SHIFT, "kuudelta", "correct"),
    # (a repair only nearly right keeps a wrong whole wrong: "… ei, korjaan sen itse" on
    # rakennus-raportti kuka-korjaa, whose repair is now wrong itself, the asked-for part
    # left out: tests/judge/test_asked_part_judge50.py)
    # a repair alone that is no accepted answer, with no slot before it: the whole as said
    ("metalli-raportti ville", "ota käsineet pois, ei, käteen", "wrong"),
    ("yleinen-kahvitauko tauko.8", "voi ei, harmi", "correct"),  # oh no: no repair
    # a repair right only by a rule's leniency: the whole as said (the last review)
    ("siivous-ohjeet johto", "ilmoitan heti esimiehelle, ei, työkaverille", "wrong"),
    # nothing before the no to take back (the last review)
    ("ravintola-raportti antti.4", "ei ei, huomasin ajoissa", "correct"),
    ("ravintola-raportti antti.4", "onneksi ei, huomasin ajoissa", "correct"),
    ("kauppa-raportti pullo.4", "ei ei, asiakas on kunnossa", "correct"),
])
def test_a_no_that_repairs_nothing_is_kept(step: str, answer: str, verdict: str) -> None:
    j = judged_on(step, answer)
    assert j.verdict == verdict and j.rule != "repaired"


# 3. using what the step's answers stop is going on, as a command or by "I"; and an answer
# compared word by word (a command for the answers' "I") is read for going on too
@as_table(("step", "answer", "mistake"), [
    (_SAMIR, "kerro esimiehelle ja käytä konetta", None),
    (_SAMIR, "kerron esimiehelle ja käytän konetta", None),
    (_MACHINE, "pysäytän koneen ja ilmoitan työnjohtajalle ja käytän konetta", "jatkan työtä"),
    (_MACHINE, "pysäytä kone ja ilmoita työnjohtajalle ja käytä konetta", "jatkan työtä"),
    ("metalli-turvallisuus hatatilanne", "painan hätäseis ja käytän konetta",
     "jatkan työtä koneella"),
    (_CORD, "ilmoita esimiehelle ja jatka imurointia", "jatkan imurointia"),
])
def test_using_what_is_stopped_goes_on(step: str, answer: str, mistake: str | None) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.matched) == ("wrong", mistake)
    assert mistake is not None or j.reason == "going_on"


@as_table(("step", "answer"), [
    (_SAMIR, "kerro esimiehelle, älä käytä konetta"),
    (_SAMIR, "kerro esimiehelle ja käytä toista konetta"),
    (_SAMIR, "kerro esimiehelle ja käytä konetta kun se on korjattu"),
    (_MACHINE, "pysäytän koneen ja ilmoitan työnjohtajalle ja käytän toista konetta"),
    ("metalli-turvallisuus hatatilanne", "painan hätäseis ja käytän sammutinta"),
])
def test_using_another_or_after_a_mending_is_kept(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"


# 4. a wrong mistake said whole after the answer: any no right before it turns it down, in
# an accepted answer ("älä käytä hissiä" is no half of it) and in the learner's words
def _whole_after(answer: str, accepted: tuple[str, ...]) -> str | None:
    from valkky.judge.case import SETTINGS, Case, normalised
    from valkky.judge.rules import _wrong_mistake_whole

    words = normalised(answer).split()
    pairs = [(a, normalised(a)) for a in accepted]
    c = Case(" ".join(words), words, pairs, (), {"käytä hissiä": "wrong"}, (), frozenset(),
             SETTINGS, False, written=answer, said=" ".join(words))
    left: list[str | None] = [None, None, *words[2:]]  # "soitan esimiehelle" found
    return _wrong_mistake_whole(c, words, left, words[2:])


def test_a_mistake_an_answer_turns_down_with_any_no_is_no_half_of_it() -> None:
    both = ("soitan esimiehelle", "menen ulos, älä käytä hissiä")
    assert _whole_after("soitan esimiehelle ja käytä hissiä", both) == "käytä hissiä"
    assert _whole_after("soitan esimiehelle, älä käytä hissiä", both) is None
    assert _whole_after("soitan esimiehelle äläkä käytä hissiä", ("soitan esimiehelle",)) \
        is None
    assert _whole_after("soitan esimiehelle ja käytä hissiä", ("soitan esimiehelle",)) == \
        "käytä hissiä"


# 5. a call to the one in charge that the step foresees as a wrong answer alone (the right
# deed left undone) is the trainer's own "then" after the right deed
_STOP = "metalli-turvallisuus hatatilanne"  # a sleeve caught: the e-stop, then the boss


@as_table(("step", "answer", "verdict"), [
    (_STOP, "painan hätäseis ja soitan esimiehelle", "correct"),
    (_STOP, "painan hätäseis, sitten soitan esimiehelle", "correct"),
    ("yleinen-tyoturvallisuuskortti step-18", "soitan hätänumeroon ja soitan esimiehelle",
     "correct"),
    (_STOP, "soitan esimiehelle ja painan hätäseis", "wrong"),  # the call first
    (_STOP, "soitan esimiehelle", "wrong"),
    (_STOP, "painan hätäseis ja soitan esimiehelle ja jatkan työtä", "wrong"),
    # telling a doctor is the nurse's job ("Hoitaja soittaa lääkärille")
    ("hoiva-asukas kipua.4", "kerron hoitajalle ja soitan lääkärille", "wrong"),
    # one clause in other words goes on with nothing
    (_FIRE, "käytän hätäuloskäynnille", "correct"),
])
def test_a_call_to_the_one_in_charge_after_the_deed(step: str, answer: str,
                                                     verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# 2. open advice that goes on without the protection the examples say to use, or works with
# the thing a wrong mistake uses
_STANDS = "autoala-raportti jere"  # "käytä aina tukipukkeja"
_GLOVES = "metalli-raportti ville"  # at the drill: gloves off
_GLASSES = "yleinen-perehdytys samir.8"  # "käytä aina suojalaseja"


@as_table(("step", "answer", "reason", "mistake"), [
    (_STANDS, "jatka työtä ilman tukipukkeja", "going_on", None),
    (_STANDS, "voit jatkaa ilman tukipukkeja", "going_on", None),
    (_GLASSES, "jatka työtä ilman suojalaseja", "going_on", None),
    (_GLASSES, "tee työt ilman suojalaseja", "negation", None),
    ("elintarvike-raportti anna", "jatka työtä ilman hiusverkkoa", "going_on", None),
    (_GLOVES, "jatka poraamista hanskoilla", "mistake", "käytä hanskoja"),
])
def test_advice_without_the_protection_is_wrong(step: str, answer: str, reason: str,
                                               mistake: str | None) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason, j.matched) == ("wrong", reason, mistake)


@as_table(("step", "answer"), [
    (_STANDS, "jatka työtä kun tukipukit on paikallaan"),
    (_STANDS, "älä jatka työtä ilman tukipukkeja"),
    (_STANDS, "ilman tukipukkeja ei saa jatkaa"),
    (_STANDS, "laita tukipukit ja jatka työtä"),
    (_GLOVES, "jatka poraamista ilman hanskoja"),  # the step takes the gloves off
    (_GLOVES, "älä jatka poraamista hanskoilla"),
    (_GLASSES, "käytä suojalaseja ja jatka työtä"),
    ("ravintola-raportti noora", "leikkaa salaatti toisella laudalla"),
])
def test_advice_with_the_protection_is_kept(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"


# judge45fix (the review of judge45): a no said apart ("en, …") says no no of what follows:
# the mistake after it is said. A no before a finite verb without the comma ("en korjaan")
# is the learner's no with a slip of its verb's form (the lead's call): kept below
_FAULT = "valmistus-turvallisuus kysy-vika"  # "Kone ei toimi oikein. Mitä teet?"
_JERE = "autoala-raportti jere"  # advice: axle stands before going under the car (open)


@as_table(("step", "answer", "mistake"), [
    (_FAULT, "ilmoitan työnjohtajalle, en, korjaan sen itse", "korjaan sen itse"),
    (_FAULT, "ilmoitan työnjohtajalle, ei, en, korjaan sen itse", "korjaan sen itse"),
    (_MACHINE, "ilmoitan työnjohtajalle, en, korjaan sen itse", "korjaan sen itse"),
    (_FAULT, "ilmoitan työnjohtajalle, en, käytän konetta", "käytän konetta"),
    (_JERE, "ei, tunkki riittää", "tunkki riittää"),
    (_JERE, "älä, voit mennä auton alle", "voit mennä auton alle"),
])
def test_a_no_said_apart_turns_nothing_down(step: str, answer: str, mistake: str) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason, j.matched) == ("wrong", "mistake", mistake)


@as_table(("step", "answer"), [
    (_FAULT, "en korjaa sitä itse, ilmoitan esimiehelle"),
    (_FAULT, "ilmoitan esimiehelle enkä korjaa sitä itse"),
    (_FAULT, "ilmoitan työnjohtajalle, en korjaa sitä itse"),
    (_FAULT, "ilmoitan työnjohtajalle en korjaan sen itse"),  # "en korjaa", a slip
    (_FAULT, "en käytän konetta, ilmoitan työnjohtajalle"),
    (_FAULT, "ilmoitan työnjohtajalle enkä korjaa sitä itse"),
    (_MACHINE, "ilmoitan työnjohtajalle, ei, en korjaa sitä itse"),
    (_JERE, "tunkki ei riitä"),
    (_JERE, "ei tunkki riitä"),
    (_JERE, "käytä aina tukipukkeja, tunkki ei riitä"),
    (_JERE, "älä mene auton alle"),
])
def test_a_no_of_its_verb_is_kept(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"


# judge45fix: a command whose verb Voikko reads as the present's third person only ("poraa",
# of porata) does its work with the mistake's thing too
_VILLE = "metalli-raportti ville"  # advice: gloves off at the drill (open)


@as_table(("step", "answer", "verdict"), [
    (_VILLE, "poraa hanskoilla", "wrong"),
    (_VILLE, "poraa käsineillä", "wrong"),
    (_VILLE, "jatka poraamista hanskoilla", "wrong"),
    # … without them, or told not to, stays right
    (_VILLE, "poraa ilman hanskoja", "correct"),
    (_VILLE, "älä poraa hanskoilla", "correct"),
    (_VILLE, "ota hanskat pois ja poraa sitten", "correct"),
])
def test_a_command_read_as_a_report_is_advice(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
