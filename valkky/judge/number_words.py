"""Numbers and ordinals in an answer: a number bound to a slot keeps it, and an ordinal counts
what a number counts. The owner of the number words 0–100 and their ordinals, spelled once
(normalise, lexicon and the rules here read these tables).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from valkky.judge import finnish, lexicon
from valkky.judge.wordsets import FRAME_WORDS

# Number words after normalisation (digits are words by then): a unit follows one.
NUMBER_WORD = re.compile("^(?:nolla|yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|"
                         "yhdeksän|kymmenen|toista|kymmentä|sata|sataa|tuhat|tuhatta)+$")


# The parts a number word is made of, as written.
_PARTS = ("nolla", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan",
          "yhdeksän", "kymmenen", "toista", "kymmentä", "sata", "sataa", "tuhat", "tuhatta")


@lru_cache(maxsize=1)
def _spoken_parts() -> dict[str, str]:
    """Each part of a number word as speech says it (the lexicon's kaks, kakskyt, seittemän…,
    and the tens' -kyt), to the part as written."""
    parts = {said: meant for said, meant in lexicon.get().spoken.items()
             if " " not in meant and NUMBER_WORD.match(meant)}
    parts.update(kyt="kymmentä", toist="toista")
    return parts


@lru_cache(maxsize=1)
def _parts_pattern() -> re.Pattern[str]:
    """A word made of number parts only, said or written."""
    parts = sorted({*_PARTS, *_spoken_parts()}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, parts)) + ")+")


def spoken_number(word: str) -> str | None:
    """A number word said in spoken parts, as one written word: "satakakskyt" →
    "satakaksikymmentä", "kakskytyks" → "kaksikymmentäyksi", "kakskymmentä" (set 12); None
    where ``word`` is not made of number parts alone, or of written ones only."""
    spoken = _spoken_parts()
    if NUMBER_WORD.match(word) or not _parts_pattern().fullmatch(word):
        return None  # (the commonest cases: a number as written, a word of its own)
    # (the written parts, whether one was spoken) for each start of the word, from its end
    found: list[tuple[str, bool] | None] = [None] * len(word) + [("", False)]
    for i in range(len(word) - 1, -1, -1):
        for part in (*_PARTS, *spoken):
            rest = found[i + len(part)] if word.startswith(part, i) else None
            if rest is not None:
                found[i] = (spoken.get(part, part) + rest[0], part in spoken or rest[1])
                break
    whole = found[0]
    return whole[0] if whole is not None and whole[1] else None


@lru_cache(maxsize=1)
def cardinals() -> tuple[str, ...]:
    """0 … 100 in words, a table made once like the lexicon's: most numbers said at work
    are small, and num2words spells each one slowly (≈ 50 µs, a fifth of a judged answer)."""
    from num2words import num2words  # imported on first use: `valkky --help` stays light

    return tuple(str(num2words(n, lang="fi")) for n in range(101))


@lru_cache(maxsize=1)
def _ordinal_table() -> tuple[str, ...]:
    """1 … 100 as ordinals (index 0 unused), spelled once."""
    from num2words import num2words

    return ("", *(str(num2words(n, lang="fi", to="ordinal")) for n in range(1, 101)))


def cardinal(n: int) -> str:
    """``n`` in words: "kaksikymmentäviisi"."""
    table = cardinals()
    if 0 <= n < len(table):
        return table[n]
    from num2words import num2words

    return str(num2words(n, lang="fi"))


def ordinal(n: int) -> str:
    """``n`` as an ordinal: "kolmas"."""
    table = _ordinal_table()
    if 0 < n < len(table):
        return table[n]
    from num2words import num2words

    return str(num2words(n, lang="fi", to="ordinal"))


def one_number_two_kinds(a: str, b: str) -> bool:
    """``a`` and ``b`` are the same number, one a cardinal and the other its ordinal
    ("viisi", "viides"; "kolme", "kolmatta"). Not "toinen", which is "other" as well as
    "second": "kaksi" is no slip of it."""
    if "toinen" in finnish.base_forms(a) | finnish.base_forms(b):
        return False
    return ordinal_value(a) == b or ordinal_value(b) == a


@lru_cache(maxsize=12)
def month_ordinal(n: int) -> str:
    """Month ``n`` as a date says it after its day, an ordinal in the partitive: "kolmatta"
    (2.3. is "toinen kolmatta"; "toinen kolmas" is a learner's slip of it)."""
    from num2words import num2words

    return str(num2words(n, lang="fi", to="ordinal", case="partitive"))


@lru_cache(maxsize=1)
def day_ordinals() -> frozenset[str]:
    """The ordinals a date is read in: ensimmäinen … kolmaskymmenesensimmäinen."""
    return frozenset(_ordinal_table()[1:32])


