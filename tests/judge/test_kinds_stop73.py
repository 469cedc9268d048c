"""Kinds mended at stop 73 (issue 12), each probed across the review probes before and
after (bench/sweep_reviews.py)."""

from __future__ import annotations

from tests.judge.golden import judged_as_expected
from valkky.testing.table import as_table


# review251-253 (SAFETY): a telling said needless to the customer whose vase broke: the
# infinitive past whom it is told to, a fact typed after the no, a workmate's or a team's
# "ette", one's own telling put off, made conditional or told only to the learner; not the
# customer's need beside one's own report, nor one in charge who will call
@as_table(("answer", "verdict"), [
    ("ei siitä tarvii esimiehelle kertoo", "wrong"),
    ("ei tarvii kenellekään kertoo", "wrong"),
    ("ei tarvii ilmoittaa, maljakko oli vanha", "wrong"),
    ("ei tarvii ilmoittaa, vakuutus korvaa sen", "wrong"),
    ("ette tarvii ilmoittaa tästä mitään", "wrong"),
    ("ei tarvii kertoo kenellekään, mä soitan sit jos joku kysyy", "wrong"),
    ("ei tarvii soittaa kenellekään, mä kerron ensi kuussa", "wrong"),
    ("ei tarvii ilmoittaa tästä mitään, sano vaan että se oli jo rikki", "wrong"),
    ("ei tarvii soittaa kenellekään, en mä kerro esimiehelle", "wrong"),
    ("mun tarvii esimiehelle kertoo", "correct"),
    ("en soita poliisille, kerron esimiehelle", "correct"),
    ("ei sun tarvii soittaa kenellekään, esimies ottaa suhun yhteyttä", "correct"),
    ("Te ette tarvii ilmoittaa mitään, mä kerron esimiehelle.", "correct"),
    ("ei teidän tarvii soittaa siitä kenellekään, mä ilmoitan esimiehelle", "correct"),
])
def test_review253_a_telling_said_needless(answer: str, verdict: str) -> None:
    judged_as_expected("siivous-raportti asiakas.6", answer, verdict)


