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