# A month's ordinal in the partitive after the day, as Finns say a date ("toinen kolmatta"
# is 2.3.): the date's month, though the normaliser keeps the form (steps teach it).
_MONTHS_COUNTED = {o: i for i, o in enumerate(
    ("ensimmäistä", "toista", "kolmatta", "neljättä", "viidettä", "kuudetta", "seitsemättä",
     "kahdeksatta", "yhdeksättä", "kymmenettä", "yhdettätoista", "kahdettatoista"), 1)}


def date_ordinals(words: Sequence[str]) -> tuple[str, ...]:
    """The ordinals of a date in order, where two or more: the day and the month keep
    their places ("kahdestoista kahdeskymmenes" is not 20.12., "kolmas toista" not
    "toinen kolmatta")."""
    days = day_ordinals()
    if days.isdisjoint(words):  # (the commonest: no day; a month counted follows one)
        return ()
    found = tuple(w if w in days else ordinal(_MONTHS_COUNTED[w])
                  for i, w in enumerate(words)
                  if w in days or (w in _MONTHS_COUNTED and i and words[i - 1] in days
                                   and date_ends(words, i + 1)))
    return found if len(found) >= 2 else ()


DAY_WORDS = frozenset({"päivä", "päivänä"})  # said after a date's day ("kolmas päivä")
CLOCK_WORDS = {"kello", "klo"}  # "kello seitsemän" and "seitsemän" name the same time


def date_ends(words: Sequence[str], i: int) -> bool:
    """A date ends before ``words[i]``: nothing more, its "päivä", a clock time, a number;
    not a noun the ordinal counts ("joulukuun neljäs viikko") nor the verb "repeat" after
    an ordinal ("toista se")."""
    return i == len(words) or words[i] in DAY_WORDS or words[i] in CLOCK_WORDS or \
        NUMBER_WORD.match(words[i]) is not None


@lru_cache(maxsize=8192)
def is_number(word: str) -> bool:
    return NUMBER_WORD.match(word) is not None


def number_of(word: str) -> str | None:
    """The number word a word is, in any case ("kahden": kaksi)."""
    if is_number(word):
        return word
    return next((b for b in sorted(finnish.base_forms(word)) if is_number(b)), None)


@lru_cache(maxsize=1)
def _ordinals_counted() -> dict[str, str]:
    """Ordinals to the numbers they count: kolmas → kolme, toinen → kaksi."""
    return dict(zip(_ordinal_table()[1:], cardinals()[1:], strict=True))


@lru_cache(maxsize=1)
def _ordinal_starts() -> frozenset[str]:
    return frozenset(o[:3] for o in _ordinals_counted())


@lru_cache(maxsize=8192)
def ordinal_value(word: str) -> str | None:
    """The number an ordinal in any case counts ("kolmannessa" → "kolme"), else None."""
    table = _ordinals_counted()
    # Voikko only for a word that begins as an ordinal does (toisessa, kolmannessa)
    if word[:3] not in _ordinal_starts() or is_number(word) or \
            "lukusana" not in finnish.word_classes(word):
        return None
    return next((table[b] for b in sorted(finnish.base_forms(word)) if b in table), None)


def _value_kind(word: str) -> str | None:
    """"number" for a cardinal (or its minus), "date" for a date's ordinal, else None."""
    if is_number(word) or word == "miinus":  # "miinus kuusi" is another value than "kuusi"
        return "number"
    return "date" if word in day_ordinals() or word in _MONTHS_COUNTED else None


def value_runs(words: Sequence[str]) -> list[tuple[str, ...]]:
    """The runs of two words or more that say one value together: a time's hour and
    minutes ("kolme viisitoista"), a date's day and month ("viides kahdettatoista"); each
    of one kind (an ordinal beside a cardinal is a date and a time, or a slip: "seitsemäs
    kolmekymmentä" for "seitsemän kolmekymmentä")."""
    runs: list[tuple[str, ...]] = []
    run: list[str] = []
    kind = None
    for w in (*words, ""):
        now = _value_kind(w) if w else None  # (asked once a word)
        if now is not None and (not run or now == kind):
            run.append(w)
            kind = now
            continue
        if len(run) > 1:
            runs.append(tuple(run))
        run, kind = ([w], now) if now else ([], None)
    return runs


# A range typed ("0-6", "0 – 6"): its numbers side by side are no one value (review 41)
_RANGE_TYPED = re.compile(r"\d\s*[-–—]\s*\d")


