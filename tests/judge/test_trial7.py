"""What trainer set 7 (tests/judge/data/trainer_answers_7.yaml) showed the judge missing:
each general cause, tried on answers of its own kind (not the set's own answers)."""

from __future__ import annotations

from valkky.judge import judge
from valkky.judge.normalise import normalise
from valkky.testing.table import as_table


@as_table(("answer", "accept"), [
    ("viiden minuutin kuluttua", ["viiden minuutin päästä"]),
    ("tulen tunnin kuluttua", ["tulen tunnin päästä"]),
    ("olen yövuorossa", ["minulla on yövuoro"]),
    ("ensi viikolla olen aamuvuorossa", ["ensi viikolla minulla on aamuvuoro"]),
    ("tsekkaa renkaat", ["tarkista renkaat"]), ("tsekkasin sen", ["tarkistin sen"]),
    ("merkkaan reiät", ["merkitsen reiät"]), ("teen sen ekana", ["teen sen ensin"]),
    ("paina punasta nappia", ["paina punaista nappia"]),
    ("se maksaa viiskymppiä", ["se maksaa viisikymmentä euroa"]),
    ("kakskymppiä", ["kaksikymmentä euroa"]),
    ("kiitos kuulemiin", ["kiitos näkemiin"]), ("termometri", ["lämpömittari"]),
    ("kone ei lähde päälle", ["kone ei lähde käyntiin"]),
    ("pumppu lähtee päälle", ["pumppu lähtee käyntiin"]),
])
def test_everyday_words_set_7(answer: str, accept: list[str]) -> None:
    assert judge(answer, accept).verdict == "correct"


@as_table(("answer", "accept"), [
    ("tunnin kuluttua", ["puolen tunnin päästä"]),  # another time
    ("olen aamuvuorossa", ["minulla on iltavuoro"]),  # another shift
    ("viiskymppiä", ["kaksikymmentä euroa"]),  # another price
    ("paina punasta nappia", ["paina vihreää nappia"]),  # another colour
    ("kone ei lähde päälle", ["kone lähtee käyntiin"]),  # the opposite
])
def test_everyday_words_set_7_keep_their_meaning(answer: str, accept: list[str]) -> None:
    assert judge(answer, accept).verdict == "wrong"


def test_a_no_of_ones_own_in_a_clause_of_its_own() -> None:
    accept = ["ilmoitan esimiehelle", "en käytä sitä ja ilmoitan esimiehelle"]
    assert judge("en koske siihen ja ilmoitan esimiehelle", accept).verdict == "correct"
    # a no of what the right answer does is no answer
    assert judge("en ilmoita ja ilmoitan esimiehelle", accept).verdict != "correct"
    # where no accepted answer has a no of its own, the no stays out
    assert judge("en koske siihen ja ilmoitan esimiehelle",
                 ["ilmoitan esimiehelle", "pysäytän koneen ja ilmoitan esimiehelle"]).verdict \
        != "correct"


def test_the_yes_half_of_a_sentence_with_a_no_is_a_start_not_the_opposite() -> None:
    accept = ["Pidä laatikkoa kahdella kädellä, älä yhdellä."]
    j = judge("pidä laatikkoa kahdella kädellä", accept)
    assert (j.verdict, j.reason) == ("almost", "missing_words")
    # what the no forbids is still the opposite
    assert judge("pidä laatikkoa yhdellä", accept).reason == "negation"
    assert judge("laita kättä koneeseen", ["Älä laita kättä koneeseen."]).reason == "negation"


def test_at_half_past_in_the_ablative_is_that_time() -> None:
    assert judge("puoli kahdeksalta", ["puoli kahdeksan"]).verdict == "correct"
    assert judge("puoli kahdeksalta", ["seitsemän kolmekymmentä"]).verdict == "correct"
    assert judge("puoli yhdeksältä", ["puoli kahdeksan"]).verdict == "wrong"


