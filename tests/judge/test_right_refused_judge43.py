"""Right answers the judge refused or called almost (issue 12, judge43): spoken plural
pointers, a numbered place named by its number's noun, a pleasantry beside a name, a
message said after "että", a self-repair, a yes or a count before a reported fault. Fresh
answers on the bundled lessons' real steps (and the judge's own accepted answers), each
judged otherwise before; beside them the near wrong ones, which stay as they were."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge import judge
from valkky.testing.table import as_table


@as_table(("step", "answer"), [
    # 1. a plural pointer, spoken "on" with it, for the plural thing
    ("rakennus-kartoitus a1-kuva-2", "nää on tikkaat"),
    ("rakennus-kartoitus a1-kuva-2", "nämä ovat tikkaat"),
    ("rakennus-kartoitus a1-kuva-2", "noi on ne tikkaat"),
    ("rakennus-kartoitus a1-kuva-2", "nuo on tikkaat"),
    ("valmistus-kartoitus a1-kuva-2", "nää on suojalasit"),
    ("valmistus-kartoitus a1-kuva-2", "noi on suojalasit"),
    # 2. a numbered place by its number's noun: alone, after the name, in the other side
    ("varasto-keraily paikka", "vitonen"),
    ("varasto-keraily paikka", "hyllyväli vitonen"),
    ("varasto-keraily kuorma-valmis.4", "kakkonen"),
    ("varasto-ohjeet lopuksi", "kakkoseen"),
    # 4. a pleasantry beside the name
    ("yleinen-tervehdys kysy-nimi", "Amina, hauska tavata"),
    ("yleinen-tervehdys kysy-nimi", "Amina, kiva tutustua"),
    ("yleinen-tervehdys kysy-nimi", "hauska tavata, olen Amina"),
])
def test_right_on_a_real_step(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "correct"


@as_table(("step", "answer", "verdict"), [
    # 1. a real slip of form stays one; a singular thing with a plural pointer too
    ("rakennus-kartoitus a1-kuva-2", "nää on tikkaa", "almost"),
    ("rakennus-kartoitus a1-kuva-1", "nää on vasara", "almost"),
    ("rakennus-kartoitus a1-kuva-1", "noi on vasara", "almost"),
    ("siivous-kartoitus a1-kuva-1", "ne on ämpäri", "almost"),
    ("rakennus-kartoitus a1-kuva-2", "nää on vasara", "wrong"),
    # 2. another number's noun is another place; the noun where the step names two kinds
    ("varasto-keraily paikka", "hyllyväli kutonen", "almost"),
    ("varasto-keraily kuorma-valmis.4", "kolmonen", "wrong"),
    ("varasto-ohjeet lopuksi", "kolmoseen", "wrong"),
    ("autoala-kartoitus a1-numero", "vitonen", "wrong"),
    ("autoala-kartoitus a1-numero", "paikka vitonen", "wrong"),
    ("elintarvike-ohjeet kakkonen", "kolmonen", "wrong"),
    # 4. another name stays another name; the pleasantry alone is no name
    ("yleinen-tervehdys kysy-nimi", "Ali, hauska tavata", "wrong"),
    ("yleinen-tervehdys kysy-nimi", "olen Ali, kiva tutustua", "wrong"),
    ("yleinen-tervehdys kysy-nimi", "hauska tavata", "wrong"),
])
def test_near_wrong_on_a_real_step_stays(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("accept", "answer", "verdict"), [
    # 2. a step that names the place only in the nominative: the noun in any case
    ("linja kuusi", "kutonen", "correct"),
    ("linja kuusi", "linja kutonen", "correct"),
    ("linja kuusi", "kutoseen", "correct"),
    ("paikka kuusi", "kutoseen", "correct"),
    ("linjalle kuusi", "kutonen", "correct"),
    ("paikka kuusi", "vitoseen", "wrong"),
    ("paikka kuusi", "linja vitonen", "wrong"),
    # … and no count: "kutonen" is no six bolts nor six degrees
    ("kuusi ruuvia", "kutonen", "wrong"),
    ("kuusi astetta", "kutonen", "wrong"),
    ("kuusi", "kutonen", "wrong"),
    # the step's own noun: the lexicon's synonym, as before
    ("viitonen", "vitonen", "correct"),
])
def test_own_accepted(accept: str, answer: str, verdict: str) -> None:
    assert judge(answer, [accept]).verdict == verdict


_CALL = "soitan esimiehelle | en tule töihin"  # a step that takes a no of coming


@as_table(("accept", "answer", "verdict"), [
    # 5. the message of the call said no after "että": "etten" is "että en"
    (_CALL, "soitan esimiehelle, etten pääse tänään", "correct"),
    (_CALL, "soitan esimiehelle etten voi tulla töihin", "correct"),
    (_CALL, "soitan esimiehelle etten ehdi tänään", "correct"),
    # … not a no of the telling, another deed said no, going on, another clause
    ("soitan esimiehelle", "en soita esimiehelle etten pääse", "wrong"),
    ("soitan esimiehelle", "soitan esimiehelle etten voi korjata sitä", "wrong"),
    ("soitan esimiehelle", "soitan esimiehelle etten voi käyttää konetta", "wrong"),
    ("soitan esimiehelle", "soitan esimiehelle etten voi tulla ja jatkan työtä", "wrong"),
    ("soitan esimiehelle", "soitan työkaverille etten pääse", "wrong"),
    # … where no accepted answer says such a no itself (judge43fix), or not of work or time
    ("soitan esimiehelle", "soitan esimiehelle, etten pääse tänään", "wrong"),
    (_CALL, "soitan esimiehelle etten pääse kotiin", "wrong"),
])
def test_message_said_no(accept: str, answer: str, verdict: str) -> None:
    assert judge(answer, accept.split(" | ")).verdict == verdict


@as_table(("step", "answer", "verdict"), [
    ("elintarvike-hygienia sairas", "soitan esimiehelle, etten pääse tänään", "correct"),
    ("elintarvike-hygienia sairas", "soitan esimiehelle etten tule töihin", "correct"),
    ("elintarvike-hygienia sairas", "en soita esimiehelle", "wrong"),
    ("elintarvike-hygienia sairas", "soitan esimiehelle että tulen töihin", "wrong"),
    ("elintarvike-hygienia sairas", "soitan esimiehelle etten pääse mutta tulen silti", "wrong"),
])
def test_message_said_no_on_a_real_step(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("step", "answer", "verdict"), [
    # 7. a start broken off, typed with its hyphen or said as no word of its own
    ("rakennus-kartoitus a1-aika", "tau-, tauko alkaa yhdeksältä", "correct"),
    ("rakennus-kartoitus a1-aika", "tau tauko alkaa kello yhdeksän", "correct"),
    ("yleinen-numerot kysy-tauko", "tau- tauko alkaa kymmeneltä", "correct"),
    # (a real word before the dash, no comma, is kept since the last review of stop 37:
    # "ei saa- myydä" is no repair; "kuu" stays, so this is a slip)
    ("siivous-ohjeet vuoro", "kello kuu- kello seitsemän", "almost"),
    ("rakennus-kartoitus a1-aika", "tau-, tauko alkaa kymmeneltä", "wrong"),
    ("siivous-ohjeet vuoro", "kello kuu- kello kuusi", "wrong"),
    ("siivous-kartoitus a1-aika", "työ työ alkaa kello viisi", "wrong"),
    # 9. a count of two or more and its fault, the copula left out, where the step says it
    ("metalli-esimies valmiit.4", "2 kappaletta viallisia", "correct"),
    ("metalli-esimies valmiit.4", "joo, 2 kappaletta viallisia", "correct"),
    ("metalli-esimies valmiit.4", "3 kappaletta viallisia", "wrong"),
    ("varasto-keraily ongelma.4", "3 laatikkoa rikki", "wrong"),
    # … "yksi" and no count stay almost; a count the step does not say is another answer
    ("varasto-turvallisuus ilmoita-esimiehelle", "yksi lava rikki", "almost"),
    ("varasto-turvallisuus ilmoita-esimiehelle", "lava rikki", "almost"),
    ("varasto-keraily ongelma.4", "joo, kolme laatikkoa on rikki", "wrong"),
    ("varasto-keraily step-14", "kaksi pulloa on rikki", "wrong"),
])
def test_restart_and_count_on_a_real_step(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("accept", "answer", "verdict"), [
    ("kolme laatikkoa on rikki", "3 laatikkoa rikki", "correct"),
    ("kolme laatikkoa on rikki", "joo, kolme laatikkoa rikki", "correct"),
    ("kolme laatikkoa on rikki", "kaksi laatikkoa rikki", "wrong"),
    ("työ- ja vapaa-aika", "työ- ja vapaa-aika", "correct"),  # a shared half, no break
])
def test_count_and_hyphen_left(accept: str, answer: str, verdict: str) -> None:
    assert judge(answer, [accept]).verdict == verdict


@as_table(("step", "answer", "verdict"), [
    # 6. a fact said with "olla" beside a right answer
    ("ravintola-kartoitus b1-vika", "pakastin on rikki, siellä on -2 astetta", "correct"),
    ("ravintola-kartoitus b1-vika",
     "pakastin on liian lämmin, siellä on vain miinus kaksi astetta", "correct"),
    ("varasto-turvallisuus ilmoita-esimiehelle",
     "lava on rikki, siinä on iso halkeama keskellä", "correct"),
    # … not another value, a deed of the learner's, a foreseen mistake joined by "mutta"
    ("ravintola-kartoitus b1-vika", "pakastin on rikki, siellä on -5 astetta", "wrong"),
    ("varasto-turvallisuus ilmoita-esimiehelle",
     "lava on rikki, minä korjaan sen itse nyt heti", "wrong"),
    ("siivous-kartoitus b1-miksi", "ettei kukaan liukastu mutta koska lattia on märkä", "almost"),
])
def test_fact_beside_on_a_real_step(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("step", "answer", "verdict"), [
    # 8. a limit and a warning said in other words (the lexicon's phrases)
    ("ravintola-hygienia step-9", "maksimi kuusi", "correct"),
    ("varasto-ohjeet kuorma", "maksimi tuhat kiloa", "correct"),
    ("varasto-ohjeet kuorma", "maksimissaan tonni", "correct"),
    ("siivous-turvallisuus step-21", "varokaa, täällä on liukasta", "correct"),
    ("siivous-asiakas toimisto.6", "varokaa, täällä on liukasta", "correct"),
    # … another limit, another number, another state
    ("ravintola-hygienia step-9", "maksimi kymmenen", "wrong"),
    ("varasto-ohjeet kuorma", "minimi tuhat kiloa", "wrong"),  # was correct on main
    ("elintarvike-hygienia lampotila", "minimi kuusi astetta", "wrong"),
    ("siivous-turvallisuus step-21", "varokaa, täällä on kuivaa", "wrong"),
])
def test_said_in_other_words_on_a_real_step(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("step", "answer", "verdict"), [
    # 3. the thing alone in the case the question's verb allows, as the step's answers say it
    ("metalli-tyokalut avaa", "jakoavainta", "correct"),
    ("metalli-tyokalut avaa", "jakoavaimen", "correct"),
    # … not in another number, not a foreseen mistake, not after a verb that needs a whole
    # object or takes some of a thing otherwise (laittaa, ottaa, hakea)
    ("metalli-tyokalut avaa", "jakoavaimia", "almost"),
    ("metalli-tyokalut avaa", "pulttia", "wrong"),
    ("rakennus-turvallisuus kysy-kypara", "kypärää", "almost"),
    ("metalli-tyokalut reika", "porakonetta", "almost"),
    ("hoiva-valineet step-24", "peittoa", "almost"),
])
def test_object_as_asked_on_a_real_step(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict


@as_table(("step", "answer", "verdict"), [
    # judge43fix (the review's holes). 1. the other limit, as a word more or a synonym
    ("varasto-ohjeet kuorma", "minimi tonni", "wrong"),
    ("varasto-ohjeet kuorma", "minimi tuhat", "wrong"),
    ("varasto-ohjeet kuorma", "vähintään tonni", "wrong"),
    ("varasto-ohjeet kuorma", "minimissään tuhat kiloa", "wrong"),
    ("elintarvike-hygienia lampotila", "minimi kuusi", "wrong"),
    ("elintarvike-hygienia lampotila", "vähintään kuusi", "wrong"),
    ("elintarvike-hygienia lampotila", "yli kuusi", "wrong"),
    ("elintarvike-hygienia lampotila", "enintään kuusi", "correct"),
    ("elintarvike-hygienia lampotila", "alle kuusi", "correct"),
    ("varasto-ohjeet kuorma", "maksimi tonni", "correct"),
    ("varasto-ohjeet kuorma", "ei yli tuhatta kiloa", "correct"),
    # 2. a wrong mistake said whole beside the message, which its no does not reach
    ("elintarvike-hygienia sairas", "soitan esimiehelle etten tule, menen töihin", "wrong"),
    ("elintarvike-hygienia sairas", "soitan esimiehelle etten tule ja menen töihin", "wrong"),
    # 3. a no of coming only where the step takes one, and only of work or time
    ("elintarvike-hygienia sairas", "soitan esimiehelle etten tule myöhään", "wrong"),
    ("elintarvike-hygienia sairas", "soitan esimiehelle etten pääse ajoissa", "wrong"),
    ("elintarvike-hygienia sairas", "soitan esimiehelle etten pääse kotiin", "wrong"),
    ("elintarvike-hygienia sairas", "soitan esimiehelle etten tule sairauslomalle", "wrong"),
    ("valmistus-turvallisuus step-24", "ilmoitan etten tule", "wrong"),
    ("elintarvike-hygienia sairas", "soitan esimiehelle, etten pääse tänään töihin", "correct"),
    ("elintarvike-hygienia sairas", "soitan esimiehelle etten voi tulla töihin", "correct"),
    # 4. a fact's number: one an accepted answer says with "on", not the target
    ("ravintola-kartoitus b1-vika", "pakastin on liian lämmin, siellä on -18 astetta", "wrong"),
    ("ravintola-kartoitus b1-vika",
     "pakastin on rikki, siellä on miinus kahdeksantoista astetta", "wrong"),
    # 5. a number's noun of a number no accepted answer says: another place
    ("varasto-keraily paikka", "hyllyväli vitonen, hyllypaikka kolmonen", "wrong"),
    ("varasto-keraily paikka", "hyllyväli vitonen, hyllypaikka kakkonen", "correct"),
])
def test_review_holes_on_a_real_step(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
