"""The learner's words put in the step's own before any rule: a synonym, a request, a past or a
noun said as another accepted answer says it; a unit or digit written short.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from valkky.judge import finnish, lexicon, sizes
from valkky.judge.accepted import same_words
from valkky.judge.normalise import FINAL_LEFT
from valkky.judge.number_words import cardinal, is_number
from valkky.judge.wordsets import FRAME_WORDS, NEGATIONS, THING_PRONOUNS

_UNIT_WRITTEN = re.compile(r"\d|\b(?:" + "|".join(sorted(map(re.escape, lexicon.get().units),
                                                         key=len, reverse=True)) + r")\b",
                          re.IGNORECASE)


# A unit is a whole word (\b on both sides) of at most this many letters: only a word so
# short is matched against the units (one search over the answer cost more than the rest
# of this check; every answer is checked).
_UNIT_LETTERS = max(map(len, lexicon.get().units), default=0)
_UNIT_WORD = re.compile("|".join(map(re.escape, lexicon.get().units)) or "(?!)", re.IGNORECASE)
_WORD_RUN = re.compile(r"\w+")


def written_short(answer: str) -> bool:
    """A digit or a unit written short in the answer as typed: words without a case."""
    for run in _WORD_RUN.findall(answer):
        if not run.isalpha():  # a digit (or another \w that is no letter): the whole search
            return _UNIT_WRITTEN.search(answer) is not None
        if len(run) <= _UNIT_LETTERS and _UNIT_WORD.fullmatch(run):
            return True
    return False


def synonym_of_another(words: list[str], vocabulary: Sequence[str],
                       accepted: Sequence[tuple[str, str]]) -> list[str] | None:
    """The answer with a synonym said in one accepted answer's words put in another's,
    where that makes it that answer: "pomolle" is "esimiehelle" although "soitan pomolle"
    is accepted too (so "pomolle" is no word the lexicon would replace)."""
    grouped: tuple[str, ...] | None = None  # the accepted words that may be in a group
    for i, w in enumerate(words):
        if w not in vocabulary:
            continue
        if grouped is None:  # (found once, without Voikko: most steps have none or one)
            grouped = lexicon.step_candidates(tuple(vocabulary))[1]
        # a synonym needs another accepted word in a group: only then is w analysed
        if not any(e != w for e in grouped) or not lexicon.forms(w):
            continue
        for e in grouped:  # in a fixed order: the same choice every run
            if e != w and lexicon.equivalent(e, w) == "same":
                alt = [*words[:i], e, *words[i + 1:]]
                if any(same_words(alt, n) for _, n in accepted):
                    return alt
    return None


@lru_cache(maxsize=sizes.STEPS)
def step_pairs(accepted: tuple[tuple[str, str], ...]) -> dict[str, frozenset[str]]:
    """Nouns a step's accepted answers say for one another: two answers the same but for
    one noun ("kerron hoitajalle", "kerron sairaanhoitajalle") make them one in its other
    answers; by base form."""
    said = {tuple(n.split()) for _, n in accepted}
    pairs: dict[str, set[str]] = {}
    for a in said:
        for b in said:
            if a >= b or len(a) != len(b):
                continue
            differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
            if len(differ) != 1:
                continue
            x, y = differ[0]
            # the same slot in the same form: "hoitajalle", "sairaanhoitajalle"; not
            # "laimennan pesuaineen" beside "laimennan vedellä"
            # … or a noun and the pronoun said for it: "hänellä on kuumetta" beside
            # "asukkaalla on kuumetta" (set 8)
            if not (_noun_or_he(x) and _noun_or_he(y)) or \
                    not ("nimisana" in finnish.word_classes(x)
                         or "nimisana" in finnish.word_classes(y)) or \
                    finnish.same_lemma(x, y) or \
                    not finnish.case_numbers(x) & finnish.case_numbers(y):
                continue
            for p in finnish.base_forms(x):
                pairs.setdefault(p, set()).update(finnish.base_forms(y))
            for p in finnish.base_forms(y):
                pairs.setdefault(p, set()).update(finnish.base_forms(x))
    return {k: frozenset(v) for k, v in pairs.items()}


_HE = frozenset({"hän", "he"})


def _noun_or_he(word: str) -> bool:
    return "nimisana" in finnish.word_classes(word) or bool(finnish.base_forms(word) & _HE)


def split_compound(words: list[str], vocabulary: Sequence[str]) -> list[str]:
    """Two words that make an accepted answer's word when joined are that word, as a
    recogniser or a learner splits a compound: "puolilta päivin" = "puoliltapäivin", "sata
    kaksikymmentä" = "satakaksikymmentä" (set 7), "hätäseis painike" where the step says
    "hätäseis" alone too (set 141); not where the step says each of them."""
    if len(words) < 2:
        return words
    out: list[str] = []
    i = 0
    while i < len(words):
        if i + 1 < len(words) and (joined := words[i] + words[i + 1]) in vocabulary and \
                (words[i] not in vocabulary or words[i + 1] not in vocabulary):
            out.append(joined)
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


def compound_said_apart(words: list[str], vocabulary: Sequence[str]) -> list[str]:
    """A compound made of two nouns an accepted answer says apart is those two words: its
    head as said, its front in the answer's form ("kaksi maitolaatikkoa" for "kaksi
    laatikkoa maitoa", set 8; "maitolaatikot", set 12, is then "laatikot maitoa", a start
    without the count). Only where the step does not say the compound itself."""
    out: list[str] = []
    changed = False
    for w in words:
        # (a number is no compound of nouns: "kuusikymmentäyksi" is another value)
        split = None if w in vocabulary or len(w) < 8 or is_number(w) or \
            _a_form_of_theirs(w, vocabulary) else _apart(w, vocabulary)
        changed |= split is not None
        out.extend(split or (w,))
    return out if changed else words


def _a_form_of_theirs(word: str, vocabulary: Sequence[str]) -> bool:
    """``word`` is a form of a word the step says in its base form ("ruokatauolla" of
    "ruokatauko": the compound itself, in another case; set 113, both trainers almost)."""
    return not finnish.base_forms(word).isdisjoint(vocabulary)


def _apart(word: str, vocabulary: Sequence[str]) -> tuple[str, str] | None:
    """``word`` as (its head as said, the accepted word its front names), or None."""
    for front_word in vocabulary:
        # (the front begins as the accepted word: most words are not asked about)
        if word[:2] != front_word[:2] or \
                "nimisana" not in finnish.word_classes(front_word):
            continue
        for front in finnish.base_forms(front_word):
            head = word[len(front):]
            if len(front) < 3 or not word.startswith(front) or len(head) < 3:
                continue
            if any(h != front_word and finnish.same_lemma(head, h)
                   and not finnish.base_forms(h) & finnish.base_forms(front_word)
                   for h in vocabulary):
                return head, front_word
    return None


def past_without_its_i(words: list[str], vocabulary: Sequence[str]) -> list[str]:
    """A past said without its -i where that leaves another word ("ajo", "loppu") is the
    accepted answer's past: "trukki ajo hyllyyn" for "trukki ajoi hyllyyn" (set 6), and as
    speech says the plural too, "ruuvit loppu" for "ruuvit loppuivat" (set 9). Also where
    the step says the word itself, when the answer has no other verb ("akku on loppu" is a
    state; "akku loppu" beside it, for "akku loppui", is the past)."""
    out = list(words)
    for i, w in enumerate(words):
        if w.endswith(("o", "ö", "u", "y")) and _past_said(past := w + "i", vocabulary) and \
                (w not in vocabulary or _verbless(words, i)) and \
                finnish.is_verb(past):
            out[i] = past
    return out


# a possessor said as speech says it, before its noun, and the suffix the noun then takes
_POSSESSORS = {"minun": "ni", "sinun": "si", "teidän": "nne"}


def possessor_said(words: list[str], vocabulary: Sequence[str]) -> list[str]:
    """"mun" ("sun", "teidän") before a noun says whose it is as speech says it, without the
    noun's suffix: "mun nimi" is the step's "minun nimeni", and "soitan mun esimiehelle" its
    "soitan esimiehelle", the boss being the learner's own (set 12). The noun in the accepted
    answer's form with its suffix, or as said without the possessor the step does not say."""
    if _POSSESSORS.keys().isdisjoint(words[:-1]):
        return words
    out: list[str] = []
    for w in words:
        if out and out[-1] in _POSSESSORS and w not in vocabulary and (owned := next(
                (a for a in vocabulary if a.endswith(_POSSESSORS[out[-1]])
                 and finnish.possessive_of(w, a)), None)) is not None:
            w = owned  # "minun nimi" for "minun nimeni"
        if out and out[-1] == "minun" and out[-1] not in vocabulary and \
                w in vocabulary and "nimisana" in finnish.word_classes(w):
            out.pop()  # "mun esimiehelle" for "esimiehelle" (not "your" boss)
        elif out and out[-1] == "teidän" and out[-1] not in vocabulary and \
                w in vocabulary and _a_thing(w):
            out.pop()  # "tässä on teidän tossut" for "tässä on tossut": the listener's own
            # thing, said as speech says it (set 36, both trainers correct)
        out.append(w)
    return out


