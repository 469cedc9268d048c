"""A dialogue's earlier mistake said again (issue 12, judge49): a later learner turn that
says again what an earlier turn of the same dialogue named a wrong mistake ("okei, kyllä
mä voin tulla lauantaina" to thank, after the turn that had to say no to Saturday) takes
back what the dialogue settled: wrong.

Only a mistake said as a clause whole (``said_again``): the answer's clauses, each
between marks, "ja" or "mutta", and the whole answer, are compared with the mistake, the words
that say nothing of it left out on both sides (an acknowledgement, a thanks, "minä"/"mä",
"sit": ``AROUND_A_REPLY``), a synonym in the mistake's form read as its word and a pronoun
of the thing told of ("siitä") left out where the mistake has none ("älä kerro siitä
pomolle" says "älä kerro esimiehelle"); a time after it says it too ("kuittasin rahtikirjan heti"),
and after a one-word verb mistake ("voin") an infinitive ("voin tulla lauantaina": what
it can), not one this turn's answers say. Never by closeness,
a forbidden thing or an open step's rules: an earlier mistake is no foreseen mistake of
this turn, and near words of it ("sata kappaletta" for "kymmenen kappaletta", "voit aina
kysyä minulta" for "joo voit") may be this turn's right answer. Which earlier mistakes a
turn carries is the loader's (``lesson.loader``): not one this turn accepts, foresees, or
says inside an accepted answer of its own, nor a bare reply.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from valkky.judge import finnish, lexicon
from valkky.judge.any_place import to_a_place
from valkky.judge.case import Judgement
from valkky.judge.normalise import canonical, normalise
from valkky.judge.permission import permitted_mistake
from valkky.judge.wordsets import (
    AROUND_A_REPLY,
    GOING_VERBS,
    NEGATIONS,
    ON_ONES_OWN,
    STAND_INS,
    WHEN_WORDS,
)

# where a clause ends: a mark, or (in the words as normalised: spoken "mut" is "mutta")
# "ja" or "mutta"
_MARKS = re.compile(r"[,.;:!?–—…]+")
_JOINS = frozenset({"ja", "mutta", "mut", "mutt"})  # (normalise leaves "mut" before some
# words: "mut älä kerro pomolle", review212)


def said_again(j: Judgement, answer: str, earlier: Sequence[str],
               accept: Sequence[str], earlier_said: Sequence[str] = (),
               topics: Sequence[str] = ()) -> Judgement:
    """``j`` (the answer judged on its own turn, whose answers are ``accept``), or wrong
    where ``answer`` says one of the ``earlier`` mistakes as a clause whole (module doc).
    Its matched key is the earlier mistake (the engine gives that turn's reply: why it is
    wrong); ``earlier_said``
    (what the earlier turns said) names the times a one-word verb mistake is said with,
    and what an answer of this turn (``accept``, ``topics``) may not only say again."""
    if j.verdict in ("wrong", "silence"):
        return j
    own = frozenset(b for a in accept for w in _content(a) for b in finnish.base_forms(w))
    if (turn := _another_turns(answer, earlier_said, frozenset(
            b for a in (*accept, *topics) for w in canonical(normalise(a)).split()
            for b in finnish.base_forms(w) | {w}), accept, topics)) is not None:
        # (a topic of this turn said is this turn's answer: "voin huonosti" to "Mikä
        # sinulla on?", review181)
        note = f"'{turn}': what an earlier turn said, no answer to this one"
        return replace(j, verdict="wrong", reason=None, score=min(j.score, 0.2), detail=None,
                       trace=(*j.trace, note) if j.trace else ())
    units = [*_clauses(answer), _content(answer)]
    named = frozenset(b for t in earlier_said for w in _content(t) for b in finnish.base_forms(w)
                      ) & WHEN_WORDS
    # (or allowed: "hälytä hoitaja, jarrut voi ottaa pois" after "ota jarrut pois"; judge52)
    allowed = permitted_mistake(canonical(normalise(answer)).split(), earlier, answer)
    for mistake in earlier:
        said = _content(mistake)
        ours = _as_the_mistake(units, said)
        if mistake == allowed or (said and any(_says(unit, said, own, named)
                                               or _deed_again(unit, said, own,
                                                              unit is ours[-1])
                                               for unit in ours)):
            note = f"the dialogue's earlier mistake '{mistake}' said again or allowed"
            return replace(j, verdict="wrong", reason="mistake", score=min(j.score, 0.2),
                           matched=mistake, detail=None,
                           trace=(*j.trace, note) if j.trace else ())
    return j


def _clauses(answer: str) -> list[list[str]]:
    """The content words of each clause of ``answer``: between marks, and between "ja" and
    "mutta" as normalised (spoken "mut", "mutt")."""
    out: list[list[str]] = []
    for part in _MARKS.split(answer):
        clause: list[str] = []
        for w in _content(part):
            if w in _JOINS:
                out.append(clause)
                clause = []
            else:
                clause.append(w)
        out.append(clause)
    return [c for c in out if c]


def _as_the_mistake(units: list[list[str]], mistake: list[str]) -> list[list[str]]:
    """Each unit in ``mistake``'s words: a synonym in the same form as the mistake's word
    ("älä kerro pomolle" for "älä kerro esimiehelle"), and a pronoun of the thing told of
    that the mistake leaves out ("en kerro siitä esimiehelle") left out."""
    theirs = tuple(mistake)
    told_of = STAND_INS.isdisjoint(mistake)  # (a mistake with an object of its own keeps
    # a pronoun as that object: "myin sitä" says "myin sen", review212)
    return [[w for w in lexicon.toward(unit, theirs)
             if not (told_of and w in _OF_THE_THING and w not in mistake)] for unit in units]


# a pronoun of the thing a report is about ("en kerro siitä", "en kerro sitä pomolle")
_OF_THE_THING = frozenset({"siitä", "tästä", "sitä", "tätä"})


def _another_turns(answer: str, earlier_said: Sequence[str], own: frozenset[str],
                   accept: Sequence[str], topics: Sequence[str]) -> str | None:
    """What an earlier turn of the dialogue said (its robot's line or an accepted answer),
    of two words or more, that ``answer`` only says again, no word of this turn's own
    answers (``own``: their words and base forms, "olla" and a no aside) in it: "Niin on, tosi
    kylmä." to "Mitä teit viikonloppuna?" after "Onpa tänään kylmä!" (set 92, both
    trainers wrong; clause by clause too); or, of three words or more, word for word or a
    word left out, words of this turn's own
    in it too but not all in one of its answers (``accept``), none of them whole in it nor
    a topic as the step writes it: "en lukenut tilausta tarpeeksi tarkasti" to "Miten tää
    estetään jatkossa?" after "Miten se melkein meni väärin?" (set 140, both trainers
    wrong; not "minulla on kuumetta, en voi tulla töihin" nor "voin huonosti, en pääse
    töihin" to "Mikä sinulla on?", review81, 182). That line, else None."""
    said = _content(answer)
    if len(said) < 2:
        return None
    bases = {b for w in canonical(normalise(answer)).split() if w not in NEGATIONS
             for b in finnish.base_forms(w) | {w}} - {"olla", "on"}  # (nor a no: "ei
    # mitään erikoista" makes "ei kiitos" no word of this turn's own)
    if not bases & own:
        found = [next((t for t in earlier_said if len(theirs := _content(t)) >= 2 and
                       set(clause) <= set(theirs) | _ECHOED), None)
                 for clause in (said, *_clauses(answer))]  # (whole, or clause by clause:
        # "ei kiitos, juon teetä" after "ei kiitos" and "juon teetä", set 141)
        return found[0] or (found[-1] if len(found) > 2 and all(found[1:]) else None)
    if len(said) < 3 or any(set(said) <= set(theirs := _content(a)) or _holds(said, theirs)
                            for a in accept) or not set(said).isdisjoint(map(normalise, topics)):
        return None
    return next((t for t in earlier_said if set(said) <= set(theirs := _content(t)) and
                 len(theirs) - len(said) <= 1), None)  # (a word left out: "ei saanut,
    # huomasin ajoissa" after "ei saanut huomasin sen ajoissa", set 142)


