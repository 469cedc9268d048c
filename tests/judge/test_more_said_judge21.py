"""What a right answer says more (issue 12, judge21): fresh answers on real steps of the
bundled lessons, each mechanism's answers that change beside answers that must not."""

from __future__ import annotations

from tests.judge.agreement import tasks
from tests.judge.golden import step_arguments
from valkky.engine.feedback import almost_fi
from valkky.judge import Judgement, finnish, judge
from valkky.judge.unsafe_more import UNSAFE_DEEDS
from valkky.testing.table import as_table


def _on(step: str, answer: str) -> Judgement:
    task, options = tasks()[step]
    return judge(answer, task.accept, **step_arguments(task, options))


# (a) an unsafe deed no answer of the step says, beside a right answer: almost
UNSAFE = [
    ("elintarvike-hygienia kadet", "pesen kädet ja laitan käden koneeseen"),
    ("rakennus-turvallisuus step-22", "siivoan työmaan ilman kypärää"),
    ("metalli-turvallisuus hatatilanne", "painan hätäseis ja korjaan sen itse"),
    ("metalli-turvallisuus hatatilanne", "painan hätäseis ja laitan käden koneeseen"),
    ("metalli-turvallisuus korvat", "laitan kuulosuojaimet ja nostan laatikon selällä"),
    ("metalli-turvallisuus korvat", "laitan kuulosuojaimet ja otan kypärän pois"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja nostan laatikon yksin"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja menen kuorman alle"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja odotan nosturin alla"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja teen töitä kuorman alla"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja työskentelen kuorman alla"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja käyn kuorman alla"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja haen laudan kuorman alta"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja noudan laudan nosturin alta"),
    # the step's own gear taken off, named again or by a pronoun
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja otan kypärän pois"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja otan sen pois"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän ja riisun sen"),
    ("metalli-turvallisuus korvat", "laitan kuulosuojaimet ja otan kuulosuojaimet pois"),
    ("rakennus-turvallisuus kysy-suojalasit", "laitan suojalasit ja otan ne pois"),
    ("metalli-turvallisuus kengat", "laitan turvakengät ja otan turvakengät pois"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle ja jätän sen päälle"),
    # every verb of the deeds, as Voikko reads it (seison: seisoa)
    ("varasto-turvallisuus nosto", "nostan jaloilla ja seison nostokuorman alla"),
    ("varasto-turvallisuus nosto", "nostan jaloilla ja kuljen kuorman alla"),
    ("varasto-turvallisuus nosto", "nostan jaloilla ja kävelen kuorman alla"),
    ("siivous-turvallisuus laimenna", "laimennan vedellä ja sekoitan aineita"),
    ("autoala-turvallisuus huuhtele", "huuhtelen silmän vedellä ja hieron silmää"),
    ("autoala-turvallisuus huuhtele", "menen silmäsuihkulle ja hankaan silmää"),
    ("autoala-turvallisuus huuhtele", "huuhtelen silmät ja raavin silmää"),
    # ("painan hätäseis ja käynnistän koneen", once here, is the step's going-on mistake
    # since stop 36: tests/judge/test_carry_on.py)
    ("metalli-turvallisuus hatatilanne", "painan hätäseis ja työnnän sormen terään"),
    ("metalli-turvallisuus hatatilanne", "painan hätäseis ja panen käden koneeseen"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle ja jätän koneen käyntiin"),
    ("metalli-turvallisuus hatatilanne", "painan hätäseis ja vaihdan terän itse"),
    # broken glass by hand or left lying, anything put in front of an emergency exit: unsafe
    # in every trade (the shop lessons' review, issue 12)
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle ja kerään sirpaleet käsin"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja poimin lasinsirpaleet käsillä"),
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle ja siivoan sirpaleet paljain käsin"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle ja nostan sirpaleet käsin"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle ja putsaan sirpaleet käsin"),  # review115
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja jätän sirpaleet lattialle"),
    ("siivous-ohjeet ensin", "haen siivouskärryn ja jätän sen hätäuloskäynnin eteen"),
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle ja siirrän lavan uloskäynnin eteen"),
    ("varasto-turvallisuus nosto", "jaloilla ja laitan laatikot hätäuloskäynnin eteen"),
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle ja vien laatikot hätäoven eteen"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle ja työnnän pyörätuolin hätäuloskäynnin "
     "eteen"),
    ("siivous-ohjeet ensin", "haen siivouskärryn ja panen sen hätäuloskäynnin eteen"),
    ("siivous-ohjeet ensin", "haen siivouskärryn ja pinoan laatikot uloskäynnin eteen"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle ja kasaan laatikot uloskäynnin "
     "eteen"),
]


