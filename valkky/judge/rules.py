"""The simpler rules of the judge: silence, an accepted answer said as written or whole inside
a longer one, the closest accepted answer for the rules after it, the opposite polarity.
Their order, with every other rule, is ``RULES`` in verdict.py.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from valkky.judge import finnish, gear_useless, lexicon, sizes
from valkky.judge.accepted import a_foreseen_mistake, a_mistake_with_extras, shape_of
from valkky.judge.answer_clause import CLAUSE_JOINS, answers_clause, rest_in_its_clause
from valkky.judge.any_place import a_place, places_of_no_matter, to_a_place
from valkky.judge.carry_on import (
    a_subject,
    after_a_mending,
    broken_in_the_step,
    carried_on,
    going_on_later,
)
from valkky.judge.case import (
    Case,
    Detail,
    Judgement,
    comma_cuts,
    fuzz_module,
    normalised,
    told_bases,
    written_with_cuts,
)
from valkky.judge.clause_reader import read_clauses
from valkky.judge.courtesy import REASSURING, in_a_courtesy
from valkky.judge.deed_time import asks_when, put_off, put_off_beside, told_in_the_past
from valkky.judge.deed_words import (
    BODY,
    MACHINES,
    VEHICLES,
    WORK_THINGS,
    another_deed_asked,
    steps_bases,
)
from valkky.judge.forbidden import forbidden_said, using_verb
from valkky.judge.forms_allowed import (
    an_adverb,
    fuller_answer_in_another_form,
    fuller_answer_slipped,
    in_another_form,
    is_real_word,
    verb_in_fuller_form,
)
from valkky.judge.gear_places import put_away_by, put_away_to, taken_along
from valkky.judge.later_offer import a_later_offer, offered_later
from valkky.judge.limits import limit_turned
from valkky.judge.no_dropped import dropped_from
from valkky.judge.normalise import canonical, normalise
from valkky.judge.number_words import (
    another_value,
    day_ordinals,
    is_number,
    number_noun_value,
    number_of,
)
from valkky.judge.open_deeds import open_deed
from valkky.judge.ordinal_label import as_labels
from valkky.judge.other_doer import another_does_the_refused
from valkky.judge.polarity import (
    MAIN_JOINS,
    SUB_JOINS,
    WITHOUT,
    affirms_denied,
    bare_no_on_its_verb,
    contradicts,
    finite_yes,
    idle_nos,
    main_clauses,
    no_left_out,
    no_on,
    nos_idled,
    of_another_thing,
    only_finite,
    purpose_turned,
    says_no,
    speaks_of_same,
    taken_back,
)
from valkky.judge.receiver import a_person
from valkky.judge.same_meaning import infinitive_for_maan, pronoun_in_another_form
from valkky.judge.time_of_day import another_time_of_day
from valkky.judge.unsafe_more import outside, unsafe_beside, unsafe_deed
from valkky.judge.unsafe_plan import OPENERS, deed_against_a_fault, unsafe_plan
from valkky.judge.unsaid import (
    USING,
    YesAfterNo,
    a_guarded_deed,
    a_repairer,
    parts,
    said_parts,
    waits_for_a_mending,
    yes_after_no,
)
from valkky.judge.vague_reason import asks_why, danger_alone
from valkky.judge.word_rules import asks
from valkky.judge.wordsets import (
    ACKNOWLEDGEMENTS,
    BE,
    BREAK_ROOMS,
    BUT,
    CALLING_OR_TELLING,
    CALLING_VERBS,
    CARRY_ON,
    COPULA,
    DAY_WORDS,
    DAYS_OFF,
    EVERY_NO,
    FAULT_WHEN_NO,
    FAULT_WORDS,
    FAULTS,
    FIRST_WORDS,
    FRAME_WORDS,
    GOING_VERBS,
    GOOD_STATE,
    GREETINGS,
    IN_CHARGE,
    INSIDE_A_MISTAKE,
    LATER,
    NEED_SAID,
    NEEDLESS,
    NEGATIONS,
    ON_ONES_OWN,
    ORDER_WORDS,
    OTHERWISE,
    POINTER_FORMS,
    PROHIBITIVE,
    PROHIBITIVE_AND,
    QUESTION_WORDS,
    SAME_ROLE,
    SPOKEN_PERSON,
    STAND_INS,
    STOPPING,
    SUBJECT_PRONOUNS,
    TELLING,
    THIRD_PERSONS,
    TIME_POSTPOSITIONS,
    TURNED_DOWN,
    UNSURE,
    UNSURE_VERBS,
    WHEN_WORDS,
    WHY_DONE,
    WITH_OTHERS,
    YES,
)


def silence(c: Case) -> Judgement | None:
    return c.judgement("silence") if not c.heard else None


def model_phrase(c: Case) -> Judgement | None:
    """Where a step switches ``synonyms`` off (a repeat step), a lexicon phrase said for the
    model's is a slip, as a word of its group is: "en ymmärrä" for "En ymmärtänyt." (set
    12) is the same thing in other words, which a trainer corrects in pronunciation
    practice (almost, synonym); so is the model's phrase's other wording ("anteeksi" for
    "Olen pahoillani.", which the lexicon says for it)."""
    if c.on("synonyms"):
        return None  # (the commonest case: not a repeat step)
    plain = phrased_as_said(c.said)
    rewritten = plain != canonical(c.said)  # a phrase said for another
    for original, norm in c.accepted:
        model = phrased_as_said(normalise(original))
        if c.heard == norm and (rewritten or model != norm) and plain != model:
            c.note(f"'{plain}' for the model's '{model}': a phrase of the lexicon")
            c.closeness = fuzz_module().ratio(plain, model)
            return c.judgement("almost", "synonym", closest=original,
                               detail=Detail(model, plain))
    return None


def phrased_as_said(said: str) -> str:
    """An answer in the lexicon's units and short words, its phrases as said."""
    return canonical(said, phrases=False)


def exact(c: Case) -> Judgement | None:
    for original, norm in c.accepted:
        if c.heard == norm or c.heard.replace(" ", "") == norm.replace(" ", "") or \
                c.said.replace(" ", "") == norm.replace(" ", ""):
            # also "työ turvallisuus" (as said: a synonym may have replaced "letku" in
            # "poisto letku" before)
            return c.judgement("correct", closest=original)
    if (labelled := as_labels(c.words, (n for _, n in c.accepted))) is not None:
        said = " ".join(labelled)  # "neljännessä hyllyvälissä": "hyllyvälissä neljä"
        for original, norm in c.accepted:
            if said == norm:
                c.note(f"'{c.heard}': the place's number as its label, '{said}'")
                return c.judgement("correct", closest=original)
    return None


# Words that join two statements without changing either: a cause, a consequence, a then.
_CONNECTIVES = frozenset({"siksi", "joten", "koska", "mutta", "sitten", "eli"})


def _adessive_things(words: Sequence[str], only: bool = True
                     ) -> list[tuple[str, frozenset[str]]]:
    """The nouns of ``words`` read in the adessive (what a deed is done with, or where on:
    "vedellä", "hyllyllä"), not a time ("aamulla"), with their base forms; ``only``: read
    only so ("vedellä" is also a verb, "to drag": an answer's word must be none)."""
    test = all if only else any
    out = []
    for w in words:
        readings = finnish.analyses(w)
        bases = finnish.base_forms(w)
        if readings and test(a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") ==
                             "ulkoolento" for a in readings) and \
                bases.isdisjoint(WHEN_WORDS) and w != "päällä":  # (switched on, worn)
            out.append((w, bases))
    return out


def _another_means(c: Case, rest: Sequence[str]) -> str | None:
    """A word of ``rest`` (all the answer says beside the accepted one) in the adessive,
    where the accepted answers say their own in it ("vedellä"), a foreseen mistake says a
    wrong one ("huuhtelen silmän jarrunesteellä": what the deed is done with matters on this
    step) and none of the answers' is this one (by base form): the deed done with another
    thing ("huuhtelen silmät öljyllä"). None where the step names none."""
    if not rest or not all(any(a.get("SIJAMUOTO") == "ulkoolento" for a in finnish.analyses(w))
                           for w in rest):
        return None  # more than what it is done with: a clause of its own ("… ja jatkan
        # toisella koneella"), a no ("ei selällä"), a word said of it ("… käsillä on
        # vaarallinen")
    theirs = {b for _, n in c.accepted for _, bases in _adessive_things(n.split(), only=False)
              for b in bases}
    if not theirs or not any(bases.isdisjoint(theirs) for m in c.mistakes
                             for _, bases in _adessive_things(normalised(m).split(), False)):
        return None
    return next((w for w, bases in _adessive_things(rest) if bases.isdisjoint(theirs)), None)


_SPOKEN_FORMS = frozenset(SPOKEN_PERSON.values())


def _in_another_case(c: Case) -> str | None:
    """An accepted answer as long as the answer, its words the same but one noun said bare
    where the answer has it in a case of place ("linja" for "linjalle"), with its adjective
    too ("märkä lattia" for "märällä lattialla": set 115, both trainers almost): that
    answer, else None."""
    cuts = comma_cuts(c.words, c.written)
    for original, norm in c.accepted:
        parts = norm.split()
        if len(parts) != len(c.words) or parts == c.words:
            continue
        off = [k for k, (a, b) in enumerate(zip(parts, c.words, strict=True)) if a != b]
        verb = next((k for k, w in enumerate(parts) if finnish.persons(w)), None)
        if not 1 <= len(off) <= 2 or off[-1] - off[0] != len(off) - 1 or verb is None or \
                not verb < off[0] or any(verb < k <= off[-1] for k in cuts):
            continue  # (the place after its verb, in its clause: not "linja kolme, kuljetin
            # ei liiku", a label or a subject; review167)
        pairs = [(parts[k], c.words[k]) for k in off]
        if len(pairs) == 1 and _object_case_slipped(*pairs[0]):
            return original  # "ei ole avaimen" for "ei ole avainta" (set 129, both
            # trainers almost)
        if "nimisana" in finnish.word_classes(pairs[-1][0]) and all(
                finnish.same_lemma(theirs, mine) and
                finnish.word_classes(theirs) & (finnish.ADJECTIVE_CLASSES | {"nimisana"}) and
                finnish.cases(theirs) & finnish.LOCAL_CASES and
                finnish.cases(mine) == {"nimento"} for theirs, mine in pairs):
            return original  # (not "korviin" for "korville")
    return None


def _place_slipped(c: Case, found: str, rest: list[str]) -> str | None:
    """A longer accepted answer that says ``found`` and a place the answer's words more
    (``rest``) say in a case of being there or coming from where it says going to:
    "eli minä vien laatikot varastoon hyllyllä neljä" beside "… hyllylle neljä" (set 233,
    both trainers almost); that answer, else None. Not one "to" case for the other
    ("korviin" for "korville": both go there)."""
    said = set(normalised(found).split())
    if any(map(_a_finite_verb, rest)) or not any(
            finnish.base_forms(w) & _MOVING for w in said):
        return None  # (a clause of its own: "Aino kaatui, hän on lattialla"; a deed
        # that goes or takes somewhere: not "pullo hajosi lattialla", review240)
    for original, norm in c.accepted:
        parts = norm.split()
        if len(parts) <= len(said) or not said <= set(parts):
            continue
        for x in rest:
            y = next((y for y in parts if y != x and y not in c.words and
                      finnish.cases(y) & _GOING_TO and finnish.cases(x) and
                      finnish.cases(x) <= _THERE_OR_FROM and
                      finnish.word_classes(y) == _NOUN and finnish.same_lemma(x, y)),
                     None)
            if y is not None and len(parts) - len(c.words) <= 2 and not any(
                    finnish.cases(w) & _GOING_TO for w in c.words[c.words.index(x) + 1:]) \
                    and _in_order(
                    [y if w == x else w for w in c.words], parts):
                return original  # (the answer, its place as the longer one says it, is
                # that one but for a word or two; not a place where, then where to: "eli
                # vien laatikot varastossa hyllylle neljä", review275)
    return None


def _in_order(words: list[str], within: list[str]) -> bool:
    """``words`` are said in ``within`` in the same order (with others between)."""
    it = iter(within)
    return all(w in it for w in words)


_GOING_TO, _BEING_THERE, _COMING_FROM = finnish.PLACE_CASES
_NOUN = frozenset({"nimisana"})  # (not a verb's form too: "nousemaan")
# deeds that take a thing or go somewhere, whose place is where to ("vien … hyllylle")
_MOVING = frozenset({"viedä", "tuoda", "laittaa", "panna", "nostaa", "siirtää", "kantaa",
                     "asettaa", "heittää", "palauttaa", "mennä", "tulla", "lähteä"})
_THERE_OR_FROM = _BEING_THERE | _COMING_FROM


def _object_case_slipped(theirs: str, mine: str) -> bool:
    """``mine`` is the noun ``theirs`` in the genitive for its partitive or the other way
    round, in the same number (the nominative's object stays speech's, "se kestää tunti")."""
    mine_cn, their_cn = finnish.case_numbers(mine), finnish.case_numbers(theirs)
    if len(mine_cn) != 1 or len(their_cn) != 1:
        return False
    (mine_case, mine_number), = mine_cn
    (their_case, their_number), = their_cn
    return {mine_case, their_case} == {"omanto", "osanto"} and mine_number == their_number \
        and "nimisana" in finnish.word_classes(theirs) and finnish.same_lemma(theirs, mine)


def _with_synonyms_as_accepted(c: Case, found: list[str]) -> Case | None:
    """``c`` with an accepted answer of three words or more, longer than any found as said,
    said inside it with a synonym in its form (``_said_with_synonyms``), put in that
    answer's words, and no more words beside it than an answer takes (not "mä kerron
    pomolle, huomenna se tulee töihin": review179's hole); else None."""
    longest = max((len(normalised(f).split()) for f in found), default=0)
    words = list(c.words)
    for _, norm in sorted(c.accepted, key=lambda a: -len(a[1].split())):
        parts = norm.split()
        n = len(parts)
        if n < 3 or n <= longest:
            break
        if len(words) - n > c.settings.extra_with_answer:
            continue
        for i in range(len(words) - n + 1):
            if words[i:i + n] != parts and _said_with_synonyms(words[i:i + n], parts):
                turned = [*words[:i], *parts, *words[i + n:]]
                return replace(c, words=turned, heard=" ".join(turned))
    return None


def _said_with_synonyms(said: Sequence[str | None], parts: list[str]) -> bool:
    """``said`` is ``parts`` word for word, one word or more a synonym in its form, the
    first word the same ("pysäytän koneen ja kerron työnjohtajalle" of "pysäytän koneen ja
    ilmoitan työnjohtajalle", with "…, en korjaa itse" after it: set 137, the trainer
    right)."""
    return said[0] == parts[0] and all(
        w == p or (w is not None and lexicon.equivalent(p, w) == "same")
        for w, p in zip(said, parts, strict=True))


def _person_as_accepted(c: Case) -> Case | None:
    """``c`` with a person called "se" in speech said as the step's accepted answers say
    them ("se ei korjaa konetta" as "hän ei korjaa konetta"; wordsets.SPOKEN_PERSON), where
    they say the "hän" form and never the "se" form; else None."""
    if _SPOKEN_FORMS.isdisjoint(c.words):
        return None  # (most answers: no such form said)
    theirs = {w for _, n in c.accepted for w in n.split()}
    as_said = {se: hän for hän, se in SPOKEN_PERSON.items() if hän in theirs and se not in theirs}
    # (…"se" among them where said: "älä nosta sitä yksin, nosta se sänkyyn" would keep
    # its "se", and the rest read as no mistake; review107)
    if as_said.keys().isdisjoint(c.words) or ("se" in c.words and "se" not in as_said and
                                             "se" not in theirs):
        return None
    words = [as_said.get(w, w) for w in c.words]
    return replace(c, words=words, heard=" ".join(words))


def _now_inside(c: Case) -> tuple[int, int] | None:
    """Where "heti", "nyt" or "nopeasti" is said inside an accepted answer of two words or
    more, with more said beside them ("menen heti silmäsuihkulle ja …" for "menen
    silmäsuihkulle"): (the adverb's place, the answer's end), else None."""
    words = c.words
    heard = f" {' '.join(words)} "
    if any(f" {n} " in heard and not _NOW_WORDS.isdisjoint(n.split()) for _, n in c.accepted):
        return None  # (an answer says it there: "siirrän ne heti pois")
    for _, norm in c.accepted:
        parts = norm.split()
        n = len(parts)
        if n < 2 or len(words) <= n + 1:
            continue
        for i in range(len(words) - n):
            window = words[i:i + n + 1]
            for j in range(1, n):
                if window[j] in _NOW_WORDS and window[:j] + window[j + 1:] == parts and \
                        CLAUSE_JOINS.isdisjoint(parts[j:]):  # (not past a join: "kuivaan
                    # lattian nyt ja kerron …" says now of the drying only, review175)
                    return i + j, i + n + 1
    return None


def _now_after_the_answer(c: Case) -> Case | None:
    """``c`` with an adverb of now said inside an accepted answer (``_now_inside``) moved
    right after it, in the same clause; else None."""
    if _NOW_WORDS.isdisjoint(c.words) or (where := _now_inside(c)) is None:
        return None
    at, end = where
    cuts = comma_cuts(c.words, c.written)
    if any(at < k < end for k in cuts):
        return None  # (not across a comma)
    words = [*c.words[:at], *c.words[at + 1:end], c.words[at], *c.words[end:]]
    return replace(c, words=words, heard=" ".join(words),
                   written=written_with_cuts(words, cuts))  # (its commas kept: review187)


_NOW_WORDS = frozenset({"heti", "nyt", "nopeasti"})