def _holds(words: Sequence[str], part: Sequence[str]) -> bool:
    """``part`` is said whole in ``words``, its words next to each other."""
    n = len(part)
    return n > 0 and any(list(words[i:i + n]) == list(part) for i in range(len(words) - n + 1))


# words an echo of an earlier line may add ("niin on tosi kylmä", "joo on kylmä")
_ECHOED = frozenset({"tosi", "todella", "kyllä", "joo", "niin", "on", "vähän", "aika"})


def _content(text: str) -> list[str]:
    """The words of ``text`` that say something of a reply: not ``AROUND_A_REPLY``."""
    return [w for w in canonical(normalise(text)).split() if w not in AROUND_A_REPLY]


def _says(unit: list[str], mistake: list[str], own: frozenset[str],
          named: frozenset[str] = frozenset()) -> bool:
    """``unit`` is ``mistake``, or it with only times after it ("kuittasin rahtikirjan
    heti"); a one-word verb mistake also with infinitives ("voin tulla lauantaina" for
    "voin") and only the times the earlier turn names (``named``: "voin tulla sunnuntaina"
    offers another day than the Saturday asked); neither a word the turn's own answers say
    (base forms ``own``: "voit kysyä" where the turn accepts "kysy jos et tiedä")."""
    n = len(mistake)
    if unit[:n] != mistake:
        return False
    verb = n == 1 and bool(finnish.persons(mistake[0]))
    return all(_after_it(w, verb, named) and not finnish.base_forms(w) & own
               for w in unit[n:])


