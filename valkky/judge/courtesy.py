"""Courtesies said apart (issue 12): fixed phrases with "ei", "älä" or "voi" that are no "no"
of the answer ("voi voi, kerron hoitajalle", "tulen, älkää huoliko", "ei haittaa, missä se
on"), from the shared lexicon (lessons/lexicon/fillers.yaml, ``courtesies``). Left out
before the answer's polarity is decided, where said at the start or the end of an answer
that says something with a verb of its own; not where the step's accepted answers or
mistakes say the phrase, or its own word ("ei haittaa" to "haittaako?" is the answer, a no,
where the step's answers say "haittaa").

Beside them, social acts (``acts``): a fixed phrase of one act said alone where the step asks
for another ("ole hyvä" where the learner thanks) is that other act, not a try (``another_act``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from valkky.judge import finnish, lexicon
from valkky.judge.accepted import the_steps_words
from valkky.judge.case import Case, Judgement, normalised
from valkky.judge.forms_allowed import near_any
from valkky.judge.wordsets import FRAME_WORDS, NEGATIONS, NOT_THE_DEED, QUESTION_WORDS

_PLEASANTRIES = frozenset(tuple(p.split()) for p in lexicon.get().pleasantries)
_PHRASES = frozenset(tuple(p.split()) for p in lexicon.get().courtesies) | _PLEASANTRIES
_ACKNOWLEDGEMENTS = lexicon.get().acknowledgements
_LENGTHS = sorted({len(p) for p in _PHRASES}, reverse=True)
_ENDS = frozenset(w for p in _PHRASES for w in (p[0], p[-1]))


# courtesies that reassure, not take an answer back ("ihan kohta, älä huoli": review190)
REASSURING = frozenset({("älä", "huoli"), ("älkää", "huoliko"), ("ei", "hätää"),
                        ("voi", "voi")})
# …not after a warning or a danger named ("märkä lattia, älä huoli": review191), by base
# form (review192: "varo trukkia, älä huoli")
_WARNING_WORDS = frozenset({"varoa", "huomio", "väistää", "varovasti", "seis"})
_DANGER_WORDS = _WARNING_WORDS | frozenset({"vaara", "vaaratilanne", "vaarallinen", "märkä",
                                            "liukas"})
_YES_OR_NO = frozenset({"ei", "en", "joo", "juu", "kyllä"})  # "voi voi, ei": the no said


def courtesy_apart(words: list[str], accepted: tuple[tuple[str, str], ...],
                   mistakes: Iterable[str], *, any_rest: bool = False) -> list[str]:
    """``words`` without a courtesy said at their start or end, where the rest has a verb,
    is a bare yes or no, or, after it, an accepted answer as written ("ei haittaa, missä
    huoneessa": set 96; before it only a question, "missä huoneessa? ei haittaa", not
    "kypärä? ei mitään", "kypärä, ei haittaa": review187-189) (``any_rest``: whatever is
    left, as open_deeds reads a mistake said after one: "ei se mitään, hanskat päälle"); a
    pleasantry beside any rest ("Ali, hauska tavata"; judge43)."""
    if not words or (words[0] not in _ENDS and words[-1] not in _ENDS):
        return words  # (the commonest case: no courtesy's word at either end)
    for n in _LENGTHS:
        if len(words) <= n:
            continue
        for first, phrase, rest in ((True, tuple(words[:n]), words[n:]),
                                    (False, tuple(words[-n:]), words[:-n])):
            if phrase in REASSURING and _warned(tuple(rest), accepted):
                continue  # (no reassurance apart after a warning or a danger named, in
                # any branch: "trukki tulee, älä huoli", "älä huoli, märkä lattia": review192)
            if phrase in _PHRASES and (any_rest or phrase in _PLEASANTRIES or
                                       any(finnish.is_verb(w) for w in rest) or
                                       (len(rest) == 1 and rest[0] in _YES_OR_NO) or
                                       any(rest == a.split() and (
                                           first or phrase in REASSURING or
                                           a.split()[0] in QUESTION_WORDS)
                                           for _, a in accepted)
                                       ) and \
                    not (_pleasantry_taught if phrase in _PLEASANTRIES else the_steps_own)(
                        phrase, tuple(a for _, a in accepted), tuple(mistakes)):
                return rest
    return words


@lru_cache(maxsize=1024)
def _pleasantry_taught(phrase: tuple[str, ...], accepted: tuple[str, ...],
                       mistakes: tuple[str, ...]) -> bool:
    """The step's answers or mistakes say the pleasantry, or one is a pleasantry alone
    (what to say on meeting is the question): not another beside a name ("Amina, hauska
    tavata" beside "Amina hauska tutustua")."""
    texts = [*accepted, *(normalised(m) for m in mistakes)]
    return any(f" {' '.join(phrase)} " in f" {t} " or tuple(t.split()) in _PLEASANTRIES
               for t in texts)


@lru_cache(maxsize=1024)
def the_steps_own(phrase: tuple[str, ...], accepted: tuple[str, ...],
                   mistakes: tuple[str, ...]) -> bool:
    """The step's answers or mistakes say the phrase, or its word of meaning (not a no, a
    frame word, a modal: "haittaa" of "ei haittaa")."""
    texts = [*accepted, *(normalised(m) for m in mistakes)]
    if any(f" {' '.join(phrase)} " in f" {t} " for t in texts):
        return True
    meaning = {b for w in phrase if w not in NEGATIONS and w not in FRAME_WORDS
               and NOT_THE_DEED.isdisjoint(finnish.base_forms(w)) for b in finnish.base_forms(w)}
    return bool(meaning) and any(not meaning.isdisjoint(finnish.base_forms(w))
                                 for t in texts for w in t.split())


def acknowledgement_apart(words: list[str], accepted: tuple[tuple[str, str], ...],
                          mistakes: Iterable[str]) -> list[str]:
    """``words`` without an acknowledgement said before or after the answer ("selvä,
    suojalasit", "suojalasit, selvä": lessons/lexicon/fillers.yaml, ``acknowledgements``),
    where neither the step's accepted answers nor its mistakes say one ("selvä", "okei"):
    where they do, it is the answer or the mistake ("on selvä" said without understanding),
    as a greeting an accepted answer says is, and another is its synonym there ("okei,
    huomenna kello 12" beside "selvä huomenna…"). At the end, not after a form of olla or a
    no: there it says how a thing is ("ohje ei ole selvä")."""
    if len(words) < 2 or (words[0] not in _ACKNOWLEDGEMENTS and
                          words[-1] not in _ACKNOWLEDGEMENTS):  # (the commonest case)
        return words
    own = the_steps_words(tuple(n for _, n in accepted), tuple(mistakes))
    if not own.isdisjoint(_ACKNOWLEDGEMENTS):  # (one of them the step's: each is, "okei"
        return words  # where the step says "selvä, lohikeitto ja vesi")
    if words[0] in _ACKNOWLEDGEMENTS:
        words = words[1:]
    if len(words) >= 2 and words[-1] in _ACKNOWLEDGEMENTS and \
            words[-2] not in NEGATIONS and "olla" not in finnish.base_forms(words[-2]):
        words = words[:-1]
    return words


def in_a_courtesy(words: Sequence[str], accepted: tuple[tuple[str, str], ...],
                  mistakes: Iterable[str]) -> list[bool]:
    """For each word, whether it is in a courtesy said anywhere (not the step's own): its
    "ei" is no no of what is said beside it ("ei hätää yli tonnin", "… sänkyyn ei
    ongelmaa")."""
    out = [False] * len(words)
    for n in _LENGTHS:
        for i in range(len(words) - n + 1):
            if tuple(words[i:i + n]) in _PHRASES and not the_steps_own(
                    tuple(words[i:i + n]), tuple(a for _, a in accepted), tuple(mistakes)):
                out[i:i + n] = [True] * n
    return out


@lru_cache(maxsize=1)
def _acts() -> dict[tuple[str, ...], frozenset[str]]:
    """Each social act's phrase (lessons/lexicon/fillers.yaml, ``acts``), read as an answer
    is read, and the acts it says ("hei" greets and parts)."""
    found: dict[tuple[str, ...], set[str]] = {}
    for act, phrases in lexicon.get().acts.items():
        for phrase in phrases:
            found.setdefault(tuple(normalised(phrase).split()), set()).add(act)
    return {p: frozenset(a) for p, a in found.items()}


def _acts_said(words: Sequence[str]) -> frozenset[str]:
    """The acts of every act's phrase said in ``words`` ("kiitos hei": thanks, a greeting,
    a parting)."""
    return frozenset(act for phrase, acts in _acts().items() for i in range(len(words))
                     if tuple(words[i:i + len(phrase)]) == phrase for act in acts)


# acts that answer anything said to one (thanks for an instruction, sorry for a mistake)
_AN_ANSWER_ANYWHERE = frozenset({"thanks", "apology", "welcome"})


def another_act(c: Case, j: Judgement) -> Judgement:
    """``j``, or wrong where the answer is a social act's phrase alone ("ole hyvä", "ei
    kestä", "näkemiin") and the step asks for a social act (an accepted answer is one's phrase
    alone) none of whose accepted answers says the answer's act: "ole hyvä" for "kiitos" is
    "here you are", another act, not a start of "hyvä on" (set 35); so too where the step
    asks no act at all (no accepted answer says one) and its answers say none of the
    phrase's words: "hyvää yötä" for "nukuitko hyvin?" (set 42). Not a foreseen mistake,
    nor in a choose step or an open question."""
    if j.verdict not in ("correct", "almost") or c.options or c.open_question or \
            j.reason == "mistake":
        return j
    acts = _acts().get(tuple(c.words))
    if not acts:  # (the commonest case: no act's phrase alone)
        return j
    accepted = [tuple(n.split()) for _, n in c.accepted]
    if any(not acts.isdisjoint(_acts_said(a)) for a in accepted):
        return j
    theirs = {w for a in accepted for w in a}
    if not any(a in _acts() for a in accepted) and (
            any(_acts_said(a) for a in accepted) or acts & _AN_ANSWER_ANYWHERE
            or not set(c.words).isdisjoint(theirs)
            or any(near_any(w, [a]) and not finnish.same_lemma(w, a)
                   for w in c.words for a in theirs)):
        # where the step asks no act, only a greeting or a parting none of whose words its
        # answers say, nor a letter off one ("hyvää yötä" for "nukuitko hyvin?"; not "ei
        # mitään" for "ei sattunut mitään", "huomenta" for "huomenna", "kiitos" for an
        # instruction: review64)
        return j
    c.note(f"'{' '.join(c.words)}': {', '.join(sorted(acts))}, which no accepted answer says")
    return c.judgement("wrong", None, closest=j.closest)


@lru_cache(maxsize=4096)
def _warned(rest: tuple[str, ...], accepted: tuple[tuple[str, str], ...]) -> bool:
    """``rest`` warns or names a danger: a warning's or a danger's word by its base forms, or
    a noun the step's own warnings name ("trukki tulee" where an answer says "varo
    trukkia"; not "trukki" to "Mikä nostaa lavan?", where no answer warns)."""
    said = {b for w in rest for b in finnish.base_forms(w)} | set(rest)
    own: set[str] = set()
    for _, a in accepted:
        bases = [(w, finnish.base_forms(w)) for w in a.split()]
        if any(b & _WARNING_WORDS for _, b in bases):
            own |= {x for w, b in bases if finnish.word_classes(w) & {"nimisana", "laatusana"}
                    for x in b}
    return bool(said & (_DANGER_WORDS | own))