@as_table(("step", "answer"), UNSAFE)
def test_an_unsafe_deed_beside_a_right_answer_is_not_praised(step: str, answer: str) -> None:
    j = _on(step, answer)
    assert j.verdict == "almost", j
    assert j.closest in tasks()[step][0].accept  # the right answer to say alone
    assert almost_fi(j) == f"Melkein! Sano: {j.closest.rstrip('.!')}."


# what must not change: a fitting deed, a reason, a filler, the step's own mistake beside
# the right answer, the step's own deed (its answers say it), the opposite said plainly
KEPT = [
    ("elintarvike-hygienia kadet", "pesen kädet ja laitan käsidesiä", "correct"),
    ("metalli-turvallisuus korvat", "laitan kuulosuojaimet koska kone on kovaääninen",
     "correct"),
    ("metalli-turvallisuus korvat", "laitan kuulosuojaimet ja sitten menen töihin", "correct"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle ja jään hänen luokse", "correct"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle ja nostan hänet", "wrong"),
    ("metalli-ohjeet kone", "pysäytän koneen ja ilmoitan työnjohtajalle ja korjaan sen itse",
     "wrong"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja korjaan sen teipillä", "wrong"),
    ("hoiva-turvallisuus nosta", "nostan jaloilla", "correct"),
    ("hoiva-turvallisuus nosta", "selällä", "wrong"),
    ("metalli-turvallisuus kasineet-pois", "otan käsineet pois kiitos", "correct"),
    # a choose step's option and a repeat step's model with more: judged as before
    ("elintarvike-ohjeet step-13", "otan ne pois ja laitan käden koneeseen", "correct"),
    # the lessons' own safe orders and conditions, each deed in a clause of its own
    ("autoala-kartoitus a2-ensin", "laitan tukipukit ja menen auton alle", "correct"),
    ("ravintola-hygienia kasienpesu", "ennen työtä ja kun kosken raakaa lihaa", "correct"),
    ("ravintola-hygienia kasienpesu", "pesen kädet ennen työtä ja jos kosken raakaa lihaa",
     "correct"),
    ("elintarvike-hygienia kadet", "pesen kädet ja kosken vasta sitten raakaa lihaa", "correct"),
    ("hoiva-turvallisuus kadet", "pesen kädet ja laitan käsineet ja menen laitteelle",
     "correct"),
    ("metalli-turvallisuus kasineet-pois",
     "otan käsineet pois ja laitan ne pöydälle koneen viereen", "correct"),
    ("ravintola-ohjeet ensin", "laitan uunin päälle ja jätän sen päälle", "correct"),
    ("metalli-turvallisuus korvat",
     "laitan kuulosuojaimet ja laitan käsineet ja käynnistän koneen", "correct"),
    # glass that is no shard (a drinking glass, where no step says one broke), glass swept
    # or binned, gloves, an exit gone to or kept clear: right in every trade
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle ja laitan lasit roskiin", "correct"),
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle ja kerään lasit harjalla", "correct"),
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle ja kerään lasit käsin", "correct"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle ja kerään lasit pöydältä", "correct"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja lakaisen sirpaleet", "correct"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle ja kerään sirpaleet käsineillä",
     "correct"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle ja jätän lasit pöydälle",
     "correct"),
    ("siivous-ohjeet ensin", "haen siivouskärryn ja siirrän sen pois hätäuloskäynnin edestä",
     "correct"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle ja menen uloskäynnille",
     "correct"),
    ("yleinen-kyltit tulipalo", "menen hätäuloskäynnille", "correct"),
    # an unsafe deed denied is no unsafe deed; the learner's no of it beside the right
    # answer refuses what the step forbids: right (judge47, rules._no_to_the_forbidden;
    # was wrong, the no read as the opposite)
    ("varasto-turvallisuus nosto", "nostan jaloilla enkä mene kuorman alle", "correct"),
]


