"""Judge one answer the way a good Finnish trainer would: the entry point (``judge``).

A single fuzzy threshold cannot: tuli/tuuli scores higher than poyta/pöytä, yet the first
is a different word and the second a learner's missing dots. So the judge is an ordered
list of named rules (``RULES``, data: a name, what it matches, the verdict and reason it
gives, examples that tests run); the first rule that matches decides. The last one compares
the answer word by word with the closest accepted answers, each differing word classified
by its own ordered rules (``WORD_RULES``). Thresholds live in one ``Settings`` object; a
lesson step may switch rules off (``strict: [word_order]``). See docs/judging.md.

The rules live in modules of their own (rules, order, foreseen, open_answers, compare,
word_rules…) on what they share (case, wordsets, accepted, step_words, polarity,
number_words, forms_allowed); what the rest of the runtime uses of the judge (``judge``,
the settings, the rules, ``SWITCHABLE``, the answer caps) is importable from here.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache, update_wrapper
from typing import Generic, ParamSpec

from valkky.judge import (
    be_finite,
    finnish,
    form_slips,
    lexicon,
    made_up_verb,
    receiver,
    sizes,
    voice_slip,
)
from valkky.judge.accepted import (
    compile_accepted,
    dates_as_the_step_says,
    echoed_yes,
    minus_as_the_step_says,
    same_words,
    shape_of,
    time_typed_as_one,
    with_mistake_words,
    yes_as_understood,
)
from valkky.judge.adverb_more import adverb_more
from valkky.judge.alone_told import alone_told
from valkky.judge.asked_object import object_as_asked
from valkky.judge.asked_part import asked_part_left_out, key_word_alone
from valkky.judge.askers_person import askers_person, asks_of_me, question_turned
from valkky.judge.carry_on import carried_on
from valkky.judge.case import (
    MAX_ANSWER_CHARS,
    MAX_ANSWER_WORDS,
    SETTINGS,
    Case,
    Detail,
    Judgement,
    Rule,
    Settings,
    comma_cuts,
    fuzz_module,
    normalised,
)
from valkky.judge.clause_reader import part_starts
from valkky.judge.clock_time import an_hour_bare, clock_time_said
from valkky.judge.compare import by_word
from valkky.judge.count_said import copula_after_count
from valkky.judge.courtesy import acknowledgement_apart, another_act, courtesy_apart
from valkky.judge.enough_told import enough_of_a_lack
from valkky.judge.fault_denied import fault_called_fine
from valkky.judge.forbidden import forbidden_in
from valkky.judge.foreseen import foreseen_check
from valkky.judge.half_joined import half_hour_joined
from valkky.judge.hedges import doubt_apart, unsure_apart, without_doubt
from valkky.judge.keep_away import warning_apart
from valkky.judge.lead_clause import lead_clause_said
from valkky.judge.no_then_command import no_apart
from valkky.judge.none_named import none_named
from valkky.judge.normalise import (
    HOURS,
    canonical,
    days_written_short,
    normalise,
    weekday_alone,
)
from valkky.judge.number_form import number_form
from valkky.judge.number_words import is_number
from valkky.judge.numbered_names import number_noun_as_name
from valkky.judge.open_answers import dont_know, keywords_said, no_answer, open_answer
from valkky.judge.order import order_of_meaning, order_strict, pronoun_slip, word_order
from valkky.judge.permission import permits_a_mistake
from valkky.judge.pointers import pointer_as_accepted
from valkky.judge.polarity import main_clauses
from valkky.judge.pronoun_number import pronoun_number
from valkky.judge.question_told import question_told
from valkky.judge.reason_clause import reason_clause
from valkky.judge.reason_unknown import unknown_reason_apart
from valkky.judge.repaired import repaired
from valkky.judge.repeat_replaced import another_sentence
from valkky.judge.repeat_words import left_out
from valkky.judge.report_time import report_put_off_beside
from valkky.judge.reported import reported
from valkky.judge.rules import (
    a_call,
    acknowledged,
    another_day_beside,
    answer_inside,
    as_mistake,
    contrast,
    denied_said_yes,
    exact,
    extra_clause,
    find_closest,
    judged_as,
    model_phrase,
    no_dropped,
    no_then_answer,
    not_but,
    only_a_call,
    opposite,
    phrased_as_said,
    repairers_deed,
    said_and_unsaid,
    silence,
    time_range,
    vague_reason,
)
from valkky.judge.said_before import said_again
from valkky.judge.same_meaning import SWITCHES as SAME_MEANING
from valkky.judge.same_meaning import chain_as_its_verb, duration_as_accepted, persons_drilled
from valkky.judge.self_repair import self_repair_told
from valkky.judge.short_answers import pronoun_in_a_question
from valkky.judge.short_no import no_and_the_thing, no_of_a_yes
from valkky.judge.spelling import letters_told, spelled_after, spelling
from valkky.judge.step_words import (
    asked_as_wish,
    because_as_kun,
    compound_said_apart,
    digits_as_tens,
    long_vowel_said,
    none_as_missing,
    one_as_article,
    past_without_its_i,
    possessor_said,
    postposition_as_case,
    request_as_voitko,
    split_compound,
    step_synonym,
    synonym_of_another,
    variant_as_accepted,
    without_as_ton,
    written_short,
)
from valkky.judge.then_said import right_then
from valkky.judge.unsafe_more import outside, unsafe_beside
from valkky.judge.word_named import word_named
from valkky.judge.word_rules import WORD_RULES, WordRule
from valkky.judge.wordsets import (
    DONT_KNOW,
    FRAME_WORDS,
    NEGATION_SLIPS,
    NEGATIONS,
    SPEECH_ACTS,
    TIME_POSTPOSITIONS,
    WHERE_ASKED,
    has_negation,
)
from valkky.judge.yes_with_no import reason_alone, yes_conceded, yes_last, yes_then_no

# FRAME_WORDS only passes through: valkky.speech.scoring imports it from here
__all__ = ["FRAME_WORDS", "MAX_ANSWER_CHARS", "MAX_ANSWER_WORDS", "REMEMBERED", "RULES",
           "RULE_NAMES", "SETTINGS", "SWITCHABLE", "WORD_RULES", "Detail", "Judgement", "Rule",
           "Settings", "WordRule", "judge"]


# "mun", "sun", "teidän" as said: speech says "my" without the noun's suffix, the standard
# does not
_SPOKEN_POSSESSOR = re.compile(r"\b(?:[ms]un|teidän)\b", re.IGNORECASE)

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
        if kwargs and kwargs.get("explain"):
            return self._decide(*args, **kwargs)
        key: object
        try:
            if not kwargs and len(args) == 2 and type(args[0]) is str and \
                    type(args[1]) in _SEQUENCES:  # the commonest call: the key _key makes
                # (no cast(Sequence[str], …): that subscript and call cost at every call)
                key = ((args[0], tuple(args[1])), ())  # type: ignore[arg-type]
            else:
                key = (tuple(map(_key, args)),
                       tuple([(k, _key(v)) for k, v in sorted(kwargs.items())])
                       if kwargs else ())
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
_AS_IS = frozenset({str, bool, int, float, Settings, type(None)})


def _key(value: object) -> object:
    """An argument of judge() as part of a dict key: a list as a tuple, a mapping (the
    mistakes with their verdicts) as its items in order, marked as a mapping (a list of
    mistakes says another thing). What is inside is hashed as it is (words): anything
    that cannot be hashed, here or there, raises TypeError (not remembered)."""
    kind = type(value)  # the types the engine passes, by a look-up (every call makes a key)
    if kind in _AS_IS:
        return value
    if kind is list or kind is tuple:
        return tuple(value)  # type: ignore[arg-type]
    if kind is dict:
        return (Mapping, tuple(value.items()))  # type: ignore[attr-defined]
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
          earlier_mistakes: Sequence[str] = (), earlier_said: Sequence[str] = (),
          unsafe_mistakes: Sequence[str] = (), then_deed: str = "",
          later_mistakes: Sequence[str] = (), situation: str = "",
          settings: Settings = SETTINGS, explain: bool = False) -> Judgement:
    """The verdict on ``answer``: the first of ``RULES`` that matches decides.

    ``wrong_answers`` are the step's foreseen mistakes (a mapping gives each its verdict,
    "wrong" or "almost"); ``strict`` names rules the step switches off; ``open_question``
    takes any answer in Finnish words (one naming a ``topics`` word where given);
    ``min_sentences`` is the length the step asks for (1: a sentence, not a word): a right
    answer shorter than that, not an accepted one as written, is almost (too_short);
    ``earlier_mistakes`` are a dialogue turn's earlier turns' wrong mistakes, wrong said
    again as a clause whole (``said_before``; no rule reads them as this turn's), and
    ``earlier_said`` what those turns said (the times they name);
    ``unsafe_mistakes`` are those of the foreseen mistakes the trainer's reply calls unsafe
    ("Ei! …"): a repair after one never takes it back (``repaired``);
    ``later_mistakes`` those whose reply wants their deed done too, also or after the
    answer ("Kerro myös raportissa", "Sitten soita esimiehelle"): a no to one beside a right
    answer is no right answer (``rules._refused``);
    ``then_deed`` is the deed the question's instruction says comes after the one asked
    for ("irrota renkaat" to "Laita ensin tukipukit ja irrota sitten renkaat"; later_deed);
    ``situation`` what the step's question tells (an ask step's text, the robot's line
    before a dialogue turn): a fault it names is the step's own ("Lava on rikki. Mitä
    teet?"; carry_on.step_fault);
    ``explain`` fills the judgement's ``trace`` with each rule tried and why."""
    if earlier_mistakes or earlier_said:
        return said_again(judge(answer, accept, keywords=keywords, wrong_answers=wrong_answers,
                                other_options=other_options, strict=strict,
                                open_question=open_question, topics=topics,
                                min_sentences=min_sentences, unsafe_mistakes=unsafe_mistakes,
                                then_deed=then_deed, later_mistakes=later_mistakes,
                                situation=situation, settings=settings, explain=explain),
                          answer or "", earlier_mistakes, accept, earlier_said,
                          (*topics, *keywords))
    answer = answer or ""
    # An accepted answer over the cap could never be said (lint refuses it): left out, so
    # that no list given to judge() costs more than the cap either.
    compiled, vocabulary = compile_accepted(accept if isinstance(accept, tuple) else tuple(accept))
    accepted = list(compiled)
    first = accepted[0][0] if accepted else None
    if len(answer) > MAX_ANSWER_CHARS:  # before normalising: that is linear, but cached
        return Judgement("wrong", "too_long", 0.0, first,
                         normalise(answer[:MAX_ANSWER_CHARS])[:MAX_ANSWER_CHARS] + "…")
    answer = dates_as_the_step_says(answer, compiled)  # "14.12" where an answer says 14.12.
    said = minus_as_the_step_says(normalise(answer), answer, compiled, wrong_answers)  # "-2"
    if len(said.split()) > MAX_ANSWER_WORDS:  # alignment is quadratic in words
        return Judgement("wrong", "too_long", 0.0, first, said[:MAX_ANSWER_CHARS] + "…")
    off = frozenset(strict)
    heard = canonical(said)
    if "another_word" in off and heard != said and _models_unphrased(
            tuple(o for o, _ in accepted)) and all(heard != n for _, n in accepted) and \
            len((plain := canonical(said, phrases=False)).split()) > len(heard.split()) and \
            all(len(set(plain.split()) & set(n.split())) >= len(set(heard.split()) &
                                                                 set(n.split()))
                for _, n in accepted):
        # a repeat step whose model no phrase of the lexicon rewrites: the answer's words
        # as said, where a phrase of them made fewer words and no model ("Voitko sanoa
        # uudelleen?" for "Voitko sanoa sen uudelleen?" leaves "sen" out, no "voitko
        # toistaa": set 147, both trainers almost; "kiva tutustua" for "hauska tutustua"
        # stays model_phrase's, "ettei" read "että ei" as ever; not where the phrase says
        # more of a model: "voitko sanoa uudelleen" is "voitko toistaa" of "Anteeksi,
        # voitko toistaa?", review215)
        heard = plain
    # the commonest answer of all: an accepted one, as written
    if not explain and heard and (j := _as_written(heard, accepted, said, off)) is not None \
            and _agreement_slip(answer, accepted) is None and \
            not an_hour_bare(answer, tuple(a for a, _ in accepted), off) and \
            not (situation and asks_of_me(situation)):  # "pysähtyy kymmenen"; (asked
        # "voinko", the rules read the person of the answer: askers_person)
        return j
    if "address" not in off and persons_drilled(tuple(o for o, _ in accepted),
                                                _mistake_texts(wrong_answers)):
        off |= {"address"}  # another "you" is the slip a verb's persons drill teaches
        strict = tuple(off)
    words = split_compound(heard.split(), vocabulary)
    words = time_typed_as_one(words, compiled)  # "1430" where an answer says 14.30
    if "another_word" not in off:  # (a repeat step practises the model's own "selvä")
        words = echoed_yes(words, situation, compiled, wrong_answers)  # "on, …": kyllä, …
        words = yes_as_understood(words, compiled)  # "joo, tuon ne pian": selvä, …
    if "ellipsis" not in off:  # "voinko mä auttaa": voinko auttaa (not in a repeat step)
        words = pronoun_in_a_question(words, compiled)
    repeat = "another_word" in off  # (a repeat step: the model's words are practised)
    if not repeat:
        whole = words
        words = courtesy_apart(words, compiled, wrong_answers)  # "voi voi, kerron hoitajalle"
        words = warning_apart(words, compiled, wrong_answers)  # "…, älä mene sinne"
        words = acknowledgement_apart(words, compiled, wrong_answers)  # "selvä, suojalasit"
        words = no_apart(words, answer, compiled)  # "ei, nosta hänet": the question's no
        if not open_question:  # "kuljetin pysähtyi, en tiedä miksi"
            words = unknown_reason_apart(words, compiled, wrong_answers)
            words = unsure_apart(words, compiled)  # "en tiedä, kysyn työnjohtajalta"
        words = doubt_apart(words, compiled, wrong_answers)  # "ehkä vartin päästä"
        # what is left an accepted answer as written is that answer, as it is said alone: the
        # rules below read it turned ("mittaa ei ole" as "puuttuu") and no more as written
        if words is not whole and (j := _as_written(" ".join(words), accepted, said, off)) \
                and _agreement_slip(answer, accepted) is None and \
                not an_hour_bare(answer, tuple(a for a, _ in accepted), off):
            return replace(j, trace=("exact: an accepted answer as written, the words around "
                                     "it left out",)) if explain else j
    if not open_question:
        words = weekday_alone(words, vocabulary)
    if _SPOKEN_POSSESSOR.search(answer) and "possessive" not in off:  # "mun nimi", as
        words = possessor_said(words, vocabulary)  # speech says it (set 12)
    words = long_vowel_said(words, vocabulary)
    if not repeat:  # "bakteereita" for "bakteereja" (a repeat step practises the model's)
        words = variant_as_accepted(words, vocabulary)
        words = because_as_kun(words, vocabulary)  # "ku hanska voi …" to "Miksi …?"
    words = digits_as_tens(words, vocabulary)  # "kolme ysiysi" for 3,99
    if not repeat:  # "yks asiakas kaatu": speech's "a", where nothing is counted
        words = one_as_article(words, compiled, _mistake_texts(wrong_answers))
    words = number_noun_as_name(words, compiled, vocabulary,  # "nelosella": paikalla neljä
                                place_case="place_case" not in off)
    if not repeat and "verbless" not in off:  # "3 laatikkoa rikki": kolme laatikkoa on rikki
        words = copula_after_count(words, compiled)
    if not repeat and "short_answer" not in off:  # "jakoavainta" to "mitä tarvitset?"
        words = object_as_asked(words, compiled)
    if not repeat:
        words = pointer_as_accepted(words, vocabulary, wrong_answers)  # "tätä" for "sitä"
    if "synonyms" not in off:  # a synonym in an accepted answer's form is that word
        # … or in a foreseen mistake's (after the accepted words): "suojalasit ja hanskat"
        # is the mistake "suojalasit ja suojakäsineet"
        words = lexicon.toward(words, with_mistake_words(vocabulary, wrong_answers))
        words = lexicon.compound_toward(words, vocabulary)
        words = synonym_of_another(words, vocabulary, accepted) or words
        words = step_synonym(words, compiled, vocabulary)
        words = request_as_voitko(words, vocabulary)
    if "modal" not in off:  # "mitä te juotte" asks "mitä haluatte juoda"
        words = asked_as_wish(words, compiled, vocabulary)
        words = chain_as_its_verb(words, vocabulary)  # "menen pesemään kädet"
    if "synonyms" not in off:
        words = past_without_its_i(words, vocabulary)
        words = compound_said_apart(words, vocabulary)
        words = none_as_missing(words, vocabulary)
        words = postposition_as_case(words, vocabulary)
        words = without_as_ton(words, vocabulary)
        words = duration_as_accepted(words, compiled, vocabulary)
    # "15 min", "3. kerroksessa": only what was written short has no case ("tunti" said
    # in full for "tunnin" is a word form)
    if written_short(answer):
        days = days_written_short(answer)
        variants = lexicon.caseless_variants(words, vocabulary, also=days)
        # a count in digits takes a case only where that makes an accepted answer
        counted = lexicon.caseless_variants(words, vocabulary, counts=True, also=days)
        words = next((v for v in (*variants, *counted) for _, n in accepted
                      if same_words(v, n)), []) or _short_ones_turned(answer, words, variants)
    # (most steps foresee none: no isinstance of an ABC, which costs at every call)
    mistakes: dict[str, str] = {} if not wrong_answers else dict(wrong_answers) \
        if isinstance(wrong_answers, Mapping) else dict.fromkeys(wrong_answers, "wrong")
    case = Case(" ".join(words), words, accepted, keywords, mistakes, other_options, off,
                settings, has_negation(words), notes=[] if explain else None,
                open_question=open_question, topics=tuple(topics), said=said, written=answer,
                names=finnish.names_in(answer), min_sentences=min_sentences,
                unsafe=frozenset(unsafe_mistakes), then_deed=then_deed,
                later=frozenset(later_mistakes), situation=situation)
    if not explain:  # the fast path: no notes, no trace
        # (most steps have none of these: no set to build)
        has = frozenset(k for k, v in (("keywords", keywords), ("other_options", other_options),
                                       ("wrong_answers", wrong_answers),
                                       ("open_question", open_question),
                                       ("kept order", "word_order" in off)) if v) \
            if keywords or other_options or wrong_answers or open_question or off else _NONE
        for rule in rules_for(off, has):
            case.rule = rule.name
            j = rule.check(case)
            if j is not None:  # made by case.judgement: the answer said, this rule named
                j = _in_its_form(case, j)
                j = _long_enough(case, j) if min_sentences or open_question else j
                j = _forbidden(case, j) if wrong_answers else j
                j = _unsafe_more(case, _gone_on(case, j)) if j.rule == "by_word" else j
                for _, after in _AFTER_A_RULE:
                    j = after(case, j)
                return _doubted(j, accepted, answer, accept, keywords, wrong_answers,
                                other_options, strict, open_question, topics, min_sentences,
                                settings) if wrong_answers else j
    trace: list[str] = []
    for rule in RULES:
        if rule.switchable and rule.name in off:
            trace.append(f"{rule.name}: switched off by the step")
            continue
        assert case.notes is not None
        case.notes.clear()
        case.rule = rule.name  # as on the fast path: the judgement names its rule
        j = rule.check(case)
        found = "; ".join(case.notes)
        if j is None:
            trace.append(f"{rule.name}: " + (found or "no"))
            continue
        reason = f" ({j.reason})" if j.reason else ""
        trace.append(f"{rule.name}: {j.verdict}{reason} — {rule.matches}"
                     + (f"; {found}" if found else ""))
        case.notes.clear()
        if (slipped := _in_its_form(case, j)) is not j:
            trace.append(f"form: almost (word_form) — {'; '.join(case.notes)}")
            j = slipped
        if (min_sentences or open_question) and (short := _long_enough(case, j)) is not j:
            trace.append(f"sentences: almost (too_short) — fewer than the "
                         f"{min_sentences or 1} sentence(s) the step asks for"
                         + ("" if min_sentences else " (an example's subject named alone, "
                                                     "or a story told without a verb)"))
            j = short
        if wrong_answers and (named := _forbidden(case, j)) is not j:
            trace.append(f"forbidden: {named.verdict} (mistake) — the foreseen mistake "
                         f"'{named.matched}' names a thing no accepted answer holds")
            j = named
        if j.rule == "by_word" and (gone := _gone_on(case, j)) is not j:
            trace.append(f"going on: {gone.verdict} ({gone.reason}) — "
                         f"{'; '.join(case.notes)}")
            j = gone
        if j.rule == "by_word" and (unsafe := _unsafe_more(case, j)) is not j:
            trace.append(f"unsafe beside: almost — {'; '.join(case.notes)}")
            j = unsafe
        for label, after in _AFTER_A_RULE:
            if (then := after(case, j)) is not j:
                trace.append(f"{label}: {then.verdict} — {'; '.join(case.notes)}")
                j = then
        j = Judgement(j.verdict, j.reason, j.score, j.closest, said, j.detail, j.matched,
                      rule.name, tuple(trace))
        return _doubted(j, accepted, answer, accept, keywords, wrong_answers, other_options,
                        strict, open_question, topics, min_sentences,
                        settings) if wrong_answers else j
    raise AssertionError("the last rule always decides")  # pragma: no cover


