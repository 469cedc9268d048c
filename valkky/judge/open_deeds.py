"""A step's wrong deed said positively inside an open answer (issue 12, safety): "ei se mitään,
voit mennä auton alle", "ei se haittaa, käytä samaa lautaa". An open question takes any
answer in Finnish words, so a foreseen mistake said with a courtesy before it (the step's
own mistake, or "ei se haittaa", left as said) passed as right: "ei" made the whole answer a
no, and the topic "älä" matched it by its lemma.

The deeds are the step's foreseen mistakes (and the lexicon's unsafe deeds, ``unsafe_more``).
The answer, a courtesy said apart at its start or end left out (``courtesy.courtesy_apart``,
"ei se haittaa" read as "ei haittaa"), is read in its main clauses with the polarity code
(``polarity.clauses``: what follows kun, jos, että… is a condition or a report, no deed said;
one said first ends at the main clause's own verb, ``_clauses``). A no, or a word Voikko reads
as one ("äläkä", "ettet"), negates the verb it stands before (with a modal, its infinitive: "et
saa koskaan mennä"), not the next: "älä ole huolissasi, käytä suojalaseja" says "käytä
suojalaseja". A clause says a mistake where it says every word of one of its clauses (by base
form; a word with an adverb's reading by that, "yhdessä" no "yksin"; none said as left out,
"ilman jarruja", unless the mistake says so), no place a thing is kept in or put away to that
the mistake does not say ("pidä hanskat taskussa", "hanskat pois"), says no as it does, asks
nothing, reports no one's words or thoughts, and says its verb positively: as a command, by
"I", "you" or "we", as the mistake itself says it, or after a modal said now ("voit mennä",
"saa olla"; a bare infinitive, "kielletty mennä", says none); its words nearer that verb than
any other (speech has no commas: "ota hanskat pois voit laittaa ne käteen" says no "laita
hanskat käteen"), a compound for its head ("leikkuulautaa" for "lautaa"). Not where a topic of
the step qualifies the deed in its clause (said of its verb, not another's), a condition or a
clause before ("nosta hänet nostolaitteella", "tukipukit ensin ja sitten voit mennä auton
alle"; not a topic a state or a no is said of, an excuse: "hoitaja on kiireinen, nosta hänet
yksin"), nor one said for later ("vasta kun", "vasta" said of its verb: not "nostan yksin,
vasta sitten soitan"), nor one a condition of the work goes with, before or after ("laita
hanskat käteen kun pora on pysähtynyt", "kun pora ei pyöri …": the answer keeps its verdict;
not an excuse, haste, ``EXCUSES``, or a no or a lack of the step's own things naming no safe
measure of it: "… jos hoitaja ei tule" is the deed, ``_an_excuse``). A mistake that does
nothing (a state, praise: "auto on valmis", "sinulla on hyvät hanskat") is that mistake only
where it is all the answer says, or a time it names told more exactly ("huomenna aamulla");
a deed is also beside other words. A mistake an example
says as positively is the step's own answer, no deed. The answer is then that mistake (its
verdict: wrong, or the entry's own); a wrong stays wrong and nothing turns right."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import takewhile
from typing import NamedTuple

from valkky.judge import finnish, sizes
from valkky.judge.case import Case, Judgement, comma_cuts, normalised
from valkky.judge.courtesy import courtesy_apart
from valkky.judge.forms_allowed import an_adverb
from valkky.judge.number_words import is_number
from valkky.judge.polarity import (
    MAIN_JOINS,
    NEGATIVE_JOINS,
    SUB_JOINS,
    WITHOUT,
    clauses,
    idle_nos,
    infinitive,
    no_on,
    nos_idled,
    only_finite,
)
from valkky.judge.receiver import a_person, allative
from valkky.judge.unsafe_more import UNSAFE_DEEDS, unsafe_beside, unsafe_deed
from valkky.judge.wordsets import (
    ACKNOWLEDGEMENTS,
    ANOTHER_THING,
    CARRY_ON,
    COPULA,
    FRAME_WORDS,
    GENITIVE_PRONOUNS,
    LESSON_LEARNED,
    NEGATIONS,
    NOT_THE_DEED,
    ON_ONES_OWN,
    SUBJECT_PRONOUNS,
    WHEN_WORDS,
    WITH_OTHERS,
)

# modals a permission or a must is said with ("voit mennä", "saa olla", "pitää tehdä")
_MODALS = frozenset({"voida", "saada", "pitää", "täytyä", "kannattaa", "tarvita"})
# verbs that tell what someone said, thought or saw: the words after them are a report (not
# "kysyä": "korjaa se itse kysymättä" says the deed; a question asks by its -ko)
_REPORTING = frozenset({"sanoa", "luulla", "väittää", "ajatella", "uskoa", "nähdä", "kuulla",
                        "huomata"})
_QUESTION_WORDS = frozenset({"mitä", "miksi", "miten", "milloin", "missä", "mikä", "kuka",
                             "saako", "voiko", "pitääkö", "entä", "eikö"})
_Form = tuple[str | None, str | None, str | None]  # a verb's person, mood and tense


class _Clause(NamedTuple):
    """A main clause of a mistake: whether it says no, its words to say (each as its base
    forms and itself), the base forms of its deed's verb (none: no verb of doing), the forms
    its verbs take, and whether it says only a state (no deed, no modal, no no)."""

    negative: bool
    words: tuple[frozenset[str], ...]
    deed: frozenset[str]
    forms: frozenset[_Form]
    state: bool


def _word_bases(word: str) -> frozenset[str]:
    """``word``'s base forms; a word with an adverb's reading by that reading only, not a
    numeral's base: "yhdessä" is no "yksin", though both are forms of "yksi"."""
    adverbs = frozenset(a["BASEFORM"].casefold() for a in finnish.analyses(word)
                        if a.get("CLASS") == "seikkasana" and "BASEFORM" in a)
    return adverbs or finnish.base_forms(word)


def _bases(word: str) -> frozenset[str]:
    return _word_bases(word) | {word}


def _denies(word: str) -> bool:
    """A word Voikko reads as a no ("äläkä", "ettet", "eikä"): its clause says no."""
    return any(a.get("CLASS") == "kieltosana" for a in finnish.analyses(word))


def _without(order: Sequence[str]) -> frozenset[int]:
    """Where ``order`` names a thing as left out: after "ilman", or in the abessive."""
    return frozenset(i for i, w in enumerate(order)
                     if (i > 0 and order[i - 1] in WITHOUT) or
                     any(case == "vajanto" for case, _ in finnish.case_numbers(w)))


# where a thing is kept, with a verb of keeping ("pidä hanskat taskussa"), or put away
# with any ("hanskat pois käytä suojalaseja"); with other verbs a place is only where the
# deed goes ("nosta hänet yksin sänkyyn", "mene telineelle ilman kypärää")
_LOCAL_CASES = finnish.LOCAL_CASES
_KEEPING = frozenset({"pitää", "säilyttää", "jättää"})


def _a_place(word: str, deed: frozenset[str]) -> bool:
    return word == "pois" or (not _KEEPING.isdisjoint(deed) and word not in LESSON_LEARNED
                              and any(case in _LOCAL_CASES
                                      for case, _ in finnish.case_numbers(word)))
    # (a lesson learned is no place: "ensi kerralla pidä sormus" keeps it; judge57)


def _verb_forms(word: str) -> frozenset[_Form]:
    return frozenset((a.get("PERSON"), a.get("MOOD"), a.get("TENSE"))
                     for a in finnish.analyses(word) if a.get("CLASS") == "teonsana")


def _content(words: Sequence[str]) -> list[str]:
    """The words that say what a clause says: not a yes or acknowledgement ("joo nosta",
    "ok vedä se pois"), nor a modal said before its verb."""
    out = []
    for i, w in enumerate(words):
        if w in ACKNOWLEDGEMENTS or w in FRAME_WORDS:
            continue
        if i + 1 < len(words) and finnish.is_verb(words[i + 1]) and \
                not NOT_THE_DEED.isdisjoint(finnish.base_forms(w)):
            continue  # "voit" of "voit mennä", "saa" of "sormus saa olla"
        out.append(w)
    return out


def _approved(words: list[str]) -> list[str]:
    """``words`` without an approval that opens them ("hyvä että käytät käsineitä", "hyvä
    kun sinulla on hanskat"): what is approved is said, no condition."""
    if len(words) > 2 and words[0] in ACKNOWLEDGEMENTS and words[0] not in NEGATIONS and \
            words[1] in _APPROVED:
        return words[2:]
    return words


_APPROVED = frozenset({"että", "kun"})


def _read(text: str) -> tuple[_Clause, ...]:
    """A mistake's main clauses (none where one says nothing: "ei se mitään", "hyvä"); an
    approval's ("hyvä että käytät käsineitä") are praise, no deed: a state."""
    words = text.split()
    approval = _approved(words) is not words
    out = []
    for negative, verbs, rest in _clauses(_approved(words)):
        said = _content([*verbs, *rest])
        if not said:
            return ()
        deeds = [v for v in verbs if v in said and not COPULA & finnish.base_forms(v)]
        modal = any(v not in said for v in verbs)
        out.append(_Clause(negative, tuple(_bases(w) for w in said),
                           frozenset(b for v in deeds for b in finnish.base_forms(v)),
                           frozenset(f for v in verbs for f in _verb_forms(v)),
                           approval or not (deeds or modal or negative)))
    return tuple(out)


class _Deeds(NamedTuple):
    """A step's mistakes as deeds, each with its main clauses, and the first two letters of
    every word that may say one (a mistake's words and their base forms, the unsafe deeds'
    verbs): an answer with none of them says none, and is not read further."""

    mistakes: tuple[tuple[str, tuple[_Clause, ...]], ...]
    starts: frozenset[str]
    # the mistakes' clauses an example says too, as positively: the harmless half of a
    # two-part mistake ("hälytä hoitaja" of "nosta hänet yksin ja hälytä hoitaja")
    harmless: frozenset[_Clause]


_UNSAFE_STARTS = frozenset(v[:2] for deed in UNSAFE_DEEDS for v in deed.split()[0].split("|"))


@lru_cache(maxsize=sizes.STEPS)
def steps_deeds(mistakes: tuple[str, ...], examples: tuple[str, ...]) -> _Deeds:
    """The step's mistakes as deeds (``_Deeds``): not one an example says too (its every
    clause said in an example's, as positively)."""
    read = [(m, _read(normalised(m))) for m in mistakes]
    said = [tuple(_main(e.split())) for e in examples]
    kept = [(m, parts) for m, parts in read if parts and not any(
        all(any(_says(x, part) for x in ex) for part in parts) for ex in said)]
    # the mistake that says most first: its feedback is the trainer's for what was said (a
    # wrong one said beside a milder one is the verdict: deed_said)
    kept.sort(key=lambda mp: -sum(len(p.words) for p in mp[1]))
    return _Deeds(tuple(kept), _UNSAFE_STARTS | {w[:2] for _, parts in kept for p in parts
                                                 for alt in p.words for w in alt},
                  frozenset(p for _, parts in kept for p in parts
                            if any(_says(x, p) for ex in said for x in ex)))


class _Said(NamedTuple):
    """A main clause of the answer: whether it says no, its verbs, its other words, all
    of them in the order said, where its first is in the answer, where in that order each
    no stands (before the word at that place; a contracted no, "äläkä", at its own), and
    where in the answer each word of the order stands."""

    negative: bool
    verbs: list[str]
    rest: list[str]
    order: tuple[str, ...]
    start: int
    nos: tuple[int, ...]
    places: tuple[int, ...]


def _clauses(words: Sequence[str]) -> list[tuple[bool, list[str], list[str]]]:
    """``polarity.clauses`` of ``words``, where a condition or reason said first (its join
    first in the answer or after a main join) ends at the main clause's own verb
    (``_ended``)."""
    return clauses(_ended(words)[0])


def _no_on(words: Sequence[str]) -> list[bool]:
    """``polarity.no_on`` of ``words``, a no ending with a condition said first
    (``_ended``): "jos hoitaja ei ehdi nosta hänet nostolaitteella" says no no of
    "nostolaitteella"."""
    marked, added = _ended(words)
    return [no for k, no in enumerate(no_on(marked)) if k not in added]


def _ended(words: Sequence[str]) -> tuple[list[str], frozenset[int]]:
    """``words`` with a main join ("ja") where a condition or reason said first ends, and
    where in them the joins added stand: at the main clause's own verb, a finite verb after
    the condition's own (a word read only as a verb, or as "you" or "I", "voit", as "they" in
    -vat/-vät, "puuttuvat", or after a no: "ei toimi"), not right after a no. Speech has no
    commas: "jos esimies ei ehdi korjaa se itse" says "korjaa se itse", the condition
    "esimies ei ehdi"."""
    out: list[str] = []
    added: set[int] = set()
    first = True  # (nothing said yet since the start or the last main join)
    fronted = had_verb = False
    for i, w in enumerate(words):
        if w in MAIN_JOINS or w in NEGATIVE_JOINS:
            first, fronted = True, False
        elif w in SUB_JOINS:
            fronted, had_verb = first or fronted, False
        elif fronted and had_verb and words[i - 1] not in NEGATIONS and _main_verb(w):
            added.add(len(out))
            out.append("ja")  # (the condition ends here)
            first = fronted = False
        elif fronted:  # (a word with another reading is no verb here: "jos tuo hoitaja …")
            had_verb = had_verb or words[i - 1] in NEGATIONS or finnish.only_a_verb(w) or any(
                (person in ("1", "2") or (person == "3" and w.endswith(("vat", "vät"))))
                and mood == "indicative" for person, mood, _ in _verb_forms(w))
        elif w not in FRAME_WORDS and w not in ACKNOWLEDGEMENTS:
            first = False
        out.append(w)
    return out, frozenset(added)


def _main_verb(word: str) -> bool:
    """``word`` read only as a finite verb (no infinitive or participle, no negative verb),
    and no other word class, or a command or "I", "you", "we": "voit", "laita" are also
    nouns' forms."""
    return only_finite(word) and (finnish.only_a_verb(word) or any(
        mood == "imperative" or person in ("1", "2") for person, mood, _ in _verb_forms(word)))


def _main(words: Sequence[str]) -> list[_Said]:
    """The main clauses of ``words`` (``_clauses``), each with its words in order: each stretch
    up to where a condition said first ends (``_ended``) read on its own, so a main clause after
    it starts after it, not at a word of the condition it says too ("jos kypärää ei ole mene
    ilman kypärää")."""
    _, added = _ended(words)
    ends = [m - k for k, m in enumerate(sorted(added))]  # (in ``words``)
    out: list[_Said] = []
    for lo, hi in zip([0, *ends], [*ends, len(words)], strict=True):
        out += _aligned(words, lo, hi)
    return out


