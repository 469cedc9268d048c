"""A number or time whose value is right, said in a wrong form (issue 12, judge37): the hour
after "puoli" in another case ("puoli kolmea" for "puoli kolme") or mistyped into no word
("puoli kolmi": a typo, set 40), a decimal said with "ja"
for "pilkku" ("kaksi ja viisi" for "2,5"). A trainer hears the value meant and corrects the
form: almost. A number typed in another grouping ("040 1234567" for "040 123 4567") is the
number: right (set 50, both trainers).
Read in the right form, the answer must be right (or nearly) on its own, so another value
(another hour, another digit) stays as wrong as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rapidfuzz.distance import Levenshtein

from valkky.judge import finnish
from valkky.judge.case import Case, Detail, Judgement, fuzz_module, normalised
from valkky.judge.normalise import HOURS, MONTHS, normalise
from valkky.judge.number_words import day_ordinals, is_number
from valkky.judge.rules import judged_as

_HALF = "puoli"
_GROUPING = "grouping"  # a reading of digits grouped as the step groups them
_HOURS = frozenset(HOURS)
# a run of digits with spaces or hyphens between its groups: a phone number, a code
_DIGIT_RUN = re.compile(r"\d+(?:[ -]+\d+)*")
_A_DIGIT = re.compile(r"\d")
# Words that make the hour's case mean something: "puoli kolmen jälkeen" (after), "ennen
# puoli kolmea" (before), "puoli kolmen aikaan" (about), "puoli kolmen kuluttua" (in two and
# a half hours), "puoli kolmea vaille" (to) are other times or spans, not its form.
_TIME_WORDS = frozenset({"jälkeen", "ennen", "asti", "saakka", "mennessä", "lähtien",
                         "alkaen", "aikaan", "maissa", "paikkeilla", "tienoilla", "tienoolla",
                         "korvilla", "kieppeillä", "päästä", "kuluttua", "välillä", "välissä",
                         "vaille", "myöhässä", "etuajassa"})
_AFTER = 3  # how far after the hour a time word still speaks of it ("… tunnin päästä")
# The cases of a noun after the hour that make it a thing counted: "puoli kolmea tuntia",
# "puoli kolmen tunnin", "puoli kolmessa tunnissa" (not "aamulla", a time of day).
_COUNTED = frozenset({"nimento", "osanto", "omanto", "sisaolento", "sisaeronto",
                      "sisatulento"})


def number_form(c: Case) -> Judgement | None:
    """The answer read with its number in the form the accepted answers say it: almost
    where that reading is right or nearly, else None (the rules judge it as said)."""
    for (expected, heard), words, reason in _readings(c):
        if any(normalised(m) == c.heard for m in c.mistakes):
            return None  # a foreseen answer is the step's to judge as it foresaw
        j = judged_as(c, words)
        c.note(f"{heard} for {expected}: {j.verdict}")
        if reason == _GROUPING:
            if j.verdict == "correct":
                return c.judgement("correct", closest=j.closest)
            continue
        # (a month's case put right and still only nearly right is another date nearly:
        # "neljästoista tammikuu" for "… joulukuuta" stays as by_word judges it)
        if j.verdict == "correct" or (j.verdict == "almost" and expected not in MONTHS):
            if j.closest:
                c.closeness = fuzz_module().ratio(c.heard, normalised(j.closest))
            # named in the answer's own words: "Sano puoli kolme, ei puoli kolmea.", "Sano
            # pilkku, ei ja."
            return c.judgement("almost", reason, closest=j.closest,
                               detail=Detail(expected, heard, in_sentence=True))
    return None


def _readings(c: Case) -> Iterator[tuple[tuple[str, str], list[str], str]]:
    """((the form meant, as said), the answer's words in the form meant, the slip's
    reason), each one slip: of a word's form, or a typo into no word."""
    said = c.said.split()
    yield from _month_after_its_day(said)
    if _HALF not in said and "ja" not in said and not _A_DIGIT.search(c.written):
        return  # (the commonest: no number to read otherwise)
    for i, w in enumerate(said[:-1]):
        nxt = said[i + 1]
        after = said[i + 2:i + 2 + _AFTER]
        if w == _HALF and nxt not in _HOURS and len(nxt) > 3 and \
                not _TIME_WORDS.intersection(said[max(i - 1, 0):i] + after) and \
                _HALF not in after and not _counts(after[:1]):
            # "puoli kolmea": the half hour in another case; "puoli kolmi": a typo
            hour, slip = _hour_of(nxt), "word_form"
            if hour is None:
                hour, slip = _hour_mistyped(nxt), "typo"
            if hour is not None:
                yield (f"{_HALF} {hour}", f"{_HALF} {nxt}"), \
                    [*said[:i + 1], hour, *said[i + 2:]], slip
        if w == "ja" and i > 0 and "pilkku" not in said and is_number(said[i - 1]) and \
                is_number(nxt) and \
                (after[0] if after else "") in _units_after_decimal(c):  # "kaksi ja viisi"
            yield ("pilkku", w), [*said[:i], "pilkku", *said[i + 1:]], "word_form"
    runs = _DIGIT_RUN.findall(c.written)
    if len(runs) != 1:
        return  # two numbers said ("040 … tai 050 …"): another grouping may be another number
    # a grouped form first: the grouping the step shows is the one to name
    for theirs in sorted({t for w, _ in c.accepted for t in _DIGIT_RUN.findall(w)},
                         key=lambda t: (t.isdigit(), t)):
        for mine in runs:
            if mine != theirs and _digits(mine) == _digits(theirs) and \
                    len(_digits(mine)) >= 5:  # "040 123 4567": its grouping
                yield (theirs, mine), normalise(c.written.replace(mine, theirs)).split(), \
                    _GROUPING


