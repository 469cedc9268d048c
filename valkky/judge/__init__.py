"""Finnish answer judging: normalise, find the closest accepted answer, decide by Finnish rules.

Importing this package is cheap; rapidfuzz, num2words and Voikko load on first use (the
shared lexicon, lessons/lexicon/, is read once on import).
"""

from collections.abc import Collection
from typing import Any

from valkky.judge.normalise import normalise
from valkky.judge.verdict import (
    RULES,
    SETTINGS,
    WORD_RULES,
    Detail,
    Judgement,
    Rule,
    Settings,
    judge,
)

VERDICTS = ("correct", "almost", "wrong", "silence")
REASONS = ("vowel_length", "double_consonant", "umlaut", "word_form", "missing_words", "typo",
           "negation", "dont_know", "word_order", "too_long", "too_short", "synonym",
           "another_word", "mistake", "other_option", "word_part", "going_on", "no_left_out",
           "letter_names")


def cache_groups() -> dict[str, tuple[Any, ...]]:
    """Every cache of the judge (the cached functions) in groups, by what fills them: the
    one list, which clear_caches clears and bench_judge --caches measures group by group."""
    from valkky.judge import (
        accepted,
        any_place,
        asked_object,
        askers_person,
        be_finite,
        carry_on,
        case,
        clock_time,
        compare,
        courtesy,
        deed_time,
        deed_words,
        enough_told,
        fault_again,
        fault_denied,
        finnish,
        forbidden,
        form_slips,
        hedges,
        keep_away,
        later_offer,
        lexicon,
        needless,
        number_words,
        numbered_names,
        one_form,
        open_answers,
        open_deeds,
        order,
        pointers,
        polarity,
        pronoun_number,
        question_told,
        report_time,
        rules,
        same_meaning,
        self_repair,
        short_no,
        step_words,
        stray_slip,
        unsaid,
        verdict,
        voice_slip,
        word_rules,
    )
    from valkky.judge.normalise import (
        canonical,
        clock_hours,
        digits_in_words,
        question_form,
        sounds_restored,
        spoken_third_person,
        standard_words,
    )

    return {
        "judgements": (verdict.judge,),
        "Voikko's analyses and spelling checks": (finnish.analyses, finnish.is_word),
        "what the rules read of them (base forms, classes, cases)": (
            finnish.base_forms, finnish.word_classes, finnish.case_numbers, finnish.cases,
            finnish.persons, finnish.possessive_of, finnish.is_participle, finnish.names_in,
            finnish.name_written_small, number_words.number_noun_case,
            word_rules.name_bases, same_meaning.you_readings, polarity._own_bases,
            carry_on._verbs, unsaid.a_repairer, form_slips.question_word),
        "words normalised (spoken forms, numbers)": (standard_words, sounds_restored,
                                                     question_form, digits_in_words,
                                                     spoken_third_person),
        "answers normalised": (normalise, canonical, case.normalised),
        "the lexicon's synonym forms": (lexicon.forms, lexicon.step_candidates,
                                        lexicon.step_fronts, compare.opposed_words,
                                        stray_slip._lexicon_words),
        "steps compiled (accepted answers, their shapes, pairs, verbs, slots)": (
            accepted.compile_accepted, accepted.mistake_vocabulary, accepted.shape_of,
            step_words.step_pairs, polarity.denied_verbs, polarity.polar_verbs, verdict.rules_for,
            step_words.ton_of, step_words._noun_shapes, step_words._fronts,
            same_meaning.step_slots, case.told_bases,
            polarity.verbs_of_doing,
            polarity.before_clauses, polarity.example_clauses, polarity._examples_words,
            report_time.reported_to, report_time._steps_verbs,
            short_no.parts_said, clock_hours,
            order.clause_parts, order._done_before, courtesy._warned, compare._stops_a_machine,
            compare._clauses_of, self_repair._a_jam_told, enough_told._a_lack_told,
            deed_time._one_hurt,
            rules._people_of, open_answers._told_deeds, open_answers._wanted_gear,
            pointers.step_pointers, courtesy.the_steps_own, courtesy._pleasantry_taught,
            open_deeds.steps_deeds, any_place.of_no_matter,
            open_deeds.steps_measures, open_deeds.protections, needless._taken_off,
            needless._removed, deed_words.steps_bases,
            open_deeds._used_things,
            open_answers._uses_refused, same_meaning._answers_a_may,
            fault_again.told_deeds, fault_again._told_by_me, fault_again._mistakes_told_by_me,
            fault_again._mishaps,
            keep_away._the_steps, keep_away._used,
            accepted.the_steps_words, one_form.step_says_one_way, numbered_names.steps_name,
            numbered_names.says_hands, numbered_names._a_place_case, pronoun_number.accepted_bags,
            asked_object._verb_and_thing,
            be_finite.steps_own, verdict._bare_answers, verdict._step_bases, verdict._step_places,
            stray_slip._steps_bases,
            hedges.asks_an_estimate, clock_time.asks_a_clock_time, clock_time.says_an_hour_bare,
            clock_time._tokens,
            forbidden.forbidden_things, accepted._typed_times, accepted._understood_first,
            accepted._step_dates,
            voice_slip.happening_verbs, rules._names_a_repairer,
            same_meaning._persons_drilled, stray_slip._asks_the_word,
            question_told._every_answer_may_ask, carry_on._situation_fault,
            askers_person.asks_of_me, verdict._models_unphrased, fault_denied.faulty_things,
            fault_denied._mending_deeds, compare._each_alone, later_offer._a_favour_asked_now),
        "words compared (numbers, minimal pairs, slips)": (
            number_words.is_number, number_words.ordinal_value,
            number_words.number_noun_value, finnish.folds,
            finnish.minimal_pair, finnish.slips, finnish.differing_letter, finnish.derived_from,
            word_rules.decided_by, word_rules.number_spellings, compare.aligned),
    }


def caches() -> tuple[Any, ...]:
    """Every cache of the judge, from ``cache_groups``."""
    return tuple(f for group in cache_groups().values() for f in group)


def clear_caches(keep: Collection[object] = ()) -> None:
    """Forget every judgement, answer and word the judge has seen (benchmarks measure it
    cold; a test that takes Voikko away); the lexicon and Voikko stay loaded. ``keep``
    names caches (the cached functions) to leave as they are: what filling each one costs
    (bench_judge.py --caches)."""
    for f in caches():
        if f not in keep:
            f.cache_clear()


__all__ = ["REASONS", "RULES", "SETTINGS", "VERDICTS", "WORD_RULES", "Detail", "Judgement",
           "Rule", "Settings", "caches", "clear_caches", "judge", "normalise"]
