"""The deeds a step's reply to a right answer forbids (issue 12, sets 203 and 44: SAFETY).

A trainer often says the safety rule in the praise, not as a foreseen mistake: "Missä lava
on?" accepts "käytävällä" and its `correct:` says "Kiitos, että ilmoitit! Älä käytä sitä
lavaa." A learner who answers "käytävällä, mä käytän sitä vielä" says the very deed the
robot would forbid while praising it; both trainers called it wrong. Each "Älä …" sentence
of that reply is read as the learner's own deed ("käytän sitä lavaa"), which the session
gives the judge as a foreseen wrong mistake with that sentence as its reply.

Not a deed the step already speaks of (its accepted answers or foreseen mistakes name the
verb: the trainer has said what is right and wrong about it, "Kirjakielellä: älä jätä
niitä tänne" where the answer is that very sentence), nor a plural command ("älkää"),
whose learner form is not the command's plus -n."""

from __future__ import annotations

import re
from collections.abc import Iterable

from valkky.judge import finnish
from valkky.judge.normalise import rough_words

# a reply's sentences, and a colon's clause ("Kirjakielellä: älä …"); a comma ends the deed
# ("älä mene sinne telineelle, se ei ole valmis")
_SENTENCES = re.compile(r"(?<=[.!?:])\s+")
_DEED_END = re.compile(r"[,;–—]")


def deeds_forbidden(reply: str, spoken_of: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """(the learner's deed, the sentence that forbids it) for each "Älä …" sentence of
    ``reply`` whose verb no text of ``spoken_of`` (the step's accepted answers, keywords
    and foreseen mistakes) says in any form: "Älä käytä sitä lavaa." → ("käytän sitä
    lavaa", "Älä käytä sitä lavaa.")."""
    known = {b for text in spoken_of for w in rough_words(text) for b in finnish.base_forms(w)}
    out: dict[str, str] = {}
    for sentence in _SENTENCES.split(reply.strip()):
        words = rough_words(_DEED_END.split(sentence, 1)[0])
        if len(words) < 2 or words[0] != "älä":
            continue
        command, rest = words[1], words[2:]
        mine = f"{command}n"  # the connegative is the present stem: "käytä" → "käytän"
        bases = finnish.base_forms(command) & finnish.base_forms(mine)
        if not finnish.has_mood(command, "imperative") or \
                ("1", "singular") not in finnish.persons(mine) or not bases or bases & known:
            continue
        said = sentence.strip().rstrip(":")
        out.setdefault(" ".join([mine, *rest]), said[0].upper() + said[1:])
    return tuple(out.items())
