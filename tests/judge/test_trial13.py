"""What trainer sets 12 and 13 and the last review still showed the judge missing (session
27): each general cause, tried on answers of its own kind written fresh (not the sets' own
answers), with answers beside them that must not change."""

from __future__ import annotations

from bench.sweep_mistakes import _passive, _pronoun, _we
from valkky.judge import judge
from valkky.lesson.loader import REPEAT_STRICT
from valkky.testing.table import as_table

# A foreseen mistake said beside an accepted answer in other forms (rules.mistake_beside;
# every change there is swept by bench/sweep_mistakes.py): "we" is the learner where no one
# else is in the answer (no one called or told, no "yhdessä"), and so is speech's "me" with
# the passive; a -matta of asking or telling is the mistake's "itse"/"yksin".
COAT = dict(accept=["laitan takin naulaan", "ripustan takin"],
            wrong_answers={"jätän takin lattialle": "wrong", "heitän sen tuolille": "almost"})
FIX = dict(accept=["ilmoitan vuoromestarille", "pysäytän linjan"],
           wrong_answers={"korjaan sen itse": "wrong", "avaan suojan yksin": "wrong"})
LIFT = dict(accept=["kutsun kollegan", "käytän nostolaitetta"],
            wrong_answers={"nostan asukkaan": "wrong"})
BESIDE = [
    (COAT, "laitan takin naulaan ja jätämme sen lattialle", ("wrong", "mistake")),
    (COAT, "ripustan takin mutta me jätetään se lattialle", ("wrong", "mistake")),
    (COAT, "ripustan takin ja heitimme sen tuolille", ("almost", "mistake")),
    (FIX, "pysäytän linjan ja korjaan sen kysymättä", ("wrong", "mistake")),
    (FIX, "pysäytän linjan ja avaan suojan ilmoittamatta", ("wrong", "mistake")),
    (FIX, "ilmoitan vuoromestarille ja avaan suojan itse", ("wrong", "mistake")),
    (LIFT, "käytän nostolaitetta ja nostamme asukkaan", ("wrong", "mistake")),
    # must not change: someone else in the "we", someone else, later, a no, another verb's
    # -matta, a place of its own
    (LIFT, "kutsun kollegan ja nostamme asukkaan", ("correct", None)),
    (LIFT, "käytän nostolaitetta ja nostamme asukkaan yhdessä", ("correct", None)),
    (COAT, "ripustan takin ja jätetään se lattialle", ("correct", None)),  # no "me"
    (COAT, "ripustan takin ja työkaveri jättää takin lattialle", ("wrong", None)),
    (COAT, "ripustan takin emmekä jätä sitä lattialle", ("correct", None)),
    (FIX, "pysäytän linjan ja jätän sen korjaamatta", ("correct", None)),
    (COAT, "ripustan takin ja jätämme sen kaappiin", ("correct", None)),
]


@as_table(("kw", "answer", "expected"), BESIDE)
def test_a_mistake_said_by_we_or_on_ones_own_beside_an_answer(kw: dict, answer: str,
                                                              expected: tuple) -> None:
    j = judge(answer, **kw)
    assert (j.verdict, j.reason) == expected, j


def test_the_sweeps_forms() -> None:
    """bench/sweep_mistakes.py says a mistake as "we", in the passive, with a pronoun."""
    assert _we(["laitan", "käsineet", "käteen"]) == ["laitamme", "käsineet", "käteen"]
    assert _we(["käsineet", "käteen"]) is None
    assert [_passive(v) for v in ("laittaa", "korjata", "juoda", "sanoa", "jättää")] == \
        ["laitetaan", "korjataan", "juodaan", "sanotaan", "jätetään"]
    assert _pronoun(["laitan", "käsineet", "käteen"]) == ["laitan", "ne", "käteen"]


