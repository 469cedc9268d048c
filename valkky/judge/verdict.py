"""Judge one answer the way a good Finnish trainer would.

A single fuzzy threshold cannot: tuli/tuuli scores higher than poyta/pöytä, yet the first
is a different word and the second a learner's missing dots. So the judge is an ordered
list of named rules (``RULES``, data: a name, what it matches, the verdict and reason it
gives, examples that tests run); the first rule that matches decides. The last one compares
the answer word by word with the closest accepted answers, each differing word classified
by its own ordered rules (``WORD_RULES``). Thresholds live in one ``Settings`` object; a
lesson step may switch rules off (``strict: [word_order]``). See docs/judging.md.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache, update_wrapper
from types import ModuleType
from typing import Any, Generic, NamedTuple, ParamSpec

from valkky.judge import finnish, lexicon
from valkky.judge.normalise import canonical, day_ordinals, normalise

# Words a learner adds around an answer that change nothing ("se on moppi", "moppi,
# kiitos"): the shared lexicon's frame words and polite extras (lessons/lexicon/fillers.yaml).
FRAME_WORDS = lexicon.get().frame | lexicon.get().polite
# Words whose place carries the meaning: "desinfioi ennen kuin peset" is not "pese ennen
# kuin desinfioit" (lessons/lexicon/fillers.yaml, order).
ORDER_WORDS = lexicon.get().order
# Greetings and thanks, which take a name or title after them ("huomenta pomo").
GREETINGS = lexicon.get().greetings
# A polite word that is a greeting, thanks or apology is an extra only where the answer is
# something else: "anteeksi" is what one says on bumping into someone, and "pyydän
# anteeksi" is not "pyydän" with an extra.
SPEECH_ACTS = lexicon.get().polite & GREETINGS
# Droppable subjects: Finnish drops "minä"/"sinä" as a rule, and an answer to a question
# about someone drops "hän" ("Mitä hän painaa?" – "Painaa nappia.").
SUBJECT_PRONOUNS = {"minä", "sinä", "me", "te", "hän", "he"}
# …and a thing's "se", "ne", which a short answer leaves out as well: "ei käynnisty" for "se
# ei käynnisty", "ovat valmiita" for "ne ovat valmiita"
_UNSAID_SUBJECTS = SUBJECT_PRONOUNS | {"se", "ne"}
# The negative verb turns an answer into its opposite: "en ilmoita" is not a slip of
# "ilmoitan", whatever its letters say.
NEGATIONS = frozenset({"ei", "en", "et", "emme", "ette", "eivät", "älä", "älkää", "eikä",
                       "enkä", "etkä"})
# The prohibitive verb without its dots: "ala laita kättä koneeseen" is a learner's "älä"
# (a trainer hears the umlaut slip, not the opposite), where an accepted answer has the
# word meant. A spoken word → the negative verbs it may stand for, the likelier first.
NEGATION_SLIPS: Mapping[str, tuple[str, ...]] = {"ala": ("älä", "älkää"),
                                                 "alkaa": ("älkää",)}
# "I don't know" shares a verb with no answer; it is never a near miss.
DONT_KNOW = frozenset({"en tiedä", "en minä tiedä", "en osaa", "en muista", "en ymmärrä",
                       "en ymmärtänyt", "ei aavistustakaan", "en tiedä sitä", "en tiedä mikä"})
# …nor said another way: the negative verb and one of these verbs, with none but these
# words around them ("en tiedä mitään", "en mä oikein tiedä", "no en tiedä").
DONT_KNOW_VERBS = frozenset({"tietää", "osata", "muistaa", "ymmärtää"})
DONT_KNOW_EXTRAS = frozenset({"mitään", "yhtään", "oikein", "vielä", "sitä", "tätä", "mikä",
                              "mitä", "asiaa", "vastausta", "valitettavasti", "kyllä"})
# A bare yes or acknowledgement answers no open question ("Mitä tapahtui?" – "joo"), unless
# an example answer is one.
ACKNOWLEDGEMENTS = frozenset({"kyllä", "joo", "juu", "ok", "okei", "hyvä", "selvä", "niin",
                              "no", "aivan", "totta", "just", "jep", "nii", "ei", "en"})
# adverbs Voikko files as nouns or adjectives ("korkeintaan kuusi": at most six)
_ADVERBS = {"paljon", "tosi", "korkeintaan", "vähintään", "enintään"}
_NUMBER_WORD = lexicon.NUMBER_WORD
PRONUNCIATION = ("vowel_length", "double_consonant", "umlaut")
_REASON_ORDER = ("vowel_length", "double_consonant", "umlaut", "word_form", "typo")
# A learner's answer is a sentence or two. Longer ones are refused before any comparison
# (reason "too_long"): the word alignment costs the product of the two answers' word
# counts, so 4000 words took 1.3 GB; capped, no answer costs more than a millisecond or
# two. Digits count as the words they become ("12" is "kaksitoista"). Lint refuses an
# accepted answer over the cap: it could never be said.
MAX_ANSWER_CHARS = 300
MAX_ANSWER_WORDS = 40


@dataclass(frozen=True)
class Settings:
    """Every threshold the judge uses, in one place."""

    extra_words: int = 2  # words more on a right answer of two or more words
    extra_with_answer: int = 3  # words more around an accepted answer said whole
    mistake_closeness: float = 75.0  # a foreseen mistake at least this close (0..100)…
    # …and closer than any accepted answer is that mistake
    candidate_window: float = 15.0  # compared word by word: answers this near the closest
    candidates: int = 4  # and at most this many
    align_gap: float = 0.55  # pairing two words beats skipping both only when they are alike
    typo_long_word: int = 8  # from this many letters a typo may be two letters off
    almost_score: tuple[float, float] = (0.5, 0.95)
    wrong_score_max: float = 0.45


SETTINGS = Settings()


@dataclass(frozen=True)
class Detail:
    """What exactly was off, for specific feedback."""

    expected: str  # the accepted word (or whole answer) concerned
    heard: str
    letter: str | None = None  # 'u' in tuli ~ tuuli, 'k' in kuka ~ kukka, 'ä' in ampari
    long: bool | None = None  # the expected word has the long/double/front one
    # other slips in the same word: (reason, letter, long), as kyla for kyllä has two
    also: tuple[tuple[str, str | None, bool | None], ...] = ()


@dataclass(frozen=True)
class Judgement:
    verdict: str  # correct | almost | wrong | silence
    reason: str | None
    score: float  # 0..1
    closest: str | None  # the accepted answer as the trainer wrote it
    heard: str  # the normalised answer
    detail: Detail | None = None
    matched: str | None = None  # the foreseen wrong answer or other option that matched
    rule: str | None = None  # the rule that decided
    trace: tuple[str, ...] = ()  # with explain=True: each rule tried, and why


@dataclass
class Case:
    """One answer as the rules see it."""

    heard: str  # normalised, the lexicon applied
    words: list[str]
    accepted: list[tuple[str, str]]  # (as written, normalised)
    keywords: Sequence[str]
    mistakes: Mapping[str, str]  # foreseen answer → its verdict (wrong or almost)
    options: Sequence[str]
    strict: frozenset[str]
    settings: Settings
    negative: bool
    closest: str | None = None
    closeness: float = 0.0
    notes: list[str] | None = None  # explain: what the rules found
    open_question: bool = False  # any answer in Finnish words is right
    topics: tuple[str, ...] = ()  # …that names one of these, where given
    said: str = ""  # the answer normalised, as a judgement shows it
    names: frozenset[str] = frozenset()  # proper names said (Ahmed): no slip of a word
    min_sentences: int = 0  # the length the step asks for (sentences: N)
    rule: str | None = None  # the rule being tried, which a judgement names

    @property
    def first(self) -> str | None:
        return self.accepted[0][0] if self.accepted else None

    def on(self, rule: str) -> bool:
        return rule not in self.strict

    def note(self, text: str) -> None:
        if self.notes is not None:
            self.notes.append(text)

    def best(self, candidates: Sequence[str]) -> tuple[str | None, float]:
        if not candidates:
            return None, 0.0
        ratio = _fuzz().ratio
        scored = [(c, ratio(self.heard, n)) for c in candidates if (n := _norm(c))]
        return max(scored, key=lambda x: x[1]) if scored else (None, 0.0)

    def judgement(self, verdict: str, reason: str | None = None, *, closest: str | None = None,
                  detail: Detail | None = None, matched: str | None = None) -> Judgement:
        closest = closest or self.closest or self.first
        if verdict == "correct":
            score = 1.0
        elif verdict == "almost":
            low, high = self.settings.almost_score
            score = round(min(high, max(low, low + (high - low) * self.closeness / 100)), 3)
        elif verdict == "wrong":
            score = 0.0 if reason == "dont_know" else \
                round(min(self.settings.wrong_score_max,
                          self.closeness / 100 * self.settings.wrong_score_max), 3)
        else:
            score = 0.0
        return Judgement(verdict, reason, score, closest, self.said, detail, matched, self.rule)


@dataclass(frozen=True)
class Rule:
    """One thing a trainer listens for. ``check`` returns the judgement when it matches."""

    name: str
    matches: str  # what it matches, in words (docs, `valkky check --explain`)
    verdict: str  # the verdict it gives ("by word" for the word-by-word comparison)
    reason: str | None
    check: Callable[[Case], Judgement | None]
    # (answer, accepted answers, verdict, reason[, the step's other judge() arguments:
    # keywords, mistakes, options, strict, open]): decided by this rule (tests run them)
    examples: tuple[tuple[Any, ...], ...] = ()
    switchable: bool = True  # a step may switch it off (strict: [name])


_P = ParamSpec("_P")
REMEMBERED = 4096  # judgements kept: a class's answers to its lessons, many times over


class _Remembered(Generic[_P]):
    """``judge`` with the judgements it gave remembered: an answer said before to the same
    step (by this learner or another) is judged once. The judge is a pure function of its
    arguments and the lexicon, so the judgement remembered is the judgement. Never with
    ``explain`` (its trace is what is asked for), nor for arguments that make no key."""

    def __init__(self, decide: Callable[_P, Judgement]) -> None:
        self._decide = decide
        self._seen: dict[object, Judgement] = {}
        self._lock = threading.Lock()
        update_wrapper(self, decide)

    def __call__(self, *args: _P.args, **kwargs: _P.kwargs) -> Judgement:
        if kwargs.get("explain"):
            return self._decide(*args, **kwargs)
        try:
            key = (tuple(map(_key, args)),
                   tuple([(k, _key(v)) for k, v in sorted(kwargs.items())]) if kwargs else ())
            found = self._seen.get(key)
        except TypeError:  # an argument that cannot be a key: judged, not remembered
            return self._decide(*args, **kwargs)
        if found is None:
            found = self._decide(*args, **kwargs)
            with self._lock:
                if len(self._seen) >= REMEMBERED:
                    del self._seen[next(iter(self._seen))]  # the oldest goes
                self._seen[key] = found
        return found

    def cache_clear(self) -> None:
        with self._lock:
            self._seen.clear()


# tuples: a union (str | int) would be built at each call
_SCALARS = (str, bool, int, float, Settings)
_SEQUENCES = (list, tuple)


def _key(value: object) -> object:
    """An argument of judge() as part of a dict key: a list as a tuple, a mapping (the
    mistakes with their verdicts) as its items in order, marked as a mapping (a list of
    mistakes says another thing). What is inside is hashed as it is (words): anything
    that cannot be hashed, here or there, raises TypeError (not remembered)."""
    if value is None or isinstance(value, _SCALARS):
        return value
    if isinstance(value, _SEQUENCES):
        return tuple(value)
    if isinstance(value, Mapping):
        return (Mapping, tuple(value.items()))
    raise TypeError(f"not a key: {type(value).__name__}")


@_Remembered
def judge(answer: str, accept: Sequence[str], *, keywords: Sequence[str] = (),
          wrong_answers: Sequence[str] | Mapping[str, str] = (),
          other_options: Sequence[str] = (), strict: Sequence[str] = (),
          open_question: bool = False, topics: Sequence[str] = (), min_sentences: int = 0,
          settings: Settings = SETTINGS, explain: bool = False) -> Judgement:
    """The verdict on ``answer``: the first of ``RULES`` that matches decides.

    ``wrong_answers`` are the step's foreseen mistakes (a mapping gives each its verdict,
    "wrong" or "almost"); ``strict`` names rules the step switches off; ``open_question``
    takes any answer in Finnish words (one naming a ``topics`` word where given);
    ``min_sentences`` is the length the step asks for (1: a sentence, not a word): a right
    answer shorter than that, not an accepted one as written, is almost (too_short);
    ``explain`` fills the judgement's ``trace`` with each rule tried and why."""
    answer = answer or ""
    # An accepted answer over the cap could never be said (lint refuses it): left out, so
    # that no list given to judge() costs more than the cap either.
    compiled, vocabulary = _compile(accept if isinstance(accept, tuple) else tuple(accept))
    accepted = list(compiled)
    first = accepted[0][0] if accepted else None
    if len(answer) > MAX_ANSWER_CHARS:  # before normalising: that is linear, but cached
        return Judgement("wrong", "too_long", 0.0, first,
                         normalise(answer[:MAX_ANSWER_CHARS])[:MAX_ANSWER_CHARS] + "…")
    said = normalise(answer)
    if len(said.split()) > MAX_ANSWER_WORDS:  # alignment is quadratic in words
        return Judgement("wrong", "too_long", 0.0, first, said[:MAX_ANSWER_CHARS] + "…")
    off = frozenset(strict)
    heard = canonical(said)
    if not explain and heard:  # the commonest answer of all: an accepted one, as written
        for original, norm in accepted:
            if heard == norm:
                return Judgement("correct", None, 1.0, original, said, rule="exact")
    words = heard.split()
    if "synonyms" not in off:  # a synonym in an accepted answer's form is that word
        # … or in a foreseen mistake's (after the accepted words): "suojalasit ja hanskat"
        # is the mistake "suojalasit ja suojakäsineet"
        words = lexicon.toward(words, _with_mistake_words(vocabulary, wrong_answers))
        words = _synonym_of_another(words, vocabulary, accepted) or words
        words = _step_synonym(words, compiled, vocabulary)
        words = _request_as_voitko(words, vocabulary)
        words = _past_without_its_i(words, vocabulary)
    # "15 min", "3. kerroksessa": only what was written short has no case ("tunti" said
    # in full for "tunnin" is a word form)
    if _written_short(answer):
        variants = lexicon.caseless_variants(words, vocabulary)
        # a count in digits takes a case only where that makes an accepted answer
        counted = lexicon.caseless_variants(words, vocabulary, counts=True)
        words = next((v for v in (*variants, *counted) for _, n in accepted
                      if _same_words(v, n)), variants[-1])
    mistakes = dict(wrong_answers) if isinstance(wrong_answers, Mapping) else \
        dict.fromkeys(wrong_answers, "wrong")
    case = Case(" ".join(words), words, accepted, keywords, mistakes, other_options, off,
                settings, _negative(words), notes=[] if explain else None,
                open_question=open_question, topics=tuple(topics), said=said,
                names=finnish.names_in(answer), min_sentences=min_sentences)
    if not explain:  # the fast path: no notes, no trace
        for rule in RULES:
            if off and rule.switchable and rule.name in off:
                continue
            case.rule = rule.name
            j = rule.check(case)
            if j is not None:  # made by case.judgement: the answer said, this rule named
                return _long_enough(case, j) if min_sentences else j
    trace: list[str] = []
    for rule in RULES:
        if rule.switchable and rule.name in off:
            trace.append(f"{rule.name}: switched off by the step")
            continue
        assert case.notes is not None
        case.notes.clear()
        j = rule.check(case)
        found = "; ".join(case.notes)
        if j is None:
            trace.append(f"{rule.name}: " + (found or "no"))
            continue
        reason = f" ({j.reason})" if j.reason else ""
        trace.append(f"{rule.name}: {j.verdict}{reason} — {rule.matches}"
                     + (f"; {found}" if found else ""))
        if min_sentences and (short := _long_enough(case, j)) is not j:
            trace.append(f"sentences: almost (too_short) — fewer than the {min_sentences} "
                         f"sentence(s) the step asks for")
            j = short
        return Judgement(j.verdict, j.reason, j.score, j.closest, said, j.detail, j.matched,
                         rule.name, tuple(trace))
    raise AssertionError("the last rule always decides")  # pragma: no cover


