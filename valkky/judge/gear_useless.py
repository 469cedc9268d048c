"""Protective gear said useless beside a right answer (issue 12, reviews 150-154, SAFETY):
"laitan suojalasit, koska kuulosuojaimet ovat turhat", "laitan kypärän, mutta se on
turha", "kypärä, turvakengät on turhia". The answer is right, the words beside it refuse
gear; where they say a time off work or the gear's own fault ("…, kypärä on turha
tauolla", "…, jos ne on rikki", "vanhat hanskat on turhat") or the answer takes the gear
off ("otan käsineet pois, hanskat on turhat porakoneella") they refuse nothing.

Its readers, each where its rule meets words beside an answer: ``rules.answer_inside``
(``refused_outright``: wrong; ``beside_an_answer``: the answer is handed to the rules after
it, which weigh a condition or a time), ``rules.extra_clause`` (``in_a_clause``: wrong) and
``compare.by_word``'s words more (``as_words_more``: wrong). ``needless`` (an open answer's
gear said useless or left off) shares its words (``USELESS``, ``STRESS``, ``WORN_OUT``,
``GEAR_KINDS``) and its reading of a pronoun (``stands_for``).
"""

from __future__ import annotations

from collections.abc import Sequence

from valkky.judge import finnish
from valkky.judge.case import normalised
from valkky.judge.deed_words import GEAR
from valkky.judge.word_rules import a_synonym
from valkky.judge.wordsets import BE, BUT, FRAME_WORDS, NEGATIONS

# what says a thing useless ("kielletty", forbidden, is a rule kept: "hanskat on kielletty
# porakoneella"; review151)
USELESS = frozenset({"turha", "tarpeeton", "hyödytön"})
# words of degree or stress between "on" and the useless word ("on täysin turha", "ne on
# oikeesti turhat", "ne oli aina turhat"; review155)
STRESS = frozenset({"ihan", "aivan", "täysin", "tosi", "todella", "oikeasti", "oikeesti",
                    "kyllä", "niin", "kokonaan", "vaan", "vain", "aika", "kans", "vähän",
                    "hyvin", "melko", "super", "erittäin", "kovin"})
# ... and "always", said beside gear called useless (not in needless's reading: "kypärä on
# aina turha tauolla" is a break's time, its own to weigh)
_STRESS_OR_ALWAYS = STRESS | {"aina"}


# worn gear that stands in for another of its kind ("jos käytät korvatulppia,
# kuulosuojaimia ei tarvita", "laitan korvatulpat, kuulosuojaimet on turhat")
GEAR_KINDS = (("kuulosuojain", "kuulonsuojain", "tulppa", "korvatulppa"),
              ("suojalasi", "visiiri"))
# words of a condition or a time a deed is bound to ("kun", "vasta", "jälkeen"): gear called
# useless with one is the rules' after the answer's to weigh ("… kun kone on sammutettu")
_BOUND = frozenset({"kun", "jos", "kunhan", "kunnes", "vasta", "ennen", "jälkeen", "aikana",
                    "silloin", "sitten"})


def refused_outright(rest: Sequence[str], words: Sequence[str], answer: str) -> bool:
    """Gear said useless beside an answer (``beside_an_answer``) with no time off work, no
    condition or time it is bound to, nor the answer's own gear of its kind worn instead:
    a refusal outright ("laitan suojakäsineet, suojalasit on tarpeettomat siivouksessa":
    review153, SAFETY)."""
    return beside_an_answer(rest, words, answer) and not qualified(rest) and \
        _BOUND.isdisjoint(rest) and not _of_one_kind(gear_in(normalised(answer).split()),
                                                     rest)


def _of_one_kind(own: Sequence[str], rest: Sequence[str]) -> bool:
    """Gear of the answer's and gear named beside it are of one kind (``GEAR_KINDS``)."""
    def kinds(words: Sequence[str]) -> set[int]:
        return {i for w in words for b in finnish.base_forms(w) | {w}
                for i, kind in enumerate(GEAR_KINDS) if b.endswith(kind)}
    return bool(kinds(own) & kinds(gear_in(rest)))


