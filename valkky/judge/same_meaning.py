"""Words a trainer takes for an accepted answer's word though they differ from it: the same
meaning in another shape, not a slip (issue 12, sets 6–7). Each is asked by the word-by-word
comparison (``compare._compare_words``) for a pair it would otherwise call a word form or
another word; each can be switched off by a step (``strict:``) under its name.

- ``head_alone``: the head of a compound for the compound ("lasit" for "suojalasit"), where
  the step names no other kind of that thing;
- ``number``: the same word in the same case, the other number ("kananmunia" for
  "kananmunaa");
- ``object_case``: a plural noun in the nominative for the partitive or the other way
  round ("lääkkeitä" for "lääkkeet", "pähkinät" for "pähkinöitä");
- ``spoken_plural``: the third person singular for the plural, as speech says it ("ruuvit
  loppui" for "ruuvit loppuivat");
- ``fault_verb``: any verb with "ei" where the trainer says "ei toimi" ("pakastin ei
  pakasta");
- ``modal``: "minun pitää tehdä" for "minä teen", a must with the verb's infinitive; and
  a may for a may ("kyllä saa maksaa kortilla" for "kyllä voi maksaa kortilla", "saatte"
  for "voitte": ``may_for_may``), said by a person, not of a thing ("kuorma voi pudota");
- ``object_pronoun``: "sen", "sitä", "ne", "niitä", "tämän"… for the thing the accepted
  answer names as the object, in its case and number ("sammutan sen" for "sammutan
  koneen");
- ``greeting``: "hyvää päivää" for "hyvää huomenta", a greeting for a greeting;
- ``address``: "you" said to one for "you" said to several or politely, or the other way
  round, in a verb or a pronoun ("haluatko kahvia" for "haluatteko kahvia", "istu" for
  "istukaa", "sinulle" for "teille"): A1–A2 learners are not marked on sinuttelu; in a
  repeat step only the polite plural for the model's singular (judge54);
- ``step_slot``: a word the step's own answers say in one another's place ("heti" for
  "nyt" where "en voi heti" and "en voi nyt" are both accepted), in any answer of it;
- ``short_answer``: what the question leaves to say, without the subject and verb the
  question has ("valmis" for "työ on valmis", "kaksi tuntia" for "se kestää kaksi
  tuntia"), a question without its "on" ("kuinka iso reikä"), and a yes with the rest
  after the verb ("joo ruuveja": ``yes_and_the_rest``).

Beside them, not switchable: a duration in minutes for the step's own
(``duration_as_accepted``, which rewrites the words before any rule, as step_words'
rewrites do), and two checks that make an answer almost rather than right, asked by
``rules._answer_inside`` and the comparison: a pronoun in a case no accepted answer uses
(``pronoun_in_another_form``) and a verb's dictionary form after a verb that takes -maan
(``infinitive_for_maan``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise

from valkky.judge import finnish, form_slips, lexicon, sizes
from valkky.judge.accepted import same_words, shape_of
from valkky.judge.case import Case
from valkky.judge.number_words import is_number
from valkky.judge.phrase_case import compound_said_apart, phrase_in_its_case
from valkky.judge.step_forms import in_a_step_form
from valkky.judge.wordsets import (
    BE,
    FRAME_WORDS,
    GENITIVE_PRONOUNS,
    NEGATIONS,
    QUANTITIES,
    QUESTION_WORDS,
    YES,
)

SWITCHES = ("head_alone", "number", "spoken_plural", "fault_verb", "modal", "short_answer",
            "object_pronoun", "greeting", "step_slot", "object_case", "address",
            "phrase_case", "predicative")


def kept_meaning(c: Case, e: str, h: str, expected: list[str], reason: str | None
                 ) -> str | None:
    """The name of the rule that takes ``h`` for ``e`` here, or None."""
    if reason == "word_form":
        if c.on("head_alone") and _head_alone(c, e, h):
            return "head_alone"
        if c.on("number") and _number_only(c, e, h, expected):
            return "number"
        if c.on("spoken_plural") and _spoken_plural(e, h):
            return "spoken_plural"
        if c.on("object_case") and _object_case(c, e, h, expected):
            return "object_case"
        if c.on("predicative") and _predicative_plural(c, e, h, expected):
            return "predicative"
        if c.on("phrase_case") and (
                phrase_in_its_case(e, h, expected, c.heard.split(),
                                   tuple(n for _, n in c.accepted))
                or compound_said_apart(e, h, c.heard.split())):
            return "phrase_case"
        if c.on("step_slot") and finnish.same_lemma(e, h) and \
                in_a_step_form(h, c.heard.split(), tuple(n for _, n in c.accepted)):
            return "step_slot"
    elif reason is None and c.on("fault_verb") and _fault_verb(c, e, h, expected):
        return "fault_verb"
    elif reason is None and c.on("object_pronoun") and _object_pronoun(e, h, expected):
        return "object_pronoun"
    if reason is None and c.on("modal") and may_for_may(c, e, h):
        return "modal"
    if reason in ("word_form", None) and c.on("address") and _address(c, e, h):
        return "address"  # (a pronoun's other number is another word: "te", "sinä")
    if c.on("greeting") and _greeting(c, e, h, expected):
        return "greeting"
    if c.on("step_slot") and (e, h) in step_slots(tuple(n for _, n in c.accepted)):
        return "step_slot"
    if c.on("step_slot") and _a_no_the_step_takes(c, e, h, expected):
        return "step_slot"
    return None


def _a_no_the_step_takes(c: Case, e: str, h: str, expected: list[str]) -> bool:
    """A no that opens the answer in another form than the accepted answer's, itself an
    accepted answer alone: "ei, hälytin hoitajan" for "en, hälytin hoitajan" where "ei"
    and "en" are both accepted (set 76, both trainers right)."""
    return e in NEGATIONS and h in NEGATIONS and expected[:1] == [e] and \
        c.words[:1] == [h] and any(n == h for _, n in c.accepted) and \
        _NO_APART.match(c.written) is not None  # (not "ei nostanut": another's no)


_NO_APART = re.compile(r"\s*\w+\s*[,.!;:]")


def _step_words(c: Case) -> Iterator[str]:
    """Every word the step's accepted answers say, and its one-word mistakes and options:
    the things the step tells apart (a longer mistake is a wrong combination of things)."""
    for _, n in c.accepted:
        yield from n.split()
    for other in (*c.mistakes, *c.options):
        if " " not in other.strip():
            yield other.strip().lower()


def _head_alone(c: Case, e: str, h: str) -> bool:
    """The head of the accepted compound said alone, in its form: "lasit" for "suojalasit",
    "laitan verkon päähän" for "laitan hiusverkon päähän" (set 6). A trainer takes the
    head where it can mean nothing else here; not where the step names another kind of
    it ("vuoro" where "aamuvuoro" and "iltavuoro" are told apart), nor where the lexicon
    holds the compound as a kind of its own (``kinds``: "tuoli" is no "pyörätuoli"), nor
    where the step foresees the head alone as a mistake (set 52)."""
    if len(h) < 4 or len(e) - len(h) < 3 or not e.endswith(h) or \
            "nimisana" not in finnish.word_classes(h):
        return False
    heads, own = finnish.base_forms(h), finnish.base_forms(e)
    if not heads or not finnish.is_word(e[:-len(h)].rstrip("-")):
        return False  # no compound: the letters before the head are no word
    group = _same_group(own)  # (once: each kind below asks it)
    if group & lexicon.get().kinds:
        return False  # a kind of its own: "tuolissa" is no "pyörätuolissa"
    if any(" " not in m.strip() and finnish.base_forms(m.strip().lower()) & heads
           for m in c.mistakes):
        return False  # the step foresees the head alone as a mistake ("lasit" beside
        # "suojalasit": almost, its own verdict, also said with more, "lasit silmille")
    ends = tuple(heads)
    if any(b not in own and b not in heads and b.endswith(ends)
           for w in set(_step_words(c)) if w != e for b in finnish.base_forms(w)):
        return False
    # nor where the lexicon holds another kind of it, a thing of its own: "avaimella" for
    # "momenttiavaimella" could be the "jakoavain" (set 8)
    return not any(kind not in group for head in heads for kind in _kinds().get(head, ()))


@lru_cache(maxsize=1)
def _kinds() -> dict[str, frozenset[str]]:
    """The lexicon's compound words by their head's base form (``jakoavain`` under
    ``avain``): each a kind of thing a trainer tells from the others."""
    found: dict[str, set[str]] = {}
    for group in lexicon.get().words:
        for word in group:
            for i in range(3, len(word) - 3):
                if finnish.is_word(word[:i]) and finnish.is_word(word[i:]):
                    found.setdefault(word[i:], set()).add(word)
    return {head: frozenset(words) for head, words in found.items()}


def _same_group(own: frozenset[str]) -> frozenset[str]:
    """The words of the lexicon groups ``own`` is in, and ``own``."""
    return own.union(*(lexicon.group_of(w) for w in own))


def _same_thing(c: Case, e: str, h: str) -> bool:
    """The same word, or a word of its lexicon group (with ``synonyms`` on): "hanskat voi
    mennä koneeseen" for "käsine voi…" is the plural of "käsineet" (set 12)."""
    if finnish.same_lemma(e, h):
        return True
    return c.on("synonyms") and "nimisana" in finnish.word_classes(e) and \
        not _same_group(finnish.base_forms(e)).isdisjoint(finnish.base_forms(h)) and \
        bool(finnish.base_forms(e) - finnish.base_forms(h))


