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
from itertools import pairwise
from typing import NamedTuple

from valkky.judge import finnish, sizes
from valkky.judge.any_place import AnyPlace, of_no_matter, to_a_place
from valkky.judge.case import Case, Judgement, comma_cuts, normalised
from valkky.judge.deed_words import (
    AIDS,
    ANOTHERS,
    AT_WORK,
    AWAY,
    CONDITIONS,
    ENDED,
    EXCUSES,
    LIFTING_AIDS,
    LIFTING_HELP,
    LOCAL_CASES,
    MACHINES,
    MODALS,
    NEEDED,
    USE_VERBS,
    WORKDAY,
    Form,
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
    verb_forms,
)
from valkky.judge.forms_allowed import an_adverb
from valkky.judge.hedges import names_a_time_or_amount
from valkky.judge.needless import (
    said_needless,
)
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
from valkky.judge.receiver import a_person
from valkky.judge.unsafe_more import UNSAFE_DEEDS, unsafe_beside, unsafe_deed
from valkky.judge.wordsets import (
    ACKNOWLEDGEMENTS,
    ANOTHER_THING,
    CARRY_ON,
    COPULA,
    FRAME_WORDS,
    INSIDE_A_MISTAKE,
    LESSON_LEARNED,
    NEGATIONS,
    NOT_THE_DEED,
    ON_ONES_OWN,
    STAND_INS,
    SUBJECT_PRONOUNS,
    WHEN_WORDS,
    WITH_OTHERS,
)

# verbs that tell what someone said, thought or saw: the words after them are a report (not
# "kysyä": "korjaa se itse kysymättä" says the deed; a question asks by its -ko)
_REPORTING = frozenset({"sanoa", "luulla", "väittää", "ajatella", "uskoa", "nähdä", "kuulla",
                        "huomata"})
_QUESTION_WORDS = frozenset({"mitä", "miksi", "miten", "milloin", "missä", "mikä", "kuka",
                             "saako", "voiko", "pitääkö", "entä", "eikö"})


class _Clause(NamedTuple):
    """A main clause of a mistake: whether it says no, its words to say (each as its base
    forms and itself), the base forms of its deed's verb (none: no verb of doing), the forms
    its verbs take, and whether it says only a state (no deed, no modal, no no)."""

    negative: bool
    words: tuple[frozenset[str], ...]
    deed: frozenset[str]
    forms: frozenset[Form]
    state: bool


def _word_bases(word: str) -> frozenset[str]:
    """``word``'s base forms; a word with an adverb's reading by that reading only, not a
    numeral's base: "yhdessä" is no "yksin", though both are forms of "yksi"."""
    adverbs = frozenset(a["BASEFORM"].casefold() for a in finnish.analyses(word)
                        if a.get("CLASS") == "seikkasana" and "BASEFORM" in a)
    return adverbs or finnish.base_forms(word)


def _bases(word: str) -> frozenset[str]:
    return _word_bases(word) | {word}


def _without(order: Sequence[str]) -> frozenset[int]:
    """Where ``order`` names a thing as left out: after "ilman", or in the abessive."""
    return frozenset(i for i, w in enumerate(order)
                     if (i > 0 and order[i - 1] in WITHOUT) or
                     any(case == "vajanto" for case, _ in finnish.case_numbers(w)))


_KEEPING = frozenset({"pitää", "säilyttää", "jättää"})


def _a_place(word: str, deed: frozenset[str]) -> bool:
    return word == "pois" or (not _KEEPING.isdisjoint(deed) and word not in LESSON_LEARNED
                              and any(case in LOCAL_CASES
                                      for case, _ in finnish.case_numbers(word)))
    # (a lesson learned is no place: "ensi kerralla pidä sormus" keeps it; judge57)


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
                           frozenset(f for v in verbs for f in verb_forms(v)),
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


_NOWHERE = AnyPlace()


def steps_deeds_of(c: Case) -> _Deeds:
    """``steps_deeds`` of the step judged."""
    return steps_deeds(tuple(c.mistakes), tuple(n for _, n in c.accepted), of_no_matter(
        tuple(m for m, v in c.mistakes.items() if v == "wrong")))


@lru_cache(maxsize=sizes.STEPS)
def steps_deeds(mistakes: tuple[str, ...], examples: tuple[str, ...],
                anywhere: AnyPlace = _NOWHERE) -> _Deeds:
    """The step's mistakes as deeds (``_Deeds``): not one an example says too (its every
    clause said in an example's, as positively); a place of ``anywhere`` (``any_place``)
    said by any place a deed no example does goes to, with any verb of moving where the
    mistakes move the thing with three."""
    said = [tuple(_main(e.split())) for e in examples]
    read = [(m, tuple(_placed_anywhere(p, anywhere, said) for p in _read(normalised(m))))
            for m in mistakes]
    kept = [(m, parts) for m, parts in read if parts and not any(
        all(any(_says(x, part) for x in ex) for part in parts) for ex in said)]
    # the mistake that says most first: its feedback is the trainer's for what was said (a
    # wrong one said beside a milder one is the verdict: deed_said)
    kept.sort(key=lambda mp: -sum(len(p.words) for p in mp[1]))
    return _Deeds(tuple(kept), _UNSAFE_STARTS | {w[:2] for _, parts in kept for p in parts
                                                 for alt in p.words for w in alt},
                  frozenset(p for _, parts in kept for p in parts
                            if any(_says(x, p) for ex in said for x in ex)))


def _placed_anywhere(part: _Clause, anywhere: AnyPlace,
                     said: Sequence[Sequence[_Said]]) -> _Clause:
    """``part`` with its place of ``anywhere`` said by any place it goes to ("kannoin hänet
    sohvalle" for "kannoin hänet sänkyyn"), by any verb of moving where the step's mistakes
    move the thing with three ("talutin hänet sänkyyn"), where no example says the deed so
    ("vien roskat konttiin" keeps its place beside "vien roskat kartonkikonttiin")."""
    words = tuple(_ANY_PLACE if not alt.isdisjoint(anywhere.places) else alt
                  for alt in part.words)
    if words == part.words or not part.deed:
        return part
    if part.deed & anywhere.verbs:  # (the verb's word said by any verb of moving)
        words = tuple(alt | anywhere.verbs if alt & part.deed else alt for alt in words)
    placed = part._replace(words=words, deed=part.deed | (
        anywhere.verbs if part.deed & anywhere.verbs else frozenset()))
    return part if any(_says(x, placed) for ex in said for x in ex) else placed


# a mistake's place that any place a thing goes to says (``_placed_anywhere``)
_ANY_PLACE = frozenset({"<any place>"})


