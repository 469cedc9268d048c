"""The feedback policy, alone: which reply follows which verdict (engine/feedback.py)."""

from __future__ import annotations

from valkky.engine import phrases
from valkky.engine.feedback import Reply, after_verdict
from valkky.judge.verdict import Judgement
from valkky.lesson import model as m

TASK = m.Task(accept=("moppi",), correct=m.Reaction(say="Juuri niin!"),
              wrong=m.Reaction(say="Se on moppi."),
              mistakes={"harja": m.Reaction(say="Harja on eri väline.")})
PLAIN = m.Task(accept=("moppi",))


def _j(verdict: str, reason: str | None = None, matched: str | None = None) -> Judgement:
    return Judgement(verdict, reason, 0.5, "moppi", "x", matched=matched)


def _said(replies: list[Reply]) -> list[str | None]:
    return [r.say or (r.reaction.say if r.reaction else None) for r in replies]


def almost(_j: Judgement) -> str:
    return "Melkein! Kaksi p-kirjainta: moppi."


def test_correct_takes_the_trainers_reaction_or_the_default() -> None:
    assert _said(after_verdict(_j("correct"), TASK, last=False, right="moppi",
                               almost=almost)) == ["Juuri niin!"]
    default = after_verdict(_j("correct"), PLAIN, last=False, right="moppi", almost=almost)
    assert _said(default)[0] in phrases.PRAISE and default[0].reaction.gesture == "thumbs_up"


def test_praise_varies_with_the_answer() -> None:
    said = {_said(after_verdict(Judgement("correct", None, 1.0, "moppi", heard), PLAIN,
                                last=False, right="moppi", almost=almost))[0]
            for heard in ("moppi", "ämpäri", "harja", "sanko", "liina", "imuri", "kuppi")}
    assert len(said) >= 4


def test_a_mistake_with_its_own_almost_verdict_gets_its_own_words() -> None:
    task = m.Task(accept=("hyllyvälissä viisi",),
                  mistakes={"hyllyssä viisi": m.Reaction(say="Melkein! Sano hyllyvälissä.",
                                                         verdict="almost")})
    j = Judgement("almost", "mistake", 0.7, "hyllyvälissä viisi", "hyllyssä viisi",
                  matched="hyllyssä viisi")
    assert _said(after_verdict(j, task, last=False, right="hyllyvälissä viisi",
                               almost=almost)) == ["Melkein! Sano hyllyvälissä."]
    assert _said(after_verdict(j, task, last=True, right="hyllyvälissä viisi",
                               almost=almost))[-1] == "Oikea vastaus on: hyllyvälissä viisi."


def test_the_order_that_carries_the_meaning_is_named() -> None:
    assert _said(after_verdict(_j("wrong", "word_order"), TASK, last=False, right="moppi",
                               almost=almost)) == [phrases.ORDER]


def test_an_almost_is_worded_and_never_repeats_an_answer_already_said() -> None:
    assert _said(after_verdict(_j("almost"), TASK, last=True, right="moppi",
                               almost=almost)) == ["Melkein! Kaksi p-kirjainta: moppi."]
    assert _said(after_verdict(_j("almost"), TASK, last=True, right="ämpäri",
                               almost=almost))[-1] == "Oikea vastaus on: ämpäri."


def test_misses_before_the_last_try() -> None:
    kw = {"last": False, "right": "moppi", "almost": almost}
    assert _said(after_verdict(_j("silence"), TASK, **kw)) == [phrases.SILENCE]
    assert _said(after_verdict(_j("wrong", matched="harja"), TASK, **kw)) == \
        ["Harja on eri väline."]
    assert _said(after_verdict(_j("wrong", "negation"), TASK, **kw)) == [phrases.OPPOSITE]
    assert _said(after_verdict(_j("wrong"), TASK, **kw)) == [phrases.NOT_QUITE]


def test_the_last_miss_ends_with_the_trainers_wrong_or_the_right_answer() -> None:
    assert _said(after_verdict(_j("wrong"), TASK, last=True, right="moppi",
                               almost=almost)) == ["Se on moppi."]
    assert _said(after_verdict(_j("silence"), PLAIN, last=True, right="moppi.",
                               almost=almost)) == [phrases.SILENCE, "Oikea vastaus on: moppi."]


def test_a_start_is_not_given_the_whole_answer_before_the_hint() -> None:
    task = m.Task(accept=("pese kädet ennen työtä",), hint={"fi": "Milloin pestään?"})
    j = Judgement("almost", "missing_words", 0.7, "pese kädet ennen työtä", "pese kädet")

    def words(_j: Judgement) -> str:
        return "Hyvä alku! Sano koko lause: pese kädet ennen työtä."

    assert _said(after_verdict(j, task, last=False, right="pese kädet ennen työtä",
                               almost=words)) == ["Hyvä alku! Sano koko lause."]
    assert _said(after_verdict(j, task, last=True, right="pese kädet ennen työtä",
                               almost=words)) == [words(j)]
    no_hint = m.Task(accept=("pese kädet ennen työtä",))
    assert _said(after_verdict(j, no_hint, last=False, right="pese kädet ennen työtä",
                               almost=words)) == [words(j)]


def test_a_start_heard_by_a_phrase_picker_is_not_given_the_answer_before_the_hint() -> None:
    """Speech matched to a phrase (exact=False) gets no letter-level feedback; before the
    hint, a start is not given the whole answer either."""
    task = m.Task(accept=("pese kädet ennen työtä",), hint={"fi": "Milloin pestään?"})
    j = Judgement("almost", "missing_words", 0.7, "pese kädet ennen työtä", "pese kädet")
    right = "pese kädet ennen työtä"
    assert _said(after_verdict(j, task, last=False, right=right, almost=almost,
                               exact=False)) == [phrases.ALMOST_START]
    assert _said(after_verdict(j, task, last=True, right=right, almost=almost,
                               exact=False)) == [phrases.ALMOST_SPOKEN.format(answer=right)]
    typo = Judgement("almost", "typo", 0.7, right, "pese kädet enen työtä")
    assert _said(after_verdict(typo, task, last=False, right=right, almost=almost,
                               exact=False)) == [phrases.ALMOST_SPOKEN.format(answer=right)]