def _short_ones_turned(answer: str, words: list[str], variants: list[list[str]]
                       ) -> list[str]:
    """The last of ``variants`` (each word written short in an accepted answer's form: "1 h"
    as "tunnin") that keeps every word written in full as written ("88 tuntia" keeps its
    partitive, set 132)."""
    full = set(_WORD.findall(answer.casefold()))
    return next((v for v in reversed(variants) if len(v) != len(words) or all(
        a == b or b not in full for a, b in zip(v, words, strict=True))), variants[0])


_WORD = re.compile(r"\w+")


def _mistake_texts(wrong_answers: Sequence[str] | Mapping[str, str]) -> tuple[str, ...]:
    """The step's foreseen mistakes, each within the cap on an answer (a longer one could
    never be said: lint refuses it, and no list given to judge() costs more than the cap)."""
    if not wrong_answers:
        return ()  # (most steps foresee none: no isinstance of an ABC, which costs)
    return tuple(m for m in (wrong_answers.keys() if isinstance(wrong_answers, Mapping)
                             else wrong_answers) if len(m) <= MAX_ANSWER_CHARS)


def _doubted(j: Judgement, accepted: list[tuple[str, str]], answer: str,
             accept: Sequence[str], keywords: Sequence[str],
             wrong_answers: Sequence[str] | Mapping[str, str], other_options: Sequence[str],
             strict: Sequence[str], open_question: bool, topics: Sequence[str],
             min_sentences: int, settings: Settings) -> Judgement:
    """A foreseen mistake said with a doubt is that mistake, however the doubt was read
    ("luulen että menen ulos hissin kautta", "varmaan en tarvitse lisää ruuveja": wrong, not
    a hedge's almost): the answer is judged again without it. An answer wrong without its
    doubt is wrong with it ("en varmaan menen ulos hissin kautta", "huuhtelen silmän
    jarrunesteellä, ei varmaan"): a doubt never makes a wrong deed almost."""
    if j.verdict == "wrong" or j.reason == "mistake":
        return j
    words = j.heard.split()
    if (plain := without_doubt(words, accepted)) is words:
        return j
    bare = judge(_with_its_commas(answer, words, plain), accept, keywords=keywords,
                 wrong_answers=wrong_answers,
                 other_options=other_options, strict=strict, open_question=open_question,
                 topics=topics, min_sentences=min_sentences, settings=settings)
    if bare.reason != "mistake" and bare.verdict != "wrong":
        return j
    why = (f"the foreseen mistake '{bare.matched}' is said" if bare.reason == "mistake"
           else "the answer is wrong")
    return replace(bare, heard=j.heard, trace=(*j.trace, f"doubt: left out, {why}"))


