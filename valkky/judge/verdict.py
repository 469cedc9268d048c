"""Judge one answer the way a good Finnish trainer would.

A single fuzzy threshold cannot: tuli/tuuli scores higher than poyta/pöytä, yet the first
is a different word and the second a learner's missing dots. So rapidfuzz only finds the
closest accepted answer and helps align its words with what was heard; the verdict then
follows Finnish rules, word by word (see docs/judging.md).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from valkky.judge import finnish, lexicon
from valkky.judge.normalise import normalise

# Words a learner adds around an answer that change nothing: "se on moppi", "moppi, kiitos".
# From the shared lexicon (lessons/lexicon/fillers.yaml): frame words and polite extras.
FRAME_WORDS = lexicon.get().frame | lexicon.get().polite
# Droppable subjects: Finnish drops "minä"/"sinä" as a rule, and an answer to a question
# about someone drops "hän" ("Mitä hän painaa?" – "Painaa nappia.").
SUBJECT_PRONOUNS = {"minä", "sinä", "me", "te", "hän", "he"}
# The negative verb turns an answer into its opposite: "en ilmoita" is not a slip of
# "ilmoitan", whatever its letters say.
NEGATIONS = frozenset({"ei", "en", "et", "emme", "ette", "eivät", "älä", "älkää", "eikä",
                       "enkä", "etkä"})
# "I don't know" shares a verb with no answer; it is never a near miss.
DONT_KNOW = frozenset({"en tiedä", "en minä tiedä", "en osaa", "en muista", "en ymmärrä",
                       "en ymmärtänyt", "ei aavistustakaan", "en tiedä sitä", "en tiedä mikä"})
# An answer said right, with a word or two more ("kerron heti hoitajalle"), is right.
EXTRA_WORDS_ALLOWED = 2
_ADVERBS = {"paljon", "tosi"}  # adverbs Voikko files as nouns or adjectives
# An accepted answer said whole takes this many words more ("…, voitko puhua hitaammin").
EXTRA_WITH_ANSWER = 3
_NUMBER_WORD = lexicon.NUMBER_WORD
PRONUNCIATION = ("vowel_length", "double_consonant", "umlaut")
_REASON_ORDER = ("vowel_length", "double_consonant", "umlaut", "word_form", "typo")


@dataclass(frozen=True)
class Detail:
    """What exactly was off, for specific feedback."""

    expected: str  # the accepted word (or whole answer) concerned
    heard: str
    letter: str | None = None  # 'u' in tuli ~ tuuli, 'k' in kuka ~ kukka, 'ä' in ampari
    long: bool | None = None  # the expected word has the long/double/front one


@dataclass(frozen=True)
class Judgement:
    verdict: str  # correct | almost | wrong | silence
    reason: str | None
    score: float  # 0..1
    closest: str | None  # the accepted answer as the trainer wrote it
    heard: str  # the normalised answer
    detail: Detail | None = None
    matched: str | None = None  # the foreseen wrong answer or other option that matched


def judge(answer: str, accept: Sequence[str], *, keywords: Sequence[str] = (),
          wrong_answers: Sequence[str] = (), other_options: Sequence[str] = ()) -> Judgement:
    said = normalise(answer or "")
    accepted = [(a, _norm(a)) for a in accept if _norm(a)]
    # The shared lexicon: a synonym in an accepted answer's form is that answer's word.
    vocabulary = {w for _, n in accepted for w in n.split()}
    heard = " ".join(lexicon.toward(lexicon.canonical(said).split(), vocabulary))
    j = _judge(heard, accepted, keywords, wrong_answers, other_options)
    return j if j.heard == said else replace(j, heard=said)


def _norm(text: str) -> str:
    """Normalised, with the lexicon's units, short words and phrases said in full."""
    return lexicon.canonical(normalise(text))


