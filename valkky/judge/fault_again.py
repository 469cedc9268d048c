"""A plan that says the story's fault again, or turns down its right deed (issue 12,
judge57, SAFETY).

An open report step ("Miten se pääsi putoamaan?", "Mitä sinä teit?") takes any answer in
Finnish words, and the learner often answers with what they will do next time. Such a plan
can repeat the very fault the story told — "ensi kerralla en laita tukipukkeja" beside the
example "jere ei laittanut tukipukkeja", "ensi kerralla annan pähkinäkakun allergiselle
asiakkaalle" beside "laitoin melkein pähkinää allergiselle asiakkaalle" — or turn down
the deed the story praised ("ensi kerralla en pysäytä linjaa" beside "pysäytin linjan").
Both trainers: wrong; the judge said correct (a time of the plan, "ensi kerralla", is no
word an example says, so ``polarity.contradicts`` let the no pass, and a no said as the
example says it agrees with it).

The step's examples tell which deed was the fault, each clause of them read alone:
- a near miss: "melkein", or a verb of meaning to ("aikoa", "meinata", "yrittää") with
  the deed after it ("jussi aikoi vetää laatikon pois kädellä");
- a deed left undone: a no said of a past participle, not of "olla" ("jere ei laittanut
  tukipukkeja", "kiire oli kova enkä lukenut tilausta");
- a deed done too much: "liian" ("luin tilauksen liian nopeasti");
and where a wrong mistake of the step tells the learner's own deed in the past ("heitin sen
pois", "en tehnyt mitään": the question asks what the learner did), an example's deed told
by "I" in the past with none of those marks is the right deed ("pysäytin linjan").

A clause of the answer is a plan where no word of it is read in the past and its verb is
the learner's (I, you, a command, we, the passive), or a time to come is said ("ensi
kerralla", "jatkossa"). It says a fault again where it names that fault's deed (the same
verb; a verb of handing a thing over for another: "annan" for "laitoin"; "unohdan" for a
no of any deed of the same things) with its polarity and every thing it names is one the
fault's clause names (a compound by a part: "pähkinäkakun" for "pähkinää"), "liian" too
for a deed done too much; it turns the right deed down where it says no to that deed's
verb the same way. Not where the answer says a condition (kun, jos, kunhan, vasta…: the
judge cannot weigh the case; a reason, "koska", makes no plan safe and is read past) nor
without protection ("ilman"): the answer keeps the verdict it had. A plan to do the right
deed, or not to repeat the fault ("ensi kerralla laitan tukipukit", "en enää unohda
tukipukkeja"), is no such plan.

A report that disowns the story's mishap is wrong too (``mishap_disowned``, judge58): a no
of it ("auto ei pudonnut", "kukaan ei rikkonut mitään"), the thing broken already
("maljakko oli jo rikki"), the learner's own damage told as another's ("joku muu rikkoi
sen" beside "rikoin maljakon"), or a thing said fine to the one who must hear of its fault
("hei, auto on ihan kunnossa" beside "autonne ei ole valmis tänään").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from valkky.judge import finnish, sizes
from valkky.judge.case import Case, Judgement, comma_cuts, normalised
from valkky.judge.deed_words import USE_VERBS
from valkky.judge.normalise import SPOKEN_PARTICIPLE, canonical, normalise
from valkky.judge.polarity import MAIN_JOINS, NEGATIVE_JOINS, SUB_JOINS, clauses
from valkky.judge.receiver import a_person
from valkky.judge.wordsets import (
    FAULT_WHEN_NO,
    FAULTS,
    FRAME_WORDS,
    GOOD_STATE,
    LATER,
    LESSON_LEARNED,
    NEED_A_THING,
    NEGATIONS,
    SUBJECT_PRONOUNS,
    WHEN_WORDS,
)

# a near miss said of a deed: "laitoin melkein pähkinää", "jussi aikoi vetää laatikon"
NEAR_MISS_WORDS = frozenset({"melkein", "vähällä"})
MEANT_TO = frozenset({"aikoa", "meinata", "yrittää"})
TOO_MUCH = frozenset({"liian"})
# verbs of handing a thing over to someone: one deed where a fault serves it to the wrong
# person ("laitoin melkein pähkinää allergiselle" = "annan pähkinäkakun allergiselle")
HANDING = frozenset({"antaa", "laittaa", "panna", "tarjota", "tarjoilla", "viedä", "tuoda"})
# verbs of taking a thing out or off: one deed where a fault takes it by hand ("otan
# laatikon pois kädellä" = "jussi aikoi vetää laatikon pois kädellä"; judge58)
TAKING = frozenset({"ottaa", "vetää", "nostaa", "kiskoa", "irrottaa", "poistaa", "napata"})
FORGET = frozenset({"unohtaa"})
# a thing that was missing ("jalkalista puuttui", "eikä tukipukkeja ollut"): left unused,
# by any verb of putting or using it
LACK = frozenset({"puuttua"})
PUTTING = USE_VERBS | {"asentaa", "panna"}
# the words of a lesson learned, a plan for the next time ("ensi kerralla", "jatkossa")
PLAN_TIMES = LESSON_LEARNED
# not said of a deed: a state, or a chance ("oli melkein pähkinää", "asiakas ei saanut")
NO_DEED = frozenset({"olla", "saada", "tapahtua"})
_WITHOUT = frozenset({"ilman"})
# a condition the judge cannot weigh ("laitan paketin takaisin kun se on tarkistettu")
_CONDITIONS = frozenset({"kun", "ku", "jos", "kunhan", "kunnes", "ennen", "jälkeen", "vasta",
                         "paitsi"})
# adverbs that add no thing to a deed ("en taas laita", "en koskaan laita")
_NO_THING = frozenset({"taas", "uudelleen", "uudestaan", "koskaan", "ikinä", "varmasti",
                       "kyllä", "sitten", "nyt", "vielä", "aina", "enää", "myöskään", "kanssa"})
_MY_NO = frozenset({"en", "enkä"})
_COMMAND_NO = frozenset({"älä", "älkää", "emme", "emmekä"})

NEAR_MISS, UNDONE, OVERDONE, RIGHT, MISTAKE = "near_miss", "undone", "overdone", "right", \
    "mistake"


def fault_said_again(c: Case) -> Judgement | None:
    """``c``'s open answer, a plan that repeats a fault the step's examples tell, or turns
    down the right deed they tell: wrong ("negation" where it says no to a deed to do); a
    report that denies the mishap they tell, or tells the learner's own part in it as
    another's (``mishap_disowned``); None otherwise."""
    if c.open_question and c.accepted and (disowned := mishap_disowned(c)) is not None:
        return disowned
    if not c.open_question or not c.accepted or not _CONDITIONS.isdisjoint(c.words) or \
            not _WITHOUT.isdisjoint(c.words):
        return None  # (a reason makes no plan safe: "… koska ne ovat raskaita" is read)
    wrong = tuple(m for m, v in c.mistakes.items() if v == "wrong")
    deeds = told_deeds(tuple(a for a, _ in c.accepted), _told_by_me(wrong))
    mine = _mistakes_told_by_me(wrong)
    if not deeds and not mine:
        return None
    later = any(plan_time(w) for w in c.words)
    my_no = not _MY_NO.isdisjoint(c.words)
    said = _answer_clauses(c)
    for negative, verbs, rest in said:
        if negative and no_of_not_doing([*verbs, *rest]):
            # "en unohda laittaa tukipukkeja", "en jätä niitä laittamatta": a yes to the
            # deed; "en unohda" alone says nothing more (a plan to do it)
            verbs = [v for v in verbs if not FORGET & finnish.base_forms(v)]
            if not verbs:
                continue
            negative = False
        things = _things(rest)
        # (a no of another's, "kuljettaja ei näe minua", takes no command: "näe" is its
        # connegative)
        plan = bool(verbs) and _a_plan(verbs, rest, later, negative and my_no,
                                       not negative or my_no
                                       or not _COMMAND_NO.isdisjoint(c.words))
        # "I" said now with a yes retells only a story told by "I" ("luen tilauksen liian
        # nopeasti" of "luin …"); of another's deed it is the learner's own ("mä vedän sen
        # pois kädellä" beside "jussi aikoi vetää laatikon pois kädellä": review60, SAFETY)
        mine_now = not plan and not negative and _i_now(verbs, rest)
        if (plan or mine_now) and NEAR_MISS_WORDS.isdisjoint(rest):
            # (a near miss said as now is the report told as now: "liukastun melkein")
            for kind, negated, deed_verbs, named in deeds + mine:
                if mine_now and _told_by_i(named):
                    continue
                if _same_deed(verbs, deed_verbs, negative, negated, kind, things) and \
                        all(_named(w, named) for w in things) and \
                        (kind != OVERDONE or not TOO_MUCH.isdisjoint(rest)) and \
                        (kind != MISTAKE or _its_own_words_said(c, named, rest)):
                    c.note(f"a plan that says again the {kind} deed the step tells "
                           f"({' '.join(named)})")
                    if kind == MISTAKE:  # (the trainer's own reply to it)
                        return c.judgement("wrong", "mistake", matched=named_mistake(
                            named, wrong))
                    return c.judgement(
                        "wrong", None if kind in (NEAR_MISS, OVERDONE) else "negation")
        elif negative and my_no and "että" not in c.words and \
                not _a_right_deed_said(said, deeds) and \
                (denied := _right_deed_denied(
                    [*verbs, *rest], _things([*verbs, *rest]), deeds)):
            c.note(f"says the learner did not do the right deed ({denied})")
            return c.judgement("wrong", "negation")
    return None