def says_useless(word: str) -> bool:
    """``word`` is a form of a useless word, its partitive's -ia said -ii too ("ne on
    turhii": review152; the normaliser leaves -ii, which is also an illative's -iin)."""
    return bool(finnish.base_forms(word) & USELESS) or (
        word.endswith("ii") and bool(finnish.base_forms(word[:-1] + "a") & USELESS))


def gear_in(words: Sequence[str]) -> list[str]:
    """The words of ``words`` that name protective gear (``GEAR``, a compound's head)."""
    return [w for w in words if any(b.endswith(GEAR) for b in finnish.base_forms(w) | {w})]


def beside_an_answer(rest: Sequence[str], words: Sequence[str], answer: str) -> bool:
    """``rest`` (said beside the accepted ``answer``, within ``words``) says gear useless:
    other gear than the answer's, or its own called so, with no time off work nor the
    gear's fault, where the answer does not take it off."""
    own = normalised(answer).split()
    return any(says_useless(w) for w in rest) and (
        _other_gear(rest, answer) or (
            ((_called_useless(words) and not _taken_off(own, _gear_called(words)))
             or as_words_more(rest, own))
            and not qualified(rest)))


def in_a_clause(tail: Sequence[str], head: Sequence[str]) -> bool:
    """A clause of its own beside an answer (``head``) calls gear useless ("kypärä,
    turvakengät on turhia"; review152), or the head's gear by its pronoun ("kypärä päähän
    ja se on turha"; review155), with no time off work nor the gear's fault."""
    return any(says_useless(w) for w in tail) and (
        bool(gear_in(tail)) or _called_useless([*head, *tail])) and \
        not qualified(tail) and not _taken_off(head, _gear_called([*head, *tail]))


def as_words_more(extra: Sequence[str], answer: Sequence[str],
                  steps_words: frozenset[str] = frozenset()) -> bool:
    """The words more beside ``answer``'s words say gear useless, nothing else but the
    step's own words (``steps_words``: a shorter answer's words more, "laitan … jalkaan")
    ("kuulosuojat turhat"; by a pronoun where the answer names gear: "se on turha",
    review154). Not the answer's own gear where the answer takes it off or refuses it."""
    if _taken_off(answer, gear_in(extra) or gear_in(answer)[-1:]):
        return False  # "en käytä käsineitä, käsineet on turhat" (review155)
    gear_said = bool(gear_in(answer))
    gear = gear_in(extra) + ([w for w in extra if w in ("se", "ne")] if gear_said else [])
    useless = [w for w in extra if says_useless(w)]
    # (the pronoun and "on" are frame words the normaliser leaves out: "…, mutta se on
    # turha" is heard "mutta turha")
    return (bool(gear) or gear_said) and bool(useless) and all(
        w in gear or w in useless or w in FRAME_WORDS or w in BE or w in _JOINS
        or w in _STRESS_OR_ALWAYS or w in steps_words for w in extra)


_BUT = BUT | {"vaikka"}
# what joins the words that call gear useless to the answer ("koska ne on turhat": review155)
_JOINS = _BUT | {"ja", "koska", "sillä", "kun"}


def _other_gear(rest: Sequence[str], answer: str) -> bool:
    """``rest`` names protective gear that ``answer`` does not, in its own word or a
    synonym ("hanskat" is "käsineet")."""
    own = gear_in(normalised(answer).split())
    return any(not any(a_synonym(o, w) or finnish.same_lemma(o, w) for o in own)
               for w in gear_in(rest))


def _called_useless(words: Sequence[str]) -> bool:
    """Gear is called useless (``_gear_called``)."""
    return bool(_gear_called(words))


