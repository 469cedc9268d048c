"""Advice that makes the work unsafe by what it says is not needed (issue 12, safety; reviews
76-112): a protection, help or measure said needless ("et tarvitse valjaita", "hiusverkko
ei ole pakollinen"), worn gear said useless or left off ("hanskat on turhat",
"kuulosuojaimet voi jättää pois"), what the step's answers take off said fine to keep
("hanskat käy porakoneella"), and gloves worn at a drill or lathe, whose turning part
catches them. ``open_deeds.deed_said`` asks it of an open answer's words; each is wrong.

Not where the answer names a condition that makes it true: gear off the work, at a break
or in the break room ("kypärän voi jättää pois kahvihuoneessa"), help for a light thing
("jos laatikko on kevyt, et tarvitse apua"), a measure done another way ("jos käytät eri
lautaa, ei tarvitse pestä heti"), gear of the same kind worn instead ("jos käytät
korvatulppia, kuulosuojaimia ei tarvita"). Haste, a lack or a past report is no such
condition ("kun on kiire…", "kun hioin, suojalaseja ei tarvittu")."""


from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import takewhile

from valkky.judge import finnish, sizes
from valkky.judge.case import Case, Judgement, normalised
from valkky.judge.deed_words import (
    ANOTHERS,
    AT_WORK,
    AWAY,
    BODY,
    CONDITIONS,
    ENDED,
    GEAR,
    IN_USE,
    IT_OR_THEM,
    LIFTING_AIDS,
    LIFTING_HELP,
    LOCAL_CASES,
    MACHINES,
    MODALS,
    NEEDED,
    POSTPOSITIONS,
    PUT_TO,
    USE_VERBS,
    VEST,
    WORKDAY,
    a_deed_of_its_own,
    a_finite_verb,
    a_thing,
    an_aid,
    an_object,
    courtesy_off,
    denies,
    excuse,
    help_asked,
    help_named,
    of_a_person,
    so_that,
    steps_words,
    verb_forms,
)
from valkky.judge.fault_again import no_of_not_doing
from valkky.judge.gear_useless import (
    GEAR_KINDS,
    STRESS,
    USELESS,
    WORN_OUT,
    says_useless,
    stands_for,
)
from valkky.judge.hedges import names_a_time_or_amount
from valkky.judge.number_words import is_number
from valkky.judge.polarity import (
    MAIN_JOINS,
    NEGATIVE_JOINS,
    SUB_JOINS,
    only_finite,
)
from valkky.judge.receiver import a_person, allative
from valkky.judge.wordsets import (
    BE_NOT,
    BREAK_ROOMS,
    BUT,
    CARRY_ON,
    GENITIVE_PRONOUNS,
    GOING_VERBS,
    NEGATIONS,
    ON_ONES_OWN,
    STAND_INS,
    SUBJECT_PRONOUNS,
)


@lru_cache(maxsize=sizes.STEPS)
def _taken_off(examples: tuple[str, ...]) -> frozenset[str]:
    """The base forms of what the step's answers take off or refuse, each in a part of its
    own: a protection said needless there is right (gloves at the drill, "ota käsineet
    pois, porakoneella et tarvitse käsineitä"; review79); not what a no of going without
    requires ("ilman kypärää ei saa mennä telineelle"), nor what a command beside a no
    says ("älä nosta kutsu hoitaja": the nurse is called; review82)."""
    out = set(_removed(examples))
    for n in examples:
        for part in re.split(r",| ja ", n):
            words = part.split()
            if not NEGATIONS.isdisjoint(words) and "ilman" not in words and \
                    not _removes(words):
                out.update(b for w in _under_a_no(words) for b in finnish.base_forms(w))
    return frozenset(out)


@lru_cache(maxsize=sizes.STEPS)
def _removed(examples: tuple[str, ...]) -> frozenset[str]:
    """The base forms of what the step's answers take off ("pois", "riisua"), not what they
    refuse."""
    return frozenset(b for n in examples for part in re.split(r",| ja ", n)
                     if _removes(part.split()) for w in part.split() for b in finnish.base_forms(w))


def _removes(words: Sequence[str]) -> bool:
    """A part of an answer that takes a thing off: "pois", "riisua"."""
    return "pois" in words or "riisua" in finnish.base_forms_of(words)


def _under_a_no(words: Sequence[str]) -> list[str]:
    """The words a no is said of: its verb and what follows up to another command or verb
    in a person ("älä nosta yksin hälytä hoitaja": nostaa, yksin; not the nurse)."""
    out: list[str] = []
    for k, w in enumerate(words):
        if w not in NEGATIONS:
            continue
        out.extend(words[k + 1:k + 2])
        for x in words[k + 2:]:
            if x in NEGATIONS or x in MAIN_JOINS or any(
                    mood == "imperative" or person is not None
                    for person, mood, _ in verb_forms(x)):
                break
            out.append(x)
    return out


_WORKSITE = frozenset({"työmaa", "työpaikka", "tehdas", "työalue", "melualue"})  # (outside:
# off the work)


def said_needless(c: Case, words: Sequence[str]) -> Judgement | None:
    """Wrong where the advice says a protection, help or measure is not needed, worn gear
    useless or left off, or what the step takes off fine to keep; or gloves worn at a
    turning machine."""
    if (worn := _gloves_on_at_a_turning_machine(words)) is not None:
        c.note(f"'{worn}' worn at a drill or lathe, whose turning part catches them")
        return c.judgement("wrong")
    if (needless := _needless_word(c, words)) is None:
        return None
    c.note(f"'{needless}': a protection said needless")  # "laita kypärä päähän niin et
    # tarvitse valjaita" (review76, SAFETY)
    return c.judgement("wrong", "negation")


def _needless_word(c: Case, words: Sequence[str]) -> str | None:
    """The word of what the answer says is not needed (``said_needless``): in the words as
    the judge reads them, or as said, where a rewording toward the step's words took a
    compound apart ("hiusverkkoa" read "verkkoa hiukset"; review89), but not help then: an
    aid or a call said in other words is read as the step's ("käytä pumpparia niin et
    tarvitse apua"; review90)."""
    if (needless := _protection_needless(c, words)) is not None:
        return needless
    said = so_that(courtesy_off(c.said.split()))
    if said != list(words) and (needless := _protection_needless(c, said)) is not None and \
            not any(b.endswith(_HELP) for b in finnish.base_forms(needless)):
        return needless
    return _gear_left_off(c, said) or _kept_on(c, said)


def _gear_left_off(c: Case, words: Sequence[str]) -> str | None:
    """Worn protection said useless or left off, no no in its clause: "hanskat on turhat",
    "kypärä on turha laittaa päähän", "kuulonsuojaimet voi jättää pois", "suojalasit saa
    jättää kaappiin / kotiin" (review90-92). Not gear the step's answers take off ("hanskat
    voi jättää pois porakoneella"), nor gear in a faulty state ("rikkinäiset hanskat on
    turhat"), nor "turha" said of a deed after gear a verb before it takes ("käytä
    suojalaseja, on turha riskeerata silmiä"), nor another thing left ("…saa jättää pipon
    kotiin"), nor gear left off at a break or away from the work ("kypärän voi jättää pois
    kahvihuoneessa", "…tauolla"). Its word, else None."""
    off = tuple(_taken_off(tuple(n for _, n in c.accepted)))
    for k, w in enumerate(words):
        bases = finnish.base_forms(w)
        if w in ("se", "ne") and words[k + 1:k + 2] and words[k + 1] in _BE_SAID:
            w, bases = _gear_it_stands_for(words, k)  # "laita kypärä päähän, vaikka se on
            # turha" (review155, SAFETY)
        if not any(_gear(b) and not (off and b.endswith(off)) for b in bases) or \
                _said_with_a_no(words, k):
            continue  # (a no in its clause: "hanskat ei ole turhat"; a condition is the
            # excuse's to weigh: "kun on kiire" excuses nothing, "kun olet kahvihuoneessa")
        faulty = _faulty(words, k) or _faulty_if(words, k)
        rest = [x for x in words[k + 1:k + 5] if x not in STRESS]
        said = rest[1:] if rest[:1] and rest[0] in _BE_SAID else rest
        deed = said[1:2] and any(mood == "A-infinitive" for _, mood, _ in verb_forms(said[1]))
        # (…of a deed after it any but one of taking it off or forgetting it, and the gear
        # no object of a verb before: not "suojalasit on turha ottaa pois", "hanskat on
        # turha unohtaa", "käytä suojalaseja, on turha riskeerata silmiä"; review91-94)
        useless = any(says_useless(x) for x in said[:1]) and not faulty and (
            not deed or (not (k and finnish.is_verb(words[k - 1])) and
                         finnish.base_forms(said[1]).isdisjoint(_LEAVING_OFF) and
                         "pois" not in said[2:4]))
        # (…left off, unless faulty and another put in its place: "rikkinäiset hanskat voi
        # jättää pois, ota uudet"; review94)
        # (…or taken off: "kypärän voi ottaa pois", "hanskat saa riisua"; review102)
        left = rest[:1] in (["voi"], ["saa"]) and any(
            "jättää" in finnish.base_forms(x) or "riisua" in finnish.base_forms(x) or
            ("ottaa" in finnish.base_forms(x) and "pois" in rest[2:4])
            for x in rest[1:2]) and not any(
            an_object(words, j) and finnish.base_forms(words[j]).isdisjoint(_SPANS)
            for j in range(k + 3, _clause_join(words, k + 3, k + 5))) and not (
            faulty and _replaced(words))
        if (useless or left) and not _excused_off_work(words, k) and \
                not _gloves_at_a_turning_machine(words, k):
            return w
    return None


def _gear_it_stands_for(words: Sequence[str], k: int) -> tuple[str, frozenset[str]]:
    """The thing a pronoun at ``k`` stands for (``gear_useless.stands_for``), with its base
    forms (none where no such thing is named before it)."""
    thing = stands_for(words, k)
    return (thing, finnish.base_forms(thing)) if thing else (words[k], frozenset())


def _clause_join(words: Sequence[str], start: int, stop: int) -> int:
    """Where a condition or a join first begins a clause from ``start`` (at most ``stop``,
    the words' end): a thing after it is no object of the verb before ("hanskat voi riisua
    kun hitsaus on ohi"; review105)."""
    stop = min(stop, len(words))
    return next((j for j in range(start, stop)
                 if words[j] in CONDITIONS or words[j] in _JOINED), stop)


# verbs of taking gear off or forgetting it: "turha" before one is advice
_LEAVING_OFF = frozenset({"riisua", "jättää", "unohtaa", "heittää", "poistaa", "irrottaa",
                          "säästää"})  # (and "ottaa pois": the "pois" after it)
_BE_SAID = frozenset({"on", "ovat", "oo", "olis", "ois", "olisi"})
# a span of time said as an accusative ("jättää pois hetken", "koko päivän"): no object
_SPANS = frozenset({"hetki", "päivä", "tunti", "minuutti", "aika", "viikko", "koko"})


def _faulty(words: Sequence[str], k: int) -> bool:
    """The word right before the gear at ``k`` says it is faulty: a damage word or a past
    participle of it ("haljenneet suojalasit"; review93), or "rikki olevat" — not one said
    of the speaker ("oon tottunut, hanskat on turhat"; review94)."""
    if k < 1 or (k >= 2 and words[k - 2] in _BE_SAID | {"olen", "olet"}):
        return False
    before, broken = words[k - 1], k >= 2 and words[k - 2] == "rikki"
    if not finnish.cases(before) & {"nimento", "osanto",
                                                                  "omanto"}:
        return broken  # (not "väsyneenä", "kokeneelle")
    # (…or "liian" so, where another is put in its place: "liian isot hanskat on turhat,
    # ota sopivat"; not "liian raskas kypärä on turha"; review93, review94)
    return bool(finnish.base_forms(before) & WORN_OUT) or finnish.is_participle(before) or \
        broken or (k >= 2 and words[k - 2] == "liian" and _replaced(words))


def _gloves_at_a_turning_machine(words: Sequence[str], k: int) -> bool:
    """Gloves taken off at a drill or a lathe, whose turning part would catch them: the
    safety rule itself, whatever step asks it ("hanskat voi ottaa pois kun poraat";
    review104). Only where the gloves' clause, to its end, says nothing but that (a closed
    list: not "…kun poraat tai hiot", "…kun hitsaat sorvin vieressä", "…kun poraat,
    suojalasit myös"; review105)."""
    if not _gloves(words[k]):
        return False
    start, _, stop = _gear_clause(words, k)
    span = words[start:stop]
    # (…its doer and what is drilled or turned: "ku sä poraat", "kun poraat reikiä", "kun
    # sorvaat akselia", "kun teet porausta"; review106)
    return any(finnish.base_forms(w) & _TURNING for w in span) and all(
        start + j == k or w in CONDITIONS or w in _AT_THE_MACHINE or w in SUBJECT_PRONOUNS
        or w in ("sä", "mä") or
        finnish.base_forms(w) & (_TURNING | _GLOVES_OFF | USELESS | {"tehdä"}) or (
            j and finnish.base_forms(span[j - 1]) & _TURNING and
            an_object(span, j) and not finnish.base_forms(w) & _NOT_DRILLED)
        for j, w in enumerate(span))


def _gloves_on_at_a_turning_machine(words: Sequence[str]) -> str | None:
    """The gloves word where the answer has gloves worn at a drill or lathe, in any step:
    "käytä aina hanskoja kun poraat", "hanskat voi pitää kun poraat", "hanskat kädessä
    sorvilla", or taken off only after it ("…saa ottaa pois vasta kun lopetat porauksen");
    not under a no said before the wearing ("älä käytä hanskoja kun poraat"; review105)."""
    for k, w in enumerate(words):
        if not _gloves(w, "hansikas"):
            continue
        _, _, stop = _gear_clause(words, k)  # (from its clause's join: "käytä aina
        # hanskoja kun poraat" wears them; a "ja"/"tai" between two things joins no clause,
        # "älä pidä sormusta tai hanskoja kädessä"; review109)
        start = max((j + 1 for j in range(k) if words[j] in _JOINED and not (
            words[j] in ("ja", "tai") and j + 1 < len(words) and a_thing(words[j + 1])) and
            not (words[j] == "tai" and not NEGATIONS.isdisjoint(words[:j]))),
            default=0)  # (…nor a "tai" after a no, which the no reaches: "älä käytä koruja
        # tai pidä hanskoja kun poraat")
        span = words[start:stop]
        bases = [finnish.base_forms(x) for x in span]
        if not any(b & _TURNING for b in bases) or not _BARE_HANDS.isdisjoint(span) or any(
                span[e] in _BUT_THERE and any(b & _TURNING for b in bases[e + 1:])
                for e in range(len(span))):
            continue  # ("käytä hanskoja aina paitsi porakoneella", "…paljain käsin"; not
            # "pidä hanskat porakoneella paitsi kun vaihdat terän"; review108)
        # (…taking off read from the gloves' own part: "ota sormus pois ja hanskat käteen
        # kun poraat" takes the ring off; review110)
        own = max((j + 1 for j in range(len(span)) if span[j] in ("ja", "tai") and
                   start + j < k), default=0)
        off = "pois" in span[own:] or any(b & {"riisua"} for b in bases[own:])
        ends = any(b & (_STOPPED | ENDED) for b in bases)
        if off and "vasta" in span and ends:
            return w  # (on till the drilling ends, any drilling)
        # (worn once one's own machine stopped, not another's: "…kun naapurin pora on
        # pysähtynyt"; review113, review117)
        ends = ends and not any((bases[j] & ANOTHERS and bases[j + 1] & MACHINES) or (any(
            x.endswith(tuple(MACHINES)) for x in bases[j + 1]) and bases[j] & ANOTHERS)
            for j in range(len(bases) - 1))
        # (worn: used, kept or put on the hands; not put away, "laita hanskat talteen",
        # nor at a time before or after the turning, "…takaisin kun lopetat porauksen",
        # "…vasta porauksen jälkeen", nor said useless there, "hanskat on turha pitää")
        worn = any(b & _WEARING_GLOVES for b in bases) or not _ON_THE_HANDS.isdisjoint(span)
        if worn and not off and not ends and NEGATIONS.isdisjoint(span) and \
                _NOT_THEN.isdisjoint(span) and not any(b & USELESS for b in bases):
            return w
    return None


_JOINED = frozenset({"ja", "mutta", "mut", "tai", "sitten", "sit", "vaan"})  # (a clause after)
_BUT_THERE = frozenset({"paitsi", "muualla"})
_BARE_HANDS = frozenset({"ilman", "paljain", "paljaat", "paljailla"})  # ("…ilman hanskoja")
_WEARING_GLOVES = frozenset({"käyttää", "pitää", "pukea"})  # (laittaa: with käteen)
_NOT_THEN = frozenset({"jälkeen", "ennen", "vasta", "takaisin", "talteen", "taskuun",
                       "kaappiin", "ajaksi"})
_ON_THE_HANDS = frozenset({"kädessä", "käteen", "käsiin", "käsissä", "kädet"})
def _gloves(word: str, *more: str) -> bool:
    """``word`` names gloves (``more``: other words of them read there too)."""
    return any(b.endswith(("käsine", "hanska", *more)) for b in finnish.base_forms(word))


_TURNING = frozenset({"pora", "porakone", "porata", "poraus", "sorvi", "sorvata", "sorvaus"})
# what gloves taken off at a turning machine may be said with (_gloves_at_a_turning_machine)
# (no thing drilled: gear, a person)
_NOT_DRILLED = frozenset({"suojalasi", "suojalasit", "kuulosuojain", "kypärä", "kaveri",
                          "työkaveri"})
_GLOVES_OFF = frozenset({"käyttää", "ottaa", "riisua", "jättää", "voida", "saada", "pitää",
                         "täytyä", "olla", "työskennellä"})
_AT_THE_MACHINE = frozenset({"pois", "aina", "ne", "niitä", "ihan", "kyllä", "ääressä",
                             "äärellä", "luona", "kanssa", "sinun", "sun"})


def _faulty_if(words: Sequence[str], k: int) -> bool:
    """The gear at ``k`` said useless on a condition that it, or a part of it, is damaged,
    another put in its place: "kypärä on turha jos se on haljennut, hae uusi", "…jos remmi
    on rikki, hae uusi" (review92, review101) — not a state that is no damage ("…jos se on
    ollut päässä", "…jos ne on unohtuneet kotiin"), nor with none put in its place."""
    start, own, _ = _gear_clause(words, k)
    said = words[start:own]
    at = next((j for j, w in enumerate(said) if w in CONDITIONS), None)
    if at is None or not _replaced_now(words) or not NEGATIONS.isdisjoint(said[at:]):
        return False
    # (the damage of the gear, "se", "ne" or a part of it: not of the crane, the
    # scaffold or the floor, "…jos nosturi on rikki, hae uusi"; review102)
    told = said[at + 1:]
    of_it = next((i for i, w in enumerate(told) if w in _IT_SAID or w in _IN_IT or any(
        _gear(b) or b.endswith(_GEAR_PARTS) for b in finnish.base_forms(w))), None)
    return of_it is not None and any(
        finnish.base_forms(w) & (WORN_OUT | _DAMAGED) for w in told[of_it + 1:])


