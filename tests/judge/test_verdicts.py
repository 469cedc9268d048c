"""The judge against real learner errors: (answer, accepted, verdict, reason)."""

from __future__ import annotations

import pytest

from valkky.engine.feedback import almost_fi
from valkky.judge import REASONS, VERDICTS, judge, normalise
from valkky.testing.table import as_table, check_rows

CASES = [
    # the examples
    ("moppi", ["moppi"], "correct", None),
    ("Moppi.", ["moppi"], "correct", None),
    ("tuuli", ["tuli"], "almost", "vowel_length"),
    ("kuka", ["kukka"], "almost", "double_consonant"),
    ("ampari", ["ämpäri"], "almost", "umlaut"),
    ("3", ["kolme"], "correct", None),
    ("ämpäri", ["moppi"], "wrong", None),
    ("", ["moppi"], "silence", None),
    ("   ", ["moppi"], "silence", None),
    # docs/lesson-format.md's table
    ("kitos", ["kiitos"], "almost", "vowel_length"),
    ("kaappissa", ["kaapissa"], "almost", "double_consonant"),
    ("poyta", ["pöytä"], "almost", "umlaut"),
    ("lattialla", ["lattia"], "almost", "word_form"),
    ("pesen", ["pestä"], "almost", "word_form"),
    ("kaksi pullo", ["kaksi pulloa"], "almost", "word_form"),
    ("pese kädet", ["pese kädet ennen työtä"], "almost", "missing_words"),
    # vowel length, both ways, in words learners meet at work
    ("tuli", ["tuuli"], "almost", "vowel_length"),
    ("vapa", ["vapaa"], "almost", "vowel_length"),
    ("sairas", ["saairas"], "almost", "vowel_length"),
    ("työvuro", ["työvuoro"], "almost", "typo"),  # uo is a diphthong, not vowel length
    ("kiitoos", ["kiitos"], "almost", "vowel_length"),
    ("moppii", ["moppi"], "almost", "vowel_length"),
    ("hyllyy", ["hylly"], "almost", "vowel_length"),
    ("kello on kaksi", ["kello on kaksi"], "correct", None),
    ("mina olen", ["minä olen"], "almost", "umlaut"),
    # double consonants
    ("hyly", ["hylly"], "almost", "double_consonant"),
    ("mopi", ["moppi"], "almost", "double_consonant"),
    ("kattila", ["kattila"], "correct", None),
    ("katila", ["kattila"], "almost", "double_consonant"),
    ("kauppassa", ["kaupassa"], "almost", "double_consonant"),
    ("tikaat", ["tikkaat"], "almost", "double_consonant"),
    ("rollaattori", ["rollaattori"], "correct", None),
    ("rolaattori", ["rollaattori"], "almost", "double_consonant"),
    # umlauts: speakers of Arabic, Somali, Persian often lack ä ö y
    ("kasineet", ["käsineet"], "almost", "umlaut"),
    ("poyta", ["pöytä"], "almost", "umlaut"),
    ("tyo", ["työ"], "almost", "umlaut"),
    ("tuo", ["työ"], "almost", "umlaut"),
    ("jaakaappi", ["jääkaappi"], "almost", "umlaut"),
    ("pese kadet", ["pese kädet"], "almost", "umlaut"),
    ("sähkö", ["sähkö"], "correct", None),
    ("sahko", ["sähkö"], "almost", "umlaut"),
    # word forms (Voikko base forms)
    ("pöytää", ["pöytä"], "almost", "word_form"),
    ("moppia", ["moppi"], "almost", "word_form"),
    ("käsine", ["käsineet"], "almost", "word_form"),
    ("minä pesee kädet", ["minä pesen kädet"], "almost", "word_form"),
    ("minä siivota", ["minä siivoan"], "almost", "word_form"),
    ("minä tehdä", ["minä teen"], "almost", "word_form"),
    ("hyllyssä", ["hyllyyn"], "almost", "word_form"),
    ("kaksi lasi", ["kaksi lasia"], "almost", "word_form"),
    # spoken forms and numbers are how Finnish is spoken at work
    ("mä oon Ali", ["minä olen Ali"], "correct", None),
    ("mä oon sairas", ["minä olen sairas"], "correct", None),
    ("kaks", ["kaksi"], "correct", None),
    ("seittemän", ["seitsemän"], "correct", None),
    ("kello 7.30", ["seitsemän kolmekymmentä"], "correct", None),
    ("7:30", ["kello seitsemän kolmekymmentä"], "correct", None),
    ("klo 14", ["neljätoista"], "correct", None),
    ("112", ["sata kaksitoista"], "correct", None),
    ("24", ["kaksikymmentäneljä"], "correct", None),
    ("mulla on nälkä", ["minulla on nälkä"], "correct", None),
    # word order, frame words, politeness, hesitation
    ("kädet pese", ["pese kädet"], "correct", None),
    ("se on moppi", ["moppi"], "correct", None),
    ("moppi kiitos", ["moppi"], "correct", None),
    ("öö moppi", ["moppi"], "correct", None),
    ("työ-turvallisuus", ["työturvallisuus"], "correct", None),
    # missing words
    ("pese kädet ennen", ["pese kädet ennen työtä"], "almost", "missing_words"),
    ("moppi", ["tämä on moppi"], "almost", "missing_words"),
    ("olen sairas", ["minä olen sairas"], "correct", None),  # pronoun drop is standard
    ("mä voin", ["voin"], "correct", None),
    ("milloin vuoro alkaa", ["milloin työvuoro alkaa"], "almost", "word_form"),
    ("en pääse", ["en pääse tänään töihin"], "almost", "missing_words"),
    ("töihin", ["en pääse tänään töihin"], "wrong", "negation"),
    # typos: close, but not another real word
    ("moppu", ["moppi"], "almost", "typo"),
    ("siivousliona", ["siivousliina"], "almost", "typo"),
    # another real word is wrong, however close
    ("pallo", ["pullo"], "wrong", None),
    ("kuppi", ["moppi"], "wrong", None),
    ("harja", ["moppi"], "wrong", None),
    ("en tiedä", ["moppi"], "wrong", "dont_know"),
    ("kuusi", ["kaksi"], "wrong", None),
    # saying the opposite is wrong, however close the letters (helpers' lesson reports)
    ("en ilmoita esimiehelle", ["ilmoitan esimiehelle"], "wrong", "negation"),
    ("kuorma ei ole valmis", ["kuorma on valmis"], "wrong", "negation"),
    ("kuljetin liikkuu", ["kuljetin ei liiku"], "wrong", "negation"),
    ("en kerro hoitajalle", ["kerron hoitajalle"], "wrong", "negation"),
    ("en jää kotiin", ["jään kotiin"], "wrong", "negation"),
    ("en voi", ["voin", "en voi"], "correct", None),
    ("en pysty", ["voin", "en voi"], "correct", None),  # the lexicon: en pysty = en voi
    ("en syö", ["voin", "en voi"], "wrong", None),
    ("en tiedä", ["ei saa", "ei"], "wrong", "dont_know"),
    ("en osaa", ["osaan"], "wrong", "negation"),
    ("en osaa", ["laitan käsineet"], "wrong", "dont_know"),
    ("en ymmärtänyt", ["en ymmärtänyt mitä sanoit"], "almost", "missing_words"),
    # the lexicon's phrases: a trainer takes either (issue 12: "en ymmärtänyt" was pushed
    # to "en ymmärrä")
    ("en ymmärrä", ["en ymmärtänyt"], "correct", None),
    ("en ymmärtänyt", ["en ymmärrä"], "correct", None),
    # a right answer with a word or two more is right
    ("kerron heti hoitajalle", ["kerron hoitajalle"], "correct", None),
    ("porakone on nyt rikki", ["porakone on rikki"], "correct", None),
    ("laitan kypärän päähän", ["laitan kypärän"], "correct", None),
    ("jään kotiin ja soitan töihin", ["jään kotiin", "soitan töihin"], "correct", None),
    ("pesen käteni", ["pesen kädet"], "correct", None),  # the possessive says the same
    # ...but a slip hidden in the extra words is still corrected
    ("tama laatikko on liian painava", ["laatikko on liian painava",
                                        "tämä laatikko on liian painava"], "almost", "umlaut"),
    ("kahvi puuttuu hullusta", ["kahvi puuttuu", "kahvi puuttuu hyllystä"], "almost",
     "umlaut"),
    ("kelo on puoli kahdeksan", ["kello on puoli kahdeksan"], "almost", "double_consonant"),
    ("kello", ["kello"], "correct", None),  # the word for a clock is an answer of its own
    ("7:30", ["puoli kahdeksan"], "correct", None),
    ("kello on puol kaheksan", ["kello on 7.30"], "correct", None),
    ("viistoista", ["viisitoista"], "correct", None),
    ("en mä tiiä", ["moppi"], "wrong", "dont_know"),
    ("voiksä toistaa", ["voitko toistaa"], "correct", None),
    ("oon kipee", ["olen kipeä"], "correct", None),
    ("joo on", ["kaikki on kunnossa", "kyllä on"], "correct", None),
    ("joo", ["kyllä", "ei"], "correct", None),
    ("painaa hälytysnappia", ["hän painaa hälytysnappia"], "correct", None),
    ("tämä on mopi", ["moppi", "se on moppi"], "almost", "double_consonant"),
    ("en ymmärtäny", ["en ymmärtänyt"], "correct", None),
    ("mä en oo ollu töissä", ["en ole ollut töissä"], "correct", None),
    ("ruuvit on loppu", ["ruuvit ovat loppu"], "correct", None),
    ("okei kiitos", ["kiitos"], "correct", None),
    ("pysäytän koneen", ["pysäytän koneen ja ilmoitan työnjohtajalle"], "almost",
     "missing_words"),
    ("teen kaksikymmentä", ["kaksikymmentä"], "correct", None),
    ("moppi harja", ["moppi"], "almost", "typo"),
    ("kiitos paljon", ["kiitos"], "correct", None),
    ("heti", ["tulen heti"], "almost", "missing_words"),
    ("mä otan kahvii", ["otan kahvia"], "correct", None),  # spoken -ia → -ii
    ("kaks pulloo", ["kaksi pulloa"], "correct", None),
    # dropped dots are corrected even where a shorter variant is nearer in letters
    ("teippia", ["teippiä", "teippi"], "almost", "umlaut"),
    ("kottikarruilla", ["kottikärryillä", "kottareilla"], "almost", "umlaut"),
    # the judge trial (trainer_answers_5.yaml): a shorter accepted answer said whole with
    # an adverbial more, however far the letters put it from the answer
    ("tiistaina iltavuoro", ["iltavuoro", "tiistaina on iltavuoro"], "correct", None),
    ("veitsellä tietysti", ["veitsellä", "leikkaan veitsellä"], "correct", None),
    ("moppi nopeasti", ["moppi"], "correct", None),  # -sti makes an adjective an adverb
    ("lava rikki", ["lava on rikki"], "almost", "missing_words"),
    # a synonym of one accepted answer, where another has the synonym itself
    ("pomolle", ["soitan esimiehelle", "esimiehelle", "soitan pomolle"], "correct", None),
    ("pomo", ["soitan esimiehelle", "esimiehelle", "soitan pomolle"], "almost",
     "missing_words"),
    # a slip of an accepted answer that the lexicon's phrases say in other words
    ("en ymmärä", ["en ymmärrä", "en ymmärtänyt"], "almost", "double_consonant"),
    ("en tajua", ["en ymmärrä"], "correct", None),
    # an ordinal counts what a number counts: another floor is another answer
    ("toisessa kerroksessa", ["kolmannessa kerroksessa", "kerros kolme"], "wrong", None),
    ("kolmas", ["kolmannessa kerroksessa", "kerros kolme"], "almost", "missing_words"),
    ("kolmanessa kerroksessa", ["kolmannessa kerroksessa"], "almost", "double_consonant"),
    ("ota toinen lauta", ["ota toinen lauta"], "correct", None),
    # a name the recogniser wrote in lowercase stands beside a right answer as a word
    ("nukuitko hyvin aino", ["nukuitko hyvin"], "correct", None),
    ("mika on reiän mitta", ["mikä on reiän mitta"], "almost", "umlaut"),  # not Mika
    # a short answer leaves out a thing's se/ne as it does minä
    ("ei käynnisty", ["se ei käynnisty"], "correct", None),
    ("ovat valmiita", ["ne ovat valmiita"], "correct", None),
    # the learner's own verb takes its object as the trainer's sentence says
    ("tarvitsen jakoavain", ["jakoavain", "tarvitsen jakoavaimen"], "almost", "word_form"),
    ("se kestää tunti", ["tunti", "se kestää tunnin"], "correct", None),
    ("kypärä päähän", ["kypärä", "laitan kypärän päähän"], "correct", None),
    # an accepted answer said whole, the rest the trainer's own words, negative or not
    ("en käytä sitä ja kerron esimiehelle",
     ["kerron esimiehelle", "en käytä sitä ja ilmoitan esimiehelle"], "correct", None),
    ("en pese käsiä ja kerron esimiehelle", ["kerron esimiehelle", "pesen kädet"], "wrong",
     "negation"),
    # a verb's -oa- said -oo-, though siivoon also spells siivo's illative
    ("mä siivoon roskat", ["siivoan roskat"], "correct", None),
]


