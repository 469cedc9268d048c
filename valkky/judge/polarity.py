"""Yes and no: the clauses of an answer and whether each says no, an answer that contradicts an
example, a bare yes, and verbs a step says only with one polarity.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from valkky.judge import finnish, lexicon, sizes
from valkky.judge.accepted import shape_of
from valkky.judge.case import Case
from valkky.judge.clause_reader import commas_at
from valkky.judge.hedges import an_estimate_said
from valkky.judge.report_time import later, left_to_chance
from valkky.judge.tellings import TO_WHOM, my_tellings, one_told
from valkky.judge.wordsets import (
    ACKNOWLEDGEMENTS,
    ADVERBS,
    ANOTHER_THING,
    CALLING_OR_TELLING,
    CONVENIENCE,
    COPULA,
    DOUBT_PHRASES,
    DOUBTS,
    EVERY_NO,
    FRAME_WORDS,
    GENITIVE_PRONOUNS,
    HEDGES,
    IN_CHARGE,
    LATER,
    MAIN_JOINS,
    NEED,
    NEED_A_THING,
    NEEDLESS,
    NEEDS_A_NO,
    NEGATIONS,
    NOT_THE_DEED,
    OPPOSITES,
    PROHIBITIVE,
    PROHIBITIVE_AND,
    PRONOUN_PERSONS,
    QUESTION_WORDS,
    SOMETIMES,
    SOMETIMES_PHRASES,
    SUBJECT_PRONOUNS,
    TAKEN_BACK,
    TELLING_OR_STOPPING,
    WHEN_WORDS,
    has_negation,
    sure_kai,
)

# Words that join clauses (MAIN_JOINS, in wordsets): only main clauses assert; what
# follows "kun", "jos", "kuin"… is a condition; "eikä" starts a clause that says no.


SUB_JOINS = frozenset({"koska", "kun", "jos", "että", "kuin", "kunnes", "jotta", "vaikka",
                        "ennen", "jälkeen"})


NEGATIVE_JOINS = frozenset({"eikä", "enkä", "etkä"})
# a command's no (PROHIBITIVE): after a deed said, it begins a command of its own ("pyydä
# apua älä nosta yksin" is two commands, the no of the second)


def main_clauses(words: Sequence[str], joins: frozenset[str] = MAIN_JOINS) -> list[list[str]]:
    """``words`` split at the main joins (ja, mutta, tai, sekä), or at ``joins``, empty
    parts left out."""
    out: list[list[str]] = [[]]
    for w in words:
        if w in joins:
            out.append([])
        else:
            out[-1].append(w)
    return [clause for clause in out if clause]


def clauses(words: Sequence[str]) -> list[tuple[bool, list[str], list[str]]]:
    """Each main clause: whether it says no, its verbs, and its other words that carry
    meaning."""
    out: list[tuple[bool, list[str], list[str]]] = []
    clause: list[str] = []
    main = True
    for w in [*words, "ja"]:
        if w not in MAIN_JOINS and w not in SUB_JOINS and w not in NEGATIVE_JOINS and not (
                w in PROHIBITIVE and any(finnish.is_verb(x) for x in clause
                                          if x not in NEGATIONS)):
            clause.append(w)
            continue
        if clause and main:
            own = [x for x in clause if x not in NEGATIONS and x not in FRAME_WORDS
                   and x not in SUBJECT_PRONOUNS]
            verbs = [x for x in own if finnish.is_verb(x) and not _of_manner(x)]
            out.append((has_negation(clause), verbs, [x for x in own if x not in verbs]))
        main = w not in SUB_JOINS
        clause = [w] if w in NEGATIVE_JOINS or w in PROHIBITIVE else []
    return out


def contradicts(words: Sequence[str], accepted: Sequence[str],
                topics: Sequence[str] = ()) -> bool:
    """An open answer that says no to what an accepted answer says ("en käytä suojalaseja"
    to "käytä aina suojalaseja": the same verb, and the things it names, adverbs aside, are
    the example's or the step's topics: "aino ei ole sängyssä" is no "aino on lattialla"),
    or says what one forbids and nothing more ("sekoita pesuaineita" to "älä sekoita
    pesuaineita"; "nosta nostolaitteella" is another thing than "älä nosta yksin")."""
    def like(w: str, others: Sequence[str]) -> bool:
        return any(w == o or _alike(w, o) for o in others)

    def named(w: str, others: Sequence[str]) -> bool:  # (what an example names it as)
        return like(w, others) or any(_fronted(w, o) for o in others)

    examples = example_clauses(tuple(accepted))
    theirs = _examples_words(tuple(accepted))
    words = _yes_after_a_deed(_answered_no(_but_spoken(words), accepted, examples))
    said = clauses(words)
    said_after_a_no = {b for a, b in pairwise(words) if a in NEGATIONS}
    predicates = {w for i, w in enumerate(words) if _needless_at(words, i)}
    if not predicates and not any(verbs for _, verbs, _ in said):
        return False
    for negative, verbs, rest in said:
        if not verbs and predicates.isdisjoint(rest):  # ("kypärä on turha": "on" is
            continue  # a frame word)
        needless = [x for x in rest if x in predicates]
        only_own = bool(needless) and not negative  # ("ei ole turha …" is left as it was)
        if only_own:
            negative, rest = True, [x for x in rest if x not in needless]
        # (a need with a deed of its own is that deed: "ei tarvitse pelätä" says nothing of
        # "tarvitaan tukipukit")
        deeds = [x for i, x in enumerate(verbs)
                 if i + 1 == len(verbs) or not NEED_A_THING & finnish.base_forms(x)]
        needed = any(NEED & finnish.base_forms(x) for x in verbs + rest)
        under_need = _under_need(words, verbs)
        telling = any(finnish.base_forms(x) & CALLING_OR_TELLING
                      for x in (under_need if needed and under_need else deeds))  # (under a
        # need, its own deed: not "ilmoitin, ei tarvinnut kysyä lupaa", review81)
        if negative and needed and any(finnish.base_forms(x) & _TOLD_OR_DONE
                                       for x in under_need) and \
                not any(x in theirs or finnish.base_forms(x) & theirs
                        for x in _after_the_need(words, verbs)) \
                and _told_by_me(words, theirs):
            continue  # (a call or a worry needless beside one's own report: "kerro
            # esimiehelle, sinun ei tarvitse soittaa huoltoon", review89, 252; not another
            # deed, "hälytä hoitaja, ei tarvitse odottaa", nor the step's own call, "mä
            # kerron esimiehelle, ei tarvii hälyttää hoitajaa", review254)
        told = telling and not (_anothers_need(words, theirs) and _a_report(words, theirs))
        # (one's own telling denied: not "ei teidän tarvii soittaa siitä kenellekään, mä
        # ilmoitan esimiehelle", a customer's need beside a report, review251-254)
        same = [(neg, v, r) for neg, v, r in examples if any(like(x, v) for x in deeds) or (
            told and needed and any(finnish.base_forms(y) & CALLING_OR_TELLING for y in v))]
        # (a telling said needless says no to any telling of an example: "ette tarvii
        # ilmoittaa kenellekään" to "kerro työnjohtajalle", review253)
        if needed:
            # "sinun ei tarvitse painaa", "ei oo pakko painaa": who needs, and the need,
            # are no thing the deed is done to
            rest = [x for x in rest if x not in GENITIVE_PRONOUNS
                    and not NEED & finnish.base_forms(x)]
        things = rest if only_own else [  # (a no without a no is read narrowly: all its
            x for x in rest if x not in ADVERBS  # words, "pois" too, the example's own)
            and "seikkasana" not in finnish.word_classes(x) and not _of_manner(x)
            and x not in _OF_THIS and not (told and (
                x in _NONE_AT_ALL or "sisaeronto" in finnish.cases(x)))]  # ("ei tarvitse
        # ilmoittaa tästä mitään", "… tästä vahingosta": what is told of, review250-251)
        if negative and things and all(_no_deed(x, only_own) for x in verbs) and any(
                not neg and _AWAY.isdisjoint(r) and all(named(x, r) for x in things)
                for neg, v, r in examples) and SUB_JOINS.isdisjoint(words):
            return True  # (a need denied: "et tarvitse hiusverkkoa", "kypärä on turha" say
            # no to "laita hiukset hiusverkkoon", "käytä kypärää"; "et tarvitse sormusta"
            # not to "ota sormus pois", nor "et tarvitse apua jos laatikko on kevyt")
        alike = [v + r for neg, v, r in examples if neg == negative and any(
            like(x, v) or (neg and x in said_after_a_no and
                           like(x, [y for y in r if finnish.is_participle(y)]))
            for x in deeds)]  # (a participle the verb of an example's no, said so too:
        # "en lukea tilausta" as "en lukenut tilausta", set 187; not against a yes, nor
        # where the no is a need's, "ei tarvitse lukea tilausta", review248)
        if alike and (not things or any(like(x, a) for a in alike for x in rest)):
            continue  # an example says it so too
        # (one of its polarity that says none of its words says another thing: "jaloilla ei
        # tarvitse nostaa" beside "älä nosta selällä" says no to "nosta jaloilla", where
        # that thing is the example's own, not only a topic)
        pool = [] if alike or only_own else topics
        for neg, v, r in same:
            if neg == negative:
                continue
            if negative and all(named(x, [*r, *pool]) for x in things):
                return True
            if not negative and all(named(x, v + r) for x in verbs + rest):
                return True
    return False


def _no_deed(verb: str, needless: bool) -> bool:
    """A verb of need that takes a thing ("tarvita"), or "olla" of a NEEDLESS word
    ("kypärä on turha"): no deed of its own."""
    forms = finnish.base_forms(verb)
    return bool(NEED_A_THING & forms or (needless and COPULA & forms))


_AWAY = frozenset({"pois"})  # an example that takes its thing away needs none of it


def _answered_no(words: Sequence[str], accepted: Sequence[str],
                 examples: list[tuple[bool, list[str], list[str]]]) -> Sequence[str]:
    """``words`` with a join after a first "ei" that is itself an example (the question is
    answered no) where a command an example says as a yes follows: "ei, soita huoltoon"
    beside "ei" and "ei saa korjata itse, soita esimiehelle" (speech has no commas)."""
    if len(words) > 1 and words[0] in NEGATIONS and words[0] in accepted and any(
            not neg and words[1] in verbs for neg, verbs, _ in examples):
        return [words[0], "ja", *words[1:]]
    # (…or "ei saa", a whole reply of its own, before an example's command in its form:
    # "ei saa, hälytä hoitaja", not "ei saa hälyttää hoitajaa"; set 49)
    if len(words) > 2 and words[0] == "ei" and words[1] in _MAY_NOT and any(
            not neg and words[2] in verbs for neg, verbs, _ in examples):
        return [*words[:2], "ja", *words[2:]]
    return words


_MAY_NOT = frozenset({"saa", "voi", "kannata"})  # after "ei": a whole reply


@lru_cache(maxsize=sizes.STEPS)
def example_clauses(accepted: tuple[str, ...]) -> list[tuple[bool, list[str], list[str]]]:
    """The clauses of a step's examples, a yes after a no's deed of its own (made once a
    step: contradicts asks for them with every answer)."""
    return [clause for n in accepted for clause in clauses(_yes_after_a_deed(n.split()))]


@lru_cache(maxsize=sizes.STEPS)
def _examples_words(accepted: tuple[str, ...]) -> frozenset[str]:
    """The words of a step's examples and their base forms (made once a step, as
    ``example_clauses``: contradicts asks for them with every answer)."""
    return frozenset(x for n in accepted for w in n.split() for x in (w, *finnish.base_forms(w)))


def _alike(a: str, b: str) -> bool:
    """Two forms of one word, not by the numeral an adverb is also read as: "yhdessä" is no
    "yksin", though both are forms of "yksi" (as open_deeds reads them)."""
    if finnish.voikko() is None:
        return finnish.same_lemma(a, b)
    return bool(_own_bases(a) & _own_bases(b))


@lru_cache(maxsize=8192)
def _own_bases(word: str) -> frozenset[str]:
    """The word's base forms but the numeral an adverb of it is also read as."""
    return finnish.base_forms(word) - _adverbs_numeral(word)


def _adverbs_numeral(word: str) -> frozenset[str]:
    readings = finnish.analyses(word)
    if not any(a.get("CLASS") == "seikkasana" for a in readings):
        return frozenset()
    return frozenset(a["BASEFORM"] for a in readings
                     if a.get("CLASS") == "lukusana" and "BASEFORM" in a)


def _needless_at(words: Sequence[str], i: int) -> bool:
    """A word of NEEDLESS said as a predicate, a no: before an infinitive ("turha pelätä")
    or after "olla" ("on kiellettyä painaa"); not an attribute ("ota turhat korut pois")."""
    return _needless(words[i]) and (
        (i + 1 < len(words) and infinitive(words[i + 1]))
        or (i > 0 and bool(COPULA & finnish.base_forms(words[i - 1]))))


def infinitive(word: str) -> bool:
    """``word`` in one of its readings a verb's A-infinitive ("nostaa")."""
    return any(a.get("MOOD") == "A-infinitive" for a in finnish.analyses(word))


def _needless(word: str) -> bool:
    """A word of NEEDLESS ("turhaa", "kiellettyä"); its first letters first, cheaply."""
    return word[:4] in _NEEDLESS_FRONTS and bool(NEEDLESS & finnish.base_forms(word))


_NEEDLESS_FRONTS = frozenset(w[:4] for w in NEEDLESS)


def _fronted(a: str, b: str) -> bool:
    """One word a compound or form of the other Voikko does not know, that begins with it
    whole: "hätäseispainiketta", "hätäseisiä" of the topic "hätäseis"."""
    short, long = sorted((a, b), key=len)
    return len(short) >= _FRONT and long.startswith(short) and (
        finnish.is_word(long) is False or finnish.is_word(short) is False)


_FRONT = 5  # letters of a word another begins with: "hätäseis", not "kone" of "koneeseen"


def _yes_after_a_deed(words: Sequence[str]) -> Sequence[str]:
    """``words`` with a join before a command or a person's form that follows the verb a
    no is on (speech has no commas): "ei tarvitse pelätä, paina hätäseis", "tunkki ei
    riitä, tarvitset tukipukit", "sinun ei tarvitse nostaa yksin, pyydä apua" say yes to
    what follows. Not the first verb after the no ("en minä käytän kypärää", "ei kypärää
    tarvii käyttää": a slip of its form), nor a verb after a modal or a verb of need or
    will ("ei saa laita", "en halua käytä": a slip of the infinitive)."""
    out: list[str] = []
    before: str | None = None  # the last verb since the no, or a NEEDLESS predicate
    owns = False  # a word after it: its object ("et tarvitse nostolaitetta, hälytä …")
    negated = False
    for i, w in enumerate(words):
        if w in NEGATIONS or w in NEGATIVE_JOINS:
            negated, before = True, None
        elif _needless_at(words, i):  # a deed of its own, not before its infinitive
            negated, owns = True, False  # ("kypärä on turha, mene vaan"; "turha haluta …")
            before = None if i + 1 < len(words) and infinitive(words[i + 1]) else w
        elif w in MAIN_JOINS or w in SUB_JOINS:
            negated, before = False, None
        elif _a_verb(w):
            if negated and before is not None and _finite(w) and _a_deed(before, owns) and \
                    not _of_manner(w):
                out.append("ja")
                negated = False
            before, owns = w, False
        else:
            owns = owns or w not in SUBJECT_PRONOUNS
        out.append(w)
    return out if len(out) > len(words) else words


# "of this", "about it": what the answer speaks of, no thing of its own
_OF_THIS = frozenset({"tästä", "siitä", "tuosta", "näistä", "niistä", "noista"})
# whose need is another's: a third's ("hänen", "heidän"), or the listener's said formally
# ("teidän", "te ette") where the step's examples speak to them so (a customer: "… ottaa
# teihin yhteyttä"); not "sinun", "et", nor "te" where no example does (a workmate, a
# team told no telling is needed, the unsafe one: "ette tarvii hälyttää ketään",
# review253; "paina hätäseis, teidän ei tarvii kertoa kenellekään", review254)
_THIRDS_NEED = frozenset({"hänen", "heidän"})
_FORMAL_NEED = frozenset({"teidän", "te", "ette"})
_SPOKEN_TO_FORMALLY = frozenset({"teille", "teihin", "teitä", "teidät", "teidän", "te"})


def _anothers_need(words: Sequence[str], named: frozenset[str]) -> bool:
    """The need in ``words`` is another's (``_THIRDS_NEED``, ``_FORMAL_NEED``) by the three
    words before it ("ei teidän tarvitse soittaa"; not "… se oli hänen vika" after it,
    review252); ``named``: the words of the step's examples."""
    whose = _THIRDS_NEED | (_FORMAL_NEED if named & _SPOKEN_TO_FORMALLY else frozenset())
    return any(NEED & finnish.base_forms(w) and not whose.isdisjoint(words[max(0, i - 3):i])
               for i, w in enumerate(words))


def _told_by_me(words: Sequence[str], named: frozenset[str]) -> bool:
    """The learner tells or calls in ``words``, or says to, no no in the two words before
    it ("kerron esimiehelle", "hälytä hoitaja", "ilmoitetaan"; not "en mä hälytä",
    "älä sä kerro"), and now: not put off in the words after it (``report_time.later``: "mä
    soitan huomenna"; not "ensi tilassa"), nor hung on any condition ("mä kerron sit jos
    joku kysyy", "… jos se toistuu", "… ellei se oo kiireinen": report_time keeps one not
    left to chance, review277-279), nor a time of it left to chance ("kun sulla on aikaa";
    not "…, se haluaa tietää", another clause's will), nor to another than one in charge
    or one the step's examples (``named``) tell ("mä kerron Jussille", "kerro vaan mulle",
    "mä soitan huoltoon" where the report goes to the boss), nor "just" said to no one
    ("sano vaan että se oli jo rikki"; review253-254, SAFETY)."""
    for i in my_tellings(words):
        w, before = words[i], words[max(0, i - 2):i]
        after = words[i + 1:]
        end = next((k for k, x in enumerate(after) if x in MAIN_JOINS or x in NEGATIONS),
                   len(after))
        clause = after[:end]
        but = after[end + 1:]
        if not any(p in ("1", "2") for p, _ in finnish.persons(w)) and \
                "mutta" in after[end:end + 1] and ("me" not in before or (
                    not _THIS_TIME.isdisjoint(but) and _under_need(
                        but, [x for x in but if finnish.base_forms(x) & _TELLING_ITSELF]))):
            continue  # (a rule said, then set aside: "aina ilmoitetaan esimiehelle, mutta
            # tästä teidän ei tarvitse kertoa", review258; with "me" where a telling is
            # then said needless this time, not a call: "me aina ilmoitetaan …, mutta nyt
            # teidän ei tarvitse kertoa", review260; not "me (aina) ilmoitetaan …, mutta
            # teidän ei tarvitse kertoa", the customer's, review261-262)
        to = [x for x in clause if finnish.cases(x) & TO_WHOM]
        when = next((k for k, x in enumerate(clause) if x in _WHEN), None)
        if not later(clause, False) and _IF.isdisjoint(clause) and not (
                when is not None and left_to_chance(clause[when + 1:], False)) and (
                any(one_told(x, named) for x in to) if to
                else clause[:1] not in (["vaan"], ["vain"])):
            return True
    return False


def _a_report(words: Sequence[str], theirs: frozenset[str]) -> bool:
    """``words`` tell of a report: the learner's own (``_told_by_me``), or one in charge who
    tells, calls or gets in touch ("esimieheni soittaa teille"; not "mä kerron sit jos pomo
    kysyy")."""
    return _told_by_me(words, theirs) or any(
        finnish.base_forms(w) & IN_CHARGE and any(
            x == "yhteyttä" or finnish.base_forms(x) & CALLING_OR_TELLING
            for x in words[i + 1:i + 4]) for i, w in enumerate(words))  # (…or "ottaa
    # teihin yhteyttä", the step's own words, review255)


# a condition a telling is hung on ("jos se toistuu", "ellei se oo kiireinen", spoken
# "jossei"), and a time whose clause may leave it to chance ("kun sulla on aikaa")
_IF = frozenset({"jos", "ellei", "ellen", "ellet", "jollei", "jollen", "jossei", "mikäli",
                 "jahka"})
_WHEN = frozenset({"kun", "ku", "sitku", "kunhan", "kuhan"})
# what sets a rule aside for this once ("mutta nyt …", "mutta tästä …")
_THIS_TIME = frozenset({"nyt", "tästä", "tänään", "tällä", "tätä", "tämä", "tämän", "tänä"})
# a telling itself, not a call ("… mutta teidän ei tarvitse soittaa kenellekään" sets no
# rule aside)
_TELLING_ITSELF = frozenset({"kertoa", "ilmoittaa", "sanoa"})

# what a need of says no more beside one's own report: a telling, a call, anything else
# done, a worry ("ei tarvitse pelätä", "… huolestua"; the step's own deed stays unsaid,
# "sun ei tarvii tehdä hätäseis", review254: ``_after_the_need``)
_TOLD_OR_DONE = CALLING_OR_TELLING | {"tehdä", "pelätä", "huolestua", "huolehtia",
                                      "murehtia", "kiirehtiä", "hätäillä", "jännittää"}


def _needs_at(words: Sequence[str], verbs: Sequence[str]) -> list[int]:
    """Where in ``words`` a need stands right before a deed of ``verbs``."""
    return [i for i, (a, b) in enumerate(pairwise(words))
            if b in verbs and NEED & finnish.base_forms(a)]


def _under_need(words: Sequence[str], verbs: Sequence[str]) -> list[str]:
    """The deeds of ``verbs`` said right after a need, and past a going or starting to one
    ("ei tarvii mennä kertomaan", "ei sun tarvii lähtee soittaa", "ei tarvitse käydä
    kertomassa": review254)."""
    out = []
    for i in _needs_at(words, verbs):
        out.append(words[i + 1])
        if finnish.base_forms(words[i + 1]) & _ON_THE_WAY and words[i + 2:i + 3] and \
                words[i + 2] in verbs:
            out.append(words[i + 2])
    return out


# going or starting to do a deed, said before it
_ON_THE_WAY = frozenset({"mennä", "käydä", "lähteä", "ruveta", "alkaa"})


def _after_the_need(words: Sequence[str], verbs: Sequence[str]) -> list[str]:
    """The words after the first need in ``words`` whose deed is of ``verbs``, up to the
    next join: what the need is of ("hoitajaa" of "… ei tarvii hälyttää hoitajaa")."""
    at = _needs_at(words, verbs)
    if not at:
        return []
    rest = words[at[0] + 2:]
    end = next((k for k, x in enumerate(rest) if x in MAIN_JOINS), len(rest))
    return [x for x in rest[:end] if x not in _NONE_AT_ALL and x not in _OF_THIS
            and x not in FRAME_WORDS]  # (not "siitä", "sen": what is told of)


# "anything", "anyone" under a no of telling: the no made whole, no thing of its own
_NONE_AT_ALL = frozenset({"mitään", "mikään", "ketään", "kukaan", "kenellekään", "kellekään",
                          "mihinkään", "missään", "mistään"})


def _of_manner(word: str) -> bool:
    """An adverb of manner that may be a verb too ("tarkasti": tarkka, or tarkastaa's past;
    "en lukea tilausta tarkasti", set 187)."""
    return word.endswith("sti") and any(a.get("CLASS") == "laatusana"
                                        for a in finnish.analyses(word))


def _a_deed(verb: str, owns: bool) -> bool:
    """A verb a no is on that is a deed of its own, a command after it another: not a
    modal, need or will, unless a need of a thing names its thing ("et tarvitse
    nostolaitetta, hälytä hoitaja"), nor a courtesy ("ei se haittaa")."""
    forms = finnish.base_forms(verb)
    return not forms & _NO_DEED_OF_ITS_OWN or (owns and bool(forms & NEED_A_THING))


# "ei se haittaa" (haitata) is a courtesy, no deed of its own: what follows stays under it
_NO_DEED_OF_ITS_OWN = NEED | NOT_THE_DEED | CONVENIENCE | {"haitata"}
FINITE_MOODS = frozenset({"indicative", "imperative", "conditional", "potential"})


def only_finite(word: str) -> bool:
    """``word`` read only as a finite verb: a command or a person's form, no infinitive."""
    moods = {a.get("MOOD") for a in finnish.analyses(word) if a.get("CLASS") == "teonsana"}
    return bool(moods) and moods <= FINITE_MOODS


def _a_verb(word: str) -> bool:
    """A verb, whatever else it may be ("laita", "soita", "kutsu" are also nouns), but no
    pronoun ("siitä" of "älä sekoita niitä siitä tulee …" is "se")."""
    classes = finnish.word_classes(word)
    return "teonsana" in classes and "asemosana" not in classes


def _finite(word: str) -> bool:
    """``word`` read as a verb a command or a person's form: every reading, or a command
    no infinitive reading shares its verb with ("hälytä" of "hälyttää", beside the
    infinitive "hälytä"; a slip of the infinitive is the same verb)."""
    if only_finite(word):
        return True
    verbs = [a for a in finnish.analyses(word) if a.get("CLASS") == "teonsana"]
    commands = {a.get("BASEFORM") for a in verbs if a.get("MOOD") == "imperative"}
    return bool(commands) and not commands & {
        a.get("BASEFORM") for a in verbs if a.get("MOOD") not in FINITE_MOODS}


# Words that say "without" as a no does: "menen töihin ilman kypärää" says no to the helmet
WITHOUT = frozenset({"ilman", "vailla"})


def says_no(words: Sequence[str]) -> bool:
    """A no in ``words``: a negative verb, "ilman" or "vailla", or a noun in the abessive
    ("kypärättä"), which says without as "ilman" does. Not a verb's -matta ("jätän sen
    korjaamatta", "odotan koskematta johtoon"), nor "ilman muuta" on its own (of course;
    "ilman muuta suojaa" is without)."""
    return has_negation(words) or any(
        w in WITHOUT and not _of_course(words[i + 1:]) for i, w in enumerate(words)
    ) or any(case == "vajanto" and not finnish.is_verb(w)
             for w in words for case, _ in finnish.case_numbers(w))


def _of_course(after: Sequence[str]) -> bool:
    """"ilman muuta" said as "of course": nothing after "muuta" that it would be other of."""
    return bool(after) and after[0] == "muuta" and (
        len(after) == 1 or "nimisana" not in finnish.word_classes(after[1]))


def bare_yes(words: Sequence[str]) -> bool:
    """Only a yes, no or acknowledgement ("joo", "okei", "no hyvä"), with frame words."""
    return any(w in ACKNOWLEDGEMENTS for w in words) and all(
        w in ACKNOWLEDGEMENTS or w in FRAME_WORDS or w in SUBJECT_PRONOUNS for w in words)


@lru_cache(maxsize=sizes.STEPS)
def polar_verbs(accepted: tuple[tuple[str, str], ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The base forms of the verbs the step's accepted answers say: in its yes answers,
    in its no answers."""
    sides: tuple[set[str], set[str]] = (set(), set())
    polarities = {shape_of(n).negative for _, n in accepted}
    if len(polarities) < 2:  # one polarity: no verb is said only with the other
        return frozenset(), frozenset()
    for _, n in accepted:
        words = n.split()
        side = sides[1 if has_negation(words) else 0]
        for w in words:
            if w not in NEGATIONS and finnish.is_verb(w):
                side.update(finnish.base_forms(w))
    return frozenset(sides[0]), frozenset(sides[1])


_TIMES = WHEN_WORDS | {"kerta", "aika", "hetki"}  # "toista kertaa": no other thing


def of_another_thing(words: Sequence[str], i: int) -> bool:
    """The verb at ``i`` is said of another thing than the step's: "käytän toista lavaa",
    "käytän ehjää liinaa" (a word of ``ANOTHER_THING`` right after it, before a noun) —
    no yes to what the answers say no to of theirs ("en käytä sitä"); not a time ("käytän
    toista kertaa", "toista päivää"). Said alone, its noun left out as speech leaves it
    ("ilmoitan esimiehelle ja käytän toista", judge47): in an object's case, no noun after
    it ("käytän oikein" uses it right)."""
    if i + 1 >= len(words) or not finnish.base_forms(words[i + 1]) & ANOTHER_THING:
        return False
    if i + 2 < len(words) and "nimisana" in finnish.word_classes(words[i + 2]):
        return not finnish.base_forms(words[i + 2]) & _TIMES
    return any(case in _ITS_OBJECT for case, _ in finnish.case_numbers(words[i + 1]))


_ITS_OBJECT = frozenset({"osanto", "omanto"})  # "käytän toista", "otan toisen"


def verb_of_the_other_polarity(c: Case) -> str | None:
    """A verb the step says only with the other polarity: "saan käynnistää" where "en saa
    käynnistää" and "käynnistää" (what is not allowed) are accepted (set 6); "en kerro
    hoitajalle" where "kerron hoitajalle" and "en voi antaa lääkettä, kerron hoitajalle"
    are (that no is on another verb)."""
    yes, no = polar_verbs(tuple(c.accepted))
    if not yes or not no:
        return None
    if c.negative:  # "ei, siitä puuttuu": a no, then what is wrong — only a verb it is on
        return _yes_verb_denied(c, yes)
    other, own = no, yes
    for i, w in enumerate(c.words):
        if w in NEGATIONS or of_another_thing(c.words, i):
            continue
        forms = finnish.base_forms(w)
        if forms & other and not forms & own and finnish.is_verb(w):
            return w
    return None


def the_opposite_denied(c: Case) -> list[str] | None:
    """The answer with its "ei ole" + a word said as a yes answer's "on" + that word's
    opposite (the lexicon's ``opposites``), where the answer says no other no: "porakone ei
    ole kunnossa" read as "porakone on rikki" beside that answer (a no of the opposite says
    the same; review65: was wrong, negation). None elsewhere, and in a repeat step (its
    words are practised)."""
    words = c.words
    nos = [i for i, w in enumerate(words) if w in NEGATIONS]
    # the no of a thing ("ei", "eivät": not "en ole rikki"), not of all ("kaikki ei ole
    # rikki": not all is broken), and at most a telling after it and no deed before it: any
    # other deed is read as said, not through this (review67: "tämä osa ei ole kunnossa,
    # asennan sen"; review70: "asennan ne, rengas ei ole kunnossa")
    if c.repeat or len(nos) != 1 or nos[0] + 3 > len(words) or \
            words[nos[0]] not in ("ei", "eivät") or "kaikki" in words[:nos[0]] or \
            not finnish.same_lemma(words[nos[0] + 1], "olla") or \
            not _only_telling(words[nos[0] + 3:]) or \
            any(_a_deed_said(w) for w in _after_last_join(words[:nos[0]])):
        return None
    at = nos[0]
    said = finnish.base_forms(words[at + 2])
    pairs = [pair for pair in lexicon.get().opposites if len(pair & said) == 1]
    for _, n in c.accepted:
        yes = n.split()
        if has_negation(yes):
            continue
        for j in range(1, len(yes)):
            if finnish.same_lemma(yes[j - 1], "olla") and any(
                    (pair - said) & finnish.base_forms(yes[j]) for pair in pairs):
                return [*words[:at], yes[j - 1], yes[j], *words[at + 3:]]
    return None


def _a_deed_said(word: str) -> bool:
    """A deed of I or we, to do ("asennan", "ajetaan"): not telling, stopping, nor a past
    check ("mittasin")."""
    return finnish.only_a_verb(word) and finnish.of_i_or_we(word) and \
        not finnish.base_forms(word) & TELLING_OR_STOPPING and \
        not any(a.get("TENSE") == "past_imperfective" for a in finnish.analyses(word))


def _after_last_join(words: Sequence[str]) -> Sequence[str]:
    """``words`` after their last joining word ("ilmoitan esimiehelle, koska | se")."""
    at = max((i for i, w in enumerate(words) if w in SUB_JOINS or w in MAIN_JOINS),
             default=-1)
    return words[at + 1:]


def _only_telling(words: Sequence[str]) -> bool:
    """No verb in a person among ``words`` but one of telling, calling or stopping, now:
    nothing said for later, no clause of its own, no telling stopped ("maitokaappi ei ole
    kunnossa, ilmoitan esimiehelle", "…, pysäytän sen ja ilmoitan"; review68: was wrong;
    not "…, ilmoitan huomenna", "…, ilmoitan, että jatkan työtä", "…, lopetan
    ilmoittamisen": review69)."""
    if not LATER.isdisjoint(words) or not SUB_JOINS.isdisjoint(words):
        return False
    # (an action noun is what a stopping verb stops: "lopetan ilmoittamisen")
    return all(not finnish.persons(w) or finnish.base_forms(w) <= TELLING_OR_STOPPING
               for w in words) and \
        not any(re.search(r"mi(nen|se|st)", w) for w in words)


def _yes_verb_denied(c: Case, yes: frozenset[str]) -> str | None:
    """A verb right after the answer's negative verb that the step's yes answers say and
    none of its accepted answers says under a no ("kerron" of "en voi antaa lääkettä,
    kerron hoitajalle" says yes). Only a word that is nothing but a verb: "siitä" and
    "pakasta" are also a pronoun and a noun."""
    denied = {b for _, n in c.accepted for w, negated in _under_no(n.split()) if negated
              for b in finnish.base_forms(w)}
    for before, w in zip(c.words, c.words[1:], strict=False):
        # the form a negative verb takes ("kerro"), not a yes after a bare "ei" ("ei, haen")
        if before in NEGATIONS and finnish.only_a_verb(w) \
                and not finite_yes(w):
            forms = finnish.base_forms(w)
            if forms & yes and not forms & denied:
                return w
    return None


_PERSONS_SAID = frozenset(PRONOUN_PERSONS)  # (the subject pronouns, spoken mä/sä too)


def no_on(words: Sequence[str]) -> list[bool]:
    """For each word, whether a no is on it: from a negative verb to the end of its clause —
    a join, or a verb form no negative verb takes, which starts a clause that says yes ("en
    voi antaa lääkettä, kerron hoitajalle": "kerron" says yes). A negative verb is on."""
    out: list[bool] = []
    negated = False
    verb_said = False  # (a verb under the no: "vaan" after it says what is done instead)
    subject = ""  # (the no's own subject, said again after its verb begins a clause)
    for i, w in enumerate(words):
        if w in NEGATIONS or w in NEGATIVE_JOINS:
            negated, verb_said = True, False
            subject = words[i - 1] if i and words[i - 1] in _PERSONS_SAID else ""
        elif w in MAIN_JOINS or w in SUB_JOINS or (
                negated and verb_said and (w == "vaan" or w == subject)):
            negated = False  # ("ei korjaa itse vaan jatkaa työtä", "hän ei korjaa sitä
            # itse, hän käynnistää sen"; not "ei vaan toimi", "…, hän voi korjata sen" of
            # another than the no's subject)
        elif negated and words[i - 1] not in NEGATIONS and finite_yes(w):
            negated = False  # not "ei imee", a slip for "ei ime"
        elif negated and finnish.is_verb(w):
            verb_said = True
        out.append(negated)
    return out


def _under_no(words: Sequence[str]) -> list[tuple[str, bool]]:
    """Each word but the negative verbs, and whether a no is on it (``no_on``)."""
    return [(w, on) for w, on in zip(words, no_on(words), strict=True)
            if w not in NEGATIONS and w not in NEGATIVE_JOINS]


def speaks_of_same(words: Sequence[str], accepted: Sequence[tuple[str, str]]) -> bool:
    """The answer speaks of what an accepted answer speaks of: a word of the same lemma,
    beside the negative verb and the words that frame any answer."""
    own = [w for w in words if w not in NEGATIONS and w not in FRAME_WORDS
           and w not in SUBJECT_PRONOUNS]
    return any(w == a or finnish.same_lemma(w, a) for w in own for _, n in accepted
               for a in n.split() if a not in NEGATIONS and a not in FRAME_WORDS
               and a not in SUBJECT_PRONOUNS)


# The endings of a past participle: the active one's -nut/-nyt ("loukkaantunut"), -lut,
# -rut, -sut where its stem's consonant makes it so ("kuullut", "purrut", "noussut"), and
# the passive's plural -tut/-tyt ("suljetut"). What is left is the stem the past says too
# ("loukkaantui", "suljettiin"), where Voikko reads the two as other base forms.
_PARTICIPLE = re.compile(r"(?:[nlrst][uy]t)$")


@lru_cache(maxsize=1024)
def denied_verbs(accepted: tuple[tuple[str, str], ...]
                 ) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """What the step's accepted answers say only right after a no ("ei loukkaantunut",
    "eikä auto käynnistynyt"), where some accepted answer says yes: by base form, and by
    the stem of a participle among them, each with the base forms of the other words said
    with it (what the no is about: "kahvi" of "en juo kahvia"; none: anything)."""
    if all(has_negation(n.split()) for _, n in accepted):
        return {}, {}  # every answer says no: the rule "opposite" judges a yes
    scopes: list[list[str]] = []  # from a no to the end of its clause
    affirmed: set[str] = set()
    for _, n in accepted:
        scope: list[str] | None = None
        for w in n.split():
            if w in NEGATIONS or w in NEGATIVE_JOINS:
                scope = []
                scopes.append(scope)
            elif w in MAIN_JOINS or w in SUB_JOINS or w in QUESTION_WORDS:
                scope = None  # (a question after the no is none of it: "en löydä ruuveja,
                # missä ne ovat", set 120)
            elif scope is not None:
                scope.append(w)
            else:
                affirmed.update(finnish.base_forms(w))
    by_form: dict[str, set[str] | None] = {}
    by_stem: dict[str, set[str] | None] = {}
    for scope in scopes:
        # "en voi tulla", "en korjaa sitä": the no is of "tulla", "korjata" (a verb of its
        # own beside the modal or pronoun, said only so); "ei ole" alone is the no of
        # "olla", "en saa käynnistää" of "saada" where "käynnistää" is an answer too
        deeds = [w for w in scope if finnish.is_verb(w) and not _not_the_deed(w)
                 and not finnish.base_forms(w) <= affirmed]
        for w in deeds or scope:
            others = {b for x in scope if x != w and x not in FRAME_WORDS
                      and "nimisana" in finnish.word_classes(x) for b in finnish.base_forms(x)}
            keys = [(by_form, b) for b in finnish.base_forms(w) if b not in affirmed]
            if keys and _PARTICIPLE.search(w) and len(w) > 6:
                keys.append((by_stem, _PARTICIPLE.sub("", w)))
            for table, key in keys:
                had = table.get(key, others)
                # said once with nothing else, the no is of the verb itself
                table[key] = None if had is None or not others else had | others
    return ({k: frozenset(v or ()) for k, v in by_form.items()},
            {k: frozenset(v or ()) for k, v in by_stem.items()})


def _not_the_deed(word: str) -> bool:
    """A pronoun, modal or auxiliary a no says beside its deed (NOT_THE_DEED), in any of
    its readings ("siitä" is also a verb's form: it is the pronoun here)."""
    return not NOT_THE_DEED.isdisjoint(finnish.base_forms(word))


def _but_spoken(words: Sequence[str]) -> Sequence[str]:
    """``words`` with spoken "mut" read as "mutta" where no verb before it takes it as
    "minut" ("me ilmoitetaan yleensä esimiehelle mut tästä …", review260; not "se vei mut
    kotiin")."""
    if "mut" not in words:
        return words
    return [("mutta" if w == "mut" and (i == 0 or not finnish.is_verb(words[i - 1])) else w)
            for i, w in enumerate(words)]


def affirms_denied(c: Case) -> tuple[str, bool] | None:
    """A verb the trainer's answers say only with a no, said with a yes beside the rest of
    an answer: "asukas kaatui yöllä ja loukkaantui" where "asukas kaatui mutta ei
    loukkaantunut" is accepted, "akku oli tyhjä siksi auto käynnistyi" (set 8); and whether
    a no on its own came before it ("ei, yksi loukkaantui"). Where the no is about a thing,
    only with that thing: "juon vettä" is no "juon kahvia" beside "en juo kahvia"."""
    by_form, by_stem = denied_verbs(tuple(c.accepted))
    if not by_form:
        return None
    said = {b for w in c.words for b in finnish.base_forms(w)}
    negated = turned = took = when = chain = False
    commas = commas_at(c)
    for i, w in enumerate(c.words):
        if i in commas:
            chain = False  # (a time's clause ends at its comma)
        if w in NEGATIONS or w in NEGATIVE_JOINS:
            negated, took = True, False
        elif w in MAIN_JOINS or w in SUB_JOINS or w in QUESTION_WORDS:
            negated, when, chain = False, w in _WHEN_OR_IF, False  # (the verb of a time
            # or a condition yet to come is no deed done: "kysyn keittiöstä ennen kuin
            # tarjoilen", set 208; not one past, "kun hän kaatui hän loukkaantui",
            # review259)
        elif negated and c.words[i - 1] not in NEGATIONS and finite_yes(w):
            # "ei, yksi loukkaantui": a no on its own, then a clause that says yes (not
            # "ei imee", the slip of a learner who meant "ei ime")
            negated, turned = False, True
        elif negated and took and _only_finite(w) and \
                re.search(rf"[,.;]\s*{re.escape(w)}\b", c.written.casefold()):
            negated = False  # the no had its verb, a clause starts: "ei ole kaidetta,
            # mene telineelle"
        took = took or (negated and bool(finnish.persons(w)))
        if chain and finnish.is_verb(w):
            if not _only_finite(w):
                continue  # (its verb's infinitive: "ennen kuin voin tarjoilla sen", review260)
            chain = False  # (a verb in a person: the main clause after it is read)
        if when and finnish.is_verb(w):
            when = False  # (only its own verb and what hangs on it)
            if not finnish.only_past(w):
                chain = True  # (yet to come: "voin" is past only beside its present)
                continue
        if negated or not finnish.is_verb(w) or of_another_thing(c.words, i):
            continue
        found = [by_form[b] for b in finnish.base_forms(w) if b in by_form] + \
            [things for stem, things in by_stem.items() if w.startswith(stem)]
        if any(not things or things & said for things in found):
            return w, turned
    return None


# joins of a time or a condition: what follows is no deed said done
_WHEN_OR_IF = frozenset({"kun", "jos", "kuin", "kunnes"})  # (not a purpose, "jotta voin
# pitää hanskat", nor "vaikka": review79)


def _only_finite(word: str) -> bool:
    """A verb in a person and nothing else: no infinitive ("käyttää" of "en saa käyttää"
    is one too)."""
    found = [a for a in finnish.analyses(word) if a.get("CLASS") == "teonsana"]
    return bool(found) and all(a.get("PERSON") for a in found)


def finite_yes(word: str) -> bool:
    """A verb form no negative verb takes: a past or a present of a person ("loukkaantui",
    "loukkaantuu"), not the form after "ei" ("loukkaannu", "toimi")."""
    found = [a for a in finnish.analyses(word) if a.get("CLASS") == "teonsana"]
    return bool(found) and all(a.get("NEGATIVE") == "false" for a in found)


def idle_nos(words: Sequence[str], written: str = "") -> frozenset[int]:
    """The places of the nos in ``words`` that govern nothing after them (issue 12,
    judge45fix, safety): a comma written right after the no ("ei, tunkki riittää", "en,
    korjaan sen itse": a no said apart, then a yes). Not a no before a finite verb without
    that comma ("en korjaan sen itse", "ei viilaan reunat"): at A1–A2 that is "en korjaa"
    said with a slip of its form, the learner's no (the lead's call, stop 38), nor a no
    last."""
    text = written.casefold()
    if not text:
        return frozenset()
    out = set()
    for i, w in enumerate(words[:-1]):
        if (w in NEGATIONS or w in PROHIBITIVE_AND) and re.search(
                rf"(?<!\w){re.escape(w)}\s*,\s*{re.escape(words[i + 1])}(?!\w)", text):
            out.add(i)
    return frozenset(out)


def nos_idled(words: Sequence[str], idle: frozenset[int]) -> list[str]:
    """``words`` with the nos at ``idle`` read as a clause's end ("ja"): what follows says yes."""
    return ["ja" if i in idle else w for i, w in enumerate(words)]


def taken_back(c: Case, beside: Sequence[str], answer: Sequence[str]) -> str | None:
    """The verdict where what the learner says beside an accepted answer that does a thing
    (``answer``; for a word of how often or how badly or a condition, also a verbless one
    another accepted answer says with a verb other than "olla": "suojalasit päähän harvoin"
    beside "laitan suojalasit") takes it back: "wrong" for
    a word that says it is not done or not done right ("käytän suojalaseja harvoin",
    "harvemmin", "kiinnitän valjaat väärin"), "almost" for one that leaves it in doubt
    ("ilmoitan esimiehelle ehkä", "silloin tällöin"), a condition of convenience ("jos
    muistan") or an adverb or "kun" clause of the time opposite to the step's ("myöhemmin",
    "kun olen sisällä" where they say "heti", "ennen kuin menen sisään"). A verb the step's
    answers say is part of the answer ("käytän" beside "suojalaseja ja kuulosuojaimia").
    None where the words beside it are a clause of their own ("…, tulen myöhemmin", "tai
    vähemmän"), the answer does nothing ("ehkä huomenna", "ruuvit on loppu": a time, a
    state, as trainers take them), or an accepted answer says the word too."""
    said = {w for _, n in c.accepted for w in shape_of(n).words}
    step_verbs = verbs_of_doing(tuple(c.accepted))
    beside, doubt = _without_doubt_phrase(beside, said)  # "luulen että …": a doubt
    own = [w for w in beside if w not in said]
    if not own and not doubt:
        return None
    condition = _condition(beside)
    if condition is not None:
        back = _condition_taken_back(c, *condition)
        return back if back is not None and _does_a_thing(c, answer, step_verbs) else None
    verbs = [w for w in beside if finnish.is_verb(w)]
    if any(w in _CLAUSE_JOINS for w in beside) or \
            any(not finnish.base_forms(w) & step_verbs for w in verbs) or \
            not _does_a_thing(c, [*answer, *verbs], step_verbs):
        return None
    own = [w for w in own if w not in verbs]
    if not TAKEN_BACK.isdisjoint(own):
        return "wrong"
    if any(w in SOMETIMES and w in own and c.words[i - 1:i] not in (["ja"], ["sekä"])
           for i, w in enumerate(c.words)) or any(  # "… ennen työtä ja välillä": a time more
            all(w in own for w in phrase) for phrase in SOMETIMES_PHRASES):
        return "almost"
    if not _does_a_thing(c, [*answer, *verbs], frozenset()):
        return None  # a doubt or a time beside a verbless answer: "ehkä huomenna"
    sure = {w for i, w in enumerate(c.words) if sure_kai(c.words, i)}  # "no kai ilmoitan"
    if (doubt or any(w in HEDGES and w not in sure for w in own)) and not (
            DOUBTS.issuperset(w for w in own if w not in sure)
            and an_estimate_said(c.words, tuple(c.accepted))):
        return "almost"  # (a doubt of an estimate is honest: "varmaan se kestää tunnin")
    theirs = {b for w in said for b in finnish.base_forms(w)}
    for w in own:
        if "seikkasana" in finnish.word_classes(w) and any(
                pair & finnish.base_forms(w) and (pair - finnish.base_forms(w)) & theirs
                for pair in OPPOSITES):
            return "almost"
    return None




def _without_doubt_phrase(beside: Sequence[str], said: set[str]) -> tuple[Sequence[str], bool]:
    """``beside`` without a phrase of doubt the step's answers do not say ("luulen että"),
    and whether there was one."""
    for phrase in DOUBT_PHRASES:
        n = len(phrase)
        for i in range(len(beside) - n + 1):
            if tuple(beside[i:i + n]) == phrase and not said.issuperset(phrase):
                return [*beside[:i], *beside[i + n:]], True
    return beside, False


@lru_cache(maxsize=sizes.STEPS)
def verbs_of_doing(accepted: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """The base forms of the verbs other than "olla" the step's accepted answers say, nor
    a modal or auxiliary before its verb (NOT_THE_DEED): "voin huonosti" beside "olen
    sairas" is a clause of its own where "en voi tulla" is accepted, no "voida" of the
    answer's ("pidän kypärää" is a deed)."""
    return frozenset(b for _, n in accepted for w, after in pairwise([*n.split(), ""])
                     if finnish.is_verb(w) and not (_not_the_deed(w) and finnish.is_verb(after))
                     for b in finnish.base_forms(w) - COPULA)


def bare_no_on_its_verb(beside: Sequence[str], answer: Sequence[str]) -> bool:
    """Beside an answer, only a no on its own verb, which takes it back: "käytän
    suojalaseja en käytä". Not "olla" ("seinä on valmis ja en ole valmis": a foreseen
    mistake's other form, judged as it), nor the answer's own no said again ("olen sairas
    en pääse töihin en pääse": a repeat)."""
    if NEGATIONS.isdisjoint(beside) or set(pairwise(beside)) <= set(pairwise(answer)):
        return False
    return all(w in NEGATIONS or finnish.only_a_verb(w) for w in beside) and \
        bool(_verbs_of([w for w in beside if w not in NEGATIONS]) & _verbs_of(answer) - COPULA)


def _verbs_of(words: Sequence[str]) -> set[str]:
    return {b for w in words if finnish.is_verb(w) for b in finnish.base_forms(w)}


def _does_a_thing(c: Case, answer: Sequence[str], step_verbs: frozenset[str]) -> bool:
    """The answer does a thing: a verb other than "olla", or, verbless, what an accepted
    answer with such a verb speaks of ("suojalasit päähän" beside "laitan suojalasit")."""
    if any(finnish.is_verb(w) and "olla" not in finnish.base_forms(w) for w in answer):
        return True
    if not step_verbs or any(finnish.is_verb(w) for w in answer):
        return False  # a state: "ruuvit on loppu"
    things = {b for w in answer if w not in FRAME_WORDS for b in finnish.base_forms(w) | {w}}
    return any(
        things & {b for w in shape_of(n).words for b in finnish.base_forms(w) | {w}}
        and any(finnish.base_forms(w) & step_verbs for w in shape_of(n).words)
        for _, n in c.accepted)


_CONDITION_JOINS = frozenset({"jos", "kun"})


def _condition(beside: Sequence[str]) -> tuple[str, list[str]] | None:
    """A "jos" or "kun" clause among the words beside an answer: its join and its words."""
    for i, w in enumerate(beside):
        if w in _CONDITION_JOINS and beside[i - 1:i] != ["ennen"]:  # "ennen kun" is "kuin"
            rest = list(beside[i + 1:])
            end = next((k for k, x in enumerate(rest) if x in _CLAUSE_JOINS), len(rest))
            return w, rest[:end]
    return None


def _condition_taken_back(c: Case, join: str, words: list[str]) -> str | None:
    """"almost" for a condition of convenience ("jos muistan", "kun ehdin", "jos on
    aikaa") or a "kun" clause of what the step's answers say comes after ("kun olen
    sisällä" where they say "ennen kuin menen sisään"); None for a "kun" that says when
    as the step asks ("ota hanskat pois kun poraat")."""
    bases = [finnish.base_forms(w) for w in words]
    if NEGATIONS.isdisjoint(words) and ("aikaa" in words or any(  # ("on" is a frame word)
            b & CONVENIENCE and ("1", "singular") in finnish.persons(w)
            for w, b in zip(words, bases, strict=True))):
        return "almost"
    if join == "kun":
        before = before_clauses(tuple(c.accepted))
        shared = [(w, b - COPULA & before) for w, b in zip(words, bases, strict=True)]
        # the place or thing said with "olla", or a perfect: after it ("kun olen sisällä",
        # "kun olen mennyt sisään"); its own verb said in a person is the moment it is done
        # ("laitan kuulonsuojaimet kun menen sisään")
        if any(m for _, m in shared) and not any(
                a.get("PERSON") and a.get("BASEFORM") in m
                for w, m in shared for a in finnish.analyses(w)):
            return "almost"
    return None


@lru_cache(maxsize=1024)
def before_clauses(accepted: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """The base forms of the words of the accepted answers' "ennen kuin" clauses ("menen
    sisään" of "… ennen kuin menen sisään"), frame words aside."""
    out: set[str] = set()
    for _, n in accepted:
        words = n.split()
        for i, w in enumerate(words):
            if w == "ennen" and words[i + 1:i + 2] in (["kuin"], ["kun"]):
                for x in words[i + 2:]:
                    if x in MAIN_JOINS:
                        break
                    if x not in FRAME_WORDS:
                        out.update(finnish.base_forms(x) - COPULA)
    return frozenset(out)


_CLAUSE_JOINS = MAIN_JOINS | SUB_JOINS | NEGATIVE_JOINS


# where a clause said ends: its next word begins another (a join, a no, a command's no)
_CLAUSE_ENDS = MAIN_JOINS | SUB_JOINS | NEGATIVE_JOINS | NEGATIONS | PROHIBITIVE | \
    frozenset({"sitten", "siksi", "joten", "eli", "vaan"})


# …and where one begins after these: a join, or a yes said first ("joo, hylly on kunnossa");
# not after another word of its clause ("huomenna minulla on aikaa": another time)
_CLAUSE_STARTS = (MAIN_JOINS | SUB_JOINS | frozenset({"sitten", "siksi", "joten", "eli",
                                                      "vaan", "kyllä", "no", "niin",
                                                      "okei", "selvä"})) - EVERY_NO


def no_left_out(c: Case) -> tuple[str, str] | None:
    """An accepted answer's clause that says no ("hylly ei ole kunnossa", "nosturin
    lukitus ei toimi") said whole as a clause of its own with a yes, its words else the
    same, in any order, the verb in another form of it ("hylly on kunnossa", also beside a
    warning: "…, älä mene sinne"; "lukitus toimii"): the opposite of the report, not a
    start of it (issue 12, judge47: it was almost, missing_words, or a slip of "toimi").
    Not another report (three words or more: "sopii, ei" may ask and answer), nor a no
    said on its own before a yes ("ei, huomasin ajoissa"). Its verb is a form no negative
    verb takes (``finite_yes``), its clause beginning and ending with it (not "ei hylly on
    …", "huomenna minulla on aikaa", "kone toimii huonosti"); not where an accepted answer
    says that yes itself. The clause as said and the accepted answer (as written), or
    None."""
    words = c.words
    if c.repeat or c.options or all(NEGATIONS.isdisjoint(n.split()) for _, n in c.accepted):
        return None
    ends = commas_at(c)
    yeses = [n.split() for _, n in c.accepted if not has_negation(n.split())]
    for original, n in c.accepted:
        parts = n.split()
        for clause in main_clauses(parts):
            at = next((k for k, w in enumerate(clause[:-1]) if w in NEGATIONS), None)
            if at is None or len(clause) < 3 or not finnish.is_verb(clause[at + 1]) or \
                    finite_yes(clause[at + 1]):
                continue  # (a verb alone, "ei sovi": "sopii, ei" may ask and answer; a no
                # on its own before a yes: "ei, huomasin ajoissa")
            yes = [*clause[:at], *clause[at + 1:]]
            if (said := _said_with_a_yes(words, yes, at, ends=ends)) is not None and not any(
                    _said_with_a_yes(y, yes, at, any_form=True) for y in yeses):
                return " ".join(said), original
    return None


def _said_with_a_yes(words: Sequence[str], yes: list[str], verb: int,
                     any_form: bool = False, ends: frozenset[int] = frozenset()
                     ) -> list[str] | None:
    """A run of ``words`` that is a clause of its own saying ``yes`` (a clause with its no
    left out; its verb at ``verb``) with the verb in a yes form of it, the other words as
    they are, in any order; with ``any_form``, anywhere and the verb in any form."""
    n = len(yes)
    for i in range(len(words) - n + 1):
        run = list(words[i:i + n])
        if not any_form and (
                (i and i not in ends and words[i - 1] not in _CLAUSE_STARTS) or
                (i + n < len(words) and words[i + n] not in _CLAUSE_ENDS
                 and i + n not in ends)):
            continue  # (not "ei hylly on kunnossa", "kone toimii huonosti")
        left = list(run)
        for k, y in enumerate(yes):
            match = next((x for x in left if x == y or (k == verb and finnish.base_forms(x)
                                                        & finnish.base_forms(y))), None)
            if match is None or (k == verb and not any_form and not finite_yes(match)):
                break
            left.remove(match)
        else:
            return run
    return None


# A purpose or warning said with a no ("varo, ettei asukas kaadu"), and its yes ("että")
_NO_PURPOSE = {"ettei": "että", "etten": "että", "ettet": "että", "jottei": "jotta",
               "jotten": "jotta", "jottet": "jotta"}
_YES_PURPOSE = frozenset(_NO_PURPOSE.values())


def purpose_turned(words: Sequence[str], accepted: Sequence[tuple[str, str]]
                   ) -> tuple[str, str] | None:
    """The no of a clause of purpose said as its yes: "varo, että asukas kaatuu" where
    every accepted answer says "ettei asukas kaadu" (or "että … ei"): what must not happen
    said as what must (set 40: both trainers wrong; it was almost, "että" a try at
    "ettei"). Only where every accepted answer says such a clause, the answer says a yes
    of one ("että", "jotta") and then, in that clause, the clause's verb in a form of its
    own with no no and no word that asks for one ("että kukaan kaatuu" means no one:
    ``no_dropped``). (the model's words, the answer's) or None."""
    verbs = set()
    for _, n in accepted:
        theirs = n.split()
        at = next((i for i, w in enumerate(theirs) if w in _NO_PURPOSE or (
            w in _YES_PURPOSE and "ei" in _clause_from(theirs, i + 1))), None)
        if at is None:
            return None  # (an answer without one: the step takes another shape too)
        verb = next((w for w in _clause_from(theirs, at + 1)
                     if w != "ei" and finnish.is_verb(w)), None)
        if verb is None:
            return None
        verbs.add((_NO_PURPOSE.get(theirs[at], theirs[at]), verb))
    for i, w in enumerate(words):
        if w not in _YES_PURPOSE:
            continue
        clause = list(_clause_from(words, i + 1))
        if NEGATIONS.intersection(clause) or NEEDS_A_NO.intersection(clause):
            continue
        for yes, verb in verbs:
            own = next((x for x in clause if x != verb and finnish.persons(x) and
                        finnish.same_lemma(x, verb)), None)
            if own is not None:
                return f"{yes} ei … {verb}", f"{w} … {own}"
    return None


def _clause_from(words: Sequence[str], start: int) -> Sequence[str]:
    """The words from ``start`` to the next join of clauses."""
    end = next((k for k in range(start, len(words))
                if words[k] in MAIN_JOINS or words[k] in SUB_JOINS), len(words))
    return words[start:end]