def _number_only(c: Case, e: str, h: str, expected: list[str]) -> bool:
    """The same word in the same case and the other number, where nothing in the answer
    sets the number: "kananmunia ja sinappia" for "kananmunaa ja sinappia" (set 7), some
    of a thing either way. Not a whole object ("imuroin käytävät" for "imuroin käytävän"
    names more corridors: set 6), not in a one-word answer, which names the thing shown
    ("korua" for "koruja" is a slip), nor after a count ("kaksi laatikkoja")."""
    if len(c.words) < 2 or not _same_thing(c, e, h):
        return False
    at, said_at = expected.index(e), c.words.index(h) if h in c.words else -1
    if (at and is_number(expected[at - 1])) or (said_at > 0 and (
            is_number(c.words[said_at - 1]) or _a_count(c, said_at - 1))):
        return False
    fe, fh = finnish.case_numbers(e), finnish.case_numbers(h)
    if fe & fh:
        return False  # a form both can be: not the number that differs
    if said_at > 0 and (number := _number_of_its_subject(c.words, said_at)) is not None and \
            number not in {n for _, n in fh}:
        return False  # what "se on", "ne ovat" say of is in their number: "se on laatikot"
        # is a slip (set 56, both trainers almost)
    if fh == {("nimento", "singular")} and (any(_own_action(w) for w in c.words) or
                                            _a_doers_deed(c, said_at)):
        return False  # the object of "tarkistan" is never "osa": a slip of "osat" (set 10);
        # nor of "asiakas kaatoi": "asiakas kaatoi kahvi matolle" for "… kahvit …" (set
        # 232, both trainers almost)
    if said_at > 0 and c.words[said_at - 1] in QUANTITIES and \
            ("osanto", "plural") in fe and fh == {("osanto", "singular")}:
        return False  # more of things counted, said as of a mass: "tarvitsen lisää ruuvia"
        # for "… ruuveja" (set 78, both trainers almost)
    return any(ce == ch and ne != nh for ce, ne in fe for ch, nh in fh)


def _number_of_its_subject(words: Sequence[str], at: int) -> str | None:
    """The number the word at ``at`` takes as what "on", "oli" right before it says of a
    pointer or pronoun before that ("se", "tämä", "hän": one; "ne", "nämä": many; the
    normalised answer says "on" for "ovat" too). None where nothing sets it: not a noun
    before "on", whose slip the comparison names ("renkaat on kulunut")."""
    if at < 2 or words[at - 1] not in ("on", "oli", "olivat"):
        return None
    return _POINTERS_NUMBER.get(words[at - 2])


_POINTERS_NUMBER = {**dict.fromkeys(("se", "tämä", "tää", "tuo", "toi", "hän"), "singular"),
                    **dict.fromkeys(("ne", "nämä", "nää", "nuo", "noi", "he"), "plural")}


