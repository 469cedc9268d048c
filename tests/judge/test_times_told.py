"""Times told where a step foresees or asks none: a foreseen mistake that is only a time, said
more exactly (open_deeds._a_time_told: "huomenna aamulla" where the step foresees
"huomenna"); a time told of a thing to an open question that asks what is done; a later
time told where the examples report what happened."""

from __future__ import annotations

from tests.judge.agreement import tasks
from tests.judge.golden import step_arguments
from valkky.judge import Judgement, judge
from valkky.testing.table import as_table


def _judged(step: str, answer: str) -> Judgement:
    task, options = tasks()[step]
    return judge(answer, task.accept, **step_arguments(task, options))


@as_table(("step", "answer", "verdict"), [
    # the mistake's time told more exactly: that mistake (the closed steps' were wrong
    # before by their words; the open one's was any answer in Finnish words, right)
    ("hoiva-raportti hoitaja.4", "huomenna aamulla", "wrong"),
    ("hoiva-raportti hoitaja.4", "huomenna kello seitsemän", "wrong"),
    ("hoiva-raportti hoitaja.4", "eilen illalla", "wrong"),
    ("hoiva-raportti hoitaja.4", "eilen kello 7", "wrong"),
    ("hoiva-raportti hoitaja.4", "eilen noin kello seitsemän", "wrong"),
    ("hoiva-raportti hoitaja.4", "huomenna noin kello kymmenen", "wrong"),
    ("yleinen-sairastuminen step-19", "tänään illalla", "wrong"),
    ("kauppa-ohjeet vuoro-alkaa", "kello seitsemän aamulla", "wrong"),
    # the step's own time, the mistake said no to, or words other than a time: as before
    ("hoiva-raportti hoitaja.4", "aamulla kello seitsemän", "correct"),
    ("hoiva-raportti hoitaja.4", "ei huomenna vaan äsken", "correct"),
    ("hoiva-raportti hoitaja.4", "äsken aamulla", "correct"),
    ("yleinen-sairastuminen step-19", "huomenna aamulla", "correct"),
    ("kauppa-ohjeet vuoro-alkaa", "kello kaksi iltapäivällä", "correct"),
])
def test_a_time_mistake_told_more_exactly_is_that_mistake(step: str, answer: str,
                                                          verdict: str) -> None:
    j = _judged(step, answer)
    assert j.verdict == verdict, (j.verdict, j.reason)
    if verdict == "wrong" and step == "hoiva-raportti hoitaja.4":  # an open step: its reply
        assert j.matched in ("huomenna", "eilen")


@as_table(("answer", "verdict"), [
    # a time told of a thing, to "Mitä teet tauolla?", whose examples name no time: when,
    # not what (open_answers._a_time_told_of_a_thing)
    ("tauko on kello kaksitoista", "wrong"),
    ("kello kaksitoista on tauko", "wrong"),
    ("se kestää puoli tuntia", "wrong"),
    ("tauko alkaa kahdeltatoista", "wrong"),
    ("se alkaa kahdeltatoista", "wrong"),
    ("se kestää tunnin", "wrong"),
    # a deed, a place, or a thing said of the break that is no time: as before (review)
    ("olen taukohuoneessa puoli tuntia", "correct"),
    ("olen kahvilassa kymmenen minuuttia", "correct"),
    ("juon kahvia kello kaksitoista", "correct"),
    ("kahdeltatoista syön eväitä", "correct"),
    ("tauko on kiva", "correct"),
    ("rukoilen", "correct"),
])
def test_a_time_told_of_a_thing_answers_no_what(answer: str, verdict: str) -> None:
    assert _judged("yleinen-tyovuoro step-13", answer).verdict == verdict


@as_table(("step", "answer"), [
    # a measure, a place or what happened, told with a time or a number: no time told of a
    # thing, no plan (the review of stop 40: each was wrong on the first try)
    ("yleinen-sairastuminen puhelu.6", "kuume on 38 astetta"),
    ("yleinen-sairastuminen puhelu.6", "kuume on kolmekymmentäyhdeksän"),
    ("yleinen-perehdytys samir.4", "se on kymmenen metrin päässä"),
    ("yleinen-lahelta-piti ilmoitus.8", "se oli lastauslaiturilla kello kymmenen"),
    ("yleinen-lahelta-piti ilmoitus.8", "se oli käytävällä aamulla"),
    ("yleinen-lahelta-piti ilmoitus.8", "se on lastauslaiturilla, korjataan huomenna"),
    ("yleinen-kahvitauko tauko.6", "olin töissä lauantaina"),
    ("yleinen-kahvitauko tauko.6", "en tehnyt mitään, huomenna menen töihin"),
    ("yleinen-kahvitauko tauko.6", "olen ollut kotona ja huomenna menen töihin"),
    ("yleinen-kahvitauko tauko.6", "oon ollu kotona, huomenna töihin"),
    ("autoala-raportti pasi.2", "auto on tippunut tunkilta, korjataan huomenna"),
    ("hoiva-raportti raportti", "aino on kaatunut, lääkäri tulee huomenna"),
    ("siivous-raportti asiakas.4", "pyyhin pöytää, maljakko on rikki, korvataan se myöhemmin"),
    ("ravintola-raportti antti.6", "ensi kerralla luen tilauksen tarkemmin"),
])
def test_a_measure_a_place_or_what_happened_stays_right(step: str, answer: str) -> None:
    assert _judged(step, answer).verdict == "correct"


@as_table(("answer", "verdict"), [
    # a later time to "Mitä teit viikonloppuna?", whose examples tell what happened: a plan,
    # another question's answer (open_answers._a_plan_for_a_report)
    ("menen huomenna kauppaan", "wrong"),
    ("ensi viikolla menen uimaan", "wrong"),
    ("huomenna olen kotona", "wrong"),
    ("ens viikolla meen mökille", "wrong"),
    # what happened, also with a plan after it, or no time said: as before
    ("kävin kaupassa, huomenna menen uimaan", "correct"),
    ("olin kotona", "correct"),
    ("lepäsin ja nukuin", "correct"),
])
def test_a_plan_told_for_a_report_is_wrong(answer: str, verdict: str) -> None:
    assert _judged("yleinen-kahvitauko tauko.6", answer).verdict == verdict
