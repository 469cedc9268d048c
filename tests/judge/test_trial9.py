"""What trainer set 9 (tests/judge/data/trainer_answers_9.yaml) showed the judge missing:
each general cause, tried on answers of its own kind (not the set's own answers)."""

from __future__ import annotations

from valkky.judge import judge
from valkky.judge.normalise import normalise
from valkky.testing.table import as_table


@as_table(("answer", "accept", "verdict"), [
    # "annan" is also the genitive of the name Anna: still the learner's own verb, whose
    # object the trainer's sentence gives in another form
    ("annan pyyhe", ["pyyhe", "annan pyyhkeen"], "almost"),
    ("annan pyyhkeen", ["pyyhe", "annan pyyhkeen"], "correct"),
    # a verb of the third person is no learner's own action: "se kestää tunti" stays right
    ("se kestää tunti", ["tunti", "se kestää tunnin"], "correct"),
])
def test_a_verb_read_also_as_a_name_is_still_the_learners_verb(answer: str,
                                                               accept: list[str],
                                                               verdict: str) -> None:
    assert judge(answer, accept).verdict == verdict


@as_table(("answer", "accept", "verdict"), [
    # speech's past without its -i, where that leaves a word the step says itself
    ("pumppu loppu", ["pumppu on loppu", "pumppu loppui"], "correct"),
    # … and the plural said as the singular, as speech says it
    ("mutterit loppu", ["mutterit on loppu", "mutterit loppuivat"], "correct"),
    # after "on" the word is a state, as the step says it, not a past
    ("pumppu on loppu", ["pumppu on loppu", "pumppu loppui"], "correct"),
    ("kahvi on lopu", ["kahvi on loppu", "kahvi loppui"], "almost"),
])
def test_a_past_said_without_its_i_is_the_past(answer: str, accept: list[str],
                                               verdict: str) -> None:
    assert judge(answer, accept).verdict == verdict


@as_table(("answer", "accept", "verdict"), [
    # "ei" on its own answers the question; the statement after it is the answer
    ("ei hyvin trukki on rikki", ["trukki on rikki", "trukki ei toimi"], "correct"),
    ("ei kovin hyvin hissi ei toimi", ["hissi on rikki", "hissi ei toimi"], "correct"),
    # a wrong statement after it stays wrong
    ("ei hyvin trukki on valmis", ["trukki on rikki", "trukki ei toimi"], "wrong"),
    # where a yes begins an accepted answer, the no contradicts it
    ("ei kone on kunnossa", ["kyllä kone on kunnossa", "kone on kunnossa"], "wrong"),
    # "ei" of a verb is no "ei" on its own
    ("ei ole rikki trukki", ["trukki on rikki", "trukki ei toimi"], "wrong"),
])
def test_a_no_on_its_own_before_a_right_answer(answer: str, accept: list[str],
                                              verdict: str) -> None:
    assert judge(answer, accept).verdict == verdict


@as_table(("answer", "accept", "verdict"), [
    # lexicon phrases (set 9): an offer of help, nearly out
    ("voinko auttaa", ["autanko", "autanko teitä istumaan"], "correct"),
    ("voisinko auttaa teitä istumaan", ["autanko teitä istumaan"], "correct"),
    ("autanko", ["hei voinko auttaa", "voinko auttaa"], "correct"),
    ("voinko auta", ["autanko", "voinko auttaa"], "almost"),
    ("teippi on lopussa", ["teippi on loppu"], "correct"),
    ("teippi on lopussa", ["teippi on rikki"], "wrong"),
    ("venttiili on rikki", ["venttiili on viallinen"], "correct"),
    ("tämä mutteri on virheellinen", ["mutteri on rikki"], "correct"),
    ("venttiili on kunnossa", ["venttiili on viallinen"], "wrong"),
    ("pumppu ei lähde päälle", ["pumppu ei käynnisty"], "correct"),
    ("trukki käynnistyy", ["trukki lähtee käyntiin"], "correct"),
    ("pumppu käynnistyy", ["pumppu ei käynnisty"], "wrong"),
    ("lasku ei ole oikein", ["lasku on väärä"], "correct"),
    ("lasku on oikein", ["lasku on väärä"], "wrong"),
    ("hylly meni rikki", ["hylly on rikki"], "correct"),
    ("lava hajosi", ["lava on rikki", "lava on vaurioitunut"], "correct"),
])
def test_lexicon_phrases_of_set_9(answer: str, accept: list[str], verdict: str) -> None:
    assert judge(answer, accept).verdict == verdict


@as_table(("answer", "accept", "verdict"), [
    # a noun in the place of the missing one names another thing, in the nominative or
    # the partitive alike (a subject or an object takes either)
    ("missä maito on", ["missä on kermaa"], "wrong"),
    ("missä sokeri on", ["missä on suolaa", "mistä löydän suolaa"], "wrong"),
    # the same noun in the other of the two is a start of the answer, as before
    ("missä kerma on", ["missä on kermaa"], "almost"),
])
def test_a_noun_for_the_missing_one_in_the_nominative_or_partitive(
        answer: str, accept: list[str], verdict: str) -> None:
    assert judge(answer, accept).verdict == verdict