def _aligned(words: Sequence[str], lo: int, hi: int) -> list[_Said]:
    """The main clauses of ``words[lo:hi]`` (``polarity.clauses``), each with its words in
    order, their places in ``words``."""
    out, at = [], lo
    for negative, verbs, rest in clauses(words[lo:hi]):
        need, start = Counter([*verbs, *rest]), None
        order: list[str] = []
        nos: list[int] = []
        places: list[int] = []
        while at < hi and need:
            if need[words[at]] > 0:
                start = at if start is None else start
                need -= Counter((words[at],))  # (a count at nought is dropped)
                if _denies(words[at]):  # (a contracted no, "äläkä", "ettet")
                    nos.append(len(order))
                order.append(words[at])
                places.append(at)
            elif negative and words[at] in NEGATIONS:
                nos.append(len(order))
            at += 1
        out.append(_Said(negative or bool(nos), verbs, rest, tuple(order),
                         at if start is None else start, tuple(nos), tuple(places)))
    return out


def _says(said: _Said, part: _Clause) -> bool:
    """``said`` says ``part`` positively (module doc)."""
    if _asks_or_reports(said):
        return False
    words = said.order
    # a mistake's word said as left out ("ilman jarruja") does not say it, unless the
    # mistake leaves it out so too ("mene ilman kypärää")
    out = frozenset() if any(alt & WITHOUT for alt in part.words) else _without(words)
    if not all(any(_matches(alt, w) for i, w in enumerate(words) if i not in out)
               for alt in part.words):
        return False
    # a place or state the mistake does not say is another deed: "pidä hanskat taskussa"
    if any(_a_place(w, part.deed) and not any(_matches(alt, w) for alt in part.words)
           for w in words):
        return False
    if not part.deed:  # a state or a thing: said without a verb, or with one as the mistake
        # (its no by the verb that says a word of it: "älä ole huolissasi, tuli" is no
        # "ei tullut")
        at = next((i for i, w in enumerate(words) if w in said.verbs and
                   any(_matches(alt, w) for alt in part.words)), None)
        if (said.negative if at is None else _denied(said, at)) != part.negative:
            return False
        return not said.verbs or any(_positive(v, said, part) for v in said.verbs)
    return any(_denied(said, i) == part.negative and _positive(w, said, part) and
               _its_words(said, i, part, out) and not _a_need_of_another_deed(words, i, part)
               for i, w in enumerate(words)
               if w in said.verbs and part.deed & finnish.base_forms(w))


def _a_deed_of_its_own(words: Sequence[str], k: int) -> bool:
    """The word at ``k`` is an infinitive that says a need's own deed, not one of using,
    wearing or changing a thing (``_USING_IT``): "pelätä", "kysyä", "ostaa", and taking it
    off ("kypärää ei tarvitse ottaa pois tauolla"; review84)."""
    word = words[k]
    off = next((j for j in range(k + 1, min(k + 4, len(words))) if words[j] == "pois"), None)
    # (…not out of a place, ``_fetched_from``: "ottaa pois varastosta"; review85-88)
    taken_off = off is not None and not any(
        _fetched_from(words, j) for j in range(off + 1, min(off + 3, len(words))) if any(
            case in ("sisaeronto", "ulkoeronto") for case, _ in finnish.case_numbers(words[j])))
    in_use = ((word == "olla" and not _IN_USE.isdisjoint(words[k + 1:k + 3])) or (
        "nostaa" in finnish.base_forms(word) and any(  # (put in place: "tukipukkeja ei
            x in _PUT_TO or any(case == "sisatulento" for case, _ in finnish.case_numbers(x))
            for x in words[k + 1:k + 3])) or  # tarvitse nostaa auton alle"; review89)
        bool(finnish.base_forms(word) & _HANDLING)) and _of_gear(words, k)
    return finnish.is_verb(word) and (
        not (finnish.base_forms(word) & _USING_IT or in_use) or taken_off) and any(
        mood == "A-infinitive" for _, mood, _ in _verb_forms(word))


def _of_gear(words: Sequence[str], k: int) -> bool:
    """The verb at ``k`` after a need is said of a thing worn or set for safety: its object
    right after it, or the word fronted before the need's no ("jarrujen ei tarvitse olla",
    "kypärästä ei tarvitse välittää")."""
    at = k - 2  # (the need at k - 1; a clause's words may come without their no)
    while at > 0 and (words[at] in NEGATIONS or words[at] in _WHOSE_NEED):
        at -= 1  # (past the no and whose the need is: "kypärästä sun ei tarvitse välittää",
        # "turvakengistä mun mielestä ei tarvitse…"; review91)
    after = words[k + 1:k + 2]
    # (not a word fronted where the verb has an object of its own after it, "ei tarvitse
    # siirtää häntä", nor one that is an object of a verb before it, "muista jarrut, ei
    # tarvitse…"; review90)
    own_object = bool(after) and (after[0] in _OBJECT_PRONOUNS or _an_object(words, k + 1))
    fronted = [] if own_object or at < 0 or (at and finnish.is_verb(words[at - 1])) \
        else words[at:at + 1]
    return any(b.endswith(_SET_FOR_SAFETY) or b == _VEST for x in [*after, *fronted]
               for b in finnish.base_forms(x))


def _an_object(words: Sequence[str], j: int) -> bool:
    """words[j] is a thing in an object's case (partitive, nominative or genitive), not a
    genitive before a postposition ("auton alle") nor a place ("päähän")."""
    cases = finnish.cases(words[j])
    return words[j] not in _PUT_TO and _a_thing(words[j]) and \
        bool(cases & {"osanto", "nimento", "omanto"}) and not (
        "omanto" in cases and words[j + 1:j + 2] and words[j + 1] in _POSTPOSITIONS)


_WHOSE_NEED = frozenset({"sun", "sinun", "mun", "minun", "teidän", "meidän", "hänen",
                         "mielestä", "mielestäni"})
_POSTPOSITIONS = frozenset({"alle", "alla", "alta", "päälle", "päällä", "päältä", "viereen",
                            "vieressä", "luo", "luona", "taakse", "takana", "eteen", "edessä"})


def _a_need_of_another_deed(words: Sequence[str], i: int, part: _Clause) -> bool:
    """The need at ``i`` is said of a deed of its own, an infinitive right after it that the
    mistake does not say: "sinun ei tarvitse ostaa kypärää itse" is no "ei tarvitse kypärää"
    (review82)."""
    return "tarvita" in finnish.base_forms(words[i]) and i + 1 < len(words) and \
        _a_deed_of_its_own(words, i + 1) and not any(
            _matches(alt, words[i + 1]) for alt in part.words)  # ("ei tarvitse käyttää
    # valjaita" is the need of them)


# what a thing worn is taken off ("ottaa pois päästä", "pois silmiltä")
def _fetched_from(words: Sequence[str], at: int) -> bool:
    """The elative or ablative at ``at`` after "pois" is a place a thing is fetched from
    ("pois autosta", "omasta kaapista"): a noun, not the body ("pois päästä"), not from under
    a car ("pois auton alta"), not a time or a manner ("aamusta iltaan", "sateesta
    huolimatta", "tästä eteenpäin"; review88)."""
    word, bases = words[at], finnish.base_forms(words[at])
    if bases & {"ala", "alla"}:  # (an adposition: "pois hyllyn alta" is fetching, "pois
        # auton alta", "pois sen alta" is not)
        held = words[at - 1] if at else ""
        return "nimisana" in finnish.word_classes(held) and \
            "asemosana" not in finnish.word_classes(held) and \
            not finnish.base_forms(held) & _HELD_UP and held != "pois"
    if bases & _BODY or "nimisana" not in finnish.word_classes(word) or \
            "asemosana" in finnish.word_classes(word) or bases & _TIMES_FROM:
        return False
    return not (at + 1 < len(words) and words[at + 1] in _AFTER_A_TIME)


# what a thing worn is taken off ("ottaa pois päästä", "pois silmiltä")
_BODY = frozenset({"pää", "silmä", "korva", "jalka", "käsi", "sormi", "niska", "kasvot",
                   "kasvo", "naama", "hius", "hiukset", "kaula", "nenä", "otsa", "ranne"})
_HELD_UP = frozenset({"auto", "ajoneuvo", "pakettiauto", "kuorma-auto", "rekka"})
_TIMES_FROM = frozenset({"aamu", "alku", "ilta", "päivä", "syy"})
_AFTER_A_TIME = frozenset({"huolimatta", "iltaan", "loppuun", "eteenpäin", "tullessa",
                           "lähtiessä", "alkaen"})
# verbs that use, wear or fetch a thing: a need of one is the need of the thing
_USING_IT = frozenset({"käyttää", "laittaa", "panna", "asettaa", "pitää", "muistaa", "pukea",
                       "kiinnittää", "kiristää", "ottaa", "hakea", "tuoda", "vaihtaa"})
# …and carrying, moving, setting or caring about it, said of a protection itself: its object
# right after the verb or fronted before the need's no (review89: "tukipukeista ei tarvitse
# huolehtia"; not "ei tarvitse siirtää häntä yksin", "tuolia ei tarvitse siirtää"; review90)
_HANDLING = frozenset({"kantaa", "siirtää", "säätää", "välittää", "huolehtia", "vetää"})
_PUT_TO = frozenset({"alle", "päälle", "paikalleen", "paikoilleen", "päähän"})
# where a thing is when worn or in use: "olla" before one is using it ("jarrujen ei tarvitse
# olla päällä"; not "ei tarvitse olla huolissaan"; review89)
_IN_USE = frozenset({"päällä", "päässä", "jalassa", "jaloissa", "kädessä", "käsissä", "alla",
                     "paikallaan", "paikalla", "mukana", "käytössä", "silmillä", "korvilla"})


def _matches(alt: frozenset[str], word: str) -> bool:
    """``word`` says a mistake's word (``alt``: it and its base forms): in any form, or as
    a compound's head ("leikkuulautaa" for "lautaa")."""
    bases = _word_bases(word)
    return word in alt or not alt.isdisjoint(bases) or any(
        b.endswith(a) and len(b) >= len(a) + 3 for a in alt if len(a) >= 4 for b in bases)


def _units(said: _Said, at: int) -> list[list[int]]:
    """The verb units of ``said`` (a verb with the verbs beside it: "voit mennä"), the verb
    at ``at`` one; with no join between, each is a clause of its own."""
    # (only a verb starts a clause, "takaisin" is also a verb's form; or one right after a
    # no: "tee" of "älä tee sitä" is also tea)
    verbs = [i for i, w in enumerate(said.order) if i == at or (
        w in said.verbs and (finnish.only_a_verb(w) or i in said.nos))]
    units: list[list[int]] = []
    for i in verbs:  # (a finite verb after a verb is its own: "älä odota paina hätäseis")
        if units and units[-1][-1] == i - 1 and not only_finite(said.order[i]):
            units[-1].append(i)
        else:
            units.append([i])
    return units


def _denied(said: _Said, at: int) -> bool:
    """The verb at ``at`` said with a no: a no negates the verb unit it stands in or before
    (the last where none is after it), not the next ("älä hätäile, pyydä apua" says "pyydä
    apua"; "älä mene auton alle käytä tukipukkeja", "käytä tukipukkeja")."""
    units = _units(said, at)
    if len(units) < 2 or not said.nos:
        return said.negative
    mine = units.index(next(u for u in units if at in u))
    for n in said.nos:
        k = next((k for k, u in enumerate(units) if u[-1] >= n), len(units) - 1)
        # a modal's no is its infinitive's too: "et saa koskaan mennä auton alle"
        while k < mine and all(_MODALS & finnish.base_forms(said.order[i]) for i in units[k]) \
                and infinitive(said.order[units[k + 1][0]]):
            k += 1
        if k == mine:
            return True
    return False


def _its_words(said: _Said, at: int, part: _Clause, out: frozenset[int]) -> bool:
    """Each word of ``part`` said nearer the verb at ``at`` (with a verb beside it: "voit
    mennä") than any other verb of the clause, which with no join between is another
    clause: "ota hanskat pois voit laittaa ne käteen" says no "laita hanskat käteen"."""
    units = _units(said, at)
    if len(units) < 2:
        return True
    mine = next(u for u in units if at in u)

    def nearest(i: int) -> list[int]:  # (a tie goes to the verb after, its subject; not
        # to a command, which has none: "nosta selällä pyydä apua" says "nosta selällä")
        return min(units, key=lambda u: (min(abs(i - j) for j in u), u[0] < i or (
            _a_command_only(said.order[u[0]]))))

    return all(any(_matches(alt, w) and nearest(i) is mine
                   for i, w in enumerate(said.order) if i not in out) for alt in part.words)


def _a_command_only(verb: str) -> bool:
    """``verb`` is read only as a command's form (a second person's imperative, which is
    also the form a no takes: "tarvitse")."""
    forms = _verb_forms(verb)
    return bool(forms) and all(mood == "imperative" for _, mood, _ in forms)


def _for_later(words: Sequence[str], clauses: Sequence[_Said], said: _Said,
               deed: frozenset[str]) -> bool:
    """The deed (its verb's base forms ``deed``; none: a state) of ``said``, one of the
    answer's main ``clauses`` (``_main(words)``), said for later: "vasta" in
    its clause said of its verb ("käytä hanskoja vasta kun pora on pysähtynyt"), or in a
    clause before with no verb of its own ("vasta sen jälkeen, …"); not the "vasta" of
    another deed: "nostan yksin, vasta sitten soitan"."""
    if "vasta" not in words:
        return False
    at = _deed_at(said, deed)
    if any(w == "vasta" and _of_verb(said, at, i) for i, w in enumerate(said.order)):
        return True
    return any("vasta" in s.order and not s.verbs for s in clauses if s.start < said.start)


def _deed_at(said: _Said, deed: frozenset[str]) -> int | None:
    """Where in ``said.order`` the verb of ``deed`` (its base forms) is, if said."""
    return next((i for i, w in enumerate(said.order)
                 if w in said.verbs and deed & finnish.base_forms(w)), None)


def _of_verb(said: _Said, at: int | None, i: int) -> bool:
    """The word at ``i`` of ``said.order`` is said of the verb at ``at`` (with the verbs
    beside it, "voit mennä"): no other verb of the clause is nearer (a tie goes to the verb
    after, "nostan yksin vasta sitten soitan"). A verb here is one with a finite reading,
    "soita" too; with no verb at ``at`` (a state), of the clause."""
    if at is None:
        return True
    verbs = [k for k, w in enumerate(said.order) if k == at or (
        w in said.verbs and (finnish.only_a_verb(w) or only_finite(w)))]
    near = min(reversed(verbs), key=lambda k: abs(i - k))
    lo, hi = min(near, at), max(near, at)
    return all(k in verbs for k in range(lo, hi + 1))