def another_value(heard: Sequence[str], accepted: Sequence[tuple[str, str]],
                  written: str = "") -> str | None:
    """A run of number words said (``value_runs``) that holds a number of the ``accepted``
    answers (as written, normalised) but is no run of them, nor a part of one: another time
    or date ("kolme viisitoista", 3.15, beside "kello kolme"; "viides kahdettatoista" beside
    "neljäs kahdettatoista"), however an accepted answer holds its words apart. Not where
    an accepted answer lists numbers ("Kuusi, seitsemän, kahdeksan": each its own, a
    number left out a slip), nor where ``written``, the answer as given, types a range
    ("0-6 astetta" beside "nollasta kuuteen asteeseen"). The run, or None."""
    runs = value_runs(heard)
    if not runs or _RANGE_TYPED.search(written):  # (no runs: the commonest)
        return None
    theirs = [value_runs(n.split()) for _, n in accepted]
    if any(", " in a for (a, _), r in zip(accepted, theirs, strict=True) if r):
        return None
    values = {w for _, n in accepted for w in n.split() if _value_kind(w)}
    for run in runs:
        if not values.isdisjoint(run) and not any(
                any(run == r[i:i + len(run)] for i in range(len(r) - len(run) + 1))
                for rs in theirs for r in rs):
            return " ".join(run)
    return None


# The numbers as Finns name a line, a place or a bus by them (kakkoselle, nelosessa), and
# as the first part of a compound (kolmoslinjalle): each says its number.
_NUMBER_NOUNS = {"ykkönen": "yksi", "kakkonen": "kaksi", "kolmonen": "kolme",
                 "nelonen": "neljä", "viitonen": "viisi", "vitonen": "viisi",
                 "kuutonen": "kuusi", "kutonen": "kuusi", "seiska": "seitsemän",
                 "seitsemäinen": "seitsemän", "kasi": "kahdeksan", "ysi": "yhdeksän",
                 "kahdeksikko": "kahdeksan", "yhdeksikkö": "yhdeksän", "kymppi": "kymmenen"}
_NUMBER_NOUN_STEMS = {"ykkös": "yksi", "kakkos": "kaksi", "kolmos": "kolme",
                      "nelos": "neljä", "viitos": "viisi", "vitos": "viisi",
                      "kuutos": "kuusi", "kutos": "kuusi", "seiska": "seitsemän",
                      "kymppi": "kymmenen"}


# The same nouns Voikko does not know, by the stem their cases are made on (kutosella,
# seitsemäiselle, kasille, ysissä): each case's endings, in Voikko's names for the cases.
_UNKNOWN_STEMS = {"kutose": "kuusi", "seitsemäise": "seitsemän", "kasi": "kahdeksan",
                  "ysi": "yhdeksän"}
_ENDINGS = {"ulkotulento": ("lle",), "ulkoolento": ("lla", "llä"), "ulkoeronto": ("lta", "ltä"),
            "sisaolento": ("ssa", "ssä"), "sisaeronto": ("sta", "stä"), "omanto": ("n",),
            "olento": ("na", "nä"), "tulento": ("ksi",)}


_NOUN_STARTS = frozenset(w[:3] for w in (*_NUMBER_NOUNS, *_NUMBER_NOUN_STEMS, *_UNKNOWN_STEMS))


def may_be_number_noun(word: str) -> bool:
    """A cheap gate: ``word`` begins as a number's noun does (no Voikko asked)."""
    return word[:3] in _NOUN_STARTS


@lru_cache(maxsize=8192)
def number_noun_case(word: str) -> tuple[str, frozenset[str]] | None:
    """The number a number's noun names and the cases it may be in ("nelosella" → "neljä",
    {"ulkoolento"}), the noun alone, not a compound; also where Voikko does not know the
    noun ("kutosella", "kasille", "ysiin"). Not a word of the step's own, nor a real word
    ("kasi" is also "käsi" without its dots: the caller asks where the step names eight)."""
    if not may_be_number_noun(word):
        return None
    if word in _NUMBER_NOUNS:  # its base form: the nominative ("kutonen", which Voikko
        return _NUMBER_NOUNS[word], frozenset({"nimento"})  # reads as kutoa's only)
    for base in finnish.base_forms(word):
        if base in _NUMBER_NOUNS:
            return _NUMBER_NOUNS[base], frozenset(c for c, _ in finnish.case_numbers(word))
    for stem, value in _UNKNOWN_STEMS.items():
        if word.startswith(stem) and not finnish.base_forms(word):
            ending = word[len(stem):]
            cases = {c for c, endings in _ENDINGS.items() if ending in endings}
            if ending == stem[-1] + "n":
                cases.add("sisatulento")  # kasiin, kutoseen
            if cases:
                return value, frozenset(cases)
    return None