# a count asked or said: the noun after it is in the singular ("montako kappaletta"); not
# "paljonko", which speech says with the plural ("paljonko kappaleita": how many)
_COUNTS = frozenset({"montako", "monta"})


def _a_count(c: Case, at: int) -> bool:
    """``c.words[at]`` is a count word the learner said as such: "montako kappaleita" is a
    slip of "montako kappaletta" (set 16), not the other number of the same meaning."""
    return c.words[at] in _COUNTS and (
        not c.written or not _COUNTS.isdisjoint(c.written.casefold().split()))


def case_of_another_verb(c: Case, h: str) -> bool:
    """The step's own answers say the heard form, but with none of the learner's verbs:
    there the case goes with the verb, and the other form is a slip
    ("laitan kuulosuojaimia" beside "laitan kuulosuojaimet" and "käytän kuulosuojaimia":
    set 12). Asked by the rules that take one object case for another."""
    # the verbs as said (not "puuttuu" for "ei ole": step_words.none_as_missing)
    verbs = [w for w in c.said.split() if w != h and finnish.is_verb(w)]
    saying = [shape_of(n).wordset for _, n in c.accepted if h in shape_of(n).wordset]
    return bool(verbs and saying) and not any(v in said for v in verbs for said in saying)


def _object_case(c: Case, e: str, h: str, expected: list[str]) -> bool:
    """The same noun in the plural, nominative for partitive or the other way round, as
    Finnish says things acted on or there either way: "lääkkeitä" for "lääkkeet",
    "tikkaita" for "tikkaat", "pähkinät" for "pähkinöitä", "ettei hiukset putoa" for
    "ettei hiuksia putoa" (sets 6–9). Not after a count, nor a preposition that takes the
    partitive ("ennen työt" for "ennen töitä"), nor the nominative after a quantity word
    both say ("lisää mutterit" for "lisää muttereita"), nor the nominative where the trainer says
    some of a thing with "olla" ("kipsilevyt ei oo" for "kipsilevyjä ei ole"). The
    singular is left to the trainer's own forms: there the case says more ("annan peittoa"
    is not "annan peiton", "lattialla on öljy" not "öljyä")."""
    if "nimisana" not in finnish.word_classes(h) or not _same_thing(c, e, h):
        return False
    at, said_at = expected.index(e), c.words.index(h) if h in c.words else -1
    before = [expected[at - 1]] if at else []
    if said_at > 0:
        before.append(c.words[said_at - 1])
    if any(is_number(w) or w in _TAKE_PARTITIVE for w in before):
        return False
    fe, fh = finnish.case_numbers(e), finnish.case_numbers(h)
    if len(before) == 2 and before[0] == before[1] in QUANTITIES and \
            fh == {("nimento", "plural")} and not form_slips.comma_between(
            c.written, before[1], h) and not form_slips.subject_of_next(c.words, said_at):
        # "lisää mutterit" for "lisää muttereita": a quantity takes the partitive; not a
        # clause of its own ("tarvitsen lisää, ruuvit loppuivat", "lisää mutterit on loppu")
        return False
    if fe & fh:
        return False
    if _asked_to_do(c, said_at, fe, fh, expected[at + 1:at + 2]):
        return True
    if fh == {("nimento", "plural")} and any("olla" in finnish.base_forms(w)
                                              for w in expected):
        return False
    if case_of_another_verb(c, h):
        return False
    return bool(fe) and fe <= _PLURAL_OBJECT and bool(fh) and fh <= _PLURAL_OBJECT


_PLURAL_OBJECT = frozenset({("nimento", "plural"), ("osanto", "plural")})


def _asked_to_do(c: Case, said_at: int, fe: frozenset[tuple[str, str]],
                 fh: frozenset[tuple[str, str]], deed_asked: Sequence[str]) -> bool:
    """The one asked to do a deed, after "pyytää" and before its -maan form, the accepted
    answer's own deed (``deed_asked``), in the partitive or the accusative as Finnish says
    it either way: "pyydän kaverin auttamaan" for "pyydän työkaveria auttamaan" (set 74,
    both trainers right; not "pyydän kaverin katsomaan": review156, SAFETY)."""
    one = {("osanto", "singular"), ("omanto", "singular")}
    words = c.words
    if not (fe | fh == one and 0 < said_at < len(words) - 1 and
            not finnish.base_forms(words[said_at - 1]).isdisjoint(_ASKING_TO_DO)):
        return False
    deed, asked = words[said_at + 1], "".join(deed_asked)
    if asked[-4:] not in ("maan", "mään"):
        return False
    # (…or its spoken form, -ma- dropped, the vowel before it long: "auttaan")
    return deed == asked or (finnish.same_lemma(deed, asked) and any(
        a.get("MOOD") == "MA-infinitive" for a in finnish.analyses(deed))) or (
        deed == asked[:-4] + asked[-5] + "n" and finnish.is_word(deed) is False)


_ASKING_TO_DO = frozenset({"pyytää", "käskeä", "kehottaa"})
_TAKE_PARTITIVE = frozenset({"ennen", "ilman", "kohti", "vastapäätä"})


def _predicative_plural(c: Case, e: str, h: str, expected: list[str]) -> bool:
    """A plural adjective after "olla" in the partitive for the nominative, or the other
    way round, as Finnish says a plural thing's state either way: "jarrupalat ovat
    kuluneita" for "jarrupalat ovat kuluneet", "lattiat ovat märät" for "… märkiä" (issue
    12, judge54: both trainers correct). Both words right after a form of "olla"."""
    if not any(k in ("laatusana", "nimisana_laatusana") for k in finnish.word_classes(h)) or \
            not (finnish.base_forms(e) & finnish.base_forms(h)):
        return False
    fe, fh = finnish.case_numbers(e), finnish.case_numbers(h)
    if not (fe and fh and fe <= _PLURAL_OBJECT and fh <= _PLURAL_OBJECT) or fe & fh:
        return False
    at, said_at = expected.index(e), c.words.index(h) if h in c.words else -1
    if not (at > 0 and said_at > 0 and _a_form_of_olla(expected[at - 1])
            and _a_form_of_olla(c.words[said_at - 1])):
        return False
    # a past participle after "olla" may be the perfect tense ("ruuvit ovat loppuneet":
    # have run out, no state): a state only where the step's answers say it before a noun
    # too, as an adjective ("autossa on kuluneet jarrupalat")
    return not _a_participle(e) or _said_before_a_noun(c, finnish.base_forms(e))