def _replaced_now(words: Sequence[str]) -> bool:
    """Another put in the thing's place now (``_replaced``), not only later nor said away:
    "hae uusi", not "hae uusi huomenna", "…myöhemmin", "…kun ehdit", "älä hae uutta", "hae
    uusi ja jatka ilman sitä" (review102)."""
    at = next((i for i, w in enumerate(words)
               if finnish.base_forms(w) & _REPLACING), None)
    if at is None:
        return False
    after = words[at:]
    # (going on after it is with the new one, "hae uusi ja jatka sitten töitä"; before it,
    # or without, not: "jatka työtä ja hae uudet", "…ja jatka ilman sitä"; review103)
    return _LATER_WORDS.isdisjoint(after) and _PUT_OFF.isdisjoint(after) and \
        NEGATIONS.isdisjoint(words[max(0, at - 3):]) and "ilman" not in after and \
        not any(finnish.base_forms(w) & CARRY_ON for w in words[:at])


_IN_IT = frozenset({"siinä", "niissä", "siitä", "niistä"})  # ("…jos siinä on halkeama")
# parts of gear whose damage is the gear's ("…jos remmi on rikki")
_GEAR_PARTS = ("hihna", "remmi", "kuori", "linssi", "pohja", "kupu", "lasi", "nauha", "solki",
               "sanka", "kumi")
# a time that puts a deed off ("hae uusi huomenna / joskus / kun ehdit")
_PUT_OFF = frozenset({"huomenna", "joskus", "ensi", "iltapäivällä", "ehtiä", "ehdit", "myöhemmin",
                      "sillä", "välin", "mutta"})  # ("…hae uusi mutta mene telineelle ensin")


# a damage said as a verb's participle ("haljennut", "revennyt", "kulunut")
_DAMAGED = frozenset({"rikki", "rikkinäinen", "haljeta", "haljennut", "rikkoutua",
                      "rikkoutunut", "revetä", "revennyt", "repeytyä",
                      "repeytynyt", "murtua", "murtunut", "vaurioitua",
                      "vaurioitunut", "hajota", "hajonnut", "kulua", "kulunut", "halkeilla",
                      "naarmuuntua", "naarmuuntunut", "likaantua", "likaantunut", "pudota",
                      "pudonnut", "kadota", "kadonnut"})  # (a helmet dropped is changed:
# "…jos se on pudonnut, hae uusi")


def _replaced(words: Sequence[str]) -> bool:
    """The answer puts another in the place of a thing ("ota uudet", "vaihda se")."""
    return not _REPLACING.isdisjoint(b for x in words for b in finnish.base_forms(x))


def _excused_off_work(words: Sequence[str], k: int) -> bool:
    """The gear at ``k`` is left off at a break or off the work, and its clause says nothing
    else: from the clause's start to the answer's end (or to a later clause that says the
    gear is needed, "…, mutta telineellä se on pakollinen") every word is the gear, leaving
    it off or calling it useless, the break or a place or time off the work ("tauolla",
    "kahvitauon aikana", "kahvihuoneessa", "töiden jälkeen"), or a word that adds no place
    nor time ("ihan", "kyllä", "sen"). A closed list of what may be said, not of what may
    widen it: reviews 91–98 each found a place, time or doing of the work that a list of
    widening words missed ("…tauolla ja pajassa", "…ja hitsauksessa", "…ja aina")."""
    start, own, stop = _gear_clause(words, k)
    span = words[start:stop]
    said = words[start:own]
    # (a condition of the work's end or of leaving the work tells its own words, to a "ja":
    # "kun työpäivä on ohi", "kun lähdet työmaalta kotiin"; not leaving a break room, back
    # to the work then: "kun lähdet kahvilta telineelle")
    cond = next((j for j, w in enumerate(said) if w in CONDITIONS), None)
    told: range = range(0)
    if cond is not None and "kunnes" not in said and NEGATIONS.isdisjoint(span[cond:]):
        end = next((j for j in range(cond, len(span)) if span[j] in _TOLD_ENDS), len(span))
        if _off_the_work(span[cond:end], words[k]):
            told = range(cond, end)
    return (_off_work(said) or _a_break_on(said) or _going_off_work(said) or
            _in_a_break_room(said) or bool(told)) and \
        all(j in told or _excusing(span, j, doings=start + j < own) for j in range(len(span)))


# gear against a machine's own danger (its stop ends it): safety glasses; not gloves (at a
# turning machine off by the rule, _gloves_at_a_turning_machine; a chemical's gloves are no
# machine's), a helmet, shoes, a vest or hearing protection (a hall has more machines than
# the one stopped; review105)
_MACHINE_GEAR = ("lasi", "lasit")
_TOLD_ENDS = frozenset({"ja", "tai", "mutta", "mut", "vaikka", "koska"})
_NOT_YET = frozenset({"melkein", "pian", "kohta", "lähes", "puoliksi", "päästä", "vielä"})
# said beside leaving the work without naming a place of it: a time of day, a way home, what
# one goes to do off the work (review105: "kun vuoro loppuu illalla", "kun lähdet kotiin
# autolla", "kun lähdet hallista syömään")
_OFF_THE_WORK_SAID = frozenset({
    "kotiin", "ulos", "kotona", "aamulla", "illalla", "iltapäivällä", "yöllä", "päivällä",
    "autolla", "bussilla", "pyörällä", "junalla", "kävellen", "syömään", "nukkumaan",
    "lepäämään", "tupakalle", "kahville"})
# gear of a building site, whose outside is the site ("kun lähdet ulos" leaves no hazard)
_SITE_GEAR = ("kypärä", "turvakenkä", "valjas", "valjaat", "huomioliivi", "turvaliivi")
# who may be leaving beside "you": the worker said as any worker, everyone (not another
# person: "kun työnjohtaja lähtee", "kun muut lähtee"; review104, review105)
_EVERY_WORKER = frozenset({"työntekijä", "kaikki", "jokainen"})
_I_OR_YOU = frozenset({("1", "singular"), ("1", "plural"), ("2", "singular"),
                       ("2", "plural"), ("4", "")})
# the stop of one's own machine, done by a person: "kun kone on sammutettu", "kun sammutat
# koneen", "kun lopetat hionnan" (not a machine that stops, "kun kone pysähtyy kesken työn",
# which is a fault; review105)
_STOPPING = frozenset({"sammuttaa", "pysäyttää", "lopettaa"})
# a machine come to rest ("kun hiomakone on pysähtynyt"), not stopping ("pysähtyy")
_STOPS = frozenset({"pysähtyä", "sammua"})
_SUDDEN = frozenset({"kesken", "itsestään", "yllättäen", "yhtäkkiä", "äkkiä"})
# a work at a machine, whose end is the machine's ("kun hionta on loppunut"; not "terä on
# loppunut", a worn blade)
_MACHINE_WORK = frozenset({"poraus", "hionta", "sahaus", "sorvaus", "hitsaus", "jyrsintä"})


def _off_the_work(condition: Sequence[str], gear: str) -> bool:
    """``condition`` says the work ended ("kun työvuoro on päättynyt"), the worker leaving
    its place for home or out ("kun lähdet työmaalta", "…hallista", "…kotiin"), or, for
    the gear of a machine's danger, one's own machine stopped ("kun kone on sammutettu") —
    not nearly ended ("…on melkein ohi"), someone else leaving ("kun työnjohtaja lähtee"),
    leaving for another place of the work ("…työmaalta telineelle", "…hallista hiomaan"),
    nor at a place ("…ohi telineellä"; review104)."""
    bases = [finnish.base_forms(w) for w in condition]
    if any(map(_a_break_word, condition)) or "loppuun" in condition or \
            not _NOT_YET.isdisjoint(condition):
        return False  # (not "…tee työ ensin loppuun": the work still to do)
    for w in condition:
        cases = finnish.cases(w)
        if w not in _OFF_THE_WORK_SAID and (
                cases & _PLACE_CASES or
                any(mood == "MA-infinitive" for _, mood, _ in verb_forms(w))):
            return False  # (where to, or where: another place of the work)
    if any(b & WORKDAY for b in bases) and any(b & ENDED for b in bases):
        return True
    # (…and gloves against a turning machine's own turning: "hanskat saa ottaa taas käteen
    # kun pora on pysähtynyt"; review92)
    gloves_at_it = _gloves(gear) and \
        any(b & _TURNING for b in bases)
    if (any(b.endswith(_MACHINE_GEAR) for b in finnish.base_forms(gear)) or gloves_at_it) and \
            _own_machine_stopped(condition, bases):
        return True
    # (out of doors is off a hall's noise, not off a building site: "kuulonsuojaimet voi
    # ottaa pois kun lähdet ulos", not "kypärän…"; review104, review106)
    out = "kotiin" if any(b.endswith(_SITE_GEAR) or b == VEST
                          for b in finnish.base_forms(gear)) else "ulos"
    return any("lähteä" in b and _the_worker(condition, j)
               for j, b in enumerate(bases)) and any(
        w in ("kotiin", out) or (
            finnish.cases(w) & _FROM and
            finnish.base_forms(w) & (_WORKSITE | AT_WORK | {"halli", "työ"}))
        for w in condition)


def _the_worker(condition: Sequence[str], j: int) -> bool:
    """The verb at ``j`` is done by the worker: I or you, or said passive ("kun lähden",
    "kun lähdet", "kun olet lähtenyt"), or by every worker ("kun kaikki lähtevät")."""
    w = condition[j]
    if finnish.persons(w) & _I_OR_YOU:
        return True
    if finnish.is_participle(w) and j and finnish.persons(condition[j - 1]) & _I_OR_YOU:
        return True  # ("olet lähtenyt")
    # (…its subject right before it, nothing before that in the condition: not "kun kaikki
    # muut lähtevät", "kun toinen työntekijä lähtee", "kun kaikki autot lähtevät"; review106)
    first = j - 1  # (…or a run of them: "kun kaikki työntekijät lähtevät")
    while first > 0 and finnish.base_forms(condition[first - 1]) & _EVERY_WORKER:
        first -= 1
    return bool(finnish.persons(w)) and j > 0 and \
        bool(finnish.base_forms(condition[j - 1]) & _EVERY_WORKER) and \
        (first == 0 or condition[first - 1] in CONDITIONS)


def _own_machine_stopped(condition: Sequence[str],
                         bases: Sequence[frozenset[str]]) -> bool:
    """``condition`` says one's own machine stopped by a person, or one's work at it ended:
    "kun kone on sammutettu", "kun sammutat koneen", "kun hionta on loppunut" — not another's
    or one of many ("naapurin kone", "toinen kone"), nor stopped by someone named ("kun
    työnjohtaja on sammuttanut koneen"), nor by itself ("kun kone pysähtyy kesken työn"), nor
    where the machine works again (review105)."""
    if any(b & _WORKING for b in bases) or any(b & ANOTHERS for b in bases):
        return False
    for j, b in enumerate(bases):
        if b & (MACHINES | _MACHINE_WORK) and j and \
                "omanto" in finnish.cases(condition[j - 1]) and \
                not bases[j - 1] & (MACHINES | _MACHINE_WORK):
            return False  # ("kaverin hionta", "työnjohtajan kone")
    if not _SUDDEN.isdisjoint(condition):
        return False  # ("…kun kone pysähtyy kesken työn", "…sammuu yllättäen": a fault)
    stopped = any((b & _STOPPING or (b & _STOPS and finnish.is_participle(w))) and (
        finnish.persons(w) & _I_OR_YOU or _said_passive(w) or b & _STOPS or (
            finnish.is_participle(w) and j and
            finnish.persons(condition[j - 1]) & _I_OR_YOU))
        for j, (w, b) in enumerate(zip(condition, bases, strict=True)))
    ended = any(b & _MACHINE_WORK for b in bases) and any(b & ENDED for b in bases)
    # (…and nothing else: not "…kun sammutat koneen, korjaat sen itse"; review106)
    return ((stopped and any(b & (MACHINES | _MACHINE_WORK) for b in bases)) or ended) and \
        all(w in CONDITIONS or w in SUBJECT_PRONOUNS or w in _OF_A_STOP or
            b & (MACHINES | _MACHINE_WORK | _STOPPING | _STOPS | ENDED | {"olla"})
            for w, b in zip(condition, bases, strict=True))


_OF_A_STOP = frozenset({"kokonaan", "ensin", "jo", "oma", "oman", "sinun", "sun", "mun",
                        "minun", "sä", "mä"})


def _said_passive(word: str) -> bool:
    """A passive's past participle: "sammutettu", "pysäytetty"."""
    return word.endswith(("ttu", "tty")) and not finnish.persons(word)


def _in_a_break_room(words: Sequence[str]) -> bool:
    """The words are in a break room named by its last part ("työmaaruokalassa")."""
    return any(_a_break_place(w) and finnish.cases(w) & _BEING_AT
               for w in words)


def _going_off_work(words: Sequence[str]) -> bool:
    """The words go to a break or off the work: "kun menet kahvihuoneeseen", "kun lähdet
    kotiin" — the worker, not another ("kun muut lähtee kotiin"; review105)."""
    return any(finnish.base_forms(w) & {"mennä", "lähteä"} and _the_worker(words, j)
               for j, w in enumerate(words)) and any(
        (_a_break_place(w) or _a_break_word(w) or finnish.base_forms(w) & {"kahvi", "ruoka"})
        and finnish.cases(w) & {"sisatulento", "ulkotulento"}
        for w in words)


def _a_break_on(words: Sequence[str]) -> bool:
    """The words say a break is on: "kun on tauko", "tauko on", or a condition of a break
    or of what is done at one ("kun tauko alkaa", "kun pidät taukoa", "kun juot kahvia")."""
    at = next((j for j, w in enumerate(words) if w in CONDITIONS), None)
    return any(_a_break_word(w) and "nimento" in finnish.cases(w)
               and "on" in words[max(0, j - 1):j + 2] for j, w in enumerate(words)) or (
        at is not None and any(_a_break_word(w) or (
            finnish.base_forms(w) & _MEALS and
            not finnish.cases(w) & _FROM) for w in words[at + 1:]))


_FROM = frozenset({"sisaeronto", "ulkoeronto"})  # ("kun lähdet kahvilta": back to work)


# what is had at a break, said as its time ("kun juot kahvia", "kun syöt"); not walking,
# reading or a phone ("kun kävelet", "kun puhut puhelimessa": at work too; review100)
_MEALS = frozenset({"kahvi", "tee", "eväs", "ruoka", "ruokailu", "syödä", "lounas"})  # (not
# "juoda" alone: "kun juot" is at the machine too; review101)


def _a_break_word(word: str) -> bool:
    bases = finnish.base_forms(word)
    return any(b.endswith(("tauko", "lounas")) for b in bases) and \
        not any(b.endswith(_WORK_PAUSES) for b in bases)


def _gear_clause(words: Sequence[str], k: int) -> tuple[int, int, int]:
    """Where the clause of the gear at ``k`` starts, where its own words end and where what
    is said of it ends (``_excused_off_work``)."""
    # (back to its clause's join, "niin" none: "…, mutta tauolla niin kypärän voi jättää
    # pois" is at the break; review98)
    start = max((j + 1 for j in range(k) if words[j] != "niin" and _a_join(words, j)),
                default=0)
    # …or where a clause with a verb of its own ends before it, its comma unheard ("käytä
    # aina suojalaseja, kypärä on turha tauolla"; not "hallissa tauolla kypärä on turha")
    other = [j for j in range(start, k) if not _excusing(words, j)]
    if other and any(finnish.is_verb(x) for x in words[start:other[-1] + 1]):
        start = other[-1] + 1
    stop = next((j for j in range(k + 1, len(words)) if (
        words[j] in _LATER_CLAUSE_JOINS and
        (words[j + 1:j + 2] not in _A_CONDITION or words[j] != "ja") and
        _a_later_clause(words, j)) or (
        j > k + 1 and not _excusing(words, j) and _excusing(words, j - 1) and
        any(finnish.is_verb(x) for x in words[j:]) and _a_later_clause(words, j - 1))),
        len(words))  # (its comma unheard: "…kun olet
    # tauolla, telineellä laita se päähän")
    # its own words end before a join that adds to what is said ("suojalasit voi jättää
    # pois ja tauolla myös", "… tai kotona": left off at any time) or a verb of another
    # clause ("turvakengät voi jättää pois, ne on kotona")
    own = next((j for j in range(k + 1, stop) if (
        _a_join(words, j) and words[j + 1:j + 2] not in _A_CONDITION) or
        _another_verb(words, k, j)), stop)
    return start, own, stop


def _a_later_clause(words: Sequence[str], j: int) -> bool:
    """After the join at ``j`` a clause that needs the gear again, and nothing after it that
    takes it back: "…, mutta telineellä se on pakollinen", "…, mut muuten se on päässä",
    "…, mutta kun menet telineelle laita se päähän", "…laita se takaisin", "…, mutta älä
    unohda sitä" — not "…ja telineellä sitä ei tarvita", "…ja telineellä se on myös turha",
    "…tarvitaan vain valjaat", "…laita se takaisin kaappiin", "…ja telineellä lippis päähän
    riittää", "…sitä käytetään harvoin", "…pakollinen ja hallissa se on turha" (review99,
    review100: a later clause ended the span unread)."""
    rest = list(words[j + 1:])
    if not rest or not _INSTEAD.isdisjoint(rest) or not _SELDOM.isdisjoint(rest) or any(
            finnish.base_forms(x) & (USELESS | _KEPT_IN | _ENOUGH) or _furniture(x) or
            (finnish.base_forms(x) & _LEAVING_OFF and not _denied_before(rest, i))
            for i, x in enumerate(rest)):
        return False
    if any((x in NEGATIONS or denies(x)) and not _a_no_of_leaving(rest, i)
           for i, x in enumerate(rest)):
        return False  # (a no of the need: "…sitä ei tarvita"; not "älä unohda sitä")
    of_it = any(x in _IT_SAID or any(_gear(b) for b in finnish.base_forms(x)) or
                finnish.base_forms(x) & _REPLACING for x in rest)
    other = any(x not in _IT_SAID and x not in _WORN and "nimisana" in finnish.word_classes(x) and
                finnish.cases(x) & {"nimento", "osanto"} and
                not any(_gear(b) for b in finnish.base_forms(x)) for x in rest)
    # (a thing said instead, worn or enough: "…lippis päähän riittää"; not a time or place,
    # "mutta heti tauon jälkeen päähän")
    return (of_it or not other) and (
        any(x in _WORN for x in rest) or any(_a_no_of_leaving(rest, i) for i in range(len(rest)))
        or (of_it and (any(finnish.base_forms(x) & _NEEDED_AGAIN for x in rest) or
                       _put_back(rest))))


def _a_no_of_leaving(words: Sequence[str], i: int) -> bool:
    """The no at ``i`` says not to leave the gear off or forget it ("älä unohda sitä", "älä
    ota niitä pois")."""
    return words[i] in NEGATIONS and any(finnish.base_forms(x) & (_LEAVING_OFF | {"ottaa"})
                                         for x in words[i + 1:i + 3])