def _moved_somewhere(order: Sequence[str]) -> bool:
    """A person said as the one moved, a place to go to after it in the clause (not one
    away from the scene where others moved her: ``_FROM_THE_SCENE``): "hänet"
    ("…hänet työkaverin kanssa sohvalle"), or a name not said of a thing of hers right
    after it ("…Ainon varovasti sohvalle", "…Ainon työkaverin kanssa…"; not "…Ainon
    silmälasit pöydälle", "…hänelle peiton päälle", "…hänen rollaattorinsa sivuun":
    review140-141)."""
    others = not any(p == "1" for w in order if w != "takaisin"  # (Voikko's verb too)
                     for p, _ in finnish.persons(w))  # ("vietiin")
    return any(any(to_a_place(x) and not (others and finnish.base_forms(x) & _FROM_THE_SCENE)
                   for x in order[i + 1:]) and (
        w in _A_PERSON_LIFTED or (finnish.NAME_CLASSES & finnish.word_classes(w) and
                                  not _hers(order[i + 1:i + 3])))
        for i, w in enumerate(order))


# places care takes a resident to, away from where she fell: where no "I" or "we" did it,
# what others did ("Hänet vietiin sairaalaan"; not "Vein hänet sairaalaan"; review142-143)
_FROM_THE_SCENE = frozenset({"sairaala", "ambulanssi", "päivystys", "terveyskeskus",
                             "osasto", "lääkäri"})


def _hers(after: Sequence[str]) -> bool:
    """The words after a name say a thing of hers: a noun, not one with a postposition
    ("jalat", "pään"; not "työkaverin kanssa")."""
    return bool(after) and "nimisana" in finnish.word_classes(after[0]) and \
        not to_a_place(after[0]) and not (len(after) > 1 and after[1] in _ALONG_WITH)


class _Said(NamedTuple):
    """A main clause of the answer: whether it says no, its verbs, its other words, all
    of them in the order said, where its first is in the answer, where in that order each
    no stands (before the word at that place; a contracted no, "äläkä", at its own),
    where in the answer each word of the order stands, and where its written sentence
    starts (a condition said first is read back to there)."""

    negative: bool
    verbs: list[str]
    rest: list[str]
    order: tuple[str, ...]
    start: int
    nos: tuple[int, ...]
    places: tuple[int, ...]
    sentence: int = 0


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
                and mood == "indicative" for person, mood, _ in verb_forms(w))
        elif w not in FRAME_WORDS and w not in ACKNOWLEDGEMENTS:
            first = False
        out.append(w)
    return out, frozenset(added)


def _main_verb(word: str) -> bool:
    """``word`` read only as a finite verb (no infinitive or participle, no negative verb),
    and no other word class, or a command or "I", "you", "we": "voit", "laita" are also
    nouns' forms."""
    return only_finite(word) and (finnish.only_a_verb(word) or any(
        mood == "imperative" or person in ("1", "2") for person, mood, _ in verb_forms(word)))


def _main(words: Sequence[str], written: str = "") -> list[_Said]:
    """The main clauses of ``words`` (``_clauses``), each with its words in order: each stretch
    up to where a condition said first ends (``_ended``) read on its own, so a main clause after
    it starts after it, not at a word of the condition it says too ("jos kypärää ei ole mene
    ilman kypärää"); each sentence of the answer as ``written`` read on its own, so a
    condition said first in a later one is said first there too ("Aino kaatui aamulla. Kun
    löysin hänet, nostin hänet yksin sänkyyn."; review124)."""
    out: list[_Said] = []
    bounds = sorted({0, *_sentence_starts(words, written), *_after_a_main_clause(words, written),
                     len(words)})
    for a, b in pairwise(bounds):
        _, added = _ended(words[a:b])
        ends = [a + m - k for k, m in enumerate(sorted(added))]  # (in ``words``)
        for lo, hi in zip([a, *ends], [*ends, b], strict=True):
            out += [x._replace(sentence=a) for x in _aligned(words, lo, hi)]
    return out


def _sentence_starts(words: Sequence[str], written: str) -> list[int]:
    """Where in ``words`` each sentence of ``written`` after its first starts (after a full
    stop, "!" or "?") with a subordinate join ("Kun löysin hänet, …"), or with its verb
    after a sentence of what happened, of a thing of its own (``_what_was_done``,
    ``_of_its_own``); none where its sentences, read as the judge reads them, do not give
    ``words``."""
    if not written or not _SENTENCE_END.search(written.rstrip(" .!?")):
        return []
    chunks = [ch for ch in (normalised(p).split() for p in _SENTENCE_END.split(written)) if ch]
    if [w for ch in chunks for w in ch] != list(words):
        return []
    starts, at = [], 0
    for ch, after in pairwise(chunks):
        at += len(ch)
        if words[at] in SUB_JOINS or (_a_verb_first(words, at) and _what_was_done(ch) and
                                      _of_its_own(after)):
            starts.append(at)  # (only a sentence that opens with its condition, or with
            # its verb after a sentence of what happened: one that goes on from the last,
            # "…. muuten nosta yksin", reads on; "Löysin Ainon lattialta. Kannoin hänet
            # sänkyyn." is two deeds)
    return starts


def _a_verb_first(words: Sequence[str], k: int) -> bool:
    """A finite verb opens ``words[k:]``, or a subject pronoun and one ("nostin…", "mä
    nostin…")."""
    return bool(finnish.persons(words[k])) or (
        words[k] in SUBJECT_PRONOUNS and k + 1 < len(words) and bool(finnish.persons(words[k + 1])))


_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")


def _after_a_main_clause(words: Sequence[str], written: str) -> list[int]:
    """Where in ``words`` a main clause starts after a comma, with its finite verb first,
    and after an "että" clause, or after a main clause that tells what happened, in the
    past, with no condition or relative clause ("Huomasin että se on rikki, nostin hänet
    yksin sänkyyn.", "Löysin Ainon lattialta, kannoin hänet sänkyyn."): read on its own,
    as no part of what was noticed or said, nor a place or way of the deed after it
    (review130); not a clause said now, whose place or way the next may qualify
    ("sormus saa olla taskussa, ota se pois")."""
    if "," not in written:
        return []
    cuts = sorted(comma_cuts(words, written))
    return [k for k, lo, hi in zip(cuts, [0, *cuts], [*cuts[1:], len(words)], strict=False)
            if _a_verb_first(words, k) and ("että" in words[lo:k] or (  # ("nostin": a
                _what_was_done(words[lo:k]) and _of_its_own(words[k:hi])))]  # noun too; "…,
    # mä nostin…")


def _what_was_done(words: Sequence[str]) -> bool:
    """``words`` tell what happened, in the past, with no condition or relative clause
    (not "…, jonka akku oli rikki", of the aid)."""
    return SUB_JOINS.isdisjoint(words) and any(map(finnish.only_past, words)) and not any(
        finnish.base_forms(w) & _RELATIVE for w in words)


_RELATIVE = frozenset({"joka", "mikä"})


def _what_befell(words: Sequence[str]) -> bool:
    """``words`` tell what happened to someone or something, none of it the learner's own
    deed ("Aino oli lattialla.", "Laikka oli vanha."; not "merkitsin vauriot rahtikirjaan
    ja…", which is the way of the deed after it; review142)."""
    return _what_was_done(words) and not any(
        p in ("1", "4") for w in words for p, _ in finnish.persons(w))


def _of_its_own(words: Sequence[str]) -> bool:
    """``words`` (a clause after a story's) name their thing themselves, no pronoun standing
    in for a thing of the story ("Lasit olivat lattialla, keräsin ne käsillä." reads on:
    "ne" is the glass; review140)."""
    return _THINGS_STOOD_IN.isdisjoint(words)


