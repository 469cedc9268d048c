"""A no said another way to an open step's example (issue 12, safety; judge35): fresh
answers on real steps that passed as right (main), each wrong since its mend, and safe
answers beside them that must stay right (polarity.contradicts)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge import finnish, judge, polarity
from valkky.judge.wordsets import NEED, NEED_A_THING, NEEDLESS
from valkky.testing.table import as_table

_WRONG = [
    # 1. who needs ("minun", "sun") and the need ("pakko") name no thing the deed is done to
    ("yleinen-lahelta-piti ilmoitus.2", "minun ei tarvitse ilmoittaa vaarasta"),
    ("yleinen-lahelta-piti ilmoitus.2", "ei mun tarvii ilmoittaa vaarasta"),
    ("rakennus-raportti uusi", "ei oo pakko käyttää kypärää"),
    ("rakennus-raportti uusi", "ei sinun ole pakko käyttää kypärää"),
    ("hoiva-raportti elias.2", "sinun ei tarvitse laittaa jarruja päälle"),
    # 2. an example of the answer's polarity with its verb exempts it only where it says
    # one of its words: "älä nosta selällä" does not make "jaloilla ei tarvitse nostaa" right
    ("varasto-raportti neuvo", "jaloilla ei tarvitse nostaa"),
    ("varasto-raportti neuvo", "sinun ei tarvitse nostaa jaloilla"),
    ("valmistus-raportti neuvo", "hätäseispainiketta ei tarvitse painaa"),
    ("valmistus-raportti neuvo", "ei kannata painaa hätäseis-painiketta"),
    # 3. a word Voikko does not know that begins with an example's or topic's word whole
    ("valmistus-raportti neuvo", "hätäseisiä ei tarvitse painaa"),
    ("valmistus-raportti neuvo", "ei tarvitse painaa hätäseisnappia"),
    ("valmistus-raportti neuvo", "hätäseis-nappia ei tarvitse painaa"),
    # 4. the first verb after the no, or a verb after a modal or will, stays under it (a
    # slip of its form), where a yes after the no's deed is read as a yes (below)
    ("rakennus-raportti uusi", "en minä käytän kypärää"),
    ("rakennus-raportti uusi", "ei kypärää tarvii käyttää"),
    ("rakennus-raportti uusi", "en halua käytän kypärää"),
    ("rakennus-raportti uusi", "ei tarvitse pelätä, en käytä kypärää"),
    ("autoala-raportti jere", "tunkki riittää, et tarvitse tukipukkeja"),
    # 5. an example's command that is also a noun ("laita", "soita", "kutsu") or also an
    # infinitive of another verb ("hälytä") says yes after its no, so a no to it is a no
    ("valmistus-raportti neuvo", "älä paina hätäseis, kerro työnjohtajalle"),
    ("valmistus-raportti neuvo", "ei tarvitse painaa hätäseis kerro työnjohtajalle"),
    ("hoiva-raportti elias.4", "hoitajaa ei tarvitse hälyttää"),
    ("hoiva-raportti elias.4", "ei tarvitse kutsua hoitajaa"),
    ("hoiva-raportti elias.4", "ei tarvitse soittaa hoitajalle"),
    ("rakennus-raportti uusi", "älä laita kypärää, mene vaan"),
    ("rakennus-raportti uusi", "en laita kypärää, laitan pipon"),
    ("yleinen-perehdytys samir.6", "ei tarvitse soittaa esimiehelle"),
    # 6. a word that says no without a no, as a predicate, on the example's own words
    ("hoiva-raportti elias.2", "turha laittaa jarrut päälle"),
    ("elintarvike-raportti anna", "turha ottaa sormus pois"),
    ("elintarvike-raportti anna", "kielletty laittaa hiukset hiusverkkoon"),
    # 7. a no whose only verb is need, or a thing "on turha", says no to a yes example that
    # names its things
    ("elintarvike-raportti anna", "et tarvitse hiusverkkoa"),
    ("elintarvike-raportti anna", "hiusverkkoa ei tarvita"),
    ("varasto-raportti neuvo", "apua ei tarvita"),
    ("rakennus-raportti uusi", "kypärä on turha"),
    # 8. a courtesy ("ei se haittaa") is no deed of its own: what follows stays under it
    ("rakennus-raportti timo.8", "ei se haittaa minä laitan jalkalistan"),
    ("siivous-raportti asiakas.2", "ei se haittaa olen pahoillani"),
    # 9. a need of a thing that names its thing, or a NEEDLESS predicate, is a deed of its
    # own: it says no, the command after it a yes of its own
    ("elintarvike-raportti anna", "et tarvitse hiusverkkoa, mene vaan töihin"),
    ("rakennus-raportti uusi", "kypärä on turha mene vaan"),
    ("yleinen-lahelta-piti ilmoitus.2", "turha haluta ilmoittaa vaarasta"),  # (its infinitive)
]

_RIGHT = [
    ("rakennus-raportti uusi", "sinun pitää käyttää kypärää"),
    ("yleinen-lahelta-piti ilmoitus.2", "minun pitää ilmoittaa vaarasta"),
    ("valmistus-raportti neuvo", "sinun ei tarvitse laittaa kättä koneeseen"),
    ("hoiva-raportti elias.4", "sinun ei tarvitse nostaa häntä yksin, pyydä apua"),
    ("varasto-raportti neuvo", "sinun ei tarvitse nostaa yksin, pyydä apua"),
    ("varasto-raportti neuvo", "ei tarvitse nostaa selällä"),
    ("valmistus-raportti neuvo", "ei tarvitse pelätä, paina hätäseis"),
    ("valmistus-raportti neuvo", "sinun ei tarvitse laittaa kättä koneeseen, paina hätäseis"),
    ("valmistus-raportti neuvo", "ei tarvitse pelätä, paina hätäseispainiketta"),
    ("valmistus-raportti neuvo", "paina hätäseisnappia"),
    ("rakennus-raportti uusi", "turha pelätä, käytä kypärää"),
    ("rakennus-raportti uusi", "ei ole turha käyttää kypärää"),
    ("varasto-raportti neuvo", "on kiellettyä nostaa selällä"),
    ("varasto-raportti neuvo", "turha pelätä, nosta jaloilla"),
    # a command or a person's form after the verb a no is on says yes (speech has no
    # commas): wrong (negation) on main
    ("autoala-raportti jere", "tunkki ei riitä, tarvitset tukipukit"),
    ("yleinen-lahelta-piti ilmoitus.2", "minun ei tarvitse pelätä, haluan ilmoittaa vaarasta"),
    ("yleinen-lahelta-piti ilmoitus.2", "ei tarvitse pelätä, haluan ilmoittaa vaarasta"),
    ("rakennus-raportti uusi", "ei tarvitse pelätä, käytä aina kypärää"),
    ("valmistus-raportti neuvo", "älä laita kättä koneeseen paina hätäseis"),
    ("hoiva-raportti elias.4", "älä nosta yksin, soita hoitajalle"),
    ("hoiva-raportti elias.4", "älä nosta häntä yksin, kutsu hoitaja"),
    # a first "ei" the step accepts on its own answers the question: a command after it
    ("yleinen-perehdytys samir.6", "ei, soita huoltoon"),
    # "turha V" before a command the examples give, "laita" read as a verb (wrong before)
    ("rakennus-raportti uusi", "turha pelätä laita kypärä"),
    ("rakennus-raportti uusi", "turha odottaa, laita kypärä"),
    ("autoala-raportti jere", "turha pelätä, laita tukipukit"),
    # a word of NEEDLESS only as a predicate (not "turhat korut"), and its clause a no only
    # to an example that says all its words ("pois" too), not to a topic (wrong before)
    ("elintarvike-raportti anna", "ota turhat korut pois"),
    ("elintarvike-raportti anna", "kielletty laittaa sormus"),
    ("elintarvike-raportti anna", "turha laittaa sormusta"),
    ("hoiva-raportti elias.2", "kielletty laittaa jarrut pois"),
    # need denied of a thing an example takes away, of another thing, or under a condition
    ("elintarvike-raportti anna", "et tarvitse sormusta"),
    ("rakennus-raportti uusi", "en tarvitse pipoa, käytän kypärää"),
    ("rakennus-raportti uusi", "pipo on turha, käytä kypärää"),
    ("varasto-raportti neuvo", "et tarvitse apua jos laatikko on kevyt"),
    # (keep, no need: NEED_A_THING; "älä pidä käsineet", the nominative, is a slip of
    # form: test_partitive_stop42)
    ("metalli-raportti ville", "älä pidä käsineitä"),
    # a command after a need of a thing that names its thing says yes of its own
    ("hoiva-raportti elias.4", "et tarvitse nostolaitetta, hälytä hoitaja"),
    ("hoiva-raportti elias.4", "et tarvitse nostolaitetta, kutsu hoitaja"),
    ("hoiva-raportti elias.4", "et tarvitse nostolaitetta, soita hoitajalle"),
    ("elintarvike-raportti anna", "et tarvitse sormusta, ota se pois"),
]


@as_table(("step", "answer", "verdict"), [*((s, a, "wrong") for s, a in _WRONG),
                                          *((s, a, "correct") for s, a in _RIGHT)])
def test_a_no_said_another_way(step: str, answer: str, verdict: str) -> None:
    j = judged_on(step, answer)  # (wrong: negation, or the foreseen mistake it says)
    assert j.verdict == verdict, (j.verdict, j.reason)


# each word of need (wordsets.NEED) under a no with a genitive subject, and each word that
# says no without a no (NEEDLESS), said to "pese kädet"
@as_table(("words", "word", "answer"), [
    (NEED, "tarvita", "sinun ei tarvitse pestä käsiä"),
    (NEED, "pitää", "sinun ei pidä pestä käsiä"),
    (NEED, "täytyä", "sinun ei täydy pestä käsiä"),
    (NEED, "kannattaa", "sinun ei kannata pestä käsiä"),
    (NEED, "pakko", "sinun ei ole pakko pestä käsiä"),
    (NEED, "tarpeellinen", "sinun ei ole tarpeellista pestä käsiä"),
    (NEED, "välttämätön", "sinun ei ole välttämätöntä pestä käsiä"),
    (NEEDLESS, "turha", "turha pestä käsiä"),
    (NEEDLESS, "tarpeeton", "on tarpeetonta pestä käsiä"),
    (NEEDLESS, "kielletty", "on kiellettyä pestä käsiä"),
])
def test_each_word_of_need_or_none(words: frozenset[str], word: str, answer: str) -> None:
    assert word in words and any(word in finnish.base_forms(w) for w in answer.split())
    j = judge(answer, ["pese kädet"], open_question=True)
    assert (j.verdict, j.reason) == ("wrong", "negation"), (j.verdict, j.reason)


@as_table(("word", "answer"), [("tarvita", "et tarvitse saippuaa")])
def test_each_need_of_a_thing(word: str, answer: str) -> None:
    # a need of a thing (wordsets.NEED_A_THING) denied, its only verb, to an example using it
    assert word in NEED_A_THING and any(word in finnish.base_forms(w) for w in answer.split())
    j = judge(answer, ["pese kädet saippualla"], open_question=True)
    assert (j.verdict, j.reason) == ("wrong", "negation"), (j.verdict, j.reason)


@as_table(("answer", "example"), [
    ("nosta yhdessä", "älä nosta yksin"),  # (both adverbs also read as the numeral yksi)
    ("nostakaa häntä yhdessä", "älä nosta häntä yksin"),
])
def test_together_is_no_alone(answer: str, example: str) -> None:
    # polarity._alike: "yhdessä" says no form of "yksin", so the answer says nothing the
    # example forbids
    assert not polarity.contradicts(answer.split(), [example])
