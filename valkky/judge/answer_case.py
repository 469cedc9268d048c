"""A word of the step's answers said in a case none of them gives it (issue 12, sets 14-20).

Rules that pass an answer in the learner's own words (an open question, the keywords, the
closest answer word by word, words more beside an accepted answer) compare what the words
mean; a trainer hears their case too: `keskiviikko kello kaksi` for `keskiviikkona kello
kaksi`, `ehkä huomenna iltapäivä` for `huomenna iltapäivällä`, `pidä selkä suoraan` for
`pidä selkä suorana`, `hänen lonkka sattui` for `hänen lonkkaansa sattui`. Voikko names
each word's base form and case; the step's accepted answers say which cases the word takes.

A word is a slip where every reading of it is a noun, adjective or pronoun in a case, some
accepted answer says the same word, and none says it in a case of the learner's. Not a
slip, as Finnish or the judge takes either:

- the grammatical cases for one another (nominative, genitive, partitive: a subject or an
  object, `kahvia puuttuu`, `en ota kahvia` for `otan kahvin`: one_form and form_slips
  read those);
- the other side, in or on, of the same direction (`käytävässä` for `käytävällä`, rule
  `place_case`);
- a number, a name, a word the answer says as an accepted answer does, or one of
  the spoken forms the normaliser makes standard (`mä`, `mun`, `tääl`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from valkky.judge import finnish
from valkky.judge.number_words import is_number
from valkky.judge.phrase_case import QUESTION_WORDS
from valkky.judge.wordsets import EXTRAS, NEGATIONS

_NOMINATIVE = frozenset({"nimento"})
# a state's cases (essive, translative), and with the six local ones a place's or a time's
_STATE = frozenset({"olento", "tulento"})
_PLACE_OR_STATE = finnish.LOCAL_CASES | _STATE
# "täällä korjaamo", as "täällä Ali", names who calls: the nominative (yleinen-puhelin)
_ON_THE_PHONE = "täällä"
_SUBJECT_OR_OWNER = frozenset({"nimento", "omanto"})
# the cases a slip is said in: the bare nominative, a local case
_SLIPPED = _NOMINATIVE | finnish.LOCAL_CASES
# classes whose case the step's answers fix (not a name, nor a numeral: "kello kaksi")
_CASED = frozenset({"nimisana", "asemosana", *finnish.ADJECTIVE_CLASSES})


def slip(words: Sequence[str], accepted: Sequence[Sequence[str]],
         closest: Sequence[str] = ()) -> tuple[int, str] | None:
    """The first word (its index) of ``words`` said in a case no accepted answer gives it,
    and that word as an accepted answer says it in the same frame (the closest first);
    None where there is none or no Voikko to tell."""
    if finnish.voikko() is None:
        return None
    said = {w for a in accepted for w in a}
    for i, word in enumerate(words):
        if word in said or is_number(word):
            continue
        cases = _cases(word)
        if not cases or not cases <= _SLIPPED or (cases == _NOMINATIVE and (
                _pronoun(word) or (i > 0 and words[i - 1] == _ON_THE_PHONE))):
            continue
        bases = finnish.base_forms(word)
        models = [(a, k) for a in (closest, *accepted) for k, w in enumerate(a)
                  if bases & finnish.base_forms(w)]
        if not models or any(_cases(a[k]) & cases for a, k in models):
            continue
        for a, k in models:
            if _slip_for(cases, _cases(a[k])) and _same_frame(words, i, a, k):
                return i, a[k]
    return None


def _same_frame(words: Sequence[str], i: int, model: Sequence[str], k: int) -> bool:
    """The word said beside the same word as the model's (`huomenna iltapäivä` for
    `huomenna iltapäivällä`), a word of the clause: not a no or a conjunction, which may
    start a clause of its own (`minulla on flunssa en voi tulla` beside `olen flunssassa en
    voi tulla`); not the subject of a verb the model does not say after it (`en pääse bussi
    ei kulje` beside `en pääse bussilla`)."""
    end = i + 1  # past the nominatives said together ("sama lauta ei käy")
    while end < len(words) and _cases(words[end]) == _NOMINATIVE:
        end += 1
    subject_of = words[end] if end < len(words) else ""
    there = k + end - i
    if subject_of and (there >= len(model) or subject_of != model[there]) and (
            subject_of in NEGATIONS or finnish.persons(subject_of)):
        return False
    after = words[i + 1] if i + 1 < len(words) else ""
    return (i > 0 and k > 0 and _beside(words[i - 1], model[k - 1])) or \
        (bool(after) and k + 1 < len(model) and _beside(after, model[k + 1]))


def _beside(word: str, model: str) -> bool:
    """The same word beside, or the same word in another form, slipped with it (`toinen
    kerros` for `toisessa kerroksessa`; not a pronoun: `mikä huone` for `missä huoneessa`
    asks "which" in the question word's own case); a word of the clause's own."""
    return (word == model or (finnish.same_lemma(word, model) and not _pronoun(word))) \
        and _in_clause(word)


def _pronoun(word: str) -> bool:
    """A pronoun or a question word, whose own case the noun beside it may take."""
    return "asemosana" in finnish.word_classes(word) or \
        not QUESTION_WORDS.isdisjoint(finnish.base_forms(word))


def _in_clause(word: str) -> bool:
    """A word of the clause's own: not a no or a conjunction, nor a greeting or a polite
    word, after which a nominative says whom to (`huomenta kaikki` beside `huomenta
    kaikille`)."""
    return word not in NEGATIONS and word not in EXTRAS and \
        "sidesana" not in finnish.word_classes(word)


def _slip_for(heard: frozenset[str], model: frozenset[str]) -> bool:
    """The bare nominative for a place's or a state's case (`iltapäivä` for
    `iltapäivällä`, `lonkka` for `lonkkaansa`), or a place's case for a state's (`suoraan`
    for `suorana`)."""
    # (a reading in the nominative or genitive may be the learner's own construction;
    # one in the partitive beside is a possessive's double reading: "lonkkaansa")
    if not model & _PLACE_OR_STATE or model & _SUBJECT_OR_OWNER:
        return False
    if heard == _NOMINATIVE:
        return True
    return model <= _STATE and heard <= finnish.LOCAL_CASES


def _cases(word: str) -> frozenset[str]:
    """The cases of ``word`` where every reading is a cased noun, adjective or pronoun;
    else none."""
    found = finnish.analyses(word)
    if not found or not all(_cased(a) for a in found):
        return frozenset()
    return frozenset(a["SIJAMUOTO"] for a in found)


def _cased(a: Mapping[str, str]) -> bool:
    return a.get("CLASS") in _CASED and "SIJAMUOTO" in a


__all__ = ["slip"]