def test_verdict() -> None:
    """Every case, as one test that names each failing case (valkky.testing.table)."""
    def check(case: tuple[str, list[str], str, str | None]) -> None:
        answer, accept, verdict, reason = case
        j = judge(answer, accept)
        assert (j.verdict, j.reason) == (verdict, reason), j
        assert 0.0 <= j.score <= 1.0
        if verdict == "correct":
            assert j.score == 1.0
        elif verdict == "almost":
            assert 0.5 <= j.score < 1.0 and almost_fi(j)
        else:
            assert j.score < 0.5

    check_rows(CASES, check, lambda c: f"{c[0] or 'empty'}~{c[1][0]}")


def test_closest_is_the_accepted_answer_as_written() -> None:
    j = judge("mopi", ["Se on moppi", "Moppi"])
    assert j.closest == "Moppi"


def test_keywords_pass_an_answer_in_any_form() -> None:
    j = judge("mä laitan aina käsineet kun siivoan", ["käytän käsineitä"],
              keywords=["käsine"])
    assert j.verdict == "correct"
    assert judge("laitan kengät", ["käytän käsineitä"], keywords=["käsine"]).verdict == "wrong"


def test_keywords_do_not_pass_the_opposite_or_a_pronunciation_slip() -> None:
    assert judge("en auta nousemaan", ["autan nousemaan"],
                 keywords=["auttaa", "nousta"]).reason == "negation"
    j = judge("mika on reiän mitta", ["mikä on reiän mitta"], keywords=["reikä", "mitta"])
    assert (j.verdict, j.reason) == ("almost", "umlaut")
    assert judge("mikä on reiän mitta millimetreinä", ["mikä on reiän mitta"],
                 keywords=["reikä", "mitta"]).verdict == "correct"


