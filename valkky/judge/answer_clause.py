"""The clause an accepted answer is said in, among the learner's words: up to a join or
another clause's verb each way, with what a comma sets apart ("on kiire nyt, ilmoitan
työnjohtajalle taukotilassa": the hurry's "nyt" is not the report's). Read by ``deed_time``
(when the answer's deed is done) and ``rules`` (where gear is put)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import takewhile

from valkky.judge import finnish
from valkky.judge.case import Case, comma_cuts, told_bases
from valkky.judge.polarity import MAIN_JOINS, NEGATIVE_JOINS, SUB_JOINS
from valkky.judge.wordsets import (
    ADDRESSED,
    IN_CHARGE,
    SUBJECT_PRONOUNS,
    TIME_POSTPOSITIONS,
    WHEN_WORDS,
)


@dataclass(frozen=True)
class Clause:
    """Where the answer's clause is in the learner's words: ``start`` to ``stop``, the
    accepted answer itself ``at`` to ``end``; ``cuts``: where the commas fall;
    ``fronted``: the words after a comma that ends it before the next clause's subject
    ("kerron esimiehelle, viikonloppuna kone on rikki": viikonloppuna)."""

    start: int
    at: int
    end: int
    stop: int
    cuts: frozenset[int]
    fronted: tuple[str, ...] = ()

    @property
    def next_at(self) -> int:
        """Where the next clause's own words start, past what a comma fronts."""
        return self.stop + len(self.fronted)


def rest_in_its_clause(c: Case, said: Sequence[str], rest: Sequence[str]) -> list[str]:
    """The words of ``rest`` (said beside the accepted answer ``said``, gear put on or
    taken) in the answer's own clause ("on kuuma, laitan kypärän kaappiin": kaappiin); all
    where it is not said whole."""
    clause = answers_clause(c, said, gear=True)
    if clause is None:
        return list(rest)
    own = set(c.words[clause.start:clause.stop])
    return [w for w in rest if w in own]


def answers_clause(c: Case, said: Sequence[str], gear: bool = False) -> Clause | None:
    """The clause of the accepted answer ``said`` (its words said whole) in the learner's
    words: up to a join ("ja", "kun", "joka") or another finite verb ("on", "kaatui") each
    way. Words between that verb and the answer are that verb's up to a comma ("on kiire
    nyt, ilmoitan": "nyt" is the hurry's), and so are a subordinate clause's before the
    answer ("kun tulen tauolta, ilmoitan"); a join after the answer with no verb of its own
    goes on with the answer's ("ilmoitan … mutta vasta tauolla", "… vaikka huomenna":
    review176). ``gear``: the answer puts gear on, and a place after a join is its place
    ("laitan kuulonsuojaimet ja sitten kaappiin", "laitan kypärän ja liivin kaappiin").
    None where the answer is not said whole."""
    words = c.words
    at = next((k for k in range(len(words) - len(said) + 1)
               if list(words[k:k + len(said)]) == list(said)), None)
    if at is None:
        return None
    cuts = frozenset(comma_cuts(words, c.written))
    end = at + len(said)
    start = _its_start(words, at, cuts, gear)
    bound = next((k for k in range(end, len(words)) if _a_verb_at(words, k) or (
        words[k] in CLAUSE_JOINS and (_a_verb_after(words, k, cuts) or
                                      _a_part_of_its_own(words, k, at, cuts, gear)))), None)
    if bound is None and not gear:  # (a verbless part after a comma, a thing of its own
        # named first, is no part of the answer's clause: "kerron esimiehelle nyt, tauko
        # myöhemmin"; but gear put on, then other gear somewhere, is read whole: "laitan
        # kypärän, turvakengät kaappiin", review193)
        trade = {end} if end < len(words) and _a_trade(words[end]) else set()  # (a trade
        # right after the answer, no comma between: "… putkimies huomenna", review192)
        bound = next((k for k in sorted(cuts | trade) if k >= end and a_thing_named(words[k])
                      and words[k] not in said and (_its_own_break_or_no_time(words, k, cuts)
                                                    or _theirs(c, words, k, cuts, said))),
                     None)
        if bound is not None:
            return Clause(start, at, end, bound, cuts)
    stop = len(words) if bound is None else bound if words[bound] in CLAUSE_JOINS else \
        min((k for k in cuts if end <= k <= bound), default=bound)
    if bound is not None and stop == bound and bound - 1 >= end and _a_verb_at(words, bound) \
            and (words[bound - 1] in _THIRD_SUBJECTS or (
                words[bound - 1] in ("se", "ne") and not _of_a_repair(words[bound:]))):
        stop = bound - 1  # a subject begins the next clause, no comma written: "kerron
        # esimiehelle hän on huomenna" (review187)
    fronted = () if bound is None or stop == bound else tuple(
        takewhile(lambda w: not a_thing_named(w), words[stop:bound]))
    return Clause(start, at, end, stop, cuts, fronted)


