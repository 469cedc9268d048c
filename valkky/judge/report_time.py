"""When the learner's report is made: now, put off, or left to chance (issue 12, SAFETY;
review260-267). Where a step's examples report now to someone they name ("kerron heti
esimiehelle"), an answer whose every telling of the learner's own is put off ("kerron
esimiehelle ensi viikolla"), taken back by a "but" ("…, mut en heti"), or hung on someone's
asking, will or memory ("jos joku kysyy, ilmoitetaan esimiehelle") reports nothing now,
and is wrong.

Each telling is read in its clause (``clause_reader``): its own words, a verbless time put
before or after it ("Huomenna, kerron …", "kerron …, huomenna"), the clauses said of it (a
condition, a time: "kun vuoro loppuu"), and a "but" after them. A time or a condition of
another clause ("mä oon ensi kerralla varovaisempi", "jos haluatte hän voi soittaa teille")
is not the report's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from valkky.judge import finnish, sizes
from valkky.judge.case import Case, Judgement
from valkky.judge.clause_reader import (
    MAIN_OPENERS,
    SUBJECTS,
    Clause,
    attached,
    clause_at,
    commas_at,
    read_clauses,
    words_of,
)
from valkky.judge.tellings import TO_WHOM, my_tellings, one_told, receivers
from valkky.judge.wordsets import CALLING_OR_TELLING, LATER, NEGATIONS, TIME_POSTPOSITIONS


def report_put_off_beside(c: Case, j: Judgement) -> Judgement:
    """``j``, or wrong where an open step's answer is right or nearly by another rule than
    the open one (an accepted answer said whole with words more: "kerro esimiehelle jos
    haluat", review267-271) and every telling of the learner's is put off, taken back or
    left to chance (``report_put_off``; the open rule reads it itself). Only at an open
    step: a closed step's trainers call a report put off almost (stop 75)."""
    if not c.open_question or j.verdict == "wrong" or j.rule == "open_answer" or \
            c.options or c.repeat or not report_put_off(
                c.words, tuple(n for _, n in c.accepted), commas_at(c), c.situation):
        return j
    c.note("every telling of the learner's put off, taken back or left to chance, where "
           "the examples tell now")
    return c.judgement("wrong", closest=j.closest)


def report_put_off(words: Sequence[str], accepted: tuple[str, ...],
                   cuts: frozenset[int] = frozenset(), situation: str = "") -> bool:
    """Where the examples (``accepted``, normalised) report now to someone they name, every
    telling or call of the learner's own in ``words`` to them or to no one named is put
    off, taken back or left to chance (module doc). Not a call to the customer ("soitan
    teille huomenna uudestaan"), nor a condition the question asks ("Entä jos kone
    pysähtyy?") or one kept "silti". ``cuts``: where the written answer's parts begin."""
    named = reported_to(tuple(accepted))
    if named is None:
        return False
    mine = [i for i in my_tellings(words)
            if not (to := receivers(words, i)) or any(
                one_told(x, named) or finnish.base_forms(x) & _SERVICE for x in to)]
    if not mine:
        return False
    read = _Reading(words, read_clauses(words, cuts), named, _steps_verbs(tuple(accepted)),
                    "jos" in re.findall(r"\w+", situation.casefold()), cuts)
    return all(read.put_off(i) for i in mine)


class _Reading:
    """An answer's clauses, and what a report's time is read against."""

    def __init__(self, words: Sequence[str], clauses: list[Clause], named: frozenset[str],
                 steps_verbs: frozenset[str], asked: bool, cuts: frozenset[int]) -> None:
        self.words, self.clauses, self.named = words, clauses, named
        self.steps_verbs, self.asked, self.cuts = steps_verbs, asked, cuts

    def put_off(self, i: int) -> bool:
        """The telling at ``i`` is put off, taken back or left to chance."""
        n = clause_at(self.clauses, i)
        before, after = attached(self.clauses, n)
        own = self._of([n])
        if n + 1 < len(self.clauses) and self.clauses[n + 1].main and \
                self.clauses[n + 1].opener is None:  # (a clause of its own after it)
            own = own[:len(own) - self._next_clauses_time(own, n + 1)]
        lead = self._of([m for m in before if not self.clauses[m].sub])
        said = [*own, *self._of([m for m in after if not self.clauses[m].sub])]
        subs = [m for m in (*before, *after) if self.clauses[m].sub]
        now = said_now([*lead, *said])
        promise = now and not (n + 1 < len(self.clauses) and self.clauses[n + 1].sub)
        # ("kerron heti …, ensi kerralla | mä oon varovaisempi"; not "… heti esimiehelle
        # ensi kerralla | kun se on täällä", review268)
        if later(said, promise) or (later(lead, promise) and not _a_past_time(lead)) or \
                any(later(self._of([m]), False) or self._a_later_event(m)
                    for m in subs if self.clauses[m].opener in _CONDITIONS):
            return True  # ("kerron esimiehelle ensi viikolla", "Huomenna, kerron …",
            # "huomenna kun mä tuun töihin kerron …", "… kun se tulee huomenna töihin",
            # "… kun mun vuoro loppuu"; not "eilen illalla kun …, kerron")
        if "jälkeen" in own and not _right_after(own) and any(
                self.clauses[m].opener == "kun" and not self._a_step(m) for m in after):
            return True  # ("kerron sen jälkeen kun vuoro loppuu"; not "… kun oon pysäyttänyt
            # koneen", a deed of the step first: review267)
        told = any(p == "2" for p, _ in finnish.persons(self.words[i]))
        if "silti" not in own and any(self._to_chance(m, subs, told) for m in subs):
            return True
        return self._taken_back(after[-1] + 1 if after else n + 1, now, subs)

    def _next_clauses_time(self, own: list[str], nxt: int) -> int:
        """How many words at the end of a telling's clause ``own``, before clause ``nxt``
        of its own, are a time of that clause: a later time said whole after a report
        said now, not one its "heti" is said of, where the next clause begins with its
        subject and tells what follows the report (``_a_follow_up``: "kerron heti
        esimiehelle huomenna | se soittaa teille", "… heti myöhemmin | mä siivoan lasit";
        not "kerron esimiehelle heti tauolla": first thing then; nor "… huomenna aamulla |
        se on jo lähteny kotiin", why it waits; nor without a now, "kerron esimiehelle
        myöhemmin | mä oon kiireinen", review272); or "ensi kerralla" before a promise of
        care (``_a_promise_of_care``: "kerron esimiehelle ensi kerralla | mä oon
        varovaisempi"; not "… | se on lomalla", "… | tuun töihin"; review273-277)."""
        end = next((m for m in range(nxt + 1, len(self.clauses))
                    if self.clauses[m].opener is not None or (
                        self.clauses[m].start in self.cuts and
                        self.words[self.clauses[m].start] in SUBJECTS)),
                   len(self.clauses))  # (up to a join, or a comma before a subject of
        # its own: "… se tulee tänne, katsoo maljakon" goes on; "…, mä siivoan tänään")
        then = self._of(range(nxt, end))  # (with the clauses the reader cut off it for a
        # word that is also a verb: "mä kerään | palat", "se tulee | kattoo maljakkoa")
        joined = [*then, *(self.words[self.clauses[end].start - 1:self.clauses[end].start]
                           if end < len(self.clauses) else [])]  # (and the join after it:
        # "… heti | kun se ehtii")
        if own[-2:] in _NEXT_TIME:
            return 2 if _a_promise_of_care(then) else 0
        size = next((k for k in (1, 2) if later(own[-k:], False)), 0)
        while size and size < len(own) - 2 and _of_a_time(own[-size - 1]):
            size += 1  # (the whole time: "huomenna aamulla", "tunnin kuluttua")
        time, rest = own[len(own) - size:], own[:len(own) - size]
        if not size or not said_now(rest) or any(
                w in _AT_ONCE or finnish.cases(w) & TO_WHOM or (
                    finnish.is_verb(w) and w not in _SPAN_ENDS) for w in time) or \
                not _a_follow_up(joined):
            return 0  # (a time alone, after a report said now, before what follows it)
        at_once = rest[-1] in _AT_ONCE or rest[-2:] == ["saman", "tien"]
        if time[0] not in _NOT_OF_NOW and (then[0] not in SUBJECTS or (
                at_once and not said_now(rest[:-2 if rest[-1] == "tien" else -1]))):
            return 0  # (its own subject first: not "kerron heti esimiehelle aamulla | tuun
            # taas töihin", a later event the report waits for; nor "heti tauolla",
            # "saman tien aamulla": first thing then)
        return size

    def _of(self, ns: Sequence[int]) -> list[str]:
        return words_of(self.words, self.clauses, ns)

    def _a_later_event(self, m: int) -> bool:
        """Clause ``m``, one of time, waits for a later event of the learner's day: a shift
        or a break turning, the one in charge back from one, going home, a meal over, or
        the one in charge getting in touch ("kun mun vuoro loppuu", "kun tauko alkaa",
        "kun se palaa lomalta", "kun lähden kotiin", "kun oon syöny", "kun se soittaa
        mulle"; not "kun te syötte", the time of a fall, review269)."""
        if self.clauses[m].opener not in _WHEN:
            return False  # (a condition is no time: "jos kone pysähtyy kesken vuoron niin
            # kerro heti", review269)
        words = self._of([m])
        bases = [finnish.base_forms(w) for w in words]
        return (any(b & _TURNS or w in _OVER for w, b in zip(words, bases, strict=True)) and
                any(b & _DAY_EVENTS for b in bases)) or \
            (words[:1] in (["on"], ["olla"]) and any(b & _DAY_EVENTS for b in bases)) or \
            (any(b & _HOME for b in bases) and (any(b & _GOING for b in bases) or any(
                finnish.same_lemma(w, "olla") for w in words))) or \
            (any(b & {"käydä"} for b in bases) and any(map(finnish.is_participle, words))) or \
            any(b & _DAY_EVENTS and finnish.cases(w) & _FROM
                for w, b in zip(words, bases, strict=True)) or \
            (any(b & {"syödä"} for b in bases) and any(
                finnish.is_participle(w) or finnish.is_passive_participle(w) for w in words)) or \
            any(b & _CALLING_BACK and any(p == "3" for p, _ in finnish.persons(w))
                for w, b in zip(words, bases, strict=True))

    def _a_step(self, m: int) -> bool:
        """Clause ``m`` says a deed the step's examples say ("kun oon pysäyttänyt koneen")."""
        return any(finnish.base_forms(w) & self.steps_verbs for w in self._of([m]))

    def _to_chance(self, m: int, subs: Sequence[int], told: bool) -> bool:
        """The condition of clause ``m`` (with the question clauses inside it) leaves the
        report to chance; ``told``: the report is the listener's, told to do."""
        if self.clauses[m].opener not in _CONDITIONS:
            return False
        inside = [x for x in subs if x > m and self.clauses[x].opener not in _CONDITIONS]
        inside = [x for k, x in enumerate(inside) if x == m + 1 + k]  # (right after it)
        wish_of_another = any(self.clauses[x].opener == "että" for x in inside)
        condition = self._of([m, *inside])
        if self.clauses[m].opener in _IF_NOT:
            if not _of_mine(condition) and self.clauses[m].opener != "ellen":
                return left_to_chance(condition, False, wish_of_another, told) or \
                    any(finnish.base_forms(w) & _AWAY for w in condition)  # (another's
                # haste or leave, "ellei sillä oo kiire", "jollei se oo lomalla"; not
                # "ellei se jo tiedä": review269-270)
            condition = ["ei", *condition]  # ("ellei me saada sitä irti")
        own_try = self.clauses[m].opener in ("jos", *_IF_NOT) and not self.asked
        return left_to_chance(condition, own_try, wish_of_another, told)

    def _taken_back(self, m: int, now: bool, subs: Sequence[int]) -> bool:
        """A "but" at clause ``m`` takes the report back: no verb of its own and a later
        time or a no of now ("mut en heti", "mutta vasta huomenna", "mutta vasta kun mä
        oon siivonnut"), or a later time with only the learner's will or time, the report
        said again, or the condition's own event ("mutta huomenna mä kerron", "…, mut se
        tulee vasta huomenna"); not another deed or doer ("…, mutta huomenna mä soitan
        teille itse", "mutta miks se kaatui, sen mä selvitän huomenna"), nor after a report
        said now unless "vasta" or a no of now takes it back."""
        if m >= len(self.clauses) or self.clauses[m].opener != "mutta":
            return False
        end = next((x for x in range(m + 1, len(self.clauses))
                    if self.clauses[x].opener in MAIN_OPENERS - {"vaan"}), len(self.clauses))
        tail = self._of(range(m, end))
        if self.words[self.clauses[m].start - 1:self.clauses[m].start] == ["mutten"]:
            tail = ["en", *tail]
        back = "vasta" in tail or no_of_now(tail)
        if not later(tail, False) or (now and not back):
            return False
        verbs = [self.words[v] for x in range(m, end) if not self.clauses[x].sub
                 for v in self.clauses[x].verbs]
        again = {tail[k] for k in my_tellings(tail) if not (to := receivers(tail, k)) or any(
            one_told(x, self.named) or x in _TO_THEM for x in to)}
        events = {b for x in subs if self.clauses[x].opener in _CONDITIONS
                  for v in self.clauses[x].verbs for b in finnish.base_forms(self.words[v])}
        return all((finnish.base_forms(w) & _OPTIONAL and finnish.of_i_or_we(w))
                   or w in again or bool(finnish.base_forms(w) & events)
                   or (finnish.base_forms(w) & _DOING_IT and not _IT.isdisjoint(tail)
                       and finnish.of_i_or_we(w)) for w in verbs)


@lru_cache(maxsize=sizes.STEPS)
def reported_to(accepted: tuple[str, ...]) -> frozenset[str] | None:
    """Whom the examples (``accepted``, normalised) report to now, by name (the words and
    their base forms: "esimiehelle", "kunnossapitoon"); None where they report to no one
    named, or put off or make a condition (made once a step)."""
    examples = [n.split() for n in accepted]
    theirs = {x for e in examples for i in my_tellings(e) for x in receivers(e, i)
              if "asemosana" not in finnish.word_classes(x) and not (
                  finnish.base_forms(x) & _PLACES_CALLED)}  # (not "soitan kotiin" on a
    # break, review269)
    if not theirs or any(later(e, False) or "jos" in e for e in examples):
        return None
    return frozenset(b for x in theirs for b in (x, *finnish.base_forms(x)))


def later(words: Sequence[str], now: bool) -> bool:
    """``words`` put a deed off: a later time ("huomenna", "ensi viikolla", "maanantaina",
    "viikon päästä", "heti aamulla"; not "ensi tilassa", as soon as may be, nor "heti sen
    jälkeen", nor "ensi kerralla" beside a time ``now``, a promise of care) or "not now"
    ("en heti")."""
    for k, w in enumerate(words):
        nxt = words[k + 1:k + 2]
        if w in ("ensi", "ens") and (nxt == ["tilassa"] or (now and nxt in _TIMES_NEXT)):
            continue
        if w in ("seuraavan", "seuraavalla") and nxt in _TIMES_NEXT and not now:
            return True  # ("kun mä nään sen seuraavan kerran"; beside a time now a promise,
            # as "ensi kerralla": review269)
        if (w in _PUT_OFF and not (w == "jälkeen" and words[k - 1:k] and
                                    words[k - 1] in _THAT)) or w in _WEEKDAYS or \
                (w == "päästä" and k > 0) or \
                (w in _NOT_YET and no_of_now(words[max(0, k - 2):k + 1])):
            return True
    return False


def said_now(words: Sequence[str]) -> bool:
    """A time of now said with no no before it and no later time after it ("kerron heti",
    "nyt", "välittömästi", "saman tien"; not "en heti", "heti aamulla")."""
    return any((w in _AT_ONCE or (w == "tien" and words[k - 1:k] == ["saman"])) and
               NEGATIONS.isdisjoint(words[max(0, k - 2):k]) and
               not (w == "nyt" and k == 1 and words[0] in _OPENING) and  # ("no nyt …")
               not (_PUT_OFF.intersection(words[k + 1:k + 2]) and
                    words[k + 2:k + 3] not in _TIMES_NEXT)  # ("heti ensi kerralla …" is
               # "heti" and a promise of care)
               for k, w in enumerate(words))


def no_of_now(words: Sequence[str]) -> bool:
    """A no of now: "en heti", "ei tänään", "en ihan heti"."""
    return any(w in _NOT_YET and not NEGATIONS.isdisjoint(words[max(0, k - 2):k])
               for k, w in enumerate(words))


def left_to_chance(condition: Sequence[str], own_try: bool, wish_of_another: bool = False,
                   told: bool = False) -> bool:
    """A report's ``condition`` leaves it to chance: anyone's asking, wanting or reminding,
    the learner's time, memory or will ("jos joku kysyy", "jos te haluatte", "kun ehdin",
    "jos muistan"; not a wish of another's deed, ``wish_of_another``: "jos haluatte että
    hän soittaa"), a need not the listener's ("jos tarvitsee"; not "jos tarvitset apua"),
    or, with ``own_try`` (a "jos" the question does not ask), the learner's own try
    failing ("jos en saa sitä irti")."""
    def listeners(w: str) -> bool:
        return any(p == "2" for p, _ in finnish.persons(w))
    return any(((finnish.base_forms(w) & _OPTIONAL or w in _OPTIONAL_SAID) and not (
        wish_of_another and "haluta" in finnish.base_forms(w)))
        or ("huomata" in finnish.base_forms(w) and not (told and listeners(w)))  # ("jos
        # joku huomaa", "jos te huomaatte jotain"; not the rule told, "jos sä huomaat vian
        # niin kerro", review269-270)
        or ("tarvita" in finnish.base_forms(w) and not listeners(w))
        for w in condition) or (own_try and not NEGATIONS.isdisjoint(condition))


def _a_follow_up(words: Sequence[str]) -> bool:
    """A clause that tells a deed done to something or for someone ("se soittaa teille",
    "mä siivoan lasinsirut", "se tulee kattoo maljakkoa"), not a state, a coming or going
    or a now of its own ("se on kokouksessa", "se on jo lähteny kotiin", "mä tuun taas
    töihin", "se tulee meille töihin", "se hoitaa nyt toista asiakasta", "mä pidän nyt
    taukoa"): what follows a report, not why it waits (review274-275)."""
    if my_tellings(words) or "tänään" in words or said_now(
            [w for k, w in enumerate(words) if not (w == "heti" and words[k + 1:k + 2] == [
                "kun"])]) or any(
            ("olla" in finnish.base_forms(w) and _IN_TOUCH.isdisjoint(words)) or
            finnish.base_forms(w) & _AWAY for w in words):
        return False  # (the report itself said later: "… | mä ilmoitan sille"; a now of
        # its own, not "heti kun", as soon as, nor "heti aamulla", first thing then: "se
        # soittaa teille heti kun se ehtii"; "se on yhteydessä teihin" gets in touch)
    if any(finnish.base_forms(w) & CALLING_OR_TELLING for w in words) or \
            not _IN_TOUCH.isdisjoint(words):
        return True  # ("se soittaa", "se on yhteydessä teihin")
    going = any(finnish.base_forms(w) & _COMING_OR_GOING for w in words)
    verb = 1 if words[0] in SUBJECTS and len(words) > 1 and finnish.persons(words[1]) else 0
    # (the subject's verb is no object: "minä tulen", "se palaa")
    return any(finnish.case_numbers(w) & (_OBJECT if going else _DONE_TO) and
               finnish.word_classes(w) & _THINGS and not (
                   "omanto" in finnish.cases(w) and words[k + 1:k + 2] and
                   words[k + 1] in _POSTPOSITIONS)
               for k, w in enumerate(words) if k > verb) or (not going and any(
                   finnish.of_i_or_we(w) and "seikkasana" not in finnish.word_classes(w)
                   for w in words))
    # (or the learner's own deed: "mä siivoan", "me siivotaan linja"; not "takaisin", an
    # adverb Voikko also reads as a verb of "I")


# what a deed is done to: its object; or for: whom ("teille", "sulle")
_OBJECT = frozenset({("omanto", "singular"), ("osanto", "singular"), ("osanto", "plural"),
                     ("nimento", "plural"), ("kohdanto", "singular"), ("kohdanto", "plural")})
_DONE_TO = _OBJECT | {("ulkotulento", "singular"), ("ulkotulento", "plural")}
_THINGS = frozenset({"nimisana", "asemosana", "nimisana_laatusana"})
_IN_TOUCH = frozenset({"yhteydessä", "yhteyttä"})  # ("se on yhteydessä teihin")
# the words a genitive goes with, no object ("vuoron jälkeen", "lääkärin luo")
_POSTPOSITIONS = TIME_POSTPOSITIONS | {"luo", "luokse", "luona", "kanssa", "takia", "vuoksi",
                                      "ennen", "mukaan"}
_SPAN_ENDS = frozenset({"päästä", "kuluttua"})  # ("tunnin päästä": no verb)


def _a_promise_of_care(words: Sequence[str]) -> bool:
    """A clause after "ensi kerralla" that promises care, the learner's or the
    listener's, and no now of its own: a word of care ("mä oon varovaisempi", "pyyhin
    hitaammin", "mä oon huolellinen", "mä teen sen hyvin"), a thing taken away first ("mä
    siirrän maljakon ensin pois"; not "mä teen ensin mun työt"), a deed not done ("mä en koske
    maljakkoon"; not a no of knowing, remembering or being, "mä en tiedä sen numeroa",
    "sä et oo kotona"), the gear of care used ("käytetään nostolaitetta"; not "mä käytän
    sähköpostia"), or knowing said bare ("sä tiedät"); not the occasion of a later report
    ("mä oon töissä", "me tavataan", "tuun töihin"), nor a telling ("mä yritän soittaa
    sille"; review276-277)."""
    if not any(finnish.persons(w) and not any(p == "3" for p, _ in finnish.persons(w))
               for w in words) or any(
            finnish.base_forms(w) & (_COMING_OR_GOING | _MEETING | _SAYING) or
            w in ("heti", "tänään", "väliin") or (w == "nyt" and not (
                k and "olla" in finnish.base_forms(words[k - 1])))
            for k, w in enumerate(words)):
        return False  # ("nyt" only of being so: "mä oon nyt varovaisempi", review278; not
        # "nyt mä kerään palat varovasti", care now and the report later, nor "mä en jätä
        # sitä väliin", of the report itself: review279)
    return any(w in _CARE_SAID or finnish.base_forms(w) & _CARE or (
        w in _HOW_WELL | _GENTLY and _of_a_deed(words, k)) for k, w in enumerate(words)) or (
        "ensin" in words and not _AWAY_FROM.isdisjoint(words) and
        any(finnish.base_forms(w) & _MOVING_A_THING for w in words)) or any(
        w in NEGATIONS and (v := _its_verb(words, k)) is not None and
        not finnish.base_forms(v) & _NO_CARE_DENIED for k, w in enumerate(words)) or (
        any("käyttää" in finnish.base_forms(w) for w in words) and
        any(finnish.base_forms(w) & _GEAR for w in words)) or (
        len(words) <= 2 and any(finnish.base_forms(w) & _KNOWING for w in words))


_MEETING = frozenset({"tavata", "nähdä", "kohdata"})
_SAYING = CALLING_OR_TELLING | {"sanoa"}
# how care is said: its adjectives (by base form) and adverbs, comparatives too
_CARE = frozenset({"varovainen", "huolellinen", "tarkka", "turvallinen", "rauhallinen"})
_CARE_SAID = frozenset({"varovasti", "varovaisemmin", "huolellisesti", "huolellisemmin",
                        "tarkasti", "tarkemmin", "hitaasti", "hitaammin", "rauhallisesti",
                        "rauhallisemmin", "turvallisesti", "turvallisemmin",
                        "hellävaraisesti", "huolella", "varovaisempi", "huolellisempi",
                        "tarkempi"})  # (not "kevyesti", "rauhassa": "ottaa kevyesti", "juon
# kahvin rauhassa" are of rest, review279)
_HOW_WELL = frozenset({"hyvin", "paremmin"})
_GENTLY = frozenset({"kevyesti", "kevyemmin", "rauhassa"})  # (of a deed: "pyyhin kevyesti")
_AWAY_FROM = frozenset({"pois", "sivuun", "syrjään"})  # (a thing taken away first …)
_MOVING_A_THING = frozenset({"siirtää", "nostaa", "viedä", "ottaa"})  # (… by a deed that
# moves it: not "jätän asian ensin sivuun", a matter shelved, review279)
# a deed "hyvin" is said of that is no care: sleeping, feeling, paying, eating
_NOT_CARE_DEEDS = frozenset({"olla", "voida", "nukkua", "maksaa", "syödä", "juoda", "ottaa",
                             "tuntea", "tietää", "muistaa", "osata", "ymmärtää"})
# a no that promises nothing: of knowing, remembering, being, reaching, finding
_NO_CARE_DENIED = frozenset({"olla", "tietää", "muistaa", "ehtiä", "löytää", "saada",
                             "unohtaa", "osata", "ymmärtää", "jaksaa", "voida", "päästä",
                             "haluta", "kehdata", "uskaltaa", "viitsiä", "pystyä", "tuntea",
                             "välittää", "aikoa"})
_KNOWING = frozenset({"tietää", "muistaa", "osata", "tuntea", "ymmärtää"})
# the gear of care a promise uses ("käytetään nostolaitetta", "käytän hanskoja")
_GEAR = frozenset({"nostolaite", "nostin", "käsine", "hanska", "suojalasi", "kypärä",
                   "tukipukki", "turvakenkä", "kuulosuojain", "suojain", "apuväline"})


def _its_verb(words: Sequence[str], k: int) -> str | None:
    """The verb the no at ``k`` is said of: the next word, or the one after a word of
    never or a pronoun ("en enää koske", "en mä koske", "älä ikinä laita"), else None."""
    at = k + 2 if words[k + 1:k + 2] and words[k + 1] in _BETWEEN else k + 1
    return words[at] if at < len(words) and finnish.is_verb(words[at]) else None


_BETWEEN = frozenset({"enää", "ikinä", "koskaan", "mä", "minä", "sä", "sinä", "me", "te"})


def _of_a_deed(words: Sequence[str], k: int) -> bool:
    """``words[k]`` ("hyvin", "paremmin") tells how a deed is done: right after a verb of
    doing, or its object ("pyyhin hyvin", "teen sen hyvin"), and not before an
    adjective ("hyvin kiireinen": very) nor of sleeping, feeling, knowing or paying
    ("nukun paremmin", "mä tunnen sen hyvin"; review278-279)."""
    verb = k - 1 if k and finnish.is_verb(words[k - 1]) else k - 2  # (or before its
    # object: "teen sen hyvin", "teen työn paremmin")
    if verb < 0 or not finnish.is_verb(words[verb]) or \
            finnish.base_forms(words[verb]) & _NOT_CARE_DEEDS:
        return False
    return not (k + 1 < len(words) and finnish.word_classes(words[k + 1]) & {"laatusana"})


def _of_a_time(word: str) -> bool:
    """``word`` is a part of a time said ("huomenna" of "huomenna aamulla", "tunnin" of
    "tunnin kuluttua", "tänään", "sitten")."""
    return word in _PUT_OFF or word in _TIME_WORDS or bool(finnish.base_forms(word) & _SPANS)


_TIME_WORDS = frozenset({"tänään", "sitten", "sit", "myöhemmin"})
_SPANS = frozenset({"tunti", "minuutti", "hetki", "päivä", "viikko", "kuukausi"})


def _right_after(words: Sequence[str]) -> bool:
    """"heti sen jälkeen": right after what follows ("… heti sen jälkeen kun kone on
    pysähtynyt")."""
    return any(w == "heti" and words[k + 1:k + 2] and words[k + 1] in _THAT and
               words[k + 2:k + 3] == ["jälkeen"] for k, w in enumerate(words))


def _of_mine(words: Sequence[str]) -> bool:
    """``words`` say the learner's own deed: "minä", "me" or a verb of "I" or "we"."""
    return any(w in ("minä", "me") or any(p in ("1", "4") for p, _ in finnish.persons(w))
               for w in words)


def _a_past_time(words: Sequence[str]) -> bool:
    """A time gone said before the report, a story's ("eilen illalla kun mä siivosin")."""
    return not _PAST.isdisjoint(words)


@lru_cache(maxsize=sizes.STEPS)
def _steps_verbs(accepted: tuple[str, ...]) -> frozenset[str]:
    """The base forms of the verbs the step's examples say (made once a step)."""
    return frozenset(b for n in accepted for w in n.split() if finnish.is_verb(w)
                     for b in finnish.base_forms(w))


# the conditions and times a clause is said on ("jos", "kun", "kunnes", "kunhan", spoken
# "ku", "sitku"), and those of a no ("ellei": if not)
_IF_NOT = frozenset({"ellei", "ellen", "jollei"})
_CONDITIONS = frozenset({"jos", "kun", "ku", "sitku", "kunnes", "kunhan"}) | _IF_NOT
# a later event of the learner's day a report waits for (a shift, a break, a meal, home)
_WHEN = frozenset({"kun", "ku", "sitku", "kunhan", "kunnes"})
_DAY_EVENTS = frozenset({"vuoro", "työvuoro", "tauko", "lounas", "ruokatauko", "kahvitauko",
                         "työpäivä", "loma"})
_TURNS = frozenset({"loppua", "päättyä", "vaihtua", "alkaa"})
_OVER = frozenset({"loppu", "ohi"})  # (…said of it: "kun mun vuoro on loppu", "… on ohi")
_HOME = frozenset({"koti", "koto"})  # ("kotona" reads as "koto")
_FROM = frozenset({"ulkoeronto", "sisaeronto"})  # (back from it: "lomalta", "tauolta")
_GOING = frozenset({"lähteä", "mennä", "päästä"})
_COMING_OR_GOING = _GOING | {"tulla", "palata"}  # ("mä tuun taas töihin": a later event)
_CALLING_BACK = frozenset({"soittaa", "ottaa"})  # (the one in charge getting in touch)
# a time that puts a report off (spoken "ensviikolla", "myöhemmi", "huomena" too)
_PUT_OFF = LATER | frozenset({"illalla", "joskus", "ensi", "ens", "ensviikolla",
                              "ensiviikolla", "myöhemmi", "huomena", "vasta", "jälkeen",
                              "kuluttua", "aamulla", "iltapäivällä", "viikonloppuna",
                              "tauolla", "ruokatauolla", "kahvitauolla", "lounaalla"})
_TIMES_NEXT = (["kerralla"], ["kerran"])  # ("ensi kerralla": next time)
_NEXT_TIME = (["ensi", "kerralla"], ["ens", "kerralla"], ["seuraavalla", "kerralla"])
_PLACES_CALLED = frozenset({"koti"})
_AWAY = frozenset({"loma", "kiire", "kiireinen", "sairas", "poissa"})  # (another's absence
# or haste after "ellei": "ellei se oo kiireinen", "… sairaana", review271)
_WEEKDAYS = frozenset({"maanantaina", "tiistaina", "keskiviikkona", "torstaina",
                       "perjantaina", "lauantaina", "sunnuntaina"})
_NOW = frozenset({"heti", "nyt", "tänään"})
_AT_ONCE = frozenset({"heti", "nyt", "välittömästi"})  # (and "saman tien")
_OPENING = frozenset({"no", "okei", "joo", "noni"})  # ("no nyt", "okei nyt": no time)
# a later time "heti" is never said of: after "heti" it goes with the clause after it
_NOT_OF_NOW = frozenset({"myöhemmin", "myöhemmi"})
_NOT_YET = _NOW | {"vielä"}  # (a no of it: "en heti", "ei tänään", "en vielä")
_THAT = frozenset({"sen", "tämän", "tän"})  # ("heti sen jälkeen": right after)
_PAST = frozenset({"eilen", "viime", "toissa", "äsken", "aiemmin", "toissapäivänä"})
# what makes a condition leave a report to chance: anyone's asking, wanting or reminding,
# the learner's time, memory or will ("jos joku kysyy", "kun ehdin", "jos muistan", "jos
# jaksan", "jos on kiire")
_OPTIONAL = frozenset({"kysyä", "haluta", "muistaa", "muistuttaa", "ehtiä", "kerkiää",
                       "kerkeää", "jaksaa", "viitsiä", "aika", "kiire"})
_OPTIONAL_SAID = frozenset({"kerkeen", "kerkiän", "kerkeän", "kerkiät", "kerkeät", "ehin",
                            "ehit"})  # (spoken forms Voikko reads no base of)
# a deed that stands for the report itself ("mä teen sen vasta ensi viikolla")
_DOING_IT = frozenset({"tehdä", "hoitaa"})
_IT = frozenset({"sen", "se", "sitä"})
_TO_THEM = frozenset({"sille", "hänelle", "hälle", "heille", "niille"})  # (the one in charge, by a
# pronoun: "mä soitan sille"; not "teille", the customer)
# where a call for repair goes ("soitetaan kunnossapitoon", "soita huoltoon")
_SERVICE = frozenset({"kunnossapito", "huolto", "huoltomies", "korjaamo"})
