"""Kinds mended at stop 64 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py: none lost but where a test below says)."""

from __future__ import annotations

from tests.judge.golden import judged_as_expected
from valkky.testing.table import as_table


# review187's holes of a second deed after "ja" (SAFETY): a person lifted up is lifted to
# any place (a wrong mistake's "ylös" said by a chair or a bed); rubbing an eye is an unsafe
# deed wherever it is said; each accepted deed said may be the one put off, not only the
# first. A safe deed more, a deed said now, stay right.
@as_table(("step", "answer", "verdict"), [
    ("hoiva-turvallisuus kaatui", "soitan heti hoitajalle ja autan hänet tuoliin", "wrong"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle ja autan hänet sänkyyn", "wrong"),
    ("autoala-turvallisuus huuhtele", "menen silmäsuihkulle ja hieron silmää", "not correct"),
    ("kauppa-turvallisuus marka-lattia", "kuivaan lattian ja laitan kyltin myöhemmin",
     "not correct"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle ja jään hänen viereensä", "correct"),
    ("autoala-turvallisuus huuhtele", "menen silmäsuihkulle ja huuhtelen kauan", "correct"),
    ("kauppa-turvallisuus marka-lattia", "kuivaan lattian ja laitan kyltin heti", "correct"),
])
def test_a_second_deed_after_ja(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review187-191's holes of the work done after "mutta" (SAFETY): "ne" is the answer's own
# deed only of a thing an accepted answer does something to ("jarrupalat pitää vaihtaa"),
# not of a fault's thing ("kaiteet puuttuvat"); an accepted "teen vikailmoituksen" is no
# answer that does the work; a question's fault of a thing ("Kone ei toimi oikein.") is a
# fault told
@as_table(("step", "answer", "verdict"), [
    ("rakennus-kartoitus b1-vika", "kaiteet puuttuvat mutta teen ne vaan nopeasti", "wrong"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, mut mä teen ne nopeesti", "wrong"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, mut mä teen nopeesti", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle, mut mä teen ne nopeesti",
     "wrong"),
    ("autoala-asiakas puhelu.4", "jarrupalat on kuluneet, mut me tehdään ne nopeesti",
     "correct"),
    ("yleinen-verbit kone-rikki", "teen vikailmoituksen", "correct"),
])
def test_the_work_done_after_mutta(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 111-112 (both trainers): a report's verb said now where every example tells it in
# the past, read as written too ("jumittuu", which the lexicon makes "jää jumiin", "jää"
# also ice); a genitive before its postposition said in the nominative; the advice's no
# said as a fact's ("ei sekoita" for "älä sekoita"); "älä koskaan laita …, paina …" (a no
# with "koskaan" before a verb that is also a noun negates that verb only); a label's
# number said before its noun counts ("kolme kerros"); an opposite said as written
# ("ulos" for "sisään"); "mikä auto" for "milloin auto" asks another thing; the model's
# no left out with its verb said, in a repeat, the opposite
@as_table(("step", "answer", "verdict"), [
    ("valmistus-raportti sari.2", "laatikko jumittuu liukuhihnaan", "almost"),
    ("valmistus-raportti sari.2", "laatikko jumittui liukuhihnaan", "correct"),
    ("yleinen-kahvitauko tauko.6", "olin perhe kanssa", "almost"),
    ("yleinen-kahvitauko tauko.6", "olin perheeni kanssa", "correct"),
    ("siivous-raportti hassan", "ei sekoita pesuaineita", "almost"),
    ("valmistus-raportti neuvo", "älä koskaan laita kättä koneeseen, paina ensin hätäseis",
     "correct"),
    ("valmistus-raportti neuvo", "älä koskaan paina hätäseis", "wrong"),
    ("hoiva-raportti elias.4", "voit nostaa hänet, et kuitenkaan yksin, kutsu ensin hoitaja",
     "correct"),
    ("rakennus-ohjeet maarays", "kolme kerros", "almost"),
    ("rakennus-ohjeet maarays", "kerros kolme", "correct"),
    ("siivous-ohjeet vuoro", "seitsemän aamulla", "correct"),
    ("yleinen-perehdytys step-4", "Leimaa ulos ja mene pukuhuoneeseen.", "wrong"),
    ("autoala-asiakas step-10", "Mikä auto on valmis?", "wrong"),
    ("hoiva-turvallisuus step-10", "asukas kaatuu", "wrong"),
    ("hoiva-turvallisuus step-10", "varo ettei asukas kaatuu", "almost"),
])
def test_sets_111_112(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review192 (review191's mend, SAFETY): noticing is now only of a fault, a thing the step
# names or a pronoun of a thing, any other person or paper later; a reassurance is no
# courtesy apart after a warning by base form or a noun the step's warnings name, in any
# place (nor "ei hätää" a contrast); a trade's time is theirs in the plural and without a
# comma, "lähimies" one in charge
@as_table(("step", "answer", "verdict"), [
    ("yleinen-verbit kone-rikki", "kerron esimiehelle kollegan näkemisen jälkeen",
     "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle sähköpostin näkemisen jälkeen",
     "not correct"),
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle vuodon huomaamisen jälkeen", "correct"),
    ("varasto-turvallisuus varo", "varo trukkia, älä huoli", "not correct"),
    ("varasto-turvallisuus varo", "trukki tulee, älä huoli", "not correct"),
    ("siivous-turvallisuus step-21", "liukas lattia, ei hätää", "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, asentajat huomenna", "correct"),
    ("ravintola-ohjeet vuoto", "kerron esimiehelle putkimies huomenna", "correct"),
    ("yleinen-verbit kone-rikki", "kerron pomolle, lähimies huomenna", "not correct"),
])
def test_review192(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# an older hole (review186): the one told there then, said with no comma ("kerron
# esimiehelle hän on huomenna"): a third person's pronoun before a verb begins a clause
@as_table(("step", "answer", "verdict"), [
    ("yleinen-verbit kone-rikki", "kerron esimiehelle hän on huomenna", "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle hän tulee huomenna", "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle hän on tauolla", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle se on rikki", "correct"),
])
def test_the_one_told_then_without_a_comma(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 113-114 (both trainers): a repeat's self-repair into its own word's slip
# ("nosturissa, eiku nosturilla"); the green button starts a machine (SAFETY); a compound
# the step says in its base form is no two words ("ruokatauolla"); -ot- for -oit- only in
# a verb ("varotuskyltti" is a slip); "mut" before the learner's own verb is mutta;
# another material in a compound ("metallinpala" for "muovinpala") is another thing
@as_table(("step", "answer", "verdict"), [
    ("autoala-kartoitus a1-toista", "Auto on nosturissa, eiku nosturilla.", "correct"),
    ("ravintola-keittio step-14", "Kattila on lieteellä, eiku liedellä.", "correct"),
    ("valmistus-raportti mita-teit", "painoin vihreää nappia", "wrong"),
    ("valmistus-raportti mita-teit", "painoin punaista nappia", "almost"),
    ("rakennus-tyonjohtaja kysy-tauko", "milloin on ruokatauolla", "almost"),
    ("siivous-turvallisuus kyltti", "varotuskyltti", "almost"),
    ("yleinen-puhelin auto.4", "joo, mä tuun bussilla mut oon vähän myöhässä", "correct"),
    ("elintarvike-raportti step-6", "paketissa oli metallinpala", "wrong"),
    ("kauppa-valineet step-18", "maito on kylmäkaapissa", "almost"),
])
def test_sets_113_114(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review193 (this stop's mends): gear put on, then other gear somewhere after a comma, is
# read whole (SAFETY); a trade's time beside the report's word is the report's; noticing is
# later only of a person, a message or a scheduled thing, the one the question tells of
# found is now; a person helped to their feet is lifted
@as_table(("step", "answer", "verdict"), [
    ("rakennus-turvallisuus kysy-kypara", "laitan kypärän, turvakengät kaappiin", "wrong"),
    ("metalli-turvallisuus korvat", "laitan kuulosuojaimet, turvakengät kaappiin", "wrong"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, asentajat ja raportti huomenna",
     "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle, asentajat huomenna", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle öljyn näkemisen jälkeen", "correct"),
    ("ravintola-ohjeet vuoto", "kerron esimiehelle lammikon näkemisen jälkeen", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle sähköpostin näkemisen jälkeen",
     "not correct"),
    ("yleinen-tyoturvallisuuskortti step-18", "soitan hätänumeroon työkaverin löytämisen jälkeen",
     "correct"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle ja autan hänet jaloilleen", "wrong"),
])
def test_review193(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 115-116 (both trainers) and review194 (SAFETY): a place and its adjective said bare
# for an accepted answer's case of place; noticing now only of the fault's signs, the
# step's words or a pronoun of a thing, and a person found where the question tells of one
# hurt, anything else seen later; the green button wrong only where the step stops a
# machine and not under a no, and beside a stop an unsafe deed; "se" after the report may
# be the machine; a no of another of its kind is a contrast
@as_table(("step", "answer", "verdict"), [
    ("kauppa-kartoitus b1-tapahtui", "asiakas liukastu märkä lattia", "almost"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle öljyvuodon näkemisen jälkeen", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle asian huomaamisen jälkeen", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle rekan näkemisen jälkeen", "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle työntekijän näkemisen jälkeen",
     "not correct"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle potilaan löytämisen jälkeen", "correct"),
    ("metalli-esimies kone-rikki.4", "kun painan vihreää nappia, mitään ei tapahdu",
     "not wrong"),
    ("metalli-turvallisuus hatatilanne", "painan hätäseis ja painan vihreää nappia", "wrong"),
    ("metalli-turvallisuus hatatilanne", "painan hätäseis, ei vihreää nappia", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle se on huollossa huomenna", "correct"),
])
def test_sets_115_116_review194(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review195 (review194's mend, SAFETY): a person found is now only the one the question
# tells of hurt; a person among the step's words, in any reading, is no fault; a message's
# sound and the help come are later; more sounds of a fault; "se"/"ne" begin a clause but
# where it tells of a repair; a contrast's tail the answer's own thing by base form or a
# noun of its verb; the green button's no only just before it
@as_table(("step", "answer", "verdict"), [
    ("yleinen-tyoturvallisuuskortti step-18", "soitan hätänumeroon pomon löytämisen jälkeen",
     "not correct"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle lääkärin löytämisen jälkeen",
     "not correct"),
    ("yleinen-tyoturvallisuuskortti step-18",
     "soitan ambulanssin työkaverin huomaamisen jälkeen", "correct"),
    ("ravintola-ohjeet vuoto", "kerron esimiehelle kokin näkemisen jälkeen", "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle soittoäänen kuulemisen jälkeen",
     "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle tärinän huomaamisen jälkeen", "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle se tulee huomenna", "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle se on huollossa huomenna", "correct"),
    ("metalli-turvallisuus korvat", "kuulosuojaimet, ei kuulosuojaimia tänään", "not correct"),
    ("valmistus-turvallisuus kysy-vika",
     "en korjaa itse, painan vihreää nappia ja ilmoitan työnjohtajalle", "not correct"),
])
def test_review195(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review196 (review195's mend): a compound's head is a fault's sign only of the step's own
# thing; a person found where one is hurt by any person's word but a coworker where the
# hurt one is none, one told, in charge, a trade or a relative
@as_table(("step", "answer", "verdict"), [
    ("ravintola-ohjeet vuoto", "kerron esimiehelle asiakastulvan huomaamisen jälkeen",
     "not correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle öljyvuodon näkemisen jälkeen", "correct"),
    ("yleinen-tyoturvallisuuskortti step-18", "soitan hätänumeroon kaverin löytämisen jälkeen",
     "correct"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle mummon löytämisen jälkeen", "correct"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle tyttären löytämisen jälkeen",
     "not correct"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle kollegan löytämisen jälkeen",
     "not correct"),
])
def test_review196(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review197 (review196's mend): a person found is the one hurt only where the question
# tells of a person hurt (not "Kukaan ei loukkaantunut."), by the question's word, its
# like, hän/he or a general word, read whole; a fault's own head counts whatever thing is
# named before it ("moottorivian"), an everyday one or another thing does not
@as_table(("step", "answer", "verdict"), [
    ("valmistus-turvallisuus step-24", "ilmoitan työnjohtajalle miehen näkemisen jälkeen",
     "not correct"),
    ("yleinen-tyoturvallisuuskortti step-18", "soitan hätänumeroon palomiehen näkemisen jälkeen",
     "not correct"),
    ("yleinen-tyoturvallisuuskortti step-18", "soitan hätänumeroon miehen löytämisen jälkeen",
     "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle moottorivian huomaamisen jälkeen",
     "correct"),
    ("yleinen-verbit kone-rikki", "kerron esimiehelle kahvikoneen näkemisen jälkeen",
     "not correct"),
])
def test_review197(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)