def _theirs(c: Case, words: Sequence[str], k: int, cuts: frozenset[int],
            said: Sequence[str]) -> bool:
    """The verbless part at ``k`` names another's (``_anothers``) and nothing of the
    report's: "…, asentajat ja raportti huomenna" puts the report off too (review193)."""
    part = list(takewhile(lambda j: j not in cuts or j == k, range(k, len(words))))
    return _anothers(c, words[k], said) and not any(
        _of_the_report(words[j], said) for j in part[1:])


def _its_own_break_or_no_time(words: Sequence[str], k: int, cuts: frozenset[int]) -> bool:
    """The verbless part at ``k`` names the learner's own break ("tauko myöhemmin") or
    says no time at all ("kone rikki"); a time beside another noun stays the answer's
    ("…, pomo huomenna", "…, raportti huomenna": review188)."""
    if any(b.endswith(_OWN_BREAKS) for b in finnish.base_forms(words[k])):
        return True
    part = list(takewhile(lambda j: j not in cuts or j == k, range(k, len(words))))
    return not any((finnish.base_forms(words[j]) | finnish.compound_parts(words[j])) &
                   (WHEN_WORDS - {"heti"}) for j in part)  # (a break where one is, no time)


_OWN_BREAKS = ("tauko", "lounas", "kahvi", "ruokatunti")


def _of_the_report(noun: str, said: Sequence[str]) -> bool:
    """``noun`` names the one told (a word of the answer, or another name of the one in
    charge where the answer tells one), or the report itself: its time is the report's
    ("…, pomo huomenna", "…, raportti huomenna"); another's is theirs ("…, asentaja
    huomenna", "…, varaosa ensi viikolla": review189)."""
    bases = finnish.base_forms(noun)
    told = {b for w in said for b in finnish.base_forms(w)}
    return bool(bases & told) or bool(bases & IN_CHARGE and told & IN_CHARGE) or \
        any(b.endswith(_REPORTS) for b in bases)


def _anothers(c: Case, noun: str, said: Sequence[str]) -> bool:
    """``noun`` names another person (a title, none of the one told: "asentaja",
    "lääkäri") or the repair's own thing ("varaosa", "huolto", "korjaus", the step's
    machine): its time is theirs. Any other noun's time is the report's ("…, puhelu
    illalla", "…, asia huomenna": review190)."""
    if _of_the_report(noun, said):
        return False
    bases = finnish.base_forms(noun) | finnish.compound_parts(noun)
    return bool(bases & (ADDRESSED | _REPAIRS | told_bases(c.situation))) or _a_trade(noun)


def _a_trade(noun: str) -> bool:
    """A trade's name ("sähkömies", "teknikko": review191), not one in charge ("lähimies":
    review192)."""
    bases = finnish.base_forms(noun)
    return not bases & IN_CHARGE and any(
        b.endswith(_TRADES) for b in bases | finnish.compound_parts(noun))


_REPAIRS = frozenset({"osa", "varaosa", "huolto", "korjaus", "kone", "asentaja", "huoltomies",
                      "kunnossapito"})
_TRADES = ("mies", "mekaanikko", "teknikko", "asentaja", "korjaaja", "huolto")


# a subject that begins a clause of its own before its verb ("… hän on huomenna"); "se"
# and "ne" too but where the clause tells of a repair: the machine ("… se on huollossa
# huomenna", review194-195)
_THIRD_SUBJECTS = frozenset({"hän", "he"})


def _of_a_repair(words: Sequence[str]) -> bool:
    return any(finnish.base_forms(w) & _A_REPAIR for w in words)


