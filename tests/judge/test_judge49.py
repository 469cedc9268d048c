"""judge49 (issue 12): a self-repair that ends on a foreseen mistake gives that mistake's
own judgement and reply; a report told to someone the step does not name; a dialogue turn
that says again what an earlier turn named a mistake. Fresh answers on the bundled
lessons' real steps, probed before the change (the verdict then is noted where it moved),
beside the near cases that stay as they were."""

from __future__ import annotations

from tests.judge.golden import judged_on, tasks
from valkky.engine.feedback import after_verdict, almost_fi
from valkky.judge import receiver
from valkky.lesson import model as m
from valkky.lesson.loader import check_text
from valkky.testing.table import as_table

_FORMS = ("{h}, ei, {m}", "{h} eiku {m}", "{h} ei kun {m}", "{h} ei ku {m}",
          "{h} tai siis {m}", "{h}, anteeksi, {m}", "{h}. Ei, {m}")


def _turns(dialogue: str) -> list[m.LearnerTurn]:
    """The learner turns of a one-step lesson whose dialogue is ``dialogue`` (YAML lines)."""
    lesson, problems = check_text(
        "id: t\nversion: 1\ntitle: T\nprofession: siivous\nlevel: A1\nsupport: [en]\n"
        "steps:\n  - id: d\n    dialogue:\n" + dialogue, "t.yaml")
    assert lesson is not None, [str(p) for p in problems]
    return [t for t in lesson.steps[0].turns if isinstance(t, m.LearnerTurn)]


def _reply(step: str, answer: str) -> str:
    task, _ = tasks()[step]
    j = judged_on(step, answer)
    replies = after_verdict(j, task, last=False, right=task.accept[0], almost=almost_fi)
    return " ".join((r.reaction.say if r.reaction else r.say) or "" for r in replies)


# 1. A self-repair that ends on a foreseen mistake is that mistake: its verdict, its
# reason, its matched key (which gives the trainer's reply). Before: (was …).
@as_table(("step", "head", "mistake"), [
    ("metalli-ohjeet kone", "painan hätäseistä", "jatkan työtä"),
    ("metalli-ohjeet kone", "pysäytän koneen ja ilmoitan työnjohtajalle", "korjaan sen itse"),
    ("metalli-ohjeet kone", "jatkan työtä", "pysäytän koneen"),
    # a foreseen slip after a wrong start taken back (was wrong, "Sanoit päinvastoin")
    ("elintarvike-hygienia sairas", "tulen töihin", "menen lääkäriin"),
    ("autoala-turvallisuus tukipukit", "tunkki", "tuet"),
    ("metalli-ohjeet kone", "korjaan sen itse", "pysäytän koneen ja kerron työkaverille"),
    ("kauppa-turvallisuus lue-paivays", "ei voi", "voi"),  # (was correct, answer_inside)
    ("kauppa-turvallisuus lue-paivays", "ei voi", "saa"),  # (was correct)
    ("kauppa-turvallisuus lue-paivays", "ei voi", "kyllä"),  # (was correct / almost)
    ("kauppa-turvallisuus lue-paivays", "ei voi", "kyllä voi"),  # (was correct / wrong)
    ("yleinen-tyovuoro lauantai.2", "valitettavasti en voi", "voin"),  # (was almost)
    ("yleinen-tyovuoro lauantai.2", "valitettavasti en voi", "kyllä voin"),  # (was wrong)
    ("yleinen-kahvitauko tauko.8", "voi ei", "kiva"),  # (was correct / almost)
    ("autoala-asiakas kerro-vika", "jarrupalat ovat kuluneet", "jarrut ovat kuluneet"),
    ("autoala-raportti mennyt", "auto putosi tunkilta", "auto tippui tunkilta"),
    ("autoala-turvallisuus tukipukit", "tukipukit", "tuet"),  # (was wrong, opposite)
    ("autoala-tyomaarays paine", "kaksi pilkku kolme baria", "kaksi kolme"),
    ("elintarvike-hygienia sairas", "soitan esihenkilölle", "menen lääkäriin"),
    ("ravintola-hygienia allergia", "kysyn", "en tiedä"),  # (was almost, missing_words)
    ("ravintola-asiakas kokki", "hetkinen, kysyn kokilta", "on siinä pähkinää"),
    ("rakennus-turvallisuus step-22", "siivoan", "en tee mitään"),  # (was wrong, opposite)
    ("kauppa-raportti kaatuminen.8", "selvä", "en tuo"),  # (was wrong, opposite)
    ("hoiva-raportti hoitaja.6", "häneen sattuu lonkkaan", "ei"),  # (was wrong, opposite)
    ("ravintola-raportti noora", "käytä eri leikkuulautaa raa'alle lihalle",
     "älä vaihda lautaa"),  # (was wrong, negation)
])
def test_a_repair_ending_on_a_foreseen_mistake_is_it(step: str, head: str,
                                                     mistake: str) -> None:
    alone = judged_on(step, mistake)
    assert alone.reason == "mistake"
    for form in _FORMS:
        answer = form.format(h=head, m=mistake)
        j = judged_on(step, answer)
        assert (j.verdict, j.reason, j.matched) == (alone.verdict, alone.reason,
                                                    alone.matched), answer
        assert _reply(step, answer) == _reply(step, mistake), answer