def test_foreseen_mistake_is_wrong_with_its_name() -> None:
    j = judge("kokki", ["tarjoilija"], wrong_answers=["kokki"])
    assert (j.verdict, j.reason, j.matched) == ("wrong", "mistake", "kokki")


def test_a_foreseen_mistake_is_not_matched_by_its_opposite() -> None:
    j = judge("en käytä sitä", ["ilmoitan esimiehelle"], wrong_answers=["käytän sitä"])
    assert j.reason != "mistake"
    assert judge("käytän sitä", ["ilmoitan esimiehelle"],
                 wrong_answers=["käytän sitä"]).reason == "mistake"


def test_naming_another_option_is_wrong_even_if_one_letter_away() -> None:
    j = judge("tuli", ["tuuli"], other_options=["tuli"])
    assert (j.verdict, j.reason) == ("wrong", "other_option")
    assert judge("tuuli", ["tuuli"], other_options=["tuli"]).verdict == "correct"


@as_table(("answer", "target", "expected"), [
    ("tuli", "tuuli", "Melkein! Kaksi u-kirjainta: tuuli."),
    ("Tuuli", "tuli", "Melkein! Yksi u-kirjain: tuli."),
])
def test_feedback_says_what_was_off(answer: str, target: str, expected: str) -> None:
    assert almost_fi(judge(answer, [target])) == expected


