"""What Finnish words have in common: base forms (Voikko) and the minimal-pair rules.

Voikko comes from the PyPI package ``libvoikko`` over Debian's ``libvoikko1`` and
``voikko-fi``. Without them the judge still works: base forms fall back to a stem
heuristic, and every word counts as possibly real (so fewer answers are called typos).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from operator import methodcaller
from typing import Any, ClassVar, TypeVar, overload

from valkky.judge import sizes

log = logging.getLogger(__name__)

_UMLAUT = str.maketrans("äöy", "aou")
_VOWELS = "aeiouyäö"
_DOUBLE_VOWEL = re.compile(f"([{_VOWELS}])\\1")
_DOUBLE_CONSONANT = re.compile(f"([^{_VOWELS}\\W\\d])\\1")
# Case and verb endings for the fallback stem rule (longest first).
_ENDINGS = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "na", "nä", "ksi",
            "tta", "ttä", "ta", "tä", "an", "en", "in", "on", "un", "yn", "än", "ön", "n", "a",
            "ä", "t", "mme", "tte", "vat", "vät", "isi", "i")


class _Voikko:
    instance: ClassVar[object | None] = None
    tried: ClassVar[bool] = False


# Opened once: a session's warm-up thread (library_words) and the first answer may both ask
# at once, and an answer must not see "no Voikko" while the other thread is opening it (its
# cached readings would keep the simpler rule's answer for the whole process)
_OPENING = threading.Lock()


def voikko() -> object | None:
    """The shared Voikko instance, or None where Voikko or its Finnish dictionary is absent."""
    if not _Voikko.tried:
        with _OPENING:
            if not _Voikko.tried:
                try:
                    import libvoikko

                    _Voikko.instance = libvoikko.Voikko("fi")
                except Exception as exc:
                    log.warning("Voikko is not available (%s); word forms use a simpler rule",
                                exc)
                _Voikko.tried = True
    return _Voikko.instance


# The attributes of an analysis the judge reads (FSTOUTPUT only for a participle's verb).
_KEYS = tuple((k, k.encode("ascii")) for k in (
    "BASEFORM", "CLASS", "SIJAMUOTO", "NUMBER", "PERSON", "MOOD", "TENSE", "NEGATIVE",
    "PARTICIPLE", "POSSESSIVE"))
_KEY_BYTES = dict(_KEYS)
_FSTOUTPUT = b"FSTOUTPUT"
_WORDBASES = b"WORDBASES"
_STRUCTURE = b"STRUCTURE"
# what _read asks Voikko for each key but FSTOUTPUT (WORDBASES only derived_from asks,
# STRUCTURE only is_word)
_NAMES = {**_KEY_BYTES, "WORDBASES": _WORDBASES, "STRUCTURE": _STRUCTURE}
_T = TypeVar("_T")


class _Analysis:
    """Voikko's analysis of one word in C memory, freed when no reading of it is left."""

    __slots__ = ("found", "free", "value")

    def __init__(self, found: Any, free: Callable[[Any], None], value: Callable[..., Any]
                 ) -> None:
        self.found, self.free, self.value = found, free, value

    def __del__(self) -> None:
        try:  # (not contextlib.suppress: at exit this module's names may be gone)
            self.free(self.found)
        except Exception:  # the library may be unloaded already, at exit
            return


_UNREAD = object()  # a reading's attribute not asked of Voikko yet