def _with_its_commas(written: str, words: list[str], plain: list[str]) -> str:
    """``plain``, the answer's ``words`` with some left out, with the commas and full stops
    of the answer as ``written`` kept between the words left ("kerron esimiehelle, huomenna
    se soittaa teille": the comma tells the time is the next clause's; review273)."""
    cuts = part_starts(written, lambda p: canonical(normalise(p)).split(), len(words))
    out: list[str] = []
    k = last = 0
    for i, w in enumerate(words):
        if k < len(plain) and plain[k] == w:
            if out and any(last < cut <= i for cut in cuts):
                out[-1] += ","
            out.append(w)
            last, k = i, k + 1
    return " ".join(out if k == len(plain) else plain)


# an accepted answer as written; a mistake's deed said as the one after the right first
_NO_DEED_MORE = frozenset({"exact", "right_then", "repaired"})


def _forbidden(c: Case, j: Judgement) -> Judgement:
    """A right answer that names a foreseen wrong mistake's own thing where no no governs
    it ("menen ulos ja otan hissin": ``forbidden``) is that mistake; not an accepted answer
    as written, nor a choose or repeat step's, nor an open one's (open_deeds reads a deed
    there clause by clause, a measure named first: "lukitaan kone ja vedetään laatikko
    pois")."""
    if j.verdict != "correct" or j.rule in _NO_DEED_MORE or c.options or c.repeat or \
            c.open_question:
        return j
    found = forbidden_in(c)
    if found is None:
        return j
    if j.closest and only_a_call(normalised(found).split()) and \
            c.words[:len(said := normalised(j.closest).split())] == said and \
            any(map(a_call, c.words[len(said):])):
        return j  # the right deed first, then a call to the one in charge (judge45)
    c.rule = j.rule
    return as_mistake(c, found)


def _by_word_only(check: Callable[[Case, Judgement], Judgement]
                  ) -> Callable[[Case, Judgement], Judgement]:
    """``check`` where the word-by-word comparison decided (it weighs what that one let
    pass), ``j`` as it is after any other rule."""
    return lambda c, j: check(c, j) if j.rule == "by_word" else j


def _each_clause_right(c: Case, j: Judgement) -> Judgement:
    """An answer compared word by word and found another, whose clauses joined by "ja"
    are each right said alone ("hanska voi tarttua sorviin ja kone vetää käden mukaan":
    two accepted reasons, neither said whole; set 225, the trainer right): right. Not a
    foreseen mistake, a no or any reason found (only "another")."""
    if j.verdict != "wrong" or j.reason is not None or j.matched is not None or \
            c.options or c.repeat or "ja" not in c.words:
        return j
    parts = main_clauses(c.words, frozenset({"ja"}))
    if len(parts) < 2 or any(len(part) < 3 for part in parts):
        return j  # (statements each: not a deed on the way, "otan käsineet ja laitan ne
        # käteen" to "Mitä teet ensin?", judge50)
    if len({has_negation(part) for part in parts}) > 1 or \
            sum(any(map(is_number, part)) for part in parts) > 1:
        return j  # (a yes and a no, two values: "joo mä otan kahvia ja en mä ota kahvia",
        # "huone valmis tunnin päästä ja … kahden tunnin päästä", review270)
    if _said_twice(parts):
        return j  # (one statement twice, its values apart: "huone valmis tunnin päästä ja
        # huone valmistuu kahden tunnin päästä", review270)
    alone = [judged_as(c, part) for part in parts]
    if any(a.verdict != "correct" for a in alone) or \
            len({a.closest for a in alone}) < len(alone):
        return j  # (not nearly: "… ja porakoneella laitan sen sormeen" is almost alone,
        # review101, and unsafe; nor one answer said twice over)
    c.note(f"each of its {len(parts)} clauses right alone")
    return c.judgement("correct", closest=alone[0].closest)


def _said_twice(parts: Sequence[Sequence[str]]) -> bool:
    """Two of ``parts`` share a noun's base form and another word's: one statement made
    twice."""
    def bases(part: Sequence[str]) -> tuple[set[str], set[str]]:
        nouns = {b for w in part if finnish.a_noun(w) for b in finnish.base_forms(w)}
        return nouns, {b for w in part if not finnish.a_noun(w) and len(w) > 3
                       for b in finnish.base_forms(w)}
    read = [bases(part) for part in parts]
    return any(a[0] & b[0] and a[1] & b[1] for i, a in enumerate(read) for b in read[i + 1:])


def _told_another(c: Case, j: Judgement) -> Judgement:
    """A right answer that is a report told to a workmate or someone outside the work where
    the step's answers tell another (``receiver``: "ilmoitan työkaverille" beside "ilmoitan"
    and "ilmoitan esimiehelle") is almost or wrong, the accepted answer that tells the
    step's own one as the model: only where that swap makes it accepted and no other
    clause is a whole accepted deed; not an accepted answer as written, nor a choose,
    repeat or open step."""
    if j.verdict != "correct" or j.rule in _NO_DEED_MORE or c.options or c.repeat or \
            c.open_question:
        return j
    accepted = [shape_of(n).words for _, n in c.accepted]
    if (told := receiver.told_another(c.words, accepted)) is None or \
            (model := _one_who_tells(c, accepted, told.at)) is None or \
            _beside_a_deed(c, told.at):
        return j
    heard = c.words[told.at]
    c.note(f"{heard}: told someone the step's answers do not tell")
    c.rule = j.rule
    return c.judgement(told.verdict, closest=model,
                       detail=Detail(expected=model, heard=heard))


def _one_who_tells(c: Case, accepted: Sequence[Sequence[str]], at: int) -> str | None:
    """The accepted answer the answer is with the one it tells (word ``at``) swapped for
    one the step's answers tell: as written, else the first that tells where the swapped
    answer is judged right; None where no swap makes it right (the telling is no report of
    the step's: "sanon työkaverille että soita 112")."""
    tells = [(w, words) for (w, _), words in zip(c.accepted, accepted, strict=True)
             if len(list(receiver.told_in(words))) == 1]
    swaps = []
    for w, words in tells:
        for told, _ in receiver.told_in(words):
            swapped = [*c.words[:at], words[told], *c.words[at + 1:]]
            if list(words) == swapped:
                return w
            swaps.append(swapped)
    right = any(judged_as(c, list(s)).verdict == "correct"
                for s in dict.fromkeys(tuple(s) for s in swaps))
    return next((w for w, _ in tells), None) if right else None


def _beside_a_deed(c: Case, at: int) -> bool:
    """Another clause of the answer than the one that tells (word ``at``), said alone, is
    an accepted answer: the deed is done, the telling beside it ("jään kotiin ja kerron
    vaimolle")."""
    joins = [i for i, w in enumerate(c.words) if w == "ja"]
    bounds = zip([-1, *joins], [*joins, len(c.words)], strict=True)
    others = [c.words[a + 1:b] for a, b in bounds if not a < at < b and b - a > 1]
    return any(judged_as(c, cl).verdict == "correct" for cl in others)


# What weighs a decided judgement once more, in order, by its label in a trace: an answer
# of clauses each right alone, the part the
# question asks for left out, another sentence in a repeat step, a report told to another,
# a question told as the learner's own deed, an accepted answer's first clause before a
# right answer, the learner's own state alone for a reason and its no, a fault called fine
# ("lavat oli ihan hyvä" beside "yksi lava oli vaurioitunut": review215, SAFETY), enough
# said of a lack ("se riittää kyllä" beside "urasyvyys on liian pieni", SAFETY), a jam or a
# broken machine the learner freed or mended themselves (SAFETY)
_AFTER_A_RULE: tuple[tuple[str, Callable[[Case, Judgement], Judgement]], ...] = (
    ("each clause", _by_word_only(_each_clause_right)),
    ("asked for", _by_word_only(asked_part_left_out)),
    ("a key word alone", _by_word_only(key_word_alone)),
    ("another sentence", _by_word_only(another_sentence)),
    ("told", _told_another),
    ("a question told", question_told),
    ("a lead clause", _by_word_only(lead_clause_said)),
    ("a reason alone", _by_word_only(reason_alone)),
    ("another act", another_act),
    ("a clock time", clock_time_said),
    ("the asker's person", askers_person),
    ("a fault called fine", fault_called_fine),
    ("enough of a lack", enough_of_a_lack),
    ("a self-repair told", self_repair_told),
    ("a report put off", report_put_off_beside),
    ("another day", another_day_beside),
    ("a question turned", question_turned))