def _gear_called(words: Sequence[str]) -> list[str]:
    """The gear ``words`` call useless: its word, or a pronoun for it, then "on" and the
    useless word ("kypärä on turha", "ne on turhat"; not "laita kypärä päähän, turha
    odottaa", nor "ota sormus pois, se on turha": review156), or after a "but", its pronoun
    and "on" left out by the normaliser ("laitan kypärän päähän, mutta se on turha";
    review154). A pronoun right after a "but" may stand for any gear before it: all of it
    ("suojalasit, en käytä käsineitä, mutta ne on turhat"; review156, failing safe)."""
    out: list[str] = []
    for i, w in enumerate(words):
        if not says_useless(w) or _of_what_follows(words, i):
            continue
        at = i
        while at and words[at - 1] in _STRESS_OR_ALWAYS:
            at -= 1  # "kypärä on täysin turha", "ne on oikeesti turhat"
        if at >= 2 and words[at - 1] in BE and gear_in(words[at - 2:at - 1]):
            out.append(words[at - 2])
        elif at >= 2 and words[at - 1] in BE and words[at - 2] in ("se", "ne"):
            out += _of_the_pronoun(words, at - 2)
        elif at and words[at - 1] in _BUT and \
                all(x in FRAME_WORDS or x in BE for x in words[i + 1:]):
            out += _of_the_pronoun(words, at)
    return out


def _of_the_pronoun(words: Sequence[str], k: int) -> list[str]:
    """The gear a pronoun at ``k`` stands for (``stands_for``), or right after a "but",
    all gear named before it."""
    if k and words[k - 1] in _BUT:
        return gear_in(words[:k])
    thing = stands_for(words, k)
    return gear_in([thing]) if thing else []


def stands_for(words: Sequence[str], k: int) -> str | None:
    """The thing a pronoun at ``k`` ("se", "ne") stands for, failing safe toward gear: the
    nearest gear before it of the pronoun's number, not a place ("laitan kypärän, asiakas
    odottaa, se on turha": kypärä; review157, SAFETY), else the nearest thing of its number in a
    subject's or object's case, no place's ("ota sormus pois, se on turha": sormus;
    "jätä puhelin kaappiin, se on turha": puhelin, not kaappiin), else the nearest gear
    named at all."""
    number = _NUMBER_OF.get(words[k])
    things = [w for w in words[:k] if _a_thing(w)]
    gear = gear_in(words[:k])
    for candidates in ([w for w in gear if _of_number(w, number) and _a_thing(w)],
                       [w for w in things if _of_number(w, number)], gear):
        if candidates:
            return candidates[-1]
    return None


_NUMBER_OF = {"se": "singular", "ne": "plural"}


def _of_number(word: str, number: str | None) -> bool:
    return number is None or any(n == number for _, n in finnish.case_numbers(word))


def _a_thing(word: str) -> bool:
    """A noun in a subject's or object's case, no place's ("hiusverkkoon", "päähän")."""
    cases = {case for case, _ in finnish.case_numbers(word)}
    return "nimisana" in finnish.word_classes(word) and bool(cases & finnish.OBJECT_CASES) \
        and not cases & finnish.LOCAL_CASES


def _of_what_follows(words: Sequence[str], i: int) -> bool:
    """The useless word at ``i`` is said of the word after it, not of the gear before:
    a deed ("suojalasit on turha ottaa pois": no use taking them off) or a thing it
    describes, not gear ("se on turha kysymys"; review155)."""
    if i + 1 >= len(words):
        return False
    after = words[i + 1]
    if any(a.get("MOOD") == "A-infinitive" for a in finnish.analyses(after)):
        return True
    return not gear_in([after]) and not finnish.is_verb(after) and \
        bool(finnish.case_numbers(after) & finnish.case_numbers(words[i]))