def _a_thing(word: str) -> bool:
    """A noun said as a thing is (the nominative or the partitive), not whom a deed is for
    ("teidän esimiehelle" is another's boss)."""
    return finnish.every_reading(word, lambda a: a.get("CLASS") == "nimisana"
                                 and a.get("SIJAMUOTO") in ("nimento", "osanto"))


def digits_as_tens(words: list[str], vocabulary: Sequence[str]) -> list[str]:
    """Two digits said one by one, apart or as one word, where the step says their number
    whole ("kolme ysiysi", "kolme yhdeksän yhdeksän" for "kolme yhdeksänkymmentäyhdeksän": a
    price's cents as Finns say them; set 27, both trainers correct). Only after another
    number (a price, a time), and only the number the step itself says."""
    if _DIGITS.keys().isdisjoint(words) and not any(_two_digits(w) for w in words):
        return words  # (the commonest case)
    out: list[str] = []
    i = 0
    while i < len(words):
        glued = _two_digits(words[i])
        pair = glued or (words[i:i + 2] if words[i] in _DIGITS and i + 1 < len(words)
                         and words[i + 1] in _DIGITS else None)
        whole = cardinal(10 * _DIGITS[pair[0]] + _DIGITS[pair[1]]) \
            if pair and _DIGITS[pair[0]] else None
        if whole and whole in vocabulary and out and is_number(out[-1]):
            out.append(whole)
            i += 1 if glued else 2
            continue
        out.append(words[i])
        i += 1
    return out