_UNIT_WRITTEN = re.compile(r"\d|\b(?:" + "|".join(sorted(map(re.escape, lexicon.get().units),
                                                         key=len, reverse=True)) + r")\b",
                          re.IGNORECASE)



def _real(word: str, c: Case) -> bool:
    """A Finnish word or a name, also a name the recogniser wrote in lowercase ("nukuitko
    hyvin aino"): an extra word that may stand beside a right answer."""
    return word in c.names or bool(finnish.is_word(word)) or \
        not finnish.NAME_CLASSES.isdisjoint(finnish.word_classes(word))


def _form_with(c: Case, verb: str, word: str) -> bool:
    """``verb`` is the learner's own action (first or second person), whose object is never
    a bare nominative, and an accepted answer has it with ``word`` in another form: the
    trainer's sentence says how that verb takes it ("tarvitsen jakoavaimen", so
    "tarvitsen jakoavain" is a word form, not "jakoavain" with a verb more; "se kestää
    tunti" stays right)."""
    found = finnish.analyses(verb)
    if not found or any(a.get("PERSON") not in ("1", "2") for a in found):
        return False
    return any(verb in shape.wordset and word not in shape.wordset
               and any(finnish.same_lemma(word, w) for w in shape.words)
               for shape in (_shape(n) for _, n in c.accepted))


def _written_short(answer: str) -> bool:
    """A digit or a unit written short in the answer as typed: words without a case."""
    return _UNIT_WRITTEN.search(answer) is not None


def _synonym_of_another(words: list[str], vocabulary: Sequence[str],
                        accepted: Sequence[tuple[str, str]]) -> list[str] | None:
    """The answer with a synonym said in one accepted answer's words put in another's,
    where that makes it that answer: "pomolle" is "esimiehelle" although "soitan pomolle"
    is accepted too (so "pomolle" is no word the lexicon would replace)."""
    for i, w in enumerate(words):
        if w not in vocabulary or not lexicon.forms(w):
            continue
        for e in vocabulary:  # in a fixed order: the same choice every run
            if e != w and lexicon.equivalent(e, w) == "same":
                alt = [*words[:i], e, *words[i + 1:]]
                if any(_same_words(alt, n) for _, n in accepted):
                    return alt
    return None


@lru_cache(maxsize=8192)
def _norm(text: str) -> str:
    """Normalised, with the lexicon's units, short words and phrases said in full."""
    return canonical(normalise(text))


@lru_cache(maxsize=1024)
def _step_pairs(accepted: tuple[tuple[str, str], ...]) -> dict[str, frozenset[str]]:
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
            if not ("nimisana" in finnish.word_classes(x) and "nimisana" in
                    finnish.word_classes(y)) or finnish.same_lemma(x, y) or \
                    not finnish.case_numbers(x) & finnish.case_numbers(y):
                continue
            for p in finnish.base_forms(x):
                pairs.setdefault(p, set()).update(finnish.base_forms(y))
            for p in finnish.base_forms(y):
                pairs.setdefault(p, set()).update(finnish.base_forms(x))
    return {k: frozenset(v) for k, v in pairs.items()}