def _denied_before(words: Sequence[str], i: int) -> bool:
    return any(x in NEGATIONS for x in words[max(0, i - 2):i])


_SELDOM = frozenset({"harvoin", "joskus", "välillä", "harva", "tarvittaessa"})
_ENOUGH = frozenset({"riittää", "haluta"})  # (another thing enough; the gear if one wants)


_IT_SAID = frozenset({"se", "sen", "sitä", "ne", "niitä", "niiden"})
_INSTEAD = frozenset({"vain", "vaan", "ainoastaan", "ilman", "paitsi"})
# where gear is worn: said of it in a later clause, it is on again
_WORN = frozenset({"päässä", "päähän", "silmillä", "silmille", "korvilla", "korville",
                   "jalassa", "jalkaan", "käsissä", "käteen", "käsiin", "päällä", "päälle"})


_A_CONDITION = (["kun"], ["ku"], ["jos"])  # (a join before one limits the gear's clause)


def _said_with_a_no(words: Sequence[str], k: int) -> bool:
    """The clause of the thing at ``k`` says no ("hanskat ei ole turhat", "kypärää ei saa
    jättää pois"), or turns on a condition with one ("…jos kone ei pyöri"): a no in
    another clause says nothing of it ("älä sekoita pesuaineita, käsineet voi jättää pois";
    review98)."""
    start, own, _ = _gear_clause(words, k)
    return not NEGATIONS.isdisjoint(words[start:own])  # (not a tag's, "…, eiks?", nor a
    # purpose's, "…, ettei tule kuuma": Voikko reads them as nos, NEGATIONS does not)


def _another_verb(words: Sequence[str], k: int, j: int) -> bool:
    """words[j] is a finite verb after the verbs said first after the gear at ``k`` (its
    own predicate, its verbs one after another: "on turha", "voi jättää pois"): another
    clause's."""
    if not a_finite_verb(words[j]) or not (CONDITIONS | {"koska"}).isdisjoint(words[k + 1:j]):
        return False  # (a condition's verb limits the gear's clause: "…kun menet
        # kahvihuoneeseen")
    first = next((i for i in range(k + 1, j) if finnish.is_verb(words[i])), None)
    return first is not None and not all(finnish.is_verb(x) for x in words[first:j])


def _excusing(words: Sequence[str], j: int, doings: bool = True) -> bool:
    """The word at ``j`` says the break or a place or time off the work, the gear, leaving it
    off or its uselessness, or nothing of a place or time (``_excused_off_work``); what is
    done at a break ("syömässä", "kun juot kahvia") only in the break's own clause
    (``doings``): added after a "ja" it is another time ("…tauolla ja kävellessä",
    "…ja puhelimessa"; review100)."""
    w = words[j]
    if finnish.base_forms(w) & {"alkaa", "pitää"} and any(
            _a_break_word(x) for x in words[max(0, j - 1):j + 2]):
        return True  # ("kun tauko alkaa", "kun pidät taukoa")
    if not doings and finnish.base_forms(w) & _BREAK_DOINGS and not (
            finnish.base_forms(w) & _SEATED and _an_a_infinitive(w)) and not (
            j and finnish.base_forms(words[j - 1]) & _SEATED and _an_a_infinitive(words[j - 1])):
        return False  # (…but "…tauolla ja syödä eväät", a deed of the break itself)
    if _at_a_break(words, j) or w in _EXCUSE_WORDS or (
            w in ("aikana", "ajaksi", "ajan") and j and _at_a_break(words, j - 1)):
        return True
    cases = finnish.cases(w)
    if _a_break_word(w) and ("nimento" in cases or (
            cases & {"sisatulento", "ulkotulento"} and j and
            finnish.base_forms(words[j - 1]) & {"mennä", "lähteä"} and
            finnish.persons(words[j - 1]))):
        return True  # ("kun on tauko", "kun menet kahvitauolle"; not "tauolle mennessä",
        # on the way there)
    bases = finnish.base_forms(w)
    after = words[j + 1:j + 2]
    if w in ("jälkeen", "ulkopuolella") or after in (["jälkeen"], ["ulkopuolella"]):
        # the work's end, or the time outside it: "töiden jälkeen", "työajan ulkopuolella";
        # not "tauon jälkeen" (back at work), a place's outside ("hallin ulkopuolella" may
        # be the yard the trucks drive in; review99)
        before = finnish.base_forms(words[j - 1]) if j and w in ("jälkeen",
                                                                  "ulkopuolella") else bases
        return not before.isdisjoint(WORKDAY) or (
            "ulkopuolella" in (w, *after) and not before.isdisjoint(_WORKSITE))
    if w == "illalla":  # ("illalla kotona"; not the evening alone: a shift may be on)
        return any(x in ("kotona", "kotiin") for x in words)
    if "auto" in finnish.base_forms(w):  # (one's own car, or on the way home: not a
        return any(x in ("omassa", "kotimatkalla") for x in words)  # car worked on)
    if (after and after[0] in _BESIDE and bases & _BREAK_THINGS) or \
            (w in _BESIDE and j and finnish.base_forms(words[j - 1]) & _BREAK_THINGS):
        return True  # ("kahvikoneen luona")
    if j + 1 < len(words) and _a_break_place(words[j + 1]) and \
            "koti" not in finnish.base_forms(words[j + 1]) and \
            any(case == "omanto" for case, _ in finnish.case_numbers(w)):
        return True  # (a break place the work's: "hallin taukotilassa"; not a break of
        # the work, "koneen tauolla", nor a customer's home, "asiakkaan kotona"; review99)
    if j + 1 < len(words) and _a_break_place(words[j + 1]) and \
            "laatusana" in finnish.word_classes(w):
        return True  # ("hiljaisessa taukotilassa")
    return w in SUBJECT_PRONOUNS or any(_gear(b) for b in bases) or _a_break_place(w) or \
        bool(bases & (_AT_A_BREAK | _BREAK_THINGS | _LEAVING_OFF | USELESS | _MAY))


def _a_break_place(word: str) -> bool:
    """``word`` names a room or place of breaks or off the work, by its last part too
    ("työmaaruokalassa", "henkilöstöravintolassa")."""
    return any(b in _OFF_WORK_PLACES or b in _AT_A_BREAK_PLACES or b.endswith(BREAK_ROOMS)
               for b in finnish.base_forms(word))


# rooms of breaks, by a compound's last part (not "koppi": a crane's cab is one)
_AT_A_BREAK_PLACES = frozenset({"taukokoppi", "tupakkakoppi", "työmaakoppi", "työmaaparakki",
                                "parakki", "terassi", "vessa", "sohva", "penkki"})


# what is done or where one is at a break ("syömässä", "kahvilla", "taukotuvassa")
_BREAK_DOINGS = frozenset({"kahvi", "tee", "eväs", "tupakka", "ruokailu", "rauha", "syödä",
                           "juoda", "levätä", "istua", "lukea", "lehti", "soittaa", "puhua",
                           "puhelin", "kävellä", "koska", "siellä", "hiljainen", "hiljaa",
                           "rauhallinen", "mennä", "lähteä"})
# doings of a break at rest, as a deed of it ("voi jättää pois tauolla ja levätä"); not
# moving about ("…ja kävellä", "…ja mennä"), nor at another time ("…ja lukiessa")
_SEATED = frozenset({"syödä", "juoda", "levätä", "lukea", "soittaa", "puhua", "istua"})


def _an_a_infinitive(word: str) -> bool:
    return any(mood == "A-infinitive" for _, mood, _ in verb_forms(word))


_AT_A_BREAK = _BREAK_DOINGS | {"tupakkapaikka", "kotimatka", "kaappi", "lokero", "pukukaappi",
                               "suojain"}
# things of a break room, and where beside them one is
_BREAK_THINGS = frozenset({"kahvikone", "kahviautomaatti", "mikro", "mikroaaltouuni",
                           "naulakko", "jääkaappi"})
_BESIDE = frozenset({"luona", "vieressä", "ääressä", "lähellä"})


# words of an excuse that say no place nor time of the work
_EXCUSE_WORDS = frozenset({"kun", "ku", "jos", "kunhan", "silloin", "pois", "ja", "tai", "niin",
                           "myös",
                           "koko", "kyllä", "mutta", "mut", "käydä", "ihan", "aivan", "vain",
                           "ainoastaan", "sitten", "sit", "kanssa", "muut", "muutkin", "täysin",
                           "vaan", "sen", "ne", "niitä", "se", "hetkeksi", "omassa", "oma",
                           "kotiin", "kotona", "lomalla", "vapaalla", "on", "ovat", "oo", "olis",
                           "ois", "olisi", "ottaa"})
_MAY = frozenset({"voida", "saada", "olla", "ottaa", "riisua", "kannattaa", "mennä", "lähteä"})
def _put_back(words: Sequence[str]) -> bool:
    """The words put the gear back on ("tauon jälkeen laita se takaisin")."""
    return "takaisin" in words and any(finnish.base_forms(x) & _PUTTING for x in words)


# a later clause that says the gear is needed elsewhere ends the excuse's span
_LATER_CLAUSE_JOINS = frozenset({"mutta", "mut", "ja", "sitten", "sit", "muuten"})
_NEEDED_AGAIN = frozenset({"pakollinen", "pakko", "pitää", "täytyä", "käyttää", "tarvita"})


def _a_join(words: Sequence[str], j: int) -> bool:
    """words[j] joins two clauses or adds to one: "mutta", "sitten", "niin", or
    "ja"/"tai" but between two pieces of gear ("hanskat ja kypärän saa jättää pois";
    review94), so that a break added after it is no limit of the gear's ("kypärän voi
    jättää pois ja tauolla myös"; review95)."""
    if words[j] == "mutta" or (words[j] == "niin" and "kuin" in words[j + 1:j + 4]):
        return True  # ("…turha niin kuin tauolla", "niin tauolla kuin työssä": no limit)
    if words[j] in _CLAUSE_JOINS:  # (…a clause of its own after it, not a time of the
        return any(finnish.is_verb(x) for x in words[j + 1:j + 4])  # gear's: "jättää pois
        # sitten ruokatauolla"; "…, sitten tauolla juodaan kahvia" is; review94, review95)
    return words[j] in ("ja", "tai") and not (
        j + 1 < len(words) and any(_gear(b) for b in finnish.base_forms(words[j + 1])))


# ("vaan" no join: with no no before it, speech's "vain", "jättää pois vaan kahvihuoneessa")
_CLAUSE_JOINS = frozenset({"sitten", "sit", "niin"})


def _off_work(words: Sequence[str]) -> bool:
    """The answer speaks of a break or a place off the work: "tauolla", "kotona",
    "kahvihuoneessa", "toimistossa" (review91; a closed list, review92: "työmaalla",
    "varastossa" are places of the work)."""
    # (not "koko päivän paitsi lounaalla", "ennen ruokataukoa", "kahvitauon jälkeen";
    # review94; "tauon ajan" is at the break, review95)
    return any(_at_a_break(words, k) and (k == 0 or words[k - 1] != "paitsi")
               for k in range(len(words)))


def _at_a_break(words: Sequence[str], k: int) -> bool:
    w = words[k]
    if w in _BREAK_WORDS:
        return True
    # (not a work's pause, "huoltotauolla": the machine's pause, the worker at it)
    return bool(_a_break_word(w) or finnish.base_forms(w) & _OFF_WORK_PLACES) and (
        any(case in _BEING_AT for case, _ in finnish.case_numbers(w)) or
        words[k + 1:k + 2] in (["aikana"], ["ajaksi"], ["ajan"]))


_BREAK_WORDS = frozenset({"tauolla", "kotona", "vapaalla", "lomalla", "kahvilla"})
# (not "illalla": an evening shift is work, a vest in the dark most of all; review99)
# pauses of the work, at it: no break from its dangers
_WORK_PAUSES = ("huoltotauko", "tuotantotauko", "mikrotauko", "taukojumppa")
_OFF_WORK_PLACES = frozenset({"taukotila", "kahvihuone", "taukohuone", "pukuhuone", "ruokala",
                              "toimisto", "sosiaalitila", "koti", "parkkipaikka"})


def _kept_on(c: Case, words: Sequence[str]) -> str | None:
    """What the step's answers take off (``_removed``: gloves at the drill, a ring at the
    line) said fine to keep, no no in its clause: "hanskat käy porakoneella", "sormus ok
    jos sulla on hanskat" (set 77, both trainers wrong),
    "ohuet hanskat saa olla", "hanskat on hyvät" (review90). Not a deed of putting it away
    after the "saa" ("hanskat saa laittaa kaappiin", "sormus on hyvä jättää kotiin"), nor
    kept away or later, nor a new or whole one ("ehjä laikka käy"; review91). Its word,
    else None."""
    off = tuple(b for b in _removed(tuple(n for _, n in c.accepted)) if len(b) > 3)
    if not off:
        return None
    # (each "pois" as written, in order, and how many words follow it before a comma: a
    # comma right after it ends its taking, "ota ne pois, tauolla voit laittaa takaisin";
    # one after its time keeps the time the taking's, "… pois illalla, sit voit laittaa
    # ne takaisin"; not "kello pois, …": review224, 226)
    commas = [_words_to_comma(m.group(1)) if m.group(2) else None
              for m in re.finditer(r"\bpois\b([^,.!?]*)(,?)", c.written.casefold())]
    for k, w in enumerate(words):
        if not (a_thing(w) and any(b.endswith(off) for b in finnish.base_forms(w))) or \
                _said_with_a_no(words, k) or \
                (k and words[k - 1] in _ANOTHER_GOOD_ONE and
                 not steps_words(c).isdisjoint(_REPLACING)) or \
                _taken_off_after(words, k, _comma_after_pois(commas, words, k + 1)):
            continue  # (…nor praise of it before it is taken off: "hanskat on hyvät, mutta
            # ota ne pois", judge53)
        # (its words after, degree words left out: "hanskat on ihan turvallinen",
        # "sun korut on tosi kauniit"; review215, SAFETY)
        after = [j for j in range(k + 1, min(len(words), k + 6)) if words[j] not in STRESS]
        rest = [words[j] for j in after[:2]]
        fine = rest[:1] in (["käy"], ["saa"], ["okei"], ["ok"]) or bool(
            rest[:1] and finnish.base_forms(rest[0]) & _PRAISING) or (
            rest[:1] in (["on"], ["ovat"], ["oli"], ["olivat"]) and rest[1:2] and
            _fine_to_keep(rest[1]))
        at = (after[1] if rest[:1] in (["on"], ["ovat"], ["oli"], ["olivat"]) and
              len(after) > 1 else after[0] if after else len(words)) + 1
        put_away = _put_away(words, at)
        if (fine or _praised_before(words, k)) and not put_away and \
                not _kept_elsewhere(words, k) and \
                not _but_off(words, k, off, steps_words(c), commas):
            return w
    return None


def _words_to_comma(written: str) -> int | None:
    """How many words ``written`` (what follows a "pois" up to a comma) says as read
    (hesitations dropped: "öö heti"), where they can be its time: three at most ("heti
    tauon jälkeen"), or up to six with no verb of a person, else None
    (a comma far on is another clause's: "… voit laittaa ne takaisin, ok?": review227)."""
    said = normalised(written).split() if written.strip() else []
    return len(said) if len(said) <= 3 or (len(said) <= 6 and not any(
        map(only_finite, said))) else None  # (more where no verb begins a clause in them:
    # "… pois heti sen tauon jälkeen, illalla voit …", review229)


def _comma_after_pois(commas: Sequence[int | None], words: Sequence[str],
                      start: int) -> int | None:
    """How many words the first "pois" from ``start`` on is written with before a comma
    (0: right after it), None where no comma follows it (``commas``: each "pois" as
    written, in order)."""
    n = list(words[:start]).count("pois")
    return commas[n] if n < len(commas) else None


def _but_off(words: Sequence[str], k: int, off: tuple[str, ...],
             places: frozenset[str] = frozenset(), commas: Sequence[int | None] = ()) -> bool:
    """After the thing at ``k``, a "but" and then a taking off or a putting away of it with
    no no, or a no of keeping or using it there or then (the step's place, the work, the
    body: "ei porakoneella", "linjalla ei", "ei poratessa", "ei kannata pitää sitä"; a
    putting away may follow); no other thing named after it than the step's own word for
    what it takes off (``off``): the praise taken back ("hanskat on tosi hyvät mutta ei
    porakoneella", "sormus on kaunis, mutta laita se kaappiin", "kaunis sormus mutta korut
    pois"; review215's mend). Not "hanskat käy mutta kello pois", "… mutta kaikki muut
    korut pois", "… mutta porakone pois", "… mutta hiukset laita verkkoon", "… mutta mä
    meen pois", a no of anything else ("… mutta ei tarvii", "… mutta älä ota sitä pois"),
    another place ("… mutta ei sorvilla" where the step is at the drill), nor a no after
    praise at a machine or the work ("hanskat käy sorvilla mutta ei porakoneella": kept at
    the lathe; review93, 217, 218). ``places``: the base forms of the step's words."""
    at = next((j for j in range(k + 1, len(words)) if words[j] in BUT), None)
    if at is None:
        return False
    tail = words[at + 1:]
    own = finnish.base_forms(words[k])
    if any(_another_thing(tail, i, own, off) for i in range(len(tail))):
        return False  # (another thing named: "kello pois", "hiukset laita verkkoon")
    no = next((i for i, x in enumerate(tail) if x in NEGATIONS), None)
    if no is None:
        return not _only_later(tail, _comma_after_pois(commas, words, at + 1)) and (
            _takes_it_off(tail) or any(_put_away(words, j) for j in range(at + 1, len(words))))
        # (not later: "… mutta ota ne pois illalla" keeps them on till then)
    if any(b.endswith(_AT_THE_WORK) for x in words[k + 1:at] if _a_place(x)
           for b in finnish.base_forms(x)):
        return False  # (praised at a machine or the work: kept there)
    after = list(tail[no + 1:])
    verb = next((i for i, x in enumerate(after) if finnish.is_verb(x) and x not in STAND_INS),
                len(after))
    if any(_a_place(x) or x in IN_USE or x in _HERE or _a_time_of_doing(x, places)
           for x in after[:verb]):
        verb = -1  # (a no said of a place is whole: "ei linjalla, laita se kaappiin")
    scope = list(takewhile(lambda x: x in STAND_INS or not _a_deed_of_its_own(x),
                           after[verb + 1:]))  # (a pronoun begins nothing: "niitä")
    told = [*tail[:no], *after[:max(verb, 0)], *after[verb:verb + 1], *scope]
    # (the no's words, its own verb, "ei se putoa", and on up to a deed of its own, and
    # the place before it: "…, mutta linjalla ei")
    machine_here = any(p.endswith(tuple(MACHINES)) for p in places)
    ours = [x for x in told if (_a_place(x) or _a_place_to(x)) and any(
        b.endswith((*places, *AT_WORK)) or (b in _THE_MACHINE and machine_here)
        for b in finnish.base_forms(x))]  # (the general "kone" is the step's machine only
    # where it has one: not at the food line, "sormus on kaunis mutta ei koneella", review221)
    machines = [x for x in told if _a_place(x) and any(b.endswith(tuple(MACHINES))
                                                       for b in finnish.base_forms(x))]
    taking = any(finnish.base_forms(x) & _TAKING for x in told)
    return not _takes_it_off(told) and not (machines and not ours) and all(
        x in STRESS or x in IT_OR_THEM or x in ("se", "ne", "nyt") or x in IN_USE or
        x in _HERE or x in ours or x in machines or _a_time_of_doing(x, places | {"tehdä"}) or
        finnish.base_forms(x) & (own | _KEEPING | AT_WORK | WORKDAY | places) or
        (ours and finnish.base_forms(x) & _TAKING)
        for x in told) and bool(told) and (bool(ours) or not taking)
    # (a taking under the no keeps it, "… ei saa ottaa niitä pois", "… ei laita niitä
    # kaappiin", but not to the work, "… ei saa viedä sitä linjalle"; review219; another
    # machine alone is another place: "… ei sorvilla" at the drill, not "… ei sorvilla
    # eikä porakoneella")


