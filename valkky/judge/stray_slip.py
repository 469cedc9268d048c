"""A one-letter slip of a content word that happens to spell another, stray word (issue 12,
judge37): "laita harjut kaappiin" for "laita harjat kaappiin" (harju, a ridge), "tiskikone
on rikki" — the learner meant the step's word and missed a letter.

A trainer reads such a word as the step's word said wrong where nothing makes it a meaning of
its own: the rest of the answer is the accepted answer's, word for word, and the word names
nothing the step or the lexicon speaks of. A meaning the lessons drill keeps its verdict:
a word of the step's answers, mistakes, options, keywords or topics (a foreseen mistake, a
length pair like tuli/tuuli the step teaches), a lexicon word or opposite, a number, a name.
A verb one letter off another verb is another deed ("asiakas kantoi kahvia" for "kaatoi",
"mitä toit" for "mitä teit"): the sentence reads right with it, so nothing says a slip.
Alone, or with one word beside it, the word names another thing ("pallo" for "pullo",
"annan pallon"): no sentence says what was meant. Where the step asks what a word means
("mitä tarkoittaa trukki"), the word is the answer's point: one letter off is another word.
A word of the lexicon's distinct.yaml (veri, vety, savu, tukki) names a real thing not to
confuse: "huuhtelen silmää verellä" for vedellä stays wrong.
Where the rest of the answer is the accepted answer's whole, one word beside the slip makes
the sentence ("kuoma on valmis" for "kuorma on valmis"; judge51), unless the word is one
the lesson library uses anywhere (``library_words``: "kone on rikka" stays wrong), or "ja"
or "tai" joins it to the word said right: an item of a list ("kalanmuna ja sinappi").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from valkky.judge import finnish, lexicon, sizes
from valkky.judge.accepted import the_steps_words
from valkky.judge.case import Case
from valkky.judge.library_words import in_library
from valkky.judge.wordsets import FRAME_WORDS, NEGATIONS, SUBJECT_PRONOUNS

# The classes of words that name and tell (Voikko's): a number, a pronoun or a small word
# one letter off is another meaning ("kuusi", "tämä").
_VERB = "teonsana"  # a verb one letter off a verb is another deed
_CONTENT = frozenset({"nimisana", _VERB}) | finnish.ADJECTIVE_CLASSES
# A name's readings are left aside: a word said in lower case is no name (``Case.names``
# holds those said as names), and "harjut" is also the surname Harju's plural.
_NAMES = finnish.NAME_CLASSES

# The words said right that make a sentence of the answer around the slip: with fewer, the
# word may be the answer itself, another thing named.
_CONTEXT = 2
_WHOLE_WORDS = 3  # the words of an answer said whole but for the slip: one may carry meaning
_MEANS = "tarkoit"  # tarkoittaa, tarkoitat, tarkoitetaan: a question of what a word means


def stray_slip(e: str, h: str, c: Case, pairs: Sequence[tuple[str, str]],
               rest_whole: bool = False) -> bool:
    """``h`` for ``e`` is a slip of ``e`` that spells a stray word: one letter dropped,
    added, changed or two swapped, the first letter kept, both content words, in an answer
    that says at least two other words that carry meaning as the accepted answer does (or
    one, where ``rest_whole``: the rest of the answer is the accepted answer's, nothing
    missing or more, in three words or more, and ``h`` then no word the lesson library
    uses), not both verbs, and ``h`` (in any of its base forms) no word of the step or the
    lexicon."""
    if len(e) < 4 or e[0] != h[0] or h in c.names or not finnish.is_word(h):
        return False
    from rapidfuzz.distance import OSA

    if OSA.distance(e, h) != 1:
        return False
    ce, ch = finnish.word_classes(e) - _NAMES, finnish.word_classes(h) - _NAMES
    if not (ce and ch and ce <= _CONTENT and ch <= _CONTENT) or _VERB in ce & ch:
        return False
    said_right = [x for x, y in pairs if x == y and x != e and len(x) > 2
                  and x not in FRAME_WORDS and x not in NEGATIONS and x not in SUBJECT_PRONOUNS]
    if len(said_right) < _CONTEXT and not (said_right and len(c.said.split()) >= _WHOLE_WORDS
                                           and _said_whole(pairs, e, rest_whole)
                                           and not _listed(h, c.said.split())):
        return False
    if _asks_the_word(e, tuple(n for _, n in c.accepted)):
        return False
    own = _steps_bases(tuple(n for _, n in c.accepted), tuple(c.mistakes),
                       (*c.options, *c.keywords, *c.topics))
    if not (finnish.base_forms(h) | {h}).isdisjoint(own | _lexicon_words()):
        return False
    # with one word beside it, a word the lessons use anywhere may be meant: "kone on rikka"
    # (rikka, a speck: the library's) stays another word; two words said right outweigh it
    return len(said_right) >= _CONTEXT or not in_library(h)


def _said_whole(pairs: Sequence[tuple[str, str]], e: str, rest_whole: bool) -> bool:
    """Whether every word but the slip is the accepted answer's, nothing missing or more, in
    three words or more: then one word said right that carries meaning makes a sentence of
    it ("kuoma on valmis" for "kuorma on valmis" says what was meant; "annan pallon" is two
    words, another thing given). The learner's own words count too: "pallo hajosi", read as
    "pallo on rikki", is two."""
    return rest_whole and len(pairs) >= _WHOLE_WORDS and all(x == y for x, y in pairs if x != e)


_LIST_JOINS = frozenset({"ja", "tai"})


def _listed(h: str, said: Sequence[str]) -> bool:
    """Whether "ja" or "tai" joins ``h`` to a word beside it: each item of a list is the
    answer's point ("kalanmuna ja sinappi", "malto ja vehnä"), so one letter off names
    another item."""
    return any(w == h and ((i > 0 and said[i - 1] in _LIST_JOINS) or
                           (i + 1 < len(said) and said[i + 1] in _LIST_JOINS))
               for i, w in enumerate(said))


@lru_cache(maxsize=sizes.STEPS)
def _asks_the_word(e: str, accepted: tuple[str, ...]) -> bool:
    """Whether an accepted answer asks what ``e`` means ("mitä tarkoittaa trukki"): the word
    asked about is the answer's point, so one letter off it asks about another word."""
    return any(e in words and any(w.startswith(_MEANS) for w in words)
               for words in (n.split() for n in accepted))


@lru_cache(maxsize=sizes.STEPS)
def _steps_bases(accepted: tuple[str, ...], mistakes: tuple[str, ...],
                 more: tuple[str, ...]) -> frozenset[str]:
    """Every word the step says (its answers, mistakes, options, keywords, topics), as said
    and in each base form."""
    words = the_steps_words(accepted, mistakes) | {w for t in more for w in t.lower().split()}
    return frozenset(finnish.base_forms_of(words))


@lru_cache(maxsize=1)
def _lexicon_words() -> frozenset[str]:
    """The words the lexicon's groups, opposites and distinct things name: things and states
    the lessons teach, a meaning a learner may choose, a thing not to confuse (veri, vety)."""
    lex = lexicon.get()
    words: set[str] = set().union(lex.distinct, *lex.opposites)
    for group in lex.words:
        words.update(w for member in group for w in member.split())
    return frozenset(words)