def test_feedback_examples() -> None:
    assert almost_fi(judge("hyly", ["hylly"])) == "Melkein! Kaksi l-kirjainta: hylly."
    assert almost_fi(judge("ampari", ["ämpäri"])) == "Melkein! Sano ä, ei a: ämpäri."
    assert almost_fi(judge("lattialla", ["lattia"])) == "Oikea sana! Sano näin: lattia."
    assert almost_fi(judge("pese kädet", ["Pese kädet ennen työtä."])) == \
        "Hyvä alku! Sano koko lause: Pese kädet ennen työtä."
    assert almost_fi(judge("moppi", ["moppi"])) == ""


@as_table(("text", "expected"), [
    ("Mä oon klo 7.30 töissä!", "minä olen seitsemän kolmekymmentä töissä"),
    ("  MOPPI,  ämpäri. ", "moppi ämpäri"),
    ("7:05", "seitsemän viisi"),
    ("2,5 litraa", "kaksi pilkku viisi litraa"),
    ("0401", "nolla neljä nolla yksi"),
    ("a\u0308mpa\u0308ri", "ämpäri"),  # decomposed ä, as some keyboards and editors send
])
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_never_raises_and_stays_in_range_on_odd_input() -> None:
    odd = ["😀", "٣", "ⅫⅫ", "a" * 500, "\x00", "-- -- --", "12:99", "999999999999999999",
           "Ää Öö Åå", "ʼ", "\u200b"]
    for text in odd:
        j = judge(text, ["moppi", "se on moppi"])
        assert j.verdict in VERDICTS
        assert j.reason is None or j.reason in REASONS
        assert 0.0 <= j.score <= 1.0