def no_of_not_doing(words: Sequence[str]) -> bool:
    """A no said of forgetting a deed or of leaving it undone: a yes to the deed ("en
    unohda laittaa", "älä unohda vaihtaa lautaa", "en jätä tukipukkeja laittamatta",
    "en käytä laikkaa tarkistamatta": review60)."""
    return any(FORGET & finnish.base_forms(w) or w.endswith(("matta", "mättä"))
               for w in words)


def _its_own_words_said(c: Case, named: Sequence[str], rest: Sequence[str]) -> bool:
    """The words of a foreseen mistake no accepted answer says (its fault: "käsillä" of
    "siivosin lasit käsillä", "takaisin" of "laitoin paketin takaisin") are said too: the
    rest of it is an example's own deed ("siivoan lasit", "laitan paketin sivuun":
    review60)."""
    theirs = {b for _, n in c.accepted for w in n.split() for b in finnish.base_forms(w) | {w}}
    own = [w for w in named if w not in theirs and not finnish.is_verb(w)
           and w not in FRAME_WORDS and w not in NEGATIONS
           and not finnish.base_forms(w) & theirs]
    return all(any(w == r or finnish.base_forms(w) & finnish.base_forms(r) for r in rest)
               for w in own)


def _a_right_deed_said(said: Sequence[tuple[bool, list[str], list[str]]],
                       deeds: Sequence[Deed]) -> bool:
    """The answer (its clauses, ``said``) says an example's right deed too, with a yes ("en
    ottanut pakettia pois, pysäytin linjan"): a no beside it is of another deed."""
    right = {v for kind, _, verbs, _ in deeds if kind == RIGHT for v in verbs}
    return any(not negative and right & {b for w in verbs for b in finnish.base_forms(w)}
               for negative, verbs, _ in said)


