"""What comes first (issue 12, judge50): on a step that asks for the first deed, a deed of
the learner's said before the right one puts the right one second.

"Kuuntele. Laita ensin tukipukit ja irrota sitten renkaat. Mitä teet ensin?" —
"irrotan renkaat ja sitten laitan tukipukit" says the right deed, but second: unsafe, and a
trainer says wrong (the order). The answer is cut into its parts at the words that join
deeds (ja, sitten, mutta, kun, vaan, ennen, jälkeen) and at its commas; each part is judged
as an answer of its own. A part judged right is the first deed; a part judged wrong with a
deed in it (a word of its own, no no, no "olla", not only a verb of the way to the right
deed: "menen varastoon ja haen pumppukärryn") is another deed. Their order in time is
the order said, unless a word says otherwise:

- "ensin" (ekana, ensimmäiseksi, aluksi, ensiksi) in a part puts it first ("laitan
  suojatakin, mutta ensin pesen kädet" is right; "ensin irrotan renkaat, sitten laitan
  tukipukit" is not);
- the part before "jälkeen" comes before ("renkaiden irrottamisen jälkeen laitan
  tukipukit"), where it has no verb of its own ("jatkan korjauksen jälkeen" as said);
- the part after "ennen" comes after ("ennen kuin irrotan renkaat, laitan tukipukit" is
  right).

Only where an accepted answer says "ensin" (the step asks what comes first); not where an
accepted answer of two parts is said whole inside the answer (its own order: "menen
toiseen kerrokseen ja imuroin käytävän"). The right deed first and another after it keeps
the verdict it had ("pesen kädet ja sitten laitan suojatakin"): this rule only finds the
wrong order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from valkky.judge import finnish
from valkky.judge.case import Case, Judgement, comma_cuts, normalised
from valkky.judge.rules import as_mistake, judged_as
from valkky.judge.wordsets import (
    ACKNOWLEDGEMENTS,
    COPULA,
    FIRST_WORDS,
    FRAME_WORDS,
    GOING_VERBS,
    STAND_INS,
    SUBJECT_PRONOUNS,
    has_negation,
)

# Words that join two deeds and are no part of either
_JOINS = frozenset({"ja", "sitten", "sit", "mutta", "mut", "kun", "vaan", "niin", "jälkeen",
                    "ennen", "lopuksi", "seuraavaksi", "jälkeenpäin"})
# Verbs of the way to a deed, not another deed of the instruction: going, fetching, taking
# a tool, listening, lifting ("menen varastoon ja haen pumppukärryn", "otan mittanauhan ja
# mittaan kappaleen", "nostan auton ja laitan tukipukit" are right)
ON_THE_WAY = GOING_VERBS | frozenset({"ottaa", "hakea",
                        "tuoda", "etsiä", "kuunnella", "katsoa", "lukea", "kysyä", "sanoa",
                        "nostaa"})
# taking a step away is no handling ("otan askeleen taaksepäin ja sammutan sorvin"; not
# "otan kappaleen välistä": review182)
_A_STEP_BACK = frozenset({"askel", "etäisyys", "väli"})
_NAMED = "named"  # a thing the question names, no accepted answer handling it
# the words that make taking a thing a deed on it ("otan kappaleen pois", "… irti"), where
# the step forbids touching
_AWAY = frozenset({"pois", "irti", "ulos"})
_BEFORE = "ennen"  # what follows it comes later
_ONLY_THEN = frozenset({"vasta"})  # the part that says it comes later: "vasta kun …"
_AFTER = "jälkeen"  # what precedes it comes earlier
_WHEN = "kun"  # a part it opens before the main clause says when, not what ("kun tulen")
_THEN = frozenset({"sitten", "sit"})
# Words that say no deed: fillers, acknowledgements, who does it
_NO_DEED = FRAME_WORDS | ACKNOWLEDGEMENTS | SUBJECT_PRONOUNS | FIRST_WORDS | _JOINS | \
    _ONLY_THEN | \
    {"teen", "näin", "siis", "eli", "mä", "sä", "sen", "kuin", "heti"}


@dataclass(frozen=True)
class Part:
    """A part of an answer between the words that join deeds, with when it comes."""

    words: tuple[str, ...]
    said_at: int
    first: bool  # says "ensin"
    after_ennen: bool  # follows "ennen" or says "vasta": later
    before_jalkeen: bool  # precedes "jälkeen": earlier
    opened_by: str = ""  # the word that joins it to the part before

    @property
    def when(self) -> float:
        """Its place in time: the order said, moved by the words that say the order."""
        if self.first:
            return -1000.0 + self.said_at
        if self.before_jalkeen:
            return -100.0 + self.said_at
        if self.after_ennen:
            return 1000.0 + self.said_at
        return float(self.said_at)

    @property
    def content(self) -> list[str]:
        return [w for w in self.words if w not in _NO_DEED]


@dataclass(frozen=True)
class _Other:
    part: Part
    matched: str | None  # the foreseen mistake it says


def another_deed_first(c: Case) -> Judgement | None:
    """Wrong (word_order) where the answer says another deed before the right first one
    (module doc); None otherwise, the verdict left to the rules after."""
    if c.options or c.repeat or c.open_question or not _asks_what_first(c):
        return None
    parts = answer_parts(c.words, c.written)
    if len(parts) < 2 or _an_accepted_order_said(c):
        return None
    right: list[Part] = []
    other: list[_Other] = []
    closest = None
    for at, part in enumerate(parts):
        words = [w for w in part.words if w not in FIRST_WORDS]
        if not part.content:
            continue
        j = judged_as(c, words)
        if j.verdict in ("correct", "almost") and j.matched is None:
            right.append(part)
            closest = closest or j.closest
        elif right and _said_of_it_again(c, part):
            right.append(part)  # "kokoushuoneeseen, siivoan sen ekana": the right first
            # place's deed told of it by a pronoun (set 153, both trainers right)
        elif _a_deed(part, _handled_first(c, part)) or \
                c.mistakes.get(str(j.matched)) == "wrong":
            # (a foreseen wrong deed though on the way: "kun menen auton alle, …")
            matched = _foreseen(c, j, part, words)
            frame = part.opened_by == _WHEN and at < len(parts) - 1 and \
                parts[at + 1].opened_by not in _THEN  # "kun …, sitten …": one after another
            if frame and matched is None and not _a_mistakes_word(c, part):
                continue  # "kun tulen töihin, pesen kädet": when, no deed before
            other.append(_Other(part, matched))
    if not right or not other:
        return None
    first_right = min(p.when for p in right)
    before = [o for o in other if o.part.when < first_right]
    if not before:
        return None
    if (mistake := next((o.matched for o in before if o.matched), None)) is not None:
        # a foreseen mistake said first: its own reply, where it is wrong (an almost there
        # may be the way to the right deed: "varastoon ja haen kärryn")
        return as_mistake(c, mistake) if c.mistakes.get(mistake) == "wrong" else None
    c.note(f"'{' '.join(before[0].part.words)}' said to come before the right first deed")
    return c.judgement("wrong", "word_order", closest=closest)


# the cases of a place gone to ("vessaan", "sängylle")
_GOING_TO = frozenset({"sisatulento", "ulkotulento"})


def _said_of_it_again(c: Case, part: Part) -> bool:
    """The part tells, of a pronoun for the thing named before it, a deed the accepted
    answers say ("siivoan sen" after "kokoushuoneeseen", where "siivoan kokoushuoneen" is
    one), no foreseen mistake's word in it."""
    if STAND_INS.isdisjoint(part.words) or _a_mistakes_word(c, part) or any(
            "nimisana" in finnish.word_classes(w) and finnish.cases(w) & _GOING_TO
            for w in part.words):
        return False  # (not where it names a place to go to: "…, mutta ensin vien hänet
        # vessaan"; "…, autan häntä ekana", "…, vien hänet sinne ensin" do not: review219)
    told = finnish.base_forms_of(n for _, n in c.accepted)
    return any(finnish.is_verb(w) and finnish.base_forms(w) & told for w in part.words)


