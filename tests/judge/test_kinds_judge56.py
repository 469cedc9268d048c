"""Kinds trainers grade one way and the judge another (issue 12, judge56), each with fresh
answers on the bundled lessons beside answers that must stay as they were:

- a may for a may (same_meaning.may_for_may): "kyllä saa maksaa kortilla" answers "voinko
  maksaa kortilla?" as "kyllä voi maksaa kortilla" does; not a may of a thing, nor a
  permission the step forbids;
- what there is in the genitive after "tässä on", "täällä on" (form_slips.there_is): "tässä
  on laskun, olkaa hyvä" is almost, the nominative named; the learner's "tässä" leads a
  clause only with the learner's comma right after it (lead_clause);
- a no left out where a word that asks for one is kept (no_dropped): the robot names the
  word, "Melkein! Muista sana ei: kukaan ei loukkaantunut.", not "Hyvä alku!";
- a verb's bare yes the step foresees, then a no of another verb (yes_with_no.yes_conceded):
  "oli, mutta kukaan ei loukkaantunut" is almost with the mistake's own reply;
- the word every accepted answer says, alone (asked_part.key_word_alone): "suihkuun" for
  "vien asukkaan suihkuun" is a start (almost), not where it is a no's thing, a foreseen
  mistake's or what a question asks about;
- a right answer with a no to a deed the lesson wants done too (rules._refused): "painan
  hätäseis enkä soita esimiehelle" (its reply: "Sitten soita esimiehelle") is almost; the
  lesson's reply says which deeds are wanted too ("myös", "sitten":
  engine.session._wants_too).
"""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.engine.feedback import almost_fi
from valkky.judge import judge
from valkky.judge.form_slips import slip
from valkky.testing.table import as_table


@as_table(("step", "answer"), [
    ("ravintola-asiakas maksu.4", "kyllä saa maksaa kortilla"),
    ("ravintola-asiakas maksu.4", "saatte maksaa kortilla"),
    ("ravintola-asiakas maksu.4", "kyllä te saatte maksaa kortilla"),
    ("ravintola-asiakas maksu.4", "kortilla saa maksaa"),
    ("ravintola-asiakas maksu.4", "kyllä saatte"),
    ("autoala-asiakas tiski.6", "saatte odottaa odotustilassa"),
    ("autoala-asiakas tiski.6", "kyllä saatte"),
    ("varasto-turvallisuus step-19", "ei voi seistä"),
    ("kauppa-ohjeet jauheliha", "ei voi myydä"),
])
def test_a_may_said_for_the_other_may_is_right(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"


@as_table(("step", "answer", "verdict"), [
    ("ravintola-asiakas maksu.4", "ei saa maksaa kortilla", "wrong"),  # the no
    ("kauppa-turvallisuus lue-paivays", "kyllä saa myydä", "wrong"),  # the step's mistake
    ("kauppa-ohjeet jauheliha", "voi myydä", "wrong"),
    ("varasto-turvallisuus step-19", "voi seistä", "wrong"),
    ("yleinen-perehdytys samir.6", "saat korjata sen itse", "wrong"),
])
def test_a_may_the_step_forbids_stays_wrong(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("answer", "accepted", "verdict"), [
    ("saat mennä", "voit mennä", "correct"),
    ("kuorma saa pudota", "kuorma voi pudota", "wrong"),  # a thing's may: a danger
    ("saan tulla huomenna", "voin tulla huomenna", "wrong"),  # I can, not I am let
    ("saa palkkaa", "voi palkkaa", "wrong"),  # no infinitive: getting
])
def test_a_may_is_another_may_only_as_a_permission(answer: str, accepted: str,
                                                    verdict: str) -> None:
    assert judge(answer, [accepted]).verdict == verdict


@as_table(("step", "answer", "named"), [
    ("ravintola-asiakas maksu.2", "tässä on laskun, olkaa hyvä", "lasku"),
    ("ravintola-asiakas maksu.2", "totta kai, tässä on laskun", "lasku"),
    ("ravintola-asiakas maksu.2", "tässä on teidän laskun", "lasku"),
    ("ravintola-asiakas tilaus.6", "tässä on ruokalistan, olkaa hyvä", "ruokalista"),
    ("kauppa-valineet kysy-kuitti", "tässä on kuitin", "kuitti"),
    ("hoiva-asukas aamu.2", "huomenta, täällä on hoitajan", "hoitaja"),
    ("varasto-turvallisuus ilmoita-esimiehelle", "täällä on rikkinäisen lavan", "lava"),
])
def test_what_there_is_in_the_genitive_is_almost(step: str, answer: str, named: str) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason) == ("almost", "word_form")
    assert named in almost_fi(j)