def _judge(heard: str, accepted: list[tuple[str, str]], keywords: Sequence[str],
           wrong_answers: Sequence[str], other_options: Sequence[str]) -> Judgement:
    first = accepted[0][0] if accepted else None
    if not heard:
        return Judgement("silence", None, 0.0, first, heard)
    words = heard.split()
    same = _said_exactly(heard, accepted)
    if same is not None:
        return Judgement("correct", None, 1.0, same, heard)
    negative = _negative(words)
    inside = _contains_answer(words, accepted, wrong_answers, other_options)
    if inside is not None:  # "en ymmärtänyt, voitko toistaa hitaasti"
        return Judgement("correct", None, 1.0, inside, heard)

    from rapidfuzz import fuzz

    def best(candidates: Sequence[str]) -> tuple[str | None, float]:
        scored = [(c, fuzz.ratio(heard, _norm(c))) for c in candidates if _norm(c)]
        return max(scored, key=lambda x: x[1]) if scored else (None, 0.0)

    closest, closeness = best([a for a, _ in accepted])
    if keywords and all(_contains(words, _norm(k)) for k in keywords):
        wants_negative = any(_negative(_norm(k).split()) for k in keywords) or \
            (bool(accepted) and _negative(accepted[0][1].split()))
        if negative == wants_negative:
            # Keywords pass an answer in the learner's own words, but not a pronunciation
            # slip the trainer would correct in an accepted answer (mika ~ mikä).
            if closest is not None:
                j = _compare(heard, closest, _norm(closest), closeness)[0]
                if j.verdict == "almost" and j.reason in PRONUNCIATION:
                    return j
            return Judgement("correct", None, 1.0, first or keywords[0], heard)
    for pool, reason in ((other_options, "other_option"), (wrong_answers, "mistake")):
        match, near = best(pool)
        if match is not None and (heard == _norm(match) or (
                near > closeness and near >= 75
                and _negative(_norm(match).split()) == negative)):  # not "en käytä sitä"
            return Judgement("wrong", reason, _wrong_score(closeness), closest or first, heard,
                             matched=match)
    if closest is None:
        return Judgement("wrong", None, 0.0, first, heard)
    if heard in DONT_KNOW and not any(finnish.same_lemma(w, a) for w in words[1:]
                                      for _, n in accepted for a in n.split()):
        # (unless an answer has that verb, as in a lesson on saying "en ymmärtänyt")
        return Judgement("wrong", "dont_know", 0.0, closest, heard)
    # Compare with the answers that say yes where the learner said yes, no where no.
    alike = [a for a, n in accepted if _negative(n.split()) == negative]
    if not alike:
        # "moppi" for "en ymmärtänyt" is another answer, not the opposite one
        reason = "negation" if _related(words, accepted) else None
        return Judgement("wrong", reason, _wrong_score(closeness), closest, heard)
    # Near candidates are all compared: teippia is teippiä without dots, though the
    # letters put teippi closer; the trainer would correct the dots.
    scored = sorted(((fuzz.ratio(heard, _norm(a)), a) for a in alike), reverse=True)
    verdicts = [_compare(heard, a, _norm(a), score) for score, a in scored[:4]
                if score >= scored[0][0] - 15]
    return min(verdicts, key=_rank)[0]


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


def _said_exactly(heard: str, accepted: Sequence[tuple[str, str]]) -> str | None:
    """The accepted answer (as written) that ``heard`` says word for word, if any."""
    words = heard.split()
    for original, norm in accepted:
        if heard == norm or _same_words(words, norm.split()) \
                or heard.replace(" ", "") == norm.replace(" ", ""):  # "työ turvallisuus"
            return original
    return None


def _contains_answer(words: list[str], accepted: Sequence[tuple[str, str]],
                     *pools: Sequence[str]) -> str | None:
    """An accepted answer of two or more words said whole inside a longer one, the rest
    being other accepted answers ("jään kotiin ja soitan töihin") or a few real words that
    neither negate nor misspell it: "en ymmärtänyt, voitko toistaa hitaasti"."""
    if len(words) < 3 or any(_norm(m) == " ".join(words) for pool in pools for m in pool):
        return None
    left: list[str | None] = list(words)
    found: list[str] = []
    for original, norm in sorted(accepted, key=lambda a: -len(a[1].split())):
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
    every = [a for _, n in accepted for a in n.split() if a not in words]
    if len(rest) > EXTRA_WITH_ANSWER or any(
            w in NEGATIONS or not finnish.is_word(w)
            or any(finnish.minimal_pair(e, w) for e in every) for w in rest):
        return None
    return found[0]


def _numbers_in_place(heard: list[str], expected: list[str]) -> bool:
    """Numbers bound to a slot keep it: "hyllyväli kolme, hyllypaikka seitsemän" is not
    "hyllyväli seitsemän, hyllypaikka kolme", and "kolmekymmentä kaksi" is not 2.30. A run
    of number words keeps its order; with two runs or more, each keeps the word before it."""
    want = _number_units(expected)
    if not want:
        return True
    got = _number_units(heard)
    if len(want) == 1:
        return [run for _, run in got] == [run for _, run in want]
    return Counter(got) == Counter(want)