def test_without_voikko_the_judge_still_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    from valkky.judge import clear_caches, finnish

    monkeypatch.setattr(finnish, "voikko", lambda: None)
    clear_caches()  # nothing judged or analysed with Voikko is remembered, nor without it
    try:
        assert judge("lattialla", ["lattia"]).reason == "word_form"
        assert judge("tuuli", ["tuli"]).reason == "vowel_length"
        assert judge("ampari", ["ämpäri"]).reason == "umlaut"
        assert judge("ämpäri", ["moppi"]).verdict == "wrong"
    finally:
        clear_caches()


# -- issue 12's reproduced bugs -----------------------------------------------------------

APUA = ["voitko auttaa", "voitko auttaa minua", "voitko auttaa kiitos",
        "anteeksi voitko auttaa", "voisitko auttaa", "auttaisitko", "auttaisitko minua",
        "auta minua", "auta minua kiitos", "auta kiitos", "tarvitsen apua"]
EN_YMMARRA = ["anteeksi en ymmärtänyt", "en ymmärtänyt", "en ymmärrä", "anteeksi en ymmärrä",
              "voitko toistaa", "anteeksi voitko toistaa", "puhu hitaasti kiitos",
              "anteeksi puhu hitaasti kiitos", "voitko puhua hitaasti"]