def _past_without_its_i(words: list[str], vocabulary: Sequence[str]) -> list[str]:
    """A past said without its -i where that leaves another word ("ajo", "loppu") is the
    accepted answer's past: "trukki ajo hyllyyn" for "trukki ajoi hyllyyn" (set 6)."""
    out = list(words)
    for i, w in enumerate(words):
        if w.endswith(("o", "ö", "u", "y")) and w not in vocabulary and \
                (past := w + "i") in vocabulary and "teonsana" in finnish.word_classes(past):
            out[i] = past
    return out


def _request_as_voitko(words: list[str], vocabulary: Sequence[str]) -> list[str]:
    """A request as a question of its own verb is the step's "voitko" with that verb:
    "näytätkö miten" = "voitko näyttää miten", "kirjoitatko sen" = "voitko kirjoittaa
    sen" (set 6), where an accepted answer says "voitko" and the verb."""
    if "voitko" not in vocabulary:
        return words
    out: list[str] = []
    for w in words:
        if w.endswith(("tko", "tkö")) and w not in vocabulary and \
                "teonsana" in finnish.word_classes(w):
            verb = next((b for b in sorted(finnish.base_forms(w)) if b in vocabulary), None)
            if verb is not None:
                out += ["voitko", verb]
                continue
        out.append(w)
    return out


def _step_synonym(words: list[str], accepted: tuple[tuple[str, str], ...],
                  vocabulary: Sequence[str]) -> list[str]:
    """A noun the step takes for another, put in the form of an accepted answer's word:
    "haen sairaanhoitajan" is "haen hoitajan" where "kerron sairaanhoitajalle" and "kerron
    hoitajalle" are both accepted (set 6)."""
    pairs = _step_pairs(accepted)
    if not pairs:
        return words
    out = list(words)
    for i, w in enumerate(words):
        if w in vocabulary:
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


def _with_mistake_words(vocabulary: tuple[str, ...],
                        mistakes: Sequence[str] | Mapping[str, str]) -> tuple[str, ...]:
    """The accepted answers' words, then the words only the step's mistakes have."""
    if not mistakes:
        return vocabulary
    return _mistake_vocabulary(vocabulary, tuple(mistakes))


@lru_cache(maxsize=4096)
def _mistake_vocabulary(vocabulary: tuple[str, ...], mistakes: tuple[str, ...]
                        ) -> tuple[str, ...]:
    return tuple(dict.fromkeys(vocabulary + _compile(mistakes)[1]))


@lru_cache(maxsize=1024)
def _compile(accept: tuple[str, ...]) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """A step's accepted answers, compiled once for every answer to it: (as written,
    normalised), and the words they have, in their order (a synonym is put in the form of
    the first accepted answer that has one: the same in every process). One over the cap
    could never be said (lint refuses it): left out, so that no list given to judge()
    costs more than the cap."""
    accepted = tuple((a, n) for a in accept if len(a) <= MAX_ANSWER_CHARS
                     for n in _readings(a) if n)
    return accepted, tuple(dict.fromkeys(w for _, n in accepted for w in n.split()))


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
    whole = _norm(answer)
    plain = normalise(answer)
    found = (whole,) if plain == whole else (whole, plain)
    if not _DIGITS.search(answer):
        return found
    by_digit = _norm(_DIGITS.sub(lambda m: " ".join(m.group(0)), answer))
    return found if by_digit == whole else (*found, by_digit)


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
def _shape(norm: str) -> _Shape:
    words = tuple(norm.split())
    return _Shape(words, frozenset(words), sorted(words),
                  sorted(w for w in words if w != "ja") if "ja" in words else None,
                  sorted(w for w in words if w not in _UNSAID_SUBJECTS), _negative(words),
                  tuple(w for w in words if _is_number(w)), _ordinals(words),
                  _number_units(words))


def _ordinals(words: Sequence[str]) -> tuple[str, ...]:
    """The ordinals of a date in order, where two or more: the day and the month keep
    their places ("kahdestoista kahdeskymmenes" is not 20.12.)."""
    found = tuple(w for w in words if w in day_ordinals())
    return found if len(found) >= 2 else ()


@lru_cache(maxsize=8192)
def _is_number(word: str) -> bool:
    return _NUMBER_WORD.match(word) is not None


@lru_cache(maxsize=1)
def _ordinals_counted() -> dict[str, str]:
    """Ordinals to the numbers they count: kolmas → kolme, toinen → kaksi."""
    from num2words import num2words

    return {num2words(n, lang="fi", to="ordinal"): num2words(n, lang="fi")
            for n in range(1, 101)}


@lru_cache(maxsize=1)
def _ordinal_starts() -> frozenset[str]:
    return frozenset(o[:3] for o in _ordinals_counted())


@lru_cache(maxsize=8192)
def _ordinal_value(word: str) -> str | None:
    """The number an ordinal in any case counts ("kolmannessa" → "kolme"), else None."""
    table = _ordinals_counted()
    # Voikko only for a word that begins as an ordinal does (toisessa, kolmannessa)
    if word[:3] not in _ordinal_starts() or _is_number(word) or \
            "lukusana" not in finnish.word_classes(word):
        return None
    return next((table[b] for b in sorted(finnish.base_forms(word)) if b in table), None)


@lru_cache(maxsize=1)
def _fuzz() -> ModuleType:
    """rapidfuzz.fuzz, imported on first use (`valkky --help` stays light)."""
    from rapidfuzz import fuzz

    return fuzz


def _bag(words: Sequence[str]) -> list[str]:
    """The words regardless of order (sorted: faster than a Counter for a few words)."""
    return sorted(words)


# -- the rules, in the order a trainer listens -----------------------------------------------


def _silence(c: Case) -> Judgement | None:
    return c.judgement("silence") if not c.heard else None


def _exact(c: Case) -> Judgement | None:
    for original, norm in c.accepted:
        if c.heard == norm or c.heard.replace(" ", "") == norm.replace(" ", "") or \
                c.said.replace(" ", "") == norm.replace(" ", ""):
            # also "työ turvallisuus" (as said: a synonym may have replaced "letku" in
            # "poisto letku" before)
            return c.judgement("correct", closest=original)
    return None


def _negation_slip(c: Case) -> Judgement | None:
    """"ala" for the "älä" of a prohibition (NEGATION_SLIPS): judged as if "älä" had been
    said, and a right answer so said is almost (umlaut) – the dots, not the opposite. Only
    where an accepted answer has the word meant, and the answer has no negative verb of
    its own. An answer wrong even with "älä" is wrong as it would be then (not the
    opposite)."""
    if c.negative or NEGATION_SLIPS.keys().isdisjoint(c.words):
        return None
    for i, w in enumerate(c.words):
        meant = next((n for n in NEGATION_SLIPS.get(w, ())
                      if any(n in _shape(a).wordset for _, a in c.accepted)), None)
        if meant is None:
            continue
        fixed = [*c.words[:i], meant, *c.words[i + 1:]]
        j = judge(" ".join(fixed), tuple(a for a, _ in c.accepted), keywords=c.keywords,
                  wrong_answers=c.mistakes, other_options=c.options, strict=tuple(c.strict),
                  open_question=c.open_question, topics=c.topics, settings=c.settings)
        c.note(f"{w} for {meant}: {j.verdict}" + (f" ({j.reason})" if j.reason else ""))
        if j.closest:
            c.closeness = _fuzz().ratio(c.heard, _norm(j.closest))
        if j.verdict != "almost" and j.verdict != "correct":  # wrong even with "älä":
            return c.judgement("wrong", j.reason, closest=j.closest, matched=j.matched)
        # another slip as well: the dots of "älä" are corrected first all the same
        letter, long_ = finnish.differing_letter(meant, w, "umlaut")
        return c.judgement("almost", "umlaut", closest=j.closest,
                           detail=Detail(meant, w, letter or "ä", long_ if letter else True))
    return None


def _order_of_meaning(c: Case) -> Judgement | None:
    """What comes before ennen/jälkeen/sitten… now comes after it, and the other way round:
    "desinfioi ennen kuin peset kädet" for "pese kädet ennen kuin desinfioit". (A phrase
    moved whole is no swap: "ennen työtä pese kädet".)"""
    markers = ORDER_WORDS.intersection(c.words)
    if not markers:
        return None
    for original, norm in c.accepted:
        expected = norm.split()
        for marker in markers.intersection(expected):
            if _crossed(c.words, expected, marker):
                c.note(f"'{original}' the other way round '{marker}'")
                return c.judgement("wrong", "word_order", closest=original)
    return None


def _word_order(c: Case) -> Judgement | None:
    # a word said twice is said ("moi moi", "kiitos kiitos"), unless the answer has it twice
    once = [w for i, w in enumerate(c.words) if i == 0 or w != c.words[i - 1]]
    for original, norm in c.accepted:
        if _same_words(c.words, norm) or (once != c.words and _same_words(once, norm)):
            return c.judgement("correct", closest=original)
    return None


def _order_strict(c: Case) -> Judgement | None:
    """Where the step wants its order (strict: [word_order]), another order is almost."""
    if c.on("word_order"):
        return None
    for original, norm in c.accepted:
        if _bag(c.words) == _shape(norm).bag:
            c.closeness = _fuzz().ratio(c.heard, norm)
            return c.judgement("almost", "word_order", closest=original,
                               detail=Detail(expected=norm, heard=c.heard))
    return None