def _deed_again(unit: list[str], mistake: list[str], own: frozenset[str],
                whole: bool = False) -> bool:
    """``mistake`` is the learner's own deed ("pysäytin hänet", "vedetään laatikko pois": a
    verb of I or we, its other words a thing or one named by a pronoun), and ``unit`` says
    that deed as the learner's own again in another tense or person or as a plan ("pysäytän
    sen", "mä meen pysäyttää sen", "aion pysäyttää hänet"; set 35; "mä vedän laatikon pois",
    review210), also in a time clause (``whole``: the
    unit is all the answer says): the deed the dialogue settled as wrong,
    offered again. Not said with a no ("en pysäytä häntä"), nor a verb this turn's own
    answers say; no word in it but the deed's, its pronouns and a verb of going or intent."""
    verbs = [w for w in mistake if finnish.of_i_or_we(w)]
    if len(verbs) != 1 or not NEGATIONS.isdisjoint(unit):
        return False
    lemma = finnish.base_forms(verbs[0]) - own
    at = next((i for i, w in enumerate(unit) if lemma & finnish.base_forms(w)), None)
    if not lemma or at is None:
        return False
    planned = at > 0 and not _INTENT.isdisjoint(finnish.base_forms(unit[at - 1]))
    perfect = at > 0 and unit[at - 1] in _I_HAD and finnish.is_participle(unit[at])
    # (a bare passive is "we" too, as speech says it: "jatketaan vaan samalla laikalla";
    # review212's "laitetaan jalkalista" after "minä laitan jalkalistan" stays wrong)
    done = finnish.of_i_or_we(unit[at]) or perfect or (
        planned and finnish.of_i_or_we(unit[at - 1]) and _an_infinitive(unit[at], _PLAN_MOODS))
    rest = [w for w in mistake if w != verbs[0]]
    told = perfect or finnish.only_past(unit[at]) or whole  # (told as when it was done,
    # or all the answer says: "kun olin nostanut hänet yksin", "ku nostin sen ylös", "kun
    # nostan hänet sänkyyn"; not a time to come before more, "ennen kuin jatkan työtä,
    # tarkistan laikan": review142-144)
    theirs = [w for i, w in enumerate(unit) if i != at and not (
        (planned or perfect) and i == at - 1) and not (told and w in _TIME_JOINS) and w != "me"]
    return done and all(_named(w, theirs) for w in rest) and \
        all(t in _STAND_INS or _named(t, rest) or t in ON_ONES_OWN or to_a_place(t) or
            _at_a_place(t) for t in theirs)  # (alone or somewhere too: "…nostanut hänet
    # yksin sänkyyn", "pysäytän sen ovella" after "pysäytin hänet", set 110)