def _a_participle(word: str) -> bool:
    return any(a.get("PARTICIPLE") for a in finnish.analyses(word))


def _said_before_a_noun(c: Case, bases: frozenset[str]) -> bool:
    return any(finnish.base_forms(w) & bases and "nimisana" in finnish.word_classes(nxt)
               for _, n in c.accepted for w, nxt in pairwise(n.split()))


def _a_form_of_olla(word: str) -> bool:
    return any(a.get("BASEFORM") == "olla" and a.get("CLASS") == "teonsana"
               for a in finnish.analyses(word))


def _a_doers_deed(c: Case, at: int) -> bool:
    """The word at ``at`` follows a verb of the third person, not of olla nor a command,
    right after its doer in the nominative ("asiakas kaatoi"), and an accepted answer says
    that verb with the word right after it as its object (in the genitive or partitive:
    "kaatoi kahvin", "kaatoi kahvia"): the object, never in the nominative singular. Not
    a verb the thing after it is the subject of ("hei pomo kontista puuttuu kipsilevy",
    "linja pysähtyi pakkaus putosi": review274)."""
    words = c.words
    doer = at - 3 if at > 2 and not finnish.cases(words[at - 2]) & _NAMED_CASES else \
        at - 2  # (an adverb between: "asiakas vahingossa kaatoi kahvi matolle", review275)
    if doer < 0 or not _a_doer(words[doer]):
        return False
    verbs = [a for a in finnish.analyses(words[at - 1]) if a.get("CLASS") == "teonsana"]
    if not verbs or not all(a.get("PERSON") == "3" and a.get("MOOD") != "imperative" and
                            a.get("BASEFORM") != "olla" for a in verbs):
        return False
    deeds, things = finnish.base_forms(words[at - 1]), finnish.base_forms(words[at])
    for _, n in c.accepted:
        said = n.split()
        for k in range(1, len(said)):
            if finnish.base_forms(said[k - 1]) & deeds and \
                    finnish.base_forms(said[k]) & things and (
                        finnish.cases(said[k]) & {"omanto", "osanto"} or
                        (k > 1 and _a_doer(said[k - 2]))):
                return True  # ("asiakas kaatoi kahvia", "asiakas haluaa talvirenkaat")
    return False


def _a_doer(word: str) -> bool:
    """``word`` is said only as a noun or pronoun in the nominative: one who does."""
    return finnish.every_reading(word, lambda a: a.get("SIJAMUOTO") == "nimento" and a.get(
        "CLASS") in _DOERS)


_NAMED_CASES = frozenset({"nimento", "omanto", "osanto"})  # (not an adverbial's)
_DOERS = frozenset({"nimisana", "asemosana", "etunimi", "sukunimi"})


def _own_action(word: str) -> bool:
    """A verb of the first or second person, not of olla nor a command: its object is
    never in the nominative singular."""
    found = [a for a in finnish.analyses(word) if a.get("CLASS") == "teonsana"]
    return bool(found) and all(a.get("PERSON") in ("1", "2") and a.get("MOOD") != "imperative"
                               and a.get("BASEFORM") != "olla" for a in found)


def _spoken_plural(e: str, h: str) -> bool:
    """The third person singular of the verb for its plural, as spoken Finnish says it with
    a plural subject: "ruuvit loppui" for "ruuvit loppuivat", "ne puuttuu" (set 6)."""
    plural = {(a.get("BASEFORM"), a.get("MOOD"), a.get("TENSE")) for a in finnish.analyses(e)
              if a.get("CLASS") == "teonsana" and a.get("PERSON") == "3"
              and a.get("NUMBER") == "plural"}
    return bool(plural) and any(
        (a.get("BASEFORM"), a.get("MOOD"), a.get("TENSE")) in plural
        for a in finnish.analyses(h) if a.get("PERSON") == "3" and a.get("NUMBER") == "singular")


def _address(c: Case, e: str, h: str) -> bool:
    """"You" in the other number, to one person or to several (the polite "te"): the same
    verb in the second person, mood and tense ("haluatko" for "haluatteko", "istu" for
    "istukaa"), asking as it asks (-ko), or the same pronoun's case ("sinulle" for
    "teille"). Set 12: "haluatko juoda jotain" for "haluatteko juoda jotain". Also the
    plural prohibitive's verb ("älkää käyttäkö" for "älä käytä"), not a plural command
    after a no ("en pääskää" for "en pääse": ``command_after_a_no``). In a repeat step only
    the polite plural for the model's singular (judge54: "Tarvitsetteko pussin?" for
    "Tarvitsetko pussin?", both trainers correct in sets 19, 20, 27, 33), not the familiar
    for its polite plural, less polite than the model ("ole hyvä" for "olkaa hyvä",
    "autanko sinua" to a resident for "autanko teitä": almost, sets 10, 18, 24)."""
    if command_after_a_no(h, c.words):
        return False
    if c.repeat and not _plural_for_singular(e, h):
        return False
    if _plural_prohibitive(e, h):
        return True
    if e.endswith(("ko", "kö")) != h.endswith(("ko", "kö")):
        return False  # "haluat" is no question
    said = you_readings(h)
    return bool(said) and any(kind == k and number != n for kind, number in you_readings(e)
                              for k, n in said)


def _plural_for_singular(e: str, h: str) -> bool:
    """``h`` says "you" in the plural where ``e`` says it in the singular."""
    return _plural_prohibitive(e, h) or (any(
        n == "plural" for _, n in you_readings(h)) and any(
        n == "singular" for _, n in you_readings(e)))


def _plural_prohibitive(e: str, h: str) -> bool:
    """The verb after "älkää" for the verb after "älä": "käyttäkö" for "käytä"."""
    return h[-2:] in ("ko", "kö") and any(
        a.get("MOOD") == "imperative" and a.get("PERSON") == "2"
        and a.get("NUMBER") == "singular"
        and any(b.get("BASEFORM") == a.get("BASEFORM") and b.get("MOOD") == "imperative"
                and b.get("NEGATIVE") == "true" and not b.get("PERSON")
                for b in finnish.analyses(h))
        for a in finnish.analyses(e))