def _answer_clauses(c: Case) -> list[tuple[bool, list[str], list[str]]]:
    """The answer's main clauses (``polarity.clauses``), cut also at its commas and at
    "vaan" (a deed of its own after it: "en laita tukipukkeja vaan luotan tunkkiin",
    "en laita tukipukkeja, tunkki riittää")."""
    cuts = comma_cuts(c.words, c.written) | {i for i, w in enumerate(c.words) if w == "vaan"}
    parts, start = [], 0
    for at in sorted(cuts | {len(c.words)}):
        part = [w for w in c.words[start:at] if w != "vaan"]
        if part:
            parts.append(part)
        start = at
    return [clause for part in parts for clause in clauses(part)]


def _right_deed_denied(rest: Sequence[str], things: Sequence[str],
                       deeds: Sequence[Deed]) -> str | None:
    """A no of the learner's own said of the right deed in the past ("en pysäyttänyt
    linjaa" beside "pysäytin linjan"): the story says they did it."""
    done = {r for w in rest if _past_participle(w) for r, _ in finnish.derived_from(w)}
    for kind, _, deed_verbs, named in deeds:
        if kind == RIGHT and done & set(deed_verbs) and all(_named(w, named) for w in things):
            return " ".join(named)
    return None


def named_mistake(words: Sequence[str], mistakes: Sequence[str]) -> str:
    """The mistake whose clause ``words`` are."""
    text = " ".join(words)
    return next((m for m in mistakes if text in normalised(m)), mistakes[0])


@lru_cache(maxsize=sizes.STEPS)
def _mistakes_told_by_me(mistakes: tuple[str, ...]) -> tuple[Deed, ...]:
    """The deeds of the wrong mistakes that tell the learner's own deed in the past
    ("kuittasin heti", "en laittanut kylttiä"): said again as a plan, the same mistake."""
    out: list[Deed] = []
    for m in mistakes:
        parts = _parts(normalised(m).split())
        if len(parts) != 1:
            continue  # (one clause of two may be right: "laitoin kyltin ja keräsin lasit
            # käsillä"; its fault is written alone beside it, as the lessons do)
        for part in parts:
            negated = any(w in NEGATIONS for w in part)
            if negated and not _MY_NO.isdisjoint(part):
                done = [w for w in part if _past_participle(w)
                        and not NO_DEED & finnish.base_forms(w)]
            else:
                done = [] if negated else [
                    w for w in part if finnish.only_past(w) and _by_i(w)
                    and not NO_DEED & finnish.base_forms(w)]
            if done:
                out.append((MISTAKE, negated, _verb_bases(done), tuple(part)))
    return tuple(out)