def answer_inside(c: Case) -> Judgement | None:
    """An accepted answer of two or more words said whole inside a longer one, the rest
    being other accepted answers ("jään kotiin ja soitan töihin") or a few real words that
    neither negate nor misspell it: "en ymmärtänyt, voitko toistaa hitaasti"."""
    words = c.words
    if len(words) < 3 or any(normalised(m) == c.heard for m in (*c.mistakes, *c.options)):
        return None
    if (of_hän := _person_as_accepted(c)) is not None:
        return answer_inside(of_hän)  # "se ei korjaa konetta vaan jatkaa työtä" (review106)
    if (moved := _now_after_the_answer(c)) is not None:
        return answer_inside(moved)  # "menen heti silmäsuihkulle ja huuhtelen kauan" (set 94)
    if a_mistake_with_extras(words, c.accepted, c.mistakes):
        return None  # "kiitos haen avaimen kaapista": the mistake, with an extra (foreseen)
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
    if "synonyms" not in c.strict and len(found) < 2 and \
            (swapped := _with_synonyms_as_accepted(c, found)) is not None and \
            (j := answer_inside(swapped)) is not None:
        return j  # "pysäytän koneen ja kerron työnjohtajalle, en korjaa itse": the checks
        # below read it in the accepted answer's words (a time beside it too, "… kerron
        # pomolle kun lähden kotiin": review210); where they find nothing, in the
        # learner's own (review211)
    covered = [w for w, rest in zip(words, left, strict=True) if rest is None]
    if found and (slipped := _in_another_case(c)) is not None:
        # (the longer accepted answer said with a noun in another case, not the shorter one
        # with words more: "menen linja kaksi" for "menen linjalle kaksi"; set 81, both
        # trainers almost)
        c.note(f"'{slipped}' with a noun in another case")
        c.closeness = fuzz_module().ratio(c.heard, normalised(slipped))
        return c.judgement("almost", "word_form", closest=slipped,
                           detail=Detail(expected=normalised(slipped), heard=c.heard))
    if found and len(covered) == 1 and left[0] is None and left[1] in NEGATIONS and \
            not any(finnish.same_lemma(w, covered[0]) or finnish.same_stem(w, covered[0])
                    for w in left[1:] if w is not None) and \
            _no_to_a_mistake(c, [w for w in left if w is not None]):
        # (the no first, then the deed it refuses: not "trukki hylly, ei"; nor the answer's
        # own word taken back: "voin enkä voi tehdä aamuvuoron")
        # "selvä, en pysäytä häntä": a one-word reply, then a no to a foreseen mistake
        c.note(f"'{found[0]}', then a no to a foreseen mistake")
        return _refused(c, left, found[0])
    if found and len(covered) == 1 and (fact := _a_verb_then_a_fact(c, words, left)):
        return fact
    if not found or len(covered) < 2 or _said_with_a_no(words, left) or \
            _a_fuller_answer_slipped(c, words, normalised(found[0]).split()):
        return None
    if (around := _mistake_around(c, words, found)) is not None:
        c.note(f"the foreseen mistake '{around}' said whole around '{found[0]}'")
        return as_mistake(c, around)  # "saa laittaa yli tuhat kiloa": 'yli' is no frame here
    rest = [w for w in left if w is not None and w not in FRAME_WORDS
            and w not in SUBJECT_PRONOUNS and w != "ja"]
    beside = outside(words, normalised(found[0]))
    # a call the step foresees as a wrong answer alone, said after the right deed: the
    # trainer's own "then" ("painan hätäseis ja soitan esimiehelle"; judge45)
    told = _told_after(c, left, len(covered))
    # (a no said apart or before a finite verb says no no of what follows: "ilmoitan
    # työnjohtajalle, en, korjaan sen itse" says the mistake; judge45fix)
    idle = idle_nos(words, c.written)
    if (mistake := mistake_beside(c, [w for i, w in enumerate(left)
                                      if w is not None and i not in idle],
                                  _beside_says_no(nos_idled(words, idle),
                                                  ["ja" if i in idle and w is not None else w
                                                   for i, w in enumerate(left)]),
                                  covered, told)) is not None and \
            not going_on_later(c, outside(nos_idled(words, idle), normalised(found[0])),
                               str(mistake.matched)):
        return mistake  # "otan käsineet pois ja laitan käsineet käteen": its mistake said too
    if (when := _another_time_than_asked(c, left)) is not None:
        c.note(f"'{when}': another time than the question asks of")
        return c.judgement("wrong", closest=found[0])  # "pesen kädet töiden jälkeen" to
        # "Mitä teet käsille ennen työtä?" (set 57)
    if (back := _put_back(rest, covered, _worn_of(c, covered))) is not None:
        c.note(f"'{back} takaisin': what the answer takes away put back")
        return c.judgement("wrong", "negation", closest=found[0])  # "otan sen pois
        # hyllystä ja sanon pomolle, laitan takaisin" (review210, SAFETY: was correct)
    if (off := _put_away(c, rest, covered)) is not None:
        c.note(f"'{off}' with '{rest[0]}': the thing put away, not put on")
        return c.judgement("wrong", "negation", closest=found[0])  # "laita turvakengät
        # pois" for "laita turvakengät" (set 77, both trainers wrong; SAFETY)
    # (the answer's gear as the step writes it and as said: "otan hanskat pois, likaiset
    # hanskat laatikkoon" of "otan käsineet pois")
    if (away := _other_gear_put_away(c, beside, [*normalised(found[0]).split(), *covered])) \
            is not None:
        c.note(f"'{away}': other gear put away beside the answer")
        return c.judgement("wrong", "negation", closest=found[0])
    if (deed := another_deed_asked(c, rest)) is not None:
        c.note(f"'{deed}': help asked for another deed than the answers'")
        return c.judgement("wrong", closest=found[0])  # "pyydän työkaveria katsomaan"
    if not any(map(_a_finite_verb, rest)) and asks_when(c) and \
            (other_time := another_time_of_day(c, rest)) is not None:
        c.note(f"{other_time[1]}: another time of day than {other_time[0]}")
        return c.judgement("wrong", closest=found[0])  # "se alkaa kuudelta illalla" for
        # the morning shift (review154); not a clause of its own, another deed's time ("…,
        # hän nukkuu nyt päivällä": review153)
    if (limit := limit_turned(c)) is not None:  # (after the foreseen mistakes: their replies)
        c.note(f"{limit}: the other limit than the step's")  # "minimi kuusi astetta"
        return c.judgement("wrong", closest=found[0])
    if (going_on := carried_on(c, beside)) is not None:
        return going_on  # "ilmoitan esimiehelle mutta imuroin silti": it undoes the answer
    if (plan := _an_unsafe_plan(c, words)) is not None:
        c.note(f"'{plan}': the learner's own unsafe plan, said as why")
        return c.judgement("wrong", "going_on", closest=found[0])  # "ilmoitan
        # esimiehelle, koska käynnistän sen" (review72, SAFETY: was correct)
    if (deed := _against_a_fault(c, words, beside)) is not None:
        c.note(f"'{deed}': a deed against the fault told")
        return c.judgement("wrong", "going_on", closest=found[0])  # "Lava on rikki." —
        # "ilmoitan esimiehelle ja lastaan sen" (review73, SAFETY: was correct)
    if all(w is None for w in left[:len(covered)]) and any(
            verdict == "wrong" and after_a_mending(c, beside, m)
            for m, verdict in c.mistakes.items()):
        # the answer first, then a going-on mistake only after a mending by someone else:
        # "ilmoitan esimiehelle ja jatkan työtä kun se on korjattu"
        c.note(f"'{found[0]}' said whole, going on only after a mending")
        return c.judgement("correct", closest=found[0])
    if (numbered := _another_number_noun(c, left)) is not None:
        c.note(f"'{numbered}' names a number no accepted answer says")
        return None  # "hyllyväli vitonen, hyllypaikka kolmonen": another place (by_word)
    if (day := _another_day(c, left)) is not None:
        c.note(f"'{day}': another day than the answers say")
        return c.judgement("wrong", closest=found[0])  # "olen sairas, en pääse töihin
        # huomenna" beside "… tänään" (set 53, both trainers: wrong)
    if (label := _another_label(c, words, left)) is not None:
        c.note(f"'{label}' names a place by another letter than the answers")
        return c.judgement("wrong", closest=found[0])  # "portaiden pesu hallissa C"
        # beside "… hallissa B": another place (set 52)
    if (placed := _place_slipped(c, found[0], rest)) is not None:
        c.note(f"'{placed}' with its place in another case")
        c.closeness = fuzz_module().ratio(c.heard, normalised(placed))
        return c.judgement("almost", "word_form", closest=placed,
                           detail=Detail(expected=normalised(placed), heard=c.heard))
    if (run := another_value(words, c.accepted, c.written)) is not None:
        c.note(f"'{run}' is another time or date than the answer's")
        return None  # "auto on valmis 3.15" beside "… kello kolme": by_word
    every = [a for _, n in c.accepted for a in n.split() if a not in words]
    c.note(f"'{found[0]}' said whole" + (f", with {' '.join(rest)}" if rest else ""))
    if says_no(covered) and not says_no(rest) and _near_miss_of(rest, covered):
        c.note(f"{' '.join(rest)}: the deed it says no to, as a near miss")
        return c.judgement("correct", closest=found[0])  # "ei saanut, mutta melkein sai"
    if bare_no_on_its_verb(rest, covered):  # "käytän suojalaseja en käytä"
        c.note(f"{' '.join(rest)}: takes it back")
        return c.judgement("wrong", "negation", closest=found[0])
    if (back := taken_back(c, rest, covered)) is not None and \
            not _the_situation_told(c, left):  # "käytän suojalaseja harvoin"; not "…,
        # etiketti on väärä" to "Etiketti on väärä. Kenelle kerrot?" (set 181)
        c.note(f"{' '.join(rest)}: takes it back ({back})")
        return c.judgement(back, closest=found[0],
                           detail=Detail(expected=normalised(found[0]), heard=c.heard))
    # a mistake turned down beside it: "otan käsineet pois enkä laita käsineitä käteen", its
    # verb in the answer's form too ("en käytä rullakkoa, käytän pumppukärryä"); not words
    # on both sides of the answer
    if _one_run(_with_its_subject(left)) and \
            (_no_to_a_mistake(c, rest) or _no_to_the_forbidden(c, beside)):
        return _refused(c, left, found[0])
    if (clause := _an_answers_clause(c, rest, covered)) is not None:
        # "telineessä ei ole kaidetta, en mene sinne" beside "kaide puuttuu, en mene
        # telineelle": the rest is a clause of another accepted answer, whatever the forms of
        # the answer's words in it (set 42)
        c.note(f"{' '.join(rest)}: the clause '{clause}' of an accepted answer")
        return c.judgement("correct", closest=found[0])
    if (not (covered[0] in SUB_JOINS and _an_answers_words(c, rest)) and
            not _parts_apart(c, left) and in_another_form(c, rest, covered)) or \
            fuller_answer_in_another_form(c, rest, covered) is not None or \
            fuller_answer_slipped(words, c.accepted, " ".join(covered)) is not None or \
            verb_in_fuller_form(c, covered, rest) is not None or \
            pronoun_in_another_form(c, rest) is not None or \
            infinitive_for_maan(c, rest) is not None:
        # "vien eino vessaan", "voinko auttaa istua", "teen kaksikymmentä kappale",
        # "autanko teitä pukemaan": an
        # accepted answer says the words in other forms ("vien Einon vessaan", "voinko
        # auttaa sinua istumaan", "teen kaksikymmentä kappaletta"): by_word
        return None
    if a_later_offer(c, covered, rest):
        c.note(f"'{' '.join(rest)}': a later time offered beside a no to now")
        return c.judgement("correct", closest=found[0])  # "anteeksi, nyt en ehdi, tulen
        # puolen tunnin päästä" (set 175, both trainers right)
    if another_count(c, rest) and not _a_measure_more(c, rest):
        return None  # "kahden tunnin päästä" for "tunnin päästä": another quantity (by_word)
    if (means := _another_means(c, [w for w in left if w is not None])) is not None:
        # "huuhtelen silmät öljyllä" beside "huuhtelen silmät" and "… vedellä": what the
        # deed is done with, another than the step's (stop 40, review51: was correct)
        c.note(f"{means}: done with another thing than the answers say")
        return c.judgement("wrong", closest=found[0])
    own = [w for w in rest if w not in _CONNECTIVES]
    if own and any(f" {' '.join(own)} " in f" {n} " for _, n in c.accepted):
        # the rest is the trainer's own words, negative or not: "en käytä sitä ja kerron
        # esimiehelle" beside "en käytä sitä ja ilmoitan esimiehelle"; joined by a word of
        # its own ("akku oli tyhjä siksi auto ei käynnistynyt")
        return c.judgement("correct", closest=found[0])
    # (a verb said of another thing is no slip of the answers' words: "käytän toista
    # lavaa" beside "en käytä lavaa", "otan lavan pois")
    other = {j for i in range(len(rest)) if of_another_thing(rest, i) for j in (i, i + 1, i + 2)}
    if (whole := _wrong_mistake_whole(c, words, left, beside, told)) is not None:
        # "soitan esimiehelle etten tule, menen töihin", "…, tarviinko, menen töihin": the
        # mistake said whole after the answer, however few the words (judge43fix, the
        # final review)
        c.note(f"the foreseen mistake '{whole}' said whole beside '{found[0]}'")
        return as_mistake(c, whole)
    if gear_useless.refused_outright(rest, words, found[0]):
        c.note(f"'{' '.join(rest)}': gear said useless, with no condition nor time")
        return c.judgement("wrong", closest=found[0])  # "laitan suojakäsineet,
        # suojalasit on tarpeettomat siivouksessa" (review153, SAFETY)
    if gear_useless.beside_an_answer(rest, words, found[0]):
        return None  # other gear said needless beside it is no fact more: "laitan
        # suojalasit, koska kuulosuojaimet ovat turhat" (review150-151, SAFETY; not "…,
        # turha kiirehtiä", nor the answer's own gear needless at the coffee table; the
        # rules after it weigh a time or a condition: "…, kypärä on turha tauolla")
    if len(rest) > c.settings.extra_with_answer or any(
            not is_real_word(w, c) or (i not in other and
                                       any(finnish.minimal_pair(e, w) for e in every))
            for i, w in enumerate(rest)):
        if _a_right_answer_of_its_own(c, [w for w in left if w is not None]) or \
                _a_fact_beside(c, left, every) or _harm_kept_away(c, left) or \
                _the_situation_told(c, left):
            return c.judgement("correct", closest=found[0])
        if not _before_the_work(c, rest):
            return None  # (…else the checks below weigh it: "… ennen kuin menen kuorman
            # alle", review203)
    elif (rest[:1] == ["kun"] or rest[:2] == ["ennen", "kuin"]) and left[0] is None and \
            _telling_step(c) and (any(map(_off_work, rest)) or _leaving(c, rest)) and \
            any(p == "1" for w in rest for p, _ in finnish.persons(w)):  # (the learner's
        # own leaving, not "… kun huoltomies on lomalla", review202)
        # the answer first, then a report put off till the learner leaves ("… kerron
        # pomolle kun lähden kotiin", "… ennen kuin lähden": review210)
        c.note(f"'{' '.join(rest)}': the report put off till the learner leaves")
        c.closeness = fuzz_module().ratio(c.heard, normalised(found[0]))
        return c.judgement("almost", closest=found[0], detail=Detail(
            expected=normalised(found[0]), heard=c.heard))
    if _why_asked_again(rest, found[0]):
        c.note(f"{' '.join(rest)}: why the learner asks")
        return c.judgement("correct", closest=found[0])
    if says_no(rest) and not _own_no(c, words, left, rest) and not _a_wish_of_care(rest) \
            and not (" ".join(rest) in UNSURE and None not in left[:len(words) - len(covered)]):
        return None
    # (each deed said may be the one put off: "kuivaan lattian ja laitan kyltin myöhemmin",
    # review187)
    if (late := next(filter(None, (put_off_beside(c, rest, normalised(f))
                                   for f in found)), None)) is not None:
        c.note(f"'{late}': the deed put off, where the step tells of a fault")
        c.closeness = fuzz_module().ratio(c.heard, normalised(found[0]))
        return c.judgement("almost", closest=found[0], detail=Detail(
            expected=normalised(found[0]), heard=c.heard))  # "ilmoitan työnjohtajalle
        # huomenna" (review167, SAFETY: was right; "Melkein! Sano: …" without it)
    if (unsafe := unsafe_beside(c, beside, found[0])) is not None:
        return unsafe  # "pesen kädet ja laitan käden koneeseen"
    if (placed := _a_place_turned(c, [w for w in left if w is not None], covered)) is not None:
        c.note(f"'{' '.join(rest)}': a place in another direction than '{placed}' says it")
        c.closeness = fuzz_module().ratio(c.heard, normalised(placed))
        return c.judgement("almost", "word_form", closest=placed, detail=Detail(
            expected=normalised(placed), heard=c.heard))  # "haen laatikot varastossa"
    j = c.judgement("correct", closest=found[0])
    if not c.open_question or not c.mistakes:
        return j
    # the deed said beside it, read as in an open answer: "Aino kaatui. Talutin hänet
    # sänkyyn.", "…, kypärä on turha"; not the unsafe deeds no step names, which the
    # answer's own deed may be ("ota hanskat pois, laita suojalasit")
    return open_deed(c, j, listed=False)


def _a_place_turned(c: Case, rest: Sequence[str], covered: Sequence[str]) -> str | None:
    """An accepted answer that says the answer's words (by lemma, in their order) and a
    place noun of the verbless rest in a place case of another direction (where, whence or
    whither), and no more: "haen laatikoita varastosta" beside "haen laatikot" +
    "varastossa" (sets 131, 166: both trainers almost); None where there is none. In and
    on are one direction ("hyllyssä", "hyllyllä")."""
    if any(finnish.is_verb(w) for w in rest):
        return None  # (a clause of its own: "…, nyt matolla on tahra")
    found = []
    for w in rest:
        mine = _directions(w)
        if not mine or finnish.word_classes(w) != {"nimisana"}:
            continue  # (no postposition: "sängyn vieressä")
        for original, n in c.accepted:
            theirs = n.split()
            place = next((y for y in theirs if y != w and finnish.same_lemma(y, w)
                          and _directions(y) and mine.isdisjoint(_directions(y))), None)
            others = [y for y in theirs if y != place]
            if place is not None and len(others) == len(covered) and all(
                    finnish.same_lemma(x, y) for x, y in zip(covered, others, strict=True)):
                found.append((original, n))  # (the answer's words and the place, no more)
    ratio = fuzz_module().ratio  # (the nearest such answer, said as the model)
    return max(found, key=lambda a: ratio(c.heard, a[1]))[0] if found else None


def _directions(word: str) -> frozenset[int]:
    """Which of whither, where, whence (0, 1, 2) ``word``'s place cases say."""
    cases = finnish.cases(word)
    return frozenset(i for i, group in enumerate(finnish.PLACE_CASES) if cases & group)


# what a learner says as why they ask the speaker again: not heard or not understood
_NOT_CAUGHT = frozenset({"en ymmärtänyt", "en ymmärrä", "en kuullut", "en kuule",
                         "en tajunnut", "en tajua", "en saanut selvää"})


def _why_asked_again(rest: Sequence[str], found: str) -> bool:
    """The rest says only that the learner did not hear or understand, beside an accepted
    answer that asks: "anteeksi, voitko toistaa? en ymmärtänyt" (set 72, both trainers
    correct) — a true reason, no no of the answer."""
    said = " ".join(w for w in rest if w not in SUBJECT_PRONOUNS)
    return said in _NOT_CAUGHT and any(asks(w) for w in normalised(found).split())


def _an_answers_words(c: Case, rest: Sequence[str]) -> bool:
    """``rest`` (a subject pronoun and "aina" aside) is words of an accepted answer, in a
    row ("pesen kädet" beside "kun tulen töihin"; not "pesen hanskat": review141)."""
    own = [w for w in rest if w not in SUBJECT_PRONOUNS and w != "aina"]
    return bool(own) and any(f" {' '.join(own)} " in f" {n} " for _, n in c.accepted)


# a place said by a word of "there", by the cases a place noun's own would take
_THERE_FOR = dict(zip(("sinne", "siellä", "sieltä"), finnish.PLACE_CASES, strict=True))


def _an_answers_clause(c: Case, rest: Sequence[str], covered: Sequence[str]) -> str | None:
    """The clause (between commas) of an accepted answer of two clauses or more that ``rest``
    says, two words or more, word for word or with a place the answer said before it named
    by "sinne", "siellä" or "sieltä" in its case ("… telineessä …, en mene sinne" for "en
    mene telineelle"). Not a part of a clause: "mene telineelle" of "en mene telineelle"
    says the opposite."""
    if len(rest) < 2:
        return None
    named = {b for w in covered for b in finnish.base_forms(w)}
    for original, _ in c.accepted:
        # (…or its clauses joined by "ja", each with a verb of its own: "laitan
        # varoituskyltin" of "laitan varoituskyltin ja ilmoitan esimiehelle")
        clauses = [clause for p in original.split(",") for clause in _by_ja(normalised(p).split())]
        if len(clauses) < 2:
            continue
        for clause in clauses:
            if len(clause) == len(rest) and all(
                    h == e or (h in _THERE_FOR and not finnish.base_forms(e).isdisjoint(named)
                               and any(case in _THERE_FOR[h]
                                       for case, _ in finnish.case_numbers(e)))
                    for h, e in zip(rest, clause, strict=True)):
                return " ".join(clause)
    return None


def _by_ja(words: list[str]) -> list[list[str]]:
    """``words`` cut at each "ja" with a finite verb on both sides; whole where not."""
    at = [i for i, w in enumerate(words) if w == "ja"]
    cuts = [i for i in at if any(map(finnish.persons, words[:i])) and
            any(map(finnish.persons, words[i + 1:]))]
    if not cuts:
        return [words]
    bounds = [-1, *cuts, len(words)]
    return [words[a + 1:b] for a, b in pairwise(bounds) if words[a + 1:b]]


def _said_with_a_no(words: list[str], left: list[str | None]) -> bool:
    """An answer found inside (one that says no no itself) said with a no right before it
    ("nosta selällä älä nosta jaloilla", "älä koukista polvia nosta selällä": the no is of
    the answer), or its own words turned down after it ("käytän suojalaseja, en
    suojalaseja"): no answer said."""
    own = {w for w, rest in zip(words, left, strict=True) if rest is None}
    if not EVERY_NO.isdisjoint(own):
        return False  # an answer that says no itself ("en tiedä, kysyn …"): its no is its own
    starts = [i for i, w in enumerate(left) if w is None and (i == 0 or left[i - 1] is not None)]
    if any(i and words[i - 1] in _A_COMMANDS_NO for i in starts):
        return True  # (a no of "ei"/"en" before it other rules weigh: "ehkä ei vartin päästä")
    first = left.index(None)
    return any(w in NEGATIONS and first < j and j + 1 < len(words) and words[j + 1] in own
               and not finnish.is_verb(words[j + 1])  # (not "en ole varma")
               for j, w in enumerate(words) if left[j] is not None)


_A_COMMANDS_NO = PROHIBITIVE | PROHIBITIVE_AND


def _wrong_mistake_whole(c: Case, words: list[str], left: list[str | None],
                         beside: list[str], told: frozenset[str] = frozenset()) -> str | None:
    """A wrong foreseen mistake said whole, word for word, after the answers (the last
    word: a mistake first and the answer after is a self-repair, "hyllyväli kolme …,
    hyllyväli seitsemän …"), with its own yes or no (none from the answer reaching it),
    nothing after it that turns it down and no going on put off ("… ja jatkan työtä
    korjauksen jälkeen", ``going_on_later``), two words or more: the longest."""
    words = nos_idled(words, idle_nos(words, c.written))  # "…, en, korjaan sen itse"
    negated = no_on(words)
    last = max(i for i, w in enumerate(left) if w is None)
    for m in sorted((m for m, v in c.mistakes.items() if v == "wrong" and m not in told),
                    key=len, reverse=True):
        parts = normalised(m).split()
        n = len(parts)
        own = no_on(parts)  # (a mistake may say no itself: its own no, none more)
        if n < 2 or going_on_later(c, beside, m) or any(
                _says_yes_of(a.split(), parts, o) for o, a in c.accepted):
            continue  # (one word, a name, may be said in another role: "… kun esimies
            # sanoo"; a mistake an accepted answer says, not turned down, is its half: "en
            # tiedä, kysyn …"; "ei yli tonnin", "älä käytä hissiä" turn it down)
        if any(left[i:i + n] == parts and negated[i:i + n] == own and
               (i == 0 or words[i - 1] not in EVERY_NO) and  # ("äläkä käytä hissiä")
               not _turned_down(words[i + n:]) and
               (i > last or left[i + n:i + n + 1] == ["ja"])  # (before the answer, a deed
               # more joined to it, no self-repair: "menen töihin ja soitan esihenkilölle";
               # review148)
               for i in range(len(left) - n + 1)):
            return m
    return None


def _says_yes_of(answer: list[str], parts: list[str], written: str = "") -> bool:
    """``answer`` (as ``written``) says the words ``parts`` somewhere with no no right before
    them (``EVERY_NO``: "ei yli tonnin", "älä käytä hissiä", "enkä korjaa sitä" turn them
    down), or one that governs nothing (``idle_nos``: "en, korjaan sen itse")."""
    n = len(parts)
    idle = idle_nos(answer, written) if not EVERY_NO.isdisjoint(answer) else frozenset()
    return any(answer[i:i + n] == parts and
               (i == 0 or answer[i - 1] not in EVERY_NO or i - 1 in idle)
               for i in range(len(answer) - n + 1))


def _an_unsafe_plan(c: Case, words: Sequence[str]) -> str | None:
    """The clause at a reason's opening word ("koska", "että", "jotta") after the answer,
    where it says an unsafe plan of the learner's own (``unsafe_plan``), or None."""
    at = next((i for i, w in enumerate(words) if w in OPENERS and i), None)
    if at is None or c.open_question or c.repeat or c.options:
        return None
    tail = list(words[at + 1:])
    return " ".join(tail) if unsafe_plan(c, list(words[:at]), tail) else None


def _against_a_fault(c: Case, words: Sequence[str], beside: list[str]) -> str | None:
    """A clause said beside the answer that does a deed against a fault of a thing told
    (``unsafe_plan.deed_against_a_fault``), or None; not in an open, repeat or choose step."""
    if c.open_question or c.repeat or c.options:
        return None
    for clause in main_clauses(beside):
        at = next((i for i in range(len(words)) if list(words[i:i + len(clause)]) == clause),
                  len(words))
        if deed_against_a_fault(c, list(words[:at]), clause):
            return " ".join(clause)
    return None


def _another_number_noun(c: Case, left: list[str | None]) -> str | None:
    """A number's noun said beside the answers ("kolmonen") whose number no accepted answer
    nor foreseen mistake says, in a word or a noun: another value (judge43fix)."""
    named = [(w, v) for w in left if w is not None and (v := number_noun_value(w))]
    if not named:
        return None
    # (a foreseen mistake's number is its rules' to judge: "ei ykköskassalle, kassalle kaksi")
    theirs = {number_noun_value(w) or w for n in (*(n for _, n in c.accepted),
                                                  *map(normalised, c.mistakes))
              for w in n.split()}
    return next((w for w, v in named if v not in theirs), None)


def _another_day(c: Case, left: list[str | None]) -> str | None:
    """A day said beside the answers ("huomenna") where the step's answers name another day
    only ("tänään"): another time than the step's."""
    rest = [w for w in left if w is not None]
    if _DAYS.isdisjoint(rest):
        return None  # (the commonest: no day said beside the answer)
    said = [w for w in c.words if w in _DAYS]
    theirs = {w for _, n in c.accepted for w in n.split() if w in _DAYS}
    # (not with the step's day said too, "tänään enkä huomenna", nor in a clause of its
    # own, "…, mutta huomenna tulee uusia": each tells more)
    if not theirs or not theirs.isdisjoint(said) or any(finnish.persons(w) for w in rest):
        return None
    return said[0]


_DAYS = DAY_WORDS | frozenset({"maanantaina", "tiistaina", "keskiviikkona", "torstaina",
                              "perjantaina", "lauantaina", "sunnuntaina", "viikolla",
                              "viikonloppuna"})  # ("ensi viikolla")
# (not "myöhemmin", which is relative: "tulen kymmeneltä, tunnin myöhemmin", "en voi,
# ehkä myöhemmin", review235-236)


def another_day_beside(c: Case, j: Judgement) -> Judgement:
    """``j``, or wrong where it is right or nearly and the answer says an accepted answer's
    deed with a day or a week of its own, not the one the answer and the question say
    ("kiitos, tuon ne ensi viikolla" beside "tuon ne huomenna", to "Ota huomenna mukaan …":
    sets 101, 142, 171, both trainers wrong)."""
    if j.verdict == "wrong" or c.open_question or c.repeat or \
            _DAYS.isdisjoint(c.words) or not c.situation:
        return j
    said = [w for w in c.words if w in _DAYS]
    told = set(normalised(c.situation).split())  # (the day the question names: not "ehkä
    # maanantaina" to "Milloin tulet takaisin?" beside "tulen huomenna", sets 23-162)
    for original, norm in c.accepted:
        theirs = [w for w in norm.split() if w in _DAYS and w in told]
        core = [w for w in norm.split() if w not in _DAYS]
        if theirs and core and set(core) <= set(c.words) and set(theirs).isdisjoint(said):
            c.note(f"'{said[0]}': another day than '{original}' says")
            return c.judgement("wrong", closest=original)
    return j


def _another_label(c: Case, words: list[str], left: list[str | None]) -> str | None:
    """A noun and its letter said beside the answers ("hallissa C"), where the step's
    answers or mistakes name that noun by another letter only ("hallissa B"): another
    place."""
    theirs = [n.split() for n in (*(n for _, n in c.accepted), *map(normalised, c.mistakes))]
    for i, w in enumerate(left):
        if w is None or len(w) != 1 or not w.isalpha() or i == 0:
            continue
        noun = words[i - 1]
        lettered = {t[k + 1] for t in theirs for k in range(len(t) - 1)
                    if len(t[k + 1]) == 1 and finnish.same_lemma(t[k], noun)}
        if lettered and w not in lettered:
            return f"{noun} {w}"
    return None


# verbs of putting a thing on or in use, which "pois" turns into taking it off or away
_PUTTING = frozenset({"laittaa", "panna", "asettaa", "pukea", "kiinnittää", "käyttää"})


def _other_gear_put_away(c: Case, beside: Sequence[str], answer: Sequence[str]
                         ) -> str | None:
    """A clause beside the answer, with no no, that puts protective gear to a place it is
    not worn at, by the answer's verb left unsaid or one of putting, taking or leaving
    ("laitan kypärän, mut turvakengät kaappiin", "kypärä päähän, turvakengät kaappiin",
    "… ja laitan turvakengät kaappiin": older holes, SAFETY), where no accepted answer puts
    a thing away (a break's "laitan kypärän kaappiin"); not a thing that is no gear
    ("laitan repun kaappiin", "…, vanhat kaappiin": review177). The clause, else None."""
    if not gear_useless.gear_in(beside) or not TIME_POSTPOSITIONS.isdisjoint(beside) or \
            any(put_away_to(w, False) for _, n in c.accepted for w in n.split()):
        return None  # (…or later: "heitän sen ja hanskat roskiin työn jälkeen", review127)
    worn = {b for w in gear_useless.gear_in(answer) for b in finnish.base_forms(w)}
    for clause in main_clauses(list(beside)):
        bases = {b for w in clause for b in finnish.base_forms(w)}
        if not (gear := gear_useless.gear_in(clause)) or not EVERY_NO.isdisjoint(clause) or \
                bases & worn or (bases & _USED_UP and _out_of_use(clause)):
            continue  # (the answer's own kind changed, or old gear taken out of use for
            # good: "laitan hanskat ja vanhat hanskat roskiin", "…, vanhat korvatulpat
            # kierrätykseen", review200, 202; not kept or left, "…, märät suojalasit
            # kaappiin", "… penkille", review201, 203)
        if all(finnish.base_forms(w) & _AWAY_VERBS for w in clause if finnish.only_a_verb(w)) \
                and any(put_away_to(w, False, gear) for w in clause if w not in gear):
            return " ".join(clause)
    return None


_AWAY_VERBS = _PUTTING | {"ottaa", "viedä", "jättää", "heittää", "nostaa"}
_USED_UP = frozenset({"vanha", "käytetty", "likainen", "rikkinäinen", "rikki", "märkä"})
def _out_of_use(clause: Sequence[str]) -> bool:
    """A word of ``clause`` in a "to" case is a place where gear leaves use for good: a
    bin, waste, recycling, washing or repair, said whole or as a compound's last part
    ("konepesuun", "sekajätteeseen"); any place with a waste or recycling front but a
    person ("jätehuoneeseen", "roskakärryyn"), with the laundry's front but where gear
    hangs or is kept ("pyykkikasaan", not "pyykkinarulle"); never a room, a store or a
    person a service front names ("huoltohuoneeseen", "huoltomiehelle": review205-206)."""
    for w in clause:
        if not finnish.cases(w) & _TO_CASES:
            continue
        heads = finnish.compound_heads(w)
        if not heads:  # one part, or a compound Voikko holds whole ("sekajäte")
            if any(b.endswith(_OUT_OF_USE) for b in finnish.base_forms(w)):
                return True
            continue
        fronts = finnish.compound_parts(w) - heads
        if heads & _OUT_OF_USE_HEADS or (fronts & _WASTE and not heads & _PEOPLE) or (
                "pyykki" in fronts and not heads & _HUNG_OR_KEPT):
            return True
    return False