def _gone_on(c: Case, j: Judgement) -> Judgement:
    """An answer compared word by word, right or nearly ("pysäytä kone ja ilmoita
    työnjohtajalle ja käytä konetta", a command for the answers' "I"), in a clause of which
    the learner goes on with what the step stops or forbids (``carry_on``, read over the
    whole answer: the step's own verbs are none), is the wrong mistake it says, or wrong;
    answer_inside and extra_clause read it so beside an answer said as written. Only in an
    answer of two main clauses or more: the one the answer is, and another."""
    if j.verdict not in ("correct", "almost") or c.options or \
            len(main_clauses(c.words)) < 2:
        return j  # (one clause is the answer itself, in other words: "käytän
        # hätäuloskäynnille" for "menen hätäuloskäynnille" goes on with nothing)
    c.rule = j.rule
    return carried_on(c, c.words) or j


def _unsafe_more(c: Case, j: Judgement) -> Judgement:
    """An answer compared word by word and found right, its closest accepted answer said
    whole, with an unsafe deed said beside it (``unsafe_more``: "siivoan työmaan ilman
    kypärää", review54: was right) is almost, as answer_inside reads one; answer_inside
    leaves an answer with "ilman" to by_word."""
    if j.verdict != "correct" or not j.closest or c.options or c.repeat:
        return j
    beside = outside(c.words, normalised(j.closest))
    if beside == c.words:
        return j  # (the closest answer not said whole: nothing beside it to read)
    c.rule = j.rule
    return unsafe_beside(c, beside, j.closest) or j


def _as_written(heard: str, accepted: list[tuple[str, str]], said: str,
                off: frozenset[str]) -> Judgement | None:
    """Correct where ``heard`` is an accepted answer as written (in a repeat step, not
    through a phrase of the lexicon, on either side: model_phrase)."""
    for original, norm in accepted:
        if heard == norm and ("synonyms" not in off or
                              not _through_a_phrase(heard, norm, said, original)):
            return Judgement("correct", None, 1.0, original, said, rule="exact")
    return None


def _through_a_phrase(heard: str, norm: str, said: str, original: str) -> bool:
    """Whether an answer matches an accepted one only through a lexicon phrase said for
    another, on either side ("en ymmärrä" for "En ymmärtänyt.", "anteeksi" for "Olen
    pahoillani."): in a repeat step, a slip (``model_phrase``)."""
    plain, model = phrased_as_said(said), phrased_as_said(normalise(original))
    return (heard != plain or norm != model) and plain != model


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
                      if any(n in shape_of(a).wordset for _, a in c.accepted)), None)
        if meant is None:
            continue
        fixed = [*c.words[:i], meant, *c.words[i + 1:]]
        j = judged_as(c, fixed)
        c.note(f"{w} for {meant}: {j.verdict}" + (f" ({j.reason})" if j.reason else ""))
        if j.closest:
            c.closeness = fuzz_module().ratio(c.heard, normalised(j.closest))
        if j.verdict != "almost" and j.verdict != "correct":  # wrong even with "älä":
            return c.judgement("wrong", j.reason, closest=j.closest, matched=j.matched)
        # another slip as well: the dots of "älä" are corrected first all the same
        letter, long_ = finnish.differing_letter(meant, w, "umlaut")
        return c.judgement("almost", "umlaut", closest=j.closest,
                           detail=Detail(meant, w, letter or "ä", long_ if letter else True))
    return None


def _half_hour_slip(c: Case) -> Judgement | None:
    """A slip of "puoli" before an hour ("puli kolme", "puolli kaksi"): normalising reads
    only "puoli" as the half hour (2.30), so the slip left "kolme" another number, wrong.
    Where the answer said with "puoli" is right or nearly, it is that answer with a slip
    in "puoli" (almost: its dots, length or letters); else the rules judge it as said."""
    if (joined := half_hour_joined(c)) is not None:
        return joined  # "puolikolme": the two words written together (half_joined.py)
    if (counted := _half_counted_on(c)) is not None:
        return counted
    said = c.said.split()
    if _HOURS.isdisjoint(said[1:]):
        return None  # (the commonest: no hour said)
    at = next((i for i, w in enumerate(said[:-1]) if w != _HALF and said[i + 1] in _HOURS
               and len(w) >= 3 and _one_slip(w, _HALF)), None)
    if at is None:
        return None
    j = judged_as(c, [*said[:at], _HALF, *said[at + 1:]])
    c.note(f"{said[at]} for {_HALF}: {j.verdict}")
    if j.verdict not in ("correct", "almost"):
        return None
    if j.closest:
        c.closeness = fuzz_module().ratio(c.heard, normalised(j.closest))
    reason = finnish.minimal_pair(_HALF, said[at]) or "typo"
    letter, long_ = finnish.differing_letter(_HALF, said[at], reason) if reason != "typo" \
        else (None, None)
    return c.judgement("almost", reason, closest=j.closest,
                       detail=Detail(_HALF, said[at], letter, long_))


def _half_counted_on(c: Case) -> Judgement | None:
    """The half hour counted on from the hour before, as many languages say it
    ("seitsemän ja puoli" for "puoli kahdeksan"; set 179, both trainers almost): where the
    answer with "puoli" and the next hour is right, almost, that answer to say."""
    said = c.words
    at = next((i for i in range(len(said) - 2) if said[i] in HOURS and
               said[i + 1:i + 3] == ["ja", _HALF]), None)
    if at is None or (said[at + 3:at + 4] and finnish.base_forms(said[at + 3]) & _SPANS and (
            "osanto" in finnish.cases(said[at + 3]) or
            (said[at + 4:at + 5] and said[at + 4] in TIME_POSTPOSITIONS))):
        return None  # (not a span: "kaksi ja puoli tuntia", review241, "… tunnin päästä")
    after = HOURS[(HOURS.index(said[at]) + 1) % len(HOURS)]
    j = judged_as(c, [*said[:at], _HALF, after, *said[at + 3:]])
    c.note(f"'{said[at]} ja puoli': the half hour counted on, '{_HALF} {after}' {j.verdict}")
    if j.verdict != "correct":
        return None
    c.closeness = fuzz_module().ratio(c.heard, normalised(j.closest or ""))
    return c.judgement("almost", closest=j.closest, detail=Detail(
        expected=normalised(j.closest or ""), heard=c.heard))


_HALF = "puoli"
_HOURS = frozenset(HOURS)
_SPANS = frozenset({"tunti", "minuutti", "sekunti", "päivä", "viikko", "kuukausi", "vuosi",
                    "kilo", "litra", "metri", "euro", "kerta"})


def _one_slip(heard: str, word: str) -> bool:
    from rapidfuzz.distance import OSA  # (rapidfuzz is imported on first use)

    return OSA.distance(heard, word) == 1