def _asks_or_reports(said: _Said) -> bool:
    return any(w.endswith(("ko", "kö")) and finnish.is_verb(w[:-2]) for w in said.verbs) or \
        not _QUESTION_WORDS.isdisjoint(said.rest) or \
        any(_REPORTING & finnish.base_forms(v) for v in said.verbs)


def _positive(verb: str, said: _Said, part: _Clause) -> bool:
    """``verb`` says its deed as done or to do: a command, "I", "you" or "we" (the passive
    said now), the form the mistake says it in, or an infinitive after a modal said now."""
    for person, mood, tense in _verb_forms(verb):
        # (a bare infinitive is no deed said: "kielletty mennä auton alle")
        if (not _bare(verb, person, mood) and (person, mood, tense) in part.forms) or \
                mood == "imperative" or \
                (person in ("1", "2") and mood in ("indicative", "conditional")):
            return True
        if person == "4" and mood == "indicative" and tense == "present_simple" and \
                verb not in finnish.base_forms(verb):  # "mennään", not "mennä"
            return True
        if mood == "A-infinitive" and any(
                _MODALS & finnish.base_forms(m) and any(
                    t != "past_imperfective" and not _bare(m, pn, md)
                    for pn, md, t in _verb_forms(m))
                for m in said.verbs if m != verb):
            return True
    return False


def _bare(verb: str, person: str | None, mood: str | None) -> bool:
    """A reading of ``verb`` as its bare infinitive ("mennä", also read as "ei mennä")."""
    return mood == "A-infinitive" or (person == "4" and verb in finnish.base_forms(verb))


def _qualified(c: Case, words: Sequence[str], clauses: Sequence[_Said], said: _Said,
               part: Sequence[_Clause], mistaken: frozenset[int]) -> bool:
    """A topic of the step, not a word of the mistake, said of the deed in its clause (before
    its verb, or nearer it than any verb after: "nosta hänet nostolaitteella", not "nostan
    yksin, vasta sitten soitan"), in a condition or in a clause before, not under a no nor
    after "ilman", nor as what a state is said of ("hoitaja on kiireinen, nosta hänet
    yksin", "hoitaja ei ehdi": an excuse, no way of doing the deed): "voit mennä auton alle
    kun laitat tukipukit", "tukipukit ensin ja sitten voit mennä auton alle"; not in a clause
    that says a foreseen mistake itself (``mistaken``, where those words stand: "pese kädet
    ja käytä samaa lautaa"); or the deed said for later ("käytä hanskoja vasta kun pora on
    pysähtynyt")."""
    if any(_for_later(words, clauses, said, p.deed) for p in part):
        return True
    topics = frozenset(b for t in c.topics for w in normalised(t).split() if w not in NEGATIONS
                       for b in _bases(w)) - {b for p in part for alt in p.words for b in alt}
    if not topics:
        return False
    in_main = {w for s in clauses for w in (*s.verbs, *s.rest)}
    # (an excuse after the deed names no case of it: "… jos hoitaja ei ehdi")
    condition = _condition_after(words, said)
    excused = condition is not None and _excuse(condition)
    mine = {at: k for k, at in enumerate(said.places)}  # (a word's place: its place in order)
    at = _deed_at(said, frozenset(b for p in part for b in p.deed))
    for i, (w, no) in enumerate(zip(words, _no_on(words), strict=True)):
        if i in mine:  # (of the deed's clause: before its verb, or said of it, not of a
            # verb after: "hälytä hoitaja sitten nostatte hänet yhdessä")
            of_deed = at is None or mine[i] < at or _of_verb(said, at, mine[i])
        else:  # (a condition, or a main clause before)
            of_deed = (i < said.start and i not in mistaken) or \
                (w not in in_main and not excused and (i < said.start or condition is not None))
        if of_deed and not no and _names(words, i, topics) and not _a_state_of(words, i):
            return True
    return False


def _mistaken(said: list[_Said], deeds: _Deeds) -> frozenset[int]:
    """Where in the answer the words of a clause that says a foreseen mistake stand (not a
    part of one an example says too: ``_Deeds.harmless``)."""
    return frozenset(i for s in said if any(_says(s, p) for _, parts in deeds.mistakes
                                            for p in parts if p not in deeds.harmless)
                     for i in s.places)


def _a_state_of(words: Sequence[str], i: int) -> bool:
    """The word at ``i`` is what a no or a lack is said of, an excuse: a no follows it
    ("hoitaja ei ehdi", "ei ole täällä", or after one more word that is no verb: "toista
    lautaa ei ole") or a verb of lack ("hoitaja puuttuu"), or a copula
    and a word of lack (``LACKS``: "hoitaja on kiireinen", "tukipukit ovat kaukana"); not
    a state that names the safe context ("hoitaja on täällä", "tukipukit ovat paikallaan")."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt in NEGATIONS or not LACKS.isdisjoint(finnish.base_forms(nxt)):
        return True
    if i + 2 < len(words) and words[i + 2] in NEGATIONS and nxt not in MAIN_JOINS and \
            nxt not in SUB_JOINS and not finnish.only_a_verb(nxt):
        return True  # (of a thing said in two words: "toista lautaa ei ole")
    return bool(COPULA & finnish.base_forms(nxt)) and any(
        w in LACKS or not LACKS.isdisjoint(finnish.base_forms(w))
        for w in words[i + 2:i + 5])


# words of lack: a topic said to be so is an excuse ("nostolaite on rikki", "hoitajalla on
# kiire"), no way of doing the deed
LACKS = frozenset({"kiire", "kiireinen", "rikki", "kaukana", "lomalla", "poissa", "loppu",
                   "sairas", "varattu", "hukassa", "kateissa", "epäkunnossa", "muualla",
                   "puuttua", "loppua"})


# words that make what follows a condition of the deed before them
CONDITIONS = frozenset({"kun", "jos", "kunhan", "kunnes"})
# a condition that says one of these (by base form) is an excuse, no case of the work: the
# deed is said as a plan ("nostan hänet yksin jos on kiire", "korjaa se itse jos esimies ei
# ehdi", "käytä samaa lautaa kun olet väsynyt"); each with the polarity it is one in (True:
# said positively; False: only under a no, "kun esimies ehtii katsoa sen" is a case of the work;
# "jos ei ole aikaa" is haste)
EXCUSES = {"kiire": True, "kiireinen": True, "väsyä": True, "ehtiä": False, "jaksaa": False,
           "aika": False,
           # comfort, a wish, a quick job (review74: "jos on kuuma niin mene ilman kypärää",
           # "jos haluat niin pidä sormus", "jos käyt vaan nopeesti niin ota kypärä pois")
           "kylmä": True, "kuuma": True, "haluta": True, "nopeasti": True, "nopea": True,
           "hetki": True,
           # a load heavy or big, which asks for the help it is said to need none under
           # (review89: "et tarvitse apua ku laatikko on painava")
           "painava": True, "raskas": True, "iso": True, "suuri": True}
_LOAD_SIZE = frozenset({"painava", "raskas", "iso", "suuri"})
# verbs of presence, availability, ability or working: a no said of the step's own thing with one of
# these (by base form) is an excuse ("jos hoitaja ei tule", "jos nostolaite ei toimi"); with
# any other verb the no is a case of the work ("kun laikka ei pyöri", "kun et tarvitse apua");
# "ei ehdi" is haste, EXCUSES
PRESENCE = frozenset({"olla", "tulla", "vastata", "löytyä", "löytää", "toimia",
                      "auttaa", "kuulua", "näkyä", "saada", "voida", "pystyä", "mahtua",
                      "joutaa", "päästä"})


def _conditioned(c: Case, words: Sequence[str], said: _Said, deed: frozenset[str],
                 unsafe: frozenset[str] | None = None) -> bool:
    """The clause ``said`` with a condition of the work said before it (``_clauses``) or
    after it before the next main clause ("voit ottaa kypärän pois kun lähdet työmaalta",
    "kun pora on pysähtynyt laita hanskat käteen", "kun pora ei pyöri …"): the deed is said
    for that case, which the judge cannot weigh; the answer keeps the verdict it had. Not
    where a condition is an excuse (``_an_excuse``; ``deed``: the base forms of the words the
    deed says): "nostan hänet yksin jos hoitaja ei tule", "jos esimies ei ehdi korjaa se
    itse" are the deed; "voit mennä auton alle kun tukipukit ovat paikallaan eikä auto liiku"
    is not. ``unsafe``: the base forms of the clause's unsafe deed, where known (a deed
    said after a "muuten" is said for the condition's opposite: "jos laatikko on iso, pyydä
    apua, muuten nosta jaloilla")."""
    found = [x for x in (_condition_before(words, said), _condition_after(words, said))
             if x is not None]
    if _after_muuten(words, said, unsafe or deed):
        found = [[*x, "muuten"] for x in found]
    return bool(found) and not any(_an_excuse(c, x, deed) for x in found)


def _after_muuten(words: Sequence[str], said: _Said, deed: frozenset[str]) -> bool:
    """The deed is said after a "muuten": before the clause, or in it before the deed's
    own verb ("…, muuten nosta yksin"; not "nosta yksin, muuten pyydä apua"; review91)."""
    if "muuten" in words[:said.start]:
        return True
    order = list(said.order)
    at = next((k for k, w in enumerate(order) if w in said.verbs and
               finnish.base_forms(w) & deed), None)
    return at is not None and "muuten" in order[:at]


def _an_excuse(c: Case, condition: Sequence[str], deed: frozenset[str]) -> bool:
    """``condition`` is an excuse for the deed: it says haste (``EXCUSES``: "… jos on
    kiire"), or it names no safe measure of the step (``_names_measure``) and says a no or a
    lack (``LACKS``) of the step's own words (``_Measures.own``) or of "kukaan": "jos
    hoitaja ei tule", "jos tukipukkeja ei ole", "jos et löydä hoitajaa"; a no of the step's
    own thing only with a verb of presence (``PRESENCE``): "kun laikka ei pyöri" is a case of
    the work where the thing itself is the danger. A no said of
    another thing, or of a doing, says the danger is absent, a case of the work ("kun pora ei
    pyöri", "kun et ole enää työmaalla", "kun et poraa"), and a no said of a lack denies it
    ("jos hoitaja ei ole kiireinen")."""
    if _excuse(condition):
        return True
    if _names_measure(c, condition, deed):
        return False
    nos = no_on(condition)
    if any(no and _a_lack(w) for w, no in zip(condition, nos, strict=True)):
        return False
    examples = tuple(n for _, n in c.accepted)
    foreseen = frozenset(b for _, parts in steps_deeds(tuple(c.mistakes), examples).mistakes
                         for p in parts for alt in p.words for b in alt)
    own = steps_measures(tuple(c.topics), examples).own(deed | foreseen)
    # (a no of the step's own thing or doing is an excuse only with a verb of presence, of
    # ability or a lack: "kun laikka ei pyöri", "kun et poraa" are cases of the work, "jos et
    # voi hälyttää" is an excuse)
    absent = _absent(condition)
    return any((no or _a_state_of(condition, i)) and
               _names(condition, i, own) and (absent or w == "kukaan")
               for i, (w, no) in enumerate(zip(condition, _denied_in(condition), strict=True))
               if w not in NEGATIONS)


def _absent(condition: Sequence[str]) -> bool:
    """``condition`` says a lack (``LACKS``) or a no of a verb of presence (``PRESENCE``):
    "hoitaja on kiireinen", "hoitaja ei tule", "jos et löydä hoitajaa"; not "laikka ei pyöri"."""
    after_no = [w for w, no in zip(condition, no_on(condition), strict=True) if no]
    return any(_a_lack(w) for w in condition) or \
        not PRESENCE.isdisjoint(finnish.base_forms_of(after_no))


def _a_lack(word: str) -> bool:
    """``word`` says a lack (``LACKS``) or haste (``EXCUSES`` said positively)."""
    bases = finnish.base_forms(word)
    return word in LACKS or not LACKS.isdisjoint(bases) or any(
        positive and w in bases for w, positive in EXCUSES.items())


def _condition_before(words: Sequence[str], said: _Said) -> list[str] | None:
    """The words of a condition or reason said first, right before the clause ``said``
    (after the start or a main join): "esimies ei ehdi" of "jos esimies ei ehdi korjaa se
    itse"."""
    start = said.start
    while start > 0 and words[start - 1] not in MAIN_JOINS and \
            words[start - 1] not in NEGATIVE_JOINS:
        start -= 1
    first = next((i for i in range(start, said.start)
                  if words[i] not in FRAME_WORDS and words[i] not in ACKNOWLEDGEMENTS), None)
    if first is None or words[first] not in SUB_JOINS:
        return None
    return [w for w in words[first + 1:said.start] if w not in SUB_JOINS]


class _Measures(NamedTuple):
    """The base forms of the words that name the step's safe measure: all its topics' and
    its accepted answers' words (``every``), its topics', the words its accepted answers say
    positively and those they say only with a no (``_denied_in``: "älä nosta yksin",
    "porakoneella ei saa …")."""

    every: frozenset[str]
    topics: frozenset[str]
    positive: frozenset[str]
    denied: frozenset[str]

    def own(self, deed: frozenset[str]) -> frozenset[str]:
        """The step's own words, what a no or a lack said of is an excuse: its topics, the
        words its accepted answers' main clauses say positively and no foreseen deed
        (``deed``) says ("kun auto ei liiku" of "mene auton alle" is a case of the work),
        and "kukaan" ("kukaan ei auta")."""
        # (positive holds words as said beside their base forms: "auton" goes with "auto")
        return self.topics | frozenset(w for w in self.positive if not _bases(w) & deed) | \
            {"kukaan"}


@lru_cache(maxsize=sizes.STEPS)
def steps_measures(topics: tuple[str, ...], examples: tuple[str, ...]) -> _Measures:
    """The step's ``_Measures``: not a no, a frame word, "olla" or a modal or pronoun
    (``NOT_THE_DEED``)."""
    def bases(words: Sequence[str]) -> frozenset[str]:
        return frozenset(b for w in words if w not in NEGATIONS and w not in FRAME_WORDS
                         for b in _bases(w)) - COPULA - NOT_THE_DEED

    said = [(ws, _denied_in(ws)) for ws in (normalised(e).split() for e in examples)]
    # (a condition's words are the case, not the measure: "pyydä apua jos laatikko on painava")
    main = {w for ws, _ in said for _, verbs, rest in clauses(ws) for w in (*verbs, *rest)}
    positive = bases([w for ws, nos in said for w, no in zip(ws, nos, strict=True)
                      if not no and w in main])
    denied = bases([w for ws, nos in said for w, no in zip(ws, nos, strict=True) if no])
    mine = bases([w for t in topics for w in normalised(t).split()])
    every = mine | bases([w for ws, _ in said for w in ws])
    return _Measures(every, mine, positive, denied - positive - mine)


