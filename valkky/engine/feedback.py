"""What the robot says about an answer, in one place: which reaction follows which
verdict, when the right answer is given, and the words of an ``almost`` (selkokieli, A1).

The judge decides (verdict, reason, the closest answer); this module decides what is said
about it; the session only runs the flow (tries, hints, "try again"). Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from valkky.engine import phrases
from valkky.judge.verdict import Detail, Judgement
from valkky.lesson import model as m


@dataclass(frozen=True)
class Reply:
    """One thing the robot does about an answer: a trainer's reaction from the lesson (or
    the runtime's default in its place), or a sentence of the runtime's own."""

    reaction: m.Reaction | None = None
    say: str | None = None

    @property
    def said(self) -> str:
        """What the reply says aloud ("" for a gesture alone)."""
        return self.say or (self.reaction.say if self.reaction is not None else None) or ""


# How many of a try's possible replies are rendered while the robot asks: the trainer's
# own words first (espeak-ng takes 10–40 ms each, in the background).
REPLIES_AHEAD = 8


def right_answer(j: Judgement, task: m.Task, shown: str | None = None) -> str:
    """The answer the robot gives after a miss: the option shown, the accepted answer the
    learner aimed at after an almost (the closest; after a wrong one that is a guess), or
    the model answer."""
    aimed = j.closest if j.verdict == "almost" else None
    return shown or aimed or (task.accept[0] if task.accept else " ".join(task.keywords))


def possible_replies(task: m.Task, *, last: bool, almost: Callable[[Judgement], str],
                     repeat: bool = False, shown: str | None = None,
                     limit: int = REPLIES_AHEAD) -> tuple[str, ...]:
    """What the robot may say first about an answer to this try that is known before the
    answer comes, worded by ``after_verdict`` itself: the step's own words (a foreseen
    mistake's reaction, ``correct:``, ``wrong:``) and what it builds from the step's answers
    ("Melkein! Kuuntele ja sano uudelleen: moppi."). Not ``phrases.REPLIES`` (the same at
    every step, rendered once at the start), nor what depends on the letters heard. At most
    ``limit``, the trainer's words first."""
    found: dict[str, None] = {}
    for j, exact in _foreseen(task):
        replies = after_verdict(j, task, last=last, right=right_answer(j, task, shown),
                                almost=almost, exact=exact, repeat=repeat)
        said = next((r.said for r in replies if r.said), "")
        if said and said not in phrases.REPLIES:
            found[said] = None
            if len(found) >= limit:
                break
    return tuple(found)


# The almosts a typed answer may get that are worded from the answer alone (not from a
# letter heard): of a one-word answer, of a longer one
_WORDED = {True: ("word_form", "word_part", None), False: ("word_form", "missing_words",
                                                          "word_order", None)}


def _foreseen(task: m.Task) -> Iterator[tuple[Judgement, bool]]:
    """Verdicts an answer to ``task`` may get, as far as they set the reply's words, each
    typed (exact) and heard by a recogniser: the trainer's reactions first."""
    first = task.accept[0] if task.accept else None
    for key, reaction in (*task.mistakes.items(), *task.forbidden.items()):
        for exact in (True, False):
            yield Judgement(reaction.verdict or "wrong", None, 0.0, first, "",
                            matched=key), exact
    yield Judgement("correct", None, 1.0, first, ""), True
    yield Judgement("wrong", None, 0.0, None, ""), True
    for answer in task.accept:
        yield Judgement("almost", None, 0.5, answer, ""), False
    if first is not None:
        reasons = _WORDED[len(first.split()) == 1]
        for reason in (*reasons, *(("too_short",) if task.sentences else ())):
            yield Judgement("almost", reason, 0.5, first, "", Detail(first, "")), True


def after_verdict(j: Judgement, task: m.Task, *, last: bool, right: str,
                  almost: Callable[[Judgement], str], exact: bool = True,
                  repeat: bool = False) -> list[Reply]:
    """What follows a verdict on one try. ``right`` is the answer to give when the last
    try is missed; ``almost`` words an almost (``almost_fi``, or another language's).
    ``exact`` is False for speech a recogniser matched to a phrase: the robot cannot tell
    what letter was off (Whisper cannot hear vowel length), so it never claims to; on a
    ``repeat`` step it says only that it heard the whole sentence."""
    right_answer = phrases.RIGHT_ANSWER.format(answer=right.rstrip(".!?"))
    if j.verdict == "correct":
        said = phrases.REPEAT_HEARD if repeat and not exact else praise(j.heard)
        return [Reply(reaction=task.correct or m.Reaction(say=said, gesture="thumbs_up"))]
    if j.verdict == "almost" and j.reason == "too_short":
        # a right answer, only shorter than asked: say more (an example before the hint
        # would give the answer away; the letters heard do not matter here)
        said = almost(j) or phrases.ALMOST_MORE
        return [Reply(say=phrases.ALMOST_MORE if not last and task.hint else said)]
    if j.verdict == "almost" and not exact:  # at most a gentle "say it again"
        if not last and task.hint and j.reason == "missing_words":
            return [Reply(say=phrases.ALMOST_START)]  # the hint comes next, not the answer
        return [Reply(say=phrases.ALMOST_SPOKEN.format(answer=right.rstrip(".!?")))]
    if j.verdict == "almost" and j.matched and j.matched in task.mistakes:
        # a foreseen slip with the trainer's own words (a mistake with verdict: almost)
        replies = [Reply(reaction=task.mistakes[j.matched])]
        if last:
            replies.append(Reply(say=right_answer))
        return replies
    if j.verdict == "almost":
        said = almost(j)
        if not last and task.hint and j.reason == "missing_words" and ": " in said:
            # the hint comes next: the whole sentence is not given away before it
            said = said.split(": ", 1)[0] + "."
        replies = [Reply(say=said)]
        if last and right.casefold() not in said.casefold():
            replies.append(Reply(say=right_answer))
        return replies  # an almost is its own last word: no trainer's `wrong:` after it
    replies = []
    if j.verdict == "silence":
        replies.append(Reply(say=phrases.SILENCE))
    elif j.matched and j.matched in task.mistakes:
        replies.append(Reply(reaction=task.mistakes[j.matched]))
    elif j.matched and j.matched in task.forbidden:  # a deed the praise forbids
        replies.append(Reply(reaction=task.forbidden[j.matched]))
    elif j.matched and (earlier := task.earlier_replies.get(j.matched)) and earlier.say:
        # an earlier turn's mistake said again (judge.said_before): that turn's reply says
        # why (its words of why only: the loader leaves out what it told to say there)
        replies.append(Reply(reaction=earlier))
    elif j.reason == "negation":
        replies.append(Reply(say=phrases.OPPOSITE))
    elif j.reason == "word_order":
        replies.append(Reply(say=phrases.ORDER))
    elif j.reason == "going_on":
        replies.append(Reply(say=phrases.GOING_ON))
    elif not last:
        replies.append(Reply(say=phrases.NOT_QUITE))
    if last:
        replies.append(Reply(reaction=task.wrong or m.Reaction(say=right_answer)))
    return replies


