"""What spoken Finnish puts in that carries no content (issue 12, judge27): the subject
pronoun said after a question's verb of its own person ("voinko mä auttaa" for "voinko
auttaa", also where the lexicon says the question in other words: "autanko").

The copula left out ("yksi osa rikki" for "yksi osa on rikki") was tried and not kept: the
trainer of sets 1–19 grades it almost in 18 answers of 21 ("lava rikki", "missä kahvi").
"""

from __future__ import annotations

from valkky.judge import finnish
from valkky.judge.normalise import canonical
from valkky.judge.wordsets import PRONOUN_PERSONS

# The pronoun each person's verb says ("voinko" is the first person singular's question)
# the first and second persons (canonical() has made mä, sä minä, sinä)
_PERSON_OF = {w: p for w, p in PRONOUN_PERSONS.items() if p[0] != "3"}


def pronoun_in_a_question(words: list[str], accepted: tuple[tuple[str, str], ...]
                          ) -> list[str]:
    """``words`` without a subject pronoun said right after a question's verb of its person
    ("voinko minä auttaa", "voitteko te tulla"), where no accepted answer says the two
    together; the rest put through the lexicon's phrases again, which the pronoun kept
    apart ("voinko auttaa" = "autanko"). Not another person's pronoun ("voinko sinä")."""
    for i in range(1, len(words)):
        w, verb = words[i], words[i - 1]
        if w in _PERSON_OF and verb.endswith(("ko", "kö")) and \
                _PERSON_OF[w] in finnish.persons(verb) and \
                not any(f" {verb} {w} " in f" {n} " for _, n in accepted):
            return canonical(" ".join(words[:i] + words[i + 1:])).split()
    return words