def _answer_inside(c: Case) -> Judgement | None:
    """An accepted answer of two or more words said whole inside a longer one, the rest
    being other accepted answers ("jään kotiin ja soitan töihin") or a few real words that
    neither negate nor misspell it: "en ymmärtänyt, voitko toistaa hitaasti"."""
    words = c.words
    if len(words) < 3 or any(_norm(m) == c.heard for m in (*c.mistakes, *c.options)):
        return None
    left: list[str | None] = list(words)
    found: list[str] = []
    for original, norm in sorted(c.accepted, key=lambda a: -len(a[1].split())):
        parts = norm.split()
        n = len(parts)
        for i in range(len(left) - n + 1):
            if left[i:i + n] == parts:
                left[i:i + n] = [None] * n
                found.append(original)
                break
    covered = [w for w, rest in zip(words, left, strict=True) if rest is None]
    if not found or len(covered) < 2:
        return None
    rest = [w for w in left if w is not None and w not in FRAME_WORDS
            and w not in SUBJECT_PRONOUNS and w != "ja"]
    every = [a for _, n in c.accepted for a in n.split() if a not in words]
    c.note(f"'{found[0]}' said whole" + (f", with {' '.join(rest)}" if rest else ""))
    if rest and any(f" {' '.join(rest)} " in f" {n} " for _, n in c.accepted):
        # the rest is the trainer's own words, negative or not: "en käytä sitä ja kerron
        # esimiehelle" beside "en käytä sitä ja ilmoitan esimiehelle"
        return c.judgement("correct", closest=found[0])
    if len(rest) > c.settings.extra_with_answer or any(
            w in NEGATIONS or not _real(w, c)
            or any(finnish.minimal_pair(e, w) for e in every) for w in rest):
        return None
    return c.judgement("correct", closest=found[0])


def _closest(c: Case) -> Judgement | None:
    """Not a rule of its own: finds the closest accepted answer for the rules after it."""
    ratio = _fuzz().ratio
    c.closest, c.closeness = max(((a, ratio(c.heard, n)) for a, n in c.accepted),
                                 key=lambda x: x[1], default=(None, 0.0))
    if c.notes is not None:  # (the note is worded only for --explain)
        c.note(f"'{c.closest}', {c.closeness:.0f} of 100" if c.closest else "no accepted answer")
    return None


def _keywords(c: Case) -> Judgement | None:
    if not c.keywords or not all(_contains(c.words, _norm(k)) for k in c.keywords):
        return None
    wants_negative = any(_negative(_norm(k).split()) for k in c.keywords) or \
        (bool(c.accepted) and _negative(c.accepted[0][1].split()))
    if c.negative != wants_negative:
        c.note("every keyword, but saying the opposite")
        return None
    # Keywords pass an answer in the learner's own words, but not a pronunciation slip
    # the trainer would correct in an accepted answer (mika ~ mikä).
    if c.closest is not None:
        j = _compare(c, c.closest, _norm(c.closest), c.closeness)[0]
        if j.verdict == "almost" and j.reason in PRONUNCIATION:
            c.note("every keyword, with a pronunciation slip")
            return j
    return c.judgement("correct", closest=c.first or c.keywords[0])


def _foreseen(pool: str) -> Callable[[Case], Judgement | None]:
    def check(c: Case) -> Judgement | None:
        candidates = list(c.options) if pool == "other_option" else list(c.mistakes)
        match, near = c.best(candidates)
        if match is None:
            return None
        if c.heard == _norm(match) or (
                near > c.closeness and near >= c.settings.mistake_closeness
                and _negative(_norm(match).split()) == c.negative  # not "en käytä sitä"
                and (pool == "other_option" or _is_that_mistake(c, match, near))):
            c.note(f"'{match}' ({near:.0f}) nearer than '{c.closest}' ({c.closeness:.0f})")
            verdict = c.mistakes.get(match, "wrong") if pool == "mistake" else "wrong"
            return c.judgement(verdict, pool, matched=match)
        return None
    return check


def _is_that_mistake(c: Case, mistake: str, near: float) -> bool:
    """An answer near a foreseen mistake is that mistake only if it says what the mistake
    says (itself or with a slip), and is not a right answer: "kaksi pulloo" is "kaksi
    pulloa" as spoken, not the mistake "kaksi pullo"; "laitan suojalasit" lacks the "pois"
    of "laitan suojalasit pois"."""
    if any(_shape(n).negative == c.negative for _, n in c.accepted) and \
            _by_word(c).verdict == "correct":  # (by_word compares the same polarity)
        c.note(f"near '{mistake}', but a right answer")
        return False
    j = _compare(c, mistake, _norm(mistake), near)[0]
    if j.verdict == "correct" or (j.verdict == "almost" and j.reason != "missing_words"):
        return True
    c.note(f"near '{mistake}', but not what it says")
    return False


def _no_answer(c: Case) -> Judgement | None:
    return c.judgement("wrong") if c.closest is None else None


def _beside_negative(words: Sequence[str]) -> list[str]:
    """The words but the negative, pronouns, frame words and "I don't know"'s extras (en
    mä oikein tiedä → tiedä): what says what is not known or done."""
    return [w for w in words if w not in NEGATIONS and w not in FRAME_WORDS
            and w not in SUBJECT_PRONOUNS and w not in DONT_KNOW_EXTRAS]


def _dont_know(c: Case) -> Judgement | None:
    said = _beside_negative(c.words)
    # "I don't know" in other words: a negative verb and tietää/osata/muistaa/ymmärtää,
    # with nothing else that carries meaning ("en tiedä mitään", "en mä oikein tiedä")
    if c.heard not in DONT_KNOW and not (
            c.negative and len(said) == 1
            and not DONT_KNOW_VERBS.isdisjoint(finnish.base_forms(said[0]))):
        return None
    # Unless an accepted answer says something with that verb, as in a lesson on saying
    # "en ymmärtänyt" ("kysy jos et tiedä" asks: its "et tiedä" is only the condition).
    if any(finnish.same_lemma(w, x) for w in said for _, n in c.accepted
           for _, verbs, rest in _clauses(n.split()) for x in verbs + rest):
        return None
    return c.judgement("wrong", "dont_know")


def _open_answer(c: Case) -> Judgement | None:
    """An open question ("Mitä teet tauolla?"): any answer in Finnish words is right
    ("rukoilen"), one naming a topic where the step lists them; an accepted answer said
    with a pronunciation slip is still corrected."""
    if not c.open_question:
        return None
    acts = SPEECH_ACTS.intersection(c.words)  # "anteeksi", where an example says it
    if acts:
        acts &= {w for _, n in c.accepted for w in _shape(n).words} | \
            {w for t in c.topics for w in _norm(t).split()}
    own = [w for w in c.words if (w not in FRAME_WORDS or w in acts)
           and w not in SUBJECT_PRONOUNS]
    if _bare_yes(c.words) and not any(_bare_yes(_shape(n).words) for _, n in c.accepted):
        c.note("a bare yes or acknowledgement")  # the same in every open step
        return c.judgement("wrong")
    if not own:
        return None
    known = [w in c.names or (len(w) > 1 and finnish.is_word(w)) for w in own]
    if None not in known and known.count(False) > (1 if len(own) >= 3 else 0):
        c.note("not in Finnish words")  # a slip in a long answer is let pass
        return None
    if _contradicts(c.words, [n for _, n in c.accepted],
                    [w for t in c.topics for w in _norm(t).split()]):
        c.note("says no to what an example says, or does what one forbids")
        return c.judgement("wrong", "negation")
    if c.topics and not any(_contains(c.words, _norm(t)) for t in c.topics):
        c.note("names none of the topics")
        return None
    if c.closest is not None:
        j = _compare(c, c.closest, _norm(c.closest), c.closeness)[0]
        d = j.detail
        if j.verdict == "almost" and j.reason in PRONUNCIATION and d is not None and not (
                d.heard in {_norm(t) for t in c.topics}
                and finnish.same_lemma(d.expected, d.heard)):
            # (a topic named as the step writes it is no slip of an example's form of it:
            # "pähkinä" names the topic as well as "pähkinää"; "osui minun" stays a slip)
            c.note(f"a slip of '{c.closest}'")
            return j
    return c.judgement("correct", closest=c.closest or c.first)


# Words that join clauses. Only main clauses assert: what follows "kun", "jos", "kuin"…
# is a condition ("kysy jos et tiedä" says no only of knowing; "laita tukipukit ennen kuin
# menet auton alle" does not say "go under the car"); "eikä" starts a clause that says no.
_MAIN_JOINS = frozenset({"ja", "mutta", "tai", "sekä"})
_SUB_JOINS = frozenset({"koska", "kun", "jos", "että", "kuin", "kunnes", "jotta", "vaikka",
                        "ennen", "jälkeen"})
_NEGATIVE_JOINS = frozenset({"eikä", "enkä", "etkä"})


def _clauses(words: Sequence[str]) -> list[tuple[bool, list[str], list[str]]]:
    """Each main clause: whether it says no, its verbs, and its other words that carry
    meaning."""
    out: list[tuple[bool, list[str], list[str]]] = []
    clause: list[str] = []
    main = True
    for w in [*words, "ja"]:
        if w not in _MAIN_JOINS and w not in _SUB_JOINS and w not in _NEGATIVE_JOINS:
            clause.append(w)
            continue
        if clause and main:
            own = [x for x in clause if x not in NEGATIONS and x not in FRAME_WORDS
                   and x not in SUBJECT_PRONOUNS]
            verbs = [x for x in own if "teonsana" in finnish.word_classes(x)]
            out.append((_negative(clause), verbs, [x for x in own if x not in verbs]))
        main = w not in _SUB_JOINS
        clause = [w] if w in _NEGATIVE_JOINS else []
    return out


