"""A no of another deed beside a right answer (issue 12): "laitan kuulosuojaimet enkä ota
niitä pois", "laitan kypärän, enkä unohda sitä". The learner says what they do, then what
they will not do besides; the no is not the opposite of the answer. Only a no after the
answer ("enkä", "ja en", "en" where a comma was), of a verb no accepted answer and no
foreseen mistake of the step says (in any form): "pesen kädet enkä pese niitä" denies the
step's own deed, "pysäytän koneen enkä ilmoita" part of it; those keep their verdicts. Not
where an accepted answer says a no itself: its no is what the step asks ("olen sairas enkä
siivoa" beside "olen sairas, en pääse töihin" is judged by rules._own_no), nor in a
choose or repeat step (an option, a model: judged as before)."""

from __future__ import annotations

from valkky.judge import finnish
from valkky.judge.accepted import shape_of
from valkky.judge.case import Case, normalised
from valkky.judge.wordsets import NEGATIONS

_NO_AFTER = frozenset({"enkä", "eikä"})  # a no that joins: "ja en", "ja ei"


def no_of_another_deed(c: Case, words: list[str], left: list[str | None]) -> bool:
    """Whether what is said beside the answer (``left``'s words) is one run after it that
    opens with a no ("enkä", "ja en", "en") and its verb, a verb the step's answers and
    foreseen mistakes never say, with no other verb nor no after it."""
    beside = [i for i, w in enumerate(left) if w is not None]
    if c.options or c.repeat or any(shape_of(n).negative for _, n in c.accepted) or \
            len(beside) < 2 or \
            beside[0] == 0 or beside != list(range(beside[0], len(words))):
        return False
    run = words[beside[0]:]
    if run[0] == "ja" and len(run) > 2 and run[1] in NEGATIONS:
        run = run[1:]
    if run[0] not in _NO_AFTER and run[0] not in NEGATIONS:
        return False
    verb, after = run[1], run[2:]
    if not finnish.is_verb(verb) or any(
            w in NEGATIONS or w in _NO_AFTER or (finnish.persons(w) and finnish.only_a_verb(w))
            for w in after):  # ("niitä" reads as a verb too)
        return False
    step = {b for text in (*(n for _, n in c.accepted), *map(normalised, c.mistakes))
            for w in text.split() for b in finnish.base_forms(w) | {w}}
    return step.isdisjoint(finnish.base_forms(verb) | {verb})