def _only_later(tail: Sequence[str], comma: int | None = None) -> bool:
    """A later time said in the taking off's own clause: from its verb, and the times said
    before it, up to the next verb in a person less the times (and its subject) said
    before that, the time right after "pois" the taking's ("ota ne pois illalla", "… pois
    porauksen jälkeen", "illalla voit ottaa ne pois"; not another clause's "…, tauolla voit
    laittaa takaisin": review220–226). ``comma``: the words written after this "pois"
    before a comma, None where none follows."""
    if "pois" not in tail:
        return False
    at = tail.index("pois")
    # (the words written after "pois" before a comma are the taking's: "… ota ne pois
    # illalla, sä voit pitää ne nyt", not "… pois, tauolla voit …"; with no comma the time
    # right after it (past "sitten", "heti"), or a "… jälkeen" there, unless the next
    # clause puts the thing back, "… ota ne pois tauolla voit laittaa ne takaisin":
    # review223–226)
    floor = at + 1
    if comma is not None:
        floor += comma
    elif not _put_back_then(tail[at + 1:]):
        while floor < len(tail) and (tail[floor] in _THEN | _NOW or (
                tail[floor] == "nyt" and tail[floor + 2:floor + 3] == ["jälkeen"] and
                tail[floor + 3:floor + 4] and tail[floor + 3] in _THEN)):
            floor += 1  # ("nyt" too before "… jälkeen sit": "… pois nyt tauon jälkeen sit
            # voit …", review229; not before a time of the next clause, "… pois nyt tauolla
            # voit pitää niitä", review230, "… pois nyt töiden jälkeen voit …", review226)
        # (a "… jälkeen" of up to three words after "heti": "… heti sen tauon jälkeen voit
        # …", review230; else one, "… pois porauksen jälkeen voit …" is the putting back's)
        its = tail[floor + 1:floor + (4 if tail[floor - 1:floor] == ["heti"] else 2)]
        floor += its.index("jälkeen") + 2 if "jälkeen" in its else 1
    starts = [0]
    for k, w in enumerate(tail):
        if k and only_finite(w) and w not in STAND_INS:  # (not "ottaa", an infinitive too)
            low = floor if k > at else 0
            while k > low and (_later_at_it(tail[k - 1]) or tail[k - 1] in _THEN or
                               tail[k - 1] in SUBJECT_PRONOUNS or tail[k - 1] in IT_OR_THEM):
                k -= 2 if tail[k - 1] == "jälkeen" and k - 2 >= low else 1
                # (the times, and the subject, said before the verb are its clause's:
                # "…, tauolla sä voit laittaa ne takaisin", "…, vasta porauksen jälkeen
                # ne saa laittaa takaisin"; review222)
            starts.append(k)
    start = max((k for k in starts if k <= at), default=0)
    end = min((k for k in starts if k > at), default=len(tail))
    return any(_later_at_it(x) and NEGATIONS.isdisjoint(tail[max(start, k - 2):k]) and
               not (tail[k - 1:k] == ["jo"] and x in _AT_HOME)
               for k, x in enumerate(tail[:end]) if k >= start)  # (not a later time said
    # no to, "… ota ne pois nyt heti, ei vasta illalla", review221; nor home "already",
    # "… ota se pois jo kotona", review222; "jo huomenna" is later, review223)


def _put_back_then(after: Sequence[str]) -> bool:
    """What follows "pois" is a time and a clause that puts the thing back, with no time of
    its own: the time is the putting back's ("… ota ne pois tauolla voit laittaa ne
    takaisin"; not "… pois illalla sä voit laittaa ne takaisin huomenna", "… pois vasta
    illalla, sit voit …": review225)."""
    if "takaisin" not in after:
        return False
    verb = next((k for k, w in enumerate(after) if k and only_finite(w)), None)
    upto = next((k for k in range(1, verb or len(after)) if after[k] in _THEN), verb)
    if after[:1] in (["heti"], ["nyt"]) and not (
            after[1:2] and after[1] != "vasta" and _later_at_it(after[1])) and \
            "jälkeen" not in after[1:upto]:
        return True  # (taken off now: "… pois heti sitten tauolla voit laittaa ne
        # takaisin", "… pois heti voit laittaa ne takaisin tauolla"; not
        # "… pois heti tauon jälkeen, illalla voit …", review228, "… heti sen tauon
        # jälkeen …", review229)
    return verb is not None and not any(_later_at_it(w) or w in _TIMES for w in after[verb:]) \
        and "vasta" not in after[:verb] and \
        not (after[:1] == ["heti"] and "jälkeen" in after[:verb]) and \
        _THEN.isdisjoint(after[1:verb])  # (not "… pois sit vasta illalla voit …", "… pois
    # tauolla sitten voit …", "… pois heti sen tauon jälkeen voit …": the time the
    # taking's; review230)


def _later_at_it(word: str) -> bool:
    """A later time: "illalla", "jälkeen", "kotona", "huomenna", "kahvitauolla"."""
    return word in _LATER_AT_IT or (word.endswith("lla") and any(
        b.endswith(_LATER_TIMES) for b in finnish.base_forms(word)))


# the machine at hand, said by its general word ("… mutta ei koneella")
_THE_MACHINE = frozenset({"kone", "laite"})
# "here", the work at hand ("… mutta ei tässä")
_HERE = frozenset({"tässä", "täällä", "täs", "tääl"})


def _takes_it_off(words: Sequence[str]) -> bool:
    """A taking off in ``words``: "pois" with no verb ("korut pois"), or with a verb not
    of going and a thing or its pronoun ("ota ne pois", "vedä ne pois", "laita sormus
    pois"), no place it leaves after it (not "mä meen pois", "pysy pois", "astu pois
    koneelta": moving away; review220)."""
    if "pois" not in words:
        return False
    at = words.index("pois")
    if any(finnish.cases(x) & _LEFT_FROM or x == "luota" for x in words[at + 1:at + 3]):
        return False
    verbs = [w for w in words if finnish.is_verb(w) and w != "pois" and w not in STAND_INS
             and not finnish.same_lemma(w, "olla")]
    return not verbs or (any(finnish.base_forms(w).isdisjoint(GOING_VERBS | _MOVING_OFF)
                             for w in verbs) and
                         any(x in STAND_INS or a_thing(x) for x in words if x not in verbs))


# verbs of moving oneself away with "pois" ("pysy pois", "siirry pois")
_MOVING_OFF = frozenset({"pysyä", "siirtyä", "astua", "väistää", "poistua", "mennä"})
# the cases of a place left ("koneelta", "linjalta")
_LEFT_FROM = frozenset({"ulkoeronto", "sisaeronto"})


def _a_deed_of_its_own(word: str) -> bool:
    """A command or a verb of "I" ("laita", "otan"; not "ole", a no's form): a clause of
    its own begins."""
    return word not in BE_NOT and finnish.advised_or_done(word)




# verbs that take a thing off or put it somewhere ("ota pois", "laita kaappiin", "vie
# linjalle"): under a no, the thing kept on (or, to the work, kept from it)
_TAKING = frozenset({"ottaa", "riisua", "laittaa", "panna", "heittää", "jättää", "viedä"})


def _another_thing(tail: Sequence[str], i: int, own: frozenset[str], off: tuple[str, ...]
                   ) -> bool:
    """``tail[i]`` names a thing other than the praised one (``own``) and the step's own
    word for what it takes off (``off``: "korut", not "korvakorut"), or one of them after
    "muut": "kaikki muut korut"; a machine only as an object ("porakone pois", "laita kone
    pois päältä"; not the subject of "porakone voi vetää ne mukaan")."""
    x = tail[i]
    if not a_thing(x) or x in _ALL:
        return False
    bases = finnish.base_forms(x)
    if any(b.endswith(tuple(MACHINES)) for b in bases):  # (what is taken away only:
        # "porakone pois", "laita kone pois päältä"; not "sammuta kone ja ota ne pois")
        return tail[i + 1:i + 2] == ["pois"] or bool(
            i and finnish.base_forms(tail[i - 1]) & _TAKING)
    mine = not own.isdisjoint(bases) or not bases.isdisjoint(off)
    return not mine or any(finnish.same_lemma(w, "muu") for w in tail[max(0, i - 2):i])


# "all" of the things, which Voikko reads as a noun too ("kaikki korut pois")
_ALL = frozenset({"kaikki", "kaikkia"})
# verbs of keeping or using a thing, whose no takes its praise back ("… mutta ei saa
# pitää", "… ei kannata")
_KEEPING = frozenset({"olla", "saada", "voida", "käyttää", "pitää", "kannattaa"})


def _a_place_to(word: str) -> bool:
    """``word`` read in a case of going to a place ("linjalle", "kaappiin")."""
    return any(case in ("sisatulento", "ulkotulento") for case, _ in finnish.case_numbers(word))


def _a_time_of_doing(word: str, places: frozenset[str]) -> bool:
    """A time told by the step's own deed ("poratessa" where the step drills; not
    "syödessä", "nukkuessa": review219)."""
    return any(a.get("MOOD") == "E-infinitive" and a.get("BASEFORM") in places
               for a in finnish.analyses(word))


def _a_place(word: str) -> bool:
    """``word`` read in a case of being in or at a place ("sorvilla", "linjalla")."""
    return any(case in ("sisaolento", "ulkoolento") for case, _ in finnish.case_numbers(word))


def _fine_to_keep(word: str) -> bool:
    """A word that calls a thing good or allowed ("hyvät", "turvallinen", "kaunis", "ok")."""
    return word in _FINE_TO_KEEP or bool(finnish.base_forms(word) & _FINE_TO_KEEP)


def _praised_before(words: Sequence[str], k: int) -> bool:
    """The thing at ``k`` praised by a word before it in an answer of no deed, nothing but
    "on" its verb: "kiva sormus", "tosi hyvät hanskat", "sulla on kaunis sormus" (review215,
    SAFETY: the praise keeps it on)."""
    before = [x for x in words[:k] if x not in STRESS]
    return bool(before) and _fine_to_keep(before[-1]) and not any(
        finnish.is_verb(x) and not finnish.same_lemma(x, "olla") for x in words
        if x not in before[-1:])


def _taken_off_after(words: Sequence[str], k: int, comma: int | None = None) -> bool:
    """The thing at ``k`` is taken "pois" later in the answer, no other thing named between
    ("hanskat on hyvät, mutta ota ne pois"; not "hanskat saa olla, ota sormus pois";
    review91)."""
    off = next((j for j in range(k + 1, len(words)) if words[j] == "pois"), None)
    # (nor under a no: "sormus on kaunis mutta älä ota sitä pois", review217; nor by a
    # verb of no taking: "… mutta mä meen pois", review218)
    return off is not None and not any(a_thing(x) or x in NEGATIONS for x in words[k + 1:off]) \
        and _takes_it_off(words[k:off + 1]) and not _only_later(words[k + 1:], comma)
    # (nor only later: "… mutta ota ne pois illalla"; review219)


def _put_away(words: Sequence[str], at: int) -> bool:
    """The verb at ``at`` puts the thing away: taken off ("riisua", "ottaa pois"), or put or
    left in a place off the body ("laittaa kaappiin", "jättää kotiin"; not "laittaa
    päälle", "ottaa käteen", "laittaa hanskan alle"; review92)."""
    bases = finnish.base_forms(words[at]) if at < len(words) else frozenset()
    after = words[at + 1:at + 4]
    if bases & _TAKING_OFF or (bases & {"ottaa"} and "pois" in after):
        return True
    own = words[at:at + 4]  # (its own clause: not "…talteen, ota ne takaisin porauksen
    if not _LATER_WORDS.isdisjoint(own) or "huomenna" in own:  # jälkeen"; review95)
        return False  # (put away only later is kept now: "…talteen huomenna"; review94)
    if bases & _PUTTING and not _STORED.isdisjoint(after):
        return True  # ("hanskat saa laittaa talteen"; review93)
    if bases & _PUTTING and any(  # (on furniture: "kaapin päälle"; not under clothing,
            x in ("päälle", "viereen") and j and  # "paidan alle"; review93, review94)
            any(b.endswith(_FURNITURE) for b in finnish.base_forms(after[j - 1]))
            for j, x in enumerate(after)):
        return True
    return bool(bases & _PUTTING) and any(
        x not in PUT_TO and x not in POSTPOSITIONS and x not in _ON_THE_BODY and
        any(case in ("sisatulento", "ulkotulento") for case, _ in finnish.case_numbers(x)) and
        finnish.base_forms(x).isdisjoint(BODY) for x in after)


_TAKING_OFF = frozenset({"riisua", "heittää"})
# (by a compound's last part too: "työpöydän", "pukukaapin"; review95)
_FURNITURE = ("pöytä", "hylly", "kaappi", "penkki", "laatikko", "tuoli", "lokero", "taso",
              "vaunu", "kärry")
_STORED = frozenset({"talteen", "säilöön", "kaappiin"})
_PUTTING = frozenset({"laittaa", "jättää", "viedä", "panna"})
_ON_THE_BODY = frozenset({"käteen", "käsiin", "sormeen", "päähän", "päälle", "jalkaan"})
# another put in the place of one ("ota uudet", "vaihda se", "ota sopivat")
_REPLACING = frozenset({"uusi", "vaihtaa", "ehjä", "sopiva"})
_ANOTHER_GOOD_ONE = frozenset({"uusi", "uudet", "ehjä", "ehjät", "toinen", "toiset", "puhdas",
                               "puhtaat"})


def _kept_elsewhere(words: Sequence[str], k: int) -> bool:
    """The thing at ``k`` is kept away from the work or only later, and its clause says
    nothing else (as ``_excused_off_work``, with keeping words and places a thing is kept
    in): "sormus saa olla kaapissa", "sormus saa jäädä kotiin", "korut saa olla päällä
    vasta töiden jälkeen", "hanskat saa olla kahvitauolla" — not "hanskat saa olla tauolla
    ja porakoneella", "…sorvilla", "…pajassa" (review98: a place not the step's was read as
    away from the work)."""
    start, own, stop = _gear_clause(words, k)
    # (…to an instruction of another thing after it: "sormus saa jäädä kotiin ja laita
    # hiukset verkkoon", "…kaapissa, hiukset hiusverkkoon"; review100)
    stop = next((j for j in range(k + 2, stop) if _another_instruction(words, k, j)), stop)
    own = min(own, stop)
    said, span = words[start:own], words[start:stop]
    moved = any(finnish.base_forms(w) & _MOVING for w in said)
    stored = any(finnish.base_forms(w) & _KEPT_IN or _furniture(w) or w in _STORED
                 for w in said)
    # had again only later ("…saa olla vasta porauksen jälkeen", "…takaisin vasta tauolla");
    # not put away only later, worn till then ("…laittaa talteen vasta porauksen jälkeen")
    later = "vasta" in said and not stored
    cond = next((j for j, w in enumerate(said) if w in CONDITIONS), None)
    ended = cond is not None and "kunnes" not in said and \
        NEGATIONS.isdisjoint(said[cond:]) and _the_work_ended(span[cond:], words[k])
    away = _off_work(said) or _a_break_on(said) or _going_off_work(said) or \
        _in_a_break_room(said) or later or ended or any(
            w in _LATER_WORDS or finnish.base_forms(w) & _KEPT_IN or _furniture(w) or
            (moved and w in _ASIDE) for w in said)
    added = next((j for j, w in enumerate(span) if w in ("ja", "tai", "mutta", "mut", "sitten",
                                                        "sit")), len(span))
    # (a condition of the work's end or the hazard stopped tells its own words, to a "ja":
    # "kun vuoro loppuu", "kun lähdet tehtaalta", "kun pora on pysähtynyt")
    told = range(start + cond, start + added) if ended and cond is not None else range(0)
    return away and all(start + j == k or _excusing(span, j) or _keeping(span, j, moved) or
                        (j < added and _a_place_or_time(span, j, stored, later)) or
                        (ended and j < added and _of_the_work_ending(span[j])) or
                        start + j in told
                        for j in range(len(span)))


_STOPPED = frozenset({"pysähtyä", "pysähtynyt", "sammua", "sammunut", "seistä", "seisoa",
                      "sammuttaa", "sammutettu", "lopettaa", "lopettanut"})
# jewellery, a hygiene step's: a machine stopped excuses nothing there
_JEWELLERY = ("sormus", "koru", "kello", "rannekello", "kaulakoru", "korvakoru")


def _the_work_ended(condition: Sequence[str], thing: str) -> bool:
    """``condition`` (from its "kun"/"jos") says the work's end ("kun vuoro loppuu"), leaving
    it ("kun lähdet kotiin / töistä"), going out ("kun menet ulos") or, for a machine's
    danger, the machine stopped ("kun pora on pysähtynyt", "kun lopetat porauksen") — not
    going to it ("kun lähdet poraamaan"), a break's end ("kun tauko loppuu"), a stop for a
    hygiene step's jewellery (review102)."""
    bases = [finnish.base_forms(w) for w in condition]
    if any(b & (WORKDAY | MACHINES) for b in bases) and any(b & ENDED for b in bases) and \
            not any(map(_a_break_word, condition)):  # (not "kun porauksen tauko loppuu")
        return True  # ("kun vuoro loppuu", "kun poraus on ohi")
    if any(w in AWAY or w == "ulkona" or b & AWAY
           for w, b in zip(condition, bases, strict=True)):
        return True  # ("kun olet ulkona / kotona", "kun lähdet lomalle")
    if any(b & {"lähteä", "mennä"} for b in bases) and any(
            w in AWAY or w == "ulos" or (
                finnish.cases(w) & _FROM and
                not _a_break_word(w)) for w in condition):
        return True
    jewellery = any(b.endswith(_JEWELLERY) for b in finnish.base_forms(thing))
    return not jewellery and any(b & _STOPPED for b in bases) and any(
        b & MACHINES for b in bases) and not any(b & _WORKING for b in bases)


# the work going on, said in the condition beside a stop ("kun lopetat hionnan ja aloitat
# porauksen", "kun kone seisoo ja kun se käy": review103)
_WORKING = frozenset({"käydä", "aloittaa", "pyöriä", "käynnistää", "käynnistyä", "porata",
                      "hioa", "sahata", "sorvata", "hitsata"})