def _foreseen(c: Case, j: Judgement, part: Part, words: list[str]) -> str | None:
    """The foreseen mistake the part says, judged without its "ensin" or with it ("laitan
    ensin tarran"), or None."""
    if j.matched is not None or not c.mistakes or list(part.words) == words:
        return j.matched
    return judged_as(c, list(part.words)).matched


def _a_mistakes_word(c: Case, part: Part) -> bool:
    """The part says a word of a foreseen mistake, in any form, that no accepted answer
    says ("kun olen irrottanut renkaat" beside the mistake "irrotan renkaat"): a deed
    foreseen as wrong, no time frame."""
    own = finnish.base_forms_of(n for _, n in c.accepted)
    foreseen = finnish.base_forms_of(normalised(m) for m in c.mistakes) - own
    return bool(foreseen & finnish.base_forms_of(part.content))


def _asks_what_first(c: Case) -> bool:
    return any(FIRST_WORDS.intersection(n.split()) for _, n in c.accepted)


def _an_accepted_order_said(c: Case) -> bool:
    """An accepted answer or a foreseen mistake of two parts or more said whole inside the
    answer: its own order, its own verdict ("menen kolmanteen kerrokseen ja imuroin
    käytävän", foreseen almost)."""
    heard = f" {' '.join(c.words)} "
    foreseen = [(m, normalised(m)) for m in c.mistakes]
    return any(len(answer_parts(n.split(), original)) > 1 and f" {n} " in heard
               for original, n in [*c.accepted, *foreseen])


