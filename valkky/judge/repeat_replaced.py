"""Another sentence said in a repeat step (issue 12, judge50): the learner repeats a model
sentence; with two or more of its words replaced by other real words, the answer is another
sentence ("Mitä teet huomenna?" for "Mitä teit viikonloppuna?", "Mikä tuote tämä on?" for
"Missä hyllyvälissä tuote on?"): wrong, not almost. One word replaced stays as it was (a
word for another: almost); a word left out is no replacement ("Missä tuote on?").

Counted against the accepted answer the comparison found closest, by the words as said: the
model's words (not frame words) the answer does not say, each paired first with a word of the
answer that is that word in another form (a person or a mood: "laitan hiusverkon" for
"Laita hiusverkko", set 11 almost), a slip of it ("saa" for "sää", "mita") or its synonym
in the lexicon ("kerro" for "ilmoita"): no replacement. Not another form where it says
another question or time: a question word in another case ("mikä" for "missä"), a verb in
another tense ("teet" for "teit"). What is
left, paired with the answer's other real words (a frame word too: "tämä" for
"hyllyvälissä"), is replaced.
"""

from __future__ import annotations

from valkky.judge import finnish
from valkky.judge.case import Case, Judgement, fuzz_module, normalised
from valkky.judge.number_words import one_number_two_kinds
from valkky.judge.word_rules import a_synonym
from valkky.judge.wordsets import FRAME_WORDS, QUESTION_WORDS

_MOST = 1  # words replaced that keep the sentence the model's
_SLIP = 75  # a word this near another (rapidfuzz ratio), or the same without dots, a slip
_NO_DOTS = str.maketrans("äöå", "aoa")


def another_sentence(c: Case, j: Judgement) -> Judgement:
    """``j``, or wrong where the answer to a repeat step replaces two of the model's words
    or more (module doc)."""
    if not c.repeat or j.verdict != "almost" or not j.closest or c.options:
        return j
    model = normalised(j.closest).split()
    gone = [w for w in model if w not in c.words and w not in FRAME_WORDS]
    new = [w for w in c.words if w not in model]
    for w in list(gone):
        kept = next((n for n in new if _the_same_word(w, n)), None)
        if kept is not None:
            gone.remove(w)
            new.remove(kept)
    new = [n for n in new if finnish.is_word(n)]
    if min(len(gone), len(new)) <= _MOST:
        return j
    c.note(f"{', '.join(new)} for {', '.join(gone)}: another sentence")
    return c.judgement("wrong", None, closest=j.closest)


def _the_same_word(model: str, said: str) -> bool:
    """``said`` is ``model`` in another form that keeps what it asks and when, or a slip."""
    if model.translate(_NO_DOTS) == said.translate(_NO_DOTS) or \
            fuzz_module().ratio(model, said) >= _SLIP:
        return not (model in QUESTION_WORDS or said in QUESTION_WORDS) and \
            not _another_tense(model, said)
    if a_synonym(model, said):  # "kerro" for "ilmoita", "hanskoja" for "käsineitä"
        return True
    if one_number_two_kinds(model, said):
        return True  # "viisi" for "viides": the same number in the other kind (set 33)
    if finnish.base_forms(model).isdisjoint(finnish.base_forms(said)):
        return False
    return not (model in QUESTION_WORDS or said in QUESTION_WORDS) and \
        not _another_tense(model, said)


def _another_tense(a: str, b: str) -> bool:
    """Verbs of two tenses and no tense shared ("teit", "teet")."""
    tenses = [{r["TENSE"] for r in finnish.analyses(w) if r.get("TENSE")} for w in (a, b)]
    return all(tenses) and tenses[0].isdisjoint(tenses[1])