_A_REPAIR = frozenset({"huolto", "huoltaa", "korjaus", "korjata", "korjaamo", "rikki",
                       "kunnossa", "valmis", "vaihtaa", "varaosa"})
# the report, and the meetings it is made at ("…, palaveri huomenna": review188)
_REPORTS = ("raportti", "ilmoitus", "tieto", "viesti", "palaveri", "kokous")


def _its_start(words: Sequence[str], at: int, cuts: frozenset[int], gear: bool) -> int:
    """Where the clause of the answer said at ``at`` starts: after the nearest join or
    another clause's verb before it. A main join opens it ("ja nyt ilmoitan"); so does a
    join with no verb or subject of its own, a comma or none ("vaikka huomenna(,) ilmoitan
    …", "ajattelin että tauolla kerron …"), but across a comma not before a report said
    now or gear put on ("jos yöllä, soitan heti …", "kun työmaalle, laitan kypärän");
    else it starts at the last comma before the answer, or the answer ("koska esimies
    tauolla, soitan …", "on kiire nyt, ilmoitan …") (review175-180)."""
    bound = next((k for k in range(at - 1, -1, -1)
                  if words[k] in CLAUSE_JOINS or _a_verb_at(words, k)), None)
    if bound is None:
        return 0
    comma = any(bound < k <= at for k in cuts)
    if words[bound] in _OPENING_ITS_OWN or (
            words[bound] in CLAUSE_JOINS and not _a_verb_after(words, bound, cuts, at) and
            not any(map(a_thing_named, words[bound + 1:at])) and
            not (comma and (gear or {"heti", "nyt"} & set(_its_own_part(words, at, cuts))))):
        # (its own part: "vaikka tauolla, kerron esimiehelle, nyt on kiire" is put off,
        # review181; "vaikka yöllä, soitan hoitajalle, ihan heti" is not, review182)
        return bound + 1
    return max((k for k in cuts if bound < k <= at), default=at)


def _its_own_part(words: Sequence[str], at: int, cuts: frozenset[int]) -> list[str]:
    """The words from ``at`` to the next comma, and the parts after it of "heti", "nyt"
    alone ("soitan hoitajalle, ihan heti")."""
    ends = [*sorted(k for k in cuts if k > at), len(words)]
    part, start = list(words[at:ends[0]]), ends[0]
    for end in ends[1:]:
        if not set(words[start:end]) <= {"heti", "nyt", "ihan", "just", "nytten"}:
            break
        part, start = [*part, *words[start:end]], end
    return part


def _a_verb_after(words: Sequence[str], k: int, cuts: frozenset[int],
                  upto: int | None = None) -> bool:
    """The join ``words[k]`` has a finite verb of its own before the next comma or join
    (or ``upto``, the answer)."""
    for j in range(k + 1, len(words) if upto is None else upto):
        if j in cuts or words[j] in CLAUSE_JOINS:
            return False
        if _a_verb_at(words, j) or (j == k + 1 and words[k] in _SUB_JOINS and
                                    finnish.persons(words[j])):
            return True  # (right after "kun" a verb's reading is its: "kun palaan")
    return False


def _a_part_of_its_own(words: Sequence[str], k: int, at: int, cuts: frozenset[int],
                       gear: bool = False) -> bool:
    """The verbless part after the join ``words[k]`` is another deed's: another's subject
    ("… mutta hän tauolla"; not the learner's or the deed's, "… mutta mä vasta tauolla",
    "… mutta se vasta huomenna"), another thing done with a place of its own ("laitan
    kuulonsuojaimet päähän ja puhelimen taskuun"; not a time, "… ja päivän lopussa"; and
    for ``gear`` only where the answer has put it somewhere: "laitan kypärän ja liivin
    kaappiin" is one place), or, after an answer said to be done now, a place or one told
    of its own ("kerron esimiehelle heti ja huomenna asentajalle", "… ja sitten tauolle";
    not a place of ``gear``) (review177-178); not a time alone ("… tai huomenna")."""
    part = list(takewhile(lambda j: j not in cuts and words[j] not in CLAUSE_JOINS,
                          range(k + 1, len(words))))
    told_now = not gear and (bool({"heti", "nyt"} & set(words[at:k])) or
                             "sitten" in (words[j] for j in part))
    placed = any(finnish.cases(w) & finnish.LOCAL_CASES for w in words[at:k])
    for j in part:
        cases = finnish.cases(words[j])
        if words[j] in {"hän", "he"} or (
                "omanto" in cases and "nimisana" in finnish.word_classes(words[j]) and
                words[j + 1:j + 2] != [] and words[j + 1] not in _POSTPOSITIONS and
                finnish.cases(words[j + 1]) &
                finnish.LOCAL_CASES and not (_a_time(words[j]) or _a_time(words[j + 1])) and
                (placed or not gear)) or (
                told_now and cases & {"ulkotulento", "sisatulento"}):
            return True
    return False