_THINGS_STOOD_IN = STAND_INS - {"hänet", "häntä", "heidät", "heitä"}  # (a person is no
# thing: "…, kannoin hänet sänkyyn" is said whole)


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
                if denies(words[at]):  # (a contracted no, "äläkä", "ettet")
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
    if not all(any(_matches(alt, w, _of_a_deed(part)) for i, w in enumerate(words)
                   if i not in out) for alt in part.words):
        return False
    if _ANY_PLACE in part.words and not _moved_somewhere(words):
        return False  # (the place another thing's: "nostin hänen päänsä tyynylle")
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


def _a_need_of_another_deed(words: Sequence[str], i: int, part: _Clause) -> bool:
    """The need at ``i`` is said of a deed of its own, an infinitive right after it that the
    mistake does not say: "sinun ei tarvitse ostaa kypärää itse" is no "ei tarvitse kypärää"
    (review82)."""
    return "tarvita" in finnish.base_forms(words[i]) and i + 1 < len(words) and \
        a_deed_of_its_own(words, i + 1) and not any(
            _matches(alt, words[i + 1]) for alt in part.words)  # ("ei tarvitse käyttää
    # valjaita" is the need of them)


def _matches(alt: frozenset[str], word: str, stood_in: bool = False) -> bool:
    """``word`` says a mistake's word (``alt``: it and its base forms): in any form, or as
    a compound's head ("leikkuulautaa" for "lautaa"); ``stood_in``, a thing pronoun in its
    case too (``_stands_for``)."""
    if alt is _ANY_PLACE:
        return to_a_place(word)
    if stood_in and word in _THINGS_STOOD_IN:
        return _stands_for(word, alt)
    bases = _word_bases(word)
    return word in alt or not alt.isdisjoint(bases) or any(
        b.endswith(a) and len(b) >= len(a) + 3 for a in alt if len(a) >= 4 for b in bases) or (
        not alt.isdisjoint(_A_PERSON_LIFTED) and (word in _HER_OR_HIM or bool(
            finnish.NAME_CLASSES & finnish.word_classes(word))))  # (the person by name or
    # as "se": "nostin ainon sänkyyn", "me nostettiin se ylös"; review120)


def _stands_for(pronoun: str, alt: frozenset[str]) -> bool:
    """The thing pronoun says the mistake's noun (``alt``: it and its base forms) in its
    case: "laitoin sen takaisin linjalle" for "laitoin paketin takaisin linjalle", the
    thing told before it ("Muovinpala oli paketissa ja…"; review147, SAFETY); not a place's
    case for another ("siihen" is no "linjalle")."""
    if pronoun in alt:
        return True
    cases = {c for c, _ in finnish.case_numbers(pronoun)}
    if cases & finnish.OBJECT_CASES:  # (an object in any object's case: "laitoin sitä takaisin
        cases |= finnish.OBJECT_CASES  # linjalle" for "…paketin…"; review148)
    # (the mistake's word as written, whose base forms are the rest: a base form is a
    # nominative of its own, "takainen" of "takaisin")
    written = next((w for w in alt if alt <= finnish.base_forms(w) | {w}), None)
    return written is not None and written not in ON_ONES_OWN and \
        "nimisana" in finnish.word_classes(written) and \
        bool({c for c, _ in finnish.case_numbers(written)} & cases)


def _units(said: _Said, at: int) -> list[list[int]]:
    """The verb units of ``said`` (a verb with the verbs beside it: "voit mennä"), the verb
    at ``at`` one; with no join between, each is a clause of its own."""
    # (only a verb starts a clause, "takaisin" is also a verb's form; or one right after a
    # no: "tee" of "älä tee sitä" is also tea)
    verbs = [i for i, w in enumerate(said.order) if i == at or (
        w in said.verbs and (finnish.only_a_verb(w) or _right_after_a_no(said, i)))]
    units: list[list[int]] = []
    for i in verbs:  # (a finite verb after a verb is its own: "älä odota paina hätäseis")
        if units and units[-1][-1] == i - 1 and not only_finite(said.order[i]):
            units[-1].append(i)
        else:
            units.append([i])
    return units


def _right_after_a_no(said: _Said, i: int) -> bool:
    """The word at ``i`` follows a no with only words between that change nothing of it
    ("älä koskaan laita": its "laita" is no edge; set 111; not "et kuitenkaan yksin,
    kutsu …", a no of no verb)."""
    return any(n <= i and all(w in INSIDE_A_MISTAKE for w in said.order[n:i])
               for n in said.nos)


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
        while k < mine and all(MODALS & finnish.base_forms(said.order[i]) for i in units[k]) \
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

    return all(any(_matches(alt, w, _of_a_deed(part)) and nearest(i) is mine
                   for i, w in enumerate(said.order) if i not in out) for alt in part.words)


def _of_a_deed(part: _Clause) -> bool:
    """A thing pronoun may say ``part``'s thing: a deed done to it, not a need of it ("ei
    tarvitse vaihtaa niitä" is no "ei tarvitse suojalaseja")."""
    return bool(part.deed) and "tarvita" not in part.deed


