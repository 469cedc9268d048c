"""A no left out where a word that asks for one is kept (issue 12, set 35): "kukaan
loukkaantui" for "kukaan ei loukkaantunut", "näin mitään" for "en nähnyt mitään".
"kukaan", "mitään", "koskaan"… say nobody, nothing, never only beside a no, so the
learner means the trainer's no and dropped its word: a slip of form, not the opposite.
The judge said wrong (negation), the trainer almost. Only in a report of what happened
(the accepted no on a past participle, the answer's verbs in the past): a rule, a command
or a deed without its no is that deed ("mene koskaan auton alle"; review55). And only where
the answer says no no at all, asks nothing, and its words are an accepted answer's with
its no taken out."""

from __future__ import annotations

from collections.abc import Sequence

from valkky.judge import finnish
from valkky.judge.polarity import MAIN_JOINS
from valkky.judge.wordsets import FRAME_WORDS, NEEDS_A_NO, NEGATIONS, SUBJECT_PRONOUNS

# a question or a condition asks for them without a no ("onko kukaan nähnyt", "jos
# kukaan tietää")
_ASKING = frozenset({"jos", "onko", "oliko", "tietääkö"})


def needs_a_no(word: str) -> bool:
    return word in NEEDS_A_NO


def _a_report(words: Sequence[str]) -> bool:
    """Every verb of ``words`` in a person is in the past and asks nothing (no -ko/-kö:
    speech writes no "?"): what happened ("kukaan loukkaantui", "näin mitään")."""
    for w in words:
        verbs = [a for a in finnish.analyses(w) if a.get("CLASS") == "teonsana"]
        if verbs and (w.endswith(("ko", "kö")) or
                      any(a.get("TENSE") != "past_imperfective" for a in verbs)):
            return False
    return True


def _denied_in_the_past(answer: Sequence[str]) -> bool:
    """The accepted answer's no is on a past participle: a report ("ei loukkaantunut",
    "ei ollut", "en nähnyt"), not a rule or a command ("ei saa", "älä koskaan mene")."""
    return any(w in NEGATIONS and i + 1 < len(answer) and any(
        a.get("PARTICIPLE") == "past_active" for a in finnish.analyses(answer[i + 1]))
        for i, w in enumerate(answer))


def dropped_from(words: Sequence[str], written: str,
                 accepted: Sequence[tuple[str, str]]) -> str | None:
    """The accepted answer (as written) whose no ``words`` leave out, keeping its word that
    asks for one; None where the answer says a no, asks, says a word of its own, or is no
    report of what happened (``_a_report``): a command, a rule or a deed of the learner's
    without its no is the deed ("mene koskaan auton alle", "oven edessä saa olla mitään",
    "laitan hyllyyn mitään": review55), whatever word asks for the no."""
    if not any(map(needs_a_no, words)) or not NEGATIONS.isdisjoint(words) or \
            "?" in written or not _ASKING.isdisjoint(words) or not _a_report(words):
        return None
    own = [w for w in words if w not in FRAME_WORDS and w not in MAIN_JOINS
           and w not in SUBJECT_PRONOUNS]  # ("en" says who: "mä ymmärrä mitään")
    for original, normalised in accepted:
        theirs = normalised.split()
        if NEGATIONS.isdisjoint(theirs) or not any(map(needs_a_no, theirs)) or \
                not _denied_in_the_past(theirs):
            continue
        kept = [w for w in theirs if w not in NEGATIONS]
        if len(own) >= 2 and all(w in kept or any(finnish.same_lemma(w, k) for k in kept)
                                 for w in own):
            return original
    return None