RULES: tuple[Rule, ...] = (
    Rule("silence", "nothing was said", "silence", None, silence,
         (("", ("moppi",), "silence", None), ("öö", ("moppi",), "silence", None)),
         switchable=False),
    Rule("model_phrase", "where a step switches synonyms off (a repeat step), a lexicon "
         "phrase said for the model's (en ymmärrä for En ymmärtänyt.)", "almost", "synonym",
         model_phrase,
         (("en ymmärrä", ("En ymmärtänyt.",), "almost", "synonym",
           {"strict": ("synonyms",)}),), switchable=False),
    Rule("spelling", "a spelling step's letters, named or written (l m n r s for Äl, äm, "
         "än, är, äs.); named as another language names them, almost (el em en er es); the "
         "word said whole where every accepted answer spells it is not spelled (wrong)",
         "correct", None, spelling,
         (("l m n r s", ("Äl, äm, än, är, äs.",), "correct", None),
          ("el em en er es", ("Äl, äm, än, är, äs.",), "almost", "letter_names"),
          ("koo aa ärr ii", ("koo, aa, är, ii",), "correct", None),
          ("kari", ("koo, aa, är, ii", "k, a, r, i"), "wrong", None)), switchable=False),
    Rule("exact", "an accepted answer word for word (also with a compound split: "
         "työ turvallisuus; a place's number as an ordinal before it: kolmannella linjalla "
         "for linjalla kolme)", "correct", None, exact,
         (("Moppi.", ("moppi",), "correct", None),
          ("työ turvallisuus", ("työturvallisuus",), "correct", None),
          ("kolmannella linjalla", ("linjalla kolme",), "correct", None)), switchable=False),
    Rule("repaired", "a lone ei written apart inside an answer (seitsemältä, ei, kuudelta), "
         "or a spoken self-repair between two parts (eiku, ei kun, tai siis, siis, "
         "…, anteeksi, …): the words after it judged as the answer (a verbless part also in "
         "the slot it repairs: ilmoitan työnjohtajalle, ei, esimiehelle); not ei, en … that "
         "says no of another verb", "by word", None, repaired,
         (("seitsemältä, ei, kuudelta", ("kuudelta", "tulen kuudelta"), "correct", None,
           {"wrong_answers": ("seitsemältä",)}),
          ("ilmoitan työnjohtajalle, ei, korjaan sen itse", ("ilmoitan työnjohtajalle",),
           "wrong", "mistake", {"wrong_answers": ("korjaan sen itse",)}),
          ("menen ulos, ei, menen hissillä", ("menen ulos",), "wrong", None),
          ("seitsemältä eiku kuudelta", ("kuudelta",), "correct", None,
           {"wrong_answers": ("seitsemältä",)})),
         switchable=False),
    Rule("letters_told", "an accepted answer said with how many of a letter its word has "
         "(mutta kaksi t): the answer, its letters told", "correct", None, letters_told,
         (("mutta kaksi t", ("mutta", "olen väsynyt mutta teen työt"), "correct", None),
          ("tuuli kaksi u", ("tuuli",), "correct", None)), switchable=False),
    Rule("spelled_after", "a word said and then spelled (Ali, a l i): the word once",
         "correct", None, spelled_after,
         (("Ali, a l i", ("ali", "nimeni on ali"), "correct", None),
          ("sukunimeni on Virtanen, vee ii är tee aa än ee än",
           ("sukunimeni on virtanen",), "correct", None)), switchable=False),
    Rule("word_named", "a word named as the answer (sana on mutta, puuttuva sana on työ): "
         "the word judged as said alone; not where an accepted answer says sana or vastaus",
         "by word", None, word_named,
         (("sana on mutta", ("mutta", "olen väsynyt mutta teen työt"), "correct", None),
          ("sana on tuo", ("työ",), "wrong", "mistake", {"wrong_answers": ("tuo",)})),
         switchable=False),
    Rule("negation_slip", "\"ala\" for the \"älä\" (or \"älkää\") of an accepted "
         "prohibition, the rest right or nearly: the dots, not the opposite", "almost",
         "umlaut", _negation_slip,
         (("ala laita kättä koneeseen", ("älä laita kättä koneeseen",), "almost", "umlaut"),
          ("ala koskaan mene auton alle", ("älä koskaan mene auton alle",), "almost",
           "umlaut"),
          ("ala menkö sisään", ("älkää menkö sisään",), "almost", "umlaut")),
         switchable=False),
    Rule("half_hour_slip", "a slip of \"puoli\" before an hour (puli kolme; written together: "
         "puolikolme) that makes "
         "a right answer with \"puoli\": the half hour with a slip", "almost", "typo",
         _half_hour_slip,
         (("puli kolme", ("puoli kolme",), "almost", "typo"),
          ("kello puolli kaksi", ("kello puoli kaksi",), "almost", "double_consonant"),
          ("puli kolme", ("kello 2.30",), "almost", "typo"),
          ("puolikolme", ("puoli kolme",), "almost", "typo")), switchable=False),
    Rule("order_of_meaning", "the words of an accepted answer, but on the other side of a "
         "word whose place carries the meaning (ennen, jälkeen, kuin…), or with words of its "
         "clauses traded (each clause now says the other's thing)", "wrong", "word_order",
         order_of_meaning,
         (("desinfioi ennen kuin peset kädet", ("pese kädet ennen kuin desinfioit",),
           "wrong", "word_order"),
          ("ensin desinfioi sitten pese kädet", ("ensin pese kädet sitten desinfioi",),
           "wrong", "word_order"),
          ("kahdesti sahataan kerran mitataan", ("Kahdesti mitataan, kerran sahataan.",),
           "wrong", "word_order"),
          ("nosta laatikko selällä, älä jaloilla", ("Nosta laatikko jaloilla, älä selällä.",),
           "wrong", "word_order")), switchable=False),
    Rule("pronoun_number", "an accepted answer but for a pronoun of the other number in "
         "its place (se for ne, sitä for niitä): a slip of form", "almost", "word_form",
         pronoun_number,
         (("otan se pois", ("otan ne pois",), "almost", "word_form"),
          ("laitan sen kaappiin", ("laitan ne kaappiin", "laitan astiat kaappiin"), "almost",
           "word_form")), switchable=False),
    Rule("left_out", "in a repeat step (another_word off), the model's words but for a frame "
         "word or subject pronoun it says (minä, se, on)", "almost", "missing_words", left_out,
         (("mitä teen tänään", ("Mitä minä teen tänään?",), "almost", "missing_words",
           {"strict": ("another_word",)}),
          ("pysäytä ja ilmoita", ("Pysäytä se ja ilmoita.",), "almost", "missing_words",
           {"strict": ("another_word",)})), switchable=False),
    Rule("said_and_unsaid", "an accepted answer's no, then its deed said again with a yes "
         "(ei ole, kyllä on): wrong; the yes only once a mending by someone safe is done "
         "(en käytä sitä, käytän sitä kun se on korjattu): the rest judged alone",
         "wrong", "negation", said_and_unsaid,
         (("ei ole, kyllä on", ("ei ole", "valitettavasti ei ole"), "wrong", "negation"),
          ("en käytä sitä, käytän sitä kun se on korjattu", ("en käytä sitä", "se on rikki"),
           "correct", None),
          ("en käytä sitä, käytän sitä kun on kiire", ("en käytä sitä", "se on rikki"),
           "wrong", "negation")),
         switchable=False),
    Rule("permission", "a permission (voi, saa + an infinitive, no no, no condition) of "
         "what a wrong foreseen mistake does, beside whatever else (laita jarrut päälle, "
         "mutta ne saa ottaa pois): that mistake", "wrong", "mistake", permits_a_mistake,
         (("laitan jarrut päälle mutta ne saa ottaa pois", ("laitan jarrut päälle",),
           "wrong", "mistake", {"wrong_answers": ("otan jarrut pois",)}),
          ("soitan hoitajalle, sitten voit nostaa hänet yksin", ("soitan hoitajalle",),
           "wrong", "mistake", {"wrong_answers": ("nostan hänet yksin",)})),
         switchable=False, needs="wrong_answers"),
    Rule("word_order", "the same words in another order, with frame words and polite "
         "extras, without a subject pronoun; numbers keep their slot", "correct", None,
         word_order,
         (("kädet pese", ("pese kädet",), "correct", None),
          ("se on moppi kiitos", ("moppi",), "correct", None),
          ("olen sairas", ("minä olen sairas",), "correct", None),
          ("hyllypaikka kolme hyllyväli seitsemän", ("hyllyväli seitsemän hyllypaikka kolme",),
           "correct", None))),
    Rule("pronoun_slip", "an accepted answer's words, its verb too, with a subject pronoun "
         "of another person, which does not go with the verb", "almost", "word_form",
         pronoun_slip,
         (("sinä pesen kädet", ("minä pesen kädet",), "almost", "word_form"),
          ("minä on kipeä", ("hän on kipeä", "minä olen kipeä"), "almost", "word_form")),
         switchable=False),
    Rule("order_strict", "the same words in another order, where the step wants its order "
         "(strict: [word_order])", "almost", "word_order", order_strict,
         (("kädet pese", ("pese kädet",), "almost", "word_order",
           {"strict": ("word_order",)}),), switchable=False, needs="kept order"),
    Rule("no_dropped", "an accepted answer's no left out, its word that asks for one kept "
         "(kukaan, mitään, koskaan…): kukaan loukkaantui for kukaan ei loukkaantunut",
         "almost", "no_left_out", no_dropped,
         (("kukaan loukkaantui", ("kukaan ei loukkaantunut",), "almost", "no_left_out"),
          ("trukki osui hyllyyn ja kukaan loukkaantui",
           ("trukki osui hyllyyn, kukaan ei loukkaantunut",), "almost", "no_left_out")),
         switchable=False),
    Rule("denied_said_yes", "a verb the accepted answers say only with a no (ei "
         "loukkaantunut), said with a yes: the answer reverses them", "wrong", "negation",
         denied_said_yes,
         (("asukas kaatui ja loukkaantui", ("asukas kaatui", "asukas kaatui mutta ei "
                                            "loukkaantunut"), "wrong", "negation"),
          ("akku oli tyhjä siksi auto käynnistyi", ("akku oli tyhjä", "akku oli tyhjä eikä "
                                                    "auto käynnistynyt"), "wrong", "negation")),
         switchable=False),
    Rule("right_then", "where the accepted answers say ensin (what comes first), a right "
         "answer, then sitten and a deed the step foresees as the wrong first one: the first "
         "deed said first, its then no mistake (pesen kädet ja sitten leikkaan tomaatit)",
         "correct", None, right_then,
         (("pesen kädet ja sitten leikkaan tomaatit", ("pesen kädet", "pesen ensin kädet"),
           "correct", None, {"wrong_answers": ("leikkaan tomaatit",)}),),
         switchable=False),
    Rule("yes_conceded", "a foreseen mistake that is a verb's bare yes said first, then a no "
         "of another verb right on its own (oli, mutta kukaan ei loukkaantunut), or almost "
         "where the whole is: almost, the mistake's reply", "almost", "mistake", yes_conceded,
         (("oli mutta kukaan ei loukkaantunut", ("ei ollut", "kukaan ei loukkaantunut"),
           "almost", "mistake", {"wrong_answers": ("oli",)}),),
         switchable=False, needs="wrong_answers"),
    Rule("yes_last", "a foreseen wrong mistake said as the answer's last clause of its own, "
         "after a no, more than polite or yes words: the learner ends on it (se ei ole "
         "turvallista, saa): the mistake",
         "wrong", "mistake", yes_last,
         (("se ei ole turvallista, saa", ("ei saa",), "wrong", "mistake",
           {"wrong_answers": ("saa",)}),),
         switchable=False, needs="wrong_answers"),
    Rule("answer_inside", "an accepted answer said whole, with other accepted answers or up "
         "to three real words more; with a foreseen mistake beside it, that mistake; with an "
         "unsafe deed the step does not say (laitan käden koneeseen), almost; going on with "
         "what a wrong mistake forbids (mä jatkan vaan beside jatkan työtä), that mistake",
         "correct", None, answer_inside,
         (("en ymmärtänyt voitko toistaa hitaasti", ("en ymmärtänyt", "voitko toistaa"),
           "correct", None),
          ("jään kotiin ja soitan töihin", ("jään kotiin", "soitan töihin"), "correct",
           None),
          ("pesen kädet ja laitan käden koneeseen", ("pesen kädet",), "almost", None),
          ("suljen oven ja jätän ikkunan auki", ("suljen oven",), "wrong", "mistake",
           {"wrong_answers": ("jätän ikkunan auki",)}),
          ("ilmoitan esimiehelle ja mä jatkan vaan", ("ilmoitan esimiehelle",), "wrong",
           "mistake", {"wrong_answers": ("jatkan työtä",)}))),
    Rule("closest", "(finds the closest accepted answer for the rules below)", "", None,
         find_closest, switchable=False),
    Rule("keywords", "every keyword of the step in any form, saying yes or no as the "
         "accepted answers do", "correct", None, keywords_said,
         (("laitan aina käsineet", ("käytän käsineitä",), "correct", None,
           {"keywords": ("käsine",)}),), needs="keywords"),
    Rule("other_option", "another option of a choose step, or nearer to it than to the "
         "answer", "wrong", "other_option", foreseen_check("other_option"),
         (("tuuli", ("tuli",), "wrong", "other_option", {"other_options": ("tuuli",)}),),
         switchable=False, needs="other_options"),
    Rule("mistake", "one of the step's foreseen mistakes, or nearer to it than to any "
         "accepted answer (its own verdict, wrong unless it says almost), also with polite, "
         "frame or greeting words before or after it that the step's answers and mistakes "
         "do not say (okei lääkärille), or its words in another order with adverbs more "
         "(huomenna siivoan)", "wrong", "mistake",
         foreseen_check("mistake"),
         (("käytän sitä", ("en käytä sitä",), "wrong", "mistake",
           {"wrong_answers": ("käytän sitä",)}),
          ("okei lääkärille", ("työterveyslääkärille",), "almost", "mistake",
           {"wrong_answers": {"lääkärille": "almost"}}),
          ("kokki on", ("tarjoilija",), "almost", "mistake",
           {"wrong_answers": {"kokki": "almost"}}),
          ("menen heti hissillä ulos", ("menen ulos",), "wrong", "mistake",
           {"wrong_answers": ("menen ulos hissillä",)})), switchable=False, needs="wrong_answers"),
    Rule("dont_know", "\"I don't know\" (en tiedä, en osaa…), also said another way (en "
         "tiedä mitään); in a closed step, the step's own question asked back (kenelle mä "
         "kerron? to Kenelle kerrot?: wrong)", "wrong", "dont_know",
         dont_know, (("en tiedä", ("moppi",), "wrong", "dont_know"),
                     ("en mä tiiä", ("moppi",), "wrong", "dont_know"),
                     ("en tiedä mitään", ("olin kotona",), "wrong", "dont_know",
                      {"open_question": True}))),
    Rule("open_answer", "in an open question (open: true), any answer in Finnish words (one "
         "slip in three words or more), naming a topic where the step lists them; not one "
         "that says no to what an example says or does what one forbids (wrong, negation), "
         "nor a bare yes (wrong), nor one with a clause that says a foreseen mistake's deed "
         "positively (ei se mitään, voit mennä auton alle: that mistake)", "correct",
         None, open_answer,
         (("rukoilen", ("juon kahvia",), "correct", None, {"open_question": True}),
          ("ei se mitään voit mennä auton alle",
           ("laita aina tukipukit ennen kuin menet auton alle",), "wrong", "mistake",
           {"open_question": True,
            "wrong_answers": ("voit mennä auton alle", "ei se mitään")}),
          ("ei se mitään älä mene auton alle",
           ("laita aina tukipukit ennen kuin menet auton alle",), "correct", None,
           {"open_question": True,
            "wrong_answers": ("voit mennä auton alle", "ei se mitään")}),
          ("juon teetä", ("juon kahvia",), "correct", None,
           {"open_question": True, "topics": ("tee",)}),
          ("en käytä suojalaseja", ("käytä aina suojalaseja",), "wrong", "negation",
           {"open_question": True}),
          ("sekoita pesuaineita", ("älä sekoita pesuaineita",), "wrong", "negation",
           {"open_question": True}),
          ("joo", ("olin kotona",), "wrong", None, {"open_question": True})),
         switchable=False, needs="open_question"),
    Rule("no_answer", "a step with nothing to accept", "wrong", None, no_answer,
         (("moppi", (), "wrong", None),), switchable=False),
    Rule("contrast", "a right answer, then ei (en, eikä, enkä) and another thing without a "
         "verb (kymmeneltä, ei yhdeksältä): the no is of the other thing", "correct", None,
         contrast,
         (("kymmeneltä ei yhdeksältä", ("kymmeneltä", "tulen kymmeneltä"), "correct", None),
          ("jaloilla eikä selällä", ("jaloilla", "nostan jaloilla"), "correct", None),
          # another accepted answer saying no does not make the no its own
          ("kerron hoitajalle, ei lääkärille",
           ("kerron hoitajalle", "en voi antaa lääkettä, kerron hoitajalle"), "correct", None)),
         switchable=False),
    Rule("not_but", "a no of another thing, then vaan and a right answer (en tule "
         "yhdeksältä vaan kymmeneltä): the no is of what comes before vaan; not a no of what "
         "an accepted answer says, nor ei vaan (just)", "correct", None, not_but,
         (("en tule yhdeksältä vaan kymmeneltä", ("tulen kymmeneltä", "kymmeneltä"),
           "correct", None),
          ("en käytä rullakkoa vaan pumppukärryä", ("käytän pumppukärryä",), "correct",
           None)),
         switchable=False),
    Rule("acknowledged", "acknowledgements said together, each one the step takes in an "
         "answer of only such words (okei hyvä beside okei kiitos, hyvä kiitos)", "correct",
         None, acknowledged,
         (("okei hyvä", ("okei kiitos", "hyvä kiitos"), "correct", None),),
         switchable=False),
    Rule("no_then_answer", "ei on its own, then a right answer (ei hyvin, porakone on "
         "rikki): the no answers the question", "correct", None, no_then_answer,
         (("ei hyvin kone on rikki", ("kone on rikki", "kone ei toimi"), "correct", None),),
         switchable=False),
    Rule("yes_then_no", "a yes on its own, then a no that answers (joo, ei ole gluteenia: "
         "judged as the no); a state of one's own before an accepted answer's no, in the "
         "place of its reason (minulla on flunssa, en voi tulla); a fault said with a no of "
         "its working where the answers say it with on rikki (on, yksi osa ei toimi)",
         "correct", None,
         yes_then_no,
         (("joo ei ole gluteenia", ("leivässä ei ole gluteenia", "kyllä on"), "almost",
           "missing_words"),
          ("minulla on flunssa en voi tulla", ("olen sairas en voi tulla tänään",
                                               "en pääse töihin"), "correct", None),
          ("on yksi osa ei toimi", ("yksi osa on rikki",), "correct", None)),
         switchable=False),
    Rule("time_range", "an hour said as a span (seitsemästä viiteentoista), its start a "
         "right answer, or its end where the answers speak of an end; a start that is a "
         "foreseen mistake is that mistake", "correct", None, time_range,
         (("seitsemästä viiteentoista", ("kello seitsemän", "seitsemältä"), "correct", None),
          ("vuoro on kuudesta kahteen", ("vuoro loppuu kello kaksi", "kahdelta"), "correct",
           None))),
    Rule("extra_clause", "a right answer, then a statement of its own about something "
         "else (linja pysähtyi ja kaksi pakkausta on rikki): no no, no foreseen mistake; an "
         "unsafe deed the step does not say (kävelen kuorman alla), almost",
         "correct", None, extra_clause,
         (("linja pysähtyi ja kaksi laatikkoa kaatui lattialle", ("linja pysähtyi",),
           "correct", None),
          ("mökillä siellä satoi", ("mökillä", "hän oli mökillä"), "correct", None),
          ("nostan jaloilla ja sitten kävelen kuorman alla", ("nostan jaloilla",), "almost",
           None))),
    Rule("reason_clause", "a right answer, then why at ettei, että, jotta or koska "
         "(siivoan, ettei kukaan kompastu): its no is no no of the answer; not a no of the "
         "step's verbs nor of will or doing, no mistake's word, not in a choose or repeat "
         "step nor with mutta, vaikka, tai", "correct", None, reason_clause,
         (("siivoan, ettei kukaan kompastu", ("siivoan",), "correct", None),),
         switchable=False),
    Rule("reported", "a right answer that reports a fault: after the learner's verb of "
         "telling (kerron, ilmoitan, soitan…, no no on it), a clause at että whose subject, "
         "a noun or hän/se, has a fault (rikki, vuotaa, ei toimi, ei ole kunnossa) is "
         "reported, its no no no of the learner's; not kun, jos, mutta, a passive, a "
         "command, a clause without a subject, a report of going on or using, a foreseen "
         "mistake's words, nor an unsafe deed", "correct", None, reported,
         (("kerron esimiehelle että tikkaat ei ole kunnossa",
           ("kerron esimiehelle", "kerron esimiehelle, että lava on rikki"), "correct", None),),
         switchable=False),
    Rule("no_and_the_thing", "ei and a right answer without a verb, where an accepted "
         "answer says no of that thing (ei koruja beside en saa käyttää koruja): the "
         "question's no, kept", "correct", None, no_and_the_thing,
         (("ei koruja", ("koruja", "en saa käyttää koruja"), "correct", None),),
         switchable=False),
    Rule("no_of_a_yes", "a no on what an accepted answer says yes of and none says no of "
         "(en käytä suojalaseja, ilman suojalaseja beside en käytä käsineitä, käytän "
         "suojalaseja), or on the verb just said with a yes: the opposite, not a start",
         "wrong", "negation", no_of_a_yes,
         (("en käytä suojalaseja", ("en käytä käsineitä, käytän suojalaseja",), "wrong",
           "negation"),
          ("ilman suojalaseja", ("suojalaseja", "en käytä käsineitä, käytän suojalaseja"),
           "wrong", "negation")),
         switchable=False),
    Rule("alone_told", "the listener told to do it alone or themselves where the step's "
         "answers offer help or doing it together (nouskaa itse vaan for autanko teitä "
         "nousemaan)", "wrong", "negation", alone_told,
         (("nouskaa itse vaan", ("autanko teitä nousemaan", "noustaan yhdessä"), "wrong",
           "negation"),), switchable=False),
    Rule("none_named", "none at all said with the question's verb where every accepted "
         "answer names what or who (ei mitään puutu to Mitä puuttuu?)", "wrong", None,
         none_named,
         (("ei mitään puutu", ("mutterit puuttuvat",), "wrong", None,
           {"situation": "Mutterit loppuivat. Mitä puuttuu?"}),), switchable=False),
    Rule("opposite", "no where every accepted answer says yes, or yes where they all say "
         "no (negation when it speaks of the same thing)", "wrong", "negation", opposite,
         (("en ilmoita esimiehelle", ("ilmoitan esimiehelle",), "wrong", "negation"),
          ("moppi", ("en ymmärtänyt",), "wrong", None)), switchable=False),
    Rule("adverb_more", "an adverb more, said where another accepted answer says it (after "
         "the same word), the answer without it right (vasara putosi alas, kukaan ei "
         "loukkaantunut)", "correct", None, adverb_more,
         (("vasara putosi alas, kukaan ei loukkaantunut",
           ("vasara putosi mutta kukaan ei loukkaantunut", "vasara putosi alas telineeltä"),
           "correct", None),), switchable=False),
    Rule("number_form", "a number or time whose value is right in a wrong form: the hour "
         "after puoli in another case, a decimal said with ja for pilkku; read in the form "
         "meant, right or nearly (digits typed in another grouping: the number, right)",
         "almost", "word_form", number_form,
         (("puoli kolmea", ("puoli kolme",), "almost", "word_form"),
          ("kaksi ja viisi metriä", ("2,5 metriä",), "almost", "word_form"),
          ("040 1234 567", ("040 123 4567",), "correct", None)), switchable=False),
    Rule("repairers_deed", "a clause of a repairer's own deed beside the learner's answer "
         "(en korjaa sitä itse, huoltomies korjaa sen): the answer judged without it",
         "by word", None, repairers_deed,
         (("ilmoitan heti työnjohtajalle, huoltomies korjaa sen", ("ilmoitan työnjohtajalle",),
           "correct", None),
          ("en korjaa sitä itse, huoltomies korjaa sen",
           ("en korjaa sitä itse, ilmoitan työnjohtajalle",), "almost", "missing_words")),
         switchable=False),
    Rule("vague_reason", "where the step asks why, danger named as the whole reason "
         "(koska se on vaarallista): the reason left out", "almost", "missing_words",
         vague_reason,
         (("koska se on vaarallista", ("koska käsine voi tarttua koneeseen",), "almost",
           "missing_words"),), switchable=False),
    Rule("by_word", "word by word with the closest accepted answers (WORD_RULES)",
         "by word", None, by_word,
         (("pese kadet", ("pese kädet ennen työtä",), "almost", "umlaut"),
          ("tuli", ("tuuli",), "almost", "vowel_length"),
          ("pallo", ("pullo",), "wrong", None)), switchable=False),
)