_TO_CASES = finnish.PLACE_CASES[0]  # a "to" case: the illative, the allative
# where gear leaves use for good: a bin, waste, recycling, washing, repair (a word's end)
_OUT_OF_USE = ("roska", "roskis", "roskakori", "roskapussi", "roskapönttö", "jäte",
               "jätesäkki", "kierrätys", "pyykki", "pyykkikori", "huolto", "korjaus", "pesu",
               "pesula")
_OUT_OF_USE_HEADS = frozenset({"roska", "roskis", "jäte", "kierrätys", "pyykki", "huolto",
                               "korjaus", "pesu", "pesula"})
_WASTE = frozenset({"roska", "jäte", "sekajäte", "kierrätys", "kierrättää"})
_PEOPLE = frozenset({"mies", "nainen", "työntekijä", "kuski", "kuljettaja", "hoitaja"})
_HUNG_OR_KEPT = frozenset({"naru", "teline", "kaappi", "koukku", "naula", "hylly"})


def _worn_of(c: Case, covered: Sequence[str]) -> bool:
    """What the covered answer takes away is worn gear or worn on the body, named or, by
    its pronoun, in an accepted answer of the step ("otan ne pois" where "otan käsineet
    pois" is one; review215)."""
    texts = [covered] if STAND_INS.isdisjoint(covered) else \
        [covered, *(n.split() for _, n in c.accepted)]
    return any(bool(gear_useless.gear_in(t)) or any(finnish.base_forms(w) & _WORN for w in t)
               for t in texts)


def _put_back(rest: Sequence[str], covered: Sequence[str], worn: bool = False) -> str | None:
    """The accepted answer takes a thing away ("otan sen pois hyllystä", "laitan paketin
    sivuun") and the words beside it only put it back: a verb of putting and "takaisin"
    (or "palauttaa"), the thing or its pronoun, and at most the place the answer took it
    from and a later time ("…, laitan takaisin", "… ja vien sen takaisin hyllyyn", "…
    palautan sen hyllyyn"): the answer undone. Not with a time the danger ends or another
    deed ("… takaisin kun se on tarkistettu"), nor to another place ("… takaisin
    kaappiin"), which the rules after weigh. The verb, else None."""
    if _BACK.isdisjoint(rest) or len(rest) > 6 or (_TAKEN_AWAY.isdisjoint(covered) and not any(
            "poistaa" in finnish.base_forms(w) for w in covered)) or (
            "käytöstä" in covered and "käyttöön" not in rest):
        return None  # (out of use, then taken back where it is kept: "otan imurin pois
        # käytöstä …, vien sen takaisin", review212)
    verbs = [w for w in rest if w != "takaisin" and finnish.is_verb(w)]  # (Voikko reads
    # "takaisin" as a verb too)
    gear = worn  # (…or what is worn on the body: "otan sormuksen pois ja laitan sen
    # takaisin illalla", review213; ``worn``: _worn_of)
    if len(verbs) != 1 or not finnish.base_forms(verbs[0]) & (
            _PUTTING_BACK if "takaisin" in rest else {"palauttaa"}):
        return None
    return verbs[0] if all(
        w in verbs or w in ("takaisin", "käyttöön") or w in STAND_INS or w in _THEN_OR_BUT or
        w in _LATER_ON or (w in _LATER_DAYS and not gear) or
        any(finnish.same_lemma(w, x) for x in covered) for w in rest) \
        else None  # (a later time is no time the danger ends: "… laitan takaisin
    # myöhemmin", review212; for goods "illalla", "huomenna" too, review214, where gear
    # put back on then is a break's, review213; not "… porauksen jälkeen")


# what takes a thing away (besides "poistaa"), and the verbs that put it back
_TAKEN_AWAY = frozenset({"pois", "sivuun", "talteen", "irti"})
_PUTTING_BACK = frozenset({"laittaa", "panna", "viedä", "nostaa", "asettaa", "pukea", "ottaa"})
_THEN_OR_BUT = frozenset({"sitten", "sit", "heti", "mutta", "mut"})
_LATER_ON = frozenset({"myöhemmin", "kohta", "pian"})
_LATER_DAYS = frozenset({"illalla", "huomenna", "iltapäivällä", "ylihuomenna"})
_WORN = frozenset({"sormus", "kello", "rannekello", "koru", "kaulakoru", "korvakoru",
                   "rannekoru", "lävistys", "huivi"})
_BACK = frozenset({"takaisin", "palautan", "palautetaan"})  # ("palauttaa": back said in it)


def _put_away(c: Case, rest: Sequence[str], covered: Sequence[str]) -> str | None:
    """The accepted answer's verb of putting on (``_PUTTING``, or taking gear) said with
    only "pois" more, where no accepted answer says "pois", or with a place its gear is
    put to (``put_away_to``) ("laita turvakengät pois", "laita kypärä kaappiin",
    "otan kuulonsuojaimet taskuun": review159; not "…, kypärän voi jättää pois tauolla",
    another clause the rules after weigh). The verb, else None."""
    if "pois" in covered:
        return None  # (the answer takes the gear off: "otan käsineet pois omaan kaappiin")
    if (then := _then_put_away(c, covered)) is not None:
        return then
    rest = [w for w in rest_in_its_clause(c, covered, rest) if w not in _BY_THE_WAY]
    # (not another clause's: "on kuuma, laitan kypärän kaappiin", review175; nor a word by
    # the way: "laitan kuulonsuojaimet vaikka taskuun", review176)
    if (at := next((k for k, w in enumerate(rest) if w in ("ja", "tai")), None)) is not None:
        # (each place of "taskuun tai kaappiin", "… ja sitten kaappiin": review177)
        return _put_away(c, rest[:at], covered) or _put_away(c, rest[at + 1:], covered)
    gear = gear_useless.gear_in(covered)
    more = [w for w in gear_useless.gear_in(rest) if not (
        "omanto" in finnish.cases(w) and
        not _after_ja(c, covered, w))]
    # (a place right after a join may be where one then goes to work, gear on: "laitan
    # kuulonsuojaimet ja sitten halliin", review179; not "… ja sitten kaappiin", nor more
    # gear's place: "… ja suojalasit telineeseen", review180)
    along = taken_along(covered) or (_joined_after(c, covered) and _gone_to(c.words, rest))
    if more:
        # (more gear said, the place its: "laitan suojalasit ja hanskat taskuun" is put
        # away, "laita kypärä päähän ja hanskat käteen", "laitan kuulonsuojaimet ja
        # kypärän päähän" are not; review178-179)
        gear, rest = more, [w for w in rest if w not in more]
    putting = next((w for w in covered if finnish.base_forms(w) & (_PUTTING | {"ottaa"})),
                   None)
    if len(rest) == 2 and gear and putting and all(
            finnish.cases(w) & finnish.PLACE_CASES[0] and
            "omanto" not in finnish.cases(w) for w in rest):
        # (two places, no owner: each on its own, "laitan hiusverkon taskuun ja sitten
        # keittiöön", "laitan kypärän kaappiin ja työmaalle": review184)
        taken = taken_along(covered)
        # (each place is gone to after ja/sitten; the second also where the first is gone
        # to, says it more closely: "… ja halliin töihin", review184; or is where the gear
        # is worn: "laitan kuulonsuojaimet korviin ja sit halliin", review185)
        first = taken or _gone_to(c.words, rest[:1]) or (
            "nimisana" in finnish.word_classes(rest[0]) and
            not put_away_to(rest[0], False, gear))
        return putting if any(
            put_away_to(w, gone := taken or _gone_to(c.words, [w]) or (k == 1 and first),
                        gear) and not (gone and finnish.base_forms(w) & _the_steps_places(c))
            for k, w in enumerate(rest)) else None
    if len(rest) == 2 and gear:
        # a place with "takaisin" or whose it is ("taskuun takaisin", "takaisin kaappiin",
        # "mun kaappiin", "omaan kaappiin"; review165-166), or of a thing named ("trukin
        # nokalle"; review164)
        place = rest[0] if rest[1] == "takaisin" else \
            rest[1] if _whose(rest[0]) or rest[0] == "takaisin" or (
                _after_ja(c, covered, rest[0]) and rest[1] not in _AFTER_A_TIME) else None
        # (another thing put on after "ja", no owner: "laitan kypärän ja liivin päälle";
        # not a time, "… ja tauon jälkeen": review179)
        if put_away_to(place, along, gear) if place else \
                put_away_by(rest[0], rest[1], gear, along):
            return putting
    if len(rest) != 1:
        return None
    if rest[0] == "pois":
        if any("pois" in n.split() for _, n in c.accepted):
            return None
        return next((w for w in covered if finnish.base_forms(w) & _PUTTING), None)
    if not gear or not put_away_to(rest[0], along, gear) or (
            along and finnish.base_forms(rest[0]) & _the_steps_places(c)):
        return None  # (a place it is worn, any word for it, is no putting away: "laitan
        # hiusverkon tukkaan", review160; nor the step's own place gone to: "laitan
        # turvakengät ja sitten varastoon" to "… varastossa?", review187)
    return putting


# verbs of taking or leaving a thing somewhere ("… ja jätän sen kaappiin": review183)
_LEAVING = frozenset({"viedä", "jättää", "heittää", "panna", "siirtää"})


def _sentences(text: str) -> list[str]:
    """``text`` split after each full stop, question or exclamation mark."""
    return re.split(r"(?<=[.!?])\s+", text)


def _the_steps_places(c: Case) -> set[str]:
    """The places the step's question says the work is at ("Mitä laitat jalkaan
    varastossa?": varasto, where one goes with the gear on, no place it is put away); in
    the question itself, not a place a statement before it names ("Pullossa on …":
    review186)."""
    asked = [p for p in _sentences(c.situation) if p.endswith("?")]
    return {b for w in normalised(asked[-1] if asked else "").split()
            if finnish.cases(w) & finnish.LOCAL_CASES for b in finnish.base_forms(w)}


def _gone_to(words: Sequence[str], rest: Sequence[str] = ()) -> bool:
    """A place said right after "ja", "sitten" or "sit" (words by the way aside): where one
    goes ("… ja sitten halliin", "… ja liivin ja sitten työmaalle"), not a thing's place
    ("… ja suojalasit telineeseen", "… ja liivin vaikka työmaalle": review180-182)."""
    said = [w for w in words if w not in _BY_THE_WAY - {"sitten", "sit"}]
    places = [w for w in rest if finnish.cases(w) &
              finnish.LOCAL_CASES]
    return bool(places) and all(any(a in {"ja", "sitten", "sit"} and b == p
                                    for a, b in pairwise(said)) for p in places)  # (each
    # place said: "laitan hiusverkon taskuun ja sitten keittiöön" is put away, review183)


def _after_ja(c: Case, covered: Sequence[str], word: str) -> bool:
    """``word`` comes right after a "ja" that follows the answer ``covered``: a thing more
    put on ("laitan kypärän ja liivin päälle"), no owner of a place."""
    words = list(c.words)
    return _joined_after(c, covered) and any(
        a == "ja" and b == word for a, b in pairwise(words))


# postpositions of a time after a genitive ("tauon jälkeen"): no place
_AFTER_A_TIME = TIME_POSTPOSITIONS | {"ennen"}


def _joined_after(c: Case, covered: Sequence[str]) -> bool:
    """The answer ``covered`` is followed by a join in its clause ("laitan kypärän ja …")."""
    clause = answers_clause(c, covered, gear=True)
    return clause is not None and bool(
        {"ja", "tai", "sitten", "sit"} & set(c.words[clause.end:clause.stop]))


def _then_put_away(c: Case, covered: Sequence[str]) -> str | None:
    """The next clause puts the answer's gear away by a pronoun ("otan kuulonsuojaimet ja
    laitan ne taskuun", "…, vien sen kaappiin": review176-177): its verb, else None."""
    gear = gear_useless.gear_in(covered)
    clause = answers_clause(c, covered)
    if not gear or clause is None or not any(  # (the answer puts gear on or takes it, no
            finnish.base_forms(w) & (_PUTTING | {"ottaa"}) for w in covered):  # report of it:
        return None  # "pala osui suojalaseihin ja laitan sen sivuun", review75)
    after = [w for w in c.words[clause.stop:min(
        (k for k in clause.cuts if k > clause.stop), default=len(c.words))]
        if w not in _BY_THE_WAY | {"mä", "minä", "takaisin"} and not _whose(w)]
    if after[:1] == ["ja"] or clause.stop in clause.cuts:
        after = after[1:] if after[:1] == ["ja"] else after
    else:
        return None
    verbs = [w for w in after if finnish.base_forms(w) & (_PUTTING | _LEAVING)]
    them = [w for w in after if w in _PRONOUNS]
    places = [w for w in after if w not in verbs and w not in them]
    if len(verbs) != 1 or len(them) != 1 or not 1 <= len(places) <= 2 or \
            len(after) != 2 + len(places):
        return None  # ("… ja laitan ne pois", "… ne mun taskuun", "… ne takaisin kaappiin")
    along = taken_along(verbs)
    return verbs[0] if places == ["pois"] or (put_away_to(places[0], along, gear) if len(
        places) == 1 else put_away_by(places[0], places[1], gear, along)) else None  # ("…
    # ne kaapin päälle", review180)


# words said by the way beside a place gear is put to ("vaikka taskuun", "nyt kaappiin")
_BY_THE_WAY = frozenset({"vaikka", "esimerkiksi", "vaan", "sitten", "nyt", "heti", "vain",
                         "ensin", "myös", "kanssa", "sit", "hetkeksi", "hetken", "vähäksi",
                         "aikaa"})


def _whose(word: str) -> bool:
    """``word`` says whose a thing is: "mun", "minun", "oma", "omaan"."""
    return word in {"mun", "sun", "mein", "teiän"} or bool(
        finnish.base_forms(word) & {"minä", "sinä", "me", "te", "oma"})


# words that point at the deed itself, not at a thing: "se on siivoojan työ"
_POINTING = frozenset({"se", "ne", "tämä", "tää", "tuo", "nämä"})


def _a_machines(word: str) -> bool:
    """``word`` is a machine's genitive ("koneen", "porakoneen"): gear after it is the
    machine's guard, not the learner's own ("vasemman hanskan", "siivoojan": review161)."""
    return "omanto" in finnish.cases(word) and any(
        b.endswith(m) for b in finnish.base_forms(word) for m in MACHINES)


def _where_the_fault_is(c: Case, words: Sequence[str]) -> bool:
    """``words`` (after "on") only say in what thing the fault is: "koneessa", "tossa
    koneessa", "koneen moottorissa" (review161-164)."""
    said = [w for w in words if w not in _THERE and not _a_machines(w)]
    return bool(said) and all(_of_a_thing(c, w) for w in said)


# words that point at a place ("vika on tossa koneessa")
_THERE = frozenset({"tässä", "tossa", "tuossa", "siinä", "tuolla", "täällä", "tos", "täs"})


def _of_a_thing(c: Case, word: str) -> bool:
    """``word`` says in what thing the fault is ("koneessa", "trukissa", "moottorissa"), a
    noun in a place case: a machine, a part of one, or a thing the step names; no state
    ("käyttökunnossa", "hallinnassa", "hoidossa", "jumissa": review161-164)."""
    bases = finnish.base_forms(word)
    if not finnish.cases(word) & finnish.LOCAL_CASES or \
            "nimisana" not in finnish.word_classes(word) or \
            any(b.endswith(_STATES) for b in bases) or bases & (FAULTS | WHY_DONE | BODY):
        return False
    named = {b for text in (*(n for _, n in c.accepted), normalised(c.situation))
             for w in text.split() for b in finnish.base_forms(w)}
    return bool(bases & named) or any(b.endswith(WORK_THINGS) for b in bases)


# nouns a thing is in as a state, not a place ("kunnossa", "hallinnassa", "tiessään")
_STATES = ("kunto", "hallinta", "tie", "järjestys", "tila", "käyttö", "valmius", "jumi")


def _a_verb_then_a_fact(c: Case, words: list[str], left: list[str | None]) -> Judgement | None:
    """A one-word accepted answer that is the learner's own deed told (a verb in the first
    person; its subject pronoun may go before it), then a fact of "olla" told
    of it: "mä liukastuin, lattia oli märkä" beside "liukastuin" (set 71, both trainers
    correct), weighed as ``_a_fact_beside`` weighs a fact beside a longer answer."""
    verb = words[left.index(None)]
    left = _with_its_subject(left)
    # (the learner's own deed told, not a command whose fact may be what the step asks:
    # "varo, lattia on" is half of "varo, lattia on märkä"; the fact says what is)
    if left[0] is not None or not _one_run(left) or not _a_finite_verb(verb) or \
            not any(person == "1" for person, _ in finnish.persons(verb)) or \
            finnish.base_forms(words[-1]) & COPULA:
        return None
    # (the fact says what is, no need waved away: not "siivoan, kypärä on turha", nor
    # "tarkistan, ruoka on varmasti ok", its "ok" a filler heard as nothing: review156,
    # SAFETY)
    fact = [w for w in left if w is not None]
    subject = fact[1] if fact[0] in _FACT_JOINS and len(fact) > 1 else fact[0]
    if any(gear_useless.says_useless(w) for w in words) or \
            ("kerrontosti", "") in finnish.case_numbers(words[-1]) or subject in _POINTING:
        return None  # (nor the deed itself told of: "siivoan, se on siivoojan työ")
    # (a report in the past tells the deed and its cause; a deed now only with the fault
    # that calls for it, no going on: "ilmoitan, kone on rikki", "siivoan, lattia on
    # sotkuinen"; not "ilmoitan, kone on vielä päällä", "jatkan, kone on rikki",
    # "laimennan, hanskat on kaapissa": review158, SAFETY)
    # (the fault in what the fact says of its thing, after "on": not "rikki porakone on
    # käyttökelpoinen", "vika on vaaraton"; review160)
    at = next((i + 1 for i, w in enumerate(fact) if finnish.base_forms(w) & COPULA), len(fact))
    said = fact if _where_the_fault_is(c, fact[at:]) else fact[at:]  # ("vika on
    # koneessa": the fault its subject, what follows only where; review161)
    if not any(a.get("TENSE") == "past_imperfective" for a in finnish.analyses(verb)) and (
            finnish.base_forms(verb) & CARRY_ON or
            not {b for w in said for b in finnish.base_forms(w)} & (FAULTS | WHY_DONE) or
            put_off(words, fact, told_in_the_past(c),
                     len(words) - len(fact) in comma_cuts(c.words, c.written))):
        return None  # (…nor put off: "ilmoitan tauolla, kone on rikki"; review159-160)
    # (…nor the learner's own protection the fault, not a machine's guard: "laimennan,
    # hanskat on rikki", not "koneen suojain on rikki"; review159-160, SAFETY)
    if not LATER.isdisjoint(fact) or any(
            not (i and _a_machines(fact[i - 1]))
            for i, w in enumerate(fact) if gear_useless.gear_in([w])):
        return None
    every = [a for _, n in c.accepted for a in n.split() if a not in words]
    if not _a_fact_beside(c, left, every):
        return None
    return c.judgement("correct", closest=verb)


def _with_its_subject(left: list[str | None]) -> list[str | None]:
    """``left`` with a subject pronoun said first, right before an answer, as part of it
    ("mä vein ne varastoon, en laittanut hyllyyn": the answer's own "I")."""
    if len(left) > 1 and left[0] in SUBJECT_PRONOUNS and left[1] is None:
        return [None, *left[1:]]
    return left


def _one_run(left: list[str | None]) -> bool:
    """The words beside the answers (not None) stand together, before or after them."""
    at = [i for i, w in enumerate(left) if w is not None]
    return bool(at) and at[-1] - at[0] + 1 == len(at)


def _mistake_around(c: Case, words: list[str], found: list[str]) -> str | None:
    """A foreseen mistake said whole around an accepted answer found inside it: "saa
    laittaa yli tuhat kiloa" says the mistake 'yli tuhat kiloa' around the answer 'tuhat
    kiloa' ('yli' is a frame word, so ``mistake_beside`` reads the mistake as the answer's
    own words); "okei älä nyt paina hätäseis" the mistake 'älä paina hätäseis' around
    'paina hätäseis' — its words in order, words that change nothing of it between them
    (INSIDE_A_MISTAKE). Not where a no outside it reaches it ("ei saa laittaa yli tuhat
    kiloa", "on kielletty laittaa …"), nor where what follows turns it down ("… on
    vaarallista", ``_turned_down``), nor where an accepted answer said holds the mistake's
    words. A courtesy ("ei hätää", "ei ongelmaa") is no no."""
    inner = [normalised(a) for a in found]
    courtesy = in_a_courtesy(words, tuple(c.accepted), c.mistakes)
    for m in sorted(c.mistakes, key=len, reverse=True):
        parts = normalised(m).split()
        run = f" {' '.join(parts)} "
        if not any(f" {a} " in run and run.strip() != a for a in inner) or \
                any(run in f" {a} " for a in inner) or (at := _said_in_order(words, parts)) is None:
            continue
        before = [w for w, polite in zip(words[:at[0]], courtesy, strict=False) if not polite]
        after = [w for w, polite in zip(words[at[1]:], courtesy[at[1]:], strict=True)
                 if not polite]
        if not _no_reaching(before) and not _turned_down(after):
            return m
    return None


def _said_in_order(words: list[str], parts: list[str]) -> tuple[int, int] | None:
    """Where ``parts`` are said in order, only words of INSIDE_A_MISTAKE between them: the
    span (start, end) of the first such run."""
    for i, w in enumerate(words):
        if w != parts[0]:
            continue
        k, j = 1, i + 1
        while k < len(parts) and j < len(words) and (
                words[j] == parts[k] or words[j] in INSIDE_A_MISTAKE):
            k += words[j] == parts[k]
            j += 1
        if k == len(parts):
            return i, j
    return None


def _no_reaching(before: list[str]) -> bool:
    """A no said right before a run reaches it: a negative verb (NEGATIONS: "ei", "älä",
    "äläkä", "eikä") or a word that forbids ("on kielletty laittaa …"), with only verbs in
    the form a no takes ("ei saa laittaa", "en sano"; not a finite yes verb, not a verb of
    doubt) and words that change nothing ("ei missään nimessä", "älä nyt") between. A no
    with a clitic is none: "eiköhän", "eikös" ask or agree, "eipä", "eihän" may stand alone
    ("nope", "well"); nor a no of doubt ("en tiedä", "en usko"), nor a no before other words."""
    for w in reversed(before):
        if w in _NOTHING_BETWEEN:
            continue
        forms = finnish.base_forms(w)
        if w in EVERY_NO or forms & NEEDLESS:
            return True
        if not finnish.only_a_verb(w) or finite_yes(w) or forms & UNSURE_VERBS:
            return False
    return False


_NOTHING_BETWEEN = INSIDE_A_MISTAKE | {"missään", "nimessä"}


def _turned_down(after: list[str]) -> bool:
    """The words right after a foreseen mistake named whole turn it down: the clause after
    it begins with a no ("… ei ole sallittua", "…, ei"), or says of it (se)? (on|olisi|
    ovat)? a word of refusal ("yli tuhat kiloa on kielletty / on liikaa", "se olisi
    vaarallista") or "ylittää rajan" — not where its clause says the harm is small or gone
    ("… on vaarallista mutta pieni riski": pieni, ohi, vähäinen, a no)."""
    if not after:
        return False
    if after[0] in NEGATIONS:
        return True
    rest = after[after[0] == "se":]
    rest = rest[rest[0] in _SAID_OF_IT:] if rest else rest
    if len(rest) < 1 or not (
            rest[0] in TURNED_DOWN or finnish.base_forms(rest[0]) & TURNED_DOWN or
            (rest[0] == "ylittää" and len(rest) > 1 and "raja" in finnish.base_forms(rest[1]))):
        return False
    clause = []
    for w in rest:
        if w in MAIN_JOINS or w in SUB_JOINS or w == "vaan":
            break
        clause.append(w)
    return not any(w in NEGATIONS or finnish.base_forms(w) & _HARM_SMALL for w in clause)


_SAID_OF_IT = frozenset({"on", "olisi", "ovat"})
_HARM_SMALL = frozenset({"pieni", "ohi", "vähäinen"})


def _beside_says_no(words: list[str], left: list[str | None]) -> bool:
    """Whether what is said beside an answer (the words of ``left``) says no: a no of its
    own, or the answer's no reaching it — to the end of its clause, which a join or a verb
    form no negative verb takes ends ("ei ketään ollut alla" beside "ei ketään" says no of
    "ollut"; "en käytä käsineitä, laitan käsineet käteen" says yes of "laitan")."""
    return says_no([w for w in left if w is not None]) or any(
        on and rest is not None for on, rest in zip(no_on(words), left, strict=True))


# (a foreseen mistake that only calls or tells the one in charge, ``IN_CHARGE``, a wrong
# answer alone, the deed left undone, is no wrong deed after the right one; telling a doctor
# or a workmate may be another's job: "Hoitaja soittaa lääkärille")


def _told_after(c: Case, left: list[str | None], said: int) -> frozenset[str]:
    """The step's wrong mistakes that only call or tell the one in charge (``CALLING_OR_TELLING``,
    ``IN_CHARGE``: a verb in a person and its addressee, no no), where the right answer
    (``said`` words) is said first and all else after it: "painan hätäseis ja soitan
    esimiehelle", where "soitan esimiehelle" alone leaves the e-stop unpressed ("Ensin paina
    hätäseis. Sitten soita esimiehelle."); so too going to the place an accepted answer names:
    "laitan tukipukit ja menen auton alle"; not said before the answer ("soitan esimiehelle
    ja painan hätäseis")."""
    if not c.mistakes or any(w is not None for w in left[:said]):
        return frozenset()
    after = [w for w in left if w is not None]
    told = frozenset(m for m, verdict in c.mistakes.items()
                     if verdict == "wrong" and only_a_call(normalised(m).split())) \
        if any(map(a_call, after)) else frozenset()
    # (a call of its own after the answer, not a word more on the answer's own: "soitan
    # hätänumeroon esimiehelle"); going somewhere after it, the way on: "laitan tukipukit ja
    # menen auton alle", where "menen auton alle" alone leaves the car on the jack
    gone = frozenset(m for m, verdict in c.mistakes.items()
                     if verdict == "wrong" and _going_where_made_safe(c, normalised(m).split())) \
        if any(_a_going(w) for w in after) else frozenset()
    return told | gone


