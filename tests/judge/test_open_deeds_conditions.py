"""A condition or reason and a foreseen wrong deed in one open answer (issue 12, safety;
judge36). Speech has no commas: a condition said first ends at the main clause's own verb,
so the deed after it is judged; a condition that is an excuse (a no, a lack, haste) makes
the deed a plan, said before it or after. Each WRONG row was right before this mend."""

from __future__ import annotations

from tests.judge.agreement import tasks
from tests.judge.golden import step_arguments
from valkky.judge import Judgement, judge
from valkky.judge.open_deeds import PRESENCE
from valkky.testing.table import as_table


def _judged(step: str, answer: str) -> Judgement:
    task, options = tasks()[step]
    return judge(answer, task.accept, **step_arguments(task, options))


@as_table(("step", "answer"), [
    # the excuse said first, the deed after it with no comma
    ("yleinen-perehdytys samir.6", "jos esimies ei ehdi korjaa se itse"),
    ("yleinen-perehdytys samir.6", "kun esimies on kiireinen voit korjata sen itse"),
    ("hoiva-raportti elias.4", "koska hoitaja on kiireinen nosta hänet yksin"),
    ("hoiva-raportti elias.4", "jos hoitaja ei tule nostan hänet yksin"),
    ("hoiva-raportti elias.4", "jos hoitaja on lomalla nostan hänet yksin"),
    ("autoala-raportti jere", "jos tukipukit on rikki mene vaan auton alle"),
    ("rakennus-raportti uusi", "jos kypärä on hukassa mene ilman kypärää"),
    ("ravintola-raportti noora", "jos et jaksa pestä käytä samaa lautaa"),
    # the deed first, an excuse after it
    ("hoiva-raportti elias.4", "voit nostaa koska hoitaja on kiireinen"),
    ("varasto-raportti neuvo", "nosta selällä jos kukaan ei auta"),
])
def test_a_deed_with_an_excuse_before_or_after_is_wrong(step: str, answer: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == "wrong", (j.verdict, j.reason)


@as_table(("step", "answer"), [
    ("yleinen-perehdytys samir.6", "jos esimies ei ehdi, pyydän apua"),
    ("yleinen-perehdytys samir.6", "koska kone on rikki kerron esimiehelle"),
    ("yleinen-perehdytys samir.8", "jos et tiedä, kysy"),
    ("autoala-raportti jere", "kun tukipukit ovat paikallaan, voit mennä auton alle"),
    ("autoala-raportti jere", "jos tunkki ei riitä laita tukipukit"),
    ("varasto-raportti neuvo", "jos laatikko on painava, pyydä apua"),
    ("hoiva-raportti elias.4", "en nosta yksin vaikka on kiire"),
    ("hoiva-raportti elias.4", "kun hoitaja tulee nostamme hänet yhdessä"),
    ("hoiva-raportti elias.4", "jos hoitaja ei ehdi soita hänelle uudelleen"),
    ("hoiva-raportti elias.4", "nosta hänet nostolaitteella jos hoitaja ei ehdi"),
    # a condition of the work, said first: the deed for that case, as said after it
    ("metalli-raportti ville", "kun pora on pysähtynyt voit laittaa hanskat käteen"),
    ("rakennus-raportti uusi", "kun olet taukotilassa voit ottaa kypärän pois"),
    ("ravintola-raportti noora", "kun olet pessyt laudan voit käyttää sitä"),
])
def test_a_safe_answer_with_a_condition_stays_right(step: str, answer: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == "correct", (j.verdict, j.reason)


# (judge36 review) a no said of another thing than the step's own says the danger is absent,
# a case of the work; as does a no said of the step's doing, a no said of a lack, and a word
# the accepted answers say only with a no, said with one. Each was wrong before the mend.
@as_table(("step", "answer"), [
    ("metalli-raportti ville", "kun pora ei pyöri voit käyttää hanskoja"),
    ("metalli-raportti ville", "voit laittaa hanskat käteen kun pora ei enää pyöri"),
    ("metalli-raportti ville", "kun porakone ei ole päällä voit pitää hanskoja"),
    ("metalli-raportti ville", "kun et käytä porakonetta voit laittaa hanskat käteen"),
    ("metalli-raportti ville", "voit laittaa hanskat käteen kun et enää poraa"),
    ("rakennus-raportti uusi", "kun et ole enää työmaalla voit ottaa kypärän pois"),
    ("rakennus-raportti uusi", "kun et tee enää töitä voit ottaa kypärän pois"),
    ("rakennus-raportti uusi", "kun työ on loppu voit ottaa kypärän pois"),
    ("hoiva-raportti elias.4", "jos et ole yksin voitte nostaa hänet yhdessä"),
    ("hoiva-raportti elias.4", "jos hoitaja ei ole kiireinen nostatte hänet yhdessä"),
    ("autoala-raportti jere", "kun auto ei liiku voit mennä auton alle"),
    ("ravintola-raportti noora", "kun et leikkaa lihaa voit käyttää samaa lautaa"),
    ("varasto-raportti neuvo", "kun laatikko ei ole painava voit nostaa selällä"),
])
def test_a_no_that_says_the_danger_is_absent_keeps_the_verdict(step: str, answer: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == "correct", (j.verdict, j.reason)


# ... while a no or a lack said of the step's own things, or of "kukaan", stays an excuse
@as_table(("step", "answer"), [
    ("varasto-raportti neuvo", "jos pumppukärryä ei ole nosta selällä"),
    ("hoiva-raportti elias.4", "jos nostolaite ei toimi nosta hänet yksin"),
    ("hoiva-raportti elias.4", "jos ei ole aikaa nosta hänet yksin"),
    ("yleinen-perehdytys samir.6", "jos esimies ei vastaa korjaa se itse"),
    ("autoala-raportti jere", "jos kukaan ei näe mene vaan alle"),
    ("autoala-raportti jere", "jos tukipukkeja ei ole mene vaan auton alle"),
    # (a lack said as "puuttua" or "muualla": right before the mend)
    ("hoiva-raportti elias.4", "jos hoitaja puuttuu nosta hänet yksin"),
    ("hoiva-raportti elias.4", "jos hoitaja on muualla nosta hänet yksin"),
    ("varasto-raportti neuvo", "jos pumppukärry on muualla nosta selällä"),
])
def test_a_no_of_the_steps_own_things_is_an_excuse(step: str, answer: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == "wrong", (j.verdict, j.reason)


# (judge36 review) a condition said first with a no, the measure after the main verb: the
# condition's no ends with it. Each was wrong before the mend.
@as_table(("step", "answer"), [
    ("hoiva-raportti elias.4", "jos hoitaja ei ehdi nosta hänet nostolaitteella"),
    ("hoiva-raportti elias.4", "jos et löydä hoitajaa nosta hänet nostolaitteella"),
    ("hoiva-raportti elias.4", "jos hoitaja ei ole paikalla nosta hänet nostolaitteella"),
    ("hoiva-raportti elias.4", "kun hoitaja ei tule nosta hänet nostolaitteella"),
    ("hoiva-raportti elias.4", "jos sairaanhoitaja ei vastaa nosta häntä nostolaitteen avulla"),
    ("varasto-raportti neuvo", "jos kukaan ei ehdi auttaa nosta selkä suorana"),
])
def test_a_fronted_conditions_no_ends_with_it(step: str, answer: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == "correct", (j.verdict, j.reason)


# (judge36 review) a word with another reading than a verb's is not the condition's verb:
# "tuo" is a pronoun here, the condition ends at the main verb. Each but the last was right
# before the mend; the last stays right.
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti elias.4", "jos tuo hoitaja on kiireinen nosta hänet yksin", "wrong"),
    ("hoiva-raportti elias.4", "jos tuo nostolaite on rikki nosta hänet yksin", "wrong"),
    ("yleinen-perehdytys samir.6", "jos tuo esimies on kiireinen korjaa se itse", "wrong"),
    ("autoala-raportti jere", "koska tuo tukipukki on rikki mene vaan alle", "wrong"),
    ("varasto-raportti neuvo", "jos tuo kärry on rikki nosta selällä", "wrong"),
    ("hoiva-raportti elias.4", "jos hoitaja tuo nostolaitteen nostatte hänet nostolaitteella",
     "correct"),
])
def test_a_word_read_also_as_another_is_not_the_conditions_verb(
        step: str, answer: str, verdict: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == verdict, (j.verdict, j.reason)


# (judge36 review, found beside it) a condition said first that says a word of the deed: the
# main clause starts after the condition, and a thing said in two words before a no is what
# the no is said of. Each of the first four was right before the mend.
@as_table(("step", "answer", "verdict"), [
    ("rakennus-raportti uusi", "jos kypärää ei ole mene ilman kypärää", "wrong"),
    ("ravintola-raportti noora", "jos toista lautaa ei ole käytä samaa lautaa", "wrong"),
    ("ravintola-raportti noora", "jos uutta lautaa ei löydy käytä samaa lautaa", "wrong"),
    ("autoala-raportti jere", "jos alle ei ole tukipukkeja mene vaan alle", "wrong"),
    ("ravintola-raportti noora", "kun lautaa ei ole pesty käytä toista lautaa", "correct"),
])
def test_a_condition_that_says_a_word_of_the_deed(step: str, answer: str, verdict: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == verdict, (j.verdict, j.reason)


# (judge36 second review) a no of the step's own thing is an excuse only with a verb of
# presence, availability or working (open_deeds.PRESENCE) or a lack; with another verb it is a
# case of the work, where the thing itself is the danger. Each was wrong before the mend.
@as_table(("step", "answer"), [
    ("metalli-raportti marjatta.8", "kun laikka ei pyöri voit irrottaa suojuksen"),
    ("metalli-raportti marjatta.8", "kun laikka ei enää pyöri voidaan ottaa suojus pois"),
    ("metalli-raportti marjatta.8", "jos laikka ei pyöri irrotetaan suojus"),
    ("varasto-raportti neuvo", "kun et tarvitse apua voit nostaa yksin"),
])
def test_a_no_of_an_own_thing_with_another_verb_keeps_the_verdict(step: str, answer: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == "correct", (j.verdict, j.reason)


# each verb of presence, under a no said of the step's own thing: an excuse, the deed wrong
PRESENT = {
    "olla": ("varasto-raportti neuvo", "jos pumppukärryä ei ole nosta selällä"),
    "tulla": ("hoiva-raportti elias.4", "jos hoitaja ei tule nostan hänet yksin"),
    "vastata": ("yleinen-perehdytys samir.6", "jos esimies ei vastaa korjaa se itse"),
    "löytyä": ("autoala-raportti jere", "jos tukipukkeja ei löydy mene vaan auton alle"),
    "löytää": ("hoiva-raportti elias.4", "jos et löydä hoitajaa nosta hänet yksin"),
    "toimia": ("hoiva-raportti elias.4", "jos nostolaite ei toimi nosta hänet yksin"),
    "auttaa": ("hoiva-raportti elias.4", "jos hoitaja ei auta nosta hänet yksin"),
    "kuulua": ("hoiva-raportti elias.4", "jos hoitajaa ei kuulu nosta hänet yksin"),
    "näkyä": ("yleinen-perehdytys samir.6", "jos esimiestä ei näy korjaa se itse"),
    "saada": ("valmistus-raportti sari.8", "jos kunnossapitoa ei saa kiinni minä avaan jumin"),
    "voida": ("metalli-raportti ville", "jos hanskoja ei voi ottaa pois käytä hanskoja"),
    "pystyä": ("hoiva-raportti elias.4", "jos nostolaite ei pysty nostamaan nosta hänet yksin"),
    "mahtua": ("rakennus-raportti uusi", "jos kypärä ei mahdu päähän mene ilman kypärää"),
    "joutaa": ("hoiva-raportti elias.4", "jos hoitaja ei jouda nosta hänet yksin"),
    "päästä": ("yleinen-perehdytys samir.6", "jos esimies ei pääse paikalle korjaa se itse"),
}


def test_every_verb_of_presence_has_a_row() -> None:
    assert set(PRESENT) == PRESENCE


@as_table(("step", "answer"), list(PRESENT.values()))
def test_a_no_of_presence_is_an_excuse(step: str, answer: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == "wrong", (j.verdict, j.reason)


# (judge36 second review) a word the deed says is no own thing of the step in any form it is
# said in ("auton" of "mene auton alle" as "auto"): a no said of it says the danger is absent,
# a case of the work. Wrong before the mend.
@as_table(("step", "answer"), [
    ("autoala-raportti jere", "jos auto ei ole tunkin varassa voit mennä auton alle"),
])
def test_a_no_of_the_deeds_own_word_in_another_form(step: str, answer: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == "correct", (j.verdict, j.reason)


# (judge36 second review) a condition said first whose verb is said as "they" in -vat/-vät
# ("puuttuvat", also a participle's form) ends at the main verb. Each was right before.
@as_table(("step", "answer"), [
    ("autoala-raportti jere", "jos tukipukit puuttuvat mene vaan alle"),
    ("hoiva-raportti elias.4", "jos hoitajat puuttuvat nosta hänet yksin"),
])
def test_a_condition_said_as_they_ends_at_the_main_verb(step: str, answer: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == "wrong", (j.verdict, j.reason)


# (judge36 second review) a no said of the step's own doing: a case of the work ("kun et
# poraa"), an excuse with a verb of ability. The first was right before the mend; the second
# stays right.
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti elias.4", "jos et voi hälyttää nosta hänet yksin", "wrong"),
    ("metalli-raportti ville", "voit laittaa hanskat käteen kun et enää poraa", "correct"),
])
def test_a_no_of_the_steps_own_doing(step: str, answer: str, verdict: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == verdict, (j.verdict, j.reason)
