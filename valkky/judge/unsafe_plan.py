"""A plan of the learner's own that is unsafe (issue 12, review69–75, SAFETY): said where a
reason may stand, "ilmoitan esimiehelle, koska käytän sitä", "…, että nostan auton"
(``unsafe_plan``: read by reason_clause, no reason then, and by rules.answer_inside, no
words more then), or said beside a right answer after a fault of a thing told in the answer
or the step's question, "Lava on rikki." — "ilmoitan esimiehelle ja lastaan sen"
(``deed_against_a_fault``: read by rules.answer_inside)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from valkky.judge import finnish
from valkky.judge.carry_on import (
    ANOTHER_ONE,
    BARRIERS,
    DANGERS,
    DESPITE,
    FAULTY,
    SET_ASIDE,
    SIGNS,
    TOOL_ENDS,
    carried_on,
    replaced_before,
    reported_fault,
    someone_elses,
    step_fault,
)
from valkky.judge.case import Case, normalised
from valkky.judge.word_rules import asks
from valkky.judge.wordsets import (
    CARRY_ON,
    FAULT_WHEN_NO,
    FAULTS,
    FRAME_WORDS,
    GOOD_STATE,
    NEGATIONS,
    ON_ONES_OWN,
    SUBJECT_PRONOUNS,
    TELLING_OR_STOPPING,
    WHEN_WORDS,
    has_negation,
)

# the words that open a reason or a purpose ("ettei" as normalised: "että ei")
OPENERS = frozenset({"ettei", "että", "jotta", "jottei", "koska"})


def unsafe_plan(c: Case, head: list[str], tail: list[str]) -> bool:
    """``tail`` says a deed of I or we (not a wish, a fear, a need; not a repair said in
    the passive, "jotta se korjataan") done on one's own, or going on with what the step
    forbids (``carried_on``), or a deed against a fault told (``_against_the_fault``), or,
    with no fault told, a deed the step foresees as wrong ("ilmoitan esimiehelle, koska
    laitan ne sinne")."""
    read = _read(c, tail)
    if isinstance(read, bool):
        return read
    if _faulty(c, head):
        return _against_the_fault(read, tail)
    # (no fault told: a deed the step foresees as wrong, said of the thing, or a risky deed
    # with the thing where the step foresees going on; not after a measure of the
    # learner's own, "laitan tukipukit, koska menen sinne", "laitan suojalasit, koska
    # poraan sitä", which is why it is taken; review73)
    if not _with_the_thing(tail) or _a_measure(head):
        return False
    return _a_foreseen_deed(c, read, tail) or (
        any(finnish.base_forms(w) & _RISKY for w in read) and
        any(verdict == "wrong" and "jatkaa" in _verbs_of(m) for m, verdict in c.mistakes.items()))


def deed_against_a_fault(c: Case, head: list[str], clause: list[str]) -> bool:
    """``clause``, said beside a right answer after ``head``, does a deed against a fault of
    a thing told (in the answer or the step's question): "Lava on rikki." — "ilmoitan
    esimiehelle ja lastaan sen" (review73, SAFETY)."""
    fault = step_fault(c)
    if fault is None or not fault.of_a_thing or fault.past or any(asks(w) for w in clause) \
            or not (_LATER - _A_DAY).isdisjoint(clause) or has_negation(clause) or (
            replaced_before(c.words, clause, fault.things) and not any(
                finnish.base_forms(w) & _OWN_MENDING for w in clause)):
        return False  # (a question does nothing, "…, mitä teen sillä"; a deed put off,
        # done before or under a condition is carry_on's, "… ja jatkan vasta kun esimies
        # sanoo", "… imuroin eilen"; a break told as past leaves no thing to work with,
        # "Pullo hajosi."; nor after the thing is replaced, "lainaan Matin porakoneen ja
        # poraan loppuun"; but a thing set aside and mended, "laitan rikkinäisen liinan
        # sivuun ja … yritän korjata", review211)
    if _a_guard_off(clause, fault.things) or (_plugged_in(clause) and not has_negation(clause)):
        return True  # (review77: "… ja otan suojan irti", "… ja laitan töpselin seinään")
    if _mends_a_part(c, clause):
        return True  # ("… ja vaihdan johdon", "… ja kiristän letkun"; review77)
    read = _read(c, clause, anyway=False)  # ("…, juon silti kahvia": carry_on reads "silti")
    if isinstance(read, bool):
        return read
    # (the faulty thing named is it, "… ja lastaan lavan", or a compound of it, "koneeseen"
    # for the "astianpesukone"; a risky deed with another thing named is no deed with the
    # faulty one: "… ja käytän portaita")
    named = [i for i, w in enumerate(clause)
             if finnish.a_noun(w) and _names(w, fault.things) and
             not (i and someone_elses(clause[i - 1]) and  # ("työkaverin autolla"; not
                  # whom it is used on, "siirrän asukkaan liinalla": review77)
                  not finnish.base_forms(clause[i - 1]) & _CARED_FOR) and
             not _from(w)]  # (things taken off it: "nostan tavarat lavalta"; review77)
    if not _A_DAY.isdisjoint(clause) and not named and not any(
            finnish.base_forms(w) & {"se", "ne"} or w in _THERE for w in clause):
        return False  # (a day puts off only a deed said of the thing: "… ja lastaan sen
        # huomenna", not "… ja pakkaan loput huomenna"; review79)
    with_it = bool(named) or _with_the_thing(clause) or any(
        _this_is_it(clause, i) for i in range(len(clause)))
    as_it = _as_pronouns(clause, named, read)
    if _marked(c.words) and all(finnish.base_forms(w) & _PUTTING for w in read) and \
            _USING.isdisjoint(as_it) and _IN_IT.isdisjoint(as_it):
        return False  # (a sign put on it: it is moved out of use, "selvä, nostan sen
        # hyllylle ja laitan lapun"; not "laitan lapun ja jatkan sillä", "… ja laitan astiat
        # sinne": review77, review78)
    return (with_it or not any(map(finnish.a_noun, clause))) and \
        _against_the_fault(read, as_it)


def _marked(words: Sequence[str]) -> bool:
    """``words`` put a sign or a barrier on the thing ("laitan lapun", "laitan kyltin")."""
    return any(b.endswith((*SIGNS, *BARRIERS)) for w in words for b in finnish.base_forms(w))


_CARED_FOR = frozenset({"asukas", "potilas", "asiakas", "vanhus", "hoidettava"})


def _names(word: str, things: frozenset[str]) -> bool:
    """``word`` names one of ``things``: its base form ("osa"), or a compound's last part
    ("kone" for the "astianpesukone", "liina" for the "nostoliina"), or the thing with a
    word of where ("ylähylly" for the "hylly"; not "arkkupakastin", another one:
    review78)."""
    return any(b in things or (len(b) >= 4 and any(
        t.endswith(b) or (len(t) >= 4 and b.endswith(t) and b[:-len(t)] in _WHERE_PARTS)
        for t in things)) for b in finnish.base_forms(word))


_WHERE_PARTS = frozenset({"ylä", "ala", "keski", "taka", "etu", "sivu", "pohja", "kulma"})
# "this" for the thing at hand, not before a noun of its own ("pesen astiat tällä"; not
# "siivoan tällä mopilla", "tällä välin"), as "it"
_THIS = {"tällä": "sillä", "näillä": "niillä"}


def _this_is_it(clause: Sequence[str], i: int) -> bool:
    """The word at ``i`` is "tällä" or "näillä" for the thing at hand: no noun after it,
    nor a word of a while ("tällä välin")."""
    nxt = clause[i + 1] if i + 1 < len(clause) else ""
    return clause[i] in _THIS and nxt not in _WHILE and not (nxt and finnish.a_noun(nxt))


def _as_pronouns(clause: list[str], named: list[int], deeds: list[str]) -> list[str]:
    """``clause`` with the faulty thing named where it is used or worked in said as "it"
    ("pesen astiat koneella": "sillä", "laitan astiat koneeseen": "siihen"), and "this" as
    "it"; not a place one stays at ("odotan koneella")."""
    if any(finnish.base_forms(w) & _STAYING for w in deeds):
        return clause
    wiping = any(finnish.base_forms(w) & _WIPING for w in deeds)
    out = [_THIS[w] if _this_is_it(clause, i) else w for i, w in enumerate(clause)]
    for i in named:
        cases = {case for case, _ in finnish.case_numbers(clause[i])}
        if wiping and "ulkoolento" in cases:
            continue  # (a cloth, "pyyhin kasvot liinalla", for the "nostoliina"; review78)
        out[i] = next((it for case, it in _CASE_AS_IT if case in cases), out[i])
    return out


_WIPING = frozenset({"pyyhkiä", "kuivata", "kuivattaa", "puhdistaa"})
_CASE_AS_IT = (("ulkoolento", "sillä"), ("sisatulento", "siihen"), ("sisaolento", "siinä"))
_STAYING = frozenset({"odottaa", "jäädä", "olla", "seistä", "pysyä", "vahtia", "valvoa",
                      "istua", "katsoa", "vartioida"})


def _a_guard_off(clause: list[str], things: frozenset[str]) -> bool:
    """``clause`` takes a guard off or opens it ("otan suojan irti", "avaan kotelon",
    "avaan kannen"): a deed of I with a guard's noun and a word of taking off, not under a
    no; a lid or a hatch only of the faulty thing or a machine ("avaan imurin kannen"; not
    "avaan kaivon kannen", "työkalukaapin luukun": review80)."""
    return not has_negation(clause) and any(
        finnish.of_i_or_we(w) and finnish.base_forms(w) & _TAKING_OFF for w in clause) and \
        any(finnish.a_noun(w) and any(_a_guard(b) or (b.endswith(_LIDS) and (
            not (i and someone_elses(clause[i - 1])) or _names(clause[i - 1], things) or
            any(x.endswith(_MACHINES) or x.startswith("sähkö")
                for x in finnish.base_forms(clause[i - 1]))))
            for b in finnish.base_forms(w))
            for i, w in enumerate(clause)) and (not _OFF.isdisjoint(clause) or any(
                finnish.base_forms(w) & {"avata", "irrottaa", "poistaa"} for w in clause))


_TAKING_OFF = frozenset({"ottaa", "irrottaa", "poistaa", "avata", "nostaa", "purkaa"})
_OFF = frozenset({"irti", "pois", "auki"})
_GUARDS = ("suojus", "kotelo", "kaide", "pelti", "turvaverkko")
# a lid or a hatch ("huoltoluukku", "takakansi") of no one named, of the faulty thing or of
# a machine or an electrical box ("sorvin luukku", "sähkökaapin luukku", "jakorasian
# kansi"; review81), not of anything else ("kaivon kansi", "työkalukaapin luukku",
# "termospullon kansi"; review80, review81)
_LIDS = ("kansi", "luukku")
_MACHINES = ("kone", "laite", "imuri", "uuni", "liesi", "pakastin", "kuljetin", "linja",
             "nostin", "nosturi", "sorvi", "jyrsin", "saha", "puristin", "kompressori",
             "vaihteisto", "pumppu", "pesuri", "robotti", "pakkaaja", "suodatin", "lämmitin",
             "hihna", "rasia", "keskus", "moottori")


def _a_guard(base: str) -> bool:
    """``base`` is a machine's guard ("suoja", "suojakotelo", "suojakansi", "terasuoja"),
    not a guard one wears ("kuulosuoja", "hengityssuojain": review78) nor any lid or hatch
    ("kaivon kansi", "työkalukaapin luukku": review80)."""
    return base in ("suoja", "verkko") or base.endswith(_GUARDS) or (
        base.startswith("suoja") and base.endswith(_GUARD_PARTS)) or (
        base.endswith("suoja") and not base.startswith(_WORN_GUARDS))


# …a guard's part said with "suoja-" ("suojakansi"; not "suojalasit", "suojakäsineet")
_GUARD_PARTS = ("kansi", "luukku", "verkko", "ritilä", "levy")
_WORN_GUARDS = ("kuulo", "hengitys", "silmä", "kasvo", "hius", "käsi", "polvi", "pää",
                "jalka", "sormi", "korva")


def _plugged_in(clause: list[str]) -> bool:
    """``clause`` plugs a thing in: a plug or a machine put into the wall or the mains
    ("laitan töpselin seinään", "laitan johdon jatkojohtoon"), or "kytken imurin takaisin"
    (review77)."""
    deeds = [finnish.base_forms(w) for w in clause if finnish.of_i_or_we(w)]
    if any(b & {"kytkeä"} for b in deeds) and "takaisin" in clause:
        return True
    # (what is put in is a plug, a cord, a machine or "it": not "laitan lapun seinään",
    # "laitan ruuvit rasiaan"; review78)
    plug = any(w in ("sen", "ne", "sitä", "niitä") or any(
        b.endswith(_PLUGS) or b.endswith(TOOL_ENDS) for b in finnish.base_forms(w))
        for w in clause if not finnish.is_verb(w))
    return plug and any(b & _PLUGGING for b in deeds) and any(
        any(b.endswith(_SOCKETS) for b in finnish.base_forms(w)) and
        any(case == "sisatulento" for case, _ in finnish.case_numbers(w)) for w in clause)


_PLUGGING = frozenset({"laittaa", "panna", "kytkeä", "työntää", "liittää"})
_SOCKETS = ("seinä", "pistorasia", "jatkojohto", "virta", "sähkö", "sähköverkko")
_PLUGS = ("töpseli", "pistoke", "johto", "kaapeli", "laturi")


def _mends_a_part(c: Case, clause: list[str]) -> bool:
    """Where the step foresees mending the thing as wrong ("korjaan sen itse"), ``clause``
    mends a part of it: a mending verb of I with a part's noun, with no no and no sign
    ("vaihdan johdon uuteen", "kiristän letkun", "kiristän ruuvit"); replacing the whole is
    taking another ("vaihdan imurin"), a note taped on is a sign ("teippaan lapun
    johtoon")."""
    if has_negation(clause) or not any(verdict == "wrong" and _verbs_of(m) & _MENDING_IT
                                       for m, verdict in c.mistakes.items()):
        return False
    bases = [finnish.base_forms(w) for w in clause]
    if any(b & (ANOTHER_ONE | {"muu"}) for b in bases):
        return False  # (another's part: "tarkistan muiden rullakoiden pyörät"; review78)
    return any(_said_by_i(w) and b & ((_MENDING_IT - _CHECKING) | {"vaihtaa"})
               for w, b in zip(clause, bases, strict=True)) and any(
        finnish.a_noun(w) and any(x.endswith(_PARTS) for x in b)
        for w, b in zip(clause, bases, strict=True)) and not any(
        x.endswith((*SIGNS, *BARRIERS)) for b in bases for x in b)


# looking a thing over is no mending ("tarkistan, että pistoke on irti"; review78)
_CHECKING = frozenset({"tarkistaa", "tarkastaa"})
# the parts of a machine or a tool a learner may not mend on their own
_PARTS = ("johto", "pistoke", "töpseli", "kaapeli", "pyörä", "terä", "hihna", "letku",
          "sulake", "laikka", "tiiviste", "ruuvi", "pultti", "mutteri", "moottori", "kytkin",
          "jousi", "saranat", "sarana", "laakeri")


_LATER = frozenset({"vasta", "kun", "jos", "kunhan", "kunnes", "jälkeen", "ennen", "myöhemmin",
                    "huomenna", "eilen", "äsken", "aiemmin", "viime"})
# …but a day or a while alone puts off no deed with the faulty thing: it is still faulty
# then ("… ja lastaan sen huomenna", "korjaan sen myöhemmin"; review76)
_A_DAY = frozenset({"huomenna", "myöhemmin"})


def _read(c: Case, tail: list[str], anyway: bool = True) -> bool | list[str]:
    """``tail``'s deeds of I or we to weigh, or True (done on one's own, anyway, or going
    on with what the step forbids) or False (no deed, or one that is safe whatever the
    step: set aside, rejected, under a no, another thing, a sign, taken to be mended, a
    deed an accepted answer says whole); ``anyway``: "silti" makes any deed unsafe."""
    # (not a past report: "löysin vian")
    deeds = [w for w in tail if w not in NEGATIONS and finnish.of_i_or_we(w)
             and not finnish.base_forms(w) & _NO_DEED and not finnish.only_past(w)
             and not (finnish.base_forms(w) & _REPAIRS and not _said_by_i(w))] + [
        after for w, after in pairwise(tail)  # "koska haluan jatkaa"
        if finnish.of_i_or_we(w) and finnish.base_forms(w) & _WISH and
        not finnish.only_past(w) and finnish.only_a_verb(after) and
        not finnish.base_forms(after) & _NO_DEED]
    if not deeds or not SET_ASIDE.isdisjoint(tail) or "käytöstä" in tail or any(
            w.startswith(_REJECTED) or any(b.startswith(_REJECTED) for b in finnish.base_forms(w))
            for w in tail):
        return False  # (set aside: "…, että laitan sen sivuun", "… pois käytöstä", "…
        # vien sen hylkylaatikkoon")
    # (not with a no, another thing, a sign put on it, the thing taken to be mended: "…,
    # että laitan lapun siihen", "koska vien sen huoltoon": review72; nor a deed the step's
    # own answers say, "pyydän apua, koska nostamme sen yhdessä": review73; before "itse":
    # "vaihdan itse toisen", review76)
    if has_negation(tail) or any(finnish.base_forms(w) & (ANOTHER_ONE | _MENDED)
                                 or any(b.endswith((*SIGNS, *BARRIERS))
                                        for b in finnish.base_forms(w))
                                 for w in tail) or \
            _an_accepted_deed(c, tail):
        return False
    own = not ON_ONES_OWN.isdisjoint(tail) and any(
        finnish.base_forms(w) & _MENDING_IT for w in deeds)
    if own or (anyway and not DESPITE.isdisjoint(tail)) or carried_on(c, tail) is not None:
        return True  # (mending it oneself, anyway: "…, että korjaan sen itse", "…, että
        # käytän sitä silti"; not a safe deed done oneself, "… ja merkitsen sen itse",
        # "… siirrän ne itse kylmiöön": review76)
    return deeds


def _faulty(c: Case, head: list[str]) -> bool:
    """A fault told: in ``head``, by an accepted answer the answer says, or a thing's fault
    in the step's question ("Lava on rikki.")."""
    return _a_fault_in(head) or reported_fault(c) is not None or (
        (told := step_fault(c)) is not None and told.of_a_thing)


def _against_the_fault(deeds: list[str], tail: list[str]) -> bool:
    """After a fault told, a risky deed (a doing, "tehdä", "jatkaa", only using the thing,
    to the end or going on with the work: "teen sen loppuun", "jatkan työtä"), or any deed
    of I that uses the thing or works in it or to the end: "…, että kone vuotaa, ja pesen
    astiat sillä", "… ja työskentelen siellä". Not handling it the safe way — switching it
    off, unplugging, taking it away, "irrotan sen seinästä", "otan sen irti", "laitan sen
    pois päältä", "laitan ne kylmiöön" — nor another deed with it ("kirjaan sen", "mittaan
    sen uudelleen", "teen sen nyt"), nor a doing with no thing, "koska me tehdään töitä
    turvallisesti" (review73, review75, review76)."""
    said = {b for x in tail for b in finnish.base_forms(x) | {x}}
    # (a machine put "kiinni" is switched off, "laitan sen kiinni"; a thing nailed or tied
    # "kiinni" is mended: "naulaan sen kiinni")
    shut = "kiinni" in said and all(finnish.base_forms(w) & {"laittaa", "panna"} for w in deeds)
    # (the thing used as a tool, any deed done with it: "… ja siivoan sillä loppuun", also
    # to move a thing elsewhere: "siirrän asukkaan liinalla pyörätuoliin"; review77)
    tool = any(w in _USING for w, nxt in pairwise([*tail, ""]) if nxt not in _WHILE)
    if not _PUT_AWAY.isdisjoint(said) or shut or (not tool and _elsewhere(deeds, tail)):
        return False
    deeds = [w for w in deeds if tool or (not finnish.base_forms(w) & _SAFE_HANDLING and not (
        finnish.base_forms(w) & _MOVING_IT and not _AWAY.isdisjoint(said)))]
    # (working in or on it, "työskentelen siellä", "kiipeän sinne"; not staying by it or
    # barring the way, "jään sinne odottamaan", "estän pääsyn sinne": review76)
    inside = not _IN_IT.isdisjoint(tail) and any(
        finnish.base_forms(w) & (_RISKY | _WORK_IN) for w in deeds)
    using = tool or inside or not _WORKING.isdisjoint(tail)
    work = "työ" in said  # ("jatkan työtä")
    return any(using or not bases & _DOING or (work and "jatkaa" in bases)
               for w in deeds if (bases := finnish.base_forms(w)) & _RISKY) or (
        using and any(map(_said_by_i, deeds)))


def _elsewhere(deeds: list[str], tail: list[str]) -> bool:
    """``tail`` moves the thing, or what it held, to another place, out of use, or takes it
    from where it lies: "laitan ne kylmiöön", "siirrän sen nurkkaan", "lähetän sen
    kunnossapitoon" (review76), "nostan sen lattialta", "nostan johdon ylös" (review77); not
    where it is used or sold ("nostan sen hyllyyn", "lähetän sen asiakkaalle")."""
    if not any(finnish.base_forms(w) & _PUTTING for w in deeds):
        return False
    places = [w for w in tail if w in _OUT or _from(w) or (w not in _THERE and any(
        case in ("sisatulento", "ulkotulento") for case, _ in finnish.case_numbers(w)))]
    return bool(places) and not any(
        finnish.base_forms(w) & _IN_USE or any(b.endswith(tuple(_IN_USE))
                                               for b in finnish.base_forms(w))
        for w in places)


# verbs of putting or moving a thing somewhere, and the places where it is in use
_PUTTING = frozenset({"laittaa", "panna", "siirtää", "viedä", "työntää", "kantaa", "nostaa",
                      "lähettää", "tuoda"})
_OUT = frozenset({"ulos", "erilleen", "syrjään", "talteen", "ylös"})


def _from(word: str) -> bool:
    """``word`` says where from (an elative or an ablative: "lavalta", "hyllystä")."""
    return any(case in ("sisaeronto", "ulkoeronto") for case, _ in finnish.case_numbers(word))
_IN_USE = frozenset({"hylly", "linja", "kone", "asiakas", "kauppa", "myynti", "auto",
                     "tilaus", "rullakko", "lava", "teline", "tuotanto", "pakkaus", "paikka",
                     "seinä", "pistorasia", "virta"})


def _an_accepted_deed(c: Case, tail: list[str]) -> bool:
    """Every word of ``tail`` but a subject is said by one accepted answer that says no no
    ("nostamme sen yhdessä"; not "laitan ne sinne" beside "laitan lavan sivuun")."""
    own = {w for w in tail if w not in SUBJECT_PRONOUNS}
    return any(own <= set(words) and not has_negation(words)
               for words in (n.split() for _, n in c.accepted))


def _with_the_thing(tail: list[str]) -> bool:
    """``tail`` says "it", "them" or "there", or finishing ("loppuun": the work at hand;
    not "sillä aikaa", meanwhile, nor taking things off it, "siitä")."""
    return any(((finnish.base_forms(w) & {"se", "ne"} and w not in _FROM_IT) or w in _THERE or
                w == "loppuun") and
               not (w == "sillä" and nxt in _WHILE)
               for w, nxt in pairwise([*tail, ""]))


_WHILE = frozenset({"aikaa", "välin", "välillä", "hetkellä", "kertaa", "kerralla", "tavalla",
                    "tavoin", "viikolla", "päivällä", "välissä", "vaiheessa"})
# the thing used ("sillä", with it) or worked in or on ("siinä", "siellä", "sinne")
_USING = frozenset({"sillä", "niillä"})
_IN_IT = frozenset({"siinä", "siellä", "sinne", "siihen", "niihin", "niissä"})
# …put away, unplugged, switched off ("laitan sen pois", "otan sen irti", "pois päältä")
# …or to the end, or switched on ("teen sen loppuun", "painan sen päälle")
_WORKING = frozenset({"loppuun", "päälle", "päällä"})
_PUT_AWAY = frozenset({"pois", "irti", "päältä", "talteen", "erikseen", "seis", "lukkoon",
                       "tieltä"})
# verbs of working in or on a thing ("työskentelen siellä", "menen sinne")
_WORK_IN = frozenset({"työskennellä", "mennä", "kävellä", "jatkaa", "tehdä"})
_FROM_IT = frozenset({"siitä", "niistä", "siltä", "niiltä"})  # taken off it: no use of it


def _a_measure(head: list[str]) -> bool:
    """``head`` says a deed of the learner's own that is no telling or stopping, with no
    no: a measure taken ("laitan tukipukit", "pyydän apua")."""
    return not has_negation(head) and any(
        finnish.of_i_or_we(w) and not finnish.only_past(w) and
        not finnish.base_forms(w) & (TELLING_OR_STOPPING | _NO_DEED) for w in head)


def _verbs_of(mistake: str) -> frozenset[str]:
    """The base forms of the verbs of ``mistake``, where it says no no."""
    words = normalised(mistake).split()
    return frozenset() if has_negation(words) else frozenset(
        b for w in words if finnish.is_verb(w) for b in finnish.base_forms(w))


def _a_foreseen_deed(c: Case, deeds: list[str], tail: list[str]) -> bool:
    """``tail`` says a wrong foreseen mistake's deed: its verb, and each of its other words
    said too, a thing or a place also as "it" or "there" ("laitan ne sinne" for "laitan
    tavarat lavalle"; not "laitan ne varastoon" for "laitan ne takaisin")."""
    said = {b for w in tail for b in finnish.base_forms(w) | {w}}
    stand_in = _with_the_thing(tail)
    for mistake, verdict in c.mistakes.items():
        verbs = _verbs_of(mistake)
        if verdict != "wrong" or not any(finnish.base_forms(d) & verbs for d in deeds):
            continue
        rest = [w for w in normalised(mistake).split() if not finnish.base_forms(w) & verbs
                and w not in FRAME_WORDS and w not in SUBJECT_PRONOUNS]
        # (a time is no thing "it" stands for: "kerään sen heti" is no "kerään sen
        # iltapäivällä"; review74)
        if all(finnish.base_forms(w) & said or w in said or (stand_in and (
                ("nimisana" in finnish.word_classes(w) and
                 finnish.base_forms(w).isdisjoint(WHEN_WORDS)) or w in _PLACES))
               for w in rest):
            return True
    return False


# the places a "there" stands in for ("menen auton alle": "menen sinne")
_PLACES = frozenset({"alle", "päälle", "sisään", "taakse", "eteen", "viereen", "ylös"})


def _said_by_i(word: str) -> bool:
    """``word`` is a verb of "I" (a repair by "we" is the workplace's: "korjaamme sen
    tänään", the mechanic to a customer; review76)."""
    return any(a.get("PERSON") == "1" and a.get("NUMBER") != "plural"
               for a in finnish.analyses(word))


def _a_fault_in(words: list[str]) -> bool:
    """``words`` tell a thing's fault: a fault word, or a no of its working or good state."""
    bases = [finnish.base_forms(w) | {w} for w in words]
    return any(b & (FAULTS | FAULTY | DANGERS | _ASKEW) for b in bases) or (
        has_negation(words) and any(b & (FAULT_WHEN_NO | GOOD_STATE) for b in bases))


# a wish, a fear, a need, being, telling or stopping: no deed done; a repair said in the
# passive is done by someone else ("jotta se korjataan")
_NO_DEED = TELLING_OR_STOPPING | {"olla", "pelätä", "tarvita", "toivoa", "luulla", "tietää",
                                   "muistaa", "osata", "haluta", "aikoa", "ajatella", "voida",
                                   "saada", "pitää", "pysyä", "oppia", "näyttää"}
# deeds with the thing asked about ("sen", "sinne"): using, putting, fitting, sending,
# repairing, lifting it ("kerron työnjohtajalle, koska aion käyttää sitä"; review71)
_RISKY = CARRY_ON | frozenset({"laittaa", "panna", "asentaa", "korjata", "lähettää",
                               "nostaa", "pinota", "tehdä", "ajaa", "käynnistää", "kytkeä",
                               "porata", "sahata", "leikata", "hitsata", "imuroida",
                               # mending it oneself, loading, selling, trying it (review73)
                               "ommella", "teipata", "naulata", "liimata", "kiristää",
                               "rasvata", "avata", "lastata", "pakata", "kuljettaa", "myydä",
                               "kokeilla", "testata", "hyllyttää", "täyttää", "kiivetä",
                               "koota", "siirtää", "työntää", "nousta", "hakata",
                               "taivuttaa", "suoristaa", "oikaista", "säätää", "korjailla"})
# …a risky deed only with the thing ("teen sen loppuun", "jatkan sillä"; not "jatkan
# tiskaamista", other work)
_DOING = frozenset({"tehdä", "jatkaa"})
# handling a faulty thing the safe way: switching it off, unplugging, marking, emptying,
# showing or giving it, leaving it be (review73)
_SAFE_HANDLING = frozenset({"irrottaa", "sammuttaa", "pysäyttää", "merkitä", "eristää",
                            "tyhjentää", "kuvata", "valokuvata", "näyttää", "antaa", "jättää",
                            "odottaa", "poistaa", "lukita", "suojata", "peittää", "katsoa",
                            "kysyä", "hakea", "tuoda", "vaihtaa", "sulkea", "kuivata",
                            "pyyhkiä", "siivota", "purkaa"})
# …and moving it away ("vien sen pois", "siirrän sen varastoon")
_MOVING_IT = frozenset({"viedä", "siirtää", "kantaa", "nostaa"})
_AWAY = frozenset({"pois", "varasto", "ulos", "syrjään"})
_MENDED = frozenset({"huolto", "korjaus", "korjaamo", "korjattava"})
# a thing rejected: put where rejects go, thrown away (review73)
_REJECTED = ("hylk", "hylät", "roska", "roskii", "roskis", "jäte", "romu")
_THERE = frozenset({"sinne", "siihen", "siellä", "siinä", "sillä", "niillä", "niihin"})
# a thing standing askew or worn: a fault too ("hylly on kallellaan")
_ASKEW = frozenset({"kallellaan", "vino", "vinossa", "halkeama", "kulunut", "kulua"})
_WISH = frozenset({"haluta", "aikoa", "yrittää"})  # …and the deed after it is the learner's
_REPAIRS = frozenset({"korjata", "vaihtaa", "huoltaa", "tarkistaa", "tarkastaa"})
# the learner's own mending of the faulty thing, which no replacing before excuses
_OWN_MENDING = frozenset({"korjata", "korjailla", "fiksata", "teipata", "paikata", "ommella",
                          "liimata", "hitsata", "suoristaa", "oikaista", "naulata"})
# mending a thing, which done "itse" is the learner's own repair
_MENDING_IT = _REPAIRS | {"korjailla", "fiksata", "ommella", "teipata", "naulata", "liimata",
                          "hitsata", "kiristää", "säätää", "suoristaa", "oikaista",
                          "taivuttaa", "hakata", "avata", "rasvata"}