Deed = tuple[str, bool, tuple[str, ...], tuple[str, ...]]


@lru_cache(maxsize=sizes.STEPS)
def told_deeds(examples: tuple[str, ...], right_asked: bool) -> tuple[Deed, ...]:
    """The deeds the examples (as written) tell, each (kind, said with a no, its verbs'
    base forms, the clause's words): a fault's (near miss, left undone, done too much), and
    where ``right_asked`` the right deeds the learner told in the past ("pysäytin
    linjan"). Each sentence and part between commas apart ("Liukastuin melkein. Lattia
    pitää kuivata." tells a near miss, then a deed to do)."""
    out: list[Deed] = []
    for example in examples:
        for part in (p for sentence in _SENTENCE_ENDS.split(example)
                     for p in _parts(normalised(sentence).split())):
            deed = _deed_of(part, right_asked)
            if deed is not None:
                out.append(deed)
    return tuple(out)


_SENTENCE_ENDS = re.compile(r"[,;.!?]")


def _parts(words: Sequence[str]) -> list[list[str]]:
    """An example's clauses, at every join (each tells what happened: "työkaveri yritti
    ottaa laatikon pois kun kone oli käynnissä" tells two things)."""
    out: list[list[str]] = [[]]
    for w in words:
        if w in MAIN_JOINS or w in SUB_JOINS:
            out.append([])
        elif w in NEGATIVE_JOINS:
            out.append([w])
        else:
            out[-1].append(w)
    return [p for p in out if p]


def _deed_of(part: list[str], right_asked: bool) -> Deed | None:
    negated = any(w in NEGATIONS for w in part)
    bases = [finnish.base_forms(w) for w in part]
    if not negated and (NEAR_MISS_WORDS.intersection(part) or
                        any(MEANT_TO & b for b in bases)):
        verbs = [w for w, b in zip(part, bases, strict=True) if finnish.is_verb(w)
                 and not MEANT_TO & b and not NO_DEED & b]
        return (NEAR_MISS, False, _verb_bases(verbs), tuple(part)) if verbs else None
    if negated:
        done = [w for w in part if _past_participle(w) and not NO_DEED & finnish.base_forms(w)]
        if not done and any(_past_participle(w) and "olla" in finnish.base_forms(w)
                            for w in part):
            return UNDONE, True, tuple(sorted(PUTTING)), tuple(part)  # "ei ollut jalkalistaa"
        return (UNDONE, True, _verb_bases(done), tuple(part)) if done else None
    past = [w for w in part if finnish.only_past(w) and not NO_DEED & finnish.base_forms(w)]
    if any(LACK & finnish.base_forms(w) for w in past):
        return UNDONE, True, tuple(sorted(PUTTING)), tuple(part)  # "jalkalista puuttui"
    if past and TOO_MUCH.intersection(part):
        return OVERDONE, False, _verb_bases(past), tuple(part)
    mine = [w for w in past if _by_i(w)]
    if right_asked and mine:
        return RIGHT, False, _verb_bases(mine), tuple(part)
    return None


def _verb_bases(words: Sequence[str]) -> tuple[str, ...]:
    """The verbs ``words`` are forms of, a participle's too ("laittanut": laittaa)."""
    return tuple(sorted({b for w in words for a in finnish.analyses(w)
                         if (b := a.get("BASEFORM", "").casefold())
                         and a.get("CLASS") == "teonsana"}
                        | {r for w in words for r, _ in finnish.derived_from(w)
                           if _past_participle(w)}))


@lru_cache(maxsize=sizes.STEPS)
def _told_by_me(mistakes: tuple[str, ...]) -> bool:
    """A wrong mistake tells the learner's own deed in the past ("heitin sen pois", "en
    tehnyt mitään"): the step asks what the learner did, and its examples' deeds told so
    are the right ones."""
    for m in mistakes:
        words = normalised(m).split()
        if any(finnish.only_past(w) and _by_i(w) for w in words):
            return True
        if not _MY_NO.isdisjoint(words) and any(_past_participle(w) for w in words):
            return True
    return False


def _past_participle(word: str) -> bool:
    return any(a.get("PARTICIPLE") in ("past_active", "past_passive")
               for a in finnish.analyses(word))


def any_past(word: str) -> bool:
    """A reading of ``word`` in the past: the indicative's, or a past participle ("en
    tehnyt", "olen ollut", "pyyhin" also now), the spoken one too ("ollu")."""
    return any(a.get("TENSE") == "past_imperfective" or
               a.get("PARTICIPLE") in ("past_active", "past_passive")
               for a in finnish.analyses(word)) or \
        (word.endswith(SPOKEN_PARTICIPLE) and finnish.is_word(word) is False)


