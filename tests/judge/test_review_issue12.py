"""Defects a reviewer found in the judge (session 27, issue 12), one group of tests each:
answers of the kind written fresh, beside rows that must not change."""

from __future__ import annotations

from valkky.judge import judge
from valkky.testing.table import as_table

# 1. "ei X" keeps the question's no only where an accepted answer's no is about X: one
# clause, no "ilman"/"älä unohda", no interjection before a yes, no answer saying yes of X.
SHORT_NO = [
    ("ei suojalaseja", ["suojalaseja", "käytän suojalaseja", "suojalasit, mutta ei käsineitä"],
     False),
    ("ei kypärää", ["kypärää", "en saa mennä ilman kypärää"], False),
    ("ei suojalaseja", ["suojalasit", "älä unohda suojalaseja"], False),
    ("ei tyhjä", ["akku on tyhjä", "pora ei toimi, akku on tyhjä"], False),
    ("ei vanha", ["se on vanha", "ei se on vanha"], False),
    ("ei hanskoja", ["hanskoja", "en käytä hanskoja", "käytän hanskoja"], False),
    # the question's no, kept
    ("ei sormuksia", ["sormuksia", "en saa käyttää sormuksia"], True),
    ("ei maapähkinää", ["maapähkinää", "hän ei voi syödä maapähkinää"], True),
]


@as_table(("answer", "accepted", "right"), SHORT_NO)
def test_a_no_kept_only_where_the_answers_no_is_about_the_thing(
        answer: str, accepted: list[str], right: bool) -> None:
    assert (judge(answer, accepted).verdict == "correct") is right


# 2. A unit left out is the lexicon's unit right after a number, not a tool of its synonym
# group, not one that measures the thing said after it, and not a unit of time.
UNITS = [
    ("tarvitsen kolme", ["tarvitsen kolme mittanauhaa"], False),
    ("tuo kaksi", ["tuo kaksi rullamittaa"], False),
    ("kolme omenoita varastosta", ["kolme kiloa omenoita"], False),
    ("ota kaksi vettä", ["ota kaksi litraa vettä"], False),
    ("kahdeksan", ["kahdeksan tuntia"], False),
    ("kymmenen", ["kymmenen minuuttia"], False),
    # beside them, what stays: a length, a weight, a volume said without its unit in a
    # sentence (a number said alone keeps it: stop 76)
    ("se on kuusi", ["kuusi metriä"], True),
    ("se on neljä", ["neljä kiloa"], True),
    ("se on kaksi", ["kaksi litraa", "se on kaksi litraa"], True),
]


@as_table(("answer", "accepted", "right"), UNITS)
def test_a_unit_left_out_is_a_unit_of_measure_only(answer: str, accepted: list[str],
                                                   right: bool) -> None:
    assert (judge(answer, accepted).verdict == "correct") is right


def test_a_unit_of_time_left_out_where_the_step_says_the_number_alone() -> None:
    assert judge("teen töitä seitsemän", ["seitsemän", "teen töitä seitsemän tuntia"]).verdict \
        == "correct"


# 3. An adverb of when or how may stand in either clause; one that says which way may not.
@as_table(("answer", "accepted", "verdict"), [
    ("sulje heti ikkuna ja sammuta valo", ["sulje ikkuna ja sammuta valo heti"], "correct"),
    ("pese aina kädet ja laita hanskat", ["pese kädet ja laita aina hanskat"], "correct"),
    ("sulje ikkuna ja sammuta valo", ["sammuta valo ja sulje ikkuna"], "correct"),
    ("sulje valo ja sammuta ikkuna", ["sulje ikkuna ja sammuta valo"], "wrong"),
    ("laita kansi pois ja ota kuppi", ["laita kansi ja ota kuppi pois"], "not correct"),
])
def test_an_adverb_is_no_clauses_own(answer: str, accepted: list[str], verdict: str) -> None:
    got = judge(answer, accepted).verdict
    assert got != "correct" if verdict == "not correct" else got == verdict


# 4. One set of the personal pronouns' genitives (wordsets.GENITIVE_PRONOUNS): a must said
# with "heidän" is the third person plural's as "meidän" is the first's.
@as_table("answer", ["heidän pitää viedä laatikko", "meidän pitää viedä laatikko"])
def test_a_must_with_any_genitive_subject(answer: str) -> None:
    assert judge(answer, ["he vievät laatikon", "me viemme laatikon"]).verdict == "correct"


@as_table(("answer", "verdict"), [
    ("satutin jalan", "correct"), ("minun jalka", "correct"), ("satutin käden", "wrong")])
def test_a_possessive_suffix_left_out(answer: str, verdict: str) -> None:
    assert judge(answer, ["satutin jalkani", "minun jalkani"]).verdict == verdict


# 6. A word beside an accepted answer that does a thing, which takes it back (wrong) or
# leaves it in doubt (almost); not a clause of its own, nor beside a time or a state.
@as_table(("answer", "accepted", "verdict"), [
    ("pidän kypärää harvoin", ["pidän kypärää"], "wrong"),
    ("lukitsen oven väärin", ["lukitsen oven"], "wrong"),
    ("kerron työnjohtajalle ehkä", ["kerron työnjohtajalle"], "almost"),
    ("pesen ehkä kädet", ["pesen kädet"], "almost"),
    ("suljen venttiilin myöhemmin", ["suljen venttiilin heti", "suljen venttiilin"], "almost"),
    # what stays right
    ("pidän kypärää aina", ["pidän kypärää"], "correct"),
    ("kerron työnjohtajalle heti", ["kerron työnjohtajalle"], "correct"),
    ("ehkä maanantaina", ["maanantaina"], "correct"),
    ("anteeksi en ehdi nyt tulen myöhemmin", ["anteeksi, en ehdi nyt"], "correct"),
    ("pidän kypärää joskus", ["pidän kypärää", "pidän kypärää joskus"], "correct"),
])
def test_a_word_that_takes_the_answer_back(answer: str, accepted: list[str],
                                           verdict: str) -> None:
    assert judge(answer, accepted).verdict == verdict