# a date's month in the nominative ("joulukuu"), the partitive it takes after its day
_MONTHS_BARE = {m[:-2]: m for m in MONTHS}  # joulukuu → joulukuuta


def _month_after_its_day(said: list[str]
                         ) -> Iterator[tuple[tuple[str, str], list[str], str]]:
    """A date's month in the nominative right after its day ("neljäs joulukuu" for
    "neljäs joulukuuta", judge58): read in the partitive, judged in full (a time after it,
    "… kello neljätoista", is the answer's to judge as the step asks; review59 took back a
    reading of it as the month's ordinal, which made a right answer another date)."""
    if _MONTHS_BARE.keys().isdisjoint(said):
        return
    days = day_ordinals()
    for i, w in enumerate(said):
        if i and w in _MONTHS_BARE and said[i - 1] in days:
            yield (_MONTHS_BARE[w], w), [*said[:i], _MONTHS_BARE[w], *said[i + 1:]], \
                "word_form"


def _hour_of(word: str) -> str | None:
    """The hour ``word`` is a form of (a numeral reading whose base is an hour), or None:
    "kuusta" is a spruce's, not six's."""
    return next((b for a in finnish.analyses(word)
                 if a.get("CLASS") == "lukusana" and (b := a.get("BASEFORM")) in _HOURS), None)


def _hour_mistyped(word: str) -> str | None:
    """The one hour ``word`` is a letter off (one changed, left out or more), where
    ``word`` is no Finnish word: "kolmi", "kolne" for "kolme"; not "kuusta", a word."""
    near = [h for h in HOURS if Levenshtein.distance(word, h, score_cutoff=1) <= 1]
    return near[0] if len(near) == 1 and finnish.is_word(word) is False else None


def _counts(after: list[str]) -> bool:
    """Whether the word after the hour is a thing counted ("puoli kolmea tuntia", "puoli
    kolmen tunnin", "puoli kolmessa tunnissa": two and a half hours), a noun."""
    return any(a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") in _COUNTED
               for w in after for a in finnish.analyses(w))


def _units_after_decimal(c: Case) -> frozenset[str]:
    """What the accepted answers say after a decimal ("kaksi pilkku viisi baria": baria;
    "" at the end): "kaksi ja kolme" reads as a decimal only before that, not before a
    fraction or another unit ("kaksi ja kolme neljäsosaa", "… prosenttia")."""
    out: set[str] = set()
    for _, n in c.accepted:
        words = n.split()
        out.update(words[k + 2] if k + 2 < len(words) else ""
                   for k, x in enumerate(words) if x == "pilkku")
    return frozenset(out)


def _digits(run: str) -> str:
    return re.sub(r"\D", "", run)
