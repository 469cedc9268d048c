"""A bare no that answers the question, then a command (issue 12, judge40): "Nostanko hänet
ylös?" – "ei, nosta hänet". Learners say "ei" for "älä" ("ei nosta yksin"), so the rules
read "ei nosta" as "älä nosta"; but a no written apart, a comma or a full stop after it,
answers the question, and the command after it is said as it stands: "nosta hänet" (the
forbidden deed), "hälytä hoitaja" (right)."""

from __future__ import annotations

import re

from valkky.judge import finnish

# "ei," "ei." "ei!" at the start of what was written, then a word
_NO_APART = re.compile(r"\s*(?:no\s+)?ei\s*[,.;:!]+\s*\w", re.IGNORECASE)


def no_apart(words: list[str], written: str, accepted: tuple[tuple[str, str], ...]
             ) -> list[str]:
    """``words`` without a no written apart before a command (a verb read as the
    imperative), where no accepted answer begins with that no."""
    if len(words) < 2 or words[0] != "ei" or not _NO_APART.match(written) or \
            any(n.split()[0] == "ei" for _, n in accepted):
        return words
    if not any(a.get("MOOD") == "imperative" and a.get("PERSON") == "2"
               for a in finnish.analyses(words[1])):
        return words
    return words[1:]