# 7. What takes an answer back is looked for in all the learner says beside it: beside a
# verbless answer with the step's verb, beside one the step says with a verb, by base form,
# how often, a condition of convenience, a time after the one the step says.
@as_table(("answer", "accepted", "verdict"), [
    ("pidän kypärää ja kuulosuojaimia harvoin", ["kypärää ja kuulosuojaimia", "pidän kypärää"],
     "wrong"),
    ("kypärä päähän harvoin", ["laitan kypärän", "kypärä päähän"], "wrong"),
    ("kypärää harvoin", ["kypärää", "pidän kypärää"], "wrong"),
    ("pidän kypärää harvemmin", ["pidän kypärää"], "wrong"),
    ("kiinnitän köyden huolimattomasti", ["kiinnitän köyden"], "wrong"),
    ("pidän kypärää välillä", ["pidän kypärää"], "almost"),
    ("lukitsen oven silloin tällöin", ["lukitsen oven"], "almost"),
    ("hanskoja satunnaisesti", ["hanskoja", "käytän hanskoja"], "almost"),
    ("pesen kädet jos ehdin", ["pesen kädet"], "almost"),
    ("pesen kädet kun muistan", ["pesen kädet"], "almost"),
    ("pesen kädet jos on aikaa", ["pesen kädet"], "almost"),
    ("laitan maskin myöhemmin", ["laitan maskin", "laitan maskin ennen kuin menen halliin"],
     "almost"),
    ("laitan maskin jälkeenpäin", ["laitan maskin", "laitan maskin ennen kuin menen halliin"],
     "almost"),
    ("laitan maskin kun olen hallissa", ["laitan maskin", "laitan maskin ennen kuin menen halliin"],
     "almost"),
    # (stop 69: "kun" and a perfect of the deed an answer does "ennen kuin" turns the
    # order: wrong, as both trainers of sets 48 and 149 grade "… kun asukas on noussut")
    ("laitan maskin kun olen mennyt halliin",
     ["laitan maskin", "laitan maskin ennen kuin menen halliin"], "wrong"),
    # (review 4) the clause's own verb in the present: as it is done
    ("laitan maskin kun menen halliin",
     ["laitan maskin", "laitan maskin ennen kuin menen halliin"], "correct"),
    # what stays right: a "kun" that says when as the step asks, a doubt or a time beside a
    # verbless answer, a state
    ("laitan jarrut päälle kun nostan asukasta", ["laitan jarrut päälle"], "correct"),
    ("ehkä huomenna", ["huomenna", "tulen huomenna"], "correct"),
    ("vähän myöhemmin", ["myöhemmin", "tulen myöhemmin"], "correct"),
    # (review 4) an adjective of the same base names a thing, it takes nothing back; a
    # condition the learner puts to the listener or denies is no convenience of their own;
    # "ja välillä" is a time more
    ("ilmoitan esimiehelle väärästä kyltistä", ["ilmoitan esimiehelle"], "correct"),
    ("ilmoitan esimiehelle huonosta kaapelista", ["ilmoitan esimiehelle"], "correct"),
    ("käytän maskia harvemmin", ["käytän maskia"], "wrong"),
    ("voitko soittaa minulle jos ehdit", ["voitko soittaa minulle"], "correct"),
    ("tuuletan huoneen ennen työtä ja välillä", ["tuuletan huoneen ennen työtä"], "correct"),
    ("käytän maskia välillä", ["käytän maskia"], "almost"),
])
def test_a_qualifier_anywhere_beside_the_answer(answer: str, accepted: list[str],
                                                verdict: str) -> None:
    assert judge(answer, accepted).verdict == verdict


# 8. A no on what an accepted answer's yes part says is its opposite, not a start of it.
_HELMET = ["kypärää", "kypärä päähän", "pidän kypärää", "en pidä lippistä, pidän kypärää"]


@as_table(("answer", "accepted", "verdict"), [
    ("en pidä kypärää", _HELMET, "wrong"),
    ("ilman kypärää", _HELMET, "wrong"),
    ("pidän kypärää en pidä", _HELMET, "wrong"),
    ("menen halliin ilman maskia", ["laitan maskin", "maski päähän ja menen halliin"], "wrong"),
    # what stays: the accepted answer's own no, a no on its own before a yes, a no on a
    # verb that is also a noun ("pakasta")
    ("en pidä lippistä pidän kypärää", _HELMET, "correct"),
    ("ei reiän mitta puuttuu", ["reiän mitta puuttuu"], "correct"),
    ("pakastin ei pakasta", ["pakastin ei toimi", "pakastin on rikki"], "correct"),
])
def test_a_no_on_what_an_answer_says_yes_of(answer: str, accepted: list[str],
                                            verdict: str) -> None:
    assert judge(answer, accepted).verdict == verdict