# (answer, accepted answers, verdict, reason where it matters), by cause, each designed on
# set 12 (sets 1–11 beside it) and measured on set 13 after
ANSWERS = [
    # "you" to one for "you" to several or politely, and the other way round (same_meaning
    # rule `address`): a verb in the same mood and tense, asking as it asks, or a pronoun
    ("otatko maitoa", ["otatteko maitoa"], "correct", None),
    ("mitä te tarvitsette", ["mitä sinä tarvitset"], "correct", None),
    ("odota hetki", ["odottakaa hetki"], "correct", None),
    ("tuon sen sinulle", ["tuon sen teille"], "correct", None),
    ("ottakaa paikka", ["ota paikka"], "correct", None),
    # must not change: another person, a statement for a question, another tense, a repeat
    # (a statement of one's own for the question is another speech act: question_told,
    # stop 40, from set 30's trainers)
    ("otan maitoa", ["otatteko maitoa"], "wrong", None),
    ("otat maitoa", ["otatteko maitoa"], "almost", "word_form"),
    ("otitteko maitoa", ["otatko maitoa"], "almost", "word_form"),
    ("tuon sen hänelle", ["tuon sen teille"], "wrong", None),
    # a lexicon synonym in the other number (or the plural's other object case) is that
    # word in it, as the word itself would be (rules `number`, `object_case`)
    ("imurit on siivouskomerossa", ["pölynimuri on siivouskomerossa"], "correct", None),
    ("tarvitsen sankoja ja moppeja", ["tarvitsen ämpäriä ja moppeja"], "correct", None),
    ("pomot tulee kohta", ["esimies tulee kohta"], "correct", None),
    # must not change: a one-word answer names the thing shown, a count sets the number
    ("hanskat", ["käsine"], "almost", "word_form"),
    ("otan kaksi hanskat", ["otan kaksi käsinettä"], "almost", "word_form"),
    # a form made by rule where Finnish changes the stem, the ending put on the dictionary
    # form (word rule `regular_stem`): the right word in a wrong form, no other word
    ("kuivaan jalat ja käsit", ["kuivaan jalat ja kädet"], "almost", "word_form"),
    ("otan kaksi lasit vesiä", ["otan kaksi lasia vettä"], "almost", None),
    ("lapsit on pihalla", ["lapset on pihalla"], "almost", "word_form"),
    ("tuon avainet", ["tuon avaimet"], "almost", "word_form"),
    ("hän on sängyn vieressä", ["hän on sängyn vieressä"], "correct", None),
    # must not change: a real word of its own stays another word
    ("pesen kasit", ["pesen kädet"], "wrong", None),
    # a right answer, then a statement about another thing that says of it what the
    # accepted answers say of theirs (rule `extra_clause`): more said, not the same thing
    ("hissi pysähtyi ja kolme lamppua on rikki", ["hissi pysähtyi", "hissi on rikki"],
     "correct", None),
    ("kone seisoo ja kaksi lavaa on rikki", ["kone seisoo", "kone on rikki"], "correct", None),
    # where the step's own answers say a thing in both object cases, each with its verb,
    # the case goes with the verb: the other is a slip (object_case and partitive ask)
    ("laitan turvakenkiä", ["laitan turvakengät", "käytän turvakenkiä"], "almost",
     "word_form"),
    ("käytän turvakengät", ["laitan turvakengät", "käytän turvakenkiä"], "almost",
     "word_form"),
    ("otan lääkkeitä", ["otan lääkkeet", "annan lääkkeitä"], "almost", "word_form"),
    # a verb of putting on takes the whole thing, where the step says it so alone (set
    # 18's trainer; judge/one_form.py)
    ("laitan turvakenkiä", ["laitan turvakengät"], "almost", "word_form"),
    # must not change: a step that says one case only, the learner's verb with the form
    ("viilaan reunoja", ["viilaan reunat"], "correct", None),
    ("lääkkeitä ei ole", ["lääkkeet puuttuu", "kaapissa ei ole lääkkeitä"], "correct", None),
    # a compound of two nouns an accepted answer says apart is those two words (step_words.
    # compound_said_apart): its head as said, its front in the answer's form
    ("tilaan kolme kahvipakettia", ["tilaan kolme pakettia kahvia"], "correct", None),
    ("tuon kaksi vesipulloa", ["tuon kaksi pulloa vettä"], "correct", None),
    ("vesipullot", ["kaksi pulloa vettä"], "almost", "missing_words"),  # no count
    # must not change: a compound the step says, or another thing's compound
    ("tuon kaksi vesipulloa", ["tuon kaksi vesipulloa"], "correct", None),
    ("tuon kaksi olutpulloa", ["tuon kaksi pulloa vettä"], "almost", "missing_words"),
    # a one-word command, then the state it warns of as another accepted answer says it
    ("varokaa kuuma", ["varokaa", "levy on kuuma"], "correct", None),
    ("odota märkä", ["odota", "lattia on märkä"], "correct", None),
    # must not change: an attribute left without its thing, a state no answer says
    ("pese likaiset", ["pese", "pese likaiset astiat"], "almost", None),
    ("varokaa kylmä", ["varokaa", "levy on kuuma"], "almost", None),
    # a kind the lexicon holds apart (kinds: turvakenkä): its head alone is any such thing
    ("laitan kengät jalkaan", ["laitan turvakengät jalkaan"], "almost", "word_form"),
    ("laitan lasit päähän", ["laitan suojalasit päähän"], "correct", None),  # unchanged
    # a one-word answer: the thing's name for its singular partitive is a slip of its case
    # (stop 67: sets 28, 51, 61, 93, 121, 139 almost; the `naming` rule taken out), as are
    # the plural, the genitive, a place's case, a short vowel for a long one
    ("sammutin", ["sammutinta"], "almost", "word_form"),
    ("jarrupoljin", ["jarrupoljinta"], "almost", "word_form"),
    ("kuulosuojain", ["kuulosuojaimet"], "almost", "word_form"),
    ("sammuttimen", ["sammutinta"], "almost", "word_form"),
    ("sammutin", ["sammuttimen"], "almost", "word_form"),
    ("varasto", ["varastossa"], "almost", "word_form"),
    ("pähkinä", ["pähkinää"], "almost", "vowel_length"),
    # a slip of "puoli" before an hour is the half hour with a slip, not another number
    # (rule `half_hour_slip`); another hour stays another hour
    ("tauko loppuu pouli kuusi", ["tauko loppuu puoli kuusi"], "almost", "typo"),
    ("kello puoi yksitoista", ["kello puoli yksitoista"], "almost", "typo"),
    ("pouli seitsemän", ["puoli kuusi"], "wrong", None),
    ("puoli kuusi", ["kello 5.30"], "correct", None),
    # must not change: the accepted answers' own thing counted is another number of it
    ("hissi pysähtyi ja kolme hissiä on rikki", ["hissi pysähtyi", "hissi on rikki"],
     "wrong", None),
]


