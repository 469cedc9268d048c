"""The part the question asks for, left out (issue 12, judge50): "Mitä haet?" accepts
"jakoavaimen" and "haen jakoavaimen hyllystä"; "haen hyllystä", or "haen sen hyllystä" (a
pronoun for the thing), says where but not what. "Mihin aikaan linja pysähtyy?" accepts
"kymmenen" and "linja pysähtyy kello kymmenen"; "linja pysähtyy" says no time. A trainer
says wrong: no "good start" ("Hyvä alku! Sano koko lause: …" also gives the answer away).

The judge does not see the question; the step's accepted answers of one word name what it
asks for (a thing, a time, a place, an amount: no verb, greeting, yes or
no). A sentence (a verb of a person, no no) the word-by-word comparison finds part of a
longer accepted answer (almost, missing_words), or right with a pronoun for the thing as its
object ("sen", "sitä", "niitä"…), that says no word of those answers (by base form; a
synonym is read as the step's word before this; a number, a number's noun or an ordinal
where they are numbers: another value is for the rules of numbers; nor a word of an asked
word's lexicon group in any form) is wrong.
An answer that keeps the asked-for part ("jakoavain hyllystä", "kello kymmenen") keeps its
verdict, and so does a thing's verb alone, with its subject or the verbs before it ("hän
haluaa vaihtaa" for "hän haluaa vaihtaa talvirenkaat": a start). Not where a shortest
answer has a verb, a yes or a no (it names no part), nor where every accepted answer is as
short (nothing longer to be a part of), nor in a choose or repeat step or an open question.
"""

from __future__ import annotations

import re

from valkky.judge import finnish, lexicon
from valkky.judge.case import Case, Detail, Judgement, normalised
from valkky.judge.number_words import a_number_noun, is_number, ordinal_value
from valkky.judge.wordsets import (
    ACKNOWLEDGEMENTS,
    EVERY_NO,
    FRAME_WORDS,
    GREETINGS,
    NEGATIONS,
    ORDER_WORDS,
    QUESTION_WORDS,
    SUBJECT_PRONOUNS,
    WHERE_ASKED,
)

# A pronoun standing for a thing as the object ("haen sen"; not a subject: "se on kaks
# milliä liian pitkä" says what the thing is)
_THING_PRONOUNS = frozenset({"sen", "sitä", "niitä", "tämän", "tätä", "näitä", "tuon",
                             "tuota", "noita"})
_NO_PART = FRAME_WORDS | ACKNOWLEDGEMENTS | NEGATIONS | {"kello"}


def asked_part_left_out(c: Case, j: Judgement) -> Judgement:
    """``j`` (a word-by-word judgement), or wrong where the answer leaves out the part the
    question asks for (module doc)."""
    if c.options or c.repeat or c.open_question or not _a_part_or_a_pronoun(c, j) or \
            c.negative:
        return j
    if len(c.words) == 1 and j.verdict == "almost" and (asked := _asked_words(c)) and \
            not _says_any(c.words, asked) and _another_name_or_thing(c, asked):
        c.note(f"another part of a longer answer, none of '{', '.join(sorted(asked))}'")
        return c.judgement("wrong", None, closest=j.closest)  # "Ali" for the surname asked,
        # "nuur" (set 153, both trainers wrong); "momenttiavain" where a place is asked
    if not any(map(_a_finite_verb, c.words)):
        return j  # (a sentence leaves the part out: a word or a phrase alone is judged so)
    asked = _asked_words(c)
    if not asked or _says_any(c.words, asked) or _an_answer_inside(c):
        return j
    # a thing asked for: the verb alone is a start ("hyllytän" for "hyllytän maidot", "laitan
    # ensin", "hän haluaa vaihtaa" for "hän haluaa vaihtaa talvirenkaat"), as it was;
    # another slot named instead ("haen hyllystä") or a pronoun is no part of it. A time or
    # an amount: any sentence without it ("linja pysähtyy")
    if not any(map(_a_number, asked)) and j.verdict == "almost" and \
            all(w in FRAME_WORDS or w in ORDER_WORDS or _a_finite_verb(w) or
                finnish.only_a_verb(w) or (_chained(c.words) and _a_subject_of(w, c))
                for w in c.words):
        return j
    c.note(f"none of '{', '.join(sorted(asked))}', which the question asks for")
    return c.judgement("wrong", None, closest=j.closest)