# review253 (SAFETY): a fact after a no begins a clause only where the no's part does: the
# no of "vanhoja ei käytetä" keeps to its own part; a past need beside what happened
@as_table(("step", "answer", "verdict"), [
    ("metalli-raportti marjatta.8",
     "laikat pitää tarkistaa, vanhoja ei käytetä, suojus pysyy paikallaan", "correct"),
    ("hoiva-raportti raportti",
     "Aino kaatui aamulla ja lonkkaan sattui. En tarvinnut nostaa häntä, hoitaja tuli.",
     "correct"),
    ("ravintola-raportti antti.8", "ei tarvitse lukea, kokki muistaa", "wrong"),
    ("hoiva-raportti elias.4", "ette tarvii hälyttää ketään", "wrong"),
    ("hoiva-raportti elias.4", "ei tarvii hälyttää ketään, mä kerron hoitajalle illalla",
     "wrong"),
])
def test_review253_a_fact_after_a_no(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review253 (SAFETY): a near miss told as done by a deed of another in the past (passive
# too, "ehti" with a deed); caught only by a catch of its own, not "ajoissa" of another
@as_table(("answer", "verdict"), [
    ("asiakas ehti syödä pähkinää", "wrong"),
    ("asiakas sai pähkinää mutta ambulanssi tuli ajoissa", "wrong"),
    ("asiakas söi pähkinää, huomasin sen liian myöhään", "wrong"),
    ("allergiselle asiakkaalle tarjoiltiin pähkinäkakkua", "wrong"),
    ("asiakas söi melkoisen palan pähkinäkakkua", "wrong"),
    ("tarjoilija huomasi ajoissa et jälkiruoassa oli pähkinää", "correct"),
    ("pähkinäkakku oli menossa allergiselle asiakkaalle mut kokki huomasi sen ajoissa",
     "correct"),
    ("tarjoilija pysäytti pähkinäkakun, se oli menossa allergiselle asiakkaalle", "correct"),
    ("asiakas melkee sai pähkinää", "correct"),
])
def test_review253_a_near_miss_told_done(answer: str, verdict: str) -> None:
    judged_as_expected("ravintola-raportti antti.2", answer, verdict)


# set 197, review253 (SAFETY): the examples' sentences read apart ("Et voi. Kerro
# esimiehelle." no "you cannot tell"); an answer's lone no first, a command or a telling
# said needless after a clause of its own are clauses of their own
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.6", "te ette tarvii kertoo kenellekään", "wrong"),
    ("yleinen-perehdytys samir.6", "hänen kone se on, ei tarvii kertoo kenellekään", "wrong"),
    ("yleinen-perehdytys samir.6", "Ei. Sun tarvii ilmoittaa esimiehelle.", "correct"),
    ("yleinen-perehdytys samir.6", "et saa, kerro esimiehelle", "correct"),
    ("yleinen-perehdytys samir.6",
     "älä korjaa itse, kerro esimiehelle, sinun ei tarvitse soittaa huoltoon", "correct"),
    ("yleinen-perehdytys samir.6", "jos ei ole kiire, kerro esimiehelle, muuten korjaa itse",
     "wrong"),
    ("hoiva-raportti elias.4", "Aino on ok, te ette tarvii hälyttää ketään", "wrong"),
    ("hoiva-raportti elias.4", "et, soita heti hoitajalle", "correct"),
    ("valmistus-raportti neuvo",
     "älä laita kättä koneeseen, te ette tarvii ilmoittaa tästä kenellekään", "wrong"),
    ("valmistus-raportti neuvo", "paina hätäseis, ei sun tarvii soittaa kenellekään", "wrong"),
    ("valmistus-raportti neuvo", "paina hätäseis ja kerro työnjohtajalle, ei tarvitse pelätä",
     "correct"),
    ("yleinen-lahelta-piti kolme-lausetta",
     "liukastuin melkein. lattia oli märkä keittiön ovella. ei tarvitse ilmoittaa", "wrong"),
])
def test_set197_clauses_apart(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# sets 197-198 (both trainers): the ordinals said as speech says them; an answer's parts
# apart by commas no slip of a fuller answer's words; none said where the story has one
@as_table(("step", "answer", "verdict"), [
    ("rakennus-kartoitus a2-toista", "Kanna kipsilevyt tokaan kerrokseen.", "correct"),
    ("valmistus-tyonjohtaja iltapaiva.6", "joo, ruuvit on melkein loppu, voitko tuoda lisää",
     "correct"),
    ("valmistus-kartoitus a2-loppu", "ei mitään puutu", "wrong"),
    ("valmistus-kartoitus a2-loppu", "ei ole yhtään mutteria", "correct"),
])
def test_sets197_198_both_trainers(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review254 (SAFETY): one's own telling a report only to one in charge or one the step's
# examples tell, "just tell the boss" too; a customer's formal need beside a report; the
# step's own call or deed said needless is no call said needless; a telling past a going
# or starting; a near miss told done only in a clause that names the thing, not caught
@as_table(("step", "answer", "verdict"), [
    ("yleinen-perehdytys samir.6",
     "Älä korjaa, kerro vaan esimiehelle. Ei tarvii soittaa huoltoon.", "correct"),
    ("yleinen-perehdytys samir.6", "Mä kerron Jussille, ei tarvii ilmoittaa esimiehelle.",
     "wrong"),
    ("yleinen-perehdytys samir.6", "mä soitan huoltoon, ei tarvii kertoa esimiehelle", "wrong"),
    ("yleinen-perehdytys samir.6", "älä korjaa, ei tarvii mennä kertomaan kenellekään",
     "wrong"),
    ("siivous-raportti asiakas.6",
     "Te ette tarvitse soittaa kenellekään, esimieheni soittaa teille.", "correct"),
    ("siivous-raportti asiakas.6",
     "Me ilmoitetaan tästä esimiehelle, te ette tarvii soittaa kenellekään.", "correct"),
    ("siivous-raportti asiakas.6",
     "kerään sirut ja ilmoitan esimiehelle, teidän ei tarvitse kertoa siitä", "correct"),
    ("siivous-raportti asiakas.6",
     "ette te tarvii ilmoittaa tästä mitään, mä kerron sit jos pomo kysyy", "wrong"),
    ("valmistus-raportti neuvo", "paina hätäseis, teidän ei tarvii kertoa kenellekään",
     "wrong"),
    ("valmistus-raportti neuvo", "mä kerron työnjohtajalle, sun ei tarvii tehdä hätäseis",
     "wrong"),
    ("hoiva-raportti elias.4", "mä kerron esimiehelle, ei tarvii hälyttää hoitajaa", "wrong"),
    ("hoiva-raportti elias.4", "älä nosta yksin, hälytä hoitaja, et tarvitse tehdä muuta",
     "correct"),
    ("valmistus-raportti sari.8", "mä kerron esimiehelle, ei tarvii soittaa kunnossapitoon",
     "wrong"),
    ("ravintola-raportti antti.2",
     "Pöydän kuus jälkiruoassa oli pähkinää, mut kokki vaihtoi sen ajoissa.", "correct"),
    ("ravintola-raportti antti.2", "kokki huomasi pähkinän ja teki uuden jälkiruoan",
     "correct"),
    ("ravintola-raportti antti.2",
     "allergiselle asiakkaalle tarjoiltiin pähkinää, kokki pysäytti muut annokset", "wrong"),
])
def test_review254_whose_report(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review255 and sets 201-202 (both trainers): a near miss told done across clauses by a
# pronoun, "ajoissa" no catch of its own; a report by one in charge who gets in touch, a
# passive report; whom by name (not "sille"); another floor by its ordinal; a self-repair
# inside a sentence; a cause turned round across "koska"
@as_table(("step", "answer", "verdict"), [
    ("ravintola-raportti antti.2", "Pöydän kuus jälkiruoassa oli pähkinää ja asiakas söi sen.",
     "wrong"),
    ("ravintola-raportti antti.2", "Pähkinäkakku tarjoiltiin ajoissa allergiselle asiakkaalle.",
     "wrong"),
    ("siivous-raportti asiakas.6",
     "Esimieheni ottaa teihin yhteyttä, teidän ei tarvitse soittaa kenellekään.", "correct"),
    ("siivous-raportti asiakas.6",
     "Ilmoitetaan tästä esimiehelle, teidän ei tarvitse soittaa kenellekään.", "correct"),
    ("siivous-raportti asiakas.6", "Mä soitan teille, teidän ei tarvitse kertoa kenellekään.",
     "wrong"),
    ("yleinen-perehdytys samir.6",
     "Älä korjaa, mä kerron sille, ei tarvii ilmoittaa mihinkään.", "wrong"),
    ("yleinen-perehdytys samir.4", "se on ekassa kerroksessa", "almost"),
    ("rakennus-turvallisuus kysy-kypara",
     "laitan kypärän ennen kuin menen kolmanteen kerrokseen", "correct"),
    ("yleinen-lahelta-piti step-14", "Hallissa kaksi, eiku kolme, oli öljyä lattialla.",
     "correct"),
    ("yleinen-lahelta-piti step-14", "Hallissa kolme, eiku kaksi, oli öljyä lattialla.",
     "wrong"),
    ("valmistus-kartoitus b1-tapahtui", "laatikko pysähtyi, koska liukuhihna jäi jumiin",
     "wrong"),
    ("valmistus-kartoitus b1-tapahtui", "koska laatikko jäi jumiin, liukuhihna pysähtyi",
     "correct"),
])
def test_review255_sets201_202(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review256: a clause put first keeps the free order (its end is not told without a
# comma), "mutta" joins equals; a passive report only as "we'll tell", now; the thing
# pointed back to only by a deed done to it
@as_table(("step", "answer", "verdict"), [
    ("siivous-asiakas kokous.4", "Heti kun voin, tulen.", "correct"),
    ("yleinen-puhelin auto.6", "Kun tiedän, soitan.", "correct"),
    ("yleinen-puhelin auto.4", "olen myöhässä mutta pääsen", "correct"),
    ("yleinen-perehdytys samir.6",
     "Älä korjaa sitä. Yleensä ilmoitetaan esimiehelle, mutta sun ei tarvii kertoa "
     "kenellekään.", "wrong"),
    ("ravintola-raportti antti.2",
     "Pöydän kuus jälkiruoassa oli pähkinää, mut kokki näki sen ja vaihtoi jälkiruoan.",
     "correct"),
    ("ravintola-raportti antti.2",
     "Jälkiruoassa oli pähkinää, tarjoilija vei sen takaisin keittiöön.", "correct"),
    ("ravintola-raportti antti.2", "Jälkiruoassa oli pähkinää ja asiakas söi kaiken.",
     "wrong"),
])
def test_review256_clauses_first_and_reports(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review257: a clause put first closes at its comma (not the clause check off: the line
# swapped between the two is the step's mistake); "aina" a rule, "me" with a past passive
# a report; the near thing pointed back to as subject or from, not taken back
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-ohjeet kakkonen", "Koska linja kaksi seisoo, menen linjalle kolme.", "wrong"),
    ("kauppa-kartoitus b1-miksi", "Koska jos tulee tulipalo, siitä mennään ulos.", "correct"),
    ("siivous-raportti asiakas.6",
     "Aina ilmoitetaan esimiehelle, teidän ei tarvitse soittaa kenellekään.", "correct"),
    ("siivous-raportti asiakas.6",
     "Me ilmoitettiin jo esimiehelle, teidän ei tarvitse soittaa kenellekään.", "correct"),
    ("siivous-raportti asiakas.6",
     "Usein ilmoitetaan esimiehelle, mutta teidän ei tarvitse kertoa kenellekään.", "wrong"),
    ("ravintola-raportti antti.2", "Jälkiruoassa oli pähkinää ja se meni asiakkaalle.",
     "wrong"),
    ("ravintola-raportti antti.2", "Jälkiruoassa oli pähkinää, tarjoilija vei sen asiakkaalle.",
     "wrong"),
    ("ravintola-raportti antti.2",
     "Pöydän kuus jälkiruoassa oli pähkinää, mut kaikki sai oikeat jälkiruoat.", "correct"),
])
def test_review257_clauses_first_reports_pointed_back(step: str, answer: str,
                                                     verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review258: a clause put first without a comma (every spoken answer) keeps the free order;
# a habit or a maybe before "me" and a passive, a rule set aside by "mutta", is no report;
# the near thing pointed back to only where it is eaten or reaches the customer
@as_table(("step", "answer", "verdict"), [
    ("yleinen-puhelin auto.6", "kun tiedän soitan heti", "correct"),
    ("autoala-raportti step-5", "jos auto on vain tunkin varassa älä koskaan mene auton alle",
     "correct"),
    ("siivous-raportti asiakas.6",
     "Me yleensä ilmoitetaan esimiehelle, mutta teidän ei tarvitse kertoa kenellekään.",
     "wrong"),
    ("siivous-raportti asiakas.6",
     "Aina ilmoitetaan esimiehelle, mutta tästä teidän ei tarvitse kertoa kenellekään.",
     "wrong"),
    ("ravintola-raportti antti.2", "jälkiruoassa oli pähkinää asiakas söi puolet loput meni "
     "roskiin", "wrong"),
    ("ravintola-raportti antti.2", "Jälkiruoassa oli pähkinää, tarjoilija vei sen keittiöön.",
     "correct"),
    ("ravintola-raportti antti.2", "Jälkiruoassa oli pähkinää, kokki sai siitä tiedon ajoissa.",
     "correct"),
])
def test_review258_spoken_clauses_first(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)


# review259 (SAFETY): only the verb of a time or a condition yet to come is no deed done
# (the main clause after it is read, a past "kun" told); a conditional rule and "me" with
# a passive before "mutta" are reports; the near thing given or brought to whoever eats it
@as_table(("step", "answer", "verdict"), [
    ("hoiva-kartoitus b1-tapahtui", "asukas kaatui yöllä ja kun hän kaatui hän loukkaantui",
     "wrong"),
    ("yleinen-perehdytys samir.6",
     "Älä korjaa. Jos kone pysähtyy kerrotaan esimiehelle, ei tarvii soittaa huoltoon.",
     "correct"),
    ("siivous-raportti asiakas.6",
     "Me ilmoitetaan tästä esimiehelle, mutta teidän ei tarvitse soittaa kenellekään.",
     "correct"),
    ("ravintola-raportti antti.2", "Jälkiruoassa oli pähkinää, tarjoilija antoi sen vieraalle.",
     "wrong"),
    ("ravintola-raportti antti.2",
     "Jälkiruoassa oli pähkinää, mutta tarjoilija huomasi ja vei sen asiakkaan pöydältä "
     "takaisin keittiöön.", "correct"),
    ("ravintola-raportti antti.2",
     "Jälkiruoassa oli pähkinää, asiakas sai siitä allergisen reaktion.", "wrong"),
])
def test_review259_when_and_whom(step: str, answer: str, verdict: str) -> None:
    judged_as_expected(step, answer, verdict)