def _swapped_numbers(heard: list[str], expected: list[str]) -> bool:
    """The same numbers, each in another's place: "kolmekymmentä kaksi" for 2.30."""
    numbers = sorted(w for w in expected if _NUMBER_WORD.match(w))
    return bool(numbers) and sorted(w for w in heard if _NUMBER_WORD.match(w)) == numbers \
        and not _numbers_in_place(heard, expected)


def _number_units(words: Sequence[str]) -> list[tuple[str | None, tuple[str, ...]]]:
    units: list[tuple[str | None, tuple[str, ...]]] = []
    slot: str | None = None
    run: list[str] = []
    for w in [*words, ""]:
        if w and _NUMBER_WORD.match(w):
            run.append(w)
            continue
        if run:
            units.append((slot, tuple(run)))
            run = []
        if w and w not in FRAME_WORDS:
            slot = w
    return units


def _negative(words: Sequence[str]) -> bool:
    return any(w in NEGATIONS for w in words)


def _compare(heard: str, closest: str, expected: str, closeness: float
             ) -> tuple[Judgement, int]:
    """Word-by-word comparison of the answer with the closest accepted answer; with it, how
    many heard words the comparison leaves unexplained (for ranking candidates)."""
    if _swapped_numbers(heard.split(), expected.split()):
        return Judgement("wrong", None, _wrong_score(closeness), closest, heard), 0
    pairs, missing, extra = _align(expected.split(), heard.split())
    extra = [w for w in extra if w not in FRAME_WORDS and w not in SUBJECT_PRONOUNS]
    unexplained = len(extra)
    findings: list[tuple[str, str, str]] = []  # (reason, expected word, heard word)
    for e, h in pairs:
        if e == h:
            continue
        reason = _word_reason(e, h)
        if reason == "same" or (reason is None and e in FRAME_WORDS and h in FRAME_WORDS):
            continue  # "tämä on" for "se on" frames the answer all the same
        if reason is None:
            return Judgement("wrong", None, _wrong_score(closeness), closest, heard), \
                unexplained
        findings.append((reason, e, h))
    slips = [f for f in findings if f[0] in PRONUNCIATION]
    if missing and not slips:
        # Half the words that carry the meaning must be there ("moppi" for "tämä on
        # moppi" is a start; "on" alone is not, nor a lone negative verb "en").
        content = [w for w in expected.split() if w not in FRAME_WORDS and w != "ja"] \
            or expected.split()
        said = [e for e, _ in pairs if e in content]
        meaning = [e for e in said if e not in NEGATIONS and e not in SUBJECT_PRONOUNS]
        if not meaning or len(said) * 2 < len(content):
            return Judgement("wrong", None, _wrong_score(closeness), closest, heard), \
                unexplained
        return _almost("missing_words", closest, heard, closeness,
                       Detail(expected=expected, heard=heard)), unexplained
    if not findings and not extra:
        return Judgement("correct", None, 1.0, closest, heard), 0
    if not findings:  # everything right, plus words that do not belong
        plausible = all(finnish.is_word(w) and not _near_any(w, expected.split())
                        for w in extra)
        # An answer of two or more words takes a word or two more; a one-word answer
        # takes the verb that makes it a sentence ("teen kaksikymmentä") or an adverb
        # ("kiitos paljon", "heti"), not another noun ("moppi harja" names two things).
        if plausible and ((len(expected.split()) >= 2 and len(extra) <= EXTRA_WORDS_ALLOWED)
                          or (len(extra) == 1 and (extra[0] in _ADVERBS or {
                              "teonsana", "seikkasana"} & finnish.word_classes(extra[0])))):
            # kerron heti hoitajalle; the detail marks the extra words for _rank
            return Judgement("correct", None, 1.0, closest, heard,
                             Detail(expected=expected, heard=heard)), unexplained
        if len(extra) > len(expected.split()):
            return Judgement("wrong", None, _wrong_score(closeness), closest, heard), \
                unexplained
        return _almost("typo", closest, heard, closeness,
                       Detail(expected=expected, heard=heard)), unexplained
    # A pronunciation slip is what the trainer corrects first, even in a short answer
    # ("pese kadet" for "pese kädet ennen työtä": the dots, then the rest).
    reason, e, h = min(findings, key=lambda f: _REASON_ORDER.index(f[0]))
    if reason in PRONUNCIATION:
        letter, long_ = finnish.differing_letter(e, h, reason)
        return _almost(reason, closest, heard, closeness, Detail(e, h, letter, long_)), \
            unexplained
    return _almost(reason, closest, heard, closeness,
                   Detail(expected=expected, heard=heard)), unexplained


