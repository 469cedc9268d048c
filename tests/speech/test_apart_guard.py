"""The apart guard (issue #10, round 21): an answer Whisper scores close to a foreseen mistake
of one letter is taken where it sounds more like the robot saying the phrase than saying the
mistake; asked again where it does not, or where nothing was measured. With scores and
distances made up, no model."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from tests.speech.test_synthesis import AUDIO, ENCODED, HeardBadly, MadeUp, Measured, _answer
from valkky.events import Prompt
from valkky.speech.scoring import Rule, Scores, candidates, decide, split
from valkky.speech.whisper import WhisperListener, score_answer

PROMPT = Prompt(step="s", kind="ask", text="", try_number=1, tries=2,
                expected=("tuli", "tuuli"), mistakes=("tuuli",))
PHRASES = candidates(PROMPT)
PARTS = split(PHRASES, cohort=False)
RIGHT, MISTAKE, FRAMED = "Tuli.", "Tuuli.", "Se on tuuli."
# in doubt, the mistake 0.05 behind (within ``Rule.apart``); evidence enough otherwise
RULE = Rule(bias=0.0, margin=1.0, cohort=0.0, alike=0.0, length=0.0, over_controls=0.0,
            lift=0.0, covered=0.0, landed=0.0, apart=0.3, alike_apart=0.3)


class Close(HeardBadly):
    """Every answer in doubt, "Tuli." just over "Tuuli.", the controls far under."""

    table: ClassVar[dict[str, float]] = {RIGHT: -2.0, MISTAKE: -2.05}
    free = "Tuli."


def _decided(synth: tuple[tuple[str, float], ...]) -> tuple[bool, str | None]:
    scores = Scores(((RIGHT, -2.0), (MISTAKE, -2.05)), "Tuli.", -2.5, synth=synth)
    d = decide(scores, PHRASES, RULE, PROMPT.mistakes)
    return d.rejected, d.best


def test_a_mistake_close_is_told_apart_by_the_renderings_or_asked_again() -> None:
    assert _decided(()) == (True, "tuli")  # nothing measured: asked again, as before
    assert _decided(((RIGHT, 0.2), (MISTAKE, 0.3))) == (False, "tuli")
    assert _decided(((RIGHT, 0.3), (MISTAKE, 0.2))) == (True, "tuli")  # nearer the mistake
    assert _decided(((RIGHT, 0.2),)) == (True, "tuli")  # the mistake not measured


def test_a_mistake_said_is_taken_as_that_mistake_where_it_sounds_so() -> None:
    scores = Scores(((MISTAKE, -2.0), (RIGHT, -2.05)), "Tuuli.", -2.5,
                    synth=((RIGHT, 0.3), (MISTAKE, 0.2)))
    d = decide(scores, PHRASES, RULE, PROMPT.mistakes)
    assert (d.rejected, d.heard) == (False, "tuuli")  # judged as the mistake it is


def test_the_distances_are_measured_only_where_a_mistake_close_asks_again() -> None:
    measured = Measured({RIGHT: 0.2, MISTAKE: 0.3, FRAMED: 0.4})
    scores = score_answer(Close(), AUDIO, PARTS, RULE, distances=measured, phrases=PHRASES,
                          mistakes=PROMPT.mistakes)
    # the phrase weighed and every form of the mistake ("se on tuuli" is that mistake too)
    assert measured.calls == [(ENCODED, (RIGHT, MISTAKE, FRAMED))]
    assert not decide(scores, PHRASES, RULE, PROMPT.mistakes).rejected
    unasked = Measured({})
    for rule, mistakes in ((RULE, ()), (Rule(bias=-50.0), PROMPT.mistakes)):
        # no mistake foreseen, or asked again on its evidence alone: nothing to tell apart
        score_answer(Close(), AUDIO, PARTS, rule, distances=unasked, phrases=PHRASES,
                     mistakes=mistakes)
    assert unasked.calls == []


def test_a_session_takes_the_answer_the_renderings_tell_apart(tmp_path: Path) -> None:
    for far, rejected in (({RIGHT: 0.2, MISTAKE: 0.3, FRAMED: 0.4}, False),
                          ({RIGHT: 0.3, MISTAKE: 0.2, FRAMED: 0.4}, True)):
        listener = WhisperListener(Close(), _answer(tmp_path / "a.wav"), speculate=False,
                                   renderings=MadeUp(far), rule=RULE)
        assert listener.listen(PROMPT) is not None and listener.last is not None
        assert (listener.last.rejected, listener.last.best) == (rejected, "tuli")
        listener.close()
