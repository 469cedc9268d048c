"""A step's accepted answers, compiled once for every answer to it, and what the rules ask of
each again and again (``_Shape``); the same words in any order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

from valkky.judge import finnish, lexicon, sizes
from valkky.judge.case import MAX_ANSWER_CHARS, normalised
from valkky.judge.normalise import UNIT_WORDS, digits_in_words, normalise, unit_follows
from valkky.judge.number_words import (
    cardinal,
    cardinals,
    date_ordinals,
    is_number,
    number_units,
    numbers_in_place,
)
from valkky.judge.wordsets import (
    EXTRAS,
    FRAME_WORDS,
    NEGATIONS,
    SUBJECT_PRONOUNS,
    UNDERSTOOD,
    UNSAID_SUBJECTS,
    YES,
    has_negation,
)


def with_mistake_words(vocabulary: tuple[str, ...],
                       mistakes: Sequence[str] | Mapping[str, str]) -> tuple[str, ...]:
    """The accepted answers' words, then the words only the step's mistakes have."""
    if not mistakes:
        return vocabulary
    return mistake_vocabulary(vocabulary, tuple(mistakes))


@lru_cache(maxsize=sizes.STEPS)
def mistake_vocabulary(vocabulary: tuple[str, ...], mistakes: tuple[str, ...]
                       ) -> tuple[str, ...]:
    return tuple(dict.fromkeys(vocabulary + compile_accepted(mistakes)[1]))


@lru_cache(maxsize=sizes.STEPS)
def compile_accepted(accept: tuple[str, ...]
                     ) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """A step's accepted answers, compiled once for every answer to it: (as written,
    normalised), and the words they have, in their order (a synonym is put in the form of
    the first accepted answer that has one: the same in every process). One over the cap
    could never be said (lint refuses it): left out, so that no list given to judge()
    costs more than the cap."""
    accepted = tuple((a, n) for a in accept if len(a) <= MAX_ANSWER_CHARS
                     for n in _readings(a) if n)
    return accepted, tuple(dict.fromkeys(w for _, n in accepted for w in n.split()))


# An afternoon hour said on the 12-hour clock, after a clock word or in the ablative ("kello
# kolme", "kolmelta"), is also the 24-hour one: 1 to 5 only, which at work are afternoon
# hours ("kello kuusi" may be a morning shift's start).
_AFTERNOON_HOURS = {"yksi": 13, "kaksi": 14, "kolme": 15, "neljä": 16, "viisi": 17,
                    "yhdeltä": 13, "kahdelta": 14, "kolmelta": 15, "neljältä": 16,
                    "viideltä": 17}
_AFTERNOON = re.compile(r"(?:\b(?:kello|klo)\s+(yksi|kaksi|kolme|neljä|viisi)|"
                        r"\b(?:kello\s+|klo\s+)?(yhdeltä|kahdelta|kolmelta|neljältä|viideltä))"
                        r"(?!\s*(?:kolmekymmentä|viisitoista|neljäkymmentä|toista))\b",
                        re.IGNORECASE)
# A time with its minutes, in words after a clock word or in digits ("kello neljätoista
# kolmekymmentä", "klo 14.30"): learners also type it as one number ("1430"), which alone
# reads as a count; taken as the time only where an accepted answer names that time
# (time_typed_as_one).
_CLOCK_DIGITS = r"\b(?:(?:kello|klo)\.?\s*)?([01]?\d|2[0-3])[:.]([0-5]\d)\b"


@lru_cache(maxsize=1)
def _time_said() -> re.Pattern[str]:
    """The pattern of such a time (made on first use: the number words load num2words)."""
    hours = "|".join(sorted(cardinals()[:24], key=len, reverse=True))
    return re.compile(rf"\b(?:kello|klo)\.?\s+({hours})\b(?:\s+([^\W\d_]+)\b)?|{_CLOCK_DIGITS}",
                      re.IGNORECASE)


_CLOCK_OR_DOT = re.compile(r"kello|klo|\d[:.]\d", re.IGNORECASE)  # (most answers: neither)


def _times_typed(answer: str) -> Iterator[tuple[int, int]]:
    """The times ``answer`` names that learners also type as one number: (hour, minutes),
    with minutes ("1430", "930") or a full hour of two digits ("1100"; "300" for three
    o'clock is no way to type it)."""
    if not _CLOCK_OR_DOT.search(answer):
        return
    numbers = cardinals()
    for m in _time_said().finditer(answer):
        if m.group(1):
            hour = numbers.index(m.group(1).lower())
            minute = (m.group(2) or "").lower()
            minutes = numbers.index(minute) if minute in numbers[1:60] else 0
        else:
            if unit_follows(answer, m.end()):
                continue  # "12.50 euroa": a price
            hour, minutes = int(m.group(3)), int(m.group(4))
        if minutes or hour >= 10:
            yield hour, minutes


@lru_cache(maxsize=sizes.STEPS)
def _typed_times(accepted: tuple[tuple[str, str], ...]) -> dict[str, tuple[str, ...]]:
    """A time of the accepted answers typed as one number, in words ("1430":
    "tuhatneljäsataakolmekymmentä") → the time's hour and minutes in words."""
    return {digits_in_words(f"{h}{m:02d}"): (cardinal(h), cardinal(m)) if m else (cardinal(h),)
            for a, _ in accepted for h, m in _times_typed(a)}


def time_typed_as_one(words: list[str], accepted: tuple[tuple[str, str], ...]) -> list[str]:
    """A time an accepted answer names, typed as one number ("1430", "kello 1430" reads
    as a count), is that time ("neljätoista kolmekymmentä"); another number stays, and so
    does one with a unit after it ("1430 euroa", "1100 kg": an amount; review 41)."""
    if not any(("sata" in w or "tuhat" in w) and is_number(w) for w in words):  # (commonest)
        return words
    times = _typed_times(accepted)
    if not times or times.keys().isdisjoint(words):
        return words
    return [part for w, after in zip(words, [*words[1:], ""], strict=True)
            for part in ((w,) if after in UNIT_WORDS else times.get(w, (w,)))]  # "1100 euroa"


# A number of three digits or more written without spaces, not a quantity ("1000 kg") nor
# part of a time, decimal or date: Finns read an emergency or phone number digit by digit
# ("112" is "yksi yksi kaksi"), as well as whole ("satakaksitoista").
_DIGITS = re.compile(r"(?<![\d.,:])\d{3,}(?![\d,:]|\.\d)(?!\s*(?:"
                     + "|".join(sorted(map(re.escape, lexicon.get().units), key=len,
                                       reverse=True)) + r")\b)", re.IGNORECASE)


def _readings(answer: str) -> tuple[str, ...]:
    """An accepted answer normalised, and with its long numbers read digit by digit; where
    the lexicon changes it, also as written, so that a slip of the trainer's own words is
    still a slip ("en ymmärä" for "en ymmärrä", which the lexicon makes "en ymmärtänyt")."""
    whole = normalised(answer)
    plain = normalise(answer)
    found: tuple[str, ...] = (whole,) if plain == whole else (whole, plain)
    if (afternoon := _AFTERNOON.search(answer)) is not None:
        # "kello kolme" at work is also 15.00, as a clock or a timetable shows it
        group = 1 if afternoon.group(1) else 2
        hour = _AFTERNOON_HOURS[afternoon.group(group).lower()]
        found = (*found, normalised(f"{answer[:afternoon.start(group)]}klo {hour}.00"
                                    f"{answer[afternoon.end(group):]}"))
    if not _DIGITS.search(answer):
        return found
    by_digit = normalised(_DIGITS.sub(lambda m: " ".join(m.group(0)), answer))
    return found if by_digit == whole else (*found, by_digit)


def dates_as_the_step_says(answer: str, accepted: tuple[tuple[str, str], ...]) -> str:
    """``answer`` with a date typed without the dot after its month ("14.12", "2.3") given
    that dot where an accepted answer writes that date ("14.12."): learners seldom type it,
    and then "14.12" reads as the clock's 14.12 and "2.3" as a decimal. Only digits as typed
    ("neljätoista kaksitoista" said in words stays cardinals, a slip of a date's reading),
    not after a clock word, not another date."""
    if "." not in answer or not (dates := _step_dates(accepted)):  # (the commonest)
        return answer

    def dotted(m: re.Match[str]) -> str:
        if (int(m.group(1)), int(m.group(2))) in dates and \
                not _CLOCK_WORD_BEFORE.search(answer, 0, m.start()) and \
                not unit_follows(answer, m.end()):  # "2.3 metriä": an amount
            return m.group(0) + "."
        return m.group(0)

    return _DATE_UNDOTTED.sub(dotted, answer)


@lru_cache(maxsize=sizes.STEPS)
def _step_dates(accepted: tuple[tuple[str, str], ...]) -> frozenset[tuple[int, int]]:
    """The dates (day, month) the step's accepted answers write with their dots: once a
    step, not once an answer (keyed by the whole compiled list)."""
    return frozenset((int(d), int(m)) for a, _ in accepted for d, m in _DATE_DOT.findall(a))


# A date with the dot after its month and no year, as an accepted answer writes one ("14.12.",
# "1.5."), and as learners type one, without that dot; a clock word before a time
_DATE_DOT = re.compile(r"(?<![\w.,:])(\d{1,2})\.(\d{1,2})\.(?![\w.,])")
_DATE_UNDOTTED = re.compile(r"(?<![\w.,:])(\d{1,2})\.(\d{1,2})(?![\w.,:])")
_CLOCK_WORD_BEFORE = re.compile(r"\b(?:klo|kello)(?:\.?|\s+on)\s*$", re.IGNORECASE)


def minus_as_the_step_says(said: str, answer: str, accepted: tuple[tuple[str, str], ...],
                           mistakes: Iterable[str]) -> str:
    """``said`` with its minus read as the step reads one (review 41). Where the step's
    answers or mistakes say "miinus", frost is a minus: "kuusi astetta pakkasta" is "miinus
    kuusi astetta" (the foreseen mistake too). Where they say none, a dash typed before a
    number is no minus ("-2": a choice's number, a list's dash); "miinus" written in words
    stays."""
    words = said.split()
    if "miinus" not in words and "pakkasta" not in words:  # (the commonest)
        return said
    if any("miinus" in n.split() for _, n in accepted) or \
            any("miinus" in normalise(m).split() for m in mistakes):
        return " ".join(_frost(words)) if "pakkasta" in words else said
    if "miinus" in answer.casefold():
        return said
    return " ".join(w for w in words if w != "miinus")


def _frost(words: list[str]) -> list[str]:
    """Degrees of frost are degrees below zero: "kuusi astetta pakkasta" is "miinus kuusi
    astetta"."""
    out: list[str] = []
    for w in words:
        if w == "pakkasta" and len(out) > 1 and out[-1] == "astetta" and \
                is_number(out[-2]) and out[-3:-2] != ["miinus"]:
            out.insert(len(out) - 2, "miinus")
            continue
        out.append(w)
    return out


@lru_cache(maxsize=sizes.STEPS)
def _understood_first(accepted: tuple[tuple[str, str], ...]
                      ) -> tuple[str | None, frozenset[str]]:
    """The word of "understood" the step's answers begin with before more words ("selvä,
    tuon ne pian"), and the words its answers say right after a yes ("kyllä voin")."""
    firsts = [n.split() for _, n in accepted]
    after_yes = frozenset(_next_word(f) for f in firsts if len(f) > 1 and f[0] in YES)
    return next((f[0] for f in firsts if f[0] in UNDERSTOOD and len(f) > 1), None), after_yes


def yes_as_understood(words: list[str], accepted: tuple[tuple[str, str], ...]) -> list[str]:
    """A yes said first, before more words, where the step's answers say "understood"
    there: "joo, tuon ne pian" is "selvä, tuon ne pian" (issue 12, judge41). Not before a
    word an answer says after its own yes ("kyllä voin" to "voitko tulla?")."""
    if len(words) < 2 or words[0] not in YES:
        return words
    first, after_yes = _understood_first(accepted)
    if first is None or (said := _next_word(words)) in after_yes or said in _AGREEING or \
            any(finnish.same_lemma(said, w) for w in after_yes):
        return words  # "kyllä voit" for "kyllä voin": the yes's answer, its form slipped
    return [first, *words[1:]]


_AGREEING = YES | UNDERSTOOD  # "kyllä kyllä", "joo selvä": said as they are


# A yes said as Finnish says it, by the question's own verb: "Onko jokin ongelma?" — "on,
# rullakko on rikki"; the verb each question form is answered with
_ECHOED = {"onko": "on", "onks": "on", "ovatko": "ovat", "oliko": "oli", "olivatko": "olivat"}


def echoed_yes(words: list[str], situation: str, accepted: tuple[tuple[str, str], ...],
               mistakes: Sequence[str] | Mapping[str, str]) -> list[str]:
    """The question's verb said first as its yes, before a clause of its own, is "kyllä":
    "on, rullakko on rikki, en käytä sitä" to "Onko jokin ongelma?" is "kyllä, rullakko on
    rikki, …" (set 48, both trainers: right; the echo had left a word before the answer).
    Only where the step's answers say yes (one begins with one, or a bare no is a wrong
    mistake of the step's) and no bare yes is a wrong mistake, not where an answer begins
    with that verb ("on kylmä"), and only before an accepted answer said whole ("on,
    käytän rullakkoa" stays as said; review99)."""
    if len(words) < 3 or words[0] not in _ECHOED.values() or not situation:
        return words
    asked = {_ECHOED[w] for w in re.findall(r"\w+", situation.casefold()) if w in _ECHOED}
    firsts = [n.split()[0] for _, n in accepted if n]
    if words[0] not in asked or words[0] in firsts or \
            not (any(f in YES for f in firsts) or _a_bare_wrong(mistakes, _BARE_NO)) or \
            _a_bare_wrong(mistakes, _BARE_YES) or not _an_answer_in(words[1:], accepted):
        return words
    return ["kyllä", *words[1:]]


def _an_answer_in(words: Sequence[str], accepted: tuple[tuple[str, str], ...]) -> bool:
    """An accepted answer of two words or more (without its yes) said whole in ``words``:
    the clause the yes goes with is the step's own ("on, rullakko on rikki, …"; not "on,
    käytän rullakkoa", review99)."""
    said = f" {' '.join(words)} "
    return any(len(own := [w for w in n.split() if w not in YES]) > 1 and
               f" {' '.join(own)} " in said for _, n in accepted)


def _a_bare_wrong(mistakes: Sequence[str] | Mapping[str, str], bare: frozenset[str]) -> bool:
    """A mistake of nothing but ``bare`` words (a bare yes, "on", "kyllä"; a bare no, "ei",
    "ei ole") is among the step's wrong mistakes."""
    verdicts = mistakes if isinstance(mistakes, Mapping) else dict.fromkeys(mistakes, "wrong")
    return any(v == "wrong" and set(normalised(m).split()) <= bare
               for m, v in verdicts.items())


_BARE_YES = YES | {"on", "joo", "juu", "ovat", "oli", "voi", "saa"}


_BARE_NO = NEGATIONS | {"ole", "ollut", "olleet"}


def _next_word(words: Sequence[str]) -> str:
    """The word after a yes, its subject pronoun passed ("kyllä minä voin": voin)."""
    return next((w for w in words[1:] if w not in UNSAID_SUBJECTS), "")


class _Shape(NamedTuple):
    """What the rules ask of an accepted answer again and again, worked out once."""

    words: tuple[str, ...]
    wordset: frozenset[str]
    bag: list[str]  # sorted
    without_ja: list[str] | None  # sorted, where it has "ja"
    lean: list[str]  # sorted, without subject pronouns
    negative: bool
    numbers: tuple[str, ...]  # its number words, in order
    ordinals: tuple[str, ...]  # its ordinals, where two or more (a date: day, month)
    units: list[tuple[str | None, tuple[str, ...]]]


@lru_cache(maxsize=8192)
def shape_of(norm: str) -> _Shape:
    words = tuple(norm.split())
    return _Shape(words, frozenset(words), sorted(words),
                  sorted(w for w in words if w != "ja") if "ja" in words else None,
                  sorted(w for w in words if w not in UNSAID_SUBJECTS), has_negation(words),
                  tuple(w for w in words if is_number(w)), date_ordinals(words),
                  number_units(words))


def said_begun(words: Sequence[str], heard: Sequence[str]) -> bool:
    """Whether every one of ``words`` is said, or said with its -ia/-iä as spoken
    ("tuntii" for "tuntia"; not another ending: "silmää" for "silmät" may be another
    thing's case): an accepted answer said whole or nearly."""
    return all(w in heard or (w.endswith(("ia", "iä")) and w[:-1] + "i" in heard)
               for w in words)


def word_bag(words: Sequence[str]) -> list[str]:
    """The words regardless of order (sorted: faster than a Counter for a few words)."""
    return sorted(words)


def same_words(heard: list[str], norm: str) -> bool:
    """Finnish word order is free: the same words in another order are the same answer
    (``norm``, an accepted answer normalised), and frame words around them ("se on",
    "kiitos") change nothing."""
    shape = shape_of(norm)
    # every way below to be the same answer leaves no word of the answer's own out: a word
    # that is neither the accepted answer's nor a frame word, "ja" or a subject pronoun
    # (the commonest case) decides at once
    wordset = shape.wordset
    for w in heard:
        if w not in wordset and w not in FRAME_WORDS and w != "ja" and w not in UNSAID_SUBJECTS:
            return False
    core = [w for w in heard if w not in FRAME_WORDS or w in wordset]
    if shape.units and not numbers_in_place(core, shape.words, shape.units):
        return False
    if shape.ordinals and date_ordinals(core) != shape.ordinals:
        return False
    if "sitten" in shape.wordset and "sitten" in core and shape.words[-1] != "sitten" and \
            _before_then(shape.words) and _before_then(core) != _before_then(shape.words):
        return False  # "sitten laita hiusverkko ensin pese kädet": the order turned round
    if len(core) == len(shape.words) and word_bag(core) == shape.bag:
        return True
    if shape.without_ja is not None and word_bag([w for w in core if w != "ja"]) == \
            shape.without_ja:
        return True  # "iltaa tervetuloa" for "iltaa ja tervetuloa"
    # Finnish drops the subject pronoun of a verb in the first and second person:
    # "olen sairas" says what "minä olen sairas" says. A person the answer names is
    # another person, not one left out: "minä on kipeä" is no "hän on kipeä".
    return bool(shape.lean) and \
        word_bag([w for w in core if w not in UNSAID_SUBJECTS]) == shape.lean and \
        not _another_person(core, shape.wordset)


def _before_then(words: Sequence[str]) -> list[str]:
    """The words of a sequence's first step, said before "sitten" (review 41): each step
    keeps its free word order, the steps their order (where the answer has words on both
    sides of "sitten"; "mitä teen sitten" is said "mitä sitten teen")."""
    return sorted(w for w in words[:list(words).index("sitten")]
                  if w not in FRAME_WORDS and w != "ja")


def a_foreseen_mistake(heard: list[str], mistakes: Iterable[str]) -> bool:
    """The answer is one of the step's foreseen ``mistakes``, in any word order
    (``same_words``): their rules judge it, not a rule of a right answer's slips."""
    return any(same_words(heard, normalised(m)) for m in mistakes)


def without_extras(words: list[str], accepted: Sequence[tuple[str, str]],
                   mistakes: Iterable[str]) -> list[str]:
    """``words`` without the polite, frame and greeting words said before or after the
    answer (lessons/lexicon/fillers.yaml), as a foreseen mistake is seen ("okei
    lääkärille" is "lääkärille"; issue 12); inside it they stay ("ota ne pois"), and so
    does a word the step's own answers or mistakes say ("ei kiitos" where an answer says
    "kiitos")."""
    if not words or (words[0] not in EXTRAS and words[-1] not in EXTRAS):  # (the commonest)
        return words
    own = the_steps_words(tuple(n for _, n in accepted), tuple(mistakes))
    start, end = 0, len(words)
    while start < end and words[start] in EXTRAS and words[start] not in own:
        start += 1
    while end > start and words[end - 1] in EXTRAS and words[end - 1] not in own:
        end -= 1
    return words[start:end]


def a_mistake_with_extras(words: list[str], accepted: Sequence[tuple[str, str]],
                          mistakes: Iterable[str]) -> bool:
    """The answer is a foreseen mistake with extras around it ("kiitos haen avaimen
    kaapista"): the rule of foreseen mistakes judges it, not one of a right answer."""
    if not mistakes or len(bare := without_extras(words, accepted, mistakes)) == len(words):
        return False
    said = " ".join(bare)
    return any(normalised(m) == said for m in mistakes)


@lru_cache(maxsize=sizes.STEPS)
def the_steps_words(accepted: tuple[str, ...], mistakes: tuple[str, ...]) -> frozenset[str]:
    """Every word of the step's accepted answers (normalised) and foreseen mistakes."""
    return frozenset(w for t in (*accepted, *(normalised(m) for m in mistakes))
                     for w in t.split())


def person_slip(heard: list[str], norm: str) -> bool:
    """The words of the accepted answer ``norm``, its verb too, with another person's
    pronoun that does not go with the verb: "sinä pesen kädet" for "minä pesen kädet"
    (``same_words`` takes none of them). Not without a verb to go with ("entä te" for
    "entä sinä" is polite, "sinä itse" another answer)."""
    shape = shape_of(norm)
    core = [w for w in heard if w not in FRAME_WORDS or w in shape.wordset]
    if not (shape.lean and _another_person(core, shape.wordset)
            and word_bag([w for w in core if w not in UNSAID_SUBJECTS]) == shape.lean):
        return False
    verbs = [p for w in core if (p := _finite_persons(w))]
    # a no carries the person of its verb ("sinä en tiedä": "en", not "tiedä")
    verbs = [p for w in core if w in NEGATIONS and (p := _finite_persons(w))] or verbs
    return bool(verbs) and any(all(not _PERSON_OF[w] & p for p in verbs)
                               for w in core if w in _PERSON_OF)


def _finite_persons(word: str) -> frozenset[tuple[str, str]]:
    """The persons ``word`` says as a statement's verb (not a command's, whose reading a
    no's verb shares: "tiedä"; not a word that is also a conjunction: "eli")."""
    found = finnish.analyses(word)
    if any(a.get("CLASS") == "sidesana" for a in found):
        return frozenset()
    return frozenset((a["PERSON"], a.get("NUMBER") or "") for a in found
                     if a.get("CLASS") in ("teonsana", "kieltosana") and a.get("PERSON")
                     and a.get("MOOD") in ("indicative", "conditional"))


# the persons a subject pronoun goes with (finnish.persons), spoken ones too: "me
# mennään" (the passive), "he on"
_PERSON_OF = {"minä": {("1", "singular")}, "sinä": {("2", "singular")},
              "hän": {("3", "singular")}, "me": {("1", "plural"), ("4", "")},
              "te": {("2", "plural")}, "he": {("3", "plural"), ("3", "singular")}}


def _another_person(core: list[str], wordset: frozenset[str]) -> bool:
    """The learner names a person where the accepted answer names another."""
    theirs = SUBJECT_PRONOUNS & wordset
    return bool(theirs) and any(w in SUBJECT_PRONOUNS and w not in theirs for w in core)
