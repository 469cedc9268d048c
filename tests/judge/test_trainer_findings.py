"""Weaknesses a Finnish S2 trainer found in Judge 2.0 (issue 12, session 20), one test each;
the words are examples of the general case, not the case itself."""

from __future__ import annotations

from pathlib import Path

from valkky.engine.feedback import almost_fi
from valkky.judge import judge
from valkky.testing.table import as_table


def verdict(answer: str, accept: list[str], **kw: object) -> tuple[str, str | None]:
    j = judge(answer, accept, **kw)  # type: ignore[arg-type]
    return j.verdict, j.reason


# 1. A missing double consonant is a slip, never a possessive or other form of the word.
@as_table(("answer", "accept"), [
    ("minä kuitaan", ["minä kuittaan"]),
    ("kuitaan", ["kuittaan"]),
    ("kirjoitan vauriot ennen kuin kuitaan", ["kirjoitan vauriot ennen kuin kuittaan"]),
])
def test_a_missing_double_consonant_is_no_form_of_the_word(answer: str,
                                                           accept: list[str]) -> None:
    assert verdict(answer, accept) == ("almost", "double_consonant")
    assert "Kaksi t-kirjainta" in almost_fi(judge(answer, accept))


def test_a_real_possessive_form_is_still_the_word() -> None:
    assert verdict("pesen käteni", ["pesen kädet"]) == ("correct", None)


# 2. Two slips in one word: the feedback names both, and only slips the learner made.
@as_table(("answer", "accept", "said"), [
    ("kyla", ["kyllä"], "Melkein! Sano ä, ei a. Kaksi l-kirjainta: kyllä."),
    ("poyta", ["pöytä"], "Melkein! Sano ö, ei o: pöytä."),
    ("kylla", ["kyllä"], "Melkein! Sano ä, ei a: kyllä."),
    ("kylä", ["kyllä"], "Melkein! Kaksi l-kirjainta: kyllä."),
    ("tyo", ["työ"], "Melkein! Sano ö, ei o: työ."),
    ("mato", ["matto"], "Melkein! Kaksi t-kirjainta: matto."),
    ("poyta", ["pöytää"], "Melkein! Sano ö, ei o. Kaksi ä-kirjainta: pöytää."),
])
def test_two_slips_in_one_word_are_both_named(answer: str, accept: list[str],
                                              said: str) -> None:
    j = judge(answer, accept)
    assert j.verdict == "almost"
    assert almost_fi(j) == said


@as_table(("answer", "accept"), [
    ("kyla", ["kyllä"]), ("poytaa", ["pöytä"]), ("mina", ["minä"]), ("tyovuoro", ["työvuoro"]),
    ("hyly", ["hylly"]), ("kitos", ["kiitos"]), ("kaapissa", ["kaappissa"]),
])
def test_feedback_never_names_a_slip_the_learner_did_not_make(answer: str,
                                                              accept: list[str]) -> None:
    said = almost_fi(judge(answer, accept))
    assert said.startswith("Melkein! ")
    for letter in "abcdefghijklmnopqrstuvwxyzäö":
        assert f"Sano {letter}, ei {letter}" not in said  # "Sano l, ei l" names no change
    for letter in set(said.split(":")[0]) & set("abcdefghijklmnopqrstuvwxyzäö"):
        if f" {letter}-kirjain" in said:  # a letter named as doubled is in the answer
            assert letter in accept[0]


# 3. In an open question, an answer that negates what is expected, or says the unsafe
# thing an accepted answer forbids, is not fine however many topic words it names.
SAFETY = dict(open_question=True, topics=("suojalasit", "käsine", "pestä", "kypärä"))


@as_table("answer", [
    "en käytä suojalaseja", "en pese käsiä", "mä en käytä kypärää", "en laita käsineitä",
    "en koskaan käytä suojalaseja", "en käytä käsineitä",  # a topic, not in the examples
])
def test_an_open_answer_that_negates_the_expected_is_wrong(answer: str) -> None:
    accept = ["käytä aina suojalaseja", "pese kädet", "laita käsineet", "käytä kypärää"]
    assert verdict(answer, accept, **SAFETY) == ("wrong", "negation")


