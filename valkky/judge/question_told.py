"""A question the step has the learner ask, told instead as the learner's own deed (issue 12,
set 30: "Otan kahvia." for "Otatko kahvia vai teetä?", "Nukuin hyvin." for "Nukuitteko
hyvin?"): no question asked and the question's verb in the speaker's own person, in its mood,
is another speech act — the learner answers what they were to ask, which a trainer calls
wrong, not a slip of the verb's person (almost). A question written with its mark ("otan
kahvia?") or asked another way (a question word, a -ko verb, "vai"), a polite conditional
("haluaisin tarjota kahvia") and a foreseen mistake's own verdict stay as judged. So is a
command of the deed asked about, for a question asking what is not known (stop 42: "Laita
tämä päälle." for "Mitä haluat laittaa päälle?")."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from valkky.judge import finnish, sizes
from valkky.judge.carry_on import asked_verb
from valkky.judge.case import Case, Judgement, normalised
from valkky.judge.form_slips import question_word
from valkky.judge.wordsets import STAND_INS, SUBJECT_PRONOUNS


def question_told(c: Case, j: Judgement) -> Judgement:
    """``j``, or wrong where every accepted answer asks a question with a verb of the second
    person and the answer, asking none, says that verb in the first, in the same mood; or
    where every accepted answer asks for what is not known (``_commanded``) and the answer
    commands the deed instead."""
    if j.verdict != "almost" or j.reason == "mistake" or "?" in c.written or _asks(c.words) \
            or not _every_answer_may_ask(tuple(c.accepted)):
        return j
    if (command := _commanded(c)) is not None:
        c.note(f"{command}: a command, where the step asks a question")
        return c.judgement("wrong")
    if j.reason == "missing_words" and (left := _asking_left_out(c, j)) is not None:
        c.note(f"{left} left out: a statement, where the step asks a question")
        return c.judgement("wrong")  # "tämä mitta on oikein" for "Onko tämä mitta
        # oikein?" (set 150, both trainers wrong)
    asked: set[tuple[str, str]] = set()
    for _, n in c.accepted:
        words = n.split()
        if not _asks(words):
            return j
        asked |= {(b, a.get("MOOD", "")) for w in words for a in finnish.analyses(w)
                  if a.get("CLASS") == "teonsana" and a.get("PERSON") == "2"
                  and (b := a.get("BASEFORM"))}
    told = next((w for w in c.words for a in finnish.analyses(w)
                 if a.get("CLASS") == "teonsana" and a.get("PERSON") == "1"
                 and (a.get("BASEFORM"), a.get("MOOD", "")) in asked), None)
    if told is None:
        return j
    c.note(f"{told}: told as the learner's own, where the step asks a question")
    return c.judgement("wrong")


@lru_cache(maxsize=sizes.STEPS)
def _every_answer_may_ask(accepted: tuple[tuple[str, str], ...]) -> bool:
    """Every accepted answer is written with a question mark or asks (``_asks``): where one
    is neither, neither a command (``_commanded``) nor a question told can be found, so the
    answers' verbs are not read (most steps ask nothing). Once per step."""
    return all(original.rstrip().endswith("?") or _asks(n.split()) for original, n in accepted)


def _commanded(c: Case) -> str | None:
    """The answer's command of a verb the accepted answers say ("Laita tämä päälle." for
    "Mitä haluat laittaa päälle?", "Vie nämä varastoon." for "Eli minä vien nämä
    varastoon?"; set 34: both trainers wrong — the learner tells the one asked what to do),
    where every accepted answer asks with a question word, or checks what the learner is to
    do with a question mark and a verb of the learner's own. Not a request asked as a
    question ("voitko auttaa": its command "auta minua" asks the same)."""
    verbs: set[str] = set()
    for original, n in c.accepted:
        words = n.split()
        readings = [a for w in words for a in finnish.analyses(w)
                    if a.get("CLASS") == "teonsana"]
        checks = original.rstrip().endswith("?") and any(a.get("PERSON") == "1"
                                                         for a in readings)
        if not (checks or any(_question_word(w) for w in words)):
            return None
        verbs |= {b for a in readings if (b := a.get("BASEFORM"))}
    said = {w for _, n in c.accepted for w in n.split()}
    # no word the questions say themselves ("tee", tea, is also the command of tehdä)
    return next((w for w in c.words if w not in said and any(
        a.get("MOOD") == "imperative" and a.get("BASEFORM") in verbs
        for a in finnish.analyses(w))), None)


def _asking_left_out(c: Case, j: Judgement) -> str | None:
    """The closest accepted answer said as a statement: its asking words ("onko", "mikä")
    left out, its other words said as they are (a pronoun aside), and a verb in a person
    ("tämä mitta on oikein" for "Onko tämä mitta oikein?"; not "seinä on valmis" for "Seinä
    on valmis. Mitä teen seuraavaksi?", a start, nor "me vaihdamme ne" for "saammeko
    vaihtaa ne", the deed told). Those words, else None."""
    model = normalised(j.closest or "").split()
    asking = [w for w in model if _question_word(w) or _asked(w)]
    rest = [w for w in model if w not in asking and w not in STAND_INS]
    if not asking or not set(asking).isdisjoint(c.words) or not set(rest) <= set(c.words) \
            or not any(finnish.persons(w) for w in c.words):
        return None
    return " ".join(asking)


def _asked(word: str) -> bool:
    """A verb in a person asked with -ko/-kö ("onko", "voitko"; not "pilko", a command)."""
    return word.endswith(("ko", "kö")) and bool(finnish.persons(word[:-2]))


def _asks(words: Sequence[str]) -> bool:
    """A question word, a verb said as a question ("otatko", "oliko") or "vai", which only
    a question says ("otan kahvia vai teetä"); not "minä", the essive of "mikä" only as
    written, "I" as said ("minä nukuin hyvin": set 36, both trainers wrong)."""
    return any(w == "vai" or _question_word(w) or asked_verb(w) for w in words)


def _question_word(word: str) -> bool:
    """``form_slips.question_word``, but for "minä": the essive of "mikä" only as written,
    "I" as said."""
    return word not in SUBJECT_PRONOUNS and question_word(word)