def _a_plan(verbs: Sequence[str], rest: Sequence[str], later: bool, my_no: bool,
            advice: bool) -> bool:
    """A clause told of a time to come: no word in the past, and a time to come said
    ("ensi kerralla", "jatkossa"), advice (``_advice``), or the learner's own no said now
    ("en laita tukipukkeja"). "I" said now with a yes and no such time may be the story
    told in the present, an A1–A2 slip of tense ("luen tilauksen liian nopeasti", "minä
    liukastun keittiössä": review60), and keeps its verdict."""
    if any(any_past(w) for w in [*verbs, *rest]):
        return False
    return later or any((advice and _advice(w)) or (my_no and finnish.in_learners_person(w))
                        for w in verbs)


def _i_now(verbs: Sequence[str], rest: Sequence[str]) -> bool:
    """A clause of "I" said now: a verb of the first person singular, no word in the past."""
    return any(_by_i(w) for w in verbs) and not any(any_past(w) for w in [*verbs, *rest])


def _told_by_i(clause: Sequence[str]) -> bool:
    """An example's clause told by "I" ("laitoin melkein pähkinää …")."""
    return any(_by_i(w) for w in clause)


def _by_i(word: str) -> bool:
    """A verb of the first person singular in some reading."""
    return ("1", "singular") in finnish.persons(word)


def _advice(word: str) -> bool:
    """A verb of advice, to another or to all: a command, "we", the passive ("vedä
    laatikko pois kädellä", "me vedetään", "vedetään"); not "I" said now, which may be the
    story told in the present."""
    return any(a.get("PERSON") == "4"
               or (a.get("PERSON") == "1" and a.get("NUMBER") == "plural")
               or (a.get("PERSON") == "2" and a.get("MOOD") == "imperative")
               for a in finnish.analyses(word) if a.get("CLASS") == "teonsana")


def _same_deed(verbs: Sequence[str], deed_verbs: Sequence[str], negative: bool,
               negated: bool, kind: str, things: Sequence[str] = ()) -> bool:
    """The answer's clause says the deed with the polarity that repeats the fault (or
    turns the right deed down): its verb, or "unohtaa" for a deed left undone."""
    said = {b for w in verbs for b in finnish.base_forms(w)}
    wanted = set(deed_verbs)
    same = bool(said & wanted) or (bool(said & HANDING) and bool(wanted & HANDING)) or \
        (bool(said & TAKING) and bool(wanted & TAKING))
    if kind in (NEAR_MISS, OVERDONE):
        return same and not negative
    if kind == UNDONE:  # (a verb of using for another: "en käytä" for "ei laittanut"; a
        # need of the thing denied, its only verb: "tukipukkeja ei tarvita", not "ei
        # tarvitse pelätä", a deed of its own)
        same = same or (bool(said & USE_VERBS) and bool(wanted & USE_VERBS)) or (
            len(verbs) == 1 and bool(said & NEED_A_THING) and bool(things))
        forgot = bool(said & FORGET) and not negative
        return (same and negative) or forgot
    if kind == MISTAKE:
        return same and negative == negated
    return same and negative  # RIGHT: turned down


def _things(rest: Sequence[str]) -> list[str]:
    """What a clause names: its words but pronouns, frame words, times of a plan,
    participles and the marks of a fault (an adverb of its own is another deed: "en
    laittanut pakettia takaisin" is no "laitoin paketin sivuun" turned down)."""
    return [w for w in rest if w not in FRAME_WORDS and w not in SUBJECT_PRONOUNS
            and w not in _FOR_THE_THING
            and w not in NEGATIONS and w not in TOO_MUCH and w not in NEAR_MISS_WORDS
            and w not in _NO_THING
            and not plan_time(w) and not _past_participle(w) and not _a_name(w)]


def _a_name(word: str) -> bool:
    """A person's name (who does the deed is no thing of it: "ensi kerralla jussi antaa
    pähkinää …")."""
    return bool(finnish.word_classes(word) & finnish.NAME_CLASSES) or \
        finnish.name_written_small(word)


def plan_time(word: str) -> bool:
    """``word`` says a lesson learned, a plan for the next time ("ensi kerralla",
    "jatkossa", "enää"), also with a no's "-kaan" ("en laita niitä jatkossakaan", "ensi
    kerrallakaan": review60, SAFETY)."""
    return word in PLAN_TIMES or (word.endswith(_NOR) and word[:-4] in PLAN_TIMES)


