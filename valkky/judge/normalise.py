"""Finnish answer normalisation: what two answers must share to count as the same.

Applied to accepted and heard answers alike: case, punctuation and spacing; digits and
clock times to Finnish words; the everyday spoken forms heard at work to standard ones;
hesitation sounds dropped. Length, double letters and umlauts are never touched: they
are what the judge is there to notice.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import pairwise

from valkky.judge import finnish, lexicon, sizes
from valkky.judge.number_words import (
    CLOCK_WORDS,
    DAY_WORDS,
    NUMBER_WORD,
    cardinal,
    date_ends,
    day_ordinals,
    month_ordinal,
    ordinal,
    spoken_number,
)
from valkky.judge.wordsets import FIRST_WORDS, TIME_POSTPOSITIONS, WEEKDAYS, WHEN_WORDS

# Spoken forms → standard ones, from the shared lexicon (lessons/lexicon/spoken.yaml).
# Only forms with one reading: "toi" (tuo, or the past of tuoda) and "mut" (minut, or
# mutta) are left alone.
SPOKEN: dict[str, str] = lexicon.get().spoken
# Hour words, for "puoli kahdeksan" = 7.30: the half hour before the named hour.
HOURS = ("yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan",
         "yhdeksän", "kymmenen", "yksitoista", "kaksitoista")
# A clock word is dropped only before a time ("kello seitsemän" = "seitsemän"), so that
# "kello" on its own (the word for a clock) stays an answer.
_NUMERAL = ("nolla", "yk", "yh", "kak", "kah", "kolm", "nelj", "vii", "kuu", "kuud",
            "seitsem", "kahdeks", "yhdeks", "kymmen", "puoli", "vartti", "sata")
# Hesitations and fillers a learner says while thinking; they carry no answer.
FILLERS = lexicon.get().hesitations
UNITS = frozenset(lexicon.get().units)  # "10 mm" is millimetres, not a hesitation
# units and short words canonical() says in full
_WRITTEN_SHORT = UNITS | frozenset(lexicon.get().short)
# a weekday written short ("ke", "la") is one only beside a date or time ("ke 4.12.", "la klo
# 8"): elsewhere it is a word's slip or a word of its own ("su kiinni", "… pois ke")
_DAYS_SHORT = frozenset(k for k, v in lexicon.get().short.items() if v in WEEKDAYS)

def days_written_short(answer: str) -> frozenset[str]:
    """The weekdays ``answer`` writes short beside a date or time ("su 14.12.": sunnuntai):
    written so, they have no case (the judge reads them in the case an accepted answer
    says them in, "sunnuntaina"; set 168, both trainers right)."""
    if _DAYS_SHORT.isdisjoint(re.findall(r"\w+", answer.casefold())):
        return frozenset()  # (the commonest: nothing normalised)
    written = normalise(answer).split()
    return frozenset(lexicon.get().short[w] for i, w in enumerate(written)
                     if w in _DAYS_SHORT and _by_a_number(written, i))


_TIME = re.compile(r"\b(?:(?:klo|kello)\.?\s*)?([01]?\d|2[0-3])[:.]([0-5]\d)\b")
# A time typed without its dot after a clock word ("klo 1430", "kello 14 30"), and a full
# hour typed with a space ("11 00", not inside a longer run of digits: a phone number).
_CLOCK_TYPED = re.compile(r"\b(?:klo|kello)\.?\s*([01]?\d|2[0-3]) ?([0-5]\d)\b(?![.,:]\d)")
_HOUR_SPACED = re.compile(r"(?<![\d.,:])(?<!\d )\b([01]?\d|2[0-3]) 00\b(?! ?\d)")
# A minus typed before a number ("-2", "− 18"): said "miinus"; not in a range ("10-12", "14 - 15").
_MINUS = re.compile(r"(?<![\w.,:])(?<!\d )[-−–] ?(?=\d)")
# A date, day.month. with the dot after the month (20.12., 1.5.2026), not after a clock
# word: read as Finns say it, in ordinals ("kahdeskymmenes kahdestoista").
_DATE = re.compile(r"(?<![\w.,:])(\d{1,2})\.(\d{1,2})\.(\d{4})?(?![\w.,])")
_CLOCK_BEFORE = re.compile(r"\b(?:klo|kello)\.?\s*$")
# A month named after the day ("kahdeskymmenes joulukuuta") is that month's ordinal, as
# 20.12. reads.
_MONTH_NAMES = ("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys",
                "loka", "marras", "joulu")
MONTHS = {m + "kuuta": i for i, m in enumerate(_MONTH_NAMES, 1)}
# A month in the genitive before the day ("maaliskuun toinen") is the same date, read day
# first. (Its ordinal in the partitive, "toinen kolmatta", stays as said: a form steps teach.)
_MONTHS_BEFORE = {m + "kuun": i for i, m in enumerate(_MONTH_NAMES, 1)}
_DATE_MONTHS = MONTHS.keys() | _MONTHS_BEFORE.keys()
_DECIMAL = re.compile(r"\b(\d+),(\d+)\b")
# A dot with one digit after it is no time (7.30) nor date (1.5.): a decimal typed as on an
# English keyboard ("2.3 bar" = "2,3 baria").
_DOT_DECIMAL = re.compile(r"(?<![\d.,:])(\d+)\.(\d)(?![\d.,:])")
_NUMBER = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")
_ORDINAL = re.compile(r"\b(\d{1,3})\.\s+([^\W\d_]+)")
# Signs typed for a unit ("50€", "10 %"): said as the unit's short word, which a number
# before it makes the unit (lessons/lexicon/abbreviations.yaml, symbols).
SYMBOLS = lexicon.get().symbols
_SYMBOL = re.compile("|".join(map(re.escape, SYMBOLS))) if SYMBOLS else None
_JOINER = re.compile(r"(?<=\w)[-‐‑'’](?=\w)")
_NOT_WORD = re.compile(r"[^\w\s]|_")
# a lone letter's case ending after a colon, as Finnish writes it ("t:tä", "k:n"): the letter
_LETTERS_CASE = re.compile(r"(?<![\w:])([^\W\d_]):[^\W\d_]{1,3}\b")
# A word broken off, its hyphen typed where the learner stopped and began again ("tau-, tauko
# alkaa", "kello kuu- kello seitsemän"; judge43): letters only, not a compound's shared
# half before "ja", "tai" or "sekä" ("työ- ja vapaa-aika")
_BROKEN_OFF = re.compile(r"(?<![\w-])[^\W\d_]+-(?=[\s,.]+[^\W\d_])(?![\s,.]*(?:ja|tai|sekä)\b)")
# a word trailed off and said again ("pysäytä... pysäytä se": set 63, both trainers right)
_SAID_AGAIN = re.compile(r"\b([^\W\d_]+)(?:\.{2,}|…)\s*\1\b")
# …or a start of two or three words trailed off and begun again, its second word mended
# ("ennen kun... ennen kuin annos lähti", "Mihin aikaa… mihin aikaan", "ennen kuin mä...
# ennen kuin mä aloitan": sets 153, 169, both trainers right; not "laitan hiusverkon...
# laitan suojatakin", two deeds: review232-233): the start dropped
# …or one word trailed off and said again mended ("kädet enne... ennen työtä")
_TRAILED = re.compile(r"\b([^\W\d_]+)\s*(?:\.{2,}|…)\s*([^\W\d_]+)\b")
_RESTARTED = re.compile(r"\b([^\W\d_]+)\s+([^\W\d_]+)((?:\s+[^\W\d_]+)?)\s*(?:\.{2,}|…)\s*"
                        r"\1\s+([^\W\d_]+)")


def _trailed_dropped(m: re.Match[str]) -> str:
    """A word trailed off and said again mended (``_TRAILED``): the mended one where the
    first is its start, or its slip ("enne... ennen", "pähän… päähän": sets 89, 178, the
    trainers right); else both as said ("kaksi... kolme")."""
    first, again = m.group(1), m.group(2)
    if (NUMBER_WORD.match(first) and again == first) or (
            m.string[:m.start()].split()[-1:] in (["en"], ["ei"], ["älä"], ["et"]) and
            not _a_no_s_verb(again)):
        return m.group(0)  # (a number said twice, "neljä… neljä"; a no's verb said again
        # as a yes keeps its no said: "en käytä... käytän sitä", review240; not a
        # stumble on the no's own verb, "en käy... käytä sitä", review241)
    if (len(first) >= 3 and again.startswith(first)) or (
            len(first) >= 4 and first[:2] == again[:2] and
            finnish.minimal_pair(again, first) is not None):
        return again
    return m.group(0)


def _a_no_s_verb(word: str) -> bool:
    """``word`` may be the verb a no takes ("käytä", "koske"): a connegative reading."""
    return any(a.get("NEGATIVE") in ("true", "both") for a in finnish.analyses(word)
               if a.get("CLASS") == "teonsana")


def _restart_dropped(m: re.Match[str]) -> str:
    """A start trailed off and begun again (``_RESTARTED``): the second try where its
    second word is the first try's, mended (it keeps all but the last letter of the shorter:
    "kun"/"kuin", "aikaa"/"aikaan"), else as said ("laitan suojakäsineet... laitan
    suojalasit", two deeds). The second try is what the learner says: "lava oli rikki...
    lava oli ok" takes the fault back (review234)."""
    first, second, new = m.group(1), m.group(2), m.group(4)
    shorter = min(len(second), len(new))
    kept = next((i for i, (a, b) in enumerate(zip(second, new, strict=False)) if a != b),
                shorter)
    if NUMBER_WORD.match(first) or kept < max(2, shorter - 1):
        return m.group(0)
    return f"{first} {new}"


# a modal's forms a spoken infinitive follows as a form of its own ("ei saa korjaa",
# "pitää sulkee"; after "voi" trainers hear a slip: "joku voi kompastuu", sets 50, 65, 72)
_MODAL_WORDS = frozenset({"saa", "pitää", "täytyy", "pitäis", "pitäisi"})
# words said between a no or a need and its verb ("ei sitä tarvii", "ei tarvii sit kertoo")
_IN_BETWEEN = frozenset({"minä", "mä", "sinä", "sä", "hän", "me", "te", "he", "sitä",
                         "niitä", "sitten", "sit", "nyt", "enää", "kyllä", "minun", "mun",
                         "sinun", "sun", "hänen", "meidän", "teidän", "heidän", "siitä",
                         "tästä"})


def _past_between(words: Sequence[str], end: int) -> int:
    """Where the word before ``words[end]`` stands, past up to two words said between."""
    j = end - 1
    while j > 0 and end - j <= 2 and words[j] in _IN_BETWEEN:
        j -= 1
    return j


def _the_need_before(said: Sequence[str], i: int) -> str:
    """The word before ``said[i]``, past up to two words said between, or past whom it is
    told to ("ei siitä tarvii esimiehelle kertoo": review251, SAFETY)."""
    j = _past_between(said, i)
    if j > 0 and {c for c, _ in finnish.case_numbers(said[j])} == {"ulkotulento"}:
        return said[_past_between(said, j)]
    return said[j]


# a no as written, and a mark right after it: written apart ("Ei, …")
_NO_APART = re.compile(r"\b(?:ei|en|emme|ette|eivät)\b(\s*[,.!?;:])?")


def _the_no_before(words: Sequence[str]) -> int | None:
    """Which no of the answer (0 the first) the last of ``words`` (normalised so far) is,
    or is before past up to two words said between ("ei sitä nyt tarvii", "ei sun tarvii":
    review249); None where it is no no."""
    j = _past_between(words, len(words))
    if j < 0 or words[j] not in _NO_VERBS:
        return None
    return sum(w in _NO_VERBS for w in words[:j])


# a need, a can, may or want, after which a word that is no noun's form too is its
# infinitive ("ei tarvii kertoo": set 188; "voiksä puhuu hitaammin": set 189, both
# trainers right; not "trukki tarvii tilaa", the space it needs)
_NEED_WORDS = frozenset({"tarvii", "tarvi", "tartte", "tarvitse", "voitko", "voiksä", "voitsä",
                         "voiks", "voisitko", "voisiksä", "voisitsä", "voinko", "voisinko",
                         "voin", "voit", "voisin", "voisit", "osaatko", "osaan", "haluun",
                         "haluan", "haluutko", "haluatko"})


def written_infinitive(word: str) -> str | None:
    """The infinitive ``word`` says as speech does, its last vowel long ("korjaa" for
    "korjata", "koskee" for "koskea", "tarttuu" for "tarttua"): no slip after a modal
    ("voitko sanoo sen uudelleen", every trainer right; "käsine voi tarttuu koneeseen",
    "hän ei saa korjaa sitä itse": review214). Else None."""
    return next((b for b in finnish.base_forms(word) if (
        (b[-2:] in _VOWEL_A and word == b[:-1] + b[-2]) or
        (b.endswith(("ata", "ätä")) and word == b[:-3] + b[-1] * 2))), None)


# the infinitive's endings whose vowel speech says long: "sanoa", "tarttua", "lukea"
_VOWEL_A = frozenset({"oa", "öä", "ua", "yä", "ea", "eä", "ia", "iä"})


@lru_cache(maxsize=sizes.ANSWERS)
def normalise(text: str) -> str:
    """The comparable form of an answer: ``"Mä oon klo 7.30 töissä!"`` →
    ``"minä olen seitsemän kolmekymmentä töissä"``."""
    # NFC first: a decomposed "ä" (a + U+0308) would otherwise split the word in two
    text = unicodedata.normalize("NFC", text).casefold().replace("\u00a0", " ")
    apart = [bool(m.group(1)) for m in _NO_APART.finditer(text)] if "tarvii" in text else []
    # (each no, written apart or not, read only for a spoken "tarvii": "Ei, sun tarvii
    # kertoo" is a no of its own, the need after it a yes; review250)
    if not text.replace(" ", "").isalpha():  # most answers are words only: no pass needed
        text = _broken_off_dropped(text)  # "tau-, tauko alkaa": a start broken off
        text = _SAID_AGAIN.sub(lambda m: m.group(0) if NUMBER_WORD.match(m.group(1))
                               else m.group(1), text)  # "pysäytä... pysäytä se" (not a
        # number said twice: "neljä... neljä")
        text = _RESTARTED.sub(_restart_dropped, text)
        text = _TRAILED.sub(_trailed_dropped, text)
        text = _BUT_AFTER_A_COMMA.sub(" mutta", text)  # "pullo hajos, mut …"
        text = numbers_in_words(text)
        text = _say_symbols(text)
        text = _JOINER.sub("", text)  # työ-turvallisuus = työturvallisuus
        text = _LETTERS_CASE.sub(r"\1", text)  # "kaks t:tä": a letter's case ending (set 60)
        text = _NOT_WORD.sub(" ", text)
    said = _compounds_joined(_joined(text.split()))
    said = [x for w in said for x in _you_fused(w)]
    if len(said) > 1 and said[1] in _SPOKEN_YOU:
        said[0] = question_form(said[0])
    words: list[str] = []
    for i, w in enumerate(said):
        if w in FILLERS and not (i and w in UNITS and said[i - 1].isalpha()
                                 and NUMBER_WORD.match(said[i - 1])):
            continue
        if w.endswith("ks") and said[i + 1:i + 2] and said[i + 1] in _SPOKEN_YOU_WORDS and \
                (asked := _you_asked(w)) is not None:
            w = asked  # "otaks sä kahvia": otatko sinä (set 104; not "tuleksi sinä")
        if w == "mut" and said[i + 1:i + 2] and (said[i + 1] in _A_CLAUSE_BEGINS or
                                                 _a_clause_of_someone(said[i + 1:i + 4]) or
                                                 _but_first(said[i - 1:i], said[i + 1]) or
                                                 _but_where(said[i - 1:i], said[i + 1]) or
                                                 _my_verb(said[i + 1])):
            w = "mutta"  # "mut kukaan ei loukkaantunu" (not "vie mut kotiin": minut)
        if w == "just" and 0 < i < len(said) - 1:
            w = "juuri"  # inside a sentence the adverb: "sain seinän just valmiiksi" (set
            # 220, both trainers right; not "joo just", an acknowledgement)
        if w == "tietty" and not (i + 1 < len(said) and finnish.cases(said[i + 1])):
            # the spoken particle: "kypärä tietty" (set 232, both trainers right), "ei
            # tietty" alone: of course not (review274-275; before a command as said: "ei
            # tietty, hälytä hoitaja"); not before a word that declines, "tietty paikka"
            if not (i and said[i - 1] == "ei"):
                w = "tietysti"
            elif i == len(said) - 1:
                w = "tietenkään"
        if w == "puol" and _a_genitive_next(said[i + 1:i + 2]):
            w = "puolen"  # "puol tunnin päästä" (not "puol kolme", "puol tuntii": puoli)
        if w == "eka" and _a_deed_next(said[i + 1:i + 4]):
            w = "ensin"  # "eka leimaa sisään, sit…" (not "eka päivä": ensimmäinen)
        if w == "et" and ((not _NO_VERBS.isdisjoint(said[i + 1:i + 2]) and len(said) > i + 2)
                          or (i and _et_opens_a_clause(said[i - 1], said[i + 1:],
                                                       said[max(0, i - 3):i]))
                          or (not i and len(said) > 1 and said[1] in _SUBJECTS_OF_A_REPORT
                              and said[1] not in _ALSO_VERBS and _a_finite_next(said[2:]))
                          or (not i and len(said) > 2 and said[2] in ("ei", "eivät") and
                              said[1] in _SUBJECTS_OF_A_REPORT | {"kukaan"})):
            # "kerron raportissa, et asukas kaatui" (not "et saa": the no); before a no of
            # its own, which no no takes, first too ("et ei tipu mitään päähän"; set 42);
            # first, before a subject no "et" takes ("et se voi painaa nappia": set 122),
            # and its own no ("et kukaan ei liukastu": set 138)
            w = "että"
        if w == "o" and len(said) > i + 1:
            # spoken "o(n)", its n dropped before a word ("auto o nosturilla"; set 42), or
            # "oo" typed short after a no or "I" ("ei se o turvallista", "mä o sairas");
            # alone a letter (review64)
            w = "ole" if not _NO_VERBS.isdisjoint(said[max(0, i - 2):i]) else \
                _BE_OF.get(said[i - 1] if i else "", "on")
        if w == "ku" and len(said) > i + 1:
            # spoken "kun", and "kuin" after "ennen" or a comparison ("ennen ku annos
            # lähti", "isompi ku tää"; set 48: both trainers right)
            w = "kuin" if i and (said[i - 1] in _BEFORE_KUIN or _comparative(said[i - 1])) \
                else "kun"
        if w == "tarvii" and (no := _the_no_before(words)) is not None and \
                not (no < len(apart) and apart[no]):
            w = "tarvitse"  # ("ei tarvii kertoo": the form a no takes, set 188; not "se
            # tarvii apua", nor after "et" read as "että", "siks et trukki tarvii tilaa")
        elif i and ((need := _the_need_before(said, i)) in _MODAL_WORDS or (
                need in _NEED_WORDS and "nimisana" not in finnish.word_classes(w))) \
                and (verb := written_infinitive(w)):
            w = verb  # "ei saa korjaa itse", "hän ei saa koskee": the infinitive as speech
            # says it, its last vowel long (review214, 215: every trainer right)
        elif i and (verb := _SPOKEN_AFTER_PRONOUN.get((said[i - 1], w))):
            w = verb  # "mä katon listaa" (not "katon korjaus": the roof's)
        elif i == 0 and w == "katon" and len(said) > 1 and (
                said[1] in ("et", "että", "onko") or
                {c for c, _ in finnish.case_numbers(said[1])} == {"osanto"}):
            w = "katson"  # first, before a part or a clause: "katon listaa", "katon et
            # kaikki osat on laatikossa" (sets 44, 52, 54, 66: both trainers right)
        elif i and w.endswith((*_MA_DROPPED, "ee")) and (verb := _ma_put_back(said[i - 1], w)):
            w = verb  # "tulee auttaan", "meen hakeen": a MA-infinitive after a verb of
            # going, its -ma- dropped as speech does (set 170: both trainers right)
        elif i and w.endswith(("uu", "yy")) and (said[i - 1] in _ONE_SPOKEN_OF or
                                                 _a_subject(said[i - 1])):
            w = spoken_third_person(w)  # "se haluu", "asiakas haluu" is haluaa (not "en
            # haluu": halua; set 130)
        words.extend(standard_words(w))
    if not _DATE_MONTHS.isdisjoint(words):
        words = _months(words)
    # (seldom: a word the next one begins with, no word of its own, broken off)
    if any(b != a and b.startswith(a) for a, b in pairwise(words)):
        words = [w for i, w in enumerate(words) if not _broken_off(w, words[i + 1:i + 2])]
    if not CLOCK_WORDS.isdisjoint(words):
        words = [w for i, w in enumerate(words) if w not in CLOCK_WORDS
                 or (not (i + 1 < len(words) and words[i + 1].startswith(_NUMERAL))
                     and words[i + 1:i + 2] != [w])]  # "kello, kello seitsemän": said again
    if "vartin" in words:  # "vartin yli seitsemän" is "varttia yli …", both standard (set 73)
        words = ["varttia" if w == "vartin" and words[i + 1:i + 2] == ["yli"] else w
                 for i, w in enumerate(words)]
    return " ".join(_half_hours(words) if "puoli" in words else words)


# the endings a MA-infinitive's illative is said with, its -ma- dropped ("auttaan",
# "hakeen", "tekeen"), and the verbs of going it follows ("tulee auttaan", "meen hakeen");
# only there: elsewhere "peseen", "alkaan" are a long vowel's typos
_MA_DROPPED = ("aan", "ään", "een", "oon", "öön")
_GOING_TO_DO = frozenset({"tulla", "mennä", "lähteä", "käydä", "joutua", "ruveta"})  # (the
# verbs a MA-infinitive's illative follows, "joutua" and "ruveta" too)


def _ma_put_back(before: str, word: str) -> str | None:
    """``word`` as a MA-infinitive with its -ma- put back, where ``before`` is a verb of
    going and ``word`` is no word of its own: "auttaan" → auttamaan, "hakeen" → hakemaan;
    or a third person after "I go" ("käyn hakee" → hakemassa, "meen hakee" → hakemaan)."""
    heads = standard_words(before)
    if not heads or not finnish.base_forms(heads[0]) & _GOING_TO_DO:
        return None
    back = any(v in word for v in "aou")
    if word.endswith("ee") and finnish.persons(heads[0]) & {("1", "singular")}:
        # (a third person after "I go": "käyn hakee", "meen tekee", set 190, both
        # trainers right; "käydä" takes the inessive)
        ending = ("massa" if back else "mässä") if "käydä" in finnish.base_forms(heads[0]) \
            else ("maan" if back else "mään")
        full = word[:-1] + ending
        return full if finnish.has_mood(full, "MA-infinitive") else None
    if finnish.is_word(word) is not False:
        return None
    full = word[:-2] + ("maan" if back else "mään")
    full = SPOKEN.get(full, full)  # ("kattoon": kattomaan, katsomaan)
    return full if finnish.has_mood(full, "MA-infinitive") else None


def _compounds_joined(words: list[str]) -> list[str]:
    """A compound typed apart, its first part no word of its own: "kotti kärryillä" is
    kottikärryillä (set 76, both trainers right). Not where the first part is a word of its
    own ("suoja lasit": the comparison weighs it) or a spoken one ("uus työntekijä",
    "hyllyvälis tuote")."""
    out: list[str] = []
    for w in words:
        if out and len(out[-1]) >= 3 and len(w) >= 4 and out[-1].isalpha() and \
                w.isalpha() and out[-1] not in SPOKEN and out[-1] not in _SPOKEN_JOINS and \
                not out[-1].endswith(_SPOKEN_ENDS) \
                and finnish.is_word(out[-1]) is False and _the_head(out[-1] + w, w):
            out[-1] += w
        else:
            out.append(w)
    return out


# spoken joins no compound begins with ("mut kaveri nosti sen": review239)
_SPOKEN_JOINS = frozenset({"mut", "ku", "et", "sit", "nii", "vaik", "kos", "jos"})


def _the_head(joined: str, word: str) -> bool:
    """``joined`` is a compound whose head is the noun ``word``: its base ends with the
    noun's ("kottikärryillä": kottikärry, of "kärryillä"; not "sori en", "linjale kaksi")."""
    heads = {b for b in finnish.base_forms(word) if "nimisana" in finnish.word_classes(b)}
    return bool(heads) and any(b.endswith(h) and b != h for b in finnish.base_forms(joined)
                               for h in heads)


# the words "kuin" follows, where spoken "ku" is "kuin" (not "kun")
_BEFORE_KUIN = frozenset({"ennen", "niin", "yhtä", "sama", "samanlainen", "muu", "muuta",
                          "enemmän", "vähemmän", "parempi", "paremmin", "mieluummin"})


def _comparative(word: str) -> bool:
    """``word`` is a comparative ("isompi", "nopeammin"; Voikko names no comparison here,
    so by its ending on a word of another base form)."""
    return word.endswith(("mpi", "mmin")) and bool(finnish.base_forms(word) - {word})


def _a_genitive_next(after: list[str]) -> bool:
    """The word after spoken "puol" is a noun's genitive singular and no nominative: speech
    drops "puolen"'s ending there as it drops "puoli"'s ("puol tunnin päästä", "puol vuoden
    kuluttua"; issue 12, judge50). Not a number ("puol kahdeksan": half past seven)."""
    if not after or NUMBER_WORD.match(after[0]) or not after[0].isalpha():
        return False
    word = standard_words(after[0])[0] if standard_words(after[0]) else after[0]
    readings = finnish.case_numbers(word)
    return ("omanto", "singular") in readings and \
        not any(case == "nimento" for case, _ in readings)


# Subjects spoken "et" (että) opens a clause with; the no "et" is the second person's
# ("et sä voi", "et saa"): never with these
_SUBJECTS_OF_A_REPORT = frozenset({"mä", "minä", "mie", "me", "se", "ne", "hän", "he",
                                   "tää", "tämä", "toi", "tuo", "nää", "nämä", "noi", "nuo",
                                   "joku", "kaikki"})
# spoken subjects that are also a verb a no takes ("et nää kylttiä": näe; "toi": tuoda)
_ALSO_VERBS = frozenset({"nää", "toi"})
# the one spoken to, whose no "et" is ("sä et ikinä laita"); a join ends the clause
_LISTENER = frozenset({"sä", "sinä", "sie", "te"})
_NO_VERBS = frozenset({"en", "ei", "emme", "ette", "eivät"})
# "olla" by its subject pronoun said before it, spoken or not
_BE_OF = {"mä": "olen", "minä": "olen", "mie": "olen", "sä": "olet", "sinä": "olet",
          "sie": "olet", "me": "olemme", "te": "olette"}
_JOINS_AFTER_ET = frozenset({"ja", "kun", "jos", "mutta", "mut", "tai", "vai", "koska"})


_TELLING = frozenset({"sanoa", "luulla", "kertoa", "ilmoittaa", "tietää", "ajatella",
                      "uskoa", "toivoa", "huomata", "muistaa"})


def _telling(word: str) -> bool:
    """``word`` is a verb of telling or thinking, so an "et" after it is että ("luulen et…",
    "sano työkaverille et…"; not "niin", which an "et" of a no follows: "jos laatikko on
    painava niin et tarvii apua"; review117)."""
    return any(finnish.is_verb(w) and not finnish.base_forms(w).isdisjoint(_TELLING)
               for w in standard_words(word) or [word])


def _et_opens_a_clause(before: str, after: list[str], earlier: Sequence[str] = ()) -> bool:
    """A spoken "et" is että where it opens a clause (set 38: "kerron raportissa, et asukas
    kaatui", "kiitos et autoit", "ilmoitan et mä oon sairas"): a subject pronoun of
    ``_SUBJECTS_OF_A_REPORT`` right after it, or, the nouns and adverbs after it passed
    over, a first verb in forms no no takes (Voikko's NEGATIVE "false": kaatui, autoit).
    Never after the one spoken to, nor where that verb can follow a no: the no "et" of
    spoken order, its object or adverb first, stays a no ("sä et ikinä laita", "hei et
    jarruja laita päälle", "et saa": review59, SAFETY)."""
    if before in _LISTENER:
        return False
    if after and after[0] in _SUBJECTS_OF_A_REPORT:
        return True
    for said in after:
        if not said.isalpha() or said in _JOINS_AFTER_ET:
            return False
        word = next(iter(standard_words(said)), said)
        verbs = [a for a in finnish.analyses(word) if a.get("CLASS") == "teonsana"]
        if verbs:
            # (a spoken third person right after "et" is the no's, as speech says it: "et
            # tarvii apua", not "että tarvitsee"; not after a word of saying or a reason,
            # "sano työkaverille et tarvii apua", "siks et trukki tarvii tilaa"; review113,
            # review116, SAFETY)
            spoken_no = said is after[0] and said in SPOKEN and any(
                a.get("PERSON") == "3" for a in verbs) and not any(map(_telling, earlier)) \
                and before not in ("siks", "siksi", "koska")  # (a reason right before it)
            return not spoken_no and all(a.get("NEGATIVE") == "false" for a in verbs)
    return False


def _a_deed_next(after: list[str]) -> bool:
    """The word after spoken "eka" (its subject pronoun passed over) can be a verb of a
    person or a plural thing: "eka" is then ensin, first of two deeds ("eka leimaa sisään",
    "eka mä pakkaan"; issue 12, judge46), not the ordinal of a thing ("eka päivä", "eka
    kerta"). A singular noun in the nominative it can be is that thing where nothing or a
    verb follows ("eka pala", "eka pala on iso"; not "eka laita suojalasit"), and a plural of
    time is the first ones ("eka päivät": judge45fix)."""
    if after and SPOKEN.get(after[0], after[0]) in _PERSONS:
        after = after[1:]
    if not after:
        return False
    word = SPOKEN.get(after[0], after[0])
    found = finnish.analyses(word)
    nominative = {a.get("NUMBER") for a in found
                  if a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") == "nimento"}
    if nominative and not finnish.base_forms(word).isdisjoint(WHEN_WORDS):
        return False  # "eka päivät", "eka viikot": the first days
    if "singular" in nominative and (
            len(after) == 1 or finnish.persons(SPOKEN.get(after[1], after[1]))):
        return False  # "eka pala", "eka pala on iso": the first piece
    # (or a plural thing, which the ordinal's singular counts not: "eka ruuvit, sit tarra")
    return any(a.get("CLASS") == "teonsana" and a.get("PERSON") is not None for a in found) \
        or (bool(found) and all(a.get("NUMBER") == "plural" for a in found))


_PERSONS = frozenset({"minä", "sinä", "me", "te"})


def _broken_off_dropped(text: str) -> str:
    """``text`` without the starts broken off with a hyphen: a word begun again ("tau-,
    tauko alkaa", "kuu-, kuudelta") or given up ("soitan sairaan-, hoitajalle") loses the
    start only; one whose clause is said again ("sininen takki-, punainen takki") or given
    up with a no in it ("ei saa-, voi käyttää") takes the clause back to a comma with it:
    what the learner said instead is the answer (the final reviews of stop 37). A real
    word with a dash and no comma is a dash typed ("ei saa- myydä")."""
    at = 0
    while (m := _BROKEN_OFF.search(text, at)) is not None:
        start = m.group(0)[:-1]
        if start in _NO_WORDS:  # "en- käytä": a no typed with a dash is said, never dropped
            text = text[:m.start()] + start + " " + text[m.end():]
            at = m.start() + len(start)
            continue
        if text[m.end():].lstrip(" ,.").startswith(start):
            text = text[:m.start()] + " " + text[m.end():]
            continue
        if finnish.is_word(start) and not text[m.end():].lstrip(" ").startswith(","):
            text = text[:m.start()] + start + " " + text[m.end():]  # a dash typed after a
            at = m.start() + len(start)  # word, no repair: "ei saa- myydä", "esimiehelle- en"
            continue
        before = text[:m.start()]
        cut = max(before.rfind(","), before.rfind(";"))
        span = [start, *_NOT_WORD.sub(" ", before[cut + 1:]).split()]
        again = _NOT_WORD.sub(" ", re.split(r"[,;]", text[m.end():].lstrip(" ,"))[0]).split()
        if _NO_WORDS.isdisjoint(span) and not any(
                a.startswith(w) for w in span for a in again if len(w) > 2) and not (
                len(again) > 1 and finnish.is_word(start)):  # (a whole word given up for a
            # phrase of its own: "suojakäsineet-, silmälasit ja hanskat")
            text = before + " " + text[m.end():]  # "soitan sairaan-, hoitajalle": only the
            at = len(before)  # start given up
            continue
        # the clause said again ("sininen takki-, punainen takki", "puoli kol-, kello
        # kolme"), or a no given up with it ("ei saa-, voi käyttää"): what was said before
        # goes too, back to a comma
        text = before[:cut + 1] + " " + text[m.end():]
        at = cut + 1
    return text


_NO_WORDS = frozenset({"ei", "en", "et", "emme", "ette", "eivät", "älä", "älkää"})


def _broken_off(word: str, after: list[str]) -> bool:
    """``word`` is a start broken off, said again whole next: no word of its own, the
    next word's beginning ("tau tauko alkaa"; judge43). (normalise asks it only where a
    word begins the next: widen that test with this one.)"""
    return bool(after) and len(word) >= 2 and after[0] != word and \
        after[0].startswith(word) and finnish.is_word(word) is False


def numbers_in_words(text: str) -> str:
    """``text`` (case-folded) with its dates, times, decimals, ordinals and numbers in
    words, as Finns say them: "klo 7.30" → "seitsemän kolmekymmentä", "3. kerros" →
    "kolmas kerros"; the rest as it is."""
    if not _DIGIT.search(text):
        return text
    text = _DATE.sub(_date, text)
    text = _TIME.sub(_hh_mm, text)
    text = _CLOCK_TYPED.sub(_hh_mm, text)
    text = _HOUR_SPACED.sub(lambda m: m.group(0) if unit_follows(text, m.end()) else
                            f" {digits_in_words(str(int(m.group(1))))} ", text)  # not "11 00 euroa"
    text = _MINUS.sub(" miinus ", text)
    text = _DOT_DECIMAL.sub(_dot_decimal, text)
    text = _DECIMAL.sub(lambda m: f"{digits_in_words(m.group(1))} pilkku "
                                  f"{digits_in_words(m.group(2))}", text)
    text = _ORDINAL.sub(_ordinal, text)  # 3. kerros = kolmas kerros
    return _NUMBER.sub(lambda m: f" {digits_in_words(m.group(0))} ", text)


# Spoken verbs that are also another word's form, read as the verb right after its
# pronoun: "mä katon" is katson (katon is also the roof's, katot the roofs; set 34)
_SPOKEN_AFTER_PRONOUN = {(pronoun, said): verb
                         for pronouns, said, verb in ((("mä", "minä", "mie"), "katon", "katson"),
                                                      (("sä", "sinä", "sie"), "katot", "katsot"))
                         for pronoun in pronouns}
# Speech says a verb's -ua-/-yä- before the third person's long vowel as one long vowel:
# "se haluu talvirenkaat" is haluaa, where "en haluu" is halua (sounds_restored's reading).
_ONE_SPOKEN_OF = frozenset({"se", "hän"})


def _a_subject(word: str) -> bool:
    """``word`` is a noun or a name in the nominative singular, and no other word: the
    subject a third person follows ("asiakas haluu", "Aino tajuu")."""
    return finnish.every_reading(word, lambda a: a.get("SIJAMUOTO") == "nimento" and
                                 a.get("NUMBER") == "singular" and
                                 a.get("CLASS") in _SUBJECT_CLASSES)


_SUBJECT_CLASSES = frozenset({"nimisana", "etunimi", "sukunimi", "paikannimi", "nimi"})


@lru_cache(maxsize=1024)
def spoken_third_person(word: str) -> str:
    """``word`` (after "se" or "hän") as the third person it says where it is no word of its
    own: "haluu" → "haluaa", "tajuu" → "tajuaa"; "puhuu" stays."""
    if finnish.is_word(word) is not False:
        return word
    full = word[:-1] + ("aa" if word.endswith("uu") else "ää")
    return full if any(a.get("PERSON") == "3" and a.get("MOOD") == "indicative"
                       for a in finnish.analyses(full)) else word


# "sä" right after a verb of the second person asks, as "-ko" does: "nukuit sä hyvin" is
# "nukuitko sä hyvin", "voit sä tulla" is "voitko sä tulla" (speech drops the -ko there).
_SPOKEN_YOU = frozenset({"sä"})  # not "sää", which is also the weather
# "mut" is spoken mutta or minut (left out of the lexicon): mutta after a comma, or before
# a no or a subject, where a clause begins
_BUT_AFTER_A_COMMA = re.compile(r"(?<=[,;])\s*mut\b")
_A_CLAUSE_BEGINS = frozenset({"ei", "en", "et", "emme", "ette", "eivät", "mä", "minä", "sä",
                              "sinä", "se", "ne", "hän", "he", "me", "te", "kukaan", "joku",
                              "nyt", "sitten", "sit", "silti", "kuitenkin", "vielä"})
_NO_OF_A_CLAUSE = frozenset({"ei", "en", "et", "emme", "ette", "eivät"})
# "mut ensin …" after a thing is mutta ("laitan suojatakin mut ensin pesen kädet"); right
# after a verb, minut ("vie mut ensin kotiin")


_SPOKEN_YOU_WORDS = _SPOKEN_YOU | {"sinä", "sie"}  # (any "you" after a spoken -ks)


def _you_asked(word: str) -> str | None:
    """A verb's spoken "-ks" before "sä": its second person's question, the -t- of it
    dropped as speech drops it ("otaks" otatko, "tuleks" tuletko, "voiks" voitko), where
    Voikko reads that form so; else None."""
    for ending in ("tko", "tkö"):
        asked = word[:-2] + ending
        if ("2", "singular") in finnish.persons(asked):
            return asked
    return None


def _you_fused(word: str) -> tuple[str, ...]:
    """A verb's spoken "-ks" and "sä" said as one word, as the question it is ("otaksä"
    otatko sinä, "nukuiksä" nukuitko sinä: set 228, the trainer right); else the word."""
    if len(word) > 5 and word.endswith("ksä") and (asked := _you_asked(word[:-1])) is not None:
        return asked, "sinä"
    return (word,)


def _a_clause_of_someone(words: list[str]) -> bool:
    """``words`` (after "mut") are a pronoun of someone in no case of an object, or an
    adverb, then a no and its verb: a clause begins ("mut hänelle ei sattunu mitään", set
    118; "mut onneks ei loukkaantunu", review199; no "minut" is followed by one). Not a
    thing or a place ("vie mut lääkäriin, en tule"), nor a no left without its verb ("mut
    katolla ei ikinä"), which open_answers reads as a no of the whole (see
    ``_but_where``)."""
    if len(words) != 3 or words[1] not in _NO_OF_A_CLAUSE:
        return False
    first = SPOKEN.get(words[0], words[0])
    first += "i" if first.endswith("ks") else ""  # (speech's translative: "onneks")
    cases = finnish.cases(first)
    if not (finnish.word_classes(first) == {"seikkasana"} or cases == {"tulento"} or (
            "asemosana" in finnish.word_classes(first) and
            not cases & {"nimento", "omanto", "osanto", "kohdanto"})):
        return False
    verb = SPOKEN.get(words[2], words[2])
    verb += "t" if verb.endswith(("nu", "ny", "lu", "ly", "ru", "ry", "su", "sy")) else ""
    return finnish.is_verb(verb) or any(  # (its participle, as speech says it: "sattunu")
        finnish.is_verb(root) for root, _ in finnish.derived_from(verb))


def _a_finite_next(words: list[str]) -> bool:
    """The first verb of ``words`` (as speech says it too) has a person's ending, no form a
    no takes: "et se voi painaa" is että, "et mä koske johtoon", "et se nosta häntä"
    stay the no's (review201)."""
    for w in words:
        word = SPOKEN.get(w, w)
        verbs = [a for a in finnish.analyses(word) if a.get("CLASS") == "teonsana"]
        if verbs:
            return any(a.get("NEGATIVE") == "false" for a in verbs)
    return False


def _my_verb(word: str) -> bool:
    """``word`` (as speech says it too) is only a verb, in the first person singular: a
    clause of the learner's begins ("…, mut oon vähän myöhässä": set 114, both trainers
    right; no "minut" is followed by one)."""
    word = SPOKEN.get(word, word)
    return finnish.only_a_verb(word) and ("1", "singular") in finnish.persons(word)


def _but_first(before: list[str], after: str) -> bool:
    return after in FIRST_WORDS and bool(before) and not finnish.only_a_verb(before[0])


def _but_where(before: list[str], after: str) -> bool:
    """"mut" between a word that is no verb and a place: mutta ("88 tuntia mut
    palkkakuitissa vaan 80"; set 100), not a verb's minut ("vie mut kotiin"). Not after a
    place: "kypärän voi jättää pois tauolla mut katolla ei ikinä" is mutta too, but
    open_answers reads that elliptical "ei ikinä" as a no of the whole (review99's safe
    probe), so it is left as said until that reading is mended."""
    return bool(before) and not finnish.is_verb(before[0]) and \
        not finnish.cases(before[0]) & finnish.LOCAL_CASES and \
        before[0] not in TIME_POSTPOSITIONS and \
        bool(finnish.cases(after) & finnish.LOCAL_CASES)  # (not after "tauon aikana")


@lru_cache(maxsize=1024)
def question_form(verb: str) -> str:
    """A verb of the second person singular with the question's -ko (-kö), as its place
    before a spoken "sä" asks; any other first word as it is."""
    if not verb.endswith("t") or not any(
            a.get("PERSON") == "2" and a.get("NUMBER") == "singular"
            for a in finnish.analyses(verb)):
        return verb
    return verb + ("ko" if any(v in verb for v in "aou") else "kö")  # vowel harmony


# The clitics a spoken word takes as its standard form does: "mäkin" is "minäkin",
# "mullakaan" is "minullakaan".
_CLITICS = ("kin", "kaan", "kään", "ko", "kö")
_SOFT_QUESTION = ("kos", "kös")  # the question's -s: "voinkos" is a softer "voinko"


def _with_clitic(word: str) -> str:
    """A spoken form of the lexicon with a clitic, as its standard form with it (set 9;
    "tarviitko" is tarvitsetko); a question's softening -s left out ("onkos": onko)."""
    if not word.endswith(_CLITICS) and not word.endswith(_SOFT_QUESTION):
        return word  # (the commonest: no clitic, no loop)
    for clitic in _CLITICS:
        if word.endswith(clitic) and (stem := word[:-len(clitic)]) in SPOKEN and \
                " " not in (standard := SPOKEN[stem]):
            return standard + clitic
    if word.endswith(_SOFT_QUESTION) and finnish.is_word(word[:-1]):
        return word[:-1]
    return word


# how a number word begins, said or written: only such a word is read as a spoken number
_NUMBER_STARTS = frozenset(w[:3] for w in (*SPOKEN, "nolla", "yksi", "kaksi", "kolme", "neljä",
                                           "viisi", "kuusi", "seitsemän", "kahdeksan",
                                           "yhdeksän", "kymmenen", "sata", "tuhat")
                           if NUMBER_WORD.match(SPOKEN.get(w, w)))


@lru_cache(maxsize=8192)
def standard_words(word: str) -> tuple[str, ...]:
    """One word as heard, in standard words: its spoken form (oon → olen), a past
    participle with its -t, a dropped ending or sound put back (töis → töissä). Worked out
    once per word: the same words recur in every answer and accepted answer."""
    out: list[str] = []
    if word not in SPOKEN and word[:3] in _NUMBER_STARTS and (number := spoken_number(word)):
        return (number,)  # "satakakskyt" = satakaksikymmentä (set 12)
    for w in SPOKEN.get(word, _with_clitic(word)).split():
        w = _participle(w)
        # a unit written short is no spoken word ("10 pros" is not "prossa")
        out.extend((sounds_restored(w) if w not in UNITS else w).split())
    return tuple(out)


@lru_cache(maxsize=1)
def _spoken_heads() -> frozenset[str]:
    """How spoken forms begin (hätä of hätästop): only such a word may join the next."""
    return frozenset(k[:i] for k in SPOKEN for i in range(1, len(k)))


def _joined(said: list[str]) -> list[str]:
    """A spoken compound the recogniser split in two is one word: "hätä stop" = hätästop."""
    if len(said) < 2:
        return said
    heads = _spoken_heads()
    if heads.isdisjoint(said):  # the commonest: no word begins a spoken form
        return said
    out: list[str] = []
    for w in said:
        if out and out[-1] in heads and out[-1] + w in SPOKEN and out[-1] not in SPOKEN \
                and w not in SPOKEN:
            out[-1] += w
        else:
            out.append(w)
    return out


def rough_words(text: str) -> list[str]:
    """The words of ``text`` the judge would hear, cheaply: without punctuation and
    hesitations, a number as one word. For lint, which must not load Voikko or the number
    speller for each answer: empty exactly when ``normalise`` is."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = _say_symbols(text)
    return [w for w in _NOT_WORD.sub(" ", _JOINER.sub("", text)).split() if w not in FILLERS]


def _say_symbols(text: str) -> str:
    """"50€" → "50 e": a sign typed for a unit as the unit's short word."""
    return text if _SYMBOL is None else _SYMBOL.sub(lambda m: f" {SYMBOLS[m.group(0)]} ", text)


# -- after normalisation: the lexicon's units, short words and phrases ----------------------


_Phrases = tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]


@lru_cache(maxsize=1)
def _phrase_index() -> dict[str, dict[str | None, _Phrases]]:
    """(said, standard) word sequences by their first word, then by their second (None:
    the one-word phrases, which any next word may follow), longest first, normalised as
    answers are."""
    pairs = {}
    for group in lexicon.get().phrases:
        standard = tuple(normalise(group[0]).split())
        pairs[standard] = standard  # said as it stands: "hyvää huomenta" stays
        for member in group[1:]:
            said = tuple(normalise(member).split())
            if said and said != standard:
                pairs[said] = standard
    index: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for said, standard in sorted(pairs.items(), key=lambda p: -len(p[0])):
        index.setdefault(said[0], []).append((said, standard))
    out: dict[str, dict[str | None, _Phrases]] = {}
    for first, found in index.items():
        seconds = {said[1] for said, _ in found if len(said) > 1}
        out[first] = {second: tuple(p for p in found if len(p[0]) == 1 or p[0][1] == second)
                      for second in (*seconds, None)}
    return out


def _by_a_number(words: list[str], at: int) -> bool:
    """A number or a date's ordinal next to ``words[at]`` (normalised: "klo" is gone): not
    the word alone, which an open question would take as an answer ("to")."""
    return any(0 <= j < len(words) and (NUMBER_WORD.match(words[j]) is not None
                                        or words[j] in day_ordinals())
               for j in (at - 1, at + 1))


# a unit after a number: "12.50 euroa" is a price, no time
UNIT_WORDS = UNITS | frozenset(SYMBOLS) | {w for forms in lexicon.get().units.values()
                                            for w in forms}
_CLOCK_HOUR = re.compile(rf"\b(?:{'|'.join(sorted(CLOCK_WORDS))})\.?\s+(\d{{1,2}}|[^\W\d_]+)")


@lru_cache(maxsize=sizes.STEPS)
def clock_hours(written: str) -> frozenset[str]:
    """The hours, in words, of the times a model as written names: the number right after
    "kello" or "klo" ("Kello neljätoista kolmekymmentä.", "klo 8"), and the hour of an
    hh.mm time no unit follows ("Bussi lähtee 14.30."; not "12.50 euroa", a price)."""
    text = written.casefold()
    hours = {w for m in _CLOCK_HOUR.finditer(text) for w in normalise(m.group(1)).split()[:1]}
    for m in _TIME.finditer(text):
        if not unit_follows(text, m.end()):
            hours.add(digits_in_words(str(int(m.group(1)))))
    return frozenset(hours)


def unit_follows(text: str, end: int) -> bool:
    """Whether the word after ``end`` in ``text`` is a unit: a number before it is an
    amount, no time ("12.50 euroa", "1100 euroa")."""
    after = text[end:].split()[:1]
    return bool(after) and after[0].strip(".,!?;:").casefold() in UNIT_WORDS


def _paljonko_counted(words: list[str]) -> list[str]:
    """"paljonko" before a plural partitive asks how many ("paljonko laatikoita
    tarvitaan": montako); elsewhere how much ("paljonko se maksaa": kuinka paljon)."""
    return ["montako" if w == "paljonko" and i + 1 < len(words)
            and ("osanto", "plural") in finnish.case_numbers(words[i + 1]) else w
            for i, w in enumerate(words)]


def weekday_alone(words: list[str], vocabulary: tuple[str, ...]) -> list[str]:
    """A weekday written short said alone ("la"): that day only where an accepted answer
    names it (a roster's day); elsewhere no answer ("to" to an open question)."""
    if len(words) == 1 and words[0] in _DAYS_SHORT:
        day = lexicon.get().short[words[0]]
        if any(finnish.same_lemma(day, w) for w in vocabulary):
            return [day]
    return words


@lru_cache(maxsize=sizes.ANSWERS)
def canonical(text: str, phrases: bool = True) -> str:
    """A normalised answer with units and short words said in full and each phrase in its
    standard words: "kolmekymmentä min" → "kolmekymmentä minuuttia", "autatko minua" →
    "voitko auttaa minua" (with ``phrases`` false, the phrases as said)."""
    lex = lexicon.get()
    written = text.split()
    words: list[str] = written  # the commonest: every word said in full (no pass needed)
    if not _WRITTEN_SHORT.isdisjoint(written):
        words = []
        for i, w in enumerate(written):
            # a word said in full; a weekday's letters away from a date or time
            if w not in _WRITTEN_SHORT or (w in _DAYS_SHORT and not _by_a_number(written, i)):
                words.append(w)
            elif w in lex.units and words and NUMBER_WORD.match(words[-1]):
                words.append(lex.units[w][0 if words[-1] == "yksi" else 1])
            elif w in lex.units and len(w) > 1:  # "montako kpl": as after a count
                words.append(lex.units[w][1])
            elif w in lex.short:
                words.extend(lex.short[w].split())
            else:
                words.append(w)
    if "paljonko" in words:
        words = _paljonko_counted(words)
    # hours said in a case: in the lexicon's stage, so that a slip of the trainer's own
    # word is still a slip ("yhdeltatoista" for "yhdeltätoista": the dots)
    if "aikaan" in words:
        words = _about_hour(words)
    if not _HOUR_ABLATIVES.keys().isdisjoint(words):
        words = _at_hour(words)
    index = _phrase_index()
    if not phrases or index.keys().isdisjoint(words):
        return " ".join(words)
    out: list[str] = []
    words = list(words)
    i = again = 0
    while i < len(words):
        by_next = index.get(words[i])
        # only the phrases that go on with the next word (or end here), in their order
        found = () if by_next is None else \
            by_next.get(words[i + 1] if i + 1 < len(words) else None) or by_next[None]
        for said, standard in found:
            if tuple(words[i:i + len(said)]) == said:
                if said != standard and again < _AGAIN:
                    # read again from its standard: a phrase may begin with it ("kuinka
                    # voin auttaa": kuinka is miten, and "miten voin auttaa" a phrase)
                    words[i:i + len(said)] = standard
                    again += 1
                    break
                out.extend(standard)
                i += len(said)
                again = 0
                break
        else:
            out.append(words[i])
            i += 1
            again = 0
    return " ".join(out)


_AGAIN = 2  # a phrase's standard read again as the start of a longer one, at most so often


SPOKEN_PARTICIPLE = ("nu", "ny", "lu", "ly", "ru", "ry", "su", "sy")


def _participle(word: str) -> str:
    """Speech drops the -t of a past participle: ymmärtäny = ymmärtänyt, ollu = ollut."""
    if len(word) < 4 or not word.endswith(SPOKEN_PARTICIPLE):
        return word
    if finnish.is_word(word) is False and finnish.is_participle(word + "t"):
        return word + "t"
    return word


# Speech drops a final vowel (töis = töissä, jaloil = jaloilla, anteeks = anteeksi,
# viistoist = viisitoista), says -ks for the question's -ko (onks, voiks) and -ee- for -eä-
# (kipeenä), and drops the -i of a past (tippu = tippui): (spoken ending, what it stands
# for), tried in order, kept only where the result is a word Voikko knows and the spoken
# form is not.
_DROPPED = (("ks", "ko"), ("ks", "kö"), ("ks", "ksi"), ("st", "sta"), ("st", "stä"),
            ("lt", "lta"), ("lt", "ltä"), ("il", "illa"), ("il", "illä"), ("l", "lla"),
            ("l", "llä"), ("s", "ssa"), ("s", "ssä"), ("tsä", "tko sinä"),
            ("tsä", "tkö sinä"), ("ksä", "ko sinä"), ("ksä", "kö sinä"),
            ("u", "ui"), ("y", "yi"),  # a past without its -i: tippu, kaatu
            ("s", "si"),  # … and after s, where that makes a verb: putos (not kiitoos)
            # the -n after a long vowel: jälkee, kokoushuoneesee, mennää (not -ii, -uu,
            # -yy, -oo, which also stand for -ia, -ua, -yä, -oa: kahvii, en tajuu)
            ("ee", "een"), ("aa", "aan"), ("ää", "ään"),
            # a plural partitive's -ja after a vowel said -i (set 49: suojalasei, hanskoi)
            ("ei", "eja"), ("ei", "ejä"), ("oi", "oja"), ("ui", "uja"), ("yi", "yjä"),
            ("öi", "öjä"))
# (not the -maan form's -ma- dropped, "auttaan": read word by word it takes typos of a
# long vowel too, "peseen" for pesen, "alkaan" for alkaa)

_SPOKEN_ENDS = tuple({said for said, _ in _DROPPED})
_LONG_N = frozenset({"een", "aan", "ään"})
_PARTITIVE_JA = frozenset({"eja", "ejä", "oja", "uja", "yjä", "öjä"})


def _partitive_ita(word: str, meant: str) -> bool:
    """``word`` said for a partitive in -ja is one whose partitive is -ita ("mutterei":
    muttereita, not the rarer muttereja; set 25's trainers: a slip)."""
    return finnish.is_word(word + ("ta" if meant.endswith("a") else "tä")) is True


def _only_possessive(word: str) -> bool:
    """Every reading of ``word`` has a possessive suffix: "kanssaan" (with him) is no
    dropped -n of "kanssaa", which is "kanssa" with its vowel long (set 8)."""
    found = finnish.analyses(word)
    return bool(found) and all(a.get("POSSESSIVE") for a in found)
# Sounds speech changes inside a word: -ee- and -oo- for -eä-, -ea-, -oa- (kipeenä,
# siivoot), -ot- for -oit- in a verb (ilmotan, kirjotan; not a noun's, "varotuskyltti":
# sets 47, 113, 114, both trainers almost), a passive without its d (nähään, tehään)
# the numerals' spoken stems (seittemältä, kaheksan, yheksältä), an adjective's -ainen
# without its i (punaseen) and a conditional's -isiko said -isko: (spoken, standard), the
# first that makes a word is kept.
_SOUNDS = (("ee", "eä"), ("ee", "ea"), ("oo", "oa"), ("ot", "oit"), ("hää", "hdää"),
           ("haa", "hdaa"), ("seittem", "seitsem"), ("kaheks", "kahdeks"), ("yheks", "yhdeks"),
           ("kahe", "kahde"), ("yhe", "yhde"), ("kuue", "kuude"),  # kahen, yhentoista, kuuelta
           ("uu", "ua"), ("yy", "yä"),  # en tajuu = en tajua
           # an adjective's -ainen said -anen (set 10): punanen, punaseen, keltasta; not in
           # a name ("virtanen" is no "virtainen")
           ("anen", "ainen"), ("änen", "äinen"), ("as", "ais"), ("äs", "äis"),
           # … and -einen, -oinen said -enen, -onen (set 35: viimesen käyttöpäivän,
           # semmosen), only in an -inen word past its first syllable (no "tosen": toisen)
           ("enen", "einen"), ("onen", "oinen"), ("önen", "öinen"), ("es", "eis"),
           ("os", "ois"), ("ös", "öis"),
           # a conditional's question without its second i (set 32): maistuisko, voisko
           ("isko", "isiko"), ("iskö", "isikö"),
           # a glide j said between a diphthong's i and a vowel, or for its d (set 49:
           # reijän, meijän); not after a lone i ("lijan" is no lian)
           ("eij", "eid"), ("eij", "ei"), ("aij", "ai"), ("oij", "oi"), ("uij", "ui"),
           ("äij", "äi"), ("öij", "öi"), ("yij", "yi"))
_AINEN = frozenset({"anen", "änen", "as", "äs"})
_EINEN = frozenset({"enen", "onen", "önen", "es", "os", "ös"})
# any spoken sound of _SOUNDS in a word: one search, not one per sound
_SOUND_SAID = re.compile("|".join(sorted({re.escape(said) for said, _ in _SOUNDS})))


def said_as(word: str) -> Iterator[str]:
    """The spoken forms ``sounds_restored`` reads as ``word``: "satuu" for "satua", which a
    learner may have meant as a slip of another word ("sattuu"; set 14)."""
    for spoken, standard in _SOUNDS:
        at = word.find(standard)
        while at >= 0:
            said = word[:at] + spoken + word[at + len(standard):]
            if said != word and sounds_restored(said) == word:
                yield said
            at = word.find(standard, at + 1)


@lru_cache(maxsize=8192)
def sounds_restored(word: str) -> str:
    if len(word) < 3 or word in SPOKEN or not word.isalpha() or not (
            word.endswith(_SPOKEN_ENDS) or _SOUND_SAID.search(word)):
        return word
    if finnish.is_word(word) is not False:
        return word
    if word.endswith("s") and any(a.get("TENSE") == "past_imperfective"
                                  for a in finnish.analyses(word + "i")):
        return word + "i"  # a past first: "törmäs" is törmäsi, not törmässä (in a bank)
    if word.endswith("ks") and _translative(word + "i") and \
            _VERBS.isdisjoint(finnish.word_classes(word[:-2])):
        # "juotavaks" is juotavaksi, not the question "juotavako" (set 12); a verb's -ks
        # asks (voiks: voiko, not the butter's voiksi)
        return word + "i"
    for said, meant in _DROPPED:
        if word.endswith(said):
            full = word[: -len(said)] + meant
            head = full.split()[0]
            head = SPOKEN.get(head, head)
            # (a place's name too, which Voikko knows capitalised: "vantaal", set 15)
            if (finnish.is_word(head) or (meant in _PLACE_ENDS and _a_name(head))) and (
                    meant != "si" or finnish.is_verb(head)) and \
                    not (meant in _LONG_N and _only_possessive(head)) and \
                    not (meant in _PARTITIVE_JA and _partitive_ita(word, meant)):
                return " ".join([head, *full.split()[1:]])
    for said, meant in _SOUNDS:
        if said in word and not word.endswith(FINAL_LEFT) and \
                finnish.is_word(full := word.replace(said, meant, 1)) and not (
                said in _AINEN and (finnish.NAME_CLASSES & finnish.word_classes(word) or
                                    (len(said) == 2 and _a_short_vowel(word, said)))) and \
                (said not in _EINEN or (_an_inen_word(full) and not _a_short_vowel(word, said))) \
                and (said != "ot" or finnish.is_verb(full)):
            return full
    return word


def _an_inen_word(word: str) -> bool:
    """``word`` is a form of an -inen word whose diphthong before -inen is past its first
    syllable ("viimeisen", "semmoisen"): speech drops that i ("viimesen"), never the one of a
    first syllable ("toisen" is no "tosen")."""
    return any(base.endswith("inen") and any(v in base[:-5] for v in "aeiouyäö")
               for base in finnish.base_forms(word))


def _a_short_vowel(word: str, said: str) -> bool:
    """``word``'s ``said`` (-as-, -äs-, -es-…) is a long vowel said short, its vowel doubled a
    word: "pästä" is a short "päästä", no "päistä" (-äinen's -äis-), which the judge is there
    to tell (issue 12, judge46); "koneseen" a short "koneeseen", no "koneiseen" (set 35)."""
    at = word.find(said)
    return bool(finnish.is_word(word[:at] + said[0] + word[at:]))


# a place's case with its vowel dropped, as speech says it of a name too ("vantaal")
_PLACE_ENDS = frozenset({"sta", "stä", "lta", "ltä", "lla", "llä", "ssa", "ssä"})


def _a_name(word: str) -> bool:
    """``word``, lowercase as a recogniser writes it, is a name's form ("vantaalla")."""
    return bool(finnish.is_word(word.capitalize())) and all(
        a.get("CLASS") in finnish.NAME_CLASSES for a in finnish.analyses(word))


# A final -oo is a partitive's -oa (pulloo) or an illative with its -n dropped (laatikkoo):
# only the accepted answers can tell (step_words.long_vowel_said).
FINAL_LEFT = ("oo",)


_VERBS = frozenset({"teonsana", "kieltosana"})


def _translative(word: str) -> bool:
    return any(a.get("SIJAMUOTO") == "tulento" for a in finnish.analyses(word))


# "kahden aikaan" (about two o'clock) names the hour as "kello kaksi" does.
_HOUR_GENITIVES = dict(zip(
    ("yhden", "kahden", "kolmen", "neljän", "viiden", "kuuden", "seitsemän", "kahdeksan",
     "yhdeksän", "kymmenen", "yhdentoista", "kahdentoista"), HOURS, strict=True))


# "kahdelta" (at two) names the hour as "kello kaksi" does; not before another word in
# -lta ("kuudelta asiakkaalta": from six customers).
_HOUR_ABLATIVES = {a: n for a, n in zip(
    ("yhdeltä", "kahdelta", "kolmelta", "neljältä", "viideltä", "kuudelta", "seitsemältä",
     "kahdeksalta", "yhdeksältä", "kymmeneltä", "yhdeltätoista", "kahdeltatoista",
     "kolmeltatoista", "neljältätoista", "viideltätoista", "kuudeltatoista",
     "seitsemältätoista", "kahdeksaltatoista", "yhdeksältätoista", "kahdeltakymmeneltä"),
    (*HOURS, "kolmetoista", "neljätoista", "viisitoista", "kuusitoista", "seitsemäntoista",
     "kahdeksantoista", "yhdeksäntoista", "kaksikymmentä"), strict=True)}
_HOUR_ABLATIVES["kympiltä"] = "kymmenen"  # as said at work (lexicon: kymppi)


def _at_hour(words: list[str]) -> list[str]:
    """kahdelta → kaksi, as "kello kaksi" reads once its clock word is dropped."""
    out: list[str] = []
    for i, w in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        if w in _HOUR_ABLATIVES and not after.endswith(("lta", "ltä")):
            out.append(_HOUR_ABLATIVES[w])
        else:
            out.append(w)
    return out


def _about_hour(words: list[str]) -> list[str]:
    """kahden aikaan → kaksi (as "kello kaksi" reads); "aikaan" after anything else
    stays."""
    out: list[str] = []
    for w in words:
        if w == "aikaan" and out and out[-1] in _HOUR_GENITIVES:
            out[-1:] = [_HOUR_GENITIVES[out[-1]]]
        else:
            out.append(w)
    return out


def _dot_decimal(m: re.Match[str]) -> str:
    if _CLOCK_BEFORE.search(m.string, 0, m.start()):  # "klo 7.3" is no decimal either
        return m.group(0)
    return f" {digits_in_words(m.group(1))} pilkku {digits_in_words(m.group(2))} "


def _half_hours(words: list[str]) -> list[str]:
    """puoli kahdeksan → seitsemän kolmekymmentä, as 7.30 reads; so does "puoli
    kahdeksalta" (at half past seven), as "kahdeksalta" reads "kahdeksan"."""
    out: list[str] = []
    i = 0
    while i < len(words):
        hour = _HOUR_ABLATIVES.get(words[i + 1], "") if i + 1 < len(words) else ""
        hour = words[i + 1] if i + 1 < len(words) and words[i + 1] in HOURS else hour
        if words[i] == "puoli" and hour in HOURS:
            out += [HOURS[HOURS.index(hour) - 1], "kolmekymmentä"]
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


def _hh_mm(m: re.Match[str]) -> str:
    return _time_words(int(m.group(1)), int(m.group(2)))


def _time_words(hours: int, minutes: int) -> str:
    spoken = digits_in_words(str(hours))
    return f" {spoken} {digits_in_words(str(minutes))} " if minutes else f" {spoken} "


def _date(m: re.Match[str]) -> str:
    """"20.12." → "kahdeskymmenes kahdestoista" (a clock time "klo 10.12." stays one)."""
    day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
    if not (1 <= day <= 31 and 1 <= month <= 12) or \
            _CLOCK_BEFORE.search(m.string, 0, m.start()):
        return m.group(0)
    said = f" {ordinal(day)} {month_ordinal(month)} "
    return said + f"{digits_in_words(year)} " if year else said


def _months(words: list[str]) -> list[str]:
    """kahdeskymmenes joulukuuta → kahdeskymmenes kahdettatoista, as 20.12. reads; joulukuun
    kahdeskymmenes likewise, day first. A month named alone ("joulukuuta") stays a word."""
    days = day_ordinals()
    out: list[str] = []
    dated = -1  # where a month before its day was read as the date
    for i, w in enumerate(words):
        if w in MONTHS and i and words[i - 1] in days:
            out.append(month_ordinal(MONTHS[w]))
        elif out and out[-1] in _MONTHS_BEFORE and w in days and date_ends(words, i + 1):
            out[-1:] = [w, month_ordinal(_MONTHS_BEFORE[out[-1]])]
            dated = i
        elif w in DAY_WORDS and dated == i - 1:
            continue  # "joulukuun kolmas päivä": the date said, its "päivä" with it
        else:
            out.append(w)
    return out


def _ordinal(m: re.Match[str]) -> str:
    """"3. kerroksessa": an ordinal before the word it counts (not a sentence's end before
    "kiitos")."""
    if m.group(2) in _NOT_COUNTED:
        return f"{m.group(1)} {m.group(2)}"
    return f" {ordinal(int(m.group(1)))} {m.group(2)}"


_NOT_COUNTED = lexicon.get().polite | lexicon.get().frame | lexicon.get().greetings


@lru_cache(maxsize=1024)
def digits_in_words(digits: str) -> str:
    if len(digits) > 1 and digits.startswith("0"):  # "07" or a PIN: read digit by digit
        return " ".join(cardinal(int(d)) for d in digits)
    return cardinal(int(digits)).replace(" ", "")  # one number, one word: "tuhatyksi"
