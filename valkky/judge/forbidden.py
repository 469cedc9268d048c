"""A foreseen wrong mistake's own thing named beside a right answer (issue 12, judge40):
"menen ulos ja otan hissin", "menen ulos hissillä, ei" on a step whose mistakes are
"menen hissillä", "käytän hissiä". The right answer inside lets ``answer_inside`` and kin
pass it, but the answer names the very thing the step warns against; a trainer hears the
deed. Such a thing is a noun of a foreseen WRONG mistake (not one that says no itself:
its things are what is refused) that no accepted answer nor keyword holds by base form —
a word a mistake shares with the right answers is no evidence, and an almost mistake is no
deed to forbid. Named where no no governs it, the answer is that mistake. A right answer
may name it to refuse it: "en käytä hissiä", "älä ota hissiä", "ei hissillä, menen
ulos", "ilman hissiä", "hissittä", "hissiä ei saa käyttää", "hissi on vaarallinen"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from valkky.judge import finnish
from valkky.judge.case import Case, normalised
from valkky.judge.polarity import MAIN_JOINS, WITHOUT, no_on, says_no
from valkky.judge.wordsets import BE, FRAME_WORDS, NEGATIONS, TURNED_DOWN

# said of a thing named before them in its clause, these turn it down ("hissi on vaarallinen")
_AGAINST = TURNED_DOWN | {"kielto"}
# the cases of a word between a thing and its "pois" that leave the "pois" its own: from
# where, for when ("kesärenkaat autosta pois", "… talveks pois")
_FROM_OR_FOR = finnish.PLACE_CASES[2] | {"tulento"}
# a time after the thing in its clause: no deed now ("voit laittaa ne käteen kun lopetat")
_LATER = frozenset({"kun", "kunnes", "jälkeen", "vasta", "myöhemmin"})
# nouns too general to be a mistake's own thing, or Voikko's nouns that say how ("itse")
# a thing after these is a reason or a report, no deed ("menen ulos, koska hissi on rikki")
_REASON = frozenset({"koska", "että", "kun"})
# what joins a thing to another beside it: "laitan tunkin ja tukipukit" (both, no instead)
_ALSO = frozenset({"ja", "sekä"})
# a copula said after a thing that is its clause's subject: "hissi on rikki", "ei ole"
_COPULA = BE | {"ole", "olla"}
# verbs that use a thing, its object ("otan hissin" beside "käytän hissiä"), unless it is
# put away ("otan sormuksen pois"); and verbs of going by it, with it in the adessive
# ("kuljen hissillä"; not "menen lääkäriin", a place): read so only where the mistake
# itself says using or going by its thing (not "laitan kypärän", "suojakäsineet")
_USING = frozenset({"ottaa", "käyttää"})
_GOING = frozenset({"mennä", "kulkea", "ajaa", "tulla", "lähteä", "liikkua"})
_AWAY = frozenset({"pois", "irti", "sivuun", "talteen", "alas"})
_GENERAL = frozenset({"itse", "yksin", "asia", "juttu", "aika", "kerta", "paikka", "tapa",
                      "hetki", "minuutti", "tunti", "päivä", "työ", "kaikki", "kunto"})


@lru_cache(maxsize=1024)
def forbidden_things(accepted: tuple[str, ...], mistakes: tuple[tuple[str, str], ...]
                     ) -> tuple[tuple[frozenset[str], frozenset[str] | None, str], ...]:
    """(a thing's base forms, its cases, its mistake) for each noun of a foreseen wrong
    mistake that no text of ``accepted`` (the step's answers and keywords, normalised)
    holds. A mistake with no verb names its thing in the answer's slot, by its case
    ("asiakkaalle": not "ilmoitan esimiehelle asiakkaasta"); one with a verb in any."""
    held = finnish.base_forms_of(accepted)
    out = []
    for mistake, verdict in mistakes:
        words = normalised(mistake).split()
        if verdict != "wrong" or says_no(words) or not WITHOUT.isdisjoint(words) or \
                not _in_the_answers_place(words, held):
            continue
        verbless = not any(finnish.is_verb(w) for w in words)
        for w in words:
            if w in FRAME_WORDS or not _a_thing(w):
                continue
            bases = finnish.base_forms(w) | {w}
            if bases.isdisjoint(held) and bases.isdisjoint(_GENERAL):
                out.append((frozenset(bases), _cases(w) if verbless else None, mistake))
    return tuple(out)


def _in_the_answers_place(mistake: list[str], held: set[str]) -> bool:
    """The mistake says its thing where the right answer says its own: no verb of its own
    ("hissiin", "paistinpannussa"), or a word the accepted answers say too ("menen
    hissillä" beside "menen ulos", "käytän rullakkoa" beside "käytän pumppukärryä") — the
    answer's deed done the wrong way. Not another deed ("otan käsidesiä" beside "pesen
    kädet": not enough alone, no harm beside it; set 9)."""
    return not any(finnish.is_verb(w) for w in mistake) or any(
        w not in FRAME_WORDS and not (finnish.base_forms(w) | {w}).isdisjoint(held)
        for w in mistake)


def _passive(word: str) -> bool:
    """Every reading of ``word`` a verb in the passive (Voikko's person 4)."""
    readings = [a for a in finnish.analyses(word) if "MOOD" in a]
    return bool(readings) and all(a.get("PERSON") == "4" for a in readings)


def _cases(word: str) -> frozenset[str]:
    """The cases of ``word``, the grammatical ones (subject, object) as one slot
    ("paineilmaletkun", "paineilmaletku käy"); a place's case is its own ("asiakkaalle",
    not "asiakkaasta")."""
    cases = frozenset(case for case, _ in finnish.case_numbers(word))
    return cases | finnish.OBJECT_CASES if cases & finnish.OBJECT_CASES else cases


def _a_thing(word: str) -> bool:
    """A noun, not also a verb ("paistinpannussa" is also read as a form of panna) nor a
    pronoun ("minä" is also the noun 'self': the mistake "minä nostan" names no thing, and
    "mä tarvitsen apua" is not it)."""
    classes = finnish.word_classes(word)
    return "nimisana" in classes and not classes & {"teonsana", "asemosana"}


def forbidden_in(c: Case) -> str | None:
    """``forbidden_said`` of the answer as the learner said it, where it names such a thing
    (the rules' rewording may put a verb in: "ei kaikki on kunnossa"), else of the words
    the rules read (a synonym made the step's word)."""
    said = c.said.split()
    if (found := forbidden_said(c, said, named=True)) is not None:
        return None if found == "" else found
    return forbidden_said(c, c.words)


def forbidden_said(c: Case, words: Sequence[str], named: bool = False) -> str | None:
    """The foreseen mistake of ``c``'s step whose own thing (``forbidden_things``) ``words``
    name in the mistake's slot (``_in_its_slot``) where no no governs it, or None; with
    ``named``, "" where they name one only under a no."""
    if not c.mistakes:
        return None
    accepted = (*(n for _, n in c.accepted), *map(normalised, c.keywords))
    things = forbidden_things(accepted, tuple(c.mistakes.items()))
    if not things:
        return None
    held = finnish.base_forms_of(accepted)
    starts = _written_clauses(c.written, len(words))
    under_no: list[bool] | None = None
    for i, w in enumerate(words):
        bases = finnish.base_forms(w) | {w}
        if not _a_thing(w):
            continue
        start, end = _clause(words, i, starts)
        mistake = next((m for forms, cases, m in things if not forms.isdisjoint(bases)
                        and (cases is None or not cases.isdisjoint(_cases(w)))
                        and _in_its_slot(words, i, start, m, held)), None)
        if mistake is None or _a_reason_or_report(words, i, start, end) or (
                "pois" in (near := words[i + 1:min(i + 3, end)]) and
                "pois" not in normalised(mistake).split() and
                not any(_a_thing(x) and not finnish.cases(x) <= _FROM_OR_FOR
                        for x in near[:near.index("pois")])
                and not finnish.cases(w).isdisjoint(finnish.OBJECT_CASES)):
            continue  # (…or the thing taken off, where the mistake puts it on:
            # "kesärenkaat pois, talvirenkaat alle"; set 180, the trainer right; not a way
            # out, "menen hissillä pois rakennuksesta", review241, nor another's "pois",
            # "laitan kesärenkaat talvirenkaat pois", review243, nor after a place it goes
            # to, "… autoon pois", review245; "kesärenkaat autosta pois" is its own)
        under_no = no_on(words) if under_no is None else under_no
        if not (under_no[i] or _refused(words, i, start, end)):
            return mistake
    return "" if named and under_no is not None else None


def _written_clauses(written: str, n: int) -> frozenset[int]:
    """Where the written answer's parts, cut at its commas and full stops, begin among
    the ``n`` words (normalising drops the commas); none where the counts do not agree."""
    parts = [len(normalised(p).split()) for p in re.split(r"[,.;:!?–—…]+", written)]
    if sum(parts) != n:
        return frozenset()
    out, at = set(), 0
    for k in parts:
        out.add(at)
        at += k
    return frozenset(out)


def _clause(words: Sequence[str], i: int, starts: frozenset[int]) -> tuple[int, int]:
    """The bounds of the clause of ``words[i]``: a main join or a written comma."""
    start = next((j + 1 for j in range(i - 1, -1, -1) if words[j] in MAIN_JOINS), 0)
    start = max([start, *(j for j in starts if j <= i)])
    end = next((j for j in range(i + 1, len(words)) if words[j] in MAIN_JOINS or j in starts),
               len(words))
    return start, end


def _in_its_slot(words: Sequence[str], i: int, start: int, mistake: str,
                 held: set[str]) -> bool:
    """The thing at ``i`` fills the mistake's slot: joined to the verb the mistake says (by
    base form), or for a verbless mistake to a verb of the right answers or none ("menen
    hissiin", "hätäuloskäynnille hissillä"), or, where the mistake says using or going by
    it, to the learner's verb of using or going by it (``using``: "otan hissin"). Not said
    with another verb ("soitan hätänumeroon ja kerron esimiehelle" beside "soitan
    esimiehelle", "jätän takin pukuhuoneeseen" beside "pukuhuoneeseen"), nor joined to a
    right answer's thing in the same case by ja ("laitan tunkin ja tukipukit": both, not
    the one instead)."""
    beside = [words[j] for j in (i - 2, i + 2) if 0 <= j < len(words)
              and words[(i + j) // 2] in _ALSO]
    if any(_a_thing(b) and not finnish.base_forms(b).isdisjoint(held)
           and not _cases(b).isdisjoint(_cases(words[i])) for b in beside):
        return False  # (in the same slot: "menen hissillä ja hätäuloskäynnille" is none)
    verb = next((words[j] for j in range(i - 1, start - 1, -1)
                 if words[j] not in NEGATIONS and _said_by_someone(words[j])), None)
    if verb is None:
        return True  # the answer's own verb unsaid: "hätäuloskäynnille hissillä"
    theirs = [m for m in normalised(mistake).split() if finnish.is_verb(m)]
    if theirs and any(using_verb(m) for m in theirs) and using(verb, words[i]) and \
            _AWAY.isdisjoint(words[i:i + 3]):
        return True  # "menen ulos ja otan hissin" beside "käytän hissiä": taking it is using it
    if theirs:
        return any(finnish.same_lemma(verb, m) for m in theirs)
    return not finnish.base_forms(verb).isdisjoint(held)


def using_verb(word: str) -> bool:
    """A verb of using or going by a thing ("käytän", "menen")."""
    return not finnish.base_forms(word).isdisjoint(_USING | _GOING)


def using(verb: str, thing: str) -> bool:
    """The learner's ``verb`` uses ``thing`` ("otan hissin", "käytän sitä": its object) or
    goes by it ("kuljen hissillä"): not someone else's ("hän käyttää hissiä"), nor a place
    taken from ("otan ruuvit varastosta")."""
    if not finnish.in_learners_person(verb):
        return False
    bases, cases = finnish.base_forms(verb), {case for case, _ in finnish.case_numbers(thing)}
    return (not bases.isdisjoint(_USING) and not cases.isdisjoint(finnish.OBJECT_CASES)) or \
        (not bases.isdisjoint(_GOING) and "ulkoolento" in cases)


def _said_by_someone(word: str) -> bool:
    """A verb in a person, as a clause's verb is ("kerron", "menen"): not a noun's form read
    as an infinitive too ("vedellä")."""
    return any(a.get("PERSON") in ("1", "2", "3") and "MOOD" in a
               for a in finnish.analyses(word))


def _a_reason_or_report(words: Sequence[str], i: int, start: int, end: int) -> bool:
    """The thing at ``i`` is named as a reason or a report, no deed: after koska, että or kun
    ("menen ulos, koska hissi on rikki"), or the subject of its clause with a copula ("hissi
    on pois käytöstä, menen ulos", "jarruneste on syövyttävää")."""
    if not _REASON.isdisjoint(words[start:i]):
        return True
    return any(case == "nimento" for case, _ in finnish.case_numbers(words[i])) and \
        not any(finnish.is_verb(w) for w in words[start:i]) and \
        not _COPULA.isdisjoint(words[i + 1:end])


def _refused(words: Sequence[str], i: int, start: int, end: int) -> bool:
    """The thing at ``i`` is turned down in its clause (``start``:``end``): "ilman hissiä",
    "hissittä", a no after it with more said ("hissiä ei saa käyttää"), or a bare no last
    where the thing begins its clause ("menen ulos, hissiin ei", "A mutta hissillä ei"; a
    bare no after a thing said inside the answer is no refusal: "menen ulos hissillä, ei"),
    words that say it is forbidden or dangerous, or a time after it ("…käteen kun lopetat":
    for later, as open_deeds reads it)."""
    if (i and words[i - 1] in WITHOUT) or any(
            case == "vajanto" for case, _ in finnish.case_numbers(words[i])):
        return True
    if "me" not in words and any(_passive(w) for w in words[start:end]):
        return True  # "ripustan takin ja jätetään se lattialle": no deed of the learner's
    after = words[i + 1:end]
    said_no = after[:-1] if i > start else after
    return any(w in NEGATIONS for w in said_no) or not _LATER.isdisjoint(after) or any(
        w in _AGAINST or not finnish.base_forms(w).isdisjoint(_AGAINST) for w in after)