class Reading(Mapping[str, str]):
    """One of Voikko's readings of a word, read as a mapping of the attributes in _KEYS
    (and FSTOUTPUT for a participle) that Voikko has a value for. Each attribute is asked
    of Voikko when first read: most words are asked their base form alone, and asking all
    ten at once cost more than the analysis itself."""

    __slots__ = ("_analysis", "_reading", "_values")

    def __init__(self, analysis: _Analysis, reading: Any) -> None:
        self._analysis = analysis  # keeps the analysis in C memory while this is read
        self._reading = reading
        self._values: dict[str, str | None] = {}

    def _value(self, key: str) -> str | None:
        found = self._values.get(key, _UNREAD)  # (no KeyError: most keys are read once)
        if found is not _UNREAD:
            return found  # type: ignore[return-value]
        return self._read(key)

    def _read(self, key: str) -> str | None:
        """``key`` asked of Voikko (not read before), and kept."""
        if key == "FSTOUTPUT":
            name = _FSTOUTPUT if self._value("PARTICIPLE") is not None else None
        else:  # (one look-up for the rest: every word's readings are read so)
            name = _NAMES.get(key)
        found = None if name is None else self._analysis.value(self._reading, name)
        self._values[key] = found
        return found

    @overload
    def get(self, key: str, /) -> str | None: ...
    @overload
    def get(self, key: str, default: str, /) -> str: ...
    @overload
    def get(self, key: str, default: _T, /) -> str | _T: ...

    def get(self, key: str, default: object = None, /) -> object:
        found = self._values.get(key, _UNREAD)  # (_value's look-up, without its call)
        if found is _UNREAD:
            found = self._read(key)
        return default if found is None else found

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        found = self._values.get(key, _UNREAD)  # (_value's look-up, without its call)
        return (self._read(key) if found is _UNREAD else found) is not None

    def __getitem__(self, key: str) -> str:
        found = self._value(key)
        if found is None:
            raise KeyError(key)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter([k for k in (*_KEY_BYTES, "FSTOUTPUT") if self._value(k) is not None])

    def __len__(self) -> int:
        return sum(1 for _ in self)


@lru_cache(maxsize=1)
def _c_api(v: object) -> tuple[Any, Any, Any, Any] | None:
    """Voikko's C functions for an analysis, as libvoikko.analyze uses them (looked up once,
    not for every word): analyse, the handle, free, read a value."""
    lib = getattr(v, "_Voikko__lib", None)
    handle = getattr(v, "_Voikko__handle", None)
    if lib is None or handle is None:  # pragma: no cover - another version
        return None
    return (lib.voikkoAnalyzeWordUcs4, handle, lib.voikko_free_mor_analysis,
            lib.voikko_mor_analysis_value_ucs4)


# A derivation's suffix in Voikko's WORDBASES ("+liukka(liukas)+us(+us)"), and its root
_SUFFIX = re.compile(r"\(\+(\w+)\)")
_ROOT = re.compile(r"\((\w+)\)")


def compound_parts(word: str) -> frozenset[str]:
    """The base forms of the parts of ``word`` where Voikko reads it as a compound, in
    any reading (pankkikortin: pankki, kortti); none for a word of one part."""
    out: set[str] = set()
    for a in analyses(word):
        roots = _ROOT.findall(a.get("WORDBASES") or "")
        if len(roots) >= 2:
            out.update(roots)
    return frozenset(out)


def compound_heads(word: str) -> frozenset[str]:
    """The base form of the last part of ``word`` in each reading Voikko makes a compound
    of (pankkikortin: kortti); none for a word of one part."""
    return frozenset(roots[-1] for a in analyses(word)
                     if len(roots := _ROOT.findall(a.get("WORDBASES") or "")) >= 2)


@lru_cache(maxsize=8192)
def derived_from(word: str) -> frozenset[tuple[str, str]]:
    """(root, suffix) of each reading of ``word`` that Voikko makes of one word and one
    derivational suffix: liukkaus ("liukas", "us"), nosto ("nostaa", "o"); none for a
    compound or a word Voikko holds whole (väsymys)."""
    out = set()
    for a in analyses(word):
        bases = a.get("WORDBASES") or ""
        roots, suffixes = _ROOT.findall(bases), _SUFFIX.findall(bases)
        if len(roots) == 1 and len(suffixes) == 1:
            out.add((roots[0], suffixes[0]))
    return frozenset(out)


@lru_cache(maxsize=8192)
def analyses(word: str) -> tuple[Mapping[str, str], ...]:
    """Voikko's readings of ``word``, asked once (every question below reads these)."""
    v = voikko()
    if v is None:
        return ()
    found = _readings(v, word)
    if not found and (m := _SAME_VOWEL_THRICE.search(word)) is not None:
        # the apostrophe of a syllable break, which the normaliser takes out with the
        # joiners: "vaa'alla" is heard "vaaalla" (set 73, both trainers right)
        at = m.start() + 2
        found = _readings(v, f"{word[:at]}'{word[at:]}")
    return found


_SAME_VOWEL_THRICE = re.compile(r"([aeiouyäö])\1\1")