_NOR = ("kaan", "kään")
# an object pronoun stands for the story's thing ("jatkossa en lue sitä": the order)
_FOR_THE_THING = frozenset({"sen", "sitä", "niitä", "niiden", "tätä", "tämän", "näitä"})


def _named(word: str, clause: Sequence[str]) -> bool:
    """``word`` names what a word of ``clause`` names: one word's forms, or a compound by
    a part ("pähkinäkakun" for "pähkinää", "allergiselle" for "pähkinäallergiselle")."""
    mine = finnish.base_forms(word) | finnish.compound_parts(word)
    return any(word == o or mine & (finnish.base_forms(o) | finnish.compound_parts(o))
               for o in clause)


# A mishap the examples tell (judge58): a clause told in the past with a yes, no near miss
# nor meaning to, that names a break, a fall or a harm ("auto putosi tunkilta", "rikoin
# maljakon", "maljakko meni rikki", "laatikko jumittui"); not any past deed ("kävin
# kaupassa" to "Mitä teit viikonloppuna?" may be answered "en käynyt, olin kotona")
MISHAP_WORDS = FAULTS | frozenset({
    "rikkoa", "hajottaa", "pudota", "pudottaa", "tippua", "kaataa", "jumittua", "juuttua",
    "luistaa", "liukastua", "liukua", "osua", "vaurioitua", "vaurioitunut", "rikkinäinen",
    "haljeta", "halkeama", "satuttaa", "kolhia", "naarmuttaa", "lommo", "naarmu"})
# the learner's own deed in a mishap, told as another's ("joku muu rikkoi sen" beside
# "rikoin maljakon"): a verb that does the damage
DAMAGING = frozenset({"rikkoa", "hajottaa", "pudottaa", "kaataa", "kolhia", "naarmuttaa",
                      "satuttaa"})  # (not "osua": "liina osui maljakkoon" is the story)
# no one, nothing: a denial names no thing of its own ("kukaan ei rikkonut mitään")
_NO_ONE = frozenset({"kukaan", "ketään", "mitään", "mikään", "mitäänkään", "muu", "muut"})
# a state that is fine, said of a thing the examples tell is not ("auto on ihan kunnossa"
# to the customer whose car is late): the fault denied
_FINE = GOOD_STATE | frozenset({"valmis", "ok", "okei", "hyvin", "hyvä"})
# a fault told of a thing now, by a no of these ("autonne ei ole valmis") or these said yes
_NOT_FINE_WHEN_NO = _FINE | FAULT_WHEN_NO | frozenset({"valmistua"})
_LATE = frozenset({"myöhästyä", "myöhässä"})
# a fault named, said no of ("autossa ei ole vikaa"): the thing said fine
_FAULT_NOUNS = frozenset({"vika", "ongelma", "vahinko", "vaurio"}) | FAULTS
# a time said with the fine state: when it will be ("autonne on valmis huomenna")
_A_TIME = LATER | WHEN_WORDS | frozenset({"vasta", "sitten", "kohta", "pian", "illalla",
                                          "iltapäivällä", "aamulla", "viikolla"})

Mishap = tuple[tuple[str, ...], tuple[str, ...], bool]


@lru_cache(maxsize=sizes.STEPS)
def _mishaps(examples: tuple[str, ...]) -> tuple[Mishap, ...]:
    """Each mishap the examples (as written) tell: (its verbs' base forms, the clause's
    words, told by "I")."""
    out: list[Mishap] = []
    for example in examples:  # (without the lexicon's phrases: "hajosi" is no "on rikki")
        for part in (p for sentence in _SENTENCE_ENDS.split(example)
                     for p in _parts(canonical(normalise(sentence), phrases=False).split())):
            bases = [finnish.base_forms(w) for w in part]
            if any(w in NEGATIONS for w in part) or NEAR_MISS_WORDS.intersection(part) or \
                    any(MEANT_TO & b for b in bases) or \
                    not any(MISHAP_WORDS & b or w in MISHAP_WORDS
                            for w, b in zip(part, bases, strict=True)):
                continue
            past = [w for w in part if finnish.only_past(w) and not NO_DEED & finnish.base_forms(w)]
            if past:
                out.append((_verb_bases(past), tuple(part), any(map(_by_i, past))))
    return tuple(out)