def _at_a_place(word: str) -> bool:
    """``word`` is a noun at a place ("ovella", "hallissa") in every reading."""
    return finnish.every_reading(word, lambda a: a.get("CLASS") == "nimisana" and
                                 a.get("SIJAMUOTO") in finnish.PLACE_CASES[1])


# "I have/had" before a past participle ("olin nostanut"), and the joins of a time clause
_I_HAD = frozenset({"olin", "olen", "oon"})
_TIME_JOINS = frozenset({"kun", "ku", "ennen", "kuin", "jälkeen", "sitten"})


def _named(word: str, others: Sequence[str]) -> bool:
    """``word`` is one of ``others`` by base form, a pronoun where they say one, a pronoun
    of a person where they name one cared for ("hänet" for "mummon": "nostin mummon
    sänkyyn" after "nostin hänet sänkyyn"), or a thing acted on where they say a pronoun
    of a thing ("laatikko" for "sen": "mä vedän sen pois" after "vedetään laatikko pois",
    review212; not a place, "hyllyyn" for "sen", nor a towel for "hänet")."""
    return any(finnish.same_lemma(word, o) for o in others) or (
        word in _STAND_INS and not _STAND_INS.isdisjoint(others)) or (
        word in _OF_A_PERSON and any(finnish.base_forms(o) & _CARED_FOR for o in others)) or (
        bool(finnish.base_forms(word) & _CARED_FOR) and not _OF_A_PERSON.isdisjoint(others)) or (
        _a_thing_acted_on(word) and not _OF_A_THING.isdisjoint(others))


def _a_thing_acted_on(word: str) -> bool:
    """``word`` is a noun in a case of an object (not a place's) in every reading."""
    return finnish.every_reading(word, lambda a: a.get("CLASS") == "nimisana" and
                                 a.get("SIJAMUOTO") in finnish.OBJECT_CASES)


_OF_A_PERSON = frozenset({"hänet", "häntä", "heidät", "heitä", "hänen"})
_OF_A_THING = frozenset({"se", "sen", "sitä", "ne", "niitä", "tämän", "tätä"})
_CARED_FOR = frozenset({"mummo", "vaari", "pappa", "asukas", "potilas", "vanhus", "asiakas",
                        "ukki", "isoäiti", "isoisä"})


# what names the thing or the one a deed is done to ("hänet" for "varkaan"), "this" and
# "that" too
_STAND_INS = STAND_INS | {"hänen", "tämän", "tätä", "tuon", "tuota"}
# a verb before the deed's infinitive that makes it the learner's plan
_INTENT = GOING_VERBS | {"aikoa", "yrittää", "haluta", "voida", "käydä"}
# the infinitives a plan says its deed in ("pysäyttää", "pysäyttämään")
_PLAN_MOODS = ("A-infinitive", "MA-infinitive")


def _after_it(word: str, verb: bool, named: frozenset[str]) -> bool:
    """``word`` may follow the mistake and say it still: a time (after a one-word verb, one
    the earlier turn names), or after a one-word verb an infinitive."""
    if when := finnish.base_forms(word) & WHEN_WORDS:
        return not verb or bool(when & named)
    return verb and _an_infinitive(word)


def _an_infinitive(word: str, moods: Sequence[str] = ("A-infinitive",)) -> bool:
    """A reading of ``word`` is an A-infinitive ("tulla", also read as a passive), or one
    of ``moods``."""
    return any(a.get("MOOD") in moods for a in finnish.analyses(word))