def _readings(v: object, word: str) -> tuple[Mapping[str, str], ...]:
    """Voikko instance ``v``'s readings of ``word``."""
    api = _c_api(v)
    if api is None or "\0" in word:  # pragma: no cover - another version
        return tuple(v.analyze(word))  # type: ignore[attr-defined]
    analyze, handle, free, value = api
    found = analyze(handle, word)
    if not found:
        return ()
    analysis = _Analysis(found, free, value)
    out = []
    i = 0
    while found[i]:
        out.append(Reading(analysis, found[i]))
        i += 1
    return tuple(out)


@lru_cache(maxsize=8192)
def base_forms(word: str) -> frozenset[str]:
    if voikko() is None:
        return frozenset()
    return _bases(analyses(word))


def _bases(readings: Iterable[Mapping[str, str]]) -> frozenset[str]:
    forms = set()
    for a in readings:
        if (base := a.get("BASEFORM")) is not None:  # (one look-up, not two)
            forms.add(base.casefold())
        if "PARTICIPLE" in a and "[Xp]" in a.get("FSTOUTPUT", ""):
            # a participle's verb: ymmärtänyt is a form of ymmärtää
            forms.add(a["FSTOUTPUT"].rsplit("[Xp]", 1)[1].split("[X]", 1)[0].casefold())
    return frozenset(forms)


def base_forms_of(texts: Iterable[str]) -> set[str]:
    """Every word of ``texts`` in each of its base forms and as said: the words a step's
    answers (or mistakes, keywords) say, in any form."""
    return {b for text in texts for w in text.split() for b in base_forms(w) | {w}}


def base_forms_uncached(words: Iterable[str]) -> set[str]:
    """Every word of ``words`` as said and in each base form, read by a Voikko instance of
    its own and no cache: the lesson library's thousands of words neither push the words of
    answers out of the shared caches nor share a Voikko handle with another thread."""
    out = set(words)
    if voikko() is None:
        return out
    import libvoikko

    own = libvoikko.Voikko("fi")
    try:
        for w in list(out):
            out |= _bases(_readings(own, w))
    finally:
        own.terminate()
    return out


@lru_cache(maxsize=8192)
def is_word(word: str) -> bool | None:
    """True for a real Finnish word, False for not one, None when we cannot tell."""
    v = voikko()
    if v is None:
        return None
    if word.isalpha() and word.islower():
        # Voikko's speller takes a word whose letters' cases one of its readings has: a
        # word in lower case, a reading with no capital in its STRUCTURE (i, j). Answered
        # from the readings the rules ask for anyway, not by a second look-up: the same
        # answer as spell() for each of 60,379 such words (the golden file's, the lessons'
        # and typos made of them; tests/judge/test_spelling_from_readings.py)
        return any(not _CAPITALS.intersection(a.get("STRUCTURE") or "i")
                   for a in analyses(word))
    return bool(v.spell(word))  # type: ignore[attr-defined]


_CAPITALS = frozenset("ij")  # a capital letter in a reading's STRUCTURE (a name's, an acronym's)


@lru_cache(maxsize=8192)
def possessive_of(expected: str, heard: str) -> bool:
    """``heard`` is ``expected``'s word with a possessive suffix: kädet ~ käteni."""
    v = voikko()
    if v is None or expected == heard or not _has_possessive_ending(heard):
        return False
    # only the expected word's own readings count, not one with a possessive already
    # (kuittaan is also kuu + -an: kuitaan is then no possessive of it, but a slip)
    lemmas = {a["BASEFORM"].casefold() for a in analyses(expected)
              if "BASEFORM" in a and not a.get("POSSESSIVE")}
    return any(a.get("POSSESSIVE") and a.get("BASEFORM", "").casefold() in lemmas
               for a in analyses(heard))


_POSSESSIVE_ENDINGS = ("ni", "si", "mme", "nne", "nsa", "nsä")


_CLITICS = ("kaan", "kään", "kin", "han", "hän", "ko", "kö", "pa", "pä", "s")


