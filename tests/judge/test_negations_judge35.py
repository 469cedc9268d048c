"""A no said another way to an open step's example (issue 12, safety; judge35): fresh
answers on real steps that passed as right, each wrong since its mend, and safe answers
beside them that must stay as they were (polarity.contradicts)."""

from __future__ import annotations

from tests.judge.agreement import tasks
from tests.judge.golden import step_arguments
from valkky.judge import Judgement, finnish, judge
from valkky.judge.wordsets import NEED, NEEDLESS
from valkky.testing.table import as_table


def _judged(step: str, answer: str) -> Judgement:
    task, options = tasks()[step]
    return judge(answer, task.accept, **step_arguments(task, options))


# 1. who needs ("minun", "sun") and the need ("pakko") name no thing the deed is done to
@as_table(("step", "answer"), [
    ("yleinen-lahelta-piti ilmoitus.2", "minun ei tarvitse ilmoittaa vaarasta"),
    ("yleinen-lahelta-piti ilmoitus.2", "ei mun tarvii ilmoittaa vaarasta"),
    ("rakennus-raportti uusi", "ei oo pakko käyttää kypärää"),
    ("rakennus-raportti uusi", "ei sinun ole pakko käyttää kypärää"),
    ("hoiva-raportti elias.2", "sinun ei tarvitse laittaa jarruja päälle"),
])
def test_a_no_of_need_with_its_subject_is_a_no(step: str, answer: str) -> None:
    j = _judged(step, answer)  # (negation, or the foreseen mistake it says)
    assert j.verdict == "wrong", (j.verdict, j.reason)


@as_table(("step", "answer", "verdict"), [
    ("rakennus-raportti uusi", "sinun pitää käyttää kypärää", "correct"),
    ("yleinen-lahelta-piti ilmoitus.2", "minun pitää ilmoittaa vaarasta", "correct"),
    ("valmistus-raportti neuvo", "sinun ei tarvitse laittaa kättä koneeseen", "correct"),
])
def test_need_said_with_the_example_stays(step: str, answer: str, verdict: str) -> None:
    assert _judged(step, answer).verdict == verdict


# each word of need is read so: its no with a genitive subject, said to "pese kädet"
@as_table(("word", "answer"), [
    ("tarvita", "sinun ei tarvitse pestä käsiä"),
    ("pitää", "sinun ei pidä pestä käsiä"),
    ("täytyä", "sinun ei täydy pestä käsiä"),
    ("kannattaa", "sinun ei kannata pestä käsiä"),
    ("pakko", "sinun ei ole pakko pestä käsiä"),
    ("tarpeellinen", "sinun ei ole tarpeellista pestä käsiä"),
    ("välttämätön", "sinun ei ole välttämätöntä pestä käsiä"),
])
def test_each_word_of_need(word: str, answer: str) -> None:
    assert word in NEED and any(NEED & finnish.base_forms(w) for w in answer.split())
    j = judge(answer, ["pese kädet"], open_question=True)
    assert (j.verdict, j.reason) == ("wrong", "negation"), (j.verdict, j.reason)