@as_table(("step", "answer", "verdict"), KEPT)
def test_what_an_unsafe_deed_leaves_alone(step: str, answer: str, verdict: str) -> None:
    assert _on(step, answer).verdict == verdict


# the shop lessons' review (issue 12): broken glass by hand said with the answer's own verb
# ("siivosin lasit" with "käsillä"), glass left lying, in the open turn: not praised
SHOP = [
    ("kauppa-raportti pullo.6", "laitoin kyltin ja siivosin lasit käsillä"),
    ("kauppa-raportti pullo.6", "laitoin kyltin ja keräsin sirpaleet käsillä"),
    ("kauppa-raportti pullo.6", "laitoin kyltin ja poimin lasit käsillä"),
    ("kauppa-raportti pullo.6", "laitoin kyltin ja keräsin sirpaleet paljain käsin"),
    ("kauppa-raportti pullo.6", "laitoin varoituskyltin ja jätin lasit lattialle"),
    ("kauppa-turvallisuus uloskaynti", "siirrän ne pois ja laitan ne hätäuloskäynnin eteen"),
]


@as_table(("step", "answer"), SHOP)
def test_glass_by_hand_or_a_blocked_exit_is_not_praised(step: str, answer: str) -> None:
    assert _on(step, answer).verdict != "correct"


# a no said after a right answer is not taken as a no of another deed (judge21's
# another_no was removed after review: it praised a denial of the step's own deed, of will,
# of ability or of knowing); the step's own deed denied, the opposite said plainly, a no of
# part of the answer's deed, a no of using or keeping the step's own thing stay the opposite
OWN_NO = [
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän enkä käytä sitä"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän, en tarvitse sitä"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän, en ole varma"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän enkä muista"),
    ("metalli-turvallisuus korvat", "laitan kuulosuojaimet enkä käytä niitä"),
    ("metalli-turvallisuus hatatilanne", "painan hätäseis enkä pysäytä konetta"),
    ("metalli-turvallisuus hatatilanne", "painan hätäseis, en voi"),
    ("metalli-turvallisuus hatatilanne", "painan hätäseis, en uskalla"),
    ("elintarvike-hygienia kadet", "pesen kädet, en välitä"),
    ("siivous-turvallisuus ilmoita", "ilmoitan esimiehelle enkä kerro kenellekään"),
    ("yleinen-tyovuoro esimies.2", "joo voin, en ehdi"),
    ("elintarvike-hygienia kadet", "pesen kädet enkä pese niitä"),
    ("elintarvike-hygienia kadet", "en pese kädet"),
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän enkä laita sitä"),
    ("rakennus-turvallisuus kysy-kypara", "en laita kypärää"),
    ("metalli-ohjeet kone", "pysäytän koneen enkä ilmoita"),
    ("metalli-turvallisuus korvat", "laitan kuulosuojaimet enkä laita niitä"),
    # a choose step: judged as before
    ("elintarvike-ohjeet step-13", "otan ne pois enkä unohda niitä"),
]


@as_table(("step", "answer"), OWN_NO)
def test_a_no_of_the_steps_own_deed_stays_the_opposite(step: str, answer: str) -> None:
    assert _on(step, answer).verdict == "wrong"


