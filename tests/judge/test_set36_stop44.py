"""Set 36's rows both trainers graded one way and the judge another (issue 12, stop 44),
read as general kinds, each with fresh answers on the bundled lessons beside answers that
must stay as they were:

- a fuller accepted answer said word for word with a noun's place in a case of another
  direction ("haen avaimen toimistossa"), or a number left in the nominative before its
  noun ("kolmas kerroksessa"): almost, that answer named (forms_allowed);
- a question told as one's own deed with its pronoun ("minä nukuin hyvin" for "nukuitteko
  hyvin?"): wrong (question_told: "minä" is no question word there);
- an open answer that says no to using a thing a wrong mistake says to keep using ("et
  tarvitse kypärää" beside the mistake "älä käytä kypärää"): wrong (SAFETY);
- a number's genitive before its noun is no whole object a must makes nominative ("pitää
  kiristää sata kilometrin jälkeen"): almost."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.engine.feedback import almost_fi
from valkky.testing.table import as_table


@as_table(("step", "answer", "said"), [
    ("yleinen-puhekieli aamu.6", "haen avaimen toimistossa", "haen avaimen toimistosta"),
    ("yleinen-puhekieli aamu.6", "selvä haen avaimen toimistossa",
     "selvä haen avaimen toimistosta"),
    ("yleinen-puhekieli aamu.6", "menen toimistossa", "menen toimistoon"),
    ("rakennus-ohjeet ensin", "haen kipsilevyt kontissa", "haen kipsilevyt kontista"),
    ("rakennus-ohjeet ensin", "käyn hakemassa kipsilevyt kontissa",
     "käyn hakemassa kipsilevyt kontista"),
    ("rakennus-ohjeet maarays", "kolmas kerroksessa", "kolmannessa kerroksessa"),
    ("rakennus-ohjeet maarays", "se on kolmas kerroksessa", "se on kolmannessa kerroksessa"),
])
def test_a_fuller_answer_with_a_case_slipped_is_almost(step: str, answer: str,
                                                      said: str) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason) == ("almost", "word_form")
    assert almost_fi(j) == f"Oikea sana! Sano näin: {said}."


@as_table(("step", "answer"), [
    ("yleinen-puhekieli aamu.6", "haen avaimen toimistosta"),
    ("yleinen-puhekieli aamu.6", "haen avaimen toimistolta"),  # the same direction
    ("yleinen-puhekieli aamu.6", "haen avaimen"),
    ("rakennus-ohjeet maarays", "kolmas"),
    ("rakennus-ohjeet maarays", "kolmas kerros"),
    ("rakennus-ohjeet maarays", "kolmannessa kerroksessa"),
    ("autoala-tyomaarays asiakkaalle", "pultit pitää kiristää sadan kilometrin jälkeen"),
])
def test_the_right_forms_stay_right(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"


@as_table(("step", "answer"), [
    ("yleinen-puhekieli aamu.6", "haen avaimen kaapissa"),  # another place: its mistake
    ("rakennus-ohjeet ensin", "haen kipsilevyt varastossa"),
])
def test_another_place_stays_wrong(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "wrong"


def test_a_numbers_genitive_before_its_noun_is_no_object_of_a_must() -> None:
    j = judged_on("autoala-tyomaarays asiakkaalle",
                  "Pultit pitää kiristää uudelleen sata kilometrin jälkeen.")
    assert (j.verdict, j.reason) == ("almost", "word_form")


@as_table(("step", "answer"), [
    ("hoiva-asukas aamu.4", "minä nukuin hyvin"),
    ("hoiva-asukas aamu.4", "nukuin hyvin"),
    ("hoiva-asukas nukkui", "minä nukuin hyvin"),
])
def test_telling_of_oneself_where_the_step_asks_is_wrong(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "wrong"


@as_table(("step", "answer", "verdict"), [
    ("hoiva-asukas aamu.4", "nukuitteko hyvin", "correct"),
    ("hoiva-asukas aamu.4", "nukuit hyvin?", "almost"),  # asked, its -ko left out
    ("hoiva-asukas pukeutuminen.6", "haluat kahvia vai teetä", "almost"),  # "you" kept
    ("hoiva-kartoitus a1-toista", "Hyvää huomenta! Nukuitko hyvin?", "correct"),
])
def test_a_question_slipped_stays_as_it_was(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table("answer", [
    "et tarvitse kypärää",
    "kypärä on turha",
    "kypärää ei tarvita",
    "älä käytä kypärää",  # the mistake itself
])
def test_an_open_answer_that_refuses_a_protection_a_mistake_keeps_is_wrong(answer: str
                                                                          ) -> None:
    assert judged_on("yleinen-perehdytys samir.8", answer).verdict == "wrong"


@as_table("answer", [
    "käytä kypärää",
    "muista kypärä",
    "käytä aina suojalaseja",
    "älä juokse hallissa",
])
def test_an_open_answer_that_keeps_it_stays_right(answer: str) -> None:
    assert judged_on("yleinen-perehdytys samir.8", answer).verdict == "correct"


def test_lifting_alone_with_the_legs_is_still_lifting_alone() -> None:
    j = judged_on("kauppa-turvallisuus nosto", "nostan jaloilla")
    assert (j.verdict, j.reason) == ("wrong", "mistake")
    assert judged_on("kauppa-turvallisuus nosto", "pyydän apua ja nostan jaloilla").verdict \
        == "correct"


@as_table(("step", "answer", "said"), [
    # a place's "ei ole" takes its thing in the partitive, however an accepted answer
    # orders the same words ("reiän mitta ei ole piirustuksessa" is right)
    ("metalli-esimies tyomaarays.6", "piirustuksessa ei ole reiän mitta",
     "Melkein! Sano mittaa, ei mitta."),
    ("rakennus-tyonjohtaja kysy-puuttuu", "kontissa ei ole kipsilevyt",
     "Melkein! Sano kipsilevyjä, ei kipsilevyt."),
    ("varasto-keraily ongelma.2", "hyllyssä ei ole kahvi", "Melkein! Sano kahvia, ei kahvi."),
])
def test_a_thing_a_place_is_without_said_in_the_nominative_is_almost(step: str, answer: str,
                                                                    said: str) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason) == ("almost", "word_form")
    assert almost_fi(j) == said


@as_table(("step", "answer"), [
    ("metalli-esimies tyomaarays.6", "reiän mitta ei ole piirustuksessa"),
    ("metalli-esimies tyomaarays.6", "piirustuksessa ei ole reiän mittaa"),
    ("rakennus-tyonjohtaja kysy-puuttuu", "kontissa ei ole kipsilevyjä"),
    ("varasto-keraily ongelma.2", "kahvi ei ole hyllyssä"),
])
def test_the_thing_in_its_place_stays_right(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"


@as_table(("answer", "verdict"), [
    ("minä olen perheen kanssa", "almost"),  # the weekend told as now
    ("olen kotona", "almost"),
    ("olin kotona", "correct"),
    ("sää on hyvä", "correct"),  # a state that may hold still
    ("olin kotona, nyt olen väsynyt", "correct"),
])
def test_the_learners_own_olla_told_as_now_in_a_report(answer: str, verdict: str) -> None:
    assert judged_on("yleinen-kahvitauko tauko.6", answer).verdict == verdict


@as_table(("answer", "verdict"), [
    ("yksi lava on rikkinen", "almost"),  # made from "rikki", not "rikkinäinen" missed
    ("lava on rikkinen", "almost"),
    ("yksi lava on rikki", "correct"),
])
def test_a_word_made_up_on_the_expected_word_is_a_try_at_it(answer: str, verdict: str
                                                           ) -> None:
    assert judged_on("varasto-turvallisuus ilmoita-esimiehelle", answer).verdict == verdict


@as_table(("answer", "verdict"), [
    # the yes parts around the model's no, in their order: half the sentence
    ("Jos jarruneste vuotaa, kerro työnjohtajalle.", "almost"),
    # what the no is said of, said with a yes: the opposite
    ("Jos jarruneste vuotaa, anna autoa asiakkaalle.", "wrong"),
    ("anna auto asiakkaalle ja kerro työnjohtajalle", "wrong"),
])
def test_a_repeat_without_its_no_clause(answer: str, verdict: str) -> None:
    assert judged_on("autoala-kartoitus b1-toista", answer).verdict == verdict


@as_table(("step", "answer", "verdict"), [
    # "yks" before a noun where the step counts nothing: speech's "a"
    ("kauppa-kartoitus b1-tapahtui",
     "yks asiakas kaatu märällä lattialla, mut hänelle ei käyny mitään", "correct"),
    ("varasto-turvallisuus ilmoita-esimiehelle", "yks lava on rikki", "correct"),
    # another count stays another count
    ("kauppa-kartoitus b1-tapahtui", "kaksi asiakasta liukastui", "wrong"),
])
def test_one_before_a_noun_where_nothing_is_counted(step: str, answer: str,
                                                    verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("answer", "verdict"), [
    # "teidän" before the listener's own thing, said without the noun's suffix
    ("tässä on teidän tossut, laitetaan ne jalkaan", "correct"),
    ("tässä on teidän tossut", "correct"),
    ("tässä on tossut", "correct"),
])
def test_your_thing_said_as_speech_says_it(answer: str, verdict: str) -> None:
    assert judged_on("hoiva-asukas aamu.8", answer).verdict == verdict


# Older sets' rows both trainers graded one way (stop 44): a shorter accepted answer said
# with a synonym among more words; "I don't know" said with how unsure.

@as_table(("step", "answer", "verdict"), [
    ("metalli-turvallisuus kasineet-pois", "mä riisun hanskat ennen poraamista", "correct"),
    ("metalli-turvallisuus kasineet-pois", "minä riisun hanskat", "correct"),
    ("metalli-turvallisuus kasineet-pois", "mä pidän hanskat ennen poraamista", "wrong"),
    ("ravintola-asiakas allergia.6", "en tiedä varmasti, mä käyn kysymässä keittiöstä",
     "correct"),
    ("ravintola-asiakas allergia.6", "en tiedä varmasti", "wrong"),  # no answer
    ("ravintola-asiakas allergia.6", "en tiedä varmasti, ei siinä ole", "wrong"),  # a guess
])
def test_older_sets_rows(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("answer", "verdict"), [
    ("kolme ysiysi", "correct"),  # the cents digit by digit, as Finns say a price
    ("kolme yhdeksän yhdeksän", "correct"),
    ("kolme ysiysi euroa", "correct"),
    ("kolme yhdeksänkymmentä", "wrong"),  # another price
    ("ysiysi", "wrong"),  # no euros said before it
])
def test_a_prices_cents_said_digit_by_digit(answer: str, verdict: str) -> None:
    assert judged_on("kauppa-ohjeet hinta", answer).verdict == verdict


@as_table(("step", "answer", "verdict", "reason"), [
    # an almost mistake said without its join is that mistake
    ("rakennus-raportti timo.6", "tuuli puhalsi", "almost", "mistake"),
    ("rakennus-raportti timo.6", "jalkalista puuttui", "correct", None),
    # one-word almost mistakes said together, frame words aside
    ("kauppa-raportti toimitus.2", "joo, se tuli", "almost", "mistake"),
    ("kauppa-raportti toimitus.2", "se tuli", "almost", "mistake"),
    ("kauppa-raportti toimitus.2", "joo, kaikki oli kunnossa", "wrong", "mistake"),
])
def test_almost_mistakes_said_another_way(step: str, answer: str, verdict: str,
                                          reason: str | None) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason) == (verdict, reason)


# review57's findings on the day's rules: each held to the way a trainer grades it

@as_table(("step", "answer", "verdict"), [
    # "saa" for "voi" only as a permission's answer: a danger that can happen is none
    ("ravintola-asiakas maksu.4", "kyllä saa maksaa kortilla", "correct"),
    ("rakennus-kartoitus b1-miksi", "koska jotain saa pudota päähän", "wrong"),
    ("kauppa-kartoitus b1-miksi", "saa sattua onnettomuus", "wrong"),
    ("yleinen-kahvitauko tauko.8", "no saa", "wrong"),
    ("kauppa-raportti kaatui", "kysyn, miten hän saa", "wrong"),
    # "yksi" before a noun stays a count where the step counts
    ("metalli-esimies tyomaarays.8", "yks milli kiitos", "wrong"),
    ("metalli-kartoitus b1-vika", "kappale on yksi milli liian pitkä", "wrong"),
    ("yleinen-numerot tauko.4", "kello yksi kiitos", "wrong"),
    ("varasto-kartoitus a2-puuttuu", "yksi laatikko maitoa puuttuu", "wrong"),
    # a fall's place is where it ends or where it happens alike
    ("kauppa-raportti pullo.2", "pullo hajosi lattialla", "correct"),
    ("hoiva-raportti hoitaja.2", "aino kaatui lattialla", "correct"),
    # "olen" with its participle, a habit or a state now
    ("yleinen-kahvitauko tauko.6", "olen koko viikonlopun ollut kotona", "correct"),
    ("yleinen-kahvitauko tauko.6", "olen aina perheen kanssa viikonloppuna", "correct"),
    ("yleinen-kahvitauko tauko.6", "olen nyt tosi väsynyt", "correct"),
])
def test_the_days_rules_where_review57_found_them_wrong(step: str, answer: str,
                                                        verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


def test_a_state_had_keeps_its_nominative_under_a_no() -> None:
    from valkky.judge.form_slips import slip
    assert slip(["minulla", "ei", "ole", "nälkä"]) is None
    assert slip(["minulla", "ei", "ole", "jano"]) is None
    assert slip(["minulla", "ei", "ole", "aika"]) == (3, "partitive")


@as_table(("step", "answer", "said"), [
    # an open answer that is an example but for one slipped word: its adverb left out, or
    # a pair said as one
    ("siivous-raportti asiakas.6", "kerron esimies", "Melkein! Sano esimiehelle, ei esimies."),
    ("metalli-raportti ville", "riisu käsine", "Oikea sana! Sano näin: riisu käsineet."),
])
def test_an_open_answers_one_word_slipped(step: str, answer: str, said: str) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason) == ("almost", "word_form")
    assert almost_fi(j) == said


@as_table(("step", "answer"), [
    ("siivous-raportti asiakas.6", "kerron esimiehelle"),
    ("siivous-raportti asiakas.6", "kerron heti esimiehelle"),
    ("metalli-raportti ville", "riisu käsineet"),
    ("metalli-raportti ville", "riisu toinen käsine"),  # one of the pair
])
def test_an_open_answer_with_its_forms_stays_right(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"


@as_table(("step", "answer", "verdict"), [
    # review58: a yes beside a no is no pair of almost mistakes; a lesson learned and a rule
    # said now stay as they were; a near miss said again as a plan is wrong (judge57: was almost)
    ("yleinen-tyovuoro lauantai.2", "kyllä en", "wrong"),
    ("ravintola-raportti antti.6", "seuraavalla kerralla luen tilauksen tarkemmin", "correct"),
    ("rakennus-raportti timo.2", "teline pitää korjata", "correct"),
    # (judge57, SAFETY: the near miss said again as a plan is wrong now, fault_again — a
    # trainer: wrong for "ensi kerralla annan pähkinäkakun allergiselle asiakkaalle")
    ("ravintola-raportti antti.2", "ensi kerralla laitan pähkinää", "wrong"),
])
def test_what_review58_found(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
