"""Set 42's rows both trainers graded one way and the judge another (issue 12, stop 47),
read as general kinds, each with fresh answers on the bundled lessons beside answers that
must stay as they were:

- a social act's phrase alone where no accepted answer says that act, also where the
  step's answers are no act at all ("hyvää yötä" for "nukuitko hyvin?"): another act, wrong
  (courtesy.another_act);
- a one-word place said closer, beside a thing ("käytävällä oven vieressä"): right
  (forms_allowed.a_place_beside);
- spoken "o" for "on" before a word ("auto o nosturilla"): right (the lexicon);
- an accepted answer, then a clause of another accepted answer, its place by "sinne"
  ("telineessä ei ole kaidetta, en mene sinne"): right (rules._an_answers_clause);
- spoken "et" for "että" before a no ("et ei tipu mitään päähän"): right (normalise);
- an accepted answer's verb alone, as it says it ("kaatui" of "asukas kaatui yöllä"): a
  start, almost (compare._its_verb_alone);
- an open question's found thing named alone, where an example says there is it
  ("halkeama" of "laikassa oli halkeama"): a start, almost (verdict._there_is; sets 34 and
  41, both trainers)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table


@as_table(("step", "answer", "verdict"), [
    ("hoiva-asukas aamu.4", "hyvää yötä", "wrong"),
    ("hoiva-asukas pukeutuminen.8", "hyvää yötä", "wrong"),
    ("hoiva-asukas aamu.6", "näkemiin", "wrong"),
    # the step's own act, or a word of its answer, stays a try or right
    ("hoiva-asukas aamu.4", "nukuitko", "almost"),
    ("hoiva-asukas aamu.4", "nukuit hyvin", "almost"),
    ("hoiva-asukas pukeutuminen.8", "ole hyvä", "correct"),
    # no answer at all where the step wants a yes (the greeting was dropped as an extra)
    ("yleinen-sanaparit kylla", "hei", "wrong"),
    # thanks answer anything said; a phrase that shares a word, or a letter off one
    ("kauppa-raportti napistys.8", "kiitos", "correct"),
    ("kauppa-raportti pullo.4", "ei mitään", "correct"),
    ("yleinen-sairastuminen step-19", "huomenta", "almost"),
])
def test_another_act_where_the_step_asks_none(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("step", "answer", "verdict"), [
    ("varasto-turvallisuus step-26", "käytävällä oven vieressä", "correct"),
    ("varasto-turvallisuus step-26", "tuolla käytävällä, ihan oven vieressä", "correct"),
    ("varasto-turvallisuus step-26", "käytävällä, oven lähellä", "correct"),
    ("rakennus-ohjeet maarays", "kolmannessa kerroksessa hissin vieressä", "correct"),
    # another place, the thing alone, or no postposition stay as they were
    ("varasto-turvallisuus step-26", "hyllyssä oven vieressä", "wrong"),
    ("varasto-turvallisuus step-26", "oven vieressä", "wrong"),
    ("varasto-turvallisuus step-26", "käytävällä oven", "almost"),
    ("varasto-turvallisuus step-26", "käytävällä vieressä oven", "almost"),
    # where a deed is done, under a thing, a mistake's thing: no place said closer (review64)
    ("varasto-turvallisuus step-18", "kulkuväylällä kuorman alla", "wrong"),
    ("varasto-turvallisuus nosto", "jaloilla kuorman alla", "wrong"),
    ("varasto-turvallisuus step-26", "käytävällä trukin alla", "almost"),
    ("varasto-turvallisuus step-26", "käytävällä hyllyn vieressä", "almost"),
    ("kauppa-raportti kaatuminen.4", "maitokaapilla kassan edessä", "almost"),
])
def test_a_place_said_closer(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("step", "answer", "verdict"), [
    ("autoala-korjaamo step-5", "auto o nosturilla", "correct"),
    ("valmistus-kokoonpano step-23", "laatu o tärkeä", "correct"),
    ("autoala-korjaamo step-5", "o", "wrong"),
    ("varasto-turvallisuus step-19", "ei se o turvallista", "correct"),
    ("rakennus-turvallisuus step-31", "kaikki ei o kunnossa", "wrong"),
    ("rakennus-kartoitus b1-miksi", "et ei tipu mitään päähän", "correct"),
    ("rakennus-kartoitus b1-miksi", "et ei pää loukkaannu", "correct"),
    ("rakennus-kartoitus b1-miksi", "et", "wrong"),
    ("rakennus-kartoitus b1-miksi", "et ei", "wrong"),
])
def test_spoken_forms(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("answer", "verdict"), [
    ("telineessä ei ole kaidetta, en mene telineelle", "correct"),
    ("telineessä ei ole kaidetta, en mene sinne", "correct"),
    ("telineessä ei oo kaidetta, en mee sinne", "correct"),
    ("telineessä ei ole kaidetta en mene sinne", "correct"),
    # going there is the opposite; a part of the clause is no clause
    ("telineessä ei ole kaidetta, menen sinne", "wrong"),
    ("kaide puuttuu, menen sinne silti", "wrong"),
])
def test_a_clause_of_another_accepted_answer(answer: str, verdict: str) -> None:
    assert judged_on("rakennus-kartoitus b1-vika", answer).verdict == verdict


@as_table(("step", "answer", "verdict"), [
    ("hoiva-kartoitus b1-tapahtui", "kaatui", "almost"),
    ("rakennus-kartoitus b1-tapahtui", "putosi", "almost"),
    ("varasto-kartoitus b1-tapahtui", "törmäsi", "almost"),
    ("ravintola-raportti mennyt", "huomasin", "almost"),
    # the thing alone, a verb after its no, a participle: as they were
    ("rakennus-kartoitus b1-tapahtui", "vasara", "wrong"),
    ("autoala-kartoitus b1-tapahtui", "käynnistynyt", "wrong"),
    ("hoiva-kartoitus b1-tapahtui", "loukkaantunut", "wrong"),
    # a deed now, a light verb, a question's verb, a misunderstanding's verb, a part asked
    # (review64)
    ("metalli-kartoitus b1-puhekieli", "kosken", "wrong"),
    ("elintarvike-hygienia sairas", "menen", "wrong"),
    ("yleinen-sairastuminen kysy-sairas", "voin", "wrong"),
    ("varasto-turvallisuus step-19", "voi", "wrong"),
    ("ravintola-raportti antti.2", "tapahtui", "wrong"),
    ("hoiva-asukas aamu.4", "sujui", "wrong"),
    ("siivous-kartoitus b1-tapahtui", "kaatui", "wrong"),
    ("kauppa-raportti kaatuminen.4", "kaatui", "wrong"),
])
def test_the_verb_alone(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("step", "answer", "verdict"), [
    ("metalli-raportti marjatta.6", "halkeama", "almost"),
    ("elintarvike-raportti pirjo.2", "muovi", "almost"),
    ("elintarvike-raportti pirjo.2", "muovipala", "almost"),
    # a sentence, a place beside it, a word that is no noun only: as they were
    ("metalli-raportti marjatta.6", "laikassa oli halkeama", "correct"),
    ("elintarvike-raportti pirjo.2", "muovinpala paketissa", "correct"),
    ("varasto-raportti kari.2", "rikki", "correct"),
])
def test_the_found_thing_alone(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# the no of a state's opposite says the state (review65: were wrong, negation)
@as_table(("step", "answer", "verdict"), [
    ("metalli-esimies kone-rikki.2", "porakone ei ole kunnossa", "correct"),
    ("metalli-esimies kone-rikki.2", "porakone ei oo kunnossa", "correct"),
    ("kauppa-turvallisuus rullakko-rikki", "rullakko ei ole kunnossa", "correct"),
    # the state's own no is the opposite; a repeat's words are practised
    ("metalli-esimies kone-rikki.2", "porakone ei ole rikki", "wrong"),
    ("metalli-esimies step-16", "Porakone ei ole kunnossa.", "wrong"),
])
def test_the_no_of_the_opposite(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# the no of the opposite only as the answer's end, of a thing, not of all (review67)
@as_table(("step", "answer", "verdict"), [
    ("valmistus-tyonjohtaja viallinen", "tämä osa ei ole kunnossa, asennan sen", "wrong"),
    ("rakennus-turvallisuus step-31", "kaikki ei ole rikki", "wrong"),
])
def test_the_no_of_the_opposite_alone(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