RULE_NAMES = tuple(r.name for r in RULES)
_NONE: frozenset[str] = frozenset()


@lru_cache(maxsize=256)
def rules_for(off: frozenset[str], has: frozenset[str]) -> tuple[Rule, ...]:
    """The rules an answer to a step is tried by: not those the step switches off, nor those
    that need what it has not (``Rule.needs``: with no keywords, say, that rule matches
    nothing). The trace of ``explain`` still names every rule."""
    return tuple(r for r in RULES if not (r.switchable and r.name in off)
                 and (r.needs is None or r.needs in has))


SWITCHABLE = tuple(r.name for r in RULES if r.switchable) + \
    tuple(r.name for r in WORD_RULES if r.switchable) + ("extra_words", "partitive", "essive",
                                                                 "another_word",
                                                                 "verbless", "place_case",
                                                                 "one_form", "count",
                                                                 "be_finite", "made_up_verb",
                                                                 "bare_place", "voice_slip",
                                                                 "ellipsis",
                                                                 *SAME_MEANING)


# Rules that find an accepted answer said whole: the trainer's own answer is long enough,
# and in the trainer's own forms.
_WHOLE_ANSWER_RULES = frozenset({"exact", "word_order"})


def _in_its_form(c: Case, j: Judgement) -> Judgement:
    """A right answer with a word in a form its own sentence does not allow (an object in
    the nominative after "pyyhin", a command's form after "pitää", an adjective in another
    number than its subject: ``form_slips``) is almost (word_form): the rules that pass
    the learner's own words compare what the words say, a trainer hears their form too.
    Not where an accepted answer says the same two words, nor an accepted answer's own
    words (exact, word_order)."""
    if j.verdict != "correct" or j.rule == "repaired":
        return j  # (the words after a lone "ei" were judged whole, their forms too)
    if j.rule == "exact":
        return _agreement_as_said(c, j)
    if (slipped := _be_with_finite(c, j)) is not j:
        return slipped
    if j.rule == "word_order" and (there := _none_there_said(c, j)) is not None:
        return there
    if j.rule in _WHOLE_ANSWER_RULES:
        return _agreement_as_said(c, j)
    # as said: the rules' own rewording may make a form the learner did not say ("kädet
    # pitää pestä", right, is compared as "pesen kädet"); clause by clause, as written
    accepted = [shape_of(n).words for _, n in c.accepted]
    asked = form_slips.modal_verbs(accepted)
    unsure = not any(" ".join(words) in DONT_KNOW for words in accepted)
    for clause in form_slips.clauses(c.written or c.said, asked, unsure=unsure):
        words = canonical(normalise(clause)).split()
        # the words as said and written, where read one for one: the word named as the
        # learner said it ("mee", "Ahmed"), "ovat" not made "on"
        written = as_said = form_slips.words_of(clause)
        breaks = form_slips.comma_breaks(clause)
        if len(written) != len(words):
            written, breaks = words, frozenset()
        found = form_slips.slip(words, asked, [w.casefold() for w in written], breaks,
                                _step_bases(tuple(n for _, n in c.accepted),
                                            tuple(c.mistakes)))
        if found is None or form_slips.said_in_accepted(
                words, found[0], accepted, 3 if found[1] == "agreement" and
                written[found[0] - 1].casefold() != "on" else 2):
            continue  # (an agreement slip after a written "on" is speech's: "renkaat on
            # kulunu")
        at, kind = found
        # (a clock's number, "kello" dropped by canonical(): "kello kymmenen vuoro alkaa")
        if kind == "count" and (not c.on("count") or form_slips.clock_before(
                [w.casefold() for w in as_said], words[at - 1])):
            continue
        if kind == "bare_infinitive" and _bare_answers(tuple(n for _, n in c.accepted)):
            continue
        c.note(f"{words[at]} after {words[at - 1]}: a slip of form ({kind})")
        c.rule = j.rule
        # the word named, and its form where the grammar gives it: no accepted answer,
        # which may say another sentence, as the model
        model = next((shape_of(n).words for w, n in c.accepted if w == j.closest), ())
        if kind in _ANY_MODEL:  # (the same form in any sentence of the step)
            model = (*model, *(w for _, n in c.accepted for w in shape_of(n).words))
        right, heard = form_slips.named_form(words, at, kind, model, written[at])
        return c.judgement("almost", "word_form", closest=j.closest,
                           detail=Detail(expected=right, heard=heard, in_sentence=True))
    if (placed := _bare_place(c, j)) is not j:
        return placed
    if (voiced := _other_voice(c, j, accepted)) is not j:
        return voiced
    return _made_up(c, j, accepted)