# … the repair into the right answer stays right; a no that takes nothing back beside a
# right deed stays both said (judge47); a lone no after a full no stays correct
@as_table(("step", "answer", "verdict"), [
    ("metalli-ohjeet kone", "jatkan työtä eiku pysäytän koneen ja ilmoitan työnjohtajalle",
     "correct"),
    ("metalli-ohjeet kone", "jatkan työtä, ei, pysäytän koneen ja ilmoitan työnjohtajalle",
     "correct"),
    ("kauppa-turvallisuus lue-paivays", "kyllä voi, ei, ei voi", "correct"),
    ("kauppa-turvallisuus lue-paivays", "voi eiku ei voi", "almost"),  # ("voi" read as oh)
    ("yleinen-tyovuoro lauantai.2", "voin eiku valitettavasti en voi", "correct"),
    ("yleinen-tyovuoro lauantai.2", "valitettavasti en voi, ei, ei", "correct"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle eiku en korjaa sitä itse", "correct"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle eiku en käytä sitä", "correct"),
    ("varasto-ohjeet hylly", "ilmoitan esimiehelle, ei, en käytä hyllyä", "correct"),
    ("siivous-kartoitus a1-aika", "seitsemältä eiku kuudelta", "correct"),
    ("siivous-kartoitus a1-aika", "kuudelta eiku seitsemältä", "wrong"),
])
def test_repairs_that_stay(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# 2. A report told to someone the step does not name, where the step accepts the bare
# verb beside answers that name who is told: a workmate almost (the trainers' own verdict
# for "kerron työkaverille"), anyone else wrong. All were correct before.
@as_table(("step", "answer", "verdict"), [
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työkaverille", "almost"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan kollegalle", "almost"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan viasta työtoverille", "almost"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan asiakkaalle", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan viasta vaimolle", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan heti naapurille", "wrong"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan kaverille", "almost"),  # a workmate (lexicon)
    ("metalli-ohjeet kone", "pysäytän koneen ja ilmoitan kaverille", "almost"),
    # the one told before the verb, or further after it (review49)
    ("varasto-turvallisuus ilmoitus", "työkaverille ilmoitan", "almost"),
    ("varasto-turvallisuus ilmoitus", "asiakkaalle ilmoitan", "wrong"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan vaarasta heti mun työkaverille", "almost"),
    ("valmistus-turvallisuus step-24", "kyllä ilmoitan työkaverille", "almost"),
    ("valmistus-turvallisuus step-24", "ilmoitan äidille", "wrong"),
    ("valmistus-turvallisuus step-24", "kyllä ilmoitan naapurille", "wrong"),
    ("metalli-ohjeet kone", "pysäytän koneen ja ilmoitan työkaverille", "almost"),
    ("metalli-ohjeet kone", "sammutan koneen ja ilmoitan kollegalle", "almost"),
    ("metalli-ohjeet kone", "pysäytän koneen ja ilmoitan vaimolle", "wrong"),
    ("metalli-ohjeet kone", "pysäytän koneen ja ilmoitan asiakkaalle", "wrong"),
    ("elintarvike-hygienia ilmoita", "ilmoitan heti asiakkaalle", "wrong"),
    ("elintarvike-hygienia ilmoita", "ilmoitan laatuongelmasta kollegalle", "almost"),
    ("elintarvike-hygienia ilmoita", "ilmoitan heti ystävälle", "wrong"),
    ("ravintola-ohjeet vuoto", "ilmoitan heti työkaverille", "almost"),
    ("ravintola-ohjeet vuoto", "ilmoitan heti lapselle", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan heti asiakkaalle", "wrong"),
    ("siivous-ohjeet johto", "ilmoitan heti kollegalle", "almost"),
    ("varasto-ohjeet hylly", "ilmoitan heti työkaverille", "almost"),
    ("varasto-ohjeet hylly", "ilmoitan heti naapurille", "wrong"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan työkaverille", "almost"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan vaarasta asiakkaalle", "wrong"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan siitä vaimolle", "wrong"),
    # the receiver told beside another is no one the step asks for alone
    ("hoiva-ohjeet liina", "ilmoitan siitä työkaverille", "almost"),
    ("hoiva-ohjeet liina", "ilmoitan siitä asiakkaalle", "wrong"),
    # … the step's own one, its lexicon synonyms, beside another, a pronoun, a person the
    # step may mean (a doctor, a cleaner), a no: as before
    ("valmistus-turvallisuus kysy-vika", "ilmoitan", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan pomolle", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan viasta vuoroesimiehelle", "correct"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan esimiehelle ja työkaverille", "correct"),
    ("metalli-ohjeet kone", "pysäytän koneen ja ilmoitan työkaverille ja työnjohtajalle",
     "correct"),
    ("metalli-ohjeet kone", "pysäytän koneen ja ilmoitan hänelle", "correct"),
    ("metalli-ohjeet kone", "pysäytän koneen ja ilmoitan esihenkilölle", "correct"),
    ("varasto-turvallisuus ilmoitus", "ilmoitan siitä esimiehelle", "correct"),
    ("hoiva-ohjeet liina", "kerron työkaverille ja hoitajalle", "correct"),
    ("hoiva-ohjeet liina", "ilmoitan siitä sairaanhoitajalle", "correct"),
    ("elintarvike-hygienia ilmoita", "ilmoitan heti siivoojalle", "correct"),
    # a foreseen mistake keeps its own verdict and reply
    ("metalli-ohjeet kone", "pysäytän koneen ja kerron työkaverille", "almost"),
])
def test_a_report_told_to_another(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


def test_a_workmate_told_hears_the_one_to_tell() -> None:
    assert _reply("metalli-ohjeet kone", "pysäytän koneen ja ilmoitan työkaverille") == \
        "Melkein! Sano: pysäytän koneen ja ilmoitan työnjohtajalle."
    assert _reply("valmistus-turvallisuus kysy-vika", "ilmoitan kollegalle") == \
        "Melkein! Sano: ilmoitan työnjohtajalle."


@as_table(("said", "accepted", "found"), [
    ("ilmoitan työkaverille", ("ilmoitan", "ilmoitan esimiehelle"), (1, "almost")),
    ("kerron siitä heti asiakkaalle", ("kerron esimiehelle",), (3, "wrong")),
    ("työkaverille ilmoitan", ("ilmoitan esimiehelle",), (0, "almost")),
    ("ilmoitan kaverille", ("ilmoitan esimiehelle",), (1, "almost")),  # (lexicon group)
    ("ilmoitan vaarasta heti mun työkaverille", ("ilmoitan esimiehelle",), (4, "almost")),
    ("en työkaverille ilmoita", ("ilmoitan esimiehelle",), None),  # a no
    ("soitan vaimolle", ("soitan työnjohtajalle",), (1, "wrong")),
    ("ilmoitan työkaverille", ("ilmoitan",), None),  # the step tells no one by name
    ("ilmoitan työkaverille", ("ilmoitan työkaverille",), None),  # the step's own
    ("en kerro asiakkaalle", ("kerron esimiehelle",), None),  # a no
    ("ilmoitan hänelle", ("ilmoitan esimiehelle",), None),  # a pronoun
    ("ilmoitan lääkärille", ("ilmoitan esimiehelle",), None),  # may be the one meant
    ("vien laatikon asiakkaalle", ("ilmoitan esimiehelle",), None),  # no telling
    ("ilmoitan työkaverille ja esimiehelle", ("ilmoitan esimiehelle",), None),
    ("kerron työkaverille", ("kerron työkaverille ja esimiehelle", "kerron esimiehelle"),
     (1, "almost")),
])
def test_told_another(said: str, accepted: tuple[str, ...],
                      found: tuple[int, str] | None) -> None:
    told = receiver.told_another(said.split(), [a.split() for a in accepted])
    assert (None if told is None else (told.at, told.verdict)) == found


# 3. A dialogue's later turn that says again what an earlier turn named a wrong mistake is
# wrong (before: correct, the later turn knew nothing of it); the earlier turn's bare replies
# (a yes, "ei mitään", "en tiedä", a name or a place alone) are wrong to their own question
# only, and stay out
@as_table(("step", "answer", "verdict"), [
    ("yleinen-tyovuoro lauantai.4", "okei, kyllä mä voin tulla lauantaina", "wrong"),
    ("yleinen-tyovuoro lauantai.4", "kyllä voin", "wrong"),
    ("yleinen-tyovuoro lauantai.4", "voin, kiitos", "wrong"),
    ("yleinen-tyovuoro lauantai.4", "selvä, voin", "wrong"),
    ("yleinen-tyovuoro lauantai.4", "kiitos, kyllä mä voin sittenkin", "wrong"),
    ("yleinen-tyovuoro lauantai.4", "kiitos, voin kyllä tulla lauantaina", "wrong"),
    ("varasto-raportti kari.6", "kaikki oli kunnossa", "wrong"),
    ("varasto-raportti kari.6", "se on vastaanotossa, kaikki ok", "wrong"),
    ("varasto-raportti kari.6", "okei, kuittasin heti", "wrong"),
    ("hoiva-raportti elias.4", "okei, älä laita jarruja", "wrong"),
    ("kauppa-raportti napistys.8", "selvä, hänellä on punainen takki", "wrong"),
    ("kauppa-raportti napistys.8", "okei, asiakas osti suklaata", "wrong"),
    # … the turn's own answers, and what it says beside them that no turn named wrong
    ("yleinen-tyovuoro lauantai.4", "kiitos", "correct"),
    ("yleinen-tyovuoro lauantai.4", "selvä kiitos", "correct"),
    ("yleinen-tyovuoro lauantai.4", "kiitos kun ymmärrät", "correct"),
    ("yleinen-tyovuoro lauantai.4", "selvä, kiitos ja anteeksi", "correct"),
    ("varasto-raportti kari.6", "se on vastaanotossa", "correct"),
    ("kauppa-raportti napistys.8", "selvä", "correct"),
    ("kauppa-raportti napistys.8", "okei, kassalla", "correct"),  # a bare place: kept out
    ("kauppa-raportti pullo.4", "ei mitään", "correct"),  # a bare reply: kept out
    ("yleinen-perehdytys samir.8", "totta kai, käytä aina suojalaseja", "correct"),
])
def test_an_earlier_turns_mistake_said_again(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


def test_every_later_turns_own_answers_stay_right() -> None:
    moved = [(step, a) for step, (task, _) in tasks().items() if task.earlier_mistakes
             for a in task.accept if judged_on(step, a).verdict != "correct"]
    assert not moved


def test_earlier_mistakes_are_the_wrong_ones_the_turn_does_not_name() -> None:
    turns = _turns(
        "      - robot: Voitko tulla lauantaina?\n"
        "      - accept: [en voi]\n        mistakes:\n          voin tulla: Ei.\n"
        "          voin: Ei.\n          joo: Ei.\n          jussi: Ei.\n"
        "          en: {say: Melkein., verdict: almost}\n"
        "      - robot: Selvä.\n      - accept: [kiitos, voin]\n")
    assert turns[0].task.earlier_mistakes == ()
    # "voin" the turn accepts; "joo" a bare yes, "jussi" a name alone, "en" almost
    assert turns[1].task.earlier_mistakes == ("voin tulla",)


def test_an_earlier_turns_mistake_gets_that_turns_reply() -> None:
    # review49b, 4 (was "Ei aivan.", which says nothing of why): the earlier turn's reply,
    # its why only (its "Sano: Valitettavasti en voi." answers the earlier question)
    assert _reply("yleinen-tyovuoro lauantai.4", "voin, kiitos") == \
        "Lauantaina sinulla on perhejuhla."


# review49, 1: a repair of the last clause only leaves the deed before it said: an unsafe
# deed kept, only the report corrected to a foreseen slip, stays wrong (was almost) —
# steps × the unsafe clause × the report said first × the foreseen-slip report, each with
# ", ei," and "eiku"; beside it, a repair of the whole answer stays the slip it ends on
@as_table(("step", "unsafe", "report", "slip"), [
    ("hoiva-ohjeet liina", "käytän sitä", "kerron hoitajalle", "kerron työkaverille"),
    ("hoiva-ohjeet liina", "käytän rikkinäistä liinaa", "ilmoitan hoitajalle",
     "kerron työkaverille"),
    ("hoiva-asukas kipu", "annan hänelle lääkettä", "kerron hoitajalle",
     "kerron työkaverille"),
    ("hoiva-asukas kipu", "annan lääkettä", "kerron hoitajalle", "kerron työkaverille"),
    ("hoiva-turvallisuus kaatui", "nostan hänet yksin", "kerron hoitajalle",
     "kerron työkaverille"),
    ("hoiva-turvallisuus kaatui", "nostan hänet ylös", "soitan hoitajalle",
     "kerron työkaverille"),
    ("siivous-ohjeet johto", "käytän imuria", "ilmoitan esimiehelle", "kerron työkaverille"),
    ("siivous-ohjeet johto", "korjaan johdon itse", "kerron esimiehelle",
     "kerron työkaverille"),
    ("ravintola-ohjeet vuoto", "korjaan sen itse", "ilmoitan esimiehelle",
     "kerron työkaverille"),
    ("elintarvike-hygienia sairas", "tulen töihin", "soitan esihenkilölle",
     "kerron työkaverille"),
    ("elintarvike-hygienia sairas", "tulen töihin sairaana", "soitan esihenkilölle",
     "kerron työkaverille"),
    ("varasto-turvallisuus ilmoitus", "käytän sitä", "ilmoitan esimiehelle",
     "laitan sen sivuun"),
])
def test_an_unsafe_deed_before_a_repaired_report_stays_wrong(step: str, unsafe: str,
                                                              report: str, slip: str) -> None:
    assert judged_on(step, slip).verdict == "almost"  # the slip alone: a foreseen almost
    for form in ("{u} ja {r}, ei, {s}", "{u} ja {r} eiku {s}", "{u}, {r}, ei, {s}"):
        answer = form.format(u=unsafe, r=report, s=slip)
        assert judged_on(step, answer).verdict == "wrong", answer


@as_table(("step", "answer", "verdict"), [
    # the whole answer repaired: the slip it ends on
    ("elintarvike-hygienia sairas", "tulen töihin, ei, menen lääkäriin", "almost"),
    ("elintarvike-hygienia sairas", "tulen töihin eiku kerron työkaverille", "almost"),
    ("metalli-ohjeet kone", "korjaan sen itse, ei, pysäytän koneen ja kerron työkaverille",
     "almost"),
    ("valmistus-turvallisuus kysy-vika", "käytän konetta, ei, en käytä konetta", "almost"),
    ("hoiva-ohjeet liina", "käytän sitä, ei, otan toisen liinan", "almost"),
    # the whole said again, only its report repaired: the slip, as written
    ("metalli-ohjeet kone",
     "pysäytän koneen ja kerron työnjohtajalle, ei, pysäytän koneen ja kerron työkaverille",
     "almost"),
    # a right deed kept, the report repaired to a slip: the slip
    ("hoiva-ohjeet liina", "en käytä sitä ja kerron hoitajalle, ei, kerron työkaverille",
     "almost"),
    # … to the right one: right
    ("hoiva-ohjeet liina", "en käytä sitä ja kerron työkaverille, ei, kerron hoitajalle",
     "correct"),
    ("hoiva-ohjeet liina", "en käytä sitä ja kerron työkaverille, ei, hoitajalle",
     "correct"),
    ("elintarvike-hygienia sairas",
     "jään kotiin ja soitan työkaverille, ei, soitan esihenkilölle", "correct"),
    # an unsafe deed kept, the report repaired to the right one: wrong (was correct on
    # main, the same hole as the review's blocker)
    ("hoiva-ohjeet liina", "käytän sitä ja kerron hoitajalle, ei, kerron esimiehelle",
     "wrong"),
    ("hoiva-ohjeet liina", "käytän sitä ja kerron työkaverille eiku kerron hoitajalle",
     "wrong"),
    ("elintarvike-hygienia sairas",
     "tulen töihin ja soitan työkaverille, ei, soitan esihenkilölle", "wrong"),
])
def test_a_whole_or_a_right_answer_repaired(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review49, 2a: the telling beside a whole accepted deed, or no report of the step's (the
# swap for the step's own one makes no accepted answer), stays right (was almost / wrong)
@as_table(("step", "answer"), [
    ("yleinen-tyoturvallisuuskortti step-18",
     "soitan hätänumeroon ja sanon työkaverille että hakee ensiapulaukun"),
    ("yleinen-tyoturvallisuuskortti step-18", "huudan apua ja sanon työkaverille että soita 112"),
    ("kauppa-raportti kaatui", "puhun asiakkaalle rauhallisesti ja autan häntä"),
    ("kauppa-turvallisuus pois-hyllysta", "otan sen pois hyllystä ja sanon asiakkaalle anteeksi"),
    ("kauppa-turvallisuus pois-hyllysta", "otan sen pois hyllystä ja kerron kaverille"),
    ("elintarvike-hygienia sairas", "en tule töihin ja kerron perheelle"),
    ("elintarvike-hygienia sairas", "jään kotiin ja sanon äidille että olen sairas"),
    ("elintarvike-hygienia sairas", "jään kotiin ja kerron vaimolle"),
])
def test_telling_beside_a_deed_stays_right(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"


# review49, 2b: an earlier turn's mistake matches only as a clause said whole; inside this
# turn's accepted answer, with another number, or as a near word it is no match
@as_table(("step", "answer", "verdict"), [
    ("autoala-raportti asiakas.6", "auto on valmis huomenna", "correct"),
    ("autoala-raportti asiakas.6", "autonne on valmis huomenna kello kolme", "correct"),
    ("valmistus-tyonjohtaja aamu.6", "selvä, kiitos, sata kappaletta", "correct"),
    ("valmistus-tyonjohtaja aamu.6", "kiitos, nyt ymmärrän, sata kappaletta", "correct"),
    ("valmistus-tyonjohtaja aamu.4", "voitko sanoa uudelleen, sata kappaletta?", "correct"),
    ("valmistus-tyonjohtaja aamu.6", "kiitos, nyt ymmärrän, kymmenen kappaletta", "wrong"),
    ("ravintola-raportti antti.6", "asiakas sai melkein väärän annoksen", "correct"),
    ("ravintola-raportti antti.6",
     "asiakas sai melkein väärän annoksen koska luin tilauksen liian nopeasti", "correct"),
    ("yleinen-perehdytys samir.8", "voit aina kysyä minulta", "correct"),
    ("yleinen-perehdytys samir.8", "voit kysyä", "correct"),  # the turn's own verb
    ("kauppa-raportti kaatuminen.8",
     "selvä, tuon ensiapulaukun, onneksi hän ei loukkaantunut pahasti", "correct"),
    # its own kind: the earlier "voin" with what it can (an infinitive, a time)
    ("yleinen-tyovuoro lauantai.4", "okei kiitos, kyllä mä voin tulla", "wrong"),
    ("yleinen-tyovuoro lauantai.4", "okei kiitos, voin mä tulla", "wrong"),
    ("yleinen-tyovuoro lauantai.4", "selvä kiitos, mä voin tulla", "wrong"),
    ("yleinen-tyovuoro lauantai.4", "kiitos, kyllä voin tulla lauantaina", "wrong"),
    ("varasto-raportti kari.6", "se on vastaanotossa. kuittasin rahtikirjan heti", "wrong"),
    ("varasto-raportti kari.6", "se on vastaanotossa, en tehnyt mitään muuta", "correct"),
])
def test_an_earlier_mistake_only_as_a_clause_whole(step: str, answer: str,
                                                   verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


def test_an_earlier_mistake_said_inside_an_accepted_answer_is_left_out() -> None:
    turns = _turns(
        "      - robot: Onko auto valmis tänään?\n"
        "      - accept: [ei ole]\n        mistakes:\n          auto on valmis: Ei.\n"
        "          kaikki on kunnossa: Ei.\n"
        "      - robot: Milloin?\n      - accept: [auto on valmis huomenna, huomenna]\n")
    assert turns[1].task.earlier_mistakes == ("kaikki on kunnossa",)


# review49b, 1: a repair that says the last clause again (in its order, in fewer of its
# words) or is a whole of clauses takes the whole back: right again — unless the clauses
# before it say an unsafe deed (a mistake whose reply is "Ei!", a deed unsafe_more knows)
@as_table(("step", "answer", "verdict"), [
    ("elintarvike-ohjeet pitka-ohje",
     "vien laatikot kylmiöön ja pakkaan juustot, ei, pakkaan ensin juustot", "correct"),
    ("elintarvike-ohjeet pitka-ohje",
     "vien laatikot kylmiöön ja pakkaan juustot eiku pakkaan juustot ensin", "correct"),
    ("hoiva-ohjeet pitka-ohje",
     "annan hänelle vettä ja vien Einon vessaan, ei, vien ensin Einon vessaan", "correct"),
    ("ravintola-ohjeet ensin",
     "pilkon sipulit ja laitan uunin päälle, ei, laitan ensin uunin päälle", "correct"),
    ("siivous-ohjeet ensin", "pyyhin pöydät ja haen kärryn, ei, haen ensin kärryn", "correct"),
    ("metalli-ohjeet lopuksi",
     "poraan reiät ja viilaan terävät reunat, ei, lopuksi viilaan reunat", "correct"),
    ("ravintola-asiakas kokki",
     "ei ole ja hetkinen, kysyn kokilta, ei, hetkinen, kysyn kokilta", "correct"),
    # the clauses before an unsafe deed: wrong
    ("hoiva-ohjeet liina", "käytän sitä ja kerron hoitajalle, ei, kerron esimiehelle", "wrong"),
    ("hoiva-ohjeet liina", "käytän sitä ja kerron hoitajalle, ei, kerron hoitajalle", "wrong"),
    ("kauppa-turvallisuus nosto", "nostan sen yksin ja pyydän apua, ei, pyydän apua", "wrong"),
    ("elintarvike-tyokaveri kysy-linja",
     "korjaan sen itse ja linja on pysähtynyt, ei, linja on pysähtynyt", "wrong"),
    ("ravintola-ohjeet vuoto",
     "korjaan sen itse ja kerron työkaverille, ei, kerron esimiehelle", "wrong"),
])
def test_a_repair_saying_the_last_clause_again(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review49b, 2: the clauses before and the repair an accepted answer as written: right (was
# almost, the repair's own slip)
@as_table(("step", "answer", "verdict"), [
    ("siivous-ohjeet etiketti", "laitan suojakäsineet ja suojatakin, ei, suojalasit", "correct"),
    ("ravintola-ohjeet allergeenit", "vehnä ja muna, ei, maito", "correct"),
    # (the repair makes the accepted "laitan suojakäsineet ja suojatakin": a coat alone is
    # half the answer since session 41, no wrong mistake for the repair to end on)
    ("hoiva-ohjeet eristys", "laitan suojakäsineet ja suojalasit, ei, suojatakin", "correct"),
])
def test_the_clauses_before_and_the_repair_accepted(step: str, answer: str,
                                                   verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


# review49b, 3: after a one-word verb mistake ("voin" to the Saturday asked), a time counts
# only where the earlier turn names it: another day offered is no Saturday said again
@as_table(("step", "answer", "verdict"), [
    ("yleinen-tyovuoro lauantai.4", "selvä kiitos, voin auttaa sunnuntaina", "correct"),
    ("yleinen-tyovuoro lauantai.4", "okei kiitos, voin tulla huomenna", "correct"),
    ("yleinen-tyovuoro lauantai.4", "kiitos, kyllä voin sunnuntaina", "correct"),
    ("yleinen-tyovuoro lauantai.4", "selvä kiitos, voin tulla lauantaina", "wrong"),
    ("yleinen-tyovuoro lauantai.4", "kiitos, kyllä voin tulla lauantaina", "wrong"),
    ("yleinen-tyovuoro lauantai.4", "okei kiitos, kyllä mä voin tulla", "wrong"),
    ("varasto-raportti kari.6", "se on vastaanotossa. kuittasin rahtikirjan heti", "wrong"),
])
def test_a_time_after_an_earlier_verb_only_as_named(step: str, answer: str,
                                                    verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


def test_the_earlier_turns_said_are_carried() -> None:
    task = tasks()["yleinen-tyovuoro lauantai.4"][0]
    assert "voin" in task.earlier_mistakes
    assert any("lauantaina" in said for said in task.earlier_said)


# review49b, 4: an earlier mistake said again gives that turn's own reply (why it is wrong)
def test_an_earlier_mistake_said_again_gives_its_reply() -> None:
    task = tasks()["yleinen-tyovuoro lauantai.4"][0]
    j = judged_on("yleinen-tyovuoro lauantai.4", "selvä kiitos, voin tulla lauantaina")
    assert (j.verdict, j.matched) == ("wrong", "voin")
    said = [r.reaction.say for r in after_verdict(j, task, last=False, right=task.accept[0],
                                                  almost=almost_fi) if r.reaction]
    assert said == [task.earlier_replies["voin"].say]
    # why only: not the earlier turn's "Sano: Valitettavasti en voi." (another question's)
    assert said[0] and "Sano" not in said[0] and "perhejuhla" in said[0]
    assert judged_on("yleinen-tyovuoro lauantai.4", "selvä kiitos").matched is None


@as_table(("reply", "why"), [
    ("Lauantaina sinulla on perhejuhla. Sano: Valitettavasti en voi.",
     "Lauantaina sinulla on perhejuhla."),
    ("Ei! Tulipalossa ihmiset tarvitsevat hätäuloskäynnin. Siirrä ne pois.",
     "Ei! Tulipalossa ihmiset tarvitsevat hätäuloskäynnin. Siirrä ne pois."),
    ("Ei. Oikea vastaus on: kiitos.", None),
    ("Sano: en voi.", None),
])
def test_an_earlier_reply_keeps_its_why_only(reply: str, why: str | None) -> None:
    from valkky.lesson import model as m
    from valkky.lesson.loader import _why_only
    assert _why_only(m.Reaction(say=reply)).say == why


def test_a_later_turns_unsafe_mistakes_are_wrong_told_early() -> None:
    # set 128 (both trainers wrong): an unsafe deed a later turn foresees, told before that
    # turn asks; the later turn's safe-but-wrong mistake ("Älä heitä …") and bare words stay
    # its own
    turns = _turns(
        "      - robot: Mitä nyt?\n"
        "      - accept: [paketissa oli muovinpala]\n        open: true\n"
        "      - robot: Mitä teit?\n"
        "      - accept: [laitoin paketin sivuun]\n        mistakes:\n"
        "          laitoin paketin takaisin: 'Ei! Paketti ei saa mennä kauppaan.'\n"
        "          heitin sen pois: Älä heitä sitä pois.\n"
        "          en: 'Ei! Kerro.'\n")
    assert turns[0].task.earlier_mistakes == ("laitoin paketin takaisin",)
    assert turns[0].task.earlier_replies["laitoin paketin takaisin"].say == \
        "Ei! Paketti ei saa mennä kauppaan."
    assert turns[1].task.earlier_mistakes == ()
    assert judged_on("elintarvike-raportti pirjo.2",
                     "otin muovin pois ja laitoin paketin takaisin").verdict == "wrong"
    assert _reply("elintarvike-raportti pirjo.2",
                  "otin muovin pois ja laitoin paketin takaisin").startswith(
        "Ei! Paketti ei saa mennä kauppaan.")