@as_table(("answer", "accept"), [
    ("sekoita pesuaineita", ["älä sekoita pesuaineita", "käytä yhtä pesuainetta"]),
    ("nosta yksin", ["älä nosta yksin hälytä hoitaja"]),
])
def test_an_open_answer_that_says_the_forbidden_thing_is_wrong(answer: str,
                                                               accept: list[str]) -> None:
    assert verdict(answer, accept, open_question=True) == ("wrong", "negation")


@as_table(("answer", "accept"), [
    ("käytän suojalaseja", ["käytä aina suojalaseja"]),
    ("en käytä puhelinta koneella", ["käytä aina suojalaseja"]),
    ("nosta nostolaitteella", ["älä nosta yksin hälytä hoitaja"]),
    ("kysy jos et tiedä", ["käytä aina suojalaseja", "kysy jos et tiedä"]),
    ("älä nosta yksin", ["älä nosta yksin hälytä hoitaja"]),
    ("aino ei ole sängyssä", ["aino on lattialla"]),
])
def test_an_open_answer_with_its_own_no_is_still_fine(answer: str, accept: list[str]) -> None:
    assert verdict(answer, accept, open_question=True)[0] == "correct"


# 4. A step may ask for a length (sentences: N): a shorter answer is a start, not fine.
STORY = ["liukastuin melkein. lattia oli märkä keittiön ovella. lattia pitää kuivata."]


@as_table("answer", ["lattia", "liukastuin", "lattia oli märkä"])
def test_too_short_for_the_sentences_asked(answer: str) -> None:
    j = judge(answer, STORY, open_question=True, topics=("lattia", "liukastua"),
              min_sentences=3)
    assert (j.verdict, j.reason) == ("almost", "too_short")
    assert almost_fi(j).startswith("Hyvä alku! Kerro vähän enemmän.")


@as_table("answer", [
    "liukastuin melkein keittiössä lattia oli märkä se pitää kuivata",
    "minä melkein kaaduin, lattialla oli vettä, laitetaan kyltti",
])
def test_long_enough_for_the_sentences_asked(answer: str) -> None:
    assert verdict(answer, STORY, open_question=True, topics=("lattia", "liukastua", "vesi",
                                                              "kaatua"),
                   min_sentences=3) == ("correct", None)


def test_as_long_as_the_trainers_shortest_answer_is_long_enough() -> None:
    accept = [STORY[0], "lattia oli märkä ja liukastuin melkein"]  # two sentences
    kw = dict(open_question=True, topics=("lattia",), min_sentences=3)
    assert verdict("lattia oli märkä ja mä liukastuin", accept, **kw) == ("correct", None)
    assert verdict("lattia oli märkä", accept, **kw) == ("almost", "too_short")


def test_a_full_sentence_wants_a_verb() -> None:
    accept = ["trukki melkein osui minuun"]
    kw = dict(open_question=True, topics=("trukki",), min_sentences=1)
    assert verdict("trukki", accept, **kw) == ("almost", "too_short")
    assert verdict("trukki peruutti", accept, **kw) == ("correct", None)
    # an accepted answer is the trainer's own: never too short
    assert verdict("trukki melkein osui minuun", accept, **kw) == ("correct", None)


def test_without_sentences_a_short_open_answer_stays_fine() -> None:
    assert verdict("trukki peruutti", ["trukki melkein osui minuun"], open_question=True,
                   topics=("trukki",)) == ("correct", None)
    # (one word where every example says more is a start: sets 32–95, both trainers, 11
    # of 11 rows; tests/judge/test_kinds_stop63.py)
    assert verdict("trukki", ["auto melkein osui trukkiin"], open_question=True,
                   topics=("trukki",)) == ("almost", "too_short")
    # (…and the example's subject alone tells nothing of it: a start, as set 38's trainers
    # grade "lauta" for "lauta putosi telineeltä"; tests/judge/test_set38_stop45.py)
    assert verdict("trukki", ["trukki melkein osui minuun"], open_question=True,
                   topics=("trukki",)) == ("almost", "too_short")


# 5. The same short answer gets the same verdict in every open step.
OPEN_STEPS = [
    (["auto putosi tunkilta"], ("tunkki", "auto")),
    (["pöydän kuusi jälkiruoassa oli melkein pähkinää"], ("pähkinä", "allergia")),
    (["noin kymmenen minuuttia sitten"], ()),
    (["älä nosta yksin hälytä hoitaja"], ("hoitaja", "älä")),
    (["käytä aina suojalaseja", "kysy jos et tiedä"], ("suojalasit", "kysyä")),
    (["olin perheen kanssa"], ()),
]