def command_after_a_no(h: str, heard: Sequence[str]) -> bool:
    """``h``, a plural command, said after a no, a word between at most ("en pääskää",
    "älkää koskaan menkää", "ettei asukas kaatukaa"): no polite form of the no's verb ("en
    pääse", "älkää menkö"), which the word alone could read as the command "pääse", "mene"
    (``address``)."""
    at = heard.index(h) if h in heard else -1
    return at > 0 and any(a.get("CLASS") == "kieltosana" for w in heard[max(0, at - 2):at]
                          for a in finnish.analyses(w)) \
        and any(a.get("MOOD") == "imperative" and a.get("NUMBER") == "plural"
                and a.get("NEGATIVE") != "true" for a in finnish.analyses(h))


def persons_drilled(accepted: Sequence[str], mistakes: Sequence[str]) -> bool:
    """The step drills a verb's persons: a foreseen mistake is an accepted answer but for
    its verb, said in another person ("minä pesee kädet" beside "minä pesen kädet",
    yleinen-verbit), so another "you" is no politeness there but the very slip taught
    (``verdict.judge`` switches ``address`` off there)."""
    return _persons_drilled(tuple(accepted), tuple(mistakes))


@lru_cache(maxsize=1024)
def _persons_drilled(accepted: tuple[str, ...], mistakes: tuple[str, ...]) -> bool:
    said = [_plain_words(m) for m in mistakes]
    return any(len(m) == len(a) and sum(x != y for x, y in zip(m, a, strict=True)) == 1
               and all(x == y or _another_person(x, y) for x, y in zip(m, a, strict=True))
               for a in map(_plain_words, accepted) for m in said)


def _plain_words(text: str) -> tuple[str, ...]:
    return tuple(w.strip(".,!?") for w in text.lower().split())


def _another_person(a: str, b: str) -> bool:
    """``a`` and ``b`` are one verb in two persons, its mood and tense the same ("pesee"
    for "pesen"; not the passive, "nukuttiinko" beside "nukuitteko", a "we" of speech, nor
    another tense, "nukutko" beside "nukuitteko": no person drilled)."""
    def readings(word: str) -> dict[tuple[str, str, str], set[str]]:
        found: dict[tuple[str, str, str], set[str]] = {}
        for r in finnish.analyses(word):
            if r.get("CLASS") == "teonsana" and r.get("PERSON") in ("1", "2", "3"):
                found.setdefault((r.get("BASEFORM", ""), r.get("MOOD", ""), r.get("TENSE", "")),
                                 set()).add(r.get("PERSON", "") + r.get("NUMBER", ""))
        return found

    ra, rb = readings(a), readings(b)
    return any(ra[k] != rb[k] for k in ra.keys() & rb.keys())


@lru_cache(maxsize=8192)
def you_readings(word: str) -> frozenset[tuple[tuple[str | None, ...], str | None]]:
    """``word``'s readings as "you" (``_as_you``), worked out once per word: every pair of
    words compared asks them."""
    return frozenset(y for a in finnish.analyses(word) if (y := _as_you(a)) is not None)


def _as_you(a: Mapping[str, str]) -> tuple[tuple[str | None, ...], str | None] | None:
    """A reading of "you": (what it is besides its number, its number), or None."""
    if a.get("CLASS") in ("teonsana", "kieltosana") and a.get("PERSON") == "2":  # also "älä"
        return (a.get("BASEFORM"), a.get("MOOD"), a.get("TENSE")), a.get("NUMBER")
    if a.get("BASEFORM") in ("sinä", "te") and a.get("CLASS") == "asemosana":
        return ("sinä/te", a.get("SIJAMUOTO")), a.get("NUMBER")
    return None


# What the trainer's "ei toimi" says: the thing does not do its work, whatever its work is.
_DOES_NOT_WORK = "toimi"


def _fault_verb(c: Case, e: str, h: str, expected: list[str]) -> bool:
    """Another verb said with "ei" where the accepted answer says "X ei toimi": "pakastin ei
    pakasta", "nosturi ei lukitu" (set 7) say the thing does not do its work. Not "olla"
    ("ei ole rikki" says the opposite of "on rikki"), and the no must be said before it."""
    at = expected.index(e)
    if e != _DOES_NOT_WORK or at == 0 or expected[at - 1] not in NEGATIONS:
        return False
    said_at = c.words.index(h) if h in c.words else -1
    if said_at <= 0 or c.words[said_at - 1] not in NEGATIONS:
        return False
    # a form a no takes (the connegative: "ei pakasta", "ei pumppaa")
    return any(a.get("CLASS") == "teonsana" and a.get("NEGATIVE") in ("both", "true")
               and a.get("BASEFORM") != "olla" for a in finnish.analyses(h))


# Verbs of necessity (base forms): "minun pitää tehdä", "täytyy tehdä" say what "teen" asks.
_MUST = frozenset({"pitää", "täytyä"})
# their forms a must is said in (the base forms above, asked of Voikko only after these)
_MUST_SAID = frozenset({"pitää", "piti", "pitäisi", "täytyy", "täytyi", "täytyisi"})


# The verbs of may: "saa maksaa" and "voi maksaa" answer "voinko maksaa?" alike
_MAY = frozenset({"voida", "saada"})