def _contradicts(words: Sequence[str], accepted: Sequence[str],
                 topics: Sequence[str] = ()) -> bool:
    """An open answer that says no to what an accepted answer says ("en käytä suojalaseja"
    to "käytä aina suojalaseja": the same verb, and the things it names, adverbs aside, are
    the example's or the step's topics: "aino ei ole sängyssä" is no "aino on lattialla"),
    or says what one forbids and nothing more ("sekoita pesuaineita" to "älä sekoita
    pesuaineita"; "nosta nostolaitteella" is another thing than "älä nosta yksin")."""
    def like(w: str, others: Sequence[str]) -> bool:
        return any(w == o or finnish.same_lemma(w, o) for o in others)

    said = _clauses(words)
    if not any(verbs for _, verbs, _ in said):
        return False
    examples = [clause for n in accepted for clause in _clauses(n.split())]
    for negative, verbs, rest in said:
        if not verbs:
            continue
        same = [(neg, v, r) for neg, v, r in examples if any(like(x, v) for x in verbs)]
        if any(neg == negative for neg, _, _ in same):
            continue  # an example says it so too
        things = [x for x in rest if x not in _ADVERBS
                  and "seikkasana" not in finnish.word_classes(x)]
        for _, v, r in same:
            if negative and all(like(x, [*r, *topics]) for x in things):
                return True
            if not negative and all(like(x, v + r) for x in verbs + rest):
                return True
    return False


def _bare_yes(words: Sequence[str]) -> bool:
    """Only a yes, no or acknowledgement ("joo", "okei", "no hyvä"), with frame words."""
    return any(w in ACKNOWLEDGEMENTS for w in words) and all(
        w in ACKNOWLEDGEMENTS or w in FRAME_WORDS or w in SUBJECT_PRONOUNS for w in words)


def _opposite(c: Case) -> Judgement | None:
    if any(_shape(n).negative == c.negative for _, n in c.accepted):
        return None
    if _related(c.words, c.accepted):
        return c.judgement("wrong", "negation")
    # "moppi" for "en ymmärtänyt" is another answer, not the opposite one
    c.note("the other polarity, but no word of an accepted answer")
    return c.judgement("wrong")


def _by_word(c: Case) -> Judgement:
    """Compare with the answers that say yes where the learner said yes, no where no. Near
    candidates are all compared: teippia is teippiä without dots, though the letters put
    teippi closer; the trainer would correct the dots."""
    fuzz = _fuzz()
    alike = [(a, n) for a, n in c.accepted if _shape(n).negative == c.negative]
    if (turned := _verb_of_the_other_polarity(c)) is not None:
        c.note(f"{turned} is said only with the other polarity in the accepted answers")
        return c.judgement("wrong", "negation", closest=c.closest)
    # A number the step does not take, or its numbers in each other's places, is another
    # answer however near the rest: "linjalle kaksi" for "linjalle kolme", "kolmekymmentä
    # kaksi" for 2.30.
    said = [w for w in c.words if _is_number(w)]
    if said:
        numbers = [_shape(n).numbers for _, n in alike]
        if any(numbers) and not any(n and set(said) & set(n) for n in numbers):
            c.note(f"the number {' '.join(said)} is in no accepted answer")
            return c.judgement("wrong", closest=c.closest)
        swapped = [a for a, n in alike if _swapped_numbers(c.words, list(_shape(n).words))]
        if swapped and not any(numbers_ and _numbers_in_place(c.words, list(_shape(n).words))
                               for (_, n), numbers_ in zip(alike, numbers, strict=True)):
            c.note(f"the numbers of '{swapped[0]}' in each other's places")
            return c.judgement("wrong", closest=swapped[0])
    # An ordinal counts what a number counts: "toisessa kerroksessa" for "kolmannessa
    # kerroksessa" (or "kerros kolme") is another floor, not a word form.
    counted = {v for w in c.words if (v := _ordinal_value(w))}
    if counted:
        values = [{_ordinal_value(w) or w for w in _shape(n).words
                   if _is_number(w) or _ordinal_value(w)} for _, n in alike]
        if any(values) and not any(counted & v for v in values):
            c.note(f"the ordinal {' '.join(sorted(counted))} is in no accepted answer")
            return c.judgement("wrong", closest=c.closest)
    scored = sorted(((fuzz.ratio(c.heard, n), a, n) for a, n in alike), reverse=True)
    s = c.settings
    near = [x for x in scored[:s.candidates] if x[0] >= scored[0][0] - s.candidate_window]
    # A shorter accepted answer whose every word was said is compared too, however far
    # the letters put it: "tiistaina iltavuoro" is "iltavuoro" and a word more, not
    # "tiistaina on iltavuoro" without its "on".
    heard_words = set(c.words)
    near += [x for x in scored[len(near):] if _shape(x[2]).wordset <= heard_words]
    best: tuple[Judgement, int] | None = None
    for score, a, n in near:
        compared = _compare(c, a, n, score)
        if best is None or _rank(compared) < _rank(best):
            best = compared
            if _rank(best) == 0 and c.notes is None:
                break  # a full match: no other candidate can do better
    assert best is not None
    return best[0]


RULES: tuple[Rule, ...] = (
    Rule("silence", "nothing was said", "silence", None, _silence,
         (("", ("moppi",), "silence", None), ("öö", ("moppi",), "silence", None)),
         switchable=False),
    Rule("exact", "an accepted answer word for word (also with a compound split: "
         "työ turvallisuus)", "correct", None, _exact,
         (("Moppi.", ("moppi",), "correct", None),
          ("työ turvallisuus", ("työturvallisuus",), "correct", None)), switchable=False),
    Rule("negation_slip", "\"ala\" for the \"älä\" (or \"älkää\") of an accepted "
         "prohibition, the rest right or nearly: the dots, not the opposite", "almost",
         "umlaut", _negation_slip,
         (("ala laita kättä koneeseen", ("älä laita kättä koneeseen",), "almost", "umlaut"),
          ("ala koskaan mene auton alle", ("älä koskaan mene auton alle",), "almost",
           "umlaut"),
          ("ala menkö sisään", ("älkää menkö sisään",), "almost", "umlaut")),
         switchable=False),
    Rule("order_of_meaning", "the words of an accepted answer, but on the other side of a "
         "word whose place carries the meaning (ennen, jälkeen, kuin…)", "wrong", "word_order",
         _order_of_meaning,
         (("desinfioi ennen kuin peset kädet", ("pese kädet ennen kuin desinfioit",),
           "wrong", "word_order"),
          ("ensin desinfioi sitten pese kädet", ("ensin pese kädet sitten desinfioi",),
           "wrong", "word_order")), switchable=False),
    Rule("word_order", "the same words in another order, with frame words and polite "
         "extras, without a subject pronoun; numbers keep their slot", "correct", None,
         _word_order,
         (("kädet pese", ("pese kädet",), "correct", None),
          ("se on moppi kiitos", ("moppi",), "correct", None),
          ("olen sairas", ("minä olen sairas",), "correct", None),
          ("hyllypaikka kolme hyllyväli seitsemän", ("hyllyväli seitsemän hyllypaikka kolme",),
           "correct", None))),
    Rule("order_strict", "the same words in another order, where the step wants its order "
         "(strict: [word_order])", "almost", "word_order", _order_strict,
         (("kädet pese", ("pese kädet",), "almost", "word_order",
           {"strict": ("word_order",)}),), switchable=False),
    Rule("answer_inside", "an accepted answer said whole, with other accepted answers or up "
         "to three real words more", "correct", None, _answer_inside,
         (("en ymmärtänyt voitko toistaa hitaasti", ("en ymmärtänyt", "voitko toistaa"),
           "correct", None),
          ("jään kotiin ja soitan töihin", ("jään kotiin", "soitan töihin"), "correct",
           None))),
    Rule("closest", "(finds the closest accepted answer for the rules below)", "", None,
         _closest, switchable=False),
    Rule("keywords", "every keyword of the step in any form, saying yes or no as the "
         "accepted answers do", "correct", None, _keywords,
         (("laitan aina käsineet", ("käytän käsineitä",), "correct", None,
           {"keywords": ("käsine",)}),)),
    Rule("other_option", "another option of a choose step, or nearer to it than to the "
         "answer", "wrong", "other_option", _foreseen("other_option"),
         (("tuuli", ("tuli",), "wrong", "other_option", {"other_options": ("tuuli",)}),),
         switchable=False),
    Rule("mistake", "one of the step's foreseen mistakes, or nearer to it than to any "
         "accepted answer (its own verdict, wrong unless it says almost)", "wrong", "mistake",
         _foreseen("mistake"),
         (("käytän sitä", ("en käytä sitä",), "wrong", "mistake",
           {"wrong_answers": ("käytän sitä",)}),
          ("kokki on", ("tarjoilija",), "almost", "mistake",
           {"wrong_answers": {"kokki": "almost"}})), switchable=False),
    Rule("dont_know", "\"I don't know\" (en tiedä, en osaa…), also said another way (en "
         "tiedä mitään)", "wrong", "dont_know",
         _dont_know, (("en tiedä", ("moppi",), "wrong", "dont_know"),
                      ("en mä tiiä", ("moppi",), "wrong", "dont_know"),
                      ("en tiedä mitään", ("olin kotona",), "wrong", "dont_know",
                       {"open_question": True}))),
    Rule("open_answer", "in an open question (open: true), any answer in Finnish words (one "
         "slip in three words or more), naming a topic where the step lists them; not one "
         "that says no to what an example says or does what one forbids (wrong, negation), "
         "nor a bare yes (wrong)", "correct",
         None, _open_answer,
         (("rukoilen", ("juon kahvia",), "correct", None, {"open_question": True}),
          ("juon teetä", ("juon kahvia",), "correct", None,
           {"open_question": True, "topics": ("tee",)}),
          ("en käytä suojalaseja", ("käytä aina suojalaseja",), "wrong", "negation",
           {"open_question": True}),
          ("sekoita pesuaineita", ("älä sekoita pesuaineita",), "wrong", "negation",
           {"open_question": True}),
          ("joo", ("olin kotona",), "wrong", None, {"open_question": True})),
         switchable=False),
    Rule("no_answer", "a step with nothing to accept", "wrong", None, _no_answer,
         (("moppi", (), "wrong", None),), switchable=False),
    Rule("opposite", "no where every accepted answer says yes, or yes where they all say "
         "no (negation when it speaks of the same thing)", "wrong", "negation", _opposite,
         (("en ilmoita esimiehelle", ("ilmoitan esimiehelle",), "wrong", "negation"),
          ("moppi", ("en ymmärtänyt",), "wrong", None)), switchable=False),
    Rule("by_word", "word by word with the closest accepted answers (WORD_RULES)",
         "by word", None, _by_word,
         (("pese kadet", ("pese kädet ennen työtä",), "almost", "umlaut"),
          ("tuli", ("tuuli",), "almost", "vowel_length"),
          ("pallo", ("pullo",), "wrong", None)), switchable=False),
)
RULE_NAMES = tuple(r.name for r in RULES)