def _denied_in(words: Sequence[str]) -> list[bool]:
    """For each word, whether a no is said of it: under a no (``no_on``), or before one
    with no verb or join between ("porakoneella ei saa käyttää käsineitä")."""
    out = no_on(words)
    before: list[int] = []
    for i, w in enumerate(words):
        if w in NEGATIONS:
            for k in before:
                out[k] = True
        if w in NEGATIONS or w in MAIN_JOINS or w in SUB_JOINS or finnish.only_a_verb(w):
            before = []
        else:
            before.append(i)
    return out


def _names_measure(c: Case, condition: Sequence[str], deed: frozenset[str]) -> bool:
    """``condition`` names the step's safe measure (``steps_measures``), a word the deed does
    not say, as so: not under a no nor left out, nor as what a no or a lack is said of
    ("hoitaja ei tule", "nostolaite on rikki": an excuse); or a word its accepted answers
    say only under a no, under a no ("jos et ole yksin")."""
    measures = steps_measures(tuple(c.topics), tuple(n for _, n in c.accepted))
    every, denied = measures.every - deed, measures.denied - deed
    return any(_names(condition, i, denied) if no else
               _names(condition, i, every) and not _a_state_of(condition, i)
               for i, no in enumerate(no_on(condition)) if condition[i] not in NEGATIONS)


def _names(words: Sequence[str], i: int, things: frozenset[str]) -> bool:
    """The word at ``i`` names one of ``things`` (base forms; a compound by its head: "verkko"
    of "hiusverkko"), not as left out (after "ilman", in the abessive)."""
    w = words[i]
    return bool(things & _bases(w) or any(t.endswith(b) and len(b) >= 4 for t in things
                                          for b in _bases(w))) and \
        (i == 0 or words[i - 1] not in WITHOUT) and \
        not any(case == "vajanto" for case, _ in finnish.case_numbers(w))


def _condition_after(words: Sequence[str], said: _Said) -> list[str] | None:
    """The words of a condition said after the clause ``said``, before the next main clause
    or a clause of a no or a verb of its own ("nosta selällä, et tarvitse apua kun käytät
    kärryä": the condition is the need's)."""
    rest = list(words[said.start + 1:])
    last = max(said.places, default=said.start)
    for i, w in enumerate(rest):
        if w in MAIN_JOINS or (w in NEGATIONS and rest[i + 1:i + 2] != ["kun"]) or (
                said.start + 1 + i > last and finnish.only_a_verb(w)):  # ("ei kun": a
            # self-correction, which takes the clause back as a condition would)
            return None
        if w in CONDITIONS:  # (to the next join: "kun tukipukit on laitettu vaikka olisi
            # kiire" is no excuse)
            end = next((k for k in range(i + 1, len(rest))
                        if rest[k] in MAIN_JOINS or rest[k] in SUB_JOINS), len(rest))
            return rest[i + 1:end]
    return None


def _excuse(condition: Sequence[str]) -> bool:
    """``condition`` says an excuse (``EXCUSES``) in the polarity it is one in; read up to a
    "muuten", after which the deed is said for its opposite: a load's size turned is a case
    of the work ("jos laatikko on painava, pyydä apua, muuten et tarvitse apua"; review90),
    haste, comfort or a wish turned is none ("jos on kiire, pyydä apua, muuten nosta yksin"
    is lifting alone; review91)."""
    no = not NEGATIONS.isdisjoint(condition)
    otherwise = "muuten" in condition
    if otherwise:
        condition = condition[:condition.index("muuten")]
    # (an essive is the manner of another deed: "kun lähdet kotiin väsyneenä")
    said = finnish.base_forms_of(w for w in condition if not any(
        case == "olento" for case, _ in finnish.case_numbers(w)))
    # (…haste, tiredness or a wish turned is still one: "jos ei ole kiire, pyydä apua,
    # muuten nosta yksin" lifts alone in haste; review92)
    return any((otherwise and w not in _LOAD_SIZE) or
               positive != (no != (otherwise and w in _LOAD_SIZE))
               for w, positive in EXCUSES.items() if w in said)


def _courtesy_off(words: list[str]) -> list[str]:
    """``words`` without a courtesy said at their start or end (frame words passed over:
    "ei se haittaa" is "ei haittaa"), where words of the answer's own are left."""
    own = [i for i, w in enumerate(words) if w not in FRAME_WORDS]
    bare = [words[i] for i in own]
    rest = courtesy_apart(bare, (), (), any_rest=True)
    if rest is bare or not rest:
        return words
    if bare[len(bare) - len(rest):] == rest:  # said at the start
        return words[own[len(bare) - len(rest)]:]
    return words[:own[len(rest) - 1] + 1]


def deed_said(c: Case) -> Judgement | None:
    """The answer judged as the foreseen mistake (or listed unsafe deed) a clause of it
    says positively; None where none is said."""
    deeds = steps_deeds(tuple(c.mistakes), tuple(n for _, n in c.accepted))
    if deeds.starts.isdisjoint(w[:2] for w in c.words):
        # (the cheap test: no word that may say a deed; a need said away may still be)
        return _said_needless(c, so_that(_courtesy_off(c.words)))
    words = so_that(_courtesy_off(c.words))
    said = _main(words)
    cuts: set[int] | None = None  # (where the answer was written with commas: made once,
    # only where a deed done alone is looked for)
    # a state or praise is the mistake only where it is all the answer says ("hyvät
    # hanskat, ota ne pois" is no "hyvät hanskat"); what an approval approves is said then
    whole = _main(_approved(words))
    whole = whole if len([s for s in whole if _content([*s.verbs, *s.rest])]) == 1 else []
    # … or all a clause of the written answer says, with its verb, between its commas or
    # sentence ends ("Hei, autonne on valmis, voitte hakea sen."; judge53)
    # (praise is no claim the answer makes: "hanskat on hyvät, mutta ota ne pois" is no
    # "hanskat on hyvät" — the instruction is given, the praise softens it)
    apart: list[_Said] | None = None  # (made once, where a mistake is a state)
    first = None  # (a milder mistake said: a wrong one said too is the verdict)
    first_at: set[int] = set()  # (…where in the answer its clauses stand)
    mistaken: frozenset[int] | None = None  # (the same for every mistake: made once)
    for mistake, parts in deeds.mistakes:
        if first is not None and c.mistakes[mistake] != "wrong":
            continue
        state = all(p.state for p in parts)
        if state and apart is None:
            apart = _stated_apart(c.written, words)
        states = [*whole, *apart] if state and apart and not _praise(mistake) else whole
        found = [next((s for s in states if _says(s, p) and not _more_said(p, s)), None)
                 if state else next((s for s in said if _says(s, p)), None) for p in parts]
        # (a deed done on one's own, its "yksin" unsaid: no topic excuses it, the means
        # are read where it is found)
        by_one = [x is None and not state and c.mistakes[mistake] == "wrong" for x in found]
        if any(by_one) and cuts is None:
            cuts = comma_cuts(words, c.written)
        found = [_alone_unsaid(said, p, parts, cuts or set()) if one else x
                 for x, p, one in zip(found, parts, by_one, strict=True)]
        if None in found:
            continue
        if mistaken is None:
            mistaken = _mistaken(said, deeds)
        own = frozenset(b for p in parts for alt in p.words for b in alt)
        # (a state is no deed done some way: a topic said before it qualifies nothing,
        # "aino kaatui aamulla, mutta kaikki oli hyvin")
        alone_at = {x.start for x, one in zip(found, by_one, strict=True) if one and x}
        if any((not state and s.start not in alone_at and
                _qualified(c, words, said, s, parts, mistaken)) or
               (_conditioned(c, _approved(words) if s in whole else words, s, own) and
                not _its_own_condition(mistake, words, s))
               for s in found if s is not None):
            continue
        if c.mistakes[mistake] != "wrong":
            if first is None:
                first, first_at = mistake, {k for x in found if x is not None for k in x.places}
            continue  # (a milder one after it was passed over above)
        c.note(f"'{mistake}' said positively in a clause of its own")
        return c.judgement("wrong", "mistake", matched=mistake)
    rest = [w for k, w in enumerate(words) if k not in first_at]
    if first is not None and _right_beside(c, rest):
        c.note(f"'{first}' said beside a right answer")  # "telineessä ei ollut
        # jalkalistaa, ja tuuli puhalsi": a half answer said too (set 47, both trainers)
    elif first is not None:
        c.note(f"'{first}' said positively in a clause of its own")
        return c.judgement(c.mistakes[first], "mistake", matched=first)
    if (needless := _said_needless(c, words)) is not None:
        return needless
    for s in said:
        if s.negative or _asks_or_reports(s):
            continue
        deed = unsafe_deed(c, [*s.verbs, *s.rest])
        if deed is None or _conditioned(c, words, s, frozenset(
                b for w in s.order for b in _bases(w)), deed[0]) or \
                _for_later(words, said, s, deed[0]) or not any(
                _positive(v, s, _NO_PART) for v in s.verbs if deed[0] & finnish.base_forms(v)):
            continue
        # beside words of the learner's own, almost as beside a right answer (unsafe_more);
        # all the answer says, wrong
        j = unsafe_beside(c, [*s.verbs, *s.rest], c.closest) \
            if sum(bool(_content([*x.verbs, *x.rest])) for x in said) > 1 else None
        c.note(f"the unsafe deed '{' '.join(sorted(deed[0]))}' said positively")
        return j or c.judgement("wrong")
    return None


def _alone_unsaid(said: list[_Said], part: _Clause, parts: tuple[_Clause, ...],
                  cuts: Collection[int]) -> _Said | None:
    """The clause of ``said`` that says a wrong mistake's deed done on one's own with its
    "yksin" or "itse" left unsaid, by the learner alone ("minä nostin hänet sänkyyn" for
    "nostin hänet yksin sänkyyn"; set 52, both trainers: wrong): the deed's verb said by
    "I" or to "you" (or after a verb of trying, "yritin nostaa"), its clause from there
    saying nothing but the mistake's words, pronouns, adverbs and where to or from
    ("…tuoliin", "…ylös lattialta"); a helper or a means said with it ("… työkaverin
    kanssa", "yhdessä", "… nostolaitteella", "nostimme …") is another deed. An earlier
    clause's words before its verb are its own ("aino kaatui aamulla minä nostin hänet":
    speech has no commas). Not a deed of one word ("nosta" of "nosta yksin")."""
    own = [alt for alt in part.words if not alt.isdisjoint(ON_ONES_OWN)]
    if not own or not part.deed or len(part.words) - len(own) < 2:
        return None
    words = [alt for p in parts for alt in p.words if alt not in own]
    for s in said:
        if _asks_or_reports(s):
            continue
        at = next((i for i, w in enumerate(s.order)
                   if w in s.verbs and part.deed & finnish.base_forms(w)), None)
        if at is None:
            continue
        first = at - 1 if at and s.order[at - 1] in s.verbs else at  # ("yritin nostaa")
        if not any(finnish.persons(v) & _BY_ONE for v in s.order[first:at + 1]):
            continue
        begin = max((i + 1 for i in range(first) if _a_finite_verb(s.order[i])), default=0)
        if first > begin and s.places[first] - s.places[first - 1] > 1:
            begin = first  # (its subject pronoun, read apart, begins it: "aino kaatui
            # aamulla minä nostin hänet")
        # (a cut before a word kept, past the words read apart: "…, minä nostin")
        begin = max((i for i in range(first + 1) if any(
            (s.places[i - 1] if i else -1) < cut <= s.places[i] for cut in cuts)),
            default=begin)
        # (…or from a comma or full stop as written, to the next: "Aino kaatui aamulla.
        # Nostin hänet sänkyyn.", "minä korjaan telineen, se on helppoa"; review105)
        end = next((i for i in range(at + 1, len(s.order)) if any(
            s.places[i - 1] < cut <= s.places[i] for cut in cuts)), len(s.order))
        if s.negative and (not s.nos or any(
                n < end or n >= len(s.order) or not (
                    finnish.is_verb(s.order[n]) or finnish.is_participle(s.order[n]))
                for n in s.nos)):
            continue  # (a no of its own, "…, ei yksin vaan kun hoitaja tulee"; not a verb's
            # of its own past its comma, "…, kukaan ei auttanut")
        order = s.order[begin:end]
        # (…a helper named after it is help all the same: "…, hoitaja auttoi")
        later = [*_with_nos(s, end, cuts), *(w for x in said if x.start > s.start
                                             for w in [",", *_with_nos(x, 0, cuts)])]
        if all(_said_alone(order, i, words) for i in range(len(order))) and \
                not _helped_later(later, {w for alt in words for w in alt}):
            return s
    return None


def _said_alone(order: Sequence[str], i: int, words: Sequence[frozenset[str]]) -> bool:
    """The word at ``i`` of a deed's clause adds no helper nor means (``_alone_unsaid``)."""
    w = order[i]
    if w in WITH_OTHERS:
        return i > 0 and order[i - 1] in WITHOUT  # ("ilman apua": alone all the same)
    cases = finnish.cases(w)
    if _ADESSIVE in cases and not any(w in alt for alt in words):
        return False  # (what it is done with: "nostolaitteella", "nostimella")
    return w in SUBJECT_PRONOUNS or w in _HER_OR_HIM or w in WITHOUT or w in ON_ONES_OWN or \
        any(_matches(alt, w) for alt in words) or (an_adverb(w) and w not in WITH_OTHERS) or \
        bool(cases & _WHERE_TO_OR_FROM) or bool(finnish.persons(w))




def _with_nos(s: _Said, start: int, cuts: Collection[int]) -> list[str]:
    """The words of ``s`` from ``start``, each no it says put back before its word and a
    "," where the answer was cut as written."""
    out: list[str] = []
    for i in range(start, len(s.order)):
        if i > start and any(s.places[i - 1] < cut <= s.places[i] for cut in cuts):
            out.append(",")
        if i in s.nos:
            out.append("ei")
        out.append(s.order[i])
    return out