def _other_voice(c: Case, j: Judgement, accepted: Sequence[Sequence[str]]) -> Judgement:
    """A right answer with the doing verb for the step's verb of happening (``laikka
    hajotti`` for ``laikka hajosi``: ``voice_slip``) is almost (word_form), the step's
    verb named; not in a repeat step, whose words are the model's."""
    if c.repeat or not c.on("voice_slip"):
        return j
    own = _step_bases(tuple(n for _, n in c.accepted), tuple(c.mistakes))

    def find(words: list[str], clause: str) -> tuple[int, str] | None:
        # the commas where read one for one: an object is looked for up to the next
        breaks = form_slips.comma_breaks(clause) \
            if len(form_slips.words_of(clause)) == len(words) else frozenset()
        return voice_slip.slip(words, accepted, own, breaks)

    return _slip_in_a_clause(c, j, find, "the verb that does it for the one that happens")


def _slip_in_a_clause(c: Case, j: Judgement,
                      find: Callable[[list[str], str], tuple[int, str] | None],
                      what: str) -> Judgement:
    """``j`` made almost (word_form) at the first slip ``find`` finds, clause by clause as
    written ("en pääse, bussi ei kulje"), the right word named; else ``j``."""
    for clause in form_slips.clauses(c.written or c.said):
        words = canonical(normalise(clause)).split()
        if found := find(words, clause):
            break
    else:
        return j
    at, right = found
    c.note(f"{words[at]} for {right}: {what}")
    c.rule = j.rule
    return c.judgement("almost", "word_form", closest=j.closest,
                       detail=Detail(expected=right, heard=words[at], in_sentence=True))


def _bare_place(c: Case, j: Judgement) -> Judgement:
    """A right answer with a word of place said bare, in the nominative, where every
    accepted answer that says it says it with a case ending (``laita kypärä pää`` beside
    ``laita kypärä päähän``; issue 12, judge44: ``form_slips.bare_place``) is almost
    (word_form), the step's form named; not in a repeat step."""
    if c.repeat or not c.on("bare_place"):
        return j
    places = _step_places(tuple(n for _, n in c.accepted))
    if not places:
        return j
    model = next((shape_of(n).words for w, n in c.accepted if w == j.closest), ())
    for clause in form_slips.clauses(c.written or c.said):
        words = canonical(normalise(clause)).split()
        if (at := form_slips.bare_place(words, places)) is None:
            continue
        forms = places[next(iter(finnish.base_forms(words[at]) & places.keys()))]
        right = next((w for w in model if w in forms), forms[0])
        c.note(f"{words[at]} for {right}: a word of place said without its ending")
        c.rule = j.rule
        return c.judgement("almost", "word_form", closest=j.closest,
                           detail=Detail(expected=right, heard=words[at], in_sentence=True))
    return j


@lru_cache(maxsize=sizes.STEPS)
def _step_places(accepted: tuple[str, ...]) -> Mapping[str, tuple[str, ...]]:
    """The step's words of place (``form_slips.places``): once per step."""
    return form_slips.places([shape_of(n).words for n in accepted])


@lru_cache(maxsize=sizes.STEPS)
def _models_unphrased(models: tuple[str, ...]) -> bool:
    """No model sentence of a step is rewritten by a phrase of the lexicon."""
    return all(canonical(n := normalise(m)) == canonical(n, phrases=False) for m in models)


@lru_cache(maxsize=sizes.STEPS)
def _step_bases(accepted: tuple[str, ...], mistakes: tuple[str, ...]) -> frozenset[str]:
    """The base forms of the words of the step's answers and mistakes: once per step."""
    return frozenset(finnish.base_forms_of(
        w for n in (*accepted, *mistakes) for w in shape_of(n).words))


@lru_cache(maxsize=sizes.STEPS)
def _bare_answers(accepted: tuple[str, ...]) -> bool:
    """The step's own answers (normalised) say an infinitive on no verb: once per step."""
    return form_slips.says_bare_infinitives(shape_of(n).words for n in accepted)


# the kinds whose right form any accepted answer may show: a count's partitive, the
# step's verb in a person ("minä mennään" beside an answer "menen …", "osa tulla" beside
# "osa tulee")
_ANY_MODEL = frozenset({"count", "person", "bare_infinitive", "one_thing"})


def _none_there_said(c: Case, j: Judgement) -> Judgement | None:
    """An accepted answer's words in another order that makes a place's "ei ole" take
    its thing in the nominative ("piirustuksessa ei ole reiän mitta" of "reiän mitta ei ole
    piirustuksessa"; set 36: both trainers almost): almost, the partitive named where a step's
    answer says it."""
    words = c.words
    if (at := form_slips.none_there(words)) is None:
        return None
    c.note(f"{words[at]} after {words[at - 1]}: a slip of form (partitive)")
    model = tuple(w for _, n in c.accepted for w in shape_of(n).words)
    c.closeness = max(fuzz_module().ratio(c.heard, n) for _, n in c.accepted)
    right, heard = form_slips.named_form(words, at, "partitive", model)
    return c.judgement("almost", "word_form", closest=j.closest,
                       detail=Detail(expected=right, heard=heard, in_sentence=True))


def _agreement_as_said(c: Case, j: Judgement) -> Judgement:
    """An accepted answer said whole, but with a verb that does not agree with its subject
    as said: a person's pronoun ("me teen") or a count ("kaksi laatikkoa ovat märkiä",
    which the normaliser reads "on"; ``form_slips.said_slip``), is almost (word_form). Not
    an accepted answer as the trainer wrote it."""
    if (found := _agreement_slip(c.written or c.said, c.accepted)) is None:
        return j
    words, at, kind = found
    c.note(f"{words[at]} after {words[at - 1]}: a slip of form ({kind})")
    c.rule = j.rule
    model = next((shape_of(n).words for w, n in c.accepted if w == j.closest), ())
    if kind in _ANY_MODEL:
        model = (*model, *(w for _, n in c.accepted for w in shape_of(n).words))
    right, heard = form_slips.named_form(words, at, kind, model)
    return c.judgement("almost", "word_form", closest=j.closest,
                       detail=Detail(expected=right, heard=heard, in_sentence=True))