@as_table(("step", "answer"), [
    ("ravintola-asiakas maksu.2", "tässä on lasku, olkaa hyvä"),
    ("ravintola-asiakas maksu.2", "tässä, olkaa hyvä"),
    ("ravintola-asiakas maksu.2", "hetkinen, tuon laskun"),  # an object: the genitive
    ("ravintola-asiakas tilaus.6", "tässä on ruokalista"),
])
def test_the_nominative_and_an_object_stay_right(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"


@as_table(("words", "found"), [
    ("tässä on laskun", (2, "there_is")),
    ("täällä on rikkinäisen lavan", (3, "there_is")),
    ("tässä on laskun olkaa hyvä", (2, "there_is")),
    ("täällä on hoitajan huone", None),  # whose room: a genitive of the noun after it
    ("tässä on laskun summa", None),
    ("tässä on lasku", None),
    ("tässä on teidän laskunne", None),
    ("täällä on minun", None),
])
def test_there_is_reads_the_genitive_only_as_what_there_is(words: str, found: object) -> None:
    assert slip(words.split()) == found


@as_table(("answer", "accepted", "said"), [
    ("kukaan loukkaantui", "kukaan ei loukkaantunut",
     "Melkein! Muista sana ei: kukaan ei loukkaantunut."),
    ("näin mitään", "en nähnyt mitään", "Melkein! Muista sana en: en nähnyt mitään."),
])
def test_a_dropped_no_is_named_in_the_feedback(answer: str, accepted: str, said: str) -> None:
    j = judge(answer, [accepted])
    assert (j.verdict, j.reason) == ("almost", "no_left_out")
    assert almost_fi(j) == said


@as_table(("step", "answer", "mistake"), [
    ("autoala-raportti pasi.4", "oli, mutta kukaan ei loukkaantunut", "oli"),
    ("autoala-raportti pasi.4", "oli kukaan ei loukkaantunut", "oli"),
    ("autoala-raportti pasi.4", "oli, mutta hän ei loukkaantunut", "oli"),  # almost already
    ("rakennus-raportti timo.4", "oli, mutta kukaan ei loukkaantunut", "oli"),
    ("yleinen-lukeminen allergeeni", "sopii mutta hän ei saa syödä sitä", "sopii"),
])
def test_a_conceded_yes_then_a_right_no_is_almost_with_its_reply(step: str, answer: str,
                                                                 mistake: str) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason, j.matched) == ("almost", "mistake", mistake)


@as_table(("step", "answer", "verdict"), [
    ("rakennus-raportti timo.4", "oli, mutta hän ei loukkaantunut", "wrong"),  # rest almost
    ("kauppa-ohjeet jauheliha", "saa, mutta ei saa myydä", "wrong"),  # its own verb's no
    ("hoiva-raportti hoitaja.8", "nostin mutta en nostanut yksin", "wrong"),
    ("kauppa-ohjeet jauheliha", "saa mutta päiväys meni", "wrong"),  # no no
    ("autoala-raportti pasi.4", "joo, mutta kukaan ei loukkaantunut", "wrong"),  # no verb
    ("ravintola-raportti antti.4", "sai, mutta hän ei syönyt sitä", "correct"),  # as it was
    ("ravintola-raportti antti.4", "sai, ei huomasin sen ennen kuin annos lähti", "wrong"),
    ("kauppa-turvallisuus lue-paivays", "saa, ei voi", "wrong"),  # one may, taken back
    # the learner's own deed, foreseen: no yes of the question's verb (the forbidden sweep)
    ("yleinen-tyoturvallisuuskortti step-20", "kokeilen itse, en osaa käyttää konetta",
     "wrong"),
    ("yleinen-tyoturvallisuuskortti step-20", "yritän, en osaa käyttää tätä konetta", "wrong"),
    ("autoala-raportti pasi.4", "oli", "wrong"),
])
def test_a_yes_taken_back_or_a_rest_not_right_stays_as_it_was(step: str, answer: str,
                                                             verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("step", "answer"), [
    ("hoiva-kartoitus b1-puhekieli", "suihkuun"),
    ("hoiva-kartoitus b1-puhekieli", "suihku"),
    ("metalli-esimies valmiit.6", "reikä"),
    ("metalli-esimies valmiit.6", "reiät"),
    ("elintarvike-kartoitus b1-puhekieli", "kädet"),
    ("metalli-kartoitus b1-tapahtui", "kipinä"),
])
def test_the_word_every_answer_says_alone_is_a_start(step: str, answer: str) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason) == ("almost", "missing_words")