def _a_command_only(verb: str) -> bool:
    """``verb`` is read only as a command's form (a second person's imperative, which is
    also the form a no takes: "tarvitse")."""
    forms = verb_forms(verb)
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
    said now), the form the mistake says it in, or an infinitive after a modal said now.
    "voi" is no command ("hän voi korjata sen" says no "joo voit")."""
    for person, mood, tense in verb_forms(verb):
        # (a bare infinitive is no deed said: "kielletty mennä auton alle")
        if (not _bare(verb, person, mood) and (person, mood, tense) in part.forms) or \
                (mood == "imperative" and verb != "voi") or \
                (person in ("1", "2") and mood in ("indicative", "conditional")):
            return True
        if person == "4" and mood == "indicative" and tense == "present_simple" and \
                verb not in finnish.base_forms(verb):  # "mennään", not "mennä"
            return True
        if mood == "A-infinitive" and any(
                MODALS & finnish.base_forms(m) and any(
                    t != "past_imperfective" and not _bare(m, pn, md)
                    for pn, md, t in verb_forms(m))
                for m in said.verbs if m != verb):
            return True
    return False


def _allowed_another(words: Sequence[str], said: _Said) -> bool:
    """``said`` says what one in charge or a repairer may do: a modal right after a "hän"
    or "he" that stands for one ("…kerro esimiehelle, hän voi korjata sen": no "voit
    korjata sen itse"; not "…kerro työkaverille, hän voi…")."""
    from valkky.judge.permission import nearest_may  # (permission reads rules, which
    # reads this module)

    return any(k and words[k - 1] in ("hän", "he") and MODALS & finnish.base_forms(w) and
               nearest_may(words[:k - 1])
               for w, k in zip(said.order, said.places, strict=True) if k < len(words))


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
    excused = condition is not None and excuse(condition)
    mine = {at: k for k, at in enumerate(said.places)}  # (a word's place: its place in order)
    alone = not said.negative and not ON_ONES_OWN.isdisjoint(said.order)
    # (a deed told in the past with a time told in the past, before or after it: what
    # happened, no way of doing it: "keräsin lasit käsillä kun olin laittanut kyltin";
    # review122)
    told = _a_past_told_with_a_past(words, said)
    at = _deed_at(said, frozenset(b for p in part for b in p.deed))
    befell = _what_befell(words[:said.start])  # (a story before it: "Aino oli lattialla.";
    # a helper's deed in it too, failing safe: "Työkaveri tuli ja jatkoimme…", "Hoitaja
    # toi nostolaitteen, mutta nostimme hänet käsin…"; review144-146)
    for i, (w, no) in enumerate(zip(words, _no_on(words), strict=True)):
        if i in mine:  # (of the deed's clause: before its verb, or said of it, not of a
            # verb after: "hälytä hoitaja sitten nostatte hänet yhdessä"; not a verb in the
            # past before it, which tells what happened: "Aino kaatui. Nostin hänet…")
            of_deed = at is None or ((mine[i] < at or _of_verb(said, at, mine[i])) and
                                     not finnish.only_past(w))
        else:  # (a condition, or a main clause before; not of a deed done alone or oneself,
            # which uses no aid named elsewhere: "kun nostolaite on vapaana, nosta hänet
            # yksin"; review114)
            of_deed = not alone and not told and not (i < said.start and (
                _what_happened(w) or befell)) and (
                (i < said.start and i not in mistaken) or (w not in in_main and not excused and (
                    i < said.start or condition is not None)))
        if of_deed and not no and _names(words, i, topics) and not _a_state_of(words, i):
            return True
    return False


def _a_past_told_with_a_past(words: Sequence[str], said: _Said) -> bool:
    """``said`` tells its deed in the past, and a condition or time clause before or after it
    tells a deed of the learner's own before it ("…kun olin soittanut sinulle", "kun löysin
    hänet, …"): what happened, in its order; not the context then, which may be the safe
    one ("…, kun hoitaja oli paikalla", "…kun linja oli pysäytetty")."""
    if not any(map(finnish.only_past, said.verbs)):
        return False
    clauses = [x for x in (_condition_before(words, said), _condition_after(words, said))
               if x is not None]
    person = not _A_PERSON_LIFTED.isdisjoint(said.order)
    deeds = _PERSONS_AIDED if person else _AIDED_DEEDS
    deed = next((i for i in range(said.sentence, len(words))
                 if words[i] in said.verbs and finnish.base_forms(words[i]) & deeds), None)
    before = words[said.sentence:deed] if deed is not None else []
    aided = deed is not None and _NO_AID_SAID.isdisjoint(said.order) and not any(
        _broken_at(before, k) and _of_the_aid(before, k) for k in range(len(before)))  # (not
    # "…, nostin hänet käsin", nor an aid told broken before the deed's verb outside its
    # condition: "…, jonka akku oli rikki, …"; review131-133)
    return bool(clauses) and all(
        any(finnish.only_past(w) and ("1", "singular") in finnish.persons(w) for w in x) and
        not (aided and _an_aid_fetched(x, LIFTING_AIDS if person else AIDS))
        for x in clauses)  # (…not an aid fetched for a deed it does: "kun olin hakenut
    # nostolaitteen, nostin hänet…"; a person only with a lifting aid, not "…kärryt";
    # review126, review132)


def _an_aid_fetched(clause: Sequence[str], aids: Collection[str]) -> bool:
    """``clause`` tells of an aid fetched or made ready, whole and kept at hand: not one
    put away or moved ("kun olin palauttanut nostolaitteen", "…tuonut nostolaitteen pois
    huoneesta"), nor one told broken or lacking, before it or after it in any case
    ("…hakenut rikkoutuneen nostolaitteen", "…nostolaitteen epäkuntoisena", "…ilman
    akkua"); a broken thing beside it is not the aid ("…ehjän nostolaitteen rikkinäisen
    tilalle"). An essive is read as broken unless it says the aid ready or first, or is an
    agent's of bidding or help (fails safe: "…nostolaitteen ehjänä", "…hoitajan
    pyytämänä"; not "…hoitajan kieltämänä"; review126, review130-134)."""
    bases = [finnish.base_forms(w) for w in clause]
    if not (any(b.endswith(tuple(aids)) for x in bases for b in x) and
            any(x & _FETCHING for x in bases)):
        return False
    for k, w in enumerate(clause):
        if w in _NOT_AT_HAND or (w == "pois" and not any("hakea" in x for x in bases)):
            return False
        # (an essive however else it may be read, "…huoltoon hakemana"; not "minä")
        if "olento" in finnish.cases(w) and bases[k].isdisjoint(_NO_ESSIVE_OF_AN_AID) and \
                bases[k].isdisjoint(_READY) and not (
                not bases[k].isdisjoint(_BIDDING) and not _sent_away(clause) and any(
                    a.get("PARTICIPLE") == "agent" for a in finnish.analyses(w))):
            return False  # (but whose bidding or help, the aid sent nowhere but where it is
            # used: "…nostolaitteen hoitajan pyytämänä"; not "…huoltoon varaamana";
            # review132-139)
        if _broken_at(clause, k):
            return False
    return True


def _sent_away(clause: Sequence[str]) -> bool:
    """``clause`` sends its aid away: "pois" (not out of where it was kept: "…pois
    varastosta"), or to a place but where a person is lifted with it ("…huoltoon",
    "…lataukseen", "…korjattavaksi"; not "…huoneeseen", "…Ainon viereen"): fails safe for
    any place not known as one of use (review139)."""
    return any(
        (v == "pois" and not (k + 1 < len(clause) and finnish.cases(clause[k + 1]) & _FROM
                              and not _a_room(clause[k + 1])))  # (not "…pois huoneesta")
        or (finnish.cases(v) & _TO_A_PLACE and not _where_used(v)
            and not finnish.NAME_CLASSES & finnish.word_classes(v))  # (not "…Ainolle")
        for k, v in enumerate(clause))


def _where_used(word: str) -> bool:
    """``word`` names a place a lifting aid is used in, or a compound of one whose first
    part says so ("makuuhuoneeseen", "kaatumispaikalle"; not "varastohuoneeseen",
    "latauspaikalle", "naapurihuoneeseen": review140-141)."""
    bases = finnish.base_forms(word)
    return not bases.isdisjoint(_WHERE_USED) or (
        not finnish.compound_heads(word).isdisjoint(_WHERE_USED) and
        any(b.startswith(_OF_USE) for b in bases))


# the first parts of a compound place of use (a resident's own rooms, where one fell)
_OF_USE = ("makuu", "kylpy", "suihku", "pesu", "asukas", "potilas", "kaatumis", "olo",
           "oma", "hoito", "sairaala")


def _a_room(word: str) -> bool:
    """``word`` names a room of use ("huoneesta", "makuuhuoneesta"): an aid taken out of
    one is taken from where it is used (not "…pois käytävältä", "…pois varastosta",
    "…pois varastohuoneesta"; review141)."""
    return _where_used(word) and "huone" in finnish.base_forms(word) | finnish.compound_heads(
        word)


def _of_the_aid(words: Sequence[str], k: int) -> bool:
    """The word at ``k`` is said of an aid named before it: in a clause that opens right
    after the aid with "joka", "jonka", "jossa" or "se" ("…nostolaitteen, jonka akku oli
    rikki", "…nostolaitteen, se oli rikki"); not of another thing ("…varastosta, joka oli
    melkein tyhjä", "…, koska Aino oli huonossa kunnossa"; review133)."""
    opens = next((j for j in range(k - 1, 0, -1) if words[j] in _OF_IT), None)
    return opens is not None and any(
        b.endswith(AIDS) for b in finnish.base_forms(words[opens - 1]))


_OF_IT = frozenset({"joka", "jonka", "jossa", "jolla", "se", "sen", "sillä", "siinä", "mikä",
                    "minkä"})


def _broken_at(words: Sequence[str], k: int) -> bool:
    """The word at ``k`` tells something broken, and not a thing beside the aid that the
    aid stands in for or by ("…ehjän nostolaitteen rikkinäisen tilalle", "…viallisen sängyn
    viereen": a noun after it, no aid)."""
    nxt = finnish.base_forms(words[k + 1]) if k + 1 < len(words) else frozenset()
    return bool(finnish.base_forms(words[k]) & _BROKEN) and not (
        nxt and "nimisana" in finnish.word_classes(words[k + 1]) and "kunto" not in nxt and
        not any(b.endswith(AIDS) for b in nxt))  # ("huonossa kunnossa" is broken)


def _another_machine(condition: Sequence[str]) -> bool:
    """``condition`` names a machine as another's or one of many ("naapurin pora", "toinen
    kone")."""
    bases = [_word_bases(w) for w in condition]
    return any(b & MACHINES or any(x.endswith(tuple(MACHINES)) for x in b) for b in bases) and \
        any(b & ANOTHERS for b in bases)


def _what_happened(word: str) -> bool:
    """``word``, said before the deed, tells what happened, no way of doing it: a verb in
    the past, or a place the story comes from ("löysin Ainon lattialta ja autoin hänet
    sänkyyn", "kirjoitin nimeni ja kuittasin"; not a person, "pyydä apua hoitajalta…";
    review115, review117-118). A report's own past deed that is the way to do it right is
    lost with it ("kirjoitin vauriot ylös ja kuittasin": safety first, review118)."""
    return finnish.only_past(word) or (
        bool(finnish.cases(word) & {"sisaeronto", "ulkoeronto"}) and not a_person(word))


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
    before = [w for w in words[max(0, said.start - 2):said.start] if w not in _NO_AND_VERB]
    if not said.negative and not ON_ONES_OWN.isdisjoint(said.order) and \
            not (before and before[-1] in NEGATIONS) and not any(  # (the no the condition
                # took, "…, älä silti nosta yksin"; nor an aid the deed lifts with, "…, nosta
                # ne yksin nostimella", not "…kärryyn yksin")
                "ulkoolento" in finnish.cases(w) and
                any(b.endswith(AIDS) for b in finnish.base_forms(w)) for w in said.order) and (
            of_a_person(c) or any(
                b.endswith(AIDS) for x in found for w in x for b in finnish.base_forms(w))):
        return False  # (a person lifted alone, or a thing where an aid is there, no
        # condition makes safe: "jos Aino ei valita kipua, voit nostaa hänet yksin", "jos
        # kärry on vapaana, voit nostaa yksin"; not a light box, "jos laatikko on kevyt,
        # nosta yksin"; none of the graded answers says one; review114)
    if any(_another_machine(x) for x in found):
        return False  # (another's machine stopped is no case of one's own: "hanskat saa
        # ottaa käteen kun naapurin pora on pysähtynyt"; review113)
    if _a_past_told_with_a_past(words, said):
        return False  # (a report's time, no case: "laitoin paketin takaisin linjalle kun
        # olin soittanut sinulle"; review122)
    if _after_muuten(words, said, unsafe or deed):
        found = [[*x, "muuten"] for x in found]
    elif not said.negative and not any(map(finnish.only_past, said.verbs)) and \
            "paitsi" not in words and not (  # (a no's "tai" reaches the clause after it:
                "tai" in words[:said.start] and  # "älä käytä koruja tai pidä hanskoja…")
                not NEGATIONS.isdisjoint(words[:said.start])) and \
            any(_the_steps_own_case(c, x) for x in found):
        return False  # ("jos hän nousee, ota jarrut pois" where the step's answers put the
        # brakes on "ennen kuin hän nousee": the case is the step's; not "…paitsi kun
        # poraat", nor a report; review115)
    return bool(found) and not any(_an_excuse(c, x, deed) for x in found)


# words a condition says beside its case: its join, persons and pronouns, being, a no
_NO_CASE = frozenset({"olla", "hän", "se", "ne", "sinä", "minä", "itse", "vielä", "jo",
                      "nyt", "aina"}) | CONDITIONS


def _the_steps_own_case(c: Case, condition: Sequence[str]) -> bool:
    """Every word of ``condition`` but its join and persons is said by the condition of
    one of the step's answers, or by a statement of its question: the case the step is
    about ("jos hän nousee" where an answer says "…ennen kuin hän nousee", "kun hän
    siirtyy tuoliin" where Aino "siirtyy tuoliin"), in which the deed the step forbids is
    no safer."""
    own = [b for w in condition for b in [_word_bases(w)] if b.isdisjoint(_NO_CASE) and
           finnish.word_classes(w) != {"etunimi"}]  # (a person by name: "jos Aino nousee")
    if not any(finnish.is_verb(w) and "olla" not in finnish.base_forms(w)
               for w in condition) or not own or \
            not NEGATIONS.isdisjoint(condition):
        return False  # (a case has a deed or an event of its own: not "jos laatikko on …"
        # cut short, which the answers' "jos laatikko on painava" says too)
    cases = [*(n.split()[i + 1:] for _, n in c.accepted for i, w in enumerate(n.split())
               if w in CONDITIONS or w == "kuin"),
             *(normalised(t).split() for t in re.findall(r"[^.!?]+[.!]", c.situation))]
    return any(all(any(not b.isdisjoint(_word_bases(x)) for x in case) for b in own)
               for case in cases)


_NO_AND_VERB = frozenset({"silti", "kuitenkaan", "koskaan", "ikinä", "enää"})  # (between)


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
    if excuse(condition):
        return True
    if _names_measure(c, condition, deed):
        return False
    nos = no_on(condition)
    if any(no and _a_lack(w) for w, no in zip(condition, nos, strict=True)):
        return False
    examples = tuple(n for _, n in c.accepted)
    foreseen = frozenset(b for _, parts in steps_deeds_of(c).mistakes
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
    while start > said.sentence and words[start - 1] not in MAIN_JOINS and \
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


def deed_said(c: Case, listed: bool = True) -> Judgement | None:
    """The answer judged as the foreseen mistake (or, ``listed``, listed unsafe deed) a
    clause of it says positively; None where none is said."""
    deeds = steps_deeds_of(c)
    if deeds.starts.isdisjoint(w[:2] for w in c.words):
        # (the cheap test: no word that may say a deed; a need said away may still be)
        return said_needless(c, so_that(courtesy_off(c.words)))
    words = so_that(courtesy_off(c.words))
    said = _main(words, c.written)
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
    cut_said: tuple[list[_Said], list[list[str]]] | None = None  # (made once: a clause
    # that says no as a whole, read apart at its commas)
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
                 if state else next((s for s in said if _says(s, p) and
                                     not _allowed_another(words, s)), None) for p in parts]
        if None in found and not state and any(s.negative for s in said):
            if cuts is None:
                cuts = comma_cuts(words, c.written)
            if cut_said is None:
                cut_said = _cut_at_commas(said, words, sorted(cuts))
            found = [_said_apart(cut_said, p) if x is None else x
                     for x, p in zip(found, parts, strict=True)]
        # (a deed done on one's own, its "yksin" unsaid: no topic excuses it, the means
        # are read where it is found)
        by_one = [x is None and not state and c.mistakes[mistake] == "wrong" for x in found]
        if any(by_one) and cuts is None:
            cuts = comma_cuts(words, c.written)
        found = [_alone_unsaid(said, p, parts, cuts or set(), words) if one else x
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
    if (needless := said_needless(c, words)) is not None:
        return needless
    for s in said if listed else ():
        if s.negative or _asks_or_reports(s):
            continue
        deed = unsafe_deed(c, _with_its_pronouns(s, words))
        if deed is None or _conditioned(c, words, s, frozenset(
                b for w in s.order for b in _bases(w)), deed[0]) or \
                _for_later(words, said, s, deed[0]) or not any(
                _positive(v, s, _NO_PART) for v in s.verbs if deed[0] & finnish.base_forms(v)):
            continue
        # beside words of the learner's own, almost as beside a right answer (unsafe_more);
        # all the answer says, wrong
        # (a story of what befell is no words of the learner's own: "Lasit olivat
        # lattialla ja poimin ne käsin." is all the deed; review147)
        j = unsafe_beside(c, [*s.verbs, *s.rest], c.closest) \
            if sum(bool(_content([*x.verbs, *x.rest])) and not _what_befell(x.order)
                   for x in said) > 1 else None
        c.note(f"the unsafe deed '{' '.join(sorted(deed[0]))}' said positively")
        return j or c.judgement("wrong")
    return None


def _with_its_pronouns(said: _Said, words: Sequence[str]) -> list[str]:
    """The clause's words and the thing pronouns among them its reading left out: "ne"
    stands for the story's thing ("Lasit olivat lattialla ja poimin ne käsin."; review147,
    SAFETY)."""
    if not said.places:  # (a clause read with no word placed in the answer: "joo, mutta
        return [*said.verbs, *said.rest]  # ensin hälytä hoitaja, …", review170 — was a crash)
    lo, hi = min(said.places), max(said.places)
    return [words[k] for k in range(lo, hi + 1)
            if k in said.places or words[k] in STAND_INS]


def _alone_unsaid(said: list[_Said], part: _Clause, parts: tuple[_Clause, ...],
                  cuts: Collection[int], answer: Sequence[str]) -> _Said | None:
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
        begin = max((i + 1 for i in range(first) if a_finite_verb(s.order[i])), default=0)
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
                begin <= n < end or n >= len(s.order) or (n >= end and not (
                    finnish.is_verb(s.order[n]) or finnish.is_participle(s.order[n])))
                for n in s.nos)):
            continue  # (a no of its own, "…, ei yksin vaan kun hoitaja tulee"; not a verb's
            # of its own past its comma, "…, kukaan ei auttanut", nor one before the comma
            # the deed's part starts at, "hoitaja ei tullut, joten nostin hänet…"; review130)
        order = s.order[begin:end]
        # (…a helper named after it is help all the same: "…, hoitaja auttoi")
        later = [*_with_nos(s, end, cuts), *(w for x in said if x.start > s.start
                                             for w in [",", *_with_nos(x, 0, cuts)])]
        if any(n < begin and n + 1 < len(s.order) and "olla" in finnish.base_forms(
                s.order[n]) and _alone_after(s.order[n + 1:begin]) and
               not {"en", "emme"}.isdisjoint(answer[max(0, s.places[n] - 3):s.places[n]])
               for n in s.nos):
            continue  # (not alone, said before by the learner: "En ollut yksin, joten
            # nostin…"; not "en halunnut odottaa yksin", "Aino ei ollut yksin, …";
            # review131-134)
        if all(_said_alone(order, i, words) for i in range(len(order))) and \
                not _helped_later(later, {w for alt in words for w in alt}) and not any(
                    w in ON_ONES_OWN and not NEGATIONS.isdisjoint(later[max(0, i - 3):i])
                    for i, w in enumerate(later)):  # ("…, en ollut yksin")
            return s
    return None


