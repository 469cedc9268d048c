"""Words that say another thing than the model's, where a step practises a model sentence
(a repeat step switches ``another_word`` off, and a try at the sentence is ``almost``):
set 14's trainer graded these ``wrong``, another meaning, not a try at the model's words.

- a word of a closed set said for another group's (``wordsets.CONTRASTS``: another person,
  here for there, another question word), also in other steps;
- a noun said for another noun in the same case, no form, slip nor part of it (``vettä``
  for ``öljyä``, ``varastossa`` for ``toimistossa``); a word that is also an adverb or
  adjective (``rikki`` for ``vika``) may say the same in another shape and is left a try;
- the opposite of a model word said anywhere, where the model word is not
  (``käytön jälkeen`` for ``ennen käyttöä``); the lexicon's ``opposites`` too (``ehjä``
  for ``rikki``; judge34);
- a word of the model word's own kind and form for it, far in letters and no form of it
  (set 15): a verb in the same person, mood and tense (``nukkui`` for ``kaatui``,
  ``sekoita`` for ``laimenna``), an adjective in the same case and number (``kuiva`` for
  ``liukas``), an adverb for an adverb (``ajoissa`` for ``myöhässä``), a postposition for a
  postposition or a noun in its case (``päällä`` for ``alla``): another action, quality,
  manner or place; a place by its direction, "in" and "on" alike (``uunissa`` for
  ``liedellä``), an adjective's -sti an adverb, and far in letters as said or as base forms
  (``tunkilla`` for ``nosturilla``; set 17). A synonym the lexicon knows is judged before
  (``synonym``), and a word said in another shape (``rikki`` for ``vika``) is left a try;
- a word that names only a thing or a quality said for one in any case, far in letters,
  no form nor the head of its compound (``nälkä`` for ``kuumetta``, ``sairas`` for
  ``myöhässä``: ``another_thing_or_state``, stop 46).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise

from valkky.judge import finnish
from valkky.judge.wordsets import (
    BE,
    BODY_PLACES,
    CONTRASTS,
    DAY_WORDS,
    FAULT_WORDS,
    OPPOSITES,
    PERSONAL_PRONOUNS,
    PERSONS,
    WEEKDAYS,
)

# questions no "which" asks the same as: "mikä auto" for "milloin auto" asks another thing
# (set 111, both trainers wrong), "mikä huone" for "missä huoneessa" does not
_NO_WHICH = frozenset({"milloin", "miksi", "miten"})
NEAR_TRY = 60.0  # letters alike (0..100): a try at the model's word, not another word
NEAR_REAL = 65.0  # …where both are nouns: a real word said is likelier meant
_NOUN_OR_NAME = frozenset({"nimisana", "sukunimi", "etunimi", "paikannimi"})
_CONTRASTED = frozenset().union(*(g for groups in CONTRASTS for g in groups))
_OPPOSED = frozenset().union(*OPPOSITES)  # a word of neither kind needs no Voikko


def contrasted(expected: str, heard: str, said: Sequence[str],
               model: Sequence[str] = ()) -> bool:
    """``heard`` is a word of another group of a closed set than ``expected``'s: another
    person, place or question, whatever its base form shares ("missä" for "mikä"). Not a
    question word before a noun in its case, which says "which" ("mikä huone" for "missä
    huoneessa" asks the same; ``said``: the answer's words), where ``model`` (the accepted
    answer's words, where given) asks of that noun ("mikä huone" for "missä kerroksessa
    huone on" asks another thing: set 221, both trainers wrong)."""
    if expected == heard:
        return False
    if _another_day(expected, heard):
        return True
    for groups in CONTRASTS if expected in _CONTRASTED else ():  # (most words are in none)
        mine = next((g for g in groups if expected in g), None)
        if mine is not None:
            return heard not in mine and any(heard in g for g in groups) and \
                not (_which(heard, said) and expected not in _NO_WHICH and
                     _of_its_noun(expected, heard, said, model))
    mine = finnish.base_forms(expected) & PERSONAL_PRONOUNS
    if not mine:  # (the heard word is asked of Voikko only for a pronoun)
        return False
    theirs = finnish.base_forms(heard) & PERSONAL_PRONOUNS
    return bool(theirs) and not any(mine & group and theirs & group for group in PERSONS)


def asked_of_another(expected: str, heard: str, said: Sequence[str],
                     model: Sequence[str]) -> bool:
    """A verb asked with -ko/-kö of the other party, I for you or you for I, with an object
    pronoun the model does not say that makes it so ("voitko auttaa minua" for "Voinko
    auttaa?": asks for help where the model offers it; set 150, both trainers wrong; the
    verb alone, "voitko auttaa", stays a slip of its person, sets 56, 59, 74). ``said``:
    the answer's words; ``model``: the model's."""
    if not (expected.endswith(("ko", "kö")) and heard.endswith(("ko", "kö"))) or \
            not finnish.same_lemma(expected, heard):
        return False
    mine, theirs = _persons_of(expected), _persons_of(heard)
    if not mine or not theirs or not mine.isdisjoint(theirs) or not (mine | theirs) <= {"1", "2"}:
        return False
    objects = _ME if "2" in theirs else _YOU
    return any(w in objects and w not in model for w in said)


# the asker's object by a verb of "you" ("voitko auttaa minua"), and by one of "I"
_ME = frozenset({"minua", "minut", "mua", "mut", "meitä", "meidät"})
_YOU = frozenset({"sinua", "sinut", "sua", "sut", "teitä", "teidät"})


def a_fault_for_another(expected: str, heard: str,
                        ratio: Callable[[str, str], float]) -> bool:
    """A word of a fault (``FAULT_WORDS``: "rikki", "vika", "vuotaa") said for a word of
    none, or one of none for it, far from it in letters ("Kolmekymmentä kappaletta on
    rikki." for "… on valmiina.": a report of another thing, not a try at the model; set
    154, both trainers wrong; not "likas" for "liukas"). The caller weighs a no on one
    side ("liina ei ole ehjä" for "liina on rikki" says the same)."""
    if finnish.same_lemma(expected, heard) or not _far(expected, heard, ratio):
        return False
    mine, theirs = finnish.base_forms(expected), finnish.base_forms(heard)
    return bool(mine) and bool(theirs) and not (mine | theirs) & _ENDING and \
        mine.isdisjoint(FAULT_WORDS) != theirs.isdisjoint(FAULT_WORDS)


# an end, which FAULT_WORDS hold as running out ("maito on loppu"): "huolto on loppunut"
# for "huolto on valmis" says the same
_ENDING = frozenset({"loppua", "loppu"})


def _another_day(expected: str, heard: str) -> bool:
    """A day said for another ("torstai" for "tiistai", "huomenna" for "tänään"; set 150,
    both trainers wrong: near in letters, another day), or for the next deed's time
    ("Mitä teen huomenna?" for "Mitä teen seuraavaksi?": set 155)."""
    mine, theirs = _days(expected), _days(heard)
    if not mine and not theirs:
        return False
    return (mine and theirs and mine.isdisjoint(theirs)) or \
        bool((mine or theirs) and {expected, heard} & _NEXT)


def _days(word: str) -> frozenset[str]:
    """The days ``word`` names: a day of the week, or today, tomorrow, yesterday."""
    return (finnish.base_forms(word) & WEEKDAYS) | (frozenset({word}) & DAY_WORDS)


_NEXT = frozenset({"seuraavaksi", "nyt"})


def _persons_of(verb: str) -> set[str]:
    """The persons (1, 2, 3) ``verb`` is read in."""
    return {p for p, _ in finnish.persons(verb)}


def another_thing(expected: str, heard: str, ratio: Callable[[str, str], float]) -> bool:
    """A noun said for the model's noun, in the same case and number, far from it in
    letters and no form of it: another thing ("vettä" for "öljyä")."""
    classes = finnish.word_classes(expected) | finnish.word_classes(heard)
    if "nimisana" not in finnish.word_classes(expected) or \
            "nimisana" not in finnish.word_classes(heard) or \
            not finnish.NOT_ONLY_A_THING.isdisjoint(classes) or \
            not _far(expected, heard, ratio) or finnish.same_lemma(expected, heard):
        return False
    # in either number: "vasara" for "kipsilevyt" is another thing all the same (set 16)
    return not {case for case, _ in finnish.case_numbers(expected)}.isdisjoint(
        case for case, _ in finnish.case_numbers(heard))


# the readings of a word that names a thing or a quality (no adverb, verb, pronoun, name)
_NAMING = frozenset({"nimisana", "laatusana", "nimisana_laatusana"})


def another_thing_or_state(expected: str, heard: str,
                           ratio: Callable[[str, str], float]) -> bool:
    """A word that names only a thing or a quality, in any case, said for a model word
    that names one, far from it in letters, no form of it nor the head of its compound:
    another thing or state said ("minulla on nälkä", "… kylmä" for "minulla on kuumetta",
    "olen sairas" for "olen myöhässä", "lavalla on kaapit" for "… laatikoita": sets 18–40,
    both trainers wrong 13 of 13; they were a try, almost). A word with an adverb's reading
    may say the same in another shape and stays a try ("rikki" for "vika"); a synonym the
    lexicon knows is judged before; nor a word in a case of place or a participle, which
    may say a state in other words ("kunnossa", "vaurioitunut": review63)."""
    mine = finnish.word_classes(heard)
    if not mine or not mine <= _NAMING or _NAMING.isdisjoint(finnish.word_classes(expected)) \
            or finnish.same_lemma(expected, heard) or not _far(expected, heard, ratio) \
            or not _said_as_such(heard):
        return False
    # "linja" for "tuotantolinja" names the same thing shorter (not "vettä" for "vesilasi")
    return not (_head(expected) & finnish.base_forms(heard) or
                _head(heard) & finnish.base_forms(expected))


def _head(word: str) -> frozenset[str]:
    """The last part of a compound by its base form ("linja" of "tuotantolinja", "lasi" of
    "suojalaseja"), or nothing."""
    parts = finnish.compound_parts(word)
    return frozenset(p for p in parts for b in finnish.base_forms(word) if b.endswith(p))


# the cases a thing or a quality is named in as such: a subject, an object, a predicative
# (a local case names a state or a place as an adverb would: "kunnossa", "jumissa",
# "silmille", review63)
_NAMED_CASES = frozenset({"nimento", "osanto", "omanto"})


def _said_as_such(word: str) -> bool:
    """Every reading of ``word`` in a case a thing or quality is named in, and none a
    participle (a state said by its verb: "vaurioitunut", "kulunut")."""
    readings = finnish.analyses(word)
    return bool(readings) and all(a.get("SIJAMUOTO") in _NAMED_CASES and
                                  "PARTICIPLE" not in a for a in readings)


def another_of_its_kind(expected: str, heard: str,
                        ratio: Callable[[str, str], float]) -> bool:
    """A word of the model word's own kind said for it in its form, far from it in letters
    and no form of it: another action, quality, manner or place ("nukkui" for "kaatui",
    "kuiva" for "liukas", "ajoissa" for "myöhässä", "päällä" for "alla")."""
    if not _far(expected, heard, ratio) or finnish.same_lemma(expected, heard) or \
            (expected in BODY_PLACES and heard in BODY_PLACES) or \
            (finnish.base_forms(expected) & _GOING and finnish.base_forms(heard) & _GOING):
        return False  # (…nor where a worn thing goes, "silmille" for "päähän": set 77; nor
        # one going for another, "menee" for "lähti": review249)
    return not _kinds(expected).isdisjoint(_kinds(heard))


def another_front(expected: str, heard: str) -> bool:
    """A compound of the model's head with another material in front ("metallinpala",
    "lasinpala" for "muovinpala": what was found is the report; sets 19, 52, 114, both
    trainers wrong). Only materials: "kylmäkaapissa" for "maitokaapissa", "ruuviavain" for
    "jakoavain" stay tries (both trainers almost)."""
    heads = finnish.compound_heads(expected)
    if not heads or heads != finnish.compound_heads(heard):
        return False
    mine = (finnish.compound_parts(expected) - heads) & _MATERIALS
    theirs = (finnish.compound_parts(heard) - heads) & _MATERIALS
    return bool(mine) and bool(theirs) and mine.isdisjoint(theirs)


_GOING = frozenset({"mennä", "lähteä", "tulla", "kulkea", "ajaa", "päästä"})
_MATERIALS = frozenset({"muovi", "metalli", "lasi", "puu", "paperi", "pahvi", "kumi",
                        "teräs", "alumiini", "kivi", "luu", "kangas", "rauta"})


def a_state_for_a_place(expected: str, heard: str) -> bool:
    """A word of a state or a quality said for the model's word of where ("Hätäuloskäynti on
    kiinni." for "… on tuolla.": sets 89-90, four trainers wrong): no place of any kind."""
    if expected not in _WHERE or heard in _WHERE or finnish.same_lemma(expected, heard):
        return False
    if {case for case, _ in finnish.case_numbers(heard)} & finnish.LOCAL_CASES:
        return False  # (another place: judged as a place, "tuolla" for "hyllyssä")
    return bool(finnish.word_classes(heard)) and \
        finnish.word_classes(heard) <= {"seikkasana", "laatusana", "nimisana_laatusana"}


# the words of where a thing is, pointing ("Hätäuloskäynti on tuolla.")
_WHERE = frozenset({"tuolla", "täällä", "siellä", "tässä", "tuossa", "siinä", "tossa", "tos",
                    "täs", "tuol", "tääl", "tuonne", "tänne", "sinne"})


def kinds_of_one_thing(expected: str, heard: str) -> bool:
    """Two compounds of one head: two kinds of one thing ("ruuviavain" for "jakoavain":
    a try at the word, set 61; not "pankkikortti" for "pankkitili")."""
    return not finnish.compound_heads(expected).isdisjoint(finnish.compound_heads(heard))


def _far(expected: str, heard: str, ratio: Callable[[str, str], float]) -> bool:
    """Far in letters as said, or as base forms where Voikko knows both: an ending they
    share brings two words no nearer ("tunkilla" for "nosturilla": tunkki, nosturi); nor
    do letters alike in two compounds that share no part (set 35)."""
    if kinds_of_one_thing(expected, heard):
        return False
    if ratio(expected, heard) < NEAR_TRY:
        return True
    if ratio(expected, heard) < NEAR_REAL and all(
            "nimisana" in (kinds := finnish.word_classes(w)) and kinds <= _NOUN_OR_NAME
            and not finnish.compound_parts(w) for w in (expected, heard)):
        return True  # two nouns of one part Voikko knows, as far as "saha" for "vasara"
        # (set 175)
    ours, yours = finnish.compound_parts(expected), finnish.compound_parts(heard)
    if ours and yours and ours.isdisjoint(yours):
        return True  # two compounds of no part alike: "pankkikortin" for "palkkakuitin"
    theirs, mine = finnish.base_forms(heard), finnish.base_forms(expected)
    return bool(theirs) and bool(mine) and all(ratio(a, b) < NEAR_TRY
                                               for a in mine for b in theirs)


def _kinds(word: str) -> frozenset[tuple[str | None, ...]]:
    """What kind of word ``word`` is in each reading, with its form: a verb's person and
    mood, an adjective's case and number, an adverb, a place's case."""
    out: set[tuple[str | None, ...]] = set()
    for a in finnish.analyses(word):
        kind = a.get("CLASS")
        if kind == "teonsana" and a.get("PERSON"):
            out.add((kind, a.get("PERSON"), a.get("NUMBER"), a.get("MOOD")))  # (in any
            # tense: "on" for "putosi" is another deed, set 190)
            if _also_a_command(word, a):
                out.add((kind, "2", "singular", "imperative"))
        elif kind == "seikkasana" or a.get("SIJAMUOTO") == "kerrontosti" or (
                kind in finnish.ADJECTIVE_CLASSES and a.get("SIJAMUOTO") == "keinonto"):
            out.add(("seikkasana",))  # an adjective's -sti is an adverb: "hitaasti"; so is
            # its -mmin ("hitaammin" for "uudelleen": another manner, set 88)
        elif kind in finnish.ADJECTIVE_CLASSES and a.get("SIJAMUOTO"):
            out.add(("laatusana", a.get("SIJAMUOTO"), a.get("NUMBER")))
        if kind in ("suhdesana", "nimisana") and a.get("SIJAMUOTO") in finnish.LOCAL_CASES:
            # a place by its direction: "in" and "on" say where alike ("uunissa" for
            # "liedellä" is another place, as "uunilla" would be)
            out.add(("place", next(min(g) for g in finnish.PLACE_CASES
                                   if a["SIJAMUOTO"] in g)))  # (in either number:
            # "taskussa" for "silmillä", set 190)
    return frozenset(out)


def _also_a_command(word: str, a: Mapping[str, str]) -> bool:
    """The present's third person of a verb in -ata/-ätä is also its command to "you"
    ("löysää", "avaa", "hyppää"), which Voikko does not give: "löysää ruuvi" for "kiristä
    ruuvi" is another deed (set 16)."""
    return a.get("PERSON") == "3" and a.get("NUMBER") == "singular" and \
        a.get("MOOD") == "indicative" and a.get("TENSE") == "present_simple" and \
        a.get("BASEFORM", "").endswith(("ata", "ätä")) and word.endswith(("aa", "ää"))


def opposite_of_an_answer(extra: Sequence[str], heard: Sequence[str],
                          answers: Sequence[Sequence[str]],
                          opposite: Callable[[str, str], bool],
                          contrast: Callable[[str, str], bool]) -> tuple[str, str] | None:
    """A word said more that is the opposite of a word an accepted answer says, a word no
    accepted answer says and the answer does not say its partner: it asks or tells the
    other thing ("milloin tauko loppuu" beside "milloin tauko alkaa", closest to "milloin
    on tauko"; set 16), not a word more. Not beside an accepted answer said whole, which
    the word may set against ("ihan ok mut porakone on rikki"), nor beside its own
    opposite, a contrast the answer makes ("kaksi on rikki, loput ovat ehjiä"; ``contrast``
    may be wider than ``opposite``: any pair, in any word class)."""
    line = f" {' '.join(heard)} "
    if any(f" {' '.join(words)} " in line for words in answers if words):
        return None
    said = finnish.base_forms_of(heard)
    theirs = {w for words in answers for w in words}
    lemmas = finnish.base_forms_of(theirs)
    # the word each word is said before: "tuli rikki" beside "meni rikki" is one idiom
    # said with the other verb (both "become broken"), not the opposite of going
    before = {w: {ws[i + 1] for ws in answers for i in range(len(ws) - 1) if ws[i] == w}
              for w in theirs}
    for x in extra:
        if x in theirs or not finnish.base_forms(x).isdisjoint(lemmas) or \
                any(contrast(w, x) for w in heard if w != x):
            continue  # (the answer's own contrast: "kaksi on rikki, loput ovat ehjiä")
        mine = {heard[i + 1] for i in range(len(heard) - 1) if heard[i] == x}
        for w in sorted(theirs):
            if w not in heard and finnish.base_forms(w).isdisjoint(said) and \
                    mine.isdisjoint(before[w]) and opposite(w, x):
                return w, x
    return None


def opposite_said(missing: Sequence[str], extra: Sequence[str],
                  opposite: Callable[[str, str], bool]) -> tuple[str, str] | None:
    """A word said more that is the opposite of a model word left out: the alignment did
    not pair them, the answer says the other instruction all the same."""
    return next(((m, x) for m in missing for x in extra if opposite(m, x)), None)


def opposite_state(expected: Sequence[str], heard: Sequence[str]) -> tuple[str, str] | None:
    """A state said in two words, an adverb of an opposite pair before the other in a
    place's case (wordsets.OPPOSITES: "pois päältä" is off), where the other side says the
    second alone, more or left out, in the other state's case ("päällä", "päälle": on), or
    the other way round: the opposite state, not a start of it. The pair of words (the
    model's, the answer's)."""
    mine, theirs = _two_word_states(expected), _two_word_states(heard)
    for word, (first, second) in mine.items():
        # not where the answer says how it is and then the state asked for: "kone on
        # päällä, laita se pois päältä" (not "laita kone päälle ja pois päältä")
        bare = _bare(heard, expected, first, second, word)
        if bare and not (word in theirs and _how_it_is(heard, bare, expected)):
            return word, bare
    for word, (first, second) in theirs.items():
        bare = _bare(expected, heard, first, second, word)
        if bare and not (word in mine and _how_it_is(expected, bare, heard)):
            return bare, word
    return None


def _how_it_is(words: Sequence[str], state: str, other: Sequence[str]) -> bool:
    """``state`` is how a thing is ("on vielä päällä", "jäi päälle", "valo päällä"), not
    done with a verb ``other`` does the asked state with ("laita radio päälle" beside
    "laita radio pois päältä"): no such verb in the three words before it."""
    at = list(words).index(state)
    deeds = [w for w in other if finnish.is_verb(w) and w not in BE]
    return not any(finnish.same_lemma(w, d) for w in words[max(0, at - 3):at] for d in deeds)


def _two_word_states(words: Sequence[str]) -> dict[str, tuple[str, str]]:
    """Each word in a place's case said after an uninflected adverb, the other of its
    opposite pair ("päältä" in "pois päältä"; not "heti jälkeenpäin", right after, nor
    "alusta loppuun", from one to the other): the adverb, and the base form the word has
    alone."""
    found = {}
    for before, word in pairwise(words):
        if before not in _OPPOSED or \
                not any(case in finnish.LOCAL_CASES for case, _ in finnish.case_numbers(word)) or \
                not finnish.every_reading(before, lambda a: a.get("CLASS") == "seikkasana"):
            continue
        bases = finnish.base_forms(word)
        for pair in OPPOSITES:
            if pair & bases and before in pair - bases:
                found[word] = (before, next(iter(pair & bases)))
    return found


# the cases of a state the adverb's phrase says the opposite of: on ("päällä", "päälle")
# for off ("pois päältä")
_STATE_CASES = frozenset({"ulkoolento", "ulkotulento"})


def _bare(words: Sequence[str], other: Sequence[str], first: str, base: str,
          state: str) -> str | None:
    """A word of ``words`` of base form ``base`` that ``other`` does not say, not after
    ``first`` nor a genitive (a postposition: "pöydän päällä"), in the case of the other
    state than ``state``'s ("päällä" for "pois päältä", not "päältä" nor "päähän")."""
    theirs = {case for case, _ in finnish.case_numbers(state)}
    for k, w in enumerate(words):
        if w in other or base not in finnish.base_forms(w) or \
                (k and (words[k - 1] == first or governed_by_postposition(words, k - 1))):
            continue
        cases = {case for case, _ in finnish.case_numbers(w)}
        if cases & _STATE_CASES and not cases & theirs:
            return w
    return None


def governed_by_postposition(words: Sequence[str], at: int) -> bool:
    """``words[at]`` is a genitive a postposition after it governs ("pöydän päällä", "laitan
    peitteen pannun päälle"), not a verb's object right after the verb, whose accusative has
    the genitive's form ("laitan valon päälle": on, the light)."""
    if not any(a.get("SIJAMUOTO") == "omanto" for a in finnish.analyses(words[at])):
        return False
    return not (at and words[at - 1] not in BE and finnish.is_verb(words[at - 1]))


def _of_its_noun(expected: str, heard: str, said: Sequence[str],
                 model: Sequence[str]) -> bool:
    """The noun after ``heard`` in ``said`` is of the one after ``expected`` in ``model``
    ("huone" of "huoneessa"), or no model is given."""
    if not model:
        return True
    at, of = said.index(heard), model.index(expected) if expected in model else len(model)
    if of + 1 >= len(model) or not finnish.a_noun(model[of + 1]):
        return True  # (no noun asked of: "mikä kohta sattuu" for "mihin sattuu", review268)
    theirs, mine = said[at + 1], model[of + 1]
    return finnish.same_lemma(theirs, mine) or not (
        finnish.base_forms(theirs) | finnish.compound_parts(theirs)).isdisjoint(
        finnish.base_forms(mine) | finnish.compound_parts(mine))  # ("mikä hylly" for
    # "missä hyllyvälissä")


def _which(word: str, said: Sequence[str]) -> bool:
    """``word`` is followed by a noun in its case and number: "mikä huone"."""
    at = said.index(word) if word in said else len(said)
    return at + 1 < len(said) and "nimisana" in finnish.word_classes(said[at + 1]) and \
        bool(finnish.case_numbers(word) & finnish.case_numbers(said[at + 1]))
