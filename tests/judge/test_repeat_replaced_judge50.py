"""Another sentence in a repeat step (issue 12, judge50; valkky/judge/repeat_replaced.py):
two or more of the model's words replaced by other words is another sentence, wrong; one
word replaced, a word in another person or mood, a slip, a word left out keep their verdict.
Probed on the bundled lessons' repeat steps; each row notes the verdict it had before where
it moved."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge import judge
from valkky.testing.table import as_table


@as_table(("step", "answer", "verdict"), [
    ("yleinen-kahvitauko step-14", "Mitä teet huomenna?", "wrong"),  # was almost
    # a synonym of the lexicon is the same word, no replacement (review of judge50)
    ("metalli-ohjeet step-26", "Pysäytä kone ja kerro esimiehelle.", "almost"),
    ("metalli-ohjeet step-18", "Älä käytä hanskoja poralla.", "almost"),
    ("elintarvike-kartoitus b1-toista",
     "Jos tuotteessa on lasinsiru, pysäytä linja ja kerro esimiehelle.", "almost"),
    ("yleinen-kahvitauko step-14", "Mitä teit huomenna?", "almost"),
    ("yleinen-kahvitauko step-14", "Mitä teet viikonloppuna?", "almost"),
    ("yleinen-kahvitauko step-14", "Mitä söit viikonloppuna?", "wrong"),
    ("yleinen-kahvitauko step-14", "Mitä teit viikonloppuna?", "correct"),
    ("yleinen-kahvitauko step-14", "Missä olit eilen?", "wrong"),
    ("varasto-keraily step-7", "Mikä tuote tämä on?", "wrong"),  # was almost
    ("varasto-keraily step-7", "Missä hyllyssä tuote on?", "almost"),
    ("varasto-keraily step-7", "Missä hyllyvälissä laatikko on?", "wrong"),
    ("varasto-keraily step-7", "Missä hyllyssä laatikko on?", "wrong"),
    ("varasto-keraily step-7", "Missä hyllyvälissä tuote on?", "correct"),
    ("rakennus-tyonjohtaja step-8", "Missä vasarat ovat?", "wrong"),
    ("rakennus-tyonjohtaja step-8", "Mitkä kipsilevyt ovat?", "almost"),
    ("rakennus-tyonjohtaja step-8", "Mitkä naulat ovat?", "wrong"),
    ("yleinen-puhelin step-24", "Tarvitsen viisi metriä kaapelia.", "wrong"),
    ("yleinen-puhelin step-24", "Tarvitsen viisi kiloa naulaa.", "wrong"),
    ("yleinen-puhelin step-24", "Haluan viisi metriä kaapelia.", "wrong"),
    ("yleinen-puhelin step-24", "Ostan kymmenen kiloa kaapelia.", "wrong"),
    ("yleinen-kyltit step-17", "Luen aina ohjeet.", "wrong"),
    ("yleinen-kyltit step-17", "Katson aina ohjeet.", "wrong"),
    ("yleinen-kyltit step-17", "Luen joskus varoitusmerkit.", "wrong"),
    ("autoala-korjaamo step-13", "Kiristä mutterit momenttiavaimella.", "wrong"),
    ("autoala-korjaamo step-13", "Avaa mutterit jakoavaimella.", "wrong"),
    ("autoala-korjaamo step-13", "Avaa pultit momenttiavaimella.", "wrong"),
    ("yleinen-tyovuoro step-8", "Minulla on huomenna iltavuoro.", "wrong"),
    ("yleinen-tyovuoro step-8", "Minulla on tänään iltavuoro.", "wrong"),
    ("yleinen-tyovuoro step-8", "Minulla on tänään aamuvuoro.", "wrong"),
    ("ravintola-keittio step-14", "Kattila on uunissa.", "wrong"),
    ("ravintola-keittio step-14", "Pannu on uunissa.", "wrong"),
    ("ravintola-keittio step-14", "Pannu on liedellä.", "wrong"),
    ("autoala-kartoitus a1-toista", "Auto on korjaamolla.", "wrong"),
    ("autoala-kartoitus a1-toista", "Rengas on pihalla.", "wrong"),
    ("autoala-kartoitus a1-toista", "Rengas on nosturilla.", "wrong"),
    ("elintarvike-tuotanto step-6", "Laitan hiusverkon päähän.", "wrong"),
    ("elintarvike-tuotanto step-6", "Otan suojatakin pois.", "wrong"),
    ("elintarvike-tuotanto step-6", "Laitan suojatakin kaappiin.", "wrong"),
    ("ravintola-hygienia step-3", "Pese kädet töiden jälkeen.", "wrong"),
    ("ravintola-hygienia step-3", "Pese astiat ennen työtä.", "wrong"),
    ("ravintola-hygienia step-3", "Pese astiat ennen ruokaa.", "wrong"),
    ("yleinen-tervehdys step-11", "Minun nimeni on Ali.", "wrong"),
    ("yleinen-tervehdys step-11", "Minun kotini on Helsinki.", "wrong"),
    ("yleinen-verbit step-3", "Minä pesen astiat.", "wrong"),
    ("yleinen-verbit step-3", "Minä kuivaan astiat.", "wrong"),
    ("yleinen-kahvitauko step-14", "Mita teit viikonlopuna?", "almost"),
    ("yleinen-kahvitauko step-14", "Mitä sinä teit viikonloppuna?", "correct"),
    # the polite plural for the singular is the sentence said politely (judge54: both
    # trainers correct on repeat steps of sets 19, 20, 27, 33; was almost)
    ("yleinen-kahvitauko step-14", "Mitä teitte viikonloppuna?", "correct"),
    ("varasto-keraily step-7", "Missä hyllyvälissä tuotteet ovat?", "almost"),
    ("varasto-keraily step-7", "Mikä hyllyväli?", "almost"),
    ("yleinen-tyovuoro step-8", "Minulla on aamuvuoro.", "almost"),
])
def test_repeat_steps_on_real_steps(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# the forms trainers mark almost (sets 11–28): another person or mood, the thing's case
@as_table(("answer", "model", "verdict"), [
    ("laitan hiusverkon päähän", "Laita hiusverkko päähän.", "almost"),
    ("skannaan viivakoodin", "Skannaa viivakoodi.", "almost"),
    ("otatko kahvi vai tee", "Otatko kahvia vai teetä?", "almost"),
    ("tanaan saa on kylma", "Tänään sää on kylmä.", "almost"),
    ("mitä teet huomenna", "Mitä teit viikonloppuna?", "wrong"),
    ("mikä tuote tämä on", "Missä hyllyvälissä tuote on?", "wrong"),
])
def test_forms_and_slips_are_no_replacement(answer: str, model: str, verdict: str) -> None:
    j = judge(answer, [model], strict=("another_word", "synonyms", "word_order"))
    assert j.verdict == verdict