def test_a_half_or_a_count_more_is_another_quantity() -> None:
    assert judge("puoli tuntia", ["tunti", "se kestää tunnin"]).verdict == "wrong"
    assert judge("kolme tuntia", ["tunti", "se kestää tunnin"]).verdict == "wrong"
    assert judge("yksi lava on rikki", ["lava on rikki"]).verdict == "correct"


@as_table(("spoken", "standard"), [
    ("törmäs", "törmäsi"), ("putos", "putosi"), ("kaapis", "kaapissa"), ("hyllys", "hyllyssä"),
    ("jälkee", "jälkeen"), ("varastoon mennää", "varastoon mennään"),
    ("kipee", "kipeä"), ("kahvii", "kahvii"),  # -ii is also -ia: the word rules judge it
])
def test_speech_drops_a_past_i_and_an_n_after_a_long_vowel(spoken: str, standard: str) -> None:
    assert normalise(spoken) == standard


def test_an_adjective_before_the_one_noun_asked_for() -> None:
    assert judge("sininen ämpäri", ["ämpäri"]).verdict == "correct"
    assert judge("sinisen ämpäri", ["ämpäri"]).verdict != "correct"  # not in its case
    assert judge("harja ämpäri", ["ämpäri"]).verdict != "correct"  # another thing


def test_almost_so_is_not_so() -> None:
    assert judge("työ on melkein valmis", ["työ on valmis"]).verdict == "wrong"
    assert judge("työ on nyt valmis", ["työ on valmis"]).verdict == "correct"


def test_two_statements_joined_by_a_word_of_their_own() -> None:
    accept = ["lava oli rikki", "kuorma ei lähtenyt koska lava oli rikki"]
    assert judge("lava oli rikki siksi kuorma ei lähtenyt", accept).verdict == "correct"


def test_an_afternoon_hour_on_the_24_hour_clock() -> None:
    assert judge("14.00", ["kello kaksi"]).verdict == "correct"
    assert judge("klo 16", ["neljältä"]).verdict == "correct"
    assert judge("15.00", ["kello kaksi"]).verdict == "wrong"
    assert judge("18.00", ["kello kuusi"]).verdict != "correct"  # a morning shift, maybe


def test_a_compound_said_in_two_words() -> None:
    assert judge("minä istun pyörä tuolissa", ["minä istun pyörätuolissa"]).verdict == "correct"
    assert judge("minä istun tuolissa", ["minä istun pyörätuolissa"]).verdict != "correct"


@as_table("answer", ["puoliltapäivin", "puolilta päivin", "keskipäivällä"])
def test_noon_is_twelve(answer: str) -> None:
    assert judge(answer, ["kello kaksitoista"]).verdict == "correct"
    assert judge(answer, ["kello yksitoista"]).verdict == "wrong"


def test_what_speech_leaves_out_a_count_word_and_an_object_pronoun() -> None:
    assert judge("pakkaan kuusi", ["pakkaan kuusi kappaletta"]).verdict == "correct"
    assert judge("pakkaan viisi", ["pakkaan kuusi kappaletta"]).verdict == "wrong"
    assert judge("pyyhin", ["pyyhin sen"]).verdict == "correct"
    assert judge("pesen", ["pyyhin sen"]).verdict == "wrong"


def test_a_compound_that_names_the_kind_of_the_word_asked_for() -> None:
    assert judge("muoviämpäri", ["ämpäri"]).verdict == "correct"
    assert judge("jakoavain", ["avain"]).verdict == "wrong"  # a tool of its own
    assert judge("ylihuomenna", ["huomenna"]).verdict == "wrong"  # no thing: another day
    j = judge("muoviämpäri", ["ämpäri"], strict=["compound_modifier"])
    assert j.verdict != "correct"


def test_voiced_stops_are_a_slip() -> None:
    j = judge("tämä on daulu", ["tämä on taulu"])
    assert j.verdict == "almost"
    assert judge("kuba", ["kuva"]).verdict != "correct"


def test_a_slip_of_an_accepted_compound_is_no_kind_of_its_head() -> None:
    j = judge("halutusnappia", ["hälytysnappia", "nappia"])
    assert (j.verdict, j.reason) == ("almost", "umlaut")