@as_table(("answer", "accept", "verdict", "reason"), ANSWERS)
def test_each_cause_on_answers_of_its_own_kind(answer: str, accept: list[str], verdict: str,
                                               reason: str | None) -> None:
    j = judge(answer, accept)
    assert j.verdict == verdict, j
    if reason is not None:
        assert j.reason == reason, j


def test_a_repeat_step_still_hears_the_models_words() -> None:
    j = judge("odota hetki", ["Odottakaa hetki."], strict=REPEAT_STRICT)
    assert (j.verdict, j.reason) == ("almost", "word_form"), j
    j = judge("imurit on kaapissa", ["Pölynimuri on kaapissa."], strict=REPEAT_STRICT)
    assert j.verdict == "almost", j


# A repeat step: a lexicon phrase said for the model's is a slip whichever of the two the
# model says (the model's own phrase rewritten to the group's first word was "exact": "en
# ymmärtänyt" for "En ymmärrä." was correct, its mirror almost)
@as_table(("answer", "model", "expected"), [
    ("en tajunnut", "En ymmärrä.", ("almost", "synonym")),
    ("voitko auttaa minua", "Autatko minua?", ("almost", "synonym")),
    ("autatko minua", "Voitko auttaa minua?", ("almost", "synonym")),
    # must not change: the model's own words, a compound split in two, a normal step
    ("en ymmärrä", "En ymmärrä.", ("correct", None)),
    ("pora koneessa on vika", "Porakoneessa on vika.", ("correct", None)),
])
def test_a_phrase_for_the_models_either_way(answer: str, model: str, expected: tuple) -> None:
    j = judge(answer, [model], strict=REPEAT_STRICT)
    assert (j.verdict, j.reason) == expected, j
    assert judge(answer, [model]).verdict == "correct"