def _alone_after(words: Sequence[str]) -> bool:
    """``words`` (after a no's "ollut") say "yksin" as its complement, no verb or adjective
    before it ("en ollut silloin siellä yksin", "…onneksi yksin"; not "en ollut
    valmis odottamaan yksin"; review133-134)."""
    at = next((i for i, w in enumerate(words[:4]) if w in ON_ONES_OWN), None)
    return at is not None and not any(  # ("en ollut onneksi yksin": any adverb)
        finnish.is_verb(w) or "laatusana" in finnish.word_classes(w) for w in words[:at])


def _said_alone(order: Sequence[str], i: int, words: Sequence[frozenset[str]]) -> bool:
    """The word at ``i`` of a deed's clause adds no helper nor means (``_alone_unsaid``)."""
    w = order[i]
    if w in WITH_OTHERS:
        return i > 0 and order[i - 1] in WITHOUT  # ("ilman apua": alone all the same)
    if w in _CLOCK or names_a_time_or_amount([w]):
        return True  # (when: "…sänkyyn kello kahdeksan", "…aamulla")
    if w in _WITH_HANDS or "käsi" in finnish.base_forms(w):
        return True  # (with one's hands is alone: "…käsillä", "…kahdella kädellä";
        # review132-133)
    cases = finnish.cases(w)
    if _ADESSIVE in cases and not any(w in alt for alt in words):
        return False  # (what it is done with: "nostolaitteella", "nostimella")
    return w in SUBJECT_PRONOUNS or w in _HER_OR_HIM or w in WITHOUT or w in ON_ONES_OWN or \
        any(_matches(alt, w) for alt in words) or (an_adverb(w) and w not in WITH_OTHERS) or \
        bool(cases & _WHERE_TO_OR_FROM) or bool(finnish.persons(w)) or \
        (i == 0 and w in _SO)  # ("nostolaite oli rikki, joten nostin hänet sänkyyn", as
    # "siksi", an adverb; review130)