_DIGITS = {w: n for n, w in enumerate(("nolla", "yksi", "kaksi", "kolme", "neljä", "viisi",
                                        "kuusi", "seitsemän", "kahdeksan", "yhdeksän"))}


_DIGIT_FRONTS = frozenset(w[:3] for w in _DIGITS)  # how a digit word begins ("yhd", "kah")


def _two_digits(word: str) -> tuple[str, str] | None:
    """A word that is two digit words glued ("yhdeksänyhdeksän", as "ysiysi" is read)."""
    if word[:3] not in _DIGIT_FRONTS:
        return None  # (the commonest: no digit word in front, none of ten tried)
    for first in _DIGITS:
        if word.startswith(first) and word[len(first):] in _DIGITS:
            return first, word[len(first):]
    return None


_ONE = frozenset({"yksi", "yks"})


def one_as_article(words: list[str], compiled: tuple[tuple[str, str], ...],
                   mistakes: Sequence[str]) -> list[str]:
    """"yksi" ("yks") before a noun, where the step counts nothing: speech's "a" ("yks
    asiakas kaatu märällä lattialla" is "asiakas kaatui…"; set 36, both trainers correct).
    Not where an accepted answer says a number, unless it is "yksi" and the same answer
    without it is accepted too, nor where a mistake says a number but one ("yksi laatikko
    puuttuu" alone, "kaksi laatikkoa on rikki" foreseen: a count)."""
    at = next((i for i, w in enumerate(words[:-1]) if w == "yksi"), None)
    if at is None or words[at + 1] in FRAME_WORDS or not finnish.every_reading(
            words[at + 1], lambda a: a.get("CLASS") == "nimisana"
            and a.get("SIJAMUOTO") == "nimento" and a.get("NUMBER") == "singular") or \
            any(is_number(w) and w not in _ONE for m in mistakes for w in m.casefold().split()):
        return words  # ("yks kiitos" thanks; a count foreseen)
    said = {n for _, n in compiled}
    for n in said:
        theirs = n.split()
        if any(is_number(w) and w != "yksi" for w in theirs) or ("yksi" in theirs and " ".join(
                w for w in theirs if w != "yksi") not in said):
            return words  # a count ("kaksi laatikkoa", "yksi laatikko puuttuu" alone: review57
            # found "yks milli" passed for "kymmenen milliä"); an accepted "yksi asiakas
            # liukastui" beside "asiakas liukastui" says "a"
    return [*words[:at], *words[at + 1:]]


