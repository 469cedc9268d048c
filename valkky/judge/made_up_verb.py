"""A verb of the step's answers said in a form Finnish does not have (issue 12, sets 20, 22).

`lauta putoo telineeltä` for `lauta putosi telineeltä`: an open question, or the closest answer
word by word, takes the learner's words where they mean the same; a form Voikko does not
know, where an accepted answer says a verb in a person that begins as it does between the
same words, is a made-up form of that verb, which a trainer hears as a slip. The spoken
forms the normaliser knows (`kaatu`, `mä oon`) are read as written Finnish before this, and
a name the answer says is none; a one-letter slip (`putoi`, `menni`) is a typo, judged as
one by the letter-slip rules.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from rapidfuzz.distance import Levenshtein

from valkky.judge import finnish

# the letters a made-up form shares with its verb's form (`putoi`, `putosi`)
_STEM = 3


def slip(words: Sequence[str], accepted: Sequence[Sequence[str]],
         names: Collection[str] = ()) -> tuple[int, str] | None:
    """The first word (its index) Voikko does not know, said where an accepted answer says
    a verb in a person beginning with the same letters, beside the same word; and that
    verb. None where there is none, or no Voikko to tell."""
    for i, word in enumerate(words):
        if len(word) <= _STEM or word in names:
            continue
        # the string tests first, Voikko last; a one-letter slip (`menni`, `putsi`) is the
        # letter-slip rules' to judge, as a typo of a right answer
        for model in accepted:
            for k, verb in enumerate(model):
                if verb[:_STEM] == word[:_STEM] and _beside(words, i, model, k) and \
                        Levenshtein.distance(word, verb) > 1 and \
                        finnish.is_word(word) is False and finnish.persons(verb):
                    return i, verb
    return None


def _beside(words: Sequence[str], i: int, model: Sequence[str], k: int) -> bool:
    return (i > 0 and k > 0 and words[i - 1] == model[k - 1]) or \
        (i + 1 < len(words) and k + 1 < len(model) and words[i + 1] == model[k + 1])


__all__ = ["slip"]