def _a_going(word: str) -> bool:
    """A verb of going by the learner ("menen", "mennään")."""
    return bool(finnish.base_forms(word) & GOING_VERBS) and any(
        p in ("1", "4") for p, _ in finnish.persons(word))


def _going_where_made_safe(c: Case, words: list[str]) -> bool:
    """``words`` (a mistake's) only go to the place an accepted answer names, no no, on a
    step that asks what comes first (an accepted answer says "ensin"): "menen auton alle"
    beside "laitan ensin tukipukit", "laitan tukipukit auton alle" (not "menen töihin" when
    sick, "lähden": going away is no way on)."""
    accepted = [n.split() for _, n in c.accepted]
    if not any("ensin" in n for n in accepted):
        return False
    verbs = [w for w in words if finnish.persons(w)]
    where = [w for w in words if w not in verbs and w not in FRAME_WORDS]
    named = {w for n in accepted for w in n}
    return len(verbs) == 1 and _a_going(verbs[0]) and EVERY_NO.isdisjoint(words) and \
        bool(where) and named.issuperset(where)


def a_call(word: str) -> bool:
    """A verb of calling or telling by the learner ("soitan", "soitamme", "soitetaan")."""
    return bool(finnish.base_forms(word) & CALLING_OR_TELLING) and any(
        p in ("1", "4") for p, _ in finnish.persons(word))


def only_a_call(words: list[str]) -> bool:
    """``words`` (a mistake's) only call or tell the one in charge, the learner's deed:
    "soitan esimiehelle" (not "ilmoita esimiehelle", a command's form for "ilmoitan")."""
    own = [w for w in words if w not in FRAME_WORDS]
    verbs = [w for w in own if finnish.persons(w)]
    return len(own) == 2 and len(verbs) == 1 and a_call(verbs[0]) and \
        EVERY_NO.isdisjoint(own) and any(finnish.base_forms(w) & IN_CHARGE
                                         for w in own if w != verbs[0])


def mistake_beside(c: Case, rest: list[str], no: bool, answer: list[str],
                   told: frozenset[str] = frozenset()) -> Judgement | None:
    """A foreseen mistake said beside a right answer, judged as that mistake: "otan käsineet
    pois ja laitan käsineet käteen", "ilmoitan esimiehelle ja korjaan sen itse". Its every
    word is said (in any form), one at least in ``rest`` (what is said beside the answer),
    which says no (``no``, in its clause) as the mistake does ("en laita käsineitä
    käteen" turns it down); the
    longest such mistake is the one said. A mistake in an accepted answer's words is a
    wrong form or a missing half ("minä tekee työtä", "pysäytän koneen"), no mistake beside
    it; where that answer says no and the mistake yes ("oli" of "ei ollut"), it is one said
    whole in ``rest``: "ei ollut ja oli"."""
    if not c.mistakes or not rest:
        return None
    found = None
    # the things the step's answers name: what a pronoun may stand for
    named = [*answer, *(w for _, n in c.accepted for w in n.split())]
    we = tuple(c.words)  # whose "we" it is: asked only where a mistake's verb is said so
    they = _people_of(c.situation)  # who "hänet" of a mistake may be
    # the verbs the learner's own answer says no to: a yes to one of them beside it is the
    # mistake, though another accepted answer names that deed ("en saa käynnistää konetta
    # ja käynnistän sen", where "käynnistää koneen" names what the sign forbids; stop 38)
    denied = {b for w, n in zip(answer, no_on(answer), strict=True) if n
              for b in finnish.base_forms(w)} if not NEGATIONS.isdisjoint(answer) else set()
    # (said after the answer: a yes first and the answer after is a self-repair, "käynnistän,
    # en käynnistä konetta", as ``_wrong_mistake_whole`` reads one)
    after = bool(denied) and answer[0] in c.words and rest[0] in c.words and \
        c.words.index(rest[0]) > c.words.index(answer[0])
    for m in c.mistakes:
        if m in told:
            continue  # (a call after the right deed: ``_told_after``)
        words = normalised(m).split()
        if c.mistakes[m] == "almost" and set(words) <= GREETINGS:
            continue  # (a greeting alone, foreseen as half an answer, said with the right
            # one: "moi, tilaus on kerätty ja kuorma on valmis"; set 220, both trainers)
        if _PRONOUNS & set(words) and any(of_another_thing(rest, i) for i in range(len(rest))):
            continue  # "… ja käytän toista liinaa" is no "käytän sitä": another thing
        own = _its_own_words(words) or \
            [w for w in words if w not in NEGATIONS]  # "on", "kyllä": a yes of its own
        if not own or says_no(words) != no or (found is not None and len(m) <= len(found)):
            continue
        if not no and _near_miss_of(rest, own):
            continue  # "ei saanut, mutta melkein sai": the mistake's deed said as a near
            # miss is no deed done (judge58; was the mistake "sai")
        within = [says_no(n.split()) for _, n in c.accepted
                  if _of_answer(own, n.split()) or _rest_of_a_fuller(answer, own, n.split())]
        part = _wrong_part(c, own)  # (a pronoun says no word of its own: "…ja korjaan
        wrong = [w for w in part if w not in _PRONOUNS] or part  # itse" is "korjaan sen itse")
        # (every word of it the no's own, a pronoun standing in, and a verb among them: not a
        # noun shared, "…, sammutan koneen" beside "en käytä konetta"; review_yes)
        yes_of_a_no = not no and after and all(
            finnish.base_forms(w) & denied or w in _PRONOUNS for w in own) and any(
            finnish.is_verb(w) and finnish.base_forms(w) & denied for w in own)
        more = words
        if c.mistakes[m] == "wrong" and \
                len(wrong) > len(wrong := _place_left_unsaid(c, wrong, rest)):
            more = [*words, *(w for w in rest if a_place(w) or w in _UP)]  # "haen takin"
            # of "haen takin kaapista";
            # "kannoin hänet sohvalle" of "kannoin hänet sänkyyn" (any_place)
        if (no in within and not yes_of_a_no) or \
                not all(_said_as(w, rest, named, we, they) for w in wrong) or \
                not any(_said_as(w, rest, [], we) for w in wrong) or _more_than(
                    rest, more, [*answer, *(named if _PRONOUNS & set(words) else ()),
                                 *(they if _HER_OR_HIM & set(words) else ())]):
            continue  # one word at least said as itself ("trukki nostaa sen" is no "lava")
        found = m
    if found is None:
        return None
    c.note(f"the foreseen mistake '{found}' said beside it")
    return as_mistake(c, found)


# a deed said as a near miss: it did not happen ("melkein sai", "oli vähällä kaatua")
_NEAR_MISS = frozenset({"melkein", "vähällä", "lähes", "meinasi"})


def _near_miss_of(rest: list[str], own: list[str]) -> bool:
    """A verb of ``own`` (a mistake's words) in the past said in ``rest`` right after a near
    miss's word, and nothing after it but that mistake's own words ("melkein sai", "melkein
    sai pähkinää"): not "melkein saa" (a hedge of now), nor a near miss the learner goes on
    from ("…, melkein sai, mutta sitten sai", "… melkein nostin hänet yksin ja sitten
    nostin": review62, SAFETY)."""
    verbs = {b for w in own if w not in NEGATIONS for b in (
        *(finnish.base_forms(w) if finnish.is_verb(w) else ()),
        *(root for root, _ in finnish.derived_from(w)))}  # (a participle: "ei saanut")
    return any(rest[i - 1] in _NEAR_MISS and finnish.base_forms(w) & verbs and
               finnish.only_past(w) and _nothing_done_after(rest[i + 1:], own, verbs)
               for i, w in enumerate(rest) if i)


def _nothing_done_after(after: list[str], own: list[str], verbs: set[str]) -> bool:
    """After a near miss, only the mistake's own words, or a no of its verb ("melkein sai,
    mutta ei saanut"): no deed of it done after all ("…, mutta sitten sai")."""
    if set(after) - BUT <= set(own):
        return True  # (a "mutta" before the answer's own no: "melkein sai, mutta ei saanut")
    return not NEGATIONS.isdisjoint(after) and all(
        k and after[k - 1] in NEGATIONS for k, w in enumerate(after)
        if finnish.base_forms(w) & verbs)


def _its_own_words(words: list[str]) -> list[str]:
    """A mistake's words that say what it gets wrong: past its opening acknowledgement, no
    frame word, no no — but "ok" said of a thing ("sormus on ok": allowed), which is what
    the mistake says of it, no acknowledgement (set 30: "Laita hiukset hiusverkon alle.
    Sormus on ok." beside "laita hiukset hiusverkon alle" is that mistake)."""
    said = _past_a_yes(words)
    return [w for i, w in enumerate(said) if w not in FRAME_WORDS | NEGATIONS | WITHOUT
            or (w in _OK and i > 1 and said[i - 1] in BE)]


_OK = frozenset({"okei", "ok"})


def _past_a_yes(words: list[str]) -> list[str]:
    """A mistake's words past the acknowledgement it opens with ("selvä, vien roskat
    konttiin"), which the right answer says as well: what it gets wrong is the rest."""
    start = next((i for i, w in enumerate(words) if w not in ACKNOWLEDGEMENTS), len(words))
    return words[start:] or words


def _parts_apart(c: Case, left: Sequence[str | None]) -> bool:
    """No part of the answer as written (between its commas and stops) holds both a word
    of the accepted answer found in it (``None`` in ``left``) and one of the rest, and
    nothing is put off: the rest is no word of that answer slipped ("joo, ruuvit on
    melkein loppu, voitko tuoda lisää" is no "voitko tuoda lisää ruuveja" slipped; set
    198, both trainers right)."""
    cuts = sorted(comma_cuts(c.words, c.written))
    if not cuts:
        return False
    bounds = [0, *cuts, len(left)]
    parts = [left[a:b] for a, b in pairwise(bounds)]
    return all(all(w is None for w in part) or all(w is not None for w in part)
               for part in parts) and LATER.isdisjoint(c.words) and not any(
        part[0] is not None and part[0] in SUB_JOINS for part in parts if part)  # (not put
    # off, "kuulonsuojaimet päähän, käytän niitä myöhemmin", review125; nor why, "…, koska
    # haen sen takaisin käyttöön", review79)


def _a_fuller_answer_slipped(c: Case, words: list[str], answer: list[str]) -> bool:
    """Right after the accepted ``answer``, the infinitive a fuller accepted answer says
    next, in another form ("ei saa käytä" for "ei saa käyttää": sets 88, 100, 112, 122,
    both trainers almost): the fuller answer said with a slip, for by_word to judge, no
    deed beside the answer."""
    n = len(answer)
    at = next((i for i in range(len(words) - n) if words[i:i + n] == answer), None)
    if at is None or any(w not in _AFTER_A_SLIP for w in words[at + n + 1:]) or \
            re.search(rf"\b{re.escape(answer[-1])}\s*[,.;:!?]", c.written.casefold()):
        return False  # (no comma right before the verb, nothing after it but "sitä",
        # "enää": "ei saa, käytä se tänään" is a command of its own, review201-202)
    after = words[at + n]
    return any(len(fuller) > n and fuller[:n] == answer and fuller[n] != after and
               finnish.same_lemma(after, fuller[n]) and
               finnish.has_mood(fuller[n], "A-infinitive")
               for _, a in c.accepted for fuller in [a.split()])


_AFTER_A_SLIP = frozenset({"sitä", "niitä", "enää", "ollenkaan", "koskaan", "sen"})


def _wrong_part(c: Case, own: list[str]) -> list[str]:
    """What of a mistake's words must be said beside the answer to say it: past the
    longest accepted answer the mistake is and more ("hissillä" of "menen ulos hissillä"
    where "menen ulos" is accepted: "menen ulos hissillä heti", "menen hätäuloskäynnille ja
    menen ulos hissillä"); past a half at "ja" that is an accepted answer's own ("pysäytän
    koneen" of "pysäytän koneen ja korjaan sen" where "pysäytän koneen ja ilmoitan" is
    accepted: "ilmoitan työnjohtajalle ja korjaan sen"). All of them otherwise: a mistake
    that shares a word with an answer ("kerron työkaverille" beside "kerron
    työnjohtajalle") is said only by its every word beside it."""
    inside = [words for _, n in c.accepted
              if (words := set(n.split()) - ACKNOWLEDGEMENTS) and words < set(own)]
    if inside and (more := [w for w in own if w not in max(inside, key=len)]):
        return more
    halves: list[list[str]] = [[]]
    for w in own:
        if w == "ja":
            halves.append([])
        else:
            halves[-1].append(w)
    wrong = [h for h in halves if h and not any(_of_answer(h, n.split()) for _, n in c.accepted)]
    return [w for h in wrong for w in h] if len(halves) > 1 and wrong else own


def _place_left_unsaid(c: Case, wrong: list[str], rest: list[str]) -> list[str]:
    """A wrong mistake's words but the place it names, where the rest of the mistake is a
    deed and its thing ("haen takin" of "haen takin pukuhuoneesta": fetching the coat in a
    fire is the danger, wherever the coat is), no accepted answer says that deed ("laitoin
    paketin" is half of "laitoin paketin sivuun" too, beside the mistake "… linjalle") and
    the learner names no other place ("vien roskat oikeaan astiaan" is no "vien roskat
    konttiin", "… ja laitan sen pois" no "laitan sen myyntiin"), on a step that asks no
    order (``_ORDERED``). A means ("hissillä") is no place: it may be the whole mistake.
    Where the step's wrong mistakes move the thing to three places or more, another place
    named is that mistake too ("kannoin hänet sohvalle" of "kannoin hänet sänkyyn" beside
    "nostin hänet tuoliin": ``any_place``)."""
    kept = [w for w in wrong if not a_place(w) and w not in _UP]
    anywhere = places_of_no_matter(tuple(m for m, v in c.mistakes.items() if v == "wrong"))
    # (a person lifted up is lifted to any place: "autan hänet tuoliin" of "autan hänet
    # ylös", review187)
    dropped = [w for w in wrong if w not in kept]
    up = _UP.issuperset(dropped) and any(
        to_a_place(w) or w in _UP for w in rest)  # ("… jaloilleen", review193)
    if len(kept) == len(wrong) or len(kept) < 2 or not any(map(finnish.is_verb, kept)) or \
            (_UP.issuperset(dropped) and not up and not _moved_whole(c, rest)) or \
            (any(a_place(w) or w in _ELSEWHERE for w in rest) and not up and not (
                anywhere.issuperset(w for w in wrong if w not in kept) and
                any(map(to_a_place, rest)))) or \
            any(_all_in(kept, _forms(n.split())) for _, n in c.accepted) or \
            any(w in _ORDERED for _, n in c.accepted for w in n.split()):
        return wrong
    return kept


def _moved_whole(c: Case, rest: list[str]) -> bool:
    """The person said as a total object ("hänet", "asukkaan", "asukas"), not in the
    partitive ("häntä", "asukasta", "hoitajaa"): "autan hänet" says to where, the lift
    (review199)."""
    they = _people_of(c.situation)
    return any(w in ("hänet", "heidät") or (
        not they.isdisjoint(finnish.base_forms(w)) and
        bool({"nimento", "omanto"} & finnish.cases(w)) and "osanto" not in finnish.cases(w))
        for w in rest)


_UP = frozenset({"ylös", "pystyyn", "jaloilleen", "nousemaan", "istumaan", "seisomaan",
                 "kävelemään"})


# a step that asks what comes first or last (an accepted answer says so): its mistakes are
# the deeds of another turn, right after it ("teippaan laatikot ja sitten vien ne" beside
# "vien laatikot laiturille")
_ORDERED = FIRST_WORDS | {"lopuksi", "viimeiseksi", "sitten"}


def as_mistake(c: Case, mistake: str) -> Judgement:
    """The answer judged as the foreseen ``mistake`` it says, with its verdict (and so its
    feedback), scored by how near the whole answer is to it."""
    c.closeness = fuzz_module().ratio(c.heard, normalised(mistake))
    return c.judgement(c.mistakes[mistake], "mistake", matched=mistake)


def _we_is_the_learner(words: tuple[str, ...]) -> bool:
    """Whether "we" in an answer is the learner at the mistake: no one else is in it, no
    one called or told ("soitan hoitajalle ja nostamme hänet", "…nostamme yhdessä" are the
    help the step asks for; "otan käsineet pois ja laitamme ne käteen" is the learner's
    own mistake, a workplace's "we")."""
    return WITH_OTHERS.isdisjoint(words) and not any(
        not CALLING_VERBS.isdisjoint(finnish.base_forms(w)) for w in words)


def _on_ones_own(word: str) -> bool:
    """A verb's -matta, said of doing something without another's word or help
    ("kysymättä", "lupaa pyytämättä", "ilmoittamatta"): what a mistake's "itse" or
    "yksin" says (the fourth review's miss "korjaan sen kysymättä")."""
    return any(a.get("MOOD") == "MA-infinitive" and a.get("SIJAMUOTO") == "vajanto"
               and a.get("BASEFORM") in CALLING_VERBS for a in finnish.analyses(word))


def _said_as(word: str, said: list[str], named: list[str], we: tuple[str, ...] = (),
             they: frozenset[str] = frozenset()) -> bool:
    """A mistake's ``word`` among ``said``: a thing in the same case, in either number or as
    an object's nominative or genitive ("käsiin" for "käteen", "käsineen" for "käsineet";
    not "hyllyn" for "hyllyssä", "asiakkaasta" for "asiakkaalle": the case is the meaning),
    or in the abessive for the partitive of "ilman X" ("kypärättä"); a verb of the same base
    form said by the same person in another tense ("laitoin" for "laitan"; not "laittaa",
    "laitetaan": someone else); a thing the step names, said again as a pronoun, or a
    pronoun of the mistake said as the thing ("sammutan koneen ja jätän sen päälle" says
    "jätän koneen päälle", "…ja korjaan koneen itse" says "korjaan sen itse"). Where no
    one else is in the answer ``we`` (``_we_is_the_learner``), the learner's verb said as "we",
    or as speech says "we", "me" and the passive ("laitamme ne käteen", "me laitetaan ne
    käteen"); a mistake's "itse", "yksin" said as the other or a -matta of asking or
    telling ("korjaan sen kysymättä"). A person the question names (``they``, base forms)
    said as an object stands for "hänet" ("autan asukkaan ylös")."""
    if word in said:
        return True
    if word in ON_ONES_OWN and any(w in ON_ONES_OWN or _on_ones_own(w) for w in said):
        return True
    bases = finnish.base_forms(word)
    things = {b for w in named for b in finnish.base_forms(w)}
    # a pronoun stands for a thing, not a deed: "pysäytän sen" is no "korjaan sen itse"
    # where an answer says "en korjaa sitä itse"
    if _a_thing(word) and not bases.isdisjoint(things) and any(w in _PRONOUNS for w in said):
        return True
    if word in _PRONOUNS and any(_a_thing(w) and not finnish.base_forms(w).isdisjoint(things)
                                 for w in said):
        return True
    if word in _HER_OR_HIM and any(w in _PRONOUNS or w in _HER_OR_HIM or
                                   finnish.NAME_CLASSES & finnish.word_classes(w) or
                                   _the_person_named(w, they) for w in said):
        return True  # the person by name, as speech's "se", as the object in another case
        # or by the question's word for them: "nostin ainon sänkyyn", "autan häntä ylös",
        # "autan asukkaan ylös" say "… hänet …" (review121, stop 65)
    persons = finnish.persons(word)
    if we and ("1", "singular") in persons and _we_is_the_learner(we):
        persons |= {("1", "plural"), *((("4", ""),) if "me" in said else ())}
    cases = _cases(word)
    return any(not finnish.base_forms(w).isdisjoint(bases) and (
        bool(persons & finnish.persons(w)) if persons else not cases.isdisjoint(_cases(w)))
        for w in said)


@lru_cache(maxsize=sizes.STEPS)
def _people_of(question: str) -> frozenset[str]:
    """The people ``question`` names, by base form and their role's other words
    ("Asukas kaatui lattialle.": "asukas", "potilas", "mummo", …; review199)."""
    named = {b for w in normalised(question).split() if a_person(w)
             for b in finnish.base_forms(w)}
    return frozenset(named).union(*(SAME_ROLE.get(b, ()) for b in named))


def _the_person_named(word: str, they: frozenset[str]) -> bool:
    """``word`` is a person of ``they`` (base forms) said as an object (nominative, genitive
    or partitive: "asukkaan", "asukasta"), not told or given to ("asukkaalle")."""
    return not they.isdisjoint(finnish.base_forms(word)) and \
        bool({"nimento", "omanto", "osanto"} & set(finnish.cases(word)))


def _cases(word: str) -> frozenset[str]:
    """A thing's cases as a mistake's word may be said in them: an object's nominative and
    genitive as one, the partitive also as the abessive (of "ilman X")."""
    found = set(finnish.cases(word))
    if found & {"nimento", "omanto"}:
        found |= {"nimento", "omanto"}
    if "osanto" in found:
        found.add("vajanto")
    return frozenset(found)


def _more_than(rest: list[str], mistake: list[str], answer: list[str]) -> bool:
    """What is said beside the answer says more than the mistake: a thing, a place or a
    direction of its own ("laitan ne taskuun", "laitan ne pois" are no "laitan käsineet";
    "selkä on suorassa" no "nostan selällä"). Frame words, pronouns, the answer's own
    things and adverbs of time or manner ("heti", "taas", "takaisin") say nothing more."""
    bases = {b for w in (*mistake, *answer) for b in (w, *finnish.base_forms(w))}
    for i, w in enumerate(rest):
        if w in OTHERWISE and _all_else_fine(rest[i + 1:]):
            break  # ("…, muuten kaikki ok": the rest said fine, review245)
        if w in POINTER_FORMS and rest[i + 1:i + 2] and \
                finnish.cases(rest[i + 1]) & finnish.LOCAL_CASES:
            continue  # (pointing at the place said: "laitoin sen tohon linjalle"; not
            # at a thing, "trukki nostaa tämän lavan", review100)
        if w in DIRECTIONS and w not in mistake:
            return True  # "laitan ne pois" beside "otan käsineet pois"
        if (w in ON_ONES_OWN or _on_ones_own(w)) and not ON_ONES_OWN.isdisjoint(mistake):
            continue  # "itse", "kysymättä" for the mistake's "yksin"
        if w in bases or not bases.isdisjoint(finnish.base_forms(w)) or w in _PRONOUNS or \
                w in FRAME_WORDS or w in SUBJECT_PRONOUNS or w in _CONNECTIVES or w in MAIN_JOINS \
                or w in _AGAIN:
            continue
        if w in DIRECTIONS or not an_adverb(w):  # ("nopeasti", Voikko's adjective, says how)
            return True
    return False


def _all_else_fine(words: Sequence[str]) -> bool:
    """``words`` (after "muuten") say only that all else is fine: "kaikki ok", "kuorma oli
    kunnossa"; not "muuten laitan sen sivuun"."""
    return any(w in _FINE or w == "hyvin" for w in words) and \
        not any(finnish.persons(w) and not finnish.base_forms(w) & {"olla", "mennä"}
                for w in words)



DIRECTIONS = frozenset({"pois", "sivuun", "ulos", "sisään", "alas", "ylös", "eteen",
                        "taakse", "päälle", "kiinni", "auki"})
# a place said by an adverb: "otan sen pois hyllystä ja laitan sen pois" is no "laitan sen
# myyntiin"
_ELSEWHERE = DIRECTIONS | {"syrjään", "talteen", "paikalleen", "takaisin", "sinne", "tänne",
                           "tuonne", "muualle"}
# again and back: nothing more than the mistake ("laitan ne takaisin käteen"; Voikko reads
# "takaisin" as a verb and an adjective too)
_AGAIN = frozenset({"takaisin", "taas", "uudelleen", "uudestaan", "jälleen"})
# a thing said again: "jätän sen päälle", "laitan ne käteen"
_PRONOUNS = frozenset({"se", "sen", "sitä", "ne", "niitä", "niiden", "siihen", "niihin"})
_HER_OR_HIM = frozenset({"hänet", "häntä", "heidät", "heitä"})


def _a_thing(word: str) -> bool:
    """A noun in one of its readings, which a pronoun may stand for (not only a verb or a
    word Voikko does not know)."""
    return "nimisana" in finnish.word_classes(word)


def _of_answer(own: list[str], answer: list[str]) -> bool:
    """A mistake's words are an accepted answer's: some of them as written ("pysäytän
    koneen" of "pysäytän koneen ja ilmoitan"), or all of them in other forms ("minä tekee
    työtä" of "minä teen työtä"; not "nostan selällä" of "nostan jaloilla selkä suorana")."""
    if set(own) <= set(answer):
        return True
    theirs = [w for w in answer if w not in FRAME_WORDS and w not in NEGATIONS]
    return _all_in(own, _forms(theirs)) and _all_in(theirs, _forms(own))


def _rest_of_a_fuller(answer: list[str], own: list[str], fuller: list[str]) -> bool:
    """A mistake's words are what an accepted answer says beyond the one said (``answer``),
    as it says them or a noun bare for its place case: "portaiden pesu, halli B" says
    "portaiden pesu hallissa B", no mistake "halli B" beside it (set 52) — but "selällä" is
    no "selkä suorana" (review99: by base form it was)."""
    if not set(answer) < set(fuller):
        return False
    rest = {w for w in fuller if w not in answer}
    return all(w in rest or (finnish.word_classes(w) == {"nimisana"} and
                             any(_forms([w]) & _forms([x]) and _a_place_case(x) for x in rest))
               for w in own)