def test_bug1_numbers_bound_to_a_slot_keep_their_order() -> None:
    accept = ["hyllyväli seitsemän, hyllypaikka kolme"]
    assert judge("hyllyväli kolme hyllypaikka seitsemän", accept).verdict == "wrong"
    j = judge("hyllyväli kolme hyllypaikka seitsemän", accept,
              wrong_answers=["hyllyväli kolme hyllypaikka seitsemän"])
    assert (j.verdict, j.reason) == ("wrong", "mistake")
    assert judge("hyllypaikka kolme hyllyväli seitsemän", accept).verdict == "correct"
    assert judge("kello kolmekymmentä kaksi", ["2.30"]).verdict == "wrong"
    assert judge("kello kaksi kolmekymmentä", ["2.30"]).verdict == "correct"
    # each run after its slot's word said with a slip, or a compound's last part: in place,
    # the words' slips told (set 28); words between that are no slot's keep it another
    # answer (the review of stop 38: the words between once counted as no swap at all)
    run = ["hyllyväli seitsemän, hyllypaikka kolme", "seitsemän kolme"]
    assert judge("hyllyvälisä seitsemän, hyllypaikasa kolme", run).verdict == "almost"
    assert judge("väli seitsemän, paikka kolme", run).verdict == "correct"
    for answer in ("hyllypaikka seitsemän, hyllyväli kolme", "paikka seitsemän, väli kolme",
                   "seitsemän hyllypaikka, kolme hyllyväli", "kolme seitsemän",
                   "seitsemän tai kolme", "seitsemän kertaa kolme",
                   "tee on seitsemän, kahvi on kolme"):
        assert judge(answer, run).verdict == "wrong", answer
    for answer in ("kaksi vaille kolmekymmentä", "kello kaksi tai kolmekymmentä"):
        assert judge(answer, ["2.30", "kello kaksi kolmekymmentä"]).verdict == "wrong", answer


def test_bug2_a_polite_extra_word_keeps_a_right_answer_right() -> None:
    assert judge("voisitko auttaa minua kiitos", APUA).verdict == "correct"


def test_bug3_a_long_right_answer_is_not_pushed_to_another_form() -> None:
    for answer in ("en ymmärtänyt voitko toistaa hitaasti",
                   "anteeksi en ymmärtänyt voitko puhua hitaammin"):
        assert judge(answer, EN_YMMARRA).verdict == "correct", answer


def test_bug4_an_english_word_is_not_the_right_word() -> None:
    j = judge("mop", ["moppi"])
    assert j.verdict == "wrong" and not almost_fi(j).startswith("Oikea sana")


def test_bug5_a_lone_negative_verb_is_no_start() -> None:
    assert judge("en", ["en ymmärtänyt"]).verdict == "wrong"
    assert judge("en", ["en ymmärtänyt"]).reason is None


def test_bug6_an_unrelated_answer_is_not_the_opposite() -> None:
    for answer in ("moppi", "quit"):
        j = judge(answer, ["en ymmärtänyt"])
        assert (j.verdict, j.reason) == ("wrong", None), answer
    assert judge("ymmärsin", ["en ymmärtänyt"]).reason == "negation"


def test_bug7_judging_md_first_example() -> None:
    j = judge("pese kadet", ["pese kädet ennen työtä"])
    assert (j.verdict, j.reason) == ("almost", "umlaut")
    assert almost_fi(j) == "Melkein! Sano ä, ei a: kädet."


def test_judging_md_first_example_prints_what_the_doc_shows(
        capsys: pytest.CaptureFixture[str]) -> None:
    import shlex

    from valkky.cli import main
    from valkky.paths import ROOT

    doc = (ROOT / "docs" / "judging.md").read_text(encoding="utf-8")
    block = doc.split("```sh\n", 1)[1].split("```", 1)[0].splitlines()
    command, shown = block[0], block[1:]
    assert main(shlex.split(command)[1:]) == 0
    assert capsys.readouterr().out.splitlines() == shown


