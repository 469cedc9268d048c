"""The part the question asks for, left out (issue 12, judge50; valkky/judge/asked_part.py):
a sentence that is part of a longer accepted answer, or right with an object pronoun for the
thing, but says none of the step's one-word answers (the thing, time, place or amount asked
for) is wrong, not "a good start". Probed on the bundled lessons' real steps; each row notes
the verdict it had before where it moved. A half answer that keeps the asked-for part keeps
its verdict, and so does the verb alone of a thing asked for ("haen", a start)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table


@as_table(("step", "answer", "verdict"), [
    ("metalli-ohjeet jakoavain", "haen hyllystä", "wrong"),  # was almost
    ("metalli-ohjeet jakoavain", "haen sen hyllystä", "wrong"),  # was correct
    ("metalli-ohjeet jakoavain", "haen sen", "wrong"),  # was correct
    ("metalli-ohjeet jakoavain", "haen", "almost"),
    ("metalli-ohjeet jakoavain", "hyllystä", "almost"),
    ("metalli-ohjeet jakoavain", "jakoavain hyllystä", "correct"),
    ("metalli-ohjeet jakoavain", "haen jakoavaimen", "correct"),
    ("metalli-ohjeet jakoavain", "menen hyllylle", "wrong"),
    ("elintarvike-kartoitus a1-aika", "linja pysähtyy", "wrong"),  # was almost
    ("elintarvike-kartoitus a1-aika", "linja pysähtyy kello", "wrong"),
    ("elintarvike-kartoitus a1-aika", "kello kymmenen", "correct"),
    ("elintarvike-kartoitus a1-aika", "linja pysähtyy kymmeneltä", "correct"),
    ("elintarvike-kartoitus a1-aika", "se pysähtyy", "wrong"),
    ("elintarvike-kartoitus a1-aika", "pysähtyy kello kymmenen", "correct"),
    ("autoala-kartoitus a1-aika", "auto on valmis", "wrong"),  # was almost
    ("autoala-kartoitus a1-aika", "auto on valmis kello", "wrong"),
    ("autoala-kartoitus a1-aika", "se on valmis", "wrong"),  # was almost
    ("metalli-kartoitus a1-aika", "tauko on", "wrong"),  # was almost
    ("metalli-kartoitus a1-aika", "tauko on kello", "wrong"),
    ("ravintola-kartoitus a1-aika", "ravintola aukeaa", "wrong"),  # was almost
    ("varasto-kartoitus a1-aika", "rekka tulee", "wrong"),  # was almost
    ("varasto-kartoitus a1-aika", "rekka tulee kello", "wrong"),
    ("kauppa-kartoitus a1-aika", "kauppa aukeaa", "wrong"),  # was almost
    ("kauppa-kartoitus a1-aika", "se aukeaa", "wrong"),  # was almost
    ("rakennus-kartoitus a1-aika", "tauko alkaa", "wrong"),  # was almost
    ("hoiva-kartoitus a1-aika", "aamupala on", "wrong"),  # was almost
    ("valmistus-kartoitus a1-aika", "vuoro loppuu", "wrong"),  # was almost
    ("siivous-kartoitus a1-aika", "työ alkaa", "wrong"),  # was almost
    ("metalli-kartoitus a1-numero", "tarvitsemme pultteja", "wrong"),  # was almost
    ("metalli-kartoitus a1-numero", "tarvitsemme", "wrong"),
    ("metalli-kartoitus a1-numero", "pultteja", "almost"),
    ("metalli-kartoitus a2-missa", "kulmahiomakone on", "wrong"),  # was almost
    ("metalli-kartoitus a2-missa", "se on", "wrong"),
    ("rakennus-kartoitus a2-ensin", "tuon", "almost"),
    ("rakennus-kartoitus a2-ensin", "tuon ne", "wrong"),  # was correct
    ("varasto-kartoitus a2-ensin", "haen sen", "wrong"),  # was correct
    ("varasto-kartoitus a2-ensin", "haen ensin", "almost"),
    ("autoala-kartoitus a2-ensin", "laitan", "almost"),
    ("autoala-kartoitus a2-ensin", "laitan ne paikalleen", "correct"),
    ("autoala-kartoitus a2-ensin", "laitan ensin", "almost"),
    # a verb chain with its subject, the asked thing left out: a start (stop 40, set 30)
    ("autoala-kartoitus a2-asiakas", "hän haluaa vaihtaa", "almost"),
    ("autoala-kartoitus a2-asiakas", "asiakas haluaa vaihtaa", "almost"),
    ("autoala-kartoitus a2-asiakas", "hän haluaa", "wrong"),  # the question's verb alone
    ("autoala-kartoitus a2-asiakas", "hän haluaa vaihtaa autoon", "wrong"),
    ("autoala-kartoitus a2-asiakas", "hän haluaa sen", "wrong"),
    ("metalli-kartoitus a2-ensin", "mittaan", "correct"),
    ("metalli-ohjeet jakoavain", "haen ruuviavaimen hyllystä", "correct"),
    ("metalli-ohjeet jakoavain", "haen avaimen hyllystä", "almost"),
    ("metalli-ohjeet jakoavain", "haen jakoavaimen sieltä", "correct"),
    ("metalli-tyokalut reika", "otan sen", "wrong"),  # was correct
    ("metalli-tyokalut mittaa", "otan sen", "wrong"),  # was correct
    ("metalli-tyokalut avaa", "tarvitsen sen", "wrong"),  # was correct
    ("metalli-tyokalut avaa", "tarvitsen jakoavaimen", "correct"),
    ("varasto-kartoitus a1-aika", "rekka tulee kymmeneltä", "correct"),
    ("varasto-kartoitus a1-aika", "rekka tulee yhdeksältä", "wrong"),
    ("siivous-turvallisuus silmat", "lasit suojaa", "almost"),
    ("siivous-turvallisuus silmat", "ne suojaavat silmiä", "wrong"),
    ("siivous-turvallisuus silmat", "laitan ne", "correct"),
    ("hoiva-kartoitus a1-aika", "aamupala on kahdeksalta", "correct"),
    ("metalli-kartoitus a2-missa", "se on hyllyllä", "correct"),
    ("metalli-kartoitus a2-missa", "se on tuolla", "wrong"),
])
def test_the_asked_for_part_left_out(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# "Kuka korjaa telineen?": "korjaan sen itse" names no one who repairs (was almost), so the
# repair after a lone "ei," is wrong itself and decides (test_safety_judge45 held that it
# was nearly right and left the whole to other rules: wrong either way)
@as_table(("answer", "verdict", "rule"), [
    ("korjaan sen itse", "wrong", "mistake"),  # "minä korjaan sen itse" without its "minä"
    ("ilmoitan työnjohtajalle, ei, korjaan sen itse", "wrong", "repaired"),
    ("telineasentaja korjaa sen", "correct", "exact"),
])
def test_a_repair_that_leaves_out_who(answer: str, verdict: str, rule: str) -> None:
    j = judged_on("rakennus-raportti kuka-korjaa", answer)
    assert (j.verdict, j.rule) == (verdict, rule)