def _taken_off(answer: Sequence[str], useless: Sequence[str]) -> bool:
    """The accepted answer takes off or refuses the gear called ``useless``: "otan käsineet
    pois", "riisun hanskat", "otan hanskat käsistä", "en käytä käsineitä" — gear said
    useless beside it agrees (review153, review155). Not "otan uudet hanskat", nor other
    gear than the refused: "suojalasit, en käytä käsineitä, vaikka suojalasit on turhat"
    (review154)."""
    words = [w for a in answer for w in normalised(a).split()]
    bases = [finnish.base_forms(w) for w in words]
    if "pois" in words or any(b & {"riisua"} for b in bases) or (
            any("ottaa" in b for b in bases) and any(
                b & _WORN_ON and any(case == "sisaeronto" for case, _ in finnish.case_numbers(w))
                for w, b in zip(words, bases, strict=True))):
        off = gear_in(words)
    else:
        off = _refused(words)
    return bool(useless) and all(
        any(a_synonym(o, u) or finnish.same_lemma(o, u) for o in off) for u in useless)


def _refused(words: Sequence[str]) -> list[str]:
    """The gear a no refuses: after "en", "älä"… and its verb, up to the next verb ("en
    käytä käsineitä, käytän suojalaseja": käsineitä)."""
    out: list[str] = []
    for i, w in enumerate(words):
        if w not in NEGATIONS:
            continue
        j = i + 1 + (i + 1 < len(words) and finnish.is_verb(words[i + 1]))
        while j < len(words) and not finnish.is_verb(words[j]):
            out += gear_in(words[j:j + 1])
            j += 1
    return out


# where gear is worn, said as what it is taken from ("otan hanskat käsistä")
_WORN_ON = frozenset({"käsi", "pää", "jalka", "silmä", "korva", "kasvot", "naama"})


def qualified(words: Sequence[str]) -> bool:
    """``words`` say a time off work or the gear's own fault ("tauolla", "työajan
    ulkopuolella", "kun lähdet kotiin", "jos ne on rikki", "vanhat"): gear needless then
    is no refusal of it. Not any condition or place ("jos on kiire", "hallissa":
    review153)."""
    bases = {b for w in words for b in finnish.base_forms(w) | finnish.compound_parts(w)}
    return bool(bases & _OFF_WORK) or "ulkopuolella" in words or (
        "jälkeen" in words and bool(bases & _WORK_TIME)) or (
        ("jos" in words or "kun" in words) and bool(bases & (_GEARS_FAULT | WORN_OUT))) or \
        _worn_gear(words)


def _worn_gear(words: Sequence[str]) -> bool:
    """Gear named worn out or damaged, the word right before it ("vanhat hanskat on
    turhat", "haljennut kypärä on turha"; a participle as needless reads it), not
    "old" said of anyone or anything else ("turhia vanhalle tekijälle": review155)."""
    return any((finnish.base_forms(w) & WORN_OUT or finnish.is_participle(w))
               and gear_in(words[i + 1:i + 2]) for i, w in enumerate(words))


# a time off work, when gear is no need ("kahvitauolla", "kotiin")
_OFF_WORK = frozenset({"tauko", "lounas", "loma", "koti", "koto", "vapaa", "kahvi", "toimisto",
                       "kahvila", "ravintola", "vessa", "pukuhuone", "kanttiini", "ruokala"})
# the work's time, after which gear is no need ("työajan jälkeen"; review154)
_WORK_TIME = frozenset({"työaika", "työpäivä", "vuoro", "työvuoro", "työ"})
# gear worn out or dirty, said of it ("vanhat hanskat on turhat"; review154), a state that
# makes gear useless
WORN_OUT = frozenset({"vanha", "rikkinäinen", "likainen", "kulunut", "reikäinen", "märkä",
                       "huono", "löysä", "naarmuinen", "väärä"})
# the gear's own fault, which wants another ("jos ne on rikki, ota uudet")
_GEARS_FAULT = frozenset({"rikki", "kulunut", "likainen", "vaurioitunut", "hajota", "kulua"})