def _of_the_work_ending(word: str) -> bool:
    """A word of the work's end or of leaving it ("kun vuoro loppuu", "kun lähdet töistä",
    "kun olet ulkona tuotantotilasta"), or of having the thing again then ("…saa laittaa
    takaisin", "…ottaa taas käteen")."""
    return word in AWAY or word in ("ulkona", "aikaisin", "takaisin", "taas") or \
        word in _ON_THE_BODY or bool(
        finnish.base_forms(word) & (ENDED | WORKDAY | AWAY | _STOPPED | {"lähteä", "olla"}))
    # (not a machine: "hanskat saa olla porakoneella kun vuoro loppuu"; review103 — the
    # condition's own words are read as its, ``told``)


def _another_instruction(words: Sequence[str], k: int, j: int) -> bool:
    """At ``j``, a join and after it a deed told of another thing ("sormus saa jäädä kotiin
    ja laita hiukset verkkoon"): a verb of "I" or a command, nothing of the thing again
    (its word or "se", "ne"), no leave nor need said away ("…ja hiukset saa olla auki",
    "…mutta kello saa olla ranteessa", "…ja sit otat ne porakoneelle"; review101)."""
    if words[j] not in ("ja", "mutta", "sitten", "sit") and not _a_hair_word(words[j]):
        return False
    rest = words[j + 1:] if not _a_hair_word(words[j]) else words[j:]
    own = finnish.base_forms(words[k])
    if rest[:1] and rest[0] in NEGATIONS and any(
            finnish.base_forms(x) & (USE_VERBS | {"käyttää"}) for x in rest[1:3]):
        return True  # (a no of using it: "…, mutta älä käytä niitä porakoneella")
    told = any(finnish.persons(x) & {("1", "singular"), ("2", "singular")} or
               x in _ON_THE_BODY or x in _WORN or x in ("alle", "sisälle", "sisään") or
               finnish.cases(x) & {"sisatulento"} for x in rest)
    # (nor the work going on, unless the thing is put away first: "…kun lopetat hionnan ja
    # aloitat porauksen" keeps it at the drill, "…kaapissa ja sitten aloitat porauksen" not)
    stored = any(finnish.base_forms(x) & _KEPT_IN or _furniture(x) for x in words[k:j])
    return told and not any(x in _IT_SAID or x in NEGATIONS or x in _LEAVE_SAID or
                            finnish.base_forms(x) & (own | USELESS | _MAY_KEEP) or
                            (not stored and finnish.base_forms(x) & _WORKING) for x in rest)


def _a_hair_word(word: str) -> bool:
    """Hair or its net named, a next instruction's thing with its comma unheard ("sormus
    saa olla kaapissa, hiukset hiusverkkoon")."""
    return any(b in ("hius", "hiukset") or b.endswith(("hiusverkko", "verkko"))
               for b in finnish.base_forms(word))


_LEAVE_SAID = frozenset({"auki", "vapaana", "saa", "voi", "käy", "kannattaa"})
_MAY_KEEP = frozenset({"haitata", "olla"})


def _a_place_or_time(words: Sequence[str], j: int, stored: bool, later: bool) -> bool:
    """Where a stored thing stands (a place's case, a genitive before a postposition of
    place: "hanskat saa olla laatikossa porakoneen vieressä"; not in the hand), or, after
    "vasta", the later time it may be had again ("…vasta porauksen jälkeen", "…takaisin
    vasta", also in the hand then; not a place of the work: "…kädessä vasta porakoneella",
    "korut saa olla vasta linjalla"; review101)."""
    w, after = words[j], words[j + 1:j + 2]
    cases = finnish.cases(w)
    if later and (w in ("jälkeen", "ajan", "takaisin") or (
            "omanto" in cases and after in (["jälkeen"], ["ajan"]) and
            finnish.base_forms(w) & (WORKDAY | MACHINES))):
        return True  # (the work's or the machine's end: "…vasta vuoron / porauksen jälkeen";
        # not "…vasta tauon / lounaan jälkeen", back at it then; review102)
    if later and ("jälkeen" in words or _off_work(words) or not CONDITIONS.isdisjoint(words)) \
            and (w in IN_USE or finnish.base_forms(w) & BODY):
        return True  # ("hanskat saa olla kädessä vasta porauksen jälkeen", "sormus saa olla
        # sormessa vasta vuoron jälkeen")
    return stored and w not in IN_USE and (
        ("omanto" in cases and after in (["vieressä"], ["luona"], ["lähellä"])) or
        bool(cases & finnish.LOCAL_CASES))


def _keeping(words: Sequence[str], j: int, moved: bool) -> bool:
    """The word at ``j`` says a thing kept or put away from the work: its keeping, a place
    it is kept in, or a time later; put aside, the thing it is put beside ("laittaa koneen
    viereen")."""
    w = words[j]
    bases = finnish.base_forms(w)
    if w in _LATER_WORDS and (moved or any(x in _STORED or finnish.base_forms(x) & _KEPT_IN
                                           for x in words)):
        return w in ("kotona", "kotiin")  # (put away only later is worn till then:
        # "…laittaa säilöön myöhemmin", "…talteen porauksen jälkeen"; review94, review95)
    return w in _LATER_WORDS or w in _KEEPING_SAID or bool(bases & (_KEPT_IN | _KEEPING_VERBS)) \
        or _furniture(w) or (moved and (w in _ASIDE or bool(bases & _MOVING) or
                                         words[j + 1:j + 2] in (["viereen"], ["päälle"])))


def _furniture(word: str) -> bool:
    return any(b.endswith(_FURNITURE) for b in finnish.base_forms(word))


# where a thing is kept away from the hands and the line, and the words of keeping it
_KEPT_IN = frozenset({"kaappi", "pukukaappi", "tasku", "laatikko", "lokero", "naulakko",
                      "kassi", "laukku", "reppu", "koti"})
_KEEPING_VERBS = frozenset({"jäädä", "käydä", "säilyttää", "pitää"})
_KEEPING_SAID = frozenset({"päällä", "vasta", "ok", "okei", "hyvä", "hyvät", "sallittu",
                           "sallittuja", "talteen"})
_MOVING = frozenset({"laittaa", "panna", "viedä", "siirtää", "nostaa", "jättää"})
_ASIDE = frozenset({"sivuun", "syrjään", "viereen", "pois"})


_BEING_AT = frozenset({"sisaolento", "ulkoolento"})
_PLACE_CASES = _BEING_AT | {"sisatulento", "ulkotulento"}  # (kept in, or put to)
_LATER_WORDS = frozenset({"vasta", "jälkeen", "myöhemmin", "illalla", "kotona", "kotiin",
                          "tauolla"})
# a later time at a taking off ("… pois illalla", "… pois kahvitauolla"; _only_later)
_LATER_AT_IT = _LATER_WORDS | {"huomenna", "iltapäivällä", "kohta", "lounaalla"}
_LATER_TIMES = ("tauko", "ilta", "iltapäivä")
_THEN = frozenset({"sitten", "sit", "vähän"})
_AT_HOME = frozenset({"kotona", "kotiin"})
# a time a putting-back clause may name of its own (_put_back_then)
_TIMES = frozenset({"aamulla", "huomenna", "illalla", "päivällä", "yöllä", "tänään", "heti",
                    "kohta", "myöhemmin", "ylihuomenna", "maanantaina", "viikonloppuna"})
# ("heti" too: "… pois illalla voit laittaa ne heti takaisin" keeps them on till then,
# review227)
# words of when that may stand between "pois" and its time ("pois heti tauon jälkeen")
_NOW = frozenset({"heti", "vasta", "jo"})


_FINE_TO_KEEP = frozenset({"hyvä", "hyvät", "ok", "okei", "sallittu", "sallittuja", "turvallinen",
                           "turvalliset", "kaunis", "kiva", "hieno", "siisti"})
# …and a verb that praises what it does ("hanskat suojaa kädet")
_PRAISING = frozenset({"suojata"})


def _protection_needless(c: Case, words: Sequence[str], aids: bool = True) -> str | None:
    """The advice says a protection or help is not needed: a no, a word of need, and the
    protection right after it ("et tarvitse valjaita", "ei tarvita muita suojaimia") or,
    for an adjective, right before the no ("hiusverkko ei ole pakollinen"); with no
    condition in the answer ("jos laatikko on kevyt, et tarvitse apua" may be true). Its
    protection word, else None."""
    if not any(finnish.base_forms(w) & NEEDED for w in words):
        return None
    if not CONDITIONS.isdisjoint(words):  # (not haste: "jos on kiire, ei tarvitse pestä")
        at = next(k for k, w in enumerate(words) if w in CONDITIONS)
        condition = list(takewhile(lambda x: not finnish.base_forms(x) & NEEDED and
                                   x not in MAIN_JOINS and x not in NEGATIVE_JOINS,
                                   words[at + 1:]))  # (to its first join: "jos on kiire
        # eikä kukaan ole lähellä"; review84)
        while condition and (condition[-1] in NEGATIONS or condition[-1] == "ole" or
                             condition[-1] in SUBJECT_PRONOUNS):
            condition.pop()  # (the need's own no: "jos et ehdi, lautaa ei tarvitse pestä",
            # "kun on kiire, hiusverkko ei ole pakollinen")
        if not condition:
            # (the need is the condition: "kun et tarvitse apua voit nostaa yksin", judge36
            # — of help only: "jos et tarvitse kypärää, ota se pois" takes gear off;
            # review108)
            found = _protection_needless(c, _without_a_later_condition(words, at, condition))
            return None if found is None or any(
                b.endswith(LIFTING_HELP) for b in finnish.base_forms(found)) else found
        if not excuse(condition):
            # (a condition of the case may make help needless, "jos laatikko on kevyt, et
            # tarvitse apua"; worn gear only off the work: not "kun hiot, suojalaseja ei
            # tarvita", "kun olet telineellä, kypärää ei tarvita"; review105)
            # (…nor where the condition wears gear of its kind, "jos käytät korvatulppia,
            # kuulosuojaimia ei tarvita"; review106. A past report is no excuse: "kun hioin,
            # suojalaseja ei tarvittu", "…ei tarvittu kun käytin pipoa"; review107-108)
            # (an aid the condition's own clause says, before any command, makes help
            # needless only as _an_aid_used reads it: not "jos käytät kärryä vain välillä,
            # apua ei tarvita"; one a command says is the advice, "jos laatikko on painava,
            # käytä kärryä, et tarvitse apua"; review113)
            own = list(takewhile(lambda x: not finnish.has_mood(x, "imperative"), condition))
            # (…or one a command names: "jos pumppukärry on varattu, ota rullakko")
            aids = not _a_limit(condition) and (
                not any(map(_a_cart, own)) or _an_aid_used(own, words) or
                any(map(_a_cart, condition[len(own):])))
            found = _protection_needless(c, _without_a_later_condition(words, at, condition),
                                         aids)
            if found is None:
                return None
            if finnish.base_forms(found) & _MEASURES:
                # (a measure put off or done another way: "jos käytät eri lautaa, ei
                # tarvitse pestä heti", "…pestä käsin jos on kone"; not "ei tarvitse pestä
                # lautaa kun se näyttää puhtaalta")
                return None if ((_another_board(condition) or (
                    "heti" in words and _another_board(words))) and _a_board_put_off(c, words)) or (
                    "käsin" in words and any(b.endswith("kone") for w in condition
                                             for b in finnish.base_forms(w))) else found
            if not _worn_gear(found):
                # (help only, for a light thing: "jos laatikko on kevyt, et tarvitse apua";
                # not a person, an aid or a guard, "jos hän on kevyt, nostolaitetta ei
                # tarvita", "kun auto on kevyt, tukipukkeja ei tarvita"; nor an aid where
                # the load is down, "kun auto on maassa et tarvitse tukipukkeja"; review106)
                return None if _help_for_a_light_thing(c, found, condition, words) or (
                    not _DOWN.isdisjoint(condition) and not of_a_person(c)) or \
                    _only_off_work(condition) else found
            return None if (
                _off_the_work(condition, found) or _only_off_work(condition) or
                _gloves_at_a_drill(found, condition) or _of_its_kind(found, condition, words)) \
                else found
    off = _taken_off(tuple(n for _, n in c.accepted))
    for i, w in enumerate(words):
        # (its own no, right before it or before a pronoun or "ole": "et sä tarvitse", "ei
        # ole pakollinen"; not another verb's, "tunkki ei riitä, tarvitset tukipukit")
        if not finnish.base_forms(w) & NEEDED or not (
                (i and words[i - 1] in NEGATIONS) or
                (i > 1 and words[i - 2] in NEGATIONS and
                 (words[i - 1] in SUBJECT_PRONOUNS or words[i - 1] in GENITIVE_PRONOUNS or
                  words[i - 1] == "ole"))):  # ("ei sinun tarvitse pestä sitä"; review83)
            continue
        if (measure := _measure_needless(c, words, i)) is not None:
            return measure
        # (help asked for said needless, where the step's answers or topics name lifting
        # help: "nosta jaloilla, ei tarvitse pyytää apua"; not a nurse asked, nor a past
        # report, "…, ei tarvinnut kysyä apua"; review83, review84)
        asked = i + 1 < len(words) and bool(finnish.base_forms(words[i + 1]) & _ASKING_FOR)
        if asked and (_past(w) or not (_help_in_step(c) or _lifting(words)) or
                      _help_called(words)):
            continue  # (…where the step names help and the answer calls none: "hälytä
            # ensin hoitaja, ei tarvitse pyytää apua"; review84, review85)
        # (…the protection after a verb of wearing it, its object: "ei tarvitse pitää
        # kypärää", "et tarvitse käyttää hanskoja"; not of taking it off, "ei tarvitse ottaa
        # kypärää pois", nor where the verb's object is another, "…laittaa sitä hanskan alle")
        # (…or of fetching it: "ei tarvitse hakea kuulosuojaimia"; not a new one, "ei tarvitse
        # hakea uutta kypärää", nor taking it off; review90)
        verb = finnish.base_forms(words[i + 1]) if i + 1 < len(words) else frozenset()
        worn = bool(verb & _WEARING) or (
            bool(verb & _FETCHING) and "pois" not in words[i + 2:i + 5] and
            _ANOTHER_ONE.isdisjoint(words[i + 2:i + 4]))
        after = [] if worn and words[i + 2:i + 3] and (
            words[i + 2] in IT_OR_THEM or "lukusana" in finnish.word_classes(words[i + 2])
        ) else list(  # (…nor a count of it: "ei tarvitse käyttää kahta paria"; review90)
            takewhile(lambda x: not finnish.is_verb(x), words[i + 2:i + 5] if asked or worn
                      else words[i + 1:i + 4]))
        if asked:
            after = [x for x in after if any(
                b.endswith(LIFTING_HELP) for b in finnish.base_forms(x))]
        # (…or right before its no: "hanskoja ei tarvita", "hiusverkko ei ole pakollinen";
        # review79; its object a partitive, not another verb's where the need has its own
        # after it: "pyydä apua, et tarvitse kärryä", but "tule, kypärää ei tarvita")
        owned = any(a_thing(x) or x in IT_OR_THEM or x in _ANOTHER_ONE
                    for x in words[i + 1:i + 4])  # ("käytä hiusverkkoa, ei tarvitse hakea
        # uutta"; review89)
        # (a need with a deed of its own has no object before it: "hae apua, ei tarvitse
        # pelätä"; not "hanskoja ei tarvitse vaihtaa", "kaidetta ei tarvita, laitetaan
        # jalkalista", nor help asked for with nothing after, "apua ei tarvitse pyytää")
        deed = i + 1 < len(words) and a_deed_of_its_own(words, i + 1) and not (
            asked and help_named(c) and words[i + 2:i + 3] == [])
        # (…its genitive before the need of its being on: "kuulosuojainten ei tarvitse olla
        # korvilla"; review90)
        # (…not where it is away from the work: "taukotilassa kypärän ei tarvitse olla
        # päässä"; review91)
        fronted = ("osanto", "omanto") if words[i + 1:i + 2] == ["olla"] and \
            not _off_work(words) else ("osanto",)
        before = words[max(0, i - 4):i] if "olla" in finnish.base_forms(words[i - 1]) \
            else [] if deed else [x for k, x in enumerate(words[:i - 1]) if k >= i - 2 and
                  any(case in fronted for case, _ in finnish.case_numbers(x)) and not (
                      owned and k and finnish.is_verb(words[k - 1]))]
        for x in [*after, *before]:
            bases = finnish.base_forms(x)
            if any((b.endswith(_PROTECTION) or b == VEST) and not b.endswith(tuple(off))
                   for b in bases) and not (
                    any(b.endswith(LIFTING_HELP) for b in bases) and aids and an_aid(words)) and \
                    not (_past(w) and _help_unnamed(c, bases)) and \
                    not (bases & LIFTING_AIDS and _help_asked_for(words)) and \
                    not (x in before and bases & _FIXED_GUARDS and "pois" in words[i + 1:i + 4]):
                # (…nor a lifting aid where help is asked instead, "pyydä apua, ei
                # tarvitse nostolaitetta", nor a guard not to be taken off, "suojusta ei
                # tarvitse ottaa pois"; review106)
                return x  # (a past need of help is a report, "…, en tarvinnut apua",
                # unless the step's answers name help: "Aino kaatui, en tarvinnut apua";
                # not a protection, "keräsin lasit, en tarvinnut hanskoja"; review83-84)
    return None


# a load down, no lift on ("kun auto on maassa")
_DOWN = frozenset({"maassa", "alhaalla"})
_CARTS = ("kärry", "kärryt", "trukki", "nostin", "nostolaite", "pumppari", "rullakko")
_WORKING_CART = frozenset({"toimii", "vapaa", "vapaana"})
_USING_AN_AID = frozenset({"käyttää", "ottaa", "siirtää", "viedä", "kuljettaa", "laittaa",
                           "panna", "ajaa"})
_ANOTHER = frozenset({"eri", "toinen", "toisen", "toista", "uusi", "uuden", "uutta"})


_UNDONE = re.compile(r"m[aä]t(?:[oö]n|t[oö]m)")  # ("käyttämätön": not done)
_WASHED_STEMS = ("pese", "tiskaa", "puhdista", "pyyhki", "huuhtele", "desinfioi")


_NEVER = frozenset({"koskaan", "ikinä", "ollenkaan", "lainkaan", "enää"})


