"""Word order: free where it keeps the meaning, wrong where a word whose place carries the
meaning is crossed, almost where the step wants its order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise, permutations

from valkky.judge import finnish, form_slips, sizes
from valkky.judge.accepted import person_slip, same_words, shape_of, word_bag
from valkky.judge.case import Case, Detail, Judgement, comma_cuts, fuzz_module, normalised
from valkky.judge.forms_allowed import an_adverb
from valkky.judge.number_words import another_value, is_number
from valkky.judge.wordsets import (
    CONTRASTS,
    FIRST_WORDS,
    FRAME_WORDS,
    NEGATIONS,
    ORDER_WORDS,
    SUBJECT_PRONOUNS,
    UNSAID_SUBJECTS,
)


def order_of_meaning(c: Case) -> Judgement | None:
    """What comes before ennen/jälkeen/sitten… now comes after it, and the other way round:
    "desinfioi ennen kuin peset kädet" for "pese kädet ennen kuin desinfioit". (A phrase
    moved whole is no swap: "ennen työtä pese kädet".) Or two clauses trade words
    (``traded_between_clauses``)."""
    traded = _traded(c)
    if traded:
        c.note(f"'{traded}' with words of its clauses traded")
        return c.judgement("wrong", "word_order", closest=traded)
    if (after := _after_for_before(c)) is not None:
        c.note(f"'{after}' says it before what the answer does it after")
        return c.judgement("wrong", "word_order", closest=after)
    if (first := _another_thing_first(c)) is not None:
        c.note(f"'{first}' says another thing first")
        return c.judgement("wrong", "word_order", closest=first)
    markers = ORDER_WORDS.intersection(c.words)
    if sum(1 for w in c.words if finnish.persons(w)) < 2 or not _first_of_a_deed(c.words):
        markers -= FIRST_WORDS  # ("ensin" of one deed says which comes first wherever it
        # stands: "leikkuulauta ensin, mä pesen sen" for "pesen ensin leikkuulaudan", set
        # 157, both trainers right; of two deeds it orders them, "kutsu ensin kunnossapito
        # ja paina hätäseis", review220, "…, sitten paina hätäseis", review221; of a thing
        # it says that thing's deed comes first: "hätäseis ensin, paina se ja kutsu
        # kunnossapito", "kappale ensin mitataan, sitten porataan", review221)
    if not markers:
        return None
    for original, norm in c.accepted:
        expected = norm.split()
        for marker in markers.intersection(expected):
            if _crossed(c.words, expected, marker):
                c.note(f"'{original}' the other way round '{marker}'")
                return c.judgement("wrong", "word_order", closest=original)
    return None


def _after_for_before(c: Case) -> str | None:
    """A deed said done when another is done already ("kun" and a perfect: "laita
    tukipukit kun olet jo mennyt auton alle", "kun oot menny auton alle, laita
    tukipukit"), where an accepted answer does it "ennen kuin" that very deed ("laita aina
    tukipukit ennen kuin menet auton alle"; stop 68's left hole, SAFETY): that answer, else
    None. Each "kun" is read on its own (``_kun_clauses``)."""
    if "kun" not in c.words:
        return None
    befores = _done_before(tuple(n for _, n in c.accepted))
    if not befores:
        return None
    words = c.words
    for when, end, deed in _kun_clauses(words, comma_cuts(words, c.written)):
        clause = words[when + 1:end]
        first_done = next((k for k in range(len(clause)) if _a_perfect(clause, k)), None)
        if first_done is None or deed is None:
            continue
        done = {b for k in range(first_done, len(clause)) if finnish.is_participle(clause[k])
                and NEGATIONS.isdisjoint(clause[first_done:k])
                for b in finnish.base_forms(clause[k])}  # (and the perfects said after it:
        # "kun oot nostanu auton ja menny sen alle", review230)
        its = [w for w in words[deed + 1:when] if finnish.word_classes(w) == {"nimisana"}]
        where = [w for w in clause[first_done + 1:] if finnish.a_noun(w)]
        deeds = [words[deed], *(w for w in words[deed + 1:deed + 3] if finnish.is_verb(w))] \
            if finnish.base_forms(words[deed]) & _HELPING else [words[deed]]
        for original, first, later, things in befores:
            if any(finnish.same_lemma(d, first) for d in deeds) and \
                    any(finnish.base_forms(w) & done for w in later) and \
                    (not any(map(finnish.a_noun, later)) or
                     all(any(finnish.same_lemma(x, w) for w in later) for x in where)) and \
                    (not its or any(finnish.same_lemma(x, w) for x in its for w in things)):
                return original  # (not "… otan ne pois kun olen käyttänyt sitä" beside
                # "laitan suojalasit ennen kuin käytän sitä", nor "… laita lamppu päälle
                # kun olet mennyt auton alle": another deed's time; nor "kun oot menny
                # halliin, …": another place than the answer's, review230)
    return None


# verbs whose deed is the infinitive after them ("muista laittaa", "pitää laittaa")
_HELPING = frozenset({"muistaa", "pitää", "täytyy", "saada", "voida", "kannattaa", "tarvita"})


@lru_cache(maxsize=sizes.STEPS)
def _done_before(accepted: tuple[str, ...]) -> tuple[tuple[str, str, tuple[str, ...],
                                                           tuple[str, ...]], ...]:
    """The accepted answers that do a deed "ennen kuin" another: each (the answer, its
    deed's verb, the words after "ennen kuin", the words before it); not a deed said no to
    ("en saa koskea sorviin ennen kuin sammutan sen")."""
    out = []
    for norm in accepted:
        expected = norm.split()
        at = next((k for k in range(len(expected) - 1)
                   if expected[k:k + 2] == ["ennen", "kuin"]), None)
        if at is None:
            continue
        own = next((k for k in range(at) if finnish.is_verb(expected[k])), None)
        if own is None or not NEGATIONS.isdisjoint(expected[max(0, own - 2):own]):
            continue
        out.append((norm, expected[own], tuple(expected[at + 2:]), tuple(expected[:at])))
    return tuple(out)


def _kun_clauses(words: Sequence[str], cuts: set[int]) -> list[tuple[int, int, int | None]]:
    """Each "kun" of ``words`` that opens a time clause, not said no to: where it stands,
    where its clause ends (a comma, another "kun", or the verb of a main clause after it),
    and the deed it is the time of (a verb's place), or None where that is no deed.

    The deed is the main clause's verb: after the clause where the clause comes first ("kun
    oot menny auton alle, laita tukipukit", "… ja kun Aino on noussut, ota jarrut pois"),
    else (also where a comma stands before "kun" and no main clause follows: "laita
    tukipukit, kun oot menny auton alle") the last verb before "kun" that no earlier "kun"
    or "ennen kuin" clause holds ("laita tukipukit kun oot nostanu auton ja kun oot menny
    sen alle"; ``_deed_before``). A "kun" after "ennen" is "ennen kuin"; one with a no right
    before it, only words of its time between, is said no to ("…, ei vasta kun oot menny
    alle"; ``_said_no_to``)."""
    out: list[tuple[int, int, int | None]] = []
    at = [k for k, w in enumerate(words) if w == "kun" and words[k - 1:k] != ["ennen"]]
    held: set[int] = set()  # the places the clauses hold, "ennen kuin" clauses too
    for k in range(len(words) - 1):
        if words[k] == "ennen" and words[k + 1] in ("kuin", "kun"):
            held.update(range(k, min([*(cut for cut in cuts if cut > k), *(
                j for j in at if j > k), len(words)])))
    for n, when in enumerate(at):
        start = max((cut for cut in cuts if cut <= when), default=0)
        end = min([*(cut for cut in cuts if cut > when), *at[n + 1:n + 2], len(words)])
        if end == when + 1 or _said_no_to(words[start:when]):
            continue  # ("kun kun …": the second one reads it)
        last = max((k for k in range(when + 1, end) if finnish.is_participle(words[k])),
                   default=None)
        after = next((k for k in range(last + 1, end) if _a_main_verb(words[k])), None) \
            if last is not None else None
        deed: int | None = None
        if after is not None:  # (the clause first, its main clause right after it)
            end, deed = after, after
        elif not any(k not in held and finnish.is_verb(words[k])
                     for k in range(start, when)):  # (the clause first, then a comma)
            deed = next((k for k in range(end, len(words)) if _a_main_verb(words[k])), None)
        if deed is None:  # (…or after its deed, a comma between or not: "laita
            # tukipukit, kun oot menny auton alle", review230)
            deed = _deed_before(words, when, start if start < when else 0, held)
        held.update(range(when, end))
        out.append((when, end, deed))
    return out


def _said_no_to(before: Sequence[str]) -> bool:
    """A no said of the "kun" itself, right before it with only words of its time between
    ("ei vasta kun", "ei sen jälkeen kun", "ei sit kun"; not "älä unohda laittaa tukipukit
    kun …", a no of another verb: review230)."""
    k = len(before)
    while k and before[k - 1] in _OF_ITS_TIME:
        k -= 1
    return bool(k) and before[k - 1] in NEGATIONS


_OF_ITS_TIME = frozenset({"vasta", "sit", "sitten", "sen", "jälkeen", "heti", "silloin", "just",
                          "juuri", "jo", "vielä", "kuin"})


def _a_main_verb(word: str) -> bool:
    """A verb that may head a main clause: not a no, not a participle ("mennyt")."""
    return finnish.is_verb(word) and word not in NEGATIONS and not finnish.is_participle(word)


def _deed_before(words: Sequence[str], when: int, start: int, held: set[int]) -> int | None:
    """The deed a "kun" said after it is the time of: the last verb before it that no
    earlier "kun" clause holds. Where that verb only says how the deed goes then ("se on
    helpompaa kun …", "on parasta kun …", "se käy helpommin kun …", "se on hyvä tehdä kun
    …"), the verb before it; where it tells a result of another thing ("auto on tukevampi
    kun …", "ne on hyvät kun …", "niin sit on turvallisempaa kun …", "sulla on parempi olo
    kun …"), None (review226–229)."""
    verbs = [k for k in range(when - 1, -1, -1) if k not in held and finnish.is_verb(words[k])
             and words[k] not in NEGATIONS]
    if not verbs:
        return None
    first = verbs[0]
    if not finnish.base_forms(words[first]) & _HOW_IT_GOES:
        return first
    chain = [k for k in verbs if k >= start and finnish.base_forms(words[k]) & _HOW_IT_GOES]
    begin = min(k for k in chain if all(j in chain for j in verbs if k <= j))
    lead = begin - 1
    while lead >= start and finnish.word_classes(words[lead]) & _HOW_WORDS and \
            words[lead] not in _RESULT_LEADS:
        lead -= 1  # (the subject, or a word of how, before the verb: "se", "nyt")
    said, pre = words[lead + 1:when], words[lead + 1:begin]
    subject = lead >= start and finnish.word_classes(words[lead]) == {"nimisana"} and \
        not (lead > start and finnish.is_verb(words[lead - 1]))  # (not the object of the
    # deed before it: "laita tukipukit on parasta kun …")
    the_deed = not _THE_DEED.isdisjoint(pre)
    if not any(finnish.base_forms(w) & _EASE for w in said) and (
            (lead >= start and words[lead] in _RESULT_LEADS) or subject or any(
                "asemosana" in finnish.word_classes(w) and w not in _THE_DEED
                for w in said) or any(
                finnish.word_classes(w) == {"nimisana"}
                for w in (said if not the_deed else pre))):
        return None  # (a result: "niin …", "jotta …", "sit on …", or a thing's state,
        # "auto on tukevampi", "sulla on parempi olo"; not how easy, "ne on helpompi kun
        # …", nor the deed's own "se on parempi idea kun …")
    return next((k for k in verbs if k < begin and
                 finnish.base_forms(words[k]).isdisjoint(_HOW_IT_GOES)), None)


# verbs that say how a deed goes, not a deed ("on helpompaa", "käy helpommin", "on hyvä
# tehdä": "tehdä" stands for the deed)
_HOW_IT_GOES = frozenset({"olla", "käydä", "onnistua", "sujua", "tehdä"})
# what may stand before such a verb in its clause: a pronoun, an adverb, a word of degree
_HOW_WORDS = frozenset({"asemosana", "seikkasana"})
# words that open a result ("niin auto on tukevampi", "jotta on turvallista", "sit on …")
_RESULT_LEADS = frozenset({"niin", "ni", "jotta", "sitten", "sit"})
# pronouns that stand for the deed itself ("se on helpompaa", "tää on parempi")
_THE_DEED = frozenset({"se", "sitä", "tämä", "tätä", "tuo", "tuota"})  # (as said: "sinä"
# is read "se" too, review230)
# how easy a deed is, whoever it is said of ("ne on helpompi kun …": review228)
_EASE = frozenset({"helppo", "kätevä", "nopea", "mukava"})


def _a_perfect(words: Sequence[str], k: int) -> bool:
    """The word at ``k`` is an active past participle after a form of "olla", "jo" or
    "vielä" between or not, with no no before it ("olet mennyt", "olet jo mennyt"; not "et
    ole vielä mennyt", "annos ei ollut lähtenyt")."""
    before = [w for w in words[:k] if w not in _YET]
    return bool(before) and finnish.same_lemma(before[-1], "olla") and \
        NEGATIONS.isdisjoint(before[-4:-1]) and finnish.is_participle(words[k])  # (nor
    # "hän ei vielä ihan oo noussu")


_YET = frozenset({"jo", "vielä"})


def _first_of_a_deed(words: Sequence[str]) -> bool:
    """A first word ("ensin") said beside a verb ("kutsu ensin", "ensin kutsu", "mä ensin
    kutsun", "anna hänen nousta ensin") or after its object ("kutsu kunnossapito ensin";
    review222), not after a thing alone ("hätäseis ensin")."""
    return any(w in FIRST_WORDS and (
        (k and finnish.is_verb(words[k - 1])) or
        (k > 1 and finnish.is_verb(words[k - 2])) or
        (k + 1 < len(words) and finnish.is_verb(words[k + 1]) and
         (not k or words[k - 1] in SUBJECT_PRONOUNS)))
        for k, w in enumerate(words))


def _another_thing_first(c: Case) -> str | None:
    """A thing alone said first ("kunnossapito ensin, kutsu se …"), where the accepted
    answers that say which deed comes first name it, and all only in a later clause
    ("paina ensin hätäseis ja kutsu kunnossapito"; review222; not where one names it first,
    "pukuhuoneeseen ensin …" beside "ensin mene pukuhuoneeseen ja …", review223): the
    first such answer, else None."""
    at = next((k for k, w in enumerate(c.words) if w in FIRST_WORDS), None)
    if not at or _first_of_a_deed(c.words) or \
            finnish.word_classes(c.words[at - 1]) != {"nimisana"}:
        return None  # (a thing, not a pronoun: "hänet ensin vessaan")
    thing = c.words[at - 1]
    later = None
    for original, norm in c.accepted:
        expected = norm.split()
        if FIRST_WORDS.isdisjoint(expected):
            continue
        end = next((k for k, w in enumerate(expected) if k and w in _CLAUSE_ENDS and (
            w != "ja" or (k + 1 < len(expected) and finnish.is_verb(expected[k + 1])))),
            len(expected))  # ("ja" between two things ends no clause: "ensin suojatakki
        # ja hiusverkko")
        if any(finnish.same_lemma(thing, w) for w in expected[:end]):
            return None
        if any(finnish.same_lemma(thing, w) for w in expected[end:]):
            later = later or original
    return later


_CLAUSE_ENDS = frozenset({"ja", "sitten", "sit", "ennen", "jälkeen"})
@lru_cache(maxsize=sizes.STEPS)
def clause_parts(original: str) -> tuple[tuple[str, ...], ...]:
    """An accepted answer as written, in its clauses (between commas, full stops or "ja"),
    where it has two or more and each has a verb or a no ("Kahdesti mitataan, kerran
    sahataan."; "Nosta jaloilla, älä selällä."); empty otherwise. Each clause keeps the
    words that are its own: not frame words, subject pronouns, joining words (mutta,
    että), the words that point back to a place (siellä), nor a word in two clauses."""
    parts = [normalised(p).split() for p in re.split(r"[,;.!?]|\bja\b", original)]
    parts = [p for p in parts if p]
    # (only a verb: "teetä", "tuli" are nouns too, and "juon kahvia ja teetä" one clause)
    if len(parts) < 2 or len(parts) > _MOST_CLAUSES or \
            not all(any(w in NEGATIONS or finnish.only_a_verb(w) for w in p) for p in parts):
        return ()
    seen: dict[str, int] = {}
    for i, part in enumerate(parts):
        for w in part:
            if w in FRAME_WORDS or w in UNSAID_SUBJECTS or w in _PLACES or \
                    "sidesana" in finnish.word_classes(w):
                continue
            seen[w] = i if seen.get(w, i) == i else -1
    return tuple(tuple(w for w in part if seen.get(w, -1) == i) for i, part in enumerate(parts))


_MOST_CLAUSES = 4  # (each order of the clauses is tried: 24 at most)


def _traded(c: Case) -> str | None:
    """The accepted answer whose words the answer says with two clauses' words traded,
    where no accepted answer is said with its clauses kept ("pesen ja desinfioin kädet"
    beside "pesen kädet ja desinfioin ne")."""
    # (a trade needs two clauses of two words each: most answers are shorter)
    if len(c.words) < 4 or not any(clause_parts(original) for original, _ in c.accepted):
        return None
    traded = None
    for original, norm in c.accepted:
        if same_words(c.words, norm):
            if not clause_parts(original) or \
                    not traded_between_clauses(c.words, original, c.accepted, c.written):
                return None
            traded = traded or original
    return traded


def traded_between_clauses(heard: list[str], original: str,
                           accepted: Sequence[tuple[str, str]] = (), written: str = "") -> bool:
    """Two words of different clauses trade places and the rest stays as it was, the
    clauses in any order: each clause now says the other's thing ("kerran mitataan,
    kahdesti sahataan" for "kahdesti mitataan, kerran sahataan"; "älä jaloilla, nosta
    selällä" for "nosta jaloilla, älä selällä"): the opposite of the answer. Not where
    another of the ``accepted`` answers says a traded word with the other clause's words
    (they are interchangeable: "laitan suojatakin ja puen hiusverkon" beside "laitan
    hiusverkon ja suojatakin"). Any other order is left to the rules after: within a
    clause it is free, one clause may stand inside another ("kerron että kone vuotaa
    esimiehelle") and a verb may serve both ("älä nosta selällä, jaloilla"). Where the
    answer as ``written`` marks its clauses with commas or full stops, their order within
    is free too ("sahataan kahdesti, mitataan kerran")."""
    parts = clause_parts(original)
    clause = {w: i for i, part in enumerate(parts) for w in part}
    said = [w for w in heard if w in clause]
    if sorted(said) != sorted(w for part in parts for w in part):
        return False
    if (pair := _traded_as_written(written, parts, clause)) is not None:
        x, y = pair
        return not any(_together(x, parts[clause[y]], norm) or
                       _together(y, parts[clause[x]], norm)
                       for other, norm in accepted if other != original)
    for order in permutations(parts):
        expected = [w for part in order for w in part]
        moved = [i for i, (a, b) in enumerate(zip(said, expected, strict=True)) if a != b]
        # two words side by side at the clauses' seam are one moved over it, the thing
        # often shared ("pysäytän ja kerron koneen esimiehelle"), not a trade
        if len(moved) != 2 or moved[1] - moved[0] < 2:
            continue
        x, y = expected[moved[0]], expected[moved[1]]
        a, b = parts[clause[x]], parts[clause[y]]
        # a trade leaves a word of each clause in place (two one-word clauses traded are
        # the clauses in another order: "juon ja syön" for "syön ja juon")
        if clause[x] == clause[y] or len(a) < 2 or len(b) < 2:
            continue
        return not any(_together(x, b, norm) or _together(y, a, norm)
                       for other, norm in accepted if other != original)
    return False


def _traded_as_written(written: str, parts: tuple[tuple[str, ...], ...],
                       clause: dict[str, int]) -> tuple[str, str] | None:
    """The two words traded where the learner's own commas cut the answer into as many
    clauses as the accepted answer has, two of them each with one word of the other."""
    cut = [[w for w in normalised(p).split() if w in clause]
           for p in re.split(r"[,;.!?]", written)]
    cut = [p for p in cut if p]
    if len(cut) != len(parts):
        return None
    for order in permutations(parts):
        odd = [(sorted(got), sorted(want)) for got, want in zip(cut, order, strict=True)
               if sorted(got) != sorted(want)]
        if len(odd) != 2 or any(len(want) < 2 or len(got) != len(want) for got, want in odd):
            continue
        (got_a, want_a), (got_b, want_b) = odd
        gone_a, came_a = _one_traded(want_a, got_a)
        gone_b, came_b = _one_traded(want_b, got_b)
        if gone_a and gone_a == came_b and came_a == gone_b:
            return gone_a, gone_b
    return None


def _one_traded(want: list[str], got: list[str]) -> tuple[str, str]:
    """The one word of ``want`` not in ``got`` and the one word there in its place."""
    gone = [w for w in want if w not in got]
    came = [w for w in got if w not in want]
    return (gone[0], came[0]) if len(gone) == len(came) == 1 else ("", "")


def _together(word: str, clause: tuple[str, ...], norm: str) -> bool:
    """``word`` said beside another word of ``clause`` in the accepted answer ``norm``."""
    words = norm.split()
    return word in words and any(w in words for w in clause if w != word)


def word_order(c: Case) -> Judgement | None:
    if another_value(c.words, c.accepted, c.written) is not None:
        return None  # "kymmenen kymmenen" (10.10) for "kello kymmenen": another time (by_word)
    # a word said twice is said ("moi moi", "kiitos kiitos"), unless the answer has it twice
    once = [w for i, w in enumerate(c.words) if i == 0 or w != c.words[i - 1]]
    if object_in_the_nominative(c.words, c.accepted):
        c.note("'se' after a verb another accepted answer says with 'sen': no frame word")
        return None  # (the rules after weigh its form: "voitko sanoa se uudelleen")
    cuts = frozenset(comma_cuts(c.words, c.written))
    for original, norm in c.accepted:
        if (same_words(c.words, norm) or (once != c.words and same_words(once, norm))) and \
                clauses_kept(c.words, norm, cuts, frozenset(comma_cuts(norm.split(), original))):
            if (count := label_as_count(c.words, norm.split(), c.accepted)) is not None:
                c.note(f"{count[1]} before {count[0]}: a count, not the label after it")
                c.closeness = fuzz_module().ratio(c.heard, norm)
                return c.judgement("almost", "word_order", closest=original,
                                   detail=Detail(expected=norm, heard=c.heard))
            if c.repeat and (pair := _pair_turned(c.words, norm.split())) is not None:
                c.note(f"'{pair[1]} ja {pair[0]}': the model's pair the other way round")
                c.closeness = fuzz_module().ratio(c.heard, norm)
                return c.judgement("almost", "word_order", closest=original,
                                   detail=Detail(expected=norm, heard=c.heard))
            if (pair := attribute_after(c.words, norm.split(), c.accepted, c.written)) \
                    is not None:
                c.note(f"{pair[1]} after {pair[0]}: an adjective after its noun")
                c.closeness = fuzz_module().ratio(c.heard, norm)
                return c.judgement("almost", "word_order", closest=original,
                                   detail=Detail(expected=norm, heard=c.heard))
            return c.judgement("correct", closest=original)
    return None


def _pair_turned(heard: Sequence[str], expected: Sequence[str]) -> tuple[str, str] | None:
    """The two words a repeat step's model joins with "ja", said the other way round ("tuuli
    ja tuli" for "Tuli ja tuuli", "kukka ja kuka" for "Kuka ja kukka": the pair is what is
    practised; sets 4-238, the trainers almost): the model's pair, else None."""
    for k in range(1, len(expected) - 1):
        a, b = expected[k - 1], expected[k + 1]
        if expected[k] == "ja" and a != b and fuzz_module().ratio(a, b) >= 75 and any(
                heard[i - 1:i + 2] == [b, "ja", a] for i in range(1, len(heard) - 1)):
            return a, b  # (a pair that sounds alike: not "pultti ja mutteri", review277)
    return None


def label_as_count(heard: Sequence[str], expected: Sequence[str],
                   accepted: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
    """The noun and its number, where ``expected`` names a thing by a number after it (a
    label: "kerros kolme", "linja kaksi") and ``heard`` says the number before it: "kolme
    kerros" counts, it names no floor (sets 54, 111: both trainers almost). The noun in the
    nominative (not a time: "seitsemän aamulla"); None where an accepted answer says the
    number before it."""
    said = set(pairwise(heard))
    for n, k in pairwise(expected):
        if (k, n) in said and is_number(k) and n != "kello" and \
                ("nimento", "singular") in finnish.case_numbers(n) and \
                "nimisana" in finnish.word_classes(n) and \
                not any((k, n) in pairwise(norm.split()) for _, norm in accepted):
            return n, k
    return None


def object_in_the_nominative(words: Sequence[str], accepted: Sequence[tuple[str, str]]
                             ) -> bool:
    """"se" right after a verb an accepted answer says with "sen" right after it ("voitko
    sanoa se uudelleen" beside "voitko sanoa sen uudelleen"): the object in the
    nominative, a slip of its case (issue 12, judge57: both trainers almost), not a frame
    word added to an answer that leaves the object unsaid ("voitko sanoa uudelleen")."""
    if "se" not in words:
        return False
    after = {a for _, norm in accepted for a, b in pairwise(norm.split()) if b == "sen"}
    return any(b == "se" and a in after for a, b in pairwise(words))


def attribute_after(heard: Sequence[str], expected: Sequence[str],
                    accepted: Sequence[tuple[str, str]], written: str = ""
                    ) -> tuple[str, str] | None:
    """The noun and its adjective, where ``expected`` says an adjective right before its
    noun, agreeing with it, and ``heard`` says the two the other way round ("päivää hyvää"
    for "hyvää päivää"): Finnish puts an attribute before its noun, so the phrase is off
    (issue 12, judge38); free order moves phrases, not the words inside one. Not in the
    nominative, a predicate there, nor with a comma between them in ``written`` (an
    afterthought: "laitan ne laatikkoon, punaiseen"); None where there is no such pair, or an
    accepted answer says that order."""
    said = set(pairwise(heard))
    for a, n in pairwise(expected):
        if (n, a) not in said or a == n:
            continue
        if not finnish.every_reading(a, lambda r: r.get("CLASS") in finnish.ADJECTIVE_CLASSES):
            continue
        # not in the nominative, where the adjective after its noun says what it is ("oliko
        # yö hyvä", "varokaa lattia liukas": a predicate, as speech leaves olla out)
        if not {cn for cn in finnish.case_numbers(a) & finnish.case_numbers(n)
                if cn[0] != "nimento"} or "nimisana" not in finnish.word_classes(n):
            continue
        if any((n, a) in pairwise(norm.split()) for _, norm in accepted) or \
                form_slips.comma_between(written, n, a):
            continue
        return n, a
    return None


def clauses_kept(heard: list[str], norm: str, heard_cuts: frozenset[int] = frozenset(),
                 norm_cuts: frozenset[int] = frozenset()) -> bool:
    """Each clause keeps its words: the order within a clause is free, but "imuroi lattia
    ja pese matto" swaps the things of "imuroi matto ja pese lattia" (set 14). Clauses are
    what stands between "ja", "mutta", "vaan", or from a join of its own on
    (``_SUB_CLAUSE``) to its comma (``heard_cuts``, ``norm_cuts``), each with a verb; said
    without "ja", a verb after a word begins the next ("imuroi matto pese lattia")."""
    expected = norm.split()
    if (_SUB_CLAUSE | _BOUNDS).isdisjoint(expected):
        return True
    subs = not ((_fronted(heard) and not heard_cuts) or (_fronted(expected) and not norm_cuts))
    # (a clause put first with no comma has no end told: all spoken answers, "kun tiedän
    # soitan heti"; review258)
    want = _clauses(expected, norm_cuts, subs)
    if len(want) < 2 or not all(any(finnish.is_verb(w) for w in clause) for clause in want
                                if clause[0] not in _SUB_CLAUSE):
        return True  # (a clause of its own may have lost its verb as a frame word: "jos
        # lava on rikki")
    got = _clauses(heard, heard_cuts, subs)
    if len(got) < len(want):
        got = [part for clause in got for part in _at_verbs(clause)]
    return sorted(map(word_bag, got), key=repr) == sorted(map(word_bag, want), key=repr)


# joins a clause of its own begins with: a reason, a time, a condition, a contrast
# ("laatikko pysähtyi, koska liukuhihna jäi jumiin" turns the cause round; set 202, both
# trainers wrong); not "että", what is told, whose teller's words may come after it ("kerron,
# että kone vuotaa, esimiehelle")
_SUB_CLAUSE = frozenset({"koska", "kun", "jos", "vaikka", "kunnes", "jotta"})
# joins between clauses of their own, each keeping its words: "olen myöhässä mutta pääsen"
_BOUNDS = frozenset({"ja", "mutta", "vaan"})


def _fronted(words: Sequence[str]) -> bool:
    """``words`` begin with a clause of its own (``_SUB_CLAUSE``), past frame words and
    adverbs ("heti kun voin tulen")."""
    lead = [w for w in words if w not in FRAME_WORDS and not _floating(w)]
    return bool(lead) and lead[0] in _SUB_CLAUSE


def _clauses(words: list[str], cuts: frozenset[int] = frozenset(),
             subs: bool = True) -> list[list[str]]:
    """``words`` between "ja"s (``_BOUNDS``), or from a join of its own on up to the next
    of its written ``cuts`` (a comma: "Kun tiedän, soitan." is "soitan kun tiedän"; a
    clause put first with no comma runs to the end, review256-257), without frame words,
    subject pronouns and adverbs that may stand in either clause ("sammuta heti kone ja
    irrota johto" for "sammuta kone ja irrota johto heti"; the whole answer has them all
    the same)."""
    out: list[list[str]] = [[]]
    inside = False
    waiting: list[str] = []  # (a join right before another's clause joins the clause after
    # it: "koska jos tulee tulipalo, siitä mennään ulos")
    for k, w in enumerate(words):
        if inside and k in cuts:
            out.append(waiting)
            inside, waiting = False, []
        if w in _BOUNDS:
            out.append([])
            inside = False
        elif subs and w in _SUB_CLAUSE:
            if len(out[-1]) == 1 and out[-1][0] in _SUB_CLAUSE:
                waiting = out.pop()
            inside = True
            out.append([w])  # (its join is its own: "A koska B" is no "B koska A")
        elif w not in FRAME_WORDS and w not in UNSAID_SUBJECTS and not _floating(w):
            out[-1].append(w)
    return [clause for clause in out if clause]


# adverbs that say where or which way, or the state a verb leaves its thing in: they belong
# to their verb ("laita jarru pois ja ota avain" is not "laita jarru ja ota avain pois")
_OF_THEIR_VERB = frozenset({"pois", "auki", "kiinni", "ylös", "alas", "ulos", "sisään",
                            "takaisin", "eteen", "taakse", "yli", "läpi", "ympäri", "irti",
                            "rikki", "päälle", "paikalleen", "talteen", "esiin", "mukaan"})


_PLACES = frozenset().union(*CONTRASTS[0])  # täällä, sinne…: where, of their verb too


def _floating(word: str) -> bool:
    """An adverb of when or how (heti, aina), which may stand in either clause; not a
    postposition that is also a verb's form ("asukkaan luo")."""
    return word not in _OF_THEIR_VERB and word not in _PLACES and an_adverb(word) and \
        not finnish.is_verb(word)


def _at_verbs(clause: list[str]) -> list[list[str]]:
    """A clause cut before each verb that follows a word."""
    out: list[list[str]] = []
    for w in clause:
        if not out or (finnish.is_verb(w) and out[-1]):
            out.append([])
        out[-1].append(w)
    return out


def pronoun_slip(c: Case) -> Judgement | None:
    """An accepted answer's words with a subject pronoun that does not go with its verb:
    a slip of form, not another answer ("mistä hän olet" for "mistä sinä olet"). The
    answer shown is one with the learner's own person where the step has one ("minä
    olen kipeä" for "minä on kipeä" beside "hän on kipeä"), as they meant it."""
    for original, norm in c.accepted:
        if person_slip(c.words, norm):
            # (asked only now: it normalises each sentence as written, and most answers
            # are no person slip)
            if _a_pronoun_alone(c):
                return None
            mine = SUBJECT_PRONOUNS.intersection(c.words)
            ratio = fuzz_module().ratio
            own = [(o, n) for o, n in c.accepted if mine <= set(n.split())]
            if own:
                original, norm = max(own, key=lambda a: ratio(c.heard, a[1]))
            c.closeness = ratio(c.heard, norm)
            return c.judgement("almost", "word_form", closest=original,
                               detail=Detail(expected=norm, heard=c.heard))
    return None


def _a_pronoun_alone(c: Case) -> bool:
    """A sentence as written (``form_slips.clauses``) with a subject pronoun and no verb
    ("Olin perheen kanssa. Entä te?"): the pronoun goes with no other sentence's verb; or
    one right after "entä", the question back ("mä olin perheen kanssa, entä sä?"; set 57)."""
    if any(i and w in SUBJECT_PRONOUNS and c.words[i - 1] in _AND_YOU
           for i, w in enumerate(c.words)):
        return True
    for sentence in form_slips.clauses(c.written or c.said):
        words = normalised(sentence).split()
        if SUBJECT_PRONOUNS.intersection(words) and \
                not any(finnish.persons(w) for w in words):
            return True
    return False


_AND_YOU = frozenset({"entä", "entäs", "entäpä"})  # ("…, entä sinä?": and you?)


def order_strict(c: Case) -> Judgement | None:
    """Where the step wants its order (strict: [word_order]), another order is almost."""
    if c.on("word_order"):
        return None
    for original, norm in c.accepted:
        if word_bag(c.words) == shape_of(norm).bag:
            c.closeness = fuzz_module().ratio(c.heard, norm)
            return c.judgement("almost", "word_order", closest=original,
                               detail=Detail(expected=norm, heard=c.heard))
    return None


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