def _has_possessive_ending(word: str) -> bool:
    """A possessive suffix ends a word (or comes before a clitic: voimmeko) as -ni, -si,
    -mme, -nne, -nsa/-nsä, or a long vowel and -n (talossaan): no other word needs asking
    Voikko."""
    stems = [word] + [word[: -len(c)] for c in _CLITICS if word.endswith(c)] \
        if word.endswith(_CLITICS) else [word]
    return any(w.endswith(_POSSESSIVE_ENDINGS) or (
        len(w) > 3 and w[-1] == "n" and w[-2] == w[-3] and w[-2] in _VOWELS) for w in stems)


NAME_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi", "nimi"})
# an adjective, and a word that is a noun and an adjective alike
ADJECTIVE_CLASSES = frozenset({"laatusana", "nimisana_laatusana"})
# Word classes of a word that may name a state or a manner as well as a thing
NOT_ONLY_A_THING = frozenset({"seikkasana", "laatusana", "nimisana_laatusana"})
# The inner and outer local cases of one direction: a place said "in" or "on" (hyllyyn,
# hyllylle; työpisteessä, työpisteellä; toimistoon, toimistolle); and all six, a place's
PLACE_CASES = (frozenset({"sisatulento", "ulkotulento"}), frozenset({"sisaolento", "ulkoolento"}),
               frozenset({"sisaeronto", "ulkoeronto"}))
LOCAL_CASES = frozenset().union(*PLACE_CASES)
# The cases a thing takes as subject or object (not a place's): "koneen", "konetta", "kone"
OBJECT_CASES = frozenset({"nimento", "omanto", "osanto"})
_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ]?[a-zåäö]+)?")
_SENTENCE_END = re.compile(r"[.!?:]\s*$")


@lru_cache(maxsize=sizes.ANSWERS)
def names_in(text: str) -> frozenset[str]:
    """The proper names in ``text`` as written, casefolded: a capitalised word Voikko knows
    as a name (Ahmed, Sara) or, not first in a sentence, one it knows in no other way
    (Amira). A sentence's first word is a name only where it is no Finnish word
    (Ahmed, not Anna or Pesen); without Voikko nothing is a name."""
    if text.lower() == text or voikko() is None:  # the commonest: no capital letter
        return frozenset()
    found = set()
    for m in _CAPITALISED.finditer(text):
        word = m.group(0)
        first = not text[:m.start()].strip() or bool(_SENTENCE_END.search(text[:m.start()]))
        lower = word.casefold()
        named = any(a.get("CLASS") in NAME_CLASSES for a in analyses(word))
        if (named and not (first and is_word(lower))) or (not first and not is_word(lower)):
            found.add(lower)
    return frozenset(found)


@lru_cache(maxsize=1024)
def name_written_small(word: str) -> bool:
    """``word`` (casefolded) is a name Voikko knows, typed or heard without its capital
    ("aino liukastui"): a recogniser writes no capitals, and many learners type none."""
    return voikko() is not None and any(
        a.get("CLASS") in NAME_CLASSES for a in analyses(word.capitalize()))


@lru_cache(maxsize=4096)
def word_classes(word: str) -> frozenset[str]:
    """Voikko's word classes for ``word`` (teonsana = verb, seikkasana = adverb…)."""
    v = voikko()
    if v is None:
        return frozenset()
    return frozenset(a["CLASS"] for a in analyses(word) if "CLASS" in a)


def is_verb(word: str) -> bool:
    """A form of a verb (among its readings: "luo" is also a postposition)."""
    return "teonsana" in word_classes(word)


def only_a_verb(word: str) -> bool:
    """A form of a verb and nothing else ("pakastin" is also a noun)."""
    return word_classes(word) == _VERB


_VERB = frozenset({"teonsana"})


@lru_cache(maxsize=8192)
def case_numbers(word: str) -> frozenset[tuple[str, str]]:
    """(case, number) of each of Voikko's readings of ``word``: ("osanto", "singular")."""
    v = voikko()
    if v is None:
        return frozenset()
    return frozenset((a["SIJAMUOTO"], a.get("NUMBER", "")) for a in analyses(word)
                     if "SIJAMUOTO" in a)


@lru_cache(maxsize=8192)
def cases(word: str) -> frozenset[str]:
    """The cases of Voikko's readings of ``word``, whatever their number: {"osanto"}."""
    return frozenset(case for case, _ in case_numbers(word))


