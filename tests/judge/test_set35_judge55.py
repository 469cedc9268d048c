"""Set 35's rows both trainers graded one way and the judge another (issue 12, judge55), read
as general kinds, each with fresh answers on the bundled lessons beside answers that must
stay as they were:

- speech's forms: the -maan form with its -ma- and -n dropped after a verb of going ("mä
  meen kattoo Helmii": word_rules.maan_said_after_going) and -einen, -oinen said -enen,
  -onen ("viimesen": normalise's sounds);
- a clock time asked (clock_time.py): a length of time said for it is wrong, an hour said
  bare after a verb almost;
- another social act said alone where the step asks one (courtesy.another_act): "ole hyvä"
  for thanks is wrong;
- a synonym of the asked part in any form names it (asked_part), and a compound said in two
  words with a slip is a slip of that word (compare)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.engine.feedback import almost_fi
from valkky.judge import judge
from valkky.judge.normalise import sounds_restored
from valkky.testing.table import as_table


@as_table(("step", "answer"), [
    ("hoiva-ohjeet kenet", "mä meen kattoo Helmii"),
    ("hoiva-ohjeet kenet", "menen kattoo Helmiä"),
    ("hoiva-ohjeet kenet", "mä meen nyt kattoo Helmii"),
    ("hoiva-asukas kipu", "mä meen hakee hoitajan"),
    ("hoiva-asukas kipu", "menen kertoo hoitajalle"),
    ("ravintola-asiakas kokki", "hetkinen mä meen kysyy kokilta"),
    ("autoala-turvallisuus huuhtele", "mä meen huuhtelee silmät"),
])
def test_the_maan_form_said_short_after_going_is_right(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"


@as_table(("step", "answer", "verdict"), [
    ("kauppa-raportti kaatui", "mä meen auttaa", "almost"),  # the dictionary form: a slip
    ("hoiva-ohjeet kenet", "Helmi kattoo", "almost"),  # no verb of going before it
    ("hoiva-ohjeet kenet", "mä meen kattoo", "almost"),  # whom left out
    ("hoiva-asukas kipu", "hakee hoitajan", "almost"),
])
def test_without_going_or_as_the_dictionary_form_it_stays_a_slip(step: str, answer: str,
                                                                 verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("said", "read"), [
    ("viimesen", "viimeisen"), ("viimenen", "viimeinen"), ("viimesessä", "viimeisessä"),
    ("semmosen", "semmoisen"), ("jokasen", "jokaisen"), ("ensimmäsen", "ensimmäisen"),
    # not a first syllable's diphthong, nor a long vowel said short
    ("tosen", "tosen"), ("tonen", "tonen"), ("koneseen", "koneseen"),
    ("huoneseen", "huoneseen"), ("pesen", "pesen"),
])
def test_einen_said_enen_is_read_only_past_the_first_syllable(said: str, read: str) -> None:
    assert sounds_restored(said) == read


@as_table(("step", "answer", "verdict"), [
    ("yleinen-lukeminen step-4", "mä tarkistan viimesen käyttöpäivän", "correct"),
    ("kauppa-ohjeet jauheliha", "viimenen käyttöpäivä meni", "correct"),
    ("valmistus-raportti step-6", "älä laita kättä koneseen", "almost"),
])
def test_spoken_einen_in_answers(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("step", "answer"), [
    ("elintarvike-kartoitus a1-aika", "kymmenen minuuttia"),
    ("elintarvike-kartoitus a1-aika", "kymmenen minuutin päästä"),
    ("varasto-kartoitus a1-aika", "kymmenen tuntia"),
    ("siivous-kartoitus a1-aika", "kuusi minuutin päästä"),
    ("kauppa-ohjeet aukeaa", "8 minuuttia"),
    ("yleinen-numerot kysy-tauko", "tauko alkaa kymmenen minuutin päästä"),
    ("yleinen-tyovuoro alkaa", "kuusi tuntia"),
])
def test_a_length_of_time_for_a_clock_time_is_wrong(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "wrong"


@as_table(("step", "answer"), [
    ("elintarvike-kartoitus a1-aika", "kymmenen"),  # the hour alone answers "mihin aikaan?"
    ("elintarvike-kartoitus a1-aika", "kello kymmenen"),
    ("elintarvike-kartoitus a1-aika", "linja pysähtyy kymmeneltä"),
    ("elintarvike-kartoitus a1-aika", "linja pysähtyy klo 10"),
    ("elintarvike-kartoitus a1-aika", "linja pysähtyy 10.00"),
    ("varasto-ohjeet auto", "auto tulee puoli kolme"),  # a half is said without kello
    ("yleinen-kahvitauko kysy-palaa", "palaan yhdeksän viistoista"),  # with its minutes
    ("yleinen-numerot kysy-loppuu", "vuoro loppuu neljätoista kolkyt"),
    ("siivous-asiakas kokous.4", "tulen kymmenen minuutin päästä"),  # the step's own length
    ("hoiva-ohjeet vuoro", "iltavuoro ja menen linjalle kolme"),  # a place by its number
    ("autoala-asiakas milloin-valmis", "auto on valmis yhdeltätoista, ei kymmenen"),
])
def test_a_clock_time_said_as_finns_say_it_stays_right(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"


@as_table(("step", "answer", "hour"), [
    ("elintarvike-kartoitus a1-aika", "linja pysähtyy kymmenen", "kymmenen"),
    ("elintarvike-kartoitus a1-aika", "se pysähtyy 10", "kymmenen"),
    ("varasto-kartoitus a1-aika", "rekka tulee kymmenen", "kymmenen"),
    ("rakennus-kartoitus a1-aika", "tauko alkaa yhdeksän", "yhdeksän"),
    ("yleinen-tyovuoro alkaa", "aamuvuoro alkaa kuusi", "kuusi"),
    ("autoala-kartoitus a1-aika", "auto on valmis kolme", "kolme"),
])
def test_an_hour_said_bare_after_a_verb_is_almost(step: str, answer: str, hour: str) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason) == ("almost", "word_form")
    assert almost_fi(j) == f"Melkein! Sano kello {hour}, ei {hour}."


def test_a_span_of_hours_is_read_whole() -> None:
    # time_range judges the span's end alone: no answer as written
    assert judge("vuoro on kuudesta kahteen", ["vuoro loppuu kello kaksi", "kahdelta"]
                 ).verdict == "correct"


@as_table(("step", "answer"), [
    ("yleinen-tyovuoro lauantai.4", "ole hyvä"),
    ("yleinen-tyovuoro lauantai.4", "olkaa hyvä"),
    ("yleinen-apua esimies.6", "ole hyvä"),
    ("yleinen-apua esimies.6", "ei kestä"),
    ("yleinen-kahvitauko tauko.2", "ei kestä"),  # offered coffee: "you're welcome"
    ("rakennus-tyonjohtaja aamu.6", "olkaa hyvä"),
])
def test_another_social_act_alone_is_wrong(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "wrong"


@as_table(("step", "answer"), [
    ("yleinen-tyovuoro lauantai.4", "kiitos"),
    ("yleinen-tyovuoro lauantai.4", "kiitti"),
    ("yleinen-tyovuoro lauantai.4", "anteeksi"),  # an accepted answer says the act
    ("yleinen-apua esimies.6", "kiitos paljon"),
    ("yleinen-tarkistaminen varasto.8", "ole hyvä"),  # the step's own
    ("hoiva-asukas pukeutuminen.8", "olkaa hyvä"),
])
def test_the_steps_own_act_stays_right(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"


@as_table(("step", "answer", "verdict"), [
    ("valmistus-turvallisuus kysy-suojaimet", "käytän korvatulppia", "correct"),
    ("rakennus-turvallisuus kysy-kuulosuojaimet", "käytän korvatulppia", "correct"),
    ("valmistus-turvallisuus kysy-suojaimet", "käytän suojalaseja", "wrong"),
])
def test_a_synonym_names_the_asked_part(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("step", "answer", "verdict", "reason"), [
    ("autoala-tyomaarays momentti", "sata kymmenen newtoni metriä", "almost", "typo"),
    ("autoala-tyomaarays momentti", "satakymmenen newton metriä", "correct", None),
    ("autoala-tyomaarays momentti", "satakymmenen newtonia", "almost", "mistake"),
    ("metalli-tyokalut avaa", "jakoavaimen ja hanskat", "almost", "word_form"),
])
def test_a_compound_said_in_two_words_with_a_slip(step: str, answer: str, verdict: str,
                                                 reason: str | None) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason) == (verdict, reason)


@as_table(("step", "answer", "verdict"), [
    ("hoiva-asukas juoma", "haluatteko kahvi vai tee", "almost"),
    ("yleinen-tyoturvallisuuskortti step-11", "kova hattu", "almost"),
    ("yleinen-tyoturvallisuuskortti step-11", "laitan kovan hatun päähän", "almost"),
    ("siivous-turvallisuus silmat", "lasit", "almost"),
    ("siivous-turvallisuus silmat", "suojalasit", "correct"),
    ("rakennus-turvallisuus kysy-suojalasit", "laitan lasit silmille", "correct"),
    ("yleinen-perehdytys step-7", "laita turvakenkä jalkaan", "almost"),
    ("yleinen-perehdytys step-7", "laita turvakengät jalkaan", "correct"),
])
def test_the_lessons_own_mends(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