def _handled_first(c: Case, part: Part) -> bool | str:
    """Taking or lifting a thing in ``part`` is a deed of its own, no way to the first
    deed: where the step's question forbids touching ("Älä koske siihen sorviin … Sammuta
    se ekana."), or the thing is one the question names and no accepted answer handles
    ("otan tunkin pois ja laitan tukipukit": review181; not "otan sormukset pois ja pesen
    kädet", where an answer takes them off)."""
    told = [finnish.base_forms(w) for w in normalised(c.situation).split()]
    if any(b & {"koskea"} for b in told):
        return True
    named = frozenset().union(*told)
    handled = frozenset(b for _, n in c.accepted for w in n.split() for b in finnish.base_forms(w))
    return _NAMED if any("nimisana" in finnish.word_classes(w) and
                         finnish.base_forms(w) & named and not finnish.base_forms(w) & handled
                         for w in part.words) else False  # (taken or moved away, not
    # lifted with: "otan tunkin (alta) ja laitan tukipukit", review183; not "nostan auton
    # tunkilla ja laitan tukipukit", review182)


def _a_step_back(words: Sequence[str]) -> bool:
    """``words`` take a step back, the step what is taken ("otan askeleen taaksepäin")."""
    return any(finnish.base_forms(w) & _A_STEP_BACK and not w.endswith(("stä", "sta", "iin"))
               and finnish.cases(w) & {"omanto", "osanto"}
               for w in words)  # (what is taken: "askeleen", "askelta", "väliä"; not
    # "välistä", "väliin")


def _a_deed(part: Part, handled_first: bool | str = False) -> bool:
    """A part that says a deed: words of its own, no no, no "olla" (a state: "auto on
    tunkin varassa"), not only a verb of the way to the right deed (``ON_THE_WAY``); taking a
    thing (``_AWAY``) is a deed on it where it is ``handled_first`` (``_handled_first``)."""
    words = part.words
    if has_negation(words) or not part.content:
        return False
    # where no word is only a verb, one in a person though also a noun ("tulen": tuli)
    # is the verb; not beside one ("menen asukkaan luo": luo, a postposition)
    verbs = [finnish.base_forms(w) for w in words if finnish.only_a_verb(w)] or \
        [finnish.base_forms(w) for w in words if finnish.persons(w)]
    if any(v & COPULA for v in verbs):
        return False
    taken = bool(_AWAY & set(words)) or any(v & {"ottaa", "nostaa"} for v in verbs)
    if (handled_first is True and taken and not _a_step_back(words)) or (
            handled_first == _NAMED and (_AWAY & set(words) or any(
                v & {"ottaa", "viedä", "siirtää"} for v in verbs))):
        return True  # (taking or lifting a thing is a deed on it, no way to another, where
        # touching is forbidden: "otan kappaleen pois ja sit sammutan sorvin", set 92, both
        # trainers wrong; not "otan sormukset pois ja pesen kädet", review180, nor "otan
        # askeleen taaksepäin ja sammutan sorvin", review181)
    return not verbs or not all(v & ON_THE_WAY for v in verbs)


def answer_parts(words: list[str], written: str = "") -> list[Part]:
    """``words`` cut at the words that join deeds and at the commas of ``written`` (where
    its parts give the same words), each part with the words that place it in time."""
    cuts = comma_cuts(words, written)
    parts: list[Part] = []
    current: list[str] = []
    after_ennen = False
    opened_by = ""

    def close(before_jalkeen: bool = False) -> None:
        nonlocal current, after_ennen, opened_by
        if current:
            later = after_ennen or bool(_ONLY_THEN.intersection(current))
            parts.append(Part(tuple(current), len(parts),
                              bool(FIRST_WORDS.intersection(current)), later,
                              before_jalkeen, opened_by))
            after_ennen = False
            opened_by = ""
        current = []

    for i, w in enumerate(words):
        if i in cuts and not _a_list(words[i:]):
            close()  # (a comma before a thing more is a list too: "tunkki, tukipukit")
        if w == _AFTER:
            # a phrase of its own before "jälkeen" comes first ("renkaiden irrottamisen
            # jälkeen"); with a verb of a person, its deed comes after it ("jatkan korjauksen
            # jälkeen"): as said
            close(before_jalkeen=not any(finnish.persons(v) for v in current))
        elif w == _BEFORE:
            close()
            after_ennen = True
        elif w == "ja" and _a_list(words[i + 1:]):
            current.append(w)  # "laitan tunkin ja tukipukit": one verb, two things, no order
        elif w in _JOINS:
            close()
            opened_by = w
        elif not (w == "kuin" and after_ennen and not current):  # "ennen kuin"
            current.append(w)
    close()
    return parts


def _a_list(after: list[str]) -> bool:
    """What follows a "ja", up to the next word that joins deeds, has no verb of its own: a
    thing more for the verb before ("laitan tunkin ja tukipukit"), said with no order
    (unlike "renkaat ja sitten tukipukit")."""
    upto = next((i for i, w in enumerate(after) if w in _JOINS), len(after))
    return upto > 0 and not any(finnish.persons(w) or finnish.only_a_verb(w)
                                for w in after[:upto])