@as_table("answer", ["en tiedä mitään", "en mä tiedä", "en oikein tiedä",
                                    "no en tiedä"])
def test_dont_know_is_dont_know_in_every_open_step(answer: str) -> None:
    for accept, topics in OPEN_STEPS:
        assert verdict(answer, accept, open_question=True, topics=topics) == \
            ("wrong", "dont_know"), accept


@as_table("answer", ["ok", "okei", "joo", "kyllä", "hyvä", "selvä", "niin"])
def test_a_bare_acknowledgement_answers_no_open_question(answer: str) -> None:
    for accept, topics in OPEN_STEPS:
        assert verdict(answer, accept, open_question=True, topics=topics)[0] == "wrong", \
            accept


@as_table(("answer", "accept", "topics"), [
    ("pähkinä", ["pöydän kuusi jälkiruoassa oli melkein pähkinää"], ("pähkinä",)),
    ("tunkki", ["auto putosi tunkilta"], ("tunkki",)),
    ("hoitaja", ["älä nosta yksin hälytä hoitaja"], ("hoitaja",)),
])
def test_a_topic_word_in_its_base_form_is_no_slip(answer: str, accept: list[str],
                                                  topics: tuple[str, ...]) -> None:
    # no slip of the example's form; a start, one word where the example says more (sets
    # 32–95, both trainers: "Pähkinä." almost)
    assert verdict(answer, accept, open_question=True, topics=topics) == ("almost", "too_short")


def test_a_slip_in_an_open_answer_is_still_a_slip() -> None:
    assert verdict("trukki melkein osui minun", ["trukki melkein osui minuun"],
                   open_question=True, topics=("trukki",)) == ("almost", "vowel_length")


# 6. A name is not a typo of a Finnish word (nor of another name).
NAMES = ["minun nimeni on Amina", "nimeni on Amina", "minä olen Amina", "olen Amina", "Amina"]


@as_table("answer", ["Minä olen Amira", "Minä olen Ahmed", "Olen Alina",
                                    "nimeni on Aminah", "Minä olen Emina"])
def test_another_name_is_no_typo(answer: str) -> None:
    assert verdict(answer, NAMES) == ("wrong", None)


def test_a_name_is_no_typo_of_a_finnish_word() -> None:
    assert verdict("minä olen Ahmed", ["minä olen ahkera"])[0] == "wrong"
    assert verdict("Pesen kadet", ["pesen kädet"]) == ("almost", "umlaut")  # first word


def test_a_name_in_an_open_answer_is_a_word() -> None:
    assert verdict("Minä olen Ahmed", ["minä olen Amina"], open_question=True) == \
        ("correct", None)
    assert verdict("Puhuin Ahmedin kanssa", ["puhuin esimiehen kanssa"],
                   open_question=True) == ("correct", None)


def test_the_name_itself_is_still_right() -> None:
    assert verdict("minä olen amina", NAMES) == ("correct", None)
    assert verdict("Amina", NAMES) == ("correct", None)


# 7. "anteeksi" (or another polite word) is the answer where the step asks for it.
SORRY = ["anteeksi", "anteeksi en nähnyt sinua", "pyydän anteeksi", "sori"]


@as_table("answer", ["anteeksi", "anteeks", "sori", "anteeksi anteeksi",
                                    "no anteeksi", "pyydän anteeksi"])
def test_anteeksi_is_the_answer_where_it_is_asked(answer: str) -> None:
    assert verdict(answer, SORRY)[0] == "correct"
    assert verdict(answer, SORRY, open_question=True)[0] == "correct"


def test_anteeksi_is_the_essential_part() -> None:
    assert verdict("anteeksi", ["pyydän anteeksi"])[0] in ("correct", "almost")
    assert verdict("anteeksi", ["sanon anteeksi"])[0] in ("correct", "almost")
    assert verdict("anteeksi", ["anteeksi en nähnyt sinua"], open_question=True)[0] == \
        "correct"
    assert verdict("kiitos", ["sanon anteeksi"])[0] == "wrong"


def test_anteeksi_is_still_a_polite_extra_elsewhere() -> None:
    assert verdict("anteeksi voitko auttaa", ["voitko auttaa"]) == ("correct", None)


