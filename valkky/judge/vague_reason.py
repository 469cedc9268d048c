"""Danger named as the whole reason where the step asks why (issue 12, stop 42): "koska se
on vaarallista", "se on vaarallinen" to "Miksi sorvilla ei saa käyttää käsineitä?" — the
right direction, the reason itself left out. Three trainers of three sets said almost; the
judge said wrong (another answer). A step asks why where one of its accepted answers begins
with a word of reason followed by its own subject ("koska käsine voi tarttua…", "ettei
kukaan kompastu"; not "koska on tauko", when), and none tells its reason in the past (a
cause: "koska jalkalista puuttui"). The answer's own words, its "koska", a
pronoun, "olla" and a word of degree aside, are all words of danger."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from valkky.judge import finnish, lexicon
from valkky.judge.wordsets import COPULA, FRAME_WORDS

# what says only that it is dangerous (base forms)
_DANGER = frozenset({"vaarallinen", "hengenvaarallinen", "epäturvallinen", "vaara", "riski",
                     "vaarallisesti"})
# said around it: the thing as a pronoun, degree ("tosi vaarallista")
_AROUND = frozenset({"se", "ne", "tämä", "tuo", "tosi", "hyvin", "liian", "niin", "erittäin",
                     "todella", "aika", "vähän"})


def danger_alone(words: Sequence[str]) -> bool:
    """``words`` say only that it is dangerous ("koska se on vaarallista")."""
    reasons = lexicon.get().reason_words
    said = False
    for w in words:  # (word by word: the first own word of no danger decides, unread after)
        if w in reasons or w in FRAME_WORDS or w in _AROUND:
            continue
        bases = finnish.base_forms(w)
        if not COPULA.isdisjoint(bases):
            continue
        if _DANGER.isdisjoint(bases) and w not in _DANGER:
            return False
        said = True
    return said


def asks_why(accepted: Iterable[str]) -> str | None:
    """The first accepted answer (normalised) that gives a reason with a subject of its own
    after its word of reason, in the present: the step asks why a rule holds; None where
    none does, or where a reason is told in the past (what caused a thing: "koska
    jalkalista puuttui" to "Miksi lauta putosi?" — danger is no cause there)."""
    reasons = lexicon.get().reason_words
    found = None
    for answer in accepted:
        words = answer.split()
        if not words or words[0] not in reasons:
            continue
        if any(_past(w) for w in words):
            return None
        if found is None and len(words) >= 3 and not finnish.is_verb(words[1]):
            found = answer
    return found


def _past(word: str) -> bool:
    """Read only in the past ("puuttui", "haljennut"; not "voi", also the present)."""
    readings = [a for a in finnish.analyses(word)
                if a.get("CLASS") == "teonsana" or a.get("PARTICIPLE")]
    return bool(readings) and all(a.get("TENSE") == "past_imperfective"
                                  or a.get("PARTICIPLE") == "past_active" for a in readings)