def _a_board_put_off(c: Case, words: Sequence[str]) -> bool:
    """What another board puts off is the board's own washing, for now: not the hands, nor
    for ever ("jos otat toisen laudan, käsiä ei tarvitse pestä", "…tätä ei tarvitse pestä
    koskaan"; review113-115), read in the need's own part of the answer: as written, to the
    commas around it ("…, ei tarvitse pestä heti, kädet pitää pestä aina" puts off the
    board), else its words near the need."""
    parts = [normalised(p).split() for p in re.split(r"[,;.!?]", c.written) if p.strip()]
    at = next((i for i, p in enumerate(parts)
               if any(finnish.base_forms(w) & NEEDED for w in p)), None)
    if at is None or len(parts) < 2:
        own, more = list(words), []
    else:  # (…and the next part where it goes on with the need's no: "…, eikä ollenkaan")
        own = parts[at]
        more = parts[at + 1] if at + 1 < len(parts) and parts[at + 1][:1] in (
            ["eikä"], ["ei"]) else []
    need = next((i for i, w in enumerate(own) if finnish.base_forms(w) & NEEDED), 0)
    after = list(takewhile(lambda x: x not in MAIN_JOINS, own[need:need + 6]))  # (to a join
    head = [*own[max(0, need - 3):need], *after]  # after it: "…heti mutta pese kädet")
    # (…and after the join or in the next sentence, where no command or yes follows: hands
    # or "never" put off too, "…heti ja kädet voi pestä myöhemmin", "…heti tai koskaan",
    # "Käsiäkään ei tarvitse pestä."; not "…, mutta pese kädet", "…, älä käytä sitä enää",
    # "…, kädet kyllä"; review117)
    rest = [*own[need + len(after):], *(parts[at + 1] if at is not None and
                                        at + 1 < len(parts) else [])]
    washing_put_off = any(w in ("älä", "älkää") and any(  # ("älä (nyt) pese käsiä"; not
        finnish.base_forms(x) & {"pestä"} for x in rest[k + 1:k + 3]) and  # "älä unohda
        not no_of_not_doing(rest[k + 1:k + 2]) for k, w in enumerate(rest))  # pestä käsiä")
    # (…unless it puts the washing off: a later time or a no, not a command's "älä koskaan",
    # not the lesson's own "välillä", not a no of forgetting or of later ("…eikä
    # myöhemmin"), read in the hands' own clause: "…, mutta pese kädet ja lauta pestään
    # myöhemmin" washes the hands now; review120)
    hands = _the_hands_clause(rest)
    beyond = [w for p in parts[at + 2:] for w in p] if at is not None else []  # (the parts
    # after the hands' own: "…käytön jälkeen, eli kun lopetat työt")

    def later(k: int) -> bool:  # (…or when there is time, after work, not after the meat:
        w = hands[k]  # "…lihan jälkeen" is the time to wash; review122-123)
        if w == "jälkeen":  # (only the meat's handling or gloves taken off make "jälkeen"
            # now: "…lounaan jälkeen", "…salaatin jälkeen", "…sen jälkeen kun olet syönyt"
            # are too late; "…raakalihan jälkeen", "…hanskojen riisumisen jälkeen" are
            # not; review124-126)
            before = hands[max(0, k - 3):k]
            if before[-1:] == ["sen"]:  # ("…sen jälkeen kun olet leikannut kanan"; "…heti
                before = hands[k + 1:k + 6]  # sen jälkeen" with nothing after is now)
                if not before:
                    return False
            bases = {b for x in before for b in finnish.base_forms(x)}
            gloves_off = any(b.endswith(_GLOVES) and not b.startswith(_NOT_GLOVES)
                             for b in bases) and (
                "pois" in before or not bases.isdisjoint(_GLOVES_DONE_WITH)) and \
                _PUT_ON.isdisjoint(before) and not _more_after([*rest, *beyond], before,
                                                               _steps_nouns(c))
            return not bases.isdisjoint(_A_MEAL) or not (gloves_off or any(
                b.endswith(_TIMES_TO_WASH) for b in bases))
        return w in _LATER or w in _PUT_OFF_HANDS or "ehtiä" in finnish.base_forms(w)

    put_off = any((later(k) or w in NEGATIONS) and w != "välillä" and
                  w not in ("älä", "älkää") and NEGATIONS.isdisjoint(hands[max(0, k - 2):k]) and
                  not (w in NEGATIONS and (no_of_not_doing(hands[k + 1:k + 4]) or
                                           (k + 1 < len(hands) and later(k + 1))))
                  for k, w in enumerate(hands))
    if not washing_put_off and not put_off and (rest[-1:] == ["kyllä"] or any(
            (finnish.has_mood(w, "imperative") and w not in ("voi", "saa") and
             not finnish.base_forms(w) & NEEDED) or
            w in ("älä", "älkää", "pitää", "pestään", "täytyy", "pakko", "tarvitsee", "tärkeää",
                  "tärkeä", "hyvä") for w in rest)):
        rest = []  # (the hands washed all the same: "…, mutta kädet on pakko pestä")
    return _NEVER.isdisjoint(head) and _NEVER.isdisjoint(more) and _NEVER.isdisjoint(rest) \
        and not any(b == "käsi" for w in (*head, *rest) for b in finnish.base_forms(w))


def _the_hands_clause(words: Sequence[str]) -> list[str]:
    """The clause of ``words`` that names the hands, between the joins around it (all of
    ``words`` where none does): to a main join with a verb of its own after it ("pese kädet
    ja lauta myöhemmin" puts both off), or a join of reason or purpose ("…koska muuten…",
    "…ettei…"), not one of time ("kädet pestään kun ehdit illalla"; review121)."""
    at = next((i for i, w in enumerate(words) if "käsi" in finnish.base_forms(w)), None)
    if at is None:
        return list(words)
    start = max((i + 1 for i in range(at) if words[i] in MAIN_JOINS), default=0)

    def ends(i: int) -> bool:
        if words[i] in SUB_JOINS:
            return words[i] not in _TIME_JOINS
        # (a "ja" with no verb after it goes on with the washing only right after the hands
        # and their verb: "pese kädet ja lauta myöhemmin"; not "pese kädet heti ja lauta
        # illalla", "…ja sitten lauta myöhemmin": the board's own time; review122)
        # (…nor one whose verb the hands share: "kädet ja lauta pestään myöhemmin"; nor one
        # with only the hands' own time after it: "pese kädet kunnolla ja vasta illalla")
        after = list(takewhile(lambda x: x not in MAIN_JOINS, words[i + 1:]))
        return words[i] in MAIN_JOINS and any(map(finnish.is_verb, words[start:i])) and (
            any(map(finnish.is_verb, after)) or after[:1] in (["sitten"], ["sit"]) or (
                (i > at + 1 or start < at - 1) and after[:1] != ["vasta"] and any(
                    "nimisana" in finnish.word_classes(x) and not names_a_time_or_amount([x])
                    for x in after)))

    end = next((i for i in range(at + 1, len(words)) if ends(i)), len(words))
    return list(words[start:end])


_TIME_JOINS = frozenset({"kun", "kunnes", "sitten", "jälkeen", "jos"})  # (when the hands are
# washed, or on what: "…kun ehdit", "…töiden jälkeen", "…jos ehdit")
_PUT_OFF_HANDS = frozenset({"vasta", "huomenna", "illalla", "kotiin", "lopuksi"})
# (by base form or its end: the meat, gloves taken off; not any cutting: "…salaatin
# leikkaamisen jälkeen")
_TIMES_TO_WASH = ("liha", "kana", "broileri", "raaka", "filee", "siipikarja", "kala",
                  "possu", "sika", "nauta", "porsas", "muna")  # (not eaten:
# "…kalan syömisen jälkeen" is after the meal)
_A_MEAL = frozenset({"syödä", "syönti", "maistaa", "ateria", "ruokailu"})
# (gloves taken off or changed: "…kun otat hanskat pois", "…käsineiden vaihdon jälkeen")
_GLOVES = ("hanska", "käsine")  # (by a base form's end: "kumihanskojen poistamisen jälkeen")
_NOT_GLOVES = ("uuni", "pata", "grilli")  # (an oven glove is no hygiene glove; review131)
_PUT_ON = frozenset({"käyttöön", "päälle", "käteen", "käsiin"})  # ("…ottanut hanskat käyttöön")


def _more_after(rest: Sequence[str], time: Sequence[str], step: frozenset[str]) -> bool:
    """Anything but a word of now or always, of how one washes, or a time before the day's
    end follows the time's words (``time``, in ``rest`` in that order) to the end of
    ``rest``: another deed or a later time of its own ("…käytön jälkeen työpäivän lopussa",
    "…kun olet käyttänyt hanskoja ja syönyt", "…, eli kun lopetat työt"; review130-133)."""
    at = next((i for i in range(len(rest)) if rest[i:i + len(time)] == list(time)), None)
    if at is None:
        return False
    after = rest[at + len(time):]
    for k, w in enumerate(after):
        if w == "ennen":  # (a time before it too: "…poistamisen jälkeen ja ennen
            # salaattia"; not the day's end, to the next "ennen": "…ennen kuin jatkat, ja
            # ennen kuin lähdet kotiin" washes before going on)
            window = after[k + 1:k + 9]
            return _the_days_end(window[:window.index("ennen")] if "ennen" in window
                                 else window, step)
        if w not in _NOW_OR_ALWAYS and w not in _HOW and \
                finnish.base_forms(w).isdisjoint(_WASHED_WITH):
            return True  # (how is no time: "…huolellisesti", "…saippualla"; review131)
    return False


_WASHED_WITH = frozenset({"saippua", "vesi", "käsidesi", "desinfiointiaine", "desi"})


def _steps_nouns(c: Case) -> frozenset[str]:
    """The base forms of the nouns of the step's answers, five letters or more (its things:
    "salaatti", "leikkuulauta"; not its topics' "toinen", "puhdas"; review137)."""
    return frozenset(b for _, n in c.accepted for w in n.split()
                     if "nimisana" in finnish.word_classes(w)
                     for b in finnish.base_forms(w) if len(b) > 4)


# how one washes well, no time ("…huolellisesti", "…kunnolla"); any other adverb fails safe
# as more said ("…huolimattomasti", "…satunnaisesti"; review132-135)
_HOW = frozenset({"kunnolla", "hyvin", "huolella", "huolellisesti", "perusteellisesti",
                  "hygieenisesti", "asianmukaisesti", "tarkasti", "tarkkaan", "välittömästi",
                  "säännöllisesti", "ohjeen", "ohjeiden", "mukaan", "mukaisesti",
                  "tehokkaasti", "kunnollisesti", "oikein"})  # (review135)


def _the_days_end(words: Sequence[str], step: frozenset[str]) -> bool:
    """``words`` (after "ennen") name the day's end: going home, to rest or to leisure, the
    evening or the next day, the end of work or a closing ("…ennen kotiinlähtöä", "…ennen
    kuin menet nukkumaan", "…ennen kuin keittiö suljetaan"); or leaving — from work, or to
    a break or one's own errands, to whatever; else not to a deed of work, a work station
    or the step's own thing ("…ennen kuin lähdet", "…lähdet aamulla töihin", "…lähdet
    tauolle keittämään kahvia", "…lähdet tekemään ostoksia"; not "…lähdet hakemaan
    salaattia", "…lähdet salaattipisteelle"). Not another deed's start ("…ennen kuin
    leikkaat loput vihannekset"). The lists are closed: a deed or place they do not name
    fails safe as late (review133-139). ``step``: the step's nouns."""
    bases = {b for w in words for b in finnish.base_forms(w)}
    if not bases.isdisjoint(_DAYS_END) or (
            not bases.isdisjoint(_ENDS) and not bases.isdisjoint(_WORK_TIME)) or (
            not bases.isdisjoint(_CLOSED) and not bases.isdisjoint(_CLOSING)) or \
            {"seuraava", "päivä"} <= bases:  # ("…seuraavana päivänä")
        return True
    at = next((i for i, w in enumerate(words) if finnish.base_forms(w) & _LEAVING), None)
    if at is None:
        return False
    after = words[at + 1:]
    later = {b for w in after for b in finnish.base_forms(w)}
    if not later.isdisjoint(_AFTER_WORK) or any(b.startswith(_OWN_TIME) for b in later) or \
            any(finnish.base_forms(w) & _WORK and finnish.cases(w) & _FROM for w in after):
        return True  # (from work, or to one's own time, to whatever)
    if not later.isdisjoint(_WORK_DEEDS):  # (to a deed of work: "…lähdet paistamaan kanaa")
        return False
    places = {b for w in after if not finnish.cases(w) & _FROM for b in finnish.base_forms(w)}
    return not any(  # (…or to the step's own thing or a work station: "…lähdet
        b == x or b.endswith(x) for b in places for x in step) and not any(  # toiselle
        b.startswith(x) or (b.endswith(x) and not b.startswith(_OWN_TIME))  # pisteelle",
        for b in places for x in _WORK_STATIONS)  # not "…kotikeittiöön")


_DAYS_END = frozenset({"koti", "koto", "kotiinlähtö", "ilta", "iltavuoro", "huominen",
                       "huomenna", "kotimatka", "viikonloppu", "työpäivä", "nukkua", "levätä",
                       "päiväkoti", "hima", "iltapala"})
# …said after leaving only ("…lähdet aamulla töihin"; not "…tehdä aamun salaatteja",
# "…viet annokset saliin"; review138-139)
_AFTER_WORK = frozenset({"aamu", "loma", "sali", "kauppa", "aurinko", "pukuhuone", "juhlia",
                         "kaupunki", "elokuva", "pelata", "asia", "ostos", "äiti", "isä",
                         "lapsi", "perhe", "syödä", "uida", "eväs", "ruokatauko", "tupakka",
                         "polttaa"})  # (not "oma", "kahvi", "lounas": "…omalle
# työpisteellesi", "…keittämään kahvia asiakkaille"; review140)
# the first parts of one's own time and places ("tauolle", "taukotilaan", "kotikeittiöön",
# "itsepalvelukassalle", "noutopisteelle"; review139)
_OWN_TIME = ("tauko", "koti", "itsepalvelu", "nouto", "vapaa")
_WORK = frozenset({"työ", "työpaikka", "duuni"})  # (not "…keittiöstä hakemaan salaattia")
# deeds of work a learner leaves to (the step's own nouns aside)
_WORK_DEEDS = frozenset({"jatkaa", "tehdä", "hakea", "leikata", "pilkkoa", "paloitella",
                         "valmistaa", "kokata", "laittaa", "paistaa", "friteerata", "grillata",
                         "kuoria", "huuhdella", "sekoittaa", "tarjoilla", "palvella",
                         "kattaa", "annostella", "pakata", "tiskata", "puhdistaa", "viedä",
                         "siivota", "pestä", "täyttää", "purkaa", "vastaanottaa", "ottaa",
                         "keittää", "leipoa", "hoitaa", "auttaa"})
_ENDS = ENDED | {"loppuminen", "päättyminen", "vaihtua", "vaihto", "lopettaa", "lopetus",
                 "sulkea"}  # (a work's end, deed_words.ENDED, and a shift's change)
_WORK_TIME = WORKDAY | {"päivä"}
_LEAVING = frozenset({"lähteä", "lähtö", "poislähtö", "poistua"})  # (review135, review139)
_WORK_STATIONS = ("piste", "työpiste", "linja", "linjasto", "kylmiö", "kassa", "varasto",
                  "keittiö", "työvaihe")
_CLOSED = frozenset({"keittiö", "ravintola", "kahvila", "liike", "kauppa", "kassa"})
_CLOSING = frozenset({"sulkea", "sulkeutua", "sulkeminen", "kiinni"})  # ("…ennen kuin
# keittiö suljetaan"; not "…ennen kuin keittiössä vaihtuu työvaihe")


_NOW_OR_ALWAYS = frozenset({"heti", "aina", "myös", "kans", "sitten", "pois", "jälkeen", "ja"})
_GLOVES_DONE_WITH = frozenset({"vaihto", "vaihtaa", "poistaa", "poisto", "käyttö", "käyttää",
                               "riisua", "riisuminen"})  # (not any garment taken off:
# "…esiliinan riisumisen jälkeen" is too late; review130)


def _another_board(words: Sequence[str]) -> bool:
    """``words`` take another board ("jos käytät eri lautaa", "ota toinen lauta", "…eri
    väristä lautaa"; not "kun leikkaat eri ruokaa", "…eri kulhossa", "jos toista lautaa ei
    ole", "kun toinen lauta on likainen"; review109, review110)."""
    def taken(j: int) -> bool:  # (another, or changed to: "eri väristä lautaa", "toisen
        # puhtaan laudan", "vaihdat laudan"; not "toisen veitsen, lautaa", "eri kulhossa")
        for a in range(max(0, j - 3), j):
            between = words[a + 1:j]
            if any(_UNDONE.search(x) and x.startswith(_WASHED_STEMS) for x in between):
                return False  # (not washed: "toisen pesemättömän laudan"; review113)
            if (words[a] in _ANOTHER or finnish.base_forms(words[a]) & {"vaihtaa"}) and \
                    not any(("nimisana" in finnish.word_classes(x) and
                             not finnish.cases(x) & {"sisaeronto"} and
                             "laatusana" not in finnish.word_classes(x)) or
                            (finnish.is_verb(x) and not finnish.cases(x) & {"sisaeronto"}) or
                            (finnish.is_participle(x) and not _UNDONE.search(x)) or
                            (finnish.base_forms(x) & (_DAMAGE_OF_GEAR | {"käyttää", "käytetty"})
                             and not _UNDONE.search(x)) for x in between):
                return True  # (not "joku toinen pesee laudan", "toisen käytetyn laudan")
        return False

    return any(b.endswith("lauta") and taken(j) and
               NEGATIONS.isdisjoint(words[max(0, j - 3):j]) and not (
                   words[j + 1:j + 2] and words[j + 1] in NEGATIONS and
                   words[j + 2:j + 3] and words[j + 2] in ("ole", "löydy", "ollut")) and
               not (words[j + 1:j + 2] and words[j + 1] in ("joka", "jossa", "mikä", "on",
                                                            "oli") and any(
                   finnish.base_forms(x) & _DAMAGE_OF_GEAR
                   for x in words[j + 2:j + (3 if words[j + 1] in ("on", "oli") else 5)]))
               for j, w in enumerate(words) for b in finnish.base_forms(w))