# 8. A foreseen mistake catches only that mistake, never a right answer one edit away.
@as_table(("answer", "accept", "mistakes"), [
    ("kaksi pulloo", ["kaksi pulloa"], ["kaksi pullo"]),
    ("kyllä on", ["on"], ["ei ole"]),
    ("pesen käteni", ["pesen kädet"], ["pesen käden"]),
    ("kahvia puuttuu", ["kahvi puuttuu"], ["kahvi puuttu"]),
    ("ei se ole auki", ["ei ole auki"], ["se on auki"]),
])
def test_a_mistake_does_not_catch_a_right_answer(answer: str, accept: list[str],
                                                 mistakes: list[str]) -> None:
    assert verdict(answer, accept, wrong_answers=mistakes) == ("correct", None)


def test_a_mistake_does_not_catch_a_start_of_the_right_answer() -> None:
    j = judge("laitan suojalasit", ["laitan suojalasit päähän"],
              wrong_answers=["laitan suojalasit pois"])
    assert (j.verdict, j.reason) == ("almost", "missing_words")


@as_table(("answer", "accept", "mistakes", "matched"), [
    ("laitan suojalasit pois", ["laitan suojalasit päähän"], ["laitan suojalasit pois"],
     "laitan suojalasit pois"),
    ("laitan suojalasi pois", ["laitan suojalasit päähän"], ["laitan suojalasit pois"],
     "laitan suojalasit pois"),
    ("käytän sitä", ["en käytä sitä"], ["käytän sitä"], "käytän sitä"),
    ("ei ole", ["on"], ["ei ole"], "ei ole"),
    ("kuittaan heti", ["kirjoitan vauriot ensin"], ["kuittaan heti"], "kuittaan heti"),
    ("en kuittaa heti", ["en kuittaa"], ["en kuittaa heti"], "en kuittaa heti"),
    ("en kuittaa heti", ["kirjoitan vauriot ensin"], ["en kuittaa hetii"], "en kuittaa hetii"),
])
def test_a_mistake_still_catches_itself_and_its_slips(answer: str, accept: list[str],
                                                      mistakes: list[str],
                                                      matched: str) -> None:
    j = judge(answer, accept, wrong_answers=mistakes)
    assert (j.verdict, j.reason, j.matched) == ("wrong", "mistake", matched)


def test_lint_takes_sentences_on_answerable_steps(library_root: Path) -> None:
    from tests.judge.test_rules import _lint

    old = "    accept: [moppi, se on moppi]"
    assert _lint(library_root, old, old + "\n    sentences: 1") == []
    assert _lint(library_root, old, "    open: true\n    sentences: 3") == []
    assert _lint(library_root, old, old + "\n    sentences: 9")  # 1–5
    assert _lint(library_root, old, old + "\n    sentences: kolme")
    assert _lint(library_root, "  - repeat: Pese kädet.",
                 "  - repeat: Pese kädet.\n    sentences: 2")  # a model sentence has its length


def test_a_step_asks_for_its_sentences_through_the_engine() -> None:
    from valkky.engine.session import _judge_options
    from valkky.lesson import model as m

    task = m.Task(accept=tuple(STORY), open=True, topics=("lattia",), sentences=3)
    j = judge("lattia", task.accept, **_judge_options(task))
    assert (j.verdict, j.reason) == ("almost", "too_short")


def test_too_short_feedback_keeps_the_example_for_after_the_hint() -> None:
    from valkky.engine import phrases
    from valkky.engine.feedback import after_verdict
    from valkky.lesson import model as m

    task = m.Task(accept=tuple(STORY), open=True, sentences=3, hint={"fi": "Kerro kolme asiaa."})
    j = judge("lattia", task.accept, open_question=True, min_sentences=3)
    first = after_verdict(j, task, last=False, right=STORY[0], almost=almost_fi)
    assert [r.say for r in first] == [phrases.ALMOST_MORE]
    last = after_verdict(j, task, last=True, right=STORY[0], almost=almost_fi)
    assert last[0].say is not None and "Esimerkiksi: liukastuin melkein" in last[0].say
    spoken = after_verdict(j, task, last=True, right=STORY[0], almost=almost_fi, exact=False)
    assert spoken[0].say == last[0].say  # no letter is claimed: the length is what is off