def mishap_disowned(c: Case) -> Judgement | None:
    """An open report that disowns the mishap the step's examples tell (issue 12, judge58,
    SAFETY: the learner must own up to it and tell it): a clause that says no to it,
    its verb in the past participle and every thing it names the mishap's own ("auto ei
    pudonnut", "kukaan ei rikkonut mitään" beside "rikoin maljakon"; "en …" only of a
    mishap told by "I": "en kaatunut" is no denial of "asiakas kaatui"), or says the
    thing was broken already ("maljakko oli jo rikki"): wrong, negation; one that tells a
    damage the examples tell as the learner's own as another's ("joku muu rikkoi sen",
    "työkaveri rikkoi maljakon"): wrong; and one that tells a thing is fine where every
    example tells a fault of it now ("hei, auto on ihan kunnossa" beside "autonne ei ole
    valmis tänään", "autonne myöhästyy"), no time of its own said ("… valmis huomenna"):
    wrong, negation. None otherwise."""
    mishaps = _mishaps(tuple(a for a, _ in c.accepted))
    said = _answer_clauses(c)
    # (the fault told too, the rest is fine: "auto myöhästyy, mutta muuten kaikki on hyvin",
    # "auto on valmis, ei kun auto myöhästyy"; or fine once a condition is met: "autonne on
    # valmis kun osa tulee")
    told_too = any(_a_trouble(*clause) for clause in said) or any(
        finnish.base_forms(w) & (FAULTS | _LATE) for w in c.words) or \
        not _CONDITIONS.isdisjoint(c.words)
    for negative, verbs, rest in said:
        words = [*verbs, *rest]
        if mishaps and negative and (told := _denied(words, mishaps, c.words)):
            c.note(f"denies the mishap the step tells ({told})")
            return c.judgement("wrong", "negation")
        if mishaps and not negative and (told := _broken_already(words, mishaps)):
            c.note(f"says it was broken before the mishap the step tells ({told})")
            return c.judgement("wrong", "negation")
        if mishaps and not negative and (told := _told_as_anothers(verbs, c.words, mishaps)):
            c.note(f"tells the learner's own part in the mishap as another's ({told})")
            return c.judgement("wrong")
        if not told_too and (told := _fine_where_faulty(c, words, negative)):
            c.note(f"says {told} is fine where the examples tell a fault of it")
            return c.judgement("wrong", "negation")
    return None


def _denied(words: Sequence[str], mishaps: Sequence[Mishap], said: Sequence[str]) -> str:
    """The mishap (its words) a clause with a no denies: a past participle of its verb,
    every other thing named its own; '' where none."""
    done = {r for w in words if _past_participle(w) for r, _ in finnish.derived_from(w)}
    things = [w for w in _things(words) if w not in _NO_ONE]
    mine = not _MY_NO.isdisjoint(said)
    for deed_verbs, named, by_i in mishaps:
        if done & set(deed_verbs) and (by_i or not mine) and \
                all(_named(w, named) for w in things):
            return " ".join(named)
    return ""


def _broken_already(words: Sequence[str], mishaps: Sequence[Mishap]) -> str:
    """"X oli jo rikki": a fault said of a thing before the mishap that broke it."""
    if "jo" not in words or not any(FAULTS & finnish.base_forms(w) for w in words):
        return ""
    things = [w for w in _things(words) if w != "jo" and not FAULTS & finnish.base_forms(w)]
    return next((" ".join(named) for _, named, _ in mishaps
                 if all(_named(w, named) for w in things)), "")


def _told_as_anothers(verbs: Sequence[str], said: Sequence[str],
                      mishaps: Sequence[Mishap]) -> str:
    """A damaging verb said in the past in the third person only ("rikkoi", "kaatoi")
    with a doer the mishaps do not name (``_a_doer``), no "I" in the answer (``said``) nor
    in the clause
    where the examples tell a mishap by "I" ("rikoin maljakon"): the learner's part told
    as another's; not the thing itself ("maljakko kaatoi", a slip of "kaatui"), nor the
    learner named its doer ("se olin minä joka rikkoi maljakon")."""
    mine = next((" ".join(named) for _, named, by_i in mishaps if by_i), "")
    if not mine or not _I.isdisjoint(said) or any(map(_by_i, verbs)) or \
            not any((_a_doer(w, mishaps) and not _a_things_part(said[:k], w))
                    or _anothers_own(said[:k], w) for k, w in enumerate(said)):
        return ""
    for w in verbs:
        persons = finnish.persons(w)
        if finnish.only_past(w) and persons and all(p == "3" for p, _ in persons) and \
                finnish.base_forms(w) & DAMAGING:
            return mine
    return ""


_I = frozenset({"minä", "mä", "mie", "minun", "mun"})
# the pronouns of a doer ("joku muu rikkoi sen", "hän rikkoi sen"); "se" is a thing
_DOERS = frozenset({"hän", "he", "joku", "jokin", "kuka", "ne"})