def a_noun_in(reading: Mapping[str, str], case: str, number: str | None = None) -> bool:
    """``reading`` is a noun's in ``case`` (Voikko's name: "nimento", "omanto"…), and in
    ``number`` where given."""
    return reading.get("CLASS") == "nimisana" and reading.get("SIJAMUOTO") == case and \
        (number is None or reading.get("NUMBER") == number)


def every_reading(word: str, test: Callable[[Mapping[str, str]], bool]) -> bool:
    """Every reading Voikko has of ``word`` passes ``test`` (and there is one)."""
    found = analyses(word)
    return bool(found) and all(test(a) for a in found)


@lru_cache(maxsize=8192)
def persons(word: str) -> frozenset[tuple[str, str]]:
    """(person, number) of each reading of ``word`` as a verb in a person: "laitan" →
    ("1", "singular"); none for an infinitive or a participle ("mennessä")."""
    return frozenset((a["PERSON"], a.get("NUMBER", "")) for a in analyses(word)
                     if a.get("CLASS") == "teonsana" and a.get("PERSON"))


def in_learners_person(word: str) -> bool:
    """A verb said by the learner or to whom the learner speaks: I, you (a command too),
    we (the spoken passive, "me jatketaan")."""
    return any(p in ("1", "2", "4") for p, _ in persons(word))


def only_past(word: str) -> bool:
    """A verb in the past tense in every reading as a verb ("jatkoin", "pysäytin")."""
    verbs = [a for a in analyses(word) if a.get("CLASS") == "teonsana"]
    return bool(verbs) and all(a.get("TENSE") == "past_imperfective" for a in verbs)


def of_i_or_we(word: str) -> bool:
    """A verb said by the learner of their own deed: I, or we (the spoken passive, said
    yes: "jatketaan"; not the passive's form after a no, which is also the infinitive,
    "korjata")."""
    return any(a.get("CLASS") == "teonsana" and (a.get("PERSON") == "1" or (
        a.get("PERSON") == "4" and a.get("NEGATIVE") == "false")) for a in analyses(word))


def advised_or_done(word: str) -> bool:
    """A command or a verb of "I" ("laita", "otan"): a deed advised or the learner's own."""
    return any(a.get("CLASS") == "teonsana" and (
        a.get("MOOD") == "imperative" or a.get("PERSON") == "1") for a in analyses(word))


def has_mood(word: str, mood: str) -> bool:
    """A reading of ``word`` as a verb in ``mood`` ("imperative": "ota"; "A-infinitive":
    "käyttää")."""
    return any(a.get("CLASS") == "teonsana" and a.get("MOOD") == mood for a in analyses(word))


def is_passive_participle(word: str) -> bool:
    """A past passive participle ("pysäytetty", "kolhittu")."""
    return any(a.get("PARTICIPLE") == "past_passive" for a in analyses(word))


def a_noun(word: str) -> bool:
    """A noun and no verb's form ("halliin", "auton"; not "tilaa", also of tilata)."""
    return "nimisana" in word_classes(word) and not is_verb(word)


@lru_cache(maxsize=4096)
def is_participle(word: str) -> bool:
    """A past active participle (ymmärtänyt, ollut), where Voikko can tell."""
    v = voikko()
    return v is not None and any(a.get("PARTICIPLE") == "past_active"
                                 for a in analyses(word))


def same_lemma(a: str, b: str) -> bool:
    """Two forms of one word: lattia ~ lattialla, pestä ~ pesen, pullo ~ pulloa."""
    if voikko() is not None:
        return bool(base_forms(a) & base_forms(b))
    return same_stem(a, b)


def same_stem(a: str, b: str) -> bool:
    """A rough rule for one word in two forms: a shared stem of 3+ letters plus an ending."""
    short, long_ = sorted((a, b), key=len)
    stem = short
    for ending in _ENDINGS:
        if short.endswith(ending) and len(short) - len(ending) >= 3:
            stem = short[: -len(ending)]
            break
    return len(stem) >= 3 and long_.startswith(stem) and len(long_) - len(stem) <= 5


