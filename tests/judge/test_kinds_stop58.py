"""Kinds mended at stop 58 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py: none lost)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge.any_place import places_of_no_matter
from valkky.testing.table import as_table

_NOORA = "jos otat toisen laudan, tätä ei tarvitse pestä heti, mutta pese kädet "
_AINO = "Aino kaatui aamulla. "
_MOVED = ("nostin hänet sänkyyn", "nostin hänet tuoliin", "kannoin hänet sänkyyn",
          "nostin hänet pyörätuoliin")


# SAFETY: a report's sentence or comma-joined clause of what happened, then a main clause
# with its verb first, is read on its own: the place the story comes from is no way of
# the deed after it
@as_table(("answer", "verdict"), [
    ("Löysin Ainon lattialta. Kannoin hänet sänkyyn.", "wrong"),
    ("Löysin Ainon lattialta, kannoin hänet sänkyyn.", "wrong"),
    ("Löysin Ainon lattialta. Soitin hoitajalle.", "correct"),
    ("Löysin Ainon lattialta, soitin heti hoitajalle.", "correct"),
    ("Aino kaatui. En nostanut häntä.", "correct"),
])
def test_a_story_told_then_a_deed_is_two_clauses(answer: str, verdict: str) -> None:
    assert judged_on("hoiva-raportti hoitaja.2", answer).verdict == verdict


# SAFETY: where the step's wrong mistakes move one thing to three places or more, the deed
# is wrong wherever it goes (any_place); an example that does the deed keeps its place
@as_table(("answer", "verdict"), [
    ("Aino kaatui. Kannoin hänet tuoliin.", "wrong"),
    ("Aino kaatui. Nostin hänet sohvalle.", "wrong"),
    ("Aino kaatui, autoin hänet tuolille.", "wrong"),
    ("Löysin Ainon. Kannoin hänet pyörätuoliin.", "wrong"),
    ("Aino kaatui, laitoin tyynyn hänen päänsä alle ja hälytin sinut.", "correct"),
    ("Aino kaatui. En nostanut häntä sänkyyn.", "correct"),
])
def test_a_deed_forbidden_to_many_places_is_wrong_to_any(answer: str, verdict: str) -> None:
    assert judged_on("hoiva-raportti hoitaja.2", answer).verdict == verdict


@as_table(("mistakes", "places"), [
    (_MOVED, {"sänkyyn", "tuoliin", "pyörätuoliin"}),
    (_MOVED[:2], set()),  # (two places may be one in other words: "käteen", "päälle")
    (("laita hanskat käteen", "pidä hanskat kädessä", "laita hanskat taskuun"), set()),
    (("en nostanut hänet sänkyyn", "nostin hänet tuoliin", "nostin hänet pyörätuoliin"),
     set()),  # (a no moves nothing)
])
def test_places_of_no_matter(mistakes: tuple[str, ...], places: set[str]) -> None:
    assert places_of_no_matter(mistakes) == places


# review139, SAFETY: an agent's essive (at someone's bidding) is a whole aid only where the
# aid goes nowhere but where a person is lifted with it; "pois" out of storage is no
# sending away
@as_table(("answer", "verdict"), [
    ("Kun olin tuonut nostolaitteen laitehuoltoon hoitajan pyytämänä, nostin hänet "
     "sänkyyn.", "wrong"),
    ("Kun olin hakenut nostolaitteen lataukseen hoitajan pyytämänä, nostin hänet "
     "sänkyyn.", "wrong"),
    ("Kun olin tuonut nostolaitteen korjaajalle hoitajan pyytämänä, nostin hänet "
     "sänkyyn.", "wrong"),
    ("Kun olin tuonut nostolaitteen huoneeseen hoitajan pyytämänä, nostin hänet "
     "sänkyyn.", "correct"),
    ("Kun olin hakenut hoitajan pyytämänä nostolaitteen pois varastosta, nostin hänet "
     "sänkyyn.", "correct"),
])
def test_an_aid_at_someones_bidding_sent_away(answer: str, verdict: str) -> None:
    assert judged_on("hoiva-raportti raportti", _AINO + answer).verdict == verdict


# review139, SAFETY: leaving after washing is late to a break, one's own errands or a
# compound of one's own time, and after work by leaving ("poistua"); a deed of work or
# leaving the kitchen to fetch something is not; a second "ennen" ends the first's time
@as_table(("answer", "verdict"), [
    (_NOORA + "hanskojen riisumisen jälkeen ennen kuin lähdet tekemään ostoksia", "wrong"),
    (_NOORA + "hanskojen riisumisen jälkeen ennen kuin lähdet tauolle keittämään kahvia",
     "wrong"),
    (_NOORA + "hanskojen riisumisen jälkeen ennen kuin lähdet noutopisteelle", "wrong"),
    (_NOORA + "hanskojen riisumisen jälkeen ennen kuin poistut keittiöstä", "wrong"),
    (_NOORA + "hanskojen riisumisen jälkeen ennen kuin lähdet viemään roskia ja sitten "
     "kotiin", "wrong"),
    (_NOORA + "hanskojen riisumisen jälkeen ennen kuin lähdet kattamaan pöytiä", "correct"),
    (_NOORA + "hanskojen riisumisen jälkeen ennen kuin lähdet keittiöstä hakemaan "
     "salaattia", "correct"),
    (_NOORA + "hanskojen riisumisen jälkeen ennen kuin jatkat, ja ennen kuin lähdet kotiin",
     "correct"),
])
def test_leaving_after_washing(answer: str, verdict: str) -> None:
    assert judged_on("ravintola-raportti noora", answer).verdict == verdict


# set 61, both trainers: a report's numbers in each other's places is another report
# though every keyword is said; two kinds of one thing in a repeat step are a try (almost);
# a wet floor said of the place "here", and the question back "mitäs sulle"
@as_table(("step", "answer", "verdict"), [
    ("varasto-raportti kuljettaja.4", "yksi laatikko on märkä ja kaksi on rikki", "wrong"),
    ("varasto-raportti kuljettaja.4", "kaks laatikkoo on märkii ja yks on rikki", "correct"),
    ("varasto-raportti kuljettaja.4", "yksi laatikko on rikki ja kaksi on märkiä", "correct"),
    ("metalli-tyokalut step-7", "Tämä on ruuviavain", "almost"),
    ("metalli-tyokalut step-7", "Tämä on vasara", "wrong"),
    ("siivous-turvallisuus step-21", "anteeksi, varokaa, tässä on märkää", "correct"),
    ("yleinen-tervehdys kysy-kuuluu", "hyvää kiitos, mitäs sulle", "correct"),
])
def test_set_61_kinds(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# set 60-61, both trainers: a foreseen mistake said with another acknowledgement and a
# subject pronoun is that mistake; a time clause said whole beside another answer's own
# words keeps its forms; a word of time beside a half answer is no try at the other half
@as_table(("step", "answer", "verdict"), [
    ("rakennus-tyonjohtaja valmista.8", "okei, mä vien roskat konttiin", "almost"),
    ("rakennus-tyonjohtaja valmista.8", "okei, mä vien roskat", "correct"),
    ("ravintola-hygienia kasienpesu", "pesen kädet kun tulen töihin", "correct"),
    ("ravintola-hygienia kasienpesu", "mä pesen kädet aina ku tuun töihin", "correct"),
    ("ravintola-ohjeet vuoto", "en käytä konetta enää", "almost"),
    ("ravintola-ohjeet vuoto", "en käytä konetta enää ja ilmoitan esimiehelle", "correct"),
])
def test_set_60_61_kinds(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review140, SAFETY: a clause after a story's is read apart only where it names its thing
# itself (a pronoun standing in for the story's thing reads on); a deed wrong anywhere
# moves the person ("hänet", a name) to the place, not another thing of hers
@as_table(("step", "answer", "verdict"), [
    ("kauppa-raportti pullo.6", "Lasit olivat lattialla, keräsin ne käsillä.", "wrong"),
    ("kauppa-raportti pullo.6", "Lasit oli lattialla, mä keräsin ne käsillä.", "wrong"),
    ("varasto-raportti kari.4", "Kuljettaja antoi rahtikirjan, kuittasin sen.", "wrong"),
    ("hoiva-raportti hoitaja.2", "Aino kaatui, nostettiin hänet työkaverin kanssa sänkyyn.",
     "wrong"),
    ("hoiva-raportti hoitaja.2", "Aino kaatui. Nostin hänen päänsä tyynylle ja hälytin "
     "sinut.", "correct"),
    ("hoiva-raportti hoitaja.2", "Löysin Ainon lattialta, siirsin hänen rollaattorinsa "
     "sivuun.", "correct"),
    ("hoiva-raportti hoitaja.2", "Aino kaatui. Laitoin hänelle peiton päälle ja hälytin "
     "sinut.", "correct"),
])
def test_a_story_and_a_deed_review140(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review140, SAFETY: an aid at someone's bidding taken to a room where a person is lifted
# (a compound of one too) is at hand; out of a room, or to another's, it is away
@as_table(("answer", "verdict"), [
    ("Kun olin tuonut nostolaitteen makuuhuoneeseen hoitajan pyytämänä, nostin hänet "
     "sänkyyn.", "correct"),
    ("Kun olin hakenut nostolaitteen kaatumispaikalle hoitajan pyytämänä, nostin hänet "
     "sänkyyn.", "correct"),
    ("Kun olin hakenut hoitajan pyytämänä nostolaitteen pois huoneesta, nostin hänet "
     "sänkyyn.", "wrong"),
    ("Kun olin tuonut nostolaitteen naapurihuoneeseen hoitajan pyytämänä, nostin hänet "
     "sänkyyn.", "wrong"),
    ("Kun olin hakenut nostolaitteen hoitajan pyytämänä pois käytävältä, nostin hänet "
     "sänkyyn.", "correct"),
])
def test_an_aid_taken_to_a_room_of_use(answer: str, verdict: str) -> None:
    assert judged_on("hoiva-raportti raportti", _AINO + answer).verdict == verdict


# set 62, both trainers: a double letter spelled by its count ("kaks uuta": two u's)
@as_table(("answer", "verdict"), [
    ("än, kaks uuta, är", "correct"),
    ("än kaksi uuta är", "correct"),
    ("än, kaks oota, är", "wrong"),
])
def test_a_double_letter_spelled_by_its_count(answer: str, verdict: str) -> None:
    assert judged_on("yleinen-puhelin tilaus.6", answer).verdict == verdict


# set 62, both trainers: no time where every example says when is no answer to "when?";
# a foreseen mistake with its thing said by a pronoun is that mistake; spoken "haluuks";
# "leikkaa" for "pilko" in a repeat step is a synonym (almost)
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti hoitaja.4", "löysin hänet lattialta", "wrong"),
    ("hoiva-raportti hoitaja.4", "ihan just äsken", "correct"),
    ("hoiva-raportti hoitaja.4", "vähän aikaa sitten löysin hänet", "correct"),
    ("autoala-raportti asiakas.4", "osa ei ole vielä tullut", "correct"),
    ("valmistus-turvallisuus kysy-vika", "mä sammutan sen", "almost"),
    ("valmistus-turvallisuus kysy-vika", "sammutan sen ja ilmoitan työnjohtajalle", "correct"),
    ("kauppa-asiakas kassalla.6", "haluuks kuitin?", "correct"),
    ("ravintola-ohjeet step-7", "laita ensin uuni päälle, sitten leikkaa sipulit", "almost"),
])
def test_set_62_kinds(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review140, SAFETY: a deed wrong anywhere, where the mistakes move the person with three
# verbs or more, is wrong with any verb of moving; and the deed said beside an accepted
# answer of an open step is read as in an open answer (not the unsafe deeds no step
# names, which the answer's own deed may be)
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti hoitaja.2", "Aino kaatui. Talutin hänet sänkyyn.", "wrong"),
    ("hoiva-raportti hoitaja.2", "Löysin Ainon. Vein hänet huoneeseen.", "wrong"),
    ("hoiva-raportti hoitaja.2", "Aino kaatui. Toin hänelle peiton.", "correct"),
    ("yleinen-perehdytys samir.8", "muista turvakengät, kypärä on turha", "wrong"),
    ("metalli-raportti ville", "ota hanskat pois, suojalasit on turhat", "wrong"),
    ("metalli-raportti ville", "ota hanskat pois laita suojalasit", "correct"),
    ("varasto-raportti kari.4", "otin kuvat lavasta ja kuittasin", "correct"),
])
def test_the_deed_beside_an_open_answer(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# "voi" is no command, and a modal after a "hän" who is in charge or a repairer is their
# permission, not the learner's deed (a coworker's is)
@as_table(("answer", "verdict"), [
    ("älä korjaa sitä itse, kerro esimiehelle, hän voi korjata sen", "correct"),
    ("älä korjaa sitä itse, kerro työkaverille, hän voi korjata sen", "wrong"),
    ("älä korjaa itse, kerro esimiehelle, muuten voi sattua vahinko", "correct"),
    ("kerro esimiehelle, voit korjata sen itse", "wrong"),
])
def test_a_modal_of_another(answer: str, verdict: str) -> None:
    assert judged_on("yleinen-perehdytys samir.6", answer).verdict == verdict


# review141: a compound place of use by its first part (not a storage room nor the main
# door); a name before the place unless a thing of hers follows it; a time clause said
# whole beside the rest of no answer keeps the forms read; "when" said by a clause or a
# time of the work; a pronoun for a mistake's thing where no answer says another there
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti raportti", _AINO + "Kun olin tuonut nostolaitteen varastohuoneeseen "
     "hoitajan pyytämänä, nostin hänet sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", _AINO + "Kun olin tuonut nostolaitteen latauspaikalle "
     "hoitajan pyytämänä, nostin hänet sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", _AINO + "Kun olin hakenut nostolaitteen hoitajan pyytämänä "
     "pois varastohuoneesta, nostin hänet sänkyyn.", "correct"),
    ("hoiva-raportti hoitaja.2", "Aino kaatui, siirsimme Ainon varovasti kahdestaan "
     "pyörätuoliin.", "wrong"),
    ("hoiva-raportti hoitaja.2", "Aino kaatui. Laitoin Ainon silmälasit pöydälle ja "
     "hälytin sinut.", "correct"),
    ("ravintola-hygienia kasienpesu", "pesen astiat kun tulen töihin", "almost"),
    ("hoiva-raportti hoitaja.4", "aamukierroksella", "correct"),
    ("hoiva-raportti hoitaja.4", "kun tulin töihin", "correct"),
    ("elintarvike-kartoitus b1-puhekieli", "pesen ne", "almost"),
    ("hoiva-ohjeet liina", "en käytä liinaa enää, kerron hoitajalle", "correct"),
])
def test_review141(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# set 63, both trainers: spoken "ton" (tuon); a word trailed off and said again is said
# once (not a number); a first deed and then the step's later deed, in that order (the
# lesson's own answers now say it)
@as_table(("step", "answer", "verdict"), [
    ("yleinen-puhekieli step-11", "Ootsä kattonu ton?", "correct"),
    ("metalli-kartoitus b1-toista", "jos kone pitää outoa ääntä, pysäytä... pysäytä se ja "
     "ilmoita työnjohtajalle", "correct"),
    ("hoiva-ohjeet pitka-ohje", "vien Einon vessaan, sit annan vettä", "correct"),
    ("hoiva-ohjeet pitka-ohje", "annan vettä ja sitten vien Einon vessaan", "wrong"),
])
def test_set_63_kinds(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


def test_a_number_said_again_stays_twice() -> None:
    from valkky.judge.normalise import normalise
    assert normalise("pysäytä... pysäytä se") == "pysäytä se"
    assert normalise("neljä… neljä") == "neljä neljä"


# set 64, both trainers: the head of a measure's compound said alone is another amount
# ("tunnin" for "varttitunnin": wrong); spoken "nukuiks"
@as_table(("step", "answer", "verdict"), [
    ("rakennus-ohjeet tauko", "tauko on tunnin päästä", "wrong"),
    ("rakennus-ohjeet tauko", "tauko on vartin päästä", "correct"),
    ("hoiva-kartoitus a1-toista", "hyvää huomenta, nukuiks hyvin", "correct"),
])
def test_set_64_kinds(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review142, SAFETY: an earlier turn's deed told again as when it happened ("kun olin
# nostanut hänet yksin sänkyyn") is that deed; "ennen" tells when only before "kuin" or a
# partitive; moving the person away from the scene is what others did
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti hoitaja.4", "kun olin nostanut hänet yksin sänkyyn", "wrong"),
    ("hoiva-raportti hoitaja.4", "ku nostin sen ylös", "wrong"),
    ("hoiva-raportti hoitaja.4", "iltavuorossa, kun nostin hänet yksin", "wrong"),
    ("hoiva-raportti hoitaja.4", "ennen hän ei ole kaatunut", "wrong"),
    ("hoiva-raportti hoitaja.4", "aamupalan jälkeen", "correct"),
    ("hoiva-raportti hoitaja.2", "Aino kaatui. Hänet vietiin sairaalaan.", "correct"),
])
def test_review142(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review142, SAFETY: a topic said in a story of what befell someone (no deed of the
# learner's) is no way of the deed after it; a deed of the learner's before it still is
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti hoitaja.2", "aino oli lattialla, vedin hänet sängylle", "wrong"),
    ("hoiva-raportti hoitaja.2", "Aino oli lattialla. Talutin hänet tuoliin.", "wrong"),
    ("metalli-raportti marjatta.2", "Laikka oli vanha. Jatkoin hiomista.", "wrong"),
    ("hoiva-raportti hoitaja.2", "Aino oli lattialla, soitin hoitajalle.", "correct"),
    ("varasto-raportti kari.4", "merkitsin vauriot rahtikirjaan ja kuittasin", "correct"),
])
def test_a_topic_in_what_befell(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review143, SAFETY: a resident moved away from the scene is what others did only where no
# "I" or "we" did it; an earlier deed said in a time clause is that deed only when done
# (not a time to come); "ennen" with a partitive a few words on says when
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti hoitaja.2", "Aino kaatui. Veimme hänet sairaalaan.", "wrong"),
    ("hoiva-raportti hoitaja.2", "Aino kaatui, talutin hänet osastolle", "wrong"),
    ("metalli-raportti marjatta.8", "ennen kuin jatkan työtä, tarkistan laikan", "correct"),
    ("hoiva-raportti hoitaja.4", "ennen yövuoron loppua", "correct"),
    ("hoiva-raportti hoitaja.4", "vähän ennen vuoron vaihtoa", "correct"),
])
def test_review143(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review144-146, SAFETY: an earlier turn's deed said as all the answer says, in a time
# clause in any tense, is that deed; a helper's deed in a story before the deed is still a
# story of what befell (failing safe); "ennen" before a no is no time
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti hoitaja.4", "kun nostan hänet sänkyyn", "wrong"),
    ("hoiva-raportti hoitaja.4", "ku mä nostan sen ylös", "wrong"),
    ("hoiva-raportti hoitaja.4", "ennen en nähnyt häntä", "wrong"),
    ("hoiva-raportti hoitaja.2", "Aino oli kaatunut lattialle. Hoitaja tuli ja nostimme "
     "hänet nostolaitteella sänkyyn.", "wrong"),  # (failing safe, review146: a trainer's
    # right; "…kaveri tuli ja siirsimme hänet tuoliin" is wrong)
    ("hoiva-raportti hoitaja.2", "Aino kaatui lattialle. Kaveri tuli ja siirsimme hänet "
     "tuoliin.", "wrong"),
    ("metalli-raportti marjatta.2", "Laikka hajosi. Työkaveri vaihtoi uuden laikan. "
     "Jatkoin hiomista.", "wrong"),  # (a helper's measure, then the learner's own deed:
    # failing safe, review145 — a trainer's right)
    ("metalli-raportti marjatta.2", "Työkaveri katsoi laikkaa. Jatkoin hiomista.", "wrong"),
    ("elintarvike-raportti pirjo.6", "Kaveri laittoi muovin sivuun ja laitoin paketin "
     "linjalle.", "wrong"),
    ("elintarvike-raportti pirjo.6", "Esimies otti muovinpalan talteen. Laitoin paketin "
     "takaisin linjalle.", "wrong"),
])
def test_review144(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
