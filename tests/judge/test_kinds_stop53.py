"""Kinds mended at stop 53 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py: none lost)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table


# a yes said by the question's own verb ("Onko jokin ongelma?" — "on, …") is "kyllä"
# before a clause of its own; not where the step's yes is wrong, nor before the answer's
# own words with no verb ("on rikki"), nor where an answer begins with that verb
@as_table(("step", "answer", "verdict"), [
    ("kauppa-turvallisuus rullakko-rikki", "on, rullakko on rikki, en käytä sitä", "correct"),
    ("kauppa-turvallisuus rullakko-rikki", "on, rullakko on rikki, en korjaa sitä", "correct"),
    ("kauppa-turvallisuus rullakko-rikki", "on, käytän sitä", "wrong"),
    ("kauppa-turvallisuus rullakko-rikki", "on, korjaan sen itse", "wrong"),
    ("valmistus-raportti sari.6", "oli, kone oli vielä käynnissä", "correct"),
    ("yleinen-kahvitauko tauko.4", "on, tosi kylmä", "correct"),
])
def test_a_yes_said_by_the_questions_verb(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# set 52: a wrong mistake's deed done on one's own ("nostin hänet yksin sänkyyn") said with
# its "yksin" left unsaid, by the learner alone, is that deed; not with a helper, a means,
# "we", another doer or a no
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti raportti", "Aino kaatui, minä nostin hänet sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui minä nostin hänet nopeasti sänkyyn", "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui. Nostin hänet sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui, nostin hänet sänkyyn työkaverin kanssa.",
     "correct"),
    ("hoiva-raportti raportti", "Aino kaatui. Nostimme hänet nostolaitteella sänkyyn.",
     "correct"),
    ("hoiva-raportti raportti", "Aino kaatui, hoitaja nosti hänet sänkyyn.", "correct"),
    ("hoiva-raportti raportti", "Aino kaatui, minä en nostanut häntä sänkyyn.", "correct"),
    ("hoiva-raportti elias.4", "nosta hänet", "wrong"),
    ("hoiva-raportti elias.4", "nosta hänet nostolaitteella", "correct"),
    ("rakennus-raportti timo.8", "minä laitan jalkalistan", "wrong"),
])
def test_a_deed_on_ones_own_with_its_yksin_unsaid(step: str, answer: str,
                                                  verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# a sentence ended in writing (a full stop or comma) ends a verb chain: two sentences where
# a step asks for two; a bare no before it is none
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti raportti", "Aino kaatui. Nostimme hänet nostolaitteella sänkyyn.",
     "correct"),
    ("hoiva-raportti raportti", "Aino kaatui.", "almost"),
])
def test_a_written_sentence_end(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# in a repeat step "jatka" for "pysäytä" says the opposite (the lexicon's opposites), not a
# try at the model's word
@as_table(("step", "answer", "verdict"), [
    ("metalli-kartoitus b1-toista",
     "Jos kone pitää outoa ääntä, jatka työtä ja ilmoita työnjohtajalle.", "wrong"),
    ("metalli-kartoitus b1-toista",
     "Jos kone pitää outoa ääntä, pysäytä ja ilmoita työnjohtajalle.", "almost"),
])
def test_going_on_for_stopping_in_a_repeat_step(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review98: gear left off at a break is excused only where its clause says nothing but the
# gear, leaving it off, the break or a place or time off the work (a closed list of what
# may be said, not of what may widen it: every list of widening words missed one)
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.8", "kuulosuojaimet voi jättää pois tauolla ja pajassa",
     "wrong"),
    ("yleinen-perehdytys samir.8", "suojalasit voi jättää pois tauolla ja hitsauksessa",
     "wrong"),
    ("yleinen-perehdytys samir.8", "suojalasit voi jättää pois tauolla ja aina", "wrong"),
    ("yleinen-perehdytys samir.8", "kuulosuojaimet on turhat tauolla ja työvuorossa", "wrong"),
    ("yleinen-perehdytys samir.8", "suojalasit on turhat tauolla ja työpöydän ääressä",
     "wrong"),
    ("yleinen-perehdytys samir.8", "hanskat voi jättää pois tai kotona", "wrong"),
    ("yleinen-perehdytys samir.8", "turvakengät voi jättää pois, ne on kotona", "wrong"),
    ("rakennus-raportti uusi", "kypärä on turha tauolla ja myös ennen taukoa", "wrong"),
    ("rakennus-raportti uusi", "kypärän voi jättää pois hallissa tauolla", "wrong"),
    ("yleinen-perehdytys samir.8", "kypärän voi jättää pois tauolla", "correct"),
    ("yleinen-perehdytys samir.8", "käytä aina suojalaseja, kypärä on turha tauolla taukotuvassa",
     "correct"),
    ("rakennus-raportti uusi",
     "laita kypärä päähän, mutta tauolla niin kypärän voi jättää pois", "correct"),
    ("yleinen-perehdytys samir.8",
     "kypärän voi jättää pois tauolla, mutta telineellä se on pakollinen", "correct"),
    ("yleinen-perehdytys samir.8",
     "kypärän voi jättää pois tauolla, mutta tauon jälkeen laita se takaisin", "correct"),
    ("yleinen-perehdytys samir.8", "kuulosuojaimet voi jättää pois tauolla hallin taukotilassa",
     "correct"),
    ("yleinen-perehdytys samir.8", "kypärä on turha tauolla ja töiden jälkeen", "correct"),
    ("yleinen-perehdytys samir.8", "kuulosuojaimet on turhat tauon ajan", "correct"),
])
def test_gear_left_off_only_at_a_break_said_alone(step: str, answer: str,
                                                   verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# set 52: a place an accepted answer names said beside it in another form is that answer's
# rest, no foreseen mistake ("halli B" beside "portaiden pesu"); by another letter than the
# answers' it is another place
@as_table(("step", "answer", "verdict"), [
    ("yleinen-lukeminen tyomaarays", "portaiden pesu, halli B", "almost"),
    ("yleinen-lukeminen tyomaarays", "portaiden pesu hallissa B", "correct"),
    ("yleinen-lukeminen tyomaarays", "portaiden pesu hallissa C", "wrong"),
    ("yleinen-lukeminen tyomaarays", "halli B", "wrong"),
])
def test_a_place_beside_the_answer(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# set 52: where the step foresees a compound's head alone as a mistake ("lasit" beside
# "suojalasit", almost), the head is no longer taken for the compound, also with more words
@as_table(("step", "answer", "verdict"), [
    ("siivous-turvallisuus silmat", "lasit silmille", "almost"),
    ("siivous-turvallisuus silmat", "lasit", "almost"),
    ("siivous-turvallisuus silmat", "suojalasit silmille", "correct"),
])
def test_a_head_the_step_foresees_alone(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review98's older holes: a no or a condition turns the worn-gear reading off only in the
# gear's own clause ("älä sekoita pesuaineita" says no of another deed); a condition is the
# excuse's to weigh (haste or heat excuses nothing, going to the break room does); a fault
# said as the condition excuses ("jos se on rikki")
@as_table(("step", "answer", "verdict"), [
    ("siivous-raportti hassan", "älä sekoita pesuaineita, hanskat voi jättää kotiin", "wrong"),
    ("hoiva-raportti elias.4", "älä nosta yksin, hanskat on turhat", "wrong"),
    ("yleinen-perehdytys samir.8", "kypärän saa jättää pois kun on kiire", "wrong"),
    ("rakennus-raportti uusi", "kypärä on turha kun on kuuma", "wrong"),
    ("yleinen-perehdytys samir.8", "kuulosuojaimet voi jättää pois jos kone on hiljainen",
     "wrong"),
    ("yleinen-perehdytys samir.8", "hanskat ei ole turhat", "correct"),
    ("yleinen-perehdytys samir.8", "kypärän voi jättää pois kun menet kahvihuoneeseen",
     "correct"),
    ("yleinen-perehdytys samir.8", "kypärän voi jättää pois kun lähdet kotiin", "correct"),
    ("rakennus-raportti uusi", "kypärä on turha sitten kun ollaan tauolla", "correct"),
    ("yleinen-perehdytys samir.8", "kun on tauko niin kypärä on turha", "correct"),
    ("yleinen-perehdytys samir.8", "kypärä on turha jos se on rikki, hae uusi", "correct"),
])
def test_a_no_or_a_condition_in_the_gears_own_clause(step: str, answer: str,
                                                     verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review98: what the step takes off said fine to keep only away from the work or later,
# its clause saying nothing else (a place not the step's was read as away from the work)
@as_table(("step", "answer", "verdict"), [
    ("metalli-raportti ville", "hanskat saa olla sorvilla", "wrong"),
    ("metalli-raportti ville", "hanskat saa olla tauolla ja porakoneella", "wrong"),
    ("elintarvike-raportti anna", "korut saa olla tauolla ja linjalla", "wrong"),
    ("elintarvike-raportti anna", "korut saa olla pakkaamossa", "wrong"),
    ("elintarvike-raportti anna", "sormus saa jäädä kotiin", "correct"),
    ("elintarvike-raportti anna", "korut saa olla päällä vasta töiden jälkeen", "correct"),
    ("metalli-raportti ville", "hanskat saa olla pöydällä", "correct"),
    ("metalli-raportti ville", "hanskat saa laittaa koneen viereen", "correct"),
])
def test_a_thing_taken_off_kept_only_away(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review99: lifting alone with its "yksin" unsaid anywhere it goes (a place said as where
# to or from), after "yritin", the name for the pronoun, past a full stop; a hoist or a
# helper is another deed, and no topic ("lattia") excuses it
@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti raportti", "Aino kaatui. Nostin hänet ylös.", "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui, nostin hänet tuoliin.", "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui. Nostin Ainon sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui. Nostin hänet ylös lattialta.", "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui. Yritin nostaa hänet sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui aamulla. Nostin hänet sänkyyn.", "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui. Nostin hänet sänkyyn ilman apua.", "wrong"),
    ("hoiva-raportti raportti", "Aino kaatui. Nostin hänet sänkyyn nostimella.", "correct"),
    ("hoiva-raportti raportti", "Löysin Ainon lattialta ja nostin hänet nostolaitteella sänkyyn",
     "correct"),
])
def test_lifting_alone_said_in_other_words(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review99: the break's clause read to the answer's end unless a later clause puts the gear
# on again; a work's pause, a machine's break, the evening alone or a place's outside are
# no break; the echoed yes only before an answer of the step's, not where a yes is wrong;
# a fuller answer's rest as it says it ("selällä" is no "selkä suorana")
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.8", "kypärä on turha tauolla ja telineellä se on myös turha",
     "wrong"),
    ("yleinen-perehdytys samir.8", "kypärän voi jättää pois tauolla ja telineellä sitä ei tarvita",
     "wrong"),
    ("yleinen-perehdytys samir.8", "kuulosuojaimet on turhat huoltotauolla", "wrong"),
    ("yleinen-perehdytys samir.8", "suojalasit on turhat porauksen tauolla", "wrong"),
    ("yleinen-perehdytys samir.8", "kypärä on turha illalla", "wrong"),
    ("yleinen-perehdytys samir.8", "huomioliivi on turha tauolla ja hallin ulkopuolella",
     "wrong"),
    ("yleinen-perehdytys samir.8", "kypärän voi jättää pois tauolla, muuten se on aina päässä",
     "correct"),
    ("yleinen-perehdytys samir.8", "kypärän voi jättää pois tauolla ja käydä vessassa",
     "correct"),
    ("yleinen-perehdytys samir.8", "kypärän voi jättää pois tauolla työmaan ulkopuolella",
     "correct"),
    ("ravintola-asiakas allergia.2", "on, mutta kysyn vielä kokilta", "wrong"),
    ("kauppa-turvallisuus rullakko-rikki", "on, käytän rullakkoa", "wrong"),
    ("varasto-turvallisuus nosto", "nostan jaloilla ja selällä", "wrong"),
])
def test_review99s_holes(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# set 52: a foreseen mistake said in the place of an accepted answer's part, with a subject
# pronoun before a verb of its person; not before a verb of another person ("minä pese")
@as_table(("step", "answer", "verdict"), [
    ("yleinen-kahvitauko kysy-palaa", "mä palaan vartin päästä", "almost"),
    ("yleinen-tarkistaminen kysy-eli", "eli minä pese nämä astiat", "almost"),
    ("valmistus-raportti mita-teit", "mä painan hätäseis-painiketta", "wrong"),
])
def test_a_mistake_in_an_answers_place_with_its_subject(step: str, answer: str,
                                                        verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# set 53: another day beside the answer, where the step's answers name theirs ("… en pääse
# töihin huomenna" for "… tänään": wrong); not with the step's day said too, nor in a
# clause of its own
@as_table(("step", "answer", "verdict"), [
    ("yleinen-sairastuminen puhelu.4", "olen sairas, en pääse töihin huomenna", "wrong"),
    ("yleinen-sairastuminen puhelu.4", "olen sairas, en pääse töihin tänään enkä huomenna",
     "correct"),
    ("kauppa-asiakas onko-teilla", "valitettavasti ruisleipä on loppu, mutta huomenna tulee uusia",
     "almost"),
])
def test_another_day_beside_the_answer(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict



# review100: a later clause ends a break's span only where the gear itself is on again
# (not another thing worn, "lippis päähän riittää"); what is done at a break excuses only
# in the break's own clause ("…tauolla ja kävellessä": another time); a condition of a
# meal or a break room is a break ("kun juot kahvia", "kun menet taukokoppiin"), of
# walking or reading none; a fault of another thing excuses nothing; a thing taken off is
# kept away only before an instruction of another thing ends what is said of it
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.8", "kypärä on turha tauolla mutta telineellä lippis päähän riittää",
     "wrong"),
    ("yleinen-perehdytys samir.8", "kypärän voi jättää pois tauolla ja kävellessä", "wrong"),
    ("yleinen-perehdytys samir.8", "kuulosuojaimet voi jättää pois tauolla ja puhelimessa",
     "wrong"),
    ("yleinen-perehdytys samir.8", "kypärän voi jättää pois kun kävelet", "wrong"),
    ("rakennus-raportti uusi", "kypärä on turha jos nosturi on rikki", "wrong"),
    ("metalli-raportti ville", "hanskat saa laittaa talteen vasta porauksen jälkeen", "wrong"),
    ("metalli-raportti ville", "hanskat saa olla taskussa ja kädessä", "wrong"),
    ("yleinen-perehdytys samir.8", "kypärän voi jättää pois tauolla ja syödä eväät", "correct"),
    ("yleinen-perehdytys samir.8",
     "kypärän voi jättää pois tauolla mutta kun menet telineelle laita se päähän", "correct"),
    ("yleinen-perehdytys samir.8", "kypärän voi jättää pois tauolla mutta älä unohda sitä",
     "correct"),
    ("yleinen-perehdytys samir.8", "kypärän voi jättää pois kun juot kahvia", "correct"),
    ("rakennus-raportti uusi", "kypärän voi jättää pois kun menet taukokoppiin", "correct"),
    ("rakennus-raportti uusi", "kypärä on turha jos se on haljennut, hae uusi", "correct"),
    ("elintarvike-raportti anna", "sormus saa jäädä kotiin ja laita hiukset verkkoon",
     "correct"),
    ("metalli-raportti ville", "hanskat saa olla vasta porauksen jälkeen", "correct"),
    ("metalli-raportti ville", "hanskat saa olla laatikossa porakoneen vieressä", "correct"),
])
def test_review100s_holes_and_regressions(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review100's older holes: what the step takes off, kept on a condition, is weighed by the
# closed list — a slow machine or a small ring excuses nothing, the work's end or the
# drill stopped does
@as_table(("step", "answer", "verdict"), [
    ("metalli-raportti ville", "hanskat käy kun kone pyörii hitaasti", "wrong"),
    ("elintarvike-raportti anna", "sormus käy jos se on pieni", "wrong"),
    ("elintarvike-raportti anna", "korut on ok kun on kiire", "wrong"),
    ("elintarvike-raportti anna", "sormus saa olla kun vuoro loppuu", "correct"),
    ("metalli-raportti ville", "hanskat saa olla kun menet ulos", "correct"),
    ("metalli-raportti ville", "hanskat saa pitää vasta kun pora on pysähtynyt", "correct"),
])
def test_a_thing_taken_off_kept_on_a_condition(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review101: a fault as the gear's condition excuses only a damage, another put in its
# place ("…jos se on unohtunut kotiin": no damage); "vasta" gives a later time, not a place
# of the work; what is said of a thing kept away ends only at another thing's instruction
# that leaves nothing said away ("…ja hiukset saa olla auki", "…mutta otat ne porakoneelle")
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.8", "kuulosuojaimet on turhat jos ne on unohtuneet kotiin",
     "wrong"),
    ("rakennus-raportti uusi", "kypärä on turha jos se on ollut auringossa", "wrong"),
    ("yleinen-perehdytys samir.8", "kypärä on turha jos remmi on rikki, hae uusi", "correct"),
    ("metalli-raportti ville", "hanskat saa olla kädessä vasta porakoneella", "wrong"),
    ("elintarvike-raportti anna", "korut saa olla vasta linjalla", "wrong"),
    ("metalli-raportti ville", "hanskat saa olla kaapissa mutta otat ne porakoneelle", "wrong"),
    ("elintarvike-raportti anna", "sormus saa jäädä kotiin ja hiukset saa olla auki", "wrong"),
    ("elintarvike-raportti anna", "korut saa olla kaapissa mutta kello saa olla ranteessa",
     "wrong"),
    ("elintarvike-raportti anna", "sormus saa olla kaapissa, hiukset hiusverkkoon", "correct"),
    ("metalli-raportti ville", "hanskat saa olla kädessä vasta kotona", "correct"),
    ("yleinen-perehdytys samir.8", "suojalasit on turhat kun lähdet kahvilta", "wrong"),
])
def test_review101s_holes(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review102: a damage excuses only the gear's own (or a part of it), another put in its
# place now; "kunnes" keeps it until then; the work's end, leaving it or being away, or a
# machine's danger stopped, excuse — not going to it, a break's end, nor a stop for
# jewellery; "vasta" after a work's or machine's end only
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.8", "kypärä on turha jos nosturi on rikki, hae uusi", "wrong"),
    ("yleinen-perehdytys samir.8", "kypärä on turha jos se on rikki, hae uusi huomenna", "wrong"),
    ("yleinen-perehdytys samir.8", "kypärä on turha jos leukahihna on revennyt, hae uusi",
     "correct"),
    ("yleinen-perehdytys samir.8", "kypärä on turha jos se on rikki, hae uusi ensin", "correct"),
    ("metalli-raportti ville", "hanskat saa olla kunnes pora pysähtyy", "wrong"),
    ("metalli-raportti ville", "hanskat saa olla kun lähdet poraamaan", "wrong"),
    ("metalli-raportti ville", "hanskat saa olla kun tauko loppuu", "wrong"),
    ("elintarvike-raportti anna", "korut saa olla kun linja on pysähtynyt", "wrong"),
    ("elintarvike-raportti anna", "sormus saa olla kun vuoro loppuu ja linjalla", "wrong"),
    ("metalli-raportti ville", "hanskat saa olla vasta tauon jälkeen", "wrong"),
    ("metalli-raportti ville", "hanskat saa olla kun kone seisoo", "correct"),
    ("metalli-raportti ville", "hanskat saa laittaa takaisin kun lopetat porauksen", "correct"),
    ("elintarvike-raportti anna", "sormus saa olla kun olet ulkona", "correct"),
    ("elintarvike-raportti anna", "sormus saa olla kaapissa, hiukset verkon alle", "correct"),
])
def test_review102s_holes(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review103: a machine stopped excuses only where no work goes on beside it; a machine is
# no word of the work's end; going on after the new one is with it; a damage "siinä"
@as_table(("step", "answer", "verdict"), [
    ("metalli-raportti ville", "hanskat saa olla kun lopetat hionnan ja aloitat porauksen",
     "wrong"),
    ("metalli-raportti ville", "hanskat saa olla kun kone seisoo ja kun se käy", "wrong"),
    ("metalli-raportti ville", "hanskat saa olla porakoneella kun vuoro loppuu", "wrong"),
    ("metalli-raportti ville", "hanskat saa olla kaapissa ja sitten aloitat porauksen",
     "correct"),
    ("yleinen-perehdytys samir.8",
     "kypärä on turha jos se on rikki, hae uusi ja jatka sitten töitä", "correct"),
    ("yleinen-perehdytys samir.8", "kypärä on turha jos siinä on halkeama, hae uusi", "correct"),
    ("metalli-raportti ville", "hanskat saa olla vasta sorvauksen jälkeen", "correct"),
])
def test_review103s_holes(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review102's older holes: gear taken off ("voi ottaa pois", "saa riisua") is read as gear
# left off; a condition of the work's end or of leaving the work excuses it, leaving a
# break room (back to the work) does not
@as_table(("step", "answer", "verdict"), [
    ("rakennus-raportti uusi", "kypärän voi ottaa pois kun juot kahvia telineellä", "wrong"),
    ("yleinen-perehdytys samir.8", "suojalasit voi ottaa pois kun hiot", "wrong"),
    ("rakennus-raportti uusi", "kypärän voi riisua kun lähdet telineelle", "wrong"),
    ("yleinen-perehdytys samir.8", "kypärän voi jättää pois kun lähdet kahvilta telineelle",
     "wrong"),
    ("yleinen-perehdytys samir.8",
     "kypärä on turha jos se on rikki, hae uusi mutta tee työ ensin loppuun", "wrong"),
    ("yleinen-perehdytys samir.8", "kypärän voi ottaa pois kun työpäivä on ohi", "correct"),
    ("rakennus-raportti uusi", "kypärän voi ottaa pois kun lähdet työmaalta", "correct"),
    ("yleinen-perehdytys samir.8", "kypärän voi ottaa pois kun menet kahvitauolle", "correct"),
])
def test_gear_taken_off(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review104: leaving the work excuses gear only where the worker leaves, for no place of
# the work, and not when it is nearly over; gloves taken off at a drill are the rule
@as_table(("step", "answer", "verdict"), [
    ("rakennus-raportti uusi", "kypärän voi jättää pois kun lähdet työmaalta telineelle",
     "wrong"),
    ("yleinen-perehdytys samir.8", "suojalasit voi jättää pois kun lähdet ulos hitsaamaan",
     "wrong"),
    ("yleinen-perehdytys samir.8", "kypärän voi jättää pois kun työpäivä on melkein ohi",
     "wrong"),
    ("rakennus-raportti uusi", "kypärän voi jättää pois kun työnjohtaja lähtee työmaalta",
     "wrong"),
    ("yleinen-perehdytys samir.8", "suojalasit voi jättää pois kun työ on ohi mutta hiot vielä",
     "wrong"),
    ("yleinen-perehdytys samir.8", "hanskat voi ottaa pois kun poraat", "correct"),
    ("yleinen-perehdytys samir.8", "hanskat on turhat jos pora on kulunut, ota uusi", "wrong"),
    ("yleinen-perehdytys samir.8", "suojalasit saa ottaa pois kun hionta on loppunut",
     "correct"),
])
def test_review104s_holes(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