@as_table(("answer", "accept", "expected"), [
    ("ala laita kättä koneeseen", "älä laita kättä koneeseen", "älä"),
    ("ala koskaan mene auton alle", "älä koskaan mene auton alle", "älä"),
    ("Ala laita katta koneeseen.", "älä laita kättä koneeseen", "älä"),
    ("ala koskaan menkö auton alle", "älkää koskaan menkö auton alle", "älkää"),
    ("alkaa koskaan menkö auton alle", "älkää koskaan menkö auton alle", "älkää"),
])
def test_bug8_ala_is_a_dropped_umlaut_of_ala_not_the_opposite(answer: str, accept: str,
                                                               expected: str) -> None:
    """A trainer hears the dots of "älä" missing, not a learner saying the opposite."""
    j = judge(answer, [accept])
    assert (j.verdict, j.reason, j.rule) == ("almost", "umlaut", "negation_slip"), j
    assert j.detail is not None and j.detail.expected == expected
    assert almost_fi(j) == f"Melkein! Sano ä, ei a: {expected}."


@as_table("answer", ["laita kättä koneeseen", "saa laittaa",
                                    "saa laittaa kättä koneeseen", "laitan kättä koneeseen"])
def test_bug8_the_real_opposite_of_a_prohibition_is_still_refused(answer: str) -> None:
    j = judge(answer, ["älä laita kättä koneeseen"])
    assert (j.verdict, j.reason) == ("wrong", "negation"), j


def test_bug8_ala_with_a_wrong_rest_is_wrong_but_not_the_opposite() -> None:
    j = judge("ala laita kättä uuniin", ["älä laita kättä koneeseen"])
    assert j.verdict == "wrong" and j.reason != "negation", j
    # "ala" where no prohibition is accepted stays the word it is
    assert judge("ala", ["ala"]).verdict == "correct"
    assert judge("työ alkaa kahdeksalta", ["työ alkaa kahdeksalta"]).verdict == "correct"


@as_table(("text", "expected"), [
    ("20.12.", "kahdeskymmenes kahdettatoista"),
    ("Tule 20.12. kello 8", "tule kahdeskymmenes kahdettatoista kahdeksan"),
    ("1.5.2026", "ensimmäinen viidettä kaksituhattakaksikymmentäkuusi"),
    ("kahdeskymmenes joulukuuta", "kahdeskymmenes kahdettatoista"),
    ("20. joulukuuta", "kahdeskymmenes kahdettatoista"),
    ("joulukuuta", "joulukuuta"),  # a month named alone stays a word
    ("joulukuun kahdeskymmenes", "kahdeskymmenes kahdettatoista"),  # the month first
    ("joulukuun kahdeskymmenes päivä", "kahdeskymmenes kahdettatoista"),
    ("joulukuun lopussa", "joulukuun lopussa"),  # no day after it: a word
    ("joulukuun neljäs viikko", "joulukuun neljäs viikko"),  # the ordinal counts weeks
    ("klo 10.12.", "kymmenen kaksitoista"),  # after a clock word, a time
    ("klo 7.30.", "seitsemän kolmekymmentä"),
    ("7.30.", "seitsemän kolmekymmentä"),  # no 30th month: a time
    ("7.30", "seitsemän kolmekymmentä"),
])
def test_bug9_a_date_reads_in_ordinals_a_time_stays_a_time(text: str, expected: str) -> None:
    assert normalise(text) == expected


@as_table("answer", ["kahdeskymmenes joulukuuta", "kahdeskymmenes kahdettatoista",
                                    "20.12.", "20. joulukuuta", "se on kahdeskymmenes joulukuuta"])
def test_bug9_a_date_takes_its_spoken_forms(answer: str) -> None:
    assert judge(answer, ["20.12."]).verdict == "correct"
    assert judge(f"käytettävä viimeistään {answer}", ["Käytettävä viimeistään 20.12."]
                 ).verdict == "correct"


def test_bug9_another_date_is_wrong() -> None:
    for answer in ("kahdeskymmenes marraskuuta", "yhdeksästoista joulukuuta",
                   "kahdestoista kahdeskymmenes"):
        assert judge(answer, ["20.12."]).verdict == "wrong", answer