def may_for_may(c: Case, e: str, h: str) -> bool:
    """``h`` a may ("saa", "saatte") said for the accepted answer's other may ("voi",
    "voitte") in the same person, before an infinitive or closing the answer ("kyllä saa"):
    a permission asked, given in either verb. Not in the first person ("voin tulla" says
    I can, "saan tulla" that I am let), nor of anything before it but a bare yes or no
    ("kuorma voi pudota" says a danger, "kuorma saa pudota" no permission), nor "saa" of
    getting ("saa palkkaa": no infinitive after it)."""
    mine, theirs = _may_readings(h), _may_readings(e)
    if not mine or not theirs or {b for b, _ in mine} & {b for b, _ in theirs} or \
            not {p for _, p in mine} & {p for _, p in theirs} or h not in c.words:
        return False
    at = c.words.index(h)
    after = c.words[at + 1] if at + 1 < len(c.words) else None
    if after is not None and not _a_dictionary_form(after):
        return False
    # only as a permission's answer: after a bare yes or no ("kyllä saa maksaa kortilla"),
    # or said to the listener ("saatte maksaa"); a danger that can happen is no permission
    # ("koska jotain saa pudota", "joku saa liukastua", "saa sattua onnettomuus": review57,
    # SAFETY), nor "voi" of feeling ("no voi", "miten hän voi")
    before = c.words[:at]
    if (before and set(before) <= _YES_OR_NO) or (not before and any(p[0] == "2"
                                                                     for _, p in mine)):
        return True
    # where the step answers a permission ("kyllä voitte", "ei saa" accepted alone), also
    # with other words before it, but a subject ("kortilla saa maksaa", "kyllä te saatte")
    return _answers_a_may(tuple(n for _, n in c.accepted)) and not any(
        a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") == "nimento"
        for w in before for a in finnish.analyses(w)) and _AN_EVENT_SAID.isdisjoint(before)


# an answer's words before its may that make it an event's, not a permission's
_AN_EVENT_SAID = frozenset({"koska", "että", "jos", "kun", "joku", "jotain", "jokin", "se",
                            "ne", "hän", "he"})


@lru_cache(maxsize=sizes.STEPS)
def _answers_a_may(accepted: tuple[str, ...]) -> bool:
    """An accepted answer is a may alone, after a bare yes or no ("kyllä voitte", "voi", "ei
    saa"): the step asks a permission."""
    return any(len(words) <= 2 and _may_readings(words[-1]) and set(words[:-1]) <= _YES_OR_NO
               for words in (n.split() for n in accepted))


# the words a permission's answer may open with before its may ("kyllä saa", "ei saa")
_YES_OR_NO = frozenset({"kyllä", "joo", "ei", "juu"})


def _a_dictionary_form(word: str) -> bool:
    """A verb's A-infinitive ("maksaa"; "seistä", which Voikko reads as its base form)."""
    return any(a.get("MOOD") == "A-infinitive" or
               (a.get("CLASS") == "teonsana" and a.get("BASEFORM") == word)
               for a in finnish.analyses(word))


def _may_readings(word: str) -> frozenset[tuple[str, tuple[str, str]]]:
    """(base form, (person, number)) of each reading of ``word`` as a may in a person,
    indicative ("saa": saada, 3rd singular)."""
    return frozenset((a["BASEFORM"], (a["PERSON"], a.get("NUMBER", "")))
                     for a in finnish.analyses(word)
                     if a.get("BASEFORM") in _MAY and a.get("PERSON") not in (None, "1")
                     and a.get("MOOD") == "indicative")


def modal_chain(c: Case) -> tuple[str, frozenset[str]] | None:
    """The must of "(minun) pitää tehdä" in the answer, and the words it joins (its
    genitive subject, the infinitive), or None: "mitä minun pitää tehdä nyt" asks what
    "mitä minä teen nyt" asks (sets 6, 7)."""
    words = c.words
    if not c.on("modal") or _MUST_SAID.isdisjoint(words):
        return None  # (the commonest case: no must said, no Voikko asked)
    for i, w in enumerate(words[:-1]):
        if any(a.get("BASEFORM") in _MUST and a.get("MOOD") == "indicative"
               and a.get("PERSON") == "3" for a in finnish.analyses(w)) and \
                any(a.get("MOOD") == "A-infinitive" for a in finnish.analyses(words[i + 1])):
            return w, frozenset({words[i + 1], *(x for x in words[:i] if x in GENITIVE_PRONOUNS)})
    return None


_GOING = frozenset({"mennä", "lähteä"})
_PRESENT = "present_simple"  # Voikko's TENSE of "menen", "pitää" ("menin": past_imperfective)


def chain_as_its_verb(words: list[str], vocabulary: Sequence[str]) -> list[str]:
    """A verb said through another where the step says it alone: going to do it is doing it
    ("menen pesemään kädet" for "pesen kädet"), and what must be done, said of no one, is
    what the step says is done ("kädet pitää pestä"; set 12). The step's own form of the
    verb, in the person and tense of "menen" ("menin pesemään" is "pesin", not "pesen");
    a must, in the present, only for a present ("kädet pitää pestä" is no "pesin kädet").
    A must with its genitive subject is the modal rule's."""
    if len(words) < 2 or (_MUST_SAID.isdisjoint(words) and not any(
            w.startswith(("men", "läh")) for w in words)):
        return words  # (the commonest case: no Voikko asked)
    for i, (verb, chained) in enumerate(pairwise(words)):
        if chained in vocabulary or verb in vocabulary:
            continue  # the step's own chain
        finite = next((a for a in finnish.analyses(verb) if a.get("MOOD") == "indicative"
                       and a.get("PERSON") in ("1", "2", "3")), None)
        if finite is None:
            continue
        base, tense = finite.get("BASEFORM"), finite.get("TENSE")
        if base in _GOING:
            form, person = "MA-infinitive", (finite.get("PERSON"), finite.get("NUMBER"))
        elif base in _MUST and verb in _MUST_SAID and GENITIVE_PRONOUNS.isdisjoint(words) \
                and tense == _PRESENT:
            form, person = "A-infinitive", None
        else:
            continue
        if not any(a.get("MOOD") == form for a in finnish.analyses(chained)):
            continue
        lemmas = finnish.base_forms(chained)
        own = next((v for v in vocabulary if any(
            a.get("MOOD") == "indicative" and a.get("BASEFORM", "").casefold() in lemmas
            and a.get("TENSE") == tense and (person is None or person == (
                a.get("PERSON"), a.get("NUMBER"))) for a in finnish.analyses(v))), None)
        if own is not None:
            return [*words[:i], own, *words[i + 2:]]
    return words


def in_modal_chain(chain: tuple[str, frozenset[str]] | None, e: str, h: str) -> bool:
    """``h`` is the infinitive of the chain for the finite verb ``e``, or its genitive
    subject for the nominative one, or the whole object in the nominative a must gives it
    ("minun täytyy viedä laatikko" for "vien laatikon")."""
    if chain is None or not finnish.same_lemma(e, h):
        return False
    # (not a number: a genitive one goes with its noun, "sadan kilometrin jälkeen", and
    # "sata kilometrin" is a slip of agreement; set 31, both trainers)
    return h in chain[1] or (("omanto", "singular") in finnish.case_numbers(e)
                             and ("nimento", "singular") in finnish.case_numbers(h)
                             and "lukusana" not in finnish.word_classes(e))