@as_table(("step", "answer"), [
    ("elintarvike-kartoitus b1-puhekieli", "hanskat"),  # a foreseen mistake's word
    ("metalli-esimies kysy-mitta", "reikä"),  # the answers ask: no start of a question
    ("hoiva-ohjeet ensin", "aamupalalle"),  # not in every answer
])
def test_another_word_alone_stays_wrong(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "wrong"


@as_table(("answer", "accepted", "verdict"), [
    ("koneeseen", ("laitan levyn koneeseen", "laitan sen koneeseen"), "almost"),
    ("koneeseen", ("en koske koneeseen", "en laita kättä koneeseen"), "wrong"),  # a no's thing
    ("koneeseen", ("laitan levyn koneeseen", "koneeseen"), "correct"),
    ("kone", ("laitan levyn koneeseen", "kone"), "correct"),
])
def test_a_key_word_alone_only_beside_sentences_that_say_no_no(
        answer: str, accepted: tuple[str, ...], verdict: str) -> None:
    assert judge(answer, list(accepted)).verdict == verdict


@as_table(("step", "answer"), [
    ("metalli-turvallisuus hatatilanne", "hätäseis enkä soita esimiehelle"),
    ("metalli-turvallisuus hatatilanne", "painan hätäseis enkä soita esimiehelle"),
    ("metalli-turvallisuus hatatilanne", "painan hätäseis, en soita esimiehelle"),
    ("hoiva-turvallisuus step-25", "raportissa enkä kerro hoitajalle"),
    ("hoiva-turvallisuus step-25", "kerron raportissa enkä kerro hoitajalle"),
    ("yleinen-tyoturvallisuuskortti step-18", "soitan hätänumeroon enkä soita esimiehelle"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan esimiehelle enkä laita sitä sivuun"),
    ("metalli-turvallisuus hatatilanne", "painan hätäseis ja en soita esimiehelle"),
    # a deed done later ("Se tehdään sitten"), turned down after the first one
    ("varasto-ohjeet ensin", "luen ensin keräilylistan enkä kerää tuotteet"),
])
def test_a_no_to_a_deed_the_lesson_wants_too_is_almost(step: str, answer: str) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason) == ("almost", "too_long")
    assert almost_fi(j).startswith("Melkein! Sano: ")


@as_table(("step", "answer"), [
    ("metalli-turvallisuus hatatilanne", "painan hätäseis ja soitan esimiehelle"),
    ("metalli-turvallisuus hatatilanne", "painan hätäseis enkä jatka työtä koneella"),
    ("metalli-turvallisuus hatatilanne", "painan hätäseis enkä paina vihreää nappia"),
    ("hoiva-turvallisuus step-25", "kerron raportissa ja hoitajalle"),
    # near misses the reply turns to the answer, no deed wanted too
    ("siivous-ohjeet johto", "kerron esimiehelle enkä kerro työkaverille"),
    ("yleinen-tyoturvallisuuskortti step-18", "soitan hätänumeroon enkä soita lääkärille"),
    ("valmistus-kokoonpano kysy-piirustus", "katson piirustusta enkä katso kuvaa"),
    ("yleinen-oikeudet kysy-selka", "menen työterveyshuoltoon enkä mene lääkärin luo"),
    # a contrast before the answer, or the deed said and taken back: no refusal after it
    ("varasto-ohjeet ensin", "ei kerään tuotteet, luen ensin keräilylistan"),
    ("siivous-ohjeet pitka-ohje", "imuroin käytävän pyyhin pöydät, ei"),
    ("metalli-ohjeet lopuksi", "viilaan reunat, ei poraan reiät"),  # "not that one"
    # a mistake wrong for its order ("laitan ensin tarran"): its no says the right order
    ("valmistus-kartoitus a2-ensin", "kiinnitän ruuvit enkä laita ensin tarran"),
])
def test_a_no_to_a_wrong_deed_stays_right(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"