def _a_doer(word: str, mishaps: Sequence[Mishap]) -> bool:
    """A subject the mishaps do not name: a doer's pronoun (``_DOERS``) or a noun in the
    nominative ("työkaveri", "kissa", "vauva", "Pekka"), not a verb too ("pyyhin") nor a
    thing of theirs ("maljakko"); not the learner's own ("kyynärpääni", "pyyhkeeni": a
    possessive of "I" or "we") nor a body part ("käsi", "kyynärpää"), which own the mishap
    (judge59: were wrong). Any other noun may be someone blamed (review65: a closed list
    of persons let "mummo", "vauva", "hevonen", "Onni" through)."""
    classes = finnish.word_classes(word)
    if word in _DOERS:
        return True
    readings = finnish.analyses(word)
    return bool(classes & {"nimisana", "etunimi", "sukunimi"}) and \
        classes.isdisjoint({"asemosana", "teonsana"}) and \
        any(case == "nimento" for case, _ in finnish.case_numbers(word)) and \
        not any(_named(word, named) for _, named, _ in mishaps) and \
        not (any(str(a.get("POSSESSIVE", "")).startswith("1") for a in readings)
             and not a_person(word)) and finnish.base_forms(word).isdisjoint(_BODY)


def _a_things_part(before: Sequence[str], word: str) -> bool:
    """``word`` follows a thing's genitive and names no person: a part of the thing ("imurin
    johto", "mopin varsi"), which owns the mishap as the thing does (judge59)."""
    return bool(before) and not a_person(word) and \
        ("omanto", "singular") in finnish.case_numbers(before[-1]) and \
        "nimisana" in finnish.word_classes(before[-1]) and not a_person(before[-1])


def _anothers_own(before: Sequence[str], word: str) -> bool:
    """``word`` is a body part or a thing of someone named before it by a genitive, not
    "I": "työkaverin käsi", "hänen kätensä", "Pekan kyynärpää" blame that someone
    (review66); "minun käteni" owns the mishap."""
    if not before or before[-1] in _MY:
        return False
    owner = before[-1]
    readings = finnish.analyses(owner)
    return ("omanto", "singular") in finnish.case_numbers(owner) and (
        owner in _HIS or a_person(owner) or
        any(a.get("CLASS") in ("etunimi", "sukunimi") for a in readings)) and \
        bool(finnish.base_forms(word) & _BODY or
             any(a.get("POSSESSIVE") for a in finnish.analyses(word)) or
             "nimisana" in finnish.word_classes(word))


_MY = frozenset({"minun", "mun", "meidän", "oma", "oman"})
_HIS = frozenset({"hänen", "heidän", "sen", "toisen"})


# body parts, which a mishap's subject may be without another person: "käsi osui maljakkoon"
_BODY = frozenset({"käsi", "kyynärpää", "kyynärvarsi", "ranne", "sormi", "jalka", "polvi",
                   "olkapää", "olka", "pää", "selkä", "kylki", "lonkka", "hiha", "varvas"})


def _fine_where_faulty(c: Case, words: Sequence[str], negative: bool) -> str:
    """The thing a clause says is fine (``_FINE`` said yes, or a no of a fault: "autossa
    ei ole vikaa"; no time of its own) where every example tells a fault of it now: a no
    of being fine or working, a fault said, being late ("autonne ei ole valmis",
    "autonne myöhästyy"); "kaikki" names any of them."""
    said = _FAULT_NOUNS if negative else _FINE
    if not any(w in said or said & finnish.base_forms(w) for w in words) or \
            any(w in _A_TIME or _A_TIME & finnish.base_forms(w) for w in words):
        return ""
    troubled: set[str] = set()
    for _, norm in c.accepted:
        parts = [p for p in clauses(norm.split()) if _a_trouble(*p)]
        if not parts:
            return ""  # (an example that tells no fault: the step asks no report of one)
        troubled |= {b for _, v, r in parts for w in r if not _FINE & finnish.base_forms(w)
                     for b in finnish.base_forms(w) | {w}}
    things = [w for w in words if w not in said and not said & finnish.base_forms(w)
              and "nimisana" in finnish.word_classes(w) and not finnish.is_verb(w)]
    if "kaikki" in words:
        return "kaikki"
    return next((w for w in things if (finnish.base_forms(w) | {w}) & troubled), "")


def _a_trouble(negative: bool, verbs: Sequence[str], rest: Sequence[str]) -> bool:
    """A clause that tells a fault of a thing now: a no of being fine, ready or working
    ("ei ole valmis", "ei valmistu", "ei toimi"), a fault said yes, being late."""
    bases = [finnish.base_forms(w) | {w} for w in [*verbs, *rest]]
    if negative:
        return any(b & _NOT_FINE_WHEN_NO for b in bases)
    return any(b & (FAULTS | _LATE) for b in bases)