def _a_place_case(word: str) -> bool:
    """``word`` is in a place's case ("hallissa"): a label said bare for it ("halli B")."""
    return any(case in finnish.LOCAL_CASES for case, _ in finnish.case_numbers(word))


def _forms(words: list[str]) -> frozenset[str]:
    """``words`` as said and their base forms."""
    return frozenset(words).union(*(finnish.base_forms(w) for w in words))


def _all_in(words: list[str], forms: frozenset[str]) -> bool:
    """Every word of ``words`` said in ``forms`` (as itself or in another form)."""
    return all(w in forms or not forms.isdisjoint(finnish.base_forms(w)) for w in words)


def _a_measure_more(c: Case, rest: list[str]) -> bool:
    """What is said beside the answer is a measure of it, a number and what it counts, where
    the accepted answers count nothing: "lämpötila on liian korkea, kymmenen astetta" (set
    12) says how high. Not a count of a thing the answer names ("kolme pulloa" beside "ota
    pullo"), which is another quantity."""
    if len(rest) < 2 or not all(is_number(w) for w in rest[:-1]) or \
            any(shape_of(n).numbers for _, n in c.accepted):
        return False
    named = {b for _, n in c.accepted for w in n.split() for b in finnish.base_forms(w)}
    return "nimisana" in finnish.word_classes(rest[-1]) and \
        named.isdisjoint(finnish.base_forms(rest[-1]))


def another_count(c: Case, rest: list[str]) -> bool:
    """A number said beside an accepted answer, in any case, that no accepted answer says:
    "kahden tunnin päästä" is not "tunnin päästä" and a word more (set 9)."""
    # (a cardinal; not "toista" naming another thing: "käytän toista lavaa")
    counts = {b for j, w in enumerate(rest) if "lukusana" in finnish.word_classes(w)
              and not of_another_thing(rest, j - 1)
              for b in finnish.base_forms(w) if b not in ("yksi", "toinen") and (
                  is_number(b) or (b in day_ordinals() and b not in told_bases(c.situation)
                                   and _a_noun_the_answers_number(c, rest[j + 1:j + 2])))}
    # (an ordinal before a noun too, "meen ekaan kerrokseen ja imuroin käytävän" for "…
    # toiseen …", review255; not "first" of a deed, "sammuta eka", "ensimmäiseksi", nor
    # the floor the question names, nor one the answers name no floor of: "laitan kypärän
    # ennen kuin menen kolmanteen kerrokseen", review207)
    # (…nor a foreseen half answer's, "miinus viisitoista astetta" (almost) beside "on
    # pakkasta": the reading the step shows; set 47)
    halves = [normalised(m) for m, verdict in c.mistakes.items() if verdict == "almost"]
    return bool(counts) and counts.isdisjoint(
        b for n in (*(n for _, n in c.accepted), *halves) for w in n.split()
        for b in finnish.base_forms(w))


def _a_noun_the_answers_number(c: Case, noun: Sequence[str]) -> bool:
    """``noun`` (a word or none) is a noun some accepted answer says after a number or an
    ordinal ("kerrokseen" beside "menen toiseen kerrokseen")."""
    return bool(noun) and "nimisana" in finnish.word_classes(noun[0]) and any(
        finnish.same_lemma(y, noun[0]) and "lukusana" in finnish.word_classes(x)
        for _, n in c.accepted for x, y in pairwise(n.split()))


# Marks a part judged on its own (judged_as), among the names of rules switched off: no rule
# is switched off by it; reported.py reads it (a report stands only as the whole answer)
A_PART = "a part"


def judged_as(c: Case, words: list[str], off: str = A_PART) -> Judgement:
    """``words`` judged as an answer to the same step (the entry point, with its memory):
    a part of what was said, taken as said on its own; ``off``, a rule to switch off (a
    rule judging the whole answer without itself)."""
    from valkky.judge import judge  # (the entry point imports this module)

    strict = tuple(c.strict) if off in c.strict else (*c.strict, off)
    return judge(" ".join(words), tuple(a for a, _ in c.accepted), keywords=c.keywords,
                 wrong_answers=c.mistakes, other_options=c.options, strict=strict,
                 open_question=c.open_question, topics=c.topics,
                 unsafe_mistakes=tuple(sorted(c.unsafe)), later_mistakes=tuple(sorted(c.later)),
                 settings=c.settings)


# What a fact said beside a right answer may not say: that all is fine ("se on kunnossa")
_FINE = GOOD_STATE | {"hyvä", "turvallinen", "okei", "ok", "normaali"}
# … and how it may be joined to it: not "mutta", a contrast that may undo it
_FACT_JOINS = frozenset({"ja", "koska", "sillä"})


def _a_fact_beside(c: Case, left: list[str | None], every: list[str]) -> bool:
    """A clause of its own beside the answer says with "olla" a fact or a reason of it
    ("hylly on rikki, siinä on iso halkeama", "pakastin on rikki, siellä on miinus kaksi
    astetta"; issue 12, judge43; a need of it, "…, hätäuloskäynti pitää olla vapaa"): one
    run, real words, no slip of the step's words, no verb of the learner's or of another
    but "olla" (and "pitää", "täytyy" of it), no no, no question, nothing fine (a
    report that all is well takes the fault back), no participle (an event: "kuume on mennyt
    ohi"), no clause joined within it ("että", "kun": what is told or when), no contrast
    ("mutta") and no foreseen mistake's words. Not in a choose or repeat step nor an open
    question."""
    if c.options or c.repeat or c.open_question or not _one_run(left):
        return False
    run = [w for w in left if w is not None]
    if run and run[0] in _FACT_JOINS:
        run = run[1:]
    if len(run) < 2 or not COPULA & {b for w in run for b in finnish.base_forms(w)} or \
            says_no(run) or not QUESTION_WORDS.isdisjoint(run) or \
            not (_CONNECTIVES | SUB_JOINS | MAIN_JOINS | {"et"}).isdisjoint(run) or any(
                own and set(own) <= set(run) for own in (
                    [w for w in normalised(m).split() if w not in FRAME_WORDS | NEGATIONS]
                    for m in c.mistakes)):  # a foreseen mistake's words: its rules judge
        return False
    if any(finnish.base_forms(w) & _MUST for w in run) and \
            not any(finnish.base_forms(w) & _SAFE_STATES for w in run):
        return False  # (a need only of a safe state: not "…, linja pitää olla käynnissä",
        # "…, ovi pitää olla lukossa": review187, SAFETY)
    said_so = _numbers_said_with_on(c)
    for w in run:
        forms = finnish.base_forms(w)
        if ((value := number_of(w)) is not None and value not in said_so) or \
                (finnish.is_verb(w) and not (COPULA | _MUST) & forms) or \
                finnish.is_participle(w) or \
                finnish.in_learners_person(w) or _FINE & (forms | {w}) or \
                w.endswith(("ko", "kö")) or not is_real_word(w, c) or \
                any(finnish.minimal_pair(e, w) for e in every):
            return False
    c.note(f"'{' '.join(run)}': a fact said beside it")
    return True


def _the_situation_told(c: Case, left: list[str | None]) -> bool:
    """A clause beside the answer tells again what the step's question told ("kylmähuone
    ei jäähdy, mittari näyttää kymmenen astetta" to "Kylmähuoneen lämpömittari näyttää
    kymmenen astetta. …"; set 97, both trainers right): one run of two words or more, no
    no, no question, a verb of the story's in a person but the learner's and no command,
    every word of meaning the question's own (by base form or a compound's part). Not in a
    choose or repeat step nor an open question."""
    if c.options or c.repeat or c.open_question or not c.situation or not _one_run(left):
        return False
    run = [w for w in left if w is not None]
    if run and run[0] in _FACT_JOINS:
        run = run[1:]
    if len(run) < 2 or says_no(run) or not QUESTION_WORDS.isdisjoint(run):
        return False
    verbs = [w for w in run if finnish.persons(w)]
    if not verbs or any(finnish.in_learners_person(w) or any(
            a.get("MOOD") == "imperative" for a in finnish.analyses(w)) for w in verbs):
        return False
    story = normalised(c.situation)
    told = {b for w in story.split() for b in finnish.base_forms(w) | finnish.compound_parts(w)}
    # (a number with its neighbour as the question says it: not "… kuusi astetta" where it
    # says "kymmenen astetta", "alle kuusi"; in a sentence with the run's own verb, not
    # the limit's "Sen pitää olla miinus kahdeksantoista" for "mittari näyttää …": review188)
    pairs = [" ".join(run[k:k + 2] if k + 1 < len(run) else run[k - 1:k + 1])
             for k, w in enumerate(run) if number_of(w) is not None]
    sentences = [normalised(p) for p in _sentences(c.situation) if p.strip()]
    verb_bases = {b for w in verbs for b in finnish.base_forms(w)}
    return all(any(f" {p} " in f" {s} " and verb_bases & {
        b for x in s.split() for b in finnish.base_forms(x)} for s in sentences)
        for p in pairs) and all(
        (finnish.base_forms(w) | finnish.compound_parts(w)) & told for w in run
        if w not in FRAME_WORDS and w not in SUBJECT_PRONOUNS)


# a need of "olla", a fact of the rules ("…, hätäuloskäynti pitää olla vapaa": set 94),
# only of a safe state
_MUST = frozenset({"pitää", "täytyä"})
_SAFE_STATES = frozenset({"vapaa", "tyhjä", "puhdas", "kuiva", "turvallinen", "siisti",
                          "esteetön"})


def _harm_kept_away(c: Case, left: list[str | None]) -> bool:
    """A clause after the answer says what it keeps from happening ("laitetaan tossut
    jalkaan, ettei oo kylmä"; set 66, both trainers correct): "että"/"jotta" and a no, its
    verbs only of a thing befalling (``_BEFALLING``: no deed of anyone's, no need), no
    foreseen mistake's words. Not in a choose step nor an open question; in a repeat step
    too ("Kiristä ruuvi kunnolla, ettei se lähde irti.": set 72, both trainers correct)."""
    if c.options or c.open_question or not _one_run(left):
        return False
    run = [w for w in left if w is not None]
    if len(run) < 3 or run[0] not in ("että", "jotta") or run[1] != "ei" or any(
            finnish.base_forms(w) & TELLING for w in c.words[:len(c.words) - len(run)]):
        return False  # (a no of one's own, "etten tule myöhään", or what is told, "kerron
        # hoitajalle ettei liina ole rikki", is no harm kept away)
    verbs = [w for w in run[2:] if finnish.is_verb(w)]
    # (the no's own verb form after it, as a clause of purpose says it: "ettei linja on
    # rikki" is no such clause; no need, "…, ettei käsineet ole tarpeen": review149, SAFETY)
    return bool(verbs) and any(a.get("NEGATIVE") == "both" for a in finnish.analyses(verbs[0])) \
        and all(finnish.base_forms(w) & _BEFALLING for w in verbs) and all(
        is_real_word(w, c) and not finnish.base_forms(w) & NEED_SAID for w in run) and not any(
        set(normalised(m).split()) - FRAME_WORDS - NEGATIONS <= set(run) for m in c.mistakes)


# what befalls a person or a thing, no one's deed: what a measure keeps from happening
_BEFALLING = frozenset({"olla", "tulla", "sattua", "kaatua", "liukastua", "loukkaantua",
                        "pudota", "tippua", "palella", "kastua", "likaantua", "satuttaa",
                        "lähteä", "hajota", "rikkoutua", "katketa", "pilaantua"})


def _numbers_said_with_on(c: Case) -> set[str]:
    """The numbers the step's accepted answers say as a fact: in a clause whose verb before
    them is a finite "olla" ("pakastimessa on miinus kaksi astetta"), not a target after
    "pitää olla" ("… sen pitää olla miinus kahdeksantoista"): a fact beside the answer may
    say only these (judge43fix: "… siellä on -18 astetta" says the target as the fault)."""
    out: set[str] = set()
    for _, n in c.accepted:
        words = n.split()
        for i, w in enumerate(words):
            if (value := number_of(w)) is None:
                continue
            for j in range(i - 1, -1, -1):
                v = words[j]
                if not finnish.is_verb(v) or number_of(v) is not None:
                    continue  # ("kuusi" is also read as a verb)
                if COPULA & finnish.base_forms(v) and finnish.persons(v):
                    out.add(value)  # (the infinitive of "pitää olla" is no fact)
                break
    return out


def _before_the_work(c: Case, rest: list[str]) -> bool:
    """What is said after the answer is only "ennen kuin" and the learner's own going to or
    starting the work ("laitan sormuksen taskuun ennen kuin menen koneelle": set 127, the
    trainer right): the answer's deed is done first, nothing more is done. Where the step's
    answers tell or call someone, only before starting first aid or going to someone: a
    report put before anything else is put off till then ("ilmoitan esimiehelle ennen
    kuin aloitan korjauksen", "soitan esihenkilölle ennen kuin menen tuotantoon":
    review205-207)."""
    if rest[:2] != ["ennen", "kuin"] or len(rest) > 5 or not NEGATIONS.isdisjoint(rest) or \
            any(w in LATER or _off_work(w) for w in rest):
        return False  # (not home, a break or a later time: "ilmoitan esimiehelle ennen kuin
        # lähden kotiin", "… ennen kuin aloitan huomenna", "… menen kahvihuoneeseen",
        # review203, 206)
    verbs = [w for w in rest[2:] if finnish.is_verb(w) and w not in _POSTPOSITIONS]
    if len(verbs) != 1 or ("1", "singular") not in finnish.persons(verbs[0]) or \
            unsafe_deed(c, rest[2:]) is not None:
        return False  # (the learner's own going: not "en mene sisään ennen kuin sähkömies
        # tulee", judge52; nor "… ennen kuin menen kuorman alle", review203; "luo" is no
        # verb of "luoda" here, review208)
    after = [w for w in rest[2:] if w not in verbs]
    starting = bool(finnish.base_forms(verbs[0]) & _STARTING)
    steps = _the_steps_words(c)
    if _telling_step(c):  # (only before first aid or going to the one hurt or cared for,
        # "hänen" or one the step names: "soitan hätänumeroon ennen kuin menen hänen
        # luokse", review207; not "… menen mummon luo" when sick, review209)
        return any(finnish.base_forms(w) & _FIRST_AID for w in after) if starting else \
            bool(finnish.base_forms(verbs[0]) & GOING_VERBS) and len(after) == 2 and \
            after[1] in ("luo", "luokse") and \
            not told_bases(c.situation).isdisjoint(_SOMEONE_HURT) and (
                after[0] in ("hänen", "sen") or bool(finnish.base_forms(after[0]) & _HURT)
                or bool(finnish.base_forms(after[0]) & steps & _PEOPLE_GONE_TO))  # (not "…
        # menen koneen luo" on a report step: review209; "… sen luo", "… loukkaantuneen
        # luo": review210; only where the step tells of one hurt or cared for, not "…
        # menen sen luo" of a machine nor "… potilaan luo" when sick: review211)
    if starting:
        return True  # "aloitan työn", "… siivouksen" (no later time: above)
    # (going to a place of the work: "sisään", "sinne", or a word of the step or of work
    # by any part of it, in a "to" case or before a postposition: "menen koneelle", "…
    # auton alle", "… porakoneen ääreen"; never home, a break room or away (above), nor
    # in front of, behind or on top of a thing, "… trukin eteen", nor another place, "…
    # menen mökille", "… elementin alle": review204-208)
    # (under a thing only the step names, "… auton alle"; not "… kuljettimen alle";
    # between things the step names or places of the work, "… koneiden väliin" to "Kone on
    # kovaääninen", "… hyllyjen väliin", not vehicles, "… trukkien väliin", nor inside a
    # machine, "… koneen sisälle": review210-212, where the step says "sisään" too)
    return bool(finnish.base_forms(verbs[0]) & GOING_VERBS) and 1 <= len(after) <= 3 and \
        _POSITIONS.isdisjoint(after) and any(
            (k == 0 or not _a_machine(after[k - 1])) if w in _HERE_AND_IN else
            (finnish.cases(w) & _TO_CASES and _a_place_of_the_work(w, steps)) or
            (k > 0 and w in _POSTPOSITIONS and (
                bool(finnish.base_forms(after[k - 1]) & steps) if w == "alle" else
                not _a_vehicle(after[k - 1]) and (
                    bool(finnish.base_forms(after[k - 1]) & steps) or
                    _a_place_of_the_work(after[k - 1], steps))
                if w == "väliin" else _a_place_of_the_work(after[k - 1], steps)))
            for k, w in enumerate(after))


def _the_steps_words(c: Case) -> set[str]:
    """The base forms of the step's accepted answers and of its question."""
    return {b for _, n in c.accepted for w in n.split() for b in finnish.base_forms(w)} | \
        told_bases(c.situation)


def _a_vehicle(word: str) -> bool:
    """``word`` names a vehicle that moves about the work (its base form's end)."""
    return _ends_as(word, VEHICLES)


def _a_machine(word: str) -> bool:
    """``word`` names a machine or a vehicle (its base form's end)."""
    return _ends_as(word, _MACHINES)


def _ends_as(word: str, ends: tuple[str, ...]) -> bool:
    """A base form of ``word`` ends as one of ``ends``."""
    return any(b.endswith(ends) for b in finnish.base_forms(word))


_MACHINES = ("kone", "kuljetin", "trukki", "auto", "nosturi", "laite", "sorvi", "saha",
             "jyrsin")


def _a_place_of_the_work(word: str, steps: set[str]) -> bool:
    """``word`` names the work's own place: a word of the step, or of work (``_WORK_PLACES``:
    "halli", "linja", "kone", "asukas" …), by any part of it."""
    parts = finnish.base_forms(word) | finnish.compound_parts(word)
    return bool(parts & steps) or bool(parts & _WORK_PLACE_WORDS) or any(
        b.endswith(_WORK_PLACES) for b in parts)


def _leaving(c: Case, words: Sequence[str]) -> bool:
    """``words`` leave (a form of "lähteä") the work: for nowhere named, off the work
    ("kun lähden", "… lähden kotiin", "… lähden syömään"), or another place than the
    work's; not to the doctor's where the step is the learner's own illness ("soitan
    pomolle kun lähden lääkäriin" when sick: review211; on a fault step that puts the
    report off, review212)."""
    if not any("lähteä" in finnish.base_forms(w) for w in words):
        return False
    steps = _the_steps_words(c)
    ill = not steps.isdisjoint(_ILL) or _AWAY_FROM_WORK.issubset(steps)
    return not any(finnish.cases(w) & _TO_CASES and not _an_infinitive_of_errand(w) and (
        w in _HERE_AND_IN or _a_place_of_the_work(w, steps) or (ill and not _off_work(w)))
        for w in words)


def _an_infinitive_of_errand(word: str) -> bool:
    """``word`` is a verb's MA-infinitive ("syömään", "hakemaan"): an errand, no place."""
    return any(a.get("MOOD") == "MA-infinitive" for a in finnish.analyses(word))


# what tells of the learner's own illness or absence ("Et pääse töihin."): going to the
# doctor's is then the deed itself
_AWAY_FROM_WORK = frozenset({"päästä", "työ"})
_ILL = frozenset({"sairas", "kipeä", "kuume", "vatsatauti", "flunssa", "sairastua", "oksentaa",
                  "ripuli", "yskä", "päänsärky", "sairastunut"})


def _telling_step(c: Case) -> bool:
    """The step's answers tell or call someone ("ilmoitan esimiehelle", "soitan 112")."""
    return any(finnish.base_forms(w) & CALLING_OR_TELLING for _, n in c.accepted
               for w in n.split())


def _off_work(word: str) -> bool:
    """``word`` names home, a break, a break room or away, by any part of it
    ("kahvihuoneeseen", "kotimatkalle", "lounastauolle")."""
    bases = finnish.base_forms(word)
    parts = bases | finnish.compound_parts(word)
    return word in _AWAY or bool(parts & _OFF_WORK or bases & _OFF_WORK_WHOLE) or any(
        b.endswith(BREAK_ROOMS) or b.startswith(_OFF_WORK_FRONTS) for b in parts)


_STARTING = frozenset({"aloittaa", "alkaa"})
# places and people of the work a learner goes to (by any part of a word, or the end of
# one Voikko holds whole: "hiomakone")
_WORK_PLACES = ("halli", "työmaa", "linja", "kone", "tuotanto", "keittiö", "varasto", "paja",
                "teline", "tehdas", "työpiste", "työ", "huone", "osasto", "laituri", "rakennus",
                "verstas", "korjaamo", "sorvi", "saha", "trukki", "katto", "kerros", "alue",
                "kylmiö", "pakkaamo", "kassa", "tiski", "asukas", "asiakas", "potilas", "hoitaja",
                "hylly", "piha", "sali", "leipomo", "leikkaamo", "hitsaamo", "terminaali",
                "keräily", "kellari", "pöytä", "jyrsin", "hiomo", "maalaamo", "pakkaus", "lastaus")
# …and whole words only, a word's end no place ("palava" is no "lava": review213)
_WORK_PLACE_WORDS = frozenset({"lava"})
_FIRST_AID = frozenset({"ensiapu", "elvytys", "painelu", "paineluelvytys"})
# the one hurt or cared for, gone to after a call
_PEOPLE_GONE_TO = frozenset({"asukas", "potilas", "asiakas", "työkaveri", "työntekijä",
                             "henkilö", "ihminen", "mies", "nainen", "lapsi", "mummo",
                             "vaari", "pappa", "vanhus", "loukkaantunut"})
_HURT = frozenset({"loukkaantunut", "potilas", "uhri", "kaatunut"})
# what a step says of one hurt or cared for: the one, or what befell them
_SOMEONE_HURT = _PEOPLE_GONE_TO | _HURT | frozenset({
    "kaatua", "loukkaantua", "liukastua", "pudota", "satuttaa", "pyörtyä", "haava",
    "verenvuoto", "hengittää", "elvyttää"})  # (read in the step's question only: not the
# answers' "kerron työkaverille", nor a machine that leaks, review212)
_HERE_AND_IN = frozenset({"sisään", "sisälle", "sinne", "tänne", "työhön", "töihin"})
_POSTPOSITIONS = frozenset({"alle", "luo", "luokse", "ääreen", "viereen", "väliin"})
# in front of, behind or on top of a thing, no place of the work ("… kuorman päälle",
# "… trukin eteen": review206)
_POSITIONS = frozenset({"päälle", "eteen", "taakse", "yli", "ylle"})
_AWAY = frozenset({"pois", "ulos", "kotiin"})
# off the work by any part of a word ("kahvihuone", "lounastauko", "kotimatka")…
_OFF_WORK = frozenset({"kahvitauko", "ruokatauko", "loma", "huomenna", "illalla", "huominen",
                       "ilta", "viikonloppu", "ruoka", "ruokala", "vessa", "suihku", "kämppä",
                       "rööki", "matka", "parkki", "jää"})
# …or as the front of any part, or of a word Voikko holds whole ("uimahalli", "lentokone")
_OFF_WORK_FRONTS = ("uima", "lento", "koti", "kahvi", "tupakka", "tauko", "lounas", "bussi")
# …or as the whole word (not "lastauspiha", "konesali")
_OFF_WORK_WHOLE = frozenset({"piha", "sali", "kauppa", "parkkipaikka", "kuntosali",
                             "toimisto", "kokoushuone", "neuvotteluhuone"})


def _a_right_answer_of_its_own(c: Case, rest: list[str]) -> bool:
    """What is said beside an accepted answer is a right answer too, judged by itself: "ei
    ole oikein siinä puuttuu kahdeksan tuntia" beside "ei ole oikein" and "kahdeksan tuntia
    puuttuu" (set 8). Two words or more, and not the whole answer again."""
    if c.open_question:  # an open answer is judged whole (open_answer)
        return False
    while rest and rest[0] in _CONNECTIVES | {"ja"}:
        rest = rest[1:]
    if len(rest) < 2 or len(rest) >= len(c.words):
        return False
    j = judged_as(c, rest)
    c.note(f"'{' '.join(rest)}' by itself: {j.verdict}")
    return j.verdict == "correct"


