"""Kinds a fresh graded set found (issue 12, judge46): an open question that asks what one
does answered with a time alone, a possessive suffix of another person, a long vowel said
short that the normaliser read as another word, … Fresh answers on the bundled lessons'
real steps, each judged otherwise before; beside them the near ones, which stay as they
were."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge.normalise import normalise
from valkky.testing.table import as_table


@as_table(("step", "answer", "verdict"), [
    # 1. "Mitä teet tauolla?": when or how long is no "what"
    ("yleinen-tyovuoro step-13", "puoli tuntia", "wrong"),
    ("yleinen-tyovuoro step-13", "kahdeltatoista", "wrong"),
    ("yleinen-tyovuoro step-13", "kello yksitoista", "wrong"),
    ("yleinen-tyovuoro step-13", "kymmenen minuuttia", "wrong"),
    ("yleinen-kahvitauko tauko.6", "lauantaina", "wrong"),
    # … a deed or an activity with a time stays right
    ("yleinen-tyovuoro step-13", "syön kahdeltatoista", "correct"),
    ("yleinen-tyovuoro step-13", "juon kahvia kymmeneltä", "correct"),
    ("yleinen-tyovuoro step-13", "lepään puoli tuntia", "correct"),
    ("yleinen-tyovuoro step-13", "kahvia", "correct"),
    ("yleinen-tyovuoro step-13", "lounas", "correct"),
    # … and a time where the step's examples name one
    ("hoiva-raportti hoitaja.4", "kello seitsemän", "correct"),
    ("autoala-raportti asiakas.6", "huomenna", "correct"),
    # 2. a possessive suffix of another person than the step's answers give the word
    ("yleinen-puhelin tilaus.4", "sukunimesi on nuur", "almost"),
    ("yleinen-puhelin tilaus.4", "nimesi on ali nuur", "almost"),
    ("yleinen-tervehdys kysy-nimi", "nimesi on amina", "almost"),
    ("yleinen-tervehdys kysy-nimi", "minun nimesi on amina", "almost"),
    # … none, or the step's own, stays right; another name stays wrong
    ("yleinen-puhelin tilaus.4", "sukunimi on nuur", "correct"),
    ("yleinen-puhelin tilaus.4", "sukunimeni on nuur", "correct"),
    ("yleinen-puhelin tilaus.4", "mun sukunimi on nuur", "correct"),
    ("yleinen-tervehdys kysy-nimi", "nimeni on amina", "correct"),
    ("yleinen-puhelin tilaus.4", "sukunimesi on ali", "wrong"),
    ("yleinen-tervehdys kysy-nimi", "nimesi on ali", "wrong"),
    # 2. a long vowel said short, no word: not read as "päistä"
    ("rakennus-ohjeet tauko", "vartin pästä", "almost"),
    ("rakennus-ohjeet tauko", "viidentoista minuutin pästä", "almost"),
    ("rakennus-ohjeet tauko", "vartin päästä", "correct"),
    ("rakennus-ohjeet tauko", "tunnin pästä", "wrong"),
    # 3. a subject pronoun the answer leaves out is no try at another word; "sut" is sinut
    ("hoiva-raportti hoitaja.8", "en, mä soitin sulle", "correct"),
    ("hoiva-raportti hoitaja.8", "en, minä soitin sinulle", "correct"),
    ("hoiva-raportti hoitaja.8", "en, soitin heti sinulle", "correct"),
    ("hoiva-raportti hoitaja.8", "en, mä hälytin sut", "correct"),
    ("hoiva-raportti hoitaja.8", "en mä nostanut häntä", "correct"),
    # … a lift, a call elsewhere stay as they were
    ("hoiva-raportti hoitaja.8", "joo, mä nostin hänet", "wrong"),
    ("hoiva-raportti hoitaja.8", "mä nostin hänet yksin", "wrong"),
    ("hoiva-raportti hoitaja.8", "en, mä soitin kotiin", "wrong"),
    ("hoiva-raportti hoitaja.8", "nostin, mä soitin sulle", "wrong"),
    # 4. the step's own slot in an answer far by letters from its nearest
    ("ravintola-asiakas allergia.6", "kysyn keittiöstä", "correct"),
    ("ravintola-asiakas allergia.6", "en tiedä, kysyn keittiöstä", "correct"),
    ("ravintola-asiakas allergia.6", "en tiedä, käyn kysymässä keittiöstä", "correct"),
    ("ravintola-asiakas allergia.6", "tarkistan keittiöstä", "correct"),
    ("ravintola-asiakas allergia.6", "kysyn asiakkaalta", "wrong"),
    ("ravintola-asiakas allergia.6", "en tiedä, kysyn asiakkaalta", "wrong"),
    ("ravintola-asiakas allergia.6", "en tiedä, ei ole", "wrong"),
    # 5. a warning to keep away from the hazard beside a right report
    ("varasto-kartoitus b1-vika", "hylly on vinossa, se voi kaatua, älä mene sinne", "correct"),
    ("varasto-kartoitus b1-vika", "hylly on vinossa, älä mene sen lähelle", "correct"),
    ("varasto-kartoitus b1-vika", "älä mene sinne, hylly on vinossa", "correct"),
    ("varasto-kartoitus b1-vika", "hylly voi kaatua, älkää menkö hyllyn lähelle", "correct"),
    # … a no to a right deed, a wrong report, stay wrong
    ("varasto-kartoitus b1-vika", "hylly on vinossa, älä kerro esimiehelle", "wrong"),
    ("varasto-kartoitus b1-vika", "hylly on vinossa, älä ilmoita siitä", "wrong"),
    ("varasto-kartoitus b1-vika", "hylly on ok, älä huoli", "wrong"),
    ("varasto-kartoitus b1-vika", "hylly ei ole vinossa, älä mene sinne", "wrong"),
    # … a no to the answer's own thing, a no to using where no mistake uses it (judge45fix)
    ("kauppa-turvallisuus uloskaynti", "siirrän ne pois, älä käytä hätäuloskäyntiä", "wrong"),
    ("metalli-turvallisuus korvat", "laitan kuulosuojaimet, älä käytä niitä", "wrong"),
    ("metalli-turvallisuus kasineet-pois", "otan käsineet pois, älä käytä niitä", "correct"),
    ("kauppa-turvallisuus uloskaynti", "siirrän ne pois", "correct"),
    # … not using what the step's report names broken keeps away (the last review)
    ("metalli-esimies kone-rikki.2", "porakone on rikki, älä käytä sitä", "correct"),
    ("elintarvike-tyokaveri linja-seis.4", "kaksi pakkausta on rikki, älä käytä niitä",
     "correct"),
    # an accepted "ei, huomasin ajoissa": its no said apart governs no "huomasin"
    ("ravintola-raportti antti.4", "voi ei, huomasin ajoissa", "almost"),
    # … a wrong report beside the warning says the opposite (judge45fix)
    ("varasto-kartoitus b1-vika", "hylly on kunnossa, älä mene sinne", "wrong"),
    ("varasto-kartoitus b1-vika", "älä mene sinne, hylly on kunnossa", "wrong"),
    ("varasto-kartoitus b1-vika", "hylly ei ole kunnossa", "correct"),
    # 6. spoken "eka" before a deed or a plural thing is ensin; the order by nouns alone
    ("yleinen-perehdytys step-13", "eka leimaa sisään, sit vaihda työvaatteet", "correct"),
    ("yleinen-perehdytys step-13", "eka vaihda työvaatteet, sit leimaa sisään", "wrong"),
    ("valmistus-kartoitus a2-ensin", "ruuvit ensin, sitten tarra", "correct"),
    ("valmistus-kartoitus a2-ensin", "eka ruuvit, sit tarra", "correct"),
    ("valmistus-kartoitus a2-ensin", "tarra ensin, sitten ruuvit", "wrong"),
    ("valmistus-kartoitus a2-ensin", "eka tarra, sit ruuvit", "wrong"),
    # 7. an offer of help asked "how"
    ("kauppa-asiakas tervehdi", "huomenta, miten voin auttaa?", "correct"),
    ("kauppa-asiakas tervehdi", "huomenta, miten voit auttaa?", "almost"),
])
def test_on_a_real_step(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


def test_the_long_vowel_slip_is_told() -> None:
    j = judged_on("rakennus-ohjeet tauko", "vartin pästä")
    assert j.reason == "vowel_length"


@as_table(("said", "read"), [
    ("vartin pästä", "vartin pästä"),  # päästä said short, not pää's plural
    ("punasta", "punaista"),  # an adjective's -ainen, as before
    ("keltasesta", "keltaisesta"),
    ("suomalasta", "suomalaista"),
    ("yksinänen", "yksinäinen"),
    ("eka leimaa sisään", "ensin leimaa sisään"),
    ("eka mä pakkaan", "ensin minä pakkaan"),
    ("eka päivä", "ensimmäinen päivä"),
    ("eka lava on rikki", "ensimmäinen lava on rikki"),
    # a thing it may be, nothing or a verb after it, and a plural of time (judge45fix)
    ("eka pala", "ensimmäinen pala"),
    ("eka pala on iso", "ensimmäinen pala on iso"),
    ("eka päivät", "ensimmäinen päivät"),
    ("eka viikot oli vaikeita", "ensimmäinen viikot oli vaikeita"),
    ("eka laita suojalasit", "ensin laita suojalasit"),
    ("eka ruuvit", "ensin ruuvit"),
])
def test_spoken_ainen(said: str, read: str) -> None:
    assert normalise(said) == read