def _a_time(word: str) -> bool:
    """``word`` names a time or a part of one, by any part of a compound ("päivän",
    "lopussa", "työvuoron")."""
    return bool((finnish.base_forms(word) | finnish.compound_parts(word)) & _TIMES)


# the times a genitive and its place may name ("päivän lopussa", "vuoron alussa")
_TIMES = WHEN_WORDS | {"vuoro", "tauko", "loppu", "alku", "lounas", "palaveri", "kokous"}


# postpositions after a genitive ("tauon jälkeen", "sen takia"): the genitive is no thing
# done
_POSTPOSITIONS = TIME_POSTPOSITIONS | {"ajaksi", "takia", "vuoksi"}


def _a_verb_at(words: Sequence[str], k: int) -> bool:
    """``words[k]`` is a finite verb of a clause of its own beside the answer's ("on",
    "kaatui"); one that is also a noun's form only after its subject ("kone vuotaa", "se
    vuotaa") or as the learner's own ("nyt teen työtä"), never one read as a place or a
    thing named ("laitan kypärän naulaan", "… omaan kaappiin", "tauko", a genitive before
    a place: "… hyllyn päähän")."""
    word = words[k]
    if word in CLAUSE_JOINS:
        return False
    persons = {p for p, _ in finnish.persons(word)}
    if "1" in persons and k > 0 and words[k - 1] in ("minä", "me"):
        return True  # (a place's form too after its subject: "mä tapaan hänet", tapa)
    cases = finnish.cases(word)
    if not persons or cases & (finnish.LOCAL_CASES | {"nimento"}) or (
            "omanto" in cases and k + 1 < len(words) and  # ("hyllyn päähän")
            finnish.cases(words[k + 1]) & finnish.LOCAL_CASES):
        return False
    return not cases or "1" in persons or (k > 0 and (
        a_thing_named(words[k - 1]) or words[k - 1] in _SUBJECTS))


# pronouns a verb's subject may be, that a noun's form after them is that verb ("se vuotaa")
_SUBJECTS = frozenset({"se", "ne", "hän", "he", "tämä", "tää", "nämä", "tuo", "nuo"})


# the joins that start a clause ("ennen", "jälkeen" are a time's postpositions here: "tauon
# jälkeen"), and the relative pronouns ("joka on nyt taukotilassa")
CLAUSE_JOINS = MAIN_JOINS | NEGATIVE_JOINS | (SUB_JOINS - {"ennen", "jälkeen"}) | {
    "joka", "jota", "jonka", "jolle", "jossa", "jotka", "mikä", "mitä", "missä", "vaikka",
    "kunhan"}
# …of them, those after which the answer's own clause starts ("ja nyt ilmoitan"); a
# subordinate join or a relative pronoun before the answer opens a clause of its own, up to
# a comma or the answer ("kun tulen tauolta, ilmoitan …")
_OPENING_ITS_OWN = MAIN_JOINS | NEGATIVE_JOINS
_SUB_JOINS = CLAUSE_JOINS - _OPENING_ITS_OWN


def a_thing_named(word: str) -> bool:
    """A noun in the nominative, a verbless clause's own ("kiire", "tauko", "kone",
    "asentajat": review192)."""
    return any(case == "nimento" for case, _ in finnish.case_numbers(word)) and bool(
        finnish.word_classes(word) & {"nimisana", "nimisana_laatusana"}) and \
        word not in SUBJECT_PRONOUNS  # ("minä" is a noun too)