def said_and_unsaid(c: Case) -> Judgement | None:
    """An accepted answer's no, then its own deed said with a yes (``unsaid.py``, judge48):
    the yes said again takes it back, wrong ("ei ole, kyllä on", "renkaat eivät ole
    kunnossa, renkaat ovat kunnossa"; a foreseen mistake said so, its own reply); said only
    once a mending by someone else or the repairer's go-ahead is done, it waits as the no
    does ("en käytä sitä, käytän sitä kun se on korjattu", "en käynnistä sitä ennen kuin
    korjaaja sanoo, sitten käynnistän": a deed of using or starting, where the step names
    something broken, or starting a machine): the rest judged alone; once another condition is
    met ("kun on kiire", "jos esimies ei näe"), wrong. Not another's deed, a question or
    words of its own after the no ("en korjaa sitä, esimies korjaa sen", "en pääse,
    pääsetkö sinä", "en nostanut yksin, nostin yhdessä"); not where the yes alone is a right
    answer ("en ilmoita ja kyllä ilmoitan": a self-repair), nor where an accepted answer
    says such a pair itself."""
    if c.open_question or c.options or c.repeat or not c.written or \
            NEGATIONS.isdisjoint(normalise(c.written).split()):
        return None  # (most answers say no no: none to read a yes after)
    read = yes_after_no(*said_parts(c.written))
    if read is not None and read.kind == "other" and _an_answers_no(c, read) and \
            (m := _mistake_after_but(c, list(read.yes), said_parts(c.written)[0])) is not None:
        c.note(f"'{' '.join(read.no)}', but '{' '.join(read.yes)}': says '{m}'")
        return as_mistake(c, m)  # "ei ollut, mutta yksi mies oli alla"
    if read is None or read.kind == "other" or not _an_answers_no(c, read) or any(
            yes_after_no(*said_parts(a)) is not None for a, _ in c.accepted):
        return None
    if read.kind == "contradiction":
        if judged_as(c, list(read.yes)).verdict == "correct":
            return None  # the no a slip, the yes the step's answer: "en ilmoita, kyllä
            # ilmoitan" repairs itself (the rules after weigh it)
        c.note(f"'{' '.join(read.no)}', then '{' '.join(read.yes)}': takes it back")
        if (m := _mistake_said_again(c, read)) is not None:
            return as_mistake(c, m)  # "ei ole, kyllä on": the step's reply to "kyllä on"
        return c.judgement("wrong", "negation", closest=_nearest_no(c, read))
    if waits_for_a_mending(read, broken := broken_in_the_step(c)):
        rest = judged_as(c, list(read.rest))
        c.note(f"'{' '.join(read.condition)}': a mending; '{' '.join(read.rest)}' alone: "
               f"{rest.verdict}")
        return c.judgement(rest.verdict, rest.reason, closest=rest.closest,
                           matched=rest.matched)  # ("en käytä sitä" alone: its own reply)
    if not read.yes or not (a_guarded_deed(read.verbs, broken) or _mistake_said_again(c, read)):
        return None  # (a no till then only, "en koske siihen ennen kuin …"; another
        # condition, "tulen kun olen terve", "käytän niitä kun hitsaan": the rules after)
    c.note(f"'{' '.join(read.yes)}' once '{' '.join(read.condition)}': not the safe condition")
    return c.judgement("wrong", "negation", closest=_nearest_no(c, read))


_A_YES_WORD = YES | {"joo", "juu", "niin"}  # a mistake's yes, said or not


_NEARLY = frozenset({"melkein", "lähes", "miltei", "ehkä", "kai"})


def _mistake_after_but(c: Case, clause: list[str], words: Sequence[str]) -> str | None:
    """A wrong foreseen mistake of one word, a verb ("oli"), said with no no in the clause
    a "mutta" opens right after the answer's no, with a word of an accepted no (its thing
    or place: "alla"): the no taken back ("ei ollut, mutta yksi mies oli alla" beside
    "kukaan ei ollut alla", set 38: both trainers wrong; the judge said almost). Not a yes
    of something else ("ei, mutta se oli lähellä")."""
    at = next((i for i in range(1, len(words) - len(clause) + 1)
               if list(words[i:i + len(clause)]) == clause), None)
    if not clause or at is None or words[at - 1] not in BUT or \
            not EVERY_NO.isdisjoint(clause) or not _NEARLY.isdisjoint(clause):
        return None  # ("ei saanut, mutta melkein sai": a near miss, no yes)
    theirs = {b for _, n in c.accepted if shape_of(n).negative for w in n.split()
              if not finnish.is_verb(w) and w not in NEGATIONS for b in finnish.base_forms(w)}
    if not any(finnish.base_forms(w) & theirs for w in clause if not finnish.is_verb(w)):
        return None
    return next((m for m, v in c.mistakes.items() if v == "wrong"
                 and len(said := normalised(m).split()) == 1 and said[0] in clause
                 and finnish.only_a_verb(said[0])), None)


def _mistake_said_again(c: Case, read: YesAfterNo) -> str | None:
    """The longest wrong foreseen mistake (no no in it) the yes said again says: its verb the
    yes's, its other words the yes's or the no's (its thing: "en saa käynnistää konetta ja
    sitten käynnistän" says "käynnistän koneen"), a pronoun, a subject pronoun or a yes
    ("kyllä osaan" for "…, osaan silti"): the one with most words said."""
    def bases(words: Sequence[str]) -> set[str]:
        return {b for w in words for b in finnish.base_forms(w) | {w}}

    yes, both = bases(read.yes), bases(read.yes) | bases(read.no)
    said = [m for m, v in c.mistakes.items() if v == "wrong"
            and (words := normalised(m).split()) and EVERY_NO.isdisjoint(words)
            and any(finnish.is_verb(w) and bases([w]) & yes for w in words) | (
                not any(finnish.is_verb(w) for w in words) and bases(words) <= yes)
            and all(bases([w]) & both or w in _PRONOUNS or w in SUBJECT_PRONOUNS
                    or w in _A_YES_WORD for w in words)]

    def fit(m: str) -> tuple[int, int]:  # most words said, then fewest yes words not said
        words = normalised(m).split()
        return (sum(1 for w in words if bases([w]) & both),
                -sum(1 for w in words if w in _A_YES_WORD and w not in read.yes))

    return max(said, key=fit, default=None)


def _an_answers_no(c: Case, read: YesAfterNo) -> bool:
    """The no read is an accepted answer's (one says no with the same verb), or refuses a
    wrong foreseen mistake's deed ("käytän konetta")."""
    def verbs_of(text: str) -> set[str]:
        return {b for w in said_parts(text)[0] for b in finnish.base_forms(w)}

    return any(not NEGATIONS.isdisjoint(said_parts(a)[0]) and read.verbs & verbs_of(a)
               for a, _ in c.accepted) or \
        any(v == "wrong" and NEGATIONS.isdisjoint(said_parts(m)[0]) and read.verbs & verbs_of(m)
            for m, v in c.mistakes.items())


def _nearest_no(c: Case, read: YesAfterNo) -> str:
    """The accepted answer nearest the no said."""
    no = " ".join(read.no)
    return max((a for a, _ in c.accepted),
               key=lambda a: fuzz_module().ratio(no, " ".join(said_parts(a)[0])))


def _a_no_of_another_verb(said: Sequence[str], words: Sequence[str], verb: str) -> bool:
    """``words`` (an accepted answer with a no) deny a verb, not ``verb``'s, and start
    before ``verb`` in the answer ``said``."""
    verbs = [w for w in words if w not in NEGATIONS and finnish.is_verb(w)]
    return bool(verbs) and not any(finnish.same_lemma(w, verb) for w in verbs) and \
        words[0] in said and verb in said and said.index(words[0]) < said.index(verb)


def _its_thing_said(c: Case, verb: str) -> bool:
    """The answer says ``verb`` of a thing the accepted answers name ("… mene telineelle"
    beside "kaide puuttuu, en mene telineelle"), not of another ("… käytän portaita" beside
    "en käytä sitä"; sweep_carry_on)."""
    theirs = {b for _, n in c.accepted for w in n.split()
              if "nimisana" in finnish.word_classes(w) for b in finnish.base_forms(w)}
    after = c.words[c.words.index(verb) + 1:] if verb in c.words else []
    return any("nimisana" in finnish.word_classes(w) and finnish.base_forms(w) & theirs
               for w in after)


def denied_said_yes(c: Case) -> Judgement | None:
    """A verb the trainer's answers say only with a no, said with a yes: the answer reverses
    what they say, however much of one it says ("asukas kaatui yöllä ja loukkaantui" beside
    "asukas kaatui mutta ei loukkaantunut"). A foreseen mistake keeps its own words."""
    if c.open_question or not any(shape_of(n).negative for _, n in c.accepted):
        return None  # (most steps say no no: nothing to look up)
    if (doer := another_does_the_refused(c)) is not None:
        # "en käynnistä konetta, mutta työkaveri käynnistää sen": the danger stays
        c.note(f"'{doer}': another does the deed the learner refuses")
        return c.judgement("wrong", "negation", closest=_nearest_no_answer(c))
    if a_foreseen_mistake(c.words, c.mistakes):
        return None
    if (found := affirms_denied(c)) is None:
        if any(set(normalised(m).split()) <= set(c.words) for m in c.mistakes) or \
                (flipped := no_left_out(c)) is None:
            return None  # (a foreseen mistake said: its own reply, the rules after)
        # an answer's no said with a yes, beside a right one ("maitokaappi on kylmä,
        # jogurtit ovat lämpimiä"), which answer_inside would take: the opposite (judge47)
        c.note(f"'{flipped[0]}': '{flipped[1]}' said with a yes")
        c.closeness = fuzz_module().ratio(c.heard, normalised(flipped[1]))
        return c.judgement("wrong", "negation", closest=flipped[1])
    verb, turned = found
    if offered_later(c):
        return None  # "anteeksi, en ehdi nyt, voin tulla iltapäivällä": no yes of now
    if (repair := _a_repairers_clause(c)) is not None and verb in repair[0]:
        return _without_a_repairers_deed(c, *repair)  # "en käytä konetta, ilmoitan
        # työnjohtajalle ja huoltomies korjaa sen": no yes of the learner's (stop 42)
    another = _a_yes_after_its_no(c, verb)  # ("…, työkaveri menee", read once)
    if another is not None and _a_yes_of_another(c, verb, another):
        return _without_the_yes(c, another)  # "en mene sisään, sähkömies menee"
    heard = set(c.words)
    # (an answer said beside it with no no, or before it with a no of another verb:
    # "telineessä ei ole kaidetta, mene telineelle"; not a bare no, "sopii, ei", nor a yes
    # conceded first, "sopii mutta hän ei saa syödä sitä")
    beside = next((a for a, n in c.accepted if shape_of(n).wordset <= heard and (
        not shape_of(n).negative or (_a_no_of_another_verb(c.words, n.split(), verb) and
                                     _its_thing_said(c, verb)))), None)
    if beside is None and not turned and not (
            another is not None and _another_does_the_forbidden(c, another)):
        return None  # no answer said with it: the rules after judge it
    c.note(f"{verb}, which the accepted answers say only with a no"
           + (f", beside '{beside}'" if beside else ", after a no on its own"))
    if beside is not None:
        going_on = carried_on(c, outside(c.words, normalised(beside)))
        if going_on is not None and going_on.reason == "mistake":
            return going_on  # "… mutta käytän sitä silti": the step's own reply to it
        c.closeness = fuzz_module().ratio(c.heard, normalised(beside))
    return c.judgement("wrong", "negation", closest=beside)


def no_dropped(c: Case) -> Judgement | None:
    """An accepted answer's no left out, its word that asks for one kept ("kukaan
    loukkaantui" for "kukaan ei loukkaantunut": ``no_dropped.dropped_from``): almost, the
    whole answer to say, its reason ``no_left_out`` (the robot names the word: "Muista sana
    ei"). Before denied_said_yes, which would read the opposite."""
    if c.open_question or a_foreseen_mistake(c.words, c.mistakes) or any(
            verdict == "wrong" and set(normalised(m).split()) <= set(c.words)
            for m, verdict in c.mistakes.items()) or (
            original := dropped_from(c.words, c.written or c.said, c.accepted)) is None:
        return None  # (a foreseen mistake keeps its own reply: "oli ketään" says "oli")
    c.note(f"the no of '{original}' left out, its word that asks for a no kept")
    c.closeness = fuzz_module().ratio(c.heard, normalised(original))
    return c.judgement("almost", "no_left_out", closest=original,
                       detail=Detail(expected=normalised(original), heard=c.heard))


def repairers_deed(c: Case) -> Judgement | None:
    """A clause of a repairer's own deed beside the learner's answer ("en korjaa sitä itse,
    huoltomies korjaa sen"; ``_a_repairers_clause``): the answer judged without it, as the
    learner's own part alone is. After every rule that reads a mistake or a no in the whole
    answer ("korjaan sen itse, huoltomies korjaa sen" stays the mistake); not in an open or
    a repeat step."""
    if c.open_question or c.repeat or (repair := _a_repairers_clause(c)) is None:
        return None
    return _without_a_repairers_deed(c, *repair)


def vague_reason(c: Case) -> Judgement | None:
    """Where the step asks why (``vague_reason.asks_why``), danger named as the whole reason
    ("koska se on vaarallista") is the reason left out: almost (missing_words), the step's
    reason to say (``vague_reason.danger_alone``)."""
    if c.repeat or c.options or not danger_alone(c.words):
        return None  # (a choose step asks for an option: review54)
    why = asks_why(n for _, n in c.accepted)
    if why is None or any(danger_alone(n.split()) for _, n in c.accepted):
        return None  # (a step whose answer is the danger itself: its own rules)
    original = next(o for o, n in c.accepted if n == why)
    c.note(f"only that it is dangerous, where the step asks why ('{original}')")
    return c.judgement("almost", "missing_words", closest=original,
                       detail=Detail(expected=why, heard=c.heard))


def _a_repairers_clause(c: Case) -> tuple[list[str], list[str]] | None:
    """The answer's last clause, when its subject is a repairer (``unsaid.a_repairer``),
    first or after one word ("sitten huoltomies korjaa sen"), its verb of mending
    (``_MENDING``) in the third person right after it and nothing after the verb but its
    object ("sen", "koneen"), and the rest of the answer; None otherwise, where there is no
    rest, or where the step's accepted answers name a repairer themselves. Nothing more is
    left unweighed: how or when the mending is done ("… korjaa sen käynnissä", "… teipillä",
    "… ilman lukitusta"), a clause after it ("… ja minä autan", "… ja jatkan") — review54
    found each made right."""
    words, commas = said_parts(c.written or c.said)
    clauses = parts(words, commas)
    if not clauses:
        return None  # (nothing said but joins: "ja")
    theirs = clauses[-1]
    for k in range(min(2, len(theirs) - 1)):
        if a_repairer(theirs[k]) and _a_third_persons_verb(theirs[k + 1]) and \
                not _MENDING.isdisjoint(finnish.base_forms(theirs[k + 1])) and \
                all(_its_object(w) for w in theirs[k + 2:]) and len(theirs) - k - 2 <= 1:
            own = [w for p in clauses[:-1] for w in p]
            # (the step's words asked only now: an answer seldom names a repairer, and
            # every word of a new step would be read for one)
            if not own or _names_a_repairer(tuple(n for _, n in c.accepted)):
                return None  # the step's answers speak of the repairer: what it does is
                # the answer ("telineasentaja tulee ja korjaa" to "Kuka korjaa telineen?")
            return theirs, own
    return None


@lru_cache(maxsize=sizes.STEPS)
def _names_a_repairer(accepted: tuple[str, ...]) -> bool:
    """A word of the step's answers (normalised) names a repairer: once per step."""
    return any(a_repairer(w) for n in accepted for w in n.split())


def _its_object(word: str) -> bool:
    """An object pronoun, or a noun read only in an object's case (the thing mended)."""
    return word in _OBJECT_PRONOUNS or finnish.every_reading(
        word, lambda a: a.get("CLASS") == "nimisana"
        and a.get("SIJAMUOTO") in ("nimento", "omanto", "osanto"))


# what a repairer's trade is: mending, checking, coming to see — not using or starting what
# the learner leaves unused ("en käytä konetta, huoltomies käyttää sitä" stays wrong: the
# one called never uses it, session 41)
_MENDING = frozenset({"korjata", "huoltaa", "tarkistaa", "tarkastaa", "vaihtaa", "tulla",
                      "katsoa", "hoitaa", "kunnostaa", "paikata"})


def _a_third_persons_verb(word: str) -> bool:
    return any(a.get("PERSON") == "3" and a.get("CLASS") == "teonsana"
               for a in finnish.analyses(word))


def _without_a_repairers_deed(c: Case, theirs: list[str], own: list[str]) -> Judgement:
    """The answer judged without its repairer's clause ``theirs`` (``_a_repairers_clause``),
    as its ``own`` words: the deed the accepted answers refuse the learner ("en korjaa sitä
    itse") left to the one whose trade it is, as judge53 reads a repairer after the
    learner's own no of the verb (``_without_the_yes``)."""
    rest = judged_as(c, own)
    c.note(f"'{' '.join(theirs)}': a repairer's deed; '{' '.join(own)}' alone: {rest.verdict}")
    return c.judgement(rest.verdict, rest.reason, closest=rest.closest, matched=rest.matched)


def _nearest_no_answer(c: Case) -> str | None:
    """The accepted answer with a no nearest the answer (a reply names it)."""
    noes = [a for a, n in c.accepted if shape_of(n).negative]
    return max(noes, key=lambda a: fuzz_module().ratio(c.heard, normalised(a)), default=None)


def _a_yes_after_its_no(c: Case, verb: str) -> YesAfterNo | None:
    """``verb``, said with a yes after the learner's own no of it, where ``unsaid.py``
    reads that yes as no plain yes to the no (another doer, a question, words of its own);
    None otherwise."""
    read = yes_after_no(*said_parts(c.written)) if c.written else None
    return read if read is not None and read.kind == "other" and verb in read.yes else None


def _a_yes_of_another(c: Case, verb: str, read: YesAfterNo) -> bool:
    """The yes (``_a_yes_after_its_no``) is no yes to the no (judge48): a repairer doing
    it ("en mene sisään, sähkömies menee"), or one the step's answers name, where the deed
    is none the step forbids; a question ("en pääse, pääsetkö sinä") or another time ("en
    soita tänään, soitan huomenna"), where the deed is none the step forbids. Not another
    person alone ("en saa käynnistää sitä, kyllä saa"), a workmate ("en mene sisään,
    työkaveri menee"), nor another thing or manner said with it ("en käytä käsineitä,
    käytän hanskoja")."""
    forbidden = _a_forbidden_deed(c, _yes_bases(read))
    if _another_doer(read) and any(p == "3" for p, _ in finnish.persons(verb)):
        named = {b for a, _ in c.accepted for w in normalised(a).split()
                 for b in finnish.base_forms(w)}
        return any(map(a_repairer, read.own)) or (not forbidden and all(
            finnish.base_forms(w) & named for w in read.own))
    if forbidden:
        return False  # "en mene sisään tänään, menen huomenna", "…, saanko käynnistää sen"
    return read.why == "asks" or (all(_later(w) for w in read.own) and any(
        map(_later, read.no)))


def _the_steps_own_doer(c: Case, read: YesAfterNo) -> bool:
    """The yes's doer is named (a noun, no "hän" nor "joku") and is a repairer
    (``unsaid.a_repairer``) or one the step's accepted answers name ("sähköasentaja" of
    "soitan sähköasentajalle"), with no time of its own put on the deed ("… menee huomenna"
    is judged as before)."""
    if not read.own or any(w in THIRD_PERSONS or w in _SOMEONE or not a_subject(w)
                           for w in read.own):
        return False
    named = {b for a, _ in c.accepted for w in normalised(a).split()
             for b in finnish.base_forms(w)}
    return all(a_repairer(w) or finnish.base_forms(w) & named for w in read.own)


# someone with no name ("joku", "kuka tahansa"): no one the step leaves a deed to
_SOMEONE = frozenset({"joku", "jokin", "kuka", "muu", "toinen"})


def _another_does_the_forbidden(c: Case, read: YesAfterNo) -> bool:
    """After the learner's own no, someone who is no repairer does the deed the step forbids
    ("en mene sisään, mutta työkaveri menee": the no said, the room entered all the same;
    without "mutta" the no on its own turns it already)."""
    return _another_doer(read) and not any(map(a_repairer, read.own)) and \
        _a_forbidden_deed(c, _yes_bases(read))


def _another_doer(read: YesAfterNo) -> bool:
    """The yes's words of its own name who does it (a subject, a third person)."""
    return bool(read.own) and all(w in THIRD_PERSONS or a_subject(w) for w in read.own)


def _yes_bases(read: YesAfterNo) -> set[str]:
    """The yes's words and the no's verbs, by base form: the deed said again."""
    return {b for w in read.yes for b in finnish.base_forms(w)} | read.verbs


def _later(word: str) -> bool:
    """A time that puts a deed off ("huomenna", "maanantaina"; ``WHEN_WORDS``' days)."""
    return not NOT_NOW.isdisjoint(finnish.base_forms(word) | {word})


def _a_forbidden_deed(c: Case, bases: set[str] | frozenset[str]) -> bool:
    """A verb of ``bases`` (the yes's, the no's) is a wrong foreseen mistake's deed (no no
    in it) or entering, using or starting, which the step says only with a no ("saanko
    käynnistää sen" after "en saa käynnistää konetta")."""
    return bool(bases & (USING | _ENTERING)) or any(
        v == "wrong" and EVERY_NO.isdisjoint(words := normalised(m).split()) and any(
            finnish.is_verb(w) and finnish.base_forms(w) & bases for w in words)
        for m, v in c.mistakes.items())


_ENTERING = frozenset({"mennä", "astua", "koskea"})  # (into, onto, on a thing forbidden)


def _without_the_yes(c: Case, read: YesAfterNo) -> Judgement:
    """The answer judged without the other one's yes: almost at most (the yes is left
    unweighed); correct where the learner's own part is and the other is the one the step's
    answers call or name, or a repairer, doing the deed the step leaves to them ("en mene
    sisään, sähköasentaja menee" beside "soitan sähköasentajalle"; judge53)."""
    rest = judged_as(c, list(read.rest))
    c.note(f"'{' '.join(read.yes)}': another's deed; '{' '.join(read.rest)}' alone: "
           f"{rest.verdict}")
    if rest.verdict == "correct" and _the_steps_own_doer(c, read):
        c.note(f"'{' '.join(read.own)}': the one the step leaves the deed to")
        return c.judgement("correct", None, closest=rest.closest, matched=rest.matched)
    if rest.verdict == "correct":
        return c.judgement("almost", None, closest=rest.closest, matched=rest.matched)
    return c.judgement(rest.verdict, rest.reason, closest=rest.closest, matched=rest.matched)


# times that put a deed off from the one the no is of: "en tule tänään, tulen huomenna"
NOT_NOW = LATER | DAYS_OFF


def _refused(c: Case, left: list[str | None], answer: str) -> Judgement:
    """A right answer said with a no to a foreseen mistake (the words of ``left``, the
    answer's own None): correct, but almost
    (too_long: the answer alone to say) where every mistake it refuses is a deed the
    lesson wants done too, its reply says so (``Case.later``: "kerron hoitajalle": "Kerro
    myös raportissa"; "soitan esimiehelle": "Ensin paina hätäseis. Sitten soita
    esimiehelle."): "painan hätäseis enkä soita esimiehelle" says not to do it (issue 12,
    judge56). Only a no said after the answer, first in its words, on a verb in the form a
    no takes ("enkä soita"; not "…, ei pyyhin pöydät", "ei" of a contrast, "not that
    one", nor a contrast before it, "ei kerään tuotteet, luen ensin keräilylistan", nor
    the deed taken back, "… pyyhin pöydät, ei"). A refused wrong deed ("… enkä jatka
    työtä") or a near miss ("kerron esimiehelle enkä kerro työkaverille": "Melkein! Kerro
    esimiehelle.") stays right."""
    rest = [w for w in left if w is not None]
    start = next(i for i, w in enumerate(left) if w is not None)
    own = [w for w in rest if w not in MAIN_JOINS]  # ("ja en soita")
    if start == 0 or None in left[start:] or len(own) < 2 or own[0] not in NEGATIONS or \
            not _a_no_form(own[1]):
        return c.judgement("correct", closest=answer)
    # (a mistake wrong for its order, "laitan ensin tarran", is refused for that order)
    later = {m: v for m, v in c.mistakes.items()
             if m in c.later and ORDER_WORDS.isdisjoint(normalised(m).split())}
    others = {m: v for m, v in c.mistakes.items() if m not in later}
    if later and _no_to_a_mistake(replace(c, mistakes=later), rest) and \
            not _no_to_a_mistake(replace(c, mistakes=others), rest):
        c.note(f"{' '.join(rest)}: refuses a deed the lesson wants done too")
        return c.judgement("almost", "too_long", closest=answer,
                           detail=Detail(expected=normalised(answer), heard=c.heard))
    return c.judgement("correct", closest=answer)


def _a_no_form(word: str) -> bool:
    """A verb in the form a no takes ("soita" of "en soita", "kerää"), not one in a person
    of its own ("pyyhin")."""
    return any(a.get("CLASS") == "teonsana" and a.get("NEGATIVE") in ("both", "true")
               for a in finnish.analyses(word))


def _no_to_a_mistake(c: Case, rest: list[str]) -> bool:
    """What is said beside an accepted answer says no to one of the step's foreseen
    mistakes: "ei ole selvä, voitko toistaa" where "on selvä" is the mistake (set 11) – the
    learner turns the wrong answer down, then gives the right one; in other forms of its
    words, "mutta"/"enää" aside and a pronoun for the answer's thing ("otan käsineet pois
    enkä laita niitä enää käteen"); or a no on a verb of using a wrong mistake's own thing
    (``forbidden``: "menen ulos enkä ota hissiä" beside "käytän hissiä")."""
    # (the thing next to its verb: the rest has no "vaan", a filler, and "enkä käytä
    # portaita vaan hissiä" turns down the stairs)
    if any(w in NEGATIONS and using_verb(rest[k + 1]) and forbidden_said(c, rest[k + 1:k + 3])
           for k, w in enumerate(rest[:-2])):
        return True
    if (until := next((i for i, w in enumerate(rest) if i > 1 and rest[i - 1] not in NEGATIONS
                       and (w == "kunnes" or rest[i:i + 2] == ["ennen", "kuin"])), None)) \
            is not None and _mended(rest[until + 1:]):
        rest = rest[:until]  # "… en käytä sitä ennen kuin se on korjattu": no till it is
        # mended, by another (not "… ennen kuin esimies lähtee", a time to do it; nor "…
        # kunnes korjaan sen itse": review261-262)
    said = [_NOT_NEGATED.get(w, w) for w in rest
            if w not in NEGATIONS and w not in MAIN_JOINS and w not in _CONNECTIVES
            and w not in _NOT_MEANING]
    if not said:
        return False
    named = {b for w in c.words if w not in rest for b in finnish.base_forms(w)}
    # what the answer beside it says, turned down, says no to the answer itself ("pysäytän
    # koneen ja ilmoitan enkä pysäytä koneen"); the words said as many times as they are
    answer = {b for w in (Counter(c.words) - Counter(rest)).elements()
              for b in finnish.base_forms(w)}
    return not NEGATIONS.isdisjoint(rest) and any(
        _same_words(said, words, named) and not all(finnish.base_forms(w) & answer for w in words)
        and not (_a_measure(c, m, words) and _half_of(words, [n for _, n in c.accepted], answer))
        for m in c.mistakes if not shape_of(normalised(m)).negative
        for words in _said_of(c, m, rest))