# -- word by word ------------------------------------------------------------------------------


@dataclass(frozen=True)
class WordRule:
    """Why a heard word differs from the expected one: ``check(expected, heard, real)``
    gives the reason ("same" when it says the same), or None to ask the next rule. ``real``
    is whether the heard word is a Finnish word (None without Voikko)."""

    name: str
    matches: str
    check: Callable[[str, str, bool | None], str | None]
    examples: tuple[tuple[str, str, str], ...] = ()  # (expected, heard, reason)
    switchable: bool = True


def _w_synonym(e: str, h: str, real: bool | None) -> str | None:
    found = lexicon.equivalent(e, h)
    return None if found is None else ("same" if found == "same" else "word_form")


def _w_possessive(e: str, h: str, real: bool | None) -> str | None:
    # a single letter for a double, a/ä or a short vowel is the slip a trainer hears,
    # whatever possessive reading the letters also have (kuitaan for kuittaan)
    return "same" if real and finnish.possessive_of(e, h) \
        and finnish.minimal_pair(e, h) is None else None


def _w_assimilated(e: str, h: str, real: bool | None) -> str | None:
    if not real and _assimilated(e, h):
        return "same"
    # a verb's -oa- said -oo- (siivoon for siivoan), even where that spells another word
    # (siivo, into), which no learner means in that verb's place
    if "oa" in e and h == e.replace("oa", "oo", 1) and "teonsana" in finnish.word_classes(e):
        return "same"
    return None


def _w_inflected(e: str, h: str, real: bool | None) -> str | None:
    return "word_form" if real and e in finnish.base_forms(h) else None


def _w_minimal_pair(e: str, h: str, real: bool | None) -> str | None:
    return finnish.minimal_pair(e, h)


def _w_same_lemma(e: str, h: str, real: bool | None) -> str | None:
    return "word_form" if real is not False and finnish.same_lemma(e, h) else None


def _w_compound_head(e: str, h: str, real: bool | None) -> str | None:
    return "word_form" if real and len(h) >= 4 and e.endswith(h) else None


def _w_typo(e: str, h: str, real: bool | None) -> str | None:
    if real:
        return None
    from rapidfuzz.distance import OSA

    # two letters swapped are one slip of the fingers or tongue (hraja for harja)
    distance = OSA.distance(e, h)
    if (distance == 1 and len(e) >= 4) or \
            (distance == 2 and len(e) >= SETTINGS.typo_long_word):
        return "typo"
    return None


def _w_long_slip(e: str, h: str, real: bool | None) -> str | None:
    """A long word one letter off is a slip even where the result happens to be a word
    (iltavoro: ilta + voro)."""
    if not real or len(e) < SETTINGS.typo_long_word or e[:4] != h[:4]:
        return None
    from rapidfuzz.distance import Levenshtein

    return "typo" if Levenshtein.distance(e, h) == 1 else None


def _w_stem(e: str, h: str, real: bool | None) -> str | None:
    return "word_form" if real is None and finnish.same_stem(e, h) else None


WORD_RULES: tuple[WordRule, ...] = (
    WordRule("synonyms", "a word of the same lexicon group: in the same form it is the same "
             "word, in another a word form", _w_synonym,
             (("esimiehelle", "pomolle", "same"), ("esimiehelle", "pomo", "word_form"))),
    WordRule("possessive", "the same word with a possessive suffix", _w_possessive,
             (("kädet", "käteni", "same"),)),
    WordRule("assimilated", "a final -ia, -oa… said as speech assimilates it, or a verb's "
             "-oa- said -oo-", _w_assimilated,
             (("kahvia", "kahvii", "same"), ("siivoan", "siivoon", "same")), switchable=False),
    WordRule("inflected", "a real word whose base form is the expected word", _w_inflected,
             (("pöytä", "pöytää", "word_form"),), switchable=False),
    WordRule("minimal_pair", "only a/ä o/ö u/y, a single or double vowel or consonant apart",
             _w_minimal_pair,
             (("tuuli", "tuli", "vowel_length"), ("kukka", "kuka", "double_consonant"),
              ("ämpäri", "ampari", "umlaut")), switchable=False),
    WordRule("same_lemma", "another form of the same word", _w_same_lemma,
             (("pulloa", "pullo", "word_form"),), switchable=False),
    WordRule("compound_head", "the head of the expected compound", _w_compound_head,
             (("työvuoro", "vuoro", "word_form"),), switchable=False),
    WordRule("typo", "no word, one letter off or two swapped (two slips from 8 letters)",
             _w_typo, (("moppi", "moppu", "typo"), ("harja", "hraja", "typo")),
             switchable=False),
    WordRule("long_slip", "a word of 8+ letters one letter off, even where that makes "
             "another word", _w_long_slip, (("iltavuoro", "iltavoro", "typo"),),
             switchable=False),
    WordRule("stem", "without Voikko: a shared stem plus an ending", _w_stem,
             switchable=False),
)
SWITCHABLE = tuple(r.name for r in RULES if r.switchable) + \
    tuple(r.name for r in WORD_RULES if r.switchable) + ("extra_words", "partitive", "essive",
                                                                 "verbless", "place_case")


def _word_reason(e: str, h: str, c: Case) -> str | None:
    """Why a heard word differs from the expected one, or None if it is another word."""
    if h in c.names:  # the learner's own name is no slip of a word, nor of another name
        c.note(f"{h} for {e}: a name")
        return None
    real = finnish.is_word(h)
    for rule in WORD_RULES:
        if rule.switchable and rule.name in c.strict:
            continue
        reason = rule.check(e, h, real)
        if reason is not None:
            c.note(f"{h} for {e}: {reason} ({rule.name})")
            return reason
    c.note(f"{h} for {e}: another word")
    return None


def _rank(compared: tuple[Judgement, int]) -> int:
    """Which comparison a trainer would go by: an exact match, then a pronunciation slip
    of a longer accepted answer that explains every word heard (kahvi puuttuu hullusta ~
    hyllystä), then a right answer with extra words, then other slips."""
    j, unexplained = compared
    if j.verdict == "correct":
        return 0 if j.detail is None else 2
    if j.verdict == "almost":
        return 1 if j.reason in PRONUNCIATION and not unexplained else 3
    return 4


def _compare(c: Case, closest: str, expected: str, closeness: float
             ) -> tuple[Judgement, int]:
    """Word-by-word comparison of the answer with one accepted answer; with it, how many
    heard words the comparison leaves unexplained (for ranking candidates)."""
    saved = c.closeness
    c.closeness = closeness
    try:
        return _compare_words(c, closest, expected)
    finally:
        c.closeness = saved