_WITH_HANDS = frozenset({"käsin", "käsillä"})


_SO = frozenset({"joten", "niin", "sitten", "sit"})


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
            finnish.persons(x) or (a_thing(x) and x not in _LATER_HELP and
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
        if not finnish.is_verb(w) and later[i + 1:i + 2] and later[i + 1] in NEGATIONS and \
                not (w in _ALONG_WITH and w not in ("kanssani", "kanssamme") and
                     _an_outcome(later[i + 2:i + 5])):  # (not "kanssani ei ollut kovin …")
            continue  # (help or an aid named, a no right after it: "…, apua ei ollut",
            # "…, apua en saanut", "…, nostolaitetta en käyttänyt", "…, kanssani ei ollut
            # ketään"; not a helping verb's, nor a helper's "avulla", "kanssa" with a no
            # of how it went: "…, hoitaja auttoi ei ollut vaikeaa", "…, hoitajan avulla ei
            # sattunut"; review121-126)
        if w in WITH_OTHERS or bases & {"auttaa", "avustaa", "apu"}:
            return True
        if bases & LIFTING_AIDS and (finnish.cases(w) & {"ulkoolento"} or any(
                finnish.base_forms(x) & {"käyttää"} or x == "käytössä"
                for x in later[max(0, i - 2):i + 3])):
            return True  # (an aid used: "…, käytin nostolaitetta", "…nostolaitteella";
            # not "…, nostolaite oli rikki")
        lifts_another = "nostaa" in bases and i + 1 < len(later) and \
            an_object(later, i + 1) and later[i + 1] not in _HER_OR_HIM
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


_CLOCK = frozenset({"kello", "klo"})
_ALONG_WITH = frozenset({"avulla", "kanssa", "kanssani", "kanssamme", "yhdessä"})
# how a deed went, said with a no after a helper ("…, hoitajan avulla ei sattunut", "…ei
# mennyt kauan"): no no of the help
_OUTCOMES = frozenset({"sattua", "sattunut", "mennä", "mennyt", "kestää", "kestänyt", "tuntua",
                       "tuntunut"})


def _an_outcome(words: Sequence[str]) -> bool:
    """``words`` (after a helper's no) say how the deed went, not that no one helped: an
    outcome's verb, or "olla" with how it was ("ei ollut raskasta"; not "ei ollut ketään",
    "…muita", "…aikaa"; review126)."""
    if not words:
        return False
    bases = finnish.base_forms(words[0])
    if bases & _OUTCOMES:
        return True
    how = [w for w in words[1:3] if w not in _DEGREE]  # ("ei ollut yhtään vaikeaa")
    return (bool(bases & {"olla", "ollut"}) or words[0] == "ollu") and how[:1] != [] and \
        how[0] in _HOW_IT_WAS


_HOW_IT_WAS = frozenset({"vaikeaa", "vaikeeta", "vaikea", "raskasta", "raskas", "helppoa",
                         "helppo", "ongelmaa", "ongelmia", "hankalaa", "kivaa", "vaarallista",
                         "kipeää", "hätää"})
_DEGREE = frozenset({"yhtään", "niin", "kovin", "ollenkaan", "mitään", "liian"})
# an aid fetched or made ready for the deed (not put away: "…palauttanut nostolaitteen")
_FETCHING = frozenset({"hakea", "tuoda", "ottaa", "käyttää", "löytää", "saada", "valmistella",
                       "valmistaa"})
_BROKEN = frozenset({"rikki", "rikkinäinen", "hajonnut", "hajota", "viallinen", "korjattava",
                     "rikkoutua", "rikkoutunut", "epäkuntoinen", "käyttökelvoton", "vaurioitua",
                     "vaurioitunut", "toimimaton", "rikkimennyt", "huono", "epäkunto",
                     "lataamaton", "tyhjä", "vika"})
# an agent's essive of bidding, help or checking: the aid fit for use ("…hoitajan
# pyytämänä", "…avustamana", "…huoltomiehen korjaamana"; not "…kieltämänä", "…purkamana":
# any other fails safe; review132-134)
_BIDDING = frozenset({"pyytää", "käskeä", "ohjata", "ohjeistaa", "neuvoa", "avustaa",
                      "auttaa", "valvoa", "tarkastaa", "tarkistaa", "korjata", "huoltaa",
                      "ladata", "hyväksyä", "tuoda", "ehdottaa", "lainata", "varata",
                      "hakea", "siirtää", "antaa", "valita"})  # (review135-137: sent
# nowhere, "…huoltoon antamana" is no aid at hand; not "viedä", which takes it away)
# no essive of a broken aid: "minäkin", a time ("sinä aamuna"; review137)
_NO_ESSIVE_OF_AN_AID = frozenset({"minä", "sinä", "hän", "me", "te", "he", "aamu", "ilta",
                                  "päivä", "yö", "viikko", "kerta"})
# where to: an aid sent somewhere ("…huoltoon", "…korjaamolle", "…korjattavaksi"; not
# "…korjaamolta"), away unless to a place of use (``_sent_away``)
_TO_A_PLACE = frozenset({"sisatulento", "ulkotulento", "tulento"})
# where a lifting aid is brought to be used (review138-139)
_WHERE_USED = frozenset({"huone", "sänky", "vieri", "luo", "luokse", "käytävä", "osasto",
                         "vessa", "wc", "paikka", "lattia", "ovi", "tuoli", "tänne", "sinne"})
_FROM = finnish.PLACE_CASES[2] | {"eronto"}  # ("…pois varastosta")
# an essive that says an aid whole, ready or first (any other but an agent's fails safe as
# broken)
_READY = frozenset({"ehjä", "valmis", "käyttövalmis", "toimiva", "ladattu", "ensimmäinen",
                    "eka", "apu", "puhdas", "lukittu"})  # (not "lataamattomana": ladata)
# deeds an aid does: only for these is an aid fetched before it the deed's way ("kun olin
# hakenut kärryn, keräsin lasit käsillä" is no way of gathering glass; review130)
_AIDED_DEEDS = frozenset({"nostaa", "siirtää", "kantaa", "viedä", "kuljettaa", "laskea",
                          "liikuttaa", "auttaa", "kääntää"})
# …and of a person put somewhere ("…, laitoin hänet sänkyyn"; not "…laitoin paketin
# takaisin linjalle"; review131)
_PERSONS_AIDED = (_AIDED_DEEDS - {"kantaa"}) | {"laittaa", "panna"}  # (a lift carries no one)
# the deed's own clause says it is done without the aid ("…, nostin hänet käsin")
_NO_AID_SAID = _WITH_HANDS | ON_ONES_OWN | {"ilman"}
# an aid fetched but not at hand for the deed ("…ilman akkua", "…vienyt sen takaisin",
# "…hakenut nostolaitteen turhaan"; review131)
_NOT_AT_HAND = frozenset({"ilman", "takaisin", "turhaan"})
_A_PERSON_LIFTED = frozenset({"hänet", "häntä", "heidät", "heitä"})  # (a mistake's word)
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
    ended = bool(bases & ENDED) and \
        NEGATIONS.isdisjoint(condition)  # (not "kun vuoro ei ole loppunut")
    away = next((k for k, w in enumerate(condition) if _bases(w) & AWAY), None)
    off = next((k for k, w in enumerate(condition) if _bases(w) & (AWAY | {"tauko"})), None)
    if off is not None and "tauko" in _bases(condition[off]) and \
            not NEGATIONS.isdisjoint(condition):  # (a break not over, or beside a no of the
        return bool(bases & ENDED) or (  # work, is one;
            NEGATIONS.isdisjoint(condition[:off]) and bool(bases & AT_WORK))  # not begun,
        # or not on it, is none: "kun tauko ei ole ohi", "kun olet tauolla etkä linjalla";
        # "kun tauko ei ole alkanut", "kun et ole tauolla"; review88)
    if off is not None and not NEGATIONS.isdisjoint(condition[:off]):
        return False  # (a no of being away is being at the work: "kun et ole kotona", "kun
        # et ole vielä lähtenyt kotiin", "kun tauko ei ole alkanut"; not a no after it, "kun
        # olet kotona eikä ole vuoroa"; review86-88)
    if not NEGATIONS.isdisjoint(condition) and bases & AT_WORK:
        # ("kun et ole linjalla", "kun vuoro ei ole alkanut"; not the shift not over, "kun
        # vuoro ei ole loppunut", nor work not left, "kun et ole vielä lähtenyt töistä")
        return not (bases & ENDED or _leaving_work(condition))
    return away is not None or "kaappiin" in condition or \
        (bool(bases & WORKDAY) and ended) or ("tauko" in bases and not ended) or \
        (NEGATIONS.isdisjoint(condition) and _leaving_work(condition))


def _leaving_work(condition: Sequence[str]) -> bool:
    """Leaving the work, out of it ("kun lähdet töistä", "kun olet lähtenyt hallista";
    review89), not for it ("kun et ole vielä lähtenyt linjalle")."""
    def of_work(cases: tuple[str, ...]) -> bool:
        return any(_bases(w) & AT_WORK and any(case in cases for case, _ in
                                                finnish.case_numbers(w)) for w in condition)

    # (not for another place of the work: "kun lähdet keittiöstä linjalle"; review90)
    return any("lähteä" in _bases(w) for w in condition) and \
        of_work(("sisaeronto", "ulkoeronto")) and not of_work(("sisatulento", "ulkotulento"))


_COMING_BACK = frozenset({"tulla", "palata"})


def one_for_the_other(c: Case, words: list[str]) -> list[str]:
    """``words`` without a clause that says help needless where they say to use an aid, or
    an aid needless where they say to ask for help ("käytä trukkia, niin et tarvitse apua",
    "pyydä työkaveri, niin et tarvitse pumppukärryä": either does the lifting's work, so no
    example's help or aid is said no to; review80); only where the step is one of lifting
    with help (not a fallen resident's, "pyydä apua, et tarvitse nostolaitetta"; review83)."""
    if not help_named(c):
        return words
    for i, w in enumerate(words):
        if not finnish.base_forms(w) & NEEDED or not i or words[i - 1] not in NEGATIONS:
            continue
        at = next((k for k in range(i + 1, min(i + 3, len(words)))
                   if any(b.endswith(LIFTING_HELP) or b.endswith(AIDS)
                          for b in finnish.base_forms(words[k]))), None)
        if at is None:
            continue
        helper = any(b.endswith(LIFTING_HELP) for b in finnish.base_forms(words[at]))
        if not (an_aid(words) if helper else help_asked(words)):
            continue
        # (the need's own words only, its no to its thing: commas are gone, so no join
        # need bound it, and a no beside it stays, "… ei tarvitse pitää selkää suorana")
        return [*words[:i - 1], *words[at + 1:]]
    return words


# what ends a clause of the written answer: a comma, a sentence's end
_CLAUSE_END = re.compile(r"[,;:.!?]")


def _cut_at_commas(said: list[_Said], words: list[str], cuts: list[int]
                   ) -> tuple[list[_Said], list[list[str]]]:
    """The clauses of ``said`` that say no as a whole read apart where the written answer
    puts a comma inside them, each part from the comma before it (with its own no): the
    parts that say yes, and the words of those that say no. A deed said before another's
    no is said ("Aino kaatui aamulla, minä nostin hänet sänkyyn, kukaan ei auttanut": the
    no is nobody's help, not the lifting; stop 54's plan)."""
    yes: list[_Said] = []
    nos: list[list[str]] = []
    for s in said:
        if not s.negative or not s.places:
            continue
        lo, hi = min(s.start, s.places[0]), s.places[-1] + 1
        lo = max((k for k in cuts if k <= lo), default=0)  # ("mä en vaan korjaa…, kerro…")
        inside = [k for k in cuts if lo < k < hi]
        if not inside:
            continue
        pieces = [x for a, b in zip([lo, *inside], [*inside, hi], strict=True)
                  for x in _aligned(words, a, b)]
        if any(x.negative and not x.verbs and not any(map(finnish.is_participle, x.rest))
               for x in pieces):
            continue  # (a no without a verb of its own says what the deed before is not:
            # "nosta hänet, ei yksin vaan kun hoitaja on paikalla"; a no's past participle
            # is its verb: "…, kukaan ei auttanut")
        for x in pieces:
            if x.negative:
                nos.append([*x.verbs, *x.rest])
            else:
                yes.append(x)
    return yes, nos


def _said_apart(cut: tuple[list[_Said], list[list[str]]], part: _Clause) -> _Said | None:
    """The part read apart at its comma (``_cut_at_commas``) that says ``part``, where no
    part that says no takes back a word of it ("…, en ollut yksin")."""
    yes, nos = cut
    if any(not alt.isdisjoint(_bases(w)) for n in nos for w in n for alt in part.words):
        return None
    return next((s for s in yes if _says(s, part)), None)


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


def open_deed(c: Case, j: Judgement, listed: bool = True) -> Judgement:
    """``j`` (an open answer's judgement), or the answer as the deed it says positively:
    a wrong stays wrong, an almost turns only to wrong; a no to an example that says a
    mistake's deed is that mistake, its own words said back ("mene vaan alle").
    ``listed``: the unsafe deeds no step names (``unsafe_more``) read too."""
    if j.verdict not in ("correct", "almost") and j.reason != "negation":
        return j
    found = deed_said(c, listed)
    if found is None and (idle := idle_nos(c.words, c.written)):
        # a no said apart or before a finite verb says no no of what follows: "ei, tunkki
        # riittää", "älä, voit mennä auton alle" say the mistake (judge45fix)
        found = deed_said(replace(c, words=nos_idled(c.words, idle)), listed)
    if found is None or (found.verdict != "wrong" and j.verdict != "correct"):
        return j
    return found


_ADESSIVE = "ulkoolento"


@lru_cache(maxsize=sizes.STEPS)
def protections(examples: tuple[str, ...]) -> frozenset[str]:
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
            things = {b for w in rest if a_thing(w) for b in finnish.base_forms(w)}
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
               for person, mood, tense in verb_forms(verb))


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
                if a_thing(w) and not (i + 1 < len(rest) and a_thing(rest[i + 1])):
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
    protecting = protections(examples)
    # (a thing the examples use too is no mistake's by itself: "leikkaa toisella laudalla")
    things = {b: m for b, m in _used_things(tuple(c.mistakes.items())).items()
              if b not in protecting} if c.mistakes else {}
    if not protecting and not things:
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
        if (gone := _gone_without(s, protecting)) is not None:
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
    forms = verb_forms(verb)
    return bool(forms) and all(tense == "past_imperfective" for _, _, tense in forms)