def test_a_date_typed_without_the_dot_after_its_month_is_that_date() -> None:
    """Learners type "14.12" for 14.12.: read as the date where the step writes that date
    (stop 38), not as the clock's 14.12 nor "2.3" as a decimal; another date, a time after a
    clock word and cardinals said in words stay as they were."""
    accept = ["14.12.", "sunnuntaina 14.12.", "sunnuntaihin asti"]
    for answer in ("14.12", "sunnuntaina 14.12", "sunnuntaihin 14.12 asti"):
        assert judge(answer, accept).verdict == "correct", answer
    for answer in ("15.12", "12.14"):
        assert judge(answer, accept).verdict == "wrong", answer
    # a time after a clock word, and cardinals said in words: no date read, a slip of its
    # words (as the lessons' own "kaksi kolme" for 2.3.; the month's ordinal is partitive)
    for answer in ("klo 14.12", "neljätoista kaksitoista"):
        assert judge(answer, accept).verdict == "almost", answer
    assert judge("2.3", ["toinen maaliskuuta", "2.3."]).verdict == "correct"
    assert judge("3.2", ["toinen maaliskuuta", "2.3."]).verdict == "wrong"
    assert judge("kello 14.12", ["kello 14.12"]).verdict == "correct"  # no date: a time
    for answer in ("2.3 metriä", "kello on 2.3"):  # an amount, a time (the review)
        assert judge(answer, ["toinen maaliskuuta", "2.3."]).verdict == "wrong", answer


def test_a_dates_day_and_month_in_each_others_places_is_another_date() -> None:
    """3.2. for 2.3., however said (yleinen-aika's date steps): wrong, not a near miss."""
    accept = ["toinen kolmatta", "toinen maaliskuuta", "2.3."]
    for answer in ("3.2.", "kolmas helmikuuta", "helmikuun kolmas", "se on kolmas toinen"):
        assert judge(answer, accept).verdict == "wrong", answer
    for answer in ("2.3.", "toinen maaliskuuta", "maaliskuun toinen", "se on toinen kolmatta"):
        assert judge(answer, accept).verdict == "correct", answer
    # the month's ordinal in the nominative: a slip of its partitive (sets 8, 31: almost)
    assert judge("se on toinen kolmas", accept).verdict == "almost"
    assert judge("viides kolmatta", ["5.3."]).verdict == "correct"
    assert judge("viides kolmas", ["5.3."]).verdict == "almost"
    # two ordinals that are no date, and "toista" the verb after an ordinal
    assert judge("toinen ovi, kolmas kerros", ["kolmas kerros, toinen ovi"]).verdict != "wrong"
    assert judge("toista se kolmas", ["kolmas, toista se"]).verdict == "correct"
    assert judge("maaliskuun kolmas viikko", ["3.3."]).verdict == "wrong"


@as_table(("answer", "accept"), [
    ("yksi yksi kaksi", "112"),
    ("yks yks kaks", "112"),
    ("satakaksitoista", "112"),  # read whole, as before
    ("112", "112"),
    ("1 1 2", "112"),
    ("soita yksi yksi kaksi", "soita 112"),
    ("soita satakaksitoista", "soita 112"),
    ("nolla neljä nolla yksi kaksi kolme neljä viisi kuusi seitsemän", "040 1234567"),
    ("työmääräys kaksi nolla seitsemän", "työmääräys 207"),
])
def test_bug10_a_long_number_may_be_read_digit_by_digit(answer: str, accept: str) -> None:
    j = judge(answer, [accept])
    assert (j.verdict, j.closest) == ("correct", accept), j


def test_bug10_other_digits_and_quantities_are_not_that_number() -> None:
    assert judge("yksi kaksi kaksi", ["112"]).verdict == "wrong"
    assert judge("yksi yksi yksi", ["112"]).verdict == "wrong"
    assert judge("yksi yksi kaksi", ["satakaksitoista"]).verdict == "wrong"  # words as written
    assert judge("tuhat kiloa", ["1000 kg"]).verdict == "correct"
    assert judge("yksi nolla nolla nolla kiloa", ["1000 kg"]).verdict == "wrong"  # a quantity
    assert judge("kaksikymmentä", ["20"]).verdict == "correct"  # two digits: a number
    assert judge("kaksi nolla", ["20"]).verdict == "wrong"