@lru_cache(maxsize=8192)
def number_noun_value(word: str) -> str | None:
    """The number a number's noun names, in any case or as a compound's first part
    ("nelosen", "kolmoslinjalle" → "neljä", "kolme"), else None. Not "kasi", which is
    also "käsi" said without its dots."""
    if word[:3] not in _NOUN_STARTS or word.startswith("kasi"):
        return None  # (Voikko only for a word that begins as a number's noun does)
    for base in finnish.base_forms(word):
        if base in _NUMBER_NOUNS:
            return _NUMBER_NOUNS[base]
        for stem, value in _NUMBER_NOUN_STEMS.items():
            if base.startswith(stem) and finnish.is_word(base[len(stem):]):
                return value
    return None


def number_compound_head(base: str) -> str:
    """A compound of a number's noun without it: "nelospaikka" → "paikka"."""
    return next((base[len(stem):] for stem in _NUMBER_NOUN_STEMS if base.startswith(stem)),
                base)


def numbers_in_place(heard: Sequence[str], expected: Sequence[str],
                     want: list[tuple[str | None, tuple[str, ...]]] | None = None) -> bool:
    """Numbers bound to a slot keep it: "hyllyväli kolme, hyllypaikka seitsemän" is not
    "hyllyväli seitsemän, hyllypaikka kolme", and "kolmekymmentä kaksi" is not 2.30. A run
    of number words keeps its order; with two runs or more, each keeps the word before it."""
    want = number_units(expected) if want is None else want
    if not want:
        return True
    got = number_units(heard)
    if len(want) == 1:
        return [run for _, run in got] == [run for _, run in want]
    if len(got) != len(want):
        return False
    left = list(want)  # each run after its own slot's word, said as the step says it or
    for slot, run in got:  # with a slip ("hyllyvälisä seitsemän, hyllypaikasa kolme", set 28)
        unit = next((u for u in left if u[1] == run and _slot_said(slot, u[0])), None)
        if unit is None:
            return False
        left.remove(unit)
    return True


def _slot_said(said: str | None, slot: str | None) -> bool:
    """The word before a run said as the step's: the same (``_same_slot``), a compound's
    last part alone ("väli" for "hyllyväli"), or its ending slipped, all but the step
    word's last two letters kept ("hyllypaikasa" for "hyllypaikka"); not another slot's
    word ("paikka" for "hyllyväli")."""
    if said == slot or _same_slot(said, slot):
        return True
    if said is None or slot is None or len(said) <= 3:
        return False
    return slot.endswith(said) or (
        len(slot) > 4 and _same_start(said, slot) >= len(slot) - 2)


def _same_start(a: str, b: str) -> int:
    """How many letters ``a`` and ``b`` begin with alike."""
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                min(len(a), len(b)))


def swapped_numbers(heard: list[str], expected: list[str]) -> bool:
    """The same numbers, each in another's place: "kolmekymmentä kaksi" for 2.30. With two
    runs or more, a run said after another run's word, or the runs in another order; not
    the runs in their order after a word said otherwise ("linja kaksi era kaksitoista" for
    "linja kaksi erä kaksitoista" is the dots of "erä"; set 14)."""
    numbers = sorted(w for w in expected if is_number(w))
    if not numbers or sorted(w for w in heard if is_number(w)) != numbers or \
            numbers_in_place(heard, expected):
        return False
    want, got = number_units(expected), number_units(heard)
    if len(want) < 2:
        return True
    matched = False
    for slot, run in got:
        runs = [r for s, r in want if _same_slot(slot, s)]
        if runs and run not in runs:
            return True  # "hyllyväli seitsemän" where the trainer says "hyllyväli kolme"
        matched = matched or bool(runs)
    # (with no word of the trainer's said, the order of the runs tells)
    return not matched and [run for _, run in got] != [run for _, run in want]


def _same_slot(said: str | None, slot: str | None) -> bool:
    """The word before a number said as the trainer's, in another form or with a slip."""
    return said == slot or (said is not None and slot is not None and (
        finnish.same_lemma(said, slot) or finnish.minimal_pair(slot, said) is not None))


def number_units(words: Sequence[str]) -> list[tuple[str | None, tuple[str, ...]]]:
    if not any(map(is_number, words)):  # most answers have none: no pass word by word
        return []
    units: list[tuple[str | None, tuple[str, ...]]] = []
    slot: str | None = None
    run: list[str] = []
    for w in [*words, ""]:
        if w and is_number(w):
            run.append(w)
            continue
        if run:
            units.append((slot, tuple(run)))
            run = []
        if w and w not in FRAME_WORDS:
            slot = w
    return units


def a_number_noun(word: str) -> bool:
    """A number's noun in any case, the nominative too ("kutonen", which Voikko reads as a
    verb only, and number_noun_value leaves to the rules that judge it so)."""
    return word in _NUMBER_NOUNS or number_noun_value(word) is not None