def _helped_later(later: Sequence[str], theirs: Collection[str]) -> bool:
    """The words after a deed done alone name help with it, said yes and then: "…, hoitaja
    auttoi", "…, käytin nostolaitetta", "…, työkaveri oli mukana", "…, Pekka nosti toiselta
    puolelta" — not "…, kukaan ei auttanut", "…, hoitaja tuli auttamaan vasta myöhemmin"
    (review107)."""
    nos = no_on(later)
    for i, w in enumerate(later):
        start = max((j + 1 for j in range(i) if later[j] == ","), default=0)
        stop = next((j for j in range(i, len(later)) if later[j] == ","), len(later))
        # (…or in a part after it with no verb of its own: "…, hoitaja auttoi, mutta vasta
        # myöhemmin"; not "…, hoitaja auttoi, myöhemmin lonkkaan sattui"; review109)
        nxt = later[stop + 1:next((j for j in range(stop + 1, len(later)) if later[j] == ","),
                                  len(later))]
        verbless_late = not _LATER_HELP.isdisjoint(nxt) and not any(
            finnish.persons(x) or (_a_thing(x) and x not in _LATER_HELP and
                                   "omanto" not in finnish.cases(x))
            for x in nxt)  # (a time's noun before "jälkeen": "…mutta vasta
        # lounaan jälkeen"; review111)
        # (…not a part of another thing's time: "…, hoitaja auttoi, lääkäri huomenna")
        if w == "," or nos[i] or not _LATER_HELP.isdisjoint(later[start:stop]) or \
                verbless_late:
            continue  # (not "…, kukaan ei auttanut", "…tuli auttamaan vasta myöhemmin";
            # a late word of another sentence is its own, "…, hoitaja auttoi. Myöhemmin
            # lääkäri tutki hänet."; review108)
        bases = finnish.base_forms(w)
        if any(p == "1" for p, _ in finnish.persons(w)):
            continue  # ("…, sitten nostin hänen jalkansa": I lifted, no hoist)
        if w in WITH_OTHERS or bases & {"auttaa", "avustaa", "apu"}:
            return True
        if bases & _LIFTING_AIDS and (finnish.cases(w) & {"ulkoolento"} or any(
                finnish.base_forms(x) & {"käyttää"} or x == "käytössä"
                for x in later[max(0, i - 2):i + 3])):
            return True  # (an aid used: "…, käytin nostolaitetta", "…nostolaitteella";
            # not "…, nostolaite oli rikki")
        lifts_another = "nostaa" in bases and i + 1 < len(later) and \
            _an_object(later, i + 1) and later[i + 1] not in _HER_OR_HIM
        if (w == "mukana" or ("nostaa" in bases and ("3", "singular") in finnish.persons(w)
                              and not lifts_another)) and _a_helper_before(later, i, theirs):
            return True  # ("…, työkaveri oli mukana", "…, Pekka nosti toiselta puolelta";
            # not "…, Aino nosti kätensä", "…, puhelin oli mukana")
    return False


def _a_helper_before(words: Sequence[str], i: int, theirs: Collection[str]) -> bool:
    """A helper is said right before words[i] (past "oli", "on", "myös"): a workmate, a
    nurse, or a person's name — not one the mistake names ("Aino", the one lifted), nor
    "hän", "se"."""
    j = i - 1
    while j >= 0 and words[j] in ("oli", "on", "myös", "kanssa"):
        j -= 1
    return j >= 0 and words[j] not in theirs and (
        bool(finnish.base_forms(words[j]) & _HELPERS) or
        bool(finnish.NAME_CLASSES & finnish.word_classes(words[j])))


_HELPERS = frozenset({"hoitaja", "työkaveri", "kaveri", "kollega", "lähihoitaja",
                      "sairaanhoitaja", "toinen"})


_LATER_HELP = frozenset({"vasta", "myöhemmin", "jälkeen", "jälkeenpäin", "huomenna",
                         "myöhässä", "myöhään", "päästä"})
_HER_OR_HIM = frozenset({"hänet", "häntä", "hänen", "heidät", "heitä", "sen", "se", "ne"})
_WHERE_TO_OR_FROM = frozenset({"sisatulento", "ulkotulento", "sisaeronto", "ulkoeronto",
                               "sisaolento"})


_BY_ONE = frozenset({("1", "singular"), ("2", "singular")})  # "I" or "you", one person


_NO_PART = _Clause(False, (), frozenset(), frozenset(), False)


def _right_beside(c: Case, rest: list[str]) -> bool:
    """``rest`` (the answer but a foreseen half answer's clauses) is a right answer of its
    own, with a verb: the half answer is said beside it."""
    from valkky.judge.rules import judged_as  # (rules reads this module)

    rest = [w for w in rest if w not in ("ja", "sekä")]
    # (judged as a whole answer: a report stands only as one, reported.py)
    return any(finnish.is_verb(w) or w in NEGATIONS for w in rest) and \
        judged_as(c, rest, off="").verdict == "correct"


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
                    for person, mood, _ in _verb_forms(x)):
                break
            out.append(x)
    return out


def _its_own_condition(mistake: str, words: Sequence[str], said: _Said) -> bool:
    """Where the mistake says a deed under a condition of its own ("sormus saa olla, jos on
    hanskat"), a condition said with ``said`` is another such case ("…, jos laitat hanskat",
    "jos se on pieni"; review82), unless it takes the learner out of the work
    (``_out_of_work``: "kun menet kotiin", "kun et ole linjalla"; review84)."""
    told = normalised(mistake).split()
    at = next((k for k, w in enumerate(told) if w in CONDITIONS), None)
    if at is None or not any(map(finnish.is_verb, told[:at])):
        return False  # (no condition of a deed: "hyvä kun sinulla on hanskat" praises)
    found = [x for x in (_condition_before(words, said), _condition_after(words, said)) if x]
    return not any(_out_of_work(x) for x in found)


def _out_of_work(condition: Sequence[str]) -> bool:
    """``condition`` takes the learner out of the work: home, off duty, outside, on a break,
    the shift over, the thing put in the locker, or a no of being at the work ("kun et ole
    linjalla"); not coming back ("kun tauko loppuu", "kun tulet ulkoa sisään"; "kun lähdet
    linjalle" names no place away), nor a no of something else ("jos se ei ole iso";
    review84, review85)."""
    bases = {b for w in condition for b in _bases(w)}
    if (bases & _COMING_BACK or "sisään" in condition) and NEGATIONS.isdisjoint(condition):
        return False  # (not come back yet is away: "kun et ole tullut töihin")
    ended = bool(bases & _ENDED) and \
        NEGATIONS.isdisjoint(condition)  # (not "kun vuoro ei ole loppunut")
    away = next((k for k, w in enumerate(condition) if _bases(w) & _AWAY), None)
    off = next((k for k, w in enumerate(condition) if _bases(w) & (_AWAY | {"tauko"})), None)
    if off is not None and "tauko" in _bases(condition[off]) and \
            not NEGATIONS.isdisjoint(condition):  # (a break not over, or beside a no of the
        return bool(bases & _ENDED) or (  # work, is one;
            NEGATIONS.isdisjoint(condition[:off]) and bool(bases & _AT_WORK))  # not begun,
        # or not on it, is none: "kun tauko ei ole ohi", "kun olet tauolla etkä linjalla";
        # "kun tauko ei ole alkanut", "kun et ole tauolla"; review88)
    if off is not None and not NEGATIONS.isdisjoint(condition[:off]):
        return False  # (a no of being away is being at the work: "kun et ole kotona", "kun
        # et ole vielä lähtenyt kotiin", "kun tauko ei ole alkanut"; not a no after it, "kun
        # olet kotona eikä ole vuoroa"; review86-88)
    if not NEGATIONS.isdisjoint(condition) and bases & _AT_WORK:
        # ("kun et ole linjalla", "kun vuoro ei ole alkanut"; not the shift not over, "kun
        # vuoro ei ole loppunut", nor work not left, "kun et ole vielä lähtenyt töistä")
        return not (bases & _ENDED or _leaving_work(condition))
    return away is not None or "kaappiin" in condition or \
        (bool(bases & _WORKDAY) and ended) or ("tauko" in bases and not ended) or \
        (NEGATIONS.isdisjoint(condition) and _leaving_work(condition))


def _leaving_work(condition: Sequence[str]) -> bool:
    """Leaving the work, out of it ("kun lähdet töistä", "kun olet lähtenyt hallista";
    review89), not for it ("kun et ole vielä lähtenyt linjalle")."""
    def of_work(cases: tuple[str, ...]) -> bool:
        return any(_bases(w) & _AT_WORK and any(case in cases for case, _ in
                                                finnish.case_numbers(w)) for w in condition)

    # (not for another place of the work: "kun lähdet keittiöstä linjalle"; review90)
    return any("lähteä" in _bases(w) for w in condition) and \
        of_work(("sisaeronto", "ulkoeronto")) and not of_work(("sisatulento", "ulkotulento"))


_AWAY = frozenset({"koti", "kotona", "kotiin", "vapaa", "pukuhuone", "ulkona", "loma"})
_WORKSITE = frozenset({"työmaa", "työpaikka", "tehdas", "työalue", "melualue"})  # (outside:
# off the work)
# a work's time, and its end (review89: "kun työpäivä on ohi", "kun työvuoro päättyy")
_WORKDAY = frozenset({"vuoro", "työvuoro", "työ", "työpäivä", "työaika"})
_ENDED = frozenset({"loppu", "loppua", "loppunut", "ohi", "päättyä", "päättynyt"})
_AT_WORK = frozenset({"linja", "tuotanto", "tuotantotila", "työ", "työvuoro", "vuoro", "keittiö",
                      "halli", "tehdas", "työpaikka", "työskennellä"})
_COMING_BACK = frozenset({"tulla", "palata"})


def _said_needless(c: Case, words: Sequence[str]) -> Judgement | None:
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
    """The word of what the answer says is not needed (``_said_needless``): in the words as
    the judge reads them, or as said, where a rewording toward the step's words took a
    compound apart ("hiusverkkoa" read "verkkoa hiukset"; review89), but not help then: an
    aid or a call said in other words is read as the step's ("käytä pumpparia niin et
    tarvitse apua"; review90)."""
    if (needless := _protection_needless(c, words)) is not None:
        return needless
    said = so_that(_courtesy_off(c.said.split()))
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
        if not any(_gear(b) and not (off and b.endswith(off)) for b in bases) or \
                _said_with_a_no(words, k):
            continue  # (a no in its clause: "hanskat ei ole turhat"; a condition is the
            # excuse's to weigh: "kun on kiire" excuses nothing, "kun olet kahvihuoneessa")
        faulty = _faulty(words, k) or _faulty_if(words, k)
        rest = [x for x in words[k + 1:k + 5] if x not in _DEGREE_WORDS]
        said = rest[1:] if rest[:1] and rest[0] in _BE_SAID else rest
        deed = said[1:2] and any(mood == "A-infinitive" for _, mood, _ in _verb_forms(said[1]))
        # (…of a deed after it any but one of taking it off or forgetting it, and the gear
        # no object of a verb before: not "suojalasit on turha ottaa pois", "hanskat on
        # turha unohtaa", "käytä suojalaseja, on turha riskeerata silmiä"; review91-94)
        useless = any(finnish.base_forms(x) & _USELESS for x in said[:1]) and not faulty and (
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
            _an_object(words, j) and finnish.base_forms(words[j]).isdisjoint(_SPANS)
            for j in range(k + 3, _clause_join(words, k + 3, k + 5))) and not (
            faulty and _replaced(words))
        if (useless or left) and not _excused_off_work(words, k) and \
                not _gloves_at_a_turning_machine(words, k):
            return w
    return None


def _clause_join(words: Sequence[str], start: int, stop: int) -> int:
    """Where a condition or a join first begins a clause from ``start`` (at most ``stop``,
    the words' end): a thing after it is no object of the verb before ("hanskat voi riisua
    kun hitsaus on ohi"; review105)."""
    stop = min(stop, len(words))
    return next((j for j in range(start, stop)
                 if words[j] in CONDITIONS or words[j] in _JOINED), stop)


_USELESS = frozenset({"turha", "tarpeeton"})
# verbs of taking gear off or forgetting it: "turha" before one is advice
_LEAVING_OFF = frozenset({"riisua", "jättää", "unohtaa", "heittää", "poistaa", "irrottaa",
                          "säästää"})  # (and "ottaa pois": the "pois" after it)
_DEGREE_WORDS = frozenset({"ihan", "aivan", "täysin", "vähän", "hyvin", "aika", "melko",
                           "tosi", "kyllä"})
