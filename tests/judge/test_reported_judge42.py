"""A right answer that reports a fault (issue 12, judge42; valkky/judge/reported.py): after the
learner's verb of telling, a clause at "että" whose subject has a fault is what the learner
reports, its no no no of theirs. Real steps; each row of the first table failed on main, each
row of the review's table (main's verdict kept) failed on the branch before its mends."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table


@as_table(("step", "answer"), [
    # the report's no was read as the learner's (wrong or almost on main)
    ("varasto-turvallisuus ilmoitus", "kerron työnjohtajalle että tikkaat ei ole kunnossa"),
    ("valmistus-turvallisuus kysy-vika", "kerron esimiehelle että kone ei toimi"),
    ("valmistus-turvallisuus kysy-vika", "soitan pomolle ettei kone käynnisty"),
    ("metalli-ohjeet kone", "pysäytän koneen ja kerron työnjohtajalle että se ei toimi"),
    ("valmistus-turvallisuus kysy-vika", "soitan pomolle et kone ei käynnisty"),  # spoken
    ("valmistus-turvallisuus kysy-vika", "menen kertomaan esimiehelle että kone ei toimi"),
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle että lattia on märkä"),  # a fault, yes
    ("hoiva-ohjeet liina", "kerron hoitajalle että liina puuttuu"),
    ("siivous-ohjeet johto", "en käytä sitä ja ilmoitan esimiehelle että johto ei ole ehjä"),
    ("hoiva-ohjeet liina", "kerron työkaverille ja hoitajalle ettei liina kestä"),
    # what is reported is no deed of the learner's; a clause of their own after it is
    ("varasto-ohjeet hylly", "ilmoitan esimiehelle että tolppa ei ole suora"),
    ("varasto-turvallisuus ilmoitus", "huomaan että lava ei kestä ja kerron esimiehelle"),
    # a no of working with a word of degree or time after it
    ("valmistus-turvallisuus kysy-vika", "kerron esimiehelle että kone ei toimi kunnolla"),
    ("valmistus-turvallisuus kysy-vika", "kerron esimiehelle että kone ei käynnisty enää"),
])
def test_a_report_is_no_no_of_the_learner(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"


@as_table(("step", "answer", "verdict"), [
    # kept as on main: the learner's own deed after "että", a no on the telling, a foreseen
    # mistake said in the report
    ("varasto-turvallisuus ilmoitus", "sanon että en ilmoita", "wrong"),
    ("varasto-turvallisuus ilmoitus", "kerron esimiehelle että käytän sitä", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "kerron esimiehelle että korjaan sen itse", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "en kerro että kone ei toimi", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "en kerro esimiehelle että kone ei toimi", "wrong"),
    ("valmistus-turvallisuus kysy-vika", "kerron esimiehelle että hän korjaa sen itse",
     "wrong"),  # a verb of a foreseen mistake, whoever does it
    ("hoiva-asukas kipua.4", "kerron hoitajalle että annan lääkettä", "wrong"),
])
def test_the_learners_own_deed_keeps_its_verdict(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("step", "answer", "verdict", "reason"), [
    # The review of judge42 (issue 12, SAFETY): each row moved away from main's verdict on
    # the branch before its mends, and keeps main's now. "kun", "jos", "mutta" say when or
    # despite, not what is told; a report that all is fine, of a deed or without a subject,
    # a foreseen mistake's noun in it, a telling not the learner's (hän sanoi, nähdään), and
    # a no on the accepted report (no longer almost here)
    ("autoala-asiakas ajanvaraus.8", "kiitos nähdään torstaina että kone ei toimi", "wrong", None),
    ("autoala-asiakas ajanvaraus.8", "nähdään torstaina että kone ei toimi", "wrong", None),
    ("elintarvike-hygienia sairas", "soitan esihenkilölle että kuume on mennyt ohi",
     "almost", "missing_words"),
    ("elintarvike-hygienia sairas", "soitan esihenkilölle mutta vuoro alkaa kuudelta",
     "wrong", None),
    ("hoiva-asukas kipu", "kerron hoitajalle että asukas saa lääkettä", "wrong", "negation"),
    ("hoiva-asukas kipu", "kerron hoitajalle kun asukas on saanut lääkettä",
     "almost", "missing_words"),
    ("hoiva-asukas kipu", "kerron hoitajalle mutta asukas ottaa lääkkeen",
     "almost", "missing_words"),
    ("hoiva-ohjeet liina", "kerron hoitajalle ettei liina ole rikki", "almost", "missing_words"),
    ("hoiva-ohjeet liina", "kerron hoitajalle että liina kestää vielä", "wrong", None),
    ("hoiva-ohjeet liina", "kerron hoitajalle että liina on ehjä", "wrong", None),
    ("hoiva-ohjeet liina", "kerron hoitajalle mutta liina kestää kyllä", "wrong", None),
    ("hoiva-raportti hoitaja.6", "hän sanoi että polvi on kipeä", "wrong", None),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle jos hän ei nouse", "almost", "missing_words"),
    ("hoiva-turvallisuus kaatui", "soitan hoitajalle jos hän ei pääse ylös",
     "almost", "missing_words"),
    ("metalli-ohjeet kone", "ilmoitan että kone ei toimi", "wrong", "negation"),
    ("metalli-ohjeet kone", "kerron työnjohtajalle että kone ei pidä outoa ääntä",
     "wrong", "negation"),
    ("metalli-ohjeet kone", "kerron työnjohtajalle että kone käy ihan hyvin", "wrong", None),
    ("metalli-ohjeet kone", "kerron työnjohtajalle että konetta voi käyttää", "wrong", None),
    ("metalli-ohjeet kone", "kerron työnjohtajalle jos ääni jatkuu", "almost", "word_form"),
    # (the step tells the fault, "Kone pitää outoa ääntä.": "kone käy vielä" says it is
    # fine; review77)
    ("metalli-ohjeet kone", "pysäytän koneen ja kerron työnjohtajalle mutta kone käy vielä",
     "wrong", "going_on"),
    # (the answer's no said with a yes: the opposite, told so; judge47, no_left_out)
    ("ravintola-asiakas allergia.4", "kokki sanoi että leivässä on gluteenia", "wrong",
     "negation"),
    ("ravintola-asiakas allergia.4", "kokki sanoi että siinä on vehnää", "wrong", None),
    ("ravintola-ohjeet vuoto", "ilmoitan esimiehelle mutta kone saa vuotaa", "almost", "word_form"),
    ("ravintola-ohjeet vuoto", "kerron esimiehelle että kone ei vuoda", "wrong", "negation"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle mutta imuri toimii vielä",
     "almost", "word_form"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle että kone toimii",
     "almost", "word_form"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle kun kone hajoaa kokonaan",
     "almost", "word_form"),
    ("valmistus-turvallisuus kysy-vika", "ilmoitan työnjohtajalle mutta kone jatkaa",
     "almost", "word_form"),
    ("valmistus-turvallisuus kysy-vika", "sanon työnjohtajalle että kone käy ihan hyvin",
     "almost", "word_form"),
    ("valmistus-turvallisuus step-24", "ilmoitan jos joku ei loukkaantunut", "wrong", None),
    ("varasto-ohjeet hylly", "kerron esimiehelle mutta tavarat menee hyllyyn",
     "almost", "word_form"),
    ("varasto-turvallisuus ilmoitus", "kerron esimiehelle että lava ei ole rikki",
     "wrong", "negation"),
    # (the step's question tells "Lava on rikki.": the thing said fine, review73)
    ("varasto-turvallisuus ilmoitus", "kerron esimiehelle mutta lava kestää", "wrong",
     "going_on"),
    ("varasto-turvallisuus ilmoitus", "kerron esimiehelle mutta trukki vie lavan hyllyyn",
     "wrong", None),
    ("yleinen-aika kysy-paiva", "esimies sanoi että se on keskiviikkona", "wrong", None),
    ("yleinen-aika kysy-paiva", "esimies sanoi että vapaapäivä on maanantaina", "wrong", None),
    ("yleinen-tyoturvallisuuskortti step-18", "soitan ambulanssin jos hän ei herää",
     "wrong", "negation"),
    ("yleinen-tyoturvallisuuskortti step-18", "soitan hätänumeroon jos hän ei herää",
     "wrong", "negation"),
    ("yleinen-tyoturvallisuuskortti step-18", "soitan hätänumeroon jos verenvuoto ei lopu",
     "wrong", "negation"),
    # found while mending (also right on the branch before): the learner's own deed said
    # beside the telling, before or after the report (main's hole in their words alone;
    # going on is wrong since judge/carry_on.py)
    ("valmistus-turvallisuus kysy-vika", "kerron esimiehelle että kone on rikki mutta jatkan",
     "wrong", "mistake"),
    ("siivous-ohjeet johto", "ilmoitan esimiehelle että johto on rikki mutta imuroin silti",
     "wrong", "mistake"),
    ("valmistus-turvallisuus kysy-vika", "jatkan työtä ja kerron esimiehelle että kone ei toimi",
     "wrong", "mistake"),
    ("siivous-ohjeet johto", "imuroin ja ilmoitan esimiehelle että johto ei ole ehjä",
     "wrong", "mistake"),
    ("varasto-turvallisuus ilmoitus",
     "huomaan että lava ei kestä ja kerron esimiehelle mutta jatkan", "wrong", "mistake"),
    # a report under another rule that judges a part on its own (extra_clause: "… ja
    # jatkan työtä" beside a right answer)
    ("valmistus-turvallisuus kysy-vika",
     "ilmoitan työnjohtajalle että kone on rikki ja jatkan työtä", "wrong", "mistake"),
    # the second review: a clause after the report with no joining word ("… se pyörii
    # silti"), its verb a finite one
    ("metalli-ohjeet kone", "kerron työnjohtajalle että kone on rikki se pyörii silti",
     "wrong", None),
    ("metalli-ohjeet kone", "ilmoitan työnjohtajalle että kone on rikki se saa olla päällä",
     "almost", "word_form"),
    ("varasto-turvallisuus ilmoitus",
     "kerron esimiehelle että lava on rikki trukki vie sen hyllyyn", "almost", "typo"),
    ("varasto-turvallisuus ilmoitus",
     "ilmoitan esimiehelle että lava on rikki kuski vie sen hyllyyn", "almost", "typo"),
    ("valmistus-turvallisuus kysy-vika",
     "kerron esimiehelle että kone on rikki linja pyörii silti", "almost", "missing_words"),
    ("ravintola-ohjeet vuoto",
     "kerron esimiehelle että lattia on märkä asiakkaat kävelee siinä", "almost", "word_form"),
    ("metalli-ohjeet kone",
     "pysäytän koneen ja kerron työnjohtajalle että kone on rikki se saa jäädä",
     "almost", "typo"),
    # (since stop 75 a broken thing mended by a workmate, no repairer, is wrong as a jam
    # freed by one is: the lessons teach "Älä korjaa itse.")
    ("varasto-turvallisuus ilmoitus",
     "ilmoitan esimiehelle että kone on rikki työkaveri korjaa sen", "wrong", None),
    # the second review: the no of a verb of working that says all is fine, an essive, a
    # fault or a verb after it
    ("metalli-ohjeet kone", "kerron työnjohtajalle että kone ei käy kuumana",
     "wrong", "negation"),
    ("valmistus-turvallisuus kysy-vika", "kerron työnjohtajalle että kone ei käy kuumana",
     "wrong", None),
    ("varasto-ohjeet hylly", "kerron esimiehelle että tolppa ei pysy vinossa", "wrong", None),
    ("hoiva-ohjeet liina", "kerron hoitajalle että liina ei kestä rikkoutua",
     "almost", "missing_words"),
    ("metalli-ohjeet kone", "kerron työnjohtajalle että se ei toimi huonosti",
     "wrong", "negation"),
    ("metalli-ohjeet kone", "kerron työnjohtajalle että kone ei pysy rikki",
     "wrong", "negation"),
])
def test_what_is_no_reported_fault_keeps_mains_verdict(step: str, answer: str, verdict: str,
                                                       reason: str | None) -> None:
    j = judged_on(step, answer)
    assert (j.verdict, j.reason) == (verdict, reason)


@as_table(("step", "answer"), [
    # "johtaja" is the boss a fault is told to, as esimies, pomo, työnjohtaja are (the
    # lexicon's roles; wrong on main where the step says esimies)
    ("varasto-turvallisuus ilmoitus", "soitan johtajalle"),
    ("varasto-turvallisuus ilmoitus", "kerron johtajalle että trukki ei toimi"),
    ("ravintola-ohjeet vuoto", "ilmoitan johtajalle"),
])
def test_johtaja_is_the_boss(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"