def _another_name_or_thing(c: Case, asked: frozenset[str]) -> bool:
    """The answer's one word is another word of a longer answer where a name is asked
    ("Ali", of "ali nuur", for "nuur"), or a thing in the nominative where a place is
    asked ("momenttiavain" to "Missä …?", for "työkalukaapissa")."""
    word = c.words[0]
    said = [n for _, n in c.accepted if len(n.split()) == 1]
    if all(finnish.is_word(n) is False or (
            (classes := finnish.word_classes(n)) and classes <= finnish.NAME_CLASSES)
           for n in said):  # (a name asked: the answer another word of a longer answer
        # that holds the name too; not "jaloilla", also read as Jalo's: review218)
        return any(word in n.split() and set(said) & set(n.split())
                   for _, n in c.accepted if len(n.split()) > 1)
    asks_where = not WHERE_ASKED.isdisjoint(re.findall(r"\w+", c.situation.casefold()))
    return asks_where and bool(said) and all(_a_place(n) for n in said) and any(
        case == "nimento" for case, _ in finnish.case_numbers(word)) and \
        "nimisana" in finnish.word_classes(word)


def _a_place(word: str) -> bool:
    """``word`` read in a local case only ("hyllyssä", "laiturilla")."""
    cases = {case for case, _ in finnish.case_numbers(word)}
    return bool(cases) and cases <= _LOCAL


_LOCAL = frozenset({"sisaolento", "sisaeronto", "sisatulento", "ulkoolento", "ulkoeronto",
                    "ulkotulento"})


def _chained(words: list[str]) -> bool:
    """Two verbs said ("haluaa vaihtaa"): the deed named, not only the question's own verb
    said back ("hän haluaa")."""
    return sum(finnish.only_a_verb(w) or _a_finite_verb(w) for w in words) >= 2


def _a_subject_of(word: str, c: Case) -> bool:
    """A subject pronoun, or a word an accepted answer says as it is ("asiakas")."""
    return word in SUBJECT_PRONOUNS or any(word in n.split() for _, n in c.accepted)


def _a_part_or_a_pronoun(c: Case, j: Judgement) -> bool:
    if j.verdict == "almost":
        return j.reason == "missing_words"
    return j.verdict == "correct" and not _THING_PRONOUNS.isdisjoint(c.words)


def _an_answer_inside(c: Case) -> bool:
    """An accepted answer of two words or more said whole in the answer: it says the part
    in its own words ("pesen kädet ennen kuin…" beside the one-word "käsienpesu")."""
    heard = f" {' '.join(c.words)} "
    return any(len(n.split()) > 1 and f" {n} " in heard for _, n in c.accepted)


def _a_finite_verb(word: str) -> bool:
    """A verb of a person ("aukeaa" too, also a noun's form; not the greeting "päivää")."""
    return word not in GREETINGS and bool(finnish.persons(word))


def _asked_words(c: Case) -> frozenset[str]:
    """The base forms of the step's accepted answers of one word, where each names a thing,
    a time, a place or an amount (no verb, greeting, yes or no) and a longer accepted
    answer says more; empty otherwise."""
    said = [n.split() for _, n in c.accepted]
    if not any(len(s) == 1 for s in said) or all(len(s) == 1 for s in said):
        return frozenset()
    asked: set[str] = set()
    for words in (s for s in said if len(s) == 1):
        if any(w in _NO_PART or w in GREETINGS or finnish.only_a_verb(w) for w in words):
            return frozenset()
        asked.update(b for w in words for b in {w} | _bases(w))
    return frozenset(asked)


def _says_any(words: list[str], asked: frozenset[str]) -> bool:
    """A word of the answer is one of the asked words in any form, or a number where they
    are numbers (another value is judged by the rules of numbers)."""
    numbers = any(map(_a_number, asked))
    return any(not asked.isdisjoint(_bases(w)) or (numbers and _a_number(w)) or
               _a_head_of(w, asked) or _a_synonym_of(w, asked) for w in words)


