"""Going on beside a right answer (issue 12, safety): "ilmoitan esimiehelle mutta imuroin
silti", "… ja jatkan vaan" to "Johto on rikki. Mitä teet?", "painan hätäseis ja jatkan
työtä". The right answer is said whole, so answer_inside and extra_clause took the few words
more as a deed that fits; the deed undoes the answer: the learner reports the broken cord
and goes on vacuuming with it.

What going on is, per step (``_going_on``): a verb of going on (``CARRY_ON``: jatkaa,
käyttää) that a wrong mistake says, and the work that mistake goes on with, as a verb
("jatkan imurointia": jatkaa, imuroida); every verb of going on where that mistake is the
learner using the thing itself ("käytän sitä"); going on where the step's answers stop the
work (``STOPPING`` in the learner's person, or the e-stop: "pysäytän koneen", "painan
hätäseis"), and there starting it again ("käynnistän imurin uudelleen", "laitan sen
päälle", "pidän koneen päällä", "otan sen käyttöön") or using what is stopped, as a command
or by "I" ("kerro esimiehelle ja käytä konetta", "pysäytän koneen … ja käytän konetta";
where the e-stop stops no thing named, any thing the step names; judge45).
Never a verb the step's answers say the learner does ("käytän toista imuria" is theirs).

A clause beside the answer (split at ja, mutta, tai; up to a clause of its own inside it,
"… kunnes voin jatkaa") goes on where:
- the learner does it: the verb in the first or second person, a command, the spoken
  passive ("me jatketaan"), or after a verb of theirs that leads to it ("voin jatkaa",
  "aion jatkaa", "menen jatkamaan") or a necessive ("täytyy jatkaa"); no one else named
  as its subject ("työkaveri imuroi"); not a question ("saanko jatkaa") nor asking or
  leaving it to someone ("kysyn", "päättää");
- it says no no, and no condition of a repair or a permission ("kun johto on korjattu",
  "jos esimies sanoo", "korjauksen jälkeen", "luvalla"; "kun olen ilmoittanut", "jos
  ehdin", "jos se on turvallinen" are none); going on with the work itself (jatkaa, its
  thing the work or none) may be put off to a later time said of its verb ("jatkan työtä
  huomenna", a break; not "jatkan työtä, hylly korjataan huomenna", nor with a time of now
  beside it); using the forbidden thing later is using it ("käytän hissiä myöhemmin");
- nothing else is gone on with or used: another tool ("toisella imurilla", "mopilla",
  "käsin"), other work or thing ("jatkan moppausta", "jatkan muita töitä", "käytän
  portaita" beside "käytän hissiä"): going on or using takes no thing, a pronoun, the work
  itself ("työtä", "käytävän imuroimista"), a noun of a wrong mistake's deed ("nostoa"), or
  the thing the mistake names or the answers stop; a time or a place is no thing
  ("jatkan hetken", "jatkan varastossa"); the work's own verb ("imuroin eri huoneen")
  takes any;
- or, said anyway (``DESPITE``: silti, kuitenkin, vaikka…), it is the verb of a wrong
  mistake with that mistake's thing or a pronoun for it ("käynnistän sen silti" beside
  "käynnistän koneen"; not "menen kuitenkin hänen luokseen" beside "menen hakemaan
  hoitajan").
Where an answer said (a repeat step's model, said at all) reports a fault of a thing
(``reported_fault``: "koneessa on vika", "porakone on rikki", "kone ei toimi"), using it,
going on with the work (where it is a tool of the work: ``TOOLS``) and starting it go on
too (not starting one that does not start: "auto ei käynnisty"; a break told as past,
"pullo hajosi", only using it; a deed told in the past is a report, none), and so does a
clause that says it works ("… mutta se toimii", "se kestää vielä"); a deed done anyway
beside the fault ("jarrupalat ovat kuluneet, ajan silti"; not telling or going somewhere:
"tulen silti"),
beside a danger moving through it ("lattia on liukas, kävelen silti"), and anywhere a deed
an answer said refuses, done anyway ("älä laita kättä koneeseen, laitan silti"; judge58).
Beside such a fault, the faulty thing's own work said now ("porakone on rikki, poraan
loppuun", "nosturi on rikki, nostan auton": ``_TOOL_WORK``), things put in or on it
("hylly on rikki, laitan laatikot sinne") and the thing said ok ("se kelpaa", "se on ok")
go on too; a refused way's rule kept ("nosta jaloilla, älä selällä, nostan kuitenkin
jaloilla") is no deed refused (judge59).
It is then the wrong mistake it says most of (its verdict and feedback: "Ei! Rikki johto on
vaarallinen. Lopeta ja ilmoita esimiehelle."), else wrong with the reason ``going_on``
("Ei! Älä jatka. Se ei ole turvallista."). Not in a choose step, nor in a repeat step but
as said above; in an open
step too, where advice goes on ("paina hätäseis ja jatka työtä"), and in an answer compared
word by word, right or nearly, read whole ("ilmoita esimiehelle ja jatka imurointia", a
command for the answers' "ilmoitan": ``verdict._gone_on``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from copy import copy
from functools import lru_cache
from itertools import pairwise

from valkky.judge import finnish, sizes
from valkky.judge.case import Case, Judgement, fuzz_module, normalised
from valkky.judge.finnish import in_learners_person
from valkky.judge.polarity import MAIN_JOINS, SUB_JOINS, main_clauses, no_on
from valkky.judge.receiver import a_person, allative
from valkky.judge.wordsets import (
    ADDRESSED,
    ANOTHER_THING,
    BUT,
    CARRY_ON,
    CONDITION_WORDS,
    EVERY_NO,
    FAULT_WHEN_NO,
    FRAME_WORDS,
    GO_AHEAD,
    GOING_VERBS,
    GOOD_STATE,
    LATER,
    NEGATIONS,
    NOT_THE_DEED,
    QUESTION_WORDS,
    STOPPING,
    TELLING,
    TELLING_OR_STOPPING,
    THING_PRONOUNS,
    WHEN_WORDS,
)

# "anyway": the deed is done despite what the answer says (spoken forms too)
DESPITE = frozenset({"silti", "kuitenkin", "kuitenki", "kumminkin", "kumminki", "vaikka",
                      "huolimatta", "tapauksessa"})  # (joka tapauksessa)
# a later time said of going on ("jatkan huomenna"): the work itself goes on when it may;
# using the forbidden thing later is using it still ("käytän hissiä myöhemmin"); a time of
# now anywhere beside the answer says it goes on now too ("huomenna ja tänään")
_LATER = LATER | {"vasta"}
_NOW = frozenset({"tänään", "nyt", "heti"})
_GOING_ON = frozenset({"jatkaa", "jatkua"})  # (not käyttää: using it later is using it)
# a condition (kun, jos) that makes going on later where it names one of these: a repair,
# a permission, an instruction, or who gives them ("kun johto on korjattu", "jos esimies
# sanoo"); not a report or a whim ("kun olen ilmoittanut", "jos ehdin")
_CONDITIONS = CONDITION_WORDS
_PERMITS = ADDRESSED | GO_AHEAD | {"korjata", "korjaus", "käskeä", "neuvoa",
                        "tarkistaa", "tarkastaa", "tarkastus", "huolto", "huoltaa", "vaihtaa",
                        "vaihto", "uusi", "ehjä", "kunto", "kunnossa", "valmis", "korjaaja",
                        "kunnossapito", "hyväksyä", "antaa", "toimia", "terve", "parantua",
                        "parata", "ohi", "poistaa"}
# "… jälkeen" is later after these (korjauksen jälkeen), not after a report (ilmoituksen)
_AFTER = frozenset({"korjaus", "lupa", "tarkastus", "huolto", "vaihto", "korjata", "tauko"})
# asking whether, or leaving it to someone: no going on said
_ASKING = frozenset({"kysyä", "päättää", "miettiä", "harkita", "selvittää", "varmistaa"})
# what a learner may say before asking leave, the question still a question
_ASKING_FIRST = _ASKING | TELLING_OR_STOPPING
# going on with the work itself: these say no thing of their own ("jatkan työtä loppuun")
_THE_WORK = frozenset({"työ", "homma", "duuni", "työnteko", "loppu", "normaali"})
# a time is no thing gone on with ("jatkan hetken", "vähän aikaa")
_TIMES = WHEN_WORDS | {"aika", "hetki", "tovi", "vähä"}
# verbs before the going on that keep it the learner's ("aion jatkaa", "menen jatkamaan",
# "voin jatkaa"), and the necessive said without a person ("täytyy jatkaa", "mun pitää")
_MODALS = NOT_THE_DEED | {"aikoa", "haluta", "yrittää", "alkaa", "ruveta", "ehtiä", "mennä"}
_MUST = frozenset({"täytyy", "pitää", "pakko", "täytyisi", "pitäisi", "tarvitsee"})
_MINE = frozenset({"minä", "mä", "mun", "minun", "minulla", "mulla", "me", "meidän", "on"})
_ADESSIVE = "ulkoolento"
# postpositions whose noun is no thing gone on with ("ilmoituksen jälkeen", "liinan
# kanssa": the sling is the thing, said otherwise)
_POSTPOSITIONS = frozenset({"jälkeen", "aikana", "ajan", "asti", "saakka", "ennen", "kanssa",
                   "avulla", "takia", "vuoksi"})
# where a clause of its own begins: what follows is no going on of the learner's
# ("odotan kunnes voin jatkaa", "odotan ohjeita ennen kuin jatkan", "hän sanoo milloin")
_SUBORDINATE = (SUB_JOINS - _POSTPOSITIONS) | {"vaikka", "ettei", "kunnes", "milloin", "kuin"}
_NOT_A_THING = frozenset({"asemosana", "suhdesana", "seikkasana"})
_IT = frozenset({"se", "ne"})  # a pronoun for a thing the step names
_SOMEONE = frozenset({"hän", "he", "joku", "kukaan", "kaikki"})  # a subject not the learner


@lru_cache(maxsize=4096)
def _verbs(word: str) -> frozenset[str]:
    """The verbs ``word`` says: its base forms as a verb (not a modal or "olla"), and the
    verb an action noun is made of (imurointi → imuroida, siivoaminen → siivota)."""
    out = {b for b in finnish.base_forms(word) if finnish.is_verb(b)} \
        if finnish.is_verb(word) else set()
    out |= {root for root, _ in finnish.derived_from(word) if finnish.is_verb(root)}
    return frozenset(out - NOT_THE_DEED)


def _bases(word: str) -> frozenset[str]:
    return finnish.base_forms(word) or frozenset({word})


def _verbs_of(text: str) -> frozenset[str]:
    return frozenset().union(*map(_verbs, normalised(text).split()))


def _things(text: str) -> frozenset[str]:
    """The nouns (and pronouns) ``text`` names, by base form: what a deed is done to (not
    a verb in a person, though Voikko reads it as a noun too: "poraan"; but a noun that
    is also a command, "hylly", is the noun)."""
    return frozenset(b for w in normalised(text).split() if w not in FRAME_WORDS
                     and finnish.word_classes(w) & {"nimisana", "asemosana"}
                     and (finnish.persons(w) <= {("2", "singular")} or _a_tool_said(w))
                     for b in _bases(w)) - _IT


def _a_tool_said(word: str) -> bool:
    """``word`` is a tool's name as the subject says it, though a verb's person too:
    "kuljetin" (kuljettaa's past; review82: "kuljetin on jumissa"); not "poraan", which
    as a noun is only the illative."""
    return any(a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") == "nimento" and
               (b := a.get("BASEFORM")) is not None and (b in TOOLS or b.endswith(TOOL_ENDS))
               for a in finnish.analyses(word))


def _own_verbs(accepted: Iterable[str]) -> frozenset[str]:
    """The verbs the step's answers say the learner does: in the learner's person, in a
    clause with no no (not "käyttää konetta", what one must not do), nor with another
    thing ("käytän toista porakonetta": using this one is still going on with it, set 90)."""
    return frozenset(b for n in accepted for clause in main_clauses(n.split())
                     if NEGATIONS.isdisjoint(clause) and
                     not any(_bases(w) & ANOTHER_THING for w in clause) for w in clause
                     if in_learners_person(w) for b in _verbs(w))


def _stops(accepted: Iterable[str]) -> frozenset[str] | None:
    """Where the step's answers stop the work, the learner's deed ("pysäytän koneen",
    "painan hätäseis"; not "kuljetin pysähtyi", a report, nor "se on hätäseis", a name):
    the things stopped (none for the e-stop), else None."""
    stopped: set[str] | None = None
    for n in accepted:
        words = n.split()
        if not any(map(in_learners_person, words)):
            continue
        for i, w in enumerate(words):
            if w.startswith(("hätäseis", "hätäpysäy")) or \
                    (in_learners_person(w) and _bases(w) & STOPPING):
                stopped = stopped or set()
                stopped |= {b for o in words[i + 1:i + 3] if _a_thing(o) for b in _bases(o)}
    return None if stopped is None else frozenset(stopped)


def _learners_deed(clause: Sequence[str], i: int) -> bool:
    """The verb at ``i`` is the learner's deed: in a person of theirs, or after a verb of
    theirs that leads to it ("voin jatkaa", "aion jatkaa", "menen jatkamaan") or a
    necessive without another's name ("täytyy jatkaa", "mun pitää jatkaa"); no one else
    named as its subject before it ("työkaveri imuroi", "esimies sanoo jatka")."""
    before = clause[:i]
    if any(_bases(w) & _SOMEONE or a_subject(w) for w in before):
        return False
    if in_learners_person(clause[i]):
        return True
    lead = [w for w in before if w not in _MINE][-1:]
    return bool(lead) and (lead[0] in _MUST or (
        in_learners_person(lead[0]) and bool(_bases(lead[0]) & _MODALS)))


def a_subject(word: str) -> bool:
    """A noun in the nominative, not a pronoun: a subject of someone else ("työkaveri")."""
    classes = finnish.word_classes(word)
    return "nimisana" in classes and "asemosana" not in classes and \
        not finnish.persons(word) and word not in _MUST and \
        any(case == "nimento" for case, _ in finnish.case_numbers(word))


def _main_part(clause: Sequence[str]) -> list[str]:
    """The clause up to a clause of its own inside it ("… kunnes voin jatkaa")."""
    return list(clause[:next((j for j, w in enumerate(clause) if j and w in _SUBORDINATE),
                             len(clause))])


def _told_apart(wholes: list[list[str]]) -> list[list[str]]:
    """Each clause, with what it tells at "että" a clause of its own: a deed of the
    learner's said there is the learner's plan ("ilmoitan esimiehelle, että nostan
    auton"; review69)."""
    out: list[list[str]] = []
    for whole in wholes:
        at = next((j for j, w in enumerate(whole) if j and w == "että"), None)
        out.extend([whole] if at is None else [whole[:at], whole[at:]])
    return out


def _only_told(whole: Sequence[str]) -> bool:
    """A clause at "että" that tells what is so, no deed of the learner's own ("…, että
    konetta voi käyttää"; not "…, että nostan auton": the learner's plan, review69)."""
    return whole[:1] == ["että"] and not any(
        w not in EVERY_NO and finnish.of_i_or_we(w) for w in whole)


def _held_back(clause: Sequence[str]) -> bool:
    """The clause says no, asks, leaves it to someone, or goes on only after a repair or a
    permission ("kun johto on korjattu", "korjauksen jälkeen", "luvalla"). A no counts in
    the clause's main part ("en jatka"), not inside its condition ("jatka työtä kun
    työnjohtaja ei näe" goes on: a condition with a no is none of repair or permission)."""
    if not EVERY_NO.isdisjoint(_main_part(clause)) or "luvalla" in clause:
        return True
    asked = next((i for i, w in enumerate(clause) if asked_verb(w)), None)
    if asked is not None and not any(in_learners_person(w) and not asked_verb(w) and
                                     _verbs(w) & CARRY_ON for w in clause[asked + 1:]) and \
            all(_bases(w) & _ASKING_FIRST for w in clause[:asked]
                if in_learners_person(w) and finnish.persons(w) and not asked_verb(w)):
        return True  # saanko jatkaa, jatketaanko (not "voinkos, jatkan työtä": going on
        # said after the question; "…, voinko jatkaa, teen mitä hän sanoo" asks); after
        # waiting or telling too ("odotan, voinko jatkaa": review68); not after a deed of
        # one's own, which is done ("poraan loppuun, käykö", "jatkan työtä, voinko
        # jatkaa?": review67, review69)
    bases = [_bases(w) for w in clause]
    if any(b & _ASKING for b in bases):
        return True  # kysyn, päättää
    if any(w == "jälkeen" and i and bases[i - 1] & _AFTER for i, w in enumerate(clause)):
        return True
    at = next((i for i, w in enumerate(clause) if w in _CONDITIONS), None)
    return at is not None and EVERY_NO.isdisjoint(clause[at + 1:]) and \
        any(b & _PERMITS for b in bases[at + 1:])


def asked_verb(word: str) -> bool:
    """A verb said as a question ("saanko", "jatketaanko")."""
    return word.endswith(("ko", "kö")) and bool(finnish.persons(word))


def _later(clause: Sequence[str], i: int, beside: Sequence[str]) -> bool:
    """Going on at ``i`` is said for later: a time word or a break ("tauolla", "tauon
    jälkeen") said of its verb, no other verb in a person between ("jatkan työtä, hylly
    korjataan huomenna" is now), and no time of now beside the answer."""
    if not _NOW.isdisjoint(beside):
        return False
    for j, w in enumerate(clause):
        if w in _LATER or any(b.endswith("tauko") for b in _bases(w)):
            between = clause[min(i, j) + 1:max(i, j)]
            if not any(map(finnish.persons, between)):
                return True
    return False


def _goes_on_with_the_work(clause: Sequence[str], i: int) -> bool:
    """The verb at ``i`` goes on ("jatkaa") with the work itself or nothing named: what a
    later time may put off ("jatkan työtä huomenna"; not "jatkan imurointia huomenna",
    "käytän sitä huomenna")."""
    return bool(_bases(clause[i]) & _GOING_ON) and all(
        _bases(w) & _THE_WORK for w in _nouns(clause, i))


def _another_tool(clause: Sequence[str], things: frozenset[str]) -> bool:
    """A tool of its own: one the step does not name ("jatkan mopilla"), another of its
    own ("toisella imurilla", "varaimurilla"), by hand ("käsin"); not a manner ("omalla
    vastuullani", "varovaisuudella": review69)."""
    return "käsin" in clause or any(
        any(case == _ADESSIVE for case, _ in finnish.case_numbers(w)) and _a_noun(w) and
        not _a_manner(w) and not (i and _bases(clause[i - 1]) & _THE_SAME) and
        (_bases(w) & ANOTHER_THING or w.startswith("vara") or not _bases(w) & things)
        for i, w in enumerate(clause))


# the same one, one's own: the one worked on ("jatkan samalla koneella"; review70)
_THE_SAME = frozenset({"sama", "oma"})


def _a_manner(word: str) -> bool:
    """A noun of manner, risk or sameness, said in the adessive of how work is done: no
    tool ("vastuullani", "samalla tavalla", "huolellisuudella", "päätökselläni")."""
    return bool(_bases(word) & _NO_TOOL) or any(
        b.endswith(_ABSTRACT) for b in _bases(word))


# what an adessive says that is no tool: a manner or a risk taken, the same one ("jatkan
# omalla vastuullani", "jatkan samalla tavalla" go on with the faulty one); abstract nouns
# by their ending ("varovaisuus", "päätös")
_NO_TOOL = frozenset({"vastuu", "riski", "vaara", "tapa", "tyyli", "vauhti", "voima", "teho",
                      "tekniikka", "lupa", "sama", "käsi"})
_ABSTRACT = ("us", "ys", "ös", "os")


# Said with "silti", "kuitenkin" beside a danger: a way of moving that keeps it safe
# ("kävelen silti varovasti", "mene kuitenkin sivuun"; review62) — not beside a broken
# thing or a refused deed, which are used or done all the same
_CAREFULLY = frozenset({"varovasti", "hitaasti", "rauhassa", "jaloilla", "yhdessä", "sivuun",
                        "reunaa", "reunalla", "kanssa"})
# What replaces or sets aside a faulty thing before the work goes on: "vaihdan sen", "lataan
# akun", "laitan sen sivuun", "haen uuden"
_HASTE = frozenset({"juosta", "ajaa", "kiirehtiä"})
_REPLACING = frozenset({"vaihtaa", "ladata"})
_TAKING = frozenset({"hakea", "ottaa", "tuoda", "käyttää", "lainata", "pyytää", "saada",
                     "tilata", "ostaa"})  # ("tilaan uudet ja asennan ne huomenna")
_BORROWING = frozenset({"lainata"})
_ANOTHER_OF_IT = frozenset({"toinen", "uusi", "ehjä", "toimiva", "varalla"})
SET_ASIDE = frozenset({"sivuun", "syrjään"})


def someone_elses(word: str) -> bool:
    """``word`` says whose or from where another of a thing comes: a genitive or an ablative
    of a noun or a name ("Matin", "varaston", "Pekalta")."""
    return bool(finnish.word_classes(word) & {"nimisana", "etunimi", "sukunimi"}) and any(
        case in ("omanto", "ulkoeronto", "sisaeronto") for case, _ in finnish.case_numbers(word)
    ) and not any(str(a.get("POSSESSIVE", "")).startswith("1") for a in finnish.analyses(word))


def replaced_before(words: Sequence[str], whole: Sequence[str],
                    things: frozenset[str]) -> bool:
    """A clause of the answer (``words``) before ``whole`` (the clause that goes on: a rule
    may pass it alone) replaces the faulty thing, takes another of it, or sets it aside —
    the thing one of ``things`` (the fault's and the step's, by base form), a pronoun for
    it, or left unsaid: "haen uuden porakoneen ja jatkan työtä", "otan toisen ja jatkan",
    "vaihdan akun ja jatkan", "laitan sen sivuun ja jatkan" (review62: were wrong, going
    on); not another thing ("vaihdan asentoa ja jatkan", "otan oikean asennon": going on
    with the faulty one)."""
    before: list[str] = []
    for k in range(len(words) - len(whole) + 1):
        if list(words[k:k + len(whole)]) == list(whole):
            before = list(words[:k])
            break

    def of_it(at: int) -> bool:  # the word at ``at``: the faulty thing, a pronoun, or none
        if at >= len(before) or before[at] in MAIN_JOINS:
            return True
        return bool(_bases(before[at]) & (things | THING_PRONOUNS.keys()))

    for j, w in enumerate(before):
        bases = _bases(w)
        if bases & _REPLACING and of_it(j + 1):
            return True  # "vaihdan sen", "lataan akun"
        if bases & _TAKING and j + 1 < len(before) and \
                _bases(before[j + 1]) & _ANOTHER_OF_IT and of_it(j + 2):
            return True  # "haen uuden (porakoneen)", "otan toisen"
        if bases & _TAKING and j + 2 < len(before) and someone_elses(before[j + 1]) and \
                _bases(before[j + 2]) & things:
            return True  # "lainaan Matin porakoneen", "lainaan Pekalta porakoneen" — the
            # thing named: not "pyydän Matin ja poraan", "otan lattialta sen" (review67)
        if bases & _BORROWING and j + 1 < len(before) and _bases(before[j + 1]) & things \
                and not any(allative(x) for x in before[j + 2:]):
            return True  # "lainaan porakoneen": one borrowed is another (review66); not
            # "lainaan sen", nor lent to someone ("… Matille")
        if w in SET_ASIDE and any(of_it(k) for k in range(max(0, j - 2), j)):
            return True  # "laitan sen sivuun"
    return False


def _other_work(clause: Sequence[str], i: int, things: frozenset[str],
                work: frozenset[str]) -> bool:
    """Going on (or using) at ``i`` with a thing of its own: not the work itself, a
    pronoun, one of ``things``, nor a deed of ``work`` (a wrong mistake's verbs) as a noun
    ("jatkan nostoa" beside "nostan asukkaan yksin"): "jatkan moppausta", "jatkan
    siivoamista", "käytän portaita", "muita töitä". Its thing is the head of its phrase,
    not a time nor the noun of a postposition ("jatkan ilmoituksen jälkeen", "liinan
    kanssa", "jatkan hetken")."""
    if any(_bases(w) & ANOTHER_THING for w in clause):
        return True  # muita töitä, toista konetta
    nouns = _nouns(clause, i)
    return bool(nouns) and not any(_bases(w) & (things | _THE_WORK) or _verbs(w) & work
                                   for w in nouns)


def _nouns(clause: Sequence[str], i: int) -> list[str]:
    """The things the verb at ``i`` goes on with or uses: the heads of their phrases (not
    one gone without: "käytä porakonetta ilman hanskoja")."""
    return [w for j, w in enumerate(clause) if j != i and _a_thing(w) and
            not _a_modifier(clause, j) and (j == 0 or clause[j - 1] != "ilman")]


def _a_modifier(clause: Sequence[str], j: int) -> bool:
    """The noun at ``j`` goes with the word after it: a postposition's ("liinan kanssa"),
    a genitive before a noun ("käytävän imuroimista")."""
    after = clause[j + 1] if j + 1 < len(clause) else ""
    return after in _POSTPOSITIONS or (bool(after) and _a_thing(after) and any(
        case == "omanto" for case, _ in finnish.case_numbers(clause[j])))


def _a_noun(word: str) -> bool:
    """A noun, not a pronoun, adposition or adverb ("minä", "ilman", "jälkeen" are nouns
    too), nor a verb in a person ("poraan"), nor a time ("hetken"), nor "päällä"."""
    classes = finnish.word_classes(word)
    return "nimisana" in classes and classes.isdisjoint(_NOT_A_THING) and \
        not finnish.persons(word) and word not in _POSTPOSITIONS and word not in _ON and \
        not _bases(word) & _TIMES


def _a_thing(word: str) -> bool:
    """A noun that can be what is gone on with or used, in an object's case (not a place:
    "jatkan varastossa"); an action noun too ("imuroimista", "siivoamista")."""
    return _a_noun(word) and any(case in finnish.OBJECT_CASES
                                 for case, _ in finnish.case_numbers(word))


def _of_its_things(clause: Sequence[str], things: frozenset[str]) -> bool:
    """The clause names one of ``things``, or a pronoun for one ("käynnistän sen silti")."""
    return bool(_things(" ".join(clause)) & things) or (bool(things) and any(
        _bases(w) & _IT for w in clause))


def _going_on(c: Case, wrong: list[str], own: frozenset[str]) -> dict[str, frozenset[str]]:
    """The step's verbs of going on, each with its things (what it goes on with): a wrong
    mistake's verb of going on and the work it goes on with ("jatkan imurointia"), any
    verb of going on where that mistake is the learner using the thing itself ("käytän
    sitä"), going on and starting again where the answers stop the work ("pysäytän
    koneen": its things, those stopped)."""
    verbs: dict[str, set[str]] = {}
    for m in wrong:
        said = _verbs_of(m)
        if said & CARRY_ON:
            # (its verb of going on the learner's own: "käytän sitä", not "saa käyttää")
            itself = not _things(m) and any(in_learners_person(w) and _verbs(w) & CARRY_ON
                                            for w in normalised(m).split())
            for v in (said | (CARRY_ON if itself else set())) - own:
                verbs.setdefault(v, set()).update(_things(m))
    stopped = _stops(n for _, n in c.accepted)
    if stopped is not None:  # going on, or starting again (the things the step names, as
        verbs.setdefault("jatkaa", set()).update(stopped)  # the caller knows them)
        verbs.setdefault(_RESTART, set())
        # …or using what is stopped: "pysäytän koneen ja käytän konetta", "kerro
        # esimiehelle ja käytä konetta" (where the e-stop stops it, any thing the step names)
        verbs.setdefault(_USE, set()).update(stopped)
    return {v: frozenset(t) for v, t in verbs.items() if v not in own}


_RESTART = "käynnistää"  # "käynnistän imurin uudelleen": going on, started again
_USE = "käyttää"
# …or switched on, kept on, taken into use: said as "käynnistää" ("laitan koneen päälle",
# "pidän imurin päällä", "otan sen käyttöön", "annan koneen käydä")
_SWITCH_ON = {"antaa": frozenset({"käydä", "pyöriä", "käynnissä", "päällä", "toimia", "jatkaa",
                                  "mennä", "kulkea"}),  # (review89: "annan koneen toimia")
              "laittaa": frozenset({"päälle", "käyntiin"}),
              "panna": frozenset({"päälle", "käyntiin"}),
              "kytkeä": frozenset({"päälle"}),
              "pitää": frozenset({"päällä", "käynnissä"}),
              "ottaa": frozenset({"käyttöön"})}


_ON = frozenset().union(*_SWITCH_ON.values())  # "päällä" is no tool (pää, adessive)


def _switched_on(word: str, clause: Sequence[str]) -> frozenset[str]:
    """``_RESTART`` where ``word`` switches a thing on in ``clause`` (``_SWITCH_ON``): one
    thing before the word ("laitan koneen päälle"), not a thing put on top of another
    ("laitan lapun koneen päälle": päälle is then the genitive's postposition)."""
    at = next((j for j, w in enumerate(clause) if w in _ON), None)
    if at is None or not any(not _SWITCH_ON[b].isdisjoint(clause[at:at + 1])
                             for b in _bases(word) if b in _SWITCH_ON):
        return frozenset()
    if "antaa" in _bases(word) and _let_visit(clause, at):
        return frozenset()
    things = [w for w in clause[:at] if _a_thing(w)]
    return frozenset({_RESTART}) if len(things) <= 1 else frozenset()


def _let_visit(clause: Sequence[str], at: int) -> bool:
    """"antaa … käydä" of a person or the service ("anna hänen käydä kone läpi", "annan
    kunnossapidon käydä katsomassa"): a visit let happen, no machine let run (review83)."""
    # (the one let go, right before the verb: a person or the service, not the machine,
    # "anna koneen käydä läpi"; review84)
    k = at - 1  # (past an adverb: "anna hänen sitten käydä katsomassa"; review85)
    while k > 0 and clause[k] in _BETWEEN_WHO_AND_VISIT:
        k -= 1
    who = clause[k] if k >= 0 else ""
    errand = any(a.get("MOOD") == "MA-infinitive" for x in clause[at + 1:at + 2]
                 for a in finnish.analyses(x))  # (a name sent on an errand, "anna jussin
    # käydä hakemassa työnjohtaja"; not a brand, "annan toyotan käydä"; review85)
    return a_person(who) or who in ("hänen", "heidän") or bool(_bases(who) & _SERVICE) or (
        errand and any(a.get("CLASS") in finnish.NAME_CLASSES for a in finnish.analyses(who)))


_BETWEEN_WHO_AND_VISIT = frozenset({"sitten", "itse", "ensin", "rauhassa", "nyt", "vielä"})


# who services a machine, said as the service ("kunnossapidon", "huollon")
_SERVICE = frozenset({"kunnossapito", "kunnossapitäjä", "huolto", "huoltomies", "korjaaja",
                      "asentaja"})


def carried_on(c: Case, beside: list[str]) -> Judgement | None:
    """The step's wrong mistake (or wrong, going on) where a clause of ``beside`` (what is
    said beside the right answer) goes on with what the step forbids."""
    wrong = [m for m, verdict in c.mistakes.items() if verdict == "wrong"]
    if not beside or c.options:
        return None
    if (done := _the_work_done_but(c, beside)) is not None:
        c.note(f"'{done}': the work done all the same, after 'mutta'")
        return c.judgement("wrong", "going_on")
    fault, refused = step_fault(c), _refused_verbs(c)
    ways = _refused_ways(c)
    if c.repeat and fault is None and not refused:
        return None  # (a repeat step's model says no fault: its words are practised)
    own = _own_verbs(n for _, n in c.accepted)
    going_on = _going_on(c, wrong, own)
    fault_verbs: set[str] = set()
    tool_work = frozenset(_using_the_faulty(fault)) - CARRY_ON - {_RESTART} \
        if fault is not None else frozenset()  # (the faulty thing's own work: "poraan")
    if fault is not None:
        for verb, things in _using_the_faulty(fault).items():
            if verb not in own:
                fault_verbs.add(verb)
                going_on[verb] = going_on.get(verb, frozenset()) | things
    if not going_on and not wrong and fault is None and not refused:
        return None  # nothing to go on with nor do anyway (most steps; open_answer asks too)
    # (a wrong mistake's deeds, and the faulty thing's work: "jatkan poraamista" goes on)
    work = (frozenset().union(*map(_verbs_of, wrong)) | tool_work) - own
    named = frozenset().union(*(_things(n) for _, n in c.accepted), *map(_things, c.mistakes))
    mistakes_words = frozenset(w for m in wrong for w in normalised(m).split())
    for whole in _told_apart(main_clauses(beside)):
        clause = _main_part(whole)
        if _held_back(whole) or _another_tool(clause, named) or _only_told(whole):
            continue  # (…that: what is told, "kerron työnjohtajalle että konetta voi käyttää")
        despite = not DESPITE.isdisjoint(whole)
        for i, w in enumerate(clause):
            said = (_verbs(w) | _switched_on(w, clause)) - own
            if not said or not _learners_deed(clause, i) or (
                    (c.open_question or c.repeat or fault is not None) and
                    (finnish.only_past(w) or (i and finnish.is_verb(clause[i - 1]) and
                                             finnish.only_past(clause[i - 1])))
                    and w not in mistakes_words):
                continue  # (an open step's report of what was done: "… ja jatkoin työtä",
                # "yritin käynnistää sen", unless a wrong mistake says that past)
            goes = {v for v in said & going_on.keys()
                    if v not in CARRY_ON | {_RESTART} or not _other_work(
                        clause, i, going_on[v] | (named if v == _RESTART or (
                            v == _USE and not going_on[v]) else set()), work)}
            if fault is not None:
                against = despite or _after_but(beside, whole)
                goes = {v for v in goes if v not in tool_work or
                        _works_with_it(clause, i, v, fault.things, against)}
                if fault.of_a_thing and not fault.past and _learners_deed(clause, i) and \
                        _put_on_it(clause, i, fault.things, beside[:len(beside) - len(whole)],
                                   bool(fault.near)):
                    goes.add(_USE)  # "hylly on rikki, laitan laatikot sinne" (judge59)
            if goes and _goes_on_with_the_work(clause, i) and _later(clause, i, beside):
                goes = set()  # "jatkan työtä huomenna": the work goes on when it may
            if goes and fault is not None and goes <= fault_verbs and \
                    replaced_before(c.words, whole, fault.things | named):
                goes = set()  # "porakone on rikki, haen uuden ja jatkan työtä" (review62)
            anyway = {m for m in wrong if despite and said & _verbs_of(m) and
                      _of_its_things(clause, _things(m))}
            careful = not _CAREFULLY.isdisjoint(clause) and fault is not None and \
                not fault.of_a_thing and not said & _HASTE  # (only beside a danger, not
            # running: a broken thing used carefully, a refused deed done carefully is done:
            # "koneessa on vika, käytän sitä silti varovasti")
            later = _later(clause, i, beside) and (fault is None or not fault.of_a_thing)
            # (a refused deed put off: "pääsen kuitenkin huomenna"; not a broken thing
            # used later, "porakone on rikki, poraan silti huomenna")
            if despite and not goes and not later and not careful and \
                    _done_anyway(clause, i, said, fault,
                                 {} if _the_way_kept(clause, ways) else refused):
                # "koneessa on vika, poraan silti": done despite the fault; "älä nosta
                # yksin, nostan silti": the deed the answer refuses, done anyway
                goes = set(said)
            if goes or anyway:
                return _as_going_on(c, clause, wrong, goes, anyway)
        if fault is not None and not _before_the_answer(c, whole) and \
                _denied(clause, fault.things, _after_but(beside, whole) or
                        not _a_deed_before(c.words, whole)):
            c.note(f"'{' '.join(clause)}': says the faulty thing is fine")
            return c.judgement("wrong", "going_on")
    return None


def _the_work_done_but(c: Case, beside: Sequence[str]) -> str | None:
    """After "mutta", the learner doing the work fast, by "tehdä" with nothing of its own
    but haste or the work, where the step's question tells of a danger or a fault and no
    answer says the learner does it ("kaide puuttuu, mut mä teen nopeesti": set 101, both
    trainers wrong, SAFETY; not "…, mutta teen ilmoituksen", a thing of its own): its verb,
    else None."""
    if not BUT & set(beside) or c.repeat or not _step_told_a_danger(c):
        return None
    but = max(k for k, w in enumerate(beside) if w in BUT)
    before, after = beside[:but], list(beside[but + 1:])
    verbs = [w for w in after if "tehdä" in _bases(w) and in_learners_person(w) and
             not finnish.only_past(w)]
    if not verbs or not NEGATIONS.isdisjoint(after) or any(
            _doing_it(n.split()) for _, n in c.accepted):
        return None
    accepted_verbs = {b for _, n in c.accepted for w in n.split() if in_learners_person(w)
                      for b in _bases(w)}
    own = [w for w in before if in_learners_person(w) and finnish.is_verb(w)]
    if (own and all(_bases(w) & accepted_verbs for w in own)) or _its_deed(c, after):
        return None  # (an accepted deed of the learner's before it, or the answer's own deed
        # by "sen" or "ne" of a plural thing named: "laitan varoituskyltin, mutta teen sen
        # nopeasti", review189; not "…, laitan kyltin, mut teen nopeesti", "kaide puuttuu,
        # mut teen ne nopeesti", review190)
    rest = [w for w in after if w not in verbs and w not in _MINE and
            w not in FRAME_WORDS and not _bases(w) & _THE_WORK]
    return verbs[0] if all(w in _FAST or w in DESPITE for w in rest) and rest else None


def _doing_it(words: Sequence[str]) -> bool:
    """An accepted answer's "tehdä" in the learner's person, of no thing of its own ("teen
    sen heti"; not "teen vikailmoituksen", review187: "kerron esimiehelle, mut mä teen ne
    nopeesti" stays the work done)."""
    return any("tehdä" in _verbs(w) and in_learners_person(w) and not (
        words[k + 1:] and "nimisana" in finnish.word_classes(words[k + 1]) and
        not _bases(words[k + 1]) & _THE_WORK) for k, w in enumerate(words))


def _its_deed(c: Case, after: Sequence[str]) -> bool:
    """The pronoun after "teen" is the answer's own deed: "sen", or "ne" where a plural
    thing is named before "mutta" ("jarrupalat …, mutta me tehdään ne")."""
    if any(w in ("se", "sen") for w in after):
        return True
    but = max(k for k, w in enumerate(c.words) if w in BUT)
    return "ne" in after and any(
        ("nimento", "plural") in finnish.case_numbers(w) and
        "nimisana" in finnish.word_classes(w) and _bases(w) & _done_to(c)
        for w in c.words[:but])


def _done_to(c: Case) -> frozenset[str]:
    """The things an accepted answer with no no names beside a deed (a verb in the
    learner's person or an infinitive): "jarrupalat pitää vaihtaa" makes doing them the
    answer's own, "kaide puuttuu" does not (review187: "kaiteet puuttuvat mutta teen ne
    vaan nopeasti")."""
    return frozenset(b for _, n in c.accepted if NEGATIONS.isdisjoint(words := n.split())
                     and any(map(_a_deed, words))
                     for w in words if "nimisana" in finnish.word_classes(w)
                     for b in _bases(w))


def _a_deed(word: str) -> bool:
    """Only a verb, in the learner's person or the infinitive ("vaihtaa"; not "siitä")."""
    return finnish.only_a_verb(word) and (in_learners_person(word) or any(
        a.get("MOOD") == "A-infinitive" for a in finnish.analyses(word)))


# haste said of doing the work anyway ("teen nopeasti", "teen vaan äkkiä")
_FAST = frozenset({"nopeasti", "äkkiä", "vaan", "vain", "pian"})


def _step_told_a_danger(c: Case) -> bool:
    """The step's question tells of a fault or a danger (a missing guard, a broken thing)."""
    told = {b for w in normalised(c.situation).split() for b in _bases(w)}
    fault = _situation_fault(c.situation) if c.situation else None
    return bool(told & (_THING_FAULTS | _DANGER_TOLD)) or (
        fault is not None and fault.of_a_thing)  # ("Kone ei toimi oikein.": review187)


# what a question tells of a danger beside a thing's fault: a thing missing or loose
_DANGER_TOLD = frozenset({"puuttua", "irti", "löysä", "vaarallinen", "liukas", "märkä"})


class Fault:
    """A fault an answer of the step reports, or its question tells: the things it names
    ("koneessa on vika": kone), whether it is of a thing (no danger alone: "lattia on
    märkä"), and whether it is the thing not starting ("auto ei käynnisty": trying again
    starts nothing unsafe)."""

    def __init__(self, things: frozenset[str], broken: bool, not_working: bool,
                 not_starting: bool, past: bool) -> None:
        self.things, self.broken, self.not_starting = things, broken, not_starting
        self.past = past  # broke, told as past ("pullo hajosi"): no work goes on with it
        self.of_a_thing = broken or not_working
        # the things of a danger told beside it ("Lattia on märkä."): moving through them
        # anyway goes on (review65), putting a thing on them does not (review66)
        self.near: frozenset[str] = frozenset()


# A fault of a thing an answer reports, by base form: using, starting or going on with the
# work beside it goes on with the faulty thing (judge58: "koneessa on vika, käytän sitä
# silti" on a repeat step, "porakone on rikki, jatkan työtä"); not a person's harm, nor a
# thing run out or missing (going on is then no danger)
_THING_FAULTS = frozenset({"rikki", "rikkinäinen", "vika", "viallinen", "vaurio",
                           "vaurioitunut", "vaurioitua", "hajota", "haljeta", "rikkoutua",
                           "vuotaa", "kulua", "kulunut", "savuta", "vioittua", "vioittunut",
                           # bent, snapped, torn, worked loose (review73: "Hyllyn tolppa on
                           # vääntynyt.")
                           "vääntyä", "vääntynyt", "taipua", "taipunut", "katketa",
                           "katkennut", "revetä", "revennyt", "repeytyä", "repeytynyt",
                           "löystyä", "löystynyt"})
# …a machine's fault told by what it does (review77: "Kone pitää outoa ääntä.", "Hylly
# kallistuu."), read in a clause of its own, not as a thing faulty ("huono"; FAULTY)
_MISBEHAVES = frozenset({"kallistua", "kallistunut", "heilua", "huojua", "kolista", "rämistä",
                         "paukkua", "kipinöidä", "vinkua", "kirskua", "natista", "ylikuumeta",
                         "ylikuumentua", "jumittaa", "juuttua", "savu"})
# …a noise or smell it should not make ("outo ääni", "kummallinen haju"; not a loud one: a
# loud machine is one to wear ear protection by, "Kone on kovaääninen.")
_STRANGE = frozenset({"outo", "kummallinen", "omituinen", "kumma", "erikoinen"})
_NOISES = frozenset({"ääni", "meteli", "haju", "käry"})
# …a state told with "olla" and no deed ("pyörä on irti", "etiketti on väärä", "hylly on
# vinossa"; not "otan töpselin irti")
_BAD_STATES = frozenset({"irti", "poikki", "halki", "väärä", "jumissa", "jumi", "vinossa",
                         "vino", "kallellaan", "löysällä", "löysä"})
# …a guard missing ("Telineestä puuttuu kaide.", "Siinä ei ole kaidetta."), by its base form
# or a compound's last part ("suojakaide", "suojakotelo")
_MISSING_GUARDS = ("kaide", "suoja", "suojus", "kotelo", "kansi", "lukitus")
# …a no of a machine's working beside FAULT_WHEN_NO's, with a thing named or meant ("Kuljetin
# ei liiku.", "eikä se ime roskia")
_MOVES = frozenset({"liikkua", "pyöriä", "imeä"})
# a danger an answer warns of: only moving on through it anyway beside it ("silti") goes on
DANGERS = frozenset({"märkä", "liukas", "kuuma", "vaara", "vaarallinen", "varoa"})
_MOVING = GOING_VERBS | {"juosta", "kulkea", "ajaa", "kantaa"}
# a thing's good state, said with a no of the thing ("ei", "eivät"): its fault
_SOUND = GOOD_STATE | {"turvallinen"}
_THIRD_NO = frozenset({"ei", "eivät"})
# a thing said to work or be fine: the fault denied ("… mutta se toimii")
_WORKS = frozenset({"toimia", "kunnossa", "ehjä", "kestää", "käydä", "kelvata", "pelata"})
# …said as "on ok" (judge59: "porakone on rikki, mutta se on ok"); a bare "ok" is an
# acknowledgement ("porakone on rikki, ok"), no state
_OK = frozenset({"ok", "okei", "okay", "oukei"})
_GOOD = frozenset({"hyvä", "kunnollinen"})
# what the work is done with, by base form or a compound's last part ("porakone",
# "pölynimuri"): going on with the work beside its fault goes on with it; not a thing
# worked on ("kaksi pakkausta on rikki, jatkan työtä": they are set aside)
TOOLS = frozenset({"kone", "laite", "imuri", "trukki", "nosturi", "tunkki", "tikkaat",
                    "teline", "johto", "kaapeli", "terä", "laikka", "rullakko", "kärry",
                    "hissi", "lava", "työkalu", "pora", "saha", "liesi", "uuni", "hihna",
                    "kuljetin", "linja", "nostin", "jarru", "jarrupala", "rengas", "liina"})
TOOL_ENDS = tuple(TOOLS)  # (for str.endswith: "porakone" ends with a tool)


def reported_fault(c: Case) -> Fault | None:
    """The fault an accepted answer said whole in the answer (a repeat step's model, said
    at all) reports in a clause with no no, or by the no of a verb of working ("kone ei
    toimi"), or the danger it warns of; None where none does."""
    found: Fault | None = None
    for norm in _answers_said(c):
        found = _fault_of(_clauses_of(c, norm), lambda: _told_past(c), found)
    return found


def step_fault(c: Case) -> Fault | None:
    """The fault the answer reports (``reported_fault``), else the one the step's question
    tells, which the learner need not say again ("Lava on rikki. Mitä teet?"; review73)."""
    found = reported_fault(c)
    told = _situation_fault(c.situation) if c.situation else None
    if found is None or told is None or not told.of_a_thing:
        return found or told
    # (both: the answer's fault is the question's, its things too: "kaide puuttuu" when
    # "Katsot telinettä. Siinä ei ole kaidetta."; review77)
    both = copy(found)
    both.things = found.things | told.things
    # (…and the question's thing broken stays so where the answer says "vaara" of it:
    # "ilmoitan vaarasta pomolle ja yritän korjata" to "Hyllyn tolppa on vääntynyt.",
    # review211)
    both.broken = found.broken or told.broken
    both.of_a_thing = True
    return both


@lru_cache(maxsize=sizes.STEPS)
def _situation_fault(text: str) -> Fault | None:
    """The fault ``text`` (a step's question) tells in a sentence that is no question, in a
    part of it that gives no instruction ("Lava on rikki."; not "Onko lava rikki?", "Laita
    rikkinäiset pakkaukset sivuun."): a break told as past where its verbs are ("Pullo
    hajosi.")."""
    # (the parts between commas before a part that instructs: "Lava on rikki, ilmoita
    # esimiehelle." tells the fault, then instructs (review74); what follows an instruction
    # is its own, "Laita lappu, jossa lukee rikki.", "Kerro, mikä on vikana." (review75))
    told = [part for s in re.findall(r"[^.!?;]+[.!?;]?", text) if not s.rstrip().endswith("?")
            for part in _before_an_instruction(s.split(","))]
    clauses = [clause for s in told for clause in main_clauses(normalised(s).split())]
    found = _fault_of(clauses, lambda: all(  # (as written: the lexicon makes "hajosi" "on rikki")
        finnish.only_past(w) for s in told for w in re.findall(r"\w+", s.lower())
        if finnish.is_verb(w) and finnish.persons(w)), None)
    if found is not None and found.of_a_thing:  # (the whole the part is of: "Hyllyn tolppa
        # on vääntynyt." tells of the shelf; review75)
        found.things |= {b for clause in clauses for w in clause
                         if ("omanto", "singular") in finnish.case_numbers(w) and
                         "nimisana" in finnish.word_classes(w) for b in finnish.base_forms(w)}
        # (…and the tools the text names, the faulty thing or the whole a missing part is
        # of: "Katsot telinettä. Siinä ei ole kaidetta.", "Kuljetin ei liiku."; review77)
        found.things |= {b for clause in clauses for w in clause
                         for b in finnish.base_forms(w) if b.endswith(TOOL_ENDS)}
    return found


def _before_an_instruction(parts: list[str]) -> list[str]:
    """``parts`` (of a sentence, between its commas) up to the first that instructs."""
    out = []
    for part in parts:
        words = re.findall(r"\w+", part.lower())
        # (a verb after a no is its connegative, "ei liiku", "eikä se ime"; a noun before a
        # verb of its own is its subject, "Hylly kallistuu."; review77)
        if any(_an_instruction(w) and EVERY_NO.isdisjoint(words[:i]) and not (
                i + 1 < len(words) and "nimisana" in finnish.word_classes(w) and
                finnish.persons(words[i + 1])) for i, w in enumerate(words)):
            break
        out.append(part)
    return out


def _an_instruction(word: str) -> bool:
    """``word`` reads only as a command ("laita", "älä")."""
    moods = {a.get("MOOD") for a in finnish.analyses(word) if a.get("CLASS") == "teonsana"}
    return moods == {"imperative"} or word in ("älä", "älkää")


def _fault_of(clauses: list[list[str]], past: Callable[[], bool],
              found: Fault | None) -> Fault | None:
    """``found``, or the fault ``clauses`` report (``reported_fault``); ``past`` says
    whether a break is told as past."""
    for clause in clauses:
        bases = [_bases(w) for w in clause]
        no = not EVERY_NO.isdisjoint(clause)
        broken = ((any(b & _THING_FAULTS for b in bases) or _misbehaves(clause, bases)) \
            and not no) or _missing_guard(bases, no)
        # (with a subject: "se ei toimi", not a bare "ei kestä", a "you're welcome"; a
        # thing's good state denied too, "nosturi ei ole kunnossa", not a person's)
        not_working = no and (any(b & (FAULT_WHEN_NO | _MOVES) for b in bases) or (
            not _THIRD_NO.isdisjoint(clause) and any(b & _SOUND for b in bases))) \
            and any(w not in EVERY_NO and not b & (FAULT_WHEN_NO | _MOVES | _SOUND | {"olla"})
                    for w, b in zip(clause, bases, strict=True))
        danger = not no and any(b & DANGERS for b in bases)
        if not (broken or not_working or danger):
            continue
        things = _things(" ".join(clause))
        fault = Fault(things, broken, not_working,
                      not_working and any("käynnistyä" in b for b in bases),
                      # (a break told as past, "pullo hajosi": the work may go on once
                      # it is seen to)
                      broken and past())
        if found is None or (fault.of_a_thing and not found.of_a_thing):
            if found is not None:
                fault.near |= found.things
            found = fault
        elif not fault.of_a_thing:  # (a danger beside a thing's fault, each its own
            # sentence: "Astianpesukone vuotaa. Lattia on märkä."; review65)
            found.near |= fault.things - found.things
    return found


def _misbehaves(clause: Sequence[str], bases: list[frozenset[str]]) -> bool:
    """``clause`` tells a machine doing what it should not (``_MISBEHAVES``), making a
    strange noise, or in a bad state said with "olla" alone (``_BAD_STATES``)."""
    said = frozenset().union(*bases)
    if said & _MISBEHAVES or (said & _STRANGE and said & _NOISES):
        return True
    # (a noun that is also a command's form is the noun: "Hylly on vinossa."; review78)
    verbs = [w for w, b in zip(clause, bases, strict=True)
             if finnish.persons(w) and "nimisana" not in finnish.word_classes(w)]
    # (a thing's state, "on", "ovat": not a person's, "olen jumissa liikenteessä")
    return bool(said & _BAD_STATES) and bool(verbs) and all(w in _IS for w in verbs)


_IS = frozenset({"on", "ovat", "oli", "olivat", "o"})


def _missing_guard(bases: list[frozenset[str]], no: bool) -> bool:
    """A guard said missing: "puuttua", or a no of "olla", with a guard's noun."""
    said = frozenset().union(*bases)
    return ("puuttua" in said or (no and "olla" in said)) and any(
        b.endswith(_MISSING_GUARDS) for b in said)


def _clauses_of(c: Case, norm: str) -> list[list[str]]:
    """The main clauses of the accepted answer ``norm``, each of its sentences apart, as
    written ("Liina on rikki. En käytä sitä.": the fault, then a no of its own; judge59)."""
    original = next((o for o, n in c.accepted if n == norm), norm)
    sentences = [normalised(s).split() for s in re.split(r"[.!?;]+", original)]
    return [clause for words in sentences if words for clause in main_clauses(words)]


def _answers_said(c: Case) -> list[str]:
    """The accepted answers (normalised) said whole in the answer; a repeat step's model
    said at all (its words may be slipped)."""
    said = f" {' '.join(c.words)} "
    return [n for _, n in c.accepted if c.repeat or f" {n} " in said]


def _told_past(c: Case) -> bool:
    """The step's answers tell a break as past ("Pullo hajosi.", "meni rikki"), as
    written (the lexicon makes "hajosi" "on rikki"): each clause of theirs that names a
    break has its finite verbs in the past."""
    broke = [clause for original, _ in c.accepted
             for clause in main_clauses(re.findall(r"\w+", original.lower()))
             if any(_bases(w) & _THING_FAULTS for w in clause)]
    finite = [[w for w in clause if finnish.is_verb(w) and finnish.persons(w)]
              for clause in broke]
    return bool(broke) and all(verbs and all(map(finnish.only_past, verbs)) for verbs in finite)


def _refused_verbs(c: Case) -> dict[str, frozenset[str]]:
    """The verbs an answer said refuses in a clause of its own with a no ("älä nosta
    yksin", "en käytä sitä", "sitä ei saa käyttää"), each with the things of its clause:
    done anyway beside it, the answer is undone."""
    out: dict[str, frozenset[str]] = {}
    for n in _answers_said(c):
        for clause in main_clauses(n.split()):
            if EVERY_NO.isdisjoint(clause):
                continue
            for w in clause:
                for v in _verbs(w) - {"saada"}:
                    out[v] = out.get(v, frozenset()) | _things(" ".join(clause))
    return out


# looking the thing over: a "se" after it is the thing ("tarkistin, se on ok"; review67)
_CHECKING = frozenset({"katsoa", "tarkistaa", "kokeilla", "testata", "tutkia"})


def _a_deed_in(words: Sequence[str]) -> bool:
    """``words`` say a deed of the learner's, a no or a verb of "I" (not a look at the thing:
    ``_CHECKING``)."""
    return any(w in NEGATIONS or (any(p == "1" for p, _ in finnish.persons(w))
                                  and not _bases(w) & _CHECKING) for w in words)


def _a_deed_before(words: Sequence[str], whole: Sequence[str]) -> bool:
    """A deed of the learner's ("ilmoitan", "en käytä") in the three words before the
    clause ``whole`` of ``words``: a "se" after it may be that deed ("Ilmoitan
    esimiehelle. Se on hyvä."), not the faulty thing ("Porakone on rikki. Se on ihan
    hyvä."; review66)."""
    for k in range(len(words) - len(whole) + 1):
        if list(words[k:k + len(whole)]) == list(whole):
            return _a_deed_in(words[max(0, k - 3):k])
    return False


def _before_the_answer(c: Case, whole: Sequence[str]) -> bool:
    """The clause ``whole`` is said before any accepted answer said whole, which ends the
    answer: it takes the clause back ("renkaat ovat kunnossa, renkaat eivät ole
    kunnossa")."""
    said = f" {' '.join(c.words)} "
    at = said.find(f" {' '.join(whole)} ")
    answers = [(a, n) for n in _answers_said(c) if (a := said.find(f" {n} ")) >= 0]
    # (only where no deed follows the answer: "tämä osa on ok, tämä osa on rikki, asennan
    # sen" is no self-correction, review70; "…, en käytä sitä", "…, kiitos" are, review71)
    return at >= 0 and bool(answers) and all(a > at for a, _ in answers) and any(
        not _a_deed_after(said[a + len(n) + 2:].split()) for a, n in answers)


def _a_deed_after(rest: Sequence[str]) -> bool:
    """``rest`` says a deed of I or we with a yes, other than telling, stopping, showing or
    setting the thing aside (in a clause of its own: "laitan sen sivuun ja jatkan sillä"
    goes on), or a no of telling ("en ilmoita"; review72)."""
    for clause in main_clauses(rest):
        if not SET_ASIDE.isdisjoint(clause):
            continue
        for w, no in zip(clause, no_on(clause), strict=True):
            if w in EVERY_NO or (not finnish.of_i_or_we(w) and not (
                    no and _bases(w) & TELLING)):
                continue
            if no and _bases(w) & TELLING:
                return True
            if not no and not _bases(w) & (TELLING_OR_STOPPING | {"näyttää"}):
                return True
    return False


def _after_but(beside: Sequence[str], whole: Sequence[str]) -> bool:
    """The clause ``whole`` of ``beside`` follows "mutta" ("… mutta vien laatikot")."""
    for k in range(len(beside) - len(whole) + 1):
        if list(beside[k:k + len(whole)]) == list(whole):
            return bool(k) and beside[k - 1] in BUT
    return False


def _refused_ways(c: Case) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The ways (adessive words, by base form) an answer said tells with a yes before a no
    of another way in one clause, the ways it refuses ("nosta jaloilla, älä selällä":
    jalka; selkä), and every word of those answers by base form."""
    kept: set[str] = set()
    refused: set[str] = set()
    words: set[str] = set()
    for n in _answers_said(c):
        words.update(b for w in n.split() for b in _bases(w))
        for clause in _clauses_of(c, n):
            at = next((j for j, w in enumerate(clause) if w in EVERY_NO), None)
            if at is None or not at:
                continue
            before = {b for w in clause[:at] if _a_way(w) for b in _bases(w)}
            after = {b for w in clause[at + 1:] if _a_way(w) for b in _bases(w)}
            if before and after:  # (one way told against another: not "sorvilla ei saa
                kept.update(before)  # käyttää käsineitä", a place of the rule; review65)
                refused.update(after)
    return frozenset(kept - refused), frozenset(refused), frozenset(words)


def _a_way(word: str) -> bool:
    """A noun in the adessive, a way of doing ("jaloilla", "selällä")."""
    return "nimisana" in finnish.word_classes(word) and any(
        case == _ADESSIVE for case, _ in finnish.case_numbers(word))


def _the_way_kept(clause: Sequence[str],
                  ways: tuple[frozenset[str], frozenset[str], frozenset[str]]) -> bool:
    """The clause says the deed done the way an answer tells with a yes, no way it refuses
    and no word of its own ("nosta jaloilla, älä selällä, nostan kuitenkin jaloilla": the
    rule said, then kept; judge59, was wrong; not "… nostan kuitenkin selällä", "…
    nostan kuitenkin", nor "… nostan kuitenkin jaloilla yksin")."""
    kept, refused, answers = ways
    said = frozenset(b for w in clause if _a_way(w) for b in _bases(w))
    own = [w for w in clause if w not in DESPITE and w not in _MINE and w not in _IT and
           not _bases(w) & (answers | THING_PRONOUNS.keys())]
    return bool(said & kept) and not said & refused and not own


def _done_anyway(clause: Sequence[str], i: int, said: frozenset[str], fault: Fault | None,
                 refused: dict[str, frozenset[str]]) -> bool:
    """The learner's verb at ``i``, said anyway ("silti"), undoes an answer said: a verb
    the answer refuses, of its thing or none ("älä käytä käsineitä, käytän niitä silti";
    not "… käytän silti suojalaseja"); beside a broken thing, a deed that is no telling or
    stopping, nor going somewhere ("jarrupalat ovat kuluneet, ajan silti"; not "auto ei
    käynnisty, tulen silti"), or one that names the thing ("kone ei toimi, käytän sitä
    silti"); beside a danger, moving on through it ("lattia on liukas, kävelen silti")."""
    if any(_bases(w) & ANOTHER_THING for w in clause):
        return False
    if any(not _other_work(clause, i, refused[v], said) for v in said & refused.keys()):
        return True
    if fault is None or said & TELLING_OR_STOPPING:
        return False
    if not fault.of_a_thing:
        return bool(said & _MOVING)
    return _of_its_things(clause, fault.things) or (
        bool(said & _MOVING) and _of_its_things(clause, fault.near)) or (
        fault.broken and not said & GOING_VERBS and
        not _other_work(clause, i, fault.things, said))  # (not "juon silti teetä")


# The work a faulty thing does, by a part of its name (judge59, SAFETY): said now beside its
# fault, that work uses it ("porakone on rikki, poraan reiät", "imuri on rikki, imuroin
# loppuun", "nosturi on rikki, nostan auton", "jarrupalat ovat kuluneet, ajan kotiin"),
# where no step's answer says the learner does it
_TOOL_WORK: dict[str, frozenset[str]] = {
    "pora": frozenset({"porata"}), "imuri": frozenset({"imuroida"}),
    "saha": frozenset({"sahata"}), "hioma": frozenset({"hioa"}), "laikka": frozenset({"hioa"}),
    "hitsaus": frozenset({"hitsata"}),
    "nosturi": frozenset({"nostaa"}), "nostin": frozenset({"nostaa", "siirtää"}),
    "tunkki": frozenset({"nostaa"}), "liina": frozenset({"nostaa", "siirtää"}),
    "trukki": frozenset({"ajaa", "nostaa", "siirtää", "lastata"}),
    "rullakko": frozenset({"siirtää", "viedä", "kuljettaa", "työntää"}),
    "kärry": frozenset({"siirtää", "viedä", "kuljettaa", "työntää"}),
    "lava": frozenset({"lastata", "pinota"}), "hylly": frozenset({"hyllyttää"}),
    "auto": frozenset({"ajaa"}), "jarru": frozenset({"ajaa"}), "rengas": frozenset({"ajaa"}),
    "tikkaat": frozenset({"kiivetä", "nousta"}), "kuljetin": frozenset({"kuljettaa"}),
    "liesi": frozenset({"paistaa", "keittää"}), "uuni": frozenset({"paistaa"}),
}
# of these the work is done on another thing: moving the faulty thing itself is no use of
# it ("vien rullakon huoltoon", "siirrän sen sivuun")
_MOVING_WORK = frozenset({"nostaa", "siirtää", "viedä", "kuljettaa", "työntää", "lastata",
                          "pinota"})
# …and of these, what is done by hand too ("rullakko on rikki ja vien laatikot varastoon"):
# using the thing only against its fault ("mutta", "silti") or with it ("sillä")
_BY_HAND_TOO = frozenset({"siirtää", "viedä", "kuljettaa", "työntää"})
# the work done another way than with the faulty thing ("vien laatikot käsin", "nostan
# asukkaan yhdessä työkaverin kanssa")
_ANOTHER_WAY = frozenset({"käsin", "yhdessä", "kanssa", "ilman"})
_PAST_TIMES = frozenset({"eilen", "äsken", "aiemmin", "toissapäivänä", "viime"})
# putting things in or on the faulty thing uses it ("hylly on rikki, laitan laatikot sinne",
# "pakastin on rikki, laitan ruoat sinne"), not a sign on it ("laitan lapun siihen")
_PUTTING = frozenset({"laittaa", "panna", "asettaa", "nostaa", "viedä", "siirtää", "lastata",
                      "pinota", "hyllyttää", "säilyttää", "jättää"})
# (not the faulty thing itself put or left there: "jätän sen siihen", "laitan sen sinne")
_INTO = finnish.PLACE_CASES[0]
_THERE = frozenset({"sinne", "siihen", "sille", "niihin", "niille", "tänne", "tähän", "tälle"})
_HERE = frozenset({"tänne", "tähän", "tälle"})
SIGNS = ("lappu", "kyltti", "merkki", "teippi", "tarra", "nauha", "varoitus")
# …and barriers and notes by their whole base form ("paperit", "mattorulla" are goods)
BARRIERS = frozenset({"este", "kartio", "puomi", "imeytysmatto", "viesti", "ilmoitus",
                       "tieto"})


def _tool_work(things: frozenset[str]) -> frozenset[str]:
    """The work of the faulty ``things`` (``_TOOL_WORK``, by a compound's first or last
    part: "porakone", "pölynimuri")."""
    return frozenset().union(*(work for part, work in _TOOL_WORK.items() for t in things
                               if t.startswith(part) or t.endswith(part)))


def _works_with_it(clause: Sequence[str], i: int, verb: str, things: frozenset[str],
                   against: bool) -> bool:
    """The tool's work ``verb`` at ``i`` is done with the faulty thing: not another way
    ("käsin", "yhdessä"), and a moving work on a thing of its own, not the faulty one or a
    pronoun for it ("vien laatikot", not "vien sen huoltoon"); a work done by hand too
    only said ``against`` the fault ("mutta", "silti") or with the thing ("sillä")."""
    if not _ANOTHER_WAY.isdisjoint(clause) or not _PAST_TIMES.isdisjoint(clause) or \
            any(_bases(w) & ANOTHER_THING for w in clause) or \
            _asks(clause) or \
            _anothers(clause, things) or \
            any(_bases(w) & _TO_REPAIR and not _bases(w) & things and _going_to(w)
                for w in clause[i + 1:]) or \
            (verb in _MOVING_WORK and
             any(w in _FROM_IT or (_bases(w) & things and _coming_from(w)) for w in clause)):
        # (a report: "imuroin eilen"; another: "toisella porakoneella", "työkaverin
        # autolla"; a question: "millä poraan nyt"; to a repair: "ajan auton halliin";
        # unloading it: "siirrän tavarat siitä hyllyyn"; review65)
        return False
    if verb not in _MOVING_WORK:
        return True
    if verb in _BY_HAND_TOO and not against and not any(
            _bases(w) & (things | _IT) and any(case == _ADESSIVE for case, _ in
                                               finnish.case_numbers(w)) for w in clause):
        return False
    with_it = any(_bases(w) & (things | _IT) and any(
        case == _ADESSIVE for case, _ in finnish.case_numbers(w)) for w in clause)
    if not against and not with_it and \
            any(_going_to(w) and not _bases(w) & things for w in clause[i + 1:]):
        return False  # the work done elsewhere: "lava on rikki, pinoan laatikot lattialle"
        # (not with it, nor against its fault: "vien tavarat varastoon rullakolla"; review66)
    nouns = _nouns(clause, i)
    # (up to a question after it: "nostan auton, käykö se" asks of the deed, not of it)
    end = next((j for j in range(i + 1, len(clause)) if asked_verb(clause[j])), len(clause))
    return not any(_bases(w) & (things | _IT) and any(
        case in finnish.OBJECT_CASES for case, _ in finnish.case_numbers(w))
        for w in clause[i + 1:end]) and any(not _bases(w) & things for w in nouns)


# where a faulty thing is taken to be mended ("ajan auton halliin", "vien sen huoltoon")
_TO_REPAIR = frozenset({"huolto", "halli", "korjaamo", "nostin", "nosturi", "korjaus",
                        "varikko", "katsastus"})
_FROM_IT = frozenset({"siitä", "sieltä", "niistä", "niiltä", "siltä"})
_ASKS = QUESTION_WORDS | {"ken", "miksi"}  # (a question asks, does nothing: "millä poraan?")


def _asks(clause: Sequence[str]) -> bool:
    """The clause is a question: a question word first ("millä poraan nyt"), or a verb
    asking with -ko first ("saanko porata"); not a relative word later ("ajan sillä, mihin
    pitää"), nor a tag after the deed ("poraan loppuun, käykö": review67)."""
    return bool(clause) and (clause[0] in _ASKS or bool(_bases(clause[0]) & _ASKS) or (
        clause[0].endswith(("ko", "kö")) and finnish.is_verb(clause[0])))


def _going_to(word: str) -> bool:
    """``word`` is a noun in a case of going to ("halliin", "lattialle")."""
    return _a_noun(word) and any(case in _INTO for case, _ in finnish.case_numbers(word))


def _coming_from(word: str) -> bool:
    """``word`` is in a case of coming from ("hyllystä", "lavalta")."""
    return any(case in finnish.PLACE_CASES[2] for case, _ in finnish.case_numbers(word))


def _anothers(clause: Sequence[str], things: frozenset[str]) -> bool:
    """The clause names one of the faulty ``things`` with whose or which one before it — a
    word that says "other" (``ANOTHER_ONE``: "viereisellä nosturilla"), a person's
    genitive or a name ("työkaverin autolla", "Matin porakoneella") or a possessive
    ("mieheni autolla"): another one than the faulty (review65). Not a word that says it is
    faulty, nor a place's genitive (review66, review67)."""
    for k in range(1, len(clause)):
        if _bases(clause[k]) & things or any(
                b.endswith(t) for b in _bases(clause[k]) for t in things):
            before = clause[k - 1]
            classes = finnish.word_classes(before)
            if before in _IT or before in THING_PRONOUNS or _bases(before) & FAULTY:
                continue  # ("rikkinäisellä porakoneella" is the faulty one; review66)
            if _bases(before) & ANOTHER_ONE or (
                    classes & {"etunimi", "sukunimi"} and "nimisana" not in classes) or (
                    "nimisana" in classes and not _bases(before) & things and (
                        (("omanto", "singular") in finnish.case_numbers(before)
                         and a_person(before)) or
                        any(a.get("POSSESSIVE") for a in finnish.analyses(before)))):
                return True  # (a place's is no one's: "hallin nosturilla" may be the one)
    return False


# what says a thing is faulty, said before it ("viallisella porakoneella")
FAULTY = _THING_FAULTS | {"huono", "hajonnut", "rikkinäinen", "viallinen", "kulunut",
                           "vääntynyt"}
# what says a thing is another one than the faulty ("toisella", "viereisellä"); no other
# adjective ("isolla", "punaisella", "ainoalla" may be the faulty one; review67), nor
# "oma": one's own machine at work is the one worked on (review69)
ANOTHER_ONE = ANOTHER_THING | _ANOTHER_OF_IT | {"viereinen", "lainattu", "vuokrattu"}


def _put_on_it(clause: Sequence[str], i: int, things: frozenset[str],
               before: Sequence[str], danger_told: bool = False) -> bool:
    """The learner's verb at ``i`` puts things in or on the faulty ``things``: one of them
    in a case of going to ("hyllyyn", "lavalle"), or "sinne", "siihen" where the answer
    names no other place before (``before``) and no danger is told beside the fault (its
    place may be "there": "Lattia on märkä. Laitan rätin sinne."; review66); not a sign
    ("laitan lapun siihen"), nor another of it ("toiseen hyllyyn")."""
    if any(_bases(w) & (things | _IT) and any(case in finnish.OBJECT_CASES for case, _ in
                                              finnish.case_numbers(w)) for w in clause) or \
            any(a_person(w) for w in clause[i + 1:]):
        return False  # (the thing itself: "jätän sen siihen"; a person taken there, no
        # load: "vien esimiehen sinne", review76)
    if not _bases(clause[i]) & _PUTTING or any(_bases(w) & ANOTHER_THING for w in clause) or \
            any(w.startswith(SIGNS) or any(b.endswith(SIGNS) for b in _bases(w))
                or _bases(w) & BARRIERS for w in clause) or _anothers(clause, things) or \
            any(_going_to(nxt) and not _bases(w) & FAULTY and (
                _bases(w) & ANOTHER_THING or any("laatusana" in k for k in
                                                 finnish.word_classes(w)))
                for w, nxt in pairwise(clause[i + 1:])):
        # (another of it: "siirrän maidot viereiseen maitokaappiin"; review66)
        return False
    after = list(clause[i + 1:])
    for k, w in enumerate(after):
        going_to = any(case in _INTO for case, _ in finnish.case_numbers(w))
        if going_to and _bases(w) & things:
            return True
        # ("tähän" before a place of its own or "sivuun" is here, no "on it": "laitan
        # tuotteet tähän sivuun"; nor "tähän" where the thing is goods set aside; review78)
        nxt = after[k + 1] if k + 1 < len(after) else ""
        if w in _HERE and (not nxt or nxt in SET_ASIDE or _a_noun(nxt)):
            continue
        if w in _THERE and not danger_told and not any(
                _a_noun(x) and not _bases(x) & things and any(
                case in _INTO or case in ("sisaolento", _ADESSIVE)
                for case, _ in finnish.case_numbers(x)) for x in before):
            return True
    return False


def _using_the_faulty(fault: Fault) -> dict[str, frozenset[str]]:
    """The verbs of going on with a faulty thing, each with its things: using it, going on
    with the work, starting it (not where the fault is that it does not start)."""
    if not fault.of_a_thing:
        return {}
    if fault.past:
        return {_USE: fault.things}
    out = {_USE: fault.things}
    if _a_tool(fault.things) or _tool_work(fault.things):  # (a broken package set aside,
        out["jatkaa"] = fault.things  # the work goes on; "hylly on rikki, jatkan hyllytystä")
    if not fault.not_starting:
        out[_RESTART] = fault.things
        for verb in _tool_work(fault.things):  # "porakone on rikki, poraan reiät" (judge59)
            out.setdefault(verb, fault.things)
    return out


def _a_tool(things: frozenset[str]) -> bool:
    """One of ``things`` is what the work is done with (``TOOLS``, a compound by its last
    part: "porakone", "pölynimuri")."""
    return any(t in TOOLS or t.endswith(TOOL_ENDS) for t in things)


def _said_ok(clause: Sequence[str], things: frozenset[str], against: bool) -> bool:
    """The clause says the faulty thing (or "se", "ne") is ok, good, or will do yet: "se on
    ok", "se on ihan hyvä" (spoken "ihan ok" reads so), "se menee vielä"; not a bare "ok",
    an acknowledgement, nor "on hyvä ilmoittaa"."""
    bases = [_bases(w) for w in clause]
    if not any(b & (things | _IT) for b in bases):
        return False
    if any("mennä" in b for b in bases) and "vielä" in clause:
        return True
    at = next((k for k in range(len(clause) - 2, 0, -1) if bases[k] & (things | _IT)
               and "olla" in bases[k + 1]), None)
    if at is not None:  # what is said of it after a look or a deed ("tarkistin sen, se on
        # ok": the thing; "ilmoitan esimiehelle, se on ok": the deed; review67)
        if not bases[at] & things and _a_deed_in(clause[:at]):
            return False
        clause, bases = clause[at:], bases[at:]
    # (a pronoun said ok or good only against the fault: "… mutta se on ihan hyvä"; not
    # "Ilmoitan esimiehelle. Se on hyvä.", the deed; review65)
    named = against or any(b & things for b in bases)
    return named and any(w in _OK or b & _GOOD for w, b in zip(clause, bases, strict=True)) and \
        any("olla" in b for b in bases) and not any(
            finnish.is_verb(w) and not b & {"olla"} for w, b in zip(clause, bases, strict=True))


def _denied(clause: Sequence[str], things: frozenset[str], against: bool) -> bool:
    """The clause says the faulty thing (a pronoun for it, or no subject) works or is fine,
    with no no: "… mutta se toimii", "se on kunnossa"; not another thing ("toinen kone
    toimii", "bussi toimii")."""
    if not EVERY_NO.isdisjoint(clause) or any(_bases(w) & ANOTHER_THING for w in clause):
        return False
    if not any(_bases(w) & _WORKS or w in _WORKS for w in clause) and \
            not _said_ok(clause, things, against):
        return False
    nouns = _things(" ".join(clause)) - _WORKS
    return nouns <= things


def going_on_later(c: Case, beside: list[str], mistake: str) -> bool:
    """``mistake`` says going on, and where ``beside`` (what is said beside a right answer)
    says it, it is put off as ``carried_on`` puts it off: after a repair or a permission,
    with another tool, the work itself later ("… ja jatkan työtä huomenna", "… kun kone on
    korjattu"), or said with a no or a question (other rules judge those): no going on
    now, which the mistake said whole beside the answer would otherwise make the answer.
    Using the thing later is no putting off ("… käytän hissiä myöhemmin")."""
    if not _verbs_of(mistake) & CARRY_ON:
        return False
    named = frozenset().union(*(_things(n) for _, n in c.accepted), *map(_things, c.mistakes))

    def put_off(whole: list[str]) -> bool:
        clause = _main_part(whole)
        return _held_back(whole) or _another_tool(clause, named) or any(
            _verbs(w) & CARRY_ON and _goes_on_with_the_work(clause, i) and
            _later(clause, i, beside) for i, w in enumerate(clause))

    said = [clause for clause in main_clauses(beside)
            if any(_verbs(w) & CARRY_ON for w in clause)]
    return bool(said) and all(map(put_off, said))


# a condition that makes going on (or using the thing) safe: it is mended, by someone else
# or by then ("kun se on korjattu", "kun huolto korjaa sen", "kun se on kunnossa"); not the
# learner's own mending ("kun korjaan sen"), a mending in part ("vähän korjattu") or by some
# means ("teipillä"), a mending only asked for ("kun huolto on tilattu"), nor a permission,
# which a reason after it may undo ("jos esimies sanoo, että ei saa")
_MENDING = frozenset({"korjata", "huoltaa", "vaihtaa", "tarkastaa", "tarkistaa"})
_MENDED_STATE = frozenset({"kunnossa", "ehjä", "ehjänä"})
_ITS_OBJECT = frozenset({"se", "sen", "sitä", "ne", "niitä", "ensin", "ensiksi", "jo", "nyt",
                         "taas"})  # (and a noun: ``_a_thing``)
_IN_PART = frozenset({"vähän", "melkein", "puoliksi", "osittain", "hieman", "jotenkin",
                      "väliaikaisesti", "nopeasti", "itse"})
# a step where something is broken, which a mending can mend (not a fire, an illness)
_FAULTS = frozenset({"rikki", "rikkinäinen", "vika", "viallinen", "korjata", "huolto",
                     "vuotaa", "vaurio", "vaurioitunut", "hajota", "haljeta", "halkeama"})


def after_a_mending(c: Case, beside: list[str], mistake: str) -> bool:
    """``beside`` (what is said beside a right answer) is one clause that says the wrong
    going-on ``mistake`` (the learner's own: I go on, I use) whole, with no no, then a
    condition (kun, jos) of a mending by someone else ("… ja jatkan työtä kun se on
    korjattu", "… ja käytän lavaa kun se on kunnossa"): right, where the step's answers or
    mistakes name something broken (not a fire, an illness), not in an open step."""
    words = normalised(mistake).split()
    mine = any(_verbs(w) & CARRY_ON and any(p == "1" for p, _ in finnish.persons(w))
               for w in words)  # "jatkan työtä", "käytän lavaa" (not "saa käyttää")
    if c.open_question or not mine or \
            not EVERY_NO.isdisjoint(words) or not EVERY_NO.isdisjoint(beside) or \
            len(main_clauses(beside)) != 1 or not broken_in_the_step(c):
        return False
    # (kun, jos; never "kunnes": "jatkan työtä kunnes se korjataan" goes on till then)
    at = next((i for i, w in enumerate(beside) if w in _CONDITIONS), None)
    if at is None or not all(w in beside[:at] for w in words):
        return False
    return "aikaa" not in beside and mended_by_another(beside[at + 1:])


def mended_by_another(condition: list[str]) -> bool:
    """``condition`` (the words after "kun", "jos", "ennen kuin"…) is one clause that says
    the thing is mended by someone else: "se on korjattu", "huolto korjaa sen", "se on
    kunnossa"; not in part or by some means ("vähän korjattu", "teipillä"), not the
    learner's own mending ("korjaan sen"), nothing after it that says how or when."""
    if not _IN_PART.isdisjoint(condition) or "että" in condition or \
            sum(1 for w in condition if finnish.persons(w)) > 1 or any(
            case == _ADESSIVE for w in condition if _a_noun(w)
            for case, _ in finnish.case_numbers(w)):
        return False  # "kun se on vähän korjattu", "… teipillä", a second clause ("kun se
        # on korjattu, se on jo korjattu": it is now)
    # the mending ends the answer, but for its object ("kun huolto korjaa sen"): nothing
    # after it that says how or when ("… korjattu huonosti", "… kunnossa, eli heti")
    while condition and (condition[-1] in _ITS_OBJECT or _a_thing(condition[-1])):
        condition = condition[:-1]  # its object: "kun huolto korjaa imurin"
    if not condition:
        return False
    last = condition[-1]
    return last in _MENDED_STATE or bool(
        _bases(last) & _MENDING and not any(p == "1" for p, _ in finnish.persons(last)))


def broken_in_the_step(c: Case) -> bool:
    """The step's answers or foreseen mistakes name something broken (``_FAULTS``)."""
    return any(_bases(w) & _FAULTS for text in (*(n for _, n in c.accepted), *c.mistakes)
               for w in normalised(text).split())


def _as_going_on(c: Case, clause: list[str], wrong: list[str], goes: set[str],
                 anyway: set[str]) -> Judgement:
    said = frozenset().union(*map(_verbs, clause))
    named = _things(" ".join(clause))

    def says(m: str) -> tuple[bool, int]:
        verbs = _verbs_of(m)
        # (another verb of going on: a mistake of going on, "jatkan työtä koneella", or of
        # using the thing itself, "käytän sitä"; not one that uses a thing of its own,
        # "käytä hanskoja")
        return (m in anyway or bool(goes & verbs) or
                bool(goes & (CARRY_ON | {_RESTART}) and
                     (verbs & _GOING_ON or (verbs & CARRY_ON and _things(m) <= _THE_WORK))),
                len(said & verbs) + len(named & _things(m)))

    c.note(f"'{' '.join(clause)}': goes on beside the right answer")
    best = max(wrong, key=says, default=None)
    if best is None or not says(best)[0]:
        return c.judgement("wrong", "going_on")  # "Ei! Älä jatka." (no mistake says it)
    c.note(f"as the foreseen mistake '{best}'")
    c.closeness = fuzz_module().ratio(c.heard, normalised(best))
    return c.judgement(c.mistakes[best], "mistake", matched=best)