def _mended(until: Sequence[str]) -> bool:
    """``until`` (what a no holds until) tells the thing mended, checked or safe, or leave
    given, by another: no no in it, no deed of the learner's ("kunnes oon sanonut
    esimiehelle", "ennen kuin oon katsonut sen itse", "kunnes esimies ei katso": review263),
    and a saying only of leave ("kunnes esimies sanoo että saa"). Only its own clause and
    those said of it ("kunnes saan sen korjattua | se voi olla vaarallinen": review267)."""
    until = until[:next((cl.start for cl in read_clauses(until)[1:] if not cl.sub),
                        len(until))]
    if not NEGATIONS.isdisjoint(until) or "itse" in until or any(
            p == "1" and not ("saada" in finnish.base_forms(w)  # (leave got: "kunnes saan
                              and not _PERMIT.isdisjoint(until[k + 1:k + 5]))  # luvan";
            for k, w in enumerate(until) for p, _ in finnish.persons(w)):  # not "saan sen
        return False  # korjattua", review265)
    return any(finnish.base_forms(w) & _MENDED or (
        finnish.base_forms(w) & {"sanoa", "antaa"} and not _LEAVE.isdisjoint(until[k + 1:k + 4]))
        for k, w in enumerate(until))


# what a no may hold until: the thing mended or checked, or safe ("en käytä sitä ennen kuin
# se on korjattu", "… kunnes se korjataan", "… kunnes saan luvan")
_MENDED = frozenset({"korjata", "vaihtaa", "tarkistaa", "tarkastaa", "huoltaa", "kunnostaa",
                     "katsoa", "kunto", "ehjä", "lupa", "korjaus", "turvallinen"})
_PERMIT = frozenset({"luvan", "lupa", "luvat"})  # (leave got: "saan esimieheltä luvan")
_LEAVE = _PERMIT | {"saa", "voi"}  # (leave given in words: "esimies sanoo että saa")


def _said_of(c: Case, mistake: str, rest: list[str]) -> list[list[str]]:
    """The words that say ``mistake`` (its no aside): all of them, and for a wrong one also
    without the place it names ("en hae takkia" turns down "haen takin pukuhuoneesta") and
    without its object pronoun (not an almost one's: "en ottanut pois" beside "otin ne
    pois" is no answer of its own; review54)."""
    words = [w for w in normalised(mistake).split() if w not in NEGATIONS]
    said = [words]
    if c.mistakes[mistake] == "wrong" and (kept := _place_left_unsaid(c, words, rest)) != words:
        said.append(kept)
    bare = [w for w in words if w not in _OBJECT_PRONOUNS]
    if c.mistakes[mistake] == "wrong" and len(bare) not in (len(words), 0) and \
            (len(bare) > 1 or finnish.only_a_verb(bare[0])):
        said.append(bare)  # its object pronoun left out, as a no leaves it: "en laittanut
        # hyllyyn" turns down "laitoin ne hyllyyn", "en myynyt" "myin ne" (set 34)
    if c.mistakes[mistake] == "wrong" and (at := next((
            i for i, (w, after) in enumerate(pairwise(words))
            if w in _OBJECT_PRONOUNS and finnish.word_classes(after) == _A_NOUN
            and finnish.case_numbers(w) & finnish.case_numbers(after)), None)) \
            is not None:
        said.append([*words[:at + 1], *words[at + 2:]])  # "this thing" said as "this":
        # "en käytä sitä" turns down "käytän sitä lavaa" (set 203)
    return said


_A_NOUN = frozenset({"nimisana"})


_OBJECT_PRONOUNS = _PRONOUNS - {"niiden", "siihen", "niihin"}  # se, sen, sitä, ne, niitä


# the learner's own no, or a command's: a refusal ("ei", "eikä" report what a thing does)
_REFUSING = frozenset({"en", "enkä", "emme", "emmekä", "älä", "äläkä", "älkää", "älkääkä"})


# words of a no's deed that leave none of it done: places and absolutes
_ABSOLUTE = frozenset({"enää", "ollenkaan", "koskaan", "yhtään", "silti", "eteen", "edessä",
                       "pois", "päälle", "alle", "taakse", "sinne", "tänne", "ulos", "sisään"})


def _whole_refusal(word: str) -> bool:
    """A word of a no's deed that leaves none of it done: its thing (a noun, a pronoun) or
    an absolute ("enää"); not a limit ("paitsi hetken", "kauan", "yksin", "ilman teippiä",
    "märkänä": the deed done in part; review47)."""
    if word in _ABSOLUTE:
        return True
    classes = finnish.word_classes(word)
    return bool(classes - {"teonsana"}) and classes <= {"nimisana", "asemosana", "teonsana"}


def _no_to_the_forbidden(c: Case, beside: list[str]) -> bool:
    """What is said beside an accepted answer (``beside``, "ja" where the answer was) is one
    clause of the learner's own no, and its deed, said with a yes, is what the step forbids
    (judge47): going on with what it stops ("ilmoitan esimiehelle, en käytä sitä", "… enkä
    jatka työtä": ``carried_on``), or an unsafe deed ("haen siivouskärryn enkä jätä sitä
    hätäuloskäynnin eteen": ``unsafe_deed``) — the no refuses it, and the answer stands. The
    no's verb said with a yes is its command (the connegative's form: "käytä sitä"), which
    those read as the learner's deed. Not a no of the answer's own deed ("ilmoitan
    esimiehelle, en ilmoita": nothing forbidden), nor of a measure ("… enkä pysäytä
    konetta"), nor a report ("kone ei toimi")."""
    own = list(beside)
    while own and own[0] in MAIN_JOINS | _CONNECTIVES:  # "ja", "mutta" before it or after
        own = own[1:]
    while own and own[-1] in MAIN_JOINS | _CONNECTIVES:
        own = own[:-1]
    if len(own) < 2 or own[0] not in _REFUSING or not finnish.is_verb(own[1]) or \
            len(main_clauses(own)) != 1 or not EVERY_NO.isdisjoint(own[1:]) or \
            "vaan" in own or any(finnish.persons(w) for w in own[2:]) or \
            not all(_whole_refusal(w) for w in own[2:]) or c.options:
        return False  # (a deed of its own after it: "… en käytä sitä vaan jatkan työtä")
    said = ["ja", *own[1:]]  # the deed as a command: "käytä sitä", "jätä sitä … eteen"
    kept = (c.closeness, None if c.notes is None else list(c.notes))
    try:
        forbidden = carried_on(c, said) is not None or unsafe_deed(c, said) is not None
    finally:
        c.closeness, notes = kept
        if c.notes is not None and notes is not None:
            c.notes[:] = notes
    if forbidden:
        c.note(f"'{' '.join(own)}': a no to what the step forbids")
    return forbidden


def _a_measure(c: Case, mistake: str, words: list[str]) -> bool:
    """A mistake a no to which may refuse a measure: a wrong one, or half an answer that
    stops the work ("pysäytän koneen", almost where the answer is stop and tell); not half
    an answer that tells one more ("kerron työkaverille" of "kerron työkaverille ja
    ilmoitan esimiehelle": "kerron esimiehelle enkä kerro työkaverille" is right)."""
    return c.mistakes[mistake] == "wrong" or any(
        finnish.base_forms(w) & STOPPING for w in words)


def _half_of(mistake: list[str], accepted: list[str], said: set[str]) -> bool:
    """The mistake (a measure: ``_a_measure``) is the first half at "ja" of an accepted
    answer, by base forms — the measure done first ("pysäytän koneen" of "pysäytän koneen
    ja ilmoitan työnjohtajalle") —, and no such two-part answer is said whole beside it
    (base forms ``said``): "kerron työnjohtajalle enkä pysäytä konetta" leaves the machine
    running."""
    halves = [n.split(" ja ")[0].split() for n in accepted if " ja " in f" {n} "]
    if not any(_same_words(mistake, h, set()) for h in halves):
        return False
    whole = [n.split() for n in accepted if " ja " in f" {n} "]
    return not any(all(w == "ja" or finnish.base_forms(w) & said for w in n) for n in whole)


# words that carry no meaning of their own in a no ("en laita niitä enää käteen")
_NOT_MEANING = frozenset({"vaan", "enää", "koskaan", "kuitenkaan", "myöskään"})


def _same_words(said: list[str], mistake: list[str], named: set[str]) -> bool:
    """The mistake's words in its order, each as written or in another form of it, or as a
    pronoun for a thing the answer names: a no says "en laita niitä käteen" of "laitan
    käsineet käteen" beside "otan käsineet pois"."""
    return len(said) == len(mistake) and all(
        s == m or not finnish.base_forms(s).isdisjoint(finnish.base_forms(m)) or
        (s in _PRONOUNS and not finnish.base_forms(m).isdisjoint(named))
        or (m in _PRONOUNS and not finnish.base_forms(s).isdisjoint(named))
        for s, m in zip(said, mistake, strict=True))


# a verb as a no says it, as its yes does: "ei ole selvä" says no to "on selvä"
_NOT_NEGATED = {"ole": "on"}


def _another_time_than_asked(c: Case, left: list[str | None]) -> str | None:
    """A time said beside the answer that puts its deed after where the question asks of
    before ("pesen kädet töiden jälkeen", "…aina töiden jälkeen", "…, puen ne käynnin
    jälkeen" to "…ennen työtä?"): that word, else None (``left``: the answer's words, those
    of the accepted answer found in it None). Only a question's time, and only where its
    part says no other deed, and no "ja" before it nor a "kun" clause of a deed after it
    tells another deed's time or a time said as well ("…ja sen jälkeen desinfioin ne",
    "…, ja tietysti vessan jälkeen", "…, myös tauon jälkeen", "…, tarkistan sen tauon
    jälkeen"; review123-127)."""
    extra = [w for w in left if w is not None]
    at = next((k for k, w in enumerate(extra) if w in _AFTER), None)
    if at is None or "?" not in c.situation or \
            "ennen" not in (question := re.findall(r"\w+", c.situation.casefold())) or \
            _after_a_deed_joined(c, left, at) or _a_kun_clauses_time(extra, at) or (
            extra[at + 1:at + 2] == ["kun"] and any(
                finnish.is_verb(w) and _NO_DEED.isdisjoint(finnish.base_forms(w))
                for w in extra[at + 2:])) or \
            not _AS_WELL.isdisjoint(extra) or any(
                w == "ja" and _AS_WELL_AFTER_JA.intersection(extra[k + 1:k + 2])
                for k, w in enumerate(extra)) or \
            _again_apart(c.written):
        return None
    asked = {b for w in (*(w for w, x in zip(c.words, left, strict=True) if x is None),
                         *question)
             for b in finnish.base_forms(w)}  # (the answer's deed, or the question's)
    # (the time's own part: to a "ja" after it, where another deed may follow: "…myöhemmin
    # ja aloitan työt" puts the answer's deed off)
    end = next((k for k in range(at, len(extra)) if extra[k] == "ja"), len(extra))
    if any(finnish.is_verb(w) and _NO_DEED.isdisjoint(bases := finnish.base_forms(w)) and
           not _the_same_deed(bases, asked, extra) for w in extra[:end]):
        return None
    return extra[at]


def _after_a_deed_joined(c: Case, left: list[str | None], at: int) -> bool:
    """The ``at``-th word beside the answer (a time) stands after a "ja" that tells another
    time than the answer's deed's: a "ja" said beside the answer before a clause with a verb
    ("…ja sen jälkeen desinfioin ne"), the answer's second deed's time after its first
    ("pesen kädet ja desinfioin ne jälkeenpäin"), or the time alone, said as well ("…, ja
    tauon jälkeen", "…ja uudestaan tauon jälkeen"); after a comma, a clause of its own with
    a verb, or another thing's time ("pesen kädet, ja kasvot illalla"). Not after a "ja" of
    the answer's things nor with "vasta", where the time is the answer's deed's ("pesen
    kädet ja kasvot töiden jälkeen", "…, ja vasta illalla", "…ja sit vasta myöhemmin":
    wrong; review128, review130-133)."""
    words = c.words
    place = [k for k, x in enumerate(left) if x is not None][at]
    ja = max((k for k in range(place) if words[k] == "ja"), default=None)
    if ja is None:
        return False
    end = next((k for k in range(place + 1, len(words)) if words[k] == "ja"), len(words))
    clause = [w for w in words[ja + 1:end] if w != words[place]]
    if any(map(finnish.is_verb, clause)):
        return left[ja] is not None or (ja in comma_cuts(words, c.written) and  # (a clause
                                        "vasta" not in clause) or (
            # of its own after a comma, "pesen kädet, ja desinfioin ne aina vessan jälkeen";
            # …or said of the deed before, "jälkeenpäin")
            (words[place] in _SAID_OF_THE_DEED_BEFORE or words[place - 1:place] == ["sen"])
            and _a_deed_in(words[ja + 1:place]) and _a_deed_in(words[:ja]) and
            not _a_finite_verb(words[ja - 1]))  # (the first with its own object: not "pesen
    # ja desinfioin kädet myöhemmin", both put off; review131)
    between = words[ja + 1:place]
    while words[place] == "jälkeen" and between and (  # (the time's own nouns, an unknown
            "omanto" in finnish.cases(between[-1]) or  # word among them: "…ja raa'an
            finnish.is_word(between[-1]) is False):  # kananmunan jälkeen uudelleen")
        between = between[:-1]
    if "vasta" in between:
        return False
    things = [w for w in between if "nimisana" in finnish.word_classes(w)]
    if ja in comma_cuts(words, c.written) and things and all(  # (another thing's time,
            w not in _AS_WELL_JOINED and not _the_answers_thing(w, c) for w in things):
        return True  # after a comma: "pesen kädet, ja kasvot illalla"; not the answer's
        # own, "laitan suojalasit, ja (suoja)käsineet myöhemmin", "…, ja hanskat kaverin
        # kanssa myöhemmin"; review133-134)
    return all(w in _AS_WELL_JOINED for w in between)


def _the_answers_thing(word: str, c: Case) -> bool:
    """``word`` names a thing of the step's answers, itself or its compound's head
    ("käsineet" of "suojakäsineet"; review133)."""
    said = steps_bases(tuple(n for _, n in c.accepted), ())  # (made once a step)
    return any(a.endswith(b) or b.endswith(a) for b in finnish.base_forms(word) for a in said
               if len(b) > 3 and len(a) > 3)


def _a_kun_clauses_time(extra: Sequence[str], at: int) -> bool:
    """The time beside the answer (``extra[at]``) is a "kun" clause's own, a deed said in
    it: "…päähän kun menen halliin illalla" (review131); not a time for it ("…kun ehdin
    myöhemmin"), one of after ("…kun olen käynyt huoneessa jälkeenpäin"; review132), nor
    "myöhemmin", which puts it off with the clause ("…kun lähden myöhemmin", fails safe:
    "…kun menen myöhemmin" is wrong too; review134)."""
    kun = next((k for k in range(at) if extra[k] == "kun"), None)
    return kun is not None and extra[at] not in _SAID_OF_THE_DEED_BEFORE and \
        _a_deed_in(extra[kun + 1:at]) and not any(  # (not "kun olen käynyt…", "kun
            finnish.is_participle(w) for w in extra[kun + 1:at])  # lähden myöhemmin")


def _a_deed_in(words: Sequence[str]) -> bool:
    """A finite verb of a deed among ``words`` (not "suojatakin", also a verb's form)."""
    return any(_a_finite_verb(w) and _NO_DEED.isdisjoint(finnish.base_forms(w))
               for w in words)


_AS_WELL_JOINED = frozenset({"sit", "sitten", "sen", "taas", "uudelleen", "uudestaan", "joka",
                             "jokaisen", "aina", "uudet"})  # ("…ja joka tauon jälkeen",
# "…, ja uudet käynnin jälkeen")
_SAID_OF_THE_DEED_BEFORE = frozenset({"jälkeenpäin", "myöhemmin"})


def _the_same_deed(said: frozenset[str], asked: set[str], rest: Sequence[str]) -> bool:
    """A verb said beside the answer is the asked deed again: its own verb, or one of its
    group (putting gear on, washing), and no "pois" ("…, pesen ne töiden jälkeen", "…, puen
    ne käynnin jälkeen"; not "…, tarkistan sen tauon jälkeen", "…, otan sen pois …")."""
    if not said.isdisjoint(asked) or "tehdä" in said:  # ("…, teen sen työn jälkeen")
        return True
    return "pois" not in rest and any(said & group and asked & group for group in _DEEDS_ALIKE)


# verbs beside the answer that tell no deed of their own: when there is time, can, must
_NO_DEED = frozenset({"ehtiä", "olla", "voida", "saada", "pitää", "täytyä", "kerkiä", "keritä"})
_DEEDS_ALIKE = (frozenset({"laittaa", "pukea", "panna", "pistää", "käyttää", "ottaa"}),
                frozenset({"pestä", "desinfioida"}))


_AFTER = frozenset({"jälkeen", "myöhemmin", "jälkeenpäin", "illalla", "huomenna"})
_AS_WELL = frozenset({"myös", "sekä", "ennen"})
_AS_WELL_AFTER_JA = frozenset({"aina", "myös", "tietysti", "kans", "kanssa"})  # ("…, ja
# tietysti vessan jälkeen"; not "laitan hiusverkon tietysti myöhemmin": review128)
_AGAIN_APART = re.compile(r",\s*(taas|uudelleen|uudestaan)\b")  # ("…, taas tauon jälkeen")


def _again_apart(written: str) -> bool:
    """``written`` says the deed again after a comma ("pesen kädet, taas tauon jälkeen"),
    with no later time before it ("pesen kädet myöhemmin, taas huomenna"; review129)."""
    said = written.casefold()
    m = _AGAIN_APART.search(said)
    return m is not None and _LATER_BEFORE.isdisjoint(re.findall(r"\w+", said[:m.start()]))


_LATER_BEFORE = _AFTER | {"vasta", "lopuksi"}  # ("…lopuksi, taas huomenna"; review130)


def _a_wish_of_care(rest: list[str]) -> bool:
    """``rest`` forbids only a mishap that would befall the listener ("älä liukastu",
    "älkää kaatuko", "älä satuta itseäsi"): a warning's own care said beside it, no no of
    anything the step asks (set 56, both trainers: "varo, lattia on märkä, älä liukastu"
    is right)."""
    return 2 <= len(rest) <= 3 and rest[0] in PROHIBITIVE and \
        not _MISHAPS.isdisjoint(finnish.base_forms(rest[1])) and \
        all(w in _ONESELF for w in rest[2:])


_MISHAPS = frozenset({"liukastua", "kaatua", "kompastua", "pudota", "loukkaantua",
                      "satuttaa", "polttaa", "loukata"})
_ONESELF = frozenset({"itseäsi", "itseänne", "itsesi", "itsenne", "vaan", "nyt"})


def _own_no(c: Case, words: list[str], left: list[str | None], rest: list[str]) -> bool:
    """A no of the learner's own, in a clause of its own joined by "ja", where the trainer's
    answers have such a clause too: "en koske siihen ja kerron esimiehelle" beside "en käytä
    sitä ja ilmoitan esimiehelle". Not a no of what an accepted answer does ("en ilmoita ja
    ilmoitan"), which says the opposite of itself. With no "ja", only the no an accepted
    answer says after a clause of its own (``_own_no_without_ja``)."""
    nos = [(a, b) for a, b in pairwise(rest) if a in NEGATIONS]  # what is not done
    if not nos:
        return False
    # also joined by "ja", "enkä": "olen sairas ja en tule tänään" is no worse than without
    without = _own_no_without_ja(c, words, left, nos)
    if without or "ja" not in words:
        return without
    if not any(shape_of(n).negative and " ja " in f" {n} " for _, n in c.accepted):
        return False
    cut = words.index("ja")
    own = [i for i, w in enumerate(left) if w is not None and w in rest]
    if not (all(i < cut for i in own) or all(i > cut for i in own)):
        return False  # the no is not a clause of its own
    done = {b for _, n in c.accepted if not shape_of(n).negative
            for a in n.split() for b in finnish.base_forms(a)}
    return all(done.isdisjoint(finnish.base_forms(v)) for _, v in nos)


def _own_no_without_ja(c: Case, words: list[str], left: list[str | None],
                       nos: list[tuple[str, str]]) -> bool:
    """A no with no "ja" (speech has no full stops): one run of words beside the accepted
    answer that opens with a no and its verb, where an accepted answer says a no of that
    verb after a clause of its own ("olen sairas en pääse tänään" beside "olen sairas en
    pääse töihin", set 16; the lexicon reads "en tule tänään" so). Any other verb is a no
    the step never asks for: "ilmoitan esimiehelle en sammuta" says no to what the step may
    want done."""
    negated = {p for _, n in c.accepted for p in _negated_after_a_clause(n.split())}
    said = {w for w in left if w is not None and w not in FRAME_WORDS}
    if left[0] is not None and any(_said_in(said, clause, c) for _, n in c.accepted
                                   for clause in [_opening_no_clause(n.split())]):
        return _a_no_clause_beside(words, left)  # (the learner's no first, in words of an
        # answer's own opening no: "en jaksa yksin, nostetaanko yhdessä" beside "en jaksa
        # nostaa tätä yksin voitko auttaa", set 159; not "en käytä suojalaseja, ilmoitan
        # …" beside "en käytä sitä ja ilmoitan …", review223)
    return bool(negated) and _a_no_clause_beside(words, left) and all(
        any((_without_its_and(no), base) in negated for base in finnish.base_forms(v))
        for no, v in nos)


def _without_its_and(no: str) -> str:
    """A no without the "and" of its -kä: "enkä" says "ja en"."""
    return no[:-2] if no.endswith(("kä", "ka")) and no[:-2] in NEGATIONS else no


def _negated_after_a_clause(words: list[str]) -> set[tuple[str, str]]:
    """Each no an answer says after a clause of its own, with the base forms of its verb:
    ("en", "päästä") in "olen sairas en pääse töihin" (the no's own word carries its person:
    "en käynnistä" says no of another deed than "auto ei käynnistynyt"). The clause's verb is
    one in a person with no reading as a noun ("pakastin", "hylly" are no verbs here)."""
    out: set[tuple[str, str]] = set()
    for i, w in enumerate(words[:-1]):
        if i and w in NEGATIONS and any(_a_finite_verb(x) for x in words[:i]):
            out |= {(w, base) for base in finnish.base_forms(words[i + 1])}
    return out


def _said_in(said: set[str], clause: frozenset[str], c: Case) -> bool:
    """``said`` are words of ``clause``, or things for its things: a pronoun, or a noun the
    step's question or answers name, no safety thing ("en korjaa konetta", "en koske
    siihen" of "en korjaa sitä …", "en koske johtoon …" where "Kone ei toimi"; not "en
    käytä suojalaseja", "en käytä varoituskylttiä", "en käytä hissiä": review223, 224)."""
    more = said - clause
    if not clause or not more:
        return bool(clause)
    things = [w for w in clause if w in STAND_INS or finnish.word_classes(w) == {"nimisana"}]
    named = steps_bases(tuple(n for _, n in c.accepted), (c.situation,))
    return len(more) <= len(things) and all(
        w in STAND_INS or (finnish.word_classes(w) == {"nimisana"} and
                           not _a_safety_thing(w) and bool(finnish.base_forms(w) & named))
        for w in more)


def _a_safety_thing(word: str) -> bool:
    """Protective gear, a warning or a safety device ("suojalasit", "varoituskyltti",
    "hätäseis", "turvakengät"): what a no of one's own may never refuse."""
    return bool(gear_useless.gear_in([word])) or any(
        part in b for b in finnish.base_forms(word) | {word} for part in _SAFETY_PARTS)


_SAFETY_PARTS = ("suoja", "varoitus", "kyltti", "hätä", "turva", "kaide", "valjas", "kypärä")


def _opening_no_clause(words: list[str]) -> frozenset[str]:
    """The words of the no an answer opens with, its verb and what it says up to a clause
    of its own (a verb read only in a person after it, not "nostaa", an infinitive too):
    {"en", "jaksa", "nostaa", "tätä", "yksin"} of "en jaksa nostaa tätä yksin voitko
    auttaa"; empty where it opens otherwise."""
    if len(words) < 3 or words[0] not in NEGATIONS or not finnish.is_verb(words[1]):
        return frozenset()
    end = next((k for k in range(2, len(words)) if only_finite(words[k])), None)
    return frozenset() if end is None else frozenset(words[:end])


def _a_finite_verb(word: str) -> bool:
    return bool(finnish.persons(word)) and finnish.only_a_verb(word)


def _a_no_clause_beside(words: list[str], left: list[str | None]) -> bool:
    """What the learner says beside the accepted answer is one run of words, before or
    after it, that opens with a no and its verb: a clause of its own ("olen sairas | en
    tule tänään", set 16)."""
    beside = [i for i, w in enumerate(left) if w is not None]
    if len(beside) < 2 or not _one_run(left):
        return False
    no = beside[0] + (words[beside[0]] == "ja" and len(beside) > 2)  # "ja en tule"
    # the no's own verb right after it ("en tule", not "en töihin"), at an end of the answer
    return words[no] in NEGATIONS and finnish.is_verb(words[no + 1]) and \
        (beside[0] == 0 or beside[-1] == len(words) - 1)


