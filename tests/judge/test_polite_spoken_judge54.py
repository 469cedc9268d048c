"""Right answers the judge called almost (issue 12, judge54): the polite plural "you" for
the singular in a repeat step too (same_meaning's ``address``), the spoken -maan form
(``spoken_maan``), a cart in either number (``either_number``), a plural adjective after
olla in either case (``predicative``), the partitive of a thing being worked on
(``partitive``) and the spoken conditional of tarvita and haluta (lessons/lexicon/
spoken.yaml). Each with the cases that must stay as they were."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge import judge
from valkky.judge.same_meaning import persons_drilled
from valkky.judge.word_rules import word_reason
from valkky.lesson.loader import REPEAT_STRICT
from valkky.testing.table import as_table


@as_table(("accept", "said", "verdict"), [
    # the polite plural for the singular: a question, a request, a command, a pronoun
    (["tarvitsetko pussin"], "tarvitsetteko pussin", "correct"),
    (["voitko auttaa"], "voitteko auttaa", "correct"),
    (["voisitko auttaa minua"], "voisitteko auttaa minua", "correct"),
    (["auta minua"], "auttakaa minua", "correct"),
    (["pysäytä kone ja ilmoita työnjohtajalle"], "pysäyttäkää kone ja ilmoittakaa "
     "työnjohtajalle", "correct"),
    (["älä käytä käsineitä porakoneella"], "älkää käyttäkö käsineitä porakoneella", "correct"),
    (["et saa juosta"], "ette saa juosta", "correct"),
    # not a plural command after a no: no form of the no's verb
    (["en pääse töihin tänään"], "en pääskää töihin tänään", "almost"),
    (["älä mene huoneeseen ilman suojaimia"], "älkää menkää huoneeseen ilman suojaimia",
     "almost"),
    (["varo ettei asukas kaadu"], "varokaa ettei asukas kaatukaa", "almost"),
    (["en ymmärrä"], "en ymmärtäkää", "almost"),
    (["kerron sinulle huomenna"], "kerron teille huomenna", "correct"),
    # not without the question's -ko, nor "we" or "they", nor the familiar for the polite
    (["tarvitsetko pussin"], "tarvitsette pussin", "almost"),
    (["tarvitsetko pussin"], "tarvitsemmeko pussin", "almost"),
    (["tarvitsetko pussin"], "tarvitsevatko pussin", "almost"),
    # the spoken -maan form, against the -maan form only
    (["pyydän työkaveria auttamaan"], "pyydän työkaveria auttaan", "correct"),
    (["menen katsomaan helmiä"], "menen kattoon helmiä", "correct"),
    (["pyydän työkaveria auttamaan"], "pyydän työkaveria auttaa", "almost"),
    (["minä pesen kädet"], "minä peseen kädet", "almost"),
    # a cart in either number; another noun keeps its number
    (["otan pumppukärryn"], "otan pumppukärryt", "correct"),
    (["haen siivouskärryn varastosta"], "haen siivouskärryt varastosta", "correct"),
    (["otan pumppukärryn"], "otan pumppukärryjä", "almost"),
    (["otan laatikon"], "otan laatikot", "almost"),
    # the spoken conditional
    (["hei tarvitsen kymmenen metriä kaapelia"], "moi tarviisin kymmenen metriä kaapelia",
     "correct"),
    (["haluaisin kahvia"], "haluisin kahvia", "correct"),
])
def test_said_as_finns_say_it(accept: list[str], said: str, verdict: str) -> None:
    assert judge(said, accept).verdict == verdict


@as_table(("model", "said", "verdict"), [
    # a repeat step, where the model's own words are practised: the familiar for the
    # polite is less polite than the model (sets 10, 18, 24), work keeps its number
    ("Tässä on ruokalista, olkaa hyvä.", "tässä on ruokalista ole hyvä", "almost"),
    ("Autanko teitä nousemaan?", "autanko sinua nousemaan", "almost"),
    ("Pese kädet ennen työtä.", "pese kädet ennen töitä", "almost"),
    ("Voitko auttaa?", "voitteko auttaa", "correct"),
    ("Varo, lattia on märkä!", "varokaa, lattia on märkä", "correct"),
    ("Älä käytä käsineitä porakoneella.", "älkää käyttäkö käsineitä porakoneella", "correct"),
    ("Tarvitsetko pussin?", "tarvitsevatko pussin", "almost"),
    ("Pyydän työkaveria auttamaan.", "pyydän työkaveria autaan", "almost"),
])
def test_in_a_repeat_step(model: str, said: str, verdict: str) -> None:
    assert judge(said, [model], strict=REPEAT_STRICT).verdict == verdict


@as_table(("accept", "mistakes", "said", "verdict"), [
    # a foreseen or unsafe deed stays what it was in the polite plural
    (["älä nosta häntä yksin"], {"nosta hänet": "wrong"}, "nostakaa hänet", "wrong"),
    (["älä laita kättä kuljettimeen"], {}, "laittakaa käsi kuljettimeen", "wrong"),
    (["käytä aina tukipukkeja"], {"mene vaan alle": "wrong"}, "menkää vaan alle", "wrong"),
    (["ota käsineet pois"], {"käytä käsineitä": "wrong"}, "käyttäkää käsineitä", "wrong"),
])
def test_an_unsafe_deed_stays_wrong(accept: list[str], mistakes: dict[str, str], said: str,
                                    verdict: str) -> None:
    assert judge(said, accept, wrong_answers=mistakes).verdict == verdict


def test_a_step_that_drills_the_persons_switches_it_off() -> None:
    drilled = (["minä pesen kädet", "pesen kädet"], ["minä pesee kädet", "minä pestä kädet"])
    assert persons_drilled(*drilled)
    assert not persons_drilled(["en korjaa itse ilmoitan esimiehelle"], ["korjaan sen"])
    assert not persons_drilled(["voitko auttaa"], [])
    # "minä pesen" drilled: "te pesette" is another person, not politeness
    assert judge("pesette kädet", drilled[0], wrong_answers=drilled[1]).verdict == "almost"
    assert judged_on("yleinen-verbit pesta", "pesette kädet").verdict == "almost"


def test_on_the_lessons_steps() -> None:
    # repeat steps: the polite plural to a customer or a boss is the sentence said politely
    assert judged_on("kauppa-asiakas step-16", "Tarvitsetteko pussin?").verdict == "correct"
    assert judged_on("kauppa-turvallisuus step-4", "varokaa, lattia on märkä").verdict \
        == "correct"
    # …but a sign read aloud says the sign's words (VARO TRUKKEJA)
    assert judged_on("yleinen-kyltit step-13", "varokaa trukkeja").verdict == "almost"
    assert judged_on("varasto-valineet kysy-pumppu", "otan pumppukärryt").verdict == "correct"


def test_the_word_rules_name_themselves() -> None:
    from valkky.judge.case import SETTINGS, Case
    c = Case("", [], [], (), {}, (), frozenset(), SETTINGS, False)
    assert word_reason("auttamaan", "auttaan", c) == "same"
    assert word_reason("pesen", "peseen", c) != "same"  # a long vowel's slip
    assert word_reason("kärryssä", "kärryissä", c) == "same"
    assert word_reason("laatikon", "laatikot", c) != "same"
    assert word_reason("siivouskärryt", "siivouskärry", c) != "same"  # no whole object


@as_table(("accept", "said", "verdict"), [
    # a plural adjective after olla in either case
    (["jarrupalat ovat kuluneet", "autossa on kuluneet jarrupalat"],
     "jarrupalat ovat kuluneita", "correct"),
    (["jarrupalat ovat huonot"], "jarrupalat ovat huonoja", "correct"),
    (["lattiat ovat märkiä"], "lattiat ovat märät", "correct"),
    # a participle after olla may be the perfect tense: only as the step's adjective
    (["ruuvit ovat loppuneet"], "ruuvit ovat loppuneita", "almost"),
    (["jarrupalat ovat kuluneet"], "jarrupalat ovat kulunut", "almost"),
    # the partitive of a thing being worked on, not of a deed placed in time
    (["minä siivoan toimiston"], "minä siivoan toimistoa", "correct"),
    (["kuivaan lattian"], "kuivaan lattiaa", "correct"),
    (["siivoan huoneen myöhemmin"], "siivoan huonetta myöhemmin", "almost"),
    (["siivoan kokoushuoneen"], "siivoan ensin kokoushuonetta", "almost"),
    (["annan peiton"], "annan peittoa", "almost"),
])
def test_a_state_and_a_deed_under_way(accept: list[str], said: str, verdict: str) -> None:
    assert judge(said, accept).verdict == verdict