# (c) a right answer, then a no with no verb of what it is not ("en", "eikä", "enkä" as "ei")
CONTRAST = [
    ("metalli-turvallisuus hatatilanne", "painan hätäseis, en virtakytkintä", "correct"),
    ("hoiva-turvallisuus nosta", "jaloilla eikä selällä", "correct"),
    ("rakennus-turvallisuus kysy-kypara", "kypärä enkä pipoa", "correct"),
    # must not change: the answer itself wrong, a no alone, the plain opposite
    ("hoiva-turvallisuus nosta", "selällä, en jaloilla", "wrong"),
    ("rakennus-turvallisuus kysy-kypara", "en kypärää", "wrong"),
    ("hoiva-turvallisuus nosta", "jaloilla, ei selällä", "correct"),
    ("metalli-turvallisuus step-17", "Paina hätäseis, en virtakytkintä.", "wrong"),  # repeat
    # a hedge or an adverb after the no is no thing: the learner's own deed hedged
    ("elintarvike-hygienia kadet", "pesen kädet, en koskaan", "wrong"),
    ("elintarvike-hygienia kadet", "pesen kädet, en oikeastaan", "wrong"),
    ("elintarvike-hygienia kadet", "pesen kädet, en todellakaan", "wrong"),
    ("elintarvike-hygienia kadet", "pesen kädet eikä koskaan", "wrong"),
    ("elintarvike-hygienia kadet", "pesen kädet, en ennen työtä", "wrong"),
    ("metalli-turvallisuus korvat", "kuulosuojaimet, en oikeasti", "wrong"),
    ("metalli-turvallisuus hatatilanne", "painan hätäseis, en painanut", "wrong"),
    ("valmistus-turvallisuus step-24", "kyllä, en ikinä", "wrong"),
    ("yleinen-tyovuoro esimies.2", "voin, en tänään", "wrong"),
    ("metalli-ohjeet maarays", "kaksikymmentä kappaletta, en yhtään", "wrong"),
    ("yleinen-tyovuoro alkaa", "kuudelta, en kun seitsemältä", "wrong"),
    ("yleinen-tyovuoro alkaa", "kuudelta enkä seitsemältä", "correct"),
    # "ei" as on main: a choose step's other option, a pronoun of a word
    ("yleinen-aanteet step-13", "kukka, ei kuka", "correct"),
    # the no of the mistake where another accepted answer says no (stop 37): the right
    # answer's own is no no; a never stays unclear there
    ("hoiva-asukas kipu", "kerron hoitajalle, ei lääkärille", "correct"),
    ("hoiva-asukas kipu", "kerron hoitajalle enkä lääkärille", "correct"),
    ("hoiva-asukas kipu", "kerron hoitajalle ei koskaan", "wrong"),
    ("hoiva-asukas kipu", "en kerro hoitajalle", "wrong"),
]


@as_table(("step", "answer", "verdict"), CONTRAST)
def test_a_contrast_after_a_right_answer(step: str, answer: str, verdict: str) -> None:
    assert _on(step, answer).verdict == verdict


# (d) a word named as the answer: judged as the word said alone
NAMED = [
    ("yleinen-aanteet kysy-mutta", "sana on mutta", "correct"),
    ("yleinen-aanteet kysy-tyo", "sana on työ", "correct"),
    ("yleinen-aanteet kysy-tuuli", "se sana on tuuli", "correct"),
    ("yleinen-sanaparit vaara", "sana on vaarasta", "correct"),
    ("yleinen-aanteet kysy-kanssa", "puuttuva sana on kanssa", "correct"),
    # must not change: the step's mistake or the other option, named so, is still that
    ("yleinen-aanteet kysy-tyo", "sana on tuo", "wrong"),
    ("yleinen-aanteet kysy-mutta", "sana on muta", "wrong"),
    ("yleinen-aanteet step-21", "sana on sää", "wrong"),
    ("yleinen-aanteet step-5", "se on tuuli", "correct"),
    # a choose step of which word fills the gap: the word named is judged too
    ("yleinen-aanteet step-5", "sana on tuuli", "correct"),
    ("yleinen-aanteet step-5", "sana on tuli", "wrong"),
]


@as_table(("step", "answer", "verdict"), NAMED)
def test_a_word_named_as_the_answer_is_judged_alone(step: str, answer: str,
                                                    verdict: str) -> None:
    assert _on(step, answer).verdict == verdict


def test_every_verb_of_the_unsafe_deeds_is_one_voikko_gives() -> None:
    """Each deed's verb is the base form Voikko gives for a word of an answer above: a verb
    written otherwise (seistä for seisoa) would never match."""
    # (starting again after the e-stop is the step's going-on mistake now: carry_on)
    said = finnish.base_forms_of([*(answer for _, answer in UNSAFE),
                                  "painan hätäseis ja käynnistän koneen"])
    verbs = {v for deed in UNSAFE_DEEDS for v in deed.split()[0].split("|")}
    assert verbs <= said, sorted(verbs - said)
