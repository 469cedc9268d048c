"""Who tells whom (issue 12, SAFETY): where in an answer the learner tells or calls, or says
to (``my_tellings``), whom each telling goes to (``receivers``), and whether that is one a
report goes to (``one_told``). When the report is made is ``report_time``'s; what a telling
says no to is ``polarity``'s."""

from __future__ import annotations

from collections.abc import Sequence

from valkky.judge import finnish
from valkky.judge.wordsets import (
    CALLING_OR_TELLING,
    IN_CHARGE,
    MAIN_JOINS,
    NEGATIONS,
    TIME_POSTPOSITIONS,
)

# a telling's receiver, or where a call goes ("esimiehelle", "huoltoon")
TO_WHOM = frozenset({"ulkotulento", "sisatulento"})


def my_tellings(words: Sequence[str]) -> list[int]:
    """Where in ``words`` the learner tells or calls, or says to, no no in the two words
    before it ("kerron", "hälytä", "ilmoitetaan", the infinitive after a verb of "I" that
    offers or means it: "mä voin kertoa", "aion ilmoittaa"; not "en mä hälytä", "älä sä
    kerro")."""
    return [i for i, w in enumerate(words)
            if finnish.base_forms(w) & CALLING_OR_TELLING
            and NEGATIONS.isdisjoint(words[max(0, i - 2):i])
            and (any(p in ("1", "2") for p, _ in finnish.persons(w))
                 or _we_tell(w, [*words[max(0, i - 3):i], *words[i + 1:i + 2]])
                 or (i > 0 and _offered(words[i - 1]) and
                     finnish.has_mood(w, "A-infinitive")))]


def _offered(word: str) -> bool:
    """A verb of "I" that offers or means the deed after it ("voin", "aion", "meinaan")."""
    return bool(finnish.base_forms(word) & _OFFERING) and any(
        p == "1" for p, _ in finnish.persons(word))


_OFFERING = frozenset({"voida", "aikoa", "meinata"})


def receivers(words: Sequence[str], i: int) -> list[str]:
    """Whom the telling at ``i`` goes to: the words of its clause said to ("esimiehelle",
    "kunnossapitoon")."""
    end = next((k for k in range(i + 1, len(words)) if words[k] in MAIN_JOINS), len(words))
    return [x for x in words[max(0, i - 3):end] if finnish.cases(x) & TO_WHOM and
            x not in TIME_POSTPOSITIONS]  # (not "jälkeen": "hälytä hoitaja sen jälkeen
    # kun …", review267)


def one_told(word: str, named: frozenset[str]) -> bool:
    """``word`` names whom a report goes to: one in charge, or by name one the step's
    examples tell (not a pronoun: "sille", "teille", the customer, where an example says
    "esimieheni soittaa teille"; review255)."""
    forms = finnish.base_forms(word)
    return bool(forms & IN_CHARGE) or ("asemosana" not in finnish.word_classes(word) and (
        word in named or bool(forms & named)))


def _we_tell(verb: str, around: Sequence[str]) -> bool:
    """A passive ``verb`` said as "we tell", with no word of a habit or a maybe ``around``
    it (the three words before it and the one after, "me ilmoitetaan yleensä"): after "me"
    in any tense ("me ilmoitettiin jo"), else now (not "yleensä ilmoitetaan", "me yleensä
    kutsutaan", "ehkä ilmoitetaan", "ennen kerrottiin": review256-258, 260)."""
    passive = [a.get("TENSE") for a in finnish.analyses(verb)
               if a.get("PERSON") == "4" and a.get("MOOD") != "conditional"]  # (not "me
    # ilmoitettaisiin", we would: review258)
    return bool(passive) and _USUALLY.isdisjoint(around) and (
        "me" in around or "present_simple" in passive)


# what makes a passive a habit or a maybe, no report of this ("aina", "ennen" tell a rule
# or an order as often: "aina ilmoitetaan esimiehelle", "ennen korjausta ilmoitetaan")
_USUALLY = frozenset({"yleensä", "tavallisesti", "normaalisti", "usein", "useimmiten",
                      "ehkä", "kenties", "joskus", "toisinaan", "välillä"})  # (not "jos":
# a rule for what was asked, "jos kone pysähtyy kerrotaan esimiehelle", review259)