def long_vowel_said(words: list[str], vocabulary: Sequence[str]) -> list[str]:
    """A final -oo, which the normaliser leaves as said: an illative with its -n dropped
    where an accepted answer says that illative ("laita osat laatikkoo" for "laatikkoon";
    set 12), else a partitive's -oa ("kaks kiloo" is "kaksi kiloa")."""
    if not any(w.endswith(FINAL_LEFT) for w in words):
        return words
    out = []
    for w in words:
        if w.endswith(FINAL_LEFT) and finnish.is_word(w) is False:
            partitive = w[:-1] + "a"
            w = w + "n" if w + "n" in vocabulary else partitive if finnish.is_word(partitive) \
                else w
        out.append(w)
    return out


def because_as_kun(words: list[str], vocabulary: Sequence[str]) -> list[str]:
    """A reason begun with speech's "kun" ("ku"): "koska", where the step's answers give
    their reasons with "koska" and never say "kun" ("ku hanska voi jäädä kiinni …" to
    "Miksi …?"; set 101, both trainers right)."""
    if words[:1] == ["kun"] and "koska" in vocabulary and "kun" not in vocabulary:
        return ["koska", *words[1:]]
    return words


def variant_as_accepted(words: list[str], vocabulary: tuple[str, ...]) -> list[str]:
    """A noun said in the other written shape of an accepted word's very form, which
    Voikko reads alike (base form, case, number): that word ("bakteereita" for
    "bakteereja", "omenoita" for "omenia"; set 96, both trainers right)."""
    if not any(w not in vocabulary and _fronts(vocabulary) & {w[:4]} for w in words):
        return words  # (the commonest: no word begins as a step's word and differs; the
        # step's nouns not read)
    shapes = _noun_shapes(vocabulary)
    if not shapes:
        return words
    out = []
    for w in words:
        if w not in vocabulary and w[:4] in shapes and (forms := _noun_forms(w)) is not None:
            w = shapes[w[:4]].get(forms, w)
        out.append(w)
    return out


@lru_cache(maxsize=sizes.STEPS)
def _fronts(vocabulary: tuple[str, ...]) -> frozenset[str]:
    """The first four letters of the step's words (made once a step)."""
    return frozenset(w[:4] for w in vocabulary)


@lru_cache(maxsize=sizes.STEPS)
def _noun_shapes(vocabulary: tuple[str, ...]) -> dict[str, dict[frozenset[object], str]]:
    """The step's nouns by their first four letters, then by their readings (made once a
    step)."""
    out: dict[str, dict[frozenset[object], str]] = {}
    for w in vocabulary:
        if (forms := _noun_forms(w)) is not None:
            out.setdefault(w[:4], {})[forms] = w
    return out


def _noun_forms(word: str) -> frozenset[object] | None:
    """Each reading of ``word`` as (base form, case, number, possessive); None where any
    is not a noun's (no adjective's degree nor verb's form is read here)."""
    readings = finnish.analyses(word)
    if not readings or any(a.get("CLASS") != "nimisana" for a in readings):
        return None
    return frozenset((a.get("BASEFORM", ""), a.get("SIJAMUOTO", ""), a.get("NUMBER", ""),
                      a.get("POSSESSIVE", "")) for a in readings)


def without_as_ton(words: list[str], vocabulary: Sequence[str]) -> list[str]:
    """"ilman" and a thing is the step's adjective of that thing in -ton: "leipä on ilman
    gluteenia" for "leipä on gluteeniton", "ilman maitoa" for "maidoton" (set 9), as a
    learner says what the derivation says. In the step's nominative where it has one."""
    if "ilman" not in words[:-1]:
        return words
    out: list[str] = []
    skip = False
    for i, w in enumerate(words):
        if skip:
            skip = False
            continue
        if w == "ilman" and i + 1 < len(words) and \
                (adjective := ton_of(words[i + 1], tuple(vocabulary))) is not None:
            out.append(adjective)
            skip = True
        else:
            out.append(w)
    return out