def praise(heard: str) -> str:
    """Praise for a correct answer, varied by what was said (the same answer, the same
    words: a session replayed says the same)."""
    import zlib

    return phrases.PRAISE[zlib.crc32(heard.encode("utf-8")) % len(phrases.PRAISE)]


def almost_fi(j: Judgement) -> str:
    """The robot's words on an `almost`: what was off, then the right form, so the
    learner hears exactly what to change — never "say X" when X is what was said."""
    if j.verdict != "almost" or j.detail is None:
        return ""
    said = _almost_words(j)
    shown = said.rsplit(": ", 1)[-1].rstrip(".")
    from valkky.judge import normalise

    if ": " in said and normalise(shown) == j.heard:
        return "Melkein! Sano se vielä kerran, selvästi."
    return said


def _slip_words(reason: str | None, letter: str | None, long: bool | None) -> str | None:
    """One slip in a word, as the robot names it ("Kaksi l-kirjainta", "Sano ä, ei a")."""
    if not letter:
        return None
    if reason in ("vowel_length", "double_consonant"):
        return f"Kaksi {letter}-kirjainta" if long else f"Yksi {letter}-kirjain"
    if reason == "umlaut":
        plain = letter.translate(str.maketrans("äöyaou", "aouäöy"))
        return f"Sano {letter}, ei {plain}" if letter != plain else None
    return None


def _almost_words(j: Judgement) -> str:
    assert j.detail is not None
    d = j.detail
    right = d.expected
    first = _slip_words(j.reason, d.letter, d.long)
    if first:
        # every slip in the word, in short sentences: "Kaksi l-kirjainta. Sano ä, ei a."
        said = [first, *(w for r, letter, long in d.also
                         if (w := _slip_words(r, letter, long)))]
        return f"Melkein! {'. '.join(said)}: {right}."
    if j.reason == "word_form" and d.in_sentence:
        # a slip its own sentence shows: the word heard, and its form where the judge
        # made it (the learner's own words are right: no other sentence as the model)
        if right:
            return f"Melkein! Sano {right}, ei {d.heard}."
        return f"Melkein! Sanat ovat oikein. Sano sana {d.heard} toisessa muodossa."
    if j.reason == "word_form":
        return f"Oikea sana! Sano näin: {_answer(j)}."
    if j.reason == "word_part":  # "pöytä" for "pöytäsaha": a start, not the word's form
        answer = _answer(j)
        if len(answer.split()) == 1:
            return f"Hyvä alku! Sano koko sana: {answer}."
        return f"Melkein! Sano näin: {answer}."  # a sentence: no "koko sana"
    if j.reason == "letter_names":  # the letters right, named as another language does
        return f"Melkein! Kirjaimet ovat oikein. Sano suomeksi: {_answer(j)}."
    if j.reason == "missing_words":
        return f"Hyvä alku! Sano koko lause: {_answer(j)}."
    if j.reason == "no_left_out" and (no := _no_left_out(j)):  # only the no is missing
        return f"Melkein! Muista sana {no}: {_answer(j)}."
    if j.reason == "too_short":
        example = _answer(j)
        return f"{phrases.ALMOST_MORE} Esimerkiksi: {example}." if example else \
            phrases.ALMOST_MORE
    if j.reason == "word_order":
        return f"Melkein! Sano sanat tässä järjestyksessä: {_answer(j)}."
    return f"Melkein! Sano: {_answer(j)}."


# the words of a no ("ei", "en"…) the accepted answer says and the learner left out
_NO_WORDS = ("ei", "en", "et", "emme", "ette", "eivät", "eikä", "enkä")


def _no_left_out(j: Judgement) -> str:
    """The accepted answer's word of no that the answer heard does not say ("" if none),
    read in the answer as the trainer wrote it (the lexicon's reading may say it another
    way: "ei sattunut mitään" is read "en loukkaantunut")."""
    heard = set(j.heard.split())
    theirs = re.findall(r"\w+", (j.closest or "").casefold())
    return next((w for w in theirs if w in _NO_WORDS and w not in heard), "")


def _answer(j: Judgement) -> str:
    return (j.closest or j.detail.expected if j.detail else "").rstrip(".!?")
