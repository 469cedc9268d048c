"""A stuck machine freed, mended or started again by the learner: where a step's story is a
jam, the lessons teach that the repairer opens it ("Ei! Et korjaa konetta itse.
Kunnossapito avaa jumin."), so an answer that tells the learner did it is wrong however right
the rest of it is ("laatikko jäi jumiin, mä otin sen pois ja käynnistin hihnan"; sets 162
and 167, both trainers wrong; SAFETY).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from valkky.judge import finnish, sizes
from valkky.judge.case import Case, Judgement, normalised
from valkky.judge.wordsets import NEGATIONS


def self_repair_told(c: Case, j: Judgement) -> Judgement:
    """``j``, or wrong where it is right or nearly and the answer tells the learner's own
    freeing, mending or restarting of a jammed machine (``own_repair``) at a step whose
    story is a jam and whose answers do no such deed."""
    if j.verdict == "wrong" or c.repeat or c.options or \
            not _a_jam_told(tuple(n for _, n in c.accepted), c.situation) or \
            (deed := own_repair(c.words)) is None:
        return j
    c.note(f"'{deed}': the learner's own repair of a jammed machine")
    return c.judgement("wrong", closest=j.closest)


@lru_cache(maxsize=sizes.STEPS)
def _a_jam_told(accepted: tuple[str, ...], situation: str) -> bool:
    """The step's story is a jam (its answers or its question say one: "laatikko jäi
    jumiin", "liukuhihna jumittui") and none of its answers is a repair ("avaan jumin")."""
    said = {b for text in (*accepted, normalised(situation)) for w in text.split()
            for b in finnish.base_forms(w) | {w}}
    return not said.isdisjoint(_JAMS) and own_repair(
        [w for n in accepted for w in n.split()]) is None and not any(
        finnish.base_forms(w) & _REPAIRS for n in accepted for w in n.split())


def own_repair(words: Sequence[str]) -> str | None:
    """A deed of freeing, mending or restarting a machine in ``words`` done by the learner
    ("korjasin sen ite", "otin sen pois kädellä", "käynnistin hihnan", "yritin avata
    jumin"), with no no before it: its verb, else None. Not where the answer has the machine
    stopped or locked first by the one whose work that is ("ensi kerralla otan laatikon pois
    kun kone on pysäytetty"; not "… kun kone oli pysähtynyt", which it did of itself, nor
    "sammutin koneen ja otin laatikon pois", the learner's own)."""
    if any(finnish.base_forms(w) & _MADE_SAFE and _a_passive_participle(w) for w in words):
        return None
    for k, w in enumerate(words):
        bases = finnish.base_forms(w)
        freed = bases & _TAKING and not _OUT.isdisjoint(words[k + 1:k + 4]) and \
            _OF_USE.isdisjoint(words[k + 1:k + 5])  # (not "otan sen pois käytöstä")
        if not (bases & _REPAIRS or freed):
            continue
        own = finnish.of_i_or_we(w) or any(
            finnish.of_i_or_we(x) for x in words[max(0, k - 2):k])  # ("yritin avata")
        if own and NEGATIONS.isdisjoint(words[max(0, k - 3):k]):
            return w
    return None


def _a_passive_participle(word: str) -> bool:
    """A past passive participle ("pysäytetty", "lukittu")."""
    return any(a.get("PARTICIPLE") == "past_passive" for a in finnish.analyses(word))


# a machine stopped, shut down or locked first ("pysäytetty", "lukittu")
_MADE_SAFE = frozenset({"pysäyttää", "sammuttaa", "lukita"})
# the words of a jam in a step's story
_JAMS = frozenset({"jumi", "jumiin", "jumissa", "jumittua", "juuttua", "juuttunut",
                   "tukkeutua"})
# deeds of mending or restarting a machine
_REPAIRS = frozenset({"korjata", "käynnistää", "irrottaa", "avata"})
# …and of taking the stuck thing out by hand ("otin sen pois", "vedin laatikon irti")
_TAKING = frozenset({"ottaa", "vetää", "kaivaa", "nostaa", "repiä"})
_OUT = frozenset({"pois", "irti", "ulos"})
# …not out of use, which is what the lessons ask ("otan sen pois käytöstä": review75)
_OF_USE = frozenset({"käytöstä", "käytössä"})