# The personal pronouns, by base form: a learner's case of one is a slip a trainer hears.
_PERSONAL = frozenset({"minä", "sinä", "hän", "me", "te", "he"})


def pronoun_in_another_form(c: Case, extra: list[str]) -> str | None:
    """A personal pronoun said more, in a form no accepted answer gives it, where one says
    it in another: "mihin teihin sattuu", "missä sattuu teille" beside "mihin teitä
    sattuu" (sets 6, 7: the trainer hears the case, almost). Only an accepted answer that
    says another word of the answer's own gives the form: "miten minä teen tämän" says
    nothing of "voitko neuvoa minua" (an object added to a request, right). The accepted
    form, or None."""
    for w in extra:
        bases = finnish.base_forms(w) & _PERSONAL
        if not bases or any(w in n.split() for _, n in c.accepted):
            continue
        own = {x for x in c.words if x not in extra and x not in FRAME_WORDS}
        for _, n in c.accepted:
            said = n.split()
            if own.isdisjoint(said):
                continue
            for a in said:
                if a != w and bases & finnish.base_forms(a):
                    return a
    return None


def short_answer(c: Case, expected: list[str], heard: list[str], missing: list[str],
                 findings: list[tuple[str, str, str]]) -> bool:
    """The answer says what the question leaves to say, the rest being what the question
    has (issue 12, sets 6–8):

    - the end of an accepted answer after its subject and verb, where the verb is "olla"
      or the end names a number ("valmis" for "työ on valmis", "kaksi tuntia" for "se
      kestää kaksi tuntia"): the answer to "onko työ valmis?", "kauanko se kestää?". Not
      after a no ("ei ole valmis"), not with the subject said ("lava rikki" for "lava on
      rikki" drops the verb of a sentence it starts: almost), nor a thing named without
      the frame a step teaches ("moppi" for "tämä on moppi": a start);
    - the thing asked for and "kiitos", for a request of it: "avaimet kiitos" for
      "saisinko avaimet" (set 7), as one asks at a counter;
    - a question of three words or more without its "on": "kuinka iso reikä" for
      "kuinka iso reikä on" (not "missä kahvi", a question word and a bare noun).
    """
    if not c.on("short_answer") or not missing:
        return False
    if _asked_by_name(c, expected, heard, missing):
        return True  # (its word forms are its own to judge)
    if findings:
        return False
    # a question word starts a question whose "on" speech drops: "kuinka iso reikä (on)"
    if expected[0] in QUESTION_WORDS and heard[0] == expected[0] and \
            all(m in BE for m in missing) and len(heard) >= 3:
        return True  # (a question word and a bare noun, "missä kahvi", is telegraphic)
    k = len(expected) - len(heard)
    if k < 1 or expected[k:] != heard or missing != expected[:k] or \
            expected[0] in QUESTION_WORDS:
        return False  # (nor a question's thing alone: "trukki?" for "mikä on trukki",
        # set 139, both trainers almost)
    head = [w for w in expected[:k] if w not in FRAME_WORDS or w in BE]
    if not head or any(w in NEGATIONS for w in expected[:k]) or \
            all(w in FRAME_WORDS for w in heard):
        return False
    verb, subject = head[-1], head[:-1]
    if len(subject) > 1 or any(finnish.is_verb(w) for w in subject):
        return False
    finite = [a for a in finnish.analyses(verb) if a.get("CLASS") == "teonsana"
              and a.get("MOOD") == "indicative" and a.get("PERSON") == "3"]
    if not finite:
        return False
    if any(is_number(w) for w in heard):
        return True
    # "olla" with the thing named ("seinä on valmis"); not "tämä on moppi", which teaches
    # the frame to name a thing in (a start: almost)
    return bool(subject) and (verb in BE or any(a.get("BASEFORM") == "olla" for a in finite))


# Pronouns that stand for a thing as the object of a verb.
_OBJECT_PRONOUNS = frozenset({"se", "sen", "sitä", "ne", "niitä", "tämä", "tämän", "tätä",
                              "nämä", "näitä"})


def _object_pronoun(e: str, h: str, expected: list[str]) -> bool:
    """A pronoun for the thing the accepted answer names after its verb, in the thing's case
    and number: "sammutan sen ensin" for "sammutan koneen ensin", "laitan ne hyllyyn" for
    "laitan laatikot hyllyyn": the question has named it (issue 12). Not for the subject
    (the first word: judged apart), nor for a place ("vien sen" is no "vien varastoon")."""
    at = expected.index(e)
    if h not in _OBJECT_PRONOUNS or at == 0 or \
            not finnish.is_verb(expected[at - 1]) or \
            "nimisana" not in finnish.word_classes(e):
        return False
    return any(case in finnish.OBJECT_CASES for case, _ in finnish.case_numbers(e)
               & finnish.case_numbers(h))


def _asked_by_name(c: Case, expected: list[str], heard: list[str], missing: list[str]) -> bool:
    """The accepted answer is a request (a question verb first: saisinko, saanko, voitteko
    antaa…) and the answer is what it asks for, said with "kiitos"."""
    if "kiitos" not in c.words or not expected[0].endswith(("ko", "kö")) or \
            missing != expected[:len(missing)] or len(missing) >= len(expected):
        return False
    said, asked = [w for w in heard if w not in FRAME_WORDS], expected[len(missing):]
    # the thing named as one names it, in the nominative: "kuitti kiitos" for "saisinko
    # kuitin"
    return len(said) == len(asked) and bool(said) and all(
        s == a or (finnish.same_lemma(s, a) and any(
            case == "nimento" for case, _ in finnish.case_numbers(s)))
        for s, a in zip(said, asked, strict=True)) and \
        finnish.is_verb(expected[0])


# "hyvää …": the greetings of the times of day, each answering a greeting.
_TIMES_OF_DAY = frozenset({"huomenta", "päivää", "iltaa"})
_ENDS_OF_DAY = frozenset({"huomenta", "iltaa"})