def _compare_words(c: Case, closest: str, expected: str) -> tuple[Judgement, int]:
    heard = c.heard
    exp = expected.split()
    if _swapped_numbers(heard.split(), exp):
        c.note(f"the numbers of '{closest}' in each other's places")
        return c.judgement("wrong", closest=closest), 0
    pairs, missing, extra = _align(exp, heard.split(), c.settings.align_gap)
    extra = [w for w in extra if w not in FRAME_WORDS and w not in SUBJECT_PRONOUNS
             and not (w in _COUNT_WORDS and any(_is_number(x) for x in heard.split()))]
    unexplained = len(extra)
    findings: list[tuple[str, str, str]] = []  # (reason, expected word, heard word)
    for e, h in pairs:
        if e == h:
            continue
        reason = _word_reason(e, h, c)
        if reason == "same" or (reason is None and e in FRAME_WORDS and h in FRAME_WORDS
                                and e not in SPEECH_ACTS):
            continue  # "tämä on" for "se on" frames the answer all the same
        if reason == "word_form" and c.on("partitive") and _partitive_for(e, h, exp):
            c.note(f"{h} for {e}: the partitive, as right here (partitive)")
            continue
        if reason == "word_form" and c.on("place_case") and _other_place_case(e, h):
            c.note(f"{h} for {e}: the same place, in and on (place_case)")
            continue
        if reason == "word_form" and _label_in_step_case(c, e, h, exp):
            c.note(f"{h} for {e}: a numbered place in the case the step says it in")
            continue
        if reason == "word_form" and c.on("essive") and _essive_for(e, h, exp):
            c.note(f"{h} for {e}: the essive of a state, as right here (essive)")
            continue
        if reason is None:
            return c.judgement("wrong", closest=closest), unexplained
        findings.append((reason, e, h))
    slips = [f for f in findings if f[0] in PRONUNCIATION]
    if c.on("verbless") and _said_without_its_verb(exp, heard.split(), missing, findings,
                                                   extra):
        c.note(f"'{closest}' said as an instruction without its verb {missing[0]}")
        return c.judgement("correct", closest=closest), 0
    if missing and not slips:
        # Half the words that carry the meaning must be there ("moppi" for "tämä on
        # moppi" is a start; "on" alone is not, nor a lone negative verb "en").
        content = [w for w in exp if (w not in FRAME_WORDS or w in SPEECH_ACTS)
                   and w != "ja"] or exp
        said = [e for e, _ in pairs if e in content]
        meaning = [e for e in said if e not in NEGATIONS and e not in SUBJECT_PRONOUNS]
        c.note(f"missing: {' '.join(missing)}")
        # a half left out leaves a whole, another quantity: "tunnin päästä" for "puolen
        # tunnin päästä" (set 6); a number left out is a half answer ("hyllyvälissä")
        if any(finnish.same_lemma(m, "puoli") for m in missing) and \
                not any(finnish.same_lemma(w, "puoli") for w in heard.split()):
            return c.judgement("wrong", closest=closest), unexplained
        if not meaning or len(said) * 2 < len(content):
            return c.judgement("wrong", closest=closest), unexplained
        return c.judgement("almost", "missing_words", closest=closest,
                           detail=Detail(expected=expected, heard=heard)), unexplained
    if not findings and not extra:
        return c.judgement("correct", closest=closest), 0
    if not findings:  # everything right, plus words that do not belong
        c.note(f"more: {' '.join(extra)}")
        plausible = c.on("extra_words") and all(
            _real(w, c) and not _near_any(w, exp) for w in extra)
        # An answer of two or more words takes a word or two more; a one-word answer
        # takes the verb that makes it a sentence ("teen kaksikymmentä") or an adverb
        # ("kiitos paljon", "heti"), not another noun ("moppi harja" names two things).
        if plausible and ((len(exp) >= 2 and len(extra) <= c.settings.extra_words)
                          or (len(extra) == 1 and _adverbial(extra[0])
                              and not _form_with(c, extra[0], exp[0]))
                          or (len(extra) <= c.settings.extra_words
                              and _in_other_answers(c, extra, exp[0])
                              and not any(_form_with(c, w, exp[0]) for w in extra))):
            # kerron heti hoitajalle; the detail marks the extra words for _rank
            return c.judgement("correct", closest=closest,
                               detail=Detail(expected=expected, heard=heard)), unexplained
        if c.on("extra_words") and len(exp) == 1 and exp[0] in GREETINGS and len(extra) == 1:
            # "huomenta pomo", "kiitos Sara": a greeting names whom it greets
            return c.judgement("correct", closest=closest,
                               detail=Detail(expected=expected, heard=heard)), unexplained
        if len(extra) > len(exp):
            return c.judgement("wrong", closest=closest), unexplained
        return c.judgement("almost", "typo", closest=closest,
                           detail=Detail(expected=expected, heard=heard)), unexplained
    # A pronunciation slip is what the trainer corrects first, even in a short answer
    # ("pese kadet" for "pese kädet ennen työtä": the dots, then the rest).
    reason, e, h = min(findings, key=lambda f: _REASON_ORDER.index(f[0]))
    if reason in PRONUNCIATION:
        return c.judgement("almost", reason, closest=closest,
                           detail=_slip_detail(e, h, reason)), unexplained
    return c.judgement("almost", reason, closest=closest,
                       detail=Detail(expected=expected, heard=heard)), unexplained


# -- helpers -------------------------------------------------------------------------------


# Rules that find an accepted answer said whole: the trainer's own answer is long enough.
_WHOLE_ANSWER_RULES = frozenset({"exact", "word_order"})


def _long_enough(c: Case, j: Judgement) -> Judgement:
    """A right answer to a step that asks for N sentences (sentences: N) has N or more,
    else it is a start: almost (too_short). An accepted answer as written is the trainer's
    own, and long enough, and so is any answer as long as the shortest of them."""
    if j.verdict != "correct" or j.rule in _WHOLE_ANSWER_RULES:
        return j
    # the trainer's shortest accepted answer is long enough, and so is any as long
    need = min([c.min_sentences, *(_sentences(_shape(n).words) for _, n in c.accepted)])
    if _sentences(c.words) >= need:
        return j
    c.rule = j.rule  # the example to follow: the trainer's first answer, the model
    return c.judgement("almost", "too_short", closest=c.first or j.closest,
                       detail=Detail(expected=c.first or j.closest or "", heard=c.heard))


def _sentences(words: Sequence[str]) -> int:
    """How many sentences an answer says, as speech has no full stops: its verbs, a verb
    chain ("pitää kuivata", "en pese") counted once. Without Voikko, a sentence is two
    words."""
    if finnish.voikko() is None:
        return len(words) // 2
    count, verb_before = 0, False
    for w in words:
        verb = w in NEGATIONS or "teonsana" in finnish.word_classes(w)
        count += verb and not verb_before
        verb_before = verb
    return count


def _slip_detail(e: str, h: str, reason: str) -> Detail:
    """The slip named, with its letter, and any other slip in the same word (kyla for
    kyllä: a double l and an ä), so that feedback names what the learner must change."""
    found = finnish.slips(e, h)
    named = next((s for s in found if s[0] == reason), None)
    letter, long_ = (named[1], named[2]) if named else finnish.differing_letter(e, h, reason)
    return Detail(e, h, letter, long_, tuple(s for s in found if s[0] != reason))


def _same_words(heard: list[str], norm: str) -> bool:
    """Finnish word order is free: the same words in another order are the same answer
    (``norm``, an accepted answer normalised), and frame words around them ("se on",
    "kiitos") change nothing."""
    shape = _shape(norm)
    core = [w for w in heard if w not in FRAME_WORDS or w in shape.wordset]
    if shape.units and not _numbers_in_place(core, shape.words, shape.units):
        return False
    if shape.ordinals and tuple(w for w in core if w in day_ordinals()) != shape.ordinals:
        return False
    if len(core) == len(shape.words) and _bag(core) == shape.bag:
        return True
    if shape.without_ja is not None and _bag([w for w in core if w != "ja"]) == \
            shape.without_ja:
        return True  # "iltaa tervetuloa" for "iltaa ja tervetuloa"
    # Finnish drops the subject pronoun of a verb in the first and second person:
    # "olen sairas" says what "minä olen sairas" says.
    return bool(shape.lean) and \
        _bag([w for w in core if w not in _UNSAID_SUBJECTS]) == shape.lean


def _crossed(heard: list[str], expected: list[str], marker: str) -> bool:
    """Words from before ``marker`` now after it, and words from after it now before."""
    def split(words: list[str]) -> tuple[list[str], list[str]]:
        i = words.index(marker)
        keep = [w for w in words if w not in FRAME_WORDS and w not in ORDER_WORDS
                and w != "kuin" and w != "kun"]
        return [w for w in words[:i] if w in keep], [w for w in words[i + 1:] if w in keep]

    def like(w: str, others: list[str]) -> bool:
        return any(w == o or finnish.same_lemma(w, o) for o in others)

    e_before, e_after = split(expected)
    h_before, h_after = split(heard)
    moved_up = any(like(w, e_after) and not like(w, e_before) for w in h_before)
    moved_down = any(like(w, e_before) and not like(w, e_after) for w in h_after)
    return moved_up and moved_down


def _partitive_for(e: str, h: str, expected: list[str]) -> bool:
    """The singular partitive for a nominative, not after a number (which takes the
    partitive): "kahvia puuttuu" for "kahvi puuttuu", "painan hätäpysäytintä" for "painan
    hätäseis"; but "kaksi pullo" for "kaksi pulloa" stays a word form."""
    if ("osanto", "singular") not in finnish.case_numbers(h):
        return False
    if ("nimento", "singular") not in finnish.case_numbers(e) and \
            ("nimento", "plural") not in finnish.case_numbers(e) and \
            not any(m == "base" for _, m in lexicon.forms(e)):
        return False
    at = expected.index(e)
    if at > 0 and _NUMBER_WORD.match(expected[at - 1]):
        return False
    # only beside a verb that takes it ("puuttuu", "painan"); a thing named ("harja", "se
    # on harja") is named in the nominative
    return any(w != e and "olla" not in finnish.base_forms(w)
               and "teonsana" in finnish.word_classes(w) for w in expected)


# A count's own word: "4 kpl" for "neljä" counts what the step counts.
_COUNT_WORDS = frozenset({"kappale", "kappaletta"})


def _in_other_answers(c: Case, extra: Sequence[str], answer: str) -> bool:
    """Words another accepted answer says in the same form: "maito jääkaapissa" is
    "jääkaapissa" with the "maito" of "maito on jääkaapissa" (set 6)."""
    said = {w for _, n in c.accepted for w in n.split()}
    # what the answer is about, named before it: a subject, not a word of a sentence cut
    # short ("mittaan reikien", "varo lattia on")
    return c.words[-1] == answer and all(
        w in said and not _is_number(w) and "nimisana" in finnish.word_classes(w)
        and {("nimento", "singular"), ("nimento", "plural")} & finnish.case_numbers(w)
        for w in extra)


