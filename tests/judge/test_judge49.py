"""judge49 (issue 12): a self-repair that ends on a foreseen mistake gives that mistake's
own judgement and reply; a report told to someone the step does not name; a dialogue turn
that says again what an earlier turn named a mistake. Fresh answers on the bundled
lessons' real steps, probed before the change (the verdict then is noted where it moved),
beside the near cases that stay as they were."""

from __future__ import annotations

from tests.judge.golden import judged_on, tasks
from valkky.engine.feedback import after_verdict, almost_fi
from valkky.testing.table import as_table

_FORMS = ("{h}, ei, {m}", "{h} eiku {m}", "{h} ei kun {m}", "{h} ei ku {m}",
          "{h} tai siis {m}", "{h}, anteeksi, {m}", "{h}. Ei, {m}")


def _reply(step: str, answer: str) -> str:
    task, _ = tasks()[step]
    j = judged_on(step, answer)
    replies = after_verdict(j, task, last=False, right=task.accept[0], almost=almost_fi)
    return " ".join((r.reaction.say if r.reaction else r.say) or "" for r in replies)


# 1. A self-repair that ends on a foreseen mistake is that mistake: its verdict, its
# reason, its matched key (which gives the trainer's reply). Before: (was …).
@as_table(("step", "head", "mistake"), [
    ("metalli-ohjeet kone", "painan hätäseistä", "jatkan työtä"),
    ("metalli-ohjeet kone", "pysäytän koneen ja ilmoitan työnjohtajalle", "korjaan sen itse"),
    ("metalli-ohjeet kone", "jatkan työtä", "pysäytän koneen"),  # the slip after a wrong
    ("metalli-ohjeet kone", "korjaan sen itse", "pysäytän koneen ja kerron työkaverille"),
    ("kauppa-turvallisuus lue-paivays", "ei voi", "voi"),  # (was correct, answer_inside)
    ("kauppa-turvallisuus lue-paivays", "ei voi", "saa"),  # (was correct)
    ("kauppa-turvallisuus lue-paivays", "ei voi", "kyllä"),  # (was correct / almost)
    ("kauppa-turvallisuus lue-paivays", "ei voi", "kyllä voi"),  # (was correct / wrong)
    ("yleinen-tyovuoro lauantai.2", "valitettavasti en voi", "voin"),  # (was almost)
    ("yleinen-tyovuoro lauantai.2", "valitettavasti en voi", "kyllä voin"),  # (was wrong)
    ("yleinen-kahvitauko tauko.8", "voi ei", "kiva"),  # (was correct / almost)
    ("autoala-asiakas kerro-vika", "jarrupalat ovat kuluneet", "jarrut ovat kuluneet"),
    ("autoala-raportti mennyt", "auto putosi tunkilta", "auto tippui tunkilta"),
    ("autoala-turvallisuus tukipukit", "tukipukit", "tuet"),  # (was wrong, opposite)
    ("autoala-tyomaarays paine", "kaksi pilkku kolme baria", "kaksi kolme"),
    ("elintarvike-hygienia sairas", "soitan esihenkilölle", "menen lääkäriin"),
    ("ravintola-hygienia allergia", "kysyn", "en tiedä"),  # (was almost, missing_words)
    ("ravintola-asiakas kokki", "hetkinen, kysyn kokilta", "en tiedä"),  # (was almost)
    ("rakennus-turvallisuus step-22", "siivoan", "en tee mitään"),  # (was wrong, opposite)
    ("kauppa-raportti kaatuminen.8", "selvä", "en tuo"),  # (was wrong, opposite)
    ("hoiva-raportti hoitaja.6", "häneen sattuu lonkkaan", "ei"),  # (was wrong, opposite)
    ("ravintola-raportti noora", "käytä eri leikkuulautaa raa'alle lihalle",
     "älä vaihda lautaa"),  # (was wrong, negation)
])
def test_a_repair_ending_on_a_foreseen_mistake_is_it(step: str, head: str,
                                                     mistake: str) -> None:
    alone = judged_on(step, mistake)
    assert alone.reason == "mistake"
    for form in _FORMS:
        answer = form.format(h=head, m=mistake)
        j = judged_on(step, answer)
        assert (j.verdict, j.reason, j.matched) == (alone.verdict, alone.reason,
                                                    alone.matched), answer
        assert _reply(step, answer) == _reply(step, mistake), answer


# … the repair into the right answer stays right; a no that takes nothing back beside a
# right deed stays both said (judge47); a lone no after a full no stays correct
@as_table(("step", "answer", "verdict"), [
    ("metalli-ohjeet kone", "jatkan työtä eiku pysäytän koneen ja ilmoitan työnjohtajalle",
     "correct"),
    ("metalli-ohjeet kone", "jatkan työtä, ei, pysäytän koneen ja ilmoitan työnjohtajalle",
     "correct"),
    ("kauppa-turvallisuus lue-paivays", "kyllä voi, ei, ei voi", "correct"),
    ("kauppa-turvallisuus lue-paivays", "voi eiku ei voi", "almost"),  # ("voi" read as oh)
    ("yleinen-tyovuoro lauantai.2", "voin eiku valitettavasti en voi", "correct"),
    ("yleinen-tyovuoro lauantai.2", "valitettavasti en voi, ei, ei", "correct"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle eiku en korjaa sitä itse", "correct"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle eiku en käytä sitä", "correct"),
    ("varasto-ohjeet hylly", "ilmoitan esimiehelle, ei, en käytä hyllyä", "correct"),
    ("siivous-kartoitus a1-aika", "seitsemältä eiku kuudelta", "correct"),
    ("siivous-kartoitus a1-aika", "kuudelta eiku seitsemältä", "wrong"),
])
def test_repairs_that_stay(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