def find_closest(c: Case) -> Judgement | None:
    """Not a rule of its own: finds the closest accepted answer for the rules after it."""
    ratio, heard = fuzz_module().ratio, c.heard
    closest, closeness = None, 0.0
    for a, n in c.accepted:  # the first of the closest, as max() finds it
        score = ratio(heard, n)
        if closest is None or score > closeness:
            closest, closeness = a, score
    c.closest, c.closeness = closest, closeness
    if c.notes is not None:  # (the note is worded only for --explain)
        c.note(f"'{c.closest}', {c.closeness:.0f} of 100" if c.closest else "no accepted answer")
    return None


# the no of a contrast: "ei", or said as a no of the learner's own or with "and"
# ("painan hätäseis, en virtakytkintä", "jaloilla eikä selällä")
_CONTRAST_NO = frozenset({"ei", "eikä", "en", "enkä"})
# what a thing named after such a no is (Voikko's classes): a noun, a numeral, a name, an
# adjective beside one; words of time and hedges Voikko also reads as nouns or names are none
# ("pesen kädet, en aina", "en oikeastaan", "en ikinä": the learner's own deed hedged)
_NAMED_THING = frozenset({"nimisana", "lukusana", "nimisana_laatusana"}) | finnish.NAME_CLASSES
_NOT_THING = frozenset({"seikkasana", "sidesana", "suhdesana", "asemosana", "teonsana",
                        "kieltosana", "huudahdussana"})
_HEDGES = frozenset({"ikinä", "aina", "oikeastaan", "oikeasti", "nyt", "tänään", "huomenna",
                     "varmaan", "varmasti", "yhtään", "kyllä", "koskaan", "kuitenkaan",
                     "tietenkään", "itse", "enää", "vielä", "heti", "ehkä", "kun", "joka",
                     "kerta", "kertaa", "aamulla", "illalla", "myöhemmin", "todella",
                     "tosiaan", "tietysti", "melkein", "juuri"})


def _names_a_thing(tail: list[str]) -> bool:
    """Whether ``tail`` names a thing: each word a noun, numeral, name or adjective (no
    participle), one of them no adjective, none a hedge nor said with -kaan/-kään
    ("en todellakaan")."""
    classes = [finnish.word_classes(w) for w in tail]
    return not any(w in _HEDGES or w.endswith(("kaan", "kään")) or not k or
                   not k.isdisjoint(_NOT_THING) or finnish.is_participle(w)
                   for w, k in zip(tail, classes, strict=True)) and \
        any(not k.isdisjoint(_NAMED_THING) for k in classes)


def contrast(c: Case) -> Judgement | None:
    """A right answer, then "ei" (or "en", "eikä", "enkä") and what it is not, with no verb:
    "kymmeneltä, ei yhdeksältä" answers as "kymmeneltä" does, the no is of the other thing
    (set 8). The rest
    is judged as said without the tail; a tail that names the accepted answer's own words
    ("yhdeksältä ei kymmeneltä") is no contrast. Where an accepted answer of the step says no,
    the tail must name a thing ("kerron hoitajalle, ei lääkärille"; not "… ei koskaan"), and
    the answer the rest matches must not say no itself (its no may be its own)."""
    words = c.words
    cut = next((i for i, w in enumerate(words) if i and w in _CONTRAST_NO), None)
    if cut is None or (words[cut] != "ei" and (c.options or c.repeat)):
        return None  # (a choose or repeat step: only "ei", as before)
    head, tail = words[:cut], words[cut + 1:]
    if (words[cut], *tail) in REASSURING:
        return None  # "…, ei hätää" reassures, it turns no thing down (courtesy; review192)
    if tail[:1] == ["kun"] or (words[cut] == "ei" and _LONE_NO.search(c.written)) \
            or words[cut - 1] == "että":
        return None  # "…, ei, kymmenen", "… ei kun kolmoselle": a self-repair, not "not X";
        # "etten" (että en) tells, no contrast
    if any(shape_of(n).negative for _, n in c.accepted) and not _names_a_thing(tail):
        return None  # where an answer says no, only a thing turned down is a contrast:
        # "kerron hoitajalle ei koskaan", "akku on loppu ja akku ei sen" say no of a deed
    if not tail or any(w in NEGATIONS for w in head) or any(
            w in NEGATIONS or finnish.is_verb(w) for w in tail):
        return None
    if words[cut] != "ei" and not _names_a_thing(tail):
        return None  # "en virtakytkintä", not "en koskaan", "en sitä" ("ei" as on main)
    if _its_own_thing(c, tail):
        return None  # (the answer's own thing turned down; not another of its kind: "painan
        # hätäseis, ei vihreää nappia", review194)
    # as said without the tail, and without a thing it turns down ("uunissa, liedellä ei
    # koskaan": the head names liedellä, the whole answer refuses it) — only a "never"
    # refuses: "menen ulos hissillä ei väliä / ei huolta" shrugs the mistake off (the final
    # combined review)
    j = _judged_without_refused(c, words, head, range(len(head)), after=False) \
        if set(tail) <= _NEVER else judged_as(c, head)
    c.note(f"'{' '.join(head)}', then ei {' '.join(tail)}: {j.verdict}")
    if j.verdict != "correct" or _says_no(c, j.closest):
        return None  # where the answer itself says no, the no may be the answer's own
    return c.judgement("correct", closest=j.closest)


def _its_own_thing(c: Case, tail: Sequence[str]) -> bool:
    """``tail`` (after a contrast's no) names what an accepted answer says: each of its
    words but a time that answer's by base form, or a noun made of its verb ("ei koneen
    sammutusta" beside "sammutan koneen"; "ei kypärää tänään": review195)."""
    said = [w for w in tail if w not in WHEN_WORDS and w not in LATER]
    for _, n in c.accepted:
        theirs = told_bases(n)
        if said and all(finnish.base_forms(w) & theirs or any(
                root in theirs for root, _ in finnish.derived_from(w)) for w in said):
            return True
    return False


def _says_no(c: Case, original: str | None) -> bool:
    """The accepted answer written ``original`` says no ("en voi antaa lääkettä, kerron
    hoitajalle"): a no after it may be its own, not a contrast. An answer not found (None)
    is taken to say no."""
    return next((shape_of(n).negative for o, n in c.accepted if o == original), True)


_NEVER = frozenset({"koskaan", "ikinä", "milloinkaan"})  # a no that refuses, not shrugs
_NO_WRITTEN_APART = re.compile(r"\s*ei\s*[,.;:!?–—…-]", re.IGNORECASE)  # "ei, …"
_LONE_NO = re.compile(r"[,;]\s*ei\s*[,.;:!?–—…]", re.IGNORECASE)  # "…, ei, kymmenen"


def _judged_without_refused(c: Case, words: list[str], part: list[str], where: range,
                            after: bool) -> Judgement:
    """``part`` of ``words`` judged as said; where that is a foreseen mistake by a thing
    (``forbidden_said``) that the whole answer turns down, ``part`` without the things at
    ``where``: the words after the last (``after``) or those before the first."""
    j = judged_as(c, part)
    if j.reason != "mistake" or forbidden_said(c, words) is not None:
        return j
    things = [i for i in where if forbidden_said(c, part[i:i + 1]) is not None]
    if not things:
        return j
    return judged_as(c, part[things[-1] + 1:] if after else part[:things[0]])


def not_but(c: Case) -> Judgement | None:
    """A no of another thing, then "vaan" and a right answer: "en tule yhdeksältä vaan
    kymmeneltä", "en käytä rullakkoa vaan pumppukärryä" answer as "kymmeneltä" and
    "pumppukärryä" do: the no is of what comes before "vaan". Not where the accepted answers
    say no (the no may be the answer), nor a no of what an accepted answer says ("en pyydä
    apua vaan nostan yksin"), nor a no right before "vaan", which says "just" ("kone ei
    vaan käynnisty"); not in a choose or repeat step."""
    words = c.words
    if "vaan" not in words or c.options or c.repeat or \
            any(shape_of(n).negative for _, n in c.accepted):
        return None
    cut = words.index("vaan")
    head, tail = words[:cut], words[cut + 1:]
    if not tail or not head or head[-1] in NEGATIONS or NEGATIONS.isdisjoint(head) or \
            not NEGATIONS.isdisjoint(tail) or \
            contradicts(head, [n for _, n in c.accepted]):
        return None
    verbs = [w for w in head if w not in NEGATIONS and finnish.is_verb(w)]
    # the head's verb in the accepted answers' own form ("en käytä rullakkoa vaan
    # pumppukärryä" says "käytän pumppukärryä"), as said too (the lexicon reads "en tule" as
    # "en pääse")
    said = c.said.split()
    told = verbs + [w for w in said[:said.index("vaan")] if finnish.is_verb(w)] \
        if "vaan" in said else verbs
    theirs = [a for _, n in c.accepted for a in dict.fromkeys(n.split())
              if finnish.is_verb(a) and any(finnish.same_lemma(a, v) for v in told)]
    if not _no_to_a_mistake(c, head) and (not _one_slot(head, tail, verbs) or (
            verbs and not theirs and not any(finnish.is_verb(w) for w in tail))):
        return None  # a no of another deed: "en laita kypärää vaan ilmoitan esimiehelle",
        # "en laita suojalaseja silmille vaan työnjohtajalle"
    tries = [tail, *([a, *tail] for a in theirs)]
    for said in tries:
        j = judged_as(c, said)
        c.note(f"no to '{' '.join(head)}', then vaan '{' '.join(said)}': {j.verdict}")
        if j.verdict == "correct":
            return c.judgement("correct", closest=j.closest)
    return None


def _one_slot(head: list[str], tail: list[str], verbs: list[str]) -> bool:
    """What "vaan" sets against the no is the same slot: the no's verb again ("en tule
    yhdeksältä vaan tulen kymmeneltä") or, with no verb after "vaan", a thing in the case of
    one the no names ("rullakkoa … vaan pumppukärryä", "yhdeksältä vaan kymmeneltä")."""
    theirs = [w for w in tail if finnish.is_verb(w)]
    if theirs:
        return any(finnish.same_lemma(v, t) for v in verbs for t in theirs)
    cases = {k for w in head if w not in NEGATIONS and w not in verbs
             and w not in SUBJECT_PRONOUNS for k, _ in finnish.case_numbers(w)}
    # a no's object is partitive, its yes's total object is not ("en laita pipoa vaan
    # kypärän"); not a number said for a thing ("montako kappaletta en tee vaan kaksikymmentä")
    total = cases | ({"nimento", "omanto"} if "osanto" in cases else set())
    return any(not (cases if is_number(w) else total).isdisjoint(
        k for k, _ in finnish.case_numbers(w)) for w in tail)


# What an acknowledgement is said with: a yes, an okay, a thanks (not a no).
_ACKNOWLEDGING = (ACKNOWLEDGEMENTS - NEGATIONS - {"no"}) | {"kiitos"}


def acknowledged(c: Case) -> Judgement | None:
    """Acknowledgements said together, each of them one the step takes in an answer of
    only such words: "okei hyvä" where "okei kiitos" and "hyvä kiitos" are accepted (set 9).
    Not a word the step does not take as one ("joo" where it takes "selvä kiitos")."""
    words = c.words
    if len(words) < 2 or not _ACKNOWLEDGING.issuperset(words):
        return None
    own = [(a, n.split()) for a, n in c.accepted if _ACKNOWLEDGING.issuperset(n.split())]
    taken = {w for _, said in own for w in said}
    if not own or not all(w in taken or any(lexicon.equivalent(t, w) == "same" for t in taken)
                          for w in words):
        return None
    c.note("acknowledgements the step takes, said together")
    return c.judgement("correct", closest=own[0][0])


def no_then_answer(c: Case) -> Judgement | None:
    """"ei" on its own, before a right answer that says no verb of the "ei": the no answers
    the question ("Miten työ sujuu?" – "ei hyvin, porakone on rikki"), the statement after
    it is the answer (set 9). Not where a yes begins an accepted answer, nor where the no
    is a foreseen mistake: there the no is what the step asks."""
    words = c.words
    if len(words) < 3 or words[0] != "ei" or words[1] in NEGATIONS or \
            finnish.is_verb(words[1]) or \
            any(normalised(m) == "ei" for m in c.mistakes) or \
            any(n.split()[0] in YES for _, n in c.accepted):
        return None
    rest = words[1:]
    if not any(finnish.is_verb(w) for w in rest):
        return None  # "ei hyvin": no statement after the no
    verb = next(i for i, w in enumerate(rest) if finnish.is_verb(w))
    # "ei hissillä, menen ulos": the no is on the mistake's thing, the rest the answer —
    # where a verb in a person follows, the rest is no foreseen mistake whole ("ei
    # puolen tunnin päästä": 'päästä' read as a verb), and the no is not written apart
    # ("ei, jarrunesteellä huuhtelen silmän" says no, then the mistake; the final reviews)
    j = _judged_without_refused(c, words, rest, range(verb), after=True) \
        if finnish.persons(rest[verb]) and " ".join(rest) not in {
            normalised(m) for m in c.mistakes} and not _NO_WRITTEN_APART.match(c.written) \
        else judged_as(c, rest)
    c.note(f"ei, then '{' '.join(rest)}': {j.verdict}")
    if j.verdict != "correct" and (m := _mistake_after_but(c, rest[1:], words)) is not None:
        return as_mistake(c, m)  # "ei, mutta yksi mies oli alla": the no taken back
    return c.judgement("correct", closest=j.closest) if j.verdict == "correct" else None


def time_range(c: Case) -> Judgement | None:
    """An hour said as a span, from one to another: "seitsemästä viiteentoista" names when
    work starts and when it ends (set 12). Right where its start, said alone, is a right
    answer, or its end where the accepted answers speak of an end ("vuoro loppuu kello
    kaksi"). Where that half is a foreseen mistake, the span is that mistake ("seitsemästä
    kuuteen" where work starts at six and seven is the mistake); the other half may be one
    (a mistake's hour is often the span's other end: "seitsemästä viiteentoista" for a
    shift 7–15 where "kello viisitoista" is the mistake, set 12). Not where
    the accepted answers are a span themselves (then it is compared as said)."""
    words = c.words
    at = next((i for i, (a, b) in enumerate(pairwise(words))
               if a.endswith(_FROM) and b.endswith(_TO)  # (no Voikko asked for most words)
               and _hour_in(a, "sisaeronto") and _hour_in(b, "sisatulento")), None)
    if at is None or any(_hour_in(w, "sisaeronto") for _, n in c.accepted for w in n.split()):
        return None
    halves = []
    for hour in (words[at], words[at + 1]):
        said = [*words[:at], *sorted(finnish.base_forms(hour))[:1], *words[at + 2:]]
        halves.append(judged_as(c, said))
        c.note(f"'{' '.join(said)}' of the span: {halves[-1].verdict}")
    ending = any(not _END.isdisjoint(finnish.base_forms(w)) for _, n in c.accepted
                 for w in n.split())
    asked = halves[1] if ending else halves[0]
    if asked.reason == "mistake" and asked.matched is not None:
        return as_mistake(c, asked.matched)
    return c.judgement("correct", closest=asked.closest) if asked.verdict == "correct" else None


# words that speak of an end (by base form): a span's end answers when a thing ends
_END = frozenset({"loppua", "päättyä", "lopettaa", "päättää", "loppu", "asti", "saakka"})
_FROM, _TO = ("sta", "stä"), ("n", "toista")  # how an elative, an illative number end


def _hour_in(word: str, case: str) -> bool:
    """A number word in ``case``: "seitsemästä" (from seven), "viiteentoista" (to fifteen)."""
    return "lukusana" in finnish.word_classes(word) and \
        (case, "singular") in finnish.case_numbers(word)


def extra_clause(c: Case) -> Judgement | None:
    """A right answer, then a statement of its own about something else: "linja pysähtyi ja
    kaksi pakkausta on rikki", "mökillä, siellä satoi" (set 12). The learner says more
    than was asked, which a trainer does not count against the answer. Not a statement
    that says no ("en", "ilman", "kypärättä"), speaks of what the accepted answers speak of
    (it may say it otherwise), or states a foreseen mistake (judged as that mistake); not in
    an open question (judged whole) nor in a try at a model sentence (a repeat step:
    another_word off)."""
    words = c.words
    if len(words) < 3 or c.negative or c.open_question or c.repeat:
        return None
    cut = _clause_cut(words)
    if cut is None:
        return None
    head, tail = words[:cut], words[cut:]
    if tail[0] in _CONNECTIVES or tail[0] == "ja":
        tail = tail[1:]
    if len(tail) < 2 or not any(map(finnish.persons, tail)):
        return None
    spoken_of = {b for _, n in c.accepted for w in shape_of(n).words if w not in FRAME_WORDS
                 for b in finnish.base_forms(w) | {w}}
    own = [w for w in tail if w not in FRAME_WORDS and finnish.base_forms(w) != COPULA]
    said_of = [w for w in own if w in spoken_of or not spoken_of.isdisjoint(finnish.base_forms(w))]
    if said_of and not _another_thing(own, said_of):
        return None  # "… ja linja on seis": about the same thing, judged word by word
    if (mistake := mistake_beside(c, tail, says_no(tail), list(head))) is not None and \
            not going_on_later(c, tail, str(mistake.matched)):
        return mistake  # "otan hanskat ja menen töihin ilman kypärää": a mistake said
    if says_no(tail) or any(_all_in([w for w in normalised(m).split() if w not in FRAME_WORDS],
                                    _forms(tail)) and not going_on_later(c, tail, m)
                            for m in c.mistakes):
        return None  # a no ("ilman kypärää") or a mistake of the answer's words, in any form
    if gear_useless.in_a_clause(tail, head):
        c.note(f"'{' '.join(tail)}': gear said useless")  # "kypärä, turvakengät on
        return c.judgement("wrong")  # turhia" (review152, SAFETY)
    j = judged_as(c, head)
    c.note(f"'{' '.join(head)}', then '{' '.join(tail)}': {j.verdict}")
    if j.verdict == "correct" and (back := taken_back(c, words, head)) is not None:
        c.note(f"takes it back ({back})")  # "suojalasit jos on aikaa"
        return c.judgement(back, closest=j.closest, detail=Detail(
            expected=normalised(j.closest), heard=c.heard) if j.closest else None)
    if j.verdict != "correct":
        return None
    if (unsafe := unsafe_beside(c, tail, j.closest)) is not None:
        return unsafe  # "pesen kädet ja sitten kosken raakaa lihaa"
    if (going := _going_but(c, tail)) is not None:
        c.note(f"'{going}': going where the step's mistakes go")
        return c.judgement("wrong", "going_on", closest=j.closest)  # "Älä mene hänen
        # luokseen." — "selvä, mutta käyn katsomassa hänen taskunsa" (set 169, SAFETY)
    if (going_on := carried_on(c, tail)) is not None:
        return going_on
    if (deed := _against_a_fault(c, words, tail)) is not None:
        c.note(f"'{deed}': a deed against the fault told")  # "Nostoliina on rikki." —
        # "kerron hoitajalle ja siirrän asukkaan liinalla pyörätuoliin" (review77, SAFETY)
        return c.judgement("wrong", "going_on", closest=j.closest)
    if (away := _then_put_away(c, list(head))) is not None:
        c.note(f"'{away}': the gear then put away")  # "otan kypärän ja laitan sen
        return c.judgement("wrong", "negation", closest=j.closest)  # kaappiin" (review181)
    return c.judgement("correct", closest=j.closest)


def _going_but(c: Case, tail: Sequence[str]) -> str | None:
    """After a right answer, the learner's own going ("käyn katsomassa hänen taskunsa",
    "… ja käyn …") to the person a foreseen wrong mistake of the step goes to by that verb
    or the other of "mennä" and "käydä" ("menen hänen luokseen"; not "käyn ensin
    vessassa", elsewhere; nor "tulen huomenna takaisin" beside "menen töihin"): that verb,
    else None."""
    verb = next((w for w in tail if finnish.of_i_or_we(w) and
                 finnish.base_forms(w) & GOING_VERBS), None)
    if verb is None:
        return None
    ways = finnish.base_forms(verb) & GOING_VERBS
    ways |= _TO_A_PLACE if ways & _TO_A_PLACE else set()
    mine = {b for w in tail if w != verb for b in finnish.base_forms(w)} & _TO_A_PERSON
    for m, verdict in c.mistakes.items():
        theirs = normalised(m).split()
        goes = [x for x in theirs if finnish.of_i_or_we(x) and finnish.base_forms(x) & ways]
        if verdict == "wrong" and goes and mine & {
                b for x in theirs if x not in goes for b in finnish.base_forms(x)}:
            return verb
    return None


# whom a going goes to ("hänen luokseen", "hänen taskunsa"; not "menen aamulla töihin"
# beside a foreseen "menen töihin ilman …")
_TO_A_PERSON = frozenset({"hän", "he", "luo", "luokse"})


# going to a place or a person, one way or the other ("menen", "käyn")
_TO_A_PLACE = frozenset({"mennä", "käydä"})


def _another_thing(own: list[str], said_of: list[str]) -> bool:
    """A statement about a thing the accepted answers do not name, though it says of it
    what they say of theirs: "kaksi pakkausta on rikki" beside "kuljetin on rikki" (set 12;
    the thing, counted, is another). A noun of its own, and no noun or pronoun shared."""
    # a thing: only a noun ("rikki" Voikko also reads as one, sulphur); a pronoun shared
    # is the same one ("hän oli kotona" beside "hän oli varastossa")
    things = {w for w in own if finnish.word_classes(w) == _THING}
    return bool(things) and things.isdisjoint(said_of) and \
        not any("asemosana" in finnish.word_classes(w) for w in said_of)


_THING = frozenset({"nimisana"})


def _clause_cut(words: list[str]) -> int | None:
    """Where a second statement begins: at "ja", else one word before the verb of a
    statement after a verbless answer ("mökillä | siellä satoi"). (Not at a comma behind a
    one-word answer: any tail would pass as a statement of its own, "käytävällä, otan sen
    käyttöön", review261.)"""
    if "ja" in words[1:-2]:
        return words.index("ja", 1)
    verb = next((i for i, w in enumerate(words) if finnish.persons(w)), None)
    return verb - 1 if verb is not None and verb >= 2 else None


def opposite(c: Case) -> Judgement | None:
    if (turned := purpose_turned(c.words, c.accepted)) is not None:
        c.note(f"'{turned[1]}' for '{turned[0]}': what must not happen, said as what must")
        return c.judgement("wrong", "negation")
    if any(shape_of(n).negative == c.negative for _, n in c.accepted):
        return None
    if c.negative and _a_fault_by_its_no(c):
        c.note("its no tells the fault the accepted answers tell")
        return None  # ("Porakoneessa on vika, se ei käynnisty." for "Porakoneessa on
        # vika.", set 228, the trainer right)
    if not c.negative and (opened := _before_its_no(c)) is not None:
        c.note(f"the words '{opened}' opens with before its no: a start")
        return c.judgement("almost", "missing_words", closest=opened)
    if not c.negative and _a_yes_part(c):
        c.note("the yes part of an accepted answer, without its no")
        return None  # a start: the word-by-word rule names what is missing
    if speaks_of_same(c.words, c.accepted):
        return c.judgement("wrong", "negation")
    # "moppi" for "en ymmärtänyt" is another answer, not the opposite one
    c.note("the other polarity, but no word of an accepted answer")
    return c.judgement("wrong")


_PARTS = re.compile(r"[,.;!?]")


def _a_fault_by_its_no(c: Case) -> bool:
    """Every no of the answer is one of a verb of working ("ei käynnisty", "ei toimi"),
    which tells a fault, after the fault said ("vika"), and the accepted answers tell a
    fault with no no."""
    nos = [k for k, w in enumerate(c.words) if w in NEGATIONS]
    return bool(nos) and all(
        k + 1 < len(c.words) and finnish.base_forms(c.words[k + 1]) & FAULT_WHEN_NO
        for k in nos) and any(
        finnish.base_forms(w) & FAULT_WORDS for w in c.words[:nos[0]]) and any(
        finnish.base_forms(w) & FAULT_WORDS for _, n in c.accepted for w in n.split())
    # (the fault said too before it: not "lava ei kestä" alone, trial27)


def _before_its_no(c: Case) -> str | None:
    """The accepted answer whose words before its no the answer is, no verb in it: a start
    ("Valitettavasti..." of "Valitettavasti en voi."; set 219, both trainers almost)."""
    n = len(c.words)
    if any(finnish.is_verb(w) for w in c.words):
        return None
    return next((a for a, norm in c.accepted if (parts := norm.split())[:n] == list(c.words)
                 and parts[n:n + 1] and parts[n] in NEGATIONS), None)


def _a_yes_part(c: Case) -> bool:
    """Every word of a yes answer is in a part of an accepted answer that says yes, where
    the trainer wrote the no as a sentence of its own: "nosta laatikko jaloilla" of "Nosta
    laatikko jaloilla, älä selällä." is half the sentence, not its opposite ("laita kättä
    koneeseen" of "Älä laita kättä koneeseen." still is); its yes parts around the no
    too ("Jos jarruneste vuotaa, kerro työnjohtajalle." of "Jos jarruneste vuotaa, älä anna
    autoa asiakkaalle, vaan kerro työnjohtajalle.": set 36, both trainers almost)."""
    own = [w for w in c.words if w not in FRAME_WORDS and w not in SUBJECT_PRONOUNS]
    if not own:
        return False
    for original, _ in c.accepted:
        parts = [normalised(p).split() for p in _PARTS.split(original)]
        yes = [w for part in parts if not NEGATIONS.intersection(part) for w in part]
        if len(parts) > 1 and yes and all(
                any(w == a or finnish.same_lemma(w, a) for a in yes) for w in own):
            return True
    return False