@lru_cache(maxsize=1024)
def ton_of(thing: str, vocabulary: tuple[str, ...]) -> str | None:
    """The step's word in -ton (-tön) made of ``thing``, its nominative first."""
    found = []
    for b in finnish.base_forms(thing):
        stem = b[:max(3, len(b) - 2)]  # maito: maidoton, as gradation makes it
        found += [v for v in vocabulary if v.startswith(stem) and any(
            a.endswith(("ton", "tön")) for a in finnish.base_forms(v))]
    if not found:
        return None
    return next((v for v in found if ("nimento", "singular") in finnish.case_numbers(v)),
                found[0])


def _verbless(words: list[str], at: int) -> bool:
    """No verb but the word at ``at``: "ruuvit loppu" is "ruuvit loppui" (a past), not
    "ruuvit on loppu" without its verb."""
    return not any(finnish.is_verb(w) or w in NEGATIONS
                   for i, w in enumerate(words) if i != at)


def _past_said(past: str, vocabulary: Sequence[str]) -> bool:
    """The past, or its plural, is an accepted answer's word: "ruuvit loppu" for "ruuvit
    loppuivat" is speech's "loppui" (set 6), then the singular said for the plural."""
    return past in vocabulary or (past + "vat") in vocabulary or (past + "vät") in vocabulary


def request_as_voitko(words: list[str], vocabulary: Sequence[str]) -> list[str]:
    """A request as a question of its own verb is the step's "voitko" with that verb:
    "näytätkö miten" = "voitko näyttää miten", "kirjoitatko sen" = "voitko kirjoittaa
    sen" (set 6), where an accepted answer says "voitko" and the verb."""
    if "voitko" not in vocabulary:
        return words
    out: list[str] = []
    for w in words:
        if w.endswith(("tko", "tkö")) and w not in vocabulary and \
                finnish.is_verb(w):
            verb = next((b for b in sorted(finnish.base_forms(w)) if b in vocabulary), None)
            if verb is not None:
                out += ["voitko", verb]
                continue
        out.append(w)
    return out


def asked_as_wish(words: list[str], accepted: tuple[tuple[str, str], ...],
                  vocabulary: Sequence[str]) -> list[str]:
    """A question of the verb itself, to "you", is the step's "haluatte" with that verb, as
    an offer is asked: "mitä te juotte" = "mitä haluatte juoda", "mitä puette tänään" =
    "mitä haluatte pukea tänään" (set 9). Only the second person, where an accepted answer
    asks "haluat(te)" and the verb: "juon kahvia" is no "haluan juoda kahvia"."""
    if not any("halua" in n for _, n in accepted):  # (the commonest: no wish asked)
        return words
    wishes = {(w, v) for _, n in accepted for w, v in pairwise(n.split())
              if w.startswith("halua") and w in _SECOND_PERSON_WISH}
    if not wishes or any(w.startswith("halua") for w in words):
        return words
    out: list[str] = []
    for w in words:
        if w not in vocabulary:
            person = {(a.get("PERSON"), a.get("NUMBER")) for a in finnish.analyses(w)
                      if a.get("CLASS") == "teonsana" and a.get("PERSON") == "2"
                      and a.get("MOOD") == "indicative" and a.get("TENSE") == "present_simple"}
            asked = w.endswith(("ko", "kö"))
            wish = next((h for h, v in sorted(wishes) if v in finnish.base_forms(w)
                         and (_SECOND_PERSON_WISH[h] in person)
                         and h.endswith(("ko", "kö")) == asked), None)
            if wish is not None:
                out += [wish, next(v for h, v in sorted(wishes) if h == wish
                                   and v in finnish.base_forms(w))]
                continue
        out.append(w)
    return out


# "haluta" asked of "you", by person and number
_SECOND_PERSON_WISH = {"haluat": ("2", "singular"), "haluatko": ("2", "singular"),
                       "haluatte": ("2", "plural"), "haluatteko": ("2", "plural")}