def _a_synonym_of(word: str, asked: frozenset[str]) -> bool:
    """``word`` is of the lexicon group of an asked word, in a form no accepted answer says
    (the judge reads it as the step's word only in one it says): "käytän korvatulppia"
    names the "kuulosuojaimet" asked for (set 35)."""
    return any(not asked.isdisjoint(lexicon.group_of(base)) for base, _ in lexicon.forms(word))


def _a_head_of(word: str, asked: frozenset[str]) -> bool:
    """``word`` (or its base form) is the last part of an asked compound: "lasit" of
    "suojalasit" names the thing, shorter (a start the rules after judge)."""
    heads = {word} | _bases(word)
    return any(a != h and len(h) >= _HEAD and a.endswith(h) for a in asked for h in heads)


_HEAD = 4  # letters of a compound's last part at least: "lasit", not "set"


def _a_number(word: str) -> bool:
    """A number word, a number's noun or an ordinal ("kuusi", "kutonen", "kuudes")."""
    return is_number(word) or a_number_noun(word) or ordinal_value(word) is not None


def _bases(word: str) -> frozenset[str]:
    return finnish.base_forms(word) or frozenset({word})


def key_word_alone(c: Case, j: Judgement) -> Judgement:
    """``j`` (a word-by-word judgement), or almost (missing_words) where the answer is only
    the word every accepted answer says, in any case, its verb left out: "suihkuun" where
    the step accepts "vien asukkaan suihkuun", "vien hänet suihkuun"…, "reikä" where it
    accepts "reikä on väärässä paikassa", "reiät ovat väärässä kohdassa"… (issue 12, judge56:
    trainers almost, the judge wrong). A noun (no verb, number, pronoun nor question word),
    said in every accepted answer, each a sentence of two words or more with a verb of a
    person that asks nothing, the first and most of them saying no no (a no's thing alone
    is no start of refusing it: "koneeseen" for "en koske koneeseen"); never a word of a
    foreseen mistake, nor where an accepted answer is one word (that word is what is
    asked: another one is another answer). Not in a choose, repeat or open step."""
    if j.verdict != "wrong" or j.reason is not None or c.options or c.repeat or \
            c.open_question:
        return j
    said = [w for w in c.words if w not in _NO_PART and w not in GREETINGS]
    if len(said) != 1 or not _a_noun(word := said[0]):
        return j
    bases = _bases(word)
    if any(not bases.isdisjoint(_bases(w)) for m in c.mistakes for w in normalised(m).split()):
        return j  # the step's foreseen wrong thing ("hylly" where "hylly" is a mistake)
    answers = [n.split() for _, n in c.accepted]
    if not answers or not all(_a_sentence(a) and any(not bases.isdisjoint(_bases(w))
                                                     for w in a) for a in answers) or \
            not EVERY_NO.isdisjoint(answers[0]) or \
            2 * sum(not EVERY_NO.isdisjoint(a) for a in answers) >= len(answers):
        return j
    # the model: the trainer's first answer that says the word as said ("suihkuun")
    model = next((a for a, n in c.accepted if word in n.split()), c.accepted[0][0])
    c.note(f"'{word}', the word every accepted answer says, alone: a start")
    return c.judgement("almost", "missing_words", closest=model,
                       detail=Detail(expected=normalised(model), heard=c.heard))


def _a_noun(word: str) -> bool:
    """A noun and nothing else: no verb ("tuli"), number, pronoun nor question word."""
    classes = finnish.word_classes(word)
    return bool(classes) and classes <= {"nimisana"} and word not in QUESTION_WORDS and \
        not _a_number(word)


def _a_sentence(words: list[str]) -> bool:
    """A sentence of two words or more with a verb of a person that asks nothing."""
    return len(words) > 1 and any(map(_a_finite_verb, words)) and not any(
        w in QUESTION_WORDS or (w.endswith(("ko", "kö")) and _a_finite_verb(w)) for w in words)