@as_table(("spoken", "standard"), [
    ("mäkin teen töitä", "minäkin teen töitä"),
    ("mullakaan ei ole avainta", "minullakaan ei ole avainta"),
    ("säkin voit tulla", "sinäkin voit tulla"),
    ("se ei lähe", "se ei lähde"),  # spoken.yaml (set 9)
])
def test_a_spoken_word_with_a_clitic_is_its_standard_form_with_it(spoken: str,
                                                                  standard: str) -> None:
    assert normalise(spoken) == normalise(standard)
    assert judge(spoken, [standard]).verdict == "correct"


def test_a_word_that_merely_ends_like_a_clitic_is_left_as_it_is() -> None:
    assert normalise("mäkikin") == "mäkikin"  # no spoken stem
    assert judge("mäkin teen työtä", ["minä teen työtä"]).verdict != "wrong"


@as_table(("answer", "accept"), [
    ("viisi kilogrammaa", ["viisi kiloa"]),
    ("kaksi kiloa perunoita", ["kaksi kilogrammaa perunoita"]),
])
def test_a_kilogram_is_a_kilo(answer: str, accept: list[str]) -> None:
    assert judge(answer, accept).verdict == "correct"


@as_table(("answer", "accept", "verdict"), [
    # acknowledgements said together, each one the step takes
    ("selvä hyvä", ["selvä kiitos", "hyvä kiitos"], "correct"),
    ("joo okei", ["joo", "okei"], "correct"),
    ("ok kiitos selvä", ["selvä", "okei kiitos"], "correct"),
    # one the step does not take as an acknowledgement is no answer to it
    ("joo hyvä", ["selvä kiitos"], "wrong"),
    ("okei hyvä", ["kiitos avusta"], "wrong"),
])
def test_acknowledgements_said_together(answer: str, accept: list[str],
                                        verdict: str) -> None:
    assert judge(answer, accept).verdict == verdict


@as_table(("answer", "accept", "verdict"), [
    # "ilman" and a thing is the step's adjective of it in -ton
    ("keitto on ilman laktoosia", ["keitto on laktoositon"], "correct"),
    ("ilman maitoa", ["maidoton", "se on maidoton"], "correct"),
    ("sosemaista ja ilman laktoosia", ["sosemaista ja laktoositonta"], "correct"),
    # another thing left out is another answer
    ("keitto on ilman gluteenia", ["keitto on laktoositon"], "wrong"),
    # where the step has no such word, "ilman" is a word like any other
    ("älä mene ilman kypärää", ["älä mene ilman kypärää"], "correct"),
])
def test_without_a_thing_is_its_adjective_in_ton(answer: str, accept: list[str],
                                                 verdict: str) -> None:
    assert judge(answer, accept).verdict == verdict


@as_table(("answer", "accept", "verdict"), [
    # a number said more, in any case, that no accepted answer says: another quantity
    ("kolmen tunnin päästä", ["tunnin päästä", "kello yksitoista"], "wrong"),
    ("viiden minuutin kuluttua", ["minuutin kuluttua", "heti"], "wrong"),
    # … not the accepted answer's own number in a case, nor an ordinal or "yksin"
    ("hyllyvälissä neljässä", ["hyllyväli neljä", "hyllyvälissä"], "correct"),
    ("laatikko on liian painava yksin", ["laatikko on liian painava"], "correct"),
])
def test_a_count_more_in_a_case_is_another_quantity(answer: str, accept: list[str],
                                                    verdict: str) -> None:
    assert judge(answer, accept).verdict == verdict


@as_table(("answer", "accept", "verdict"), [
    # a whole clause of a longer accepted answer, with its verb, is a start
    ("kuljetin pysähtyi", ["kuljetin pysähtyi koska pullo jäi jumiin"], "almost"),
    ("pullo jäi jumiin", ["kuljetin pysähtyi koska pullo jäi jumiin"], "almost"),
    # a word or two of it, without a clause's verb, is still too little
    ("kuljetin pullo", ["kuljetin pysähtyi koska pullo jäi jumiin"], "wrong"),
    # … and a clause the answer does not have is another answer
    ("kuljetin hajosi", ["kuljetin pysähtyi koska pullo jäi jumiin"], "wrong"),
])
def test_a_whole_clause_of_a_longer_answer_is_a_start(answer: str, accept: list[str],
                                                      verdict: str) -> None:
    assert judge(answer, accept).verdict == verdict


@as_table(("answer", "accept", "verdict"), [
    # "tänään" or "nyt" left out, where another accepted answer says no such time
    ("mitä haluatte syödä", ["mitä haluatte syödä tänään", "mitä otatte"], "correct"),
    ("olen sairas", ["olen sairas tänään", "en pääse töihin"], "correct"),
    # where every accepted answer says it, it is part of the answer
    ("mitä haluatte syödä", ["mitä haluatte syödä tänään"], "almost"),
    # "heti" says how soon: not left out
    ("tulen takaisin", ["tulen heti takaisin", "kyllä tulen"], "almost"),
])
def test_today_or_now_left_out_where_another_answer_needs_none(
        answer: str, accept: list[str], verdict: str) -> None:
    assert judge(answer, accept).verdict == verdict
