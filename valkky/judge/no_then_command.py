"""A bare no that answers the question, then a command (issue 12, judge40): "Nostanko hänet
ylös?" – "ei, nosta hänet". Learners say "ei" for "älä" ("ei nosta yksin"), so the rules
read "ei nosta" as "älä nosta"; but a no written apart, a comma or a full stop after it,
answers the question, and the command after it is said as it stands: "nosta hänet" (the
forbidden deed), "hälytä hoitaja" (right)."""

from __future__ import annotations

import re

from valkky.judge import finnish
from valkky.judge.polarity import says_no

# "ei," "ei." "ei!" "ei -" "ei…" at the start of what was written ("no ei," too), then a word
_NO_APART = re.compile(r"\s*(?:no\s+)?ei\s*(?:[,.;:!…]+|\s[-–—]+)\s*\w", re.IGNORECASE)


def no_apart(words: list[str], written: str, accepted: tuple[tuple[str, str], ...]
             ) -> list[str]:
    """``words`` without a no written apart before a command (a verb read as the
    imperative), where no accepted answer begins with that no. Not where the question
    expects yes and a right answer says the command's verb ("ei, odota" beside "voitte
    odottaa"): the learner contradicts themselves, and the no stands."""
    at = 1 if words[:1] == ["no"] else 0
    if len(words) < at + 2 or words[at] != "ei" or not _NO_APART.match(written) or \
            any(n.split()[0] == "ei" for _, n in accepted):
        return words
    command = words[at + 1]
    if not any(a.get("MOOD") == "imperative" and a.get("PERSON") == "2"
               for a in finnish.analyses(command)):
        return words
    if not any(says_no(n.split()) for _, n in accepted) and any(
            finnish.is_verb(v) and finnish.same_lemma(command, v)
            for _, n in accepted for v in n.split()):
        return words
    return words[at + 1:]