def _help_for_a_light_thing(c: Case, found: str, condition: Sequence[str],
                            words: Sequence[str]) -> bool:
    """``found`` is help, and ``condition`` says a thing is light or small (no person: not
    "hän", nor "se" where the step's answers speak of a person), or an aid used instead
    (``_an_aid_used``; and the answer lifts nothing alone, "…nosta laatikko yksin sinne")."""
    if not any(b.endswith(LIFTING_HELP) for b in finnish.base_forms(found)) or \
            of_a_person(c) or "hän" in condition:
        return False  # (a person lifted is no light thing: "jos Aino on kevyt…"; review108)
    carts = [j for j, w in enumerate(condition) if _a_cart(w)]
    damage = [j for j, w in enumerate(condition)
              if finnish.base_forms(w) & (_DAMAGE_OF_GEAR | {"irti"})]
    damage_denied = bool(damage) and not NEGATIONS.isdisjoint(condition[:damage[0]])
    if carts:  # (the aid decides: not "jos kärryssä on tilaa vain pienille laatikoille";
        # what a command after it says is the advice's: "jos trukki on vapaa, pyydä
        # kuljettaja…")
        # (an aid used instead: "et tarvitse apua kun käytät kärryä", "…jos laatikko on
        # kärryssä", "kun kärry toimii", "jos pumppukärry ei ole rikki"; not "kun kärry on
        # rikki", "jos pumppukärryä ei ole", "jos pumppukärry on toisella", "…jossa on
        # vika"; review109, review110)
        own = list(takewhile(lambda x: not finnish.has_mood(x, "imperative"), condition))
        if _a_limit(condition) or not ON_ONES_OWN.isdisjoint(words):
            return False
        if _an_aid_used(own, words) and (any(
            finnish.base_forms(w) & _USING_AN_AID for w in condition) or any(
            finnish.cases(condition[j]) & {"ulkoolento", "sisaolento"} and (
                condition[j + 1:j + 2] != ["on"] or any(  # ("kärryssä on tilaa")
                    "tila" in finnish.base_forms(x) for x in condition[j + 2:j + 4]))
            for j in carts) or
            not (_WORKING_CART | _WITH_YOU).isdisjoint(condition) or damage_denied) and \
            "ilman" not in condition and (not damage or damage_denied) and \
                (NEGATIONS.isdisjoint(condition) or damage_denied):
            return True
        # (…else the load's own weight, as without an aid: "jos kevyt laatikko mahtuu
        # kärryyn"; review114)
    # (light said of the load, not of a cart: "jos pieni trukki on rikki"; heavy said no
    # to right before it, "jos laatikko ei ole painava", not "jos painava laatikko ei
    # mahdu kärryyn"; review115)
    light = any(finnish.base_forms(w) & {"kevyt", "pieni"} and
                not (j + 1 < len(condition) and _a_cart(condition[j + 1]))
                for j, w in enumerate(condition))
    heavy = any(finnish.base_forms(w) & {"raskas", "painava", "iso", "suuri"}
                for w in condition)
    def denied_before(j: int) -> bool:  # (past degree words: "ei ole kovin painava")
        before = [x for x in condition[max(0, j - 4):j] if x not in _DEGREE]
        return bool(before) and (before[-1] in NEGATIONS or (
            len(before) > 1 and before[-1] == "ole" and before[-2] in NEGATIONS))

    heavy_denied = any(finnish.base_forms(w) & {"raskas", "painava", "iso", "suuri"} and
                       denied_before(j) for j, w in enumerate(condition))
    if "muuten" in condition:  # ("jos laatikko on painava, pyydä apua, muuten et tarvitse
        return heavy and NEGATIONS.isdisjoint(condition)  # apua": the light case)
    return (light and NEGATIONS.isdisjoint(condition)) or heavy_denied


def _a_cart(word: str) -> bool:
    """``word`` names an aid that carries the load (``_CARTS``, by its compound's last part)."""
    return any(b.endswith(_CARTS) for b in finnish.base_forms(word))


def _need_at(words: Sequence[str]) -> int:
    """Where ``words`` say a need ("tarvita", "pakollinen"…), else after their end."""
    return next((i for i, w in enumerate(words) if finnish.base_forms(w) & NEEDED), len(words))


_DEGREE = frozenset({"kovin", "liian", "niin", "tosi", "yhtään", "ihan", "kauhean", "hirveän",
                     "erityisen", "mitenkään"})



# all a condition of an aid used instead may say beside the aid, by base form: a word
# more (a time, "vain", another clause) makes it none, a closed list that fails safe
# ("jos kärry on vapaana vain aamuisin", "jos kärryssä on tilaa iltapäivällä"; review113)
_AID_CONDITION = frozenset({
    "käyttää", "olla", "toimia", "löytyä", "ottaa", "saada", "siirtää", "viedä", "kuljettaa",
    "laittaa", "panna", "vapaa", "vapaana", "ehjä", "kunnossa", "käytössä", "tila", "tilaa",
    "laatikko", "lava", "paketti", "kuorma", "tavara", "taakka", "säkki", "se", "ne", "sinä",
    "sä", "te", "me", "minä", "mä", "siinä", "sinne", "siihen", "sulla", "sinulla", "mulla",
    "minulla", "meillä", "teillä", "käytettävissä", "lähellä", "tässä", "täällä", "ajaa",
    "nostaa", "pyörä", "rengas", "jarru", "akku", "tyhjää", "jo", "nyt", "oikein", "heti",
    "niin", "ni", "sitten", "sit"})  # (what joins it to the need: "…, ni et tarvii apua")


def _an_aid_used(condition: Sequence[str], words: Sequence[str]) -> bool:
    """``condition`` says no more than an aid there, free or used (``_AID_CONDITION``, a no
    of its damage), and the answer tells no damage of it nor a lack, and no "mutta" before
    the need ("…, mutta sen pyörä on rikki", "…, mutta sulla ei ole trukkikorttia";
    review113-115)."""
    def damage(w: str) -> bool:
        return bool(finnish.base_forms(w) & (_DAMAGE_OF_GEAR | {"irti", "puhki"}))

    need = _need_at(words)
    # (damage after the need counts too, "…, apua ei tarvita vaikka sen pyörä on rikki", but
    # not in a later condition of its own, "…, mutta jos se on rikki, pyydä apua")
    told = [j for j, w in enumerate(words) if damage(w) and (
        j < need or CONDITIONS.isdisjoint(words[need:j]))]
    # (a lack: a no said after "sulla" or a join, or "etkä", not a command's "älä": "…,
    # mutta älä nosta laatikkoa, …" is advice; review115)
    lacks = [j for j, w in enumerate(words[:max(0, need - 2)])
             if ((w in NEGATIONS and w not in ("älä", "älkää") and j > 0 and
                  words[j - 1] in _WITH_YOU | MAIN_JOINS) or w in ("etkä", "eikä", "enkä"))
             and not any(damage(x) and ((k == j + 1 and (  # (…its clause's last word:
                 k + 1 >= len(words) or words[k + 1] in NEGATIONS or  # not "eikä rikkinäinen
                 words[k + 1] in MAIN_JOINS or any(  # pyörä haittaa"; review119)
                     b.endswith(LIFTING_HELP) for b in finnish.base_forms(words[k + 1])))) or
                 words[j + 1:k].count("ole") + words[j + 1:k].count("oo"))
                         for k, x in enumerate(words[j + 1:j + 5], start=j + 1))]  # (not "eikä
    # se ole rikki"; but "eikä sen rikkinäistä pyörää ole vaihdettu" is a lack; review117)
    # (…and what a "mutta" before the need adds: a no (a lack, or the aid not to be used,
    # "…, mutta älä käytä sitä"; not "mutta älä nosta laatikkoa") or a limit; review116)
    for j, w in enumerate(words[:need]):
        if w not in ("mutta", "mut"):
            continue
        part = list(words[j + 1:need])
        while part and (part[-1] in NEGATIONS or part[-1] in SUBJECT_PRONOUNS or
                        part[-1] in GENITIVE_PRONOUNS or any(
                            b.endswith(LIFTING_HELP) for b in finnish.base_forms(part[-1]))):
            part.pop()  # (the need's own no and what it is said of: "…, apua ei tarvita")
        if _a_limit(part) or not part or not (
                (finnish.has_mood(part[0], "imperative") and
                 finnish.base_forms(part[0]) & _ADVICE) or (
                    part[0] in ("älä", "älkää") and part[1:2] and
                    finnish.base_forms(part[1]).isdisjoint({"käyttää", "ottaa", "luottaa"}))) or \
                any(x in NEGATIONS and x not in ("älä", "älkää") for x in part) or \
                not _advice_of_using(part):
            return False  # (only advice on using it may follow it, "…, mutta aja
            # varovasti", "…, mutta älä lastaa sitä liikaa", "…, mutta pidä kuorma
            # matalana"; not a state, "…, mutta kuorma on liian korkea", another deed,
            # "…, mutta jätä se varastoon", not using it, "…, mutta älä käytä sitä", "…, mutta
            # pidä se varastossa", "…, mutta käytä omia käsiä"; review116-119)
    return not lacks and all(w in _AID_CONDITION or w in NEGATIONS or damage(w) or (
               w in ("vain", "vaan") and j + 1 < len(condition) and  # ("jos käytät vain
               _a_cart(condition[j + 1])) or  # kärryä": no limit)
               any(b in _AID_CONDITION or b.endswith(_CARTS) or b.endswith(LIFTING_HELP)
                   for b in finnish.base_forms(w))  # (the help fronted: "…, apua ei tarvita")
               for j, w in enumerate(condition)) and not any(
        NEGATIONS.isdisjoint(words[max(0, j - 3):j]) for j in told)


def _advice_of_using(part: Sequence[str]) -> bool:
    """A command of "käyttää" or "pitää" after a "mutta" is advice on using the aid only
    with what a closed list lets it say (review120-122): "käytä" the aid or gear ("…, mutta
    käytä (aina) sitä varovasti", "…käytä myös hanskoja"; not "…käytä voimaa", "…käytä sen
    sijaan selkävoimaa"), "pidä" the load, a hold, the back or the hands in a safe state
    only ("…pidä kuorma matalana", "…pidä kiinni kahvasta molemmin käsin"; not "…pidä selkä
    kumarassa", "…pidä kuorma korkealla", "…pidä se lukittuna"), or a body part away, from
    where only ("…pidä varpaat pois pyörien alta"); each part after a "ja" judged so too,
    one with a verb of its own as advice of its own ("…pidä jalat pois ja nosta selällä" is
    none); other advice (``_ADVICE``) as it is."""
    verb = finnish.base_forms(part[0])
    rest = [w for w in part[1:] if w not in _OFTEN]  # ("käytä aina turvakenkiä")
    if "käyttää" in verb:
        return bool(rest) and (rest[1:2] != ["sijaan"]) and (
            rest[0] in IT_OR_THEM or rest[0] == "se" or any(
                b.endswith(GEAR) for b in finnish.base_forms(rest[0])))
    if "pitää" not in verb:  # (not "…, mutta aja kovaa", but "…älä aja liian lujaa")
        return part[0] in ("älä", "älkää") or not any(  # (review123-124: "…aja hitaasti,
            w in _HASTE and part[k] not in ("älä", "älkää", "ei")  # älä lujaa" is advice)
            for k, w in enumerate(part[1:]))
    pieces = _cut_at_ands(rest)
    return bool(pieces) and all(
        _held_so(piece) if k == 0 or not finnish.is_verb(piece[0]) else (
            finnish.has_mood(piece[0], "imperative") and
            bool(finnish.base_forms(piece[0]) & _ADVICE) and
            _advice_of_using(piece))
        for k, piece in enumerate(pieces))


def _cut_at_ands(words: Sequence[str]) -> list[list[str]]:
    """``words`` cut at each "ja" (and "sekä"), the empty parts left out."""
    pieces: list[list[str]] = [[]]
    for w in words:
        if w in ("ja", "sekä"):
            pieces.append([])
        else:
            pieces[-1].append(w)
    return [p for p in pieces if p]


def _held_so(piece: Sequence[str]) -> bool:
    """``piece`` (after "pidä") keeps a thing of ``_HELD_SO`` in a state of
    ``_HELD_STATES``, or a body part away from where only."""
    held = {piece[0], *finnish.base_forms(piece[0])}
    if not _BODY_KEPT_AWAY.isdisjoint(held) and piece[1:2] == ["pois"]:
        return all(finnish.cases(w) & _FROM_WHERE or w in _AWAY_FROM for w in piece[2:])
    return not _HELD_SO.isdisjoint(held) and all(w in _HELD_STATES for w in piece[1:])


_FROM_WHERE = frozenset({"sisaeronto", "ulkoeronto", "omanto"})  # ("pyörien alta")
_AWAY_FROM = frozenset({"alta", "tieltä", "luota", "läheltä", "edestä"})


# what "pidä" may keep in advice on using an aid: the load, a hold, the back, the hands, the
# speed, the eyes; each only in a state of the closed list after it
_HELD_SO = frozenset({"kuorma", "kiinni", "selkä", "käsi", "kädet", "ote", "vauhti", "nopeus",
                      "katse", "lava"})
_HELD_STATES = frozenset({"suorana", "suorassa", "matalana", "matalalla", "alhaalla", "kiinni",
                          "tasaisena", "tasapainossa", "vakaana", "hitaana", "pienenä",
                          "kahvassa", "kahvasta", "kahvoissa", "kahvoista", "tiukasti",
                          "lujasti", "eteenpäin", "edessä", "kuormassa", "tiukkana",
                          "molemmin", "käsin", "hyvin", "aina"})
_BODY_KEPT_AWAY = frozenset({"varvas", "varpaat", "jalka", "jalat", "sormi", "sormet", "käsi",
                             "kädet"})
_OFTEN = frozenset({"aina", "myös", "koko", "ajan", "ainakin"})
_HASTE = frozenset({"kovaa", "kovempaa", "lujaa", "lujempaa", "nopeasti", "nopeammin", "nopea",
                    "juosten", "yksin", "kiireellä", "reippaasti"})


def _a_limit(condition: Sequence[str]) -> bool:
    """``condition`` limits the aid in time or use, also in a command after it: "…, käytä
    sitä vain välillä", "…, ota se myöhemmin" (not "vain" right before the aid; review114)."""
    return any((w in _TIME_LIMITS or w in _LATER or w.endswith(_HABITUAL) or (
        w == "vaan" and j + 1 < len(condition) and (  # ("…vaan kymmenen minuuttia")
            is_number(condition[j + 1]) or
            condition[j + 1] in _TIME_LIMITS | _LATER | _SPANS_OF_TIME))) and not (
        w in ("vain", "vaan") and j + 1 < len(condition) and _a_cart(condition[j + 1])) and not (
        w == "silloin" and condition[j + 1:j + 2] != ["tällöin"])  # ("…, silloin ei tarvita")
        for j, w in enumerate(condition))


# advice on using an aid, said after a "mutta" (a closed list)
_ADVICE = frozenset({"muistaa", "tarkistaa", "katsoa", "varoa", "ajaa", "työntää", "vetää",
                     "olla", "lastata", "kysyä", "pyytää", "käyttää", "pitää"})
_LATER = frozenset({"huomenna", "myöhemmin", "joskus", "puoliksi", "osittain",
                    "välillä", "tänään", "iltapäivällä"})
_SPANS_OF_TIME = frozenset({"tunnin", "kerran", "pari", "hetken", "minuutin", "päivän",
                            "aamupäivällä", "iltapäivällä", "aamulla", "illalla"})
# a time that comes again ("aamuisin", "maanantaisin"; spoken "aamusin"), not "ensin",
# "takaisin" (review115)
_HABITUAL = ("aamuisin", "aamusin", "iltaisin", "iltasin", "päivisin", "öisin", "arkisin",
             "viikonloppuisin", "maanantaisin", "tiistaisin", "keskiviikkoisin", "torstaisin",
             "perjantaisin", "lauantaisin", "sunnuntaisin", "talvisin", "kesäisin",
             "viikonloppusin", "aamupäivisin", "iltapäivisin", "välillä")


def _without_a_later_condition(words: Sequence[str], at: int,
                               condition: Sequence[str]) -> list[str]:
    """``words`` without their condition's join, and without the condition itself where it
    is said after the need ("kuulosuojaimia ei tarvittu kun käytin korvatulppia": what is
    needless is said before; "kun hiot, suojalaseja ei tarvita" keeps its gear)."""
    need = _need_at(words)
    if need < at:
        words = [*words[:at], *words[at + 1 + len(condition):]]
    return [w for w in words if w not in CONDITIONS]


def _only_off_work(condition: Sequence[str]) -> bool:
    """``condition`` is being at a break or a place off the work and nothing else, by the
    closed list of ``_excused_off_work``: "kun olet toimistossa", "kun olet kahvilla", "kun
    olet ruokalassa syömässä" (not "kun olet tauolla ja hiot", "…tauolla koneen vieressä",
    "kun et ole tauolla")."""
    return (_off_work(condition) or _a_break_on(condition) or _in_a_break_room(condition)
            or _going_off_work(condition)) and NEGATIONS.isdisjoint(condition) and \
        all(_excusing(condition, j) for j in range(len(condition)))


_WITH_YOU = frozenset({"sulla", "sinulla", "mulla", "minulla"})
_WORN_ON_THE_HEAD = frozenset({"korvissa", "korvilla", "korville", "korviin", "korvaan", "korvien",
                               "päässä", "päähän", "päällä", "silmillä", "silmille",
                               "kasvoilla"})


# where gear of a kind is worn at the work, and limits in time that leave it off
# (at them, not put on them: "jos laitat suojalasit koneelle" wears nothing; review111)
_WORK_PLACES = ("halli", "työmaa", "alue", "melu", "työ", "tehdas", "työpaikka", "linja",
                "kone", "tuotanto", "paja", "varasto", "työpiste", "sorvi", "hionta", "sahaus",
                "poraus")
_TIME_LIMITS = frozenset({"vain", "välillä", "joskus", "aamulla", "illalla", "kotimatkalla",
                          "kotona", "hetken", "hetkeksi", "silloin", "tällöin", "harvoin",
                          "puoli", "ensimmäisen", "muistat", "viikonloppuna", "eilen"})


def _damage_told(condition: Sequence[str], words: Sequence[str]) -> bool:
    """The condition's gear said damaged, in the condition or in a clause after it that
    neither replaces nor throws away nor forbids the damaged one ("…on päässä mutta rikki";
    not "…, mutta rikkinäiset tulpat vaihdetaan", "…, älä käytä likaisia tulppia", "…paitsi
    jos lasit on rikki"; review109, review110)."""
    damaged = [j for j, w in enumerate(words) if finnish.base_forms(w) & _DAMAGE_OF_GEAR]
    if not damaged:
        return False
    # (…not where the damaged one is then replaced or thrown away now, forbidden, or
    # excepted by "paitsi"; "vaikka ne on rikki" concedes it, "…heitä ne pois illalla",
    # "…vaihda ne huomenna" put it off; review111)
    now = _LATER_WORDS.isdisjoint(words) and \
        _PUT_OFF.isdisjoint(set(words) - {"mutta", "sillä"}) and "joskus" not in words
    return not any(
        not NEGATIONS.isdisjoint(words[max(0, j - 3):j]) or "paitsi" in words[max(0, j - 4):j] or
        (now and any(finnish.base_forms(x) & (_REPLACING | {"heittää"})
                     for x in words[max(0, j - 2):j + 4]))
        for j in damaged)


_DAMAGE_OF_GEAR = WORN_OUT | _DAMAGED | {"reikä", "vika"}


def _of_its_kind(gear: str, condition: Sequence[str], words: Sequence[str] = ()) -> bool:
    """``condition`` says gear of ``gear``'s own kind worn (``_worn_in``), no no in it, and
    the answer says no damage of it ("…on päässä mutta rikki"; review109)."""
    if _damage_told(condition, words) or not NEGATIONS.isdisjoint(condition) or \
            _kept_before_the_need(words):
        return False
    kinds = [kind for kind in GEAR_KINDS
             if any(b.endswith(kind) for b in finnish.base_forms(gear))]
    return _worn_in(condition) and any(
        b.endswith(kind) and not b.endswith(tuple(
            k for k in kind if any(x.endswith(k) for x in finnish.base_forms(gear))))
        for kind in kinds for w in condition for b in finnish.base_forms(w))