@lru_cache(maxsize=1024)
def _polar_verbs(accepted: tuple[tuple[str, str], ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The base forms of the verbs the step's accepted answers say: in its yes answers,
    in its no answers."""
    sides: tuple[set[str], set[str]] = (set(), set())
    polarities = {_shape(n).negative for _, n in accepted}
    if len(polarities) < 2:  # one polarity: no verb is said only with the other
        return frozenset(), frozenset()
    for _, n in accepted:
        words = n.split()
        side = sides[1 if _negative(words) else 0]
        for w in words:
            if w not in NEGATIONS and "teonsana" in finnish.word_classes(w):
                side.update(finnish.base_forms(w))
    return frozenset(sides[0]), frozenset(sides[1])


def _verb_of_the_other_polarity(c: Case) -> str | None:
    """A verb the step says only with the other polarity: "saan käynnistää" where "en saa
    käynnistää" and "käynnistää" (what is not allowed) are accepted (set 6)."""
    yes, no = _polar_verbs(tuple(c.accepted))
    if not yes or not no or c.negative:  # "ei, siitä puuttuu": a no, then what is wrong
        return None
    other, own = no, yes
    for w in c.words:
        if w in NEGATIONS:
            continue
        forms = finnish.base_forms(w)
        if forms & other and not forms & own and "teonsana" in finnish.word_classes(w):
            return w
    return None


def _said_without_its_verb(expected: list[str], heard: list[str], missing: list[str],
                          findings: list[tuple[str, str, str]], extra: list[str]) -> bool:
    """The thing and where it goes, without the verb, as Finnish says it at work: "sormus
    pois" for "otan sormuksen pois", "hanskat käteen" (set 6); the thing in the
    nominative."""
    if extra or len(missing) != 1 or missing[0] != expected[0] or len(expected) < 3 or \
            "teonsana" not in finnish.word_classes(expected[0]) or \
            heard[-1] != expected[-1] or not _adverbial(heard[-1]) or len(findings) > 1:
        return False
    nominative = {("nimento", "singular"), ("nimento", "plural")}
    return all(r == "word_form" and nominative & finnish.case_numbers(h)
               and finnish.same_lemma(e, h) for r, e, h in findings) and \
        bool(nominative & finnish.case_numbers(heard[0]))


# The inner and outer local cases of one direction: a place said "in" or "on" (hyllyyn,
# hyllylle; työpisteessä, työpisteellä; toimistoon, toimistolle).
_PLACE_CASES = ({"sisatulento", "ulkotulento"}, {"sisaolento", "ulkoolento"},
                {"sisaeronto", "ulkoeronto"})


def _other_place_case(e: str, h: str) -> bool:
    """The same place in the other local case of the same direction (set 6)."""
    ce, ch = finnish.case_numbers(e), finnish.case_numbers(h)
    return any(a != b and {a, b} in _PLACE_CASES and n == m
               for a, n in ce for b, m in ch) and finnish.same_lemma(e, h)


def _label_in_step_case(c: Case, e: str, h: str, expected: list[str]) -> bool:
    """A numbered place named in a form another accepted answer says it in: "kerroksessa
    kolme" for "kerros kolme" beside "kolmannessa kerroksessa" (set 6)."""
    at = expected.index(e)
    if at + 1 >= len(expected) or not _is_number(expected[at + 1]):
        return False
    heard = c.words
    return h in heard and heard.index(h) + 1 < len(heard) and \
        heard[heard.index(h) + 1] == expected[at + 1] and \
        any(h in n.split() for _, n in c.accepted)


def _essive_for(e: str, h: str, expected: list[str]) -> bool:
    """A state said in the essive after "olla", as Finnish says it too: "akku on tyhjänä"
    for "akku on tyhjä", "ovi on kiinni" beside "ovi on lukittuna" (set 6)."""
    at = expected.index(e)
    if at == 0 or "olla" not in finnish.base_forms(expected[at - 1]):
        return False
    if not {("olento", "singular"), ("olento", "plural")} & finnish.case_numbers(h):
        return False
    return bool({("nimento", "singular"), ("nimento", "plural")} & finnish.case_numbers(e)) \
        and any("laatusana" in k for k in finnish.word_classes(e)) and finnish.same_lemma(e, h)


# Cases that make a noun an adverbial ("kuudelta aamulla", "heti töissä"), and the -sti
# of an adjective said as an adverb ("tietysti", "nopeasti"): a one-word answer takes one
# such word more, not another thing ("moppi harja").
_ADVERBIAL_CASES = {"ulkoolento", "sisaolento", "sisaeronto", "ulkoeronto", "ulkotulento",
                    "sisatulento", "olento", "tulento", "keinonto", "vajanto", "kerrontosti"}


def _adverbial(word: str) -> bool:
    """A verb or an adverb, or a noun in a case that makes it one (aamulla, töissä)."""
    if word in _ADVERBS or {"teonsana", "seikkasana"} & finnish.word_classes(word):
        return True
    return any(case in _ADVERBIAL_CASES for case, _ in finnish.case_numbers(word))


def _related(words: Sequence[str], accepted: Sequence[tuple[str, str]]) -> bool:
    """The answer speaks of what an accepted answer speaks of: a word of the same lemma,
    beside the negative verb and the words that frame any answer."""
    own = [w for w in words if w not in NEGATIONS and w not in FRAME_WORDS
           and w not in SUBJECT_PRONOUNS]
    return any(w == a or finnish.same_lemma(w, a) for w in own for _, n in accepted
               for a in n.split() if a not in NEGATIONS and a not in FRAME_WORDS
               and a not in SUBJECT_PRONOUNS)


def _negative(words: Sequence[str]) -> bool:
    return not NEGATIONS.isdisjoint(words)


def _numbers_in_place(heard: Sequence[str], expected: Sequence[str],
                      want: list[tuple[str | None, tuple[str, ...]]] | None = None) -> bool:
    """Numbers bound to a slot keep it: "hyllyväli kolme, hyllypaikka seitsemän" is not
    "hyllyväli seitsemän, hyllypaikka kolme", and "kolmekymmentä kaksi" is not 2.30. A run
    of number words keeps its order; with two runs or more, each keeps the word before it."""
    want = _number_units(expected) if want is None else want
    if not want:
        return True
    got = _number_units(heard)
    if len(want) == 1:
        return [run for _, run in got] == [run for _, run in want]
    return sorted(got, key=repr) == sorted(want, key=repr)


def _swapped_numbers(heard: list[str], expected: list[str]) -> bool:
    """The same numbers, each in another's place: "kolmekymmentä kaksi" for 2.30."""
    numbers = sorted(w for w in expected if _is_number(w))
    return bool(numbers) and sorted(w for w in heard if _is_number(w)) == numbers \
        and not _numbers_in_place(heard, expected)


def _number_units(words: Sequence[str]) -> list[tuple[str | None, tuple[str, ...]]]:
    if not any(map(_is_number, words)):  # most answers have none: no pass word by word
        return []
    units: list[tuple[str | None, tuple[str, ...]]] = []
    slot: str | None = None
    run: list[str] = []
    for w in [*words, ""]:
        if w and _is_number(w):
            run.append(w)
            continue
        if run:
            units.append((slot, tuple(run)))
            run = []
        if w and w not in FRAME_WORDS:
            slot = w
    return units


# Speech assimilates the vowels of a final -oa, -ea, -ia…: "kahvii" for "kahvia",
# "pulloo" for "pulloa". Only against that expected word: "moppii" for "moppi" is a
# long vowel where a short one belongs.
_ASSIMILATED = {"oa": "oo", "öä": "öö", "ua": "uu", "yä": "yy", "ia": "ii", "iä": "ii",
                "ea": "ee", "eä": "ee"}


def _assimilated(expected: str, heard: str) -> bool:
    return len(expected) >= 4 and expected[-2:] in _ASSIMILATED \
        and heard == expected[:-2] + _ASSIMILATED[expected[-2:]]


def _near_any(word: str, expected: list[str]) -> bool:
    """An extra word that is a slip of an expected one (kelo for kello) is no addition."""
    from rapidfuzz.distance import Levenshtein

    return any(finnish.minimal_pair(e, word) is not None
               or (len(e) >= 4 and Levenshtein.distance(e, word) <= 1) for e in expected)


def _align(expected: list[str], heard: list[str], gap: float = SETTINGS.align_gap
           ) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """Order-preserving word alignment (Needleman–Wunsch on word similarity).

    Returns the aligned (expected, heard) pairs that are close enough to be the same word
    attempted, the expected words with no partner, and the heard words with none.
    """
    ratio, equivalent = _fuzz().ratio, lexicon.equivalent
    n, m = len(expected), len(heard)
    sim = [[1.0 if e == h or equivalent(e, h) else ratio(e, h) / 100 for h in heard]
           for e in expected]
    cost = [[j * gap for j in range(m + 1)]]
    for i in range(1, n + 1):
        above, alike, row = cost[i - 1], sim[i - 1], [i * gap]
        for j in range(1, m + 1):
            best = above[j - 1] + (1.0 - alike[j - 1])  # pair them
            if above[j] + gap < best:  # or skip the expected word
                best = above[j] + gap
            if row[j - 1] + gap < best:  # or the heard one
                best = row[j - 1] + gap
            row.append(best)
        cost.append(row)
    pairs, missing, extra = [], [], []
    i, j = n, m
    while i > 0 or j > 0:
        if i > 0 and j > 0 and abs(cost[i][j] - (cost[i - 1][j - 1] + 1.0 - sim[i - 1][j - 1])) \
                < 1e-9:
            pairs.append((expected[i - 1], heard[j - 1]))
            i, j = i - 1, j - 1
        elif i > 0 and abs(cost[i][j] - (cost[i - 1][j] + gap)) < 1e-9:
            missing.append(expected[i - 1])
            i -= 1
        else:
            extra.append(heard[j - 1])
            j -= 1
    return pairs[::-1], missing[::-1], extra[::-1]


def _contains(words: list[str], keyword: str) -> bool:
    parts = keyword.split()
    if len(parts) > 1:
        return f" {keyword} " in f" {' '.join(words)} "
    return any(w == keyword or (finnish.is_word(w) and finnish.same_lemma(w, keyword))
               for w in words)