def _related(words: Sequence[str], accepted: Sequence[tuple[str, str]]) -> bool:
    """The answer speaks of what an accepted answer speaks of: a word of the same lemma,
    beside the negative verb and the words that frame any answer."""
    own = [w for w in words if w not in NEGATIONS and w not in FRAME_WORDS
           and w not in SUBJECT_PRONOUNS]
    return any(w == a or finnish.same_lemma(w, a) for w in own for _, n in accepted
               for a in n.split() if a not in NEGATIONS and a not in FRAME_WORDS
               and a not in SUBJECT_PRONOUNS)


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


def _word_reason(expected: str, heard: str) -> str | None:
    """Why a heard word differs from the expected one, or None if it is another word."""
    synonym = lexicon.equivalent(expected, heard)
    if synonym is not None:  # pomolle for esimiehelle; pomo for esimiehelle is a form
        return "same" if synonym == "same" else "word_form"
    real = finnish.is_word(heard)
    if real and finnish.possessive_of(expected, heard):
        return "same"  # pesen käteni says what pesen kädet says
    if not real and _assimilated(expected, heard):
        return "same"  # kahvii is how "kahvia" is said
    if real and expected in finnish.base_forms(heard):
        return "word_form"  # the target word inflected: pöytää for pöytä, not a long vowel
    pair = finnish.minimal_pair(expected, heard)
    if pair is not None:
        return pair  # vapa for vapaa is a short vowel, though vapaa can be vapa's partitive
    if real is not False and finnish.same_lemma(expected, heard):
        return "word_form"  # pulloa ~ pullo; without Voikko, the stem rule decides
    if real and len(heard) >= 4 and expected.endswith(heard):
        return "word_form"  # the head of a compound: vuoro for työvuoro
    if real is False or real is None:
        from rapidfuzz.distance import Levenshtein

        distance = Levenshtein.distance(expected, heard)
        if (distance == 1 and len(expected) >= 4) or (distance == 2 and len(expected) >= 8):
            return "typo"
        if real is None and finnish.same_stem(expected, heard):
            return "word_form"  # without Voikko; with it, "mop" is no form of "moppi"
    return None


def _align(expected: list[str], heard: list[str]
           ) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """Order-preserving word alignment (Needleman–Wunsch on word similarity).

    Returns the aligned (expected, heard) pairs that are close enough to be the same word
    attempted, the expected words with no partner, and the heard words with none.
    """
    from rapidfuzz import fuzz

    n, m = len(expected), len(heard)
    gap = 0.55  # pairing two words costs less than skipping both only when they are alike
    cost = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        cost[i][0] = i * gap
    for j in range(1, m + 1):
        cost[0][j] = j * gap
    sim = [[1.0 if lexicon.equivalent(e, h) else fuzz.ratio(e, h) / 100 for h in heard]
           for e in expected]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            pair = 1.0 - sim[i - 1][j - 1]
            cost[i][j] = min(cost[i - 1][j - 1] + pair, cost[i - 1][j] + gap,
                             cost[i][j - 1] + gap)
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


def _same_words(heard: list[str], expected: list[str]) -> bool:
    """Finnish word order is free: the same words in another order are the same answer,
    and frame words around them ("se on", "kiitos") change nothing."""
    core = [w for w in heard if w not in FRAME_WORDS or w in expected]
    if not _numbers_in_place(core, expected):
        return False
    if Counter(core) == Counter(expected):
        return True
    # Finnish drops the subject pronoun of a verb in the first and second person:
    # "olen sairas" says what "minä olen sairas" says.
    lean = [w for w in expected if w not in SUBJECT_PRONOUNS]
    return bool(lean) and Counter(w for w in core if w not in SUBJECT_PRONOUNS) == Counter(lean)


def _contains(words: list[str], keyword: str) -> bool:
    parts = keyword.split()
    if len(parts) > 1:
        return f" {keyword} " in f" {' '.join(words)} "
    return any(w == keyword or (finnish.is_word(w) and finnish.same_lemma(w, keyword))
               for w in words)


def _almost(reason: str, closest: str, heard: str, closeness: float, detail: Detail
            ) -> Judgement:
    score = round(min(0.95, max(0.5, 0.5 + 0.45 * closeness / 100)), 3)
    return Judgement("almost", reason, score, closest, heard, detail)


def _wrong_score(closeness: float) -> float:
    return round(min(0.45, closeness / 100 * 0.45), 3)
