"""Set 40's rows both trainers graded one way and the judge another (issue 12, stop 46),
read as general kinds, each with fresh answers on the bundled lessons beside answers that
must stay as they were:

- the learner's own state said alone where the step takes a reason alone for the call in
  sick ("minulla on kuumetta" beside "olen sairas" and "minulla on kuumetta, en pääse
  töihin"): right, with the state's slip almost (yes_with_no.reason_alone);
- the hour after "puoli" typed a letter off into no word ("puoli kolmi"): almost, a typo
  (number_form);
- an open question's story told without a verb ("laatikko jumissa" beside "laatikko
  jumittui liukuhihnaan"): a start, almost (verdict._a_story_without_a_verb);
- a clause of purpose's no said as its yes ("varo, että asukas kaatuu" for "varo, ettei
  asukas kaadu"): the opposite, wrong (polarity.purpose_turned);
- an open answer with a word of any example a letter off into no word ("käytä eri
  leikkulautaa"): almost, that slip named (open_answers._an_example_word_mistyped);
- a repeat step's model said in a few of its words, in its order ("voitko sanoa" of
  "anteeksi, voitko sanoa sen hitaammin?"): a start, almost (compare._words_of_the_model);
- a state with a slip before its no ("olen sairaa, en pääse töihin"): almost, that slip
  (yes_with_no._own_reason);
- a story told as now where the examples tell it with a perfect ("Aino kaatuu" beside
  "aino on kaatunut"): almost (open_answers._told_in_the_past);
- a repeat's word that names a thing or a quality said for one in any case, far from it
  ("Minulla on kylmä" for "Minulla on kuumetta."): another meaning, wrong
  (another_meaning.another_thing_or_state)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.engine.feedback import almost_fi
from valkky.testing.table import as_table


@as_table(("step", "answer", "verdict"), [
    ("yleinen-sairastuminen puhelu.4", "minulla on kuumetta", "correct"),
    ("yleinen-sairastuminen puhelu.4", "mulla on kuumetta", "correct"),
    ("yleinen-sairastuminen puhelu.4", "minulla on flunssa", "correct"),
    ("yleinen-sairastuminen puhelu.4", "minulla on kova kuume", "correct"),
    ("yleinen-sairastuminen kysy-sairas", "minulla on kuumetta", "correct"),
    ("yleinen-sairastuminen puhelu.4", "olen kipeää", "almost"),
    # another reason, or none of one's own, stays as it was
    ("yleinen-sairastuminen puhelu.4", "minulla on kiire", "wrong"),
    ("yleinen-sairastuminen puhelu.4", "olen lomalla", "wrong"),
    ("yleinen-sairastuminen puhelu.4", "olen terve", "wrong"),
    ("yleinen-sairastuminen puhelu.4", "minulla on nälkä", "wrong"),
    # a state with no flu, or in no case a state is said in (review61); a word no one
    # knows: the whole judged again as it was, once (it looped)
    ("yleinen-sairastuminen puhelu.4", "minulla on flunssatta", "wrong"),
    ("yleinen-sairastuminen puhelu.4", "minulla on yskättä", "wrong"),
    ("yleinen-sairastuminen puhelu.4", "minulla on kuumeeseen", "wrong"),
    ("yleinen-sairastuminen puhelu.4", "minulla on kuumeetta", "wrong"),
    ("yleinen-sairastuminen kysy-sairas", "olen kuumeetta", "wrong"),
])
def test_a_state_alone_for_the_reason_and_its_no(step: str, answer: str,
                                                 verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("answer", "verdict", "reason"), [
    ("puoli kolmi", "almost", "typo"),
    ("kello puoli kolne", "almost", "typo"),
    ("puoli kolma", "almost", "typo"),
    ("puoli kolmea", "almost", "word_form"),
    ("puoli kolme", "correct", None),
    ("puoli neljä", "wrong", "mistake"),  # another hour, as the step foresees
    ("puoli nelja", "wrong", None),  # another hour typed so
    ("puoli kolmi tuntia", "wrong", None),  # a length of time (review61)
])
def test_the_half_hours_hour_mistyped(answer: str, verdict: str, reason: str | None) -> None:
    j = judged_on("varasto-ohjeet auto", answer)
    assert (j.verdict, j.reason) == (verdict, reason)


@as_table(("step", "answer", "verdict"), [
    ("valmistus-raportti sari.2", "laatikko jumissa", "almost"),
    ("rakennus-raportti timo.2", "lauta alas telineeltä", "almost"),
    ("autoala-raportti pasi.2", "auto tunkilta alas", "almost"),
    # a sentence, or a step whose examples say no verb or none in the past, stays right;
    # and an answer to why, when or whether (review61), which names no event's subject
    ("yleinen-kahvitauko tauko.6", "perheen kanssa", "correct"),
    ("varasto-raportti kari.2", "joo yksi lava rikki", "correct"),
    ("varasto-raportti kari.2", "joo kello kahdeksan", "correct"),
    ("ravintola-raportti antti.6", "kova kiire", "correct"),
    ("autoala-raportti pasi.6", "ilman tukipukkeja", "correct"),
    ("metalli-raportti marjatta.6", "vanha laikka", "correct"),
    ("metalli-raportti marjatta.6", "ehkä halkeama", "correct"),
    ("rakennus-raportti timo.6", "koska jalkalista", "correct"),
    ("elintarvike-raportti pirjo.2", "paketissa oli muovipala", "correct"),
    ("valmistus-raportti sari.2", "laatikko jumittui", "correct"),
    ("elintarvike-raportti anna", "sormus pois", "correct"),
    ("metalli-raportti ville", "hanskat pois", "correct"),
    ("hoiva-raportti hoitaja.4", "vartti sitten", "correct"),
    ("autoala-raportti asiakas.6", "huomenna iltapäivällä", "correct"),
])
def test_a_story_without_a_verb_is_a_start(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("answer", "verdict"), [
    ("Varo, että asukas kaatuu", "wrong"),
    ("varo jotta asukas kaatuu", "wrong"),
    # the no kept, or its word slipped, stays right or almost
    ("varo, että asukas ei kaadu", "correct"),
    ("Varo, ettei asukas kaadu", "correct"),
    ("varo ettei asukas kaatuu", "almost"),
    ("Varo, asukas kaatuu", "almost"),
])
def test_a_purposes_no_said_as_its_yes(answer: str, verdict: str) -> None:
    assert judged_on("hoiva-turvallisuus step-10", answer).verdict == verdict


@as_table(("step", "answer", "verdict", "said"), [
    ("ravintola-raportti noora", "käytä eri leikkulautaa", "almost",
     "Melkein! Kaksi u-kirjainta: leikkuulautaa."),
    ("ravintola-raportti noora", "ota toinen leikuulauta", "almost",
     "Melkein! Kaksi k-kirjainta: leikkuulauta."),
    ("siivous-raportti asiakas.2", "anteeksi maljakkonne menni rikki", "almost", None),
    # the word as the example writes it, a name's ending, a real word: as they were
    ("ravintola-raportti noora", "käytä eri leikkuulautaa", "correct", None),
    ("hoiva-raportti hoitaja.2", "löysin ainon lattialta", "correct", None),
    # endings of speech (review61)
    ("hoiva-raportti hoitaja.4", "viis minuuttii sitte", "correct", None),
    ("metalli-raportti marjatta.8", "laikat pitää tarkistaa ennen käyttöö", "correct", None),
    ("rakennus-raportti uusi", "laita kypärä päähä", "correct", None),
    ("siivous-raportti hassan", "älä sekoita pesuaineit", "correct", None),
])
def test_an_example_word_a_letter_off(step: str, answer: str, verdict: str,
                                      said: str | None) -> None:
    j = judged_on(step, answer)
    assert j.verdict == verdict
    if said is not None:
        assert almost_fi(j) == said


@as_table(("step", "answer", "verdict"), [
    ("yleinen-tarkistaminen step-14", "Voitko sanoa?", "almost"),
    ("elintarvike-kartoitus b1-toista", "pysäytä linja", "almost"),
    ("rakennus-kartoitus b1-toista", "Jos huomaat vaaratilanteen.", "almost"),
    ("yleinen-lahelta-piti step-14", "Öljyä lattialla.", "almost"),
    # the model's no left out, its order turned, a question told: wrong as they were
    ("elintarvike-ohjeet step-24", "laita kättä", "wrong"),
    ("autoala-raportti step-5", "mene auton alle", "wrong"),
    ("valmistus-kartoitus b1-toista", "korjaa sitä itse", "wrong"),
    ("varasto-raportti step-6", "kuittaan ennen", "wrong"),
    ("autoala-asiakas step-10", "auto on valmis", "wrong"),
    # SAFETY (review61): the deed of a clause of "before" said without its measure, however
    # much; words apart in the model, one word of meaning
    ("autoala-turvallisuus step-4", "menet auton alle", "wrong"),
    ("autoala-turvallisuus step-4", "menet alle", "wrong"),
    ("autoala-turvallisuus step-4", "lukitse menet alle", "wrong"),
    ("hoiva-raportti step-14", "jarrut nousee", "wrong"),
    ("varasto-raportti step-6", "vauriot kuittaan", "wrong"),
    ("autoala-turvallisuus step-4", "lukitse nosturi", "almost"),
    ("autoala-turvallisuus step-4", "nosturi menet auton alle", "wrong"),  # review63
    ("autoala-raportti step-5", "jos auto on vain tunkin varassa", "wrong"),  # review63
    # a word of the model left out between two (review63); the measure said with its
    # "ennen kuin" slipped
    ("autoala-raportti step-5", "älä mene auton alle", "almost"),
    ("valmistus-kartoitus b1-toista", "älä korjaa itse", "almost"),
    ("autoala-turvallisuus step-4", "lukitse nosturi kun menet auton alle", "almost"),
])
def test_a_few_words_of_a_repeats_model_are_a_start(step: str, answer: str,
                                                    verdict: str) -> None:
    j = judged_on(step, answer)
    assert j.verdict == verdict
    if verdict == "almost":
        assert almost_fi(j).startswith("Hyvä alku!")


@as_table(("answer", "verdict"), [
    ("olen sairaa, en pääse töihin", "almost"),
    ("olen kipeää, en pääse töihin", "almost"),
    # the trainer's own state, a spoken or another state of the same reason: right
    ("olen sairas, en pääse töihin", "correct"),
    ("olen kipeänä, en pääse töihin", "correct"),
    ("mä oon kipee, en pääse töihin", "correct"),
    ("minulla on flunssa, en pääse töihin", "correct"),
])
def test_a_state_with_a_slip_before_the_no(answer: str, verdict: str) -> None:
    assert judged_on("yleinen-sairastuminen puhelu.4", answer).verdict == verdict


@as_table(("step", "answer", "verdict"), [
    ("hoiva-raportti hoitaja.2", "Aino kaatuu", "almost"),  # examples: "on kaatunut", "kaatui"
    ("autoala-raportti pasi.2", "auto putoaa tunkilta", "almost"),
    # a verb whose form is also its infinitive: a suspicion or a deed now may be told so
    # (review63; set 37's both-almost "asiakas laittaa suklaata taskuun" is left)
    ("kauppa-raportti napistys.2", "luulen että asiakas näpistää", "correct"),
    ("kauppa-raportti napistys.2", "asiakas näpistää", "correct"),
    # told in the past, a state, a chain's infinitive: as they were
    ("kauppa-raportti napistys.2", "asiakas laittoi suklaata taskuun", "correct"),
    ("hoiva-raportti hoitaja.2", "aino on lattialla", "correct"),
    ("kauppa-raportti napistys.2", "pitää laittaa suklaa takaisin", "correct"),
])
def test_a_story_told_as_now(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("step", "answer", "verdict"), [
    ("yleinen-sairastuminen step-11", "Minulla on kylmä", "wrong"),
    ("yleinen-sairastuminen step-11", "minulla on nälkä", "wrong"),
    ("yleinen-puhelin step-3", "Anteeksi, olen sairas.", "wrong"),
    ("hoiva-valineet step-18", "tässä on vettä", "wrong"),
    ("varasto-valineet step-4", "lavalla on kaapit", "wrong"),
    # a synonym, the head of the model's compound, a word with an adverb's reading, a
    # slip of the model's word, an opposite under a no: a try, as they were
    ("elintarvike-tuotanto step-9", "tämä on linja", "almost"),
    ("elintarvike-hygienia step-27", "paketti on rikki", "almost"),
    ("yleinen-sairastuminen step-11", "minulla on kuume", "almost"),
    ("hoiva-ohjeet step-27", "liina ei ole ehjä. en käytä sitä.", "almost"),
    # a state in a case of place or by a participle, a compound's head whose stem changes
    # (review63)
    ("elintarvike-hygienia step-27", "pakkaus on vaurioitunut", "almost"),
    ("yleinen-verbit step-22", "kone on jumissa, ilmoitan esimiehelle", "almost"),
    ("metalli-kartoitus a1-toista", "laita suojalasit silmille", "almost"),
    ("valmistus-turvallisuus step-3", "käytä aina lasit", "almost"),
])
def test_another_thing_or_state_in_a_repeat(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