def _greeting(c: Case, e: str, h: str, expected: list[str]) -> bool:
    """A greeting of another time of day, after "hyvää": "hyvää päivää" answers "hyvää
    huomenta" (set 7), as a trainer hears a greeting. Only after "hyvää": "kaksi päivää"
    counts days."""
    if e not in _TIMES_OF_DAY or h not in _TIMES_OF_DAY or (
            h in _ENDS_OF_DAY and
            not (_ENDS_OF_DAY - {h}).isdisjoint(re.findall(r"\w+", c.situation.casefold()))):
        return False  # (not the other end of the day from the situation's greeting: "hyvää
        # iltaa" to "Huomenta!", set 154, both trainers wrong)
    at, said_at = expected.index(e), c.words.index(h)
    return at > 0 and expected[at - 1] == "hyvää" and said_at > 0 and \
        c.words[said_at - 1] == "hyvää"


def greeting_shortened(expected: Sequence[str], heard: Sequence[str]) -> bool:
    """The model greets by the time of day and goes on, and the answer says the greeting
    without its "hyvää", as Finns greet: "huomenta, nukuitko hyvin" for "Hyvää huomenta!
    Nukuitko hyvin?" (sets 18, 20, 40, 53, both trainers). The greeting alone is the model
    half said ("huomenta" for "Hyvää huomenta!": almost, sets 16, 23, 36, 38)."""
    at = expected.index("hyvää") if "hyvää" in expected else -1
    return 0 <= at < len(expected) - 2 and expected[at + 1] in _TIMES_OF_DAY and \
        expected[at + 1] in heard and "hyvää" not in heard


@lru_cache(maxsize=sizes.STEPS)
def step_slots(accepted: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """Words the step's accepted answers say in one another's place: two answers the same
    but for one word ("anteeksi en voi nyt", "anteeksi en voi heti") make the two one in
    every answer of the step, so "en valitettavasti ehdi heti" answers as "anteeksi en ehdi
    nyt" and "valitettavasti en voi nyt" do (set 8). The trainer wrote each; together they
    say what may stand where."""
    bags = [n.split() for n in accepted]
    found: set[tuple[str, str]] = set()
    for i, a in enumerate(bags):
        for b in bags[i + 1:]:
            if len(a) != len(b) or len(a) < 2:
                continue
            only_a = [w for w in a if w not in b]
            only_b = [w for w in b if w not in a]
            if len(only_a) == 1 and len(only_b) == 1 and not (
                    is_number(only_a[0]) or is_number(only_b[0]) or
                    {only_a[0], only_b[0]} & NEGATIONS or
                    finnish.same_lemma(only_a[0], only_b[0])):
                # (two forms of one word are each right where it stands: "uuni päälle",
                # "laitan uunin päälle")
                found |= {(only_a[0], only_b[0]), (only_b[0], only_a[0])}
    return frozenset(found)


# A duration said in minutes, and the word the step may say it with instead.
_MINUTES_AS = {"kuusikymmentä": "tunti", "viisitoista": "vartti"}


def duration_as_accepted(words: list[str], accepted: tuple[tuple[str, str], ...],
                         vocabulary: Sequence[str]) -> list[str]:
    """"60 minuuttia" is the step's "tunti", "15 minuutin päästä" its "vartin päästä": a
    duration said in minutes where the accepted answers say it in hours or quarters (sets
    7, 8). Put in the form of an accepted answer's word, the one that makes an accepted
    answer where one does."""
    if "minuuttia" not in words and "minuutin" not in words:
        return words  # (the commonest case: no minutes said, no Voikko asked)
    for i, w in enumerate(words[:-1]):
        unit = _MINUTES_AS.get(w)
        if unit is None or w in vocabulary or not finnish.same_lemma(words[i + 1], "minuutti"):
            continue  # (where the step says the minutes itself, they are compared as said)
        forms = [v for v in vocabulary if unit in finnish.base_forms(v)]
        if not forms or any(is_number(a) and b in forms for _, n in accepted
                            for a, b in pairwise(n.split())):
            continue  # hours counted ("kaksi tuntia"): sixty minutes is one of them
        tries = [[*words[:i], v, *words[i + 2:]] for v in forms]
        return next((t for t in tries for _, n in accepted if same_words(t, n)), tries[0])
    return words


# Verbs whose action goes on in the -maan form ("auta minua nostamaan", "menen syömään"):
# the dictionary form after them is the slip a trainer hears.
_TAKE_MAAN = frozenset({"auttaa", "mennä", "tulla", "lähteä", "pyytää", "opettaa", "joutua"})


def infinitive_for_maan(c: Case, extra: Sequence[str]) -> str | None:
    """A verb said more in its dictionary form, after a verb that takes the -maan form:
    "auta minua nostaa" (set 8: almost) for "auta minua nostamaan". The word, or None."""
    said = next((w for w in extra if c.words.index(w) > 0 and any(
        a.get("MOOD") == "A-infinitive" for a in finnish.analyses(w))), None)
    if said is None:  # (the commonest case: asked of the extra words alone)
        return None
    takes = any(a.get("BASEFORM") in _TAKE_MAAN for w in c.words if w not in extra
                for a in finnish.analyses(w) if a.get("CLASS") == "teonsana")
    return said if takes else None


def yes_and_the_rest(c: Case, expected: list[str]) -> bool:
    """A yes, then what an accepted answer says after its verb: "joo ruuveja" for
    "tarvitsen ruuveja" answers "tarvitsetko vielä jotain?" (set 6), the yes saying the
    question's verb. Not after a no, and the verb first (with its subject at most)."""
    words = c.words
    if not c.on("short_answer") or len(words) < 2 or words[0] not in YES:
        return False
    rest = words[1:]
    k = len(expected) - len(rest)
    if k < 1 or expected[k:] != rest or all(w in FRAME_WORDS for w in rest):
        return False
    head = [w for w in expected[:k] if w not in FRAME_WORDS]
    if len(head) != 1 or head[0] in NEGATIONS:
        return False
    return any(a.get("CLASS") == "teonsana" and a.get("MOOD") == "indicative"
               for a in finnish.analyses(head[0]))