@lru_cache(maxsize=8192)
def minimal_pair(expected: str, heard: str) -> str | None:
    """The reason two different words are a Finnish minimal pair, or None.

    vowel_length (tuli ~ tuuli), double_consonant (kuka ~ kukka), umlaut (ampari ~ ämpäri).
    When an answer mixes them, the one that explains most of the difference wins.
    """
    if expected == heard:
        return None
    folded_e, folded_h = folds(expected), folds(heard)
    for reason, e, h in zip(_FOLD_KINDS, folded_e, folded_h, strict=False):
        if e == h:
            return reason
    # Mixed errors (kitos for kiitos is one; ampari for ämpäri one; both at once: poytaa).
    if folded_e[-1] == folded_h[-1]:
        from rapidfuzz.distance import Levenshtein

        nearest = min(range(len(_FOLD_KINDS)),
                      key=lambda i: Levenshtein.distance(folded_e[i], folded_h[i]))
        return _FOLD_KINDS[nearest]
    return None


_FOLD_KINDS = ("umlaut", "vowel_length", "double_consonant")  # tried in this order
_GROUP_1 = methodcaller("group", 1)  # as r"\1", without re's template code at every call


@lru_cache(maxsize=8192)
def folds(word: str) -> tuple[str, str, str, str]:
    """``word`` with its umlauts (ä → a), its long vowels and its double consonants folded
    away, each alone (as _FOLD_KINDS names them), then all three one after the other: worked
    out once per word, not once per pair of words."""
    umlaut = word.translate(_UMLAUT)
    vowels = _DOUBLE_VOWEL.sub(_GROUP_1, word)
    consonants = _DOUBLE_CONSONANT.sub(_GROUP_1, word)
    both = vowels if umlaut == word else _DOUBLE_VOWEL.sub(_GROUP_1, umlaut)
    # (where only the consonants can differ, they are folded already)
    return umlaut, vowels, consonants, \
        consonants if both == word else _DOUBLE_CONSONANT.sub(_GROUP_1, both)


_FRONT = str.maketrans("aou", "äöy")


@lru_cache(maxsize=4096)
def slips(expected: str, heard: str) -> tuple[tuple[str, str | None, bool | None], ...]:
    """Every kind of slip in a minimal pair, each with its letter and whether the expected
    word has it long/front: kyla for kyllä is a double l and an ä, and feedback names both
    (a letter found with the dots folded away gets them back from the expected word)."""
    folded_e, folded_h = folds(expected), folds(heard)
    for kind, e, h in zip(_FOLD_KINDS, folded_e, folded_h, strict=False):
        if e == h:  # the commonest: one kind explains it all
            return ((kind, *differing_letter(expected, heard, kind)),)
    found = []
    for k, kind in enumerate(_FOLD_KINDS):
        # the other two kinds folded away, one after the other in _FOLD_KINDS' order
        first, then = (i for i in range(len(_FOLD_KINDS)) if i != k)
        e, h = folds(folded_e[first])[then], folds(folded_h[first])[then]
        if e == h:
            continue  # the other kinds explain the whole difference: not this one
        letter, long_ = differing_letter(e, h, kind)
        if letter and kind != "umlaut" and letter in "aou" and \
                letter.translate(_FRONT) in expected and letter not in expected:
            letter = letter.translate(_FRONT)
        found.append((kind, letter, long_))
    return tuple(found)


@lru_cache(maxsize=4096)
def differing_letter(expected: str, heard: str, reason: str) -> tuple[str | None, bool | None]:
    """The letter a minimal pair turns on, and whether the expected word has it long/front."""
    if reason == "umlaut":
        for e, h in zip(expected, heard, strict=False):
            if e != h:
                return e, e in "äöy"
        return None, None
    if abs(len(expected) - len(heard)) == 1:  # the commonest: one letter more or fewer
        long_, short = (expected, heard) if len(expected) > len(heard) else (heard, expected)
        i = next((k for k, (a, b) in enumerate(zip(long_, short, strict=False)) if a != b),
                 len(short))
        if long_[i + 1:] == short[i:]:
            return long_[i], long_ is expected
    import difflib

    matcher = difflib.SequenceMatcher(a=expected, b=heard, autojunk=False)
    for tag, i1, _, j1, _ in matcher.get_opcodes():
        if tag == "delete":
            return expected[i1], True
        if tag == "insert":
            return heard[j1], False
    return None, None
