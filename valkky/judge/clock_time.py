"""A clock time asked (issue 12, set 35): where the step asks when, as a clock tells it (an
accepted answer says "kello kymmenen", "kymmeneltä", "10.00"), two answers the normaliser
cannot tell from a right one, since it reads "kello" and "-ltä" away:

- a length of time said for the clock time ("kymmenen minuuttia", "kymmenen minuutin
  päästä"): another meaning, wrong — where the answer says no clock time besides (no
  "kello", "-ltä", "yli", "vaille", no number without its unit) and no accepted answer says
  a length (``another_meaning``: "kymmenen minuutin päästä" is right where the step takes
  "tunnin päästä");
- the hour said bare after a verb ("linja pysähtyy kymmenen"): Finnish says "kello
  kymmenen" or "kymmeneltä" there, almost (word_form), the accepted answer with its clock
  word the model. Said alone ("kymmenen") the bare hour answers "mihin aikaan?" and stays
  right; so does a half or a quarter ("auto tulee puoli kolme").

Both read the answer as written (``Case.written``); not in a choose or repeat step, an open
question, nor where a foreseen mistake decided. A clock word said last with no hour after
it ("sopiiko torstaina kello") is a start where the words before it are right or nearly:
almost, the hour left out (judge57; wrong before, "kello" read as another word); so is the
part of the day an accepted answer says beside its hour, said without it, where the
answer is right with that hour ("kaapeli on valmis iltapäivällä" beside "iltapäivällä
kello kaksi").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from valkky.judge import finnish, lexicon, sizes
from valkky.judge.case import Case, Detail, Judgement
from valkky.judge.normalise import normalise, standard_words
from valkky.judge.number_words import CLOCK_WORDS, cardinal, is_number
from valkky.judge.rules import A_PART, judged_as
from valkky.judge.wordsets import WHEN_WORDS

# Marks words a rule put together from the answer's normalised words (repaired's slot), among
# the names of rules switched off: no rule is switched off by it; their hour may be "-ltä"
# read as the bare hour, so none is read here as written
AS_BUILT = "built from normalised words"
# a length of time, by base form ("minuuttia", "tunnin", "sekunnissa")
_UNITS = frozenset({"sekunti", "minuutti", "tunti"})
# words that make a number a clock's minutes or a time of day ("varttia yli kaksi")
_CLOCK_PARTS = frozenset({"yli", "vaille", "puoli", "vartti", "aikaan", "ennen", "jälkeen"})
_TOKEN = re.compile(r"\d+(?:[:.]\d+)?|[^\W\d_]+")
_TYPED_TIME = re.compile(r"^\d+[:.]\d+$")
_HOUR_DIGITS = re.compile(r"^(?:[01]?\d|2[0-4])$")


def clock_time_said(c: Case, j: Judgement) -> Judgement:
    """``j``, or wrong for a length of time said for a clock time, or almost for an hour
    said bare after a verb, or for a clock word with its hour left out (module doc)."""
    if (cut := _hour_left_out(c, j) or _part_of_day_alone(c, j)) is not None:
        return cut
    if j.verdict not in ("correct", "almost") or c.options or c.repeat or \
            c.open_question or j.reason == "mistake" or not c.written or \
            not {A_PART, AS_BUILT}.isdisjoint(c.strict):
        return j  # (a part a rule made, judged alone, is no answer as written)
    written = tuple(a for a, _ in c.accepted)
    if not asks_a_clock_time(written):
        return j
    said = _tokens(c.written)
    if only_a_length(said) and not any(_a_unit(w) for a in written for w in _tokens(a)) \
            and not any(only_a_length(m) or "päästä" in m for m in map(_tokens, c.mistakes)):
        # (nor where a foreseen mistake tells a length: "vartin päästä" is a start there)
        c.note("a length of time, where the step asks a clock time: another meaning")
        return c.judgement("wrong", None, closest=j.closest)
    hour = bare_hour_after_a_verb(said)
    if j.verdict == "correct" and hour is not None and not says_an_hour_bare(written):
        model = _model(written, said)
        c.note(f"{hour} said bare after a verb: '{model}' says it with its clock word")
        # the word itself shown ("Sano kello kymmenen, ei kymmenen"): the whole sentence
        # reads as the one said once the normaliser drops "kello"
        return c.judgement("almost", "word_form", closest=model, detail=Detail(
            expected=f"kello {hour}", heard=hour, in_sentence=True))
    return j


def _hour_left_out(c: Case, j: Judgement) -> Judgement | None:
    """A wrong answer that ends with a clock word, where the step asks a clock time and the
    words before it are a right answer or a start ("sopiiko torstaina kello" for "sopiiko
    torstaina kymmeneltä": the learner stopped before the hour; both trainers almost, the
    judge wrong: "kello" was another word for the hour): almost (missing_words)."""
    if j.verdict != "wrong" or j.matched or len(c.words) < 2 or \
            c.words[-1] not in CLOCK_WORDS or c.options or c.open_question or \
            not {A_PART, AS_BUILT}.isdisjoint(c.strict) or \
            not asks_a_clock_time(tuple(a for a, _ in c.accepted)):
        return None
    before = judged_as(c, c.words[:-1])
    if before.verdict not in ("correct", "almost") or before.matched:
        return None
    c.note(f"'{c.words[-1]}' said last, its hour left out: a start")
    return c.judgement("almost", "missing_words", closest=before.closest or j.closest)


# the parts of a day an accepted answer may say beside its hour ("iltapäivällä kello kaksi")
_PARTS_OF_DAY = frozenset({"aamulla", "aamupäivällä", "päivällä", "iltapäivällä", "illalla",
                           "yöllä"})


def _part_of_day_alone(c: Case, j: Judgement) -> Judgement | None:
    """A wrong answer that says the part of the day an accepted answer says beside its hour,
    but not the hour, and is right with that hour said after it ("kaapeli on valmis
    iltapäivällä" beside "iltapäivällä kello kaksi", to "Mihin aikaan kaapeli on valmis?":
    both trainers almost, the judge wrong): almost (missing_words), the hour left out.
    ("iltapäivällä" alone is a start already.)"""
    if j.verdict != "wrong" or j.matched or c.options or c.open_question or \
            not {A_PART, AS_BUILT}.isdisjoint(c.strict) or \
            _PARTS_OF_DAY.isdisjoint(c.words) or any(is_number(w) for w in c.words) or \
            not asks_a_clock_time(tuple(a for a, _ in c.accepted)):
        return None
    for written, norm in c.accepted:
        words = norm.split()
        for at, part in enumerate(words):
            hour = [w for w in words[at + 1:at + 3] if is_number(w)]
            if part not in _PARTS_OF_DAY or part not in c.words or not hour:
                continue
            said = c.words.index(part)
            whole = judged_as(c, [*c.words[:said + 1], *hour, *c.words[said + 1:]])
            if whole.verdict == "correct":
                c.note(f"'{part}' said without the hour the step says beside it: a start")
                return c.judgement("almost", "missing_words", closest=written)
    return None


def an_hour_bare(written: str, accepted: tuple[str, ...], strict: frozenset[str]) -> bool:
    """``written`` says an hour bare after a verb where the step asks a clock time and no
    accepted answer says one so: an accepted answer as the normaliser reads it, but no
    accepted answer as said (the judge's fast path for those asks this first)."""
    said = _tokens(written)
    return len(said) > 1 and {A_PART, AS_BUILT}.isdisjoint(strict) and \
        CLOCK_WORDS.isdisjoint(said) and \
        asks_a_clock_time(accepted) and bare_hour_after_a_verb(said) is not None and \
        not says_an_hour_bare(accepted)


@lru_cache(maxsize=sizes.STEPS)
def says_an_hour_bare(accepted: tuple[str, ...]) -> bool:
    """An accepted answer, as written, says an hour bare after a verb: the step's own way."""
    return any(bare_hour_after_a_verb(_tokens(a)) for a in accepted)


@lru_cache(maxsize=sizes.STEPS)
def asks_a_clock_time(accepted: tuple[str, ...]) -> bool:
    """An accepted answer, as written, says a clock time: a number after "kello" or "klo",
    an hour with "-lta" ("kymmeneltä"), or hours and minutes typed ("10.00")."""
    return any(_a_clock_time(_tokens(a)) for a in accepted)


def only_a_length(said: Sequence[str]) -> bool:
    """``said`` tells a length of time and no clock time: a number or a half right before
    a unit of time, every number so ("kymmenen minuuttia", "puolen tunnin päästä"; not
    "kymmenen minuuttia yli kymmenen", "kello kymmenen, kymmenen minuutin päästä")."""
    numbers = [i for i, w in enumerate(said) if _a_count(w)]
    if not numbers or _a_clock_time(said) or not (_CLOCK_PARTS - {"puoli"}).isdisjoint(said):
        return False
    return all(i + 1 < len(said) and (_a_unit(said[i + 1]) or _a_count(said[i + 1]))
               for i in numbers) and any(map(_a_unit, said))


def bare_hour_after_a_verb(said: Sequence[str]) -> str | None:
    """An hour said bare (a cardinal, no clock word, half, minutes nor unit beside it)
    after a verb of a person: "linja pysähtyy kymmenen", "se on 10"; not a time with its
    minutes, as a timetable reads ("palaan yhdeksän viisitoista"). The hour in words, or
    None."""
    if not CLOCK_WORDS.isdisjoint(said) or _a_clock_time(said):
        return None  # (a clock time said: "yhdeltätoista, ei kymmenen" contrasts another)
    for i, w in enumerate(said):
        if not _an_hour(w) or i == 0:
            continue
        before = [x for x in said[:i] if x != "noin"]
        after = said[i + 1:i + 2]
        if (before and (before[-1] in _CLOCK_PARTS or _a_count(before[-1]))) or \
                (after and (_a_unit(after[0]) or _a_count(after[0]) or
                            after[0] in _CLOCK_PARTS)):
            continue
        if any(_a_finite_verb(x) for x in before) and not _a_label(before[-1]):
            return normalise(w)
    return None


def _a_label(word: str) -> bool:
    """A noun that is no time, which a number after it names ("linjalle kolme", "ovesta
    kaksi"): a place or a thing by its number, not a time."""
    readings = [a for a in finnish.analyses(word) if a.get("CLASS") != "teonsana"]
    return bool(readings) and all(a.get("CLASS") == "nimisana" for a in readings) and \
        WHEN_WORDS.isdisjoint(finnish.base_forms(word))


def _a_clock_time(said: Sequence[str]) -> bool:
    return any(_TYPED_TIME.match(w) or _an_hour_with_lta(w) or
               (w in CLOCK_WORDS and i + 1 < len(said) and _a_count(said[i + 1]))
               for i, w in enumerate(said))


def _model(accepted: Sequence[str], said: Sequence[str]) -> str:
    """The accepted answer with a clock word or "-ltä" that shares most words with what was
    said, the longer first ("linja pysähtyy kello kymmenen" for "linja pysähtyy kymmenen")."""
    timed = [a for a in accepted if _a_clock_time(_tokens(a))]
    return max(timed, key=lambda a: (len(set(_tokens(a)) & set(said)), len(a)))


@lru_cache(maxsize=sizes.ANSWERS)
def _tokens(text: str) -> tuple[str, ...]:
    """The words of ``text`` as written, a spoken one in its standard words ("kolkyt":
    kolmekymmentä), digits as typed ("10", "10.00")."""
    return tuple(w for t in _TOKEN.findall(text.casefold())
                 for w in ((t,) if not t.isalpha() else standard_words(t)))


def _a_count(word: str) -> bool:
    """A number in any case, typed or said ("10", "kymmenen", "kymmenen"), or a half."""
    return word.isdigit() or is_number(word) or word == "puoli" or \
        "puoli" in finnish.base_forms(word) or \
        any(a.get("CLASS") == "lukusana" for a in finnish.analyses(word))


def _an_hour(word: str) -> bool:
    """A bare hour: a cardinal of a clock's hours in the nominative, or an hour typed
    ("10"); not a count beyond them ("teen ne kolmekymmentä huomiseksi": review55)."""
    return bool(_HOUR_DIGITS.match(word)) or (is_number(word) and normalise(word) in _hours())


@lru_cache(maxsize=1)
def _hours() -> frozenset[str]:
    return frozenset(cardinal(n) for n in range(25))


def _an_hour_with_lta(word: str) -> bool:
    # (an ablative says its -lta, -ltä: no other word's readings are read)
    return "lt" in word and any(a.get("CLASS") == "lukusana" and a.get("SIJAMUOTO") == "ulkoeronto"
               for a in finnish.analyses(word))


def _a_unit(word: str) -> bool:
    """A unit of time, said or written short ("min", "h")."""
    short = lexicon.get().units.get(word)
    full = short[1] if short else word
    return not _UNITS.isdisjoint(finnish.base_forms(full))


def _a_finite_verb(word: str) -> bool:
    return any(a.get("CLASS") == "teonsana" and a.get("PERSON") is not None
               for a in finnish.analyses(word))
