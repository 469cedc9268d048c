"""When the learner's deed is done: now, as the step's fault calls for, or put off to a
break, a room, a later time ("ilmoitan työnjohtajalle huomenna", "ilmoitan tauolla, kone on
rikki": almost, SAFETY), and what a time word says instead (how long, since when, the
fault's own time: "kone on rikki jo aamusta"). The rules (``rules``) ask it of an accepted
answer with a time beside it and of a deed told with its fault.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import takewhile

from valkky.judge import finnish, sizes
from valkky.judge.answer_clause import CLAUSE_JOINS, Clause, a_thing_named, answers_clause
from valkky.judge.case import Case, normalised, told_bases
from valkky.judge.deed_words import AIDS, MACHINES, WORK_THINGS
from valkky.judge.number_words import number_of
from valkky.judge.receiver import a_person
from valkky.judge.wordsets import (
    ADDRESSED,
    BREAK_ROOMS,
    CALLING_OR_TELLING,
    EVERY_NO,
    FAULTS,
    IN_CHARGE,
    LATER,
    NEGATIONS,
    SAME_ROLE,
    TIME_POSTPOSITIONS,
    WHEN_WORDS,
    WHY_DONE,
)


def put_off_beside(c: Case, rest: Sequence[str], answer: str) -> str | None:
    """A time said beside an accepted answer puts the learner's deed off ("ilmoitan
    työnjohtajalle huomenna", "kutsun hoitajan kahvitauolla", "kerron esimiehelle
    viikkopalaverissa", "kun on tauko, ilmoitan …") where the step's question tells of a
    fault or a danger now (a deed it calls for now), no accepted answer says a time and the
    step does not ask when: that time's word, else None. Not how long or since when
    (``_a_span``), nor a time the question itself says ("lopuksi"), nor another clause's
    ("ilmoitan työnjohtajalle, hän on nyt taukotilassa": where the one told is)."""
    said = answer.split()
    clause = answers_clause(c, said)
    if clause is not None:  # (review175)
        own = _the_answers_words(c, clause, said)
        rest = [w for w in rest if w in own]
    if any(finnish.is_verb(w) for k, w in enumerate(rest)
           if w not in TIME_POSTPOSITIONS and not _before_an_event(rest, k) and
           not TIME_POSTPOSITIONS & set(rest[k + 1:k + 2]) and
           rest[k + 1:k + 2] != ["ennen"]) or \
            (clause is None and "ja" in rest) or not any(_a_deed_now(w) for w in said):
        return None  # (another deed's time: "ilmoitan esimiehelle ja jatkan työtä huomenna";
        # a report of the past: "laikassa oli halkeama jo aamulla", review169)
    told = normalised(c.situation).split()
    asked = {b for t in told for b in finnish.base_forms(t)}  # (a time the question says)
    now = _said_now(c, clause) if clause is not None else bool({"heti", "nyt"} & set(c.words))
    # (a break room puts off only a report or a call, not said "heti": "ilmoitan
    # taukotilassa"; not "pesen kädet taukotilassa", review171)
    reporting = any(finnish.base_forms(w) & _REPORTING or any(
        b.endswith("ilmoitus") for b in finnish.base_forms(w)) for w in said)
    rooms = not now and reporting
    fetching = now or any(finnish.base_forms(w) & _FETCHING for w in said)  # ("soitan
    # esimiehelle heti tauolta": from there, now)
    late = next((w for k, w in enumerate(rest) if w != "tänään" and not (
        finnish.base_forms(w) & asked) and _a_delay(c, rest, k, rooms, fetching, reporting,
                                                    now)), None)
    if late is None and clause is not None:
        late = _a_later_moment(c, clause, asked, reporting)
    if late is None or asks_when(c) or any(  # ("tänään" is now: review101; a time the
            w in LATER or finnish.base_forms(w) & _DELAYS  # question says, "lopuksi")
            for _, n in c.accepted for w in n.split()):
        return None
    return late if _a_fault_now(told) else None


def _the_answers_words(c: Case, clause: Clause, said: Sequence[str]) -> set[str]:
    """The words of the answer's clause, with the time a comma fronts before the next
    clause's subject where that clause tells the fault now (but a time of day or a room:
    "kerron esimiehelle, viikonloppuna kone on rikki"; not "…, aamulla kone on rikki",
    "…, ruokalassa astianpesukone vuotaa"; as ``put_off`` reads it, review176) or of the
    one told or the learner then ("kerron esimiehelle, huomenna hän on töissä", review177)."""
    own = set(c.words[clause.start:clause.stop])
    if _a_fault_told_now(c, clause):
        return own | {w for w in clause.fronted if not finnish.base_forms(w) & _NOW_TIMES and
                      not any(b.endswith(BREAK_ROOMS) for b in finnish.base_forms(w))}
    if not (then := _the_one_told_then(c, clause, said)):
        return own
    # …and a plain time said after that clause's verb ("kerron esimiehelle, hän on
    # huomenna"); of the one told there, not a break, a shift or a meal, where they are
    # now ("…, hän on tauolla", "…, hän on yövuorossa", "…, lounastauolla": review186);
    # of the learner meeting them, a break too ("…, mä tapaan hänet tauolla")
    part = c.words[clause.next_at:min((k for k in clause.cuts if k > clause.next_at),
                                      default=len(c.words))]
    if then == "meeting":  # (not of talking more then: "…, me puhutaan lisää tauolla")
        return own | set(clause.fronted) | ({w for w in part if w in LATER or _delay_bases(
            w) & (_DELAYS - _MEASURES)} if "lisää" not in part else set())
    return own | set(clause.fronted) | {
        w for w in part if w in LATER or (_delay_bases(w) & (_DELAYS - _MEASURES) and
                                          not _where_they_are(w))}


def _where_they_are(word: str) -> bool:
    """``word`` names a break, a shift or a meal, by itself or as a compound's last part:
    where the one told is ("tauolla", "yövuorossa", "lounastauolla"), no time of a later
    report ("iltapäivällä", "huomisaamuna": review187)."""
    bases, parts = finnish.base_forms(word), finnish.compound_parts(word)
    last = {p for p in parts for b in bases if b.endswith(p) and b != p}
    return bool((bases | last) & (_BREAKS | _EVENTS | {"ruokailu"}))


def _a_later_moment(c: Case, clause: Clause, asked: set[str], reporting: bool) -> str | None:
    """A later moment said beside the answer's clause: a time or a later deed in a "kun"
    clause, "heti" said or not ("ilmoitan heti kun on tauko", "kun lähden kotiin, …":
    review176-177), or a break first (``_a_break_first``): its word, else None."""
    when = _when_clauses(c, clause)
    return next((w for w in when if w not in asked and (
        w in LATER or _delay_bases(w, rooms=reporting) & (_DELAYS - _MEASURES) or
        finnish.base_forms(w) & _LATER_MOMENTS)), None) or _a_break_first(c, clause) or \
        (_someone_come(c, clause, when, asked) if reporting else None)


def _someone_come(c: Case, clause: Clause, when: Sequence[str], asked: set[str]
                  ) -> str | None:
    """Another person come or met in a "kun" clause beside a report ("kerron esimiehelle
    kun huoltomies tulee": review192's hole): the report waits for them. Not the one told
    ("… ku hän tulee", "… kun näen pomon", review83: right where they are away), nor the
    one the question tells of hurt ("soitan hoitajalle heti kun näen hänet"). The person's
    word, else None."""
    meeting = [w for w in when if finnish.base_forms(w) & (_THERE_THEN | _MEETING | _COMING)]
    if not meeting or any((w in _AWAY or finnish.base_forms(w) & _AWAY) and w != "vapaana"
                          for w in when):  # ("vapaana": free to come, a wait)
        return None  # (away: "kun huoltomies on lomalla", the report now, review201;
        # anywhere else a wait: "kun asentaja on hallissa", "… on mennyt", review202)
    if _fronts_a_deed(c, clause):
        return None  # (the wait is for another deed: "pyydän apua. kun työkaveri tulee,
        # nostamme sen yhdessä", review126)
    hurt = _one_hurt(c.situation)
    told = told_bases(c.situation)
    receiver = {b for w in c.words[clause.start:clause.stop] for b in finnish.base_forms(w)}
    for w in when:
        bases = finnish.base_forms(w)
        if w in _THEY or bases & asked or not any(map(_someone, bases)) or \
                _the_one_told(w, receiver):  # ("kun näen hänet": the one told, review201)
            continue
        if hurt and (bases & _ANYONE or any(
                bases & SAME_ROLE.get(b, frozenset()) for b in told)):
            continue
        return w
    return None


def _fronts_a_deed(c: Case, clause: Clause) -> bool:
    """A "kun" clause after the answer's is followed by a deed of the learner's own: it is
    that deed's time, not the answer's."""
    at = next((k for k, w in enumerate(c.words) if w in ("kun", "kunhan") and k >= clause.stop),
              None)
    if at is None:
        return False
    verbs = [w for w in c.words[at + 1:] if finnish.is_verb(w)]
    return any(p == "1" for w in verbs[1:] for p, _ in finnish.persons(w))


# (with _THERE_THEN and _MEETING) a person come or found: a report waits for them
_COMING = frozenset({"saapua", "löytää"})
_THEY = frozenset({"hän", "he", "hänet", "heidät", "häntä", "heitä"})


def _a_fault_told_now(c: Case, clause: Clause) -> bool:
    """The clause after the answer's, past the words a comma fronts, tells of a fault now
    ("…, viikonloppuna kone on rikki"; not "…, maanantaina kone hajosi", "…, lounaalla
    asukas kaatui", "…, huomenna tulee asentaja")."""
    part = c.words[clause.next_at:min((k for k in clause.cuts if k > clause.next_at),
                                      default=len(c.words))]
    return bool(part) and _a_fault_now(part) and not told_in_the_past(c)


def _the_one_told_then(c: Case, clause: Clause, said: Sequence[str]) -> str:
    """The clause after the answer's, past the words a comma fronts, tells of the one told
    there then ("there": "…, huomenna hän on töissä", "…, esimies on huomenna töissä") or
    the learner talking or meeting them then ("meeting": "…, tauolla me puhutaan"), not in
    the past; else "" (not "…, huomenna tulee asentaja")."""
    told = {b for w in said for b in finnish.base_forms(w)}
    after = c.words[clause.next_at:clause.next_at + 2]
    subject = [*clause.fronted[-1:], *after[:1]]
    if clause.stop >= len(c.words) or told_in_the_past(c):
        return ""
    bases = {b for w in after for b in finnish.base_forms(w)}
    rest = {b for w in c.words[clause.stop:] for b in finnish.base_forms(w)}
    if any(_the_one_told(w, told) or (w == "se" and not rest & (FAULTS | WHY_DONE | _STATES))
           for w in subject):
        there = c.words[clause.next_at:]
        if not bases & (_THERE_THEN - {"olla"}) and _away_then(c, clause):
            return ""  # (away then: the report is now, "…, esimies on huomenna lomalla";
            # not back from there, "…, maanantaina hän tulee lomalta")
        times = [w for w in there if w in LATER or _delay_bases(w) & _DELAYS]
        besides = [w for w in there if "olla" not in finnish.base_forms(w) and
                   w not in times and w not in subject]
        return "there" if bases & (_THERE_THEN - {"olla"}) or (bases & {"olla"} and (any(
            finnish.cases(w) & finnish.LOCAL_CASES or w in _HERE for w in there) or (
            bool(times) and all(finnish.word_classes(w) == {"seikkasana"}
                                for w in besides)))) else ""  # (the one told there then,
        # "heti" or not; the spoken "se" too, where no state is told: "…, huomenna se on
        # töissä", review179; "olla" with where, or with only a time and adverbs: "…, hän
        # on huomenna (taas)"; not "…, muuten huomenna hän on vihainen", review182)
    # (the learner's talk or meeting then, the report not said now: "…, tauolla me
    # puhutaan", "…, tauolla mä näen hänet", review177, 179; not "soitan heti hoitajalle,
    # illalla mä kirjoitan raportin", review178)
    return "meeting" if any(w in _WE for w in subject) and bases & (
        _THERE_THEN | _REPORTING | _MEETING) and \
        not {"heti", "nyt"} & set(c.words[clause.start:clause.stop]) else ""


def _away_then(c: Case, clause: Clause) -> bool:
    """The next clause's own part (up to a comma or "ja") says the one told is away then,
    and nothing after it brings them back ("…, hän on lomalla ja tulee maanantaina":
    review188)."""
    own = list(takewhile(lambda k: (k == clause.next_at or k not in clause.cuts) and
                         c.words[k] != "ja", range(clause.next_at, len(c.words))))
    later = c.words[own[-1] + 1:] if own else []
    return any(finnish.base_forms(c.words[k]) & _AWAY or c.words[k] in _AWAY for k in own) \
        and not any(finnish.base_forms(w) & ((_THERE_THEN - {"olla"}) | {"työ"}) or
                    w in _HERE for w in later)


def _the_one_told(word: str, told: set[str]) -> bool:
    """``word`` names the one told (base forms ``told``): "hän", another name of the one in
    charge, a compound's head or the compound ("kerron esimiehelle, huomenna pomo on
    töissä", "soitan sairaanhoitajalle, aamulla hoitaja on töissä", and back); not another
    person ("… asentaja tulee"), nor one of another time ("soitan hoitajalle, illalla
    yöhoitaja tulee"): review180-182."""
    bases = finnish.base_forms(word)
    in_charge = IN_CHARGE if told & IN_CHARGE else frozenset()
    return word in {"hän", "he"} or bool(bases & (told | in_charge)) or any(
        len(b) >= 5 and len(t) >= 5 and (t.endswith(b) or (
            b.endswith(t) and not finnish.compound_parts(word) & (_DELAYS | _EVENTS)))
        for b in bases for t in told)


# the one told away then, by a word or its base form ("lomalla", "poissa", "kotona",
# "koulutuksessa", "sairaslomalla": review187)
_AWAY = frozenset({"loma", "poissa", "kotona", "koti", "koulutus", "sairasloma", "matka",
                   "vapaa", "sairas", "kesäloma", "talviloma", "vuosiloma",
                   "kokous", "palaveri", "neuvottelu"})  # (at a meeting then: review188)
# the learner, alone or with others; the verbs of the one told being there or coming
# ("…, huomenna hän on töissä", "…, ensi viikolla hän palaa"; not "…, huomenna hän
# soittaa asentajalle": review178)
_WE = frozenset({"minä", "mä", "me", "mää", "mie"})
_HERE = frozenset({"täällä", "siellä", "paikalla", "paikalle", "tääl", "siel", "töissä"})
_MEETING = frozenset({"puhua", "keskustella", "nähdä", "tavata", "kysyä"})
# the words of a thing's state: "se" with them is the thing, not the one told
_STATES = frozenset({"kunto", "kunnossa", "valmis", "ehjä", "korjata", "toimia", "paha",
                     "huono", "vaarallinen"})  # ("…, muuten huomenna se on pahempi")
_THERE_THEN = frozenset({"olla", "tulla", "ehtiä", "päästä", "palata"})


def told_in_the_past(c: Case) -> bool:
    """The answer as written says something in the past ("kone hajosi": the normaliser
    reads it "kone on rikki")."""
    return any(a.get("TENSE") == "past_imperfective"
               for w in re.findall(r"\w+", c.written.casefold()) for a in finnish.analyses(w)
               if a.get("CLASS") == "teonsana")


def _said_now(c: Case, clause: Clause) -> bool:
    """"heti" or "nyt" said of the answer's deed: in the answer itself, or in its clause
    with no thing named in the nominative between them or in its own part of a comma
    ("ilmoitan työnjohtajalle taukotilassa nyt", "nyt mä ilmoitan …", "…, kahvihuoneessa
    nyt"; not "nyt kiire ilmoitan …", "kone vuotaa nyt, kerron …", "…, nyt kiire":
    review173-175), nor before a "kun" ("… heti kun on tauko"); or of going to the one told,
    before "ja" ("menen heti ja kerron pomolle kahvihuoneessa": review176)."""
    words = c.words
    if {"heti", "nyt"} & set(words[clause.at:clause.end]) or _going_now(words, clause):
        return True
    for k in range(clause.start, clause.stop):
        if words[k] not in ("heti", "nyt") or clause.at <= k < clause.end or \
                words[k + 1:k + 2] in (["kun"], ["kunhan"]):
            continue
        lo, hi = (k, clause.at) if k < clause.at else (clause.end, k + 1)
        between = {*words[lo:hi], *(words[j] for j in (k - 1, k + 1)  # ("kiire nyt ilmoitan")
                                    if 0 <= j < len(words) and not clause.at <= j < clause.end)}
        if any(lo < cut <= hi - (k >= clause.end) for cut in clause.cuts):
            part_lo = max((cut for cut in clause.cuts if cut <= k), default=0)
            part_hi = min((cut for cut in clause.cuts if cut > k), default=len(words))
            between |= set(words[part_lo:part_hi])
        if not any(a_thing_named(w) for w in between):
            return True
    return False


def _a_break_first(c: Case, clause: Clause) -> str | None:
    """The deed joined before the answer's by "ja" is a break: eating, drinking, resting, or
    going to a break ("syön ensin ja sitten ilmoitan …", "menen heti tauolle ja ilmoitan
    …": review177; not "menen taukotilaan ja …", where the one told may be): its word."""
    words = c.words
    after = words[clause.end:min((k for k in clause.cuts if k > clause.stop),
                                 default=len(words))]
    before = words[:clause.start - 1] if words[clause.start - 1:clause.start] == ["ja"] else \
        words[:clause.start]  # (after a comma, every word: "ensin tauko, sitten kerron …")
    for first in (after, words[:clause.at]):  # (…or said first, either side, in the
        # break's own part: "ilmoitan … mutta ensin syön", "ensin tauko ja sitten kerron
        # …"; not "kerron … ensin, sitten tauko": review178-181)
        if "ensin" not in first:
            continue
        at = first.index("ensin")
        for k, w in enumerate(first):
            between = first[min(k, at):max(k, at)]
            if finnish.base_forms(w) & (_A_BREAKS | _BREAKS) and \
                    not {"sitten", "sit", "ja", "vasta"} & set(between):
                return w  # ("…, ensin mä käyn syömässä", review182)
    if clause.start < 2 or words[clause.start - 1] != "ja":
        return None
    if EVERY_NO & set(before) or not any(
            p in ("1", "4") for w in before for p, _ in finnish.persons(w)):
        return None  # (the learner's own deed: not "se ei lähde ja ilmoitan …", review178)
    going = any(finnish.base_forms(w) & _GOING_OR_ENDING for w in before)
    away = (_DELAYS | _EVENTS | _AWAY_FROM_WORK) - _MEASURES - _NOW_TIMES
    # (going or ending with a break, home, the shift; not a while: "lopetan hetkeksi ja
    # kerron …", "… vähäksi aikaa", review180; "lopetan täksi päiväksi", "käyn pitämässä
    # taukoa ja …" are: review181)
    return next((w for k, w in enumerate(before) if finnish.base_forms(w) & _A_BREAKS or (
        going and _delay_bases(w) & (away | _for_the(w)) and
        not _a_while(w, before[k + 1:k + 2]))), None)


def _for_the(word: str) -> frozenset[str]:
    """A time of day ending the work for it ("lopetan yöksi", "… illaksi": review184)."""
    return _NOW_TIMES - {"tänään"} if "tulento" in finnish.cases(word) else frozenset()


# the deeds of a break, and finishing one's work ("syön ensin ja sitten ilmoitan …",
# "teen työn valmiiksi ja kerron …"; not "lopetan työt ja …", "lähden heti ja …":
# review178); going or ending, with a break, home, or the shift ("lähden kotiin ja …",
# "palaan tauolta ja …", "lopetan vuoron ja …": review179)
_A_BREAKS = frozenset({"syödä", "juoda", "levätä", "valmis", "ruokailla"})
_BREAKS = frozenset({"tauko", "ruokatauko", "kahvitauko", "lounas", "ruokatunti", "kahvi"})
_GOING_OR_ENDING = frozenset({"mennä", "käydä", "lähteä", "juosta", "kävellä", "palata",
                              "lopettaa", "tulla", "ajaa"})
# where one goes away from work ("käyn kotona ja …", "käyn tupakalla ja …": review180)
_AWAY_FROM_WORK = frozenset({"koti", "koto", "tupakka", "tupakki", "kauppa", "rööki",
                             "röökki"})
# the measures of a while ("hetkeksi", "tunniksi", "vähäksi aikaa": review180-183)
_SHORT_TIMES = frozenset({"hetki", "hetkinen", "minuutti", "tunti", "vartti", "aika", "vähä",
                          "sekunti"})


def _a_while(word: str, after: Sequence[str] = ()) -> bool:
    """``word`` says for how long, a while by a measure of time, no end of the work nor a
    delay ("hetkeksi", "tunniksi", "varttitunniksi", "lopetan hetken"; not "täksi
    päiväksi", "huomiseksi", "lounaaksi", "kahvitunniksi": a compound is a while only by a
    measure or a size before its measure, review184-185); a genitive a postposition
    ``after`` it governs is when ("tunnin päästä", "vartin kuluttua": review185)."""
    cases = finnish.cases(word)
    if "omanto" in cases and TIME_POSTPOSITIONS & set(after):
        return False
    parts = finnish.compound_parts(word)
    heads_only = bool(parts) and parts - _SHORT_TIMES <= _WHILE_HEADS  # ("puolentunnin",
    # review186)
    return bool(cases & {"tulento", "osanto", "omanto"}) and any(
        b.endswith(t) and (heads_only or b[:len(b) - len(t)].rstrip("-") in _WHILE_HEADS)
        for b in finnish.base_forms(word) for t in _SHORT_TIMES)


# what may come before a measure of time in a while ("puolitunniksi", "varttitunniksi")
_WHILE_HEADS = frozenset({"", "puoli", "vartti", "pikku", "minuutti", "tunti"})


def _going_now(words: Sequence[str], clause: Clause) -> bool:
    """The clause before the answer's, joined by "ja", goes now: a verb of going with
    "heti" or "nyt" and nothing else ("menen heti ja kerron …"; not "kuivaan lattian nyt ja
    kerron …")."""
    if clause.start < 2 or words[clause.start - 1] != "ja":
        return False
    before = words[:clause.start - 1]
    going = [k for k, w in enumerate(before) if finnish.base_forms(w) & _GOING]
    return bool(going) and bool({"heti", "nyt"} & set(before[going[-1]:])) and \
        set(before[going[-1] + 1:]) <= {"heti", "nyt", "nopeasti", "sinne"}


# verbs whose "kun" clause is a later moment ("kun lähden kotiin", "kun olen syönyt",
# "kunhan ehdin", "kun palaan": review176)
_LATER_MOMENTS = frozenset({"lähteä", "syödä", "juoda", "ehtiä", "palata", "päästä",
                            "lopettaa", "levätä", "valmistua", "valmis", "loppua"})
# verbs of going to someone (wordsets.GOING_VERBS but "tulla", and running)
_GOING = frozenset({"mennä", "käydä", "lähteä", "juosta", "kävellä", "kiiruhtaa"})


def _when_clauses(c: Case, clause: Clause) -> list[str]:
    """The words of the clauses a "kun" opens beside the answer's, up to a comma or a join
    ("kun on tauko, ilmoitan …", "ilmoitan …, kun tulen tauolta": when the deed is done)."""
    words, out = c.words, []
    for k, w in enumerate(words):
        if w in ("kun", "kunhan") and not clause.start <= k < clause.stop:
            ends = [cut for cut in clause.cuts if cut > k] + [
                j for j in range(k + 1, len(words)) if words[j] in CLAUSE_JOINS]
            if k < clause.at:
                ends.append(clause.at)
            said = words[k + 1:min(ends, default=len(words))]
            if not _a_fault_now(said):  # (the fault's own time is a condition: "kun hän
                out.extend(said)  # kaatuu yöllä, soitan heti …", review178)
    return out


def _an_events(c: Case, rest: Sequence[str], k: int) -> bool:
    """``rest[k]`` names an event in the genitive, before a time's postposition ("vuoron
    jälkeen", "tiskauksen jälkeen", "kokouksen aikana": review176, 178; "heti" or not:
    "heti tiskauksen jälkeen"); no pronoun ("sen jälkeen"), nor the step's own deed or
    fault ("heti sammutuksen jälkeen", "kuivauksen jälkeen", "onnettomuuden jälkeen":
    review177)."""
    word = rest[k]
    if "omanto" not in finnish.cases(word) or \
            not finnish.word_classes(word) & {"nimisana", "teonsana"} or \
            "asemosana" in finnish.word_classes(word):
        return False
    if _delay_bases(word) & (_DELAYS | _EVENTS | {"työ"}):
        return True  # (a time of the working day, "heti" or not: "… heti työvuoron aikana")
    if _noticing_the_fault(c, rest, k):
        return False
    if rest[k - 1:k] in (["heti"], ["nyt"]) and finnish.word_classes(word) == {"teonsana"} \
            and finnish.base_forms(word) & (_STOPPING | _BREAKING | _the_steps_words(c)):
        return False  # (a -minen noun of a stop, a fault or the step's deed right after
        # "heti" is now: "heti sammuttamisen jälkeen", "heti hajoamisen jälkeen",
        # review186; not "heti syömisen jälkeen", review187)
    stems = {b[:5] for b in _the_steps_words(c) if len(b) >= 5}
    parts = finnish.compound_parts(word)
    stopping = bool(parts & _STOPPING) or any(
        b.endswith(("sammutus", "pysäytys")) for b in finnish.base_forms(word))
    kind = parts - _STOPPING - {"hätä"}
    if stopping and kind and not kind & _the_steps_words(c) and not parts & _INCIDENTS:
        return True  # (a kind of shutdown the step does not name is a scheduled one:
        # "huoltosammutuksen jälkeen"; not "hätäsammutuksen", "koneen sammutuksen")
    if stopping and not parts & (_DELAYS | _EVENTS) and \
            not (k and "omanto" in finnish.cases(rest[k - 1])
                 and not any(b.endswith(WORK_THINGS) for b in finnish.base_forms(rest[k - 1]))):
        return False  # (the step's machine shut down is now, "(koneen) sammutuksen jälkeen";
        # not a scheduled one, "valojen sammutuksen jälkeen", "iltasammutuksen jälkeen":
        # review180-182)
    # ("tapahtuma", what happened, only bare: not "koulutustapahtuman jälkeen", review187)
    return not any(b[:5] in stems for b in finnish.base_forms(word)) and not (
        finnish.base_forms(word) | finnish.compound_parts(word)) & _INCIDENTS and \
        not ("tapahtuma" in finnish.base_forms(word) or (  # (a danger's: "vaaratapahtuman";
            # its last part only: not "vaaratapahtumakoulutuksen", review189)
            any(b.endswith("tapahtuma") for b in finnish.base_forms(word)) and
            parts & _OF_A_DANGER))


def _noticing_the_fault(c: Case, rest: Sequence[str], k: int) -> bool:
    """``rest[k]`` is noticing or finding, of no genitive or of the fault (``_FAULT_SIGNS``,
    the step's things, a pronoun of a thing, the one the question tells of hurt): now
    ("huomaamisen jälkeen", "vian löytämisen jälkeen"); anything else seen puts the report
    off ("pomon", "sähköpostin", "rekan näkemisen jälkeen": reviews 189-196)."""
    word = rest[k]
    if finnish.word_classes(word) != {"teonsana"} or not finnish.base_forms(word) & _NOTICING:
        return False
    if not (k and "omanto" in finnish.cases(rest[k - 1])):
        return True
    seen = rest[k - 1]
    heads = {h for h in finnish.compound_heads(seen) if "nimisana" in finnish.word_classes(h)}
    fronts = finnish.compound_parts(seen) - heads
    if fronts & _SEEN_LATER:
        return False  # (a message's sound is no fault's: "viestiäänen", review195)
    told = told_bases(c.situation)
    steps = told | _the_steps_words(c)
    strong = (FAULTS | _FAULT_SIGNS) - _WEAK_SIGNS
    if fronts and not fronts <= steps | strong:
        as_said = {b[:-len(h)] for b in finnish.base_forms(seen) for h in heads
                   if b.endswith(h) and b != h}  # ("johto" of "johtovaurio": Voikko's
        # parts are "johtaa" and "vaurio")
        kinds = {f for f in fronts if finnish.word_classes(f) == {"teonsana"} and (
            (steps & MACHINES and heads & {"vika", "virhe"}) or f in _INCIDENT_VERBS)}
        # (a deed's fault, where the step is a machine's: "käynnistysvika", or an
        # incident's, "törmäysvaurio", review199; not "ilmastointivika" of a cord, nor
        # "ilmastointivuoto", a leak of another thing, review200)
        own = any(a.endswith(tuple(s for s in steps - MACHINES if len(s) > 3))
                  for a in as_said)  # (not "kone": "kahvikonevian", review199)
        if heads & strong and (fronts | as_said).isdisjoint(steps) and not own and \
                not fronts - kinds <= strong | _PARTS:  # (own: "sähköjohtovian" of "johto")
            return False  # another thing's fault, or one more: "hissivian", "kattovuodon",
            # "lisävian" (review198)
        heads &= strong  # (of a part, only a fault's own head: "moottorivian", not
        # "asiakastulvan", "kahvikoneen", review196-197)
    bases = finnish.base_forms(seen) | heads  # (a compound by its noun head: "öljyvuodon")
    if bases & _SEEN_LATER and not fronts & _FAULT_SIGNS:
        return False  # ("ambulanssin näkemisen jälkeen": the help come, review195; not
        # "hälytyskellon", an alarm's, review196)
    if bases & (FAULTS | _FAULT_SIGNS) or (bases & steps and not any(
            map(_someone, bases)) and bases.isdisjoint(_HURT)):  # (a person in any reading:
        return True  # "kokin", kokki or kokka; one hurt: "loukkaantuneen", review198)
    if "asemosana" in finnish.word_classes(seen) and bases & _THINGS_POINTED:
        return True
    # (the one the question tells of hurt, found or seen: "hänen / kollegan / työkaverin
    # löytämisen jälkeen" where a coworker is hurt, "potilaan …" where a resident fell; no
    # one else: "esimiehen löytämisen jälkeen", review195; "asukkaan" where a coworker is
    # hurt, review198)
    said = finnish.base_forms(seen)  # (the whole word: "palomies" is no "mies")
    return _one_hurt(c.situation) and bool(
        said & ({"hän", "he"} | told | _ANYONE | _HURT) or any(
            said & SAME_ROLE.get(b, frozenset()) for b in told))


@lru_cache(maxsize=sizes.STEPS)
def _one_hurt(situation: str) -> bool:
    """The question tells of a person hurt: a verb of hurting, no no, a person named
    ("Työkaveri kaatuu ja loukkaantuu."; not "Laatikko putosi. Kukaan ei loukkaantunut.":
    review197)."""
    words = normalised(situation).split()
    return bool(told_bases(situation) & _HURT) and NEGATIONS.isdisjoint(words) and any(
        a_person(w) or finnish.base_forms(w) & (_ANYONE | SAME_ROLE.keys()) for w in words)


def _someone(base: str) -> bool:
    """``base`` names a person: by the receivers' reading, one told or in charge, or a
    trade ("kokki", "lääkäri": review195)."""
    return a_person(base) or _someone_else(base)


def _someone_else(base: str) -> bool:
    """``base`` names one told, one in charge, a trade or a relative: no one hurt the
    question tells of ("mummon löytämisen jälkeen" is, "tyttären" is not: review196)."""
    return base in ADDRESSED or base in IN_CHARGE or base in _RELATIVES or (
        base != "mies" and base.endswith(_TRADE_PEOPLE))


def _the_steps_words(c: Case) -> frozenset[str]:
    """The base forms of the words the step's question and accepted answers say."""
    return frozenset().union(told_bases(c.situation), *(told_bases(n) for _, n in c.accepted))


# what befalls a machine or a person in a fault: its -minen noun after "heti" is now
_BREAKING = frozenset({"rikkoutua", "hajota", "katketa", "kaatua", "vuotaa", "pysähtyä",
                       "jumittua", "sattua", "tapahtua", "loukkaantua", "liukastua",
                       "pudota", "tippua", "haljeta", "törmätä", "palaa"})
# what a "…tapahtuma" compound is of, where it is the fault's own event
_OF_A_DANGER = frozenset({"vaara", "tapaturma", "onnettomuus", "vahinko"})
# noticing or finding the fault: its -minen noun after "heti" is now ("heti
# huomaamisen jälkeen": review188)
_NOTICING = frozenset({"huomata", "havaita", "löytää", "nähdä", "kuulla", "löytyä"})
# a shutdown or a stop, by a compound's parts
_STOPPING = frozenset({"sammutus", "sammuttaa", "pysäytys", "pysäyttää"})
# the verbs of what happens in a fault, as Voikko gives a compound's front ("törmäys…")
_INCIDENT_VERBS = frozenset({"törmätä", "kaatua", "pudota", "liukastua", "räjähtää",
                             "kolahtaa", "iskeä"})
# what happens in a fault, no later event ("onnettomuuden jälkeen", "hätäpysäytyksen
# jälkeen", "törmäyksen jälkeen": the report after it is now, review179)
_INCIDENTS = frozenset({"onnettomuus", "törmäys", "kaatuminen", "vahinko", "tapaturma",
                        "pysäytys", "kolari", "palo", "isku", "putoaminen",
                        "liukastuminen", "räjähdys", "hätäpysäytys", "pamaus", "pamahdus",
                        "kolahdus", "rysähdys"})


def _a_delay(c: Case, rest: Sequence[str], k: int, rooms: bool, fetching: bool,
             reporting: bool, now: bool) -> bool:
    """``rest[k]``, said in the answer's clause, puts the deed off: a later day, a time or
    an event after which it is done ("vuoron jälkeen", "tauon aikana", "iltaan mennessä")
    or, a report, before which ("ennen taukoa"; not "pesen kädet ennen ruokataukoa":
    review178), a time or (``rooms``) a break room it is done at; not how long or since
    when (``_a_span``; ``fetching``: from where someone is fetched)."""
    w = rest[k]
    if w in LATER or (reporting and _before_an_event(rest, k) and (
            not now or _just_before(rest, k) or "tai" in c.words)):
        return True  # (not "ilmoitan heti … ennen taukoa", review179; "nyt tai ennen
        # taukoa" is either, review180)
    postposition = k + 1 < len(rest) and rest[k + 1] in TIME_POSTPOSITIONS
    if postposition and _an_events(c, rest, k):
        return True
    if not _delay_bases(w, rooms=rooms) & (_DELAYS - _MEASURES):
        return False
    return postposition or not _a_span(w, rest[k - 1] if k else "",
                                       rest[k + 1] if k + 1 < len(rest) else "", fetching)


def _just_before(rest: Sequence[str], k: int) -> bool:
    """``rest[k]``'s "ennen" is said "heti ennen", "juuri ennen": just before it, later."""
    at = max((j for j in range(max(0, k - 2), k) if rest[j] == "ennen"), default=None)
    return at is not None and at > 0 and rest[at - 1] in {"heti", "juuri", "just"}


def _before_an_event(rest: Sequence[str], k: int) -> bool:
    """``rest[k]`` is a time or an event of the working day "ennen" puts the deed before,
    later than now ("ennen taukoa", "ennen vuoron loppua": review177)."""
    return "ennen" in rest[max(0, k - 2):k] and bool(
        _delay_bases(rest[k]) & (_DELAYS | _EVENTS | {"työ"}) - _MEASURES) and \
        "osanto" in finnish.cases(rest[k])


def _a_deed_now(word: str) -> bool:
    """``word`` is a deed now or to come, by anyone: a verb in the present, a command, a
    conditional, a passive ("soitetaan", "hän kertoo": review171); not the past ("oli")."""
    return any(a.get("TENSE") == "present_simple" or
               a.get("MOOD") in ("imperative", "conditional")
               for a in finnish.analyses(word) if a.get("CLASS") == "teonsana")


def _a_span(word: str, before: str, after: str, fetching: bool = False) -> bool:
    """``word``, a time, says how long or since when, not when: a thing's case ("pidän
    tauon", "loppuun"), or from or for a time said so ("aamusta asti", "jo aamusta",
    "puoleksi tunniksi"; review169-170; "vuoron lopuksi" is when)."""
    cases = finnish.cases(word)
    if cases & {"nimento", "omanto", "osanto", "sisatulento"}:
        return True
    if "tulento" in cases and "loppu" not in finnish.base_forms(word):
        return True  # ("tunniksi", "huomiseksi": for how long; "vuoron lopuksi" is when)
    if not cases & {"sisaeronto", "ulkoeronto"}:
        return False
    bases = finnish.base_forms(word)
    if (fetching and not bases & WHEN_WORDS) or any(b.endswith(BREAK_ROOMS) for b in bases):
        return True  # (fetched from a place: "haen työnjohtajan tauolta", review171; from a
        # room, whatever the deed: "pyydän apua kahvihuoneesta", review173; not "ilmoitan
        # tauolta", "… ensi viikosta": review172)
    return after in {"asti", "saakka", "lähtien"} or before in _HOW_LONG or \
        number_of(before) is not None  # (since when: "aamusta asti", "jo aamusta")


def _a_fault_now(told: Sequence[str]) -> bool:
    """The question tells of a fault or a danger now, not a cause of one ("Selkäsi on
    kipeä raskaan työn takia": review170)."""
    cause = {k for k, w in enumerate(told) if w in {"takia", "vuoksi", "johdosta"}}
    bases = {b for k, w in enumerate(told) if not any(0 < c - k <= 2 for c in cause)
             for b in finnish.base_forms(w)}
    return bool(bases & (FAULTS | WHY_DONE | _DANGERS) - _NOT_NOW)


# times a deed is put off to even where a comma sets them in a fact told now ("ilmoitan,
# tauolla kone on rikki", "…, maanantaina kone on rikki"); a time of day there is the
# fact's, a state now ("ilmoitan, aamulla kone on rikki": review172-173)
_NOW_TIMES = frozenset({"aamu", "ilta", "iltapäivä", "aamupäivä", "yö", "tänään"})


_PUT_OFF_TO = frozenset({"tauko", "lounas", "ruokatunti", "kahvi", "paussi", "vasta",
                         "myöhemmin", "huominen", "huomisaamu", "huomenna", "vuoronvaihto",
                         "vuoro"})


# deeds of fetching or calling someone, from where ("haen työnjohtajan tauolta",
# "kutsun hoitajan kahvihuoneesta": review171-172)
_FETCHING = frozenset({"hakea", "noutaa", "tuoda", "kutsua"})




# a fault's words that call for no deed now: an end ("vuoroni loppuu"; review169-170)
_NOT_NOW = frozenset({"loppua", "loppu"})


# measures among the time words ("litralla vettä": review169)
_MEASURES = frozenset({"kilo", "gramma", "litra", "metri", "euro", "sentti", "senttimetri",
                       "millimetri", "prosentti", "aste"})


# what a step's question may tell that calls for a deed now, besides a fault
_DANGERS = frozenset({"märkä", "liukas", "vaara", "toimia", "vuotaa", "tulipalo", "savu",
                      "kaatua", "loukkaantua", "haljeta", "jumittua", "pysähtyä"})


def asks_when(c: Case) -> bool:
    """The step asks when: its situation says "milloin" or "mihin aikaan" (not a time the
    story tells, "aamulla", to "Mitä teet?": review157)."""
    said = normalised(c.situation).split()
    return "milloin" in said or "aikaan" in said


# a deed put off to a time: a time it is done at ("tauolla", "iltapäivällä", "vasta",
# "lounaalla", "tänään"), not "heti", "nyt" (review161-162)
_DELAYS = (WHEN_WORDS | {"vasta", "tauko", "iltapäivä", "huominen", "huomisaamu",
                         "myöhemmin", "lounas", "ruokatunti", "kahvi", "loppu", "kerta",
                         "paussi", "vuoronvaihto", "ruokailu"}) - \
    {"heti", "nyt"}


def put_off(words: Sequence[str], fact: Sequence[str], past: bool, apart: bool) -> bool:
    """The deed said before its ``fact`` is put off: a delay among the deed's own words,
    up to the fact's subject, by any part of a compound ("ilmoitan tauolla", "ilmoitan heti
    tauolla", "ilmoitan taukotilassa", "… kahvipaussilla": review168), or among the
    fact's words it reaches (``_the_deeds_words``: "kone hajosi lounaalla" is when;
    review163-164) where the deed is not said to be done now ("ilmoitan heti, kone on
    rikki tänä aamuna": review167-168). A comma sets what comes before the fact's subject
    ``apart`` as the fact's in a fact told in the past ("ilmoitan, aamupalalla kone
    hajosi"), and a room in one told now ("ilmoitan, taukotilassa kone on rikki"; a time
    there stays the deed's: "ilmoitan, tauolla kone on rikki"; review169-171)."""
    own, after = _the_deeds_words(words, fact, past)
    said = own[:len(words) - len(fact)]  # (before the fact: a compound's every part)
    if {b for w in said for b in _delay_bases(w, rooms=True)} & _DELAYS or \
            (not (apart and past) and {
                b for w in own[len(said):]
                if not (apart and finnish.base_forms(w) & _NOW_TIMES)  # ("iltapäivällä")
                for b in _delay_bases(w, rooms=not apart)}
             & ((_DELAYS - _NOW_TIMES) | _PUT_OFF_TO if apart else _DELAYS)):
        return True  # (…before the fact's subject, a break room or a time of day too:
        # "ilmoitan taukotilassa kone on rikki"; not "kahvikoneessa on vika")
    return bool({b for w in after for b in _delay_bases(w)} & _DELAYS) and \
        not {"heti", "nyt"} & set(own)


def _the_deeds_words(words: Sequence[str], fact: Sequence[str], past: bool
                     ) -> tuple[list[str], list[str]]:
    """The words said with the deed, not of its fact: up to the fact's subject, the first
    noun in the nominative ("ilmoitan tauolla, kone on rikki": ilmoitan tauolla), the
    subject's genitive its own ("aamuvuoron kone"; review165); and where the fact is told
    now (not ``past``: "kone hajosi lounaalla" says when it broke), what follows the
    subject but the state's own words ("kone on rikki tänään", "… jo toisen kerran tällä
    viikolla"; "kone on rikki vasta tauolla" puts the deed off: review164)."""
    at = next((i for i, w in enumerate(fact) if "nimisana" in finnish.word_classes(w) and
               any(case == "nimento" for case, _ in finnish.case_numbers(w)) and
               not finnish.base_forms(w) & _DELAYS), len(fact))  # ("vasta" is no noun here)
    before = [w for k, w in enumerate(fact[:at]) if not (
        k == at - 1 and ("omanto", "singular") in finnish.case_numbers(w))]
    after = [] if past else [w for k, w in enumerate(fact[at:], at) if not _of_the_state(
        w, fact[k - 1] if k else "", fact[k + 1] if k + 1 < len(fact) else "")
        and not _when_the_times_came(fact, k)]
    return [*words[:len(words) - len(fact)], *before], after


def _of_the_state(word: str, before: str, after: str) -> bool:
    """``word``, said after a fact's subject, tells of the state, not when the deed is
    done: the fault itself, today, how long ("jo viikon", "kaksi päivää", "aamusta asti"),
    this time of day or week ("tänä aamuna", "tällä viikolla"), a time again ("toisen
    kerran"; not "ensi kerralla"), run out ("öljy on loppu"; not "vuoron lopussa")."""
    bases = finnish.base_forms(word)
    if "loppu" in bases:  # (a fault's word too: "loppu" only as said of the thing)
        return ("nimento", "singular") in finnish.case_numbers(word)
    span = bool(finnish.cases(word) &
                {"omanto", "osanto", "sisaeronto"})  # ("jo viikon", "jo aamusta": since)
    return bool(bases & (FAULTS | WHY_DONE | {"tänään"})) or \
        (span and (before in _HOW_LONG or number_of(before) is not None)) or \
        after in {"asti", "saakka", "lähtien"} or \
        ("kerta" in bases and before not in {"ensi", "seuraava", "seuraavalla"})


def _when_the_times_came(fact: Sequence[str], k: int) -> bool:
    """``fact[k]`` says this week or day right after a count of times ("toisen kerran
    tällä viikolla": when those were, review167); not a time after it otherwise ("toisen
    kerran, tauolla": review168)."""
    return k >= 2 and "kerta" in finnish.base_forms(fact[k - 2]) and \
        fact[k - 1] in {"tällä", "tänä", "tässä"}


# words before a time that say how long ("jo viikon", "koko päivän"; a time of day after
# "tänä", "tällä" may be later: "tänä iltana", review166)
_HOW_LONG = frozenset({"jo", "koko"})


def _delay_bases(word: str, rooms: bool = False) -> frozenset[str]:
    """``word``'s base forms and its compound's parts where its last part is a time or an
    event ("iltavuorossa", "kahvihetkellä", "lounasaikaan", "kahvitauolla"); a thing's
    parts are no time ("taukotilassa", "eurolava", "kahvikoneessa": review165-167)."""
    bases, parts = finnish.base_forms(word), finnish.compound_parts(word)
    if word != "kohta":  # ("kohta", soon, is no "väärässä kohdassa", a spot)
        bases = bases - {"kohta"}
    last = {p for p in parts for b in bases if b.endswith(p) and b != p}
    at_a_time = finnish.cases(word) & {"ulkoolento", "olento"} \
        and parts & (_DELAYS - _MEASURES - {"kerta", "kahvi", "loppu"}) and \
        not any(b.endswith(WORK_THINGS) for b in bases)  # ("aamupalalla",
    # "vuosilomalla"; not "kahvikoneella on vika", "kertakäyttöpyyhkeellä": review169-172)
    if rooms and any(b.endswith(BREAK_ROOMS) for b in bases):
        return bases | {"tauko"}  # (the deed's own "ruokalassa", "taukotilassa": review168;
        # not a fact's "rikki ruokalassa", review167, 170)
    return bases | (parts if last & (_DELAYS | _EVENTS) or at_a_time else frozenset(last))


# the last parts of a compound that name a time or an event (with _DELAYS)
_EVENTS = frozenset({"vuoro", "palaveri", "hetki", "aika", "kokous", "tauko", "tunti",
                     "paussi", "vaihto", "lähtö", "kotiinlähtö"})  # (one word to Voikko)


# …and of saying or asking: the deeds a break room puts off (review171-172)
_REPORTING = CALLING_OR_TELLING | {"sanoa", "pyytää", "huutaa"}


# what is seen, heard or found of a fault (review192-194): its signs; a pronoun pointing
# at a thing ("sen", "tämän"), not at a person ("hänen", "heidän")
_FAULT_SIGNS = frozenset({
    "vika", "virhe", "vaara", "ongelma", "asia", "vuoto", "vaurio", "vahinko", "reikä", "lätäkkö",
    "lammikko", "halkeama", "ääni", "haju", "savu", "vesi", "öljy", "pamaus", "kolina",
    "paukahdus", "räsähdys", "liekki", "tuli", "palo", "kipinä", "sirpale", "veri",
    "kaikki", "hälytys", "onnettomuus", "tapaturma", "murtuma", "roiske", "kaasu",
    # sounds, smells and floods of a fault (review195)
    "tärinä", "rätinä", "surina", "vinkuna", "kitinä", "humina", "kolahdus", "naksahdus",
    "rysähdys", "jysähdys", "kärähdys", "käry", "tulva", "kipinöinti"})
_THINGS_POINTED = frozenset({"se", "tämä", "tuo", "ne", "nämä", "nuo"})
_TRADE_PEOPLE = ("kokki", "mies", "kuski", "mestari", "päällikkö", "mekaanikko", "teknikko",
                 "lääkäri", "hoitaja", "insinööri", "tulkki", "vartija")
# a person, whoever it is (a role word names someone only in its own role: SAME_ROLE)
_ANYONE = frozenset({"ihminen", "henkilö", "mies", "nainen", "uhri"})
# signs of a fault only where the step's own thing is named with them ("putkivuoto" is
# one whatever pipe, "asiakastulva" no flood of the fault's)
_WEAK_SIGNS = frozenset({"tulva", "ääni", "vesi", "haju", "tuli", "kaikki", "asia", "palo",
                         "roiske", "kolina", "surina", "humina"})
# the fronts of a compound a fault's head keeps beside the step's own: a part or kind of a
# machine, a size, a weak sign but fire ("moottorivian", "pikkuvian", "vesilätäkön"; not
# another whole thing, "hissivian", nor one more, "lisävian", nor "palohälytyksen")
_PARTS = frozenset(WORK_THINGS) - frozenset(AIDS) - {
    "lava", "hylly", "tikkaat", "teline", "kuorma", "pullo", "kanisteri", "säiliö", "imuri",
    "öljy"} | {"putki", "osa", "pikku", "pieni", "iso"} | _WEAK_SIGNS - {"palo", "tuli"}
_RELATIVES = frozenset({"tytär", "poika", "äiti", "isä", "vaimo", "sisko", "veli", "omainen"})
# what is seen later than the fault, said in a compound's front too (review195)
_SEEN_LATER = frozenset({"viesti", "tekstiviesti", "puhelin", "puhelu", "soitto", "sähköposti",
                         "kuulutus", "summeri", "kello", "tiedote", "posti", "ambulanssi"})
_HURT = frozenset({"kaatua", "loukkaantua", "liukastua", "pudota", "sattua", "satuttaa",
                   "pyörtyä", "lyödä", "kolauttaa"})