# all a condition that wears gear may say beside the gear, its verb and its places (a closed
# list that fails safe: a time, a place off the work, another's gear, a word more makes it no
# such condition, "…tunnin", "…pukuhuoneen vieressä", "jos työkaverin kuulosuojaimet on
# päässä"; review110-114)
_WEARING_VERBS = frozenset({"käyttää", "pitää", "laittaa", "olla"})
_WEARING_SAID = frozenset({
    "aina", "koko", "ajan", "päivän", "työpäivän", "vuoron", "työvuoron", "joka", "päivä",
    "ennen", "työtä", "töitä", "oikein", "jatkuvasti", "huolellisesti", "kunnolla", "hyvin",
    "alas", "niin", "ni", "sitten", "sit", "sä", "sinä", "mä", "minä", "me", "te", "sun",
    "sinun", "mun", "minun", "sulla", "sinulla", "mulla", "minulla", "teillä", "teidän",
    "meillä", "meidän"})
# machines and places of the work, by the end of their base form: gear worn at them or near
# them is worn at the work ("…hallissa", "…sahan vieressä", "…lähellä sorvia")
_AT_THE_WORK = (*_WORK_PLACES, "saha", "sirkkeli", "höylä", "kompressori", "laite", "pora",
                "jyrsin", "kuljetin", "hihna")
_NOT_THE_WORK = ("kahvi", "astianpesu", "pyykin", "tiski", "pesu")  # (kahvikone: a break's)


def _of_a_gear_kind(word: str) -> bool:
    """``word`` names gear of one of ``GEAR_KINDS`` (by its compound's last part)."""
    return any(b.endswith(kind) for kinds in GEAR_KINDS for kind in kinds
               for b in finnish.base_forms(word))


def _worn_in(condition: Sequence[str]) -> bool:
    """``condition`` says gear worn: a verb of wearing it, or it on the head ("sulla on
    tulpat korvissa"), and no more than ``_WEARING_SAID``, the gear with its owner or kind
    before it where a verb wears it ("jos käytät firman kuulosuojaimia"), the head, and a
    machine or a place of the work it is worn at or near (``_AT_THE_WORK``); said to be
    somewhere without the head it is kept there ("jos tulpat on koneen lähellä"; review113)."""
    def at_the_work(x: str) -> bool:
        return any(b.endswith(_AT_THE_WORK) and not b.startswith(_NOT_THE_WORK)
                   for b in finnish.base_forms(x))

    condition = list(takewhile(lambda x: not finnish.has_mood(x, "imperative"), condition))
    # (a command after it is the advice's: "…kun käytät tulppia, likaiset tulpat heitä pois")
    head = [i for i, w in enumerate(condition) if (w in _WORN_ON_THE_HEAD and not (
        w == "päällä" and i and "omanto" in finnish.cases(condition[i - 1]) and
        condition[i - 1] != "korvien") and not (
        w == "korvien" and condition[i + 1:i + 2] != ["päällä"])) or (
        w == "silmien" and condition[i + 1:i + 2] in (["eteen"], ["edessä"])) or (
        w in ("eteen", "edessä") and i and condition[i - 1] == "silmien")]
    used = _gear_used(condition, "käyttää", "laittaa", "pitää")
    # (said to be at a place, without the head, it is kept there; "sulla on" has it)
    kept = any(w in _COPULA and not (i and condition[i - 1] in _WITH_YOU)
               for i, w in enumerate(condition))
    if not (head or used or (not _WITH_YOU.isdisjoint(condition) and not kept)) or (
            not head and kept):
        return False
    # (near a machine where the gear is used or on the head; not "jos pidät kuulosuojaimia
    # sahan lähellä": kept there; review112-114)
    near = bool(head) or _gear_used(condition, "käyttää")
    for i, w in enumerate(condition):
        before, after = condition[i - 1] if i else "", condition[i + 1:i + 2]
        if w in _WEARING_SAID or w in CONDITIONS or i in head or _of_a_gear_kind(w) or \
                not finnish.base_forms(w).isdisjoint(_WEARING_VERBS):  # (not "päivällä")
            continue
        if after and _of_a_gear_kind(after[0]) and (
                (used and "omanto" in finnish.cases(w)) or
                ("laatusana" in finnish.word_classes(w) and w not in _TIME_LIMITS and
                 finnish.cases(w) & finnish.cases(after[0]))):  # (agreeing with it)
            continue  # (its owner or kind: "firman kuulosuojaimia", "ehjiä tulppia")
        if near and w in _NEAR and ((before and "omanto" in finnish.cases(before) and
                                     at_the_work(before)) or (after and at_the_work(after[0]))):
            continue  # ("sahan vieressä", "lähellä sorvia")
        if "omanto" in finnish.cases(w) and "laatusana" in finnish.word_classes(w) and \
                after and at_the_work(after[0]):
            continue  # (what the machine is like: "meluisan koneen lähellä")
        if at_the_work(w) and (
                finnish.cases(w) & _BEING_AT or (after and after[0] in _NEAR) or
                (before in _NEAR and "osanto" in finnish.cases(w))):
            continue  # ("hallissa", "sorvilla"; the machine of a "near")
        return False
    return True


def _kept_before_the_need(words: Sequence[str]) -> bool:
    """Before the need, ``words`` say a thing is at a place or near one, not on the head,
    and not of a thing a relative clause names: "jos käytät tulppia ja ne on koneen
    vieressä, …", "…, mutta ne on taskussa, …" (review113-114)."""
    need = _need_at(words)
    return any(w in _COPULA and (not i or words[i - 1] not in _RELATIVES) and
               _WORN_ON_THE_HEAD.isdisjoint(words[i + 1:i + 4]) and any(
                   x in _NEAR or (finnish.cases(x) & _BEING_AT and x not in _WITH_YOU)
                   for x in words[i + 1:min(i + 4, need)])
               for i, w in enumerate(words[:need]))


_RELATIVES = frozenset({"joka", "jotka", "mikä", "mitkä", "jossa", "joissa"})
_NEAR = frozenset({"lähellä", "vieressä", "luona", "äärellä", "ääressä"})
_COPULA = frozenset({"on", "ovat", "oli", "olivat", "ollut", "olleet"})


# between a verb of wearing and its gear: a time, a modifier ("käytät koko ajan tulppia",
# "laitat ennen työtä tulpat korviin"; review114)
_BETWEEN_VERB_AND_GEAR = frozenset({"koko", "joka", "aina", "päivä", "ennen", "työtä", "töitä",
                                    "jälkeen", "ajan", "päivän"})


def _gear_used(condition: Sequence[str], *verbs: str) -> bool:
    """``condition`` says one of ``verbs`` of gear of a kind (``GEAR_KINDS``): its object
    within four words after it, no other thing between ("käytät aina hallissa
    kuulosuojaimia", "käytät firman kuulosuojaimia"), or right before it ("kuulosuojaimia
    käytät"); not of another thing, "kun käytät sitä", "…konetta" (review113)."""
    for i, w in enumerate(condition):
        if finnish.base_forms(w).isdisjoint(verbs):
            continue
        if i and _of_a_gear_kind(condition[i - 1]):
            return True
        for j in range(i + 1, min(i + 5, len(condition))):
            if _of_a_gear_kind(condition[j]):
                return True
            x = condition[j]
            classes = finnish.word_classes(x)
            if x not in _BETWEEN_VERB_AND_GEAR and "omanto" not in finnish.cases(x) and (
                    "asemosana" in classes or (
                        "nimisana" in classes and not finnish.cases(x) & LOCAL_CASES)):
                break  # (another thing its object: "käytät sitä", "käytät konetta")
    return False


def _worn_gear(word: str) -> bool:
    """``word`` names protection worn (``_gear``): glasses, a helmet, gloves…"""
    return any(map(_gear, finnish.base_forms(word)))


def _gloves_at_a_drill(gear: str, condition: Sequence[str]) -> bool:
    """Gloves said needless on a condition of turning work alone ("kun poraat, hanskoja ei
    tarvita": the rule, ``_gloves_at_a_turning_machine``)."""
    return _gloves_at_a_turning_machine([gear, *(w for w in condition if w != gear)], 0)


def _help_in_step(c: Case, first_aid: bool = True) -> bool:
    """The step's answers or topics name help (``first_aid``: "ensiapu" too; a past need of
    help is a report beside it, review85)."""
    return any(b.endswith(_HELP) and (first_aid or b != "ensiapu") for b in steps_words(c))


def _lifting(words: Sequence[str]) -> bool:
    """The answer speaks of lifting ("nosta jaloilla", "painavat laatikot voit nostaa")."""
    return any(finnish.base_forms(w) & {"nostaa", "nosto", "painava", "raskas"}
               for w in words)


_FIXED_GUARDS = frozenset({"suojus", "kaide", "jalkalista"})  # (taken off, not put on)


def _help_asked_for(words: Sequence[str]) -> bool:
    """The answer asks for help or calls a helper ("pyydä apua", "kun hoitaja tulee")."""
    return _help_called(words) or help_asked(words) or any(
        finnish.base_forms(w) & {"hoitaja", "työkaveri"} and
        finnish.base_forms(words[k + 1]) & {"tulla", "auttaa"}
        for k, w in enumerate(words[:-1]))


def _help_called(words: Sequence[str]) -> bool:
    """The answer calls or asks for help itself, a verb of calling before a helper ("hälytä
    ensin hoitaja", "soita hoitajalle")."""
    return any(finnish.base_forms(w) & _CALLING_HELP and any(
        b.endswith(_HELP) for x in words[k + 1:k + 3] for b in finnish.base_forms(x))
        for k, w in enumerate(words) if not k or (
            words[k - 1] not in NEGATIONS and
            not (finnish.base_forms(words[k - 1]) & NEEDED and
                 not NEGATIONS.isdisjoint(words[max(0, k - 3):k - 1])) and
            not (finnish.base_forms(words[k - 1]) & (MODALS | _WILLING) and (
                not NEGATIONS.isdisjoint(words[max(0, k - 4):k - 1]) or
                words[k - 1].endswith(("ko", "kö"))))))  # ("ei sun kannata soittaa",
    # "kannattaako soittaa"; review88)
    # (not a call said needless or refused: "ei tarvitse pyytää apua", "et sä tarvii kysyä
    # apua", "ei kannata soittaa hoitajalle"; review86)


# verbs a call stands after, refused by a no before them ("ei kannata soittaa"), and the
# verbs of calling for help
_WILLING = frozenset({"kannattaa", "tarvita"})
_CALLING_HELP = frozenset({"hälyttää", "kutsua", "soittaa", "pyytää", "hakea", "kysyä"})


def _help_unnamed(c: Case, bases: frozenset[str]) -> bool:
    """``bases`` are help's and the step's answers and topics name no help."""
    return any(b.endswith(_HELP) for b in bases) and not _help_in_step(c, first_aid=False)


def _it_taken_off(c: Case, words: Sequence[str], i: int, at: int) -> bool:
    """The measure at ``at`` is said of "it" (right before the need's no or right after the
    measure), and "it" is a thing the answer takes "pois" that the step's answers take off
    too."""
    no = _no_of(words, i)
    if not _said_of_it(words, i, at) or (
            "pois" not in words[:no] and "riisua" not in finnish.base_forms_of(words[:no])):
        return False
    off = tuple(_removed(tuple(n for _, n in c.accepted)))
    k = words.index("pois") if "pois" in words[:no] else no  # (a compound of one too:
    # "vihkisormus", "korvakorut"; "riisu sormus, sitä …")
    things = [x for x in words[max(0, k - 3):k] if "nimisana" in finnish.word_classes(x) and
              not finnish.is_verb(x) and not finnish.base_forms(x) & BODY]
    return bool(off) and bool(things) and all(  # (each: not "ota hiusverkko ja sormus pois")
        any(b.endswith(off) for b in finnish.base_forms(x)) for x in things)


def _no_of(words: Sequence[str], i: int) -> int:
    """Where the no of the need at ``i`` is: right before it, or before its pronoun."""
    return i - 1 if words[i - 1] in NEGATIONS else i - 2


def _said_of_it(words: Sequence[str], i: int, at: int) -> bool:
    """The measure at ``at`` is said of "it": right before the need's no, or its object
    right after it ("sitä", not "sen jälkeen", "niitä käsiä")."""
    no, after = _no_of(words, i), words[at + 1:at + 3]
    return words[no - 1:no] in (["sitä"], ["niitä"]) or (
        after[:1] in (["sitä"], ["niitä"]) and not any(map(a_thing, after[1:])))


def _it_worn(words: Sequence[str], i: int, at: int) -> bool:
    """The washing at ``at`` is said of "it", a protection the answer says to wear before
    ("käytä kypärää, sitä ei tarvitse pestä joka päivä"; review89): the gear, not the
    step's hygiene (not checking it: "laita kypärä päähän, ei tarvitse tarkistaa sitä")."""
    before = words[:_no_of(words, i)]
    # (in its number: "sitä" is no pair of gloves, "käytä hanskoja, sitä ei tarvitse pestä";
    # review90)
    number = "plural" if "niitä" in words[max(0, at - 4):at + 3] else "singular"
    return bool(finnish.base_forms(words[at]) & _WASHING) and _said_of_it(words, i, at) and any(
        finnish.base_forms(w) & _WEARING and any(
            _gear(b) and any(n == number for _, n in finnish.case_numbers(x))
            for x in before[k + 1:k + 4] for b in finnish.base_forms(x))
        for k, w in enumerate(before))  # ("käytä kypärää ja suojalaseja, niitä…"; review91)


def _measure_needless(c: Case, words: Sequence[str], i: int) -> str | None:
    """The verb of a measure of hygiene or safety (``_MEASURES``) said needless by the need
    at ``i``: right after it or after a pronoun or an adverb of time ("lautaa ei tarvitse
    pestä", "ei tarvitse sitä pestä", "käsiä ei tarvitse enää pestä"; review79, review82).
    Not done once more nor by oneself ("ei tarvitse pestä kahdesti", "sinun ei tarvitse
    tarkistaa konetta itse"), nor where the answer has someone else told or called, who sees
    to it ("ei tarvitse tarkistaa, kerro vaan esimiehelle"; review82)."""
    at = next((k for k in range(i + 1, min(i + 3, len(words)))
               if words[k] not in _BETWEEN_NEED_AND_DEED), None)
    if at is None or not finnish.base_forms(words[at]) & _MEASURES or \
            not finnish.only_a_verb(words[at]):
        return None
    if _it_taken_off(c, words, i, at) or _it_worn(words, i, at):
        return None  # (of a thing the step's answers take off: "ota sormus pois, sitä ei
        # tarvitse pestä"; not "ota lauta pois, sitä ei tarvitse pestä"; review86)
    if _past(words[i]) and any(finnish.only_past(x) for k, x in enumerate(words) if k != i):
        return None  # (a past need in a report of what was done: "laitoin kyltin ja
        # lakaisin lasit, lattiaa ei tarvinnut pestä"; not "lautaa ei tarvinnut pestä")
    if not (_ONCE_MORE_OR_ANOTHER | {"itse"}).isdisjoint(_clause_after(words, at)) or \
            _oneself(words[max(0, i - 3):i]):  # ("sinä itse ei tarvitse pestä sitä")
        return None
    # (someone told or called sees to it; not one told that it is needless, "sano että
    # lautaa ei tarvitse pestä", nor one asked; review83, review84)
    if "että" not in words[:i] and any(
            finnish.base_forms(w) & _HANDING_OVER and not finnish.only_past(w) and
            not (k and words[k - 1] in NEGATIONS) and (
                not finnish.base_forms(w) & _TELLING_TO or
                any(allative(x) and a_person(x) for x in words[k + 1:k + 4]))
            for k, w in enumerate(words)):
        return None
    return words[at]


def _oneself(before: Sequence[str]) -> bool:
    """"itse" said of the need's subject, beside its pronoun ("sinä itse", "itse sun")."""
    return any(w == "itse" and not {*before[max(0, k - 1):k], *before[k + 1:k + 2]}.isdisjoint(
        SUBJECT_PRONOUNS | GENITIVE_PRONOUNS) for k, w in enumerate(before))


# verbs of asking for help, said needless after a need ("ei tarvitse pyytää apua")
_ASKING_FOR = frozenset({"pyytää", "kysyä", "kutsua"})


def _past(word: str) -> bool:
    """``word`` is read only as a past: a past tense or a past participle ("tarvinnut")."""
    found = finnish.analyses(word)
    return bool(found) and all(a.get("TENSE") == "past_imperfective" or
                               a.get("PARTICIPLE") == "past_active" for a in found)


# verbs that hand a check over to someone, telling or calling them; those of telling only
# to a person named ("sano vaan esimiehelle"; not "sano että se on puhdas"; review84)
_TELLING_TO = frozenset({"kertoa", "ilmoittaa", "sanoa", "raportoida"})
_HANDING_OVER = frozenset({"kertoa", "ilmoittaa", "soittaa", "kutsua", "hälyttää", "sanoa",
                           "pyytää", "raportoida"})

_ANOTHER_ONE = frozenset({"uutta", "uuden", "uusia", "uudet", "toista", "toisen", "toisia",
                          "toiset"})


# what may stand between a need and its deed: an object's pronoun, an adverb of time
_BETWEEN_NEED_AND_DEED = frozenset({"sitä", "niitä", "sen", "ne", "aina", "enää", "koskaan",
                                    "nyt", "sinä", "minä"})


def _clause_after(words: Sequence[str], i: int) -> list[str]:
    """The words of ``words[i:]`` up to the next clause's join."""
    return list(takewhile(lambda x: x not in MAIN_JOINS and x not in SUB_JOINS, words[i:]))


_HELP = ("apu", "hoitaja", "työkaveri")
# measures of hygiene or safety, said needless right after a need's no (not "käyttää",
# "kysyä", "pyytää": "ei tarvitse käyttää voimaa", "ei tarvitse kysyä lupaa"; review81)
_MEASURES = frozenset({"pestä", "desinfioida", "puhdistaa", "tarkistaa", "tarkastaa"})
_WASHING = frozenset({"pestä", "puhdistaa"})
# the measure done once more, or by oneself where another does it, is no measure left out
_ONCE_MORE_OR_ANOTHER = frozenset({"kahdesti", "kolmesti", "uudestaan", "uudelleen", "toiseen",
                                   "taas", "kertaan"})  # ("kahteen kertaan"; review89)
# verbs of wearing a protection or putting it on
_WEARING = frozenset({"käyttää", "pitää", "laittaa", "pukea", "asettaa"})
_FETCHING = frozenset({"hakea", "tuoda", "ottaa"})


def _gear(base: str) -> bool:
    """``base`` names worn protection (``GEAR``), or a vest as such."""
    return base == VEST or base.endswith(GEAR)


# what protects a worker, and help
_PROTECTION = (*GEAR, "hiusverkko", "hiussuoja", "suoja", "apu", "hoitaja", "työkaveri",
               "kaide", "tukipukki", "verkko", "nostolaite", "nostin", "jalkalista",
               "suojus")  # (aids and guards too: "jos hän on kevyt, nostolaitetta ei
# tarvita", "…suojusta ei tarvita"; review106)
