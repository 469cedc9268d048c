"""Honest hedges (issue 12, judge39; valkky/judge/hedges.py): a doubt beside an estimate is
right, beside a deed almost; "I don't know" before a clause of the learner's own is judged
by that clause. Real steps; each row of the first tables failed on main."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge.accepted import compile_accepted
from valkky.judge.hedges import asks_an_estimate, unsure_apart
from valkky.testing.table import as_table


@as_table(("step", "answer"), [
    # the step asks when or how long: the doubt is an honest estimate (almost or wrong on main)
    ("rakennus-ohjeet tauko", "ehkä vartin päästä"),
    ("siivous-asiakas valmis", "ehkä puolen tunnin päästä"),
    ("autoala-asiakas milloin-valmis", "ehkä tunnin päästä"),
    ("yleinen-sairastuminen puhelu.8", "tulen ehkä maanantaina"),
    ("yleinen-sairastuminen puhelu.8", "luulen että maanantaina"),
    ("siivous-asiakas kokous.4", "tulen kymmenen minuutin päästä ehkä"),  # next to the time
    ("hoiva-ohjeet vuoro", "luulen että iltavuoro"),  # no verb but "luulen"
])
def test_a_doubt_beside_an_estimate_is_right(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"


@as_table(("step", "answer"), [
    # a doubt beside a deed leaves it in doubt, whatever the word (varmaan, kai, luulen että
    # were correct on main, ehkä almost)
    ("metalli-ohjeet kone", "varmaan pysäytän koneen ja kerron esimiehelle"),
    ("metalli-ohjeet kone", "kai pysäytän koneen ja kerron esimiehelle"),
    ("metalli-ohjeet kone", "luulen että pysäytän koneen ja kerron esimiehelle"),
])
def test_a_doubt_beside_a_deed_is_almost(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "almost"


@as_table(("step", "answer", "verdict"), [
    # judged by the clause after "I don't know" (wrong, negation, on main)
    ("metalli-ohjeet kone", "en tiedä, kysyn työnjohtajalta", "almost"),  # as that alone
    ("metalli-ohjeet kone", "en tiedä mutta pysäytän koneen ja kerron työnjohtajalle",
     "correct"),
    ("metalli-esimies kysy-mitta", "en tiedä reiän mittaa, voitko sanoa reiän mitan",
     "correct"),
    ("metalli-esimies kysy-mitta", "en tiedä reiän mittaa, voitko sanoa", "almost"),
    ("autoala-kartoitus a2-ymmarra", "anteeksi en ehtinyt kirjoittaa voitko toistaa",
     "correct"),
])
def test_unsure_then_a_right_move(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("step", "answer", "verdict"), [
    # kept: the right answer still has to be said, a mistake after it stays one, and "I
    # don't know" alone keeps its verdict
    ("metalli-ohjeet kone", "en tiedä, nostan yksin", "wrong"),
    ("metalli-ohjeet kone", "en tiedä", "wrong"),
    ("metalli-ohjeet kone", "anteeksi en tiedä, nostan yksin", "wrong"),
    # the step accepts only the number: asking again is no answer of it
    ("yleinen-puhelin kysy-numero", "anteeksi en ehtinyt kirjoittaa voitko toistaa", "wrong"),
    ("autoala-asiakas puhelu.8", "en tiedä, tarkistan hinnan", "wrong"),  # a fact to know
    ("siivous-asiakas toimisto.4", "ehkä tulen heti", "almost"),  # a deed promised
    ("metalli-ohjeet kone", "ehkä pysäytän koneen ja kerron esimiehelle", "almost"),
    ("yleinen-sairastuminen puhelu.8", "en tiedä ehkä huomenna", "correct"),  # as written
    ("yleinen-sairastuminen puhelu.8", "tulen kai maanantaina", "correct"),
    ("autoala-raportti asiakas.6", "huomenna iltapäivällä varmaan", "correct"),  # an open step
    ("rakennus-ohjeet tauko", "ehkä tunnin päästä", "wrong"),  # the foreseen mistake hedged
])
def test_kept(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("step", "answer"), [
    # the mistake the step foresees, said after "I don't know", is judged as that mistake
    # with its feedback ("en ole varma, …" was wrong as a no on main)
    ("metalli-ohjeet kone", "en tiedä, korjaan sen itse"),
    ("metalli-ohjeet kone", "en ole varma, korjaan sen itse"),
])
def test_unsure_then_the_foreseen_mistake(step: str, answer: str) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason, j.matched) == ("wrong", "mistake", "korjaan sen itse")


def test_the_kind_of_step() -> None:
    def estimate(*accept: str) -> bool:
        return asks_an_estimate(compile_accepted(accept)[0])
    assert estimate("tulen takaisin maanantaina", "maanantaina")
    assert estimate("noin satakaksikymmentä euroa")
    assert estimate("kello yksitoista", "kymmeneltä")
    assert not estimate("tulen heti", "tulen kohta")  # no time alone: a deed's
    assert not estimate("pysäytän koneen ja kerron työnjohtajalle")


def test_the_clause_after_i_dont_know() -> None:
    accept = compile_accepted(("kysyn työnjohtajalta",))[0]
    assert unsure_apart(["en", "tiedä", "reiän", "mittaa", "voitko", "sanoa"], accept) == \
        ["voitko", "sanoa"]  # "mittaa" is the measure, no verb of the learner's
    assert unsure_apart(["en", "tiedä", "numero", "seitsemän"], accept) == \
        ["en", "tiedä", "numero", "seitsemän"]  # no clause of the learner's own: as said
    longer = compile_accepted(("en tiedä, kysyn kokilta",))[0]
    assert unsure_apart(["en", "tiedä", "kysyn", "esimieheltä"], longer) == \
        ["en", "tiedä", "kysyn", "esimieheltä"]  # the step's own answer starts so


@as_table(("step", "answer", "verdict"), [
    # review 39: a doubt beside a no is no estimate: the no is judged (correct before the mend)
    ("varasto-ohjeet kuorma", "ei varmaan tuhat kiloa", "wrong"),
    ("varasto-ohjeet kuorma", "ei kai tuhat kiloa", "wrong"),
    ("varasto-ohjeet kuorma", "ei luultavasti tuhat kiloa", "wrong"),
    ("varasto-ohjeet kuorma", "ehkä ei tuhat kiloa", "almost"),
    ("varasto-ohjeet kuorma", "kenties ei tuhat kiloa", "almost"),
    ("elintarvike-hygienia lampotila", "ei varmaan kuusi astetta", "wrong"),
    ("elintarvike-hygienia lampotila", "ehkä ei kuusi astetta", "wrong"),
    ("elintarvike-hygienia lampotila", "ei ehkä kuusi astetta", "wrong"),
    ("rakennus-ohjeet tauko", "ehkä ei vartin päästä", "almost"),
    # a doubt about a deed stays one where the step asks a time too (correct before the mend)
    ("hoiva-asukas kipua.6", "ehkä tulen takaisin", "almost"),
    ("hoiva-asukas kipua.6", "tulen ehkä takaisin", "almost"),
    ("hoiva-asukas kipua.6", "ehkä tulen heti takaisin", "almost"),
    ("valmistus-tyonjohtaja pyyda-ohje", "voitko ehkä toistaa", "almost"),  # no "toinen"
    # "no kai", "totta kai": of course (almost before the mend)
    ("varasto-ohjeet hylly", "no kai ilmoitan esimiehelle", "correct"),
    ("varasto-ohjeet hylly", "totta kai ilmoitan esimiehelle", "correct"),
    # two estimates, each in doubt, are no one answer (correct before the mend)
    ("yleinen-sairastuminen step-19", "ehkä tänään, ehkä huomenna", "wrong"),
])
def test_review39_mends(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("step", "answer", "verdict"), [
    # review 39b: a doubt at the start of an estimate with its verb is honest (almost before)
    ("autoala-asiakas ajanvaraus.6", "varmaan se kestää tunnin", "correct"),
    ("autoala-asiakas puhelu.8", "luulen että vaihto maksaa satakaksikymmentä euroa", "correct"),
    ("yleinen-numerot kysy-tauko", "luulen että se alkaa kello kymmenen", "correct"),
    ("siivous-asiakas kokous.4", "varmaan tulen kymmenen minuutin päästä", "correct"),
    ("hoiva-asukas kipua.6", "ehkä tulen takaisin", "almost"),  # no estimate given
])
def test_review39b_a_doubted_estimate(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("step", "answer", "verdict"), [
    # review 39b: a no or a doubt of the answer by its base form is no estimate (were
    # correct or almost; as on main)
    ("yleinen-sairastuminen step-19", "tuskinpa varmaan huomenna", "wrong"),
    ("yleinen-sairastuminen step-19", "eipä varmaan huomenna", "wrong"),
    ("yleinen-sairastuminen step-19", "eipä kai huomenna", "wrong"),
    ("yleinen-sairastuminen step-19", "epäilen, varmaan huomenna", "wrong"),
    ("yleinen-sairastuminen step-19", "varmaan huomenna", "correct"),
])
def test_review39b_no_by_base_form(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("step", "answer", "verdict"), [
    # review 39b: a foreseen mistake, doubted, is that mistake (correct before the mend)
    ("varasto-ohjeet kuorma", "saa laittaa varmaan yli tuhat kiloa", "wrong"),
    ("varasto-ohjeet kuorma", "saa laittaa kai yli tuhat kiloa", "wrong"),
    ("varasto-ohjeet kuorma", "saa laittaa luultavasti yli tuhat kiloa", "wrong"),
    ("varasto-ohjeet kuorma", "voi laittaa ehkä yli tuhat kiloa", "wrong"),
    ("varasto-ohjeet kuorma", "ehkä yli tuhat kiloa saa laittaa", "wrong"),
    ("elintarvike-hygienia lampotila", "saa olla ehkä yli kuusi astetta", "wrong"),
    ("varasto-ohjeet kuorma", "varmaan enintään tuhat kiloa", "correct"),  # the right one
    ("yleinen-aika kysy-alkaa", "se alkaa varttia vaille kaksi ehkä", "correct"),  # "kaksi"
    # … however the doubt is read: a hedged mistake is no hedge's almost (almost before)
    ("yleinen-kyltit tulipalo", "luulen että menen ulos hissin kautta", "wrong"),
    ("varasto-keraily uusi-tilaus.2", "varmaan kerään sen kahteen mennessä", "wrong"),
    ("valmistus-tyonjohtaja iltapaiva.6", "varmaan en tarvitse lisää ruuveja", "wrong"),
    ("siivous-asiakas hotelli.4", "luulen että siivoan huomenna", "wrong"),
    # review 39c: a no and a doubt beside a foreseen wrong deed: wrong without the doubt,
    # wrong with it (almost before the mend)
    ("autoala-turvallisuus huuhtele", "huuhtelen silmän jarrunesteellä, ei varmaan", "wrong"),
    ("autoala-turvallisuus huuhtele", "en varmaan huuhtelen silmän jarrunesteellä", "wrong"),
    ("yleinen-kyltit tulipalo", "en varmaan menen ulos hissin kautta", "wrong"),
])
def test_review39b_mends(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
