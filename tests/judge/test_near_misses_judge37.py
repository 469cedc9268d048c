"""Near misses the judge called wrong where a trainer says almost (issue 12, judge37): fresh
answers on real steps, each wrong before its mend, and answers beside them that keep their
verdicts (a meaning the step drills, another value, no sentence around the word)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.engine.feedback import almost_fi
from valkky.judge import judge
from valkky.testing.table import as_table

_ALMOST = [
    # (a) a one-letter slip of a content word that spells a stray word, the rest of the
    # sentence right (stray_slip)
    ("siivous-raportti step-8", "kerron asiakkaalle ja emimiehelle"),
    ("metalli-esimies step-17", "pysäytän koneen ja kerran työnjohtajalle"),
    ("varasto-kartoitus a2-ensin", "haen ensin pomppukärryn"),
    ("valmistus-kartoitus b1-miksi", "melu voi vahingoittaa kuoloa"),
    ("autoala-asiakas tiski.8", "se maksaa viisikymmentä eroa"),
    ("elintarvike-kartoitus b1-vika", "kylähuone on liian lämmin"),
    ("autoala-korjaamo step-13", "keristä pultit momenttiavaimella"),  # a repeat step
    # (c) the right word in another derivation: a noun made from the answer's adjective
    # (derivation)
    ("siivous-turvallisuus step-21", "varo lattia on liukkaus"),
    ("autoala-kartoitus b1-tapahtui", "auto ei käynnistynyt koska akku oli tyhjyys"),
    # (b) a number or time whose value is right, in a wrong form (number_form)
    ("varasto-ohjeet auto", "auto tulee puoli kolmea"),
    ("yleinen-numerot kysy-puoli", "kello on puoli kahdeksaa"),
    ("autoala-tyomaarays paine", "rengaspaine on kaksi ja kolme baria"),
]

_KEPT = [
    # a slip word with one word beside it, where the answer is no more than the accepted
    # one, makes a sentence since judge51 (stray_slip): almost
    ("autoala-turvallisuus ilmoita", "lukitus ei taimi", "almost"),
    # a verb one letter off a verb is another deed (stray_slip)
    ("siivous-kartoitus b1-tapahtui", "asiakas kantoi kahvia matolle", "wrong"),
    ("siivous-kartoitus b1-tapahtui", "asiakas kastoi kahvia matolle", "wrong"),
    ("hoiva-kartoitus b1-tapahtui", "asukas kastui yöllä käytävällä", "wrong"),
    ("hoiva-kartoitus b1-puhekieli", "vedä asukas suihkuun", "wrong"),
    ("rakennus-raportti kuka-korjaa", "telineasentaja korvaa sen", "wrong"),
    ("rakennus-raportti kuka-korjaa", "telineasentaja kirjaa sen", "wrong"),
    ("yleinen-kahvitauko step-14", "mitä toit viikonloppuna", "wrong"),
    ("metalli-esimies step-17", "pystytän koneen ja kerron työnjohtajalle", "wrong"),
    # (derivation) a word made from another reading of the expected word: another word
    ("rakennus-kartoitus a1-kuva-2", "tikkaus", "wrong"),  # tikata, not tikas
    ("elintarvike-tuotanto step-12", "kuljetus", "wrong"),
    ("varasto-turvallisuus nosto", "jalous", "wrong"),  # jalo, not jalka
    ("hoiva-turvallisuus nosta", "jalous", "wrong"),
    ("yleinen-sanaparit step-14", "tapaus", "wrong"),
    ("ravintola-kartoitus b1-vika", "pakastus on rikki", "wrong"),
    # a one-word answer passes the derivation over to the rules after it: a slip, as before
    ("yleinen-puhelin auto.4", "pääsyn", "almost"),
    # (number_form) a case that carries the meaning: another time, a count, a spruce
    ("varasto-ohjeet auto", "auto tulee puoli kolmen jälkeen", "wrong"),
    ("varasto-ohjeet auto", "auto tulee ennen puoli kolmea", "wrong"),
    ("varasto-ohjeet auto", "auto tulee puoli kolmeen mennessä", "wrong"),
    ("varasto-ohjeet auto", "auto tulee puoli kolmen aikaan", "wrong"),  # as main had it
    ("varasto-ohjeet auto", "puoli kolmea tuntia", "wrong"),
    ("yleinen-numerot step-21", "puoli kuusta", "wrong"),
    ("varasto-ohjeet auto", "auto tulee puoli kolmen tunnin päästä", "wrong"),
    ("varasto-ohjeet auto", "auto tulee puoli kolmen päivän päästä", "wrong"),
    ("varasto-ohjeet auto", "auto tulee puoli kolmen kuluttua", "wrong"),
    ("varasto-ohjeet auto", "auto tulee puoli kolmessa tunnissa", "wrong"),
    ("varasto-ohjeet auto", "auto tulee puoli kolmen ja puoli neljän välillä", "wrong"),
    ("varasto-ohjeet auto", "auto tulee puoli kolmea vaille", "wrong"),
    ("varasto-ohjeet auto", "auto tulee puoli kolmea myöhässä", "wrong"),
    ("varasto-ohjeet auto", "auto tulee puoli kolmen korvilla", "wrong"),
    ("yleinen-numerot kysy-loppuu", "työvuoro loppuu puoli kolmen tunnin päästä", "wrong"),
    ("autoala-tyomaarays paine", "kaksi ja kolme neljäsosaa baria", "wrong"),
    ("autoala-tyomaarays paine", "kaksi ja kolme prosenttia", "wrong"),
    ("yleinen-puhelin kysy-numero", "040 123 4567 tai 050 123 4567", "wrong"),
    # a real thing not to confuse (lessons/lexicon/distinct.yaml), or the word a step asks
    # the meaning of: no slip (stray_slip)
    ("siivous-ohjeet step-19", "huuhtelen silmää verellä", "wrong"),
    ("siivous-ohjeet step-19", "huuhtelen silmää vedyllä", "wrong"),
    ("siivous-turvallisuus step-7", "laimenna aine vedyllä", "wrong"),
    ("ravintola-ohjeet step-23", "älä kaada vetyä palavaan rasvaan", "wrong"),
    ("valmistus-tyonjohtaja step-13", "laitan sen savuun ja kerron", "wrong"),
    ("yleinen-tarkistaminen kysy-sana", "mitä tarkoittaa tukki", "wrong"),
    ("yleinen-tarkistaminen step-23", "eli minä vien nämä virastoon", "wrong"),
    ("varasto-kartoitus b1-tapahtui", "tukki törmäsi hyllyyn", "wrong"),
    ("valmistus-ohjeet step-12", "hakea lisää ruuteja", "wrong"),
    ("hoiva-asukas juoma", "haluatko kahvaa vai teetä", "wrong"),
    ("varasto-kartoitus a2-puuttuu", "kaksi laatikkoa matoa", "wrong"),
    ("yleinen-apua esimies.4", "mitä tarkoittaa varanto", "wrong"),
    ("yleinen-apua esimies.4", "mitä varasko tarkoittaa", "wrong"),
    ("valmistus-tyonjohtaja pyyda-ohje", "voitko saloa sen uudelleen", "almost"),  # asks no word
    # two stray words are no slip of one
    ("metalli-esimies step-17", "pysäytän kokeen ja kerran työnjohtajalle", "wrong"),
    # another value stays wrong, a foreseen one too
    ("yleinen-numerot kysy-puoli", "kello on puoli yhdeksää", "wrong"),
    ("varasto-ohjeet auto", "puoli neljää", "wrong"),
    ("autoala-tyomaarays paine", "rengaspaine on kaksi ja neljä baria", "wrong"),
    ("yleinen-puhelin kysy-numero", "040 1234 568", "wrong"),
    # the right form is right
    ("yleinen-numerot kysy-puoli", "kello on puoli kahdeksan", "correct"),
    ("yleinen-puhelin kysy-numero", "0401234567", "correct"),
    # digits typed in another grouping are the number (set 50, both trainers)
    ("yleinen-puhelin kysy-numero", "040 1234 567", "correct"),
    ("yleinen-puhelin kysy-numero", "040 1234567", "correct"),
]


@as_table("step, answer", _ALMOST)
def test_a_near_miss_is_almost(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "almost"


@as_table("step, answer, verdict", _KEPT)
def test_a_meaning_of_its_own_keeps_its_verdict(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table("answer, accept, verdict", [
    ("minä annan pallon asiakkaalle", "minä annan pullon asiakkaalle", "almost"),
    ("annan pallon", "annan pullon", "wrong"),  # one word beside it: another thing
    ("pallo", "pullo", "wrong"),
    # a word of the step's own is a meaning it drills: no slip
    ("minä annan pallon asiakkaalle", "minä annan pullon asiakkaalle|pallo", "wrong"),
    # (derivation) a word Voikko holds whole, a word made 'without', another word
    ("minä olen väsymys tänään", "minä olen väsynyt tänään", "wrong"),
    ("tikkaat ovat turvattomat", "tikkaat ovat turvalliset", "wrong"),
    # a one-word answer in another derivation names another thing
    ("liukkaus", "liukas", "wrong"),
    ("lattia on liukkaus", "lattia on liukas", "almost"),
])
def test_a_stray_word_only_in_a_sentence(answer: str, accept: str, verdict: str) -> None:
    right, *mistakes = accept.split("|")
    assert judge(answer, [right], wrong_answers=mistakes).verdict == verdict


@as_table("step, answer, feedback", [
    # the form to change, named in the answer's own words
    ("varasto-ohjeet auto", "auto tulee puoli kolmea",
     "Melkein! Sano puoli kolme, ei puoli kolmea."),
    ("autoala-tyomaarays paine", "kaksi ja kolme baria", "Melkein! Sano pilkku, ei ja."),
])
def test_a_number_form_is_named(step: str, answer: str, feedback: str) -> None:
    assert almost_fi(judged_on(step, answer)) == feedback