# 2. a command or a person's form after the verb a no is on says yes (speech has no
# commas): safe answers that were wrong (negation), right now
@as_table(("step", "answer"), [
    ("autoala-raportti jere", "tunkki ei riitä, tarvitset tukipukit"),
    ("yleinen-lahelta-piti ilmoitus.2", "minun ei tarvitse pelätä, haluan ilmoittaa vaarasta"),
    ("yleinen-lahelta-piti ilmoitus.2", "ei tarvitse pelätä, haluan ilmoittaa vaarasta"),
    ("rakennus-raportti uusi", "ei tarvitse pelätä, käytä aina kypärää"),
])
def test_a_yes_after_a_no_on_another_deed_is_right(step: str, answer: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == "correct", (j.verdict, j.reason)


# the first verb after the no, or a verb after a modal, stays under it (a slip of its form)
@as_table(("step", "answer"), [
    ("rakennus-raportti uusi", "en minä käytän kypärää"),
    ("rakennus-raportti uusi", "ei kypärää tarvii käyttää"),
    ("rakennus-raportti uusi", "en halua käytän kypärää"),
    ("rakennus-raportti uusi", "ei tarvitse pelätä, en käytä kypärää"),
    ("autoala-raportti jere", "tunkki riittää, et tarvitse tukipukkeja"),
])
def test_a_no_on_the_deed_stays_wrong(step: str, answer: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == "wrong", (j.verdict, j.reason)


# 3. an example of the answer's polarity with its verb exempts it only where it says one of
# its words: "älä nosta selällä" does not make "jaloilla ei tarvitse nostaa" right
@as_table(("step", "answer"), [
    ("varasto-raportti neuvo", "jaloilla ei tarvitse nostaa"),
    ("varasto-raportti neuvo", "sinun ei tarvitse nostaa jaloilla"),
    ("valmistus-raportti neuvo", "hätäseispainiketta ei tarvitse painaa"),
    ("valmistus-raportti neuvo", "ei kannata painaa hätäseis-painiketta"),
])
def test_a_no_beside_an_example_of_other_things_is_a_no(step: str, answer: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == "wrong", (j.verdict, j.reason)


@as_table(("step", "answer"), [
    ("hoiva-raportti elias.4", "sinun ei tarvitse nostaa häntä yksin, pyydä apua"),
    ("varasto-raportti neuvo", "sinun ei tarvitse nostaa yksin, pyydä apua"),
    ("varasto-raportti neuvo", "ei tarvitse nostaa selällä"),
    ("valmistus-raportti neuvo", "ei tarvitse pelätä, paina hätäseis"),
    ("valmistus-raportti neuvo", "sinun ei tarvitse laittaa kättä koneeseen, paina hätäseis"),
])
def test_a_no_an_example_says_stays_right(step: str, answer: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == "correct", (j.verdict, j.reason)


# 4. a word Voikko does not know that begins with an example's or a topic's word whole is
# that thing: "hätäseisiä", "hätäseisnappia" of the topic "hätäseis"
@as_table(("step", "answer"), [
    ("valmistus-raportti neuvo", "hätäseisiä ei tarvitse painaa"),
    ("valmistus-raportti neuvo", "ei tarvitse painaa hätäseisnappia"),
    ("valmistus-raportti neuvo", "hätäseis-nappia ei tarvitse painaa"),
])
def test_a_no_to_a_compound_voikko_does_not_know(step: str, answer: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == "wrong", (j.verdict, j.reason)


@as_table(("step", "answer"), [
    ("valmistus-raportti neuvo", "ei tarvitse pelätä, paina hätäseispainiketta"),
    ("valmistus-raportti neuvo", "paina hätäseisnappia"),
])
def test_the_compound_said_with_a_yes_stays_right(step: str, answer: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == "correct", (j.verdict, j.reason)


# 5. a word that says no without a no (wordsets.NEEDLESS), each entry said to an example
@as_table(("word", "answer"), [
    ("turha", "turha käyttää kypärää"),
    ("tarpeeton", "on tarpeetonta käyttää kypärää"),
    ("kielletty", "on kiellettyä käyttää kypärää"),
])
def test_each_needless_word_says_no(word: str, answer: str) -> None:
    assert word in NEEDLESS and any(NEEDLESS & finnish.base_forms(w) for w in answer.split())
    j = _judged("rakennus-raportti uusi", answer)
    assert j.verdict == "wrong", (j.verdict, j.reason)


@as_table(("step", "answer"), [
    ("rakennus-raportti uusi", "turha pelätä, käytä kypärää"),
    ("rakennus-raportti uusi", "ei ole turha käyttää kypärää"),
    ("varasto-raportti neuvo", "on kiellettyä nostaa selällä"),
    ("varasto-raportti neuvo", "turha pelätä, nosta jaloilla"),
])
def test_needless_beside_the_example_stays_right(step: str, answer: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == "correct", (j.verdict, j.reason)