def step_synonym(words: list[str], accepted: tuple[tuple[str, str], ...],
                 vocabulary: Sequence[str]) -> list[str]:
    """A noun the step takes for another, put in the form of an accepted answer's word:
    "haen sairaanhoitajan" is "haen hoitajan" where "kerron sairaanhoitajalle" and "kerron
    hoitajalle" are both accepted (set 6)."""
    pairs = step_pairs(accepted)
    if not pairs:
        return words
    out = list(words)
    for i, w in enumerate(words):
        if w in THING_PRONOUNS:
            _it_for_the_pair(out, i, pairs, accepted, vocabulary)
            continue
        if w in vocabulary:
            _pair_said_in_another(out, i, pairs, accepted, vocabulary)
            continue
        others = {o for b in finnish.base_forms(w) for o in pairs.get(b, ())}
        form = finnish.case_numbers(w)
        if not others or not form:
            continue
        for v in vocabulary:
            if finnish.base_forms(v) & others and finnish.case_numbers(v) == form:
                out[i] = v
                break
    return out


def _pair_said_in_another(out: list[str], i: int, pairs: dict[str, frozenset[str]],
                          accepted: tuple[tuple[str, str], ...],
                          vocabulary: Sequence[str]) -> None:
    """A word of the step's own said in one accepted answer, put as its pair in another
    where that makes that answer: "hänellä on 39 astetta kuumetta" is "asukkaalla on
    kolmekymmentäyhdeksän astetta kuumetta" where "hänellä on kuumetta" and "asukkaalla on
    kuumetta" are both accepted (set 8)."""
    w = out[i]
    others = {o for b in finnish.base_forms(w) for o in pairs.get(b, ())}
    if not others or len(out) < 2:  # a word alone is the answer said, not one put for it
        return
    form = finnish.case_numbers(w)
    for v in vocabulary:
        if v != w and finnish.base_forms(v) & others and finnish.case_numbers(v) == form:
            alt = [*out[:i], v, *out[i + 1:]]
            if any(same_words(alt, n) for _, n in accepted):
                out[i] = v
                return


def _it_for_the_pair(out: list[str], i: int, pairs: dict[str, frozenset[str]],
                     accepted: tuple[tuple[str, str], ...], vocabulary: Sequence[str]) -> None:
    """"se" in the slot where the step's accepted answers name one thing or another:
    "milloin se alkaa" where "milloin vuoro alkaa" and "milloin iltavuoro alkaa" are
    accepted names what the step is about (set 8). Only where that makes an accepted
    answer, in the nominative the pronoun is in."""
    for v in vocabulary:
        if not finnish.base_forms(v).isdisjoint(pairs) and \
                ("nimento", "singular") in finnish.case_numbers(v):
            alt = [*out[:i], v, *out[i + 1:]]
            if any(same_words(alt, n) for _, n in accepted):
                out[i] = v
                return


_MISSING = frozenset({"puuttuu", "puuttuvat"})


def none_as_missing(words: list[str], vocabulary: Sequence[str]) -> list[str]:
    """A thing in the partitive and "ei ole" says it is missing, as the step's "puuttuu"
    does: "kaidetta ei ole" = "kaidetta puuttuu", "muttereita ei ole" (set 8); only where the
    step says "puuttuu"."""
    if _MISSING.isdisjoint(vocabulary) or "ei" not in words:
        return words
    for i in range(1, len(words) - 1):
        if words[i] == "ei" and words[i + 1] == "ole" and \
                {("osanto", "singular"), ("osanto", "plural")} & \
                finnish.case_numbers(words[i - 1]) and \
                "nimisana" in finnish.word_classes(words[i - 1]):
            return [*words[:i], "puuttuu", *words[i + 2:]]
    return words


# A postposition of place and the case that says the same: "hyllyn päällä" is "hyllyllä",
# "laatikon sisällä" is "laatikossa" (set 8).
_PLACE_POSTPOSITIONS = {"päällä": ("ulkoolento", "singular"), "sisällä": ("sisaolento", "singular")}


def postposition_as_case(words: list[str], vocabulary: Sequence[str]) -> list[str]:
    """A thing in the genitive and "päällä" ("sisällä") is the accepted answer's word of
    the same thing in the case that says it ("hyllyn päällä" = "hyllyllä"), where an
    accepted answer has that word."""
    if not _PLACE_POSTPOSITIONS.keys() & set(words[1:]):
        return words
    for i in range(len(words) - 1):
        case = _PLACE_POSTPOSITIONS.get(words[i + 1])
        if case is None or ("omanto", "singular") not in finnish.case_numbers(words[i]):
            continue
        for v in vocabulary:
            if case in finnish.case_numbers(v) and finnish.same_lemma(v, words[i]):
                return [*words[:i], v, *words[i + 2:]]
    return words