_BE_SAID = frozenset({"on", "ovat", "oo", "olis", "ois", "olisi"})
# a state that makes gear useless ("rikkinäiset hanskat on turhat, ota uudet")
_FAULTY = frozenset({"rikkinäinen", "vanha", "likainen", "märkä", "kulunut", "reikäinen",
                     "väärä", "huono", "löysä", "naarmuinen"})
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
    return bool(finnish.base_forms(before) & _FAULTY) or finnish.is_participle(before) or \
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
        finnish.base_forms(w) & (_TURNING | _GLOVES_OFF | _USELESS | {"tehdä"}) or (
            j and finnish.base_forms(span[j - 1]) & _TURNING and
            _an_object(span, j) and not finnish.base_forms(w) & _NOT_DRILLED)
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
            words[j] in ("ja", "tai") and j + 1 < len(words) and _a_thing(words[j + 1])) and
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
        ends = any(b & (_STOPPED | _ENDED) for b in bases)
        if off and "vasta" in span and ends:
            return w  # (on till the drilling ends)
        # (worn: used, kept or put on the hands; not put away, "laita hanskat talteen",
        # nor at a time before or after the turning, "…takaisin kun lopetat porauksen",
        # "…vasta porauksen jälkeen", nor said useless there, "hanskat on turha pitää")
        worn = any(b & _WEARING_GLOVES for b in bases) or not _ON_THE_HANDS.isdisjoint(span)
        if worn and not off and not ends and NEGATIONS.isdisjoint(span) and \
                _NOT_THEN.isdisjoint(span) and not any(b & _USELESS for b in bases):
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
        finnish.base_forms(w) & (_FAULTY | _DAMAGED) for w in told[of_it + 1:])


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
# a machine said as another's or one of many: "naapurin kone", "toinen kone"
_ANOTHERS = frozenset({"toinen", "yksi", "joku", "jokin", "viereinen", "naapuri", "muu"})


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
                any(mood == "MA-infinitive" for _, mood, _ in _verb_forms(w))):
            return False  # (where to, or where: another place of the work)
    if any(b & _WORKDAY for b in bases) and any(b & _ENDED for b in bases):
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
    out = "kotiin" if any(b.endswith(_SITE_GEAR) or b == _VEST
                          for b in finnish.base_forms(gear)) else "ulos"
    return any("lähteä" in b and _the_worker(condition, j)
               for j, b in enumerate(bases)) and any(
        w in ("kotiin", out) or (
            finnish.cases(w) & _FROM and
            finnish.base_forms(w) & (_WORKSITE | _AT_WORK | {"halli", "työ"}))
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
    if any(b & _WORKING for b in bases) or any(b & _ANOTHERS for b in bases):
        return False
    for j, b in enumerate(bases):
        if b & (_MACHINES | _MACHINE_WORK) and j and \
                "omanto" in finnish.cases(condition[j - 1]) and \
                not bases[j - 1] & (_MACHINES | _MACHINE_WORK):
            return False  # ("kaverin hionta", "työnjohtajan kone")
    if not _SUDDEN.isdisjoint(condition):
        return False  # ("…kun kone pysähtyy kesken työn", "…sammuu yllättäen": a fault)
    stopped = any((b & _STOPPING or (b & _STOPS and finnish.is_participle(w))) and (
        finnish.persons(w) & _I_OR_YOU or _said_passive(w) or b & _STOPS or (
            finnish.is_participle(w) and j and
            finnish.persons(condition[j - 1]) & _I_OR_YOU))
        for j, (w, b) in enumerate(zip(condition, bases, strict=True)))
    ended = any(b & _MACHINE_WORK for b in bases) and any(b & _ENDED for b in bases)
    # (…and nothing else: not "…kun sammutat koneen, korjaat sen itse"; review106)
    return ((stopped and any(b & (_MACHINES | _MACHINE_WORK) for b in bases)) or ended) and \
        all(w in CONDITIONS or w in SUBJECT_PRONOUNS or w in _OF_A_STOP or
            b & (_MACHINES | _MACHINE_WORK | _STOPPING | _STOPS | _ENDED | {"olla"})
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
            finnish.base_forms(x) & (_USELESS | _KEPT_IN | _ENOUGH) or _furniture(x) or
            (finnish.base_forms(x) & _LEAVING_OFF and not _denied_before(rest, i))
            for i, x in enumerate(rest)):
        return False
    if any((x in NEGATIONS or _denies(x)) and not _a_no_of_leaving(rest, i)
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


def _a_finite_verb(word: str) -> bool:
    """``word`` read only as a finite verb, no noun ("taukoa" is also tauota's command)."""
    return only_finite(word) and "nimisana" not in finnish.word_classes(word)


def _another_verb(words: Sequence[str], k: int, j: int) -> bool:
    """words[j] is a finite verb after the verbs said first after the gear at ``k`` (its
    own predicate, its verbs one after another: "on turha", "voi jättää pois"): another
    clause's."""
    if not _a_finite_verb(words[j]) or not (CONDITIONS | {"koska"}).isdisjoint(words[k + 1:j]):
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
        return not before.isdisjoint(_WORKDAY) or (
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
        bool(bases & (_AT_A_BREAK | _BREAK_THINGS | _LEAVING_OFF | _USELESS | _MAY))


def _a_break_place(word: str) -> bool:
    """``word`` names a room or place of breaks or off the work, by its last part too
    ("työmaaruokalassa", "henkilöstöravintolassa")."""
    return any(b in _OFF_WORK_PLACES or b in _AT_A_BREAK_PLACES or b.endswith(_BREAK_ROOMS)
               for b in finnish.base_forms(word))


# rooms of breaks, by a compound's last part (not "koppi": a crane's cab is one)
_BREAK_ROOMS = ("ruokala", "ravintola", "kahvila", "kahvio", "taukotila", "taukohuone",
                "kahvihuone", "pukuhuone", "sosiaalitila", "lepohuone", "taukotupa",
                "kanttiini", "ruokasali", "taukokontti")
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
    return any(mood == "A-infinitive" for _, mood, _ in _verb_forms(word))


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
    line) said fine to keep, no no in its clause: "hanskat käy porakoneella",
    "ohuet hanskat saa olla", "hanskat on hyvät" (review90). Not a deed of putting it away
    after the "saa" ("hanskat saa laittaa kaappiin", "sormus on hyvä jättää kotiin"), nor
    kept away or later, nor a new or whole one ("ehjä laikka käy"; review91). Its word,
    else None."""
    off = tuple(b for b in _removed(tuple(n for _, n in c.accepted)) if len(b) > 3)
    if not off:
        return None
    for k, w in enumerate(words):
        if not (_a_thing(w) and any(b.endswith(off) for b in finnish.base_forms(w))) or \
                _said_with_a_no(words, k) or \
                (k and words[k - 1] in _ANOTHER_GOOD_ONE and
                 not _steps_words(c).isdisjoint(_REPLACING)) or _taken_off_after(words, k):
            continue  # (…nor praise of it before it is taken off: "hanskat on hyvät, mutta
            # ota ne pois", judge53)
        rest = words[k + 1:k + 3]
        fine = rest[:1] in (["käy"], ["saa"]) or (
            rest[:1] in (["on"], ["ovat"]) and rest[1:2] and rest[1] in _FINE_TO_KEEP)
        at = k + 2 + (rest[:1] in (["on"], ["ovat"]))
        put_away = _put_away(words, at)
        if fine and not put_away and not _kept_elsewhere(words, k):
            return w
    return None


def _taken_off_after(words: Sequence[str], k: int) -> bool:
    """The thing at ``k`` is taken "pois" later in the answer, no other thing named between
    ("hanskat on hyvät, mutta ota ne pois"; not "hanskat saa olla, ota sormus pois";
    review91)."""
    off = next((j for j in range(k + 1, len(words)) if words[j] == "pois"), None)
    return off is not None and not any(_a_thing(x) for x in words[k + 1:off])


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
        x not in _PUT_TO and x not in _POSTPOSITIONS and x not in _ON_THE_BODY and
        any(case in ("sisatulento", "ulkotulento") for case, _ in finnish.case_numbers(x)) and
        finnish.base_forms(x).isdisjoint(_BODY) for x in after)


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
_MACHINES = frozenset({"kone", "pora", "porakone", "sorvi", "hiomakone", "laite", "terä",
                       "poraus", "hionta", "sahaus", "sorvaus", "hitsaus", "jyrsintä"})
# jewellery, a hygiene step's: a machine stopped excuses nothing there
_JEWELLERY = ("sormus", "koru", "kello", "rannekello", "kaulakoru", "korvakoru")


def _the_work_ended(condition: Sequence[str], thing: str) -> bool:
    """``condition`` (from its "kun"/"jos") says the work's end ("kun vuoro loppuu"), leaving
    it ("kun lähdet kotiin / töistä"), going out ("kun menet ulos") or, for a machine's
    danger, the machine stopped ("kun pora on pysähtynyt", "kun lopetat porauksen") — not
    going to it ("kun lähdet poraamaan"), a break's end ("kun tauko loppuu"), a stop for a
    hygiene step's jewellery (review102)."""
    bases = [finnish.base_forms(w) for w in condition]
    if any(b & (_WORKDAY | _MACHINES) for b in bases) and any(b & _ENDED for b in bases) and \
            not any(map(_a_break_word, condition)):  # (not "kun porauksen tauko loppuu")
        return True  # ("kun vuoro loppuu", "kun poraus on ohi")
    if any(w in _AWAY or w == "ulkona" or b & _AWAY
           for w, b in zip(condition, bases, strict=True)):
        return True  # ("kun olet ulkona / kotona", "kun lähdet lomalle")
    if any(b & {"lähteä", "mennä"} for b in bases) and any(
            w in _AWAY or w == "ulos" or (
                finnish.cases(w) & _FROM and
                not _a_break_word(w)) for w in condition):
        return True
    jewellery = any(b.endswith(_JEWELLERY) for b in finnish.base_forms(thing))
    return not jewellery and any(b & _STOPPED for b in bases) and any(
        b & _MACHINES for b in bases) and not any(b & _WORKING for b in bases)


# the work going on, said in the condition beside a stop ("kun lopetat hionnan ja aloitat
# porauksen", "kun kone seisoo ja kun se käy": review103)
_WORKING = frozenset({"käydä", "aloittaa", "pyöriä", "käynnistää", "käynnistyä", "porata",
                      "hioa", "sahata", "sorvata", "hitsata"})


def _of_the_work_ending(word: str) -> bool:
    """A word of the work's end or of leaving it ("kun vuoro loppuu", "kun lähdet töistä",
    "kun olet ulkona tuotantotilasta"), or of having the thing again then ("…saa laittaa
    takaisin", "…ottaa taas käteen")."""
    return word in _AWAY or word in ("ulkona", "aikaisin", "takaisin", "taas") or \
        word in _ON_THE_BODY or bool(
        finnish.base_forms(word) & (_ENDED | _WORKDAY | _AWAY | _STOPPED | {"lähteä", "olla"}))
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
                            finnish.base_forms(x) & (own | _USELESS | _MAY_KEEP) or
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
            finnish.base_forms(w) & (_WORKDAY | _MACHINES))):
        return True  # (the work's or the machine's end: "…vasta vuoron / porauksen jälkeen";
        # not "…vasta tauon / lounaan jälkeen", back at it then; review102)
    if later and ("jälkeen" in words or _off_work(words) or not CONDITIONS.isdisjoint(words)) \
            and (w in _IN_USE or finnish.base_forms(w) & _BODY):
        return True  # ("hanskat saa olla kädessä vasta porauksen jälkeen", "sormus saa olla
        # sormessa vasta vuoron jälkeen")
    return stored and w not in _IN_USE and (
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


_FINE_TO_KEEP = frozenset({"hyvä", "hyvät", "ok", "okei", "sallittu", "sallittuja", "turvallinen",
                           "turvalliset"})


def _protection_needless(c: Case, words: Sequence[str]) -> str | None:
    """The advice says a protection or help is not needed: a no, a word of need, and the
    protection right after it ("et tarvitse valjaita", "ei tarvita muita suojaimia") or,
    for an adjective, right before the no ("hiusverkko ei ole pakollinen"); with no
    condition in the answer ("jos laatikko on kevyt, et tarvitse apua" may be true). Its
    protection word, else None."""
    if not any(finnish.base_forms(w) & _NEEDED for w in words):
        return None
    if not CONDITIONS.isdisjoint(words):  # (not haste: "jos on kiire, ei tarvitse pestä")
        at = next(k for k, w in enumerate(words) if w in CONDITIONS)
        condition = list(takewhile(lambda x: not finnish.base_forms(x) & _NEEDED and
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
                b.endswith(_LIFTING_HELP) for b in finnish.base_forms(found)) else found
        if not _excuse(condition):
            # (a condition of the case may make help needless, "jos laatikko on kevyt, et
            # tarvitse apua"; worn gear only off the work: not "kun hiot, suojalaseja ei
            # tarvita", "kun olet telineellä, kypärää ei tarvita"; review105)
            # (…nor where the condition wears gear of its kind, "jos käytät korvatulppia,
            # kuulosuojaimia ei tarvita"; review106. A past report is no excuse: "kun hioin,
            # suojalaseja ei tarvittu", "…ei tarvittu kun käytin pipoa"; review107-108)
            found = _protection_needless(c, _without_a_later_condition(words, at, condition))
            if found is None:
                return None
            if finnish.base_forms(found) & _MEASURES:
                # (a measure put off or done another way: "jos käytät eri lautaa, ei
                # tarvitse pestä heti", "…pestä käsin jos on kone"; not "ei tarvitse pestä
                # lautaa kun se näyttää puhtaalta")
                return None if _another_board(condition) or (
                    "heti" in words and _another_board(words)) or (
                    "käsin" in words and any(b.endswith("kone") for w in condition
                                             for b in finnish.base_forms(w))) else found
            if not _worn_gear(found):
                # (help only, for a light thing: "jos laatikko on kevyt, et tarvitse apua";
                # not a person, an aid or a guard, "jos hän on kevyt, nostolaitetta ei
                # tarvita", "kun auto on kevyt, tukipukkeja ei tarvita"; nor an aid where
                # the load is down, "kun auto on maassa et tarvitse tukipukkeja"; review106)
                return None if _help_for_a_light_thing(c, found, condition) or (
                    not _DOWN.isdisjoint(condition) and not _of_a_person(c)) or \
                    _only_off_work(condition) else found
            return None if (
                _off_the_work(condition, found) or _only_off_work(condition) or
                _gloves_at_a_drill(found, condition) or _of_its_kind(found, condition, words)) \
                else found
    off = _taken_off(tuple(n for _, n in c.accepted))
    for i, w in enumerate(words):
        # (its own no, right before it or before a pronoun or "ole": "et sä tarvitse", "ei
        # ole pakollinen"; not another verb's, "tunkki ei riitä, tarvitset tukipukit")
        if not finnish.base_forms(w) & _NEEDED or not (
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
            words[i + 2] in _IT_OR_THEM or "lukusana" in finnish.word_classes(words[i + 2])
        ) else list(  # (…nor a count of it: "ei tarvitse käyttää kahta paria"; review90)
            takewhile(lambda x: not finnish.is_verb(x), words[i + 2:i + 5] if asked or worn
                      else words[i + 1:i + 4]))
        if asked:
            after = [x for x in after if any(
                b.endswith(_LIFTING_HELP) for b in finnish.base_forms(x))]
        # (…or right before its no: "hanskoja ei tarvita", "hiusverkko ei ole pakollinen";
        # review79; its object a partitive, not another verb's where the need has its own
        # after it: "pyydä apua, et tarvitse kärryä", but "tule, kypärää ei tarvita")
        owned = any(_a_thing(x) or x in _IT_OR_THEM or x in _ANOTHER_ONE
                    for x in words[i + 1:i + 4])  # ("käytä hiusverkkoa, ei tarvitse hakea
        # uutta"; review89)
        # (a need with a deed of its own has no object before it: "hae apua, ei tarvitse
        # pelätä"; not "hanskoja ei tarvitse vaihtaa", "kaidetta ei tarvita, laitetaan
        # jalkalista", nor help asked for with nothing after, "apua ei tarvitse pyytää")
        deed = i + 1 < len(words) and _a_deed_of_its_own(words, i + 1) and not (
            asked and _help_named(c) and words[i + 2:i + 3] == [])
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
            if any((b.endswith(_PROTECTION) or b == _VEST) and not b.endswith(tuple(off))
                   for b in bases) and not (
                    any(b.endswith(_LIFTING_HELP) for b in bases) and _an_aid(words)) and \
                    not (_past(w) and _help_unnamed(c, bases)) and \
                    not (bases & _LIFTING_AIDS and _help_asked_for(words)) and \
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
_NOT_QUITE = frozenset({"vähän", "huomenna", "myöhemmin", "puhki", "tyhjä"})
_ANOTHER = frozenset({"eri", "toinen", "toisen", "toista", "uusi", "uuden", "uutta"})


_UNDONE = re.compile(r"m[aä]t(?:[oö]n|t[oö]m)")  # ("käyttämätön": not done)


def _another_board(words: Sequence[str]) -> bool:
    """``words`` take another board ("jos käytät eri lautaa", "ota toinen lauta", "…eri
    väristä lautaa"; not "kun leikkaat eri ruokaa", "…eri kulhossa", "jos toista lautaa ei
    ole", "kun toinen lauta on likainen"; review109, review110)."""
    def taken(j: int) -> bool:  # (another, or changed to: "eri väristä lautaa", "toisen
        # puhtaan laudan", "vaihdat laudan"; not "toisen veitsen, lautaa", "eri kulhossa")
        for a in range(max(0, j - 3), j):
            between = words[a + 1:j]
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


def _of_a_person(c: Case) -> bool:
    """The step's answers speak of a person ("nosta hänet nostolaitteella")."""
    return bool({"hän", "hänet", "häntä", "hänen", "hänelle"} & {
        w for _, n in c.accepted for w in n.split()})


def _help_for_a_light_thing(c: Case, found: str, condition: Sequence[str]) -> bool:
    """``found`` is help, and ``condition`` says a thing is light or small (no person: not
    "hän", nor "se" where the step's answers speak of a person)."""
    if not any(b.endswith(_LIFTING_HELP) for b in finnish.base_forms(found)) or \
            _of_a_person(c) or "hän" in condition:
        return False  # (a person lifted is no light thing: "jos Aino on kevyt…"; review108)
    carts = [j for j, w in enumerate(condition)
             if any(b.endswith(_CARTS) for b in finnish.base_forms(w))]
    damage = [j for j, w in enumerate(condition)
              if finnish.base_forms(w) & (_DAMAGE_OF_GEAR | {"irti"})]
    damage_denied = bool(damage) and not NEGATIONS.isdisjoint(condition[:damage[0]])
    if carts and (_TIME_LIMITS - {"vain"}).isdisjoint(condition) and \
            _NOT_QUITE.isdisjoint(condition) and (any(
                finnish.base_forms(w) & {"käyttää"} for w in condition) or any(
            finnish.cases(condition[j]) & {"ulkoolento", "sisaolento"} and (
                condition[j + 1:j + 2] != ["on"] or any(  # ("kärryssä on tilaa")
                    "tila" in finnish.base_forms(x) for x in condition[j + 2:j + 4]))
            for j in carts) or
            not (_WORKING_CART | _WITH_YOU).isdisjoint(condition) or damage_denied) and \
            "ilman" not in condition and (not damage or damage_denied) and \
            (NEGATIONS.isdisjoint(condition) or damage_denied):
        return True  # (an aid used instead: "et tarvitse apua kun käytät kärryä", "…jos
        # laatikko on kärryssä", "kun kärry toimii", "jos pumppukärry ei ole rikki"; not
        # "kun kärry on rikki", "jos pumppukärryä ei ole", "jos pumppukärry on toisella",
        # "…jossa on vika"; review109, review110)
    light = any(finnish.base_forms(w) & {"kevyt", "pieni"} for w in condition)
    heavy = any(finnish.base_forms(w) & {"raskas", "painava", "iso", "suuri"}
                for w in condition)
    if "muuten" in condition:  # ("jos laatikko on painava, pyydä apua, muuten et tarvitse
        return heavy and NEGATIONS.isdisjoint(condition)  # apua": the light case)
    return (light and NEGATIONS.isdisjoint(condition)) or (
        heavy and not NEGATIONS.isdisjoint(condition))


def _without_a_later_condition(words: Sequence[str], at: int,
                               condition: Sequence[str]) -> list[str]:
    """``words`` without their condition's join, and without the condition itself where it
    is said after the need ("kuulosuojaimia ei tarvittu kun käytin korvatulppia": what is
    needless is said before; "kun hiot, suojalaseja ei tarvita" keeps its gear)."""
    need = next((i for i, w in enumerate(words) if finnish.base_forms(w) & _NEEDED), len(words))
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


# worn gear that stands in for another of its kind ("jos käytät korvatulppia,
# kuulosuojaimia ei tarvita")
_GEAR_KINDS = (("kuulosuojain", "kuulonsuojain", "tulppa", "korvatulppa"),
               ("suojalasi", "visiiri"))


_WITH_YOU = frozenset({"sulla", "sinulla", "mulla", "minulla"})
_WORN_ON_THE_HEAD = frozenset({"korvissa", "korvilla", "korviin", "korvaan", "korvien",
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


_DAMAGE_OF_GEAR = _FAULTY | _DAMAGED | {"reikä", "vika"}


def _of_its_kind(gear: str, condition: Sequence[str], words: Sequence[str] = ()) -> bool:
    """``condition`` says gear of ``gear``'s own kind worn, no no in it, and the answer
    says no damage of it ("…on päässä mutta rikki"; review109)."""
    if _damage_told(condition, words):
        return False
    kinds = [kind for kind in _GEAR_KINDS
             if any(b.endswith(kind) for b in finnish.base_forms(gear))]
    # (worn: a verb of wearing, or "sulla on …" and nothing more; not "jos korvatulpat on
    # taskussa", "…kaapissa", "…rikki", "jos ostat korvatulpat"; review107)
    # (…not kept somewhere: "jos pidät korvatulppia taskussa"; a place of the work is
    # where it is worn, "jos käytät korvatulppia hallissa"; review109)
    # (…its places a closed list, the head or the work, and no limit in time: not "…kaulassa",
    # "…pussissa", "jos käytät kuulosuojaimia vain aamulla"; review110)
    worn = (any(finnish.base_forms(w) & {"käyttää", "laittaa", "pitää"} for w in condition)
            and _TIME_LIMITS.isdisjoint(condition) and all(
                (w in _WORN_ON_THE_HEAD and not (  # (not "kypärän päällä": on another thing)
                    w == "päällä" and i and "omanto" in finnish.cases(condition[i - 1]))) or
                not finnish.cases(w) & _LOCAL_CASES or (
                    # (near a machine, where one uses the gear: "jos käytät kuulosuojaimia
                    # koneen lähellä"; not kept there, "jos pidät … koneen vieressä")
                    w in ("lähellä", "vieressä") and i > 0 and
                    any(finnish.base_forms(x) & {"käyttää"} for x in condition) and
                    any(b.endswith(_WORK_PLACES)
                        for b in finnish.base_forms(condition[i - 1]))) or (
                    finnish.cases(w) & _BEING_AT and any(
                        b.endswith(_WORK_PLACES) for b in finnish.base_forms(w)))
                for i, w in enumerate(condition))) or (
        not (_WITH_YOU | _WORN_ON_THE_HEAD).isdisjoint(condition) and all(
            w in _WITH_YOU or w in _WORN_ON_THE_HEAD or w in _BE_SAID or w in CONDITIONS or
            any(b.endswith(k) for k in _GEAR_KINDS[0] + _GEAR_KINDS[1]
                for b in finnish.base_forms(w)) for w in condition))
    return worn and NEGATIONS.isdisjoint(condition) and any(
        b.endswith(kind) and not b.endswith(tuple(
            k for k in kind if any(x.endswith(k) for x in finnish.base_forms(gear))))
        for kind in kinds for w in condition for b in finnish.base_forms(w))


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
    return any(b.endswith(_HELP) and (first_aid or b != "ensiapu") for b in _steps_words(c))


def _lifting(words: Sequence[str]) -> bool:
    """The answer speaks of lifting ("nosta jaloilla", "painavat laatikot voit nostaa")."""
    return any(finnish.base_forms(w) & {"nostaa", "nosto", "painava", "raskas"}
               for w in words)


_LIFTING_AIDS = frozenset({"nostolaite", "nostin"})
_FIXED_GUARDS = frozenset({"suojus", "kaide", "jalkalista"})  # (taken off, not put on)


def _help_asked_for(words: Sequence[str]) -> bool:
    """The answer asks for help or calls a helper ("pyydä apua", "kun hoitaja tulee")."""
    return _help_called(words) or _help_asked(words) or any(
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
            not (finnish.base_forms(words[k - 1]) & _NEEDED and
                 not NEGATIONS.isdisjoint(words[max(0, k - 3):k - 1])) and
            not (finnish.base_forms(words[k - 1]) & (_MODALS | _WILLING) and (
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


def _steps_words(c: Case) -> frozenset[str]:
    """The base forms of the step's answers' and topics' words (made once a step)."""
    return _steps_bases(tuple(n for _, n in c.accepted), tuple(c.topics))


@lru_cache(maxsize=sizes.STEPS)
def _steps_bases(examples: tuple[str, ...], topics: tuple[str, ...]) -> frozenset[str]:
    return frozenset(b for n in (*examples, *topics)
                     for w in normalised(n).split() for b in finnish.base_forms(w))


def _an_aid(words: Sequence[str]) -> bool:
    """``words`` say to use an aid that does a helper's work ("käytä pumppukärryä, niin et
    tarvitse työkaveria": review80): a verb of using or taking right before it, with no no
    nor "ilman" there and no fault of it told ("nosta ilman kärryä", "älä ota kärryä",
    "kärry on rikki": review81)."""
    if any(finnish.base_forms(w) & {"rikki", "rikkinäinen"} for w in words):
        return False
    return any(any(b.endswith(_AIDS) for b in finnish.base_forms(w)) and i and
               finnish.base_forms(words[i - 1]) & _TAKING_AN_AID and
               NEGATIONS.isdisjoint(words[max(0, i - 3):i]) and "ilman" not in words[i - 3:i]
               for i, w in enumerate(words))


_TAKING_AN_AID = frozenset({"käyttää", "ottaa", "hakea", "tuoda", "pyytää"})


def one_for_the_other(c: Case, words: list[str]) -> list[str]:
    """``words`` without a clause that says help needless where they say to use an aid, or
    an aid needless where they say to ask for help ("käytä trukkia, niin et tarvitse apua",
    "pyydä työkaveri, niin et tarvitse pumppukärryä": either does the lifting's work, so no
    example's help or aid is said no to; review80); only where the step is one of lifting
    with help (not a fallen resident's, "pyydä apua, et tarvitse nostolaitetta"; review83)."""
    if not _help_named(c):
        return words
    for i, w in enumerate(words):
        if not finnish.base_forms(w) & _NEEDED or not i or words[i - 1] not in NEGATIONS:
            continue
        at = next((k for k in range(i + 1, min(i + 3, len(words)))
                   if any(b.endswith(_LIFTING_HELP) or b.endswith(_AIDS)
                          for b in finnish.base_forms(words[k]))), None)
        if at is None:
            continue
        helper = any(b.endswith(_LIFTING_HELP) for b in finnish.base_forms(words[at]))
        if not (_an_aid(words) if helper else _help_asked(words)):
            continue
        # (the need's own words only, its no to its thing: commas are gone, so no join
        # need bound it, and a no beside it stays, "… ei tarvitse pitää selkää suorana")
        return [*words[:i - 1], *words[at + 1:]]
    return words


# help an aid does the work of (not a nurse's, who sees to a fallen resident: review82)
_LIFTING_HELP = ("apu", "työkaveri")


def _help_asked(words: Sequence[str]) -> bool:
    """``words`` say to ask for help: a verb of asking right before help, no no there."""
    return any(any(b.endswith(_LIFTING_HELP) for b in finnish.base_forms(w)) and i and
               finnish.base_forms(words[i - 1]) & {"pyytää", "kysyä", "hakea"} and
               NEGATIONS.isdisjoint(words[max(0, i - 3):i])
               for i, w in enumerate(words))


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
              not finnish.is_verb(x) and not finnish.base_forms(x) & _BODY]
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
        after[:1] in (["sitä"], ["niitä"]) and not any(map(_a_thing, after[1:])))


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


def _help_named(c: Case) -> bool:
    """The step's answers or topics name lifting and lifting help ("nosta jaloilla",
    "pyydä apua jos laatikko on painava")."""
    said = _steps_words(c)
    return "nostaa" in said and any(b.endswith(_LIFTING_HELP) for b in said)


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
_IT_OR_THEM = frozenset({"sitä", "niitä", "sen", "ne"})
# …and a person as a verb's object ("ei tarvitse siirtää häntä"; ``_of_gear``)
_OBJECT_PRONOUNS = _IT_OR_THEM | {"häntä", "hänet", "heitä", "heidät", "minua", "sinua",
                                  "meitä", "teitä"}
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
_AIDS = ("kärry", "trukki", "nostolaite", "nostin", "rullakko", "vaunu", "nosturi")
_NEEDED = frozenset({"tarvita", "pakollinen", "tarpeen", "tarpeellinen", "välttämätön",
                     "tarvitsee"})
# what protects a worker, by base form or a compound's last part (not any worn thing: "en
# tarvitse pipoa, käytän kypärää"), and help
# worn protection, by base form or a compound's last part (not any worn thing: "en tarvitse
# pipoa, käytän kypärää"; a vest by its name, or "liivi" itself, ``_gear``: not one for
# warmth, "lämpöliiviä ei tarvita"; review90-92)
_GEAR = ("käsine", "hanska", "hansikas", "suojalasi", "kuulosuojain", "turvakenkä",
         "turvasaapas", "kypärä", "maski", "suojavaate", "suojatakki", "huomioliivi",
         "turvaliivi", "heijastinliivi", "pelastusliivi", "valjas", "valjaat", "suojain",
         "tulppa", "visiiri", "hiusverkko", "hiussuoja")
_VEST = "liivi"


def _gear(base: str) -> bool:
    """``base`` names worn protection (``_GEAR``), or a vest as such."""
    return base == _VEST or base.endswith(_GEAR)


# …and what else is put in place for safety
_SET_FOR_SAFETY = (*_GEAR, "hiusverkko", "hiussuoja", "tukipukki", "jarru", "kaide",
                   "jalkalista")
# what protects a worker, and help
_PROTECTION = (*_GEAR, "hiusverkko", "hiussuoja", "suoja", "apu", "hoitaja", "työkaveri",
               "kaide", "tukipukki", "verkko", "nostolaite", "nostin", "jalkalista",
               "suojus")  # (aids and guards too: "jos hän on kevyt, nostolaitetta ei
# tarvita", "…suojusta ei tarvita"; review106)


_IT_OR_ONE = SUBJECT_PRONOUNS | {"se", "ne"}


def _a_subject(words: Sequence[str]) -> bool:
    """``words`` begin with a noun, then a no: "käsi ei jää kiinni" after a "niin"."""
    return len(words) == 2 and words[1] in NEGATIONS and \
        "nimisana" in finnish.word_classes(words[0])


def _a_claim(words: Sequence[str]) -> bool:
    """``words`` begin with a noun, then a verb in a person: "sormus saa olla" after a
    "niin" (review76)."""
    return len(words) == 2 and "nimisana" in finnish.word_classes(words[0]) and \
        not finnish.is_verb(words[0]) and bool(finnish.persons(words[1]))


def _no_harm(words: Sequence[str]) -> bool:
    """``words`` (after a "niin", up to a join) say no harm comes: a no and a verb of harm
    ("ei satu", "käsi ei jää kiinni"); not another claim, "et tarvitse valjaita", which is
    weighed as said (review76)."""
    clause = list(takewhile(lambda w: w not in MAIN_JOINS and w not in SUB_JOINS, words))
    return not NEGATIONS.isdisjoint(clause) and any(
        finnish.base_forms(w) & _HARM for w in clause)


_HARM = frozenset({"sattua", "satuttaa", "loukata", "loukkaantua", "jäädä", "kaatua",
                   "pudota", "liukastua", "kompastua", "vahingoittua", "palaa", "polttaa",
                   "tapahtua", "haljeta", "rikkoutua", "osua", "vetää", "tulla", "olla"})


def _a_command(word: str) -> bool:
    """``word`` commands: "älä", or a verb with an imperative reading ("ota") or read as he
    or she does it ("korjaa", which Voikko gives once for both: no subject follows
    "niin"): a "niin" before it says "so do this" (review74: "on kuuma niin ota kypärä
    pois" is the command)."""
    return word in ("älä", "älkää") or any(
        a.get("MOOD") == "imperative" or (a.get("MOOD") == "indicative" and
                                          a.get("PERSON") == "3")
        for a in finnish.analyses(word) if a.get("CLASS") == "teonsana")


def so_that(words: list[str]) -> list[str]:
    """``words`` with a "niin" that says why, after a deed, read as "jotta" where it says no
    harm comes ("käytä hanskoja niin ei satu", set 46: a command, then why; not another
    claim, "… niin et tarvitse valjaita", review76); a "niin" after a verb
    of the clause, before a no, a subject pronoun, a noun and its no ("ota hanskat pois niin
    käsi ei jää kiinni") or a word read only as a verb; not before a command ("laatikko on
    kevyt niin nosta selällä")."""
    out = list(words)
    verb = False
    for i, w in enumerate(words):
        if w in MAIN_JOINS or w in SUB_JOINS:
            verb = False
        elif w == "niin" and verb and i + 1 < len(words) and (
                words[i + 1] in NEGATIONS or words[i + 1] in _IT_OR_ONE or
                finnish.only_a_verb(words[i + 1]) or _a_subject(words[i + 1:i + 3]) or
                _a_claim(words[i + 1:i + 3])) and not _a_command(words[i + 1]):
            # (…, else a claim of its own, weighed as said: "ota sormus pois niin et
            # tarvitse hiusverkkoa", "laita hiukset verkkoon niin sormus saa olla"; review76)
            out[i], verb = "jotta" if _no_harm(words[i + 1:]) else "ja", False
        else:
            verb = verb or finnish.is_verb(w)
    return out

# what ends a clause of the written answer: a comma, a sentence's end
_CLAUSE_END = re.compile(r"[,;:.!?]")


def _stated_apart(written: str, words: list[str]) -> list[_Said]:
    """The clauses of the written answer between its commas and sentence ends that each say
    one thing with a verb of their own ("autonne on valmis" of "Hei, autonne on valmis,
    voitte hakea sen."), read in ``words`` (where a piece is found there word for word);
    none where the answer has no such mark or a piece has no verb ("hyvät hanskat, ota ne
    pois": a state without its verb is no clause of its own)."""
    pieces = [normalised(p).split() for p in _CLAUSE_END.split(written)]
    if sum(bool(p) for p in pieces) < 2:
        return []
    out: list[_Said] = []
    for piece in pieces:
        if not any(map(finnish.is_verb, piece)) or (at := _run_at(words, piece)) is None:
            continue
        own = [s for s in _aligned(words, at, at + len(piece)) if _content([*s.verbs, *s.rest])]
        if len(own) == 1:  # (its "on" is a frame word, no verb of the clause's)
            out.append(own[0])
    return out


# words of praise (by base form): a state of them is a compliment, no claim of the work's
_PRAISE = frozenset({"hyvä", "kaunis", "hieno", "kiva", "nätti", "upea", "mukava", "komea",
                     "ihana", "tyylikäs"})


def _praise(mistake: str) -> bool:
    """``mistake`` praises ("sormus on kaunis", "sinulla on hyvät hanskat"; not "kaikki oli
    hyvin", an adverb: a claim that all went well)."""
    return any(finnish.base_forms(w) & _PRAISE and "seikkasana" not in finnish.word_classes(w)
               for w in normalised(mistake).split())


def _more_said(part: _Clause, said: _Said) -> bool:
    """``said`` says more than the state ``part`` ("auto on valmis huomenna" beside "auto on
    valmis"), save a time told more exactly where the mistake is only a time."""
    # (a copula after a modal says the state too: "selkä saa olla kumarassa" is "selkä
    # kumarassa on ok", permitted; review82)
    content = [w for w in _content([*said.verbs, *said.rest]) if not (
        finnish.base_forms(w) & COPULA and not finnish.persons(w))]
    return len(content) > len(part.words) and not _a_time_told(part, said)


def _run_at(words: Sequence[str], run: Sequence[str]) -> int | None:
    """Where ``run`` stands in ``words`` word for word, the first place; None where not."""
    n = len(run)
    return next((i for i in range(len(words) - n + 1) if list(words[i:i + n]) == list(run)),
                None) if n else None


# the words of a time said more exactly ("huomenna aamulla", "eilen kello kuusi"), by base
# form; with numbers
_TIME_WORDS = WHEN_WORDS | {"eilen", "toissapäivänä", "kello", "ensi", "viime", "noin"}


def _a_time_told(part: _Clause, said: _Said) -> bool:
    """A mistake that is only a time ("huomenna" where the learner found someone a moment
    ago), said with no verb and only words of a time beside it: "huomenna aamulla" tells that
    time more exactly, the mistake all the same."""
    if said.verbs or not part.words:
        return False
    return all(alt <= _TIME_WORDS for alt in part.words) and all(
        w in _TIME_WORDS or is_number(w) or
        (finnish.base_forms(w) or {w}) <= _TIME_WORDS
        for w in _content(said.rest))  # ("noin": also a form of noki)


def open_deed(c: Case, j: Judgement) -> Judgement:
    """``j`` (an open answer's judgement), or the answer as the deed it says positively:
    a wrong stays wrong, an almost turns only to wrong; a no to an example that says a
    mistake's deed is that mistake, its own words said back ("mene vaan alle")."""
    if j.verdict not in ("correct", "almost") and j.reason != "negation":
        return j
    found = deed_said(c)
    if found is None and (idle := idle_nos(c.words, c.written)):
        # a no said apart or before a finite verb says no no of what follows: "ei, tunkki
        # riittää", "älä, voit mennä auton alle" say the mistake (judge45fix)
        found = deed_said(replace(c, words=nos_idled(c.words, idle)))
    if found is None or (found.verdict != "wrong" and j.verdict != "correct"):
        return j
    return found


# verbs of using or wearing a thing (its object): "käytä aina suojalaseja", "laita
# tukipukit", "muista turvakengät", "pidä kypärä päässä"; not with "pois"
USE_VERBS = frozenset({"käyttää", "laittaa", "pitää", "muistaa", "pukea"})
_ADESSIVE = "ulkoolento"


@lru_cache(maxsize=sizes.STEPS)
def _protections(examples: tuple[str, ...]) -> frozenset[str]:
    """The base forms of the things the step's examples say to use or wear: a verb of using's
    object (said to the learner or by them: ``_said_to``) in a clause with no no nor "pois"
    ("käytä aina suojalaseja", "laita tukipukit"),
    or what a no says is not to go without ("älä mene auton alle ilman tukipukkeja"); not a
    thing an example also takes off or says no to using ("ota käsineet pois", "älä käytä
    käsineitä")."""
    used: set[str] = set()
    refused: set[str] = set()
    for example in examples:
        for negative, verbs, rest in clauses(example.split()):
            using = any(USE_VERBS & finnish.base_forms(v) and _said_to(v) for v in verbs)
            things = {b for w in rest if _a_thing(w) for b in finnish.base_forms(w)}
            if negative:
                gone = {b for i, w in enumerate(rest) if i and rest[i - 1] in WITHOUT
                        for b in finnish.base_forms(w)}
                used |= gone
                refused |= (things - gone) if using else set()
            elif using and "pois" not in rest:
                used |= things
            elif "pois" in rest:
                refused |= things
    return frozenset(used - refused)


def _said_to(verb: str) -> bool:
    """``verb`` tells the learner to do it, or says they do: a command, or "I", "you" or
    "we" now ("käytä", "käytän", "muistat"); not a report ("laitoin", "asiakas laittoi") nor
    a modal's "pitää" of another ("kunnossapito pitää kutsua")."""
    return any(mood == "imperative" or (person in ("1", "2") and mood == "indicative" and
                                        tense == "present_simple")
               for person, mood, tense in _verb_forms(verb))


def _a_thing(word: str) -> bool:
    """A noun in an object's case, not a pronoun nor a verb's form ("suojalaseja",
    "tukipukit"; not "päässä", where it is worn)."""
    classes = finnish.word_classes(word)
    return "nimisana" in classes and "asemosana" not in classes and \
        not finnish.persons(word) and \
        any(case in finnish.OBJECT_CASES for case, _ in finnish.case_numbers(word))


def _gone_without(said: _Said, protections: frozenset[str]) -> str | None:
    """A thing of ``protections`` that ``said`` goes without: after "ilman" or in the
    abessive ("jatka työtä ilman tukipukkeja", "tee työt suojalasitta")."""
    for i in _without(said.order):
        bases = finnish.base_forms(said.order[i])
        if protections & bases or any(t.endswith(b) and len(b) >= 4  # (a compound's head:
                                      for t in protections for b in bases):  # "verkko")
            return said.order[i]
    return None


def _used_with(said: _Said, things: dict[str, str]) -> str | None:
    """The wrong mistake whose thing (``things``: base form → mistake) ``said`` uses, in the
    adessive of doing with it ("jatka poraamista hanskoilla" beside "käytä käsineitä")."""
    for i, w in enumerate(said.order):
        if i and finnish.base_forms(said.order[i - 1]) & ANOTHER_THING:
            continue  # "toisilla hanskoilla": another thing
        if any(case == _ADESSIVE for case, _ in finnish.case_numbers(w)):
            found = next((things[b] for b in finnish.base_forms(w) if b in things), None)
            if found is not None:
                return found
    return None


@lru_cache(maxsize=sizes.STEPS)
def _used_things(mistakes: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """Each thing a wrong mistake uses or wears (a verb of using and its object, no no, no
    "pois": "käytä käsineitä", "laita käsineet käteen"), by base form, with that mistake."""
    out: dict[str, str] = {}
    for mistake, verdict in mistakes:
        if verdict != "wrong":
            continue
        for negative, verbs, rest in clauses(normalised(mistake).split()):
            if negative or "pois" in rest or not any(USE_VERBS & finnish.base_forms(v) and
                                                     _said_to(v) for v in verbs):
                continue
            for i, w in enumerate(rest):  # (the head of its phrase: "samaa lautaa")
                if _a_thing(w) and not (i + 1 < len(rest) and _a_thing(rest[i + 1])):
                    for b in finnish.base_forms(w):
                        out.setdefault(b, mistake)
    return out


def without_protection(c: Case) -> Judgement | None:
    """An open answer's advice that goes on without the protection the step's examples say
    to use, or with the thing a wrong mistake uses (issue 12, judge45): a main clause with
    no no, not a question or a report, its verb said positively now (a command, "I", "you",
    "we", a modal: "voit jatkaa"; not a past: "jatkoin"), that says "ilman" (or the
    abessive) before such a thing ("jatka työtä ilman tukipukkeja", "jatka työtä ilman
    suojalaseja"; "ilman hanskoja" stays right where the examples take the gloves off), or
    that does its work with a wrong mistake's thing ("jatka poraamista hanskoilla" beside
    "käytä käsineitä": that mistake). Wrong: going on without it (``going_on``, the verb one
    of going on) or the opposite of the examples (``negation``)."""
    examples = tuple(n for _, n in c.accepted)
    protections = _protections(examples)
    # (a thing the examples use too is no mistake's by itself: "leikkaa toisella laudalla")
    things = {b: m for b, m in _used_things(tuple(c.mistakes.items())).items()
              if b not in protections} if c.mistakes else {}
    if not protections and not things:
        return None
    words = c.words
    said = _main(words)
    for s in said:
        if s.negative or _asks_or_reports(s) or not (any(
                _positive(v, s, _NO_PART) and not _past_only(v) for v in s.verbs) or
                _a_command_first(s, words)) or \
                _for_later(words, said, s, frozenset()) or \
                _conditioned(c, words, s, frozenset(b for w in s.order for b in _bases(w))):
            continue  # ("mene ilman kypärää vasta kun työ on valmis": for later, as
            # deed_said reads it)
        if (mistake := _used_with(s, things)) is not None:
            c.note(f"'{' '.join(s.order)}' uses the thing of '{mistake}'")
            return c.judgement("wrong", "mistake", matched=mistake)
        if (gone := _gone_without(s, protections)) is not None:
            c.note(f"'{' '.join(s.order)}': without {gone}, which the examples say to use")
            going = any(CARRY_ON & finnish.base_forms(v) for v in s.verbs)
            return c.judgement("wrong", "going_on" if going else "negation")
    return None


def _a_command_first(said: _Said, words: Sequence[str]) -> bool:
    """``said`` begins with a verb that can be a command, no subject before it: an
    imperative reading, or the present's third person of a verb in -ata/-ätä, which is its
    command too and which Voikko does not give ("poraa hanskoilla", not "hän poraa …";
    judge45fix)."""
    if not said.order or said.order[0] not in said.verbs or (
            said.start and words[said.start - 1] in SUBJECT_PRONOUNS):
        return False
    word = said.order[0]
    return any(a.get("CLASS") == "teonsana" and (
        a.get("MOOD") == "imperative" or (
            a.get("PERSON") == "3" and a.get("MOOD") == "indicative" and
            a.get("TENSE") == "present_simple" and
            a.get("BASEFORM", "").endswith(("ata", "ätä")) and word.endswith(("aa", "ää"))))
        for a in finnish.analyses(word))


def _past_only(verb: str) -> bool:
    forms = _verb_forms(verb)
    return bool(forms) and all(tense == "past_imperfective" for _, _, tense in forms)