def _agreement_slip(written: str, accepted: Sequence[tuple[str, str]]
                    ) -> tuple[list[str], int, str] | None:
    """The clause's words as said, the slipped verb's index and the kind, where a clause
    of ``written`` has a verb that does not agree with its subject (``_agreement_as_said``);
    None where there is none, or the answer is an accepted one as the trainer wrote it."""
    if not _AGREEMENT_WORDS.search(written):
        return None
    said = [w.casefold() for w in form_slips.words_of(written)]
    if form_slips.said_slip(said) is None:
        return None  # none in the whole: none in a clause (a cheap test before the split)
    trainers = [[w.casefold() for w in form_slips.words_of(a)] for a, _ in accepted]
    if said in trainers:
        return None
    for clause in form_slips.clauses(written):
        words = [w.casefold() for w in form_slips.words_of(clause)]
        found = form_slips.said_slip(words)
        if found is not None and not form_slips.said_in_accepted(words, found[0], trainers):
            return words, found[0], found[1]
    return None


# a subject pronoun, or olla in the plural: a cheap gate before Voikko is asked
_AGREEMENT_WORDS = re.compile(
    rf"\b(?:{'|'.join(sorted(form_slips.AGREEMENT_WORDS))})(?:kin|kaan|kään|han|hän|pa|pä)?\b",
    re.IGNORECASE)


def _be_with_finite(c: Case, j: Judgement) -> Judgement:
    """A right answer, the same words in another order too, with a verb in a person right
    after olla (``kuljetin on pysähtyi`` for ``kuljetin on pysähtynyt``: ``be_finite``) is
    almost (word_form), the step's participle named where it says one; not in a repeat
    step, nor where an accepted answer says the same two words or olla so itself."""
    if not c.on("be_finite") or c.repeat or not _BE_WORDS.search(c.written or c.said):
        return j
    if be_finite.steps_own(tuple(n for _, n in c.accepted)):
        return j
    accepted = [shape_of(n).words for _, n in c.accepted]
    for clause in form_slips.clauses(c.written or c.said):
        words = [w.casefold() for w in form_slips.words_of(clause)]
        at = be_finite.slip(words)
        if at is None:
            continue
        # only a verb the step's answers say as a participle: a clause of its own may start
        # without a comma ("en tiedä missä se on kysyn esimieheltä")
        if not (participle := be_finite.participle_of(words[at], accepted)):
            continue
        c.note(f"{words[at]} after {words[at - 1]}: a verb in a person for its participle")
        c.rule = j.rule
        return c.judgement("almost", "word_form", closest=j.closest, detail=Detail(
            expected=participle, heard=words[at], in_sentence=True))
    return j


# a form of olla said (a cheap gate before Voikko is asked)
_BE_WORDS = re.compile(r"\b(?:ol|on\b|oo)", re.IGNORECASE)


def _made_up(c: Case, j: Judgement, accepted: Sequence[Sequence[str]]) -> Judgement:
    """A right answer with its verb in a form Finnish does not have (``lauta putoo`` for
    ``lauta putosi``: ``made_up_verb``) is almost (word_form); not in a repeat step, whose
    words are the model's."""
    if c.repeat or not c.on("made_up_verb"):
        return j
    return _slip_in_a_clause(c, j, lambda words, _: made_up_verb.slip(words, accepted, c.names),
                             "a form of the step's verb Finnish does not have")


def _long_enough(c: Case, j: Judgement) -> Judgement:
    """A right answer to a step that asks for N sentences (sentences: N) has N or more,
    else it is a start: almost (too_short). An accepted answer as written is the trainer's
    own, and long enough, and so is any answer as long as the shortest of them. An open
    question asks for a sentence where the answer names its subject alone
    (``_a_subject_alone``)."""
    if j.verdict != "correct" or j.rule in _WHOLE_ANSWER_RULES or j.rule == "repaired":
        return j
    half = c.open_question and _one_word_of_many(c)  # (shorter than every example)
    want = c.min_sentences or (1 if c.open_question and (
        _a_subject_alone(c) or _a_story_without_a_verb(c)) else 0)
    if not want and not half:
        return j
    # the trainer's shortest accepted answer is long enough, and so is any as long
    need = min([want, *(_sentences(shape_of(n).words) for _, n in c.accepted)])
    if not half and _sentences(c.words, comma_cuts(c.words, c.written)) >= need:
        return j
    c.rule = j.rule  # the example to follow: the trainer's first answer, the model
    return c.judgement("almost", "too_short", closest=c.first or j.closest,
                       detail=Detail(expected=c.first or j.closest or "", heard=c.heard))


def _a_subject_alone(c: Case) -> bool:
    """An answer of one noun in the nominative, no verb, that an example says as the
    subject of its verb: "lauta" for "lauta putosi telineeltä", "varaosa" for "varaosa tulee
    vasta huomenna" names what the story is about and tells nothing of it (set 38: both
    trainers almost). Not a noun an example says otherwise ("lounas" for "syön lounasta",
    "tunkki" for "auto putosi tunkilta"), a place ("varastossa") nor a verb ("lepään")."""
    if len(c.words) != 1:
        return False
    word = c.words[0]
    classes = finnish.word_classes(word)
    if "nimisana" not in classes or "teonsana" in classes or \
            not all(case == "nimento" for case, _ in finnish.case_numbers(word)):
        return False
    return any(((verb := _verb_of_its_subject(n.split(), [word])) is not None and
                any(p == "3" for p, _ in finnish.persons(verb)))
               or _there_is(n.split(), word) for _, n in c.accepted)


_NOUN = frozenset({"nimisana"})


def _one_word_of_many(c: Case) -> bool:
    """One word said where every example says two or more of its own: a start, half an
    answer ("kypärä" to "Neuvo häntä. Mitä sanot?" beside "käytä kypärää", "jalkalista",
    "pähkinä": sets 32–95, both trainers almost, 11 of 11); not where an example is one
    word ("varastossa" beside "hallissa", "lepään" beside "syön")."""
    word = c.words[0] if len(c.words) == 1 else ""
    return bool(word) and not finnish.in_learners_person(word) and \
        word not in SPEECH_ACTS and not (_where_asked(c) and (
            finnish.cases(word) & finnish.LOCAL_CASES or
            "seikkasana" in finnish.word_classes(word))) and all(
        len([w for w in shape_of(n).words if w not in FRAME_WORDS]) >= 2 for _, n in c.accepted)
    # (…nor a verb of the learner's own, a sentence: "rukoilen" to "Mitä teet tauolla?";
    # nor a speech act, a whole utterance: "anteeksi"; nor a place or an adverb where the
    # question asks where: "yläkerrassa", "tuolla", review189; "selällä", "käteen" to
    # "Neuvo …" are half an answer, review190)


def _where_asked(c: Case) -> bool:
    """The step's question asks where (review190: not "selällä", "käteen" to "Neuvo …")."""
    return not WHERE_ASKED.isdisjoint(normalised(c.situation).split())


def _there_is(example: list[str], word: str) -> bool:
    """``example`` says there is ``word`` (its subject after "on" or "oli", in the
    nominative): "halkeama" of "laikassa oli halkeama", "muovi" of "paketissa oli muovipala"
    (the compound's first part) names the thing found and tells nothing of it (sets 34 and
    41: both trainers almost)."""
    if finnish.word_classes(word) != _NOUN:  # ("rikki" is also sulphur: "on rikki")
        return False
    return any(be in ("on", "oli") and i + 1 < len(example) and
               (example[i + 1] == word or finnish.same_lemma(example[i + 1], word)
                or (example[i + 1].startswith(word) and len(word) >= 4)) and
               any(case == "nimento" for case, _ in finnish.case_numbers(example[i + 1]))
               for i, be in enumerate(example))


def _verb_of_its_subject(example: list[str], words: Sequence[str]) -> str | None:
    """The example's first verb in a person, where one of ``words`` is, by its lemma, a
    word before it in the nominative: its subject (not an object after a command, "ota
    käsineet pois kun poraat", nor a subject of a later clause, "katso missä
    hätäuloskäynti on": review59); else None."""
    verb = next((i for i, v in enumerate(example) if finnish.only_a_verb(v)
                 and finnish.persons(v)), None)
    if verb is not None and any(
            (w == x or finnish.same_lemma(w, x)) and
            any(case == "nimento" for case, _ in finnish.case_numbers(x))
            for w in words for x in example[:verb]):
        return example[verb]
    return None


def _a_story_without_a_verb(c: Case) -> bool:
    """An answer of two words or more with no verb, no no, no yes, reason or hedge, naming
    in the nominative the subject of an example's event (a verb in the past, not "olla":
    "laatikko jumissa" for "laatikko jumittui liukuhihnaan"): the story's thing named,
    what happened to it told in no sentence (set 33: both trainers almost; was right).
    Not an answer to why, when or whether, which an example's event names no subject of
    ("perheen kanssa", "ilman tukipukkeja", "vanha laikka", "joo kello kahdeksan",
    "koska kiire": review61 — short answers a trainer takes). Only words Finnish has: a
    word Voikko does not know may be a verb's form made up ("auto putoiisi tunkilta":
    ``made_up_verb``)."""
    words = c.words
    if len(words) < 2 or any(w in NEGATIONS or w in _NOT_A_STORY or finnish.is_verb(w) or
                             finnish.is_word(w) is False for w in words):
        return False
    named = [w for w in words if any(case == "nimento" for case, _ in finnish.case_numbers(w))]
    return any((verb := _verb_of_its_subject(n.split(), named)) is not None and
               _an_event(verb) for _, n in c.accepted)


# what answers whether, why or how sure, not what happened
_NOT_A_STORY = frozenset({"joo", "kyllä", "juu", "koska", "takia", "vuoksi", "siksi", "ehkä",
                          "varmaan", "luulen", "kai"})


def _an_event(verb: str) -> bool:
    """``verb`` tells what happened: in the past and no form of "olla" ("jumittui",
    "putosi"; not "kiire oli kova", "laikassa oli halkeama")."""
    return "olla" not in finnish.base_forms(verb) and any(
        a.get("TENSE") == "past_imperfective" for a in finnish.analyses(verb))


def sentences_said(text: str) -> int:
    """How many sentences ``text`` says, counted as an answer's are (``_sentences``): for
    lint, an accepted answer shorter than its step's ``sentences``."""
    return _sentences(shape_of(normalised(text)).words)


def _sentences(words: Sequence[str], cuts: Collection[int] = ()) -> int:
    """How many sentences an answer says, as speech has no full stops: its verbs, a verb
    chain ("pitää kuivata", "en pese") counted once — but not across a comma or full stop
    the answer was written with (``cuts``: "Aino kaatui. Nostimme hänet…" is two), unless
    what stands before it is a bare no. Without Voikko, a sentence is two words."""
    if finnish.voikko() is None:
        return len(words) // 2
    count, verb_before = 0, False
    for i, w in enumerate(words):
        verb = w in NEGATIONS or finnish.is_verb(w)
        count += verb and not (verb_before and (i not in cuts or words[i - 1] in NEGATIONS))
        verb_before = verb
    return count
